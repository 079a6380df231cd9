"""Tabs whose content is built later, so the window opens sooner: when first shown or asked for (`LazyTab`),
or once the window has been painted (`PendingPage`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyTab(QWidget, Generic[W]):
    """Holds the place of a tab; `content` builds the real widget with `factory` on first use."""

    def __init__(self, factory: Callable[[], W]) -> None:
        super().__init__()
        self._factory = factory
        self._content: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    @property
    def content(self) -> W:
        if self._content is None:
            self._content = self._factory()
            self._layout.addWidget(self._content)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content  # noqa: B018 - built when first shown
        super().showEvent(event)


class PendingPage(QWidget):
    """A tab's place while its content is being made: says so, and emits `painted` after its first paint, so
    that the window can build the content once the user sees the window (ui/shell/main_window.py)."""

    painted = Signal()

    def __init__(self, text: str) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(text)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setEnabled(False)  # greyed: a passing state, not content
        self._layout.addWidget(self.note)
        self.painted_at: float | None = None  # time.time() of the first paint
        self.filled_at: float | None = None  # time.time() when the content came

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted_at is None:
            self.painted_at = time.time()
            QTimer.singleShot(0, self.painted.emit)  # after this frame has reached the screen

    def set_content(self, content: QWidget) -> None:
        self.filled_at = time.time()
        self.note.hide()
        self._layout.addWidget(content)
