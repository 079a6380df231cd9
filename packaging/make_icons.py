"""Render resources/icons/fourier-gui.svg to PNGs at the usual sizes, an .ico and an .icns (Qt only).

QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "fourier-gui.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG master icon does not render", file=sys.stderr)
        return 1
    for size in SIZES:
        if not render(renderer, size).save(str(ICONS / f"fourier-gui-{size}.png")):
            print(f"make_icons: could not write the {size} px PNG", file=sys.stderr)
            return 1
    for fmt, size in (("ico", 256), ("icns", 512)):
        writer = QImageWriter(str(ICONS / f"fourier-gui.{fmt}"), fmt.encode())
        if not writer.write(render(renderer, size)):
            print(f"make_icons: could not write .{fmt}: {writer.errorString()}", file=sys.stderr)
            return 1
    print(f"make_icons: wrote {len(SIZES)} PNGs, .ico and .icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
