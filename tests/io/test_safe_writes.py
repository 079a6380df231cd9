"""Files never betray the user (docs/contracts.md, "Files"): links are written through, devices and folders refused, `-` is
standard output for CSV and JSON, and a full disk, a read-only file system, a refused permission or a
vanished folder give one line naming the file and the reason (exit 2 on the command line, a dialog in the
window), with the old file intact and no temporary file left."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from fourier_gui.cli import main
from fourier_gui.io import atomic
from fourier_gui.io.atomic import FileWriteError, atomic_open, atomic_write_text

FIG2_SMALL = ["--sites", "2", "--levels", "20", "--lam", "1e-3", "--bandwidth", "0.5", "--points", "5", "--quiet"]


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "data" / "real.csv"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(Path("data") / "real.csv")  # relative, as `ln -s` makes it
    assert main(["simulate", *FIG2_SMALL, "--csv", str(link)]) == 0
    assert link.is_symlink(), "the link was replaced by a regular file"
    assert real.read_text().startswith("# provenance") or "exact_P1" in real.read_text()
    assert _leftovers(tmp_path / "data") == [] and _leftovers(tmp_path) == []


def test_a_link_to_a_link_is_followed_to_the_end(tmp_path):
    real = tmp_path / "real.json"
    (tmp_path / "a").symlink_to(real)
    (tmp_path / "b").symlink_to(tmp_path / "a")
    atomic_write_text(tmp_path / "b", "{}")
    assert real.read_text() == "{}" and (tmp_path / "b").is_symlink() and (tmp_path / "a").is_symlink()


@pytest.mark.parametrize("option", ["--csv", "--json", "--couplings"])
def test_a_device_is_refused_and_left_alone(tmp_path, option, capsys):
    before = os.stat("/dev/null")
    args = ["simulate", *FIG2_SMALL, "--csv", str(tmp_path / "x.csv"), option, "/dev/null"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "'/dev/null'" in err and "a device" in err and err.count("\n") == 1
    after = os.stat("/dev/null")
    assert after.st_rdev == before.st_rdev and after.st_ino == before.st_ino
    assert not (tmp_path / "x.csv").exists(), "something was written although an output was refused"


def test_a_link_to_a_device_is_refused(tmp_path):
    (tmp_path / "null.csv").symlink_to("/dev/null")
    with pytest.raises(FileWriteError, match="a device"):
        atomic_write_text(tmp_path / "null.csv", "x")
    assert Path("/dev/null").is_char_device()


def test_a_folder_is_refused(tmp_path, capsys):
    assert main(["simulate", *FIG2_SMALL, "--csv", str(tmp_path)]) == 2
    assert "a folder" in capsys.readouterr().err


def test_dash_is_standard_output_for_csv_and_json(tmp_path, capfd):
    assert main(["simulate", *FIG2_SMALL, "--csv", "-"]) == 0
    out = capfd.readouterr().out
    lines = out.splitlines()
    header = next(line for line in lines if not line.startswith("#"))
    assert header.startswith("t,exact_P1,exact_P2") and len(lines) > 5
    assert not (tmp_path / "-").exists() and not Path("-").exists()
    assert main(["simulate", *FIG2_SMALL, "--csv", str(tmp_path / "r.csv"), "--json", "-"]) == 0
    assert "gamma" in json.loads(capfd.readouterr().out)


def test_dash_is_refused_for_binary_outputs(tmp_path, capsys):
    assert main(["simulate", *FIG2_SMALL, "--csv", str(tmp_path / "r.csv"), "--couplings", "-"]) == 2
    assert "only for CSV and JSON" in capsys.readouterr().err
    assert not (tmp_path / "r.csv").exists()


@pytest.mark.parametrize(
    ("where", "code", "reason"),
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EROFS, "the file system is read-only"),
        ("mkstemp", errno.EACCES, "Permission denied"),
    ],
)
def test_a_failing_write_keeps_the_old_file_and_exits_2(tmp_path, monkeypatch, capsys, where, code, reason):
    """Faults injected where the OS reports them (a full disk at write/fsync, a read-only file system at
    rename, a refused permission at create): one line, exit 2, the old file intact, no temporary file."""
    target = tmp_path / "run.csv"
    target.write_text("old data")

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    if where == "mkstemp":
        monkeypatch.setattr(atomic.tempfile, "mkstemp", fail)
    else:
        monkeypatch.setattr(atomic.os, where, fail)
    assert main(["simulate", *FIG2_SMALL, "--csv", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err and reason in err, err
    assert target.read_text() == "old data"
    assert _leftovers(tmp_path) == []


def test_a_folder_that_vanishes_during_the_write(tmp_path):
    folder = tmp_path / "gone"
    folder.mkdir()
    with pytest.raises(FileWriteError) as caught, atomic_open(folder / "x.csv", "w") as f:
        f.write("data")
        shutil.rmtree(folder)
    assert "x.csv" in str(caught.value) and not folder.exists()


def test_a_missing_folder_is_named(tmp_path, capsys):
    assert main(["simulate", *FIG2_SMALL, "--csv", str(tmp_path / "nope" / "x.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.fixture
def tiny_tmpfs():
    """A 16 kB tmpfs, where mounting is allowed (root on Linux); skipped elsewhere (the fault injection
    above covers the same path)."""
    folder = Path(tempfile.mkdtemp(prefix="fourier-gui-tmpfs-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip("cannot mount a tmpfs here")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)
    folder.rmdir()


def test_a_real_full_disk(tiny_tmpfs, capsys):
    target = tiny_tmpfs / "run.csv"
    target.write_text("old data")
    args = ["simulate", *FIG2_SMALL, "--points", "400", "--csv", str(target)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "the disk is full" in err and str(target) in err
    assert target.read_text() == "old data" and _leftovers(tiny_tmpfs) == []


def test_the_window_shows_a_failed_export_in_a_dialog(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from fourier_gui.ui.files.save_dialogs import save_through_dialog

    shown: list[str] = []
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)"))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))

    def write(path: str) -> None:
        with atomic_open(path, "w") as f:
            f.write("x")
            raise OSError(errno.ENOSPC, "No space left on device")

    assert save_through_dialog(None, "Export data as CSV", "out.csv", "CSV files (*.csv)", write) is None
    assert len(shown) == 1 and str(target) in shown[0] and "disk is full" in shown[0]
    assert not target.exists() and _leftovers(tmp_path) == []
