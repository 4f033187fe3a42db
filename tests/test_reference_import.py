"""Places and units imported from the workbooks townships and the department really keep."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from cadredesk.core.models import Place, Township, Unit, UnitQuota
from cadredesk.errors import ValidationError
from cadredesk.services import batches, reference
from cadredesk.services.assignment import quotas
from cadredesk.services.context import Context
from cadredesk.services.reference_import import import_places, import_units


def book(path: Path, rows: list[list[object]], merge: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def places_of(ctx: Context) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    return {(p.township, p.name): (p.kind, p.tags) for p in reference.list_places(ctx)}


def test_places_with_tag_text_and_tag_columns(ctx: Context, tmp_path: Path) -> None:
    path = book(
        tmp_path / "村情.xlsx",
        [
            ["全县重点村名单", None, None, None, None, None],
            ["填报单位：县委组织部", None, None, None, None, None],
            ["乡镇（街道）", "村  名", "类 型", "重点类别", "革命老区村", "户数"],
            ["黄河口镇", "一村", "村", "软弱涣散、经济薄弱", "", 320],
            ["黄河口镇", "幸福社区", "", "", "", ""],
            ["仙河镇", "二村", None, "换届选举重难点村", "√", "410"],
            [None, None, None, None, None, None],
            ["仙河镇", "东营鑫源化工有限公司", "企业", "", "", ""],
            ["合计", "4个", None, None, None, None],
        ],
        merge="A1:F1",
    )
    report = import_places(ctx, path, create_townships=True)
    assert (report.imported, report.rejected) == (4, [])
    got = places_of(ctx)
    assert got[("黄河口镇", "一村")] == ("村", ("软弱涣散", "经济薄弱"))
    assert got[("黄河口镇", "幸福社区")] == ("社区", ())  # kind inferred from the name
    assert got[("仙河镇", "二村")] == ("村", ("换届重难点", "革命老区"))
    assert got[("仙河镇", "东营鑫源化工有限公司")] == ("企业", ())
    with ctx.db.reader() as s:
        one = s.scalar(select(Place).where(Place.name == "一村"))
        assert one is not None and one.households == 320
    # the same file again changes nothing
    again = import_places(ctx, path, create_townships=True)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 4)
    # a corrected tag updates the place
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["D4"] = "软弱涣散"
    wb.save(path)
    third = import_places(ctx, path, create_townships=True)
    assert (third.imported, third.updated) == (0, 1)
    assert places_of(ctx)[("黄河口镇", "一村")] == ("村", ("软弱涣散",))


def test_places_bad_rows_all_or_nothing(ctx: Context, tmp_path: Path) -> None:
    path = book(
        tmp_path / "坏.xlsx",
        [
            ["乡镇", "村名", "类型", "重点类别"],
            ["黄河口镇", "一村", "村", "软弱涣散"],
            ["黄河口镇", "", "村", ""],
            ["黄河口镇", "三村", "农场", ""],
            ["黄河口镇", "四村", "村", "贫困村"],
            ["黄河口镇", "一村", "村", ""],
        ],
    )
    with pytest.raises(ValidationError) as err:
        import_places(ctx, path, create_townships=True)
    report = err.value.result
    reasons = {r["row"]: r["reason"] for r in report.rejected}
    assert set(reasons) == {3, 4, 5, 6}
    assert (
        "名称为空" in reasons[3]
        and "农场" in reasons[4]
        and "贫困村" in reasons[5]
        and "第 2 行" in reasons[6]
    )
    with ctx.db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Place)) == 0
        assert s.scalar(select(func.count()).select_from(Township)) == 0
    report = import_places(ctx, path, skip_invalid=True, create_townships=True)
    assert report.imported == 1 and len(report.rejected) == 4
    assert list(places_of(ctx)) == [("黄河口镇", "一村")]


def test_places_without_a_header_is_a_clear_error(ctx: Context, tmp_path: Path) -> None:
    path = book(tmp_path / "无表头.xlsx", [["张三", "李四"], ["1", "2"]])
    with pytest.raises(ValidationError, match=r"无表头\.xlsx.*乡镇"):
        import_places(ctx, path)


def test_units_with_leaders_and_quotas(ctx: Context, tmp_path: Path) -> None:
    batches.create_batch(ctx, batches.BatchForm.defaults("county", dt.date(2027, 1, 1), name="2027年驻村"))
    path = book(
        tmp_path / "任务分解.xlsx",
        [
            ["各单位选派任务分解表"],
            ["序号", "单位名称", "主要负责人", "主要负责人职务", "分管负责人", "选派名额"],
            [1, "县财政局", "王局长", "局长", "李副局长", 3],
            [2, "县农业农村局", "赵局长", "局长", "", "2"],
            [3, "县委办公室", "", "", "", ""],
            ["合计", None, None, None, None, 5],
        ],
    )
    with pytest.raises(ValidationError, match="--batch"):
        import_units(ctx, path)
    report = import_units(ctx, path, batch="2027年驻村")
    assert (report.imported, report.rejected) == (3, [])
    with ctx.db.reader() as s:
        fin = s.scalar(select(Unit).where(Unit.name == "县财政局"))
        assert fin is not None and (fin.head_name, fin.head_post, fin.deputy_name) == (
            "王局长",
            "局长",
            "李副局长",
        )
        b = batches.find_batch(ctx, "2027年驻村")
        assert {q.unit: q.quota for q in quotas(ctx, b.id)} == {"县财政局": 3, "县农业农村局": 2}
        assert s.scalar(select(func.count()).select_from(UnitQuota)) == 2
    again = import_units(ctx, path, batch="2027年驻村")
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)


def test_units_bad_quota_rejected(ctx: Context, tmp_path: Path) -> None:
    batches.create_batch(ctx, batches.BatchForm.defaults("county", dt.date(2027, 1, 1), name="批"))
    path = book(tmp_path / "u.xlsx", [["单位", "名额"], ["县财政局", "三人"], ["县财政局", 2]])
    with pytest.raises(ValidationError) as err:
        import_units(ctx, path, batch="批")
    rows = {r["row"]: r["reason"] for r in err.value.result.rejected}
    assert "三人" in rows[2] and "第 2 行" in rows[3]
