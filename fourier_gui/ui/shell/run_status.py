"""The status bar of a run: one message area and a progress bar that carries the time left, refreshed a
few times a second from the run model. Nothing else shares the bar, so texts never run into each other."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from fourier_gui.engine.run_model import RunEnded, RunModel, RunState
from fourier_gui.physics.cost import format_seconds
from fourier_gui.physics.parameters import SimulationParameters

if TYPE_CHECKING:  # loaded with the first run: the window opens sooner
    from fourier_gui.physics.simulation import SimulationResult

#: Progress and timing change slowly: a few refreshes a second are enough and cost the run nothing.
REFRESH_HZ = 5
#: The progress bar's text at its longest, which sets its width.
LONGEST_PROGRESS = "100 % · ≈ 99.9 min left"


def preparing_text(params: SimulationParameters, loading_kernel: bool = False) -> str:
    """The status while a run is set up; says so when the fast kernel loads first (its very first load on a
    machine compiles it, seconds in which nothing else moves)."""
    note = " and loading the fast kernel (compiled once, on the first large run)" if loading_kernel else ""
    return f"Preparing N={params.sites}, n={params.levels} (D={params.dimension}){note}…"


class ElidedLabel(QLabel):
    """A one-line label that never pushes its neighbours: a text too long for it ends in "…", and the
    whole text is in its tooltip. `text()` is the whole text; `shown_text()` what is painted."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), self.shown_text())


class RunStatus:
    """Puts its two widgets into `bar`; `last_text` is the message last shown (also in tests)."""

    def __init__(self, bar: QStatusBar, model: RunModel) -> None:
        self.model = model
        self.label = ElidedLabel("Ready")
        self.label.setAccessibleName("Status")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName("Run progress")
        self.progress.setFormat("%p %")
        self.fit_progress()
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.progress)
        self.last_text = ""
        self.rate_from: tuple[float, float, float] | None = None  # (run's start, elapsed, fraction) at the first rows
        self.estimate_s = math.nan  # the panel's estimate of the run, until its own rate is measured
        self.timer = QTimer(bar)
        self.timer.setInterval(1000 // REFRESH_HZ)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def fit_progress(self) -> None:
        """Wide enough for its longest text in the current font (presentation mode changes it)."""
        self.progress.setFixedWidth(self.progress.fontMetrics().horizontalAdvance(LONGEST_PROGRESS) + 40)

    def say(self, text: str, details: str = "") -> None:
        """Show `text`; `details` (or the text itself) is the tooltip."""
        self.last_text = text
        self.label.setText(text)
        self.label.setToolTip(details or text)

    def clear(self) -> None:
        self.progress.setValue(0)
        self.progress.setFormat("%p %")
        self.progress.setToolTip("")
        self.say("Ready")

    def refresh(self) -> None:
        """Progress and timing of the model's run (cheap: a few numbers)."""
        if not self.model.started_at:
            return
        r = self.model.result
        if self.model.active and (r is None or r.completed == 0):  # no row yet: say which phase it is in
            self.progress.setFormat(self._phase(r))
            guess = f"estimated ≈ {format_seconds(self.estimate_s)}" if math.isfinite(self.estimate_s) else ""
            self.progress.setToolTip(guess)
            return
        if r is None:
            return
        fraction, elapsed = r.progress, self.model.elapsed_s
        self.progress.setValue(int(1000 * fraction))
        if self.model.active:
            self.progress.setFormat(f"%p %{self._time_left(fraction, elapsed)}")
            self.progress.setToolTip(f"computed to t = {r.completed_time:.4g} ħ/ΔE in {elapsed:.1f} s")
        else:
            self.progress.setFormat("%p %")
            self.progress.setToolTip(f"computed to t = {r.completed_time:.4g} ħ/ΔE in {r.elapsed_s:.2f} s")

    def run_started(self, estimate_s: float) -> None:
        """A new run: its rate is measured afresh; until then the panel's estimate stands."""
        self.rate_from = None
        self.estimate_s = estimate_s

    def _phase(self, r: SimulationResult | None) -> str:
        """What a run does before its first row: draws its couplings (and loads the kernel), then finds the
        spectral interval (Chebyshev) or diagonalizes H (eigen)."""
        if r is None:
            return "loading the kernel…" if self.model.loading_kernel else "drawing couplings…"
        return "finding the spectrum…" if r.method == "chebyshev" else "diagonalizing H…"

    def _time_left(self, fraction: float, elapsed: float) -> str:
        """From the run's own rate since its first rows (setup and the kernel's load left out, which made
        early estimates tenfold too long); never a NaN."""
        if fraction <= 0:
            return " · first rows…"
        if self.rate_from is None or self.rate_from[0] != self.model.started_at:
            self.rate_from = (self.model.started_at, elapsed, fraction)
        _, e0, f0 = self.rate_from
        if fraction >= 1 or fraction <= f0 or elapsed <= e0:
            return ""
        left = (elapsed - e0) / (fraction - f0) * (1 - fraction)
        return f" · ≈ {format_seconds(left)} left" if math.isfinite(left) else ""

    def report_prepared(self, result: SimulationResult) -> None:
        p = result.parameters
        if not self.model.active:  # a saved run, opened (a session): nothing is being solved
            until = result.times[result.completed - 1] if result.completed else 0.0
            self.say(f"Showing a saved run up to t = {until:.4g} ħ/ΔE", f"N={p.sites}, n={p.levels}, D={p.dimension}")
            return
        # in words a class follows ("Running chebyshev" was jargon); the method's name stays in the tooltip
        how = (
            "Solving the Schrödinger equation at once (cannot be interrupted)"
            if result.method == "eigen"
            else "Solving the Schrödinger equation step by step"
        )
        self.say(how, f"{how} ({result.method}): N={p.sites}, n={p.levels}, D={p.dimension}, K={p.samples}")

    def report_end(self, end: RunEnded, r: SimulationResult | None) -> None:
        """One short line for the end of a run; the whole summary in its tooltip."""
        self.progress.setFormat("%p %")  # no phase of a run that has ended (a failed one stayed "drawing…")
        if end.state is RunState.FINISHED and r is not None:
            # the one verdict the panel and the Transport tab show, not a second "fitted" number beside it
            verdict = r.transport.verdict
            law = f" · {verdict.label}" if verdict is not None else ""
            self.say(f"Done in {end.elapsed_s:.2f} s{law}", f"Done in {end.elapsed_s:.2f} s — {r.summary_line()}")
        elif end.state is RunState.STOPPED:
            until = r.times[r.completed - 1] if r is not None and r.completed else 0.0
            self.say(
                f"Stopped at t = {until:.4g} ħ/ΔE",
                f"Stopped after {end.elapsed_s:.2f} s at t = {until:.4g} ħ/ΔE (partial data can be exported)",
            )
        elif end.state is RunState.FAILED:
            self.say(f"Failed: {end.reason}")
