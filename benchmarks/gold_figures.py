"""Every figure the dev set's gold files quote: is it read, with the right value and unit?

Each ``gold.json`` under ``../shared/news-dev/`` quotes the words of each version that a
finding or a consistent figure rests on. A figure figcheck never reads is a contradiction
it can never report, so this lists, per quoted number:

Numbers in a time of day ("9:03 a.m.", "2 a.m.", "9時3分") or a model name ("737-800") are no
figure of figcheck's kinds: they are counted apart, not as misses.

* ``missing``: no figure read from the version covers the number;
* ``wrong``: the figure covering it has another value than the number as written times
  the scale word after it ("7.200 millones" = 7.2e9), or is not money in the currency
  a sign or name beside the number names ("£64.5m"), or not a percentage where a
  percent sign or word follows.

The expected value is read here by a deliberately small reader (digits, the language's
decimal mark, one scale word, one currency word or sign), independent of the
extractors; numbers written in words or Han numerals are checked for coverage only.
Counts are printed per story and language; ``--misses`` lists each miss.

    python3 benchmarks/gold_figures.py [--dev DIR] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from figcheck.extractors import tables  # noqa: E402
from figcheck.lang import SUPPORTED, en, lexicon  # noqa: E402

#: A written number: digits with the marks that group or split them ("7.200", "1 250 000").
_DIGITS = re.compile(r"\d+(?:(?:[.,'\u00a0\u202f]| (?=\d{3}\b))\d+)*")
#: Han numerals standing for a number ("一千八百万", "两千"): two characters at least.
_HAN = re.compile(r"[〇零一二三四五六七八九十百千万萬亿億两兩]{2,}")
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
#: Dollars of any country: a bare "$" in Australian copy is AUD.
_DOLLARS = frozenset("USD AUD CAD HKD NZD SGD TWD MXN BRL".split())


@dataclass(frozen=True)
class Quoted:
    """One number in a gold quote, where it stands in its version and what it should read."""

    story: str
    file: str
    language: str
    start: int
    end: int
    written: str
    #: The value as written times its scale, or None where only coverage is checked.
    value: Decimal | None = None
    #: ISO codes a currency beside the number names, or None.
    currencies: frozenset[str] | None = None
    percent: bool = False


def _words(language: str) -> tuple[dict[str, int], dict[str, str], tuple[str, ...]]:
    """Scale words (power of ten), currency words and signs (ISO codes), percent words."""
    scales = {w: len(str(int(v))) - 1 for w, v in en.SCALES.items() if v >= 1000}
    currencies = {k.lower(): v for k, v in en.CURRENCY_NAMES.items()}
    # signs and codes as written: "ALL" is a currency, "all" a word
    currencies.update(tables.POST_SYMBOLS)
    currencies.update(tables.CURRENCY_SYMBOLS)
    currencies.update(tables.CURRENCY_CODES)
    percent = ["%", "％", "percent", "per cent", "pct"]
    codes = {language} | ({"zh", "ja"} if language in ("zh", "ja") else set())
    for code in sorted(codes & set(SUPPORTED) - {"en"}):
        lex = lexicon(code)
        scales.update({k.lower(): v for k, v in lex.scales.items() if v >= 3})
        scales.update(lex.tight_scales)
        currencies.update({k.lower(): v for k, v in lex.currencies.items()})
        percent.extend(w.lower() for w in lex.percent_words)
    return scales, currencies, tuple(percent)


def _number(written: str, language: str) -> Decimal | None:
    """The number ``written`` in ``language``'s marks ("7.200": 7200 in Spanish, 7.2 in English)."""
    decimal = "." if language in ("en", "zh", "ja") else ","
    text = re.sub(r"[\s'\u00a0\u202f]", "", written)
    group = "," if decimal == "." else "."
    if decimal == "," and re.fullmatch(r"\d+\.\d{1,2}|\d+\.\d{4,}", text):
        text = text.replace(".", ",")  # "2.5 millones": Mexican copy's decimal point
    if text.count(decimal) > 1:
        return None
    text = text.replace(group, "").replace(decimal, ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _longest(text: str, at: int, table: dict, *, before: bool = False) -> str | None:
    """The longest key of ``table`` ending (before) or starting at ``at``, as a whole word.

    A lower-case key matches in any case ("Euros"); any other only as written ("ALL", "Mrd.").
    """
    best = None
    for key in table:
        if before:
            ok = _same(text[max(0, at - len(key)) : at], key)
            edge = at - len(key) - 1
            ok = ok and (edge < 0 or not (text[edge].isalpha() and key[0].isalpha()))
        else:
            ok = _same(text[at : at + len(key)], key)
            edge = at + len(key)
            ok = ok and (
                edge >= len(text)
                or not (text[edge].isalpha() and key[-1].isascii() and key[-1].isalpha())
            )
        if ok and (best is None or len(key) > len(best)):
            best = key
    return best


def _same(written: str, key: str) -> bool:
    return written == key or (key.islower() and written.lower() == key)


#: Digits inside a number spelt out ("eighty five.5%", "95-point-75"): coverage only.
_SPELT_BEFORE = re.compile(r"[A-Za-z] ?\.$")
_SPELT_AFTER = re.compile(r"-? ?point\b", re.I)


def _spaces(text: str, at: int, step: int = 1) -> int:
    while 0 <= at < len(text) and text[at] in " \u00a0\u202f\t\n" and step > 0:
        at += 1
    while 0 < at and text[at - 1] in " \u00a0\u202f\t\n" and step < 0:
        at -= 1
    return at


def expectation(text: str, start: int, end: int, language: str, words) -> Quoted:
    """What the number at text[start:end] should read: value, currency, percent."""
    scales, currencies, percent = words
    number = _number(text[start:end], language)
    if _SPELT_BEFORE.search(text, max(0, start - 3), start) or _SPELT_AFTER.match(text, end):
        number = None
    at = _spaces(text, end + (text[end : end + 1] == "-"))  # "7.2-billion ruble"
    scale = _longest(text, at, scales)
    if number is not None and scale:
        number *= Decimal(10) ** scales[scale]
        at = _spaces(text, at + len(scale))
    elif scale is None:
        at = end
    links = ("de ", "d'", "d’", "of ")
    after_at = _spaces(text, at)
    for link in links:
        if text[after_at : after_at + len(link)].lower() == link:
            after_at = _spaces(text, after_at + len(link))
    after = _longest(text, after_at, currencies) or _longest(text, _spaces(text, at), currencies)
    before = _longest(text, _spaces(text, start, -1), currencies, before=True)
    sign = after or before
    codes = None
    if sign:
        codes = frozenset(c for c in currencies[sign].split("|") if "/" not in c) or None
    is_percent = any(text[_spaces(text, end) :].lower().startswith(w) for w in percent)
    return Quoted("", "", language, start, end, text[start:end], number, codes, is_percent)


#: Numbers that are no figure of figcheck's kinds: a time of day ("9:03 a.m.", "2 a.m.",
#: "9時3分"), a model designation ("Boeing 737-800").
_NOT_FIGURES = re.compile(
    r"\d{1,2}:\d{2}\b|\d{1,2}(?:\.\d{2})?[^\S\n]?[ap]\.?m\b\.?|\d{1,2}[時时]\d{1,2}分"
    r"|(?<=[a-z] )\d{3}-\d{3}\b",
    re.I,
)


def _skipped(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is part of a time of day or a model name."""
    lo = max(0, start - 8)
    return any(
        m.start() <= start and end <= m.end() for m in _NOT_FIGURES.finditer(text, lo, end + 8)
    )


def numbers_in(
    text: str, start: int, end: int, language: str
) -> list[tuple[int, int, bool | None]]:
    """(start, end, checkable) of each number in text[start:end]: Han numerals are checked
    for coverage only (False), times of day and model names not at all (None)."""
    found: list[tuple[int, int, bool | None]] = [
        (m.start(), m.end(), None if _skipped(text, m.start(), m.end()) else True)
        for m in _DIGITS.finditer(text, start, end)
    ]
    digits = [(a, b) for a, b, _ in found]
    for m in _HAN.finditer(text, start, end):
        if not any(a < m.end() and m.start() < b for a, b in digits):
            found.append((m.start(), m.end(), False))
    return sorted(found)


def verdict(quoted: Quoted, figures) -> tuple[str, object]:
    """ "ok", "missing" or "wrong", with the figure that covers the number."""
    covering = [f for f in figures if f.start < quoted.end and quoted.start < f.end]
    if not covering:
        return "missing", None
    fig = covering[0]
    if quoted.value is None:
        return "ok", fig
    if quoted.currencies:
        unit = fig.unit or ""
        readings = {unit, *(getattr(fig, "ambiguous", None) or ())}
        dollar = "USD" in quoted.currencies and readings & _DOLLARS
        if fig.kind != "money" or not (readings & quoted.currencies or dollar):
            return "wrong", fig
    elif quoted.percent and fig.kind != "percent":
        return "wrong", fig
    if fig.kind in ("date", "period"):
        return "ok", fig
    several = sum(1 for f in covering if f is fig) and _numbers_under(fig) > 1
    if several:
        return "ok", fig
    try:
        value = Decimal(str(fig.value))
    except (InvalidOperation, TypeError):
        return "wrong", fig
    return ("ok" if value == quoted.value else "wrong"), fig


def _numbers_under(fig) -> int:
    """How many written numbers a figure's words hold ("3万4000", "1/20", "5-6%")."""
    return len(_DIGITS.findall(fig.text)) + len(_HAN.findall(fig.text))


def _quotes(gold: dict):
    """(file, quote) for every quote of every finding and consistent figure, once each."""
    seen = {}
    for entry in [*gold.get("findings", []), *gold.get("consistent_figures", [])]:
        for name, value in entry.get("quotes", {}).items():
            for quote in [value] if isinstance(value, str) else value:
                seen[(name, quote)] = None
    return list(seen)


def _published(gold: dict, name: str) -> dt.date | None:
    day = gold.get("published", {}).get(name) or gold.get("fx_date_hint")
    return dt.date.fromisoformat(day) if day else None


def read_version(path: Path, published: dt.date | None):
    """The version's language and figures, as `figcheck check` reads them."""
    from figcheck import pipeline

    (version,) = pipeline.extract([str(path)], published)
    return version.document.language, version.figures


def story_rows(story: Path):
    """A row (Quoted, verdict, figure) for every number quoted in ``story``'s gold file."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    rows, read = [], {}
    for name, quote in _quotes(gold):
        path = story / name
        if name not in read:
            read[name] = read_version(path, _published(gold, name))
        language, figures = read[name]
        text = path.read_text(encoding="utf-8-sig")
        at = text.find(quote)
        if at < 0:
            rows.append((Quoted(story.name, name, language, 0, 0, quote), "unquoted", None))
            continue
        words = _words(language if language in SUPPORTED else "en")
        for start, end, checkable in numbers_in(text, at, at + len(quote), language):
            if checkable is None:
                rows.append(
                    (
                        Quoted(story.name, name, language, start, end, text[start:end]),
                        "skipped",
                        None,
                    )
                )
                continue
            if checkable:
                quoted = expectation(text, start, end, language, words)
            else:
                quoted = Quoted("", "", language, start, end, text[start:end])
            quoted = Quoted(story.name, name, *_fields(quoted)[2:])
            rows.append((quoted, *verdict(quoted, figures)))
    # a number quoted twice (two findings citing it) counts once
    return list({(q.file, q.start): (q, v, f) for q, v, f in rows}.values())


def _fields(quoted: Quoted) -> tuple:
    return (
        quoted.story, quoted.file, quoted.language, quoted.start, quoted.end, quoted.written,
        quoted.value, quoted.currencies, quoted.percent,
    )  # fmt: skip


def _context(path: Path, quoted: Quoted) -> str:
    text = path.read_text(encoding="utf-8-sig")
    return text[max(0, quoted.start - 30) : quoted.end + 30].replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", default=str(ROOT.parent / "shared" / "news-dev"))
    parser.add_argument("--misses", action="store_true", help="list every missing or wrong figure")
    args = parser.parse_args(argv)
    stories = sorted(p for p in Path(args.dev).iterdir() if (p / "gold.json").is_file())
    if not stories:
        print(f"no gold.json under {args.dev}", file=sys.stderr)
        return 2
    totals: Counter[tuple[str, str]] = Counter()
    print(f"{'story':40} {'lang':4} {'quoted':>6} {'missing':>7} {'wrong':>5}")
    for story in stories:
        rows = story_rows(story)
        per: Counter[tuple[str, str]] = Counter()
        for quoted, outcome, _ in rows:
            per[(quoted.language, "quoted")] += outcome != "skipped"
            per[(quoted.language, outcome)] += 1
        for language in sorted({lang for lang, _ in per}):
            print(
                f"{story.name:40} {language:4} {per[(language, 'quoted')]:6d} "
                f"{per[(language, 'missing')]:7d} {per[(language, 'wrong')]:5d}"
            )
        totals.update(per)
        if args.misses:
            for quoted, outcome, fig in rows:
                if outcome in ("ok", "skipped"):
                    continue
                read = f"{fig.kind} {fig.value} {fig.unit} {fig.text!r}" if fig else "-"
                sign = "%" if quoted.percent else ""
                want = f"{quoted.value} {sorted(quoted.currencies or [])} {sign}"
                print(
                    f"    {outcome:8} {quoted.file}:{quoted.start} {quoted.written!r} want {want}"
                    f" read {read} in {_context(story / quoted.file, quoted)!r}"
                )
    print()
    for language in sorted({lang for lang, _ in totals}):
        print(
            f"{'all':40} {language:4} {totals[(language, 'quoted')]:6d} "
            f"{totals[(language, 'missing')]:7d} {totals[(language, 'wrong')]:5d}"
        )
    quoted = sum(v for (_, k), v in totals.items() if k == "quoted")
    missing = sum(v for (_, k), v in totals.items() if k == "missing")
    wrong = sum(v for (_, k), v in totals.items() if k == "wrong")
    unquoted = sum(v for (_, k), v in totals.items() if k == "unquoted")
    skipped = sum(v for (_, k), v in totals.items() if k == "skipped")
    print(
        f"{'all':40} {'*':4} {quoted:6d} {missing:7d} {wrong:5d}  (quotes not found: {unquoted}; "
        f"times of day and model names, no figure kind, not counted: {skipped})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
