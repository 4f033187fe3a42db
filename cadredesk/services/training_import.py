"""Import a signed training sign-in sheet that a clerk typed into Excel (``import training``).

Same contract as the roster import: the header is found under title lines (``io.sheet_layout``:
merged headers, synonyms, full-width text), every row is checked and rejected rows are reported with
their Excel row number; by default nothing is written when any row is bad (``skip_invalid`` takes
the good rows), ``dry_run`` writes nothing; the clerk's preview is the same dry run.  Re-importing a
sheet changes nothing: a cell already holding the mark is counted as unchanged.

Which class: ``session_id``, else the one class of the batch, else the class whose name the sheet's
title lines contain.  Which courses:

- a sheet with a column per course (headers = course titles, as ``export_training(what="grid")``
  writes them, or their group label above): each cell is that course's mark; a blank cell changes
  nothing (the course may not have been held yet);
- a sheet with one sign-in column (签名 / 签到 / 出勤情况 …): the course ``course_id``, else the course
  the title lines name, else every course of the class (a sheet signed once for the whole class).
  A blank cell there means the cadre did not sign: 缺席, unless the 备注 says 请假 or 补课.

Marks: √ ✓ ✔ 到 出席 已签 1 是, or a signature (the cadre's name typed in) → 出席; 假 请假 病假 事假 →
请假; 缺 缺席 × 旷课 未到 0 否 → 缺席; 补 补课 → 补课.  People are found by 身份证号 when the sheet
gives it, else by 姓名 among the batch's cadres (单位 / 派驻村 tell namesakes apart); anyone else is a
rejected row.  A cadre of the batch not on the class's list is put on it (with a warning).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadredesk.core.audit import mask_id
from cadredesk.core.enums import TrainingMark
from cadredesk.core.idnumber import IdNumberError, normalise
from cadredesk.core.models import Batch, TrainingAttendance, TrainingCourse, TrainingSession, TrainingTrainee
from cadredesk.errors import NotFound, UserError, ValidationError
from cadredesk.io import excel_read, excel_write
from cadredesk.io.roster_layout import clean_text, col_letter, compact_text
from cadredesk.io.sheet_layout import RawRow, SheetLayout, Vocabulary, detect, header_key
from cadredesk.services.batch_people import Person, people_of
from cadredesk.services.context import Context, Tx, command
from cadredesk.services.training import MarkChange, add_trainees, apply_marks

PRESENT, ABSENT, LEAVE, MAKE_UP = (m.value for m in TrainingMark)

LABELS = {
    "seq": "序号",
    "name": "姓名",
    "id_number": "身份证号",
    "unit": "单位",
    "township": "乡镇（街道）",
    "place": "派驻村（社区）",
    "mark": "签到",
    "note": "备注",
}
SYNONYMS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "序", "编号", "No", "No."),
    "name": ("姓名", "学员姓名", "干部姓名", "驻村干部姓名", "参训人员", "参训学员", "名字", "学员"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码"),
    "unit": ("单位", "派出单位", "工作单位", "原单位", "所在单位", "单位及职务", "工作单位及职务"),
    "township": ("乡镇", "乡镇(街道)", "派驻乡镇", "乡镇街道", "所在乡镇"),
    "place": ("派驻村", "派驻村(社区)", "村(社区)", "派驻地点", "派驻点", "驻村名称", "所驻村"),
    "mark": (
        "签名", "签到", "签字", "本人签名", "本人签字", "签到情况", "签到签名", "学员签名", "出勤", "出勤情况", "考勤",
        "考勤情况", "到课情况", "出席情况", "参训情况", "状态", "签到(签名)",
    ),
    "note": ("备注", "说明", "情况说明"),
}  # fmt: skip

_PRESENT_WORDS = {
    "√",
    "✓",
    "✔",
    "☑",
    "到",
    "已到",
    "出席",
    "出勤",
    "已签",
    "已签到",
    "签到",
    "在",
    "1",
    "是",
    "○",
    "●",
    "y",
    "yes",
}
_LEAVE_WORDS = {"假", "请假", "病假", "事假", "公假", "请", "休"}
_ABSENT_WORDS = {
    "缺",
    "缺席",
    "缺勤",
    "缺课",
    "×",
    "✗",
    "✘",
    "旷",
    "旷课",
    "未到",
    "未签",
    "未参加",
    "0",
    "否",
    "无",
    "x",
    "n",
    "no",
}
_MAKE_UP_WORDS = {"补", "补课", "补训", "已补", "补学"}


def parse_mark(value: Any, name: str = "") -> str | None:
    """A typed cell → TrainingMark value; None for a blank cell; ValueError for anything else."""
    text = compact_text(value).lower() if not isinstance(value, bool) else ("1" if value else "0")
    if not text:
        return None
    for words, mark in (
        (_PRESENT_WORDS, PRESENT),
        (_LEAVE_WORDS, LEAVE),
        (_ABSENT_WORDS, ABSENT),
        (_MAKE_UP_WORDS, MAKE_UP),
    ):
        if text in words:
            return mark
    if len(text) <= 4:
        if "补" in text:
            return MAKE_UP
        if "假" in text:
            return LEAVE
        if "缺" in text or "旷" in text or text.startswith("未"):
            return ABSENT
    if name and text == compact_text(name).lower():
        return PRESENT  # the cadre's signature, typed in
    raise ValueError(f"“{clean_text(value)}”不是考勤标记（可填 √、假、缺、补，或本人签名）")


def _note_mark(note: str) -> str | None:
    if not note:
        return None
    if "补" in note:
        return MAKE_UP
    if "假" in note:
        return LEAVE
    return None


# --------------------------------------------------------------------------- the report


@dataclass
class TrainingImportReport:
    """What an import did (or would do); ``to_json`` follows the other imports (CLI.md)."""

    imported: int = 0  # rows applied (or that would be)
    marked: int = 0  # cells changed
    unchanged: int = 0  # cells already holding the mark
    enrolled: int = 0  # cadres put on the class's list
    rejected: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    file: str = ""
    sheet: str = ""
    session: str = ""
    courses: list[str] = field(default_factory=list)
    mode: str = ""  # "grid" (a column per course) or "sheet" (one sign-in column)
    dry_run: bool = False
    written: bool = False
    layout: SheetLayout | None = None
    row_notes: dict[int, tuple[str, str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported, "marked": self.marked, "unchanged": self.unchanged, "enrolled": self.enrolled,
            "rejected": list(self.rejected), "warnings": list(self.warnings), "session": self.session,
            "courses": list(self.courses),
        }  # fmt: skip

    def warn(self, row: int, message: str) -> None:
        self.warnings.append({"row": row, "message": message})


# --------------------------------------------------------------------------- class, courses, vocabulary


def _title_has(lines: Sequence[str], name: str) -> bool:
    key = header_key(name)
    return bool(key) and any(key in header_key(t) for t in lines)


def _early_texts(rows: Sequence[Sequence[Any]], limit: int = 12) -> list[str]:
    out: list[str] = []
    for row in rows[:limit]:
        out.extend(clean_text(v) for v in row if isinstance(v, str) and v.strip())
    return out


def _pick_session(
    s: Session, batch: Batch, session_id: int | None, rows: Sequence[Sequence[Any]], where: str
) -> TrainingSession:
    if session_id is not None:
        ts = s.get(TrainingSession, session_id)
        if ts is None or ts.batch_id != batch.id:
            raise NotFound(f"批次“{batch.name}”中没有培训班 {session_id}")
        return ts
    sessions = list(
        s.scalars(
            select(TrainingSession).where(TrainingSession.batch_id == batch.id).order_by(TrainingSession.id)
        )
    )
    if not sessions:
        raise ValidationError(f"批次“{batch.name}”还没有培训班，请先新建培训班和课程", key="no-session")
    if len(sessions) == 1:
        return sessions[0]
    texts = _early_texts(rows)
    named = [t for t in sessions if _title_has(texts, t.name)]
    if named:
        return max(named, key=lambda t: len(t.name))
    raise ValidationError(
        f"{where}的标题没有写明是哪个培训班，批次“{batch.name}”有 {len(sessions)} 个培训班"
        f"（{'、'.join(t.name for t in sessions)}），请指定培训班",
        key="ambiguous",
    )


def _vocabulary(courses: Sequence[TrainingCourse]) -> Vocabulary:
    by_key = {header_key(c.title): c for c in courses}

    def dynamic(leaf: str, parent: str) -> str | None:
        hit = by_key.get(leaf)
        if hit is None and len(leaf) >= 4:
            near = [c for k, c in by_key.items() if leaf in k or k in leaf]
            hit = near[0] if len(near) == 1 else None
        return f"course:{hit.id}" if hit is not None else None

    titles = {f"course:{c.id}": c.title for c in courses}
    return Vocabulary(
        labels=LABELS, synonyms=SYNONYMS, anchors=frozenset({"name"}), required=("name",), dynamic=dynamic,
        dynamic_label=lambda k: titles.get(k, k),
    )  # fmt: skip


# --------------------------------------------------------------------------- rows


@dataclass
class _Line:
    row: int
    name: str
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    person: Person | None = None
    marks: dict[int, str] = field(default_factory=dict)  # course id → mark
    note: str = ""
    status: str = "ok"  # ok | skipped | rejected


class _People:
    """The batch's cadres, found by ID number or by name (with unit/place telling namesakes apart)."""

    def __init__(self, people: dict[int, Person]) -> None:
        self.by_id = {p.id_number: p for p in people.values()}
        self.by_name: dict[str, list[Person]] = defaultdict(list)
        for p in people.values():
            self.by_name[compact_text(p.name)].append(p)

    def find(self, line: _Line, raw: RawRow) -> Person | None:
        v = raw.values
        if "id_number" in v:
            try:
                number = normalise(v["id_number"])
            except IdNumberError as exc:
                line.reasons.append(str(exc))
                return None
            p = self.by_id.get(number)
            if p is None:
                line.reasons.append(f"身份证号 {mask_id(number)} 不在本批次名单中")
                return None
            if line.name and compact_text(p.name) != line.name:
                line.reasons.append(f"姓名“{line.name}”与身份证号不符（名单中为“{p.name}”）")
                return None
            return p
        if not line.name:
            return None
        found = self.by_name.get(line.name, [])
        if not found:
            line.reasons.append(f"本批次名单中没有“{line.name}”")
            return None
        if len(found) > 1:
            hints = [compact_text(v[k]) for k in ("unit", "place", "township") if k in v]
            narrowed = [
                p
                for p in found
                if hints and all(h in compact_text(f"{p.unit}{p.township}{p.place}") for h in hints if h)
            ]
            if len(narrowed) == 1:
                return narrowed[0]
            line.reasons.append(
                f"本批次有 {len(found)} 名“{line.name}”，请填写身份证号或单位、派驻村加以区分"
            )
            return None
        return found[0]


