"""The readers' one way to read a user's file (io/user_files.py): bounded, and no larger a buffer than the file."""

import os

import pytest

from fourier_gui.io import user_files
from fourier_gui.io.user_files import read_user_bytes


class Refused(Exception):
    pass


def test_a_small_file_under_a_huge_limit_is_read_without_a_buffer_of_the_limit(tmp_path):
    """A session's limit follows the free memory: read(limit + 1) asked for a buffer that large first."""
    path = tmp_path / "small.json"
    path.write_bytes(b'{"format": "x"}')
    assert read_user_bytes(path, Refused, "file", limit=2**62) == b'{"format": "x"}'


def _stat_saying(size: int):
    real = os.fstat

    def fstat(fd):
        found = real(fd)
        return os.stat_result((*found[:6], size, *found[7:]))

    return fstat


def test_a_file_that_grew_since_its_size_was_taken_is_read_whole_or_refused_past_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 5000)
    monkeypatch.setattr(user_files, "GROWTH_CHUNK", 1000)
    monkeypatch.setattr(user_files.os, "fstat", _stat_saying(10))  # the size said before it grew
    assert read_user_bytes(path, Refused, "file", limit=6000) == b"x" * 5000
    with pytest.raises(Refused, match="more than the 4000 bytes allowed"):
        read_user_bytes(path, Refused, "file", limit=4000)
