"""The editors' page: one self-contained HTML file with the versions side by side.

Every figure is marked by kind (its tooltip gives the normalized value, unit and
the date it was read against); the findings are listed by severity and rule, and
choosing one scrolls every version to its evidence and highlights it. The page
loads nothing from the network: style and script are inline, and a Content
Security Policy admits only those two, by hash, so a ``<script>`` that reached
the page through a file's text could not run even if escaping failed. All text
from the files is escaped. The output depends only on the report: no clock, no
randomness, no absolute path that the report does not hold.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from html import escape
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING

from figcheck.figures import KINDS, Finding
from figcheck.report.figures import normalized, unparsed_count
from figcheck.report.messages import SEVERITY_PLURALS, severity_counts, short_message
from figcheck.severity import SEVERITIES

if TYPE_CHECKING:
    from figcheck.document import Document, Version
    from figcheck.run import Report

#: A marked stretch of text: start, end (exclusive) and what covers it.
Span = tuple[int, int, str]


def _asset(name: str) -> str:
    return resources.files("figcheck.report").joinpath(name).read_text("utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def as_html(report: Report, colour: bool = False) -> str:
    """The whole page for ``report`` (``colour`` is accepted like every formatter's)."""
    style, script = _asset("html.css"), _asset("html.js")
    policy = (
        f"default-src 'none'; style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    numbered = [(f"f{number}", finding) for number, finding in enumerate(report.findings)]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="figcheck">',
        "<title>figcheck report</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        _header(report),
        '<main id="page">',
        _findings(report, numbered),
        _versions(report, numbered),
        "</main>",
        f"<script>{script}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _count_line(findings: Sequence[Finding], documents: int) -> str:
    return severity_counts(findings) + f" in {documents} version{'s' if documents != 1 else ''}"


def _header(report: Report) -> str:
    legend = "".join(
        f'<li><span class="fig k-{kind}">{kind}</span></li>' for kind in KINDS
    )  # fmt: skip
    extra = ""
    if report.suppressed:
        extra += f", {len(report.suppressed)} suppressed"
    if report.unchecked:
        extra += f", {len(report.unchecked)} not checked"
    unread = unparsed_count(report.versions)
    if unread:
        extra += f", {unread} unparsed"
    return (
        "<header>"
        "<h1>figcheck report</h1>"
        f'<p id="summary">{escape(_count_line(report.findings, len(report.versions)) + extra)}</p>'
        f'<ul class="legend" aria-label="Figure kinds">{legend}</ul>'
        + "".join(
            f'<p class="notice" role="alert">{escape(str(note))}</p>' for note in report.notices
        )
        + "</header>"
    )


def _filters(findings: Sequence[Finding]) -> str:
    severities = [s for s in SEVERITIES if any(f.severity == s for f in findings)]
    rules = sorted({f.rule for f in findings})

    def box(name: str, value: str, count: int) -> str:
        return (
            f'<label><input type="checkbox" name="{name}" value="{escape(value)}" checked> '
            f'{escape(value)} <span class="n">{count}</span></label>'
        )

    sev = "".join(box("severity", s, sum(f.severity == s for f in findings)) for s in severities)
    rul = "".join(box("rule", r, sum(f.rule == r for f in findings)) for r in rules)
    return (
        '<form id="filters" class="controls" aria-label="Filters">'
        f"<fieldset><legend>Severity</legend>{sev}</fieldset>"
        f"<fieldset><legend>Rule</legend>{rul}</fieldset>"
        "</form>"
    )


def _evidence_item(evidence) -> str:
    words = " ".join(evidence.text.split())
    return (
        f'<li><span class="where">{escape(evidence.path)}:{evidence.line}:{evidence.column}</span>'
        f" <q>{escape(words)}</q></li>"
    )


def _finding_item(finding: Finding, fid: str, paths: Sequence[str]) -> str:
    evidence = "".join(_evidence_item(e) for e in finding.evidence)
    message = short_message(finding, paths)
    return (
        f'<li class="finding sev-{escape(finding.severity)}" id="{fid}" data-f="{fid}"'
        f' data-rule="{escape(finding.rule)}" data-severity="{escape(finding.severity)}">'
        f'<button type="button" class="pick" aria-controls="versions">'
        f'<span class="badge">{escape(finding.severity)}</span> '
        f'<code>{escape(finding.rule)}</code> <span class="msg">{escape(message)}</span>'
        f'</button><ul class="evidence">{evidence}</ul></li>'
    )


def _groups(numbered: Sequence[tuple[str, Finding]], paths: Sequence[str]) -> Iterable[str]:
    """Findings under a heading per severity (worst first), then per rule."""
    for severity in SEVERITIES:
        chosen = [(fid, f) for fid, f in numbered if f.severity == severity]
        if not chosen:
            continue
        heading = SEVERITY_PLURALS[severity]
        yield f'<section class="group" data-severity="{severity}"><h3>{heading}</h3>'
        for rule in sorted({f.rule for _, f in chosen}):
            items = "".join(_finding_item(f, fid, paths) for fid, f in chosen if f.rule == rule)
            yield (
                f'<section class="group" data-rule="{escape(rule)}"><h4>{escape(rule)}</h4>'
                f'<ol class="findings">{items}</ol></section>'
            )
        yield "</section>"


def _notes(report: Report) -> str:
    parts = []
    if report.unchecked:
        notes = "".join(f"<li>{escape(str(note))}</li>" for note in report.unchecked)
        parts.append(f'<details class="notes" open><summary>Not checked</summary><ul>{notes}</ul>')
        parts.append("</details>")
    if report.suppressed:
        items = "".join(
            f"<li><code>{escape(f.rule)}</code> {escape(f.message)}<ul>"
            + "".join(_evidence_item(e) for e in f.evidence)
            + "</ul></li>"
            for f in report.suppressed
        )
        parts.append(f'<details class="notes"><summary>Suppressed</summary><ul>{items}</ul>')
        parts.append("</details>")
    return "".join(parts)


def _findings(report: Report, numbered: Sequence[tuple[str, Finding]]) -> str:
    paths = [v.document.path for v in report.versions]
    body = "".join(_groups(numbered, paths)) or '<p class="none">No findings.</p>'
    return (
        '<aside id="findings" aria-label="Findings">'
        f"<h2>Findings</h2>{_filters(report.findings)}{body}{_notes(report)}</aside>"
    )


def _versions(report: Report, numbered: Sequence[tuple[str, Finding]]) -> str:
    tabs = "".join(
        f'<button type="button" role="tab" data-doc="d{n}">{escape(v.document.path)}</button>'
        for n, v in enumerate(report.versions)
    )
    panes = "".join(
        _document(v, n, _evidence_spans(v.document, numbered))
        for n, v in enumerate(report.versions)
    )
    return (
        '<section id="versions" class="side" aria-label="Versions">'
        '<div class="controls" id="layout">'
        '<label><input type="radio" name="layout" value="side" checked> side by side</label>'
        '<label><input type="radio" name="layout" value="tabs"> one at a time</label>'
        f'<div role="tablist">{tabs}</div></div>'
        f'<div class="panes">{panes}</div></section>'
    )


def _evidence_spans(doc: Document, numbered: Sequence[tuple[str, Finding]]) -> list[Span]:
    return [(e.start, e.end, fid) for fid, f in numbered for e in f.evidence if e.path == doc.path]


def figure_title(doc: Document, fig) -> str:
    """What hovering a figure tells: kind and normalized value, unit, the date it was read at."""
    lines = [f"{fig.kind}: {normalized(fig)}"]
    if fig.unit:
        lines.append(f"unit: {fig.unit}")
    if doc.published:
        lines.append(f"as of: {doc.published.isoformat()} (the version's date)")
    return "\n".join(lines)


def _document(version: Version, number: int, evidence: list[Span]) -> str:
    doc = version.document
    figures = [(*fig.span, f"{index}") for index, fig in enumerate(version.figures)]
    titles = [figure_title(doc, fig) for fig in version.figures]
    kinds = [fig.kind for fig in version.figures]
    pieces = []
    position = 0
    for start, end, figs, finds in segments(len(doc.text), figures, evidence):
        pieces.append(escape(doc.text[position:start]))
        pieces.append(_mark(doc.text[start:end], figs, finds, titles, kinds))
        position = end
    pieces.append(escape(doc.text[position:]))
    date = doc.published.isoformat() if doc.published else "no date"
    return (
        f'<article class="version" id="d{number}" data-path="{escape(doc.path)}">'
        f"<h2>{escape(doc.path)}</h2>"
        f'<p class="meta">{escape(date)} · {len(version.figures)} figures</p>'
        f'<div class="text" dir="auto" tabindex="0">{"".join(pieces)}</div></article>'
    )


def _mark(text: str, figs: Sequence[str], finds: Sequence[str], titles, kinds) -> str:
    classes = []
    attrs = ""
    if figs:
        classes.append("fig")
        classes.extend(sorted({f"k-{kinds[int(f)]}" for f in figs}))
        title = "\n".join(titles[int(f)] for f in figs)
        attrs += f' data-fig="{" ".join(figs)}" title="{escape(title)}"'
    if finds:
        classes.append("ev")
        attrs += f' data-f="{" ".join(finds)}"'
    return f'<span class="{" ".join(classes)}"{attrs}>{escape(text)}</span>'


def segments(
    length: int, figures: Sequence[Span], evidence: Sequence[Span]
) -> list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
    """Cut ``[0, length)`` where any span starts or ends, keeping the covered pieces.

    Each piece says which figures and which findings' evidence cover it, so
    overlapping or nested spans (a figure inside its evidence, a range's two ends)
    become flat, non-overlapping elements the browser can mark and scroll to.
    """
    events: dict[int, list[tuple[int, int, str]]] = {}
    for group, spans in ((0, figures), (1, evidence)):
        for start, end, key in spans:
            start, end = max(0, start), min(length, end)
            if start < end:
                events.setdefault(start, []).append((+1, group, key))
                events.setdefault(end, []).append((-1, group, key))
    active: tuple[dict[str, int], dict[str, int]] = ({}, {})
    pieces = []
    # Nothing is open after the last point, so each piece lies between two points.
    for here, following in pairwise(sorted(events)):
        for step, group, key in events[here]:
            counts = active[group]
            counts[key] = counts.get(key, 0) + step
            if not counts[key]:
                del counts[key]
        if (active[0] or active[1]) and here < following:
            pieces.append((here, following, _ordered(active[0]), _ordered(active[1])))
    return pieces


def _ordered(keys: Iterable[str]) -> tuple[str, ...]:
    """Keys in number order ("f2" before "f10"), whatever order the spans came in."""
    return tuple(sorted(keys, key=lambda k: (len(k), k)))
