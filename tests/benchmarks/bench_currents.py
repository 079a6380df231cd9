"""Benchmark: what the bond currents add to a run (target: ≤ 10 %).

    python tests/benchmarks/bench_currents.py [--repeats 5]

Each preset runs headless with the currents (as the app always does) and without them (the current
function replaced by one that returns nothing), alternating, in one process; prints medians.
"""

from __future__ import annotations

import argparse
import statistics
import time


def main() -> int:
    from fourier_gui.execution import simulate
    from fourier_gui.io.presets import load_preset
    from fourier_gui.physics.model import Model

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ns = ap.parse_args()
    real = Model.bond_currents
    print("| preset | D | without currents, s | with currents, s | overhead |")
    print("|---|---|---|---|---|")
    for name in ("fig2", "ten-sites"):
        params = load_preset(name).parameters
        with_j, without = [], []
        for _ in range(ns.repeats):
            for on, times in ((False, without), (True, with_j)):
                Model.bond_currents = real if on else (lambda model, states: None)  # type: ignore[method-assign]
                start = time.perf_counter()
                simulate(params)
                times.append(time.perf_counter() - start)
        Model.bond_currents = real
        a, b = statistics.median(without), statistics.median(with_j)
        ratio = statistics.median(w / o for w, o in zip(with_j, without, strict=True))
        print(f"| {name} | {params.dimension} | {a:.2f} | {b:.2f} | {100 * (ratio - 1):+.1f} % |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
