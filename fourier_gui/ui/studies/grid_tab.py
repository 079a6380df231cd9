"""The Studies tab's two-parameter sweep: every value of one parameter with every value of another (by
default λ × n, the regime map of eq. 14 from exact runs), shown as a heat map of the mean measured quantity.
The sweep runs in its own Engine (ui/sweep_panel.py), on this computer's processes or on a Dask scheduler.
No physics here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QSplitter, QVBoxLayout, QWidget

from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.sweeps import QUANTITY_LABELS, SweepSpec, variable_label
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, translate, translate_phrase
from fourier_gui.ui.studies.grid_heat_map import GridHeatMap
from fourier_gui.ui.studies.sweep_panel import SweepPanel
from fourier_gui.ui.studies.sweep_tab import numbers_from_text, shrinkable

#: What rows and columns can vary, named from the table of fields (sweeps.variable_label).
GRID_VARIABLES = ("lam", "levels", "sites", "bandwidth")
GRID_QUANTITIES = ("d1", "gamma-ratio", "fourier-r2")


class GridSweepTab(SweepPanel):
    """Two parameters, their values, seeds and the quantity; Run, Stop, Export CSV, Export plot; the heat map."""

    kind = QT_TRANSLATE_NOOP("sweep_panel", "grid")

    def __init__(self, base: SimulationParameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self._build()
        self._on_state(self.engine.state)

    def _build(self) -> None:
        self.vary = self._choice("lam", translate("grid_tab", "The parameter of the rows"))
        self.values = QLineEdit("2e-5,5e-5,1e-4,2e-4,5e-4")
        self.vary2 = self._choice("levels", translate("grid_tab", "The parameter of the columns"))
        self.values2 = QLineEdit("50,100,200,400")
        for field, name in (
            (self.values, translate("grid_tab", "Row values")),
            (self.values2, translate("grid_tab", "Column values")),
        ):
            field.setAccessibleName(name)
            field.setToolTip(
                translate("grid_tab", "Comma-separated values; every row value runs with every column value")
            )
        self.seeds = QSpinBox(minimum=1, maximum=1000, value=2)
        self.seeds.setAccessibleName(translate("grid_tab", "Seeds per point"))
        self.seeds.setToolTip(translate("grid_tab", "Runs per cell, coupling seeds base … base+S−1 (reproducible)"))
        self.quantity = QComboBox()
        for name in GRID_QUANTITIES:
            self.quantity.addItem(translate_phrase("quantities", QUANTITY_LABELS[name]), name)
        self.quantity.setAccessibleName(translate("grid_tab", "Measured quantity"))
        self.quantity.setToolTip(
            translate("grid_tab", "What each cell shows: HAM's error D₁², or the Fourier-law fit's γ_fit/γ or R²")
        )
        for box in (self.vary, self.vary2, self.quantity):
            shrinkable(box)
        form = QFormLayout()
        form.addRow(translate("grid_tab", "Rows"), self.vary)
        form.addRow(translate("grid_tab", "Row values"), self.values)
        form.addRow(translate("grid_tab", "Columns"), self.vary2)
        form.addRow(translate("grid_tab", "Column values"), self.values2)
        form.addRow(translate("grid_tab", "Seeds per cell"), self.seeds)
        form.addRow(translate("grid_tab", "Each cell shows"), self.quantity)
        self.status.setText(
            translate(
                "grid_tab",
                "Rows λ, columns n: the regime map of eq. (14) measured in exact runs. c1 = 2λn/δε grows to the "
                "upper right, c2 = λ²n/δε² too; HAM holds where both criteria do, and D₁² is small there.",
            )
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
        for name in GRID_VARIABLES:
            box.addItem(translate("variables", variable_label(name)), name)
        box.setCurrentIndex(GRID_VARIABLES.index(current))
        box.setToolTip(tip)
        return box

    def spec(self) -> SweepSpec:
        values = numbers_from_text(self.values.text(), translate("grid_tab", "Row values"))
        values2 = numbers_from_text(self.values2.text(), translate("grid_tab", "Column values"))
        vary, vary2 = self.vary.currentData(), self.vary2.currentData()
        quantity = self.quantity.currentData()
        # what is held follows from what varies, as on the command line (sweeps.default_hold)
        return SweepSpec(self.base, vary, values, self.seeds.value(), "auto", quantity, 1, vary2, values2).validated()

    def _redraw(self) -> None:
        if self.table is not None and self.table.rows:
            self.heat.update(self.table)

    def plot_for_export(self) -> QWidget:
        return self.heat.widget
