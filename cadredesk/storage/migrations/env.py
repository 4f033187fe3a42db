"""Alembic environment: always driven programmatically by cadredesk.storage.schema."""

from __future__ import annotations

from alembic import context

from cadredesk.core.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
