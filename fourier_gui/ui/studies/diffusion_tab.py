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
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, shown_number_text, translate, translate_phrase
from fourier_gui.ui.studies.diffusion_plot import DiffusionPlot
from fourier_gui.ui.studies.sweep_panel import SweepPanel
from fourier_gui.ui.style.rich_text import for_people

EXPLANATION = QT_TRANSLATE_NOOP(
    "diffusion_tab",
    "Each run starts in one Fourier mode. Blue: the rate of its first e-fold, orange: of its late decay, both "
    "over HAM's γ_q. Left band: 1/γ_q under the correlation time 2π/δε; right band: over the Heisenberg time "
    "2πn/δε (Steinigeweg, Breuer and Gemmer 2007).",
)
DETAILS = QT_TRANSLATE_NOOP(
    "diffusion_tab",
    "The profile 1/N + A·cos(qπ(μ−½)/N) (on a ring the even q = 2k, cos(2πk(μ−½)/N)). First e-fold: ln a_q "
    "fitted through its start up to a_q(0)/e. Late decay: fitted from τ_c while a_q stays above 20 %. A mode "
    "HAM would take to 1/e within one correlation time loses its first e-fold slower than γ_q; a mode slower "
    "than the Heisenberg time decays late slower than γ_q (docs/physics.md §5, Where diffusion ends).",
)
#: The table's columns, translated where shown (the CSV keeps its own English names, io/study_csv.py).
COLUMNS = (
    "q",
    QT_TRANSLATE_NOOP("diffusion_tab", "wavelength (sites)"),
    QT_TRANSLATE_NOOP("diffusion_tab", "e-fold / γ_q"),
    QT_TRANSLATE_NOOP("diffusion_tab", "late / γ_q"),
    "γ_q·τ_c",
    "γ_q·t_H",
)
#: A mode outside diffusion's window, as the table's e-fold cell says it (transport.mode_window).
WINDOWS = {
    "short": QT_TRANSLATE_NOOP("diffusion_tab", "short"),
    "long": QT_TRANSLATE_NOOP("diffusion_tab", "long"),
}


