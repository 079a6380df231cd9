"""`fourier-gui study diffusion-range`: the study "Where diffusion ends" (physics/diffusion_range.py) as the
Studies tab runs it — one sweep task per mode and seed, on local processes or a Dask cluster
(docs/contracts.md, "Study CSV")."""

from __future__ import annotations

import argparse
import math

from fourier_gui.cli.console import ProgressLine, report, uses_stdout
from fourier_gui.cli.interrupts import deferred_signals
from fourier_gui.cli.output_checks import check_distinct, check_output, check_plot_output
from fourier_gui.cli.sweep import JournaledSweep
from fourier_gui.cli.usage import UsageError, number, out_of_range

STUDIES = ("diffusion-range",)


def add_study_options(p: argparse.ArgumentParser) -> None:
    """The options of `fourier-gui study` (defaults: physics/diffusion_range.DiffusionRangeSpec's)."""
    from fourier_gui.physics.diffusion_range import GEOMETRIES, DiffusionRangeSpec

    d = DiffusionRangeSpec()
    p.add_argument("study", choices=STUDIES, help="diffusion-range: each mode's decay rate over γ_q against wavelength")
    p.add_argument("--geometry", choices=GEOMETRIES, default=d.geometry, help=f"chain or ring (default {d.geometry})")
    p.add_argument("--sites", type=number(int), default=d.sites, help=f"N subunits, 3 … 1000 (default {d.sites})")
    p.add_argument("--levels", type=number(int), default=d.levels, help=f"n levels per band (default {d.levels})")
    p.add_argument("--c1", type=number(float), default=d.c1, help=f"c1 = 2λn/δε, eq. 14 (default {d.c1:g})")
    p.add_argument("--bandwidth", type=number(float), default=d.bandwidth, help=f"δε (default {d.bandwidth:g})")
    p.add_argument("--samples", type=number(int), default=d.samples, help=f"K states per run (default {d.samples})")
    p.add_argument("--seeds", type=number(int), default=d.seeds, help=f"seeds per mode, 1 … 1000 (default {d.seeds})")
    p.add_argument("--seed", type=number(int), default=d.seed, help="the first coupling seed (default 0)")
    p.add_argument(
        "--modes", help="comma-separated q (on a ring even q = 2k); default: about eleven spread in wavelength"
    )
    p.add_argument("--workers", type=number(int), help="processes (default: one per core)")
    p.add_argument(
        "--dask",
        metavar="local[:W]|tcp://HOST:PORT",
        help="run on Dask: a LocalCluster of W worker processes, or a running scheduler (the cluster extra)",
    )
    p.add_argument("--csv", required=True, metavar="FILE", help="the table: one row per run, one per mode")
    p.add_argument("--plot", metavar="FILE", help="also save the plot as PNG or SVG")
    p.add_argument(
        "--resume",
        action="store_true",
        help="complete a stopped study from its journal (CSV.journal.jsonl beside --csv): only the missing runs are made",
    )
    p.add_argument("--quiet", action="store_true", help="no progress line")


OPTION = {"modes": "--modes", "geometry": "--geometry", "sites": "--sites", "levels": "--levels", "c1": "--c1"}
OPTION.update({"bandwidth": "--bandwidth", "samples": "--samples", "seeds": "--seeds", "seed": "--seed"})


def study_from_options(ns: argparse.Namespace):
    """The study the options describe; UsageError naming the option."""
    from fourier_gui.physics.diffusion_range import DiffusionRangeSpec
    from fourier_gui.physics.parameters import ParameterError
    from fourier_gui.physics.sweeps import parse_values

    modes: tuple[int, ...] = ()
    try:
        if ns.modes is not None:
            values = parse_values(ns.modes, "modes")
            if any(not math.isfinite(v) or v != int(v) for v in values):
                raise ParameterError("modes", ns.modes, "whole numbers q")
            modes = tuple(int(v) for v in values)
        return DiffusionRangeSpec(
            ns.geometry, ns.sites, ns.levels, ns.c1, ns.bandwidth, ns.samples, ns.seeds, modes, ns.seed
        ).validated()
    except ParameterError as exc:
        raise out_of_range(OPTION.get(exc.name, f"--{exc.name}"), exc.value, exc.allowed) from None


def run_study_command(ns: argparse.Namespace) -> int:
    from fourier_gui.execution.cluster import check_address
    from fourier_gui.io.study_csv import write_study_csv
    from fourier_gui.physics.cost import format_seconds
    from fourier_gui.physics.diffusion_range import summarize

    study = study_from_options(ns)
    check_distinct({"--csv": ns.csv, "--plot": ns.plot})
    check_output("--csv", ns.csv)
    check_plot_output("--plot", ns.plot)
    if ns.workers is not None and not 1 <= ns.workers <= 256:
        raise out_of_range("--workers", ns.workers, "integer 1 … 256")
    if ns.dask is not None:
        check_address(ns.dask)
        if ns.workers is not None:
            raise UsageError("--workers and --dask exclude each other: a cluster brings its own workers")
    spec = study.sweep()
    sweep = JournaledSweep(ns, spec, {"--csv": ns.csv, "--plot": ns.plot}, command="study")
    weights = study.run_seconds()
    total = sum(weights.values())
    on_stdout = uses_stdout(ns.csv)
    runs = len(weights)
    if not ns.quiet:
        report(f"{runs} runs, ≈ {format_seconds(study.estimated_seconds())} on 2 quiet cores (physics/cost.py)", True)
    done = [sum(weights.get((row.point, row.repetition), 0.0) for row in sweep.finished)]
    before = done[0] / total if total > 0 else 0.0
    progress = ProgressLine(f"study diffusion-range ({runs} runs)", enabled=not ns.quiet, done_before=before)

    def on_row(row) -> None:
        done[0] += weights.get((row.point, row.repetition), 0.0)
        progress(done[0] / total if total > 0 else 1.0)

    table = sweep.run(on_row)
    if isinstance(table, int):
        return table
    progress.close()
    write_study_csv(ns.csv, study, table)
    if ns.plot:
        from fourier_gui.ui.files.offscreen_plots import save_study_plot

        with deferred_signals():  # drawn by Qt (cli/interrupts.py)
            save_study_plot(study, table, ns.plot)
    sweep.remove()  # the files hold every run now
    for m in summarize(study, table):
        report(
            f"q = {m.q} (wavelength {m.wavelength:.3g} sites, γ_q·τ_c = {m.gamma_q_tau_c:.3g}, "
            f"γ_q·t_H = {m.gamma_q_t_h:.3g}, {m.window}): rate/γ_q = {m.median:.3f} "
            f"[{m.low:.3f}, {m.high:.3f}] over {m.count} seeds",
            on_stdout,
        )
    return 0
