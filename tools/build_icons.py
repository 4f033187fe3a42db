#!/usr/bin/env python3
"""Render the application icon resources/icons/app.svg into app-256.png and the Windows app.ico.

Usage (from the repository, with the project's venv)::

    python tools/build_icons.py

The PNG is 256 × 256 (Linux desktops, the About box). The ICO holds 16, 20, 24, 32, 40, 48, 64, 128 and
256 px images, each stored as PNG (Windows Vista and later read those), so the taskbar, the Explorer and
the installer each get a sharp size. Qt's own ICO writer stores only one image per file, so the
container is written here. Rendering uses Qt's QSvgRenderer offscreen (no display needed).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
SOURCE = ICONS / "app.svg"
PNG_OUT = ICONS / "app-256.png"
ICO_OUT = ICONS / "app.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO container (ICONDIR + ICONDIRENTRY per image) whose images are PNG streams."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(png for _size, png in images)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG for Qt", file=sys.stderr)
        return 1
    PNG_OUT.write_bytes(png_bytes(render(renderer, 256)))
    ICO_OUT.write_bytes(ico_bytes([(size, png_bytes(render(renderer, size))) for size in ICO_SIZES]))
    for path in (PNG_OUT, ICO_OUT):
        print(f"wrote {path.relative_to(REPO)} ({path.stat().st_size} bytes)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
