"""Entry point of the desktop bundle (PyInstaller)."""

import multiprocessing
import sys

from fourier_gui.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # process pools (sweeps) inside a frozen app
    sys.exit(main())
