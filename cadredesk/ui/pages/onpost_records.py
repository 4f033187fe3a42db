"""保险及党组织关系 and 实绩/负面清单 tabs of the 在岗管理 page.

保险及党组织关系: per cadre the accident insurance (insurer, policy, start, expiry — flagged 30 days ahead),
the day the Party relation moved to the village, and the monthly living allowance; edited one by one or
imported in bulk. 实绩/负面清单: entries per cadre (added, corrected, deleted).
Layouts: forms/postinfo_tab.ui, forms/postinfo_dialog.ui, forms/performance_tab.ui,
forms/performance_dialog.ui.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cadredesk.core.enums import PerformanceKind
from cadredesk.services import onpost, performance
from cadredesk.services.context import Context
from cadredesk.services.onpost import PostInfo, PostInfoChange
from cadredesk.services.performance import PerformanceForm, PerformanceRow
from cadredesk.ui.forms.ui_performance_dialog import Ui_PerformanceDialog
from cadredesk.ui.forms.ui_performance_tab import Ui_PerformanceTab
from cadredesk.ui.forms.ui_postinfo_dialog import Ui_PostInfoDialog
from cadredesk.ui.forms.ui_postinfo_tab import Ui_PostInfoTab
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.onpost_common import (
    CadreOption,
    OnPostTab,
    chosen_data,
    day_text,
    fill_cadres,
    matches,
    money_text,
    options_of,
)
from cadredesk.ui.saving_dialog import SavingDialog, pydate, set_date
from cadredesk.ui.sheet_import import SheetImportDialog
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, OK_COLOR, WARNING_COLOR
from cadredesk.ui.widgets import fill_combo

#: the insurance alert's lead time (the rule ``insurance-expiring``)
EXPIRY_ALERT_DAYS = 30
POST_FILTERS = (
    ("全部", None),
    ("未录入保险", "no-insurance"),
    ("保险 30 天内到期或已过期", "expiring"),
    ("党组织关系未转入", "no-transfer"),
)


#: the day the insurance columns are judged against (the services' clock, set by the tab on each load)
_today: list[dt.date] = [dt.date.today()]


def today() -> dt.date:
    return _today[0]


def insurance_state(p: PostInfo, today: dt.date) -> str:
    """missing | expired | expiring | ok"""
    if not p.insurer and p.insurance_expiry is None:
        return "missing"
    if p.insurance_expiry is None:
        return "missing"
    if p.insurance_expiry < today:
        return "expired"
    return "expiring" if (p.insurance_expiry - today).days <= EXPIRY_ALERT_DAYS else "ok"


def _expiry_color(p: PostInfo) -> QColor | None:
    state = insurance_state(p, today())
    return {"missing": ERROR_COLOR, "expired": ERROR_COLOR, "expiring": WARNING_COLOR}.get(state)


def _expiry_text(p: PostInfo) -> str:
    if p.insurance_expiry is None:
        return "未录入"
    state = insurance_state(p, today())
    suffix = {"expired": "（已过期）", "expiring": "（即将到期）"}.get(state, "")
    return p.insurance_expiry.isoformat() + suffix


POST_COLUMNS: list[Column[PostInfo]] = [
    Column("name", "姓名", lambda p: p.name, width=5),
    Column("township", "乡镇", lambda p: p.township, width=6),
    Column("place", "派驻点", lambda p: p.place, width=8),
    Column("insurer", "承保公司", lambda p: p.insurer or "", tooltip=lambda p: p.insurer, width=12),
    Column("policy", "保单号", lambda p: p.policy or "", width="PEAC202537059901234"),
    Column("start", "保险起期", lambda p: day_text(p.insurance_start), lambda p: p.insurance_start, width="2026-03-31"),
    Column("expiry", "保险止期", _expiry_text, lambda p: p.insurance_expiry, foreground=_expiry_color,
           width="2026-03-31（即将到期）"),
    Column("transfer", "党组织关系转入", lambda p: day_text(p.party_transfer_date) or "未转入",
           lambda p: p.party_transfer_date, foreground=lambda p: None if p.party_transfer_date else ERROR_COLOR,
           width="2026-03-31"),
    Column("allowance", "生活补助（元/月）", lambda p: money_text(p.allowance_per_month),
           lambda p: p.allowance_per_month, width="1,200.00"),
]  # fmt: skip


class PostInfoDialog(SavingDialog):
    """One cadre's insurance, Party transfer date and allowance (empty dates clear them)."""

    def __init__(self, runner: TaskRunner, info: PostInfo, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui = ui = Ui_PostInfoDialog()
        ui.setupUi(self)
        self.bind(ui.buttonBox, ui.errorLabel)
        self.info = info
        self.setWindowTitle(f"保险及党组织关系 — {info.name}")
        ui.cadreLabel.setText(f"{info.name}（{info.township}{info.place}）")
        ui.insurerEdit.setText(info.insurer or "")
        ui.policyEdit.setText(info.policy or "")
        ui.startEdit.set_value(info.insurance_start)
        ui.expiryEdit.set_value(info.insurance_expiry)
        ui.transferEdit.set_value(info.party_transfer_date)
        ui.allowanceEdit.setText("" if info.allowance_per_month is None else str(info.allowance_per_month))

    def operation(self) -> Callable[[Context], int]:
        ui = self.ui
        change = PostInfoChange(
            insurer=ui.insurerEdit.text().strip() or None, policy=ui.policyEdit.text().strip() or None,
            insurance_start=ui.startEdit.value(), insurance_expiry=ui.expiryEdit.value(),
            party_transfer_date=ui.transferEdit.value(), allowance_per_month=ui.allowanceEdit.text().strip() or None,
        )  # fmt: skip
        did = self.info.dispatch_id
        return lambda ctx: onpost.save_post_info(ctx, did, change).dispatch_id


class PostInfoTab(OnPostTab[PostInfo]):
    title = "保险及党组织关系"

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notifier, batch, parent)
        self.ui = ui = Ui_PostInfoTab()
        ui.setupUi(self)
        self.init_table(ui.view, POST_COLUMNS, on_activate=lambda p: self.open_editor(p))
        self.bind(status=ui.statusLabel)
        fill_combo(ui.filterCombo, POST_FILTERS)
        self.connect_list(
            ui.searchEdit,
            [ui.filterCombo],
            export=self.export,
            edit=lambda: self.open_editor(self.selected()),
        )
        ui.importButton.clicked.connect(self.open_import)

    def selected_id(self) -> int | None:
        p = self.selected()
        return p.dispatch_id if p else None

    def select_id(self, row_id: int) -> bool:
        from cadredesk.ui.table import select_row

        return select_row(self.view, lambda p: p.dispatch_id == row_id)

    def load_operation(self, batch: Any) -> Callable[[Context], list[PostInfo]]:
        return lambda ctx: onpost.list_post_info(ctx, batch)

    def show_data(self, rows: list[PostInfo]) -> int:
        _today[0] = self.runner.ctx.today()
        self.model.set_rows(rows)
        self.apply_filter()
        return len(rows)

    def apply_filter(self) -> None:
        self._search.stop()
        q = self.ui.searchEdit.text().strip()
        which = self.ui.filterCombo.currentData()
        day = self.runner.ctx.today()

        def accepts(p: PostInfo) -> bool:
            state = insurance_state(p, day)
            if which == "no-insurance" and state != "missing":
                return False
            if which == "expiring" and state not in ("expired", "expiring"):
                return False
            if which == "no-transfer" and p.party_transfer_date is not None:
                return False
            return not q or matches(q, p.name, p.place, p.township, p.insurer or "")

        self.proxy.set_predicate(accepts if q or which else None)
        rows = self.model.rows()
        states = [insurance_state(p, day) for p in rows]
        self.show_status(
            f"{len(rows)} 人：未录入保险 {states.count('missing')} 人，保险已过期 {states.count('expired')} 人、"
            f"30 天内到期 {states.count('expiring')} 人，党组织关系未转入 {sum(1 for p in rows if not p.party_transfer_date)} 人"
        )

    def open_editor(self, info: PostInfo | None) -> PostInfoDialog | None:
        if info is None:
            return None
        dialog = PostInfoDialog(self.runner, info, self)
        self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))
        return dialog

    def open_import(self) -> SheetImportDialog:
        return self.open_sheet_import(
            lambda ctx, path, batch, dry, skip: onpost.import_post_info(
                ctx, path, batch, skip_invalid=skip, dry_run=dry
            ),
            title="导入保险及党组织关系",
            intro="工作簿需有姓名（或身份证号）列，以及承保公司、保单号、保险起期、保险止期、党组织关系转入日期、"
            "生活补助标准中的任意几列；表中有的列按表更新，没有的列不变。",
            count=lambda r: f"{r.imported} 人（无变化 {r.skipped} 人）",
            valid=lambda r: r.imported,
        )

    def export(self) -> TaskHandle | None:
        return export_view(self, self.runner, self.notifier, self.view, POST_COLUMNS, "保险及党组织关系")


