"""Guided lessons in the window: steps by PageDown/PageUp (also in presentation mode at 1024×768), the answer
behind its button, every shipped lesson to its end, and the handout of a lesson as a PDF read back by pypdf."""

from __future__ import annotations

import io
import json

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from fourier_gui.engine.run_model import RunState
from fourier_gui.io.lessons import lesson_names, load_lesson, read_lesson
from fourier_gui.ui.style.rich_text import plain, rich_text

SMALL = {
    "format": "fourier-gui lesson",
    "version": 1,
    "title": "Two quick runs",
    "summary": "A short lesson for the tests.",
    "steps": [
        {
            "title": "Fig. 2, short",
            "preset": "fig2",
            "parameters": {"points": 21},
            "run": True,
            "text": "Watch P_μ relax.",
            "question": "Which value do they reach?",
            "answer": "One third each.",
        },
        {"title": "Read along", "text": "Nothing runs here."},
        {
            "title": "Ballistic, short",
            "preset": "ballistic",
            "parameters": {"points": 21},
            "tab": "transport",
            "run": True,
            "text": "Too few levels.",
            "question": "Which badge warned you?",
            "answer": "Enough levels? c1.",
        },
    ],
}


@pytest.fixture
def small_lesson(tmp_path):
    path = tmp_path / "small.json"
    path.write_text(json.dumps(SMALL), encoding="utf-8")
    return read_lesson(path)


def wait_idle(qtbot, window):
    """No run left going (the engine's thread must not outlive the test)."""
    qtbot.waitUntil(lambda: window.model.can_start, timeout=60_000)


def test_page_down_and_up_walk_the_lesson_in_presentation_mode_at_1024x768(qtbot, open_window):
    window = open_window()
    window.resize(1024, 768)
    window.set_presentation(True)
    lesson = load_lesson("02-fouriers-law")
    window.lessons.open(lesson)
    panel = window.lessons.panel
    qtbot.waitUntil(lambda: panel.index == 0 and window.lessons.dock.isVisible())
    window.model.stop()
    window.activateWindow()  # shortcuts reach the active window (the resize above may have taken it)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert panel.index == 1
    assert window.panel.current_parameters() == lesson.steps[1].parameters
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert panel.index == 0
    assert window.presentation and window.lessons.dock.isVisible()
    # the lesson leaves the plots their room: P_μ(t) keeps a readable height on 768 lines
    assert window.run_view.dynamics.widget.height() >= 150, window.run_view.dynamics.widget.height()
    window.model.stop()
    qtbot.waitUntil(lambda: window.model.can_start, timeout=30_000)


def test_the_answer_waits_behind_its_button(qtbot, open_window, small_lesson):
    window = open_window()
    window.lessons.open(small_lesson)
    panel = window.lessons.panel
    assert "Which value do they reach?" in panel.text.toPlainText()
    assert "One third each." not in panel.text.toPlainText()
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    assert "One third each." in panel.text.toPlainText()
    panel.next()
    assert panel.answer_button.isHidden()  # no question on this step
    assert "One third each." not in panel.text.toPlainText()
    wait_idle(qtbot, window)


