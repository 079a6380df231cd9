"""fourier_gui.simulate against the command line: the same numbers bit for bit, the same refusals, the same files,
and read() giving back what was saved (docs/api.md)."""

import json
import math
import subprocess
import sys

import numpy as np
import pytest

import fourier_gui
from fourier_gui.cli import main
from fourier_gui.io.results_csv import read_csv
from fourier_gui.physics.errors import FourierGuiError, ParameterError

#: A small run and the same run as command-line options.
SMALL = {"sites": 3, "levels": 12, "lam": 0.002, "points": 9, "t_max_gamma": 5.0}
SMALL_OPTIONS = ["--sites", "3", "--levels", "12", "--lam", "0.002", "--points", "9", "--t-max-gamma", "5"]


def _data_lines(path) -> list[str]:
    """The header and rows of a CSV (no `#` lines: they hold the date and the command)."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


@pytest.mark.parametrize("method", ["eigen", "chebyshev"])
def test_the_api_gives_the_command_lines_numbers_bit_for_bit(tmp_path, method):
    """The command line in its own process, the API in this one: every number of the CSV equal, not close."""
    cli_csv = tmp_path / "cli.csv"
    argv = [*SMALL_OPTIONS, "--seed", "3", "--method", method, "--currents", "--quiet", "--csv", str(cli_csv)]
    done = subprocess.run(
        [sys.executable, "-m", "fourier_gui", "simulate", *argv], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    run = fourier_gui.simulate(**SMALL, seed=3, method=method)
    cli = read_csv(cli_csv)
    mine = np.column_stack([run.times, run.exact, run.ham, run.currents, run.ham_currents, run.gamma_t])
    assert cli.data.shape == mine.shape and np.array_equal(cli.data, mine)
    assert run.method == method == cli.metadata["method"]
    run.save(tmp_path / "api.csv", currents=True)  # and the file it writes is the command line's, line for line
    assert _data_lines(tmp_path / "api.csv") == _data_lines(cli_csv)


def test_a_preset_with_changes_is_the_command_lines_preset_with_options(tmp_path):
    assert (
        main(["simulate", "--preset", "fig2", "--levels", "40", "--points", "5", "--csv", str(tmp_path / "c.csv")]) == 0
    )
    run = fourier_gui.simulate("fig2", levels=40, points=5)
    assert np.array_equal(
        read_csv(tmp_path / "c.csv").data, np.column_stack([run.times, run.exact, run.ham, run.gamma_t])
    )
    assert run.parameters.levels == 40 and run.parameters.lam == 5e-5  # the rest is the preset's


def test_a_user_built_graph_is_the_command_lines_edge_list(tmp_path):
    """A ring of four subunits with one stronger bond and one larger band, given as lists (sites 1-based)."""
    edges = tmp_path / "edges.csv"
    edges.write_text("1,2\n2,3,0.004\n3,4\n4,1\n", encoding="utf-8")
    options = ["--sites", "4", "--levels", "12", "--lam", "0.002", "--points", "7", "--t-max-gamma", "3"]
    options += ["--site-levels", "12,12,20,12", "--site-offsets", "0,0,0.01,0", "--edges", str(edges)]
    assert main(["simulate", *options, "--currents", "--csv", str(tmp_path / "c.csv")]) == 0
    run = fourier_gui.simulate(
        sites=4,
        levels=12,
        lam=0.002,
        points=7,
        t_max_gamma=3,
        site_levels=[12, 12, 20, 12],
        site_offsets=[0, 0, 0.01, 0],
        edges=[(1, 2), (2, 3, 0.004), (3, 4), (4, 1)],
    )
    system = run.parameters.system()
    assert system.edges == ((0, 1), (1, 2), (2, 3), (3, 0)) and system.site_levels.tolist() == [12, 12, 20, 12]
    assert system.lams.tolist() == [0.002, 0.004, 0.002, 0.002] and system.offsets.tolist() == [0, 0, 0.01, 0]
    assert run.current_names == ["J_1-2", "J_2-3", "J_3-4", "J_4-1"]
    mine = np.column_stack([run.times, run.exact, run.ham, run.currents, run.ham_currents, run.gamma_t])
    assert np.array_equal(read_csv(tmp_path / "c.csv").data, mine)


@pytest.mark.parametrize(
    ("changes", "option"),
    [
        ({"levels": 0}, "--levels"),
        ({"lam": -1.0}, "--lam"),
        ({"initial": "band:9"}, "--initial"),
        ({"sites": 1}, "--sites"),
        ({"ensemble": "gue"}, "--ensemble"),
        ({"bond_lam": [0.002]}, "--bond-lam"),  # two bonds
    ],
)
def test_a_bad_parameter_is_refused_as_the_command_line_refuses_it(capsys, changes, option):
    """The project's ParameterError, naming the parameter and the range the command line's message quotes."""
    name, value = next(iter(changes.items()))
    with pytest.raises(ParameterError) as refused:
        fourier_gui.simulate(**{**SMALL, **changes})
    text = ",".join(map(str, value)) if isinstance(value, list) else str(value)
    assert main(["simulate", *SMALL_OPTIONS, option, text, "--csv", "-"]) == 2
    err = capsys.readouterr().err
    assert refused.value.name == name and option in err and refused.value.allowed in err


def test_unknown_parameters_and_both_run_lengths_are_refused_by_name():
    with pytest.raises(ParameterError, match=r"level = 5 .*unknown parameter; known: sites, levels"):
        fourier_gui.simulate(level=5)
    with pytest.raises(ParameterError, match="t_max"):
        fourier_gui.simulate(**SMALL, t_max=100.0)
    with pytest.raises(FourierGuiError, match="unknown preset 'nope'"):
        fourier_gui.simulate("nope")


def test_numpy_numbers_and_whole_numbers_are_taken_as_the_command_line_reads_them():
    """numpy's scalars become Python's, a whole number for a float field a float (`--t-max-gamma 5` is 5.0)."""
    run = fourier_gui.simulate(**{**SMALL, "levels": np.int64(12), "lam": np.float64(0.002), "t_max_gamma": 5})
    p = run.parameters
    assert type(p.levels) is int and type(p.lam) is float and type(p.t_max_gamma) is float
    json.dumps(p.to_dict())  # plain Python values: the files can hold them
    assert np.array_equal(run.exact, fourier_gui.simulate(**SMALL).exact)


def _same(a, b) -> bool:
    """Equal, NaN equal to NaN, tuples as lists (what JSON makes of them)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b and type(a) is type(b)


