"""`fourier-gui sweep`: one parameter (or two, a grid) over several seeds, on local processes or a Dask
cluster (docs/contracts.md)."""

from __future__ import annotations

import argparse

from fourier_gui.cli_support import (
    ProgressLine,
    UsageError,
    check_output,
    out_of_range,
    parameters_from_options,
    report,
    uses_stdout,
)


def sweep_spec_from_options(ns: argparse.Namespace):
    """The sweep a command line asks for; raises UsageError naming the option."""
    from fourier_gui.physics.parameters import ParameterError
    from fourier_gui.physics.sweeps import SweepSpec

    try:
        values = tuple(float(v) for v in ns.values.split(",") if v.strip())
    except ValueError:
        raise UsageError(f"--values: {ns.values!r} is not a comma-separated list of numbers") from None
    if not values:
        raise UsageError("--values: give at least one value")
    if ns.workers is not None and not 1 <= ns.workers <= 256:
        raise out_of_range("--workers", ns.workers, "integer 1 … 256")
    # the base comes from the preset and the options; the varied field is then set per point
    base = parameters_from_options(ns)
    hold = ns.hold or ("c1" if ns.vary == "levels" else "lam")
    try:
        figure = ns.figure or ("mode-rate" if ns.vary == "mode" else "d1")
        return SweepSpec(base, ns.vary, values, ns.seeds, hold, figure, ns.mode).validated()
    except ParameterError as exc:
        names = {"vary": "--vary", "hold": "--hold", "seeds": "--seeds", "figure": "--figure"}
        option = "--mode" if exc.name == "initial" and ns.figure == "mode-rate" else names.get(exc.name, "--values")
        raise out_of_range(option, exc.value, exc.allowed) from None


def run_sweep_command(ns: argparse.Namespace) -> int:
    from fourier_gui.io.sweep_files import write_sweep_csv, write_sweep_json
    from fourier_gui.physics.sweeps import default_executor, run_sweep

    spec = sweep_spec_from_options(ns)
    for option, path in (("--csv", ns.csv), ("--json", ns.json)):
        check_output(option, path)
    total = len(spec.values) * spec.seeds
    progress = ProgressLine(f"sweep of {ns.vary} ({total} runs)", enabled=not ns.quiet)
    done = []

    def on_result(_figures) -> None:
        done.append(1)
        progress(len(done) / total)

    with default_executor(ns.workers) as executor:
        table = run_sweep(spec, executor=executor, on_result=on_result)
    progress.close()
    write_sweep_csv(ns.csv, table)
    if ns.json:
        write_sweep_json(ns.json, table)
    on_stdout = uses_stdout(ns.csv, ns.json)
    law = table.power_law() if spec.figure == "d1" else None
    if law is not None:  # the result goes to stdout even with --quiet (which silences the progress line)
        interval = "" if law.ci95 is None else f", 95 % interval [{law.ci95[0]:.3f}, {law.ci95[1]:.3f}]"
        report(f"D₁² ∝ {ns.vary}^({law.exponent:.3f} ± {law.exponent_error:.3f}{interval})", on_stdout)
    else:
        for point in table.aggregate():
            report(f"{ns.vary} = {point['value']:g}: {spec.figure} = {point['figure_mean']:.4g}", on_stdout)
    return 0
