"""The page every CadreDesk PDF is printed on: A4, GB/T 9704-like margins, official styles, a footer.

* Margins after GB/T 9704-2012 (top 37 mm, left 28 mm, right 26 mm, bottom 35 mm); in landscape the left
  binding margin stays ≥ 25 mm, as 干部人事档案 materials require (notes/reliability.md §4).
* Every page carries "第 x 页 共 y 页" and small print: who printed it, when, and a short hash of the data.
* Deterministic: the same data and the same ``PrintMeta.printed_at`` give byte-identical files (reportlab
  ``invariant=1``; the PDF creation date is ``printed_at``).
* Files are written atomically (:func:`write_atomic`): a failed render never leaves a partial PDF and never
  damages an existing one.

Usage: a document module builds its flowables from a :class:`Document` and calls :func:`render_to_file`
(or :func:`render_to_bytes`). reportlab is imported inside functions to keep CLI start-up fast.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import operator
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cadredesk import __version__
from cadredesk.core.dto import PrintMeta
from cadredesk.io.atomic import write_atomic
from cadredesk.io.pdf.fonts import FontKit, TextSetter, get_fontkit

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable, Paragraph

MM = 72 / 25.4

#: Chinese type sizes (字号) in points.
SIZES: dict[str, float] = {
    "初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18, "三号": 16, "小三": 15,
    "四号": 14, "小四": 12, "五号": 10.5, "小五": 9, "六号": 7.5,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PageLayout:
    """A4 page geometry in millimetres; ``page_no_y``/``small_y`` are footer baselines from the bottom edge."""

    landscape: bool
    top: float
    bottom: float
    left: float
    right: float
    page_no_y: float
    small_y: float

    @property
    def pagesize(self) -> tuple[float, float]:
        w, h = 210 * MM, 297 * MM
        return (h, w) if self.landscape else (w, h)

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - (self.left + self.right) * MM

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - (self.top + self.bottom) * MM


#: GB/T 9704: text block 156 x 225 mm, page number about 7 mm below it.
PORTRAIT = PageLayout(landscape=False, top=37, bottom=35, left=28, right=26, page_no_y=24, small_y=14)
#: Wide tables: binding margin stays on the left (>= 25 mm), smaller top/bottom to fit rows.
LANDSCAPE = PageLayout(landscape=True, top=22, bottom=24, left=28, right=16, page_no_y=14, small_y=8)


@dataclass(frozen=True, slots=True)
class Styles:
    """Paragraph styles of the official look; ``role_of`` maps a style name to its font role."""

    title: ParagraphStyle  # 小标宋 (or 黑体) 二号
    subtitle: ParagraphStyle  # 仿宋 四号, centred
    body: ParagraphStyle  # 仿宋 三号, GB/T 9704 line pitch
    heading: ParagraphStyle  # 黑体 三号
    table: ParagraphStyle  # 宋体 五号
    table_center: ParagraphStyle
    table_header: ParagraphStyle  # 黑体 五号, centred
    table_group: ParagraphStyle  # 黑体 五号, a group header row
    small: ParagraphStyle  # 宋体 小五
    role_of: dict[str, str]


def make_styles(kit: FontKit, *, table_size: float = SIZES["五号"]) -> Styles:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    role_of: dict[str, str] = {}

    def style(name: str, role: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        role_of[name] = role
        return ParagraphStyle(
            name, fontName=kit.font_name(role), fontSize=size, leading=leading, wordWrap="CJK", **kw
        )

    t = table_size
    return Styles(
        title=style("cd-title", "title", SIZES["二号"], 32, alignment=TA_CENTER, spaceAfter=4 * MM),
        subtitle=style("cd-subtitle", "fangsong", SIZES["四号"], 20, alignment=TA_CENTER, spaceAfter=3 * MM),
        body=style("cd-body", "fangsong", SIZES["三号"], 28.95, alignment=TA_JUSTIFY, firstLineIndent=32),
        heading=style("cd-heading", "hei", SIZES["三号"], 28.95, alignment=TA_LEFT),
        table=style("cd-table", "song", t, t * 1.3, alignment=TA_LEFT),
        table_center=style("cd-table-c", "song", t, t * 1.3, alignment=TA_CENTER),
        table_header=style("cd-table-h", "hei", t, t * 1.3, alignment=TA_CENTER),
        table_group=style("cd-table-g", "hei", t + 0.5, (t + 0.5) * 1.3, alignment=TA_LEFT),
        small=style("cd-small", "song", SIZES["小五"], 12, alignment=TA_LEFT),
        role_of=role_of,
    )


@dataclass(slots=True)
class Document:
    """What a document module needs while building its story."""

    kit: FontKit
    text: TextSetter
    styles: Styles
    layout: PageLayout
    meta: PrintMeta
    #: the number of pages the story will fill, when its builder knows (progress reports use it)
    expected_pages: int = 0

    def para(self, text: str, style: ParagraphStyle) -> Paragraph:
        """A Paragraph of plain ``text`` (escaped; rare characters switched to a font that has them)."""
        from reportlab.platypus import Paragraph

        return Paragraph(self.text.markup(text, self.styles.role_of[style.name]), style)


StoryBuilder = Callable[[Document], "list[Flowable]"]
#: ``report(pages done, pages in all)``; it may raise to cancel (nothing is written then)
PageReport = Callable[[int, int], None]


def flowables_height(flowables: Sequence[Flowable], width: float) -> float:
    """The height a frame gives these flowables stacked from its top (their space before/after included)."""
    total = 0.0
    for i, f in enumerate(flowables):
        _w, h = f.wrap(width, 10**6)
        total += h + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0)
    return total


@dataclass(frozen=True)
class GridStyle:
    """How a grid table looks: body font, paddings (points), rule widths, fills (r, g, b)."""

    font: str
    size: float
    leading: float
    pad_left: float = 4.0
    pad_right: float = 4.0
    pad_top: float = 2.5
    pad_bottom: float = 3.5
    rule: float = 0.5
    box: float = 1.0
    header_fill: tuple[float, float, float] = (0.88, 0.88, 0.88)
    group_fill: tuple[float, float, float] = (0.95, 0.95, 0.95)
    #: the font of header strings (黑体); "" for the body font
    header_font: str = ""


def _grid_flowable() -> type:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    class GridPage(Flowable):
        """One page of a grid table, drawn straight on the canvas: the header row, group rows spanning
        every column, body rows of one-line strings (drawn with drawString) or wrapping paragraphs."""

        def __init__(
            self,
            rows: list[tuple[str, list[Any]]],
            heights: list[float],
            widths: Sequence[float],
            aligns: Sequence[str],
            style: GridStyle,
        ) -> None:
            super().__init__()
            self.rows, self.heights, self.widths, self.aligns, self.style = (
                rows,
                heights,
                list(widths),
                aligns,
                style,
            )
            self.width, self.height = sum(self.widths), sum(heights)
            self.hAlign = "CENTER"

        def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            st, c = self.style, self.canv
            xs = [0.0]
            for w in self.widths:
                xs.append(xs[-1] + w)
            top = self.height
            ys = [top]
            for h in self.heights:
                ys.append(ys[-1] - h)
            c.saveState()
            for (kind, _cells), y0, y1 in zip(self.rows, ys, ys[1:], strict=False):
                if kind in ("header", "group"):
                    c.setFillColorRGB(*(st.header_fill if kind == "header" else st.group_fill))
                    c.rect(0, y1, self.width, y0 - y1, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            drop = st.size * 0.36  # a one-line string's baseline below its cell's middle
            text = c.beginText()  # every one-line string of the page in one text object
            text.setFont(st.font, st.size)
            widths = self.text_widths
            later: list[tuple[Any, float, float]] = []  # paragraphs, drawn after the text object
            for (kind, cells), y0, y1 in zip(self.rows, ys, ys[1:], strict=False):
                mid = (y0 + y1 + st.pad_bottom - st.pad_top) / 2
                if kind == "group":
                    cell = cells[0]
                    _w, h = cell.wrap(self.width - st.pad_left - st.pad_right, 10**6)
                    later.append((cell, st.pad_left, mid - h / 2))
                    continue
                header = kind == "header" and bool(st.header_font)
                if header:
                    text.setFont(st.header_font, st.size)
                for col, cell in enumerate(cells):
                    if cell == "" or cell is None:
                        continue
                    x0, x1 = xs[col] + st.pad_left, xs[col + 1] - st.pad_right
                    if isinstance(cell, str):
                        if header:  # header captions are centred, in the header font
                            w = stringWidth(cell, st.header_font, st.size)
                            text.setTextOrigin((x0 + x1 - w) / 2, mid - drop)
                        elif self.aligns[col] == "CENTER":
                            w = widths.get(cell)
                            if w is None:
                                w = widths[cell] = stringWidth(cell, st.font, st.size)
                            text.setTextOrigin((x0 + x1 - w) / 2, mid - drop)
                        else:
                            text.setTextOrigin(x0, mid - drop)
                        text.textOut(cell)
                    else:
                        _w, h = cell.wrap(x1 - x0, 10**6)
                        later.append((cell, x0, mid - h / 2))
                if header:
                    text.setFont(st.font, st.size)
            c.drawText(text)
            for cell, x, y in later:
                cell.drawOn(c, x, y)
            c.setLineWidth(st.rule)
            lines: list[tuple[float, float, float, float]] = [(0.0, y, self.width, y) for y in ys[1:-1]]
            spans = {i for i, (kind, _c) in enumerate(self.rows) if kind == "group"}
            for x in xs[1:-1]:  # vertical rules, broken where a group row spans the table
                start = 0
                for i in range(len(self.rows) + 1):
                    if i == len(self.rows) or i in spans:
                        if i > start:
                            lines.append((x, ys[start], x, ys[i]))
                        start = i + 1
            c.lines(lines)
            c.setLineWidth(st.box)
            c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            c.restoreState()

    return GridPage


def paged_table(
    doc: Document,
    header: list[Any],
    body: list[list[Any]],
    widths: Sequence[float],
    *,
    style: GridStyle,
    aligns: Sequence[str],
    headings: frozenset[int] = frozenset(),
    first_room: float,
) -> list[Flowable]:
    """A long table laid out page by page, each page's part drawn straight on the canvas with the
    header on top (``GridPage``): body cells are one-line strings or wrapping paragraphs; rows in
    ``headings`` are group rows (``body[i][0]``, spanning every column) that never end a page.

    Row heights are measured here and the rows cut into pages here: letting reportlab's Table split one
    table of thousands of rows costs time quadratic in the rows (each split re-reads every span of the
    rest), and its per-cell styling several times the cost of drawing.  Sets ``doc.expected_pages``.
    """
    from reportlab.platypus import PageBreak

    grid = _grid_flowable()
    text_widths: dict[str, float] = {}  # shared by every page: the same values recur
    pads = style.pad_top + style.pad_bottom
    total_w = sum(widths)

    def height(kind: str, cells: list[Any]) -> float:
        if kind == "group":
            return cells[0].wrap(total_w - style.pad_left - style.pad_right, 10**6)[1] + pads
        tallest = style.leading
        for col, cell in enumerate(cells):
            if cell != "" and cell is not None and not isinstance(cell, str):
                inner = widths[col] - style.pad_left - style.pad_right
                tallest = max(tallest, cell.wrap(inner, 10**6)[1])
        return tallest + pads

    header_h = height("header", header)
    kinds = ["group" if i in headings else "body" for i in range(len(body))]
    row_h = [height(k, cells) for k, cells in zip(kinds, body, strict=True)]
    chunks: list[list[int]] = []
    current: list[int] = []
    room, used = first_room, header_h
    for i, h in enumerate(row_h):
        if current and used + h > room - 0.5:
            carry: list[int] = []
            while len(current) > 1 and current[-1] in headings:  # a heading moves on with its rows
                carry.insert(0, current.pop())
            chunks.append(current)
            room, current, used = doc.layout.frame_height, carry, header_h + sum(row_h[j] for j in carry)
        current.append(i)
        used += h
    if current or not chunks:
        chunks.append(current)
    out: list[Flowable] = []
    for n, chunk in enumerate(chunks):
        if n:
            out.append(PageBreak())
        rows = [("header", header), *((kinds[i], body[i]) for i in chunk)]
        page = grid(rows, [header_h, *(row_h[i] for i in chunk)], widths, aligns, style)
        page.text_widths = text_widths
        out.append(page)
    doc.expected_pages = len(chunks)
    return out


def fit_column_widths(
    doc: Document,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    weights: Sequence[int],
    caps_mm: Sequence[float | None],
    padding: float,
    available: float | None = None,
    nowrap: Sequence[bool] = (),
) -> list[float]:
    """Table column widths that keep the table short.

    Columns with weight 0 start as wide as their longest value (capped at ``caps_mm``); the column with the
    largest weight takes the rest. Then each other column in turn is set to the width (trading with the main
    column) that makes the table shortest in lines, until no such move saves a line; this runs from three
    starting points (capped content widths, median value widths, header widths), the best wins. If everything
    fits on one line, the spare width goes to the weighted columns. Headers (in 黑体) never wrap unless the
    page is too narrow for all of them, nor do the values of the ``nowrap`` columns (names, dates, phone
    numbers: a name of four or more characters stays on one line). Widths include ``padding`` on both sides.
    """
    n = len(headers)
    body_size = doc.styles.table.fontSize
    extra = 2 * padding + 2
    slack = 0.6 * body_size  # average width lost at the end of a wrapped line
    header_w = [doc.text.width(h, "hei", doc.styles.table_header.fontSize) + extra for h in headers]
    measured: dict[str, float] = {}  # many values repeat (性别, 民族, 派驻身份 …): each width once

    def measure(text: str) -> float:
        w = measured.get(text)
        if w is None:
            w = measured[text] = doc.text.width(text, "song", body_size)
        return w

    text_w = [[measure(row[c]) for row in rows] for c in range(n)]
    for c, keep in enumerate(nowrap):  # such a column is at least as wide as its widest value
        if keep:
            header_w[c] = max([header_w[c]] + [t + extra + 0.5 for t in text_w[c]])
    natural = [max([header_w[c]] + [t + extra for t in text_w[c]]) for c in range(n)]
    avail = available if available is not None else doc.layout.frame_width
    primary = max(range(n), key=lambda c: weights[c])

    # Only columns whose values can need a second line count for the height, and rows alike in those
    # columns count alike: the height is judged on the distinct rows, each weighed by how often it occurs
    # (a 10,000-row roster has a few thousand distinct shapes).
    wrapping = [c for c in range(n) if max(text_w[c], default=0.0) + extra > header_w[c] + 0.01]
    shapes = Counter(zip(*(text_w[c] for c in wrapping), strict=True)) if wrapping else Counter()
    shape_w = {c: [shape[i] for shape in shapes] for i, c in enumerate(wrapping)}
    counts = list(shapes.values())

    memo: dict[tuple[int, float], list[int]] = {}

    def col_lines(c: int, w: float) -> list[int]:
        key = (c, round(w, 2))
        if key not in memo:
            inner = w - extra
            memo[key] = [
                1 if t <= inner + 0.01 else math.ceil(t / max(inner - slack, 1.0)) for t in shape_w[c]
            ]
        return memo[key]

    def height(ws: Sequence[float]) -> int:
        if not rows:
            return 0
        if not wrapping:
            return len(rows)
        lines = map(max, zip(*(col_lines(c, ws[c]) for c in wrapping), strict=True))
        return sum(map(operator.mul, counts, lines))

    others = [c for c in range(n) if c != primary]
    room = avail - header_w[primary]
    floor = sum(header_w[c] for c in others)
    if floor >= room:  # a page too narrow even for the headers: share it out, headers wrap
        total = sum(header_w)
        return [avail * w / total for w in header_w]

    def fill(start: list[float]) -> list[float]:
        """Squeeze the other columns towards their headers until the main column gets its header width."""
        used = sum(start[c] for c in others)
        if used > room:
            k = (room - floor) / (used - floor)
            start = [header_w[c] + (w - header_w[c]) * k for c, w in enumerate(start)]
        start[primary] = avail - sum(start[c] for c in others)
        return start

    def candidates(c: int) -> list[float]:
        """Widths at which some value of column ``c`` needs one line fewer (and the header width)."""
        found = {_ceil2(header_w[c])}
        for t in set(text_w[c]):
            for k in (1, 2, 3):
                found.add(_ceil2(t + extra if k == 1 else t / k + slack + extra))
        ordered = sorted(w for w in found if w >= header_w[c] - 0.01)  # headers never wrap
        step = max(1, len(ordered) // 48)
        return ordered[::step]

    cands = {c: candidates(c) for c in others}

    def descend(widths: list[float]) -> tuple[int, list[float]]:
        """Coordinate descent: give each column in turn the width (traded with the main column) that makes
        the table shortest, until a whole sweep saves no line."""
        current = height(widths)
        for _sweep in range(8):
            improved = False
            for c in others:
                pool = widths[c] + widths[primary] - header_w[primary]
                best_h, best_w = current, widths[c]
                for w in cands[c]:
                    if w > pool:
                        break
                    trial = list(widths)
                    trial[primary] += widths[c] - w
                    trial[c] = w
                    h = height(trial)
                    if h < best_h:
                        best_h, best_w = h, w
                if best_h < current:
                    widths[primary] += widths[c] - best_w
                    widths[c] = best_w
                    current = best_h
                    improved = True
            if not improved:
                break
        return current, widths

    def median_width(c: int) -> float:
        values = sorted(text_w[c])
        return max(header_w[c], values[len(values) // 2] + extra) if values else header_w[c]

    def capped(c: int) -> float:
        cap = caps_mm[c]
        return max(header_w[c], min(natural[c], cap * MM) if cap else natural[c])

    starts = [
        [capped(c) for c in range(n)],
        [median_width(c) for c in range(n)],
        list(header_w),
    ]
    results = [descend(fill(start)) for start in starts]
    widths = min(results, key=lambda result: result[0])[1]

    spare = widths[primary] - natural[primary]
    total_weight = sum(weights)
    if spare > 0 and total_weight:
        widths[primary] = natural[primary]
        for c in range(n):
            widths[c] += spare * weights[c] / total_weight
    return widths


def _ceil2(x: float) -> float:
    return math.ceil(x * 100) / 100


def short_hash(data: object) -> str:
    """12 hex digits of SHA-256 over a canonical JSON form of ``data`` (for the footer's data hash)."""
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]


