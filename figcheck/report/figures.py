"""Output of ``figcheck extract``: one figure a line, JSON, or CSV.

With ``unparsed``, each format also lists the numeric-looking tokens no finder read
(``figcheck.extractors.unparsed``); the JSON summary always counts them.
"""

from __future__ import annotations

import io

try:  # ``quoted``: a string as JSON writes it, by json's own C function without json's imports
    from _json import encode_basestring as quoted
except ImportError:
    from json.encoder import encode_basestring as quoted

from figcheck.document import Version
from figcheck.figures import Figure, value_to_json
from figcheck.text import line_column, line_starts

CSV_COLUMNS = [
    "path", "line", "column", "start", "end", "kind", "value", "unit",
    "qualifier", "noun", "text",
]  # fmt: skip


def normalized(fig: Figure) -> str:
    """The figure's value as a fact-checker reads it: "CNY 3000000", "2016-01-01..2019-12-31"."""
    value = value_to_json(fig.value)
    if isinstance(value, list):
        value = "..".join(str(v) for v in value)
    parts = []
    if fig.kind == "money":
        parts.append(f"{fig.unit} {value}")
    elif fig.unit:
        parts.append(f"{value} {fig.unit}")
    else:
        parts.append(str(value))
    if fig.qualifier:
        parts.insert(0, f"[{fig.qualifier}]")
    paid = dict(fig.extra).get("share_paid") if fig.extra else None
    if paid is not None:  # a price cut: "八折" is 20 % off, the buyer pays 80 %
        parts.append(f"off (pays {value_to_json(paid)} %)")
    if fig.ambiguous:
        parts.append(f"(or {'/'.join(c for c in fig.ambiguous if c != fig.unit)}?)")
    if fig.conversion_of is not None:
        parts.append("(stated conversion)")
    if fig.relative:
        parts.append("(relative)")
    if fig.vague:
        parts.append("(vague)")
    return " ".join(parts)


#: Unparsed tokens are shown up to this many characters (a run of a million digits is one).
SHOWN = 60


def unread_tokens(version: Version) -> list[tuple[int, int, str]]:
    """The version's unparsed tokens, read where its figures were (markup blanked out)."""
    from figcheck.extractors import unparsed

    doc = version.document
    text = doc.plain if doc.plain is not None else doc.text
    return unparsed(text, list(version.figures), doc.language or "en")


def unparsed_count(versions) -> int:
    """How many numeric-looking tokens no finder read in all the versions: every report's
    summary gives it, so that a figure never read is not a figure silently dropped.

    Copies of one text (read once, so sharing one figures tuple) are counted from one
    reading: eight copies of a long wire story cost one pass, not eight.
    """
    counts: dict[tuple, int] = {}
    total = 0
    for version in versions:
        doc = version.document
        key = (doc.text, doc.plain, doc.language, version.figures)
        if key not in counts:
            counts[key] = len(unread_tokens(version))
        total += counts[key]
    return total


def shown(token: str) -> str:
    return token if len(token) <= SHOWN else token[: SHOWN - 1] + "…"


def _line_column(version: Version, offset: int) -> tuple[int, int]:
    return line_column(line_starts(version.document.text), offset)


def as_text(versions: list[Version], unparsed: bool = False) -> str:
    lines = []
    for version in versions:
        path = version.document.path
        placed = [
            (fig.start, f"{path}:{fig.line}:{fig.column}  {fig.kind:<8}  {normalized(fig)}  "
             f"{quoted(fig.text)}")
            for fig in version.figures
        ]  # fmt: skip
        for start, _end, token in unread_tokens(version) if unparsed else ():
            line, column = _line_column(version, start)
            where = f"{path}:{line}:{column}"
            placed.append((start, f"{where}  unparsed  {quoted(shown(token))}"))
        lines += [line for _, line in sorted(placed, key=lambda item: item[0])]
    return "\n".join(lines) + ("\n" if lines else "")


def document_dict(version: Version) -> dict:
    doc = version.document
    return {
        "path": doc.path,
        "published": doc.published.isoformat() if doc.published else None,
        "published_source": doc.published_source,
        "language": doc.language,
        "figures": [fig.to_dict() for fig in version.figures],
    }


def as_json(versions: list[Version], unparsed: bool = False) -> str:
    import json  # here: a text listing needs none of it

    dicts, figures, unread = [], 0, 0
    for version in versions:
        tokens = unread_tokens(version)
        figures, unread = figures + len(version.figures), unread + len(tokens)
        data = document_dict(version)
        if unparsed:
            data["unparsed"] = [_token_dict(version, *token) for token in tokens]
        dicts.append(data)
    report = {
        "version": 1,
        "documents": dicts,
        "summary": {"figures": figures, "unparsed": unread},
    }
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _token_dict(version: Version, start: int, end: int, token: str) -> dict:
    line, column = _line_column(version, start)
    return {"start": start, "end": end, "line": line, "column": column, "text": shown(token)}


def as_csv(versions: list[Version], unparsed: bool = False) -> str:
    import csv  # here: the other formats do without it

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for version in versions:
        doc = version.document
        for fig in version.figures:
            value = value_to_json(fig.value)
            if isinstance(value, list):
                value = "..".join(str(v) for v in value)
            writer.writerow(
                [doc.path, fig.line, fig.column, fig.start, fig.end, fig.kind, value,
                 fig.unit or "", fig.qualifier or "", fig.noun or "", fig.text]
            )  # fmt: skip
        for start, end, token in unread_tokens(version) if unparsed else ():
            line, column = _line_column(version, start)
            writer.writerow(
                [doc.path, line, column, start, end, "unparsed", "", "", "", "", shown(token)]
            )
    return out.getvalue()


FORMATTERS = {"text": as_text, "json": as_json, "csv": as_csv}
