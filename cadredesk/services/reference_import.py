"""Import reference data from Excel: places (派驻点 with priority tags) and dispatching units (with
their leaders and, for a batch, their quota).

Same contract as the roster import: the header is found under title lines, values are normalised,
every row is checked, nothing is written unless every row is good (or ``skip_invalid``), and the
report names Excel row numbers.  Existing records are updated, so importing a file twice changes
nothing the second time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadredesk.core.enums import PlaceKind, PlaceTag
from cadredesk.core.models import Batch, Place, Township, UnitQuota
from cadredesk.core.places import infer_kind
from cadredesk.core.security import Permission
from cadredesk.core.text import clean_text, length_problems
from cadredesk.errors import UserError, ValidationError
from cadredesk.io import excel_write
from cadredesk.io.excel_read import SheetData, read_sheet
from cadredesk.io.places_layout import PLACE_FIELD_LABELS, PlacesLayout, detect_places_layout, place_values
from cadredesk.io.roster_layout import ignored_text, is_blank
from cadredesk.services import batches, import_runs, reference
from cadredesk.services.context import Context, Tx, command

HEADER_SCAN_ROWS = 30
_TRUE = {"是", "√", "✓", "✔", "1", "Y", "YES", "TRUE", "有", "★", "●", "○"}
_SPLIT = re.compile(r"[、,，;；/\s]+")
_FOOTER = re.compile(r"^(合计|总计|小计|注[:：]?|说明|填表人|审核人|制表)")

# field → header synonyms (compared without spaces, full-width folded, brackets removed)
PLACE_FIELDS: dict[str, tuple[str, ...]] = {
    "township": ("乡镇", "乡镇街道", "所属乡镇", "乡镇名称", "镇街", "街道", "乡镇(街道)"),
    "name": ("村", "村名", "村名称", "名称", "村社区", "村(社区)", "村社区名称", "派驻点", "派驻点名称", "企业名称",
             "项目名称", "单位名称", "行政村"),
    "kind": ("类型", "类别", "派驻点类型", "性质"),
    "tags": ("重点类别", "重点村类别", "村情类别", "标签", "重点类型", "村类别"),
    "households": ("户数", "总户数"),
    "population": ("人口", "总人口", "人口数"),
    "note": ("备注",),
}  # fmt: skip
TAG_COLUMNS = {
    PlaceTag.WEAK_ORG.value: ("软弱涣散",),
    PlaceTag.WEAK_ECONOMY.value: ("经济薄弱",),
    PlaceTag.ELECTION_HARD.value: ("换届", "重难点"),
    PlaceTag.OLD_REVOLUTIONARY.value: ("革命老区", "老区"),
    PlaceTag.ETHNIC_MINORITY.value: ("少数民族", "民族村"),
}
UNIT_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("单位", "单位名称", "派出单位", "派员单位", "部门", "部门单位"),
    "short_name": ("简称", "单位简称"),
    "category": ("单位类别", "单位性质", "类别"),
    "head_name": ("主要负责人", "单位主要负责人", "主要领导", "一把手", "主要负责人姓名"),
    "head_post": ("主要负责人职务", "主要领导职务"),
    "deputy_name": ("分管负责人", "分管领导", "分管负责同志", "分管负责人姓名"),
    "deputy_post": ("分管负责人职务", "分管领导职务"),
    "contact_phone": ("联系电话", "电话", "联系方式"),
    "quota": ("选派名额", "名额", "应派人数", "选派任务", "选派人数", "任务数"),
}


def _norm(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value if value is not None else ""))
    text = re.sub(r"[\s\u3000]+", "", text)
    return re.sub(r"[（(][^）)]*[）)]$", "", text) if len(text) > 2 else text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(clean_text(unicodedata.normalize("NFKC", str(value))).split())


#: the widths of the columns the values go to (too long: the row is rejected, never cut)
PLACE_LIMITS = {"township": 64, "name": 128, "kind": 8}
UNIT_LIMITS = {
    "name": 128, "short_name": 32, "category": 32, "head_name": 32, "head_post": 64,
    "deputy_name": 32, "deputy_post": 64, "contact_phone": 32,
}  # fmt: skip
_LABELS = {"township": "乡镇", "name": "名称", "kind": "类型", "short_name": "简称", "category": "单位类别",
           "head_name": "主要负责人", "head_post": "主要负责人职务", "deputy_name": "分管负责人",
           "deputy_post": "分管负责人职务", "contact_phone": "联系电话"}  # fmt: skip


def _header_field(cell: Any, fields: dict[str, tuple[str, ...]]) -> str | None:
    key = _norm(cell)
    if not key:
        return None
    full = unicodedata.normalize("NFKC", re.sub(r"[\s\u3000]+", "", str(cell)))
    for name, synonyms in fields.items():
        if key in synonyms or full in synonyms:
            return name
    return None


@dataclass
class ReferenceReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    valid: int = 0  # rows that passed every check (written unless another row failed)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "warnings": self.warnings,
        }


@dataclass(frozen=True)
class _Layout:
    header_row: int  # 0-based index into rows
    columns: dict[int, str]  # column index → field
    tag_columns: dict[int, str]  # column index → PlaceTag value (places only)


def _find_layout(
    rows: Sequence[Sequence[Any]],
    fields: dict[str, tuple[str, ...]],
    required: tuple[str, ...],
    what: str,
    path: Path,
) -> _Layout:
    best: _Layout | None = None
    best_score = 0
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns: dict[int, str] = {}
        tags: dict[int, str] = {}
        for c, cell in enumerate(row):
            f = _header_field(cell, fields)
            if f and f not in columns.values():
                columns[c] = f
            elif fields is PLACE_FIELDS:
                key = _norm(cell)
                for tag, marks in TAG_COLUMNS.items():
                    if key and any(m in key for m in marks) and tag not in tags.values():
                        tags[c] = tag
        score = len(columns) + len(tags)
        if all(f in columns.values() for f in required) and score > best_score:
            best, best_score = _Layout(r, columns, tags), score
    if best is None:
        need = "、".join(fields[f][0] for f in required)
        raise ValidationError(
            f"在“{path.name}”的前 {HEADER_SCAN_ROWS} 行中找不到{what}表头（至少需要：{need}）"
        )
    return best


def _data_rows(
    rows: Sequence[Sequence[Any]], layout: _Layout
) -> list[tuple[int, dict[str, str], dict[str, str]]]:
    out = []
    for r in range(layout.header_row + 1, len(rows)):
        row = rows[r]
        values = {f: _text(row[c]) if c < len(row) else "" for c, f in layout.columns.items()}
        marks = {t: _text(row[c]) if c < len(row) else "" for c, t in layout.tag_columns.items()}
        if not any(values.values()) and not any(marks.values()):
            continue
        first = next((_text(v) for v in row if _text(v)), "")
        if _FOOTER.match(first):
            continue
        if all(_header_field(row[c], PLACE_FIELDS | UNIT_FIELDS) for c in layout.columns if c < len(row)):
            continue  # a header row repeated mid-sheet
        out.append((r + 1, values, marks))
    return out


def _finish(
    tx: Tx,
    report: ReferenceReport,
    write: Callable[[Session], None],
    *,
    skip_invalid: bool,
    dry_run: bool,
) -> ReferenceReport:
    if report.rejected and not skip_invalid:
        n = len(report.rejected)
        raise ValidationError(
            f"有 {n} 行不符合要求，未导入任何数据（可改正后重新导入，或选择跳过不合格的行）", result=report
        )
    if dry_run:
        return report
    write(tx.session)
    return report


# --------------------------------------------------------------------------- places


def _place_tags(values: dict[str, str]) -> tuple[list[str], list[str]]:
    """(tags, unknown words) from a 重点类别 text and the one-tag columns' marks."""
    tags: list[str] = []
    unknown: list[str] = []
    for part in _SPLIT.split(values.get("tags", "")):
        if not part or part in ("无", "否", "-", "/"):
            continue
        hit = next((t for t, keys in TAG_COLUMNS.items() if part == t or any(k in part for k in keys)), None)
        if hit:
            tags.append(hit)
        else:
            unknown.append(part)
    for key, mark in values.items():
        if key.startswith("tag:"):
            tag = key[4:]
            if mark.upper() in _TRUE or mark == tag:
                tags.append(tag)
            elif mark not in ("否", "×", "无", "0", "-", "/"):
                unknown.append(f"{tag}列“{mark}”")
    order = [t.value for t in PlaceTag]
    return sorted(dict.fromkeys(tags), key=order.index), unknown


