"""How fast the GUI opens on a city-sized database and how fast the cadre search answers a keystroke.

Measures, offscreen by default (set QT_QPA_PLATFORM=xcb to use a real X server):

1. floor   — a bare QMainWindow built, shown and painted (what any Qt window costs here);
2. open    — CadreDesk's main window built and shown until the cadre page is filled
             (background load of every cadre, model reset, first paint);
3. typing  — per keystroke of a 3-character search (filter applied to every row + events
             processed, as after the 150 ms pause), for pinyin initials, Chinese and an ID fragment;
4. sort    — one click on the 姓名 header (姓氏笔画 order of every row).

Usage:
    python benchmarks/bench_gui_filter.py                      # city demo data in a temp file
    python benchmarks/bench_gui_filter.py --db city.sqlite     # reuse a file (created and filled if empty)
    python benchmarks/bench_gui_filter.py --synthetic 10000    # quick synthetic cadres instead of the demo

Prints figures and ratios; it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from sqlalchemy import func, insert, select
from stdnum.cn import ric

from cadredesk.core.models import Batch, Cadre, Dispatch, Place, Township, Unit
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.services import cadres as cadre_service
from cadredesk.services.context import Context
from cadredesk.services.database import SchemaState, Workspace
from cadredesk.services.demo import generate_demo
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema
from cadredesk.ui.main_window import MainWindow
from cadredesk.ui.notify import StderrNotifier
from cadredesk.ui.tasks import TaskRunner

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单"
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰德福海燕晓东雪梅文博宇鹏飞欣怡子涵浩然"
)


def synthetic(db: Database, n: int, seed: int = 7) -> None:
    """Bulk-insert ``n`` cadres with units, townships, places and one batch of dispatches."""
    rng = random.Random(seed)
    with db.session() as s:
        conn = s.connection()
        conn.execute(insert(Unit), [{"id": i, "name": f"市直单位{i:03d}"} for i in range(1, 301)])
        conn.execute(insert(Township), [{"id": i, "name": f"第{i}镇"} for i in range(1, 41)])
        conn.execute(
            insert(Place),
            [
                {"id": i, "township_id": (i - 1) % 40 + 1, "name": f"第{i}村", "kind": "村"}
                for i in range(1, 1701)
            ],
        )
        conn.execute(
            insert(Batch),
            [
                {
                    "id": 1,
                    "name": "2025年度市派驻村",
                    "level": "city",
                    "start": dt.date(2025, 3, 1),
                    "end": dt.date(2027, 2, 28),
                }
            ],
        )
        cadre_rows, dispatch_rows, seen = [], [], set()
        for i in range(1, n + 1):
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            while True:
                birth = dt.date(1966, 1, 1) + dt.timedelta(days=rng.randrange(30 * 365))
                body = f"3705{rng.randrange(1, 30):02d}{birth:%Y%m%d}{rng.randrange(1000):03d}"
                if body not in seen:
                    seen.add(body)
                    break
            number = body + ric.calc_check_digit(body + "0")
            cadre_rows.append(
                {
                    "id": i, "name": name, "gender": "男" if int(body[16]) % 2 else "女", "ethnicity": "汉族",
                    "id_number": number, "birth_date": birth, "political_status": "中共党员",
                    "unit_id": rng.randrange(1, 301), "post": rng.choice(("科员", "副科长", "科长", None)),
                    "name_initials": initials_index(name), "name_strokes": stroke_key(name),
                }
            )  # fmt: skip
            if i % 6:  # about five in six are dispatched
                place = rng.randrange(1, 1701)
                dispatch_rows.append(
                    {
                        "id": i, "batch_id": 1, "cadre_id": i, "township_id": (place - 1) % 40 + 1,
                        "place_id": place, "role": "队员", "start": dt.date(2025, 3, 1),
                        "end": dt.date(2027, 2, 28), "status": rng.choice(("在岗", "在岗", "在岗", "培训", "期满")),
                    }
                )  # fmt: skip
        conn.execute(insert(Cadre), cadre_rows)
        conn.execute(insert(Dispatch), dispatch_rows)


def prepare(args: argparse.Namespace) -> Database:
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="cd-bench-")) / "bench.sqlite"
    db = Database.open(str(path))
    ensure_schema(db)
    with db.reader() as s:
        count = s.scalar(select(func.count(Cadre.id))) or 0
    if count == 0:
        t = time.perf_counter()
        if args.synthetic:
            synthetic(db, args.synthetic)
            what = f"{args.synthetic} synthetic cadres"
        else:
            generate_demo(Context(db=db), args.scale, 1)
            what = f"demo data, scale {args.scale}"
        print(f"built {path}: {what} in {time.perf_counter() - t:.1f} s")
    print(f"database: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return db


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="SQLite file to use (filled if empty)")
    parser.add_argument("--scale", default="city", choices=("county", "city", "province"))
    parser.add_argument(
        "--synthetic", type=int, default=0, metavar="N", help="N synthetic cadres instead of the demo"
    )
    parser.add_argument("--rounds", type=int, default=5, help="repetitions of each typed query")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = prepare(args)
    settings = QSettings(
        str(Path(tempfile.mkdtemp(prefix="cd-bench-settings-")) / "s.ini"), QSettings.Format.IniFormat
    )

    # 1. floor: a bare window
    floors = []
    for _ in range(3):
        t = time.perf_counter()
        bare = QMainWindow()
        bare.setCentralWidget(QLabel("选派干部驻村管理"))
        bare.resize(1280, 760)
        bare.show()
        app.processEvents()
        bare.grab()  # force a paint
        floors.append(time.perf_counter() - t)
        bare.close()
        bare.deleteLater()
        app.processEvents()
    floor = min(floors)

    # 2. the main window until the cadre page is filled
    notifier = StderrNotifier()
    workspace = Workspace(ctx=Context(db=db), found=SchemaState.CURRENT, lock=None)
    runner = TaskRunner(workspace.ctx, notifier)
    t = time.perf_counter()
    window = MainWindow(workspace, runner, notifier, settings)
    window.show()
    handle = window.start()
    while not handle.done:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    window.grab()
    opened = time.perf_counter() - t
    page = window.cadre_page
    total = page.model.rowCount()
    if not window.ready or total == 0:
        print("the cadre page did not fill", file=sys.stderr)
        return 1

    t = time.perf_counter()
    rows = cadre_service.list_cadres(workspace.ctx)
    query = time.perf_counter() - t
    t = time.perf_counter()
    page.model.set_rows(rows)
    app.processEvents()
    reset = time.perf_counter() - t

    # 3. typing: one keystroke = text changed + filter applied to every row + events processed
    sample = rows[len(rows) // 3]
    queries = {
        "pinyin initials": (sample.initials.split() or ["wjg"])[0][:3].ljust(3, "x"),
        "Chinese name": sample.name[:3],
        "ID fragment": sample.id_number[-3:],
    }
    typing: dict[str, list[float]] = {}
    shown: dict[str, int] = {}
    for label, text in queries.items():
        times = []
        for _ in range(args.rounds):
            for k in range(1, len(text) + 1):
                t = time.perf_counter()
                page.search_edit.setText(text[:k])
                page.apply_filter()  # what the 150 ms debounce timer triggers
                app.processEvents()
                times.append(time.perf_counter() - t)
            shown[label] = page.proxy.rowCount()
            page.search_edit.setText("")
            page.apply_filter()
            app.processEvents()
        typing[label] = times

    # 4. one click on the name header
    t = time.perf_counter()
    page.view.sortByColumn(page.model.column_index("name"), Qt.SortOrder.AscendingOrder)
    app.processEvents()
    sort = time.perf_counter() - t

    print()
    print(f"cadres in the list: {total}   (platform: {QApplication.platformName()})")
    print(f"floor: bare window shown        {ms(floor)}")
    print(f"main window, cadre page filled  {ms(opened)}   = {opened / floor:5.1f} × floor")
    print(f"  of which list_cadres query    {ms(query)}")
    print(f"  of which model reset + paint  {ms(reset)}")
    for label, times in typing.items():
        med, worst = statistics.median(times), max(times)
        print(
            f"keystroke, {label:16s} {ms(med)} median, {ms(worst)} worst"
            f"   ({queries[label]!r} → {shown[label]} shown; {med / floor:4.2f} × floor)"
        )
    print(f"sort by 姓名 (姓氏笔画)           {ms(sort)}")
    window.close()
    runner.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
