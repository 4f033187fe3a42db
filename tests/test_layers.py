"""The layer contracts, read from the source (every import, also those inside functions):

    ui, cli  →  services  →  core, io, storage, demo
    io → core;  storage → core;  demo → core, storage;  core → nothing of ours but errors

- core is pure: no Qt, no storage, no io, no services; SQLAlchemy only for the declarative models;
- ui and cli reach the data through services only: no sqlalchemy, sqlite3, storage or io, and no
  ORM models (outside ``if TYPE_CHECKING:`` blocks);
- nothing but ui imports PySide6;
- the package graph is acyclic.
A second group of tests imports the Qt-free layers in a clean process and looks for PySide6.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

import cadredesk

ROOT = Path(cadredesk.__file__).parent

#: cadredesk top-level modules and packages each layer may import (besides itself)
ALLOWED: dict[str, set[str]] = {
    "core": {"errors", "assets"},
    "storage": {"core", "errors", "paths"},
    "io": {"core", "errors", "assets", "__init__"},
    "demo": {"core", "storage", "errors"},
    "services": {"core", "io", "storage", "demo", "errors", "paths", "assets", "__init__"},
    "ui": {"services", "core", "errors", "paths", "logsetup", "assets", "argparse_zh", "__init__"},
    "cli": {"services", "core", "errors", "paths", "logsetup", "argparse_zh", "__init__"},
}
#: third-party packages a layer must not import
FORBIDDEN_THIRD_PARTY: dict[str, set[str]] = {
    "core": {"PySide6", "openpyxl", "reportlab", "python_calamine", "sqlite3", "psycopg", "alembic"},
    "storage": {"PySide6", "openpyxl", "reportlab", "python_calamine"},
    "io": {"PySide6", "sqlalchemy", "sqlite3", "alembic"},
    "demo": {"PySide6", "openpyxl", "reportlab"},
    "services": {"PySide6"},
    "ui": {"sqlalchemy", "sqlite3", "alembic", "openpyxl", "reportlab", "python_calamine", "psycopg"},
    "cli": {"PySide6", "sqlalchemy", "sqlite3", "alembic", "openpyxl", "reportlab", "python_calamine"},
}
#: inside core, SQLAlchemy is the models' vocabulary only
CORE_SQLALCHEMY = "core/models/"


def _layer(path: Path) -> str:
    rel = path.relative_to(ROOT)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[tuple[str, int]]:
    """(module, line) of every import outside ``if TYPE_CHECKING:`` blocks, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    inside = path.is_relative_to(ROOT)
    package = ".".join(("cadredesk", *path.relative_to(ROOT).with_suffix("").parts[:-1])) if inside else ""
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((module, node.lineno))
            if module == "cadredesk":  # from cadredesk import demo, errors …  (submodules, not names)
                found.extend(
                    (f"cadredesk.{a.name}", node.lineno)
                    for a in node.names
                    if (ROOT / a.name).is_dir() or (ROOT / f"{a.name}.py").exists()
                )
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _sources() -> list[Path]:
    return [
        p
        for p in ROOT.rglob("*.py")
        if "migrations" not in p.parts
        and not (len(p.parts) > 1 and p.parent.name == "forms" and p.name != "__init__.py")
    ]


def _violations() -> list[str]:
    problems: list[str] = []
    for path in _sources():
        layer = _layer(path)
        if layer not in ALLOWED:
            continue
        rel = path.relative_to(ROOT).as_posix()
        for module, line in _imports(path):
            where = f"{rel}:{line} imports {module}"
            top = module.split(".")[0]
            if top == "cadredesk":
                parts = module.split(".")
                target = parts[1] if len(parts) > 1 else "__init__"
                if target != layer and target not in ALLOWED[layer]:
                    problems.append(f"{where} ({layer} may not import {target})")
                if layer in ("ui", "cli") and module.startswith("cadredesk.core.models"):
                    problems.append(f"{where} (the faces never touch ORM models)")
            elif top in FORBIDDEN_THIRD_PARTY[layer]:
                problems.append(f"{where} ({layer} may not import {top})")
            elif layer == "core" and top == "sqlalchemy" and not rel.startswith(CORE_SQLALCHEMY):
                problems.append(f"{where} (SQLAlchemy in core only for the models)")
    return problems


def test_layer_contracts_hold() -> None:
    assert _violations() == []


def test_package_graph_is_acyclic() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in _sources():
        layer = _layer(path)
        if layer not in ALLOWED:
            continue
        for module, _line in _imports(path):
            parts = module.split(".")
            if parts[0] == "cadredesk" and len(parts) > 1 and parts[1] in ALLOWED and parts[1] != layer:
                graph[layer].add(parts[1])
    seen: dict[str, int] = {}

    def walk(node: str, trail: list[str]) -> None:
        if seen.get(node) == 1:
            raise AssertionError(" → ".join([*trail, node]))
        if seen.get(node) == 2:
            return
        seen[node] = 1
        for nxt in sorted(graph[node]):
            walk(nxt, [*trail, node])
        seen[node] = 2

    for node in list(graph):
        walk(node, [])


def test_the_contract_test_sees_a_violation(tmp_path: Path) -> None:
    """The checker itself finds a forbidden import (a face reaching past the services)."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from sqlalchemy.orm import Session\n"
        "def f():\n    from cadredesk.storage.engine import Database\n    import sqlalchemy\n",
        encoding="utf-8",
    )
    modules = {m for m, _l in _imports(sample)}
    assert modules == {"typing", "cadredesk.storage.engine", "sqlalchemy"}


# --------------------------------------------------------------------------- at run time

QT_FREE = [
    "cadredesk.core.models",
    "cadredesk.core.rules",
    "cadredesk.services.cadres",
    "cadredesk.services.checks",
    "cadredesk.services.batches",
    "cadredesk.services.database",
    "cadredesk.storage.engine",
    "cadredesk.storage.schema",
    "cadredesk.demo",
    "cadredesk.cli",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_module_does_not_import_qt(module: str) -> None:
    code = f"import sys, {module}; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "False", f"{module} pulled in PySide6"


def test_every_qt_free_module_imports_without_qt() -> None:
    """Import every module under core/, storage/, io/ and services/ in one process and look for PySide6."""
    code = (
        "import importlib, pkgutil, sys\n"
        "import cadredesk.core, cadredesk.storage, cadredesk.io, cadredesk.services\n"
        "names = []\n"
        "for pkg in (cadredesk.core, cadredesk.storage, cadredesk.io, cadredesk.services):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' in m.name: continue\n"
        "        importlib.import_module(m.name); names.append(m.name)\n"
        "print(len(names), any(k.startswith('PySide6') for k in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(out[0]) >= 20
    assert out[1] == "False"


def test_cli_run_does_not_import_qt(tmp_path: Path) -> None:
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
