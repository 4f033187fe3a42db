"""Any list the GUI shows, exported to Excel: one function for every table.

The page passes what it shows — the column captions (with how each column's values are stored) and
the rows, in the order on screen — and gets a formatted workbook: a title, 制表单位 and date, the
header, borders, 宋体 body, widths from the content, frozen header, filter, A4 landscape print setup;
IDs and phone numbers stored as text, formula injection neutralised.  Written atomically, audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cadredesk.core.security import Permission
from cadredesk.core.titles import file_name
from cadredesk.errors import ValidationError
from cadredesk.services.context import Tx, command
from cadredesk.services.settings import organization_of

__all__ = ["ListColumn", "ListExport", "export_list", "suggested_file_name"]

#: how a column's values are stored (see io.excel_write.TableColumn)
KINDS = ("text", "id", "int", "number", "date", "month", "bool")


@dataclass(frozen=True)
class ListColumn:
    """A column as the page shows it: its caption and how its values are stored.

    ``kind``: ``text``; ``id`` for ID numbers, phone numbers and codes (kept as text, never a number
    that loses digits); ``int`` / ``number``; ``date`` (2026.03.01); ``month`` (1997.07, 出生年月);
    ``bool`` (是/否).  ``width`` None: from the content.
    """

    caption: str
    kind: str = "text"
    width: float | None = None


@dataclass(frozen=True)
class ListExport:
    path: Path
    rows: int


def suggested_file_name(title: str, when: dt.date | None = None) -> str:
    """The name a page offers in its save dialog: the title and the date, never a doubled word."""
    when = when or dt.date.today()
    return file_name(f"{title}（{when:%Y%m%d}）", ".xlsx")


@command("export.list", permission=Permission.EXPORT)
def export_list(
    tx: Tx,
    out: Path,
    *,
    title: str,
    columns: Sequence[ListColumn | str],
    rows: Sequence[Sequence[object]],
    unit_line: str | None = None,
) -> ListExport:
    """Write ``rows`` under ``columns`` (captions, or ``ListColumn``s) as a formatted workbook."""
    cols = [c if isinstance(c, ListColumn) else ListColumn(str(c)) for c in columns]
    if not cols:
        raise ValidationError("没有可导出的列")
    bad = [c.kind for c in cols if c.kind not in KINDS]
    if bad:
        raise ValidationError(f"列的类型只能是：{'、'.join(KINDS)}，不是 {'、'.join(bad)}")
    wide = next((i for i, r in enumerate(rows, start=1) if len(r) > len(cols)), None)
    if wide is not None:
        raise ValidationError(f"第 {wide} 行有 {len(rows[wide - 1])} 个值，多于 {len(cols)} 列")
    title = title.strip() or "导出列表"
    org = unit_line or organization_of(tx.session)

    def report(done: int, total: int) -> None:
        tx.progress.report(done, total, f"正在写入第 {done} 行（共 {total} 行）")

    from cadredesk.io.excel_write import (
        TableColumn,
        table_info_line,
        write_table,
    )  # openpyxl: not at start-up

    path = write_table(
        out,
        title=title,
        columns=[TableColumn(c.caption, c.kind, c.width) for c in cols],
        rows=rows,
        info_line=table_info_line(org, tx.today()),
        report=report,
    )
    tx.audit(entity="export", detail=f"{title} {len(rows)} 行 → {Path(path).name}")
    return ListExport(Path(path), len(rows))
