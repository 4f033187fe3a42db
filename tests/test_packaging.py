"""Packaging: pyproject.toml lists every package, and a wheel built from the working tree carries resources/
and forms/ as cadredesk.resources and cadredesk.forms and runs ``--self-test`` from wherever it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
MAPPED = {"cadredesk.resources": "resources", "cadredesk.forms": "forms"}
PAGES = (
    "overview", "roster", "cadres", "places", "training", "mentoring", "on_post", "problems", "evaluation",
    "print", "backup",
)  # fmt: skip


def _pyproject() -> dict:
    with open(REPO / "pyproject.toml", "rb") as f:
        return tomllib.load(f)


def _source_packages() -> set[str]:
    return {
        ".".join(init.parent.relative_to(REPO).parts) for init in (REPO / "cadredesk").rglob("__init__.py")
    }


def test_pyproject_lists_every_package() -> None:
    setuptools = _pyproject()["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    assert setuptools["package-dir"] == {"": ".", **MAPPED}
    missing = sorted(_source_packages() - listed)
    assert not missing, (
        f"add {missing} to [tool.setuptools] packages in pyproject.toml (else the wheel lacks them)"
    )
    unknown = sorted(listed - _source_packages() - MAPPED.keys())
    assert not unknown, f"pyproject.toml lists packages that do not exist: {unknown}"
    for folder in MAPPED.values():
        assert (REPO / folder).is_dir()


def _working_tree_files() -> list[Path]:
    """Tracked and untracked-but-not-ignored files (what ``git status`` would ship), else a plain walk."""
    git = shutil.which("git")
    if git and (REPO / ".git").exists():
        out = subprocess.run(
            [git, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO, capture_output=True, check=True,
        ).stdout  # fmt: skip
        return [REPO / name for name in out.decode("utf-8").split("\0") if name and (REPO / name).is_file()]
    skip = {
        ".git",
        ".venv",
        "venv",
        "build",
        "dist",
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
    return [
        p
        for p in REPO.rglob("*")
        if p.is_file() and not skip.intersection(p.relative_to(REPO).parts) and ".egg-info" not in str(p)
    ]


def _copy_working_tree(dest: Path) -> None:
    for path in _working_tree_files():
        target = dest / path.relative_to(REPO)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "CADREDESK_DB")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CADREDESK_HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


@pytest.mark.slow
def test_wheel_carries_resources_and_runs_the_self_test(tmp_path: Path) -> None:
    major = int(version("setuptools").split(".")[0])
    assert major >= 77, "the wheel test builds without isolation: pip install 'setuptools>=77' (test extra)"
    env = _env(tmp_path)
    src, wheelhouse, target = tmp_path / "src", tmp_path / "wheelhouse", tmp_path / "site"
    _copy_working_tree(src)  # a copy: no build/ or egg-info left in the checkout, no stale build/lib
    pip = [sys.executable, "-m", "pip"]
    build = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(wheelhouse), str(src)],
        capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = wheelhouse.glob("cadredesk-*.whl")

    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "cadredesk/resources/fonts/wqy-microhei.ttc",
        "cadredesk/resources/fonts/LICENSE-wqy-microhei.txt",
        "cadredesk/resources/strokes.tsv",
        "cadredesk/resources/STROKES-LICENSE.txt",
        "cadredesk/resources/style/app.qss",
        "cadredesk/resources/style/palette.json",
        "cadredesk/resources/icons/app.svg",
        "cadredesk/resources/icons/app-256.png",
        "cadredesk/resources/icons/app.ico",
        "cadredesk/resources/translations/qtbase_zh_CN.qm",
        "cadredesk/forms/crash_dialog.ui",
        "cadredesk/forms/print/evaluation.toml",
        "cadredesk/forms/print/experience.toml",
        "cadredesk/forms/print/ballot.toml",
        "cadredesk/forms/print/README.md",
        "cadredesk/ui/forms/ui_crash_dialog.py",
        "cadredesk/ui/theme.py",
        "cadredesk/assets.py",
        "cadredesk/storage/migrations/script.py.mako",
        *(f"cadredesk/resources/icons/nav/{key}.svg" for key in PAGES),
        *(f"{package.replace('.', '/')}/__init__.py" for package in _source_packages()),
    }
    assert not expected - names, f"missing from the wheel: {sorted(expected - names)}"
    assert not [n for n in names if n.startswith(("resources/", "forms/"))], (
        "top-level data folders in the wheel"
    )

    install = subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr

    elsewhere = tmp_path / "elsewhere"  # not the repository: nothing can come from the source tree
    elsewhere.mkdir()
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(target)!r})\n"
        "import cadredesk, cadredesk.assets\n"
        "print('package', cadredesk.__file__)\n"
        "print('resources', cadredesk.assets.resources_root())\n"
        "print('forms', cadredesk.assets.forms_root())\n"
        "from cadredesk.ui.app import main\n"
        f"sys.exit(main(['--self-test', '--db', {str(tmp_path / 'wheel.sqlite')!r}]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, capture_output=True, text=True, env=env, timeout=300
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
    for key in ("package", "resources", "forms"):
        assert Path(lines[key]).resolve().is_relative_to(target.resolve()), f"{key} came from {lines[key]}"
    assert "self-test ok" in run.stdout.splitlines()
