"""The command line (docs/contracts.md).

    fourier-gui [--preset NAME] [--run] [--screenshot F]   the window
    fourier-gui simulate [options] [--csv F] [--currents] [--couplings F.npz] [--json F] …  (one output at least)
    fourier-gui sweep --vary P --values v1,v2,… [--seeds S] [--hold c1|lam] [options] [--csv F] [--json F]
                      [--plot F] [--resume]
    fourier-gui study diffusion-range [options] --csv F [--plot F]   where diffusion ends, mode by mode
    fourier-gui conductivity [options] --csv F              κ(T), c(T), u(T) of eq. (16)
    fourier-gui presets                                     the presets, one line each

Bad values exit with status 2 and one line naming the option and its allowed range; nothing is written.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from fourier_gui import __version__
from fourier_gui.cli.animation import add_animation_options, animation_spec, write_animation_option
from fourier_gui.cli.console import ProgressLine
from fourier_gui.cli.interrupts import Interrupted, check_signals, deferred_signals, stop_on_signals
from fourier_gui.cli.output_checks import check_distinct, check_output, check_plot_output
from fourier_gui.cli.parameter_options import parameters_from_options, preset_option
from fourier_gui.cli.study import add_study_options, run_study_command
from fourier_gui.cli.sweep import run_sweep_command
from fourier_gui.cli.usage import (
    OneLineParser,
    UsageError,
    check_environment,
    check_qt_platform,
    number,
    one_line,
    out_of_range,
)
from fourier_gui.cli.window import run_window
from fourier_gui.io.atomic import FileWriteError, prepare_folder
from fourier_gui.io.provenance import set_command_line
from fourier_gui.physics import cost
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.fields import BAND_FIELDS, FIELD_BY_NAME, FIELDS, OPTION_OF, Field
from fourier_gui.physics.initial_states import SPEC_HELP

SUBCOMMANDS = ("simulate", "sweep", "study", "conductivity", "correlation", "presets")


def _add_field_option(p: argparse.ArgumentParser, f: Field) -> None:
    """The option of one field of the table (physics/fields.py): its flag, type and help with the range."""
    kind = f.kind if f.kind in (int, float) else str
    help_text = f"initial state: {SPEC_HELP}" if f.name == "initial" else f.help()
    p.add_argument(f.cli, dest=f.name, type=number(kind) if kind is not str else str, help=help_text)


def _add_band_options(p: argparse.ArgumentParser) -> None:
    for name in BAND_FIELDS:
        _add_field_option(p, FIELD_BY_NAME[name])


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--preset", help="start from this preset (see `fourier-gui presets`)")
    for f in FIELDS:
        _add_field_option(p, f)


def _symbols(names: Sequence[str]) -> str:
    """'n, λ, δε': the paper's symbols of fields, from the table."""
    return ", ".join(FIELD_BY_NAME[name].symbol for name in names)


def _vary_help() -> str:
    """The help of `sweep --vary`: every variable with its symbol (from the table of fields)."""
    from fourier_gui.physics.sweeps import VARIABLES, variable_symbol

    named = [f"{name} ({variable_symbol(name)}{' of a mode:q start' if name == 'mode' else ''})" for name in VARIABLES]
    return f"what to vary: {', '.join(named[:-1])} or {named[-1]}; two of them, e.g. lam,levels, make a grid"


#: What each command does, as its --help opens.
PURPOSE = {
    "window": "Open the window: watch energy spread along a chain of quantum subunits, exact Schrödinger dynamics "
    "beside HAM's rate equations. Other commands: simulate, sweep, correlation, conductivity, presets "
    "(`fourier-gui COMMAND --help`).",
    "simulate": "Run the exact and HAM dynamics without a window and write P_μ(t) as CSV.",
    "sweep": "Run one parameter over several values (and seeds) and write each run's figures as CSV.",
    "correlation": "The correlation function f(τ) of eq. (9) of the first bond's couplings, with its fitted slope "
    "against γ, as CSV.",
    "study": "diffusion-range: the decay rate of each Fourier mode over HAM's γ_q against its wavelength, over "
    "seeds, beside the correlation and Heisenberg times (where diffusion ends), as CSV.",
    "conductivity": "The heat conductivity κ(T), heat capacity c(T) and energy u(T) of eq. (16), as CSV.",
}


