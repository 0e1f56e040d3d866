"""GitHub workflow-command annotations: one line a finding, escaped as the runner expects."""

import pytest

from figcheck.figures import Evidence, Finding
from figcheck.report.github import as_github, escape_data, escape_property
from figcheck.run import Report

EVIDENCE = Evidence("drafts/a.md", 5, 5, 0, 11, "50 turbines")
OTHER = Evidence("wire/b.txt", 7, 1, 0, 11, "48 turbines")


@pytest.mark.parametrize(
    "finding, line",
    [
        (
            Finding("count-mismatch", "error", "50 vs 48", (EVIDENCE, OTHER)),
            "::error file=drafts/a.md,line=5,col=5,endLine=5,endColumn=16,title=count-mismatch"
            "::50 vs 48%0Awire/b.txt:7:1: 48 turbines",
        ),
        (
            Finding("qualifier-drift", "info", "100% sure, 50%", (EVIDENCE,)),
            "::notice file=drafts/a.md,line=5,col=5,endLine=5,endColumn=16,title=qualifier-drift"
            "::100%25 sure, 50%25",
        ),
        (
            Finding("r", "warning", "a\r\nb", (Evidence("c,d:e.txt", 1, 2, 0, 6, "1\n2345"),)),
            "::warning file=c%2Cd%3Ae.txt,line=1,col=2,endLine=2,endColumn=5,title=r::a%0D%0Ab",
        ),
        (Finding("r", "error", "no place", ()), "::error title=r::no place"),
    ],
)
def test_annotation(finding, line):
    assert as_github(Report([], [finding], [])) == line + "\n"


def test_suppressed_findings_not_annotated():
    finding = Finding("r", "error", "m", (EVIDENCE,))
    assert as_github(Report([], [], [], [finding])) == ""


@pytest.mark.parametrize(
    "text, data, prop",
    [
        ("50%", "50%25", "50%25"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("l1\nl2\r", "l1%0Al2%0D", "l1%0Al2%0D"),
        ("%0A", "%250A", "%250A"),
    ],
)
def test_escaping(text, data, prop):
    assert (escape_data(text), escape_property(text)) == (data, prop)
