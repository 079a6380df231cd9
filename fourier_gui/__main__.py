"""`python -m fourier_gui`."""

import sys

from fourier_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
