"""The window from the command line: `fourier-gui [FILE] [--preset NAME] [--lesson L] [--run] …`.

FILE is a session (`*.fourier.json`, parameters and maybe results) or a lesson file: what a file manager
passes when a user opens one (resources/desktop/fourier-gui.desktop, `%f`). With `--handout F.pdf` a lesson
is written as a handout without a window (cli/handout.py)."""

from __future__ import annotations

import argparse
import os
import sys

from fourier_gui.cli.output_checks import check_output
from fourier_gui.cli.parameter_options import preset_option
from fourier_gui.cli.usage import UsageError, check_qt_platform


def _has_display() -> bool:
    """Whether Qt can open a window here: a platform chosen explicitly, a non-X11 system, or a display."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _require_qt() -> None:
    """Refuse in one line where the window's libraries are not installed (the headless install, README)."""
    import importlib.util

    for name in ("PySide6", "pyqtgraph"):
        try:
            found = importlib.util.find_spec(name) is not None
        except ImportError:
            found = False
        if not found:
            raise UsageError(
                f"the window needs {name}, which is not installed here (a headless install): pip install fourier-gui "
                "for the app, or use the simulate, sweep, correlation and conductivity commands"
            )


def run_window(ns: argparse.Namespace) -> int:
    from fourier_gui.io.presets import DEFAULT_PRESET

    _require_qt()
    check_qt_platform()
    language = _language_option(ns.language)
    if ns.handout is not None or ns.answers:  # a lesson's handout, written without a window
        return run_handout(ns)

    # Without --preset the window brings back the last parameters (first start: the fig2 preset);
    # a screenshot always starts from a preset, so that it does not depend on the user's settings.
    name = ns.preset or (DEFAULT_PRESET if ns.screenshot else None)
    if name is not None:
        _window_range("--preset", preset_option(name).parameters)
    if ns.screenshot:
        check_output("--screenshot", ns.screenshot, stdout_ok=False)
    lesson = _lesson_option(ns.lesson) if ns.lesson else None
    session = None
    if ns.file is not None:  # a session or a lesson, opened as a document (a file manager's "Open with")
        session, opened = _document(ns.file)
        lesson = opened or lesson
    if not _has_display():
        if not ns.screenshot:
            raise UsageError(
                "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset): start it on a desktop, "
                "under xvfb-run, or use --screenshot FILE or the simulate command"
            )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen: Qt draws it offscreen
    from fourier_gui.ui.shell.app import run_app

    return run_app(
        preset=name,
        # a lesson's step that runs starts its own run; else --run (and a screenshot) start one
        run=(ns.run or bool(ns.screenshot)) and not (lesson is not None and lesson.steps[0].run),
        screenshot=ns.screenshot,
        presentation=ns.presentation,
        tab=ns.tab,
        lesson=lesson,
        session=session,
        session_path=ns.file if session is not None else None,
        language=language,
    )


def _window_range(option: str, params) -> None:
    """A value beyond the window's editors, refused in one line (never lowered silently)."""
    from fourier_gui.physics.parameters import ParameterError, check_window_range

    try:
        check_window_range(params)
    except ParameterError as exc:
        raise UsageError(f"{option}: {exc.name} = {exc.value!r} is out of range (allowed: {exc.allowed})") from None


def run_handout(ns: argparse.Namespace) -> int:
    """`--lesson NAME --handout F.pdf [--answers]`: everything checked first, then the runs and the PDF."""
    from fourier_gui.cli.handout import check_handout_options, write_lesson_handout

    lesson = _lesson_option(ns.lesson) if ns.lesson else None
    if ns.file is not None:
        session, opened = _document(ns.file)
        if session is not None:
            raise UsageError(f"FILE: {ns.file!r} is a session; --handout takes a lesson")
        lesson = opened or lesson
    check_handout_options(ns, lesson)
    return write_lesson_handout(lesson, ns.handout, ns.answers)


def _language_option(code: str | None) -> str | None:
    """`--language CODE` checked against the shipped languages and chosen for this process (None: not given)."""
    if code is None:
        return None
    from fourier_gui.ui.language import SUPPORTED, set_language

    if code not in SUPPORTED:
        raise UsageError(f"--language: {code!r} is not shipped (allowed: {', '.join(SUPPORTED)})")
    set_language(code)
    return code


def _lesson_option(name: str):
    """The lesson `--lesson` names, read and checked before the window opens (one line if it cannot be)."""
    from fourier_gui.io.lessons import LessonError, load_lesson

    try:
        return load_lesson(name)
    except LessonError as exc:
        raise UsageError(f"--lesson: {exc}") from None


def _size(path: str) -> int:
    """The file's size without opening it (a pipe's is 0; the readers refuse what is not a regular file)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _document(path: str):
    """(session, lesson) from the FILE argument: a session file (parameters and maybe results) or a lesson
    file, told apart by their `format`; one line naming the file if it is neither or cannot be read."""
    from fourier_gui.io.lessons import FORMAT as LESSON
    from fourier_gui.io.lessons import LESSON_BYTES, LessonError, read_lesson
    from fourier_gui.io.session import FORMAT as SESSION
    from fourier_gui.io.session import read_session
    from fourier_gui.io.user_files import load_user_json
    from fourier_gui.physics.errors import FourierGuiError

    try:
        if (size := _size(path)) > LESSON_BYTES:  # too large for a lesson: read as a session only, parsed once
            try:
                return read_session(path), None
            except FourierGuiError as exc:
                raise UsageError(f"FILE: {exc} (and at {size} bytes too large for a lesson: 1 MB at most)") from None
        data = load_user_json(path, LessonError, "session or lesson", limit=LESSON_BYTES)
        kind = data.get("format") if isinstance(data, dict) else None
        if kind == LESSON:
            return None, read_lesson(path)
        if kind == SESSION:
            return read_session(path), None
    except FourierGuiError as exc:
        raise UsageError(f"FILE: {exc}") from None
    raise UsageError(f"FILE: {path!r} is neither a fourier-gui session nor a lesson (its 'format' says which)")