@dataclass
class PlacesReport(ReferenceReport):
    """What a places import did or would do; ``to_json`` as the other reference imports."""

    file: str = ""
    sheet: str = ""
    batch: str = ""
    dry_run: bool = False
    written: bool = False
    layout: PlacesLayout | None = None
    #: 1-based row → (text, kind) for the annotated copy and the GUI (ok, warning, rejected)
    row_notes: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: 1-based row → the place it is about (乡镇 and name, as typed), for the GUI's preview
    row_names: dict[int, str] = field(default_factory=dict)
    created_townships: list[str] = field(default_factory=list)
    run_id: int | None = None

    def warn(self, row: int, message: str) -> None:
        self.warnings.append({"row": row, "message": message})


@dataclass
class _PlaceRow:
    row: int
    township: str
    name: str
    kind: str
    tags: list[str]
    households: int | None
    population: int | None
    code: str
    note: str
    lost: list[str]


@command("import.places", permission=Permission.IMPORT)
def import_places(
    tx: Tx,
    path: Path,
    *,
    sheet: str | None = None,
    batch: str | None = None,
    create_townships: bool = False,
    skip_invalid: bool = False,
    dry_run: bool = False,
    layout: PlacesLayout | None = None,
    annotated_out: Path | None = None,
) -> PlacesReport:
    """Townships and places from a workbook, as rosters are imported (see the roster import):

    the header is found (or the clerk's ``layout`` used), every row is checked, nothing is written
    unless every row is good (or ``skip_invalid``), ``dry_run`` writes nothing, ``annotated_out`` saves
    a copy with the reason beside each row, every column with content that no field takes is named.
    A township not yet registered is a rejected row unless ``create_townships``.  The priority tags
    are the places' current tags; with ``batch`` they are also that batch's list (an earlier batch's
    list changes only when it is named).  Existing places are updated; the same file twice changes
    nothing.  A written import is recorded and can be undone as a whole (``import_runs``).
    """
    s = tx.session
    path = Path(path)
    data = read_sheet(path, sheet)
    where = f"“{path.name}”工作表“{data.name}”"
    try:
        found = layout or detect_places_layout(data.rows)
    except ValidationError as exc:
        raise ValidationError(f"{where}{exc.message}", key=exc.key) from None
    missing = found.missing_required()
    if missing:
        raise ValidationError(
            f"{where}缺少必需的列：{'、'.join(missing)}（表头在第 {found.header_row} 行）", key="no-column"
        )
    target = batches.find(s, batch) if batch else None
    if target is not None and target.closed_on is not None:
        raise ValidationError(
            f"批次“{target.name}”已于 {target.closed_on} 结束，其重点村名单不能再修改", key="batch-closed"
        )
    report = PlacesReport(
        file=path.name, sheet=data.name, batch=target.name if target else "", dry_run=dry_run, layout=found
    )
    hdr = found.header_row
    for note in found.notes:
        report.warn(hdr, note)
    for col, caption, n in found.ignored:
        report.warn(hdr, f"{ignored_text(col, caption)}未对应任何字段，其中 {n} 行的内容不会导入")
    kinds = {k.value for k in PlaceKind}
    townships = {name: tid for tid, name in s.execute(select(Township.id, Township.name))}
    wanted: list[_PlaceRow] = []
    seen: dict[tuple[str, str], int] = {}
    new_townships: dict[str, int] = {}
    ignored = [(c, cap) for c, cap, _n in found.ignored]
    for r in found.data_rows:
        row = data.rows[r - 1]
        values = place_values(row, found)
        tname, pname = "".join(values.get("township", "").split()), "".join(values.get("name", "").split())
        problems = length_problems({**values, "township": tname, "name": pname}, PLACE_LIMITS, _LABELS)
        report.row_names[r] = f"{tname} {pname}".strip()
        if not tname:
            problems.append("乡镇为空")
        if not pname:
            problems.append("派驻点名称为空")
        kind = values.get("kind", "").replace("村居", "村").replace("行政村", "村")
        if kind in ("企业（民营）", "企业(民营)", "民营企业", "国有企业", "省属企业", "省管企业"):
            kind = PlaceKind.ENTERPRISE.value
        if kind and kind not in kinds:
            problems.append(f"类型“{kind}”应为：村、社区、企业、项目工地")
        kind = kind or infer_kind(pname)
        tags, unknown = _place_tags(values)
        if unknown:
            problems.append(
                f"重点类别“{'、'.join(unknown)}”不认识，应为：{'、'.join(t.value for t in PlaceTag)}"
            )
        if tname and tname not in townships:
            if not create_townships:
                problems.append(f"乡镇“{tname}”尚未登记（导入时选择“新建乡镇”可一并新建）")
            elif tname not in new_townships:
                new_townships[tname] = r
        key = (tname, pname)
        if pname and key in seen:
            problems.append(f"与第 {seen[key]} 行重复")
        seen.setdefault(key, r)
        numbers: dict[str, int | None] = {}
        lost = [
            ignored_text(c, cap) + "的内容" for c, cap in ignored if c < len(row) and not is_blank(row[c])
        ]
        for f in ("households", "population"):
            text = values.get(f, "")
            numbers[f] = _int(text)
            if text and numbers[f] is None:
                lost.append(f"{PLACE_FIELD_LABELS[f]}“{text}”不是整数，未录入")
        if problems:
            report.rejected.append({"row": r, "name": pname or tname, "reason": "；".join(problems)})
            report.row_notes[r] = ("；".join(problems), "rejected")
            continue
        wanted.append(
            _PlaceRow(r, tname, pname, kind, tags, numbers["households"], numbers["population"],
                      values.get("code", "")[:24], values.get("note", ""), lost)
        )  # fmt: skip
    for tname, r in new_townships.items():
        if any(w.township == tname for w in wanted):
            report.warn(r, f"{'将' if dry_run else ''}新建乡镇“{tname}”")
    for w in wanted:
        for message in w.lost:
            if "不是整数" in message:
                report.warn(w.row, message)
    report.valid = len(wanted)
    if any(w.tags for w in wanted) and target is None and s.scalar(select(Batch.id).limit(1)) is not None:
        report.warn(
            0,
            "重点类别已作为派驻点的现行类别保存（新建批次时采用）；已有批次的重点村名单没有改动，"
            "如需用于某个批次，请指定该批次",
        )
    failed = bool(report.rejected) and not skip_invalid
    if not failed and not dry_run:
        _write_places(tx, report, wanted, target, townships)
        report.written = True
    elif dry_run:
        report.imported = len(wanted)
    for w in wanted:
        done = "已导入" if report.written else "可导入"
        if w.lost:
            report.row_notes[w.row] = (f"{done}，但以下内容未录入：{'；'.join(w.lost)}", "warning")
        else:
            report.row_notes[w.row] = ("已导入" if report.written else "校验通过", "ok")
    if annotated_out is not None:
        excel_write.write_annotated(
            source=path, fmt=data.fmt, sheet=data.name, rows=data.rows, header_rows=(hdr,),
            notes=report.row_notes, out=annotated_out,
        )  # fmt: skip
    if failed:
        raise ValidationError(
            f"{where}有 {len(report.rejected)} 行不合格，未导入任何数据（可改正后重新导入，或选择跳过不合格的行）",
            result=report,
        )
    return report


