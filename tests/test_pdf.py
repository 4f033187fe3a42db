"""The PDF layer: embedded Chinese fonts with glyph fallback, page base, the dispatch roster.

Real PDFs are checked with poppler's pdffonts / pdftotext / pdfinfo.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from cadredesk.core.dto import PrintMeta, RosterLine
from cadredesk.errors import UserError
from cadredesk.io.atomic import write_atomic
from cadredesk.io.pdf import fonts
from cadredesk.io.pdf.base import render_to_file
from cadredesk.io.pdf.roster import render_roster, render_roster_bytes, roster_data_hash

RARE_NAMES = ["张喆", "李堃", "王玥", "赵珺", "陈𬌗"]  # 𬌗 U+2C317 is outside the BMP
LONG_NAMES = ["阿卜杜热合曼·买买提艾力", "欧阳诸葛慕容雪"]  # wider than the name column: they wrap
TOWNSHIPS = ["城关镇", "青石镇", "黄土岭乡", "白云街道", "河口镇", "三道沟乡"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明"]
ID_NUMBER = "11010519491231002X"


def make_lines(n: int = 120) -> list[RosterLine]:
    """``n`` roster lines grouped by township; rare and long names among them; distinct names."""
    lines = []
    for i in range(n):
        if i < len(RARE_NAMES):
            name = RARE_NAMES[i]
        elif i - len(RARE_NAMES) < len(LONG_NAMES):
            name = LONG_NAMES[i - len(RARE_NAMES)]
        else:
            name = (
                SURNAMES[i % len(SURNAMES)]
                + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]
                + "一二三四五六七"[i % 7]
            )
        lines.append(
            RosterLine(
                seq=0,
                township=TOWNSHIPS[i % len(TOWNSHIPS)],
                place=f"第{i % 9 + 1}村" if i % 5 else "幸福里社区",
                place_kind="村",
                name=name,
                gender="男" if i % 3 else "女",
                ethnicity=["汉族", "回族", "土家族", "维吾尔族"][i % 4],
                birth_date=dt.date(1970 + i % 30, i % 12 + 1, 1 + i % 28),
                id_number=ID_NUMBER,
                political_status=["中共党员", "中共预备党员", "群众"][i % 3],
                education=["大学本科", "硕士研究生", "大专"][i % 3],
                unit="县发展和改革委员会机关党委（县粮食和物资储备局）" if i % 7 == 0 else "县农业农村局",
                post="四级主任科员" if i % 2 else "副局长",
                role=["第一书记", "工作队长", "队员"][i % 3],
                start=dt.date(2024, 1, 1),
                end=dt.date(2025, 12, 31),
                status="在岗",
                phone=f"139{i:08d}",
                strokes="",
            )
        )
    lines.sort(key=lambda line: TOWNSHIPS.index(line.township))
    return [replace(line, seq=k) for k, line in enumerate(lines, start=1)]


def make_meta(lines: Sequence[RosterLine], at: dt.datetime = dt.datetime(2024, 5, 1, 10, 30)) -> PrintMeta:
    return PrintMeta(
        title="", user="管理员", printed_at=at, data_hash=roster_data_hash(lines, batch_name="2024年第一批")
    )


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdffonts(path: Path) -> list[dict[str, str]]:
    """pdffonts rows, split by the column positions of its dashed ruler line."""
    out = run("pdffonts", str(path)).splitlines()
    ruler = out[1]
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", ruler)]
    keys = ["name", "type", "encoding", "emb", "sub", "uni", "object"]
    return [
        {
            k: line[a : (b if i < len(spans) - 1 else None)].strip()
            for i, (k, (a, b)) in enumerate(zip(keys, spans, strict=True))
        }
        for line in out[2:]
    ]


def page_count(path: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)$", run("pdfinfo", str(path)), re.M)
    assert match
    return int(match.group(1))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def drawable_anywhere(chars: str) -> set[str]:
    """Independent oracle: which of ``chars`` some discoverable TrueType face has (cmaps read with reportlab)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    found: set[str] = set()
    for face in fonts.discover_faces():
        cmap = TTFontFile(face.path, subfontIndex=face.index, validate=0).charToGlyph
        found |= {ch for ch in chars if ord(ch) in cmap}
    return found


