"""Every campaign rule, pure: functions of plain facts that yield ``Violation``s.

Each module judges one area on its own facts dataclass (``campaign.CampaignFacts``,
``on_post.OnPostFacts`` …) and lists its rule keys in ``INFOS``; ``cadredesk.services.checks``
reads the facts from the database and runs them.  Adding an area: a module here with its facts,
``INFOS``, ``RULES`` and ``check``, its name in ``AREAS``, and its fact loader in the services.
"""

from __future__ import annotations

from cadredesk.core.rules import campaign, evaluation, mentoring, on_post, residency
from cadredesk.core.rules.base import ERROR, WARNING, RuleInfo, Violation

AREAS = (campaign, on_post, mentoring, residency, evaluation)

#: rule key → what the clerk reads (rule column, filter)
RULE_INFOS: dict[str, RuleInfo] = {info.key: info for area in AREAS for info in area.INFOS}


def label(key: str) -> str:
    info = RULE_INFOS.get(key)
    return info.label if info else key


__all__ = ["ERROR", "RULE_INFOS", "WARNING", "RuleInfo", "Violation", "label"]
