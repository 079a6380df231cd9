"""Studies beyond one run: the Fig. 3 accuracy scaling, the regime map, f(τ) and mixed states.

Each sweep tab builds a SweepSpec from its fields and runs it through its own Engine (a process pool
in a QThread); points appear as their runs finish. The tabs compute no physics themselves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.engine.engine import Engine
from fourier_gui.engine.previews import correlation_job
from fourier_gui.io.presets import load_preset
from fourier_gui.io.sweep_files import write_sweep_csv
from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.physics.sweeps import SweepSpec, SweepTable
from fourier_gui.ui.widgets import save_through_dialog, show_failure

REGIME_COLOURS = {"violated": (179, 38, 30, 40), "marginal": (184, 134, 11, 40)}


@dataclass(frozen=True)
class SweepTabConfig:
    title: str
    vary_choices: tuple[str, ...]
    values: str
    seeds: int
    x_label: str
    hold: bool = False  # show the c1/λ hold switch
    regime: bool = False  # x is c1 (values are c1 targets), regions of eq. (14) shaded
    reference_slope: float | None = None  # draw x^slope through the first point
    explanation: str = ""


VARY_LABELS = {"levels": "levels per band n", "sites": "subunits N", "samples": "samples K", "lam": "coupling λ"}


class SweepTab(QWidget):
    """Fields, Run/Stop/Export, a log–log plot of D₁² (with a fitted power law) and the table."""

    def __init__(self, config: SweepTabConfig, base: SimulationParameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.base = base
        self.table: SweepTable | None = None
        self.engine = Engine(self)
        self.engine.result.connect(self._on_result)
        self.engine.finished.connect(self._on_finished)
        self.engine.failed.connect(self._on_failed)
        self.engine.state_changed.connect(self._on_state)
        self._build()
        self._on_state("idle")

    # --- construction -------------------------------------------------------------------
    def _build(self) -> None:
        c = self.config
        self.vary = QComboBox()
        for v in c.vary_choices:
            self.vary.addItem(VARY_LABELS[v], v)
        self.vary.setAccessibleName("Varied parameter")
        self.values = QLineEdit(c.values)
        self.values.setAccessibleName("Values")
        self.values.setToolTip(
            "c1 values (λ = c1·δε/(2n))" if c.regime else "Comma-separated values of the varied parameter"
        )
        self.seeds = QSpinBox(minimum=1, maximum=1000, value=c.seeds)
        self.seeds.setAccessibleName("Seeds per point")
        self.seeds.setToolTip("Runs per point, coupling seeds base … base+S−1 (reproducible)")
        self.sites = QSpinBox(minimum=2, maximum=1000, value=self.base.sites)
        self.sites.setAccessibleName("Subunits N")
        self.levels = QSpinBox(minimum=1, maximum=100_000, value=self.base.levels)
        self.levels.setAccessibleName("Levels per band n")
        self.hold = QComboBox()
        self.hold.addItem("hold c1 = 1 (λ = δε/2n, the paper)", "c1")
        self.hold.addItem("hold λ fixed (watch eq. 14 break)", "lam")
        self.hold.setAccessibleName("Protocol")
        self.hold.setToolTip("Fig. 3 keeps c1 = 2λn/δε = 1 by scaling λ with n; holding λ lets small n violate c1")
        form = QFormLayout()
        form.addRow("Vary", self.vary)
        form.addRow("Values" if not c.regime else "c1 values", self.values)
        form.addRow("Seeds per point", self.seeds)
        form.addRow("Subunits N", self.sites)
        form.addRow("Levels n", self.levels)
        if c.hold:
            form.addRow("Protocol", self.hold)
        self.run_button = QPushButton("Run sweep")
        self.stop_button = QPushButton("Stop")
        self.export_button = QPushButton("Export CSV…")
        for b, tip in (
            (self.run_button, "Run every point with every seed in a process pool"),
            (self.stop_button, "Stop: cancel what has not started, end the runs in progress"),
            (self.export_button, "Save the table (one row per run plus the means) as CSV"),
        ):
            b.setToolTip(tip)
            b.setAccessibleName(b.text().rstrip("…"))
        self.run_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.engine.stop)
        self.export_button.clicked.connect(self.export_csv)
        buttons = QHBoxLayout()
        for b in (self.run_button, self.stop_button, self.export_button):
            buttons.addWidget(b)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Sweep progress")
        self.status = QLabel(c.explanation)
        self.status.setWordWrap(True)
        self.fit_label = QLabel("")
        self.fit_label.setWordWrap(True)
        self.fit_label.setAccessibleName("Fitted power law")
        self.grid = QTableWidget(0, 5)
        self.grid.setHorizontalHeaderLabels(["value", "runs", "D₁² mean", "D₁² std", "γ_fit/γ"])
        self.grid.setAccessibleName("Sweep table")
        controls = QWidget()
        left = QVBoxLayout(controls)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addWidget(self.fit_label)
        left.addWidget(self.grid, 1)

        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setAccessibleName(f"{c.title}: D₁² against {c.x_label}")
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setLogMode(True, True)
        self.plot.setLabel("left", "D₁² (eq. 15)")
        self.plot.setLabel("bottom", c.x_label)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.addLegend(offset=(-10, 10))
        self.runs_item = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(0, 114, 178, 70), pen=None, name="runs")
        self.means_item = pg.PlotDataItem(
            pen=None, symbol="o", symbolSize=9, symbolBrush="#0072B2", symbolPen=None, name="mean ± std"
        )
        self.error_item = pg.PlotDataItem(connect="pairs", pen=pg.mkPen("#0072B2", width=1.5))
        self.fit_item = pg.PlotDataItem(pen=pg.mkPen("#D55E00", width=2), name=None if c.regime else "fitted power law")
        self.reference_item = pg.PlotDataItem(
            pen=pg.mkPen("#555", width=1.5, style=Qt.PenStyle.DashLine),
            name=f"slope {c.reference_slope:g} (paper)" if c.reference_slope is not None else None,
        )
        for item in (self.runs_item, self.error_item, self.means_item, self.fit_item, self.reference_item):
            self.plot.addItem(item)
        plots = QWidget()
        right = QVBoxLayout(plots)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.plot_widget, 2)
        self.rate_widget = None
        if c.regime:
            self._shade(self.plot)
            self.rate_widget = pg.PlotWidget()
            self.rate_widget.setAccessibleName("Fitted decay rate over γ against c1")
            rp = self.rate_widget.getPlotItem()
            rp.setLogMode(True, False)
            rp.setLabel("left", "γ_fit / γ")
            rp.setLabel("bottom", c.x_label)
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
        n = self.levels.value()
        marginal, violated = math.sqrt(0.4 * n), math.sqrt(4.0 * n)  # c2 = 0.1 and c2 = 1
        return [(1e-3, 1.0, "violated"), (marginal, violated, "marginal"), (violated, 1e4, "violated")]

    # --- the sweep ----------------------------------------------------------------------
    def spec(self) -> SweepSpec:
        """The sweep the fields describe; raises ParameterError or ValueError with the reason."""
        try:
            numbers = tuple(float(v) for v in self.values.text().replace(";", ",").split(",") if v.strip())
        except ValueError:
            raise ValueError(f"Values: “{self.values.text()}” is not a comma-separated list of numbers") from None
        base = self.base.with_changes(sites=self.sites.value(), levels=self.levels.value())
        vary = self.vary.currentData()
        if self.config.regime:  # c1 targets → λ
            numbers = tuple(c1 * base.bandwidth / (2.0 * base.levels) for c1 in numbers)
            return SweepSpec(base, "lam", numbers, self.seeds.value(), "lam").validated()
        hold = self.hold.currentData() if self.config.hold and vary == "levels" else "lam"
        if hold == "c1":
            base = base.with_changes(lam=base.bandwidth / (2.0 * base.levels))  # c1 = 1
        return SweepSpec(base, vary, numbers, self.seeds.value(), hold).validated()

    def start(self) -> None:
        try:
            spec = self.spec()
        except (ParameterError, ValueError) as exc:
            QMessageBox.warning(self, "Cannot run this sweep", str(exc))
            return
        self.table = SweepTable(spec)
        self.total = len(spec.values) * spec.seeds
        self.progress.setRange(0, self.total)
        self.progress.setValue(0)
        self.status.setText(f"Running {self.total} runs in a process pool…")
        self.engine.start_sweep(spec)
        self._redraw()

    def _on_result(self, figures) -> None:
        if self.table is None:
            return
        self.table.add(figures)
        self.progress.setValue(len(self.table.rows))
        self._redraw()

    def _on_finished(self, status: str, elapsed: float) -> None:
        done = len(self.table.rows) if self.table else 0
        word = "Done" if status == "done" else "Stopped"
        self.status.setText(f"{word}: {done} runs in {elapsed:.1f} s.")

    def _on_failed(self, reason: str, details: str) -> None:
        self.status.setText(f"Failed: {reason}")
        self.error_box = show_failure(self, "Sweep failed", reason, details)

    def _on_state(self, state: str) -> None:
        self.run_button.setEnabled(state == "idle")
        self.stop_button.setEnabled(state in ("running", "paused"))
        self.export_button.setEnabled(state == "idle" and self.table is not None and bool(self.table.rows))

    # --- drawing ------------------------------------------------------------------------
    def x_of(self, row_value: float, c1: float) -> float:
        return c1 if self.config.regime else row_value

    def _redraw(self) -> None:
        table = self.table
        if table is None:
            return
        runs = [(self.x_of(r.value, r.c1), r.d1_squared) for r in table.rows if r.d1_squared > 0]
        self.runs_item.setData(pos=[(math.log10(x), math.log10(y)) for x, y in runs] if runs else [])
        points = table.aggregate()
        xs = np.array([self.x_of(p["value"], p["c1"]) for p in points])
        means = np.array([p["d1_mean"] for p in points])
        stds = np.array([p["d1_std"] for p in points])
        self.means_item.setData(xs, means)
        lo = np.maximum(means - stds, means * 1e-3)
        self.error_item.setData(np.repeat(xs, 2), np.column_stack([lo, means + stds]).ravel())
        self._fill_grid(points)
        if self.rate_widget is not None:
            self.rate_item.setData(xs, [p["rate_mean"] for p in points])
            if xs.size:  # the shaded regions reach far; show the swept range
                span = (math.log10(xs.min() / 1.5), math.log10(xs.max() * 1.5))
                self.plot.setXRange(*span, padding=0)
                self.rate_widget.getPlotItem().setXRange(*span, padding=0)
        law = None if self.config.regime else table.power_law()
        if law is not None:
            grid = np.geomspace(xs.min(), xs.max(), 50)
            self.fit_item.setData(grid, law(grid))
            self.fit_label.setText(
                f"Fit: D₁² ∝ {self.config.x_label.split()[-1]}^({law.exponent:.2f} ± {law.exponent_error:.2f})"
                + (f"   (paper: {self.config.reference_slope:g})" if self.config.reference_slope is not None else "")
            )
            if self.config.reference_slope is not None:
                ref = means[0] * (grid / xs[0]) ** self.config.reference_slope
                self.reference_item.setData(grid, ref)
        else:
            self.fit_item.setData([], [])
            self.reference_item.setData([], [])
            if not self.config.regime:
                self.fit_label.setText("")
        self._on_state(self.engine.state)

    def _fill_grid(self, points: list[dict]) -> None:
        self.grid.setRowCount(len(points))
        for row, p in enumerate(points):
            x = self.x_of(p["value"], p["c1"])
            cells = (f"{x:.4g}", str(p["count"]), f"{p['d1_mean']:.3e}", f"{p['d1_std']:.2e}", f"{p['rate_mean']:.3f}")
            for col, text in enumerate(cells):
                self.grid.setItem(row, col, QTableWidgetItem(text))

    def export_csv(self) -> None:
        if self.table is None or not self.table.rows:
            return
        name = self.config.title.split()[0].lower()
        table = self.table
        path = save_through_dialog(
            self, "Export sweep table", f"sweep-{name}.csv", "CSV files (*.csv)", lambda p: write_sweep_csv(p, table)
        )
        if path:
            self.status.setText(f"Saved {path}")


class CorrelationTab(QWidget):
    """f(τ) of eq. (9) for the current couplings, with the γτ asymptote, τ_c and the Heisenberg time."""

    def __init__(self, current_parameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_parameters = current_parameters
        self.engine = Engine(self)
        self.engine.result.connect(self.show_study)
        self.engine.failed.connect(self._on_failed)
        self.engine.state_changed.connect(lambda s: self.compute_button.setEnabled(s == "idle"))
        self.compute_button = QPushButton("Compute f(τ) for the current parameters")
        self.compute_button.setAccessibleName("Compute correlation function")
        self.compute_button.setToolTip("Draws the couplings of the current parameters and evaluates eq. (9) for bond 1")
        self.compute_button.clicked.connect(self.compute)
        self.status = QLabel(
            "f(τ) grows like τ² up to the correlation time τ_c ≈ 1/δε, then like γτ: the slope that "
            "Fermi's golden rule would give, and the rate of HAM (eq. 10). Past the Heisenberg time "
            "2πn/δε the discreteness of the band shows."
        )
        self.status.setWordWrap(True)
        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setAccessibleName("Correlation function f(τ)")
        p = self.plot_widget.getPlotItem()
        p.setLogMode(True, True)
        p.setLabel("left", "f(τ) (eq. 9)")
        p.setLabel("bottom", "τ (ħ/ΔE)")
        p.showGrid(x=True, y=True, alpha=0.2)
        p.addLegend(offset=(10, 10))
        self.f_item = p.plot(pen=pg.mkPen("#0072B2", width=2), name="f(τ)")
        self.asymptote_item = p.plot(pen=pg.mkPen("#D55E00", width=1.5, style=Qt.PenStyle.DashLine), name="γτ + const")
        self.tau_c_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#009E73"), label="τ_c", labelOpts={"position": 0.9})
        self.heisenberg_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen("#CC79A7"), label="2πn/δε", labelOpts={"position": 0.8}
        )
        p.addItem(self.tau_c_line)
        p.addItem(self.heisenberg_line)
        layout = QVBoxLayout(self)
        layout.addWidget(self.compute_button)
        layout.addWidget(self.status)
        layout.addWidget(self.plot_widget, 1)
        self.study = None

    def _on_failed(self, reason: str, details: str) -> None:
        self.status.setText(f"Failed: {reason}")
        self.error_box = show_failure(self, "f(τ) failed", reason, details)

    def compute(self) -> None:
        params = self.current_parameters()
        if params is None:
            self.status.setText("Fix the invalid parameter first.")
            return
        self.status.setText(f"Computing f(τ) for n = {params.levels}, λ = {params.lam:g}, δε = {params.bandwidth:g}…")
        self.engine.start_call(correlation_job, params)

    def show_study(self, study) -> None:
        self.study = study
        self.f_item.setData(study.taus, study.f)
        asymptote = study.asymptote()
        positive = asymptote > 0  # γ(τ − τ0) is negative before τ0: nothing to draw on a log axis
        self.asymptote_item.setData(study.taus[positive], asymptote[positive])
        self.tau_c_line.setValue(math.log10(study.tau_c))  # log mode: lines sit at log10 τ
        self.heisenberg_line.setValue(math.log10(study.heisenberg))
        self.status.setText(
            f"Fitted late slope / γ = {study.slope_over_gamma:.3f} (γ = {study.gamma:.4g}); "
            f"τ_c = {study.tau_c:.3g}, Heisenberg time = {study.heisenberg:.4g} ħ/ΔE. "
            "Log–log: f ∝ τ² below τ_c, ∝ γτ above it."
        )


class StudiesWidget(QTabWidget):
    """The Studies tab of the main window."""

    preset_requested = Signal(str)

    def __init__(self, current_parameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fig3 = load_preset("fig3").parameters
        fig2 = load_preset("fig2").parameters
        self.accuracy = SweepTab(
            SweepTabConfig(
                "Accuracy (Fig. 3)", ("levels", "sites"), "100,200,300,400,500", 5, "levels per band n",
                hold=True, reference_slope=-1.0,
                explanation="HAM's error D₁² (eq. 15) against n for N = 3, as in Fig. 3; vary N instead for its inset.",
            ),
            fig3,
        )  # fmt: skip
        self.regime = SweepTab(
            SweepTabConfig(
                "Regime map", ("lam",), "0.1,0.3,1,2,5,10,20,40", 3, "c1 = 2λn/δε", regime=True,
                explanation="λ varied at fixed n so that c1 runs from 0.1 to 40 and c2 = c1²/(4n) past 1. "
                "Shaded: where eq. (14) fails (red) or is marginal (amber).",
            ),
            fig3,
        )  # fmt: skip
        self.mixed = SweepTab(
            SweepTabConfig(
                "Mixed states", ("samples",), "1,2,4,8,16", 3, "samples K",
                explanation="K random pure states averaged emulate a mixed state; the paper conjectures a "
                "smaller deviation from HAM for it.",
            ),
            fig2.with_changes(levels=200, lam=0.05 / 400),
        )  # fmt: skip
        self.correlation = CorrelationTab(current_parameters)
        self.addTab(self.accuracy, "Accuracy vs n (Fig. 3)")
        self.addTab(self.regime, "Regime map (eq. 14)")
        self.addTab(self.correlation, "Correlation f(τ) (eq. 9)")
        self.addTab(self.mixed, "Mixed states")
        ballistic = QPushButton("Show the ballistic preset (c1 ≪ 1)")
        strong = QPushButton("Show the strong-coupling preset (c2 > 1)")
        ballistic.clicked.connect(lambda: self.preset_requested.emit("ballistic"))
        strong.clicked.connect(lambda: self.preset_requested.emit("strong-coupling"))
        row = QHBoxLayout()
        row.addWidget(ballistic)
        row.addWidget(strong)
        self.regime.layout().addLayout(row)

    def engines(self) -> list[Engine]:
        return [self.accuracy.engine, self.regime.engine, self.mixed.engine, self.correlation.engine]