def _parse_rows(
    raws: Sequence[RawRow], layout: SheetLayout, vocab: Vocabulary, people: _People, sheet_courses: Sequence[TrainingCourse],
) -> list[_Line]:  # fmt: skip
    course_cols = {c: int(f.split(":", 1)[1]) for c, f in layout.columns.items() if f.startswith("course:")}
    lines = []
    for raw in raws:
        v = raw.values
        line = _Line(raw.row, compact_text(v.get("name"))[:32])
        line.note = clean_text(v.get("note"))
        if not line.name and "id_number" not in v:
            line.reasons.append("缺少姓名")
        line.person = people.find(line, raw)
        name = line.person.name if line.person else line.name
        if course_cols:
            for col, cid in course_cols.items():
                field_key = f"course:{cid}"
                if field_key not in v:
                    continue
                try:
                    mark = parse_mark(v[field_key], name)
                except ValueError as exc:
                    line.reasons.append(f"{col_letter(col)} 列（{vocab.label(field_key)}）：{exc}")
                    continue
                if mark is not None:
                    line.marks[cid] = mark
            if not line.marks and not line.reasons:
                line.status = "skipped"
                line.warnings.append("没有填写任何课程的考勤，跳过")
        else:
            try:
                mark = parse_mark(v.get("mark"), name)
            except ValueError as exc:
                line.reasons.append(str(exc))
                mark = None
            if mark is None and not line.reasons:
                mark = _note_mark(line.note) or ABSENT
                if mark == ABSENT:
                    line.warnings.append("未签到，记为缺席")
            if mark is not None:
                line.marks = {c.id: mark for c in sheet_courses}
        lines.append(line)
    return lines


