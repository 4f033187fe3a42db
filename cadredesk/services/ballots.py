"""Democratic-evaluation ballots (民主测评票): issued with serial numbers, tallied back, fed into evaluations.

Keyboard tally (the GUI's tally screen, ``ballot tally``): ``ballot_sheet(serial)`` shows the place and the
cadres in printed order; ``tally_ballot(serial, marks)`` records one choice per cadre (1 优秀, 2 称职,
3 基本称职, 4 不称职, 0 nothing ticked, 9 or e.g. "13" several ticked).  A line with nothing or several
boxes ticked is invalid for that cadre only.  Unknown serials (never printed, or mistyped: the check digit
catches most typing errors) and serials already tallied are refused; a tallied ballot can be corrected
(``correct=True``) or set aside (``void_ballot``).  After each change the cadres' valid votes are counted
again into their evaluation's democratic part (``Evaluation.votes_*``, source 测评票).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from cadredesk.core.enums import Role
from cadredesk.core.evaluation import (
    EvaluationParams,
    Tally,
    democratic_score,
    format_serial,
    make_serial,
    mark_grade,
    mark_text,
    normalize_serial,
    parse_marks,
    tally,
)
from cadredesk.core.models import (
    Ballot,
    BallotMark,
    Batch,
    Cadre,
    Dispatch,
    Evaluation,
    Place,
    Township,
    utcnow,
)
from cadredesk.core.rules import evaluation as rules
from cadredesk.errors import NotFound, UserError, ValidationError
from cadredesk.services import batches
from cadredesk.services.context import Tx, command, query
from cadredesk.services.evaluation import (
    ANNUAL,
    SOURCE_BALLOTS,
    TERM_END,
    TO_THE_END,
    EvaluationTarget,
    check_kind,
    ensure_evaluation,
    evaluation_year,
    params_of,
)

VOTER_KINDS = ("中共党员", "群众代表")
#: role order on a ballot: the village's 第一书记 first
ROLE_ORDER = {
    Role.FIRST_SECRETARY.value: 0,
    Role.TEAM_LEADER.value: 1,
    Role.TOWNSHIP_LEAD.value: 2,
    Role.MEMBER.value: 3,
}


class BallotRefused(UserError):
    key = "ballot-refused"


# ============================================================================================ issuing


@dataclass(frozen=True)
class BallotCadre:
    position: int
    dispatch_id: int
    name: str
    role: str


@dataclass(frozen=True)
class PlaceBallots:
    """The ballots issued for one place in one print run."""

    place_id: int
    township: str
    place: str
    cadres: tuple[BallotCadre, ...]
    serials: tuple[str, ...]


def evaluation_title(b: Batch, kind: str, year: int) -> str:
    """How an evaluation is named on paper: “2025年度选派干部驻村蹲点期满考核” / “… 2026年年度考核”."""
    name = b.name
    if kind == TERM_END:
        return name if name.endswith("期满考核") else f"{name}期满考核"
    return f"{name} {year}年年度考核"


def ballot_places(
    s: Session, b: Batch, kind: str, year: int, place: str | None = None
) -> list[tuple[Place, str, list[tuple[Dispatch, Cadre]]]]:
    """Places with cadres to evaluate, in township and place order: (place, township name, dispatches)."""
    stmt = (
        select(Dispatch, Cadre, Place, Township.name)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .join(Place, Place.id == Dispatch.place_id)
        .join(Township, Township.id == Place.township_id)
        .where(Dispatch.batch_id == b.id, Dispatch.status.in_(TO_THE_END))
        .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name)
    )
    if kind == ANNUAL:
        stmt = stmt.where(Dispatch.start <= dt.date(year, 12, 31), Dispatch.end >= dt.date(year, 1, 1))
    grouped: dict[int, tuple[Place, str, list[tuple[Dispatch, Cadre]]]] = {}
    for d, c, p, tname in s.execute(stmt).all():
        grouped.setdefault(p.id, (p, tname, []))[2].append((d, c))
    out = list(grouped.values())
    if place:
        wanted = "".join(place.split())
        out = [g for g in out if wanted in (g[0].name, f"{g[1]}{g[0].name}")]
        if not out:
            raise NotFound(f"批次“{b.name}”中没有名为“{place}”且有干部需要测评的派驻点")
        if len(out) > 1:
            raise ValidationError(
                f"有 {len(out)} 个派驻点叫“{place}”（{'、'.join(f'{t}{p.name}' for p, t, _ in out)}），请连同乡镇名写全"
            )
    for _p, _t, members in out:
        members.sort(key=lambda dc: (ROLE_ORDER.get(dc[0].role, 9), dc[1].name_strokes, dc[0].id))
    return out


def next_number(s: Session, year: int) -> int:
    prefix = f"{year % 100:02d}"
    top = s.scalar(
        select(func.max(Ballot.serial)).where(
            Ballot.serial.like(f"{prefix}%"), func.length(Ballot.serial) == 9
        )
    )
    return (int(top[2:8]) if top else 0) + 1


def issue_ballots(
    s: Session, b: Batch, kind: str, year: int, copies: int, place: str | None, printed_on: dt.date
) -> list[PlaceBallots]:
    """Record ``copies`` new ballots for every place (or the one named), with serial numbers; the caller
    prints them and audits.  Serials continue the year's running number (never reused)."""
    if not 1 <= copies <= 2000:
        raise ValidationError(f"每个派驻点的测评票张数应在 1 至 2000 之间，不是 {copies}")
    places = ballot_places(s, b, kind, year, place)
    if not places:
        raise ValidationError(f"批次“{b.name}”没有需要民主测评的干部（在岗或期满）", key="empty")
    n = next_number(s, printed_on.year)
    now = utcnow().replace(microsecond=0)
    out: list[PlaceBallots] = []
    rows: list[dict[str, Any]] = []
    per_ballot: list[tuple[BallotCadre, ...]] = []
    for p, tname, members in places:
        cadres = tuple(BallotCadre(k, d.id, c.name, d.role) for k, (d, c) in enumerate(members, start=1))
        serials = []
        for _ in range(copies):
            serial = make_serial(printed_on.year, n)
            n += 1
            serials.append(serial)
            rows.append(
                dict(
                    batch_id=b.id,
                    place_id=p.id,
                    serial=serial,
                    kind=kind,
                    year=year,
                    printed_at=now,
                    void=False,
                )
            )
            per_ballot.append(cadres)
        out.append(PlaceBallots(p.id, tname, p.name, cadres, tuple(serials)))
    ids = s.scalars(insert(Ballot).returning(Ballot.id, sort_by_parameter_order=True), rows).all()
    marks = [
        dict(ballot_id=bid, dispatch_id=bc.dispatch_id, position=bc.position)
        for bid, cadres in zip(ids, per_ballot, strict=True)
        for bc in cadres
    ]
    s.execute(insert(BallotMark), marks)
    return out


