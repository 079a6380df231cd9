"""One sweep tab: fields, Run/Stop/Export, a log–log plot of D₁² with a fitted power law, and the table.

It builds a SweepSpec from its fields and runs it through its own Engine (a process pool in a QThread);
points appear as their runs finish. The tab computes no physics itself.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.physics.criteria import lam_for_c1, regime_bounds
from fourier_gui.physics.fields import FIELD_BY_NAME
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.sweeps import QUANTITY_LABELS, SweepSpec, parse_values, variable_label, variable_symbol
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, shown_number_text, translate, translate_phrase
from fourier_gui.ui.studies.sweep_panel import SweepPanel
from fourier_gui.ui.style.plot_style import no_multipliers, outside_legend, readable_axes, subscripts
from fourier_gui.ui.style.rich_text import for_people

REGIME_COLOURS = {"violated": (179, 38, 30, 40), "marginal": (184, 134, 11, 40)}


def numbers_from_text(text: str, name: str) -> tuple[float, ...]:
    """Comma-separated numbers typed in a field; the ParameterError names the field."""
    return parse_values(text, name)


def shrinkable(box: QComboBox) -> QComboBox:
    """A combo box that may be narrower than its longest entry (the list still shows it in full)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    return box


def fit_text(law, symbol: str, reference: float | None) -> str:
    """ "Fit: D₁² ∝ n^(−1.05 ± 0.06), 95 % [−1.17, −0.93]" and the paper's slope when there is one."""
    text = translate("sweep_tab", "Fit: D₁² ∝ {symbol}^({exponent} ± {error})").format(
        symbol=symbol, exponent=shown_number(law.exponent, ".2f"), error=shown_number(law.exponent_error, ".2f")
    )
    if law.ci95 is not None:
        text += translate("sweep_tab", ", 95 % [{low}, {high}] (shaded)").format(
            low=shown_number(law.ci95[0], ".2f"), high=shown_number(law.ci95[1], ".2f")
        )
    if reference is not None:
        text += translate("sweep_tab", "   (paper: {slope})").format(slope=shown_number(reference))
    return text


def reference_name(slope: float) -> str:
    """The legend's name of the paper's slope drawn through the first mean: "paper (Fig. 3): slope −1"."""
    return translate("sweep_tab", "paper (Fig. 3): slope {slope}").format(slope=shown_number(slope).replace("-", "−"))


#: A mode's window (physics/transport.mode_window) outside diffusion: the table's word and its tooltip.
OUTSIDE = {
    "short": (
        QT_TRANSLATE_NOOP("sweep_tab", "too short"),
        QT_TRANSLATE_NOOP(
            "sweep_tab", "Outside the diffusive window: HAM's decay time is under one correlation time 2π/δε"
        ),
    ),
    "long": (
        QT_TRANSLATE_NOOP("sweep_tab", "too long"),
        QT_TRANSLATE_NOOP(
            "sweep_tab", "Outside the diffusive window: HAM's decay time is over the Heisenberg time 2πn/δε"
        ),
    ),
}


@dataclass(frozen=True)
class SweepTabConfig:
    title: str
    vary_choices: tuple[str, ...]
    values: str
    seeds: int
    x_label: str = ""  # the plot's x axis; empty: the varied parameter's words (`x_label`)
    hold: bool = False  # show the c1/λ hold switch
    regime: bool = False  # x is c1 (values are c1 targets), regions of eq. (14) shaded
    reference_slope: float | None = None  # draw x^slope through the first point
    explanation: str = ""
    quantity: str = "d1"  # the measured quantity on the y axis (sweeps.QUANTITIES); other than D₁²: linear, HAM at 1


def x_label(config: SweepTabConfig, vary: str) -> str:
    """The x axis of a sweep of `vary`: the tab's own (c1 on the regime map), the wavelength 2N/q of a mode,
    or the varied field's words from the table of fields (Field.words: label, symbol and unit)."""
    if config.x_label:
        return config.x_label
    return (
        translate("sweep_tab", "wavelength 2N/q (sites)")
        if vary == "mode"
        else translate("variables", variable_label(vary, unit=True))
    )


