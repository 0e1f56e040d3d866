"""SARIF 2.1.0 output, as GitHub code scanning and editors' SARIF viewers read it.

Each finding is a result at its first evidence; the other versions' evidence
are its related locations. Suppressed findings are kept, marked as suppressed
in source, so a code-scanning alert closes rather than vanishes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from figcheck import __version__
from figcheck.figures import Evidence, Finding
from figcheck.report.figures import unparsed_count
from figcheck.report.locations import end_position, uri
from figcheck.report.rules import RuleInfo, rule_info

if TYPE_CHECKING:
    from figcheck.run import Report

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/figcheck/figcheck"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def location(evidence: Evidence) -> dict[str, Any]:
    end_line, end_column = end_position(evidence)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": uri(evidence.path)},
            "region": {
                "startLine": evidence.line,
                "startColumn": evidence.column,
                "endLine": end_line,
                "endColumn": end_column,
                "snippet": {"text": evidence.text},
            },
        }
    }


def rule_descriptor(info: RuleInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "name": info.id,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.description},
        "defaultConfiguration": {"level": LEVELS.get(info.severity, "warning")},
        "helpUri": f"{INFORMATION_URI}#{info.id}",
    }


def result(finding: Finding, index: int, suppressed: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [location(e) for e in finding.evidence[:1]],
    }
    related = []
    for number, evidence in enumerate(finding.evidence[1:], start=1):
        place = location(evidence)
        place["id"] = number
        place["message"] = {"text": f"{evidence.path}: {evidence.text}"}
        related.append(place)
    if related:
        item["relatedLocations"] = related
    if suppressed:
        item["suppressions"] = [{"kind": "inSource"}]
    return item


def as_sarif(report: Report, rules: Mapping[str, Any] | None = None) -> str:
    """The report as one SARIF log with one run; ``rules`` defaults to the registry."""
    infos = rule_info(rules)
    known = {info.id for info in infos}
    # A finding from a rule the registry does not list still needs a descriptor.
    for finding in [*report.findings, *report.suppressed]:
        if finding.rule not in known:
            infos.append(RuleInfo(finding.rule, finding.severity, finding.rule, finding.rule))
            known.add(finding.rule)
    index = {info.id: number for number, info in enumerate(infos)}
    results = [result(f, index[f.rule], False) for f in report.findings]
    results += [result(f, index[f.rule], True) for f in report.suppressed]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "figcheck",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [rule_descriptor(info) for info in infos],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                # numeric-looking tokens no finder read (`figcheck extract --unparsed`)
                "properties": {"unparsed": unparsed_count(report.versions)},
            }
        ],
    }
    if report.unchecked:  # what could not be checked (a language not read) is said, not skipped
        notes = [{"level": "note", "message": {"text": str(n)}} for n in report.unchecked]
        log["runs"][0]["invocations"] = [
            {"executionSuccessful": True, "toolExecutionNotifications": notes}
        ]
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
