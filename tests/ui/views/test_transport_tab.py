"""The Transport tab driven as a user would: the two presets show Fourier's law holding and failing."""

import numpy as np
import pytest

from fourier_gui.engine.run_model import RunState
from fourier_gui.io.presets import load_preset

#: Every test here opens the window and runs the physics in it: seconds each.
pytestmark = pytest.mark.slow


@pytest.fixture
def run_preset(run_to_end):
    """Choose a preset in the window and run it to the end."""

    def run(w, name):
        w.apply_preset(name)
        assert run_to_end(w, timeout=120_000) is RunState.FINISHED

    return run


@pytest.mark.parametrize(("preset", "holds"), [("fourier-law", True), ("no-fourier-law", False)])
def test_presets_show_fouriers_law_holding_and_failing(qtbot, window, run_preset, preset, holds):
    run_preset(window, preset)
    window.tabs.setCurrentWidget(window.run_view.transport)  # the tab drawn when shown, after the run
    view = window.run_view.transport
    fit, verdict = window.model.result.transport.fourier, window.model.result.transport.verdict
    assert fit is not None and verdict is not None
    assert verdict.verdict == ("holds" if holds else "fails")
    assert view.verdict.text().startswith("Fourier's law holds" if holds else "No Fourier's law")
    # plain words on screen, the test's numbers (χ², thresholds) in the tooltip
    assert view.verdict.text() == verdict.plain and "χ²" not in view.verdict.text()
    assert verdict.reason in view.verdict.toolTip()
    assert window.panel.law_badge.text() == ("holds" if holds else "fails")
    assert verdict.reason in window.panel.law_badge.toolTip()
    assert window.last_status.endswith(verdict.label)  # the status line says the same, no second number
    x, _y = view.law_points.getData()
    assert x.size == fit.points  # every (bond, time) pair of the fit is on the plot
    # the fitted line drawn is the fit's slope
    lx, ly = view.law_fit.getData()
    assert ly[-1] / lx[-1] == pytest.approx(fit.gamma_fit)
    _sx, sy = view.sigma_exact.getData()  # log–log: the item holds log10 of the data
    r = window.model.result
    np.testing.assert_allclose(10**sy, r.sigma2[r.times > 0], rtol=1e-12)
    kappa = window.model.result.transport.kappa
    mx, _my = window.run_view.conductivity.measured.getData()
    assert mx.size >= 1 and set(mx) <= set(kappa.temperature)  # the fuller bins, never one the run did not measure


def test_playback_drives_the_transport_views(qtbot, window, run_preset):
    run_preset(window, "fourier-law")
    window.tabs.setCurrentWidget(window.run_view.transport)
    window.run_view.playback.seek(50)
    window.run_view.redraw(force=True)
    view, r = window.run_view.transport, window.model.result
    _x, y = view.law_now.getData()
    np.testing.assert_allclose(y, r.currents[50])
    assert view.cursors[2].value() == pytest.approx(r.times[50])


def test_measured_conductivity_hides_when_the_parameters_move_on(qtbot, window, run_preset):
    run_preset(window, "fourier-law")
    assert window.run_view.conductivity.measured.isVisible()
    p = load_preset("fourier-law").parameters
    window.panel.set_parameters(p.with_changes(levels=300))
    assert not window.run_view.conductivity.measured.isVisible()


def test_system_view_replaces_the_level_diagram_on_a_graph_and_shows_the_currents(qtbot, window, run_preset):
    window.apply_preset("fig2")
    assert window.run_view.first_view.currentWidget() is window.run_view.levels.widget  # three subunits: Fig. 1
    run_preset(window, "ring")
    view = window.run_view.system
    assert window.run_view.first_view.currentWidget() is view.widget
    assert view.positions.shape == (8, 2) and len(view.arrows) == 8  # a ring: 8 sites, 8 edges
    window.run_view.playback.seek(5)  # early: the energy leaves site 1 both ways
    window.run_view.redraw(force=True)
    j = window.model.result.currents[5]
    assert j[0] > 0 and j[-1] < 0  # 1 → 2, and 8 ← 1 (edge (8, 1) carries it backwards)
    visible = [arrow.isVisible() for arrow in view.arrows]
    assert visible[0] and visible[-1]


