"""Deterministic, realistic demo data for ``cadredesk-cli demo`` (county, city or province scale)."""

from __future__ import annotations

from cadredesk.demo.generator import (
    NOT_EMPTY_MESSAGE,
    DemoCancelled,
    DemoSummary,
    generate,
)
from cadredesk.demo.people import COMPOUND_SURNAMES, HETERONYM_SURNAMES, RARE_CHARS
from cadredesk.demo.spec import SCALES

__all__ = [
    "COMPOUND_SURNAMES",
    "HETERONYM_SURNAMES",
    "NOT_EMPTY_MESSAGE",
    "RARE_CHARS",
    "SCALES",
    "DemoCancelled",
    "DemoSummary",
    "generate",
]
