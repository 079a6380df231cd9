"""Guided lessons: JSON files of steps (docs/contracts.md, "Lesson files"), bundled in resources/lessons/.

A step sets a preset and/or changes parameters, says in plain words what to watch, and may ask one
question with its answer. Every step's parameters are resolved and validated when the file is read (a
step without a preset starts from the step before it; the first from the default preset), so a lesson
that opens runs to its end; a bad file is one LessonError naming the step and the field.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fourier_gui.io.bundled import resources_path
from fourier_gui.io.presets import DEFAULT_PRESET, load_preset, preset_names
from fourier_gui.io.user_files import load_user_json
from fourier_gui.physics.errors import FourierGuiError, ParameterError
from fourier_gui.physics.fields import shown
from fourier_gui.physics.parameters import SimulationParameters

FORMAT = "fourier-gui lesson"
VERSION = 1
#: A lesson file is a few pages of text: larger is not a lesson (and is not read).
LESSON_BYTES = 2**20
MAX_STEPS = 100
MAX_TEXT = 4000
MAX_TITLE = 200
TABS = ("dynamics", "transport", "studies")
#: The small views a step may bring forward (the compact layout's tabs: Alt+1 … Alt+3).
VIEWS = ("levels", "profile", "kappa")
TOP_KEYS = {"format", "version", "title", "summary", "steps"}
STEP_KEYS = {"title", "preset", "parameters", "tab", "view", "run", "text", "question", "answer"}


class LessonError(FourierGuiError, ValueError):
    """A lesson file that cannot be used; the message names the file, the step and the field."""


@dataclass(frozen=True)
class LessonStep:
    title: str
    text: str
    parameters: SimulationParameters  # resolved: the preset, then the step's changes
    preset: str | None = None
    changes: tuple[tuple[str, object], ...] = ()
    tab: str | None = None
    view: str | None = None
    run: bool = False
    question: str | None = None
    answer: str | None = None


@dataclass(frozen=True)
class Lesson:
    title: str
    summary: str
    steps: tuple[LessonStep, ...]
    source: str = ""  # the file it came from


def _text(data: dict, key: str, where: str, required: bool, limit: int = MAX_TEXT) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise LessonError(f"{where}, field {key!r}: must be {'non-empty ' if required else ''}text")
    if len(value) > limit:
        raise LessonError(f"{where}, field {key!r}: {len(value)} characters (at most {limit})")
    return value.strip()


def _step(data: object, number: int, previous: SimulationParameters, where: str) -> LessonStep:
    at = f"{where}: step {number}"
    if not isinstance(data, dict):
        raise LessonError(f"{at}: must be a JSON object")
    unknown = sorted(set(map(str, data)) - STEP_KEYS)
    if unknown:
        raise LessonError(f"{at}, field {str(shown(unknown[0]))!r}: unknown; known: {', '.join(sorted(STEP_KEYS))}")
    title = _text(data, "title", at, True, MAX_TITLE)
    text = _text(data, "text", at, True)
    preset = data.get("preset")
    if preset is not None and (not isinstance(preset, str) or preset not in preset_names()):
        raise LessonError(f"{at}, field 'preset': {shown(preset)!r} is not one of {', '.join(preset_names())}")
    base = load_preset(preset).parameters if preset is not None else previous
    changes = data.get("parameters", {})
    if not isinstance(changes, dict):
        raise LessonError(f"{at}, field 'parameters': must map parameter names to values")
    try:
        params = SimulationParameters.from_dict({**base.to_dict(), **changes}).validated()
    except ParameterError as exc:
        raise LessonError(f"{at}, field 'parameters.{exc.name}': {shown(exc.value)!r} ({exc.allowed})") from None
    except (TypeError, ValueError, OverflowError) as exc:  # a value of a kind the parameters cannot hold
        raise LessonError(f"{at}, field 'parameters': {str(exc).splitlines()[0][:200]}") from None
    for key, choices in (("tab", TABS), ("view", VIEWS)):
        if data.get(key) is not None and data.get(key) not in choices:
            raise LessonError(f"{at}, field {key!r}: {shown(data.get(key))!r} is not one of {', '.join(choices)}")
    run = data.get("run", False)
    if not isinstance(run, bool):
        raise LessonError(f"{at}, field 'run': must be true or false")
    question = _text(data, "question", at, False)
    answer = _text(data, "answer", at, question is not None)
    if answer is not None and question is None:
        raise LessonError(f"{at}, field 'answer': an answer needs a question")
    return LessonStep(
        title=str(title),
        text=str(text),
        parameters=params,
        preset=preset,
        changes=tuple(sorted(changes.items())),
        tab=data.get("tab"),
        view=data.get("view"),
        run=run,
        question=question,
        answer=answer,
    )


def parse_lesson(data: object, where: str) -> Lesson:
    """A lesson from its JSON data; LessonError naming `where`, the step and the field otherwise."""
    if not isinstance(data, dict):
        raise LessonError(f"{where}: not a JSON object")
    unknown = sorted(set(map(str, data)) - TOP_KEYS)
    if unknown:
        raise LessonError(f"{where}, field {str(shown(unknown[0]))!r}: unknown; known: {', '.join(sorted(TOP_KEYS))}")
    if data.get("format") != FORMAT:
        raise LessonError(f"{where}, field 'format': must be {FORMAT!r}")
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        raise LessonError(f"{where}, field 'version': {shown(data.get('version'))!r} is not {VERSION}")
    title = _text(data, "title", where, True, MAX_TITLE)
    summary = _text(data, "summary", where, False) or ""
    steps = data.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        raise LessonError(f"{where}, field 'steps': must be a list of 1 … {MAX_STEPS} steps")
    previous = load_preset(DEFAULT_PRESET).parameters
    parsed = []
    for number, step in enumerate(steps, start=1):
        parsed.append(_step(step, number, previous, where))
        previous = parsed[-1].parameters
    return Lesson(str(title), summary, tuple(parsed), where)


def read_lesson(path: str | os.PathLike) -> Lesson:
    """A lesson file (refused before reading if it is a folder, a device, a pipe or over 1 MB)."""
    where = f"lesson {os.fspath(path)!r}"
    return parse_lesson(load_user_json(path, LessonError, "lesson", limit=LESSON_BYTES), where)


def _lesson_dir() -> Path:
    return resources_path() / "lessons"


@cache
def lesson_names() -> tuple[str, ...]:
    """The bundled lessons' names, in the order of their file names (01-…, 02-…)."""
    return tuple(path.stem for path in sorted(_lesson_dir().glob("*.json")))


@cache
def _bundled(name: str) -> Lesson:
    return read_lesson(_lesson_dir() / f"{name}.json")


def load_lesson(name: str) -> Lesson:
    """A bundled lesson by name, or a lesson file when `name` ends in .json."""
    if name.lower().endswith(".json"):
        return read_lesson(name)
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name) or name not in lesson_names():
        raise LessonError(f"unknown lesson {shown(name)!r}; known: {', '.join(lesson_names())}")
    return _bundled(name)


@cache
def lesson_menu() -> tuple[tuple[str, str, str], ...]:
    """(name, title, summary) of each bundled lesson, for a menu: read, not validated (54 ms of the window's
    start for all three); a lesson is checked in full when it is opened."""
    entries = []
    for name in lesson_names():
        data = load_user_json(_lesson_dir() / f"{name}.json", LessonError, "lesson", limit=LESSON_BYTES)
        data = data if isinstance(data, dict) else {}
        entries.append((name, str(data.get("title", name)), str(data.get("summary", ""))))
    return tuple(entries)
