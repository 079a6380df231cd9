"""The Explain panel (ui/shell/explain.py) follows the parameters."""

import pytest

from fourier_gui.physics import SimulationParameters

#: The window's parameters here: a run of a fraction of a second.
SMALL = SimulationParameters(sites=4, levels=30, lam=0.0008, bandwidth=0.05, t_max_gamma=5.0, points=41)


@pytest.fixture
def window_parameters():
    return SMALL


@pytest.mark.parametrize(
    ("changes", "heading"),
    [
        ({}, "Why equilibrium is 1/N"),
        ({"site_levels": "100,200,300"}, "Where equilibrium lies"),
        ({"site_offsets": "0,0.025,0.05"}, "Bands at different energies"),
    ],
)
def test_explain_says_where_the_excitation_ends_on_each_system(qtbot, window, changes, heading):
    """On the disorder preset Explain said 'Why equilibrium is 1/N' while P₁ stayed near 0.95."""
    window.panel.set_parameters(SimulationParameters(sites=3, levels=100, lam=2e-4, **changes))
    assert heading in window.explain.toHtml()
