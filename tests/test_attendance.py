"""Attendance (issue 10, acceptance 1): the township's 考勤表 import, the month grid, compliance.

Workbooks are written here with openpyxl as townships send them: a title naming the township and the
month, a 填报单位 line, a two-level header (日期 over 1…31, 姓名 merged down), a weekday row, 出勤天数 and
备注 columns, a legend and signatures under the table.  Expected figures are worked out by hand.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from cadredesk.cli import main
from cadredesk.core.models import Attendance, AuditEntry
from cadredesk.errors import ValidationError
from cadredesk.services import attendance, compliance
from cadredesk.services.context import Context
from tests import onpost_data
from tests.onpost_data import BATCH

D = dt.date
AFTER = D(2026, 11, 20)  # the services' "today" in these tests


def sheet(
    path: Path,
    rows: Sequence[tuple[str, str, Sequence[str]]],
    *,
    title: str = "安澜县黄河口镇驻村干部2026年3月考勤表",
    days: int = 31,
    stated: bool = True,
    unit_line: str = "填报单位（盖章）：黄河口镇党委　　　　填报日期：2026年4月2日",
) -> Path:
    """A 考勤表: rows of (name, id number or "", marks for days 1…days ("" blank))."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "3月"
    first_day_col = 5
    last_col = first_day_col + days + 1
    ws.cell(row=1, column=1, value=title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    ws.cell(row=2, column=1, value=unit_line)
    for col, caption in enumerate(("序  号", "姓　名", "身份证号码", "派驻村"), start=1):
        ws.cell(row=3, column=col, value=caption)
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.cell(row=3, column=first_day_col, value="日期")
    ws.merge_cells(start_row=3, start_column=first_day_col, end_row=3, end_column=first_day_col + days - 1)
    for d in range(1, days + 1):
        ws.cell(row=4, column=first_day_col + d - 1, value=d)
        ws.cell(
            row=5,
            column=first_day_col + d - 1,
            value="一二三四五六日"[dt.date(2026, 3, d).weekday()] if days == 31 else "",
        )
    ws.cell(row=3, column=first_day_col + days, value="出勤天数")
    ws.cell(row=3, column=first_day_col + days + 1, value="备注")
    for i, (name, idn, marks) in enumerate(rows, start=1):
        r = 5 + i
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=name)
        if idn:
            ws.cell(row=r, column=3, value=idn)
        ws.cell(row=r, column=4, value="")
        for d, mark in enumerate(marks, start=1):
            if mark:
                ws.cell(row=r, column=first_day_col + d - 1, value=mark)
        if stated:
            ws.cell(
                row=r,
                column=first_day_col + days,
                value=sum(1 for m in marks if m in ("√", "✓", "在", "公", "差", "训")),
            )
    end = 5 + len(rows)
    ws.cell(
        row=end + 2, column=1, value="注：√ 在岗，假 事假，病 病假，差 公出，训 培训，休 休息，空白为缺勤。"
    )
    ws.cell(row=end + 3, column=1, value="考勤员：刘红　　　审核人：王书记")
    wb.save(path)
    return path


def month_of(pattern: str, days: int = 31) -> list[str]:
    """Marks for a month from a pattern string (one character per day, "." = blank, "v" = √)."""
    out = [{"v": "√", ".": ""}.get(ch, ch) for ch in pattern]
    assert len(out) == days, len(out)
    return out


#: 张伟 in post every day; 王芳 ten days, then leave and blanks; 李强 arrived on the 10th (a stray mark on
#: the 5th is outside his period)
EVERY_DAY = month_of("v" * 31)
TEN_DAYS = month_of("v" * 10 + "假假病" + "." * 18)
FROM_TENTH = month_of("....v...." + "vv休vv" + "vvvv休休vvvvv休休vvv休")


def _counts(ctx: Context, did: int, y: int = 2026, m: int = 3) -> dict[str, int]:
    grid = attendance.month_grid(ctx, BATCH, y, m, dispatch_ids=[did])
    row = grid.rows[0]
    return {"in_post": row.days_in_post, "leave": row.leave_days, "required": row.required}


