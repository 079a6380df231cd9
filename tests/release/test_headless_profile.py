"""The light install for machines without a screen (packaging/headless): the same package as the app's
distribution, on numpy alone; built and tried in a fresh venv by the release-marked test."""

import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEADLESS = ROOT / "packaging" / "headless"
#: What the app needs for its window, plots, kernel and videos, and a worker does not.
HEAVY = ("pyside6", "pyqtgraph", "numba", "imageio-ffmpeg", "llvmlite")


def _project(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))["project"]


def _name(requirement: str) -> str:
    return requirement.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip().lower()


def test_the_headless_distribution_is_the_apps_package_without_its_heavy_dependencies():
    app, light = _project(ROOT / "pyproject.toml"), _project(HEADLESS / "pyproject.toml")
    light_names = {_name(r) for r in light["dependencies"]}
    app_names = {_name(r) for r in app["dependencies"]}
    assert light_names and light_names <= app_names and not light_names & set(HEAVY)
    assert {"pyside6-essentials", "numba", "imageio-ffmpeg"} <= app_names  # the app's install is unchanged
    assert light["scripts"]["fourier-gui"] == app["scripts"]["fourier-gui"]
    assert light["requires-python"] == app["requires-python"]
    tool = tomllib.loads((HEADLESS / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]
    assert (HEADLESS / tool["version"]["path"]).resolve() == ROOT / "fourier_gui" / "__init__.py"
    included = tool["build"]["targets"]["wheel"]["force-include"]
    assert included["../../fourier_gui"] == "fourier_gui"
    assert included["../../resources/presets"] == "fourier_gui/resources/presets"  # `--preset` reads them


@pytest.mark.release
def test_the_headless_wheel_runs_the_api_and_simulate_in_a_fresh_venv(tmp_path):
    """Built as a user builds it, installed into a venv with nothing else, run outside the checkout."""
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(HEADLESS), "--no-deps", "-w", str(wheels), "-q"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    wheel = next(wheels.glob("fourier_gui_headless-*.whl"))
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True, timeout=900
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    code = (
        "import sys, fourier_gui\n"
        "run = fourier_gui.simulate('fig2', levels=100, points=21)\n"
        "run.save('r.csv', 'r.json', 'r.npz', currents=True)\n"
        "again = fourier_gui.read('r.csv')\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'numba', 'imageio_ffmpeg')]\n"
        "print(type(again).__name__, (again.exact == run.exact).all(), heavy)\n"
    )
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["Run", "True", "[]"]
    window = subprocess.run(
        [str(tmp_path / "venv" / "bin" / "fourier-gui"), "--preset", "fig2"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert window.returncode == 2 and "needs PySide6" in window.stderr and "Traceback" not in window.stderr
