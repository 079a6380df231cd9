"""Small widgets: a spin box for numbers spanning decades, and a verdict badge."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QLabel

BADGE_STYLE = {
    "met": "background:#1b7f3b; color:white;",
    "marginal": "background:#b8860b; color:white;",
    "violated": "background:#b3261e; color:white;",
}


class ScientificSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox shown in 'g' notation (5e-05) that steps by ~10 % of its value.

    Read it with `value()`, never from its text (locales with decimal commas).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDecimals(15)
        self.setKeyboardTracking(True)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

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


def ask_save_path(parent, title: str, suggested: str, filters: str) -> str | None:
    """A file name to save to, or None. A name typed without one of the filters' extensions gets the
    extension of the chosen filter."""
    import re

    from PySide6.QtWidgets import QFileDialog

    path, chosen = QFileDialog.getSaveFileName(parent, title, str(last_folder() / suggested), filters)
    if not path:
        return None
    extensions = tuple(re.findall(r"\*(\.\w+)", filters))
    if extensions and not path.lower().endswith(extensions):
        path += (re.findall(r"\*(\.\w+)", chosen) or extensions)[0]
    return path


def export_failed(parent, reason: str) -> None:
    """The one-line reason a file could not be written, in a dialog."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, "Export failed", reason[:1].upper() + reason[1:])


def save_through_dialog(parent, title: str, suggested: str, filters: str, write) -> str | None:
    """Ask for a file name (`ask_save_path`), then `write(path)`; an OSError becomes a dialog. The path,
    or None."""
    path = ask_save_path(parent, title, suggested, filters)
    if path is None:
        return None
    from fourier_gui.io.provenance import action
    from fourier_gui.physics.errors import FourierGuiError

    try:
        with action(f"window: {title}"):
            write(path)
    except OSError as exc:  # FileWriteError (io/atomic.py) names the file and the reason itself
        reason = str(exc) if isinstance(exc, FourierGuiError) else f"cannot write {path!r}: {exc.strerror or exc}"
        export_failed(parent, reason)
        return None
    remember_folder(path)
    return path


SETTINGS_FOLDER = "files/last_folder"


def last_folder() -> Path:
    """The folder of the last file saved or opened (the home folder at first)."""
    from fourier_gui.ui.shell.window_settings import settings

    folder = str(settings().value(SETTINGS_FOLDER, "", type=str))
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def remember_folder(path: str) -> None:
    from fourier_gui.ui.shell.window_settings import settings

    settings().setValue(SETTINGS_FOLDER, str(Path(path).parent))


def show_failure(parent, title: str, reason: str, details: str = ""):
    """A window-modal error dialog: the one-line reason, the traceback folded into details."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, reason, parent=parent)
    if details:
        box.setDetailedText(details)
    box.open()
    return box