def test_import_then_report(ctx: Context, tmp_path: Path) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(AFTER)
    f = sheet(
        tmp_path / "黄河口镇3月考勤.xlsx",
        [("张　伟", camp.idn("张伟"), EVERY_DAY), ("王芳", "", TEN_DAYS), ("李强", "", FROM_TENTH)],
    )
    rep = attendance.import_attendance(now, f)
    assert rep.month == "2026-03" and rep.township == "黄河口镇" and rep.people == 3 and rep.rejected == []
    # 31 + 31 (王芳's blanks stored as absent) + 22 (李强 from the 10th)
    assert rep.imported_days == 31 + 31 + 22
    assert {w["message"] for w in rep.warnings} == {
        "李强：5日不在派驻期（2026-03-10 至 2026-11-30）内，已忽略",
        "李强：表中出勤天数为 17，按逐日标记计为 16",  # the sheet's own total counted the stray mark
    }
    assert _counts(now, camp.did("张伟")) == {"in_post": 31, "leave": 0, "required": 22}
    assert _counts(now, camp.did("王芳")) == {"in_post": 10, "leave": 3, "required": 22}
    assert _counts(now, camp.did("李强")) == {"in_post": 16, "leave": 0, "required": 16}
    report = compliance.compliance_report(now, BATCH, month="2026-03")
    by_id = {r.dispatch_id: r for r in report.rows}
    assert by_id[camp.did("张伟")].ok and by_id[camp.did("张伟")].shortfall == 0
    assert not by_id[camp.did("王芳")].ok and by_id[camp.did("王芳")].shortfall == 12
    li = by_id[camp.did("李强")]
    assert li.ok and (li.first, li.required) == (D(2026, 3, 10), 16)
    # 刘洋 (leaves on 20 March) and the others are listed with nothing entered
    assert by_id[camp.did("刘洋")].required == 14 and by_id[camp.did("刘洋")].days_in_post == 0
    assert len(report.rows) == 7
    with ctx.db.reader() as s:
        audits = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "attendance.import")).all()
    assert audits == ["导入 黄河口镇3月考勤.xlsx（黄河口镇 2026年3月）：3 人 84 天"]


def test_reimport_replaces_never_doubles(ctx: Context, tmp_path: Path) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(AFTER)
    attendance.import_attendance(now, sheet(tmp_path / "a.xlsx", [("张伟", camp.idn("张伟"), EVERY_DAY)]))
    corrected = month_of("v" * 20 + "事事" + "v" * 9)
    rep = attendance.import_attendance(
        now, sheet(tmp_path / "b.xlsx", [("张伟", camp.idn("张伟"), corrected)])
    )
    assert rep.imported_days == 31
    with ctx.db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 31
    assert _counts(now, camp.did("张伟")) == {"in_post": 29, "leave": 2, "required": 22}


def test_unknown_ambiguous_and_unreadable_rows_are_rejected_all_or_nothing(
    ctx: Context, tmp_path: Path
) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(AFTER)
    rows = [
        ("张伟", camp.idn("张伟"), EVERY_DAY),
        ("李四", "", EVERY_DAY),  # nobody of that name
        ("王芳", camp.idn("张伟"), EVERY_DAY),  # ID of someone else
        ("王芳", "", month_of("v" * 10 + "?" + "v" * 20)),  # a mark nobody knows
    ]
    f = sheet(tmp_path / "错.xlsx", rows, title="2026年3月驻村干部考勤表", unit_line="")  # no township named
    with pytest.raises(ValidationError) as err:
        attendance.import_attendance(now, f)
    report = err.value.result
    assert report.imported_days == 0
    assert report.rejected == [
        {"row": 7, "name": "李四", "reason": "查无此人：2026年3月 没有名为“李四”的派驻干部"},
        {"row": 8, "name": "王芳", "reason": f"身份证号 {camp.idn('张伟')[:6]}********{camp.idn('张伟')[-4:]} 属于“张伟”，与姓名“王芳”不符"},
        {"row": 9, "name": "王芳", "reason": "11日的“?”不是考勤符号（√ ✓ 在 = 在岗，假 事 = 事假，病 = 病假，差 公 = 公出，训 = 培训，休 = 休息，缺 或空白 = 缺勤）"},
    ]  # fmt: skip
    with ctx.db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0  # nothing written
    rep = attendance.import_attendance(now, f, skip_invalid=True)
    assert rep.people == 1 and rep.imported_days == 31 and len(rep.rejected) == 3
    ambiguous = sheet(
        tmp_path / "同名.xlsx", [("张伟", "", EVERY_DAY)], title="2026年3月驻村干部考勤表", unit_line=""
    )
    with pytest.raises(ValidationError) as err:
        attendance.import_attendance(now, ambiguous)
    assert (
        err.value.result.rejected[0]["reason"]
        == "有 2 名同名派驻干部（黄河口镇东村、永安镇北村），请填写身份证号"
    )
    # the township in the title settles it
    rep = attendance.import_attendance(now, sheet(tmp_path / "镇.xlsx", [("张伟", "", EVERY_DAY)]))
    assert rep.people == 1 and rep.rejected == []


