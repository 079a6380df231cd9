"""Each preset's Fourier-law verdict over many seeds, as an outsider reruns them (run by hand; not a test).

    python tests/benchmarks/verdict_table.py [--seeds 10] [--presets fig2,ten-sites,...]

Runs every preset with `--seeds` different seeds (the coupling seed and the initial state's seed both
moved by i = 0 … S−1) through the same code as `fourier-gui simulate --preset P --seed …` and prints a
Markdown table: the verdicts counted, γ_fit/γ (median and range) and the reduced χ² against its limit.
"""

from __future__ import annotations

import argparse
import collections
import statistics

PRESETS = (
    "fig2",
    "ten-sites",
    "fourier-law",
    "heat-sink",
    "weak-bond",
    "ring",
    "grid-corner",
    "disorder",
    "ballistic",
    "no-fourier-law",
    "strong-coupling",
)


def verdicts(preset: str, seeds: int) -> list:
    from fourier_gui.execution import simulate
    from fourier_gui.io.presets import load_preset

    base = load_preset(preset).parameters
    out = []
    for i in range(seeds):
        p = base.with_changes(seed=base.seed + 1000 + i, initial_seed=base.resolved_initial_seed + 1000 + i)
        out.append(simulate(p).transport.verdict)
    return out


def row(preset: str, found: list) -> str:
    counts = collections.Counter(v.verdict for v in found)
    ratios = [v.gamma_ratio for v in found if v.gamma_ratio == v.gamma_ratio]
    chi2 = [v.chi2 / v.chi2_limit for v in found if v.chi2 == v.chi2]
    said = ", ".join(f"{k} {counts[k]}" for k in ("holds", "fails", "undecided") if counts[k])
    ratio = f"{statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})" if ratios else "—"
    chi = f"{statistics.median(chi2):.2f} ({min(chi2):.2f}–{max(chi2):.2f})" if chi2 else "—"
    return f"| {preset} | {said} | {ratio} | {chi} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--presets", default=",".join(PRESETS))
    args = parser.parse_args()
    print(f"| preset | verdicts over {args.seeds} seeds | γ_fit/γ median (range) | χ²/limit median (range) |")
    print("|---|---|---|---|")
    for preset in args.presets.split(","):
        print(row(preset, verdicts(preset, args.seeds)), flush=True)


if __name__ == "__main__":
    main()
