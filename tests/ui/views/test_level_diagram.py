"""The level diagram (ui/views/level_diagram.py) before a run shows where the energy starts."""

import pytest

from fourier_gui.physics import SimulationParameters

SMALL = SimulationParameters(sites=3, levels=30, lam=0.0008, bandwidth=0.05, t_max_gamma=5.0, points=41)


@pytest.fixture
def window_parameters():
    return SMALL


@pytest.mark.parametrize(
    ("initial", "labels"), [("band:1", ["1.00", "0.00", "0.00"]), ("band:2", ["0.00", "1.00", "0.00"])]
)
def test_before_the_first_run_the_bands_show_the_initial_state(qtbot, window, initial, labels):
    """P = 0.00 everywhere before the first run, though the energy starts in subunit 1."""
    window.panel.set_parameters(SMALL.with_changes(initial=initial))
    levels = window.run_view.levels
    assert window.run_view.first_view.currentWidget() is levels.widget and window.model.result is None
    assert [label.toPlainText() for label in levels.labels] == [f"P={x}" for x in labels]
    full = labels.index("1.00")
    alpha = [strip.image[..., 3].max() for strip in levels.strips]  # the full band opaque, the others faint
    assert alpha[full] == 255 and max(a for i, a in enumerate(alpha) if i != full) < 64
