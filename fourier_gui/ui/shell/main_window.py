"""The main window: a thin view of the run model (docs/architecture.md, "The run model").

It lays out the parameter dock, the tabs and the Explain dock, forwards the user's commands to the
`RunModel` and shows its state; it holds no result and computes no physics. Its menus, actions and toolbar are
declared as data (ui/shell/window_actions.py) and held in `action`, by id. With `plots_after_paint` (the app)
it paints before it builds its plots (docs/architecture.md, "Opening the window").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.engine.run_model import RunEnded, RunModel, RunState
from fourier_gui.io.lessons import VIEWS, LessonStep
from fourier_gui.io.presets import DEFAULT_PRESET, all_presets, load_preset
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.controls.parameter_panel import ParameterPanel
from fourier_gui.ui.files.file_actions import FileActions
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, translate
from fourier_gui.ui.shell import window_settings
from fourier_gui.ui.shell.explain import ExplainPanel
from fourier_gui.ui.shell.focus_return import FocusReturn
from fourier_gui.ui.shell.lazy_tab import LazyTab, PendingPage
from fourier_gui.ui.shell.lesson_control import LessonControl
from fourier_gui.ui.shell.run_launch import confirm_long_run
from fourier_gui.ui.shell.run_status import RunStatus, preparing_text, preparing_tip
from fourier_gui.ui.shell.stage_pen import StagePen
from fourier_gui.ui.shell.welcome import Welcome
from fourier_gui.ui.shell.window_actions import (
    STAGE_ACTIONS,
    build_entries,
    build_toolbar,
    view_table,
    window_table,
)
from fourier_gui.ui.shell.window_layout import WindowLayout
from fourier_gui.ui.style.widgets import show_failure
from fourier_gui.ui.views.registry import Place, entries

if TYPE_CHECKING:  # the plots load pyqtgraph: after the first paint (build_views)
    from fourier_gui.physics.simulation import SimulationResult
    from fourier_gui.ui.studies.studies_tab import StudiesWidget
    from fourier_gui.ui.views.run_view import RunView


#: The title bar's text; an opened session's file name goes in front of it.
TITLE = QT_TRANSLATE_NOOP("MainWindow", "fourier-gui — Fourier's law from Schrödinger dynamics")


def preset_of(params: SimulationParameters) -> str | None:
    """The bundled preset these parameters are (seeds aside), for Explain's notes; None if none."""
    for preset in all_presets():
        seeds = {"seed": preset.parameters.seed, "initial_seed": preset.parameters.initial_seed}
        if params.with_changes(**seeds) == preset.parameters:
            return preset.name
    return None


