"""Check one story of the archive with the same pipeline as ``figcheck check``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from figcheck.scan.archive import Article


def documents_of(articles: list[Article]):
    """Documents for the articles, in id order; the archive's date wins over one in the text."""
    from figcheck.document import from_text

    docs = []
    for article in sorted(articles, key=lambda a: a.id):
        doc = from_text(article.id, article.text)
        if article.published is not None:
            doc = replace(doc, published=article.published, published_source="archive")
        if article.language is not None:
            doc = replace(doc, language=article.language)
        docs.append(doc)
    return docs


def check_story(item: tuple[str, list[Article]]) -> tuple[list[dict[str, Any]], list[str]]:
    """One row per finding of the story, and what could not be checked."""
    from figcheck.pipeline import check_documents

    story, articles = item
    report = check_documents(documents_of(articles))
    rows = [_row(story, f) for f in report.findings]
    return rows, [f"{story}: {note}" for note in map(str, report.unchecked)]


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
