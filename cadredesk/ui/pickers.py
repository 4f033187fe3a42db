"""Pickers used inside dialogs (placed in their forms as promoted widgets, then given their data).

- :class:`CadrePicker` (forms/cadre_picker.ui): search box + table of the cadres free to be dispatched.
- :class:`PlacePicker` (forms/place_picker.ui): a township, then a place of that township (or none yet).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from cadredesk.core.enums import Role
from cadredesk.services.reference import PlaceRow
from cadredesk.services.roster_view import CadreChoice
from cadredesk.ui.forms.ui_cadre_picker import Ui_CadrePicker
from cadredesk.ui.forms.ui_place_picker import Ui_PlacePicker
from cadredesk.ui.table import current, select_row, setup_table
from cadredesk.ui.table_model import Column, FilterProxy, TableModel

NO_PLACE = -1  # place combo data: township only, place not yet chosen


def _flags(c: CadreChoice) -> str:
    return "、".join(
        x for x in ("后备干部" if c.is_reserve else "", "" if c.has_grassroots_exp else "无基层经历") if x
    )


CADRE_COLUMNS: list[Column[CadreChoice]] = [
    Column("name", "姓名", lambda c: c.name, lambda c: c.strokes or c.name, width=5),
    Column("gender", "性别", lambda c: c.gender, align_center=True, width=3),
    Column("unit", "单位", lambda c: c.unit, width=11),
    Column("post", "职务", lambda c: c.post, width=8),
    Column("flags", "优先条件", _flags, width=9),
    Column("id", "身份证号", lambda c: c.masked_id, width=11),
]


class CadrePicker(QWidget):
    """The cadres free to be dispatched, with a search; ``selected()`` is the chosen one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CadrePicker()
        self.ui.setupUi(self)
        self.search_edit = self.ui.searchEdit
        self.count_label = self.ui.countLabel
        self.model: TableModel[CadreChoice] = TableModel(CADRE_COLUMNS, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = setup_table(
            self.ui.view, self.proxy, CADRE_COLUMNS, sort=("name", Qt.SortOrder.AscendingOrder)
        )
        self.search_edit.textChanged.connect(self._search)
        self._search("")

    def set_choices(self, choices: Sequence[CadreChoice]) -> None:
        self.model.set_rows(choices)
        self._search(self.search_edit.text())

    def _search(self, text: str) -> None:
        query = text.strip()
        self.proxy.set_predicate((lambda c: c.matches(query)) if query else None)
        total = self.model.rowCount()
        self.count_label.setText(
            f"可选干部 {total} 人（已在本批次或正在其他批次派驻的干部不在列表中）"
            if not query
            else f"找到 {self.proxy.rowCount()} 人（共 {total} 人可选）"
        )
        if query and self.proxy.rowCount() == 1:
            self.view.selectRow(0)  # the search found exactly one: take it

    def selected(self) -> CadreChoice | None:
        value = current(self.view)
        return value if isinstance(value, CadreChoice) else None

    def select_id(self, cadre_id: int) -> bool:
        self.search_edit.clear()
        return select_row(self.view, lambda c: c.id == cadre_id)


class PlacePicker(QWidget):
    """Township combo, then the place combo of that township (or 暂不指定派驻点)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlacePicker()
        self.ui.setupUi(self)
        self.township_combo = self.ui.townshipCombo
        self.place_combo = self.ui.placeCombo
        self.places: list[PlaceRow] = []
        self.township_combo.currentIndexChanged.connect(self._fill_places)
        self.set_places([])

    def set_places(self, places: Sequence[PlaceRow]) -> None:
        self.places = list(places)
        townships: dict[int, str] = {}
        for p in self.places:
            townships.setdefault(p.township_id, p.township)
        self.township_combo.blockSignals(True)
        self.township_combo.clear()
        self.township_combo.addItem("（请选择乡镇）", None)
        for tid, name in townships.items():
            self.township_combo.addItem(name, tid)
        self.township_combo.blockSignals(False)
        self._fill_places()

    def _fill_places(self, *_args: object) -> None:
        tid = self.township_combo.currentData()
        self.place_combo.clear()
        self.place_combo.setEnabled(tid is not None)
        if tid is None:
            return
        for p in self.places:
            if p.township_id == tid:
                tags = f"［{'、'.join(p.tags)}］" if p.tags else ""
                self.place_combo.addItem(f"{p.name}（{p.kind}）{tags}", p.id)
        self.place_combo.addItem("（暂不指定派驻点）", NO_PLACE)

    def set_place(self, place_id: int | None, township_id: int | None = None) -> None:
        if place_id is not None:
            for p in self.places:
                if p.id == place_id:
                    township_id = p.township_id
        self.township_combo.setCurrentIndex(max(self.township_combo.findData(township_id), 0))
        if place_id is not None:
            self.place_combo.setCurrentIndex(max(self.place_combo.findData(place_id), 0))
        elif township_id is not None:
            self.place_combo.setCurrentIndex(self.place_combo.findData(NO_PLACE))

    def township_id(self) -> int | None:
        value = self.township_combo.currentData()
        return value if isinstance(value, int) else None

    def place_id(self) -> int | None:
        value = self.place_combo.currentData()
        return value if isinstance(value, int) and value != NO_PLACE else None


def fill_roles(combo: QComboBox, current: str | None = None) -> None:
    """The 派驻身份 choices, ``current`` (else 第一书记) chosen."""
    combo.clear()
    for role in Role:
        combo.addItem(role.value, role.value)
    combo.setCurrentIndex(max(combo.findData(current or Role.FIRST_SECRETARY.value), 0))


__all__ = ["CADRE_COLUMNS", "NO_PLACE", "CadrePicker", "PlacePicker", "fill_roles"]
