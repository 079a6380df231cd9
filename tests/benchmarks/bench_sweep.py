"""Benchmark of the default Fig. 3 sweep (N = 3, n = 100…500, 5 seeds, c1 = 1): serial vs process pool.

    python tests/benchmarks/bench_sweep.py [--repeats 3]

Prints the median wall time of each executor and the fitted exponent (the same in both); target:
the pool finishes in ≤ 60 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from concurrent.futures import Executor, Future


class SerialExecutor(Executor):
    def submit(self, fn, /, *args, **kwargs):
        future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def main() -> int:
    from fourier_gui.execution.pools import default_executor
    from fourier_gui.execution.sweep_runner import run_sweep
    from fourier_gui.io.presets import load_preset
    from fourier_gui.physics.sweeps import SweepSpec

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ns = ap.parse_args()
    preset = load_preset("fig3")
    sweep = preset.extra["sweep"]
    spec = SweepSpec(preset.parameters, sweep["vary"], tuple(sweep["values"]), sweep["seeds"], sweep["hold"])
    rows = []
    for label, make in (("serial (1 process)", SerialExecutor), (f"process pool ({os.cpu_count()})", default_executor)):
        times, law = [], None
        for _ in range(ns.repeats):
            start = time.perf_counter()
            with make() as executor:
                table = run_sweep(spec, executor=executor)
            times.append(time.perf_counter() - start)
            law = table.power_law()
        rows.append((label, statistics.median(times), law))
    serial = rows[0][1]
    print("| executor | median s | vs serial | D₁² ∝ n^k |")
    print("|---|---|---|---|")
    for label, median, law in rows:
        print(
            f"| {label} | {median:.2f} | {serial / median:.2f}× | k = {law.exponent:.3f} ± {law.exponent_error:.3f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
