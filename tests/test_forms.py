"""Qt Designer forms: every forms/*.ui is Designer XML that pyside6-uic accepts and Designer's form builder
(QUiLoader) opens, its committed module in cadredesk/ui/forms/ is what uic makes of it today, and every
generated module still has its .ui."""

from __future__ import annotations

import importlib
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import QFile
from PySide6.QtUiTools import QUiLoader
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parent.parent
UI_FILES = sorted((REPO / "forms").glob("*.ui"))


def _build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms", REPO / "tools" / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_forms = _build_forms()


def test_there_are_forms() -> None:
    assert UI_FILES, "forms/ holds no .ui file"


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_ui_file_is_designer_xml(ui: Path) -> None:
    root = ET.parse(ui).getroot()
    assert root.tag == "ui" and root.get("version") == "4.0", f"{ui.name}: not a Qt Designer file"
    top = root.find("widget")
    assert top is not None, f"{ui.name}: no top-level widget"
    assert root.findtext("class") == top.get("name"), f"{ui.name}: <class> differs from the top widget's name"
    names = [w.get("name") for w in root.iter() if w.tag in ("widget", "layout", "spacer")]
    assert all(names), f"{ui.name}: an element has no name"
    assert len(names) == len(set(names)), f"{ui.name}: duplicate objectName values"


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_generated_module_is_current(ui: Path) -> None:
    expected = build_forms.compile_ui(ui)  # raises when uic refuses the file
    target: Path = build_forms.module_path(ui)
    rel = target.relative_to(REPO)
    if not target.exists():
        pytest.fail(f"{rel} is missing for forms/{ui.name}; run: {build_forms.FIX}")
    actual = target.read_text(encoding="utf-8")
    assert actual.startswith(build_forms.HEADER.format(name=ui.stem)), (
        f"{rel} lacks the generated-file header"
    )
    if build_forms.comparable(actual) != build_forms.comparable(expected):
        pytest.fail(f"{rel} differs from what pyside6-uic makes of forms/{ui.name}; run: {build_forms.FIX}")


def test_every_generated_module_has_its_ui() -> None:
    orphans = [p.relative_to(REPO).as_posix() for p in build_forms.orphans()]
    assert not orphans, f"generated modules without a forms/*.ui: {orphans}; run: {build_forms.FIX}"


def test_uic_version_line_is_ignored() -> None:
    text = build_forms.compile_ui(UI_FILES[0])
    other = text.replace("Compiler version 6.", "Compiler version 6.99.", 1)
    assert other != text
    assert build_forms.comparable(other) == build_forms.comparable(text)


@pytest.mark.qt_log_ignore("QFormBuilder was unable to create a custom widget of the class")
@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_ui_file_opens_in_designers_form_builder(qtbot: QtBot, ui: Path) -> None:
    """QUiLoader reads a form the way Qt Designer does (our promoted widgets shown as their base class)."""
    loader = QUiLoader()
    file = QFile(str(ui))
    assert file.open(QFile.OpenModeFlag.ReadOnly)
    try:
        widget = loader.load(file)
    finally:
        file.close()
    assert widget is not None, f"{ui.name}: {loader.errorString()}"
    qtbot.addWidget(widget)
    top = ET.parse(ui).getroot().find("widget")
    assert top is not None and widget.objectName() == top.get("name")


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_generated_module_builds_its_widget(qtbot: QtBot, ui: Path) -> None:
    root = ET.parse(ui).getroot()
    top = root.find("widget")
    assert top is not None
    module = importlib.import_module(f"cadredesk.ui.forms.ui_{ui.stem}")
    form = getattr(module, f"Ui_{root.findtext('class')}")()
    widget = getattr(QtWidgets, str(top.get("class")))()
    qtbot.addWidget(widget)
    form.setupUi(widget)
    for element in top.iter("widget"):
        name = str(element.get("name"))
        assert widget.findChild(QtWidgets.QWidget, name) is not None or name == top.get("name")
