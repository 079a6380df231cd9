"""Lesson files (io/lessons.py, docs/contracts.md "Lesson files"): the shipped lessons are valid step by step,
a bad file is one error naming the step and the field, and the reader survives fuzzed files."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourier_gui.io.lessons import LessonError, lesson_names, load_lesson, read_lesson
from fourier_gui.io.presets import load_preset
from fourier_gui.physics.errors import FourierGuiError
from tests.io.test_fuzzed_readers import FUZZ, _clean_failure, _mutated, _paths, _write, json_values

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


@FUZZ
@given(data=st.data(), action=st.sampled_from(["replace", "delete", "wrap"]), value=json_values)
def test_mutated_lessons_fail_cleanly(data, action, value) -> None:
    path = data.draw(st.sampled_from([p for p in _paths(VALID) if p]))
    file = _write(json.dumps(_mutated(VALID, path, action, value)))
    _clean_failure(lambda: read_lesson(file), file)


@FUZZ
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_random_bytes_as_a_lesson_fail_cleanly(raw) -> None:
    file = _write(raw)
    _clean_failure(lambda: read_lesson(file), file)


def test_special_files_are_refused_before_reading(tmp_path):
    import os

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path, "/dev/zero"):
        with pytest.raises(FourierGuiError):
            read_lesson(path)
