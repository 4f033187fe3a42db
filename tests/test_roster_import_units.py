"""Acceptance 1 of the dispatch-list issue: workbooks as units really fill them import without dropping
anything silently — 工作单位及职务 split into unit and post, 拟派驻村 / 驻村地点 as the place, the 填报单位
line as the unit, unknown villages rejected, every unmapped column with content warned (report, CLI JSON,
annotated copy).  Real .xlsx files written with openpyxl, real SQLite, expected results written by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select
from stdnum.cn import ric

from cadredesk.core.models import Cadre, Dispatch, Place, Township, Unit
from cadredesk.errors import ValidationError
from cadredesk.io.excel_write import ANNOTATION_HEADER
from cadredesk.services import batches
from cadredesk.services import roster_import as ri
from cadredesk.services.context import Actor, Context
from cadredesk.storage.engine import Database

BATCH = "2026年度驻村蹲点"
CLI = Path(sys.executable).with_name("cadredesk-cli")


def mkid(birth: dt.date, seq: int) -> str:
    body = f"370502{birth:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


A = mkid(dt.date(1986, 5, 4), 11)  # 王建国, male
B = mkid(dt.date(1991, 9, 18), 22)  # 刘晓燕, female
C = mkid(dt.date(1988, 1, 30), 31)  # 陈志远
D = mkid(dt.date(1985, 12, 2), 42)  # 赵丽娟


def save(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "推荐名单"
    for r, line in enumerate(rows, start=1):
        for c, v in enumerate(line, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def setup(db: Database) -> Context:
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    with db.session() as s:
        t1, t2 = Township(name="黄河口镇", sort_order=1), Township(name="仙河镇", sort_order=2)
        s.add_all([t1, t2])
        s.flush()
        for i, name in enumerate(("东兴村", "西城村", "南岭村"), start=1):
            s.add(Place(township_id=t1.id, name=name, kind="村", sort_order=i))
        s.add(Place(township_id=t2.id, name="仙河社区", kind="社区", sort_order=1))
        s.add_all([Unit(name="县财政局", short_name="财政局"), Unit(name="县委组织部")])
        s.commit()
    batches.create_batch(ctx, batches.BatchForm.defaults("county", dt.date(2026, 3, 1), name=BATCH))
    return ctx


def finance_bureau(path: Path) -> Path:
    """县财政局's sheet: title, 填报单位（盖章） line, 工作单位及职务, 拟派驻村, a 个人特长 column no field takes."""
    return save(
        path,
        [
            ["2026年度选派干部驻村蹲点人员推荐名单"],
            ["填报单位（盖章）：县财政局　　　　　　填报日期：2026年1月8日"],
            [
                "序号",
                "姓名",
                "性别",
                "出生年月",
                "身份证号",
                "政治面貌",
                "工作单位及职务",
                "拟派驻村",
                "联系电话",
                "是否后备干部",
                "个人特长",
            ],
            [
                1,
                "王建国",
                "男",
                "1986.05",
                A,
                "中共党员",
                "县财政局预算股股长",
                "东兴村",
                "13905461234",
                "是",
                "农村经济管理",
            ],
            [
                2,
                "刘晓燕",
                "女",
                "1991.09",
                B,
                "中共党员",
                "财政局办公室科员",
                "西城村",
                "0546-8361801",
                "否",
                None,
            ],
            [
                3,
                "陈志远",
                "男",
                "1988.01",
                C,
                "共青团员",
                "县财政局四级主任科员",
                "北山村",
                "13805460000",
                "否",
                "驾驶",
            ],
            [
                4,
                "赵丽娟",
                "女",
                "1985.12",
                D,
                "群众",
                "县财政局国库股",
                "南岭村",
                "836180",
                "否",
                "写作、摄影",
            ],
            ["单位负责人：孙明", None, None, None, "联系人：周莉", None, "联系电话：8361802"],
        ],
        merges=("A1:K1", "A2:K2"),
    )


