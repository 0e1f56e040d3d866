"""Every report format by name; each formatter takes a Report and returns the whole output."""

from __future__ import annotations

from figcheck.engine import Report


def as_text(report: Report) -> str:
    """``path:line:col: severity rule message``, the other versions' words beneath."""
    lines = []
    for finding in report.findings:
        first, *others = finding.evidence
        lines.append(
            f"{first.path}:{first.line}:{first.column}: {finding.severity} {finding.rule} "
            f"{finding.message}"
        )
        for evidence in others:
            words = " ".join(evidence.text.split())
            lines.append(f"    {evidence.path}:{evidence.line}:{evidence.column}: {words}")
    lines.append(
        f"{report.count('error')} error(s), {report.count('warning')} warning(s), "
        f"{report.count('info')} info, {len(report.suppressed)} suppressed"
    )
    return "\n".join(lines) + "\n"


def as_sarif(report: Report) -> str:
    from figcheck.report.sarif import as_sarif

    return as_sarif(report)


def as_github(report: Report) -> str:
    from figcheck.report.github import as_github

    return as_github(report)


FORMATTERS = {"text": as_text, "sarif": as_sarif, "github": as_github}
