"""Strict JSON, the one way the app writes JSON (docs/contracts.md, "Files"): a number that does not exist
(NaN) or is not finite is `null`, never the bare `NaN` or `Infinity` that Python's json writes by default and
that no strict parser (JavaScript's, jq, Go's) reads."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

import numpy as np


def jsonable(value: Any) -> Any:
    """`value` with every non-finite float as None, numpy scalars and arrays as Python numbers and lists,
    tuples as lists; dicts and lists are copied, everything else is returned as it is."""
    if isinstance(value, (float, np.floating)):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.ndarray):
        return jsonable(value.tolist())
    if isinstance(value, Mapping):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    return value


def dumps(value: Any, **options: Any) -> str:
    """`json.dumps` of `jsonable(value)` with `allow_nan=False` (so a non-finite number that slipped
    through raises instead of writing invalid JSON); `options` as json.dumps takes them."""
    return json.dumps(jsonable(value), allow_nan=False, **options)
