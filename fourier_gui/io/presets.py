"""Presets: plain JSON files in `resources/presets/`, read by the window, the command line and the tests."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from fourier_gui.io.resources import resources_path
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.parameters import SimulationParameters

DEFAULT_PRESET = "fig2"


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
def preset_names() -> tuple[str, ...]:
    """Names of the bundled presets, in their display order (the `order` field, then the name)."""
    presets = [_load(path.stem) for path in _preset_dir().glob("*.json")]
    return tuple(p.name for p in sorted(presets, key=lambda p: (p.extra.get("order", 99), p.name)))


@cache
def _load(name: str) -> Preset:
    path = _preset_dir() / f"{name}.json"
    if not path.is_file():
        raise UnknownPresetError(name)
    data = json.loads(path.read_text(encoding="utf-8"))
    params = SimulationParameters.from_dict(data["parameters"]).validated()
    extra = {k: v for k, v in data.items() if k not in ("name", "title", "description", "parameters")}
    return Preset(data.get("name", name), data["title"], data["description"], params, extra)


def load_preset(name: str) -> Preset:
    """The preset `name`; raises UnknownPresetError naming the known ones."""
    return _load(name)


def all_presets() -> list[Preset]:
    return [load_preset(n) for n in preset_names()]
