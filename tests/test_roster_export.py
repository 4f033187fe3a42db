"""Roster export (formatted workbook, IDs as text, no formulas) and the unit template; both re-import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select
from stdnum.cn import ric

from cadredesk.core.dto import RosterLine
from cadredesk.core.models import Batch, Cadre, Dispatch, Place, Township, Unit
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.errors import ValidationError
from cadredesk.io import excel_read
from cadredesk.io.excel_write import TEMPLATE_HEADER_ROW, export_roster, write_template
from cadredesk.services import batches
from cadredesk.services import roster_import as ri
from cadredesk.services.context import Actor, Context
from cadredesk.services.roster import roster_lines
from cadredesk.storage.engine import Database
from tests.factories import fresh_sqlite

BATCH = "2026年度驻村"
TERM = (dt.date(2026, 3, 1), dt.date(2027, 2, 28))
HOSTILE = ("=cmd|' /C calc'!A0", "@SUM(1)", "+1+2", "-3", "=1+1", '=HYPERLINK("http://x","点我")')


def mkid(birth: dt.date, seq: int, area: str = "110101") -> str:
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


PEOPLE = [
    # name, gender seq, birth, ethnicity, township, place, kind, role, unit, post, phone
    ("王小明", 11, dt.date(1985, 3, 12), "汉族", "牛庄镇", "东村", "村", "第一书记", "区财政局", "副科长", "13800138000"),
    ("丁一", 22, dt.date(1990, 10, 2), "回族", "牛庄镇", "东村", "村", "队员", HOSTILE[0], HOSTILE[1], "0546-8888888"),
    ("阿依古丽·买买提", 24, dt.date(1992, 1, 20), "维吾尔族", "牛庄镇", "幸福社区", "社区", "工作队长", HOSTILE[2], HOSTILE[3], ""),
    ("欧阳修", 31, dt.date(1979, 12, 31), "汉族", "龙居镇", "黄河化工有限公司", "企业", "队员", "区发改局", HOSTILE[4], ""),
    ("乙二", 41, dt.date(1988, 2, 29), "满族", "龙居镇", "", "", "领队", "区委组织部", HOSTILE[5], ""),
    ("王一", 53, dt.date(1982, 7, 7), "汉族", "龙居镇", "后村", "村", "第一书记", "区财政局", "", ""),
]  # fmt: skip


def import_roster(db: Database, *args: Any, **kwargs: Any) -> ri.ImportReport:
    return ri.import_roster(Context(db=db, actor=Actor("tester", "测试员")), *args, **kwargs)


def build(db: Database) -> None:
    batch_id = batches.create_batch(
        Context(db=db), batches.BatchForm.defaults("county", *TERM, name=BATCH)
    ).id
    with db.session() as s:
        batch = s.get(Batch, batch_id)
        assert batch is not None
        towns: dict[str, Township] = {}
        places: dict[tuple[str, str], Place] = {}
        units: dict[str, Unit] = {}
        for i, (name, seq, birth, eth, tname, pname, kind, role, uname, post, phone) in enumerate(PEOPLE):
            if tname not in towns:
                towns[tname] = Township(name=tname, sort_order=len(towns) + 1)
                s.add(towns[tname])
                s.flush()
            place = None
            if pname:
                if (tname, pname) not in places:
                    places[(tname, pname)] = Place(
                        township_id=towns[tname].id, name=pname, kind=kind, sort_order=len(places) + 1
                    )
                    s.add(places[(tname, pname)])
                    s.flush()
                place = places[(tname, pname)]
            if uname not in units:
                units[uname] = Unit(name=uname)
                s.add(units[uname])
                s.flush()
            number = mkid(birth, seq)
            cadre = Cadre(
                name=name, gender="男" if seq % 2 else "女", ethnicity=eth, id_number=number, birth_date=birth,
                unit_id=units[uname].id, post=post or None, phone=phone or None, political_status="中共党员",
                education="大学", name_initials=initials_index(name), name_strokes=stroke_key(name),
            )  # fmt: skip
            s.add(cadre)
            s.flush()
            s.add(
                Dispatch(
                    batch_id=batch.id,
                    cadre_id=cadre.id,
                    unit_id=units[uname].id,
                    township_id=towns[tname].id,
                    place_id=place.id if place else None,
                    role=role,
                    start=TERM[0] if i else dt.date(2026, 4, 1),
                    end=TERM[1],
                    status="推荐",
                )
            )


def snapshot(db: Database) -> list[tuple[object, ...]]:
    with db.reader() as s:
        batch = s.scalar(select(Batch).where(Batch.name == BATCH))
        assert batch is not None
        lines = roster_lines(s, batch)
    return sorted(
        (
            ln.name,
            ln.id_number,
            ln.gender,
            ln.birth_date,
            ln.ethnicity,
            ln.unit,
            ln.township,
            ln.place,
            ln.place_kind,
            ln.role,
            ln.post,
            ln.phone,
            ln.start,
            ln.end,
            ln.political_status,
            ln.education,
        )
        for ln in lines
    )


def export(db: Database, out: Path, order: str = "township") -> Path:
    with db.reader() as s:
        batch = s.scalar(select(Batch).where(Batch.name == BATCH))
        assert batch is not None
        lines = roster_lines(s, batch, order=order)
    return export_roster(
        lines,
        batch_name=BATCH,
        unit_line="中共东营区委组织部",
        out=out,
        exported_at=dt.datetime(2026, 5, 1, 9, 30),
    )


def test_export_reimports_to_the_same_data(db: Database, tmp_path: Path) -> None:
    build(db)
    out = export(db, tmp_path / "名单导出.xlsx")
    fresh = fresh_sqlite(tmp_path / "新库.sqlite")
    try:
        batches.create_batch(Context(db=fresh), batches.BatchForm.defaults("county", *TERM, name=BATCH))
        report = import_roster(fresh, out, BATCH, create_places=True)
        assert report.rejected == [] and report.imported == len(PEOPLE)
        assert snapshot(fresh) == snapshot(db)
        # and the re-import is idempotent
        again = import_roster(fresh, out, BATCH)
        assert again.imported == 0 and again.skipped == len(PEOPLE)
    finally:
        fresh.close()


def test_export_cells_ids_as_text_and_no_formulas(db: Database, tmp_path: Path) -> None:
    build(db)
    out = export(db, tmp_path / "名单.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws is not None
    header = [c.value for c in ws[3]]
    id_col = header.index("身份证号") + 1
    phone_col = header.index("联系电话") + 1
    values = []
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
            values.append(cell.value)
    for r in range(4, 4 + len(PEOPLE)):
        cell = ws.cell(row=r, column=id_col)
        assert cell.data_type == "s" and cell.number_format == "@"
        assert isinstance(cell.value, str) and len(cell.value) == 18
        phone = ws.cell(row=r, column=phone_col)
        assert phone.number_format == "@"
        assert phone.value is None or (isinstance(phone.value, str) and phone.data_type == "s")
    for hostile in HOSTILE:
        assert hostile in values, hostile
    risky = [
        c
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith(("=", "@", "+", "-"))
    ]
    assert risky and all(c.quotePrefix for c in risky)
    # calamine (what the importer uses) sees text, never a computed value
    data = excel_read.read_sheet(out)
    flat = [v for r in data.rows for v in r]
    assert HOSTILE[0] in flat and HOSTILE[1] in flat
    assert all(isinstance(data.rows[r - 1][id_col - 1], str) for r in range(4, 4 + len(PEOPLE)))


def test_export_layout_and_print_setup(db: Database, tmp_path: Path) -> None:
    build(db)
    out = export(db, tmp_path / "名单.xlsx")
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    assert ws["A1"].value == f"{BATCH}选派干部名单"
    assert ws["A2"].value == "制表单位：中共东营区委组织部　　制表日期：2026年5月1日"
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$1:$3"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["I"].width > 15  # 身份证号
    birth = ws.cell(row=4, column=8)  # 出生年月 shows as on paper: 1985.03
    assert isinstance(birth.value, dt.datetime) and birth.number_format == "yyyy.mm"
    assert ws["A4"].font.name == "宋体" and ws["A1"].font.name == "黑体"
    # township order: 牛庄镇 (sort 1) before 龙居镇; in a place 第一书记 before 队员; 领队 first in its township
    names = [ws.cell(row=r, column=5).value for r in range(4, 4 + len(PEOPLE))]
    assert names == ["王小明", "丁一", "阿依古丽·买买提", "乙二", "欧阳修", "王一"]
    assert [ws.cell(row=r, column=1).value for r in range(4, 4 + len(PEOPLE))] == list(
        range(1, len(PEOPLE) + 1)
    )
    assert not list(tmp_path.glob(".~*"))


def test_roster_lines_stroke_order(db: Database) -> None:
    build(db)
    with db.reader() as s:
        batch = s.scalar(select(Batch).where(Batch.name == BATCH))
        assert batch is not None
        lines = roster_lines(s, batch, order="strokes")
        with pytest.raises(ValidationError, match="排序方式"):
            roster_lines(s, batch, order="pinyin")
    names = [ln.name for ln in lines]
    # 乙 (1 stroke), 丁 (2), 王 (4), 阿 (7), 欧 (8); 王一 before 王小明 (一 1 stroke, 小 3)
    assert names == ["乙二", "丁一", "王一", "王小明", "阿依古丽·买买提", "欧阳修"]
    assert [ln.seq for ln in lines] == list(range(1, 7))
    leader = next(ln for ln in lines if ln.role == "领队")
    assert leader.place == "" and leader.place_kind == "" and leader.township == "龙居镇"


def test_template_has_dropdowns_and_text_id_column(tmp_path: Path) -> None:
    out = write_template(
        tmp_path / "模板.xlsx",
        townships=["牛庄镇", "龙居镇", "牛庄镇"],
        places=[("牛庄镇", "东村"), ("牛庄镇", "西村"), "幸福社区", ("龙居镇", "东村")],
        units=["区财政局", "=evil()"],
    )
    wb = openpyxl.load_workbook(out)
    ws = wb["名单"]
    assert wb.active.title == "名单"
    lists = wb["lists"]
    assert lists.sheet_state == "hidden"
    header = [c.value for c in ws[TEMPLATE_HEADER_ROW]]
    col = {name: openpyxl.utils.get_column_letter(i) for i, name in enumerate(header, start=1)}
    validations = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}

    def dv_for(caption: str) -> openpyxl.worksheet.datavalidation.DataValidation:
        letter = col[caption]
        return validations[f"{letter}{TEMPLATE_HEADER_ROW + 1}:{letter}{TEMPLATE_HEADER_ROW + 200}"]

    def listed(caption: str) -> list[str]:
        dv = dv_for(caption)
        assert dv.type == "list"
        sheet, rng = dv.formula1.split("!")
        assert sheet == "lists"
        return [c.value for row in lists[rng.replace("$", "")] for c in row]

    assert listed("乡镇（街道）") == ["牛庄镇", "龙居镇"]
    assert listed("派驻村（社区）") == ["东村", "西村", "幸福社区"]
    assert listed("派驻身份") == ["第一书记", "工作队长", "队员", "领队"]
    assert listed("性别") == ["男", "女"]
    ethnicities = listed("民族")
    assert len(ethnicities) == 56 and ethnicities[0] == "汉族" and "基诺族" in ethnicities
    assert listed("是否后备干部") == ["是", "否"]
    assert listed("派出单位") == ["区财政局", "=evil()"]
    id_dv = dv_for("身份证号")
    assert (id_dv.type, id_dv.operator, id_dv.formula1) == ("textLength", "equal", "18")
    for r in (TEMPLATE_HEADER_ROW + 1, TEMPLATE_HEADER_ROW + 200):
        assert ws[f"{col['身份证号']}{r}"].number_format == "@"
        assert ws[f"{col['出生年月']}{r}"].number_format == "@"
    assert all(c.data_type != "f" for sheet in wb for row in sheet.iter_rows() for c in row)


def test_filled_template_imports(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        t = Township(name="牛庄镇", sort_order=1)
        s.add(t)
        s.flush()
        s.add(Place(township_id=t.id, name="东村", kind="村", sort_order=1))
    out = write_template(tmp_path / "模板.xlsx", townships=["牛庄镇"], places=["东村"], units=["区财政局"])
    wb = openpyxl.load_workbook(out)
    ws = wb["名单"]
    first = TEMPLATE_HEADER_ROW + 1
    a, b = mkid(dt.date(1985, 3, 12), 11), mkid(dt.date(1990, 10, 2), 22)
    # what a clerk types into the text-formatted cells
    values = {
        "姓名": ["张三", "李四"], "性别": ["男", "女"], "民族": ["汉族", "回族"], "出生年月": ["1985.03", "1990.10"],
        "身份证号": [a, b], "派出单位": ["区财政局", "区财政局"], "乡镇（街道）": ["牛庄镇", "牛庄镇"],
        "派驻村（社区）": ["东村", "东村"], "派驻身份": ["第一书记", "队员"], "是否后备干部": ["是", "否"],
        "有无基层工作经历": ["无", "有"],
    }  # fmt: skip
    header = [c.value for c in ws[TEMPLATE_HEADER_ROW]]
    for caption, column_values in values.items():
        for i, v in enumerate(column_values):
            ws.cell(row=first + i, column=header.index(caption) + 1, value=v)
    ws["A2"] = "填报单位：区财政局　　填报日期：2026年2月1日"
    wb.save(out)
    report = import_roster(db, out, BATCH)
    assert report.rejected == [], report.rejected
    assert report.imported == 2
    assert report.layout is not None and report.layout.header_rows == (TEMPLATE_HEADER_ROW,)
    assert report.layout.filled_by == "区财政局"
    with db.reader() as s:
        cadres = {c.id_number: c for c in s.scalars(select(Cadre))}
    assert cadres[a].is_reserve and not cadres[a].has_grassroots_exp
    assert not cadres[b].is_reserve and cadres[b].has_grassroots_exp
    assert cadres[b].birth_date == dt.date(1990, 10, 2) and cadres[b].ethnicity == "回族"


def test_hostile_and_control_characters_are_written_as_plain_text(tmp_path: Path) -> None:
    base = dict(
        seq=1, township="牛庄镇", place="东村", place_kind="村", name="张三", gender="男", ethnicity="汉族",
        birth_date=dt.date(1985, 3, 12), id_number=mkid(dt.date(1985, 3, 12), 11), political_status="中共党员",
        education="大学", unit="区财政局", post="科员", role="队员", start=TERM[0], end=TERM[1], status="推荐",
        phone="13800138000", strokes="",
    )  # fmt: skip
    nasty = ["\t=1+1", "\r@A1", "=cmd|' /C calc'!A0", "含\x00控制\x1f字符", "@SUM(1)", "-2+3", "+cmd"]
    lines = [RosterLine(**{**base, "seq": i + 1, "unit": v, "post": v}) for i, v in enumerate(nasty)]  # type: ignore[arg-type]
    out = export_roster(lines, batch_name="=危险批次", unit_line="+组织部", out=tmp_path / "危险.xlsx")
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row]
    assert cells and all(c.data_type != "f" for c in cells)
    values = {c.value for c in cells}
    assert "含控制字符" in values  # characters XML cannot hold are dropped, not a crash
    # XML keeps no bare CR: "\r@A1" reads back as "\n@A1" (still text, never a formula)
    assert {"\t=1+1", "\n@A1", "=cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "+cmd"} <= values
    assert wb.active["A1"].value == "=危险批次选派干部名单"
