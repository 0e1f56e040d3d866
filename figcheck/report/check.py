"""Output of ``figcheck check``: the formatters by name, and the JSON report."""

from __future__ import annotations

import json
from dataclasses import asdict
from importlib import resources
from typing import TYPE_CHECKING, Any

from figcheck.figures import Evidence, Figure, Finding, value_to_json
from figcheck.report.figures import document_dict, unparsed_count
from figcheck.report.locations import end_position
from figcheck.report.notices import with_notices

if TYPE_CHECKING:
    from figcheck.document import Version
    from figcheck.run import Report


def summary(report: Report) -> dict[str, int]:
    return {
        "errors": report.count("error"),
        "warnings": report.count("warning"),
        "infos": report.count("info"),
        "unchecked": len(report.unchecked),
        "suppressed": len(report.suppressed),
        "baselined": len(report.baselined),
        "unparsed": unparsed_count(report.versions),
    }


def as_dict(report: Report) -> dict:
    figures = _figures_by_place(report)
    return {
        "version": 1,
        "documents": [_document(version, dict(report.identical)) for version in report.versions],
        "findings": [finding_dict(finding, figures) for finding in report.findings],
        "unchecked": [str(note) for note in report.unchecked],
        "suppressed": [finding_dict(finding, figures) for finding in report.suppressed],
        "notices": [{"subject": note.subject, "reason": note.reason} for note in report.notices],
        "summary": summary(report),
    }


def _document(version: Version, identical: dict[str, str]) -> dict[str, Any]:
    """The document, and for a copy of another the one its findings are reported at."""
    data = document_dict(version)
    original = identical.get(version.document.path)
    return {**data, "identical_to": original} if original else data


#: (path, start, end) of a figure, its phrase or its number alone -> the figure.
Places = dict[tuple[str, int, int], Figure]


def _figures_by_place(report: Report) -> Places:
    places: Places = {}
    for version in report.versions:
        path = version.document.path
        for fig in version.figures:
            places.setdefault((path, fig.start, fig.end), fig)
            places.setdefault((path, *fig.span), fig)
    return places


def finding_dict(finding: Finding, figures: Places) -> dict[str, Any]:
    """The finding, each evidence with its end and the normalized figure it shows, if any."""
    data = finding.to_dict()
    data["evidence"] = [evidence_dict(e, figures) for e in finding.evidence]
    return data


def evidence_dict(evidence: Evidence, figures: Places) -> dict[str, Any]:
    end_line, end_column = end_position(evidence)
    fig = figures.get((evidence.path, evidence.start, evidence.end)) or _inside(evidence, figures)
    return {
        **asdict(evidence),
        "end_line": end_line,
        "end_column": end_column,
        "value": value_to_json(fig.value) if fig else None,
        "unit": fig.unit if fig else None,
    }


def _inside(evidence: Evidence, figures: Places) -> Figure | None:
    """The first figure within wider evidence ("12% this year": the 12%)."""
    within = [
        (start, -end, fig)
        for (path, start, end), fig in figures.items()
        if path == evidence.path and evidence.start <= start and end <= evidence.end
    ]
    return min(within, key=lambda item: item[:2])[2] if within else None


def as_json(report: Report, colour: bool = False) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"


def as_text(report: Report, colour: bool = False) -> str:
    """Linter lines, grouped by file, a count per rule at the end (figcheck.report.lint)."""
    from figcheck.report.lint import as_text

    return as_text(report, colour)


def schema() -> dict:
    """The JSON Schema the JSON report follows (shipped as package data)."""
    text = resources.files("figcheck.report").joinpath("schema.json").read_text("utf-8")
    return json.loads(text)


def as_sarif(report: Report, colour: bool = False) -> str:
    from figcheck.report.sarif import as_sarif

    return as_sarif(with_notices(report))


def as_github(report: Report, colour: bool = False) -> str:
    from figcheck.report.github import as_github

    return as_github(with_notices(report))


def as_html(report: Report, colour: bool = False) -> str:
    from figcheck.report.html import as_html

    return as_html(report)


def as_junit(report: Report, colour: bool = False) -> str:
    from figcheck.report.junit import as_junit

    return as_junit(with_notices(report))


def as_gitlab(report: Report, colour: bool = False) -> str:
    from figcheck.report.gitlab import as_gitlab

    return as_gitlab(with_notices(report))


def as_rdjson(report: Report, colour: bool = False) -> str:
    from figcheck.report.rdjson import as_rdjson

    return as_rdjson(with_notices(report))


FORMATTERS = {
    "text": as_text,
    "json": as_json,
    "sarif": as_sarif,
    "github": as_github,
    "html": as_html,
    "junit": as_junit,
    "gitlab": as_gitlab,
    "rdjson": as_rdjson,
}
