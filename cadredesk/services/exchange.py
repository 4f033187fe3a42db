"""Township ↔ county exchange of on-post records (a zip package; conflicts are reported, never overwritten).

A township clerk exports a package of their township's records (``export_package``); the county
imports it (``import_package``), and the same works the other way.  Records are matched across
databases by a stable identity: rows made here are ``<database id>/<table>/<id>``; a row that came
from elsewhere keeps its original identity (``exchange_identity``); attendance is matched by its
natural key (batch, ID number, day).  References travel as natural keys (batch name, ID number,
township and place names, unit name), never as local ids.

For each record the importer compares three hashes of its content: ours, theirs, and the *base*
(what this peer sent last time, ``exchange_base``):

- theirs = ours: nothing to do;  theirs = base: they did not change it, ours is newer — kept;
- ours = base (or we never had it): theirs is applied;
- a package also carries, per record, what its sender last received from each peer (``bases``): the
  importer finds there what it sent, so the first package back after a round trip is judged the same way;
- otherwise both sides changed it: an ``exchange_conflict`` row for the clerk
  (``resolve_conflict(..., "ours" | "theirs")``); re-importing the same package adds nothing.

Record kinds plug in as one ``Kind`` subclass registered in ``KINDS``.  The package is read defensively:
only the known member names are read, never extracted; sizes and compression ratios are capped
(zip bombs), every member's SHA-256 is checked against the manifest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadredesk import __version__
from cadredesk.core.models import (
    Attendance,
    Batch,
    Cadre,
    Dispatch,
    ExchangeBase,
    ExchangeConflict,
    ExchangeIdentity,
    LeaderVisit,
    Leave,
    Mentor,
    MentorActivity,
    MentorPair,
    Place,
    Problem,
    ProblemStep,
    Setting,
    Township,
    Unit,
)
from cadredesk.core.security import Permission
from cadredesk.core.text import clean_text
from cadredesk.errors import NotFound, UserError, ValidationError
from cadredesk.services.backup import DATABASE_ID, database_id
from cadredesk.services.context import Context, Tx, command, query

MAGIC = "cadredesk-exchange"
FORMAT = 1
MAX_MEMBER = 256 * 1024 * 1024
MAX_TOTAL = 1024 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 32


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _d(v: dt.date | None) -> str | None:
    return v.isoformat() if v else None


def _date(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def _text(v: Any, limit: int | None = None, what: str = "") -> str | None:
    if v is None:
        return None
    s = clean_text(str(v))
    if limit is not None and len(s) > limit:
        raise ValidationError(f"{what}超过 {limit} 个字（{len(s)} 个）")
    return s


class Refs:
    """Natural keys ↔ local rows, cached for one transaction."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self._dispatch: dict[tuple[str, str], int | None] = {}

    def dispatch_key(self, dispatch_id: int | None) -> list[str] | None:
        if dispatch_id is None:
            return None
        row = self.s.execute(
            select(Batch.name, Cadre.id_number)
            .join(Dispatch, Dispatch.batch_id == Batch.id)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .where(Dispatch.id == dispatch_id)
        ).one()
        return [row[0], row[1]]

    def dispatch(self, key: list[str] | None) -> int | None:
        if key is None:
            return None
        k = (key[0], key[1])
        if k not in self._dispatch:
            self._dispatch[k] = self.s.scalar(
                select(Dispatch.id)
                .join(Batch, Batch.id == Dispatch.batch_id)
                .join(Cadre, Cadre.id == Dispatch.cadre_id)
                .where(Batch.name == k[0], Cadre.id_number == k[1])
            )
        found = self._dispatch[k]
        if found is None:
            raise ValidationError(f"本库没有批次“{k[0]}”中身份证号 {k[1][:6]}…{k[1][-4:]} 的派驻记录")
        return found

    def place_key(self, place_id: int | None) -> list[str] | None:
        if place_id is None:
            return None
        row = self.s.execute(
            select(Township.name, Place.name)
            .join(Place, Place.township_id == Township.id)
            .where(Place.id == place_id)
        ).one()
        return [row[0], row[1]]

    def place(self, key: list[str] | None) -> int | None:
        if key is None:
            return None
        pid = self.s.scalar(
            select(Place.id)
            .join(Township, Township.id == Place.township_id)
            .where(Township.name == key[0], Place.name == key[1])
        )
        if pid is None:
            raise ValidationError(f"本库没有派驻点 {key[0]}{key[1]}")
        return pid

    def batch(self, name: str | None) -> int | None:
        if name is None:
            return None
        bid = self.s.scalar(select(Batch.id).where(Batch.name == name))
        if bid is None:
            raise ValidationError(f"本库没有批次“{name}”")
        return bid

    def batch_name(self, batch_id: int | None) -> str | None:
        return None if batch_id is None else self.s.scalar(select(Batch.name).where(Batch.id == batch_id))

    def unit(self, name: str) -> int:
        uid = self.s.scalar(select(Unit.id).where(Unit.name == name))
        if uid is None:
            raise ValidationError(f"本库没有派出单位“{name}”")
        return uid


