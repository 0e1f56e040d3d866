"""The fixture stories' gold files are valid, and the gold benchmark scores them right."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from figcheck.document import Document, load
from figcheck.figures import Evidence, Finding
from figcheck.pipeline import publication_dates
from figcheck.run import Report

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
STORIES = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and any(p.glob("*.txt")))
RULES = {
    "fx-mismatch",
    "number-mismatch",
    "unit-scale",
    "date-mismatch",
    "qualifier-drift",
    "time-reference-drift",
    "vague-quantity",
    "internal-mismatch",
    "change-arithmetic",
    "share-arithmetic",
}
#: Rules whose evidence is one file holding two phrases that disagree.
#: Rules judged within one version, and how many phrases of it their evidence names: a
#: conversion and its amount, two mentions, a change's size and its two ends (or a
#: multiplier and its percentage), a part, its whole and its percentage.
ONE_FILE_RULES = {
    "fx-mismatch": {2},
    "internal-mismatch": {2},
    "change-arithmetic": {2, 3},
    "share-arithmetic": {3},
}

PHRASES = {
    "oneOf": [
        {"type": "string", "minLength": 1},
        {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
    ]
}
SCHEMA = {
    "type": "object",
    "required": ["description", "reference", "findings", "quiet"],
    "additionalProperties": False,
    "properties": {
        "description": {"type": "string", "minLength": 1},
        "reference": {"type": ["string", "null"]},
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["rule", "evidence", "why"],
                "additionalProperties": False,
                "properties": {
                    "rule": {"enum": sorted(RULES)},
                    "evidence": {
                        "type": "object",
                        "minProperties": 1,
                        "additionalProperties": PHRASES,
                    },
                    "also": {"type": "object", "additionalProperties": PHRASES},
                    "optional": {"type": "boolean"},
                    "why": {"type": "string", "minLength": 1},
                },
            },
        },
        "quiet": {
            "type": "array",
            "items": {"type": "object", "minProperties": 1, "additionalProperties": PHRASES},
        },
    },
}


def _bench():
    spec = importlib.util.spec_from_file_location(
        "check_gold", ROOT / "benchmarks" / "check_gold.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


check_gold = _bench()


def _gold(story: Path) -> dict:
    return json.loads((story / "gold.json").read_text(encoding="utf-8"))


def _phrases(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _gold_phrases():
    """(story, where in gold.json, file, phrase) for every phrase of every gold file."""
    rows = []
    for story in STORIES:
        if not (story / "gold.json").is_file():
            continue
        data = _gold(story)
        for i, entry in enumerate(data["findings"]):
            for key in ("evidence", "also"):
                for name, value in entry.get(key, {}).items():
                    for phrase in _phrases(value):
                        rows.append((story.name, f"findings[{i}].{key}", name, phrase))
        for i, entry in enumerate(data["quiet"]):
            for name, value in entry.items():
                for phrase in _phrases(value):
                    rows.append((story.name, f"quiet[{i}]", name, phrase))
    return rows


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_every_story_has_a_valid_gold_file(story):
    import jsonschema

    jsonschema.validate(_gold(story), SCHEMA)


@pytest.mark.parametrize(("story", "where", "name", "phrase"), _gold_phrases())
def test_gold_phrase_is_an_exact_substring_of_its_file(story, where, name, phrase):
    text = load(str(FIXTURES / story / name)).text
    assert phrase in text, f"{story}/gold.json {where}: {phrase!r} not in {name}"


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_gold_evidence_has_the_shape_its_rule_needs(story):
    for entry in _gold(story)["findings"]:
        evidence = entry["evidence"]
        if entry["rule"] in ONE_FILE_RULES:
            assert len(evidence) == 1, entry
            assert len(_phrases(next(iter(evidence.values())))) in ONE_FILE_RULES[entry["rule"]]
        else:
            assert len(evidence) == 2, entry
            assert all(isinstance(v, str) for v in evidence.values()), entry
        assert not set(entry.get("also", {})) & set(evidence), entry


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_quiet_spans_do_not_overlap_required_evidence(story):
    texts = {p.name: load(str(p)).text for p in story.glob("*.txt")}
    problems: list[str] = []
    gold, quiet = check_gold.read_gold(story, texts, problems)
    assert problems == []
    for g in gold:
        for name, phrases in g.required.items():
            for spans in phrases:
                for quiet_spans, label in quiet:
                    for start, end in spans:
                        assert not check_gold.overlaps(start, end, quiet_spans.get(name, [])), (
                            g.label,
                            label,
                        )


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("wind-farm", dt.date(2024, 3, 14)),
        ("robotics-fund", dt.date(2024, 5, 2)),
        ("estuary-tunnel", dt.date(2023, 10, 12)),
    ],
)
def test_fallback_date_is_the_most_common_stated_date(story, expected):
    documents = [load(str(p)) for p in sorted((FIXTURES / story).glob("*.txt"))]
    (undated,) = publication_dates([Document("new.txt", "No date.")], documents)
    assert (undated.published, undated.source) == (expected, "fallback")


def test_new_stories_cover_every_rule():
    rules = {e["rule"] for story in STORIES for e in _gold(story)["findings"]}
    assert rules == RULES


# --- scoring ------------------------------------------------------------------------------

STORY_TEXT = {
    "a.txt": "The 48 turbines cost 5 million euros. Only 14 objections came in.",
    "b.txt": "The 50 turbines cost 5 million euros. 14 objections came in.",
    "c.txt": "The 48 turbines cost 5 million euros. 14 objections came in.",
}
STORY_GOLD = {
    "description": "test story",
    "reference": None,
    "findings": [
        {
            "rule": "number-mismatch",
            "evidence": {"a.txt": "48 turbines", "b.txt": "50 turbines"},
            "also": {"c.txt": "48 turbines"},
            "why": "48 is not 50",
        },
        {
            "rule": "qualifier-drift",
            "optional": True,
            "evidence": {"a.txt": "Only 14 objections", "b.txt": "14 objections"},
            "why": "only dropped",
        },
    ],
    "quiet": [{"a.txt": "5 million euros", "b.txt": "5 million euros"}],
}


def _finding(rule, *cited):
    """A finding citing (file, phrase) pairs at their first occurrence in STORY_TEXT."""
    evidence = []
    for name, phrase in cited:
        start = STORY_TEXT[name].index(phrase)
        evidence.append(Evidence(name, 1, start + 1, start, start + len(phrase), phrase))
    return Finding(rule, "warning", "test", tuple(evidence))


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in STORY_TEXT.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(STORY_GOLD), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("findings", "found", "correct", "quiet_alarms"),
    [
        ([], 0, 0, 0),
        ([_finding("number-mismatch", ("a.txt", "48"), ("b.txt", "50 turbines"))], 1, 1, 0),
        # an agreeing version in place of the original: correct, but the gold pair is not shown
        ([_finding("number-mismatch", ("c.txt", "48 turbines"), ("b.txt", "50"))], 0, 1, 0),
        # right words, wrong rule
        ([_finding("unit-scale", ("a.txt", "48 turbines"), ("b.txt", "50 turbines"))], 0, 0, 0),
        # one side only
        ([_finding("number-mismatch", ("b.txt", "50 turbines"))], 0, 0, 0),
        # optional gold: not counted in recall, not a false alarm either
        ([_finding("qualifier-drift", ("a.txt", "Only 14"), ("b.txt", "14 objections"))], 0, 1, 0),
        (
            [_finding("number-mismatch", ("a.txt", "5 million euros"), ("b.txt", "5 million"))],
            0,
            0,
            1,
        ),
    ],
)
def test_score_story(story, monkeypatch, findings, found, correct, quiet_alarms):
    monkeypatch.setattr("figcheck.pipeline.check_documents", lambda docs: Report((), findings))
    score = check_gold.score_story(story)
    assert (score.gold, score.found, score.produced, score.correct) == (
        1,
        found,
        len(findings),
        correct,
    )
    assert len(score.missed) == 1 - found
    assert len(score.false_alarms) == len(findings) - correct
    assert sum("[quiet:" in alarm for alarm in score.false_alarms) == quiet_alarms
    assert score.problems == []


def test_check_failure_is_measured_not_raised(story, monkeypatch):
    def broken(docs):
        raise RuntimeError("rule crashed")

    monkeypatch.setattr("figcheck.pipeline.check_documents", broken)
    score = check_gold.score_story(story)
    assert (score.found, score.produced) == (0, 0)
    assert score.problems == ["check failed: RuntimeError('rule crashed')"]


def test_gold_fed_back_scores_perfectly(monkeypatch):
    """Findings built from the gold evidence itself reach full recall and precision."""

    def echo(docs):
        story = Path(docs[0].path).parent
        texts = {Path(d.path).name: d.text for d in docs}
        findings = []
        for entry in _gold(story)["findings"]:
            evidence = []
            for name, value in entry["evidence"].items():
                for phrase in _phrases(value):
                    start = texts[name].index(phrase)
                    evidence.append(Evidence(name, 1, 1, start, start + len(phrase), phrase))
            findings.append(Finding(entry["rule"], "warning", "echo", tuple(evidence)))
        return Report((), tuple(findings))

    monkeypatch.setattr("figcheck.pipeline.check_documents", echo)
    result = check_gold.summary([check_gold.score_story(s) for s in STORIES])
    assert result["overall"]["recall"] == 1.0
    assert result["overall"]["precision"] == 1.0


def test_benchmark_script_prints_json_and_exits_zero(story):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "check_gold.py"), "--json", str(story.parent)],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(story.parent),
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert [s["story"] for s in result["stories"]] == ["story"]
    assert result["overall"]["gold"] == 1


def test_benchmark_script_skips_a_missing_folder_and_still_exits_zero(tmp_path):
    missing = tmp_path / "nowhere"
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "check_gold.py"), str(missing)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert run.returncode == 0
    assert run.stderr == f"check_gold: {missing}: not a folder, skipped\n"
    assert run.stdout.startswith("overall: recall 0/0 (n/a), precision 0/0 (n/a)")
