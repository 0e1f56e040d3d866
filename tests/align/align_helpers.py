"""Versions for the alignment tests, and what alignment made of them as plain text.

Invented sentences are read by the tests' small figure reader (``helpers.figures_of``),
so these tests do not move when the extractors do; fixture stories are read as figcheck
reads them.
"""

from __future__ import annotations

from pathlib import Path

from helpers import ROOT, figures_of

from figcheck.align import align
from figcheck.document import Document, Version, load

FIXTURES = ROOT / "fixtures"


def phrase_versions(*texts: str) -> list[Version]:
    """One version per text, its figures read by the small test reader."""
    return [
        Version(Document(f"v{i}.txt", text), tuple(figures_of(text)))
        for i, text in enumerate(texts, start=1)
    ]


def fixture_text(story: str, name: str) -> str:
    return (FIXTURES / story / name).read_text(encoding="utf-8")


def story_versions(*paths: Path | str) -> list[Version]:
    """The files read and their figures extracted as ``figcheck check`` does."""
    from figcheck.pipeline import figures_of

    docs = [load(str(path)) for path in paths]
    return [Version(doc, figures_of(doc)) for doc in docs]


def aligned_texts(versions: list[Version], reference: int | None = None) -> set[tuple[str, ...]]:
    """Each fact as the tuple of figure texts per version ("" where a version lacks it)."""
    out = set()
    for fact in align(versions, reference).facts:
        by_doc = {ref.doc: versions[ref.doc].figures[ref.fig].text for ref in fact}
        out.add(tuple(by_doc.get(d, "") for d in range(len(versions))))
    return out
