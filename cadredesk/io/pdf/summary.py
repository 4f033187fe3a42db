"""The summary statistics (驻村工作情况统计, ``print summary``): the dashboard's figures on A4 portrait.

Sections: 基本情况 (coverage, people on post), 驻村天数 (recent months with a bar chart of the share
that met the requirement, and the month in progress), 提醒事项 (the alerts with their counts), 问题台账.
No names or ID numbers: a summary leaves the office.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cadredesk.core.dto import PrintMeta
from cadredesk.core.onpost_rows import Dashboard
from cadredesk.io.pdf.base import MM, PORTRAIT, Document, render_to_bytes, render_to_file, short_hash

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

_PAD = 4.0


def summary_title(batch_name: str) -> str:
    return f"{batch_name}驻村工作情况统计"


def summary_hash(d: Dashboard) -> str:
    return short_hash(d.to_json())


def _pct(ok: int, total: int) -> str:
    return f"{ok * 100 / total:.1f}%" if total else "—"


def _table(doc: Document, rows: list[list[str]], widths_mm: list[float], *, header: bool = True) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    st = doc.styles
    data = [
        [
            doc.para(
                cell, st.table_header if header and r == 0 else (st.table if c == 0 else st.table_center)
            )
            for c, cell in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    table = Table(data, colWidths=[w * MM for w in widths_mm], hAlign="LEFT", repeatRows=1 if header else 0)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), doc.kit.font_name("song"), st.table.fontSize, st.table.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    table.setStyle(TableStyle(commands))
    return table


def _chart(doc: Document, d: Dashboard) -> Flowable | None:
    """Bars: the share of cadres that met the month's requirement, per recent month."""
    months = [m for m in d.months if m.complete]
    if not months:
        return None
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    font = doc.kit.font_name("song")
    width, height = doc.layout.frame_width, 62 * MM
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # the renderer's starting state: never the unembedded Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * MM, 12 * MM
    chart.width, chart.height = width - 24 * MM, height - 22 * MM
    chart.data = [[round(m.rate * 100, 1) for m in months]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.categoryAxis.categoryNames = [f"{m.year}.{m.month:02d}" for m in months]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.Color(0.12, 0.31, 0.47)
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(0, height - 6, "各月在岗天数达标率（考勤已录完的月份）", fontName=font, fontSize=9))
    return drawing


def _story(doc: Document, d: Dashboard) -> list[Flowable]:
    from reportlab.platypus import Spacer

    st = doc.styles
    story: list[Flowable] = [
        doc.para("驻村工作情况统计", st.title),
        doc.para(d.batch, st.subtitle),
        doc.para(f"派驻期 {d.start:%Y.%m.%d}—{d.end:%Y.%m.%d}　统计截至 {d.as_of:%Y年%m月%d日}", st.subtitle),
    ]
    gap = Spacer(1, 4 * MM)

    # 一、基本情况
    story.append(doc.para("一、基本情况", st.heading))
    others = "，".join(f"{k} {v} 人" for k, v in sorted(d.statuses.items()) if k != "在岗" and v)
    roles = "，".join(f"{k} {v} 人" for k, v in sorted(d.roles.items(), key=lambda kv: -kv[1]))
    rows = [
        ["项目", "数量", "说明"],
        [
            "派驻点覆盖",
            f"{d.places_covered} / {d.places_total}",
            f"覆盖率 {_pct(d.places_covered, d.places_total)}",
        ],
        [
            "重点村（软弱涣散、经济薄弱、换届重难点）",
            f"{d.priority_covered} / {d.priority_total}",
            "全部覆盖"
            if d.priority_covered == d.priority_total
            else f"{d.priority_total - d.priority_covered} 个未选派干部",
        ],
        ["在岗干部", f"{d.on_post} 人", roles or "—"],
        ["其他状态", f"{sum(v for k, v in d.statuses.items() if k != '在岗')} 人", others or "—"],
    ]
    story += [_table(doc, rows, [62, 28, 66]), gap]

    # 二、驻村天数
    story.append(doc.para("二、驻村天数（每月一般不少于22天，法定节假日除外）", st.heading))
    if d.last_month is not None:
        m = d.last_month
        story.append(
            doc.para(
                f"{m.year}年{m.month}月应考核 {m.judged} 人，达到当月要求 {m.ok} 人，未达到 {m.judged - m.ok} 人，"
                f"达标率 {_pct(m.ok, m.judged)}。",
                st.body,
            )
        )
    if d.this_month is not None:
        t = d.this_month
        through = (
            f"（已录入至 {t.entered_through:%m月%d日}）" if t.entered_through else "（本月尚未录入考勤）"
        )
        story.append(
            doc.para(
                f"{t.year}年{t.month}月{through}在岗 {t.people} 人，进度落后 {len(t.behind_ids)} 人，"
                f"已无法达到本月要求 {len(t.cannot_ids)} 人。",
                st.body,
            )
        )
    if d.months:
        rows = [["月份", "考核人数", "达标", "未达标", "达标率"]]
        for m in d.months:
            if m.complete:
                rows.append(
                    [
                        f"{m.year}年{m.month}月",
                        str(m.judged),
                        str(m.ok),
                        str(m.judged - m.ok),
                        _pct(m.ok, m.judged),
                    ]
                )
            else:
                through = f"录入至{m.entered_through:%m月%d日}" if m.entered_through else "未录完"
                rows.append([f"{m.year}年{m.month}月", str(m.judged), "—", "—", through])
        story += [Spacer(1, 2 * MM), _table(doc, rows, [40, 29, 29, 29, 29])]
        chart = _chart(doc, d)
        if chart is not None:
            story += [Spacer(1, 3 * MM), chart]
    story.append(gap)

    # 三、提醒事项
    story.append(doc.para("三、提醒事项", st.heading))
    rows = [["类别", "条数", "性质"]]
    for a in d.alerts:
        kind = "—" if not a.count else ("问题" if a.severity == "error" else "提醒")
        rows.append([a.label, str(a.count), kind])
    story += [_table(doc, rows, [80, 30, 46]), gap]

    # 四、问题台账
    story.append(doc.para("四、问题台账", st.heading))
    total = d.problems_open + d.problems_closed
    story.append(
        doc.para(
            f"共登记问题 {total} 个，已销号 {d.problems_closed} 个（{_pct(d.problems_closed, total)}），"
            f"未销号 {d.problems_open} 个，其中逾期 {d.problems_overdue} 个。",
            st.body,
        )
    )
    for note in d.notes:
        story.append(doc.para(f"注：{note}", st.small))
    return story


def render_summary(d: Dashboard, *, meta: PrintMeta, out: Path) -> list[str]:
    """Write the summary PDF atomically; returns font warnings."""
    return render_to_file(
        lambda doc: _story(doc, d), meta=meta, out=out, layout=PORTRAIT, subject="驻村工作情况统计"
    )


def render_summary_bytes(d: Dashboard, *, meta: PrintMeta) -> tuple[bytes, list[str]]:
    return render_to_bytes(lambda doc: _story(doc, d), meta=meta, layout=PORTRAIT, subject="驻村工作情况统计")
