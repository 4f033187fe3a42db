"""Reference data: dispatching units, townships, places (with their tags) and the batch."""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, select
from stdnum.cn import uscc

from cadredesk.core.enums import PlaceKind, PlaceTag
from cadredesk.core.models import Batch, BatchPlaceTag, Place, PlaceTagLink, Township, Unit
from cadredesk.demo.context import Context
from cadredesk.demo.people import COMMON_SURNAMES
from cadredesk.demo.plan import PlaceRec, TownRec, UnitRec
from cadredesk.demo.vocab import (
    BRANDS,
    COMMUNITY_SUFFIX,
    COMMUNITY_WORDS,
    COMPANY_FORMS,
    INDUSTRIES,
    LOCAL_UNITS,
    POST_RULES,
    PROJECTS,
    SOE_STEMS,
    SOE_TRADES,
    TOWN_STEMS,
    V_DIRS,
    V_SUFFIX,
    V_WORDS,
    cn_number,
    split,
)


def make_units(ctx: Context, unit_names: list[tuple[str, str | None]]) -> None:
    """Dispatching units, from (name, short name); a unit already in the database (same name) is
    used as it is."""
    table = cast(Table, Unit.__table__)
    existing = {
        r.name: r
        for r in ctx.conn.execute(select(table.c.id, table.c.name, table.c.head_name, table.c.deputy_name))
    }
    rows = []
    for name, short in unit_names:
        head_post, deputy_post, category = "主任", "副主任", "党政机关"
        if name.startswith(("团", "共青团")):
            head_post, deputy_post, category = "书记", "副书记", "群团组织"
        else:
            for suffix, head, deputy, cat in POST_RULES:
                if name.endswith(suffix):
                    head_post, deputy_post, category = head, deputy, cat
                    break
        head = ctx.people.name(ctx.chance(0.15))
        deputy = ctx.people.name(ctx.chance(0.3))
        weight = ctx.rng.uniform(0.4, 1.0) if category == "国有企业" else ctx.rng.uniform(0.6, 3.0)
        phone = ctx.people.office_phone()
        if name in existing:
            old = existing[name]
            ctx.units.append(
                UnitRec(old.id, name, category, old.head_name or head, old.deputy_name or deputy, weight)
            )
            continue
        unit = UnitRec(ctx.new_id(Unit), name, category, head, deputy, weight)
        ctx.units.append(unit)
        rows.append(
            ctx.versioned(
                dict(
                    id=unit.id,
                    name=name,
                    short_name=short,
                    category=category,
                    head_name=head,
                    head_post=("党组书记、" + head_post) if head_post.endswith("局长") else head_post,
                    deputy_name=deputy,
                    deputy_post=deputy_post,
                    contact_phone=phone,
                )
            )
        )
    ctx.put(Unit, rows)


def local_unit_names(level: str) -> list[tuple[str, str | None]]:
    """The departments of a 县, a 市 or a district (``level``) as (name, short name)."""
    out = []
    for template, short in LOCAL_UNITS:
        name = template.format(L=level)
        if template == "团{L}委" and len(level) > 1:
            name = f"共青团{level}委员会"
        out.append((name, short.format(L=level) if level in ("县", "市") else None))
    return out


