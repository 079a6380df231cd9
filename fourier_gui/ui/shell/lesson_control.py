"""A lesson in the window: the Lesson dock, its keys, its menus' commands, and the runs it keeps.

`LessonControl` applies each step the panel asks for (its preset, its parameters, its tab and small view,
and a run where the step says so) through the window's own commands, as a user at the keyboard would.
The runs finished during the lesson are kept (their parameters and a picture of the tab) for the handout
(ui/files/handout.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from fourier_gui.engine.run_model import RunModel
from fourier_gui.io.lessons import VIEWS, Lesson, LessonStep, load_lesson
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.controls.parameter_panel import ParameterPanel
from fourier_gui.ui.files.save_dialogs import last_folder, remember_folder
from fourier_gui.ui.shell.lesson_panel import LessonPanel

if TYPE_CHECKING:  # the plots load after the window's first paint
    from fourier_gui.ui.views.run_view import RunView

#: How long a step waits for the last run to wind down before it starts its own.
START_WAIT_MS = 20_000


class LessonWindow(Protocol):
    """What a lesson uses of the window (ui/shell/main_window.py is one)."""

    model: RunModel
    panel: ParameterPanel
    tabs: QTabWidget
    preset_name: str

    @property
    def run_view(self) -> RunView: ...

    def apply_preset(self, name: str) -> None: ...
    def start_run(self) -> bool: ...


@dataclass(frozen=True)
class LessonRun:
    """A run made during a lesson, for the handout: its step, parameters and a PNG of the tab it showed."""

    step: int
    step_title: str
    parameters: SimulationParameters
    pictures: tuple[bytes, ...]


class LessonControl(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = LessonPanel()
        self.dock = QDockWidget("Lesson", window)
        self.dock.setObjectName("lesson-dock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setTitleBarWidget(QWidget())  # no title bar: the panel says what it is and has its Close
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.runs: list[LessonRun] = []
        self._pending: QTimer | None = None
        self.panel.step_requested.connect(self.apply_step)
        self.panel.close_requested.connect(self.close)
        self.next_action = self._key_action(
            "Next lesson step", QKeySequence.StandardKey.MoveToNextPage, self.panel.next
        )
        self.back_action = self._key_action(
            "Previous lesson step", QKeySequence.StandardKey.MoveToPreviousPage, self.panel.back
        )
        # the answer by key: Space, which would press the focused button, is the playback's in this window
        self.answer_action = self._key_action(
            "Show or hide the answer", "A", lambda: self.panel.show_answer(not self.panel.answer_shown)
        )
        window.run_finished.connect(self._keep_run)  # type: ignore[attr-defined]

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
        """Start a lesson at its first step (the runs of an earlier lesson are forgotten)."""
        self.runs = []
        self.dock.show()
        self.dock.raise_()
        for action in (self.next_action, self.back_action, self.answer_action):
            action.setEnabled(True)
        self.panel.open(lesson)

    def open_bundled(self, name: str) -> None:
        try:
            lesson = load_lesson(name)
        except FourierGuiError as exc:  # a bundled lesson edited into a bad one
            QMessageBox.warning(self.window, "Cannot open lesson", str(exc))
            return
        self.open(lesson)

    def open_file(self) -> None:
        """File → Open lesson…: a teacher's lesson file; a bad one is one message naming the step and field."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open lesson", str(last_folder()), "Lessons (*.json);;All files (*)"
        )
        if not path:
            return
        remember_folder(path)
        try:
            lesson = load_lesson(path if path.lower().endswith(".json") else f"{path}.json")
        except FourierGuiError as exc:
            QMessageBox.warning(self.window, "Cannot open lesson", str(exc))
            return
        self.open(lesson)

    def close(self) -> None:
        self.dock.hide()
        self.panel.lesson = None
        for action in (self.next_action, self.back_action, self.answer_action):
            action.setEnabled(False)
        self._cancel_pending()

    # --- applying a step ----------------------------------------------------------------
    def apply_step(self, step: LessonStep) -> None:
        """Set the step's preset and parameters, show its tab and small view, and run where it says so."""
        w: LessonWindow = self.window  # type: ignore[assignment]
        self._cancel_pending()
        if w.model.active:
            w.model.stop()  # the last step's run: its results stay, the new step starts its own
        if step.preset is not None:
            w.apply_preset(step.preset)
        if w.panel.current_parameters() != step.parameters:
            w.panel.set_parameters(step.parameters)
        if step.tab is not None:
            names = [w.tabs.tabText(i).lower() for i in range(w.tabs.count())]
            w.tabs.setCurrentIndex(names.index(step.tab))
        if step.view is not None:  # also once the window is laid out (compact or not) on its first show
            w.run_view.show_small_view(VIEWS.index(step.view))
            QTimer.singleShot(0, lambda: w.run_view.show_small_view(VIEWS.index(step.view)))
        if step.run:
            self._start_when_ready(step)

    def _start_when_ready(self, step: LessonStep) -> None:
        w: LessonWindow = self.window  # type: ignore[assignment]
        waited = {"ms": 0}
        timer = QTimer(self)
        timer.setInterval(50)

        def attempt() -> None:
            waited["ms"] += timer.interval()
            if self.panel.step is not step:
                timer.stop()
            elif w.model.can_start:
                timer.stop()
                w.start_run()
            elif waited["ms"] > START_WAIT_MS:
                timer.stop()

        timer.timeout.connect(attempt)
        self._pending = timer
        timer.start(0)

    def _cancel_pending(self) -> None:
        if self._pending is not None:
            self._pending.stop()
            self._pending = None

    def _keep_run(self, outcome: str) -> None:
        """A run finished during a lesson: keep its parameters and a picture of the shown tab."""
        w: LessonWindow = self.window  # type: ignore[assignment]
        step, result = self.panel.step, w.model.result
        if self.panel.lesson is None or step is None or outcome != "done" or result is None:
            return
        from fourier_gui.ui.files.animation_export import run_pictures

        # the Dynamics tab's views at a page's size, and the Transport tab where the step shows it
        pictures = run_pictures(result, transport=step.tab == "transport")
        self.runs = [r for r in self.runs if r.step != self.panel.index]  # the step's last run stands
        self.runs.append(LessonRun(self.panel.index, step.title, result.parameters, tuple(pictures)))
