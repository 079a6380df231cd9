"""Output names that are not what they seem (docs/contracts.md, "Provenance"): a newline, a comma before a
formula, bytes that are not UTF-8, terminal escapes. The command line copied into each file's provenance is
escaped, so a name never injects a row or a formula cell and never stops a file from being written; every file
is written under its name as given."""

from __future__ import annotations

import csv
import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourier_gui.cli import main
from fourier_gui.io.provenance import escaped, header_text, set_command_line

SMALL = ["--sites", "2", "--levels", "20", "--lam", "1e-3", "--bandwidth", "0.5", "--points", "5", "--quiet"]
INVALID = os.fsdecode(b"x\xff\xfe")  # a name that is not UTF-8, as Python hands it over (surrogate escapes)
NAMES = ["a\n=1+1\n#", 'a,"=1+1",b', "a,=1+1,b", INVALID, "e\x1b[31m\u202e", "t\r\t"]


def _data_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:  # strict UTF-8: a lone surrogate could not be read
        return [row for row in csv.reader(f) if row and not row[0].startswith("#")]


def _header_cells(path) -> list[str]:
    """Every cell a spreadsheet makes of the header lines, splitting them at commas as a CSV reader does."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.startswith("#")]
    return [cell for row in csv.reader(lines) for cell in row]


@pytest.fixture
def restore_action():
    yield
    set_command_line([])


@pytest.mark.parametrize("stem", NAMES)
def test_a_hostile_name_injects_no_row_and_no_formula(tmp_path, capsys, restore_action, stem):
    csv_path = tmp_path / f"{stem}.csv"
    json_path = tmp_path / f"{stem}.json"
    npz = tmp_path / f"{stem}.npz"
    assert main(["simulate", *SMALL, "--csv", str(csv_path), "--json", str(json_path), "--couplings", str(npz)]) == 0
    assert capsys.readouterr().err == ""
    rows = _data_rows(csv_path)
    assert rows[0][0] == "t" and all(len(row) == len(rows[0]) for row in rows)  # no row of the name's
    assert not any(cell.strip().startswith(("=", "+", "@")) for cell in _header_cells(csv_path))
    action = json.loads(json_path.read_text(encoding="utf-8"))["provenance"]["action"]
    assert "\n" not in action and "\x1b" not in action and action.isprintable()
    assert npz.exists()


@given(st.text(max_size=60))
def test_escaped_text_is_one_printable_line_of_valid_utf8(text):
    for out in (escaped(text), header_text(text)):
        assert isinstance(out, str)
        out.encode("utf-8")  # no lone surrogate left
        assert "\n" not in out and "\r" not in out and "\x00" not in out
    assert all(not cell.startswith(("=", "+", "-", "@", '"')) for cell in header_text(text).split(",")[1:])


def test_escaping_keeps_plain_text_as_it_is():
    """The reference: an ordinary command line is copied unchanged (also the commas of a list of values)."""
    plain = "fourier-gui sweep --vary lam --values 1e-5,2e-5 --csv 'my run é.csv'"
    assert escaped(plain) == plain and header_text(plain) == plain
    assert header_text("x\ny") == "x\\ny" and header_text("a,=b") == "a\\x2c=b"
    assert escaped(INVALID) == "x\\udcff\\udcfe"
