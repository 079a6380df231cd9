"""Playback of a run: a time slider with play/pause, steps, speed and loop.

The bar holds an index into the run's output times. While a run streams and the user has not taken
the slider, it follows the newest time ("live"); once moved or played, the views show the chosen time.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from fourier_gui.ui.language import translate

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
#: Output times shown per second at 1× (a 201-point run plays in 10 s).
POINTS_PER_SECOND = 20.0
TICK_MS = 33
#: The readout at its longest, in full and short (γt only); the slider keeps at least this many lines' width.
FULL_SAMPLE = "t = 3.183e+04 ħ/ΔE  (γt = 5.00)"
SHORT_SAMPLE = "γt = 10.00"
SLIDER_EM = 6


class PlaybackBar(QWidget):
    """Emits `index_changed(index)` whenever the shown time changes."""

    index_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.available = 0  # output times computed so far
        self.live = True
        self._carry = 0.0
        icons = self.style()
        self.play_icon = icons.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self.pause_icon = icons.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self.play_button = QToolButton()
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.play_button.setIcon(self.play_icon)
        self.play_button.setText(translate("playback_bar", "Play"))
        self.play_button.setToolTip(translate("playback_bar", "Play or pause the replay of the run (Space)"))
        self.play_button.setAccessibleName(translate("playback_bar", "Play or pause playback"))
        self.back_button = QToolButton()
        self.back_button.setIcon(icons.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        self.back_button.setToolTip(translate("playback_bar", "One output time back (←)"))
        self.back_button.setAccessibleName(translate("playback_bar", "Step back"))
        self.forward_button = QToolButton()
        self.forward_button.setIcon(icons.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.forward_button.setToolTip(translate("playback_bar", "One output time forward (→)"))
        self.forward_button.setAccessibleName(translate("playback_bar", "Step forward"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip(
            translate(
                "playback_bar", "The time shown in the level diagram, the chain profile and the cursor (Home/End)"
            )
        )
        self.slider.setAccessibleName(translate("playback_bar", "Playback time"))
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setToolTip(translate("playback_bar", "Playback speed: 1× shows 20 output times per second"))
        self.speed.setAccessibleName(translate("playback_bar", "Playback speed"))
        self.loop = QCheckBox(translate("playback_bar", "Loop"))
        self.loop.setToolTip(translate("playback_bar", "Start again from t = 0 at the end"))
        self.loop.setAccessibleName(translate("playback_bar", "Loop playback"))
        self._time_text = "t = 0"
        self.short_time = False
        self.gamma_only = False  # the stage (F5): γt alone, the class's time; t in ħ/ΔE in the tooltip
        self.time_label = QLabel("t = 0")
        self.time_label.setAccessibleName(translate("playback_bar", "Playback time readout"))
        self._fit_time_label()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 10, 0)
        for w in (self.back_button, self.play_button, self.forward_button):
            layout.addWidget(w)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(QLabel(translate("playback_bar", "Speed")))
        layout.addWidget(self.speed)
        layout.addWidget(self.loop)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.play_button.clicked.connect(self.toggle)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderPressed.connect(self._take_over)

    def _fit_time_label(self) -> None:
        """Room for the readout in the current type ("(γt = 10.0" ran into "Speed" at 1024 px); where the bar
        is too narrow for it and a usable slider (1024 px in presentation type with Explain open: the slider
        shrank to its handle), only γt, the lesson's time, with the whole readout in the tooltip."""
        metrics = self.fontMetrics()
        others = sum(
            w.sizeHint().width()
            for w in self.findChildren(QWidget)
            if w.parent() is self and w not in (self.slider, self.time_label) and w.isVisibleTo(self)
        )
        full = metrics.horizontalAdvance(FULL_SAMPLE) + 4
        self.short_time = self.width() < others + full + SLIDER_EM * metrics.height() + 40
        sample = SHORT_SAMPLE if self.short_time else FULL_SAMPLE
        self.time_label.setMinimumWidth(metrics.horizontalAdvance(sample) + 4)
        self._show_time()

    def _show_time(self) -> None:
        short = re.search(r"\((γt = [^)]*)\)", self._time_text) if self.short_time or self.gamma_only else None
        self.time_label.setText(short.group(1) if short else self._time_text)
        self.time_label.setToolTip(self._time_text)

    def set_gamma_only(self, on: bool) -> None:
        """Read out γt alone (presentation mode), or the whole readout when there is room."""
        self.gamma_only = on
        self._show_time()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_time_label()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_time_label()

    # --- state --------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.slider.value()

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def reset(self) -> None:
        self.pause()
        self.available = 0
        self.live = True
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.setValue(0)
        self.slider.blockSignals(False)

    def set_available(self, count: int) -> None:
        """New output times arrived; follow them while live."""
        self.available = count
        self.slider.setMaximum(max(0, count - 1))
        if self.live and count:
            self.slider.setValue(count - 1)

    @property
    def time_text(self) -> str:
        """The whole readout (the label may show only its γt part on a narrow bar)."""
        return self._time_text

    def set_time_text(self, text: str) -> None:
        self._time_text = text
        self._show_time()

    # --- control ------------------------------------------------------------------------
    def _take_over(self) -> None:
        self.live = False

    def _on_slider(self, value: int) -> None:
        self.index_changed.emit(value)

    def seek(self, index: int) -> None:
        self.live = False
        self.slider.setValue(max(0, min(index, self.slider.maximum())))

    def step(self, delta: int) -> None:
        self.pause()
        self.seek(self.index + delta)

    def home(self) -> None:
        self.seek(0)

    def end(self) -> None:
        self.seek(self.slider.maximum())
        self.live = True

    def play(self) -> None:
        if self.available < 2:
            return
        self.live = False
        if self.index >= self.slider.maximum():
            self.slider.setValue(0)
        self._carry = 0.0
        self.timer.start()
        self.play_button.setIcon(self.pause_icon)
        self.play_button.setText(translate("playback_bar", "Pause"))

    def pause(self) -> None:
        self.timer.stop()
        self.play_button.setIcon(self.play_icon)
        self.play_button.setText(translate("playback_bar", "Play"))

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def _tick(self) -> None:
        self._carry += self.speed.currentData() * POINTS_PER_SECOND * TICK_MS / 1000.0
        steps = int(self._carry)
        if steps == 0:
            return
        self._carry -= steps
        target = self.index + steps
        if target > self.slider.maximum():
            if self.loop.isChecked():
                target = 0
            else:
                target = self.slider.maximum()
                self.pause()
        self.slider.setValue(target)
