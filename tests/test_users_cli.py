"""Users and roles through the real `cadredesk-cli`: first-run administrator, must-change passwords,
lockout after 5 failed logins, the role matrix (separation of duties), a township clerk limited to one
township, ID and phone numbers masked in lists unless the role may see them, the idle-lock setting."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.factories import make_id

CLI = Path(sys.executable).with_name("cadredesk-cli")
FULL_ID = re.compile(r"\d{17}[\dXx]")


class Clerks:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "用户.sqlite"

    def pw(self, secret: str) -> Path:
        f = self.folder / f"pw-{abs(hash(secret))}.txt"
        f.write_text(secret + "\n", encoding="utf-8")
        return f

    def run(
        self, user: str | None, password: str | None, *args: str | Path
    ) -> subprocess.CompletedProcess[str]:
        login = ["--user", user, "--password-file", str(self.pw(password or ""))] if user else []
        cmd = [str(CLI), "--db", str(self.db), *login, *map(str, args)]
        return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300)


PASSWORDS = {
    "admin": "Guanli-2026!",
    "clerk": "Yewu-Pass-2026",
    "shenji": "Audit-Pass-2026!",
    "xz": "Xiang-Zhen-2026",
}
IDS = [make_id(dt.date(1980, 1, 1) + dt.timedelta(days=300 * i), seq=i) for i in range(1, 4)]


@pytest.fixture(scope="module")
def clerks(tmp_path_factory: pytest.TempPathFactory) -> Clerks:
    c = Clerks(tmp_path_factory.mktemp("users"))
    book = c.folder / "名单.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["序号", "姓名", "身份证号", "派出单位", "乡镇", "派驻村", "派驻身份", "联系电话"])
    ws.append([1, "张三丰", IDS[0], "县财政局", "黄河口镇", "一村", "队员", "13800001111"])
    ws.append([2, "李四明", IDS[1], "县财政局", "黄河口镇", "二村", "队员", "13800002222"])
    ws.append([3, "王五福", IDS[2], "县农业局", "老镇", "三村", "队员", "13800003333"])
    wb.save(book)
    res = c.run(None, None, "import", "roster", book, "--batch", "2027年驻村", "--create-places")
    assert res.returncode == 0, res.stderr  # single-user mode: no account yet

    res = c.run(None, None, "user", "setup", "admin", "--new-password-file", c.pw(PASSWORDS["admin"]))
    assert res.returncode == 0, res.stderr
    for name, role, extra in (
        ("clerk", "业务操作员", []),
        ("shenji", "安全审计员", []),
        ("xz", "乡镇联络员", ["--township", "黄河口镇"]),
    ):
        res = c.run("admin", PASSWORDS["admin"], "user", "add", name, "--role", role, *extra,
                    "--new-password-file", c.pw("Initial-Pass-1"))  # fmt: skip
        assert res.returncode == 0, res.stderr
        # the first login must change the initial password
        res = c.run(name, "Initial-Pass-1", "batch", "list")
        assert res.returncode == 1 and "须先修改初始密码" in res.stderr
        res = c.run(name, "Initial-Pass-1", "user", "passwd", "--new-password-file", c.pw(PASSWORDS[name]))
        assert res.returncode == 0, res.stderr
    return c


def as_(c: Clerks, name: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return c.run(name, PASSWORDS[name], *args)


def test_after_setup_every_command_needs_a_login(clerks: Clerks) -> None:
    res = clerks.run(None, None, "list", "cadres")
    assert res.returncode == 1 and "已启用用户登录" in res.stderr
    res = clerks.run(
        None, None, "user", "setup", "other", "--new-password-file", clerks.pw("Other-Pass-2026")
    )
    assert res.returncode == 1 and "Traceback" not in res.stderr  # only the first run sets up an admin


ROLE_MATRIX = [
    # (user, command, allowed)
    ("admin", ("batch", "add", "管理员的批次", "--start", "2028-01-01", "--end", "2028-12-31"), False),
    ("shenji", ("batch", "add", "审计员的批次", "--start", "2028-01-01", "--end", "2028-12-31"), False),
    ("xz", ("batch", "add", "乡镇的批次", "--start", "2028-01-01", "--end", "2028-12-31"), False),
    ("clerk", ("batch", "add", "操作员的批次", "--start", "2028-01-01", "--end", "2028-12-31"), True),
    ("clerk", ("user", "add", "x1", "--role", "业务操作员", "--new-password-file", "{pw}"), False),
    ("shenji", ("user", "list"), False),
    ("admin", ("user", "list"), True),
    ("clerk", ("audit", "verify"), False),
    ("admin", ("audit", "verify"), False),
    ("shenji", ("audit", "verify"), True),
    ("shenji", ("backup", "--out", "{out}"), False),
    ("admin", ("backup", "--out", "{out}"), True),
    ("clerk", ("restore", "{out}", "--yes"), False),
    ("admin", ("user", "idle-lock", "15"), True),
    ("clerk", ("user", "idle-lock", "5"), False),
    ("xz", ("exchange", "export", "--township", "老镇", "--out", "{zip}"), False),
    ("xz", ("exchange", "export", "--out", "{zip}"), True),
]


def test_the_role_matrix(clerks: Clerks) -> None:
    mismatches = []
    for user, command, allowed in ROLE_MATRIX:
        args = [
            a.format(
                pw=clerks.pw("Initial-Pass-9"), out=clerks.folder / "b.cdbak", zip=clerks.folder / "p.zip"
            )
            for a in command
        ]
        res = as_(clerks, user, *args)
        assert "Traceback" not in res.stderr and "内部错误" not in res.stderr, res.stderr
        if (res.returncode == 0) != allowed:
            mismatches.append((user, command, res.returncode, res.stderr.strip()[:120]))
        if not allowed:
            assert res.returncode == 1 and ("没有“" in res.stderr or "不属于您负责的乡镇" in res.stderr), (
                res.stderr
            )
    assert mismatches == []
    res = as_(clerks, "clerk", "user", "idle-lock")
    assert res.returncode == 0 and "空闲 15 分钟" in res.stdout  # everyone reads the setting


def test_ids_and_phones_are_masked_unless_the_role_may_see_them(clerks: Clerks) -> None:
    def listed(user: str) -> list[dict[str, str]]:
        res = as_(clerks, user, "list", "cadres", "--json")
        assert res.returncode == 0, res.stderr
        return list(json.loads(res.stdout))

    full = {r["name"]: r for r in listed("clerk")}  # 业务操作员 may see them
    assert full["张三丰"]["id_number"] == IDS[0]
    for user in ("admin", "shenji", "xz"):
        rows = listed(user)
        assert rows and not FULL_ID.search(json.dumps(rows))
        for r in rows:
            want = full[r["name"]]["id_number"]
            assert r["id_number"] == want[:6] + "********" + want[-4:]
            # the full birth date beside 前6位 + 后4位 would give the hidden digits back: year-month only
            assert r["birth_date"] == full[r["name"]]["birth_date"][:7]
    assert len(full["张三丰"]["birth_date"]) == 10  # 业务操作员: the whole date
    # text output is masked for everybody
    assert not FULL_ID.search(as_(clerks, "clerk", "list", "cadres").stdout)


def test_a_township_clerk_sees_only_their_township(clerks: Clerks) -> None:
    res = as_(clerks, "xz", "list", "cadres", "--json")
    assert res.returncode == 0, res.stderr
    assert sorted(r["name"] for r in json.loads(res.stdout)) == ["张三丰", "李四明"]
    assert {r["township"] for r in json.loads(res.stdout)} == {"黄河口镇"}


def test_five_wrong_passwords_lock_the_account(clerks: Clerks) -> None:
    res = clerks.run("admin", PASSWORDS["admin"], "user", "add", "victim", "--role", "业务操作员",
                     "--new-password-file", clerks.pw("Initial-Pass-1"))  # fmt: skip
    assert res.returncode == 0, res.stderr
    for i in range(5):
        res = clerks.run("victim", f"Wrong-Pass-{i}", "batch", "list")
        said = "用户名或密码不正确" if i < 4 else "连续输错 5 次，账号已锁定 15 分钟"
        assert res.returncode == 1 and said in res.stderr, res.stderr
        assert "Traceback" not in res.stderr
    res = clerks.run(
        "victim", "Initial-Pass-1", "user", "passwd", "--new-password-file", clerks.pw("New-Pass-2026")
    )
    assert res.returncode == 1 and "锁定" in res.stderr, res.stderr  # the right password no longer opens it
    res = clerks.run("nobody-here", "Whatever-1", "batch", "list")
    assert res.returncode == 1 and "用户名或密码不正确" in res.stderr  # an unknown name says the same
    users = json.loads(as_(clerks, "admin", "user", "list", "--json").stdout)
    [victim] = [u for u in users if u["username"] == "victim"]
    assert victim["locked_until"]
    # the administrator unlocks by resetting the password (to be changed at the next login)
    res = as_(clerks, "admin", "user", "reset", "victim", "--new-password-file", clerks.pw("Reset-Pass-2026"))
    assert res.returncode == 0, res.stderr
    res = clerks.run(
        "victim", "Reset-Pass-2026", "user", "passwd", "--new-password-file", clerks.pw("New-Pass-2026")
    )
    assert res.returncode == 0, res.stderr
    # every login, failed or not, is in the audit log
    entries = json.loads(as_(clerks, "shenji", "audit", "list", "--limit", "200", "--json").stdout)
    failed = [e for e in entries if e["action"].startswith("user.login") and e["result"] != "ok"]
    assert len(failed) >= 5


def test_the_idle_lock_follows_the_setting_on_a_fake_clock(tmp_path: Path) -> None:
    from cadredesk.errors import LoginFailed
    from cadredesk.services import settings, users
    from tests.safety_helpers import small_database

    ctx = small_database(tmp_path / "锁屏.sqlite")
    assert settings.idle_lock_minutes(ctx) == 10  # 等保's ten minutes by default
    users.setup_admin(ctx, "admin", PASSWORDS["admin"])
    admin = users.logged_in(ctx, users.login(ctx, "admin", PASSWORDS["admin"]))
    settings.set_idle_lock_minutes(admin, 2)
    with pytest.raises(Exception, match="1 至 60"):
        settings.set_idle_lock_minutes(admin, 0)  # the lock cannot be switched off
    now = [1000.0]
    lock = users.idle_lock(admin, clock=lambda: now[0])
    now[0] += 119
    assert not lock.locked
    lock.touch()  # input resets the timer
    now[0] += 119
    assert not lock.locked
    now[0] += 1
    assert lock.locked
    lock.touch()  # input does not unlock
    assert lock.locked
    with pytest.raises(LoginFailed):
        users.unlock(admin, "Wrong-Pass-1")
    users.unlock(admin, PASSWORDS["admin"])
    lock.unlocked()
    assert not lock.locked and lock.remaining() == 120
    ctx.db.close()