def _write_places(
    tx: Tx, report: PlacesReport, wanted: list[_PlaceRow], target: Batch | None, townships: dict[str, int]
) -> None:
    s = tx.session
    newest = reference.newest_open_batch(s)
    also_current = target is None or (newest is not None and newest.id == target.id)
    created: dict[str, list[int]] = {"township": [], "place": []}
    changed: list[tuple[str, int, dict[str, Any]]] = []
    current_batch_tags = reference.batch_tags(s, target.id) if target is not None else {}
    for w in wanted:
        tid = townships.get(w.township)
        if tid is None:
            township, _created = reference.township_named(s, w.township, create=True)
            assert township is not None
            tid = townships[w.township] = township.id
            created["township"].append(tid)
            report.created_townships.append(w.township)
        place = s.scalar(select(Place).where(Place.township_id == tid, Place.name == w.name))
        tags_now = w.tags if also_current else None
        if place is None:
            place = reference.store_place(s, tid, w.name, w.kind, w.tags)
            created["place"].append(place.id)
            report.imported += 1
        else:
            before: dict[str, Any] = {
                "kind": place.kind, "tags": sorted(place.tag_names), "households": place.households,
                "population": place.population, "note": place.note,
            }  # fmt: skip
            if target is not None:
                before["batch_tags"] = list(current_batch_tags.get(place.id, ()))
            same = (
                place.kind == w.kind
                and (tags_now is None or sorted(place.tag_names) == sorted(w.tags))
                and (w.households is None or place.households == w.households)
                and (w.population is None or place.population == w.population)
                and (not w.note or place.note == w.note)
                and (target is None or sorted(current_batch_tags.get(place.id, ())) == sorted(w.tags))
            )
            if same:
                report.unchanged += 1
                continue
            reference.store_place(s, tid, w.name, w.kind, tags_now, place_id=place.id)
            report.updated += 1
            changed.append(("place", place.id, before))
        if w.households is not None:
            place.households = w.households
        if w.population is not None:
            place.population = w.population
        if w.note:
            place.note = w.note
        if w.code and not place.code:
            place.code = w.code
        if target is not None:
            reference.set_batch_tags(s, target, place.id, w.tags)
    s.flush()
    for _entity, pid, before in changed:
        row = s.get(Place, pid)
        before["_version_after"] = row.version if row is not None else None
    if created["township"] or created["place"] or changed:
        report.run_id = import_runs.record_run(
            s, kind="places", file=report.file, sheet=report.sheet, batch_id=target.id if target else None,
            user=tx.actor.username, summary=f"新增 {report.imported}，更新 {report.updated}", created=created,
            changed=changed,
        )  # fmt: skip
    tx.audit(
        detail=f"{report.file}: 新增 {report.imported}，更新 {report.updated}，拒绝 {len(report.rejected)}"
        + (f"；新建乡镇 {'、'.join(report.created_townships)}" if report.created_townships else "")
        + (f"；重点类别用于批次“{target.name}”" if target is not None else "")
    )


