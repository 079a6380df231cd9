"""The presentation stage's strip of small views (docs/architecture.md, "Screens"): one button per view of a
run, a picture of the view above its name, beside the one view shown large. A click enlarges that view.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from fourier_gui.ui.language import translate

#: The strip's width as a share of its window's, and its limits in lines of text.
STRIP_SHARE = 0.14
STRIP_EM = (7, 12)


class StageStrip(QWidget):
    """The views that can take the stage, as pictures with their names; `chosen(key)` when one is clicked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage-strip")
        self.setAccessibleName(translate("stage_strip", "Views on the stage"))
        self.buttons: dict[str, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.setSpacing(4)
        self.column.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)  # never makes the window taller

    def add(self, key: str, title: str, tip: str) -> None:
        button = QToolButton()
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setText(title)
        button.setAccessibleName(translate("stage_strip", "Show {view} large").format(view=title))
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button.clicked.connect(lambda _checked=False, k=key: self.chosen.emit(k))
        self.group.addButton(button)
        self.buttons[key] = button
        self.column.insertWidget(self.column.count() - 1, button)

    def set_title(self, key: str, title: str) -> None:
        self.buttons[key].setText(title)
        self.buttons[key].setAccessibleName(translate("stage_strip", "Show {view} large").format(view=title))

    def set_current(self, key: str) -> None:
        if key in self.buttons:
            self.buttons[key].setChecked(True)

    def picture_size(self) -> QSize:
        """The pictures' size: the strip's width, and a share of its height that fits every button."""
        em = self.fontMetrics().height()
        width = self.width() - 16
        room = (self.height() - 8) // max(len(self.buttons), 1) - em - 16
        return QSize(max(width, 16), max(min(room, width * 2 // 3), 8))

    def set_picture(self, key: str, picture: QPixmap) -> None:
        size = self.picture_size()
        button = self.buttons[key]
        button.setIconSize(size)
        button.setIcon(
            QIcon(picture.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        )

    def fit_width(self, window_width: int) -> None:
        """A share of the window's width, within STRIP_EM lines of text."""
        em = self.fontMetrics().height()
        low, high = STRIP_EM
        self.setFixedWidth(max(low * em, min(high * em, round(window_width * STRIP_SHARE))))
