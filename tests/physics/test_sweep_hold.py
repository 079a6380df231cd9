"""The one rule of what a sweep holds (physics/sweeps.default_hold, SweepSpec.point_parameters): c1 when n
varies and λ does not, λ otherwise; a held c1 = 2λn/δε (eq. 14) is the base's at every point."""

import pytest

from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.sweeps import SweepSpec, default_hold

BASE = SimulationParameters(sites=3, levels=100, lam=2.5e-4, bandwidth=0.05)  # c1 = 2·2.5e-4·100/0.05 = 1


@pytest.mark.parametrize(
    ("vary", "vary2", "held"),
    [
        ("levels", None, "c1"),  # the paper's Fig. 3 protocol
        ("sites", None, "lam"),
        ("lam", None, "lam"),
        ("bandwidth", None, "lam"),
        ("samples", None, "lam"),
        ("mode", None, "lam"),
        ("lam", "levels", "lam"),  # λ is what varies: nothing to rescale
        ("levels", "lam", "lam"),
        ("levels", "sites", "c1"),
        ("bandwidth", "levels", "c1"),
        ("sites", "bandwidth", "lam"),  # the window held c1 here before, the command line λ
        ("samples", "sites", "lam"),
    ],
)
def test_what_a_sweep_holds_follows_from_what_it_varies(vary, vary2, held):
    assert default_hold(vary, vary2) == held
    values2 = (1.0, 2.0) if vary2 is not None else ()
    assert SweepSpec(BASE, vary, (1.0,), vary2=vary2, values2=values2).hold == held  # "auto" resolves to it
    assert SweepSpec(BASE, vary, (1.0,), hold="lam" if held == "c1" else "c1", vary2=vary2).hold != held  # asked


def closed_form_c1(p: SimulationParameters) -> float:
    return 2 * p.lam * p.levels / p.bandwidth


def test_a_held_c1_is_the_bases_at_every_point_of_an_n_sweep():
    base = BASE.with_changes(lam=5e-4)  # c1 = 2 at n = 100
    spec = SweepSpec(base, "levels", (50.0, 100.0, 400.0), seeds=1).validated()
    assert spec.hold == "c1"
    for n in (50, 100, 400):
        p = spec.point_parameters(n)
        assert p.levels == n
        assert p.lam == pytest.approx(2.0 * 0.05 / (2 * n), rel=1e-14)  # λ = c1·δε/(2n)
        assert closed_form_c1(p) == pytest.approx(2.0, rel=1e-14)


def test_a_held_c1_follows_both_n_and_the_band_width_on_a_grid():
    spec = SweepSpec(BASE, "levels", (100.0, 200.0), vary2="bandwidth", values2=(0.02, 0.1)).validated()
    assert spec.hold == "c1"
    for n, width in spec.points():
        p = spec.point_parameters(n, width)
        assert (p.levels, p.bandwidth) == (n, width)
        assert p.lam == pytest.approx(width / (2 * n), rel=1e-14)  # c1 = 1 kept
        assert closed_form_c1(p) == pytest.approx(1.0, rel=1e-14)


@pytest.mark.parametrize(("vary", "values", "vary2", "values2"), [("sites", (3.0, 5.0), "bandwidth", (0.02, 0.1))])
def test_a_held_lambda_lets_c1_move_with_the_point(vary, values, vary2, values2):
    spec = SweepSpec(BASE, vary, values, vary2=vary2, values2=values2).validated()
    assert spec.hold == "lam"
    c1s = set()
    for value, value2 in spec.points():
        p = spec.point_parameters(value, value2)
        assert p.lam == BASE.lam
        assert closed_form_c1(p) == pytest.approx(2 * 2.5e-4 * 100 / value2, rel=1e-14)
        c1s.add(round(closed_form_c1(p), 12))
    assert c1s == {2.5, 0.5}


def test_an_explicit_hold_wins_over_the_rule():
    spec = SweepSpec(BASE, "levels", (50.0, 400.0), hold="lam").validated()
    assert [spec.point_parameters(n).lam for n in (50, 400)] == [BASE.lam, BASE.lam]
    assert [closed_form_c1(spec.point_parameters(n)) for n in (50, 400)] == pytest.approx([0.5, 4.0], rel=1e-14)
