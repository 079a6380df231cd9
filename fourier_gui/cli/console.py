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


#: Off a terminal (a log file, a pipe), a progress line is written each time this share more is done.
LOG_STEP = 0.1


class ProgressLine:
    """A progress line on stderr, shown only once a run has taken more than a second: on a terminal one
    line rewritten in place (`\\r`); elsewhere (a log file, a pipe) a plain line at every 10 % and none between,
    so that a log holds no carriage returns."""

    def __init__(self, label: str, enabled: bool = True, done_before: float = 0.0) -> None:
        self.label = label
        self.enabled = enabled
        self.done_before = done_before  # the share done before this process began (a resumed sweep's)
        self.start = time.perf_counter()
        self.last = 0.0
        self.shown = False
        self.on_terminal = _is_terminal(sys.stderr)
        self.logged = 0  # off a terminal: the last step of LOG_STEP written

    def __call__(self, fraction: float) -> None:
        now = time.perf_counter() - self.start
        if not self.enabled or now < 1.0:
            return
        new = fraction - self.done_before
        remaining = now * (1.0 - fraction) / new if new > 0 else float("nan")
        text = f"{self.label}: {100 * fraction:5.1f} %  {now:6.1f} s, ≈ {remaining:.0f} s left"
        if not self.on_terminal:
            step = int(fraction / LOG_STEP + 1e-9)
            if step > self.logged:
                self.logged = step
                print(text, file=sys.stderr)
                self.shown = True
            return
        if now - self.last < 0.2:
            return
        self.last = now
        print(f"\r{text} ", end="", file=sys.stderr)
        self.shown = True

    def close(self) -> None:
        if self.shown:
            text = f"{self.label}: done in {time.perf_counter() - self.start:.1f} s"
            print(f"\r{text}" + " " * 20 if self.on_terminal else text, file=sys.stderr)


def _is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False