def test_month_from_option_and_short_months(ctx: Context, tmp_path: Path) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(AFTER)
    no_month = sheet(
        tmp_path / "无月份.xlsx",
        [("张伟", camp.idn("张伟"), month_of("v" * 28 + "vvv"))],
        title="黄河口镇驻村干部考勤表",
    )
    with pytest.raises(ValidationError, match="请用 --month YYYY-MM 指定"):
        attendance.import_attendance(now, no_month)
    # February 2026 (28 days; 春节 15–23): the columns 29–31 are ignored with a warning; 13 days are enough
    feb = month_of("v" * 9 + "休" * 5 + "休" * 9 + "vvvv" + "." + "vvv")
    rep = attendance.import_attendance(
        now, sheet(tmp_path / "二月.xlsx", [("张伟", camp.idn("张伟"), feb)], title="考勤表"), month="2026-02"
    )
    assert rep.imported_days == 28
    assert {"row": 0, "message": "2026年2月只有 28 天，29、30、31 日列中的内容已忽略"} in rep.warnings
    assert _counts(now, camp.did("张伟"), 2026, 2) == {"in_post": 13, "leave": 0, "required": 13}
    row = compliance.compliance_report(now, BATCH, month=(2026, 2)).rows[0]
    assert (row.name, row.days_in_post, row.required, row.ok) == ("张伟", 13, 13, True)


def test_holiday_leave_and_month_end_cases(ctx: Context, tmp_path: Path) -> None:
    """October 2026 (国庆节 1–7 → 15 days), leave not counted, 公出 and 培训 counted, the 20th departure."""
    camp = onpost_data.build(ctx)
    now = ctx.at(AFTER)
    holiday_off = "休" * 7
    exactly_15 = month_of(holiday_off + "v" * 15 + "休" * 9)
    fourteen = month_of(holiday_off + "v" * 14 + "事" + "休" * 9)
    duty_training = month_of(holiday_off + "v" * 11 + "公公训训" + "休" * 9)
    f = sheet(
        tmp_path / "十月.xlsx",
        [("张伟", camp.idn("张伟"), exactly_15), ("王芳", "", fourteen), ("李强", "", duty_training)],
        title="黄河口镇驻村干部2026年10月考勤表",
    )
    attendance.import_attendance(now, f)
    rows = {r.dispatch_id: r for r in compliance.compliance_report(now, BATCH, month="2026-10").rows}
    zw, wf, lq = rows[camp.did("张伟")], rows[camp.did("王芳")], rows[camp.did("李强")]
    assert (zw.days_in_post, zw.required, zw.ok) == (15, 15, True)
    assert (wf.days_in_post, wf.shortfall) == (14, 1)  # the day of leave does not count
    assert (lq.days_in_post, lq.ok) == (15, True)  # 公出 and 培训 count as days in post
    # 刘洋 leaves on 20 March: 14 days needed; marks after the 20th are ignored
    liu = month_of("v" * 14 + "休" * 6 + "v" * 11)
    rep = attendance.import_attendance(
        now, sheet(tmp_path / "永安.xlsx", [("刘洋", "", liu)], title="永安镇2026年3月考勤表")
    )
    assert rep.warnings[0]["message"].startswith("刘洋：21日、22日、23日、24日、25日、26日等不在派驻期")
    row = next(r for r in compliance.compliance_report(now, BATCH, month="2026-03").rows if r.name == "刘洋")
    assert (row.days_in_post, row.required, row.ok, row.last) == (14, 14, True, D(2026, 3, 20))


