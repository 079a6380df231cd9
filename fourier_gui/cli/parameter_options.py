"""The run's parameters from the command line: a preset (`--preset`), then the options of the field table,
an edge list read from its file (`--edges`); every refusal a one-line UsageError."""

from __future__ import annotations

import argparse

from fourier_gui.cli.usage import UsageError, out_of_range
from fourier_gui.io.user_files import read_user_text
from fourier_gui.physics.fields import OPTION_OF, shown


class _EdgesError(UsageError):
    def __init__(self, message: str) -> None:
        super().__init__(f"--edges: {message}")


def preset_option(name: str):
    """The preset `--preset NAME` names; an unknown name is a UsageError listing the known ones."""
    from fourier_gui.io.presets import UnknownPresetError, load_preset

    try:
        return load_preset(name)
    except UnknownPresetError as exc:
        raise UsageError(f"--preset: {exc}") from None


def parameters_from_options(ns: argparse.Namespace):
    """The parameters a `simulate` command line asks for (preset, then options); raises UsageError."""
    from fourier_gui.physics.parameters import ParameterError, SimulationParameters

    base = preset_option(ns.preset).parameters if ns.preset else SimulationParameters()
    if ns.t_max is not None and ns.t_max_gamma is not None:
        raise UsageError("--t-max and --t-max-gamma exclude each other: give one")
    changes = {f: getattr(ns, f) for f in OPTION_OF if getattr(ns, f, None) is not None}
    if ns.t_max is not None:
        changes["t_max_gamma"] = None
    if ns.t_max_gamma is not None:
        changes["t_max"] = None
    if ns.edges is not None:
        changes["edges"] = _edges_from_file(ns.edges)
    try:
        return base.with_changes(**changes).validated()
    except ParameterError as exc:
        raise out_of_range(OPTION_OF.get(exc.name, exc.name), exc.value, exc.allowed) from None


def _edges_from_file(path: str) -> str:
    """An edge-list CSV (lines a,b or a,b,λ; sites 1 … N; # comments) as the `edges` parameter: the same
    entries on one line, between semicolons (so that it stays one line of a CSV header or a session)."""
    text = read_user_text(path, _EdgesError, "edge list")  # a regular file of bounded size, or one line
    entries = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    entries = [entry for entry in entries if entry]
    if not entries:
        raise UsageError(f"--edges: {shown(path)!r} holds no edge (allowed: lines a,b or a,b,λ)")
    return "; ".join(entries)
