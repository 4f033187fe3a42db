"""Evaluation arithmetic, pure: weights, grade bands, the democratic score, ballots, consequences.

Seed 002 (驻村工作结束时): 由派出单位会同县委组织部、各乡镇对驻村干部进行考评，组织驻点村党员群众进行
评议，考核优秀的，同等条件下优先选拔使用；考核不称职的，3年内不予提拔使用。  The seeds give no weights,
bands or shares: the defaults below are CadreDesk's decisions (docs/RULES.md, "Evaluation"), and every
one of them is a batch parameter (``EvaluationParams``).

- total = 派出单位 × 30% + 组织部 × 30% + 乡镇 × 20% + 民主评议 × 20%, rounded half up to 0.1;
  a party that gives a recommended grade instead of a score counts with the middle of that grade's band.
- grade by the total: ≥ 90 优秀, ≥ 75 称职, ≥ 60 基本称职, below 60 不称职;
  but 不称职 whatever the total when more than 1/3 of the valid democratic votes say 不称职.
- democratic score = the votes' average of 100 / 80 / 60 / 0 points (优秀 … 不称职); it stands only with
  at least 10 valid votes for the cadre (the minimum sample).
- 优秀 for at most 20% of the cadres evaluated (rounded down), by rank of the total.
- A ballot line with no box or several boxes ticked is invalid for that cadre only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from cadredesk.core.campaign import term_end
from cadredesk.core.enums import EvaluationKind, Grade

#: the four grades, best first; on ballots and in keyboard entry they are 1 … 4
GRADES: tuple[Grade, ...] = (Grade.EXCELLENT, Grade.COMPETENT, Grade.BASIC, Grade.INCOMPETENT)
CHOICE_KEYS: dict[str, Grade] = {str(k): g for k, g in enumerate(GRADES, start=1)}
KEY_OF: dict[str, str] = {g.value: k for k, g in CHOICE_KEYS.items()}

#: the three evaluating parties (seed 002), in the order of the form; the democratic part is separate
PARTIES: dict[str, str] = {"unit": "派出单位", "org": "组织部", "township": "乡镇"}
DEMOCRATIC = "民主评议"

#: seed 002: 不称职 → 3年内不予提拔使用
BAR_YEARS = 3
#: seed 002: 省、市机关遴选的公务员，原则上应有1年以上驻村蹲点工作经历; one year = 365 days served
ONE_YEAR_DAYS = 365

ONE = Decimal("0.1")


def num_text(x: Decimal) -> str:
    """A decimal without trailing zeros: 30.00 → "30", 82.50 → "82.5"."""
    return format(x.normalize(), "f")


def round1(x: Decimal) -> Decimal:
    """四舍五入 to one decimal."""
    return x.quantize(ONE, rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------------------------- shares


def parse_share(text: str | Fraction | Decimal | float | int) -> Fraction:
    """A share as a clerk writes it: "20%", "0.2", "1/5", "三分之一" → an exact Fraction in [0, 1]."""
    if isinstance(text, Fraction):
        value = text
    elif isinstance(text, (Decimal, int)):
        value = Fraction(text)
    elif isinstance(text, float):
        value = Fraction(str(text))
    else:
        s = "".join(str(text).split()).replace("％", "%").replace("／", "/")
        m = re.fullmatch(r"([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)", s)
        try:
            if m:
                value = Fraction(_cn_int(m.group(2)), _cn_int(m.group(1)))
            elif s.endswith("%"):
                value = Fraction(Decimal(s[:-1])) / 100
            else:
                value = Fraction(s)
        except (ValueError, ZeroDivisionError, InvalidOperation):
            raise ValueError(f"比例应写作 20%、0.2 或 1/3，不是“{text}”") from None
    if not 0 <= value <= 1:
        raise ValueError(f"比例应在 0 到 100% 之间，不是“{text}”")
    return value


def _cn_int(s: str) -> int:
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + digits[s[1]]
    if s.endswith("十"):
        return digits[s[0]] * 10
    if "十" in s:
        a, b = s.split("十")
        return digits[a] * 10 + digits[b]
    return digits[s]


def share_text(share: Fraction) -> str:
    """How a share is written on screen and in messages: 1/3 → 三分之一, 1/5 → 20%."""
    cn = "零一二三四五六七八九十"
    if share.denominator in (3, 6, 7, 9) and share.numerator < share.denominator <= 10:
        return f"{cn[share.denominator]}分之{cn[share.numerator]}"
    pct = share * 100
    if pct.denominator == 1:
        return f"{pct.numerator}%"
    return f"{float(pct):.2f}".rstrip("0").rstrip(".") + "%"


# ------------------------------------------------------------------------------------- parameters


@dataclass(frozen=True)
class EvaluationParams:
    """A batch's evaluation parameters; the defaults are documented in docs/RULES.md."""

    weight_unit: Decimal = Decimal("0.30")
    weight_org: Decimal = Decimal("0.30")
    weight_township: Decimal = Decimal("0.20")
    weight_democratic: Decimal = Decimal("0.20")
    excellent_min: Decimal = Decimal("90")
    competent_min: Decimal = Decimal("75")
    basic_min: Decimal = Decimal("60")
    excellent_ceiling: Fraction = Fraction(1, 5)
    incompetent_vote_share: Fraction = Fraction(1, 3)
    min_valid_ballots: int = 10
    ballots_per_place: int = 30
    points_excellent: int = 100
    points_competent: int = 80
    points_basic: int = 60
    points_incompetent: int = 0

    @property
    def weights(self) -> dict[str, Decimal]:
        return {
            "unit": self.weight_unit,
            "org": self.weight_org,
            "township": self.weight_township,
            "democratic": self.weight_democratic,
        }

    @property
    def points(self) -> dict[Grade, int]:
        return {
            Grade.EXCELLENT: self.points_excellent,
            Grade.COMPETENT: self.points_competent,
            Grade.BASIC: self.points_basic,
            Grade.INCOMPETENT: self.points_incompetent,
        }

    def problems(self) -> list[str]:
        """What is wrong with these parameters, one Chinese sentence each (empty: usable)."""
        out: list[str] = []
        ws = self.weights
        if any(w < 0 for w in ws.values()):
            out.append("权重不能为负数")
        if any(w != w.quantize(Decimal("0.01")) for w in ws.values()):
            out.append("权重应精确到 1%（如 30%、0.25）")
        total = sum(ws.values(), Decimal(0))
        if total != 1:
            out.append(f"四项权重之和应为 100%，现为 {num_text(total * 100)}%")
        if not (0 < self.basic_min < self.competent_min < self.excellent_min <= 100):
            out.append("等次分数线应满足 0 < 基本称职 < 称职 < 优秀 ≤ 100")
        if not 1 <= self.min_valid_ballots <= 10000:
            out.append("每村最少有效票数应在 1 至 10000 之间")
        if not 1 <= self.ballots_per_place <= 2000:
            out.append("每村印制测评票张数应在 1 至 2000 之间")
        pts = [self.points_excellent, self.points_competent, self.points_basic, self.points_incompetent]
        if not all(0 <= p <= 100 for p in pts) or pts != sorted(pts, reverse=True):
            out.append("测评票各等次分值应在 0 至 100 之间，且优秀 ≥ 称职 ≥ 基本称职 ≥ 不称职")
        return out

    def describe(self) -> list[tuple[str, str]]:
        """(label, value) for every parameter, as the clerk reads them."""

        def pct(w: Decimal) -> str:
            return f"{num_text(w * 100)}%"

        return [
            ("派出单位评分权重", pct(self.weight_unit)),
            ("组织部评分权重", pct(self.weight_org)),
            ("乡镇评分权重", pct(self.weight_township)),
            ("民主评议权重", pct(self.weight_democratic)),
            ("优秀分数线", num_text(self.excellent_min)),
            ("称职分数线", num_text(self.competent_min)),
            ("基本称职分数线", num_text(self.basic_min)),
            ("优秀等次比例上限", share_text(self.excellent_ceiling)),
            ("不称职票超过有效票的", share_text(self.incompetent_vote_share)),
            ("每名干部最少有效票数", str(self.min_valid_ballots)),
            ("每村印制测评票张数", str(self.ballots_per_place)),
            (
                "测评票分值（优秀/称职/基本称职/不称职）",
                f"{self.points_excellent}/{self.points_competent}/{self.points_basic}/{self.points_incompetent}",
            ),
        ]

    def updated(self, **changes: object) -> EvaluationParams:
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown evaluation parameters: {sorted(unknown)}")
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULT_PARAMS = EvaluationParams()


