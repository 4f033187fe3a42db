"""training and mentoring: per-course attendance, trainees, batch training rule, mentor log fields

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 12:45:27.015925

Data kept:
- a batch gets the rule 必修课, required hours = the largest ``required_hours`` of its classes (24 when
  none was set), a mentoring interval of 3 months;
- a class's old per-session attendance row (cadre, hours, completed) becomes a trainee of that class
  (the cadre's dispatch in the class's batch; a cadre without one in that batch is dropped); a
  ``completed`` row becomes 出席 at every course of the class (a class without courses gets one course
  "岗前培训（原记录）" carrying its hours); an incomplete row marks nothing (which courses were missed is
  not known) and keeps the hours in the trainee's note;
- courses: ``teacher`` → ``lecturer``; every existing course is required;
- mentor activities: ``kind`` → ``form``, ``content`` → ``topic``;
- duplicate class names in a batch and duplicate mentor names in a township get " (2)", " (3)" …
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NOW = sa.text("(CURRENT_TIMESTAMP)")


def _dedupe(conn: sa.Connection, table: str, group: str) -> None:
    """Rename rows whose (group, name) repeats: the later ones get "（2）", "（3）" …"""
    seen: dict[tuple[object, str], int] = defaultdict(int)
    rows = conn.execute(sa.text(f'SELECT id, "{group}", name FROM {table} ORDER BY id')).all()
    taken = {(g, n) for _i, g, n in rows}
    for rid, g, name in rows:
        seen[(g, name)] += 1
        if seen[(g, name)] == 1:
            continue
        k = seen[(g, name)]
        new = f"{name}（{k}）"
        while (g, new) in taken:
            k += 1
            new = f"{name}（{k}）"
        taken.add((g, new))
        conn.execute(sa.text(f"UPDATE {table} SET name = :n WHERE id = :i"), {"n": new, "i": rid})


def upgrade() -> None:
    conn = op.get_bind()

    # --- batch: the training rule and the mentoring interval
    with op.batch_alter_table("batch", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("training_rule", sa.String(length=8), nullable=False, server_default="必修课")
        )
        batch_op.add_column(sa.Column("training_hours", sa.SmallInteger(), nullable=False, server_default="24"))
        batch_op.add_column(
            sa.Column("mentor_idle_months", sa.SmallInteger(), nullable=False, server_default="3")
        )
    for batch_id, hours in conn.execute(
        sa.text("SELECT batch_id, MAX(required_hours) FROM training_session GROUP BY batch_id")
    ).all():
        h = int(Decimal(str(hours or 0)).to_integral_value())
        if h > 0:
            conn.execute(
                sa.text("UPDATE batch SET training_hours = :h WHERE id = :b"), {"h": min(h, 200), "b": batch_id}
            )

    # --- the old per-session attendance, read before its table goes
    old_rows = conn.execute(
        sa.text(
            "SELECT a.session_id, a.cadre_id, a.hours, a.completed, a.note, s.batch_id, s.start, s.required_hours "
            "FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
            "ORDER BY a.session_id, a.cadre_id"
        )
    ).all()
    op.drop_table("training_attendance")

    # --- classes and courses
    _dedupe(conn, "training_session", "batch_id")
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.create_unique_constraint("uq_training_session_batch_name", ["batch_id", "name"])
        batch_op.drop_column("required_hours")
    with op.batch_alter_table("training_course", schema=None) as batch_op:
        batch_op.alter_column("teacher", new_column_name="lecturer", existing_type=sa.String(length=64))
        batch_op.add_column(sa.Column("topic", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("required", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), server_default=_NOW, nullable=False))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), server_default=_NOW, nullable=False))

    op.create_table(
        "training_trainee",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("dispatch_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["dispatch_id"], ["dispatch.id"], name=op.f("fk_training_trainee_dispatch_id_dispatch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["training_session.id"],
            name=op.f("fk_training_trainee_session_id_training_session"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "dispatch_id", name=op.f("pk_training_trainee")),
    )  # fmt: skip
    with op.batch_alter_table("training_trainee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_trainee_dispatch_id"), ["dispatch_id"], unique=False)
    op.create_table(
        "training_attendance",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("dispatch_id", sa.Integer(), nullable=False),
        sa.Column("mark", sa.String(length=4), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"], ["training_course.id"],
            name=op.f("fk_training_attendance_course_id_training_course"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dispatch_id"], ["dispatch.id"], name=op.f("fk_training_attendance_dispatch_id_dispatch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("course_id", "dispatch_id", name=op.f("pk_training_attendance")),
    )  # fmt: skip
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_attendance_dispatch_id"), ["dispatch_id"], unique=False)

    # --- move the old attendance over
    if old_rows:
        dispatch_of = {
            (b, c): d for d, b, c in conn.execute(sa.text("SELECT id, batch_id, cadre_id FROM dispatch")).all()
        }
        courses: dict[int, list[int]] = defaultdict(list)
        for cid, sid in conn.execute(
            sa.text("SELECT id, session_id FROM training_course ORDER BY day, id")
        ).all():
            courses[sid].append(cid)
        course_table = sa.table(
            "training_course",
            sa.column("session_id", sa.Integer), sa.column("title", sa.String), sa.column("day", sa.Date),
            sa.column("hours", sa.Numeric), sa.column("required", sa.Boolean),
        )  # fmt: skip
        trainees: list[dict[str, object]] = []
        marks: list[dict[str, object]] = []
        for sid, cadre_id, hours, completed, note, batch_id, start, required_hours in old_rows:
            did = dispatch_of.get((batch_id, cadre_id))
            if did is None:
                continue
            if not completed and hours:
                kept = f"原记录：已修 {Decimal(str(hours)).normalize():f} 学时，未结业"
                note = f"{note}；{kept}" if note else kept
            trainees.append({"session_id": sid, "dispatch_id": did, "note": note})
            if not completed:
                continue
            if not courses[sid]:
                if isinstance(start, str):  # SQLite hands raw dates back as text
                    start = dt.date.fromisoformat(start[:10])
                conn.execute(
                    course_table.insert().values(
                        session_id=sid, title="岗前培训（原记录）", day=start,
                        hours=Decimal(str(required_hours or hours or 1)), required=True,
                    )
                )  # fmt: skip
                courses[sid] = [
                    conn.execute(
                        sa.text("SELECT MAX(id) FROM training_course WHERE session_id = :s"), {"s": sid}
                    ).scalar_one()
                ]
            marks.extend({"course_id": c, "dispatch_id": did, "mark": "出席"} for c in courses[sid])
        trainee_table = sa.table(
            "training_trainee", sa.column("session_id"), sa.column("dispatch_id"), sa.column("note")
        )
        mark_table = sa.table("training_attendance", sa.column("course_id"), sa.column("dispatch_id"), sa.column("mark"))
        if trainees:
            conn.execute(trainee_table.insert(), trainees)
        if marks:
            conn.execute(mark_table.insert(), marks)

    # --- mentors and their log
    _dedupe(conn, "mentor", "township_id")
    with op.batch_alter_table("mentor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.create_unique_constraint("uq_mentor_township_name", ["township_id", "name"])
    with op.batch_alter_table("mentor_activity", schema=None) as batch_op:
        batch_op.alter_column("kind", new_column_name="form", existing_type=sa.String(length=16))
        batch_op.alter_column("content", new_column_name="topic", existing_type=sa.Text())
        batch_op.add_column(sa.Column("outcome", sa.Text(), nullable=True))


def downgrade() -> None:
    """Back to 0001's shape; per-course attendance and trainees are lost (the old rows are not rebuilt)."""
    with op.batch_alter_table("mentor_activity", schema=None) as batch_op:
        batch_op.drop_column("outcome")
        batch_op.alter_column("topic", new_column_name="content", existing_type=sa.Text())
        batch_op.alter_column("form", new_column_name="kind", existing_type=sa.String(length=16))
    with op.batch_alter_table("mentor", schema=None) as batch_op:
        batch_op.drop_constraint("uq_mentor_township_name", type_="unique")
        batch_op.drop_column("note")
    op.drop_table("training_attendance")
    op.drop_table("training_trainee")
    with op.batch_alter_table("training_course", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")
        batch_op.drop_column("required")
        batch_op.drop_column("topic")
        batch_op.alter_column("lecturer", new_column_name="teacher", existing_type=sa.String(length=64))
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("required_hours", sa.Numeric(precision=6, scale=1), nullable=False, server_default="0")
        )
        batch_op.drop_constraint("uq_training_session_batch_name", type_="unique")
        batch_op.drop_column("note")
    op.create_table(
        "training_attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("cadre_id", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=6, scale=1), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cadre_id"], ["cadre.id"], name=op.f("fk_training_attendance_cadre_id_cadre"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["training_session.id"],
            name=op.f("fk_training_attendance_session_id_training_session"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "cadre_id", name=op.f("pk_training_attendance")),
    )  # fmt: skip
    with op.batch_alter_table("batch", schema=None) as batch_op:
        batch_op.drop_column("mentor_idle_months")
        batch_op.drop_column("training_hours")
        batch_op.drop_column("training_rule")
