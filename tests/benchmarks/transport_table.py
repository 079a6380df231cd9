"""The README's reference figures of Fourier's law, computed by the app itself.

    python tests/benchmarks/transport_table.py

1. The Fourier-law fit for c1 = 0.2, 0.5, 1, 2, 5: N = 5, n = 150, δε = 0.05, K = 8 band states from
   site 1, seeds 0 … 5; each run reaches 3/γ and at least 5·t_fit (t_fit = max(0.2/γ, 4π/δε)).
2. The decay rate of Fourier mode q over HAM's γ_q for N = 10 (the `fourier-law` chain: n = 200,
   c1 = 2, K = 8), q = 1 … 9, seeds 0 … 5; the fit is log-linear from t = 2π/δε while a_q > 20 % of
   a_q(0), each run long enough for HAM's mode to reach that floor.

Prints two Markdown tables (mean ± standard deviation over the seeds).
"""

from __future__ import annotations

import collections
import math
import statistics
import sys

#: Seeds per row (the README's table: 6).
SEEDS = 6


def fourier_table() -> None:
    from fourier_gui.execution import simulate
    from fourier_gui.physics.criteria import lam_for_c1
    from fourier_gui.physics.parameters import SimulationParameters
    from fourier_gui.physics.transport import fit_time

    base = SimulationParameters(sites=5, levels=150, bandwidth=0.05, samples=8, points=201)
    print("| c1 | c2 | 4π²·c2 | γ_fit/γ | R² | verdicts |")
    print("|---|---|---|---|---|---|")
    for c1 in (0.2, 0.5, 1.0, 2.0, 5.0):
        p = base.with_changes(lam=lam_for_c1(c1, base.levels, base.bandwidth))
        t_max = max(3.0 / p.gamma, 5.0 * fit_time(p.gamma, p.bandwidth))
        runs = [simulate(p.with_changes(seed=s, t_max=t_max, t_max_gamma=None)).transport for s in range(SEEDS)]
        fits = [r.fourier for r in runs]
        ratio = [f.gamma_ratio for f in fits if f is not None]
        r2 = [f.r2 for f in fits if f is not None]
        said = collections.Counter(_word(r.verdict) for r in runs if r.verdict is not None)
        verdicts = ", ".join(f"{k} {said[k]}" for k in ("holds", "holds, rate off", "fails", "undecided") if said[k])
        print(
            f"| {c1:g} | {p.c2:.2g} | {4 * math.pi**2 * p.c2:.2g} "
            f"| {statistics.mean(ratio):.2f} ± {statistics.stdev(ratio):.2f} "
            f"| {statistics.mean(r2):.2f} ± {statistics.stdev(r2):.2f} | {verdicts} |"
        )


def _word(verdict) -> str:
    """The verdict as the badge says it: holds, "holds, rate off" (HAM's rate off by > 30 %), fails, undecided."""
    if verdict.verdict == "holds" and not verdict.rate_right:
        return "holds, rate off"
    return verdict.verdict


def mode_table() -> None:
    from fourier_gui.execution.pools import default_executor
    from fourier_gui.execution.sweep_runner import run_sweep
    from fourier_gui.io.presets import load_preset
    from fourier_gui.physics.sweeps import SweepSpec

    base = load_preset("fourier-law").parameters.with_changes(sites=10)
    spec = SweepSpec(base, "mode", tuple(range(1, 10)), SEEDS, "lam", "mode-rate")
    with default_executor() as executor:
        table = run_sweep(spec, executor)
    print("| q | wavelength 2N/q | rate / γ_q |")
    print("|---|---|---|")
    for point in table.aggregate():
        q = int(point["value"])
        print(f"| {q} | {20 / q:.3g} | {point['mode_rate_mean']:.2f} ± {point['mode_rate_std']:.2f} |")


if __name__ == "__main__":
    if "--modes-only" not in sys.argv:
        fourier_table()
        print()
    if "--fourier-only" not in sys.argv:
        mode_table()
