"""The project's own errors: the only ones that reach a user as a plain one-line message.

Every input check raises `ParameterError`, which names the parameter, the value and the allowed range.
"""

from __future__ import annotations


class FourierGuiError(Exception):
    """Base of every error that carries a message meant for the user (no traceback needed)."""


class ParameterError(FourierGuiError, ValueError):
    """A parameter value outside its allowed range; names the parameter, the value and the range."""

    def __init__(self, name: str, value: object, allowed: str) -> None:
        self.name = name
        self.value = value
        self.allowed = allowed
        super().__init__(f"{name} = {value!r} is not allowed: {allowed}")
