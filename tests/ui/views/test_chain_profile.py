"""The chain profile's local temperatures (ui/views/chain_profile.py) in words a class reads."""

import numpy as np
import pytest


@pytest.fixture
def profile(qtbot):
    from fourier_gui.ui.views.chain_profile import ChainProfile

    view = ChainProfile()
    qtbot.addWidget(view.widget)
    return view


@pytest.mark.parametrize("sites", [3, 8, 20])
def test_an_inverted_population_is_named_not_shown_as_a_small_negative_number(profile, sites):
    """At t = 0 the readout said "−0.0346 · 0 · 0": P₁ ≈ 1 is an inverted population, T < 0 is right, and the
    window says so in words, with what it means in the tooltip."""
    profile.set_sites(sites)
    temperatures = np.zeros(sites)
    temperatures[0] = -0.0346
    p = np.zeros(sites)
    p[0] = 1.0
    profile.update(p, p, temperatures)
    text = profile.temperatures.text()
    assert "inverted (T < 0)" in text and "−0.0346" not in text and "-0.0346" not in text
    assert "negative" in profile.temperatures.toolTip()
    temperatures[0] = 0.15  # past the inversion: numbers again, no word of it
    profile.update(p, p, temperatures)
    assert "inverted" not in profile.temperatures.text() and "0.15" in profile.temperatures.text()
    assert "negative" not in profile.temperatures.toolTip()


@pytest.mark.parametrize(
    ("geometry", "sites", "title"),
    [("chain", 4, "Chain"), ("ring", 6, "Ring"), ("grid:3x4", 12, "Grid of 3 × 4"), ("ladder", 8, "Ladder of 2 × 4")],
)
def test_the_profile_and_the_panel_are_titled_by_the_systems_shape(qtbot, window, geometry, sites, title):
    """Ring and grid runs were titled "Chain" (the panel's first group) and "Chain profile"."""
    from fourier_gui.physics import SimulationParameters

    window.panel.set_parameters(SimulationParameters(sites=sites, levels=30, geometry=geometry))
    window.resize(1600, 900)
    window.show()
    profile = window.run_view.profile
    qtbot.waitUntil(profile.plot_widget.isVisible, timeout=5_000)
    profile.plot_widget.resize(500, 300)  # wide enough for the long title: the fitter's choice must keep it
    qtbot.wait(20)
    assert profile.plot.titleLabel.text == f"{title} profile"
    assert window.panel.group_boxes["Chain"].title() == title


def test_the_profile_is_painted_whole_at_each_change(profile):
    """Under a bare X server a bar that fell while a run played back left a stretch of its old top painted
    (pyqtgraph's partial updates missed it); the few bars are painted whole each time."""
    from PySide6.QtWidgets import QGraphicsView

    assert profile.plot_widget.viewportUpdateMode() == QGraphicsView.ViewportUpdateMode.FullViewportUpdate
