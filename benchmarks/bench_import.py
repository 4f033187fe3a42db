"""Roster import speed against the floor of a raw python-calamine read (goal ≤ 3×).

Builds a 10,000-row roster workbook as units send it (title, 填报单位 line, two-level merged header,
IDs as text with some lower-case x, dates written several ways, blank rows, a footer) in the job's
folder, then times

- the floor: ``CalamineWorkbook.from_path(...).get_sheet_by_index(0).to_python()``;
- the job: ``import_roster`` into a fresh SQLite database with ``create_places`` (every township,
  place and unit is new: the worst case), including the commit.  The database is created before the
  clock starts.  The best of the repetitions is the table's figure; the first repetition (which also
  loads the stroke table and the pinyin data, once per process) is shown as its own row.

    python benchmarks/run_all.py --only import
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

import openpyxl
from harness import INFO, Env, Job, Row, Sample, ratio
from stdnum.cn import ric

ROWS = 10_000

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红玲文斌宇浩凯健俊帆帅旭宁龙林欢阳晨瑞嘉"
AREAS = ("110101", "110102", "120101", "310101")
ROLES = ("第一书记", "工作队长", "队员", "队员", "队员", "驻村第一书记", "队长")


def make_id(rng: random.Random, used: set[str]) -> tuple[str, dt.date]:
    while True:
        birth = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 35))
        body = f"{rng.choice(AREAS)}{birth:%Y%m%d}{rng.randrange(1000):03d}"
        number = body + ric.calc_check_digit(body + "0")
        if number not in used:
            used.add(number)
            return number, birth


def build(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "名单"
    ws.append(["2026年度选派干部驻村工作队名单"])
    ws.append(["填报单位：东营区委组织部　　　　填报日期：2026年1月5日"])
    ws.append(
        ["序号", "基本情况", None, None, None, None, None, None, None, "派驻情况", None, None, "联系电话"]
    )
    ws.append(
        [None, "姓  名", "性别", "民族", "出生年月", "身份证号码", "政治面貌", "工作单位", "现任职务",
         "乡镇（街道）", "村（社区）", "职务", None]
    )  # fmt: skip
    for m in ("A1:M1", "A2:M2", "A3:A4", "B3:I3", "J3:L3", "M3:M4"):
        ws.merge_cells(m)
    townships = [f"{'东西南北中'[i % 5]}{'河湖山川原'[i // 5 % 5]}镇" for i in range(20)]
    used: set[str] = set()
    for i in range(rows):
        number, birth = make_id(rng, used)
        gender = "男" if int(number[16]) % 2 else "女"
        if i % 7 == 0:
            number = number.lower()
        written = (
            birth.strftime("%Y.%m"),
            f"{birth.year}年{birth.month}月",
            birth,
            birth.strftime("%Y%m%d"),
        )[i % 4]
        t = i % len(townships)
        place = (
            f"{townships[t][:2]}{(i // len(townships)) % 12 + 1}村" if i % 9 else f"{townships[t][:2]}社区"
        )
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        ws.append(
            [i + 1, name, gender, "汉族", written, number, "中共党员", f"区直第{i % 50 + 1}单位", "科员",
             townships[t], place, rng.choice(ROLES), f"138{rng.randrange(10**8):08d}"]
        )  # fmt: skip
        if i % 500 == 499:
            ws.append([])
    ws.append(["合计：", f"{rows}人"])
    ws.append(["注：身份证号按文本录入。"])
    wb.save(path)


class ImportRoster(Job):
    name = "import"
    title = "import a 10,000-row roster (.xlsx)"
    floor_title = "python-calamine reading the same sheet (`CalamineWorkbook.from_path(…).get_sheet_by_index(0).to_python()`)"
    goal = ratio(3)
    rounds = 4

    def setup(self, env: Env) -> None:
        self.env = env
        self.book = env.work / "roster.xlsx"
        t = time.perf_counter()
        build(self.book, ROWS)
        print(f"  built {ROWS} rows in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        self.n = 0
        self.report_seen: tuple[int, int] | None = None

    def run_floor(self) -> None:
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(self.book))
        wb.get_sheet_by_index(0).to_python()
        wb.close()

    def run_job(self) -> float:
        from cadredesk.services.context import Context
        from cadredesk.services.roster_import import import_roster
        from cadredesk.storage.engine import Database
        from cadredesk.storage.schema import ensure_schema

        self.n += 1
        db = Database.open(str(self.env.work / f"import{self.n}.sqlite"))
        ensure_schema(db)
        t = time.perf_counter()
        report = import_roster(Context(db=db), self.book, "2026年度驻村", create_places=True)
        elapsed = time.perf_counter() - t
        db.close()
        self.report_seen = (report.imported, len(report.rejected))
        return elapsed

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        if self.report_seen:
            rows[0].note = f"{self.report_seen[0]:,} imported, {self.report_seen[1]} rejected"
        first = job[0][""]
        rows.append(Row(self.name, f"{self.title}, first in a fresh process", first, rows[0].floor, INFO))
        return rows


JOBS = [ImportRoster]

if __name__ == "__main__":
    os.execv(
        sys.executable, [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "import"]
    )
