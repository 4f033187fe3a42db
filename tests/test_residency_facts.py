"""The facts of the residency rules read from the database (``compliance.residency_facts``): the counts
the database makes in one statement (days in post and on leave per dispatch and month, per term year;
the last day entered per month), on SQLite and PostgreSQL.  Expected figures worked out by hand.
"""

from __future__ import annotations

import datetime as dt

from cadredesk.core.models import Attendance, Batch, Cadre, Dispatch
from cadredesk.services import compliance
from cadredesk.services.context import Context
from tests import onpost_data
from tests.factories import make_id

D = dt.date


def _dispatch(s: object, batch: Batch, k: int, start: dt.date, end: dt.date, status: str) -> int:
    cadre = Cadre(
        name=f"干部{k}",
        gender="男",
        id_number=make_id(D(1980, 1, 1 + k), seq=k),
        birth_date=D(1980, 1, 1 + k),
    )
    s.add(cadre)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    d = Dispatch(batch_id=batch.id, cadre_id=cadre.id, role="第一书记", start=start, end=end, status=status)
    s.add(d)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return d.id


def _marks(s: object, did: int, rows: dict[dt.date, str]) -> None:
    s.add_all([Attendance(dispatch_id=did, day=day, mark=mark) for day, mark in rows.items()])  # type: ignore[attr-defined]


def test_counts_of_a_term_starting_mid_month(any_ctx: Context) -> None:
    """A term from 15 December 2025 to 10 February 2027: its term years (15 Dec … 14 Dec, then
    15 Dec … 10 Feb) cut December 2026 in two; dispatches starting and ending mid-month; days outside a
    period; a dispatch never posted; another batch's sheets."""
    with any_ctx.db.session() as s:
        b = Batch(name="跨月批次", level="county", start=D(2025, 12, 15), end=D(2027, 2, 10), term_years=2)
        other = Batch(name="另一批次", level="county", start=D(2025, 12, 1), end=D(2026, 11, 30))
        s.add_all([b, other])
        s.flush()
        a = _dispatch(s, b, 1, D(2025, 12, 15), D(2027, 2, 10), "在岗")
        bb = _dispatch(s, b, 2, D(2026, 1, 10), D(2026, 12, 20), "期满")
        never = _dispatch(s, b, 3, D(2025, 12, 15), D(2027, 2, 10), "撤回")
        elsewhere = _dispatch(s, other, 4, D(2025, 12, 1), D(2026, 11, 30), "在岗")
        _marks(s, a, {
            D(2025, 12, 10): "在",  # before the period (and the term): not counted, but entered
            D(2025, 12, 20): "在",
            D(2026, 1, 5): "在", D(2026, 1, 6): "公", D(2026, 1, 7): "训",  # in post: 3
            D(2026, 1, 8): "事", D(2026, 1, 9): "病",  # leave: 2
            D(2026, 1, 10): "休", D(2026, 1, 31): "缺",  # neither, but entered through the 31st
            D(2026, 12, 10): "在",  # first term year
            D(2026, 12, 16): "在",  # second term year
            D(2027, 2, 10): "在",
            D(2027, 2, 11): "在",  # after the period and the term
        })  # fmt: skip
        _marks(s, bb, {
            D(2026, 1, 5): "在",  # before its start
            D(2026, 1, 10): "在", D(2026, 1, 11): "事",
            D(2026, 2, 1): "休",  # February entered, nothing to count
            D(2026, 12, 14): "在",  # first term year
            D(2026, 12, 15): "训",  # second term year
            D(2026, 12, 21): "在",  # after its end: not counted, but entered
        })  # fmt: skip
        _marks(s, never, {D(2026, 4, 30): "在"})  # April entered (by a dispatch never on post)
        _marks(s, elsewhere, {D(2026, 5, 31): "在"})  # another batch: May is not entered for this one
        batch_id = b.id
    with any_ctx.db.reader() as s:
        f = compliance.residency_facts(s, s.get(Batch, batch_id))
    assert {x.id for x in f.stays} == {a, bb}
    assert f.entered_through == {
        (2025, 12): D(2025, 12, 20),
        (2026, 1): D(2026, 1, 31),
        (2026, 2): D(2026, 2, 1),
        (2026, 4): D(2026, 4, 30),
        (2026, 12): D(2026, 12, 21),
        (2027, 2): D(2027, 2, 11),
    }
    assert f.month_counts == {
        (a, 2025, 12): (1, 0),
        (a, 2026, 1): (3, 2),
        (a, 2026, 12): (2, 0),
        (a, 2027, 2): (1, 0),
        (bb, 2026, 1): (1, 1),
        (bb, 2026, 12): (2, 0),
    }
    first, second = D(2025, 12, 15), D(2026, 12, 15)
    assert f.year_counts == {(a, first): 5, (a, second): 2, (bb, first): 2, (bb, second): 1}


