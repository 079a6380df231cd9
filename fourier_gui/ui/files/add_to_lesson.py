"""File → Add to lesson…: the current run as a lesson step, appended to a lesson file the teacher chooses or
creates, so a lesson is written without editing JSON (docs/contracts.md, "Lesson files").

The dialog asks for the file, the step's title, what to watch, a question and its answer, and which tab and
small view the step shows; the parameters are the run's (or, before any run, the panel's). io/lessons.py
checks the whole lesson as a reader would and writes it atomically: a bad step is one line, the file unchanged.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from fourier_gui.io.lessons import TABS, VIEWS, Lesson, add_step, step_record
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.files.save_dialogs import last_folder, remember_folder
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, current_language, translate
from fourier_gui.ui.style.widgets import add_ok_cancel

#: The tabs' names (TABS, capitalized) for the translators.
TAB_NAMES = (
    QT_TRANSLATE_NOOP("add_to_lesson", "Dynamics"),
    QT_TRANSLATE_NOOP("add_to_lesson", "Transport"),
    QT_TRANSLATE_NOOP("add_to_lesson", "Studies"),
)
#: The small views by the names the window's tabs show them under.
VIEW_NAMES = {
    "levels": QT_TRANSLATE_NOOP("add_to_lesson", "Levels or system"),
    "profile": QT_TRANSLATE_NOOP("add_to_lesson", "Profile"),
    "kappa": "κ(T)",
}


class AddToLessonDialog(QDialog):
    """The fields of one step; `accept` appends it to the chosen file (or makes the file) and closes."""

    def __init__(self, parent: QWidget | None, params: SimulationParameters, tab: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("add_to_lesson", "Add to lesson"))
        self.params = params
        self.path = QLineEdit(str(last_folder() / "my-lesson.lesson.json"))
        self.path.setToolTip(
            translate("add_to_lesson", "The lesson file: the step is added at its end; a new file starts a new lesson")
        )
        choose = QPushButton(translate("add_to_lesson", "Choose…"))
        choose.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        self.lesson_title = QLineEdit()
        self.lesson_title.setPlaceholderText(translate("add_to_lesson", "for a new lesson file (else the file's name)"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("add_to_lesson", "e.g. Too few levels"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(translate("add_to_lesson", "What the class should watch, in plain words"))
        self.question = QLineEdit()
        self.question.setPlaceholderText(translate("add_to_lesson", "about what is on screen in this step (optional)"))
        self.answer = QLineEdit()
        self.tab = QComboBox()
        for name in TABS:
            self.tab.addItem(translate("add_to_lesson", name.capitalize()), name)
        self.tab.setCurrentIndex(TABS.index(tab) if tab in TABS else 0)
        self.view = QComboBox()
        self.view.addItem(translate("add_to_lesson", "(as it is)"), None)
        for key in VIEWS:
            self.view.addItem(translate("add_to_lesson", VIEW_NAMES[key]), key)
        self.run = QCheckBox(translate("add_to_lesson", "Run when the step opens"))
        self.run.setChecked(True)
        form = QFormLayout(self)
        form.addRow(translate("add_to_lesson", "Lesson file"), file_row)
        form.addRow(translate("add_to_lesson", "Lesson title"), self.lesson_title)
        form.addRow(translate("add_to_lesson", "Step title"), self.title)
        form.addRow(translate("add_to_lesson", "What to watch"), self.text)
        form.addRow("Question", self.question)
        form.addRow(translate("add_to_lesson", "Answer"), self.answer)
        form.addRow(translate("add_to_lesson", "Tab"), self.tab)
        form.addRow(translate("add_to_lesson", "Small view"), self.view)
        form.addRow("", self.run)
        add_ok_cancel(self, form, translate("add_to_lesson", "Add step"))
        self.added: Lesson | None = None  # the lesson as written, once added
        self.setMinimumWidth(70 * self.fontMetrics().averageCharWidth())  # the file's path in sight
        self.text.setFixedHeight(6 * self.fontMetrics().lineSpacing())

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("add_to_lesson", "Lesson file"),
            self.path.text(),
            translate("add_to_lesson", "Lessons (*.lesson.json *.json)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing lesson is added to, not replaced
        )
        if path:
            self.path.setText(path if path.lower().endswith(".json") else f"{path}.lesson.json")

    def step(self) -> dict[str, object]:
        """The step as the file will hold it."""
        return step_record(
            self.params,
            title=self.title.text(),
            text=self.text.toPlainText(),
            question=self.question.text() or None,
            answer=self.answer.text() or None,
            tab=self.tab.currentData(),
            view=self.view.currentData(),
            run=self.run.isChecked(),
        )

    def accept(self) -> None:
        """Add the step; a refusal (a missing title, a question without answer, a file that is not a lesson, a
        folder that cannot be written) is one line in a message, and the dialog stays open."""
        path = self.path.text().strip()
        try:
            if not path:
                raise FourierGuiError(translate("add_to_lesson", "choose a lesson file"))
            self.added = add_step(path, self.step(), self.lesson_title.text() or None, language=current_language())
        except (FourierGuiError, OSError) as exc:
            QMessageBox.warning(self, translate("add_to_lesson", "Cannot add the step"), str(exc))
            return
        remember_folder(path)
        super().accept()
