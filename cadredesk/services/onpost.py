"""What a dispatch carries while on post (seed 002): personal accident insurance (insurer, policy number,
start, expiry), the Party relation transfer to the village (date), and the monthly living allowance
(standard, and each month's amount computed from the days in post).

Entered per cadre (``save_post_info``) or in bulk from a workbook (``import_post_info``); corrected the
same way.  The rules that judge them: ``insurance-missing`` / ``insurance-expiring`` (on_post) and
``party-transfer-missing`` (residency).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadredesk.core import compliance as c
from cadredesk.core.models import Batch, Dispatch
from cadredesk.core.onpost_rows import AllowanceRow, AllowanceSheet
from cadredesk.errors import UserError, ValidationError
from cadredesk.io import excel_read
from cadredesk.io.onpost_sheets import cell_date, cell_money, data_rows, find_layout
from cadredesk.services.compliance import IN_POST, count_days, stays
from cadredesk.services.context import Tx, command, query
from cadredesk.services.onpost_base import (
    BatchRef,
    SheetImport,
    batch_of,
    cadres_by_key,
    dispatch_of,
    dispatch_ref,
    holiday_set,
    match_cadre,
)

#: a field not given (``None`` means "clear it")
KEEP: Any = ...
MAX_ALLOWANCE = Decimal("100000")


@dataclass(frozen=True)
class PostInfo:
    """The on-post facts of one dispatch."""

    dispatch_id: int
    name: str
    township: str
    place: str
    insurer: str | None
    policy: str | None
    insurance_start: dt.date | None
    insurance_expiry: dt.date | None
    party_transfer_date: dt.date | None
    allowance_per_month: Decimal | None

    def to_json(self) -> dict[str, object]:
        def iso(d: dt.date | None) -> str | None:
            return d.isoformat() if d else None

        return {
            "name": self.name,
            "township": self.township,
            "place": self.place,
            "insurer": self.insurer,
            "policy": self.policy,
            "insurance_start": iso(self.insurance_start),
            "insurance_expiry": iso(self.insurance_expiry),
            "party_transfer_date": iso(self.party_transfer_date),
            "allowance_per_month": str(self.allowance_per_month)
            if self.allowance_per_month is not None
            else None,
        }


@dataclass(frozen=True)
class PostInfoChange:
    """Fields to set on a dispatch; a field left as ``KEEP`` is not touched, ``None`` clears it."""

    insurer: Any = KEEP
    policy: Any = KEEP
    insurance_start: Any = KEEP
    insurance_expiry: Any = KEEP
    party_transfer_date: Any = KEEP
    allowance_per_month: Any = KEEP

    def given(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not KEEP}


_COLUMN = {
    "insurer": "insurance_insurer",
    "policy": "insurance_policy",
    "insurance_start": "insurance_start",
    "insurance_expiry": "insurance_expiry",
    "party_transfer_date": "party_transfer_date",
    "allowance_per_month": "allowance_per_month",
}
_LABEL = {
    "insurer": "承保机构",
    "policy": "保单号",
    "insurance_start": "保险起期",
    "insurance_expiry": "保险止期",
    "party_transfer_date": "党组织关系转入日期",
    "allowance_per_month": "生活补助标准",
}


def post_info_of(s: Session, d: Dispatch) -> PostInfo:
    ref = dispatch_ref(s, d)
    return PostInfo(
        d.id, ref.name, ref.township, ref.place, d.insurance_insurer, d.insurance_policy, d.insurance_start,
        d.insurance_expiry, d.party_transfer_date, d.allowance_per_month,
    )  # fmt: skip


def _clean_change(d: Dispatch, change: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Normalised values; ValidationError naming the field otherwise."""
    out: dict[str, Any] = {}
    for key, value in change.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            out[key] = None
            continue
        if key in ("insurer", "policy"):
            text = " ".join(str(value).split())
            if len(text) > 64:
                raise ValidationError(f"{_LABEL[key]}过长（最多 64 字）")
            out[key] = text
        elif key == "allowance_per_month":
            try:
                amount = Decimal(str(value)).quantize(Decimal("0.01"))
            except InvalidOperation:
                raise ValidationError(f"生活补助标准“{value}”不是金额") from None
            if amount < 0 or amount > MAX_ALLOWANCE:
                raise ValidationError(f"生活补助标准 {amount} 元/月不在合理范围（0 至 {MAX_ALLOWANCE}）")
            out[key] = amount
        else:
            if not isinstance(value, dt.date):
                raise ValidationError(f"{_LABEL[key]}应为日期")
            out[key] = value
    start = out.get("insurance_start", d.insurance_start)
    expiry = out.get("insurance_expiry", d.insurance_expiry)
    if start and expiry and expiry < start:
        raise ValidationError(f"保险止期 {expiry} 早于起期 {start}")
    transfer = out.get("party_transfer_date")
    if transfer is not None:
        if transfer > today:
            raise ValidationError(f"党组织关系转入日期 {transfer} 晚于今天")
        if transfer > d.end or transfer < d.start - dt.timedelta(days=90):
            raise ValidationError(f"党组织关系转入日期 {transfer} 与派驻期（{d.start} 至 {d.end}）不符")
    return out


