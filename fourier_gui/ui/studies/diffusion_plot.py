"""The plot of the study "Where diffusion ends": each mode's rate over γ_q against its wavelength (log), the
seeds' median with their range, every run faint, HAM at 1, and the two limits of diffusion as bands.
Draws what physics/diffusion_range.py computed; no physics here."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from fourier_gui.physics.diffusion_range import DiffusionLimits, ModePoint
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, translate
from fourier_gui.ui.style.plot_style import no_multipliers, outside_legend, readable_axes
from fourier_gui.ui.style.rich_text import rich_text

SHORT_BRUSH = (213, 94, 0, 45)  # vermilion: gone within one correlation time
LONG_BRUSH = (204, 121, 167, 45)  # purple: slower than the Heisenberg time
Y_LABEL = QT_TRANSLATE_NOOP("diffusion_plot", "decay rate / γ_q")
X_LABEL = QT_TRANSLATE_NOOP("diffusion_plot", "wavelength 2N/q (sites)")


class DiffusionPlot:
    """A pyqtgraph plot that owns its items; `draw` shows a study's modes, runs and limits."""

    def __init__(self) -> None:
        self.widget = pg.PlotWidget(axisItems=readable_axes())
        x_label, y_label = translate("diffusion_plot", X_LABEL), translate("diffusion_plot", Y_LABEL)
        self.widget.setAccessibleName(
            translate("diffusion_plot", "Where diffusion ends: {quantity} against {variable}").format(
                quantity=y_label, variable=x_label
            )
        )
        p = self.plot = self.widget.getPlotItem()
        p.setLogMode(True, False)
        p.setLabel("bottom", rich_text(x_label))
        p.setLabel("left", rich_text(y_label))
        p.showGrid(x=True, y=True, alpha=0.2)
        outside_legend(p, max_columns=3)
        no_multipliers(p)
        p.addLine(y=1.0, pen=pg.mkPen("#555", style=Qt.PenStyle.DashLine))
        self.short_region = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(*SHORT_BRUSH), pen=pg.mkPen(None))
        self.long_region = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(*LONG_BRUSH), pen=pg.mkPen(None))
        self.short_region.setToolTip(
            translate(
                "diffusion_plot", "1/γ_q shorter than the correlation time 2π/δε: the mode is gone before a rate holds"
            )
        )
        self.long_region.setToolTip(
            translate(
                "diffusion_plot", "1/γ_q longer than the Heisenberg time 2πn/δε: the band's levels are resolved first"
            )
        )
        for region in (self.short_region, self.long_region):
            region.setZValue(-10)
            region.hide()
            p.addItem(region, ignoreBounds=True)
        # the bands named inside their inner edges (a legend's sample would not show a band's colour)
        self.short_label = pg.TextItem(anchor=(1, 1))
        self.long_label = pg.TextItem(anchor=(0, 1))
        for label, text, colour in (
            (self.short_label, "1/γ_q < τ_c = 2π/δε ", "#963c00"),
            (self.long_label, " 1/γ_q > t_H = 2πn/δε", "#8c3c6e"),
        ):
            label.setHtml(f'<span style="color:{colour}">{rich_text(text)}</span>')
            label.hide()
            p.addItem(label, ignoreBounds=True)
        self.runs_item = pg.ScatterPlotItem(
            size=5, brush=pg.mkBrush(0, 114, 178, 80), pen=None, name=translate("diffusion_plot", "runs (seeds)")
        )
        self.range_item = pg.PlotDataItem(connect="pairs", pen=pg.mkPen("#0072B2", width=1.5))
        self.median_item = pg.PlotDataItem(
            pen=pg.mkPen("#0072B2", width=1),
            symbol="o",
            symbolSize=9,
            symbolBrush="#0072B2",
            symbolPen=None,
            # two lines: one line's width set the plot's least width, and the tab's narrow plot was cut at its right
            name=translate("diffusion_plot", "first e-fold<br>median, range over seeds"),
        )
        # the late decay: the sweeps' fit from τ_c while a_q stays above 20 % (where the long edge shows)
        self.tail_range_item = pg.PlotDataItem(connect="pairs", pen=pg.mkPen("#E69F00", width=1.5))
        self.tail_item = pg.PlotDataItem(
            pen=pg.mkPen("#E69F00", width=1, style=Qt.PenStyle.DashLine),
            symbol="d",
            symbolSize=10,
            symbolBrush=None,
            symbolPen=pg.mkPen("#E69F00", width=2),
            name=_lines(translate("diffusion_plot", "late decay, fit from τ_c to 20 %<br>median, range")),
        )
        items = (self.runs_item, self.range_item, self.median_item)
        for item in (*items, self.tail_range_item, self.tail_item):
            p.addItem(item)

    def clear(self) -> None:
        for item in (self.runs_item,):
            item.setData(pos=[])
        for item in (self.range_item, self.median_item, self.tail_range_item, self.tail_item):
            item.setData([], [])
        for region in (self.short_region, self.long_region):
            region.hide()

    def draw(self, points: list[ModePoint], runs: list[tuple[float, float]], limits: DiffusionLimits) -> None:
        """`points` per mode, `runs` as (wavelength, ratio) of every finished run, `limits` as bands."""
        finite = [(x, y) for x, y in runs if math.isfinite(y)]
        self.runs_item.setData(pos=[(math.log10(x), y) for x, y in finite] if finite else [])
        shown = [m for m in points if math.isfinite(m.median)]
        xs = np.array([m.wavelength for m in shown])
        self.median_item.setData(xs, [m.median for m in shown])
        self.range_item.setData(np.repeat(xs, 2), _ends([m.low for m in shown], [m.high for m in shown]))
        late = [m for m in points if math.isfinite(m.tail_median)]
        late_x = np.array([m.wavelength for m in late])
        self.tail_item.setData(late_x, [m.tail_median for m in late])
        self.tail_range_item.setData(
            np.repeat(late_x, 2), _ends([m.tail_low for m in late], [m.tail_high for m in late])
        )
        if not xs.size:
            return
        lo, hi = math.log10(xs.min() / 1.3), math.log10(xs.max() * 1.3)
        self.plot.setXRange(lo, hi, padding=0)
        # wavelengths 1, 2, 5, 10, 20, 50, … sites as plain numbers (the log axis labelled every minor tick over
        # two decades, and they ran into each other)
        marks = [m * 10**k for k in range(-1, 6) for m in (1, 2, 5) if lo <= math.log10(m * 10**k) <= hi]
        self.plot.getAxis("bottom").setTicks([[(math.log10(v), shown_number(v)) for v in marks], []])
        highs = [m.high for m in shown] + [m.tail_high for m in late]
        top = max([1.1] + [h * 1.05 for h in highs if math.isfinite(h)])
        self.plot.setYRange(0.0, top, padding=0)  # HAM's 1 and the floor 0 always in view
        self._band(self.short_region, lo - 1.0, _log(limits.short_wavelength), lo, hi)
        self._band(self.long_region, _log(limits.long_wavelength), hi + 1.0, lo, hi)
        for region, label, edge in ((self.short_region, self.short_label, 1), (self.long_region, self.long_label, 0)):
            label.setVisible(region.isVisible())
            if region.isVisible():
                label.setPos(region.getRegion()[edge], 0.02 * top)

    @staticmethod
    def _band(region: pg.LinearRegionItem, a: float, b: float, lo: float, hi: float) -> None:
        """Show the region from log10 wavelength a to b when some of it lies in the view lo … hi."""
        if not (math.isfinite(a) and math.isfinite(b)) or b <= lo or a >= hi:
            region.hide()
            return
        region.setRegion((a, b))
        region.show()


def _lines(text: str) -> str:
    """`text`'s lines (split at <br>) each as rich_text (subscripts), joined by <br> again."""
    return "<br>".join(rich_text(line) for line in text.split("<br>"))


def _ends(low: list[float], high: list[float]) -> np.ndarray:
    """low₀, high₀, low₁, high₁, …: the ends of the range bars, drawn as pairs."""
    return np.column_stack([low, high]).ravel() if low else np.zeros(0)


def _log(wavelength: float) -> float:
    """log10 of a limit's wavelength; NaN stays NaN (no such wavelength), inf stays inf."""
    return math.log10(wavelength) if wavelength > 0 and math.isfinite(wavelength) else wavelength
