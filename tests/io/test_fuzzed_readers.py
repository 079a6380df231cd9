"""Every reader of user input reads correctly or refuses cleanly: fuzzed with hypothesis, a reader either
returns what the file says (checked against the file, read here by json/numpy alone: valid parameters equal
to those written, arrays of the documented shapes and types, finite, an H that is Hermitian) or raises one
of the project's own errors (FourierGuiError) in one non-empty line naming the file. Seeded, so CI is
repeatable."""

from __future__ import annotations

import io
import json
import math
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fourier_gui.cli import main as cli_main
from fourier_gui.cli.main import build_parser
from fourier_gui.cli.parameter_options import parameters_from_options
from fourier_gui.cli.sweep import sweep_spec_from_options
from fourier_gui.cli.usage import UsageError
from fourier_gui.execution import simulate
from fourier_gui.io.couplings_file import CouplingsFile, read_couplings
from fourier_gui.io.presets import MAX_TEMPERATURES, Preset, read_preset
from fourier_gui.io.session import read_session, session_dict
from fourier_gui.physics.couplings import GAP
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.geometry import parse_edge_list
from fourier_gui.physics.initial_states import KINDS, InitialSpec, initial_block, parse_initial_spec
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.simulation import SimulationResult

#: The hypothesis profile of tests/conftest.py: derandomized (the same examples on every run, so CI stays
#: deterministic), no deadline, no example database; 200 examples a reader in `make test`.
FUZZ = settings()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


def _paths(data, prefix=()):
    """Every path to a value inside nested dicts and lists."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list) and len(data) <= 6:
        for i, value in enumerate(data):
            yield from _paths(value, (*prefix, i))


def _mutated(data, path, action, value):
    """A deep copy of data with the value at `path` replaced, deleted, or wrapped in a list."""
    data = json.loads(json.dumps(data))
    if not path:
        return value
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "wrap":
        parent[last] = [parent[last]]
    else:
        parent[last] = value
    return data


def _write(text_or_bytes) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    path = folder / "input"
    if isinstance(text_or_bytes, bytes):
        path.write_bytes(text_or_bytes)
    else:
        path.write_text(text_or_bytes, encoding="utf-8")
    return path


def read_or_refused(call: Callable[[], object], path: Path | None = None) -> object:
    """What `call()` returns, or the FourierGuiError it raises, whose message must then be one non-empty line
    naming the file (when there is one); any other exception fails the test."""
    try:
        return call()
    except FourierGuiError as exc:
        message = str(exc)
        assert message.strip(), "an error without a message"
        assert "\n" not in message, f"an error of more than one line: {message!r}"
        if path is not None:
            assert str(path) in message, f"the message does not name the file: {message}"
        return exc


def read_correctly_or_refused(reader: Callable[[Path], object], path: Path, check: Callable[[Path, object], None]):
    """`reader(path)` refuses cleanly (read_or_refused), or what it read passes `check(path, read)`."""
    outcome = read_or_refused(lambda: reader(path), path)
    if not isinstance(outcome, FourierGuiError):
        check(path, outcome)


def _json(path: Path) -> object:
    """The file as JSON, read by the json module alone (the oracle of the JSON readers)."""
    return json.loads(path.read_text(encoding="utf-8"))


def assert_parameters_as_written(params: object, written: object) -> None:
    """`params` are valid and are the defaults overridden by exactly what the file wrote."""
    assert isinstance(params, SimulationParameters) and isinstance(written, dict), (params, written)
    assert params.validated() is params
    assert params.to_dict() == {**SimulationParameters().to_dict(), **written}, written


def _number(saved: dict, key: str, default: float | None = None) -> float:
    value = saved.get(key, default)
    assert isinstance(value, int | float) and not isinstance(value, bool), f"results.{key} = {value!r} was read"
    assert math.isfinite(value), f"results.{key} = {value!r} was read"
    return float(value)


def _samples(result: SimulationResult, saved: dict, key: str, shape: tuple[int, ...]) -> None:
    """The rows of `key` in `result` are the file's numbers (null: NaN), and the file held exactly `shape`."""
    written = np.array(saved[key], dtype=float)  # null → NaN, as the writer stores a missing value
    if written.size == 0 == shape[0]:  # no rows: the writer's []
        return
    assert written.shape == shape, f"results.{key} of shape {written.shape} was read as {shape}"
    np.testing.assert_array_equal(getattr(result, key)[: shape[0]], written)


