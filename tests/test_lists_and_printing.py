"""What the lists and the profile give the GUI, and printing with progress and cancel."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from cadredesk.core.enums import Role
from cadredesk.core.models import (
    Attendance,
    AuditEntry,
    Evaluation,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
    TrainingTrainee,
)
from cadredesk.core.titles import roster_file_name, roster_title
from cadredesk.errors import Cancelled
from cadredesk.services import (
    assignment,
    batches,
    cadres,
    exports,
    printing,
    reference,
    roster_view,
    settings,
)
from cadredesk.services.context import Context, Progress
from cadredesk.services.profile import cadre_profile
from tests.factories import make_id


def test_titles_and_file_names_never_double_words() -> None:
    assert roster_title("2025年度选派干部驻村蹲点") == "2025年度驻村蹲点选派干部名单"
    assert roster_title("2026年驻村干部") == "2026年驻村选派干部名单"
    assert roster_title("2026年度驻村") == "2026年度驻村选派干部名单"
    assert roster_title("2026年度选派干部名单") == "2026年度选派干部名单"
    assert (
        roster_file_name("2025年度选派干部驻村蹲点", "strokes")
        == "2025年度驻村蹲点选派干部名单（按姓氏笔画）.xlsx"
    )
    assert (
        exports.suggested_file_name("干部/名单:一览", dt.date(2026, 5, 1))
        == "干部_名单_一览（20260501）.xlsx"
    )


def test_export_any_list(ctx: Context, tmp_path: Path) -> None:
    settings.set_organization(ctx, "东营区委组织部")
    number = make_id(dt.date(1997, 7, 15))
    rows = [
        ["张三", number, dt.date(1997, 7, 15), '=HYPERLINK("http://x")', 3, True],
        ["阿依古丽·买买提", "11010519491231002X", dt.date(1949, 12, 31), "@SUM(1)", None, False],
    ]
    columns = [
        exports.ListColumn("姓名"), exports.ListColumn("身份证号", "id"), exports.ListColumn("出生年月", "month"),
        exports.ListColumn("备注"), exports.ListColumn("次数", "int"), exports.ListColumn("后备干部", "bool"),
    ]  # fmt: skip
    out = exports.export_list(
        ctx.at(dt.date(2026, 5, 1)), tmp_path / "干部.xlsx", title="干部名册", columns=columns, rows=rows
    )
    assert out.rows == 2
    ws = openpyxl.load_workbook(out.path).active
    assert ws is not None
    assert [ws["A1"].value, ws["A2"].value] == [
        "干部名册",
        "制表单位：东营区委组织部　　制表日期：2026年5月1日",
    ]
    assert [c.value for c in ws[3]] == ["姓名", "身份证号", "出生年月", "备注", "次数", "后备干部"]
    id_cell, birth = ws["B4"], ws["C4"]
    assert id_cell.value == number and id_cell.data_type == "s" and id_cell.number_format == "@"
    assert birth.number_format == "yyyy.mm" and birth.value == dt.datetime(1997, 7, 15)
    assert ws["B5"].value == "11010519491231002X"
    formula_like = [ws["D4"], ws["D5"]]
    assert all(c.data_type == "s" and c.quotePrefix for c in formula_like)
    assert [ws["E4"].value, ws["F4"].value, ws["F5"].value] == [3, "是", "否"]
    assert ws["A4"].font.name == "宋体"
    assert ws.column_dimensions["A"].width >= 17  # 阿依古丽·买买提 fits on one line
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref == "A3:F5"
    with ctx.db.reader() as s:
        assert (
            s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "export.list"))
            == "干部名册 2 行 → 干部.xlsx"
        )


def _roster(ctx: Context, n: int) -> int:
    b = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年度选派干部驻村蹲点")
    )
    t = reference.create_township(ctx, "黄河口镇")
    place = reference.save_place(ctx, t, "丰登村")
    unit = reference.create_unit(ctx, "县财政局")
    for i in range(n):
        c = cadres.save_cadre(
            ctx,
            cadres.CadreForm(
                name=f"欧阳{'一二三四五六七八九十'[i % 10]}{'甲乙丙丁戊己庚辛壬癸'[i // 10 % 10]}",
                id_number=make_id(dt.date(1980, 1, 1) + dt.timedelta(days=i)),
                unit_id=unit,
            ),
        )
        assignment.assign(ctx, b.id, c, place_id=place, role=Role.MEMBER.value)
    return b.id


def test_print_reports_progress_and_a_cancel_leaves_nothing(ctx: Context, tmp_path: Path) -> None:
    _roster(ctx, 60)
    seen: list[tuple[int, int, str]] = []
    progress = Progress(lambda done, total, text: seen.append((done, total, text)))
    folder = tmp_path / "打印"
    folder.mkdir()
    out = folder / "名单.pdf"
    result = printing.print_document(ctx.with_progress(progress), "roster", printing.PrintRequest(out=out))
    assert result.pages >= 2 and seen[-1][:2] == (result.pages, result.pages)
    assert [d for d, _t, _x in seen] == list(range(1, result.pages + 1))
    assert seen[0][2] == f"正在生成第 1 页（共 {result.pages} 页）"

    cancel = Progress(lambda done, _total, _text: cancel.cancel() if done == 1 else None)
    again = folder / "取消.pdf"
    with ctx.db.reader() as s:
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(Cancelled):
        printing.print_document(ctx.with_progress(cancel), "roster", printing.PrintRequest(out=again))
    assert not again.exists() and sorted(p.name for p in folder.iterdir()) == [
        "名单.pdf"
    ]  # no temp file left
    with ctx.db.reader() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audits  # rolled back: not printed


def test_roster_pdf_info_lines_and_long_names_on_one_line(ctx: Context, tmp_path: Path) -> None:
    ctx = dataclasses.replace(
        ctx, actor=dataclasses.replace(ctx.actor, authenticated=True)
    )  # a logged-in clerk
    _roster(ctx, 3)
    settings.set_organization(ctx, "中共安澜县委组织部")
    with ctx.db.session() as s:  # a long name: it must not wrap in the name column
        from cadredesk.core.models import Cadre

        c = s.scalars(select(Cadre).limit(1)).one()
        c.name = "阿卜杜热合曼·买买提艾力"
        s.commit()
    out = tmp_path / "名单.pdf"
    printing.print_document(ctx, "roster", printing.PrintRequest(out=out))
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2026年度驻村蹲点选派干部名单" in text and "驻村蹲点驻村" not in text
    assert re.search(r"制表单位：中共安澜县委组织部\s+制表日期：\d{4}年\d{1,2}月\d{1,2}日", text)
    assert "阿卜杜热合曼·买买提艾力" in text  # on one line: extracted in one piece in layout mode
    assert "中共安澜县委组织部 测试员" in text  # the footer: organization and clerk


def test_cadre_profile(ctx: Context) -> None:
    bid = _roster(ctx, 1)
    cid = cadres.list_cadres(ctx)[0].id
    did = assignment.find_dispatch(ctx, cadres.get_cadre(ctx, cid).id_number)
    with ctx.db.session() as s:
        session = TrainingSession(
            batch_id=bid, name="2026年岗前培训班", start=dt.date(2026, 1, 5), end=dt.date(2026, 1, 7)
        )
        s.add(session)
        s.flush()
        course = TrainingCourse(
            session_id=session.id, title="农村政策", day=dt.date(2026, 1, 5), hours=Decimal(24), required=True
        )
        s.add(course)
        s.flush()
        s.add(TrainingTrainee(session_id=session.id, dispatch_id=did))
        s.add(TrainingAttendance(course_id=course.id, dispatch_id=did, mark="出席"))
        s.add_all(
            Attendance(dispatch_id=did, day=dt.date(2026, 3, d), mark=m)
            for d, m in ((2, "在"), (3, "在"), (4, "事"), (5, "公"))
        )
        s.add(Evaluation(dispatch_id=did, kind="年度考核", year=2026, grade="不称职"))
        s.commit()
    assignment.advance(ctx, did)
    p = cadre_profile(ctx, cid)
    assert p.name == "欧阳一甲" and p.unit == "县财政局" and len(p.dispatches) == 1
    d = p.dispatches[0]
    assert (d.batch, d.township, d.place, d.role, d.status) == (
        "2026年度选派干部驻村蹲点",
        "黄河口镇",
        "丰登村",
        "队员",
        "审核",
    )
    assert [(st.from_status, st.to_status) for st in d.steps] == [("", "推荐"), ("推荐", "审核")]
    assert (d.attendance.recorded, d.attendance.in_post, d.attendance.days) == (
        4,
        3,
        {"在": 2, "事": 1, "公": 1},
    )
    assert [(e.kind, e.grade, e.consequence) for e in d.evaluations] == [
        ("年度考核", "不称职", "3年内不予提拔使用")
    ]
    assert [(t.sessions, t.training, t.hours) for t in p.training] == [(("2026年岗前培训班",), "已完成", 24)]
    data = p.to_json()
    assert data["dispatches"][0]["attendance"]["in_post"] == 3  # type: ignore[index]
    assert any("不称职，3年内不予提拔使用" in line for line in p.lines())


def test_places_are_found_by_pinyin_initials(ctx: Context) -> None:
    t = reference.create_township(ctx, "黄河口镇")
    reference.save_place(ctx, t, "丰登村")
    reference.save_place(ctx, t, "长安村")  # 长: chang or zhang — both readings match
    rows = reference.list_places(ctx)
    assert [r.name for r in rows if r.matches("fdc")] == ["丰登村"]
    assert (
        [r.name for r in rows if r.matches("zac")] == ["长安村"] == [r.name for r in rows if r.matches("cac")]
    )
    assert [r.name for r in rows if r.matches("hhkz")] == ["丰登村", "长安村"]  # township + name
    snap = roster_view.load_places(ctx, None)
    assert [p.name for p in snap.places if p.matches("fd")] == ["丰登村"]
