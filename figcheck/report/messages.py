"""A finding's message without the paths it names, for formats that show paths on their own.

Rules write messages a reader can follow alone ('"48 turbines" in a.txt; "50
turbines" in b.txt'). Formats that print each evidence's place beside the
message (the linters' text, the editors' page) drop the paths from it, so a line
says each thing once and stays short.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from figcheck.figures import Evidence, Finding
from figcheck.text import alternation


def short_message(finding: Finding, paths: Iterable[str] = ()) -> str:
    """The message with " in PATH, PATH" and bare mentions of the evidence's paths removed.

    ``paths`` adds other paths the message may name (every version of the run).
    """
    names = alternation({e.path for e in finding.evidence} | set(paths), empty="")
    if not names:
        return finding.message
    # A name counts only as a whole path: not "a.txt" inside "data.txt" or "a.txt.bak".
    one = "(?:" + names + r")(?![\w/\\-]|\.\w)"
    text = re.sub(rf"\s+in\s+{one}(?:\s*,\s*{one})*", "", finding.message)
    text = re.sub(rf"(?<![\w/\\.-]){one}", _file_name, text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _file_name(match: re.Match) -> str:
    """A path left in the message (not after "in") keeps only its file name."""
    return re.split(r"[\\/]", match.group(0))[-1] or match.group(0)


#: How a number of findings of one severity is written ("3 errors", "1 info").
SEVERITY_PLURALS = {"error": "errors", "warning": "warnings", "info": "info"}


def severity_counts(findings: Iterable[Finding]) -> str:
    """ "11 errors, 16 warnings, 3 info", worst first."""
    from figcheck.severity import SEVERITIES

    found = [f.severity for f in findings]
    return ", ".join(f"{found.count(s)} {SEVERITY_PLURALS[s]}" for s in SEVERITIES)


def quoted_words(evidence: Evidence) -> str:
    """The evidence's words on one line, quoted: '"1.2 billion euro"'."""
    return '"' + " ".join(evidence.text.split()) + '"'
