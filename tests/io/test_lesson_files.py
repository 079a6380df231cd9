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
from fourier_gui.physics.lesson_checks import HamAgrees, HamDeparts, Population, SpreadingExponent, Verdict
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
        {
            "title": "Start",
            "preset": "fig2",
            "run": True,
            "text": "Watch P₁.",
            "question": "Why?",
            "answer": "So.",
            "label": "500 levels",
            "playback": "start",
            "expect": [
                {"verdict": "holds"},
                {"population": {"site": 3, "at_gamma_t": 2.0, "min": 0.2, "max": 0.4}},
                {"spreading_exponent": {"from_gamma_t": 0.5, "to_gamma_t": 3, "min": 0.8, "max": 1.2}},
                {"ham_agrees": {"max_deviation": 0.05}},
                {"ham_departs": {"min_deviation": 0.01}},
            ],
        },
        {
            "title": "More levels",
            "parameters": {"levels": 800},
            "tab": "transport",
            "view": "kappa",
            "text": "Again.",
            "run": True,
            "reference": "previous",
            "show_time_gamma": 1.5,
        },
    ],
}


def test_four_lessons_ship_and_every_step_is_valid():
    names = lesson_names()
    titles = [load_lesson(name).title for name in names]
    assert titles == ["Relaxation and HAM", "Fourier's law", "Beyond the chain", "When Fourier's law fails"]
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
    assert (second.tab, second.view, second.run) == ("transport", "kappa", True)


def test_a_step_reads_its_expectations_reference_playback_and_shown_time(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(VALID), encoding="utf-8")
    lesson = read_lesson(path)
    first, second = lesson.steps
    assert first.expect == (
        Verdict("holds"),
        Population(3, 2.0, 0.2, 0.4),
        SpreadingExponent(0.5, 3.0, 0.8, 1.2),
        HamAgrees(0.05),
        HamDeparts(0.01),
    )
    assert (first.playback, first.show_time_gamma, first.reference, first.label) == ("start", None, None, "500 levels")
    assert (second.playback, second.show_time_gamma, second.reference, second.expect) == (None, 1.5, 0, ())
    assert lesson.reference_label(second) == "500 levels" and lesson.reference_label(first) is None
    data = json.loads(json.dumps(VALID))
    del data["steps"][0]["label"]
    data["steps"][1]["reference"] = 1  # a step by its number; without a label, the reference is named by its title
    path.write_text(json.dumps(data), encoding="utf-8")
    lesson = read_lesson(path)
    assert lesson.steps[1].reference == 0 and lesson.reference_label(lesson.steps[1]) == "Start"


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
        (("steps", 0, "expect", 0), {"verdict": "maybe"}, "step 1, field 'expect[1].verdict': 'maybe' is not one of"),
        (("steps", 0, "expect", 0), {"speed": 1}, "step 1, field 'expect[1]': 'speed' is not one of verdict,"),
        (("steps", 0, "expect", 1, "population", "site"), 4, "step 1, field 'expect[2].population.site': 4 is not"),
        (("steps", 0, "expect", 1, "population", "at_gamma_t"), 6, "field 'expect[2].population.at_gamma_t': 6"),
        (("steps", 0, "expect", 1, "population", "min"), 0.5, "field 'expect[2].population.min': 0.5 is above max"),
        (("steps", 0, "expect", 1, "population", "max"), True, "field 'expect[2].population.max': True is not a"),
        (("steps", 0, "expect", 2, "spreading_exponent", "to_gamma_t"), 0.5, "to_gamma_t': 0.5 is not after"),
        (("steps", 0, "expect", 3, "ham_agrees"), {"max": 0.1}, "'expect[4].ham_agrees': must be an object with"),
        (("steps", 0, "expect"), [], "step 1, field 'expect': must be a list of 1 … 20 expectations"),
        (("steps", 0, "run"), False, "step 1, field 'expect': only a step that runs"),
        (("steps", 0, "reference"), "previous", "step 1, field 'reference': 'previous' names no earlier step"),
        (("steps", 1, "reference"), 2, "step 2, field 'reference': 2 names no earlier step"),
        (("steps", 1, "reference"), "first", "step 2, field 'reference': 'first' is not \"previous\" or a step"),
        (("steps", 1, "run"), False, "step 2, field 'reference': only a step that runs"),
        (("steps", 1, "parameters", "sites"), 4, "step 2, field 'reference': step 1 has 3 sites, this one 4"),
        (("steps", 0, "playback"), "end", "step 1, field 'playback': 'end' is not one of start"),
        (("steps", 1, "show_time_gamma"), 9, "step 2, field 'show_time_gamma': 9 is not a number in 0 … 5"),
        (("steps", 1, "playback"), "start", "step 2, field 'show_time_gamma': a step shows one time or plays"),
        (("steps", 0, "label"), "x" * 61, "step 1, field 'label': 61 characters (at most 60)"),
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
    assert read.title == read_as(data["title"], data) and read.summary == (read_as(data.get("summary"), data) or "")
    assert isinstance(data["steps"], list) and len(read.steps) == len(data["steps"]) >= 1
    previous = load_preset(DEFAULT_PRESET).parameters
    for number, (step, written) in enumerate(zip(read.steps, data["steps"], strict=True), start=1):
        base = load_preset(written["preset"]).parameters if written.get("preset") is not None else previous
        assert_parameters_as_written(step.parameters, {**base.to_dict(), **written.get("parameters", {})})
        previous = step.parameters
        assert (step.title, step.text) == (read_as(written["title"], data), read_as(written["text"], data))
        assert step.title and step.text
        assert (step.tab, step.view) == (written.get("tab"), written.get("view"))
        assert step.run is written.get("run", False)
        question, answer = written.get("question"), written.get("answer")
        assert (step.question, step.answer) == (read_as(question, data), read_as(answer, data))
        assert (step.question is None) == (step.answer is None)
        label = written.get("label")
        assert step.label == read_as(label, data)
        assert step.playback == written.get("playback") and (step.playback is None or step.run)
        assert step.show_time_gamma == written.get("show_time_gamma")
        assert step.expect == tuple(_expectation(item) for item in written.get("expect") or ())
        assert not step.expect or step.run
        reference = written.get("reference")
        if reference is None:
            assert step.reference is None
        else:
            target = number - 1 if reference == "previous" else reference
            assert step.reference == target - 1 and 0 <= step.reference < number - 1 and step.run
            assert read.steps[step.reference].run
            assert read.steps[step.reference].parameters.sites == step.parameters.sites


