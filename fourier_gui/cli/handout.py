"""A lesson's handout from the command line, without a window: `fourier-gui --lesson NAME --handout F.pdf
[--answers] [--language CODE]` (docs/contracts.md), in the language chosen (else the system's, else English).

Each step that runs in the window runs here, as the window would run it (the step's parameters, to the end),
and the figure of the view the step is about is drawn offscreen for print (ui/files/handout_figures.py); the
PDF is written once, at the end, atomically. Bad input is refused before any run: one line, exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys

from fourier_gui.cli.console import ProgressLine
from fourier_gui.cli.output_checks import check_output
from fourier_gui.cli.usage import UsageError

#: The window's options that mean nothing for a handout written without a window.
WINDOW_ONLY = ("screenshot", "presentation", "run", "tab", "preset")


def check_handout_options(ns: argparse.Namespace, lesson: object) -> None:
    """Refuse what cannot make a handout: --answers without --handout, no lesson, a window option, an output that
    is not a writable .pdf file, a language not shipped (the one given is chosen for the handout)."""
    if ns.handout is None:
        if ns.answers:
            raise UsageError("--answers: only with --handout FILE.pdf (the teacher's key of a lesson)")
        return
    if lesson is None:
        raise UsageError("--handout: needs a lesson (--lesson NAME|FILE.json, or a lesson FILE)")
    for name in WINDOW_ONLY:
        if getattr(ns, name, None):
            raise UsageError(f"--handout: writes a file without opening the window; not with --{name}")
    if not ns.handout.lower().endswith(".pdf"):
        raise UsageError(f"--handout: {ns.handout!r} is out of range (allowed: a .pdf file)")
    check_output("--handout", ns.handout, stdout_ok=False)
    language = getattr(ns, "language", None)
    if language is not None:
        from fourier_gui.ui.language import SUPPORTED, set_language

        if language not in SUPPORTED:
            raise UsageError(f"--language: {language!r} is not shipped (allowed: {', '.join(SUPPORTED)})")
        set_language(language)


def write_lesson_handout(lesson, path: str, answers: bool) -> int:
    """Run each step of `lesson` that runs, draw its figure and write the handout (or key) to `path`."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window: Qt draws offscreen, display or not
    from fourier_gui.execution import ExactRun
    from fourier_gui.ui.files.handout import lesson_handout, write_handout
    from fourier_gui.ui.files.handout_figures import Figure, figure_kind, step_figure
    from fourier_gui.ui.files.offscreen_plots import ensure_app
    from fourier_gui.ui.language import current_language, install_translator

    install_translator(ensure_app())  # the figures' titles, axes and numbers in the handout's language
    lesson = lesson.in_language(current_language())  # its texts, and with them the handout's words
    figures: dict[int, tuple[Figure, ...]] = {}
    results = {}  # each step's run, for a later step's reference and for a step that plays it again
    runs = [number for number, step in enumerate(lesson.steps) if step.run]
    last = None
    for number, step in enumerate(lesson.steps):
        if step.run:
            run = ExactRun(step.parameters)
            count = runs.index(number) + 1
            progress = ProgressLine(
                f"handout: step {number + 1} ({count} of {len(runs)} runs)", enabled=sys.stderr.isatty()
            )
            for _ in run.chunks():
                progress(run.result.progress)
            progress.close()
            last = results[number] = run.result
        elif step.playback != "start" or last is None:
            continue  # a step without a run of its own has a figure only where it plays the last one
        reference = None
        if step.reference is not None and step.reference in results:
            reference = (results[step.reference], lesson.reference_label(step) or "earlier run")
        figures[number] = (step_figure(last, figure_kind(step.view, step.tab), step.playback, reference),)
    write_handout(path, lesson_handout(lesson, lambda number: figures.get(number, ()), answers))
    return 0
