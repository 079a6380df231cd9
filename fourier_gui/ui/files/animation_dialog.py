"""File → Export animation…: the settings (the look, the large view, size, speed), the file, then a progress
dialog with Cancel.

The frames are drawn a few at a time between the window's events (ui/files/animation_export.py), so the
window stays live while ffmpeg encodes in its own process.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from fourier_gui.io.animation_file import (
    DEFAULT_FPS,
    FPS_RANGE,
    LOOKS,
    SIZES,
    SPEED_RANGE,
    VIEWS,
    AnimationSpec,
    playback_seconds_per_gamma,
)
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.files.animation_export import AnimationJob
from fourier_gui.ui.files.save_dialogs import ask_save_path, export_failed, remember_folder
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, translate
from fourier_gui.ui.style.widgets import add_ok_cancel
from fourier_gui.ui.views.run_view import RunView

FILTERS = QT_TRANSLATE_NOOP("animation_dialog", "MP4 video (*.mp4);;GIF animation (*.gif)")
#: The looks and the views as the dialog names them (io/animation_file.LOOKS and VIEWS, in their order).
LOOK_NAMES = (
    QT_TRANSLATE_NOOP("animation_dialog", "For a class: one view large, big type"),
    QT_TRANSLATE_NOOP("animation_dialog", "As in the window: all four views"),
)
VIEW_NAMES = (
    "P_μ(t)",
    QT_TRANSLATE_NOOP("animation_dialog", "Levels"),
    QT_TRANSLATE_NOOP("animation_dialog", "System"),
    QT_TRANSLATE_NOOP("animation_dialog", "Profile"),
    "κ(T)",
    QT_TRANSLATE_NOOP("animation_dialog", "Transport"),
)


class AnimationSettings(QDialog):
    """Look and large view, size, frames a second and speed (seconds of video per 1/γ), with the video's
    length. `view` is the one large at first (io/animation_file.VIEWS)."""

    def __init__(self, result: SimulationResult, parent: QWidget | None = None, view: str = VIEWS[0]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("animation_dialog", "Export animation"))
        self.run = result
        self.look = QComboBox()
        for look, name in zip(LOOKS, LOOK_NAMES, strict=True):
            self.look.addItem(translate("animation_dialog", name), look)
        self.look.setToolTip(
            translate(
                "animation_dialog",
                "For a class: the chosen view fills two thirds of the frame in projector type, the views that move "
                "beside it small; κ(T) only when chosen (it is the same in every frame). As in the window: the "
                "Dynamics tab's four views in the window's type",
            )
        )
        self.look.setAccessibleName(translate("animation_dialog", "Animation look"))
        self.large = QComboBox()
        for key, name in zip(VIEWS, VIEW_NAMES, strict=True):
            self.large.addItem(translate("animation_dialog", name), key)
        self.large.setCurrentIndex(VIEWS.index(view))
        self.large.setToolTip(translate("animation_dialog", "The view shown large in a video for a class"))
        self.large.setAccessibleName(translate("animation_dialog", "Large view"))
        self.look.currentIndexChanged.connect(lambda _i: self.large.setEnabled(self.look.currentData() == LOOKS[0]))
        self.size_box = QComboBox()
        for w, h in SIZES:
            self.size_box.addItem(f"{w} × {h}", (w, h))
        self.size_box.setToolTip(
            translate(
                "animation_dialog",
                "The video's frame size in pixels: 1280 × 720 for slides, 1920 × 1080 for a projector",
            )
        )
        self.size_box.setAccessibleName(translate("animation_dialog", "Animation size"))
        self.fps = QDoubleSpinBox()
        self.fps.setRange(*FPS_RANGE)
        self.fps.setDecimals(0)
        self.fps.setValue(DEFAULT_FPS)
        self.fps.setSuffix(translate("animation_dialog", " frames/s"))
        self.fps.setToolTip(
            translate("animation_dialog", "Frames a second ({low} … {high})").format(
                low=shown_number(FPS_RANGE[0]), high=shown_number(FPS_RANGE[1])
            )
        )
        self.fps.setAccessibleName(translate("animation_dialog", "Frames a second"))
        times = result.times[: result.completed]
        self.speed = QDoubleSpinBox()
        self.speed.setRange(*SPEED_RANGE)
        self.speed.setDecimals(2)
        self.speed.setValue(playback_seconds_per_gamma(times, result.gamma))
        self.speed.setSuffix(translate("animation_dialog", " s per 1/γ"))
        self.speed.setToolTip(
            translate(
                "animation_dialog",
                "Seconds of video for each relaxation time 1/γ of the run; the default plays as the window's "
                "playback at 1× (20 output times a second)",
            )
        )
        self.speed.setAccessibleName(translate("animation_dialog", "Animation speed"))
        form = QFormLayout(self)
        form.addRow(translate("animation_dialog", "Look"), self.look)
        form.addRow(translate("animation_dialog", "Large view"), self.large)
        form.addRow(translate("animation_dialog", "Size"), self.size_box)
        form.addRow(translate("animation_dialog", "Frames a second"), self.fps)
        form.addRow(translate("animation_dialog", "Speed"), self.speed)
        self.duration = QDoubleSpinBox()  # read-only: what the speed means
        self.duration.setReadOnly(True)
        self.duration.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.duration.setSuffix(translate("animation_dialog", " s of video"))
        self.duration.setRange(0, 1e9)
        self.duration.setAccessibleName(translate("animation_dialog", "Video length"))
        form.addRow(translate("animation_dialog", "Length"), self.duration)
        add_ok_cancel(self, form, translate("animation_dialog", "Choose file…"))
        self.speed.valueChanged.connect(self._show_length)
        self._show_length()

    def _show_length(self) -> None:
        times = self.run.times[: self.run.completed]
        self.duration.setValue(float(times[-1] - times[0]) * self.run.gamma * self.speed.value())

    def spec(self, path: str) -> AnimationSpec:
        look = self.look.currentData()
        view = self.large.currentData() if look == LOOKS[0] else None
        return AnimationSpec(path, self.size_box.currentData(), self.fps.value(), self.speed.value(), look, view)


def export_animation(
    parent: QWidget, result: SimulationResult | None, view: RunView, title: str, say
) -> AnimationJob | None:
    """Ask for the settings and the file, then write the animation with a progress dialog; the job (kept
    by the caller while it runs), or None if nothing was started."""
    if result is None or result.completed < 2:
        QMessageBox.information(
            parent,
            translate("animation_dialog", "Nothing to animate"),
            translate("animation_dialog", "Run a simulation first."),
        )
        return None
    shown = "transport" if view.transport.widget.isVisible() else VIEWS[0]  # the tab in sight, large at first
    settings = AnimationSettings(result, parent, shown)
    if settings.exec() != QDialog.DialogCode.Accepted:
        return None
    filters = translate("animation_dialog", FILTERS)
    path = ask_save_path(parent, translate("animation_dialog", "Export animation"), "run.mp4", filters)
    if path is None:
        return None
    try:
        job = AnimationJob(result, settings.spec(path), view.plot_style, title, parent, like=view)
    except FourierGuiError as exc:  # a refused setting, an unwritable folder, no encoder: one line
        export_failed(parent, str(exc))
        return None
    remember_folder(path)
    progress = QProgressDialog(
        translate("animation_dialog", "Drawing and encoding the frames…"),
        translate("animation_dialog", "Cancel"),
        0,
        len(job.frames),
        parent,
    )
    progress.setWindowTitle(translate("animation_dialog", "Export animation"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    job.progress.connect(lambda done, _total: progress.setValue(done))
    progress.canceled.connect(job.cancel)
    progress.canceled.connect(
        lambda: say(translate("animation_dialog", "Animation cancelled; {path} was not written").format(path=path))
    )
    job.finished.connect(
        lambda written: (progress.close(), say(translate("animation_dialog", "Saved {path}").format(path=written)))
    )

    def failed(reason: str) -> None:
        progress.close()
        export_failed(parent, reason)

    job.failed.connect(failed)
    job.progress_dialog = progress  # type: ignore[attr-defined]
    job.start()
    return job
