"""The CI formats, each validated against its schema: JUnit XML, GitLab Code Quality, rdjson.

The schemas in ``data/`` were written from each format's published description
(GitLab's Code Quality report format; reviewdog's ``reviewdog.proto``); JUnit has
no single official schema, so ``junit.xsd`` follows the structure its readers share
and is checked with the xmlschema package. Each schema is shown to reject
what its consumer would reject, so a passing validation means something.
"""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
import xmlschema
from helpers import ROOT, document, run_figcheck
from report_helpers import evidence_of, report_of
from seedpaths import SEEDS

from figcheck.figures import Evidence, Finding
from figcheck.report.gitlab import as_gitlab
from figcheck.report.junit import as_junit
from figcheck.report.rdjson import as_rdjson
from figcheck.rules.api import Unchecked

DATA = Path(__file__).parent / "data"
JSON_SCHEMAS = {
    "gitlab": json.loads((DATA / "gitlab-codequality.schema.json").read_text()),
    "rdjson": json.loads((DATA / "rdjson.schema.json").read_text()),
}
JUNIT = xmlschema.XMLSchema(str(DATA / "junit.xsd"))
FORMATTERS = {"junit": as_junit, "gitlab": as_gitlab, "rdjson": as_rdjson}


def validate(fmt: str, output: str) -> None:
    if fmt == "junit":
        JUNIT.validate(output)
    else:
        jsonschema.validate(json.loads(output), JSON_SCHEMAS[fmt])


def _hand_built():
    a = document("drafts/a 𐐀.md", "Le coût: 𐐀 48 turbines\x0b and\n$5\nmillion <b>&amp;</b>.\n")
    b = document("wire/b.txt", "It had 50 turbines and $5 million.\n")
    multi = Evidence(a.path, 2, 1, a.text.index("$5"), a.text.index("million") + 7, "$5\nmillion")
    findings = [
        Finding("number-mismatch", "error", '"48" in drafts/a 𐐀.md; "50" in wire/b.txt',
                (evidence_of(a, "48 turbines"), evidence_of(b, "50 turbines"))),
        Finding("unit-scale", "warning", "<scale> & \x00 more",
                (multi, evidence_of(b, "$5 million"))),
        Finding("vague-quantity", "info", "same words", (evidence_of(b, "50 turbines"),)),
        Finding("vague-quantity", "info", "same words", (evidence_of(b, "50 turbines"),)),
        Finding("no-place", "info", "a finding without evidence", ()),
    ]  # fmt: skip
    suppressed = [Finding("qualifier-drift", "warning", "silenced", (evidence_of(a, "48"),))]
    stale = Unchecked("drafts/a 𐐀.md", "dated 2099-01-01, after the last exchange-rate day")
    return replace(report_of([a, b], findings, ["a note"], suppressed), notices=(stale,))


HAND_BUILT = _hand_built()
EMPTY = report_of([document("a.txt", "Nothing here.\n")])


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
@pytest.mark.parametrize("report", [HAND_BUILT, EMPTY], ids=["hand-built", "empty"])
def test_hand_built_reports_validate(fmt, report):
    validate(fmt, FORMATTERS[fmt](report))


def _stories():
    yield ROOT, [str(p.relative_to(ROOT)) + "/" for p in sorted((ROOT / "fixtures").iterdir())
                 if p.is_dir()]  # fmt: skip
    yield SEEDS.parent, [SEEDS.name]


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_check_on_every_story_validates(fmt):
    for cwd, args in _stories():
        result = run_figcheck("check", *args, "--format", fmt, "--fail-on", "never", cwd=cwd)
        assert result.returncode == 0, result.stderr
        validate(fmt, result.stdout)
        assert result.stdout.count("number-mismatch") or "seeds" in args


BREAKS = {
    "gitlab": [
        lambda issues: issues[0].update(severity="error"),
        lambda issues: issues[0].pop("fingerprint"),
        lambda issues: issues[0]["location"].pop("lines"),
        lambda issues: issues[0]["location"].update(path="/abs/path.txt"),
        lambda issues: issues[0]["location"]["lines"].update(begin=0),
    ],
    "rdjson": [
        lambda result: result["diagnostics"][0].update(severity="FATAL"),
        lambda result: result["diagnostics"][0]["location"]["range"]["start"].update(column=0),
        lambda result: result["diagnostics"][0].pop("message"),
        lambda result: result["diagnostics"][0].update(related="x"),
    ],
}


@pytest.mark.parametrize(
    "fmt, index", [(f, i) for f, rows in BREAKS.items() for i in range(len(rows))]
)
def test_json_schemas_reject_what_their_consumers_would(fmt, index):
    data = copy.deepcopy(json.loads(FORMATTERS[fmt](HAND_BUILT)))
    BREAKS[fmt][index](data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, JSON_SCHEMAS[fmt])


