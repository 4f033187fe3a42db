"""Colours, the application stylesheet and icons, read once from ``resources/`` (see resources/README.md).

- ``resources/style/palette.json``: the named colours. :data:`PALETTE` holds them as ``QColor`` values; the
  module constants (``ERROR_COLOR`` …) and style snippets (``ERROR_STYLE`` …) are what widgets use. No other
  module defines a colour.
- ``resources/style/app.qss``: the stylesheet, with ``${name}`` for palette colours (:func:`stylesheet`).
- ``resources/icons/``: the application icon (:func:`app_icon`) and one line icon per navigation page
  (:func:`page_icon`), drawn in :data:`ICON_INK` and recoloured here to the palette.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import cache
from string import Template

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cadredesk.assets import resource, resource_bytes, resource_text

#: the one colour the line icons in resources/icons/nav are drawn in
ICON_INK = "#1f4e79"
#: logical size of the icons in the navigation column
NAV_ICON_SIZE = 18
#: pixel sizes rendered for each page icon (logical sizes and their 1.5× / 2× for high-DPI screens)
ICON_SIZES = (16, 18, 20, 24, 27, 32, 36, 40, 48)


@dataclass(frozen=True)
class Palette:
    """The named colours of resources/style/palette.json (every field must be there, and nothing else)."""

    accent: QColor
    on_accent: QColor
    text: QColor
    muted: QColor
    error: QColor
    warning: QColor
    ok: QColor
    error_background: QColor
    warning_background: QColor
    nav_background: QColor
    nav_hover: QColor
    border: QColor
    grid: QColor
    selection: QColor

    @classmethod
    def from_json(cls, text: str) -> Palette:
        raw = {k: v for k, v in json.loads(text).items() if not k.startswith("_")}
        names = {f.name for f in fields(cls)}
        if raw.keys() != names:
            missing, unknown = sorted(names - raw.keys()), sorted(raw.keys() - names)
            raise ValueError(f"palette.json: missing {missing}, unknown {unknown}")
        colors: dict[str, QColor] = {}
        for name, value in raw.items():
            color = QColor(value)
            if not isinstance(value, str) or not color.isValid():
                raise ValueError(f"palette.json: {name} = {value!r} is not a colour")
            colors[name] = color
        return cls(**colors)

    def hex(self) -> dict[str, str]:
        """Name → ``#rrggbb``."""
        return {f.name: getattr(self, f.name).name() for f in fields(self)}


PALETTE = Palette.from_json(resource_text("style", "palette.json"))

ERROR_COLOR = PALETTE.error
WARNING_COLOR = PALETTE.warning
MUTED_COLOR = PALETTE.muted
OK_COLOR = PALETTE.ok
#: a priority place that has its cadre
COVERED_COLOR = PALETTE.ok
ERROR_BACKGROUND = PALETTE.error_background
WARNING_BACKGROUND = PALETTE.warning_background

#: ``setStyleSheet`` snippets for labels that carry a message
ERROR_STYLE = f"color: {ERROR_COLOR.name()};"
WARNING_STYLE = f"color: {WARNING_COLOR.name()};"
HINT_STYLE = f"color: {MUTED_COLOR.name()};"
OK_STYLE = f"color: {OK_COLOR.name()};"


@cache
def stylesheet() -> str:
    """resources/style/app.qss with the palette filled in (an unknown ``${name}`` raises KeyError)."""
    return Template(resource_text("style", "app.qss")).substitute(PALETTE.hex())


# ------------------------------------------------------------------------------------------------ icons
def _render(svg: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(svg)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def page_names() -> list[str]:
    """Names of the page icons shipped in resources/icons/nav (without ``.svg``)."""
    folder = resource("icons", "nav")
    return sorted(e.name.removesuffix(".svg") for e in folder.iterdir() if e.name.endswith(".svg"))


@cache
def page_icon(key: str) -> QIcon:
    """The navigation icon of page ``key``: accent lines, white lines on the selected (accent) row.

    Rendered to pixmaps at several sizes so it stays sharp at 16–24 px and on high-DPI screens; a page
    without an icon gets an empty QIcon. Needs a QGuiApplication.
    """
    entry = resource("icons", "nav", f"{key}.svg")
    if not entry.is_file():
        return QIcon()
    svg = entry.read_bytes()
    ink = ICON_INK.encode()
    variants = (
        (QIcon.Mode.Normal, svg.replace(ink, PALETTE.accent.name().encode())),
        (QIcon.Mode.Selected, svg.replace(ink, PALETTE.on_accent.name().encode())),
    )
    icon = QIcon()
    for mode, data in variants:
        for size in ICON_SIZES:
            icon.addPixmap(_render(data, size), mode, QIcon.State.Off)
    return icon


@cache
def app_icon() -> QIcon:
    """The application icon (window title bar, task bar), from app.svg with the 256 px PNG as a base."""
    icon = QIcon()
    png = QPixmap()
    if png.loadFromData(resource_bytes("icons", "app-256.png")):
        icon.addPixmap(png)
    svg = resource_bytes("icons", "app.svg")
    for size in (16, 24, 32, 48, 64, 128):
        icon.addPixmap(_render(svg, size))
    return icon
