"""The Studies tab "Where diffusion ends", driven as a user would (pytest-qt, offscreen)."""

import math

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fourier_gui.engine.engine import EngineState
from fourier_gui.engine.jobs import JobEnd
from fourier_gui.io.sweep_files import read_sweep_csv
from fourier_gui.physics.diffusion_range import DiffusionRangeSpec
from fourier_gui.physics.sweeps import SweepRow, SweepTable
from fourier_gui.ui.studies.diffusion_tab import DiffusionRangeTab


def shown_table(study: DiffusionRangeSpec, ratios: dict[tuple[int, int], float]) -> SweepTable:
    base = study.base()
    table = SweepTable(study.sweep())
    for (point, rep), ratio in ratios.items():
        q = study.modes_used()[point]
        table.add(
            SweepRow(
                point, float(q), rep, rep, base.lam, base.gamma, base.c1, base.c2, math.nan, math.nan,
                "chebyshev", 0.1, mode_rate_ratio=ratio + 0.1, mode_window="diffusive", mode_efold_ratio=ratio,
            )
        )  # fmt: skip
    return table


@pytest.fixture
def tab(qtbot):
    widget = DiffusionRangeTab()
    qtbot.addWidget(widget)
    yield widget
    widget.engine.shutdown()


def test_a_study_is_drawn_with_its_seeds_range_and_both_limits_as_bands(tab, tmp_path, monkeypatch):
    study = DiffusionRangeSpec(sites=60, levels=100, c1=2.0, seeds=2, modes=(1, 10, 59)).validated()
    ratios = {(0, 0): 0.7, (0, 1): 0.8, (1, 0): 0.9, (1, 1): 0.95, (2, 0): 0.5, (2, 1): 0.55}
    tab.show_study(study, shown_table(study, ratios))
    xs, medians = tab.plot.median_item.getData()  # x on a log axis: log10 of the wavelength 2N/q
    np.testing.assert_allclose(10**xs, [120.0, 12.0, 120 / 59])
    np.testing.assert_allclose(medians, [0.75, 0.925, 0.525])
    _, ends = tab.plot.range_item.getData()
    np.testing.assert_allclose(ends, [0.7, 0.8, 0.9, 0.95, 0.5, 0.55])
    _, late = tab.plot.tail_item.getData()  # the late decay's medians beside the first e-fold's
    np.testing.assert_allclose(late, [0.85, 1.025, 0.625])
    lim = study.limits()  # short: under 3.4 sites, long: over 39 sites (c1 = 2, n = 100)
    assert tab.plot.short_region.isVisible() and tab.plot.long_region.isVisible()
    assert 10 ** tab.plot.short_region.getRegion()[1] == pytest.approx(lim.short_wavelength)
    assert 10 ** tab.plot.long_region.getRegion()[0] == pytest.approx(lim.long_wavelength)
    assert tab.grid.rowCount() == 3 and "(long)" in tab.grid.item(0, 2).text()
    assert "(short)" in tab.grid.item(2, 2).text() and "(" not in tab.grid.item(1, 2).text().split(")")[-1]
    assert "(sites)" in tab.plot.plot.getAxis("bottom").labelText
    path = tmp_path / "study.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    tab._on_state(EngineState.IDLE)
    tab.export_button.click()
    meta, rows = read_sweep_csv(path)
    assert meta["study"] == "diffusion-range"
    assert sorted(float(r["rate_ratio"]) for r in rows if r["row"] == "run") == sorted(ratios.values())
    svg = tmp_path / "study.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(svg), ""))
    tab.export_plot_button.click()
    assert "<svg" in svg.read_text(encoding="utf-8")


def test_without_short_modes_no_short_band_is_drawn(tab):
    study = DiffusionRangeSpec(sites=10, levels=400, c1=2.0, seeds=1, modes=(1, 9)).validated()
    tab.show_study(study, shown_table(study, {(0, 0): 0.9, (1, 0): 0.9}))
    assert not tab.plot.short_region.isVisible()  # n = 400, c1 = 2: no wavelength decays within τ_c


def test_bad_modes_are_refused_without_running(tab, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    tab.geometry_box.setCurrentIndex(tab.geometry_box.findData("ring"))
    tab.modes.setText("2,3")
    assert "Cannot run" in tab.estimate.text() and "modes" in tab.estimate.text()
    tab.run_button.click()
    assert shown and "modes" in shown[0] and "even" in shown[0]
    assert tab.engine.state is EngineState.IDLE and tab.table is None


@pytest.mark.slow
def test_a_tiny_study_runs_to_the_end_with_progress_and_time_left(qtbot, tab):
    tab.sites.setValue(10)
    tab.levels.setValue(30)
    tab.samples.setValue(1)
    tab.seeds.setValue(2)
    tab.modes.setText("1,5,9")
    assert "6 runs" in tab.estimate.text() and "≈" in tab.estimate.text()
    with qtbot.waitSignal(tab.engine.finished, timeout=180_000) as blocker:
        tab.run_button.click()
    assert blocker.args[0].status is JobEnd.DONE
    assert tab.progress.value() == tab.progress.maximum() == 6 and "% of the work" in tab.progress.format()
    assert tab.status.text().startswith("Done: 6 runs")
    xs, medians = tab.plot.median_item.getData()
    assert xs.size == 3 and np.all(np.isfinite(medians))
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=10_000)


@pytest.mark.slow
def test_stop_cancels_the_study_and_keeps_what_finished(qtbot, tab):
    tab.sites.setValue(30)
    tab.levels.setValue(60)
    tab.seeds.setValue(4)
    tab.modes.setText("29,15,1")  # the short, fast modes first: one finishes long before the slow q = 1
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.table is not None and len(tab.table.rows) >= 1, timeout=120_000)
    with qtbot.waitSignal(tab.engine.finished, timeout=60_000) as blocker:
        tab.stop_button.click()
    assert blocker.args[0].status is JobEnd.STOPPED
    assert 1 <= len(tab.table.rows) < 12 and tab.status.text().startswith("Stopped")
    qtbot.waitUntil(lambda: tab.engine.state is EngineState.IDLE, timeout=10_000)
    assert tab.run_button.isEnabled() and tab.export_button.isEnabled()
