"""A run's playback as MP4 or GIF, drawn by the window's own views (docs/contracts.md, "Animations").

An `AnimationStage` holds the Dynamics tab's `RunView` and a caption with the run's title and time, laid out
offscreen (never shown on the screen) at 1280×720 logical pixels and painted at the file's size: a
1920×1080 video is the same picture, sharper. In the presentation look one chosen view fills two thirds
of the width in projector type, the views that move beside it small (κ(T) is the same picture in every
frame, so it is there only when chosen); in the window look the Dynamics tab as the window lays it out
(P_μ(t) with its cursor, the level diagram or system view, the profile and κ(T)). Either way no splitter
handle is drawn. Each frame draws the views at its output time, as the slider would, and is handed to
io/animation_file.py's writer, which encodes in a thread of its own.

`write_animation` does it all at once (the command line); `AnimationJob` does it a frame per timer tick
with a progress signal and Cancel (the window: the GUI thread never waits for more than one frame).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from fourier_gui.engine.run_model import RunModel
from fourier_gui.io.animation_file import VIEWS, AnimationSpec, AnimationWriter, frame_indices
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.files.presentation_video import VIDEO_PT, NoGrip, PresentationLayout, video_style
from fourier_gui.ui.language import shown_number
from fourier_gui.ui.style.plot_style import PlotStyle
from fourier_gui.ui.views.run_plot import RunPlot
from fourier_gui.ui.views.run_view import RunView

#: The stage's height in logical pixels: every size shows the same picture, scaled.
STAGE_HEIGHT = 720


class AnimationStage(QWidget):
    """The run's views and a caption, laid out offscreen at the animation's aspect ratio."""

    def __init__(
        self,
        result: SimulationResult,
        size: tuple[int, int],
        style: PlotStyle,
        title: str = "",
        like: RunView | None = None,
        look: str = "window",
        large: str = VIEWS[0],
    ) -> None:
        """`look` "window" (the Dynamics tab in `style`, shaped `like` the window's) or "presentation"
        (`large`, one of io/animation_file.VIEWS, large in presentation type, `style`'s colours)."""
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # laid out and painted, never on a screen
        self.size_px = size
        self.scale = size[1] / STAGE_HEIGHT
        self.result = result
        self.look = look
        presenting = look == "presentation"
        if presenting:
            style, like = video_style(style, VIDEO_PT, self.scale), None
        font = QFont(self.font())  # the window's type where there is one; else the style's
        font.setPointSize(style.font_pt)
        self.setFont(like.font() if like is not None else font)
        self.model = RunModel(self)
        self.view = RunView(self.model)
        self.view.timer.stop()  # drawn frame by frame, never by its timer
        self.view.set_style(style)
        self.view.set_compare(False)
        self.title = QLabel(title or "fourier-gui")
        self.clock = QLabel()
        caption = QHBoxLayout()
        caption.setContentsMargins(12, 0, 14, 6)
        caption.addWidget(self.title, 1)
        caption.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addLayout(caption)
        self.resize(round(size[0] / self.scale), STAGE_HEIGHT)
        self.model.set_parameters(result.parameters)  # not stale: full colour
        self.view.show_parameters(result.parameters)  # κ(T) follows the parameters, as from the panel
        self.model.load(result)
        self.shown: list[RunPlot] = []  # the views a frame draws, in the presentation look
        self.presentation: PresentationLayout | None = None
        if presenting:
            self.presentation = PresentationLayout(self.view, self.model, large, style, self.scale, self.font())
            self.shown = self.presentation.shown
            layout.insertLayout(0, self.presentation, 1)
        self._no_grips = NoGrip(self)
        self.show()
        if like is not None:
            self.share_like(like)
        if self.presentation is not None:
            settle()
            self.draw(result.completed - 1)  # the temperatures' line as long as it gets
            self.presentation.share_column()
            settle()
        self.draw(result.completed - 1)
        settle()  # legends reflow and plots refit in posted events: drawn before them, κ(T)'s legend lay on it

    def share_like(self, other: RunView) -> None:
        """The window's shares of height and width between P_μ(t) and the small views."""
        for mine, theirs in zip(self.view.splitters, other.splitters, strict=True):
            total, shares = sum(mine.sizes()), theirs.sizes()
            if sum(shares) > 0 and len(shares) == len(mine.sizes()):
                mine.setSizes([round(total * share / sum(shares)) for share in shares])

    def draw(self, index: int) -> None:
        """The views at output time `index`, and the caption's clock."""
        if self.look != "presentation":
            self.view.playback.seek(index)
            self.view.redraw(force=True)
            self.clock.setText(self.view.playback.time_text)
            return
        r = self.result
        for plot in self.shown:
            plot.draw(r, index)
        t = r.times[index]
        self.clock.setText(
            f"γt = {shown_number(t * r.gamma, '.2f')}"
        )  # the class's time, as the stage's playback bar says it

    def image(self, index: int) -> QImage:
        """The views at output time `index`, as an RGB image at the animation's size."""
        self.draw(index)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the clock's new width
        for splitter in self.findChildren(QSplitter):  # now: the run view makes new handles as it lays out
            for i in range(splitter.count()):
                splitter.handle(i).installEventFilter(self._no_grips)  # once: Qt keeps a filter once
        w, h = self.size_px
        # drawn in the raster engine's own format (four times faster than RGB888 for the plots' grids)
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(self.scale)
        image.fill(Qt.GlobalColor.white)
        self.render(image)
        return image.convertToFormat(QImage.Format.Format_RGB888)

    def frame(self, index: int) -> np.ndarray:
        """The views at output time `index`, as H × W × 3 uint8 at the animation's size."""
        rgb = self.image(index)
        w, h = self.size_px
        bits = np.frombuffer(rgb.constBits(), np.uint8, count=rgb.sizeInBytes())
        return bits.reshape(h, rgb.bytesPerLine())[:, : 3 * w].reshape(h, w, 3).copy()

    def dispose(self) -> None:
        self.model.shutdown()
        self.close()
        self.deleteLater()


def settle(rounds: int = 3) -> None:
    """Let posted layout events run (a legend's reflow, a plot's refit, which queue events of their own)."""
    for _ in range(rounds):
        QApplication.processEvents()


def run_title(result: SimulationResult, title: str = "") -> str:
    """The caption: the preset's or lesson's title if any, and the run's N, n and λ."""
    p = result.parameters
    what = f"N = {p.sites}, n = {p.levels}, λ = {shown_number(p.lam, '.3g')}, δε = {shown_number(p.bandwidth, '.3g')}"
    return f"{title} — {what}" if title else f"fourier-gui — {what}"


def open_animation(
    result: SimulationResult, spec: AnimationSpec, style: PlotStyle, title: str, like: RunView | None = None
) -> tuple[AnimationStage, AnimationWriter, Frames]:
    """The stage, the writer and the frames of an animation of `result` (AnimationError before anything
    is made for a refused spec); a GIF's palette is taken from the last frame, where every site's points
    are drawn."""
    spec = spec.validated()
    indices = frame_indices(spec, result.times[: result.completed], result.gamma)
    stage = AnimationStage(result, spec.size, style, run_title(result, title), like, spec.look, spec.large_view)
    try:
        writer = AnimationWriter(spec, stage.frame(int(indices[-1])) if spec.kind == ".gif" else None)
    except BaseException:
        stage.dispose()
        raise
    return stage, writer, Frames(stage, indices)


class Frames:
    """The frames of an animation in order; a frame that shows the same output time as the one before is
    not drawn again."""

    def __init__(self, stage: AnimationStage, indices: np.ndarray) -> None:
        self.stage = stage
        self.indices = indices
        self.done = 0
        self._last: tuple[int, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self.indices)

    def next(self) -> np.ndarray:
        k = int(self.indices[self.done])
        if self._last is None or self._last[0] != k:
            self._last = (k, self.stage.frame(k))
        self.done += 1
        return self._last[1]


def write_animation(
    result: SimulationResult,
    spec: AnimationSpec,
    style: PlotStyle | None = None,
    title: str = "",
    progress: Callable[[float], None] | None = None,
    check: Callable[[], None] | None = None,
) -> Path:
    """The whole animation, written before returning (the command line). AnimationError or FileWriteError
    in one line if it cannot be; the old file is then intact. `check` is called between frames and before
    the file is put in place: what it raises (a signal) stops the export there, the old file intact."""
    import gc

    from fourier_gui.ui.files.offscreen_plots import ensure_app
    from fourier_gui.ui.gui_garbage import collect_garbage_in_gui_thread

    ensure_app()
    stage, writer, frames = open_animation(result, spec, style or PlotStyle.normal(), title)
    collector = collect_garbage_in_gui_thread()  # here, never in the encoder's thread (docs/architecture.md)
    try:
        for _ in range(len(frames)):
            writer.add(frames.next())
            collector.check()
            if progress is not None:
                progress(frames.done / len(frames))
            if check is not None:
                check()
        return writer.finish(check)
    except BaseException:
        writer.cancel()
        raise
    finally:
        stage.dispose()
        gc.enable()


class AnimationJob(QObject):
    """An animation written a frame per timer tick: `progress(done, total)`, then `finished(path)` or
    `failed(reason)`; `cancel()` stops at once and leaves no file."""

    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        result: SimulationResult,
        spec: AnimationSpec,
        style: PlotStyle,
        title: str = "",
        parent=None,
        like: RunView | None = None,
    ) -> None:
        super().__init__(parent)
        self.stage, self.writer, self.frames = open_animation(result, spec, style, title, like)
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)

    def start(self) -> None:
        self.timer.start()

    def _step(self) -> None:
        if not self.writer.room():  # the encoder is behind: the event loop runs on, we try again
            return
        try:
            self.writer.add(self.frames.next())
            self.progress.emit(self.frames.done, len(self.frames))
            if self.frames.done == len(self.frames):
                self.timer.stop()
                path = self.writer.finish()
                self._close()
                self.finished.emit(str(path))
        except FourierGuiError as exc:
            self.timer.stop()
            self.writer.cancel()
            self._close()
            self.failed.emit(str(exc))

    def cancel(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.writer.cancel()
            self._close()

    def _close(self) -> None:
        if self.stage is not None:
            self.stage.dispose()
            self.stage = None  # type: ignore[assignment]
