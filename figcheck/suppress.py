"""Inline suppressions: a writer's comment that silences rules for a line, a block or a file.

``<!-- figcheck: ignore qualifier-drift -->`` (Markdown, HTML),
``# figcheck: ignore qualifier-drift`` or ``[figcheck: ignore qualifier-drift]``
(plain text) silence the named rules, or every rule when none is named, for
findings whose evidence in that document starts on the comment's line or the
line after it. ``figcheck: off`` ... ``figcheck: on`` silences every line between
them (a block left open runs to the end), and ``figcheck: ignore-file`` the whole
document; both may name rules too. Every form is read in every kind of file, and a
line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from figcheck.figures import Finding
from figcheck.text import line_starts

#: Stands for "every rule" in a directive that names none.
ALL = "*"

_IDS = r"(?P<{}>(?:[ \t,]+[a-z0-9][a-z0-9-]*)*)"
_VERB = r"(?P<{}>ignore-file|ignore|off|on)"
#: What every directive says before its verb.
_MARK = "figcheck:"
# Three spellings of one directive; a line ends at \n, \r\n or a lone \r (old Mac files).
_DIRECTIVE = re.compile(
    rf"<!--\s*{_MARK}\s*{_VERB.format('v1')}{_IDS.format('ids1')}\s*-->"
    rf"|\[{_MARK}\s*{_VERB.format('v2')}{_IDS.format('ids2')}\s*\]"
    rf"|(?:^|(?<=\s))#\s*{_MARK}\s*{_VERB.format('v3')}{_IDS.format('ids3')}[ \t]*(?=[\r\n]|\Z)",
    re.M,
)
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class Directive:
    """One suppression comment: where it is, what it does and which rules it names."""

    line: int
    verb: str
    #: The rule ids it names, or {ALL}.
    rules: frozenset[str]


@dataclass(frozen=True)
class Suppressions:
    """What the comments of one document silence."""

    #: 1-based line -> rules silenced there ("ignore": its line and the next).
    lines: dict[int, frozenset[str]] = field(default_factory=dict)
    #: (first line, last line or None for the end, rules) per off ... on block.
    blocks: tuple[tuple[int, int | None, frozenset[str]], ...] = ()
    #: Rules silenced in the whole document ("ignore-file").
    whole: frozenset[str] = frozenset()

    def covers(self, rule: str, line: int) -> bool:
        def named(rules: frozenset[str]) -> bool:
            return ALL in rules or rule in rules

        if named(self.whole):
            return True
        if any(named(self.lines.get(at, frozenset())) for at in (line, line - 1)):
            return True
        return any(
            first <= line and (last is None or line <= last) and named(rules)
            for first, last, rules in self.blocks
        )


def find(text: str) -> list[Directive]:
    """Every directive in ``text``, in order: one pass, lines found by bisection."""
    if _MARK not in text:  # every form says it: most drafts need no pass at all
        return []
    starts = line_starts(text)
    found = []
    for match in _DIRECTIVE.finditer(text):
        verb = match.group("v1") or match.group("v2") or match.group("v3")
        ids = match.group("ids1") or match.group("ids2") or match.group("ids3") or ""
        rules = frozenset(_ID.findall(ids)) or frozenset({ALL})
        found.append(Directive(bisect.bisect_right(starts, match.start()), verb, rules))
    return found


def directives(text: str) -> dict[int, frozenset[str]]:
    """1-based line -> the rule ids an ``ignore`` comment there silences ({ALL}: every rule)."""
    return read(text).lines


def read(text: str) -> Suppressions:
    """What the comments of ``text`` silence: lines, off/on blocks and the whole file."""
    lines: dict[int, frozenset[str]] = {}
    blocks: list[tuple[int, int | None, frozenset[str]]] = []
    whole: frozenset[str] = frozenset()
    open_blocks: dict[frozenset[str], int] = {}
    for directive in find(text):
        if directive.verb == "ignore":
            lines[directive.line] = lines.get(directive.line, frozenset()) | directive.rules
        elif directive.verb == "ignore-file":
            whole |= directive.rules
        elif directive.verb == "off":
            open_blocks.setdefault(directive.rules, directive.line)
        elif directive.rules in open_blocks:  # "on" closes the "off" that named the same rules
            blocks.append((open_blocks.pop(directive.rules), directive.line, directive.rules))
    blocks.extend((first, None, rules) for rules, first in open_blocks.items())
    return Suppressions(lines, tuple(sorted(blocks, key=lambda b: b[0])), whole)


def is_suppressed(finding: Finding, by_path: Mapping[str, Suppressions]) -> bool:
    """True when a directive covers the line where the finding's evidence starts."""
    for evidence in finding.evidence:
        found = by_path.get(evidence.path)
        if found is not None and found.covers(finding.rule, evidence.line):
            return True
    return False


def split(
    findings: Iterable[Finding], texts: Mapping[str, str]
) -> tuple[list[Finding], list[Finding]]:
    """The findings to report, and those a directive in ``texts`` (path -> text) silences."""
    by_path = {path: read(text) for path, text in texts.items()}
    kept: list[Finding] = []
    silenced: list[Finding] = []
    for finding in findings:
        (silenced if is_suppressed(finding, by_path) else kept).append(finding)
    return kept, silenced


def unknown_rules(text: str, known: Collection[str]) -> list[tuple[int, str]]:
    """(line, message) for each rule id a directive names that no rule has.

    Such a comment silences nothing, which a writer would not notice: the message
    says so, with the nearest rule id ("did you mean ...").
    """
    problems = []
    for directive in find(text):
        for rule in sorted(directive.rules - {ALL} - set(known)):
            import difflib  # here: a run whose comments name known rules never loads it

            close = difflib.get_close_matches(rule, sorted(known), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            problems.append(
                (directive.line, f"figcheck: {directive.verb} names unknown rule {rule!r}{hint}")
            )
    return problems
