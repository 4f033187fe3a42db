"""干部信息 dialog: every field of a cadre, checked as the clerk types, saved in one unit of work.

Layout: forms/cadre_dialog.ui (each field with an error line under it, named ``<field>Error``).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cadredesk.core import idnumber
from cadredesk.core.enums import EDUCATIONS, ETHNICITIES, POLITICAL_STATUSES
from cadredesk.core.security import Permission
from cadredesk.errors import Conflict, NotFound, UserError, ValidationError
from cadredesk.services import cadres
from cadredesk.services.cadres import CadreForm
from cadredesk.services.context import Context
from cadredesk.ui.access import may, refusal
from cadredesk.ui.forms.ui_cadre_dialog import Ui_CadreDialog
from cadredesk.ui.notify import Notifier
from cadredesk.ui.theme import WARNING_STYLE
from cadredesk.ui.widgets import NullableDateEdit

log = logging.getLogger("cadredesk.ui")

DEGREES = ("学士", "硕士", "博士")


#: field name → (label, widget attribute); the form lays them out in this order
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("姓名", "name_edit"),
    "id_number": ("身份证号", "id_edit"),
    "gender": ("性别", "gender_combo"),
    "birth_date": ("出生日期", "birth_edit"),
    "ethnicity": ("民族", "ethnicity_combo"),
    "political_status": ("政治面貌", "political_combo"),
    "party_join_date": ("入党时间", "party_date_edit"),
    "education": ("学历", "education_combo"),
    "degree": ("学位", "degree_combo"),
    "work_start_date": ("参加工作时间", "work_date_edit"),
    "unit_id": ("派出单位", "unit_combo"),
    "post": ("现任职务", "post_edit"),
    "rank": ("职级", "rank_edit"),
    "phone": ("联系电话", "phone_edit"),
    "is_reserve": ("", "reserve_check"),
    "has_grassroots_exp": ("", "grassroots_check"),
    "note": ("备注", "note_edit"),
}


def _camel(key: str) -> str:
    first, *rest = key.split("_")
    return first + "".join(part.title() for part in rest)


def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    for text, data in items:
        combo.addItem(text, data)


def _set_combo_data(combo: QComboBox, value: object) -> None:
    i = combo.findData(value)
    if i < 0 and isinstance(value, str) and value:
        # a stored value outside the list (older data) is kept, not silently replaced
        combo.addItem(value, value)
        i = combo.count() - 1
    combo.setCurrentIndex(max(i, 0))


class CadreDialog(QDialog):
    """New cadre (``cadre_id=None``) or edit an existing one; ``saved_id`` is set after a save."""

    def __init__(
        self,
        ctx: Context,
        notifier: Notifier,
        cadre_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = notifier
        self.saved_id: int | None = None
        self._form = CadreForm()
        self._touched: set[str] = set()
        self._filling = False
        self.errors: dict[str, str] = {}

        units = cadres.unit_choices(ctx)
        if cadre_id is not None:
            self._form = cadres.get_cadre(ctx, cadre_id)

        self._build()
        self._fill_choices(units)
        self._connect()
        self._load_form(self._form)
        self.setWindowTitle(f"编辑干部信息 — {self._form.name}" if cadre_id is not None else "新增干部")
        if cadre_id is not None:
            self._touched = set(self.fields)
        self.revalidate()
        if not may(ctx, Permission.EDIT):  # a role that may only look: no save (the service refuses too)
            self.save_button.setEnabled(False)
            self.general_error.setText(refusal(ctx, Permission.EDIT) + "，只能查看。")
            self.general_error.show()
        self.adjustSize()  # as tall as the fields need

    # ------------------------------------------------------------------ layout (forms/cadre_dialog.ui)
    def _build(self) -> None:
        self.ui = Ui_CadreDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.name_edit, self.id_edit, self.post_edit = ui.nameEdit, ui.idEdit, ui.postEdit
        self.rank_edit, self.phone_edit, self.note_edit = ui.rankEdit, ui.phoneEdit, ui.noteEdit
        self.gender_combo, self.ethnicity_combo = ui.genderCombo, ui.ethnicityCombo
        self.political_combo, self.education_combo = ui.politicalCombo, ui.educationCombo
        self.degree_combo, self.unit_combo = ui.degreeCombo, ui.unitCombo
        self.birth_edit, self.party_date_edit, self.work_date_edit = (
            ui.birthEdit,
            ui.partyDateEdit,
            ui.workDateEdit,
        )
        self.reserve_check, self.grassroots_check = ui.reserveCheck, ui.grassrootsCheck
        self.warning_label, self.general_error = ui.warningLabel, ui.generalError
        self.buttons = ui.buttonBox
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QPushButton)
        self.save_button = save
        #: field name → (label, widget)
        self.fields: dict[str, tuple[str, QWidget]] = {
            key: (label, getattr(self, attr)) for key, (label, attr) in FIELDS.items()
        }
        #: field name → the error line under its widget (``idNumberError`` … in the form)
        self.error_labels: dict[str, QLabel] = {key: getattr(ui, _camel(key) + "Error") for key in FIELDS}

    def _fill_choices(self, units: list[tuple[int, str]]) -> None:
        _fill(self.gender_combo, [("（请选择）", ""), ("男", "男"), ("女", "女")])
        _fill(self.ethnicity_combo, [(e, e) for e in ETHNICITIES])
        _fill(self.political_combo, [("（未填写）", None)] + [(p, p) for p in POLITICAL_STATUSES])
        _fill(self.education_combo, [("（未填写）", None)] + [(e, e) for e in EDUCATIONS])
        _fill(self.degree_combo, [("（无）", None)] + [(d, d) for d in DEGREES])
        _fill(self.unit_combo, [("（未填写）", None)] + [(name, uid) for uid, name in units])
        self.id_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.birth_edit.set_default_page(dt.date(1980, 1, 1))
        self.warning_label.setStyleSheet(WARNING_STYLE)
        for label in (*self.error_labels.values(), self.general_error, self.warning_label):
            label.hide()

    def _connect(self) -> None:
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for key, (_label, widget) in self.fields.items():
            self._watch(key, widget)

    def _watch(self, key: str, widget: QWidget) -> None:
        def changed(*_args: object) -> None:
            if self._filling:
                return
            self._touched.add(key)
            if key == "id_number":
                self._fill_from_id()
            self.revalidate()

        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, NullableDateEdit):
            widget.changed.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)

    # ------------------------------------------------------------------ form <-> widgets
    def _load_form(self, form: CadreForm) -> None:
        self._filling = True
        try:
            self.name_edit.setText(form.name)
            self.id_edit.setText(form.id_number)
            _set_combo_data(self.gender_combo, form.gender)
            _set_combo_data(self.ethnicity_combo, form.ethnicity or "汉族")
            self.birth_edit.set_value(form.birth_date)
            if form.birth_masked:  # only year and month reach a role without REVEAL
                self.birth_edit.edit.setDisplayFormat("yyyy-MM")
            _set_combo_data(self.political_combo, form.political_status)
            self.party_date_edit.set_value(form.party_join_date)
            self.work_date_edit.set_value(form.work_start_date)
            _set_combo_data(self.education_combo, form.education)
            _set_combo_data(self.degree_combo, form.degree)
            self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(form.unit_id), 0))
            self.post_edit.setText(form.post or "")
            self.rank_edit.setText(form.rank or "")
            self.reserve_check.setChecked(form.is_reserve)
            self.grassroots_check.setChecked(form.has_grassroots_exp)
            self.phone_edit.setText(form.phone or "")
            self.note_edit.setPlainText(form.note or "")
        finally:
            self._filling = False

    def form(self) -> CadreForm:
        """The form as the widgets show it (not yet normalised)."""

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return replace(
            self._form,
            name=self.name_edit.text(),
            gender=self.gender_combo.currentData() or "",
            ethnicity=self.ethnicity_combo.currentData(),
            id_number=self.id_edit.text(),
            birth_date=self.birth_edit.value(),
            political_status=self.political_combo.currentData(),
            party_join_date=self.party_date_edit.value(),
            work_start_date=self.work_date_edit.value(),
            education=self.education_combo.currentData(),
            degree=self.degree_combo.currentData(),
            unit_id=self.unit_combo.currentData(),
            post=text(self.post_edit),
            rank=text(self.rank_edit),
            is_reserve=self.reserve_check.isChecked(),
            has_grassroots_exp=self.grassroots_check.isChecked(),
            phone=text(self.phone_edit),
            note=self.note_edit.toPlainText().strip() or None,
            warnings=[],
        )

    def _fill_from_id(self) -> None:
        """A valid ID number gives the birth date and the gender: fill them in."""
        try:
            info = idnumber.parse(self.id_edit.text())
        except idnumber.IdNumberError:
            return
        self._filling = True
        try:
            self.birth_edit.set_value(info.birth_date)
            _set_combo_data(self.gender_combo, info.gender)
        finally:
            self._filling = False

    # ------------------------------------------------------------------ validation
    def revalidate(self, *, show_all: bool = False) -> dict[str, str]:
        if show_all:
            self._touched = set(self.fields)
        _clean, errors = cadres.validate(self.form())
        self.errors = errors
        for key, label in self.error_labels.items():
            message = errors.get(key) if key in self._touched else None
            label.setText(message or "")
            label.setVisible(bool(message))
        warnings = _clean.warnings if "id_number" not in errors else []
        self.warning_label.setText("提示：" + "；".join(warnings) if warnings else "")
        self.warning_label.setVisible(bool(warnings))
        return errors

    def visible_errors(self) -> dict[str, str]:
        """The messages the clerk can see now, by field."""
        return {k: lbl.text() for k, lbl in self.error_labels.items() if not lbl.isHidden() and lbl.text()}

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        self.general_error.hide()
        errors = self.revalidate(show_all=True)
        if errors:
            first = next(k for k in self.fields if k in errors)
            self.fields[first][1].setFocus()
            return
        try:
            new_id = cadres.save_cadre(self.ctx, self.form())
        except Conflict as exc:
            self.notifier.warning(exc.message + "\n已为您重新载入最新内容，请核对后再修改。", parent=self)
            self._reload()
            return
        except NotFound as exc:
            self.notifier.error(exc.message, parent=self)
            self.reject()
            return
        except ValidationError as exc:
            field_errors = exc.result if isinstance(exc.result, dict) else {}
            if exc.key == "duplicate":
                field_errors = {"id_number": exc.message}
            self._show_save_errors(field_errors, exc.message)
            return
        except UserError as exc:
            self._show_save_errors({}, exc.message)
            return
        log.info("cadre %s saved", new_id)
        self.saved_id = new_id
        self.accept()

    def _show_save_errors(self, field_errors: dict[str, str], message: str) -> None:
        shown = False
        for key, text in field_errors.items():
            label = self.error_labels.get(key)
            if label is not None:
                label.setText(text)
                label.show()
                shown = True
        if not shown:
            self.general_error.setText(message)
            self.general_error.show()

    def _reload(self) -> None:
        if self._form.id is None:
            return
        self._form = cadres.get_cadre(self.ctx, self._form.id)
        self._load_form(self._form)
        self.revalidate()
