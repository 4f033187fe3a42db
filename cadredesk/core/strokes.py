"""姓氏笔画 (stroke-order) sorting of Chinese names, as official rosters use it.

Rule (GB/T 13418 practice): names are compared character by character; for each character fewer
strokes come first; equal counts are ordered by the stroke sequence 横(1) 竖(2) 撇(3) 点(4) 折(5),
first stroke, then second, …; a name that is a prefix of another comes first.

Data: ``resources/strokes.tsv`` (``char<TAB>sequence``, built by tools/build_strokes.py),
loaded lazily on first use. Characters with identical sequences (己 已 巳) are ordered by code point.
The tool writes the lines in that order, so a character's rank is its position in the file (checked
on loading; a file in another order is sorted instead).

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

import bisect
import gc
import hashlib
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from cadredesk.assets import resource_bytes

SEGMENT_WIDTH = 6
MAX_KEY_LENGTH = 64

_IGNORED = frozenset(" \t\r\n\u3000\u00b7\u2022\u2027\u30fb\uff65\u22c5\u2219.")
_BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# A well-formed data body (after the leading comment lines): one ``char<TAB>sequence`` per line.
_WELL_FORMED = re.compile(r"(?:[^\s#]\t[1-5]+\n)*")


@dataclass(frozen=True)
class _StrokeData:
    """The data file in 姓氏笔画 order: ``chars[i]`` has stroke sequence ``seqs[i]``."""

    chars: list[str]
    seqs: list[str]
    position: dict[str, int]  # char → index in chars
    starts: dict[int, int]  # stroke count → index of the first character with that count
    digest: str
    #: key segment per (NFKC-normalised) character, filled on first use; "" for ignored characters
    key_segments: dict[str, str] = field(default_factory=dict)

    def sequence(self, ch: str) -> str | None:
        i = self.position.get(ch)
        return None if i is None else self.seqs[i]

    def segment(self, ch: str) -> str:
        """The 6-character key segment of one normalised character ("" when it is ignored)."""
        seg = self.key_segments.get(ch)
        if seg is None:
            if ch in _IGNORED or ch.isspace():
                seg = ""
            else:
                i = self.position.get(ch)
                if i is not None:
                    count = len(self.seqs[i])
                    seg = f"{count:02d}{i - self.starts[count]:04d}"
                else:
                    cp = ord(ch)
                    seg = f"U{cp:05X}" if _is_cjk_ideograph(cp) else _other_segment(ord(ch.casefold()[0]))
            self.key_segments[ch] = seg
        return seg


def _read_tsv() -> bytes:
    return resource_bytes("strokes.tsv")


def _parse(text: str) -> tuple[list[str], list[str]]:
    """(chars, sequences) in file order; a later line for the same character replaces an earlier one."""
    start = 0
    while text.startswith("#", start):
        nl = text.find("\n", start)
        start = len(text) if nl < 0 else nl + 1
    body = text[start:]
    if _WELL_FORMED.fullmatch(body):  # the file as tools/build_strokes.py writes it: split in C
        tokens = body.split()
        return tokens[0::2], tokens[1::2]
    sequences: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        ch, seq = line.split("\t", 1)
        sequences[ch] = seq
    return list(sequences), list(sequences.values())


@cache
def _data() -> _StrokeData:
    """Load strokes.tsv. The file is in 姓氏笔画 order (checked), so ranks are positions.

    Without cyclic garbage collection meanwhile: the table's 70,000 entries are acyclic, but making
    them triggers collections that scan the whole heap (in the GUI: 0.1 s → 0.4 s; docs/performance.md).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load()
    finally:
        if was_enabled:
            gc.enable()


def _load() -> _StrokeData:
    raw = _read_tsv()
    chars, seqs = _parse(raw.decode("utf-8"))
    position = dict(zip(chars, range(len(chars)), strict=True))
    duplicates = len(position) != len(chars)
    if duplicates:  # a character listed twice: its last line counts
        latest = dict(zip(chars, seqs, strict=True))
        chars, seqs = list(latest), list(latest.values())
    lengths = list(map(len, seqs))
    keys = list(zip(lengths, seqs, map(ord, chars), strict=True))
    if duplicates or not all(map(operator.le, keys, keys[1:])):
        keys.sort()  # not in 姓氏笔画 order (an older or hand-made file)
        lengths = [k[0] for k in keys]
        seqs = [k[1] for k in keys]
        chars = [chr(k[2]) for k in keys]
        position = dict(zip(chars, range(len(chars)), strict=True))
    starts: dict[int, int] = {}
    for count in sorted(set(lengths)):
        first = starts[count] = bisect.bisect_left(lengths, count)
        if count > 99 or bisect.bisect_right(lengths, count) - first > 10000:
            # the fixed-width layout would no longer sort correctly
            raise ValueError(f"strokes.tsv: {chars[first]!r} does not fit the sort key layout")
    return _StrokeData(chars, seqs, position, starts, hashlib.sha256(raw).hexdigest()[:12])


def _is_cjk_ideograph(cp: int) -> bool:
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x323AF


def _single(ch: str) -> str:
    norm = unicodedata.normalize("NFKC", ch)
    return norm if len(norm) == 1 else ch


def stroke_sequence(ch: str) -> str | None:
    """The stroke sequence of one character as digits 1-5 (横竖撇点折), or None if unknown."""
    return _data().sequence(_single(ch))


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
    data = _data()
    if unicodedata.is_normalized("NFKC", name):
        known = data.key_segments
        try:  # every character seen before: the common case
            return "".join([known[ch] for ch in name])[:MAX_KEY_LENGTH]
        except KeyError:
            pass
    else:
        name = unicodedata.normalize("NFKC", name)
    segment = data.segment
    return "".join([segment(ch) for ch in name])[:MAX_KEY_LENGTH]


@cache
def data_version() -> str:
    """Short digest of strokes.tsv; stored keys must be recomputed when it changes.

    Hashes the file without parsing it: opening a database asks for it, and parsing the table
    (≈ 0.1 s) is only needed when a key is computed (start-up, docs/performance.md).
    """
    return hashlib.sha256(_read_tsv()).hexdigest()[:12]
