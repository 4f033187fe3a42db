"""Logging to a rotating file in the application-data folder."""

from __future__ import annotations

import logging
import logging.handlers

from cadredesk.paths import log_dir

_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("cadredesk")
    root.setLevel(level)
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir() / "cadredesk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # read-only home: log nowhere rather than fail
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
