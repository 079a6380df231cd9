"""The Studies tab "Where diffusion ends": fields, Run/Stop/Export, progress with the time left, the plot of
each mode's rate over γ_q against its wavelength with the two limits of diffusion, and the table of modes.

The runs are the study's sweep of modes (physics/diffusion_range.py) on the sweep job of every sweep tab
(one task per mode and seed, on this computer's processes or Dask). No physics here."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
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

from fourier_gui.io.study_csv import write_study_csv
from fourier_gui.physics.cost import format_seconds
from fourier_gui.physics.diffusion_range import (
    GEOMETRIES,
    DiffusionRangeSpec,
    mode_wavelength,
    progress,
    summarize,
)
from fourier_gui.physics.fields import FIELD_BY_NAME
from fourier_gui.physics.parameters import ParameterError
from fourier_gui.physics.sweeps import SweepRow, SweepSpec, SweepTable, parse_values
from fourier_gui.ui.studies.diffusion_plot import DiffusionPlot
from fourier_gui.ui.studies.sweep_panel import SweepPanel
from fourier_gui.ui.style.rich_text import for_people

EXPLANATION = (
    "Each run starts in one Fourier mode. Blue: the rate of its first e-fold, orange: of its late decay, both "
    "over HAM's γ_q. Left band: 1/γ_q under the correlation time 2π/δε; right band: over the Heisenberg time "
    "2πn/δε (Steinigeweg, Breuer and Gemmer 2007)."
)
DETAILS = (
    "The profile 1/N + A·cos(qπ(μ−½)/N) (on a ring the even q = 2k, cos(2πk(μ−½)/N)). First e-fold: ln a_q "
    "fitted through its start up to a_q(0)/e. Late decay: fitted from τ_c while a_q stays above 20 %. A mode "
    "HAM would take to 1/e within one correlation time loses its first e-fold slower than γ_q; a mode slower "
    "than the Heisenberg time decays late slower than γ_q (docs/physics.md §5, Where diffusion ends)."
)


class DiffusionRangeTab(SweepPanel):
    """The study's fields, the run plumbing of every sweep tab, its plot and the table of modes."""

    kind = "study"

    def __init__(self, spec: DiffusionRangeSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study: DiffusionRangeSpec | None = None
        self.weights: dict[tuple[int, int], float] = {}
        self.started = 0.0
        self._build(spec or DiffusionRangeSpec())
        self._on_state(self.engine.state)

    def _build(self, d: DiffusionRangeSpec) -> None:
        self.geometry_box = QComboBox()
        for g in GEOMETRIES:
            self.geometry_box.addItem(g, g)
        self.geometry_box.setCurrentIndex(GEOMETRIES.index(d.geometry))
        self.geometry_box.setAccessibleName("Geometry")
        self.sites = QSpinBox(minimum=3, maximum=1000, value=d.sites)
        self.sites.setAccessibleName(FIELD_BY_NAME["sites"].words())
        self.levels = QSpinBox(minimum=2, maximum=100_000, value=d.levels)
        self.levels.setAccessibleName(FIELD_BY_NAME["levels"].words())
        self.c1 = QDoubleSpinBox(minimum=0.1, maximum=100.0, value=d.c1, decimals=2, singleStep=0.5)
        self.c1.setAccessibleName("c1")
        self.c1.setToolTip("c1 = 2λn/δε (eq. 14): λ = c1·δε/(2n)")
        self.samples = QSpinBox(minimum=1, maximum=64, value=d.samples)
        self.samples.setAccessibleName(FIELD_BY_NAME["samples"].words())
        self.seeds = QSpinBox(minimum=1, maximum=1000, value=d.seeds)
        self.seeds.setAccessibleName("Seeds per mode")
        self.modes = QLineEdit(",".join(str(q) for q in d.modes))
        self.modes.setPlaceholderText("spread over the wavelengths")
        self.modes.setAccessibleName("Modes q")
        self.modes.setToolTip("Comma-separated q (on a ring even q = 2k); empty: about eleven spread in wavelength")
        form = QFormLayout()
        form.addRow("Geometry", self.geometry_box)
        form.addRow(FIELD_BY_NAME["sites"].words(), self.sites)
        form.addRow(FIELD_BY_NAME["levels"].words(), self.levels)
        form.addRow("c1 = 2λn/δε", self.c1)
        form.addRow(FIELD_BY_NAME["samples"].words(), self.samples)
        form.addRow("Seeds per mode", self.seeds)
        form.addRow("Modes q", self.modes)
        self.estimate = QLabel("")
        self.estimate.setWordWrap(True)
        self.estimate.setAccessibleName("Estimated time")
        for field in (self.sites, self.levels, self.samples, self.seeds):
            field.valueChanged.connect(self._estimate)
        self.c1.valueChanged.connect(self._estimate)
        self.geometry_box.currentIndexChanged.connect(self._estimate)
        self.modes.textChanged.connect(self._estimate)
        self.status.setText(EXPLANATION)
        self.status.setToolTip(DETAILS)
        self.grid = QTableWidget(0, 6)
        self.grid.setHorizontalHeaderLabels(
            ["q", "wavelength (sites)", "e-fold / γ_q", "late / γ_q", "γ_q·τ_c", "γ_q·t_H"]
        )
        self.grid.setAccessibleName("Study table")
        controls = QWidget()
        left = QVBoxLayout(controls)
        left.addLayout(form)
        left.addLayout(self.buttons())
        left.addWidget(self.estimate)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addWidget(self.grid, 1)
        self.plot = DiffusionPlot()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(controls)
        splitter.addWidget(self.plot.widget)
        splitter.setSizes([330, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._estimate()

    # --- what the fields say ------------------------------------------------------------------
    def study_spec(self) -> DiffusionRangeSpec:
        """The study the fields describe; ParameterError names the field."""
        text = self.modes.text().strip()
        values = parse_values(text, "modes") if text else ()
        if any(not math.isfinite(v) or v != int(v) for v in values):
            raise ParameterError("modes", text, "whole numbers q")
        modes = tuple(int(v) for v in values)
        return DiffusionRangeSpec(
            geometry=self.geometry_box.currentData(),
            sites=self.sites.value(),
            levels=self.levels.value(),
            c1=self.c1.value(),
            samples=self.samples.value(),
            seeds=self.seeds.value(),
            modes=modes,
        ).validated()

    def spec(self) -> SweepSpec:
        self.study = self.study_spec()
        self.weights = self.study.run_seconds()
        self.started = time.monotonic()
        return self.study.sweep().validated()

    def _estimate(self) -> None:
        try:
            study = self.study_spec()
        except (ParameterError, ValueError) as exc:
            self.estimate.setText(f"Cannot run: {exc}")
            return
        runs = len(study.modes_used()) * study.seeds
        self.estimate.setText(
            f"{runs} runs (modes {', '.join(map(str, study.modes_used()))}), ≈ "
            f"{format_seconds(study.estimated_seconds())} on 2 quiet cores (physics/cost.py)"
        )

    # --- running ----------------------------------------------------------------------------
    def _on_result(self, row: SweepRow) -> None:
        super()._on_result(row)
        if self.table is None or not self.weights:
            return
        done = sum(self.weights.get((r.point, r.repetition), 0.0) for r in self.table.rows)
        fraction, left = progress(done, sum(self.weights.values()), time.monotonic() - self.started)
        when = "" if not math.isfinite(left) else f", ≈ {format_seconds(left)} left"
        self.progress.setFormat(f"%v of %m runs ({100 * fraction:.0f} % of the work{when})")
        self.status.setText(f"Running: {len(self.table.rows)} of {self.total} runs{when}.")

    def show_study(self, study: DiffusionRangeSpec, table: SweepTable) -> None:
        """Show a finished study (run by the command line or a test) as if run here."""
        self.study = study
        self.show_table(table)

    def _redraw(self) -> None:
        table, study = self.table, self.study
        if table is None or study is None:
            return
        modes = study.modes_used()
        points = summarize(study, table)
        runs = [(mode_wavelength(modes[r.point], study.sites), r.mode_efold_ratio) for r in table.rows]
        self.plot.draw(points, runs, study.limits())
        self.grid.setRowCount(len(points))
        for i, m in enumerate(points):
            window = "" if m.window == "diffusive" else f" ({m.window})"
            cells = (
                str(m.q),
                for_people(m.wavelength, 3),
                f"{for_people(m.median, 3)} ({for_people(m.low, 3)}–{for_people(m.high, 3)}){window}",
                f"{for_people(m.tail_median, 3)} ({for_people(m.tail_low, 3)}–{for_people(m.tail_high, 3)})",
                for_people(m.gamma_q_tau_c, 2),
                for_people(m.gamma_q_t_h, 3),
            )
            for col, text in enumerate(cells):
                self.grid.setItem(i, col, QTableWidgetItem(text))
        self.grid.resizeColumnsToContents()
        self._on_state(self.engine.state)

    # --- files --------------------------------------------------------------------------------
    def export_csv(self) -> None:
        table, study = self.table, self.study
        if table is not None and study is not None and table.rows:
            self._save("table", "csv", "CSV files (*.csv)", lambda p: write_study_csv(p, study, table))

    def plot_for_export(self) -> QWidget:
        return self.plot.widget

    def file_stem(self) -> str:
        return "study-diffusion-range"