def check_session(path: Path, read: object) -> None:
    """What read_session read is the file's: its parameters, and its results when it has some."""
    data = _json(path)
    assert isinstance(data, dict) and data.get("format") == "fourier-gui session"
    assert isinstance(read, tuple) and len(read) == 2
    params, result = read
    assert_parameters_as_written(params, data["parameters"])
    saved = data.get("results")
    if saved is None or saved == {}:
        assert result is None
        return
    assert isinstance(saved, dict), f"results = {saved!r} was read as {result!r}"
    assert isinstance(result, SimulationResult)
    assert_parameters_as_written(result.parameters, saved["parameters"])
    assert result.method == saved["method"] in ("chebyshev", "eigen")
    n = saved["completed"]
    assert isinstance(n, int | float) and not isinstance(n, bool) and n == int(n), n
    assert result.completed == n and 0 <= n <= result.times.size
    sites, samples = result.parameters.sites, result.parameters.samples
    _samples(result, saved, "exact_samples", (int(n), sites, samples))
    if saved.get("current_samples") is not None:
        _samples(result, saved, "current_samples", (int(n), result.current_samples.shape[1], samples))
    for key in ("level_populations", "cell_populations"):  # where the run has them and the file holds them
        target = getattr(result, key)
        if target is not None and saved.get(key) is not None:
            written = np.array(saved[key], dtype=float).reshape(int(n), *target.shape[1:])
            assert np.all(np.isnan(written) | ((written >= 0) & (written <= 1)))
            np.testing.assert_array_equal(target[: int(n)], written.astype(target.dtype))
    assert result.completed_time == _number(saved, "completed_time")
    assert result.elapsed_s == _number(saved, "elapsed_s", 0.0)
    assert result.max_norm_error == _number(saved, "max_norm_error", 0.0)


def check_preset(path: Path, read: object) -> None:
    """What read_preset read is the file's: texts, valid parameters, extras, usable temperatures."""
    data = _json(path)
    assert isinstance(data, dict) and isinstance(read, Preset)
    assert (read.title, read.description) == (data["title"], data["description"])
    assert isinstance(read.title, str) and isinstance(read.description, str)
    assert read.name == data.get("name", path.stem) and isinstance(read.name, str)
    assert_parameters_as_written(read.parameters, data["parameters"])
    assert read.extra == {k: v for k, v in data.items() if k not in ("name", "title", "description", "parameters")}
    order = read.extra.get("order", 0)
    assert isinstance(order, int | float) and not isinstance(order, bool), f"order = {order!r} was read"
    temperatures = read.extra.get("temperatures", {})
    assert isinstance(temperatures, dict)
    for key in ("min", "max"):
        value = temperatures.get(key, 1.0)
        assert isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value), value
    points = temperatures.get("points", 400)
    assert isinstance(points, int) and not isinstance(points, bool) and 2 <= points <= MAX_TEMPERATURES, points


