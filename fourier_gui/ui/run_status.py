"""The status bar of a run: a message, the time computed so far with an estimate of what is left, and
a progress bar, refreshed a few times a second from the run model."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar

from fourier_gui.engine.run_model import RunModel

#: Progress and timing change slowly: a few refreshes a second are enough and cost the run nothing.
REFRESH_HZ = 5


class RunStatus:
    """Puts its three widgets into `bar`; `last_text` is the message last shown (also in tests)."""

    def __init__(self, bar: QStatusBar, model: RunModel) -> None:
        self.model = model
        self.label = QLabel("Ready")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long text is cut
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(260)
        self.progress.setAccessibleName("Run progress")
        self.timing = QLabel("")
        self.timing.setMinimumWidth(self.timing.fontMetrics().horizontalAdvance("0" * 40))  # no relayout per tick
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.timing)
        bar.addPermanentWidget(self.progress)
        self.last_text = ""
        self.timer = QTimer(bar)
        self.timer.setInterval(1000 // REFRESH_HZ)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def say(self, text: str) -> None:
        self.last_text = text
        self.label.setText(text)

    def clear(self) -> None:
        self.progress.setValue(0)
        self.timing.setText("")
        self.say("Ready")

    def refresh(self) -> None:
        """Progress and timing of the model's run (cheap: a few numbers)."""
        r = self.model.result
        if r is None or not self.model.started_at:
            return
        fraction, elapsed = r.progress, self.model.elapsed_s
        self.progress.setValue(int(1000 * fraction))
        if self.model.active:
            left = f", ≈ {elapsed * (1 - fraction) / fraction:.1f} s left" if fraction > 0 else ""
            self.timing.setText(f"computed to t = {r.completed_time:.4g} ħ/ΔE  |  {elapsed:.1f} s{left}")
        else:
            self.timing.setText(f"computed to t = {r.completed_time:.4g} ħ/ΔE in {r.elapsed_s:.2f} s")
