"""Which dollar a bare "$" (or "dollars") means, when the article itself says so.

"$" is the sign of a dozen dollars. figcheck reads it as the US dollar unless the
article says otherwise, and records how it decided in ``extra["currency_from"]``:

- ``suffix``: the amount names its dollar ("$1.7 billion Cdn", "$5 million AUD");
  the money finder reads these.
- ``conversion``: the amount is the stated conversion of another dollar
  ("A$3 billion ($2.1 billion)"): a writer converts into another currency, so the
  US dollar.
- ``article``: the article names exactly one other dollar ("Aus$5 billion",
  "Australian dollars", "AUD", an amount with a suffix such as "$1.7 billion Cdn") and
  never the US dollar, so its bare "$" is that dollar, as Australian copy writes it.
  ``currency_evidence`` holds the words.
- ``ambiguous``: the article names another dollar and the US dollar too (or uses "$"
  for both), so a bare "$" may be either: ``ambiguous`` lists the readings and the
  unit stays USD.

An article that names no other dollar is left alone: "$" is USD, with no ``extra``.
"""

from __future__ import annotations

import functools
import re

from figcheck.extractors.tables import CURRENCY_CODES, CURRENCY_SYMBOLS
from figcheck.figures import Figure
from figcheck.lang.en import CURRENCY_NAMES
from figcheck.text import alternation, squeezed

#: The dollars other than the US one that copy writes with a bare "$" at home.
OTHER_DOLLARS = ("AUD", "CAD", "NZD", "HKD", "SGD", "TWD")


#: The sign and words that name no country: what this module decides about.
_BARE_WORDS = ("$", "dollar", "dollars")


#: Words that name the US dollar without a "$" sign of its own.
_US_WORDS = {"u.s. dollar": "USD", "u.s. dollars": "USD", "greenback": "USD", "greenbacks": "USD"}


