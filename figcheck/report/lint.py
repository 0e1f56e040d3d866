"""Text output in the linters' convention, for a terminal or an editor's problem matcher.

One line per finding, ``path:line:col: severity rule-id message``, with the
path relative to the working directory and a message that names no path; then
one indented line per other version, ``path:line:col: "words"``. Findings are
grouped by file (a blank line between files) and a count per rule closes the
report, as ruff's and yamllint's do. Whether to colour is decided by
:func:`use_colour` from ``--color``, ``NO_COLOR`` and ``TERM``; the formatter
itself only takes the answer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import click

from figcheck.figures import Finding
from figcheck.report.figures import unparsed_count
from figcheck.report.locations import place, relative
from figcheck.report.messages import quoted_words, severity_counts, short_message

if TYPE_CHECKING:
    from figcheck.run import Report

COLOR_CHOICES = ("auto", "always", "never")
#: How each severity shows on a terminal.
SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def use_colour(choice: str, is_tty: bool, environ: Mapping[str, str]) -> bool:
    """``--color``: always and never decide; auto colours a terminal unless the user opted out.

    ``NO_COLOR`` (any non-empty value, https://no-color.org) and ``TERM=dumb`` turn
    colour off under auto; an explicit ``--color always`` still wins over both.
    """
    if choice not in COLOR_CHOICES:
        raise ValueError(f"--color must be one of {', '.join(COLOR_CHOICES)}, not {choice!r}")
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    return is_tty


def _finding_lines(finding: Finding, paths: Sequence[str], cwd: str | None, colour: bool):
    def style(text: str, **how) -> str:
        return click.style(text, **how) if colour else text

    severity = style(finding.severity, fg=SEVERITY_COLOURS.get(finding.severity), bold=True)
    message = short_message(finding, paths)
    if not finding.evidence:
        return [f"{severity} {style(finding.rule, bold=True)} {message}"]
    first, *others = finding.evidence
    where = style(f"{place(first, cwd)}:", bold=True)
    lines = [f"{where} {severity} {style(finding.rule, bold=True)} {message}"]
    for other in others:
        lines.append(f"    {style(place(other, cwd) + ':', dim=True)} {quoted_words(other)}")
    return lines


def _summary(report: Report) -> list[str]:
    findings = report.findings
    if not findings:
        lines = [f"No findings in {len(report.versions)} version(s)."]
    else:
        counts = severity_counts(findings)
        lines = [
            f"Found {len(findings)} finding(s) ({counts}) in {len(report.versions)} version(s):"
        ]
        per_rule = Counter((f.rule, f.severity) for f in findings)
        width = max(len(rule) for rule, _ in per_rule)
        for (rule, severity), count in sorted(per_rule.items(), key=lambda i: (-i[1], i[0])):
            lines.append(f"{count:>5}  {rule:<{width}}  {severity}")
    unread = unparsed_count(report.versions)
    if unread:
        lines.append(f"{unread} unparsed numeric token(s): figcheck extract --unparsed lists them")
    lines += [str(note) for note in report.coverage]
    lines += [f"not checked: {note}" for note in report.unchecked]
    if report.suppressed:
        lines.append(f"{len(report.suppressed)} suppressed by figcheck: ignore comments")
    if report.baselined:
        lines.append(f"{len(report.baselined)} accepted in the baseline")
    return lines


def _notices(report: Report, colour: bool) -> list[str]:
    """Warnings about the run (stale exchange rates): shown even with --quiet."""
    label = click.style("warning", fg="yellow", bold=True) if colour else "warning"
    return [f"{label}: {note}" for note in report.notices]


def statistics(report: Report, colour: bool = False) -> str:
    """``--statistics``: the count per rule and the notes, without the findings."""
    return "\n".join([*_notices(report, colour), *_summary(report)]) + "\n"


def as_text(
    report: Report, colour: bool = False, cwd: str | None = None, quiet: bool = False
) -> str:
    """The report as linter lines; ``cwd`` is the directory paths are relative to.

    ``quiet`` keeps the findings and the run's warnings, and drops the summary.
    """
    paths = [v.document.path for v in report.versions]
    groups: dict[str, list[Finding]] = {}
    for finding in report.findings:
        key = relative(finding.evidence[0].path, cwd) if finding.evidence else ""
        groups.setdefault(key, []).append(finding)
    lines: list[str] = []
    for key in sorted(groups, key=lambda k: (k == "", k)):
        for finding in sorted(groups[key], key=_position):
            lines.extend(_finding_lines(finding, paths, cwd, colour))
        if not quiet:
            lines.append("")
    lines.extend(_notices(report, colour))
    if not quiet:
        lines.extend(_summary(report))
    return "".join(line + "\n" for line in lines)


def _position(finding: Finding) -> tuple:
    first = finding.evidence[0] if finding.evidence else None
    return (first.line, first.column, finding.rule) if first else (0, 0, finding.rule)
