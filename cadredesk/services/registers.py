"""The registers a clerk is asked for, kept across every batch, each exportable to Excel.

- cadres barred from promotion and until when (seed 002: 考核不称职的，3年内不予提拔使用 — the end-of-term
  evaluation's 不称职, 3 years from the day it was decided);
- cadres with at least one year of village service, with their periods (seed 002: 省、市机关遴选的公务员，
  原则上应有1年以上驻村蹲点工作经历; 提任时同等条件下优先使用有驻村蹲点工作经历的干部);
- units barred from award selections (seed 002: 对不能完成选派任务的单位，要取消该单位3年内参加县一级及以上
  党建工作先进单位和文明单位的评选资格 — 3 years from the batch's start).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cadredesk.core.enums import COUNTED_STATUSES, EvaluationKind, Grade, PlaceKind
from cadredesk.core.evaluation import (
    BAR_YEARS,
    ONE_YEAR_DAYS,
    barred_until,
    consequence,
    merged_days,
    span_text,
    unit_barred_until,
)
from cadredesk.core.models import Batch, Cadre, Dispatch, Evaluation, Place, Township, Unit, UnitQuota
from cadredesk.core.rules.campaign import QUOTA_CONSEQUENCE, quota_shortfalls
from cadredesk.errors import ValidationError
from cadredesk.services.context import Tx, command, query
from cadredesk.services.evaluation import SERVED, TERM_END

#: places whose service counts as 驻村（社区）experience; enterprises and project sites are linked, not lived in
VILLAGE_KINDS = (PlaceKind.VILLAGE.value, PlaceKind.COMMUNITY.value)
REGISTERS = {
    "barred": "不予提拔使用干部名册",
    "service": "驻村满一年干部名册",
    "units": "取消评先资格单位名册",
}


# ============================================================================================ barred cadres


@dataclass(frozen=True)
class BarredCadre:
    cadre_id: int
    name: str
    id_number: str
    unit: str
    place: str
    batch: str
    grade: str
    decided_on: dt.date
    until: dt.date
    running: bool  # the bar still runs on the register's date
    consequence: str

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "id_number": self.id_number,
            "unit": self.unit,
            "place": self.place,
            "batch": self.batch,
            "grade": self.grade,
            "decided_on": self.decided_on.isoformat(),
            "until": self.until.isoformat(),
            "running": self.running,
            "consequence": self.consequence,
        }


def barred_cadres_rows(s: Session, as_of: dt.date, include_ended: bool = False) -> list[BarredCadre]:
    du, cu = aliased(Unit), aliased(Unit)
    rows = s.execute(
        select(Cadre, Evaluation.decided_on, Batch.name, du.name, cu.name, Township.name, Place.name)
        .join(Dispatch, Dispatch.cadre_id == Cadre.id)
        .join(Evaluation, Evaluation.dispatch_id == Dispatch.id)
        .join(Batch, Batch.id == Dispatch.batch_id)
        .outerjoin(du, du.id == Dispatch.unit_id)
        .outerjoin(cu, cu.id == Cadre.unit_id)
        .outerjoin(Township, Township.id == Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
        .where(
            Evaluation.kind == TERM_END,
            Evaluation.grade == Grade.INCOMPETENT.value,
            Evaluation.decided_on.is_not(None),
            Evaluation.decided_on <= as_of,
        )
        .order_by(Evaluation.decided_on, Cadre.name_strokes, Cadre.id)
    ).all()
    out = []
    for c, decided, bname, dunit, cunit, tname, pname in rows:
        if decided is None:
            continue
        until = barred_until(decided)
        running = until >= as_of
        if running or include_ended:
            out.append(
                BarredCadre(
                    c.id, c.name, c.id_number, cunit or dunit or "", f"{tname or ''}{pname or ''}", bname,
                    Grade.INCOMPETENT.value, decided, until, running,
                    consequence(EvaluationKind.TERM_END.value, Grade.INCOMPETENT.value),
                )
            )  # fmt: skip
    return out


@query
def barred_cadres(tx: Tx, as_of: dt.date | None = None, include_ended: bool = False) -> list[BarredCadre]:
    """Cadres whose end-of-term evaluation was 不称职: 3年内不予提拔使用, with the last day of the bar."""
    return barred_cadres_rows(tx.session, as_of or tx.today(), include_ended)


@query
def promotion_bars(tx: Tx, cadre_ids: list[int] | None = None) -> dict[int, dt.date]:
    """Cadre id → the last day of a running promotion bar (for showing it wherever the cadre appears)."""
    out: dict[int, dt.date] = {}
    for row in barred_cadres_rows(tx.session, tx.today()):
        if cadre_ids is None or row.cadre_id in cadre_ids:
            out[row.cadre_id] = max(out.get(row.cadre_id, row.until), row.until)
    return out


# ============================================================================================ village service


@dataclass(frozen=True)
class ServicePeriod:
    start: dt.date
    end: dt.date
    place: str
    role: str
    batch: str
    status: str
    grade: str

    def text(self) -> str:
        extra = "，".join(x for x in (self.status, f"期满考核{self.grade}" if self.grade else "") if x)
        return f"{self.start:%Y.%m.%d}—{self.end:%Y.%m.%d} {self.place} {self.role}（{self.batch}，{extra}）"


@dataclass(frozen=True)
class ServiceRow:
    cadre_id: int
    name: str
    id_number: str
    unit: str
    days: int
    periods: tuple[ServicePeriod, ...]

    @property
    def duration(self) -> str:
        return f"{self.days} 天（约 {self.days / 365:.1f} 年）"

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "id_number": self.id_number,
            "unit": self.unit,
            "days": self.days,
            "periods": [
                {
                    "start": p.start.isoformat(),
                    "end": p.end.isoformat(),
                    "place": p.place,
                    "role": p.role,
                    "batch": p.batch,
                    "status": p.status,
                    "grade": p.grade,
                    "span": span_text(p.start, p.end),
                }
                for p in self.periods
            ],
        }


def service_rows(s: Session, as_of: dt.date, min_days: int = ONE_YEAR_DAYS) -> list[ServiceRow]:
    """Cadres whose village service (dispatches that went on post to a village or community, up to
    ``as_of``) adds up to at least ``min_days`` days, overlaps counted once."""
    grades = dict(
        s.execute(
            select(Evaluation.dispatch_id, Evaluation.grade).where(
                Evaluation.kind == TERM_END, Evaluation.grade.is_not(None)
            )
        ).all()
    )
    cu = aliased(Unit)
    periods: dict[int, list[ServicePeriod]] = defaultdict(list)
    info: dict[int, tuple[str, str, str, str]] = {}
    for d, c, unit, bname, tname, pname in s.execute(
        select(Dispatch, Cadre, cu.name, Batch.name, Township.name, Place.name)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .join(Batch, Batch.id == Dispatch.batch_id)
        .join(Place, Place.id == Dispatch.place_id)
        .outerjoin(Township, Township.id == Place.township_id)
        .outerjoin(cu, cu.id == Cadre.unit_id)
        .where(Dispatch.status.in_(SERVED), Place.kind.in_(VILLAGE_KINDS), Dispatch.start <= as_of)
        .order_by(Dispatch.start, Dispatch.id)
    ).all():
        end = min(d.end, as_of)
        if end < d.start:
            continue
        periods[c.id].append(
            ServicePeriod(
                d.start, end, f"{tname or ''}{pname or ''}", d.role, bname, d.status, grades.get(d.id) or ""
            )
        )
        info[c.id] = (c.name, c.id_number, unit or "", c.name_strokes)
    out = []
    for cid, ps in periods.items():
        days = merged_days((p.start, p.end) for p in ps)
        if days >= min_days:
            name, idn, unit, _strokes = info[cid]
            out.append(ServiceRow(cid, name, idn, unit, days, tuple(ps)))
    out.sort(key=lambda r: (info[r.cadre_id][3], r.name, r.cadre_id))
    return out


@query
def service_register(tx: Tx, as_of: dt.date | None = None, min_days: int = ONE_YEAR_DAYS) -> list[ServiceRow]:
    """Cadres with at least one year (365 days) of village service, with their periods."""
    if not 1 <= min_days <= 10000:
        raise ValidationError(f"天数应在 1 至 10000 之间，不是 {min_days}")
    return service_rows(tx.session, as_of or tx.today(), min_days)


# ============================================================================================ barred units


@dataclass(frozen=True)
class BarredUnit:
    unit_id: int
    unit: str
    batch: str
    quota: int
    sent: int
    since: dt.date
    until: dt.date
    running: bool
    consequence: str

    def to_json(self) -> dict[str, object]:
        return {
            "unit": self.unit,
            "batch": self.batch,
            "quota": self.quota,
            "sent": self.sent,
            "short": self.quota - self.sent,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "running": self.running,
        }


def barred_unit_rows(s: Session, as_of: dt.date, include_ended: bool = False) -> list[BarredUnit]:
    out: list[BarredUnit] = []
    units = dict(s.execute(select(Unit.id, Unit.name)).all())
    for b in s.scalars(select(Batch).where(Batch.start <= as_of).order_by(Batch.start, Batch.id)):
        quotas = dict(
            s.execute(select(UnitQuota.unit_id, UnitQuota.quota).where(UnitQuota.batch_id == b.id)).all()
        )
        if not quotas:
            continue
        sent: Counter[int | None] = Counter(
            s.scalars(
                select(Dispatch.unit_id).where(
                    Dispatch.batch_id == b.id, Dispatch.status.in_(COUNTED_STATUSES)
                )
            )
        )
        until = unit_barred_until(b.start)
        running = until >= as_of
        if not (running or include_ended):
            continue
        for uid, quota, n in sorted(quota_shortfalls(quotas, sent), key=lambda x: units.get(x[0], "")):
            out.append(
                BarredUnit(
                    uid,
                    units.get(uid, str(uid)),
                    b.name,
                    quota,
                    n,
                    b.start,
                    until,
                    running,
                    QUOTA_CONSEQUENCE,
                )
            )
    return out


@query
def barred_units(tx: Tx, as_of: dt.date | None = None, include_ended: bool = False) -> list[BarredUnit]:
    """Units that sent fewer cadres than their quota: no award selections for 3 years from the batch's start."""
    return barred_unit_rows(tx.session, as_of or tx.today(), include_ended)


