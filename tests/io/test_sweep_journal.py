"""The sweep journal: every finished run as one strict-JSON line, read back bit for bit, found again by its
parameters, and a damaged file refused by line (docs/contracts.md, "Sweep journal")."""

import dataclasses
import json
import math
import random
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourier_gui import __version__
from fourier_gui.io.sweep_journal import JournalError, JournalWriter, journal_path, read_journal
from fourier_gui.physics import SimulationParameters
from fourier_gui.physics.sweeps import SweepRow, SweepSpec

BASE = SimulationParameters(sites=3, levels=20, lam=0.05 / 40, points=41)


def spec(values=(20.0, 40.0, 80.0), seeds=2) -> SweepSpec:
    return SweepSpec(BASE, "levels", values, seeds, "c1").validated()


def any_double(rng: random.Random) -> float:
    """A double from all 64 bits (subnormals and the last bit's worth included), finite."""
    while True:
        value = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        if math.isfinite(value):
            return value


def rows_of(sweep: SweepSpec, seed: int) -> list[SweepRow]:
    """A row per run with arbitrary doubles, some of them NaN (a figure that does not exist)."""
    rng = random.Random(seed)
    out = []
    for run in sweep.runs():
        numbers = [any_double(rng) if rng.random() > 0.2 else math.nan for _ in range(9)]
        out.append(
            SweepRow(
                run.point,
                run.value,
                run.repetition,
                run.parameters.seed,
                *numbers[:6],
                method=rng.choice(["eigen", "chebyshev"]),
                elapsed_s=numbers[6],
                fourier_r2=numbers[7],
                fourier_gamma_ratio=numbers[8],
                mode_window=rng.choice(["", "diffusive", "short"]),
            )
        )
    return out


def exact(rows) -> list[str]:
    return [repr(r) for r in rows]  # repr round-trips floats; NaN is 'nan' on both sides


def strict(line: str) -> object:
    def refuse(name):
        raise ValueError(f"bare {name}")

    return json.loads(line, parse_constant=refuse)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_rows_come_back_bit_for_bit_from_strict_json_lines(tmp_path, seed):
    sweep = spec()
    rows = rows_of(sweep, seed)
    path = journal_path(tmp_path / "s.csv")
    assert path.name == "s.csv.journal.jsonl"
    with JournalWriter(path, sweep) as journal:
        for row in reversed(rows):  # in any order of completion
            journal.add(row)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + len(rows)
    head = strict(lines[0])
    assert head["format"] == "fourier-gui sweep journal" and head["app_version"] == __version__
    for line in lines[1:]:
        entry = strict(line)  # no bare NaN: null
        assert set(entry) == {"key", "row"} and entry["key"]["parameters"]["seed"] == entry["key"]["seed"]
    assert any("null" in line for line in lines[1:])
    assert exact(read_journal(path, sweep)) == exact(rows)


def test_a_journal_is_appended_to_by_a_second_writer(tmp_path):
    sweep = spec()
    rows = rows_of(sweep, 3)
    path = tmp_path / "j.jsonl"
    with JournalWriter(path, sweep) as journal:
        journal.add(rows[0])
    with JournalWriter(path, sweep) as journal:  # --resume: the header is not written again
        journal.add(rows[1])
    assert path.read_text(encoding="utf-8").count('"format"') == 1
    assert exact(read_journal(path, sweep)) == exact(rows[:2])


def test_a_line_cut_short_is_ignored_and_dropped_by_the_next_writer(tmp_path):
    sweep = spec()
    rows = rows_of(sweep, 4)
    path = tmp_path / "j.jsonl"
    with JournalWriter(path, sweep) as journal:
        journal.add(rows[0])
        journal.add(rows[1])
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) - 25], encoding="utf-8")  # a crash in the middle of the last line
    assert exact(read_journal(path, sweep)) == exact(rows[:1])
    with JournalWriter(path, sweep) as journal:
        journal.add(rows[2])
    assert exact(read_journal(path, sweep)) == exact([rows[0], rows[2]])
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3


