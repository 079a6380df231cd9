"""Presets: plain JSON files in `resources/presets/`, read by the window, the command line and the tests."""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from fourier_gui.io.bundled import resources_path
from fourier_gui.io.user_files import UNSHOWABLE, load_user_json
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.fields import shown
from fourier_gui.physics.parameters import ParameterError, SimulationParameters

DEFAULT_PRESET = "fig2"
#: Temperatures of the conductivity curve at most (the command line's --temp-points).
MAX_TEMPERATURES = 1_000_000
#: A preset file is a few lines: larger is not a preset (and is not read).
PRESET_BYTES = 2**20


@dataclass(frozen=True)
class Preset:
    name: str
    title: str
    description: str
    parameters: SimulationParameters
    extra: dict[str, Any] = field(default_factory=dict)


class UnknownPresetError(FourierGuiError, KeyError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(name)

    def __str__(self) -> str:
        return f"unknown preset {self.name!r}; known: {', '.join(preset_names())}"


def _preset_dir():
    return resources_path() / "presets"


@cache
def preset_menu() -> tuple[tuple[str, str, str], ...]:
    """(name, title, description) of each bundled preset in display order (the `order` field, then the
    name), for menus: read, not validated, so the window's first paint does not check thirteen presets
    (each is checked when chosen, and the tests load every one)."""
    entries = []
    for path in _preset_dir().glob("*.json"):
        data = load_user_json(path, PresetError, "preset", limit=PRESET_BYTES)
        data = data if isinstance(data, dict) else {}
        order = data.get("order", 99)
        order = order if isinstance(order, int | float) and not isinstance(order, bool) else 99
        title, text = data.get("title"), data.get("description")
        entries.append((order, path.stem, title if isinstance(title, str) else path.stem, str(text or "")))
    return tuple((name, title, text) for _order, name, title, text in sorted(entries))


def preset_names() -> tuple[str, ...]:
    """Names of the bundled presets, in their display order."""
    return tuple(name for name, _title, _text in preset_menu())


class PresetError(FourierGuiError, ValueError):
    """A preset file that cannot be read; names the file and the field."""


@cache
def _load(name: str) -> Preset:
    path = _preset_dir() / f"{name}.json"
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name) or not path.is_file():  # a bundled name, never a path
        raise UnknownPresetError(str(shown(name)))
    return read_preset(path)


def read_preset(path: str | os.PathLike) -> Preset:
    """A preset from a JSON file: `title`, `description` (text), `parameters` (a mapping), optional `name`
    and extras such as `order` and `temperatures`. Raises PresetError or ParameterError, naming the field."""
    where = os.fspath(path)
    data = load_user_json(path, PresetError, "preset", limit=PRESET_BYTES)
    if not isinstance(data, dict):
        raise PresetError(f"preset {where!r}: not a JSON object")
    name = data.get("name", Path(where).stem)
    for key in ("title", "description"):
        if not isinstance(data.get(key), str):
            raise PresetError(f"preset {where!r}: field {key!r} must be text")
    if not isinstance(name, str):
        raise PresetError(f"preset {where!r}: field 'name' must be text")
    if odd := UNSHOWABLE.search(data["title"]):  # the video's caption and the handout's title show it
        raise PresetError(f"preset {where!r}: field 'title': the character {odd.group()!r} is not allowed")
    try:
        params = SimulationParameters.from_dict(data.get("parameters")).validated()
    except ParameterError as exc:
        raise ParameterError(f"preset {where!r}: parameters.{exc.name}", exc.value, exc.allowed) from None
    extra = {k: v for k, v in data.items() if k not in ("name", "title", "description", "parameters")}
    if not isinstance(extra.get("order", 0), int | float) or isinstance(extra.get("order"), bool):
        raise PresetError(f"preset {where!r}: field 'order' must be a number")
    temps = extra.get("temperatures", {})
    if not isinstance(temps, dict) or not (
        all(_finite(temps.get(k, 1.0)) for k in ("min", "max"))
        and _whole(temps.get("points", 400), 2, MAX_TEMPERATURES)
    ):
        raise PresetError(
            f"preset {where!r}: field 'temperatures' must map min and max to finite numbers and points to "
            f"a whole number 2 … {MAX_TEMPERATURES}"
        )
    return Preset(name, data["title"], data["description"], params, extra)


def _finite(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:  # an integer beyond 1.8e308
        return False


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def load_preset(name: str) -> Preset:
    """The bundled preset `name`, or a preset file when `name` ends in .json; raises UnknownPresetError
    naming the known ones, or PresetError/ParameterError for a bad file."""
    if name.lower().endswith(".json"):
        return read_preset(name)
    return _load(name)


def all_presets() -> list[Preset]:
    return [load_preset(n) for n in preset_names()]
