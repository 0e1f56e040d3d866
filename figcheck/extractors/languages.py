"""Read a document in its language, and each paragraph of a mixed one in its own.

A Spanish version read as English loses its decimal commas ("2,7 millones" is no
number in English), so every document is read in the language it is written in.
A document that mixes languages (an English story quoting a Spanish statement) is
read once per language, each time with the other languages' paragraphs blanked out:
blanks keep every offset and line, so the figures need no shifting, and a finder
never sees a paragraph in a language it does not read. A paragraph too short to
tell, or in a language figcheck does not read, is read in the document's language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from figcheck.figures import Figure
from figcheck.lang import SUPPORTED
from figcheck.lang.detect import paragraphs

#: ``read(text, published, language)``: the figures of one text read in one language.
Reader = Callable[[str, "dt.date | None", str], Sequence[Figure]]

_VISIBLE = re.compile(r"[^\r\n]")


def supported(language: str | None) -> bool:
    """Whether figcheck reads ``language`` (None: no language known, read as English)."""
    return language is None or language in SUPPORTED


def by_language(text: str, language: str, per_paragraph: bool = True) -> list[tuple[str, str]]:
    """(language, text) to read: the text whole, or one blanked copy per language it mixes.

    ``per_paragraph`` False reads the whole text in ``language`` (a language the user
    stated is not second-guessed paragraph by paragraph).
    """
    if not per_paragraph:
        return [(language, text)]
    runs = [
        (start, end, code if code in SUPPORTED else language)
        for start, end, code in paragraphs(text)  # None (nothing tells): the document's
    ]
    codes = list(dict.fromkeys(code for _, _, code in runs))
    if len(codes) == 1:
        return [(codes[0], text)]
    return [(code, _only(text, runs, code)) for code in codes]


def _only(text: str, runs: list[tuple[int, int, str]], code: str) -> str:
    """``text`` with every paragraph not in ``code`` blanked (line breaks kept)."""
    return "".join(
        text[start:end] if run_code == code else _VISIBLE.sub(" ", text[start:end])
        for start, end, run_code in runs
    )


def read_in_languages(
    text: str,
    published: dt.date | None,
    language: str | None,
    read: Reader,
    per_paragraph: bool = True,
) -> list[Figure]:
    """Every figure of ``text``, each paragraph read in its language; none in a language
    figcheck does not read (the caller says so)."""
    if not supported(language):
        return []
    passes = by_language(text, language or "en", per_paragraph)
    if len(passes) == 1:
        code, whole = passes[0]
        return list(read(whole, published, code))
    return merged([list(read(blanked, published, code)) for code, blanked in passes])


def merged(readings: list[list[Figure]]) -> list[Figure]:
    """Figures from several readings of one text, in text order, their links renumbered.

    Each reading's ``conversion_of`` and ``range_with`` are indices into that reading;
    the readings cover different paragraphs, so no two figures overlap.
    """
    tagged = sorted(
        (
            (fig.start, fig.end, n, i)
            for n, figs in enumerate(readings)
            for i, fig in enumerate(figs)
        ),
    )
    index = {(n, i): new for new, (_, _, n, i) in enumerate(tagged)}
    out = []
    for _, _, n, i in tagged:
        fig = readings[n][i]
        out.append(
            fig.with_changes(
                conversion_of=None if fig.conversion_of is None else index[(n, fig.conversion_of)],
                range_with=None if fig.range_with is None else index[(n, fig.range_with)],
            )
        )
    return out
