"""Roster import from the messy workbooks units really send (real .xlsx files, real SQLite)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import time
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import bindparam, func, select
from stdnum.cn import ric

from cadredesk.core.models import AuditEntry, Batch, Cadre, Dispatch, DispatchEvent, Place, Township, Unit
from cadredesk.errors import UserError, ValidationError
from cadredesk.io import excel_read
from cadredesk.io.roster_layout import detect_layout, parse_bool, parse_date, parse_role
from cadredesk.services import batches
from cadredesk.services import roster_import as ri
from cadredesk.services.context import Actor, Context
from cadredesk.storage import audit_log
from cadredesk.storage.bulk import IN_VALUES, BulkInsert, InLookup
from cadredesk.storage.engine import Database

BATCH = "2026年度驻村"


def mkid(birth: dt.date, seq: int, area: str = "110101") -> str:
    """A valid 18-digit resident ID (odd seq → male, even → female)."""
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


def import_roster(db: Database, *args: Any, **kwargs: Any) -> ri.ImportReport:
    """The import as a clerk runs it: one service call on the database (one transaction)."""
    return ri.import_roster(Context(db=db, actor=Actor("tester", "测试员")), *args, **kwargs)


def create_batch(db: Database, name: str, start: dt.date, end: dt.date) -> int:
    form = batches.BatchForm(
        **{**batches.BatchForm.defaults("county", start, end, name=name).__dict__, "term_reason": "测试"}
    )
    return batches.create_batch(Context(db=db), form).id


def seed(db: Database, places: dict[str, list[str]], *, batch: tuple[dt.date, dt.date] | None = None) -> None:
    with db.session() as s:
        for i, (tname, pnames) in enumerate(places.items(), start=1):
            t = Township(name=tname, sort_order=i)
            s.add(t)
            s.flush()
            for j, pname in enumerate(pnames, start=1):
                kind = "社区" if pname.endswith("社区") else "村"
                s.add(Place(township_id=t.id, name=pname, kind=kind, sort_order=j))
    if batch:
        create_batch(db, BATCH, batch[0], batch[1])


def counts(db: Database) -> dict[str, int]:
    with db.reader() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Cadre, Dispatch, DispatchEvent, Place, Township, Unit, Batch, AuditEntry)
        }


def db_file_hash(db: Database) -> str:
    db.checkpoint()
    assert db.path is not None
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


def save(tmp_path: Path, name: str, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "名单"
    for r, line in enumerate(rows, start=1):
        for c, v in enumerate(line, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
    for m in merges:
        ws.merge_cells(m)
    out = tmp_path / name
    wb.save(out)
    return out


def dispatched(db: Database) -> dict[str, tuple[Any, ...]]:
    """id_number → (name, gender, birth, ethnicity, township, place, role, unit, post, start, end, status)."""
    columns = (
        Cadre.id_number, Cadre.name, Cadre.gender, Cadre.birth_date, Cadre.ethnicity, Township.name, Place.name,
        Dispatch.role, Unit.name, Cadre.post, Dispatch.start, Dispatch.end, Dispatch.status,
    )  # fmt: skip
    with db.reader() as s:
        rows = s.execute(
            select(*columns)
            .join(Dispatch, Dispatch.cadre_id == Cadre.id)
            .outerjoin(Township, Township.id == Dispatch.township_id)
            .outerjoin(Place, Place.id == Dispatch.place_id)
            .outerjoin(Unit, Unit.id == Dispatch.unit_id)
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


PLACES = {"牛庄镇": ["东村", "西村", "幸福社区"], "龙居镇": ["前村", "后村"]}
TERM = (dt.date(2026, 3, 1), dt.date(2027, 2, 28))


# --------------------------------------------------------------------------- layouts


def test_title_unit_line_one_level_header_and_footer(db: Database, tmp_path: Path) -> None:
    seed(db, PLACES, batch=TERM)
    a, b, c = mkid(dt.date(1985, 3, 12), 11), mkid(dt.date(1990, 10, 2), 22), mkid(dt.date(1979, 4, 30), 31)
    path = save(
        tmp_path,
        "财政局.xlsx",
        [
            ["2026年度选派干部驻村名单"],
            ["填报单位：东营区财政局　　　　填报日期：2026年1月5日"],
            [
                "序号",
                "姓名",
                "性别",
                "民族",
                "出生年月",
                "身份证号",
                "派出单位",
                "职务",
                "乡镇",
                "派驻村",
                "派驻身份",
            ],
            [1, "张三", "男", "汉族", "1985.03", a, "东营区财政局", "科员", "牛庄镇", "东村", "第一书记"],
            [2, "李四", "女", "汉族", "1990.10", b, "东营区财政局", "副科长", "牛庄镇", "西村", "队员"],
            [
                3,
                "王五",
                "男",
                "回族",
                "1979.04",
                c,
                "东营区财政局",
                "四级主任科员",
                "龙居镇",
                "前村",
                "驻村第一书记",
            ],
            ["合计：3人"],
            ["注：身份证号按文本录入。"],
            ["填表人：赵六", None, None, "审核人：钱七"],
        ],
        merges=("A1:K1", "A2:K2", "A7:K7", "A8:K8"),
    )
    report = import_roster(db, path, BATCH)
    assert report.to_json() == {
        "imported": 3,
        "rejected": [],
        "warnings": [{"row": 4, "message": "新建派出单位“东营区财政局”"}],
    }
    assert report.layout is not None
    assert report.layout.header_rows == (3,)
    assert report.layout.data_rows == (4, 5, 6)
    assert report.layout.filled_by == "东营区财政局"
    got = dispatched(db)
    assert got[a] == (
        "张三",
        "男",
        dt.date(1985, 3, 12),
        "汉族",
        "牛庄镇",
        "东村",
        "第一书记",
        "东营区财政局",
        "科员",
        *TERM,
        "推荐",
    )
    assert got[b][:7] == ("李四", "女", dt.date(1990, 10, 2), "汉族", "牛庄镇", "西村", "队员")
    assert got[c][3:7] == ("回族", "龙居镇", "前村", "第一书记")
    n = counts(db)
    assert n["dispatch_event"] == 3
    with db.reader() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        cadre = s.scalar(select(Cadre).where(Cadre.id_number == a))
        assert cadre is not None and cadre.name_initials.split()[0] == "zs" and cadre.name_strokes
    assert actions.count("roster.import") == 1


def test_two_level_merged_header(db: Database, tmp_path: Path) -> None:
    seed(db, PLACES, batch=TERM)
    a, b = mkid(dt.date(1988, 7, 1), 13), mkid(dt.date(1992, 1, 20), 24)
    path = save(
        tmp_path,
        "两级表头.xlsx",
        [
            ["附件2"],
            ["东营区2026年度选派干部驻村工作队名单"],
            ["序号", "基本情况", None, None, None, None, "派驻情况", None, None, "联系电话"],
            [
                None,
                "姓名",
                "性别",
                "身份证号",
                "工作单位",
                "职务",
                "乡镇（街道）",
                "村（社区）",
                "职务",
                None,
            ],
            [1, "孙八", "男", a, "区教育局", "副局长", "龙居镇", "后村", "工作队长", "13800138000"],
            [2, "周九", "女", b, "区教育局", "科员", "龙居镇", "后村", "队员", 13900139000],
        ],
        merges=("A3:A4", "B3:F3", "G3:I3", "J3:J4", "A2:J2"),
    )
    report = import_roster(db, path, BATCH)
    assert report.imported == 2, report.to_json()
    layout = report.layout
    assert layout is not None and layout.header_rows == (3, 4)
    assert layout.columns[5] == "post" and layout.columns[8] == "role"
    assert layout.columns[0] == "seq" and layout.columns[9] == "phone"
    got = dispatched(db)
    assert got[a][:9] == (
        "孙八",
        "男",
        dt.date(1988, 7, 1),
        "汉族",
        "龙居镇",
        "后村",
        "工作队长",
        "区教育局",
        "副局长",
    )
    assert got[b][6] == "队员"
    with db.reader() as s:
        phones = set(s.scalars(select(Cadre.phone)))
    assert phones == {"13800138000", "13900139000"}


def test_synonyms_fullwidth_lowercase_x_dates_and_blank_rows(db: Database, tmp_path: Path) -> None:
    seed(db, PLACES, batch=TERM)
    births = [
        dt.date(1985, 3, 12), dt.date(1986, 4, 1), dt.date(1987, 5, 9), dt.date(1988, 6, 30),
        dt.date(1989, 7, 15), dt.date(1990, 8, 8), dt.date(1991, 12, 25), dt.date(1983, 11, 3),
    ]  # fmt: skip
    ids = [mkid(d, 11 + i) for i, d in enumerate(births)]
    # make one ID end in X and type it in lower case; one with full-width digits
    x_id = next(
        mkid(dt.date(1984, 2, 2), s) for s in range(1, 999) if mkid(dt.date(1984, 2, 2), s).endswith("X")
    )
    births.append(dt.date(1984, 2, 2))
    ids.append(x_id)
    fullwidth = ids[1].translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    written_dates: list[Any] = [
        "1985.3", "1986年4月", "1987-05-09", "19880630", 198907,
        dt.datetime(1990, 8, 8), 33597, "1983.11", "1984年2月2日",
    ]  # fmt: skip
    header = [
        "序 号",
        "干部\n姓名",
        "性　别",
        "民族",
        "出生日期",
        "公民身份号码",
        "单位",
        "派驻乡镇",
        "派驻村（社区）",
        "驻村职务",
    ]
    rows: list[list[Any]] = [["选派干部花名册"], header]
    for i, (number, when) in enumerate(zip(ids, written_dates, strict=True)):
        shown = number.lower() if number == x_id else fullwidth if i == 1 else number
        gender = "男性" if int(number[16]) % 2 else "女"
        rows.append(
            [
                i + 1,
                f" 刘{'一二三四五六七八九'[i]}　",
                gender,
                "汉",
                when,
                f" {shown} ",
                "区农业农村局",
                "牛庄镇",
                "东村",
                "队员",
            ]
        )
        if i % 3 == 0:
            rows.append([None] * 10)  # blank rows in between
    path = save(tmp_path, "同义词.xlsx", rows)
    report = import_roster(db, path, BATCH)
    assert report.rejected == [], report.rejected
    assert report.imported == len(ids)
    got = dispatched(db)
    assert set(got) == set(ids)  # lower-case x stored upper-case, full-width digits normalised
    assert x_id.endswith("X") and got[x_id][0] == "刘九"
    for number, birth in zip(ids, births, strict=True):
        assert got[number][2] == birth
        assert got[number][4:7] == ("牛庄镇", "东村", "队员")


def test_parse_date_and_role_forms() -> None:
    cases = {
        "1985.3": "1985-03", "1985.03": "1985-03", "1985年3月": "1985-03", "1985-03-12": "1985-03-12",
        "19850312": "1985-03-12", "198503": "1985-03", 198503.0: "1985-03", 19850312.0: "1985-03-12",
        31118.0: "1985-03-12", 1985.03: "1985-03", "1985/3/12": "1985-03-12", "1985.10": "1985-10",
        dt.date(1985, 3, 12): "1985-03-12", dt.datetime(1985, 3, 12, 8, 30): "1985-03-12",
        "１９８５．０３": "1985-03", "1985-03-12 00:00:00": "1985-03-12",
    }  # fmt: skip
    for raw, want in cases.items():
        assert str(parse_date(raw)) == want, raw
    ambiguous = parse_date(1985.1)  # a number cell: 1985.10 was stored as 1985.1
    assert ambiguous.matches(dt.date(1985, 1, 5)) and ambiguous.matches(dt.date(1985, 10, 5))
    for bad in ("1985.13", "1985-02-30", "明年", 1985.0, "85.3"):
        with pytest.raises(ValueError):
            parse_date(bad)
    assert [parse_role(x) for x in ("驻村第一书记", "队长", "工作队员", "领队", "第一书记兼工作队长")] == [
        "第一书记", "工作队长", "队员", "领队", "第一书记",
    ]  # fmt: skip
    with pytest.raises(ValueError, match="派驻身份"):
        parse_role("联络员")


def test_layout_skips_repeated_headers_seq_only_rows_and_sections() -> None:
    a = mkid(dt.date(1985, 3, 12), 11)
    rows: list[list[Any]] = [
        ["名单", "", "", ""],
        ["序号", "姓名", "身份证号", "派驻村"],
        ["一、牛庄镇", "", "", ""],
        [1.0, "张三", a, "东村"],
        ["序号", "姓名", "身份证号", "派驻村"],
        [2.0, "", "", ""],
        ["", "", "", ""],
        [3.0, "李四", "", ""],
        ["备注：无", "", "", ""],
    ]
    layout = detect_layout(rows)
    assert layout.header_rows == (2,)
    assert layout.columns == {0: "seq", 1: "name", 2: "id_number", 3: "place"}
    assert layout.data_rows == (4, 8)  # 李四 has only a name: a data row, rejected later for the missing ID
    assert dict(layout.skipped) == {
        3: "非数据行：“一、牛庄镇”",
        5: "重复的表头行",
        6: "只有序号",
        9: "表尾或说明行",
    }
    # the clerk's override: column D is the township, not the place
    fixed = detect_layout(rows, header_rows=[2], columns={1: "name", 2: "id_number", 3: "township"})
    assert fixed.columns[3] == "township" and fixed.data_rows == (4, 8)


# --------------------------------------------------------------------------- bad rows


def _mixed_file(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    ids = {
        "good1": mkid(dt.date(1980, 1, 1), 11),
        "good2": mkid(dt.date(1981, 2, 2), 22),
        "numeric": mkid(dt.date(1982, 3, 3), 33),
        "dup": mkid(dt.date(1983, 4, 4), 44),
        "same": mkid(dt.date(1984, 5, 5), 55),
        "birth": mkid(dt.date(1985, 6, 6), 67),
        "gender": mkid(dt.date(1986, 7, 7), 77),
        "place": mkid(dt.date(1987, 8, 8), 88),
    }
    bad_check = ids["good1"][:-1] + ("0" if ids["good1"][-1] != "0" else "1")
    rows: list[list[Any]] = [
        ["选派名单"],
        ["序号", "姓名", "性别", "出生年月", "身份证号", "乡镇", "派驻村", "派驻身份"],
        [1, "甲一", "男", "1980.01", ids["good1"], "牛庄镇", "东村", "第一书记"],  # 3 ok
        [2, "乙二", "女", "1981.02", ids["good2"], "牛庄镇", "西村", "队员"],  # 4 ok
        [3, "丙三", "男", "1982.03", float(ids["numeric"]), "牛庄镇", "西村", "队员"],  # 5 ID as number
        [4, "丁四", "女", "1983.04", ids["dup"], "牛庄镇", "西村", "队员"],  # 6 dup of 7 (differs)
        [5, "丁肆", "女", "1983.04", ids["dup"], "龙居镇", "前村", "队员"],  # 7
        [6, "戊五", "男", "1984.05", ids["same"], "龙居镇", "后村", "队员"],  # 8 ok
        [6, "戊五", "男", "1984.05", ids["same"], "龙居镇", "后村", "队员"],  # 9 verbatim repeat of 8
        [7, "己六", "男", "1985.07", ids["birth"], "龙居镇", "后村", "队员"],  # 10 birth mismatch
        [8, "庚七", "女", "1986.07", ids["gender"], "龙居镇", "后村", "队员"],  # 11 gender mismatch
        [9, "辛八", "女", "1987.08", ids["place"], "龙居镇", "月亮村", "队员"],  # 12 unknown place
        [10, None, "男", "1980.01", mkid(dt.date(1980, 1, 1), 13), "牛庄镇", "东村", "队员"],  # 13 no name
        [11, "壬九", "男", "1980.01", bad_check, "牛庄镇", "东村", "队员"],  # 14 check digit
        [12, "癸十", "男", "1980.01", mkid(dt.date(1980, 1, 1), 15), "牛庄镇", "东村", "书记员"],  # 15 role
    ]
    return save(tmp_path, "混合.xlsx", rows), ids


EXPECTED_REJECTS = {
    5: "被存成了数字",
    6: "与第 7 行身份证号重复",
    7: "与第 6 行身份证号重复",
    10: "出生年月 1985-07 与身份证号中的 1985-06 不一致",
    11: "性别“女”与身份证号（男）不一致",
    12: "月亮村",
    13: "缺少姓名",
    14: "校验位错误",
    15: "派驻身份“书记员”无法识别",
}


def test_skip_invalid_imports_exactly_the_good_rows(db: Database, tmp_path: Path) -> None:
    seed(db, PLACES, batch=TERM)
    path, ids = _mixed_file(tmp_path)
    report = import_roster(db, path, BATCH, skip_invalid=True)
    rejected = {r["row"]: r for r in report.rejected}
    assert set(rejected) == set(EXPECTED_REJECTS)
    for row, needle in EXPECTED_REJECTS.items():
        assert needle in rejected[row]["reason"], (row, rejected[row])
    assert rejected[11]["name"] == "庚七"
    assert report.imported == 3
    assert set(dispatched(db)) == {ids["good1"], ids["good2"], ids["same"]}
    assert {"row": 9, "message": "戊五：与第 8 行完全相同，跳过"} in report.warnings
    assert report.to_json()["imported"] == 3


def test_default_mode_is_all_or_nothing(db: Database, tmp_path: Path) -> None:
    seed(db, PLACES, batch=TERM)
    path, _ids = _mixed_file(tmp_path)
    before, digest = counts(db), db_file_hash(db)
    with pytest.raises(ValidationError) as info:
        import_roster(db, path, BATCH)
    report = info.value.result
    assert isinstance(report, ri.ImportReport)
    assert report.imported == 0 and not report.written
    assert {r["row"] for r in report.rejected} == set(EXPECTED_REJECTS)
    assert "9 行不合格" in info.value.message and "混合.xlsx" in info.value.message
    assert counts(db) == before
    assert db_file_hash(db) == digest


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    seed(db, PLACES)
    path, _ids = _mixed_file(tmp_path)
    before, digest = counts(db), db_file_hash(db)
    with pytest.raises(ValidationError) as info:  # the outcome the real run would have, nothing written
        import_roster(db, path, "新批次", dry_run=True, create_places=True)
    assert info.value.result.imported == 0 and len(info.value.result.rejected) == 8
    report = import_roster(db, path, "新批次", dry_run=True, create_places=True, skip_invalid=True)
    assert report.imported == 4 and not report.written  # with create_places the 月亮村 row is good too
    assert report.warnings[0]["row"] == 0
    assert report.warnings[0]["message"].startswith("批次“新批次”不存在，将新建（县级，")
    assert any(w["message"] == "新建派驻点“龙居镇月亮村”（类型：村）" for w in report.warnings)
    assert counts(db) == before
    assert db_file_hash(db) == digest


def test_importing_the_same_file_twice_adds_nothing(any_db: Database, tmp_path: Path) -> None:
    db = any_db  # SQLite always, PostgreSQL too when CI provides one (psycopg's named parameters)
    seed(db, PLACES, batch=TERM)
    a, b = mkid(dt.date(1980, 1, 1), 11), mkid(dt.date(1981, 2, 2), 22)
    path = save(
        tmp_path,
        "两次.xlsx",
        [
            ["姓名", "身份证号", "乡镇", "派驻村", "派驻身份"],
            ["甲一", a, "牛庄镇", "东村", "第一书记"],
            ["乙二", b, "牛庄镇", "西村", "队员"],
        ],
    )
    assert import_roster(db, path, BATCH).imported == 2
    after_first = counts(db)
    again = import_roster(db, path, BATCH)
    assert again.imported == 0 and again.rejected == [] and again.skipped == 2
    assert {w["row"] for w in again.warnings} == {2, 3}
    assert all("已存在，跳过" in w["message"] for w in again.warnings)
    n = counts(db)
    assert {k: v for k, v in n.items() if k != "audit_log"} == {
        k: v for k, v in after_first.items() if k != "audit_log"
    }


def test_compiled_lookups_and_bulk_inserts(any_db: Database) -> None:
    """The import's statements compiled once per dialect: chunks of two lengths, bind and result
    processors (dates, booleans, a timestamp given once), and a column with a Python-side default
    left out is refused."""
    db = any_db
    now = dt.datetime(2026, 1, 2, 3, 4, 5, 678901)
    births = [dt.date(1970, 1, 1) + dt.timedelta(days=i) for i in range(1203)]
    numbers = [mkid(b, 11) for b in births]
    columns = ("name", "gender", "ethnicity", "id_number", "birth_date", "is_reserve", "has_grassroots_exp")
    with db.session() as s:
        conn = s.connection()
        with pytest.raises(ValueError, match="INSERT INTO cadre takes"):
            BulkInsert(conn, Cadre.__table__, columns, {})  # name_initials, version … have defaults
        stamps = {"name_initials": "", "name_strokes": "", "version": 1, "created_at": now, "updated_at": now}
        BulkInsert(conn, Cadre.__table__, columns, stamps).execute(
            [[f"干部{i}" for i in range(len(births))], ["男"] * len(births), ["汉族"] * len(births), numbers,
             births, [i % 2 == 0 for i in range(len(births))], [False] * len(births)]
        )  # fmt: skip
        missing = [mkid(dt.date(1950, 1, 1), seq) for seq in (21, 22, 23)]
        wanted = [*numbers, *missing]  # chunks of 500, 500 and 206
        by_number = select(Cadre.id_number, Cadre.birth_date).where(Cadre.id_number.in_(IN_VALUES))
        found = sorted(tuple(r) for r in InLookup(conn, by_number).rows(wanted))
        assert found == list(zip(numbers, births, strict=True))
        reserve = select(Cadre.id_number).where(
            Cadre.is_reserve == bindparam("reserve"), Cadre.id_number.in_(IN_VALUES)
        )
        got = [r[0] for r in InLookup(conn, reserve, reserve=True).rows(wanted[::-1])]
        assert sorted(got) == sorted(numbers[::2])
    with db.reader() as s:
        stored = {c.id_number: (c.birth_date, c.is_reserve, c.created_at) for c in s.scalars(select(Cadre))}
    assert stored == {n: (b, i % 2 == 0, now) for i, (n, b) in enumerate(zip(numbers, births, strict=True))}


def test_duplicates_against_the_database(any_db: Database, tmp_path: Path) -> None:
    db = any_db  # the lookups and inserts on PostgreSQL too
    seed(db, PLACES, batch=TERM)
    known, moved, busy = (
        mkid(dt.date(1980, 1, 1), 11),
        mkid(dt.date(1981, 2, 2), 21),
        mkid(dt.date(1982, 3, 3), 31),
    )
    free = mkid(dt.date(1983, 4, 4), 41)
    other_id = create_batch(db, "2025年度驻村", dt.date(2025, 3, 1), dt.date(2026, 12, 31))
    with db.session() as s:
        other = s.get(Batch, other_id)
        this = s.scalar(select(Batch).where(Batch.name == BATCH))
        east = s.scalar(select(Place).where(Place.name == "东村"))
        assert other is not None and this is not None and east is not None
        cadres = []
        for name, number in (("甲一", known), ("乙二", moved), ("丙三", busy), ("丁四", free)):
            c = Cadre(
                name=name, gender="男", id_number=number, birth_date=dt.date(1980, 1, 1), ethnicity="汉族"
            )
            s.add(c)
            cadres.append(c)
        s.flush()
        s.add(
            Dispatch(batch_id=this.id, cadre_id=cadres[1].id, township_id=east.township_id, place_id=east.id,
                     role="队员", start=TERM[0], end=TERM[1], status="推荐")
        )  # fmt: skip
        s.add(
            Dispatch(batch_id=other.id, cadre_id=cadres[2].id, township_id=east.township_id, place_id=east.id,
                     role="队员", start=other.start, end=other.end, status="在岗")
        )  # fmt: skip
    path = save(
        tmp_path,
        "库中重复.xlsx",
        [
            ["姓名", "身份证号", "乡镇", "派驻村"],
            ["甲壹", known, "牛庄镇", "西村"],  # 2: ID known under another name
            ["乙二", moved, "牛庄镇", "西村"],  # 3: already dispatched to 东村 in this batch
            ["丙三", busy, "牛庄镇", "西村"],  # 4: active in another batch
            ["丁四", free, "牛庄镇", "西村"],  # 5: existing cadre, new dispatch: fine
        ],
    )
    report = import_roster(db, path, BATCH, skip_invalid=True)
    rejected = {r["row"]: r["reason"] for r in report.rejected}
    assert set(rejected) == {2, 3, 4}
    assert (
        "已登记在干部“甲一”名下" in rejected[2]
        and "110101********" in rejected[2]
        and known not in rejected[2]
    )
    assert "已派驻到牛庄镇东村" in rejected[3]
    assert "“2025年度驻村”中仍在派（状态：在岗）" in rejected[4]
    assert report.imported == 1
    assert dispatched(db)[free][5] == "西村"
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Cadre)) == 4  # no new cadre for 丁四


def test_unknown_places_with_and_without_create_places(any_db: Database, tmp_path: Path) -> None:
    db = any_db  # the lookups and inserts on PostgreSQL too
    seed(db, PLACES, batch=TERM)
    ids = [mkid(dt.date(1980, 1, 1), 11 + i) for i in range(5)]
    path = save(
        tmp_path,
        "新地点.xlsx",
        [
            ["姓名", "身份证号", "乡镇（街道）", "派驻村（社区）", "派出单位"],
            ["甲一", ids[0], "牛庄镇", "南村", "区水利局"],
            ["乙二", ids[1], "新镇", "阳光社区", "区水利局"],
            ["丙三", ids[2], "新镇", "黄河化工有限公司", "区水利局"],
            ["丁四", ids[3], "新镇", "阳光社区", "区水利局"],
            ["戊五", ids[4], "牛庄镇", "东村", "区水利局"],
        ],
    )
    with pytest.raises(ValidationError) as info:
        import_roster(db, path, BATCH)
    reasons = {r["row"]: r["reason"] for r in info.value.result.rejected}
    assert set(reasons) == {2, 3, 4, 5}
    assert "南村" in reasons[2] and "不在牛庄镇的派驻点中" in reasons[2]
    assert "乡镇“新镇”不存在" in reasons[3]
    report = import_roster(db, path, BATCH, create_places=True)
    assert report.imported == 5 and report.rejected == []
    messages = [w["message"] for w in report.warnings if w["message"].startswith("新建")]
    assert "新建派驻点“牛庄镇南村”（类型：村）" in messages
    assert "新建乡镇“新镇”" in messages
    assert "新建派驻点“新镇阳光社区”（类型：社区）" in messages
    assert "新建派驻点“新镇黄河化工有限公司”（类型：企业）" in messages
    assert "新建派出单位“区水利局”" in messages
    assert len(messages) == 5  # each thing created once, at the first row that needs it
    with db.reader() as s:
        kinds = {name: kind for name, kind in s.execute(select(Place.name, Place.kind))}
        assert s.scalar(select(func.count()).select_from(Township).where(Township.name == "新镇")) == 1
    assert kinds["阳光社区"] == "社区" and kinds["黄河化工有限公司"] == "企业" and kinds["南村"] == "村"
    assert dispatched(db)[ids[3]][4:6] == ("新镇", "阳光社区")


def test_missing_batch_is_created_from_the_earliest_start(any_db: Database, tmp_path: Path) -> None:
    db = any_db  # the lookups and inserts on PostgreSQL too
    seed(db, PLACES)
    a, b = mkid(dt.date(1980, 1, 1), 11), mkid(dt.date(1981, 2, 2), 22)
    path = save(
        tmp_path,
        "带日期.xlsx",
        [
            ["姓名", "身份证号", "乡镇", "派驻村", "派驻开始时间", "派驻结束时间"],
            ["甲一", a, "牛庄镇", "东村", "2026.04", None],
            ["乙二", b, "牛庄镇", "西村", dt.datetime(2026, 3, 15), "2026-12-31"],
        ],
    )
    report = import_roster(db, path, "新批次")
    assert report.warnings[0]["row"] == 0
    assert "批次“新批次”不存在，已新建（县级，2026-03-15 至 2027-03-14）" in report.warnings[0]["message"]
    with db.reader() as s:
        batch = s.scalar(select(Batch).where(Batch.name == "新批次"))
        assert batch is not None and (batch.level, batch.start, batch.end) == (
            "county",
            dt.date(2026, 3, 15),
            dt.date(2027, 3, 14),
        )
    got = dispatched(db)
    assert got[a][9:11] == (dt.date(2026, 4, 1), dt.date(2027, 3, 14))  # a month gives its first day
    assert got[b][9:11] == (dt.date(2026, 3, 15), dt.date(2026, 12, 31))


def test_a_failure_midway_changes_nothing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(db, PLACES, batch=TERM)
    path = save(
        tmp_path,
        "中途失败.xlsx",
        [["姓名", "身份证号", "乡镇", "派驻村"], ["甲一", mkid(dt.date(1980, 1, 1), 11), "牛庄镇", "新村"]],
    )
    before, digest = counts(db), db_file_hash(db)

    def boom(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(audit_log, "record", boom)  # the last write of the import
    with pytest.raises(RuntimeError):
        import_roster(db, path, BATCH, create_places=True)
    assert counts(db) == before
    assert db_file_hash(db) == digest


def test_annotated_copy_has_reasons_beside_the_rows(db: Database, tmp_path: Path) -> None:
    seed(db, PLACES, batch=TERM)
    path, _ids = _mixed_file(tmp_path)
    col = 9  # the sheet uses A:H
    # an all-or-nothing failure still writes the annotated copy
    failed = tmp_path / "校验结果（未导入）.xlsx"
    with pytest.raises(ValidationError):
        import_roster(db, path, BATCH, annotated_out=failed)
    ws = openpyxl.load_workbook(failed)["名单"]
    assert ws.cell(row=3, column=col).value == "校验通过"
    assert "与第 6 行身份证号重复" in ws.cell(row=7, column=col).value

    out = tmp_path / "校验结果.xlsx"
    report = import_roster(db, path, BATCH, skip_invalid=True, annotated_out=out)
    ws = openpyxl.load_workbook(out)["名单"]
    assert ws.cell(row=2, column=col).value == "校验结果"
    for row, needle in EXPECTED_REJECTS.items():
        cell = ws.cell(row=row, column=col)
        assert needle in str(cell.value), (row, cell.value)
        assert cell.fill.fgColor.rgb.endswith("FFC7CE")
    assert ws.cell(row=3, column=col).value == "已导入"
    assert ws.cell(row=4, column=col).value == "已导入"
    assert ws.cell(row=9, column=col).value == "与第 8 行完全相同，跳过"
    assert ws.cell(row=1, column=col).value is None
    assert ws.cell(row=5, column=2).value == "丙三"  # the original data is kept
    assert isinstance(ws.cell(row=5, column=5).value, float)  # the numeric ID cell, as the unit sent it
    assert report.row_notes[12][1] == "rejected"
    assert not list(tmp_path.glob(".~*"))  # no temporary file left behind


# --------------------------------------------------------------------------- malformed files


def _expect_user_error(path: Path, needle: str) -> None:
    with pytest.raises(UserError) as info:
        excel_read.read_sheet(path)
    assert needle in info.value.message, info.value.message
    assert path.name in info.value.message


def test_not_workbooks_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    docx = tmp_path / "名单.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    _expect_user_error(docx, "Word 文档")
    txt = tmp_path / "名单2.xlsx"
    txt.write_text("姓名,身份证号\n张三,1\n", encoding="utf-8")
    _expect_user_error(txt, "不是 Excel 工作簿")
    empty = tmp_path / "空.xlsx"
    empty.write_bytes(b"")
    _expect_user_error(empty, "空的")
    sqlite = tmp_path / "库.xls"
    sqlite.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    _expect_user_error(sqlite, "数据库文件")
    html = tmp_path / "网页.xls"
    html.write_text("<html><table><tr><td>姓名</td></tr></table></html>", encoding="utf-8")
    _expect_user_error(html, "网页")
    encrypted = tmp_path / "加密.xlsx"  # what Excel writes for a password-protected workbook: an OLE file
    encrypted.write_bytes(
        bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le")
    )
    _expect_user_error(encrypted, "密码")
    broken = tmp_path / "损坏.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    _expect_user_error(broken, "损坏")
    with pytest.raises(UserError, match="找不到文件"):
        excel_read.read_sheet(tmp_path / "没有.xlsx")


def test_empty_headerless_and_missing_sheet(db: Database, tmp_path: Path) -> None:
    blank = tmp_path / "空白.xlsx"
    openpyxl.Workbook().save(blank)
    _expect_user_error(blank, "空的")
    no_header = save(tmp_path, "无表头.xlsx", [["张三", "男"], ["李四", "女"]])
    with pytest.raises(ValidationError, match="找不到表头"):
        import_roster(db, no_header, BATCH)
    no_place = save(tmp_path, "缺列.xlsx", [["姓名", "身份证号"], ["张三", mkid(dt.date(1980, 1, 1), 11)]])
    with pytest.raises(ValidationError, match="缺少必需的列：派驻村（社区）（表头"):
        import_roster(db, no_place, BATCH)
    with pytest.raises(UserError, match=r"没有工作表“汇总”.*“名单”"):
        excel_read.read_sheet(no_place, "汇总")


def test_sparse_bomb_and_too_many_rows_are_refused_quickly(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "姓名"
    ws["XFD100000"] = "x"  # calamine would allocate 1.6 billion cells and abort the process
    bomb = tmp_path / "炸弹.xlsx"
    wb.save(bomb)
    started = time.monotonic()
    _expect_user_error(bomb, "数据范围过大")
    assert time.monotonic() - started < 30  # generous: a crash or a hang is what this guards against
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "姓名"
    ws.cell(row=excel_read.MAX_ROWS + 5, column=1, value="张三")
    tall = tmp_path / "太长.xlsx"
    wb.save(tall)
    _expect_user_error(tall, "超过上限")


MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def test_content_is_sniffed_not_the_extension_and_ods_is_read(tmp_path: Path) -> None:
    xlsx_as_xls = save(tmp_path, "其实是xlsx.xls", [["姓名", "身份证号"], ["张三", "x"]])
    data = excel_read.read_sheet(xlsx_as_xls)
    assert data.fmt == "xlsx" and data.rows[1][0] == "张三"
    ods = tmp_path / "名单.ods"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="名单">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>身份证号</text:p></table:table-cell></table:table-row>'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>张三</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>370502198001010117</text:p></table:table-cell>'
        "</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/>'
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED
        )
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", MANIFEST)
    data = excel_read.read_sheet(ods)
    assert data.fmt == "ods" and data.name == "名单"
    assert [r for r in data.rows if any(r)] == [["姓名", "身份证号"], ["张三", "370502198001010117"]]
    bomb = tmp_path / "炸弹.ods"
    with zipfile.ZipFile(bomb, "w") as z:
        z.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED
        )
        z.writestr(
            "content.xml",
            content.replace(
                'table:number-columns-repeated="1024"/>',
                'table:number-columns-repeated="1024" office:value-type="string"/>',
            ),
        )
        z.writestr("META-INF/manifest.xml", MANIFEST)
    _expect_user_error(bomb, "超过上限")


def test_formula_cells_are_read_as_cached_values_never_evaluated(db: Database, tmp_path: Path) -> None:
    seed(db, PLACES, batch=TERM)
    a = mkid(dt.date(1980, 1, 1), 11)
    path = save(
        tmp_path,
        "公式.xlsx",
        [["姓名", "身份证号", "乡镇", "派驻村", "备注"], ["甲一", a, "牛庄镇", "东村", "=1+1"]],
    )
    data = excel_read.read_sheet(path)
    assert data.rows[1][4] == ""  # openpyxl stores no cached value: nothing is computed
    report = import_roster(db, path, BATCH)
    assert report.imported == 1


def test_corrupted_workbooks_give_a_user_error_never_a_crash(tmp_path: Path) -> None:
    import random

    good = save(
        tmp_path,
        "原件.xlsx",
        [["选派名单"], ["姓名", "身份证号", "乡镇", "派驻村"]]
        + [[f"干部{i}", mkid(dt.date(1980, 1, 1), i), "牛庄镇", "东村"] for i in range(1, 60)],
        merges=("A1:D1",),
    )
    src = good.read_bytes()
    rng = random.Random(20260101)
    outcomes = {"read": 0, "refused": 0}
    for i in range(150):
        blob = bytearray(src)
        if i % 3 == 0:
            blob = blob[: rng.randrange(len(blob))]
        elif i % 3 == 1:
            for _ in range(rng.randrange(1, 6)):
                j = rng.randrange(len(blob))
                blob[j] ^= 1 << rng.randrange(8)
        else:
            j = rng.randrange(len(blob))
            blob[j : j + 32] = bytes(rng.randrange(256) for _ in range(32))
        path = tmp_path / f"坏{i}.xlsx"
        path.write_bytes(bytes(blob))
        try:
            excel_read.read_sheet(path)
            outcomes["read"] += 1
        except UserError as exc:
            assert path.name in exc.message
            outcomes["refused"] += 1
    assert outcomes["refused"] > 50  # most damage is detected; what still reads is the intact part


def test_fuzzed_sheets_never_crash_the_layout() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    cells = st.one_of(
        st.none(),
        st.sampled_from(
            [
                "",
                " ",
                "姓名",
                "身份证号",
                "乡镇",
                "派驻村",
                "基本情况",
                "派驻情况",
                "职务",
                "合计：",
                "注：",
                "序号",
            ]
        ),
        st.text(max_size=8),
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(min_value=-(10**20), max_value=10**20),
        st.dates(),
        st.booleans(),
    )

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.lists(cells, min_size=0, max_size=8), min_size=0, max_size=12))
    def check(rows: list[list[Any]]) -> None:
        try:
            layout = detect_layout(rows)
        except ValidationError:
            return
        raws = ri.apply_layout(rows, layout)
        assert [r.row for r in raws] == list(layout.data_rows)
        assert all(layout.header_rows[-1] < r for r in layout.data_rows)
        for raw in raws:
            for value in raw.values.values():
                ri.clean_text(value)
                for parse in (parse_date, parse_role, parse_bool):
                    with contextlib.suppress(ValueError):
                        parse(value)

    check()


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    base = save(tmp_path, "底稿.xlsx", [["姓名", "身份证号"]])
    bomb = tmp_path / "压缩炸弹.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/sharedStrings.xml" or item.filename.endswith("sheet1.xml"):
                data = data.replace(b"</worksheet>", b"<!--" + b"A" * (40 * 1024 * 1024) + b"--></worksheet>")
            zout.writestr(item, data)
    assert bomb.stat().st_size < 1024 * 1024
    _expect_user_error(bomb, "疑似压缩炸弹")


def test_the_roster_sheet_is_found_behind_an_instructions_sheet(db: Database, tmp_path: Path) -> None:
    seed(db, PLACES, batch=TERM)
    wb = openpyxl.Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = "填表说明"
    cover["A1"] = "请按要求填写名单，身份证号按文本录入。"
    roster = wb.create_sheet("名单")
    roster.append(["姓名", "身份证号", "乡镇", "派驻村"])
    roster.append(["甲一", mkid(dt.date(1980, 1, 1), 11), "牛庄镇", "东村"])
    hidden = wb.create_sheet("隐藏")
    hidden.sheet_state = "hidden"
    path = tmp_path / "两张表.xlsx"
    wb.save(path)
    assert excel_read.list_sheets(path) == ["填表说明", "名单"]
    report = import_roster(db, path, BATCH)
    assert report.sheet == "名单" and report.imported == 1
    with pytest.raises(ValidationError, match="工作表“填表说明”：找不到表头"):
        import_roster(db, path, BATCH, sheet="填表说明")


def test_the_fast_cell_fetch_leaves_out_the_same_blanks_as_the_plain_one() -> None:
    """``roster_layout._Filler`` (all mapped cells fetched at once) gives ``_filled``'s dict, keys in the same
    order, for rows shorter and longer than the mapped columns and every kind of blank."""
    import random

    from cadredesk.io.roster_layout import _filled, _Filler

    rng = random.Random(13)
    pool = [
        None,
        "",
        " ",
        "\u3000",
        "\t",
        "王",
        " 李 ",
        0,
        1.5,
        0.0,
        True,
        False,
        dt.date(2020, 1, 1),
        "x" * 40,
    ]
    for _ in range(3000):
        cols = [(c, f"f{c}") for c in sorted(rng.sample(range(8), rng.randrange(0, 6)))]
        line = [rng.choice(pool) for _ in range(rng.randrange(0, 10))]
        plain, fast = _filled(line, cols), _Filler(cols)(line)
        assert list(fast.items()) == list(plain.items()), (line, cols)
    # worked by hand: blanks (None, "", full-width space) left out, 0 and False kept
    assert _Filler([(0, "name"), (1, "seq"), (2, "x"), (3, "flag")])(["张三", 0, "\u3000", False, None]) == {
        "name": "张三",
        "seq": 0,
        "flag": False,
    }
