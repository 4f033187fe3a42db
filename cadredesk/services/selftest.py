"""``--self-test`` (frozen builds): one PDF rendered in memory and one bundled resource read."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cadredesk import APP_TITLE, __version__


def check_resources_and_pdf(user: str) -> list[str]:
    """The problems found (empty: all well)."""
    problems: list[str] = []
    try:
        from cadredesk.core import strokes

        if not strokes.data_version():
            problems.append("内置笔画数据为空")
    except OSError as exc:
        problems.append(f"读不到内置资源：{exc}")
    try:
        pdf = render_test_pdf(user)
        if not pdf.startswith(b"%PDF-") or b"FontFile2" not in pdf:
            problems.append("生成的自检PDF不完整（缺少内嵌字体）")
    except Exception as exc:
        problems.append(f"无法生成PDF：{exc}")
    return problems


def render_test_pdf(user: str) -> bytes:
    """One small official-style PDF with embedded Chinese text, in memory."""
    from cadredesk.core.dto import PrintMeta
    from cadredesk.io.pdf.base import Document, render_to_bytes, short_hash

    text = f"本页由 {APP_TITLE} {__version__} 自检生成，用于确认PDF生成和中文字体内嵌正常。"

    def story(doc: Document) -> list[Any]:
        return [doc.para("自检页", doc.styles.title), doc.para(text, doc.styles.body)]

    meta = PrintMeta(title="自检页", user=user, printed_at=dt.datetime.now(), data_hash=short_hash(text))
    data, _warnings = render_to_bytes(story, meta=meta, subject="self-test")
    return data
