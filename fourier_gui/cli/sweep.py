"""`fourier-gui sweep`: one parameter (or two, a grid) over several seeds, on local processes or a Dask
cluster (docs/contracts.md)."""

from __future__ import annotations

import argparse
import sys

from fourier_gui.cli.console import ProgressLine, report, uses_stdout
from fourier_gui.cli.interrupts import Interrupted, deferred_signals
from fourier_gui.cli.output_checks import check_distinct, check_output, check_plot_output
from fourier_gui.cli.parameter_options import parameters_from_options
from fourier_gui.cli.usage import UsageError, out_of_range
from fourier_gui.physics.errors import FourierGuiError

#: The exit status of a sweep whose cluster lost every worker (docs/contracts.md, "Exit status").
WORKERS_LOST_STATUS = 3


class SweepStopped(FourierGuiError):
    """A sweep ended by a failed run: the run's message, and where the finished runs are kept."""


def _values(text: str, option: str = "--values") -> tuple[float, ...]:
    from fourier_gui.physics.parameters import ParameterError
    from fourier_gui.physics.sweeps import parse_values

    try:
        return parse_values(text)
    except ParameterError as exc:
        raise out_of_range(option, exc.value, exc.allowed) from None


def sweep_spec_from_options(ns: argparse.Namespace):
    """The sweep a command line asks for; raises UsageError naming the option.

    `--vary lam,levels --values 1e-5,2e-5;100,200` makes a grid: every λ with every n."""
    from fourier_gui.physics.parameters import ParameterError
    from fourier_gui.physics.sweeps import SweepSpec

    names = [v.strip() for v in ns.vary.split(",")]
    groups = ns.values.split(";")
    if len(names) > 2 or not all(names):
        raise UsageError(f"--vary: {ns.vary!r} is out of range (allowed: one parameter, or two separated by a comma)")
    if len(groups) != len(names):
        raise UsageError(
            f"--values: {ns.values!r} gives {len(groups)} list(s) for {len(names)} varied parameter(s) "
            "(allowed: one comma-separated list per parameter, lists separated by ;)"
        )
    values = _values(groups[0])
    values2 = _values(groups[1]) if len(groups) == 2 else ()
    if ns.workers is not None and not 1 <= ns.workers <= 256:
        raise out_of_range("--workers", ns.workers, "integer 1 … 256")
    # the base comes from the preset and the options; the varied fields are then set per point
    base = parameters_from_options(ns)
    vary2 = names[1] if len(names) == 2 else None
    try:
        quantity = ns.quantity or ("mode-rate" if ns.vary == "mode" else "d1")
        hold = ns.hold or "auto"  # sweeps.default_hold: c1 when n varies, else λ
        return SweepSpec(base, names[0], values, ns.seeds, hold, quantity, ns.mode, vary2, values2).validated()
    except ParameterError as exc:
        names_of = {"vary": "--vary", "hold": "--hold", "seeds": "--seeds", "figure": "--figure"}
        names_of |= {"seed": "--seed (+ --seeds − 1)", "initial_seed": "--initial-seed (+ --seeds − 1)"}
        option = (
            "--mode"
            if exc.name == "initial" and ns.quantity in ("mode-rate", "mode-efold")
            else names_of.get(exc.name, "--values")
        )
        raise out_of_range(option, exc.value, exc.allowed) from None


def _executor(ns: argparse.Namespace):
    """The local process pool, or a Dask cluster for `--dask`."""
    if ns.dask is None:
        from fourier_gui.execution.pools import default_executor

        return default_executor(ns.workers)
    from fourier_gui.execution.cluster import dask_executor

    if ns.workers is not None:
        raise UsageError("--workers and --dask exclude each other: a cluster brings its own workers")
    return dask_executor(ns.dask)


