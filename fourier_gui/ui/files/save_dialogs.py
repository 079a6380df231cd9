"""Save dialogs: a file name to save to (in the folder of the last file), the write through it with its
failure shown in a dialog, and the folder remembered for the next one."""

from __future__ import annotations

from pathlib import Path

from fourier_gui.ui.language import english, translate
from fourier_gui.ui.settings_store import settings


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

    QMessageBox.critical(parent, translate("save_dialogs", "Export failed"), reason[:1].upper() + reason[1:])


def save_through_dialog(parent, title: str, suggested: str, filters: str, write, record: str = "") -> str | None:
    """Ask for a file name (`ask_save_path`), then `write(path)`; an OSError becomes a dialog. The path,
    or None. The file's provenance names the command in English: `record`, else the title's English."""
    path = ask_save_path(parent, title, suggested, filters)
    if path is None:
        return None
    from fourier_gui.io.provenance import action
    from fourier_gui.physics.errors import FourierGuiError

    try:
        with action(f"window: {record or english(title)}"):  # the files' provenance stays English
            write(path)
    except OSError as exc:  # FileWriteError (io/atomic.py) names the file and the reason itself
        reason = (
            str(exc)
            if isinstance(exc, FourierGuiError)
            else translate("save_dialogs", "cannot write {path}: {reason}").format(
                path=repr(path), reason=exc.strerror or exc
            )
        )
        export_failed(parent, reason)
        return None
    remember_folder(path)
    return path


SETTINGS_FOLDER = "files/last_folder"


def last_folder() -> Path:
    """The folder of the last file saved or opened (the home folder at first)."""
    folder = str(settings().value(SETTINGS_FOLDER, "", type=str))
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def remember_folder(path: str) -> None:
    settings().setValue(SETTINGS_FOLDER, str(Path(path).parent))
