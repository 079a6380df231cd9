"""Benchmark: does the cost of a graph scale with its edges, and nothing else?

    python tests/benchmarks/bench_geometry.py [--levels 500] [--repeats 3]

A 4×4 grid (24 edges) against a 16-site chain (15 edges), n levels each, to 5/γ, one state: the time
per edge and Chebyshev product should match (target: grid ≤ 1.2× the chain per edge). The chain runs
both as the uniform chain's own model and as a general graph, to show what the general model costs.
"""

from __future__ import annotations

import argparse
import statistics
import time


def run_seconds(params) -> tuple[float, int, int]:
    """(seconds, edges, H·ψ products) of one run."""
    from fourier_gui.execution import ExactRun

    start = time.perf_counter()
    run = ExactRun(params.with_changes(method="chebyshev"))
    apply, products = run.model.apply, [0]

    def counted(*args, **kwargs):
        products[0] += 1
        return apply(*args, **kwargs)

    run.model.apply = counted  # type: ignore[method-assign]
    for _ in run.chunks():
        pass
    return time.perf_counter() - start, len(params.system().edges), products[0]


def main() -> int:
    from fourier_gui.physics.parameters import SimulationParameters

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--levels", type=int, default=500)
    ap.add_argument("--repeats", type=int, default=3)
    ns = ap.parse_args()
    n = ns.levels
    base = SimulationParameters(sites=16, levels=n, lam=0.05 / (2 * n), t_max_gamma=5.0, points=101)
    jobs = [
        ("chain, uniform model", base),
        # the same chain's bonds listed backwards: not the uniform chain's order, so stored edge by edge
        ("chain, general model", base.with_changes(edges="; ".join(f"{a},{a + 1}" for a in range(15, 0, -1)))),
        ("4×4 grid", base.with_changes(geometry="grid:4x4")),
    ]
    rows = []
    for label, params in jobs:
        times = []
        for _ in range(ns.repeats):
            seconds, edges, products = run_seconds(params)
            times.append(seconds)
        rows.append((label, edges, products, statistics.median(times)))
    reference = rows[1][3] / (rows[1][1] * rows[1][2])
    print(f"n = {n}, D = {16 * n}, to 5/γ, {ns.repeats} repeats, medians")
    print("| system | edges | H·ψ products | median s | µs per edge·product | vs general chain |")
    print("|---|---|---|---|---|---|")
    for label, edges, products, seconds in rows:
        per = seconds / (edges * products)
        print(f"| {label} | {edges} | {products} | {seconds:.2f} | {1e6 * per:.0f} | {per / reference:.2f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
