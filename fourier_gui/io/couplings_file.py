"""The couplings file (.npz) of docs/contracts.md: enough for anyone to rebuild H and check a run.

`band_energies` (n,) absolute energies, gap included; `couplings` (N−1, n, n) complex128 with
couplings[μ−1, j−1, i−1] = λ·c^{(μ)}_{ji}; `psi0` (D,) complex128, index k = (μ−1)·n + (i−1).
An ensemble's K initial states are in `psi0_samples` (K, D); `psi0` is the first of them.

A general system (docs/physics.md §6) has `edges` (E, 2) int (0-based), `site_levels` (N,) int,
`band_energies` as one concatenated (Σn_μ,) array and one array per edge instead of `couplings`:
`coupling_0`, `coupling_1`, … of shape (n_b, n_a), λ included, mapping a's band to b's.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass

import numpy as np

from fourier_gui.io.atomic import atomic_open
from fourier_gui.io.npz_guard import open_checked_npz
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.model import ChainModel
from fourier_gui.physics.system_model import SystemModel


@dataclass
class CouplingsFile:
    band_energies: np.ndarray
    couplings: np.ndarray
    psi0: np.ndarray
    psi0_samples: np.ndarray

    def model(self) -> ChainModel:
        return ChainModel(self.band_energies, self.couplings)


def write_couplings(path: str | os.PathLike, model: ChainModel | SystemModel, psi0_block: np.ndarray) -> None:
    """Save the model and the initial block ((N, n, K), or (D, K) for a general system) atomically."""
    samples = np.ascontiguousarray(psi0_block.reshape(-1, psi0_block.shape[-1]).T, dtype=np.complex128)
    if isinstance(model, SystemModel):
        arrays: dict[str, np.ndarray] = {
            "edges": np.array(model.edges, dtype=np.int64).reshape(-1, 2),
            "site_levels": model.site_levels.astype(np.int64),
            "band_energies": np.concatenate(model.site_energies),
            "psi0": samples[0],
            "psi0_samples": samples,
        }
        arrays.update({f"coupling_{e}": np.asarray(b, dtype=np.complex128) for e, b in enumerate(model.blocks)})
        with atomic_open(path, "wb") as f:
            np.savez(f, **arrays)  # type: ignore[arg-type]
        return
    with atomic_open(path, "wb") as f:
        np.savez(
            f,
            band_energies=np.asarray(model.band_energies, dtype=np.float64),
            couplings=np.asarray(model.coupling_blocks, dtype=np.complex128),
            psi0=samples[0],
            psi0_samples=samples,
        )


class CouplingsFileError(FourierGuiError, ValueError):
    """A couplings file that cannot be read; names the file and the array."""


def read_couplings(path: str | os.PathLike) -> CouplingsFile:
    """A chain's couplings file, its arrays checked against each other; raises CouplingsFileError."""
    where = os.fspath(path)
    source = open_checked_npz(path, CouplingsFileError, "couplings file")  # headers checked, nothing loaded
    try:
        with source, np.load(source, allow_pickle=False) as data:
            arrays = {key: data[key] for key in ("band_energies", "couplings", "psi0", "psi0_samples") if key in data}
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile) as exc:
        raise CouplingsFileError(f"cannot read couplings file {where!r}: {exc}") from None
    for key in ("band_energies", "couplings", "psi0"):
        if key not in arrays:
            raise CouplingsFileError(f"couplings file {where!r}: array {key!r} is missing")
    energies, couplings, psi0 = arrays["band_energies"], arrays["couplings"], arrays["psi0"]
    samples = arrays.get("psi0_samples", psi0[None, ...] if psi0.ndim == 1 else psi0)
    n = energies.shape[0] if energies.ndim == 1 else -1
    checks = [
        ("band_energies", energies.ndim == 1 and n >= 1 and energies.dtype.kind in "iuf", "(n,) real numbers"),
        ("couplings", couplings.ndim == 3 and couplings.shape[1:] == (n, n) and couplings.dtype.kind in "iufc",
         f"(N−1, {n}, {n}) numbers"),
    ]  # fmt: skip
    dimension = (couplings.shape[0] + 1) * n if couplings.ndim == 3 else -1
    checks += [
        ("psi0", psi0.shape == (dimension,) and psi0.dtype.kind in "iufc", f"({dimension},) numbers"),
        ("psi0_samples", samples.ndim == 2 and samples.shape[1] == dimension and samples.shape[0] >= 1
         and samples.dtype.kind in "iufc", f"(K, {dimension}) numbers"),
    ]  # fmt: skip
    for key, ok, allowed in checks:
        if not ok:
            array = arrays.get(key, samples)
            raise CouplingsFileError(
                f"couplings file {where!r}: array {key!r} has shape {array.shape} and type {array.dtype}; "
                f"allowed: {allowed}"
            )
    return CouplingsFile(
        energies.astype(float), couplings.astype(complex), psi0.astype(complex), samples.astype(complex)
    )
