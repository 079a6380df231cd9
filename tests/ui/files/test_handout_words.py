"""The handout's fixed words (ui/files/handout_words.py): German and Spanish for every English source with the same
fields, numbers with the language's decimal comma, and the parameters in plain words in each language stating the
English numbers and symbols."""

from __future__ import annotations

import re
import string

import pytest

from fourier_gui.io.presets import load_preset, preset_names
from fourier_gui.ui.files.handout import plain_parameters
from fourier_gui.ui.files.handout_words import FIELD_WORDS, SOURCES, WORDS, listed, number, word

#: Sources whose German or Spanish is the English word itself.
SAME = {("de", "Name")}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_fixed_word_has_its_translation_with_the_same_fields(language):
    table = WORDS[language]
    assert set(table) == set(SOURCES) and len(SOURCES) == len(set(SOURCES))
    for source in SOURCES:
        assert _fields(table[source]) == _fields(source), source
        assert table[source] != source or (language, source) in SAME, f"{source!r} is not translated"


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_field_the_handout_names_has_its_label_translated(language):
    from fourier_gui.physics.fields import FIELD_BY_NAME

    assert set(FIELD_WORDS[language]) == {"bandwidth", "lam", "site_levels", "bond_lam", "site_offsets"}
    for name, label in FIELD_WORDS[language].items():
        assert label and label.lower() != FIELD_BY_NAME[name].label.lower()


def test_a_word_is_filled_in_and_falls_back_to_english():
    assert word("Page {page} of {pages}", "de", page=2, pages=3) == "Seite 2 von 3"
    assert word("Page {page} of {pages}", "es", page=2, pages=3) == "Página 2 de 3"
    assert word("Page {page} of {pages}", "en", page=2, pages=3) == "Page 2 of 3"
    assert word("Question:", "fr") == "Question:"  # not shipped and not the window's: English


def test_numbers_carry_the_languages_decimal_separator():
    assert (number(0.05, "de"), number(0.05, "es"), number(0.05, "en")) == ("0,05", "0,05", "0.05")
    assert number(0.000123456, "de", ".3g") == "0,000123"
    assert listed(["0,1", "0,2"], "de") == "0,1; 0,2" and listed(["0.1", "0.2"], "en") == "0.1, 0.2"


def _numbers(text: str) -> list[float]:
    """The numbers in `text`, read with a point or a comma as the decimal separator."""
    return [float(n.replace(",", ".")) for n in re.findall(r"-?\d+(?:[.,]\d+)?(?:e-?\d+)?", text)]


@pytest.mark.parametrize("language", ["de", "es"])
@pytest.mark.parametrize("preset", preset_names())
def test_the_parameters_in_plain_words_state_the_english_numbers_in_each_language(preset, language):
    params = load_preset(preset).parameters
    english, other = plain_parameters(params, "en"), plain_parameters(params, language)
    assert len(other) == len(english)
    for mine, theirs in zip(other, english, strict=True):
        assert mine != theirs
        assert _numbers(mine) == _numbers(theirs), (mine, theirs)
        assert not re.search(r"\d\.\d", mine), mine  # a decimal comma
        for symbol in ("(N)", "(n)", "δε", "λ", "ΔE", "1/γ", "(K)", "n_μ", "λ_ab", "Δ_μ", "W ="):
            assert (symbol in mine) == (symbol in theirs), (symbol, mine)


def test_a_language_translated_in_qt_linguist_prints_its_handout_words(qapp, tmp_path, monkeypatch):
    """A language not in WORDS takes its words from the window's Qt catalogue (context "handout"): a French
    catalogue made by lrelease from a .ts naming two of the sources."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from fourier_gui.ui import language

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr"><context>'
        "<name>handout</name>"
        "<message><source>Date</source><translation>Date du jour</translation></message>"
        "<message><source>Page {page} of {pages}</source><translation>Page {page} sur {pages}</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "fr.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "fr.qm"))
    qapp.installTranslator(translator)
    try:
        monkeypatch.setattr(language, "_chosen", "fr")  # as if French were shipped and chosen
        assert word("Date", "fr") == "Date du jour"
        assert word("Page {page} of {pages}", "fr", page=1, pages=2) == "Page 1 sur 2"
        assert word("Question:", "fr") == "Question:"  # not in the catalogue: English
        assert word("Date", "de") == "Datum"  # a shipped language keeps its reviewed words
    finally:
        qapp.removeTranslator(translator)
