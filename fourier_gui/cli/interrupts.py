"""Ctrl-C and `kill` on the command line (docs/contracts.md, "Exit status"): the command stops where it is,
the file being written is not replaced and its temporary file is removed (io/atomic.py cleans up on any
exception), and one line says so; the exit status is 128 + the signal's number (130 for SIGINT, 143 for
SIGTERM), as a shell reports a process the signal ended."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: The signals a command stops on: Ctrl-C, `kill`, and the terminal closed (SIGHUP, where there is one: it
#: ended the command without a word and left a sweep's workers running).
SIGNALS = (signal.SIGINT, signal.SIGTERM, *((signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ()))


class Interrupted(BaseException):
    """A signal asked the command to stop (a BaseException, like KeyboardInterrupt: no `except Exception`
    on the way may swallow it)."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signal.Signals(signum).name)

    @property
    def exit_status(self) -> int:
        return 128 + self.signum


def _raise(signum: int, _frame: FrameType | None) -> None:
    raise Interrupted(signum)


#: Signals received inside `deferred_signals`, not yet raised.
_pending: list[int] = []


def _record(signum: int, _frame: FrameType | None) -> None:
    _pending.append(signum)


def check_signals() -> None:
    """Raise Interrupted for a signal `deferred_signals` recorded (once)."""
    if _pending:
        signum = _pending[0]
        _pending.clear()
        raise Interrupted(signum)


@contextmanager
def deferred_signals() -> Iterator[None]:
    """While inside, SIGINT and SIGTERM are only recorded; `check_signals()` raises them where it is safe, and
    leaving raises a recorded one. For Qt's drawing (plots, animations): an exception raised inside a Python
    override that Qt calls (a view's paintEvent) is printed and dropped by PySide, the export went on and
    replaced the file, or it left Qt half-way and crashed. An exception from the body gives way to a recorded
    signal (the encoder that the terminal's Ctrl-C ended too is not the story)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _record) for signum in SIGNALS}
    try:
        yield
    except BaseException:
        check_signals()
        raise
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    check_signals()


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """While inside, SIGINT and SIGTERM raise Interrupted in the main thread; the previous handlers come
    back on leaving. Elsewhere than in the main thread (where Python takes no signal handlers) nothing
    changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _raise) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
