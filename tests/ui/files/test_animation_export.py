"""File → Export animation: a run of the window as MP4 or GIF, read back with ffmpeg's own decoder.

The frames must be the window's own views: in the window style the last frame is compared with the window's
Dynamics tab at the end of the run, grabbed at the size the animation draws it; in the presentation style
the large view with the same view drawn alone at that size in presentation type."""

from __future__ import annotations

import itertools
import os

import imageio_ffmpeg
import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QProgressDialog, QSplitter, QVBoxLayout, QWidget

from fourier_gui.engine.run_model import RunModel, RunState
from fourier_gui.io.animation_file import AnimationSpec
from fourier_gui.io.presets import load_preset
from fourier_gui.ui.files.animation_dialog import AnimationSettings
from fourier_gui.ui.files.animation_export import (
    STAGE_HEIGHT,
    AnimationJob,
    AnimationStage,
    settle,
    write_animation,
)
from fourier_gui.ui.files.presentation_video import VIDEO_PT
from fourier_gui.ui.style.plot_style import LARGE_FONT_PT, PlotStyle
from fourier_gui.ui.views.run_view import RunView


def read_back(path, size=(1280, 720)) -> list[np.ndarray]:
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = reader.__next__()
    w, h = meta["size"]
    assert (w, h) == size
    return [np.frombuffer(raw, np.uint8).reshape(h, w, 3) for raw in reader]


@pytest.fixture(scope="module")
def fig2_run():
    """Fig. 2 in 21 output times, run to the end without a window."""
    from fourier_gui.execution.run import simulate

    return simulate(load_preset("fig2").parameters.with_changes(points=21))


def rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    bits = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = bits.reshape(image.height(), image.bytesPerLine())[:, : 3 * image.width()]
    return rows.reshape(image.height(), image.width(), 3).copy()  # the image's memory goes with it


def fit_run_view(qtbot, window, width: int, height: int) -> None:
    """Resize the window until its Dynamics tab is width × height pixels."""
    view = window.run_view
    for _ in range(3):
        window.resize(window.width() + width - view.width(), window.height() + height - view.height())
        QApplication.processEvents()
    assert (view.width(), view.height()) == (width, height)


@pytest.mark.slow
def test_the_animation_is_the_window_played_back(qtbot, open_window, run_to_end, tmp_path):
    window = open_window(load_preset("fig2").parameters)
    assert run_to_end(window) is RunState.FINISHED
    result = window.model.result
    path = tmp_path / "fig2.mp4"
    probe = AnimationStage(result, (1280, 720), window.run_view.plot_style, like=window.run_view)
    caption = STAGE_HEIGHT - probe.view.height()
    probe.dispose()
    fit_run_view(qtbot, window, 1280, STAGE_HEIGHT - caption)  # the window's Dynamics tab at the stage's size
    style = window.run_view.plot_style
    job = AnimationJob(result, AnimationSpec(str(path), look="window"), style, "Fig. 2", like=window.run_view)
    with qtbot.waitSignal(job.finished, timeout=120_000):
        job.start()
    frames = read_back(path)
    assert len(frames) == result.completed == 201  # one frame per output time at the default speed
    assert np.abs(frames[0].astype(int) - frames[-1]).mean() > 1.0  # the run moves
    differing = sum(np.abs(a.astype(int) - b).max() > 40 for a, b in itertools.pairwise(frames))
    assert differing > 150  # the cursor moves in (almost) every frame

    window.run_view.redraw(force=True)
    shown = rgb(window.run_view.grab().toImage())
    last = frames[-1][: shown.shape[0]]
    first = frames[0][: shown.shape[0]]
    # pixels that differ by more than H.264's losses: a few, where a legend or an axis label fits a few pixels
    # differently; the first frame (cursor at t = 0, the small views at the start) differs much more
    far_last = (np.abs(last.astype(int) - shown).max(axis=2) > 80).mean()
    far_first = (np.abs(first.astype(int) - shown).max(axis=2) > 80).mean()
    assert far_last < 0.025, far_last
    assert far_last < 0.7 * far_first, (far_last, far_first)
    top = slice(0, shown.shape[0] // 2)  # P_μ(t) and its cursor alone: the same picture but for H.264's losses
    assert (np.abs(last[top].astype(int) - shown[top]).max(axis=2) > 80).mean() < 0.004
    # on the whole frame H.264's losses and the legends' few pixels: 3.6–4.1 over runs (the first frame ≈ 6)
    assert np.abs(last.astype(int) - shown).mean() < 5.0


def test_the_menu_asks_then_writes_with_a_progress_dialog(qtbot, open_window, run_to_end, tmp_path, monkeypatch):
    params = load_preset("fig2").parameters.with_changes(points=21)
    window = open_window(params)
    assert run_to_end(window) is RunState.FINISHED
    target = tmp_path / "lesson"  # no extension: the chosen filter's is added
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "GIF animation (*.gif)"))
    window.files.export_animation()
    job = window.files.animation
    assert job is not None
    qtbot.waitUntil(lambda: os.path.exists(tmp_path / "lesson.gif"), timeout=60_000)
    assert window.findChildren(QProgressDialog)
    reader = imageio_ffmpeg.read_frames(str(tmp_path / "lesson.gif"))
    assert reader.__next__()["size"] == (1280, 720)
    assert sum(1 for _ in reader) == 21
    assert "Saved" in window.last_status


