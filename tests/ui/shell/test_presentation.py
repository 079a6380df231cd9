"""The compact layout and presentation mode (ui/shell/window_layout.py): views, docks, the welcome card and
plot styles come and go as they should."""

import pytest

from fourier_gui.engine.run_model import RunState
from fourier_gui.physics import SimulationParameters
from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


def test_small_views_come_back_after_the_compact_layout(qtbot, window):
    """F5 and back at 1366 px and wider: the small views left as tabs returned hidden, with no width."""
    rv = window.run_view
    window.resize(1800, 1000)
    for compact in (False, True, False):
        rv.set_compact(compact)
        qtbot.wait(10)
    _central, bottom = rv.splitters
    assert all(view.isVisible() for view in rv._small_views())
    assert len(bottom.sizes()) == 3 and min(bottom.sizes()) > 0


def test_f1_brings_explain_to_the_front_in_the_compact_layout(qtbot, window):
    """Below 1400 px Explain is a tab behind Parameters: F1 (and the welcome card's Explain) must show its text."""
    window.resize(1024, 700)
    window.layout_fit.arrange(1024)
    assert window.layout_fit.compact
    window.action["explain"].trigger()
    qtbot.waitUntil(lambda: window.explain.isVisible(), timeout=2_000)
    assert not window.explain.visibleRegion().isEmpty()


def test_presentation_mode_folds_the_welcome_card_and_brings_it_back(qtbot, open_window):
    w = open_window(None)
    w.welcome.show()
    w.set_presentation(True)
    assert not w.welcome.isVisibleTo(w)  # P_μ(t) keeps its height on the projector
    w.set_presentation(False)
    assert w.welcome.isVisibleTo(w)


def test_the_welcome_card_does_not_come_back_after_a_run(qtbot, open_window, run_to_end):
    """It says "Press Run…": after F5, a run and F5 again it was back over the plots."""
    from fourier_gui.io.presets import load_preset

    w = open_window(load_preset("fig2").parameters.with_changes(points=11))
    w.welcome.show()
    w.set_presentation(True)
    assert run_to_end(w) is RunState.FINISHED
    w.set_presentation(False)
    assert not w.welcome.isVisibleTo(w)


def test_the_system_views_numbers_follow_presentation_type(qtbot, open_window):
    """Site numbers and the colour bar stayed ≈ 9 px on the projector."""
    w = open_window(SimulationParameters(sites=8, levels=20, lam=2e-3, geometry="ring"))
    system = w.run_view.system
    assert system.labels
    w.set_presentation(True)
    size = system.style.font_pt
    assert size >= 14 and all(label.textItem.font().pointSize() == size for label in system.labels)
    assert system.colour_bar.axis.style["tickFont"].pointSize() == size


def test_legend_markers_stay_opaque_when_presentation_pales_the_points(qtbot, open_window):
    w = open_window(SimulationParameters(sites=6, levels=50, lam=5e-4))
    w.set_presentation(True)
    assert w.run_view.dynamics.exact[3].opts["brush"].color().alpha() < 255  # the points: pale under HAM's lines
    assert all(marker.opts["brush"].color().alpha() == 255 for marker in w.run_view.dynamics.markers)
    labels = [label.text for _sample, label in w.run_view.dynamics.legend.items]
    assert labels[:6] == [f"site {mu}" for mu in range(1, 7)]


def test_presentation_puts_one_view_on_the_stage_and_back(qtbot, window):
    """In F5 P_μ(t) alone fills the Dynamics tab (κ(T) had 70 px, P_μ(t) 75 px, on a 1024×768 projector);
    off, the small views are back under it, P_μ(t) keeping the larger share."""
    rv = window.run_view
    central, _bottom = rv.splitters
    window.set_presentation(True)
    assert rv.staging.on and rv.staging.layout.indexOf(rv.dynamics.widget) == 0
    assert not any(view.isVisible() for view in rv._small_views()) and rv.staging.strip.isVisible()
    rv.set_compact(not rv.compact)  # a resize on the stage: the layout waits for F5 off
    assert rv.staging.layout.indexOf(rv.dynamics.widget) == 0
    window.set_presentation(False)
    assert central.count() == 2 and central.widget(0) is rv.dynamics.widget and not rv.staging.strip.isVisible()
    rv.set_compact(False)
    rv.set_compact(True)
    top, low = central.sizes()
    assert top > 1.3 * low  # in the normal type P_μ(t), the lesson's main plot, keeps the larger share


def test_curves_keep_their_thickness_on_a_200_percent_screen(qtbot, window, monkeypatch):
    """Pens are drawn in device pixels: at 4K and 200 % HAM's lines were hairlines."""
    window.apply_plot_style()
    normal = window.run_view.dynamics.ham[0].opts["pen"].widthF()
    monkeypatch.setattr(window, "devicePixelRatioF", lambda: 2.0)
    window.apply_plot_style()
    assert window.run_view.dynamics.ham[0].opts["pen"].widthF() == pytest.approx(2 * normal)
