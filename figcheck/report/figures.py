"""Output of ``figcheck extract``: one figure a line, JSON, or CSV."""

from __future__ import annotations

import io
import json

from figcheck.document import Version
from figcheck.figures import Figure, value_to_json

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
    if fig.ambiguous:
        parts.append(f"(or {'/'.join(c for c in fig.ambiguous if c != fig.unit)}?)")
    if fig.conversion_of is not None:
        parts.append("(stated conversion)")
    if fig.relative:
        parts.append("(relative)")
    if fig.vague:
        parts.append("(vague)")
    return " ".join(parts)


def as_text(versions: list[Version]) -> str:
    lines = []
    for version in versions:
        for fig in version.figures:
            path = version.document.path
            lines.append(
                f"{path}:{fig.line}:{fig.column}  {fig.kind:<8}  {normalized(fig)}  "
                f"{json.dumps(fig.text, ensure_ascii=False)}"
            )
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


def as_json(versions: list[Version]) -> str:
    report = {"version": 1, "documents": [document_dict(version) for version in versions]}
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def as_csv(versions: list[Version]) -> str:
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
    return out.getvalue()


FORMATTERS = {"text": as_text, "json": as_json, "csv": as_csv}
