"""Run-level warnings (exchange rates older than a version) as findings, for the CI formats.

JUnit, Code Quality, rdjson, SARIF and GitHub annotations show findings and little
else, so a warning that must not be missed travels there as one more finding of
its own rule, placed at the start of the version it concerns. It never counts
towards --fail-on: only the formatter sees it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from figcheck.figures import Evidence, Finding

if TYPE_CHECKING:
    from figcheck.run import Report

#: The rule id a notice is shown under.
NOTICE_RULE = "stale-rates"


def notice_findings(report: Report) -> tuple[Finding, ...]:
    return tuple(
        Finding(NOTICE_RULE, "warning", f"{note.subject}: {note.reason}", _at_start(note.subject))
        for note in report.notices
    )


def _at_start(path: str) -> tuple[Evidence, ...]:
    return (Evidence(path, 1, 1, 0, 0, ""),) if path else ()


def with_notices(report: Report) -> Report:
    """The report with its notices appended to its findings (for display only)."""
    if not report.notices:
        return report
    return replace(report, findings=(*report.findings, *notice_findings(report)))
