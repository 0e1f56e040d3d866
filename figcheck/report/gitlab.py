"""GitLab Code Quality: a JSON array of issues, shown in the merge request's widget.

The format is the subset of the Code Climate issue GitLab reads: ``description``,
``check_name``, ``fingerprint``, ``severity`` (info, minor, major, critical,
blocker) and ``location`` (``path`` and ``lines.begin``). Each finding is one
issue at its first evidence; the other versions' words follow in the
description. The fingerprint hashes the rule, the path and the words, not the
line, so an issue keeps its identity when lines above it change.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from figcheck.figures import Finding
from figcheck.report.locations import end_position, place, relative
from figcheck.report.messages import quoted_words, short_message

if TYPE_CHECKING:
    from figcheck.run import Report

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _fingerprint(finding: Finding, path: str, seen: dict[str, int]) -> str:
    words = "\x1f".join(f"{relative(e.path)}\x1e{e.text}" for e in finding.evidence)
    key = f"{finding.rule}\x1d{path}\x1d{words}".encode(errors="surrogateescape")
    digest = hashlib.sha256(key).hexdigest()[:32]
    # The same words twice in one file (a repeated sentence) still make two issues.
    seen[digest] = seen.get(digest, 0) + 1
    return digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"


def description(finding: Finding, paths: list[str]) -> str:
    """The message without paths, then where each other version says it."""
    others = "; ".join(f"{place(e)} {quoted_words(e)}" for e in finding.evidence[1:])
    text = f"{finding.rule}: {short_message(finding, paths)}"
    return f"{text} (also {others})" if others else text


def issue(finding: Finding, paths: list[str], seen: dict[str, int]) -> dict[str, Any] | None:
    if not finding.evidence:
        return None
    first = finding.evidence[0]
    path = relative(first.path)
    end_line, _ = end_position(first)
    return {
        "type": "issue",
        "description": description(finding, paths),
        "check_name": finding.rule,
        "fingerprint": _fingerprint(finding, path, seen),
        "severity": SEVERITIES.get(finding.severity, "minor"),
        "categories": ["Bug Risk"],
        "location": {"path": path, "lines": {"begin": first.line, "end": end_line}},
    }


def _note(note) -> dict[str, Any]:
    """A version figcheck could not check (its language, its date), as an info issue on it."""
    path = relative(note.subject)
    return {
        "type": "issue",
        "description": f"unchecked: {note.reason}",
        "check_name": "unchecked",
        "fingerprint": hashlib.sha256(f"unchecked\x1d{path}\x1d{note.reason}".encode()).hexdigest()[
            :32
        ],
        "severity": "info",
        "categories": ["Bug Risk"],
        "location": {"path": path, "lines": {"begin": 1, "end": 1}},
    }


def as_gitlab(report: Report) -> str:
    paths = [v.document.path for v in report.versions]
    seen: dict[str, int] = {}
    issues = [issue(finding, paths, seen) for finding in report.findings]
    issues += [_note(note) for note in report.unchecked if note.subject in paths]
    return json.dumps([i for i in issues if i], ensure_ascii=False, indent=2) + "\n"
