"""Starting the app (ui/shell/app.py), and ending it by a signal."""

import os
import signal

import pytest


def test_window_and_taskbar_icon_come_from_resources():
    from fourier_gui.ui.shell.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_to_the_window_cancels_its_export_and_ends_it_as_a_command(qtbot, tmp_path, signum, status):
    """Ctrl-C, `kill` or a closed terminal while File → Export animation writes: the export is cancelled (the
    old video intact, no temporary file, no encoder), the window closes, the exit status is 128 + the signal."""
    from PySide6.QtWidgets import QApplication, QWidget

    from fourier_gui.execution.run import simulate
    from fourier_gui.io.animation_file import AnimationSpec
    from fourier_gui.io.presets import load_preset
    from fourier_gui.ui.files.animation_export import AnimationJob
    from fourier_gui.ui.shell.app import SignalStop
    from fourier_gui.ui.style.plot_style import PlotStyle

    result = simulate(load_preset("fig2").parameters.with_changes(points=41))
    (tmp_path / "x.mp4").write_bytes(b"old video")
    window = QWidget()
    qtbot.addWidget(window)
    job = AnimationJob(result, AnimationSpec(str(tmp_path / "x.mp4"), (320, 240)), PlotStyle.normal(), parent=window)
    stop = SignalStop(window, QApplication.instance())
    try:
        job.start()
        qtbot.waitUntil(lambda: job.frames.done >= 2, timeout=30_000)
        os.kill(os.getpid(), signum)  # recorded by SignalStop's handler, acted on by its timer
        qtbot.waitUntil(lambda: not job.timer.isActive(), timeout=10_000)
    finally:
        code = stop.end()
    assert code == status
    assert job.frames.done < len(job.frames)
    assert sorted(os.listdir(tmp_path)) == ["x.mp4"] and (tmp_path / "x.mp4").read_bytes() == b"old video"
    assert job.writer._process.poll() is not None  # the encoder has ended
