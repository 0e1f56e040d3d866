"""Output of ``figcheck check``: findings as text lines or as one JSON document."""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING

import click

from figcheck.report.figures import document_dict
from figcheck.report.lint import SEVERITY_COLOURS

if TYPE_CHECKING:
    from figcheck.run import Report


def summary(report: Report) -> dict[str, int]:
    return {
        "errors": report.count("error"),
        "warnings": report.count("warning"),
        "infos": report.count("info"),
        "unchecked": len(report.unchecked),
        "suppressed": len(report.suppressed),
    }


def as_dict(report: Report) -> dict:
    return {
        "version": 1,
        "documents": [document_dict(version) for version in report.versions],
        "findings": [finding.to_dict() for finding in report.findings],
        "unchecked": [str(note) for note in report.unchecked],
        "summary": summary(report),
    }


def as_json(report: Report, colour: bool = False) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"


def as_text(report: Report, colour: bool = False) -> str:
    """``path:line:col: severity rule message``, the other versions' words beneath."""
    lines = []
    for finding in report.findings:
        first, *others = finding.evidence
        severity = finding.severity
        if colour:
            severity = click.style(severity, fg=SEVERITY_COLOURS.get(severity), bold=True)
        lines.append(
            f"{first.path}:{first.line}:{first.column}: {severity} {finding.rule} {finding.message}"
        )
        for evidence in others:
            words = " ".join(evidence.text.split())
            lines.append(f"    {evidence.path}:{evidence.line}:{evidence.column}: {words}")
    for note in report.unchecked:
        lines.append(f"unchecked: {note}")
    counts = summary(report)
    lines.append(
        f"{counts['errors']} error(s), {counts['warnings']} warning(s), {counts['infos']} info, "
        f"{len(report.versions)} document(s)"
        + (f", {counts['unchecked']} unchecked" if counts["unchecked"] else "")
        + (f", {counts['suppressed']} suppressed" if counts["suppressed"] else "")
    )
    return "\n".join(lines) + "\n"


def schema() -> dict:
    """The JSON Schema the JSON report follows (shipped as package data)."""
    text = resources.files("figcheck.report").joinpath("schema.json").read_text("utf-8")
    return json.loads(text)


def as_sarif(report: Report, colour: bool = False) -> str:
    from figcheck.report.sarif import as_sarif

    return as_sarif(report)


def as_github(report: Report, colour: bool = False) -> str:
    from figcheck.report.github import as_github

    return as_github(report)


def as_html(report: Report, colour: bool = False) -> str:
    from figcheck.report.html import as_html

    return as_html(report)


def as_junit(report: Report, colour: bool = False) -> str:
    from figcheck.report.junit import as_junit

    return as_junit(report)


def as_gitlab(report: Report, colour: bool = False) -> str:
    from figcheck.report.gitlab import as_gitlab

    return as_gitlab(report)


def as_rdjson(report: Report, colour: bool = False) -> str:
    from figcheck.report.rdjson import as_rdjson

    return as_rdjson(report)


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
