"""The Studies tab's two-parameter sweep: every value of one parameter with every value of another (by
default λ × n, the regime map of eq. 14 from exact runs), shown as a heat map of the mean figure of merit.
The sweep runs in its own Engine (ui/sweep_panel.py), on this computer's processes or on a Dask scheduler.
No physics here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QSplitter, QVBoxLayout, QWidget

from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.sweeps import FIGURE_LABELS, SweepSpec
from fourier_gui.ui.studies.grid_plot import GridHeatMap
from fourier_gui.ui.studies.sweep_panel import SweepPanel
from fourier_gui.ui.studies.sweep_tab import numbers_from_text, shrinkable

GRID_VARIABLES = {
    "lam": "coupling λ",
    "levels": "levels per band n",
    "sites": "subunits N",
    "bandwidth": "band width δε",
}
GRID_FIGURES = ("d1", "gamma-ratio", "fourier-r2")


class GridSweepTab(SweepPanel):
    """Two parameters, their values, seeds and the figure; Run, Stop, Export CSV, Export plot; the heat map."""

    kind = "grid"

    def __init__(self, base: SimulationParameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self._build()
        self._on_state(self.engine.state)

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
        for box in (self.vary, self.vary2, self.figure):
            shrinkable(box)
        form = QFormLayout()
        form.addRow("Rows", self.vary)
        form.addRow("Row values", self.values)
        form.addRow("Columns", self.vary2)
        form.addRow("Column values", self.values2)
        form.addRow("Seeds per cell", self.seeds)
        form.addRow("Each cell shows", self.figure)
        self.status.setText(
            "Rows λ, columns n: the regime map of eq. (14) measured in exact runs. c1 = 2λn/δε grows to the "
            "upper right, c2 = λ²n/δε² too; HAM holds where both criteria do, and D₁² is small there."
        )
        controls = QWidget()
        left = QVBoxLayout(controls)
        left.addLayout(form)
        left.addLayout(self.buttons())
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
        values = numbers_from_text(self.values.text(), "Row values")
        values2 = numbers_from_text(self.values2.text(), "Column values")
        vary, vary2 = self.vary.currentData(), self.vary2.currentData()
        hold = "lam" if "lam" in (vary, vary2) else "c1"
        spec = SweepSpec(
            self.base, vary, values, self.seeds.value(), hold, self.figure.currentData(), 1, vary2, values2
        )
        return spec.validated()

    def _redraw(self) -> None:
        if self.table is not None and self.table.rows:
            self.heat.update(self.table)

    def plot_for_export(self) -> QWidget:
        return self.heat.widget
