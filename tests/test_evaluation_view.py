"""The queries the 考核 page reads: the page's list with its choices and the 优秀 share, the registers with
search keys, and the ballot opened for typing (refused at once with the tally's own message)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from cadredesk.core.evaluation import format_serial
from cadredesk.core.models import Ballot
from cadredesk.errors import UserError
from cadredesk.services import ballots, evaluation
from cadredesk.services.context import Context
from cadredesk.services.evaluation import DecideForm, DemocraticForm, EvaluationTarget, PartyForm
from cadredesk.services.evaluation_view import load_evaluation_page, load_registers
from cadredesk.services.printing import PrintRequest, print_document
from tests.evaluation_data import build


def test_page_lists_the_evaluations_of_the_batch(any_ctx: Context) -> None:
    w = build(any_ctx)
    page = load_evaluation_page(w.ctx)
    assert page.batch == w.batch and (page.kind, page.year) == ("期满考核", 2026)
    assert [c.label for c in page.choices] == ["期满考核（2026年）", "2026年年度考核", "2025年年度考核"]
    assert [x.row.name for x in page.lines] == ["王喆堃", "李四", "赵珺"] and [
        x.order for x in page.lines
    ] == [0, 1, 2]
    assert (page.excellent_limit, page.excellent_decided, page.batch_ended) == (
        0,
        0,
        True,
    )  # floor(3 × 20%) = 0
    annual = load_evaluation_page(w.ctx, page.batch_id, "年度考核", 2025)
    assert (annual.kind, annual.year) == ("年度考核", 2025) and len(annual.lines) == 3
    # a year outside the batch falls back to its last year
    assert load_evaluation_page(w.ctx, page.batch_id, "年度考核", 2030).year == 2026


def test_registers_with_initials(any_ctx: Context) -> None:
    w = build(any_ctx)
    t = EvaluationTarget(w.zhao, "期满考核", 2026)
    for party in ("unit", "org", "township"):
        evaluation.save_party(w.ctx, PartyForm(t, party, "50"))
    evaluation.save_democratic(w.ctx, DemocraticForm(t, score="50"))
    evaluation.decide_grade(w.ctx, DecideForm(t))  # 50 < 60: 不称职, decided 2026-12-05
    regs = load_registers(w.ctx)
    assert [(r.name, r.until.isoformat(), r.running) for r in regs.barred] == [("赵珺", "2029-12-04", True)]
    assert len(regs.service) == 3 and set(regs.initials) == {r.cadre_id for r in regs.service}
    assert regs.units == []


def test_ballot_for_entry_refuses_as_the_tally_would(any_ctx: Context, tmp_path: Path) -> None:
    w = build(any_ctx)
    print_document(w.ctx, "ballots", PrintRequest(out=tmp_path / "票.pdf", place="二村", copies=2))
    with w.ctx.db.reader() as s:
        s1, s2 = (format_serial(x) for x in s.scalars(select(Ballot.serial).order_by(Ballot.serial)))
    view = ballots.ballot_for_entry(w.ctx, s1)
    assert view.place == "黄河口镇二村" and [ln.name for ln in view.lines] == ["赵珺"]
    ballots.tally_ballot(w.ctx, s1, "2")
    with pytest.raises(UserError, match="同一编号不能重复录入") as dup:
        ballots.ballot_for_entry(w.ctx, s1)
    assert dup.value.key == "duplicate-serial"
    assert [ln.marks for ln in ballots.ballot_for_entry(w.ctx, s1, correct=True).lines] == ["2"]
    with pytest.raises(UserError, match="尚未录入，无需更正"):
        ballots.ballot_for_entry(w.ctx, s2, correct=True)
    ballots.void_ballot(w.ctx, s2, "撕毁")
    with pytest.raises(UserError, match="已作废"):
        ballots.ballot_for_entry(w.ctx, s2)
