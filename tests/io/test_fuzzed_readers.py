"""Every reader of user input fails cleanly: fuzzed with hypothesis, only the project's own
errors (FourierGuiError, with a message naming the file or field) may escape. Seeded, so CI is repeatable."""

from __future__ import annotations

import io
import json
import tempfile
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
from fourier_gui.io.couplings_file import read_couplings
from fourier_gui.io.presets import read_preset
from fourier_gui.io.session import read_session, session_dict
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.geometry import parse_edge_list
from fourier_gui.physics.initial_states import parse_initial_spec
from fourier_gui.physics.parameters import SimulationParameters

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


def _clean_failure(call, path: Path | None = None) -> None:
    """`call()` either succeeds or raises a FourierGuiError whose message names the file."""
    try:
        call()
    except FourierGuiError as exc:
        message = str(exc)
        assert message.strip(), "an error without a message"
        if path is not None:
            assert str(path) in message, f"the message does not name the file: {message}"


@pytest.fixture(scope="module")
def saved_session() -> dict:
    params = SimulationParameters(sites=3, levels=6, samples=2, points=4, t_max=50.0, t_max_gamma=None)
    return session_dict(params, simulate(params))


@FUZZ
@given(data=st.data(), action=st.sampled_from(["replace", "delete", "wrap"]), value=json_values)
def test_mutated_sessions_fail_cleanly(saved_session, data, action, value) -> None:
    paths = [p for p in _paths(saved_session) if p and p[0] != "format"]
    path = data.draw(st.sampled_from(paths))
    mutated = _mutated(saved_session, path, action, value)
    file = _write(json.dumps(mutated))
    _clean_failure(lambda: read_session(file), file)


@FUZZ
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_random_bytes_as_session_preset_or_couplings_fail_cleanly(raw) -> None:
    file = _write(raw)
    for reader in (read_session, read_preset, read_couplings):
        _clean_failure(lambda reader=reader: reader(file), file)


def test_the_unmutated_session_reads_back(saved_session) -> None:
    """The fuzzing starts from a valid file (else every mutation would fail for the same reason)."""
    file = _write(json.dumps(saved_session))
    params, result = read_session(file)
    assert result is not None and result.completed == 4 and params.sites == 3


@FUZZ
@given(data=st.data(), action=st.sampled_from(["replace", "delete", "wrap"]), value=json_values)
def test_mutated_presets_fail_cleanly(data, action, value) -> None:
    preset = {
        "name": "x",
        "title": "X",
        "description": "d",
        "order": 3,
        "temperatures": {"min": 0.1, "max": 1.0, "points": 10},
        "parameters": SimulationParameters().to_dict(),
    }
    path = data.draw(st.sampled_from([p for p in _paths(preset) if p]))
    file = _write(json.dumps(_mutated(preset, path, action, value)))
    _clean_failure(lambda: read_preset(file), file)


def _npz_bytes(arrays: dict) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


shapes = st.lists(st.integers(0, 4), min_size=0, max_size=3).map(tuple)
dtypes = st.sampled_from([np.float64, np.complex128, np.int64, np.bool_, "U3"])


@FUZZ
@given(
    arrays=st.dictionaries(
        st.sampled_from(["band_energies", "couplings", "psi0", "psi0_samples", "other"]),
        st.tuples(shapes, dtypes),
        max_size=5,
    )
)
def test_couplings_files_of_any_shape_fail_cleanly(arrays) -> None:
    file = _write(_npz_bytes({k: np.zeros(shape, dtype=dtype) for k, (shape, dtype) in arrays.items()}))
    _clean_failure(lambda: read_couplings(file), file)


def test_a_truncated_couplings_file_fails_cleanly() -> None:
    n, sites = 3, 2
    good = _npz_bytes(
        {
            "band_energies": np.arange(n, dtype=float),
            "couplings": np.zeros((sites - 1, n, n), complex),
            "psi0": np.zeros(sites * n, complex),
        }
    )
    assert read_couplings(_write(good)).couplings.shape == (1, 3, 3)
    file = _write(good[: len(good) // 2])
    with pytest.raises(FourierGuiError, match="cannot read couplings file"):
        read_couplings(file)


edge_text = st.lists(
    st.lists(st.integers(-2, 8).map(str) | st.floats(allow_nan=True).map(repr) | st.text(max_size=3), max_size=4).map(
        ",".join
    ),
    max_size=6,
).map("\n".join)


@FUZZ
@given(text=edge_text | st.text(max_size=40), sites=st.integers(1, 8))
def test_edge_lists_fail_cleanly(text, sites) -> None:
    _clean_failure(lambda: parse_edge_list(text, sites))


@FUZZ
@given(
    spec=st.text(max_size=30)
    | st.sampled_from(["site:", "mode:", "weights:", "gibbs:", "random:"]).flatmap(
        lambda head: st.text(alphabet="0123456789.,-e:x ", max_size=12).map(lambda tail: head + tail)
    )
    | json_values,
    sites=st.integers(1, 12),
    levels=st.integers(1, 50),
)
def test_initial_specs_fail_cleanly(spec, sites, levels) -> None:
    _clean_failure(lambda: parse_initial_spec(spec, sites, levels))


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
