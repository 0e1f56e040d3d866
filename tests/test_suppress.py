"""Inline suppressions: which comments silence which findings."""

import pytest

from figcheck.figures import Evidence, Finding
from figcheck.suppress import ALL, directives, split

DIRECTIVES = [
    ("<!-- figcheck: ignore qualifier-drift -->", {1: {"qualifier-drift"}}),
    ("text <!--figcheck:ignore a-b, c -->", {1: {"a-b", "c"}}),
    ("<!-- figcheck: ignore -->", {1: {ALL}}),
    ("x\n# figcheck: ignore count-mismatch", {2: {"count-mismatch"}}),
    ("48 turbines # figcheck: ignore", {1: {ALL}}),
    (
        "[figcheck: ignore qualifier-drift count-mismatch]",
        {1: {"qualifier-drift", "count-mismatch"}},
    ),
    ("# figcheck: ignore\nnext-line", {1: {ALL}}),
    ("<!-- figcheck: ignore a -->\n<!-- figcheck: ignore b -->", {1: {"a"}, 2: {"b"}}),
    ("Issue #5 figcheck: ignore", {}),
    ("figcheck: ignore a", {}),
    ("<!-- figcheck: check a -->", {}),
    ("price#figcheck: ignore", {}),
]


@pytest.mark.parametrize("text, expected", DIRECTIVES)
def test_directives(text, expected):
    assert directives(text) == {line: frozenset(ids) for line, ids in expected.items()}


DRAFT = (
    "Intro.\n"  # 1
    "<!-- figcheck: ignore count-mismatch -->\n"  # 2
    "Its 50 turbines.\n"  # 3
    "About 400,000 homes. <!-- figcheck: ignore -->\n"  # 4
    "\n"  # 5
    "Prices rose 12%.\n"  # 6
)


def finding(rule, line, path="draft.md", other_line=9):
    return Finding(
        rule,
        "error",
        "m",
        (Evidence(path, line, 1, 0, 1, "x"), Evidence("wire.txt", other_line, 1, 0, 1, "y")),
    )


CASES = [
    (finding("count-mismatch", 3), True),  # comment on the line above
    (finding("count-mismatch", 2), True),  # on the comment's own line
    (finding("qualifier-drift", 3), False),  # another rule
    (finding("qualifier-drift", 4), True),  # "ignore" names no rule: all
    (finding("qualifier-drift", 5), True),  # the line after an "ignore all"
    (finding("count-mismatch", 6), False),  # two lines below: not covered
    (finding("count-mismatch", 1), False),  # above the comment
    (finding("count-mismatch", 9, "other.md", 3), False),  # the draft's line 3 is another file's
    (
        finding("count-mismatch", 3, "wire.txt", 1),
        False,
    ),  # the comment is in draft.md, not wire.txt
]


@pytest.mark.parametrize("item, silenced", CASES)
def test_split(item, silenced):
    kept, suppressed = split([item], {"draft.md": DRAFT, "wire.txt": "a\n" * 10})
    assert (suppressed, kept) == (([item], []) if silenced else ([], [item]))
