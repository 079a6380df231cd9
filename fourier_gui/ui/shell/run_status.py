"""The status bar of a run: one message area and a progress bar that carries the time left, refreshed a
few times a second from the run model. Nothing else shares the bar, so texts never run into each other."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from fourier_gui.engine.run_model import RunEnded, RunModel, RunState
from fourier_gui.physics.cost import format_seconds
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, shown_number_text, translate

if TYPE_CHECKING:  # loaded with the first run: the window opens sooner
    from fourier_gui.physics.simulation import SimulationResult

#: Progress and timing change slowly: a few refreshes a second are enough and cost the run nothing.
REFRESH_HZ = 5
#: The progress bar's text while it counts, at its longest.
LONGEST_PROGRESS = QT_TRANSLATE_NOOP("run_status", "100 % · ≈ 99.9 min left")
#: What a run does before its first row, in plain words on the bar and in the physics' words in its tooltip:
#: the couplings drawn (and the fast kernel loaded), then the spectrum bounded (Chebyshev) or H diagonalized.
PHASES = {
    "couplings": (
        QT_TRANSLATE_NOOP("run_status", "setting up…"),
        QT_TRANSLATE_NOOP("run_status", "drawing the random couplings V of the run"),
    ),
    "kernel": (
        QT_TRANSLATE_NOOP("run_status", "preparing the solver…"),
        QT_TRANSLATE_NOOP("run_status", "loading the fast kernel (numba): compiled once per machine"),
    ),
    "chebyshev": (
        QT_TRANSLATE_NOOP("run_status", "finding the energies…"),
        QT_TRANSLATE_NOOP("run_status", "finding the spectral interval of H for the Chebyshev propagation"),
    ),
    "eigen": (
        QT_TRANSLATE_NOOP("run_status", "solving at once…"),
        QT_TRANSLATE_NOOP("run_status", "diagonalizing H (exact, cannot be interrupted)"),
    ),
}
#: Every text the bar shows: its width fits the longest (at 4K a phase spilled out of the bar).
PROGRESS_TEXTS = (LONGEST_PROGRESS, *(shown for shown, _tip in PHASES.values()))
#: The status while the fast kernel loads in the background (ui/shell/run_launch.py).
LOADING_SOLVER = QT_TRANSLATE_NOOP("run_status", "Preparing the fast solver (first run only)…")


def preparing_text(params: SimulationParameters, loading_kernel: bool = False) -> str:
    """The status while a run is set up; says so when the fast kernel loads first (its very first load on a
    machine compiles it, seconds in which nothing else moves). The sizes are in the tooltip (`preparing_tip`)."""
    if loading_kernel:
        return translate("run_status", LOADING_SOLVER)
    return translate("run_status", "Preparing {sites} subunits…").format(sites=params.sites)


def preparing_tip(params: SimulationParameters, loading_kernel: bool = False) -> str:
    """The physics of `preparing_text`: the sizes, and the kernel's compile."""
    note = (
        translate("run_status", "; loading the fast kernel (numba, compiled once per machine)")
        if loading_kernel
        else ""
    )
    sizes = f"N={params.sites}, n={params.levels} (D={params.dimension})"
    return translate("run_status", "Preparing {sizes}").format(sizes=sizes) + note


def computed_tip(until: float, seconds: float, spec: str) -> str:
    """The progress bar's tooltip: how far the run has computed, in how long."""
    return translate("run_status", "computed to t = {t} ħ/ΔE in {seconds} s").format(
        t=shown_number(until, ".4g"), seconds=shown_number(seconds, spec)
    )


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