# ------------------------------------------------------------------------------------- grades and scores


def grade_of_total(total: Decimal, p: EvaluationParams = DEFAULT_PARAMS) -> Grade:
    if total >= p.excellent_min:
        return Grade.EXCELLENT
    if total >= p.competent_min:
        return Grade.COMPETENT
    if total >= p.basic_min:
        return Grade.BASIC
    return Grade.INCOMPETENT


def grade_score(grade: Grade, p: EvaluationParams = DEFAULT_PARAMS) -> Decimal:
    """A recommended grade as a score: the middle of its band (defaults 95, 82.5, 67.5, 30)."""
    lo, hi = {
        Grade.EXCELLENT: (p.excellent_min, Decimal(100)),
        Grade.COMPETENT: (p.competent_min, p.excellent_min),
        Grade.BASIC: (p.basic_min, p.competent_min),
        Grade.INCOMPETENT: (Decimal(0), p.basic_min),
    }[grade]
    return (lo + hi) / 2


@dataclass(frozen=True, slots=True)
class Votes:
    """Valid democratic votes for one cadre, per grade."""

    excellent: int = 0
    competent: int = 0
    basic: int = 0
    incompetent: int = 0

    @property
    def valid(self) -> int:
        return self.excellent + self.competent + self.basic + self.incompetent

    def of(self, grade: Grade) -> int:
        return {
            Grade.EXCELLENT: self.excellent,
            Grade.COMPETENT: self.competent,
            Grade.BASIC: self.basic,
            Grade.INCOMPETENT: self.incompetent,
        }[grade]

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.excellent, self.competent, self.basic, self.incompetent)

    def text(self) -> str:
        return "，".join(f"{g.value} {self.of(g)} 票" for g in GRADES)

    @classmethod
    def of_counts(cls, counts: Sequence[int]) -> Votes:
        a, b, c, d = counts
        return cls(a, b, c, d)


