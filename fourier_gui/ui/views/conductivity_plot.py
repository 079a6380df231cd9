"""κ(T) and c(T) of eq. (16) beside the conductivity κ_meas = (J/ΔP)·c(T) the run measured (Fig. 4)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, translate
from fourier_gui.ui.style.plot_style import PlotStyle, outside_legend, plot_widget, style_plot_widget, subscripts

#: κ_meas shows the temperature bins that hold at least this share of the fullest bin's samples: the median
#: of a handful of bond-moments is noise.
MIN_SHARE = 0.1
#: Markers at least this share of the T axis apart: twelve bins over 0.04 ΔE/k_B drew one solid green bar
#: over κ(T)'s peak. Of bins closer than that, the one with the most samples is shown (the figure data and
#: the CSV keep them all).
MIN_GAP = 0.04
#: A bar reaches at most this share of the κ axis above and below its square (the rest of a wider spread is
#: cut): a bin of few, scattered bond-moments drew a bar over the whole axis, through κ(T) and the other squares.
MAX_BAR = 0.15
#: What the green squares are, in words, then the physics.
MEASURED_TIP = QT_TRANSLATE_NOOP(
    "conductivity_plot",
    "Green squares: the conductivity the exact run measured, from the whole run (every time past t_fit), "
    "grouped by temperature; the bars span the middle half of each group. Groups with few samples, and all but "
    "the fullest of groups that would overlap, are left out; a bar stops at 15 % of the axis each way and at its "
    "edges, a square beyond the axis is drawn at its edge (▲/▼). κ_meas = (J/ΔP)·c(T̄), docs/physics.md §5.",
)

#: κ(T)'s legend entry on a system whose bonds differ, short enough for the small view; the tooltip says more.
UNIFORM_LABEL = QT_TRANSLATE_NOOP("conductivity_plot", "κ(T), uniform chain")
UNIFORM_TIP = QT_TRANSLATE_NOOP(
    "conductivity_plot",
    "κ(T) of a uniform chain with the global n and λ: the bonds of this system differ (docs/physics.md §6)",
)


def shown_bins(temperature: np.ndarray, count: np.ndarray, span: float) -> np.ndarray:
    """The indices (in order of T) of the bins to draw: enough samples (MIN_SHARE of the fullest), and no two
    closer than MIN_GAP of the axis' `span`, the fuller kept."""
    if temperature.size == 0:
        return np.zeros(0, dtype=int)
    enough = np.flatnonzero(count >= MIN_SHARE * count.max())
    chosen: list[int] = []
    for i in sorted(enough, key=lambda i: (-count[i], i)):
        if all(abs(temperature[i] - temperature[j]) >= MIN_GAP * span for j in chosen):
            chosen.append(int(i))
    return np.array(sorted(chosen), dtype=int)