def read_as(value: object, data: dict, wanted: str = "en") -> str | None:
    """The text a field should read as in `wanted` (docs/contracts.md, "Lesson files"): a plain string trimmed; of an
    object of texts by language, whose every entry is a language code with non-empty text (each declared language
    there, no other), the wanted one, else English, else the file's `language`, else the first."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip()
    assert isinstance(value, dict) and value
    assert all(len(code) == 2 and code.isascii() and code.islower() and code.isalpha() for code in value)
    assert all(isinstance(text, str) and text.strip() for text in value.values())
    if "languages" in data:
        assert sorted(value) == sorted(data["languages"])
    for code in (wanted, "en", data.get("language")):
        if code in value:
            return value[code].strip()
    return next(iter(value.values())).strip()


def _expectation(item: dict) -> object:
    """The expectation a written one should read as (docs/contracts.md, "Lesson files")."""
    ((kind, spec),) = item.items()
    if kind == "verdict":
        return Verdict(spec)
    if kind in ("ham_agrees", "ham_departs"):
        return (HamAgrees if kind == "ham_agrees" else HamDeparts)(float(next(iter(spec.values()))))
    if kind == "population":
        return Population(spec["site"], float(spec["at_gamma_t"]), float(spec["min"]), float(spec["max"]))
    return SpreadingExponent(*(float(spec[k]) for k in ("from_gamma_t", "to_gamma_t", "min", "max")))


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


def test_a_step_added_to_a_lesson_file_reads_back_as_written(tmp_path):
    from fourier_gui.io.lessons import add_step, step_record

    path = tmp_path / "mine.lesson.json"
    first = load_preset("ten-sites").parameters.with_changes(t_max=900.0)  # t_max wins over t_max_gamma
    second = load_preset("fig2").parameters  # back to t_max_gamma: the step stands on its own
    add_step(path, step_record(first, title=" A ", text="Watch.", question="Why?", answer="So.", view="profile"))
    lesson = add_step(path, step_record(second, title="B", text="Again.", tab="transport", run=False), "ignored")
    read = read_lesson(path)
    assert [s.title for s in lesson.steps] == [s.title for s in read.steps]
    assert read.title == "mine" and [s.title for s in read.steps] == ["A", "B"]
    assert [s.parameters for s in read.steps] == [first, second]
    assert (read.steps[0].view, read.steps[0].question, read.steps[0].run) == ("profile", "Why?", True)
    assert (read.steps[1].tab, read.steps[1].question, read.steps[1].run) == ("transport", None, False)


def test_adding_a_bad_step_or_to_a_file_that_is_no_lesson_leaves_the_file_as_it_was(tmp_path):
    from fourier_gui.io.lessons import add_step, step_record

    params = load_preset("fig2").parameters
    path = tmp_path / "mine.lesson.json"
    add_step(path, step_record(params, title="A", text="Watch."), "My lesson")
    before = path.read_bytes()
    with pytest.raises(LessonError, match="step 2, field 'answer': must be non-empty text"):
        add_step(path, step_record(params, title="B", text="Again.", question="Why?"))
    with pytest.raises(LessonError, match="step 2, field 'title'"):
        add_step(path, step_record(params, title="  ", text="Again."))
    assert path.read_bytes() == before and read_lesson(path).title == "My lesson"
    other = tmp_path / "notes.json"
    other.write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(LessonError, match="field 'a': unknown"):
        add_step(other, step_record(params, title="A", text="Watch."))
    assert other.read_text(encoding="utf-8") == '{"a": 1}'
