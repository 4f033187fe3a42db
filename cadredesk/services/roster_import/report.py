"""The import's report, and filling it from the checked rows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from cadredesk.io.roster_layout import RosterLayout
from cadredesk.services.roster_import.parsing import Line


@dataclass
class ImportReport:
    """What an import did (or would do). ``to_json`` is the CLI.md contract."""

    imported: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    file: str = ""
    sheet: str = ""
    batch: str = ""
    dry_run: bool = False
    written: bool = False
    skipped: int = 0  # rows already in the batch, or repeated verbatim in the file
    valid: int = 0  # rows that passed every check
    created: dict[str, int] = field(default_factory=dict)  # batch / cadres / townships / places / units
    layout: RosterLayout | None = None
    #: 1-based row → (text, kind) for the annotated copy and the GUI; kind: ok, warning, skipped, rejected
    row_notes: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: the recorded import run (``import undo``), once written
    run_id: int | None = None
    #: 1-based row → the ignored columns (``RosterLayout.ignored``) whose content in that row is not imported
    lost: dict[int, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "rejected": list(self.rejected), "warnings": list(self.warnings)}

    def warn(self, row: int, message: str) -> None:
        self.warnings.append({"row": row, "message": message})


def finish_rows(lines: list[Line], report: ImportReport) -> None:
    """Rows with reasons are rejected; the rejected rows, skips and warnings go into the report, by row."""
    report.rejected.clear()
    report.skipped = 0
    for line in lines:
        if line.reasons:
            line.status = "rejected"
            report.rejected.append({"row": line.row, "name": line.name, "reason": "；".join(line.reasons)})
        elif line.status == "skipped":
            report.skipped += 1
            report.warn(line.row, f"{line.name}：{line.skip_reason}")
        for w in line.warnings:
            report.warn(line.row, w)
    report.rejected.sort(key=lambda r: r["row"])
    report.warnings.sort(key=lambda w: w["row"])


def fill_notes(lines: list[Line], report: ImportReport) -> None:
    """``report.row_notes``: what became of each data row (the annotated copy and the GUI show it)."""
    by_row: dict[int, list[str]] = defaultdict(list)
    for w in report.warnings:
        by_row[w["row"]].append(w["message"])
    notes, lost_columns = report.row_notes, report.lost
    plain = ("已导入" if report.written else "校验通过", "ok")
    for line in lines:
        row = line.row
        if line.status == "rejected":
            notes[row] = ("；".join(line.reasons), "rejected")
        elif line.status == "skipped":
            notes[row] = (line.skip_reason, "skipped")
        elif row not in by_row and row not in lost_columns:  # most rows: nothing to say
            notes[row] = plain
        else:
            extra = by_row.get(row, [])
            # a row that loses data never reads 校验通过: it says what is not kept
            lost = [
                *(f"{c}的内容" for c in lost_columns.get(row, [])),
                *(w for w in extra if "未录入" in w),
            ]
            others = [w for w in extra if "未录入" not in w]
            if lost:
                text = "已导入，但" if report.written else "可导入，但"
                text += f"以下内容未录入：{'；'.join(lost)}" + (
                    f"（另：{'；'.join(others)}）" if others else ""
                )
                notes[row] = (text, "warning")
            elif others:
                notes[row] = (f"{plain[0]}（{'；'.join(others)}）", "warning")
            else:
                notes[row] = plain
