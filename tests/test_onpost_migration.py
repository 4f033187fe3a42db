"""Migration 0004 on a database holding rows of the first schema: marks, leave status, problem stages and
household visits move to their new form (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import text

from cadredesk.storage.engine import Database
from cadredesk.storage.schema import alembic_config, upgrade

OLD_ROWS = """
INSERT INTO batch (id, name, level, start, "end", term_years, min_days_month, min_days_year, households_per_cadre,
  household_visits_per_year, deputy_visit_months, head_visits_per_term, training_required, min_reserve_share, version)
  VALUES (1, 'b', 'county', '2025-12-01', '2026-11-30', 1, 22, 250, 5, 4, 6, 1, true, 0, 1);
INSERT INTO township (id, name, sort_order, version) VALUES (1, '黄河口镇', 1, 1);
INSERT INTO place (id, township_id, name, kind, sort_order, version) VALUES (1, 1, '东村', '村', 0, 1);
INSERT INTO cadre (id, name, gender, ethnicity, id_number, birth_date, is_reserve, has_grassroots_exp, name_initials,
  name_strokes, version) VALUES (1, '张伟', '男', '汉族', '370502198003010011', '1980-03-01', false, false, 'zw', '', 1);
INSERT INTO dispatch (id, batch_id, cadre_id, township_id, place_id, role, start, "end", status, version)
  VALUES (1, 1, 1, 1, 1, '第一书记', '2025-12-01', '2026-11-30', '在岗', 1);
INSERT INTO attendance (dispatch_id, day, mark) VALUES (1, '2026-03-02', '在'), (1, '2026-03-03', '假'),
  (1, '2026-03-04', '假'), (1, '2026-03-10', '假'), (1, '2026-03-11', '差');
INSERT INTO leave (id, dispatch_id, kind, start, "end", approved_by, approved_on, returned_on) VALUES
  (1, 1, '病假', '2026-03-03', '2026-03-04', '李书记', '2026-03-03', '2026-03-05'),
  (2, 1, '事假', '2026-03-10', '2026-03-10', '李书记', '2026-03-09', NULL),
  (3, 1, '事假', '2026-12-01', '2026-12-01', NULL, NULL, NULL);
INSERT INTO household (id, place_id, head_name, dispatch_id) VALUES (1, 1, '刘大爷', 1);
INSERT INTO household_visit (id, household_id, dispatch_id, day) VALUES (1, 1, 1, '2026-03-05'), (2, 1, 1, '2026-06-05');
INSERT INTO problem (id, batch_id, place_id, title, found_on, stage, version) VALUES (1, 1, 1, '路坏', '2026-03-01', '办结', 1);
INSERT INTO problem_step (id, problem_id, stage, day) VALUES (1, 1, '发现', '2026-03-01'), (2, 1, '办结', '2026-03-20');
"""


def test_upgrade_moves_old_rows(any_url: str) -> None:
    from alembic import command

    db = Database.open(any_url)
    try:
        with db.engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0001")
            for statement in OLD_ROWS.strip().split(";\n"):
                if statement.strip():
                    conn.execute(text(statement))
        upgrade(db)
        with db.engine.connect() as conn:
            marks = dict(conn.execute(text("SELECT day, mark FROM attendance ORDER BY day")).all())
            assert [marks[k] for k in sorted(marks)] == ["在", "病", "病", "事", "公"]
            assert conn.execute(text("SELECT id, status FROM leave ORDER BY id")).all() == [
                (1, "已销假"), (2, "已批准"), (3, "待审批"),
            ]  # fmt: skip
            assert conn.execute(text("SELECT stage FROM problem")).scalar() == "销号"
            assert conn.execute(text("SELECT stage FROM problem_step ORDER BY id")).scalars().all() == [
                "发现",
                "销号",
            ]
            assert conn.execute(text("SELECT COUNT(*) FROM problem_step WHERE reopened")).scalar() == 0
            assert conn.execute(
                text("SELECT visit_id, dispatch_id FROM household_visit_cadre ORDER BY visit_id")
            ).all() == [(1, 1), (2, 1)]
            if db.is_sqlite:
                sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'attendance'")).scalar()
                assert "WITHOUT ROWID" in sql
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        with db.engine.connect() as conn:
            columns = conn.execute(text("SELECT * FROM household_visit")).keys()
            assert "dispatch_id" not in list(columns)
    finally:
        db.close()
