"""Every figure as data (docs/contracts.md, "Figure CSVs"): the CSVs behind the plots are checked against what they must equal,
recomputed from the run's own CSV or from closed forms, and the plots are real images; and every file
says how it was made (provenance)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from fourier_gui.cli import main
from fourier_gui.io.results_csv import read_csv

#: Each test here runs the command line and draws its figures: seconds each.
pytestmark = pytest.mark.slow

PNG = b"\x89PNG\r\n\x1a\n"
#: The plot files of a short chain's figures (the level diagram shown, not the system view): their names
#: are a contract of `simulate --figures`.
CHAIN_PLOTS = (
    "site-probabilities-p-t",
    "level-diagram",
    "chain-profile",
    "conductivity-t",
    "fourier-s-law-j-against-p",
    "spreading-t",
    "local-exponent-t",
    "fourier-mode-a-q-t",
)
SMALL = ["--preset", "fourier-law", "--sites", "4", "--levels", "60", "--points", "81", "--quiet"]


@pytest.fixture(scope="module")
def figures(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("figures")
    assert (
        main(["simulate", *SMALL, "--currents", "--csv", str(folder / "run.csv"), "--figures", str(folder / "f")]) == 0
    )
    return folder


def test_every_figure_has_a_csv_and_a_plot(figures):
    names = sorted(p.name for p in (figures / "f").iterdir())
    for csv in ("transport-curves.csv", "fourier-law.csv", "conductivity-measured.csv", "system-view.csv"):
        assert csv in names
    plots = [figures / "f" / n for n in names if n.endswith(".png")]
    assert [p.name for p in plots] == sorted(f"{stem}.png" for stem in CHAIN_PLOTS)
    for plot in plots:
        assert plot.read_bytes()[:8] == PNG and plot.stat().st_size > 5_000, plot.name


def test_transport_curves_equal_what_the_run_csv_implies(figures):
    run = read_csv(figures / "run.csv")
    curves = read_csv(figures / "f" / "transport-curves.csv")
    sites = 4
    exact = np.column_stack([run.column(f"exact_P{m}") for m in range(1, sites + 1)])
    mu0 = float(curves.metadata["mu0"])
    np.testing.assert_allclose(curves.column("t"), run.column("t"), rtol=0, atol=0)
    np.testing.assert_allclose(curves.column("sigma2_exact"), exact @ (np.arange(1, sites + 1) - mu0) ** 2, rtol=1e-12)


def test_fourier_law_points_refit_to_the_slope_in_their_header(figures):
    law = read_csv(figures / "f" / "fourier-law.csv")
    step, current = law.column("step_P"), law.column("current_J")
    ok = np.isfinite(step) & np.isfinite(current)
    slope = float(step[ok] @ current[ok] / (step[ok] @ step[ok]))  # least squares through the origin
    assert slope == pytest.approx(float(law.metadata["fit.gamma_fit"]), rel=1e-10)
    assert np.all(law.column("t") >= float(law.metadata["t_fit"]))
    run = read_csv(figures / "run.csv")  # the points are the run's currents and steps at those times
    t0 = law.column("t")[0]
    row = int(np.flatnonzero(run.column("t") == t0)[0])
    assert current[0] == run.column("exact_J1")[row]
    assert step[0] == pytest.approx(run.column("exact_P1")[row] - run.column("exact_P2")[row], abs=1e-15)


def test_system_view_holds_sites_and_ham_currents_in_closed_form(figures):
    table = read_csv(figures / "f" / "system-view.csv")
    is_edge = table.column("is_edge")
    p_ham = table.column("P_ham")[is_edge == 0]
    assert p_ham.size == 4 and p_ham.sum() == pytest.approx(1.0, abs=1e-12)
    gamma = float(read_csv(figures / "f" / "transport-curves.csv").metadata["gamma"])
    np.testing.assert_allclose(table.column("J_ham")[is_edge == 1], gamma * (p_ham[:-1] - p_ham[1:]), rtol=1e-12)


def test_figure_csvs_write_whole_numbers_and_leave_missing_values_empty(figures):
    """Read as text, as a spreadsheet would: `1`, not `1.0`; an empty cell, not `nan`."""
    lines = [x for x in (figures / "f" / "system-view.csv").read_text().splitlines() if not x.startswith("#")]
    header, first_site, first_edge = lines[0].split(","), lines[1].split(","), lines[5].split(",")
    assert header[:3] == ["is_edge", "site", "site_b"]
    assert first_site[:3] == ["0", "1", ""] and first_site[-2:] == ["", ""]
    assert first_edge[:5] == ["1", "1", "2", "", ""]
    assert all("nan" not in x for x in lines)
    law = [x.split(",") for x in (figures / "f" / "fourier-law.csv").read_text().splitlines() if x[0] != "#"]
    assert law[1][1:3] == ["1", "2"]
    kappa = [
        x.split(",") for x in (figures / "f" / "conductivity-measured.csv").read_text().splitlines() if x[0] != "#"
    ]
    assert all(row[4].isdigit() for row in kappa[1:])


def test_correlation_command_exports_f_and_its_fit(tmp_path):
    csv, svg = tmp_path / "f.csv", tmp_path / "f.svg"
    assert main(["correlation", "--preset", "fig2", "--csv", str(csv), "--plot", str(svg)]) == 0
    table = read_csv(csv)
    tau, f = table.column("tau"), table.column("f")
    meta = {k: float(v) for k, v in table.metadata.items() if k in ("gamma", "tau_c", "heisenberg_time", "fit.slope")}
    window = (tau >= 2 * meta["tau_c"]) & (tau <= 0.25 * meta["heisenberg_time"])
    assert np.polyfit(tau[window], f[window], 1)[0] == pytest.approx(meta["fit.slope"], rel=1e-9)
    assert meta["fit.slope"] / meta["gamma"] == pytest.approx(1.0, abs=0.05)  # Fermi's golden rule, eq. (10)
    np.testing.assert_allclose(table.column("asymptote"), meta["gamma"] * tau + float(table.metadata["fit.intercept"]))
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "<path" in svg.read_text(encoding="utf-8")


def test_sweep_plot_is_written(tmp_path):
    png = tmp_path / "s.png"
    argv = ["sweep", "--sites", "3", "--levels", "20", "--points", "41", "--vary", "levels", "--values", "20,40,80"]
    assert main([*argv, "--seeds", "2", "--workers", "2", "--csv", str(tmp_path / "s.csv"), "--plot", str(png)]) == 0
    assert png.read_bytes()[:8] == PNG
    assert main([*argv, "--csv", str(tmp_path / "t.csv"), "--plot", str(tmp_path / "s.gif")]) == 2


# --- provenance -----------------------------------------------------------------------------------
KEYS = ("app_version", "python", "numpy", "scipy", "pyside6", "blas", "os", "cpus", "action", "seeds")


def test_every_file_says_how_it_was_made(tmp_path):
    import numpy

    argv = ["simulate", *SMALL, "--seed", "7", "--csv", str(tmp_path / "r.csv"), "--json", str(tmp_path / "r.json")]
    assert main(argv) == 0
    meta = read_csv(tmp_path / "r.csv").metadata
    for key in KEYS:
        assert f"provenance.{key}" in meta, key
    assert meta["provenance.action"] == "fourier-gui " + " ".join(argv)
    assert meta["provenance.numpy"] == numpy.__version__ and meta["provenance.seeds"] == "7"
    assert "openblas" in meta["provenance.blas"].lower() or "mkl" in meta["provenance.blas"].lower()
    summary = json.loads((tmp_path / "r.json").read_text())
    assert summary["provenance"]["action"] == meta["provenance.action"]
    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=Path(__file__).parent)
    if head.returncode == 0:  # a checkout: the revision is the commit the code ran from
        assert meta["provenance.revision"].split("-")[0] == head.stdout.strip()[:12]


def test_sweeps_and_sessions_carry_provenance(tmp_path):
    from fourier_gui.io.provenance import action
    from fourier_gui.io.session import write_session
    from fourier_gui.io.sweep_files import read_sweep_csv
    from fourier_gui.physics import SimulationParameters

    argv = ["sweep", "--sites", "3", "--levels", "20", "--points", "41", "--vary", "levels", "--values", "20,40"]
    argv += ["--seeds", "3", "--seed", "10", "--workers", "2", "--csv", str(tmp_path / "s.csv"), "--quiet"]
    assert main(argv) == 0
    meta, _ = read_sweep_csv(tmp_path / "s.csv")
    assert meta["provenance.seeds"] == "10,11,12" and meta["provenance.action"].endswith("--quiet")
    with action("window: Save session"):
        write_session(tmp_path / "x.json", SimulationParameters(seed=3, initial_seed=9))
    prov = json.loads((tmp_path / "x.json").read_text())["provenance"]
    assert prov["action"] == "window: Save session" and prov["seeds"] == "3,9"
    assert set(KEYS) <= set(prov)


def test_the_window_exports_every_figure_and_says_so(qtbot, open_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from fourier_gui.io.run_figures import RUN_FIGURES, figure_tables
    from fourier_gui.physics import SimulationParameters

    window = open_window(SimulationParameters(sites=4, levels=40, lam=0.05 / 80, points=61))
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.start_run()
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    figure_menu = next(a.menu() for a in menu.actions() if a.menu() and "figure data" in a.text())
    assert len(figure_menu.actions()) == len(figure_tables()) == 5
    for data, entry in zip(figure_tables(), figure_menu.actions(), strict=True):
        path = tmp_path / f"{data.file}.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=path, **k: (str(p), ""))
        entry.trigger()
        saved = read_csv(path)
        expected = data.build(window.model.result, window.run_view.current_time_index())
        np.testing.assert_array_equal(saved.data.reshape(expected.data.shape), expected.data)
        assert saved.metadata["provenance.action"].startswith("window: Export")
    plot_menu = next(a.menu() for a in menu.actions() if a.menu() and "plot" in a.text())
    titles = [a.text() for a in plot_menu.actions()]
    assert titles == [f"{figure.title}…" for figure in RUN_FIGURES]  # the plots of the same list
    assert any("Fourier's law" in t for t in titles) and any("spreading" in t for t in titles)


def test_level_diagram_bins_sum_to_the_site_probabilities(figures):
    levels = read_csv(figures / "f" / "level-diagram.csv")
    run = read_csv(figures / "run.csv")
    site = levels.column("site")
    for mu in range(1, 5):
        total = levels.column("population")[site == mu].sum()
        assert total == pytest.approx(run.column(f"exact_P{mu}")[-1], abs=1e-6)  # bins stored as float32
    first, last = levels.column("first_level")[site == 1], levels.column("last_level")[site == 1]
    assert first[0] == 1 and last[-1] == 60 and np.all(first[1:] == last[:-1] + 1)  # the bins tile the band


def test_a_graph_has_no_level_diagram_but_every_other_figure(tmp_path):
    argv = ["simulate", "--sites", "4", "--levels", "30", "--geometry", "ring", "--points", "41", "--quiet"]
    assert main([*argv, "--csv", str(tmp_path / "r.csv"), "--figures", str(tmp_path / "f")]) == 0
    names = {p.name for p in (tmp_path / "f").iterdir()}
    assert "level-diagram.csv" not in names and {"system-view.csv", "fourier-law.csv"} <= names
    edges = read_csv(tmp_path / "f" / "system-view.csv")
    assert (edges.column("is_edge") == 1).sum() == 4  # a ring of four has four edges
