"""The app's settings between launches, in one store (Qt's QSettings, INI format, per user): the window's
geometry and last parameters (ui/shell/window_settings.py), the welcome's, and the save dialogs' last folder
(ui/files/save_dialogs.py). It sits beside the ui packages, so that the files layer needs no window shell.

A settings file that is not a regular file (a pipe, a device, a folder) or holds over 1 MB is never opened: QSettings would wait
for a pipe's writer forever at the window's start. The window then keeps its settings for this session only
(in a scratch folder removed at exit) and says so once on standard error."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

_scratch: list[tempfile.TemporaryDirectory[str]] = []


def settings_path() -> Path:
    """Where QSettings keeps the user's INI file on Linux and macOS (the XDG configuration folder)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(folder) / "fourier-gui" / "fourier-gui.ini"


#: The largest settings file read (the window's own is a few kilobytes): Qt would parse any size at start.
SETTINGS_BYTES = 2**20


def _not_a_file(path: Path) -> str | None:
    """What `path` is when it exists and is not a regular file of at most SETTINGS_BYTES (following links),
    else None."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if stat.S_ISREG(info.st_mode):
        return None if info.st_size <= SETTINGS_BYTES else f"{info.st_size} bytes, more than the {SETTINGS_BYTES} read"
    from fourier_gui.io.user_files import kind_of

    return kind_of(info.st_mode)


def settings() -> QSettings:
    """The user's settings of fourier-gui."""
    path = settings_path()
    kind = _not_a_file(path)
    if kind is None:
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fourier-gui", "fourier-gui")
    if not _scratch:
        _scratch.append(tempfile.TemporaryDirectory(prefix="fourier-gui-settings."))
        print(
            f"fourier-gui: note: the settings file {str(path)!r} is {kind}: settings are kept for this session only",
            file=sys.stderr,
        )
    return QSettings(os.path.join(_scratch[0].name, "fourier-gui.ini"), QSettings.Format.IniFormat)
