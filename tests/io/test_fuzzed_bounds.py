"""Fuzzing the bounds of every input: long integers, numbers beyond 1e308, size bombs, `.npz` headers that
claim 10¹² elements and special files. A reader reads the file correctly (checked against the file, as in
tests/io/test_fuzzed_readers.py) or raises one of the project's own errors, and nothing may allocate
what a file merely claims: each reader runs under an address-space limit of 1 GB above what the process
holds, so an allocation before the refusal fails the test (MemoryError) instead of filling the machine."""

from __future__ import annotations

import io
import json
import os
import resource
import signal
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from numpy.lib import format as npy_format

from fourier_gui.execution import simulate
from fourier_gui.io.couplings_file import read_couplings
from fourier_gui.io.presets import read_preset
from fourier_gui.io.session import read_session, session_dict
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.parameters import SimulationParameters
from tests.io.test_fuzzed_readers import check_preset, check_session, read_correctly_or_refused

FUZZ = settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
HEADROOM = 2**30


_BASELINE: list[int] = []


@contextmanager
def bounded_memory():
    """The process may map at most HEADROOM more bytes than when the first reader ran (a soft limit,
    restored after; fixed once, so that what a failing example leaves behind cannot raise it)."""
    if not _BASELINE:
        with open("/proc/self/statm") as f:
            _BASELINE.append(int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE"))
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _BASELINE[0] + HEADROOM
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _write(data: bytes | str) -> Path:
    path = Path(tempfile.mkdtemp(prefix="fuzz-bounds-")) / "input.json"
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _within_memory(reader: Callable[[Path], object]) -> Callable[[Path], object]:
    """`reader`, run under the address-space limit of `bounded_memory` (what it read is checked outside it)."""

    def read(path: Path) -> object:
        with bounded_memory():
            return reader(path)

    return read


@pytest.fixture(scope="module")
def small_session() -> dict:
    params = SimulationParameters(sites=3, levels=6, points=4, t_max=50.0, t_max_gamma=None)
    return session_dict(params, simulate(params))


def _preset() -> dict:
    return {"title": "X", "description": "d", "parameters": SimulationParameters().to_dict()}


#: Number texts JSON carries that Python's own conversions choke on or that overflow a double.
LONG_NUMBERS = st.one_of(
    st.integers(4301, 6000).map(lambda digits: "9" * digits),  # over the int-string limit: ValueError
    st.integers(20, 400).map(lambda digits: "1" + "0" * digits),  # beyond int64 and float
    st.sampled_from(["1e309", "-1e309", "1e400", "2e308", "4.9e-325"]),
)
SESSION_KEYS = ["sites", "levels", "points", "samples", "seed", "lam", "t_max", "completed", "max_norm_error"]


@FUZZ
@given(number=LONG_NUMBERS, key=st.sampled_from(SESSION_KEYS), where=st.sampled_from(["parameters", "results"]))
def test_long_integers_and_huge_numbers_in_sessions_are_read_correctly_or_refused(small_session, number, key, where):
    data = json.loads(json.dumps(small_session))
    if key in ("completed", "max_norm_error"):
        holder = data["results"]
    else:
        holder = data["parameters"] if where == "parameters" else data["results"]["parameters"]
    holder[key] = "__NUMBER__"
    file = _write(json.dumps(data).replace('"__NUMBER__"', number))
    read_correctly_or_refused(_within_memory(read_session), file, check_session)


@FUZZ
@given(number=LONG_NUMBERS, key=st.sampled_from(["sites", "levels", "lam", "points", "disorder", "order", "points_t"]))
def test_long_integers_and_huge_numbers_in_presets_are_read_correctly_or_refused(number, key):
    data = _preset()
    if key == "order":
        data["order"] = "__NUMBER__"
    elif key == "points_t":
        data["temperatures"] = {"min": 0.1, "max": 1.0, "points": "__NUMBER__"}
    else:
        data["parameters"][key] = "__NUMBER__"
    file = _write(json.dumps(data).replace('"__NUMBER__"', number))
    read_correctly_or_refused(_within_memory(read_preset), file, check_preset)


SIZE_BOMBS = st.one_of(
    st.fixed_dictionaries({"sites": st.integers(10**5, 10**9)}),
    st.fixed_dictionaries({"sites": st.integers(1000, 10_000), "points": st.integers(10**5, 10**6)}),
    st.fixed_dictionaries(
        {"sites": st.integers(100, 10_000), "samples": st.integers(1000, 10_000), "points": st.integers(10**4, 10**6)}
    ),
    st.fixed_dictionaries({"sites": st.integers(10**5, 10**6), "geometry": st.just("ring")}),
)


@pytest.mark.slow
@FUZZ
@given(bomb=SIZE_BOMBS, where=st.sampled_from(["parameters", "results"]))
def test_sessions_claiming_huge_sizes_are_read_correctly_or_refused_without_allocating(small_session, bomb, where):
    data = json.loads(json.dumps(small_session))
    holder = data["parameters"] if where == "parameters" else data["results"]["parameters"]
    holder.update(bomb)
    file = _write(json.dumps(data))
    read_correctly_or_refused(_within_memory(read_session), file, check_session)


@FUZZ
@given(bomb=SIZE_BOMBS)
def test_presets_claiming_huge_sizes_are_read_correctly_or_refused_without_allocating(bomb):
    data = _preset()
    data["parameters"].update(bomb)
    file = _write(json.dumps(data))
    read_correctly_or_refused(_within_memory(read_preset), file, check_preset)


def _npy(shape: tuple[int, ...], dtype: str, data: bytes, version: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    header = {"descr": dtype, "fortran_order": False, "shape": shape}
    if version == (1, 0):
        npy_format.write_array_header_1_0(buffer, header)
    else:
        npy_format.write_array_header_2_0(buffer, header)
    return buffer.getvalue() + data


@FUZZ
@given(
    shape=st.lists(st.integers(1, 10**6), min_size=1, max_size=3).filter(
        lambda s: int(np.prod(s, dtype=object)) >= 10**7
    )
    | st.just([10**12]),
    key=st.sampled_from(["band_energies", "couplings", "psi0", "psi0_samples", "coupling_0"]),
    dtype=st.sampled_from(["<f8", "<c16", "<i8"]),
    held=st.integers(0, 4096),
    version=st.sampled_from([(1, 0), (2, 0)]),
    deflate=st.booleans(),
)
def test_npz_headers_claiming_huge_arrays_are_refused_before_loading(shape, key, dtype, held, version, deflate):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED) as archive:
        if key != "band_energies":
            archive.writestr("band_energies.npy", _npy((3,), "<f8", bytes(24), (1, 0)))
        archive.writestr(f"{key}.npy", _npy(tuple(shape), dtype, bytes(held), version))
    file = _write(buffer.getvalue())
    with pytest.raises(FourierGuiError) as caught, bounded_memory():
        read_couplings(file)
    assert str(file) in str(caught.value)


@FUZZ
@given(garbage=st.binary(min_size=0, max_size=120), cut=st.integers(0, 200))
def test_corrupted_npy_headers_are_one_clear_error(garbage, cut):
    good = _npy((3,), "<f8", bytes(24), (1, 0))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("band_energies.npy", good[: min(cut, 9)] + garbage + good[9 + min(cut, 9) :])
    file = _write(buffer.getvalue())
    with pytest.raises(FourierGuiError) as caught, bounded_memory():  # no arrays but band_energies: never read
        read_couplings(file)
    assert str(file) in str(caught.value) and "\n" not in str(caught.value), str(caught.value)


@pytest.fixture(scope="module")
def special_reader_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("special")
    os.mkfifo(folder / "pipe.json")
    (folder / "zero.json").symlink_to("/dev/zero")
    (folder / "null.json").symlink_to("/dev/null")
    (folder / "folder.json").mkdir()
    return folder


@FUZZ
@given(
    name=st.sampled_from(["pipe.json", "zero.json", "null.json", "folder.json"]),
    reader=st.sampled_from([read_session, read_preset, read_couplings]),
)
def test_special_files_are_refused_by_every_reader_without_blocking(special_reader_files, name, reader):
    path = special_reader_files / name

    def hung(_signum, _frame):
        raise AssertionError(f"{reader.__name__} blocked on {name}")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)  # a reader that opens a FIFO for reading waits for a writer forever
    try:
        with pytest.raises(FourierGuiError, match="only regular files are read"):
            reader(path)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
