"""The 选派名单 and 派驻点 pages, driven as a clerk would: real SQLite, real .xlsx, real PDF.

The task runner is synchronous (no threads), dialogs are opened with ``open()`` and driven
directly, file choices are injected; nothing blocks.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from cadredesk.core.enums import DispatchStatus, PlaceTag
from cadredesk.core.models import AuditEntry, Batch, Cadre, DispatchEvent, Place, Unit
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.core.rules import Violation
from cadredesk.services import batches, reference
from cadredesk.services.context import Actor, Context
from cadredesk.services.roster_view import CadreChoice, DispatchRow, QuotaRow, locate
from cadredesk.storage.engine import Database
from cadredesk.ui.import_dialog import ImportDialog
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages.places_page import PlaceDialog, PlacesPage
from cadredesk.ui.pages.roster_page import RosterPage
from cadredesk.ui.roster_dialogs import (
    AdjustDialog,
    AssignDialog,
    BatchDialog,
    CadrePicker,
    EndEarlyDialog,
    TrainingOverrideDialog,
    qdate,
)
from cadredesk.ui.row_model import ERROR_BACKGROUND, ERROR_COLOR, RowColumn, RowTableModel
from cadredesk.ui.tasks import TaskRunner
from tests.factories import make_id

pytestmark = pytest.mark.gui

BATCH = "2025年度驻村蹲点"
HEADER = ["序号", "姓  名", "性别", "公民身份号码", "出生年月", "政治面貌", "派出单位", "干部职务", "乡镇", "派驻村（社区）", "派驻身份"]  # fmt: skip


@dataclass
class Env:
    db: Database
    runner: TaskRunner
    notifier: RecordingNotifier
    places: dict[str, int]
    tmp: Path


@pytest.fixture
def env(db: Database, tmp_path: Path, qapp: Any) -> Iterator[Env]:
    """Two townships, five places (一村 must be covered, 三村 should be), two units."""
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    t1 = reference.create_township(ctx, "黄河口镇")
    t2 = reference.create_township(ctx, "仙河镇")
    places = {
        "一村": reference.save_place(ctx, t1, "一村", tags=[PlaceTag.WEAK_ORG.value]),
        "二村": reference.save_place(ctx, t1, "二村"),
        "三村": reference.save_place(ctx, t1, "三村", tags=[PlaceTag.OLD_REVOLUTIONARY.value]),
        "四村": reference.save_place(ctx, t2, "四村"),
        "幸福社区": reference.save_place(ctx, t2, "幸福社区"),
    }
    reference.create_unit(ctx, "县财政局")
    reference.create_unit(ctx, "县教育局")
    notifier = RecordingNotifier(answer=True)
    runner = TaskRunner(ctx, notifier, synchronous=True)
    yield Env(db, runner, notifier, places, tmp_path)
    runner.shutdown()


def new_batch(ctx: Context) -> int:
    return batches.create_batch(ctx, batches.BatchForm.defaults("county", dt.date(2025, 1, 1), name=BATCH)).id


def add_cadre(db: Database, name: str, birth: dt.date, unit: str = "县教育局", male: bool = True) -> int:
    with db.session() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.name == unit))
        c = Cadre(
            name=name,
            gender="男" if male else "女",
            id_number=make_id(birth, male),
            birth_date=birth,
            unit_id=unit_id,
            name_initials=initials_index(name),
            name_strokes=stroke_key(name),
        )
        s.add(c)
        s.flush()
        return c.id


def write_roster(path: Path) -> dict[str, Any]:
    """A roster as units send it: title, 填报单位 line, header with synonyms, one bad ID, a footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "名单"
    ws.append(["2025年度驻村蹲点选派干部名单"])
    ws.append(["填报单位：县委组织部"])
    ws.append(HEADER)
    people = [
        ("张三", "男", make_id(dt.date(1985, 3, 12), True), "1985.03", "中共党员", "县财政局", "科员", "黄河口镇", "二村", "第一书记"),
        ("李四", "女", make_id(dt.date(1990, 7, 1), False), "1990.07", "中共党员", "县财政局", "副科长", "黄河口镇", "二村", "队员"),
        ("王五", "男", make_id(dt.date(1988, 1, 20), True), "1988.01", "群众", "县教育局", "教师", "仙河镇", "四村", "第一书记"),
    ]  # fmt: skip
    good_id = make_id(dt.date(1979, 11, 5), True)
    bad_id = good_id[:-1] + ("0" if good_id[-1] != "0" else "1")  # wrong check digit
    people.append(
        ("赵六", "男", bad_id, "1979.11", "中共党员", "县教育局", "主任", "仙河镇", "幸福社区", "队员")
    )
    for i, p in enumerate(people, start=1):
        ws.append([i, *p])
    ws.append(["合计", "4人"])
    wb.save(path)
    return {"good": people[:3], "bad_row": 7, "bad_name": "赵六"}