class ConductivityPlot:
    """κ(T) (left axis) and c(T) (right axis) of eq. (16), with the maximum of κ marked."""

    def __init__(self) -> None:
        self.widget = plot_widget(
            translate("conductivity_plot", "Conductivity κ(T), eq. (16)"), "κ = γ·c (ΔE/ħ)", "T (ΔE/k_B)", "κ(T)"
        )
        self.widget.setAccessibleDescription(
            translate("conductivity_plot", "Conductivity and specific heat against temperature")
        )
        self.plot = self.widget.getPlotItem()
        outside_legend(self.plot, max_columns=3)
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
        self.plot.getAxis("right").setLabel(subscripts("c (k_B)"), color="#D55E00")
        self.heat_box.setXLink(self.plot)
        self.heat = pg.PlotDataItem(pen=pg.mkPen("#D55E00", width=1.5, style=Qt.PenStyle.DashLine))
        self.heat_box.addItem(self.heat)
        self.plot.legend.addItem(self.heat, translate("conductivity_plot", "c(T) (right axis)"))
        # κ_meas = (J/ΔP)·c(T̄) of the shown run (docs/physics.md §5): medians with their quartiles
        self.measured = pg.ScatterPlotItem(symbol="s", size=7, brush=pg.mkBrush("#009E73"), pen=None)
        self.measured_spread = pg.ErrorBarItem(pen=pg.mkPen("#009E73", width=1.5), beam=0.008)
        self.plot.addItem(self.measured_spread)
        self.plot.addItem(self.measured)
        # from the whole run, whatever time the cursor shows: the legend says so
        self.plot.legend.addItem(self.measured, subscripts(translate("conductivity_plot", "κ_meas, whole run")))
        self.widget.setToolTip(translate("conductivity_plot", MEASURED_TIP))
        self.data: tuple[np.ndarray, ...] = (np.zeros(0),) * 4 + (np.zeros(0, dtype=int),)
        # c(T)'s view box lies over κ's: moved with it, not only resized (a reflowed legend or a wider axis
        # moved κ's box and left c(T) drawn against a stale T axis, its peak off κ's though κ = γ·c)
        self.plot.vb.geometryChanged.connect(self._sync)
        self.plot.vb.sigResized.connect(self._sync)
        self.compact = False
        self.curve = None
        self.uniform = True  # the curve is the system's own (every bond alike)
        self.shown_summary: object = None  # the run's transport summary whose κ_meas is drawn

    def set_style(self, style: PlotStyle) -> None:
        style_plot_widget(self.widget, style)
        self.kappa.setPen(pg.mkPen("#0072B2", width=style.line_width))
        self.heat.setPen(pg.mkPen("#D55E00", width=style.line_width * 0.75, style=Qt.PenStyle.DashLine))
        # the squares and their bars in the style's size (in presentation type they were specks beside κ(T))
        self.measured.setSize(style.symbol_size + 2)
        self.measured_spread.setData(pen=pg.mkPen("#009E73", width=max(1.5, style.line_width / 2)))
        font = QFont()
        font.setPointSize(style.font_pt)
        self.peak_label.setFont(font)
        # pyqtgraph leaves the right axis 0.8 of its label's height: "c (k_B)", with its subscript, was cut
        metrics = QFontMetrics(font)
        self.plot.getAxis("right").setWidth(metrics.horizontalAdvance("10.0") + round(1.6 * metrics.height()) + 6)
        self.compact = style.large
        if self.curve is not None:
            self.update(self.curve, self.uniform)

    def set_measured(
        self,
        temperature: np.ndarray,
        median: np.ndarray,
        low: np.ndarray,
        high: np.ndarray,
        count: np.ndarray | None = None,
    ) -> None:
        """The conductivity the exact currents imply, binned in temperature with each bin's sample count
        (empty arrays clear it): the bins `shown_bins` picks, clipped to the axes (`_draw_measured`)."""
        self._sync()  # the layout may have moved since the last resize (a tab shown, a legend reflowed)
        if count is None:
            count = np.ones(temperature.size, dtype=int)
        self.data = (temperature, median, low, high, count)
        self._draw_measured()

    def _draw_measured(self) -> None:
        """The shown bins, each bar clipped to the κ axis and a median beyond it drawn at its edge as ▲ or ▼:
        nothing runs past the axis (the error bars of a few noisy bins reached ten times its top)."""
        temperature, median, low, high, count = self.data
        (x_low, x_high), (bottom, top) = self.plot.vb.viewRange()
        pick = shown_bins(temperature, count, max(x_high - x_low, 1e-12))
        t, m, lo, hi = temperature[pick], median[pick], low[pick], high[pick]
        at = np.clip(m, bottom, top)
        symbols = np.where(m > top, "t1", np.where(m < bottom, "t", "s"))
        self.measured.setData(t, at, symbol=list(symbols))
        reach = MAX_BAR * (top - bottom)  # each way from the square: on fig4 one bar spanned the whole axis
        up = np.clip(np.minimum(hi, at + reach), bottom, top) - at
        down = at - np.clip(np.maximum(lo, at - reach), bottom, top)
        self.measured_spread.setData(x=t, y=at, top=np.maximum(up, 0.0), bottom=np.maximum(down, 0.0))

    def figures(self) -> dict[str, pg.PlotWidget]:
        return {"conductivity": self.widget}

    def start(self, result: SimulationResult) -> None:
        """Nothing to make: κ(T) follows the parameters (`update`), κ_meas the run (`draw`)."""

    def draw(self, result: SimulationResult, k: int, part: int | None = None) -> None:
        """κ_meas of the run, when its transport summary is new (a few times a second)."""
        if result.transport is not self.shown_summary:
            kappa = result.transport.kappa
            self.set_measured(kappa.temperature, kappa.median, kappa.low, kappa.high, kappa.count)
            self.shown_summary = result.transport

    def set_stale(self, stale: bool) -> None:
        """κ(T) follows the panel, so it is never stale; the run's κ_meas belongs to its own parameters."""
        for item in (self.measured, self.measured_spread):
            item.setVisible(not stale)

    def clear(self) -> None:
        self.set_measured(*(np.zeros(0),) * 4)
        self.shown_summary = None

    def _sync(self) -> None:
        self.heat_box.setGeometry(self.plot.vb.sceneBoundingRect())
        self.heat_box.linkedViewChanged(self.plot.vb, self.heat_box.XAxis)

    def update(self, curve, uniform: bool = True) -> None:
        """κ(T) and c(T) of the parameters (eq. 16). On unequal bonds (`uniform` False) the curve is the uniform
        chain's of the global n and λ, and its legend says so (docs/physics.md §6)."""
        self.uniform = uniform
        label = self.plot.legend.getLabel(self.kappa) if self.plot.legend is not None else None
        if label is not None:  # the long form, clipped in the small view at 1366 × 768, in the tooltip
            label.setText("κ(T)" if uniform else translate("conductivity_plot", UNIFORM_LABEL))
            label.setToolTip("" if uniform else translate("conductivity_plot", UNIFORM_TIP))
        self.kappa.setData(curve.temperatures, curve.kappa)
        self.heat.setData(curve.temperatures, curve.specific_heat)
        self.peak.setData([curve.peak_temperature], [curve.peak_kappa])
        self.curve = curve
        if self.compact:
            self.peak_label.setText(f" T* = {shown_number(curve.peak_temperature, '.3g')}")
        else:
            self.peak_label.setText(
                translate("conductivity_plot", "max κ = {kappa}\nat T = {temperature}").format(
                    kappa=shown_number(curve.peak_kappa, ".3g"), temperature=shown_number(curve.peak_temperature, ".3g")
                )
            )
        # above the curve's tail, right of the peak: at the peak it covered the curve and the measured points
        x = max(0.25 * float(curve.temperatures[-1]), 1.3 * curve.peak_temperature)
        self.peak_label.setPos(x, 1.42 * curve.peak_kappa)
        self.plot.setXRange(0, curve.temperatures[-1], padding=0.02)
        # κ = γ·c has the shape of c: different headroom keeps both curves in sight
        self.plot.setYRange(0, 1.45 * curve.peak_kappa, padding=0)
        self.heat_box.setYRange(0, 1.1 * float(curve.specific_heat.max()), padding=0)
        self._sync()
        self._draw_measured()  # the axes moved: the bins and the clipping follow
