"""What every command of the command line shares (docs/contracts.md): one-line errors with exit status 2,
number options, output checks, the progress line on stderr and results on stdout."""

from __future__ import annotations

import argparse
import math
import sys
import time
from typing import NoReturn

from fourier_gui.io.atomic import STDOUT, FileWriteError, check_writable, same_target
from fourier_gui.io.user_files import read_user_text
from fourier_gui.physics.fields import OPTION_OF, shown


class UsageError(Exception):
    """A bad command line: one line, exit status 2."""


class _EdgesError(UsageError):
    def __init__(self, message: str) -> None:
        super().__init__(f"--edges: {message}")


def one_line(text: str) -> str:
    """The text with line breaks shown as \\n: a value typed with a newline must not split the message."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def out_of_range(option: str, value: object, allowed: str) -> UsageError:
    """The one-line message of docs/contracts.md for a refused value."""
    return UsageError(f"{option}: {shown(value)!r} is out of range (allowed: {allowed})")


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports an error in one line (no usage block) and exits with status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(one_line(message))

    def parse_args(self, args=None, namespace=None):
        """Parse, then refuse an option whose value argparse swallowed: `--values=--` leaves [] behind."""
        ns = super().parse_args(args, namespace)
        for action in self._actions:
            if action.nargs is None and action.option_strings and isinstance(getattr(ns, action.dest, None), list):
                raise UsageError(f"{action.option_strings[-1]}: expected a value, not '--'")
        return ns


def number(kind: type):
    def convert(text: str):
        try:
            value = kind(text)
        except ValueError:  # also an integer over 4300 digits, which Python will not convert
            what = "an integer" if kind is int else "a number"
            if kind is int and text.strip().lstrip("+-").isdigit():
                raise argparse.ArgumentTypeError(f"{shown(text)!r} is out of range (allowed: fewer digits)") from None
            raise argparse.ArgumentTypeError(f"{shown(text)!r} is not {what}") from None
        if kind is float and not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
        return value

    return convert


def check_output(option: str, path: str | None, stdout_ok: bool = True) -> None:
    """Refuse, before any work, an output the run could not write: a folder, a device, a missing folder.

    `-` is standard output where `stdout_ok` (CSV and JSON)."""
    if path is None or (stdout_ok and path == STDOUT):
        return
    if path == STDOUT:
        raise UsageError(f"{option}: '-' (standard output) is only for CSV and JSON files")
    try:
        check_writable(path)
    except FileWriteError as exc:
        raise UsageError(f"{option}: {exc}") from None


def check_distinct(outputs: dict[str, str | None]) -> None:
    """Refuse two options that name one file (also through links or other paths to it): the second
    write would silently replace the first. Standard output counts as one file too."""
    given = [(option, path) for option, path in outputs.items() if path is not None]
    for i, (option, path) in enumerate(given):
        for other, other_path in given[:i]:
            if path == other_path or (STDOUT not in (path, other_path) and same_target(path, other_path)):
                raise UsageError(f"{option}: {shown(path)!r} is the file {other} writes too; give each output its own")


def check_plot_output(option: str, path: str | None) -> None:
    """`check_output` for a plot file, which must end in .png or .svg (no standard output)."""
    check_output(option, path, stdout_ok=False)
    if path is not None and not path.lower().endswith((".png", ".svg")):
        raise UsageError(f"{option}: {path!r} is out of range (allowed: a .png or .svg file)")


def preset_option(name: str):
    """The preset `--preset NAME` names; an unknown name is a UsageError listing the known ones."""
    from fourier_gui.io.presets import UnknownPresetError, load_preset

    try:
        return load_preset(name)
    except UnknownPresetError as exc:
        raise UsageError(f"--preset: {exc}") from None


def uses_stdout(*paths: str | None) -> bool:
    """True when one of the outputs is standard output, so results must not be printed there too."""
    return STDOUT in paths


def report(line: str, data_on_stdout: bool = False) -> None:
    """A result line: on stdout, or on stderr when stdout carries a file's data (`--csv -`)."""
    print(line, file=sys.stderr if data_on_stdout else sys.stdout)


class ProgressLine:
    """A progress line on stderr, shown only once a run has taken more than a second."""

    def __init__(self, label: str, enabled: bool = True) -> None:
        self.label = label
        self.enabled = enabled
        self.start = time.perf_counter()
        self.last = 0.0
        self.shown = False

    def __call__(self, fraction: float) -> None:
        now = time.perf_counter() - self.start
        if not self.enabled or now < 1.0 or now - self.last < 0.2:
            return
        self.last = now
        remaining = now * (1.0 - fraction) / fraction if fraction > 0 else float("nan")
        print(
            f"\r{self.label}: {100 * fraction:5.1f} %  {now:6.1f} s, ≈ {remaining:.0f} s left ", end="", file=sys.stderr
        )
        self.shown = True

    def close(self) -> None:
        if self.shown:
            print(f"\r{self.label}: done in {time.perf_counter() - self.start:.1f} s" + " " * 20, file=sys.stderr)


def parameters_from_options(ns: argparse.Namespace):
    """The parameters a `simulate` command line asks for (preset, then options); raises UsageError."""
    from fourier_gui.physics.parameters import ParameterError, SimulationParameters

    base = preset_option(ns.preset).parameters if ns.preset else SimulationParameters()
    if ns.t_max is not None and ns.t_max_gamma is not None:
        raise UsageError("--t-max and --t-max-gamma exclude each other: give one")
    changes = {f: getattr(ns, f) for f in OPTION_OF if getattr(ns, f, None) is not None}
    if ns.t_max is not None:
        changes["t_max_gamma"] = None
    if ns.t_max_gamma is not None:
        changes["t_max"] = None
    if ns.edges is not None:
        changes["edges"] = _edges_from_file(ns.edges)
    try:
        return base.with_changes(**changes).validated()
    except ParameterError as exc:
        raise out_of_range(OPTION_OF.get(exc.name, exc.name), exc.value, exc.allowed) from None


def _edges_from_file(path: str) -> str:
    """An edge-list CSV (lines a,b or a,b,λ; sites 1 … N; # comments) as the `edges` parameter: the same
    entries on one line, between semicolons (so that it stays one line of a CSV header or a session)."""
    text = read_user_text(path, _EdgesError, "edge list")  # a regular file of bounded size, or one line
    entries = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    entries = [entry for entry in entries if entry]
    if not entries:
        raise UsageError(f"--edges: {shown(path)!r} holds no edge (allowed: lines a,b or a,b,λ)")
    return "; ".join(entries)