def test_counts_of_a_term_of_whole_months(any_ctx: Context) -> None:
    """The county batch (1 December … 30 November): every dispatch gets its term year's count, zero
    included; a successor arriving on the 10th and a cadre leaving on the 20th count inside their
    periods only."""
    camp = onpost_data.build(any_ctx)
    zhang, li, liu = camp.did("张伟"), camp.did("李强"), camp.did("刘洋")
    with any_ctx.db.session() as s:
        _marks(s, zhang, {D(2026, 3, d): "在" for d in range(1, 32)})
        _marks(s, li, {D(2026, 3, d): ("在" if d % 2 else "病") for d in range(1, 32)})  # arrives on the 10th
        _marks(s, liu, {D(2026, 3, d): "公" for d in range(15, 26)})  # leaves on the 20th
    with any_ctx.db.reader() as s:
        f = compliance.residency_facts(s, s.get(Batch, camp.batch_id))
    assert f.entered_through == {(2026, 3): D(2026, 3, 31)}
    # 李强 from the 10th: odd days 11 … 31 in post (11), even days 10 … 30 sick (11)
    assert f.month_counts == {(zhang, 2026, 3): (31, 0), (li, 2026, 3): (11, 11), (liu, 2026, 3): (6, 0)}
    year = onpost_data.START
    assert f.year_counts == {(did, year): 0 for did, _idn in camp.people.values()} | {
        (zhang, year): 31,
        (li, year): 11,
        (liu, year): 6,
    }


def test_compliance_report_counts_inside_each_period(any_ctx: Context) -> None:
    """The report's days in post (one statement: each dispatch's days counted over its own key range),
    for a month and the term year, the whole batch and one township."""
    camp = onpost_data.build(any_ctx)
    zhang, li, liu = camp.did("张伟"), camp.did("李强"), camp.did("刘洋")
    with any_ctx.db.session() as s:
        _marks(
            s, zhang, {D(2026, 3, d): "在" for d in range(1, 32)} | {D(2026, 4, 1): "训", D(2026, 4, 2): "事"}
        )
        _marks(s, li, {D(2026, 3, d): ("在" if d % 2 else "病") for d in range(1, 32)})  # arrives on the 10th
        _marks(s, liu, {D(2026, 3, d): "公" for d in range(15, 26)})  # leaves on the 20th
    ctx = any_ctx.at(D(2026, 11, 20))
    march = compliance.compliance_report(ctx, camp.batch_id, month="2026-03")
    got = {r.dispatch_id: (r.days_in_post, r.first, r.last) for r in march.rows}
    assert got[zhang] == (31, D(2026, 3, 1), D(2026, 3, 31))
    assert got[li] == (11, D(2026, 3, 10), D(2026, 3, 31))
    assert got[liu] == (6, D(2026, 3, 1), D(2026, 3, 20))
    assert {did for did, (n, _f, _l) in got.items() if n == 0} == {
        did for did, _idn in camp.people.values() if did not in (zhang, li, liu)
    }
    assert march.warnings == []
    year = compliance.compliance_report(ctx, camp.batch_id, year=2026)
    assert {r.dispatch_id: r.days_in_post for r in year.rows if r.days_in_post} == {zhang: 32, li: 11, liu: 6}
    town = compliance.compliance_report(
        ctx, camp.batch_id, month="2026-03", township_id=camp.townships["永安镇"]
    )
    assert {r.dispatch_id: r.days_in_post for r in town.rows if r.days_in_post} == {liu: 6}
    may = compliance.compliance_report(ctx, camp.batch_id, month="2026-05")
    assert may.warnings == ["2026年5月尚无任何在岗考勤记录"]
