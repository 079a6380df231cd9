"""The language the window speaks: one of the shipped ones, chosen by `--language`, View → Language (kept in
the settings) or the system locale, English otherwise. Files the app writes never change with it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fourier_gui.io.bundled import resources_path

#: The languages shipped with the app, by their ISO 639-1 code; English is the source language.
SUPPORTED: tuple[str, ...] = ("en", "de", "es")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the translators under `context` where it is defined (a table, a constant); it is
    translated where it is shown. Qt's own mark, typed: it returns the text unchanged."""
    return text


#: Each language by its own name, as View → Language lists it.
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("languages", "English"),
    "de": QT_TRANSLATE_NOOP("languages", "Deutsch"),
    "es": QT_TRANSLATE_NOOP("languages", "Español"),
}

_chosen: str | None = None


def system_language() -> str:
    """The system locale's language if it is shipped, else English."""
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in SUPPORTED else "en"


def set_language(code: str | None) -> None:
    """Choose the language for this process (None: back to the system's)."""
    global _chosen
    if code is not None and code not in SUPPORTED:
        raise ValueError(f"language {code!r} is not shipped (allowed: {', '.join(SUPPORTED)})")
    _chosen = code


def current_language() -> str:
    """The language the window shows now: the one chosen, else the system's."""
    return _chosen or system_language()


#: The QTranslators installed now (kept referenced: Qt does not own them).
_installed: list[QTranslator] = []
#: The window's decimal separator, set with its translators: the command line, which installs none, keeps "."
_point = "."


def translations_path() -> Path:
    """The folder of the compiled translations, `fourier_gui_<code>.qm` (resources/translations/)."""
    return resources_path() / "translations"


def install_translator(app: QCoreApplication, code: str | None = None) -> bool:
    """Make `app` speak `code` (default: `current_language()`): the window's own messages from
    `fourier_gui_<code>.qm` and Qt's standard buttons from Qt's own catalogue; numbers the language's way
    (`QLocale.setDefault`). Removes what an earlier call installed. False if the catalogue could not be loaded
    (the window then speaks English)."""
    global _point
    code = code or current_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(window_locale(code))
    _point = window_locale(code).decimalPoint()
    if code == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(f"fourier_gui_{code}", str(translations_path()))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def window_locale(code: str | None = None) -> QLocale:
    """The locale the window writes and reads numbers in: German's decimal comma, no group separators
    (`1234,5`, never `1.234,5`); English is the C locale's point. Files never use it."""
    code = code or current_language()
    locale = QLocale.c() if code == "en" else QLocale(code)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator | QLocale.NumberOption.RejectGroupSeparator)
    return locale


def saved_language() -> str | None:
    """The language View → Language chose (kept in the settings), None for the system's."""
    from fourier_gui.ui.settings_store import settings

    code = settings().value("language", "")
    return code if isinstance(code, str) and code in SUPPORTED else None


def save_language(code: str | None) -> None:
    """Keep View → Language's choice for the next start (None: follow the system)."""
    from fourier_gui.ui.settings_store import settings

    store = settings()
    if code is None:
        store.remove("language")
    else:
        store.setValue("language", code)
    store.sync()


#: The English of each translated text shown (for the files: their provenance names a command in English).
_sources: dict[str, str] = {}


def translate(context: str, text: str) -> str:
    """`text` in the window's language (`QCoreApplication.translate`); lupdate finds the literal texts of the
    calls, and the texts tables define where they are marked (QT_TRANSLATE_NOOP, ui/data_messages.py)."""
    shown = QCoreApplication.translate(context, text)
    if shown != text:
        _sources[shown] = text
    return shown


def english(shown: str) -> str:
    """The English source of a text `translate` returned (itself if it was not translated)."""
    return _sources.get(shown, shown)


def shown_number(value: float, spec: str = "g") -> str:
    """`value` formatted by Python's `spec` with the window's decimal separator (a comma in German, once
    `install_translator` has run): for the window's readouts only, never for a file."""
    text = format(value, spec)
    return text if _point == "." else text.replace(".", _point)


def shown_number_text(text: str) -> str:
    """A number already written with a decimal point (`for_people`'s "0.05", "6 400") in the window's way."""
    return text if _point == "." else text.replace(".", _point)


#: A number standing alone in a sentence (not one inside a symbol or in brackets: c1, 4π, P_μ₊₁, (14) are kept).
_NUMBER = re.compile(r"(?<![\w.(])[-−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?![\w.])")


def phrase_template(text: str) -> tuple[str, list[str]]:
    """`text` with each free-standing number replaced by {0}, {1}, …, and the numbers: the form in which a
    sentence the physics writes with its numbers ("holds, rate ×1.31") is listed for the translators."""
    numbers: list[str] = []

    def mark(match: re.Match[str]) -> str:
        numbers.append(match.group(0))
        return f"{{{len(numbers) - 1}}}"

    return _NUMBER.sub(mark, text.replace("{", "{{").replace("}", "}}")), numbers


def translate_phrase(context: str, text: str) -> str:
    """A sentence the physics layer writes (a verdict, its reason, a range): translated as it is, else part by
    part between "; ", each as its `phrase_template` with the numbers put back the window's way; a part neither
    way translated stays English."""
    if not text:
        return text
    exact = QCoreApplication.translate(context, text)
    if exact != text:
        return exact
    if "; " in text:  # a reason with a note after it: each part on its own
        return "; ".join(translate_phrase(context, part) for part in text.split("; "))
    template, numbers = phrase_template(text)
    if not numbers:
        return text
    shown = QCoreApplication.translate(context, template)
    if shown == template:
        return text
    try:
        return shown.format(*(shown_number_text(n) for n in numbers))
    except (IndexError, KeyError, ValueError):  # a translation that lost a placeholder: the English, whole
        return text
