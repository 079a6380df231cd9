"""Ctrl-C and `kill` at any moment of an animation export (docs/contracts.md, "Exit status"): the command ends
with 130 or 143 and one line, the old file intact, no temporary file beside it, no temporary folder, no encoder
process left. Signals raised inside Qt's paint overrides were printed and dropped (exit 0, the file replaced) or
crashed the process; they are now taken between frames."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import fourier_gui

ROOT = str(Path(fourier_gui.__file__).resolve().parents[1])
OLD = b"old video"
ARGV = ["simulate", "--preset", "fig2", "--points", "120", "--quiet", "--csv", "run.csv", "--animation", "v.mp4"]


def _encoders(folder: Path) -> list[str]:
    """Processes whose command line names a file in `folder` (the encoder writes its temporary file there)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if any(str(folder).encode() in a for a in args) and b"ffmpeg" in b" ".join(args):
            found.append(b" ".join(args).decode(errors="replace"))
    return found


def _export_and_signal(tmp_path: Path, signum: int, after: float | None, group: bool) -> tuple[int, str]:
    """The export, signalled `after` seconds from its start (None: as soon as the encoder has its file, while
    the frames are drawn)."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    (tmp_path / "v.mp4").write_bytes(OLD)
    env = {**os.environ, "PYTHONPATH": ROOT, "TMPDIR": str(scratch), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "fourier_gui", *ARGV],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    if after is None:
        for _ in range(1200):
            if process.poll() is not None or any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
                break
            time.sleep(0.05)
        time.sleep(0.3)
    else:
        time.sleep(after)
    if process.poll() is None:
        (os.killpg if group else os.kill)(process.pid, signum)  # the terminal's Ctrl-C, or `kill PID`
    _out, err = process.communicate(timeout=120)
    for _ in range(50):  # an encoder killed by cancel() is reaped at once; allow it a moment
        if not _encoders(tmp_path):
            break
        time.sleep(0.1)
    assert _encoders(tmp_path) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert list(scratch.iterdir()) == []  # no temporary folder (the palette, the encoder's log)
    return process.returncode, err


#: Moments in seconds after the start: the run, the stage's making, the frames, the encoder's end.
MOMENTS = [round(random.Random(seed).uniform(0.5, 9.0), 2) for seed in range(6)]


def _check(tmp_path: Path, signum: int, status: int, after: float | None, group: bool) -> None:
    code, err = _export_and_signal(tmp_path, signum, after, group)
    video = (tmp_path / "v.mp4").read_bytes()
    if code in (0, -signum):  # the signal came after the command had ended, or while Python exited after it
        assert video[4:8] == b"ftyp" and err == "", err
        return
    assert code == status, err
    assert err.count("\n") == 1 and f"stopped by {signal.Signals(signum).name}" in err, err
    assert "Error calling" not in err and "Traceback" not in err
    assert video == OLD


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_while_the_frames_are_drawn_keeps_the_old_video(tmp_path, signum, status):
    _check(tmp_path, signum, status, None, group=signum == signal.SIGINT)


@pytest.mark.slow
@pytest.mark.parametrize("after", MOMENTS)
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_at_any_moment_of_an_export_keeps_the_old_video(tmp_path, signum, status, after):
    _check(tmp_path, signum, status, after, group=signum == signal.SIGINT)
