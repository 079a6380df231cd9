"""The text of a CSV's `# key: value` lines and cells as the values they were (docs/contracts.md): numbers as
numbers, text as text, `true`/`false` as booleans, empty values (and `none`, as older files wrote them) as no value.

A parameter (`param.NAME`, `base.NAME`, any prefix before a field's name) takes its field's type from the table
of parameters, so text that looks like a number stays text where the field is text (`site_levels: 200`);
provenance is text but for `cpus`; a few keys are always text (the app's version, the date, names). A list of
numbers written comma separated (`fit.ci95: -1.7,-0.3`) is a list of numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from fourier_gui.physics.fields import FIELD_BY_NAME

#: Keys whose value is text even when it reads as a number.
TEXT_KEYS = frozenset({"app", "version", "app_version", "date", "method", "time_unit", "kind", "figure", "hold"})
#: The sections (key prefixes) that hold text; `provenance.cpus` is its one number.
TEXT_SECTIONS = ("provenance.",)
NUMBERS_IN_TEXT = frozenset({"provenance.cpus"})
#: Sections whose keys are not parameters even where a name matches one (`fit.method`, the verdict's entries).
NOT_PARAMETERS = ("provenance.", "fit.", "fourier_law.")

_INTEGER = re.compile(r"[+-]?\d+")


def number_or_text(text: str) -> Any:
    """`true`/`false`, `none`, an integer, a float (nan and inf included), a comma-separated list of numbers,
    else the text itself."""
    lowered = text.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("none", ""):  # the spelling of a missing value (empty; `none` in files of 0.x before)
        return None
    if _INTEGER.fullmatch(text.strip()):
        return int(text)
    try:
        return float(text)
    except ValueError:
        pass
    parts = text.split(",")
    if len(parts) > 1:
        try:
            return [float(part) for part in parts]
        except ValueError:
            pass
    return text


def typed_value(key: str, text: str) -> Any:
    """The value of one metadata entry (see the module's rules)."""
    prefix, _, leaf = key.rpartition(".")
    field = FIELD_BY_NAME.get(leaf) if prefix and not key.startswith(NOT_PARAMETERS) else None
    if field is not None:
        if text.strip().lower() in ("none", "") and field.optional:
            return None
        try:
            return field.kind(text) if field.kind in (int, float) else text
        except ValueError:
            return text
    if key in NUMBERS_IN_TEXT:
        value = number_or_text(text)
        return value if isinstance(value, int | float) else text
    if key.startswith(TEXT_SECTIONS) or key in TEXT_KEYS or leaf in TEXT_KEYS:
        return text
    return number_or_text(text)


def typed_metadata(metadata: Mapping[str, str]) -> dict[str, Any]:
    """Every entry of a CSV's metadata, typed."""
    return {key: typed_value(key, text) for key, text in metadata.items()}


def typed_column(cells: Iterable[str]) -> list[Any]:
    """One column of a table: numbers when every filled cell is a number (an empty cell is NaN; whole numbers stay
    integers when no cell is empty), else text (an empty cell is empty text)."""
    cells = list(cells)
    try:
        numbers = [float(cell) if cell.strip() else math.nan for cell in cells]
    except ValueError:
        return cells
    if all(_INTEGER.fullmatch(cell.strip()) for cell in cells) and cells:
        return [int(cell) for cell in cells]
    return numbers


def typed_rows(rows: list[dict[str, str]], columns: Iterable[str]) -> dict[str, list[Any]]:
    """The rows of a table (dicts of cell texts) as typed columns, in `columns`' order."""
    return {name: typed_column(_cell(row.get(name)) for row in rows) for name in columns}


def _cell(value: object) -> str:
    """A cell as csv.DictReader gives it: text, or None where a row is short (a long row's extra cells are a
    list under the key None, never asked for)."""
    return value if isinstance(value, str) else ""


__all__ = ["number_or_text", "typed_column", "typed_metadata", "typed_rows", "typed_value"]
