"""请销假 and the holiday calendar the compliance uses (services on real databases, a notice workbook)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from cadredesk.core.models import AuditEntry, Holiday
from cadredesk.errors import NotFound, UserError, ValidationError
from cadredesk.services import attendance, compliance, holidays, leave
from cadredesk.services.context import Context
from tests import onpost_data
from tests.onpost_data import BATCH

D = dt.date


def marks(ctx: Context, did: int, y: int, m: int) -> str:
    row = attendance.month_grid(ctx, BATCH, y, m, dispatch_ids=[did]).rows[0]
    return "".join(mk or "·" for mk in row.marks)


def test_request_approve_return(any_ctx: Context) -> None:
    camp = onpost_data.build(any_ctx)
    ctx = any_ctx.at(D(2026, 3, 5))
    zw = camp.did("张伟")
    attendance.set_marks(ctx, [attendance.MarkEdit(zw, D(2026, 3, d), "在") for d in range(1, 5)] +
                         [attendance.MarkEdit(zw, D(2026, 3, 14), "休")])  # fmt: skip
    row = leave.request_leave(
        ctx, leave.LeaveForm(zw, "病假", D(2026, 3, 10), D(2026, 3, 16), "腰椎不适就医")
    )
    assert (row.status, row.requested_on, row.days) == ("待审批", D(2026, 3, 5), 7)
    with pytest.raises(ValidationError, match="日期重叠"):
        leave.request_leave(ctx, leave.LeaveForm(zw, "事假", D(2026, 3, 16), D(2026, 3, 17)))
    with pytest.raises(ValidationError, match="请写明审批人"):
        leave.decide_leave(ctx, row.id, approve=True, approver=" ")
    row = leave.decide_leave(ctx, row.id, approve=True, approver="黄河口镇 李书记")
    assert (row.status, row.approved_by, row.approved_on) == ("已批准", "黄河口镇 李书记", D(2026, 3, 5))
    # the leave's days are marked 病, but the rest day already entered stays 休
    assert marks(ctx, zw, 2026, 3)[:17] == "在在在在·····病病病病休病病·"
    with pytest.raises(ValidationError, match="不能再审批"):
        leave.decide_leave(ctx, row.id, approve=False, approver="x", note="y")
    back = ctx.at(D(2026, 3, 14))
    result = leave.return_from_leave(back, row.id, D(2026, 3, 14))  # back early: the 14th–16th were leave
    assert result.leave.status == "已销假" and result.leave.returned_on == D(2026, 3, 14)
    assert result.cleared_days == 2  # the 15th and 16th; the 14th was a rest day
    assert marks(back, zw, 2026, 3)[:17] == "在在在在·····病病病病休···"
    with pytest.raises(ValidationError, match="只有已批准的请假才能销假"):
        leave.return_from_leave(back, row.id)
    with any_ctx.db.reader() as s:
        acts = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "leave").order_by(AuditEntry.id)
        ).all()
    assert acts == ["leave.request", "leave.decide", "leave.return"]


def test_refuse_needs_a_reason_and_withdraw(any_ctx: Context) -> None:
    camp = onpost_data.build(any_ctx)
    ctx = any_ctx.at(D(2026, 5, 6))
    wf = camp.did("王芳")
    req = leave.request_leave(ctx, leave.LeaveForm(wf, "事假", D(2026, 5, 11), D(2026, 5, 12)))
    with pytest.raises(ValidationError, match="不予批准须写明原因"):
        leave.decide_leave(ctx, req.id, approve=False, approver="李书记")
    refused = leave.decide_leave(ctx, req.id, approve=False, approver="李书记", note="当周有入户核查任务")
    assert (refused.status, refused.decision_note) == ("未批准", "当周有入户核查任务")
    assert marks(ctx, wf, 2026, 5).count("事") == 0
    again = leave.request_leave(
        ctx, leave.LeaveForm(wf, "事假", D(2026, 5, 11), D(2026, 5, 12))
    )  # no clash with a refused one
    leave.decide_leave(ctx, again.id, approve=True, approver="李书记")
    assert marks(ctx, wf, 2026, 5)[10:12] == "事事"
    leave.withdraw_leave(ctx, again.id, "任务调整，不再请假")  # not started yet: cancelled, marks cleared
    assert marks(ctx, wf, 2026, 5).count("事") == 0
    statuses = sorted(r.status for r in leave.list_leave(ctx, BATCH, dispatch_id=wf))
    assert statuses == ["已撤回", "未批准"]
    with pytest.raises(ValidationError, match="超出"):
        leave.request_leave(ctx, leave.LeaveForm(camp.did("李强"), "事假", D(2026, 3, 2), D(2026, 3, 3)))
    with pytest.raises(ValidationError, match="请假类别"):
        leave.request_leave(ctx, leave.LeaveForm(wf, "旅游假", D(2026, 5, 20), D(2026, 5, 20)))


def test_leave_days_do_not_count_in_post(ctx: Context) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(D(2026, 4, 1))
    zw = camp.did("张伟")
    attendance.set_marks(now, [attendance.MarkEdit(zw, D(2026, 3, d), "在") for d in range(1, 32)])
    lv = leave.request_leave(
        now.at(D(2026, 3, 1)), leave.LeaveForm(zw, "年休假", D(2026, 3, 16), D(2026, 3, 25))
    )
    leave.decide_leave(now.at(D(2026, 3, 2)), lv.id, approve=True, approver="李书记")
    row = next(
        r for r in compliance.compliance_report(now, BATCH, month="2026-03").rows if r.dispatch_id == zw
    )
    assert (row.days_in_post, row.required, row.shortfall) == (21, 22, 1)  # 年休假 is marked 事, not in post


# --------------------------------------------------------------------------- the holiday calendar


def test_builtin_year_then_edits_take_the_year_over(any_ctx: Context) -> None:
    y2026 = holidays.list_holidays(any_ctx, 2026)
    assert y2026.source == "builtin" and y2026.holiday_count == 33
    y2027 = holidays.list_holidays(any_ctx, 2027)
    assert y2027.source == "none" and y2027.days == []
    with pytest.raises(UserError, match="内置日历没有 2027 年"):
        holidays.seed_holidays(any_ctx, 2027)
    # adding one day to 2026 starts from the built-in days: nothing else is lost
    after = holidays.add_holiday(any_ctx, D(2026, 12, 31), "元旦")
    assert after.source == "table" and after.holiday_count == 34
    after = holidays.remove_holiday(any_ctx, D(2026, 10, 7))
    assert after.holiday_count == 33
    with pytest.raises(NotFound):
        holidays.remove_holiday(any_ctx, D(2026, 3, 3))
    with pytest.raises(ValidationError, match="应为周六或周日"):
        holidays.add_holiday(any_ctx, D(2026, 3, 3), "测试", workday=True)
    with pytest.raises(UserError, match="已有 2026 年"):
        holidays.seed_holidays(any_ctx, 2026)
    assert holidays.seed_holidays(any_ctx, 2026, replace=True).holiday_count == 33
    # October now needs 15 again; with the 7th removed it needed 16
    camp = onpost_data.build(any_ctx)
    row = compliance.compliance_report(any_ctx.at(D(2026, 11, 20)), BATCH, month="2026-10").rows[0]
    assert row.required == 15
    holidays.remove_holiday(any_ctx, D(2026, 10, 7))
    row = compliance.compliance_report(any_ctx.at(D(2026, 11, 20)), BATCH, month="2026-10").rows[0]
    assert row.required == 16 and camp.batch_id


def notice(
    path: Path, rows: list[tuple[object, ...]], title: str = "国务院办公厅关于2027年部分节假日安排的通知"
) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = title
    ws.merge_cells("A1:D1")
    ws.append(["节日", "放假时间", "调休上班", "天数"])
    for r in rows:
        ws.append(list(r))
    ws.append(["注：以上安排以国务院办公厅通知为准。"])
    wb.save(path)
    return path


def test_import_next_years_notice(ctx: Context, tmp_path: Path) -> None:
    f = notice(
        tmp_path / "2027放假安排.xlsx",
        [
            ("元旦", "1月1日至3日", "无", "3天"),
            ("春节", "2月6日（农历除夕）至12日", "1月31日（周日）、2月20日（周六）上班", "7天"),
            ("劳动节", "2027-05-01~2027-05-05", "4月25日（周日）", 5),
            ("国庆节、中秋节", "10月1日至8日", "9月26日（周日）、10月9日（周六）上班", "8天"),
        ],
    )
    rep = holidays.import_holidays(ctx, f)
    assert (rep.year, rep.days, rep.workdays) == (2027, 23, 5)
    y = holidays.list_holidays(ctx, 2027)
    assert y.source == "table" and y.holiday_count == 23
    assert [(h.day, h.name) for h in y.days if not h.is_holiday] == [
        (D(2027, 1, 31), "春节"), (D(2027, 2, 20), "春节"), (D(2027, 4, 25), "劳动节"),
        (D(2027, 9, 26), "国庆节、中秋节"), (D(2027, 10, 9), "国庆节、中秋节"),
    ]  # fmt: skip
    from cadredesk.core.compliance import Span, month_quota
    from cadredesk.services.onpost_base import holiday_set

    with ctx.db.reader() as s:
        days, sources = holiday_set(s, Span(D(2027, 1, 1), D(2027, 12, 31)))
    assert sources[2027] == "table"
    assert month_quota(2027, 2, days) == 15 and month_quota(2027, 10, days) == 14
    # a bad cell refuses the whole file and changes nothing
    bad = notice(tmp_path / "坏.xlsx", [("端午节", "6月某日", "", "")])
    with pytest.raises(ValidationError, match="无法识别"):
        holidays.import_holidays(ctx, bad, year=2027)
    assert holidays.list_holidays(ctx, 2027).holiday_count == 23
    weekday_work = notice(tmp_path / "错调休.xlsx", [("清明节", "4月3日至5日", "4月6日上班", "")])
    with pytest.raises(ValidationError, match="不是周六或周日"):
        holidays.import_holidays(ctx, weekday_work, year=2027)
    no_year = notice(tmp_path / "无年份.xlsx", [("元旦", "1月1日", "", "")], title="放假安排")
    with pytest.raises(ValidationError, match="请用 --year"):
        holidays.import_holidays(ctx, no_year)
    with ctx.db.reader() as s:
        assert s.scalar(select(Holiday.name).where(Holiday.day == D(2027, 10, 8))) == "国庆节、中秋节"