def democratic_score(votes: Votes, p: EvaluationParams = DEFAULT_PARAMS) -> Decimal | None:
    """The votes' average points, rounded half up to 0.1; None below the minimum sample."""
    if votes.valid < p.min_valid_ballots or votes.valid == 0:
        return None
    pts = p.points
    total = sum((Decimal(pts[g]) * votes.of(g) for g in GRADES), Decimal(0))
    return round1(total / votes.valid)


def incompetent_by_votes(votes: Votes, p: EvaluationParams = DEFAULT_PARAMS) -> bool:
    """More than ``incompetent_vote_share`` of the valid votes say 不称职 ("超过三分之一": exactly 1/3 is not)."""
    if votes.valid < p.min_valid_ballots or votes.valid == 0:
        return False
    return Fraction(votes.incompetent, votes.valid) > p.incompetent_vote_share


@dataclass(frozen=True, slots=True)
class PartyPart:
    """One party's part: a score, a recommended grade, or both (the score counts when both are given)."""

    score: Decimal | None = None
    grade: Grade | None = None

    def effective(self, p: EvaluationParams) -> Decimal | None:
        if self.score is not None:
            return self.score
        if self.grade is not None:
            return grade_score(self.grade, p)
        return None

    @property
    def given(self) -> bool:
        return self.score is not None or self.grade is not None


