"""The county demo as the on-post area sees it: the planted short-day cases are what ``check`` finds, the
dashboard's alerts point at their records, and the summary and ledger PDFs print (fonts embedded,
text extractable)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cadredesk.core.models import Attendance, HouseholdVisitCadre, Leave
from cadredesk.services import dashboard, printing
from cadredesk.services.checks import run_checks
from cadredesk.services.context import Actor, Context
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema
from tests.factories import generate

DEMO_TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Context, list[str]]]:
    db = Database.open(str(tmp_path_factory.mktemp("demo") / "县级.sqlite"))
    ensure_schema(db)
    summary = generate(db, "county", seed=3)
    yield (
        Context(db=db, actor=Actor("clerk", "张干事", authenticated=True), clock=lambda: DEMO_TODAY),
        summary.planted,
    )
    db.close()


def test_planted_short_months_are_what_check_finds(county: tuple[Context, list[str]]) -> None:
    ctx, planted = county
    assert "5 名干部有月份在岗不足22天" in planted
    found = [v for v in run_checks(ctx).violations if v.rule == "days-short-month"]
    assert len({v.target for v in found}) == 5 and 5 <= len(found) <= 10
    # planted only in months without a statutory holiday: each needs the full 22
    assert all("应不少于 22 天" in v.detail and v.severity == "warning" for v in found)
    assert not [v for v in run_checks(ctx).violations if v.rule == "days-short-year"]  # the year is not over


def test_demo_marks_leave_by_kind_and_links_joint_visits(county: tuple[Context, list[str]]) -> None:
    ctx, _ = county
    with ctx.db.reader() as s:
        sick = s.execute(select(Leave.dispatch_id, Leave.start).where(Leave.kind == "病假").limit(1)).first()
        assert sick is not None
        mark = s.scalar(
            select(Attendance.mark).where(Attendance.dispatch_id == sick[0], Attendance.day == sick[1])
        )
        assert mark == "病"
        marks = set(s.scalars(select(Attendance.mark).distinct()))
        assert marks <= {"在", "事", "病", "公", "训", "休", "缺"} and {"在", "事", "病", "公", "训"} <= marks
        per_visit = s.execute(select(HouseholdVisitCadre.visit_id)).scalars().all()
        assert len(per_visit) > len(set(per_visit))  # some visits were made by two cadres
        pending = s.scalars(select(Leave.status).where(Leave.status == "待审批")).all()
        assert len(pending) == 3


def test_dashboard_alerts_point_at_their_records(county: tuple[Context, list[str]]) -> None:
    ctx, _ = county
    d = dashboard.dashboard(ctx)
    assert d.as_of == DEMO_TODAY and d.on_post > 280
    alerts = {a.key: a for a in d.alerts}
    found = run_checks(ctx).violations
    for key, rules in (("days", {"days-short-month", "days-short-year"}), ("insurance", {"insurance-missing", "insurance-expiring"}),
                       ("problems", {"problem-overdue"}), ("training", {"training-incomplete"}), ("party", {"party-transfer-missing"})):  # fmt: skip
        expected = {v.target for v in found if v.rule in rules}
        assert set(alerts[key].targets) == expected and alerts[key].count == len(
            [v for v in found if v.rule in rules]
        )
    assert alerts["insurance"].count == 5 and all(k == "dispatch" for k, _ in alerts["insurance"].targets)
    assert (
        all(k == "problem" for k, _ in alerts["problems"].targets)
        and d.problems_overdue == alerts["problems"].count
    )
    assert alerts["leave"].count == 3 and all(k == "leave" for k, _ in alerts["leave"].targets)
    assert d.last_month is not None and (d.last_month.year, d.last_month.month) == (2026, 10)
    assert d.this_month is not None and d.this_month.entered_through == DEMO_TODAY
    assert len(d.months) == 6 and d.priority_total - d.priority_covered == 1


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("kind", ["summary", "problems"])
def test_summary_and_ledger_print(county: tuple[Context, list[str]], tmp_path: Path, kind: str) -> None:
    ctx, _ = county
    out = tmp_path / f"{kind}.pdf"
    result = printing.print_document(ctx, kind, printing.PrintRequest(out=out))
    assert result.path == out and result.pages >= 1
    fonts = _run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\s+yes\b", line) for line in fonts), fonts
    text = "".join(_run("pdftotext", "-raw", str(out), "-").split())
    if kind == "summary":
        for words in (
            "驻村工作情况统计2025年度选派干部驻村蹲点",
            "一、基本情况",
            "二、驻村天数",
            "三、提醒事项",
            "四、问题台账",
            "2026年10月应考核",
        ):
            assert words in text, words
        assert "打印：县委组织部张干事" in text
    else:
        assert "2025年度选派干部驻村蹲点问题台账" in text and "销号" in text and "逾期" in text
        assert result.pages >= 5


def test_a_footer_never_names_the_os_login(county: tuple[Context, list[str]], tmp_path: Path) -> None:
    """Without a login the footer names the organization only (the PC's OS login is nobody's name)."""
    ctx, _planted = county
    anonymous = Context(db=ctx.db, actor=Actor.from_os(), clock=ctx.clock)
    out = tmp_path / "summary.pdf"
    printing.print_document(anonymous, "summary", printing.PrintRequest(out=out))
    text = "".join(_run("pdftotext", "-raw", str(out), "-").split())
    assert "打印：县委组织部" in text
    assert f"县委组织部{Actor.from_os().label}" not in text
