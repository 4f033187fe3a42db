"""Services the data-safety pages call: login messages (attempts left, locked until), unlocking an account,
ID numbers masked in the roster and the cadre form for roles without REVEAL, restore-list tiers, list
exports under the EXPORT permission."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from cadredesk.core.retention import keep, tiers
from cadredesk.errors import AccountLocked, LoginFailed, PermissionDenied, ValidationError
from cadredesk.services import cadres, exports, roster_view, users
from cadredesk.services.context import Context
from cadredesk.storage.engine import Database
from tests.gui_data import populate

FULL_ID = re.compile(r"\d{17}[\dXx]")
PW = {
    "admin": "Guanli-2026!",
    "shenji": "Audit-Pass-2026!",
    "clerk": "Yewu-Pass-2026",
    "xz": "Xiang-Zhen-2026",
}
ROLES = {"shenji": "安全审计员", "clerk": "业务操作员", "xz": "乡镇联络员"}


def with_accounts(ctx: Context) -> dict[str, Context]:
    """The four roles, each logged in with its own password (initial passwords changed)."""
    users.setup_admin(ctx, "admin", PW["admin"])
    admin = users.logged_in(ctx, users.login(ctx, "admin", PW["admin"]))
    out = {"admin": admin}
    for name, role in ROLES.items():
        township = "黄河口镇" if role == "乡镇联络员" else None
        users.create_user(admin, name, role, "Initial-Pass-1", township=township)
        first = users.logged_in(ctx, users.login(ctx, name, "Initial-Pass-1"))
        users.change_password(first, "Initial-Pass-1", PW[name])
        out[name] = users.logged_in(ctx, users.login(ctx, name, PW[name]))
    return out


@pytest.fixture
def people(ctx: Context, db: Database) -> dict[str, int]:
    return populate(db)


def test_wrong_passwords_say_how_many_attempts_are_left_then_until_when(ctx: Context) -> None:
    users.setup_admin(ctx, "admin", PW["admin"])
    now = dt.datetime(2026, 3, 2, 8, 0)
    at = Context(db=ctx.db, actor=ctx.actor, now=lambda: now)
    for left in (4, 3, 2, 1):
        with pytest.raises(LoginFailed) as failed:
            users.login(at, "admin", "Wrong-Pass-1")
        assert failed.value.message == f"用户名或密码不正确。再输错 {left} 次，账号将锁定 15 分钟。"
        assert failed.value.result == left
    with pytest.raises(AccountLocked) as locked:
        users.login(at, "admin", "Wrong-Pass-1")
    until = dt.datetime(2026, 3, 2, 8, 15)
    assert locked.value.result == until
    local = until.replace(tzinfo=dt.UTC).astimezone()
    assert f"{local:%H:%M}" in locked.value.message and "账号已锁定 15 分钟" in locked.value.message
    with pytest.raises(AccountLocked) as again:  # the right password while locked
        users.login(at, "admin", PW["admin"])
    assert "已锁定至" in again.value.message and "请 15 分钟后再试" in again.value.message


def test_an_administrator_unlocks_an_account_without_changing_its_password(
    ctx: Context, people: dict[str, int]
) -> None:
    accounts = with_accounts(ctx)
    for _ in range(5):
        with pytest.raises((LoginFailed, AccountLocked)):
            users.login(ctx, "clerk", "Wrong-Pass-1")
    [row] = [u for u in users.list_users(accounts["admin"]) if u.username == "clerk"]
    assert row.locked_until is not None
    with pytest.raises(PermissionDenied):
        users.unlock_account(accounts["clerk"], "clerk")
    unlocked = users.unlock_account(accounts["admin"], "clerk")
    assert unlocked.locked_until is None
    assert users.login(ctx, "clerk", PW["clerk"]).actor.username == "clerk"  # the old password works
    with pytest.raises(ValidationError, match="没有被锁定"):
        users.unlock_account(accounts["admin"], "clerk")


def test_the_roster_and_the_cadre_form_mask_ids_for_roles_without_reveal(
    ctx: Context, people: dict[str, int]
) -> None:
    accounts = with_accounts(ctx)
    full = roster_view.load_roster(accounts["clerk"], None)  # 业务操作员 may see them
    assert full.rows and all(FULL_ID.fullmatch(r.id_number) for r in full.rows)
    for name in ("shenji", "admin", "xz"):
        snap = roster_view.load_roster(accounts[name], None)
        assert snap.rows, name
        for row, whole in zip(snap.rows, full.rows, strict=True):
            assert row.id_number == whole.id_number[:6] + "********" + whole.id_number[-4:]
    form = cadres.get_cadre(accounts["shenji"], people["张三"])
    whole = cadres.get_cadre(accounts["clerk"], people["张三"])
    assert form.id_number == whole.id_number[:6] + "********" + whole.id_number[-4:]
    assert not FULL_ID.search(form.id_number)
    # only the year and month of the birth date: with the day the masked digits could be rebuilt
    assert whole.birth_date is not None and form.birth_date == whole.birth_date.replace(day=1)
    assert form.birth_masked and not whole.birth_masked


def test_restore_list_tiers_worked_out_by_hand() -> None:
    # 20 March 2026 is a Friday (ISO week 12; week 11 runs 9–15 March)
    now = dt.datetime(2026, 3, 20, 12, 0)
    t = {
        "20 09:00": dt.datetime(2026, 3, 20, 9, 0),  # within 24 hours: daily
        "19 18:00": dt.datetime(2026, 3, 19, 18, 0),  # within 24 hours: daily
        "19 08:00": dt.datetime(2026, 3, 19, 8, 0),  # not the newest of its day, week or month: dropped
        "14": dt.datetime(2026, 3, 14, 8, 0),  # the 7th distinct day (20, 19, 18, 17, 16, 15, 14): daily
        "13": dt.datetime(2026, 3, 13, 8, 0),  # 8th day; its week 11 is already kept by the 15th: dropped
        "Feb 20": dt.datetime(2026, 2, 20, 8, 0),  # week 8, the 3rd week seen: weekly
        "Feb 10": dt.datetime(2026, 2, 10, 8, 0),  # week 7, the 4th week: weekly
        "Jan 5": dt.datetime(2026, 1, 5, 8, 0),  # a 5th week is too many; January, the 3rd month: monthly
    }
    days = [dt.datetime(2026, 3, d, 8, 0) for d in (18, 17, 16, 15)]
    got = tiers([*t.values(), *days], now)
    assert {k: got.get(v, "") for k, v in t.items()} == {
        "20 09:00": "daily",
        "19 18:00": "daily",
        "19 08:00": "",
        "14": "daily",
        "13": "",
        "Feb 20": "weekly",
        "Feb 10": "weekly",
        "Jan 5": "monthly",
    }
    assert [got[d] for d in days] == ["daily"] * 4
    assert set(got) == keep([*t.values(), *days], now)  # the tiers name exactly what the thinning keeps


def test_list_exports_need_the_export_permission(
    ctx: Context, people: dict[str, int], tmp_path: Path
) -> None:
    accounts = with_accounts(ctx)
    cols, rows = ["用户名"], [["甲"]]
    out = exports.export_list(accounts["xz"], tmp_path / "a.xlsx", title="清单", columns=cols, rows=rows)
    assert out.path.exists()  # 乡镇联络员 exports (EXPORT) though it may not edit
    with pytest.raises(PermissionDenied, match="导出和打印"):
        exports.export_list(accounts["shenji"], tmp_path / "b.xlsx", title="清单", columns=cols, rows=rows)
