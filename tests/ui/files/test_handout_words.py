"""The handout's fixed words (ui/files/handout_words.py): German and Spanish for every English source with the same
fields, numbers with the language's decimal comma, and the parameters in plain words in each language stating the
English numbers and symbols."""

from __future__ import annotations

import re
import string

import pytest

from fourier_gui.io.presets import load_preset, preset_names
from fourier_gui.ui.files.handout import plain_parameters
from fourier_gui.ui.files.handout_words import SOURCES, WORDS, listed, number, word

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