def build_parser(command: str) -> OneLineParser:
    prog = "fourier-gui" if command == "window" else f"fourier-gui {command}"
    p = OneLineParser(prog=prog, description=PURPOSE.get(command, __doc__.splitlines()[0]))
    if command == "window":
        p.add_argument("--preset", help="open on this preset (default: the last parameters, or fig2)")
        p.add_argument("--run", action="store_true", help="start the run at once")
        p.add_argument("--presentation", action="store_true", help="start in presentation mode, filling the screen")
        p.add_argument("--tab", choices=("dynamics", "transport", "studies"), help="open on this tab")
        p.add_argument("--screenshot", metavar="FILE", help="save the window as PNG when the run ends, then quit")
        p.add_argument(
            "--language",
            metavar="CODE",
            help="the window's language: en, de or es (default: View → Language's choice, else the system's)",
        )
        p.add_argument(
            "--lesson",
            metavar="NAME|FILE.json",
            help="open a guided lesson: a bundled one (01-relaxation-and-ham, 02-fouriers-law, 03-beyond-the-chain) "
            "or a lesson file",
        )
        p.add_argument(
            "--handout",
            metavar="FILE.pdf",
            help="with --lesson: write the lesson's handout for students as a PDF without opening the window "
            "(each step's run is made), then quit",
        )
        p.add_argument("--answers", action="store_true", help="with --handout: the teacher's key, with the answers")
        p.add_argument(
            "file",
            nargs="?",
            metavar="FILE",
            help="open a session (parameters and results, *.fourier.json) or a lesson file, as a file manager does",
        )
        p.add_argument("--version", action="version", version=f"fourier-gui {__version__}")
    elif command == "simulate":
        _add_run_options(p)
        p.add_argument(
            "--csv", metavar="FILE", help="write the exact and HAM P_μ(t) here (each output is optional; give one)"
        )
        p.add_argument("--currents", action="store_true", help="add the exact and HAM bond currents J_μ(t) to the CSV")
        p.add_argument("--couplings", metavar="FILE.npz", help="also save band energies, couplings and ψ(0)")
        p.add_argument("--json", metavar="FILE", help="also save a summary (γ, c1, c2, D₁², timing)")
        p.add_argument(
            "--figures",
            metavar="FOLDER",
            help="also save every figure of the Dynamics and Transport tabs there: its data as CSV and its plot",
        )
        p.add_argument("--figure-format", choices=("png", "svg"), default="png", help="plots as PNG (default) or SVG")
        add_animation_options(p)
        p.add_argument("--quiet", action="store_true", help="no progress line")
    elif command == "correlation":
        p.add_argument("--preset", help=f"take {_symbols(BAND_FIELDS)} and the seed from this preset (default fig2)")
        _add_band_options(p)
        _add_field_option(p, FIELD_BY_NAME["seed"])
        _add_field_option(p, FIELD_BY_NAME["ensemble"])
        p.add_argument("--csv", required=True, metavar="FILE", help="write τ, f(τ) and the fitted γτ line here")
        p.add_argument("--plot", metavar="FILE", help="also save the plot as PNG or SVG")
    elif command == "sweep":
        from fourier_gui.physics.sweeps import HOLDS  # not loaded for the window

        _add_run_options(p)
        p.add_argument("--vary", required=True, help=_vary_help())
        p.add_argument(
            "--values",
            required=True,
            help="comma-separated values, e.g. 100,200,300,400,500; for a grid one list per parameter "
            "separated by ;, e.g. '1e-5,2e-5;100,200'",
        )
        p.add_argument(
            "--seeds", type=number(int), default=5, help="runs per value, seeds base+0 … base+S−1 (1 … 1000)"
        )
        p.add_argument(
            "--hold",
            choices=HOLDS,
            help="c1 rescales λ = c1·δε/(2n) per point, lam keeps λ (default: c1 when n varies and λ does not)",
        )
        p.add_argument(
            "--figure",
            dest="quantity",
            help="the quantity measured per run: d1 (eq. 15), fourier-r2, gamma-ratio (the Fourier-law fit), "
            "mode-rate (decay rate of mode q over γ_q; runs start in mode:q) or mode-efold (its first e-fold's rate); "
            "default d1, mode-rate for --vary mode",
        )
        p.add_argument("--mode", type=number(int), default=1, help="q of --figure mode-rate or mode-efold (1 … N−1)")
        p.add_argument("--workers", type=number(int), help="processes (default: one per core)")
        p.add_argument(
            "--dask",
            metavar="local[:W]|tcp://HOST:PORT",
            help="run on Dask: a LocalCluster of W worker processes, or a running scheduler (the cluster extra)",
        )
        p.add_argument(
            "--plot", metavar="FILE", help="also save the plot (fit and 95 %% band, or the heat map) as PNG or SVG"
        )
        p.add_argument(
            "--csv",
            metavar="FILE",
            help="the table: one row per run, one mean row per value (each output is optional; give one)",
        )
        p.add_argument("--json", metavar="FILE", help="the summary, with the fitted power law of D₁²")
        p.add_argument(
            "--resume",
            action="store_true",
            help="complete a stopped sweep from its journal (OUT.journal.jsonl beside the first output): only the "
            "missing runs are made",
        )
        p.add_argument("--quiet", action="store_true", help="no progress line")
    elif command == "study":
        add_study_options(p)
    elif command == "conductivity":
        p.add_argument("--preset", help=f"take {_symbols(BAND_FIELDS)} (and the temperature range) from this preset")
        _add_band_options(p)
        p.add_argument("--temp-min", type=number(float), help="lowest temperature (> 0, default 0.02)")
        p.add_argument("--temp-max", type=number(float), help="highest temperature (default 1)")
        p.add_argument("--temp-points", type=number(int), help="number of temperatures (≥ 2, default 400)")
        p.add_argument("--csv", required=True, metavar="FILE", help="write T, u, c, kappa here")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args and args[0] in SUBCOMMANDS else "window"
    rest = args[1:] if command != "window" else args
    parser = build_parser(command)
    set_command_line(args)
    try:
        check_environment()  # before numba loads (the window's kernel too)
        if command == "window":  # Qt's event loop owns the signals there
            return run_window(parser.parse_args(rest))
        with stop_on_signals():  # Ctrl-C or kill: Interrupted, below
            return run_command(command, parser.parse_args(rest))
    except (UsageError, FourierGuiError) as exc:  # a bad option, or a file that could not be written
        print(f"{parser.prog}: error: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except (Interrupted, KeyboardInterrupt) as exc:  # the file being written keeps its old content
        stop = exc if isinstance(exc, Interrupted) else Interrupted(signal.SIGINT)
        with contextlib.suppress(OSError):  # SIGHUP: the terminal may be gone
            note = getattr(exc, "note", "")  # a sweep's: the runs its journal keeps
            print(
                f"{parser.prog}: stopped by {stop}; no file is left half-written{'; ' + note if note else ''}",
                file=sys.stderr,
            )
        return stop.exit_status
    except BrokenPipeError:  # `… --csv - | head`: the reader has gone; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def run_command(command: str, ns: argparse.Namespace) -> int:
    """Run one of the SUBCOMMANDS (not the window)."""
    if command == "simulate":
        return run_simulate(ns)
    if command == "sweep":
        return run_sweep_command(ns)
    if command == "study":
        return run_study_command(ns)
    if command == "conductivity":
        return run_conductivity(ns)
    if command == "correlation":
        return run_correlation(ns)
    return run_presets()


def gui_main() -> int:
    """The `fourier-gui-app` entry point: a gui-script (no console window on Windows), same options."""
    return main()


# --- simulate -----------------------------------------------------------------------------
def run_simulate(ns: argparse.Namespace) -> int:
    from fourier_gui.execution import ExactRun, fused_kernel
    from fourier_gui.io.couplings_file import write_couplings
    from fourier_gui.io.results_csv import write_csv
    from fourier_gui.io.summary import run_summary, write_json
    from fourier_gui.physics.cost import InsufficientMemoryError

    params = parameters_from_options(ns)
    outputs = {"--csv": ns.csv, "--json": ns.json, "--couplings": ns.couplings}
    if not any((*outputs.values(), ns.figures, ns.animation)):
        raise UsageError("--csv, --json, --couplings, --figures or --animation: give at least one output")
    check_distinct(outputs)
    for option, path in (("--csv", ns.csv), ("--json", ns.json)):
        check_output(option, path)
    check_output("--couplings", ns.couplings, stdout_ok=False)
    animation = animation_spec(ns, outputs, params)
    folder = _figure_folder(ns.figures, ns.figure_format, outputs)
    if not ns.quiet:  # else ≈ half a minute of silence while numba compiles the kernels
        fused_kernel.first_compile_notice = lambda: print(
            "fourier-gui: note: preparing the fast solver (first run on this machine only)…", file=sys.stderr
        )
    try:
        run = ExactRun(params)
    except InsufficientMemoryError as exc:
        raise UsageError(f"--levels/--sites/--samples: {exc}") from None
    if run.estimate.seconds > cost.LONG_RUN_SECONDS:  # said before it starts, also with --quiet
        print(
            f"fourier-gui: note: this run is estimated at ≈ {cost.format_seconds(run.estimate.seconds)} ({run.method}, "
            f"D={params.dimension}); Ctrl-C stops it",
            file=sys.stderr,
        )
    progress = ProgressLine(f"simulate ({run.method}, D={params.dimension})", enabled=not ns.quiet)
    for _ in run.chunks():
        progress(run.result.progress)
    progress.close()
    result = run.result
    if ns.couplings:
        write_couplings(ns.couplings, run.model, run.psi0, params.bandwidth, params.system().offsets, params)
    if ns.csv:
        write_csv(ns.csv, result, currents=ns.currents)
    if ns.json:
        write_json(ns.json, run_summary(result))
    with deferred_signals():  # Qt draws these: a signal stops them between files and frames (cli/interrupts.py)
        if folder is not None:
            write_run_figures(result, folder, ns.figure_format)
        if animation is not None:
            write_animation_option(result, animation, ns)
    return 0


def _figure_folder(path: str | None, fmt: str, outputs: dict[str, str | None]) -> Path | None:
    """The --figures folder, made if missing (through a dangling link too) and checked writable before the
    run; refused if it is a file, or if another output would be one of the figures' files."""
    if path is None:
        return None
    from fourier_gui.io.run_figures import figure_tables

    check_qt_platform()  # Qt draws the plots

    try:
        folder = prepare_folder(path)
    except FileWriteError as exc:
        raise UsageError(f"--figures: {exc}") from None
    names = {f"{data.file}.csv" for data in figure_tables()}
    for option, output in outputs.items():
        if output is None or output == "-":
            continue
        target = Path(os.path.realpath(output))
        if target.parent == folder and (target.name in names or target.suffix.lower() == f".{fmt}"):
            raise UsageError(f"{option}: {output!r} is in the --figures folder under a figure's name")
    for name in sorted(names):
        check_output("--figures", str(folder / name), stdout_ok=False)
    return folder


def write_run_figures(result, folder: Path, fmt: str) -> list[Path]:
    """Every figure of a run as data (CSV) and as a plot (PNG or SVG), in `folder`."""
    from fourier_gui.io.figure_data import FigureUnavailable, write_figure_csv
    from fourier_gui.io.run_figures import figure_tables
    from fourier_gui.ui.files.offscreen_plots import save_run_plots

    written = []
    for data in figure_tables():  # the run's figures (io/run_figures.py), as the window lists them
        try:
            table = data.build(result, result.completed - 1)
        except FigureUnavailable:  # e.g. no level diagram for a graph
            continue
        write_figure_csv(folder / f"{data.file}.csv", table)
        written.append(folder / f"{data.file}.csv")
        check_signals()
    return written + save_run_plots(result, folder, fmt)


# --- correlation --------------------------------------------------------------------------
def run_correlation(ns: argparse.Namespace) -> int:
    """f(τ) of eq. (9) for the first bond's couplings, with the fitted late slope against γ."""
    from fourier_gui.io.figure_data import correlation_table, write_figure_csv
    from fourier_gui.physics.analysis import parameters_correlation
    from fourier_gui.physics.parameters import ParameterError

    preset = preset_option(ns.preset or "fig2")
    changes = {k: getattr(ns, k) for k in (*BAND_FIELDS, "seed", "ensemble") if getattr(ns, k) is not None}
    try:
        params = preset.parameters.with_changes(**changes).validated()
    except ParameterError as exc:
        raise out_of_range(OPTION_OF[exc.name], exc.value, exc.allowed) from None
    check_distinct({"--csv": ns.csv, "--plot": ns.plot})
    check_output("--csv", ns.csv)
    check_plot_output("--plot", ns.plot)
    study = parameters_correlation(params)
    write_figure_csv(ns.csv, correlation_table(study, params))
    if ns.plot:
        from fourier_gui.ui.files.offscreen_plots import save_correlation_plot

        with deferred_signals():  # drawn by Qt (cli/interrupts.py)
            save_correlation_plot(study, ns.plot)
    return 0


# --- conductivity -------------------------------------------------------------------------
def run_conductivity(ns: argparse.Namespace) -> int:
    from fourier_gui.io.thermo_csv import write_conductivity_csv
    from fourier_gui.physics.parameters import ParameterError

    preset = preset_option(ns.preset or "fig4")
    extra = preset.extra.get("temperatures", {})
    changes = {k: getattr(ns, k) for k in BAND_FIELDS if getattr(ns, k) is not None}
    try:
        params = preset.parameters.with_changes(**changes).validated()
    except ParameterError as exc:
        raise out_of_range(OPTION_OF[exc.name], exc.value, exc.allowed) from None
    t_min = ns.temp_min if ns.temp_min is not None else extra.get("min", 0.02)
    t_max = ns.temp_max if ns.temp_max is not None else extra.get("max", 1.0)
    points = ns.temp_points if ns.temp_points is not None else extra.get("points", 400)
    if not t_min > 0:
        raise out_of_range("--temp-min", t_min, "> 0")
    if not t_max > t_min:
        raise out_of_range("--temp-max", t_max, f"> --temp-min = {t_min!r}")
    if not 2 <= points <= 1_000_000:
        raise out_of_range("--temp-points", points, "integer 2 … 1000000")
    check_output("--csv", ns.csv)
    temperatures = np.linspace(t_min, t_max, points)
    write_conductivity_csv(ns.csv, params.levels, params.lam, params.bandwidth, temperatures)
    return 0


# --- presets and window ------------------------------------------------------------------
def run_presets() -> int:
    from fourier_gui.io.presets import all_presets

    presets = all_presets()
    width = max(len(p.name) for p in presets)
    for p in presets:
        print(f"{p.name:<{width}}  {p.description}")
    return 0
