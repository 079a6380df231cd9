"""The couplings file (.npz) of docs/contracts.md: enough for anyone to rebuild H and check a run.

The uniform chain: `band_energies` (n,) absolute energies, gap included; `couplings` (N−1, n, n) complex64
(couplings stored in single precision, the default) or complex128 (double), the very numbers the run
propagated, with couplings[μ−1, j−1, i−1] = λ·c^{(μ)}_{ji}; `psi0` (D,) complex128, index k = (μ−1)·n + (i−1).
An ensemble's K initial states are in `psi0_samples` (K, D); `psi0` is the first of them.

Any other system (docs/physics.md §6) has `edges` (E, 2) int (0-based), `site_levels` (N,) int,
`band_energies` as one concatenated (Σn_μ,) array and one array per edge instead of `couplings`:
`coupling_0`, `coupling_1`, … of shape (n_b, n_a), λ included, mapping a's band to b's.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fourier_gui import __version__
from fourier_gui.io.atomic import atomic_open
from fourier_gui.io.npz_guard import open_checked_npz
from fourier_gui.io.strict_json import dumps
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.model import Model
from fourier_gui.physics.parameters import SimulationParameters


@dataclass
class CouplingsFile:
    """The arrays of a couplings file. A chain's file has `couplings`; a graph's `edges`, `site_levels` and
    `blocks` (its `coupling_e` arrays), with `couplings` empty."""

    band_energies: np.ndarray
    couplings: np.ndarray
    psi0: np.ndarray
    psi0_samples: np.ndarray
    edges: np.ndarray | None = None
    site_levels: np.ndarray | None = None
    blocks: list[np.ndarray] = field(default_factory=list)
    bandwidth: float | None = None  # δε (files written before it was stored have none)
    offsets: np.ndarray | None = None  # (N,) band offsets Δ_μ, in ΔE
    parameters: dict[str, Any] | None = None  # the run's parameters, where the file carries them
    app_version: str | None = None  # the version of the app that wrote it, where the file says

    def model(self) -> Model:
        """The model the file describes (its H)."""
        if self.edges is None or self.site_levels is None:
            return Model.chain(self.band_energies, self.couplings)
        energies = np.split(self.band_energies, np.cumsum(self.site_levels)[:-1])
        return Model(energies, [(int(a), int(b)) for a, b in self.edges], self.blocks)


def write_couplings(
    path: str | os.PathLike,
    model: Model,
    psi0_block: np.ndarray,
    bandwidth: float,
    offsets: np.ndarray,
    parameters: SimulationParameters | None = None,
) -> None:
    """Save the model, its initial block (D, K), δε and the band offsets atomically: the chain's form for the
    uniform chain's stack of blocks, the graph's form for any other model. With `parameters`, the file also
    carries them (`parameters`: their strict JSON, a 0-d text array) and the app's version (`app_version`)."""
    samples = np.ascontiguousarray(psi0_block.reshape(-1, psi0_block.shape[-1]).T, dtype=np.complex128)
    if model.stack is not None:
        arrays: dict[str, np.ndarray] = {
            "band_energies": np.asarray(model.site_energies[0], dtype=np.float64),
            "couplings": _stored(model.stack),
        }
    else:
        arrays = {
            "edges": np.array(model.edges, dtype=np.int64).reshape(-1, 2),
            "site_levels": model.site_levels.astype(np.int64),
            "band_energies": np.concatenate(model.site_energies),
        }
        arrays.update({f"coupling_{e}": _stored(b) for e, b in enumerate(model.blocks)})
    arrays.update(
        psi0=samples[0],
        psi0_samples=samples,
        bandwidth=np.array(bandwidth, dtype=np.float64),
        offsets=np.asarray(offsets, dtype=np.float64),
        app_version=np.array(__version__),
    )
    if parameters is not None:
        arrays["parameters"] = np.array(dumps(parameters.to_dict(), ensure_ascii=False, sort_keys=True))
    with atomic_open(path, "wb") as f:
        np.savez(f, **arrays)  # type: ignore[arg-type]


