"""evaluation ballots and parameters

The three parties' recommended grades, the democratic vote counts, who decided and why on
``evaluation``; each batch's evaluation parameters (``evaluation_rule``); ballots printed for one
evaluation (kind, year) with the cadres in printed order and what each voter ticked.

No earlier version wrote ``ballot`` or ``ballot_mark`` rows; the new NOT NULL columns still get a
temporary server default so that an upgrade never fails on a row, then the default is dropped
(the models declare none).

Revision ID: 0005
Revises: 0001
Create Date: 2026-12-04 13:49:32.320495
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('evaluation_rule',
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('weight_unit', sa.Numeric(precision=4, scale=2), nullable=False),
    sa.Column('weight_org', sa.Numeric(precision=4, scale=2), nullable=False),
    sa.Column('weight_township', sa.Numeric(precision=4, scale=2), nullable=False),
    sa.Column('weight_democratic', sa.Numeric(precision=4, scale=2), nullable=False),
    sa.Column('excellent_min', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.Column('competent_min', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.Column('basic_min', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.Column('excellent_ceiling', sa.String(length=16), nullable=False),
    sa.Column('incompetent_vote_share', sa.String(length=16), nullable=False),
    sa.Column('min_valid_ballots', sa.SmallInteger(), nullable=False),
    sa.Column('ballots_per_place', sa.SmallInteger(), nullable=False),
    sa.Column('points_excellent', sa.SmallInteger(), nullable=False),
    sa.Column('points_competent', sa.SmallInteger(), nullable=False),
    sa.Column('points_basic', sa.SmallInteger(), nullable=False),
    sa.Column('points_incompetent', sa.SmallInteger(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['batch.id'], name=op.f('fk_evaluation_rule_batch_id_batch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('batch_id', name=op.f('pk_evaluation_rule'))
    )
    with op.batch_alter_table('ballot', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=8), nullable=False, server_default='期满考核'))
        batch_op.add_column(sa.Column('year', sa.SmallInteger(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('tallied_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('tallied_by', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('void_reason', sa.Text(), nullable=True))
        batch_op.create_index('ix_ballot_batch_kind_year', ['batch_id', 'kind', 'year'], unique=False)
        batch_op.drop_column('returned')

    with op.batch_alter_table('ballot_mark', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.SmallInteger(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('marks', sa.String(length=8), nullable=True))
        batch_op.create_index(batch_op.f('ix_ballot_mark_dispatch_id'), ['dispatch_id'], unique=False)
        batch_op.drop_column('grade')

    with op.batch_alter_table('ballot', schema=None) as batch_op:
        batch_op.alter_column('kind', server_default=None)
        batch_op.alter_column('year', server_default=None)

    with op.batch_alter_table('ballot_mark', schema=None) as batch_op:
        batch_op.alter_column('position', server_default=None)

    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit_grade', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('org_grade', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('township_grade', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('votes_excellent', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('votes_competent', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('votes_basic', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('votes_incompetent', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('democratic_source', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('grade_note', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('decided_by', sa.String(length=32), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_column('decided_by')
        batch_op.drop_column('grade_note')
        batch_op.drop_column('democratic_source')
        batch_op.drop_column('votes_incompetent')
        batch_op.drop_column('votes_basic')
        batch_op.drop_column('votes_competent')
        batch_op.drop_column('votes_excellent')
        batch_op.drop_column('township_grade')
        batch_op.drop_column('org_grade')
        batch_op.drop_column('unit_grade')

    with op.batch_alter_table('ballot_mark', schema=None) as batch_op:
        batch_op.add_column(sa.Column('grade', sa.VARCHAR(length=4), nullable=False, server_default=''))
        batch_op.drop_index(batch_op.f('ix_ballot_mark_dispatch_id'))
        batch_op.drop_column('marks')
        batch_op.drop_column('position')

    with op.batch_alter_table('ballot', schema=None) as batch_op:
        batch_op.add_column(sa.Column('returned', sa.BOOLEAN(), nullable=False, server_default=sa.false()))
        batch_op.drop_index('ix_ballot_batch_kind_year')
        batch_op.drop_column('void_reason')
        batch_op.drop_column('tallied_by')
        batch_op.drop_column('tallied_at')
        batch_op.drop_column('year')
        batch_op.drop_column('kind')

    op.drop_table('evaluation_rule')