def test_a_lesson_becomes_a_handout_with_its_runs_and_questions(
    qtbot, open_window, small_lesson, tmp_path, monkeypatch
):
    window = open_window()
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.lessons.open(small_lesson)  # step 1 runs
    window.lessons.panel.next()
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.lessons.panel.next()  # step 3 runs, on the Transport tab
    assert [run.step for run in window.lessons.runs] == [0, 2]
    suggested = []

    def save_as(target):
        def dialog(_parent, _title, path, _filters):
            suggested.append(path)
            return str(target), "PDF documents (*.pdf)"

        return dialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(tmp_path / "handout.pdf"))
    window.files.export_handout()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(tmp_path / "key.pdf"))
    window.action["export_key"].trigger()  # File → Export answer key
    assert suggested[0].endswith("two-quick-runs-handout.pdf") and suggested[1].endswith("two-quick-runs-key.pdf")
    reader = pypdf.PdfReader(io.BytesIO((tmp_path / "handout.pdf").read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages).replace("\t", " ")
    images = sum(len(page.images) for page in reader.pages)
    assert images == 2  # one figure per step that ran: step 1's P_μ(t), step 3's Transport tab
    for words in ("Two quick runs", "Fig. 2, short", "Which value do they reach?", "Which badge warned you?", "Name"):
        assert words in text, words
    assert "One third each." not in text  # answers stay with the teacher
    assert "50 levels" in text  # the parameters in plain words (ballistic: n = 50)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {len(reader.pages)}" in " ".join(page.extract_text().split())
    key_pages = pypdf.PdfReader(io.BytesIO((tmp_path / "key.pdf").read_bytes())).pages
    key = " ".join(" ".join(page.extract_text() for page in key_pages).split())
    assert "One third each." in key and "Enough levels? c1." in key


def test_file_print_prints_the_lessons_handout(qtbot, open_window, small_lesson, tmp_path, monkeypatch):
    """File → Print: Qt's print dialog chooses the printer (here a PDF file), then the handout is painted on it."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    window = open_window()
    window.lessons.open(small_lesson)
    wait_idle(qtbot, window)
    window.lessons.panel.next()  # a step without a run: nothing starts
    target = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    asked = []  # step 3 runs but has not run yet: the teacher is asked before its figure goes missing
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.No
    )
    window.action["print_handout"].trigger()
    assert len(asked) == 1 and "3 of the lesson" in asked[0] and "not been run yet" in asked[0]
    assert not target.exists()  # No: nothing printed
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    window.action["print_handout"].trigger()
    text = " ".join(
        "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages).split()
    )
    assert "Which value do they reach?" in text and "One third each." not in text
    assert "Printed the handout" in window.last_status


def test_without_a_lesson_the_handout_is_the_shown_run(qtbot, open_window, run_to_end, tmp_path, monkeypatch):
    from fourier_gui.io.presets import load_preset

    window = open_window(load_preset("fig2").parameters.with_changes(points=11))
    assert run_to_end(window) is RunState.FINISHED
    target = tmp_path / "run.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF documents (*.pdf)"))
    window.files.export_handout()
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    assert sum(len(page.images) for page in reader.pages) == 1
    assert "500 levels" in reader.pages[0].extract_text().replace("\t", " ")


@pytest.mark.slow
@pytest.mark.parametrize("name", lesson_names())
def test_every_shipped_lesson_runs_step_by_step_to_its_end(qtbot, open_window, name):
    window = open_window()
    lesson = load_lesson(name)
    window.lessons.open(lesson)
    panel = window.lessons.panel
    for number, step in enumerate(lesson.steps):
        assert panel.index == number
        assert window.panel.current_parameters() == step.parameters
        if step.tab is not None:
            assert window.tabs.tabText(window.tabs.currentIndex()).lower() == step.tab
        if step.run:
            qtbot.waitUntil(lambda step=step: window.model.result is not None
                            and window.model.result.parameters == step.parameters
                            and window.model.can_start, timeout=120_000)  # fmt: skip
            assert window.model.result.is_complete, (name, step.title)
        if number < len(lesson.steps) - 1:
            qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert not panel.next_button.isEnabled()
    # a step that runs keeps its run for the handout, and a step that replays the run before it its snapshots
    kept = {i for i, s in enumerate(lesson.steps) if s.run or (s.playback == "start" and i > 0)}
    assert {run.step for run in window.lessons.runs} == kept


@pytest.mark.parametrize("name", lesson_names())
def test_every_question_is_in_sight_at_1024x768_in_presentation_mode(qtbot, open_window, name):
    """With four fixed lines the question sat below the fold and only the mouse wheel reached it. In the band
    of presentation mode the step's title and question keep their lines while its text scrolls, and the answer
    (A) scrolls into sight under them."""
    window = open_window()
    window.setFixedSize(1024, 768)  # a projector's screen (the offscreen screen's size is not one)
    window.set_presentation(True)
    lesson = load_lesson(name)
    window.lessons.open(lesson)
    panel = window.lessons.panel
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for number in range(len(lesson.steps)):
        panel.go(number)
        window.model.stop()
        QApplication.processEvents()
        step = lesson.steps[number]
        assert panel.heading.isVisible() and step.title in panel.heading.toolTip()
        if step.question is not None:
            assert panel.question.verticalScrollBar().maximum() == 0, number  # all of the question in sight
            assert plain(rich_text(step.question))[:20] in panel.question.toPlainText()  # as the panel sets it
            qtbot.keyClick(window, Qt.Key.Key_A)
            assert "Answer:" in panel.text.toPlainText()
            document, top = panel.text.document(), panel.text.verticalScrollBar().value()
            block = document.find("Answer:").block()
            y = document.documentLayout().blockBoundingRect(block).top()
            assert top <= y <= top + panel.text.viewport().height() - panel.text.fontMetrics().height(), number
    assert window.run_view.staging.stage.height() >= 0.4 * 768
    window.model.stop()
    qtbot.waitUntil(lambda: window.model.can_start, timeout=30_000)


@pytest.mark.parametrize("language", ["de", "es"])
@pytest.mark.parametrize("name", lesson_names())
def test_every_question_and_answer_is_in_sight_in_german_and_spanish(qtbot, open_window, monkeypatch, name, language):
    """The longer German and Spanish words in presentation mode's band at 1024×768: the step's title and all of its
    question in sight, the answer (A) scrolled into sight under them, the stage as tall as in English."""
    from fourier_gui.ui import language as window_language

    monkeypatch.setattr(window_language, "_chosen", language)
    window = open_window()
    window.setFixedSize(1024, 768)
    window.set_presentation(True)
    lesson = load_lesson(name, language)
    window.lessons.open(lesson)
    panel = window.lessons.panel
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for number, step in enumerate(lesson.steps):
        panel.go(number)
        window.model.stop()
        QApplication.processEvents()
        assert panel.heading.isVisible() and step.title in panel.heading.toolTip()
        assert plain(rich_text(step.text))[:30] in panel.text.toPlainText()
        if step.question is not None and step.answer is not None:
            assert panel.question.verticalScrollBar().maximum() == 0, number
            assert plain(rich_text(step.question))[:20] in panel.question.toPlainText()
            qtbot.keyClick(window, Qt.Key.Key_A)
            answer = plain(rich_text(step.answer))[:20]
            document, top = panel.text.document(), panel.text.verticalScrollBar().value()
            block = document.find(answer).block()
            assert block.isValid(), (number, answer)
            y = document.documentLayout().blockBoundingRect(block).top()
            assert top <= y <= top + panel.text.viewport().height() - panel.text.fontMetrics().height(), number
    assert window.run_view.staging.stage.height() >= 0.4 * 768
    window.model.stop()
    qtbot.waitUntil(lambda: window.model.can_start, timeout=30_000)


PLAYS = {
    "format": "fourier-gui lesson",
    "version": 1,
    "title": "It plays",
    "summary": "A short lesson for the tests: a run, its playback, a run beside it.",
    "steps": [
        {
            "title": "Ballistic, short",
            "preset": "ballistic",
            "parameters": {"points": 21},
            "run": True,
            "label": "first run",
            "text": "Too few levels.",
        },
        {
            "title": "Again, as it plays",
            "view": "profile",
            "playback": "start",
            "text": "It plays from the start.",
            "question": "As it plays, which bar falls?",
            "answer": "The first.",
        },
        {
            "title": "Another seed beside it",
            "preset": "ballistic",
            "parameters": {"points": 21, "seed": 1},
            "run": True,
            "reference": 1,
            "text": "Dashed: the first run.",
        },
    ],
}


def test_a_lessons_handout_figures_show_what_its_steps_ask(qtbot, open_window, tmp_path, monkeypatch):
    """A step that replays the last run prints snapshots of it (the question is about "as it plays"); a step with
    a reference prints the reference run, named as in the window."""
    from fourier_gui.ui.files import handout_figures

    asked = []
    step_figure = handout_figures.step_figure

    def recording(result, kind, playback, reference):
        asked.append((kind, playback, None if reference is None else reference[1]))
        return step_figure(result, kind, playback, reference)

    monkeypatch.setattr(handout_figures, "step_figure", recording)
    path = tmp_path / "plays.json"
    path.write_text(json.dumps(PLAYS), encoding="utf-8")
    window = open_window()
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.lessons.open(read_lesson(path))
    window.lessons.panel.next()  # plays the run again: its snapshots kept at once
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.lessons.panel.next()
    wait_idle(qtbot, window)
    assert [run.step for run in window.lessons.runs] == [0, 1, 2]
    assert asked == [("dynamics", None, None), ("profile", "start", None), ("dynamics", None, "first run")]
    single, snapshots = (window.lessons.runs[i].figures[0] for i in (0, 1))
    assert snapshots.height_mm > single.height_mm  # two rows of panels