class Kind:
    """One kind of record in a package."""

    name: ClassVar[str]
    label: ClassVar[str]
    model: ClassVar[Any]

    def rows(self, s: Session, township_id: int) -> Iterable[Any]:
        raise NotImplementedError

    def content(self, refs: Refs, row: Any) -> dict[str, Any]:
        raise NotImplementedError

    def subject(self, content: dict[str, Any]) -> str:
        return self.label

    def local_id(self, row: Any) -> int:
        return int(row.id)

    def find(self, refs: Refs, uid: str, own: str, content: dict[str, Any]) -> Any | None:
        table = self.model.__table__.name
        prefix = f"{own}/{table}/"
        if uid.startswith(prefix):
            try:
                return refs.s.get(self.model, int(uid[len(prefix) :]))
            except ValueError:
                return None
        mapped = refs.s.get(ExchangeIdentity, uid)
        return refs.s.get(self.model, mapped.local_id) if mapped is not None else None

    def uid(self, refs: Refs, row: Any, own: str) -> str:
        table = self.model.__table__.name
        mapped = refs.s.scalar(
            select(ExchangeIdentity.uid).where(
                ExchangeIdentity.table_name == table, ExchangeIdentity.local_id == self.local_id(row)
            )
        )
        return mapped or f"{own}/{table}/{self.local_id(row)}"

    def apply(self, refs: Refs, row: Any | None, content: dict[str, Any]) -> Any:
        """Create (row None) or update ``row`` from ``content``; returns the row."""
        raise NotImplementedError

    def remember(self, refs: Refs, uid: str, own: str, row: Any) -> None:
        table = self.model.__table__.name
        if not uid.startswith(f"{own}/{table}/") and refs.s.get(ExchangeIdentity, uid) is None:
            refs.s.add(ExchangeIdentity(uid=uid, table_name=table, local_id=self.local_id(row)))


class AttendanceKind(Kind):
    name, label, model = "attendance", "考勤", Attendance

    def rows(self, s: Session, township_id: int) -> Iterable[Any]:
        return s.scalars(
            select(Attendance)
            .join(Dispatch, Dispatch.id == Attendance.dispatch_id)
            .where(Dispatch.township_id == township_id)
            .order_by(Attendance.dispatch_id, Attendance.day)
        )

    def content(self, refs: Refs, row: Any) -> dict[str, Any]:
        return {"dispatch": refs.dispatch_key(row.dispatch_id), "day": _d(row.day), "mark": row.mark}

    def subject(self, content: dict[str, Any]) -> str:
        return f"考勤 {content['dispatch'][1][:6]}…{content['dispatch'][1][-4:]} {content['day']}"

    def uid(self, refs: Refs, row: Any, own: str) -> str:
        b, idn = refs.dispatch_key(row.dispatch_id)  # type: ignore[misc]
        return f"attendance/{b}/{idn}/{row.day.isoformat()}"

    def find(self, refs: Refs, uid: str, own: str, content: dict[str, Any]) -> Any | None:
        did = refs.dispatch(content["dispatch"])
        return refs.s.get(Attendance, (did, _date(content["day"])))

    def apply(self, refs: Refs, row: Any | None, content: dict[str, Any]) -> Any:
        mark = _text(content["mark"], 1, "考勤标记")
        if row is None:
            row = Attendance(
                dispatch_id=refs.dispatch(content["dispatch"]), day=_date(content["day"]), mark=mark
            )
            refs.s.add(row)
        else:
            row.mark = mark
        return row

    def remember(self, refs: Refs, uid: str, own: str, row: Any) -> None:
        return None


