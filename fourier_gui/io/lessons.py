"""Guided lessons: JSON files of steps (docs/contracts.md, "Lesson files"), bundled in resources/lessons/.

A step sets a preset and/or changes parameters, says in plain words what to watch, and may ask one
question with its answer. It may declare what its run shows (`expect`, checked in
physics/lesson_checks.py and, for the shipped lessons, by the test suite over several seeds), keep an earlier
step's run as a labelled reference beside its own (`reference`, `label`), replay its run from t = 0
(`playback`) or show one time (`show_time_gamma`). Every step's parameters are resolved and validated when the file is read (a
step without a preset starts from the step before it; the first from the default preset), so a lesson
that opens runs to its end; a bad file is one LessonError naming the step and the field.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from fourier_gui.io.bundled import resources_path
from fourier_gui.io.lesson_languages import SOURCE, Languages, carried, file_languages, localized, menu_text
from fourier_gui.io.presets import DEFAULT_PRESET, load_preset, preset_names
from fourier_gui.io.user_files import UNSHOWABLE, load_user_json
from fourier_gui.physics.errors import FourierGuiError, ParameterError
from fourier_gui.physics.fields import shown
from fourier_gui.physics.lesson_checks import (
    VERDICTS,
    Expectation,
    HamAgrees,
    HamDeparts,
    Population,
    SpreadingExponent,
    Verdict,
)
from fourier_gui.physics.parameters import SimulationParameters, check_window_range

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
TOP_KEYS = {"format", "version", "title", "summary", "steps", "language", "languages"}
STEP_KEYS = {
    "title",
    "preset",
    "parameters",
    "tab",
    "view",
    "run",
    "text",
    "question",
    "answer",
    "label",
    "expect",
    "reference",
    "playback",
    "show_time_gamma",
}
#: What `playback` may ask for: play the step's run from t = 0 once it has finished.
PLAYBACKS = ("start",)
MAX_LABEL = 60

MAX_EXPECT = 20
#: Each kind of expectation and its fields (number kinds: "site" an integer, the rest real numbers).
EXPECT_FIELDS: dict[str, tuple[str, ...]] = {
    "verdict": (),
    "population": ("site", "at_gamma_t", "min", "max"),
    "spreading_exponent": ("from_gamma_t", "to_gamma_t", "min", "max"),
    "ham_agrees": ("max_deviation",),
    "ham_departs": ("min_deviation",),
}


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
    label: str | None = None  # a short name of the step's run, the legend of a later step's reference to it
    expect: tuple[Expectation, ...] = ()  # what the step's run shows (physics/lesson_checks.py)
    reference: int | None = None  # the 0-based index of the earlier step whose run is drawn beside this one's
    playback: str | None = None  # "start": play the run from t = 0 when it has finished
    show_time_gamma: float | None = None  # the time shown after the run, in 1/γ


@dataclass(frozen=True)
class Lesson:
    title: str
    summary: str
    steps: tuple[LessonStep, ...]
    source: str = ""  # the file it came from
    language: str = SOURCE  # the language asked for when it was read (a text without it fell back)
    languages: tuple[str, ...] = (SOURCE,)  # the languages the file is written in (io/lesson_languages.carried)
    data: object = field(default=None, compare=False, repr=False)  # the file's JSON, to read it in another language

    def in_language(self, code: str) -> Lesson:
        """The same lesson with its texts in `code` (each falling back as io/lesson_languages.py says)."""
        if code == self.language or self.data is None:
            return self
        return replace(parse_lesson(self.data, self.source, code), source=self.source)

    def reference_label(self, step: LessonStep) -> str | None:
        """The legend's name of `step`'s reference run: the referenced step's label, else its title."""
        if step.reference is None:
            return None
        earlier = self.steps[step.reference]
        return earlier.label or earlier.title


def _text(
    data: dict, key: str, where: str, required: bool, limit: int = MAX_TEXT, languages: Languages = Languages()
) -> str | None:
    """A text field in the wanted language: a plain string, or an object of texts by language (each checked)."""
    value = data.get(key)
    if value is None and not required:
        return None
    value = localized(value, where, key, languages, limit, LessonError)
    if not isinstance(value, str) or not value.strip():
        raise LessonError(f"{where}, field {key!r}: must be {'non-empty ' if required else ''}text")
    if len(value) > limit:
        raise LessonError(f"{where}, field {key!r}: {len(value)} characters (at most {limit})")
    odd = UNSHOWABLE.search(
        value if limit != MAX_TEXT else value.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    )
    if odd:  # they reached the PDF's title and the panel as they were
        raise LessonError(
            f"{where}, field {key!r}: the character {odd.group()!r} is not allowed (control "
            "characters, bidirectional overrides and lone surrogates)"
        )
    return value.strip()


