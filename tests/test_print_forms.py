"""The paper forms of forms/print/ drawn by the one engine (io/pdf/forms.py): each shipped form rendered,
compared with a reviewed golden rendering, its text extracted; the engine's checks on a form file; rare
name characters visible and extractable; what does not fit continues on an attached page.

Goldens: tests/data/golden/<form>-<page>.png, rendered with the shipped font only
(``CADREDESK_PDF_FONTS=bundled``: the same on every machine) at 50 dpi in grey.  After a reviewed change
of a form, regenerate them with ``CADREDESK_REGEN_GOLDENS=1`` and look at every image before committing.
The comparison downscales both to 200 px wide and allows small differences (poppler versions anti-alias
differently): mean difference ≤ 3 grey levels and ≤ 1.5% of pixels differing by more than 64.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from cadredesk.assets import form_text
from cadredesk.core.dto import PrintMeta
from cadredesk.io.pdf import fonts
from cadredesk.io.pdf.forms import FormError, load_form, render_form, render_form_bytes
from cadredesk.services.evaluation_print import FORMS, form_spec

GOLDEN = Path(__file__).parent / "data" / "golden"
REGEN = os.environ.get("CADREDESK_REGEN_GOLDENS") == "1"
META = PrintMeta(
    title="测试", user="张科员", printed_at=dt.datetime(2026, 12, 1, 9, 30), data_hash="0123456789ab",
    organization="安澜县委组织部",
)  # fmt: skip

PERSON = dict(
    name="王喆堃", gender="男", birth_month="1985.03", ethnicity="汉族", political_status="中共党员",
    education="大学、学士", party_join="2006.07", work_start="2008.07", id_number="11010519491231002X",
    phone="13900000000", unit="县财政局", post="预算股股长", unit_post="县财政局预算股股长", rank="四级主任科员",
    township="黄河口镇", place="幸福村", place_full="黄河口镇幸福村", role="第一书记",
    start_cn="2025年12月1日", end_cn="2026年11月30日", period="2025年12月1日至2026年11月30日", duration="1年",
    status="期满", batch="2025年度选派干部驻村蹲点", organization="安澜县委组织部", org_dept="县委组织部",
    year="2026",
)  # fmt: skip

EVALUATION = dict(
    PERSON,
    evaluation="2025年度选派干部驻村蹲点期满考核",
    summary="驻村以来，本人坚持吃住在村，走遍全村312户农户，建立民情台账，协助村“两委”理清发展思路。\n"
    "积极争取派出单位支持，协调资金50万元，硬化村内道路3公里。\n"
    "不足之处是对农村政策学习还不够深入，今后将继续加强学习。",
    attendance="驻村期间在岗 262 天（含公出 10 天、培训 2 天），请假 8 天，缺勤 0 天；按派驻时间应不少于 250 天"
    "（每月一般不少于 22 天），达到要求。",
    training="2025年11月 岗前培训班（县委党校），24 学时，已结业",
    mentoring="帮带人：刘书记（镇党委书记）；帮带活动 6 次（谈心谈话 4 次、现场指导 2 次）。",
    achievements="1. 协调资金50万元，硬化村内道路3公里（2026-03-04）\n2. 引进特色种植项目，带动30户群众增收（2026-06-01）",
    negatives="无",
    democratic="印制测评票 30 张，收回 28 张；对该同志有效票 26 张：优秀 10 票，称职 14 票，基本称职 2 票，"
    "不称职 0 票；测评得分 84.6 分。",
    unit_score="88.0", unit_grade="称职", unit_opinion="该同志驻村期间吃住在村，工作扎实，群众认可度高。",
    township_score="", township_grade="", township_opinion="",
    org_score="", org_grade="", org_opinion="", total="85.3", grade="称职", decided_on="2026年11月18日",
    consequence="",
)  # fmt: skip

EXPERIENCE = dict(
    PERSON,
    number="2026-00001",
    grade="称职",
    outcome="期满",
    result_clause="，期满考核等次为“称职”",
    remark="",
)

BALLOTS = [
    dict(
        serial="26-000123-5", township="黄河口镇", place="幸福村", place_full="黄河口镇幸福村",
        evaluation="2025年度选派干部驻村蹲点期满考核", batch="2025年度选派干部驻村蹲点", organization="安澜县委组织部",
        year="2026", cadres=[dict(seq="1", name="王喆堃", role="第一书记"), dict(seq="2", name="李𬌗", role="队员")],
    ),
    dict(
        serial="26-000124-3", township="黄河口镇", place="幸福村", place_full="黄河口镇幸福村",
        evaluation="2025年度选派干部驻村蹲点期满考核", batch="2025年度选派干部驻村蹲点", organization="安澜县委组织部",
        year="2026", cadres=[dict(seq="1", name="王喆堃", role="第一书记"), dict(seq="2", name="李𬌗", role="队员")],
    ),
]  # fmt: skip

RECORDS: dict[str, list[dict[str, Any]]] = {
    "evaluation": [EVALUATION],
    "experience": [EXPERIENCE],
    "ballot": BALLOTS,
}


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def bundled_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CADREDESK_PDF_FONTS", "bundled")
    fonts.reset_fontkit()
    yield
    fonts.reset_fontkit()


# --------------------------------------------------------------------------- images


def gray_pixels(path: Path, width: int = 200) -> tuple[int, int, bytes]:
    """The PNG as grey pixels, scaled to ``width`` (smooth): (width, height, row-major bytes)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    img = QImage(str(path))
    assert not img.isNull(), path
    img = img.convertToFormat(QImage.Format.Format_Grayscale8)
    height = round(img.height() * width / img.width())
    img = img.scaled(
        width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    bpl = img.bytesPerLine()
    raw = bytes(img.constBits())
    return width, height, b"".join(raw[r * bpl : r * bpl + width] for r in range(height))


def difference(a: Path, b: Path) -> tuple[float, float]:
    wa, ha, pa = gray_pixels(a)
    wb, hb, pb = gray_pixels(b)
    assert (wa, ha) == (wb, hb), f"{a.name}: size {wa}×{ha} differs from the golden's {wb}×{hb}"
    diffs = [abs(x - y) for x, y in zip(pa, pb, strict=True)]
    return sum(diffs) / len(diffs), sum(1 for d in diffs if d > 64) / len(diffs)


def render_pngs(pdf: Path, out: Path, dpi: int = 50) -> list[Path]:
    prefix = out / pdf.stem
    run("pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, prefix)
    return sorted(out.glob(f"{pdf.stem}-*.png"))


def ink(path: Path) -> int:
    """How much ink a page carries: the sum of (255 − grey) over its pixels, at full resolution."""
    from PySide6.QtGui import QImage

    img = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    bpl, w = img.bytesPerLine(), img.width()
    raw = bytes(img.constBits())
    return sum(255 * w - sum(raw[r * bpl : r * bpl + w]) for r in range(img.height()))


# --------------------------------------------------------------------------- every shipped form


@pytest.mark.parametrize("name", sorted(FORMS))
def test_shipped_form_matches_its_golden(name: str, tmp_path: Path, bundled_only: None) -> None:
    spec = form_spec(name)  # the shipped file passes the checks against the fields the service provides
    pdf = tmp_path / f"{name}.pdf"
    render_form(spec, RECORDS[name], meta=META, out=pdf)
    assert [r["emb"] for r in pdffonts(pdf)] and all(r["emb"] == "yes" for r in pdffonts(pdf))
    info = run("pdfinfo", pdf)
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info), info
    pngs = render_pngs(pdf, tmp_path)
    expected_pages = {"evaluation": 2, "experience": 1, "ballot": 1}[name]
    assert len(pngs) == expected_pages
    for k, png in enumerate(pngs, start=1):
        golden = GOLDEN / f"{name}-{k}.png"
        if REGEN:
            GOLDEN.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(png, golden)
        assert golden.exists(), f"no golden {golden.name}: run with CADREDESK_REGEN_GOLDENS=1 and review it"
        mean, share = difference(png, golden)
        assert mean <= 3.0 and share <= 0.015, (
            f"{name} page {k} differs from {golden.name}: mean {mean:.2f}, {share:.2%} of pixels; "
            f"look at {png} (regenerate with CADREDESK_REGEN_GOLDENS=1 only after reviewing it)"
        )
    text = squeeze(run("pdftotext", pdf, "-"))
    for expected in {
        "evaluation": ["选派干部驻村期满考核登记表", "王喆堃", "本人签名", "负责人签名", "（盖章）",
                       "县委组织部考核意见", "驻村期间在岗262天", "测评得分84.6分", "第1页共2页"],
        "experience": ["基层工作经历证明", "王喆堃", "11010519491231002X", "兹证明王喆堃同志于2025年12月1日至2026年11月30日由"
                       "安澜县委组织部选派，在黄河口镇幸福村担任第一书记，驻村蹲点工作1年，期满考核等次为“称职”。", "特此证明。",
                       "安澜县委组织部（盖章）", "经办人签名"],
        "ballot": ["驻村干部民主测评票", "编号：26-000123-5", "编号：26-000124-3", "王喆堃", "李𬌗", "基本称职",
                   "本票不记名"],
    }[name]:  # fmt: skip
        assert squeeze(expected) in text, expected
    # never pre-filled: no seal image, no signature, no 已审核
    assert "已审核" not in text


def pdffonts(path: Path) -> list[dict[str, str]]:
    out = run("pdffonts", path).splitlines()
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", out[1])]
    keys = ["name", "type", "encoding", "emb", "sub", "uni", "object"]
    return [
        {
            k: line[a : (b if i < len(spans) - 1 else None)].strip()
            for i, (k, (a, b)) in enumerate(zip(keys, spans, strict=True))
        }
        for line in out[2:]
    ]


def test_same_data_same_bytes(bundled_only: None) -> None:
    spec = form_spec("evaluation")
    first, _w = render_form_bytes(spec, [EVALUATION], meta=META)
    again, _w = render_form_bytes(spec, [EVALUATION], meta=META)
    assert first == again


# --------------------------------------------------------------------------- rare characters (acceptance 2)


def test_rare_name_characters_are_visible_and_extractable(tmp_path: Path) -> None:
    """With this computer's own fonts (fallback per character), 王喆堃 prints as three glyphs and comes back
    as text; a character no font has (𬌗 here, U+2C317) prints as a visible box, never blank, and is
    still extracted as itself."""
    fonts.reset_fontkit()
    spec = form_spec("ballot")

    def ballot(name: str) -> dict[str, Any]:
        return dict(BALLOTS[0], cadres=[dict(seq="1", name=name, role="第一书记")])

    inked: dict[str, int] = {}
    for label, name in (("none", ""), ("wang", "王"), ("full", "王喆堃"), ("rare", "王𬌗")):
        pdf = tmp_path / f"{label}.pdf"
        warnings = render_form(spec, [ballot(name)], meta=META, out=pdf)
        (png,) = render_pngs(pdf, tmp_path, dpi=100)
        inked[label] = ink(png)
        text = squeeze(run("pdftotext", pdf, "-"))
        assert name in text
        if label == "rare" and not fonts.get_fontkit()._fallback_for(ord("𬌗")):
            assert warnings and "U+2C317" in warnings[0]  # the clerk is told
    per_char = inked["wang"] - inked["none"]
    assert per_char > 2000, inked  # 王 alone is visibly inked (about 20 black pixels' worth at 100 dpi)
    assert inked["full"] - inked["wang"] > 1.2 * per_char, (
        inked
    )  # 喆 and 堃 add about two more characters' ink
    assert inked["rare"] - inked["wang"] > 0.3 * per_char, inked  # 𬌗: a glyph or a box, never nothing


def _centres(pdf: Path, words: tuple[str, ...]) -> dict[str, list[float]]:
    """The vertical centres (points from the top) of each of ``words`` in the PDF, from ``pdftotext -bbox``."""
    out: dict[str, list[float]] = {w: [] for w in words}
    for m in re.finditer(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', run("pdftotext", "-bbox", pdf, "-")
    ):
        if m.group(3) in out:
            out[m.group(3)].append((float(m.group(1)) + float(m.group(2))) / 2)
    return out


@pytest.mark.parametrize("names", [("王喆堃",), ("王喆堃", "李四", "赵磊")])
def test_ballot_has_one_row_per_cadre_and_no_blank_row(names: tuple[str, ...], tmp_path: Path) -> None:
    """A village with one cadre gets a ballot with one tickable row: a blank row of tick boxes would be
    ticked by some voters and confuse the tally. Rows are 11 mm, the 测评人身份 row 10 mm (ballot.toml), so
    centre to centre: 11 mm between cadres and 10.5 mm from the last cadre to 测评人身份."""
    cadres = [dict(seq=str(i), name=n, role="队员") for i, n in enumerate(names, start=1)]
    pdf = tmp_path / "ballot.pdf"
    render_form(form_spec("ballot"), [dict(BALLOTS[0], cadres=cadres)], meta=META, out=pdf)
    mm = 72 / 25.4
    y = _centres(pdf, (*names, "测评人身份"))
    rows = [y[n][0] for n in names]
    assert [round((b - a) / mm, 1) for a, b in pairwise(rows)] == [11.0] * (len(names) - 1)
    assert round((y["测评人身份"][0] - rows[-1]) / mm, 1) == 10.5


# --------------------------------------------------------------------------- the engine


def test_what_does_not_fit_continues_on_an_attached_page(tmp_path: Path, bundled_only: None) -> None:
    long = "".join(
        f"第{k}段：驻村期间坚持走访农户，协调解决群众生产生活中的实际困难，推动村级集体经济发展。" * 3 + "\n"
        for k in range(1, 13)
    )
    record = dict(EVALUATION, summary=long)
    pdf = tmp_path / "long.pdf"
    render_form(form_spec("evaluation"), [record], meta=META, out=pdf)
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf)).group(1))  # type: ignore[union-attr]
    assert pages >= 3  # the record's two pages, then the attached one(s)
    first = squeeze(run("pdftotext", "-f", "1", "-l", "1", pdf, "-"))
    attached = squeeze(run("pdftotext", "-f", "3", "-l", str(pages), pdf, "-"))
    assert "（续见附页）" in first
    assert "选派干部驻村期满考核登记表（附页）" in attached and "个人总结（续）：" in attached
    # nothing lost: every paragraph's number appears on page 1 or on the attached page
    for k in range(1, 13):
        assert f"第{k}段" in first + attached, k
    assert "第12段" in attached


