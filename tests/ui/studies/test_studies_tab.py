"""The Studies tab, driven as a user would (pytest-qt, offscreen)."""

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fourier_gui.engine.engine import EngineState
from fourier_gui.engine.jobs import JobEnd
from fourier_gui.io.sweep_files import read_sweep_csv
from fourier_gui.physics import SimulationParameters

#: Every test here opens the window and runs the physics in it: seconds each.
pytestmark = pytest.mark.slow


@pytest.fixture
def window_parameters():
    return SimulationParameters(sites=3, levels=60, lam=0.05 / 120)


def run_tab(qtbot, tab, values: str, seeds: int) -> None:
    """Fill in a sweep tab's values and seeds, press Run, wait until it is done and can export."""
    tab.values.setText(values)
    tab.seeds.setValue(seeds)
    with qtbot.waitSignal(tab.engine.finished, timeout=120_000) as blocker:
        tab.run_button.click()
    assert blocker.args[0].status is JobEnd.DONE
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=10_000)


def test_tiny_fig3_sweep_runs_to_the_end_and_exports_equal(qtbot, window, tmp_path, monkeypatch):
    tab = window.studies_tab.content.accuracy
    run_tab(qtbot, tab, "20,40,80", 2)
    assert tab.table.complete and tab.grid.rowCount() == 3
    xs, means = tab.means_item.getData()  # as displayed: log10 on both axes
    np.testing.assert_allclose(10**xs, [20, 40, 80], rtol=1e-12)
    np.testing.assert_allclose(10**means, [p["d1_mean"] for p in tab.table.aggregate()], rtol=1e-12)
    assert "Fit: D₁² ∝ n^(" in tab.fit_label.text() and "95 % [" in tab.fit_label.text()
    law = tab.table.power_law()
    band_x, band_low = tab.band_low.getData()
    _, band_high = tab.band_high.getData()
    fit_x, fit_y = tab.fit_item.getData()
    assert band_x.size == fit_x.size > 10  # the interval drawn around the fit, as a shaded band
    assert np.all(band_low <= fit_y + 1e-12) and np.all(fit_y <= band_high + 1e-12)
    assert f"{law.ci95[0]:.2f}" in tab.fit_label.text()
    path = tmp_path / "fig3.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    tab.export_button.click()
    meta, rows = read_sweep_csv(path)
    assert meta["complete"] == "true"
    runs = [r for r in rows if r["row"] == "run"]
    assert [float(r["d1_squared"]) for r in runs] == [r.d1_squared for r in tab.table.rows]
    mean_rows = [float(r["d1_squared"]) for r in rows if r["row"] == "mean"]
    np.testing.assert_allclose(mean_rows, [p["d1_mean"] for p in tab.table.aggregate()], rtol=1e-15)


def test_stop_mid_sweep(qtbot, window):
    tab = window.studies_tab.content.accuracy
    tab.values.setText("100,200,300,400,500")
    tab.seeds.setValue(6)
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.table is not None and len(tab.table.rows) >= 1, timeout=120_000)
    with qtbot.waitSignal(tab.engine.finished, timeout=30_000) as blocker:
        tab.stop_button.click()
    assert blocker.args[0].status is JobEnd.STOPPED
    assert 1 <= len(tab.table.rows) < 30
    qtbot.waitUntil(lambda: tab.engine.state is EngineState.IDLE, timeout=10_000)
    assert tab.run_button.isEnabled() and tab.export_button.isEnabled()


