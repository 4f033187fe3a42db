"""The end of a term, tag history, stepping back and withdrawing — through the services, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cadredesk.core.enums import PlaceTag, Role
from cadredesk.core.models import AuditEntry, Batch, BatchFinding, Dispatch, DispatchEvent, Evaluation
from cadredesk.errors import ValidationError
from cadredesk.services import assignment, batches, cadres, checks, reference, term
from cadredesk.services.context import Context
from tests.factories import make_id


def _people(ctx: Context, n: int) -> list[int]:
    unit = reference.create_unit(ctx, "县财政局")
    return [
        cadres.save_cadre(
            ctx,
            cadres.CadreForm(
                name=f"期满{'甲乙丙丁戊己'[i]}", id_number=make_id(dt.date(1981 + i, 3, 1)), unit_id=unit
            ),
        )
        for i in range(n)
    ]


def _rules(ctx: Context, day: dt.date, batch: str | None = None) -> list[tuple[str, str, str]]:
    return [
        (v.rule, v.subject, v.severity) for v in checks.run_checks(ctx, batch=batch, as_of=day).violations
    ]


def _on_post(ctx: Context, dispatch_id: int) -> None:
    for _ in range(3):
        assignment.advance(ctx, dispatch_id, override_training=True, reason="培训班延期，先行到村")


def test_closing_a_batch_ends_the_term_and_frees_the_cadres(any_ctx: Context) -> None:
    ctx = any_ctx
    b = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻村")
    )
    t = reference.create_township(ctx, "垦利街道")
    villages = [reference.save_place(ctx, t, n) for n in ("东村", "西村", "南村")]
    c1, c2, c3 = _people(ctx, 3)
    d1 = assignment.assign(ctx, b.id, c1, place_id=villages[0], role=Role.FIRST_SECRETARY.value).dispatch_id
    d2 = assignment.assign(ctx, b.id, c2, place_id=villages[1], role=Role.MEMBER.value).dispatch_id
    d3 = assignment.assign(ctx, b.id, c3, place_id=villages[2], role=Role.MEMBER.value).dispatch_id
    _on_post(ctx, d1)
    _on_post(ctx, d2)  # d3 stays 推荐: it never went on post

    ended = [r for r in _rules(ctx, dt.date(2026, 12, 31)) if r[0] == "term-ended"]
    assert ended == []  # the last day of the term: not yet
    ended = [r for r in _rules(ctx, dt.date(2027, 1, 1)) if r[0] == "term-ended"]
    # in 姓氏笔画 order: 乙 (1 stroke), 丙 (5, first stroke 横), 甲 (5, first stroke 竖)
    assert [s for _r, s, _sv in ended] == [
        "2026年驻村 / 期满乙（垦利街道西村）", "2026年驻村 / 期满丙（垦利街道南村）", "2026年驻村 / 期满甲（垦利街道东村）",
    ]  # fmt: skip

    # closing: before the end it is refused; with a cadre never on post it is refused, naming them
    early = ctx.at(dt.date(2026, 12, 30))
    with pytest.raises(ValidationError, match="2026-12-31 才期满"):
        term.close_batch(early, "2026年驻村")
    late = ctx.at(dt.date(2027, 1, 5))
    with pytest.raises(ValidationError, match=r"期满丙（推荐）尚未到岗") as exc:
        term.close_batch(late, "2026年驻村")
    assert exc.value.key == "pending-dispatches"
    with ctx.db.session() as s:
        audits_before = s.scalar(select(func.count()).select_from(AuditEntry))

    result = term.close_batch(late, "2026年驻村", withdraw_pending=True)
    assert (result.closed_on, result.completed, result.withdrawn) == (dt.date(2026, 12, 31), 2, ["期满丙"])
    with ctx.db.session() as s:
        statuses = dict(s.execute(select(Dispatch.id, Dispatch.status)).all())
        assert statuses == {d1: "期满", d2: "期满", d3: "撤回"}
        assert (
            s.scalar(select(func.count()).select_from(AuditEntry)) == audits_before + 1
        )  # one step, audited once
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (
            last.action == "batch.close"
            and "2 人期满" in (last.detail or "")
            and "期满丙" in (last.detail or "")
        )
        assert s.scalar(select(func.count()).where(DispatchEvent.to_status == "期满")) == 2
        assert s.get(Batch, b.id).closed_on == dt.date(2026, 12, 31)  # type: ignore[union-attr]
    assert [r for r in _rules(ctx, dt.date(2027, 1, 5)) if r[0] == "term-ended"] == []
    assert batches.list_batches(ctx)[0].closed_on == dt.date(2026, 12, 31)

    # the closed batch is final; its cadres can go out again in the next batch
    with pytest.raises(ValidationError, match="已于 2026-12-31 结束"):
        term.close_batch(late, "2026年驻村")
    with pytest.raises(ValidationError, match="已于 2026-12-31 结束"):
        assignment.step_back(ctx, d1, reason="误操作")
    nxt = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2027, 1, 1), name="2027年驻村")
    )
    again = assignment.assign(ctx, nxt.id, c1, place_id=villages[0], role=Role.FIRST_SECRETARY.value)
    assert again.dispatch_id

    # the evaluations due: the two who served their term, until one is recorded
    due = term.evaluations_due(ctx)
    assert [(e.name, e.place, e.end) for e in due] == [
        ("期满乙", "西村", dt.date(2026, 12, 31)),
        ("期满甲", "东村", dt.date(2026, 12, 31)),
    ]
    with ctx.db.session() as s:
        s.add(Evaluation(dispatch_id=d1, kind="期满考核", year=2026, grade="优秀"))
        s.commit()
    assert [e.name for e in term.evaluations_due(ctx, "2026年驻村")] == ["期满乙"]


def test_a_closed_batch_keeps_its_findings_and_tag_history(any_ctx: Context) -> None:
    """Next year's priority list never changes an earlier batch's findings; a closed batch's are frozen."""
    ctx = any_ctx
    t = reference.create_township(ctx, "永安镇")
    weak = reference.save_place(
        ctx, t, "前进村", tags=[PlaceTag.WEAK_ORG.value]
    )  # no batch yet: current tags
    plain = reference.save_place(ctx, t, "红星村")
    b26 = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻村")
    )
    day = dt.date(2026, 6, 1)
    uncovered = [(r, s, sv) for r, s, sv in _rules(ctx, day, "2026年驻村") if r == "priority-uncovered"]
    assert uncovered == [
        ("priority-uncovered", "2026年驻村 / 永安镇前进村", "error")
    ]  # the batch took the list

    # the 2027 list: 红星村 becomes 经济薄弱, 前进村 is no longer weak — for the 2027 batch only
    b27 = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2027, 1, 1), name="2027年驻村")
    )
    reference.save_place(
        ctx, t, "红星村", tags=[PlaceTag.WEAK_ECONOMY.value], place_id=plain, batch_id=b27.id
    )
    reference.save_place(ctx, t, "前进村", tags=[], place_id=weak, batch_id=b27.id)
    assert [s for r, s, _sv in _rules(ctx, day, "2026年驻村") if r == "priority-uncovered"] == [
        "2026年驻村 / 永安镇前进村"
    ]
    assert [
        s for r, s, _sv in _rules(ctx, dt.date(2027, 6, 1), "2027年驻村") if r == "priority-uncovered"
    ] == ["2027年驻村 / 永安镇红星村"]
    # a single edit without naming a batch goes to the newest open batch (2027) and the current tags
    reference.save_place(
        ctx, t, "红星村", tags=[PlaceTag.WEAK_ECONOMY.value, PlaceTag.OLD_REVOLUTIONARY.value], place_id=plain
    )
    assert reference.batch_tags_of(ctx, b27.id)[plain] == ("经济薄弱", "革命老区")
    assert reference.batch_tags_of(ctx, b26.id) == {weak: ("软弱涣散",)}

    # 2026 closes with its one finding frozen; later changes to places do not move it
    term.close_batch(ctx.at(dt.date(2027, 1, 2)), "2026年驻村")
    frozen = checks.run_checks(ctx, batch="2026年驻村", as_of=dt.date(2027, 3, 1)).violations
    assert [(v.rule, v.subject, v.target) for v in frozen] == [
        ("priority-uncovered", "2026年驻村 / 永安镇前进村", ("place", weak))
    ]
    with pytest.raises(ValidationError, match="重点村名单不能再修改"):
        reference.save_place(ctx, t, "前进村", tags=[], place_id=weak, batch_id=b26.id)
    with ctx.db.session() as s:
        assert s.scalar(select(func.count()).select_from(BatchFinding)) == 1


