"""Layer rules: the core, storage, io, the demo generator and the CLI never import Qt; the core
never imports the demo generator, which sits above it."""

from __future__ import annotations

import subprocess
import sys

import pytest

QT_FREE = [
    "cadredesk.core.models",
    "cadredesk.core.services.cadres",
    "cadredesk.core.services.checks",
    "cadredesk.core.services.batches",
    "cadredesk.core.audit",
    "cadredesk.core.idnumber",
    "cadredesk.core.names",
    "cadredesk.storage.engine",
    "cadredesk.storage.schema",
    "cadredesk.storage.lock",
    "cadredesk.demo",
    "cadredesk.cli",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_module_does_not_import_qt(module: str) -> None:
    code = f"import sys, {module}; print('PySide6' in sys.modules or any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "False", f"{module} pulled in PySide6"


def test_every_core_module_is_qt_free() -> None:
    """Import every module under core/, storage/ and io/ in one process and look for PySide6."""
    code = (
        "import importlib, pkgutil, sys\n"
        "import cadredesk.core, cadredesk.storage, cadredesk.io\n"
        "names = []\n"
        "for pkg in (cadredesk.core, cadredesk.storage, cadredesk.io):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' in m.name: continue\n"
        "        importlib.import_module(m.name); names.append(m.name)\n"
        "print(len(names), any(k.startswith('PySide6') for k in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(out[0]) >= 8
    assert out[1] == "False"


def test_demo_package_stays_below_the_ui_and_the_cli() -> None:
    """Every module of cadredesk.demo imports neither Qt nor the GUI nor the CLI; the core does not
    import cadredesk.demo."""
    code = (
        "import importlib, pkgutil, sys\n"
        "import cadredesk.core\n"
        "for m in pkgutil.walk_packages(cadredesk.core.__path__, 'cadredesk.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "core_pulls_demo = any(k == 'cadredesk.demo' or k.startswith('cadredesk.demo.') for k in sys.modules)\n"
        "import cadredesk.demo\n"
        "names = [m.name for m in pkgutil.walk_packages(cadredesk.demo.__path__, 'cadredesk.demo.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "bad = sorted(k for k in sys.modules if k.startswith(('PySide6', 'cadredesk.ui', 'cadredesk.cli')))\n"
        "print(len(names), core_pulls_demo, bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split(maxsplit=2)
    assert int(out[0]) >= 1
    assert out[1] == "False", "cadredesk.core imports cadredesk.demo"
    assert out[2].strip() == "[]", out[2]


def test_cli_run_does_not_import_qt(tmp_path) -> None:
    """A real `cadredesk-cli` command run end to end keeps Qt out of the process."""
    code = (
        "import sys\nfrom cadredesk.cli import main\n"
        f"rc = main(['--db', r'{tmp_path / 'x.sqlite'}', 'check', '--json'])\n"
        "assert rc == 0, rc\n"
        "print(any(k.startswith('PySide6') for k in sys.modules), file=sys.stderr)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stderr.strip().splitlines()[-1] == "False"
