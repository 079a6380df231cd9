"""A run's playback as a video file: MP4 (H.264) or GIF (docs/contracts.md, "Animations").

This module knows frames (RGB arrays) and files, not windows: ui/files/animation_export.py renders the
frames from the window's own views. Frames go to ffmpeg, which the imageio-ffmpeg wheel carries inside
it, through a pipe fed by a thread of its own (so the caller never waits on the encoder), into a
temporary file beside the target that is renamed over it at the end (io/atomic.py): a cancelled or failed
export leaves the old file, or none, and no temporary file.
"""

from __future__ import annotations

import math
import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

from fourier_gui.io.atomic import FileWriteError, check_writable, current_umask, temporary_prefix
from fourier_gui.physics.errors import FourierGuiError

FORMATS = (".mp4", ".gif")
DEFAULT_SIZE = (1280, 720)
SIZES = ((1280, 720), (1920, 1080))
MIN_SIZE, MAX_SIZE = (320, 240), (3840, 2160)
DEFAULT_FPS = 20.0
FPS_RANGE = (1.0, 60.0)
SPEED_RANGE = (0.01, 600.0)
#: An animation has at most this many frames (17 minutes at 20 frames a second).
MAX_FRAMES = 20_000
#: Output times the window's playback shows a second at 1× (ui/views/playback_bar.py): the default speed.
PLAYBACK_POINTS_PER_SECOND = 20.0
#: Frames waiting for the encoder at most: the renderer waits (or, in the window, tries again later).
QUEUE_FRAMES = 4
#: The looks of a video: one chosen view large in projector type, or the Dynamics tab as the window draws it.
LOOKS = ("presentation", "window")
#: The views a presentation video can show large (`--animation-view`); P_μ(t) by default.
VIEWS = ("dynamics", "levels", "system", "profile", "kappa", "transport")


class AnimationError(FourierGuiError, ValueError):
    """A refused animation setting or a failed encoding, in one line naming the option or the file."""


@dataclass(frozen=True)
class AnimationSpec:
    """What to write: the file, its frame size in pixels, frames a second, seconds of video per 1/γ of
    the run (None: as the window's playback at 1×, 20 output times a second), its look (LOOKS) and, in
    the presentation look, the view shown large (VIEWS; None: P_μ(t))."""

    path: str
    size: tuple[int, int] = DEFAULT_SIZE
    fps: float = DEFAULT_FPS
    seconds_per_gamma: float | None = None
    look: str = "presentation"
    view: str | None = None

    @property
    def large_view(self) -> str:
        """The view the presentation look shows large."""
        return self.view or VIEWS[0]

    @property
    def kind(self) -> str:
        return Path(self.path).suffix.lower()

    def validated(self) -> AnimationSpec:
        """The spec itself, or AnimationError naming the setting and its allowed range."""
        if self.kind not in FORMATS:
            raise AnimationError(f"{self.path!r} is out of range (allowed: a .mp4 or .gif file)")
        check_size(self.size)
        if not FPS_RANGE[0] <= self.fps <= FPS_RANGE[1]:
            raise AnimationError(
                f"fps: {_as_given(self.fps)} is out of range (allowed: {FPS_RANGE[0]:g} … {FPS_RANGE[1]:g})"
            )
        s = self.seconds_per_gamma
        if s is not None and not SPEED_RANGE[0] <= s <= SPEED_RANGE[1]:
            raise AnimationError(
                f"speed: {_as_given(s)} seconds per 1/γ is out of range (allowed: {SPEED_RANGE[0]:g} … {SPEED_RANGE[1]:g})"
            )
        if self.look not in LOOKS:
            raise AnimationError(f"style: {self.look[:40]!r} is out of range (allowed: {', '.join(LOOKS)})")
        if self.view is not None and self.view not in VIEWS:
            raise AnimationError(f"view: {self.view[:40]!r} is out of range (allowed: {', '.join(VIEWS)})")
        if self.view is not None and self.look != "presentation":
            raise AnimationError(f"view: {self.view!r} needs the presentation style (the window style shows them all)")
        return self


def parse_size(text: str) -> tuple[int, int]:
    """ "1280x720" → (1280, 720); AnimationError naming the allowed sizes otherwise."""
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if match is None:
        raise AnimationError(f"size: {text[:40]!r} is not WIDTHxHEIGHT, e.g. 1280x720")
    return check_size((int(match[1]), int(match[2])))


def check_size(size: tuple[int, int]) -> tuple[int, int]:
    w, h = size
    if not (MIN_SIZE[0] <= w <= MAX_SIZE[0] and MIN_SIZE[1] <= h <= MAX_SIZE[1]) or w % 2 or h % 2:
        raise AnimationError(
            f"size: {w}x{h} is out of range (allowed: even widths {MIN_SIZE[0]} … {MAX_SIZE[0]} and even "
            f"heights {MIN_SIZE[1]} … {MAX_SIZE[1]})"
        )
    return w, h