@functools.cache
def _evidence() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every dollar's names, "$" signs and codes, and what each names.

    Compiled on first use; one scan of the article finds every dollar it names.
    """
    wanted = {*OTHER_DOLLARS, "USD"}
    names = {n: c for n, c in CURRENCY_NAMES.items() if c in wanted and "dollar" in n} | _US_WORDS
    names = {n: c for n, c in names.items() if n not in _BARE_WORDS}
    signs = {
        s.replace(" ", "").lower(): c
        for s, c in CURRENCY_SYMBOLS.items()
        if c in wanted and "$" in s and s not in _BARE_WORDS
    }
    codes = {c.lower(): CURRENCY_CODES[c] for c in CURRENCY_CODES if CURRENCY_CODES[c] in wanted}
    spelled = alternation(names, space=r"\s+", empty="", lead=True)
    pattern = re.compile(
        # signs in capitals, a space only after two letters ("HK $"): "a $5 grant" names none
        rf"\b(?:{spelled})\b|(?-i:\b(?:[A-Z][A-Za-z]{{1,2}} ?|[A-Z]|U\.S\.)\$)"
        rf"|(?-i:\b(?:{'|'.join(c.upper() for c in codes)})\b)",
        re.I,
    )
    return pattern, {**names, **signs, **codes}


#: A dollar amount written with the bare sign or word: "$7 billion", "7 billion dollars";
#: or its cents ("30c a litre", "45 cents", "68¢"), which are the same dollar's.
_BARE = re.compile(
    r"(?<![A-Za-z.])\$|\bdollars?\b|\bd[óo]lar(?:es)?\b|\bcents?\b|¢|(?<=\d)c\b", re.I
)
#: Words that name a dollar's country, which a bare amount then does not leave open.
COUNTRY = re.compile(
    r"\b(?:U\.?S\.?|American|Australian|Canadian|Aus|AU|NZ|HK|estadounidenses?)\b|[A-Z]\$", re.I
)
#: Every dollar a bare "$" may stand for.
DOLLARS = frozenset({"USD", *OTHER_DOLLARS})
#: How far after a range's low end ("six to seven billion dollars") its currency words may stand.
_RANGE_REACH = 60


def is_bare(fig: Figure, partner: Figure | None = None) -> bool:
    """A USD figure written with a "$" or "dollars" that names no country."""
    if fig.kind != "money" or fig.unit != "USD" or dict(fig.extra).get("currency_from"):
        return False
    text = fig.text if _BARE.search(fig.text) or partner is None else partner.text
    return bool(_BARE.search(text)) and not COUNTRY.search(text)


def any_dollar(fig: Figure, text: str = "") -> bool:
    """Whether a figure may stand for any dollar: a "$" or "dollars" naming no country that
    the article did not settle, or one it found ambiguous.

    "$7 billion" in copy that never says which dollar is US dollars by convention only:
    against "A$3 billion" it is no proof of a currency slip. ``text`` is the figure's
    document, where the low end of a range ("six to seven billion dollars") finds its words.
    """
    if fig.kind != "money" or fig.unit not in DOLLARS:
        return False
    how = dict(fig.extra).get("currency_from")
    if how == "ambiguous":
        return True
    if how or fig.unit != "USD":
        return False
    words = fig.text
    if not _BARE.search(words) and fig.range_part == "low" and text:
        words = text[fig.end : fig.end + _RANGE_REACH]
        first = _BARE.search(words)
        words = words[: first.end()] if first else ""
    return bool(_BARE.search(words)) and not COUNTRY.search(words)


def article_dollars(text: str) -> tuple[dict[str, str], bool]:
    """The other dollars the article names (code -> first words naming it), and whether
    it names the US dollar."""
    pattern, meaning = _evidence()
    named: dict[str, str] = {}
    us_named = False
    for match in pattern.finditer(text):
        if text[match.start() - 1 : match.start()] == ".":
            continue  # "u.s $": the end of an abbreviation, not a sign of its own
        words = match.group(0)
        key = words.replace(" ", "").lower() if words.endswith("$") else " ".join(words.split())
        code = meaning.get(key.lower())
        if code == "USD":
            us_named = True
        elif code:
            named.setdefault(code, words)
    return named, us_named


def settle(figures: list[Figure], text: str, conversion_gap: re.Pattern) -> list[Figure]:
    """Bare-dollar money figures re-read as the article says; the rest unchanged."""
    money = [i for i, f in enumerate(figures) if f.kind == "money"]
    bare = {i for i in money if is_bare(figures[i], _partner(figures, i))}
    if not bare:
        return figures
    named, us_named = article_dollars(text)
    for fig in figures:
        # "$1.7 billion Cdn" names the Canadian dollar for the rest of the article too
        if dict(fig.extra).get("currency_from") == "suffix":
            if fig.unit == "USD":
                us_named = True
            else:
                named.setdefault(fig.unit, fig.text)
    if not named:
        return figures
    figures = list(figures)
    into_usd, into_other = set(), set()
    for before, after in zip(money, money[1:], strict=False):
        gap = text[figures[before].end : figures[after].start]
        if not (gap.strip() and conversion_gap.fullmatch(squeezed(gap))):
            continue
        if after in bare and before not in bare and figures[before].unit in named:
            into_usd.add(after)  # "A$3 billion ($2.1 billion)": "$" is the US dollar here
        if before in bare and after not in bare and figures[after].unit == "USD":
            into_other.add(before)  # "$5 million (US$3.4 million)": "$" is not
    into_usd |= {f.range_with for i in into_usd if (f := figures[i]).range_with in bare}
    into_other |= {f.range_with for i in into_other if (f := figures[i]).range_with in bare}
    us_named = us_named or bool(into_usd)
    for i in sorted(bare):
        if i in into_usd:
            figures[i] = _decided(figures[i], "USD", "conversion")
        elif i in into_other and len(named) == 1:
            figures[i] = _decided(figures[i], next(iter(named)), "conversion")
        elif len(named) == 1 and not us_named:
            ((code, words),) = named.items()
            figures[i] = _decided(figures[i], code, "article", words)
        else:
            readings = tuple(sorted(named)) if i in into_other else ("USD", *sorted(named))
            figures[i] = figures[i].with_changes(
                ambiguous=readings, extra=(*figures[i].extra, ("currency_from", "ambiguous"))
            )
    return figures


def _partner(figures: list[Figure], i: int) -> Figure | None:
    fig = figures[i]
    if fig.range_with is not None and 0 <= fig.range_with < len(figures):
        return figures[fig.range_with]
    return None


def _decided(fig: Figure, code: str, how: str, words: str | None = None) -> Figure:
    extra = (*fig.extra, ("currency_from", how))
    if words:
        extra = (*extra, ("currency_evidence", words))
    return fig.with_changes(unit=code, ambiguous=(), extra=extra)
