"""Small widgets: a spin box for numbers spanning decades, a verdict badge, and the dialog that shows a failure."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel

from fourier_gui.ui.language import shown_number

BADGE_STYLE = {
    "met": "background:#1b7f3b; color:white;",
    "marginal": "background:#b8860b; color:white;",
    "violated": "background:#b3261e; color:white;",
}


class ScientificSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox shown in 'g' notation (5e-05) that steps by ~10 % of its value.

    Read it with `value()`, never from its text (it shows the window's decimal comma in German, and reads a
    point or a comma).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDecimals(15)
        self.setKeyboardTracking(True)

    def textFromValue(self, value: float) -> str:
        return shown_number(value, ".6g")  # a decimal comma in German; both are read back

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip().replace(",", ".")
        if not stripped:
            return QValidator.State.Intermediate, text, pos
        try:
            value = float(stripped)
        except ValueError:
            partial = stripped.rstrip("eE+-.")
            ok = partial == "" or _is_float(partial)
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, pos
        if not math.isfinite(value):
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:
        value = self.value()
        step = 10 ** math.floor(math.log10(abs(value))) / 2 if value else 1e-6
        self.setValue(value + steps * step)


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class Badge(QLabel):
    """A rounded label coloured by a verdict: met, marginal or violated."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFixedWidth(72)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_verdict("met")

    def set_verdict(self, verdict: str, text: str | None = None) -> None:
        self.setText(text or verdict)
        self.setStyleSheet(f"QLabel {{ {BADGE_STYLE[verdict]} border-radius:4px; padding:1px 6px; }}")
        self.setAccessibleDescription(verdict)


def add_ok_cancel(dialog: QDialog, form: QFormLayout, ok_text: str) -> QDialogButtonBox:
    """OK (named `ok_text`) and Cancel as the last row of a dialog's form, accepting or rejecting it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return buttons


def show_failure(parent, title: str, reason: str, details: str = ""):
    """A window-modal error dialog: the one-line reason, the traceback folded into details."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, reason, parent=parent)
    if details:
        box.setDetailedText(details)
    box.open()
    return box
