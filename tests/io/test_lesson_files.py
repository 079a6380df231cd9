"""Lesson files (io/lessons.py, docs/contracts.md "Lesson files"): the shipped lessons are valid step by step,
a bad file is one error naming the step and the field, and the reader survives fuzzed files."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourier_gui.io.lessons import Lesson, LessonError, lesson_names, load_lesson, read_lesson
from fourier_gui.io.presets import DEFAULT_PRESET, load_preset
from fourier_gui.physics.errors import FourierGuiError
from tests.io.test_fuzzed_readers import (
    FUZZ,
    _json,
    _mutated,
    _paths,
    _write,
    assert_parameters_as_written,
    json_values,
    read_correctly_or_refused,
)

VALID = {
    "format": "fourier-gui lesson",
    "version": 1,
    "title": "A teacher's lesson",
    "summary": "Two steps.",
    "steps": [
        {"title": "Start", "preset": "fig2", "run": True, "text": "Watch P₁.", "question": "Why?", "answer": "So."},
        {"title": "More levels", "parameters": {"levels": 800}, "tab": "transport", "view": "kappa", "text": "Again."},
    ],
}


def test_three_lessons_ship_and_every_step_is_valid():
    names = lesson_names()
    titles = [load_lesson(name).title for name in names]
    assert titles == ["Relaxation and HAM", "Fourier's law", "Beyond the chain"]
    for name in names:
        for step in load_lesson(name).steps:
            assert step.parameters.validated() is step.parameters
            assert step.text and step.title
            assert (step.question is None) == (step.answer is None)


def test_a_step_without_a_preset_changes_the_step_before(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(VALID), encoding="utf-8")
    lesson = read_lesson(path)
    first, second = lesson.steps
    assert first.parameters == load_preset("fig2").parameters
    assert second.parameters == load_preset("fig2").parameters.with_changes(levels=800)
    assert (second.tab, second.view, second.run) == ("transport", "kappa", False)


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        (("steps", 1, "parameters", "levels"), 0, "step 2, field 'parameters.levels': 0"),
        (("steps", 0, "preset"), "fig9", "step 1, field 'preset': 'fig9' is not one of"),
        (("steps", 1, "tab"), "plots", "step 2, field 'tab': 'plots' is not one of dynamics, transport, studies"),
        (("steps", 0, "run"), "yes", "step 1, field 'run': must be true or false"),
        (("steps", 0, "qestion"), "typo", "step 1, field 'qestion': unknown"),
        (("steps", 1, "text"), "", "step 2, field 'text': must be non-empty text"),
        (("steps", 1, "answer"), "lonely", "step 2, field 'answer': an answer needs a question"),
        (("steps", 0, "parameters"), {"sites": "HUGE"}, "step 1, field 'parameters.sites': 'an integer of 101 digits'"),
        (("version",), 2, "field 'version': 2 is not 1"),
        (("steps",), [], "field 'steps': must be a list of 1 … 100 steps"),
    ],
)
def test_a_bad_lesson_is_one_error_naming_the_step_and_the_field(tmp_path, path, value, words):
    data = json.loads(json.dumps(VALID))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(data).replace('"HUGE"', "1" + "0" * 100), encoding="utf-8")  # a JSON integer
    with pytest.raises(LessonError) as caught:
        read_lesson(file)
    message = str(caught.value)
    assert words in message and "bad.json" in message and "\n" not in message


def test_an_unknown_bundled_name_lists_the_known_ones():
    with pytest.raises(LessonError, match="01-relaxation-and-ham"):
        load_lesson("nonsense")


def check_lesson(path, read) -> None:
    """What read_lesson read is the file's: its texts (trimmed), and each step's parameters valid and equal to
    its preset's (else the step before's, the first's the default preset's) with the step's changes."""
    data = _json(path)
    assert isinstance(data, dict) and isinstance(read, Lesson)
    assert (data["format"], data["version"]) == ("fourier-gui lesson", 1) and not isinstance(data["version"], bool)
    assert read.title == data["title"].strip() and read.summary == (data.get("summary") or "").strip()
    assert isinstance(data["steps"], list) and len(read.steps) == len(data["steps"]) >= 1
    previous = load_preset(DEFAULT_PRESET).parameters
    for step, written in zip(read.steps, data["steps"], strict=True):
        base = load_preset(written["preset"]).parameters if written.get("preset") is not None else previous
        assert_parameters_as_written(step.parameters, {**base.to_dict(), **written.get("parameters", {})})
        previous = step.parameters
        assert (step.title, step.text) == (written["title"].strip(), written["text"].strip())
        assert step.title and step.text
        assert (step.tab, step.view) == (written.get("tab"), written.get("view"))
        assert step.run is written.get("run", False)
        question, answer = written.get("question"), written.get("answer")
        assert step.question == (question.strip() if question is not None else None)
        assert step.answer == (answer.strip() if answer is not None else None)
        assert (step.question is None) == (step.answer is None)


def test_the_valid_lesson_passes_the_check(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(VALID), encoding="utf-8")
    check_lesson(path, read_lesson(path))


@FUZZ
@given(data=st.data(), action=st.sampled_from(["replace", "delete", "wrap"]), value=json_values)
def test_mutated_lessons_are_read_correctly_or_refused(data, action, value) -> None:
    path = data.draw(st.sampled_from([p for p in _paths(VALID) if p]))
    file = _write(json.dumps(_mutated(VALID, path, action, value)))
    read_correctly_or_refused(read_lesson, file, check_lesson)


@FUZZ
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_random_bytes_as_a_lesson_are_read_correctly_or_refused(raw) -> None:
    read_correctly_or_refused(read_lesson, _write(raw), check_lesson)


def test_special_files_are_refused_before_reading(tmp_path):
    import os

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path, "/dev/zero"):
        with pytest.raises(FourierGuiError):
            read_lesson(path)
