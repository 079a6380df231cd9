"""Validation refuses every out-of-range value with the parameter's name and its allowed range."""

import math

import pytest

from fourier_gui.physics import ParameterError, SimulationParameters
from fourier_gui.physics.initial_states import parse_initial_spec

BAD = [
    ("sites", 1),
    ("sites", 2.5),
    ("levels", 0),
    ("bandwidth", 0.0),
    ("bandwidth", 1.0),
    ("bandwidth", math.nan),
    ("lam", 0.0),
    ("lam", -1e-5),
    ("lam", math.inf),
    ("seed", -1),
    ("initial_seed", -3),
    ("ensemble", "gaussian"),
    ("method", "magic"),
    ("samples", 0),
    ("points", 1),
    ("t_max", 0.0),
    ("t_max", -5.0),
    ("initial", "band:4"),
    ("initial", "band:0"),
    ("initial", "level:1"),
    ("initial", "profile:0.5,0.5"),
    ("initial", "profile:0.5,0.6,-0.1"),
    ("initial", "profile:0.5,0.2,0.2"),
    ("initial", "wave:1"),
]


@pytest.mark.parametrize(("name", "value"), BAD)
def test_bad_values_are_refused_by_name(name, value):
    with pytest.raises(ParameterError) as info:
        SimulationParameters(**{name: value}).validated()
    assert info.value.name == name
    assert name in str(info.value) and info.value.allowed


def test_t_max_gamma_refused_when_no_t_max():
    with pytest.raises(ParameterError, match="t_max_gamma"):
        SimulationParameters(t_max_gamma=0.0).validated()
    with pytest.raises(ParameterError, match="t_max"):
        SimulationParameters(t_max_gamma=None).validated()


def test_level_spec_checks_levels_when_known():
    with pytest.raises(ParameterError, match="1 … 5"):
        parse_initial_spec("level:1:6", 3, 5)
    assert parse_initial_spec("level:2:5", 3, 5).level == 5


def test_defaults_are_fig2_and_valid():
    p = SimulationParameters().validated()
    assert (p.sites, p.levels, p.lam, p.bandwidth, p.initial) == (3, 500, 5e-5, 0.05, "band:1")
    assert p.resolved_t_max == pytest.approx(5 / p.gamma)
    assert p.covers_d1_window()


def test_unknown_field_in_dict_is_refused():
    with pytest.raises(ParameterError, match="colour"):
        SimulationParameters.from_dict({"colour": 1})
