"""The Studies tab's two-parameter sweep: every value of one parameter with every value of another (by
default λ × n, the regime map of eq. 14 from exact runs), shown as a heat map of the mean figure of merit.
The sweep runs in its own Engine, on this computer's processes or on a Dask scheduler. No physics here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.engine.engine import Engine
from fourier_gui.engine.jobs import JobFailed, JobFinished
from fourier_gui.engine.standard_jobs import sweep_job
from fourier_gui.io.sweep_files import write_sweep_csv
from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.physics.sweeps import FIGURE_LABELS, RunFigures, SweepSpec, SweepTable
from fourier_gui.ui.figure_export import save_plot
from fourier_gui.ui.grid_plot import GridHeatMap
from fourier_gui.ui.sweep_tab import button_grid, shrinkable
from fourier_gui.ui.widgets import save_through_dialog, show_failure

GRID_VARIABLES = {
    "lam": "coupling λ",
    "levels": "levels per band n",
    "sites": "subunits N",
    "bandwidth": "band width δε",
}
GRID_FIGURES = ("d1", "gamma-ratio", "fourier-r2")


def _numbers(text: str, name: str) -> tuple[float, ...]:
    try:
        values = tuple(float(v) for v in text.split(",") if v.strip())
    except ValueError:
        raise ValueError(f"{name}: “{text}” is not a comma-separated list of numbers") from None
    if not values:
        raise ValueError(f"{name}: give at least one value")
    return values


class GridSweepTab(QWidget):
    """Two parameters, their values, seeds and the figure; Run, Stop, Export CSV, Export plot; the heat map."""

    def __init__(self, base: SimulationParameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.table: SweepTable | None = None
        self.scheduler: Callable[[], str | None] = lambda: None  # set by the Studies tab
        self.engine = Engine(self)
        self.engine.item.connect(self._on_result)
        self.engine.finished.connect(self._on_finished)
        self.engine.failed.connect(self._on_failed)
        self.engine.state_changed.connect(self._on_state)
        self._build()
        self._on_state("idle")

    def _build(self) -> None:
        self.vary = self._choice("lam", "The parameter of the rows")
        self.values = QLineEdit("2e-5,5e-5,1e-4,2e-4,5e-4")
        self.vary2 = self._choice("levels", "The parameter of the columns")
        self.values2 = QLineEdit("50,100,200,400")
        for field, name in ((self.values, "Row values"), (self.values2, "Column values")):
            field.setAccessibleName(name)
            field.setToolTip("Comma-separated values; every row value runs with every column value")
        self.seeds = QSpinBox(minimum=1, maximum=1000, value=2)
        self.seeds.setAccessibleName("Seeds per point")
        self.seeds.setToolTip("Runs per cell, coupling seeds base … base+S−1 (reproducible)")
        self.figure = QComboBox()
        for name in GRID_FIGURES:
            self.figure.addItem(FIGURE_LABELS[name], name)
        self.figure.setAccessibleName("Figure of merit")
        self.figure.setToolTip("What each cell shows: HAM's error D₁², or the Fourier-law fit's γ_fit/γ or R²")
        form = QFormLayout()
        form.addRow("Rows", self.vary)
        form.addRow("Row values", self.values)
        form.addRow("Columns", self.vary2)
        form.addRow("Column values", self.values2)
        form.addRow("Seeds per cell", self.seeds)
        form.addRow("Each cell shows", self.figure)
        self.run_button = QPushButton("Run grid")
        self.stop_button = QPushButton("Stop")
        self.export_button = QPushButton("Export CSV…")
        self.export_plot_button = QPushButton("Export plot…")
        for b, tip, slot in (
            (self.run_button, "Run every cell with every seed", self.start),
            (self.stop_button, "Cancel what has not started, end the runs in progress", self.engine.stop),
            (self.export_button, "Save the table (one row per run plus the cell means) as CSV", self.export_csv),
            (self.export_plot_button, "Save the heat map as PNG or SVG", self.export_plot),
        ):
            b.setToolTip(tip)
            b.clicked.connect(slot)
        buttons = button_grid(self.run_button, self.stop_button, self.export_button, self.export_plot_button)
        for box in (self.vary, self.vary2, self.figure):
            shrinkable(box)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Grid progress")
        self.status = QLabel(
            "Rows λ, columns n: the regime map of eq. (14) measured in exact runs. c1 = 2λn/δε grows to the "
            "upper right, c2 = λ²n/δε² too; HAM holds where both criteria do, and D₁² is small there."
        )
        self.status.setWordWrap(True)
        controls = QWidget()
        left = QVBoxLayout(controls)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addStretch(1)
        self.heat = GridHeatMap()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(controls)
        splitter.addWidget(self.heat.widget)
        splitter.setSizes([330, 800])
        QVBoxLayout(self).addWidget(splitter)

    def _choice(self, current: str, tip: str) -> QComboBox:
        box = QComboBox()
        for name, label in GRID_VARIABLES.items():
            box.addItem(label, name)
        box.setCurrentIndex(list(GRID_VARIABLES).index(current))
        box.setToolTip(tip)
        return box

    def spec(self) -> SweepSpec:
        """The grid the fields describe; raises ParameterError or ValueError with the reason."""
        values = _numbers(self.values.text(), "Row values")
        values2 = _numbers(self.values2.text(), "Column values")
        vary, vary2 = self.vary.currentData(), self.vary2.currentData()
        hold = "lam" if "lam" in (vary, vary2) else "c1"
        spec = SweepSpec(
            self.base, vary, values, self.seeds.value(), hold, self.figure.currentData(), 1, vary2, values2
        )
        return spec.validated()

    def start(self) -> None:
        try:
            spec = self.spec()
        except (ParameterError, ValueError) as exc:
            QMessageBox.warning(self, "Cannot run this grid", str(exc))
            return
        self.table = SweepTable(spec)
        total = len(spec.points()) * spec.seeds
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        where = self.scheduler() or "this computer's processes"
        self.status.setText(f"Running {total} runs on {where}…")
        self.engine.start(sweep_job(spec, scheduler=self.scheduler()))

    def _on_result(self, figures: RunFigures) -> None:
        if self.table is None:
            return
        self.table.add(figures)
        self.progress.setValue(len(self.table.rows))
        self.heat.update(self.table)

    def _on_finished(self, end: JobFinished) -> None:
        done = len(self.table.rows) if self.table else 0
        word = "Done" if end.status == "done" else "Stopped"
        self.status.setText(f"{word}: {done} runs in {end.elapsed_s:.1f} s.")

    def _on_failed(self, failure: JobFailed) -> None:
        self.status.setText(f"Failed: {failure.reason}")
        self.error_box = show_failure(self, "Grid failed", failure.reason, failure.details)

    def _on_state(self, state: str) -> None:
        has_rows = self.table is not None and bool(self.table.rows)
        self.run_button.setEnabled(state == "idle")
        self.stop_button.setEnabled(state in ("running", "paused"))
        self.export_button.setEnabled(state == "idle" and has_rows)
        self.export_plot_button.setEnabled(state == "idle" and has_rows)

    def export_csv(self) -> None:
        table = self.table
        if table is None or not table.rows:
            return
        path = save_through_dialog(
            self, "Export grid table", "sweep-grid.csv", "CSV files (*.csv)", lambda p: write_sweep_csv(p, table)
        )
        if path:
            self.status.setText(f"Saved {path}")

    def export_plot(self) -> None:
        path = save_through_dialog(
            self, "Export heat map", "sweep-grid.png", "PNG image (*.png);;SVG drawing (*.svg)",
            lambda p: save_plot(self.heat.widget, p),
        )  # fmt: skip
        if path:
            self.status.setText(f"Saved {path}")
