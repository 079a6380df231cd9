"""Provenance: how a file was made, written into every CSV, JSON and session (docs/contracts.md).

The app version, Python, numpy, SciPy, numba, PySide6, the BLAS behind numpy, the OS and the CPUs the process may use, the source
revision when run from a git checkout, and the action that made the file: the exact command line, or the
window's command. The seeds travel with the parameters (`seed`, `initial_seed`) and are repeated here.
"""

from __future__ import annotations

import platform
import re
import shlex
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from fourier_gui import __version__
from fourier_gui.execution.cpus import usable_cpus

_action = ["python: " + shlex.join(sys.argv[:1])]


#: What a header must not carry as it is: control characters (a newline would start a row of its own), lone
#: surrogates (a file name that is not valid UTF-8, which no UTF-8 file can hold), bidi overrides.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
#: A comma before what would open a cell of its own that a spreadsheet reads as a formula or a quoted text.
_CELL_START = re.compile(r",(?=[=+\-@\"'\t])")


def escaped(text: str) -> str:
    """`text` on one line of valid UTF-8: control characters, bidi controls and lone surrogates as Python
    escapes (`\\n`, `\\x1b`, `\\udcff`)."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def header_text(value: object) -> object:
    """A value for a CSV's `# key: value` line: `escaped`, and a comma that would open a formula cell for a
    spreadsheet that splits the line (`a,"=1+1",b.csv`) as `\\x2c`."""
    if not isinstance(value, str):
        return value
    return _CELL_START.sub(r"\\x2c", escaped(value))


def set_command_line(argv: Sequence[str]) -> None:
    """Record the command line of this process (the CLI calls this first), `escaped`."""
    _action[0] = escaped("fourier-gui " + shlex.join(list(argv)))


@contextmanager
def action(text: str) -> Iterator[None]:
    """Files written inside this block say they were made by `text` (a window command)."""
    previous = _action[0]
    _action[0] = text
    try:
        yield
    finally:
        _action[0] = previous


def _version(distribution: str) -> str | None:
    from importlib import metadata  # imported when asked: importing it costs the window's start 30 ms

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _blas() -> str:
    try:
        import numpy  # noqa: F401 - loads the BLAS that threadpoolctl then finds
        from threadpoolctl import threadpool_info

        infos = [i for i in threadpool_info() if i.get("user_api") == "blas"]
    except Exception:
        return "unknown"
    if not infos:
        return "unknown"
    i = infos[0]
    return (
        f"{i.get('internal_api')} {i.get('version')} ({i.get('threading_layer', '?')}, {i.get('num_threads')} threads)"
    )


def _revision() -> str | None:
    """`git describe --always --dirty` of the checkout the package runs from (None when installed)."""
    import subprocess

    root = Path(__file__).resolve().parents[2]
    if not (root / ".git").exists():
        return None
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "describe", "--always", "--dirty", "--abbrev=12"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


@cache
def environment() -> dict[str, Any]:
    """What does not change while the process runs (computed once)."""
    env: dict[str, Any] = {
        "app_version": __version__,
        "python": platform.python_version(),
        "numpy": _version("numpy"),
        "scipy": _version("scipy"),
        "numba": _version("numba"),
        "pyside6": _version("PySide6-Essentials") or _version("PySide6"),
        "blas": _blas(),
        "os": platform.platform(),
        "cpus": usable_cpus(),  # those this process may use (affinity, CPU quota), not the machine's
        "revision": _revision(),
    }
    return env


def provenance(seeds: Sequence[int | None] = (), product: str | None = None) -> dict[str, Any]:
    """The provenance of a file being written now: the environment, the action, the seeds and, for a run,
    the product that multiplied H·ψ (`SimulationResult.product`: numba kernel, numpy, numpy eigh)."""
    out = dict(environment())
    out["action"] = _action[0]
    out["seeds"] = ",".join(str(s) for s in seeds if s is not None) or None
    out["product"] = product or None
    return out


def run_seeds(params: Any) -> tuple[int | None, ...]:
    """The seeds of one run's parameters: the couplings' and, when set apart, the initial state's."""
    return (params.seed, params.initial_seed)


def metadata_lines(seeds: Sequence[int | None] = (), product: str | None = None) -> dict[str, Any]:
    """The provenance as `# provenance.key: value` entries of a CSV header (absent values skipped)."""
    return {f"provenance.{k}": header_text(v) for k, v in provenance(seeds, product).items() if v is not None}
