"""Score figcheck.extract on the peer test suites in ../shared/peers (see its README).

Scoring follows the README's "Scoring fairly": per case, a one-to-one maximum
matching of expected items and predictions; an item is found when a prediction
of a compatible kind overlaps it and the values agree (span-only suites: overlap
and kind). "+unit" also asks for the same currency or unit. Precision counts the
predictions of the suite's kinds, plus other predictions only when they matched.

    python3 benchmarks/peer_suites.py [--peers DIR] [--suite NAME ...] [--misses N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from figcheck.extractors import extract  # noqa: E402
from figcheck.extractors.cjk.script import LANGUAGE  # noqa: E402
from figcheck.extractors.tables import (  # noqa: E402
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    POST_SYMBOLS,
)
from figcheck.lang.en import CURRENCY_NAMES  # noqa: E402

SIGNS = {k.lower(): v for k, v in {**CURRENCY_SYMBOLS, **POST_SYMBOLS, **CURRENCY_CODES}.items()}

#: The Recognizers-Text date models scored on spans only (their extractor specs give no values).
_DATE_MODELS = ("date-extractor", "dateperiod-extractor")
#: The suites of each language other than English that figcheck reads.
LANGUAGE_KINDS = ("number", "percent", "currency")

SUITES = [
    "rt-number",
    "rt-percent",
    "rt-currency",
    "rt-dimension",
    "rt-date-extractor",
    "rt-dateperiod-extractor",
    *(f"rt-{lang}-{model}" for lang in ("es", "fr", "pt", "de") for model in _DATE_MODELS),
    "quantulum3-quantities",
    "quantulum3-ambiguity",
    "price-parser",
    # Chinese and Japanese, each read in its own language (see LANGUAGE below).
    *(
        f"rt-{lang}-{kind}"
        for lang in ("zh", "ja")
        for kind in ("number", "percent", "currency", "date-extractor", "dateperiod-extractor")
    ),
    *(f"rt-{code}-{kind}" for code in ("es", "fr", "pt", "de") for kind in LANGUAGE_KINDS),
]
SPAN_ONLY = {suite for suite in SUITES if suite.endswith(_DATE_MODELS)}
DATE_KINDS = {"date", "period"}
NUMERIC_KINDS = {
    "number", "count", "money", "percent", "quantity", "duration", "temperature", "ratio",
}  # fmt: skip

#: Which of our kinds may report an item of each peer kind.
COMPATIBLE = {
    "number": NUMERIC_KINDS,
    "percent": {"percent"},
    "money": {"money"},
    "quantity": {"quantity"},
    "date": DATE_KINDS,
    "daterange": DATE_KINDS,
}

#: Currency words the peers give instead of a code, and the codes they allow.
_DOLLARS = {"USD", "AUD", "CAD", "HKD", "NZD", "SGD", "TWD", "MXN", "BRL"}
CURRENCY_WORDS = {
    "$": _DOLLARS,
    "dollar": _DOLLARS,
    "cent": _DOLLARS | {"EUR"},
    "pound": {"GBP", "EGP"},
    "£": {"GBP"},
    "pence": {"GBP"},
    "penny": {"GBP"},
    "franc": {"CHF"},
    "rupee": {"INR", "PKR", "LKR"},
    "kr": {"SEK", "NOK", "DKK", "ISK"},
    "yen": {"JPY"},
    "¥": {"JPY", "CNY"},
}
_UNIT_ALIASES = {
    "metric ton": "tonne",
    "ton": "ton",
    "pound mass": "pound",
    "degree celsius": "degree celsius",
    "celsius": "degree celsius",
    "degree fahrenheit": "degree fahrenheit",
    "standard atmosphere": "atmosphere",
    "oil barrel": "barrel",
}


def language_of(suite: str) -> str:
    """The language a suite is written in: "rt-es-number" is Spanish, "rt-number" English."""
    from figcheck.lang import SUPPORTED

    parts = suite.split("-")
    return parts[1] if len(parts) > 2 and parts[0] == "rt" and parts[1] in SUPPORTED else "en"


#: Hundredths the peers give in their own unit ("50 centavos" is 50): any language.
HUNDREDTHS = {
    "cent", "pence", "penny", "centavo", "céntimo", "centime", "penique", "rappen", "pesewa",
}  # fmt: skip


def default_peers() -> Path:
    """../shared/peers beside the checkout; a worktree nested deeper looks further up."""
    for parent in ROOT.parents:
        if (parent / "shared" / "peers").is_dir():
            return parent / "shared" / "peers"
    return ROOT.parent / "shared" / "peers"


def load(peers: Path, suite: str) -> list[dict]:
    with open(peers / f"{suite}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def overlaps(item: dict, fig) -> bool:
    return item["start"] is not None and fig.start < item["end"] and item["start"] < fig.end


def values_agree(item: dict, fig, middle: Decimal | None = None) -> bool:
    """Values within a relative 1e-6; quantulum3 gives a range "3 to 4 L" as its middle, 3.5."""
    if item["kind"] == "number" and fig.kind in DATE_KINDS:
        return _part_of_date(item, fig)
    if not isinstance(fig.value, Decimal) or item["value"] is None:
        return False
    expected = Decimal(str(item["value"]))
    candidates = [fig.value]
    if middle is not None and item.get("uncertainty"):
        candidates.append(middle)
    if fig.kind == "money" and (item.get("unit_name") or "").lower().rstrip("s") in HUNDREDTHS:
        candidates.append(fig.value * 100)
    if item["kind"] == "number" and fig.kind == "percent" and _covers(item, fig):
        candidates.append(fig.value / 100)  # "百分の一": the number 0.01, one percent
    if fig.kind == "percent" and fig.extra and "share_paid" in dict(fig.extra):
        # a price cut records the share taken off ("八折", "2割引": 20 % off); the
        # Recognizers-Text specs give the share paid (八折 80, mostly 8割引 20 too)
        candidates.append(Decimal(dict(fig.extra)["share_paid"]))
    tolerance = abs(expected) * Decimal("1e-6") + Decimal("1e-12")
    return any(abs(value - expected) <= tolerance for value in candidates)


def _covers(item: dict, fig) -> bool:
    """The item's words hold the whole figure: the peer read all of it as its number."""
    return item["start"] <= fig.start and fig.end <= item["end"]