def playback_seconds_per_gamma(times: np.ndarray, gamma: float) -> float:
    """The playback's 1× as a speed: (M − 1) output times at 20 a second over γ·t_max."""
    span = float(times[-1] - times[0]) * gamma
    return (len(times) - 1) / PLAYBACK_POINTS_PER_SECOND / span if span > 0 else 1.0


def frame_indices(spec: AnimationSpec, times: np.ndarray, gamma: float) -> np.ndarray:
    """The output time shown by each frame: frame f shows the last output time at or before
    t₀ + f/(fps · s · γ), s the seconds per 1/γ; the last frame shows the last time. AnimationError if the
    video would have more than MAX_FRAMES frames."""
    times = np.asarray(times, dtype=float)
    if len(times) < 2 or not gamma > 0:
        raise AnimationError("the run has fewer than two output times: nothing to animate")
    per_gamma = spec.seconds_per_gamma
    if per_gamma is None:
        per_gamma = playback_seconds_per_gamma(times, gamma)
    duration = float(times[-1] - times[0]) * gamma * per_gamma
    count = duration * spec.fps + 1
    if not math.isfinite(count) or count > MAX_FRAMES:
        raise AnimationError(
            f"speed: {per_gamma:g} s per 1/γ at {spec.fps:g} frames a second makes {count:.3g} frames (at most "
            f"{MAX_FRAMES}); choose a lower speed or fewer frames a second"
        )
    frames = max(2, round(count))
    shown = times[0] + np.arange(frames) / (spec.fps * per_gamma * gamma)
    indices = np.searchsorted(times, shown * (1 + 1e-12), side="right") - 1
    indices[-1] = len(times) - 1
    return np.clip(indices, 0, len(times) - 1)


def ffmpeg_exe() -> str:
    """The ffmpeg that the imageio-ffmpeg wheel carries (or IMAGEIO_FFMPEG_EXE names)."""
    try:
        import imageio_ffmpeg  # type: ignore[import-untyped]
    except ImportError:  # an install without the encoder
        raise AnimationError("animations need the imageio-ffmpeg package (pip install imageio-ffmpeg)") from None
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError as exc:
        raise AnimationError(f"no ffmpeg to encode with: {exc}") from None


def _raw_input(size: tuple[int, int], fps: float) -> list[str]:
    rate = str(Fraction(fps).limit_denominator(1001))
    return ["-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{size[0]}x{size[1]}", "-r", rate, "-i", "-"]


def _encoder_command(spec: AnimationSpec, output: str, palette: str | None) -> list[str]:
    """H.264 that every player and slide program opens; or a GIF in one palette, made from the frame with
    every colour of the run (its end), so no frame is held back to make a palette of the whole video."""
    head = [ffmpeg_exe(), "-y", "-v", "error", "-nostdin", *_raw_input(spec.size, spec.fps)]
    if spec.kind == ".mp4":
        codec = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "10", "-pix_fmt", "yuv420p"]
        return [*head, *codec, "-movflags", "+faststart", "-f", "mp4", output]
    assert palette is not None
    gif = ["-lavfi", "[0:v][1:v]paletteuse=dither=none", "-loop", "0", "-f", "gif", output]
    return [*head, "-i", palette, *gif]


def _make_palette(frame: np.ndarray, path: str, fps: float) -> None:
    """A GIF palette (PNG) for `frame`'s colours, by ffmpeg's palettegen."""
    size = (frame.shape[1], frame.shape[0])
    command = [ffmpeg_exe(), "-y", "-v", "error", *_raw_input(size, fps), "-vf", "palettegen=reserve_transparent=0"]
    done = subprocess.run(
        [*command, "-frames:v", "1", "-f", "image2", "-c:v", "png", path],
        input=np.ascontiguousarray(frame).tobytes(),
        capture_output=True,
        timeout=60,
    )
    if done.returncode != 0:
        raise AnimationError(f"the encoder could not make a GIF palette ({_last_line(done.stderr)})")


def _last_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "no message"


def _open_folder(path: Path) -> int | None:
    """A descriptor of the folder `path` where the system can remove a file relative to one (else None)."""
    if os.unlink not in os.supports_dir_fd or not hasattr(os, "O_DIRECTORY"):
        return None
    try:
        return os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return None


