"""Habits of good classroom sims: Reset All, sliders, the previous run's ghost, level strips,
the welcome, and file dialogs that remember their folder."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog

from fourier_gui.io.presets import load_preset
from fourier_gui.physics.parameters import SimulationParameters

SMALL = SimulationParameters(sites=3, levels=40, lam=2e-3, bandwidth=0.5, t_max_gamma=2.0, points=21)


@pytest.mark.slow
def test_reset_all_clears_the_run_and_restores_the_preset(qtbot, open_window, run_to_end):
    w = open_window()
    w.apply_preset("ballistic")
    w.panel.levels.setValue(77)
    run_to_end(w)
    w.action["reset"].trigger()
    assert w.model.result is None
    assert w.panel.parameters() == load_preset("ballistic").parameters


def test_the_lambda_slider_sets_the_field_and_the_derived_values_follow(qtbot, open_window):
    w = open_window(SMALL)
    slider = w.panel.sliders["lam"]
    before = w.panel.gamma_label.text()
    slider.setValue(slider.maximum())
    lam = w.panel.parameters().lam
    assert lam == pytest.approx(0.1)
    assert w.panel.gamma_label.text() != before and f"{w.panel.parameters().gamma:.4g}" in w.panel.gamma_label.text()
    w.panel.levels.setValue(500)  # typing moves the slider back in step
    assert w.panel.sliders["levels"].value_at(w.panel.sliders["levels"].value()) == pytest.approx(500, rel=0.02)


@pytest.mark.slow
def test_the_previous_run_is_drawn_as_a_ghost_behind_the_next(qtbot, open_window, run_to_end):
    w = open_window(SMALL)
    run_to_end(w)
    first = w.model.result.exact_mean.copy()
    w.panel.lam.setValue(4e-3)
    run_to_end(w)
    assert len(w.run_view.dynamics.ghost) == 3
    _x, y = w.run_view.dynamics.ghost[0].getData()
    np.testing.assert_allclose(y, first[:, 0])
    w.run_view.set_compare(False)
    assert w.run_view.dynamics.ghost == []


def test_level_strips_shade_each_band_by_its_levels(qtbot, open_window, run_to_end):
    w = open_window(SMALL.with_changes(initial="level:1:40"))  # all in the top level of site 1
    run_to_end(w)
    w.run_view.playback.home()
    w.run_view.redraw(force=True)
    image = w.run_view.levels.strips[0].image
    alpha = image[:, 0, 3]
    assert alpha[-1] == 255 and alpha[:-1].max() < 40  # the top level lit, the rest of the band dark
    assert w.run_view.levels.strips[1].image[:, 0, 3].max() < 40  # site 2 empty at t = 0


@pytest.mark.slow
def test_the_welcome_is_dismissed_for_good_and_comes_back_from_help(qtbot):
    from fourier_gui.ui.shell.main_window import MainWindow
    from fourier_gui.ui.shell.welcome import Welcome

    w = MainWindow(SMALL, restore=True)
    qtbot.addWidget(w)
    w.show()
    assert w.welcome.isVisible() and not Welcome.was_dismissed()
    w.welcome.dismiss()
    assert not w.welcome.isVisible() and Welcome.was_dismissed()
    again = MainWindow(SMALL, restore=True)
    qtbot.addWidget(again)
    again.show()
    assert not again.welcome.isVisible()
    help_welcome = next(a for a in again.menuBar().actions() if a.text() == "&Help").menu().actions()[0]
    help_welcome.trigger()
    assert again.welcome.isVisible()
    again.close()
    w.close()


@pytest.mark.slow
def test_file_dialogs_open_in_the_folder_last_used(qtbot, open_window, run_to_end, tmp_path, monkeypatch):
    w = open_window(SMALL)
    run_to_end(w)
    seen = []
    first = tmp_path / "lesson" / "run.csv"
    first.parent.mkdir()

    def dialog(_parent, _title, start, _filters):
        seen.append(start)
        return str(first), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    w.action["export_csv"].trigger()
    w.action["export_csv"].trigger()
    assert first.exists() and seen[1].startswith(str(first.parent))


@pytest.mark.slow
def test_the_first_small_tab_is_named_after_the_view_it_shows(qtbot, open_window):
    """Ten subunits show the system view in the level diagram's place: its tab must say "System", also when
    the compact layout (a narrow window, presentation mode) is entered after the chain was laid out."""
    view = open_window(SimulationParameters(sites=10, levels=40, lam=0.05 / 80, points=21)).run_view
    view.set_compact(False)
    view._layout_chain(SimulationParameters(sites=10, levels=40))
    view.set_compact(True)
    assert view.bottom_tabs.tabText(0) == "System"
    view._layout_chain(SimulationParameters(sites=3, levels=40))
    assert view.bottom_tabs.tabText(0) == "Levels"


@pytest.mark.slow
def test_a_new_preset_draws_no_ghost_of_the_last_presets_run(qtbot, open_window, run_to_end):
    """weak-bond's curves behind disorder, fig3's behind fig4: a preset is a new experiment."""
    w = open_window(SMALL)
    run_to_end(w)
    w.panel.lam.setValue(4e-3)
    run_to_end(w)
    legend = [label.text for _sample, label in w.run_view.dynamics.legend.items]
    assert w.run_view.dynamics.ghost and "previous run (dashed)" in legend  # the ghost is named in the legend
    w.apply_preset("fig2")
    w.panel.set_parameters(SMALL)  # the same system again, but chosen through a preset
    run_to_end(w)
    assert w.run_view.dynamics.ghost == []
    assert "previous run (dashed)" not in [label.text for _sample, label in w.run_view.dynamics.legend.items]
