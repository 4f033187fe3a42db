"""What keeps start-up fast stays in place (the times themselves are measured in benchmarks/, not here).

- ``cadredesk-cli --help`` and a command's help import neither SQLAlchemy nor the services;
- the GUI's opt-in start-up trace (``CADREDESK_STARTUP_TRACE``) reports the first paint and the
  filled first page, in that order, and ``quit`` ends the real start-up path cleanly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

HEAVY = (
    "sqlalchemy",
    "cadredesk.services.context",
    "cadredesk.core.models",
    "PySide6",
    "reportlab",
    "openpyxl",
    "python_calamine",
    "alembic",
    "logging",  # the log file is set up when a command runs, not for --help (cli._log)
)


def _imports_after(argv: list[str]) -> tuple[str, set[str]]:
    code = (
        "import sys, io, contextlib\n"
        "from cadredesk.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    rc = main({argv!r})\n"
        "assert rc == 0, rc\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print(out.getvalue())\n"
        "print('HEAVY:' + ','.join(heavy))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    text, _, heavy = res.stdout.rpartition("HEAVY:")
    return text, set(filter(None, heavy.strip().split(",")))


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["import", "roster", "--help"]])
def test_cli_help_imports_nothing_heavy(argv: list[str]) -> None:
    text, heavy = _imports_after(argv)
    assert "用法" in text
    assert heavy == set(), f"`cadredesk-cli {' '.join(argv)}` imported {heavy}"


def test_importing_the_cli_imports_nothing_heavy() -> None:
    code = f"import sys, cadredesk.cli; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == ""


def test_every_command_help_renders() -> None:
    """Every (sub-)command's help is built and formatted (a bare ``%`` in a help string broke one)."""
    import argparse

    from cadredesk.cli import build_parser

    seen = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        text = parser.format_help()
        assert "用法" in text, path
        seen.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, (*path, name))

    walk(build_parser(), ())
    assert ("evaluation", "params") in seen
    assert "excellent_ceiling=15%（可多次）" in _help("evaluation", "params")


def _help(*argv: str) -> str:
    text, _heavy = _imports_after([*argv, "--help"])
    return text


def test_print_help_still_lists_the_kinds_from_the_registry() -> None:
    text, _heavy = _imports_after(["print", "--help"])
    assert "roster（选派名单）" in text


@pytest.mark.gui
def test_startup_trace_reports_paint_then_filled_page(tmp_path: Path) -> None:
    from cadredesk.services.database import init_database

    db = tmp_path / "启动.sqlite"
    init_database(str(db))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CADREDESK_STARTUP_TRACE": "quit",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    started = time.time()
    res = subprocess.run(
        [sys.executable, "-m", "cadredesk", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    marks = [line.split() for line in res.stderr.splitlines() if line.startswith(("painted ", "filled "))]
    assert [m[0] for m in marks] == ["painted", "filled"]
    painted, filled = (float(m[1]) for m in marks)
    assert started <= painted <= filled <= time.time()


@pytest.mark.gui
def test_without_the_variable_nothing_is_traced(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    env = {k: v for k, v in os.environ.items() if k != "CADREDESK_STARTUP_TRACE"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    res = subprocess.run(
        [sys.executable, "-m", "cadredesk", "--db", str(db), "--quit-when-ready"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert "painted" not in res.stderr and "filled" not in res.stderr
