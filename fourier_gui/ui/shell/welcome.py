"""The first-run welcome: what the window shows, press Run, open Explain, try a preset. Dismissed once, it
stays away (Qt's QSettings) until Help → Welcome brings it back."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from fourier_gui.io.presets import preset_menu
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, translate
from fourier_gui.ui.settings_store import settings

SETTINGS_DISMISSED = "welcome/dismissed"

TEXT = QT_TRANSLATE_NOOP(
    "welcome",
    "<b>Welcome.</b> Energy starts in subunit 1 of a chain of quantum subunits and spreads along it. "
    "The points are the exact Schrödinger dynamics, the lines the simple rate equations (HAM) that turn "
    "into Fourier's law of heat conduction. Press <b>Run</b> (Ctrl+R) to watch it, <b>Explain</b> (F1) "
    "to read what you see, or try a preset.",
)


class Welcome(QFrame):
    """A dismissible card above the plots; `dismissed` when the user closes it."""

    run_requested = Signal()
    explain_requested = Signal()
    preset_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setStyleSheet("#welcome { background: #e8f1fb; border: 1px solid #0072B2; border-radius: 6px; }")
        self.setAccessibleName(translate("welcome", "Welcome"))
        self.text = QLabel(translate("welcome", TEXT))
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #10243a;")
        buttons = QHBoxLayout()
        run = QPushButton(translate("welcome", "Run"))
        run.setToolTip(translate("welcome", "Run the exact and HAM dynamics of the shown parameters (Ctrl+R)"))
        run.clicked.connect(self.run_requested)
        explain = QPushButton(translate("welcome", "Explain"))
        explain.setToolTip(translate("welcome", "Open the Explain panel: what you see and what to try (F1)"))
        explain.clicked.connect(self.explain_requested)
        presets = QToolButton()
        presets.setText(translate("welcome", "Try a preset"))
        presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(presets)
        for name, title, _text in preset_menu():
            menu.addAction(translate("presets", title), partial(self.preset_requested.emit, name))
        presets.setMenu(menu)
        close = QPushButton(translate("welcome", "Close"))
        close.setToolTip(translate("welcome", "Close the welcome; Help → Welcome shows it again"))
        close.clicked.connect(self.dismiss)
        for button in (run, explain, presets, close):
            button.setAccessibleName(translate("welcome", "Welcome: {button}").format(button=button.text()))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def dismiss(self) -> None:
        self.hide()
        settings().setValue(SETTINGS_DISMISSED, True)

    def reopen(self) -> None:
        self.show()

    @staticmethod
    def was_dismissed() -> bool:
        return bool(settings().value(SETTINGS_DISMISSED, False, type=bool))

    def connect_to(self, run: Callable[[], object], explain: Callable[[], object], preset) -> None:
        self.run_requested.connect(run)
        self.explain_requested.connect(explain)
        self.preset_requested.connect(preset)
