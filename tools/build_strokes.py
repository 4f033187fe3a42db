#!/usr/bin/env python3
"""Build resources/strokes.tsv: per-character stroke sequences for 姓氏笔画 sorting.

Output: one line per character, ``char<TAB>sequence``, where the sequence is the character's strokes in
writing order as digits 1-5 (1 横/提, 2 竖/竖钩, 3 撇, 4 点/捺, 5 折), so ``len(sequence)`` is the
stroke count. Lines starting with ``#`` are comments. Lines are in 姓氏笔画 order: by stroke count, then
stroke sequence, then code point, so that a character's rank among those with its stroke count (the
sort key segment, cadredesk/core/strokes.py) is its position in that group and loading needs no sort.

This is a developer tool; the application only reads the generated TSV (no network, no source
packages at run time). Sources, read from where their packages install them:

1. cnchar-order 3.2.6 (npm, MIT, (c) theajack): mainland-standard stroke names for 6,939 characters
   (GB2312 plus common name characters such as 喆 堃 玥 珺). Install with
   ``npm install --no-save cnchar-order@3.2.6`` (gives node_modules/cnchar-order/cnchar.order.min.js).
2. rime-data-stroke (Debian package, LGPL-3, rime/rime-stroke): /usr/share/rime-data/stroke.dict.yaml,
   a 五笔画 (h s p n z) table of ~75,000 characters. Its first part comes from Taiwan's CNS11643
   database; the part after the marker "以下詞條繼承自原碼表" holds the original (mainland-glyph)
   codes that differ from it. For mainland order we take that second part first, then the first.
   Install with ``apt-get install rime-data-stroke``.
3. Unicode Unihan kTotalStrokes (Debian package unicode-data, Unicode licence):
   /usr/share/unicode/Unihan_*.txt(.bz2). Used only to validate: a sequence is kept only if its
   length equals the first (zh-Hans) kTotalStrokes value. Install with ``apt-get install unicode-data``.

Per character the first candidate whose length matches Unihan wins, in this order: the manual
OVERRIDES below, cnchar-order, rime (mainland part), rime (CNS part). Characters without a
matching candidate are left out (stroke_key() then sorts them after all known characters).

Usage::

    python tools/build_strokes.py [--cnchar PATH] [--rime PATH] [--unihan-dir DIR] [--out PATH]

It prints coverage figures (GB2312, CJK Unified Ideographs) and the cnchar/rime disagreements.
"""

from __future__ import annotations

import argparse
import bz2
import contextlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "strokes.tsv"
DEFAULT_CNCHAR = Path("node_modules/cnchar-order/cnchar.order.min.js")
DEFAULT_RIME = Path("/usr/share/rime-data/stroke.dict.yaml")
DEFAULT_UNIHAN_DIR = Path("/usr/share/unicode")

# cnchar-order stroke letters -> five basic stroke classes (GB13000.1 汉字笔顺规范 / GF 0023-2020:
# 横 includes 提, 竖 includes 竖钩, 点 includes 捺, every other turning stroke is 折).
CNCHAR_CLASS = {
    "j": "1",  # 横
    "i": "1",  # 提
    "f": "2",  # 竖
    "g": "2",  # 竖钩
    "s": "3",  # 撇
    "k": "4",  # 点
    "d": "4",  # 点 (variant, e.g. the 2nd dot of 宀, 心)
    "l": "4",  # 捺
}
CNCHAR_FOLD_LETTERS = set("abcehmnopqrtuvwxyz")  # all 折 strokes (横折, 竖弯钩, 斜钩, 弯钩 …)

RIME_CLASS = str.maketrans("hspnz", "12345")

# CJK Unified Ideographs blocks (URO and Extensions A-H). Compatibility ideographs are left out:
# the application NFKC-normalises names, which maps them to these.
UNIFIED_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2EBEF),
    (0x30000, 0x323AF),
)
RIME_MAINLAND_MARKER = "# 以下詞條繼承自原碼表"