# ============================================================================================ tallying


@dataclass(frozen=True)
class BallotLine:
    position: int
    dispatch_id: int
    name: str
    role: str
    marks: str | None  # stored form; None = not tallied

    @property
    def text(self) -> str:
        return mark_text(self.marks)

    @property
    def valid(self) -> bool:
        return mark_grade(self.marks) is not None


@dataclass(frozen=True)
class BallotView:
    """One ballot as the tally screen shows it after the serial is typed."""

    serial: str
    printed: str  # as printed: 26-000123-5
    batch: str
    evaluation: str
    kind: str
    year: int
    place: str  # 乡镇村
    lines: tuple[BallotLine, ...]
    tallied_at: dt.datetime | None
    tallied_by: str
    void: bool
    void_reason: str
    voter_kind: str

    def to_json(self) -> dict[str, object]:
        return {
            "serial": self.printed,
            "batch": self.batch,
            "evaluation": self.evaluation,
            "place": self.place,
            "tallied": self.tallied_at is not None,
            "void": self.void,
            "voter_kind": self.voter_kind,
            "lines": [{"position": ln.position, "name": ln.name, "role": ln.role, "mark": ln.text, "valid": ln.valid}
                      for ln in self.lines],
        }  # fmt: skip


def _serial(text: str) -> str:
    try:
        return normalize_serial(text)
    except ValueError as exc:
        raise BallotRefused(str(exc), key="bad-serial") from None