def _apply(d: Dispatch, values: dict[str, Any]) -> list[str]:
    changed: list[str] = []
    for key, value in values.items():
        col = _COLUMN[key]
        if getattr(d, col) != value:
            setattr(d, col, value)
            changed.append(f"{_LABEL[key]}={value if value is not None else '（清除）'}")
    return changed


@query
def post_info(tx: Tx, dispatch_id: int) -> PostInfo:
    return post_info_of(tx.session, dispatch_of(tx.session, dispatch_id))


@command("post.save")
def save_post_info(tx: Tx, dispatch_id: int, change: PostInfoChange) -> PostInfo:
    """Set or correct one cadre's insurance, Party transfer date and allowance standard."""
    s = tx.session
    d = dispatch_of(s, dispatch_id)
    values = _clean_change(d, change.given(), tx.today())
    changed = _apply(d, values)
    s.flush()
    if changed:
        tx.audit(entity="dispatch", entity_id=d.id, detail=f"{post_info_of(s, d).name}：{'，'.join(changed)}")
    return post_info_of(s, d)


@command("post.allowance-all")
def set_allowance_standard(
    tx: Tx, batch: BatchRef, amount: Decimal, *, township_id: int | None = None
) -> int:
    """The same monthly allowance standard for every dispatch of the batch (or of one township)."""
    s = tx.session
    b = batch_of(s, batch)
    if amount < 0 or amount > MAX_ALLOWANCE:
        raise ValidationError(f"生活补助标准 {amount} 元/月不在合理范围（0 至 {MAX_ALLOWANCE}）")
    amount = Decimal(amount).quantize(Decimal("0.01"))
    q = select(Dispatch).where(Dispatch.batch_id == b.id)
    if township_id is not None:
        q = q.where(Dispatch.township_id == township_id)
    n = 0
    for d in s.scalars(q):
        if d.allowance_per_month != amount:
            d.allowance_per_month = amount
            n += 1
    s.flush()
    if n:
        tx.audit(entity="batch", entity_id=b.id, detail=f"{b.name}：{n} 人的生活补助标准设为 {amount} 元/月")
    return n


@query
def list_post_info(tx: Tx, batch: BatchRef = None) -> list[PostInfo]:
    s = tx.session
    b = batch_of(s, batch)
    people = {p.id: p for p in stays(s, b, posted_only=False)}
    out = []
    for d in s.scalars(select(Dispatch).where(Dispatch.batch_id == b.id)):
        p = people.get(d.id)
        if p is None:
            continue
        out.append(
            PostInfo(
                d.id, p.name, p.township, p.place, d.insurance_insurer, d.insurance_policy, d.insurance_start,
                d.insurance_expiry, d.party_transfer_date, d.allowance_per_month,
            )
        )  # fmt: skip
    order = {pid: i for i, pid in enumerate(people)}
    return sorted(out, key=lambda x: order[x.dispatch_id])


_SYNONYMS = {
    "name": ("姓名", "被保险人", "被保险人姓名", "干部姓名"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "证件号码", "被保险人身份证号"),
    "insurer": ("承保机构", "保险公司", "承保公司", "保险机构"),
    "policy": ("保单号", "保险单号", "保单号码"),
    "insurance_start": ("保险起期", "起保日期", "生效日期", "保险起始日期", "保险开始日期", "起期"),
    "insurance_expiry": ("保险止期", "到期日期", "终止日期", "保险到期日", "保险截止日期", "止期", "满期日期"),
    "party_transfer_date": (
        "党组织关系转入日期", "党组织关系转接日期", "组织关系转入日期", "党组织关系转入时间", "转入日期",
        "党组织关系转入",
    ),
    "allowance_per_month": ("生活补助标准", "生活补助", "补助标准", "月补助标准", "生活补助(元/月)", "补助(元/月)"),
}  # fmt: skip


