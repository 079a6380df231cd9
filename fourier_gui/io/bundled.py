"""Where the files bundled with the app (the `resources/` folder: presets, lessons, icons, desktop entry) are found.

In a wheel or bundle `resources/` is shipped inside the package as `fourier_gui/resources`; in a
checkout it is the folder `resources/` at the repository root.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resources_path() -> Path:
    packaged = resources.files("fourier_gui") / "resources"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("fourier-gui's resources folder is missing (broken installation)")
