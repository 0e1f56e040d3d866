"""Reports built by hand for the formatter tests, whichever module holds the Report record."""

from __future__ import annotations

from collections.abc import Sequence

try:  # the record moves to the pipeline module in the core's restructuring
    from figcheck.pipeline import Report
except ImportError:  # pragma: no cover - before that move
    from figcheck.engine import Report

from figcheck.document import Document
from figcheck.figures import Evidence, Finding


def report_of(
    documents: Sequence[Document],
    findings: Sequence[Finding] = (),
    unchecked: Sequence[str] = (),
    suppressed: Sequence[Finding] = (),
) -> Report:
    return Report(list(documents), list(findings), list(unchecked), list(suppressed))


def evidence_of(doc: Document, words: str, occurrence: int = 0) -> Evidence:
    """The evidence for the ``occurrence``-th appearance of ``words`` in ``doc``."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(words, start + 1)
    line, column = doc.line_column(start)
    return Evidence(doc.path, line, column, start, start + len(words), words)