def test_runs_are_found_by_their_parameters_in_a_longer_sweep(tmp_path):
    """A journal of the values 20, 40 serves a sweep of 10, 20, 40, 80: its runs move to their new points."""
    short, long = spec((20.0, 40.0)), spec((10.0, 20.0, 40.0, 80.0))
    rows = rows_of(short, 5)
    path = tmp_path / "j.jsonl"
    with JournalWriter(path, short) as journal:
        for row in rows:
            journal.add(row)
    found = read_journal(path, long)
    assert [(r.point, r.value, r.repetition) for r in found] == [(1, 20.0, 0), (1, 20.0, 1), (2, 40.0, 0), (2, 40.0, 1)]
    assert [repr(r.d1_squared) for r in found] == [repr(r.d1_squared) for r in rows]
    assert read_journal(path, spec((10.0,), seeds=2)) == []  # no run in common
    other_seeds = dataclasses.replace(short, base=BASE.with_changes(seed=7))
    assert read_journal(path, other_seeds.validated()) == []  # other couplings: other runs


def test_a_journal_of_another_version_or_format_is_refused(tmp_path):
    sweep = spec()
    path = tmp_path / "j.jsonl"
    with JournalWriter(path, sweep) as journal:
        journal.add(rows_of(sweep, 6)[0])
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    head = json.loads(lines[0])
    path.write_text(json.dumps(head | {"app_version": "0.0.1"}) + "\n" + "".join(lines[1:]), encoding="utf-8")
    with pytest.raises(JournalError, match=r"written by fourier-gui '0.0.1'.*remove it"):
        read_journal(path, sweep)
    path.write_text('{"format": "something else"}\n', encoding="utf-8")
    with pytest.raises(JournalError, match=r"line 1 is not the header"):
        read_journal(path, sweep)
    path.write_text(lines[0] + '{"key": NaN, "row": {}}\n', encoding="utf-8")  # bare NaN: not strict JSON
    with pytest.raises(JournalError, match=r"line 2: not a JSON line"):
        read_journal(path, sweep)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda row: row.pop("seed"), "the row has no 'seed'"),
        (lambda row: row.update(point=1.5), "the row's 'point' is 1.5"),
        (lambda row: row.update(d1_squared="0.1"), "the row's 'd1_squared' is '0.1'"),
        (lambda row: row.update(method=None), "the row's 'method' is None"),
    ],
)
def test_a_row_of_the_wrong_shape_is_refused_by_field(tmp_path, change, message):
    sweep = spec()
    path = tmp_path / "j.jsonl"
    with JournalWriter(path, sweep) as journal:
        journal.add(rows_of(sweep, 7)[0])
    head, line = path.read_text(encoding="utf-8").splitlines()
    entry = json.loads(line)
    change(entry["row"])
    path.write_text(f"{head}\n{json.dumps(entry)}\n", encoding="utf-8")
    with pytest.raises(JournalError, match=f"line 2: {message}".replace("(", r"\(")):
        read_journal(path, sweep)


@given(st.binary(max_size=2000))
def test_any_bytes_give_rows_or_one_journal_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "j.jsonl"
    path.write_bytes(data)
    try:
        rows = read_journal(path, spec())
    except JournalError as exc:
        assert "\n" not in str(exc) and "j.jsonl" in str(exc)
    else:
        assert rows == []  # random bytes hold no header of this version, let alone a run


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80), max_size=5))
def test_text_after_a_valid_header_gives_rows_or_one_journal_error(tmp_path_factory, lines):
    sweep = spec()
    path = tmp_path_factory.mktemp("fuzz") / "j.jsonl"
    JournalWriter(path, sweep).close()
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n".join(lines))
    try:
        rows = read_journal(path, sweep)
    except JournalError as exc:
        assert "\n" not in str(exc).strip() and "j.jsonl" in str(exc)
    else:
        assert rows == []
