"""A lesson step's figure for print: the one view the step is about, drawn alone for a page.

The view (P_μ(t) by default; the step's `view` — levels, profile, κ(T) — or the Transport tab) is taken from
a `RunView` filled with the finished result, laid out offscreen (never on a screen, no window, no splitter)
at the figure's size on paper in 96-dpi logical pixels, in the light style, and painted at PRINT_DPI: type
set in points keeps its size on the page (the style's 10 pt ticks print at 10 pt). Readouts that state what a
question asks (κ's maximum and its temperature, the Fourier-law verdict, the P labels of the level diagram)
are hidden: the student reads the curves.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from fourier_gui.engine.run_model import RunModel
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.language import shown_number
from fourier_gui.ui.style.plot_style import PlotStyle
from fourier_gui.ui.views.run_view import RunView

#: Resolution of a figure on paper: sharp 8-pt type needs about 300 dots per inch.
PRINT_DPI = 300
#: Qt's logical pixels per inch: a widget laid out N logical pixels wide prints N/96 inch wide.
LOGICAL_DPI = 96
#: The width of a figure on the page, in mm (A4's 210 mm less two margins of 15 mm).
FIGURE_WIDTH_MM = 180.0
#: The figure's height for each kind of view, in mm (the Transport tab is a grid of four plots).
FIGURE_HEIGHT_MM = {"dynamics": 105.0, "levels": 95.0, "profile": 95.0, "kappa": 105.0, "transport": 150.0}
#: Type of a printed figure: the light style's ticks, axis labels (10 pt) and titles (12 pt).
PRINT_STYLE = PlotStyle.normal(dark=False)


@dataclass(frozen=True)
class Figure:
    """A figure for a page: the image (PNG at PRINT_DPI) and its size on paper in mm."""

    png: bytes
    width_mm: float
    height_mm: float


def figure_kind(view: str | None, tab: str | None) -> str:
    """Which view a step is about: the Transport tab when it shows it, else its small view, else P_μ(t)."""
    if tab == "transport":
        return "transport"
    return {"levels": "levels", "profile": "profile", "kappa": "kappa"}.get(view or "", "dynamics")


def _mm_to_logical(mm: float) -> int:
    return round(mm / 25.4 * LOGICAL_DPI)


def _settle() -> None:
    from fourier_gui.ui.files.animation_export import settle

    settle()


def _target(view: RunView, kind: str) -> tuple[QWidget, object]:
    """The widget to print for `kind` and the view (ui/views) that draws it."""
    if kind == "transport":
        return view.transport.widget, view.transport
    if kind == "kappa":
        return view.conductivity.widget, view.conductivity
    if kind == "profile":
        return view.profile.widget, view.profile  # the plot and its line of local temperatures, which steps name
    if kind == "levels":
        shown = view.first_view.currentWidget()
        if shown is not None and shown is view.system.widget:
            return shown, view.system
        return view.levels.widget, view.levels
    return view.dynamics.widget, view.dynamics


def hide_readouts(view: RunView) -> None:
    """Hide the numbers that answer a lesson's questions: κ's maximum with its temperature, the verdict of
    Fourier's law, the populations written over the bands."""
    view.conductivity.peak_label.hide()
    view.transport.verdict.hide()
    for label in view.levels.labels:
        label.hide()


