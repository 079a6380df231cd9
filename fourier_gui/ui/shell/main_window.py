"""The main window: a thin view of the run model (docs/architecture.md, "The run model").

It lays out the parameter dock, the tabs and the Explain dock, forwards the user's commands to the
`RunModel` and shows its state; it holds no result and computes no physics. With `plots_after_paint` (the
app) it paints before it builds its plots (docs/architecture.md, "Opening the window").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.engine.run_model import RunEnded, RunModel, RunState
from fourier_gui.io.presets import DEFAULT_PRESET, load_preset
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.controls.parameter_panel import ParameterPanel
from fourier_gui.ui.files.file_actions import FileActions
from fourier_gui.ui.shell import window_settings
from fourier_gui.ui.shell.explain import ExplainPanel
from fourier_gui.ui.shell.lazy_tab import LazyTab, PendingPage
from fourier_gui.ui.shell.lesson_control import LessonControl
from fourier_gui.ui.shell.run_launch import confirm_long_run
from fourier_gui.ui.shell.run_status import RunStatus, preparing_text
from fourier_gui.ui.shell.welcome import Welcome
from fourier_gui.ui.shell.window_layout import WindowLayout
from fourier_gui.ui.shell.window_menus import MenuActions, build_menus
from fourier_gui.ui.shell.window_views import WindowViews
from fourier_gui.ui.style.widgets import show_failure
from fourier_gui.ui.views.registry import Place, entries

if TYPE_CHECKING:  # the plots load pyqtgraph: after the first paint (build_views)
    from fourier_gui.ui.studies.studies_tab import StudiesWidget
    from fourier_gui.ui.views.run_view import RunView

#: The outcome `run_finished` reports for each final state.
OUTCOMES = {RunState.FINISHED: "done", RunState.STOPPED: "stopped", RunState.FAILED: "failed"}


class MainWindow(WindowViews, MenuActions, QMainWindow):
    """One run at a time; the Dynamics tab redraws from its timer while the model's run streams chunks."""

    run_finished = Signal(str)  # "done", "stopped" or "failed"

    def __init__(
        self,
        params: SimulationParameters | None = None,
        restore: bool = True,
        welcome: bool | None = None,
        plots_after_paint: bool = False,
    ) -> None:
        super().__init__()
        self.setWindowTitle("fourier-gui — Fourier's law from Schrödinger dynamics")
        self.model = RunModel(self)
        self.preset_name = DEFAULT_PRESET  # what Reset puts back
        self.error_box: QMessageBox | None = None
        self._run_view: RunView | None = None  # build_views
        self._build_docks()
        self.dynamics_page = PendingPage("Loading the plots…")  # holds the run view once it is built
        self.studies_tab = LazyTab(self._make_studies)  # built when first shown: the window opens sooner
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main-tabs")
        self.tabs.setAccessibleName("Views")
        self.tabs.addTab(self.dynamics_page, "Dynamics")
        for entry in entries(Place.TAB):  # Transport: its place held until the plots are built
            self.tabs.addTab(PendingPage("Loading the plots…"), entry.title)
        self.tabs.addTab(self.studies_tab, "Studies")
        self.tabs.currentChanged.connect(self._on_tab)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        self.welcome = Welcome()
        self.welcome.connect_to(self.start_run, self.show_explain, self._show_preset)
        self.welcome.setVisible(welcome if welcome is not None else restore and not Welcome.was_dismissed())
        self._welcome_shown = False  # was the welcome card up when presentation mode began
        column.addWidget(self.welcome)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.files = FileActions(self, self.model, self.panel.current_parameters, self.panel.set_parameters)
        self.layout_fit = WindowLayout(self, self.dock, self.explain_dock)
        self.lessons = LessonControl(self)  # the Lesson dock, under the plots
        build_menus(self)
        self.run_status = RunStatus(self.statusBar(), self.model)
        self.status, self.progress = self.run_status.label, self.run_status.progress
        self.model.state_changed.connect(self._on_state)
        self.model.prepared.connect(self.run_status.report_prepared)
        self.model.ended.connect(self._on_ended)
        self.model.stale_changed.connect(self._on_stale)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply_plot_style())
        self.resize(*window_settings.first_size(self))
        if restore:
            window_settings.restore_geometry(self)
        start = params or (window_settings.last_parameters() if restore else None)
        self.panel.set_parameters(start or load_preset(DEFAULT_PRESET).parameters)
        self._on_state(RunState.IDLE)
        if plots_after_paint:  # the window paints first; build_views also runs when anything asks for the plots
            self.dynamics_page.painted.connect(self.build_views)
        else:
            self.build_views()

    def build_views(self) -> RunView:
        """The plots (ui/shell/window_plots.py): right after the first paint, or at once when first asked for."""
        if self._run_view is None:
            from fourier_gui.ui.shell.window_plots import place_plots
            from fourier_gui.ui.views.run_view import RunView

            self._run_view = RunView(self.model)
            place_plots(self, self._run_view)
            self._on_tab(self.tabs.currentIndex())
        return self._run_view

    def _make_studies(self) -> StudiesWidget:
        from fourier_gui.ui.studies.studies_tab import StudiesWidget

        studies = StudiesWidget(lambda: self.model.parameters)
        studies.preset_requested.connect(self._show_preset)
        return studies

    # --- construction -------------------------------------------------------------------
    def _build_docks(self) -> None:
        self.panel = ParameterPanel(available_memory=self.model.available_memory)
        self.panel.parameters_changed.connect(self._on_parameters)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(280)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows fit, never scroll sideways
        self.dock = QDockWidget("Parameters", self)
        self.dock.setObjectName("parameters-dock")
        self.dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.explain = ExplainPanel()
        self.explain.preset_link.connect(self._show_preset)
        self.explain.set_link.connect(self._set_field)
        self.explain_dock = QDockWidget("Explain", self)
        self.explain_dock.setObjectName("explain-dock")
        self.explain_dock.setWidget(self.explain)
        self.explain.setMinimumWidth(320)  # about 45 characters a line: readable, not a column of words
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.explain_dock)
        self.explain_dock.hide()  # View → Explain, or presentation mode, shows it

    def show_explain(self) -> None:
        """Explain shown and in front (in the compact layout it is a tab behind Parameters)."""
        self.explain_dock.show()
        self.explain_dock.raise_()

    def _on_tab(self, index: int) -> None:
        if self._run_view is None:
            return
        self.run_view.playback.setVisible(self.tabs.widget(index) is not self.studies_tab)
        self.run_view.redraw(force=True)  # a tab just shown draws the run at once

    # --- parameters ---------------------------------------------------------------------
    def _on_parameters(self, params: SimulationParameters | None) -> None:
        self.model.set_parameters(params)
        self._on_state(self.model.state)
        if params is not None:
            self.explain.show_for(params)
            if self._run_view is not None:
                self._run_view.show_parameters(params)
        else:  # the reason under the drawer is off screen on 768 lines: the status bar is always in sight
            self.run_status.say(f"Cannot run: {self.panel.error}")

    def apply_preset(self, name: str) -> None:
        preset = load_preset(name)
        self.explain.preset = self.preset_name = name
        if self._run_view is not None:
            self._run_view.forget_previous()
        self.panel.set_parameters(preset.parameters)
        self.run_status.say(f"Preset: {preset.title}", preset.description)

    def _show_preset(self, name: str) -> None:
        self.apply_preset(name)
        self.tabs.setCurrentIndex(0)

    def _set_field(self, key: str, value: str) -> None:
        """An Explain link changes one field of the current parameters."""
        refused = self.panel.set_field(key, value)
        if refused:
            self.run_status.say(refused)
        else:
            self.tabs.setCurrentIndex(0)

    def restore_shown_parameters(self) -> None:
        """The stale banner's button: put the parameters of the shown results back into the panel."""
        if self.model.result is not None:
            self.panel.set_parameters(self.model.result.parameters)

    def reset_parameters(self) -> None:
        self.apply_preset(DEFAULT_PRESET)

    def reset_all(self) -> None:
        """Reset: stop and clear the run, and put the last preset's parameters back (as PhET's Reset All)."""
        self.reset_run()
        self.apply_preset(self.preset_name)

    # --- running ------------------------------------------------------------------------
    def start_run(self) -> bool:
        """Run the panel's parameters; False (the reason in the status) if they cannot or should not run now."""
        params = self.model.parameters
        estimate, declined = confirm_long_run(self, self.model)
        if declined:
            self.run_status.say(declined)
            return False
        if not self.model.start() or params is None:
            self.run_status.say(f"Cannot run: {self.panel.error or 'a run is in progress'}")
            return False
        self.run_status.run_started(estimate)
        self.welcome.hide()  # it has done its job ("Press Run…"); it came back after F5 and four runs
        self._welcome_shown = False
        self.run_view.await_run(params)
        self.progress.setValue(0)
        self.run_status.say(preparing_text(params, self.model.loading_kernel))
        return True

    def reset_run(self) -> None:
        self.model.reset()
        if self._run_view is not None:
            self._run_view.clear()
        self.run_status.clear()

    def _on_ended(self, end: RunEnded) -> None:
        self.run_view.redraw(force=True)
        self.run_status.refresh()
        r = self.model.result
        self.run_status.report_end(end, r)
        if end.state is RunState.FAILED:
            self.error_box = show_failure(self, "Run failed", end.reason, end.details)
        self.run_finished.emit(OUTCOMES[end.state])

    def _on_state(self, state: RunState) -> None:
        active, r = self.model.active, self.model.result
        if not active:  # the shown run's verdict: at a run's end, for a session opened, none after Reset
            self.panel.set_run_verdict(r.transport.verdict if r is not None else None)
        self.run_action.setEnabled(self.model.can_start)
        self.run_action.setToolTip("Run (Ctrl+R)" if self.model.parameters else f"Cannot run: {self.panel.error}")
        self.pause_action.setEnabled(active)
        self.pause_action.setText("&Resume" if state is RunState.PAUSED else "&Pause")
        self.stop_action.setEnabled(active)
        if state is RunState.PAUSED:
            self.run_status.say("Paused — Resume to continue")

    def _on_stale(self, stale: bool) -> None:
        if stale:
            self.run_status.say("The plots show the previous parameters: Run to update")

    @property
    def last_status(self) -> str:
        return self.run_status.last_text

    # --- view -------------------------------------------------------------------------
    @property
    def presentation(self) -> bool:
        return self.layout_fit.presenting

    def set_presentation(self, on: bool) -> None:
        """Projector mode: type scaled to the screen, thick curves, drawer folded (ui/window_layout.py)."""
        self.presentation_action.setChecked(on)
        if on != self.presentation:  # the welcome card would squeeze P_μ(t) on the projector: back after F5
            self._welcome_shown = self.welcome.isVisibleTo(self) if on else self._welcome_shown
            self.welcome.setVisible(not on and self._welcome_shown)
        if self.layout_fit.present(on):  # the type changed: the panel, the progress bar and the plots follow
            self.panel.set_advanced_visible(not on)
            self.run_status.fit_progress()
            self.apply_plot_style()

    def apply_plot_style(self) -> None:
        """Presentation style, or the normal one in the system's light or dark colour scheme."""
        if self._run_view is not None:  # else place_plots styles them when they are built
            from fourier_gui.ui.shell.window_plots import style_plots

            style_plots(self._run_view, self.presentation, self.devicePixelRatioF())

    def show_about(self) -> None:
        from fourier_gui.ui.shell.about import AboutDialog

        self.about = AboutDialog(self)
        self.about.open()

    # --- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.set_presentation(False)  # saved as it is outside F5: quitting in F5 lost the drawer for later runs
        window_settings.save_window(self, self.model.parameters)
        self.hide()  # closed at once for the user, while the workers reach their next checkpoint
        if self._run_view is not None:
            self._run_view.timer.stop()
        self.model.shutdown()
        for engine in self.studies.engines() if self.studies_tab.built else ():
            engine.shutdown()
        super().closeEvent(event)
