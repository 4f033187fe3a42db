"""Deterministic, realistic demo data for ``cadredesk-cli demo`` (county, city or province scale).

Everything is drawn from one ``random.Random(seed)`` and fixed calendar dates, never the clock:
the same scale and seed give the same rows.  The demo's "today" is 2026-11-20 (attendance runs up
to that day); the campaign rules are broken on purpose in a few places so that ``check`` has
something to report (see ``DemoSummary.planted``).

Rows are written with SQLAlchemy Core bulk inserts (explicit primary keys, lists of dicts in
chunks); daily attendance — about 7 million rows at city scale — goes through the driver
(``executemany`` of tuples on SQLite, ``COPY`` on PostgreSQL with psycopg) one chunk of
dispatches at a time, so memory stays flat.  All of it is one transaction: a cancelled or failed
run leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import repeat
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Table, func, insert, select, text
from stdnum.cn import uscc

from cadredesk.core import audit, names
from cadredesk.core.enums import DispatchStatus as Status
from cadredesk.core.enums import (
    PlaceKind,
    PlaceTag,
    ProblemStage,
    Role,
    TeamKind,
    VisitorRole,
)
from cadredesk.core.models import (
    Attendance,
    Base,
    Batch,
    Cadre,
    CareRecord,
    Dispatch,
    DispatchEvent,
    Evaluation,
    Household,
    HouseholdVisit,
    LeaderVisit,
    Leave,
    Mentor,
    MentorActivity,
    MentorPair,
    PerformanceEntry,
    Place,
    PlaceTagLink,
    Problem,
    ProblemStep,
    Team,
    Township,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
    Unit,
    UnitQuota,
    WorkGroup,
    WorkGroupPlace,
)
from cadredesk.demo.days import (
    ABSENT,
    DUTY,
    HOLIDAY,
    IN,
    LEAVE,
    OFF,
    WORK,
    Month,
    at_nine,
    calendar_months,
    day_kind,
)
from cadredesk.demo.people import (
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    HETERONYM_SURNAMES,
    RARE_CHARS,
    RARE_FEMALE,
    People,
)
from cadredesk.demo.plan import DispRec, PlaceRec, Slot, TownRec, UnitRec
from cadredesk.demo.spec import SCALES, SPECS, Spec
from cadredesk.demo.vocab import (
    BRANDS,
    CITY_DISTRICTS,
    COMMUNITY_SUFFIX,
    COMMUNITY_WORDS,
    COMPANY_FORMS,
    INDUSTRIES,
    LOCAL_UNITS,
    POST_RULES,
    PROJECTS,
    PROVINCE_CITIES,
    PROVINCE_COUNTIES,
    PROVINCE_UNITS,
    SOE_STEMS,
    SOE_TRADES,
    TOWN_STEMS,
    V_DIRS,
    V_SUFFIX,
    V_WORDS,
    cn_number,
    split,
    weighted,
)
from cadredesk.errors import DatabaseNotEmpty, UserError, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cadredesk.storage.engine import Database

__all__ = ["NOT_EMPTY_MESSAGE", "SCALES", "DemoCancelled", "DemoSummary", "generate"]

NOT_EMPTY_MESSAGE = "数据库中已有数据，演示数据只能写入空数据库。请换一个新的数据库文件。"

ProgressFn = Callable[[str, float], None]
CancelFn = Callable[[], bool]

#: rows per Core ``executemany``
_CHUNK = 20_000
#: attendance tuples per driver ``executemany`` / COPY
_ATT_CHUNK = 50_000


class DemoCancelled(UserError):
    key = "cancelled"


@dataclass
class DemoSummary:
    """What ``generate`` wrote: rows per table, and the rule violations planted on purpose."""

    scale: str
    seed: int
    batch: str
    counts: dict[str, int] = field(default_factory=dict)
    planted: list[str] = field(default_factory=list)

    @property
    def cadres(self) -> int:
        return self.counts.get("cadre", 0)

    @property
    def dispatches(self) -> int:
        return self.counts.get("dispatch", 0)

    @property
    def attendance(self) -> int:
        return self.counts.get("attendance", 0)

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, object]:
        return {
            "scale": self.scale,
            "seed": self.seed,
            "batch": self.batch,
            "counts": dict(self.counts),
            "planted": list(self.planted),
        }


_ETHNICITIES = (("汉族", 96.0), ("回族", 2.0), ("满族", 1.2), ("蒙古族", 0.8))
_POLITICAL = (
    ("中共党员", 88.0),
    ("中共预备党员", 3.0),
    ("共青团员", 3.0),
    ("民主党派", 1.5),
    ("无党派人士", 1.5),
    ("群众", 3.0),
)
_EDUCATION = (("研究生", 16.0), ("大学", 66.0), ("大专", 13.0), ("中专", 3.0), ("高中", 2.0))
_DEGREE = {"研究生": "硕士", "大学": "学士"}
_TRAINING_COURSES = (
    ("习近平新时代中国特色社会主义思想专题辅导", "党校教授"),
    ("乡村振兴战略与强农惠农政策解读", "农业农村局副局长"),
    ("抓党建促乡村振兴：基层党组织建设实务", "组织部副部长"),
    ("驻村第一书记工作职责与方法", "优秀第一书记代表"),
    ("发展壮大村级集体经济案例分析", "党校副教授"),
    ("信访维稳与矛盾纠纷排查化解", "信访局副局长"),
    ("农村人居环境整治与美丽乡村建设", "住建局副局长"),
    ("廉洁自律与作风建设警示教育", "纪委监委干部"),
)
_MENTOR_POSTS = {
    "镇": ("镇党委书记", "镇党委副书记、镇长", "镇党委副书记", "镇党委委员、组织委员"),
    "乡": ("乡党委书记", "乡党委副书记、乡长", "乡党委副书记", "乡党委委员、组织委员"),
    "街道": (
        "街道党工委书记",
        "街道党工委副书记、办事处主任",
        "街道党工委副书记",
        "街道党工委委员、组织委员",
    ),
}
_MENTOR_KINDS = (
    ("谈心谈话", "与驻村干部谈心谈话，了解思想动态和工作困难，提出改进建议。"),
    ("现场指导", "到村现场指导村级组织运转和集体经济项目推进。"),
    ("带领走访", "带领驻村干部走访脱贫户、监测户，传授群众工作方法。"),
    ("工作交流", "组织驻村干部交流工作经验，点评阶段性工作成效。"),
)
_LEAVE_KINDS = (("事假", 45.0), ("病假", 30.0), ("年休假", 20.0), ("婚丧假", 5.0))
_LEAVE_REASONS = {
    "事假": ("家中有事需处理", "子女升学事宜", "陪同家人就医", "办理个人事务"),
    "病假": ("感冒发烧就医", "腰椎不适就医治疗", "门诊复查", "急性肠胃炎就医"),
    "年休假": ("按规定休年休假",),
    "婚丧假": ("直系亲属丧事", "本人结婚"),
}
_HOUSEHOLD_KINDS = (
    ("一般户", 55.0),
    ("脱贫户", 20.0),
    ("监测户", 6.0),
    ("低保户", 12.0),
    ("特困供养户", 4.0),
    ("残疾人家庭", 3.0),
)
_HOUSEHOLD_NOTES = (
    "宣传惠民政策，了解家庭收入情况",
    "走访慰问，询问生产生活困难",
    "帮助联系就医，落实医保报销",
    "了解就业意愿，推荐就近务工岗位",
    "核实帮扶措施落实情况",
    "协调解决饮水、用电问题",
)
_VILLAGE_PROBLEMS = (
    ("基层组织建设", "村党支部组织生活不规范，“三会一课”记录不全", "镇党委"),
    ("基层组织建设", "村“两委”班子年龄偏大，后备力量不足", "镇党委"),
    ("产业发展", "村集体经济收入偏低，缺少稳定增收项目", "{L}农业农村局"),
    ("产业发展", "冬暖式大棚闲置，需引进经营主体", "{L}农业农村局"),
    ("基础设施", "村内主干道破损，雨天出行困难", "{L}交通运输局"),
    ("基础设施", "灌溉机井老化，春灌用水困难", "{L}水利局"),
    ("民生保障", "部分脱贫户务工就业不稳定", "{L}人力资源和社会保障局"),
    ("民生保障", "村卫生室设备陈旧，群众就医不便", "{L}卫生健康局"),
    ("矛盾纠纷", "土地承包边界纠纷长期未解决", "镇司法所"),
    ("人居环境", "村内坑塘垃圾堆积，影响环境", "镇政府"),
    ("人居环境", "生活污水直排沟渠，群众反映强烈", "{L}住房和城乡建设局"),
)
_ENTERPRISE_PROBLEMS = (
    ("摸实情", "企业生产经营情况底数不清，需建立一企一档", "{L}工业和信息化局"),
    ("讲政策", "企业对研发费用加计扣除政策不了解", "{L}税务局"),
    ("解难题", "企业流动资金紧张，需对接银行信贷", "{L}地方金融服务中心"),
    ("解难题", "企业用工短缺，急需招聘技术工人", "{L}人力资源和社会保障局"),
    ("推项目", "新建项目用地手续办理缓慢", "{L}自然资源和规划局"),
    ("推项目", "项目施工用电接入滞后", "供电公司"),
    ("优环境", "企业周边道路破损，物流车辆通行困难", "{L}交通运输局"),
    ("优环境", "多部门重复检查，企业负担较重", "{L}市场监督管理局"),
)
_ACHIEVEMENTS = (
    "协调资金{n}万元，硬化村内道路{m}公里",
    "引进特色种植项目，带动{k}户群众增收",
    "推动成立土地股份合作社，村集体增收{n}万元",
    "调解矛盾纠纷{k}起，化解信访积案{m}件",
    "争取上级资金{n}万元，新建文化广场一处",
    "帮助企业解决融资、用工等难题{k}项",
    "推动项目落地，完成投资{n}万元",
    "组织技能培训{k}场次，培训群众{m}0人次",
)
_NEGATIVES = (
    ("工作日抽查不在岗，未履行请假手续", Decimal("-3.0")),
    ("群众反映工作作风漂浮，走访不深入", Decimal("-2.0")),
    ("未按时报送工作台账，被通报提醒", Decimal("-1.0")),
)
_CARE_KINDS = (
    ("健康体检", "组织驻村干部参加年度健康体检。"),
    ("带薪休假", "安排驻村干部落实带薪年休假。"),
    ("心理疏导", "开展谈心谈话和心理疏导，缓解工作压力。"),
    ("家庭困难帮扶", "协调解决驻村干部子女入学问题。"),
    ("节日慰问", "春节前走访慰问驻村干部家属。"),
)
_RECALL_REASONS = (
    (Status.RECALLED, "因病需长期治疗，经组织部研究同意召回"),
    (Status.RECALLED, "考勤抽查多次不在岗，经约谈后召回"),
    (Status.ROTATED, "派出单位工作需要，经批准轮换"),
    (Status.ROTATED, "提拔任职，经批准轮换"),
)
_DUTY_DAYS = ((0, 65.0), (1, 28.0), (2, 6.0), (3, 1.0))
_ABSENT_DAYS = ((0, 94.0), (1, 6.0))

# =========================================================================== the generator


class _Generator:
    def __init__(
        self,
        conn: Connection,
        spec: Spec,
        seed: int,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> None:
        self.conn = conn
        self.spec = spec
        self.rng = random.Random(seed)
        self.people = People(self.rng)
        self._progress = progress
        self._cancel = cancel
        self.counts: Counter[str] = Counter()
        self.planted: list[str] = []
        self._next_id: dict[str, int] = {}
        self.stamp = at_nine(spec.start - dt.timedelta(days=50))
        self.units: list[UnitRec] = []
        self.towns: list[TownRec] = []
        self.places: list[PlaceRec] = []
        self.disps: list[DispRec] = []
        self.batch_id = 0
        self.cadre_seq = 0
        self.force: dict[int, str] = {}
        self.strokes_ok = True
        self.today = spec.att_to
        self.tight: set[tuple[int, int]] = set()  # months too short for leave
        self.level_word = {"county": "县", "city": "市", "province": "省"}[spec.scale]

    # ------------------------------------------------------------------ plumbing

    def step(self, message: str, fraction: float) -> None:
        if self._cancel is not None and self._cancel():
            raise DemoCancelled("已取消生成演示数据，数据库未作任何改动。")
        if self._progress is not None:
            self._progress(message, max(0.0, min(1.0, fraction)))

    def new_id(self, model: type[Base]) -> int:
        table = cast(Table, model.__table__)
        if table.name not in self._next_id:
            current = self.conn.execute(select(func.max(table.c.id))).scalar()
            self._next_id[table.name] = int(current or 0) + 1
        n = self._next_id[table.name]
        self._next_id[table.name] = n + 1
        return n

    def put(self, model: type[Base], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        table = cast(Table, model.__table__)
        for i in range(0, len(rows), _CHUNK):
            self.conn.execute(insert(table), rows[i : i + _CHUNK])
        self.counts[table.name] += len(rows)

    def versioned(self, row: dict[str, Any]) -> dict[str, Any]:
        row.update(version=1, created_at=self.stamp, updated_at=self.stamp)
        return row

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def day_between(self, lo: dt.date, hi: dt.date, workday: bool = True) -> dt.date:
        """A random day in [lo, hi], moved to a workday inside the range when there is one."""
        if hi < lo:
            return lo
        day = lo + dt.timedelta(days=self.rng.randrange((hi - lo).days + 1))
        if workday:
            probe = day
            while probe <= hi and day_kind(probe) != WORK:
                probe += dt.timedelta(days=1)
            if probe <= hi:
                return probe
            probe = day
            while probe >= lo and day_kind(probe) != WORK:
                probe -= dt.timedelta(days=1)
            if probe >= lo:
                return probe
        return day

    # ------------------------------------------------------------------ reference data

    def make_units(self, names_: list[tuple[str, str | None]]) -> None:
        """Dispatching units; a unit already in the database (same name) is used as it is."""
        table = cast(Table, Unit.__table__)
        existing = {
            r.name: r
            for r in self.conn.execute(
                select(table.c.id, table.c.name, table.c.head_name, table.c.deputy_name)
            )
        }
        rows = []
        for name, short in names_:
            head_post, deputy_post, category = "主任", "副主任", "党政机关"
            if name.startswith(("团", "共青团")):
                head_post, deputy_post, category = "书记", "副书记", "群团组织"
            else:
                for suffix, head, deputy, cat in POST_RULES:
                    if name.endswith(suffix):
                        head_post, deputy_post, category = head, deputy, cat
                        break
            head = self.people.name(self.chance(0.15))
            deputy = self.people.name(self.chance(0.3))
            weight = self.rng.uniform(0.4, 1.0) if category == "国有企业" else self.rng.uniform(0.6, 3.0)
            phone = self.people.office_phone()
            if name in existing:
                old = existing[name]
                self.units.append(
                    UnitRec(old.id, name, category, old.head_name or head, old.deputy_name or deputy, weight)
                )
                continue
            unit = UnitRec(self.new_id(Unit), name, category, head, deputy, weight)
            self.units.append(unit)
            rows.append(
                self.versioned(
                    dict(
                        id=unit.id,
                        name=name,
                        short_name=short,
                        category=category,
                        head_name=head,
                        head_post=("党组书记、" + head_post) if head_post.endswith("局长") else head_post,
                        deputy_name=deputy,
                        deputy_post=deputy_post,
                        contact_phone=phone,
                    )
                )
            )
        self.put(Unit, rows)

    def local_unit_names(self, level: str) -> list[tuple[str, str | None]]:
        out = []
        for template, short in LOCAL_UNITS:
            name = template.format(L=level)
            if template == "团{L}委" and len(level) > 1:
                name = f"共青团{level}委员会"
            out.append((name, short.format(L=level) if level in ("县", "市") else None))
        return out

    def make_towns(self, plan: list[tuple[str, str, str]]) -> None:
        """plan: (kind 镇/乡/街道, county, county code) per township."""
        stems = list(TOWN_STEMS)
        self.rng.shuffle(stems)
        rows = []
        seq_by_code: Counter[str] = Counter()
        for i, (kind, county, code) in enumerate(plan):
            stem = stems[i % len(stems)] + ("" if i < len(stems) else cn_number(i // len(stems) + 1))
            seq_by_code[code] += 1
            kind_digit = {"街道": 0, "镇": 1, "乡": 2}[kind]
            town = TownRec(
                self.new_id(Township),
                stem + kind,
                stem,
                kind,
                county,
                f"{code}{kind_digit}{seq_by_code[code]:02d}",
            )
            self.towns.append(town)
            rows.append(
                self.versioned(
                    dict(id=town.id, name=town.name, code=town.code, county=county, sort_order=i + 1)
                )
            )
        self.put(Township, rows)

    def village_name(self) -> str:
        rng = self.rng
        s = rng.choice(COMMON_SURNAMES)
        r = rng.random()
        if r < 0.35:
            base = s + rng.choice(V_SUFFIX)
        elif r < 0.55:
            base = s + "家" + rng.choice("庄屯集洼岭寨")
        elif r < 0.75:
            base = rng.choice(V_DIRS) + s + rng.choice("庄家集屯")
        elif r < 0.9:
            base = rng.choice(V_WORDS)
        else:
            base = rng.choice(V_WORDS) + rng.choice("庄屯铺")
        return base + "村"

    def enterprise_name(self, prefix: str) -> str:
        rng = self.rng
        return prefix + rng.choice(BRANDS) + rng.choice(INDUSTRIES) + rng.choice(COMPANY_FORMS)

    def make_places(
        self, town: TownRec, kinds: list[PlaceKind], prefix: str, taken: set[str]
    ) -> list[PlaceRec]:
        """Places of one township, in order; ``taken`` keeps enterprise names unique region-wide."""
        rng = self.rng
        used: set[str] = set()
        out: list[PlaceRec] = []
        for kind in kinds:
            for _attempt in range(200):
                if kind is PlaceKind.VILLAGE:
                    name = self.village_name()
                elif kind is PlaceKind.COMMUNITY:
                    name = rng.choice(COMMUNITY_WORDS) + rng.choice(COMMUNITY_SUFFIX)
                elif kind is PlaceKind.ENTERPRISE:
                    name = self.enterprise_name(prefix)
                else:
                    name = rng.choice((town.stem, rng.choice(BRANDS))) + rng.choice(PROJECTS)
                if name not in used and name not in taken:
                    break
            else:  # pragma: no cover - the pools are far larger than any township
                name = f"{name}（{len(used) + 1}）"
            used.add(name)
            if kind in (PlaceKind.ENTERPRISE, PlaceKind.PROJECT_SITE):
                taken.add(name)
            out.append(PlaceRec(self.new_id(Place), town, name, kind))
        self.places.extend(out)
        return out

    def write_places(self) -> None:
        rows = []
        seq: Counter[tuple[int, PlaceKind]] = Counter()
        for i, p in enumerate(self.places):
            seq[(p.town.id, p.kind)] += 1
            n = seq[(p.town.id, p.kind)]
            households = population = None
            if p.kind is PlaceKind.VILLAGE:
                code: str | None = f"{p.town.code}2{n:02d}"
                households = self.rng.randint(120, 900)
                population = int(households * self.rng.uniform(2.6, 3.4))
            elif p.kind is PlaceKind.COMMUNITY:
                code = f"{p.town.code}0{n:02d}"
                households = self.rng.randint(1200, 6500)
                population = int(households * self.rng.uniform(2.5, 3.0))
            elif p.kind is PlaceKind.ENTERPRISE:
                body = f"91{p.town.code[:6]}{self.rng.randrange(10**9):09d}"
                code = body + uscc.calc_check_digit(body)
                population = self.rng.randint(40, 3000)  # employees
            else:
                code = f"XM{self.spec.start.year}{p.town.code[:6]}{n:03d}"
            rows.append(
                self.versioned(
                    dict(
                        id=p.id,
                        township_id=p.town.id,
                        name=p.name,
                        kind=p.kind.value,
                        code=code,
                        households=households,
                        population=population,
                        sort_order=i + 1,
                        note=None,
                    )
                )
            )
        self.put(Place, rows)
        tag_rows = [dict(place_id=p.id, tag=t) for p in self.places for t in p.tags]
        self.put(PlaceTagLink, tag_rows)

    def tag_villages(self, villages: list[PlaceRec]) -> None:
        shares = (
            (PlaceTag.WEAK_ORG, 0.12),
            (PlaceTag.WEAK_ECONOMY, 0.18),
            (PlaceTag.ELECTION_HARD, 0.10),
            (PlaceTag.OLD_REVOLUTIONARY, 0.15),
            (PlaceTag.ETHNIC_MINORITY, 0.10),
        )
        for p in villages:
            for tag, share in shares:
                if self.chance(share):
                    p.tags.append(tag.value)

    def make_mentors(self) -> None:
        rows = []
        for town in self.towns:
            for post in _MENTOR_POSTS[town.kind]:
                mid = self.new_id(Mentor)
                name = self.people.name(self.chance(0.2))
                town.mentors.append((mid, name, post))
                rows.append(
                    self.versioned(
                        dict(id=mid, name=name, township_id=town.id, post=post, phone=self.people.phone())
                    )
                )
        self.put(Mentor, rows)

    def make_batch(self) -> None:
        s = self.spec
        self.batch_id = self.new_id(Batch)
        row = dict(
            id=self.batch_id,
            name=s.batch_name,
            level=s.level.value,
            start=s.start,
            end=s.end,
            term_years=max(1, round((s.end - s.start).days / 365.25)),
            min_days_month=22,
            min_days_year=250,
            households_per_cadre=5,
            household_visits_per_year=4,
            deputy_visit_months=6,
            head_visits_per_term=1,
            training_required=True,
            min_reserve_share=Decimal("0.00"),
            note="演示数据：由 cadredesk-cli demo 随机生成，人员、身份证号均为虚构。",
        )
        self.put(Batch, [self.versioned(row)])

    # ------------------------------------------------------------------ cadres and dispatches

    def plan_forced(self, n_slots: int) -> None:
        """Make sure rare characters, compound and heteronym surnames occur at every scale."""
        forced = [*RARE_CHARS, *COMPOUND_SURNAMES, *HETERONYM_SURNAMES]
        picks = self.rng.sample(range(n_slots), len(forced))
        self.force = dict(zip(picks, forced, strict=True))

    def stroke_key(self, name: str) -> str:
        if not self.strokes_ok:
            return ""
        try:
            return names.stroke_key(name)
        except ImportError:  # cadredesk.core.strokes not there yet
            self.strokes_ok = False
            return ""

    def cadre_row(self, unit: UnitRec, senior: bool) -> tuple[dict[str, Any], bool]:
        """One cadre of ``unit``; returns the row and whether the cadre is a Party member."""
        rng, s = self.rng, self.spec
        k = self.cadre_seq
        self.cadre_seq += 1
        force = self.force.get(k)
        female = self.chance(0.2 if senior else 0.34)
        if force is not None and force in RARE_CHARS:
            female = force in RARE_FEMALE
        name = self.people.name(female, force)
        if senior:
            age = rng.randint(38, 53)
        else:
            age = weighted(
                rng, ((rng.randint(25, 34), 55.0), (rng.randint(35, 44), 33.0), (rng.randint(45, 54), 12.0))
            )
        birth = dt.date(s.start.year - age - 1, 1, 1) + dt.timedelta(days=rng.randrange(365))
        political = "中共党员" if senior else weighted(rng, _POLITICAL)
        if age >= 40 and political == "共青团员":
            political = "中共党员"
        party = political in ("中共党员", "中共预备党员")
        join = None
        if political == "中共党员":
            join = self.day_between(
                dt.date(birth.year + 19, 1, 1),
                min(dt.date(birth.year + 38, 12, 31), s.start - dt.timedelta(days=400)),
                False,
            )
        elif political == "中共预备党员":
            join = self.day_between(s.start - dt.timedelta(days=330), s.start - dt.timedelta(days=30), False)
        education = "研究生" if senior and self.chance(0.5) else weighted(rng, _EDUCATION)
        degree = _DEGREE.get(education)
        if education == "研究生" and self.chance(0.06):
            degree = "博士"
        work_start = dt.date(
            birth.year + {"研究生": 25, "大学": 22, "大专": 21}.get(education, 19), rng.choice((7, 8, 9)), 1
        )
        post, rank = self.post_rank(unit, senior, age)
        row = self.versioned(
            dict(
                id=self.new_id(Cadre),
                name=name,
                gender="女" if female else "男",
                ethnicity=weighted(rng, _ETHNICITIES),
                id_number=self.people.id_number(birth, female),
                birth_date=birth,
                political_status=political,
                party_join_date=join,
                work_start_date=work_start,
                education=education,
                degree=degree,
                unit_id=unit.id,
                post=post,
                rank=rank,
                is_reserve=self.chance(0.45 if senior else 0.3),
                has_grassroots_exp=self.chance(0.6 if senior else 0.35),
                phone=self.people.phone(),
                note=None,
                name_initials=names.initials_index(name),
                name_strokes=self.stroke_key(name),
            )
        )
        return row, party

    def post_rank(self, unit: UnitRec, senior: bool, age: int) -> tuple[str, str | None]:
        rng, scale = self.rng, self.spec.scale
        if scale == "province":
            if senior:
                return rng.choice(
                    ("副厅长", "副主任", "党组成员、副厅长", "一级巡视员", "副局长")
                ), rng.choice(("一级巡视员", "二级巡视员"))
            if age >= 38:
                return rng.choice(("处长", "副处长", "调研员")), rng.choice(
                    ("一级调研员", "二级调研员", "三级调研员")
                )
            return rng.choice(("主任科员", "副处长", "科员")), rng.choice(
                ("四级调研员", "一级主任科员", "二级主任科员", "四级主任科员")
            )
        if unit.category == "国有企业":
            if senior:
                return "副总经理", None
            return rng.choice(("部门经理", "部门副经理", "业务主管", "职员")), None
        if unit.category == "事业单位":
            if senior:
                return rng.choice(("副主任", "副院长", "副校长")), "管理六级"
            if age >= 38:
                return rng.choice(("科长", "办公室主任", "副科长")), rng.choice(("管理七级", "管理八级"))
            return rng.choice(("科员", "干事", "副科长")), rng.choice(
                ("管理九级", "专业技术十级", "专业技术十二级")
            )
        office = rng.choice(
            ("办公室", "综合科", "政策法规科", "业务科", "人事科", "财务科", "规划科", "督查科")
        )
        if senior:
            return rng.choice(("副局长", "副主任", "党组成员", "副部长")), rng.choice(
                ("四级调研员", "一级主任科员", "二级主任科员")
            )
        if age >= 40:
            return office + rng.choice(("科长", "主任")), rng.choice(
                ("二级主任科员", "三级主任科员", "一级主任科员")
            )
        if age >= 32:
            return office + rng.choice(("副科长", "副主任", "科员")), rng.choice(
                ("四级主任科员", "三级主任科员", "一级科员")
            )
        return office + "科员", rng.choice(("一级科员", "二级科员", "一级科员"))

    def pick_unit(self, pool: list[UnitRec] | None = None) -> UnitRec:
        units = pool or self.units
        return self.rng.choices(units, weights=[u.weight for u in units])[0]

    def make_dispatches(self, slots: list[Slot], n_replacements: int) -> None:
        """A cadre per slot, a few recalled or rotated and replaced; writes cadres and dispatches."""
        rng, s = self.rng, self.spec
        self.plan_forced(len(slots) + n_replacements)
        cadres: list[dict[str, Any]] = []
        for slot in slots:
            senior = slot.role in (Role.TOWNSHIP_LEAD, Role.TEAM_LEADER)
            unit = self.pick_unit()
            row, party = self.cadre_row(unit, senior)
            cadres.append(row)
            self.disps.append(
                DispRec(
                    self.new_id(Dispatch), row["id"], row["name"], party, unit, slot.town, slot.place, slot.role,
                    slot.team_id, s.start, s.end,
                )
            )  # fmt: skip
        # recalls and rotations, each followed by a successor from the same unit
        candidates = [
            d for d in self.disps if d.role in (Role.FIRST_SECRETARY, Role.MEMBER) and d.team_id is None
        ]
        for d in rng.sample(candidates, min(n_replacements, len(candidates))):
            status, reason = rng.choice(_RECALL_REASONS)
            d.status, d.reason = status, reason
            d.end = self.day_between(s.replace_from, s.replace_to)
            row, party = self.cadre_row(d.unit, False)
            cadres.append(row)
            succ = DispRec(
                self.new_id(Dispatch), row["id"], row["name"], party, d.unit, d.town, d.place, d.role, None,
                s.replacement_start, s.end, replacement=True,
            )  # fmt: skip
            d.replaced_by = succ.id
            self.disps.append(succ)
        self.put(Cadre, cadres)
        if n_replacements:
            self.planted.append(f"{n_replacements} 名干部被召回或轮换，已由同单位干部接替")

    def assign_work_groups(self) -> None:
        """2–3 neighbouring villages with resident cadres form a work group (county and city)."""
        by_town: dict[int, list[PlaceRec]] = defaultdict(list)
        seen: set[int] = set()
        for d in self.disps:
            if d.place.kind is PlaceKind.VILLAGE and d.place.id not in seen and d.team_id is None:
                seen.add(d.place.id)
                by_town[d.town.id].append(d.place)
        groups: list[dict[str, Any]] = []
        members: list[dict[str, Any]] = []
        group_of: dict[int, int] = {}
        for town in self.towns:
            villages = sorted(by_town.get(town.id, []), key=lambda p: p.id)
            n = len(villages)
            if n < 2:
                continue
            sizes = [3] * (n // 3)
            if n % 3 == 1:
                sizes[-1:] = [2, 2]
            elif n % 3 == 2:
                sizes.append(2)
            k = 0
            for g, size in enumerate(sizes, start=1):
                gid = self.new_id(WorkGroup)
                groups.append(
                    dict(
                        id=gid,
                        batch_id=self.batch_id,
                        township_id=town.id,
                        name=f"{town.stem}第{cn_number(g)}工作小组",
                    )
                )
                for p in villages[k : k + size]:
                    members.append(dict(work_group_id=gid, place_id=p.id))
                    group_of[p.id] = gid
                k += size
        for d in self.disps:
            d.work_group_id = group_of.get(d.place.id)
        self.put(WorkGroup, groups)
        self.put(WorkGroupPlace, members)

    def write_dispatches(self) -> None:
        rng, s = self.rng, self.spec
        on_post = [d for d in self.disps if d.on_post]
        soon = rng.sample(on_post, min(5, len(on_post)))
        soon_ids = {d.id for d in soon}
        first: list[dict[str, Any]] = []
        later: list[dict[str, Any]] = []
        for d in self.disps:
            village_like = d.place.kind in (PlaceKind.VILLAGE, PlaceKind.COMMUNITY)
            transfer = None
            if d.party and village_like and not self.chance(0.03):
                transfer = d.start + dt.timedelta(days=rng.randint(5, 30))
            expiry = s.insurance_expiry
            if d.id in soon_ids:
                expiry = self.today + dt.timedelta(days=rng.randint(3, 20))
            elif not d.on_post:
                expiry = max(d.end, s.start + dt.timedelta(days=364))
            row = self.versioned(
                dict(
                    id=d.id,
                    batch_id=self.batch_id,
                    cadre_id=d.cadre_id,
                    unit_id=d.unit.id,
                    township_id=d.town.id,
                    place_id=d.place.id,
                    team_id=d.team_id,
                    work_group_id=d.work_group_id,
                    role=d.role.value,
                    start=d.start,
                    end=d.end,
                    status=d.status.value,
                    status_reason=d.reason,
                    replaced_by_id=d.replaced_by,
                    party_transfer_date=transfer,
                    allowance_per_month=s.allowance,
                    insurance_policy=f"PEAC{d.start.year}{s.region_code}{rng.randrange(10**8):08d}",
                    insurance_expiry=expiry,
                )
            )
            (later if d.replaced_by else first).append(row)
        self.put(Dispatch, first)  # successors first: replaced_by_id points at them
        self.put(Dispatch, later)
        self.planted.append(f"{len(soon)} 名在岗干部的人身意外伤害保险将在30天内到期")

    def write_training(self) -> None:
        rng, s = self.rng, self.spec
        initial = [d for d in self.disps if not d.replacement]
        per_class = 400
        n_classes = max(1, -(-len(initial) // per_class))
        sessions: list[dict[str, Any]] = []
        courses: list[dict[str, Any]] = []
        attendance: list[dict[str, Any]] = []
        required = Decimal("24.0")
        incomplete = set(
            d.id for d in rng.sample([d for d in initial if d.on_post], max(3, len(initial) // 300))
        )
        for c in range(n_classes):
            sid = self.new_id(TrainingSession)
            first_day = s.start - dt.timedelta(days=21 - 3 * (c % 5))
            while day_kind(first_day) != WORK:
                first_day += dt.timedelta(days=1)
            days = [first_day]
            while len(days) < 3:
                nxt = days[-1] + dt.timedelta(days=1)
                while day_kind(nxt) != WORK:
                    nxt += dt.timedelta(days=1)
                days.append(nxt)
            label = f"（第{cn_number(c + 1)}期）" if n_classes > 1 else ""
            sessions.append(
                self.versioned(
                    dict(
                        id=sid, batch_id=self.batch_id, name=f"{s.batch_name}岗前培训班{label}", start=days[0],
                        end=days[-1], location=s.party_school, organizer=s.org_dept, required_hours=required,
                    )
                )
            )  # fmt: skip
            for i, (title, teacher_post) in enumerate(_TRAINING_COURSES):
                courses.append(
                    dict(
                        id=self.new_id(TrainingCourse), session_id=sid, title=title,
                        teacher=f"{self.people.name(self.chance(0.3))}（{teacher_post}）", day=days[i * 3 // 8],
                        hours=Decimal("3.0"),
                    )
                )  # fmt: skip
            for d in initial[c * per_class : (c + 1) * per_class]:
                d.session_start = days[0]
                if d.id in incomplete:
                    hours = Decimal(rng.choice((6, 9, 12, 15))).quantize(Decimal("0.1"))
                    note = rng.choice(
                        ("因病缺课，需补训", "工作冲突，未参加全部课程", "结业考试未通过，待补考")
                    )
                    attendance.append(
                        dict(session_id=sid, cadre_id=d.cadre_id, hours=hours, completed=False, note=note)
                    )
                else:
                    attendance.append(
                        dict(session_id=sid, cadre_id=d.cadre_id, hours=required, completed=True, note=None)
                    )
        successors = [d for d in self.disps if d.replacement]
        if successors:
            sid = self.new_id(TrainingSession)
            day1 = s.replacement_start - dt.timedelta(days=6)
            while day_kind(day1) != WORK:
                day1 += dt.timedelta(days=1)
            sessions.append(
                self.versioned(
                    dict(
                        id=sid, batch_id=self.batch_id, name=f"{s.batch_name}补充选派干部培训班", start=day1, end=day1,
                        location=s.party_school, organizer=s.org_dept, required_hours=Decimal("6.0"),
                    )
                )
            )  # fmt: skip
            for title, teacher_post in _TRAINING_COURSES[2:4]:
                courses.append(
                    dict(
                        id=self.new_id(TrainingCourse), session_id=sid, title=title,
                        teacher=f"{self.people.name(self.chance(0.3))}（{teacher_post}）", day=day1, hours=Decimal("3.0"),
                    )
                )  # fmt: skip
            for d in successors:
                d.session_start = day1
                attendance.append(
                    dict(session_id=sid, cadre_id=d.cadre_id, hours=Decimal("6.0"), completed=True, note=None)
                )
        self.put(TrainingSession, sessions)
        self.put(TrainingCourse, courses)
        self.put(TrainingAttendance, attendance)
        self.planted.append(f"{len(incomplete)} 名在岗干部未完成岗前培训")

    def write_events(self) -> None:
        rows: list[dict[str, Any]] = []
        for d in self.disps:
            trained = d.session_start or (d.start - dt.timedelta(days=7))
            chain: list[tuple[str | None, Status, dt.date, str | None]] = [
                (None, Status.NOMINATED, d.start - dt.timedelta(days=45 if not d.replacement else 20), "单位推荐"),
                (Status.NOMINATED.value, Status.REVIEWED, d.start - dt.timedelta(days=30 if not d.replacement else 12), "组织部审核通过"),
                (Status.REVIEWED.value, Status.TRAINING, trained, "参加岗前培训"),
                (Status.TRAINING.value, Status.ON_POST, d.start, "到村报到"),
            ]  # fmt: skip
            if not d.on_post:
                chain.append((Status.ON_POST.value, d.status, d.end, d.reason))
            for i, (frm, to, day, reason) in enumerate(chain):
                rows.append(
                    dict(
                        id=self.new_id(DispatchEvent), dispatch_id=d.id, at=at_nine(day, 10 * i), from_status=frm,
                        to_status=to.value, reason=reason, user="demo",
                    )
                )  # fmt: skip
        self.put(DispatchEvent, rows)

    def write_quotas(self, below: int) -> None:
        sent = Counter(d.unit.id for d in self.disps if not d.replacement)
        units_sent = [u for u in self.units if sent.get(u.id)]
        short = {u.id for u in self.rng.sample(units_sent, min(below, len(units_sent)))}
        rows = [
            dict(
                batch_id=self.batch_id,
                unit_id=u.id,
                quota=sent[u.id] + (self.rng.randint(1, 2) if u.id in short else 0),
            )
            for u in units_sent
        ]
        self.put(UnitQuota, rows)
        self.planted.append(f"{len(short)} 个派出单位未完成选派任务（实派少于应派）")

    def write_mentoring(self) -> None:
        rng = self.rng
        pairs: list[dict[str, Any]] = []
        acts: list[dict[str, Any]] = []
        rr: Counter[int] = Counter()
        for d in self.disps:
            mentors = d.town.mentors
            if not mentors:
                continue
            mid, _mname, _post = mentors[rr[d.town.id] % len(mentors)]
            rr[d.town.id] += 1
            pid = self.new_id(MentorPair)
            pairs.append(
                dict(id=pid, mentor_id=mid, dispatch_id=d.id, start=d.start, end=None if d.on_post else d.end)
            )
            last = min(d.end, self.today)
            months = max(1, (last - d.start).days // 30)
            for _ in range(max(1, months // 3 + rng.randint(0, 1))):
                kind, content = rng.choice(_MENTOR_KINDS)
                acts.append(
                    dict(
                        id=self.new_id(MentorActivity),
                        pair_id=pid,
                        day=self.day_between(d.start, last),
                        kind=kind,
                        content=content,
                    )
                )
        self.put(MentorPair, pairs)
        self.put(MentorActivity, acts)

    # ------------------------------------------------------------------ attendance and leave

    def plan_short_months(self, months: list[Month], n: int) -> dict[int, set[tuple[int, int]]]:
        """A few on-post cadres deliberately under 22 days in post in one or two months."""
        full = [m for m in months if len(m.days) == m.length and m.holidays == 0]
        out: dict[int, set[tuple[int, int]]] = {}
        candidates = [d for d in self.disps if d.on_post and not d.replacement]
        if not full or not candidates:
            return out
        for d in self.rng.sample(candidates, min(n, len(candidates))):
            picks = self.rng.sample(full, min(len(full), self.rng.randint(1, 2)))
            out[d.id] = {(m.year, m.month) for m in picks}
        self.planted.append(f"{len(out)} 名干部有月份在岗不足22天")
        return out

    def leaves_for(
        self, d: DispRec, first: dt.date, last: dt.date
    ) -> tuple[list[dict[str, Any]], set[dt.date]]:
        rng = self.rng
        span = (last - first).days + 1
        rows: list[dict[str, Any]] = []
        used: set[dt.date] = set()
        approver = d.town.mentors[0][1] if d.town.mentors else None
        for _ in range(max(1, round(span / 120))):
            if rng.random() >= 0.3:
                continue
            kind = weighted(rng, _LEAVE_KINDS)
            length = {"事假": rng.randint(1, 2), "病假": rng.randint(1, 3), "年休假": rng.randint(3, 5)}.get(
                kind, 3
            )
            start = first + dt.timedelta(days=rng.randrange(span))
            while day_kind(start) != WORK and start < last:
                start += dt.timedelta(days=1)
            end = start + dt.timedelta(days=length - 1)
            days = [start + dt.timedelta(days=i) for i in range(length)]
            if end > last or any(x in used or day_kind(x) == HOLIDAY for x in days):
                continue
            if (start.year, start.month) in self.tight or (end.year, end.month) in self.tight:
                continue  # no room for leave this month (Spring Festival): keep the violations planted ones
            used.update(days)
            back = end + dt.timedelta(days=1)
            rows.append(
                dict(
                    id=self.new_id(Leave), dispatch_id=d.id, kind=kind, start=start, end=end,
                    reason=rng.choice(_LEAVE_REASONS[kind]), approved_by=approver,
                    approved_on=start - dt.timedelta(days=0 if kind == "病假" else rng.randint(1, 3)),
                    returned_on=back if back <= self.today else None,
                )
            )  # fmt: skip
        return rows, used

    def attendance_for(
        self, d: DispRec, months: list[Month], short: set[tuple[int, int]], iso: bool
    ) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]]]:
        """Daily marks of one dispatch: workdays in post (a few 差/训/缺), weekends mostly 休, leave 假.

        Days in post per month aim at 23–26 (less the statutory holidays on weekdays), made up
        with weekend days when workdays fall short; ``short`` months are cut to 16–21 on purpose.
        """
        first, last = max(d.start, self.spec.att_from), min(d.end, self.spec.att_to)
        if first > last:
            return [], []
        rng = self.rng
        leaves, leave_days = self.leaves_for(d, first, last)
        rows: list[tuple[Any, ...]] = []
        for m in months:
            if m.days[-1] < first or m.days[0] > last:
                continue
            lo = max(0, (first - m.days[0]).days)
            hi = min(len(m.days), (last - m.days[0]).days + 1)
            whole = lo == 0 and hi == len(m.days)
            marks = m.base[lo:hi]
            n_in = m.in_post[hi] - m.in_post[lo]
            work = m.work if whole else [i - lo for i in m.work if lo <= i < hi]
            rest = m.rest if whole else [i - lo for i in m.rest if lo <= i < hi]
            if leave_days:
                here = [j for j in ((x - m.days[0]).days - lo for x in leave_days) if 0 <= j < hi - lo]
                if here:
                    for j in here:
                        n_in -= marks[j] != OFF
                        marks[j] = LEAVE
                    work = [j for j in work if marks[j] == IN]
                    rest = [j for j in rest if marks[j] == OFF]
            scale = (hi - lo) / m.length
            n_duty = round(weighted(rng, _DUTY_DAYS) * scale)
            n_absent = round(weighted(rng, _ABSENT_DAYS) * scale)
            if work and (n_duty or n_absent):
                picked = rng.sample(work, min(len(work), n_duty + n_absent))
                for j in picked[:n_duty]:
                    marks[j] = DUTY
                for j in picked[n_duty:]:
                    marks[j] = ABSENT
                    n_in -= 1
            if (m.year, m.month) in short:
                goal = rng.randint(16, 21)
                present = [j for j in work if marks[j] in (IN, DUTY)]
                if n_in > goal:
                    for j in rng.sample(present, min(n_in - goal, len(present))):
                        marks[j] = ABSENT
            else:
                holidays = m.holiday_weekdays[hi] - m.holiday_weekdays[lo]
                goal = round(rng.randint(23, 26) * scale) - holidays
                if goal > n_in and rest:
                    for j in rng.sample(rest, min(goal - n_in, len(rest))):
                        marks[j] = IN
            rows.extend(zip(repeat(d.id), (m.isos if iso else m.days)[lo:hi], marks, strict=False))
        return rows, leaves

    def write_attendance(self, lo: float, hi: float) -> None:
        s = self.spec
        training = set(s.midterm_training)
        months = calendar_months(s.att_from, s.att_to, training)
        self.tight = {(m.year, m.month) for m in months if m.slack < 6}
        short = self.plan_short_months(months, max(5, len(self.disps) // 200))
        sink = AttendanceSink(self.conn)
        buf: list[tuple[Any, ...]] = []
        leaves: list[dict[str, Any]] = []
        total = len(self.disps)
        for k, d in enumerate(self.disps):
            rows, lv = self.attendance_for(d, months, short.get(d.id, set()), sink.iso)
            buf.extend(rows)
            leaves.extend(lv)
            if len(buf) >= _ATT_CHUNK:
                sink.write(buf)
                self.counts["attendance"] += len(buf)
                buf = []
                self.step(
                    f"正在写入考勤记录（已写 {self.counts['attendance']:,} 条）…",
                    lo + (hi - lo) * (k + 1) / total,
                )
        if buf:
            sink.write(buf)
            self.counts["attendance"] += len(buf)
        self.put(Leave, leaves)

    # ------------------------------------------------------------------ on post

    def write_leader_visits(self, missing_head: int, missing_deputy: int) -> None:
        rng, s = self.rng, self.spec
        places_of: dict[int, list[DispRec]] = defaultdict(list)
        for d in self.disps:
            places_of[d.unit.id].append(d)
        units = [u for u in self.units if places_of.get(u.id)]
        no_head = {u.id for u in rng.sample(units, min(missing_head, len(units)))}
        rest = [u for u in units if u.id not in no_head]
        lax = {u.id for u in rng.sample(rest, min(missing_deputy, len(rest)))}
        rows: list[dict[str, Any]] = []

        def visit(u: UnitRec, day: dt.date, role: VisitorRole, name: str) -> None:
            here = [d for d in places_of[u.id] if d.start <= day <= d.end] or places_of[u.id]
            for d in rng.sample(here, min(len(here), rng.randint(1, 2))):
                rows.append(
                    dict(
                        id=self.new_id(LeaderVisit), batch_id=self.batch_id, unit_id=u.id, place_id=d.place.id,
                        visitor_name=name, visitor_role=role.value, day=day,
                        note="到村看望驻村干部，听取工作汇报，协调解决实际困难",
                    )
                )  # fmt: skip

        for u in units:
            if u.id not in no_head:
                for _ in range(rng.randint(1, 2)):
                    visit(
                        u,
                        self.day_between(s.start + dt.timedelta(days=20), self.today),
                        VisitorRole.HEAD,
                        u.head_name,
                    )
            day = s.start + dt.timedelta(days=rng.randint(15, 100))
            gap_done = u.id not in lax
            while day <= self.today:
                visit(
                    u,
                    self.day_between(day, min(day + dt.timedelta(days=6), self.today)),
                    VisitorRole.DEPUTY,
                    u.deputy_name,
                )
                if not gap_done and day > s.start + dt.timedelta(days=60):
                    day += dt.timedelta(days=rng.randint(205, 240))  # the planted gap
                    gap_done = True
                else:
                    day += dt.timedelta(days=rng.randint(95, 165))
        self.put(LeaderVisit, rows)
        self.planted.append(
            f"{len(no_head)} 个单位主要负责人未到村看望，{len(lax)} 个单位分管负责人超过半年未到村"
        )

    def write_households(self) -> None:
        rng, s = self.rng, self.spec
        homes: list[dict[str, Any]] = []
        visits: list[dict[str, Any]] = []
        for d in self.disps:
            if d.place.kind not in (PlaceKind.VILLAGE, PlaceKind.COMMUNITY):
                continue
            sampled = rng.random() < s.sample
            first, last = d.start, min(d.end, self.today)
            years = max((last - first).days, 1) / 365
            for _ in range(5):
                hid = self.new_id(Household)
                if d.place.kind is PlaceKind.VILLAGE:
                    address = f"{d.place.name}{rng.randint(1, 8)}组{rng.randint(1, 60)}号"
                else:
                    address = f"{d.place.name}{rng.randint(1, 30)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 6)}0{rng.randint(1, 4)}"
                homes.append(
                    dict(
                        id=hid, place_id=d.place.id, head_name=self.people.name(self.chance(0.2)), address=address,
                        category=weighted(rng, _HOUSEHOLD_KINDS), dispatch_id=d.id,
                    )
                )  # fmt: skip
                if not sampled:
                    continue
                n = max(1, round(rng.randint(4, 6) * years))
                if self.chance(0.03):
                    n = max(1, round(3 * years))  # fewer than 4 a year: a finding for the checker
                step = (last - first).days / n
                for k in range(n):
                    lo = first + dt.timedelta(days=int(k * step))
                    hi = first + dt.timedelta(days=max(int((k + 1) * step) - 1, int(k * step)))
                    visits.append(
                        dict(
                            id=self.new_id(HouseholdVisit), household_id=hid, dispatch_id=d.id,
                            day=self.day_between(lo, hi), note=rng.choice(_HOUSEHOLD_NOTES),
                        )
                    )  # fmt: skip
        self.put(Household, homes)
        self.put(HouseholdVisit, visits)

    def write_problems(self) -> None:
        rng, s = self.rng, self.spec
        by_place: dict[int, list[DispRec]] = defaultdict(list)
        for d in self.disps:
            by_place[d.place.id].append(d)
        problems: list[dict[str, Any]] = []
        steps: list[dict[str, Any]] = []
        forced_overdue = 3 + len(self.disps) // 1000
        level = self.level_word if self.spec.scale != "province" else "市"
        for pid in sorted(by_place):
            if rng.random() >= max(s.sample * 2.5, 0.25):
                continue
            ds = by_place[pid]
            for _ in range(weighted(rng, ((0, 25.0), (1, 40.0), (2, 25.0), (3, 10.0)))):
                d = rng.choice(ds)
                place = d.place
                table = (
                    _VILLAGE_PROBLEMS
                    if place.kind in (PlaceKind.VILLAGE, PlaceKind.COMMUNITY)
                    else _ENTERPRISE_PROBLEMS
                )
                category, title, assignee = rng.choice(table)
                assignee = assignee.format(L=level)
                if assignee.startswith("镇"):
                    assignee = d.town.name + assignee[1:]
                last = min(d.end, self.today - dt.timedelta(days=3))
                if last <= d.start + dt.timedelta(days=10):
                    continue
                found = self.day_between(d.start + dt.timedelta(days=10), last)
                deadline = found + dt.timedelta(days=rng.choice((15, 30, 45, 60)))
                prid = self.new_id(Problem)
                overdue = forced_overdue > 0 and deadline < self.today - dt.timedelta(days=10)
                if overdue:
                    forced_overdue -= 1
                    reach = rng.choice((ProblemStage.HANDLING, ProblemStage.SUPERVISED))
                else:
                    reach = weighted(
                        rng,
                        ((ProblemStage.CLOSED, 65.0), (ProblemStage.FEEDBACK, 12.0), (ProblemStage.HANDLING, 13.0),
                         (ProblemStage.ASSIGNED, 10.0)),
                    )  # fmt: skip
                    if reach is not ProblemStage.CLOSED:  # open problems are recent and within their deadline
                        found = self.day_between(
                            max(d.start + dt.timedelta(days=10), self.today - dt.timedelta(days=40)), last
                        )
                        deadline = max(
                            found + dt.timedelta(days=rng.choice((15, 30, 45, 60))),
                            self.today + dt.timedelta(days=rng.randint(3, 30)),
                        )
                actor = {
                    ProblemStage.FOUND: f"{d.role.value} {d.cadre_name}",
                    ProblemStage.ASSIGNED: d.town.name,
                    ProblemStage.HANDLING: assignee,
                    ProblemStage.FEEDBACK: assignee,
                    ProblemStage.SUPERVISED: s.org_dept,
                    ProblemStage.CLOSED: d.town.name,
                }
                gaps = {
                    ProblemStage.ASSIGNED: rng.randint(1, 4),
                    ProblemStage.HANDLING: rng.randint(1, 6),
                    ProblemStage.FEEDBACK: rng.randint(5, 35),
                    ProblemStage.SUPERVISED: rng.randint(1, 5),
                    ProblemStage.CLOSED: rng.randint(1, 6),
                }
                day = found
                stage = ProblemStage.FOUND
                trail = [(ProblemStage.FOUND, found)]
                for nxt in (
                    ProblemStage.ASSIGNED,
                    ProblemStage.HANDLING,
                    ProblemStage.FEEDBACK,
                    ProblemStage.SUPERVISED,
                    ProblemStage.CLOSED,
                ):
                    if nxt is ProblemStage.SUPERVISED and not (
                        day > deadline or reach is ProblemStage.SUPERVISED
                    ):
                        continue
                    if overdue and nxt is ProblemStage.FEEDBACK:
                        continue
                    if overdue and nxt is ProblemStage.CLOSED:
                        break
                    if nxt is ProblemStage.SUPERVISED:
                        day = max(day, deadline) + dt.timedelta(days=gaps[nxt])
                    else:
                        day = day + dt.timedelta(days=gaps[nxt])
                    if day > self.today:
                        break
                    trail.append((nxt, day))
                    stage = nxt
                    if nxt is reach:
                        break
                notes = {
                    ProblemStage.FOUND: f"走访中发现：{title}",
                    ProblemStage.ASSIGNED: f"交由{assignee}办理，限期 {deadline:%Y年%m月%d日} 前办结",
                    ProblemStage.HANDLING: "已制定解决方案，正在推进",
                    ProblemStage.FEEDBACK: "办理情况已反馈群众",
                    ProblemStage.SUPERVISED: "逾期未办结，下发督办通知",
                    ProblemStage.CLOSED: "问题已解决，群众满意，予以销号",
                }
                problems.append(
                    self.versioned(
                        dict(
                            id=prid, batch_id=self.batch_id, place_id=place.id, dispatch_id=d.id, title=title,
                            detail=f"{d.town.name}{place.name}：{title}。", category=category, found_on=found,
                            deadline=deadline, stage=stage.value, assignee=assignee,
                            closed_on=trail[-1][1] if stage is ProblemStage.CLOSED else None,
                        )
                    )
                )  # fmt: skip
                for st, when in trail:
                    steps.append(
                        dict(
                            id=self.new_id(ProblemStep),
                            problem_id=prid,
                            stage=st.value,
                            day=when,
                            actor=actor[st],
                            note=notes[st],
                        )
                    )
        self.put(Problem, problems)
        self.put(ProblemStep, steps)

    def write_evaluations(self) -> None:
        rng, s = self.rng, self.spec
        rows: list[dict[str, Any]] = []
        grades = (
            ("优秀", 18.0, (90.0, 97.0)),
            ("称职", 77.0, (78.0, 89.5)),
            ("基本称职", 4.0, (64.0, 76.0)),
            ("不称职", 1.0, (50.0, 59.0)),
        )
        opinions = {
            "优秀": "该同志驻村期间吃住在村，工作扎实，成效明显，群众认可度高。",
            "称职": "该同志能够按要求驻村开展工作，较好完成各项任务。",
            "基本称职": "该同志工作主动性不足，部分任务完成不到位，需进一步改进作风。",
            "不称职": "该同志驻村期间多次不在岗，工作成效差，群众反映较大。",
        }
        for d in self.disps:
            if not (d.start <= s.eval_day <= d.end) or d.start > s.eval_day - dt.timedelta(days=90):
                continue
            if not d.on_post:
                continue
            _g, _w, (lo, hi) = rng.choices(grades, weights=[g[1] for g in grades])[0]
            target = rng.uniform(lo, hi)
            parts = [min(100.0, max(40.0, target + rng.uniform(-4, 4))) for _ in range(4)]
            total = round(0.3 * parts[0] + 0.3 * parts[1] + 0.2 * parts[2] + 0.2 * parts[3], 1)
            grade = (
                "优秀" if total >= 90 else "称职" if total >= 75 else "基本称职" if total >= 60 else "不称职"
            )
            q = [Decimal(f"{p:.1f}") for p in parts]
            rows.append(
                self.versioned(
                    dict(
                        id=self.new_id(Evaluation), dispatch_id=d.id, kind="年度考核", year=s.eval_year,
                        unit_score=q[0], org_score=q[1], township_score=q[2], democratic_score=q[3],
                        total_score=Decimal(f"{total:.1f}"), grade=grade,
                        summary="一年来，本人坚持吃住在村，走访农户，协助村“两委”谋划发展，办理群众急难愁盼问题。",
                        unit_opinion=opinions[grade], township_opinion=opinions[grade],
                        org_opinion=f"经考核，确定为“{grade}”等次。", decided_on=s.eval_day,
                    )
                )
            )  # fmt: skip
        self.put(Evaluation, rows)

    def write_performance_and_care(self) -> None:
        rng = self.rng
        perf: list[dict[str, Any]] = []
        care: list[dict[str, Any]] = []
        for d in self.disps:
            last = min(d.end, self.today)
            for _ in range(weighted(rng, ((0, 20.0), (1, 40.0), (2, 30.0), (3, 10.0)))):
                text_ = rng.choice(_ACHIEVEMENTS).format(
                    n=rng.randint(5, 120), m=rng.randint(1, 9), k=rng.randint(3, 60)
                )
                perf.append(
                    dict(
                        id=self.new_id(PerformanceEntry), cadre_id=d.cadre_id, batch_id=self.batch_id, kind="实绩",
                        day=self.day_between(d.start, last), content=text_, score=Decimal(rng.randint(10, 50)) / 10,
                    )
                )  # fmt: skip
            if self.chance(0.03):
                text_, score = rng.choice(_NEGATIVES)
                perf.append(
                    dict(
                        id=self.new_id(PerformanceEntry), cadre_id=d.cadre_id, batch_id=self.batch_id, kind="负面表现",
                        day=self.day_between(d.start, last), content=text_, score=score,
                    )
                )  # fmt: skip
            if self.chance(0.08):
                kind, content = rng.choice(_CARE_KINDS)
                care.append(
                    dict(
                        id=self.new_id(CareRecord),
                        dispatch_id=d.id,
                        kind=kind,
                        day=self.day_between(d.start, last),
                        content=content,
                    )
                )
        self.put(PerformanceEntry, perf)
        self.put(CareRecord, care)

    def fix_sequences(self) -> None:
        """PostgreSQL: explicit ids leave the serial/identity sequences behind; move them on."""
        if self.conn.dialect.name != "postgresql":
            return
        prep = self.conn.dialect.identifier_preparer
        for name in sorted(self._next_id):
            quoted = prep.quote(name)
            self.conn.execute(
                text(f"SELECT setval(pg_get_serial_sequence(:t, 'id'), (SELECT MAX(id) FROM {quoted}))"),
                {"t": quoted},
            )

    # ------------------------------------------------------------------ the three scales

    def run(self) -> None:
        getattr(self, f"build_{self.spec.scale}")()
        self.fix_sequences()

    def common_tail(self, quota_short: int, missing_head: int, missing_deputy: int) -> None:
        self.step("正在生成培训、传帮带和状态记录…", 0.12)
        self.write_dispatches()
        self.write_events()
        self.write_training()
        self.write_quotas(quota_short)
        self.write_mentoring()
        self.step("正在生成考勤和请销假记录…", 0.15)
        self.write_attendance(0.15, 0.9)
        self.step("正在生成走访、问题台账和考核记录…", 0.9)
        self.write_leader_visits(missing_head, missing_deputy)
        self.write_households()
        self.write_problems()
        self.write_evaluations()
        self.write_performance_and_care()
        self.step("演示数据已生成", 1.0)

    def village_slots(
        self, villages_of: dict[int, list[PlaceRec]], target: int, uncovered: int
    ) -> list[Slot]:
        """County/city: one 领队 per township (one township with two, one with none), 第一书记 in the
        villages, 队员 in communities, enterprises, sites and extra in the bigger villages."""
        rng = self.rng
        slots: list[Slot] = []
        two, none_ = rng.sample(self.towns, 2)
        lead_villages: set[int] = set()
        for town in self.towns:
            plain = [p for p in villages_of[town.id] if not p.tags]
            if town is none_ or not plain:
                continue
            leads = rng.sample(plain, min(len(plain), 2 if town is two else 1))
            for p in leads:
                lead_villages.add(p.id)
                slots.append(Slot(town, p, Role.TOWNSHIP_LEAD))
        weak = [p for t in self.towns for p in villages_of[t.id] if PlaceTag.WEAK_ORG.value in p.tags]
        left_out = {rng.choice(weak).id} if weak else set()
        plain_rest = [
            p for t in self.towns for p in villages_of[t.id] if not p.tags and p.id not in lead_villages
        ]
        left_out.update(p.id for p in rng.sample(plain_rest, min(uncovered, len(plain_rest))))
        covered: list[PlaceRec] = []
        for p in self.places:
            if p.kind is PlaceKind.VILLAGE:
                if p.id in lead_villages or p.id in left_out:
                    continue
                slots.append(Slot(p.town, p, Role.FIRST_SECRETARY))
                covered.append(p)
            elif p.kind is PlaceKind.COMMUNITY:
                slots.extend([Slot(p.town, p, Role.MEMBER), Slot(p.town, p, Role.MEMBER)])
            else:
                slots.append(Slot(p.town, p, Role.MEMBER))
        weights = [3.0 if p.tags else 1.0 for p in covered]
        for p in rng.choices(covered, weights=weights, k=max(0, target - len(slots))):
            slots.append(Slot(p.town, p, Role.MEMBER))
        self.planted.append(f"{two.name}有2名领队，{none_.name}未确定领队")
        if weak:
            self.planted.append("1 个软弱涣散村未选派干部")
        slots.sort(key=lambda sl: (sl.town.id, sl.place.id, sl.role != Role.TOWNSHIP_LEAD))
        return slots

    def build_county(self) -> None:
        s = self.spec
        self.step("正在生成单位、乡镇和村（社区）…", 0.0)
        self.make_units(self.local_unit_names("县"))
        kinds = ["街道"] * 4 + ["镇"] * 13 + ["乡"] * 3
        self.rng.shuffle(kinds)
        self.make_towns([(k, s.region, s.region_code) for k in kinds])
        self.place_plan(villages=196, communities=26, enterprises=20, sites=8, prefix="安澜")
        self.make_mentors()
        self.make_batch()
        self.step("正在生成干部和选派名单…", 0.05)
        villages_of = self.villages_by_town()
        slots = self.village_slots(villages_of, target=294, uncovered=4)
        self.make_dispatches(slots, n_replacements=6)
        self.assign_work_groups()
        self.common_tail(quota_short=2, missing_head=2, missing_deputy=2)

    def build_city(self) -> None:
        self.step("正在生成单位、乡镇和村（社区）…", 0.0)
        unit_names = self.local_unit_names("市")
        for district, _code in CITY_DISTRICTS:
            unit_names.extend(self.local_unit_names(district))
        self.make_units(unit_names)
        plan: list[tuple[str, str, str]] = []
        for district, code in CITY_DISTRICTS:
            kinds = ["街道"] * 2 + ["镇"] * 5 + ["乡"]
            plan.extend((k, district, code) for k in kinds)
        self.make_towns(plan)
        self.place_plan(villages=1664, communities=232, enterprises=1000, sites=100, prefix="东营")
        self.make_mentors()
        self.make_batch()
        self.step("正在生成干部和选派名单…", 0.05)
        villages_of = self.villages_by_town()
        slots = self.village_slots(villages_of, target=9900, uncovered=10)
        self.make_dispatches(slots, n_replacements=100)
        self.assign_work_groups()
        self.common_tail(quota_short=5, missing_head=4, missing_deputy=4)

    def villages_by_town(self) -> dict[int, list[PlaceRec]]:
        out: dict[int, list[PlaceRec]] = defaultdict(list)
        for p in self.places:
            if p.kind is PlaceKind.VILLAGE:
                out[p.town.id].append(p)
        return out

    def place_plan(self, villages: int, communities: int, enterprises: int, sites: int, prefix: str) -> None:
        rng = self.rng
        town_w = {"街道": (0.35, 4.0, 0.6, 0.8), "镇": (1.0, 0.6, 1.2, 1.0), "乡": (0.8, 0.1, 0.4, 0.6)}
        cols = [
            split(total, [town_w[t.kind][j] * rng.uniform(0.8, 1.2) for t in self.towns])
            for j, total in enumerate((villages, communities, enterprises, sites))
        ]
        taken: set[str] = set()
        for i, town in enumerate(self.towns):
            kinds = (
                [PlaceKind.COMMUNITY] * cols[1][i]
                + [PlaceKind.VILLAGE] * cols[0][i]
                + [PlaceKind.ENTERPRISE] * cols[2][i]
                + [PlaceKind.PROJECT_SITE] * cols[3][i]
            )
            made = self.make_places(town, kinds, prefix, taken)
            self.tag_villages([p for p in made if p.kind is PlaceKind.VILLAGE])
            for p in made:
                if p.kind is PlaceKind.COMMUNITY and self.chance(0.1):
                    p.tags.append(PlaceTag.WEAK_ORG.value)
        self.write_places()

    def build_province(self) -> None:
        rng, s = self.rng, self.spec
        self.step("正在生成省直单位、服务乡镇和企业…", 0.0)
        self.make_units([(n, None) for n in PROVINCE_UNITS])
        counties = list(PROVINCE_COUNTIES[:49])
        plan: list[tuple[str, str, str]] = [
            ("镇" if rng.random() < 0.8 else "乡", c, s.region_code) for c in counties
        ]
        plan.append(
            ("镇", rng.choice(counties[14:19]), s.region_code)
        )  # 5 teams to the 潍坊 disaster counties
        plan.extend(("街道", f"{city}市高新区", s.region_code) for city in PROVINCE_CITIES)
        plan.append(("街道", "济南市历下区", s.region_code))
        self.make_towns(plan)
        village_towns, city_towns, soe_town = self.towns[:50], self.towns[50:67], self.towns[67]
        taken: set[str] = set()
        villages_of: dict[int, list[PlaceRec]] = {}
        for t in village_towns:
            villages_of[t.id] = self.make_places(t, [PlaceKind.VILLAGE] * 5, "", taken)
            self.tag_villages(villages_of[t.id])
        private_of: dict[int, list[PlaceRec]] = {}
        for city, t in zip(PROVINCE_CITIES, city_towns, strict=True):
            private_of[t.id] = self.make_places(t, [PlaceKind.ENTERPRISE] * 10, city, taken)
        soes: list[PlaceRec] = []
        for _ in range(30):
            while True:
                name = "山东" + rng.choice(SOE_STEMS) + rng.choice(SOE_TRADES) + "集团有限公司"
                if name not in taken:
                    break
            taken.add(name)
            soes.append(PlaceRec(self.new_id(Place), soe_town, name, PlaceKind.ENTERPRISE))
        self.places.extend(soes)
        self.write_places()
        self.make_mentors()
        self.make_batch()
        self.step("正在组建工作队…", 0.05)
        teams: list[dict[str, Any]] = []
        slots: list[Slot] = []

        def team(name: str, kind: TeamKind, town: TownRec, served: list[PlaceRec], members: int) -> None:
            tid = self.new_id(Team)
            teams.append(
                self.versioned(
                    dict(id=tid, batch_id=self.batch_id, name=name, kind=kind.value, township_id=town.id)
                )
            )
            slots.append(Slot(town, served[0], Role.TEAM_LEADER, tid))
            for k in range(members):
                slots.append(Slot(town, served[k % len(served)], Role.MEMBER, tid))

        for t in village_towns:
            team(f"{t.county}{t.name}乡村振兴服务队", TeamKind.VILLAGE, t, villages_of[t.id], 9)
        for city, t in zip(PROVINCE_CITIES, city_towns, strict=True):
            ents = private_of[t.id]
            team(f"{city}民营企业服务队（一）", TeamKind.PRIVATE_ENTERPRISE, t, ents[:5], 9)
            team(f"{city}民营企业服务队（二）", TeamKind.PRIVATE_ENTERPRISE, t, ents[5:], 9)
        k = 0
        for n in range(16):
            size = 2 if n < 14 else 1
            served = soes[k : k + size]
            k += size
            team(f"省管企业服务队第{cn_number(n + 1)}队", TeamKind.STATE_ENTERPRISE, soe_town, served, 4)
        self.put(Team, teams)
        self.make_dispatches(slots, n_replacements=0)
        self.common_tail(quota_short=2, missing_head=2, missing_deputy=2)


class AttendanceSink:
    """Bulk attendance writer at driver level (the one table with millions of rows)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name
        self.driver = conn.dialect.driver
        #: SQLite stores Date as ISO text (SQLAlchemy's format): pass strings, skip per-row conversion
        self.iso = self.dialect == "sqlite"

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        raw = self.conn.connection.driver_connection
        if self.dialect == "sqlite" and raw is not None:
            cur = raw.cursor()
            try:
                cur.executemany("INSERT INTO attendance (dispatch_id, day, mark) VALUES (?, ?, ?)", rows)
            finally:
                cur.close()
        elif self.dialect == "postgresql" and self.driver == "psycopg" and raw is not None:
            with raw.cursor() as cur, cur.copy("COPY attendance (dispatch_id, day, mark) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            table = cast(Table, Attendance.__table__)
            self.conn.execute(insert(table), [{"dispatch_id": a, "day": b, "mark": c} for a, b, c in rows])


# =========================================================================== entry point


def _refuse_non_empty(session: Session) -> None:
    for model in (Cadre, Batch, Township, Place):
        if session.execute(select(model.id).limit(1)).first() is not None:
            raise DatabaseNotEmpty(NOT_EMPTY_MESSAGE)


def generate(
    db: Database,
    scale: str = "county",
    seed: int = 1,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> DemoSummary:
    """Fill an empty database (schema already created) with one demo campaign; one transaction.

    ``progress(message, fraction)`` is called between steps; ``cancel()`` returning True stops the
    run with ``DemoCancelled`` and nothing is written.
    """
    if scale not in SPECS:
        raise ValidationError(f"未知的演示数据规模：{scale}（可选 county、city、province）")
    spec = SPECS[scale]
    with db.session() as session:
        _refuse_non_empty(session)
        gen = _Generator(session.connection(), spec, seed, progress, cancel)
        gen.run()
        audit.record(session, "demo", detail=f"scale={scale} seed={seed}")
    return DemoSummary(scale, seed, spec.batch_name, dict(sorted(gen.counts.items())), gen.planted)
