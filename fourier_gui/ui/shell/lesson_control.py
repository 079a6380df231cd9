"""A lesson in the window: the Lesson dock, its keys, its menus' commands, and the runs it keeps.

`LessonControl` applies each step the panel asks for (its preset, its parameters, its tab and small view,
and a run where the step says so) through the window's own commands, handed to it, as a user at the keyboard
would. A step's reference (an earlier step's run, drawn dashed behind its own with the earlier step's label)
is set before its run starts; its playback from t = 0 or its shown time once its run has finished.
The runs finished during the lesson are kept (their parameters and a figure of the view the step is about,
drawn for print) for the handout (ui/files/handout.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from fourier_gui.engine.run_model import RunModel, RunState
from fourier_gui.io.lessons import TABS, VIEWS, Lesson, LessonStep, load_lesson
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.controls.parameter_panel import ParameterPanel
from fourier_gui.ui.files.save_dialogs import last_folder, remember_folder
from fourier_gui.ui.language import translate
from fourier_gui.ui.shell.lesson_panel import LessonPanel

if TYPE_CHECKING:  # the plots load after the window's first paint
    from fourier_gui.physics.simulation import SimulationResult
    from fourier_gui.ui.files.handout import Handout
    from fourier_gui.ui.files.handout_figures import Figure
    from fourier_gui.ui.views.run_view import RunView

#: How long a step waits for the last run to wind down before it starts its own.
START_WAIT_MS = 20_000


@dataclass(frozen=True)
class LessonRun:
    """A run made during a lesson, for the handout: its step, parameters and the figure of the step's view."""

    step: int
    step_title: str
    parameters: SimulationParameters
    figures: tuple[Figure, ...]


