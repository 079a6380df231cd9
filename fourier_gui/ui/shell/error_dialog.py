"""The window's last line of defence: an unexpected exception becomes a dialog, never a silent console
trace. The dialog says what went wrong in one line and offers the full traceback to copy into a report."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fourier_gui import __version__
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.ui.language import translate


def error_details(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback and the versions, as pasted into a bug report."""
    from fourier_gui.io.provenance import environment

    lines = traceback.format_exception(kind, exc, tb)
    env = "\n".join(f"{k}: {v}" for k, v in environment().items())
    return "".join(lines) + f"\nfourier-gui {__version__}\n{env}\n"


class ErrorDialog(QDialog):
    """The one-line reason, the details folded below, 'Copy details' (stays open) and 'Close'."""

    def __init__(self, reason: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("error_dialog", "Something went wrong"))
        self.setObjectName("unexpected-error")
        self.details = details
        layout = QVBoxLayout(self)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reason)
        hint = QLabel(
            translate(
                "error_dialog", "The app keeps running. If this looks like a bug, copy the details into a report."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setVisible(False)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.toggle = buttons.addButton(
            translate("error_dialog", "Show details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy = buttons.addButton(translate("error_dialog", "Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.setToolTip(translate("error_dialog", "Put the traceback and the versions on the clipboard"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.toggle.clicked.connect(self._toggle)
        self.copy.clicked.connect(self.copy_details)
        close.clicked.connect(self.close)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy.setText(translate("error_dialog", "Copied"))

    def _toggle(self) -> None:
        self.text.setVisible(not self.text.isVisible())
        self.toggle.setText(
            translate("error_dialog", "Hide details")
            if self.text.isVisible()
            else translate("error_dialog", "Show details")
        )
        self.adjustSize()


def show_exception(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None, parent: QWidget | None = None
) -> ErrorDialog:
    """Show the dialog for one exception (not modal: the window stays usable)."""
    reason = str(exc) if isinstance(exc, FourierGuiError) else f"{kind.__name__}: {exc}"
    dialog = ErrorDialog(reason, error_details(kind, exc, tb), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def shiboken_valid(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


class ExceptionCatcher:
    """sys.excepthook for the window: shows each unexpected exception in a dialog (one at a time)."""

    def __init__(self) -> None:
        self.previous = sys.excepthook
        self.dialogs: list[ErrorDialog] = []

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            self.previous(kind, exc, tb)
            return
        traceback.print_exception(kind, exc, tb, file=sys.stderr)  # still on the console, for developers
        try:
            parent = QApplication.activeWindow()
            self.dialogs = [d for d in self.dialogs if shiboken_valid(d) and d.isVisible()]
            if len(self.dialogs) < 3:  # an error in a timer must not flood the screen
                self.dialogs.append(show_exception(kind, exc, tb, parent))
        except Exception:
            self.previous(kind, exc, tb)

    def install(self) -> ExceptionCatcher:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        sys.excepthook = self.previous