def _ballot(s: Session, serial_text: str) -> Ballot:
    serial = _serial(serial_text)
    ballot = s.scalar(select(Ballot).where(Ballot.serial == serial))
    if ballot is None:
        raise BallotRefused(
            f"没有编号为 {format_serial(serial)} 的测评票（本系统未印制过该编号），请核对票面编号",
            key="unknown-serial",
        )
    return ballot


def _view(s: Session, ballot: Ballot) -> BallotView:
    b = s.get(Batch, ballot.batch_id)
    assert b is not None
    place = s.execute(
        select(Township.name, Place.name)
        .join(Township, Township.id == Place.township_id)
        .where(Place.id == ballot.place_id)
    ).one()
    lines = tuple(
        BallotLine(m.position, m.dispatch_id, name, role, m.marks)
        for m, name, role in s.execute(
            select(BallotMark, Cadre.name, Dispatch.role)
            .join(Dispatch, Dispatch.id == BallotMark.dispatch_id)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .where(BallotMark.ballot_id == ballot.id)
            .order_by(BallotMark.position)
        ).all()
    )
    return BallotView(
        ballot.serial, format_serial(ballot.serial), b.name, evaluation_title(b, ballot.kind, ballot.year), ballot.kind,
        ballot.year, f"{place[0]}{place[1]}", lines, ballot.tallied_at, ballot.tallied_by or "", ballot.void,
        ballot.void_reason or "", ballot.voter_kind or "",
    )  # fmt: skip


@query
def ballot_sheet(tx: Tx, serial: str) -> BallotView:
    """The ballot with this serial: where it was issued, the cadres in printed order, what was entered."""
    return _view(tx.session, _ballot(tx.session, serial))


def recount(s: Session, dispatch_ids: Iterable[int], kind: str, year: int) -> dict[int, Tally]:
    """Count the tallied ballots of these cadres again into their evaluations (kind, year)."""
    ids = sorted(set(dispatch_ids))
    if not ids:
        return {}
    marks: dict[int, list[str | None]] = defaultdict(list)
    for did, m in s.execute(
        select(BallotMark.dispatch_id, BallotMark.marks)
        .join(Ballot, Ballot.id == BallotMark.ballot_id)
        .where(
            BallotMark.dispatch_id.in_(ids),
            Ballot.kind == kind,
            Ballot.year == year,
            Ballot.tallied_at.is_not(None),
            Ballot.void.is_(False),
        )
    ):
        marks[did].append(m)
    params: dict[int, EvaluationParams] = {}
    out: dict[int, Tally] = {}
    for did in ids:
        t = tally(marks.get(did, []))
        out[did] = t
        d = s.get(Dispatch, did)
        assert d is not None
        p = params.get(d.batch_id) or params.setdefault(d.batch_id, params_of(s, d.batch_id))
        ev = s.scalar(
            select(Evaluation).where(
                Evaluation.dispatch_id == did, Evaluation.kind == kind, Evaluation.year == year
            )
        )
        returned = len(marks.get(did, []))
        if ev is None and returned == 0:
            continue
        if ev is None:
            ev = ensure_evaluation(s, EvaluationTarget(did, kind, year))
        if returned == 0:  # every ballot voided or uncorrected: the democratic part is empty again
            ev.votes_excellent = ev.votes_competent = ev.votes_basic = ev.votes_incompetent = None
            ev.democratic_score = None
            ev.democratic_source = None
            continue
        ev.votes_excellent, ev.votes_competent, ev.votes_basic, ev.votes_incompetent = t.votes.as_tuple()
        ev.democratic_score = democratic_score(t.votes, p)
        ev.democratic_source = SOURCE_BALLOTS
    return out


