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
import hashlib
import os
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from fourier_gui.io.user_files import kind_of
from fourier_gui.physics.errors import FourierGuiError

_UMASK_LOCK = threading.Lock()

#: The file name that means standard output (CSV and JSON only).
STDOUT = "-"
#: A target's name is kept in its temporary file's name up to this many bytes (else cut and hashed).
TEMPORARY_NAME_BYTES = 120


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


def write_target(path: str | os.PathLike) -> Path:
    """The regular file a write to `path` should replace: symlinks followed, the folder checked.

    Raises FileWriteError for a non-regular target, a dangling link's missing folder or a missing folder.
    """
    given = os.fspath(path)
    if given == "":
        raise FileWriteError(given, "an empty file name")
    try:
        target = Path(os.path.realpath(given))  # through any chain of links, relative ones included
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:  # a loop of links, a refused permission on the way
        raise FileWriteError(given, _reason(exc)) from None
    except ValueError as exc:  # a NUL byte in the name
        raise FileWriteError(given, str(exc)) from None
    if mode is not None and not stat.S_ISREG(mode):
        raise FileWriteError(given, f"it is {kind_of(mode)}; only regular files are written")
    if not target.parent.is_dir():
        raise FileWriteError(given, f"the folder {str(target.parent)!r} does not exist")
    return target


def temporary_prefix(name: str) -> str:
    """The start of a temporary file's name beside `name`: hidden, and short enough that with mkstemp's
    8 random characters and ".tmp" it stays far below the 255 bytes a file name may have, whatever the
    length of the target's (its first bytes, then a hash of the whole name)."""
    raw = os.fsencode(name)
    if len(raw) <= TEMPORARY_NAME_BYTES:
        return f".{name}."
    digest = hashlib.sha256(raw).hexdigest()[:12]
    head = raw[: TEMPORARY_NAME_BYTES - 13].decode("utf-8", "ignore") or "x"
    return f".{head}-{digest}."


def check_writable(path: str | os.PathLike) -> Path:
    """`write_target`, and proof that its folder takes a new file now (a temporary file made and removed):
    refuses before a run a read-only file system, a folder without write permission, a missing folder."""
    target = write_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(target.name), suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise FileWriteError(path, _reason(exc)) from None
    os.close(fd)
    with suppress(OSError):
        os.unlink(tmp)
    return target


def prepare_folder(path: str | os.PathLike) -> Path:
    """A folder to write files into, made if missing (through a dangling link, as files are written
    through links), and checked writable; FileWriteError names the folder and the reason otherwise."""
    given = os.fspath(path)
    if given == "":
        raise FileWriteError(given, "an empty folder name")
    try:
        folder = Path(os.path.realpath(given, strict=False))
        mode = os.stat(folder).st_mode if os.path.lexists(folder) else None
        if mode is None:
            if not folder.parent.is_dir():
                raise FileWriteError(given, f"the folder {str(folder.parent)!r} does not exist")
            folder.mkdir()
        elif not stat.S_ISDIR(mode):
            raise FileWriteError(given, f"it is {kind_of(mode) if not stat.S_ISREG(mode) else 'a file'}, not a folder")
    except FileWriteError:
        raise
    except (OSError, RuntimeError, ValueError) as exc:  # a link loop, a refused permission, a read-only disk
        reason = _reason(exc) if isinstance(exc, OSError) else str(exc)
        raise FileWriteError(given, reason) from None
    check_writable(folder / ".fourier-gui-probe")
    return folder


def same_target(first: str | os.PathLike, second: str | os.PathLike) -> bool:
    """True when two names reach the same file: through links, `..`, or hard links to one file."""
    a, b = os.path.realpath(os.fspath(first)), os.path.realpath(os.fspath(second))
    if a == b:
        return True
    try:
        return os.path.samestat(os.stat(a), os.stat(b))
    except (OSError, ValueError):
        return False


def _reason(exc: OSError) -> str:
    names = {
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the file system is read-only",
        errno.ELOOP: "a loop of symbolic links",
        errno.ENAMETOOLONG: "the name is too long",
    }
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
        fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(target.name), suffix=".tmp", dir=target.parent)
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