def ok_index(model: RowTableModel[Any], row: int, key: str) -> QModelIndex:
    return model.index(row, model.column_index(key))


def page_row(page: RosterPage, name: str) -> DispatchRow:
    rows = [r for r in page.model.rows() if r.name == name]
    assert rows, f"{name} not on the roster"
    active = [r for r in rows if r.active]
    return (active or rows)[0]


# --------------------------------------------------------------------------- the whole flow


def test_roster_flow(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    page = RosterPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.reload()
    assert page.snapshot is not None and page.snapshot.batch is None
    assert not page.import_button.isEnabled()

    # ---- 新建批次: level defaults shown and applied, a rule parameter changed
    dialog = page.open_batch_dialog(new=True)
    assert isinstance(dialog, BatchDialog) and page.dialog is dialog
    dialog.name_edit.setText(BATCH)
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("province"))
    assert dialog.rule_spins["term_years"].value() == 2
    assert dialog.default_labels["term_years"].text() == "默认 2"
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("county"))
    assert dialog.rule_spins["term_years"].value() == 1
    assert dialog.default_labels["min_days_month"].text() == "默认 22"
    dialog.start_edit.setDate(qdate(dt.date(2025, 3, 1)))
    assert dialog.end_edit.date() == qdate(dt.date(2026, 2, 28))
    dialog.rule_spins["min_days_month"].setValue(20)
    dialog.submit()
    assert dialog.result() == BatchDialog.DialogCode.Accepted, dialog.error()
    assert page.snapshot.batch is not None and page.snapshot.batch.name == BATCH
    assert page.snapshot.batch.min_days_month == 20 and page.snapshot.batch.term_years == 1
    assert page.import_button.isEnabled()

    # a second batch with the same name is refused inside the dialog, which stays open
    again = page.open_batch_dialog(new=True)
    assert isinstance(again, BatchDialog)
    again.name_edit.setText(BATCH)
    again.submit()
    assert "已存在" in again.error() and again.result() != BatchDialog.DialogCode.Accepted
    again.reject()

    # ---- 编辑批次: the rule parameter round-trips and is audited
    edit = page.open_batch_dialog(new=False)
    assert isinstance(edit, BatchDialog) and not edit.is_new
    assert edit.rule_spins["min_days_month"].value() == 20
    edit.rule_spins["min_days_year"].setValue(240)
    edit.submit()
    assert edit.result() == BatchDialog.DialogCode.Accepted, edit.error()
    with env.db.reader() as s:
        batch = s.scalar(select(Batch).where(Batch.name == BATCH))
        assert batch is not None and batch.min_days_year == 240 and batch.min_days_month == 20
        assert s.scalar(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "batch.update")
            .order_by(AuditEntry.id.desc())
        )

    # ---- 导入名单 with preview
    xlsx = env.tmp / "财政局报送名单.xlsx"
    facts = write_roster(xlsx)
    imp = page.open_import()
    assert isinstance(imp, ImportDialog)
    imp.ask_open_path = lambda _title, _filters: str(xlsx)
    imp.choose_file()
    assert imp.roster_layout is not None
    assert imp.roster_layout.header_rows == (3,)
    assert "填报单位：县委组织部" in imp.title_label.text()
    mapping = {c: combo.currentData() for c, combo in imp.mapping_combos.items()}
    assert mapping[1] == "name" and mapping[3] == "id_number" and mapping[9] == "place"
    assert mapping[10] == "role" and mapping[8] == "township"
    assert mapping[7] == ""  # 干部职务 is not a known caption: ignored until the clerk maps it
    qtmodeltester.check(imp.model)
    shown = imp.preview_rows()
    bad = [p for p in shown if p.row == facts["bad_row"]]
    assert len(bad) == 1 and bad[0].status == "rejected" and "校验位" in bad[0].note
    bad_index = imp.model.index(imp.model.find(lambda p: p.row == facts["bad_row"]), 1)
    assert imp.model.data(bad_index, Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    assert "不合格" in imp.model.data(bad_index)
    assert facts["bad_name"] in "".join(bad[0].cells)
    assert str(facts["bad_row"]) in imp.model.data(bad_index, Qt.ItemDataRole.ToolTipRole)
    footer = [p for p in shown if p.status == "ignored"]
    assert footer and footer[0].cells[0] == "合计"
    assert "不合格 1 行" in imp.summary_label.text()
    assert not imp.import_button.isEnabled()  # all-or-nothing until 跳过不合格的行 is chosen
    imp.only_bad_check.setChecked(True)
    assert [p.row for p in imp.preview_rows()] == [facts["bad_row"]]
    imp.only_bad_check.setChecked(False)

    # the clerk maps 干部职务 to 现任职务; the dry run runs again with that layout
    imp.set_mapping(7, "post")
    imp.revalidate()
    assert imp.roster_layout.columns.get(7) == "post"
    imp.set_mapping(9, "")  # without a place column, only the township remains: still importable
    imp.revalidate()
    assert imp.roster_layout.column_of("place") is None
    imp.set_mapping(9, "place")
    imp.revalidate()
    annotated = env.tmp / "校验结果.xlsx"
    imp.save_annotated(annotated)
    assert annotated.stat().st_size > 0
    notes = [c.value for row in openpyxl.load_workbook(annotated).active.iter_rows() for c in row if c.value]
    assert any(isinstance(v, str) and "校验位错误" in v for v in notes), notes
    imp.skip_invalid_check.setChecked(True)
    assert imp.import_button.isEnabled()
    imp.submit()
    assert imp.result() == ImportDialog.DialogCode.Accepted, imp.error()
    assert imp.report is not None and imp.report.imported == 3 and len(imp.report.rejected) == 1
    assert {r.name for r in page.model.rows()} == {"张三", "李四", "王五"}
    assert all(r.status == DispatchStatus.NOMINATED.value for r in page.model.rows())
    with env.db.reader() as s:
        assert s.scalar(select(Cadre.post).where(Cadre.name == "张三")) == "科员"
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.quota_model)
    qtmodeltester.check(page.violation_model)

    # ---- filters and search
    page.township_combo.setCurrentIndex(page.township_combo.findData("仙河镇"))
    assert page.proxy.rowCount() == 1 and page.proxy.row_at(0).name == "王五"
    page.clear_filters()
    page.search_edit.setText("zs")
    page.apply_filter()
    assert [page.proxy.row_at(i).name for i in range(page.proxy.rowCount())] == ["张三"]
    page.clear_filters()
    assert page.proxy.rowCount() == 3

    # ---- 指派: a cadre from the cadre list to 三村 as 第一书记
    sun = add_cadre(env.db, "孙七", dt.date(1987, 5, 6), unit="县财政局")
    page.open_assign()
    assign = page.dialog
    assert isinstance(assign, AssignDialog)
    qtmodeltester.check(assign.picker.model)
    # the imported cadres are already on the roster: only 孙七 is free
    assert {c.name for c in assign.picker.model.rows()} == {"孙七"}
    assign.submit()
    assert "选择一名干部" in assign.error()
    assert assign.picker.select_id(sun)
    assign.place_picker.set_place(env.places["三村"])
    assign.role.setCurrentIndex(assign.role.findData("第一书记"))
    assign.submit()
    assert assign.result() == AssignDialog.DialogCode.Accepted, assign.error()
    row = page_row(page, "孙七")
    assert (row.place, row.role, row.status) == ("三村", "第一书记", "推荐")
    assert page.selected_rows() and page.selected_rows()[0].id == row.id

    # ---- 调整: another place and role
    adjust = page.open_adjust()
    assert isinstance(adjust, AdjustDialog)
    adjust.submit()
    assert "没有变化" in adjust.error()
    adjust.place_picker.set_place(env.places["一村"])
    adjust.role.setCurrentIndex(adjust.role.findData("队员"))
    adjust.submit()
    assert adjust.result() == AdjustDialog.DialogCode.Accepted, adjust.error()
    row = page_row(page, "孙七")
    assert (row.place, row.role) == ("一村", "队员")

    # ---- 推进状态: 推荐 → 审核 → 培训 → (training not done) reason → 在岗
    page.select_dispatch(row.id)
    page.advance_selected()
    assert page_row(page, "孙七").status == "审核"
    assert any("推荐→审核" in t for t in env.notifier.texts("confirm"))
    page.select_dispatch(row.id)
    page.advance_selected()
    assert page_row(page, "孙七").status == "培训"
    page.select_dispatch(row.id)
    page.advance_selected()
    assert page_row(page, "孙七").status == "培训"  # held back: training not completed
    override = page.dialog
    assert isinstance(override, TrainingOverrideDialog)
    override.submit()
    assert override.result() != TrainingOverrideDialog.DialogCode.Accepted  # a reason is required
    override.reason_edit.setPlainText("春耕急需，培训随下期补训")
    override.submit()
    assert page_row(page, "孙七").status == "在岗"
    with env.db.reader() as s:
        reasons = list(s.scalars(select(DispatchEvent.reason).where(DispatchEvent.dispatch_id == row.id)))
    assert "未完成岗前培训先行上岗，原因：春耕急需，培训随下期补训" in reasons
    with env.db.reader() as s:  # the override and its reason are in the audit log too
        details = list(
            s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "dispatch.advance-many"))
        )
    assert any("春耕急需，培训随下期补训" in (d or "") for d in details)

    # several rows at once: the three imported ones go 推荐 → 审核 together
    page.view.selectAll()
    page.advance_selected()
    statuses = {r.name: r.status for r in page.model.rows()}
    assert statuses == {"张三": "审核", "李四": "审核", "王五": "审核", "孙七": "期满"}

    # ---- 召回/轮换 with a replacement
    zhou = add_cadre(env.db, "周八", dt.date(1991, 9, 9), unit="县财政局", male=False)
    page.select_dispatch(page_row(page, "王五").id)
    page.open_end_early()
    end = page.dialog
    assert isinstance(end, EndEarlyDialog)
    end.submit()
    assert "原因" in end.error()
    end.rotate_radio.setChecked(True)
    end.reason_edit.setPlainText("因工作需要轮换")
    end.replace_check.setChecked(True)
    end.submit()
    assert "接替人员" in end.error()
    assert end.picker.select_id(zhou)
    end.submit()
    assert end.result() == EndEarlyDialog.DialogCode.Accepted, end.error()
    wang = page_row(page, "王五")
    new = page_row(page, "周八")
    assert wang.status == "轮换" and wang.replaced_by == "周八" and wang.status_reason == "因工作需要轮换"
    assert (new.place, new.role, new.status) == ("四村", "第一书记", "推荐")
    status_col = page.model.column_index("status")
    tip = page.model.data(
        page.model.index(page.model.find(lambda r: r.id == wang.id), status_col), Qt.ItemDataRole.ToolTipRole
    )
    assert "周八" in tip and "轮换" in tip
    assert [r.name for r in page.selected_rows()] == ["周八"] and page.adjust_button.isEnabled()

    # ---- quotas and violations
    assert page.set_quota("县财政局", 5)
    quota = next(q for q in page.quota_model.rows() if q.unit == "县财政局")
    assert (quota.quota, quota.sent, quota.short) == (5, 4, 1)  # 张三 李四 孙七 (期满) 周八
    violations = page.violation_model.rows()
    rules = {v.rule for v in violations}
    assert {"unit-quota", "township-lead"} <= rules
    quota_v = next(v for v in violations if v.rule == "unit-quota")
    target = page.jump_to(quota_v)
    assert target is not None and target.kind == "unit"
    selected = page.quota_view.selectionModel().selectedRows()
    assert selected and page.quota_proxy.row_at(selected[0].row()).unit == "县财政局"
    lead_v = next(v for v in violations if v.rule == "township-lead")
    assert page.jump_to(lead_v) is not None
    assert page.township_combo.currentData() == lead_v.subject.removeprefix(f"{BATCH} / ")
    assert {page.proxy.row_at(i).township for i in range(page.proxy.rowCount())} == {
        page.township_combo.currentData()
    }
    page.clear_filters()
    # 三村 (革命老区) is uncovered: a jump offers to assign someone there (once someone is free)
    target = page.jump_to(
        next(v for v in violations if v.rule == "priority-uncovered" and "三村" in v.subject)
    )
    assert page.dialog is None and any("没有可指派的干部" in t for t in env.notifier.texts("info"))
    add_cadre(env.db, "吴九", dt.date(1993, 2, 2))
    uncovered = next(v for v in violations if v.rule == "priority-uncovered" and "三村" in v.subject)
    assert uncovered.severity == "warning"
    target = page.jump_to(uncovered)
    assert target is not None and target.kind == "place"
    offered = page.dialog
    assert isinstance(offered, AssignDialog) and offered.place_picker.place_id() == env.places["三村"]
    offered.reject()
    # a violation about a cadre selects the cadre's row
    zhang = next(r for r in page.model.rows() if r.name == "张三")
    fake = Violation(
        "insurance", f"{BATCH} / 张三", "在岗但未登记人身意外伤害保险", target=("dispatch", zhang.id)
    )
    target = page.jump_to(fake)
    assert target is not None and target.kind == "dispatch"
    assert page.selected_rows()[0].name == "张三"
    qtmodeltester.check(page.violation_model)

    # ---- 导出 Excel and 打印 PDF (files chosen by the injected dialogs)
    out_xlsx = env.tmp / "导出" / "名单.xlsx"
    out_xlsx.parent.mkdir()
    page.ask_save_path = lambda _p, _t, _s, _f: str(out_xlsx.with_suffix(""))  # suffix added by the page
    page.export_excel("township")
    assert out_xlsx.exists() and out_xlsx.stat().st_size > 0
    assert page.last_export == out_xlsx
    ws = openpyxl.load_workbook(out_xlsx).active
    cells = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
    assert {"张三", "李四", "孙七", "周八"} <= cells
    out_pdf = env.tmp / "导出" / "名单.pdf"
    page.ask_save_path = lambda _p, _t, _s, _f: str(out_pdf)
    page.print_pdf("strokes")
    assert out_pdf.exists() and out_pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out_pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "张三" in text and "周八" in text
    assert "已生成 PDF" in page.busy_label.text()
    # a cancelled file dialog does nothing
    page.ask_save_path = lambda *_a: None
    assert page.export_excel() is None
    assert not env.notifier.texts("bug") and not env.notifier.texts("error")


