"""Cadres: one row per dispatched cadre (name, ID number, political status, education, post)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cadredesk.core import names
from cadredesk.core.models import Cadre
from cadredesk.demo.context import Context
from cadredesk.demo.people import COMPOUND_SURNAMES, HETERONYM_SURNAMES, RARE_CHARS, RARE_FEMALE
from cadredesk.demo.plan import UnitRec
from cadredesk.demo.vocab import weighted

_ETHNICITIES = (("汉族", 96.0), ("回族", 2.0), ("满族", 1.2), ("蒙古族", 0.8))
_POLITICAL = (
    ("中共党员", 88.0),
    ("中共预备党员", 3.0),
    ("共青团员", 3.0),
    ("民主党派", 1.5),
    ("无党派人士", 1.5),
    ("群众", 3.0),
)
_EDUCATION = (("研究生", 16.0), ("大学", 66.0), ("大专", 13.0), ("中专", 3.0), ("高中", 2.0))
_DEGREE = {"研究生": "硕士", "大学": "学士"}


class CadreMaker:
    """Cadre rows for one run's dispatches, in order; ``n_slots`` of them (the run's dispatches)
    get the rare characters, compound and heteronym surnames that every scale must show."""

    def __init__(self, ctx: Context, n_slots: int) -> None:
        self.ctx = ctx
        self.seq = 0
        self.strokes_ok = True
        forced = [*RARE_CHARS, *COMPOUND_SURNAMES, *HETERONYM_SURNAMES]
        picks = ctx.rng.sample(range(n_slots), len(forced))
        self.force = dict(zip(picks, forced, strict=True))

    def stroke_key(self, name: str) -> str:
        """``names.stroke_key``, or "" for the whole run when the stroke table is missing."""
        if not self.strokes_ok:
            return ""
        try:
            return names.stroke_key(name)
        except ImportError:  # cadredesk.core.strokes not there yet
            self.strokes_ok = False
            return ""

    def row(self, unit: UnitRec, senior: bool) -> tuple[dict[str, Any], bool]:
        """One cadre of ``unit``; returns the row and whether the cadre is a Party member."""
        ctx = self.ctx
        rng, s = ctx.rng, ctx.spec
        k = self.seq
        self.seq += 1
        force = self.force.get(k)
        female = ctx.chance(0.2 if senior else 0.34)
        if force is not None and force in RARE_CHARS:
            female = force in RARE_FEMALE
        name = ctx.people.name(female, force)
        if senior:
            age = rng.randint(38, 53)
        else:
            age = weighted(
                rng, ((rng.randint(25, 34), 55.0), (rng.randint(35, 44), 33.0), (rng.randint(45, 54), 12.0))
            )
        birth = dt.date(s.start.year - age - 1, 1, 1) + dt.timedelta(days=rng.randrange(365))
        political = "中共党员" if senior else weighted(rng, _POLITICAL)
        if age >= 40 and political == "共青团员":
            political = "中共党员"
        party = political in ("中共党员", "中共预备党员")
        join = None
        if political == "中共党员":
            join = ctx.day_between(
                dt.date(birth.year + 19, 1, 1),
                min(dt.date(birth.year + 38, 12, 31), s.start - dt.timedelta(days=400)),
                False,
            )
        elif political == "中共预备党员":
            join = ctx.day_between(s.start - dt.timedelta(days=330), s.start - dt.timedelta(days=30), False)
        education = "研究生" if senior and ctx.chance(0.5) else weighted(rng, _EDUCATION)
        degree = _DEGREE.get(education)
        if education == "研究生" and ctx.chance(0.06):
            degree = "博士"
        work_start = dt.date(
            birth.year + {"研究生": 25, "大学": 22, "大专": 21}.get(education, 19), rng.choice((7, 8, 9)), 1
        )
        post, rank = self.post_rank(unit, senior, age)
        row = ctx.versioned(
            dict(
                id=ctx.new_id(Cadre),
                name=name,
                gender="女" if female else "男",
                ethnicity=weighted(rng, _ETHNICITIES),
                id_number=ctx.people.id_number(birth, female),
                birth_date=birth,
                political_status=political,
                party_join_date=join,
                work_start_date=work_start,
                education=education,
                degree=degree,
                unit_id=unit.id,
                post=post,
                rank=rank,
                is_reserve=ctx.chance(0.45 if senior else 0.3),
                has_grassroots_exp=ctx.chance(0.6 if senior else 0.35),
                phone=ctx.people.phone(),
                note=None,
                name_initials=names.initials_index(name),
                name_strokes=self.stroke_key(name),
            )
        )
        return row, party

    def post_rank(self, unit: UnitRec, senior: bool, age: int) -> tuple[str, str | None]:
        """Post and rank (职级) by scale, unit category, seniority and age."""
        rng, scale = self.ctx.rng, self.ctx.spec.scale
        if scale == "province":
            if senior:
                return rng.choice(
                    ("副厅长", "副主任", "党组成员、副厅长", "一级巡视员", "副局长")
                ), rng.choice(("一级巡视员", "二级巡视员"))
            if age >= 38:
                return rng.choice(("处长", "副处长", "调研员")), rng.choice(
                    ("一级调研员", "二级调研员", "三级调研员")
                )
            return rng.choice(("主任科员", "副处长", "科员")), rng.choice(
                ("四级调研员", "一级主任科员", "二级主任科员", "四级主任科员")
            )
        if unit.category == "国有企业":
            if senior:
                return "副总经理", None
            return rng.choice(("部门经理", "部门副经理", "业务主管", "职员")), None
        if unit.category == "事业单位":
            if senior:
                return rng.choice(("副主任", "副院长", "副校长")), "管理六级"
            if age >= 38:
                return rng.choice(("科长", "办公室主任", "副科长")), rng.choice(("管理七级", "管理八级"))
            return rng.choice(("科员", "干事", "副科长")), rng.choice(
                ("管理九级", "专业技术十级", "专业技术十二级")
            )
        office = rng.choice(
            ("办公室", "综合科", "政策法规科", "业务科", "人事科", "财务科", "规划科", "督查科")
        )
        if senior:
            return rng.choice(("副局长", "副主任", "党组成员", "副部长")), rng.choice(
                ("四级调研员", "一级主任科员", "二级主任科员")
            )
        if age >= 40:
            return office + rng.choice(("科长", "主任")), rng.choice(
                ("二级主任科员", "三级主任科员", "一级主任科员")
            )
        if age >= 32:
            return office + rng.choice(("副科长", "副主任", "科员")), rng.choice(
                ("四级主任科员", "三级主任科员", "一级科员")
            )
        return office + "科员", rng.choice(("一级科员", "二级科员", "一级科员"))
