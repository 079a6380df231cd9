"""The window's plots, placed once they are built (docs/architecture.md, "Opening the window").

The window shows its frame, panel, menus and status first; the plots load pyqtgraph, which takes as long
again, so the app builds them right after the first paint (`MainWindow.build_views`), or at once when
anything asks for them. Here they take their places (the Dynamics and Transport tabs, the playback bar
under them) and show what the model holds; the window adds the menu entries that name them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLayout, QTabWidget

from fourier_gui.ui.language import translate
from fourier_gui.ui.shell.lazy_tab import PendingPage
from fourier_gui.ui.style.plot_style import PlotStyle
from fourier_gui.ui.views.run_view import RunView


def place_plots(view: RunView, page: PendingPage, tabs: QTabWidget, under_tabs: QLayout) -> None:
    """Put the built `view` in its places: its plots into the Dynamics `page`, its tabs (Transport) into the
    places `tabs` held for them, and its playback bar at the end of `under_tabs`."""
    page.set_content(view)
    current = tabs.currentIndex()
    for title, tab in view.tab_views():  # Transport, in the place held for it
        name = translate("views", title)
        i = next(i for i in range(tabs.count()) if tabs.tabText(i) == name)
        held = tabs.widget(i)
        tabs.removeTab(i)
        tabs.insertTab(i, tab, name)
        if held is not None:
            held.deleteLater()
    tabs.setCurrentIndex(current)
    under_tabs.addWidget(view.playback)  # under the tabs: it drives Dynamics and Transport alike


def show_model(view: RunView) -> None:
    """Show in the newly built `view` what its model already holds: a session's result, the parameters."""
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
