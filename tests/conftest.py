"""Test set-up: Qt offscreen unless told otherwise, settings in a scratch folder, and a fixture that
fails any test which leaves an engine thread running."""

import os
import tempfile

import pytest

# Watch the windows with FOURIER_GUI_SHOW_WINDOWS=1 (then Qt uses the real display).
if not os.environ.get("FOURIER_GUI_SHOW_WINDOWS"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# QSettings (and anything else following XDG) writes here, never into the user's own configuration.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="fourier-gui-test-config-")


@pytest.fixture(autouse=True)
def no_engine_thread_left_running():
    yield
    import sys

    engine = sys.modules.get("fourier_gui.engine.engine")
    if engine is None:
        return
    alive = engine.running_threads()
    for thread in alive:  # clean up so that one leak does not spill into the next test
        thread.quit()
        thread.wait(5000)
    assert not alive, f"test left {len(alive)} engine thread(s) running"


@pytest.fixture
def open_window(qtbot):
    """Open main windows as a user would (shown, without the user's saved settings); all close at the end."""
    from fourier_gui.ui.shell.main_window import MainWindow

    opened = []

    def open_(params=None):
        w = MainWindow(params, restore=False)
        qtbot.addWidget(w)
        w.show()
        opened.append(w)
        return w

    yield open_
    for w in opened:
        w.close()