def test_import_without_header_reports_clearly(env: Env, qtbot: Any) -> None:
    new_batch(env.runner.ctx)
    path = env.tmp / "乱表.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["随便写的", "一些内容"])
    ws.append(["没有表头", 123])
    wb.save(path)
    dialog = ImportDialog(env.runner, env.notifier, BATCH)
    qtbot.addWidget(dialog)
    dialog.choose_file(path)
    assert dialog.roster_layout is None
    assert "找不到表头" in dialog.layout_note.text()
    assert not dialog.import_button.isEnabled()
    # a file that is not a workbook: the message names it, the dialog stays usable
    txt = env.tmp / "名单.xlsx.txt"
    txt.write_text("姓名,身份证号\n", encoding="utf-8")
    dialog.choose_file(txt)
    assert "名单.xlsx.txt" in dialog.error()
    assert dialog.choose_button.isEnabled()
    assert not env.notifier.texts("bug")


def test_locate_and_models_accept_odd_rows(qtmodeltester: Any, qapp: Any) -> None:
    """Model contract with empty data, CJK text, None values; violation subjects resolve to records."""
    rows = [
        DispatchRow(1, 1, "张三", "男", "370502198503120011", None, "", None, "", None, "", "", "队员", "推荐",
                    dt.date(2025, 1, 1), dt.date(2025, 12, 31), "", "", "", "zs", (0, "")),
        DispatchRow(2, 2, "欧阳·娜娜", "女", "", 3, "县委办", 4, "黄河口镇", 5, "一村", "村", "第一书记", "召回",
                    dt.date(2025, 1, 1), dt.date(2025, 6, 30), "身体原因", "李四", "", "oynn", (1, "黄河口镇")),
    ]  # fmt: skip
    from cadredesk.ui.pages.roster_page import QUOTA_COLUMNS, ROSTER_COLUMNS

    model: RowTableModel[DispatchRow] = RowTableModel(ROSTER_COLUMNS)
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.column_index("place"))) == "（未定）"
    quotas = [QuotaRow(3, "县委办", 2, 0), QuotaRow(4, "县财政局", 0, 1)]
    qmodel: RowTableModel[QuotaRow] = RowTableModel(QUOTA_COLUMNS)
    qmodel.set_rows(quotas)
    qtmodeltester.check(qmodel)
    assert (
        qmodel.data(qmodel.index(0, qmodel.column_index("short")), Qt.ItemDataRole.ForegroundRole).color()
        == ERROR_COLOR
    )
    assert qmodel.flags(qmodel.index(0, qmodel.column_index("quota"))) & Qt.ItemFlag.ItemIsEditable
    # a violation points at its record through the rule's own target
    t = locate(Violation("one-active-dispatch", "批 / 欧阳·娜娜", "", target=("cadre", 2)), rows)
    assert t is not None and (t.kind, t.id) == ("dispatch", 2)
    assert locate(Violation("one-active-dispatch", "批 / 别人", "", target=("cadre", 99)), rows) is None
    for kind, ident in (("unit", 3), ("place", 5), ("township", 4), ("dispatch", 1)):
        t = locate(Violation("x", "批 / 某处", "", target=(kind, ident)), rows)
        assert t is not None and (t.kind, t.id) == (kind, ident)
    assert locate(Violation("priority-share", "批 / 选派结构", ""), rows) is None
    picker_rows = [
        CadreChoice(1, "单田芳", "男", "", "", "370502********0011", "sdf dtf ctf", "", True, False)
    ]
    picker = CadrePicker(picker_rows)
    qtmodeltester.check(picker.model)
    picker.search_edit.setText("s")
    assert picker.proxy.rowCount() == 1  # 单 read as shàn in a surname
    empty: RowTableModel[Any] = RowTableModel([RowColumn("a", "甲", lambda r: str(r))])
    qtmodeltester.check(empty)