def _stored(blocks: np.ndarray) -> np.ndarray:
    """The blocks as a complex array of the precision they hold: complex64 when every number is one of single
    precision (the default storage, also where a run kept them in double for numpy), else complex128."""
    if blocks.dtype in (np.complex64, np.float32):
        return np.asarray(blocks, dtype=np.complex64)
    single = np.asarray(blocks, dtype=np.complex64)
    return single if np.array_equal(single, blocks) else np.asarray(blocks, dtype=np.complex128)


class CouplingsFileError(FourierGuiError, ValueError):
    """A couplings file that cannot be read; names the file and the array."""


def read_couplings(path: str | os.PathLike) -> CouplingsFile:
    """A couplings file of either form, its arrays checked against each other; raises CouplingsFileError."""
    where = os.fspath(path)
    source = open_checked_npz(path, CouplingsFileError, "couplings file")  # headers checked, nothing loaded
    try:
        with source, np.load(source, allow_pickle=False) as data:
            arrays = {key: data[key] for key in data.files}
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile) as exc:
        raise CouplingsFileError(f"cannot read couplings file {where!r}: {exc}") from None
    found = _graph_file(where, arrays) if "edges" in arrays else _chain_file(where, arrays)
    found.parameters, found.app_version = _written_with(where, arrays)
    return found


def _written_with(where: str, arrays: dict[str, np.ndarray]) -> tuple[dict[str, Any] | None, str | None]:
    """The parameters (strict JSON in a 0-d text array) and app version a file carries, or None."""
    version = arrays.get("app_version")
    app_version = str(version) if version is not None and version.ndim == 0 and version.dtype.kind == "U" else None
    text = arrays.get("parameters")
    if text is None:
        return None, app_version
    try:
        parameters = json.loads(str(text), parse_constant=_no_constant) if text.ndim == 0 else None
    except ValueError:
        parameters = None
    if not isinstance(parameters, dict):
        raise CouplingsFileError(f"couplings file {where!r}: array 'parameters' must be a JSON object of parameters")
    return parameters, app_version


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not strict JSON")


def _chain_file(where: str, arrays: dict[str, np.ndarray]) -> CouplingsFile:
    for key in ("band_energies", "couplings", "psi0"):
        if key not in arrays:
            raise CouplingsFileError(f"couplings file {where!r}: array {key!r} is missing")
    energies, couplings, psi0 = arrays["band_energies"], arrays["couplings"], arrays["psi0"]
    n = energies.shape[0] if energies.ndim == 1 else -1
    checks = [
        ("band_energies", energies.ndim == 1 and n >= 1 and _finite(energies, "iuf"), "(n,) finite real numbers"),
        (
            "couplings",
            couplings.ndim == 3 and couplings.shape[1:] == (n, n) and _finite(couplings, "iufc"),
            f"(N−1, {n}, {n}) finite numbers",
        ),
    ]
    _check(where, arrays, checks)
    psi0, samples = _initial_states(where, arrays, (couplings.shape[0] + 1) * n)
    bandwidth, offsets = _scales(where, arrays, couplings.shape[0] + 1)
    return CouplingsFile(
        energies.astype(float), couplings.astype(complex), psi0, samples, bandwidth=bandwidth, offsets=offsets
    )


