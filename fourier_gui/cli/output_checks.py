"""Outputs checked before any work (docs/contracts.md): each file writable, a plot a .png or .svg, no two
options on one file."""

from __future__ import annotations

from fourier_gui.cli.usage import UsageError, check_qt_platform
from fourier_gui.io.atomic import STDOUT, FileWriteError, check_writable, same_target
from fourier_gui.physics.fields import shown


def check_output(option: str, path: str | None, stdout_ok: bool = True) -> None:
    """Refuse, before any work, an output the run could not write: a folder, a device, a missing folder.

    `-` is standard output where `stdout_ok` (CSV and JSON)."""
    if path is None or (stdout_ok and path == STDOUT):
        return
    if path == STDOUT:
        raise UsageError(f"{option}: '-' (standard output) is only for CSV and JSON files")
    try:
        check_writable(path)
    except FileWriteError as exc:
        raise UsageError(f"{option}: {exc}") from None


def check_distinct(outputs: dict[str, str | None]) -> None:
    """Refuse two options that name one file (also through links or other paths to it): the second
    write would silently replace the first. Standard output counts as one file too."""
    given = [(option, path) for option, path in outputs.items() if path is not None]
    for i, (option, path) in enumerate(given):
        for other, other_path in given[:i]:
            if path == other_path or (STDOUT not in (path, other_path) and same_target(path, other_path)):
                raise UsageError(f"{option}: {shown(path)!r} is the file {other} writes too; give each output its own")


def check_plot_output(option: str, path: str | None) -> None:
    """`check_output` for a plot file, which must end in .png or .svg (no standard output)."""
    check_output(option, path, stdout_ok=False)
    if path is not None and not path.lower().endswith((".png", ".svg")):
        raise UsageError(f"{option}: {path!r} is out of range (allowed: a .png or .svg file)")
    if path is not None:
        check_qt_platform()  # Qt draws it: a platform it does not have aborted the process after the work
