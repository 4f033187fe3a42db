"""Every field the on-post rules look at can be entered, imported and corrected: leader visits,
households and their (joint) visits, insurance, Party transfer, allowance, 实绩/负面表现 entries."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from cadredesk.cli import main
from cadredesk.core.models import LeaderVisit
from cadredesk.errors import NotFound, ValidationError
from cadredesk.services import attendance, onpost, performance, visits
from cadredesk.services.checks import run_checks
from cadredesk.services.context import Context
from tests import onpost_data
from tests.onpost_data import BATCH

D = dt.date


def workbook(path: Path, header: list[str], rows: list[list[object]], title: str = "") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    if title:
        ws.append([title])
        ws.append(["填报单位：县委组织部", "", "填报日期：2026年7月1日"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["合计", len(rows)])
    wb.save(path)
    return path


# --------------------------------------------------------------------------- leader visits


def test_leader_visit_entry_and_import(ctx: Context, tmp_path: Path) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(D(2026, 7, 1))
    row = visits.save_leader_visit(
        now,
        visits.LeaderVisitForm(
            camp.batch_id, "县农业农村局", "孙主任", D(2026, 3, 5), "西村", content="看望驻村干部"
        ),
    )
    assert (row.role, row.township, row.place, row.warnings) == ("主要负责人", "黄河口镇", "西村", ())
    fixed = visits.save_leader_visit(
        now, visits.LeaderVisitForm(camp.batch_id, "县农业农村局", "孙主任", D(2026, 3, 6), "西村", id=row.id)
    )
    assert fixed.day == D(2026, 3, 6) and fixed.id == row.id
    with pytest.raises(ValidationError, match="主要负责人还是分管负责人"):
        visits.save_leader_visit(
            now, visits.LeaderVisitForm(camp.batch_id, "县农业农村局", "钱科长", D(2026, 3, 6), "西村")
        )
    with pytest.raises(ValidationError, match="晚于今天"):
        visits.save_leader_visit(
            now, visits.LeaderVisitForm(camp.batch_id, "县农业农村局", "孙主任", D(2026, 7, 2), "西村")
        )
    with pytest.raises(ValidationError, match="不在批次"):
        visits.save_leader_visit(
            now, visits.LeaderVisitForm(camp.batch_id, "县农业农村局", "孙主任", D(2025, 11, 2), "西村")
        )
    with pytest.raises(NotFound, match="未登记"):
        visits.save_leader_visit(
            now, visits.LeaderVisitForm(camp.batch_id, "县水利局", "孙主任", D(2026, 3, 6), "西村")
        )
    f = workbook(
        tmp_path / "领导到村.xlsx",
        ["序号", "派出单位", "领导姓名", "身份", "到村日期", "乡镇", "村（社区）", "看望内容"],
        [
            [1, "县农业农村局", "周副主任", "分管负责人", "2026.4.8", "黄河口镇", "东村", "听取工作汇报"],
            [
                2,
                "县农业农村局",
                "周副主任",
                "分管领导",
                dt.datetime(2026, 6, 18),
                "永安镇",
                "北村",
                "协调解决困难",
            ],
            [3, "县农业农村局", "孙主任", "主要领导", "2026-03-06", "黄河口镇", "西村", "（已登记）"],
            [4, "县财政局", "吴局长", "主要负责人", "2026-05-01", "永安镇", "北村", ""],
            [5, "县农业农村局", "周副主任", "分管负责人", "2026-05-20", "", "东村", ""],
        ],
        title="2026年派出单位领导到村看望情况登记表",
    )
    with pytest.raises(ValidationError) as err:
        visits.import_leader_visits(now, f, BATCH)
    assert [(r["row"], r["reason"]) for r in err.value.result.rejected] == [
        (7, "派出单位“县财政局”未登记"),
        (8, "有 2 个名为“东村”的村（社区）（黄河口镇、永安镇），请写明乡镇"),
    ]
    rep = visits.import_leader_visits(now, f, BATCH, skip_invalid=True)
    assert (rep.imported, rep.skipped) == (2, 1)  # the visit of 6 March was there already
    again = visits.import_leader_visits(now, f, BATCH, skip_invalid=True)
    assert (again.imported, again.skipped) == (0, 3)  # a file imported twice adds nothing
    rows = visits.list_leader_visits(now, BATCH)
    assert [(r.day, r.leader, r.role, r.place) for r in rows] == [
        (D(2026, 6, 18), "周副主任", "分管负责人", "北村"),
        (D(2026, 4, 8), "周副主任", "分管负责人", "东村"),
        (D(2026, 3, 6), "孙主任", "主要负责人", "西村"),
    ]
    visits.delete_leader_visit(now, rows[0].id)
    assert len(visits.list_leader_visits(now, BATCH)) == 2
    with ctx.db.reader() as s:
        assert s.query(LeaderVisit).count() == 2


# --------------------------------------------------------------------------- households


def test_households_joint_visits_and_the_rule(any_ctx: Context) -> None:
    camp = onpost_data.build(any_ctx)
    now = any_ctx.at(D(2026, 12, 1))
    zw, wf = camp.did("张伟"), camp.did("王芳")
    homes = [
        visits.save_household(
            now, visits.HouseholdForm(zw, head, "东村3组", "脱贫户" if i == 0 else "一般户")
        )
        for i, head in enumerate(("刘大爷", "张婶", "王叔", "李奶奶", "赵哥"))
    ]
    assert [h.place for h in homes] == ["东村"] * 5
    for h in homes:
        for m in (1, 4, 7, 10):
            visits.record_household_visit(now, visits.HouseholdVisitForm(h.id, D(2026, m, 15), (zw,)))
    # a joint visit: 王芳 goes along with 张伟 — one visit, two cadres
    joint = visits.record_household_visit(
        now, visits.HouseholdVisitForm(homes[0].id, D(2026, 11, 3), (zw, wf), "了解就医报销")
    )
    assert joint.cadres == ("张伟", "王芳") or joint.cadres == ("王芳", "张伟")
    hv = visits.household_visits(now, homes[0].id)
    assert len(hv) == 5 and hv[0].day == D(2026, 11, 3) and len(hv[0].cadres) == 2
    found = [
        v
        for v in run_checks(now).violations
        if v.rule == "household-visits-short" and v.target == ("dispatch", zw)
    ]
    assert found == []  # 4 visits a year each (the fifth is the joint one)
    # one visit removed: 张婶 has 3 in the finished year → a problem for 张伟
    visits.delete_household_visit(now, visits.household_visits(now, homes[1].id)[0].id)
    found = [
        v
        for v in run_checks(now).violations
        if v.rule == "household-visits-short" and v.target == ("dispatch", zw)
    ]
    assert [(v.severity, v.detail) for v in found] == [
        ("error", "驻村年度 2025-12-01 至 2026-11-30 联系户走访应不少于 4 次：张婶 3 次")
    ]
    # 王芳 has no household of her own: reminded to link about five
    mine = [
        v.detail
        for v in run_checks(now).violations
        if v.rule == "household-visits-short" and v.target == ("dispatch", wf)
    ]
    assert mine == ["联系户 0 户，应联系 5 户左右"]
    with pytest.raises(ValidationError, match="至少一人"):
        visits.record_household_visit(now, visits.HouseholdVisitForm(homes[0].id, D(2026, 5, 1), ()))
    with pytest.raises(ValidationError, match="不在派驻期"):
        visits.record_household_visit(
            now, visits.HouseholdVisitForm(homes[0].id, D(2026, 3, 1), (camp.did("李强"),))
        )
    listed = visits.list_households(now, dispatch_id=zw)
    assert [(h.head_name, h.visits) for h in listed] == [
        ("刘大爷", 5),
        ("张婶", 3),
        ("王叔", 4),
        ("李奶奶", 4),
        ("赵哥", 4),
    ]
    visits.delete_household(now, homes[4].id)
    assert len(visits.list_households(now, batch=BATCH)) == 4


# --------------------------------------------------------------------------- insurance, Party transfer, allowance


def test_post_info_per_cadre_and_the_rules(any_ctx: Context) -> None:
    camp = onpost_data.build(any_ctx)
    now = any_ctx.at(D(2026, 1, 20))
    zw = camp.did("张伟")
    found = {(v.rule, v.target) for v in run_checks(now).violations}
    assert ("insurance-missing", ("dispatch", zw)) in found
    assert ("party-transfer-missing", ("dispatch", zw)) in found  # 50 days on post
    assert ("party-transfer-missing", ("dispatch", camp.did("刘洋"))) not in found  # 群众
    assert ("party-transfer-missing", ("dispatch", camp.did("赵磊"))) not in found  # an enterprise
    info = onpost.save_post_info(
        now,
        zw,
        onpost.PostInfoChange(
            insurer="中国人民财产保险股份有限公司", policy="PEAC2025370599000001", insurance_start=D(2025, 2, 10),
            insurance_expiry=D(2026, 2, 9), party_transfer_date=D(2025, 12, 15),
        ),
    )  # fmt: skip
    assert (info.insurer, info.insurance_expiry, info.party_transfer_date) == (
        "中国人民财产保险股份有限公司",
        D(2026, 2, 9),
        D(2025, 12, 15),
    )
    found = {(v.rule, v.target) for v in run_checks(now).violations}
    assert ("insurance-missing", ("dispatch", zw)) not in found
    assert ("insurance-expiring", ("dispatch", zw)) in found  # 20 days left: the 30-day notice
    assert ("party-transfer-missing", ("dispatch", zw)) not in found
    with pytest.raises(ValidationError, match="早于起期"):
        onpost.save_post_info(now, zw, onpost.PostInfoChange(insurance_start=D(2026, 3, 1)))
    with pytest.raises(ValidationError, match="晚于今天"):
        onpost.save_post_info(now, zw, onpost.PostInfoChange(party_transfer_date=D(2026, 2, 1)))
    # a correction: clear the transfer date, renew the policy
    info = onpost.save_post_info(
        now,
        zw,
        onpost.PostInfoChange(
            party_transfer_date=None, insurance_start=D(2026, 2, 10), insurance_expiry=D(2027, 2, 9)
        ),
    )
    assert info.party_transfer_date is None and info.policy == "PEAC2025370599000001"


def test_post_info_import(ctx: Context, tmp_path: Path) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(D(2026, 2, 1))
    f = workbook(
        tmp_path / "保险.xlsx",
        [
            "序号",
            "被保险人",
            "身份证号",
            "保险公司",
            "保单号",
            "起保日期",
            "到期日期",
            "党组织关系转入日期",
            "生活补助标准（元/月）",
        ],
        [
            [
                1,
                "张伟",
                camp.idn("张伟"),
                "中国人寿保险股份有限公司",
                "P001",
                "2025-12-01",
                "2026-11-30",
                "2025.12.8",
                "1,800元",
            ],
            [2, "王芳", "", "中国人寿保险股份有限公司", "P002", "2025-12-01", "2026-11-30", "", ""],
            [
                3,
                "张伟",
                "",
                "中国人寿保险股份有限公司",
                "P003",
                "2025-12-01",
                "2026-11-30",
                "",
                "",
            ],  # two of that name
            [
                4,
                "陈静",
                "",
                "中国人寿保险股份有限公司",
                "P004",
                "2025-12-01",
                "2025-11-30",
                "",
                "",
            ],  # expiry < start
        ],
    )
    with pytest.raises(ValidationError) as err:
        onpost.import_post_info(now, f, BATCH)
    assert [(r["row"], r["reason"]) for r in err.value.result.rejected] == [
        (4, "名单中有 2 名“张伟”，请填写身份证号"),
        (5, "保险止期 2025-11-30 早于起期 2025-12-01"),
    ]
    rep = onpost.import_post_info(now, f, BATCH, skip_invalid=True)
    assert rep.imported == 2
    zw = onpost.post_info(now, camp.did("张伟"))
    assert (zw.policy, zw.party_transfer_date, zw.allowance_per_month) == (
        "P001",
        D(2025, 12, 8),
        Decimal("1800.00"),
    )
    wf = onpost.post_info(now, camp.did("王芳"))
    assert (wf.policy, wf.allowance_per_month) == ("P002", Decimal("1500.00"))  # a blank cell keeps the value
    again = onpost.import_post_info(now, f, BATCH, skip_invalid=True)
    assert (again.imported, again.skipped) == (0, 2)


def test_allowance_from_days_in_post_and_its_workbook(ctx: Context, tmp_path: Path) -> None:
    camp = onpost_data.build(ctx)
    now = ctx.at(D(2026, 4, 2))
    edits = []
    for name, n in (("张伟", 31), ("王芳", 11), ("李强", 16)):
        did = camp.did(name)
        first = 10 if name == "李强" else 1
        edits += [
            attendance.MarkEdit(did, D(2026, 3, d), "在" if d - first < n else "休") for d in range(first, 32)
        ]
    attendance.set_marks(now, edits)
    onpost.save_post_info(now, camp.did("陈静"), onpost.PostInfoChange(allowance_per_month=None))
    sheet = onpost.allowance_sheet(now, BATCH, 2026, 3)
    amounts = {r.dispatch_id: r.amount for r in sheet.rows}
    assert amounts[camp.did("张伟")] == Decimal("1500.00")
    assert amounts[camp.did("王芳")] == Decimal("750.00")  # 11 of 22
    assert amounts[camp.did("李强")] == Decimal("1090.91")  # 16 of 16 required, of a month of 22
    assert amounts[camp.did("陈静")] is None
    assert sheet.warnings == ["1 人未设定生活补助标准，未计算金额"]
    out = onpost.export_allowance(now, BATCH, 2026, 3, tmp_path / "补助.xlsx")
    assert out.rows == 7 and out.total == sheet.total
    ws = load_workbook(out.path).active
    assert ws is not None
    assert ws["A1"].value == f"{BATCH}驻村干部2026年3月生活补助发放表"
    body = {ws.cell(row=r, column=4).value: ws.cell(row=r, column=8).value for r in range(4, 11)}
    assert body["王芳"] == Decimal("750.00") or float(body["王芳"]) == 750.0
    assert ws.cell(row=11, column=1).value == "合计" and float(ws.cell(row=11, column=8).value) == float(
        sheet.total
    )
    n = onpost.set_allowance_standard(now, BATCH, Decimal("1600"), township_id=camp.townships["黄河口镇"])
    assert n == 3


# --------------------------------------------------------------------------- 实绩 and 负面表现


def test_performance_lists(any_ctx: Context) -> None:
    camp = onpost_data.build(any_ctx)
    now = any_ctx.at(D(2026, 6, 30))
    zw = camp.did("张伟")
    a = performance.save_performance(
        now,
        performance.PerformanceForm(zw, "实绩", D(2026, 5, 10), "协调资金30万元，硬化村内道路2公里", "3.5"),
    )
    n = performance.save_performance(
        now, performance.PerformanceForm(zw, "负面表现清单", D(2026, 6, 2), "工作日抽查不在岗", "-3")
    )
    assert (a.kind, a.score, n.kind, n.score) == ("实绩", Decimal("3.5"), "负面表现", Decimal("-3.0"))
    performance.save_performance(
        now, performance.PerformanceForm(zw, "实绩", D(2026, 5, 11), "改正后的内容", None, id=a.id)
    )
    rows = performance.list_performance(now, dispatch_id=zw)
    assert [(r.kind, r.content) for r in rows] == [("负面表现", "工作日抽查不在岗"), ("实绩", "改正后的内容")]
    assert [r.kind for r in performance.list_performance(now, BATCH, kind="负面表现")] == ["负面表现"]
    with pytest.raises(ValidationError, match="应为“实绩”或“负面表现”"):
        performance.save_performance(now, performance.PerformanceForm(zw, "表扬", D(2026, 5, 10), "x"))
    with pytest.raises(ValidationError, match="晚于今天"):
        performance.save_performance(now, performance.PerformanceForm(zw, "实绩", D(2026, 7, 10), "x"))
    performance.delete_performance(now, n.id)
    assert len(performance.list_performance(now, dispatch_id=zw)) == 1


# --------------------------------------------------------------------------- the CLI faces


def test_cli_on_post_commands(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "init"]) == 0
    from cadredesk.services.database import open_workspace

    ws = open_workspace(str(db_path))
    camp = onpost_data.build(ws.ctx)
    ws.close()
    zw = camp.idn("张伟")

    def run(*args: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main(["--db", str(db_path), *args])
        return code, capsys.readouterr().out

    code, out = run("post", "set", "--cadre", zw, "--insurer", "中国人寿", "--policy", "P9", "--insurance-start", "2025-12-01",
                    "--insurance-expiry", "2026-11-30", "--party-transfer", "2025-12-09", "--allowance", "1700", "--json")  # fmt: skip
    assert (
        code == 0
        and json.loads(out)["policy"] == "P9"
        and json.loads(out)["allowance_per_month"] == "1700.00"
    )
    code, out = run("post", "set", "--cadre", zw, "--party-transfer", "-", "--json")
    assert json.loads(out)["party_transfer_date"] is None
    code, out = run("attendance", "set", "--cadre", zw, "--date", "2026-03-01", "--to", "2026-03-31", "√")
    assert code == 0 and "登记 31 天" in out
    code, out = run("attendance", "cadre", "--cadre", zw, "--json")
    march = next(m for m in json.loads(out) if m["month"] == "2026-03")
    assert march == {
        "month": "2026-03",
        "counts": {"在岗": 31},
        "days_in_post": 31,
        "required": 22,
        "ok": True,
        "complete": True,
    }
    code, out = run(
        "leave",
        "request",
        "--cadre",
        zw,
        "--kind",
        "事假",
        "--from",
        "2026-11-23",
        "--to",
        "2026-11-24",
        "--json",
    )
    leave_id = json.loads(out)["id"]
    code, out = run("leave", "approve", str(leave_id), "--by", "李书记", "--json")
    assert json.loads(out)["status"] == "已批准"
    code, out = run("leave", "list", "--status", "已批准", "--json")
    assert [r["id"] for r in json.loads(out)] == [leave_id]
    code, out = run("holiday", "list", "2026", "--json")
    assert json.loads(out)["source"] == "builtin"
    code, out = run("holiday", "add", "--date", "2027-02-06", "--to", "2027-02-12", "--name", "春节")
    assert code == 0 and "2027 年放假 7 天" in out
    code, out = run("visit", "add", "--unit", "县农业农村局", "--leader", "周副主任", "--date", "2026-04-08",
                    "--place", "东村", "--township", "黄河口镇", "--json")  # fmt: skip
    assert json.loads(out)["role"] == "分管负责人"
    code, out = run("household", "add", "--cadre", zw, "--head", "刘大爷", "--json")
    hid = json.loads(out)["id"]
    code, out = run(
        "household",
        "visit",
        str(hid),
        "--date",
        "2026-04-08",
        "--cadre",
        zw,
        "--cadre",
        camp.idn("王芳"),
        "--json",
    )
    assert sorted(json.loads(out)["cadres"]) == ["张伟", "王芳"]
    code, out = run(
        "perf",
        "add",
        "--cadre",
        zw,
        "--kind",
        "实绩",
        "--date",
        "2026-04-08",
        "--content",
        "引进项目",
        "--json",
    )
    assert json.loads(out)["kind"] == "实绩"
    code, out = run("problem", "add", "--place", "东村", "--township", "黄河口镇", "--found-by", "张伟",
                    "--date", "2026-04-08", "--category", "基础设施", "--title", "机井老化", "--json")  # fmt: skip
    pid = json.loads(out)["id"]
    code, out = run(
        "problem",
        "advance",
        str(pid),
        "交办",
        "--date",
        "2026-04-09",
        "--to",
        "县水利局",
        "--deadline",
        "2026-05-09",
        "--json",
    )
    assert json.loads(out)["stage"] == "交办" and json.loads(out)["next"][0] == "处理"
    code, out = run("problem", "advance", str(pid), "销号")
    assert code == 1
    code, out = run("problem", "list", "--overdue", "--json")
    assert [p["id"] for p in json.loads(out)] == [pid]  # past 9 May by now
    code, out = run("export", "problems", "--out", str(tmp_path / "台账.xlsx"))
    assert code == 0 and load_workbook(tmp_path / "台账.xlsx").sheetnames == ["问题台账", "办理过程"]
    code, out = run("report", "dashboard", "--as-of", "2026-06-01", "--json")
    d = json.loads(out)
    assert d["on_post"] == 7 and {a["key"] for a in d["alerts"]} >= {
        "insurance",
        "problems",
        "days",
        "party",
        "leave",
    }