class PrintedView:
    """The view `kind` of a finished result, laid out alone offscreen at `size_mm` for print: `widget` is what is
    printed; `close()` ends it. (A context manager.)"""

    def __init__(
        self,
        result: SimulationResult,
        kind: str,
        size_mm: tuple[float, float],
        ratio: float,
        reference: tuple[SimulationResult, str] | None = None,
    ) -> None:
        from fourier_gui.ui.files.offscreen_plots import ensure_app

        ensure_app()
        self.model = RunModel()
        self.view = view = RunView(self.model)
        view.timer.stop()
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        view.set_compare(False)
        view.reference = reference  # an earlier step's run, dashed behind P_μ(t) and named, as the window draws it
        view.set_time_unit(True)  # time in γt, the lessons' unit ("at γt = 2" was read off an axis in ħ/ΔE)
        view.set_style(PRINT_STYLE.for_pixel_ratio(ratio))  # pens are drawn in device pixels: as thick on paper
        self.model.set_parameters(result.parameters)  # not stale: full colour
        view.show_parameters(result.parameters)  # κ(T) of the run's parameters
        self.model.load(result)
        view.resize(1400, 1000)  # every small view side by side: each laid out and drawn once
        view.show()
        _settle()
        view.redraw(force=True)
        self.widget, drawer = _target(view, kind)
        self.widget.setParent(None)  # the view alone, at the figure's size: no splitter, no neighbours
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        font = QFont()
        font.setPointSize(PRINT_STYLE.font_pt)
        self.widget.setFont(font)  # its labels in the print's type, not the window's (presentation mode: 20 pt)
        self.widget.resize(_mm_to_logical(size_mm[0]), _mm_to_logical(size_mm[1]))
        self.widget.show()
        _settle()
        self.drawer, self.result, self.ratio = drawer, result, ratio
        self.draw(max(result.completed - 1, 0))

    def draw(self, k: int) -> None:
        """Draw output time `k`, for print."""
        self.drawer.draw(self.result, k)  # type: ignore[attr-defined]
        hide_readouts(self.view)
        white_background(self.widget)
        _settle()
        thicken_thin_pens(self.widget, self.ratio)

    def __enter__(self) -> PrintedView:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()
        self.view.close()
        self.view.deleteLater()
        self.model.shutdown()