@pytest.mark.parametrize(
    "change",
    [
        lambda root: root.find("testsuite").attrib.pop("name"),
        lambda root: root.find("testsuite").set("tests", "-1"),
        lambda root: root.find(".//testcase").append(ET.Element("failure")) or
        root.find(".//testcase").append(ET.Element("skipped")),
        lambda root: root.find(".//testcase").set("line", "0"),
        lambda root: root.append(ET.Element("testcase", name="loose")),
    ],
)  # fmt: skip
def test_junit_schema_rejects_broken_reports(change):
    root = ET.fromstring(as_junit(HAND_BUILT).split("\n", 1)[1])
    change(root)
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        JUNIT.validate(ET.tostring(root, "unicode"))


def test_junit_counts_and_cases():
    root = ET.fromstring(as_junit(HAND_BUILT).split("\n", 1)[1])
    # the report's unchecked note is a skipped case of its own suite
    assert {k: root.get(k) for k in ("tests", "failures", "skipped")} == {
        "tests": "6", "failures": "4", "skipped": "2",
    }  # fmt: skip
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["drafts/a 𐐀.md", "wire/b.txt", "unchecked"]
    assert [(c.get("name"), c[0].tag) for c in suites["unchecked"]] == [("a note", "skipped")]
    cases = [(c.get("name"), c[0].tag, c[0].get("type")) for c in suites["drafts/a 𐐀.md"]]
    assert cases == [
        ("number-mismatch at drafts/a 𐐀.md:1:12", "failure", "error"),
        ("unit-scale at drafts/a 𐐀.md:2:1", "failure", "warning"),
        ("qualifier-drift at drafts/a 𐐀.md:1:12", "skipped", None),
    ]
    failure = suites["drafts/a 𐐀.md"][1][0]
    assert failure.get("message") == "<scale> & \ufffd more"  # no control character in XML
    assert 'wire/b.txt:1:24: "$5 million"' in failure.text
    empty = ET.fromstring(as_junit(EMPTY).split("\n", 1)[1])
    assert [(c.get("name"), len(c)) for c in empty.iter("testcase")] == [("figures agree", 0)]


def test_gitlab_issues():
    issues = json.loads(as_gitlab(HAND_BUILT))
    assert [(i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"])
            for i in issues] == [
        ("number-mismatch", "major", "drafts/a 𐐀.md", {"begin": 1, "end": 1}),
        ("unit-scale", "minor", "drafts/a 𐐀.md", {"begin": 2, "end": 3}),
        ("vague-quantity", "info", "wire/b.txt", {"begin": 1, "end": 1}),
        ("vague-quantity", "info", "wire/b.txt", {"begin": 1, "end": 1}),
    ]  # fmt: skip
    prints = [i["fingerprint"] for i in issues]
    assert len(set(prints)) == 4 and prints[3] == prints[2] + "-2"
    assert issues[0]["description"] == (
        'number-mismatch: "48"; "50" (also wire/b.txt:1:8 "50 turbines")'
    )


def test_gitlab_fingerprint_survives_lines_added_above():
    before = json.loads(as_gitlab(HAND_BUILT))[0]["fingerprint"]
    a, b = HAND_BUILT.versions
    moved = document(a.path, "A new first line.\n" + a.text)
    evidence = (evidence_of(moved, "48 turbines"), evidence_of(b, "50 turbines"))
    finding = Finding("number-mismatch", "error", "m", evidence)
    after = json.loads(as_gitlab(report_of([moved, b], [finding])))[0]
    assert after["fingerprint"] == before and after["location"]["lines"]["begin"] == 2


@pytest.mark.parametrize(
    "text, words, start, end",
    [
        ("cost 48 turbines", "48 turbines", (1, 6), (1, 17)),
        # reviewdog counts bytes: "é" is 2, "𐐀" is 4
        ("é 48 turbines", "48 turbines", (1, 4), (1, 15)),
        ("a𐐀b 48 turbines", "48 turbines", (1, 8), (1, 19)),
        ("x\r\n𐐀 48 turbines", "48 turbines", (2, 6), (2, 17)),
    ],
)
def test_rdjson_columns_are_utf8_bytes(text, words, start, end):
    doc = document("v.txt", text)
    report = report_of([doc], [Finding("r", "error", "m", (evidence_of(doc, words),))])
    (diagnostic,) = json.loads(as_rdjson(report))["diagnostics"]
    where = diagnostic["location"]["range"]
    assert (where["start"]["line"], where["start"]["column"]) == start
    assert (where["end"]["line"], where["end"]["column"]) == end


def test_rdjson_diagnostic():
    result = json.loads(as_rdjson(HAND_BUILT))
    first = result["diagnostics"][0]
    assert first["severity"] == "ERROR" and first["code"]["value"] == "number-mismatch"
    assert first["message"] == '"48"; "50"\nwire/b.txt:1:8: "50 turbines"'
    assert len(result["diagnostics"]) == 4  # the finding without a place is left out


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_paths_are_relative_to_the_working_directory(fmt, tmp_path, monkeypatch):
    doc = document(str(tmp_path / "story" / "v.txt"), "It had 50 turbines.")
    report = report_of([doc], [Finding("r", "error", "m", (evidence_of(doc, "50 turbines"),))])
    monkeypatch.chdir(tmp_path)
    output = FORMATTERS[fmt](report)
    assert str(tmp_path) not in output and "story/v.txt" in output


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_deterministic(fmt):
    assert FORMATTERS[fmt](_hand_built()) == FORMATTERS[fmt](_hand_built())
