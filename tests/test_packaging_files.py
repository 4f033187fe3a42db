"""The packaging files parse and point at things that exist (nothing is built here).

The Windows installer cannot be compiled on Linux and the .deb needs a frozen bundle, so these checks
are what CI can do: the .desktop entry, the Inno Setup script, the PyInstaller spec and the .deb
script agree with each other and with the files in the repository.
"""

from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PKG = REPO / "packaging"


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PKG / "cadredesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _iss() -> dict[str, list[str]]:
    """Section → its entry lines (comments and preprocessor lines left out)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (PKG / "cadredesk.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            current = m.group(1)
            assert current not in sections, f"[{current}] twice"
            sections[current] = []
            continue
        assert current, f"entry before any section: {line}"
        sections[current].append(line)
    return sections


def _entry(line: str) -> dict[str, str]:
    """An Inno Setup entry line: Name: "…"; Filename: "…"; Flags: …"""
    return {
        k.strip(): v.strip().strip('"') for k, v in (part.split(":", 1) for part in re.split(r";\s+", line))
    }


def test_desktop_entry_launches_the_installed_command_with_its_icon() -> None:
    entry = _desktop()
    assert entry["Type"] == "Application"
    assert entry["Name[zh_CN]"] == "选派干部驻村管理"
    gui_scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["gui-scripts"]
    # `cadredesk` is both the pip-installed command and the .deb's /usr/bin launcher; it takes no file
    assert entry["Exec"] == "cadredesk" and "cadredesk" in gui_scripts
    assert entry["Icon"] == "cadredesk"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    deb = (PKG / "build_deb.sh").read_text()
    assert "/usr/bin/cadredesk" in deb
    assert "packaging/cadredesk.desktop" in deb
    for icon, target in (
        ("app-256.png", "256x256/apps/cadredesk.png"),
        ("app.svg", "scalable/apps/cadredesk.svg"),
    ):
        assert (REPO / "resources" / "icons" / icon).stat().st_size > 0
        assert f"resources/icons/{icon}" in deb and f"hicolor/{target}" in deb


def test_inno_setup_script_installs_the_bundle_with_shortcuts_and_keeps_user_data() -> None:
    iss = _iss()
    assert {"Setup", "Languages", "Tasks", "Files", "Icons", "Run", "UninstallDelete"} <= set(iss)
    setup = dict(line.split("=", 1) for line in iss["Setup"])
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["DefaultDirName"] == r"{autopf}\CadreDesk"
    assert (
        PKG / setup["SetupIconFile"].replace("\\", "/")
    ).resolve() == REPO / "resources" / "icons" / "app.ico"
    assert setup["UninstallDisplayIcon"] == r"{app}\{#AppExe}"

    # the files come from the PyInstaller onedir folder the spec builds: dist/CadreDesk/CadreDesk.exe
    spec = (PKG / "cadredesk.spec").read_text()
    assert (
        re.search(r'EXE\([^)]*name="CadreDesk"', spec, re.S)
        and 'COLLECT(exe, a.binaries, a.datas, name="CadreDesk")' in spec
    )
    files = [_entry(line) for line in iss["Files"]]
    assert [f["Source"] for f in files] == [r"..\dist\CadreDesk\*"]
    assert {"recursesubdirs", "createallsubdirs"} <= set(files[0]["Flags"].split())
    assert '#define AppExe "CadreDesk.exe"' in (PKG / "cadredesk.iss").read_text()

    icons = [_entry(line) for line in iss["Icons"]]
    targets = {i["Name"].split("\\")[0]: i for i in icons}
    assert targets["{autoprograms}"]["Filename"] in (r"{app}\{#AppExe}", "{uninstallexe}")
    assert any(i["Filename"] == "{uninstallexe}" for i in icons)  # 卸载 in the Start menu
    desktop = targets["{autodesktop}"]
    assert desktop["Filename"] == r"{app}\{#AppExe}" and desktop["Tasks"] == "desktopicon"
    task = _entry(iss["Tasks"][0])
    assert task["Name"] == "desktopicon" and "unchecked" not in task.get("Flags", "")

    # uninstalling removes the program folder only: never the clerk's data in %LOCALAPPDATA%\CadreDesk
    for line in iss["UninstallDelete"]:
        name = _entry(line)["Name"]
        assert name.startswith("{app}"), name
    assert "localappdata" not in " ".join(iss["UninstallDelete"] + iss["Files"]).lower()


def test_spec_and_build_scripts_reference_existing_files() -> None:
    spec = (PKG / "cadredesk.spec").read_text()
    for folder in re.findall(r'root / "(\w+)"\), "cadredesk/', spec):
        assert (REPO / folder).is_dir(), folder
    assert (REPO / "cadredesk" / "__main__.py").is_file()
    build = (PKG / "build_linux.sh").read_text()
    assert "packaging/requirements-build.txt" in build and "packaging/cadredesk.spec" in build
    assert "--self-test" in build and "self-test ok" in build
    requirements = (PKG / "requirements-build.txt").read_text()
    assert re.search(r"^pyinstaller[<>=]", requirements, re.M)
    # PyInstaller is a build tool, never a runtime dependency
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    assert not any(d.lower().startswith("pyinstaller") for d in deps)
