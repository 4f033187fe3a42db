"""姓氏笔画 sorting: hand-checked order of real names, data coverage, key layout, and a property test
comparing stroke_key() against a straightforward character-by-character reference comparison."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import random
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

from cadredesk.assets import resource_text
from cadredesk.core import strokes
from cadredesk.core.strokes import MAX_KEY_LENGTH, data_version, stroke_count, stroke_key, stroke_sequence

# Expected 姓氏笔画 order, checked by hand against the mainland stroke-order standard
# (1 横/提, 2 竖/竖钩, 3 撇, 4 点/捺, 5 折). Each comment gives the strokes that decide the place.
EXPECTED_ORDER = [
    "丁",  # 2 strokes 横 竖钩 = 12
    "卜",  # 2: 竖 点 = 24; first stroke 竖(2) after 丁's 横(1)
    "刁",  # 2: 横折钩 提 = 51; first stroke 折(5) comes last among the 2-stroke names
    "于",  # 3: 横 横 竖钩 = 112
    "万",  # 3: 横 横折钩 撇 = 153; ties 于 on the 1st stroke, 2nd stroke 折(5) > 横(1)
    "上官婉儿",  # 3: 上 = 竖 横 横 = 211; first stroke 竖
    "马",  # 3: 横折 竖折折钩 横 = 551; first stroke 折
    "王",  # 4: 横 横 竖 横 = 1121
    "王玥",  # 王 is a prefix of 王玥: shorter name first; 玥 = 8 strokes (1121 3511)
    "王喆",  # 喆 = 吉吉 = 12 strokes (121251121251) > 玥 8
    "毛",  # 4: 撇 横 横 竖弯钩 = 3115
    "文",  # 4: 点 横 撇 捺 = 4134
    "方",  # 4: 点 横 横折钩 撇 = 4153; ties 文 on 点横, 3rd stroke 折(5) > 撇(3)
    "孔",  # 4: 横撇 竖钩 提 竖弯钩 = 5215
    "石",  # 5: 横 撇 竖 横折 横 = 13251
    "龙",  # 5: 横 撇 竖弯钩 撇 点 = 13534; 3rd stroke 折(5) > 石's 竖(2)
    "叶",  # 5: 竖 横折 横 横 竖 = 25112
    "田",  # 5: 竖 横折 横 竖 横 = 25121; 4th stroke 竖(2) > 叶's 横(1)
    "白",  # 5: 撇 竖 横折 横 横 = 32511
    "冯",  # 5: 点 提 横折 竖折折钩 横 = 41551
    "司马光",  # 5: 司 = 横折钩 横 竖 横折 横 = 51251
    "朱",  # 6: 撇 横 横 竖 撇 点 = 311234
    "刘",  # 6: 文 4134 + 立刀 竖 竖钩 = 413422
    "许",  # 6: 点 横折提 + 午 3112 = 453112; 2nd stroke 折 > 刘's 横
    "孙",  # 6: 横撇 竖钩 提 + 竖钩 撇 点 = 521234
    "李",  # 7: 木 1234 + 子 521 = 1234521
    "吴",  # 7: 口 251 + 横 横 撇 点 = 2511134
    "何",  # 7: 撇 竖 + 可 12512 = 3212512
    "张",  # 7: 弓 515 + 长 3154 = 5153154; first stroke 折, so after 李 (横)
    "张堃",  # 张 prefix; 堃 = 方方土 = 11 strokes
    "陈",  # 7: 阝 52 + 东 15234 = 5215234; 2nd stroke 竖(2) > 张's 横(1)
    "陈珺",  # 陈 prefix; 珺 = 王 1121 + 君 5113251 = 11 strokes
    "林",  # 8: 12341234
    "欧阳修",  # 8: 区 1345 + 欠 3534 = 13453534; 2nd stroke 撇(3) > 林's 竖(2)
    "周",  # 8: 撇 横折钩 横 竖 横 竖 横折 横 = 35121251
    "郑",  # 8: 关 431134 + 阝 52 = 43113452
    "赵",  # 9: 走 1212134 + 乂 34
    "徐",  # 10: 彳 332 + 余 3411234
    "黄",  # 11: 横 竖 竖 横 竖 横折 横 横 竖 撇 点 = 12212512134
]

# Per-character sequences written out by hand (not read from the data file).
HAND_SEQUENCES = {
    "丁": "12", "卜": "24", "刁": "51", "于": "112", "万": "153", "上": "211", "马": "551",
    "王": "1121", "毛": "3115", "文": "4134", "方": "4153", "孔": "5215", "石": "13251",
    "龙": "13534", "叶": "25112", "田": "25121", "白": "32511", "冯": "41551", "司": "51251",
    "朱": "311234", "刘": "413422", "许": "453112", "孙": "521234", "李": "1234521",
    "吴": "2511134", "何": "3212512", "张": "5153154", "陈": "5215234", "林": "12341234",
    "欧": "13453534", "阳": "522511", "周": "35121251", "郑": "43113452", "赵": "121213434",
    "徐": "3323411234", "黄": "12212512134", "喆": "121251121251", "堃": "41534153121",
    "玥": "11213511", "珺": "11215113251", "光": "243135", "修": "322354333",
}  # fmt: skip


def _tsv_sequences() -> dict[str, str]:
    text = resource_text("strokes.tsv")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            ch, seq = line.split("\t")
            out[ch] = seq
    return out


TSV = _tsv_sequences()


def _gb2312_hanzi() -> list[str]:
    chars = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.append(bytes([hi, lo]).decode("gb2312"))
    return chars


def test_hand_checked_names_sort_in_stroke_order() -> None:
    for seed in range(5):
        shuffled = EXPECTED_ORDER[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(shuffled, key=stroke_key) == EXPECTED_ORDER
    keys = [stroke_key(n) for n in EXPECTED_ORDER]
    assert len(set(keys)) == len(keys)


def test_brief_examples() -> None:
    k = stroke_key
    assert k("丁") < k("王") and k("王") < k("白")
    assert k("卜") < k("刁")  # both 2 strokes; 竖 before 折
    assert k("李") < k("张")  # both 7 strokes; 横 before 折
    assert k("马") < k("王")  # 3 strokes before 4


def test_hand_sequences_match_data() -> None:
    for ch, seq in HAND_SEQUENCES.items():
        assert stroke_sequence(ch) == seq, ch
        assert stroke_count(ch) == len(seq), ch


def test_stroke_count_unknown_and_normalised() -> None:
    for ch in ("\U0003134a", "\U0002a6df", "\U0002b738", "\u9ffe"):  # ideographs the property test
        assert ch not in TSV  # relies on having no data
    assert stroke_count("A") is None
    assert stroke_count("·") is None
    assert stroke_count("\U0003134a") is None  # CJK Extension G, no data
    assert stroke_count("\uf9dc") == stroke_count("隆")  # compatibility ideograph → 隆 (11)
    assert stroke_count("隆") == 11


# CJK Unified Ideographs: URO and Extensions A-H (no compatibility ideographs, no radicals).
_UNIFIED = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2EBEF), (0x30000, 0x323AF))


def test_data_file_is_well_formed() -> None:
    assert len(TSV) > 60000
    for ch, seq in TSV.items():
        assert len(ch) == 1 and any(lo <= ord(ch) <= hi for lo, hi in _UNIFIED), ch
        assert seq and set(seq) <= set("12345") and len(seq) <= 64, ch


def test_gb2312_coverage() -> None:
    gb = _gb2312_hanzi()
    assert len(gb) == 6763
    covered = sum(stroke_count(ch) is not None for ch in gb)
    assert covered / len(gb) >= 0.999, f"{covered}/{len(gb)}"


def test_key_layout_and_length() -> None:
    assert stroke_key("") == ""
    assert len(stroke_key("欧阳")) == 12
    assert len(stroke_key("爨鬱齉龘麤")) == 30  # five very complex characters still fit easily
    assert len(stroke_key("阿卜杜热合曼买买提明明明")) == MAX_KEY_LENGTH  # > 10 characters: truncated
    assert stroke_key("王").startswith("04")
    assert stroke_key("黄").startswith("11")
    assert stroke_key("王明").isascii()


def test_separators_width_and_case() -> None:
    assert stroke_key("阿依古丽·买买提") == stroke_key("阿依古丽买买提")
    assert stroke_key("阿依古丽•买买提") == stroke_key("阿依古丽 买买提")
    assert stroke_key(" 王 明 ") == stroke_key("王明")
    assert stroke_key("ＡＢＣ") == stroke_key("abc") == stroke_key("ABC")


def test_unknown_and_non_cjk_sort_after_known() -> None:
    rare = "\U0003134a"  # CJK Extension G ideograph without data
    assert stroke_key("龘") < stroke_key(rare) < stroke_key("Alice")  # 龘 has 48 strokes
    assert stroke_key("王") < stroke_key("王" + rare) < stroke_key("王a")
    assert stroke_key("Alice") < stroke_key("Bob")


def test_identical_sequences_tie_break_by_code_point() -> None:
    assert stroke_sequence("己") == stroke_sequence("已") == stroke_sequence("巳") == "515"
    assert sorted("巳已己", key=stroke_key) == ["己", "已", "巳"]


def test_data_version_is_stable_digest() -> None:
    v = data_version()
    assert len(v) == 12 and v == data_version()
    assert v == strokes._data().digest  # the digest of the very table the keys are built from


# --- property test against a reference comparison --------------------------------------------------

_IGNORED = set(" ·•")


def _reference(name: str) -> list[tuple[int, int, str, int]]:
    out = []
    for ch in unicodedata.normalize("NFKC", name):
        if ch in _IGNORED:
            continue
        seq = TSV.get(ch)
        if seq is not None:
            out.append((0, len(seq), seq, ord(ch)))
        elif "CJK UNIFIED" in unicodedata.name(ch, ""):
            out.append((1, 0, "", ord(ch)))
        else:
            out.append((2, 0, "", ord(ch.casefold()[0])))
    return out


_POOL = sorted(TSV)
_char = st.one_of(
    st.sampled_from(_POOL),
    st.sampled_from(list("丁卜刁王白李张己已巳人入八")),
    st.sampled_from(["\U0003134a", "\U0002a6df", "\U0002b738", "\u9ffe"]),  # ideographs without data
    st.sampled_from(list("abcXYZ019· ")),
)
_name = st.lists(_char, min_size=0, max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_name, _name)
def test_stroke_key_matches_reference_comparison(a: str, b: str) -> None:
    ra, rb = _reference(a), _reference(b)
    ka, kb = stroke_key(a), stroke_key(b)
    assert (ka < kb) == (ra < rb)
    assert (ka == kb) == (ra == rb)


# --- the build script on small hand-made inputs -----------------------------------------------------


def _load_build_module() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "tools" / "build_strokes.py"
    spec = importlib.util.spec_from_file_location("build_strokes", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_strokes"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_build_script_on_small_sources(tmp_path: Path) -> None:
    bs = _load_build_module()
    letters = {k: {"type": "平笔", "name": k} for k in bs.CNCHAR_CLASS}
    letters.update({k: {"type": "折笔", "name": k} for k in bs.CNCHAR_FOLD_LETTERS})
    letters["g"]["type"] = "折笔"  # 竖钩 is a 折笔 in cnchar but counts as 竖 in 姓氏笔画
    orders = {"一": "j", "丁": "jg", "刁": "ri", "李": "jfslegi", "皙": "jfsl"}  # 皙: wrong length
    js = "x=JSON.parse('" + json.dumps(orders, ensure_ascii=False) + "');"
    js += "y=JSON.parse('" + json.dumps(letters, ensure_ascii=False) + "');"
    cnchar_file = tmp_path / "cnchar.order.min.js"
    cnchar_file.write_text(js, encoding="utf-8")
    rime_file = tmp_path / "stroke.dict.yaml"
    rime_file.write_text(
        "# header\n---\nname: stroke\n...\n\n丁\thz\n卜\tsn\n皙\thspnppshszhh\n"
        "#The above …\n# 以下詞條繼承自原碼表，用以兼容大陸規範字形。\n\n丁\ths\n皙\thspnpphspszhh\n",
        encoding="utf-8",
    )
    unihan_dir = tmp_path / "unihan"
    unihan_dir.mkdir()
    (unihan_dir / "Unihan_IRGSources.txt").write_text(
        "U+4E00\tkTotalStrokes\t1\nU+4E01\tkTotalStrokes\t2\nU+535C\tkTotalStrokes\t2\n"
        "U+5201\tkTotalStrokes\t2\nU+674E\tkTotalStrokes\t7\nU+7699\tkTotalStrokes\t13 12\n",
        encoding="utf-8",
    )
    out = tmp_path / "strokes.tsv"
    assert bs.main(["--cnchar", str(cnchar_file), "--rime", str(rime_file),
                    "--unihan-dir", str(unihan_dir), "--out", str(out)]) == 0  # fmt: skip
    rows = dict(line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if line[0] != "#")
    # cnchar first; rime mainland part before its CNS part; lengths checked against Unihan.
    assert rows == {"一": "1", "丁": "12", "卜": "24", "刁": "51", "李": "1234521", "皙": "1234331232511"}