# --------------------------------------------------------------------------- 实绩/负面清单


def _kind_color(r: PerformanceRow) -> QColor | None:
    return OK_COLOR if r.kind == PerformanceKind.ACHIEVEMENT.value else ERROR_COLOR


PERFORMANCE_COLUMNS: list[Column[PerformanceRow]] = [
    Column("name", "姓名", lambda r: r.name, width=5),
    Column("kind", "类别", lambda r: "实绩" if r.kind == PerformanceKind.ACHIEVEMENT.value else "负面表现",
           lambda r: r.kind, foreground=_kind_color, width=4),
    Column("day", "日期", lambda r: r.day.isoformat(), lambda r: r.day, width="2026-03-31"),
    Column("score", "加减分", lambda r: "" if r.score is None else f"{r.score:+}", lambda r: r.score,
           align_center=True, width=4),
    Column("content", "内容", lambda r: r.content, tooltip=lambda r: r.content, width=30),
]  # fmt: skip


class PerformanceDialog(SavingDialog):
    def __init__(
        self,
        runner: TaskRunner,
        cadres: Sequence[CadreOption],
        entry: PerformanceRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = ui = Ui_PerformanceDialog()
        ui.setupUi(self)
        self.bind(ui.buttonBox, ui.errorLabel)
        self.entry = entry
        self.setWindowTitle("编辑清单条目" if entry else "新增实绩或负面表现")
        chosen = next((c.dispatch_id for c in cadres if entry and c.name == entry.name), None)
        fill_cadres(ui.cadreCombo, cadres, chosen)
        for k in PerformanceKind:
            ui.kindCombo.addItem(k.value, k.value)
        set_date(ui.dayEdit, entry.day if entry else self.runner.ctx.today())
        if entry:
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(entry.kind), 0))
            ui.contentEdit.setPlainText(entry.content)
            ui.scoreEdit.setText("" if entry.score is None else str(entry.score))

    def check(self) -> str:
        if chosen_data(self.ui.cadreCombo) is None:
            return "请选择干部"
        return "" if self.ui.contentEdit.toPlainText().strip() else "请写明具体内容"

    def operation(self) -> Callable[[Context], int]:
        ui = self.ui
        form = PerformanceForm(
            chosen_data(ui.cadreCombo), ui.kindCombo.currentData(), pydate(ui.dayEdit.date()),
            ui.contentEdit.toPlainText(), ui.scoreEdit.text().strip() or None, self.entry.id if self.entry else None,
        )  # fmt: skip
        return lambda ctx: performance.save_performance(ctx, form).id


