"""Where a Fourier mode sits against diffusion's two limits (docs/physics.md §5, "Fourier modes"): its HAM
decay time against the correlation time 2π/δε and the Heisenberg time 2πn/δε, written out here."""

import math

import pytest

from fourier_gui.physics import transport


def by_hand(sites: int, q: int, levels: int, lam: float, bandwidth: float) -> str:
    gamma = 2 * math.pi * lam**2 * levels / bandwidth  # eq. (10)
    gamma_q = 2 * gamma * (1 - math.cos(q * math.pi / sites))
    if gamma_q * 2 * math.pi / bandwidth > 1:  # 1/e within one correlation time
        return "short"
    return "long" if gamma_q * 2 * math.pi * levels / bandwidth < 1 else "diffusive"  # slower than t_H


@pytest.mark.parametrize(("sites", "levels", "c1"), [(30, 100, 2.0), (10, 200, 2.0), (10, 500, 1.0), (100, 300, 3.0)])
def test_the_window_of_every_mode_follows_its_two_times(sites, levels, c1):
    bandwidth = 0.05
    lam = c1 * bandwidth / (2 * levels)
    gamma = 2 * math.pi * lam**2 * levels / bandwidth
    for q in range(1, sites):
        gamma_q = transport.ham_mode_rate(gamma, q, sites)
        assert transport.mode_window(gamma_q, bandwidth, levels) == by_hand(sites, q, levels, lam, bandwidth), q


def test_the_chain_of_thirty_shows_both_edges_as_the_outside_check_saw_them():
    """N = 30, n = 100, c1 = 2: q = 1 outlives the Heisenberg time (γ₁·t_H = 0.43), q ≥ 20 decay within one
    correlation time; the README's N = 10 chain (n = 200, c1 = 2) is diffusive at every q."""
    windows = {q: by_hand(30, q, 100, 0.05 / 100, 0.05) for q in range(1, 30)}
    assert windows[1] == "long" and all(windows[q] == "short" for q in range(20, 30))
    assert all(windows[q] == "diffusive" for q in range(2, 18))
    gamma = 2 * math.pi * (0.05 / 200) ** 2 * 200 / 0.05  # λ = c1·δε/(2n) = 2.5e-4
    assert all(
        transport.mode_window(transport.ham_mode_rate(gamma, q, 10), 0.05, 200) == "diffusive" for q in range(1, 10)
    )
