"""The four views: P_μ(t), the level diagram (Fig. 1), the chain profile and κ(T) (Fig. 4).

Items are made once per run (or per parameter change) and updated with `setData`; the window calls
`update_*` from a ~30 Hz timer, never per chunk.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QLabel, QVBoxLayout, QWidget

from fourier_gui.ui.palette import site_colors, site_symbol
from fourier_gui.ui.plot_style import PlotStyle, add_grid, plot_widget, style_plot_widget

MAX_LINES_PER_BAND = 40


class DynamicsPlot:
    """Site probabilities P_μ(t): exact points streaming in, HAM lines, the sample spread as a band."""

    def __init__(self) -> None:
        self.widget = plot_widget("Site probabilities P_μ(t)", "P_μ", "t (ħ/ΔE)")
        self.widget.setAccessibleDescription("Exact P_μ(t) as points, the HAM prediction as lines, one colour per site")
        self.plot = self.widget.getPlotItem()
        self.plot.setYRange(0, 1.02)
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextSize="9pt")
        self.exact: list[pg.ScatterPlotItem] = []  # grown by `addPoints`: a frame prepares only new points
        self.shown = 0  # rows of the result shown as exact points
        self.shown_rewrites = 0
        self.ham: list[pg.PlotDataItem] = []
        self.spread: list[tuple[pg.PlotDataItem, pg.PlotDataItem, pg.FillBetweenItem]] = []
        self.layout: tuple[int, bool] | None = None  # (sites, spread) of the items made
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
            exact.setBrush(brush)
            exact.setSize(style.symbol_size)

    def highlight(self, site: int | None) -> None:
        """Bring one site's points and line forward (the others fade); None shows all alike."""
        for mu, (ham, exact) in enumerate(zip(self.ham, self.exact, strict=True)):
            opacity = 1.0 if site is None or mu == site else 0.15
            ham.setOpacity(opacity)
            exact.setOpacity(opacity)

    def set_time_unit(self, unit: str, gamma: float | None = None) -> None:
        """'hbar' for t in ħ/ΔE, 'gamma' for γt."""
        self.unit = unit
        if gamma is not None:
            self.gamma = gamma
        self.scale = self.gamma if unit == "gamma" else 1.0
        self.plot.setLabel("bottom", "γt (dimensionless)" if unit == "gamma" else "t (ħ/ΔE)")

    def clear(self) -> None:
        self.plot.clear()
        add_grid(self.plot, self.style.background != "#ffffff")
        self.legend.clear()
        self.exact, self.ham, self.spread = [], [], []
        self.layout = None

    def prepare(self, sites: int, spread: bool) -> None:
        """Make the items for `sites` (and the sample spread): ≈ 30 ms for ten sites, so the window calls
        this while idle, when the parameters change, and a run that keeps the layout reuses them."""
        if self.layout == (sites, spread):
            return
        self.clear()
        self.layout = (sites, spread)
        for mu, color in enumerate(site_colors(sites)):
            if spread:
                lo = pg.PlotDataItem(pen=None)
                hi = pg.PlotDataItem(pen=None)
                c = QColor(color)
                c.setAlpha(50)
                fill = pg.FillBetweenItem(lo, hi, brush=c)
                self.plot.addItem(fill)
                self.spread.append((lo, hi, fill))
            ham = pg.PlotDataItem(pen=pg.mkPen(color, width=self.style.line_width))
            ham.setZValue(10)  # HAM lines above the exact points, as in the paper's Fig. 2
            # drawn once per view change, not at every frame of a run (antialiased lines are the
            # costliest part of the plot: ≈ 8 ms of its ≈ 15 ms repaint offscreen)
            ham.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            exact = pg.ScatterPlotItem(
                symbol=site_symbol(mu), size=self.style.symbol_size, brush=color, pen=None, name=f"site {mu + 1}"
            )
            self.plot.addItem(ham)
            self.plot.addItem(exact)
            self.ham.append(ham)
            self.exact.append(exact)
        self.legend.addItem(pg.PlotDataItem(pen=pg.mkPen("#444", width=2)), "HAM (lines)")
        self.plot.addItem(self.cursor, ignoreBounds=True)  # moving it must not recompute the view's bounds
        self.set_style(self.style)

    def start(self, result) -> None:
        """Show a run: HAM lines drawn at once, empty exact series that `update` fills."""
        self.prepare(result.parameters.sites, result.parameters.samples > 1)
        self.set_time_unit(self.unit, result.gamma)
        x = result.times * self.scale
        for mu, (ham, exact) in enumerate(zip(self.ham, self.exact, strict=True)):
            ham.setData(x, result.ham[:, mu])
            exact.clear()
        self.shown = 0
        for lo, hi, _fill in self.spread:
            lo.setData([], [])
            hi.setData([], [])
        self.plot.setXRange(0, x[-1], padding=0.02)
        self.plot.setYRange(0, 1.02, padding=0)

    def update(self, result, current_time: float) -> None:
        n = result.completed
        t = result.times[:n] * self.scale
        if n < self.shown or result.rewrites != self.shown_rewrites:  # rows were computed again: start over
            for item in self.exact:
                item.clear()
            self.shown, self.shown_rewrites = 0, result.rewrites
        if n > self.shown:
            new = slice(self.shown, n)
            for mu, item in enumerate(self.exact):
                item.addPoints(x=t[new], y=result.exact[new, mu])
            self.shown = n
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
        for item in self.exact:
            item.clear()
        self.shown = 0
        self.plot.setXRange(0, x[-1], padding=0.02)