def check_couplings(path: Path, read: object) -> None:
    """What read_couplings read is the file's arrays (read by numpy alone), of the documented shapes and
    types (docs/contracts.md, "Couplings file"), finite; the H it rebuilds is the file's and Hermitian."""
    assert isinstance(read, CouplingsFile)
    with np.load(path, allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    energies = read.band_energies
    assert energies.dtype == np.float64 and energies.ndim == 1 and energies.size >= 1
    np.testing.assert_array_equal(energies, arrays["band_energies"])
    if read.edges is None:  # the uniform chain
        assert "edges" not in arrays and read.site_levels is None
        n, couplings = energies.size, read.couplings
        assert couplings.dtype == np.complex128 and couplings.ndim == 3 and couplings.shape[1:] == (n, n)
        np.testing.assert_array_equal(couplings, arrays["couplings"])
        sites, blocks = couplings.shape[0] + 1, list(couplings)
        edges = [(mu, mu + 1) for mu in range(sites - 1)]
        levels = [n] * sites
    else:
        np.testing.assert_array_equal(read.edges, arrays["edges"])
        assert read.site_levels is not None
        np.testing.assert_array_equal(read.site_levels, arrays["site_levels"])
        levels = [int(x) for x in read.site_levels]
        sites, edges = len(levels), [(int(a), int(b)) for a, b in read.edges]
        assert sites >= 2 and min(levels) >= 1 and energies.size == sum(levels)
        assert all(0 <= a < sites and 0 <= b < sites and a != b for a, b in edges), edges
        assert len({frozenset(e) for e in edges}) == len(edges), f"a pair of sites coupled twice: {edges}"
        blocks = read.blocks
        assert len(blocks) == len(edges)
        for e, ((a, b), block) in enumerate(zip(edges, blocks, strict=True)):
            assert block.dtype == np.complex128 and block.shape == (levels[b], levels[a])
            np.testing.assert_array_equal(block, arrays[f"coupling_{e}"])
    dimension = sum(levels)
    assert read.psi0.dtype == read.psi0_samples.dtype == np.complex128
    assert read.psi0.shape == (dimension,)
    np.testing.assert_array_equal(read.psi0, arrays["psi0"])
    samples = arrays.get("psi0_samples", arrays["psi0"][None, :])
    assert read.psi0_samples.ndim == 2 and read.psi0_samples.shape[1] == dimension and len(read.psi0_samples) >= 1
    np.testing.assert_array_equal(read.psi0_samples, samples)
    for name, array in [("band_energies", energies), ("psi0", read.psi0), ("psi0_samples", read.psi0_samples)]:
        assert np.all(np.isfinite(array)), f"{name} holds a value that is not finite"
    for block in blocks:
        assert np.all(np.isfinite(block)), "a coupling that is not finite"
    # H as docs/contracts.md writes it: the energies on the diagonal (a chain's band on every site), each block at
    # (b, a) (a chain's bond μ joins sites μ and μ + 1), its conjugate at (a, b)
    starts = np.concatenate([[0], np.cumsum(levels)])
    expected = np.diag(np.tile(energies, sites) if read.edges is None else energies).astype(complex)
    for (a, b), block in zip(edges, blocks, strict=True):
        expected[starts[b] : starts[b + 1], starts[a] : starts[a + 1]] = block
        expected[starts[a] : starts[a + 1], starts[b] : starts[b + 1]] = block.conj().T
    h = read.model().dense() + GAP * np.eye(dimension)
    np.testing.assert_allclose(h, expected, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(h, h.conj().T)


@pytest.fixture(scope="module")
def saved_session() -> dict:
    params = SimulationParameters(sites=3, levels=6, samples=2, points=4, t_max=50.0, t_max_gamma=None)
    return session_dict(params, simulate(params))


@FUZZ
@given(data=st.data(), action=st.sampled_from(["replace", "delete", "wrap"]), value=json_values)
def test_mutated_sessions_are_read_correctly_or_refused(saved_session, data, action, value) -> None:
    paths = [p for p in _paths(saved_session) if p and p[0] != "format"]
    path = data.draw(st.sampled_from(paths))
    mutated = _mutated(saved_session, path, action, value)
    file = _write(json.dumps(mutated))
    read_correctly_or_refused(read_session, file, check_session)


@FUZZ
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_random_bytes_as_session_preset_or_couplings_are_read_correctly_or_refused(raw) -> None:
    file = _write(raw)
    for reader, check in (
        (read_session, check_session),
        (read_preset, check_preset),
        (read_couplings, check_couplings),
    ):
        read_correctly_or_refused(reader, file, check)


def test_the_unmutated_session_reads_back(saved_session) -> None:
    """The fuzzing starts from a valid file (else every mutation would fail for the same reason), and the
    check of what was read accepts it."""
    file = _write(json.dumps(saved_session))
    params, result = read_session(file)
    assert result is not None and result.completed == 4 and params.sites == 3
    check_session(file, (params, result))


@pytest.mark.parametrize("results", [0, False, "", []])
def test_results_that_are_not_an_object_are_refused_not_read_as_none(saved_session, results) -> None:
    """No results is no "results" (or null, or {}); a number, text or a list there is not a session's."""
    file = _write(json.dumps({**saved_session, "results": results}))
    with pytest.raises(FourierGuiError, match="field 'results' must be a JSON object"):
        read_session(file)
    for nothing in (None, {}):
        file = _write(json.dumps({**saved_session, "results": nothing}))
        check_session(file, read_session(file))


def _preset() -> dict:
    return {
        "name": "x",
        "title": "X",
        "description": "d",
        "order": 3,
        "temperatures": {"min": 0.1, "max": 1.0, "points": 10},
        "parameters": SimulationParameters().to_dict(),
    }


def test_the_unmutated_preset_reads_back() -> None:
    file = _write(json.dumps(_preset()))
    preset = read_preset(file)
    assert preset.name == "x" and preset.parameters == SimulationParameters()
    check_preset(file, preset)


@pytest.mark.parametrize("order", [True, "3", None, [3]])
def test_a_preset_order_that_is_no_number_is_refused(order) -> None:
    """As the menu reads it (preset_menu: true is no order)."""
    with pytest.raises(FourierGuiError, match="field 'order' must be a number"):
        read_preset(_write(json.dumps({**_preset(), "order": order})))


@FUZZ
@given(data=st.data(), action=st.sampled_from(["replace", "delete", "wrap"]), value=json_values)
def test_mutated_presets_are_read_correctly_or_refused(data, action, value) -> None:
    preset = _preset()
    path = data.draw(st.sampled_from([p for p in _paths(preset) if p]))
    file = _write(json.dumps(_mutated(preset, path, action, value)))
    read_correctly_or_refused(read_preset, file, check_preset)


def _npz_bytes(arrays: dict) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


shapes = st.lists(st.integers(0, 4), min_size=0, max_size=3).map(tuple)
dtypes = st.sampled_from([np.float64, np.complex128, np.int64, np.bool_, "U3"])
#: What an array holds: zeros, ones, a value that is not finite.
fills = st.sampled_from([0, 1, np.nan, np.inf])


def _filled(shape: tuple[int, ...], dtype, fill) -> np.ndarray:
    if np.dtype(dtype).kind in "iub" and not np.isfinite(fill):
        fill = 0  # integers hold no NaN
    return np.full(shape, fill, dtype=dtype)


#: A value of a couplings file's array: finite (real or complex) or not.
values = st.sampled_from([0.5, 1.0, 2.0 - 1.0j]) | fills


def _spoiled(draw, arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """`arrays`, or with one of them (or a new one) of any shape, type and value."""
    if draw(st.booleans()):
        key = draw(st.sampled_from([*sorted(arrays), "psi0_samples", "other"]))
        arrays[key] = _filled(draw(shapes), draw(dtypes), draw(fills))
    return arrays


@st.composite
def chain_couplings(draw) -> dict[str, np.ndarray]:
    """A uniform chain's couplings file (docs/contracts.md), its values finite or not, one array perhaps spoiled."""
    sites, n = draw(st.integers(2, 3)), draw(st.integers(1, 3))
    samples = draw(st.integers(0, 2))
    arrays = {
        "band_energies": np.full(n, draw(values).real),
        "couplings": np.full((sites - 1, n, n), draw(values), dtype=complex),
        "psi0": np.full(sites * n, draw(values), dtype=complex),
    }
    if samples:
        arrays["psi0_samples"] = np.full((samples, sites * n), draw(values), dtype=complex)
    return _spoiled(draw, arrays)


@FUZZ
@given(
    arrays=st.dictionaries(
        st.sampled_from(["band_energies", "couplings", "psi0", "psi0_samples", "other"]),
        st.tuples(shapes, dtypes, fills).map(lambda spec: _filled(*spec)),
        max_size=5,
    )
    | chain_couplings()
)
def test_couplings_files_of_any_shape_are_read_correctly_or_refused(arrays) -> None:
    file = _write(_npz_bytes(arrays))
    read_correctly_or_refused(read_couplings, file, check_couplings)


@st.composite
def graph_couplings(draw) -> dict[str, np.ndarray]:
    """A graph's couplings file (docs/contracts.md) of 2 or 3 sites, its edges any pairs of sites (a site
    with itself, a pair twice, in either order), its values finite or not, one array perhaps spoiled."""
    sites = draw(st.integers(2, 3))
    levels = draw(st.lists(st.integers(1, 2), min_size=sites, max_size=sites))
    site = st.integers(0, sites - 1)
    edges = draw(st.lists(st.tuples(site, site), min_size=1, max_size=3))
    dimension = sum(levels)
    arrays = {
        "edges": np.array(edges, dtype=np.int64),
        "site_levels": np.array(levels, dtype=np.int64),
        "band_energies": np.full(dimension, draw(values).real),
        "psi0": np.full(dimension, draw(values), dtype=complex),
    }
    for e, (a, b) in enumerate(edges):
        arrays[f"coupling_{e}"] = np.full((levels[b], levels[a]), draw(values), dtype=complex)
    return _spoiled(draw, arrays)


@FUZZ
@given(arrays=graph_couplings())
def test_graph_couplings_files_are_read_correctly_or_refused(arrays) -> None:
    file = _write(_npz_bytes(arrays))
    read_correctly_or_refused(read_couplings, file, check_couplings)


def test_a_truncated_couplings_file_fails_cleanly() -> None:
    n, sites = 3, 2
    good = _npz_bytes(
        {
            "band_energies": np.arange(n, dtype=float),
            "couplings": np.zeros((sites - 1, n, n), complex),
            "psi0": np.zeros(sites * n, complex),
        }
    )
    file = _write(good)
    check_couplings(file, read_couplings(file))
    assert read_couplings(file).couplings.shape == (1, 3, 3)
    file = _write(good[: len(good) // 2])
    with pytest.raises(FourierGuiError, match="cannot read couplings file"):
        read_couplings(file)


edge_text = st.lists(
    st.lists(st.integers(-2, 8).map(str) | st.floats(allow_nan=True).map(repr) | st.text(max_size=3), max_size=4).map(
        ",".join
    ),
    max_size=6,
).map("\n".join)


def check_edge_list(text: str, sites: int, read: object) -> None:
    """The edges and λ read are the text's lines `a,b[,λ]` (as Python reads the numbers), 0-based, every edge
    between two different sites 1 … N, each pair once, every λ finite and > 0."""
    assert isinstance(read, tuple) and len(read) == 2
    edges, lams = read
    lines = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    parts = [[p.strip() for p in line.split(",")] for line in lines if line]
    assert parts and all(len(p) in (2, 3) for p in parts), text
    assert edges == [(int(p[0]) - 1, int(p[1]) - 1) for p in parts]
    assert lams == [float(p[2]) if len(p) == 3 else None for p in parts]
    assert all(0 <= a < sites and 0 <= b < sites and a != b for a, b in edges), edges
    assert len({frozenset(e) for e in edges}) == len(edges), edges
    assert all(lam is None or (math.isfinite(lam) and lam > 0) for lam in lams), lams


@st.composite
def near_edge_lists(draw) -> tuple[str, int]:
    """An edge list and its number of sites: a path through the sites, its lines `a,b` or `a,b,λ` in any order
    with comments and blank lines; half of them spoiled once (a bad λ, a line more joining any two numbers 0 …
    6, one site more or fewer)."""
    sites = draw(st.integers(1, 5))
    lines = [f"{a},{a + 1}{draw(st.sampled_from(['', ',0.5', ',1e-3', ', 2']))}" for a in range(1, sites)]
    lines += draw(st.lists(st.sampled_from(["", "# a comment", "  "]), max_size=2))
    spoil = draw(st.sampled_from(["", "λ", "line", "sites"]))
    if spoil == "λ" and sites > 1:
        lines[0] = lines[0].split(",")[0] + "," + lines[0].split(",")[1] + draw(st.sampled_from([",0", ",-1", ",nan"]))
    elif spoil == "line":
        lines.append(f"{draw(st.integers(0, 6))},{draw(st.integers(0, 6))}")
    elif spoil == "sites":
        sites += draw(st.sampled_from([1, -1]))
    return "\n".join(draw(st.permutations(lines))), sites


@FUZZ
@given(case=st.tuples(edge_text | st.text(max_size=40), st.integers(1, 8)) | near_edge_lists())
def test_edge_lists_are_read_correctly_or_refused(case) -> None:
    text, sites = case
    outcome = read_or_refused(lambda: parse_edge_list(text, sites))
    if not isinstance(outcome, FourierGuiError):
        check_edge_list(text, sites, outcome)


def check_initial_spec(spec: object, sites: int, levels: int, read: object) -> None:
    """The spec read is the text's kind and site, and the states it makes are normalized vectors of the
    model's dimension N·n whose site probabilities are the spec's (a profile's: the weights written)."""
    assert isinstance(spec, str) and isinstance(read, InitialSpec)
    kind, _, rest = spec.strip().partition(":")
    assert read.kind == kind.lower() in KINDS, (spec, read)
    block = initial_block(read, np.full(sites, levels), samples=2, initial_seed=7)
    assert block.shape == (sites * levels, 2)
    np.testing.assert_allclose(np.linalg.norm(block, axis=0), 1.0, rtol=0, atol=1e-9)
    probabilities = (np.abs(block) ** 2).reshape(sites, levels, 2).sum(axis=1)
    if read.kind == "profile":
        expected = np.array([float(x) for x in rest.split(",")])
    elif read.kind == "mode":
        assert 1 <= read.mode <= sites - 1 and read.mode == int(rest.partition(":")[0])
        expected = np.array(read.weights)
    else:
        site = (sites + 1) // 2 if read.kind == "centre" else int(rest.partition(":")[0])
        assert read.site == site and 1 <= site <= sites, (spec, read)
        expected = np.eye(sites)[site - 1]
    assert np.all(expected >= 0) and abs(expected.sum() - 1) <= 1e-9, expected
    np.testing.assert_allclose(probabilities, np.stack([expected, expected], axis=1), rtol=0, atol=1e-9)


@FUZZ
@given(
    spec=st.text(max_size=30)
    | st.sampled_from(
        ["site:", "mode:", "weights:", "gibbs:", "random:", "band:", "level:", "profile:", "centre"]
    ).flatmap(lambda head: st.text(alphabet="0123456789.,-e:x ", max_size=12).map(lambda tail: head + tail))
    | json_values
    | st.builds("band:{}".format, st.integers(-1, 13))
    | st.builds("level:{}:{}".format, st.integers(-1, 13), st.integers(-1, 51))
    | st.builds("mode:{}{}".format, st.integers(-1, 13), st.sampled_from(["", ":0.01", ":0.3", ":0", ":-1", ":nan"]))
    | st.builds(
        lambda n, extra: "profile:" + ",".join([repr(1 / n)] * n) + extra,
        st.integers(1, 13),
        st.sampled_from(["", ",0", ",1", "x"]),
    )
    | st.sampled_from(["centre", "CENTRE", " centre ", "centre:1", "profile:1", "profile:0.5,0.5", "profile:1,-0"]),
    sites=st.integers(1, 12),
    levels=st.integers(1, 50),
)
def test_initial_specs_are_read_correctly_or_refused(spec, sites, levels) -> None:
    outcome = read_or_refused(lambda: parse_initial_spec(spec, sites, levels))
    if not isinstance(outcome, FourierGuiError):
        check_initial_spec(spec, sites, levels, outcome)


OPTION_VALUES = st.one_of(
    st.integers(-5, 10**7).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=6),
    st.sampled_from(["fig2", "ten-sites", "chain", "ring", "site:1", "mode:2", "nan", "1e400", ""]),
    # long integers (also beyond Python's 4300-digit conversion), numbers past 1e308, values
    # argparse swallows, grids and lists of huge numbers, schemes Dask cannot use
    st.integers(19, 5000).map(lambda digits: "7" * digits),
    st.sampled_from(["--", "1e309", "-1e309", "1e-200", "1e152", "1e-169", "3.47e201", "1e308", "tls://h:1"]),
    st.integers(5, 5000).map(lambda digits: f"grid:{'9' * digits}x1"),
    st.integers(19, 40).map(lambda digits: f"{'9' * digits},1,1"),
)


@st.composite
def command_lines(draw, command: str) -> list[str]:
    options = [a.option_strings[-1] for a in build_parser(command)._actions if a.option_strings]
    flags = [o for o in options if o not in ("-h", "--help", "--version")]
    argv = [command]
    for option in draw(st.lists(st.sampled_from(flags), max_size=6)):
        argv += [option, draw(OPTION_VALUES)]
    return argv


@FUZZ
@given(
    argv=command_lines("simulate")
    | command_lines("sweep")
    | command_lines("conductivity")
    | command_lines("correlation")
)
def test_fuzzed_command_lines_exit_with_one_line(argv, capsys) -> None:
    """Whatever the options, parsing and checking them ends in exit 0 or 2 and one line: the outputs point
    into a missing folder, so nothing runs and nothing is written."""
    missing = str(Path(tempfile.gettempdir()) / "fourier-gui-no-such-folder" / "out")
    argv = [a for a in argv]
    for option in ("--csv", "--json", "--couplings", "--edges", "--plot", "--figures"):
        if option in argv:
            argv[argv.index(option) + 1] = missing + ".csv"
    argv += ["--csv", missing + ".csv"]
    code = cli_main(argv)
    err = capsys.readouterr().err
    assert code == 2, (argv, err)
    assert err.count("\n") == 1 and "error:" in err, err


def _parsed_or_refused(call) -> object:
    """The value `call()` returns, or the UsageError/FourierGuiError it raises, whose message must then
    be one non-empty line; any other exception fails the test."""
    try:
        return call()
    except (UsageError, FourierGuiError) as exc:
        assert str(exc).strip() and "\n" not in str(exc), repr(str(exc))
        return exc


@FUZZ
@given(argv=command_lines("simulate"))
def test_fuzzed_simulate_options_give_valid_parameters_or_a_named_refusal(argv) -> None:
    parser = build_parser("simulate")
    outcome = _parsed_or_refused(lambda: parameters_from_options(parser.parse_args([*argv[1:], "--csv", "x.csv"])))
    if isinstance(outcome, SimulationParameters):
        assert outcome.validated() is outcome  # what is accepted is valid


@FUZZ
@given(argv=command_lines("sweep"))
def test_fuzzed_sweep_options_give_a_valid_sweep_or_a_named_refusal(argv) -> None:
    parser = build_parser("sweep")
    argv = [*argv[1:], "--csv", "x.csv", "--vary", "levels", "--values", "10,20"]
    outcome = _parsed_or_refused(lambda: sweep_spec_from_options(parser.parse_args(argv)))
    if not isinstance(outcome, Exception):
        assert outcome.validated() is outcome and len(outcome.runs()) == 2 * outcome.seeds
