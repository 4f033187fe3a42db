"""The search rule every list uses, and its faster per-query form (issue 13) giving the same answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cadredesk.core.names import initials_index
from cadredesk.core.search import matcher, person_matches


def reference(query: str, name: str, initials: str, id_text: str, *others: str) -> bool:
    """The rule as first written (before issue 13), kept as the specification."""
    q = query.strip()
    if not q:
        return True
    if q.isascii():
        ql = q.lower()
        if ql.isalpha():
            return any(v.startswith(ql) for v in initials.split())
        return ql.upper() in id_text.upper()
    return q in name or any(q in o for o in others if o)


SHAN = ("单晓明", initials_index("单晓明"), "370502********0013")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", True),
        ("  ", True),
        ("dxm", True),  # 单 read dan
        ("SXM", True),  # … or shan, any case
        ("cx", True),  # … or chan
        ("xm", False),  # initials count from the start of the name
        ("0013", True),
        ("0013x", False),
        ("8888", False),
        ("单晓", True),
        ("晓明", True),
        ("王", False),
        ("东营", True),  # in one of the other fields
    ],
)
def test_hand_made_cases(query: str, expected: bool) -> None:
    assert person_matches(query, *SHAN, "东营区", "") is expected
    assert reference(query, *SHAN, "东营区", "") is expected


def test_a_lower_case_x_in_the_id_is_found_either_way() -> None:
    assert person_matches("013x", "张三", "zs", "11010119900101013x")
    assert person_matches("013X", "张三", "zs", "11010119900101013x")


def test_the_matcher_is_built_once_per_query() -> None:
    assert matcher("zs") is matcher("zs")


initial_words = st.text(alphabet="abcdjlmsxyz", min_size=1, max_size=4)


@settings(max_examples=400)
@given(
    query=st.one_of(
        st.text(alphabet="abcdxyzABXZ 019", max_size=5), st.text(alphabet="张三单晓明东 ", max_size=3)
    ),
    name=st.text(alphabet="张三单晓明王", min_size=1, max_size=4),
    variants=st.lists(initial_words, min_size=1, max_size=4),
    id_text=st.text(alphabet="0123456789Xx*", max_size=18),
    other=st.text(alphabet="东营区三明", max_size=4),
)
def test_same_answers_as_the_rule_as_first_written(
    query: str, name: str, variants: list[str], id_text: str, other: str
) -> None:
    initials = " ".join(variants)
    assert person_matches(query, name, initials, id_text, other) == reference(
        query, name, initials, id_text, other
    )


def test_the_pinyin_table_is_pypinyins_own_read_without_its_phrases() -> None:
    """Initials come from pypinyin's single-character table, read from its file: the same table the module
    holds, and the package (its phrase dictionary and segmenter, 0.3-0.4 s) is not imported for it."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from cadredesk.core.names import initials_index\n"
        "print(initials_index('单晓') + '|' + initials_index('曾乐') + '|' + str('pypinyin' in sys.modules))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # by hand: 单 dān/chán/shàn, 晓 xiǎo; 曾 céng/zēng, 乐 lè/yuè
    assert res.stdout.strip() == "dx cx sx|cl cy zl zy|False"
    from pypinyin.pinyin_dict import pinyin_dict

    from cadredesk.core.names import _readings

    assert _readings() == pinyin_dict
