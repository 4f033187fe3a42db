"""Deterministic, realistic demo data for ``cadredesk-cli demo`` (county, city or province scale)."""

from __future__ import annotations

from cadredesk.demo.generator import (
    _LOCAL_UNITS,
    COMPOUND_SURNAMES,
    HETERONYM_SURNAMES,
    NOT_EMPTY_MESSAGE,
    RARE_CHARS,
    SCALES,
    DemoCancelled,
    DemoSummary,
    generate,
)

__all__ = [
    "COMPOUND_SURNAMES",
    "HETERONYM_SURNAMES",
    "NOT_EMPTY_MESSAGE",
    "RARE_CHARS",
    "SCALES",
    "_LOCAL_UNITS",
    "DemoCancelled",
    "DemoSummary",
    "generate",
]