def test_a_unit_workbook_keeps_units_and_places_rejects_unknown_villages_and_warns(
    db: Database, tmp_path: Path
) -> None:
    ctx = setup(db)
    path = finance_bureau(tmp_path / "县财政局推荐名单.xlsx")
    annotated = tmp_path / "校验结果.xlsx"
    with pytest.raises(ValidationError, match="有 1 行不合格，未导入任何数据"):
        ri.import_roster(ctx, path, BATCH)  # all or nothing: 北山村 is not a known village
    report = ri.import_roster(ctx, path, BATCH, skip_invalid=True, annotated_out=annotated)
    assert report.to_json() == {
        "imported": 3,
        "rejected": [
            {"row": 6, "name": "陈志远",
             "reason": "派驻村“北山村”不存在，且未填写乡镇（导入时选择“自动新建乡镇和派驻点”可新建）"},
        ],
        "warnings": [
            {"row": 3, "message": "K 列“个人特长”未对应任何字段，其中 3 行的内容不会导入"},
            {"row": 3, "message": "名单中没有“派驻身份”列，全部按“队员”录入"},
            {"row": 3, "message": "名单中没有“派出单位”列，派出单位按工作单位及职务中的单位，未写明的填报单位“县财政局”录入"},
            {"row": 7, "message": "联系电话“836180”应为11位手机号或带区号的座机号（如 0546-1234567），未录入"},
        ],
    }  # fmt: skip
    with db.reader() as s:
        got = {
            idn: (unit, post, township, place, phone, reserve)
            for idn, unit, post, township, place, phone, reserve in s.execute(
                select(
                    Cadre.id_number,
                    Unit.name,
                    Cadre.post,
                    Township.name,
                    Place.name,
                    Cadre.phone,
                    Cadre.is_reserve,
                )
                .join(Dispatch, Dispatch.cadre_id == Cadre.id)
                .join(Unit, Unit.id == Dispatch.unit_id)
                .join(Township, Township.id == Dispatch.township_id)
                .join(Place, Place.id == Dispatch.place_id)
            )
        }
        units = set(s.scalars(select(Unit.name)))
    assert got == {
        A: ("县财政局", "预算股股长", "黄河口镇", "东兴村", "13905461234", True),
        B: ("县财政局", "办公室科员", "黄河口镇", "西城村", "0546-8361801", False),
        D: ("县财政局", "国库股", "黄河口镇", "南岭村", None, False),
    }
    assert units == {"县财政局", "县委组织部"}  # no unit invented from 工作单位及职务

    # the annotated copy: a row that lost data never says 校验通过; the result column is wide enough
    wb = openpyxl.load_workbook(annotated)
    ws = wb["推荐名单"]
    col = next(c for c in range(1, ws.max_column + 1) if ws.cell(row=3, column=c).value == ANNOTATION_HEADER)
    notes = {r: ws.cell(row=r, column=col).value for r in range(4, 8)}
    assert notes == {
        4: "已导入，但以下内容未录入：K 列“个人特长”的内容",
        5: "已导入",
        6: "派驻村“北山村”不存在，且未填写乡镇（导入时选择“自动新建乡镇和派驻点”可新建）",
        7: "已导入，但以下内容未录入：K 列“个人特长”的内容；联系电话“836180”应为11位手机号或带区号的座机号（如 0546-1234567），未录入",
    }
    assert not any("校验通过" in (n or "") for n in notes.values())
    longest = max(sum(2 if ord(ch) > 0x2E80 else 1 for ch in n) for n in notes.values() if n)
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width >= min(100, longest + 2)


def test_a_dry_run_annotation_never_reads_passed_for_a_lossy_row(db: Database, tmp_path: Path) -> None:
    ctx = setup(db)
    path = finance_bureau(tmp_path / "县财政局推荐名单.xlsx")
    out = tmp_path / "预检.xlsx"
    report = ri.import_roster(ctx, path, BATCH, skip_invalid=True, dry_run=True, annotated_out=out)
    assert report.row_notes[4] == ("可导入，但以下内容未录入：K 列“个人特长”的内容", "warning")
    assert report.row_notes[5] == ("校验通过", "ok")
    assert report.layout is not None and report.layout.ignored == ((10, "个人特长", 3),)
    assert report.layout.filled_by == "县财政局"  # （盖章） is not part of the name


