"""Independent references for the physics tests: H built by explicit loops from docs/physics.md §1, and
propagation by SciPy's dense matrix exponential. Shares no code with fourier_gui.physics."""

from __future__ import annotations

import numpy as np
import scipy.linalg


def reference_band_energies(levels: int, bandwidth: float) -> np.ndarray:
    return np.array([1 - bandwidth / 2 + bandwidth * (i - 0.5) / levels for i in range(1, levels + 1)])


def reference_couplings(sites: int, levels: int, seed: int, ensemble: str) -> np.ndarray:
    """c^{(μ)} as docs/physics.md §1 draws them: default_rng(seed), real parts then imaginary parts (variance ½ each)."""
    rng = np.random.default_rng(seed)
    shape = (sites - 1, levels, levels)
    if ensemble == "real":
        return rng.normal(0.0, 1.0, shape)
    re = rng.normal(0.0, 1.0, shape)
    im = rng.normal(0.0, 1.0, shape)
    return (re + 1j * im) / np.sqrt(2.0)


def reference_hamiltonian(band_energies: np.ndarray, couplings: np.ndarray) -> np.ndarray:
    """H with absolute energies from the couplings file's arrays (λ included), by explicit loops."""
    n = band_energies.size
    sites = couplings.shape[0] + 1
    h = np.zeros((sites * n, sites * n), dtype=complex)
    for mu in range(sites):
        for i in range(n):
            h[mu * n + i, mu * n + i] = band_energies[i]
    for mu in range(sites - 1):
        for j in range(n):
            for i in range(n):
                # λ c_ji |μ+1, j⟩⟨μ, i| + h.c.
                h[(mu + 1) * n + j, mu * n + i] = couplings[mu, j, i]
                h[mu * n + i, (mu + 1) * n + j] = np.conj(couplings[mu, j, i])
    return h


def reference_probabilities(h: np.ndarray, psi0: np.ndarray, times: np.ndarray, sites: int) -> np.ndarray:
    """P_μ(t) by expm(−iHt)ψ0 at each time, shape (len(times), N)."""
    n = h.shape[0] // sites
    out = np.empty((len(times), sites))
    for k, t in enumerate(times):
        psi = scipy.linalg.expm(-1j * h * t) @ psi0
        out[k] = (np.abs(psi.reshape(sites, n)) ** 2).sum(axis=1)
    return out


def reference_currents(h: np.ndarray, psi0: np.ndarray, times: np.ndarray, sites: int) -> np.ndarray:
    """J_μ(t) = 2·Im Σ_{j,i} conj(ψ_{μ+1,j}) H_{(μ+1)j, μi} ψ_{μ,i} by loops over the dense H, (len(times), N−1)."""
    n = h.shape[0] // sites
    out = np.zeros((len(times), sites - 1))
    for k, t in enumerate(times):
        psi = scipy.linalg.expm(-1j * h * t) @ psi0
        for mu in range(sites - 1):
            total = 0.0j
            for j in range(n):
                for i in range(n):
                    total += np.conj(psi[(mu + 1) * n + j]) * h[(mu + 1) * n + j, mu * n + i] * psi[mu * n + i]
            out[k, mu] = 2.0 * total.imag
    return out


def reference_graph_hamiltonian(energies: list[np.ndarray], edges: list[tuple[int, int]], blocks: list[np.ndarray]):
    """H (absolute energies) of any graph of bands by explicit loops: B_ab maps a's band to b's."""
    starts = np.concatenate([[0], np.cumsum([e.size for e in energies])]).astype(int)
    h = np.zeros((starts[-1], starts[-1]), dtype=complex)
    for site, e in enumerate(energies):
        for i in range(e.size):
            h[starts[site] + i, starts[site] + i] = e[i]
    for (a, b), block in zip(edges, blocks, strict=True):
        for j in range(block.shape[0]):
            for i in range(block.shape[1]):
                h[starts[b] + j, starts[a] + i] = block[j, i]
                h[starts[a] + i, starts[b] + j] = np.conj(block[j, i])
    return h
