"""number-mismatch: the same fact carries different numbers in different versions.

Each figure is read as the interval it states (figcheck.intervals): its qualifier and the
precision it is written in, so "nearly $2 billion" agrees with "$1.94 billion", "more than
95%" with "96%", and "61%" (cut off) with "61.37%". Two versions disagree when their
intervals do not overlap; the message says what each covers. Two bounds of one kind
("at least 1,602", "at least 1,062") both hold unless one's digits are the other's in
another order: a transposed copy, not a second estimate (with two digits, "at least 48"
and "at least 84", only between versions of one day). The same number under another
qualifier ("as high as" / "more than") is left to qualifier-drift, and a later version's
larger toll to update. Amounts a factor of a thousand apart are left
to unit-scale, vague words ("thousands") to vague-quantity, stated conversions
("$554 million" after "450 million pounds") to fx-mismatch. A bare "$" or "dollars" is
compared with another dollar ("A$900 million") as that dollar, unless it may be that amount
in US dollars on the day ("$585 million"). One measure in two units is compared converted
("34 miles per hour" is about 54.7 km/h, not "70 km/h"). A minus sign against a word of
change ("-1.5%", "fell 1.5%") is left to direction-drift. A share of a whole is the
percentage it states, as rounded as a fraction is ("one in five": 18 to 22%;
``align.values.share_reach``).

Passes::

    a.txt: The project will supply about 400,000 homes.
    b.txt: The project will power some 400,000 homes.

Fails::

    a.txt: The 48 turbines will stand 12 km off the coast.
    b.txt: Its 50 turbines will be built 12 km from the coast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.align import roles
from figcheck.align.values import as_percentages, digits_swapped, in_points
from figcheck.align.words import sentence_of
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.rules import _facts, _money, _restated
from figcheck.rules.api import Context

ID = "number-mismatch"
SEVERITY = "error"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)


def differ(fa: Figure, fb: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """Why two numbers of one fact disagree beyond rounding and wording, if they do."""
    if not (_facts.is_number(fa) and _facts.is_number(fb)):
        return None
    if fa.kind in ("date", "period"):
        return None
    fa, fb = in_points(fa), in_points(fb)  # "25 basis points" against "half a point"
    pa, pb = as_percentages(fa, fb)
    if pa is not fa or pb is not fb:
        # a share of a whole against a percentage: each the percentage it states
        return _facts.disagreement(fa, fb, text_a, text_b)
    one_measure = fa.kind == fb.kind == "quantity"
    if fa.unit != fb.unit and _ages(fa, fb, text_a, text_b):
        return _facts.disagreement(fa, fb, text_a, text_b)  # "Kaye, 21," and "the 23-year-old"
    if fa.unit != fb.unit and not one_measure and not _money.either_dollar(fa, fb, text_a, text_b):
        return None  # a bare "$" against another dollar may be that dollar: compared
    if fa.conversion_of is not None or fb.conversion_of is not None:
        # A conversion that disagrees reflects its rate: fx-mismatch judges that.
        return None
    if fa.unit != fb.unit and one_measure:
        if fa.value == fb.value:
            return None  # "12 km" against "12 miles": unit-scale's slip of unit
        return _facts.converted_disagreement(fa, fb, text_a, text_b)  # "34 mph", "70 km/h"
    if _facts.scale_factor(fa, fb) or fa.value == fb.value:
        return None  # the same number under another qualifier: qualifier-drift's to judge
    return _facts.disagreement(fa, fb, text_a, text_b)


#: The units an age is written in: none ("Kaye, 21,"), or years ("the 21-year-old").
_AGE_UNITS = (None, "year", "years")


def _ages(fa: Figure, fb: Figure, text_a: str, text_b: str) -> bool:
    """Whether both figures are someone's age, one of them in years and the other a bare
    number: one age worded two ways, compared as numbers."""
    return (
        bool(text_a and text_b)
        and fa.unit in _AGE_UNITS
        and fb.unit in _AGE_UNITS
        and roles.is_age(text_a, fa)
        and roles.is_age(text_b, fb)
    )


def _headline(reasons: list[str], figures: list[Figure]) -> str:
    return f"different figures for the same fact ({reasons[0]})"


def _skipped(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """A later, larger toll is update's; a bare dollar that may be the other dollar's
    amount in US dollars is no other figure; two bounds with two digits swapped may be
    two days' estimates; a minus sign against a word of change ("-1.5%", "fell 1.5%") is
    a direction, direction-drift's to judge."""
    return (
        _facts.raises(context, a, b)
        or _money.dollars_converted(context, a, b)
        or _facts.estimates_days_apart(context, a, b)
        or _sign_told_in_words(context, a, b)
        or _part_of_an_update(context, a, b)
        or _revised_later(context, a, b)
    )