class SweepTab(SweepPanel):
    """Fields, Run/Stop/Export, a log–log plot of D₁² (with a fitted power law) and the table."""

    def __init__(self, config: SweepTabConfig, base: SimulationParameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.base = base
        self._build()
        self._on_state(self.engine.state)

    # --- construction -------------------------------------------------------------------
    def _build(self) -> None:
        c = self.config
        self.vary = QComboBox()
        for v in c.vary_choices:
            self.vary.addItem(translate("variables", variable_label(v)), v)
        self.vary.setAccessibleName(translate("sweep_tab", "Varied parameter"))
        self.values = QLineEdit(c.values)
        self.values.setAccessibleName(translate("sweep_tab", "Values"))
        self.values.setToolTip(
            translate("sweep_tab", "c1 values (λ = c1·δε/(2n))")
            if c.regime
            else translate("sweep_tab", "Comma-separated values of the varied parameter")
        )
        self.seeds = QSpinBox(minimum=1, maximum=1000, value=c.seeds)
        self.seeds.setAccessibleName(translate("sweep_tab", "Seeds per point"))
        self.seeds.setToolTip(translate("sweep_tab", "Runs per point, coupling seeds base … base+S−1 (reproducible)"))
        sites, levels = (translate("variables", FIELD_BY_NAME[name].words()) for name in ("sites", "levels"))
        self.sites = QSpinBox(minimum=2, maximum=1000, value=self.base.sites)
        self.sites.setAccessibleName(sites)
        self.levels = QSpinBox(minimum=1, maximum=100_000, value=self.base.levels)
        self.levels.setAccessibleName(levels)
        self.hold = QComboBox()
        self.hold.addItem(translate("sweep_tab", "hold c1 = 1 (paper)"), "c1")
        self.hold.addItem(translate("sweep_tab", "hold λ fixed"), "lam")
        self.hold.setAccessibleName(translate("sweep_tab", "Protocol"))
        self.hold.setToolTip(
            translate(
                "sweep_tab",
                "hold c1 = 1: λ = δε/2n, as the paper's Fig. 3 scales λ with n; "
                "hold λ fixed: small n then violates c1 (watch eq. 14 break)",
            )
        )
        form = QFormLayout()
        form.addRow(translate("sweep_tab", "Vary"), self.vary)
        form.addRow(
            translate("sweep_tab", "Values") if not c.regime else translate("sweep_tab", "c1 values"), self.values
        )
        form.addRow(translate("sweep_tab", "Seeds per point"), self.seeds)
        form.addRow(sites, self.sites)
        form.addRow(levels, self.levels)
        if c.hold:
            form.addRow(translate("sweep_tab", "Protocol"), self.hold)
        buttons = self.buttons()
        self.export_plot_button.setToolTip(
            translate("sweep_tab", "Save the plot (with the fit and its 95 % band) as PNG or SVG")
        )
        for box in (self.vary, self.hold):
            shrinkable(box)
        self.status.setText(c.explanation)
        self.fit_label = QLabel("")
        self.fit_label.setWordWrap(True)
        self.fit_label.setAccessibleName(translate("sweep_tab", "Fitted power law"))
        self.grid = QTableWidget(0, 5)
        short = (
            "D₁²" if c.quantity == "d1" else translate_phrase("quantities", QUANTITY_LABELS[c.quantity]).split(" (")[0]
        )
        self.grid.setHorizontalHeaderLabels(
            [
                "x",
                translate("sweep_tab", "runs"),
                translate("sweep_tab", "{quantity} mean").format(quantity=short),
                translate("sweep_tab", "std"),
                "γ_fit/γ",
            ]
        )
        self.grid.setAccessibleName(translate("sweep_tab", "Sweep table"))
        controls = QWidget()
        left = QVBoxLayout(controls)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addWidget(self.fit_label)
        left.addWidget(self.grid, 1)

        self.plot_widget = pg.PlotWidget(axisItems=readable_axes())
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setLogMode(True, c.quantity == "d1")
        self.plot.setLabel("left", translate_phrase("quantities", QUANTITY_LABELS[c.quantity]))
        if c.quantity != "d1":  # HAM's value of every other quantity is 1
            self.plot.addLine(y=1.0, pen=pg.mkPen("#555", style=Qt.PenStyle.DashLine))
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        outside_legend(self.plot, max_columns=4)
        no_multipliers(self.plot)
        self.runs_item = pg.ScatterPlotItem(
            size=5, brush=pg.mkBrush(0, 114, 178, 70), pen=None, name=translate("sweep_tab", "runs")
        )
        self.means_item = pg.PlotDataItem(
            pen=None,
            symbol="o",
            symbolSize=9,
            symbolBrush="#0072B2",
            symbolPen=None,
            name=translate("sweep_tab", "mean ± std"),
        )
        self.error_item = pg.PlotDataItem(connect="pairs", pen=pg.mkPen("#0072B2", width=1.5))
        # modes outside diffusion's window (docs/physics.md §5): ringed, and said in the legend
        self.outside_item = pg.PlotDataItem(
            pen=None,
            symbol="s",
            symbolSize=17,
            symbolBrush=None,
            symbolPen=pg.mkPen("#D55E00", width=2),
            name=translate("sweep_tab", "outside the diffusive window") if c.quantity == "mode-rate" else None,
        )
        self.outside_item.setToolTip(
            translate(
                "sweep_tab",
                "A mode gone within one correlation time 2π/δε (short wavelengths) or slower than the Heisenberg "
                "time 2πn/δε (long ones): its rate is not diffusion's",
            )
        )
        self.fit_item = pg.PlotDataItem(
            pen=pg.mkPen("#D55E00", width=2), name=None if c.regime else translate("sweep_tab", "fitted power law")
        )
        self.reference_item = pg.PlotDataItem(
            pen=pg.mkPen("#555", width=1.5, style=Qt.PenStyle.DashLine),
            name=reference_name(c.reference_slope) if c.reference_slope is not None else None,
        )
        # the band's edges are drawn invisibly (a PlotDataItem without a pen computes no path to fill between)
        self.band_low, self.band_high = (pg.PlotDataItem(pen=pg.mkPen(0, 0, 0, 0)) for _ in range(2))
        self.band_item = pg.FillBetweenItem(self.band_low, self.band_high, brush=pg.mkBrush(213, 94, 0, 50))
        self.band_item.setToolTip(
            translate(
                "sweep_tab",
                "95 % band of the fitted power law: Student-t over the seeds, each seed's whole sweep fitted on its own",
            )
        )
        for item in (self.band_low, self.band_high):
            self.plot.addItem(item)
        self.plot.addItem(self.band_item, ignoreBounds=True)  # its empty path would pull the view to the origin
        for item in (
            self.runs_item,
            self.error_item,
            self.means_item,
            self.outside_item,
            self.fit_item,
            self.reference_item,
        ):
            self.plot.addItem(item)
        plots = QWidget()
        right = QVBoxLayout(plots)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.plot_widget, 2)
        self.rate_widget = None
        if c.regime:
            self._shade(self.plot)
            self.rate_widget = pg.PlotWidget(axisItems=readable_axes())
            self.rate_widget.setAccessibleName(translate("sweep_tab", "Fitted decay rate over γ against c1"))
            rp = self.rate_widget.getPlotItem()
            rp.setLogMode(True, False)
            rp.setLabel("left", subscripts(translate("sweep_tab", "γ_fit / γ")))
            rp.showGrid(x=True, y=True, alpha=0.2)
            rp.addLine(y=1.0, pen=pg.mkPen("#555", style=Qt.PenStyle.DashLine))
            self.rate_item = pg.PlotDataItem(pen=pg.mkPen("#009E73", width=1.5), symbol="s", symbolBrush="#009E73")
            rp.addItem(self.rate_item)
            self._shade(rp)
            right.addWidget(self.rate_widget, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(controls)
        splitter.addWidget(plots)
        splitter.setSizes([330, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._label_x(self.vary.currentData())
        self.vary.currentIndexChanged.connect(self._on_vary_changed)

    def _on_vary_changed(self) -> None:
        if self.table is None:  # a shown sweep keeps the axis of what it varied
            self._label_x(self.vary.currentData())

    def _label_x(self, vary: str) -> None:
        """The x axes (and the plot's accessible name) for a sweep of `vary`."""
        label = x_label(self.config, vary)
        self.plot.setLabel("bottom", label)
        if self.rate_widget is not None:
            self.rate_widget.getPlotItem().setLabel("bottom", label)
        self.plot_widget.setAccessibleName(
            translate("sweep_tab", "{title}: {quantity} against {variable}").format(
                title=translate("studies_tab", self.config.title),
                quantity=translate_phrase("quantities", QUANTITY_LABELS[self.config.quantity]),
                variable=label,
            )
        )

    def _shade(self, plot) -> None:
        """Regions of eq. (14) along a λ sweep at fixed n: c1 < 1 fails; c2 = c1²/(4n) marginal, violated."""
        self.regions = getattr(self, "regions", [])
        for lo, hi, kind in self._regime_bounds():
            region = pg.LinearRegionItem(
                values=(math.log10(lo), math.log10(hi)), movable=False, brush=pg.mkBrush(*REGIME_COLOURS[kind])
            )
            region.setZValue(-10)
            plot.addItem(region)
            self.regions.append(region)

    def _regime_bounds(self) -> list[tuple[float, float, str]]:
        return regime_bounds(self.levels.value())

    # --- the sweep ----------------------------------------------------------------------
    def spec(self) -> SweepSpec:
        """The sweep the fields describe; raises ParameterError or ValueError with the reason."""
        numbers = numbers_from_text(self.values.text().replace(";", ","), translate("sweep_tab", "Values"))
        base = self.base.with_changes(sites=self.sites.value(), levels=self.levels.value())
        vary = self.vary.currentData()
        if self.config.regime:  # c1 targets → λ
            numbers = tuple(lam_for_c1(c1, base.levels, base.bandwidth) for c1 in numbers)
            return SweepSpec(base, "lam", numbers, self.seeds.value()).validated()
        # the protocol switch where the tab shows one, else what the command line holds (sweeps.default_hold)
        hold = self.hold.currentData() if self.config.hold else "auto"
        if hold == "c1":  # "hold c1 = 1 (paper)": the base at c1 = 1, which the sweep then keeps
            base = base.with_changes(lam=lam_for_c1(1.0, base.levels, base.bandwidth))
        return SweepSpec(base, vary, numbers, self.seeds.value(), hold, self.config.quantity).validated()

    # --- drawing ------------------------------------------------------------------------
    def x_of(self, row_value: float, c1: float) -> float:
        """The plot's x: c1 on the regime map, the wavelength 2N/q of a mode, else the varied value."""
        if self.table is not None and self.table.spec.vary == "mode":
            return 2.0 * self.table.spec.base.sites / row_value
        return c1 if self.config.regime else row_value

    def _redraw(self) -> None:
        table = self.table
        if table is None:
            return
        log_y = self.config.quantity == "d1"
        self._label_x(table.spec.vary)
        runs = [(self.x_of(r.value, r.c1), r.quantity(self.config.quantity)) for r in table.rows]
        runs = [(x, y) for x, y in runs if np.isfinite(y) and (y > 0 or not log_y)]
        self.runs_item.setData(pos=[(math.log10(x), math.log10(y) if log_y else y) for x, y in runs] if runs else [])
        points = table.aggregate()
        xs = np.array([self.x_of(p["value"], p["c1"]) for p in points])
        means = np.array([p["quantity_mean"] for p in points])
        stds = np.array([p["quantity_std"] for p in points])
        self.means_item.setData(xs, means)
        outside = np.array([p.get("mode_window") in ("short", "long") for p in points], dtype=bool)
        if outside.any():
            self.outside_item.setData(xs[outside], means[outside])
        else:
            self.outside_item.setData([], [])
        lo = np.maximum(means - stds, means * 1e-3) if log_y else means - stds
        self.error_item.setData(np.repeat(xs, 2), np.column_stack([lo, means + stds]).ravel())
        self._fill_grid(points)
        if self.rate_widget is not None:
            self.rate_item.setData(xs, [p["rate_mean"] for p in points])
            if xs.size:  # the shaded regions reach far; show the swept range
                span = (math.log10(xs.min() / 1.5), math.log10(xs.max() * 1.5))
                self.plot.setXRange(*span, padding=0)
                self.rate_widget.getPlotItem().setXRange(*span, padding=0)
        law = None if self.config.regime or not log_y else table.power_law()
        if law is not None:
            grid = np.geomspace(xs.min(), xs.max(), 50)
            self.fit_item.setData(grid, law(grid))
            band = law.band(grid)
            self.band_low.setData(grid, band[0] if band else [])
            self.band_high.setData(grid, band[1] if band else [])
            # the paper's slope is of D₁² against n (Fig. 3); a sweep of N or K has none to compare with
            reference = self.config.reference_slope if table.spec.vary == "levels" else None
            self.fit_label.setText(fit_text(law, variable_symbol(table.spec.vary), reference))
            if reference is not None:
                self.reference_item.setData(grid, means[0] * (grid / xs[0]) ** reference)
            else:
                self.reference_item.setData([], [])
        else:
            for item in (self.fit_item, self.reference_item, self.band_low, self.band_high):
                item.setData([], [])
            if not self.config.regime and log_y:
                self.fit_label.setText("")
        self._on_state(self.engine.state)

    def _fill_grid(self, points: list[dict]) -> None:
        self.grid.setRowCount(len(points))
        for row, p in enumerate(points):
            x = self.x_of(p["value"], p["c1"])
            mean, std = p["quantity_mean"], p["quantity_std"]
            # significant digits, not decimals: a D₁² of 2·10⁻⁵ showed as "0.000"; the exact value in the tooltip
            values = (x, p["count"], mean, std, p["rate_mean"])
            cells = (
                shown_number_text(for_people(x, 4)),
                str(p["count"]),
                shown_number_text(for_people(mean, 3)),
                shown_number_text(for_people(std, 2)),
                shown_number_text(for_people(values[4], 3)),
            )
            window = OUTSIDE.get(p.get("mode_window", ""))
            for col, (text, value) in enumerate(zip(cells, values, strict=True)):
                item = QTableWidgetItem(text)
                item.setToolTip(repr(float(value)))
                if window is not None and col == 2:  # the mean of a mode outside diffusion's window
                    item.setText(f"{text} ({translate('sweep_tab', window[0])})")
                    item.setToolTip(f"{translate('sweep_tab', window[1])}\n{float(value)!r}")
                self.grid.setItem(row, col, item)

    def plot_for_export(self) -> QWidget:
        return self.plot_widget

    def file_stem(self) -> str:
        return f"sweep-{self.config.title.split()[0].lower()}"