def _part_of_date(item: dict, fig) -> bool:
    """The peers' number models report the year, month and day of a date written in digits
    ("2018年5月17日": 2018, 5, 17); figcheck reports the date they make, which finds each
    number inside it that is one of its parts."""
    if item["value"] is None or not (fig.start <= item["start"] and item["end"] <= fig.end):
        return False
    parts = {int(n) for n in re.findall(r"[0-9]+", str(fig.value))} if fig.value else set()
    return item["value"] == int(item["value"]) and int(item["value"]) in parts


def kind_of(fig, suite: str) -> str:
    """Our kind in the peer's terms: Recognizers-Text reports durations and temperatures
    with other models, so there a time or temperature quantity is not a dimension."""
    if suite.startswith("rt-") and fig.kind == "quantity":
        dimension = dict(fig.extra).get("dimensionality")
        if dimension == "[time]":
            return "duration"
        if dimension == "[temperature]":
            return "temperature"
    return fig.kind


def compatible(item: dict, fig, suite: str) -> bool:
    kinds = COMPATIBLE.get(item["kind"], {item["kind"]})
    if item["kind"] == "quantity" and fig.kind == "money" and _per(fig):
        return True  # quantulum3 reads a price per unit ("$15.4/hour") as a quantity
    if item["kind"] == "number" and fig.kind in DATE_KINDS and suite.startswith("rt-"):
        return True  # a number of a date (its values must agree: see _part_of_date)
    if suite == "price-parser" and (item.get("currency_from_hint") or not item.get("unit_name")):
        kinds = kinds | {"number", "count"}
    return kind_of(fig, suite) in kinds


def _per(fig) -> str | None:
    """The unit a price is per ("hour" for "$15.4/hour"), or None."""
    return dict(fig.extra).get("per") if fig.extra else None


def normalize_unit(name: str) -> str:
    name = name.lower().replace("_", " ").replace("-", " ").strip()
    name = re.sub(r"(\w+) \*\* 2", r"square \1", name)
    name = re.sub(r"(\w+) \*\* 3", r"cubic \1", name)
    name = name.replace(" / ", " per ").replace("metre", "meter").replace("litre", "liter")
    words = [
        w[:-1] if w.endswith("s") and len(w) > 3 and w != "celsius" else w for w in name.split()
    ]
    name = " ".join(words)
    return _UNIT_ALIASES.get(name, name)