def _refuse_decided(s: Session, ballot: Ballot, lines: Sequence[BallotMark]) -> None:
    decided = s.execute(
        select(Cadre.name, Evaluation.grade)
        .join(Dispatch, Dispatch.cadre_id == Cadre.id)
        .join(Evaluation, Evaluation.dispatch_id == Dispatch.id)
        .where(
            Dispatch.id.in_([m.dispatch_id for m in lines]),
            Evaluation.kind == ballot.kind,
            Evaluation.year == ballot.year,
            Evaluation.grade.is_not(None),
        )
    ).all()
    if decided:
        who = "、".join(f"{n}（{g}）" for n, g in decided)
        raise BallotRefused(
            f"测评票 {format_serial(ballot.serial)} 上的 {who} 已确定考核等次，不能再录入或更改测评票；如确需更改，请先撤销等次",
            key="decided",
        )


@dataclass(frozen=True)
class TallyResult:
    ballot: BallotView
    #: per cadre on the ballot, the running count after this ballot
    tallies: dict[int, Tally] = field(default_factory=dict)
    #: ballots of this place tallied / issued for the evaluation
    place_returned: int = 0
    place_issued: int = 0


def _check_tally(
    s: Session, ballot: Ballot, marks: Sequence[str] | str, voter_kind: str | None, correct: bool
) -> tuple[list[BallotMark], tuple[str, ...]]:
    """Everything that refuses a ballot entry; the lines in printed order and the parsed marks."""
    lines = _refuse_entry(s, ballot, correct)
    try:
        parsed = parse_marks(marks, len(lines))
    except ValueError as exc:
        raise BallotRefused(f"测评票 {format_serial(ballot.serial)}：{exc}", key="bad-marks") from None
    if voter_kind is not None and voter_kind.strip() and voter_kind.strip() not in VOTER_KINDS:
        raise BallotRefused(f"测评人身份只能是 {'、'.join(VOTER_KINDS)}，不是“{voter_kind}”", key="bad-voter")
    return lines, parsed


def _refuse_entry(s: Session, ballot: Ballot, correct: bool) -> list[BallotMark]:
    """What refuses a ballot before its marks are typed (void, tallied twice, decided); its lines."""
    if ballot.void:
        raise BallotRefused(
            f"测评票 {format_serial(ballot.serial)} 已作废（{ballot.void_reason or '未注明原因'}），不能录入",
            key="void",
        )
    if ballot.tallied_at is not None and not correct:
        raise BallotRefused(
            f"测评票 {format_serial(ballot.serial)} 已于 {ballot.tallied_at:%Y-%m-%d %H:%M} 录入"
            f"（{ballot.tallied_by or '—'}），同一编号不能重复录入；如需更正，请使用“更正”",
            key="duplicate-serial",
        )
    if correct and ballot.tallied_at is None:
        raise BallotRefused(f"测评票 {format_serial(ballot.serial)} 尚未录入，无需更正", key="not-tallied")
    lines = list(
        s.scalars(select(BallotMark).where(BallotMark.ballot_id == ballot.id).order_by(BallotMark.position))
    )
    _refuse_decided(s, ballot, lines)
    return lines


@query
def ballot_for_entry(tx: Tx, serial: str, correct: bool = False) -> BallotView:
    """The ballot a clerk is about to tally (the tally screen, after the serial and Enter): refused at once,
    with the same message ``tally_ballot`` would give, when it is unknown, void, already tallied (unless
    ``correct``), not yet tallied (when ``correct``) or its cadres' grades are decided."""
    s = tx.session
    ballot = _ballot(s, serial)
    _refuse_entry(s, ballot, correct)
    return _view(s, ballot)


def _apply_tally(
    ballot: Ballot, lines: Sequence[BallotMark], parsed: Sequence[str], voter_kind: str | None, user: str
) -> list[str | None]:
    old = [m.marks for m in lines]
    for m, new in zip(lines, parsed, strict=True):
        m.marks = new
    ballot.tallied_at = utcnow().replace(microsecond=0)
    ballot.tallied_by = user[:32]
    ballot.voter_kind = (voter_kind or "").strip() or None
    return old


def _issued_returned(s: Session, ballot: Ballot) -> tuple[int, int]:
    base = select(func.count(Ballot.id)).where(
        Ballot.place_id == ballot.place_id, Ballot.batch_id == ballot.batch_id, Ballot.kind == ballot.kind,
        Ballot.year == ballot.year,
    )  # fmt: skip
    issued = s.scalar(base) or 0
    returned = s.scalar(base.where(Ballot.tallied_at.is_not(None), Ballot.void.is_(False))) or 0
    return issued, returned


