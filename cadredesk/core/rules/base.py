"""What a rule finds: a ``Violation``, and each rule's key, label and source."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"  # 问题: the campaign breaks a rule
WARNING = "warning"  # 提醒: something to look at, or a rule that says 一般 / 应派尽派


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str  # stable kebab-case key (CLI.md)
    subject: str  # what it is about, as the clerk reads it ("批次 / 乡镇村")
    detail: str  # what is wrong, in one Chinese sentence
    severity: str = ERROR
    #: the record it is about, for "go to" in the GUI: (kind, id), kind one of
    #: dispatch | place | township | unit | team | work_group | problem | cadre
    target: tuple[str, int] | None = None

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "subject": self.subject, "detail": self.detail, "severity": self.severity}


@dataclass(frozen=True)
class RuleInfo:
    key: str
    label: str  # what the clerk reads in the GUI's rule column and filter
    source: str  # the seed or decision it comes from (docs/RULES.md)


def subject(batch_name: str, what: str) -> str:
    return f"{batch_name} / {what}"
