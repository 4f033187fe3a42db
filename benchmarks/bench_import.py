"""Roster import speed against the floor of a raw python-calamine read.

Builds a 10,000-row roster workbook as units send it (title, 填报单位 line, two-level merged header,
IDs as text with some lower-case x, dates written several ways, blank rows, a footer) in a
temporary folder, then times

- the floor: ``CalamineWorkbook.from_path(...).get_sheet_by_index(0).to_python()``;
- ``import_roster`` into a fresh SQLite database with ``create_places`` (every township, place and
  unit is new: the worst case), including the commit.

Goal: import ≤ 3 × the raw read.  Run:  python benchmarks/bench_import.py [ROWS] [--profile]
"""

from __future__ import annotations

import cProfile
import datetime as dt
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook
from stdnum.cn import ric

from cadredesk.services.context import Context
from cadredesk.services.roster_import import import_roster
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema

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


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = int(args[0]) if args else 10_000
    profile = "--profile" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book = folder / "roster.xlsx"
        t0 = time.perf_counter()
        build(book, rows)
        print(f"built {rows} rows in {time.perf_counter() - t0:.2f} s ({book.stat().st_size / 1e6:.1f} MB)")

        floor = min(_raw_read(book) for _ in range(3))
        print(f"raw python-calamine read : {floor:.3f} s")

        times = []
        report = None
        for run in range(3):  # the first run also loads the stroke table and pinyin data (once per process)
            db = Database.open(str(folder / f"bench{run}.sqlite"))
            ensure_schema(db)
            profiler = cProfile.Profile() if profile and run == 0 else None
            t0 = time.perf_counter()
            if profiler:
                profiler.enable()
            report = import_roster(Context(db=db), book, "2026年度驻村", create_places=True)
            if profiler:
                profiler.disable()
            times.append(time.perf_counter() - t0)
            db.close()
            if profiler:
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        assert report is not None
        cold, warm = times[0], min(times[1:])
        print(
            f"import_roster, first run : {cold:.3f} s  (imported {report.imported}, rejected {len(report.rejected)})"
        )
        print(f"import_roster, best warm : {warm:.3f} s")
        print(
            f"ratio                    : {cold / floor:.2f} x first, {warm / floor:.2f} x warm  (goal <= 3 x)"
        )


def _raw_read(book: Path) -> float:
    t0 = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(book))
    wb.get_sheet_by_index(0).to_python()
    wb.close()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