@command("ballot.tally")
def tally_ballot(
    tx: Tx, serial: str, marks: Sequence[str] | str, voter_kind: str | None = None, correct: bool = False
) -> TallyResult:
    """Enter one returned ballot: its serial, then one choice per cadre in printed order."""
    s = tx.session
    ballot = _ballot(s, serial)
    lines, parsed = _check_tally(s, ballot, marks, voter_kind, correct)
    old = _apply_tally(ballot, lines, parsed, voter_kind, tx.actor.username)
    s.flush()
    counts = recount(s, [m.dispatch_id for m in lines], ballot.kind, ballot.year)
    s.flush()
    view = _view(s, ballot)
    what = "，".join(f"{ln.name} {ln.text}" for ln in view.lines)
    before = f"（更正前：{'，'.join(mark_text(m) for m in old)}）" if correct else ""
    tx.audit(entity="ballot", entity_id=ballot.id, detail=f"{view.printed} {view.place}：{what}{before}")
    issued, returned = _issued_returned(s, ballot)
    return TallyResult(view, counts, returned, issued)


@command("ballot.void")
def void_ballot(tx: Tx, serial: str, reason: str) -> BallotView:
    """Set a whole ballot aside (torn, marked to identify the voter …); its lines no longer count."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("作废测评票须说明原因")
    s = tx.session
    ballot = _ballot(s, serial)
    if ballot.void:
        raise BallotRefused(f"测评票 {format_serial(ballot.serial)} 已经作废", key="void")
    lines = list(s.scalars(select(BallotMark).where(BallotMark.ballot_id == ballot.id)))
    _refuse_decided(s, ballot, lines)
    ballot.void = True
    ballot.void_reason = reason
    s.flush()
    recount(s, [m.dispatch_id for m in lines], ballot.kind, ballot.year)
    s.flush()
    tx.audit(entity="ballot", entity_id=ballot.id, detail=f"作废 {format_serial(ballot.serial)}：{reason}")
    return _view(s, ballot)


# ============================================================================================ progress


@dataclass(frozen=True)
class CadreCount:
    dispatch_id: int
    name: str
    role: str
    tally: Tally
    enough: bool


@dataclass(frozen=True)
class PlaceProgress:
    """Ballots of one place for one evaluation: issued, returned, void, and each cadre's valid votes."""

    place_id: int
    place: str
    issued: int
    returned: int
    void: int
    cadres: tuple[CadreCount, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "place": self.place,
            "issued": self.issued,
            "returned": self.returned,
            "void": self.void,
            "cadres": [
                {"name": c.name, "role": c.role, "votes": list(c.tally.votes.as_tuple()), "valid": c.tally.votes.valid,
                 "blank": c.tally.blank, "several": c.tally.several, "enough": c.enough}
                for c in self.cadres
            ],
        }  # fmt: skip


