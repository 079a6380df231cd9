"""`simulate … --animation FILE`: the file read back by ffmpeg's decoder, and refusals before the run."""

from __future__ import annotations

import os
import subprocess
import sys

import imageio_ffmpeg
import pytest


def simulate(*args: str, cwd) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "fourier_gui", "simulate", "--preset", "fig2", "--quiet", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=cwd,
    )


@pytest.mark.parametrize(("name", "fps", "points"), [("run.gif", 10, 41), ("run.mp4", 30, 21)])
def test_the_animation_has_the_frames_its_speed_asks_for(tmp_path, name, fps, points):
    """At the default speed (the playback's 1×, 20 output times a second) a run of M points lasts
    (M − 1)/20 s: (M − 1)·fps/20 + 1 frames."""
    done = simulate(
        "--points", str(points), "--csv", "run.csv", "--animation", name, "--animation-size", "640x360",
        "--fps", str(fps), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reader = imageio_ffmpeg.read_frames(str(tmp_path / name))
    meta = reader.__next__()
    assert meta["size"] == (640, 360)
    assert sum(1 for _ in reader) == round((points - 1) * fps / 20) + 1
    assert sorted(os.listdir(tmp_path)) == sorted(["run.csv", name])


@pytest.mark.parametrize("args", [["--animation-view", "transport"], ["--animation-style", "window"]])
def test_each_style_and_view_writes_its_frames(tmp_path, args):
    done = simulate(
        "--points", "11", "--csv", "r.csv", "--animation", "r.mp4", "--animation-size", "640x360", *args,
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reader = imageio_ffmpeg.read_frames(str(tmp_path / "r.mp4"))
    assert reader.__next__()["size"] == (640, 360)
    assert sum(1 for _ in reader) == 11


def test_a_speed_sets_the_length(tmp_path):
    """fig2 runs to 5/γ: at 0.5 s per 1/γ and 8 frames a second, 2.5 s of video, 21 frames."""
    done = simulate(
        "--points", "11", "--csv", "r.csv", "--animation", "r.gif", "--animation-size", "320x240",
        "--fps", "8", "--animation-speed", "0.5", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reader = imageio_ffmpeg.read_frames(str(tmp_path / "r.gif"))
    reader.__next__()
    assert sum(1 for _ in reader) == 21


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--animation", "a.avi"], "--animation: 'a.avi' is out of range (allowed: a .mp4 or .gif file)"),
        (["--animation", "a.mp4", "--animation-size", "1281x720"], "--animation-size: 1281x720 is out of range"),
        (["--animation", "a.mp4", "--animation-size", "big"], "--animation-size: 'big' is not WIDTHxHEIGHT"),
        (["--animation", "a.mp4", "--fps", "120"], "--fps: 120 is out of range (allowed: 1 … 60)"),
        (["--animation", "a.mp4", "--animation-speed", "600"], "--animation-speed: 600 s per 1/γ"),
        (["--animation", "run.csv"], "--animation: 'run.csv' is the file --csv writes too"),
        (["--animation", "nofolder/a.mp4"], "--animation: cannot write 'nofolder/a.mp4'"),
        (
            ["--animation", "a.mp4", "--animation-view", "graph"],
            "--animation-view: 'graph' is out of range (allowed: dynamics, levels, system, profile, kappa, transport)",
        ),
        (
            ["--animation", "a.mp4", "--animation-style", "slides"],
            "--animation-style: 'slides' is out of range (allowed: presentation, window)",
        ),
        (
            ["--animation", "a.mp4", "--animation-style", "window", "--animation-view", "levels"],
            "--animation-view: 'levels' needs the presentation style",
        ),
        (["--animation", "a.mp4", "--animation-view", "le\nvels"], "--animation-view: 'le\\nvels' is out of range"),
    ],
)
def test_refused_before_the_run_and_nothing_written(tmp_path, args, words):
    done = simulate("--csv", "run.csv", *args, cwd=tmp_path)
    assert done.returncode == 2
    assert words in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert os.listdir(tmp_path) == []