class LeaveKind(Kind):
    name, label, model = "leave", "请销假", Leave

    def rows(self, s: Session, township_id: int) -> Iterable[Any]:
        return s.scalars(
            select(Leave)
            .join(Dispatch, Dispatch.id == Leave.dispatch_id)
            .where(Dispatch.township_id == township_id)
            .order_by(Leave.id)
        )

    def content(self, refs: Refs, row: Any) -> dict[str, Any]:
        return {
            "dispatch": refs.dispatch_key(row.dispatch_id),
            "kind": row.kind,
            "start": _d(row.start),
            "end": _d(row.end),
            "reason": row.reason,
            "approved_by": row.approved_by,
            "approved_on": _d(row.approved_on),
            "returned_on": _d(row.returned_on),
        }

    def subject(self, content: dict[str, Any]) -> str:
        return f"请假 {content['dispatch'][1][:6]}…{content['dispatch'][1][-4:]} {content['start']}～{content['end']}"

    def apply(self, refs: Refs, row: Any | None, content: dict[str, Any]) -> Any:
        if row is None:
            row = Leave()
            refs.s.add(row)
        row.dispatch_id = refs.dispatch(content["dispatch"])
        row.kind = _text(content["kind"], 8, "请假类别")
        row.start, row.end = _date(content["start"]), _date(content["end"])
        row.reason = _text(content.get("reason"))
        row.approved_by = _text(content.get("approved_by"), 32, "批准人")
        row.approved_on = _date(content.get("approved_on"))
        row.returned_on = _date(content.get("returned_on"))
        return row


def _at_places_of(s: Session, model: Any, township_id: int) -> Iterable[Any]:
    """The rows of ``model`` (a record kept per place) at the township's places, in id order."""
    return s.scalars(
        select(model)
        .join(Place, Place.id == model.place_id)
        .where(Place.township_id == township_id)
        .order_by(model.id)
    )


class LeaderVisitKind(Kind):
    name, label, model = "leader_visit", "单位领导到村走访", LeaderVisit

    def rows(self, s: Session, township_id: int) -> Iterable[Any]:
        return _at_places_of(s, LeaderVisit, township_id)

    def content(self, refs: Refs, row: Any) -> dict[str, Any]:
        return {
            "batch": refs.batch_name(row.batch_id),
            "unit": refs.s.scalar(select(Unit.name).where(Unit.id == row.unit_id)),
            "place": refs.place_key(row.place_id),
            "visitor_name": row.visitor_name,
            "visitor_role": row.visitor_role,
            "day": _d(row.day),
            "note": row.note,
        }

    def subject(self, content: dict[str, Any]) -> str:
        return f"走访 {content['visitor_name']} {content['day']}"

    def apply(self, refs: Refs, row: Any | None, content: dict[str, Any]) -> Any:
        if row is None:
            row = LeaderVisit()
            refs.s.add(row)
        row.batch_id = refs.batch(content["batch"])
        row.unit_id = refs.unit(content["unit"])
        row.place_id = refs.place(content["place"])
        row.visitor_name = _text(content["visitor_name"], 32, "走访人")
        row.visitor_role = _text(content["visitor_role"], 8, "走访人身份")
        row.day = _date(content["day"])
        row.note = _text(content.get("note"))
        return row