@pytest.fixture(scope="module")
def roster_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[RosterLine]]:
    fonts.reset_fontkit()
    lines = make_lines()
    out = tmp_path_factory.mktemp("pdf") / "名单.pdf"
    warnings = render_roster(
        lines, batch_name="2024年第一批", order="township", meta=make_meta(lines), out=out
    )
    return out, warnings, lines


@pytest.fixture
def bundled_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Font discovery as on a PC without Chinese fonts: no Windows folders, fontconfig returns nothing."""
    monkeypatch.setattr(fonts, "run_fc_list", lambda: "")
    monkeypatch.setattr(fonts, "windows_font_dirs", lambda: [])
    fonts.reset_fontkit()
    yield
    fonts.reset_fontkit()


# ------------------------------------------------------------------------------------------------ roster


def test_roster_embeds_every_font_and_no_helvetica(
    roster_pdf: tuple[Path, list[str], list[RosterLine]],
) -> None:
    path, _warnings, _lines = roster_pdf
    rows = pdffonts(path)
    assert rows, "no fonts listed"
    for row in rows:
        assert row["emb"] == "yes", row
        assert row["sub"] == "yes", row
        assert row["uni"] == "yes", row  # a ToUnicode map: text can be copied and searched
        assert row["type"] == "TrueType", row
        assert "Helvetica" not in row["name"] and "STSong" not in row["name"], row


def test_roster_text_is_extractable(roster_pdf: tuple[Path, list[str], list[RosterLine]]) -> None:
    path, warnings, lines = roster_pdf
    layout = run("pdftotext", "-layout", str(path), "-")
    raw = squeeze(run("pdftotext", "-raw", str(path), "-"))
    for line in lines:
        assert line.name in raw, line.name  # wrapped names come out in one piece in content order
        if line.name not in LONG_NAMES:
            assert line.name in layout, line.name
    for name in RARE_NAMES:
        assert re.search(rf"\b{line_seq(lines, name)}\s+{name}\s+[男女]", layout), name
    assert "县发展和改革委员会机关党委（县粮食和物资储备局）副局长" in raw
    # characters no installed font can draw are reported (and still extractable, above)
    drawable = drawable_anywhere("喆堃玥珺𬌗")
    for ch in "喆堃玥珺𬌗":
        assert any(f"“{ch}”" in w for w in warnings) == (ch not in drawable), ch


def line_seq(lines: Sequence[RosterLine], name: str) -> int:
    return next(line.seq for line in lines if line.name == name)


def test_roster_footer_counts_pages_and_header_repeats(
    roster_pdf: tuple[Path, list[str], list[RosterLine]],
) -> None:
    path, _warnings, _lines = roster_pdf
    pages = page_count(path)
    assert pages >= 3  # 120 lines do not fit on two landscape pages
    for number in range(1, pages + 1):
        text = run("pdftotext", "-f", str(number), "-l", str(number), "-layout", str(path), "-")
        # spaces in extracted text depend on the font's space width: compare without them
        assert f"第{number}页共{pages}页" in squeeze(text)
        assert "派出单位及职务" in text and "联系电话" in text  # the header row on every page
        assert "打印：管理员" in text and "2024-05-01 10:30" in text
        body = [
            ln for ln in text.splitlines() if ln.strip() and "页共" not in squeeze(ln) and "打印：" not in ln
        ]
        assert not re.fullmatch(r"\s*\S+（\d+ 人）\s*", body[-1]), (
            f"township heading alone at the foot of page {number}"
        )
    text = run("pdftotext", "-layout", str(path), "-")
    assert text.count("派驻村（社区）") == pages
    assert "2024年第一批选派干部名单" in text
    for township in TOWNSHIPS:
        assert f"{township}（20 人）" in text
    info = run("pdfinfo", str(path))
    assert re.search(r"^Title:\s+2024年第一批选派干部名单$", info, re.M)
    assert re.search(r"^Author:\s+CadreDesk$", info, re.M)


def test_roster_prints_no_id_numbers(roster_pdf: tuple[Path, list[str], list[RosterLine]]) -> None:
    path, _warnings, _lines = roster_pdf
    text = squeeze(run("pdftotext", str(path), "-"))
    assert ID_NUMBER not in text
    assert not re.search(r"\d{17}[\dXx]", text)
    assert "身份证" not in text


def test_roster_is_deterministic(
    tmp_path: Path, roster_pdf: tuple[Path, list[str], list[RosterLine]]
) -> None:
    path, _warnings, lines = roster_pdf
    again = tmp_path / "again.pdf"
    render_roster(lines, batch_name="2024年第一批", order="township", meta=make_meta(lines), out=again)
    assert again.read_bytes() == path.read_bytes()
    data, _w = render_roster_bytes(lines, batch_name="2024年第一批", order="township", meta=make_meta(lines))
    assert data == path.read_bytes()
    later, _w = render_roster_bytes(
        lines,
        batch_name="2024年第一批",
        order="township",
        meta=make_meta(lines, dt.datetime(2024, 5, 2, 8, 0)),
    )
    assert later != data  # the timestamp is printed and is the PDF's creation date


def test_roster_in_strokes_order_is_one_table_in_the_given_order(tmp_path: Path) -> None:
    lines = make_lines(30)
    lines.sort(key=lambda line: line.name[::-1])  # any order the caller chose
    out = tmp_path / "strokes.pdf"
    render_roster(lines, batch_name="2024年第一批", order="strokes", meta=make_meta(lines), out=out)
    raw = squeeze(run("pdftotext", "-raw", str(out), "-"))
    positions = [raw.index(line.name) for line in lines]
    assert positions == sorted(positions)
    assert "按姓氏笔画排列" in raw
    assert "（5人）" not in raw  # no township group rows
    first = lines[0]
    assert f"{first.township}{first.place}" in raw  # the township moves into the place column


def test_roster_rejects_unknown_order(tmp_path: Path) -> None:
    lines = make_lines(3)
    with pytest.raises(UserError, match="排序方式"):
        render_roster(lines, batch_name="x", order="pinyin", meta=make_meta(lines), out=tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_empty_roster_prints_a_note(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert render_roster([], batch_name="空批次", order="strokes", meta=make_meta([]), out=out) == []
    text = squeeze(run("pdftotext", "-layout", str(out), "-"))
    assert "本批次暂无选派干部" in text and "第1页共1页" in text and "空批次选派干部名单" in text


def test_data_hash_follows_the_printed_data() -> None:
    lines = make_lines(5)
    base = roster_data_hash(lines)
    renamed = [replace(lines[0], name="改名"), *lines[1:]]
    other_id = [replace(lines[0], id_number="110105194912310037"), *lines[1:]]
    assert roster_data_hash(renamed) != base
    assert roster_data_hash(other_id) == base  # IDs are not printed
    assert re.fullmatch(r"[0-9a-f]{12}", base)


# ------------------------------------------------------------------------------------------ atomic write


class FailingLines(Sequence[RosterLine]):
    """A roster whose 61st line cannot be read: the render fails half-way."""

    def __init__(self, lines: list[RosterLine]) -> None:
        self._lines = lines

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int) and index >= 60:
            raise RuntimeError("database went away")
        return self._lines[index]


def test_failed_render_leaves_existing_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "名单.pdf"
    out.write_bytes(b"%PDF-1.4 previous roster")
    lines = make_lines()
    with pytest.raises(RuntimeError, match="database went away"):
        render_roster(FailingLines(lines), batch_name="x", order="township", meta=make_meta(lines), out=out)
    assert out.read_bytes() == b"%PDF-1.4 previous roster"
    assert [p.name for p in tmp_path.iterdir()] == ["名单.pdf"]  # no temporary file left behind


def test_write_atomic_disk_full_is_a_user_error(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")

    def write(fh: BinaryIO) -> None:
        fh.write(b"%PDF-1.4 half a file")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError) as caught:
        write_atomic(out, write)
    assert caught.value.key == "output-write" and "out.pdf" in caught.value.message
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_write_atomic_replaces_and_refuses_missing_folder(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")

    def write(fh: BinaryIO) -> None:
        fh.write(b"new")

    write_atomic(out, write)
    assert out.read_bytes() == b"new"
    with pytest.raises(UserError, match="保存位置不存在"):
        write_atomic(tmp_path / "nowhere" / "x.pdf", lambda fh: None)


# ------------------------------------------------------------------------------------------ font discovery


def test_empty_fontconfig_falls_back_to_the_shipped_font() -> None:
    faces = fonts.discover_faces(windows_dirs=[], fc_list=lambda: "")
    assert faces == [fonts.bundled_face()]
    assert Path(faces[0].path).is_file()
    roles = fonts.resolve_roles(faces)
    assert set(roles) == set(fonts.ROLES)
    assert all(face.source == "bundled" for face in roles.values())
    licence = Path(faces[0].path).with_name("LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "Apache" in licence and "Font exception" in licence


def test_render_with_only_the_shipped_font(tmp_path: Path, bundled_only: None) -> None:
    lines = make_lines(12)
    # U+1D30C is a non-BMP character the shipped font has: it must extract via UTF-16 surrogates
    lines[5] = replace(lines[5], post="科员𝌌")
    lines[6] = replace(lines[6], name="刘䶮")
    out = tmp_path / "bundled.pdf"
    warnings = render_roster(lines, batch_name="测试", order="township", meta=make_meta(lines), out=out)
    rows = pdffonts(out)
    assert {row["name"].split("+", 1)[1] for row in rows} == {"WenQuanYiMicroHei-0"}
    assert all(row["emb"] == "yes" for row in rows)
    raw = squeeze(run("pdftotext", "-raw", str(out), "-"))
    assert "科员𝌌" in raw
    assert "刘䶮" in raw and "陈𬌗" in raw  # no glyph anywhere: drawn as a box, still extractable
    assert sorted(re.findall(r"含“(.)”", "".join(warnings))) == sorted(["䶮", "𬌗"])
    kit = fonts.get_fontkit()
    assert {kit.font_name(role) for role in fonts.ROLES} == {kit.font_name("song")}


def test_gb2312_only_font_borrows_missing_glyphs(tmp_path: Path, bundled_only: None) -> None:
    """A GB2312-only 仿宋 (like 仿宋_GB2312) lacks 喆 堃 玥 珺: they come from the next font, never blank."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    def in_gb2312(cp: int) -> bool:
        try:
            chr(cp).encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    kit = fonts.get_fontkit()
    face = fonts.bundled_face()
    font = TTFont("Test-FangSong_GB2312", face.path, subfontIndex=face.index)
    cmap = font.face.charToGlyph
    for cp in [cp for cp in cmap if cp > 0x7F and not in_gb2312(cp)]:
        del cmap[cp]  # now the font really cannot draw them
    assert all(ord(ch) not in cmap for ch in "喆堃玥珺")
    pdfmetrics.registerFont(font)
    kit.roles["fangsong"] = fonts._Loaded(font.fontName, face, frozenset(cmap), font)

    assert (
        kit.text().markup("张喆<1>", "fangsong")
        == f'张<font name="{kit.font_name("song")}">喆</font>&lt;1&gt;'
    )
    text = "张喆 李堃 王玥 赵珺"
    out = tmp_path / "gb2312.pdf"
    warnings = render_to_file(
        lambda doc: [doc.para(text, doc.styles.title), doc.para(text, doc.styles.body)],
        meta=make_meta([]),
        out=out,
    )
    assert warnings == []
    assert run("pdftotext", str(out), "-").count(text) == 2
    assert {row["emb"] for row in pdffonts(out)} == {"yes"}


