#!/usr/bin/env python3
"""Compile the Qt Designer files forms/*.ui into cadredesk/ui/forms/ui_<name>.py with pyside6-uic.

Usage (from the repository, with the project's venv)::

    python tools/build_forms.py            # (re)generate every module, remove orphans
    python tools/build_forms.py --check    # only report modules that differ from their .ui (exit 1)

The generated modules are committed, so a clean checkout installs with plain pip; tests/test_forms.py
fails when one is stale. Each starts with a line marking it generated; do not edit them, edit the .ui
(in Qt Designer: ``pyside6-designer forms/<name>.ui``) and run this script. Behaviour belongs in the
hand-written subclass that calls ``setupUi(self)`` (e.g. cadredesk/ui/crash.py).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FORMS = REPO / "forms"
OUT = REPO / "cadredesk" / "ui" / "forms"
HEADER = "# Generated from forms/{name}.ui by tools/build_forms.py — do not edit.\n"
#: uic's version line; it may differ between PySide6 patch releases, so comparisons ignore it
VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)
FIX = "python tools/build_forms.py"


def uic_command() -> list[str]:
    """pyside6-uic of the Python running this script (its venv), else the one on PATH."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        if (bindir / name).is_file():
            return [str(bindir / name)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    # the console script is missing (unusual installs): call its entry point directly
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import uic; uic()"]


def ui_files() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def module_path(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def compile_ui(ui: Path) -> str:
    """The module text for ``ui``: the generated-file header, then uic's output (``\\n`` line ends)."""
    proc = subprocess.run(
        [*uic_command(), str(ui)], capture_output=True, text=True, encoding="utf-8", check=False
    )
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"pyside6-uic failed on {ui.name}: {proc.stderr.strip() or 'no output'}")
    body = proc.stdout.replace("\r\n", "\n")
    return HEADER.format(name=ui.stem) + body


def comparable(text: str) -> str:
    """Module text without uic's version line and trailing whitespace differences."""
    return VERSION_LINE.sub("## Created by: Qt User Interface Compiler", text.replace("\r\n", "\n")).rstrip()


def orphans() -> list[Path]:
    """Generated modules whose .ui is gone."""
    stems = {ui.stem for ui in ui_files()}
    return sorted(p for p in OUT.glob("ui_*.py") if p.stem.removeprefix("ui_") not in stems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale modules, write nothing")
    args = parser.parse_args(argv)
    stale: list[str] = []
    OUT.mkdir(parents=True, exist_ok=True)
    for ui in ui_files():
        target = module_path(ui)
        text = compile_ui(ui)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if comparable(current) == comparable(text):
            continue
        if args.check:
            stale.append(f"{target.relative_to(REPO)} is out of date with {ui.relative_to(REPO)}")
        else:
            target.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {target.relative_to(REPO)}")
    for orphan in orphans():
        if args.check:
            stale.append(f"{orphan.relative_to(REPO)} has no forms/{orphan.stem.removeprefix('ui_')}.ui")
        elif orphan.read_text(encoding="utf-8").startswith("# Generated from forms/"):
            orphan.unlink()
            print(f"removed {orphan.relative_to(REPO)} (its .ui is gone)")
    for line in stale:
        print(line, file=sys.stderr)
    if stale:
        print(f"run: {FIX}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
