"""Reports built by hand for the formatter tests, whichever module holds the Report record."""

from __future__ import annotations

from collections.abc import Sequence

from figcheck.document import Version
from figcheck.figures import Evidence, Finding
from figcheck.rules.api import Unchecked
from figcheck.run import Report
from figcheck.text import line_column, line_starts


def report_of(
    versions: Sequence[Version],
    findings: Sequence[Finding] = (),
    unchecked: Sequence[str] = (),
    suppressed: Sequence[Finding] = (),
) -> Report:
    """A report; each unchecked note "subject: reason" (or a bare reason)."""
    notes = tuple(
        Unchecked(*n.split(": ", 1)) if ": " in n else Unchecked("", n) for n in unchecked
    )
    return Report(tuple(versions), tuple(findings), notes, tuple(suppressed))


def evidence_of(version: Version, words: str, occurrence: int = 0) -> Evidence:
    """The evidence for the ``occurrence``-th appearance of ``words`` in ``version``."""
    doc = version.document
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(words, start + 1)
    line, column = line_column(line_starts(doc.text), start)
    return Evidence(doc.path, line, column, start, start + len(words), words)
