"""Starting the app (ui/shell/app.py)."""


def test_window_and_taskbar_icon_come_from_resources():
    from fourier_gui.ui.shell.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
