"""Lessons in several languages (io/lesson_languages.py, docs/contracts.md "Lesson files"): every shipped lesson
carries English, German and Spanish in every text field, a lesson in one language opens in any, a text falls back
to English, then the file's language, and a malformed language object is one error naming the field."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourier_gui.io.lesson_languages import TEXT_KEYS_STEP, TEXT_KEYS_TOP
from fourier_gui.io.lessons import (
    MAX_TITLE,
    LessonError,
    add_step,
    lesson_menu,
    lesson_names,
    load_lesson,
    read_lesson,
    step_record,
)
from fourier_gui.io.presets import load_preset
from tests.io.test_fuzzed_readers import FUZZ, _mutated, _paths, _write, json_values, read_correctly_or_refused
from tests.io.test_lesson_files import VALID, check_lesson, read_as

SHIPPED = ("en", "de", "es")
#: The symbols the lessons keep in every language (docs/physics.md's names).
SYMBOLS = ("ħ", "ΔE", "γt", "κ", "P_μ", "P₁", "P₆", "σ²", "λ", "δε", "c1", "c2", "1/γ", "1/N", "J = γ·ΔP", "n_μ", "t²")


def _raw(name: str) -> dict:
    from fourier_gui.io.bundled import resources_path

    return json.loads((resources_path() / "lessons" / f"{name}.json").read_text(encoding="utf-8"))


def _texts(data: dict) -> list[tuple[str, object]]:
    """(where, value) of every text field of a lesson file."""
    found = [(key, data[key]) for key in TEXT_KEYS_TOP if key in data]
    for number, step in enumerate(data["steps"], start=1):
        found += [(f"step {number} {key}", step[key]) for key in TEXT_KEYS_STEP if key in step]
    return found


def _numbers(text: str) -> list[float]:
    """The numbers written in `text`, read with a decimal point or a decimal comma."""
    return sorted(float(n.replace(",", ".")) for n in re.findall(r"(?<![\w.,])\d+(?:[.,]\d+)?", text))


@pytest.mark.parametrize("name", lesson_names())
def test_every_shipped_lesson_has_english_german_and_spanish_in_every_text_field(name):
    data = _raw(name)
    assert data["languages"] == list(SHIPPED)
    for where, value in _texts(data):
        assert isinstance(value, dict) and sorted(value) == sorted(SHIPPED), where
        assert all(isinstance(text, str) and text.strip() for text in value.values()), where
        assert value["de"] != value["en"] and value["es"] != value["en"], f"{where}: not translated"


@pytest.mark.parametrize("name", lesson_names())
def test_a_translation_keeps_the_english_numbers_and_symbols(name):
    """Each text states the same values in its symbols: the numbers (a decimal comma in German and Spanish) and the
    paper's symbols of the English are those of the German and the Spanish."""
    for where, value in _texts(_raw(name)):
        assert isinstance(value, dict)
        for code in ("de", "es"):
            assert _numbers(value[code]) == _numbers(value["en"]), f"{where} ({code})"
            for symbol in SYMBOLS:
                assert (symbol in value[code]) == (symbol in value["en"]), f"{where} ({code}): {symbol}"
            assert not re.search(r"\d\.\d", value[code]), f"{where} ({code}): a decimal point"


@pytest.mark.parametrize("code", SHIPPED)
@pytest.mark.parametrize("name", lesson_names())
def test_a_shipped_lesson_reads_in_each_language_with_the_english_steps(name, code):
    english, read = load_lesson(name), load_lesson(name, code)
    data = _raw(name)
    assert (read.language, read.languages) == (code, SHIPPED)
    assert read.title == data["title"][code] and read.summary == data["summary"][code]
    for step, other, written in zip(read.steps, english.steps, data["steps"], strict=True):
        assert (step.title, step.text) == (written["title"][code], written["text"][code])
        assert step.answer == (written["answer"][code] if "answer" in written else None)
        # everything but the words is the English lesson's: the checks of its claims hold in every language
        assert (step.parameters, step.expect, step.run, step.reference) == (
            other.parameters,
            other.expect,
            other.run,
            other.reference,
        )
    assert read.in_language("en") == english and english.in_language(code) == read
    assert dict((n, t) for n, t, _ in lesson_menu(code))[name] == read.title


def _file(tmp_path, data: dict):
    path = tmp_path / "mine.lesson.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_lesson_in_one_language_opens_in_any(tmp_path):
    plain = _file(tmp_path, VALID)
    for code in (*SHIPPED, "fr"):
        lesson = read_lesson(plain, code)
        assert lesson.title == "A teacher's lesson" and lesson.steps[0].text == "Watch P₁."
    german = json.loads(json.dumps(VALID))
    german["title"] = {"de": "Eine Lektion"}
    german["steps"][0]["text"] = {"de": "Beobachten Sie P₁."}
    path = _file(tmp_path, german)
    for code in SHIPPED:
        lesson = read_lesson(path, code)
        assert (lesson.title, lesson.steps[0].text, lesson.steps[1].text) == (
            "Eine Lektion",
            "Beobachten Sie P₁.",
            "Again.",
        )
    assert read_lesson(path, "es").languages == ("de", "en")  # in the order met; plain texts count as English


