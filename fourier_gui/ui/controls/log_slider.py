"""A slider over decades beside a number field: drag λ or n and watch γ, c1 and c2 move as you go."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QSlider, QVBoxLayout, QWidget

STEPS = 1000


class LogSlider(QSlider):
    """A horizontal slider from `low` to `high` on a log scale, kept in step with a spin box."""

    def __init__(self, low: float, high: float, integer: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.low, self.high, self.integer = math.log10(low), math.log10(high), integer
        self.setRange(0, STEPS)
        self.setSingleStep(STEPS // 100)
        self.setPageStep(STEPS // 10)
        self.editor: QAbstractSpinBox | None = None

    def value_at(self, position: int) -> float:
        value = 10 ** (self.low + (self.high - self.low) * position / STEPS)
        return float(round(value)) if self.integer else float(f"{value:.3g}")

    def position_of(self, value: float) -> int:
        if value <= 0:
            return 0
        fraction = (math.log10(value) - self.low) / (self.high - self.low)
        return round(min(max(fraction, 0.0), 1.0) * STEPS)

    def bind(self, editor: QAbstractSpinBox) -> None:
        """Moving the slider sets the editor (which announces the change); editing moves the slider."""
        self.editor = editor
        self.valueChanged.connect(self._to_editor)
        editor.valueChanged.connect(self._from_editor)  # type: ignore[attr-defined]
        self._from_editor(editor.value())  # type: ignore[attr-defined]

    def _to_editor(self, position: int) -> None:
        if self.editor is not None and self.position_of(self.editor.value()) != position:  # type: ignore[attr-defined]
            value = self.value_at(position)
            self.editor.setValue(int(value) if self.integer else value)  # type: ignore[attr-defined]

    def _from_editor(self, value: float) -> None:
        self.blockSignals(True)
        self.setValue(self.position_of(value))
        self.blockSignals(False)


def stacked(top: QWidget, bottom: QWidget) -> QWidget:
    """Two widgets one above the other, without margins (a field and its slider)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(top)
    layout.addWidget(bottom)
    return box
