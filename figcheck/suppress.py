"""Inline suppressions: a writer's comment that silences a rule for one line.

``<!-- figcheck: ignore qualifier-drift -->`` (Markdown, HTML),
``# figcheck: ignore qualifier-drift`` or ``[figcheck: ignore qualifier-drift]``
(plain text) silence the named rules, or every rule when none is named, for
findings whose evidence in that document starts on the comment's line or the
line after it. Every form is read in every kind of file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from figcheck.figures import Finding

#: Stands for "every rule" in a directive that names none.
ALL = "*"

_IDS = r"(?P<ids>(?:[ \t,]+[a-z0-9][a-z0-9-]*)*)"
_DIRECTIVE = re.compile(
    rf"<!--\s*figcheck:\s*ignore{_IDS}\s*-->"
    rf"|\[figcheck:\s*ignore{_IDS.replace('ids', 'ids2')}\s*\]"
    rf"|(?:^|(?<=\s))#\s*figcheck:\s*ignore{_IDS.replace('ids', 'ids3')}[ \t]*$",
    re.M,
)


def directives(text: str) -> dict[int, frozenset[str]]:
    """1-based line -> the rule ids ignored from there ({ALL} for every rule)."""
    found: dict[int, frozenset[str]] = {}
    for match in _DIRECTIVE.finditer(text):
        ids = match.group("ids") or match.group("ids2") or match.group("ids3") or ""
        rules = frozenset(re.findall(r"[a-z0-9][a-z0-9-]*", ids)) or frozenset({ALL})
        line = text.count("\n", 0, match.start()) + 1
        found[line] = found.get(line, frozenset()) | rules
    return found


def is_suppressed(finding: Finding, by_path: Mapping[str, dict[int, frozenset[str]]]) -> bool:
    """True when a directive covers the line where the finding's evidence starts."""
    for evidence in finding.evidence:
        lines = by_path.get(evidence.path, {})
        for line in (evidence.line, evidence.line - 1):
            rules = lines.get(line, frozenset())
            if ALL in rules or finding.rule in rules:
                return True
    return False


def split(
    findings: Iterable[Finding], texts: Mapping[str, str]
) -> tuple[list[Finding], list[Finding]]:
    """The findings to report, and those a directive in ``texts`` (path -> text) silences."""
    by_path = {path: directives(text) for path, text in texts.items()}
    kept: list[Finding] = []
    silenced: list[Finding] = []
    for finding in findings:
        (silenced if is_suppressed(finding, by_path) else kept).append(finding)
    return kept, silenced