def test_cancel_stops_at_once_and_leaves_no_file(qtbot, open_window, run_to_end, tmp_path):
    window = open_window(load_preset("fig2").parameters.with_changes(points=41))
    assert run_to_end(window) is RunState.FINISHED
    job = AnimationJob(window.model.result, AnimationSpec(str(tmp_path / "x.mp4")), window.run_view.plot_style)
    job.start()
    qtbot.waitUntil(lambda: job.frames.done >= 3, timeout=30_000)
    job.cancel()
    assert not job.timer.isActive()
    assert os.listdir(tmp_path) == []


def test_the_stage_is_never_shown_on_a_screen(qtbot, open_window, run_to_end):
    window = open_window(load_preset("fig2").parameters.with_changes(points=11))
    assert run_to_end(window) is RunState.FINISHED
    stage = AnimationStage(window.model.result, (1920, 1080), window.run_view.plot_style)
    try:
        frame = stage.frame(10)
        assert frame.shape == (1080, 1920, 3)
        assert stage.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    finally:
        stage.dispose()


def test_no_export_while_the_run_still_writes(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(load_preset("ten-sites").parameters)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[1]))
    window.start_run()
    qtbot.waitUntil(lambda: window.model.active, timeout=10_000)
    window.files.export_animation()
    assert told == ["A run is going"]
    window.model.stop()
    qtbot.waitUntil(lambda: window.model.can_start, timeout=30_000)


def drawn_alone(result, key: str, size: tuple[int, int]) -> np.ndarray:
    """One view of the run, alone in a widget of `size`, in presentation type at the run's end (P_μ(t) in γt)."""
    model = RunModel()
    view = RunView(model)
    view.timer.stop()
    view.set_style(PlotStyle.presentation(VIDEO_PT))
    view.set_compare(False)
    model.set_parameters(result.parameters)
    view.show_parameters(result.parameters)
    model.load(result)
    view.set_time_unit(True)
    plot = view.views[key]
    host = QWidget()
    host.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(plot.widget)  # out of its place in the run view's layout
    plot.widget.show()  # (a widget taken out of a stack stays hidden)
    host.resize(*size)
    host.show()
    settle()
    plot.draw(result, result.completed - 1)
    settle()
    try:
        return rgb(host.grab().toImage())
    finally:
        model.shutdown()
        shiboken6.delete(view)  # now: a run view left for the garbage collector outlived its view in `host`
        shiboken6.delete(host)  # and took a later font change (presentation mode) for a cue to lay it out


def far(a: np.ndarray, b: np.ndarray) -> float:
    """The share of pixels that differ by more than H.264's losses."""
    return float((np.abs(a.astype(int) - b).max(axis=2) > 80).mean())


@pytest.mark.parametrize(
    ("large", "key", "other"),
    [("dynamics", "dynamics", "profile"), ("levels", "levels", "dynamics"), ("kappa", "conductivity", "dynamics")],
)
def test_a_video_for_a_class_shows_the_chosen_view_large(qtbot, tmp_path, fig2_run, large, key, other):
    probe = AnimationStage(fig2_run, (1280, 720), PlotStyle.normal(), look="presentation", large=large)
    widget = probe.view.views[key].widget
    place = QRect(widget.mapTo(probe, QPoint(0, 0)), widget.size())
    kappa_shown = probe.view.conductivity.widget.isVisibleTo(probe)
    probe.dispose()
    assert place.width() > 0.6 * 1280 and place.height() > 0.85 * STAGE_HEIGHT, place  # two thirds, all but the caption
    assert kappa_shown is (large == "kappa")  # κ(T) is the same in every frame: only where it was chosen
    path = tmp_path / "class.mp4"
    write_animation(fig2_run, AnimationSpec(str(path), view=large))
    frames = read_back(path)
    assert len(frames) == 21
    shown = frames[-1][place.top() : place.bottom() + 1, place.left() : place.right() + 1]
    alone = drawn_alone(fig2_run, key, (place.width(), place.height()))
    elsewhere = drawn_alone(fig2_run, other, (place.width(), place.height()))
    # the same picture but for H.264's losses and a legend or label that fits a pixel differently
    assert far(shown, alone) < 0.002, far(shown, alone)
    assert np.abs(shown.astype(int) - alone).mean() < 1.5
    assert far(shown, elsewhere) > 0.03  # another view at that place would not pass
    assert VIDEO_PT >= LARGE_FONT_PT  # presentation type: short titles, fewer and larger tick labels


