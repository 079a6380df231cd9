"""SVG export through pyqtgraph's SVGExporter, mended for the path syntax of current Qt.

Qt ≥ 6.9 closes SVG paths with a bare `Z` token, which pyqtgraph 0.14's coordinate correction cannot
parse (pyqtgraph issue #3485: "not enough values to unpack"). The wrapper takes the `Z` off every path
before the correction and puts it back after, leaving the rest of pyqtgraph's work unchanged.
"""

from __future__ import annotations

import sys

import pyqtgraph.exporters

from fourier_gui.io.atomic import atomic_write_text

# the package exports a class of the same name as the module; take the module itself
svg_module = sys.modules["pyqtgraph.exporters.SVGExporter"]
_original = svg_module.correctCoordinates


def _paths(node):
    if getattr(node, "tagName", None) == "path":
        yield node
    for child in getattr(node, "childNodes", []):
        yield from _paths(child)


def _correct_coordinates(node, defs, item, options) -> None:
    closed = []
    for path in _paths(node):
        d = path.getAttribute("d").strip()
        if d.endswith("Z"):
            path.setAttribute("d", d[:-1].strip())
            closed.append(path)
    _original(node, defs, item, options)
    for path in closed:
        path.setAttribute("d", path.getAttribute("d").strip() + " Z")


svg_module.correctCoordinates = _correct_coordinates  # type: ignore[attr-defined]


def export_svg(plot_item, path: str) -> None:
    """Write the plot as SVG (vector), atomically."""
    text = pyqtgraph.exporters.SVGExporter(plot_item).export(toBytes=True)
    atomic_write_text(path, text.decode("utf-8") if isinstance(text, bytes) else str(text))