class ProblemKind(Kind):
    name, label, model = "problem", "问题台账", Problem

    def rows(self, s: Session, township_id: int) -> Iterable[Any]:
        return _at_places_of(s, Problem, township_id)

    def content(self, refs: Refs, row: Any) -> dict[str, Any]:
        return {
            "batch": refs.batch_name(row.batch_id),
            "place": refs.place_key(row.place_id),
            "dispatch": refs.dispatch_key(row.dispatch_id),
            "title": row.title,
            "detail": row.detail,
            "category": row.category,
            "found_on": _d(row.found_on),
            "deadline": _d(row.deadline),
            "stage": row.stage,
            "assignee": row.assignee,
            "closed_on": _d(row.closed_on),
            "steps": [[st.stage, _d(st.day), st.actor, st.note] for st in row.steps],
        }

    def subject(self, content: dict[str, Any]) -> str:
        return f"问题“{content['title']}”"

    def apply(self, refs: Refs, row: Any | None, content: dict[str, Any]) -> Any:
        if row is None:
            row = Problem()
            refs.s.add(row)
        row.batch_id = refs.batch(content.get("batch"))
        row.place_id = refs.place(content.get("place"))
        row.dispatch_id = refs.dispatch(content.get("dispatch"))
        row.title = _text(content["title"], 200, "问题标题")
        row.detail = _text(content.get("detail"))
        row.category = _text(content.get("category"), 32, "问题类别")
        row.found_on = _date(content["found_on"])
        row.deadline = _date(content.get("deadline"))
        row.stage = _text(content["stage"], 4, "办理阶段")
        row.assignee = _text(content.get("assignee"), 128, "责任人")
        row.closed_on = _date(content.get("closed_on"))
        row.steps = [
            ProblemStep(
                stage=_text(st[0], 4, "步骤阶段"),
                day=_date(st[1]),
                actor=_text(st[2], 64, "经办人"),
                note=_text(st[3]),
            )
            for st in content.get("steps") or []
        ]
        return row


class MentorActivityKind(Kind):
    name, label, model = "mentor_activity", "传帮带活动", MentorActivity

    def rows(self, s: Session, township_id: int) -> Iterable[Any]:
        return s.scalars(
            select(MentorActivity)
            .join(MentorPair, MentorPair.id == MentorActivity.pair_id)
            .join(Dispatch, Dispatch.id == MentorPair.dispatch_id)
            .where(Dispatch.township_id == township_id)
            .order_by(MentorActivity.id)
        )

    def content(self, refs: Refs, row: Any) -> dict[str, Any]:
        pair: Any = refs.s.get(MentorPair, row.pair_id)
        mentor: Any = refs.s.get(Mentor, pair.mentor_id)
        township = refs.s.scalar(select(Township.name).where(Township.id == mentor.township_id))
        return {
            "pair": [mentor.name, township, refs.dispatch_key(pair.dispatch_id)],
            "day": _d(row.day),
            "form": row.form,
            "topic": row.topic,
            "outcome": row.outcome,
        }

    def subject(self, content: dict[str, Any]) -> str:
        return f"传帮带 {content['pair'][0]} {content['day']}"

    def apply(self, refs: Refs, row: Any | None, content: dict[str, Any]) -> Any:
        name, township, dkey = content["pair"]
        did = refs.dispatch(dkey)
        pair_id = refs.s.scalar(
            select(MentorPair.id)
            .join(Mentor, Mentor.id == MentorPair.mentor_id)
            .join(Township, Township.id == Mentor.township_id)
            .where(Mentor.name == name, Township.name == township, MentorPair.dispatch_id == did)
        )
        if pair_id is None:
            raise ValidationError(f"本库没有导师 {name}（{township}）的结对")
        if row is None:
            row = MentorActivity()
            refs.s.add(row)
        row.pair_id = pair_id
        row.day = _date(content["day"])
        row.form = _text(content["form"], 16, "活动形式")
        row.topic = _text(content["topic"])
        row.outcome = _text(content.get("outcome"))
        return row


#: the record kinds a package carries, in the order they are applied; a new kind adds one line
KINDS: dict[str, Kind] = {
    k.name: k for k in (AttendanceKind(), LeaveKind(), LeaderVisitKind(), ProblemKind(), MentorActivityKind())
}


# --------------------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportResult:
    path: Path
    township: str
    counts: dict[str, int]

    def to_json(self) -> dict[str, object]:
        return {"path": str(self.path), "township": self.township, "counts": self.counts}


