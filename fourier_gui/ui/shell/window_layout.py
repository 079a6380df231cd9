"""How the window fits its screen (docs/architecture.md, "Screens"): a wide layout, a compact one below
COMPACT_WIDTH pixels, and presentation mode, which scales its type to the screen it is on.

Wide: parameters on the left, Explain on the right. Compact (1024×768 projectors, 1366×768 laptops):
Explain shares the left drawer with the parameters as a tab, and the drawer folds away with F4; the
three small plots become tabs (`RunView.set_compact`). Presentation: large type, thick curves, the
drawer folded, advanced fields hidden; leaving it puts every font, dock and style back as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter, QWidget
from shiboken6 import isValid

#: Below this window width (logical pixels) the docks share one drawer on the left.
COMPACT_WIDTH = 1400
#: Presentation type: the screen's height in logical pixels over this, in points, within the limits.
SCREEN_LINES = 54
PRESENTATION_PT = (12, 24)


def presentation_point_size(screen: QScreen | None) -> int:
    """14 pt on a 768-line projector, 20 pt on 1080 lines (also 4K at 200 %), never beyond 24 pt."""
    height = screen.availableGeometry().height() if screen is not None else 1080
    low, high = PRESENTATION_PT
    return max(low, min(high, round(height / SCREEN_LINES)))


class WindowLayout(QObject):
    """Watches the window's width and switches its two docks (the parameters, Explain) between the wide and
    the compact layout; sets the type of presentation mode."""

    def __init__(self, window: QMainWindow, dock: QDockWidget, explain_dock: QDockWidget) -> None:
        super().__init__(window)
        self.window = window
        self.dock, self.explain_dock = dock, explain_dock
        self.base_font = QFont(QApplication.font())  # the type presentation mode leaves and comes back to
        self.compact: bool | None = None
        self.presenting = False
        self._saved: dict[str, bool] = {}
        self._splits: list[tuple[QSplitter, list[int]]] = []  # the plots' proportions before presentation mode
        self._remembered = False  # `remember_splits` ran for the presentation mode to come
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.arrange(self.window.width())
        elif watched is self.window and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self.fit_screen)
        return False

    def fit_screen(self) -> None:
        """Shrink the window, frame included, to its screen's free area if it is larger (never grow it)."""
        w = self.window
        screen = w.screen()
        if screen is None or w.isFullScreen() or w.isMaximized():
            return
        available = screen.availableGeometry()
        frame_w = w.frameGeometry().width() - w.width()
        frame_h = w.frameGeometry().height() - w.height()
        width = min(w.width(), available.width() - frame_w)
        height = min(w.height(), available.height() - frame_h)
        if (width, height) != (w.width(), w.height()):
            w.resize(width, height)
        if not available.contains(w.frameGeometry()):
            w.move(available.topLeft())

    def arrange(self, width: int) -> None:
        compact = width < COMPACT_WIDTH
        if compact == self.compact:
            return
        self.compact = compact
        if compact:
            self.window.tabifyDockWidget(self.dock, self.explain_dock)
            self.dock.raise_()
        else:
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.explain_dock)

    def present(self, on: bool) -> bool:
        """Enter or leave presentation mode: the type and the docks. True if it changed (the window then
        restyles its panel and plots)."""
        if on == self.presenting:
            return False
        w = self.window
        self.presenting = on
        if on:
            self._saved = {"parameters": self.dock.isVisible(), "explain": self.explain_dock.isVisible()}
            if not self._remembered:
                self.remember_splits()
            self._remembered = False
            font = QFont(self.base_font)
            font.setPointSize(presentation_point_size(w.screen() or QGuiApplication.primaryScreen()))
            QApplication.setFont(font)
            self.dock.hide()
            self.explain_dock.hide()
        else:
            QApplication.setFont(self.base_font)
            self.dock.setVisible(self._saved.get("parameters", True))
            self.explain_dock.setVisible(self._saved.get("explain", False))
        for widget in [w, *w.findChildren(QWidget)]:
            if not isValid(widget):  # a relayout (compact ↔ wide) on the way may delete splitter handles
                continue
            if widget.styleSheet():  # a style sheet fixes the font it was polished with: let it follow again
                widget.setFont(QFont())
            # Qt tells widgets of a new application font only while app.exec() runs: tell them now
            QApplication.sendEvent(widget, QEvent(QEvent.Type.ApplicationFontChange))
        if not on:  # the splitters shared out the height differently in large type: as they were, once laid out
            QTimer.singleShot(0, self._restore_splits)
        return True

    def remember_splits(self) -> None:
        """The splitters' sizes as they are: taken before presentation mode changes the window's geometry, so
        that leaving it puts back these pixels (taken after, the full screen's sizes scaled back to the window
        moved a pixel between the small views wherever their width was not a multiple of three)."""
        self._splits = [(splitter, splitter.sizes()) for splitter in self.window.findChildren(QSplitter)]
        self._remembered = True

    def _restore_splits(self) -> None:
        for splitter, sizes in self._splits:
            if isValid(splitter) and sum(sizes) > 0:
                splitter.setSizes(sizes)

    def toggle_full_screen(self) -> bool:
        """Full screen or back; True if now full screen."""
        w = self.window
        w.showNormal() if w.isFullScreen() else w.showFullScreen()
        return w.isFullScreen()