@dataclass(frozen=True)
class PlacesPreview:
    """What reading a places workbook and a dry run of its import found (the GUI's import preview)."""

    sheet: SheetData
    layout: PlacesLayout | None
    layout_error: str
    report: PlacesReport | None
    report_error: str


def preview_places(
    ctx: Context,
    path: Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    columns: dict[int, str] | None = None,
    batch: str | None = None,
    create_townships: bool = False,
) -> PlacesPreview:
    """Read the sheet, find or apply the clerk's column mapping, and dry-run the import: nothing is written.

    The report's rejected rows and ``row_notes`` say what would happen to each row; ``layout.ignored``
    names the columns whose content would not be imported (to highlight)."""
    data = read_sheet(Path(path), sheet)
    try:
        layout = detect_places_layout(data.rows, header_row=header_row, columns=columns)
    except ValidationError as exc:
        return PlacesPreview(data, None, exc.message, None, "")
    missing = layout.missing_required()
    if missing:
        return PlacesPreview(
            data, layout, "", None, f"缺少必需的列：{'、'.join(missing)}。请为相应的列选择字段。"
        )
    try:
        report = import_places(
            ctx, Path(path), sheet=data.name, batch=batch, create_townships=create_townships, skip_invalid=True,
            dry_run=True, layout=layout,
        )  # fmt: skip
    except UserError as exc:
        return PlacesPreview(data, layout, "", None, exc.message)
    return PlacesPreview(data, layout, "", report, "")


