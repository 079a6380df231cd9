"""The window's geometry and last parameters between launches (in ui/settings_store.py's QSettings)."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.settings_store import settings

SETTINGS_PARAMETERS = "last/parameters"


def first_size(window: QMainWindow) -> tuple[int, int]:
    """1500×940, or the available screen when that is smaller (a 1024×768 projector, a 1366×768 laptop)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return 1500, 940
    available = screen.availableGeometry()
    return min(1500, available.width()), min(940, available.height())


def restore_geometry(window: QMainWindow) -> None:
    s = settings()
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = s.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)


def last_parameters() -> SimulationParameters | None:
    """The parameters of the last session, or None if there are none or they are no longer valid."""
    text = settings().value(SETTINGS_PARAMETERS)
    if not isinstance(text, str) or not text:
        return None
    try:
        return SimulationParameters.from_dict(json.loads(text)).validated()
    except (ValueError, TypeError, FourierGuiError):
        return None


def save_window(window: QMainWindow, params: SimulationParameters | None) -> None:
    s = settings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    if params is not None:
        s.setValue(SETTINGS_PARAMETERS, json.dumps(params.to_dict()))
    s.sync()