class DiffusionRangeTab(SweepPanel):
    """The study's fields, the run plumbing of every sweep tab, its plot and the table of modes."""

    kind = QT_TRANSLATE_NOOP("sweep_panel", "study")  # the English word names its files' provenance

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
        geometry = translate("diffusion_tab", "Geometry")
        self.geometry_box.setAccessibleName(geometry)
        sites, levels, samples = (
            translate("variables", FIELD_BY_NAME[n].words()) for n in ("sites", "levels", "samples")
        )
        seeds, modes = translate("diffusion_tab", "Seeds per mode"), translate("diffusion_tab", "Modes q")
        self.sites = QSpinBox(minimum=3, maximum=1000, value=d.sites)
        self.sites.setAccessibleName(sites)
        self.levels = QSpinBox(minimum=2, maximum=100_000, value=d.levels)
        self.levels.setAccessibleName(levels)
        self.c1 = QDoubleSpinBox(minimum=0.1, maximum=100.0, value=d.c1, decimals=2, singleStep=0.5)
        self.c1.setAccessibleName("c1")
        self.c1.setToolTip(translate("diffusion_tab", "c1 = 2λn/δε (eq. 14): λ = c1·δε/(2n)"))
        self.samples = QSpinBox(minimum=1, maximum=64, value=d.samples)
        self.samples.setAccessibleName(samples)
        self.seeds = QSpinBox(minimum=1, maximum=1000, value=d.seeds)
        self.seeds.setAccessibleName(seeds)
        self.modes = QLineEdit(",".join(str(q) for q in d.modes))
        self.modes.setPlaceholderText(translate("diffusion_tab", "spread over the wavelengths"))
        self.modes.setAccessibleName(modes)
        self.modes.setToolTip(
            translate(
                "diffusion_tab", "Comma-separated q (on a ring even q = 2k); empty: about eleven spread in wavelength"
            )
        )
        form = QFormLayout()
        form.addRow(geometry, self.geometry_box)
        form.addRow(sites, self.sites)
        form.addRow(levels, self.levels)
        form.addRow("c1 = 2λn/δε", self.c1)
        form.addRow(samples, self.samples)
        form.addRow(seeds, self.seeds)
        form.addRow(modes, self.modes)
        self.estimate = QLabel("")
        self.estimate.setWordWrap(True)
        self.estimate.setAccessibleName(translate("diffusion_tab", "Estimated time"))
        for field in (self.sites, self.levels, self.samples, self.seeds):
            field.valueChanged.connect(self._estimate)
        self.c1.valueChanged.connect(self._estimate)
        self.geometry_box.currentIndexChanged.connect(self._estimate)
        self.modes.textChanged.connect(self._estimate)
        self.status.setText(translate("diffusion_tab", EXPLANATION))
        self.status.setToolTip(translate("diffusion_tab", DETAILS))
        self.grid = QTableWidget(0, 6)
        self.grid.setHorizontalHeaderLabels([translate("diffusion_tab", c) for c in COLUMNS])
        self.grid.setAccessibleName(translate("diffusion_tab", "Study table"))
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
        except ParameterError as exc:
            refused = f"{exc.name} = {exc.value!r}: {translate_phrase('allowed', exc.allowed)}"
            self.estimate.setText(translate("diffusion_tab", "Cannot run: {reason}").format(reason=refused))
            return
        except ValueError as exc:
            self.estimate.setText(translate("diffusion_tab", "Cannot run: {reason}").format(reason=exc))
            return
        runs = len(study.modes_used()) * study.seeds
        self.estimate.setText(
            translate(
                "diffusion_tab", "{runs} runs (modes {modes}), ≈ {time} on 2 quiet cores (physics/cost.py)"
            ).format(
                runs=runs,
                modes=", ".join(map(str, study.modes_used())),
                time=shown_number_text(format_seconds(study.estimated_seconds())),
            )
        )

    # --- running ----------------------------------------------------------------------------
    def _on_result(self, row: SweepRow) -> None:
        super()._on_result(row)
        if self.table is None or not self.weights:
            return
        done = sum(self.weights.get((r.point, r.repetition), 0.0) for r in self.table.rows)
        fraction, left = progress(done, sum(self.weights.values()), time.monotonic() - self.started)
        when = (
            ""
            if not math.isfinite(left)
            else translate("diffusion_tab", ", ≈ {time} left").format(time=shown_number_text(format_seconds(left)))
        )
        self.progress.setFormat(
            translate("diffusion_tab", "%v of %m runs ({percent} % of the work{left})").format(
                percent=shown_number(100 * fraction, ".0f"), left=when
            )
        )
        self.status.setText(
            translate("diffusion_tab", "Running: {done} of {total} runs{left}.").format(
                done=len(self.table.rows), total=self.total, left=when
            )
        )

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
            window = f" ({translate('diffusion_tab', WINDOWS[m.window])})" if m.window in WINDOWS else ""
            cells = (
                str(m.q),
                _shown(m.wavelength, 3),
                f"{_shown(m.median, 3)} ({_shown(m.low, 3)}–{_shown(m.high, 3)}){window}",
                f"{_shown(m.tail_median, 3)} ({_shown(m.tail_low, 3)}–{_shown(m.tail_high, 3)})",
                _shown(m.gamma_q_tau_c, 2),
                _shown(m.gamma_q_t_h, 3),
            )
            for col, text in enumerate(cells):
                self.grid.setItem(i, col, QTableWidgetItem(text))
        self.grid.resizeColumnsToContents()
        self._on_state(self.engine.state)

    # --- files --------------------------------------------------------------------------------
    def export_csv(self) -> None:
        table, study = self.table, self.study
        if table is not None and study is not None and table.rows:
            filters = translate("sweep_panel", "CSV files (*.csv)")
            self._save("table", "csv", filters, lambda p: write_study_csv(p, study, table))

    def plot_for_export(self) -> QWidget:
        return self.plot.widget

    def file_stem(self) -> str:
        return "study-diffusion-range"


def _shown(value: float, digits: int) -> str:
    """`value` to `digits` significant digits (rich_text.for_people) with the window's decimal separator."""
    return shown_number_text(for_people(value, digits))
