"""reviewdog's diagnostic format (rdjson): what reviewdog posts as review comments.

One ``DiagnosticResult`` with a diagnostic per finding, at its first evidence,
the other versions' words in the message. reviewdog counts columns in UTF-8
bytes, end exclusive, so columns are recounted from each version's text
(figcheck's own columns count code points).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from figcheck.figures import Evidence, Finding
from figcheck.report.locations import byte_column, end_position, place, relative
from figcheck.report.messages import quoted_words, short_message

if TYPE_CHECKING:
    from figcheck.run import Report

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "figcheck", "url": "https://github.com/figcheck/figcheck"}


def _position(text: str | None, offset: int, line: int, column: int) -> dict[str, int]:
    """Line and byte column of ``offset``; without the text, code points stand in."""
    if text is None:
        return {"line": line, "column": column}
    line_start = offset - (column - 1)
    return {"line": line, "column": byte_column(text[line_start:offset], column)}


def location(evidence: Evidence, texts: dict[str, str]) -> dict[str, Any]:
    text = texts.get(evidence.path)
    end_line, end_column = end_position(evidence)
    return {
        "path": relative(evidence.path),
        "range": {
            "start": _position(text, evidence.start, evidence.line, evidence.column),
            "end": _position(text, evidence.end, end_line, end_column),
        },
    }


def diagnostic(finding: Finding, texts: dict[str, str]) -> dict[str, Any] | None:
    if not finding.evidence:
        return None
    first, *others = finding.evidence
    lines = [short_message(finding, list(texts))]
    lines += [f"{place(e)}: {quoted_words(e)}" for e in others]
    return {
        "message": "\n".join(lines),
        "location": location(first, texts),
        "severity": SEVERITIES.get(finding.severity, "WARNING"),
        "source": SOURCE,
        "code": {"value": finding.rule, "url": f"{SOURCE['url']}#{finding.rule}"},
    }


def _note(note) -> dict[str, Any]:
    """A version figcheck could not check (its language, its date), at its first line."""
    return {
        "message": f"unchecked: {note.reason}",
        "location": {"path": relative(note.subject), "range": {"start": {"line": 1, "column": 1}}},
        "severity": "INFO",
        "source": SOURCE,
        "code": {"value": "unchecked"},
    }


def as_rdjson(report: Report) -> str:
    texts = {v.document.path: v.document.text for v in report.versions}
    found = [diagnostic(finding, texts) for finding in report.findings]
    found += [_note(note) for note in report.unchecked if note.subject in texts]
    result = {"source": SOURCE, "diagnostics": [d for d in found if d]}
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
