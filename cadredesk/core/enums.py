"""Closed vocabularies of the domain.

Values are the Chinese words a clerk reads and types, so they are stored as
such: an exported workbook or a SQL query shows 第一书记, not ``first_secretary``.
"""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    COUNTY = "county"
    CITY = "city"
    PROVINCE = "province"

    @property
    def label(self) -> str:
        return {"county": "县级", "city": "市级", "province": "省级"}[self.value]


class PlaceKind(StrEnum):
    VILLAGE = "村"
    COMMUNITY = "社区"
    ENTERPRISE = "企业"
    PROJECT_SITE = "项目工地"


class PlaceTag(StrEnum):
    WEAK_ORG = "软弱涣散"
    WEAK_ECONOMY = "经济薄弱"
    ELECTION_HARD = "换届重难点"
    OLD_REVOLUTIONARY = "革命老区"
    ETHNIC_MINORITY = "少数民族"

    @property
    def must_cover(self) -> bool:
        """全覆盖 (must) vs 应派尽派 (wherever possible), seed 002."""
        return self in (PlaceTag.WEAK_ORG, PlaceTag.WEAK_ECONOMY, PlaceTag.ELECTION_HARD)


class Role(StrEnum):
    FIRST_SECRETARY = "第一书记"
    TEAM_LEADER = "工作队长"
    MEMBER = "队员"
    TOWNSHIP_LEAD = "领队"


class DispatchStatus(StrEnum):
    NOMINATED = "推荐"
    REVIEWED = "审核"
    TRAINING = "培训"
    ON_POST = "在岗"
    COMPLETED = "期满"
    RECALLED = "召回"
    ROTATED = "轮换"

    @property
    def active(self) -> bool:
        """A cadre may hold only one active dispatch at a time."""
        return self not in (DispatchStatus.COMPLETED, DispatchStatus.RECALLED, DispatchStatus.ROTATED)


#: statuses of a dispatch still running (one per cadre at a time)
ACTIVE_STATUSES = tuple(s.value for s in DispatchStatus if s.active)
#: statuses that cover a place and fill a unit's quota: a recalled or rotated dispatch no longer does
COUNTED_STATUSES = (*ACTIVE_STATUSES, DispatchStatus.COMPLETED.value)


class TeamKind(StrEnum):
    VILLAGE = "乡村振兴"
    PRIVATE_ENTERPRISE = "民营企业"
    STATE_ENTERPRISE = "省属企业"


class AttendanceMark(StrEnum):
    """One day of a cadre's attendance sheet (考勤表)."""

    IN_POST = "在"
    LEAVE = "假"
    DUTY = "差"  # official duty away (出差/公务), counts as in post
    TRAINING = "训"  # organised training, counts as in post
    REST = "休"
    ABSENT = "缺"

    @property
    def counts_in_post(self) -> bool:
        return self in (AttendanceMark.IN_POST, AttendanceMark.DUTY, AttendanceMark.TRAINING)


class LeaveKind(StrEnum):
    PERSONAL = "事假"
    SICK = "病假"
    ANNUAL = "年休假"
    MARRIAGE = "婚丧假"
    MATERNITY = "产假"
    OTHER = "其他"


class VisitorRole(StrEnum):
    HEAD = "主要负责人"
    DEPUTY = "分管负责人"
    OTHER = "其他"


class ProblemStage(StrEnum):
    FOUND = "发现"
    ASSIGNED = "交办"
    HANDLING = "处理"
    FEEDBACK = "反馈"
    SUPERVISED = "督办"
    CLOSED = "办结"


class Grade(StrEnum):
    EXCELLENT = "优秀"
    COMPETENT = "称职"
    BASIC = "基本称职"
    INCOMPETENT = "不称职"

    @property
    def consequence(self) -> str:
        """What the grade means for the cadre, in seed 002's words; nothing where the seed says nothing."""
        return {
            "优秀": "同等条件下优先选拔使用",
            "称职": "",
            "基本称职": "",
            "不称职": "3年内不予提拔使用",
        }[self.value]


class EvaluationKind(StrEnum):
    ANNUAL = "年度考核"
    TERM_END = "期满考核"


class PerformanceKind(StrEnum):
    ACHIEVEMENT = "实绩"
    NEGATIVE = "负面表现"


class Gender(StrEnum):
    MALE = "男"
    FEMALE = "女"


class UserRole(StrEnum):
    """Separation of duties: every account holds exactly one role (core/security.PERMISSIONS)."""

    ADMIN = "系统管理员"
    AUDITOR = "安全审计员"
    OPERATOR = "业务操作员"
    TOWNSHIP_CLERK = "乡镇联络员"  # limited to one township (User.township_id)


class LinkKind(StrEnum):
    """The general cadre/unit ↔ place link of the related programmes (DESIGN.md)."""

    PAIRING = "双联共建"
    COMMUNITY_REPORT = "双报到"
    ENTERPRISE = "联系企业"
    PROJECT_SITE = "联系项目"
    HOUSEHOLD = "联户"


POLITICAL_STATUSES = ("中共党员", "中共预备党员", "共青团员", "民主党派", "无党派人士", "群众")
EDUCATIONS = ("研究生", "大学", "大专", "中专", "高中", "初中及以下")

# GB 3304 ethnic groups, in the standard's order (code 01 … 56).
ETHNICITIES = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
    "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip
