"""Words and numbers for a class (ui/style/rich_text.py)."""

import pytest


@pytest.mark.parametrize(
    ("value", "digits", "text"),
    [(6370, 2, "6\u202f400"), (12734, 3, "12\u202f700"), (0.0123, 2, "0.012"), (1.5e-5, 2, "1.5·10⁻⁵"), (2.5, 3, "2.5"),
     (9.96, 2, "10"), (-0.5, 2, "−0.5"), (0.0, 2, "0"), (1e-7, 2, "10⁻⁷"), (1234567, 2, "1.2·10⁶")],
)  # fmt: skip
def test_numbers_for_people_are_rounded_to_significant_digits(value, digits, text):
    from fourier_gui.ui.style.rich_text import for_people

    assert for_people(value, digits) == text
