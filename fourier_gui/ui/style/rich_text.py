"""Physics names as rich text: indices set low (P_μ → P<sub>μ</sub>), for plot labels, the lesson panel and
the handout. Free of pyqtgraph, so the window's first paint needs none."""

from __future__ import annotations

import math
import re
from html import escape

#: A physics name's index as written in the code and the docs: P_μ, k_B, κ_meas, T_{10}
_INDEX = re.compile(r"(?<=[A-Za-zΔκγτμ])_(\{[^}]*\}|[A-Za-z0-9μ]+)")
_TAG = re.compile(r"<[^>]+>")


def subscripts(text: str) -> str:
    """A plot label with its indices set low (P_μ → P<sub>μ</sub>): no underscore reaches the screen."""
    return _INDEX.sub(lambda m: f"<sub>{m.group(1).strip('{}')}</sub>", text)


def rich_text(text: str) -> str:
    """Plain text for a rich-text label or page: escaped, with P_μ-style names as subscripts."""
    return subscripts(escape(text, quote=False))


def plain(text: str) -> str:
    """A label's text without its markup (to measure or to compare)."""
    return _TAG.sub("", text)


#: Between thousands in a number for people: a narrow no-break space (6 400, never broken across lines).
THOUSANDS = "\u202f"
_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def for_people(value: float, digits: int = 2) -> str:
    """A number rounded for a reader to `digits` significant digits: 6 400 (not 6.37e+03), 0.012, 2.5; beyond
    10⁻³ … 10⁶ as 1.5·10⁻⁵. The exact number belongs in a tooltip or a file."""
    if not math.isfinite(value):
        return "∞" if value > 0 else ("−∞" if value < 0 else "—")
    if value == 0:
        return "0"
    exponent = math.floor(math.log10(abs(value)))
    rounded = round(value, digits - 1 - exponent)
    if rounded and math.floor(math.log10(abs(rounded))) != exponent:  # 9.96 → 10: one digit more to the left
        exponent += 1
    sign = "−" if rounded < 0 else ""
    if -3 <= exponent < 6:
        decimals = max(0, digits - 1 - exponent)
        return sign + _trimmed(f"{abs(rounded):,.{decimals}f}").replace(",", THOUSANDS)
    mantissa = _trimmed(f"{abs(rounded) / 10**exponent:.{digits - 1}f}")
    power = "10" + str(exponent).translate(_SUPERSCRIPTS)
    return sign + (power if mantissa == "1" else f"{mantissa}·{power}")


def _trimmed(number: str) -> str:
    """No trailing zeros after the point (2.50 → 2.5, 1.0 → 1)."""
    return number.rstrip("0").rstrip(".") if "." in number else number


def shape_title(words: str) -> str:
    """A system's shape in plain words (physics/geometry.py's `Layout.words`: 'a ring', 'a grid of 3 × 4') as
    a title: 'Ring', 'Grid of 3 × 4'."""
    bare = words.removeprefix("a ").removeprefix("an ")
    return bare[:1].upper() + bare[1:]
