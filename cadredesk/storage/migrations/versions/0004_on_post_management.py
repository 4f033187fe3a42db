"""On-post management (issue 10): attendance marks and index, leave status, joint household visits,
problem steps with recorder and reopening, insurer and insurance start.

Data moved:
- attendance marks: 假 → 病 where a 病假 leave covers the day, else 事; 差 → 公 (公出);
- problem and step stage 办结 → 销号;
- leave status from the dates already recorded (returned → 已销假, approved → 已批准, else 待审批);
- household_visit.dispatch_id → one household_visit_cadre row per visit.

SQLite: tables that must be rebuilt (household_visit, leave, problem_step) have no children while
they are rebuilt, so no foreign-key action fires (foreign keys stay on during migrations).

Revision ID: 0004
Revises: 0001
Create Date: 2026-12-04 12:56:10.110290
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # --- attendance: the new marks; on SQLite the table becomes clustered on its key (WITHOUT ROWID);
    # then the batch-wide index
    op.execute(
        "UPDATE attendance SET mark = '病' WHERE mark = '假' AND EXISTS (SELECT 1 FROM leave l "
        "WHERE l.dispatch_id = attendance.dispatch_id AND l.kind = '病假' "
        "AND attendance.day BETWEEN l.start AND l.\"end\")"
    )
    op.execute("UPDATE attendance SET mark = '事' WHERE mark = '假'")
    op.execute("UPDATE attendance SET mark = '公' WHERE mark = '差'")
    if op.get_bind().dialect.name == "sqlite":
        op.create_table('_attendance_new',
        sa.Column('dispatch_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('mark', sa.String(length=1), nullable=False),
        sa.ForeignKeyConstraint(['dispatch_id'], ['dispatch.id'], name='fk_attendance_dispatch_id_dispatch', ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('dispatch_id', 'day', name='pk_attendance'),
        sqlite_with_rowid=False,
        )
        op.execute(
            "INSERT INTO _attendance_new (dispatch_id, day, mark) "
            "SELECT dispatch_id, day, mark FROM attendance ORDER BY dispatch_id, day"
        )
        op.drop_table('attendance')
        op.rename_table('_attendance_new', 'attendance')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_day', ['day', 'mark', 'dispatch_id'], unique=False)

    # --- dispatch: who insures, from when
    with op.batch_alter_table('dispatch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('insurance_insurer', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('insurance_start', sa.Date(), nullable=True))

    # --- household visits made by several cadres: keep who went, rebuild the visit table, link them
    op.create_table(
        '_hv_who',
        sa.Column('visit_id', sa.Integer(), nullable=False),
        sa.Column('dispatch_id', sa.Integer(), nullable=False),
    )
    op.execute("INSERT INTO _hv_who (visit_id, dispatch_id) SELECT id, dispatch_id FROM household_visit")
    with op.batch_alter_table('household_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_visit_dispatch_id'))
        batch_op.drop_constraint(batch_op.f('fk_household_visit_dispatch_id_dispatch'), type_='foreignkey')
        batch_op.drop_column('dispatch_id')
    op.create_table('household_visit_cadre',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('dispatch_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dispatch_id'], ['dispatch.id'], name=op.f('fk_household_visit_cadre_dispatch_id_dispatch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['household_visit.id'], name=op.f('fk_household_visit_cadre_visit_id_household_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'dispatch_id', name=op.f('pk_household_visit_cadre'))
    )
    with op.batch_alter_table('household_visit_cadre', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_visit_cadre_dispatch_id'), ['dispatch_id'], unique=False)
    op.execute("INSERT INTO household_visit_cadre (visit_id, dispatch_id) SELECT visit_id, dispatch_id FROM _hv_who")
    op.drop_table('_hv_who')

    # --- leave: status and the request/decision facts
    with op.batch_alter_table('leave', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('requested_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('decision_note', sa.Text(), nullable=True))
    op.execute(
        "UPDATE leave SET status = CASE WHEN returned_on IS NOT NULL THEN '已销假' "
        "WHEN approved_on IS NOT NULL THEN '已批准' ELSE '待审批' END"
    )
    with op.batch_alter_table('leave', schema=None) as batch_op:
        batch_op.alter_column('status', existing_type=sa.String(length=4), nullable=False)

    # --- problems: who found it; steps with the recording clerk and time; 办结 is called 销号
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('found_by', sa.String(length=64), nullable=True))
    with op.batch_alter_table('problem_step', schema=None) as batch_op:
        batch_op.add_column(sa.Column('at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('recorded_by', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('reopened', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('problem_step', schema=None) as batch_op:
        batch_op.alter_column('reopened', existing_type=sa.Boolean(), server_default=None)
    op.execute("UPDATE problem SET stage = '销号' WHERE stage = '办结'")
    op.execute("UPDATE problem_step SET stage = '销号' WHERE stage = '办结'")


def downgrade() -> None:
    op.execute("UPDATE problem_step SET stage = '办结' WHERE stage = '销号'")
    op.execute("UPDATE problem SET stage = '办结' WHERE stage = '销号'")
    op.execute("DELETE FROM problem_step WHERE reopened")
    with op.batch_alter_table('problem_step', schema=None) as batch_op:
        batch_op.drop_column('reopened')
        batch_op.drop_column('recorded_by')
        batch_op.drop_column('at')

    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_column('found_by')

    with op.batch_alter_table('leave', schema=None) as batch_op:
        batch_op.drop_column('decision_note')
        batch_op.drop_column('requested_on')
        batch_op.drop_column('status')

    op.create_table(
        '_hv_who',
        sa.Column('visit_id', sa.Integer(), nullable=False),
        sa.Column('dispatch_id', sa.Integer(), nullable=False),
    )
    op.execute(
        "INSERT INTO _hv_who (visit_id, dispatch_id) SELECT visit_id, MIN(dispatch_id) "
        "FROM household_visit_cadre GROUP BY visit_id"
    )
    with op.batch_alter_table('household_visit_cadre', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_visit_cadre_dispatch_id'))
    op.drop_table('household_visit_cadre')
    op.execute("DELETE FROM household_visit WHERE id NOT IN (SELECT visit_id FROM _hv_who)")
    with op.batch_alter_table('household_visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dispatch_id', sa.INTEGER(), nullable=True))
    op.execute(
        "UPDATE household_visit SET dispatch_id = (SELECT w.dispatch_id FROM _hv_who w "
        "WHERE w.visit_id = household_visit.id)"
    )
    op.drop_table('_hv_who')
    with op.batch_alter_table('household_visit', schema=None) as batch_op:
        batch_op.alter_column('dispatch_id', existing_type=sa.INTEGER(), nullable=False)
        batch_op.create_foreign_key(batch_op.f('fk_household_visit_dispatch_id_dispatch'), 'dispatch', ['dispatch_id'], ['id'], ondelete='CASCADE')
        batch_op.create_index(batch_op.f('ix_household_visit_dispatch_id'), ['dispatch_id'], unique=False)

    with op.batch_alter_table('dispatch', schema=None) as batch_op:
        batch_op.drop_column('insurance_start')
        batch_op.drop_column('insurance_insurer')

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_day')
    op.execute("UPDATE attendance SET mark = '差' WHERE mark = '公'")
    op.execute("UPDATE attendance SET mark = '假' WHERE mark IN ('事', '病')")