class MainWindow(QMainWindow):
    """One run at a time; the Dynamics tab redraws from its timer while the model's run streams chunks."""

    run_finished = Signal(RunState)  # how the run ended: FINISHED, STOPPED or FAILED
    run_refused = Signal(str)  # a run asked for that cannot start: the reason (a scripted window ends with it)

    def __init__(
        self,
        params: SimulationParameters | None = None,
        restore: bool = True,
        welcome: bool | None = None,
        plots_after_paint: bool = False,
    ) -> None:
        super().__init__()
        self.setWindowTitle(translate("MainWindow", TITLE))
        self.model = RunModel(self)
        self.preset_name = DEFAULT_PRESET  # what Reset puts back
        self.error_box: QMessageBox | None = None
        self._run_view: RunView | None = None  # build_views
        self._build_docks()
        self.dynamics_page = PendingPage(
            translate("MainWindow", "Loading the plots…")
        )  # holds the run view once it is built
        self.studies_tab = LazyTab(self._make_studies)  # built when first shown: the window opens sooner
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main-tabs")
        self.tabs.setAccessibleName(translate("MainWindow", "Views"))
        self.tabs.addTab(self.dynamics_page, translate("MainWindow", "Dynamics"))
        for entry in entries(Place.TAB):  # Transport: its place held until the plots are built
            self.tabs.addTab(
                PendingPage(translate("MainWindow", "Loading the plots…")), translate("views", entry.title)
            )
        self.tabs.addTab(self.studies_tab, translate("MainWindow", "Studies"))
        self.tabs.currentChanged.connect(self._on_tab)
        central = QWidget()
        self._column = column = QVBoxLayout(central)  # the welcome card, the tabs, and the playback bar under them
        column.setContentsMargins(0, 0, 0, 0)
        self.welcome = Welcome()
        self.welcome.connect_to(self.start_run, self.show_explain, self._show_preset)
        self.welcome.setVisible(welcome if welcome is not None else restore and not Welcome.was_dismissed())
        self._welcome_shown = False  # was the welcome card up when presentation mode began
        column.addWidget(self.welcome)
        self._stage_row = QHBoxLayout()  # the tabs, and beside them in presentation mode the stage's strip
        self._stage_row.setContentsMargins(0, 0, 0, 0)
        self._stage_row.addWidget(self.tabs, 1)
        column.addLayout(self._stage_row, 1)
        self.setCentralWidget(central)
        self.run_status = RunStatus(self.statusBar(), self.model)
        self.lessons = LessonControl(  # the Lesson dock, under the plots
            self,
            self.model,
            self.panel,
            self.tabs,
            apply_preset=self.apply_preset,
            start_run=self.start_run,
            run_view=lambda: self.run_view,
        )
        self.run_finished.connect(self.lessons.keep_run)
        self.lessons.panel.step_requested.connect(self._stage_step)  # after the step is applied
        self.pen = StagePen(self.tabs)  # presentation mode: the teacher draws over the stage
        self.focus_return = FocusReturn(self)  # the keys reach the window again after any dialog
        self._before_stage: tuple[Qt.WindowState, QRect, int] | None = None  # F5 restores these
        self.files = FileActions(
            self,
            self.model,
            self.panel.current_parameters,
            self.show_session,
            say=self.run_status.say,
            run_view=lambda: self.run_view,
            preset_name=lambda: self.preset_name,
            lesson_handout=self.lessons.handout,
            on_transport=lambda: self.tabs.currentIndex() == 1,
        )
        self.layout_fit = WindowLayout(self, self.dock, self.explain_dock)
        self._build_menus()
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

    @property
    def views_built(self) -> bool:
        return self._run_view is not None

    @property
    def run_view(self) -> RunView:
        """The Dynamics tab's plots (built now if the window has not built them yet)."""
        return self._run_view if self._run_view is not None else self.build_views()

    def build_views(self) -> RunView:
        """The plots: right after the first paint, or at once when first asked for. They take their places
        (ui/shell/window_plots.py), the menu entries that name them and the style of the moment."""
        if self._run_view is None:
            from fourier_gui.ui.shell.window_plots import place_plots, show_model
            from fourier_gui.ui.views.run_view import RunView

            self._run_view = view = RunView(self.model)
            view.banner.restore_requested.connect(self.restore_shown_parameters)
            place_plots(view, self.dynamics_page, self.tabs, self._column)
            self._stage_row.addWidget(view.staging.strip)
            view.staging.tab_requested.connect(self._show_stage_tab)
            view.staging.set_stage(self.presentation)
            view.playback.set_gamma_only(self.presentation)
            entries = view_table(view, self.files)  # View's go in front of Full screen
            self.action |= build_entries(self, entries, self.menus, {"&View": self.action["full_screen"]})
            view.set_time_unit(self.time_unit.currentIndex() == 1)  # chosen before the plots were there
            self.apply_plot_style()
            show_model(view)
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
        self.dock = QDockWidget(translate("MainWindow", "Parameters"), self)
        self.dock.setObjectName("parameters-dock")
        self.dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.explain = ExplainPanel()
        self.explain.preset_link.connect(self._show_preset)
        self.explain.set_link.connect(self._set_field)
        self.explain_dock = QDockWidget(translate("MainWindow", "Explain"), self)
        self.explain_dock.setObjectName("explain-dock")
        self.explain_dock.setWidget(self.explain)
        self.explain.setMinimumWidth(320)  # about 45 characters a line: readable, not a column of words
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.explain_dock)
        self.explain_dock.hide()  # View → Explain, or presentation mode, shows it

    def _build_menus(self) -> None:
        """The menus and actions of `window_table`, as `action` by id and `menus` by path, and the toolbar."""
        self.menus: dict[str, QMenu] = {}
        self.action: dict[str, QAction] = build_entries(self, window_table(), self.menus)
        self.language_group = QActionGroup(self)  # View → Language: one checked
        for key in self.action:
            if key.startswith("language:"):
                self.language_group.addAction(self.action[key])
        self.time_unit = QComboBox()
        self.time_unit.addItems([translate("MainWindow", "t in ħ/ΔE"), "γt"])
        self.time_unit.setAccessibleName(translate("MainWindow", "Time axis unit"))
        # never squeezed below its text: on a narrow toolbar the last buttons go to the » menu instead
        self.time_unit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.time_unit.setToolTip(translate("MainWindow", "Show time in units of ħ/ΔE or as γt, the HAM time scale"))
        self.time_unit.currentIndexChanged.connect(lambda index: self.run_view.set_time_unit(index == 1))
        lesson_button = QToolButton()
        lesson_button.setText(translate("MainWindow", "Lesson"))
        lesson_button.setToolTip(
            translate(
                "MainWindow", "A guided lesson: each step sets the parameters and asks a question (PageDown: next)"
            )
        )
        lesson_button.setMenu(self.menus["&Help/&Lessons"])
        lesson_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # " Time: " is short: the toolbar fits 1024 px in presentation type
        widgets: dict[str, list[QWidget]] = {
            "time_unit": [QLabel(translate("MainWindow", " Time: ")), self.time_unit],
            "lesson_button": [lesson_button],
        }
        self.toolbar = build_toolbar(self.action, widgets)
        self.addToolBar(self.toolbar)
        for key in STAGE_ACTIONS:  # presentation mode's own
            self.action[key].setEnabled(False)

    def show_explain(self) -> None:
        """Explain shown and in front (in the compact layout it is a tab behind Parameters)."""
        self.explain_dock.show()
        self.explain_dock.raise_()

    def explain_toggled(self, on: bool) -> None:
        """F1 or View → Explain: in the compact layout Explain is a tab behind Parameters, brought to the front."""
        if on:
            self.show_explain()

    def _on_tab(self, index: int) -> None:
        if self._run_view is None:
            return
        self.run_view.playback.setVisible(self.tabs.widget(index) is not self.studies_tab)
        self.run_view.staging.tab_shown(self.tabs.widget(index))
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
            self.run_status.say(translate("MainWindow", "Cannot run: {reason}").format(reason=self.panel.error))

    def apply_preset(self, name: str) -> None:
        preset = load_preset(name)
        self.explain.preset = self.preset_name = name
        if self._run_view is not None:
            self._run_view.forget_previous()
        self.panel.set_parameters(preset.parameters)
        self.run_status.say(
            translate("MainWindow", "Preset: {title}").format(title=translate("presets", preset.title)),
            translate("presets", preset.description),
        )

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

    def show_session(self, path: str, params: SimulationParameters, result: SimulationResult | None) -> None:
        """A session opened (File → Open session, `fourier-gui FILE`): its parameters and results, its file named
        in the title bar, Explain's notes of the preset it was made from, and no welcome card ("Press Run")
        over its results."""
        self.explain.preset = preset_of(params)
        self.panel.set_parameters(params)
        self.explain.show_for(params)  # the preset's notes, also when the parameters did not change
        self.model.load(result)
        if result is not None:
            self.welcome.hide()
            self._welcome_shown = False
        self.setWindowFilePath(path)
        self.setWindowTitle(f"{Path(path).name} — {translate('MainWindow', TITLE)}")

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
            self.run_refused.emit(declined)
            return False
        if not self.model.start() or params is None:
            reason = self.panel.error or translate("MainWindow", "a run is in progress")
            self.run_status.say(translate("MainWindow", "Cannot run: {reason}").format(reason=reason))
            self.run_refused.emit(reason)
            return False
        self.run_status.run_started(estimate)
        self.welcome.hide()  # it has done its job ("Press Run…"); it came back after F5 and four runs
        self._welcome_shown = False
        self.run_view.await_run(params)
        self.run_status.progress.setValue(0)
        loading = self.model.loading_kernel
        self.run_status.say(preparing_text(params, loading), preparing_tip(params, loading))
        return True

    def reset_run(self) -> None:
        self.model.reset()
        if self._run_view is not None:
            self._run_view.clear()
        self.run_status.clear()

    def _on_ended(self, end: RunEnded) -> None:
        self.run_view.redraw(force=True)
        self.run_view.staging.refresh_strip()  # the strip's pictures show the finished run
        self.run_status.refresh()
        r = self.model.result
        self.run_status.report_end(end, r)
        if end.state is RunState.FAILED:
            self.error_box = show_failure(self, translate("MainWindow", "Run failed"), end.reason, end.details)
        self.run_finished.emit(end.state)

    def _on_state(self, state: RunState) -> None:
        active, r = self.model.active, self.model.result
        if not active:  # the shown run's verdict: at a run's end, for a session opened, none after Reset
            self.panel.set_run_verdict(r.transport.verdict if r is not None else None)
        run, pause = self.action["run"], self.action["pause"]
        run.setEnabled(self.model.can_start)
        run.setToolTip(
            translate("MainWindow", "Run (Ctrl+R)")
            if self.model.parameters
            else translate("MainWindow", "Cannot run: {reason}").format(reason=self.panel.error)
        )
        pause.setEnabled(active)
        pause.setText(
            translate("MainWindow", "&Resume") if state is RunState.PAUSED else translate("MainWindow", "&Pause")
        )
        self.action["stop"].setEnabled(active)
        if state is RunState.PAUSED:
            self.run_status.say(translate("MainWindow", "Paused — Resume to continue"))

    def _on_stale(self, stale: bool) -> None:
        if stale:
            self.run_status.say(translate("MainWindow", "The plots show the previous parameters: Run to update"))

    @property
    def last_status(self) -> str:
        return self.run_status.last_text

    # --- view -------------------------------------------------------------------------
    @property
    def presentation(self) -> bool:
        return self.layout_fit.presenting

    def set_presentation(self, on: bool) -> None:
        """Projector mode (docs/architecture.md, "Screens"): full screen, type scaled to the screen, thick
        curves, drawer folded, time in γt, and the stage: one view large, the lesson in a fixed band, the pen.
        Off, everything as it was."""
        self.action["presentation"].setChecked(on)
        if on == self.presentation:
            return
        self._welcome_shown = self.welcome.isVisibleTo(self) if on else self._welcome_shown
        self.welcome.setVisible(not on and self._welcome_shown)  # it would squeeze the stage: back after F5
        if on:
            self._before_stage = (self.windowState(), self.geometry(), self.time_unit.currentIndex())
            self.layout_fit.remember_splits()  # before the full screen's geometry changes them
            # the screen's geometry first: without a window manager (a bare X server, some kiosks) the state
            # alone left 1500×940, and a geometry set after the state would take the full screen back
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(screen.geometry())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        else:
            self.pen.end()
            self.action["pen"].setChecked(False)
            self._leave_full_screen()  # before the splitters' sizes come back (queued by `present`)
        for key in STAGE_ACTIONS:
            self.action[key].setEnabled(on)
        self.tabs.tabBar().setVisible(not on)  # the strip names the views; Studies waits for F5 off
        self.lessons.panel.set_band(on)
        if self.layout_fit.present(on):  # the type changed: the panel, the progress bar and the plots follow
            self.panel.set_advanced_visible(not on)
            self.run_status.fit_progress()
            self.apply_plot_style()
        if self._run_view is not None:
            step = self.lessons.panel.step if self.lessons.lesson is not None else None
            if on:
                self._run_view.staging.show_step_view(VIEWS.index(step.view) if step and step.view else None)
            self._run_view.staging.set_stage(on)
            self._run_view.playback.set_gamma_only(on)
        self.time_unit.setCurrentIndex(1 if on else self._before_stage[2] if self._before_stage else 0)
        self.action["full_screen"].setChecked(self.isFullScreen())

    def _leave_full_screen(self) -> None:
        """The window's state and geometry from before F5 (F11 in between left it as the user chose)."""
        if self._before_stage is None:
            return
        state, geometry, _unit = self._before_stage
        if self.isFullScreen() and not state & Qt.WindowState.WindowFullScreen:
            self.setWindowState(state)
            if not state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowMinimized):
                self.setGeometry(geometry)
                # a platform may put back its own idea of the normal geometry once the state has changed
                QTimer.singleShot(0, lambda: self.geometry() != geometry and self.setGeometry(geometry))

    def _stage_step(self, step: LessonStep) -> None:
        """A lesson step on the stage: its view large (P_μ(t) if it names none), on its tab; the drawings go."""
        self.pen.clear()
        if not self.presentation or self._run_view is None:
            return
        if step.tab is None:
            self.tabs.setCurrentIndex(0)
        self._run_view.staging.show_step_view(VIEWS.index(step.view) if step.view is not None else None)

    def _show_stage_tab(self, title: str | None) -> None:
        """The stage asks for a tab: Dynamics (None) or a view's own (Transport)."""
        names = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        shown = translate("views", title) if title is not None else None
        self.tabs.setCurrentIndex(names.index(shown) if shown in names else 0)

    def cycle_stage(self, step: int) -> None:
        """V / Shift+V in presentation mode: the next or previous view large."""
        if self.presentation:
            self.run_view.staging.cycle(step)

    def toggle_full_screen(self, _checked: bool) -> None:
        self.action["full_screen"].setChecked(self.layout_fit.toggle_full_screen())

    def apply_plot_style(self) -> None:
        """Presentation style, or the normal one in the system's light or dark colour scheme."""
        if self._run_view is not None:  # else place_plots styles them when they are built
            from fourier_gui.ui.shell.window_plots import style_plots

            style_plots(self._run_view, self.presentation, self.devicePixelRatioF())

    def choose_language(self, code: str, _checked: bool = True) -> None:
        """View → Language: kept for the next start, said in a message (the open window keeps its words)."""
        from fourier_gui.ui.language import LANGUAGE_NAMES, current_language, save_language

        for other in self.language_group.actions():
            other.setChecked(other is self.action[f"language:{code}"])
        save_language(code)
        if code != current_language():
            name = translate("languages", LANGUAGE_NAMES[code])
            QMessageBox.information(
                self,
                translate("MainWindow", "Language"),
                translate("MainWindow", "fourier-gui will speak {language} from its next start.").format(language=name),
            )

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
        for engine in self.studies_tab.content.engines() if self.studies_tab.built else ():
            engine.shutdown()
        super().closeEvent(event)
