"""Score figcheck's findings against the gold files in fixtures/<story>/gold.json (or any
folder of stories in that shape: benchmarks/redteam/).

Usage: python3 benchmarks/check_gold.py [--json] [STORY_OR_FIXTURES_DIR ...]

A measurement, not a gate: it always exits 0 and prints recall, precision, the
gold findings it missed and the findings nobody asked for, so rule authors can
tune. Matching works on character offsets, so reworded evidence still counts:

* a gold finding is *found* when a produced finding has the same rule and, for
  every file and every phrase of the gold evidence, an evidence item in that
  file overlapping one occurrence of the phrase;
* a produced finding is *correct* when it finds a gold finding (optional ones
  included) or, more leniently, when all its evidence lies on that gold
  finding's phrases or on its ``also`` phrases (other versions that agree with
  one side), touching at least one required phrase and as many files as the
  gold evidence names (capped at two). Anything else is a false alarm; a false
  alarm that touches a ``quiet`` span is marked so.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: A phrase's occurrences in one file, as (start, end) offsets, end exclusive.
Spans = list[tuple[int, int]]


@dataclass
class GoldFinding:
    """One expected finding, with its phrases located in the story's texts."""

    rule: str
    #: file name -> one span list per required phrase.
    required: dict[str, list[Spans]]
    #: file name -> spans of phrases in versions that agree with one side.
    also: dict[str, Spans]
    optional: bool
    label: str


@dataclass
class StoryScore:
    name: str
    gold: int = 0
    found: int = 0
    produced: int = 0
    correct: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: rule -> [found, gold] for the required gold findings.
    by_rule: dict[str, list[int]] = field(default_factory=dict)


def occurrences(text: str, phrase: str) -> Spans:
    """Every place the phrase stands in the text (a repeated phrase may be meant anywhere)."""
    spans, start = [], text.find(phrase) if phrase else -1
    while start != -1:
        spans.append((start, start + len(phrase)))
        start = text.find(phrase, start + 1)
    return spans


