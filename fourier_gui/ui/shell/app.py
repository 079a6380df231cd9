"""Start the window: `fourier-gui [--preset NAME] [--run] [--screenshot FILE]`."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
from types import FrameType

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from fourier_gui import __version__
from fourier_gui.engine.run_model import RunState
from fourier_gui.io.bundled import resources_path
from fourier_gui.io.presets import load_preset
from fourier_gui.ui.gui_garbage import collect_garbage_in_gui_thread

#: The fast kernel starts loading this long after the window shows (its first paint stays quick).
KERNEL_WARM_UP_MS = 1500
#: Ctrl-C, `kill` and the terminal closed: the window ends as a command does (docs/contracts.md, "Exit status").
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, *((signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ()))


class SignalStop:
    """While the window runs, a stop signal is only recorded (Qt's C++ calls Python overrides, where an exception
    is printed and dropped); a timer in the GUI thread then cancels an animation being exported (its old file
    intact, no temporary file, no encoder left), closes the window and quits with 128 + the signal's number."""

    def __init__(self, window: QWidget, app: QApplication) -> None:
        self.window, self.app = window, app
        self.signum: int | None = None
        self.previous: dict[int, object] = {}
        if threading.current_thread() is threading.main_thread():
            self.previous = {signum: signal.signal(signum, self._record) for signum in STOP_SIGNALS}
        self.timer = QTimer()
        self.timer.setInterval(200)  # Python's handlers run only when Python does: this makes it run
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _record(self, signum: int, _frame: FrameType | None) -> None:
        if self.signum is None:
            self.signum = signum

    def _check(self) -> None:
        if self.signum is None:
            return
        self.timer.stop()
        from fourier_gui.ui.files.animation_export import AnimationJob

        for job in self.window.findChildren(AnimationJob):
            job.cancel()
        self.window.close()
        self.app.quit()

    def end(self) -> int | None:
        """Put the handlers back; the exit status if a signal stopped the window (its one line said)."""
        self.timer.stop()
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        if self.signum is None:
            return None
        with contextlib.suppress(OSError):  # the terminal may be gone
            print(
                f"fourier-gui: stopped by {signal.Signals(self.signum).name}; no file is left half-written",
                file=sys.stderr,
            )
        return 128 + self.signum


