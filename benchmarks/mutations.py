"""Mutation benchmark: does figcheck catch the slips a newsroom makes, and stay quiet otherwise?

Usage: python3 benchmarks/mutations.py [--json] [-v] [--jobs N] [STORY_DIR ...]

Takes the figures that agree across the versions of each story (the ``quiet`` groups of the
fixtures' gold files, and for the seed articles every figure that two versions state alike
and figcheck leaves alone), applies one kind of slip to one version at a time, runs
``python3 -m figcheck check --format json`` on the story and counts the slip as detected when
a finding that was not there before points at the changed words. The slips:

* ``scale``: million <-> billion (m <-> bn);
* ``dropped-digit``: the last digit of the integer part lost ("14,500" -> "1,450"), or the
  decimal mark of a one-digit figure ("1.94" -> "194");
* ``qualifier``: "only" dropped, a bound flipped ("more than" -> "less than", "at least" ->
  "at most", "nearly" -> "more than"), where another version of the group shows the slip
  (it says "only" or the same bound too, or a figure the slipped phrase excludes): a slip
  the other versions agree with ("almost" made "more than" beside "about") is no slip;
* ``period-year``: a year in a date or period moved on by one;
* ``currency``: the currency word or sign swapped (euros -> dollars, £ -> €);
* ``conversion-rate``: a stated conversion redone at the rate of another year (the first year,
  going back from the publication, whose rate differs by 15% or more);
* ``in-by``: "in 2027" <-> "by 2027".

As the negative, each version is paraphrased without touching a figure (a few verbs and nouns
swapped, its last two paragraphs exchanged), and every finding the paraphrase adds is counted.
A measurement, not a gate: it always exits 0.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from figcheck.intervals import Interval, agree, interval, meaning_of  # noqa: E402
from figcheck.lang.bounds import DIRECTION  # noqa: E402
from figcheck.lang.en import BOUNDS  # noqa: E402
from figcheck.rules.qualifier_drift import DURATION_WORDS  # noqa: E402

KINDS = (
    "scale",
    "dropped-digit",
    "qualifier",
    "period-year",
    "currency",
    "conversion-rate",
    "in-by",
)

#: Figure kinds whose agreeing values make a consistent group in a seed story.
GROUP_KINDS = ("money", "percent", "count", "quantity", "date", "period")


#: A consistent group: file name -> (start, end, kinds of the figures in that span).
Group = dict[str, tuple[int, int, frozenset]]


@dataclass
class Story:
    name: str
    folder: Path
    texts: dict[str, str]
    #: figcheck's extraction of each version (figures, publication date), by file name.
    documents: dict[str, dict] = field(default_factory=dict)
    #: Gold quiet groups (fixtures) and groups found by value.
    groups: list[Group] = field(default_factory=list)


@dataclass
class Mutation:
    story: str
    kind: str
    file: str
    start: int
    end: int
    before: str
    after: str


@dataclass
class Outcome:
    mutation: Mutation
    detected: bool
    findings: list[str]


# --- running figcheck ----------------------------------------------------------------------


def run_check(story: Story, replaced: dict[str, str] | None = None) -> list[dict]:
    """The findings of ``check`` on the story, with some versions' texts replaced."""
    with tempfile.TemporaryDirectory(prefix="figcheck-mut-") as tmp:
        folder = Path(tmp) / story.name
        folder.mkdir()
        for name, text in story.texts.items():
            (folder / name).write_text((replaced or {}).get(name, text), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(ROOT), FIGCHECK_JOBS="1")
        run = subprocess.run(
            [sys.executable, "-m", "figcheck", "check", "--format", "json"]
            + ["--fail-on", "never", f"{folder}/"],
            capture_output=True,
            text=True,
            cwd=str(ROOT),
            env=env,
        )
        if run.returncode != 0:
            raise RuntimeError(f"figcheck failed on {story.name}: {run.stderr.strip()[-300:]}")
        return json.loads(run.stdout)["findings"]


def evidence_keys(finding: dict) -> set[tuple]:
    return {(finding["rule"], os.path.basename(e["path"]), e["text"]) for e in finding["evidence"]}