def test_a_video_at_1080_is_the_720_picture_with_curves_as_thick(qtbot, fig2_run):
    small = AnimationStage(fig2_run, (1280, 720), PlotStyle.normal(), look="presentation")
    large = AnimationStage(fig2_run, (1920, 1080), PlotStyle.normal(), look="presentation")
    try:
        a, b = small.frame(20), large.frame(20)
        pen = large.view.dynamics.ham[0].opts["pen"].widthF(), small.view.dynamics.ham[0].opts["pen"].widthF()
    finally:
        small.dispose()
        large.dispose()
    assert pen == (1.5 * pen[1], pen[1])  # pens are drawn in device pixels: scaled with the frame
    shrunk = rgb(QImage(b.data, 1920, 1080, 3 * 1920, QImage.Format.Format_RGB888).scaled(1280, 720))
    assert np.abs(shrunk.astype(int) - a).mean() < 12  # the same layout, sharper


def handle_places(stage: AnimationStage) -> list[QRect]:
    """The shown splitter handles of the stage, in the frame's pixels."""
    places = []
    for splitter in stage.findChildren(QSplitter):
        for i in range(splitter.count()):
            handle = splitter.handle(i)
            if handle.isVisibleTo(stage) and handle.width() * handle.height() > 0:
                top_left = handle.mapTo(stage, QPoint(0, 0)) * stage.scale  # a QPoint, rounded
                places.append(QRect(top_left, handle.size() * stage.scale))
    return places


def test_no_frame_shows_a_splitter_grip(qtbot, tmp_path, fig2_run):
    """The window style keeps the window's splitters: their places are plain, where Qt's style draws dots."""
    stage = AnimationStage(fig2_run, (1920, 1080), PlotStyle.normal(), look="window")
    try:
        places = handle_places(stage)
        assert len(places) == 3  # between P_μ(t) and the small views, and between the three small views
        frame = stage.frame(20)
        bands = [frame[r.top() : r.bottom() + 1, r.left() : r.right() + 1] for r in places]
        assert all(np.ptp(band.reshape(-1, 3), axis=0).max() <= 2 for band in bands)
        for splitter in stage.findChildren(QSplitter):  # the control: the grips as the window draws them
            for i in range(splitter.count()):
                splitter.handle(i).removeEventFilter(stage._no_grips)
        stage.render(QImage(8, 8, QImage.Format.Format_RGB32))  # (the next image puts the filters back)
        with_grips = rgb(stage.grab().toImage().scaled(1920, 1080))
        assert any(
            np.ptp(with_grips[r.top() : r.bottom() + 1, r.left() : r.right() + 1].reshape(-1, 3), axis=0).max() > 30
            for r in places
        )
    finally:
        stage.dispose()
    path = tmp_path / "window.mp4"
    write_animation(fig2_run, AnimationSpec(str(path), (1920, 1080), look="window"))
    last = read_back(path, (1920, 1080))[-1]
    for r in places:  # read back: plain but for H.264's losses
        band = last[r.top() + 1 : r.bottom(), r.left() + 1 : r.right()].astype(int)
        assert np.abs(band - np.median(band.reshape(-1, 3), axis=0)).max() < 25


def test_the_dialog_asks_for_the_look_and_the_large_view(qtbot, tmp_path, fig2_run):
    settings = AnimationSettings(fig2_run)
    qtbot.addWidget(settings)
    assert settings.spec("a.mp4").look == "presentation" and settings.spec("a.mp4").large_view == "dynamics"
    settings.large.setCurrentIndex(settings.large.findData("kappa"))
    assert settings.spec("a.mp4").view == "kappa"
    settings.look.setCurrentIndex(settings.look.findData("window"))
    assert not settings.large.isEnabled()
    assert settings.spec("a.mp4").validated().view is None  # the window style shows all its views


def test_a_font_change_leaves_the_presentation_as_it_is(qtbot, fig2_run):
    """Presentation mode changes the application's font while a video may be drawn: the run view whose
    views the stage took must not lay them out again (it lays itself out on a font change)."""
    from PySide6.QtGui import QFont

    stage = AnimationStage(fig2_run, (1280, 720), PlotStyle.normal(), look="presentation")
    old = QApplication.font()
    bigger = QFont(old)
    bigger.setFamily("Monospace")  # the stage's own type sets its size, not its family: this reaches its widgets
    bigger.setPointSize(old.pointSize() + 8)
    try:
        QApplication.setFont(bigger)
        settle()
        assert stage.view.profile.widget.parentWidget() is stage  # still beside P_μ(t), not a tab again
        assert stage.view.levels.widget.parentWidget() is stage
        assert stage.frame(20).shape == (720, 1280, 3)
    finally:
        stage.dispose()
        QApplication.setFont(old)
        settle()
