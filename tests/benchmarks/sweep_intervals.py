"""Are the sweep fits' intervals honest on real sweeps? (run by hand; not a test)

    python tests/benchmarks/sweep_intervals.py [--bases 40] [--seeds 5] [--workers 2]

Runs the Fig. 3 sweep (N = 3, band:1, n = 100 … 500 with c1 = 1 held, to 5/γ) `--bases` times with
independent seed bases (base b uses seeds b·S … b·S + S − 1), through the command line as a user would,
and compares what each sweep reports with what the sweeps actually do: the ratio of the mean reported
standard error of the exponent to the scatter of the exponents, and how often the 68 % and 95 % intervals
cover the exponent of all runs pooled (the best estimate of the truth). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

VALUES = "100,200,300,400,500"


def one_sweep(base: int, seeds: int, workers: int, folder: Path) -> dict:
    out = folder / f"sweep-{base}.json"
    cmd = [
        sys.executable,
        "-m",
        "fourier_gui",
        "sweep",
        "--preset",
        "fig3",
        "--vary",
        "levels",
        "--values",
        VALUES,
        "--seeds",
        str(seeds),
        "--seed",
        str(base * seeds),
        "--workers",
        str(workers),
        "--csv",
        str(folder / f"sweep-{base}.csv"),
        "--json",
        str(out),
        "--quiet",
    ]
    subprocess.run(cmd, check=True)
    return json.loads(out.read_text(encoding="utf-8"))["power_law"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bases", type=int, default=40)
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    ns = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        laws = []
        for base in range(ns.bases):
            laws.append(one_sweep(base, ns.seeds, ns.workers, Path(tmp)))
            print(
                f"base {base}: exponent {laws[-1]['exponent']:.3f} ± {laws[-1]['exponent_error']:.3f}", file=sys.stderr
            )
    exponents = [law["exponent"] for law in laws]
    truth = statistics.fmean(exponents)
    scatter = statistics.stdev(exponents)
    mean_error = statistics.fmean(law["exponent_error"] for law in laws)
    in68 = sum(law["ci68"][0] <= truth <= law["ci68"][1] for law in laws) / len(laws)
    in95 = sum(law["ci95"][0] <= truth <= law["ci95"][1] for law in laws) / len(laws)
    print(
        "| sweeps | seeds each | method | pooled exponent | scatter | mean reported error | error / scatter | 68 % covers | 95 % covers |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {len(laws)} | {ns.seeds} | {laws[0]['error_method']} | {truth:.3f} ± {scatter / math.sqrt(len(laws)):.3f} | "
        f"{scatter:.3f} | {mean_error:.3f} | {mean_error / scatter:.2f} | {in68:.0%} | {in95:.0%} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
