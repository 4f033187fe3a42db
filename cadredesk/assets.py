"""The one way to reach CadreDesk's data files: ``resources/`` and ``forms/`` (see resources/README.md).

The same names work wherever the program runs:

- a source checkout (editable install, or ``PYTHONPATH=.``): the top-level ``resources/`` and ``forms/``
  folders beside the ``cadredesk`` package;
- an installed wheel: the packages ``cadredesk.resources`` and ``cadredesk.forms``, into which
  pyproject.toml maps those two folders;
- a PyInstaller onedir build: ``cadredesk/resources`` and ``cadredesk/forms`` inside the bundle
  (packaging/cadredesk.spec puts them there).

Everything goes through :mod:`importlib.resources`, so a zipped installation works too (files that must
be real files are then extracted to a temporary folder). No Qt here: core, io and ui all use this module.

Names are given as parts relative to the folder: ``resource("fonts", "wqy-microhei.ttc")``,
``resource("style/app.qss")``; ``..`` and absolute paths are refused.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from functools import cache
from importlib import resources as _resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

__all__ = [
    "form",
    "form_file",
    "form_text",
    "forms_root",
    "resource",
    "resource_bytes",
    "resource_file",
    "resource_path",
    "resource_text",
    "resources_root",
]

#: the package the data folders are installed into (and beside which they sit in a checkout)
_PACKAGE = "cadredesk"


@cache
def _root(kind: str) -> Traversable:
    """The folder ``kind`` (``resources`` or ``forms``): inside the package when installed or frozen,
    else beside it (source checkout)."""
    installed = _resources.files(_PACKAGE).joinpath(kind)
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parent.parent / kind
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"CadreDesk's {kind} folder is missing (looked in {installed} and {checkout})")


def resources_root() -> Traversable:
    return _root("resources")


def forms_root() -> Traversable:
    return _root("forms")


def _join(root: Traversable, parts: tuple[str, ...]) -> Traversable:
    names: list[str] = []
    for part in parts:
        pure = PurePosixPath(part.replace("\\", "/"))
        if pure.is_absolute() or ".." in pure.parts or not pure.parts:
            raise ValueError(f"not a relative resource name: {part!r}")
        names.extend(pure.parts)
    if not names:
        raise ValueError("a resource name is needed")
    found = root
    for name in names:
        found = found.joinpath(name)
    return found


# ---------------------------------------------------------------------------------------- resources/
def resource(*parts: str) -> Traversable:
    """A file or folder under ``resources/`` (it may not exist: check ``is_file()``)."""
    return _join(resources_root(), parts)


def resource_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def resource_text(*parts: str, encoding: str = "utf-8") -> str:
    return resource(*parts).read_text(encoding=encoding)


@contextmanager
def resource_file(*parts: str) -> Iterator[Path]:
    """A real filesystem path for the block (for Qt and reportlab, which open files by name).

    The file itself when it is on disk (checkout, wheel, onedir); a temporary copy otherwise.
    """
    found = resource(*parts)
    if not found.is_file():
        raise FileNotFoundError(f"CadreDesk resource missing: {'/'.join(parts)}")
    with _resources.as_file(found) as path:
        yield path


_kept = ExitStack()
_kept_lock = threading.Lock()
atexit.register(_kept.close)


@cache
def _lasting_path(kind: str, parts: tuple[str, ...]) -> Path:
    found = _join(_root(kind), parts)
    if not found.is_file():
        raise FileNotFoundError(f"CadreDesk {kind} file missing: {'/'.join(parts)}")
    with _kept_lock:
        return _kept.enter_context(_resources.as_file(found))


def resource_path(*parts: str) -> Path:
    """Like :func:`resource_file`, for a path that must stay valid until the process ends (a font that
    reportlab reopens, a path kept in a data structure)."""
    return _lasting_path("resources", parts)


# -------------------------------------------------------------------------------------------- forms/
def form(name: str) -> Traversable:
    """A Qt Designer file (or other form layout) under ``forms/``, e.g. ``form("crash_dialog.ui")``."""
    return _join(forms_root(), (name,))


def form_text(name: str, encoding: str = "utf-8") -> str:
    return form(name).read_text(encoding=encoding)


@contextmanager
def form_file(name: str) -> Iterator[Path]:
    """A real filesystem path of a file under ``forms/`` for the block."""
    found = form(name)
    if not found.is_file():
        raise FileNotFoundError(f"CadreDesk form missing: {name}")
    with _resources.as_file(found) as path:
        yield path