def test_every_file_saved_reads_back_as_what_was_saved(tmp_path):
    run = fourier_gui.simulate(**SMALL, samples=2, initial="profile:0.5,0.5,0")
    names = [tmp_path / n for n in ("r.csv", "r.json", "r.npz", "r.fourier.json")]
    run.save(*names, currents=True)
    table, summary, couplings, session = (fourier_gui.read(n) for n in names)
    for again in (table, session):  # the arrays exactly, the metadata typed alike
        assert isinstance(again, fourier_gui.Run)
        for key in ("times", "exact", "ham", "currents", "ham_currents"):
            assert np.array_equal(getattr(again, key), getattr(run, key)), key
        assert again.parameters == run.parameters and again.current_names == run.current_names
        assert again.verdict == run.verdict and again.method == run.method and again.complete
    assert table.metadata == run.metadata  # the date included: the file's is the run's
    assert {k: v for k, v in session.metadata.items() if k != "date"} == {
        k: v for k, v in run.metadata.items() if k != "date"
    }  # the session's provenance as it was saved, not the reader's
    assert session.metadata["date"] >= run.metadata["date"]  # saved after the run: the session's own date
    assert _same(summary, json.loads(json.dumps(run.summary)))
    model, psi0 = run.couplings
    assert np.array_equal(couplings.couplings, model.stack) and np.array_equal(couplings.psi0_samples, psi0.T)


def test_metadata_is_typed_numbers_as_numbers_and_text_as_text(tmp_path):
    run = fourier_gui.simulate(**SMALL, site_levels=[12, 12, 12])
    run.save(tmp_path / "r.csv")
    meta = fourier_gui.read(tmp_path / "r.csv").metadata
    assert meta["param.levels"] == 12 and isinstance(meta["param.levels"], int)
    assert meta["param.lam"] == 0.002 and meta["gamma"] == run.parameters.gamma
    assert meta["param.site_levels"] == "12,12,12"  # a text field stays text, though it reads as numbers
    assert meta["param.t_max"] is None and meta["param.initial"] == "band:1" and meta["complete"] is True
    assert isinstance(meta["provenance.cpus"], int) and isinstance(meta["provenance.python"], str)
    assert isinstance(meta["version"], str) and isinstance(meta["date"], str)


