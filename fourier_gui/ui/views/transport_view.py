"""The Transport tab: Fourier's law measured in the exact run (docs/physics.md §5).

Three views of the model's result, all fed from series the worker derived per chunk:
the currents J_μ against the population steps P_μ − P_{μ+1} (with HAM's slope γ and the fitted γ_fit),
the spreading σ²(t) log–log with its local exponent α(t), and the amplitude a_q(t) of a Fourier mode.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from fourier_gui.physics.criteria import correlation_time
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.language import shown_number, translate, translate_phrase
from fourier_gui.ui.style.plot_style import (
    PlotStyle,
    outside_legend,
    place_legend,
    plot_widget,
    style_plot_widget,
    subscripts,
)

EXACT, HAM, FIT, CURRENT = "#0072B2", "#222222", "#D55E00", "#CC79A7"
GUIDE = pg.mkPen("#888", width=1, style=Qt.PenStyle.DashLine)
#: The guides' grey: pale on paper-white, darker in large type (a projector washes out #888), light on dark.
GUIDE_COLOURS = {False: "#888888", True: "#555555"}
HAM_COLOURS = {False: HAM, True: "#dddddd"}
MARK_TC, MARK_GAMMA = "#009E73", "#B07A00"
# Curves of the log–log plots are PlotDataItems: only those follow the plot's log mode.


#: The Fourier-law plot shows the points of this many bonds at most (evenly spread over all of them).
LAW_BONDS = 64


class TransportView(QWidget):
    """J against ΔP, σ²(t) and α(t), a_q(t); `draw(result, k)` redraws them at output time k."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel(translate("transport_view", "Run a simulation to measure its heat currents."))
        self.verdict.setAccessibleName(translate("transport_view", "Fourier's law verdict"))
        self.verdict.setWordWrap(True)
        self.verdict.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.verdict.setStyleSheet("font-weight: bold; padding: 4px;")
        self.law = plot_widget(
            translate("transport_view", "Fourier's law: J_μ against P_μ − P_μ₊₁"),
            "J_μ (ΔE/ħ)",
            "P_μ − P_μ₊₁",
            translate("transport_view", "J vs ΔP"),
        )
        self.law.setAccessibleDescription(
            translate("transport_view", "Bond currents against population steps past t_fit, with slopes γ and γ_fit")
        )
        self.spread = plot_widget(
            translate("transport_view", "Spreading σ²(t)"),
            translate("transport_view", "σ² (sites²)"),
            "t (ħ/ΔE)",
            "σ²(t)",
        )
        self.spread.setAccessibleDescription(
            translate("transport_view", "Mean square distance from the start, log–log, exact and HAM")
        )
        self.alpha = plot_widget(
            translate("transport_view", "Local exponent α = d ln σ²/d ln t"), "α", "t (ħ/ΔE)", "α(t)"
        )
        self.mode = plot_widget(translate("transport_view", "Fourier mode a_q(t)"), "a_q", "t (ħ/ΔE)", "a_q(t)")
        self.mode.setAccessibleDescription(
            translate("transport_view", "Amplitude of the profile's Fourier mode q, exact and HAM")
        )
        self.law_rows = 0
        self.pending: SimulationResult | None = None
        self.gamma_units = False  # the time axes in γt (presentation mode's, or the window's choice) or ħ/ΔE
        self.shown: SimulationResult | None = None
        self.staged = False  # presentation mode: one plot large (`large`), two small beside it, a_q(t) left out
        self.large = "spreading"
        self._build_items()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 6, 10, 6)
        self.grid.addWidget(self.verdict, 0, 0, 1, 2)
        self._lay_out()
        for key, widget in self.figures().items():
            if key != "mode":  # a click on a small plot in presentation mode puts it large
                widget.scene().sigMouseClicked.connect(lambda _event, key=key: self._clicked(key))

    def _lay_out(self) -> None:
        """The grid: four plots, J against ΔP and σ²(t) above a_q(t) and α(t); staged, the `large` plot on the
        left over two rows (σ²(t) by default, the lesson's curve) and the other two of σ², J and α on the right
        (at 1366 × 768 the four shared the stage and σ² got 95 px of it)."""
        grid, plots = self.grid, self.figures()
        for widget in plots.values():
            grid.removeWidget(widget)
        if self.staged:
            small = [key for key in ("spreading", "fourier-law", "exponent") if key != self.large]
            grid.addWidget(plots[self.large], 1, 0, 2, 1)
            grid.addWidget(plots[small[0]], 1, 1)
            grid.addWidget(plots[small[1]], 2, 1)
            rows, columns = (3, 2), (3, 2)  # J against ΔP, which a lesson's step asks about, above α
        else:
            for key, cell in {"fourier-law": (1, 0), "spreading": (1, 1), "mode": (2, 0), "exponent": (2, 1)}.items():
                grid.addWidget(plots[key], *cell)
            rows, columns = (3, 2), (1, 1)
        for i, (row, column) in enumerate(zip(rows, columns, strict=True)):
            grid.setRowStretch(i + 1, row)
            grid.setColumnStretch(i, column)
        self.mode.setVisible(not self.staged)
        for item, (long_name, short_name) in self._legend_names().items():  # staged: short, beside their plots
            for widget in (self.law, self.spread):
                label = widget.getPlotItem().legend.getLabel(item)
                if label is not None:
                    label.setText(short_name if self.staged else long_name)
        for widget in (self.law, self.spread):  # staged, the legends beside their plots: the height to the curves
            place_legend(widget.getPlotItem(), self.staged)
        for widget in plots.values():
            if widget is not self.mode:
                widget.show()

    def _legend_names(self) -> dict[object, tuple[str, str]]:
        """The legends' entries, long (the tab) and short (the stage, where the legend stands beside its plot)."""
        return {
            self.law_points: (
                subscripts(translate("transport_view", "exact, t ≥ t_fit")),
                translate("transport_view", "exact"),
            ),
            self.law_ham: (translate("transport_view", "slope γ (HAM)"), translate("transport_view", "HAM γ")),
            self.law_fit: (subscripts(translate("transport_view", "fitted γ_fit")), subscripts("γ_fit")),
            self.guide_t1: (translate("transport_view", "∝ t (diffusive)"), "∝ t"),
            self.guide_t2: (translate("transport_view", "∝ t² (coherent)"), "∝ t²"),
        }

    def set_staged(self, staged: bool) -> None:
        """Presentation mode's layout (one plot large) or the tab's grid of four."""
        if staged != self.staged:
            self.staged = staged
            self._lay_out()

    def _clicked(self, key: str) -> None:
        if self.staged:
            self.set_large(key)

    def set_large(self, key: str) -> None:
        """The plot `key` ("spreading", "fourier-law" or "exponent") large on the stage."""
        if key in ("spreading", "fourier-law", "exponent") and key != self.large:
            self.large = key
            if self.staged:
                self._lay_out()

    def _build_items(self) -> None:
        law = self.law.getPlotItem()
        outside_legend(law, max_columns=4)
        self.law_points = pg.ScatterPlotItem(
            size=4,
            brush=pg.mkBrush(0, 114, 178, 90),
            pen=None,
            name=subscripts(translate("transport_view", "exact, t ≥ t_fit")),
        )
        self.law_now = pg.ScatterPlotItem(
            size=9, brush=pg.mkBrush(CURRENT), pen=None, name=translate("transport_view", "now")
        )
        self.law_ham = pg.PlotCurveItem(pen=pg.mkPen(HAM, width=2), name=translate("transport_view", "slope γ (HAM)"))
        self.law_fit = pg.PlotCurveItem(
            pen=pg.mkPen(FIT, width=2, style=Qt.PenStyle.DashLine),
            name=subscripts(translate("transport_view", "fitted γ_fit")),
        )
        for item in (self.law_points, self.law_ham, self.law_fit, self.law_now):
            law.addItem(item)
        spread = self.spread.getPlotItem()
        spread.setLogMode(True, True)
        outside_legend(spread, max_columns=4)
        self.sigma_exact = pg.PlotDataItem(pen=pg.mkPen(EXACT, width=2), name=translate("transport_view", "exact"))
        self.sigma_ham = pg.PlotDataItem(pen=pg.mkPen(HAM, width=1.5), name="HAM")
        self.guide_t1 = pg.PlotDataItem(pen=GUIDE, name=translate("transport_view", "∝ t (diffusive)"))
        self.guide_t2 = pg.PlotDataItem(
            pen=pg.mkPen("#888", width=1, style=Qt.PenStyle.DotLine),
            name=translate("transport_view", "∝ t² (coherent)"),
        )
        self.mark_tc = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(MARK_TC), label="2π/δε", labelOpts={"position": 0.9, "color": MARK_TC}
        )
        self.mark_gamma = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(MARK_GAMMA), label="1/γ", labelOpts={"position": 0.8, "color": MARK_GAMMA}
        )
        for item in (self.guide_t1, self.guide_t2, self.sigma_ham, self.sigma_exact):
            spread.addItem(item)
        for line in (self.mark_tc, self.mark_gamma):
            spread.addItem(line, ignoreBounds=True)
        # before a run, a few decades (log10 units) until the data's own: pyqtgraph's empty log axes labelled
        # 2 … 9 within one decade, "8" into "9" where σ² stands tall on the stage
        spread.vb.setRange(xRange=(-1, 1), yRange=(-2, 1), padding=0)
        spread.vb.enableAutoRange()
        spread.getAxis("bottom").setTicks(decade_ticks(0.1, 10.0))
        spread.getAxis("left").setTicks(decade_ticks(0.01, 10.0))  # the run's own from its first curves on
        alpha = self.alpha.getPlotItem()
        alpha.setLogMode(True, False)
        alpha.setYRange(0, 2.5)
        alpha.vb.setXRange(-1, 1, padding=0)
        alpha.vb.enableAutoRange(axis=pg.ViewBox.XAxis)
        alpha.getAxis("bottom").setTicks(decade_ticks(0.1, 10.0))
        self.levels = [pg.InfiniteLine(pos=level, angle=0, pen=GUIDE) for level in (1.0, 2.0)]  # diffusive, coherent
        for line in self.levels:
            alpha.addItem(line, ignoreBounds=True)
        self.alpha_exact = pg.PlotDataItem(pen=pg.mkPen(EXACT, width=2))
        self.alpha_ham = pg.PlotDataItem(pen=pg.mkPen(HAM, width=1.5))
        alpha.addItem(self.alpha_ham)
        alpha.addItem(self.alpha_exact)
        mode = self.mode.getPlotItem()
        outside_legend(mode, max_columns=2)
        self.mode_exact = pg.ScatterPlotItem(
            size=5, brush=pg.mkBrush(EXACT), pen=None, name=translate("transport_view", "exact")
        )
        self.mode_ham = pg.PlotCurveItem(pen=pg.mkPen(HAM, width=2), name="HAM: A·e^(−γ_q t)")
        mode.addItem(self.mode_ham)
        mode.addItem(self.mode_exact)
        self.cursors = []
        for widget in (self.spread, self.alpha, self.mode):
            cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
            widget.getPlotItem().addItem(cursor, ignoreBounds=True)
            self.cursors.append(cursor)
        for line in (self.mark_tc, self.mark_gamma, *self.cursors):
            line.hide()  # until a run puts them at its times

    # --- as a view of the run (ui/views/run_plot.py): the Transport tab itself ------------------
    @property
    def widget(self) -> QWidget:
        return self

    def figures(self) -> dict[str, pg.PlotWidget]:
        return {"fourier-law": self.law, "spreading": self.spread, "exponent": self.alpha, "mode": self.mode}

    def set_stale(self, stale: bool) -> None:
        self.setEnabled(not stale)

    def clear(self) -> None:
        """The curves stay until the next run starts."""

    def set_style(self, style: PlotStyle) -> None:
        """Fonts, and pens that scale with the style's line width (presentation mode's thick lines, a 200 %
        screen): the curves, the t and t² guides, the 2π/δε and 1/γ marks and their labels."""
        for widget in (self.law, self.spread, self.alpha, self.mode):
            style_plot_widget(widget, style)
        width = style.line_width
        guide = GUIDE_COLOURS[style.large or style.dark]
        thin = max(1.0, width / 2)
        for item, colour in ((self.sigma_exact, EXACT), (self.alpha_exact, EXACT)):
            item.setPen(pg.mkPen(colour, width=width))
        for item in (self.sigma_ham, self.alpha_ham):
            item.setPen(pg.mkPen(HAM_COLOURS[style.dark], width=0.75 * width))
        self.law_ham.setPen(pg.mkPen(HAM_COLOURS[style.dark], width=width))
        self.law_fit.setPen(pg.mkPen(FIT, width=width, style=Qt.PenStyle.DashLine))
        self.mode_ham.setPen(pg.mkPen(HAM_COLOURS[style.dark], width=width))
        self.guide_t1.setPen(pg.mkPen(guide, width=thin, style=Qt.PenStyle.DashLine))
        self.guide_t2.setPen(pg.mkPen(guide, width=thin, style=Qt.PenStyle.DotLine))
        for line in self.levels:
            line.setPen(pg.mkPen(guide, width=thin, style=Qt.PenStyle.DashLine))
        for cursor in self.cursors:
            cursor.setPen(pg.mkPen(guide, width=thin, style=Qt.PenStyle.DashLine))
        label_font = QFont()
        label_font.setPointSize(max(style.font_pt - 1, 8))
        for line, colour in ((self.mark_tc, MARK_TC), (self.mark_gamma, MARK_GAMMA)):
            line.setPen(pg.mkPen(colour, width=thin))
            line.label.setFont(label_font)
            line.label.setColor(colour)
        self.law_points.setSize(style.symbol_size - 1)
        self.law_now.setSize(style.symbol_size + 4)
        self.mode_exact.setSize(style.symbol_size)
        font = self.verdict.font()
        font.setPointSize(style.font_pt + 1)
        self.verdict.setFont(font)
        self.set_staged(style.large)

    def set_time_unit(self, gamma_units: bool) -> None:
        """The time axes of σ², α and a_q in γt (True) or in ħ/ΔE; the shown run is drawn again on them."""
        if gamma_units == self.gamma_units:
            return
        self.gamma_units = gamma_units
        for widget in (self.spread, self.alpha, self.mode):
            widget.getPlotItem().setLabel("bottom", "γt" if gamma_units else "t (ħ/ΔE)")
        if self.shown is not None:
            self.pending = self.shown  # the closed-form curves and marks again, at the next frame

    def _scale(self, result: SimulationResult) -> float:
        """Time on the axes per ħ/ΔE: γ in γt, else 1."""
        return result.gamma if self.gamma_units else 1.0

    # --- drawing --------------------------------------------------------------------------
    def start(self, result: SimulationResult) -> None:
        """A new run: its closed-form parts are drawn at the next frame (not in the same GUI event as
        the Dynamics tab's new items: each stays a short stall)."""
        self.pending = self.shown = result
        self.law_points.clear()
        self.law_rows = 0  # rows of the result whose points are on the Fourier-law plot
        self.law_now.clear()
        self.verdict.setText(translate("transport_view", "Measuring…"))

    def _start_curves(self, result: SimulationResult) -> None:
        """HAM's σ², α and a_q, the time marks and the decade ticks of a run."""
        self.pending = None
        self.shown = result
        p = result.parameters
        scale = self._scale(result)
        t = result.times * scale
        positive = t > 0
        self.sigma_ham.setData(t[positive], np.maximum(result.ham_sigma2[positive], 1e-300))
        self.alpha_ham.setData(*_finite(t, result.ham_alpha))
        self.mark_tc.setValue(math.log10(correlation_time(p.bandwidth) * scale))
        self.mark_gamma.setValue(math.log10(scale / result.gamma))
        self.mark_tc.show()
        self.mark_gamma.show()
        self.mode_ham.setData(t, result.ham_mode_amplitude)
        ticks = decade_ticks(float(t[positive][0]), float(t[-1])) if positive.any() else None
        for widget in (self.spread, self.alpha):
            axis = widget.getPlotItem().getAxis("bottom")
            if axis._tickLevels != ticks:  # new ticks lay the axis out again
                axis.setTicks(ticks)
        left = self.spread.getPlotItem().getAxis("left")
        if left._tickLevels is not None:  # the empty plot's decades gone: σ²'s own
            left.setTicks(None)
        title = translate("transport_view", "Fourier mode a_q(t), q = {q}").format(q=result.mode_q)
        if self.mode.getPlotItem().titleLabel.text != title:  # a new title lays the plot out again
            self.mode.getPlotItem().setTitle(title)

    def draw(self, result: SimulationResult, k: int, part: int | None = None) -> None:
        """Draw output time k: `part` 0 the Fourier-law plot, 1 the curves, None both (a run's frames
        take turns, as the Dynamics tab's do)."""
        if self.pending is result:
            self._start_curves(result)
            if part is not None:
                return
        if result.completed == 0:
            return
        if part in (None, 0):
            self._draw_law(result, k)
        if part in (None, 1):
            self._draw_curves(result, k)

    def _draw_law(self, result: SimulationResult, k: int) -> None:
        n = result.completed
        if n < self.law_rows:  # a new run: start over
            self.law_points.clear()
            self.law_rows = 0
        # every bond of up to LAW_BONDS, else every s-th (the fit and the verdict take them all): a scatter of
        # all 2000 bonds × 100 times stalls the window half a second per frame
        shown_bonds = slice(None, None, max(1, math.ceil(result.steps.shape[1] / LAW_BONDS)))
        step = result.steps[:n, shown_bonds]
        current = result.currents[:n, shown_bonds]
        new = np.arange(self.law_rows, n)
        new = new[result.times[new] >= result.t_fit]
        if new.size:  # rows past t_fit, appended: a frame prepares only the new points
            self.law_points.addPoints(x=step[new].ravel(), y=current[new].ravel())
        self.law_rows = n
        self.law_now.setData(step[min(k, n - 1)], current[min(k, n - 1)])
        x_shown, _y = self.law_points.getData()
        shown = x_shown if x_shown.size else step.ravel()
        x = np.array([min(0.0, float(np.nanmin(shown))), max(0.0, float(np.nanmax(shown)))])
        self.law_ham.setData(x, result.gamma * x)
        fit, verdict = result.transport.fourier, result.transport.verdict
        self.law_fit.setData(*((x, fit.gamma_fit * x) if fit is not None else ([], [])))
        if verdict is not None:  # plain words on screen, the test and its numbers in the tooltip
            self.verdict.setText(translate_phrase("verdicts", verdict.plain))
            self.verdict.setToolTip(
                translate("transport_view", "{verdict}: {reason} (measured for t ≥ {t} ħ/ΔE)").format(
                    verdict=translate_phrase("verdicts", verdict.label),
                    reason=translate_phrase("verdicts", verdict.reason),
                    t=shown_number(verdict.t_fit, ".4g"),
                )
            )
        else:
            self.verdict.setText(translate("transport_view", "Measuring… the verdict needs a longer run"))
            self.verdict.setToolTip(
                translate("transport_view", "The verdict needs the run past t_fit = max(0.2/γ, 4π/δε)")
            )

    def _draw_curves(self, result: SimulationResult, k: int) -> None:
        n = result.completed
        scale = self._scale(result)
        t = result.times[:n] * scale
        positive = (t > 0) & (result.sigma2[:n] > 0)
        self.sigma_exact.setData(t[positive], result.sigma2[:n][positive])
        self.alpha_exact.setData(*_finite(t, result.alpha[:n]))
        if positive.any():  # guides through the exact curve's first point
            t0, s0 = t[positive][0], result.sigma2[:n][positive][0]
            grid = np.geomspace(t0, result.times[-1] * scale, 20)
            self.guide_t1.setData(grid, s0 * grid / t0)
            self.guide_t2.setData(grid, s0 * (grid / t0) ** 2)
        self.mode_exact.setData(t, result.mode_amplitude[:n])
        now = result.times[min(k, n - 1)] * scale
        for cursor, log in zip(self.cursors, (True, True, False), strict=True):
            cursor.setValue(math.log10(now) if log and now > 0 else now)
            cursor.show()


SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def decade_ticks(low: float, high: float) -> list[list[tuple[float, str]]]:
    """Ticks of a log axis from `low` to `high`: labelled decades, unlabelled 2× and 5× between
    (pyqtgraph's own labels every minor tick overlap when the axis spans a few decades)."""
    first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
    major = [(float(e), f"10{str(e).translate(SUPERSCRIPTS)}") for e in range(first, last + 1)]
    minor = [(e + math.log10(m), "") for e in range(first, last + 1) for m in (2, 5)]
    return [major, minor]


def _finite(t: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    good = np.isfinite(y) & (t > 0)
    return t[good], y[good]