def progress_rows(s: Session, b: Batch, kind: str, year: int) -> list[PlaceProgress]:
    p = params_of(s, b.id)
    ballots = s.execute(
        select(Ballot.id, Ballot.place_id, Ballot.tallied_at, Ballot.void).where(
            Ballot.batch_id == b.id, Ballot.kind == kind, Ballot.year == year
        )
    ).all()
    if not ballots:
        return []
    per_place: dict[int, list[Any]] = defaultdict(list)
    for row in ballots:
        per_place[row.place_id].append(row)
    counted = {row.id for row in ballots if row.tallied_at is not None and not row.void}
    lines: dict[int, dict[int, list[str | None]]] = defaultdict(lambda: defaultdict(list))
    names: dict[int, tuple[str, str, int, str]] = {}
    for bid, pid, did, m, name, role, strokes in s.execute(
        select(BallotMark.ballot_id, Ballot.place_id, BallotMark.dispatch_id, BallotMark.marks, Cadre.name,
               Dispatch.role, Cadre.name_strokes)
        .join(Ballot, Ballot.id == BallotMark.ballot_id)
        .join(Dispatch, Dispatch.id == BallotMark.dispatch_id)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .where(Ballot.batch_id == b.id, Ballot.kind == kind, Ballot.year == year)
    ):  # fmt: skip
        names[did] = (name, role, ROLE_ORDER.get(role, 9), strokes)
        lines[pid][did].append(m if bid in counted else None)
    places = dict(
        s.execute(
            select(Place.id, Township.name + Place.name)
            .join(Township, Township.id == Place.township_id)
            .where(Place.id.in_(per_place))
        ).all()
    )
    order = {
        pid: k
        for k, pid in enumerate(
            s.scalars(
                select(Place.id)
                .join(Township, Township.id == Place.township_id)
                .where(Place.id.in_(per_place))
                .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name)
            )
        )
    }
    out = []
    for pid in sorted(per_place, key=lambda x: order.get(x, 0)):
        rows = per_place[pid]
        cadres = []
        for did, ms in sorted(lines[pid].items(), key=lambda kv: names[kv[0]][2:]):
            t = tally(ms)
            cadres.append(
                CadreCount(did, names[did][0], names[did][1], t, t.votes.valid >= p.min_valid_ballots)
            )
        out.append(
            PlaceProgress(
                pid, places.get(pid, ""), len(rows), sum(1 for r in rows if r.id in counted),
                sum(1 for r in rows if r.void), tuple(cadres),
            )
        )  # fmt: skip
    return out


@query
def ballot_progress(
    tx: Tx, batch: str | None = None, kind: str = TERM_END, year: int | None = None
) -> list[PlaceProgress]:
    """Per place: ballots issued, returned, void; per cadre the valid votes and whether the minimum is met."""
    b = batches.find(tx.session, batch)
    kind = check_kind(kind)
    return progress_rows(tx.session, b, kind, evaluation_year(b, kind, year))


def sample_facts(s: Session, b: Batch) -> list[rules.SampleFact]:
    """Cadres with tallied ballots, for the ``ballot-sample`` rule (every evaluation of the batch)."""
    out: list[rules.SampleFact] = []
    pairs = s.execute(
        select(Ballot.kind, Ballot.year)
        .where(Ballot.batch_id == b.id, Ballot.tallied_at.is_not(None))
        .distinct()
    ).all()
    for kind, year in sorted(pairs):
        for pl in progress_rows(s, b, kind, year):
            if not pl.returned:
                continue
            for c in pl.cadres:
                counted = c.tally.votes.valid + c.tally.invalid
                out.append(
                    rules.SampleFact(
                        c.dispatch_id, c.name, pl.place, f"{year}年{kind}", counted, c.tally.votes.valid
                    )
                )
    return out


# ============================================================================================ import / template


@dataclass
class TallyImportReport:
    imported: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"imported": self.imported, "rejected": self.rejected, "warnings": self.warnings}


@command("ballot.import")
def import_tallies(
    tx: Tx, path: Path, *, sheet: str | None = None, skip_invalid: bool = False, dry_run: bool = False
) -> TallyImportReport:
    """Tallies typed into a workbook (the template of ``export_tally_sheet`` or a clerk's own sheet with a
    编号 column and one column per cadre); all or nothing unless ``skip_invalid``."""
    from cadredesk.io.ballot_sheets import read_tally_sheet

    s = tx.session
    sheet_rows = read_tally_sheet(path, sheet)
    report = TallyImportReport()
    seen: dict[str, int] = {}
    touched: dict[tuple[str, int], set[int]] = defaultdict(set)
    done: list[str] = []
    for row in sheet_rows.rows:
        if not any(v.strip() for v in row.choices):
            report.warnings.append(
                {"row": row.row, "message": f"编号 {row.serial_text} 未填写任何选择，视为未收回，已跳过"}
            )
            continue
        try:
            serial = _serial(row.serial_text)
            if serial in seen:
                raise BallotRefused(f"与第 {seen[serial]} 行的编号重复", key="duplicate-serial")
            seen[serial] = row.row
            ballot = _ballot(s, serial)
            view = _view(s, ballot)
            lines, parsed = _check_tally(
                s, ballot, _row_marks(row, view, sheet_rows.by_name), row.voter_kind, False
            )
            if not dry_run:
                _apply_tally(ballot, lines, parsed, row.voter_kind, tx.actor.username)
            touched[(ballot.kind, ballot.year)].update(m.dispatch_id for m in lines)
            done.append(view.printed)
            report.imported += 1
        except UserError as exc:
            report.rejected.append({"row": row.row, "serial": row.serial_text, "reason": exc.message})
    if report.rejected and not skip_invalid:
        raise ValidationError(
            f"“{path.name}”工作表“{sheet_rows.sheet}”有 {len(report.rejected)} 行无法录入（第 {report.rejected[0]['row']} 行："
            f"{report.rejected[0]['reason']}），未录入任何测评票；可改正后重新导入，或只导入正确的行",
            key="invalid",
            result=report,
        )
    if dry_run or not report.imported:
        return report
    for (kind, year), ids in touched.items():
        recount(s, ids, kind, year)
    s.flush()
    tx.audit(
        entity="ballot",
        detail=f"从“{path.name}”导入测评票 {report.imported} 张（{done[0]}…{done[-1]}），拒绝 {len(report.rejected)} 行",
    )
    return report