class JournaledSweep:
    """A sweep's runs kept as they finish (io/sweep_journal.py), in a journal beside the first file output of
    `outputs` (option → path): a journal left by a stopped sweep is completed with --resume and refused without
    it (its runs would be lost); --resume without one starts the sweep; no journal when every output is
    standard output. `fourier-gui sweep` and `fourier-gui study` run through it alike."""

    def __init__(self, ns: argparse.Namespace, spec, outputs: dict[str, str | None], command: str = "sweep"):
        from fourier_gui.io.atomic import STDOUT
        from fourier_gui.io.sweep_journal import journal_path, journal_runs, read_journal

        self.ns, self.spec, self.command = ns, spec, command
        self.total = len(spec.points()) * spec.seeds
        self.finished: list = []
        self.path = None
        option, output = next(
            ((o, path) for o, path in outputs.items() if path is not None and path != STDOUT), (None, None)
        )
        if output is None:
            if ns.resume:
                files = ", ".join(f"{o} F" for o in outputs)
                raise UsageError(f"--resume: the journal is kept beside a file output ({files})")
            return
        self.path = journal_path(output)
        check_output(str(option), str(self.path))
        if not self.path.exists():
            return
        if not ns.resume:
            raise UsageError(
                f"--resume: {str(self.path)!r} holds the finished runs of a sweep that was stopped: add --resume to "
                "complete it, or remove the file to start again"
            )
        self.finished = read_journal(self.path, spec)
        held = journal_runs(self.path)
        if held and not self.finished:  # resuming would make every run again and then remove the journal
            raise UsageError(
                f"--resume: none of the {held} runs in {str(self.path)!r} belongs to this {command} (its parameters "
                "differ): give the options it was started with, or remove the file to start again"
            )
        if not ns.quiet:
            print(
                f"fourier-gui {command}: resuming: {len(self.finished)} of {self.total} runs taken from "
                f"{str(self.path)!r}",
                file=sys.stderr,
            )

    def run(self, on_row):
        """The whole table (the journal's runs and the missing ones, each new row kept before `on_row` counts
        it), or WORKERS_LOST_STATUS after one line when a cluster lost every worker; raises SweepStopped
        (what finished kept) when a run failed."""
        from fourier_gui.execution.cluster import worker_count
        from fourier_gui.execution.pools import shutdown_now
        from fourier_gui.execution.sweep_runner import WorkersLostError, run_sweep
        from fourier_gui.io.sweep_journal import JournalWriter

        ns, done = self.ns, [1] * len(self.finished)
        journal = JournalWriter(self.path, self.spec) if self.path is not None else None

        def on_result(row) -> None:
            if journal is not None:  # kept before it is counted
                journal.add(row)
            done.append(1)
            on_row(row)

        try:
            with _executor(ns) as executor:
                try:
                    return run_sweep(
                        self.spec,
                        executor=executor,
                        on_result=on_result,
                        finished=self.finished,
                        workers=worker_count(executor),
                    )
                except BaseException:  # a failed run, Ctrl-C or kill: the runs still going end now, not at their end
                    if ns.dask is None:
                        shutdown_now(executor)
                    raise
        except (Interrupted, KeyboardInterrupt) as exc:  # Ctrl-C or kill: the message says what is kept
            if journal is not None and done:
                kept = f"{len(done)} of {self.total} runs are kept in {str(self.path)!r} (--resume completes it)"
                setattr(exc, "note", kept)  # noqa: B010 (said by cli/main.py)
            raise
        except FourierGuiError as exc:  # a run that failed, a cluster without workers: what finished is kept
            kept = f"; {len(done)} of {self.total} runs are kept in {str(self.path)!r} (--resume completes the sweep)"
            message = f"{exc}{kept if journal is not None and done else ''}"
            if not isinstance(exc, WorkersLostError):
                raise SweepStopped(message) from None
            print(f"fourier-gui {self.command}: error: {message}", file=sys.stderr)
            return WORKERS_LOST_STATUS
        finally:
            if journal is not None:
                journal.close()

    def remove(self) -> None:
        """The files hold every run now: the journal goes."""
        if self.path is not None:
            self.path.unlink(missing_ok=True)


def run_sweep_command(ns: argparse.Namespace) -> int:
    from fourier_gui.execution.cluster import check_address
    from fourier_gui.io.sweep_files import write_sweep_csv, write_sweep_json

    spec = sweep_spec_from_options(ns)
    if ns.csv is None and ns.json is None and ns.plot is None:
        raise UsageError("--csv, --json or --plot: give at least one output")
    check_distinct({"--csv": ns.csv, "--json": ns.json, "--plot": ns.plot})
    for option, path in (("--csv", ns.csv), ("--json", ns.json)):
        check_output(option, path)
    check_plot_output("--plot", ns.plot)
    if ns.dask is not None:
        check_address(ns.dask)
    sweep = JournaledSweep(ns, spec, {"--csv": ns.csv, "--json": ns.json, "--plot": ns.plot})
    total = sweep.total
    what = ns.vary.replace(",", " × ")
    progress = ProgressLine(
        f"sweep of {what} ({total} runs)", enabled=not ns.quiet, done_before=len(sweep.finished) / total
    )
    done = [len(sweep.finished)]

    def on_row(row) -> None:
        done[0] += 1
        progress(done[0] / total)

    table = sweep.run(on_row)
    if isinstance(table, int):
        return table
    progress.close()
    if ns.csv:
        write_sweep_csv(ns.csv, table)
    if ns.json:
        write_sweep_json(ns.json, table)
    if ns.plot:
        from fourier_gui.ui.files.offscreen_plots import save_sweep_plot

        with deferred_signals():  # drawn by Qt (cli/interrupts.py)
            save_sweep_plot(table, ns.plot)
    sweep.remove()  # the files hold every run now
    on_stdout = uses_stdout(ns.csv, ns.json)
    law = table.power_law() if spec.quantity == "d1" else None
    if law is not None:  # the result goes to stdout even with --quiet (which silences the progress line)
        interval = "" if law.ci95 is None else f", 95 % interval [{law.ci95[0]:.3f}, {law.ci95[1]:.3f}]"
        report(f"D₁² ∝ {ns.vary}^({law.exponent:.3f} ± {law.exponent_error:.3f}{interval})", on_stdout)
    else:
        for point in table.aggregate():
            where = f"{point['value']:g}" + ("" if not spec.is_grid else f", {spec.vary2} = {point['value2']:g}")
            report(f"{spec.vary} = {where}: {spec.quantity} = {point['quantity_mean']:.4g}", on_stdout)
    return 0