def test_the_tidy_table_has_one_row_per_time_and_site():
    run = fourier_gui.simulate(**SMALL)
    table = run.table()
    m, n = run.exact.shape
    assert list(table) == ["t", "gamma_t", "site", "exact", "ham"] and all(len(v) == m * n for v in table.values())
    for k, mu in [(0, 0), (m - 1, n - 1), (m // 2, 1)]:
        row = k * n + mu
        assert table["site"][row] == mu + 1 and table["t"][row] == run.times[k]
        assert table["exact"][row] == run.exact[k, mu] and table["ham"][row] == run.ham[k, mu]
    assert np.allclose(table["gamma_t"], table["t"] * run.parameters.gamma, rtol=1e-15, atol=0)
    assert math.isclose(run.gamma_t[-1], 5.0, rel_tol=1e-12)
    currents = run.table("currents")
    assert list(currents) == ["t", "gamma_t", "bond", "exact", "ham"] and currents["bond"][:2].tolist() == ["J1", "J2"]


def test_without_pandas_to_dataframe_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails, as where it is not installed
    run = fourier_gui.simulate(**SMALL)
    with pytest.raises(fourier_gui.MissingPackageError, match="pip install pandas"):
        run.to_dataframe()


def test_with_pandas_to_dataframe_holds_the_tidy_table():
    pandas = pytest.importorskip("pandas")
    run = fourier_gui.simulate(**SMALL)
    frame = run.to_dataframe()
    assert isinstance(frame, pandas.DataFrame) and list(frame.columns) == ["t", "gamma_t", "site", "exact", "ham"]
    assert frame.groupby("site")["exact"].last().tolist() == run.exact[-1].tolist()


def test_importing_the_package_loads_neither_numpy_nor_qt_until_the_api_is_used():
    probe = (
        "import sys\n"
        "import fourier_gui\n"
        "heavy = ('numpy', 'PySide6', 'pyqtgraph', 'numba', 'scipy')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)) or '-')\n"
        "from fourier_gui import simulate\n"
        "print(simulate.__module__, fourier_gui.read.__module__, fourier_gui.Sweep.__name__)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph'}) or '-')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["-", "fourier_gui.api.runs fourier_gui.api.files Sweep", "-"]
    with pytest.raises(AttributeError, match="no attribute 'simulat'"):
        fourier_gui.simulat  # noqa: B018 - a misspelt name is an AttributeError, as on any module


@pytest.mark.parametrize(("method", "seed"), [("eigen", 1), ("chebyshev", 2), ("chebyshev", 5)])
def test_kept_states_are_expm_of_the_saved_hamiltonian_applied_to_the_saved_start(tmp_path, method, seed):
    """ψ(t) against expm(−iHt)ψ(0) of H built by loops from the couplings file (absolute energies: the gap's
    phase e^{−iΔE·t} put back), over seeds; and their band weights are the run's P_μ(t)."""
    scipy_linalg = pytest.importorskip("scipy.linalg")
    from tests.reference import reference_hamiltonian

    run = fourier_gui.simulate(**SMALL, seed=seed, samples=2, method=method, keep_states=True)
    run.save(tmp_path / "c.npz")
    couplings = fourier_gui.read(tmp_path / "c.npz")
    h = reference_hamiltonian(couplings.band_energies, couplings.couplings)
    m, d, k = run.states.shape
    assert (m, d, k) == (run.times.size, 3 * 12, 2)
    for row in (1, m // 2, m - 1):
        t = run.times[row]
        expected = scipy_linalg.expm(-1j * h * t) @ couplings.psi0_samples.T  # (D, K)
        assert np.allclose(run.states[row] * np.exp(-1j * 1.0 * t), expected, atol=1e-10)
    weights = (np.abs(run.states.reshape(m, 3, 12, k)) ** 2).sum(axis=2).mean(axis=2)
    assert np.allclose(weights, run.exact, atol=1e-12)


def test_states_are_kept_only_when_asked_and_refused_beyond_the_free_memory(monkeypatch):
    assert fourier_gui.simulate(**SMALL).states is None
    import fourier_gui.execution.memory as memory

    monkeypatch.setattr(memory, "available_memory", lambda: 1000)
    with pytest.raises(ParameterError, match=r"keep_states = True .*more than half of the"):
        fourier_gui.simulate(**SMALL, keep_states=True)