# --------------------------------------------------------------------------- 派驻点 page


def test_places_page_coverage_and_editing(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    from cadredesk.services import assignment

    batch_id = new_batch(env.runner.ctx)
    cid = add_cadre(env.db, "张三", dt.date(1985, 3, 12))
    assignment.assign(env.runner.ctx, batch_id, cid, place_id=env.places["二村"], role="第一书记")

    page = PlacesPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.reload()
    qtmodeltester.check(page.model)
    by_name = {p.name: p for p in page.model.rows()}
    assert by_name["二村"].covered and by_name["二村"].assignees == ("张三（第一书记·推荐）",)
    assert not by_name["一村"].covered and by_name["一村"].must_cover
    assert by_name["三村"].coverage_text == "未覆盖（应派尽派）"
    row = page.model.find(lambda p: p.name == "一村")
    cov = page.model.column_index("coverage")
    assert page.model.data(page.model.index(row, cov), Qt.ItemDataRole.ForegroundRole).color() == ERROR_COLOR
    assert (
        page.model.data(page.model.index(row, 0), Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    )
    assert "须全覆盖的重点村 1 个，未覆盖 1 个" in page.summary_label.text()

    page.coverage_combo.setCurrentIndex(page.coverage_combo.findData("gap"))
    assert [page.proxy.row_at(i).name for i in range(page.proxy.rowCount())] == ["一村"]
    page.coverage_combo.setCurrentIndex(0)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("社区"))
    assert [page.proxy.row_at(i).name for i in range(page.proxy.rowCount())] == ["幸福社区"]
    page.kind_combo.setCurrentIndex(0)

    # edit 二村: tag it 经济薄弱 (a checkbox)
    assert page.select_place(env.places["二村"])
    page.edit_selected()
    dialog = page.dialog
    assert isinstance(dialog, PlaceDialog)
    assert not any(c.isChecked() for c in dialog.tag_checks.values())
    dialog.tag_checks[PlaceTag.WEAK_ECONOMY.value].setChecked(True)
    dialog.submit()
    assert dialog.result() == PlaceDialog.DialogCode.Accepted, dialog.error()
    with env.db.reader() as s:
        place = s.get(Place, env.places["二村"])
        assert place is not None and place.tag_names == [PlaceTag.WEAK_ECONOMY.value]
    assert {p.name: p for p in page.model.rows()}["二村"].must_cover

    # a new place in a new township; the kind follows the name until chosen
    new = page.open_editor(None)
    new.township_combo.setEditText("新户镇")
    new.name_edit.setText("渤海社区")
    assert new.kind_combo.currentData() == "社区"
    new.tag_checks[PlaceTag.ETHNIC_MINORITY.value].setChecked(True)
    new.submit()
    assert new.result() == PlaceDialog.DialogCode.Accepted, new.error()
    added = {p.name: p for p in page.model.rows()}["渤海社区"]
    assert added.township == "新户镇" and added.tags == (PlaceTag.ETHNIC_MINORITY.value,)
    chosen = page.selected()
    assert chosen is not None and chosen.name == "渤海社区"

    # a duplicate name in the same township is refused inside the dialog
    dup = page.open_editor(None)
    dup.township_combo.setCurrentIndex(dup.township_combo.findText("黄河口镇"))
    dup.name_edit.setText("一村")
    dup.submit()
    assert "已有派驻点" in dup.error()
    dup.reject()
    assert not env.notifier.texts("bug")


def test_pages_load_and_preview_in_background_threads(db: Database, tmp_path: Path, qtbot: Any) -> None:
    """The same page and dialog with a threaded runner: results arrive on the GUI thread."""
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    t = reference.create_township(ctx, "黄河口镇")
    reference.save_place(ctx, t, "二村")
    reference.create_township(ctx, "仙河镇")
    new_batch(ctx)
    notifier = RecordingNotifier()
    runner = TaskRunner(ctx, notifier)
    try:
        page = RosterPage(runner, notifier)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.reload()
        assert page.snapshot is not None and page.snapshot.batch is not None
        path = tmp_path / "名单.xlsx"
        write_roster(path)
        dialog = ImportDialog(runner, notifier, BATCH)
        qtbot.addWidget(dialog)
        dialog.create_places_check.setChecked(True)
        dialog.choose_file(path)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
        assert dialog.preview is not None and dialog.preview.report is not None
        assert [r["row"] for r in dialog.preview.report.rejected] == [7]
        dialog.skip_invalid_check.setChecked(True)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.reload()
        assert len(page.model.rows()) == 3
        assert not notifier.texts("bug")
    finally:
        assert runner.shutdown()


@pytest.mark.gui
def test_places_page_imports_a_workbook(env: Env, qtbot: Any, tmp_path: Path) -> None:
    """导入派驻点: a workbook with one bad row → the clerk is asked, skips it, the good rows appear."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["重点村名单"],
        ["乡镇", "村名", "重点类别"],
        ["河口镇", "新村", "经济薄弱"],
        ["河口镇", "", ""],
    ):
        ws.append(row)
    path = tmp_path / "村.xlsx"
    wb.save(path)
    # an unregistered township is a rejected row now (asked about, not created silently): register it
    reference.create_township(env.runner.ctx, "河口镇")
    page = PlacesPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.reload()
    page.importer.ask_open_path = lambda _parent, _title: str(path)
    page.import_button.click()
    assert any("有 1 行不合格" in t for t in env.notifier.texts("confirm"))  # asked, and answered yes
    assert any("新增 1 个" in t for t in env.notifier.texts("info"))
    new = [p for p in page.model.rows() if p.name == "新村"]
    assert len(new) == 1 and new[0].tags == ("经济薄弱",) and new[0].township == "河口镇"