def test_step_back_and_withdraw(ctx: Context) -> None:
    b = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻村")
    )
    t = reference.create_township(ctx, "垦利街道")
    v = reference.save_place(ctx, t, "东村")
    c1, c2 = _people(ctx, 2)
    d1 = assignment.assign(ctx, b.id, c1, place_id=v, role=Role.MEMBER.value).dispatch_id
    d2 = assignment.assign(ctx, b.id, c2, place_id=v, role=Role.MEMBER.value).dispatch_id
    assignment.advance(ctx, d1)  # 推荐 → 审核
    with pytest.raises(ValidationError, match="须注明原因"):
        assignment.step_back(ctx, d1, reason=" ")
    assignment.step_back(ctx, d1, reason="审核材料不全，退回补充")
    with pytest.raises(ValidationError, match="不能退回"):
        assignment.step_back(ctx, d1, reason="再退")  # 推荐 has no step before it
    # 撤回推荐 before training; once in training it is a recall
    assignment.advance(ctx, d2)
    assignment.advance(ctx, d2)  # 培训
    with pytest.raises(ValidationError, match="请使用“召回”"):
        assignment.withdraw(ctx, d2, reason="本人身体原因")
    assignment.withdraw(ctx, d1, reason="单位工作调整，另行推荐")
    assert assignment.find_dispatch(ctx, _id_of(ctx, c1)) == d1
    with ctx.db.session() as s:
        d = s.get(Dispatch, d1)
        assert d is not None and d.status == "撤回" and d.status_reason == "单位工作调整，另行推荐"
        events = [(e.from_status, e.to_status, e.reason) for e in s.scalars(
            select(DispatchEvent).where(DispatchEvent.dispatch_id == d1).order_by(DispatchEvent.id))]  # fmt: skip
        assert events == [
            (None, "推荐", None), ("推荐", "审核", None), ("审核", "推荐", "退回：审核材料不全，退回补充"),
            ("推荐", "撤回", "单位工作调整，另行推荐"),
        ]  # fmt: skip
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions.count("dispatch.back") == 1 and actions.count("dispatch.withdraw") == 1
    # a withdrawn nomination frees the cadre and counts for no quota
    other = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 3, 1), name="2026年补派")
    )
    assert assignment.assign(ctx, other.id, c1, place_id=v, role=Role.MEMBER.value).dispatch_id


def _id_of(ctx: Context, cadre_id: int) -> str:
    return cadres.get_cadre(ctx, cadre_id).id_number
