"""The app's settings between launches, in one store (Qt's QSettings, INI format, per user): the window's
geometry and last parameters (ui/shell/window_settings.py), the welcome's, and the save dialogs' last folder
(ui/files/save_dialogs.py). It sits beside the ui packages, so that the files layer needs no window shell."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def settings() -> QSettings:
    """The user's settings of fourier-gui."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fourier-gui", "fourier-gui")
