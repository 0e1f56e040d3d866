"""``figcheck check`` on the five versions of the Reuters Qiming story."""

from pathlib import Path

import pytest
from seedpaths import SEEDS

from figcheck.pipeline import check

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed stories not available")


@pytest.fixture(scope="module")
def report():
    return check([str(SEEDS)])


def file_of(evidence):
    return Path(evidence.path).name[:3]


def found(report, rule, words):
    """Findings of ``rule`` whose evidence holds each {file prefix: words} given."""
    hits = []
    for finding in report.findings:
        if finding.rule != rule:
            continue
        texts = {file_of(e): " ".join(e.text.split()).lower() for e in finding.evidence}
        if all(w in texts.get(f, "") for f, w in words.items()):
            hits.append(finding)
    return hits


@pytest.mark.parametrize(
    "rule, words",
    [
        ("date-mismatch", {"001": "until 2019", "004": "2016 to 2019"}),
        ("qualifier-drift", {"001": "only eight", "003": "eight"}),
        ("time-reference-drift", {"001": "previous year", "004": "the year's"}),
    ],
)
def test_known_drifts_are_reported_with_evidence_in_both_files(report, rule, words):
    assert found(report, rule, words)


def test_no_finding_on_any_currency_amount(report):
    for finding in report.findings:
        for evidence in finding.evidence:
            version = next(v for v in report.versions if v.document.path == evidence.path)
            money = [f for f in version.figures if f.kind == "money"]
            assert not any(f.start < evidence.end and evidence.start < f.end for f in money), (
                finding.message
            )


def test_spam_produces_nothing(report):
    spun = next(v.document for v in report.versions if Path(v.document.path).name.startswith("003"))
    spam_start = spun.text.index("We will contact")
    inline = spun.text.index("best immigration consultants")
    for finding in report.findings:
        for e in finding.evidence:
            if e.path == spun.path:
                assert e.start < spam_start
                assert not (e.start <= inline < e.end)


def test_no_number_contradiction_is_reported(report):
    """The versions agree on every number (their drifts are dates and wording): no errors.

    Guards precision: "two of the people said" and a translation's "Three people familiar
    with the scheme" (a page apart) once aligned as one fact through figure order alone.
    """
    assert [f.message for f in report.findings if f.severity == "error"] == []
