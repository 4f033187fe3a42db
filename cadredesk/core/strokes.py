"""姓氏笔画 (stroke-order) sorting of Chinese names, as official rosters use it.

Rule (GB/T 13418 practice): names are compared character by character; for each character fewer
strokes come first; equal counts are ordered by the stroke sequence 横(1) 竖(2) 撇(3) 点(4) 折(5),
first stroke, then second, …; a name that is a prefix of another comes first.

Data: ``cadredesk/resources/strokes.tsv`` (``char<TAB>sequence``, built by tools/build_strokes.py),
loaded lazily on first use. Characters with identical sequences (己 已 巳) are ordered by code point.

Sort key layout (``stroke_key``): one 6-character ASCII segment per significant character, so
plain string comparison (Python, or SQLite/PostgreSQL on an ASCII column) gives 姓氏笔画 order:

- known character: 2-digit stroke count + 4-digit rank of the character among all characters with
  that count (the rank orders by stroke sequence, then code point), e.g. 王 → ``04`` + rank;
- CJK ideograph without data: ``U`` + 5 hex digits of the code point (after every known one);
- anything else (Latin letters, digits …): ``Z`` + 5 base-36 digits of the code point (after CJK).

Whitespace and the middle dots of transliterated names (阿依古丽·买买提) are ignored; the name is
NFKC-normalised first (full-width letters, CJK compatibility ideographs). Ten characters fit the
64-character ``cadre.name_strokes`` column. Keys depend on the data file: recompute stored keys when
``data_version()`` changes.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

SEGMENT_WIDTH = 6
MAX_KEY_LENGTH = 64

_IGNORED = frozenset(" \t\r\n\u3000\u00b7\u2022\u2027\u30fb\uff65\u22c5\u2219.")
_BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class _StrokeData:
    sequences: dict[str, str]
    segments: dict[str, str]
    digest: str


def _read_tsv() -> bytes:
    return (resources.files("cadredesk") / "resources" / "strokes.tsv").read_bytes()


@cache
def _data() -> _StrokeData:
    raw = _read_tsv()
    sequences: dict[str, str] = {}
    for line in raw.decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        ch, seq = line.split("\t", 1)
        sequences[ch] = seq
    ordered = sorted(sequences.items(), key=lambda item: (len(item[1]), item[1], ord(item[0])))
    segments: dict[str, str] = {}
    count, rank = -1, 0
    for ch, seq in ordered:
        if len(seq) != count:
            count, rank = len(seq), 0
        if count > 99 or rank > 9999:  # the fixed-width layout would no longer sort correctly
            raise ValueError(f"strokes.tsv: {ch!r} does not fit the sort key layout")
        segments[ch] = f"{count:02d}{rank:04d}"
        rank += 1
    return _StrokeData(sequences, segments, hashlib.sha256(raw).hexdigest()[:12])


def _is_cjk_ideograph(cp: int) -> bool:
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x323AF


def _single(ch: str) -> str:
    norm = unicodedata.normalize("NFKC", ch)
    return norm if len(norm) == 1 else ch


def stroke_sequence(ch: str) -> str | None:
    """The stroke sequence of one character as digits 1-5 (横竖撇点折), or None if unknown."""
    return _data().sequences.get(_single(ch))


def stroke_count(ch: str) -> int | None:
    """Total number of strokes of one character (mainland standard), or None if unknown."""
    seq = stroke_sequence(ch)
    return len(seq) if seq is not None else None


def _other_segment(cp: int) -> str:
    digits = ""
    for _ in range(SEGMENT_WIDTH - 1):
        cp, rem = divmod(cp, 36)
        digits = _BASE36[rem] + digits
    return "Z" + digits


def stroke_key(name: str) -> str:
    """Sort key for 姓氏笔画 order (at most 64 ASCII characters); see the module docstring."""
    segments = _data().segments
    parts: list[str] = []
    for ch in unicodedata.normalize("NFKC", name):
        if ch in _IGNORED or ch.isspace():
            continue
        seg = segments.get(ch)
        if seg is None:
            cp = ord(ch)
            seg = f"U{cp:05X}" if _is_cjk_ideograph(cp) else _other_segment(ord(ch.casefold()[0]))
        parts.append(seg)
    return "".join(parts)[:MAX_KEY_LENGTH]


def data_version() -> str:
    """Short digest of strokes.tsv; stored keys must be recomputed when it changes."""
    return _data().digest
