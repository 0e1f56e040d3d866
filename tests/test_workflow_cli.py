"""`figcheck check` for editors: configuration, suppressions, SARIF and GitHub output."""

import json
import shutil

import jsonschema
import pytest
from helpers import ROOT
from helpers import run_figcheck as run

STORY = ROOT / "fixtures" / "wind-farm"
SARIF_SCHEMA = json.loads(
    (ROOT / "tests" / "report" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


@pytest.fixture
def story(tmp_path):
    """A copy of the wind-farm story; its translation says 1.2 million euros, not billion."""
    shutil.copytree(STORY, tmp_path / "story")
    return tmp_path


@pytest.mark.parametrize(
    "config, args, code",
    [
        ("", [], 1),
        ('fail-on = "never"', [], 0),
        ('fail-on = "never"', ["--fail-on", "error"], 1),
        ('fail-on = "error"\ndisable = ["unit-scale", "number-mismatch"]', [], 0),
        ('fail-on = "error"\ndisable = ["unit-scale"]', [], 1),
    ],
)
def test_config_file_and_options(story, config, args, code):
    (story / ".figcheck.toml").write_text(config + "\n", encoding="utf-8")
    result = run("check", "story", *args, cwd=story)
    assert result.returncode == code, result.stdout + result.stderr


def test_config_error_is_one_line(story):
    (story / "pyproject.toml").write_text("[tool.figcheck]\nfail_on = 'x'\n", encoding="utf-8")
    result = run("check", "story", cwd=story)
    assert (result.returncode, result.stderr.count("\n")) == (2, 1)
    assert "pyproject.toml: fail_on: unknown key in [tool.figcheck]" in result.stderr


def test_suppression_counted(story):
    path = story / "story" / "03-translation.txt"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if "1.2 million euros" in line)
    lines.insert(at, "[figcheck: ignore unit-scale]\n")
    path.write_text("".join(lines), encoding="utf-8")
    result = run("check", "story", "--format", "json", cwd=story)
    report = json.loads(result.stdout)
    assert report["summary"]["suppressed"] == 1, result.stdout
    assert "unit-scale" not in [f["rule"] for f in report["findings"]]
    text = run("check", "story", cwd=story).stdout
    assert text.rstrip().endswith("1 suppressed by figcheck: ignore comments")
    assert [s["rule"] for s in report["suppressed"]] == ["unit-scale"]


def test_sarif_of_a_real_story_is_valid(story):
    result = run("check", "story", "--format", "sarif", cwd=story)
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    (result_,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "unit-scale"]
    region = result_["locations"][0]["physicalLocation"]["region"]
    uri = result_["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    line = (story / uri).read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == region["snippet"]["text"]
    assert result_["ruleId"] == "unit-scale" and len(result_["relatedLocations"]) == 2


def test_github_annotations_of_a_real_story(story):
    result = run("check", "story", "--format", "github", cwd=story)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    (line,) = [line for line in lines if "title=unit-scale" in line]
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    # At the translation, the version that says million where the others say billion.
    assert line.startswith("::error file=story/03-translation.txt,line=3,col=131,")
    assert ",title=unit-scale::" in line


def test_rules_lists_every_registered_rule(tmp_path):
    from figcheck.rules import RULE_MODULES

    result = run("rules", cwd=tmp_path)
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert (result.returncode, listed) == (0, list(RULE_MODULES))
