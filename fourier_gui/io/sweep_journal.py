"""A sweep's journal: each finished run kept as it finishes, so that a sweep stopped half way (a kill, a
lost cluster, a full disk at the end) loses nothing and `fourier-gui sweep … --resume` completes only the
missing runs (docs/contracts.md, "Sweep journal").

The journal is `OUT.journal.jsonl` beside the sweep's first file output, one strict-JSON line per run: the
first line a header (`format`, `version`, the app's version and what the sweep varies), then
`{"key": {"seed": …, "parameters": {…}}, "row": {…}}` for every finished run, the row as
`physics/sweeps.SweepRow` names its fields (a number that does not exist is null). Each line is one `write`
to a file opened for appending, flushed and fsynced before the next run is counted, so a killed sweep leaves
whole lines (a last line cut short by a crash has no newline: it is ignored, and dropped by the next writer). A run is found again by its
parameters (which hold its seed), whatever its place in the sweep; its row keeps the figures it was
computed with, bit for bit (JSON writes a float's shortest repr, which reads back the same double).
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from pathlib import Path
from typing import Any

from fourier_gui import __version__
from fourier_gui.io.strict_json import dumps
from fourier_gui.io.user_files import read_user_text
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.sweeps import SweepRow, SweepRun, SweepSpec

FORMAT = "fourier-gui sweep journal"
VERSION = 1
SUFFIX = ".journal.jsonl"
#: The largest journal read (a line is ≈ 1 kB: a million runs).
MAX_JOURNAL_BYTES = 1024 * 2**20

_INTEGERS = ("point", "repetition", "seed")
_TEXTS = ("method", "mode_window")


class JournalError(FourierGuiError):
    """A journal that cannot be read or is not of this sweep; the message names the file and the line."""


def journal_path(output: str | os.PathLike) -> Path:
    """The journal kept beside a sweep's output file: `OUT.journal.jsonl`."""
    return Path(os.fspath(output) + SUFFIX)


def run_key(run: SweepRun) -> dict[str, Any]:
    """What identifies a run: its parameters (with the seed, repeated for the reader)."""
    parameters = run.parameters.to_dict()
    return {"seed": parameters["seed"], "parameters": parameters}


def _canonical(key: object) -> str:
    return json.dumps(key, sort_keys=True, allow_nan=False)


def header(spec: SweepSpec) -> dict[str, Any]:
    """The first line: what the journal is and which version of the app computed its rows."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "vary": spec.vary,
        "values": list(spec.values),
        "vary2": spec.vary2,
        "values2": list(spec.values2),
        "seeds": spec.seeds,
        "figure": spec.quantity,
    }


def row_line(run: SweepRun, row: SweepRow) -> str:
    """One finished run as its journal line (strict JSON, newline-terminated)."""
    return dumps({"key": run_key(run), "row": dataclasses.asdict(row)}, ensure_ascii=False) + "\n"


class JournalWriter:
    """Appends finished runs to a journal, one whole line per `write`, each flushed to disk."""

    def __init__(self, path: str | os.PathLike, spec: SweepSpec) -> None:
        self.path = Path(path)
        self.spec = spec
        self._runs = spec.runs()
        new = not self.path.exists() or self.path.stat().st_size == 0
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
        except OSError as exc:
            raise JournalError(f"cannot write the sweep journal {str(self.path)!r}: {exc.strerror or exc}") from None
        if new:
            self._append(dumps(header(spec), ensure_ascii=False) + "\n")
        else:  # a line cut short by a crash has no newline: dropped, so that the next line starts whole
            data = self.path.read_bytes()
            if not data.endswith(b"\n"):
                os.ftruncate(self._fd, data.rfind(b"\n") + 1)

    def _append(self, line: str) -> None:
        data = line.encode("utf-8")
        try:
            written = os.write(self._fd, data)  # O_APPEND: one write, at the end, never interleaved
            if written != len(data):
                raise OSError(0, "the disk is full")
            os.fsync(self._fd)
        except OSError as exc:
            raise JournalError(f"cannot write the sweep journal {str(self.path)!r}: {exc.strerror or exc}") from None

    def add(self, row: SweepRow) -> None:
        """Keep a finished run (its run found by point and repetition)."""
        run = self._runs[row.point * self.spec.seeds + row.repetition]
        self._append(row_line(run, row))

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def remove(self) -> None:
        """Close and delete the journal: the sweep's files are written."""
        self.close()
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> JournalWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def read_journal(path: str | os.PathLike, spec: SweepSpec) -> list[SweepRow]:
    """The rows of `spec`'s runs that the journal holds, placed at their point and repetition in `spec`
    (a journal of an earlier version of the sweep, e.g. with fewer values, gives the runs the two share).
    Raises JournalError naming the file and the line for a file that is not a journal of this app version."""
    where = f"the sweep journal {os.fspath(path)!r}"
    text = read_user_text(path, JournalError, "the sweep journal", MAX_JOURNAL_BYTES)
    lines = text.split("\n")
    lines.pop()  # after the last newline: empty, or a line a crash cut short
    if not lines:
        return []
    head = _parse(lines[0], where, 1)
    if head.get("format") != FORMAT or head.get("version") != VERSION:
        raise JournalError(f"{where}: line 1 is not the header of a fourier-gui sweep journal (version {VERSION})")
    if head.get("app_version") != __version__:
        raise JournalError(
            f"{where}: written by fourier-gui {shown_text(head.get('app_version'))}, this is {__version__}; "
            "its runs would not be the same bits: remove it to start the sweep again"
        )
    runs: dict[str, list[SweepRun]] = {}
    for run in spec.runs():  # a value given twice has its runs twice
        runs.setdefault(_canonical(run_key(run)), []).append(run)
    found: dict[tuple[int, int], SweepRow] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        entry = _parse(line, where, number)
        row = _row(entry.get("row"), f"{where}, line {number}")
        for run in runs.get(_canonical(entry.get("key")), ()):  # none: a run of another sweep of that name
            found[run.point, run.repetition] = dataclasses.replace(
                row, point=run.point, value=run.value, repetition=run.repetition, value2=run.value2
            )
    return [found[k] for k in sorted(found)]


def journal_runs(path: str | os.PathLike) -> int:
    """How many whole run lines the journal holds (of whichever sweep), for the messages of a resume."""
    try:
        with open(path, "rb") as f:
            return max(0, f.read(MAX_JOURNAL_BYTES).count(b"\n") - 1)
    except OSError:
        return 0


def shown_text(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _parse(line: str, where: str, number: int) -> dict[str, Any]:
    try:
        entry = json.loads(line, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise JournalError(f"{where}, line {number}: not a JSON line ({exc})") from None
    if not isinstance(entry, dict):
        raise JournalError(f"{where}, line {number}: not a JSON object")
    return entry


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not strict JSON")


def _row(data: object, where: str) -> SweepRow:
    """A SweepRow from its journal form: every field present and of its kind, null a number that does not
    exist."""
    if not isinstance(data, dict):
        raise JournalError(f"{where}: 'row' is not an object")
    values: dict[str, Any] = {}
    for f in dataclasses.fields(SweepRow):
        if f.name not in data:
            raise JournalError(f"{where}: the row has no {f.name!r}")
        value = data[f.name]
        if f.name in _INTEGERS:
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif f.name in _TEXTS:
            ok = isinstance(value, str)
        else:
            ok = value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))
            value = math.nan if value is None else float(value)
        if not ok:
            raise JournalError(f"{where}: the row's {f.name!r} is {shown_text(data[f.name])}")
        values[f.name] = value
    return SweepRow(**values)
