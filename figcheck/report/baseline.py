"""A baseline: findings an editor has accepted, left out of later runs on revised drafts.

A finding is known by its rule and, for each evidence, the file and the words it
shows, never by line or column: a draft revised above the figure, or a paragraph
moved, still matches, while a figure whose words change is reported again. Paths are
stored relative to the baseline file, so the run may start in any directory. Each
accepted finding covers one finding: the same words found twice in a new draft
need two entries, so a new copy of an accepted slip is still reported.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from figcheck.errors import InputError
from figcheck.figures import Finding

if TYPE_CHECKING:
    from figcheck.run import Report

VERSION = 1
Key = tuple[str, tuple[tuple[str, str], ...]]


def _path(path: str, base: str) -> str:
    if path in ("-", "<stdin>", ""):
        return path
    try:
        return PurePath(os.path.relpath(os.path.abspath(path), base)).as_posix()
    except ValueError:  # another drive (Windows)
        return PurePath(os.path.abspath(path)).as_posix()


def key(finding: Finding, base: str) -> Key:
    """What identifies an accepted finding: the rule, and each evidence's file and words."""
    places = sorted((_path(e.path, base), " ".join(e.text.split())) for e in finding.evidence)
    return finding.rule, tuple(places)


def as_json(findings: Iterable[Finding], baseline_path: str) -> str:
    """The baseline file's text for ``findings`` (sorted, so it diffs well under git)."""
    base = os.path.dirname(os.path.abspath(baseline_path))
    entries = sorted(key(f, base) for f in findings)
    data = {
        "version": VERSION,
        "findings": [
            {"rule": rule, "evidence": [{"path": p, "words": w} for p, w in places]}
            for rule, places in entries
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read(baseline_path: str) -> Counter[Key]:
    """The accepted findings of a baseline file; a bad file is one clear error."""
    try:
        with open(baseline_path, encoding="utf-8") as file:
            data = json.load(file)
    except FileNotFoundError:
        raise InputError(f"{baseline_path}: no such baseline file") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{baseline_path}: not a figcheck baseline ({exc})") from None
    try:
        if data["version"] != VERSION:
            raise InputError(f"{baseline_path}: baseline version {data['version']!r} is unknown")
        return Counter(
            (str(item["rule"]), tuple((str(e["path"]), str(e["words"])) for e in item["evidence"]))
            for item in data["findings"]
        )
    except (KeyError, TypeError) as exc:
        raise InputError(f"{baseline_path}: not a figcheck baseline (missing {exc})") from None


def apply(report: Report, baseline_path: str) -> Report:
    """The report without the findings the baseline accepts (kept apart, as ``baselined``)."""
    accepted = read(baseline_path)
    base = os.path.dirname(os.path.abspath(baseline_path))
    kept, known = [], []
    for finding in report.findings:
        found = key(finding, base)
        if accepted[found] > 0:
            accepted[found] -= 1
            known.append(finding)
        else:
            kept.append(finding)
    return replace(report, findings=tuple(kept), baselined=tuple(known))