def is_new(finding: dict, known: set[tuple]) -> bool:
    """A finding with evidence no finding of its rule had before the change."""
    return not evidence_keys(finding) <= known


def describe(finding: dict) -> str:
    where = ", ".join(f"{os.path.basename(e['path'])}:{e['text']!r}" for e in finding["evidence"])
    return f"{finding['rule']} [{where}]"


def touches(finding: dict, name: str, start: int, end: int) -> bool:
    return any(
        os.path.basename(e["path"]) == name and e["start"] < end and start < e["end"]
        for e in finding["evidence"]
    )


def extract(story: Story) -> dict[str, dict]:
    """figcheck's figures and publication date of each version, by file name."""
    paths = [str(story.folder / name) for name in story.texts]
    run = subprocess.run(
        [sys.executable, "-m", "figcheck", "extract", "--format", "json", *paths],
        capture_output=True,
        text=True,
        cwd=str(ROOT),
        env=dict(os.environ, PYTHONPATH=str(ROOT), FIGCHECK_JOBS="1"),
    )
    documents = json.loads(run.stdout)["documents"]
    return {os.path.basename(d["path"]): d for d in documents}


# --- consistent groups ---------------------------------------------------------------------


def load_story(folder: Path) -> Story:
    texts = {
        p.name: p.read_text(encoding="utf-8")
        for p in sorted(folder.iterdir())
        if p.suffix in (".txt", ".md")
    }
    story = Story(folder.name, folder, texts)
    story.documents = extract(story)
    spans: list[dict[str, tuple[int, int]]] = []
    gold = folder / "gold.json"
    if gold.is_file():
        spans = gold_groups(json.loads(gold.read_text(encoding="utf-8")), texts)
    spans += [g for g in value_groups(story.documents) if g not in spans]
    for members in spans:
        group = {}
        for name, (start, end) in members.items():
            kinds = figure_kinds(story.documents[name], start, end)
            if kinds and not is_date_line(texts[name], start, end):
                group[name] = (start, end, kinds)
        if len(group) >= 2:
            story.groups.append(group)
    return story


def figure_kinds(document: dict, start: int, end: int) -> frozenset:
    """The kinds of the figures figcheck reads inside a span (none: names, spam, not figures)."""
    return frozenset(
        f["kind"]
        for f in document["figures"]
        if f["start"] < end and start < f["end"] and not f["vague"]
    )


def is_date_line(text: str, start: int, end: int) -> bool:
    """A line holding nothing but the phrase: a page's date line, not a figure of the story."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : len(text) if line_end < 0 else line_end].strip() == text[start:end]


def gold_groups(gold: dict, texts: dict[str, str]) -> list[dict[str, tuple[int, int]]]:
    """The gold file's quiet entries that name two versions or more, located in the texts."""
    groups = []
    for entry in gold.get("quiet", []):
        members = {}
        for name, value in entry.items():
            phrase = value if isinstance(value, str) else value[0]
            start = texts.get(name, "").find(phrase)
            if start >= 0:
                members[name] = (start, start + len(phrase))
        if len(members) >= 2:
            groups.append(members)
    return groups


def value_groups(documents: dict[str, dict]) -> list[dict[str, tuple[int, int]]]:
    """Figures of the same kind, value and unit stated in two versions or more (the seeds have
    no gold file; in a fixture these add to its quiet groups)."""
    by_value: dict[tuple, dict[str, tuple[int, int]]] = defaultdict(dict)
    for name, document in sorted(documents.items()):
        for fig in document["figures"]:
            if fig["kind"] not in GROUP_KINDS or fig["relative"] or fig["vague"]:
                continue
            key = (fig["kind"], json.dumps(fig["value"]), fig["unit"])
            span = (fig["phrase_start"], fig["phrase_end"])
            by_value[key].setdefault(name, span)
    return [members for _, members in sorted(by_value.items()) if len(members) >= 2]


# --- the slips -----------------------------------------------------------------------------