@dataclass(frozen=True)
class Outcome:
    """What the rules make of an evaluation's parts: the total and the grade, or what is missing."""

    total: Decimal | None
    grade: Grade | None
    democratic: Decimal | None
    missing: tuple[str, ...] = ()
    #: why the grade is not the total's band (the 不称职 vote rule), as the clerk reads it
    reasons: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


def assess(
    parts: dict[str, PartyPart],
    votes: Votes | None,
    p: EvaluationParams = DEFAULT_PARAMS,
    *,
    democratic: Decimal | None = None,
) -> Outcome:
    """Total and grade from the three parties' parts and the democratic part.

    ``votes``: the valid democratic votes (tallied or entered); ``democratic``: a democratic score entered
    directly when no vote counts are known (used only when ``votes`` is None).
    """
    missing: list[str] = []
    scores: dict[str, Decimal] = {}
    for key, label in PARTIES.items():
        s = parts.get(key, PartyPart()).effective(p)
        if s is None:
            missing.append(label)
        else:
            scores[key] = s
    reasons: list[str] = []
    dem: Decimal | None
    if votes is not None:
        dem = democratic_score(votes, p)
        if dem is None:
            missing.append(f"{DEMOCRATIC}（有效票 {votes.valid} 张，少于 {p.min_valid_ballots} 张）")
    else:
        dem = democratic
        if dem is None:
            missing.append(DEMOCRATIC)
    if dem is not None:
        scores["democratic"] = dem
    if missing:
        return Outcome(None, None, dem, tuple(missing))
    total = round1(sum((p.weights[k] * scores[k] for k in scores), Decimal(0)))
    grade = grade_of_total(total, p)
    if votes is not None and incompetent_by_votes(votes, p) and grade != Grade.INCOMPETENT:
        grade = Grade.INCOMPETENT
        reasons.append(
            f"民主测评“不称职”票 {votes.incompetent} 张，超过有效票（{votes.valid} 张）的"
            f"{share_text(p.incompetent_vote_share)}，确定为不称职"
        )
    return Outcome(total, grade, dem, (), tuple(reasons))


# ------------------------------------------------------------------------------------- the share of 优秀