def test_bad_values_are_refused_without_running(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    tab = window.studies_tab.content.accuracy
    tab.values.setText("100, lots")
    tab.run_button.click()
    assert shown and "Values" in shown[0]
    assert tab.engine.state is EngineState.IDLE and tab.table is None


def test_correlation_tab_shows_f_and_its_slope(qtbot, window):
    tab = window.studies_tab.content.correlation
    with qtbot.waitSignal(tab.engine.finished, timeout=60_000):
        tab.compute_button.click()
    study = tab.study
    assert study is not None and study.taus.size == study.f.size
    assert "slope / γ" in tab.status.text()
    x, y = tab.f_item.getData()  # log10 on both axes
    np.testing.assert_allclose(10**x, study.taus, rtol=1e-12)
    np.testing.assert_allclose(10**y, study.f, rtol=1e-12)


def test_regime_buttons_open_the_presets(qtbot, window):
    from PySide6.QtWidgets import QPushButton

    button = next(b for b in window.studies_tab.content.regime.findChildren(QPushButton) if "ballistic" in b.text())
    button.click()
    assert window.panel.parameters().levels == 50 and window.tabs.currentIndex() == 0


def test_correlation_failure_reaches_the_user_as_a_dialog(qtbot, window, monkeypatch):
    def broken(_params):
        raise RuntimeError("no couplings today")

    monkeypatch.setattr("fourier_gui.physics.analysis.parameters_correlation", broken)
    tab = window.studies_tab.content.correlation
    with qtbot.waitSignal(tab.engine.failed, timeout=10_000):
        tab.compute_button.click()
    assert tab.error_box.isVisible() and "no couplings today" in tab.error_box.text()
    assert "Traceback" in tab.error_box.detailedText()
    tab.error_box.close()


def test_fourier_mode_study_plots_rate_over_gamma_q_against_wavelength(qtbot, window, tmp_path, monkeypatch):
    tab = window.studies_tab.content.modes
    tab.sites.setValue(5)
    tab.levels.setValue(80)
    run_tab(qtbot, tab, "1,2,4", 1)
    xs, means = tab.means_item.getData()  # x on a log axis: log10 of the wavelength 2N/q
    np.testing.assert_allclose(10**xs, [10.0, 5.0, 2.5])
    ratios = [r.mode_rate_ratio for r in tab.table.rows]
    np.testing.assert_allclose(means, ratios)  # one seed: the mean is the run
    assert all(0.5 < r < 1.5 for r in ratios)  # a diffusive chain: close to HAM's γ_q
    path = tmp_path / "modes.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    tab.export_button.click()
    metadata, rows = read_sweep_csv(path)
    assert metadata["vary"] == "mode" and metadata["figure"] == "mode-rate"
    assert [float(r["mode_rate_ratio"]) for r in rows if r["row"] == "run"] == pytest.approx(ratios)


def test_grid_tab_runs_a_tiny_grid_and_exports_table_and_heat_map(qtbot, window, tmp_path, monkeypatch):
    tab = window.studies_tab.content.grid
    window.studies_tab.content.setCurrentWidget(tab)
    tab.values.setText("5e-4,2e-3")
    tab.values2.setText("20,40")
    tab.seeds.setValue(1)
    tab.base = tab.base.with_changes(sites=3, points=41)
    with qtbot.waitSignal(tab.engine.finished, timeout=120_000) as blocker:
        tab.run_button.click()
    assert blocker.args[0].status is JobEnd.DONE and tab.table.complete
    image = tab.heat.image.image
    assert image.shape == (2, 2)  # rows λ, columns n
    means = {(p["value"], p["value2"]): p["quantity_mean"] for p in tab.table.aggregate()}
    np.testing.assert_allclose(10 ** image[1, 0], means[(2e-3, 20.0)], rtol=1e-12)  # log10 colour of D₁²
    assert len(tab.heat.labels) == 4
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=10_000)
    csv, png = tmp_path / "grid.csv", tmp_path / "grid.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv), ""))
    tab.export_button.click()
    meta, rows = read_sweep_csv(csv)
    assert meta["vary2"] == "levels" and sum(r["row"] == "run" for r in rows) == 4
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(png), ""))
    tab.export_plot_button.click()
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_a_bad_scheduler_address_fails_the_sweep_with_its_reason(qtbot, window):
    window.studies_tab.content.scheduler.setText("nonsense://x")
    tab = window.studies_tab.content.grid
    tab.values.setText("5e-4")
    tab.values2.setText("20")
    tab.seeds.setValue(1)
    with qtbot.waitSignal(tab.engine.failed, timeout=30_000) as blocker:
        tab.run_button.click()
    assert "--dask" in blocker.args[0].reason or "nonsense" in blocker.args[0].reason
    assert tab.error_box.isVisible()
    tab.error_box.close()