def as_phrases(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def overlaps(start: int, end: int, spans: Spans) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def label_of(entry: dict) -> str:
    parts = []
    for name, value in entry.items():
        parts.append(
            f"{name} " + " / ".join(json.dumps(p, ensure_ascii=False) for p in as_phrases(value))
        )
    return " | ".join(parts)


def read_gold(story: Path, texts: dict[str, str], problems: list[str]):
    """The story's gold findings and quiet spans, with every phrase located."""
    data = json.loads((story / "gold.json").read_text(encoding="utf-8"))

    def locate(name: str, phrase: str) -> Spans:
        if name not in texts:
            problems.append(f"gold names a missing file {name}")
            return []
        spans = occurrences(texts[name], phrase)
        if not spans:
            problems.append(f"gold phrase {phrase!r} is not in {name}")
        return spans

    gold = []
    for entry in data.get("findings", []):
        required = {
            name: [locate(name, p) for p in as_phrases(value)]
            for name, value in entry["evidence"].items()
        }
        also = {
            name: [span for p in as_phrases(value) for span in locate(name, p)]
            for name, value in entry.get("also", {}).items()
        }
        label = f"{entry['rule']}  {label_of(entry['evidence'])}"
        gold.append(GoldFinding(entry["rule"], required, also, bool(entry.get("optional")), label))
    quiet = []
    for entry in data.get("quiet", []):
        spans = {
            name: [s for p in as_phrases(v) for s in locate(name, p)] for name, v in entry.items()
        }
        quiet.append((spans, label_of(entry)))
    return gold, quiet


def _evidence_by_file(finding) -> dict[str, list]:
    by_file = collections.defaultdict(list)
    for item in finding.evidence:
        by_file[Path(item.path).name].append(item)
    return by_file


def finds(finding, gold: GoldFinding) -> bool:
    """The produced finding shows every phrase of the gold evidence in its file."""
    if finding.rule != gold.rule:
        return False
    by_file = _evidence_by_file(finding)
    return all(
        any(overlaps(e.start, e.end, spans) for e in by_file.get(name, ()))
        for name, phrases in gold.required.items()
        for spans in phrases
    )


def consistent(finding, gold: GoldFinding) -> bool:
    """The produced finding cites only this gold finding's phrases, from enough versions."""
    if finding.rule != gold.rule or not finding.evidence:
        return False
    on_required = False
    for item in finding.evidence:
        name = Path(item.path).name
        required = [s for spans in gold.required.get(name, ()) for s in spans]
        if overlaps(item.start, item.end, required):
            on_required = True
        elif not overlaps(item.start, item.end, gold.also.get(name, [])):
            return False
    files = {Path(item.path).name for item in finding.evidence}
    return on_required and len(files) >= min(2, len(gold.required))


def describe(finding) -> str:
    cited = " | ".join(
        f"{Path(e.path).name}:{e.line}:{e.column} {e.text!r}" for e in finding.evidence
    )
    return f"{finding.rule}  {cited}  ({finding.message})"


def score_story(story: Path) -> StoryScore:
    from figcheck import pipeline
    from figcheck.document import load

    score = StoryScore(story.name)
    paths = sorted(p for p in story.iterdir() if p.suffix in (".txt", ".md"))  # drafts too
    documents = [load(str(path)) for path in paths]
    texts = {Path(d.path).name: d.text for d in documents}
    try:
        gold, quiet = read_gold(story, texts, score.problems)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        score.problems.append(f"unreadable gold.json: {exc!r}")
        return score
    try:
        # Dated as `check` dates them: an undated version borrows the others' date.
        report = pipeline.check_documents(documents)
        findings = list(report.findings)
    except Exception as exc:  # a rule under development may crash: measure what we can
        score.problems.append(f"check failed: {exc!r}")
        findings = []

    required = [g for g in gold if not g.optional]
    score.gold = len(required)
    score.produced = len(findings)
    for g in required:
        tally = score.by_rule.setdefault(g.rule, [0, 0])
        tally[1] += 1
        if any(finds(f, g) for f in findings):
            score.found += 1
            tally[0] += 1
        else:
            score.missed.append(g.label)
    for f in findings:
        if any(finds(f, g) or consistent(f, g) for g in gold):
            score.correct += 1
            continue
        by_file = _evidence_by_file(f)
        hits = [
            label
            for spans, label in quiet
            if any(
                overlaps(e.start, e.end, spans.get(name, []))
                for name, items in by_file.items()
                for e in items
            )
        ]
        note = f"  [quiet: {'; '.join(hits)}]" if hits else ""
        score.false_alarms.append(describe(f) + note)
    return score


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else f"{part}/{whole} (n/a)"


def stories(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if (path / "gold.json").is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(p for p in sorted(path.iterdir()) if (p / "gold.json").is_file())
        else:
            print(f"check_gold: {path}: not a folder, skipped", file=sys.stderr)
    return found


def summary(scores: list[StoryScore]) -> dict:
    gold = sum(s.gold for s in scores)
    found = sum(s.found for s in scores)
    produced = sum(s.produced for s in scores)
    correct = sum(s.correct for s in scores)
    by_rule: dict[str, list[int]] = {}
    for s in scores:
        for rule, (hit, total) in s.by_rule.items():
            tally = by_rule.setdefault(rule, [0, 0])
            tally[0] += hit
            tally[1] += total
    return {
        "stories": [
            {
                "story": s.name,
                "gold": s.gold,
                "found": s.found,
                "produced": s.produced,
                "correct": s.correct,
                "recall": ratio(s.found, s.gold) if s.gold else None,
                "precision": ratio(s.correct, s.produced),
                "missed": s.missed,
                "false_alarms": s.false_alarms,
                "problems": s.problems,
            }
            for s in scores
        ],
        "overall": {
            "gold": gold,
            "found": found,
            "produced": produced,
            "correct": correct,
            "recall": ratio(found, gold) if gold else None,
            "precision": ratio(correct, produced),
            "recall_by_rule": {
                rule: {"found": hit, "gold": total}
                for rule, (hit, total) in sorted(by_rule.items())
            },
        },
    }


def print_text(scores: list[StoryScore], result: dict) -> None:
    for s in scores:
        print(f"{s.name}: recall {pct(s.found, s.gold)}, precision {pct(s.correct, s.produced)}")
        for problem in s.problems:
            print(f"  problem      {problem}")
        for label in s.missed:
            print(f"  missed       {label}")
        for label in s.false_alarms:
            print(f"  false alarm  {label}")
    overall = result["overall"]
    print(
        f"overall: recall {pct(overall['found'], overall['gold'])}, "
        f"precision {pct(overall['correct'], overall['produced'])}"
    )
    for rule, tally in overall["recall_by_rule"].items():
        print(f"  {rule:<22} {pct(tally['found'], tally['gold'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="story folders or a fixtures folder")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    scores = []
    for story in stories(args.paths or [ROOT / "fixtures"]):
        try:
            scores.append(score_story(story))
        except Exception as exc:  # unreadable story files: note it and keep measuring
            scores.append(StoryScore(story.name, problems=[f"cannot score: {exc!r}"]))
    result = summary(scores)
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        print_text(scores, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
