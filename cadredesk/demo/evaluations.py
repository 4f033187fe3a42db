"""Assessment and care: the annual evaluation (年度考核), performance entries (实绩, 负面表现)
and care records (关心关爱)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from cadredesk.core.models import CareRecord, Evaluation, PerformanceEntry
from cadredesk.demo.context import Context
from cadredesk.demo.vocab import weighted

_ACHIEVEMENTS = (
    "协调资金{n}万元，硬化村内道路{m}公里",
    "引进特色种植项目，带动{k}户群众增收",
    "推动成立土地股份合作社，村集体增收{n}万元",
    "调解矛盾纠纷{k}起，化解信访积案{m}件",
    "争取上级资金{n}万元，新建文化广场一处",
    "帮助企业解决融资、用工等难题{k}项",
    "推动项目落地，完成投资{n}万元",
    "组织技能培训{k}场次，培训群众{m}0人次",
)
_NEGATIVES = (
    ("工作日抽查不在岗，未履行请假手续", Decimal("-3.0")),
    ("群众反映工作作风漂浮，走访不深入", Decimal("-2.0")),
    ("未按时报送工作台账，被通报提醒", Decimal("-1.0")),
)
_CARE_KINDS = (
    ("健康体检", "组织驻村干部参加年度健康体检。"),
    ("带薪休假", "安排驻村干部落实带薪年休假。"),
    ("心理疏导", "开展谈心谈话和心理疏导，缓解工作压力。"),
    ("家庭困难帮扶", "协调解决驻村干部子女入学问题。"),
    ("节日慰问", "春节前走访慰问驻村干部家属。"),
)


def write_evaluations(ctx: Context) -> None:
    """The annual evaluation of every dispatch on post on ``spec.eval_day`` for at least 90 days."""
    rng, s = ctx.rng, ctx.spec
    rows: list[dict[str, Any]] = []
    grades = (
        ("优秀", 18.0, (90.0, 97.0)),
        ("称职", 77.0, (78.0, 89.5)),
        ("基本称职", 4.0, (64.0, 76.0)),
        ("不称职", 1.0, (50.0, 59.0)),
    )
    opinions = {
        "优秀": "该同志驻村期间吃住在村，工作扎实，成效明显，群众认可度高。",
        "称职": "该同志能够按要求驻村开展工作，较好完成各项任务。",
        "基本称职": "该同志工作主动性不足，部分任务完成不到位，需进一步改进作风。",
        "不称职": "该同志驻村期间多次不在岗，工作成效差，群众反映较大。",
    }
    for d in ctx.disps:
        if not (d.start <= s.eval_day <= d.end) or d.start > s.eval_day - dt.timedelta(days=90):
            continue
        if not d.on_post:
            continue
        _g, _w, (lo, hi) = rng.choices(grades, weights=[g[1] for g in grades])[0]
        target = rng.uniform(lo, hi)
        parts = [min(100.0, max(40.0, target + rng.uniform(-4, 4))) for _ in range(4)]
        total = round(0.3 * parts[0] + 0.3 * parts[1] + 0.2 * parts[2] + 0.2 * parts[3], 1)
        grade = "优秀" if total >= 90 else "称职" if total >= 75 else "基本称职" if total >= 60 else "不称职"
        q = [Decimal(f"{p:.1f}") for p in parts]
        rows.append(
            ctx.versioned(
                dict(
                    id=ctx.new_id(Evaluation), dispatch_id=d.id, kind="年度考核", year=s.eval_year,
                    unit_score=q[0], org_score=q[1], township_score=q[2], democratic_score=q[3],
                    total_score=Decimal(f"{total:.1f}"), grade=grade,
                    summary="一年来，本人坚持吃住在村，走访农户，协助村“两委”谋划发展，办理群众急难愁盼问题。",
                    unit_opinion=opinions[grade], township_opinion=opinions[grade],
                    org_opinion=f"经考核，确定为“{grade}”等次。", decided_on=s.eval_day,
                )
            )
        )  # fmt: skip
    ctx.put(Evaluation, rows)


def write_performance_and_care(ctx: Context) -> None:
    """Achievement entries (0–3 each), a few negative entries and care records per dispatch."""
    rng = ctx.rng
    perf: list[dict[str, Any]] = []
    care: list[dict[str, Any]] = []
    for d in ctx.disps:
        last = min(d.end, ctx.today)
        for _ in range(weighted(rng, ((0, 20.0), (1, 40.0), (2, 30.0), (3, 10.0)))):
            text_ = rng.choice(_ACHIEVEMENTS).format(
                n=rng.randint(5, 120), m=rng.randint(1, 9), k=rng.randint(3, 60)
            )
            perf.append(
                dict(
                    id=ctx.new_id(PerformanceEntry), cadre_id=d.cadre_id, batch_id=ctx.batch_id, kind="实绩",
                    day=ctx.day_between(d.start, last), content=text_, score=Decimal(rng.randint(10, 50)) / 10,
                )
            )  # fmt: skip
        if ctx.chance(0.03):
            text_, score = rng.choice(_NEGATIVES)
            perf.append(
                dict(
                    id=ctx.new_id(PerformanceEntry), cadre_id=d.cadre_id, batch_id=ctx.batch_id, kind="负面表现",
                    day=ctx.day_between(d.start, last), content=text_, score=score,
                )
            )  # fmt: skip
        if ctx.chance(0.08):
            kind, content = rng.choice(_CARE_KINDS)
            care.append(
                dict(
                    id=ctx.new_id(CareRecord),
                    dispatch_id=d.id,
                    kind=kind,
                    day=ctx.day_between(d.start, last),
                    content=content,
                )
            )
    ctx.put(PerformanceEntry, perf)
    ctx.put(CareRecord, care)
