"""The mentoring pair table (传帮带结对表): A4 portrait, grouped by township, two signature columns.

Per township a heading row, then each mentor (帮带人) with the post, spanning the rows of the cadres
they mentor (被帮带人, with the sending unit and the village); the 帮带人签名 cell spans the mentor's
rows (one signature), each 被帮带人签名 cell is a cadre's own.  A mentor's block never splits across
pages (a mentor of more than eight cadres signs once per eight); the column headers repeat on every page.  No resident ID numbers are printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cadredesk.core.dto import PrintMeta
from cadredesk.io.pdf.base import MM, PORTRAIT, Document, render_to_bytes, render_to_file, short_hash
from cadredesk.io.pdf.signin import closing_style, fitted_title, row_height

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

#: (header, width in mm): 156 mm, the GB/T 9704 text block
COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 10),
    ("帮带人", 17),
    ("职务", 22),
    ("帮带人\n签名", 22),
    ("被帮带人", 17),
    ("派出单位", 26),
    ("派驻村\n（社区）", 20),
    ("被帮带人\n签名", 22),
)
ROW_MM = 10.5
#: a mentor's rows are kept on one page (a spanned cell cannot break); a mentor of more cadres than this
#: gets one block per this many, each with the name and a signature cell
BLOCK_ROWS = 8
_PAD = 3.0


@dataclass(frozen=True, slots=True)
class PairLine:
    township: str
    mentor: str
    mentor_post: str
    name: str
    unit: str
    place: str


def pairs_title(batch_name: str) -> str:
    return f"{batch_name}传帮带结对表"


def pairs_data_hash(lines: Sequence[PairLine], batch_name: str) -> str:
    return short_hash(
        {
            "batch": batch_name,
            "rows": [[x.township, x.mentor, x.mentor_post, x.name, x.unit, x.place] for x in lines],
        }
    )


def _story(doc: Document, lines: Sequence[PairLine], batch_name: str) -> list[Flowable]:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    st = doc.styles
    song = doc.kit.font_name("song")
    size = st.table.fontSize
    mentors = {(x.township, x.mentor) for x in lines}
    story: list[Flowable] = [
        fitted_title(doc, pairs_title(batch_name)),
        doc.para(f"（按乡镇（街道）排列，帮带人 {len(mentors)} 名，被帮带人 {len(lines)} 名）", st.subtitle),
    ]
    widths = [w * MM for _h, w in COLUMNS]
    inner = [w - 2 * _PAD for w in widths]

    def cell(text: str, col: int, centred: bool = True) -> object:
        runs = doc.text.runs(text, "song")
        if not runs:
            return ""
        if len(runs) == 1 and runs[0][0] == song and doc.text.width(text, "song", size) <= inner[col]:
            return runs[0][1]
        return doc.para(text, st.table_center if centred else st.table)

    header = [doc.para(h, st.table_header) for h, _w in COLUMNS]
    base: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), song, size, st.table.leading),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]

    def table(
        data: list[list[object]], heights: list[float | None], commands: list[tuple[object, ...]]
    ) -> Table:
        t = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, splitByRow=1, hAlign="CENTER")
        t.setStyle(TableStyle(base + commands))
        return t

    # townships in order of first appearance, mentors within them likewise; one table per township
    # (its header repeated on each of its pages): a city-wide single table splits in quadratic time
    towns: dict[str, dict[tuple[str, str], list[PairLine]]] = {}
    for x in lines:
        towns.setdefault(x.township, {}).setdefault((x.mentor, x.mentor_post), []).append(x)
    seq = 0
    for town, by_mentor in towns.items():
        n_cadres = sum(len(v) for v in by_mentor.values())
        data: list[list[object]] = [
            header,
            [
                doc.para(
                    f"{town or '（未定乡镇）'}（帮带人 {len(by_mentor)} 名，被帮带人 {n_cadres} 名）",
                    st.table_group,
                )
            ]
            + [""] * (len(COLUMNS) - 1),
        ]
        heights: list[float | None] = [9 * MM, None]
        commands: list[tuple[object, ...]] = [
            ("SPAN", (0, 1), (-1, 1)),
            ("BACKGROUND", (0, 1), (-1, 1), colors.Color(0.95, 0.95, 0.95)),
            ("ALIGN", (0, 1), (-1, 1), "LEFT"),
        ]
        blocks = [
            (mentor, post, cadres[k : k + BLOCK_ROWS])
            for (mentor, post), cadres in by_mentor.items()
            for k in range(0, len(cadres), BLOCK_ROWS)
        ]
        for b, (mentor, post, cadres) in enumerate(blocks):
            top = len(data)
            for i, x in enumerate(cadres):
                seq += 1
                data.append([
                    str(seq), cell(mentor, 1) if i == 0 else "", cell(post, 2) if i == 0 else "", "",
                    cell(x.name, 4), cell(x.unit, 5), cell(x.place, 6), "",
                ])  # fmt: skip
                heights.append(
                    row_height(
                        doc,
                        [
                            (mentor if i == 0 else "", inner[1]),
                            (x.name, inner[4]),
                            (x.unit, inner[5]),
                            (x.place, inner[6]),
                        ],
                        ROW_MM,
                    )
                )
            bottom = len(data) - 1
            if bottom > top:
                commands += [("SPAN", (c, top), (c, bottom)) for c in (1, 2, 3)]
            # a mentor's block stays on one page (the township heading with the first one)
            commands.append(("NOSPLIT", (0, 0 if b == 0 else top), (-1, bottom)))
        story.append(table(data, heights, commands))
    if not lines:
        empty = [[doc.para("（本批次尚无传帮带结对）", st.table_center)] + [""] * (len(COLUMNS) - 1)]
        story.append(table([header, *empty], [9 * MM, ROW_MM * MM], [("SPAN", (0, 1), (-1, 1))]))
    story.append(Spacer(0, 5 * MM))
    story.append(
        doc.para(
            "注：帮带人为乡镇（街道）党政领导干部，被帮带人为派驻本乡镇（街道）的驻村干部。",
            closing_style(doc),
        )
    )
    return story


def render_pairs(lines: Sequence[PairLine], *, batch_name: str, meta: PrintMeta, out: Path) -> list[str]:
    """Write the pair table to ``out`` atomically; returns font warnings."""
    return render_to_file(
        lambda doc: _story(doc, lines, batch_name),
        meta=meta,
        out=out,
        layout=PORTRAIT,
        subject="传帮带结对表",
    )


def render_pairs_bytes(
    lines: Sequence[PairLine], *, batch_name: str, meta: PrintMeta
) -> tuple[bytes, list[str]]:
    return render_to_bytes(
        lambda doc: _story(doc, lines, batch_name), meta=meta, layout=PORTRAIT, subject="传帮带结对表"
    )
