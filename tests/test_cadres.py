"""Cadre service: ID rules, validation messages, save/update, optimistic concurrency, search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cadredesk.core import idnumber
from cadredesk.core.models import AuditEntry, Cadre
from cadredesk.errors import Conflict, ValidationError
from cadredesk.services import cadres
from cadredesk.services.context import Context
from tests.factories import make_id, reference


def test_id_parse_derives_birth_and_gender() -> None:
    number = make_id(dt.date(1986, 2, 28), male=False)
    info = idnumber.parse(number.lower())
    assert info.birth_date == dt.date(1986, 2, 28)
    assert info.gender == "女"
    assert idnumber.parse(f"  {number[:6]} {number[6:14]}　{number[14:]} ").number == number


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (3.70502198602281e17, "数字"),
        ("3.70502198602281E+17", "科学计数法"),
        ("370502198602", "18位"),
        ("370502860228123", "15位"),
        ("37050219860230001X", "不存在"),
        ("", "为空"),
    ],
)
def test_id_errors_are_clear(raw: object, fragment: str) -> None:
    with pytest.raises(idnumber.IdNumberError, match=fragment):
        idnumber.parse(raw)


def test_check_digit_error_names_expected_digit() -> None:
    good = make_id(dt.date(1990, 5, 1))
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    with pytest.raises(idnumber.IdNumberError, match=f"末位应为 {good[-1]}"):
        idnumber.parse(bad)


def test_validate_fills_and_cross_checks() -> None:
    number = make_id(dt.date(1985, 3, 12), male=True)
    clean, errors = cadres.validate(cadres.CadreForm(name="张 三", id_number=number))
    assert errors == {}
    assert (clean.name, clean.gender, clean.birth_date) == ("张三", "男", dt.date(1985, 3, 12))
    _, errors = cadres.validate(
        cadres.CadreForm(name="李四", id_number=number, gender="女", birth_date=dt.date(1985, 3, 13))
    )
    assert "性别" in errors["gender"] and "1985-03-12" in errors["birth_date"]
    _, errors = cadres.validate(cadres.CadreForm(name="A", id_number=number, ethnicity="火星族"))
    assert set(errors) == {"name", "ethnicity"}


def test_save_update_conflict_and_audit(any_ctx: Context) -> None:
    with any_ctx.db.session() as s:
        ref = reference(s)
        unit_id = ref["unit"].id  # type: ignore[attr-defined]
    number = make_id(dt.date(1990, 1, 2), male=False)
    cid = cadres.save_cadre(any_ctx, cadres.CadreForm(name="王玥", id_number=number, unit_id=unit_id))
    form = cadres.get_cadre(any_ctx, cid)
    assert (form.gender, form.birth_date, form.version) == ("女", dt.date(1990, 1, 2), 1)
    with any_ctx.db.reader() as s:
        row = s.get(Cadre, cid)
        assert row is not None and "wy" in row.name_initials.split()
    # two clerks open the same record; the second save loses
    first, second = cadres.get_cadre(any_ctx, cid), cadres.get_cadre(any_ctx, cid)
    first.phone = "13800000000"
    cadres.save_cadre(any_ctx, first)
    second.post = "科员"
    with pytest.raises(Conflict):
        cadres.save_cadre(any_ctx, second)
    with any_ctx.db.reader() as s:
        row = s.get(Cadre, cid)
        assert row is not None and row.phone == "13800000000" and row.post is None and row.version == 2
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions == ["cadre.create", "cadre.update"]


def test_duplicate_id_refused(any_ctx: Context) -> None:
    number = make_id(dt.date(1979, 9, 9))
    cadres.save_cadre(any_ctx, cadres.CadreForm(name="赵六", id_number=number))
    with pytest.raises(ValidationError, match="已属于另一名干部"):
        cadres.save_cadre(any_ctx, cadres.CadreForm(name="赵七", id_number=number))


def test_search_by_name_initials_and_id(ctx: Context) -> None:
    people = [("单晓明", make_id(dt.date(1980, 1, 1))), ("张三", make_id(dt.date(1981, 1, 1)))]
    for name, number in people:
        cadres.save_cadre(ctx, cadres.CadreForm(name=name, id_number=number))
    rows = {r.name: r for r in cadres.list_cadres(ctx)}
    shan = rows["单晓明"]
    assert cadres.matches(shan, "sxm") and cadres.matches(shan, "dxm") and cadres.matches(shan, "SX")
    assert cadres.matches(shan, "晓明") and not cadres.matches(shan, "张")
    assert cadres.matches(shan, people[0][1][-6:]) and not cadres.matches(shan, people[1][1][-6:])
    assert cadres.matches(rows["张三"], "zs") and not cadres.matches(rows["张三"], "sxm")


def test_sort_keys_refreshed_when_stroke_data_changes(any_ctx: Context) -> None:
    from cadredesk.core.models import Setting
    from cadredesk.core.names import stroke_key
    from cadredesk.services.maintenance import STROKES_KEY, refresh_sort_keys

    cid = cadres.save_cadre(
        any_ctx, cadres.CadreForm(name="欧阳娜娜", id_number=make_id(dt.date(1991, 3, 3)))
    )
    with any_ctx.db.session() as s:
        row = s.get(Cadre, cid)
        assert row is not None
        row.name_strokes = "stale"
        s.add(Setting(key=STROKES_KEY, value="older-data"))
    assert refresh_sort_keys(any_ctx) == 1
    assert refresh_sort_keys(any_ctx) == 0  # up to date now
    with any_ctx.db.session() as s:
        row = s.get(Cadre, cid)
        assert row is not None and row.name_strokes == stroke_key("欧阳娜娜")
