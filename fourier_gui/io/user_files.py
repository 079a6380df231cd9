"""Reading files the user chose: every failure becomes the project's error with one line naming the file."""

from __future__ import annotations

import json
import os


def load_user_json(path: str | os.PathLike, error: type[Exception], what: str) -> object:
    """The JSON value of a file the user chose; any failure to read or parse it raises `error` with one
    line naming the file (`what` says what it should have been: "preset", "session")."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise error(f"cannot read {what} {os.fspath(path)!r}: {reason}") from None
