"""The language the window speaks: one of the shipped ones, chosen by `--language`, View → Language (kept in
the settings) or the system locale, English otherwise. Files the app writes never change with it."""

from __future__ import annotations

from PySide6.QtCore import QLocale

#: The languages shipped with the app, by their ISO 639-1 code; English is the source language.
SUPPORTED: tuple[str, ...] = ("en", "de", "es")

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