@command("exchange.export", permission=Permission.EXCHANGE)
def _export(tx: Tx, out: Path, township: str | None, own: str) -> ExportResult:
    from cadredesk.io.atomic import write_atomic

    s = tx.session
    if township is None:
        if tx.actor.township_id is None:
            raise ValidationError("请用 --township 指定导出哪个乡镇的记录")
        tw = s.get(Township, tx.actor.township_id)
    else:
        tw = s.scalar(select(Township).where(Township.name == township.strip()))
    if tw is None:
        raise NotFound(f"没有名为“{township}”的乡镇")
    tx.require_township(tw.id, f"乡镇“{tw.name}”")
    refs = Refs(s)
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    # what each peer last sent us of a record: the peer, importing this, knows whether it changed since
    bases: dict[str, dict[str, str]] = {}
    for b in s.scalars(select(ExchangeBase)):
        bases.setdefault(b.uid, {})[b.peer] = b.hash
    for kind in KINDS.values():
        lines = []
        for row in kind.rows(s, tw.id):
            content = kind.content(refs, row)
            uid = kind.uid(refs, row, own)
            record: dict[str, Any] = {"uid": uid, "hash": content_hash(content), "content": content}
            if uid in bases:
                record["bases"] = bases[uid]
            lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        members[f"records/{kind.name}.jsonl"] = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
        counts[kind.name] = len(lines)
    manifest = {
        "magic": MAGIC,
        "format": FORMAT,
        "source_id": own,
        "township": tw.name,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
        "counts": counts,
    }

    def write(fh: Any) -> None:
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, data in members.items():
                zf.writestr(name, data)

    path = write_atomic(out, write)
    tx.audit(entity="township", entity_id=tw.id, detail=f"导出交换包 {tw.name} → {Path(path).name}：{counts}")
    return ExportResult(Path(path), tw.name, counts)


def export_package(ctx: Context, out: Path, *, township: str | None = None) -> ExportResult:
    """A package of one township's records (a township clerk: their own)."""
    own = database_id(ctx)
    return _export(ctx, Path(out), township, own)


# --------------------------------------------------------------------------- reading a package


def _bad(path: Path, why: str) -> UserError:
    return UserError(f"交换包 {path.name} 无法使用：{why}", key="bad-package")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    if info.file_size > MAX_MEMBER:
        raise _bad(path, f"{info.filename} 过大（{info.file_size} 字节）")
    if info.compress_size and info.file_size / max(1, info.compress_size) > MAX_RATIO:
        raise _bad(path, f"{info.filename} 的压缩比异常（疑似压缩炸弹）")
    buf = io.BytesIO()
    with zf.open(info) as fh:
        while True:
            block = fh.read(1 << 20)
            if not block:
                break
            buf.write(block)
            if buf.tell() > min(MAX_MEMBER, info.file_size):
                raise _bad(path, f"{info.filename} 的实际大小与记载不符（疑似压缩炸弹）")
    return buf.getvalue()


def read_package(path: Path) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """(manifest, records by kind); refuses anything unexpected."""
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise UserError(f"找不到交换包：{path}", key="not-found") from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _bad(path, "不是 zip 格式的交换包，或文件已损坏") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _bad(path, f"包中文件过多（{len(infos)} 个）")
        if sum(i.file_size for i in infos) > MAX_TOTAL:
            raise _bad(path, "解压后总大小超过上限（疑似压缩炸弹）")
        allowed = {"manifest.json"} | {f"records/{k}.jsonl" for k in KINDS}
        for info in infos:
            name = info.filename
            if (
                name.startswith(("/", "\\"))
                or ".." in name.replace("\\", "/").split("/")
                or ":" in name
                or "\\" in name
            ):
                raise _bad(path, f"包中文件路径不安全：{clean_text(name)!r}")
            if name not in allowed and not info.is_dir():
                raise _bad(path, f"包中有不认识的文件：{clean_text(name)!r}")
        by_name = {i.filename: i for i in infos}
        if "manifest.json" not in by_name:
            raise _bad(path, "缺少 manifest.json")
        try:
            manifest = json.loads(_read_member(zf, by_name["manifest.json"], path))
        except (ValueError, UnicodeDecodeError):
            raise _bad(path, "manifest.json 无法读取") from None
        if not isinstance(manifest, dict) or manifest.get("magic") != MAGIC:
            raise _bad(path, "不是 CadreDesk 交换包")
        if int(manifest.get("format", 0)) > FORMAT:
            raise _bad(path, "来自更新版本的 CadreDesk，请先升级本程序")
        records: dict[str, list[dict[str, Any]]] = {}
        listed = manifest.get("members") or {}
        for name, meta in listed.items():
            if name not in by_name or name not in allowed:
                raise _bad(path, f"清单中的 {clean_text(name)!r} 不在包中")
            data = _read_member(zf, by_name[name], path)
            if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
                raise _bad(path, f"{name} 的校验值不符（包被改动或损坏）")
            kind = name[len("records/") : -len(".jsonl")]
            try:
                records[kind] = [
                    json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()
                ]
            except (ValueError, UnicodeDecodeError):
                raise _bad(path, f"{name} 无法读取") from None
        return manifest, records


