"""read() on what a user may hand it: a run's CSV with its header lines and cells mutated, and bytes of any kind.
It returns a Run, Sweep, Table, dict or CouplingsFile, or raises one of the project's own errors in one line
naming the file; nothing else escapes. Seeded (the hypothesis profile of tests/conftest.py)."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fourier_gui
from fourier_gui.physics.errors import FourierGuiError

#: The lines of a small run's CSV (currents included), made once.
_LINES: list[str] = []


def csv_lines() -> list[str]:
    if not _LINES:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "r.csv"
            fourier_gui.simulate(sites=3, levels=8, lam=0.003, points=4).save(path, currents=True)
            _LINES.extend(path.read_text(encoding="utf-8").splitlines())
    return _LINES


def _read_or_refuse(content: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        try:
            got = fourier_gui.read(path)
        except FourierGuiError as exc:
            text = str(exc)
            assert text and "\n" not in text and name in text, text
            return
        assert isinstance(got, fourier_gui.Run | fourier_gui.Sweep | fourier_gui.Table | dict) or hasattr(
            got, "model"
        ), type(got)
        if isinstance(got, fourier_gui.Run):
            assert got.exact.shape == got.ham.shape == (got.times.size, got.sites)


@given(
    where=st.sampled_from(["metadata", "header", "rows"]),
    line=st.integers(0, 200),
    action=st.sampled_from(["replace", "delete", "cut", "grow"]),
    text=st.text(st.characters(blacklist_categories=["Cs"]), max_size=30),
)
def test_a_mutated_run_csv_reads_or_is_refused_in_one_line(where, line, action, text):
    lines = list(csv_lines())
    header = next(i for i, entry in enumerate(lines) if not entry.startswith("#"))
    k = {"metadata": line % header, "header": header, "rows": header + 1 + line % (len(lines) - header - 1)}[where]
    if action == "replace":
        lines[k] = text if not lines[k].startswith("#") else lines[k].partition(":")[0] + ": " + text
    elif action == "delete":
        del lines[k]
    elif action == "cut":
        lines[k] = lines[k][: len(lines[k]) // 2]
    else:
        lines[k] += "," + text
    _read_or_refuse(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"), "r.csv")


@given(content=st.binary(max_size=300), name=st.sampled_from(["x.csv", "x.json", "x.npz", "x.txt"]))
def test_any_bytes_read_or_are_refused_in_one_line(content, name):
    _read_or_refuse(content, name)


@pytest.mark.parametrize("head", [b"PK\x03\x04", b"{", b"# kind: sweep\n", b"# app: fourier-gui\n"])
@given(rest=st.binary(max_size=200))
def test_bytes_behind_each_files_first_bytes_are_refused_in_one_line(head, rest):
    _read_or_refuse(head + rest, "x.csv")
