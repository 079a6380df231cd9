"""The window takes the keyboard back after a dialog (`FocusReturn`).

A window manager gives the focus back to the window under a dialog that closes; without one (a bare X server,
some kiosks and classroom set-ups driven by xdotool) nothing does, and the keys — PageDown, A, F5 — went
nowhere until the window was clicked. Whenever a dialog of the application (a file dialog, a message, the print
dialog) hides, or the application's focus window becomes none, the window is activated and its focus widget
(else its central widget) takes the focus, unless another dialog is still open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from shiboken6 import isValid


class FocusReturn(QObject):
    """Gives `window` the keyboard back whenever a dialog closes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watched: set[int] = set()  # the dialogs this filter is installed on, by id
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)

    def _focus_window_changed(self, focus: QWindow | None) -> None:
        if focus is None:  # nobody has the keyboard: a dialog went without a window manager to hand it on
            QTimer.singleShot(0, self.take_back)
            return
        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        if isinstance(dialog, QDialog) and id(dialog) not in self.watched:
            self.watched.add(id(dialog))
            dialog.installEventFilter(self)
            dialog.destroyed.connect(lambda _obj=None, key=id(dialog): self.watched.discard(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow():
            QTimer.singleShot(0, self.take_back)
        return False

    def take_back(self) -> None:
        """Activate the window and focus its focus widget (else the central one), unless a dialog is still open."""
        window = self.window
        if not isValid(window) or not window.isVisible() or QApplication.activeModalWidget() is not None:
            return
        active = QApplication.activeWindow()
        if active is not None and active is not window and active.isVisible():
            return  # another window of the application has the keyboard: leave it
        window.activateWindow()
        target = window.focusWidget() or window.centralWidget()
        if target is not None:
            target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