def _number(value: object, at: str, field: str, low: float, high: float, integer: bool = False) -> float:
    """A finite JSON number in [low, high] (an integer where `integer`), else one LessonError line."""
    kind = "an integer" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)):
        raise LessonError(f"{at}, field {field!r}: {shown(value)!r} is not {kind}")
    if not (math.isfinite(value) and low <= value <= high):
        raise LessonError(f"{at}, field {field!r}: {shown(value)!r} is not {kind} in {low:g} … {high:g}")
    return float(value)


def _expectation(data: object, at: str, field: str, params: SimulationParameters) -> Expectation:
    """One expectation: an object with one key, the kind, whose value holds its fields."""
    if not isinstance(data, dict) or len(data) != 1:
        raise LessonError(f"{at}, field {field!r}: must be an object with one of {', '.join(EXPECT_FIELDS)}")
    ((kind, spec),) = data.items()
    kind = str(kind)
    if kind not in EXPECT_FIELDS:
        raise LessonError(f"{at}, field {field!r}: {str(shown(kind))!r} is not one of {', '.join(EXPECT_FIELDS)}")
    field = f"{field}.{kind}"
    if kind == "verdict":
        if spec not in VERDICTS:
            raise LessonError(f"{at}, field {field!r}: {shown(spec)!r} is not one of {', '.join(VERDICTS)}")
        return Verdict(str(spec))
    names = EXPECT_FIELDS[kind]
    if not isinstance(spec, dict) or set(map(str, spec)) != set(names):
        raise LessonError(f"{at}, field {field!r}: must be an object with exactly {', '.join(names)}")
    span = float(params.resolved_t_max * params.gamma)  # the run's length in 1/γ
    if kind in ("ham_agrees", "ham_departs"):
        return (HamAgrees if kind == "ham_agrees" else HamDeparts)(
            _number(spec[names[0]], at, f"{field}.{names[0]}", 0, 1)
        )
    low, high = (0.0, 1.0) if kind == "population" else (-10.0, 10.0)
    least, most = (_number(spec[key], at, f"{field}.{key}", low, high) for key in ("min", "max"))
    if least > most:
        raise LessonError(f"{at}, field '{field}.min': {least!r} is above max {most!r}")
    if kind == "population":
        site = int(_number(spec["site"], at, f"{field}.site", 1, params.sites, integer=True))
        return Population(site, _number(spec["at_gamma_t"], at, f"{field}.at_gamma_t", 0, span), least, most)
    start = _number(spec["from_gamma_t"], at, f"{field}.from_gamma_t", 0, span)
    stop = _number(spec["to_gamma_t"], at, f"{field}.to_gamma_t", 0, span)
    if start >= stop:
        raise LessonError(f"{at}, field '{field}.to_gamma_t': {stop!r} is not after from_gamma_t {start!r}")
    return SpreadingExponent(start, stop, least, most)


def _expectations(data: dict, at: str, params: SimulationParameters, run: bool) -> tuple[Expectation, ...]:
    expect = data.get("expect")
    if expect is None:
        return ()
    if not isinstance(expect, list) or not 1 <= len(expect) <= MAX_EXPECT:
        raise LessonError(f"{at}, field 'expect': must be a list of 1 … {MAX_EXPECT} expectations")
    if not run:
        raise LessonError(f"{at}, field 'expect': only a step that runs (\"run\": true) can expect what its run shows")
    return tuple(_expectation(item, at, f"expect[{i}]", params) for i, item in enumerate(expect, start=1))


def _reference(
    data: dict, at: str, number: int, earlier: list[LessonStep], params: SimulationParameters, run: bool
) -> int | None:
    """The 0-based index of the step whose run this step keeps as its reference, or None."""
    value = data.get("reference")
    if value is None:
        return None
    if value == "previous":
        target = number - 1
    elif isinstance(value, int) and not isinstance(value, bool):
        target = value
    else:
        raise LessonError(f"{at}, field 'reference': {shown(value)!r} is not \"previous\" or a step number")
    if not 1 <= target < number:
        raise LessonError(f"{at}, field 'reference': {shown(value)!r} names no earlier step")
    if not run:
        raise LessonError(f"{at}, field 'reference': only a step that runs can draw a reference beside its run")
    other = earlier[target - 1]
    if not other.run:
        raise LessonError(f"{at}, field 'reference': step {target} makes no run to keep")
    if other.parameters.sites != params.sites:
        raise LessonError(
            f"{at}, field 'reference': step {target} has {other.parameters.sites} sites, this one {params.sites}"
        )
    return target - 1


