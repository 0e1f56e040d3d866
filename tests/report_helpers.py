"""Reports built by hand for the formatter tests, whichever module holds the Report record."""

from __future__ import annotations

from collections.abc import Sequence

from figcheck.document import Document, Version, from_text
from figcheck.figures import Evidence, Finding
from figcheck.run import Report
from figcheck.text import line_column, line_starts


def document(path: str, text: str) -> Document:
    """A document as figcheck loads it (markup by suffix, a stated date), from a text."""
    return from_text(path, text)


def report_of(
    documents: Sequence[Document],
    findings: Sequence[Finding] = (),
    unchecked: Sequence[str] = (),
    suppressed: Sequence[Finding] = (),
) -> Report:
    """A report over ``documents`` (a bare Document's figures are read by the extractors)."""
    from figcheck.pipeline import read_figures

    bare = [d for d in documents if not isinstance(d, Version)]
    read = dict(zip(bare, read_figures(bare), strict=True))
    versions = tuple(d if isinstance(d, Version) else read[d] for d in documents)
    return Report(versions, tuple(findings), tuple(unchecked), tuple(suppressed))


def evidence_of(doc: Document, words: str, occurrence: int = 0) -> Evidence:
    """The evidence for the ``occurrence``-th appearance of ``words`` in ``doc``."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(words, start + 1)
    line, column = line_column(line_starts(doc.text), start)
    return Evidence(doc.path, line, column, start, start + len(words), words)
