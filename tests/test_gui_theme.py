"""The theme: palette, stylesheet, page icons in the navigation, Qt's Chinese strings from the fallback copy,
and no colour defined outside cadredesk/ui/theme.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cadredesk.services.database import Workspace
from cadredesk.ui import app as app_module
from cadredesk.ui import theme
from cadredesk.ui.main_window import PAGES, MainWindow
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> Iterator[MainWindow]:
    notifier = RecordingNotifier()
    runner = TaskRunner(workspace.ctx, notifier, synchronous=True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(workspace, runner, notifier, settings)
    qtbot.addWidget(w)
    yield w
    runner.shutdown()


def test_stylesheet_has_every_colour_filled_in() -> None:
    qss = re.sub(r"/\*.*?\*/", "", theme.stylesheet(), flags=re.DOTALL)
    assert "$" not in qss
    assert theme.PALETTE.accent.name() in qss
    assert "QListWidget#nav" in qss


def test_palette_rejects_missing_and_unknown_names() -> None:
    with pytest.raises(ValueError, match="missing"):
        theme.Palette.from_json('{"accent": "#1f4e79"}')
    good = theme.PALETTE.hex()
    with pytest.raises(ValueError, match="not a colour"):
        theme.Palette.from_json(str({**good, "error": "reddish"}).replace("'", '"'))


def test_every_page_has_an_icon() -> None:
    assert set(theme.page_names()) == {spec.key for spec in PAGES}


def _ink(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    """The opaque colours of an icon drawn at 20 px."""
    image = icon.pixmap(20, 20, mode).toImage()
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if image.pixelColor(x, y).alpha() == 255:
                found.add(c.name())
    return found


def test_navigation_shows_page_icons_white_on_the_selected_row(window: MainWindow) -> None:
    assert window.nav.iconSize().width() == theme.NAV_ICON_SIZE
    for row in range(window.nav.count()):
        icon = window.nav.item(row).icon()
        assert not icon.isNull(), window.nav.item(row).text()
        assert theme.PALETTE.accent.name() in _ink(icon, QIcon.Mode.Normal)
        assert _ink(icon, QIcon.Mode.Selected) == {theme.PALETTE.on_accent.name()}
    assert window.nav.item(0).data(Qt.ItemDataRole.UserRole) == PAGES[0].key


def test_window_icon_is_set(qapp: QApplication) -> None:
    app_module.application()
    assert not qapp.windowIcon().isNull()
    assert 256 in {s.width() for s in theme.app_icon().availableSizes()}


def test_qt_strings_come_from_the_shipped_copy_when_pyside6_lacks_them(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NoTranslations:
        LibraryPath = app_module.QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which: object) -> str:
            return str(tmp_path)  # an empty folder, as in a frozen build without Qt's translations

    monkeypatch.setattr(app_module, "QLibraryInfo", NoTranslations)
    translator = app_module.install_translator(qapp)
    assert translator is not None
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert {b.text().replace("&", "") for b in box.buttons()} == {"确定", "取消"}
    finally:
        qapp.removeTranslator(translator)


COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*[\"']|\bcolor:\s*(?:#|[a-z]+;)")


def test_no_colour_is_defined_outside_the_theme() -> None:
    ui = REPO / "cadredesk" / "ui"
    offenders = []
    for path in sorted(ui.rglob("*.py")):
        if path.name == "theme.py" or path.parent.name == "forms":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if COLOUR.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert not offenders, "define colours in resources/style/palette.json:\n" + "\n".join(offenders)
