"""What every test shares, defined once: Qt offscreen unless told otherwise, settings in a scratch folder,
a check that no test leaves a thread running, the hypothesis profiles, and the fixtures that open
the main window and run it to the end (`open_window`, `window`, `window_parameters`, `run_to_end`).

Marks (pyproject.toml): `slow` (long physics or whole-lesson checks), `xvfb` (a real window on the X display
pytest-xvfb starts, one per xdist worker), `release` (builds the wheel and the bundle). `make test` runs
them all over both cores; `make check` leaves the three out.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# `make test` runs one test process per core. Set before numpy and numba load, and inherited by the app
# processes the tests start: one BLAS thread per process, and numba's OpenMP threads sleep instead of spinning
# while they wait. Both spent up to twenty times the CPU time of the work itself on a busy machine (OpenBLAS's
# threads on the small products of these runs; idle OpenMP threads spinning against the other process). The
# numbers do not depend on either; numba's thread count is left alone (the kernel tests compare one with all).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
# Watch the windows with FOURIER_GUI_SHOW_WINDOWS=1 (then Qt uses the real display).
if not os.environ.get("FOURIER_GUI_SHOW_WINDOWS"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# QSettings (and anything else following XDG) writes here, never into the user's own configuration; each
# xdist worker imports this file itself, so each has its own folder.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="fourier-gui-test-config-")

#: Fuzzing of the readers (tests/io/test_fuzzed_readers.py): the same examples on every run, no example
#: database. `make test` runs "default" (100 examples a reader), `make check` "quick" (50);
#: HYPOTHESIS_PROFILE=thorough tries 400.
_FUZZ = dict(
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile("default", max_examples=100, **_FUZZ)
settings.register_profile("quick", max_examples=50, **_FUZZ)
settings.register_profile("thorough", max_examples=400, **_FUZZ)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests first, in their order otherwise: the workers of `make test` take the next test as they
    finish one (each holds two), and so end together. The release check's halves (a minute or more each) go
    one to each worker: each is followed by one of the real window and the slow tests, which come next."""

    def rank(item: pytest.Item) -> int:
        if item.get_closest_marker("release"):
            return 0
        return 1 if item.get_closest_marker("slow") or item.get_closest_marker("xvfb") else 2

    ordered = sorted(items, key=rank)
    release = [item for item in ordered if rank(item) == 0]
    rest = ordered[len(release) :]
    spread: list[pytest.Item] = []
    for half in release:
        spread.append(half)
        if rest:
            spread.append(rest.pop(0))
    items[:] = spread + rest


@pytest.fixture(scope="session")
def gui_thread_garbage_collection(qapp) -> Iterator[Any]:
    """As the app does (ui/shell/app.py): Python's cycle collector only in the GUI thread, from a timer. Left
    automatic, it ran in an engine's worker thread, destroyed a closed window's Qt objects there and deadlocked
    against the GUI thread (a hang at the end of `make test`) or crashed a test worker."""
    from fourier_gui.ui.gui_garbage import collect_garbage_in_gui_thread

    collector = collect_garbage_in_gui_thread()
    yield collector
    import gc

    gc.enable()


@pytest.fixture(autouse=True)
def garbage_collected_in_the_gui_thread(gui_thread_garbage_collection) -> Iterator[None]:
    """Each test ends with the collection its garbage is due, here in the GUI thread (the timer runs only while
    a test waits on Qt's event loop)."""
    yield
    gui_thread_garbage_collection.check()


#: The Python threads any test may leave running, by name: the fused kernel's loading thread
#: (execution/fused_kernel.preload), which a window starts 1.5 s after it opens; it cannot be cancelled and
#: ends on its own when the kernels are loaded (0.5 s) or compiled (9 s on a fresh machine); and Dask's
#: offload thread, the one worker of distributed's process-wide executor (distributed.utils), made by the
#: first cluster a process starts and kept, by design, for the life of the process. Any other thread a test
#: leaves is named by its `leaves_threads` mark, with the reason.
LONG_LIVED_THREADS = ("fourier-gui kernel load", "Dask-Offload_0")
#: How long a thread started by a test may take to end after it: one that is winding down (its job done, the
#: interpreter not yet told) is no leak.
THREAD_GRACE_SECONDS = 2.0


def leftover_threads(
    before: set[threading.Thread], grace: float = THREAD_GRACE_SECONDS, allowed: tuple[str, ...] = ()
) -> list[str]:
    """What still runs of what a test started: every Python thread (threading.enumerate()) not in `before`
    still alive after `grace` seconds, but those named in LONG_LIVED_THREADS or `allowed`; and every engine
    QThread still running (engine.running_threads(), the engine's registry of every QThread it started). Qt's
    threads have no Python thread object, and the stand-ins Python makes for them when they run Python code
    (`_DummyThread`) say nothing of whether they still run: they are left to that registry. The engine's
    threads still running are stopped, so that one leak does not spill into the next test."""
    deadline = time.monotonic() + grace
    python = []
    for thread in threading.enumerate():
        if thread in before or isinstance(thread, threading._DummyThread):
            continue
        if thread.name in LONG_LIVED_THREADS or thread.name in allowed:
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            python.append(f"Python thread {thread.name!r}")
    engine = sys.modules.get("fourier_gui.engine.engine")
    alive = engine.running_threads() if engine is not None else []
    for thread in alive:
        thread.quit()
        thread.wait(5000)
    return python + [f"engine QThread {thread.objectName()!r}" for thread in alive]


@pytest.fixture(autouse=True)
def no_thread_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a thread running (leftover_threads: the Python threads it started, the engine's
    QThreads); a test that leaves one on purpose names it: `@pytest.mark.leaves_threads("name", …)`."""
    mark = request.node.get_closest_marker("leaves_threads")
    before = set(threading.enumerate())
    yield
    left = leftover_threads(before, allowed=tuple(mark.args) if mark else ())
    assert not left, f"the test left {len(left)} thread(s) running: {', '.join(left)}"


@pytest.fixture
def open_window(qtbot) -> Iterator[Callable[..., Any]]:
    """Open main windows as a user would: shown, exposed, plots built after the first paint as the app does,
    and active (so that shortcuts reach them), without the user's saved settings. At the end each leaves
    presentation mode (it changes the application's fonts) and closes."""
    from fourier_gui.ui.shell.main_window import MainWindow

    opened = []

    def open_(params=None):
        w = MainWindow(params, restore=False, plots_after_paint=True)  # as the app opens it: plots after paint
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.views_built, timeout=10_000)
        w.activateWindow()
        opened.append(w)
        return w

    yield open_
    for w in opened:
        if w.presentation:
            w.set_presentation(False)
        w.close()


@pytest.fixture
def window_parameters(request: pytest.FixtureRequest):
    """The parameters `window` opens with: the test module's `WINDOW_PARAMETERS` (tests/ui/runs.py has the
    common ones), None (the defaults) without; a module may still override this fixture."""
    return getattr(request.module, "WINDOW_PARAMETERS", None)


@pytest.fixture
def window(open_window, window_parameters):
    """One main window, opened by `open_window` with `window_parameters`."""
    return open_window(window_parameters)


@pytest.fixture
def run_to_end(qtbot) -> Callable[..., Any]:
    """Start a run and wait until it has ended, returning how it ended.

    `run_to_end(window)` presses Run (or calls `start`, e.g. a key click) once the last run has wound down,
    and returns how the window's run ended: RunState.FINISHED, STOPPED or FAILED. `run_to_end(model)` starts a bare
    RunModel, waits until its engine is idle again and returns its RunEnded.
    """
    from fourier_gui.engine.run_model import RunModel

    def run(target, timeout: int = 60_000, start: Callable[[], object] | None = None):
        if isinstance(target, RunModel):
            with qtbot.waitSignal(target.ended, timeout=timeout) as blocker:
                assert target.start()
            qtbot.waitUntil(lambda: not target.engine.busy, timeout=10_000)
            return blocker.args[0]
        qtbot.waitUntil(lambda: target.model.can_start, timeout=10_000)  # the last run's thread has wound down
        assert target.action["run"].isEnabled(), target.last_status
        with qtbot.waitSignal(target.run_finished, timeout=timeout) as blocker:
            (start or target.action["run"].trigger)()
        return blocker.args[0]

    return run