def test_correlation_tab_exports_csv_and_plot(qtbot, window, tmp_path, monkeypatch):
    tab = window.studies_tab.content.correlation
    assert not tab.export_csv_button.isEnabled()
    with qtbot.waitSignal(tab.engine.item, timeout=60_000):
        tab.compute_button.click()
    qtbot.waitUntil(lambda: tab.export_csv_button.isEnabled(), timeout=10_000)
    csv, svg = tmp_path / "f.csv", tmp_path / "f.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv), ""))
    tab.export_csv_button.click()
    from fourier_gui.io.results_csv import read_csv

    table = read_csv(csv)
    np.testing.assert_array_equal(table.column("f"), tab.study.f)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(svg), ""))
    tab.export_plot_button.click()
    assert "<svg" in svg.read_text(encoding="utf-8")


def test_study_tabs_keep_their_whole_names(qtbot, window):
    bar = window.studies_tab.content.tabBar()
    assert bar.elideMode() == Qt.TextElideMode.ElideNone and window.studies_tab.content.usesScrollButtons()
    assert "Correlation" in [bar.tabText(i) for i in range(bar.count())]
    assert "Correlation f(τ) (eq. 9)" in [bar.tabToolTip(i) for i in range(bar.count())][2]


@pytest.mark.parametrize("width", [1024, 1366])
def test_every_study_tab_is_shown_whole_beside_the_scheduler_at_classroom_widths(qtbot, window, width):
    """At 1024×768 the third tab's name ran under the scroll arrows ("Correlation f"): all fit, whole."""
    window.resize(width, 768)
    window.show()
    window.tabs.setCurrentWidget(window.studies_tab)
    qtbot.waitUntil(lambda: window.studies_tab.built, timeout=10_000)
    content = window.studies_tab.content
    qtbot.waitUntil(content.isVisible, timeout=5_000)
    bar = content.tabBar()
    qtbot.wait(50)
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        assert rect.left() >= 0 and rect.right() <= bar.width(), (bar.tabText(i), rect, bar.width())
        assert rect.width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i))


def test_modes_outside_the_diffusive_window_are_ringed_and_said_in_the_table(qtbot, window):
    """A mode sweep's points outside diffusion's window (docs/physics.md §5) are ringed on the plot and marked
    in the table; the inside ones are not."""
    from fourier_gui.physics.sweeps import SweepRow, SweepSpec, SweepTable

    tab = window.studies_tab.content.modes
    base = SimulationParameters(sites=30, levels=100, lam=0.05 / 100, bandwidth=0.05)
    spec = SweepSpec(base, "mode", (1.0, 5.0, 25.0), 1, quantity="mode-rate")
    windows = ("long", "diffusive", "short")  # q = 1, 5, 25 of this chain (tests/physics/test_mode_window.py)
    table = SweepTable(spec)
    for point, (q, window_name) in enumerate(zip(spec.values, windows, strict=True)):
        table.add(
            SweepRow(
                point,
                q,
                0,
                0,
                base.lam,
                base.gamma,
                2.0,
                0.01,
                math.nan,
                math.nan,
                "chebyshev",
                0.1,
                mode_rate_ratio=0.9,
                mode_window=window_name,
            )
        )
    tab.show_table(table)
    xs, _ = tab.outside_item.getData()
    assert sorted(np.round(10**xs, 6)) == [2 * 30 / 25, 2 * 30 / 1]  # the wavelengths 2N/q of q = 25 and q = 1
    texts = [tab.grid.item(row, 2).text() for row in range(3)]
    assert "too long" in texts[0] and "(" not in texts[1] and "too short" in texts[2]
