"""Presentation mode's stage (docs/architecture.md, "Screens"): one view of the run large, the others
backstage (hidden, still drawn) and shown as pictures in a strip the window lays out beside its tabs.

`RunStage` belongs to a `RunView` (ui/views/run_view.py): `set_stage` moves the Dynamics tab's views out of
their places and back, `set_large` puts one on the stage, `enlarge` and `cycle` are the teacher's choice (a
click in the strip, V and Shift+V), which may ask the window for another tab (`tab_requested`).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from fourier_gui.engine.run_model import RunModel
from fourier_gui.ui.language import translate
from fourier_gui.ui.style.rich_text import plain, subscripts
from fourier_gui.ui.views.playback_bar import PlaybackBar
from fourier_gui.ui.views.registry import Place, entries
from fourier_gui.ui.views.run_plot import RunPlot
from fourier_gui.ui.views.stage_strip import StageStrip


class StagedView(Protocol):
    """What the stage uses of its `RunView` (ui/views/run_view.py)."""

    model: RunModel
    views: dict[str, RunPlot]
    first_view: QStackedWidget
    bottom_tabs: QTabWidget
    splitters: tuple[QSplitter, QSplitter]
    playback: PlaybackBar
    compact: bool | None

    def small_view_names(self) -> list[str]: ...
    def set_compact(self, compact: bool) -> None: ...
    def redraw(self, force: bool = False) -> bool: ...


#: The stage's key for the first small place (the level diagram or the system view, whichever is shown).
FIRST = "first"
#: How often the strip takes new pictures of its views (only when the run, the time or the stage moved).
STRIP_MS = 1500


class RunStage(QObject):
    """The stage of `view`; `tab_requested(title)` asks the window for the tab of that title (None: Dynamics)."""

    tab_requested = Signal(object)

    def __init__(self, view: StagedView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.on = False
        self.large = entries(Place.MAIN)[0].key  # the view on the stage
        self.on_tab: str | None = None  # the TAB view the window shows, if any
        self._stamp: tuple[object, ...] = ()
        self._tabs_index = 0
        self.stage = QWidget()
        self.stage.setObjectName("stage")
        self.layout = QVBoxLayout(self.stage)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.backstage = QWidget(parent)
        self.backstage.hide()
        self.strip = StageStrip()
        for key, title in self.titles().items():
            tip = translate("run_stage", "Show {view} large (V: next view, Shift+V: previous)").format(view=title)
            self.strip.add(key, plain(subscripts(title)), tip)
        self.strip.chosen.connect(self.enlarge)
        self.strip.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(STRIP_MS)
        self.timer.timeout.connect(self.refresh_strip)

    def modes(self, normal: QWidget) -> QStackedWidget:
        """The Dynamics tab's two layouts: `normal` (the splitters), or the stage."""
        self.stack = QStackedWidget()
        self.stack.addWidget(normal)
        self.stack.addWidget(self.stage)
        return self.stack

    def small_keys(self) -> list[str]:
        """The small views as the stage names them: the first place, then the SMALL views."""
        return [FIRST, *(entry.key for entry in entries(Place.SMALL))]

    def dynamics_keys(self) -> list[str]:
        """The views of the Dynamics tab as the stage names them: P_μ(t), the first place, the small views."""
        return [*(entry.key for entry in entries(Place.MAIN)), *self.small_keys()]

    def widget(self, key: str) -> QWidget:
        """A view's widget by its key (FIRST: the first place, whichever view it shows)."""
        return self.view.first_view if key == FIRST else self.view.views[key].widget

    def titles(self) -> dict[str, str]:
        """Every view that can take the stage, in the order V cycles through them, with its name."""
        view = self.view
        small = dict(zip(self.small_keys(), view.small_view_names(), strict=True))
        main = {entry.key: entry.title for entry in entries(Place.MAIN)}
        tabs = {entry.key: translate("views", entry.title) for entry in entries(Place.TAB)}
        return main | small | tabs

    def set_stage(self, on: bool) -> None:
        """The view `large` fills the Dynamics tab, the strip shows them all; off, every view goes back to its
        place (the window restores the splitters' sizes)."""
        if on == self.on:
            return
        self.on = on
        view = self.view
        if on:
            self._tabs_index = view.bottom_tabs.currentIndex()
            for key in self.dynamics_keys():
                self.widget(key).setParent(self.backstage)
            self.stack.setCurrentIndex(1)
            large, self.large = self.large, ""
            self.set_large(large)
            self.strip.show()
            self.timer.start()
            QTimer.singleShot(0, self.refresh_strip)
        else:
            self.timer.stop()
            self.strip.hide()
            central = view.splitters[0]
            for i, entry in enumerate(entries(Place.MAIN)):
                central.insertWidget(i, view.views[entry.key].widget)
                view.views[entry.key].widget.show()
            compact, view.compact = view.compact, None
            view.set_compact(bool(compact))  # the small views back in their places
            view.bottom_tabs.setCurrentIndex(max(self._tabs_index, 0))
            self.stack.setCurrentIndex(0)
        view.redraw(force=True)

    def set_large(self, key: str) -> None:
        """Put the view `key` of the Dynamics tab on the stage (the one there goes backstage)."""
        view = self.view
        if key not in self.dynamics_keys():
            return
        if self.on and key != self.large:
            if self.large:
                self.widget(self.large).setParent(self.backstage)
            widget = self.widget(key)
            self.layout.addWidget(widget)
            widget.show()
            self._stamp = ()
        self.large = key
        self.strip.set_current(self.on_tab or key)
        view.redraw(force=True)

    def enlarge(self, key: str) -> None:
        """The teacher's choice (a click in the strip, V): that view large, on its tab."""
        tabs = {entry.key: entry.title for entry in entries(Place.TAB)}
        if key in tabs:
            self.tab_requested.emit(tabs[key])
        else:
            self.set_large(key)
            self.tab_requested.emit(None)

    def cycle(self, step: int) -> None:
        """V and Shift+V: the next or previous view on the stage."""
        keys = list(self.titles())
        current = self.on_tab or self.large
        self.enlarge(keys[(keys.index(current) + step) % len(keys)] if current in keys else keys[0])

    def show_small(self, index: int) -> bool:
        """Alt+1…3 or a step's small view: on the stage, that view large (True); else False."""
        if self.on:
            self.set_large(self.small_keys()[index])
        return self.on

    def show_step_view(self, small: int | None) -> None:
        """A lesson step's view on the stage: its small view (by index) or P_μ(t)."""
        self.set_large(self.small_keys()[small] if small is not None else entries(Place.MAIN)[0].key)

    def tab_shown(self, widget: QWidget | None) -> None:
        """The window shows a tab: the strip marks its view (a TAB view, or the stage's)."""
        views = self.view.views
        self.on_tab = next((e.key for e in entries(Place.TAB) if views[e.key].widget is widget), None)
        self.strip.set_current(self.on_tab or self.large)

    def refresh_strip(self) -> None:
        """New pictures of the views in the strip, when the run, the time or the view on the stage moved."""
        if not self.on:
            return
        view = self.view
        stamp = (view.model.data_version, view.playback.index, self.large, self.on_tab, self.strip.picture_size())
        if stamp == self._stamp:
            return
        self._stamp = stamp
        size = self.stage.size() if self.stage.width() > 0 else QSize(800, 500)
        titles = self.titles()
        self.strip.set_title(FIRST, plain(subscripts(titles[FIRST])))
        for key in titles:
            widget = self.widget(key)
            if widget.parentWidget() is self.backstage:
                widget.resize(size)  # drawn at the stage's size: the picture shows what a click brings
            self.strip.set_picture(key, widget.grab())