def _graph_file(where: str, arrays: dict[str, np.ndarray]) -> CouplingsFile:
    for key in ("edges", "site_levels", "band_energies", "psi0"):
        if key not in arrays:
            raise CouplingsFileError(f"couplings file {where!r}: array {key!r} is missing")
    edges, levels, energies = arrays["edges"], arrays["site_levels"], arrays["band_energies"]
    ok_levels = levels.ndim == 1 and levels.size >= 2 and levels.dtype.kind in "iu" and bool(np.all(levels >= 1))
    sites = levels.size if ok_levels else 0
    checks = [
        ("site_levels", ok_levels, "(N,) whole numbers ≥ 1, N ≥ 2"),
        (
            "edges",
            edges.ndim == 2
            and edges.shape[1:] == (2,)
            and edges.shape[0] >= 1
            and edges.dtype.kind in "iu"
            and bool(np.all((edges >= 0) & (edges < sites)))
            and bool(np.all(edges[:, 0] != edges[:, 1]))
            and len({frozenset(edge) for edge in edges.tolist()}) == edges.shape[0],
            f"(E, 2) pairs of different sites 0 … {sites - 1}, each pair once",
        ),
    ]
    _check(where, arrays, checks)
    dimension = int(levels.sum())
    blocks = []
    for e, (a, b) in enumerate(edges.tolist()):
        key, shape = f"coupling_{e}", (int(levels[b]), int(levels[a]))
        if key not in arrays:
            raise CouplingsFileError(f"couplings file {where!r}: array {key!r} is missing")
        _check(
            where,
            arrays,
            [(key, arrays[key].shape == shape and _finite(arrays[key], "iufc"), f"{shape} finite numbers")],
        )
        blocks.append(arrays[key].astype(complex))
    _check(
        where,
        arrays,
        [
            (
                "band_energies",
                energies.shape == (dimension,) and _finite(energies, "iuf"),
                f"({dimension},) finite real numbers",
            )
        ],
    )
    psi0, samples = _initial_states(where, arrays, dimension)
    bandwidth, offsets = _scales(where, arrays, sites)
    return CouplingsFile(
        energies.astype(float), np.zeros((0, 0, 0), complex), psi0, samples, edges, levels, blocks, bandwidth, offsets
    )


def _scales(where: str, arrays: dict[str, np.ndarray], sites: int) -> tuple[float | None, np.ndarray | None]:
    """`bandwidth` (a number > 0) and `offsets` (N,), each optional, checked."""
    checks = []
    if "bandwidth" in arrays:
        bw = arrays["bandwidth"]
        ok = bw.shape == () and bw.dtype.kind in "iuf" and bool(np.isfinite(bw)) and float(bw) > 0
        checks.append(("bandwidth", ok, "one finite number > 0"))
    if "offsets" in arrays:
        offsets = arrays["offsets"]
        ok = offsets.shape == (sites,) and offsets.dtype.kind in "iuf" and bool(np.all(np.isfinite(offsets)))
        checks.append(("offsets", ok, f"({sites},) finite numbers"))
    _check(where, arrays, checks)
    bandwidth = float(arrays["bandwidth"]) if "bandwidth" in arrays else None
    return bandwidth, arrays["offsets"].astype(float) if "offsets" in arrays else None


def _initial_states(where: str, arrays: dict[str, np.ndarray], dimension: int) -> tuple[np.ndarray, np.ndarray]:
    """`psi0` (D,) and `psi0_samples` (K, D), checked; a file without samples has psi0 as its one sample."""
    psi0 = arrays["psi0"]
    samples = arrays.get("psi0_samples", psi0[None, ...] if psi0.ndim == 1 else psi0)
    arrays = {**arrays, "psi0_samples": samples}
    checks = [
        ("psi0", psi0.shape == (dimension,) and _finite(psi0, "iufc"), f"({dimension},) finite numbers"),
        (
            "psi0_samples",
            samples.ndim == 2 and samples.shape[1] == dimension and samples.shape[0] >= 1 and _finite(samples, "iufc"),
            f"(K, {dimension}) finite numbers",
        ),
    ]
    _check(where, arrays, checks)
    return psi0.astype(complex), samples.astype(complex)


def _finite(array: np.ndarray, kinds: str) -> bool:
    """True if `array` holds numbers of one of `kinds` (numpy's dtype kinds), every one finite."""
    return array.dtype.kind in kinds and bool(np.all(np.isfinite(array)))


def _check(where: str, arrays: dict[str, np.ndarray], checks: list[tuple[str, bool, str]]) -> None:
    for key, ok, allowed in checks:
        if not ok:
            array = arrays[key]
            raise CouplingsFileError(
                f"couplings file {where!r}: array {key!r} has shape {array.shape} and type {array.dtype}; "
                f"allowed: {allowed}"
            )
