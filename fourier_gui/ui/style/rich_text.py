"""Physics names as rich text: indices set low (P_μ → P<sub>μ</sub>), for plot labels, the lesson panel and
the handout. Free of pyqtgraph, so the window's first paint needs none."""

from __future__ import annotations

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
