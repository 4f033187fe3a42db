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
        """全覆盖 (must) vs 应派尽派 (wherever possible), 《在全县选派干部驻村蹲点工作会议上的讲话》."""
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
    WITHDRAWN = "撤回"  # 撤回推荐: a nomination withdrawn before training (not a recall from post)

    @property
    def active(self) -> bool:
        """A cadre may hold only one active dispatch at a time."""
        return self not in (
            DispatchStatus.COMPLETED,
            DispatchStatus.RECALLED,
            DispatchStatus.ROTATED,
            DispatchStatus.WITHDRAWN,
        )


#: statuses of a dispatch still running (one per cadre at a time)
ACTIVE_STATUSES = tuple(s.value for s in DispatchStatus if s.active)
#: statuses that cover a place and fill a unit's quota: a recalled or rotated dispatch no longer does
COUNTED_STATUSES = (*ACTIVE_STATUSES, DispatchStatus.COMPLETED.value)


class TeamKind(StrEnum):
    VILLAGE = "乡村振兴"
    PRIVATE_ENTERPRISE = "民营企业"
    STATE_ENTERPRISE = "省属企业"


class AttendanceMark(StrEnum):
    """One day of a cadre's attendance sheet (考勤表), stored as one character: 在岗, 事假, 病假, 公出,
    培训, 休息, 缺勤.  What counts as a day in post is decided in docs/RULES.md (公出 and 培训 do)."""

    IN_POST = "在"
    PERSONAL_LEAVE = "事"  # 事假, and the other kinds of leave (年休假, 婚丧假 …) on the sheet
    SICK_LEAVE = "病"
    DUTY = "公"  # 公出: official duty away from the village
    TRAINING = "训"  # organised training
    REST = "休"
    ABSENT = "缺"

    @property
    def label(self) -> str:
        return _MARK_LABELS[self.value]

    @property
    def counts_in_post(self) -> bool:
        return self in (AttendanceMark.IN_POST, AttendanceMark.DUTY, AttendanceMark.TRAINING)

    @property
    def is_leave(self) -> bool:
        return self in (AttendanceMark.PERSONAL_LEAVE, AttendanceMark.SICK_LEAVE)


_MARK_LABELS = {
    "在": "在岗",
    "事": "事假",
    "病": "病假",
    "公": "公出",
    "训": "培训",
    "休": "休息",
    "缺": "缺勤",
}


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
    SUPERVISED = "督办"  # only when overdue (docs/RULES.md: the lifecycle)
    CLOSED = "销号"


class Grade(StrEnum):
    EXCELLENT = "优秀"
    COMPETENT = "称职"
    BASIC = "基本称职"
    INCOMPETENT = "不称职"

    @property
    def consequence(self) -> str:
        """What the grade means for the cadre, in the words of 《在全县选派干部驻村蹲点工作会议上的讲话》; nothing where the seed says nothing."""
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


class TrainingMark(StrEnum):
    """A cadre's attendance at one course of the pre-deployment training (签到)."""

    PRESENT = "出席"
    ABSENT = "缺席"
    LEAVE = "请假"  # excused, but the course still has to be made up (补课) to count
    MAKE_UP = "补课"  # missed, then made up: counts like 出席 (docs/RULES.md)

    @property
    def counts(self) -> bool:
        """Does the course count towards completion (its hours, a required course done)?"""
        return self in (TrainingMark.PRESENT, TrainingMark.MAKE_UP)


class TrainingRule(StrEnum):
    """How a batch judges that a cadre has completed the pre-deployment training."""

    REQUIRED_COURSES = "必修课"  # every required course of a class attended or made up
    HOURS = "学时"  # at least the batch's required hours attended or made up


#: course topics offered for choice (free text is accepted: a county adds its own)
TRAINING_TOPICS = (
    "理论学习", "农村政策", "党的建设", "乡村振兴", "集体经济", "信访工作", "群众工作", "基层治理",
    "法律法规", "廉政教育", "工作方法", "其他",
)  # fmt: skip

#: forms of a mentoring activity (传帮带) offered for choice (free text is accepted)
MENTOR_FORMS = ("谈心谈话", "现场指导", "带领走访", "工作交流", "集中培训", "其他")

#: the 培训 and 传帮带 lists that export to a workbook (`training export --what`, `mentor export --what`)
TRAINING_EXPORTS = ("grid", "status", "sessions")
MENTOR_EXPORTS = ("mentors", "pairs", "log")


#: 职级 a cadre's rank is chosen from: leadership levels (职务层次), civil-service grades (职级, 公务员职务与
#: 职级并行), and the management grades of public institutions (事业单位管理岗位); professional-technical
#: grades (专业技术岗位) are listed too, though they equal no leadership level.
RANKS = (
    "正厅级", "副厅级", "一级巡视员", "二级巡视员", "管理三级", "管理四级",
    "正处级", "副处级", "一级调研员", "二级调研员", "三级调研员", "四级调研员", "管理五级", "管理六级",
    "正科级", "副科级", "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员", "管理七级", "管理八级",
    "科员", "办事员", "一级科员", "二级科员", "管理九级", "管理十级",
    "专业技术一级", "专业技术二级", "专业技术三级", "专业技术四级", "专业技术五级", "专业技术六级", "专业技术七级",
    "专业技术八级", "专业技术九级", "专业技术十级", "专业技术十一级", "专业技术十二级", "专业技术十三级",
)  # fmt: skip


class RankLevel(StrEnum):
    """The level a rank counts as (《山东省千名干部下基层工作动员部署会议召开》: 厅级 / 处级 / 科级 “及相应职级”)."""

    BUREAU = "厅级"
    DIVISION = "处级"
    SECTION = "科级"
    STAFF = "科员级"
    OTHER = "其他"


class LeaveStatus(StrEnum):
    """Where a leave request (请销假) stands."""

    REQUESTED = "待审批"
    APPROVED = "已批准"
    REFUSED = "未批准"
    RETURNED = "已销假"
    WITHDRAWN = "已撤回"