def make_app() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("fourier-gui")
    app.setOrganizationName("fourier-gui")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("fourier-gui")
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The window and taskbar icon, from the bundled PNGs (and the SVG master where Qt can draw it)."""
    icons = resources_path() / "icons"
    icon = QIcon()
    for png in sorted(icons.glob("fourier-gui-*.png")):
        icon.addFile(str(png))
    return icon


def save_screenshot(window, path: str) -> str | None:
    """Grab the whole window (works offscreen too) and save it as PNG through the safe writer; the reason
    in one line if it could not be written (the old file is then intact), else None."""
    from fourier_gui.io.atomic import FileWriteError, atomic_write_bytes
    from fourier_gui.ui.files.plot_files import png_bytes

    QApplication.processEvents()
    try:
        atomic_write_bytes(path, png_bytes(window.grab().toImage()))
    except FileWriteError as exc:
        return str(exc)
    except OSError as exc:  # Qt could not encode the image
        return f"cannot write {path!r}: {exc}"
    return None


def run_app(
    preset: str | None = None,
    run: bool = False,
    screenshot: str | None = None,
    presentation: bool = False,
    tab: str | None = None,
    lesson=None,
    session=None,
    session_path: str | None = None,
    language: str | None = None,
) -> int:
    from fourier_gui.ui.shell.main_window import MainWindow
    from fourier_gui.ui.shell.run_launch import warm_up_kernel

    app = make_app()
    from fourier_gui.ui.language import install_translator, saved_language, set_language

    # --language, else View → Language's choice (not for a screenshot: it never depends on the settings)
    set_language(language or (saved_language() if screenshot is None else None))
    install_translator(app)
    gc.disable()  # until the collector below takes over in the GUI thread: no worker runs before
    from fourier_gui.ui.shell.error_dialog import ExceptionCatcher

    catcher = ExceptionCatcher().install()
    params = load_preset(preset).parameters if preset else None
    if session is not None:  # (parameters, result or None), opened as a document
        params = session[0]
    # the plots load pyqtgraph: after the first paint, unless they are wanted at once (screenshot, tab, lesson)
    later = screenshot is None and tab is None and lesson is None
    window = MainWindow(params, restore=screenshot is None, plots_after_paint=later)
    launched = os.environ.get("FOURIER_GUI_LAUNCHED")  # set by tests/benchmarks/bench_open.py
    if launched:
        window.dynamics_page.painted.connect(lambda: report_open_time(window, float(launched)))
    if session is not None:  # shown as File → Open session shows it: the file in the title bar, no welcome card
        window.show_session(session_path or "session.fourier.json", *session)
    if presentation:  # a projector's whole screen, not the 1500×940 of a desk
        screen = window.screen() or app.primaryScreen()
        window.setGeometry(screen.availableGeometry())
        window.set_presentation(True)
    if tab is not None:
        window.tabs.setCurrentIndex(("dynamics", "transport", "studies").index(tab))
    if lesson is not None:  # its first step sets the parameters (and runs, if it says so)
        window.lessons.open(lesson)
    window.show()
    collector: list[object] = []  # pyqtgraph's, kept while the app runs: it loads with the plots
    if later:  # the page's first paint is emitted once
        window.dynamics_page.painted.connect(lambda: collector.append(collect_garbage_in_gui_thread()))
    else:
        collector.append(collect_garbage_in_gui_thread())
    if not screenshot:  # the kernel compiles (first time) or loads while the user looks at the window
        QTimer.singleShot(KERNEL_WARM_UP_MS, lambda: warm_up_kernel(window.model, window.run_status))
    status = {"code": 0}
    if screenshot:

        def finish(outcome: RunState) -> None:
            window.run_view.redraw(force=True)
            failure = save_screenshot(window, screenshot)
            if failure is not None:
                print(f"fourier-gui: error: --screenshot: {failure}", file=sys.stderr)
                status["code"] = 2
            if outcome is RunState.FAILED:
                print(f"fourier-gui: error: the run failed: {window.last_status}", file=sys.stderr)
                status["code"] = 1
            window.close()
            app.quit()

        def refused(reason: str) -> None:  # nothing will finish (a lesson's step too): say why, write nothing
            print(f"fourier-gui: error: cannot run: {' '.join(reason.split())}", file=sys.stderr)
            status["code"] = 2
            window.close()
            app.quit()

        window.run_finished.connect(lambda outcome: QTimer.singleShot(100, lambda: finish(outcome)))
        window.run_refused.connect(lambda reason: QTimer.singleShot(0, lambda: refused(reason)))
    if run:

        def start() -> None:
            window.start_run()  # a refusal ends a screenshot's window through run_refused

        if later:  # after the first paint and the plots: the window shows at once, then runs
            window.dynamics_page.painted.connect(start)
        else:
            QTimer.singleShot(0, start)
    stop = SignalStop(window, app)
    code = app.exec()
    stopped = stop.end()
    catcher.uninstall()
    dispose(window)
    gc.enable()
    return stopped or status["code"] or code


def report_open_time(window, launched: float) -> None:
    """One line on stderr: seconds from `launched` (time.time() when the process was started) to the window's
    first paint and to its plots built (tests/benchmarks/bench_open.py reads it; with plots built before the
    first paint the second number is the smaller)."""
    window.build_views()
    page = window.dynamics_page
    painted, filled = page.painted_at - launched, page.filled_at - launched
    print(f"fourier-gui: opened: first paint {painted:.3f} s, plots {filled:.3f} s", file=sys.stderr)
    sys.stderr.flush()


def dispose(window: QWidget) -> None:
    """Delete the window and its plots while Python still runs: left to PySide's clean-up at exit, a
    plot's graphics widgets were destroyed after the interpreter had begun to shut down and called back
    into it (a segmentation fault in about one exit in three)."""
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