def _same_file(fd: int, path: Path) -> bool:
    """Whether `path` still names the folder open as `fd`."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


class AnimationWriter:
    """Frames in, a video file out: `add(rgb)` for each frame (H × W × 3 uint8), then `finish()`, or
    `cancel()`. ffmpeg encodes in its own process, fed by a thread of this writer; `room()` says whether
    `add` would return at once. A GIF needs `palette_frame`, a frame with every colour of the video."""

    def __init__(self, spec: AnimationSpec, palette_frame: np.ndarray | None = None) -> None:
        spec.validated()
        self.spec = spec
        self.target = check_writable(spec.path)
        ffmpeg_exe()
        self.folder = tempfile.mkdtemp(prefix="fourier-gui-animation.")  # the palette and ffmpeg's messages
        try:  # the video itself goes beside its target: renamed over it at the end, on one file system
            fd, self.tmp = tempfile.mkstemp(
                prefix=temporary_prefix(self.target.name), suffix=".tmp", dir=self.target.parent
            )
        except OSError as exc:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise FileWriteError(spec.path, exc.strerror or str(exc)) from None
        os.close(fd)
        self._name = os.path.basename(self.tmp)
        # the folder itself, held open: renamed during the export, its temporary file is still found and removed,
        # and the video is not put in place (where the folder went is not what was asked for)
        self._folder_fd = _open_folder(self.target.parent)
        self.frames = 0
        self._closed = False
        self._error: BaseException | None = None
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue(maxsize=QUEUE_FRAMES)
        try:
            palette = None
            if spec.kind == ".gif":
                if palette_frame is None:
                    raise AnimationError("a GIF needs a frame to take its palette from")
                palette = os.path.join(self.folder, "palette.png")
                _make_palette(palette_frame, palette, spec.fps)
            self._log = open(os.path.join(self.folder, "ffmpeg.log"), "w+b")  # noqa: SIM115 (closed in _remove)
            self._process = subprocess.Popen(
                _encoder_command(spec, self.tmp, palette),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                process_group=0,  # the terminal's Ctrl-C is ours to act on: cancel() ends the encoder
            )
        except BaseException:
            self._remove()
            raise
        self._thread = threading.Thread(target=self._feed, name="animation-encoder", daemon=True)
        self._thread.start()

    def _feed(self) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        ended = False
        try:
            while (frame := self._queue.get()) is not None:
                stdin.write(frame.data)  # the contiguous array itself, no copy
            ended = True
            stdin.close()
        except BaseException as exc:  # ffmpeg ended early (a full disk, killed): said by finish()
            self._error = self._error or exc
            while not ended:  # let add() and finish() return
                ended = self._queue.get() is None

    def room(self) -> bool:
        return not self._queue.full()

    def add(self, frame: np.ndarray) -> None:
        """One frame, H × W × 3 uint8 in the spec's size; waits while QUEUE_FRAMES wait for the encoder."""
        w, h = self.spec.size
        if frame.shape != (h, w, 3) or frame.dtype != np.uint8:
            raise AnimationError(f"a frame of shape {frame.shape} does not fit the animation's {w}x{h}")
        if self._error is not None:
            failure = self._failure()
            self.cancel()  # nothing left behind
            raise failure
        self._queue.put(np.ascontiguousarray(frame))
        self.frames += 1

    def finish(self, before_replace: Callable[[], None] | None = None) -> Path:
        """Wait for the encoder, then put the file in place; AnimationError (nothing left behind) if
        ffmpeg failed. `before_replace` may raise to keep the old file (a signal that came meanwhile)."""
        if self._closed:
            raise AnimationError(f"{self.spec.path!r} was cancelled")
        self._closed = True
        self._queue.put(None)
        self._thread.join()
        code = self._process.wait()
        if self._error is None and code != 0:
            self._error = AnimationError(f"the encoder failed ({self._stderr()})")
        if self._error is not None or self.frames == 0:
            failure = self._failure() if self._error is not None else AnimationError("no frame to write")
            self._remove()  # after the failure is read: it may quote the encoder's log, which this closes
            raise failure
        try:
            if before_replace is not None:
                before_replace()
            if self._folder_fd is not None and not _same_file(self._folder_fd, self.target.parent):
                raise FileWriteError(self.spec.path, "its folder was moved or removed during the export")
            os.chmod(self.tmp, 0o666 & ~current_umask())
            os.replace(self.tmp, self.target)
        except FileWriteError:
            self._remove()
            raise
        except OSError as exc:
            self._remove()
            raise FileWriteError(self.spec.path, exc.strerror or str(exc)) from None
        except BaseException:
            self._remove()
            raise
        self._remove()
        return self.target

    def cancel(self) -> None:
        """Stop the encoder at once and remove its files; the old file stays as it was. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._error = self._error or AnimationError("cancelled")
        with suppress(OSError):
            self._process.kill()
        with suppress(queue.Empty):
            while True:  # drop the waiting frames so that the end marker fits
                self._queue.get_nowait()
        self._queue.put(None)
        self._thread.join()
        self._process.wait()
        self._remove()

    def _stderr(self) -> str:
        self._log.seek(0)
        return _last_line(self._log.read()[-4000:])

    def _remove(self) -> None:
        with suppress(AttributeError, OSError):
            self._log.close()
        fd = getattr(self, "_folder_fd", None)
        with suppress(OSError):
            if fd is not None:
                os.unlink(self._name, dir_fd=fd)  # in the folder wherever it now is
            else:
                os.unlink(self.tmp)
        if fd is not None:
            with suppress(OSError):
                os.close(fd)
            self._folder_fd = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def _failure(self) -> FourierGuiError:
        exc = self._error
        if isinstance(exc, FourierGuiError):
            return exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        if isinstance(exc, BrokenPipeError):
            reason = self._stderr()
        return AnimationError(f"cannot write {self.spec.path!r}: the encoder stopped ({reason})")


def _as_given(value: float) -> str:
    """A refused number as it was given: every digit (60.0000001 is not 60), a whole number without `.0`."""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e16 else repr(value)