def test_a_missing_language_falls_back_to_english_then_to_the_files_language(tmp_path):
    data = json.loads(json.dumps(VALID))
    data["title"] = {"en": "Heat", "de": "Wärme"}
    data["steps"][0]["text"] = {"fr": "Regardez.", "de": "Schauen Sie."}
    data["language"] = "fr"
    path = _file(tmp_path, data)
    lesson = read_lesson(path, "es")
    assert (lesson.title, lesson.steps[0].text) == ("Heat", "Regardez.")
    lesson = read_lesson(path, "de")
    assert (lesson.title, lesson.steps[0].text) == ("Wärme", "Schauen Sie.")
    assert lesson.languages == ("en", "de", "fr")
    del data["language"]
    assert read_lesson(_file(tmp_path, data), "es").steps[0].text == "Regardez."  # the object's first


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(title={}), "field 'title': must be text or an object of texts by language code"),
        (lambda d: d.update(title={"english": "x"}), "field 'title.english': 'english' is not a language code"),
        (lambda d: d.update(title={"EN": "x"}), "field 'title.EN': 'EN' is not a language code"),
        (lambda d: d["steps"][0].update(text={"en": 3}), "step 1, field 'text.en': must be non-empty text"),
        (lambda d: d["steps"][0].update(text={"de": " "}), "step 1, field 'text.de': must be non-empty text"),
        (lambda d: d["steps"][0].update(title={"es": "x" * (MAX_TITLE + 1)}), "step 1, field 'title.es': 201 char"),
        (lambda d: d["steps"][0].update(question={"en": ["Why?"]}), "step 1, field 'question.en': must be non-empty"),
        (lambda d: d["steps"][0].update(answer={"en": "So.", "de": None}), "step 1, field 'answer.de': must be non"),
        (lambda d: d.update(languages="en"), "field 'languages': must be a list of 1 … 50 language codes"),
        (lambda d: d.update(languages=[]), "field 'languages': must be a list of 1 … 50 language codes"),
        (lambda d: d.update(languages=["en", "en"]), "field 'languages': en, en names a language twice"),
        (lambda d: d.update(languages=["en", 1]), "field 'languages[2]': 1 is not a language code"),
        (lambda d: d.update(language="deutsch"), "field 'language': 'deutsch' is not a language code"),
        (lambda d: d.update(language="fr", languages=["en", "de"]), "field 'language': 'fr' is not one of the less"),
        (
            lambda d: d.update(languages=["en", "de"], title={"en": "A"}),
            "field 'title': no 'de' text (the lesson's languages: en, de)",
        ),
        (
            lambda d: d.update(languages=["en"], summary={"en": "A", "fr": "B"}),
            "field 'summary.fr': not one of the lesson's languages en",
        ),
    ],
)
def test_a_malformed_language_object_is_one_error_naming_the_field(tmp_path, change, words):
    data = json.loads(json.dumps(VALID))
    change(data)
    path = _file(tmp_path, data)
    for code in SHIPPED:
        with pytest.raises(LessonError) as caught:
            read_lesson(path, code)
        message = str(caught.value)
        assert words in message and "mine.lesson.json" in message and "\n" not in message


def test_a_step_added_to_a_lesson_in_three_languages_reads_in_each(tmp_path):
    from fourier_gui.io.bundled import resources_path

    path = tmp_path / "copy.lesson.json"
    path.write_bytes((resources_path() / "lessons" / "02-fouriers-law.json").read_bytes())
    params = load_preset("fig2").parameters
    lesson = add_step(path, step_record(params, title="Mein Schritt", text="Schauen Sie."), language="de")
    assert lesson.title == "Das Fouriersche Gesetz" and lesson.steps[-1].title == "Mein Schritt"
    for code in SHIPPED:
        read = read_lesson(path, code)
        assert read.title == _raw("02-fouriers-law")["title"][code] and read.steps[-1].text == "Schauen Sie."
    assert read_lesson(path).languages == SHIPPED


def test_a_new_lesson_file_says_its_language(tmp_path):
    params = load_preset("fig2").parameters
    german, english = tmp_path / "neu.lesson.json", tmp_path / "new.lesson.json"
    add_step(german, step_record(params, title="A", text="B"), "Wärme", language="de")
    add_step(english, step_record(params, title="A", text="B"), "Heat")
    assert json.loads(german.read_text(encoding="utf-8"))["language"] == "de"
    assert "language" not in json.loads(english.read_text(encoding="utf-8"))
    assert read_lesson(german, "es").languages == ("de",) and read_lesson(english, "de").languages == ("en",)


#: A valid lesson in two languages, for the fuzzer to break inside its language objects.
TWO = json.loads(json.dumps(VALID)) | {
    "languages": ["en", "de"],
    "language": "de",
    "title": {"en": "Heat", "de": "Wärme"},
}
TWO["steps"][0]["text"] = {"en": "Watch P₁.", "de": "Beobachten Sie P₁."}
TWO["steps"][0]["answer"] = {"de": "Darum.", "en": "So."}


@pytest.mark.parametrize("code", SHIPPED)
def test_the_two_language_lesson_passes_the_check(tmp_path, code):
    path = _file(tmp_path, TWO)
    check_lesson(path, read_lesson(path))
    lesson = read_lesson(path, code)
    assert lesson.title == read_as(TWO["title"], TWO, code) == {"en": "Heat", "de": "Wärme", "es": "Heat"}[code]


@FUZZ
@given(data=st.data(), action=st.sampled_from(["replace", "delete", "wrap"]), value=json_values)
def test_mutated_lessons_in_two_languages_are_read_correctly_or_refused(data, action, value) -> None:
    path = data.draw(st.sampled_from([p for p in _paths(TWO) if p]))
    file = _write(json.dumps(_mutated(TWO, path, action, value)))
    read_correctly_or_refused(read_lesson, file, check_lesson)


@FUZZ
@given(texts=st.dictionaries(st.text(max_size=3), st.text(max_size=5) | json_values, max_size=4))
def test_any_object_as_a_text_is_read_as_the_oracle_says_or_refused(texts) -> None:
    data = json.loads(json.dumps(VALID))
    data["steps"][1]["text"] = texts
    read_correctly_or_refused(read_lesson, _write(json.dumps(data)), check_lesson)
