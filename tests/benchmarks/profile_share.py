"""Where does a run's time go? The share spent outside the Hamiltonian products, measured with cProfile.

    python tests/benchmarks/profile_share.py [--jobs fig2,ten]

Each job runs once in this process to warm up (the kernels loaded, the caches filled), then once under
cProfile. "products" is the cumulative time inside `model.apply`; the rest is listed by function (own time):
the recombination of output times (`chebyshev_window`), the bond currents, the Bessel table, the site and
level populations. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_exact import JOBS

#: Functions whose own time is reported by name (the rest is "other").
NAMED = {
    "chebyshev_window": "recombination",
    "currents": "currents",
    "bond_currents": "currents",
    "bessel_table": "Bessel table",
    "level_populations": "level populations",
    "site_probabilities": "site populations",
    "lanczos_edges": "Lanczos (outside its products)",
}


def profile(job: str) -> tuple[float, float, dict[str, float]]:
    """(total s, products s, own seconds by name outside the products) of one warm run."""
    from fourier_gui.execution import ExactRun
    from fourier_gui.physics import SimulationParameters

    params = SimulationParameters(t_max_gamma=5.0, **JOBS[job]).validated()
    for _ in ExactRun(params).chunks():  # warm-up: kernels loaded, pages touched
        pass
    run = ExactRun(params)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in run.chunks():
        pass
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = run.result.elapsed_s
    products = 0.0
    outside: dict[str, float] = {}
    for (filename, _line, name), (_cc, _nc, _own, cumulative, _callers) in stats.items():
        if name == "apply" and filename.endswith("model.py"):
            products += cumulative
    for (_filename, _line, name), (_cc, _nc, own, _cumulative, callers) in stats.items():
        label = NAMED.get(name)
        if label is None or any(caller[2] == "apply" for caller in callers):
            continue
        outside[label] = outside.get(label, 0.0) + own
    return total, products, outside


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", default="fig2,ten")
    ns = ap.parse_args()
    print("| job | propagation s | in products | outside | of which |")
    print("|---|---|---|---|---|")
    for job in ns.jobs.split(","):
        total, products, outside = profile(job)
        parts = ", ".join(f"{name} {100 * t / total:.0f} %" for name, t in sorted(outside.items(), key=lambda x: -x[1]))
        share = 100 * (total - products) / total
        print(f"| {job} | {total:.2f} | {100 * products / total:.0f} % | {share:.0f} % | {parts} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
