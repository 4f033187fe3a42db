"""Dialogs of the 选派名单 page: batch, 指派, 调整, 召回/轮换, and the training override.

Each dialog saves through the ``TaskRunner`` (a write operation, off the GUI thread): a
``UserError`` is shown inside the dialog, which stays open; success sets ``result_id`` and
accepts.  Dialogs are opened with ``open()`` by the page (not blocking), so tests drive them
directly: fill the widgets, call ``submit()``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cadredesk.core.campaign import term_end
from cadredesk.core.enums import DispatchStatus, Level, Role
from cadredesk.core.sources import DEFAULTS_NOTE
from cadredesk.errors import UserError
from cadredesk.services import assignment, batches
from cadredesk.services.batches import BatchForm
from cadredesk.services.context import Context
from cadredesk.services.reference import PlaceRow
from cadredesk.services.roster_view import CadreChoice, DispatchRow
from cadredesk.ui.row_model import RowColumn, RowFilterProxy, RowTableModel
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.theme import ERROR_STYLE, HINT_STYLE

log = logging.getLogger("cadredesk.ui")

LEVELS = (Level.COUNTY, Level.CITY, Level.PROVINCE)
NO_PLACE = -1  # place combo data: township only, place not yet chosen


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    return edit


class _SavingDialog(QDialog):
    """Common parts: an inline error line, OK/Cancel, and the save through the runner."""

    def __init__(self, runner: TaskRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(title)
        self.result_id: int | None = None
        self.warnings: list[str] = []
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def check(self) -> str:
        """A message when the form cannot be saved yet (checked before any database work)."""
        return ""

    def operation(self) -> Callable[[Context], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        self.ok_button.setEnabled(False)
        self.runner.run(
            self.operation(),
            name=type(self).__name__,
            write=True,
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, result: Any) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(result, assignment.Outcome):
            self.result_id, self.warnings = result.dispatch_id, list(result.warnings)
        elif isinstance(result, int):
            self.result_id = result
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.ok_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.show_error(exc.message)
            return True
        return False


# --------------------------------------------------------------------------- batch


class BatchDialog(_SavingDialog):
    """新建批次 / 编辑批次: name, level, dates and the rule parameters (the level's defaults shown)."""

    def __init__(
        self, runner: TaskRunner, form: BatchForm | None = None, parent: QWidget | None = None
    ) -> None:
        is_new = form is None or form.id is None
        super().__init__(runner, "新建批次" if is_new else f"编辑批次 — {form.name if form else ''}", parent)
        self.form_in = form or BatchForm.defaults()
        self.is_new = is_new
        f = self.form_in

        self.name_edit = QLineEdit(f.name)
        self.name_edit.setMaxLength(128)
        self.name_edit.setPlaceholderText("如：2025年度驻村蹲点")
        self.level_combo = QComboBox()
        for lvl in LEVELS:
            self.level_combo.addItem(lvl.label, lvl.value)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(f.level), 0))
        self.start_edit = date_edit(f.start)
        self.end_edit = date_edit(f.end)

        self.rule_spins: dict[str, QSpinBox] = {}
        self.default_labels: dict[str, QLabel] = {}
        rules = QGroupBox("期限与工作规则")
        grid = QGridLayout(rules)
        for row, (key, (label, low, high)) in enumerate(batches.RULE_FIELDS.items()):
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(getattr(f, key))
            spin.setMinimumWidth(80)
            hint = QLabel()
            hint.setStyleSheet(HINT_STYLE)
            self.rule_spins[key] = spin
            self.default_labels[key] = hint
            grid.addWidget(QLabel(label + "："), row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(spin, row, 1)
            grid.addWidget(hint, row, 2)
        row = len(batches.RULE_FIELDS)
        self.training_check = QCheckBox("上岗前须完成岗前培训")
        self.training_check.setChecked(f.training_required)
        grid.addWidget(self.training_check, row, 1, 1, 2)
        self.reserve_spin = QDoubleSpinBox()
        self.reserve_spin.setRange(0, 100)
        self.reserve_spin.setDecimals(0)
        self.reserve_spin.setSuffix(" %")
        self.reserve_spin.setValue(float(f.min_reserve_share) * 100)
        grid.addWidget(
            QLabel("后备干部及无基层经历干部占比不低于："), row + 1, 0, Qt.AlignmentFlag.AlignRight
        )
        grid.addWidget(self.reserve_spin, row + 1, 1)
        reserve_hint = QLabel("（0 表示不作要求）")
        reserve_hint.setStyleSheet(HINT_STYLE)
        grid.addWidget(reserve_hint, row + 1, 2)
        self.defaults_button = QPushButton("恢复本级别默认值")
        self.defaults_button.clicked.connect(self.apply_level_defaults)
        grid.addWidget(self.defaults_button, row + 2, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)

        self.note_edit = QPlainTextEdit(f.note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(52)

        basic = QFormLayout()
        basic.addRow("批次名称：", self.name_edit)
        basic.addRow("级别：", self.level_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel("至"))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        basic.addRow("派驻期：", dates)
        self.reason_edit = QLineEdit(f.term_reason)
        self.reason_edit.setPlaceholderText("期限与级别不符时（县级一年、省级两年）须填写原因")
        basic.addRow("期限调整原因：", self.reason_edit)
        source = QLabel(DEFAULTS_NOTE)  # the documents by their titles, never internal file numbers
        source.setStyleSheet(HINT_STYLE)
        source.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(basic)
        layout.addWidget(rules)
        layout.addWidget(source)
        layout.addWidget(QLabel("备注："))
        layout.addWidget(self.note_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.start_edit.dateChanged.connect(self._start_changed)
        self._show_defaults()

    def level(self) -> Level:
        return Level(self.level_combo.currentData())

    def _show_defaults(self) -> None:
        d = batches.LEVEL_DEFAULTS[self.level()]
        for key, label in self.default_labels.items():
            label.setText(f"默认 {getattr(d, key)}")

    def apply_level_defaults(self) -> None:
        d = batches.LEVEL_DEFAULTS[self.level()]
        for key, spin in self.rule_spins.items():
            spin.setValue(getattr(d, key))
        self._start_changed()

    def _level_changed(self, _index: int) -> None:
        self._show_defaults()
        if self.is_new:
            self.apply_level_defaults()

    def _start_changed(self, *_args: object) -> None:
        """A new batch's end follows its start and term (the clerk may still change it)."""
        if not self.is_new:
            return
        start = pydate(self.start_edit.date())
        self.end_edit.setDate(qdate(term_end(start, self.rule_spins["term_years"].value())))

    def fields(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name_edit.text().strip(),
            "level": self.level().value,
            "start": pydate(self.start_edit.date()),
            "end": pydate(self.end_edit.date()),
            "training_required": self.training_check.isChecked(),
            "min_reserve_share": (Decimal(round(self.reserve_spin.value())) / 100).quantize(Decimal("0.01")),
            "note": self.note_edit.toPlainText().strip(),
        }
        values.update({k: s.value() for k, s in self.rule_spins.items()})
        return values

    def check(self) -> str:
        v = self.fields()
        if not v["name"]:
            self.name_edit.setFocus()
            return "请填写批次名称"
        if v["end"] <= v["start"]:
            return f"结束日期 {v['end']} 必须晚于开始日期 {v['start']}"
        return ""

    def operation(self) -> Callable[[Context], int]:
        form = BatchForm(
            **self.fields(),
            term_reason=self.reason_edit.text().strip(),
            id=self.form_in.id,
            version=self.form_in.version,
        )

        def op(ctx: Context) -> int:
            return batches.save_batch(ctx, form).id

        return op


# --------------------------------------------------------------------------- pickers


def cadre_columns() -> list[RowColumn[CadreChoice]]:
    return [
        RowColumn("name", "姓名", lambda c: c.name, lambda c: c.strokes or c.name, width_chars=5),
        RowColumn("gender", "性别", lambda c: c.gender, align_center=True, width_chars=3),
        RowColumn("unit", "单位", lambda c: c.unit, width_chars=11),
        RowColumn("post", "职务", lambda c: c.post, width_chars=8),
        RowColumn(
            "flags",
            "优先条件",
            lambda c: "、".join(
                x
                for x in ("后备干部" if c.is_reserve else "", "" if c.has_grassroots_exp else "无基层经历")
                if x
            ),
            width_chars=9,
        ),
        RowColumn("id", "身份证号", lambda c: c.masked_id, width_chars=11),
    ]


class CadrePicker(QWidget):
    """Search box + table of the cadres free to be dispatched; ``selected()`` is the chosen one."""

    def __init__(self, choices: Sequence[CadreChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[CadreChoice] = RowTableModel(cadre_columns(), self)
        self.model.set_rows(choices)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("搜索：姓名、拼音首字母或单位")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = self.fontMetrics().horizontalAdvance("中")
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, char * column.width_chars + 12)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._search("")

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
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.proxy.row_at(rows[0].row())
        return value if isinstance(value, CadreChoice) else None

    def select_id(self, cadre_id: int) -> bool:
        self.search_edit.clear()
        source = self.model.find(lambda c: c.id == cadre_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        self.view.selectRow(index.row())
        return True


class PlacePicker(QWidget):
    """Township combo, then the place combo of that township (or 暂不指定派驻点)."""

    def __init__(self, places: Sequence[PlaceRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = list(places)
        self.township_combo = QComboBox()
        self.place_combo = QComboBox()
        self.place_combo.setMinimumContentsLength(12)
        seen: dict[int, str] = {}
        for p in self.places:
            seen.setdefault(p.township_id, p.township)
        self.township_combo.addItem("（请选择乡镇）", None)
        for tid, name in seen.items():
            self.township_combo.addItem(name, tid)
        self.township_combo.currentIndexChanged.connect(self._fill_places)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.township_combo, 1)
        layout.addWidget(self.place_combo, 2)
        self._fill_places()

    def _fill_places(self, *_args: object) -> None:
        tid = self.township_combo.currentData()
        self.place_combo.clear()
        if tid is None:
            self.place_combo.setEnabled(False)
            return
        self.place_combo.setEnabled(True)
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


def role_combo(current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role.value, role.value)
    combo.setCurrentIndex(max(combo.findData(current or Role.FIRST_SECRETARY.value), 0))
    return combo


# --------------------------------------------------------------------------- 指派


class AssignDialog(_SavingDialog):
    """指派: pick a cadre, a township/place and a role; the period defaults to the batch's term."""

    def __init__(
        self,
        runner: TaskRunner,
        batch: BatchForm,
        cadres: Sequence[CadreChoice],
        places: Sequence[PlaceRow],
        *,
        place_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, f"指派干部 — {batch.name}", parent)
        assert batch.id is not None
        self.batch = batch
        self.picker = CadrePicker(cadres)
        self.place_picker = PlacePicker(places)
        if place_id is not None:
            self.place_picker.set_place(place_id)
        self.role = role_combo()
        self.start_edit = date_edit(batch.start)
        self.end_edit = date_edit(batch.end)
        for e in (self.start_edit, self.end_edit):
            e.setDateRange(qdate(batch.start), qdate(batch.end))
        form = QFormLayout()
        form.addRow("派驻乡镇、派驻点：", self.place_picker)
        form.addRow("派驻身份：", self.role)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel("至"))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form.addRow("派驻期：", dates)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("选择干部："))
        layout.addWidget(self.picker, 1)
        layout.addLayout(form)
        note = QLabel("指派后状态为“推荐”；审核、培训、上岗请用“推进状态”。")
        note.setStyleSheet(HINT_STYLE)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.picker.view.doubleClicked.connect(lambda _i: self.place_picker.township_combo.setFocus())

    def check(self) -> str:
        if self.picker.selected() is None:
            return "请在列表中选择一名干部"
        if self.place_picker.township_id() is None:
            return "请选择派驻乡镇（派驻点可稍后指定）"
        if pydate(self.end_edit.date()) < pydate(self.start_edit.date()):
            return "派驻期的结束日期早于开始日期"
        return ""

    def operation(self) -> Callable[[Context], assignment.Outcome]:
        cadre = self.picker.selected()
        assert cadre is not None and self.batch.id is not None
        batch_id, cadre_id = self.batch.id, cadre.id
        place_id, township_id = self.place_picker.place_id(), self.place_picker.township_id()
        role = self.role.currentData()
        start, end = pydate(self.start_edit.date()), pydate(self.end_edit.date())

        def op(ctx: Context) -> assignment.Outcome:
            return assignment.assign(
                ctx,
                batch_id,
                cadre_id,
                place_id=place_id,
                township_id=township_id,
                role=role,
                start=start,
                end=end,
            )

        return op


# --------------------------------------------------------------------------- 调整


class AdjustDialog(_SavingDialog):
    """调整: another place and/or another role for one dispatch."""

    def __init__(
        self, runner: TaskRunner, row: DispatchRow, places: Sequence[PlaceRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, f"调整派驻 — {row.name}", parent)
        self.row = row
        self.place_picker = PlacePicker(places)
        self.place_picker.set_place(row.place_id, row.township_id)
        self.role = role_combo(row.role)
        current = QLabel(
            f"{row.name}（{row.unit}）现派驻：{row.township}{row.place or '（未定派驻点）'}，{row.role}，{row.status}"
        )
        current.setWordWrap(True)
        form = QFormLayout()
        form.addRow("派驻乡镇、派驻点：", self.place_picker)
        form.addRow("派驻身份：", self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(current)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def check(self) -> str:
        place_id = self.place_picker.place_id()
        if place_id is None and self.row.place_id is not None:
            return "请选择新的派驻点（已指定的派驻点不能改回“暂不指定”）"
        if place_id == self.row.place_id and self.role.currentData() == self.row.role:
            return "派驻点和身份都没有变化"
        return ""

    def operation(self) -> Callable[[Context], assignment.Outcome]:
        dispatch_id = self.row.id
        place_id = self.place_picker.place_id()
        new_place = place_id if place_id != self.row.place_id else None
        role = self.role.currentData()
        new_role = role if role != self.row.role else None

        def op(ctx: Context) -> assignment.Outcome:
            return assignment.move(ctx, dispatch_id, place_id=new_place, role=new_role)

        return op


# --------------------------------------------------------------------------- 召回 / 轮换


class EndEarlyDialog(_SavingDialog):
    """召回 or 轮换 one dispatch, with the reason and an optional replacement on the same place and role."""

    def __init__(
        self,
        runner: TaskRunner,
        row: DispatchRow,
        cadres: Sequence[CadreChoice],
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, f"召回 / 轮换 — {row.name}", parent)
        self.row = row
        self.recall_radio = QRadioButton(DispatchStatus.RECALLED.value)
        self.rotate_radio = QRadioButton(DispatchStatus.ROTATED.value)
        self.recall_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.recall_radio)
        group.addButton(self.rotate_radio)
        kinds = QHBoxLayout()
        kinds.addWidget(self.recall_radio)
        kinds.addWidget(self.rotate_radio)
        kinds.addStretch(1)
        today = today or dt.date.today()
        self.date_edit = date_edit(min(max(today, row.start), row.end))
        self.date_edit.setDateRange(qdate(row.start), qdate(row.end))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText("必填，如：因工作需要召回原单位；因身体原因轮换")
        self.reason_edit.setFixedHeight(60)
        self.replace_check = QCheckBox("安排接替人员（接替同一派驻点和身份）")
        self.picker = CadrePicker(cadres)
        self.picker.setEnabled(False)
        self.replace_check.toggled.connect(self.picker.setEnabled)
        if not cadres:
            self.replace_check.setEnabled(False)
            self.replace_check.setText("安排接替人员（目前没有可接替的干部：干部库中的干部都已在派）")
        current = QLabel(
            f"{row.name}（{row.unit}）：{row.township}{row.place}，{row.role}，{row.status}，{row.term}"
        )
        current.setWordWrap(True)
        form = QFormLayout()
        form.addRow("方式：", kinds)
        form.addRow("离岗日期：", self.date_edit)
        form.addRow("原因：", self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(current)
        layout.addLayout(form)
        layout.addWidget(self.replace_check)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    def kind(self) -> str:
        return (DispatchStatus.ROTATED if self.rotate_radio.isChecked() else DispatchStatus.RECALLED).value

    def check(self) -> str:
        if not self.reason_edit.toPlainText().strip():
            self.reason_edit.setFocus()
            return f"请填写{self.kind()}原因"
        if self.replace_check.isChecked() and self.picker.selected() is None:
            return "请选择接替人员，或取消“安排接替人员”"
        return ""

    def operation(self) -> Callable[[Context], assignment.Outcome]:
        dispatch_id, kind = self.row.id, self.kind()
        reason = self.reason_edit.toPlainText().strip()
        on = pydate(self.date_edit.date())
        chosen = self.picker.selected() if self.replace_check.isChecked() else None
        replacement = chosen.id if chosen is not None else None

        def op(ctx: Context) -> assignment.Outcome:
            return assignment.end_early(
                ctx, dispatch_id, kind=kind, reason=reason, on=on, replacement_cadre_id=replacement
            )

        return op


# --------------------------------------------------------------------------- training override


class TrainingOverrideDialog(QDialog):
    """未完成岗前培训先行上岗: names the cadres and asks for the reason (required)."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("未完成岗前培训")
        shown = "、".join(names[:20]) + (f" 等 {len(names)} 人" if len(names) > 20 else "")
        message = QLabel(
            f"{shown}尚未完成岗前培训。按规定应先完成培训再上岗。\n"
            "确需先行上岗的，请填写原因（将记入状态变更记录和审计日志）；否则请取消。"
        )
        message.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText("先行上岗原因（必填）")
        self.reason_edit.setFixedHeight(70)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        ok.setText("确认先行上岗")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def submit(self) -> None:
        if not self.reason():
            self.error_label.setText("请填写先行上岗的原因")
            self.error_label.show()
            return
        self.accept()
