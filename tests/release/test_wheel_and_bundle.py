"""The release check (packaging/release_check.sh): the wheel in a fresh venv and the desktop bundle both start
and screenshot offscreen with every resource in place. Slow (a minute or more each); `make test` and CI run
both halves, side by side on two workers."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Each half of the release check: the variables that leave the other half out.
HALVES = {"wheel": {"SKIP_BUNDLE": "1"}, "bundle": {"SKIP_WHEEL": "1"}}


@pytest.mark.release
@pytest.mark.parametrize("half", list(HALVES))
def test_release_check_passes(half):
    if not shutil.which("bash"):
        pytest.skip("needs bash")
    if half == "bundle" and os.environ.get("SKIP_BUNDLE") == "1":
        pytest.skip("SKIP_BUNDLE=1")
    env = dict(os.environ, SKIP_WHEEL="0", SKIP_BUNDLE="0") | HALVES[half]
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "release_check.sh"), sys.executable],
        capture_output=True,
        text=True,
        timeout=1800,
        env=env,
    )
    assert done.returncode == 0, (done.stdout[-3000:], done.stderr[-3000:])
    assert "release check passed" in done.stdout
    if half == "wheel":
        assert "fresh venv from the wheel" in done.stdout and "desktop bundle" not in done.stdout
    else:
        assert "bundle:" in done.stdout and "fresh venv from the wheel" not in done.stdout
