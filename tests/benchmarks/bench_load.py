"""Speed that shares the machine: each job quiet and beside two CPU-bound processes, in the same run.

    python tests/benchmarks/bench_load.py [--repeats 3]

Jobs, each a fresh process through the command line as a user starts them: the Fig. 2 run, the ten-sites
run and a small sweep (N = 3, n = 100…300, 2 seeds). "Busy" starts two processes that spin on the CPU
(a browser and a video call, as on a student's laptop; same priority as the job) before the job and ends
them after it. Prints a Markdown table of medians and the ratio busy / quiet (target ≤ 3×).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager

JOBS = {
    "fig2": ["simulate", "--preset", "fig2", "--csv", "-"],
    "ten-sites": ["simulate", "--preset", "ten-sites", "--csv", "-"],
    "small sweep": [
        "sweep",
        "--preset",
        "fig3",
        "--vary",
        "levels",
        "--values",
        "100,200,300",
        "--seeds",
        "2",
        "--csv",
        "-",
    ],
}
SPIN = "import time\nend = time.time() + 600\nwhile time.time() < end: pass"


@contextmanager
def busy(processes: int):
    spinners = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(processes)]
    time.sleep(0.5)  # let them take their cores
    try:
        yield
    finally:
        for p in spinners:
            p.kill()
            p.wait()


def timed(args: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "fourier_gui", *args, "--quiet"], check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--jobs", default=",".join(JOBS))
    ns = parser.parse_args()
    timed(JOBS["fig2"])  # warm: the kernels' cache, the imports' files
    print("| job | quiet s (median) | beside 2 busy processes s (median) | busy / quiet |")
    print("|---|---|---|---|")
    for name in ns.jobs.split(","):
        quiet = statistics.median(timed(JOBS[name]) for _ in range(ns.repeats))
        with busy(2):
            loaded = statistics.median(timed(JOBS[name]) for _ in range(ns.repeats))
        print(f"| {name} | {quiet:.2f} | {loaded:.2f} | {loaded / quiet:.1f}× |", flush=True)


if __name__ == "__main__":
    main()
