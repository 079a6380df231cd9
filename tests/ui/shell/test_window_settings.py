"""What the window keeps between launches (ui/shell/window_settings.py)."""

import pytest

from fourier_gui.ui.shell.main_window import MainWindow
from tests.ui.runs import SMALL

#: Parameters other than the defaults, to be brought back.


@pytest.mark.slow
def test_settings_bring_back_last_parameters(qtbot):
    w = MainWindow(SMALL, restore=False)
    qtbot.addWidget(w)
    w.panel.levels.setValue(37)
    w.close()
    w2 = MainWindow(None, restore=True)
    qtbot.addWidget(w2)
    assert w2.panel.parameters().levels == 37
    w2.close()


def test_quitting_in_presentation_mode_keeps_the_drawer_for_the_next_launch(qtbot):
    first = MainWindow(None, restore=True, welcome=False)
    qtbot.addWidget(first)
    first.show()
    assert first.dock.isVisible()
    first.set_presentation(True)
    assert not first.dock.isVisible()
    first.close()
    second = MainWindow(None, restore=True, welcome=False)
    qtbot.addWidget(second)
    second.show()
    assert second.dock.isVisible() and not second.presentation
    second.close()
