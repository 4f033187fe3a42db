"""A batch's dispatch roster (选派名单): plain lines, the Excel export, the template for units."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cadredesk.core.audit import mask_id, mask_phone
from cadredesk.core.dto import RosterLine
from cadredesk.core.enums import DispatchStatus, Role
from cadredesk.core.models import Batch, Cadre, Dispatch, Place, Township, Unit
from cadredesk.core.security import Permission
from cadredesk.errors import UserError, ValidationError
from cadredesk.services import batches, reference
from cadredesk.services.context import Tx, command
from cadredesk.services.settings import organization_of

#: Order of roles within a place: the township's team leader first, then 第一书记, 工作队长, 队员.
ROLE_ORDER = {
    Role.TOWNSHIP_LEAD.value: 0,
    Role.FIRST_SECRETARY.value: 1,
    Role.TEAM_LEADER.value: 2,
    Role.MEMBER.value: 3,
}
ORDERS = ("township", "strokes")


def roster_lines(
    session: Session, batch: Batch, order: str = "township", *, include_ended: bool = False
) -> list[RosterLine]:  # a helper for the commands below and the printing service
    """Every dispatch of ``batch`` with its cadre, unit, township and place.

    Dispatches ended early (召回, 轮换) are left out unless ``include_ended``: the roster that is
    exported and printed is the list of cadres serving, their replacements in their place.

    ``order="township"``: township (sort order, name), place (sort order, name), role
    (领队, 第一书记, 工作队长, 队员), then 姓氏笔画.  ``order="strokes"``: 姓氏笔画 only.
    The unit is the dispatch's sending unit, else the cadre's current unit.
    """
    if order not in ORDERS:
        raise ValidationError(f"排序方式只能是 township（按乡镇）或 strokes（按姓氏笔画），不是 {order!r}")
    du = aliased(Unit)
    cu = aliased(Unit)
    columns = (
        Dispatch.id.label("did"), Dispatch.role, Dispatch.start, Dispatch.end, Dispatch.status,
        Cadre.name, Cadre.gender, Cadre.ethnicity, Cadre.birth_date, Cadre.id_number, Cadre.political_status,
        Cadre.education, Cadre.post, Cadre.phone, Cadre.name_strokes,
        du.name.label("dispatch_unit"), cu.name.label("cadre_unit"),
        Township.name.label("township"), Township.sort_order.label("t_sort"),
        Place.name.label("place"), Place.kind.label("place_kind"), Place.sort_order.label("p_sort"),
    )  # fmt: skip
    stmt = (
        select(*columns)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .outerjoin(du, du.id == Dispatch.unit_id)
        .outerjoin(cu, cu.id == Cadre.unit_id)
        .outerjoin(Township, Township.id == Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
        .where(Dispatch.batch_id == batch.id)
    )
    if not include_ended:  # recalled, rotated and withdrawn nominations are not on the list
        stmt = stmt.where(
            Dispatch.status.not_in(
                [DispatchStatus.RECALLED.value, DispatchStatus.ROTATED.value, DispatchStatus.WITHDRAWN.value]
            )
        )
    rows = list(session.execute(stmt))

    def township_key(r: Any) -> tuple[Any, ...]:
        return (
            r.township is None,
            r.t_sort or 0,
            r.township or "",
            r.place is not None,  # township-level posts (领队) before the places
            r.p_sort or 0,
            r.place or "",
            ROLE_ORDER.get(r.role, 9),
            r.name_strokes or "",
            r.name,
            r.did,
        )

    def strokes_key(r: Any) -> tuple[Any, ...]:
        return (r.name_strokes or "", r.name, r.did)

    rows.sort(key=township_key if order == "township" else strokes_key)
    return [
        RosterLine(
            seq=i,
            township=r.township or "",
            place=r.place or "",
            place_kind=r.place_kind or "",
            name=r.name,
            gender=r.gender,
            ethnicity=r.ethnicity,
            birth_date=r.birth_date,
            id_number=r.id_number,
            political_status=r.political_status or "",
            education=r.education or "",
            unit=r.dispatch_unit or r.cadre_unit or "",
            post=r.post or "",
            role=r.role,
            start=r.start,
            end=r.end,
            status=r.status,
            phone=r.phone or "",
            strokes=r.name_strokes or "",
        )
        for i, r in enumerate(rows, start=1)
    ]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    batch: str


@command("export.roster", permission=Permission.EXPORT)
def export_roster(
    tx: Tx, out: Path, *, batch: str | None = None, order: str = "township", unit_line: str | None = None
) -> ExportResult:
    """The roster of ``batch`` (default: the most recent) as a formatted workbook, written atomically."""
    from cadredesk.io import excel_write

    b = batches.find(tx.session, batch)
    lines = roster_lines(tx.session, b, order)
    if not lines:
        raise UserError(f"批次“{b.name}”的名单为空，没有可导出的内容", key="empty")
    masked = not tx.may(Permission.REVEAL)
    if masked:  # a role that may not see full numbers exports them masked too
        lines = [replace(x, id_number=mask_id(x.id_number), phone=mask_phone(x.phone)) for x in lines]
    tx.progress.check()
    org = unit_line or organization_of(tx.session)

    def report(done: int, total: int) -> None:  # the clerk's cancel raises here: no file is written
        tx.progress.report(done, total, f"正在写入第 {done} 行（共 {total} 行）")

    path = excel_write.export_roster(lines, batch_name=b.name, unit_line=org, out=out, report=report)
    tx.audit(
        entity="batch",
        entity_id=b.id,
        detail=f"{b.name} {len(lines)}人 {order}{'（证号已遮蔽）' if masked else ''} → {path.name}",
    )
    return ExportResult(path, len(lines), b.name)


@dataclass(frozen=True)
class TemplateResult:
    path: Path
    townships: int
    places: int
    units: int


@command("export.template", permission=Permission.EXPORT)
def write_template(tx: Tx, out: Path, *, title: str | None = None) -> TemplateResult:
    """The workbook units fill in: dropdowns of this county's townships, places and units."""
    from cadredesk.io import excel_write

    names, places, units = reference.template_lists(tx.session)
    extra = {"title": title} if title else {}
    path = excel_write.write_template(out, townships=names, places=places, units=units, **extra)
    tx.audit(detail=f"填报模板 → {Path(path).name}")
    return TemplateResult(Path(path), len(names), len(places), len(units))
