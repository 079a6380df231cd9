"""File writes that never betray the user (docs/contracts.md, "Files").

Every file is written to a temporary file beside its target, flushed to disk, then renamed over it: a
crash, a full disk or a refused permission leaves the old file (or none), never half a new one, and no
temporary file behind. A symbolic link is written *through* (its target is replaced, the link stays);
a target that is not a regular file (a device, a folder, a pipe) is refused, except `-`, which means
standard output for the CSV and JSON writers. Any failure raises `FileWriteError`, which names the file
and the reason in one line. Files get the mode a plain `open` would give them: 0666 less the umask.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from fourier_gui.physics.errors import FourierGuiError

_UMASK_LOCK = threading.Lock()

#: The file name that means standard output (CSV and JSON only).
STDOUT = "-"


class FileWriteError(FourierGuiError, OSError):
    """A file that could not be written; `str()` names the file and the reason in one line."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"cannot write {self.path!r}: {reason}")

    def __str__(self) -> str:
        return f"cannot write {self.path!r}: {self.reason}"


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back, under a lock)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def write_target(path: str | os.PathLike) -> Path:
    """The regular file a write to `path` should replace: symlinks followed, the folder checked.

    Raises FileWriteError for a non-regular target, a dangling link's missing folder or a missing folder.
    """
    given = os.fspath(path)
    if given == "":
        raise FileWriteError(given, "an empty file name")
    target = Path(os.path.realpath(given))  # through any chain of links, relative ones included
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise FileWriteError(given, exc.strerror or str(exc)) from None
    if mode is not None and not stat.S_ISREG(mode):
        raise FileWriteError(given, f"it is {_kind(mode)}; only regular files are written")
    if not target.parent.is_dir():
        raise FileWriteError(given, f"the folder {str(target.parent)!r} does not exist")
    return target


def _reason(exc: OSError) -> str:
    names = {errno.ENOSPC: "the disk is full", errno.EROFS: "the file system is read-only"}
    return names.get(exc.errno or 0, exc.strerror or str(exc))


@contextmanager
def _stdout(mode: str) -> Iterator[IO]:
    if "b" in mode:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        yield sys.stdout
        sys.stdout.flush()


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", allow_stdout: bool = False, **kwargs) -> Iterator[IO]:
    """Open a temporary file beside the target; on success rename it over the target, else delete it.

    `allow_stdout` lets `-` mean standard output. OSErrors become FileWriteError naming `path`."""
    if allow_stdout and os.fspath(path) == STDOUT:
        with _stdout(mode) as f:
            yield f
        return
    target = write_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise FileWriteError(path, _reason(exc)) from None
    try:
        os.chmod(tmp, 0o666 & ~current_umask())  # as open() would make it (mkstemp makes 0600)
        with os.fdopen(fd, mode, **kwargs) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, FileWriteError):
            raise
        raise FileWriteError(path, _reason(exc)) from None
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike, text: str, allow_stdout: bool = False) -> None:
    with atomic_open(path, "w", allow_stdout=allow_stdout, encoding="utf-8", newline="\n") as f:
        f.write(text)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_open(path, "wb") as f:
        f.write(data)