_SCALE = re.compile(r"\b(million|billion|millions|billions)\b|(?<=\d)(bn|m)\b", re.I)
_SCALE_SWAP = {
    "million": "billion",
    "billion": "million",
    "millions": "billions",
    "billions": "millions",
    "bn": "m",
    "m": "bn",
}
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
_CURRENCY = re.compile(r"\b(euros|euro|dollars|dollar|pounds|pound|yuan|yen)\b|([€$£])", re.I)
_CURRENCY_SWAP = {
    "euros": "dollars",
    "euro": "dollar",
    "dollars": "euros",
    "dollar": "euro",
    "pounds": "euros",
    "pound": "euro",
    "yuan": "yen",
    "yen": "yuan",
    "€": "$",
    "$": "€",
    "£": "€",
}
_IN_BY = re.compile(r"\b(in|by|In|By)(\s+)((?:19|20)\d\d)\b")
#: The reversed bound for each meaning: "at least" becomes "at most" (not "less than", which
#: makes "at least one" a figure below one), every other bound the strict opposite.
_FLIP = {"lower-inclusive": "at most", "lower": "less than", "upper": "more than"}


def slip_scale(phrase: str) -> str | None:
    match = _SCALE.search(phrase)
    if not match:
        return None
    word = match.group(0)
    swapped = _SCALE_SWAP[word.lower()]
    return phrase[: match.start()] + swapped + phrase[match.end() :]


def slip_dropped_digit(phrase: str) -> str | None:
    for match in _NUMBER.finditer(phrase):
        token = match.group(0)
        around = (
            phrase[max(0, match.start() - 1) : match.start()]
            + phrase[match.end() : match.end() + 1]
        )
        if _YEAR.fullmatch(token) or re.search(r"[-/:]", around):
            continue
        new = _drop_digit(token)
        if new:
            return phrase[: match.start()] + new + phrase[match.end() :]
    return None


def _drop_digit(token: str) -> str | None:
    if re.fullmatch(r"\d+,\d{1,2}", token):
        mark = ","
    elif re.search(r"\.\d{1,2}$|^\d\.\d+$", token):
        mark = "."
    else:
        mark = None
    whole, _, fraction = token.partition(mark) if mark else (token, "", "")
    digits = re.sub(r"\D", "", whole)
    if len(digits) >= 2:
        shorter = digits[:-1]
        grouped = f"{int(shorter):,}" if "," in whole else shorter
        return grouped + (f"{mark}{fraction}" if fraction else "")
    if fraction:
        return digits + fraction
    return None


#: What may follow a qualifier of a figure: a currency sign, a digit or a number word.
_FIGURE_AHEAD = r"\s+(?=[$€£¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)"


def slip_qualifier(phrase: str) -> str | None:
    lowered = phrase.lower()
    for word in sorted(BOUNDS, key=len, reverse=True):
        match = re.search(rf"\b{re.escape(word)}\b(?={_FIGURE_AHEAD})", lowered)
        if not match:
            continue
        meaning = BOUNDS[word]
        if meaning == "exact":
            return (phrase[: match.start()] + phrase[match.end() :].lstrip()).strip()
        direction = DIRECTION.get(meaning)
        if direction:
            flipped = _FLIP.get(meaning, _FLIP[direction])
            return phrase[: match.start()] + flipped + phrase[match.end() :]
        return None
    return None


def slip_period_year(phrase: str) -> str | None:
    match = _YEAR.search(phrase)
    if not match:
        return None
    return phrase[: match.start()] + str(int(match.group(0)) + 1) + phrase[match.end() :]


def slip_currency(phrase: str) -> str | None:
    match = _CURRENCY.search(phrase)
    if not match:
        return None
    word = match.group(0)
    swapped = _CURRENCY_SWAP[word.lower()] if word.lower() in _CURRENCY_SWAP else None
    if swapped is None:
        return None
    return phrase[: match.start()] + swapped + phrase[match.end() :]


def slip_in_by(phrase: str) -> str | None:
    match = _IN_BY.search(phrase)
    if not match:
        return None
    word = match.group(1)
    swapped = {"in": "by", "by": "in", "In": "By", "By": "In"}[word]
    return phrase[: match.start(1)] + swapped + phrase[match.end(1) :]


#: The figure kinds each slip applies to.
APPLIES_TO = {
    "scale": {"money", "count", "number", "quantity"},
    "dropped-digit": {"money", "percent", "count", "number", "quantity"},
    "qualifier": {"money", "percent", "count", "number", "quantity"},
    "period-year": {"date", "period"},
    "currency": {"money"},
    "in-by": {"date", "period"},
}

