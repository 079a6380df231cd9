"""The resolved system of a run (docs/physics.md §6): the one value every part of a run reads for "what is
being simulated" — the model, HAM, transport, the views and the exports.

Sites μ = 0 … N−1 with n_μ levels and band offset Δ_μ; edges (a, b) with their coupling λ_ab; the drawing
layout. Worked out once from the parameters by `resolve_system` (cached by `SimulationParameters.system()`),
immutable. The paper's uniform chain is one such system: bonds (μ, μ+1), equal bands and couplings, no
offsets (`is_uniform_chain`, which lets the model store its blocks as one stack).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from fourier_gui.physics.errors import ParameterError
from fourier_gui.physics.geometry import Layout, chain_edges, disorder_offsets, parse_edge_list, parse_geometry

LINE = Layout("line")


@dataclass(frozen=True, eq=False)
class System:
    """n_μ and Δ_μ per site, 0-based edges (a, b) with λ per edge, and how to draw them.

    `is_uniform_chain` marks the paper's chain with the run's own n and λ (set by `resolve_system`): it is
    checked against the data, so it can only be true of a chain of equal bands, equal λ and no offsets.
    """

    site_levels: np.ndarray  # (N,) int
    offsets: np.ndarray  # (N,) Δ_μ in ΔE
    edges: tuple[tuple[int, int], ...]
    lams: np.ndarray  # (E,) λ_ab, in the order of `edges`
    layout: Layout = LINE
    is_uniform_chain: bool = False
    starts: np.ndarray = field(init=False, repr=False, compare=False)  # first basis index of each site, D last
    ends: np.ndarray = field(init=False, repr=False, compare=False)  # (E, 2) int: the edges as an array

    def __post_init__(self) -> None:
        levels = np.asarray(self.site_levels, dtype=np.int64)
        arrays = {"site_levels": levels, "offsets": np.asarray(self.offsets, dtype=float)}
        arrays |= {"lams": np.asarray(self.lams, dtype=float), "starts": np.concatenate([[0], np.cumsum(levels)])}
        for name, array in arrays.items():
            array = array.astype(np.int64) if name == "starts" else array.copy()
            array.setflags(write=False)  # shared by every user of the cached system
            object.__setattr__(self, name, array)
        object.__setattr__(self, "edges", tuple((int(a), int(b)) for a, b in self.edges))
        ends = np.array(self.edges, dtype=np.int64).reshape(-1, 2)
        ends.setflags(write=False)
        object.__setattr__(self, "ends", ends)
        if self.is_uniform_chain and not _is_uniform_chain(self.site_levels, self.offsets, self.edges, self.lams):
            raise ValueError("is_uniform_chain needs bonds (μ, μ+1), equal bands, equal λ and no offsets")

    @classmethod
    def uniform_chain(cls, sites: int, levels: int, lam: float) -> System:
        """The paper's chain: N sites of n levels joined by bonds (μ, μ+1) of coupling λ."""
        return cls(
            np.full(sites, levels),
            np.zeros(sites),
            tuple(chain_edges(sites)),
            np.full(sites - 1, lam),
            LINE,
            is_uniform_chain=True,
        )

    @property
    def sites(self) -> int:
        return int(self.site_levels.size)

    @property
    def dimension(self) -> int:
        """D = Σ n_μ, the size of the one-excitation subspace."""
        return int(self.starts[-1])

    @property
    def coupling_entries(self) -> int:
        """Σ over edges of n_a·n_b: the entries of all coupling blocks ((N−1)·n² on the uniform chain)."""
        levels = self.site_levels.astype(object)  # Python integers: no overflow however large the bands
        return int(np.sum(levels[self.ends[:, 0]] * levels[self.ends[:, 1]]))

    def band(self, site: int) -> slice:
        """The basis indices of site μ's band."""
        return slice(int(self.starts[site]), int(self.starts[site + 1]))

    def positions(self) -> np.ndarray:
        """(x, y) of every site for the system view and its figure, (N, 2)."""
        return self.layout.positions(self.sites)

    def current_names(self) -> list[str]:
        """A name per edge: J1 … J{N−1} on the uniform chain's bonds, J_a-b (1-based) on any other graph."""
        if self.is_uniform_chain:
            return [f"J{m}" for m in range(1, self.sites)]
        return [f"J_{a + 1}-{b + 1}" for a, b in self.edges]


def resolve_system(
    *,
    sites: int,
    levels: int,
    lam: float,
    seed: int,
    geometry: str,
    site_levels: str,
    bond_lam: str,
    disorder: float,
    site_offsets: str,
    edges: str,
) -> System:
    """The system the parameters describe: an explicit edge list wins over the geometry (here, and only
    here); every refusal names its field and what is allowed."""
    if edges.strip():
        edge_list, given = parse_edge_list(edges.replace(";", "\n"), sites)
        lams = np.array([lam if value is None else value for value in given])
        layout = Layout("circle")
    else:
        edge_list, layout = parse_geometry(geometry, sites)
        lams = np.full(len(edge_list), lam)
    n = np.full(sites, levels)
    if site_levels.strip():
        n = _numbers(site_levels, "site_levels", sites, int, f"{sites} whole numbers ≥ 1, comma separated")
    if bond_lam.strip():
        lams = _numbers(bond_lam, "bond_lam", len(edge_list), float, f"{len(edge_list)} numbers > 0 (one per edge)")
    offsets = disorder_offsets(sites, disorder, seed)
    if site_offsets.strip():
        if disorder:
            raise ParameterError(
                "site_offsets", site_offsets, "either offsets of each subunit or a disorder width W, not both"
            )
        offsets = _numbers(
            site_offsets, "site_offsets", sites, float, f"{sites} numbers in ΔE, comma separated", positive=False
        )
    # the paper's chain with the run's own n and λ (γ, the level diagram and HAM's closed form assume them)
    uniform = _is_uniform_chain(n, offsets, edge_list, lams) and bool(np.all(n == levels) and np.all(lams == lam))
    return System(n, offsets, tuple(edge_list), lams, layout, uniform)


def _is_uniform_chain(
    site_levels: np.ndarray, offsets: np.ndarray, edges: Sequence[tuple[int, int]], lams: np.ndarray
) -> bool:
    """Bonds (μ, μ+1) in order, equal bands, equal λ, no offsets."""
    return (
        site_levels.size >= 2
        and list(edges) == chain_edges(site_levels.size)
        and bool(np.all(site_levels == site_levels[0]) and np.all(lams == lams[0]))
        and not np.any(offsets)
    )


def _numbers(text: str, name: str, count: int, kind: type, allowed: str, positive: bool = True) -> np.ndarray:
    try:
        values = np.array([kind(v) for v in text.replace(";", ",").split(",") if v.strip()])
    except ValueError:
        raise ParameterError(name, text, allowed) from None
    if values.size != count or not np.all(np.isfinite(values)) or (positive and np.any(values <= 0)):
        raise ParameterError(name, text, allowed)
    return values
