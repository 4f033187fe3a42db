"""Undo an import as a whole, delete records entered by mistake — while nothing refers to them (both engines)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from cadredesk.core.models import (
    Attendance,
    AuditEntry,
    Batch,
    Cadre,
    Dispatch,
    DispatchEvent,
    Place,
    Township,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
    Unit,
)
from cadredesk.errors import ValidationError
from cadredesk.services import assignment, batches, deletion, import_runs, reference, reference_import
from cadredesk.services import roster_import as ri
from cadredesk.services.context import Context
from tests.factories import make_id

P1, P2, P3 = (
    make_id(dt.date(1984, 4, 4), seq=1),
    make_id(dt.date(1987, 7, 7), seq=2),
    make_id(dt.date(1990, 9, 9), seq=3),
)


def book(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def counts(ctx: Context) -> dict[str, int]:
    with ctx.db.reader() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Cadre, Dispatch, DispatchEvent, Place, Township, Unit, Batch)
        }


def roster(tmp_path: Path, name: str = "名单.xlsx") -> Path:
    return book(
        tmp_path / name,
        [
            ["2026年度驻村干部名单"],
            ["填报单位：县水利局"],
            ["姓名", "身份证号", "乡镇", "派驻村", "派驻身份"],
            ["马骁", P1, "新建镇", "新建村", "第一书记"],
            ["牛犇", P2, "新建镇", "新建村", "队员"],
            ["杨帆", P3, "老镇", "老村", "队员"],
        ],
    )


def test_undo_a_roster_import_as_a_whole(any_ctx: Context, tmp_path: Path) -> None:
    ctx = any_ctx
    t = reference.create_township(ctx, "老镇")
    reference.save_place(ctx, t, "老村")
    before = counts(ctx)
    report = ri.import_roster(ctx, roster(tmp_path), "2026年度驻村", create_places=True)
    assert report.imported == 3 and report.run_id is not None
    after = counts(ctx)
    # created: the batch, 3 cadres and dispatches (+3 status records), 新建镇/新建村, the unit 县水利局
    assert {k: after[k] - before[k] for k in after} == {
        "cadre": 3, "dispatch": 3, "dispatch_event": 3, "place": 1, "township": 1, "unit": 1, "batch": 1,
    }  # fmt: skip
    [run] = import_runs.list_imports(ctx)
    assert (run.id, run.kind, run.file, run.batch, run.undone) == (
        report.run_id,
        "roster",
        "名单.xlsx",
        "2026年度驻村",
        False,
    )
    assert run.created == {"dispatch": 3, "cadre": 3, "township": 1, "place": 1, "unit": 1, "batch": 1}

    result = import_runs.undo_import(ctx, report.run_id)
    assert result.deleted == {"dispatch": 3, "cadre": 3, "place": 1, "township": 1, "unit": 1, "batch": 1}
    assert counts(ctx) == before  # 老镇老村 were there before and stay
    with ctx.db.reader() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert last.action == "import.undo" and "名单.xlsx" in (last.detail or "")
    with pytest.raises(ValidationError, match=r"已于 .* 撤销"):
        import_runs.undo_import(ctx, report.run_id)
    # the same file can be imported again afterwards
    assert ri.import_roster(ctx, roster(tmp_path), "2026年度驻村", create_places=True).imported == 3


def test_undo_is_refused_while_something_refers_to_the_rows(any_ctx: Context, tmp_path: Path) -> None:
    ctx = any_ctx
    t = reference.create_township(ctx, "老镇")
    reference.save_place(ctx, t, "老村")
    report = ri.import_roster(ctx, roster(tmp_path), "2026年度驻村", create_places=True)
    assert report.run_id is not None
    with ctx.db.session() as s:
        d = s.scalar(select(Dispatch).join(Cadre).where(Cadre.id_number == P1))
        assert d is not None
        s.add(Attendance(dispatch_id=d.id, day=dt.date(2026, 3, 2), mark="在"))
        s.add(Attendance(dispatch_id=d.id, day=dt.date(2026, 3, 3), mark="在"))
        session = TrainingSession(
            batch_id=d.batch_id, name="岗前培训班", start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 3)
        )
        s.add(session)
        s.flush()
        course = TrainingCourse(session_id=session.id, title="乡村振兴政策", day=dt.date(2026, 2, 1), hours=4)
        s.add(course)
        s.flush()
        s.add(TrainingAttendance(course_id=course.id, dispatch_id=d.id, mark="出席"))
        s.commit()
        training_session = session.id
    did = assignment.find_dispatch(ctx, P2)
    assignment.advance(ctx, did)  # 牛犇: 推荐 → 审核 after the import
    before = counts(ctx)
    with pytest.raises(ValidationError) as exc:
        import_runs.undo_import(ctx, report.run_id)
    message = exc.value.message
    assert exc.value.key == "undo-refused"
    assert "派驻记录牛犇在导入后已被修改" in message
    assert "派驻记录马骁已被其他记录引用（考勤记录 2 条、培训记录 1 条）" in message
    assert "批次2026年度驻村已被其他记录引用（培训班 1 条）" in message
    assert counts(ctx) == before  # nothing changed
    # once those records are gone (and the step taken back), the undo goes through
    with ctx.db.session() as s:
        s.execute(Attendance.__table__.delete())
        s.execute(TrainingAttendance.__table__.delete())
        s.execute(TrainingSession.__table__.delete().where(TrainingSession.id == training_session))
        s.commit()
    with pytest.raises(ValidationError, match="牛犇在导入后已被修改"):
        import_runs.undo_import(ctx, report.run_id)  # a step back is a change too: the clerk deletes by hand


def test_undo_a_places_import_restores_what_it_changed(ctx: Context, tmp_path: Path) -> None:
    t = reference.create_township(ctx, "老镇")
    old = reference.save_place(ctx, t, "老村", kind="村", tags=["革命老区"])
    b = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻村")
    )
    path = book(
        tmp_path / "村情.xlsx",
        [
            ["乡镇", "村名", "类型", "重点类别"],
            ["老镇", "老村", "村", "软弱涣散"],
            ["新镇", "新村", "村", "经济薄弱"],
        ],
    )
    with pytest.raises(ValidationError) as exc:
        reference_import.import_places(ctx, path)  # 新镇 is not registered: asked, not created silently
    assert exc.value.result.rejected == [
        {"row": 3, "name": "新村", "reason": "乡镇“新镇”尚未登记（导入时选择“新建乡镇”可一并新建）"}
    ]
    report = reference_import.import_places(ctx, path, create_townships=True, batch="2026年驻村")
    assert (report.imported, report.updated, report.created_townships) == (1, 1, ["新镇"])
    assert reference.batch_tags_of(ctx, b.id)[old] == ("软弱涣散",)
    assert report.run_id is not None
    result = import_runs.undo_import(ctx, report.run_id)
    assert (result.deleted, result.restored) == ({"place": 1, "township": 1}, 1)
    places = {(p.township, p.name): p.tags for p in reference.list_places(ctx)}
    assert places == {("老镇", "老村"): ("革命老区",)}
    assert reference.batch_tags_of(ctx, b.id) == {old: ("革命老区",)}


def test_delete_what_nothing_refers_to(any_ctx: Context) -> None:
    ctx = any_ctx
    b = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻村")
    )
    mistake = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻材")
    )
    t = reference.create_township(ctx, "老镇")
    used = reference.save_place(ctx, t, "老村", tags=["软弱涣散"])
    typo = reference.save_place(ctx, t, "老材", tags=["软弱涣散"])
    unit = reference.create_unit(ctx, "县水利局")
    from cadredesk.services import cadres

    c1 = cadres.save_cadre(ctx, cadres.CadreForm(name="马骁", id_number=P1, unit_id=unit))
    c2 = cadres.save_cadre(ctx, cadres.CadreForm(name="牛犇", id_number=P2, unit_id=unit))
    assignment.assign(ctx, b.id, c1, place_id=used, role="队员")
    assignment.set_quota(ctx, mistake.id, unit, 2)

    with pytest.raises(ValidationError, match=r"干部“马骁”（.*）不能删除：已有派驻记录 1 条引用它"):
        deletion.delete_cadre(ctx, c1)
    with pytest.raises(ValidationError, match="派驻点“老镇老村”不能删除：已有派驻记录 1 条引用它"):
        deletion.delete_place(ctx, used)
    with pytest.raises(ValidationError, match="批次“2026年驻村”不能删除：已有派驻记录 1 条引用它"):
        deletion.delete_batch(ctx, b.id)
    assert deletion.delete_cadre(ctx, c2).name == "牛犇"
    assert deletion.delete_place(ctx, typo).name == "老镇老材"
    done = deletion.delete_batch(ctx, mistake.id)  # its quota and tag list go with it
    assert done.name == "2026年驻材"
    with ctx.db.reader() as s:
        details = list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "batch.delete")))
        # 老村's tag went to the newest batch (this one); 老材's went with 老材
        assert details == ["删除误建批次 2026年驻材（连同选派名额 1 条、批次重点类别 1 条）"]
        assert s.scalar(select(func.count()).select_from(Cadre)) == 1
    assert [b_.name for b_ in batches.list_batches(ctx)] == ["2026年驻村"]