def _row_marks(row: Any, view: BallotView, by_name: bool) -> list[str]:
    """The row's entries in the ballot's printed order (columns by position, or by the cadres' names)."""
    if not by_name:
        n = len(view.lines)
        extra = [v for v in row.choices[n:] if v.strip()]
        if extra:
            raise BallotRefused(f"这张票上只有 {n} 名干部，但填了第 {n + 1} 人以后的选择", key="bad-marks")
        for k, ln in enumerate(view.lines):
            given = row.names[k].strip() if k < len(row.names) else ""
            if given and given != ln.name:
                raise BallotRefused(
                    f"第 {k + 1} 人应为{ln.name}（该编号的票上印的），表中写的是{given}", key="name-mismatch"
                )
        return [row.choices[k] if k < len(row.choices) else "" for k in range(n)]
    by = dict(zip(row.names, row.choices, strict=False))
    missing = [ln.name for ln in view.lines if ln.name not in by]
    if missing:
        raise BallotRefused(
            f"表中没有“{'、'.join(missing)}”这一列（该编号的票上有此人）", key="name-mismatch"
        )
    others = [n for n, v in by.items() if v.strip() and n not in {ln.name for ln in view.lines}]
    if others:
        raise BallotRefused(f"该编号的票上没有“{'、'.join(others)}”，但填了选择", key="name-mismatch")
    return [by[ln.name] for ln in view.lines]


@dataclass(frozen=True)
class TallySheetResult:
    path: Path
    ballots: int


@command("ballot.template")
def export_tally_sheet(
    tx: Tx,
    out: Path,
    batch: str | None = None,
    kind: str = TERM_END,
    year: int | None = None,
    place: str | None = None,
) -> TallySheetResult:
    """A workbook for typing tallies: every ballot not yet tallied, its serial and its cadres' names."""
    from cadredesk.io.ballot_sheets import TemplateRow, write_tally_template

    s = tx.session
    b = batches.find(s, batch)
    kind = check_kind(kind)
    yr = evaluation_year(b, kind, year)
    q = (
        select(Ballot)
        .join(Place, Place.id == Ballot.place_id)
        .join(Township, Township.id == Place.township_id)
        .where(
            Ballot.batch_id == b.id,
            Ballot.kind == kind,
            Ballot.year == yr,
            Ballot.tallied_at.is_(None),
            Ballot.void.is_(False),
        )
        .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name, Ballot.serial)
    )
    rows = []
    for ballot in s.scalars(q):
        v = _view(s, ballot)
        if place and "".join(place.split()) not in (v.place, v.place.split("镇")[-1]):
            continue
        rows.append(TemplateRow(v.printed, v.place, tuple(ln.name for ln in v.lines)))
    if not rows:
        raise ValidationError(f"批次“{b.name}”的{yr}年{kind}没有待录入的测评票", key="empty")
    write_tally_template(out, rows, title=f"{evaluation_title(b, kind, yr)} 民主测评票录入表")
    tx.audit(entity="batch", entity_id=b.id, detail=f"测评票录入表 {len(rows)} 张 → {out.name}")
    return TallySheetResult(out, len(rows))
