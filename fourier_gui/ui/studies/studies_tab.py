"""Studies beyond one run: the Fig. 3 accuracy scaling, the regime map, f(τ) and mixed states.

The sweep tabs are `sweep_tab.SweepTab`s; f(τ) is computed in its tab's Engine. No physics here.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from fourier_gui.engine.engine import Engine, EngineState
from fourier_gui.engine.jobs import JobFailed
from fourier_gui.engine.standard_jobs import correlation_job
from fourier_gui.io.figure_data import correlation_table, write_figure_csv
from fourier_gui.io.presets import load_preset
from fourier_gui.physics.analysis import CorrelationStudy
from fourier_gui.physics.fields import BAND_FIELDS, FIELD_BY_NAME
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.files.plot_files import save_plot
from fourier_gui.ui.files.save_dialogs import save_through_dialog
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, translate
from fourier_gui.ui.studies.diffusion_tab import DiffusionRangeTab
from fourier_gui.ui.studies.grid_tab import GridSweepTab
from fourier_gui.ui.studies.sweep_tab import SweepTab, SweepTabConfig
from fourier_gui.ui.style.plot_style import no_multipliers, outside_legend, readable_axes
from fourier_gui.ui.style.widgets import show_failure


class CorrelationTab(QWidget):
    """f(τ) of eq. (9) for the current couplings, with the γτ asymptote, τ_c and the Heisenberg time."""

    def __init__(
        self, current_parameters: Callable[[], SimulationParameters | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.current_parameters = current_parameters
        self.engine = Engine(self)
        self.engine.item.connect(self.show_study)
        self.engine.failed.connect(self._on_failed)
        self.compute_button = QPushButton(translate("studies_tab", "Compute f(τ) for the current parameters"))
        self.engine.state_changed.connect(lambda s: self.compute_button.setEnabled(s is EngineState.IDLE))
        self.compute_button.setAccessibleName(translate("studies_tab", "Compute correlation function"))
        self.compute_button.setToolTip(
            translate("studies_tab", "Draws the couplings of the current parameters and evaluates eq. (9) for bond 1")
        )
        self.compute_button.clicked.connect(self.compute)
        self.status = QLabel(
            translate(
                "studies_tab",
                "f(τ) grows like τ² up to the correlation time τ_c = 2π/δε, then like γτ: the slope that "
                "Fermi's golden rule would give, and the rate of HAM (eq. 10). Past the Heisenberg time "
                "2πn/δε the discreteness of the band shows.",
            )
        )
        self.status.setWordWrap(True)
        self.plot_widget = pg.PlotWidget(axisItems=readable_axes())
        self.plot_widget.setAccessibleName(translate("studies_tab", "Correlation function f(τ)"))
        p = self.plot_widget.getPlotItem()
        p.setLogMode(True, True)
        p.setLabel("left", translate("studies_tab", "f(τ) (eq. 9)"))
        p.setLabel("bottom", "τ (ħ/ΔE)")
        p.showGrid(x=True, y=True, alpha=0.2)
        outside_legend(p, max_columns=2)
        no_multipliers(p)
        self.f_item = p.plot(pen=pg.mkPen("#0072B2", width=2), name="f(τ)")
        self.asymptote_item = p.plot(
            pen=pg.mkPen("#D55E00", width=1.5, style=Qt.PenStyle.DashLine), name=translate("studies_tab", "γτ + const")
        )
        self.tau_c_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen("#009E73"), label="τ_c", labelOpts={"position": 0.9, "color": "#009E73"}
        )
        self.heisenberg_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen("#CC79A7"), label="2πn/δε", labelOpts={"position": 0.8, "color": "#CC79A7"}
        )
        p.addItem(self.tau_c_line)
        p.addItem(self.heisenberg_line)
        self.export_csv_button = QPushButton(translate("studies_tab", "Export CSV…"))
        self.export_csv_button.setToolTip(
            translate("studies_tab", "Save τ, f(τ) and the fitted γτ line, with τ_c, the Heisenberg time and γ")
        )
        self.export_csv_button.clicked.connect(self.export_csv)
        self.export_plot_button = QPushButton(translate("studies_tab", "Export plot…"))
        self.export_plot_button.setToolTip(translate("studies_tab", "Save the plot as PNG (1920 px wide) or SVG"))
        self.export_plot_button.clicked.connect(self.export_plot)
        for button in (self.export_csv_button, self.export_plot_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compute_button, 1)
        buttons.addWidget(self.export_csv_button)
        buttons.addWidget(self.export_plot_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.plot_widget, 1)
        self.study: CorrelationStudy | None = None
        self.study_parameters: SimulationParameters | None = None

    def _on_failed(self, failure: JobFailed) -> None:
        self.status.setText(translate("studies_tab", "Failed: {reason}").format(reason=failure.reason))
        self.error_box = show_failure(self, translate("studies_tab", "f(τ) failed"), failure.reason, failure.details)

    def compute(self) -> None:
        params = self.current_parameters()
        if params is None:
            self.status.setText(translate("studies_tab", "Fix the invalid parameter first."))
            return
        values = "; ".join(
            f"{FIELD_BY_NAME[name].symbol} = {shown_number(getattr(params, name))}" for name in BAND_FIELDS
        )
        self.status.setText(translate("studies_tab", "Computing f(τ) for {values}…").format(values=values))
        self.study_parameters = params
        self.engine.start(correlation_job(params))

    def export_csv(self) -> None:
        study, params = self.study, self.study_parameters
        if study is None or params is None:
            return
        path = save_through_dialog(
            self,
            translate("studies_tab", "Export f(τ) as CSV"),
            "correlation.csv",
            translate("studies_tab", "CSV files (*.csv)"),
            lambda p: write_figure_csv(p, correlation_table(study, params)),
        )
        if path:
            self.status.setText(translate("studies_tab", "Saved {path}").format(path=path))

    def export_plot(self) -> None:
        path = save_through_dialog(
            self,
            translate("studies_tab", "Export f(τ) plot"),
            "correlation.png",
            translate("studies_tab", "PNG image (*.png);;SVG drawing (*.svg)"),
            lambda p: save_plot(self.plot_widget, p),
        )
        if path:
            self.status.setText(translate("studies_tab", "Saved {path}").format(path=path))

    def show_study(self, study: CorrelationStudy) -> None:
        self.study = study
        for button in (self.export_csv_button, self.export_plot_button):
            button.setEnabled(True)
        self.f_item.setData(study.taus, study.f)
        asymptote = study.asymptote()
        positive = asymptote > 0  # γ(τ − τ0) is negative before τ0: nothing to draw on a log axis
        self.asymptote_item.setData(study.taus[positive], asymptote[positive])
        self.tau_c_line.setValue(math.log10(study.tau_c))  # log mode: lines sit at log10 τ
        self.heisenberg_line.setValue(math.log10(study.heisenberg))
        self.status.setText(
            translate(
                "studies_tab",
                "Fitted late slope / γ = {slope} (γ = {gamma}); τ_c = {tau_c}, Heisenberg time = {heisenberg} ħ/ΔE. "
                "Log–log: f ∝ τ² below τ_c, ∝ γτ above it.",
            ).format(
                slope=shown_number(study.slope_over_gamma, ".3f"),
                gamma=shown_number(study.gamma, ".4g"),
                tau_c=shown_number(study.tau_c, ".3g"),
                heisenberg=shown_number(study.heisenberg, ".4g"),
            )
        )


#: The studies' tab names and, for their tooltips, their whole names.
TAB_NAMES = (
    (
        QT_TRANSLATE_NOOP("studies_tab", "Accuracy"),
        QT_TRANSLATE_NOOP("studies_tab", "Accuracy vs n (Fig. 3): HAM's error D₁² against the number of levels"),
    ),
    (
        QT_TRANSLATE_NOOP("studies_tab", "Regime"),
        QT_TRANSLATE_NOOP("studies_tab", "Regime map (eq. 14): D₁² and γ_fit/γ as c1 and c2 vary"),
    ),
    (
        QT_TRANSLATE_NOOP("studies_tab", "Correlation"),
        QT_TRANSLATE_NOOP("studies_tab", "Correlation f(τ) (eq. 9) of the current couplings"),
    ),
    (
        QT_TRANSLATE_NOOP("studies_tab", "Mixed"),
        QT_TRANSLATE_NOOP("studies_tab", "Mixed states: D₁² against the number K of averaged random states"),
    ),
    (
        QT_TRANSLATE_NOOP("studies_tab", "Modes"),
        QT_TRANSLATE_NOOP("studies_tab", "Fourier modes (length scales): each wavelength's decay rate against HAM's"),
    ),
    (
        "λ × n",
        QT_TRANSLATE_NOOP("studies_tab", "Grid λ × n (heat map): a quantity over a grid of couplings and band sizes"),
    ),
    (
        QT_TRANSLATE_NOOP("studies_tab", "Range"),
        QT_TRANSLATE_NOOP(
            "studies_tab",
            "Where diffusion ends: each wavelength's decay rate against the correlation and Heisenberg times",
        ),
    ),
)


class StudiesWidget(QTabWidget):
    """The Studies tab of the main window."""

    preset_requested = Signal(str)

    def __init__(
        self, current_parameters: Callable[[], SimulationParameters | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # whole names with scroll arrows where they do not fit ("Correlation f(" and "Fourier modes (length scal…")
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.setUsesScrollButtons(True)
        fig3 = load_preset("fig3").parameters
        fig2 = load_preset("fig2").parameters
        self.accuracy = SweepTab(
            SweepTabConfig(
                QT_TRANSLATE_NOOP("studies_tab", "Accuracy (Fig. 3)"),  # English: it names the files
                ("levels", "sites"),
                "100,200,300,400,500",
                5,
                hold=True,
                reference_slope=-1.0,
                explanation=translate(
                    "studies_tab",
                    "HAM's error D₁² (eq. 15) against n for N = 3, as in Fig. 3; vary N instead for its inset.",
                ),
            ),
            fig3,
        )
        self.regime = SweepTab(
            SweepTabConfig(
                QT_TRANSLATE_NOOP("studies_tab", "Regime map"),  # English: it names the files
                ("lam",),
                "0.1,0.3,1,2,5,10,20,40",
                3,
                x_label="c1 = 2λn/δε",
                regime=True,
                explanation=translate(
                    "studies_tab",
                    "λ varied at fixed n so that c1 runs from 0.1 to 40 and c2 = c1²/(4n) past 1. "
                    "Shaded: where eq. (14) fails (red) or is marginal (amber).",
                ),
            ),
            fig3,
        )
        self.mixed = SweepTab(
            SweepTabConfig(
                QT_TRANSLATE_NOOP("studies_tab", "Mixed states"),  # English: it names the files
                ("samples",),
                "1,2,4,8,16",
                3,
                explanation=translate(
                    "studies_tab",
                    "K random pure states averaged emulate a mixed state; the paper conjectures a "
                    "smaller deviation from HAM for it.",
                ),
            ),
            fig2.with_changes(levels=200, lam=0.05 / 400),
        )
        self.modes = SweepTab(
            SweepTabConfig(
                QT_TRANSLATE_NOOP("studies_tab", "Fourier modes"),  # English: it names the files
                ("mode",),
                "1,2,3,4,5,6,7,8,9",
                2,
                quantity="mode-rate",
                explanation=translate(
                    "studies_tab",
                    "Each run starts in the profile 1/N + A·cos(qπ(μ−½)/N). Its amplitude a_q(t) decays; "
                    "the rate, fitted log-linearly from the correlation time 2π/δε on while a_q stays above 20 % of its start (past that the "
                    "fluctuations of a finite band dominate), is divided by HAM's γ_q = 2γ(1 − cos(qπ/N)). "
                    "Ratios near 1 at every wavelength: diffusion holds on every length scale of the chain.",
                ),
            ),
            load_preset("fourier-law").parameters.with_changes(sites=10),
        )
        self.correlation = CorrelationTab(current_parameters)
        self.grid = GridSweepTab(fig3)
        self.diffusion = DiffusionRangeTab()
        # short names that all fit beside "Run on" at 1024 px (the long ones ran under the scroll arrows:
        # "Correlation f"), the whole name with its equation in the tab's tooltip
        for tab, (name, whole) in zip(
            (self.accuracy, self.regime, self.correlation, self.mixed, self.modes, self.grid, self.diffusion),
            TAB_NAMES,
            strict=True,
        ):
            self.setTabToolTip(self.addTab(tab, translate("studies_tab", name)), translate("studies_tab", whole))
        self.scheduler = QLineEdit()
        self.scheduler.setPlaceholderText(translate("studies_tab", "this computer"))
        self.scheduler.setMaximumWidth(
            self.scheduler.fontMetrics().horizontalAdvance(translate("studies_tab", "this computer")) + 24
        )
        self.scheduler.setAccessibleName(translate("studies_tab", "Dask scheduler"))
        self.scheduler.setToolTip(
            translate(
                "studies_tab",
                "Where sweeps run: empty for this computer's processes, or a Dask scheduler address such as "
                "tcp://host:8786 (needs pip install 'fourier-gui[cluster]'; see the README, Beyond one machine)",
            )
        )
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(4, 0, 4, 0)
        corner_layout.addWidget(self.scheduler)
        self.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        for tab in (self.accuracy, self.regime, self.mixed, self.modes, self.grid, self.diffusion):
            tab.scheduler = self.scheduler_address
        ballistic = QPushButton(translate("studies_tab", "Show the ballistic preset (c1 ≪ 1)"))
        strong = QPushButton(translate("studies_tab", "Show the strong-coupling preset (c2 > 1)"))
        ballistic.clicked.connect(lambda: self.preset_requested.emit("ballistic"))
        strong.clicked.connect(lambda: self.preset_requested.emit("strong-coupling"))
        row = QHBoxLayout()
        row.addWidget(ballistic)
        row.addWidget(strong)
        layout = self.regime.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)

    def scheduler_address(self) -> str | None:
        """The Dask scheduler the sweeps should use, or None for this computer's process pool."""
        return self.scheduler.text().strip() or None

    def engines(self) -> list[Engine]:
        tabs = (self.accuracy, self.regime, self.mixed, self.modes, self.grid, self.diffusion, self.correlation)
        return [tab.engine for tab in tabs]