def test_stated_days_are_cross_checked(ctx: Context, tmp_path: Path) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(AFTER)
    path = sheet(tmp_path / "合计.xlsx", [("张伟", camp.idn("张伟"), EVERY_DAY)])
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.cell(row=6, column=5 + 31, value=30)  # the clerk's own total is off by one
    wb.save(path)
    rep = attendance.import_attendance(now, path)
    assert {"row": 6, "message": "张伟：表中出勤天数为 30，按逐日标记计为 31"} in rep.warnings


def test_month_grid_and_bulk_set(ctx: Context) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(AFTER)
    grid = attendance.month_grid(now, BATCH, 2026, 10, township_id=camp.townships["黄河口镇"])
    assert [r.name for r in grid.rows] == ["张伟", "李强", "王芳"]  # 东村, 南村, 西村
    assert [d.kind for d in grid.days[:11]] == ["holiday"] * 7 + ["workday", "workday", "adjusted", "weekend"]
    assert grid.days[9].name == "国庆节" and grid.quota == 15
    zw = camp.did("张伟")
    # a paste from Excel: mixed spellings, a clear, one day per cell
    edits = [attendance.MarkEdit(zw, D(2026, 10, d), "√") for d in range(8, 31)]
    edits += [
        attendance.MarkEdit(zw, D(2026, 10, 12), "事假"),
        attendance.MarkEdit(zw, D(2026, 10, 13), "公"),
    ]
    result = attendance.set_marks(now, edits)
    assert (result.set, result.cleared) == (23, 0)  # the 12th and 13th were given twice: the last wins
    row = attendance.month_grid(now, BATCH, 2026, 10, dispatch_ids=[zw]).rows[0]
    assert row.marks[11] == "事" and row.marks[12] == "公" and row.days_in_post == 22 and row.leave_days == 1
    result = attendance.set_marks(
        now, [attendance.MarkEdit(zw, D(2026, 10, 30), ""), attendance.MarkEdit(zw, D(2026, 10, 29), "在")]
    )
    assert (result.set, result.cleared, result.unchanged) == (0, 1, 1)
    with pytest.raises(ValidationError) as err:
        attendance.set_marks(
            now,
            [
                attendance.MarkEdit(zw, D(2026, 10, 1), "X?"),
                attendance.MarkEdit(camp.did("李强"), D(2026, 3, 1), "√"),
                attendance.MarkEdit(zw, D(2026, 10, 2), "在"),
            ],
        )
    assert "张伟 10月01日：“X?”不是考勤符号" in err.value.message
    assert "李强 03月01日 不在派驻期（2026-03-10 至 2026-11-30）内" in err.value.message
    assert (
        attendance.month_grid(now, BATCH, 2026, 10, dispatch_ids=[zw]).rows[0].marks[1] == ""
    )  # nothing written
    months = attendance.dispatch_months(now, zw)
    october = next(m for m in months if m.month == 10)
    assert october.counts == {"在": 20, "事": 1, "公": 1} and october.required == 15 and october.ok


def test_marks_of_not_posted_dispatches_are_refused(ctx: Context) -> None:
    camp = onpost_data.build(ctx, status="培训")
    with pytest.raises(ValidationError, match="尚未在岗，不能登记考勤"):
        attendance.set_marks(ctx.at(AFTER), [attendance.MarkEdit(camp.did("张伟"), D(2026, 3, 2), "在")])


def test_trend_flags_cadres_before_the_month_ends(ctx: Context) -> None:
    camp = onpost_data.build(ctx)
    mid = ctx.at(D(2026, 3, 16))
    edits = []
    for name, days in (("张伟", 15), ("王芳", 8)):
        edits += [
            attendance.MarkEdit(camp.did(name), D(2026, 3, d), "√" if d <= days else "休")
            for d in range(1, 16)
        ]
    attendance.set_marks(mid, edits)
    report = compliance.month_trend(mid, BATCH, month=(2026, 3), township_id=camp.townships["黄河口镇"])
    assert report.entered_through == {"黄河口镇": D(2026, 3, 15)}
    flagged = {r.name: r.trend.status for r in report.flagged}
    # through the 15th the pace asks floor(22 × 15/31) = 10: 王芳 (8) is behind; 李强 arrives on the 10th
    # and has nothing entered: floor(16 × 6/22) = 4 expected → behind
    assert flagged == {"王芳": "进度落后", "李强": "进度落后"}
    late = ctx.at(D(2026, 3, 26))
    attendance.set_marks(
        late, [attendance.MarkEdit(camp.did("王芳"), D(2026, 3, d), "休") for d in range(16, 26)]
    )
    flagged = {r.name: r.trend for r in compliance.month_trend(late, BATCH, month=(2026, 3)).flagged}
    assert flagged["王芳"].status == "已无法达标" and flagged["王芳"].possible == 8 + 6