def units_agree(item: dict, fig, language: str = "en") -> bool:
    if fig.kind == "money" and item["kind"] == "quantity":
        below = (item.get("unit") or "").partition(" per ")[2]
        return normalize_unit(below) == normalize_unit(_per(fig) or "")
    if fig.kind == "money":
        if item.get("unit"):
            return fig.unit == item["unit"]
        word = (item.get("unit_name") or "").lower()
        if not word:
            return True
        codes = CURRENCY_WORDS.get(word)
        if codes is None and language != "en":
            from figcheck.lang import lexicon

            names = lexicon(language).currencies
            for name in (word, word + "s", word + "es", word.split()[0] + "es"):
                if name in names:
                    codes = {names[name].split("/")[0]}
                    break
        for name in (word, word.split()[-1]):  # "netherlands guilder": "guilder"
            if codes is None and name in CURRENCY_NAMES:
                codes = {CURRENCY_NAMES[name].split("/")[0]}
        if codes is None and word in SIGNS:  # "€", "zł", "р.": signs are facts too
            codes = set(SIGNS[word].split("|"))
        return codes is not None and fig.unit in codes
    if fig.kind == "quantity" and item.get("unit"):
        unit = fig.unit or ""
        if _per(fig) and " per " in item["unit"]:  # "20 kWh per day": the unit and its "per"
            unit = f"{unit} / {_per(fig)}"
        return normalize_unit(unit) == normalize_unit(item["unit"])
    return True


def max_matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """Kuhn's augmenting paths: item index -> prediction index, one to one."""
    owner: dict[int, int] = {}

    def augment(item: int, seen: set[int]) -> bool:
        for pred in edges.get(item, []):
            if pred in seen:
                continue
            seen.add(pred)
            if pred not in owner or augment(owner[pred], seen):
                owner[pred] = item
                return True
        return False

    for item in edges:
        augment(item, set())
    return {item: pred for pred, item in owner.items()}


def edges(items, preds, middles, suite: str, strict: bool) -> dict[int, list[int]]:
    """Which predictions may stand for which expected items."""
    found: dict[int, list[int]] = {}
    for i, item in enumerate(items):
        for p, fig in enumerate(preds):
            if not (overlaps(item, fig) and compatible(item, fig, suite)):
                continue
            if suite not in SPAN_ONLY and not values_agree(item, fig, middles.get(id(fig))):
                continue
            if strict and not units_agree(item, fig, language_of(suite)):
                continue
            found.setdefault(i, []).append(p)
    return found


def score_suite(cases: list[dict], suite: str, misses: list) -> dict:
    span_only = suite in SPAN_ONLY
    suite_kinds: set[str] = set()
    for case in cases:
        for item in case["expected"]:
            suite_kinds |= COMPATIBLE.get(item["kind"], {item["kind"]})
    totals = dict(
        items=0, found=0, found_unit=0, exact=0, preds=0, matched=0, claimed=0, claimed_found=0,
        wrong=0, vouched=0, vouched_wrong=0,
    )  # fmt: skip
    language = language_of(suite)
    for case in cases:
        published = None
        if case.get("reference_date"):
            published = dt.date.fromisoformat(case["reference_date"][:10])
        figures = extract(case["text"], published, language)
        middles = {
            id(fig): (fig.value + figures[fig.range_with].value) / 2
            for fig in figures
            if fig.range_with is not None and isinstance(fig.value, Decimal)
        }
        items = [
            item
            for item in case["expected"]
            if item["start"] is not None and (span_only or item["value"] is not None)
        ]
        skipped = [i for i in case["expected"] if i not in items]
        preds = [
            f for f in figures if not any(overlaps(s, f) for s in skipped if s["start"] is not None)
        ]

        matching = max_matching(edges(items, preds, middles, suite, strict=False))
        strict = max_matching(edges(items, preds, middles, suite, strict=True))
        claimed = not case.get("not_supported") and not case.get("xfail")
        totals["items"] += len(items)
        totals["found"] += len(matching)
        totals["found_unit"] += len(strict)
        if claimed:
            totals["claimed"] += len(items)
            totals["claimed_found"] += len(matching)
        matched_preds = set(matching.values())
        totals["exact"] += sum(
            1
            for i, p in matching.items()
            if (preds[p].start, preds[p].end) == (items[i]["start"], items[i]["end"])
        )
        for p, fig in enumerate(preds):
            if kind_of(fig, suite) in suite_kinds or p in matched_preds:
                totals["preds"] += 1
                totals["matched"] += p in matched_preds
        wrong = _misses(case, items, preds, matching, suite, suite_kinds, misses)
        totals["wrong"] += wrong
        if claimed and not case.get("ignore_resolution"):
            totals["vouched"] += len(items)
            totals["vouched_wrong"] += wrong
    return totals


