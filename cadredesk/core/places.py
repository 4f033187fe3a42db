"""Places (派驻点): what a name tells about its kind."""

from __future__ import annotations

from cadredesk.core.enums import PlaceKind


def infer_kind(name: str) -> str:
    """A place's kind from its name: …村 → 村, …社区 → 社区, …公司/厂/企业 → 企业, …工地/项目 → 项目工地."""
    n = name.strip()
    if n.endswith(("社区", "居委会")):
        return PlaceKind.COMMUNITY.value
    if n.endswith(("工地", "项目")) or "项目" in n:
        return PlaceKind.PROJECT_SITE.value
    if any(k in n for k in ("公司", "厂", "企业", "集团", "合作社")):
        return PlaceKind.ENTERPRISE.value
    return PlaceKind.VILLAGE.value
