""".npz archives checked before numpy loads them (docs/contracts.md, "Couplings file").

`numpy.load` allocates what an array's header claims before it reads the data: a header that claims
10¹² elements asks for terabytes ("Unable to allocate 14.6 TiB"), whatever the file holds. Here each
`.npy` member's header is read with `numpy.lib.format` (no data loaded), its claimed size set against the
free memory, and the member streamed once (a few MB at a time, nothing kept) to count the bytes it
really holds and to check its compression and CRC. Only then is the archive handed to numpy.
"""

from __future__ import annotations

import math
import os
import zipfile
import zlib
from typing import IO, BinaryIO

import numpy as np
from numpy.lib import format as npy_format

from fourier_gui.execution.memory import available_memory
from fourier_gui.io.user_files import open_user_file
from fourier_gui.physics.cost import format_bytes

#: Bytes read at a time while a member is streamed; the free memory assumed where the system does not say.
STREAM_BYTES = 4 * 2**20
FALLBACK_MEMORY = 4 * 2**30
#: Each array is copied once after loading (to float or complex): the claims are counted twice.
COPIES = 2


def open_checked_npz(path: str | os.PathLike, error: type[Exception], what: str) -> BinaryIO:
    """The archive at `path`, open at its start, once every `.npy` member's header is readable, claims
    no more than the free memory (all members together) and no more data than the member holds.
    Anything else raises `error` with one line naming the file."""
    where = os.fspath(path)
    source = open_user_file(path, error, what)  # a regular file, never a FIFO or a device
    try:
        claims = _member_claims(source, where, error, what)
        need = COPIES * sum(claims.values())
        free = available_memory() or FALLBACK_MEMORY
        if need > free:
            raise error(
                f"{what} {where!r}: its arrays claim {format_bytes(need / COPIES)}, more than the "
                f"{format_bytes(free)} of free memory"
            )
        source.seek(0)
        return source
    except BaseException:
        source.close()
        raise


def _member_claims(source: BinaryIO, where: str, error: type[Exception], what: str) -> dict[str, int]:
    """The bytes each `.npy` member's header claims, after checking that the member holds them."""
    claims: dict[str, int] = {}
    try:
        with zipfile.ZipFile(source) as archive:
            for info in archive.infolist():
                if not info.filename.endswith(".npy"):
                    continue
                name = info.filename[:-4]
                with archive.open(info) as member:
                    claimed = _header_bytes(member, where, name, error, what)
                    free = available_memory() or FALLBACK_MEMORY
                    if COPIES * claimed > free:
                        raise error(
                            f"{what} {where!r}: array {name!r} claims {format_bytes(claimed)}, more than the "
                            f"{format_bytes(free)} of free memory"
                        )
                    held = _stream(member)
                if held < claimed:
                    raise error(
                        f"{what} {where!r}: array {name!r} is corrupted: its header claims {claimed} bytes "
                        f"but the file holds {held}"
                    )
                claims[name] = claimed
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        raise error(f"cannot read {what} {where!r}: not a readable .npz archive ({exc})") from None
    return claims


def _header_bytes(member: IO[bytes], where: str, name: str, error: type[Exception], what: str) -> int:
    """The data bytes a `.npy` header claims (shape × item size); a corrupted header raises `error`."""
    try:
        version = npy_format.read_magic(member)
        if version == (1, 0):
            shape, _fortran, dtype = npy_format.read_array_header_1_0(member)
        else:  # 2.0 and 3.0 (a UTF-8 header; the fields the app writes are ASCII)
            shape, _fortran, dtype = npy_format.read_array_header_2_0(member)
    except (ValueError, TypeError, SyntaxError, EOFError, OverflowError, UnicodeDecodeError) as exc:
        raise error(f"{what} {where!r}: array {name!r} has a corrupted header ({exc})") from None
    if dtype.hasobject:
        raise error(f"{what} {where!r}: array {name!r} holds Python objects; only numbers are read")
    return math.prod(shape) * np.dtype(dtype).itemsize


def _stream(member: IO[bytes]) -> int:
    """Read the rest of a member without keeping it; the number of bytes read."""
    held = 0
    while chunk := member.read(STREAM_BYTES):
        held += len(chunk)
    return held
