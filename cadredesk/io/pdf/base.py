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

    def para(self, text: str, style: ParagraphStyle) -> Paragraph:
        """A Paragraph of plain ``text`` (escaped; rare characters switched to a font that has them)."""
        from reportlab.platypus import Paragraph

        return Paragraph(self.text.markup(text, self.styles.role_of[style.name]), style)


StoryBuilder = Callable[[Document], "list[Flowable]"]


def fit_column_widths(
    doc: Document,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    weights: Sequence[int],
    caps_mm: Sequence[float | None],
    padding: float,
    available: float | None = None,
) -> list[float]:
    """Table column widths that keep the table short.

    Columns with weight 0 start as wide as their longest value (capped at ``caps_mm``); the column with the
    largest weight takes the rest. Then each other column in turn is set to the width (trading with the main
    column) that makes the table shortest in lines, until no such move saves a line; this runs from three
    starting points (capped content widths, median value widths, header widths), the best wins. If everything
    fits on one line, the spare width goes to the weighted columns. Headers (in 黑体) never wrap unless the
    page is too narrow for all of them. Widths include ``padding`` on both sides.
    """
    n = len(headers)
    body_size = doc.styles.table.fontSize
    extra = 2 * padding + 2
    slack = 0.6 * body_size  # average width lost at the end of a wrapped line
    header_w = [doc.text.width(h, "hei", doc.styles.table_header.fontSize) + extra for h in headers]
    text_w = [[doc.text.width(row[c], "song", body_size) for row in rows] for c in range(n)]
    natural = [max([header_w[c]] + [t + extra for t in text_w[c]]) for c in range(n)]
    avail = available if available is not None else doc.layout.frame_width
    primary = max(range(n), key=lambda c: weights[c])

    memo: dict[tuple[int, float], list[int]] = {}

    def col_lines(c: int, w: float) -> list[int]:
        key = (c, round(w, 2))
        if key not in memo:
            inner = w - extra
            memo[key] = [
                1 if t <= inner + 0.01 else math.ceil(t / max(inner - slack, 1.0)) for t in text_w[c]
            ]
        return memo[key]

    def height(ws: Sequence[float]) -> int:
        if not rows:
            return 0
        return sum(map(max, zip(*(col_lines(c, ws[c]) for c in range(n)), strict=True)))

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
        for t in text_w[c]:
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


def _canvas_maker(paint: Callable[[Canvas, int, int], None], pdf_date: str) -> Callable[..., Canvas]:
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

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                paint(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FooterCanvas


def _build(
    story_builder: StoryBuilder, *, meta: PrintMeta, layout: PageLayout, subject: str, target: BinaryIO
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
    template.build(story, canvasmaker=_canvas_maker(_footer_painter(doc), _pdf_date(meta.printed_at)))
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
) -> list[str]:
    """Render straight into ``out`` (atomically, see :func:`write_atomic`); returns font warnings."""
    warnings: list[str] = []

    def write(fh: BinaryIO) -> None:
        warnings.extend(_build(story_builder, meta=meta, layout=layout, subject=subject, target=fh))

    write_atomic(Path(out), write)
    return warnings
