"""The training sign-in sheet (签到表): A4 portrait, one sheet per class or per course, blank signatures.

Each sheet: the title, a line with the course (when the sheet is for one course), the date, venue and
organiser; then a table of 序号, 姓名, 单位, 派驻村（社区） and a blank 签名 column, rows tall enough
to sign in, trainees grouped by township.  The first table row names the class, course and date and
is repeated with the column headers on every page, so a loose page still says what it is.  Below
the table: 应到 N 人，实到 ___ 人 and a line for the person in charge.  Several sheets in one file
start on new pages.  No resident ID numbers are printed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cadredesk.core.dto import PrintMeta
from cadredesk.io.pdf.base import MM, PORTRAIT, SIZES, Document, render_to_bytes, render_to_file, short_hash

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

#: (header, width in mm): 156 mm, the GB/T 9704 text block
COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 11),
    ("姓名", 23),
    ("单位", 44),
    ("派驻村（社区）", 34),
    ("签名", 44),
)
ROW_MM = 11.0  # a signature row: room for a handwritten name
_PAD = 4.0


@dataclass(frozen=True, slots=True)
class SigninRow:
    name: str
    unit: str
    township: str
    place: str


@dataclass(frozen=True, slots=True)
class SigninSheet:
    """One sheet: a class (``course`` empty) or one course of it."""

    session: str
    start: dt.date
    end: dt.date
    location: str
    organizer: str
    rows: tuple[SigninRow, ...]
    course: str = ""
    lecturer: str = ""
    day: dt.date | None = None
    hours: str = ""

    @property
    def title(self) -> str:
        name = self.session
        return name if name.endswith("签到表") else f"{name}签到表"


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _dates(sheet: SigninSheet) -> str:
    if sheet.day is not None:
        return cn_date(sheet.day)
    if sheet.start == sheet.end:
        return cn_date(sheet.start)
    if sheet.start.year == sheet.end.year:
        return f"{cn_date(sheet.start)}至{sheet.end.month}月{sheet.end.day}日"
    return f"{cn_date(sheet.start)}至{cn_date(sheet.end)}"


def signin_data_hash(sheets: Sequence[SigninSheet]) -> str:
    return short_hash(
        [
            [
                s.session,
                s.course,
                s.start,
                s.end,
                s.day,
                s.location,
                [[r.name, r.unit, r.township, r.place] for r in s.rows],
            ]
            for s in sheets
        ]
    )


def _sheet(doc: Document, sheet: SigninSheet) -> list[Flowable]:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    st = doc.styles
    song = doc.kit.font_name("song")
    size = st.table.fontSize
    story: list[Flowable] = [fitted_title(doc, sheet.title)]
    if sheet.course:
        who = f"（授课：{sheet.lecturer}）" if sheet.lecturer else ""
        story.append(doc.para(f"课程：{sheet.course}{who}", st.subtitle))
    facts = [f"时间：{_dates(sheet)}"]
    if sheet.location:
        facts.append(f"地点：{sheet.location}")
    if sheet.organizer:
        facts.append(f"主办：{sheet.organizer}")
    if sheet.hours:
        facts.append(f"学时：{sheet.hours}")
    story.append(doc.para("　　".join(facts), st.subtitle))

    widths = [w * MM for _h, w in COLUMNS]
    inner = [w - 2 * _PAD for w in widths]

    def cell(text: str, col: int, centred: bool) -> object:
        """Plain text where it fits on one line in the table font; a wrapping Paragraph otherwise."""
        runs = doc.text.runs(text, "song")
        if not runs:
            return ""
        if len(runs) == 1 and runs[0][0] == song and doc.text.width(text, "song", size) <= inner[col]:
            return runs[0][1]
        return doc.para(text, st.table_center if centred else st.table)

    caption = sheet.session + (f"　{sheet.course}" if sheet.course else "") + f"　{_dates(sheet)}"
    data: list[list[object]] = [
        [doc.para(caption, st.table)] + [""] * (len(COLUMNS) - 1),
        [doc.para(h, st.table_header) for h, _w in COLUMNS],
    ]
    heights: list[float | None] = [None, 8 * MM]
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), song, size, st.table.leading),
        ("SPAN", (0, 0), (-1, 0)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("BACKGROUND", (0, 1), (-1, 1), colors.Color(0.88, 0.88, 0.88)),
        ("GRID", (0, 1), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 1), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ALIGN", (0, 2), (1, -1), "CENTER"),
    ]
    town = None
    counts: dict[str, int] = {}
    for r in sheet.rows:
        counts[r.township] = counts.get(r.township, 0) + 1
    for seq, r in enumerate(sheet.rows, start=1):
        if r.township != town:
            town = r.township
            n = len(data)
            data.append(
                [doc.para(f"{town or '（未定乡镇）'}（{counts[r.township]} 人）", st.table_group)] + [""] * 4
            )
            heights.append(None)
            commands += [
                ("SPAN", (0, n), (-1, n)),
                ("BACKGROUND", (0, n), (-1, n), colors.Color(0.95, 0.95, 0.95)),
                ("NOSPLIT", (0, n), (-1, n + 1)),  # a township heading never ends a page
            ]
        data.append([str(seq), cell(r.name, 1, True), cell(r.unit, 2, False), cell(r.place, 3, False), ""])
        heights.append(row_height(doc, [(r.name, inner[1]), (r.unit, inner[2]), (r.place, inner[3])], ROW_MM))
    if not sheet.rows:
        data.append([doc.para("（学员名单为空）", st.table_center)] + [""] * 4)
        heights.append(ROW_MM * MM)
        commands.append(("SPAN", (0, 2), (-1, 2)))
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=2, splitByRow=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    story.append(table)
    story.append(Spacer(0, 5 * MM))
    close = closing_style(doc)
    story.append(doc.para(f"应到 {len(sheet.rows)} 人，实到 ______ 人。", close))
    story.append(Spacer(0, 3 * MM))
    story.append(doc.para("签到负责人（签字）：______________　　日期：________", close))
    return story


def fitted_title(doc: Document, text: str) -> Flowable:
    """The title in 二号, or smaller (小二, 三号) so that it stays on one line; wrapped if even that is too long."""
    base = doc.styles.title
    for size in (SIZES["二号"], SIZES["小二"], SIZES["三号"]):
        if doc.text.width(text, "title", size) <= doc.layout.frame_width:
            break
    if size == base.fontSize:
        return doc.para(text, base)
    style = base.clone(f"cd-title-{size}", fontSize=size, leading=size * 1.45)
    doc.styles.role_of[style.name] = "title"
    return doc.para(text, style)


def row_height(doc: Document, cells: Sequence[tuple[str, float]], min_mm: float) -> float:
    """A row's height: ``min_mm``, or more when a wrapped cell (text, inner width) needs more lines."""
    size = doc.styles.table.fontSize
    leading = doc.styles.table.leading
    slack = 0.6 * size  # the width lost at the end of a wrapped line
    lines = 1
    for text, inner in cells:
        width = doc.text.width(text, "song", size)
        if width > inner:
            lines = max(lines, math.ceil(width / max(inner - slack, 1.0)))
    return max(min_mm * MM, lines * leading + 6)


def closing_style(doc: Document) -> ParagraphStyle:
    """仿宋 四号, left: the lines under a form's table (shared by the pair table)."""
    style = doc.styles.subtitle.clone(
        "cd-form-close", fontSize=SIZES["四号"], leading=22, alignment=0, spaceAfter=0
    )
    doc.styles.role_of[style.name] = "fangsong"
    return style


def _story(doc: Document, sheets: Sequence[SigninSheet]) -> list[Flowable]:
    from reportlab.platypus import PageBreak

    story: list[Flowable] = []
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story.extend(_sheet(doc, sheet))
    return story


def render_signin(sheets: Sequence[SigninSheet], *, meta: PrintMeta, out: Path) -> list[str]:
    """Write the sign-in sheets to ``out`` atomically; returns font warnings."""
    return render_to_file(
        lambda doc: _story(doc, sheets), meta=meta, out=out, layout=PORTRAIT, subject="培训签到表"
    )


def render_signin_bytes(sheets: Sequence[SigninSheet], *, meta: PrintMeta) -> tuple[bytes, list[str]]:
    return render_to_bytes(lambda doc: _story(doc, sheets), meta=meta, layout=PORTRAIT, subject="培训签到表")
