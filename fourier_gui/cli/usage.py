"""A wrong command line, said in one line (docs/contracts.md): `UsageError` (exit status 2), the parser that
raises it, the refusal of a value out of range, and the number options."""

from __future__ import annotations

import argparse
import math
import os
from typing import NoReturn

from fourier_gui.physics.fields import shown


class UsageError(Exception):
    """A bad command line: one line, exit status 2."""


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


#: Thread counts read from the environment by the libraries when they load, checked before any of them does.
THREAD_VARIABLES = ("NUMBA_NUM_THREADS",)


def check_environment() -> None:
    """Refuse, in one line before numba loads, a thread count it cannot take (0 and −1 raised a raw ValueError)
    or that swamps the machine (10000 threads made a 1.6 s run last minutes)."""
    cores = os.cpu_count() or 1
    for name in THREAD_VARIABLES:
        text = os.environ.get(name)
        if text is None or text.strip() == "":
            continue
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or not 1 <= value <= cores:
            raise out_of_range(name, text, f"integer 1 … {cores}, the machine's cores, or unset")


def check_qt_platform() -> None:
    """Refuse, before any work, a QT_QPA_PLATFORM that names no platform plugin Qt has: Qt aborts on it
    (SIGABRT, a block of lines) when it first draws, after the run. Only where Qt will draw (the window,
    plots, animations), and not when other plugin folders are given (QT_PLUGIN_PATH, QT_QPA_PLATFORM_PLUGIN_PATH)."""
    text = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if not text or os.environ.get("QT_PLUGIN_PATH") or os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        return
    from PySide6.QtCore import QLibraryInfo

    folder = os.path.join(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), "platforms")
    try:
        files = os.listdir(folder)
    except OSError:
        return
    have = sorted({name.split(".")[0].removeprefix("lib").removeprefix("q") for name in files})
    names = [choice.split(":")[0].strip() for choice in text.split(";")]  # "wayland;xcb", "offscreen:opts"
    if not any(name.split("-")[0] in have for name in names if name):  # wayland-egl comes with wayland
        raise out_of_range("QT_QPA_PLATFORM", text, f"{', '.join(have)}, or unset")
    if all(name == "xcb" for name in names) and not os.environ.get("DISPLAY"):
        raise UsageError(f"QT_QPA_PLATFORM: {text!r} needs an X display, and DISPLAY is unset")
