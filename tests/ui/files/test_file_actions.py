"""File and Edit commands of the window (ui/files/file_actions.py): exports that read back equal, with the
parameters of the data, sessions, plots as PNG or SVG."""

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fourier_gui.engine.run_model import RunState
from fourier_gui.io.results_csv import read_csv
from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


def test_export_csv_through_the_menu_reads_back_equal(qtbot, window, run_to_end, tmp_path, monkeypatch):
    run_to_end(window)
    path = tmp_path / "run.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    file_menu = window.menuBar().actions()[0].menu()
    export = next(a for a in file_menu.actions() if a.text().startswith("Export data as"))
    export.trigger()
    table = read_csv(path)
    np.testing.assert_array_equal(table.column("t"), window.model.result.times)
    np.testing.assert_array_equal(table.data[:, 1:5], window.model.result.exact)
    np.testing.assert_array_equal(table.data[:, 5:9], window.model.result.ham)
    assert table.metadata["param.levels"] == "30"


@pytest.mark.slow
def test_session_round_trip_with_results(qtbot, window, run_to_end, tmp_path, monkeypatch):
    run_to_end(window)
    path = tmp_path / "s.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.action["save_session"].trigger()
    saved = window.model.result
    window.reset_run()
    window.panel.sites.setValue(2)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.action["open_session"].trigger()
    assert window.panel.parameters() == SMALL.validated()
    np.testing.assert_array_equal(window.model.result.exact, saved.exact)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_export_plot_as_png_or_svg(qtbot, window, run_to_end, tmp_path, monkeypatch, suffix):
    run_to_end(window)
    path = tmp_path / f"plot.{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.files.export_plot(window.run_view.dynamics.widget)
    data = path.read_bytes()
    if suffix == "png":
        from PySide6.QtGui import QImage

        image = QImage(str(path))
        assert image.width() >= 1920  # presentation resolution
    else:  # vector output that parses, with the curves and symbols as paths (pyqtgraph #3485 mended)
        import xml.dom.minidom

        document = xml.dom.minidom.parseString(data)
        assert document.documentElement.tagName == "svg"
        shapes = sum(len(document.getElementsByTagName(tag)) for tag in ("path", "polyline", "polygon"))
        assert shapes > 100  # Qt writes a symbol as a path or, when its outline is straight, a polyline


@pytest.mark.slow
def test_dialog_helper_adds_the_chosen_extension_and_reports_write_errors(
    qtbot, window, run_to_end, tmp_path, monkeypatch
):
    run_to_end(window)
    bare = tmp_path / "figure"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bare), "SVG drawing (*.svg)"))
    window.files.export_plot(window.run_view.dynamics.widget)
    assert (tmp_path / "figure.svg").exists() and not bare.exists()
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    missing = tmp_path / "no such folder" / "s.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    window.action["save_session"].trigger()  # the write fails: a dialog, no exception, no file
    assert errors and "s.json" in errors[0] and not missing.exists()


def test_stale_results_are_marked_exported_with_their_parameters_and_restorable(
    qtbot, window, run_to_end, tmp_path, monkeypatch
):
    assert run_to_end(window) is RunState.FINISHED
    banner = window.run_view.banner
    assert not banner.isVisible()
    window.panel.field_widgets["lam"].setValue(0.0016)  # the user changes λ after the run
    assert banner.isVisible() and "previous parameters" in banner.label.text()
    assert window.run_view.dynamics.widget.getPlotItem().opacity() < 0.5
    assert window.run_view.conductivity.widget.getPlotItem().opacity() == 1.0  # κ(T) follows the panel: not stale
    path = tmp_path / "stale.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    window.action["export_csv"].trigger()
    table = read_csv(path)
    assert float(table.metadata["param.lam"]) == SMALL.lam  # the data's parameters, not the panel's 0.0016
    np.testing.assert_array_equal(table.data[:, 1:5], window.model.result.exact)
    banner.restore.click()
    assert window.panel.parameters() == SMALL and not banner.isVisible()
    assert window.run_view.dynamics.widget.getPlotItem().opacity() == 1.0


def test_a_reopened_session_is_shown_as_a_run_named_by_its_file(qtbot, window, tmp_path, monkeypatch):
    """A reopened session brought back the welcome card ("Press Run" over its results), shaded every band
    evenly, lost Explain's "What to look for" and left the file unnamed in the title bar."""
    from fourier_gui.execution import simulate
    from fourier_gui.io.presets import load_preset
    from fourier_gui.io.session import write_session

    fig2 = load_preset("fig2").parameters
    path = tmp_path / "my lesson run.fourier.json"
    write_session(path, fig2, simulate(SMALL))  # the panel held fig2, the run was a small one
    window.apply_preset("fourier-law")
    window.welcome.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.action["open_session"].trigger()
    assert window.model.result is not None and not window.welcome.isVisibleTo(window)
    assert "my lesson run.fourier.json" in window.windowTitle() and window.windowFilePath() == str(path)
    html = window.explain.toHtml()
    assert "What to look for" in html and "Fig. 2" in html  # fig2's notes, not the last preset's
    window.run_view.redraw(force=True)
    levels = window.run_view.levels
    shades = [np.unique(strip.image[..., 3]).size for strip in levels.strips]
    assert max(shades) > 1  # level by level, as after a run (one shade per band: the evenly spread fallback)