def _misses(case, items, preds, matching, suite, suite_kinds, misses: list) -> int:
    """Record the case's missed items, wrong values and spurious predictions; count the wrong."""
    wrong_count = 0
    for i, item in enumerate(items):
        if i not in matching:
            wrong = _wrong_value(item, preds, suite)
            wrong_count += wrong is not None
            misses.append(
                (case["id"], "wrong" if wrong else "missed", item["text"], item["value"],
                 wrong or "", case["text"][:120])
            )  # fmt: skip
    matched_preds = set(matching.values())
    for p, fig in enumerate(preds):
        if kind_of(fig, suite) in suite_kinds and p not in matched_preds:
            misses.append((case["id"], "spurious", fig.text, str(fig.value), case["text"][:120]))
    return wrong_count


def _wrong_value(item: dict, preds: list, suite: str) -> str | None:
    """A prediction of the item's kind over its words but with another value: a wrong value
    is worse than a miss, since a checker would compare it."""
    if suite in SPAN_ONLY:
        return None
    for fig in preds:
        if overlaps(item, fig) and compatible(item, fig, suite) and isinstance(fig.value, Decimal):
            return f"read {fig.text!r} as {fig.value}"
    return None


def ratio(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "    -"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", type=Path, default=default_peers())
    parser.add_argument("--suite", action="append", help="only these suites (repeatable)")
    parser.add_argument("--misses", type=int, default=0, help="print up to N misses per suite")
    args = parser.parse_args(argv)
    if not args.peers.is_dir():
        print(f"peer suites not found: {args.peers} (use --peers)", file=sys.stderr)
        return 2
    suites = args.suite or SUITES
    columns = ("cases", 5), ("items", 5), ("recall", 6), ("+unit", 6), ("claimed", 7)
    header = f"{'suite':26} " + " ".join(f"{name:>{width}}" for name, width in columns)
    header += f" {'prec':>6} {'exact':>6} {'wrong':>6} {'vouched':>7}"
    print(header)
    print("-" * len(header))
    for suite in suites:
        path = args.peers / f"{suite}.jsonl"
        if not path.exists():
            print(f"{suite:26} missing")
            continue
        cases = load(args.peers, suite)
        misses: list = []
        # The suite's language, as a front matter would give it: a short line without kana
        # cannot tell Japanese from Chinese by itself.
        told = LANGUAGE.set(suite.split("-")[1] if suite.startswith(("rt-zh-", "rt-ja-")) else None)
        t = score_suite(cases, suite, misses)
        LANGUAGE.reset(told)
        exact = ratio(t["exact"], t["found"]) if suite in SPAN_ONLY else "     -"
        print(
            f"{suite:26} {len(cases):5} {t['items']:5} {ratio(t['found'], t['items']):>6} "
            f"{ratio(t['found_unit'], t['items']):>6} {ratio(t['claimed_found'], t['claimed']):>7} "
            f"{ratio(t['matched'], t['preds']):>6} {exact:>6} {ratio(t['wrong'], t['items']):>6} "
            f"{ratio(t['vouched_wrong'], t['vouched']):>7}"
        )
        for miss in misses[: args.misses]:
            print("    ", *miss)
    print("\nrecall/+unit/prec in percent; claimed = recall on cases the peer does not mark")
    print(
        "not_supported/xfail; exact = share of found spans (span-only suites) that match exactly;"
    )
    print("wrong = items read over their words with another value, in percent of items;")
    print(
        "vouched = the same, over the items whose values the peer's own tests check and its own\n"
        "implementations pass (cases neither not_supported/xfail nor ignore_resolution)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
