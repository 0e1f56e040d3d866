"""JUnit XML: findings as failed test cases, for CI systems that show test reports.

One ``testsuite`` per version (its path), one failing ``testcase`` per finding
whose first evidence stands there (the failure's type is the severity, its text
the other versions' words), a passing case for a version with no finding, and a
skipped case per suppressed finding. GitLab, Jenkins and Azure read this
structure; there is no single official schema, so the test validates it
against an XSD written from the common form of the format.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import TYPE_CHECKING

from figcheck.figures import Finding
from figcheck.report.locations import place, relative
from figcheck.report.messages import quoted_words, short_message

if TYPE_CHECKING:
    from figcheck.run import Report

#: Characters XML 1.0 cannot carry, even escaped (control characters, lone surrogates).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _case(suite: ET.Element, finding: Finding, paths: Sequence[str], skipped: bool) -> None:
    first = finding.evidence[0]
    where = place(first)
    case = ET.SubElement(
        suite,
        "testcase",
        name=_clean(f"{finding.rule} at {where}"),
        classname=_clean(f"figcheck.{finding.rule}"),
        file=_clean(relative(first.path)),
        line=str(first.line),
        time="0",
    )
    message = _clean(short_message(finding, paths))
    if skipped:
        ET.SubElement(case, "skipped", message=f"suppressed in source: {message}")
        return
    failure = ET.SubElement(case, "failure", message=message, type=finding.severity)
    lines = [f"{place(e)}: {quoted_words(e)}" for e in finding.evidence]
    failure.text = _clean("\n".join([finding.message, *lines]))


def _suite(path: str, found: list[Finding], silenced: list[Finding], paths) -> ET.Element:
    suite = ET.Element(
        "testsuite",
        name=_clean(relative(path)),
        tests=str(max(1, len(found) + len(silenced))),
        failures=str(len(found)),
        errors="0",
        skipped=str(len(silenced)),
        time="0",
    )
    for finding in found:
        _case(suite, finding, paths, skipped=False)
    for finding in silenced:
        _case(suite, finding, paths, skipped=True)
    if not found and not silenced:
        ET.SubElement(suite, "testcase", name="figures agree", classname="figcheck", time="0")
    return suite


def _unchecked(report: Report) -> ET.Element:
    """What could not be checked (a language figcheck does not read): one skipped case each."""
    notes = [str(note) for note in report.unchecked]
    suite = ET.Element(
        "testsuite", name="unchecked", tests=str(len(notes)), failures="0", errors="0",
        skipped=str(len(notes)), time="0",
    )  # fmt: skip
    for note in notes:
        case = ET.SubElement(suite, "testcase", name=_clean(note), classname="figcheck", time="0")
        ET.SubElement(case, "skipped", message=_clean(note))
    return suite


def as_junit(report: Report) -> str:
    paths = [v.document.path for v in report.versions]
    order = list(dict.fromkeys(paths))
    placed = [f for f in [*report.findings, *report.suppressed] if f.evidence]
    order += sorted({f.evidence[0].path for f in placed} - set(order))
    root = ET.Element("testsuites", name="figcheck")
    for path in order:
        found = [f for f in report.findings if f.evidence and f.evidence[0].path == path]
        silenced = [f for f in report.suppressed if f.evidence and f.evidence[0].path == path]
        root.append(_suite(path, found, silenced, paths))
    if report.unchecked:
        root.append(_unchecked(report))
    suites = list(root)
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key)) for s in suites)))
    root.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