def test_form_file_checks() -> None:
    fields = FORMS["evaluation"][0]
    good = form_text("print/evaluation.toml")
    load_form(good, "x.toml", fields=fields)
    cases = {
        good.replace("left = 28", "left = 20"): "左侧装订边距 20 毫米太窄，干部人事档案材料至少需要 25 毫米",
        good.replace('field = "birth_month"', 'field = "birthday"'): "用到的字段“birthday”不存在",
        good.replace("schema = 1", "schema = 9"): "schema 应为 1",
        good.replace('{ label = "民　族" }', '{ label = "民　族", colour = "red" }'): "第 1 页第 2 行第 1 格有不认识的项 colour",
        good.replace('{ field = "rank", align = "center" },', '{ field = "rank", align = "center", span = 2 },'):
            "第 1 页第 3 行第 4 格超出了 7 列，或与上方跨行的格重叠",
        good.replace("height = 26", "height = 126"): "第 1 页的内容高",
        good.replace('title = "选派干部驻村期满考核登记表"', 'title = "选派干部驻村期满考核登记表"\nper_sheet = 2'):
            "per_sheet = 2（每页印两份）只适用于只有一页的表",
        good.replace('value_size = "小四"', 'value_size = "特大号"'): "字号“特大号”无法识别",
        good.replace('columns = [', 'columns = ["宽", '): "columns 应是各列宽度",
        good + "\n[[pages.rows]\n": "格式有误",
    }  # fmt: skip
    for text, message in cases.items():
        with pytest.raises(FormError) as err:
            load_form(text, "forms/print/evaluation.toml", fields=fields)
        assert message in err.value.message, (message, err.value.message)
        assert err.value.message.startswith("打印格式文件 forms/print/evaluation.toml")


def test_a_county_changes_the_file_not_the_program(tmp_path: Path, bundled_only: None) -> None:
    """A local variant: another title, a row moved out, the photo dropped — only the file differs."""
    text = form_text("print/experience.toml").replace(
        'title = "基层工作经历证明"', 'title = "干部基层工作经历认定表"'
    )
    text = text.replace(
        '[[pages.rows]]\nheight = 13\ncells = [\n  { label = "选派批次" }, { field = "batch", span = 5 },\n]\n',
        "",
    )
    spec = load_form(text, "local.toml", fields=FORMS["experience"][0])
    pdf = tmp_path / "local.pdf"
    render_form(spec, [EXPERIENCE], meta=META, out=pdf)
    out = squeeze(run("pdftotext", pdf, "-"))
    assert "干部基层工作经历认定表" in out and "选派批次" not in out and "王喆堃" in out
