"""Dialogs of the 选派名单 page: batch, 指派, 调整, 召回/轮换, and the training override.

Layouts: forms/batch_dialog.ui, assign_dialog.ui, adjust_dialog.ui, end_early_dialog.ui,
reason_dialog.ui (the training override). Each saving dialog is a ``SavingDialog`` (see cadredesk/ui/saving_dialog.py):
the write runs through the ``TaskRunner``, a ``UserError`` stays inside the dialog, success sets
``result_id`` and accepts. Tests drive them directly: fill the widgets, call ``submit()``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from cadredesk.core.campaign import term_end
from cadredesk.core.enums import DispatchStatus, Level
from cadredesk.core.sources import DEFAULTS_NOTE
from cadredesk.services import assignment, batches
from cadredesk.services.batches import BatchForm
from cadredesk.services.context import Context
from cadredesk.services.reference import PlaceRow
from cadredesk.services.roster_view import CadreChoice, DispatchRow
from cadredesk.ui.forms.ui_adjust_dialog import Ui_AdjustDialog
from cadredesk.ui.forms.ui_assign_dialog import Ui_AssignDialog
from cadredesk.ui.forms.ui_batch_dialog import Ui_BatchDialog
from cadredesk.ui.forms.ui_end_early_dialog import Ui_EndEarlyDialog
from cadredesk.ui.forms.ui_reason_dialog import Ui_ReasonDialog
from cadredesk.ui.pickers import CadrePicker, fill_roles
from cadredesk.ui.saving_dialog import SavingDialog, pydate, qdate, set_date
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.widgets import set_hint

log = logging.getLogger("cadredesk.ui")

LEVELS = (Level.COUNTY, Level.CITY, Level.PROVINCE)

__all__ = [
    "AdjustDialog",
    "AssignDialog",
    "BatchDialog",
    "CadrePicker",
    "EndEarlyDialog",
    "TrainingOverrideDialog",
    "qdate",
]


# --------------------------------------------------------------------------- batch


class BatchDialog(SavingDialog):
    """新建批次 / 编辑批次: name, level, dates and the rule parameters (the level's defaults shown)."""

    def __init__(
        self, runner: TaskRunner, form: BatchForm | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_BatchDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.is_new = form is None or form.id is None
        self.form_in = form or BatchForm.defaults()
        self.setWindowTitle("新建批次" if self.is_new else f"编辑批次 — {self.form_in.name}")
        ui = self.ui
        self.name_edit, self.level_combo, self.reason_edit = ui.nameEdit, ui.levelCombo, ui.reasonEdit
        self.start_edit, self.end_edit, self.note_edit = ui.startEdit, ui.endEdit, ui.noteEdit
        self.training_check, self.reserve_spin = ui.trainingCheck, ui.reserveSpin
        ui.sourceLabel.setText(DEFAULTS_NOTE)  # the documents by their titles, never internal file numbers
        for lvl in LEVELS:
            self.level_combo.addItem(lvl.label, lvl.value)
        self.rule_spins: dict[str, QSpinBox] = {}
        self.default_labels: dict[str, QLabel] = {}
        self._add_rule_rows()
        self._fill(self.form_in)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.start_edit.dateChanged.connect(self._start_changed)
        ui.defaultsButton.clicked.connect(self.apply_level_defaults)
        self._show_defaults()
        self.adjustSize()  # the rule rows were added

    def _add_rule_rows(self) -> None:
        """One row per rule parameter (``batches.RULE_FIELDS``) above the form's fixed rows."""
        for row, (key, (label, low, high)) in enumerate(batches.RULE_FIELDS.items()):
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setMinimumWidth(80)
            hint = QLabel()
            set_hint(hint)
            line = QHBoxLayout()
            line.addWidget(spin)
            line.addWidget(hint, 1)
            self.ui.rulesForm.insertRow(row, label + "：", line)
            self.rule_spins[key] = spin
            self.default_labels[key] = hint

    def _fill(self, f: BatchForm) -> None:
        self.name_edit.setText(f.name)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(f.level), 0))
        set_date(self.start_edit, f.start)
        set_date(self.end_edit, f.end)
        self.reason_edit.setText(f.term_reason)
        for key, spin in self.rule_spins.items():
            spin.setValue(getattr(f, key))
        self.training_check.setChecked(f.training_required)
        self.reserve_spin.setValue(float(f.min_reserve_share) * 100)
        self.note_edit.setPlainText(f.note)

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


