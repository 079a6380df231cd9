"""The window's plots, placed once they are built (docs/architecture.md, "Opening the window").

The window shows its frame, panel, menus and status first; the plots load pyqtgraph, which takes as long
again, so the app builds them right after the first paint (`MainWindow.build_views`), or at once when
anything asks for them. Here they take their places: the Dynamics and Transport tabs, the playback bar
under them, the menu entries that name them, and the style of the moment.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from fourier_gui.ui.shell.lazy_tab import PendingPage
from fourier_gui.ui.shell.window_menus import MenuWindow, add_view_menus
from fourier_gui.ui.style.plot_style import PlotStyle
from fourier_gui.ui.views.run_view import RunView


class PlotsWindow(MenuWindow, Protocol):
    """What placing the plots uses of the window (ui/shell/main_window.py is one)."""

    dynamics_page: PendingPage
    tabs: QTabWidget

    def restore_shown_parameters(self) -> None: ...
    def apply_plot_style(self) -> None: ...
    def centralWidget(self) -> QWidget | None: ...


def place_plots(w: PlotsWindow, view: RunView) -> None:
    """Put the built `view` (the window's `run_view`) in its places and show the model's state in it."""
    view.banner.restore_requested.connect(w.restore_shown_parameters)
    w.dynamics_page.set_content(view)
    current = w.tabs.currentIndex()
    for title, tab in view.tab_views():  # Transport, in the place held for it
        i = next(i for i in range(w.tabs.count()) if w.tabs.tabText(i) == title)
        held = w.tabs.widget(i)
        w.tabs.removeTab(i)
        w.tabs.insertTab(i, tab, title)
        if held is not None:
            held.deleteLater()
    w.tabs.setCurrentIndex(current)
    central = w.centralWidget()
    layout = central.layout() if central is not None else None
    if layout is not None:
        layout.addWidget(view.playback)  # under the tabs: it drives Dynamics and Transport alike
    add_view_menus(w)
    w.apply_plot_style()
    model = view.model
    if model.result is not None:  # a session opened before the plots were there
        view.start(model.result)
        view.set_stale(model.stale)
    if model.parameters is not None:
        view.show_parameters(model.parameters)


def style_plots(view: RunView, presenting: bool, pixel_ratio: float) -> None:
    """Presentation style, or the normal one in the system's light or dark colour scheme."""
    dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    style = PlotStyle.presentation(QApplication.font().pointSize()) if presenting else PlotStyle.normal(dark)
    view.set_style(style.for_pixel_ratio(pixel_ratio))