def excellent_limit(population: int, p: EvaluationParams = DEFAULT_PARAMS) -> int:
    """How many cadres may be 优秀 among ``population`` evaluated: the share, rounded down."""
    return math.floor(population * p.excellent_ceiling)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cadre whose total falls in the 优秀 band, with what ranks them."""

    key: int
    total: Decimal
    democratic: Decimal = Decimal(0)
    org: Decimal = Decimal(0)

    @property
    def rank_key(self) -> tuple[Decimal, Decimal, Decimal]:
        return (self.total, self.democratic, self.org)


@dataclass(frozen=True)
class CeilingResult:
    excellent: frozenset[int]  # keep 优秀
    downgraded: frozenset[int]  # over the ceiling: 称职
    tied: frozenset[int]  # tied at the cut: the clerk decides


def apply_ceiling(candidates: Iterable[Candidate], places: int) -> CeilingResult:
    """Give 优秀 to at most ``places`` candidates, best total first (ties broken by the democratic score,
    then the organization department's score).  Candidates still tied across the cut are left to the clerk;
    those below it become 称职."""
    ranked = sorted(candidates, key=lambda c: c.rank_key, reverse=True)
    if len(ranked) <= places:
        return CeilingResult(frozenset(c.key for c in ranked), frozenset(), frozenset())
    places = max(places, 0)
    cut_key = ranked[places].rank_key  # the best candidate left out
    if places and ranked[places - 1].rank_key == cut_key:
        tied = {c.key for c in ranked if c.rank_key == cut_key}
        keep = {c.key for c in ranked if c.rank_key > cut_key}
    else:
        tied = set()
        keep = {c.key for c in ranked[:places]}
    down = {c.key for c in ranked} - keep - tied
    return CeilingResult(frozenset(keep), frozenset(down), frozenset(tied))


# ------------------------------------------------------------------------------------- consequences


def consequence(kind: str, grade: str | None) -> str:
    """What the decided grade means for the cadre, in seed 002's words; only the end-of-term evaluation
    (驻村工作结束时的考评) carries a consequence, and only 优秀 and 不称职 do."""
    if grade is None or kind != EvaluationKind.TERM_END.value:
        return ""
    return Grade(grade).consequence


def barred_until(decided_on: dt.date) -> dt.date:
    """The last day of the 3 years without promotion after a 不称职 decided on ``decided_on``."""
    return term_end(decided_on, BAR_YEARS)


def unit_barred_until(batch_start: dt.date) -> dt.date:
    """A unit that missed its quota may not enter award selections for 3 years from the batch's start
    (the day its cadres were due in the villages): the last day of that period."""
    return term_end(batch_start, BAR_YEARS)


# ------------------------------------------------------------------------------------- service periods


def merged_days(periods: Iterable[tuple[dt.date, dt.date]]) -> int:
    """Days covered by inclusive periods, overlaps counted once."""
    spans = sorted((a, b) for a, b in periods if b >= a)
    total = 0
    cur: tuple[dt.date, dt.date] | None = None
    for a, b in spans:
        if cur is None or a > cur[1] + dt.timedelta(days=1):
            if cur is not None:
                total += (cur[1] - cur[0]).days + 1
            cur = (a, b)
        else:
            cur = (cur[0], max(cur[1], b))
    if cur is not None:
        total += (cur[1] - cur[0]).days + 1
    return total


def span_text(start: dt.date, end: dt.date) -> str:
    """An inclusive period as years, months and days: 2025-12-01…2026-11-30 → "1年"; → "2个月零5天"."""
    if end < start:
        return "0天"
    after = end + dt.timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    if _add_months(start, months) > after:
        months -= 1
    days = (after - _add_months(start, months)).days
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years}年")
    if months:
        parts.append(f"{months}个月")
    if days:
        parts.append(("零" if parts else "") + f"{days}天")
    return "".join(parts) or "0天"


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, the 31st (29 February) clamped to the month's last day."""
    year, month = divmod(day.month - 1 + months, 12)
    last = calendar.monthrange(day.year + year, month + 1)[1]
    return dt.date(day.year + year, month + 1, min(day.day, last))


def cn_date(day: dt.date | None) -> str:
    """2025-12-01 → 2025年12月1日 (as written on county forms)."""
    return "" if day is None else f"{day.year}年{day.month}月{day.day}日"


def cn_month(day: dt.date | None) -> str:
    """1985-03-07 → 1985.03 (出生年月 as written on cadre forms)."""
    return "" if day is None else f"{day.year}.{day.month:02d}"


# ------------------------------------------------------------------------------------- ballots


@dataclass(frozen=True, slots=True)
class Tally:
    """One cadre's ballots: valid votes per grade, and the lines that were invalid."""

    votes: Votes = field(default_factory=Votes)
    blank: int = 0  # no box ticked
    several: int = 0  # more than one box ticked

    @property
    def invalid(self) -> int:
        return self.blank + self.several


def mark_grade(marks: str | None) -> Grade | None:
    """The grade a ballot line gives, or None when it is invalid (nothing or several boxes) or untallied."""
    if marks is None or len(marks) != 1:
        return None
    return CHOICE_KEYS.get(marks)


def tally(marks: Iterable[str | None]) -> Tally:
    """Count one cadre's ballot lines (None = ballot not tallied or void: not counted at all)."""
    counts = [0, 0, 0, 0]
    blank = several = 0
    for m in marks:
        if m is None:
            continue
        g = mark_grade(m)
        if g is not None:
            counts[GRADES.index(g)] += 1
        elif m == "":
            blank += 1
        else:
            several += 1
    return Tally(Votes.of_counts(counts), blank, several)


_GRADE_WORDS = {g.value: KEY_OF[g.value] for g in GRADES}
_NONE_TOKENS = {"0", "-", "无", "空", "未选", "未勾选", "弃权", "—"}
_SEVERAL_TOKENS = {"9", "*", "x", "X", "多", "多选", "多勾"}
_SPLIT = re.compile(r"[\s,，、;；/|]+")


def parse_mark(token: str) -> str:
    """One cadre's line as typed: 1–4 or 优秀…不称职 (one box), 0/-/空 (none), several digits ("13") or 9/*/多选
    (several boxes).  Returns the stored form ("1", "", "13", "*"); ValueError (Chinese) otherwise."""
    t = token.strip()
    if t in _NONE_TOKENS or t == "":
        return ""
    if t in _SEVERAL_TOKENS:
        return "*"
    if t in _GRADE_WORDS:
        return _GRADE_WORDS[t]
    if t.isdigit() and all(c in CHOICE_KEYS for c in t):
        return "".join(sorted(set(t))) if len(set(t)) > 1 else t[0]
    words = [w for w in re.split(r"[+＋&]", t) if w]
    if len(words) > 1 and all(w in _GRADE_WORDS for w in words):
        return "".join(sorted({_GRADE_WORDS[w] for w in words}))
    raise ValueError(
        f"无法识别“{token}”：每名干部填 1 优秀、2 称职、3 基本称职、4 不称职，0 未勾选，9 多选（或多选的各项，如 13）"
    )


def parse_marks(text: str | Sequence[str], count: int) -> tuple[str, ...]:
    """A whole ballot as typed, one entry per cadre in printed order.

    A string of exactly ``count`` digits gives one digit per cadre ("1204": 优秀, 称职, none, 不称职);
    otherwise entries are separated by spaces, commas or 、 ("1, 13, 0").  ValueError (Chinese) when the
    number of entries differs from ``count`` or an entry is not understood.
    """
    if isinstance(text, str):
        s = text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        tokens = [t for t in _SPLIT.split(s) if t != ""] if s else []
        compact = "".join(tokens)
        if len(tokens) != count and compact.isdigit() and len(compact) == count:
            tokens = list(compact)
    else:
        tokens = [str(t) for t in text]
    if len(tokens) != count:
        raise ValueError(f"这张票上有 {count} 名干部，但录入了 {len(tokens)} 项")
    return tuple(parse_mark(t) for t in tokens)


def mark_text(marks: str | None) -> str:
    """A stored line as the clerk reads it."""
    if marks is None:
        return "未录入"
    if marks == "":
        return "未勾选（无效）"
    if marks == "*":
        return "多选（无效）"
    if len(marks) > 1:
        return "多选：" + "、".join(CHOICE_KEYS[c].value for c in marks) + "（无效）"
    return CHOICE_KEYS[marks].value


# serial numbers: YY + 6-digit running number + Luhn check digit, printed "26-000123-4"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_serial(year: int, number: int) -> str:
    """The stored serial of ballot ``number`` (1, 2, …) printed in ``year``: 9 digits."""
    if not 0 < number < 1_000_000:
        raise ValueError(f"测评票流水号超出范围：{number}")
    body = f"{year % 100:02d}{number:06d}"
    return body + _luhn_digit(body)


def serial_number(serial: str) -> int:
    """The running number inside a stored serial."""
    return int(serial[2:8])


def format_serial(serial: str) -> str:
    """As printed: 260001234 → 26-000123-4."""
    return f"{serial[:2]}-{serial[2:8]}-{serial[8:]}" if len(serial) == 9 else serial


def normalize_serial(text: str) -> str:
    """A serial as typed ("26-000123-4", "26 000123 4", "№260001234") → the stored form.

    ValueError (Chinese) when it cannot be a serial or its check digit is wrong (a typing error)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    digits = digits.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if len(digits) != 9:
        raise ValueError(f"测评票编号应为 9 位数字（如 26-000123-4），不是“{text.strip()}”")
    if _luhn_digit(digits[:8]) != digits[8]:
        raise ValueError(f"测评票编号“{text.strip()}”的校验位不对，可能输错了，请核对票面编号")
    return digits
