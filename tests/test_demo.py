"""Demo data generator: realistic, valid, deterministic, refuses a non-empty database.

County scale runs on a real SQLite file (about a second); the province scale also runs on
PostgreSQL when CI provides one (``any_db``).  The city scale is left to benchmarks/bench_demo.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import chinese_calendar
import pytest
from sqlalchemy import func, select
from stdnum.cn import ric

from cadredesk import demo
from cadredesk.core.enums import AttendanceMark, DispatchStatus, PlaceKind, PlaceTag, Role, TeamKind
from cadredesk.core.models import (
    Attendance,
    AuditEntry,
    Base,
    Batch,
    Cadre,
    Dispatch,
    Leave,
    Place,
    PlaceTagLink,
    Team,
    Township,
    Unit,
    UnitQuota,
    WorkGroupPlace,
)
from cadredesk.demo.vocab import LOCAL_UNITS
from cadredesk.errors import DatabaseNotEmpty, ValidationError
from cadredesk.services.training import training_facts
from cadredesk.storage.engine import Database
from tests.factories import fresh_sqlite, generate


def _fresh(path: Path) -> Database:
    return fresh_sqlite(path)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, demo.DemoSummary]]:
    db = _fresh(tmp_path_factory.mktemp("demo") / "县级演示.sqlite")
    summary = generate(db, "county", seed=7)
    yield db, summary
    db.close()


def _cadre_list(db: Database) -> list[tuple[str, str]]:
    with db.reader() as s:
        return [tuple(r) for r in s.execute(select(Cadre.name, Cadre.id_number).order_by(Cadre.id))]  # type: ignore[misc]


def _attendance_digest(db: Database) -> str:
    h = hashlib.sha256()
    with db.reader() as s:
        rows = s.execute(
            select(Attendance.dispatch_id, Attendance.day, Attendance.mark).order_by(
                Attendance.dispatch_id, Attendance.day
            )
        )
        for did, day, mark in rows:
            h.update(f"{did}|{day}|{mark};".encode())
    return h.hexdigest()


def _database_digest(db: Database) -> str:
    """Every row of every table but the audit log and its head (whose timestamps are the real clock's)."""
    h = hashlib.sha256()
    with db.reader() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in ("audit_log", "audit_state"):
                continue
            h.update(table.name.encode())
            for row in s.execute(select(table).order_by(*table.primary_key.columns)):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


# --------------------------------------------------------------------------- county: counts and validity


def test_county_counts(county: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = county
    with db.reader() as s:
        n_cadres = s.scalar(select(func.count()).select_from(Cadre))
        n_towns = s.scalar(select(func.count()).select_from(Township))
        kinds = dict(s.execute(select(Place.kind, func.count()).group_by(Place.kind)).all())
        n_units = s.scalar(select(func.count()).select_from(Unit))
        batch = s.scalars(select(Batch)).one()
        undispatched = s.scalar(select(func.count()).select_from(Cadre).where(~Cadre.dispatches.any()))
        n_attendance = s.scalar(select(func.count()).select_from(Attendance))
        audit = s.execute(select(AuditEntry.action, AuditEntry.detail)).all()
    assert n_cadres is not None and n_cadres >= 250
    assert summary.cadres == n_cadres and summary.attendance == n_attendance
    assert undispatched == 0, "every demo cadre is dispatched"
    assert 15 <= (n_towns or 0) <= 25
    assert 200 <= sum(kinds.values()) <= 300
    assert set(kinds) == {k.value for k in PlaceKind}
    assert 30 <= (n_units or 0) <= 60
    assert (batch.level, batch.start, batch.end, batch.term_years) == (
        "county",
        dt.date(2025, 12, 1),
        dt.date(2026, 11, 30),
        1,
    )
    # a year of daily attendance, Dec 2025 up to 2026-11-20, for about 300 dispatches
    assert (n_attendance or 0) > 250 * 300
    assert audit == [("demo", "scale=county seed=7")]


def test_county_id_numbers_are_valid_and_match_the_cadre(county: tuple[Database, demo.DemoSummary]) -> None:
    db, _summary = county
    with db.reader() as s:
        rows = s.execute(select(Cadre.name, Cadre.id_number, Cadre.birth_date, Cadre.gender)).all()
    ids = [r.id_number for r in rows]
    assert len(set(ids)) == len(ids)
    for name, number, birth, gender in rows:
        assert ric.validate(number) == number, name
        assert ric.get_birth_date(number) == birth, name
        assert gender == ("男" if int(number[16]) % 2 else "女"), name
        age = (dt.date(2025, 12, 1) - birth).days / 365.25
        assert 25 <= age <= 56, (name, birth)


def test_county_names_include_rare_characters_and_tricky_surnames(
    county: tuple[Database, demo.DemoSummary],
) -> None:
    db, _summary = county
    with db.reader() as s:
        rows = s.execute(select(Cadre.name, Cadre.name_initials)).all()
    joined = "".join(r.name for r in rows)
    assert set(demo.RARE_CHARS) <= set(joined), set(demo.RARE_CHARS) - set(joined)
    assert any(r.name.startswith(demo.COMPOUND_SURNAMES) for r in rows)
    heteronym = [r for r in rows if r.name[:1] in demo.HETERONYM_SURNAMES]
    assert heteronym
    assert all(r.name_initials for r in rows)
    # 单 is read shan as a surname: that reading is indexed too (names.initials_index)
    for r in heteronym:
        if r.name.startswith("单"):
            assert any(v.startswith("s") for v in r.name_initials.split())
    # surnames are weighted by frequency: the commonest few dominate, as in real rosters
    top = Counter(r.name[:1] for r in rows).most_common(1)[0][0]
    assert top in "王李张刘陈"


def test_county_campaign_shape(county: tuple[Database, demo.DemoSummary]) -> None:
    db, _summary = county
    with db.reader() as s:
        roles = Counter(s.scalars(select(Dispatch.role)))
        statuses = Counter(s.scalars(select(Dispatch.status)))
        ended = s.execute(
            select(Dispatch.status_reason, Dispatch.replaced_by_id).where(
                Dispatch.status.in_([DispatchStatus.RECALLED.value, DispatchStatus.ROTATED.value])
            )
        ).all()
        reserve_flags = list(s.scalars(select(Cadre.is_reserve)))
        ethnic = Counter(s.scalars(select(Cadre.ethnicity)))
        first_secretary_places = set(
            s.scalars(
                select(Place.kind)
                .join(Dispatch, Dispatch.place_id == Place.id)
                .where(Dispatch.role == Role.FIRST_SECRETARY.value)
            )
        )
        grouped = s.execute(
            select(WorkGroupPlace.work_group_id, func.count()).group_by(WorkGroupPlace.work_group_id)
        ).all()
    assert roles[Role.FIRST_SECRETARY.value] > 150 and roles[Role.MEMBER.value] > 50
    assert roles[Role.TOWNSHIP_LEAD.value] >= 15
    assert first_secretary_places == {PlaceKind.VILLAGE.value}
    assert statuses[DispatchStatus.ON_POST.value] > 0.9 * sum(statuses.values())
    assert ended and all(reason and replaced for reason, replaced in ended)
    assert 0.2 <= sum(reserve_flags) / len(reserve_flags) <= 0.4
    assert ethnic.most_common(1)[0][0] == "汉族" and len(ethnic) >= 3
    assert grouped and all(2 <= n <= 3 for _g, n in grouped)


def test_county_attendance_and_leave_agree(county: tuple[Database, demo.DemoSummary]) -> None:
    db, _summary = county
    with db.reader() as s:
        leave_days: set[tuple[int, dt.date]] = set()
        approved = Leave.status.in_(("已批准", "已销假"))  # a request still waiting marks nothing
        for did, start, end in s.execute(select(Leave.dispatch_id, Leave.start, Leave.end).where(approved)):
            day = start
            while day <= end:
                leave_days.add((did, day))
                day += dt.timedelta(days=1)
        marked = set(
            s.execute(
                select(Attendance.dispatch_id, Attendance.day).where(
                    Attendance.mark.in_([m.value for m in AttendanceMark if m.is_leave])
                )
            ).all()
        )
        per_month: dict[tuple[int, str], int] = defaultdict(int)
        days_seen: dict[tuple[int, str], int] = defaultdict(int)
        weekend: Counter[str] = Counter()
        for did, day, mark in s.execute(select(Attendance.dispatch_id, Attendance.day, Attendance.mark)):
            key = (did, f"{day:%Y-%m}")
            days_seen[key] += 1
            if AttendanceMark(mark).counts_in_post:
                per_month[key] += 1
            if not chinese_calendar.is_workday(day):  # weekends and statutory holidays
                weekend[mark] += 1
        last_day = s.scalar(select(func.max(Attendance.day)))
    assert leave_days and leave_days == marked
    assert last_day == dt.date(2026, 11, 20)
    full = [
        n
        for (_did, month), n in per_month.items()
        if days_seen[(_did, month)] == calendar.monthrange(*map(int, month.split("-")))[1]
    ]
    typical = sum(1 for n in full if 22 <= n <= 26) / len(full)
    assert typical > 0.6, typical  # months with statutory holidays run lower; a few are planted under 22
    assert sum(1 for n in full if n < 22) > 0
    assert weekend[AttendanceMark.REST.value] > 0.5 * sum(weekend.values())


def test_county_plants_rule_violations(county: tuple[Database, demo.DemoSummary]) -> None:
    """``check`` must have something to say: each planted violation is really in the data."""
    db, summary = county
    active = [s.value for s in DispatchStatus if s.active]
    with db.reader() as s:
        covered = set(s.scalars(select(Dispatch.place_id).where(Dispatch.status.in_(active))))
        weak = set(
            s.scalars(select(PlaceTagLink.place_id).where(PlaceTagLink.tag == PlaceTag.WEAK_ORG.value))
        )
        leads = Counter(
            s.scalars(
                select(Dispatch.township_id).where(
                    Dispatch.role == Role.TOWNSHIP_LEAD.value, Dispatch.status.in_(active)
                )
            )
        )
        towns = set(s.scalars(select(Township.id)))
        sent = Counter(s.scalars(select(Dispatch.unit_id).where(Dispatch.status.in_(active))))
        quotas = dict(s.execute(select(UnitQuota.unit_id, UnitQuota.quota)).all())
        batch = s.scalars(select(Batch)).one()
        facts = training_facts(s, batch)
        on_post = s.scalars(select(Dispatch.id).where(Dispatch.status == DispatchStatus.ON_POST.value)).all()
        untrained = sum(1 for d in on_post if not facts.of(d).complete)
    assert len(weak - covered) == 1
    assert sorted(leads.get(t, 0) for t in towns).count(0) == 1 and max(leads.values()) == 2
    assert sum(1 for uid, q in quotas.items() if sent.get(uid, 0) < q) >= 1
    assert untrained == 3  # the planted ones, judged by the batch's rule (必修课)
    assert summary.planted and any("领队" in p for p in summary.planted)


# --------------------------------------------------------------------------- determinism


def test_same_seed_same_data_other_seed_other_data(
    tmp_path: Path, county: tuple[Database, demo.DemoSummary]
) -> None:
    first, summary = county
    again = _fresh(tmp_path / "again.sqlite")
    other = _fresh(tmp_path / "other.sqlite")
    try:
        summary_again = generate(again, "county", seed=7)
        generate(other, "county", seed=8)
        assert _cadre_list(again) == _cadre_list(first)
        assert summary_again.counts == summary.counts
        assert _attendance_digest(again) == _attendance_digest(first)
        assert _database_digest(again) == _database_digest(first)
        assert _cadre_list(other) != _cadre_list(first)
        assert _attendance_digest(other) != _attendance_digest(first)
    finally:
        again.close()
        other.close()


# --------------------------------------------------------------------------- refusal, cancel, progress


def test_refuses_a_database_that_already_has_data(tmp_path: Path) -> None:
    db = _fresh(tmp_path / "已有数据.sqlite")
    try:
        with db.session() as s:
            s.add(Township(name="黄河口镇"))
        with pytest.raises(DatabaseNotEmpty) as info:
            generate(db, "county", seed=1)
        assert info.value.message == "数据库中已有数据，演示数据只能写入空数据库。请换一个新的数据库文件。"
        with db.reader() as s:
            assert s.scalar(select(func.count()).select_from(Cadre)) == 0
            assert s.scalar(select(func.count()).select_from(Township)) == 1
            assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0
    finally:
        db.close()


def test_units_already_in_the_database_are_reused(tmp_path: Path) -> None:
    db = _fresh(tmp_path / "已有单位.sqlite")
    try:
        with db.session() as s:
            s.add(Unit(name="县财政局", head_name="原局长"))
        generate(db, "county", seed=2)
        with db.reader() as s:
            finance = s.scalars(select(Unit).where(Unit.name == "县财政局")).one()
            assert finance.head_name == "原局长"
            n_units = s.scalar(select(func.count()).select_from(Unit))
            assert n_units == len(LOCAL_UNITS)
    finally:
        db.close()


def test_refuses_a_second_run(county: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = county
    with pytest.raises(DatabaseNotEmpty):
        generate(db, "province", seed=1)
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Cadre)) == summary.cadres


def test_cancel_leaves_the_database_empty_and_progress_is_reported(tmp_path: Path) -> None:
    db = _fresh(tmp_path / "取消.sqlite")
    seen: list[tuple[str, float]] = []
    try:
        with pytest.raises(demo.DemoCancelled):
            generate(
                db, "county", seed=1, progress=lambda m, f: seen.append((m, f)), cancel=lambda: len(seen) >= 4
            )
        with db.reader() as s:
            for model in (Cadre, Township, Place, Dispatch, Attendance, AuditEntry):
                assert s.scalar(select(func.count()).select_from(model)) == 0, model.__name__
        assert len(seen) == 4
        fractions = [f for _m, f in seen]
        assert fractions == sorted(fractions) and all(0.0 <= f <= 1.0 for f in fractions)
        assert all(m for m, _f in seen)
    finally:
        db.close()


def test_unknown_scale_is_a_user_error(tmp_path: Path) -> None:
    db = _fresh(tmp_path / "x.sqlite")
    try:
        with pytest.raises(ValidationError, match="county"):
            generate(db, "village")
    finally:
        db.close()


# --------------------------------------------------------------------------- province


def test_province_teams(any_db: Database) -> None:
    seen: list[float] = []
    summary = generate(any_db, "province", seed=3, progress=lambda _m, f: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with any_db.reader() as s:
        teams = Counter(s.scalars(select(Team.kind)))
        members: dict[int, Counter[str]] = defaultdict(Counter)
        for team_id, role in s.execute(
            select(Dispatch.team_id, Dispatch.role).where(Dispatch.team_id.is_not(None))
        ):
            assert team_id is not None
            members[team_id][role] += 1
        served: dict[int, set[tuple[str, int]]] = defaultdict(set)
        for team_id, kind, place_id in s.execute(
            select(Team.id, Place.kind, Place.id)
            .join(Dispatch, Dispatch.team_id == Team.id)
            .join(Place, Place.id == Dispatch.place_id)
        ):
            served[team_id].add((kind, place_id))
        kind_of = dict(s.execute(select(Team.id, Team.kind)).all())
        batch = s.scalars(select(Batch)).one()
        n_attendance = s.scalar(select(func.count()).select_from(Attendance))
        roles = Counter(s.scalars(select(Dispatch.role)))
    assert teams == {
        TeamKind.VILLAGE.value: 50,
        TeamKind.PRIVATE_ENTERPRISE.value: 34,
        TeamKind.STATE_ENTERPRISE.value: 16,
    }
    by_kind: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for team_id, c in members.items():
        by_kind[kind_of[team_id]].append((sum(c.values()), c[Role.TEAM_LEADER.value]))
    assert sorted(set(by_kind[TeamKind.VILLAGE.value])) == [(10, 1)]
    assert sorted(set(by_kind[TeamKind.PRIVATE_ENTERPRISE.value])) == [(10, 1)]
    assert sorted(set(by_kind[TeamKind.STATE_ENTERPRISE.value])) == [(5, 1)]
    assert summary.cadres == 50 * 10 + 34 * 10 + 16 * 5 == sum(roles.values())
    assert set(roles) == {Role.TEAM_LEADER.value, Role.MEMBER.value}
    for team_id, places in served.items():
        kinds = Counter(k for k, _p in places)
        if kind_of[team_id] == TeamKind.VILLAGE.value:
            assert kinds == {PlaceKind.VILLAGE.value: 5}
        elif kind_of[team_id] == TeamKind.PRIVATE_ENTERPRISE.value:
            assert kinds == {PlaceKind.ENTERPRISE.value: 5}
    state_enterprises = {
        p for t, ps in served.items() if kind_of[t] == TeamKind.STATE_ENTERPRISE.value for p in ps
    }
    assert len(state_enterprises) == 30
    assert (batch.level, batch.term_years) == ("province", 2)
    assert n_attendance and n_attendance == summary.attendance
