"""A system of unequal subunits or bonds is summarised by its own bonds (docs/physics.md §6): γ, c1 and c2 of
each bond from eqs. (10) and (14) with its own bands' n, the slowest γ, the smallest c1 and the largest c2 in
the headline, and the run's length in 1/γ of the slowest bond. Checked against the formulas written out here."""

import math

import pytest

from fourier_gui.physics.parameters import SimulationParameters

BANDWIDTH = 0.05
LAM = 5e-4


def by_hand(n_a: int, n_b: int, lam: float = LAM) -> tuple[float, float, float]:
    fewer, more = min(n_a, n_b), max(n_a, n_b)
    return 2 * math.pi * lam**2 * fewer / BANDWIDTH, 2 * lam * fewer / BANDWIDTH, lam**2 * more / BANDWIDTH**2


def test_the_headline_of_unequal_subunits_comes_from_their_bonds_not_the_global_n():
    p = SimulationParameters(sites=3, levels=500, lam=LAM, bandwidth=BANDWIDTH, site_levels="60,120,240")
    bonds = [by_hand(60, 120), by_hand(120, 240)]
    assert p.gamma == pytest.approx(min(b[0] for b in bonds), rel=1e-12)
    assert p.c1 == pytest.approx(min(b[1] for b in bonds), rel=1e-12)  # 1.2, where n = 500 said 10
    assert p.c2 == pytest.approx(max(b[2] for b in bonds), rel=1e-12)
    assert p.c1 == pytest.approx(1.2) and p.c1 != pytest.approx(2 * LAM * 500 / BANDWIDTH)
    rates, c1, c2 = p.bond_figures
    assert c1.tolist() == pytest.approx([b[1] for b in bonds])
    assert rates.tolist() == pytest.approx([b[0] for b in bonds]) and c2.tolist() == pytest.approx(
        [b[2] for b in bonds]
    )


def test_the_run_length_in_relaxation_times_is_the_slowest_bonds():
    p = SimulationParameters(sites=3, levels=500, lam=LAM, bandwidth=BANDWIDTH, site_levels="60,120,240", t_max_gamma=8)
    slowest = by_hand(60, 120)[0]
    assert p.validated().resolved_t_max == pytest.approx(8 / slowest, rel=1e-12)


def test_bonds_of_their_own_lambda_set_the_headline_too():
    p = SimulationParameters(sites=3, levels=200, lam=LAM, bandwidth=BANDWIDTH, bond_lam="2e-4,6e-4")
    assert p.gamma == pytest.approx(by_hand(200, 200, 2e-4)[0]) and p.c2 == pytest.approx(by_hand(200, 200, 6e-4)[2])


@pytest.mark.parametrize("geometry", ["chain", "ring"])
def test_equal_bonds_keep_the_global_formulas_bit_for_bit(geometry):
    p = SimulationParameters(sites=4, levels=300, lam=LAM, bandwidth=BANDWIDTH, geometry=geometry)
    assert p.equal_bonds and p.gamma == 2.0 * math.pi * LAM * LAM * 300 / BANDWIDTH


def test_the_json_summary_lists_every_bond():
    from fourier_gui.execution import simulate
    from fourier_gui.io.summary import run_summary

    p = SimulationParameters(
        sites=3, levels=500, lam=2e-4, bandwidth=BANDWIDTH, site_levels="60,120,240", t_max_gamma=1, points=11
    )
    summary = run_summary(simulate(p))
    assert [(b["a"], b["b"]) for b in summary["bonds"]] == [(1, 2), (2, 3)]
    expected = [by_hand(60, 120, 2e-4), by_hand(120, 240, 2e-4)]
    assert [b["gamma"] for b in summary["bonds"]] == pytest.approx([e[0] for e in expected])
    assert summary["gamma"] == pytest.approx(expected[0][0]) and summary["c1"] == pytest.approx(expected[0][1])
