"""The teacher's pen in presentation mode (docs/architecture.md, "Screens"): a transparent sheet over the stage
that takes the mouse only while the pen is on (P), and forgets its strokes on C, at a new lesson step and when
presentation mode ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from fourier_gui.ui.language import translate

#: The ink: vermilion (Okabe–Ito), away from the site colours' blues and greens, and opaque.
INK = QColor("#D55E00")


class StagePen(QWidget):
    """Strokes drawn with the mouse over `target` (the window's tabs), on top of whatever it shows."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("stage-pen")
        self.setAccessibleName(translate("stage_pen", "Drawing over the stage"))
        self.target = target
        self.strokes: list[QPainterPath] = []
        self.drawing = False
        self._stroke: QPainterPath | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.target.rect())
        return False

    def set_drawing(self, on: bool) -> None:
        """The pen on (the sheet takes the mouse, a cross for a cursor) or off (the strokes stay)."""
        self.drawing = on
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not on)
        self.setCursor(Qt.CursorShape.CrossCursor) if on else self.unsetCursor()
        self._show_if_needed()

    def clear(self) -> None:
        self.strokes = []
        self._stroke = None
        self._show_if_needed()
        self.update()

    def end(self) -> None:
        """Presentation mode ends: the pen off, its strokes gone."""
        self.set_drawing(False)
        self.clear()

    def _show_if_needed(self) -> None:
        visible = self.drawing or bool(self.strokes)
        if visible:
            self.setGeometry(self.target.rect())
            self.raise_()
        self.setVisible(visible)

    def width_px(self) -> float:
        """The ink's width: a fifth of a line of text, at least 3 px, so it reads from the back of the room."""
        return max(3.0, self.fontMetrics().height() / 5)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.drawing and event.button() == Qt.MouseButton.LeftButton:
            self._stroke = QPainterPath(QPointF(event.position()))
            self._stroke.lineTo(QPointF(event.position()) + QPointF(0.01, 0.01))  # a click leaves a dot
            self.strokes.append(self._stroke)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._stroke is not None:
            self._stroke.lineTo(QPointF(event.position()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._stroke = None

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.strokes:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, self.width_px(), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            painter.drawPath(stroke)
        painter.end()
