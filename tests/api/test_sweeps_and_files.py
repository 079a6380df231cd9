"""fourier_gui.sweep against the command line's sweep, and read() on the files other than a run's: the sweep's
CSV and JSON, a figure's table, κ(T), and what is none of the app's."""

import math
from concurrent.futures import Executor, Future

import numpy as np
import pytest

import fourier_gui
from fourier_gui.api.files import UnknownFileError
from fourier_gui.cli import main
from fourier_gui.io.sweep_files import read_sweep_csv
from fourier_gui.physics.errors import FourierGuiError, ParameterError


class InProcess(Executor):
    """Each run at once, in this process: what any concurrent.futures executor may do."""

    def submit(self, fn, /, *args, **kwargs):
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


#: A small sweep of n (c1 held, the default when n varies) and the same as command-line options.
SWEEP = {"sites": 3, "lam": 0.002, "points": 21, "seed": 4}
SWEEP_OPTIONS = ["--sites", "3", "--lam", "0.002", "--points", "21", "--seed", "4"]


@pytest.mark.slow
def test_a_sweep_gives_the_command_lines_table(tmp_path):
    cli_csv = tmp_path / "cli.csv"
    argv = ["sweep", *SWEEP_OPTIONS, "--vary", "levels", "--values", "8,12,16", "--seeds", "2", "--workers", "1"]
    assert main([*argv, "--quiet", "--csv", str(cli_csv)]) == 0
    seen = []
    table = fourier_gui.sweep("levels", [8, 12, 16], seeds=2, executor=InProcess(), progress=seen.append, **SWEEP)
    assert seen == [k / 6 for k in range(1, 7)]
    assert table.metadata["hold"] == "c1" and table.metadata["figure"] == "d1"  # physics/sweeps.default_hold
    _, cli_rows = read_sweep_csv(cli_csv)
    assert len(cli_rows) == len(table.rows["row"]) == 6 + 3
    mine = sorted(
        zip(table.rows["row"], table.rows["point"], table.rows["seed"], table.rows["d1_squared"], strict=True)
    )
    theirs = sorted(
        (r["row"], int(r["point"]), int(r["seed"]) if r["seed"] else math.nan, float(r["d1_squared"])) for r in cli_rows
    )
    for a, b in zip(mine, theirs, strict=True):  # each run's D₁² the same bits, whichever process ran it
        assert a[:2] == b[:2] and a[3] == b[3] and (a[2] == b[2] or math.isnan(b[2]))
    assert table.fit is not None and table.fit["error_method"] == "seed-replicates"
    assert isinstance(table.fit["ci95"], list) and table.fit["of"] == "d1_squared"
    table.save(tmp_path / "s.csv", tmp_path / "s.json")
    again = fourier_gui.read(tmp_path / "s.csv")
    assert isinstance(again, fourier_gui.Sweep) and again.columns == table.columns
    assert all(
        np.array_equal(
            np.asarray(again.rows[c]), np.asarray(table.rows[c]), equal_nan=isinstance(table.rows[c][0], float)
        )
        for c in table.columns
    )
    assert {k: v for k, v in again.metadata.items() if k != "date"} == {
        k: v for k, v in table.metadata.items() if k != "date"
    }
    summary = fourier_gui.read(tmp_path / "s.json")
    assert summary["power_law"]["exponent"] == table.fit["exponent"] and summary["runs"] == 6


def test_bad_sweeps_are_refused_by_name():
    with pytest.raises(ParameterError, match="vary"):
        fourier_gui.sweep("colour", [1, 2], executor=InProcess(), **SWEEP)
    with pytest.raises(ParameterError, match="seeds"):
        fourier_gui.sweep("levels", [8, 12], seeds=0, executor=InProcess(), **SWEEP)
    with pytest.raises(ParameterError, match="workers"):
        fourier_gui.sweep("levels", [8, 12], workers=0, **SWEEP)
    with pytest.raises(ParameterError, match="values"):
        fourier_gui.sweep("levels", ["a"], executor=InProcess(), **SWEEP)
    with pytest.raises(ParameterError, match="lam"):
        fourier_gui.sweep("levels", [8, 12], executor=InProcess(), lam=-1.0)


def test_a_figure_table_and_the_conductivity_table_read_back_typed(tmp_path):
    assert main(["conductivity", "--preset", "fig4", "--temp-points", "5", "--csv", str(tmp_path / "k.csv")]) == 0
    kappa = fourier_gui.read(tmp_path / "k.csv")
    assert isinstance(kappa, fourier_gui.Table) and len(kappa.column(kappa.columns[0])) == 5
    assert all(isinstance(v, float) for v in kappa.rows[kappa.columns[-1]])
    run = fourier_gui.simulate(sites=3, levels=12, lam=0.002, points=9)
    from fourier_gui.io.figure_data import write_figure_csv
    from fourier_gui.io.run_figures import figure_tables

    data = next(d for d in figure_tables() if d.file == "fourier-law")
    write_figure_csv(tmp_path / "f.csv", data.build(run.result, run.result.completed - 1))
    figure = fourier_gui.read(tmp_path / "f.csv")
    assert isinstance(figure, fourier_gui.Table) and figure.metadata["figure"]
    assert figure.columns and all(len(v) == len(figure.rows[figure.columns[0]]) for v in figure.rows.values())


@pytest.mark.parametrize(
    ("content", "why"),
    [(b"hello", "none of the app's files"), (b"[1, 2]", "none of the app's files"), (b"{not json", "JSON")],
)
def test_what_is_none_of_the_apps_files_is_refused_in_one_line(tmp_path, content, why):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    with pytest.raises(FourierGuiError, match=why):
        fourier_gui.read(path)
    with pytest.raises(UnknownFileError, match="cannot read"):
        fourier_gui.read(tmp_path / "missing.csv")
