"""The examples of docs/api.md run: each ```python block as its own script (a sweep's pool needs the script's
`__main__` guard), in order, in one folder, so that one block reads the files an earlier one wrote."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import fourier_gui

ROOT = Path(fourier_gui.__file__).resolve().parents[1]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks() -> list[str]:
    return BLOCK.findall((ROOT / "docs" / "api.md").read_text(encoding="utf-8"))


def test_the_page_shows_a_run_a_scan_a_sweep_and_a_read_back():
    found = blocks()
    assert len(found) >= 5
    text = "\n".join(found)
    for call in ("fourier_gui.simulate(", "fourier_gui.sweep(", "fourier_gui.read(", "for c1 in", ".save("):
        assert call in text, call


@pytest.mark.slow
def test_every_example_runs(tmp_path):
    try:
        import pandas  # noqa: F401
    except ImportError:
        pandas_here = False
    else:
        pandas_here = True
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    ran = 0
    for number, code in enumerate(blocks()):
        if "to_dataframe" in code and not pandas_here:
            continue  # the page says it needs pandas
        script = tmp_path / f"example_{number}.py"
        script.write_text(code, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
        )
        assert done.returncode == 0, f"example {number}:\n{code}\n{done.stderr}"
        assert done.stdout.strip(), f"example {number} printed nothing"
        ran += 1
    assert ran >= 5