@dataclass(frozen=True)
class PerformanceSnapshot:
    rows: list[PerformanceRow]
    cadres: list[CadreOption]


class PerformanceTab(OnPostTab[PerformanceRow]):
    title = "实绩/负面清单"

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notifier, batch, parent)
        self.ui = ui = Ui_PerformanceTab()
        ui.setupUi(self)
        self.init_table(
            ui.view, PERFORMANCE_COLUMNS, stretch="content", on_activate=lambda r: self.open_editor(r)
        )
        self.bind(status=ui.statusLabel)
        self.cadres: list[CadreOption] = []
        fill_combo(
            ui.kindCombo,
            [("实绩", PerformanceKind.ACHIEVEMENT.value), ("负面表现", PerformanceKind.NEGATIVE.value)],
            all_text="全部",
        )
        self.connect_list(
            ui.searchEdit, [ui.kindCombo], export=self.export, add=lambda: self.open_editor(None),
            edit=lambda: self.open_editor(self.selected()), delete=self.delete_selected,
        )  # fmt: skip

    def load_operation(self, batch: Any) -> Callable[[Context], PerformanceSnapshot]:
        def op(ctx: Context) -> PerformanceSnapshot:
            infos = onpost.list_post_info(ctx, batch)
            return PerformanceSnapshot(
                performance.list_performance(ctx, batch), [options_of(p) for p in infos]
            )

        return op

    def show_data(self, snap: PerformanceSnapshot) -> int:
        self.cadres = snap.cadres
        self.model.set_rows(snap.rows)
        self.apply_filter()
        return len(snap.rows)

    def apply_filter(self) -> None:
        self._search.stop()
        q = self.ui.searchEdit.text().strip()
        kind = self.ui.kindCombo.currentData()

        def accepts(r: PerformanceRow) -> bool:
            return (kind is None or r.kind == kind) and (not q or matches(q, r.name, r.content))

        self.proxy.set_predicate(accepts if q or kind else None)
        rows = self.model.rows()
        good = sum(1 for r in rows if r.kind == PerformanceKind.ACHIEVEMENT.value)
        self.show_status(
            f"实绩 {good} 条，负面表现 {len(rows) - good} 条"
            if rows
            else "尚无实绩或负面表现记录。点“新增”录入。"
        )
        self.update_buttons()

    def open_editor(self, entry: PerformanceRow | None) -> PerformanceDialog:
        dialog = PerformanceDialog(self.runner, self.cadres, entry, self)
        self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))
        return dialog

    def delete_selected(self) -> TaskHandle | None:
        r = self.selected()
        if r is None or not self.notifier.confirm(f"删除{r.name} {r.day} 的这条{r.kind}记录？", parent=self):
            return None
        return self.write(lambda ctx: performance.delete_performance(ctx, r.id), "正在删除…")

    def export(self) -> TaskHandle | None:
        return export_view(
            self, self.runner, self.notifier, self.view, PERFORMANCE_COLUMNS, "实绩和负面表现清单"
        )


__all__ = [
    "PERFORMANCE_COLUMNS",
    "POST_COLUMNS",
    "PerformanceDialog",
    "PerformanceTab",
    "PostInfoDialog",
    "PostInfoTab",
    "insurance_state",
]