def make_towns(ctx: Context, towns: list[tuple[str, str, str]]) -> None:
    """Townships from (kind 镇/乡/街道, county, county code), one each; names from shuffled stems."""
    stems = list(TOWN_STEMS)
    ctx.rng.shuffle(stems)
    rows = []
    seq_by_code: Counter[str] = Counter()
    for i, (kind, county, code) in enumerate(towns):
        stem = stems[i % len(stems)] + ("" if i < len(stems) else cn_number(i // len(stems) + 1))
        seq_by_code[code] += 1
        kind_digit = {"街道": 0, "镇": 1, "乡": 2}[kind]
        town = TownRec(
            ctx.new_id(Township),
            stem + kind,
            stem,
            kind,
            county,
            f"{code}{kind_digit}{seq_by_code[code]:02d}",
        )
        ctx.towns.append(town)
        rows.append(
            ctx.versioned(dict(id=town.id, name=town.name, code=town.code, county=county, sort_order=i + 1))
        )
    ctx.put(Township, rows)


def village_name(ctx: Context) -> str:
    """A Shandong-looking village name: 王庄村, 李家屯村, 前张集村, 新华村 …"""
    rng = ctx.rng
    s = rng.choice(COMMON_SURNAMES)
    r = rng.random()
    if r < 0.35:
        base = s + rng.choice(V_SUFFIX)
    elif r < 0.55:
        base = s + "家" + rng.choice("庄屯集洼岭寨")
    elif r < 0.75:
        base = rng.choice(V_DIRS) + s + rng.choice("庄家集屯")
    elif r < 0.9:
        base = rng.choice(V_WORDS)
    else:
        base = rng.choice(V_WORDS) + rng.choice("庄屯铺")
    return base + "村"


def enterprise_name(ctx: Context, prefix: str) -> str:
    """``prefix`` + brand + industry + company form, e.g. 东营恒丰化工有限公司."""
    rng = ctx.rng
    return prefix + rng.choice(BRANDS) + rng.choice(INDUSTRIES) + rng.choice(COMPANY_FORMS)


def make_places(
    ctx: Context, town: TownRec, kinds: list[PlaceKind], prefix: str, taken: set[str]
) -> list[PlaceRec]:
    """Places of one township, in order; ``taken`` keeps enterprise names unique region-wide."""
    rng = ctx.rng
    used: set[str] = set()
    out: list[PlaceRec] = []
    for kind in kinds:
        for _attempt in range(200):
            if kind is PlaceKind.VILLAGE:
                name = village_name(ctx)
            elif kind is PlaceKind.COMMUNITY:
                name = rng.choice(COMMUNITY_WORDS) + rng.choice(COMMUNITY_SUFFIX)
            elif kind is PlaceKind.ENTERPRISE:
                name = enterprise_name(ctx, prefix)
            else:
                name = rng.choice((town.stem, rng.choice(BRANDS))) + rng.choice(PROJECTS)
            if name not in used and name not in taken:
                break
        else:  # pragma: no cover - the pools are far larger than any township
            name = f"{name}（{len(used) + 1}）"
        used.add(name)
        if kind in (PlaceKind.ENTERPRISE, PlaceKind.PROJECT_SITE):
            taken.add(name)
        out.append(PlaceRec(ctx.new_id(Place), town, name, kind))
    ctx.places.extend(out)
    return out


def make_soes(ctx: Context, town: TownRec, n: int, taken: set[str]) -> list[PlaceRec]:
    """Provincial state enterprises (省管企业), listed under one township; ``taken`` as in
    ``make_places``."""
    rng = ctx.rng
    soes: list[PlaceRec] = []
    for _ in range(n):
        while True:
            name = "山东" + rng.choice(SOE_STEMS) + rng.choice(SOE_TRADES) + "集团有限公司"
            if name not in taken:
                break
        taken.add(name)
        soes.append(PlaceRec(ctx.new_id(Place), town, name, PlaceKind.ENTERPRISE))
    ctx.places.extend(soes)
    return soes


def villages_by_town(ctx: Context) -> dict[int, list[PlaceRec]]:
    """The planned villages per township id, in plan order."""
    out: dict[int, list[PlaceRec]] = defaultdict(list)
    for p in ctx.places:
        if p.kind is PlaceKind.VILLAGE:
            out[p.town.id].append(p)
    return out


def place_plan(
    ctx: Context, villages: int, communities: int, enterprises: int, sites: int, prefix: str
) -> None:
    """County and city: share the places out over the townships by kind (街道 get most
    communities), make, tag and write them."""
    rng = ctx.rng
    town_w = {"街道": (0.35, 4.0, 0.6, 0.8), "镇": (1.0, 0.6, 1.2, 1.0), "乡": (0.8, 0.1, 0.4, 0.6)}
    cols = [
        split(total, [town_w[t.kind][j] * rng.uniform(0.8, 1.2) for t in ctx.towns])
        for j, total in enumerate((villages, communities, enterprises, sites))
    ]
    taken: set[str] = set()
    for i, town in enumerate(ctx.towns):
        kinds = (
            [PlaceKind.COMMUNITY] * cols[1][i]
            + [PlaceKind.VILLAGE] * cols[0][i]
            + [PlaceKind.ENTERPRISE] * cols[2][i]
            + [PlaceKind.PROJECT_SITE] * cols[3][i]
        )
        made = make_places(ctx, town, kinds, prefix, taken)
        tag_villages(ctx, [p for p in made if p.kind is PlaceKind.VILLAGE])
        for p in made:
            if p.kind is PlaceKind.COMMUNITY and ctx.chance(0.1):
                p.tags.append(PlaceTag.WEAK_ORG.value)
    write_places(ctx)


def write_places(ctx: Context) -> None:
    """Write every planned place (codes, households, population) and its tags."""
    rows = []
    seq: Counter[tuple[int, PlaceKind]] = Counter()
    for i, p in enumerate(ctx.places):
        seq[(p.town.id, p.kind)] += 1
        n = seq[(p.town.id, p.kind)]
        households = population = None
        if p.kind is PlaceKind.VILLAGE:
            code: str | None = f"{p.town.code}2{n:02d}"
            households = ctx.rng.randint(120, 900)
            population = int(households * ctx.rng.uniform(2.6, 3.4))
        elif p.kind is PlaceKind.COMMUNITY:
            code = f"{p.town.code}0{n:02d}"
            households = ctx.rng.randint(1200, 6500)
            population = int(households * ctx.rng.uniform(2.5, 3.0))
        elif p.kind is PlaceKind.ENTERPRISE:
            body = f"91{p.town.code[:6]}{ctx.rng.randrange(10**9):09d}"
            code = body + uscc.calc_check_digit(body)
            population = ctx.rng.randint(40, 3000)  # employees
        else:
            code = f"XM{ctx.spec.start.year}{p.town.code[:6]}{n:03d}"
        rows.append(
            ctx.versioned(
                dict(
                    id=p.id,
                    township_id=p.town.id,
                    name=p.name,
                    kind=p.kind.value,
                    code=code,
                    households=households,
                    population=population,
                    sort_order=i + 1,
                    note=None,
                )
            )
        )
    ctx.put(Place, rows)
    tag_rows = [dict(place_id=p.id, tag=t) for p in ctx.places for t in p.tags]
    ctx.put(PlaceTagLink, tag_rows)


def write_batch_tags(ctx: Context) -> None:
    """The batch's own list of priority places: the places' tags as planned (no draws from the RNG)."""
    ctx.put(
        BatchPlaceTag, [dict(batch_id=ctx.batch_id, place_id=p.id, tag=t) for p in ctx.places for t in p.tags]
    )


def tag_villages(ctx: Context, villages: list[PlaceRec]) -> None:
    """Priority tags (软弱涣散, 集体经济薄弱 …), each with its own share of the villages."""
    shares = (
        (PlaceTag.WEAK_ORG, 0.12),
        (PlaceTag.WEAK_ECONOMY, 0.18),
        (PlaceTag.ELECTION_HARD, 0.10),
        (PlaceTag.OLD_REVOLUTIONARY, 0.15),
        (PlaceTag.ETHNIC_MINORITY, 0.10),
    )
    for p in villages:
        for tag, share in shares:
            if ctx.chance(share):
                p.tags.append(tag.value)


def make_batch(ctx: Context) -> None:
    """The campaign (选派批次) with the standard rules: 22 days a month, 250 a year …"""
    s = ctx.spec
    ctx.batch_id = ctx.new_id(Batch)
    row = dict(
        id=ctx.batch_id,
        name=s.batch_name,
        level=s.level.value,
        start=s.start,
        end=s.end,
        term_years=max(1, round((s.end - s.start).days / 365.25)),
        min_days_month=22,
        min_days_year=250,
        households_per_cadre=5,
        household_visits_per_year=4,
        deputy_visit_months=6,
        head_visits_per_term=1,
        training_required=True,
        min_reserve_share=Decimal("0.00"),
        note="演示数据：由 cadredesk-cli demo 随机生成，人员、身份证号均为虚构。",
    )
    ctx.put(Batch, [ctx.versioned(row)])