SLIPS = {
    "scale": slip_scale,
    "dropped-digit": slip_dropped_digit,
    "qualifier": slip_qualifier,
    "period-year": slip_period_year,
    "currency": slip_currency,
    "in-by": slip_in_by,
}


def widened(text: str, start: int, end: int) -> tuple[int, int]:
    """A group member with the word before it, so that "in"/"by" before a year can change."""
    match = re.search(r"\b(?:in|by|In|By)\s+$", text[max(0, start - 4) : start])
    return (start - len(match.group(0)), end) if match else (start, end)


def qualified(document: dict, text: str, start: int, end: int) -> list[dict]:
    """The figures in a span with a qualifier that states a bound or "only": not "over" before
    a duration ("over 30 years" may mean "during", as qualifier-drift reads it)."""
    out = []
    for fig in document["figures"]:
        if not (start <= fig["start"] < end) or not fig["qualifier"] or fig["value"] is None:
            continue
        word = " ".join(fig["qualifier"].lower().split())
        words = re.findall(r"\w+", text[fig["start"] : fig["end"] + 12].lower())
        if word in ("over", "under") and DURATION_WORDS & set(words[:4]):
            continue
        if _claim(word):
            out.append(fig)
    return out


def _claim(word: str | None) -> str | None:
    fine = meaning_of(word)
    return "exact" if fine == "exact" else DIRECTION.get(fine)


def _stated(fig: dict, qualifier: str | None) -> Interval:
    return interval(Decimal(str(fig["value"])), fig["text"], qualifier or "none")


def contradicted(story: Story, group: Group, name: str, fig: dict, slipped: str | None) -> bool:
    """Whether another version of the group shows that a qualifier slip is one.

    The versions of a consistent group all agree; a slip is caught only where another
    version says something the slipped phrase contradicts: the same bound or "only" (which
    the slip reverses or drops), or a figure outside what the slipped phrase allows.
    "almost $2.1 million" made "more than $2.1 million" still agrees with "about $2.1
    million" elsewhere, and "only eight" made "eight" with versions that never said "only".
    """
    mine = _claim(fig["qualifier"])
    for other in sorted(group):
        if other == name:
            continue
        for theirs in story.documents[other]["figures"]:
            start, end = group[other][:2]
            if not (start <= theirs["start"] < end) or theirs["value"] is None:
                continue
            if theirs["unit"] != fig["unit"] or not isinstance(theirs["value"], str):
                continue
            if theirs["qualifier"] and _claim(theirs["qualifier"]) == mine:
                return True
            if not agree(_stated(fig, slipped), _stated(theirs, theirs["qualifier"])):
                return True
    return False


def qualifier_mutation(story: Story, group: Group, name: str) -> Mutation | None:
    """A qualifier of a group figure flipped or dropped, where another version shows it."""
    text = story.texts[name]
    for fig in qualified(story.documents[name], text, *group[name][:2]):
        start = (
            fig["start"] if fig["phrase_start"] is None else min(fig["phrase_start"], fig["start"])
        )
        before = text[start : fig["end"]]
        after = slip_qualifier(before)
        if not after or after == before:
            continue
        flipped = next((w for w in _FLIP.values() if after.lower().startswith(w)), None)
        if contradicted(story, group, name, fig, flipped):
            return Mutation(story.name, "qualifier", name, start, fig["end"], before, after)
    return None


def group_mutations(story: Story, group: Group) -> list[Mutation]:
    """One mutation of each kind that applies, made in the last version where it applies."""
    mutations = []
    for kind, slip in SLIPS.items():
        for name in sorted(group, reverse=True):
            text = story.texts[name]
            start, end, kinds = group[name]
            if not kinds & APPLIES_TO[kind]:
                continue
            if kind == "qualifier":
                found = qualifier_mutation(story, group, name)
                if found:
                    mutations.append(found)
                    break
                continue
            if kind == "in-by":
                start, end = widened(text, start, end)
            before = text[start:end]
            after = slip(before)
            if after and after != before:
                mutations.append(Mutation(story.name, kind, name, start, end, before, after))
                break
    return mutations