# --------------------------------------------------------------------------- import


@dataclass(frozen=True)
class ConflictRow:
    id: int
    kind: str
    uid: str
    subject: str
    differences: dict[str, tuple[Any, Any]]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "uid": self.uid,
            "subject": self.subject,
            "differences": {k: {"ours": a, "theirs": b} for k, (a, b) in self.differences.items()},
        }


@dataclass
class ImportReport:
    township: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0
    conflicts: list[ConflictRow] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "township": self.township,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "kept": self.kept,
            "conflicts": [c.to_json() for c in self.conflicts],
            "rejected": self.rejected,
        }


def _differences(ours: dict[str, Any] | None, theirs: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    if ours is None:
        return {"记录": ("本地已删除", "对方已修改")}
    return {
        k: (ours.get(k), theirs.get(k))
        for k in sorted(set(ours) | set(theirs))
        if ours.get(k) != theirs.get(k)
    }


def _conflict_row(c: ExchangeConflict) -> ConflictRow:
    ours = json.loads(c.ours) if c.ours else None
    return ConflictRow(c.id, c.kind, c.uid, c.subject, _differences(ours, json.loads(c.theirs)))


def _set_base(s: Session, peer: str, uid: str, h: str) -> None:
    base = s.get(ExchangeBase, (peer, uid))
    if base is None:
        s.add(ExchangeBase(peer=peer, uid=uid, hash=h))
    elif base.hash != h:
        base.hash = h


@command("exchange.import", permission=Permission.EXCHANGE)
def _import(
    tx: Tx, manifest: dict[str, Any], records: dict[str, list[dict[str, Any]]], name: str
) -> ImportReport:
    s = tx.session
    own = s.get(Setting, DATABASE_ID)
    own_id = own.value if own is not None else ""
    peer = str(manifest.get("source_id") or "")
    if not peer or peer == own_id:
        raise ValidationError("这个交换包来自本数据库自身，无需导入", key="own-package")
    township = str(manifest.get("township") or "")
    tw = s.scalar(select(Township).where(Township.name == township))
    if tw is None:
        raise NotFound(f"本库没有交换包所属的乡镇“{township}”")
    tx.require_township(tw.id, f"乡镇“{township}”")
    report = ImportReport(township)
    refs = Refs(s)
    for kind in KINDS.values():
        for item in records.get(kind.name, []):
            uid, theirs = str(item.get("uid", "")), item.get("content")
            if not uid or not isinstance(theirs, dict):
                raise ValidationError(f"{kind.label}记录格式不对")
            theirs_hash = content_hash(theirs)
            try:
                local = kind.find(refs, uid, own_id, theirs)
                ours = kind.content(refs, local) if local is not None else None
                ours_hash = content_hash(ours) if ours is not None else None
                base = s.get(ExchangeBase, (peer, uid))
                base_hash = base.hash if base is not None else None
                # what we last sent the peer of this record, as the peer recorded it
                peer_bases = item.get("bases")
                sent = peer_bases.get(own_id) if isinstance(peer_bases, dict) else None
                known = {h for h in (base_hash, sent) if h}
                if ours_hash == theirs_hash:
                    report.unchanged += 1
                    _set_base(s, peer, uid, theirs_hash)
                elif theirs_hash in known:  # they did not change it since: ours is newer
                    report.kept += 1
                elif (local is None and base_hash is None) or (ours_hash is not None and ours_hash in known):
                    with s.no_autoflush:  # a new row is added before its references are looked up
                        row = kind.apply(refs, local, theirs)
                    s.flush()
                    kind.remember(refs, uid, own_id, row)
                    _set_base(s, peer, uid, theirs_hash)
                    if local is None:
                        report.added += 1
                    else:
                        report.updated += 1
                else:
                    open_ = s.scalar(
                        select(ExchangeConflict).where(
                            ExchangeConflict.peer == peer,
                            ExchangeConflict.uid == uid,
                            ExchangeConflict.theirs_hash == theirs_hash,
                            ExchangeConflict.resolution.is_(None),
                        )
                    )
                    if open_ is None:
                        open_ = ExchangeConflict(
                            peer=peer,
                            kind=kind.name,
                            uid=uid,
                            subject=kind.subject(theirs)[:200],
                            ours=json.dumps(ours, ensure_ascii=False) if ours is not None else None,
                            theirs=json.dumps(theirs, ensure_ascii=False),
                            theirs_hash=theirs_hash,
                        )
                        s.add(open_)
                        s.flush()
                    report.conflicts.append(_conflict_row(open_))
            except (ValidationError, KeyError, TypeError, ValueError) as exc:
                msg = exc.message if isinstance(exc, UserError) else f"字段缺失或格式不对（{exc}）"
                report.rejected.append({"kind": kind.label, "uid": uid, "reason": msg})
    if report.rejected:
        raise ValidationError(
            f"交换包 {name} 中有 {len(report.rejected)} 条记录无法对应本库（例如：{report.rejected[0]['reason']}），未导入任何记录。",
            result=report,
        )
    tx.audit(
        entity="township",
        entity_id=tw.id,
        detail=f"导入交换包 {name}（{township}）：新增 {report.added}，更新 {report.updated}，无变化 {report.unchanged}，"
        f"保留本地 {report.kept}，冲突 {len(report.conflicts)}",
    )
    return report


def import_package(ctx: Context, path: Path) -> ImportReport:
    """Import a package: all or nothing; conflicts are recorded for the clerk, never applied."""
    path = Path(path)
    manifest, records = read_package(path)
    database_id(ctx)
    return _import(ctx, manifest, records, path.name)


@query(permission=Permission.EXCHANGE)
def open_conflicts(tx: Tx) -> list[ConflictRow]:
    return [
        _conflict_row(c)
        for c in tx.session.scalars(
            select(ExchangeConflict)
            .where(ExchangeConflict.resolution.is_(None))
            .order_by(ExchangeConflict.id)
        )
    ]


@command("exchange.resolve", permission=Permission.EXCHANGE)
def resolve_conflict(tx: Tx, conflict_id: int, keep: str) -> None:
    """The clerk decides: ``ours`` keeps the local record, ``theirs`` takes the other side's."""
    s = tx.session
    c = s.get(ExchangeConflict, conflict_id)
    if c is None or c.resolution is not None:
        raise NotFound(f"没有待决定的冲突 {conflict_id}")
    if keep not in ("ours", "theirs"):
        raise ValidationError("请选择 ours（保留本地）或 theirs（采用对方）")
    kind = KINDS[c.kind]
    theirs = json.loads(c.theirs)
    if keep == "theirs":
        own = s.get(Setting, DATABASE_ID)
        own_id = own.value if own is not None else ""
        refs = Refs(s)
        local = kind.find(refs, c.uid, own_id, theirs)
        with s.no_autoflush:
            row = kind.apply(refs, local, theirs)
        s.flush()
        kind.remember(refs, c.uid, own_id, row)
    _set_base(s, c.peer, c.uid, c.theirs_hash)
    c.resolution = keep
    c.resolved_by = tx.actor.username[:32]
    tx.audit(
        entity="exchange",
        entity_id=c.id,
        detail=f"冲突 {c.subject}：{'保留本地' if keep == 'ours' else '采用对方'}",
    )


def iter_kinds() -> Iterator[tuple[str, str]]:
    return ((k.name, k.label) for k in KINDS.values())
