"""The graphs on presentation mode's stage keep their room (docs/architecture.md, "Screens"): σ²(t) large on the
Transport stage, in γt; P_μ(t)'s legend beside the graph, not under it; a legend click that hides nothing; and
the keys back in the window after a dialog."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from fourier_gui.ui.views.dynamics_plot import FADED
from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


def area(widget) -> tuple[float, float]:
    """A plot's data rectangle (width, height) in pixels, laid out as painted."""
    widget.grab()
    rect = widget.getPlotItem().vb.sceneBoundingRect()
    return rect.width(), rect.height()


def test_the_transport_stage_shows_sigma2_large_in_gamma_t_and_gives_the_grid_back(qtbot, window, run_to_end):
    run_to_end(window)
    transport = window.run_view.transport
    window.set_presentation(True)
    window.tabs.setCurrentIndex(window.tabs.indexOf(transport))
    qtbot.wait(50)
    spread, law, alpha = area(transport.spread), area(transport.law), area(transport.alpha)
    assert not transport.mode.isVisible()  # three plots, not four, share the stage
    assert spread[1] >= 1.5 * max(law[1], alpha[1])
    assert spread[1] >= 0.4 * transport.height()
    result = window.model.result
    for widget in (transport.spread, transport.alpha, transport.mode):  # γt, as the other views in F5
        assert widget.getPlotItem().getAxis("bottom").labelText == "γt"
    end = result.times[result.completed - 1] * result.gamma
    assert transport.cursors[0].value() == pytest.approx(math.log10(end))
    assert transport.mark_gamma.value() == pytest.approx(0.0)  # 1/γ is γt = 1
    transport.law.scene().sigMouseClicked.emit(None)  # a click on a small plot puts it large
    qtbot.wait(50)
    assert transport.large == "fourier-law" and area(transport.law)[1] >= 1.5 * area(transport.spread)[1]
    window.set_presentation(False)
    qtbot.wait(50)
    assert transport.mode.isVisible() and not transport.staged
    assert transport.spread.getPlotItem().getAxis("bottom").labelText.startswith("t (ħ/ΔE)")
    assert transport.cursors[0].value() == pytest.approx(math.log10(result.times[result.completed - 1]))


def test_p_mu_s_legend_stands_beside_the_graph_on_the_stage_and_takes_none_of_its_height(qtbot, window):
    """At 1024 × 768 a second and third row of legend under P_μ(t) (many subunits, a reference run) took
    20–45 px of its 0…1 axis."""
    window.set_presentation(True)
    dynamics = window.run_view.dynamics
    qtbot.wait(50)
    before = area(dynamics.widget)
    legend = dynamics.legend
    assert legend.sceneBoundingRect().left() >= dynamics.plot.vb.sceneBoundingRect().right() - 1
    sites = SMALL.sites
    dynamics.set_ghost(np.linspace(0, 1, 5), np.full((5, sites), 1 / sites), "ordered chain")
    qtbot.wait(50)
    assert area(dynamics.widget)[1] == pytest.approx(before[1], abs=1)  # the reference's entry: no height lost
    dynamics.set_ghost(np.linspace(0, 1, 5), np.full((5, sites), 1 / sites), "a name far too long to stand beside")
    qtbot.wait(50)  # under the graph then: beside it, the graph would be a narrow strip
    assert legend.sceneBoundingRect().top() >= dynamics.plot.vb.sceneBoundingRect().bottom()
    assert area(dynamics.widget)[0] >= 0.9 * before[0]
    window.set_presentation(False)
    qtbot.wait(50)
    assert legend.sceneBoundingRect().top() >= dynamics.plot.vb.sceneBoundingRect().bottom()  # under it again


def test_a_legend_click_highlights_the_site_and_hides_nothing(qtbot, window):
    dynamics = window.run_view.dynamics
    sample = dynamics.legend.items[1][0]  # site 2
    click = SimpleNamespace(button=lambda: Qt.MouseButton.LeftButton, accept=lambda: None)
    sample.mouseClickEvent(click)
    assert all(marker.isVisible() for marker in dynamics.markers)  # no ⊘ on a sample that stands for nothing
    assert dynamics.selected == 1 and dynamics.exact[0].opacity() == FADED and dynamics.exact[1].opacity() == 1
    sample.mouseClickEvent(click)  # again: all alike
    assert dynamics.selected is None and dynamics.exact[0].opacity() == 1


def test_the_window_takes_the_keys_back_after_a_dialog(qtbot, window, monkeypatch):
    """Without a window manager nothing gave the focus back to the window when a file dialog closed."""
    activated = []
    monkeypatch.setattr(window, "activateWindow", lambda: activated.append(True))
    dialog = QDialog(window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=2000)
    dialog.hide()
    qtbot.waitUntil(lambda: bool(activated), timeout=2000)
    dialog.deleteLater()


def test_a_new_run_moves_the_time_cursor_to_its_start_before_the_axis_changes(qtbot, window, run_to_end):
    """Lesson 1 step 3 ends at γt = 5, step 4 runs to γt = 10: the cursor stayed at 5 on the new axis while the
    next run prepared, and on a real screen a stretch of it stayed painted after it moved."""
    window.set_presentation(True)
    run_to_end(window)
    dynamics = window.run_view.dynamics
    end = window.model.result.times[-1] * window.model.result.gamma
    assert dynamics.cursor.value() == pytest.approx(end)
    window.panel.set_parameters(SMALL.with_changes(t_max_gamma=10.0))
    moves = []
    dynamics.plot.vb.sigXRangeChanged.connect(lambda *_: moves.append(dynamics.cursor.value()))
    run_to_end(window)
    assert moves and moves[0] == 0.0  # at the start when the axis first moved, not at the last run's end