class FittedProgressBar(QProgressBar):
    """A progress bar that keeps as wide as its longest text (PROGRESS_TEXTS) whenever its type changes: a
    font set later than the window's own refit (presentation type at 4K) left the text spilling out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fit()

    def fit(self) -> None:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(translate("run_status", text)) for text in PROGRESS_TEXTS)
        self.setFixedWidth(widest + 2 * metrics.height() + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
        super().changeEvent(event)


class RunStatus:
    """Puts its two widgets into `bar`; `last_text` is the message last shown (also in tests)."""

    def __init__(self, bar: QStatusBar, model: RunModel) -> None:
        self.model = model
        self.label = ElidedLabel(translate("run_status", "Ready"))
        self.label.setAccessibleName(translate("run_status", "Status"))
        self.progress = FittedProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(translate("run_status", "Run progress"))
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
        """Wide enough for its longest text, the phases' too, in the current font (presentation mode changes
        it; the bar also refits itself on any change of its type), with room for its frame at any scale."""
        self.progress.fit()

    def say(self, text: str, details: str = "") -> None:
        """Show `text`; `details` (or the text itself) is the tooltip."""
        self.last_text = text
        self.label.setText(text)
        self.label.setToolTip(details or text)

    def clear(self) -> None:
        self.progress.setValue(0)
        self.progress.setFormat("%p %")
        self.progress.setToolTip("")
        self.say(translate("run_status", "Ready"))

    def refresh(self) -> None:
        """Progress and timing of the model's run (cheap: a few numbers)."""
        if not self.model.started_at:
            return
        r = self.model.result
        if self.model.active and (r is None or r.completed == 0):  # no row yet: say which phase it is in
            shown, physics = (translate("run_status", text) for text in PHASES[self._phase(r)])
            self.progress.setFormat(shown)
            guess = (
                translate("run_status", "; estimated ≈ {time}").format(
                    time=shown_number_text(format_seconds(self.estimate_s))
                )
                if math.isfinite(self.estimate_s)
                else ""
            )
            self.progress.setToolTip(physics + guess)
            return
        if r is None:
            return
        fraction, elapsed = r.progress, self.model.elapsed_s
        self.progress.setValue(int(1000 * fraction))
        if self.model.active:
            self.progress.setFormat(f"%p %{self._time_left(fraction, elapsed)}")
            self.progress.setToolTip(computed_tip(r.completed_time, elapsed, ".1f"))
        else:
            self.progress.setFormat("%p %")
            self.progress.setToolTip(computed_tip(r.completed_time, r.elapsed_s, ".2f"))

    def run_started(self, estimate_s: float) -> None:
        """A new run: its rate is measured afresh; until then the panel's estimate stands."""
        self.rate_from = None
        self.estimate_s = estimate_s

    def _phase(self, r: SimulationResult | None) -> str:
        """What a run does before its first row (a key of PHASES): draws its couplings (and loads the kernel),
        then finds the spectral interval (Chebyshev) or diagonalizes H (eigen)."""
        if r is None:
            return "kernel" if self.model.loading_kernel else "couplings"
        return "chebyshev" if r.method == "chebyshev" else "eigen"

    def _time_left(self, fraction: float, elapsed: float) -> str:
        """From the run's own rate since its first rows (setup and the kernel's load left out, which made
        early estimates tenfold too long); never a NaN."""
        if fraction <= 0:
            return translate("run_status", " · first rows…")
        if self.rate_from is None or self.rate_from[0] != self.model.started_at:
            self.rate_from = (self.model.started_at, elapsed, fraction)
        _, e0, f0 = self.rate_from
        if fraction >= 1 or fraction <= f0 or elapsed <= e0:
            return ""
        left = (elapsed - e0) / (fraction - f0) * (1 - fraction)
        return (
            translate("run_status", " · ≈ {time} left").format(time=shown_number_text(format_seconds(left)))
            if math.isfinite(left)
            else ""
        )

    def report_prepared(self, result: SimulationResult) -> None:
        p = result.parameters
        if not self.model.active:  # a saved run, opened (a session): nothing is being solved
            until = result.times[result.completed - 1] if result.completed else 0.0
            self.say(
                translate("run_status", "Showing a saved run up to t = {t} ħ/ΔE").format(t=shown_number(until, ".4g")),
                f"N={p.sites}, n={p.levels}, D={p.dimension}",
            )
            return
        # in words a class follows ("Running chebyshev" was jargon); the method's name stays in the tooltip
        how = (
            translate("run_status", "Solving the Schrödinger equation at once (cannot be interrupted)")
            if result.method == "eigen"
            else translate("run_status", "Solving the Schrödinger equation step by step")
        )
        self.say(how, f"{how} ({result.method}): N={p.sites}, n={p.levels}, D={p.dimension}, K={p.samples}")

    def report_end(self, end: RunEnded, r: SimulationResult | None) -> None:
        """One short line for the end of a run; the whole summary in its tooltip."""
        self.progress.setFormat("%p %")  # no phase of a run that has ended (a failed one stayed "drawing…")
        if end.state is RunState.FINISHED and r is not None:
            # the one verdict the panel and the Transport tab show, not a second "fitted" number beside it
            verdict = r.transport.verdict
            law = f" · {translate('verdicts', verdict.label)}" if verdict is not None else ""
            done = translate("run_status", "Done in {seconds} s").format(seconds=shown_number(end.elapsed_s, ".2f"))
            self.say(done + law, f"{done} — {summary(r)}")
        elif end.state is RunState.STOPPED:
            until = r.times[r.completed - 1] if r is not None and r.completed else 0.0
            at = shown_number(until, ".4g")
            self.say(
                translate("run_status", "Stopped at t = {t} ħ/ΔE").format(t=at),
                translate(
                    "run_status", "Stopped after {seconds} s at t = {t} ħ/ΔE (partial data can be exported)"
                ).format(seconds=shown_number(end.elapsed_s, ".2f"), t=at),
            )
        elif end.state is RunState.FAILED:
            self.say(translate("run_status", "Failed: {reason}").format(reason=end.reason))


def summary(r: SimulationResult) -> str:
    """γ, D₁² (eq. 15), the fitted rate over γ and the norm error in one line, in the window's language
    (SimulationResult.summary_line's, which the command line prints)."""
    gamma, d1, ratio, error = r.summary_figures()
    parts = [f"γ = {shown_number(gamma, '.4g')}"]
    if d1 is not None:
        parts.append(f"D₁² = {shown_number(d1, '.3g')}")
    if ratio is not None:
        parts.append(translate("run_status", "fitted rate / γ = {ratio}").format(ratio=shown_number(ratio, ".3f")))
    parts.append(translate("run_status", "norm error {error}").format(error=shown_number(error, ".1e")))
    return ", ".join(parts)