def test_cli_import_attendance_and_report_compliance(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CLI.md: ``import attendance FILE [--month] [--json]`` and ``report compliance --batch (--month|--year) [--json]``."""
    assert main(["--db", str(db_path), "init"]) == 0
    from cadredesk.services.database import open_workspace

    ws = open_workspace(str(db_path))
    camp = onpost_data.build(ws.ctx)
    ws.close()
    capsys.readouterr()
    f = sheet(
        tmp_path / "考勤.xlsx",
        [("张伟", camp.idn("张伟"), EVERY_DAY), ("王芳", "", TEN_DAYS), ("无名氏", "", EVERY_DAY)],
    )
    assert main(["--db", str(db_path), "import", "attendance", str(f), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["imported_days"] == 0 and out["error"]["key"] == "invalid-rows"
    assert out["rejected"] == [
        {"row": 8, "name": "无名氏", "reason": "查无此人：2026年3月 没有名为“无名氏”的派驻干部"}
    ]
    assert main(["--db", str(db_path), "import", "attendance", str(f), "--skip-invalid", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {k: out[k] for k in ("imported_days", "rejected", "warnings")} == {
        "imported_days": 62,
        "rejected": [
            {"row": 8, "name": "无名氏", "reason": "查无此人：2026年3月 没有名为“无名氏”的派驻干部"}
        ],
        "warnings": [],
    }
    assert (
        main(["--db", str(db_path), "report", "compliance", "--batch", BATCH, "--month", "2026-03", "--json"])
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    keys = {"id_number", "name", "days_in_post", "required", "shortfall", "ok"}
    assert all(keys <= set(r) for r in rows)
    first = {k: rows[0][k] for k in keys}
    assert first == {
        "id_number": camp.idn("张伟"),
        "name": "张伟",
        "days_in_post": 31,
        "required": 22,
        "shortfall": 0,
        "ok": True,
    }
    wang = next(r for r in rows if r["name"] == "王芳")
    assert (wang["days_in_post"], wang["required"], wang["shortfall"], wang["ok"]) == (10, 22, 12, False)
    assert (
        main(["--db", str(db_path), "report", "compliance", "--batch", BATCH, "--year", "2026", "--json"])
        == 0
    )
    year = {r["id_number"]: r for r in json.loads(capsys.readouterr().out)}
    zw = year[camp.idn("张伟")]
    assert zw["required"] == 250 and zw["days_in_post"] == 31 and not zw["ok"]
    assert main(["--db", str(db_path), "report", "compliance", "--batch", BATCH]) == 2  # --month or --year
    capsys.readouterr()
    assert main(["--db", str(db_path), "report", "compliance", "--batch", BATCH, "--year", "2025"]) == 1
    assert "没有以 2025 年为主的驻村年度" in capsys.readouterr().err


def test_every_day_compliant_ten_days_not_over_a_whole_month(ctx: Context) -> None:
    """The plain statement of acceptance 1, through the grid: present every day of each month of the
    year → compliant every month; present 10 days → short every month."""
    camp = onpost_data.build(ctx)
    now = ctx.at(AFTER)
    edits = []
    for y, m in ((2025, 12), *((2026, k) for k in range(1, 11))):
        for d in range(1, calendar.monthrange(y, m)[1] + 1):
            edits.append(attendance.MarkEdit(camp.did("张伟"), D(y, m, d), "在"))
            edits.append(attendance.MarkEdit(camp.did("王芳"), D(y, m, d), "在" if d <= 10 else "缺"))
    attendance.set_marks(now, edits)
    for y, m in ((2025, 12), (2026, 2), (2026, 5), (2026, 10)):
        rows = {r.dispatch_id: r for r in compliance.compliance_report(now, BATCH, month=(y, m)).rows}
        assert rows[camp.did("张伟")].ok, (y, m)
        assert not rows[camp.did("王芳")].ok and rows[camp.did("王芳")].days_in_post == 10, (y, m)