class LessonControl(QObject):
    """The Lesson dock of `window`; a step acts on the `model`, the `parameter_panel` and the `tabs`, and through
    the window's commands `apply_preset`, `start_run` and `run_view` (the plots). `keep_run` takes each run's end."""

    def __init__(
        self,
        window: QMainWindow,
        model: RunModel,
        parameter_panel: ParameterPanel,
        tabs: QTabWidget,
        *,
        apply_preset: Callable[[str], None],
        start_run: Callable[[], bool],
        run_view: Callable[[], RunView],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.model, self.parameter_panel, self.tabs = model, parameter_panel, tabs
        self.apply_preset, self.start_run, self.run_view = apply_preset, start_run, run_view
        self.panel = LessonPanel()
        self.dock = QDockWidget(translate("lesson_control", "Lesson"), window)
        self.dock.setObjectName("lesson-dock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setTitleBarWidget(QWidget())  # no title bar: the panel says what it is and has its Close
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.runs: list[LessonRun] = []
        self.step_results: dict[int, SimulationResult] = {}  # each step's last finished run, by step index
        self._pending: QTimer | None = None
        self.panel.step_requested.connect(self.apply_step)
        self.panel.close_requested.connect(self.close)
        self.next_action = self._key_action(
            translate("lesson_control", "Next lesson step"), QKeySequence.StandardKey.MoveToNextPage, self.panel.next
        )
        self.back_action = self._key_action(
            translate("lesson_control", "Previous lesson step"),
            QKeySequence.StandardKey.MoveToPreviousPage,
            self.panel.back,
        )
        # the answer by key: Space, which would press the focused button, is the playback's in this window
        self.answer_action = self._key_action(
            translate("lesson_control", "Show or hide the answer"),
            "A",
            lambda: self.panel.show_answer(not self.panel.answer_shown),
        )

    def _key_action(self, text: str, key, slot) -> QAction:
        """PageDown/PageUp anywhere in the window (presentation mode too), only while a lesson is open."""
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(False)
        self.window.addAction(action)
        return action

    @property
    def lesson(self) -> Lesson | None:
        return self.panel.lesson if self.dock.isVisible() or self.panel.lesson is not None else None

    def open(self, lesson: Lesson) -> None:
        """Start a lesson at its first step, its texts in the window's language (the runs of an earlier lesson
        are forgotten)."""
        from fourier_gui.ui.language import current_language

        lesson = lesson.in_language(current_language())
        self.runs = []
        self.step_results = {}
        self.dock.show()
        self.dock.raise_()
        for action in (self.next_action, self.back_action, self.answer_action):
            action.setEnabled(True)
        self.panel.open(lesson)

    def open_bundled(self, name: str) -> None:
        try:
            lesson = load_lesson(name)
        except FourierGuiError as exc:  # a bundled lesson edited into a bad one
            QMessageBox.warning(self.window, translate("lesson_control", "Cannot open lesson"), str(exc))
            return
        self.open(lesson)

    def open_file(self) -> None:
        """File → Open lesson…: a teacher's lesson file; a bad one is one message naming the step and field."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("lesson_control", "Open lesson"),
            str(last_folder()),
            translate("lesson_control", "Lessons (*.json);;All files (*)"),
        )
        if not path:
            return
        remember_folder(path)
        try:
            lesson = load_lesson(path if path.lower().endswith(".json") else f"{path}.json")
        except FourierGuiError as exc:
            QMessageBox.warning(self.window, translate("lesson_control", "Cannot open lesson"), str(exc))
            return
        self.open(lesson)

    def add_to_lesson(self) -> None:
        """File → Add to lesson…: the shown run (before any run, the panel's parameters) as a step of a lesson
        file the teacher chooses or creates (ui/files/add_to_lesson.py)."""
        from fourier_gui.ui.files.add_to_lesson import AddToLessonDialog

        result = self.model.result
        params = result.parameters if result is not None else self.parameter_panel.current_parameters()
        if params is None:
            QMessageBox.warning(
                self.window,
                translate("lesson_control", "Cannot add to a lesson"),
                translate("lesson_control", "Invalid parameters: {reason}").format(reason=self.parameter_panel.error),
            )
            return
        tab = TABS[min(self.tabs.currentIndex(), len(TABS) - 1)]  # the tabs' order, not their (translated) names
        dialog = AddToLessonDialog(self.window, params, tab)
        if dialog.exec() and dialog.added is not None:
            self.window.statusBar().showMessage(
                translate("lesson_control", "Added step {step} to the lesson “{title}”").format(
                    step=len(dialog.added.steps), title=dialog.added.title
                ),
                8000,
            )

    def close(self) -> None:
        self.dock.hide()
        self.panel.lesson = None
        self.step_results = {}
        self._set_reference(None)
        for action in (self.next_action, self.back_action, self.answer_action):
            action.setEnabled(False)
        self._cancel_pending()

    # --- applying a step ----------------------------------------------------------------
    def apply_step(self, step: LessonStep) -> None:
        """Set the step's preset and parameters, show its tab and small view, and run where it says so."""
        self._cancel_pending()
        if self.model.active:
            self.model.stop()  # the last step's run: its results stay, the new step starts its own
        if step.preset is not None:
            self.apply_preset(step.preset)
        if self.parameter_panel.current_parameters() != step.parameters:
            self.parameter_panel.set_parameters(step.parameters)
        if step.tab is not None:
            self.tabs.setCurrentIndex(TABS.index(step.tab))  # Dynamics, Transport, Studies: the window's order
        if step.view is not None:  # also once the window is laid out (compact or not) on its first show
            self.run_view().show_small_view(VIEWS.index(step.view))
            QTimer.singleShot(0, lambda: self.run_view().show_small_view(VIEWS.index(step.view)))
        lesson = self.panel.lesson
        reference = self.step_results.get(step.reference) if step.reference is not None else None
        label = lesson.reference_label(step) if lesson is not None else None
        self._set_reference(reference, label)  # after the preset, which forgets the last run
        if step.run:
            self._start_when_ready(step)
        else:  # a step that shows the run already there: its playback or its time at once
            self._show_time(step)
            result = self.model.result
            if step.playback == "start" and result is not None and self.model.state is RunState.FINISHED:
                self._keep_figure(step, result)  # what plays, as snapshots on the handout

    def _set_reference(self, result: SimulationResult | None, label: str | None = None) -> None:
        """Draw `result` (an earlier step's run) dashed behind the next run, named `label`; None: no reference."""
        view = self.run_view()
        view.reference = (
            None if result is None else (result, label or translate("lesson_control", "earlier run"))
        )  # at the same γt
        if result is None and view.dynamics.ghost_label != "previous run":  # the last step's reference goes
            view.dynamics.set_ghost(None, None)

    def _show_time(self, step: LessonStep) -> None:
        """The step's playback from t = 0, or its shown time, on the run the window shows."""
        result = self.model.result
        if result is None or result.completed < 2 or (step.playback is None and step.show_time_gamma is None):
            return
        bar = self.run_view().playback
        bar.set_available(result.completed)
        if step.playback == "start":
            bar.seek(0)
            bar.play()
        elif step.show_time_gamma is not None:
            shown = result.times[: result.completed] * result.parameters.gamma
            bar.pause()
            bar.seek(int(abs(shown - step.show_time_gamma).argmin()))

    def _start_when_ready(self, step: LessonStep) -> None:
        index = self.panel.index
        waited = {"ms": 0}
        timer = QTimer(self)
        timer.setInterval(50)

        def attempt() -> None:
            waited["ms"] += timer.interval()
            if self.panel.step is None or self.panel.index != index:  # moved on (the step's words may change)
                timer.stop()
            elif self.model.can_start or self.model.parameters is None or waited["ms"] > START_WAIT_MS:
                timer.stop()  # parameters that cannot run will not by waiting: start_run says why (run_refused)
                self.start_run()

        timer.timeout.connect(attempt)
        self._pending = timer
        timer.start(0)

    def _cancel_pending(self) -> None:
        if self._pending is not None:
            self._pending.stop()
            self._pending = None

    def keep_run(self, end: RunState) -> None:
        """A run ended: if it finished during a lesson, keep its parameters and the figure of the step's view."""
        step, result = self.panel.step, self.model.result
        if self.panel.lesson is None or step is None or end is not RunState.FINISHED or result is None:
            return
        self._keep_figure(step, result)
        if result.parameters == step.parameters:  # the step's own run, not one the teacher changed
            self.step_results[self.panel.index] = result
        self._show_time(step)

    def show_language(self) -> None:
        """The open lesson's texts in the window's language now (View → Language): the same step, its answer
        shown or not, nothing applied or run again."""
        from fourier_gui.ui.language import current_language

        lesson = self.panel.lesson
        if lesson is not None:
            self.panel.lesson = lesson.in_language(current_language())
            self.panel.show_answer(self.panel.answer_shown)

    def _keep_figure(self, step: LessonStep, result: SimulationResult) -> None:
        """The step's figure for the handout, drawn for print as the page shows it: the view at the end with the
        step's reference dashed behind, or snapshots where the step plays its run."""
        from fourier_gui.ui.files.handout_figures import figure_kind, step_figure

        reference = self.run_view().reference if step.reference is not None else None
        figure = step_figure(result, figure_kind(step.view, step.tab), step.playback, reference)
        self.runs = [r for r in self.runs if r.step != self.panel.index]  # the step's last run stands
        self.runs.append(LessonRun(self.panel.index, step.title, result.parameters, (figure,)))

    def handout(self, answers: bool = False) -> Handout | None:
        """The open lesson's handout (with `answers`, the teacher's key): its title, summary and one section per
        step with the figures of the runs made in it; None without a lesson."""
        from fourier_gui.ui.files.handout import lesson_handout

        lesson = self.panel.lesson
        if lesson is None:
            return None
        return lesson_handout(
            lesson,
            lambda number: tuple(figure for run in self.runs if run.step == number for figure in run.figures),
            answers,
        )
