"""Check one story of the archive with the same pipeline as ``figcheck check``."""

from __future__ import annotations

from typing import Any

from figcheck.scan.archive import Article


def documents_of(articles: list[Article]):
    """Documents for the articles, in id order; an archive's date wins over one in the text."""
    from figcheck.document import Document, find_published

    docs = []
    for article in sorted(articles, key=lambda a: a.id):
        if article.published is not None:
            docs.append(Document(article.id, article.text, article.published, "archive"))
            continue
        found = find_published(article.text)
        if found:
            docs.append(Document(article.id, article.text, found[0], found[1]))
        else:
            docs.append(Document(article.id, article.text))
    return docs


def check_story(item: tuple[str, list[Article]]) -> tuple[list[dict[str, Any]], list[str]]:
    """One row per finding of the story, and what could not be checked."""
    from figcheck.engine import check
    from figcheck.stories import fallback_date

    story, articles = item
    docs = documents_of(articles)
    report = check(docs, None, fallback_date(docs, None))
    rows = [_row(story, f) for f in report.findings]
    return rows, [f"{story}: {note}" for note in report.unchecked]


def _row(story: str, finding) -> dict[str, Any]:
    return {
        "story": story,
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "evidence": [
            {"document": e.path, "start": e.start, "end": e.end, "line": e.line,
             "column": e.column, "text": e.text}
            for e in finding.evidence
        ],
    }  # fmt: skip
