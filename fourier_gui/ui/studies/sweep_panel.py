"""What every sweep tab of the Studies tab shares: its own Engine, Run/Stop/Export buttons, a progress bar
and a status line, and the run's table as results stream in. A subclass builds its fields and plot, and
says what to run (`spec`) and how to draw (`_redraw`). No physics here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

from fourier_gui.engine.engine import Engine, EngineState
from fourier_gui.engine.jobs import JobEnd, JobFailed, JobFinished
from fourier_gui.engine.standard_jobs import sweep_job
from fourier_gui.io.sweep_files import write_sweep_csv
from fourier_gui.physics.parameters import ParameterError
from fourier_gui.physics.sweeps import SweepRow, SweepSpec, SweepTable
from fourier_gui.ui.files.plot_files import save_plot
from fourier_gui.ui.files.save_dialogs import save_through_dialog
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, translate
from fourier_gui.ui.style.widgets import show_failure


class SweepPanel(QWidget):
    """The run plumbing of a sweep tab; `kind` names it in dialogs ("sweep", "grid"), `file_stem` its files."""

    kind = QT_TRANSLATE_NOOP("sweep_panel", "sweep")  # the English word names its files
    FILE_PARTS = (QT_TRANSLATE_NOOP("sweep_panel", "table"), QT_TRANSLATE_NOOP("sweep_panel", "plot"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: SweepTable | None = None
        self.scheduler: Callable[[], str | None] = lambda: None  # a Dask scheduler address, set by the Studies tab
        self.engine = Engine(self)
        self.engine.item.connect(self._on_result)
        self.engine.finished.connect(self._on_finished)
        self.engine.failed.connect(self._on_failed)
        self.engine.state_changed.connect(self._on_state)
        self.run_button = QPushButton(translate("sweep_panel", "Run {kind}").format(kind=self.kind_name))
        self.stop_button = QPushButton(translate("sweep_panel", "Stop"))
        self.export_button = QPushButton(translate("sweep_panel", "Export CSV…"))
        self.export_plot_button = QPushButton(translate("sweep_panel", "Export plot…"))
        for b, tip, slot in (
            (self.run_button, translate("sweep_panel", "Run every point with every seed"), self.start),
            (
                self.stop_button,
                translate("sweep_panel", "Stop: cancel what has not started, end the runs in progress"),
                self.engine.stop,
            ),
            (
                self.export_button,
                translate("sweep_panel", "Save the table (one row per run plus the means) as CSV"),
                self.export_csv,
            ),
            (
                self.export_plot_button,
                translate("sweep_panel", "Save the plot as PNG (1920 px wide) or SVG"),
                self.export_plot,
            ),
        ):
            b.setToolTip(tip)
            b.setAccessibleName(b.text().rstrip("…"))
            b.clicked.connect(slot)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("sweep_panel", "Progress"))
        self.status = QLabel("")
        self.status.setWordWrap(True)

    def buttons(self) -> QGridLayout:
        """The four buttons two to a row: four in one row would be too wide for a 1024-pixel screen."""
        grid = QGridLayout()
        for i, button in enumerate((self.run_button, self.stop_button, self.export_button, self.export_plot_button)):
            grid.addWidget(button, i // 2, i % 2)
        return grid

    # --- what a tab says ------------------------------------------------------------------
    def spec(self) -> SweepSpec:
        """The sweep the fields describe; raises ParameterError or ValueError with the reason."""
        raise NotImplementedError

    def _redraw(self) -> None:
        raise NotImplementedError

    def show_table(self, table: SweepTable) -> None:
        """Show a finished sweep's table (read from a file, or run by the command line) as if run here."""
        self.table = table
        self._redraw()

    def plot_for_export(self) -> QWidget:
        raise NotImplementedError

    @property
    def kind_name(self) -> str:
        """`kind` in the window's language."""
        return translate("sweep_panel", self.kind)

    def file_stem(self) -> str:
        return f"sweep-{self.kind}"

    # --- running ----------------------------------------------------------------------------
    def start(self) -> None:
        try:
            spec = self.spec()
        except (ParameterError, ValueError) as exc:
            QMessageBox.warning(
                self, translate("sweep_panel", "Cannot run this {kind}").format(kind=self.kind_name), str(exc)
            )
            return
        self.table = SweepTable(spec)
        self.total = len(spec.points()) * spec.seeds
        self.progress.setRange(0, self.total)
        self.progress.setValue(0)
        where = self.scheduler() or translate("sweep_panel", "this computer’s processes")
        self.status.setText(
            translate("sweep_panel", "Running {runs} runs on {where}…").format(runs=self.total, where=where)
        )
        self.engine.start(sweep_job(spec, scheduler=self.scheduler()))
        self._redraw()

    def _on_result(self, row: SweepRow) -> None:
        if self.table is None:
            return
        self.table.add(row)
        self.progress.setValue(len(self.table.rows))
        self._redraw()

    def _on_finished(self, end: JobFinished) -> None:
        done = len(self.table.rows) if self.table else 0
        word = translate("sweep_panel", "Done") if end.status is JobEnd.DONE else translate("sweep_panel", "Stopped")
        self.status.setText(
            translate("sweep_panel", "{outcome}: {runs} runs in {seconds} s.").format(
                outcome=word, runs=done, seconds=shown_number(end.elapsed_s, ".1f")
            )
        )

    def _on_failed(self, failure: JobFailed) -> None:
        self.status.setText(translate("sweep_panel", "Failed: {reason}").format(reason=failure.reason))
        title = translate("sweep_panel", "The {kind} failed").format(kind=self.kind_name)
        self.error_box = show_failure(self, title, failure.reason, failure.details)

    def _on_state(self, state: EngineState) -> None:
        has_rows = self.table is not None and bool(self.table.rows)
        idle = state is EngineState.IDLE
        self.run_button.setEnabled(idle)
        self.stop_button.setEnabled(state in (EngineState.RUNNING, EngineState.PAUSED))
        self.export_button.setEnabled(idle and has_rows)
        self.export_plot_button.setEnabled(idle and has_rows)

    # --- files --------------------------------------------------------------------------------
    def export_csv(self) -> None:
        table = self.table
        if table is not None and table.rows:
            self._save(
                "table", "csv", translate("sweep_panel", "CSV files (*.csv)"), lambda p: write_sweep_csv(p, table)
            )

    def export_plot(self) -> None:
        widget = self.plot_for_export()
        self._save(
            "plot",
            "png",
            translate("sweep_panel", "PNG image (*.png);;SVG drawing (*.svg)"),
            lambda p: save_plot(widget, p),
        )

    def _save(self, what: str, extension: str, filters: str, write: Callable[[str], None]) -> None:
        title = translate("sweep_panel", "Export the {kind}'s {what}").format(
            kind=self.kind_name, what=translate("sweep_panel", what)
        )
        record = f"Export {self.kind} {what}"  # the English words the file's provenance names it by
        path = save_through_dialog(self, title, f"{self.file_stem()}.{extension}", filters, write, record=record)
        if path:
            self.status.setText(translate("sweep_panel", "Saved {path}").format(path=path))
