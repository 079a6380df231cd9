"""Geometries (docs/physics.md §6): the named ones with their drawing layout, edge lists, their checks, disorder.

Sites are numbered 0 … N−1 here (the command line and files say 1 … N). An edge (a, b) couples the bands
of sites a and b; its block maps a's band to b's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.errors import ParameterError

GEOMETRY_HELP = "chain, ring, ladder (2×L sites) or grid:RxC (R·C = N sites, row-major)"
#: The grid's text, grid:RxC (x, X or ×): read here and by the size check before any list is built.
GRID = re.compile(r"grid:(\d+)[xX×](\d+)")
#: Geometries the parameter panel offers as typed suggestions.
GEOMETRY_EXAMPLES = ("chain", "ring", "ladder", "grid:2x2", "grid:3x3", "grid:4x4")


@dataclass(frozen=True)
class Layout:
    """How the system view draws the sites: on a `line`, a `circle`, two `rails` (a ladder) or a `grid` of
    rows × cols (row-major, row 0 on top)."""

    shape: str = "line"
    rows: int = 1
    cols: int = 1

    def positions(self, sites: int) -> np.ndarray:
        """(x, y) of every site, (N, 2), one unit apart along a line, a rail or a grid row."""
        index = np.arange(sites)
        if self.shape == "circle":
            angle = np.pi / 2 - 2 * np.pi * index / sites
            return np.column_stack([np.cos(angle), np.sin(angle)]) * max(1.0, sites / (2 * np.pi))
        if self.shape in ("rails", "grid"):
            return np.column_stack([index % self.cols, -(index // self.cols)]).astype(float)
        return np.column_stack([index, np.zeros(sites)]).astype(float)

    @property
    def words(self) -> str:
        """The shape in plain words, for a reader: 'a chain', 'a ring', 'a ladder of 2 × 4', 'a grid of 3 × 4'."""
        if self.shape == "grid":
            return f"a grid of {self.rows} × {self.cols}"
        if self.shape == "rails":
            return f"a ladder of 2 × {self.cols}"
        return {"line": "a chain", "circle": "a ring"}.get(self.shape, self.shape)


def chain_edges(sites: int) -> list[tuple[int, int]]:
    """The bonds (μ, μ+1) of a chain, in order."""
    return [(a, a + 1) for a in range(sites - 1)]


def parse_geometry(geometry: str, sites: int) -> tuple[list[tuple[int, int]], Layout]:
    """The edges and the drawing layout of a named geometry on `sites` sites: the one place the geometry
    text is read. Raises ParameterError naming `geometry`."""
    if geometry == "chain":
        return chain_edges(sites), Layout("line")
    if geometry == "ring":
        if sites < 3:
            raise ParameterError("geometry", geometry, "a ring needs at least 3 sites")
        return [*chain_edges(sites), (sites - 1, 0)], Layout("circle")
    if geometry == "ladder":
        if sites < 4 or sites % 2:
            raise ParameterError("geometry", geometry, "a ladder needs an even number of sites ≥ 4 (2×L)")
        rungs = sites // 2
        rails = [(r * rungs + a, r * rungs + a + 1) for r in range(2) for a in range(rungs - 1)]
        return rails + [(a, rungs + a) for a in range(rungs)], Layout("rails", 2, rungs)
    match = GRID.fullmatch(geometry)
    if match:
        rows, cols = int(match.group(1)), int(match.group(2))
        if rows < 1 or cols < 1 or rows * cols != sites or sites < 2:
            raise ParameterError("geometry", geometry, f"grid:RxC needs R·C = N = {sites} sites")
        right = [(r * cols + c, r * cols + c + 1) for r in range(rows) for c in range(cols - 1)]
        down = [(r * cols + c, (r + 1) * cols + c) for r in range(rows - 1) for c in range(cols)]
        return right + down, Layout("grid", rows, cols)
    raise ParameterError("geometry", geometry, GEOMETRY_HELP)


def check_edges(edges: list[tuple[int, int]], sites: int) -> list[tuple[int, int]]:
    """Refuse an edge to a missing site, a site coupled to itself, a repeated edge, a disconnected graph."""
    seen: set[frozenset[int]] = set()
    for a, b in edges:
        for site in (a, b):
            if not 0 <= site < sites:
                raise ParameterError("edges", (a + 1, b + 1), f"sites must be 1 … {sites}")
        if a == b:
            raise ParameterError("edges", (a + 1, b + 1), "an edge joins two different sites")
        key = frozenset((a, b))
        if key in seen:
            raise ParameterError("edges", (a + 1, b + 1), "each pair of sites at most once")
        seen.add(key)
    if not is_connected(edges, sites):
        raise ParameterError("edges", len(edges), "a connected graph: every site reachable from every other")
    return edges


def is_connected(edges: list[tuple[int, int]], sites: int) -> bool:
    neighbours: list[list[int]] = [[] for _ in range(sites)]
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    reached, frontier = {0}, [0]
    while frontier:
        site = frontier.pop()
        for other in neighbours[site]:
            if other not in reached:
                reached.add(other)
                frontier.append(other)
    return len(reached) == sites


def parse_edge_list(text: str, sites: int) -> tuple[list[tuple[int, int]], list[float | None]]:
    """Lines `a,b[,λ]` (sites 1 … N, `#` comments) → 0-based edges and their λ (None: the default)."""
    edges: list[tuple[int, int]] = []
    lams: list[float | None] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(",")]
        try:
            if len(parts) not in (2, 3):
                raise ValueError
            a, b = int(parts[0]) - 1, int(parts[1]) - 1
            lam = float(parts[2]) if len(parts) == 3 else None
        except ValueError:
            raise ParameterError("edges", raw, f"line {number}: a,b or a,b,λ with sites 1 … {sites}") from None
        if lam is not None and not (np.isfinite(lam) and lam > 0):
            raise ParameterError("edges", raw, f"line {number}: λ must be a finite number > 0")
        edges.append((a, b))
        lams.append(lam)
    if not edges:
        raise ParameterError("edges", text[:40], "at least one edge a,b")
    return check_edges(edges, sites), lams


def disorder_offsets(sites: int, width: float, seed: int) -> np.ndarray:
    """Band offsets Δ_μ i.i.d. uniform in [−W/2, W/2], from their own stream `default_rng([seed, 2])`."""
    if width == 0:
        return np.zeros(sites)
    return np.random.default_rng([seed, 2]).uniform(-width / 2, width / 2, sites)