# --------------------------------------------------------------------------- 指派


class AssignDialog(SavingDialog):
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
        super().__init__(runner, parent)
        assert batch.id is not None
        self.ui = Ui_AssignDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.setWindowTitle(f"指派干部 — {batch.name}")
        self.batch = batch
        self.picker, self.place_picker, self.role = self.ui.picker, self.ui.placePicker, self.ui.roleCombo
        self.start_edit, self.end_edit = self.ui.startEdit, self.ui.endEdit
        self.picker.set_choices(cadres)
        self.place_picker.set_places(places)
        if place_id is not None:
            self.place_picker.set_place(place_id)
        fill_roles(self.role)
        set_date(self.start_edit, batch.start, batch.start, batch.end)
        set_date(self.end_edit, batch.end, batch.start, batch.end)
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


class AdjustDialog(SavingDialog):
    """调整: another place and/or another role for one dispatch."""

    def __init__(
        self, runner: TaskRunner, row: DispatchRow, places: Sequence[PlaceRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_AdjustDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.setWindowTitle(f"调整派驻 — {row.name}")
        self.row = row
        self.place_picker, self.role = self.ui.placePicker, self.ui.roleCombo
        self.place_picker.set_places(places)
        self.place_picker.set_place(row.place_id, row.township_id)
        fill_roles(self.role, row.role)
        self.ui.currentLabel.setText(
            f"{row.name}（{row.unit}）现派驻：{row.township}{row.place or '（未定派驻点）'}，{row.role}，{row.status}"
        )
        self.adjustSize()

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


class EndEarlyDialog(SavingDialog):
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
        super().__init__(runner, parent)
        self.ui = Ui_EndEarlyDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.setWindowTitle(f"召回 / 轮换 — {row.name}")
        self.row = row
        ui = self.ui
        self.recall_radio, self.rotate_radio = ui.recallRadio, ui.rotateRadio
        self.recall_radio.setText(DispatchStatus.RECALLED.value)
        self.rotate_radio.setText(DispatchStatus.ROTATED.value)
        self.date_edit, self.reason_edit = ui.dateEdit, ui.reasonEdit
        self.replace_check, self.picker = ui.replaceCheck, ui.picker
        set_date(self.date_edit, today or dt.date.today(), row.start, row.end)
        self.picker.set_choices(cadres)
        self.replace_check.toggled.connect(self.picker.setEnabled)
        if not cadres:
            self.replace_check.setEnabled(False)
            self.replace_check.setText("安排接替人员（目前没有可接替的干部：干部库中的干部都已在派）")
        ui.currentLabel.setText(
            f"{row.name}（{row.unit}）：{row.township}{row.place}，{row.role}，{row.status}，{row.term}"
        )

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
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("未完成岗前培训")
        self.ui.reasonEdit.setPlaceholderText("先行上岗原因（必填）")
        shown = "、".join(names[:20]) + (f" 等 {len(names)} 人" if len(names) > 20 else "")
        self.ui.messageLabel.setText(
            f"{shown}尚未完成岗前培训。按规定应先完成培训再上岗。\n"
            "确需先行上岗的，请填写原因（将记入状态变更记录和审计日志）；否则请取消。"
        )
        self.reason_edit = self.ui.reasonEdit
        self.error_label = self.ui.errorLabel
        self.error_label.hide()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        ok.setText("确认先行上岗")
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.adjustSize()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def submit(self) -> None:
        if not self.reason():
            self.error_label.setText("请填写先行上岗的原因")
            self.error_label.show()
            return
        self.accept()
