"""A plot as a file: PNG (rendered at presentation width, encoded in memory, written atomically) or SVG.

The one helper every export button, menu and figure file uses; it knows plots, not windows or tabs.
"""

from __future__ import annotations

import os

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage

from fourier_gui.io.atomic import atomic_write_bytes
from fourier_gui.ui.files.svg_export import export_svg
from fourier_gui.ui.language import translate

#: Pixel size of a plot drawn for a file: sharp on a 1080p projector.
PLOT_FILE_SIZE = (1600, 1000)


def settle(widget: pg.PlotWidget) -> None:
    """Paint the plot once and lay it out again: an axis learns how wide its tick labels are only while it
    paints, so a plot exported before its first paint kept the width of other labels, and a long label
    ("0.0009") ran into the axis's title (the sweep's --plot)."""
    widget.grab()
    widget.getPlotItem().layout.activate()


def plot_image(widget: pg.PlotWidget, width: int) -> QImage:
    """The plot rendered as a QImage `width` pixels wide (pyqtgraph's ImageExporter)."""
    exporter = pyqtgraph.exporters.ImageExporter(widget.getPlotItem())
    exporter.parameters()["width"] = int(width)
    return exporter.export(toBytes=True)


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG in memory, so that it can be written atomically (io/atomic.py)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(translate("plot_files", "Qt could not encode the image as PNG"))
    return bytes(buffer.data().data())


def save_plot(widget: pg.PlotWidget, path: str | os.PathLike, width: int | None = None) -> None:
    """The plot as PNG (`width` pixels wide; by default at least PLOT_FILE_SIZE's width) or SVG by the file's
    extension, written atomically."""
    settle(widget)
    if os.fspath(path).lower().endswith(".svg"):
        export_svg(widget.getPlotItem(), os.fspath(path))
    else:
        width = width if width is not None else max(PLOT_FILE_SIZE[0], widget.width())
        atomic_write_bytes(path, png_bytes(plot_image(widget, width)))