# Where cnchar-order and the rime mainland table disagree (37 GB2312 characters), cnchar is taken
# unless the rime sequence is the one consistent with the character's components in both sources.
# These are those cases, with the component evidence:
OVERRIDES = {
    "雌": "21213532411121",  # 此 212135 (竖横竖提撇竖弯钩) + 隹 32411121
    "膝": "351112343424134",  # 月 3511 + 桼 12343424134 (氺 = 竖钩点提撇点 24134, as in 漆)
    "撅": "121134315233534",  # 扌 121 + 厥 134315233534 (as in 蹶 獗)
    "邶": "2113552",  # 北 21135 + 阝 52
    "媾": "5311122125211",  # 女 531 + 冓 1122125211 (as cnchar has it in 篝 遘 觏 鞲)
    "锺": "31115312511211",  # 钅 31115 + 重 312511211
    "黏": "31234342413421251",  # 黍 312343424134 + 占 21251
    "鲺": "3525121153251214",  # 鱼 35251211 + 虱 53251214
    "麒": "4135221153512211134",  # 鹿 41352211535 + 其 12211134
    "麟": "41352211535431234354152",  # 鹿 41352211535 + 粦 431234354152 (as in 磷)
    "搿": "31123412513112",  # 手 3112 + 合 341251 + 手 3112
    "酆": "11122111252125143152",  # 豐 (丰丰 …) + 阝 52; begins with 横 like 丰 1112
    "炽": "433425134",  # 火 4334 + 只 25134
    "德": "332122522114544",  # 彳 332 + 十 12 + 罒 25221 + 一 1 + 心 4544
}


def read_cnchar(path: Path) -> dict[str, str]:
    """Parse the JSON tables embedded in cnchar.order.min.js and map letters to 1-5 digits."""
    text = path.read_text(encoding="utf-8")
    tables = [json.loads(t) for t in re.findall(r"JSON\.parse\('(.*?)'\)", text, re.S)]
    orders = next(t for t in tables if "一" in t)
    letters = next(t for t in tables if "j" in t and isinstance(t["j"], dict))
    known = set(CNCHAR_CLASS) | CNCHAR_FOLD_LETTERS
    if set(letters) != known:
        raise SystemExit(f"cnchar stroke letters changed: {sorted(set(letters) ^ known)}")
    for letter, info in letters.items():
        is_fold = info.get("type") == "折笔"
        if is_fold != (letter in CNCHAR_FOLD_LETTERS) and letter != "g":  # 竖钩 is 折笔 there, 竖 here
            raise SystemExit(f"cnchar letter {letter!r} ({info.get('name')}) has unexpected type")
    out: dict[str, str] = {}
    for ch, seq in orders.items():
        out[ch] = "".join(CNCHAR_CLASS.get(c, "5") for c in seq)
    return out


