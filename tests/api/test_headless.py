"""The API and the command line's simulate run where PySide6 (and numba, pyqtgraph, imageio-ffmpeg) are not
installed, as on a cluster worker with the light install (README, "Install"): each run in a process whose
imports of them fail."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import fourier_gui

#: The checkout under test, for the processes started in a temporary folder.
SOURCE = str(Path(fourier_gui.__file__).resolve().parents[1])

#: A meta path finder that refuses the app's heavy dependencies, installed before anything else is imported.
BLOCK = """
import sys
HEAVY = ("PySide6", "shiboken6", "pyqtgraph", "numba", "llvmlite", "imageio_ffmpeg")
class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HEAVY:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Refuse())
"""


def _run(code: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SOURCE}
    return subprocess.run(
        [sys.executable, "-c", BLOCK + code], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_the_block_refuses_pyside6():
    done = _run("import PySide6", None)
    assert done.returncode != 0 and "No module named 'PySide6'" in done.stderr


@pytest.mark.slow
def test_simulate_save_and_read_need_no_qt(tmp_path):
    code = """
import fourier_gui
run = fourier_gui.simulate("fig2", levels=40, points=5, method="chebyshev")
run.save("r.csv", "r.json", "r.npz", "r.fourier.json", currents=True)
for name in ("r.csv", "r.json", "r.npz", "r.fourier.json"):
    fourier_gui.read(name)
loaded = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
print("loaded:", loaded or "none", run.verdict["verdict"])
"""
    done = _run(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("loaded: none")


@pytest.mark.slow
def test_the_command_lines_simulate_needs_no_qt_and_the_window_says_what_is_missing(tmp_path):
    code = """
from fourier_gui.cli import main
status = main(["simulate", "--preset", "fig2", "--levels", "40", "--points", "5", "--csv", "r.csv", "--json", "r.json"])
print("simulate", status)
status = main(["--preset", "fig2"])
print("window", status)
"""
    done = _run(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "simulate 0" in done.stdout and "window 2" in done.stdout
    assert (tmp_path / "r.csv").is_file() and (tmp_path / "r.json").is_file()
    assert "PySide6" in done.stderr and "pip install fourier-gui" in done.stderr and "Traceback" not in done.stderr


def test_names_the_package_does_not_export_are_refused_without_loading_the_api():
    """inspect (PySide6's feature loader in a bundle) asks modules for `__wrapped__`: the package answers at
    once, without importing its API (a frozen bundle need not carry it), and the API's names still load."""
    code = (
        "import sys, fourier_gui; "
        "assert not hasattr(fourier_gui, '__wrapped__') and not hasattr(fourier_gui, 'nonsense'); "
        "assert 'fourier_gui.api' not in sys.modules; "
        "assert callable(fourier_gui.simulate) and 'fourier_gui.api' in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
