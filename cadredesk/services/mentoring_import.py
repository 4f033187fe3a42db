"""Import the mentors list (and, where the sheet gives them, the pairs) that townships send in Excel.

A row: 乡镇（街道）, 帮带人 (姓名), 职务, 联系电话, 备注 and optionally 被帮带人 — the names of the cadres
the leader mentors, separated by 、 or commas — with an optional 结对日期.  Header detection, row
reasons by Excel row number, all-or-nothing unless ``skip_invalid``, ``dry_run``: as every import
(``io.sheet_layout``).  A mentor is identified by township and name: a known one is updated (post,
phone), a new one created; an unknown township, or a cadre not sent to that township in the batch, is
a rejected row.  Importing the same sheet twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cadredesk.core.enums import DispatchStatus
from cadredesk.core.models import Batch, Township
from cadredesk.errors import NotFound, UserError, ValidationError
from cadredesk.io import excel_read
from cadredesk.io.roster_layout import clean_text, col_letter, compact_text, parse_date
from cadredesk.io.sheet_layout import Vocabulary, detect
from cadredesk.services.batch_people import ENDED, people_of
from cadredesk.services.context import Tx, command
from cadredesk.services.mentoring import MentorForm, mentor_named, pair_in, store_mentor

VOCABULARY = Vocabulary(
    labels={
        "seq": "序号", "township": "乡镇（街道）", "name": "帮带人", "post": "职务", "phone": "联系电话",
        "mentees": "被帮带人", "place": "派驻村（社区）", "start": "结对日期", "note": "备注",
    },
    synonyms={
        "seq": ("序号", "序", "编号"),
        "township": ("乡镇", "乡镇(街道)", "乡镇街道", "所在乡镇", "乡镇名称", "镇街", "街道"),
        "name": ("帮带人", "帮带人姓名", "帮带领导", "帮带领导姓名", "姓名", "领导姓名", "联系领导", "帮带责任人"),
        "post": ("职务", "现任职务", "帮带人职务", "领导职务", "帮带领导职务"),
        "phone": ("联系电话", "电话", "手机", "手机号码", "联系方式"),
        "mentees": (
            "被帮带人", "被帮带人姓名", "帮带对象", "帮带对象姓名", "结对干部", "帮带驻村干部", "联系帮带驻村干部",
            "驻村干部", "驻村干部姓名", "被帮带干部",
        ),
        "place": ("派驻村", "派驻村(社区)", "村(社区)", "派驻地点", "派驻点"),
        "start": ("结对日期", "结对时间", "帮带起始时间", "开始时间"),
        "note": ("备注", "说明"),
    },
    anchors=frozenset({"name"}),
    required=("township", "name"),
)  # fmt: skip
_SPLIT = re.compile(r"[、,，;；/\s]+")


@dataclass
class MentorImportReport:
    imported: int = 0  # rows taken
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    paired: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported, "created": self.created, "updated": self.updated,
            "unchanged": self.unchanged, "paired": self.paired, "rejected": list(self.rejected),
            "warnings": list(self.warnings),
        }  # fmt: skip


@command("mentor.import")
def import_mentors(
    tx: Tx,
    path: str | Path,
    *,
    batch_id: int | None = None,
    sheet: str | int | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
) -> MentorImportReport:
    """Import mentors (and pairs, into ``batch_id``: the most recent batch when None)."""
    s = tx.session
    path = Path(path)
    data = excel_read.read_sheet(path, sheet)
    where = f"“{path.name}”工作表“{data.name}”"
    try:
        layout, raws = detect(data.rows, VOCABULARY)
    except UserError as exc:
        raise ValidationError(f"{where}：{exc.message}", key=exc.key) from None
    missing = layout.missing(VOCABULARY)
    if missing:
        raise ValidationError(
            f"{where}缺少必需的列：{'、'.join(missing)}（表头在第 {layout.last_header_row} 行）",
            key="no-column",
        )
    if not raws:
        raise ValidationError(f"{where}在表头之后没有数据行", key="empty")
    report = MentorImportReport(dry_run=dry_run)
    for col, caption in layout.unmapped:
        report.warnings.append(
            {
                "row": layout.last_header_row,
                "message": f"{col_letter(col)} 列“{caption}”没有对应的字段，其内容未导入",
            }
        )
    wants_pairs = "mentees" in layout.columns.values()
    batch: Batch | None = None
    people_by_town: dict[tuple[int | None, str], list[Any]] = defaultdict(list)
    if wants_pairs:
        batch = (
            s.get(Batch, batch_id)
            if batch_id is not None
            else s.scalar(select(Batch).order_by(Batch.start.desc(), Batch.id.desc()).limit(1))
        )
        if batch is None:
            raise NotFound("没有可结对的批次：请先建立批次并导入选派名单")
        done = (*ENDED, DispatchStatus.COMPLETED.value)
        for p in people_of(s, batch.id).values():
            if p.status not in done:
                people_by_town[(p.township_id, compact_text(p.name))].append(p)
    townships = {compact_text(n): tid for tid, n in s.execute(select(Township.id, Township.name))}
    plans: list[tuple[int, MentorForm, list[int], dt.date | None, str]] = []
    seen: dict[tuple[int, str], tuple[int, str]] = {}
    for raw in raws:
        v = raw.values
        name = compact_text(v.get("name"))[:32]
        reasons: list[str] = []
        town = compact_text(v.get("township"))
        tid = townships.get(town)
        if not name:
            reasons.append("缺少帮带人姓名")
        if not town:
            reasons.append("缺少乡镇（街道）")
        elif tid is None:
            reasons.append(f"乡镇“{town}”不存在（请先在派驻点中登记该乡镇）")
        post = clean_text(v.get("post"))
        if tid is not None and name:  # one row per pair repeats the mentor: the same post, please
            first = seen.get((tid, name))
            if first is not None and post and first[1] and post != first[1]:
                reasons.append(f"帮带人{name}的职务与第 {first[0]} 行不一致")
            seen.setdefault((tid, name), (raw.row, post))
        mentee_ids: list[int] = []
        if wants_pairs and tid is not None:
            for who in (w for w in _SPLIT.split(clean_text(v.get("mentees"))) if w):
                found = people_by_town.get((tid, compact_text(who)), [])
                place = compact_text(v.get("place"))
                if len(found) > 1 and place:
                    found = [p for p in found if place in compact_text(p.place)] or found
                if not found:
                    reasons.append(f"本批次派驻{town}的干部中没有“{who}”")
                elif len(found) > 1:
                    reasons.append(f"派驻{town}的干部中有 {len(found)} 名“{who}”，请在系统中逐一结对")
                else:
                    mentee_ids.append(found[0].dispatch_id)
        start: dt.date | None = None
        if "start" in v:
            try:
                loose = parse_date(v["start"])
                start = loose.first_day()
            except ValueError as exc:
                reasons.append(f"结对日期：{exc}")
        if reasons:
            report.rejected.append({"row": raw.row, "name": name, "reason": "；".join(reasons)})
            continue
        assert tid is not None
        form = MentorForm(
            name=name, township_id=tid, post=post, phone=clean_text(v.get("phone")),
            note=clean_text(v.get("note")),
        )  # fmt: skip
        plans.append((raw.row, form, mentee_ids, start, name))
    report.imported = len(plans)
    if report.rejected and not skip_invalid:
        raise ValidationError(
            f"{where}有 {len(report.rejected)} 行不合格，未导入任何数据（改正后重新导入，或选择“跳过不合格的行”只导入合格的行）",
            result=report,
        )
    sp = s.begin_nested()
    counted: set[tuple[int, str]] = set()
    for _row, form, mentee_ids, start, _name in plans:
        existing = mentor_named(s, form.township_id, form.name)
        first_time = (form.township_id, form.name) not in counted
        counted.add((form.township_id, form.name))
        if existing is not None:
            form = MentorForm(
                form.name, form.township_id, form.post or existing.post or "", form.phone or existing.phone or "",
                form.note or existing.note or "", existing.id,
            )  # fmt: skip
        mentor, changes = store_mentor(s, form)
        if not first_time:
            pass
        elif existing is None:
            report.created += 1
        elif changes:
            report.updated += 1
        else:
            report.unchanged += 1
        if mentee_ids and batch is not None:
            out, _names = pair_in(
                s, mentor, mentee_ids, start or max(batch.start, min(tx.today(), batch.end))
            )
            report.paired += out.paired
    if dry_run:  # the same steps, then undone: the counts are the real run's, nothing stays
        sp.rollback()
        s.expire_all()
        tx.changed = False
        return report
    sp.commit()
    if report.created or report.updated or report.paired:
        report.written = True
        tx.audit(
            entity="mentor",
            detail=(
                f"{path.name}［{data.name}］帮带人：新建 {report.created}，更新 {report.updated}，"
                f"无变化 {report.unchanged}；结对 {report.paired}；不合格 {len(report.rejected)} 行"
            ),
        )
    return report


__all__ = ["MentorImportReport", "import_mentors"]