@command("post.import")
def import_post_info(
    tx: Tx, path: str | Path, batch: BatchRef, *, sheet: str | None = None, skip_invalid: bool = False,
    dry_run: bool = False,
) -> SheetImport:  # fmt: skip
    """Insurance, Party transfer dates and allowance standards from a workbook, one row per cadre (姓名,
    身份证号 where given, and any of the columns); a blank cell leaves the field as it is."""
    path = Path(path)
    s = tx.session
    b = batch_of(s, batch)
    data = excel_read.read_sheet(path, sheet)
    where = f"“{path.name}”工作表“{data.name}”"
    try:
        layout = find_layout(data.rows, _SYNONYMS, ("name",), "在岗信息")
    except ValidationError as exc:
        raise ValidationError(f"{where}：{exc.message}", key=exc.key) from None
    if not set(layout.columns.values()) & set(_COLUMN):
        raise ValidationError(
            f"{where}：没有可导入的列（保险公司、保单号、保险起期、保险止期、党组织关系转入日期、生活补助标准）"
        )
    report = SheetImport(file=path.name, sheet=data.name, dry_run=dry_run)
    rows = data_rows(data.rows, layout)
    by_name, by_id = cadres_by_key(
        s,
        b.id,
        names={r.text("name") for r in rows},
        ids={r.text("id_number").upper() for r in rows if r.text("id_number")},
    )
    plans: list[tuple[Dispatch, dict[str, Any]]] = []
    seen: dict[int, int] = {}
    today = tx.today()
    for r in rows:
        name = "".join(r.text("name").split())
        did, why = match_cadre(name, r.text("id_number").upper(), by_name, by_id, b.name)
        if did is None:
            report.reject(r.row, name, why)
            continue
        if did in seen:
            report.reject(r.row, name, f"与第 {seen[did]} 行是同一名干部")
            continue
        seen[did] = r.row
        d = dispatch_of(s, did)
        change: dict[str, Any] = {}
        try:
            for key in _COLUMN:
                if key not in r.values:
                    continue
                raw = r.values[key]
                if key in ("insurance_start", "insurance_expiry", "party_transfer_date"):
                    change[key] = cell_date(raw)
                elif key == "allowance_per_month":
                    change[key] = Decimal(str(cell_money(raw)))
                else:
                    change[key] = r.text(key)
            values = _clean_change(d, change, today)
        except (ValueError, ValidationError) as exc:
            report.reject(r.row, name, exc.message if isinstance(exc, ValidationError) else str(exc))
            continue
        if not values:
            report.warn(r.row, f"{name}：这一行没有可导入的内容")
            continue
        plans.append((d, values))
    report.refuse_if_invalid(skip_invalid, where)
    if dry_run:
        report.imported = len(plans)
        return report
    changed_people = 0
    for d, values in plans:
        if _apply(d, values):
            changed_people += 1
        else:
            report.skipped += 1
    report.imported = changed_people
    s.flush()
    if changed_people:
        tx.audit(
            entity="batch",
            entity_id=b.id,
            detail=f"导入 {path.name}：更新 {changed_people} 人的在岗信息（批次 {b.name}）",
        )
    return report


# --------------------------------------------------------------------------- allowance


def allowance_sheet_of(s: Session, b: Batch, year: int, month: int, today: dt.date) -> AllowanceSheet:
    window = c.month_span(year, month)
    people = [p for p in stays(s, b) if window.overlap(p.period)]
    holidays, _ = holiday_set(s, window)
    quota = c.month_quota(year, month, holidays, b.min_days_month)
    days = count_days(s, window, IN_POST, people)
    standards = dict(
        s.execute(select(Dispatch.id, Dispatch.allowance_per_month).where(Dispatch.batch_id == b.id)).all()
    )
    sheet = AllowanceSheet(b.name, year, month, quota)
    if window.last >= today:
        sheet.warnings.append(f"{year}年{month}月尚未结束，补助按截至目前的在岗天数计算")
    missing = 0
    for p in people:
        required = c.month_required(year, month, p.period, holidays, b.min_days_month)
        standard = standards.get(p.id)
        n = days.get(p.id, 0)
        amount = None if standard is None else c.monthly_allowance(Decimal(standard), n, required, quota)
        missing += standard is None
        sheet.rows.append(AllowanceRow(p.id, p.name, p.township, p.place, standard, n, required, amount))
    if missing:
        sheet.warnings.append(f"{missing} 人未设定生活补助标准，未计算金额")
    return sheet


@query
def allowance_sheet(tx: Tx, batch: BatchRef, year: int, month: int) -> AllowanceSheet:
    """Each cadre's living allowance of the month (formula: ``core.compliance.monthly_allowance``)."""
    return allowance_sheet_of(tx.session, batch_of(tx.session, batch), year, month, tx.today())


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    total: Decimal
    warnings: tuple[str, ...] = ()


@command("export.allowance")
def export_allowance(tx: Tx, batch: BatchRef, year: int, month: int, out: Path) -> ExportResult:
    """The month's allowance as a workbook (one sheet, title, totals, signature lines)."""
    from cadredesk.io.onpost_excel import write_allowance
    from cadredesk.services.settings import organization_of

    s = tx.session
    b = batch_of(s, batch)
    sheet = allowance_sheet_of(s, b, year, month, tx.today())
    if not sheet.rows:
        raise UserError(f"批次“{b.name}”在 {year}年{month}月 没有在岗干部", key="empty")
    path = write_allowance(sheet, out, organization=organization_of(s))
    tx.audit(
        entity="batch",
        entity_id=b.id,
        detail=f"导出 {year}年{month}月生活补助表 {len(sheet.rows)} 人 合计 {sheet.total} 元 → {Path(out).name}",
    )
    return ExportResult(path, len(sheet.rows), sheet.total, tuple(sheet.warnings))