def read_rime(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Return (mainland part, CNS part) of the rime stroke dictionary, first code per character."""
    cns: dict[str, str] = {}
    mainland: dict[str, str] = {}
    part: dict[str, str] | None = None
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("..."):
                part = cns
                continue
            if line.startswith(RIME_MAINLAND_MARKER):
                part = mainland
                continue
            if part is None or line.startswith("#") or "\t" not in line:
                continue
            ch, code = line.rstrip("\n").split("\t")[:2]
            part.setdefault(ch, code.translate(RIME_CLASS))
    if not mainland or not cns:
        raise SystemExit(f"{path}: could not find both parts of the table")
    return mainland, cns


def _unihan_lines(directory: Path) -> Iterator[str]:
    for path in sorted(directory.glob("Unihan*.txt*")):
        opener = bz2.open if path.suffix == ".bz2" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            yield from fh


def read_unihan_totals(directory: Path) -> dict[str, int]:
    """kTotalStrokes, first value (the zh-Hans count when two are given)."""
    totals: dict[str, int] = {}
    for line in _unihan_lines(directory):
        if "\tkTotalStrokes\t" in line and line.startswith("U+"):
            cp, _, value = line.rstrip("\n").split("\t")
            totals[chr(int(cp[2:], 16))] = int(value.split()[0])
    if not totals:
        raise SystemExit(f"no kTotalStrokes found under {directory}")
    return totals


def is_unified(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in UNIFIED_RANGES)


def stroke_order(item: tuple[str, str]) -> tuple[int, str, int]:
    """Sort key of a (char, sequence) line: stroke count, stroke sequence, code point."""
    ch, seq = item
    return len(seq), seq, ord(ch)


def gb2312_hanzi() -> list[str]:
    chars = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.append(bytes([hi, lo]).decode("gb2312"))
    return chars


def build(
    cnchar: dict[str, str], rime_main: dict[str, str], rime_cns: dict[str, str], totals: dict[str, int]
) -> tuple[dict[str, str], dict[str, int]]:
    result: dict[str, str] = {}
    stats = {"overrides": 0, "cnchar": 0, "rime_mainland": 0, "rime_cns": 0, "no_match": 0}
    sources = (
        ("overrides", OVERRIDES),
        ("cnchar", cnchar),
        ("rime_mainland", rime_main),
        ("rime_cns", rime_cns),
    )
    for ch in sorted(set(cnchar) | set(rime_main) | set(rime_cns)):
        total = totals.get(ch)
        if total is None or not is_unified(ch):
            continue  # radicals, compatibility ideographs, characters Unihan gives no count for
        for name, table in sources:
            seq = table.get(ch)
            if seq is not None and len(seq) == total and set(seq) <= set("12345"):
                result[ch] = seq
                stats[name] += 1
                break
        else:
            stats["no_match"] += 1
    return result, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cnchar", type=Path, default=DEFAULT_CNCHAR, help="cnchar.order.min.js")
    ap.add_argument("--rime", type=Path, default=DEFAULT_RIME, help="rime stroke.dict.yaml")
    ap.add_argument("--unihan-dir", type=Path, default=DEFAULT_UNIHAN_DIR, help="dir with Unihan*.txt[.bz2]")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    cnchar = read_cnchar(args.cnchar)
    rime_main, rime_cns = read_rime(args.rime)
    totals = read_unihan_totals(args.unihan_dir)
    data, stats = build(cnchar, rime_main, rime_cns, totals)

    gb = gb2312_hanzi()
    conflicts = []
    for ch in gb:
        r = rime_main.get(ch, rime_cns.get(ch))
        if ch in cnchar and r is not None and cnchar[ch] != r:
            conflicts.append(f"{ch} cnchar={cnchar[ch]} rime={r} -> {data.get(ch)}")
    uro = [chr(cp) for cp in range(0x4E00, 0xA000) if chr(cp) in totals]
    missing_gb = [ch for ch in gb if ch not in data]

    header = [
        "# 姓氏笔画 stroke data for CadreDesk: char<TAB>strokes (1横 2竖 3撇 4点 5折, length = stroke count).",
        "# Generated by tools/build_strokes.py from cnchar-order 3.2.6 (MIT), rime-data-stroke (LGPL-3)",
        "# and checked against Unicode Unihan kTotalStrokes. See STROKES-LICENSE.txt.",
        "# Lines are in 姓氏笔画 order (stroke count, sequence, code point).",
    ]
    lines = [f"{ch}\t{seq}" for ch, seq in sorted(data.items(), key=stroke_order)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")

    print(f"wrote {len(data)} characters to {args.out}")
    print("sources:", ", ".join(f"{k}={v}" for k, v in stats.items()))
    print(
        f"GB2312: {len(gb) - len(missing_gb)}/{len(gb)} covered; missing: {''.join(missing_gb[:40]) or '-'}"
    )
    covered_uro = sum(ch in data for ch in uro)
    print(f"CJK Unified Ideographs U+4E00-U+9FFF: {covered_uro}/{len(uro)} covered")
    print(f"cnchar/rime disagreements in GB2312: {len(conflicts)}")
    for c in conflicts:
        print("  ", c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
