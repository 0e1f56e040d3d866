"""Text in the linters' convention: line shapes, grouping by file, the per-rule summary, colour."""

from __future__ import annotations

import re

import pytest
from helpers import document
from report_helpers import evidence_of, report_of

from figcheck.figures import Finding
from figcheck.report.lint import as_text, use_colour

A = document("story/a.txt", "The council approved 48 berths.\nIt cost $5 million.\n")
B = document("story/b.txt", "The council approved 50 berths.\nIt cost\n$5 million.\n")
MISMATCH = Finding(
    "number-mismatch",
    "error",
    'differ: "48 berths" in story/a.txt; "50 berths" in story/b.txt',
    (evidence_of(A, "48 berths"), evidence_of(B, "50 berths")),
)
DRIFT = Finding(
    "qualifier-drift",
    "warning",
    "qualifier changed",
    (evidence_of(B, "cost\n$5 million"), evidence_of(A, "$5 million")),
)
SECOND = Finding("number-mismatch", "error", "again", (evidence_of(A, "$5 million"),))
LOOSE = Finding("fx-mismatch", "info", "no place for this one", ())


@pytest.mark.parametrize(
    "findings, expected",
    [
        ([], ["No findings in 2 version(s)."]),
        (
            [MISMATCH],
            [
                'story/a.txt:1:22: error number-mismatch differ: "48 berths"; "50 berths"',
                '    story/b.txt:1:22: "50 berths"',
                "",
                "Found 1 finding(s) (1 errors, 0 warnings, 0 info) in 2 version(s):",
                "    1  number-mismatch  error",
            ],
        ),
        (
            # grouped by file, in order of position within each file; evidence on one line
            [DRIFT, SECOND, MISMATCH, LOOSE],
            [
                'story/a.txt:1:22: error number-mismatch differ: "48 berths"; "50 berths"',
                '    story/b.txt:1:22: "50 berths"',
                "story/a.txt:2:9: error number-mismatch again",
                "",
                "story/b.txt:2:4: warning qualifier-drift qualifier changed",
                '    story/a.txt:2:9: "$5 million"',
                "",
                "info fx-mismatch no place for this one",
                "",
                "Found 4 finding(s) (2 errors, 1 warnings, 1 info) in 2 version(s):",
                "    2  number-mismatch  error",
                "    1  fx-mismatch      info",
                "    1  qualifier-drift  warning",
            ],
        ),
    ],
)
def test_lines(findings, expected):
    assert as_text(report_of([A, B], findings)).splitlines() == expected


def test_unchecked_and_suppressed_close_the_summary():
    report = report_of([A, B], [], ["no USD rate after 2026-10-30"], [SECOND])
    assert as_text(report).splitlines()[-2:] == [
        "not checked: no USD rate after 2026-10-30",
        "1 suppressed by figcheck: ignore comments",
    ]


def test_paths_are_relative_to_the_working_directory(tmp_path):
    a = document(str(tmp_path / "drafts" / "a.txt"), A.text)
    b = document(str(tmp_path / "wire" / "b.txt"), B.text)
    finding = Finding("number-mismatch", "error",
                      f'"48 berths" in {a.path}; "50 berths" in {b.path}',
                      (evidence_of(a, "48 berths"), evidence_of(b, "50 berths")))  # fmt: skip
    lines = as_text(report_of([a, b], [finding]), cwd=str(tmp_path / "drafts")).splitlines()
    assert lines[:2] == [
        'a.txt:1:22: error number-mismatch "48 berths"; "50 berths"',
        '    ../wire/b.txt:1:22: "50 berths"',
    ]
    assert str(tmp_path) not in as_text(report_of([a, b], [finding]), cwd=str(tmp_path))


def test_colour_only_when_asked():
    plain = as_text(report_of([A, B], [MISMATCH, DRIFT]))
    coloured = as_text(report_of([A, B], [MISMATCH, DRIFT]), colour=True)
    assert "\x1b[" not in plain
    assert "\x1b[31m\x1b[1merror\x1b[0m" in coloured  # red, bold
    assert "\x1b[33m\x1b[1mwarning\x1b[0m" in coloured  # yellow, bold
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


@pytest.mark.parametrize(
    "choice, tty, environ, expected",
    [
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", True, {"NO_COLOR": ""}, True),  # set but empty does not count
        ("auto", True, {"TERM": "dumb"}, False),
        ("auto", True, {"TERM": "xterm-256color"}, True),
        ("always", False, {"NO_COLOR": "1", "TERM": "dumb"}, True),  # the option wins
        ("never", True, {}, False),
    ],
)
def test_use_colour(choice, tty, environ, expected):
    assert use_colour(choice, tty, environ) is expected


def test_use_colour_rejects_other_choices():
    with pytest.raises(ValueError, match="auto, always, never"):
        use_colour("sometimes", True, {})


def test_deterministic_whatever_the_order_of_findings():
    forward = as_text(report_of([A, B], [MISMATCH, DRIFT, SECOND]))
    assert as_text(report_of([B, A], [SECOND, DRIFT, MISMATCH])) == forward
