"""File → Add to lesson… (ui/files/add_to_lesson.py): the shown run becomes a step of a lesson file the teacher
makes or adds to, read back by the lesson reader; a refused step is one line and the dialog stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from fourier_gui.io.lessons import read_lesson
from fourier_gui.io.presets import load_preset
from fourier_gui.ui.files.add_to_lesson import AddToLessonDialog


def _fill(dialog: AddToLessonDialog, path, title: str, question: str = "", answer: str = "") -> None:
    dialog.path.setText(str(path))
    dialog.title.setText(title)
    dialog.text.setPlainText("Watch the far end.")
    dialog.question.setText(question)
    dialog.answer.setText(answer)


def test_the_run_becomes_a_step_of_a_new_lesson_and_then_of_the_same(qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    params = load_preset("weak-bond").parameters
    path = tmp_path / "mine.lesson.json"
    dialog = AddToLessonDialog(None, params, "transport")
    qtbot.addWidget(dialog)
    _fill(dialog, path, "A weak bond", "Where does the energy pile up?", "Before the bond.")
    dialog.lesson_title.setText("My first lesson")
    dialog.view.setCurrentIndex(dialog.view.findData("profile"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and not warnings
    lesson = read_lesson(path)
    assert lesson.title == "My first lesson"
    (step,) = lesson.steps
    assert (step.title, step.text, step.question, step.answer) == (
        "A weak bond", "Watch the far end.", "Where does the energy pile up?", "Before the bond."
    )  # fmt: skip
    assert (step.parameters, step.tab, step.view, step.run) == (params, "transport", "profile", True)
    # a second step, refused first: a question without its answer
    other = load_preset("ring").parameters
    again = AddToLessonDialog(None, other)
    qtbot.addWidget(again)
    _fill(again, path, "A ring", "Which sites fill alike?")
    again.accept()
    assert again.result() != QDialog.DialogCode.Accepted
    assert len(warnings) == 1 and "step 2, field 'answer'" in warnings[0] and "\n" not in warnings[0]
    assert len(read_lesson(path).steps) == 1
    again.answer.setText("2 and 8.")
    again.run.setChecked(False)
    again.accept()
    assert again.result() == QDialog.DialogCode.Accepted
    second = read_lesson(path).steps[1]
    assert (second.parameters, second.tab, second.view, second.run) == (other, "dynamics", None, False)


def test_the_window_offers_it_in_the_file_menu(open_window):
    window = open_window()
    action = window.action["add_to_lesson"]
    assert action in window.menus["&File"].actions()