def test_clicking_a_site_in_the_system_view_singles_it_out_and_temperature_colours(qtbot, window, run_preset):
    run_preset(window, "ring")
    view = window.run_view.system
    spot = view.nodes.points()[2]
    view._on_click(view.nodes, [spot])  # what a mouse click on site 3 delivers
    opacities = [item.opacity() for item in window.run_view.dynamics.exact]
    assert opacities[2] == 1.0 and max(opacities[:2] + opacities[3:]) < 0.5
    view._on_click(view.nodes, [view.nodes.points()[2]])  # again: all alike
    assert all(item.opacity() == 1.0 for item in window.run_view.dynamics.exact)
    window.run_view.colour_by_temperature(True)
    assert "T<sub>μ</sub>" in view.colour_bar.getAxis("left").labelText
    window.run_view.colour_by_temperature(False)
    assert "P<sub>μ</sub>" in view.colour_bar.getAxis("left").labelText


def test_a_grid_as_a_heat_map_puts_each_site_in_its_cell(qtbot, window):
    window.panel.set_parameters(load_preset("grid-corner").parameters.with_changes(levels=40, samples=1))
    with qtbot.waitSignal(window.run_finished, timeout=120_000):
        window.action["run"].trigger()
    view = window.run_view.system
    view_menu = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    heat_map = next(a for a in view_menu.actions() if "heat map" in a.text())
    heat_map.trigger()  # as from the View menu: checked, and the view follows
    assert heat_map.isChecked() and view.heat.isVisible() and not view.nodes.isVisible()
    image = view.heat.image  # [x = column, y = row counted from the bottom]
    k = window.run_view.current_time_index()
    p = window.model.result.exact[k]
    shade = p / view.p_max
    assert image[0, 3] == pytest.approx(shade[0])  # site 1: top-left corner
    assert image[3, 0] == pytest.approx(shade[15])  # site 16: bottom-right
    window.run_view.show_heat_map(False)
    assert view.nodes.isVisible() and not view.heat.isVisible()


@pytest.mark.parametrize("points", [9, 20])
def test_the_colour_bar_shows_its_values_in_every_type(qtbot, points):
    """In presentation type (20 pt on a 1080-line projector) the bar's values stayed in pyqtgraph's 45 px:
    every label but "0" was dropped."""
    from PySide6.QtGui import QFont, QImage, QPainter

    from fourier_gui.ui.style.plot_style import PlotStyle
    from fourier_gui.ui.views.system_view import SystemView

    view = SystemView()
    qtbot.addWidget(view.widget)
    font = QFont()
    font.setPointSize(points)
    view.widget.setFont(font)  # what the window's type gives every widget
    view.set_system(load_preset("grid-corner").parameters)
    view.set_style(PlotStyle.presentation(points) if points > 9 else PlotStyle.normal())
    view.widget.resize(700, 360)
    view.widget.show()
    qtbot.waitExposed(view.widget)
    view.update(np.linspace(0.01, 0.43, 16), None)
    qtbot.wait(50)
    axis = view.colour_bar.axis
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(view.widget.font())  # what the axis paints with when it has no font of its own
    try:
        texts = [spec[2] for spec in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()
    assert len(texts) >= 3 and "0.4" in texts, texts


@pytest.mark.parametrize("preset", ["ring", "grid-corner", "ten-sites"])
def test_each_site_number_sits_by_its_own_disc_and_on_none(qtbot, preset):
    """On the ring the numbers sat above each disc, between two neighbours ("3" by disc 2), on the grid in the
    gap four discs share ("5" read as disc 1's): each number must be nearest its own site."""
    from fourier_gui.ui.views.system_view import SystemView

    view = SystemView()
    qtbot.addWidget(view.widget)
    view.set_system(load_preset(preset).parameters)
    positions = view.positions
    assert len(view.labels) == len(positions)
    for mu, label in enumerate(view.labels):
        pos = np.array([label.pos().x(), label.pos().y()])
        distances = np.linalg.norm(positions - pos, axis=1)
        assert int(np.argmin(distances)) == mu, (preset, mu + 1, distances.round(2))
        if preset == "grid-corner":  # on its own disc, on a light patch: the gaps are shared by four discs
            assert distances[mu] < 1e-9
        else:  # beside its disc, off every disc
            assert np.all(distances > view.sizes / 2), (preset, mu + 1)
