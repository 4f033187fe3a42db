"""The resource accessor (cadredesk/assets.py) and what resources/ must hold."""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from cadredesk import assets

REPO = Path(__file__).resolve().parent.parent


def test_resources_are_found() -> None:
    assert assets.resource("strokes.tsv").is_file()
    assert len(assets.resource_bytes("fonts", "wqy-microhei.ttc")) > 1_000_000
    assert assets.resource_text("style/app.qss").startswith("/*")
    assert assets.resource("icons").is_dir()


def test_resource_file_is_a_real_path() -> None:
    with assets.resource_file("fonts", "wqy-microhei.ttc") as path:
        assert isinstance(path, Path) and path.is_file()
    assert assets.resource_path("fonts", "wqy-microhei.ttc").is_file()


def test_forms_are_found() -> None:
    assert "<ui" in assets.form_text("crash_dialog.ui")
    with assets.form_file("crash_dialog.ui") as path:
        assert path.is_file()


@pytest.mark.parametrize("bad", ["../pyproject.toml", "/etc/passwd", "", "fonts/../../x"])
def test_names_outside_the_folder_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        assets.resource(bad)


def test_a_missing_resource_says_which() -> None:
    with pytest.raises(FileNotFoundError, match=r"nope\.txt"), assets.resource_file("nope.txt"):
        pass


def test_accessor_does_not_import_qt() -> None:
    code = "import sys, cadredesk.assets; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_source_tree_has_no_package_resources_folder() -> None:
    assert not (REPO / "cadredesk" / "resources").exists()
    assert not (REPO / "cadredesk" / "forms").exists()


def test_every_resource_is_described_in_the_readme() -> None:
    readme = (REPO / "resources" / "README.md").read_text(encoding="utf-8")
    shipped = [
        p.relative_to(REPO / "resources").as_posix()
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and p.name != "README.md" and "nav" not in p.parts
    ]
    missing = [name for name in shipped if name not in readme]
    assert not missing, f"resources/README.md does not mention {missing}"


def test_app_icon_files() -> None:
    png = assets.resource_bytes("icons", "app-256.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = assets.resource_bytes("icons", "app.ico")
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_page_icons_are_single_colour_24px_line_drawings() -> None:
    folder = REPO / "resources" / "icons" / "nav"
    for svg in sorted(folder.glob("*.svg")):
        text = svg.read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in text, svg.name
        colours = set(re.findall(r"#[0-9a-fA-F]{3,6}\b", text))
        assert colours == {"#1f4e79"}, f"{svg.name}: {colours}"
        assert "currentColor" not in text, svg.name


def test_palette_is_plain_colours() -> None:
    palette = json.loads(assets.resource_text("style", "palette.json"))
    for name, value in palette.items():
        if not name.startswith("_"):
            assert re.fullmatch(r"#[0-9a-f]{6}", value), (name, value)
