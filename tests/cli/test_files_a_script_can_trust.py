"""Files a script can trust (docs/contracts.md, "Files"): strict JSON with a UTC date, one spelling of a
missing value in CSVs (empty), `param.*` in every file, units a comment-dropping reader keeps, every output
optional on its own, a progress line fit for a log file."""

import csv
import datetime as dt
import io
import json
import math

import numpy as np
import pytest

from fourier_gui.cli import main
from fourier_gui.cli.console import ProgressLine
from fourier_gui.io.results_csv import read_csv
from fourier_gui.io.sweep_files import read_sweep_csv

SMALL = ["--sites", "3", "--levels", "12", "--lam", "0.002", "--points", "9", "--t-max-gamma", "5", "--quiet"]
SWEEP = ["sweep", "--sites", "3", "--levels", "20", "--points", "41", "--vary", "levels", "--values", "20,40"]
SWEEP += ["--seeds", "2", "--workers", "1", "--quiet"]


def strict_json(text: str):
    """JSON as a strict parser reads it: a bare NaN, Infinity or -Infinity is an error."""

    def refuse(name: str):
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def utc_date(text: str) -> dt.datetime:
    date = dt.datetime.fromisoformat(text)
    assert date.utcoffset() == dt.timedelta(0)
    assert abs((dt.datetime.now(dt.UTC) - date).total_seconds()) < 600
    return date


def comment_dropping_read(path) -> tuple[list[str], list[list[str]]]:
    """The header and rows as `pandas.read_csv(path, comment="#")` sees them: every `#` line gone."""
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(line for line in f if not line.startswith("#")))
    return rows[0], rows[1:]


def test_the_run_json_is_strict_and_dated_and_is_an_output_on_its_own(tmp_path):
    assert main(["simulate", *SMALL, "--json", str(tmp_path / "run.json")]) == 0
    summary = strict_json((tmp_path / "run.json").read_text(encoding="utf-8"))
    utc_date(summary["date"])
    assert summary["parameters"]["levels"] == 12 and [p.name for p in tmp_path.iterdir()] == ["run.json"]


def test_the_sweep_json_is_strict_where_a_figure_does_not_exist(tmp_path):
    """A D₁² sweep measures no mode's rate: its means are null, not NaN (which no strict parser reads)."""
    assert main([*SWEEP, "--json", str(tmp_path / "s.json")]) == 0  # the JSON alone: no --csv needed
    text = (tmp_path / "s.json").read_text(encoding="utf-8")
    summary = strict_json(text)
    utc_date(summary["date"])
    assert all(point["mode_rate_mean"] is None for point in summary["points"])
    assert all(math.isfinite(point["d1_mean"]) for point in summary["points"])
    assert "NaN" not in text and "Infinity" not in text
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # and no journal left


def test_a_missing_value_is_empty_and_parameters_are_param_in_the_sweep_csv(tmp_path):
    assert main([*SWEEP, "--csv", str(tmp_path / "s.csv")]) == 0
    text = (tmp_path / "s.csv").read_text(encoding="utf-8")
    metadata, rows = read_sweep_csv(tmp_path / "s.csv")
    header, cells = comment_dropping_read(tmp_path / "s.csv")
    assert not {"nan", "none", "NaN", "None"} & ({c for row in cells for c in row} | set(metadata.values()))
    assert not any(line.endswith((": nan", ": none")) for line in text.splitlines())
    assert "# base." not in text
    assert metadata["param.sites"] == "3" and metadata["param.points"] == "41"
    mode = header.index("mode_rate_ratio")
    assert {row[mode] for row in cells} == {""}  # measured by no run: empty in every row
    assert all(row["d1_squared"] not in ("", "nan") for row in rows)


def test_the_run_csv_keeps_gamma_t_where_comments_are_dropped(tmp_path):
    assert main(["simulate", *SMALL, "--csv", str(tmp_path / "run.csv")]) == 0
    header, cells = comment_dropping_read(tmp_path / "run.csv")
    assert header[0] == "t" and header[-1] == "gamma_t"
    data = np.array(cells, dtype=float)
    gamma = 2 * np.pi * 0.002**2 * 12 / 0.05  # eq. (10) from the options
    assert np.allclose(data[:, -1], gamma * data[:, 0], rtol=1e-13, atol=0)
    assert data[-1, -1] == pytest.approx(5.0, rel=1e-12)  # the run covers 5/γ
    metadata = read_csv(tmp_path / "run.csv").metadata
    assert metadata["param.t_max"] == "" and metadata["time_unit"] == "hbar/DeltaE"  # None: empty


def test_the_conductivity_csv_names_its_parameters_and_units(tmp_path):
    argv = ["conductivity", "--levels", "20", "--lam", "0.001", "--bandwidth", "0.05", "--temp-points", "5"]
    assert main([*argv, "--csv", str(tmp_path / "k.csv")]) == 0
    metadata = read_csv(tmp_path / "k.csv").metadata
    assert {metadata[f"param.{k}"] for k in ("levels", "lam", "bandwidth")} == {"20", "0.001", "0.05"}
    assert [metadata[f"unit.{c}"] for c in ("T", "u", "c", "kappa")] == [
        "DeltaE/k_B",
        "DeltaE",
        "k_B",
        "k_B*DeltaE/hbar",
    ]
    assert float(metadata["gamma"]) == pytest.approx(2 * np.pi * 0.001**2 * 20 / 0.05, rel=1e-12)


def test_two_runs_of_one_command_differ_only_in_the_date(tmp_path, monkeypatch):
    """Same seed, same parameters, same command line: the CSVs are the same bytes but for the `date` line
    (provenance that says when), and the JSON summaries but for `date` and `elapsed_s`."""
    texts, summaries = [], []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        monkeypatch.chdir(folder)
        assert main(["simulate", *SMALL, "--csv", "run.csv", "--json", "run.json"]) == 0
        texts.append([line for line in (folder / "run.csv").read_text().splitlines() if not line.startswith("# date:")])
        summary = strict_json((folder / "run.json").read_text())
        summaries.append({k: v for k, v in summary.items() if k not in ("date", "elapsed_s")})
    assert texts[0] == texts[1] and summaries[0] == summaries[1]


def test_a_command_without_any_output_is_refused(capsys):
    assert main(["simulate", *SMALL]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "give at least one output" in err and "--animation" in err


def test_the_progress_line_writes_plain_lines_off_a_terminal(monkeypatch):
    stream = io.StringIO()  # a log file: not a terminal
    monkeypatch.setattr("sys.stderr", stream)
    clock = iter(np.arange(0.0, 100.0, 0.5))
    monkeypatch.setattr("fourier_gui.cli.console.time.perf_counter", lambda: float(next(clock)))
    progress = ProgressLine("sweep")
    for k in range(1, 41):
        progress(k / 40)
    progress.close()
    text = stream.getvalue()
    assert "\r" not in text
    lines = text.splitlines()
    assert len(lines) == 11 and lines[-1].startswith("sweep: done in")  # one line per 10 %, and the end
    assert [line.split(":")[1].split("%")[0].strip() for line in lines[:3]] == ["10.0", "20.0", "30.0"]


def test_the_progress_line_rewrites_itself_on_a_terminal(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    monkeypatch.setattr("sys.stderr", stream)
    clock = iter(np.arange(0.0, 100.0, 0.5))
    monkeypatch.setattr("fourier_gui.cli.console.time.perf_counter", lambda: float(next(clock)))
    progress = ProgressLine("sweep")
    for k in range(1, 5):
        progress(k / 4)
    progress.close()
    assert stream.getvalue().count("\r") == 4 and stream.getvalue().count("\n") == 1