def test_two_level_header_known_unit_names_and_no_unit_line(db: Database, tmp_path: Path) -> None:
    """No 填报单位 line: 工作单位及职务 is split at a registered unit's name; 派驻村（社区） under 派驻情况."""
    ctx = setup(db)
    path = save(
        tmp_path / "组织部.xlsx",
        [
            ["附件1"],
            ["县直单位选派驻村干部汇总表"],
            ["序号", "基本情况", None, None, "派驻情况", None, "备用"],
            [None, "姓名", "公民身份号码", "工作单位及职务", "派驻村（社区）", "驻村职务", None],
            [1, "王建国", A, "县委组织部组织科科长", "仙河社区", "第一书记", None],
            [2, "刘晓燕", B, "县财政局", "东兴村", "队员", "已体检"],
            [3, "陈志远", C, "县档案馆馆员", "西城村", "队员", None],
        ],
        merges=("A3:A4", "B3:D3", "E3:F3", "G3:G4"),
    )
    report = ri.import_roster(ctx, path, BATCH)
    assert report.to_json() == {
        "imported": 3,
        "rejected": [],
        "warnings": [
            {"row": 4, "message": "G 列“备用”未对应任何字段，其中 1 行的内容不会导入"},
            {"row": 7, "message": "未能从“县档案馆馆员”中分出工作单位（没有填报单位行，也不是已登记单位的名称），职务按原文录入"},
        ],
    }  # fmt: skip
    with db.reader() as s:
        rows = dict(
            s.execute(
                select(Cadre.id_number, Unit.name)
                .join(Dispatch, Dispatch.cadre_id == Cadre.id)
                .outerjoin(Unit, Unit.id == Dispatch.unit_id)
            ).all()
        )
        posts = dict(s.execute(select(Cadre.id_number, Cadre.post)).all())
        roles = dict(
            s.execute(
                select(Cadre.id_number, Dispatch.role).join(Dispatch, Dispatch.cadre_id == Cadre.id)
            ).all()
        )
    assert rows == {A: "县委组织部", B: "县财政局", C: None}
    assert posts == {A: "组织科科长", B: None, C: "县档案馆馆员"}
    assert roles == {A: "第一书记", B: "队员", C: "队员"}


def test_zhucun_didian_township_column_and_unit_from_the_unit_line(db: Database, tmp_path: Path) -> None:
    """驻村地点 with a 乡镇（街道） column; only 职务: the 派出单位 is the 填报单位 line's; a blank place fails."""
    ctx = setup(db)
    path = save(
        tmp_path / "教育局.xlsx",
        [
            ["县教育局2026年驻村干部名单"],
            ["填报单位：县教育局", None, None, None, "填报日期：2026-01-06"],
            ["姓名", "身份证号", "职务", "职级", "乡镇（街道）", "驻村地点"],
            ["王建国", A, "教研室主任", "四级主任科员", "黄河口镇", "南岭村"],
            ["刘晓燕", B, "科员", "科员级", "仙河镇", "仙河社区"],
            ["陈志远", C, "办公室副主任", "副科", "黄河口镇", None],
        ],
    )
    report = ri.import_roster(ctx, path, BATCH, skip_invalid=True, create_places=True)
    assert report.to_json() == {
        "imported": 2,
        "rejected": [{"row": 6, "name": "陈志远", "reason": "缺少派驻村（社区）"}],
        "warnings": [
            {"row": 3, "message": "名单中没有“派驻身份”列，全部按“队员”录入"},
            {"row": 3, "message": "名单中没有“派出单位”列，派出单位按填报单位“县教育局”录入"},
            {"row": 4, "message": "新建派出单位“县教育局”"},
        ],
    }  # fmt: skip
    with db.reader() as s:
        got = dict(s.execute(select(Cadre.id_number, Cadre.rank).where(Cadre.id_number.in_([A, B]))).all())
        unit_of = set(s.scalars(select(Unit.name).join(Dispatch, Dispatch.unit_id == Unit.id)))
    assert got == {A: "四级主任科员", B: "科员"}
    assert unit_of == {"县教育局"}


def test_a_sheet_without_a_place_column_is_refused(db: Database, tmp_path: Path) -> None:
    ctx = setup(db)
    path = save(tmp_path / "无村.xlsx", [["姓名", "身份证号", "乡镇"], ["王建国", A, "黄河口镇"]])
    with pytest.raises(ValidationError, match="缺少必需的列：派驻村（社区）"):
        ri.import_roster(ctx, path, BATCH)


def test_the_cli_json_names_the_unmapped_column(db: Database, tmp_path: Path) -> None:
    setup(db)
    db.checkpoint()
    path = finance_bureau(tmp_path / "县财政局推荐名单.xlsx")
    assert db.path is not None
    res = subprocess.run(
        [str(CLI), "--db", str(db.path), "import", "roster", str(path), "--batch", BATCH, "--dry-run", "--skip-invalid",
         "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert {"row": 3, "message": "K 列“个人特长”未对应任何字段，其中 3 行的内容不会导入"} in out["warnings"]
    assert out["imported"] == 3 and [r["row"] for r in out["rejected"]] == [6]