def _step(
    data: object,
    number: int,
    previous: SimulationParameters,
    where: str,
    earlier: list[LessonStep],
    languages: Languages = Languages(),
) -> LessonStep:
    at = f"{where}: step {number}"
    if not isinstance(data, dict):
        raise LessonError(f"{at}: must be a JSON object")
    unknown = sorted(set(map(str, data)) - STEP_KEYS)
    if unknown:
        raise LessonError(f"{at}, field {str(shown(unknown[0]))!r}: unknown; known: {', '.join(sorted(STEP_KEYS))}")
    title = _text(data, "title", at, True, MAX_TITLE, languages)
    text = _text(data, "text", at, True, MAX_TEXT, languages)
    preset = data.get("preset")
    if preset is not None and (not isinstance(preset, str) or preset not in preset_names()):
        raise LessonError(f"{at}, field 'preset': {shown(preset)!r} is not one of {', '.join(preset_names())}")
    base = load_preset(preset).parameters if preset is not None else previous
    changes = data.get("parameters", {})
    if not isinstance(changes, dict):
        raise LessonError(f"{at}, field 'parameters': must map parameter names to values")
    try:
        params = SimulationParameters.from_dict({**base.to_dict(), **changes}).validated()
        check_window_range(params)  # a lesson runs in the window: a value beyond its editors is refused here
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
    question = _text(data, "question", at, False, MAX_TEXT, languages)
    answer = _text(data, "answer", at, question is not None, MAX_TEXT, languages)
    if answer is not None and question is None:
        raise LessonError(f"{at}, field 'answer': an answer needs a question")
    label = _text(data, "label", at, False, MAX_LABEL, languages)
    expect = _expectations(data, at, params, run)
    reference = _reference(data, at, number, earlier, params, run)
    playback = data.get("playback")
    if playback is not None and playback not in PLAYBACKS:
        raise LessonError(f"{at}, field 'playback': {shown(playback)!r} is not one of {', '.join(PLAYBACKS)}")
    show_time = data.get("show_time_gamma")
    if show_time is not None:
        span = float(params.resolved_t_max * params.gamma)
        show_time = _number(show_time, at, "show_time_gamma", 0, span)
        if playback is not None:
            raise LessonError(f"{at}, field 'show_time_gamma': a step shows one time or plays from the start, not both")
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
        label=label,
        expect=expect,
        reference=reference,
        playback=playback,
        show_time_gamma=show_time,
    )


def parse_lesson(data: object, where: str, language: str = SOURCE) -> Lesson:
    """A lesson from its JSON data, its texts in `language` where it has them (else as io/lesson_languages.py
    falls back); LessonError naming `where`, the step and the field otherwise."""
    if not isinstance(data, dict):
        raise LessonError(f"{where}: not a JSON object")
    unknown = sorted(set(map(str, data)) - TOP_KEYS)
    if unknown:
        raise LessonError(f"{where}, field {str(shown(unknown[0]))!r}: unknown; known: {', '.join(sorted(TOP_KEYS))}")
    if data.get("format") != FORMAT:
        raise LessonError(f"{where}, field 'format': must be {FORMAT!r}")
    if (
        data.get("version") != VERSION
        or not isinstance(data.get("version"), int)
        or isinstance(data.get("version"), bool)
    ):
        raise LessonError(f"{where}, field 'version': {shown(data.get('version'))!r} is not {VERSION}")
    languages = file_languages(data, where, language, LessonError)
    title = _text(data, "title", where, True, MAX_TITLE, languages)
    summary = _text(data, "summary", where, False, MAX_TEXT, languages) or ""
    steps = data.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        raise LessonError(f"{where}, field 'steps': must be a list of 1 … {MAX_STEPS} steps")
    previous = load_preset(DEFAULT_PRESET).parameters
    parsed: list[LessonStep] = []
    for number, step in enumerate(steps, start=1):
        parsed.append(_step(step, number, previous, where, parsed, languages))
        previous = parsed[-1].parameters
    written = carried(data, languages.default, languages.written)
    return Lesson(str(title), summary, tuple(parsed), where, language, written, data)


