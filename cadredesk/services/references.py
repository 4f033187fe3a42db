"""What refers to a record: the check before a record is deleted or an import undone.

Read from the schema itself (every foreign key of every table), so a table added by another area
is covered without a line here.  Rows that are part of the record and go with it (a place's tags,
a dispatch's status history …) are ``owned`` and do not block.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import Session

from cadredesk.core.models import Base

#: what a clerk calls the rows of a table
TABLE_LABELS: dict[str, str] = {
    "attendance": "考勤记录",
    "ballot": "测评票",
    "ballot_mark": "测评结果",
    "batch": "批次",
    "batch_finding": "检查结果",
    "batch_place_tag": "批次重点类别",
    "cadre": "干部",
    "care_record": "关心关爱记录",
    "dispatch": "派驻记录",
    "dispatch_event": "状态记录",
    "evaluation": "考核记录",
    "household": "联系户",
    "household_visit": "走访记录",
    "import_run": "导入记录",
    "leader_visit": "单位领导到村记录",
    "leave": "请假记录",
    "link": "联系记录",
    "link_project": "项目记录",
    "mentor": "帮带导师",
    "mentor_activity": "帮带活动",
    "mentor_pair": "传帮带结对",
    "performance_entry": "实绩和负面表现记录",
    "place": "派驻点",
    "place_tag": "重点类别",
    "problem": "问题台账",
    "problem_step": "问题办理记录",
    "rating": "评价记录",
    "team": "工作队",
    "township": "乡镇",
    "training_attendance": "培训记录",
    "training_course": "培训课程",
    "training_session": "培训班",
    "training_trainee": "培训学员名单",
    "unit": "派出单位",
    "unit_quota": "选派名额",
    "work_group": "工作小组",
    "work_group_place": "工作小组成员村",
}

#: rows that belong to the record they point at and are deleted with it (table → tables it owns)
OWNED: dict[str, frozenset[str]] = {
    "batch": frozenset({"batch_place_tag", "batch_finding", "unit_quota", "import_run"}),
    "place": frozenset({"place_tag", "batch_place_tag"}),
    "dispatch": frozenset({"dispatch_event"}),
    "cadre": frozenset(),
    "township": frozenset(),
    "unit": frozenset(),
}

_CHUNK = 500


def label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


@dataclass(frozen=True)
class Referrer:
    """Rows of ``table`` that point at some of the records: how many, and at which ones."""

    table: str
    count: int
    targets: frozenset[int]

    @property
    def label(self) -> str:
        return label(self.table)


def referrers(
    s: Session, table: str, ids: Iterable[int], *, deleting: Mapping[str, set[int]] | None = None
) -> list[Referrer]:
    """Rows of other tables whose foreign keys point at ``table`` rows ``ids``.

    Rows of tables ``table`` owns are left out, and so are rows that are themselves in ``deleting``
    (table → ids deleted in the same step, for tables with an ``id`` key)."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    deleting = deleting or {}
    owned = OWNED.get(table, frozenset())
    target = Base.metadata.tables[table]
    found: list[Referrer] = []
    for other in Base.metadata.sorted_tables:
        if other.name in owned:
            continue
        for fk in other.foreign_keys:
            if fk.column.table is not target:
                continue
            hits = _pointing(s, other, fk.parent, wanted, deleting.get(other.name, set()))
            if hits:
                found.append(Referrer(other.name, sum(hits.values()), frozenset(hits)))
    return found


def _pointing(
    s: Session, other: Table, column: ColumnElement[Any], ids: list[int], skip: set[int]
) -> dict[int, int]:
    """target id → number of ``other`` rows pointing at it (rows whose ``id`` is in ``skip`` excepted)."""
    counts: dict[int, int] = defaultdict(int)
    key = other.c.get("id")
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        cols: list[ColumnElement[Any]] = [column] if key is None else [column, key]
        for row in s.execute(select(*cols).where(column.in_(chunk))):
            if key is not None and row[1] in skip:
                continue
            counts[row[0]] += 1
    return dict(counts)


def describe(found: list[Referrer]) -> str:
    """“考勤记录 30 条、请假记录 2 条”."""
    return "、".join(f"{r.label} {r.count} 条" for r in found)
