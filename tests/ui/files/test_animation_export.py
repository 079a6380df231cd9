"""File → Export animation: a run of the window as MP4 or GIF, read back with ffmpeg's own decoder.

The frames must be the window's own views: the last frame is compared with the window's Dynamics tab at the
end of the run, grabbed at the size the animation draws it."""

from __future__ import annotations

import itertools
import os

import imageio_ffmpeg
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QProgressDialog

from fourier_gui.engine.run_model import RunState
from fourier_gui.io.animation_file import AnimationSpec
from fourier_gui.io.presets import load_preset
from fourier_gui.ui.files.animation_export import STAGE_HEIGHT, AnimationJob, AnimationStage


def read_back(path) -> list[np.ndarray]:
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = reader.__next__()
    w, h = meta["size"]
    assert (w, h) == (1280, 720)
    return [np.frombuffer(raw, np.uint8).reshape(h, w, 3) for raw in reader]


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
    job = AnimationJob(result, AnimationSpec(str(path)), style, "Fig. 2", like=window.run_view)
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