def _pdf_date(when: dt.datetime) -> str:
    stamp = when.strftime("D:%Y%m%d%H%M%S")
    offset = when.utcoffset()
    if offset is None:
        return stamp
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{stamp}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def _footer_painter(doc: Document) -> Callable[[Canvas, int, int], None]:
    from reportlab.lib.colors import Color

    layout, meta, text = doc.layout, doc.meta, doc.text
    left = layout.left * MM
    right = layout.pagesize[0] - layout.right * MM
    centre = (left + right) / 2
    who = [f"编号：{meta.doc_number}"] if meta.doc_number else []
    printer = " ".join(x for x in (meta.organization, meta.user) if x)
    who += [f"打印：{printer}", meta.printed_at.strftime("%Y-%m-%d %H:%M")]
    small_left = "　".join(who)
    small_right = f"数据校验码：{meta.data_hash}"
    grey = Color(0.35, 0.35, 0.35)

    def paint(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        text.draw(
            canvas,
            centre,
            layout.page_no_y * MM,
            f"第 {page} 页 共 {total} 页",
            "song",
            SIZES["五号"],
            "center",
        )
        canvas.setFillColor(grey)
        text.draw(canvas, left, layout.small_y * MM, small_left, "song", 8)
        text.draw(canvas, right, layout.small_y * MM, small_right, "song", 8, "right")
        canvas.restoreState()

    return paint


def _canvas_maker(
    paint: Callable[[Canvas, int, int], None],
    pdf_date: str,
    report: PageReport | None = None,
    expected: Callable[[], int] = lambda: 0,
) -> Callable[..., Canvas]:
    """A Canvas class that holds pages back until the end, so each footer can say "共 y 页"."""
    from reportlab.pdfgen.canvas import Canvas

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, **kw)
            self._held_pages: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_ymdhms: pdf_date)  # CreationDate/ModDate = printed_at

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()
            if report is not None:
                done = len(self._held_pages)
                report(done, max(done, expected()))

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                paint(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FooterCanvas


def _build(
    story_builder: StoryBuilder,
    *,
    meta: PrintMeta,
    layout: PageLayout,
    subject: str,
    target: BinaryIO,
    report: PageReport | None = None,
) -> list[str]:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    kit = get_fontkit()
    doc = Document(kit=kit, text=kit.text(), styles=make_styles(kit), layout=layout, meta=meta)
    story = story_builder(doc)
    frame = Frame(
        layout.left * MM,
        layout.bottom * MM,
        layout.frame_width,
        layout.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template = BaseDocTemplate(
        target,
        pagesize=layout.pagesize,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        leftMargin=layout.left * MM,
        rightMargin=layout.right * MM,
        topMargin=layout.top * MM,
        bottomMargin=layout.bottom * MM,
        title=meta.title,
        author="CadreDesk",
        subject=subject,
        creator=f"CadreDesk {__version__}",
        producer=f"CadreDesk {__version__} (ReportLab)",
        keywords=[meta.data_hash] if meta.data_hash else [],
        invariant=1,
        initialFontName=kit.font_name("song"),
        lang="zh-CN",
        displayDocTitle=1,
    )
    template.build(
        story,
        canvasmaker=_canvas_maker(
            _footer_painter(doc), _pdf_date(meta.printed_at), report, lambda: doc.expected_pages
        ),
    )
    return doc.text.warnings()


def render_to_bytes(
    story_builder: StoryBuilder, *, meta: PrintMeta, layout: PageLayout = PORTRAIT, subject: str = ""
) -> tuple[bytes, list[str]]:
    """Render in memory: ``(pdf bytes, font warnings)``. Used by the self-test and for previews."""
    buffer = io.BytesIO()
    warnings = _build(story_builder, meta=meta, layout=layout, subject=subject, target=buffer)
    return buffer.getvalue(), warnings


def render_to_file(
    story_builder: StoryBuilder,
    *,
    meta: PrintMeta,
    out: Path,
    layout: PageLayout = PORTRAIT,
    subject: str = "",
    report: PageReport | None = None,
) -> list[str]:
    """Render straight into ``out`` (atomically, see :func:`write_atomic`); returns font warnings.

    ``report(pages done, pages in all)`` is called as pages are laid out; if it raises (a clerk's
    cancel), the exception leaves here and no file is written."""
    warnings: list[str] = []

    def write(fh: BinaryIO) -> None:
        warnings.extend(
            _build(story_builder, meta=meta, layout=layout, subject=subject, target=fh, report=report)
        )

    write_atomic(Path(out), write)
    return warnings
