"""An unexpected exception in the window becomes a dialog with 'Copy details', never a silent
trace on a console the user does not see."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fourier_gui.ui.shell.error_dialog import ErrorDialog, ExceptionCatcher


@pytest.fixture
def catcher():
    hook = ExceptionCatcher().install()
    yield hook
    hook.uninstall()
    for dialog in hook.dialogs:
        dialog.close()


def _boom() -> None:
    raise TypeError("a session value of the wrong type")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_opens_the_dialog(qtbot, catcher, capsys):
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: bool(catcher.dialogs), timeout=3000)
    dialog = catcher.dialogs[0]
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert dialog.reason.text() == "TypeError: a session value of the wrong type"
    assert "Traceback" in dialog.details and "_boom" in dialog.details and "numpy" in dialog.details
    dialog.copy.click()
    assert QApplication.clipboard().text() == dialog.details
    assert dialog.isVisible(), "copying must not close the dialog"
    assert "TypeError" in capsys.readouterr().err  # developers still see it on the console


def test_a_flood_of_errors_opens_at_most_three_dialogs(qtbot, catcher):
    for _ in range(10):
        try:
            _boom()
        except TypeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(catcher.dialogs) == 3


def test_keyboard_interrupt_goes_to_the_previous_hook(qtbot, catcher):
    seen = []
    catcher.previous = lambda *args: seen.append(args[0])
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and not catcher.dialogs
