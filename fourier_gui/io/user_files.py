"""Reading files the user chose: every failure becomes the project's error with one line naming the file.

A reader first makes sure it has a regular file: the file is opened without blocking (a FIFO would wait
for a writer forever) and checked with `fstat` on the open descriptor (so nothing can be swapped in
between), and a pipe, a device such as /dev/zero, a socket or a folder is refused. Its size is then
checked against the reader's limit before a byte is read.
"""

from __future__ import annotations

import json
import os
import re
import stat
from typing import BinaryIO

#: The largest JSON file (a session with its results, a preset) and edge list read.
MAX_JSON_BYTES = 512 * 2**20
MAX_TEXT_BYTES = 64 * 2**20
#: What parsed JSON may take per byte of its text at most: `[{},{},…]` makes a 64-byte dict and an 8-byte
#: slot of three bytes.
JSON_BYTES_PER_BYTE = 32
#: Characters a title or text shown to a class may not hold (lessons, presets): control characters (a title not
#: even a line break or a tab), the bidirectional overrides and isolates that reorder what follows them, and lone
#: surrogates (not text at all). They reached the PDF's title and the video's caption as they were.
UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_user_file(path: str | os.PathLike, error: type[Exception], what: str) -> BinaryIO:
    """The regular file at `path`, open for binary reading; anything else raises `error` with one line."""
    where = os.fspath(path)
    try:
        fd = os.open(where, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError) as exc:  # ValueError: a name with a NUL byte
        reason = getattr(exc, "strerror", None) or exc
        raise error(f"cannot read {what} {where!r}: {reason}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise error(f"cannot read {what} {where!r}: it is {kind_of(mode)}; only regular files are read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


#: Bytes read at a time from a file that grows while it is read (up to the reader's limit).
GROWTH_CHUNK = 1 << 20


def read_user_bytes(path: str | os.PathLike, error: type[Exception], what: str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else raises `error` with one line."""
    where = os.fspath(path)
    with open_user_file(path, error, what) as f:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            raise error(f"cannot read {what} {where!r}: it holds {size} bytes, more than the {limit} allowed")
        try:
            # what the file holds and one byte more (read(limit + 1) made a buffer of the whole limit first: a
            # MemoryError for a small session where the limit follows the free memory); more only if it grew
            data = f.read(size + 1)
            while size < len(data) <= limit and (more := f.read(min(GROWTH_CHUNK, limit + 1 - len(data)))):
                data += more
        except OSError as exc:
            raise error(f"cannot read {what} {where!r}: {exc.strerror or exc}") from None
    if len(data) > limit:  # it grew while being read
        raise error(f"cannot read {what} {where!r}: it holds more than the {limit} bytes allowed")
    return data


def read_user_text(path: str | os.PathLike, error: type[Exception], what: str, limit: int = MAX_TEXT_BYTES) -> str:
    """The UTF-8 text of a regular file of at most `limit` bytes; failures raise `error` with one line."""
    data = read_user_bytes(path, error, what, limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"cannot read {what} {os.fspath(path)!r}: {exc}") from None


def load_user_json(path: str | os.PathLike, error: type[Exception], what: str, limit: int = MAX_JSON_BYTES) -> object:
    """The JSON value of a file the user chose; any failure to read or parse it raises `error` with one
    line naming the file (`what` says what it should have been: "preset", "session"). Integers too long
    for Python to convert (over 4300 digits) and nesting too deep to parse are such failures."""
    text = read_user_text(path, error, what, limit)
    from fourier_gui.execution.memory import available_memory

    free = available_memory()
    if free is not None and len(text) * JSON_BYTES_PER_BYTE > free:  # before parsing: it may take that much
        raise error(
            f"cannot read {what} {os.fspath(path)!r}: its {len(text)} characters could take "
            f"{len(text) * JSON_BYTES_PER_BYTE / 1e9:.1f} GB to read, more than the {free / 1e9:.1f} GB free"
        )
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError, so is the digit limit
        raise error(f"cannot read {what} {os.fspath(path)!r}: {exc}") from None
    except MemoryError:
        raise error(f"cannot read {what} {os.fspath(path)!r}: not enough memory to read it") from None
