"""The window shell: the application, the main window, its layout, menus, settings and dialogs."""
