"""The table model and filter proxy over the cadre list's columns, without a window or a database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from cadredesk.core.dto import CadreRow
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.ui.pages.cadres import COLUMNS, NOT_DISPATCHED, CadreFilter, stroke_tie
from cadredesk.ui.table_model import FilterProxy, RowRole, SortRole, TableModel
from tests.factories import make_id

pytestmark = pytest.mark.gui

COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


def cadre_model(rows: list[CadreRow] | None = None) -> TableModel[CadreRow]:
    model: TableModel[CadreRow] = TableModel(COLUMNS, tie=stroke_tie)
    model.set_rows(rows or [])
    return model


def proxy_over(model: TableModel[CadreRow], flt: CadreFilter | None = None) -> FilterProxy:
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    if flt is not None:
        proxy.set_predicate(flt.accepts)
    return proxy


def row(
    cid: int,
    name: str,
    birth: dt.date,
    *,
    male: bool = True,
    unit: str | None = "县财政局",
    township: str | None = None,
    place: str | None = None,
    role: str | None = None,
    status: str | None = None,
) -> CadreRow:
    return CadreRow(
        id=cid,
        name=name,
        gender="男" if male else "女",
        ethnicity="汉族",
        id_number=make_id(birth, male, seq=cid),
        birth_date=birth,
        political_status=None,
        education=None,
        unit=unit,
        post=None,
        rank=None,
        is_reserve=False,
        has_grassroots_exp=False,
        phone=None,
        township=township,
        place=place,
        role=role,
        status=status,
        batch="2025年驻村" if status else None,
        initials=initials_index(name),
        strokes=stroke_key(name),
    )


@pytest.fixture
def rows() -> list[CadreRow]:
    return [
        row(
            1, "张三", dt.date(1985, 3, 12), township="黄河口镇", place="一村", role="第一书记", status="在岗"
        ),
        row(
            2,
            "李四",
            dt.date(1990, 7, 1),
            male=False,
            unit="县教育局",
            township="新户镇",
            place="四村",
            role="队员",
            status="培训",
        ),
        row(3, "王五", dt.date(1978, 11, 30), unit=None),
        row(
            4,
            "单晓",
            dt.date(1992, 1, 5),
            male=False,
            township="黄河口镇",
            place="二村",
            role="队员",
            status="在岗",
        ),
        row(
            5, "丁一", dt.date(1983, 2, 2), township="黄河口镇", place="三村", role="工作队长", status="期满"
        ),
    ]


def names(model: TableModel[CadreRow] | FilterProxy) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_model_tester_with_cjk_rows_and_none_fields(qtmodeltester: ModelTester, rows: list[CadreRow]) -> None:
    model = cadre_model(rows)
    qtmodeltester.check(model, force_py=True)
    model.sort(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)  # watched: layout change
    model.set_rows([])  # watched: reset to empty


def test_model_tester_from_empty(qtmodeltester: ModelTester, rows: list[CadreRow]) -> None:
    model = cadre_model()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(rows)
    model.refresh_column("id_number")  # watched: dataChanged of one column


def test_model_tester_on_proxy(qtmodeltester: ModelTester, rows: list[CadreRow]) -> None:
    model = cadre_model(rows)
    proxy = proxy_over(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_predicate(CadreFilter(township="黄河口镇").accepts)
    proxy.sort(COLUMN_INDEX["birth_date"], Qt.SortOrder.DescendingOrder)
    model.set_rows(rows[:1])


def test_empty_model_and_none_fields(rows: list[CadreRow]) -> None:
    model = cadre_model()
    assert model.rowCount() == 0 and model.columnCount() == 12
    model.set_rows(rows)
    wang = model.find(lambda r: r.id == 3)
    assert model.index(wang, COLUMN_INDEX["unit"]).data() == ""
    assert model.index(wang, COLUMN_INDEX["township"]).data() == ""
    assert model.index(wang, COLUMN_INDEX["status"]).data() == NOT_DISPATCHED
    assert model.index(wang, COLUMN_INDEX["unit"]).data(SortRole) is None
    assert model.index(5, 0).data() is None  # out of range
    assert model.data(QModelIndex()) is None


def test_headers_are_chinese() -> None:
    model = cadre_model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "姓名",
        "性别",
        "民族",
        "身份证号",
        "出生日期",
        "政治面貌",
        "派出单位",
        "职务",
        "乡镇",
        "派驻点",
        "身份",
        "状态",
    ]


def test_id_numbers_masked_by_default_and_raw_values_in_roles(rows: list[CadreRow]) -> None:
    model = cadre_model(rows)
    idx = model.index(0, COLUMN_INDEX["id_number"])
    full = rows[0].id_number
    shown = idx.data()
    assert shown != full and shown.startswith(full[:6]) and shown.endswith(full[-4:]) and "*" in shown
    assert full[6:14] not in shown  # the birth date is hidden
    assert idx.data(SortRole) == full
    assert idx.data(RowRole) is rows[0]
    assert idx.data(Qt.ItemDataRole.ToolTipRole) is None  # never the unmasked number
    birth = model.index(0, COLUMN_INDEX["birth_date"])
    assert birth.data() == "1985-03-12"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (CadreFilter("张"), ["张三"]),
        (CadreFilter("zs"), ["张三"]),
        (CadreFilter("ZS"), ["张三"]),
        (CadreFilter("sx"), ["单晓"]),  # 单 read as shàn in surnames
        (CadreFilter("dy"), ["丁一"]),
        (CadreFilter(township="黄河口镇"), ["张三", "单晓", "丁一"]),
        (CadreFilter(unit="县教育局"), ["李四"]),
        (CadreFilter(status="在岗"), ["张三", "单晓"]),
        (CadreFilter(status=NOT_DISPATCHED), ["王五"]),
        (CadreFilter("s", township="黄河口镇"), ["单晓"]),
        (CadreFilter("李", township="黄河口镇"), []),
        (CadreFilter("  "), ["张三", "李四", "王五", "单晓", "丁一"]),
    ],
)
def test_proxy_filters(rows: list[CadreRow], flt: CadreFilter, expected: list[str]) -> None:
    model = cadre_model(rows)
    proxy = proxy_over(model, flt)
    assert names(proxy) == expected


def test_search_by_id_fragment(rows: list[CadreRow]) -> None:
    model = cadre_model(rows)
    proxy = proxy_over(model)
    li = rows[1].id_number
    proxy.set_predicate(CadreFilter(li[-6:]).accepts)
    assert names(proxy) == ["李四"]
    proxy.set_predicate(CadreFilter(li[6:14]).accepts)  # birth-date digits, which the masked column hides
    assert names(proxy) == ["李四"]
    if li.endswith("X"):
        proxy.set_predicate(CadreFilter(li[-4:].lower()).accepts)
        assert names(proxy) == ["李四"]
    proxy.set_predicate(CadreFilter("0000000000").accepts)
    assert names(proxy) == []


def test_names_sort_by_surname_strokes(rows: list[CadreRow]) -> None:
    model = cadre_model(rows)
    proxy = proxy_over(model)
    proxy.sort(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)
    order = names(proxy)
    # 丁 (2 strokes) before 王 (4) before the 7-stroke 张/李 before 单 (8): not pinyin, not code point
    assert order[:2] == ["丁一", "王五"]
    assert order[-1] == "单晓"
    assert set(order[2:4]) == {"张三", "李四"}
    proxy.sort(COLUMN_INDEX["name"], Qt.SortOrder.DescendingOrder)
    assert names(proxy) == list(reversed(order))


def test_sort_by_date_and_missing_values_last(rows: list[CadreRow]) -> None:
    model = cadre_model(rows)
    proxy = proxy_over(model)
    proxy.sort(COLUMN_INDEX["birth_date"], Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["王五", "丁一", "张三", "李四", "单晓"]
    proxy.sort(COLUMN_INDEX["birth_date"], Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["单晓", "李四", "张三", "丁一", "王五"]
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(COLUMN_INDEX["unit"], order)
        assert names(proxy)[-1] == "王五"  # no unit: last either way


def test_sort_keeps_filter_and_survives_reload(rows: list[CadreRow]) -> None:
    model = cadre_model(rows)
    proxy = proxy_over(model, CadreFilter(township="黄河口镇"))
    proxy.sort(COLUMN_INDEX["birth_date"], Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["丁一", "张三", "单晓"]
    model.set_rows(list(reversed(rows)))  # a reload keeps the chosen order and filter
    assert names(proxy) == ["丁一", "张三", "单晓"]


def test_persistent_indexes_follow_rows_when_sorting(rows: list[CadreRow]) -> None:
    model = cadre_model(rows)
    proxy = proxy_over(model)
    selection = QItemSelectionModel(proxy)
    li = proxy.index(1, 0)
    assert li.data() == "李四"
    selection.setCurrentIndex(li, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    kept = QPersistentModelIndex(model.index(1, 0))
    proxy.sort(COLUMN_INDEX["birth_date"], Qt.SortOrder.DescendingOrder)
    assert kept.data() == "李四"
    assert selection.currentIndex().data() == "李四"
    assert selection.currentIndex().data(RowRole).id == 2