def white_background(widget: QWidget) -> None:
    """Paper white around the plots (the Transport tab's grid showed the window's grey between them)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def thicken_thin_pens(widget: QWidget, ratio: float) -> None:
    """Pens the style does not set (guide lines, marks, error bars: 1 px) are drawn in device pixels, a
    hairline at PRINT_DPI: the dotted ∝ t guide all but vanished. Each pen thinner than a logical pixel is
    made `ratio` times wider, as thick on paper as on a screen."""
    for plot in [widget, *widget.findChildren(pg.PlotWidget)]:
        if not isinstance(plot, pg.PlotWidget):
            continue
        legend = plot.getPlotItem().legend
        shown_in_legend = [sample.item for sample, _label in legend.items] if legend is not None else []
        for item in [*plot.scene().items(), *shown_in_legend]:  # a legend's own sample (1/N) is in no scene
            if isinstance(item, pg.PlotDataItem | pg.PlotCurveItem):  # a data item's pen: its legend sample's too
                pen = _thicker(item.opts["pen"], ratio)
                if pen is not None:
                    item.setPen(pen)
            elif isinstance(item, pg.InfiniteLine):
                pen = _thicker(item.pen, ratio)
                if pen is not None:
                    item.setPen(pen)
            elif isinstance(item, pg.ErrorBarItem):
                pen = _thicker(pg.mkPen(item.opts["pen"]), ratio)
                if pen is not None:
                    item.setData(pen=pen)


def _thicker(pen: object, ratio: float) -> QPen | None:
    """`pen` `ratio` times wider if it is thinner than `ratio` device pixels; else None (left as it is)."""
    pen = QPen(pg.mkPen(pen))
    width = pen.widthF() or 1.0  # a cosmetic 0 is one device pixel
    if width >= ratio:
        return None
    pen.setWidthF(width * ratio)
    return pen


def draw_figure(
    result: SimulationResult,
    kind: str = "dynamics",
    width_mm: float = FIGURE_WIDTH_MM,
    height_mm: float | None = None,
    dpi: int = PRINT_DPI,
    reference: tuple[SimulationResult, str] | None = None,
) -> Figure:
    """The view `kind` of the finished `result` at its end, drawn for print at `width_mm` × `height_mm`; with
    `reference` (an earlier run and its name) that run dashed behind P_μ(t), named in the legend."""
    height_mm = height_mm if height_mm is not None else FIGURE_HEIGHT_MM.get(kind, 100.0)
    ratio = dpi / LOGICAL_DPI
    with PrintedView(result, kind, (width_mm, height_mm), ratio, reference) as printed:
        image = _page_image(printed.widget.size().width(), printed.widget.size().height(), ratio)
        QWidget.render(printed.widget, image)  # the widget as painted (a plot widget's own render is its scene's)
    return _figure(image, dpi, width_mm, height_mm)


#: A step that plays its run ("as it plays") prints these snapshots of its view, at these shares of the run's
#: length (γt rounded to two digits): the filling is read on paper as on the screen.
SNAPSHOT_SHARES = (0.05, 0.15, 0.4, 1.0)
#: The line above each snapshot that says its time.
CAPTION_MM = 7.0


def snapshot_indices(result: SimulationResult) -> list[int]:
    """The output times of the snapshots (SNAPSHOT_SHARES of the run, at round values of γt), in order."""
    shown = result.times[: max(result.completed, 1)] * result.gamma
    wanted = [float(f"{share * shown[-1]:.2g}") for share in SNAPSHOT_SHARES]
    return sorted({int(abs(shown - g).argmin()) for g in wanted})


def draw_snapshots(
    result: SimulationResult, kind: str, width_mm: float = FIGURE_WIDTH_MM, dpi: int = PRINT_DPI
) -> Figure:
    """The view `kind` of `result` at a few times (`snapshot_indices`), two panels a row, each titled with its
    γt: what a step that plays its run shows, on paper."""
    indices = snapshot_indices(result)
    columns = 2
    rows = -(-len(indices) // columns)
    panel_mm = (width_mm / columns, 0.75 * width_mm / columns)
    ratio = dpi / LOGICAL_DPI
    caption = _mm_to_logical(CAPTION_MM)
    with PrintedView(result, kind, panel_mm, ratio) as printed:
        panel = printed.widget.size()
        cell = (panel.width(), panel.height() + caption)
        image = _page_image(cell[0] * columns, cell[1] * rows, ratio)
        font = QFont()
        font.setPointSize(PRINT_STYLE.font_pt + 1)
        font.setBold(True)
        # the profile's P axis follows the shown time: one axis for all panels, so that they compare
        top = max(max(float(np.nanmax(result.exact[k])), float(np.nanmax(result.ham[k]))) for k in indices)
        for place, k in enumerate(indices):
            printed.draw(k)
            if kind == "profile":
                printed.view.profile.plot.setYRange(0, min(1.02, 1.15 * top), padding=0)
                _settle()
            x, y = (place % columns) * cell[0], (place // columns) * cell[1]
            painter = QPainter(image)
            try:  # its time in a line above, then the widget as painted
                painter.setFont(font)
                painter.setPen(QColor("black"))
                painter.drawText(
                    QRect(x, y, cell[0], caption),
                    Qt.AlignmentFlag.AlignCenter,
                    f"γt = {shown_number(result.times[k] * result.gamma, '.2g')}",  # the decimal comma in German
                )
                QWidget.render(printed.widget, painter, QPoint(x, y + caption))
            finally:
                painter.end()
    return _figure(image, dpi, width_mm, width_mm * cell[1] * rows / (cell[0] * columns))


def step_figure(
    result: SimulationResult, kind: str, playback: str | None, reference: tuple[SimulationResult, str] | None
) -> Figure:
    """A lesson step's figure: snapshots for a step that plays its run, else its view at the end (with the
    step's reference run)."""
    if playback == "start" and kind != "dynamics" and result.completed > 1:
        return draw_snapshots(result, kind)
    return draw_figure(result, kind, reference=reference)


def _page_image(width: int, height: int, ratio: float) -> QImage:
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.white)
    return image


def _figure(image: QImage, dpi: int, width_mm: float, height_mm: float) -> Figure:
    from fourier_gui.ui.files.plot_files import png_bytes

    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return Figure(png_bytes(image.convertToFormat(QImage.Format.Format_RGB888)), width_mm, height_mm)
