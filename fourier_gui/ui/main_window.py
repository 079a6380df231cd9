"""The main window: parameter dock, four plots, run controls, menus, export, sessions and settings."""

from __future__ import annotations

import json
import time

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.engine.engine import Engine
from fourier_gui.engine.previews import conductivity_curve, level_energies, local_temperatures
from fourier_gui.io.presets import DEFAULT_PRESET, all_presets, load_preset
from fourier_gui.io.results_csv import write_csv
from fourier_gui.io.session import SessionError, read_session, write_session
from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.explain import ExplainPanel
from fourier_gui.ui.parameter_panel import ParameterPanel
from fourier_gui.ui.playback import PlaybackBar
from fourier_gui.ui.plots import ChainProfile, ConductivityPlot, DynamicsPlot, LevelDiagram, PlotStyle
from fourier_gui.ui.svg_export import export_svg
from fourier_gui.ui.widgets import save_through_dialog, show_failure

REDRAW_HZ = 30
#: Width in pixels of exported and copied plots: sharp on a 1080p projector.
SNAPSHOT_WIDTH = 1920


def plot_image(widget: pg.PlotWidget, width: int):
    """The plot rendered as a QImage `width` pixels wide (pyqtgraph's ImageExporter)."""
    exporter = pyqtgraph.exporters.ImageExporter(widget.getPlotItem())
    exporter.parameters()["width"] = int(width)
    return exporter.export(toBytes=True)


SETTINGS_PARAMETERS = "last/parameters"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fourier-gui", "fourier-gui")