def _mark_duplicates(lines: list[_Line]) -> None:
    """The same cadre on two rows: an identical repeat is skipped, a conflicting one rejects both."""
    by_person: dict[int, list[_Line]] = defaultdict(list)
    for line in lines:
        if line.person is not None and not line.reasons and line.status == "ok":
            by_person[line.person.dispatch_id].append(line)
    for group in by_person.values():
        if len(group) < 2:
            continue
        first = group[0]
        if all(g.marks == first.marks for g in group[1:]):
            for g in group[1:]:
                g.status = "skipped"
                g.warnings.append(f"与第 {first.row} 行重复，跳过")
            continue
        for g in group:
            others = "、".join(str(o.row) for o in group if o is not g)
            g.reasons.append(f"与第 {others} 行是同一人，考勤不一致")


# --------------------------------------------------------------------------- the import


def _where(path: Path, sheet: str) -> str:
    return f"“{path.name}”工作表“{sheet}”"


@command("training.import")
def import_training(
    tx: Tx,
    path: str | Path,
    *,
    batch_id: int,
    session_id: int | None = None,
    course_id: int | None = None,
    sheet: str | int | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    header_rows: Sequence[int] | None = None,
    columns: dict[int, str] | None = None,
    annotated_out: str | Path | None = None,
) -> TrainingImportReport:
    """Import the marks of a typed-in sign-in sheet into a class of the batch (see the module doc).

    ``header_rows``/``columns``: the clerk's corrections of the detected layout (the preview's
    column mapping); ``annotated_out``: a copy of the workbook with the outcome beside each row."""
    s = tx.session
    path = Path(path)
    batch = s.get(Batch, batch_id)
    if batch is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    data = excel_read.read_sheet(path, sheet)
    where = _where(path, data.name)
    ts = _pick_session(s, batch, session_id, data.rows, where)
    courses = list(ts.courses)
    if not courses:
        raise ValidationError(f"培训班“{ts.name}”还没有课程，请先添加课程", key="no-course")
    vocab = _vocabulary(courses)
    try:
        layout, raws = detect(data.rows, vocab, header_rows=header_rows, columns=columns)
    except UserError as exc:
        raise ValidationError(f"{where}：{exc.message}", key=exc.key) from None
    report = TrainingImportReport(
        file=path.name, sheet=data.name, session=ts.name, dry_run=dry_run, layout=layout
    )
    header_row = layout.last_header_row
    missing = layout.missing(vocab)
    if missing:
        raise ValidationError(
            f"{where}缺少必需的列：{'、'.join(missing)}（表头在第 {header_row} 行）",
            key="no-column",
            result=report,
        )
    course_cols = [f for f in layout.columns.values() if f.startswith("course:")]
    by_id = {c.id: c for c in courses}
    if course_cols:
        report.mode = "grid"
        sheet_courses = [by_id[int(f.split(":", 1)[1])] for f in course_cols]
        if "mark" in layout.columns.values():
            report.warn(header_row, "表中既有各课程列又有签到列，按各课程列导入，签到列未用")
    elif "mark" in layout.columns.values():
        report.mode = "sheet"
        if course_id is not None:
            if course_id not in by_id:
                raise NotFound(f"培训班“{ts.name}”中没有课程 {course_id}")
            sheet_courses = [by_id[course_id]]
        else:
            named = [c for c in courses if _title_has(layout.title_lines, c.title)]
            sheet_courses = [max(named, key=lambda c: len(c.title))] if named else courses
            if not named and len(courses) > 1:
                report.warn(0, f"表中未写明课程，签到记入培训班“{ts.name}”的全部 {len(courses)} 门课程")
    else:
        titles = "、".join(c.title for c in courses)
        raise ValidationError(
            f"{where}既没有“签到/签名”列，也没有与课程名称相同的列（第 {header_row} 行为表头；本班课程：{titles}）",
            key="no-column",
            result=report,
        )
    report.courses = [c.title for c in sheet_courses]
    for note in layout.notes:
        report.warn(header_row, note)
    for col, caption in layout.unmapped:
        report.warn(header_row, f"{col_letter(col)} 列“{caption}”没有对应的字段，其内容未导入")
    for row, why in layout.skipped:
        if why.startswith("非数据行") or why.startswith("没有已识别列"):
            report.warn(row, f"{why}，已忽略")
            report.row_notes[row] = (f"未导入：{why}", "warning")
    if not raws:
        raise ValidationError(
            f"{where}在表头（第 {header_row} 行）之后没有数据行", key="empty", result=report
        )

    people = people_of(s, batch.id)
    lines = _parse_rows(raws, layout, vocab, _People(people), sheet_courses)
    _mark_duplicates(lines)
    listed = set(s.scalars(select(TrainingTrainee.dispatch_id).where(TrainingTrainee.session_id == ts.id)))
    good = [ln for ln in lines if not ln.reasons and ln.status == "ok" and ln.person is not None]
    for ln in good:
        assert ln.person is not None
        if ln.person.dispatch_id not in listed:
            ln.warnings.append(f"{ln.person.name}不在“{ts.name}”学员名单中，导入时加入")
    # what the marks would change
    existing = {
        (cid, did): mark
        for cid, did, mark in s.execute(
            select(
                TrainingAttendance.course_id, TrainingAttendance.dispatch_id, TrainingAttendance.mark
            ).where(TrainingAttendance.course_id.in_([c.id for c in courses]))
        )
    }
    changes: list[MarkChange] = []
    for ln in good:
        assert ln.person is not None
        for cid, mark in ln.marks.items():
            if existing.get((cid, ln.person.dispatch_id)) == mark:
                report.unchanged += 1
            else:
                changes.append(MarkChange(cid, ln.person.dispatch_id, mark))
    for ln in lines:
        if ln.reasons:
            ln.status = "rejected"
            report.rejected.append({"row": ln.row, "name": ln.name, "reason": "；".join(ln.reasons)})
        for w in ln.warnings:
            report.warn(ln.row, f"{ln.person.name if ln.person else ln.name}：{w}")
    report.warnings.sort(key=lambda w: w["row"])
    report.marked = len(changes)
    report.enrolled = len(
        {ln.person.dispatch_id for ln in good if ln.person and ln.person.dispatch_id not in listed}
    )
    report.imported = len(good)
    outcome_error: ValidationError | None = None
    if report.rejected and not skip_invalid:
        outcome_error = ValidationError(
            f"{where}有 {len(report.rejected)} 行不合格，未导入任何数据（改正后重新导入，或选择“跳过不合格的行”只导入合格的行）",
            result=report,
        )
    elif not dry_run and (changes or report.enrolled):
        tx.progress.check()
        out, _written = apply_marks(s, changes)  # cadres marked at the class go on its list
        add_trainees(s, ts, [ln.person.dispatch_id for ln in good if ln.person is not None])  # and the others
        report.written = True
        report.marked = out.changed
        tx.audit(
            entity="training_session",
            entity_id=ts.id,
            detail=(
                f"{path.name}［{data.name}］→ {ts.name}（{'、'.join(report.courses[:3])}{'等' if len(report.courses) > 3 else ''}）："
                f"{report.imported} 人，写入 {out.changed} 格，未变 {report.unchanged} 格，加入学员 {report.enrolled} 人，"
                f"不合格 {len(report.rejected)} 行"
            ),
        )
    for ln in lines:
        if ln.status == "rejected":
            report.row_notes[ln.row] = ("；".join(ln.reasons), "rejected")
        elif ln.status == "skipped":
            report.row_notes[ln.row] = ("；".join(ln.warnings), "skipped")
        else:
            text = "、".join(f"{by_id[c].title if len(ln.marks) > 1 else ''}{m}" for c, m in ln.marks.items())
            report.row_notes[ln.row] = (
                ("；".join(ln.warnings) + "；" if ln.warnings else "") + f"校验通过：{text}",
                "warning" if ln.warnings else "ok",
            )
    if annotated_out is not None:
        excel_write.write_annotated(
            source=path, fmt=data.fmt, sheet=data.name, rows=data.rows, header_rows=layout.header_rows,
            notes=report.row_notes, out=annotated_out,
        )  # fmt: skip
    if outcome_error is not None:
        raise outcome_error
    return report


