"""Plot styles (normal, dark, presentation), the plot widgets' common set-up and their light grid."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QSizePolicy
from shiboken6 import isValid

from fourier_gui.ui.language import shown_number_text
from fourier_gui.ui.style.rich_text import plain, subscripts


def _tick_strings_the_window_way(tick_strings):
    """pyqtgraph's tick labels with the window's decimal separator (a comma in German; the command line's
    plots, which install no language, keep the point)."""

    def strings(self, values, scale, spacing) -> list[str]:
        return [shown_number_text(text) for text in tick_strings(self, values, scale, spacing)]

    strings.localized = True  # type: ignore[attr-defined]
    return strings


if not getattr(pg.AxisItem.tickStrings, "localized", False):  # once, whichever module loads first
    pg.AxisItem.tickStrings = _tick_strings_the_window_way(pg.AxisItem.tickStrings)


class ReadableAxis(pg.AxisItem):
    """An axis whose labelled ticks stand far enough apart for their labels in its own font, so that
    they never run into each other, however small the plot or large the type (presentation mode)."""

    #: Label whole numbers only (a subunit's index): spacings of 1, 2, 5, 10 … and no minor ticks.
    whole_numbers = False

    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        if self.whole_numbers and size > 0 and maxVal > minVal:  # as close as the labels allow, never below 1
            need = self._room(minVal, maxVal, 1.0) * abs(maxVal - minVal) / size
            return [(_wider(max(need, 1.0), False), 0.0)]
        return self._spacing(minVal, maxVal, size)

    def _spacing(self, minVal: float, maxVal: float, size: float):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or size <= 0 or maxVal == minVal or self._tickSpacing is not None:
            return levels
        per_unit = size / abs(maxVal - minVal)
        spacing = levels[0][0]
        room = self._room(minVal, maxVal, spacing)
        if spacing * per_unit >= room:
            return levels
        return [(_wider(room / per_unit, bool(self.logMode)), 0.0)]

    def _updateWidth(self) -> None:
        """pyqtgraph leaves a vertical label 0.8 of its height: "P_μ" (taller with its subscript) touched
        its tick labels in presentation type, as "energy (ΔE)" and κ's did at 1920 × 1080. A label with an index,
        or in large type, gets its whole height and a gap."""
        super()._updateWidth()
        size = str(self.labelStyle.get("font-size", "0pt")).removesuffix("pt")
        large = size.replace(".", "", 1).isdigit() and float(size) >= LARGE_FONT_PT
        if (
            self.isVisible()
            and self.fixedWidth is None
            and self.label.isVisible()
            and ("<sub>" in self.labelText or large)
        ):
            w = self.maximumWidth() + 0.2 * self.label.boundingRect().height() + 3
            self.setMaximumWidth(w)
            self.setMinimumWidth(w)

    def _room(self, low: float, high: float, spacing: float) -> float:
        """Pixels one label needs along the axis, with a gap of about one letter."""
        font = self.style.get("tickFont")
        metrics = QFontMetricsF(font if font is not None else QFont())
        if self.orientation in ("left", "right"):
            return 1.4 * metrics.height()
        labels = self.tickStrings([low, high, (low + high) / 2], self.scale, spacing)
        return max(metrics.horizontalAdvance(text) for text in labels) + metrics.height()


def _wider(need: float, decades: bool) -> float:
    """The smallest nice spacing (1, 2 or 5 times a power of ten, which pyqtgraph labels exactly; 2.5 printed as
    "0.2, 0.5, 0.8"; whole decades on log axes) ≥ need."""
    if decades:
        return float(max(1, math.ceil(need)))
    base = 10 ** math.floor(math.log10(need))
    return next(m * base for m in (1, 2, 5, 10) if m * base >= need)


def readable_axes() -> dict[str, ReadableAxis]:
    """Left and bottom axes for a PlotWidget (an axis passed to pyqtgraph is shown)."""
    return {name: ReadableAxis(name) for name in ("left", "bottom")}


def plot_widget(title: str, left: str, bottom: str, short_title: str | None = None) -> pg.PlotWidget:
    title, left, bottom = subscripts(title), subscripts(left), subscripts(bottom)
    short_title = subscripts(short_title) if short_title else None
    w = pg.PlotWidget(axisItems={**readable_axes(), "right": ReadableAxis("right")})
    item = w.getPlotItem()
    item.hideAxis("right")  # shown by the plots that use it (κ(T)'s c(T))
    item.setTitle(title)
    item.setLabel("left", left)
    item.setLabel("bottom", bottom)
    add_grid(item)
    item.setMenuEnabled(True)
    no_multipliers(item)
    w.setAccessibleName(plain(title))
    w.setMinimumSize(200, 160)  # three side by side still fit a 1024-pixel projector
    w.setProperty("titles", (title, short_title or title))
    w.title_fitter = TitleFitter(w)  # the title follows the widget's width as it is shown or resized
    return w


class TitleFitter(QObject):
    """Refits a plot's title (`fit_title`) whenever its widget is shown or resized."""

    def __init__(self, widget: pg.PlotWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            fit_title(self.widget)
        return False


def fit_title(widget: pg.PlotWidget) -> None:
    """The long title where it fits beside the axes, else the short one (also with presentation type): a
    title wider than the plot would widen its layout past the widget, which then cuts the right side."""
    titles = widget.property("titles")
    if not titles:
        return
    item = widget.getPlotItem()
    long_title, short_title = titles
    wanted = short_title if widget.property("large_style") else long_title
    if wanted != short_title and widget.isVisible():  # a hidden widget's width is stale: judge when shown
        font = QFont()
        size = str(item.titleLabel.opts.get("size") or "")
        if size.endswith("pt"):
            font.setPointSizeF(float(size[:-2]))
        right = 50 if item.getAxis("right").isVisible() else 0
        if QFontMetrics(font).horizontalAdvance(plain(long_title)) > widget.width() - LEFT_AXIS_ALLOWANCE - right:
            wanted = short_title
    if item.titleLabel.text != wanted:
        item.setTitle(wanted)  # keeps the label's size and colour
        # the plot was laid out no narrower than the long title allowed; fit it to the widget again (else
        # κ(T) stayed 516 px wide in a 306 px widget at 1366, its c(T) axis and last tick cut off)
        pg.GraphicsView.resizeEvent(widget, None)


def no_multipliers(item: pg.PlotItem) -> None:
    """No "(x0.001)" on any axis, log axes included: the tick labels say the values themselves."""
    for name in ("left", "bottom", "right", "top"):
        item.getAxis(name).enableAutoSIPrefix(False)


#: Grid colours on a light and a dark background (opaque: cheaper to paint than translucent lines).
GRID_COLOURS = {True: "#3c3d41", False: "#e4e4e4"}


def add_grid(plot: pg.PlotItem, dark: bool = False) -> None:
    """A light grid drawn in the view: repainting it costs about 1 ms, the axes' own grid about 16 ms
    (measured offscreen at 1500×940), which would stall the window at every frame of a run."""
    grid = pg.GridItem(pen=pg.mkPen(GRID_COLOURS[dark]), textPen=None)
    grid.setZValue(-100)
    plot.addItem(grid)


#: Pixels of a plot widget's width taken by its left axis and margins, for laying out the legend.
LEFT_AXIS_ALLOWANCE = 90


class LegendSample(pg.ItemSample):
    """A legend's sample that a click does not hide: pyqtgraph's hid the item and drew its ⊘ mark, and most
    of the window's samples stand for items that are not in the plot (a site's marker, the HAM line's), so the
    click hid nothing but the sample. It still says it was clicked (`sigClicked`): P_μ(t) highlights the site."""

    def mouseClickEvent(self, event) -> None:
        event.accept()
        if event.button() == Qt.MouseButton.LeftButton:
            self.sigClicked.emit(self.item)


def outside_legend(item: pg.PlotItem, max_columns: int = 6) -> pg.LegendItem:
    """A legend in a row under the plot's axis, never over its data; its columns follow the width.

    It becomes `item.legend`, so that curves made with a `name` join it as with `addLegend`.
    """
    legend = pg.LegendItem(colCount=1, labelTextSize="9pt", verSpacing=-4, horSpacing=12, sampleType=LegendSample)
    legend.setObjectName("outside-legend")
    item.layout.addItem(legend, 4, 1)
    item.legend = legend
    legend.setProperty("max_columns", max_columns)

    def reflow(*_args: object) -> None:
        # the view widget's width, not the view box's: a legend too wide for the widget widens the layout
        # (and with it the view box) past the widget, which then clips the plot's right side
        # (a fixed allowance for the left axis: its width changes with its tick labels, after the reflow)
        view = item.getViewWidget()
        if legend.property("wants_beside") and view is not None:  # beside where the plot stays wide enough
            _place(item, view.width() >= BESIDE_RATIO * _entry_width(legend))
        if legend.property("beside"):  # a column of entries right of the plot, as many columns as its height asks
            reflow_legend_beside(legend, item.vb.height())
            return
        width = item.vb.width() if view is None else min(item.vb.width(), view.width() - LEFT_AXIS_ALLOWANCE)
        reflow_legend(legend, width)
        if view is not None and item.geometry().width() > view.width() + 1:
            QTimer.singleShot(0, lambda: refit(view))

    legend.reflow = reflow  # for a style change (new font, new entry widths)
    item.vb.sigResized.connect(reflow)
    legend.geometryChanged.connect(reflow)  # entries added or restyled: their widths changed
    view = item.getViewWidget()
    if view is not None and hasattr(view, "sigDeviceRangeChanged"):
        view.sigDeviceRangeChanged.connect(reflow)
    return legend


def refit(view: pg.GraphicsView) -> None:
    """Lay the plot out in its widget again. A plot item is never narrower than its layout's minimum: a
    legend still in one row when the widget shrank kept it wider than the widget (κ(T) cut at the right,
    its c(T) axis and the end of its title out of sight at 1920 × 1080), and nothing re-fitted it once
    the legend had reflowed into a column."""
    if isValid(view) and view.autoPixelRange and view.centralWidget is not None:
        # GraphicsView.setRange itself, as its resizeEvent calls it (PlotWidget.setRange means the data range)
        pg.GraphicsView.setRange(view, QRectF(0, 0, view.width(), view.height()), padding=0, disableAutoPixel=False)


#: Where an outside legend sits in its PlotItem's grid: under the bottom axis, or right of the plot.
LEGEND_BELOW, LEGEND_BESIDE = (4, 1), (2, 4)


#: A legend goes beside its plot (`place_legend`) only where the plot's widget is this many times as wide as
#: the legend's column: else the plot would be a narrow strip (σ²(t) on the stage at 1024 × 768).
BESIDE_RATIO = 2.4


def place_legend(item: pg.PlotItem, beside: bool) -> None:
    """An outside legend (`outside_legend`) under the plot, or beside it on the right where the plot is wide
    enough (BESIDE_RATIO). Beside, it takes width instead of height: in presentation mode a second and third row
    of entries under P_μ(t) took 20–45 px of the graph's 0…1 axis on 768 lines."""
    legend = item.legend
    if legend is None:
        return
    legend.setProperty("wants_beside", beside)
    view = item.getViewWidget()
    _place(item, beside and (view is None or view.width() >= BESIDE_RATIO * _entry_width(legend)))


def _entry_width(legend: pg.LegendItem) -> float:
    """The widest entry of `legend`: its sample and label."""
    items = legend.items or []
    return max((s.boundingRect().width() + label.item.boundingRect().width() for s, label in items), default=0.0)


def _place(item: pg.PlotItem, beside: bool) -> None:
    """Move `item`'s legend beside the plot or under it (nothing if it is there already)."""
    legend = item.legend
    if bool(legend.property("beside")) == beside:
        return
    item.layout.removeItem(legend)
    item.layout.addItem(legend, *(LEGEND_BESIDE if beside else LEGEND_BELOW))
    # beside: as tall as its entries, at the top, a gap from the axis (stretched to the plot's height, its rows
    # stood far apart and its box touched the data's)
    fixed, preferred = QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred
    legend.setSizePolicy(*((fixed, fixed) if beside else (preferred, preferred)))
    if legend.property("margins") is None:
        legend.setProperty("margins", list(legend.layout.getContentsMargins()))
    left, top, right, bottom = legend.property("margins")
    legend.layout.setContentsMargins(left + 12 if beside else left, top, right, bottom)
    item.layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    legend.setProperty("beside", beside)
    view = item.getViewWidget()
    if not beside and view is not None:  # reflowed into the widget's width (the data's is still the narrow one)
        reflow_legend(legend, view.width() - LEFT_AXIS_ALLOWANCE)
    legend.reflow()


def reflow_legend_beside(legend: pg.LegendItem, height: float) -> None:
    """A legend beside its plot: one column if its entries fit the plot's `height`, else as few as hold them."""
    if not legend.items:
        return
    row = max(sample.boundingRect().height() for sample, _label in legend.items)
    row = max(row, *(label.item.boundingRect().height() for _sample, label in legend.items)) + 2
    per_column = max(1, int(max(height, 1) // row))
    columns = max(1, min(-(-len(legend.items) // per_column), int(legend.property("max_columns") or 6)))
    if columns != legend.columnCount:
        legend.setColumnCount(columns)


def reflow_legend(legend: pg.LegendItem, width: float) -> None:
    """As many columns as fit `width` (at most the legend's `max_columns`)."""
    if not legend.items:
        return
    entry = max(sample.boundingRect().width() + label.item.boundingRect().width() for sample, label in legend.items)
    fit = int(max(width, 1) // (entry + 14))
    columns = max(1, min(fit, int(legend.property("max_columns") or 6), len(legend.items)))
    if columns != legend.columnCount:
        legend.setColumnCount(columns)


#: Type from this size on (presentation mode's) counts as large: short titles, fewer labels, other shares.
LARGE_FONT_PT = 14


# --- styles: normal, dark and presentation ---------------------------------------------------
@dataclass(frozen=True)
class PlotStyle:
    """Fonts, colours and pen widths of every plot (presentation mode: ≥ 20 pt, thick, high contrast)."""

    font_pt: int = 10
    foreground: str = "#000000"
    background: str = "#ffffff"
    line_width: float = 2.0
    symbol_size: int = 5
    symbol_alpha: int = 255  # exact points; translucent in presentation so that HAM's lines stand out
    line_darker: int = 150  # HAM lines darker than the points' colour (QColor.darker percent): in sight over them

    @property
    def dark(self) -> bool:
        return self.background != "#ffffff"

    @property
    def large(self) -> bool:
        """Fonts so large that plots use their short titles and fewer labels."""
        return self.font_pt >= LARGE_FONT_PT

    @classmethod
    def normal(cls, dark: bool = False) -> PlotStyle:
        return cls(foreground="#e8eaed", background="#202124") if dark else cls()

    def for_pixel_ratio(self, ratio: float) -> PlotStyle:
        """Pens are drawn in device pixels: on a 200 % screen a 2-pixel line looked like a hairline and
        presentation mode's thick curves half as thick as at 100 %. Widths scaled by the screen's ratio."""
        return replace(self, line_width=self.line_width * max(1.0, ratio))

    @classmethod
    def presentation(cls, font_pt: int = 20) -> PlotStyle:
        """Big type for a projector; `font_pt` follows the screen (docs/architecture.md, "Screens")."""
        return cls(font_pt=font_pt, line_width=4.0, symbol_size=8, symbol_alpha=110, line_darker=135)


def style_plot_widget(widget: pg.PlotWidget, style: PlotStyle) -> None:
    """Apply fonts and colours to a plot's background, axes, title and legend.

    With large fonts the short title (widget property `short_title`) replaces the long one.
    """
    widget.setBackground(style.background)
    item = widget.getPlotItem()
    for grid in (i for i in item.items if isinstance(i, pg.GridItem)):
        grid.setPen(pg.mkPen(GRID_COLOURS[style.dark]))
    titles = widget.property("titles")
    widget.setProperty("large_style", style.large)
    if titles:
        item.titleLabel.text = titles[1] if style.large else titles[0]
    tick_font = QFont()
    tick_font.setPointSize(style.font_pt)
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(style.foreground)
        axis.setTextPen(style.foreground)
        axis.setTickFont(tick_font)
        axis.setTickDensity((10 / max(style.font_pt, 10)) ** 1.5)  # bigger labels, fewer ticks: never colliding
        if axis.labelText:
            color = axis.labelStyle.get("color", style.foreground) if name == "right" else style.foreground
            axis.setLabel(axis.labelText, axis.labelUnits, **{"font-size": f"{style.font_pt}pt", "color": color})
    item.setTitle(item.titleLabel.text, size=f"{style.font_pt + 2}pt", color=style.foreground)
    if item.legend is not None:
        size = f"{max(style.font_pt - 1, 8)}pt"
        item.legend.setLabelTextSize(size)
        item.legend.setLabelTextColor(style.foreground)
        for _sample, label in item.legend.items:  # the two setters above reach only later labels
            label.setText(label.text, size=size, color=style.foreground)
        if item.legend.objectName() == "outside-legend":
            item.legend.reflow()
    fit_title(widget)