class MainWindow(QMainWindow):
    """One run at a time; the plots redraw from a timer while the engine streams chunks."""

    run_finished = Signal(str)  # "done", "stopped" or "failed"

    def __init__(self, params: SimulationParameters | None = None, restore: bool = True) -> None:
        super().__init__()
        self.setWindowTitle("fourier-gui — Fourier's law from Schrödinger dynamics")
        self.engine = Engine(self)
        self.result: SimulationResult | None = None
        self.run_started_at = 0.0
        self.dirty = False
        self.frames = 0
        self.last_status = ""
        self._build_views()
        self._build_actions()
        self._build_status()
        self.engine.prepared.connect(self._on_prepared)
        self.engine.chunk.connect(self._on_chunk)
        self.engine.finished.connect(self._on_finished)
        self.engine.failed.connect(self._on_failed)
        self.engine.state_changed.connect(self._on_state)
        self.base_font = QFont(QApplication.font())
        self.apply_plot_style()
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply_plot_style())
        self.timer = QTimer(self)
        self.timer.setInterval(1000 // REDRAW_HZ)
        self.timer.timeout.connect(self._redraw)
        self.timer.start()
        self.resize(1500, 940)
        if restore:
            self._restore_settings(params)
        if params is not None:
            self.panel.set_parameters(params)
        self._on_parameters(self.panel.parameters())
        self._on_state("idle")

    # --- construction -------------------------------------------------------------------
    def _build_views(self) -> None:
        self.panel = ParameterPanel()
        self.panel.parameters_changed.connect(self._on_parameters)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        self.dock = QDockWidget("Parameters", self)
        self.dock.setObjectName("parameters-dock")
        self.dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)

        self.explain = ExplainPanel()
        self.explain.preset_link.connect(self._show_preset)
        self.explain.set_link.connect(self._set_field)
        self.explain_dock = QDockWidget("Explain", self)
        self.explain_dock.setObjectName("explain-dock")
        self.explain_dock.setWidget(self.explain)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.explain_dock)
        self.explain_dock.hide()  # View → Explain, or presentation mode, shows it

        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.dynamics = DynamicsPlot()
        self.levels = LevelDiagram()
        self.profile = ChainProfile()
        self.conductivity = ConductivityPlot()
        bottom = QSplitter(Qt.Orientation.Horizontal)
        for w in (self.levels.widget, self.profile.widget, self.conductivity.widget):
            bottom.addWidget(w)
        bottom.setSizes([400, 400, 400])
        central = QSplitter(Qt.Orientation.Vertical)
        central.setObjectName("plots-splitter")
        central.addWidget(self.dynamics.widget)
        central.addWidget(bottom)
        central.setStretchFactor(0, 3)
        central.setStretchFactor(1, 2)
        central.setSizes([520, 360])
        self.splitters = (central, bottom)
        frame = QWidget()
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(6, 6, 10, 6)
        frame_layout.addWidget(central, 1)
        self.playback = PlaybackBar()
        self.playback.index_changed.connect(self._on_playback)
        frame_layout.addWidget(self.playback)
        from fourier_gui.ui.studies import StudiesWidget

        self.studies = StudiesWidget(self.panel.parameters)
        self.studies.preset_requested.connect(self._show_preset)
        central = QTabWidget()
        central.setObjectName("main-tabs")
        central.addTab(frame, "Dynamics")
        central.addTab(self.studies, "Studies")
        central.setAccessibleName("Views")
        self.tabs = central
        self.setCentralWidget(central)

    def plot_widgets(self) -> list[tuple[str, pg.PlotWidget]]:
        """The four plots, for the export and copy menus."""
        return [
            ("site probabilities P_μ(t)", self.dynamics.widget),
            ("level diagram", self.levels.widget),
            ("chain profile", self.profile.plot_widget),
            ("conductivity κ(T)", self.conductivity.widget),
        ]

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text)
        action.setStatusTip(tip or text)
        return action

    def _build_actions(self) -> None:
        self.run_action = self._action("&Run", self.start_run, "Ctrl+R", "Run the exact and HAM dynamics (Ctrl+R)")
        self.pause_action = self._action("&Pause", self.toggle_pause, "Ctrl+P", "Pause or resume the run (Ctrl+P)")
        self.stop_action = self._action("&Stop", self.stop_run, "Esc", "Stop the run, keeping what was computed (Esc)")
        self.reset_action = self._action("Rese&t", self.reset_run, None, "Clear the results")
        self.export_csv_action = self._action(
            "Export data as &CSV…", self.export_csv, "Ctrl+E", "Save the run (also a stopped one) as CSV"
        )
        self.save_session_action = self._action("&Save session…", self.save_session, QKeySequence.StandardKey.Save)
        self.open_session_action = self._action("&Open session…", self.open_session, QKeySequence.StandardKey.Open)
        quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.defaults_action = self._action("Reset parameters to &defaults", self.reset_parameters)

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.export_csv_action)
        plot_menu = file_menu.addMenu("Export &plot as PNG or SVG")
        for title, widget in self.plot_widgets():
            plot_menu.addAction(self._action(f"{title}…", lambda _=False, w=widget: self.export_plot(w)))
        file_menu.addSeparator()
        file_menu.addAction(self.open_session_action)
        file_menu.addAction(self.save_session_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        run_menu = self.menuBar().addMenu("&Run")
        for a in (self.run_action, self.pause_action, self.stop_action, self.reset_action):
            run_menu.addAction(a)

        presets_menu = self.menuBar().addMenu("Pre&sets")
        for preset in all_presets():
            action = self._action(
                preset.title, lambda _=False, n=preset.name: self.apply_preset(n), tip=preset.description
            )
            presets_menu.addAction(action)
        presets_menu.addSeparator()
        presets_menu.addAction(self.defaults_action)
        presets_menu.setToolTipsVisible(True)

        self.play_action = self._action("&Play / pause playback", self.playback.toggle, "Space")
        self.step_back_action = self._action("Step &back", lambda: self.playback.step(-1), "Left")
        self.step_forward_action = self._action("Step &forward", lambda: self.playback.step(1), "Right")
        self.home_action = self._action("To the &start", self.playback.home, "Home")
        self.end_action = self._action("To the &end (follow the run)", self.playback.end, "End")
        self.fullscreen_action = self._action("&Full screen", self.toggle_full_screen, "F11")
        self.fullscreen_action.setCheckable(True)
        edit_menu = self.menuBar().addMenu("&Edit")
        self.copy_window_action = self._action("Copy &window", self.copy_window, "Ctrl+Shift+C")
        edit_menu.addAction(self.copy_window_action)
        for title, widget in self.plot_widgets():
            edit_menu.addAction(self._action(f"Copy {title}", lambda _=False, w=widget: self.copy_plot(w)))

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.dock.toggleViewAction())
        explain_action = self.explain_dock.toggleViewAction()
        explain_action.setShortcut(QKeySequence("F1"))
        explain_action.setText("&Explain (F1)")
        view_menu.addAction(explain_action)
        playback_menu = view_menu.addMenu("&Playback")
        for a in (self.play_action, self.step_back_action, self.step_forward_action, self.home_action, self.end_action):
            playback_menu.addAction(a)
        view_menu.addAction(self.fullscreen_action)
        self.presentation_action = self._action(
            "&Presentation mode", self.toggle_presentation, "F5",
            "Large fonts, thick curves, high contrast, advanced fields hidden: for a projector (F5)",
        )  # fmt: skip
        self.presentation_action.setCheckable(True)
        view_menu.addAction(self.presentation_action)
        for a in (self.play_action, self.step_back_action, self.step_forward_action, self.home_action, self.end_action):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&About fourier-gui", self.show_about))

        toolbar = QToolBar("Run controls")
        toolbar.setObjectName("run-toolbar")
        for a in (self.run_action, self.pause_action, self.stop_action, self.reset_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Time axis: "))
        self.time_unit = QComboBox()
        self.time_unit.addItems(["t in ħ/ΔE", "γt"])
        self.time_unit.setAccessibleName("Time axis unit")
        self.time_unit.setToolTip("Show time in units of ħ/ΔE or as γt, the HAM time scale")
        self.time_unit.currentIndexChanged.connect(self._on_time_unit)
        toolbar.addWidget(self.time_unit)
        toolbar.addSeparator()
        toolbar.addAction(self.presentation_action)
        for button in toolbar.findChildren(QToolButton):  # reachable by Tab, not only by mouse
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(button.text().replace("&", ""))
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _build_status(self) -> None:
        self.status = QLabel("Ready")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long text is cut
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(260)
        self.progress.setAccessibleName("Run progress")
        self.timing = QLabel("")
        bar = self.statusBar()
        bar.addWidget(self.status, 1)
        bar.addPermanentWidget(self.timing)
        bar.addPermanentWidget(self.progress)

    # --- parameters ---------------------------------------------------------------------
    def _on_parameters(self, params: SimulationParameters | None) -> None:
        self.run_action.setEnabled(params is not None and not self.engine.busy)
        self.run_action.setToolTip("Run (Ctrl+R)" if params is not None else f"Cannot run: {self.panel.error}")
        if params is None:
            return
        self.explain.show_for(params)
        self.conductivity.update(conductivity_curve(params))
        if self.result is None:
            self.levels.set_levels(level_energies(params), params.sites, params.bandwidth)
            self.levels.set_style(self.levels.style)
            self.profile.set_sites(params.sites)
            self.levels.update(np.zeros(params.sites))

    def apply_preset(self, name: str) -> None:
        preset = load_preset(name)
        self.explain.preset = name
        self.panel.set_parameters(preset.parameters)
        self.statusBar().showMessage(f"Preset {preset.name}: {preset.description}", 8000)

    def _show_preset(self, name: str) -> None:
        self.apply_preset(name)
        self.tabs.setCurrentIndex(0)

    def _set_field(self, key: str, value: str) -> None:
        """An Explain link changes one field of the current parameters."""
        current = self.panel.parameters() or self.panel.raw_parameters()
        kind = type(getattr(current, key))
        try:
            self.panel.set_parameters(current.with_changes(**{key: kind(float(value))}))
        except (TypeError, ValueError, ParameterError) as exc:
            self.statusBar().showMessage(f"Cannot set {key} = {value}: {exc}", 6000)
            return
        self.tabs.setCurrentIndex(0)

    def reset_parameters(self) -> None:
        self.apply_preset(DEFAULT_PRESET)

    # --- running ------------------------------------------------------------------------
    def start_run(self) -> None:
        params = self.panel.parameters()
        if params is None or self.engine.busy:
            return
        self.result = None
        self.run_started_at = time.perf_counter()
        self.frames = 0
        self.progress.setValue(0)
        self._set_status(f"Preparing N={params.sites}, n={params.levels} (D={params.dimension})…")
        self.engine.start(params)

    def toggle_pause(self) -> None:
        if self.engine.state == "running":
            self.engine.pause()
        elif self.engine.state == "paused":
            self.engine.resume()

    def stop_run(self) -> None:
        self.engine.stop()

    def reset_run(self) -> None:
        if self.engine.busy:
            self.engine.shutdown()
        self.result = None
        self.dynamics.clear()
        self.playback.reset()
        self.progress.setValue(0)
        self.timing.setText("")
        self._set_status("Ready")
        self._on_parameters(self.panel.parameters())

    def _on_prepared(self, result: SimulationResult) -> None:
        self.result = result
        self.playback.reset()
        p = result.parameters
        self.dynamics.start(result)
        self.dynamics.set_style(self.plot_style)
        self.levels.set_levels(level_energies(p), p.sites, p.bandwidth)
        self.profile.set_sites(p.sites)
        note = " — the eigendecomposition cannot be interrupted" if result.method == "eigen" else ""
        self._set_status(f"Running {result.method}: N={p.sites}, n={p.levels}, D={p.dimension}, K={p.samples}{note}")
        self.dirty = True

    def _on_chunk(self, chunk) -> None:
        if self.result is not None:
            self.result.add(chunk)
            self.dirty = True

    def _on_finished(self, status: str, elapsed: float) -> None:
        if self.result is not None:
            self.result.elapsed_s = elapsed
        self._redraw(force=True)
        if status == "done":
            self._set_status(f"Done in {elapsed:.2f} s — {self._summary()}")
        else:
            until = self.result.times[self.result.completed - 1] if self.result and self.result.completed else 0.0
            self._set_status(f"Stopped after {elapsed:.2f} s at t = {until:.4g} ħ/ΔE (partial data can be exported)")
        self.run_finished.emit(status)

    def _on_failed(self, reason: str, details: str) -> None:
        self._set_status(f"Failed: {reason}")
        self.error_box = show_failure(self, "Run failed", reason, details)
        self.run_finished.emit("failed")

    def _on_state(self, state: str) -> None:
        idle = state == "idle"
        self.run_action.setEnabled(idle and self.panel.parameters() is not None)
        self.pause_action.setEnabled(state in ("running", "paused"))
        self.pause_action.setText("&Resume" if state == "paused" else "&Pause")
        self.stop_action.setEnabled(state in ("running", "paused"))
        if state == "paused":
            self._set_status("Paused — Resume to continue")

    def _summary(self) -> str:
        r = self.result
        if r is None:
            return ""
        parts = [f"γ = {r.gamma:.4g}"]
        d1 = r.d1_squared()
        if d1 is not None:
            parts.append(f"D₁² = {d1:.3g}")
        fitted = r.fitted_rate()
        if fitted is not None:
            parts.append(f"fitted rate / γ = {fitted / r.gamma:.3f}")
        parts.append(f"norm error {r.max_norm_error:.1e}")
        return ", ".join(parts)

    def _set_status(self, text: str) -> None:
        self.last_status = text
        self.status.setText(text)

    # --- drawing ------------------------------------------------------------------------
    def current_time_index(self) -> int:
        """The output time the level diagram, the profile and the cursor show (the playback bar's)."""
        if self.result is None or self.result.completed == 0:
            return 0
        return min(self.playback.index, self.result.completed - 1)

    def _on_playback(self, _index: int) -> None:
        self.dirty = True

    def _redraw(self, force: bool = False) -> None:
        r = self.result
        if r is None or not (self.dirty or force):
            return
        if r.completed != self.playback.available:
            self.playback.set_available(r.completed)  # moves the slider, which marks the views dirty
        self.dirty = False  # … but this frame draws them
        self.frames += 1
        k = self.current_time_index()
        t = r.times[k]
        self.dynamics.update(r, t)
        exact = r.exact[k] if r.completed else np.full(r.parameters.sites, np.nan)
        self.levels.update(exact)
        self.profile.update(exact, r.ham[k], local_temperatures(r.parameters.levels, exact))
        fraction = r.progress
        self.progress.setValue(int(1000 * fraction))
        elapsed = time.perf_counter() - self.run_started_at
        remaining = elapsed * (1 - fraction) / fraction if fraction > 0 else float("nan")
        left = f", ≈ {remaining:.1f} s left" if self.engine.busy and np.isfinite(remaining) else ""
        self.playback.set_time_text(f"t = {t:.4g} ħ/ΔE  (γt = {t * r.gamma:.2f})")
        if self.engine.busy or force:
            self.timing.setText(f"computed to t = {r.completed_time:.4g} ħ/ΔE  |  {elapsed:.1f} s{left}")

    def _on_time_unit(self, index: int) -> None:
        gamma = self.result.gamma if self.result else None
        self.dynamics.set_time_unit("gamma" if index == 1 else "hbar", gamma)
        self.dynamics.rescale_time(self.result)
        self.dirty = True

    # --- view -------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    @property
    def presentation(self) -> bool:
        return self.presentation_action.isChecked()

    def toggle_presentation(self) -> None:
        self.set_presentation(self.presentation_action.isChecked())

    def set_presentation(self, on: bool) -> None:
        """Projector mode: every font ≥ 20 pt, thick curves, white background, advanced fields hidden."""
        self.presentation_action.setChecked(on)
        font = QFont(self.base_font)
        font.setPointSize(20 if on else self.base_font.pointSize())
        QApplication.setFont(font)
        for widget in self.findChildren(QWidget):  # widgets that had a font set keep it otherwise
            widget.setFont(font)
        self.panel.set_advanced_visible(not on)
        self.dock.setMaximumWidth(560 if on else 16_777_215)
        if on:
            self.explain_dock.show()
        self.apply_plot_style()

    def apply_plot_style(self) -> None:
        """Presentation style, or the normal one in the system's light or dark colour scheme."""
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        style = PlotStyle.presentation() if self.presentation else PlotStyle.normal(dark)
        for view in (self.dynamics, self.levels, self.profile, self.conductivity):
            view.set_style(style)
        self.plot_style = style

    def copy_window(self) -> None:
        QApplication.clipboard().setPixmap(self.grab())
        self.statusBar().showMessage("Window copied to the clipboard", 4000)

    def copy_plot(self, widget: pg.PlotWidget) -> None:
        """Copy a plot at presentation resolution (1920 px wide) to the clipboard."""
        QApplication.clipboard().setImage(plot_image(widget, SNAPSHOT_WIDTH))
        self.statusBar().showMessage(f"{widget.accessibleName()} copied to the clipboard", 4000)

    # --- files --------------------------------------------------------------------------
    def export_csv(self) -> None:
        if self.result is None or self.result.completed == 0:
            QMessageBox.information(self, "Nothing to export", "Run a simulation first.")
            return
        result = self.result
        path = save_through_dialog(
            self, "Export data as CSV", "fourier-gui.csv", "CSV files (*.csv)", lambda p: write_csv(p, result)
        )
        if path:
            self.statusBar().showMessage(f"Saved {path}", 5000)

    def export_plot(self, widget: pg.PlotWidget) -> None:
        """PNG at presentation resolution or vector SVG (pyqtgraph's exporters)."""

        def write(path: str) -> None:
            if path.lower().endswith(".svg"):
                export_svg(widget.getPlotItem(), path)
            elif not plot_image(widget, max(SNAPSHOT_WIDTH, widget.width() * 2)).save(path, "PNG"):
                raise OSError(f"Qt could not write {path}")

        filters = "PNG image (*.png);;SVG drawing (*.svg)"
        path = save_through_dialog(self, "Export plot", "plot.png", filters, write)
        if path:
            self.statusBar().showMessage(f"Saved {path}", 5000)

    def save_session(self) -> None:
        params = self.panel.parameters() or self.panel.raw_parameters()
        result = None
        if self.result is not None and self.result.completed:
            answer = QMessageBox.question(self, "Save session", "Include the results of the current run?")
            result = self.result if answer == QMessageBox.StandardButton.Yes else None
        path = save_through_dialog(
            self,
            "Save session",
            "session.fourier.json",
            "Sessions (*.json)",
            lambda p: write_session(p, params, result),
        )
        if path:
            self.statusBar().showMessage(f"Saved {path}", 5000)

    def open_session(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open session", "", "Sessions (*.json);;All files (*)")
        if not path:
            return
        try:
            params, result = read_session(path)
        except (SessionError, ParameterError, KeyError, ValueError) as exc:
            QMessageBox.warning(self, "Cannot open session", str(exc))
            return
        if self.engine.busy:
            self.engine.shutdown()
        self.panel.set_parameters(params)
        self.result = None
        if result is not None:
            self._on_prepared(result)
            self._set_status(f"Opened {path} with results up to t = {result.completed_time:.4g}")
        self._redraw(force=True)

    def show_about(self) -> None:
        from fourier_gui.ui.about import AboutDialog

        self.about = AboutDialog(self)
        self.about.open()

    # --- settings and closing ------------------------------------------------------------
    def _restore_settings(self, explicit: SimulationParameters | None) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        if explicit is None:
            text = s.value(SETTINGS_PARAMETERS)
            try:
                params = SimulationParameters.from_dict(json.loads(text)).validated() if text else None
            except (ValueError, TypeError, ParameterError):
                params = None
            self.panel.set_parameters(params or load_preset(DEFAULT_PRESET).parameters)

    def save_settings(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        params = self.panel.parameters()
        if params is not None:
            s.setValue(SETTINGS_PARAMETERS, json.dumps(params.to_dict()))
        s.sync()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        for engine in [self.engine, *self.studies.engines()]:
            engine.shutdown()
        self.save_settings()
        super().closeEvent(event)