# --- conversions at another year's rate ----------------------------------------------------


def conversion_mutations(story: Story, documents: dict[str, dict], rates) -> list[Mutation]:
    out = []
    for name, document in sorted(documents.items()):
        day = document.get("published")
        figures = document["figures"]
        for fig in figures:
            if fig["kind"] != "money" or fig["conversion_of"] is None or not day:
                continue
            base = figures[fig["conversion_of"]]
            factor = _other_year_factor(
                rates, base["unit"], fig["unit"], dt.date.fromisoformat(day)
            )
            after = _rescaled(fig["text"], factor) if factor else None
            if after:
                out.append(
                    Mutation(
                        story.name,
                        "conversion-rate",
                        name,
                        fig["start"],
                        fig["end"],
                        fig["text"],
                        after,
                    )
                )
    return out


def _other_year_factor(rates, base: str, quote: str, day: dt.date) -> Decimal | None:
    try:
        now = rates.rate(base, quote, day)
    except Exception:
        return None
    for back in range(3, 16):
        try:
            then = rates.rate(base, quote, day.replace(year=day.year - back, day=min(day.day, 28)))
        except Exception:
            continue
        if now and then and abs(then.rate / now.rate - 1) >= 0.15:
            return Decimal(str(then.rate / now.rate))
    return None


def _rescaled(text: str, factor: Decimal) -> str | None:
    match = _NUMBER.search(text)
    if not match:
        return None
    token = match.group(0)
    value = Decimal(token.replace(",", ""))
    decimals = len(token.split(".")[1]) if "." in token else 0
    new = (value * factor).quantize(Decimal(1).scaleb(-decimals))
    shown = f"{new:,}" if "," in token else str(new)
    return text[: match.start()] + shown + text[match.end() :]


# --- paraphrase (the negative) -------------------------------------------------------------

_SYNONYMS = {
    "said": "stated",
    "says": "states",
    "company": "firm",
    "approved": "cleared",
    "announced": "disclosed",
    "project": "scheme",
    "officials": "authorities",
    "vessel": "ship",
    "warned": "cautioned",
    "expects": "anticipates",
}
_WORD = re.compile(r"\b(" + "|".join(_SYNONYMS) + r")\b", re.I)


