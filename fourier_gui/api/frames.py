"""pandas where it is installed: imported when a table is asked for as a DataFrame, never before."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fourier_gui.physics.errors import FourierGuiError


class MissingPackageError(FourierGuiError, ImportError):
    """An optional package the call needs is not installed; says which and how to get it."""


def data_frame(columns: Mapping[str, Any]) -> Any:
    """A pandas DataFrame of `columns` (name → values, in order); MissingPackageError without pandas."""
    try:
        import pandas
    except ImportError:
        raise MissingPackageError(
            "to_dataframe() needs pandas, which is not installed: pip install pandas "
            "(or use the arrays and columns of the result as they are)"
        ) from None
    return pandas.DataFrame(dict(columns))


__all__ = ["MissingPackageError", "data_frame"]
