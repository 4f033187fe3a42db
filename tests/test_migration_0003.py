"""Revision 0003 on a database written by the previous version (0001): the old per-class training
rows, courses, mentors, pairs and their log are carried over as docs in the revision say."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text

from cadredesk.services import checks
from cadredesk.services.context import Actor, Context
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import SchemaState, alembic_config, ensure_schema, state

OLD_ROWS = """
INSERT INTO batch (id, name, level, start, "end", term_years, min_days_month, min_days_year, households_per_cadre,
  household_visits_per_year, deputy_visit_months, head_visits_per_term, training_required, min_reserve_share,
  version, created_at, updated_at)
  VALUES (1, '2026年驻村', 'county', '2026-01-01', '2026-12-31', 1, 22, 250, 5, 4, 6, 1, TRUE, 0, 1,
  '2025-12-01 09:00:00', '2025-12-01 09:00:00');
INSERT INTO township (id, name, sort_order, version, created_at, updated_at)
  VALUES (1, '永安镇', 1, 1, '2025-12-01 09:00:00', '2025-12-01 09:00:00');
INSERT INTO place (id, township_id, name, kind, sort_order, version, created_at, updated_at)
  VALUES (1, 1, '东村', '村', 1, 1, '2025-12-01 09:00:00', '2025-12-01 09:00:00');
INSERT INTO cadre (id, name, gender, ethnicity, id_number, birth_date, is_reserve, has_grassroots_exp, name_initials,
  name_strokes, version, created_at, updated_at)
  VALUES (1, '张三', '男', '汉族', '370502198503010015', '1985-03-01', FALSE, FALSE, 'zs', '', 1,
  '2025-12-01 09:00:00', '2025-12-01 09:00:00'),
  (2, '李四', '男', '汉族', '370502198604010019', '1986-04-01', FALSE, FALSE, 'ls', '', 1,
  '2025-12-01 09:00:00', '2025-12-01 09:00:00'),
  (3, '王五', '男', '汉族', '370502198705010013', '1987-05-01', FALSE, FALSE, 'ww', '', 1,
  '2025-12-01 09:00:00', '2025-12-01 09:00:00');
INSERT INTO dispatch (id, batch_id, cadre_id, township_id, place_id, role, start, "end", status, version, created_at,
  updated_at)
  VALUES (1, 1, 1, 1, 1, '队员', '2026-01-01', '2026-12-31', '在岗', 1, '2025-12-01 09:00:00', '2025-12-01 09:00:00'),
  (2, 1, 2, 1, 1, '队员', '2026-01-01', '2026-12-31', '在岗', 1, '2025-12-01 09:00:00', '2025-12-01 09:00:00');
INSERT INTO training_session (id, batch_id, name, start, "end", location, organizer, required_hours, version,
  created_at, updated_at)
  VALUES (1, 1, '岗前培训班', '2025-12-10', '2025-12-11', '县委党校', '县委组织部', 16, 1, '2025-12-01 09:00:00',
  '2025-12-01 09:00:00'),
  (2, 1, '岗前培训班', '2025-12-20', '2025-12-20', NULL, NULL, 0, 1, '2025-12-01 09:00:00', '2025-12-01 09:00:00');
INSERT INTO training_course (session_id, title, teacher, day, hours)
  VALUES (1, '政策解读', '王教授', '2025-12-10', 8), (1, '党建实务', NULL, '2025-12-11', 8);
INSERT INTO training_attendance (session_id, cadre_id, hours, completed, note)
  VALUES (1, 1, 16, TRUE, NULL), (1, 2, 8, FALSE, '因病缺课'), (2, 2, 6, TRUE, NULL), (2, 3, 6, TRUE, NULL);
INSERT INTO mentor (id, name, township_id, post, version, created_at, updated_at)
  VALUES (1, '陈书记', 1, '镇党委书记', 1, '2025-12-01 09:00:00', '2025-12-01 09:00:00'),
  (2, '陈书记', 1, '镇长', 1, '2025-12-01 09:00:00', '2025-12-01 09:00:00');
INSERT INTO mentor_pair (id, mentor_id, dispatch_id, start, "end") VALUES (1, 1, 1, '2026-01-01', NULL);
INSERT INTO mentor_activity (id, pair_id, day, kind, content)
  VALUES (1, 1, '2026-02-01', '谈心谈话', '了解思想动态');
"""


def test_upgrade_from_0001_keeps_training_and_mentoring(any_url: str, tmp_path: Path) -> None:
    from alembic import command

    db = Database.open(any_url)
    try:
        with db.engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0001")
            for stmt in OLD_ROWS.split(";"):
                if stmt.strip():
                    conn.execute(text(stmt))
        if db.is_sqlite:
            with db.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA user_version=1")
        assert state(db) is SchemaState.OLDER
        ensure_schema(db)
        assert state(db) is SchemaState.CURRENT
        with db.engine.connect() as conn:
            q = lambda sql: conn.execute(text(sql)).all()  # noqa: E731
            assert q("SELECT training_rule, training_hours, mentor_idle_months FROM batch") == [
                ("必修课", 16, 3)
            ]
            assert q("SELECT id, name FROM training_session ORDER BY id") == [
                (1, "岗前培训班"),
                (2, "岗前培训班（2）"),
            ]
            assert q("SELECT title, lecturer, required FROM training_course ORDER BY id") == [
                ("政策解读", "王教授", True), ("党建实务", None, True), ("岗前培训（原记录）", None, True),
            ]  # fmt: skip
            # 王五 has no dispatch in the batch: his old row cannot be placed and is dropped
            assert q("SELECT session_id, dispatch_id, note FROM training_trainee ORDER BY session_id, dispatch_id") == [
                (1, 1, None), (1, 2, "因病缺课；原记录：已修 8 学时，未结业"), (2, 2, None),
            ]  # fmt: skip
            assert q("SELECT course_id, dispatch_id, mark FROM training_attendance ORDER BY course_id, dispatch_id") == [
                (1, 1, "出席"), (2, 1, "出席"), (3, 2, "出席"),
            ]  # fmt: skip
            assert q("SELECT name, post FROM mentor ORDER BY id") == [
                ("陈书记", "镇党委书记"),
                ("陈书记（2）", "镇长"),
            ]
            assert q("SELECT form, topic, outcome FROM mentor_activity") == [
                ("谈心谈话", "了解思想动态", None)
            ]
            assert q("SELECT mentor_id, dispatch_id FROM mentor_pair") == [(1, 1)]
        # the old "completed" rows still mean trained: 张三 by class 1, 李四 by the later class
        ctx = Context(db=db, actor=Actor("tester", "测试员"))
        found = checks.run_checks(ctx, as_of=dt.date(2026, 2, 10)).violations
        assert [v.rule for v in found if v.rule.startswith("training")] == []
        assert [(v.rule, v.subject.split(" / ")[-1]) for v in found if v.rule.startswith("mentor")] == [
            ("mentor-missing", "李四（永安镇东村）")
        ]
    finally:
        db.close()
