"""Inline suppressions: which comments silence which findings."""

import time

import pytest

from figcheck.document import Document
from figcheck.figures import Evidence, Finding
from figcheck.suppress import ALL, directives, split, unknown_rules

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


# --- blocks, whole files, other line ends, unknown rules, time ---------------------------

BLOCK_DRAFT = (
    "Intro.\n"  # 1
    "<!-- figcheck: off number-mismatch -->\n"  # 2
    "Its 50 turbines.\n"  # 3
    "About 400,000 homes.\n"  # 4
    "<!-- figcheck: on number-mismatch -->\n"  # 5
    "Prices rose 12%.\n"  # 6
    "# figcheck: off\n"  # 7
    "Costs $5 million.\n"  # 8
)
WHOLE = "Intro.\n[figcheck: ignore-file unit-scale]\nIts 50 turbines.\n"
BLOCK_CASES = [
    # (text, rule, line of the finding, silenced)
    (BLOCK_DRAFT, "number-mismatch", 3, True),  # inside the block
    (BLOCK_DRAFT, "number-mismatch", 5, True),  # on the closing comment
    (BLOCK_DRAFT, "unit-scale", 4, False),  # the block names another rule
    (BLOCK_DRAFT, "number-mismatch", 6, False),  # after the block
    (BLOCK_DRAFT, "number-mismatch", 1, False),  # before it
    (BLOCK_DRAFT, "unit-scale", 8, True),  # an "off" never closed runs to the end
    (BLOCK_DRAFT, "unit-scale", 6, False),  # ... from its own line on
    (WHOLE, "unit-scale", 1, True),  # ignore-file: every line, even above it
    (WHOLE, "unit-scale", 3, True),
    (WHOLE, "number-mismatch", 3, False),  # another rule
    ("a\rb # figcheck: ignore\rc\r", "unit-scale", 3, True),  # CR-only line ends
    ("a\rb # figcheck: ignore\rc\rd\r", "unit-scale", 4, False),
    ("a\r\n# figcheck: ignore unit-scale\r\nc\r\n", "unit-scale", 3, True),  # CRLF
    ("a\r<!-- figcheck: off -->\rb\r<!-- figcheck: on -->\rc", "unit-scale", 3, True),
    ("a\r<!-- figcheck: off -->\rb\r<!-- figcheck: on -->\rc", "unit-scale", 5, False),
]


@pytest.mark.parametrize("text, rule, line, silenced", BLOCK_CASES)
def test_blocks_whole_files_and_line_ends(text, rule, line, silenced):
    item = finding(rule, line)
    kept, suppressed = split([item], {"draft.md": text})
    assert (suppressed, kept) == (([item], []) if silenced else ([], [item]))


UNKNOWN = [
    ("# figcheck: ignore qualifer-drift", [(1, "ignore names unknown rule 'qualifer-drift'"
                                            " (did you mean qualifier-drift?)")]),
    ("x\n<!-- figcheck: off unit-scale, nosuch -->", [(2, "off names unknown rule 'nosuch'")]),
    ("[figcheck: ignore-file fx-mismatch]", []),
    ("# figcheck: ignore", []),
]  # fmt: skip
KNOWN = ["qualifier-drift", "unit-scale", "fx-mismatch", "number-mismatch"]


@pytest.mark.parametrize("text, expected", UNKNOWN)
def test_unknown_rules_are_named(text, expected):
    assert unknown_rules(text, KNOWN) == [(line, f"figcheck: {m}") for line, m in expected]


def test_an_unknown_rule_in_a_comment_is_a_note_of_the_report():
    from helpers import check

    text = "2024-03-14\n\n# figcheck: ignore unit-scal\nThe 1.2 billion euro project.\n"
    other = "2024-03-14\n\nThe 1.2 million euro project.\n"
    report = check([Document("a.txt", text), Document("b.txt", other)])
    notes = [str(note) for note in report.unchecked]
    assert any("a.txt:3" in n and "did you mean unit-scale?" in n for n in notes), notes
    assert [f.rule for f in report.findings] == ["unit-scale"]  # the typo silenced nothing


@pytest.mark.parametrize("ending", ["\n", "\r", "\r\n"])
def test_many_directives_are_read_in_linear_time(ending):
    """100,000 comment lines (2.5 MB) took 90 s when each line was counted from the start."""
    text = f"# figcheck: ignore{ending}" * 100_000
    start = time.perf_counter()
    assert len(directives(text)) == 100_000
    assert time.perf_counter() - start < 10
