"""GitHub Actions workflow commands: one annotation a finding, shown on the pull request's lines.

The first evidence is where the annotation stands; the other versions'
evidence follow in the message. Values are escaped as the runner expects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figcheck.figures import Finding
from figcheck.report.locations import end_position

if TYPE_CHECKING:
    from figcheck.run import Report

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    level = LEVELS.get(finding.severity, "warning")
    message = finding.message
    for other in finding.evidence[1:]:
        message += f"\n{other.path}:{other.line}:{other.column}: {other.text}"
    if not finding.evidence:
        return f"::{level} title={escape_property(finding.rule)}::{escape_data(message)}"
    first = finding.evidence[0]
    end_line, end_column = end_position(first)
    properties = {
        "file": first.path,
        "line": first.line,
        "col": first.column,
        "endLine": end_line,
        "endColumn": end_column,
        "title": finding.rule,
    }
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {props}::{escape_data(message)}"


def as_github(report: Report) -> str:
    lines = [annotation(finding) for finding in report.findings]
    # what could not be checked (an unread language, an undated version) is said, not skipped
    lines += [f"::notice title=unchecked::{escape_data(str(note))}" for note in report.unchecked]
    return "\n".join(lines) + ("\n" if lines else "")
