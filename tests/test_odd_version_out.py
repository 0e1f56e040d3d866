"""The finding stands at the version that differs, in every output format (end to end)."""

import json

import pytest
from helpers import run_figcheck

STORY = {
    "a.txt": "The operator said on Monday that 48 turbines will stand off the coast.\n",
    "b.txt": "The operator said on Monday that 50 turbines will stand off the coast.\n",
    # c agrees with a in other words: identical copies are one version (one voice), so
    # a copy of a would make this a one-against-one disagreement
    "c.txt": "On Monday the operator said 48 turbines would stand off the coast.\n",
}


@pytest.fixture
def story(tmp_path):
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def located(fmt: str, out: str) -> str:
    """The file each format puts the number-mismatch finding at."""
    if fmt == "json":
        (finding,) = [f for f in json.loads(out)["findings"] if f["rule"] == "number-mismatch"]
        return finding["evidence"][0]["path"]
    if fmt == "sarif":
        (result,) = [
            r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "number-mismatch"
        ]
        return result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    # (the text format's per-rule count at the end names the rule too: take the finding line)
    (line,) = [line for line in out.splitlines() if "number-mismatch" in line and ":" in line]
    return line.split("file=")[1].split(",")[0] if fmt == "github" else line.split(":")[0]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
@pytest.mark.parametrize(
    "args, expected",
    [((), "b.txt"), (("--reference", "a.txt"), "b.txt"), (("--reference", "b.txt"), "a.txt")],
)
def test_located_at_the_odd_version_out(story, fmt, args, expected):
    result = run_figcheck(
        "check",
        "--format",
        fmt,
        "--fail-on",
        "never",
        *args,
        "a.txt",
        "b.txt",
        "c.txt",
        cwd=story,
    )
    assert result.returncode == 0, result.stderr
    assert located(fmt, result.stdout).endswith(expected)
