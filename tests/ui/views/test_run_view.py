"""The run's views before and between runs (ui/views/run_view.py)."""

import pytest

from fourier_gui.physics import SimulationParameters
from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


def test_before_a_run_the_time_axis_spans_the_run_to_come(qtbot, window):
    window.panel.set_parameters(SimulationParameters(levels=100, lam=2e-4, t_max_gamma=5.0))
    low, high = window.run_view.dynamics.plot.viewRange()[0]
    t_max = SimulationParameters(levels=100, lam=2e-4, t_max_gamma=5.0).resolved_t_max
    assert low <= 0 < high and high == pytest.approx(t_max, rel=0.05)


def test_the_profile_legend_keeps_ham_when_the_number_of_sites_changes(qtbot, window):
    for sites in (3, 10, 4):
        window.panel.set_parameters(SimulationParameters(sites=sites, levels=100, lam=2e-4))
        labels = [label.text for _sample, label in window.run_view.profile.legend.items]
        assert labels.count("HAM") == 1 and "exact" in labels, (sites, labels)