class LevelDiagram:
    """The paper's Fig. 1: N subunits, each a ground level and a band of n levels, coupled to neighbours.

    Each band is filled in its site's colour with an opacity that follows P_μ at the current time.
    """

    HALF = 0.3

    def __init__(self) -> None:
        self.widget = plot_widget("Level diagram (Fig. 1)", "energy (ΔE)", "subunit μ", "Levels")
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
        add_grid(self.plot, self.style.background != "#ffffff")
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
        self.plot_widget = plot_widget("Chain profile", "P_μ", "subunit μ", "Profile")
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
        self.style = PlotStyle()

    def set_style(self, style: PlotStyle) -> None:
        self.style = style
        style_plot_widget(self.plot_widget, style)
        self.ham.setSize(2 * style.symbol_size + 2)
        self.ham.setBrush(pg.mkBrush(style.foreground))

    def set_sites(self, sites: int) -> None:
        if sites == self.sites:
            return
        self.sites = sites
        self.plot.clear()
        add_grid(self.plot, self.style.background != "#ffffff")
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
        self.widget = plot_widget("Conductivity κ(T), eq. (16)", "κ = γ·c (ΔE/ħ)", "T (ΔE/k_B)", "κ(T)")
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
        # κ_meas = J/ΔT of the shown run (docs/physics.md §5): medians with their quartiles
        self.measured = pg.ScatterPlotItem(symbol="s", size=7, brush=pg.mkBrush("#009E73"), pen=None)
        self.measured_spread = pg.ErrorBarItem(pen=pg.mkPen("#009E73", width=1.5), beam=0.008)
        self.plot.addItem(self.measured_spread)
        self.plot.addItem(self.measured)
        self.plot.legend.addItem(self.measured, "κ_meas = J/ΔT (exact run)")
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

    def set_measured(self, temperature: np.ndarray, median: np.ndarray, low: np.ndarray, high: np.ndarray) -> None:
        """The conductivity the exact currents imply, binned in temperature (empty arrays clear it)."""
        self.measured.setData(temperature, median)
        if temperature.size:
            self.measured_spread.setData(x=temperature, y=median, top=high - median, bottom=median - low)
        else:
            self.measured_spread.setData(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0))

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