def paraphrase(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with a few words swapped outside the figures, its last two paragraphs exchanged."""

    def swap(match: re.Match) -> str:
        word = match.group(0)
        if any(s < match.end() and match.start() < e for s, e in spans):
            return word
        other = _SYNONYMS[word.lower()]
        return other.capitalize() if word[0].isupper() else other

    reworded = _WORD.sub(swap, text)
    body = reworded.rstrip()
    paragraphs = body.split("\n\n")
    if len(paragraphs) >= 4:
        paragraphs[-1], paragraphs[-2] = paragraphs[-2], paragraphs[-1]
    return "\n\n".join(paragraphs) + reworded[len(body) :]


# --- the benchmark -------------------------------------------------------------------------


def seed_folder() -> Path | None:
    for parent in ROOT.parents:
        if (parent / "shared" / "seeds").is_dir():
            return parent / "shared" / "seeds"
    return None


def story_folders(paths: list[Path]) -> list[Path]:
    if paths:
        return [p for p in paths if p.is_dir()]
    folders = sorted(p for p in (ROOT / "fixtures").iterdir() if p.is_dir())
    seeds = seed_folder()
    return folders + ([seeds] if seeds else [])


def measure_story(
    story: Story, rates, jobs: int, kinds: frozenset = frozenset(KINDS)
) -> tuple[list[Outcome], dict]:
    baseline = run_check(story)
    known = set().union(*(evidence_keys(f) for f in baseline))
    documents = story.documents
    mutations, flagged = [], 0
    for group in story.groups:
        if any(touches(f, name, s, e) for f in baseline for name, (s, e, _) in group.items()):
            flagged += 1
            continue
        mutations.extend(group_mutations(story, group))
    mutations.extend(
        m
        for m in conversion_mutations(story, documents, rates)
        if not any(touches(f, m.file, m.start, m.end) for f in baseline)
    )
    unique = {(m.kind, m.file, m.start, m.end): m for m in mutations}
    mutations = [unique[key] for key in sorted(unique) if key[0] in kinds]
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        outcomes = list(pool.map(lambda m: _judge(story, m, known), mutations))
        negatives = list(
            pool.map(lambda n: _paraphrase_alarms(story, n, documents, known), story.texts)
        )
    alarms = [alarm for found in negatives for alarm in found]
    return outcomes, {
        "groups": len(story.groups),
        "already_flagged": flagged,
        "paraphrased": len(story.texts),
        "alarms": alarms,
    }


def _judge(story: Story, mutation: Mutation, known: set) -> Outcome:
    text = story.texts[mutation.file]
    changed = text[: mutation.start] + mutation.after + text[mutation.end :]
    findings = run_check(story, {mutation.file: changed})
    end = mutation.start + len(mutation.after)
    new = [f for f in findings if is_new(f, known)]
    hits = [f for f in new if touches(f, mutation.file, mutation.start, end)]
    return Outcome(mutation, bool(hits), [describe(f) for f in hits])


def _paraphrase_alarms(story: Story, name: str, documents: dict, known: set) -> list[str]:
    figures = documents.get(name, {}).get("figures", [])
    spans = [(f["phrase_start"], f["phrase_end"]) for f in figures]
    findings = run_check(story, {name: paraphrase(story.texts[name], spans)})
    return [f"{story.name}/{name}: {describe(f)}" for f in findings if is_new(f, known)]


def summary(outcomes: list[Outcome], negatives: list[dict]) -> dict:
    kinds = {}
    for kind in KINDS:
        mine = [o for o in outcomes if o.mutation.kind == kind]
        found = sum(o.detected for o in mine)
        kinds[kind] = {
            "applied": len(mine),
            "detected": found,
            "share": found / len(mine) if mine else None,
        }
    return {
        "kinds": kinds,
        "paraphrased_versions": sum(n["paraphrased"] for n in negatives),
        "paraphrase_findings": [a for n in negatives for a in n["alarms"]],
        "groups": sum(n["groups"] for n in negatives),
        "groups_already_flagged": sum(n["already_flagged"] for n in negatives),
    }


def print_text(result: dict, outcomes: list[Outcome], verbose: bool) -> None:
    for kind, row in result["kinds"].items():
        share = f"{row['share']:.0%}" if row["share"] is not None else "n/a"
        print(f"{kind:16s} detected {row['detected']}/{row['applied']} ({share})")
    alarms = result["paraphrase_findings"]
    print(
        f"paraphrases: {len(alarms)} finding(s) on {result['paraphrased_versions']} unmutated "
        f"paraphrased versions"
    )
    print(
        f"consistent groups: {result['groups']}, of which {result['groups_already_flagged']} "
        f"already flagged before any slip (not mutated)"
    )
    if verbose:
        for o in outcomes:
            if not o.detected:
                m = o.mutation
                print(f"  missed {m.kind}: {m.story}/{m.file} {m.before!r} -> {m.after!r}")
        for alarm in alarms:
            print(f"  paraphrase finding: {alarm}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "paths", nargs="*", type=Path, help="story folders (default: fixtures and seeds)"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list missed slips and paraphrase findings"
    )
    parser.add_argument("--jobs", type=int, default=2, help="figcheck runs at a time (default 2)")
    parser.add_argument(
        "--kinds", default=",".join(KINDS), help="slips to seed, comma-separated (default: all)"
    )
    args = parser.parse_args(argv)
    from figcheck.rates import RateTable

    rates = RateTable.load()
    outcomes, negatives = [], []
    for folder in story_folders(args.paths):
        story = load_story(folder)
        kinds = frozenset(args.kinds.split(","))
        found, negative = measure_story(story, rates, max(1, args.jobs), kinds)
        outcomes.extend(found)
        negatives.append(negative)
    result = summary(outcomes, negatives)
    if args.json:
        result["missed"] = [vars(o.mutation) for o in outcomes if not o.detected]
        print(json.dumps(result, indent=2, sort_keys=True, default=str))
    else:
        print_text(result, outcomes, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
