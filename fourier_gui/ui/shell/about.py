"""Help → About: version, licence, the paper with a BibTeX citation to copy, and library versions."""

from __future__ import annotations

import platform

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from fourier_gui import __version__
from fourier_gui.ui.language import translate

BIBTEX = """@article{Michel2005Fourier,
  author  = {Michel, Mathias and Mahler, G{\\"u}nter and Gemmer, Jochen},
  title   = {Fourier's Law from Schr{\\"o}dinger Dynamics},
  journal = {Physical Review Letters},
  volume  = {95},
  pages   = {180602},
  year    = {2005},
  doi     = {10.1103/PhysRevLett.95.180602}
}"""


def _installed_version(name: str) -> str:
    """SciPy is needed by the tests and benchmarks only; the app runs without it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return translate("about", "not installed")


def library_versions() -> dict[str, str]:
    return {
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "numpy": numpy.__version__,
        "SciPy": _installed_version("scipy"),
        "pyqtgraph": pyqtgraph.__version__,
        "Python": platform.python_version(),
    }


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("about", "About fourier-gui"))
        versions = " · ".join(f"{k} {v}" for k, v in library_versions().items())
        text = QLabel(
            f"<h2>fourier-gui {__version__}</h2>"
            + translate(
                "about",
                "<p>Watch Fourier's law emerge from Schrödinger dynamics.</p>"
                "<p>After M. Michel, G. Mahler and J. Gemmer, <i>Fourier's Law from Schrödinger Dynamics</i>, "
                "Phys. Rev. Lett. <b>95</b>, 180602 (2005), doi:10.1103/PhysRevLett.95.180602.</p>"
                "<p>Licence: MIT.</p>",
            )
            + f"<p><small>{versions}</small></p>"
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(translate("about", "Copy citation (BibTeX)"))
        self.copy_button.setToolTip(translate("about", "Copy a BibTeX entry of the paper to the clipboard"))
        self.copy_button.clicked.connect(self.copy_citation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.text = text

    def copy_citation(self) -> None:
        QGuiApplication.clipboard().setText(BIBTEX)
        self.copy_button.setText(translate("about", "Copied"))
