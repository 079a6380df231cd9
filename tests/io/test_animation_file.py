"""The animation writer and its frame times (io/animation_file.py), checked from outside: frames written are
read back with ffmpeg's own decoder; which output time a frame shows follows from the speed in closed form."""

from __future__ import annotations

import os

import imageio_ffmpeg
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourier_gui.io.animation_file import (
    MAX_FRAMES,
    AnimationError,
    AnimationSpec,
    AnimationWriter,
    frame_indices,
    parse_size,
)
from fourier_gui.physics.errors import FourierGuiError


def read_back(path) -> tuple[tuple[int, int], list[np.ndarray]]:
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = reader.__next__()
    w, h = meta["size"]
    return (w, h), [np.frombuffer(raw, np.uint8).reshape(h, w, 3) for raw in reader]


def bars(count: int, size=(320, 240)) -> list[np.ndarray]:
    """White frames with a black bar that moves right: each frame differs from the one before."""
    w, h = size
    frames = []
    for i in range(count):
        frame = np.full((h, w, 3), 255, np.uint8)
        x = 10 + i * (w - 60) // max(count - 1, 1)
        frame[60:180, x : x + 40] = (20, 40, 160)
        frames.append(frame)
    return frames


@pytest.mark.parametrize("name", ["clip.mp4", "clip.gif"])
def test_the_frames_come_back_from_the_file(tmp_path, name):
    frames = bars(12)
    path = tmp_path / name
    writer = AnimationWriter(AnimationSpec(str(path), (320, 240), fps=10), palette_frame=frames[-1])
    for frame in frames:
        writer.add(frame)
    writer.finish()
    size, decoded = read_back(path)
    assert size == (320, 240)
    assert len(decoded) == len(frames)
    for original, back in zip(frames, decoded, strict=True):  # lossy, but each frame is itself
        assert np.abs(back.astype(int) - original).mean() < 4
    assert os.listdir(tmp_path) == [name]  # no temporary file left


def test_a_cancelled_export_leaves_the_old_file_and_nothing_else(tmp_path):
    path = tmp_path / "talk.mp4"
    path.write_bytes(b"last term's video")
    writer = AnimationWriter(AnimationSpec(str(path), (320, 240)))
    for frame in bars(5):
        writer.add(frame)
    writer.cancel()
    assert path.read_bytes() == b"last term's video"
    assert os.listdir(tmp_path) == ["talk.mp4"]


def test_an_encoder_that_dies_is_one_error_and_no_file(tmp_path):
    path = tmp_path / "x.mp4"
    writer = AnimationWriter(AnimationSpec(str(path), (320, 240)))
    writer.add(bars(1)[0])
    writer._process.kill()  # as a full disk or the OOM killer would end it
    with pytest.raises(AnimationError, match=r"x\.mp4"):
        for frame in bars(200):
            writer.add(frame)
        writer.finish()
    assert os.listdir(tmp_path) == []


def test_a_frame_of_the_wrong_size_is_refused(tmp_path):
    writer = AnimationWriter(AnimationSpec(str(tmp_path / "x.mp4"), (320, 240)))
    with pytest.raises(AnimationError, match="320x240"):
        writer.add(np.zeros((240, 322, 3), np.uint8))
    writer.cancel()
    assert os.listdir(tmp_path) == []


def test_frames_at_the_playback_speed_are_the_output_times():
    """The default speed is the window's playback at 1× (20 output times a second): at 20 frames a
    second each frame is the next output time."""
    times = np.linspace(0.0, 31_830.0, 201)
    indices = frame_indices(AnimationSpec("a.mp4"), times, gamma=5 / 31_830.0)
    assert indices.tolist() == list(range(201))


@given(
    points=st.integers(2, 400),
    t_gamma=st.floats(0.05, 50),
    fps=st.floats(1, 60),
    speed=st.floats(0.01, 20),
)
def test_each_frame_shows_the_last_output_time_before_its_own(points, t_gamma, fps, speed):
    gamma = 0.37
    times = np.linspace(0.0, t_gamma / gamma, points)
    spec = AnimationSpec("a.gif", fps=fps, seconds_per_gamma=speed)
    try:
        indices = frame_indices(spec, times, gamma)
    except AnimationError as exc:
        assert t_gamma * speed * fps + 1 > MAX_FRAMES, exc
        return
    assert len(indices) == max(2, round(t_gamma * speed * fps + 1))
    assert indices[0] == 0 and indices[-1] == points - 1
    assert np.all(np.diff(indices) >= 0)
    frame_time = np.arange(len(indices)) / (fps * speed * gamma)
    inner = slice(0, -1)  # the last frame shows the end, whatever the rounding
    assert np.all(times[indices[inner]] <= frame_time[inner] * (1 + 1e-9) + 1e-12)
    later = np.minimum(indices[inner] + 1, points - 1)
    assert np.all((times[later] > frame_time[inner]) | (indices[inner] == points - 1))


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        (AnimationSpec("a.avi"), ".mp4 or .gif"),
        (AnimationSpec("a.mp4", (321, 240)), "even widths 320 … 3840"),
        (AnimationSpec("a.mp4", (320, 9000)), "heights 240 … 2160"),
        (AnimationSpec("a.mp4", fps=0.5), "fps: 0.5 is out of range"),
        (AnimationSpec("a.mp4", seconds_per_gamma=1e4), "seconds per 1/γ is out of range"),
        (AnimationSpec("a.mp4", look="slides"), r"style: 'slides' is out of range \(allowed: presentation, window\)"),
        (AnimationSpec("a.mp4", view="graph"), r"view: 'graph' is out of range \(allowed: dynamics, levels, system"),
        (AnimationSpec("a.mp4", look="window", view="levels"), "view: 'levels' needs the presentation style"),
    ],
)
def test_refused_settings_name_themselves_and_their_range(spec, words):
    with pytest.raises(AnimationError, match=words):
        spec.validated()


@given(st.text(max_size=60))
def test_any_size_text_is_a_size_or_one_error(text):
    try:
        w, h = parse_size(text)
    except FourierGuiError as exc:
        assert "size:" in str(exc) and "\n" not in str(exc)
    else:
        assert 320 <= w <= 3840 and 240 <= h <= 2160 and w % 2 == 0 == h % 2


def test_a_video_is_for_a_class_by_default_and_shows_p_mu_large():
    spec = AnimationSpec("a.mp4").validated()
    assert (spec.look, spec.large_view) == ("presentation", "dynamics")
    assert AnimationSpec("a.mp4", view="kappa").validated().large_view == "kappa"
