"""File and clipboard commands of the window: CSV and plot export, sessions, copies.

Each command imports its writer when it is used: the window's first paint waits for none of them.

Every export writes the data of the run model's result together with *that* result's parameters
(never the panel's, which may have moved on), through an atomic write (io/atomic.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from fourier_gui.engine.run_model import RunModel
from fourier_gui.io.run_figures import FigureData
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.files.save_dialogs import last_folder, remember_folder, save_through_dialog
from fourier_gui.ui.language import shown_number, translate

if TYPE_CHECKING:  # pyqtgraph loads with the plots, after the window's first paint (ui/shell/main_window.py)
    import pyqtgraph as pg

    from fourier_gui.physics.simulation import SimulationResult
    from fourier_gui.ui.files.handout import Handout
    from fourier_gui.ui.views.run_view import RunView

#: Width in pixels of exported and copied plots: sharp on a 1080p projector.
SNAPSHOT_WIDTH = 1920


class FileActions:
    """The commands behind File and Edit. What they use of the window comes as callables: `panel_parameters`
    (what the panel holds now) and `show_session` (a session read: shown as the window shows one), `say` (the status line), `run_view` (the plots),
    `preset_name` (the last preset), `lesson_handout` (the open lesson's handout, with the answers when asked;
    None without a lesson) and `on_transport` (the Transport tab is shown); `parent` holds the dialogs and is
    what Copy window copies."""

    def __init__(
        self,
        parent: QWidget,
        model: RunModel,
        panel_parameters: Callable[[], SimulationParameters],
        show_session: Callable[[str, SimulationParameters, SimulationResult | None], None],
        *,
        say: Callable[[str], None],
        run_view: Callable[[], RunView],
        preset_name: Callable[[], str],
        lesson_handout: Callable[[bool], Handout | None],
        on_transport: Callable[[], bool],
    ) -> None:
        self.window = parent
        self.model = model
        self.panel_parameters = panel_parameters
        self.show_session = show_session
        self._say = say
        self.run_view = run_view
        self.preset_name = preset_name
        self.lesson_handout = lesson_handout
        self.on_transport = on_transport

    def export_csv(self) -> None:
        from fourier_gui.io.results_csv import write_csv

        result = self.model.result
        if result is None or result.completed == 0:
            QMessageBox.information(
                self.window,
                translate("file_actions", "Nothing to export"),
                translate("file_actions", "Run a simulation first."),
            )
            return
        path = save_through_dialog(
            self.window,
            translate("file_actions", "Export data as CSV"),
            "fourier-gui.csv",
            translate("file_actions", "CSV files (*.csv)"),
            lambda p: write_csv(p, result, currents=True),
        )
        if path:
            stale = (
                translate("file_actions", " (the parameters of the shown run, not the panel's)")
                if self.model.stale
                else ""
            )
            self._say(translate("file_actions", "Saved {path}").format(path=path) + stale)

    def export_figure_data(self, data: FigureData) -> None:
        """One figure's data (io/run_figures.py) as CSV, for the shown run at the shown time."""
        from fourier_gui.io.figure_data import FigureUnavailable, write_figure_csv

        result = self.model.result
        if result is None or result.completed == 0:
            QMessageBox.information(
                self.window,
                translate("file_actions", "Nothing to export"),
                translate("file_actions", "Run a simulation first."),
            )
            return
        k = min(max(self.run_view().current_time_index(), 0), result.completed - 1)
        try:
            table = data.build(result, k)
        except FigureUnavailable as exc:
            QMessageBox.information(
                self.window, translate("file_actions", "Not for this run"), str(exc)[:1].upper() + str(exc)[1:] + "."
            )
            return
        path = save_through_dialog(
            self.window,
            translate("file_actions", "Export {figure} as CSV").format(figure=translate("figures", data.title)),
            f"{data.file}.csv",
            translate("file_actions", "CSV files (*.csv)"),
            lambda p: write_figure_csv(p, table),
            record=f"Export {data.title} as CSV",
        )
        if path:
            self._say(translate("file_actions", "Saved {path}").format(path=path))

    def export_plot(self, widget: pg.PlotWidget) -> None:
        """PNG at presentation resolution or vector SVG (pyqtgraph's exporters)."""
        from fourier_gui.ui.files.plot_files import save_plot

        def write(path: str) -> None:
            save_plot(widget, path, width=max(SNAPSHOT_WIDTH, widget.width() * 2))

        filters = translate("file_actions", "PNG image (*.png);;SVG drawing (*.svg)")
        path = save_through_dialog(self.window, translate("file_actions", "Export plot"), "plot.png", filters, write)
        if path:
            self._say(translate("file_actions", "Saved {path}").format(path=path))

    def export_animation(self) -> None:
        """The shown run's playback as MP4 or GIF (ui/files/animation_dialog.py), as the window draws it."""
        from fourier_gui.ui.files.animation_dialog import export_animation

        result = self.model.result
        if self.model.active:  # the worker still writes into the result the frames would be drawn from
            QMessageBox.information(
                self.window,
                translate("file_actions", "A run is going"),
                translate("file_actions", "Wait for the run to end, or Stop it, then export."),
            )
            return
        self.animation = export_animation(self.window, result, self.run_view(), self._run_title(result), self._say)

    def handout(self, answers: bool = False) -> Handout | None:
        """The open lesson's handout (or key), else one of the shown run (a figure of the shown tab); None, said
        in a message, when there is neither, or a key is asked for without a lesson."""
        from fourier_gui.ui.files.handout import Handout, HandoutSection
        from fourier_gui.ui.files.handout_figures import draw_figure

        lesson = self.lesson_handout(answers)
        result = self.model.result
        if lesson is not None:
            return lesson if not lesson.unrun or self._hand_out_unrun(lesson.unrun) else None
        if answers:
            QMessageBox.information(
                self.window,
                translate("file_actions", "No answers to give"),
                translate("file_actions", "Open a lesson first: its steps ask the questions."),
            )
            return None
        if result is None or not result.completed or self.model.active:
            QMessageBox.information(
                self.window,
                translate("file_actions", "Nothing to hand out"),
                translate("file_actions", "Open a lesson, or run a simulation to its end, first."),
            )
            return None
        title = self._run_title(result) or translate("file_actions", "A run of fourier-gui")
        figure = draw_figure(result, "transport" if self.on_transport() else "dynamics")
        return Handout(
            title, "", [HandoutSection(translate("file_actions", "The run"), "", result.parameters, (figure,))]
        )

    def _hand_out_unrun(self, steps: tuple[int, ...]) -> bool:
        """Steps whose runs are not made yet would print without their figures: ask first."""
        which = ", ".join(map(str, steps))
        reply = QMessageBox.question(
            self.window,
            translate("file_actions", "Steps not run yet"),
            (
                translate("file_actions", "Steps {steps} of the lesson have not been run yet")
                if len(steps) > 1
                else translate("file_actions", "Step {steps} of the lesson has not been run yet")
            ).format(steps=which)
            + translate(
                "file_actions",
                ", so the handout would have no figure there. Go through the lesson first (PageDown), or "
                "make the handout from the command line, which runs every step: fourier-gui --lesson NAME --handout "
                "FILE.pdf.\n\nMake the handout without those figures?",
            ),
        )
        return reply == QMessageBox.StandardButton.Yes

    def export_handout(self, answers: bool = False) -> None:
        """The open lesson (its steps, questions and the runs made in it), or else the shown run, as a PDF; with
        `answers` the teacher's key. The file is suggested under the lesson's title."""
        from fourier_gui.ui.files.handout import file_name, write_handout

        handout = self.handout(answers)
        if handout is None:
            return
        path = save_through_dialog(
            self.window,
            translate("file_actions", "Export answer key") if answers else translate("file_actions", "Export handout"),
            file_name(handout.title, answers),
            translate("file_actions", "PDF documents (*.pdf)"),
            lambda p: write_handout(p, handout),
        )
        if path:
            self._say(translate("file_actions", "Saved {path}").format(path=path))

    def export_key(self) -> None:
        """File → Export answer key: the lesson's handout with the answers, for the teacher."""
        self.export_handout(answers=True)

    def print_handout(self) -> None:
        """File → Print: the handout (a lesson's, else the shown run's) on a printer chosen in Qt's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from fourier_gui.ui.files.handout import page_layout, paint_handout

        handout = self.handout()
        if handout is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(handout.title)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(translate("file_actions", "Print handout"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        pages = paint_handout(printer, handout)
        self._say(
            (
                translate("file_actions", "Printed the handout: {pages} page")
                if pages == 1
                else translate("file_actions", "Printed the handout: {pages} pages")
            ).format(pages=pages)
        )

    def _run_title(self, result) -> str:
        """The preset's title when the run is the preset's own, else nothing (the caption gives N, n, λ)."""
        from fourier_gui.io.presets import load_preset

        if result is None:
            return ""
        preset = load_preset(self.preset_name())
        return translate("presets", preset.title) if preset.parameters == result.parameters else ""

    def save_session(self) -> None:
        from fourier_gui.io.session import write_session

        params = self.panel_parameters()
        result = self.model.result
        if result is not None and result.completed:
            answer = QMessageBox.question(
                self.window,
                translate("file_actions", "Save session"),
                translate("file_actions", "Include the results of the current run?"),
            )
            result = result if answer == QMessageBox.StandardButton.Yes else None
        else:
            result = None
        path = save_through_dialog(
            self.window,
            translate("file_actions", "Save session"),
            "session.fourier.json",
            translate("file_actions", "Sessions (*.json)"),
            lambda p: write_session(p, params, result),
        )
        if path:
            self._say(translate("file_actions", "Saved {path}").format(path=path))

    def open_session(self) -> None:
        from fourier_gui.io.session import read_session

        folder = str(last_folder())
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("file_actions", "Open session"),
            folder,
            translate("file_actions", "Sessions (*.json);;All files (*)"),
        )
        if not path:
            return
        remember_folder(path)
        try:
            params, result = read_session(path)
        except FourierGuiError as exc:  # read_session lets only these escape (tests/io/test_fuzzed_readers.py)
            QMessageBox.warning(self.window, translate("file_actions", "Cannot open session"), str(exc))
            return
        self.show_session(path, params, result)
        if result is not None:
            self._say(
                translate("file_actions", "Opened {path} with results up to t = {t}").format(
                    path=path, t=shown_number(result.completed_time, ".4g")
                )
            )

    def copy_window(self) -> None:
        QApplication.clipboard().setPixmap(self.window.grab())
        self._say(translate("file_actions", "Window copied to the clipboard"))

    def copy_plot(self, widget: pg.PlotWidget) -> None:
        """Copy a plot at presentation resolution (1920 px wide) to the clipboard."""
        from fourier_gui.ui.files.plot_files import plot_image

        QApplication.clipboard().setImage(plot_image(widget, SNAPSHOT_WIDTH))
        self._say(translate("file_actions", "{plot} copied to the clipboard").format(plot=widget.accessibleName()))
