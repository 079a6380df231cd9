"""The check every test passes through (tests/conftest.py, `no_thread_left_running`): it sees a Python thread
or an engine QThread that a test leaves running, and lets pass a thread that ends, one that ran before the
test, and the long-lived ones it names."""

from __future__ import annotations

import threading
import time

import pytest

from tests.conftest import LONG_LIVED_THREADS, THREAD_GRACE_SECONDS, leftover_threads


def _waiting_thread(name: str) -> tuple[threading.Thread, threading.Event]:
    release = threading.Event()
    thread = threading.Thread(target=release.wait, name=name, daemon=True)
    return thread, release


def test_every_test_passes_through_the_check(request):
    assert "no_thread_left_running" in request.fixturenames


def test_a_python_thread_left_running_is_caught():
    before = set(threading.enumerate())
    thread, release = _waiting_thread("leaked by a test")
    thread.start()
    try:
        assert leftover_threads(before, grace=0.1) == ["Python thread 'leaked by a test'"]
    finally:
        release.set()
        thread.join()
    assert leftover_threads(before, grace=0.1) == []


def test_a_thread_that_ends_within_the_grace_or_ran_before_is_no_leak():
    earlier, release = _waiting_thread("running before the test")
    earlier.start()
    before = set(threading.enumerate())
    ending = threading.Thread(target=time.sleep, args=(0.2,), name="winding down")
    ending.start()
    try:
        assert leftover_threads(before, grace=5.0) == []
        assert not ending.is_alive()
    finally:
        release.set()
        earlier.join()


def test_only_the_named_threads_are_let_pass():
    before = set(threading.enumerate())
    names = ["fourier-gui kernel load", "named by the test", "a fourier-gui kernel load", "named by the test 2"]
    threads = [_waiting_thread(name) for name in names]
    for thread, _release in threads:
        thread.start()
    try:
        assert "fourier-gui kernel load" in LONG_LIVED_THREADS
        assert leftover_threads(before, grace=0.1, allowed=("named by the test",)) == [
            "Python thread 'a fourier-gui kernel load'",
            "Python thread 'named by the test 2'",
        ]
    finally:
        for thread, release in threads:
            release.set()
            thread.join()


@pytest.mark.leaves_threads("left on purpose")
def test_a_test_may_name_the_thread_it_leaves():
    """Without its mark, this test would fail: the thread outlives the check's grace (and then ends)."""
    threading.Thread(target=time.sleep, args=(THREAD_GRACE_SECONDS + 1,), name="left on purpose", daemon=True).start()


def test_an_engine_thread_left_running_is_caught_and_stopped(qtbot):
    from fourier_gui.engine.engine import Engine, running_threads

    def job(control):
        time.sleep(0.3)  # a block of work: the thread still runs when the check looks
        yield 1

    engine = Engine()
    before = set(threading.enumerate())
    engine.start(job)
    qtbot.waitUntil(lambda: running_threads() != [], timeout=5_000)
    assert leftover_threads(before, grace=0.0) == ["engine QThread 'fourier-gui engine'"]
    assert running_threads() == []  # stopped by the check, so the leak does not reach the next test
    qtbot.waitUntil(lambda: not engine.busy, timeout=5_000)
