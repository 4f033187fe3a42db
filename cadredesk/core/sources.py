"""The source documents the campaign rules come from, by their own titles.

Defaults and rules cite a document by its title, never by an internal file number: a clerk, an
auditor or a county that adopts CadreDesk reads the title of the speech or notice, not ``002``.
The keys are the files of the product brief's ``seeds/`` folder, for the developers' cross-reference.
"""

from __future__ import annotations

#: seed file → the document's title (as published; the speech's title in its body, 全县, not 全区)
TITLES: dict[str, str] = {
    "000": "《山东省千名干部下基层工作动员部署会议召开》",
    "001": "《在组织工作务虚会上的交流发言》",
    "002": "《在全县选派干部驻村蹲点工作会议上的讲话》",
    "003": "《省政府新闻办新闻发布会：全省加强模范机关建设，服务经济社会高质量发展》",
    "004": "《深入基层 走进群众 锤炼作风 东营：“万名干部下基层”活动全面启动》",
}

#: a rule that follows no document but a decision of CadreDesk's (docs/RULES.md)
DECISION = "CadreDesk 规则说明（docs/RULES.md）"


def cite(*keys: str) -> str:
    """The titles of the documents ``keys`` name (“002”, “000”), joined with 、; a decision otherwise."""
    titles = [TITLES[k] for k in keys if k in TITLES]
    return "、".join(titles) if titles else DECISION


#: where a new batch's default parameters come from (shown beside the batch dialog's fields)
DEFAULTS_NOTE = (
    f"默认值依据：县级驻村蹲点1年、每月在村不少于22天、全年不少于250天、单位主要负责人至少到村1次、"
    f"分管负责人每半年至少1次（{TITLES['002']}）；省级下基层2年（{TITLES['000']}）。"
)