def _int(text: str) -> int | None:
    text = text.replace(",", "").strip()
    if not text:
        return None
    try:
        return int(float(text))
    except ValueError:
        return None


# --------------------------------------------------------------------------- units


@command("import.units", permission=Permission.IMPORT)
def import_units(
    tx: Tx,
    path: Path,
    *,
    batch: str | None = None,
    sheet: str | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
) -> ReferenceReport:
    """Dispatching units with their head and deputy in charge; a 选派名额 column sets quotas in ``batch``."""
    data = read_sheet(path, sheet)
    layout = _find_layout(data.rows, UNIT_FIELDS, ("name",), "派出单位", path)
    has_quota = "quota" in layout.columns.values()
    if has_quota and not batch:
        raise ValidationError("表中有“选派名额”列，请指定这些名额属于哪个批次（--batch）")
    report = ReferenceReport()
    wanted: list[tuple[int, dict[str, str], int | None]] = []
    seen: dict[str, int] = {}
    for row, values, _marks in _data_rows(data.rows, layout):
        name = "".join(values.get("name", "").split())
        problems = length_problems({**values, "name": name}, UNIT_LIMITS, _LABELS)
        if not name:
            problems.append("单位名称为空")
        quota: int | None = None
        if has_quota and values.get("quota"):
            quota = _int(values["quota"])
            if quota is None or quota < 0:
                problems.append(f"选派名额“{values['quota']}”不是非负整数")
        if name in seen:
            problems.append(f"与第 {seen[name]} 行重复")
        seen.setdefault(name, row)
        if problems:
            report.rejected.append({"row": row, "name": name, "reason": "；".join(problems)})
            continue
        wanted.append((row, {**values, "name": name}, quota))

    def write(s: Session) -> None:
        b = batches.find(s, batch) if has_quota else None
        editable = (
            "short_name",
            "category",
            "head_name",
            "head_post",
            "deputy_name",
            "deputy_post",
            "contact_phone",
        )
        for _row, values, quota in wanted:
            unit, created = reference.unit_named(s, values["name"], create=True)
            assert unit is not None
            changed = created
            for attr in editable:
                new = values.get(attr) or None
                if new is not None and getattr(unit, attr) != new:
                    setattr(unit, attr, new)
                    changed = True
            if b is not None and quota is not None:
                current = s.get(UnitQuota, (b.id, unit.id))
                if (current.quota if current else 0) != quota:
                    if quota == 0 and current is not None:
                        s.delete(current)
                    elif current is None:
                        s.add(UnitQuota(batch_id=b.id, unit_id=unit.id, quota=quota))
                    else:
                        current.quota = quota
                    changed = True
            if created:
                report.imported += 1
            elif changed:
                report.updated += 1
            else:
                report.unchanged += 1
        s.flush()
        tx.audit(
            detail=f"{path.name}: 新增 {report.imported}，更新 {report.updated}，拒绝 {len(report.rejected)}"
        )

    report.valid = len(wanted)
    if dry_run:
        report.imported = len(wanted)
    return _finish(tx, report, write, skip_invalid=skip_invalid, dry_run=dry_run)
