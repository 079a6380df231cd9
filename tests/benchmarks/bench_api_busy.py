"""The Python API beside busy processes, against the command line: the same run, each a fresh process.

    python tests/benchmarks/bench_api_busy.py [--repeats 3] [--busy 2] [--jobs fig2,ten-sites]

For each job three ways of making the same run: the command line (`fourier-gui simulate … --csv -`), a
script that imports `fourier_gui` and calls `fourier_gui.simulate`, and a script that imports numpy first
(its OpenBLAS then starts before `import fourier_gui` sets the thread policy, which restarts its threads). Each is timed quiet and beside
`--busy` processes that spin on the CPU (`bench_load.busy`, at the niceness of this script, which they
inherit), in the same run. Prints a Markdown table of medians, busy / quiet, and each way's busy time over
the command line's (target: the API within the command line's figure, ≤ 1.3×).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from bench_load import busy  # processes that each keep a core busy, started before and ended after

#: The API call of each job (`fourier_gui.simulate` itself; the internal runner on a checkout that has none).
API = (
    "import fourier_gui\n"
    "if hasattr(fourier_gui, 'simulate'):\n"
    "    fourier_gui.simulate({preset!r})\n"
    "else:\n"
    "    from fourier_gui.execution import simulate\n"
    "    from fourier_gui.io.presets import load_preset\n"
    "    simulate(load_preset({preset!r}).parameters)\n"
)
WAYS = {
    "command line": lambda preset: ["-m", "fourier_gui", "simulate", "--preset", preset, "--csv", "-", "--quiet"],
    "fourier_gui.simulate": lambda preset: ["-c", API.format(preset=preset)],
    "numpy imported first": lambda preset: ["-c", "import numpy\n" + API.format(preset=preset)],
}


def timed(args: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--busy", type=int, default=2, help="busy processes beside the run")
    parser.add_argument("--jobs", default="fig2", help="presets, comma separated")
    parser.add_argument("--no-quiet", action="store_true", help="time beside the busy processes only")
    ns = parser.parse_args()
    timed(WAYS["command line"]("fig2"))  # warm: the kernels' cache, the imports' files
    print(f"| job | way | quiet s (median) | beside {ns.busy} busy s (median) | busy / quiet | busy / command line |")
    print("|---|---|---|---|---|---|")
    for job in ns.jobs.split(","):
        quiet = {}
        if not ns.no_quiet:
            quiet = {way: statistics.median(timed(make(job)) for _ in range(ns.repeats)) for way, make in WAYS.items()}
        loaded = {}
        with busy(ns.busy):
            for _ in range(ns.repeats):  # the ways take turns, so that a change in the load touches each alike
                for way, make in WAYS.items():
                    loaded.setdefault(way, []).append(timed(make(job)))
        cli = statistics.median(loaded["command line"])
        for way in WAYS:
            b = statistics.median(loaded[way])
            q = quiet.get(way)
            q_text, ratio = ("—", "—") if q is None else (f"{q:.2f}", f"{b / q:.1f}×")
            print(f"| {job} | {way} | {q_text} | {b:.2f} | {ratio} | {b / cli:.2f}× |", flush=True)


if __name__ == "__main__":
    main()
