"""Benchmark: a run's animation (File → Export animation, `simulate --animation`) against its two floors.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_animation.py [--repeats 3]

For each preset (201 output times, one frame each at the default speed) and format: the whole export
(draw every frame with the window's views, encode, write), and in the same run its floors: drawing the
frames alone (the views, no encoder) and encoding the same frames alone (ffmpeg from memory, no drawing).
The two overlap in the export (ffmpeg runs in its own process beside the drawing), so the export can beat
their sum. Target: a 201-point run at 1280×720 under 10 s on 2 cores. Prints a Markdown table of medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_of(preset: str):
    from fourier_gui.execution import ExactRun
    from fourier_gui.io.presets import load_preset

    run = ExactRun(load_preset(preset).parameters)
    for _ in run.chunks():
        pass
    return run.result


def export_seconds(result, path: str, size) -> float:
    from fourier_gui.io.animation_file import AnimationSpec
    from fourier_gui.ui.files.animation_export import write_animation

    start = time.perf_counter()
    write_animation(result, AnimationSpec(path, size))
    return time.perf_counter() - start


def draw_seconds(result, size):
    """Seconds to draw every frame, and the frames (for the encoder's floor)."""
    from fourier_gui.io.animation_file import AnimationSpec, frame_indices
    from fourier_gui.ui.files.animation_export import AnimationStage, Frames
    from fourier_gui.ui.style.plot_style import PlotStyle

    indices = frame_indices(AnimationSpec("x.mp4", size), result.times[: result.completed], result.gamma)
    start = time.perf_counter()
    stage = AnimationStage(result, size, PlotStyle.normal())
    frames = Frames(stage, indices)
    drawn = [frames.next() for _ in range(len(frames))]
    seconds = time.perf_counter() - start
    stage.dispose()
    return seconds, drawn


def encode_seconds(frames, path: str, size) -> float:
    from fourier_gui.io.animation_file import AnimationSpec, AnimationWriter

    start = time.perf_counter()
    writer = AnimationWriter(AnimationSpec(path, size), palette_frame=frames[-1])
    for frame in frames:
        writer.add(frame)
    writer.finish()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    from fourier_gui.ui.files.offscreen_plots import ensure_app

    ensure_app()
    folder = tempfile.mkdtemp()
    cases = [("fig2", ".mp4", (1280, 720)), ("fig2", ".gif", (1280, 720)), ("ten-sites", ".mp4", (1280, 720)),
             ("ten-sites", ".gif", (1280, 720)), ("ten-sites", ".mp4", (1920, 1080))]  # fmt: skip
    print(f"cores: {os.cpu_count()}; medians of {args.repeats}\n")
    print(
        "| preset | format | size | frames | export (s) | draw only (s) | encode only (s) | export / (draw + encode) | file |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    results = {}
    for preset, kind, size in cases:
        result = results.setdefault(preset, run_of(preset))
        path = os.path.join(folder, f"{preset}{kind}")
        export, draw, encode = [], [], []
        frames = []
        for _ in range(args.repeats):
            export.append(export_seconds(result, path, size))
            seconds, frames = draw_seconds(result, size)
            draw.append(seconds)
            encode.append(encode_seconds(frames, path, size))
        e, d, c = (statistics.median(x) for x in (export, draw, encode))
        megabytes = os.path.getsize(path) / 1e6
        print(
            f"| {preset} | {kind[1:].upper()} | {size[0]}×{size[1]} | {len(frames)} | {e:.2f} | {d:.2f} | {c:.2f} "
            f"| {e / (d + c):.2f} | {megabytes:.1f} MB |"
        )


if __name__ == "__main__":
    main()
