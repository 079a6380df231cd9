"""The languages of a lesson file (docs/contracts.md, "Lesson files"): each text field is a plain string (the same
text in every language) or an object of texts by language code, `{"en": "…", "de": "…", "es": "…"}`.

A file may say `"language"` (the language of its plain texts, its fallback) and `"languages"` (the languages it
is written in: then every object carries each of them, and no other). A text is read in the language asked for;
a field without it falls back to English, else to the file's `language`, else to the object's first language, so
a lesson in one language opens in any. Every text of every language is checked when the file is read.
No Qt: the window passes its language (ui/language.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.fields import shown

#: A language code: ISO 639-1's two lowercase letters ("en", "de", "es", "fr", …).
CODE = re.compile(r"[a-z]{2}")
#: The source language of the app and of the shipped lessons: every other falls back to it.
SOURCE = "en"
MAX_LANGUAGES = 50


@dataclass(frozen=True)
class Languages:
    """How a file's texts are read: in `wanted`, with the file's `default` language and its declared `written`."""

    wanted: str = SOURCE
    default: str | None = None  # the file's "language"
    written: tuple[str, ...] = ()  # the file's "languages" (empty: not declared)

    def choose(self, texts: dict[str, str]) -> str:
        """The text in the wanted language, else English, else the file's language, else the first one."""
        for code in (self.wanted, SOURCE, self.default):
            if code is not None and code in texts:
                return texts[code]
        return next(iter(texts.values()))


def _code(value: object, at: str, field: str, error: type[FourierGuiError]) -> str:
    if not isinstance(value, str) or not CODE.fullmatch(value):
        raise error(
            f"{at}, field {field!r}: {shown(value)!r} is not a language code (two lowercase letters: en, de, es…)"
        )
    return value


def file_languages(data: dict, at: str, wanted: str, error: type[FourierGuiError]) -> Languages:
    """The file's optional `language` (one code) and `languages` (a list of distinct codes, `language` among them)."""
    default = data.get("language")
    if default is not None:
        default = _code(default, at, "language", error)
    written = data.get("languages")
    if written is not None:
        if not isinstance(written, list) or not 1 <= len(written) <= MAX_LANGUAGES:
            raise error(f"{at}, field 'languages': must be a list of 1 … {MAX_LANGUAGES} language codes")
        codes = tuple(_code(code, at, f"languages[{i}]", error) for i, code in enumerate(written, start=1))
        if len(set(codes)) != len(codes):
            raise error(f"{at}, field 'languages': {', '.join(codes)} names a language twice")
        if default is not None and default not in codes:
            raise error(f"{at}, field 'language': {default!r} is not one of the lesson's languages {', '.join(codes)}")
        written = codes
    return Languages(wanted, default, written or ())


def localized(
    value: object, at: str, key: str, languages: Languages, limit: int, error: type[FourierGuiError]
) -> object:
    """A text field's value in the wanted language: a plain string as it is (checked by the caller), an object of
    texts by language each checked (non-empty, at most `limit` characters, every declared language present)."""
    if not isinstance(value, dict):
        return value
    if not value:
        raise error(f"{at}, field {key!r}: must be text or an object of texts by language code (en, de, es…)")
    texts: dict[str, str] = {}
    for code, text in value.items():
        code = _code(code, at, f"{key}.{str(shown(code))[:8]}", error)
        if languages.written and code not in languages.written:
            raise error(f"{at}, field '{key}.{code}': not one of the lesson's languages {', '.join(languages.written)}")
        if not isinstance(text, str) or not text.strip():
            raise error(f"{at}, field '{key}.{code}': must be non-empty text")
        if len(text) > limit:
            raise error(f"{at}, field '{key}.{code}': {len(text)} characters (at most {limit})")
        texts[code] = text
    missing = [code for code in languages.written if code not in texts]
    if missing:
        raise error(
            f"{at}, field {key!r}: no {missing[0]!r} text (the lesson's languages: {', '.join(languages.written)})"
        )
    return languages.choose(texts)


def menu_text(value: object, wanted: str, default: object = None) -> str:
    """A text field for a menu, read without checks (the lesson is checked when it opens)."""
    if isinstance(value, dict) and value:
        texts = {str(code): str(text) for code, text in value.items()}
        return Languages(wanted, default if isinstance(default, str) else None).choose(texts)
    return str(value)


def carried(data: dict, default: str | None, written: tuple[str, ...]) -> tuple[str, ...]:
    """The languages a lesson is written in: those it declares, else those of its text objects (and its plain
    texts' `language`, English when unsaid), in the order first met."""
    if written:
        return written
    found: list[str] = []

    def visit(value: object) -> None:
        if isinstance(value, dict):
            found.extend(code for code in value if code not in found)
        elif isinstance(value, str) and (default or SOURCE) not in found:
            found.append(default or SOURCE)

    for key in TEXT_KEYS_TOP:
        if key in data:
            visit(data[key])
    for step in data.get("steps") or ():
        for key in TEXT_KEYS_STEP:
            if isinstance(step, dict) and key in step:
                visit(step[key])
    return tuple(found)


#: The fields that hold text a reader reads (and a translator translates).
TEXT_KEYS_TOP = ("title", "summary")
TEXT_KEYS_STEP = ("title", "text", "question", "answer", "label")
