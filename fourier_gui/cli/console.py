"""What a command prints: result lines on stdout (on stderr when stdout carries a file's data), and the
progress line on stderr."""

from __future__ import annotations

import sys
import time

from fourier_gui.io.atomic import STDOUT


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
