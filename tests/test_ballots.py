"""Democratic-evaluation ballots through the services, on a real database: printed with serials, tallied
by keyboard entry and from a clerk's workbook, voided, corrected; the tally feeds the evaluation.

Acceptance 3 of issue 11: every expected figure below is worked out by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from cadredesk.core.evaluation import DEFAULT_PARAMS, barred_until, format_serial, make_serial
from cadredesk.core.models import AuditEntry, Ballot, BallotMark, Evaluation
from cadredesk.errors import UserError, ValidationError
from cadredesk.services import ballots, evaluation, registers
from cadredesk.services.context import Context
from cadredesk.services.printing import PrintRequest, print_document
from tests.evaluation_data import TODAY, World, build


def _serials(w: World, place: str) -> list[str]:
    from cadredesk.core.models import Place

    with w.ctx.db.reader() as s:
        return list(
            s.scalars(
                select(Ballot.serial)
                .join(Place, Place.id == Ballot.place_id)
                .where(Place.name == place)
                .order_by(Ballot.serial)
            )
        )


def _audits(ctx: Context) -> int:
    with ctx.db.reader() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _marks(ctx: Context) -> list[tuple[str, int, str | None]]:
    with ctx.db.reader() as s:
        return [tuple(r) for r in s.execute(
            select(Ballot.serial, BallotMark.position, BallotMark.marks).join(Ballot).order_by(Ballot.serial, BallotMark.position)
        )]  # fmt: skip


def _evaluation(ctx: Context, dispatch_id: int) -> Evaluation:
    with ctx.db.reader() as s:
        ev = s.scalar(
            select(Evaluation).where(Evaluation.dispatch_id == dispatch_id, Evaluation.kind == "期满考核")
        )
        assert ev is not None
        s.expunge(ev)
        return ev


@pytest.fixture
def world(any_ctx: Context) -> World:
    w = build(any_ctx)
    # a small village: 3 valid ballots make a democratic result here
    view = evaluation.evaluation_params(w.ctx, w.batch)
    evaluation.save_params(w.ctx, w.batch, view.params.updated(min_valid_ballots=3))
    return w


def test_tally_rules_hand_checked(world: World, tmp_path: Path) -> None:
    w, ctx = world, world.ctx
    res = print_document(ctx, "ballots", PrintRequest(out=tmp_path / "票.pdf", place="一村", copies=5))
    assert res.pages == 3  # five ballots, two to a sheet
    s1, s2, s3, s4, s5 = serials = _serials(w, "一村")
    assert [s[:2] for s in serials] == ["26"] * 5 and len(set(serials)) == 5  # printed 2026-12-05
    view = ballots.ballot_sheet(ctx, s1)
    assert [(ln.position, ln.name, ln.role) for ln in view.lines] == [
        (1, "王喆堃", "第一书记"),
        (2, "李四", "队员"),
    ]
    assert view.place == "黄河口镇一村" and view.tallied_at is None

    # 王喆堃 then 李四, as the clerk types them
    ballots.tally_ballot(ctx, s1, "1 2")  # 优秀, 称职
    ballots.tally_ballot(ctx, s2, "22", voter_kind="群众代表")  # one digit each: 称职, 称职
    ballots.tally_ballot(ctx, s3, "0 4")  # nothing ticked for 王喆堃 (invalid for him only), 不称职
    r = ballots.tally_ballot(ctx, s4, "13 4")  # two boxes for 王喆堃 (invalid), 不称职
    assert (r.place_returned, r.place_issued) == (4, 5)
    # 王喆堃: valid S1 优秀, S2 称职 → 2 valid (< 3) → no democratic result; 1 blank, 1 several
    # 李四: 称职, 称职, 不称职, 不称职 → 4 valid; score (80 + 80 + 0 + 0) / 4 = 40.0; 不称职 2/4 > 1/3
    assert r.tallies[w.wang].votes.as_tuple() == (1, 1, 0, 0) and (
        r.tallies[w.wang].blank,
        r.tallies[w.wang].several,
    ) == (1, 1)
    assert r.tallies[w.li].votes.as_tuple() == (0, 2, 0, 2)
    wang, li = _evaluation(ctx, w.wang), _evaluation(ctx, w.li)
    assert (wang.votes_excellent, wang.votes_competent, wang.democratic_score, wang.democratic_source) == (
        1,
        1,
        None,
        "测评票",
    )
    assert (li.votes_competent, li.votes_incompetent, li.democratic_score) == (2, 2, D("40.0"))

    # refused, and nothing changes: a serial entered twice, a serial never printed, a mistyped serial,
    # the wrong number of choices, a choice that is not one
    before = (_marks(ctx), _audits(ctx))
    never = format_serial(make_serial(2026, 999))
    for serial, marks, key in (
        (s1, "1 1", "duplicate-serial"),
        (never, "1 1", "unknown-serial"),
        (s5[:-1] + str((int(s5[-1]) + 1) % 10), "1 1", "bad-serial"),
        (s5, "1", "bad-marks"),
        (s5, "1 7", "bad-marks"),
    ):
        with pytest.raises(UserError) as err:
            ballots.tally_ballot(ctx, serial, marks)
        assert err.value.key == key, (serial, err.value.message)
    assert (_marks(ctx), _audits(ctx)) == before
    with pytest.raises(UserError) as err:
        ballots.tally_ballot(ctx, s1, "1 1")
    assert "已于" in err.value.message and "同一编号不能重复录入" in err.value.message

    # a correction is allowed (and audited); a voided ballot no longer counts
    ballots.tally_ballot(ctx, s5, "1 1")  # 王喆堃 优秀 → 3 valid: (200 + 80) / 3 = 93.3
    assert _evaluation(ctx, w.wang).democratic_score == D("93.3")
    ballots.tally_ballot(ctx, s3, "2 2", correct=True)  # was "0 4": 王喆堃 称职, 李四 称职
    # 王喆堃 (2, 2, 0, 0) → (200 + 160) / 4 = 90.0; 李四 称职 ×3 (S1 S2 S3), 不称职 S4, 优秀 S5 → (100 + 240) / 5 = 68.0
    assert _evaluation(ctx, w.wang).democratic_score == D("90.0")
    assert _evaluation(ctx, w.li).democratic_score == D("68.0")
    ballots.void_ballot(ctx, s5, "票面书写了姓名")
    # S5 gone: 王喆堃 (1, 2, 0, 0) → 260 / 3 = 86.7; 李四 称职 ×3, 不称职 ×1 → 240 / 4 = 60.0, 1/4 not over 1/3
    assert _evaluation(ctx, w.wang).democratic_score == D("86.7")
    li = _evaluation(ctx, w.li)
    assert (li.votes_excellent, li.votes_competent, li.votes_incompetent, li.democratic_score) == (
        0,
        3,
        1,
        D("60.0"),
    )
    with pytest.raises(UserError) as err:
        ballots.tally_ballot(ctx, s5, "1 1", correct=True)
    assert err.value.key == "void"
    with ctx.db.reader() as s:
        details = [
            d
            for (d,) in s.execute(
                select(AuditEntry.detail).where(AuditEntry.action.like("ballot.%")).order_by(AuditEntry.id)
            )
        ]
    assert details[0].startswith(f"{s1[:2]}-{s1[2:8]}-{s1[8]} 黄河口镇一村：王喆堃 优秀，李四 称职")
    assert "（更正前：未勾选（无效），不称职）" in details[-2] and details[-1].startswith("作废 ")

    # parties 90 / 90 / 90 with 李四's votes: 27 + 27 + 18 + 0.2 × 60 = 84.0 → 称职
    for party in ("unit", "org", "township"):
        evaluation.save_party(
            ctx, evaluation.PartyForm(evaluation.EvaluationTarget(w.li, "期满考核", 2026), party, "90")
        )
    d = evaluation.decide_grade(
        ctx, evaluation.DecideForm(evaluation.EvaluationTarget(w.li, "期满考核", 2026))
    )
    assert (d.grade, d.total, d.barred_until) == ("称职", D("84.0"), None)
    # decided: its ballots can no longer change
    with pytest.raises(UserError) as err:
        ballots.tally_ballot(ctx, s4, "1 1", correct=True)
    assert err.value.key == "decided"


def test_incompetent_vote_share_decides_and_bars_promotion(world: World, tmp_path: Path) -> None:
    w, ctx = world, world.ctx
    print_document(ctx, "ballots", PrintRequest(out=tmp_path / "二村.pdf", place="黄河口镇二村", copies=6))
    serials = _serials(w, "二村")
    # 赵珺: 优秀, 优秀, 称职, 不称职, 不称职, 不称职 → 3 of 6 不称职 = 50% > 1/3
    for serial, mark in zip(serials, "112444", strict=True):
        ballots.tally_ballot(ctx, serial, mark)
    t = evaluation.EvaluationTarget(w.zhao, "期满考核", 2026)
    for party in ("unit", "org", "township"):
        evaluation.save_party(ctx, evaluation.PartyForm(t, party, "95"))
    # democratic (200 + 80) / 6 = 46.7; total 28.5 + 28.5 + 19 + 9.34 = 85.34 → 85.3 (称职 by the band)
    d = evaluation.decide_grade(ctx, evaluation.DecideForm(t))
    assert (d.grade, d.total) == ("不称职", D("85.3"))
    assert d.note == "民主测评“不称职”票 3 张，超过有效票（6 张）的三分之一，确定为不称职"
    assert d.consequence == "3年内不予提拔使用" and d.barred_until == dt.date(2029, 12, 4) == barred_until(
        TODAY
    )
    rows = registers.barred_cadres(ctx)
    assert [(r.name, r.until, r.running) for r in rows] == [("赵珺", dt.date(2029, 12, 4), True)]
    assert registers.barred_cadres(ctx.at(dt.date(2029, 12, 5))) == []
    assert len(registers.barred_cadres(ctx.at(dt.date(2029, 12, 5)), include_ended=True)) == 1
    assert registers.promotion_bars(ctx) == {rows[0].cadre_id: dt.date(2029, 12, 4)}


def test_import_is_all_or_nothing_then_skips_the_bad_rows(world: World, tmp_path: Path) -> None:
    w, ctx = world, world.ctx
    print_document(ctx, "ballots", PrintRequest(out=tmp_path / "票.pdf", copies=3))  # 一村 ×3, 二村 ×3
    one, two = _serials(w, "一村"), _serials(w, "二村")
    template = tmp_path / "录入表.xlsx"
    assert ballots.export_tally_sheet(ctx, template, w.batch).ballots == 6
    wb = openpyxl.load_workbook(template)
    ws = wb.active
    assert ws is not None
    assert [c.value for c in ws[3]][:7] == [
        "编号",
        "测评地点",
        "测评人身份",
        "第1人",
        "选择1",
        "第2人",
        "选择2",
    ]
    rows = {ws.cell(r, 1).value: r for r in range(4, ws.max_row + 1)}
    f = lambda s: f"{s[:2]}-{s[2:8]}-{s[8]}"  # noqa: E731 - as printed
    assert set(rows) == {f(s) for s in one + two}
    # typed as clerks type: numbers (stored as numbers), words, 0 for nothing ticked
    ws.cell(rows[f(one[0])], 5).value, ws.cell(rows[f(one[0])], 7).value = 1, "称职"
    ws.cell(rows[f(one[1])], 5).value, ws.cell(rows[f(one[1])], 7).value = "0", 4
    ws.cell(rows[f(one[1])], 3).value = "中共党员"
    ws.cell(rows[f(two[0])], 5).value = "2"
    ws.cell(rows[f(two[1])], 5).value = "5"  # not a choice
    ws.cell(rows[f(two[2])], 5).value = 3
    ws.cell(rows[f(two[2])], 4).value = "李四"  # the wrong name beside the choice: 二村's ballot has 赵珺
    # one[2] left empty: not returned; a row repeating a serial; a serial never printed
    ws.append([f(one[0]), "黄河口镇一村", None, "王喆堃", 2, "李四", 2])
    never = format_serial(make_serial(2026, 999))
    ws.append([never, "", None, "", 1])
    wb.save(template)

    before = (_marks(ctx), _audits(ctx))
    with pytest.raises(ValidationError) as err:
        ballots.import_tallies(ctx, template)
    report = err.value.result
    assert [(r["row"], r["serial"], r["reason"]) for r in report.rejected] == [
        (rows[f(two[1])], f(two[1]), f"测评票 {f(two[1])}：无法识别“5”：每名干部填 1 优秀、2 称职、3 基本称职、4 不称职，"
                                     "0 未勾选，9 多选（或多选的各项，如 13）"),
        (rows[f(two[2])], f(two[2]), "第 1 人应为赵珺（该编号的票上印的），表中写的是李四"),
        (ws.max_row - 1, f(one[0]), "与第 4 行的编号重复"),
        (ws.max_row, never, f"没有编号为 {never} 的测评票（本系统未印制过该编号），请核对票面编号"),
    ]  # fmt: skip
    assert report.warnings == [
        {"row": rows[f(one[2])], "message": f"编号 {f(one[2])} 未填写任何选择，视为未收回，已跳过"}
    ]
    assert err.value.message.startswith("“录入表.xlsx”工作表“测评票录入”有 4 行无法录入")
    assert (_marks(ctx), _audits(ctx)) == before  # all or nothing

    dry = ballots.import_tallies(ctx, template, skip_invalid=True, dry_run=True)
    assert dry.imported == 3 and (_marks(ctx), _audits(ctx)) == before
    done = ballots.import_tallies(ctx, template, skip_invalid=True)
    assert done.imported == 3 and len(done.rejected) == 4
    assert ballots.ballot_sheet(ctx, one[1]).voter_kind == "中共党员"
    progress = {p.place: p for p in ballots.ballot_progress(ctx, w.batch)}
    a, b = progress["黄河口镇一村"], progress["黄河口镇二村"]
    assert (a.issued, a.returned, b.issued, b.returned) == (3, 2, 3, 1)
    # 王喆堃: 优秀, (nothing) → 1 valid, 1 blank; 李四: 称职, 不称职; 赵珺: 称职
    assert [(c.name, c.tally.votes.as_tuple(), c.tally.blank, c.enough) for c in a.cadres] == [
        ("王喆堃", (1, 0, 0, 0), 1, False),
        ("李四", (0, 1, 0, 1), 0, False),
    ]
    assert [(c.name, c.tally.votes.as_tuple()) for c in b.cadres] == [("赵珺", (0, 1, 0, 0))]
    with ctx.db.reader() as s:
        assert s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "ballot.import")).startswith(
            "从“录入表.xlsx”导入测评票 3 张"
        )


def test_a_clerks_own_sheet_with_names_as_columns(world: World, tmp_path: Path) -> None:
    w, ctx = world, world.ctx
    print_document(ctx, "ballots", PrintRequest(out=tmp_path / "票.pdf", place="一村", copies=2))
    serials = _serials(w, "一村")
    path = tmp_path / "一村计票.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黄河口镇一村民主测评计票表"])
    ws.append([])
    ws.append(["序号", "编　号", "李四", "王喆堃"])  # names in another order than printed
    ws.append([1, f"{serials[0][:2]} {serials[0][2:8]} {serials[0][8]}", "不称职", "优秀"])
    ws.append([2, serials[1], "多选", "2"])
    ws.append(["合计", None, None, None])
    wb.save(path)
    report = ballots.import_tallies(ctx, path)
    assert report.imported == 2 and report.rejected == []
    assert [ln.marks for ln in ballots.ballot_sheet(ctx, serials[0]).lines] == ["1", "4"]
    assert [ln.marks for ln in ballots.ballot_sheet(ctx, serials[1]).lines] == ["2", "*"]


def test_serials_stay_unique_across_print_runs(world: World, tmp_path: Path) -> None:
    ctx = world.ctx
    print_document(ctx, "ballots", PrintRequest(out=tmp_path / "a.pdf", copies=2))
    print_document(ctx, "ballots", PrintRequest(out=tmp_path / "b.pdf", place="二村", copies=2))
    with ctx.db.reader() as s:
        serials = list(s.scalars(select(Ballot.serial).order_by(Ballot.id)))
    assert len(serials) == 6 == len(set(serials))
    assert [int(x[2:8]) for x in serials] == [1, 2, 3, 4, 5, 6]
    assert DEFAULT_PARAMS.ballots_per_place == 30
    res = print_document(ctx, "ballots", PrintRequest(out=tmp_path / "c.pdf", place="一村"))
    assert res.pages == 15  # the batch parameter: 30 ballots, two a sheet
    with pytest.raises(UserError) as err:
        print_document(ctx, "ballots", PrintRequest(out=tmp_path / "d.pdf", place="三村"))
    assert err.value.message == "批次“2025年度驻村蹲点”中没有名为“三村”且有干部需要测评的派驻点"
