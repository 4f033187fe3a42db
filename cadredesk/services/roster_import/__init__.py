"""Import a dispatch roster (选派名单) workbook as units really send it into a batch.

Flow: read the sheet (``io.excel_read``) → find header and data rows (``io.roster_layout``) →
check every row on its own (required fields, the ID and what it implies, vocabularies; cadre rules
come from ``cadres.validate``) → duplicates within the file → checks against the database (ID under
another name, already in this batch, an active dispatch in another batch, unknown places) → write.

Outcomes (CLI.md "Roster import"):
- default all-or-nothing: one invalid row and nothing is written; ``ValidationError`` carries the
  report as ``result`` (the CLI prints it with ``--json`` and exits 1);
- ``skip_invalid``: the good rows are written, the bad ones reported;
- ``dry_run``: everything is checked, nothing is written; the outcome is the one the real run
  would have (``imported`` counts the rows it would write; invalid rows without ``skip_invalid``
  raise the same ``ValidationError``).
All writes happen in one transaction, with one audit row.  A row already in the batch (same cadre,
same place) is skipped with a warning, so importing a file twice adds nothing.

Report rows are the 1-based sheet rows the clerk sees in Excel; row 0 means the file as a whole.

This module holds the service functions and the flow; the steps are in ``parsing`` (each row on its
own, no database), ``references`` (the rows against the database), ``writing`` (the inserts) and
``report`` (``ImportReport``).  Each query is one SQLAlchemy Core statement, run on every database.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cadredesk.core.campaign import term_end
from cadredesk.core.models import Batch, Unit
from cadredesk.core.security import Permission
from cadredesk.errors import UserError, ValidationError
from cadredesk.io import excel_read, excel_write
from cadredesk.io.roster_layout import (
    FIELD_LABELS,
    RawRow,
    RosterLayout,
    apply_layout,
    clean_text,
    col_letter,
    detect_and_apply,
    detect_layout,
    ignored_text,
    is_blank,
)
from cadredesk.services import batches, import_runs
from cadredesk.services.context import Context, Tx, command
from cadredesk.services.roster_import.parsing import DEFAULT_ROLE, RowParser, mark_file_duplicates, set_period
from cadredesk.services.roster_import.references import Refs, apply_plans, check_against_db, resolve_places
from cadredesk.services.roster_import.report import ImportReport, fill_notes, finish_rows
from cadredesk.services.roster_import.writing import write_rows

# --------------------------------------------------------------------------- the import


def _where(path: Path, sheet: str) -> str:
    return f"“{path.name}”工作表“{sheet}”"


@command("roster.import", permission=Permission.IMPORT)
def import_roster(
    tx: Tx,
    path: str | Path,
    batch_name: str,
    *,
    sheet: str | int | None = None,
    create_places: bool = False,
    skip_invalid: bool = False,
    dry_run: bool = False,
    layout: RosterLayout | None = None,
    annotated_out: str | Path | None = None,
) -> ImportReport:
    """Import a roster workbook into ``batch_name`` (created when missing). See the module docstring."""
    with _gc_paused():
        return _import(
            tx, Path(path), batch_name, sheet=sheet, create_places=create_places, skip_invalid=skip_invalid,
            dry_run=dry_run, layout=layout, annotated_out=annotated_out,
        )  # fmt: skip


def preview_roster(
    path: str | Path, sheet: str | int | None = None
) -> tuple[excel_read.SheetData, RosterLayout]:
    """Read the sheet and find its layout (for the GUI's column-mapping step); nothing is written.

    Pass the layout, corrected by the clerk if need be, back to ``import_roster(layout=…)``.
    """
    data, layout, _raws = _preview(Path(path), sheet, with_raws=False)
    return data, layout


def _preview(
    path: Path, sheet: str | int | None, *, with_raws: bool
) -> tuple[excel_read.SheetData, RosterLayout, list[RawRow] | None]:
    """preview_roster; ``with_raws``: also the data rows' values (apply_layout), found in the same pass."""

    def found(data: excel_read.SheetData) -> tuple[excel_read.SheetData, RosterLayout, list[RawRow] | None]:
        if with_raws:
            layout, raws = detect_and_apply(data.rows)
            return data, layout, raws
        return data, detect_layout(data.rows), None

    data = excel_read.read_sheet(path, sheet)
    try:
        return found(data)
    except UserError as exc:
        first_error = ValidationError(f"{_where(path, data.name)}：{exc.message}", key=exc.key)
    if sheet is None or sheet == "":  # a cover or instructions sheet first: try the other visible sheets
        for name in excel_read.list_sheets(path):
            if name == data.name:
                continue
            try:
                return found(excel_read.read_sheet(path, name))
            except UserError:
                continue
    raise first_error


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during a bulk import (~20 % of the time for 10,000 rows)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import(
    tx: Tx,
    path: Path,
    batch_name: str,
    *,
    sheet: str | int | None,
    create_places: bool,
    skip_invalid: bool,
    dry_run: bool,
    layout: RosterLayout | None,
    annotated_out: str | Path | None,
) -> ImportReport:
    path = Path(path)
    batch_name = (batch_name or "").strip()
    if not batch_name:
        raise ValidationError("请指定批次名称")
    today = tx.today()
    raws: list[RawRow] | None = None
    if layout is None:
        data, layout, raws = _preview(path, sheet, with_raws=True)
    else:
        data = excel_read.read_sheet(path, sheet)
    where = _where(path, data.name)
    missing = layout.missing_required()
    if missing:
        raise ValidationError(
            f"{where}缺少必需的列：{'、'.join(missing)}（表头在第 {layout.last_header_row} 行）",
            key="no-column",
        )
    if raws is None:
        raws = apply_layout(data.rows, layout)
    if not raws:
        raise ValidationError(f"{where}在表头（第 {layout.last_header_row} 行）之后没有数据行", key="empty")

    report = ImportReport(file=path.name, sheet=data.name, batch=batch_name, dry_run=dry_run, layout=layout)
    header_row = layout.last_header_row
    for note in layout.notes:
        report.warn(header_row, note)
    for col, caption, n in layout.ignored:  # nothing is dropped silently
        report.warn(header_row, f"{ignored_text(col, caption)}未对应任何字段，其中 {n} 行的内容不会导入")
        for r in layout.data_rows:
            line_cells = data.rows[r - 1]
            if col < len(line_cells) and not is_blank(line_cells[col]):
                report.lost.setdefault(r, []).append(ignored_text(col, caption))
    has_role_column = "role" in layout.columns.values()
    if not has_role_column:
        report.warn(header_row, f"名单中没有“派驻身份”列，全部按“{DEFAULT_ROLE}”录入")
    for row, why in layout.skipped:
        if why.startswith("非数据行") or why.startswith("没有已识别列"):
            report.warn(row, f"{why}，已忽略")
            report.row_notes[row] = (f"未导入：{why}", "warning")

    columns = set(layout.columns.values())
    known_units: list[str] = []
    if "unit_post" in columns:
        for uname, short in tx.session.execute(select(Unit.name, Unit.short_name)):
            known_units.extend(n for n in (uname, short) if n)
    parse = RowParser(
        today=today, has_role_column=has_role_column, has_unit_column="unit" in columns,
        filled_by=layout.filled_by, known_units=known_units,
    ).parse  # fmt: skip
    if "unit" not in columns and layout.filled_by:
        how = "工作单位及职务中的单位，未写明的" if "unit_post" in columns else ""
        report.warn(header_row, f"名单中没有“派出单位”列，派出单位按{how}填报单位“{layout.filled_by}”录入")
    lines = [parse(raw) for raw in raws]
    del raws
    mark_file_duplicates(lines)

    outcome_error: ValidationError | None = None
    session = tx.session
    tx.progress.check()
    batch = session.scalar(select(Batch).where(Batch.name == batch_name))
    # the batch term (a missing batch: one year from the earliest start in the file, else from
    # 1 January of the year its name gives — "2027年度驻村" — else of this year)
    if batch is not None:
        term = (batch.start, batch.end)
    else:
        starts = [ln.start.first_day() for ln in lines if ln.start and not ln.reasons and ln.status == "ok"]
        named = re.search(r"(20\d\d)\s*年", batch_name)
        first = min(starts) if starts else dt.date(int(named.group(1)) if named else today.year, 1, 1)
        term = (first, term_end(first, 1))
    refs = Refs(session, batch, [ln.id_number for ln in lines if ln.id_number and ln.status == "ok"])
    for line in lines:
        if line.status != "ok":
            continue
        if not line.id_number:
            resolve_places(line, refs, create_places)  # report every problem of the row at once
            continue
        plans = check_against_db(line, refs, create_places)
        if line.status == "ok" and not line.reasons:
            set_period(line, term)
        if line.status == "ok" and not line.reasons:
            apply_plans(refs, plans, line, report)

    finish_rows(lines, report)
    good = [ln for ln in lines if ln.status == "ok" and not ln.reasons]
    report.valid = len(good)
    writing = not dry_run and (skip_invalid or not report.rejected)
    if batch is None and good:
        verb = "已新建" if writing else "将新建"
        report.warnings.insert(
            0, {"row": 0, "message": f"批次“{batch_name}”不存在，{verb}（县级，{term[0]} 至 {term[1]}）"}
        )
    if report.rejected and not skip_invalid:  # a dry run reports the outcome the real run would have
        outcome_error = ValidationError(
            f"{where}有 {len(report.rejected)} 行不合格，未导入任何数据"
            "（改正后重新导入，或选择“跳过不合格的行”只导入合格的行）",
            result=report,
        )
    elif dry_run:
        report.imported = len(good)
    else:
        if batch is None and good:
            form = batches.BatchForm.defaults("county", term[0], term[1], name=batch_name)
            batch, _note = batches.store_new(session, form)
            report.created["batch"] = 1
        tx.progress.check()
        if batch is not None:
            created = write_rows(session, batch, good, refs, report, user=tx.actor.username)
            if good:
                if report.created.get("batch"):
                    created["batch"] = [batch.id]
                report.run_id = import_runs.record_run(
                    session, kind="roster", file=path.name, sheet=data.name, batch_id=batch.id,
                    user=tx.actor.username, created=created,
                    summary=f"导入 {len(good)} 人（新建干部 {len(created['cadre'])}）",
                )  # fmt: skip
        report.imported = len(good)
        report.written = True
        tx.audit(
            entity="batch",
            entity_id=batch.id if batch is not None else None,
            detail=(
                f"{path.name}［{data.name}］导入 {report.imported} 人，跳过 {report.skipped}，"
                f"不合格 {len(report.rejected)}；新建干部 {report.created.get('cadres', 0)}、"
                f"乡镇 {report.created.get('townships', 0)}、派驻点 {report.created.get('places', 0)}、"
                f"派出单位 {report.created.get('units', 0)}"
            ),
        )
    fill_notes(lines, report)
    if annotated_out is not None:
        excel_write.write_annotated(
            source=path,
            fmt=data.fmt,
            sheet=data.name,
            rows=data.rows,
            header_rows=layout.header_rows,
            notes=report.row_notes,
            out=annotated_out,
        )
    if outcome_error is not None:
        raise outcome_error
    return report


# --------------------------------------------------------------------------- the GUI's preview


@dataclass(frozen=True)
class Preview:
    """What reading a workbook and a dry run of the import found (the import dialog's preview)."""

    sheet: excel_read.SheetData
    layout: RosterLayout | None
    layout_error: str
    report: ImportReport | None
    report_error: str


def preview_import(
    ctx: Context,
    path: Path,
    batch_name: str,
    *,
    sheet: str | None = None,
    data: excel_read.SheetData | None = None,
    header_rows: Sequence[int] | None = None,
    columns: dict[int, str] | None = None,
    create_places: bool = False,
) -> Preview:
    """Read the sheet (unless ``data`` is the one already read), find or apply the clerk's column
    mapping, and dry-run the import with it: nothing is written."""
    sheet_data = data if data is not None else excel_read.read_sheet(path, sheet)
    ctx.progress.check()
    try:
        layout = detect_layout(sheet_data.rows, header_rows=header_rows, columns=columns)
    except UserError as exc:
        return Preview(sheet_data, None, exc.message, None, "")
    missing = layout.missing_required()
    if missing:
        return Preview(
            sheet_data, layout, "", None, f"缺少必需的列：{'、'.join(missing)}。请在上方为相应的列选择字段。"
        )
    ctx.progress.check()
    try:
        report = import_roster(
            ctx, path, batch_name, sheet=sheet_data.name, create_places=create_places, skip_invalid=True,
            dry_run=True, layout=layout,
        )  # fmt: skip
    except UserError as exc:
        return Preview(sheet_data, layout, "", None, exc.message)
    return Preview(sheet_data, layout, "", report, "")


def read_workbook_sheets(path: Path) -> list[str]:
    """The visible sheets of a workbook, for the dialog's sheet choice."""
    return excel_read.list_sheets(path)


# what the import dialog shows of the layout (re-exported: the faces talk to services only)
SheetData = excel_read.SheetData
__all__ = [
    "FIELD_LABELS",
    "ImportReport",
    "Preview",
    "RosterLayout",
    "SheetData",
    "clean_text",
    "col_letter",
    "import_roster",
    "is_blank",
    "preview_import",
    "preview_roster",
]
