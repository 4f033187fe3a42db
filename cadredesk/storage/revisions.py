"""The schema revisions this program knows, oldest first (alembic's chain, without importing alembic).

Opening a database only compares its stored revision with this list; alembic itself is imported
only when a migration is due.  Adding a migration: append its revision id here
(``tests/test_storage.py`` checks that this list is alembic's chain).
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")

HEAD = REVISIONS[-1]


def schema_number(revision: str | None) -> int:
    """Position of a revision in the chain (1 = first); 0 for none. Stored in PRAGMA user_version."""
    return 0 if revision is None else REVISIONS.index(revision) + 1