def test_fc_list_output_skips_cff_and_missing_files(tmp_path: Path) -> None:
    otf = tmp_path / "NotoSansCJK.ttc"  # a collection whose face has CFF outlines
    otf.write_bytes(b"ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10" + b"OTTO\x00\x00" + b"\x00" * 6)
    bundled = fonts.bundled_font_path()
    output = "\n".join(
        [
            f"{otf}\t0\tNoto Sans CJK SC,思源黑体",
            f"{tmp_path / 'gone.ttf'}\t0\tSimHei,黑体",
            f"{tmp_path / 'font.otf'}\t0\tSource Han Serif SC",
            f"{bundled}\t0\tSimHei,黑体",  # any TrueType file under the family fontconfig reports
            "garbage line",
        ]
    )
    faces = fonts.parse_fc_list(output)
    assert faces == [fonts.FontFace(str(bundled), 0, ("SimHei", "黑体"), "fontconfig")]
    roles = fonts.resolve_roles([*faces, fonts.bundled_face()])
    assert roles["hei"].source == "fontconfig" and roles["title"].source == "fontconfig"  # title → 黑体
    assert roles["song"].source == "bundled"


def test_windows_font_folder_is_scanned_by_family_name(tmp_path: Path) -> None:
    folder = tmp_path / "Fonts"
    folder.mkdir()
    shutil.copyfile(fonts.bundled_font_path(), folder / "whatever.ttc")
    (folder / "readme.txt").write_text("not a font")
    (folder / "broken.ttf").write_bytes(b"\x00\x01\x00\x00")
    faces = fonts.scan_font_dirs([folder])
    assert [(f.index, f.family, f.source) for f in faces] == [
        (0, "WenQuanYi Micro Hei", "windows"),
        (1, "WenQuanYi Micro Hei Mono", "windows"),
    ]
    assert "文泉驿微米黑" in faces[0].families  # the Chinese name from the name table
    chain = fonts.role_candidates([*faces, fonts.bundled_face()])["hei"]
    assert chain[0].source == "windows" and chain[-1].source == "bundled"


