"""Importing typed-in sign-in sheets and mentor lists: real .xlsx files written here as clerks send them
(title lines, merged two-level headers, full-width spaces, synonyms, footers, bad rows)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from cadredesk.core.enums import Role
from cadredesk.core.models import AuditEntry, TrainingAttendance
from cadredesk.errors import ValidationError
from cadredesk.services import assignment, batches, cadres, mentoring, reference, training
from cadredesk.services.context import Context
from cadredesk.services.mentoring_import import import_mentors
from cadredesk.services.training import CourseForm, SessionForm
from cadredesk.services.training_import import import_training, parse_mark, preview_training_import
from tests.factories import make_id

D1, D2 = dt.date(2026, 1, 5), dt.date(2026, 1, 6)


def _setup(ctx: Context) -> dict[str, Any]:
    b = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻村")
    )
    t = reference.create_township(ctx, "永安镇")
    unit = reference.create_unit(ctx, "县财政局")
    places = [reference.save_place(ctx, t, f"第{i}村") for i in range(1, 5)]
    ids, numbers = [], []
    for i, ch in enumerate("甲乙丙丁"):
        number = make_id(dt.date(1983 + i, 7, 1))
        cid = cadres.save_cadre(ctx, cadres.CadreForm(name=f"测试{ch}", id_number=number, unit_id=unit))
        ids.append(assignment.assign(ctx, b.id, cid, place_id=places[i], role=Role.MEMBER.value).dispatch_id)
        numbers.append(number)
    ts = training.create_session(
        ctx,
        SessionForm(batch_id=b.id, name="2026年驻村干部岗前培训班", start=D1, end=D2, location="县委党校"),
    )
    courses = [
        training.save_course(ctx, CourseForm(session_id=ts.id, title=title, day=day, hours=Decimal(3)))
        for title, day in (("农村政策解读", D1), ("党建实务", D1), ("人居环境整治", D2))
    ]
    return {
        "batch": b.id,
        "session": ts.id,
        "courses": [c.id for c in courses],
        "d": ids,
        "numbers": numbers,
        "t": t,
    }


def _marks(ctx: Context) -> dict[tuple[str, str], str]:
    from cadredesk.core.models import Cadre, Dispatch, TrainingCourse

    with ctx.db.reader() as s:
        rows = s.execute(
            select(TrainingCourse.title, Cadre.name, TrainingAttendance.mark)
            .join(TrainingCourse, TrainingCourse.id == TrainingAttendance.course_id)
            .join(Dispatch, Dispatch.id == TrainingAttendance.dispatch_id)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
        ).all()
    return {(title, name): mark for title, name, mark in rows}


def _sheet(path: Path, rows: list[list[Any]], merges: list[str] = ()) -> Path:  # type: ignore[assignment]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = "签到表"
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def _course_sheet(path: Path) -> Path:
    """A signed sheet for one course typed in: title and course lines, full-width header, a footer."""
    return _sheet(
        path,
        [
            ["2026年驻村干部岗前培训班签到表", None, None, None, None, None],
            ["课程：党建实务　　时间：2026年1月5日　　地点：县委党校", None, None, None, None, None],
            ["序　号", "姓　名", "单　位", "派驻村（社区）", "签  名", "备注"],
            [1, "测试甲", "县财政局", "第1村", "√", None],
            [2, "测试乙", "县财政局", "第2村", None, "病假"],
            [3, "测试丙", "县财政局", "第3村", "测试丙", None],
            [4, "张三", "县农业农村局", "第9村", "√", None],
            [5, "测试丁", "县财政局", "第4村", "迟到", None],
            [None, None, None, None, None, None],
            ["合计：应到5人，实到3人", None, None, None, None, None],
            ["填表人：王五", None, None, None, None, None],
        ],
        ["A1:F1", "A2:F2"],
    )


def test_parse_mark_words() -> None:
    assert [parse_mark(x, "测试甲") for x in ("√", "✓", 1.0, "到", "出席", "测试甲", "假", "事假", "缺", "×", "旷课", "补", "已补课", None, "")] == [
        "出席", "出席", "出席", "出席", "出席", "出席", "请假", "请假", "缺席", "缺席", "缺席", "补课", "补课", None, None,
    ]  # fmt: skip
    with pytest.raises(ValueError, match="不是考勤标记"):
        parse_mark("迟到", "测试甲")
    with pytest.raises(ValueError, match="不是考勤标记"):
        parse_mark("李四", "测试甲")  # someone else's name is no signature


def test_a_signed_course_sheet_imports_all_or_nothing(any_ctx: Context, tmp_path: Path) -> None:
    ids = _setup(any_ctx)
    path = _course_sheet(tmp_path / "党建实务签到表.xlsx")
    with pytest.raises(ValidationError, match="有 2 行不合格，未导入任何数据") as info:
        import_training(any_ctx, path, batch_id=ids["batch"])
    report = info.value.result
    assert report.to_json()["rejected"] == [
        {"row": 7, "name": "张三", "reason": "本批次名单中没有“张三”"},
        {"row": 8, "name": "测试丁", "reason": "“迟到”不是考勤标记（可填 √、假、缺、补，或本人签名）"},
    ]
    assert report.courses == ["党建实务"] and report.session == "2026年驻村干部岗前培训班"
    assert _marks(any_ctx) == {}
    # a dry run with --skip-invalid says what would happen, writes nothing
    dry = import_training(any_ctx, path, batch_id=ids["batch"], skip_invalid=True, dry_run=True)
    assert (dry.imported, dry.marked, dry.unchanged, dry.written) == (3, 3, 0, False)
    assert _marks(any_ctx) == {}
    done = import_training(
        any_ctx, path, batch_id=ids["batch"], skip_invalid=True, annotated_out=tmp_path / "标注.xlsx"
    )
    assert (done.imported, done.marked, done.written) == (3, 3, True)
    assert {"row": 5, "message": "测试乙：未签到，记为缺席"} not in done.warnings  # 备注 says 病假
    assert _marks(any_ctx) == {
        ("党建实务", "测试甲"): "出席",
        ("党建实务", "测试乙"): "请假",
        ("党建实务", "测试丙"): "出席",
    }
    notes = {
        r[0].row: r[-1].value
        for r in openpyxl.load_workbook(tmp_path / "标注.xlsx")["签到表"].iter_rows(min_row=4, max_row=8)
    }
    assert notes[7] == "本批次名单中没有“张三”" and notes[4] == "校验通过：出席"
    # the same sheet again changes nothing (and writes no audit entry)
    again = import_training(any_ctx, path, batch_id=ids["batch"], skip_invalid=True)
    assert (again.marked, again.unchanged, again.written) == (0, 3, False)
    with any_ctx.db.reader() as s:
        assert len(list(s.scalars(select(AuditEntry).where(AuditEntry.action == "training.import")))) == 1


def test_typed_names_in_the_signature_column_are_signatures(any_ctx: Context, tmp_path: Path) -> None:
    """A sheet with only 序号, 姓名 and 本人签名 where cadres typed their own names: the name and the
    signature cells hold the same text, and such a row is a signed data row, not a merged section line."""
    ids = _setup(any_ctx)
    path = _sheet(
        tmp_path / "签到.xlsx",
        [
            ["2026年驻村干部岗前培训班签到表", None, None, None],
            ["课程：党建实务", None, None, None],
            ["序号", "姓　名", "本人签名", "备注"],
            ["永安镇", None, None, None],  # a section line merged over the table: not data
            [1, "测试甲", "测试甲", None],
            [2, "测试乙", " 测试乙 ", None],
            [None, "测试丙", "测试丙", None],  # no 序号 typed
            [4, "测试丁", None, "事假"],
            [None, None, None, None],
            ["填表人：王五", None, None, None],
        ],
        ["A1:D1", "A2:D2", "A4:D4"],
    )
    report = import_training(any_ctx, path, batch_id=ids["batch"])
    assert (report.imported, report.rejected) == (4, [])
    assert _marks(any_ctx) == {
        ("党建实务", "测试甲"): "出席",
        ("党建实务", "测试乙"): "出席",
        ("党建实务", "测试丙"): "出席",
        ("党建实务", "测试丁"): "请假",
    }


def test_a_grid_with_merged_two_level_headers(any_ctx: Context, tmp_path: Path) -> None:
    ids = _setup(any_ctx)
    n = ids["numbers"]
    path = _sheet(
        tmp_path / "考勤.xlsx",
        [
            ["岗前培训考勤汇总表", None, None, None, None, None, None],
            ["填报单位：县委组织部　　　填报日期：2026年1月7日", None, None, None, None, None, None],
            ["序号", "姓名", "公民身份号码", "考勤情况", None, None, "备注"],
            [None, None, None, "农村政策解读", "党建实务", "人居环境整治", None],
            ["一、永安镇", None, None, None, None, None, None],
            [1, "测试甲", n[0], "√", "√", "补", None],
            [2, "测试乙", n[1], "假", "√", None, "人居环境整治尚未上课"],
            [3, "测试丙", n[2].lower(), "缺", "√", "√", None],
            [4, "测试丁", 370502198607010016.0, "√", "√", "√", None],
            [5, "测试戊", n[3], "√", None, None, None],
            [6, "测试甲", n[0], "√", "√", "补", None],
        ],
        ["A1:G1", "A2:G2", "D3:F3", "A3:A4", "B3:B4", "C3:C4", "G3:G4", "A5:G5"],
    )
    with pytest.raises(ValidationError) as info:
        import_training(any_ctx, path, batch_id=ids["batch"])
    rejected = {r["row"]: r["reason"] for r in info.value.result.rejected}
    assert rejected == {
        9: "身份证号被存成了数字，末几位已丢失；请将该列设置为文本格式后重新录入",
        10: "姓名“测试戊”与身份证号不符（名单中为“测试丁”）",
    }
    report = import_training(any_ctx, path, batch_id=ids["batch"], skip_invalid=True)
    assert report.mode == "grid" and report.courses == ["农村政策解读", "党建实务", "人居环境整治"]
    assert report.layout is not None and report.layout.header_rows == (3, 4)
    assert {"row": 11, "message": "测试甲：与第 6 行重复，跳过"} in report.warnings
    assert {"row": 5, "message": "非数据行：“一、永安镇”，已忽略"} in report.warnings
    assert _marks(any_ctx) == {
        ("农村政策解读", "测试甲"): "出席", ("党建实务", "测试甲"): "出席", ("人居环境整治", "测试甲"): "补课",
        ("农村政策解读", "测试乙"): "请假", ("党建实务", "测试乙"): "出席",  # a blank grid cell: not recorded
        ("农村政策解读", "测试丙"): "缺席", ("党建实务", "测试丙"): "出席", ("人居环境整治", "测试丙"): "出席",
    }  # fmt: skip
    assert (report.marked, report.unchanged) == (8, 0)


def test_the_exported_grid_comes_back_unchanged(any_ctx: Context, tmp_path: Path) -> None:
    ids = _setup(any_ctx)
    c1, c2, _c3 = ids["courses"]
    training.mark_course(any_ctx, c1)
    training.set_mark(any_ctx, c2, ids["d"][1], "请假")
    out = training.export_training(
        any_ctx, tmp_path / "考勤表.xlsx", batch_id=ids["batch"], what="grid", session_id=ids["session"]
    )
    assert out.rows == 4
    again = import_training(any_ctx, out.path, batch_id=ids["batch"])
    assert (again.imported, again.marked, again.unchanged, again.rejected) == (4, 0, 5, [])
    # the clerk fills in the last course and imports the same file
    wb = openpyxl.load_workbook(out.path)
    ws = wb.active
    assert ws is not None
    col = next(c.column for c in ws[4] if c.value == "人居环境整治")
    for r in range(5, 9):
        ws.cell(row=r, column=col).value = "√"
    wb.save(out.path)
    filled = import_training(any_ctx, out.path, batch_id=ids["batch"])
    assert (filled.marked, filled.unchanged) == (4, 5)
    status = {r.name: r.completion.status for r in training.completion_list(any_ctx, ids["batch"])}
    assert status == {
        "测试甲": "未完成",
        "测试乙": "未完成",
        "测试丙": "未完成",
        "测试丁": "未完成",
    }  # 党建实务 not held yet
    for name in ("测试甲", "测试丙", "测试丁"):
        assert _marks(any_ctx)[("人居环境整治", name)] == "出席"


def test_which_class_and_the_preview(any_ctx: Context, tmp_path: Path) -> None:
    ids = _setup(any_ctx)
    later = training.create_session(
        any_ctx, SessionForm(batch_id=ids["batch"], name="补充选派干部培训班", start=D2, end=D2)
    )
    training.save_course(
        any_ctx, CourseForm(session_id=later.id, title="驻村工作方法", day=D2, hours=Decimal(6))
    )
    rows = [["序号", "姓名", "签到"], [1, "测试甲", "√"]]
    with pytest.raises(ValidationError, match="标题没有写明是哪个培训班"):
        import_training(any_ctx, _sheet(tmp_path / "无标题.xlsx", rows), batch_id=ids["batch"])
    titled = _sheet(tmp_path / "补训.xlsx", [["补充选派干部培训班签到表", None, None], *rows])
    report = import_training(any_ctx, titled, batch_id=ids["batch"])
    assert (report.session, report.courses, report.enrolled) == ("补充选派干部培训班", ["驻村工作方法"], 1)
    assert {
        "row": 3,
        "message": "测试甲：测试甲不在“补充选派干部培训班”学员名单中，导入时加入",
    } in report.warnings
    # the import dialog's preview: a dry run with the layout to show
    preview = preview_training_import(
        any_ctx, _course_sheet(tmp_path / "签到.xlsx"), batch_id=ids["batch"], session_id=ids["session"]
    )
    assert preview.error == "" and preview.report is not None
    assert preview.report.layout is not None and preview.report.layout.header_rows == (3,)
    assert [r["row"] for r in preview.report.rejected] == [7, 8] and preview.report.marked == 3
    assert _marks(any_ctx) == {("驻村工作方法", "测试甲"): "出席"}
    bad = preview_training_import(
        any_ctx,
        _sheet(tmp_path / "乱.xlsx", [["单位", "职务"], ["县财政局", "科员"]]),
        batch_id=ids["batch"],
        session_id=ids["session"],
    )
    assert bad.report is None and "找不到表头" in bad.error


def test_mentors_and_pairs_from_a_township_sheet(any_ctx: Context, tmp_path: Path) -> None:
    ids = _setup(any_ctx)
    for did in ids["d"]:
        for _ in range(3):
            assignment.advance(any_ctx, did, override_training=True, reason="测试")
    path = _sheet(
        tmp_path / "传帮带.xlsx",
        [
            ["永安镇传帮带结对情况表", None, None, None, None],
            ["乡镇（街道）", "帮带领导", "职　务", "联系电话", "帮带对象"],
            ["永安镇", "陈书记", "镇党委书记", "13800000001", "测试甲、测试乙"],
            ["永安镇", "林镇长", "镇党委副书记、镇长", None, "测试丙"],
            ["永安镇", "林镇长", "镇党委副书记、镇长", None, "测试丁"],
            ["黄河镇", "周书记", "镇党委书记", None, None],
            ["永安镇", "吴委员", "镇党委委员", None, "王五"],
            ["注：每名驻村干部确定1名帮带领导", None, None, None, None],
        ],
        ["A1:E1"],
    )
    with pytest.raises(ValidationError, match="有 2 行不合格") as info:
        import_mentors(any_ctx, path, batch_id=ids["batch"])
    assert [(r["row"], r["reason"]) for r in info.value.result.rejected] == [
        (6, "乡镇“黄河镇”不存在（请先在派驻点中登记该乡镇）"),
        (7, "本批次派驻永安镇的干部中没有“王五”"),
    ]
    assert mentoring.list_mentors(any_ctx) == []
    dry = import_mentors(any_ctx, path, batch_id=ids["batch"], skip_invalid=True, dry_run=True)
    assert (dry.created, dry.paired, dry.written) == (2, 4, False)
    assert mentoring.list_mentors(any_ctx) == [] and mentoring.list_pairs(any_ctx, ids["batch"]) == []
    report = import_mentors(any_ctx, path, batch_id=ids["batch"], skip_invalid=True)
    assert (report.created, report.updated, report.unchanged, report.paired) == (2, 0, 0, 4)
    pairs = [(p.mentor, p.name) for p in mentoring.list_pairs(any_ctx, ids["batch"])]
    assert pairs == [("陈书记", "测试甲"), ("陈书记", "测试乙"), ("林镇长", "测试丙"), ("林镇长", "测试丁")]
    again = import_mentors(any_ctx, path, batch_id=ids["batch"], skip_invalid=True)
    assert (again.created, again.updated, again.unchanged, again.paired, again.written) == (0, 0, 2, 0, False)
