"""The four views: P_μ(t), the level diagram (Fig. 1), the chain profile and κ(T) (Fig. 4).

Items are made once per run (or per parameter change) and updated with `setData`; the window calls
`update_*` from a ~30 Hz timer, never per chunk.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QVBoxLayout, QWidget

from fourier_gui.ui.palette import site_colors, site_symbol

MAX_LINES_PER_BAND = 40


def _plot_widget(title: str, left: str, bottom: str, short_title: str | None = None) -> pg.PlotWidget:
    w = pg.PlotWidget()
    item = w.getPlotItem()
    item.setTitle(title)
    item.setLabel("left", left)
    item.setLabel("bottom", bottom)
    item.showGrid(x=True, y=True, alpha=0.2)
    item.setMenuEnabled(True)
    w.setAccessibleName(title)
    w.setMinimumSize(300, 220)
    w.setProperty("titles", (title, short_title or title))
    return w


class DynamicsPlot:
    """Site probabilities P_μ(t): exact points streaming in, HAM lines, the sample spread as a band."""

    def __init__(self) -> None:
        self.widget = _plot_widget("Site probabilities P_μ(t)", "P_μ", "t (ħ/ΔE)")
        self.widget.setAccessibleDescription("Exact P_μ(t) as points, the HAM prediction as lines, one colour per site")
        self.plot = self.widget.getPlotItem()
        self.plot.setYRange(0, 1.02)
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextSize="9pt")
        self.exact: list[pg.PlotDataItem] = []
        self.ham: list[pg.PlotDataItem] = []
        self.spread: list[tuple[pg.PlotDataItem, pg.PlotDataItem, pg.FillBetweenItem]] = []
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.scale = 1.0
        self.unit = "hbar"
        self.gamma = 1.0
        self.style = PlotStyle()

    def set_style(self, style: PlotStyle) -> None:
        self.style = style
        style_plot_widget(self.widget, style)
        colors = site_colors(len(self.ham))
        for color, ham, exact in zip(colors, self.ham, self.exact, strict=True):
            ham.setPen(pg.mkPen(QColor(color).darker(style.line_darker), width=style.line_width))
            brush = QColor(color)
            brush.setAlpha(style.symbol_alpha)
            exact.setSymbolBrush(brush)
            exact.setSymbolSize(style.symbol_size)

    def set_time_unit(self, unit: str, gamma: float | None = None) -> None:
        """'hbar' for t in ħ/ΔE, 'gamma' for γt."""
        self.unit = unit
        if gamma is not None:
            self.gamma = gamma
        self.scale = self.gamma if unit == "gamma" else 1.0
        self.plot.setLabel("bottom", "γt (dimensionless)" if unit == "gamma" else "t (ħ/ΔE)")

    def clear(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self.exact, self.ham, self.spread = [], [], []

    def start(self, result) -> None:
        """Make the items for a run: HAM lines drawn at once, empty exact series."""
        self.clear()
        self.set_time_unit(self.unit, result.gamma)
        sites = result.parameters.sites
        colors = site_colors(sites)
        x = result.times * self.scale
        for mu, color in enumerate(colors):
            if result.parameters.samples > 1:
                lo = pg.PlotDataItem(pen=None)
                hi = pg.PlotDataItem(pen=None)
                c = QColor(color)
                c.setAlpha(50)
                fill = pg.FillBetweenItem(lo, hi, brush=c)
                self.plot.addItem(fill)
                self.spread.append((lo, hi, fill))
            ham = pg.PlotDataItem(x, result.ham[:, mu], pen=pg.mkPen(color, width=self.style.line_width))
            ham.setZValue(10)  # HAM lines above the exact points, as in the paper's Fig. 2
            exact = pg.PlotDataItem(
                pen=None,
                symbol=site_symbol(mu),
                symbolSize=self.style.symbol_size,
                symbolBrush=color,
                symbolPen=None,
                name=f"site {mu + 1}",
            )
            self.plot.addItem(ham)
            self.plot.addItem(exact)
            self.ham.append(ham)
            self.exact.append(exact)
        self.legend.addItem(pg.PlotDataItem(pen=pg.mkPen("#444", width=2)), "HAM (lines)")
        self.plot.addItem(self.cursor)
        self.plot.setXRange(0, x[-1], padding=0.02)
        self.plot.setYRange(0, 1.02, padding=0)

    def update(self, result, current_time: float) -> None:
        n = result.completed
        t = result.times[:n] * self.scale
        exact = result.exact[:n]
        for mu, item in enumerate(self.exact):
            item.setData(t, exact[:, mu], skipFiniteCheck=True)
        if self.spread and n:
            low, high = result.exact_low[:n], result.exact_high[:n]
            for mu, (lo, hi, _fill) in enumerate(self.spread):
                lo.setData(t, low[:, mu], skipFiniteCheck=True)
                hi.setData(t, high[:, mu], skipFiniteCheck=True)
        self.cursor.setValue(current_time * self.scale)

    def rescale_time(self, result) -> None:
        """Redraw the HAM lines and the axis after a change of time unit."""
        if result is None:
            return
        x = result.times * self.scale
        for mu, item in enumerate(self.ham):
            item.setData(x, result.ham[:, mu])
        self.plot.setXRange(0, x[-1], padding=0.02)


class LevelDiagram:
    """The paper's Fig. 1: N subunits, each a ground level and a band of n levels, coupled to neighbours.

    Each band is filled in its site's colour with an opacity that follows P_μ at the current time.
    """

    HALF = 0.3

    def __init__(self) -> None:
        self.widget = _plot_widget("Level diagram (Fig. 1)", "energy (ΔE)", "subunit μ", "Levels")
        self.widget.setAccessibleDescription("Ground level and band of each subunit, shaded by its excitation P_μ")
        self.plot = self.widget.getPlotItem()
        self.bands: list[QGraphicsRectItem] = []
        self.labels: list[pg.TextItem] = []
        self.colors: list[str] = []
        self.key: tuple[int, int, float] | None = None
        self.style = PlotStyle()

    def set_style(self, style: PlotStyle) -> None:
        self.style = style
        style_plot_widget(self.widget, style)
        for label in self.labels:
            self._style_label(label)

    def _style_label(self, label: pg.TextItem) -> None:
        font = QFont()
        font.setPointSize(self.style.font_pt)
        label.setFont(font)
        label.setColor(self.style.foreground)
        # ten labels at 20 pt overlap; the shading and the profile still show P_μ
        label.setVisible(len(self.colors) <= 5 or self.style.font_pt < 16)

    def set_levels(self, energies: np.ndarray, sites: int, bandwidth: float) -> None:
        key = (sites, energies.size, bandwidth)
        if key == self.key:
            return
        self.key = key
        self.plot.clear()
        self.bands, self.labels = [], []
        self.colors = site_colors(sites)
        h = self.HALF
        ground_x, ground_y, band_x, band_y = [], [], [], []
        for mu in range(1, sites + 1):
            ground_x += [mu - h, mu + h]
            ground_y += [0.0, 0.0]
            if energies.size <= MAX_LINES_PER_BAND:
                for e in energies:
                    band_x += [mu - h, mu + h]
                    band_y += [e, e]
        self.plot.addItem(pg.PlotDataItem(ground_x, ground_y, connect="pairs", pen=pg.mkPen("k", width=2)))
        if band_x:
            self.plot.addItem(pg.PlotDataItem(band_x, band_y, connect="pairs", pen=pg.mkPen("#333", width=1)))
        lo, hi = float(energies.min()), float(energies.max())
        pad = max(bandwidth / (2 * energies.size), 1e-4)
        for mu, color in enumerate(self.colors, start=1):
            rect = QGraphicsRectItem(QRectF(mu - h, lo - pad, 2 * h, hi - lo + 2 * pad))
            rect.setPen(QPen(QColor(color), 0))
            self.plot.addItem(rect)
            self.bands.append(rect)
            label = pg.TextItem("", color="k", anchor=(0.5, 1.0))
            self._style_label(label)
            crowded = sites > 5  # alternate two heights so that neighbouring labels do not overlap
            label.setPos(mu, hi + 0.08 + (0.09 if crowded and mu % 2 == 0 else 0.0))
            self.plot.addItem(label)
            self.labels.append(label)
            if mu < sites:  # the coupling λV between neighbours
                link = pg.PlotDataItem(
                    [mu + h, mu + 1 - h], [1.0, 1.0], pen=pg.mkPen("#777", width=1, style=Qt.PenStyle.DashLine)
                )
                self.plot.addItem(link)
        self.plot.setXRange(0.4, sites + 0.6, padding=0)
        self.plot.setYRange(-0.1, 1.3, padding=0)
        self.plot.getAxis("bottom").setTicks([[(m, str(m)) for m in range(1, sites + 1)]])
        self.update(np.zeros(sites))

    def update(self, probabilities: np.ndarray) -> None:
        for rect, label, color, p in zip(self.bands, self.labels, self.colors, probabilities, strict=False):
            c = QColor(color)
            c.setAlphaF(float(np.clip(0.08 + 0.92 * p, 0, 1)) if np.isfinite(p) else 0.08)
            rect.setBrush(QBrush(c))
            text = f"{p:.2f}" if len(self.labels) > 5 else f"P={p:.2f}"
            label.setText(text if np.isfinite(p) else "")


class ChainProfile:
    """P_μ against μ at the current time: exact bars, HAM markers, 1/N line; local temperatures below."""

    def __init__(self) -> None:
        self.widget = QWidget()
        self.plot_widget = _plot_widget("Chain profile", "P_μ", "subunit μ", "Profile")
        self.plot_widget.setAccessibleDescription("Exact P_μ as bars and HAM as markers at the current time")
        self.plot = self.plot_widget.getPlotItem()
        self.temperatures = QLabel()
        self.temperatures.setWordWrap(True)
        self.temperatures.setAccessibleName("Local temperatures")
        self.temperatures.setToolTip(
            "Local temperature of each subunit from 1/T = ln(n(1−P)/P), in ΔE/k_B (docs/physics.md §4)"
        )
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.temperatures)
        self.bars: pg.BarGraphItem | None = None
        self.ham = pg.ScatterPlotItem(symbol="d", size=12, brush=pg.mkBrush("k"), pen=None, name="HAM")
        self.equilibrium = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.sites = 0

    def set_style(self, style: PlotStyle) -> None:
        style_plot_widget(self.plot_widget, style)
        self.ham.setSize(2 * style.symbol_size + 2)
        self.ham.setBrush(pg.mkBrush(style.foreground))

    def set_sites(self, sites: int) -> None:
        if sites == self.sites:
            return
        self.sites = sites
        self.plot.clear()
        x = np.arange(1, sites + 1)
        brushes = [pg.mkBrush(c) for c in site_colors(sites)]
        self.bars = pg.BarGraphItem(x=x, height=np.zeros(sites), width=0.6, brushes=brushes, pen=None)
        self.plot.addItem(self.bars)
        self.plot.addItem(self.ham)
        self.equilibrium.setValue(1.0 / sites)
        self.plot.addItem(self.equilibrium)
        self.plot.setXRange(0.4, sites + 0.6, padding=0)
        self.plot.setYRange(0, 1.02, padding=0)
        self.plot.getAxis("bottom").setTicks([[(m, str(m)) for m in x]])

    def update(self, exact: np.ndarray, ham: np.ndarray, temperatures: np.ndarray) -> None:
        if self.bars is None:
            return
        x = np.arange(1, self.sites + 1)
        heights = np.nan_to_num(exact)
        self.bars.setOpts(height=heights)
        self.ham.setData(x, ham)
        parts = [_format_temperature(t) for t in temperatures]
        if len(parts) <= 5:
            self.temperatures.setText("Local temperatures T_μ (ΔE/k_B):  " + "  ·  ".join(parts))
        else:
            self.temperatures.setText(f"Local temperatures (ΔE/k_B): T₁ = {parts[0]} … T_{len(parts)} = {parts[-1]}")
        self.temperatures.setToolTip("T_μ (ΔE/k_B): " + ", ".join(parts))


def _format_temperature(t: float) -> str:
    if not np.isfinite(t):
        return "∞" if t > 0 else "—"
    return f"{t:.3g}"


class ConductivityPlot:
    """κ(T) (left axis) and c(T) (right axis) of eq. (16), with the maximum of κ marked."""

    def __init__(self) -> None:
        self.widget = _plot_widget("Conductivity κ(T), eq. (16)", "κ = γ·c (ΔE/ħ)", "T (ΔE/k_B)", "κ(T)")
        self.widget.setAccessibleDescription("Conductivity and specific heat against temperature")
        self.plot = self.widget.getPlotItem()
        self.plot.addLegend(offset=(-10, 10), labelTextSize="9pt")
        self.kappa = self.plot.plot(pen=pg.mkPen("#0072B2", width=2), name="κ(T)")
        self.peak = pg.ScatterPlotItem(symbol="o", size=9, brush=pg.mkBrush("#0072B2"), pen=None)
        self.plot.addItem(self.peak)
        self.peak_label = pg.TextItem("", color="#0072B2", anchor=(0.0, 0.0))
        self.plot.addItem(self.peak_label)
        # c(T) on a second axis, linked in T
        self.heat_box = pg.ViewBox()
        self.plot.showAxis("right")
        self.plot.scene().addItem(self.heat_box)
        self.plot.getAxis("right").linkToView(self.heat_box)
        self.plot.getAxis("right").setLabel("c (k_B)", color="#D55E00")
        self.heat_box.setXLink(self.plot)
        self.heat = pg.PlotDataItem(pen=pg.mkPen("#D55E00", width=1.5, style=Qt.PenStyle.DashLine))
        self.heat_box.addItem(self.heat)
        self.plot.legend.addItem(self.heat, "c(T) (right axis)")
        self.plot.vb.sigResized.connect(self._sync)
        self.compact = False
        self.curve = None

    def set_style(self, style: PlotStyle) -> None:
        style_plot_widget(self.widget, style)
        self.kappa.setPen(pg.mkPen("#0072B2", width=style.line_width))
        self.heat.setPen(pg.mkPen("#D55E00", width=style.line_width * 0.75, style=Qt.PenStyle.DashLine))
        font = QFont()
        font.setPointSize(style.font_pt)
        self.peak_label.setFont(font)
        self.compact = style.font_pt >= 16
        self.plot.legend.setVisible(not self.compact)  # the coloured axis labels say which is which
        if self.curve is not None:
            self.update(self.curve)

    def _sync(self) -> None:
        self.heat_box.setGeometry(self.plot.vb.sceneBoundingRect())
        self.heat_box.linkedViewChanged(self.plot.vb, self.heat_box.XAxis)

    def update(self, curve) -> None:
        self.kappa.setData(curve.temperatures, curve.kappa)
        self.heat.setData(curve.temperatures, curve.specific_heat)
        self.peak.setData([curve.peak_temperature], [curve.peak_kappa])
        self.curve = curve
        if self.compact:
            self.peak_label.setText(f" T* = {curve.peak_temperature:.3g}")
        else:
            self.peak_label.setText(f" max κ = {curve.peak_kappa:.3g}\n at T = {curve.peak_temperature:.3g}")
        self.peak_label.setPos(curve.peak_temperature, curve.peak_kappa)
        self.plot.setXRange(0, curve.temperatures[-1], padding=0.02)
        # κ = γ·c has the shape of c: different headroom keeps both curves in sight
        self.plot.setYRange(0, 1.45 * curve.peak_kappa, padding=0)
        self.heat_box.setYRange(0, 1.1 * float(curve.specific_heat.max()), padding=0)
        self._sync()


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
    line_darker: int = 100  # HAM lines darker than the points' colour (QColor.darker percent)

    @classmethod
    def normal(cls, dark: bool = False) -> PlotStyle:
        return cls(foreground="#e8eaed", background="#202124") if dark else cls()

    @classmethod
    def presentation(cls) -> PlotStyle:
        return cls(font_pt=20, line_width=4.0, symbol_size=8, symbol_alpha=110, line_darker=135)


def style_plot_widget(widget: pg.PlotWidget, style: PlotStyle) -> None:
    """Apply fonts and colours to a plot's background, axes, title and legend.

    With large fonts the short title (widget property `short_title`) replaces the long one.
    """
    widget.setBackground(style.background)
    item = widget.getPlotItem()
    titles = widget.property("titles")
    if titles:
        item.titleLabel.text = titles[1] if style.font_pt >= 16 else titles[0]
    tick_font = QFont()
    tick_font.setPointSize(style.font_pt)
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(style.foreground)
        axis.setTextPen(style.foreground)
        axis.setTickFont(tick_font)
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