def read_lesson(path: str | os.PathLike, language: str = SOURCE) -> Lesson:
    """A lesson file, its texts in `language` where it has them (refused before reading if it is a folder, a
    device, a pipe or over 1 MB)."""
    where = f"lesson {os.fspath(path)!r}"
    return parse_lesson(load_user_json(path, LessonError, "lesson", limit=LESSON_BYTES), where, language)


def _lesson_dir() -> Path:
    return resources_path() / "lessons"


@cache
def lesson_names() -> tuple[str, ...]:
    """The bundled lessons' names, in the order of their file names (01-…, 02-…)."""
    return tuple(path.stem for path in sorted(_lesson_dir().glob("*.json")))


@cache
def _bundled(name: str, language: str) -> Lesson:
    return read_lesson(_lesson_dir() / f"{name}.json", language)


def load_lesson(name: str, language: str = SOURCE) -> Lesson:
    """A bundled lesson by name, or a lesson file when `name` ends in .json; its texts in `language`."""
    if name.lower().endswith(".json"):
        return read_lesson(name, language)
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name) or name not in lesson_names():
        raise LessonError(f"unknown lesson {shown(name)!r}; known: {', '.join(lesson_names())}")
    return _bundled(name, language)


@cache
def lesson_menu(language: str = SOURCE) -> tuple[tuple[str, str, str], ...]:
    """(name, title, summary) of each bundled lesson in `language`, for a menu: read, not validated (54 ms of the
    window's start for all three); a lesson is checked in full when it is opened."""
    entries = []
    for name in lesson_names():
        data = load_user_json(_lesson_dir() / f"{name}.json", LessonError, "lesson", limit=LESSON_BYTES)
        data = data if isinstance(data, dict) else {}
        default = data.get("language")
        title, summary = (
            menu_text(data.get(key, fallback), language, default)
            for key, fallback in (("title", name), ("summary", ""))
        )
        entries.append((name, title, summary))
    return tuple(entries)


def step_record(
    params: SimulationParameters,
    *,
    title: str,
    text: str,
    question: str | None = None,
    answer: str | None = None,
    tab: str | None = None,
    view: str | None = None,
    run: bool = True,
) -> dict[str, object]:
    """A lesson step, as a file holds it, of `params` (every parameter written, so the step stands on its own)."""
    step: dict[str, object] = {"title": title.strip(), "parameters": params.to_dict(), "run": run}
    for key, value in (("tab", tab), ("view", view)):
        if value is not None:
            step[key] = value
    step["text"] = text.strip()
    for key, value in (("question", question), ("answer", answer)):
        if value is not None and value.strip():
            step[key] = value.strip()
    return step


def add_step(
    path: str | os.PathLike, step: dict[str, object], title: str | None = None, language: str = SOURCE
) -> Lesson:
    """Append `step` to the lesson file at `path`, or make a new lesson of it titled `title` (else the file's
    name) where there is no file; the whole lesson is checked as a reader checks it before it is written
    (atomically), so a bad step or a file that is not a lesson is one LessonError and the file stays as it was.
    The step's texts are plain strings (the same in every language of the file); a new file says it is in
    `language`. The lesson is returned in `language`."""
    from fourier_gui.io.atomic import atomic_write_text

    where = f"lesson {os.fspath(path)!r}"
    if Path(path).exists():
        data = load_user_json(path, LessonError, "lesson", limit=LESSON_BYTES)
        parse_lesson(data, where, language)  # a file that is not a valid lesson is not changed
        assert isinstance(data, dict)
        if len(data["steps"]) >= MAX_STEPS:
            raise LessonError(f"{where}, field 'steps': already {MAX_STEPS} steps, the most a lesson holds")
        data["steps"].append(step)
    else:
        name = (title or "").strip() or Path(path).name.split(".")[0] or "My lesson"
        data = {"format": FORMAT, "version": VERSION, "title": name, "steps": [step]}
        if language != SOURCE:
            data = {"format": FORMAT, "version": VERSION, "language": language, "title": name, "steps": [step]}
    lesson = parse_lesson(data, where, language)
    try:  # strict JSON (io/strict_json.py): a NaN or Infinity read from a teacher's file is not written back
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError:
        raise LessonError(f"{where}: it holds a number that is not finite (NaN or Infinity)") from None
    if len(text.encode()) > LESSON_BYTES:
        raise LessonError(f"{where}: the lesson would grow over {LESSON_BYTES // 2**20} MB")
    atomic_write_text(path, text)
    return lesson