# --------------------------------------------------------------------------- the GUI's preview


@dataclass(frozen=True)
class TrainingPreview:
    """What reading a workbook and a dry run found (the import dialog's preview and mapping)."""

    sheet: excel_read.SheetData
    report: TrainingImportReport | None
    error: str


def preview_training_import(
    ctx: Context,
    path: str | Path,
    *,
    batch_id: int,
    session_id: int | None = None,
    course_id: int | None = None,
    sheet: str | int | None = None,
    header_rows: Sequence[int] | None = None,
    columns: dict[int, str] | None = None,
) -> TrainingPreview:
    """Read the sheet and dry-run the import with the clerk's corrections: nothing is written.  The
    report's ``layout`` is the mapping to show; a refused import gives its message in ``error``
    (with the report when there is one)."""
    data = excel_read.read_sheet(Path(path), sheet)
    try:
        report = import_training(
            ctx, path, batch_id=batch_id, session_id=session_id, course_id=course_id, sheet=data.name,
            skip_invalid=True, dry_run=True, header_rows=header_rows, columns=columns,
        )  # fmt: skip
    except UserError as exc:
        result = exc.result if isinstance(exc.result, TrainingImportReport) else None
        return TrainingPreview(data, result, exc.message)
    return TrainingPreview(data, report, "")
