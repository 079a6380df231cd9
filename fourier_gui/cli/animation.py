"""The `simulate` command's animation options: `--animation F.mp4|F.gif`, `--animation-size`, `--fps`,
`--animation-speed`, `--animation-style`, `--animation-view` (docs/contracts.md, "Animations"), checked
before the run and written after it."""

from __future__ import annotations

import argparse

from fourier_gui.cli.console import ProgressLine
from fourier_gui.cli.interrupts import check_signals
from fourier_gui.cli.output_checks import check_distinct, check_output
from fourier_gui.cli.usage import UsageError, check_qt_platform, number


def add_animation_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--animation",
        metavar="FILE.mp4|FILE.gif",
        help="also save the playback as a video: by default one view large in projector type (P_μ(t) with "
        "its cursor), the level diagram or system view and the profile small beside it",
    )
    p.add_argument("--animation-size", metavar="WxH", default="1280x720", help="its frame size (default 1280x720)")
    p.add_argument("--fps", type=number(float), default=20.0, help="its frames a second (1 … 60, default 20)")
    p.add_argument(
        "--animation-speed",
        type=number(float),
        metavar="S",
        help="seconds of video per 1/γ of the run (0.01 … 600; default: the window's playback at 1×, "
        "20 output times a second)",
    )
    p.add_argument(
        "--animation-style",
        metavar="presentation|window",
        default="presentation",
        help="presentation (default): one view large in projector type; window: the Dynamics tab's four views "
        "as the window draws them",
    )
    p.add_argument(
        "--animation-view",
        metavar="VIEW",
        help="the view shown large in the presentation style: dynamics (P_μ(t), the default), levels, system, "
        "profile, kappa (κ(T)) or transport",
    )


def animation_spec(ns: argparse.Namespace, outputs: dict[str, str | None], params):
    """The --animation options checked before the run (its name, size, speed; the file writable and
    distinct from the other outputs); None without --animation."""
    from fourier_gui.io.animation_file import AnimationError, AnimationSpec, frame_indices, parse_size

    if ns.animation is None:
        return None
    check_distinct({**outputs, "--animation": ns.animation})
    check_output("--animation", ns.animation, stdout_ok=False)
    check_qt_platform()  # Qt draws the frames
    option = "--animation"
    try:
        option = "--animation-size"
        size = parse_size(ns.animation_size)
        option = "--animation"
        spec = AnimationSpec(
            ns.animation, size, ns.fps, ns.animation_speed, ns.animation_style, ns.animation_view
        ).validated()
        frame_indices(spec, params.output_times(), params.gamma)  # too many frames: refused before the run
    except AnimationError as exc:
        text = str(exc)
        prefixes = (
            ("fps: ", "--fps"),
            ("speed: ", "--animation-speed"),
            ("size: ", "--animation-size"),
            ("style: ", "--animation-style"),
            ("view: ", "--animation-view"),
        )
        for word, name in prefixes:
            if text.startswith(word):
                text, option = text[len(word) :], name
        raise UsageError(f"{option}: {text}") from None
    return spec


def write_animation_option(result, spec, ns: argparse.Namespace) -> None:
    from fourier_gui.io.animation_file import AnimationError
    from fourier_gui.io.presets import load_preset
    from fourier_gui.ui.files.animation_export import write_animation

    title = load_preset(ns.preset).title if ns.preset else ""
    progress = ProgressLine(f"animation ({spec.size[0]}x{spec.size[1]})", enabled=not ns.quiet)
    try:
        write_animation(result, spec, title=title, progress=progress, check=check_signals)
    except AnimationError as exc:
        raise UsageError(f"--animation: {exc}") from None
    finally:
        progress.close()
