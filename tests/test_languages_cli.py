"""Documents in other languages end to end: each read in its language, the rest said aloud.

The desal-plant fixture tells one story in English, Spanish, French and Italian: the
Spanish and French versions each carry a drift, and Italian is a language figcheck
does not read, which every report must say instead of passing over it in silence.
"""

from __future__ import annotations

import json

import pytest
from helpers import ROOT, run_figcheck

STORY = "fixtures/desal-plant/"
ITALIAN = "unchecked: fixtures/desal-plant/04-italian.txt: language not supported: Italian (it)"


def test_check_finds_the_drifts_of_the_spanish_and_french_versions():
    result = run_figcheck("check", "--format", "json", "--fail-on", "never", STORY, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    languages = {doc["path"].rsplit("/", 1)[1]: doc["language"] for doc in report["documents"]}
    assert languages == {
        "01-original.txt": "en",
        "02-spanish.txt": "es",
        "03-french.txt": "fr",
        "04-italian.txt": "it",
    }
    found = sorted(
        (f["rule"], sorted(e["text"] for e in f["evidence"])) for f in report["findings"]
    )
    assert found == [
        ("date-mismatch", ["2027", "2027", "2028"]),
        ("number-mismatch", ["35 %", "35%", "53 %"]),
        ("number-mismatch", ["412 million euros", "412 millions d'euros", "421 millones de euros"]),
    ]
    assert report["unchecked"] == [ITALIAN.removeprefix("unchecked: ")]
    italian = next(d for d in report["documents"] if d["language"] == "it")
    assert italian["figures"] == []


def test_the_text_report_says_which_version_went_unread():
    result = run_figcheck("check", "--fail-on", "never", STORY, cwd=ROOT)
    # The linter text lists what was not checked last, after the count per rule.
    note = ITALIAN.replace("unchecked: ", "not checked: ", 1)
    assert result.stdout.splitlines()[-1] == note


def test_github_annotations_carry_the_note():
    result = run_figcheck("check", "--format", "github", "--fail-on", "never", STORY, cwd=ROOT)
    assert (
        "::notice title=unchecked::fixtures/desal-plant/04-italian.txt: language not supported:"
        " Italian (it)"
        in result.stdout.splitlines()
    )


SPANISH_AMOUNT = "La obra costará 2,7 millones de euros, según el ayuntamiento.\n"


@pytest.mark.parametrize(
    ("args", "text", "name", "language", "values"),
    [
        # detected from the words
        ((), SPANISH_AMOUNT, "a.txt", "es", ["2700000"]),
        # --language wins over detection (and takes a name as well as a code)
        (("--language", "en"), SPANISH_AMOUNT, "a.txt", "en", []),
        (("--language", "Spanish"), "Costs 2,7 millones de euros.\n", "a.txt", "es", ["2700000"]),
        # front matter lang: says it for a short text that tells nothing by itself
        ((), "---\nlang: es-MX\n---\nTotal: 2,7 millones de euros.\n", "a.md", "es", ["2700000"]),
        # the option wins over the front matter
        (("--language", "fr"), "---\nlang: en\n---\n2,7 millions d'euros\n", "a.md", "fr",
         ["2700000"]),
    ],
)  # fmt: skip
def test_extract_reads_each_file_in_its_language(tmp_path, args, text, name, language, values):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_figcheck("extract", "--format", "json", *args, name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (doc,) = json.loads(result.stdout)["documents"]
    assert doc["language"] == language
    money = [f["value"] for f in doc["figures"] if f["kind"] == "money"]
    assert [str(float(v)) for v in money] == [str(float(v)) for v in values]


def test_extract_says_on_stderr_that_a_language_is_not_read(tmp_path):
    (tmp_path / "it.txt").write_text(
        "Il comune ha approvato il progetto, che costerà 2,7 milioni di euro per la città.\n",
        encoding="utf-8",
    )
    result = run_figcheck("extract", "it.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == ""
    assert result.stderr == "unchecked: it.txt: language not supported: Italian (it)\n"


@pytest.mark.parametrize("value", ["12", "", "x", "english language"])
def test_a_language_that_is_no_code_is_a_usage_error(tmp_path, value):
    (tmp_path / "a.txt").write_text("5 million euros\n", encoding="utf-8")
    result = run_figcheck("extract", "--language", value, "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "language" in result.stderr


DATA = ROOT / "tests" / "report" / "data"
SCHEMAS = {
    "sarif": "sarif-schema-2.1.0.json",
    "gitlab": "gitlab-codequality.schema.json",
    "rdjson": "rdjson.schema.json",
}


@pytest.mark.parametrize(
    "fmt", ["text", "json", "sarif", "github", "html", "junit", "gitlab", "rdjson"]
)
def test_every_format_says_the_italian_version_went_unread(fmt):
    result = run_figcheck("check", "--format", fmt, "--fail-on", "never", STORY, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "04-italian.txt" in result.stdout
    assert "language not supported: Italian (it)" in result.stdout
    if fmt in SCHEMAS:
        import jsonschema

        schema = json.loads((DATA / SCHEMAS[fmt]).read_text(encoding="utf-8"))
        jsonschema.validate(json.loads(result.stdout), schema)
    if fmt == "junit":
        import xmlschema

        xmlschema.XMLSchema(str(DATA / "junit.xsd")).validate(result.stdout)