#: Words in a figure's sentence that make it a count a later one revises: the earlier a
#: partial or preliminary one ("with 92% of ballots counted, preliminary results showed"),
#: the later a final or revised one ("Final turnout was 68.9%"). English copy's words.
_PROVISIONAL = re.compile(
    r"\b(?:preliminary|provisional|partial|flash|advance estimates?"
    r"|\d[\d.,]*\s?% of (?:the )?(?:ballots|votes|precincts|polling stations)"
    r"(?: \w+)? (?:counted|tallied|in)\b)",
    re.I,
)
_REVISED = re.compile(r"\b(?:final|revised|updated)\b", re.I)


def _revised_later(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """Whether two figures of versions published on different days are a count and its
    revision: the earlier figure's words (``_told_with``) call it partial or preliminary,
    or the later one's call it final or revised (a party's 31.4% with 92% of ballots
    counted, 31.1% in the final results two days later). Two digits swapped ("64.1%",
    "61.4%") are a slip of the pen, never a revision."""
    day_a, day_b = context.document(a.doc).published, context.document(b.doc).published
    if day_a is None or day_b is None or day_a == day_b:
        return False
    early, late = (a, b) if day_a < day_b else (b, a)
    if digits_swapped(context.figure(early), context.figure(late)):
        return False
    return bool(
        _PROVISIONAL.search(_told_with(context, early))
        or _REVISED.search(_told_with(context, late))
    )


#: How much of a version's start is its headline and lead, which say of every count in it
#: whether it is partial or final ("according to partial results", "Final count confirms").
LEAD_CHARS = 400


def _told_with(context: Context, ref: FigureRef) -> str:
    """The words that may say whether a figure is partial or final: its version's headline
    and lead, and its own sentence."""
    text = context.document(ref.doc).text
    start, end = sentence_of(text, context.figure(ref).start)
    return f"{text[:LEAD_CHARS]}\n{text[start:end]}"


def _part_of_an_update(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """Whether the later of two counts is a smaller toll while its version, published on a
    later day, tells in another figure a toll at least as large as the earlier count ("rose
    to 19" against "at least 14"): that version tells the whole there, and its smaller
    toll is a part of it (a country's, "France now counts 12 dead"), not the whole told
    otherwise."""
    day_a, day_b = context.document(a.doc).published, context.document(b.doc).published
    if day_a is None or day_b is None or day_a == day_b:
        return False
    early, late = (a, b) if day_a < day_b else (b, a)
    fe, fl = context.figure(early), context.figure(late)
    if not (_facts.is_number(fe) and _facts.is_number(fl)) or fl.value >= fe.value:
        return False
    text = context.document(late.doc).text
    if not _facts.is_toll(fl, text):
        return False
    return any(
        i != late.fig
        and other.kind in ("count", "number")
        and _facts.is_number(other)
        and other.value >= fe.value
        and _facts.is_toll(other, text)
        for i, other in enumerate(context.versions[late.doc].figures)
    )


def _sign_told_in_words(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """Whether two figures differ in sign alone, the unsigned one with a word of change
    beside it ("-1.5%" in a table, "fell 1.5%" in prose)."""
    from figcheck.rules.direction_drift import direction

    fa, fb = context.figure(a), context.figure(b)
    if not _facts.signed_alike(fa, fb):
        return False
    ref, fig = (a, fa) if fa.value > 0 else (b, fb)
    document = context.document(ref.doc)
    return direction(fig, document.text, document.language) is not None


def _tenfold(context: Context) -> set[tuple[FigureRef, FigureRef]]:
    """The pairs unit-scale reports as one amount a power of ten apart ("€4.5m" and "just
    €45m"): a decimal mark moved, told once, there."""
    return {
        pair
        for slip in _money.scale_slips(context)
        if slip.factor < 1000  # (a thousand and more: ``differ`` leaves them already)
        for odd in slip.odd_stated
        for usual in slip.usual_stated
        for pair in ((odd.ref, usual.ref), (usual.ref, odd.ref))
    }


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    tenfold = _tenfold(context)
    yield from _facts.pairwise(
        context,
        RULE,
        differ,
        lambda f: (f.value, f.unit, f.qualifier),
        _headline,
        skip=lambda ctx, a, b: (a, b) in tenfold or _skipped(ctx, a, b),
        restate=True,
    )
    yield from _restated_slips(context)


def _restated_slips(context: Context) -> Iterator[Finding]:
    """A fact a version states as the others do and again with two digits swapped (its
    prose right, its table wrong): figcheck.rules._restated."""
    told: set[FigureRef] = set()
    for slip, member, fact in _restated.slips(context, differ):
        if slip in told:
            continue
        told.add(slip)
        message = (
            f"different figures for the same fact (stated again with two digits swapped):"
            f' "{_facts.phrase(context, slip)}" in {_facts.name(context, slip)}, which also'
            f' gives "{_facts.phrase(context, member)}"; '
            + _facts.versions(context, _facts.grouped(
                context, [r for r in fact if r.doc != slip.doc], lambda f: f.text.lower()
            ))
        )  # fmt: skip
        yield _facts.finding(RULE, message, context, [slip, member, *fact], slip)