# ============================================================================================ export


@dataclass(frozen=True)
class RegisterExport:
    path: Path
    rows: int


@command("register.export")
def export_register(
    tx: Tx, which: str, out: Path, as_of: dt.date | None = None, include_ended: bool = False
) -> RegisterExport:
    """Write one register to Excel (audited: personal data leaves the database)."""
    from cadredesk.io.ballot_sheets import RegisterColumn, write_register

    if which not in REGISTERS:
        raise ValidationError(f"名册只能是 {'、'.join(f'{k}（{v}）' for k, v in REGISTERS.items())}")
    s = tx.session
    day = as_of or tx.today()
    title = REGISTERS[which]
    C = RegisterColumn
    if which == "barred":
        brows = barred_cadres_rows(s, day, include_ended)
        columns = [C("序号", 6), C("姓名", 10), C("身份证号", 21, True), C("工作单位", 24), C("派驻地点", 22),
                   C("批次", 26), C("期满考核等次", 10), C("确定日期", 12), C("不予提拔使用至", 14), C("状态", 8),
                   C("依据", 30)]  # fmt: skip
        data = [
            [k, r.name, r.id_number, r.unit, r.place, r.batch, r.grade, r.decided_on, r.until,
             "期内" if r.running else "已期满", f"考核不称职的，{r.consequence}"]
            for k, r in enumerate(brows, start=1)
        ]  # fmt: skip
        subtitle = f"截至 {day:%Y年%m月%d日}；期满考核不称职的，自确定等次之日起{BAR_YEARS}年内不予提拔使用（选派工作讲话，seed 002）"
    elif which == "service":
        srows = service_rows(s, day)
        columns = [C("序号", 6), C("姓名", 10), C("身份证号", 21, True), C("现工作单位", 24), C("累计驻村时间", 18),
                   C("驻村经历", 70)]  # fmt: skip
        data = [
            [k, r.name, r.id_number, r.unit, r.duration, "\n".join(p.text() for p in r.periods)]
            for k, r in enumerate(srows, start=1)
        ]
        subtitle = f"截至 {day:%Y年%m月%d日}；驻村（社区）时间累计满 {ONE_YEAR_DAYS} 天（重叠不重复计算）"
    else:
        urows = barred_unit_rows(s, day, include_ended)
        columns = [C("序号", 6), C("单位", 28), C("批次", 26), C("应派", 7), C("实派", 7), C("缺派", 7),
                   C("自", 12), C("至", 12), C("状态", 8), C("依据", 60)]  # fmt: skip
        data = [
            [k, r.unit, r.batch, r.quota, r.sent, r.quota - r.sent, r.since, r.until,
             "期内" if r.running else "已期满", r.consequence]
            for k, r in enumerate(urows, start=1)
        ]  # fmt: skip
        subtitle = (
            f"截至 {day:%Y年%m月%d日}；未完成选派任务的单位，自该批次开始之日起{BAR_YEARS}年内取消评先资格"
        )
    write_register(out, title=title, subtitle=subtitle, columns=columns, rows=data)
    tx.audit(entity="register", entity_id=which, detail=f"{title} {len(data)} 行 → {out.name}")
    return RegisterExport(out, len(data))


__all__ = [
    "BarredCadre",
    "BarredUnit",
    "ServiceRow",
    "barred_cadres",
    "barred_units",
    "export_register",
    "promotion_bars",
    "service_register",
]