def test_tounicode_cmap_uses_surrogate_pairs() -> None:
    fonts.install_reportlab_fixes()
    from reportlab.pdfbase import ttfonts

    cmap = ttfonts.makeToUnicodeCMap("X", [0, 0x2C317, 0x559C])
    assert "<01> <D870DF17>" in cmap
    assert "<02> <559C>" in cmap
    assert "2C317" not in cmap


# --------------------------------------------------------------------------------------------- kinsoku


def _lines_of(markup: str, chars_wide: int) -> list[str]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    kit = fonts.FontKit([fonts.bundled_face()])
    style = ParagraphStyle("k", fontName=kit.font_name("song"), fontSize=10, leading=12, wordWrap="CJK")
    para = Paragraph(markup, style)
    para.wrap(chars_wide * 10, 1000)
    bl = para.blPara
    if bl.kind == 0:
        return ["".join(words) for _space, words in bl.lines]
    return ["".join(w.text for w in line.words) for line in bl.lines]


@pytest.mark.parametrize("mixed", [False, True], ids=["one-font", "mixed-fonts"])
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(mixed: bool) -> None:
    tag = (lambda s: f'<font color="#000001">{s}</font>') if mixed else (lambda s: s)
    lines = _lines_of(f"一二{tag('三')}四五，六七八九十", 5)
    assert lines[0] == "一二三四五，"  # the comma hangs rather than starting line 2
    lines = _lines_of(f"一二{tag('三')}四（五六七八）九", 5)
    assert lines == ["一二三四", "（五六七八）", "九"]
    lines = _lines_of(f"一二三{tag('四')}《五六》七八九十一二三", 5)
    assert not any(line.endswith(("（", "《")) for line in lines[:-1])
    assert "".join(lines) == "一二三四《五六》七八九十一二三"


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    """Temporary files are private; the finished file gets what the user's umask gives any new file."""
    import os
    import stat

    mask = os.umask(0o022)
    try:
        out = write_atomic(tmp_path / "名单.pdf", lambda fh: fh.write(b"%PDF-1.4\n"))
    finally:
        os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
