"""unit-scale: the same amount slipped by a thousand or a million, or changed unit.

"1.2 billion euros" against "1.2 million euros", "3 million yuan" against "3 million
yen", "12 km" against "12 miles", "2 million barrels a day" against "2 million barrels a
year" or "up 5 percentage points" against "up 5%" is a slip of scale word or unit, not a
rounding. A bare "$3 billion" against "A$3 billion" is
none: copy writes its own dollar with a bare sign, so the "$" may be the same dollar.
A stated conversion ("$420,000" after "3 million yuan") is never compared with its
source, only with other conversions.

Amounts the alignment leaves apart (a translation that relabels "3.4 billion Australian
dollars" as "34亿美元", a headline that says "3.2 million" over a body's "3.2 billion")
are also looked up by value (figcheck.rules._money): an amount most versions state in
one currency or at one scale and another version otherwise, one amount in two
currencies within one version, a range whose ends name two currencies. Where the rate
between the two currencies is within 5% of 1 on the day, or the ECB does not quote one
of them, it stays quiet.

Passes::

    a.txt: a 1.2 billion euro project
    b.txt: a project of 1.2 billion euros

Fails::

    a.txt: a 1.2 billion euro project
    b.txt: a project of 1.2 million euros
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.align.values import in_points, unit_swapped
from figcheck.errors import InputError
from figcheck.figures import Figure, Finding
from figcheck.rules import _facts, _money
from figcheck.rules.api import Context

ID = "unit-scale"
#: One amount in two currencies within one article is judged on a draft alone too.
IN_DOCUMENT = True
SEVERITY = "error"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)
#: Units that writers use for one another: "5 tons" against "5 tonnes" is no slip.
INTERCHANGED = (
    frozenset({"ton", "metric_ton", "long_ton"}),
    frozenset({"gallon", "imperial_gallon"}),
    frozenset({"pint", "imperial_pint"}),
)
_UNIT_NAMES = {"%": "percent", "pp": "percentage points", "bp": "basis points"}
_FACTORS = {
    10: "ten",
    10**3: "a thousand",
    10**6: "a million",
    10**9: "a billion",
    10**12: "a trillion",
}


def _unit_slip(fa: Figure, fb: Figure) -> bool:
    """Same number, another unit of the same kind: currency, length, percent or points."""
    if fa.kind != fb.kind or not (fa.unit and fb.unit):
        return False
    if fa.kind == "money":
        return fa.unit not in fb.ambiguous and fb.unit not in fa.ambiguous
    if fa.kind == "percent":
        return True
    if fa.kind == "quantity":
        loose = any(fa.unit in units and fb.unit in units for units in INTERCHANGED)
        return unit_swapped(fa, fb) and not loose
    return False


def _per_slip(fa: Figure, fb: Figure) -> str | None:
    """The same amount per another unit of time ("2.2 million barrels per day" against "2.2
    million barrels a year"): what each is per, where both say it."""
    per_a, per_b = dict(fa.extra).get("per"), dict(fb.extra).get("per")
    if not (per_a and per_b) or per_a == per_b or fa.unit != fb.unit or fa.value != fb.value:
        return None
    return " against ".join(sorted(f"per {per}" for per in (per_a, per_b)))


#: From this factor on, a slip is only read between two scale words ("1.2 billion" /
#: "1.2 trillion"): a bare "1" against "one trillion" is a garbled figure, not a slip.
WRITTEN_OUT = 10**9


def slip(fa: Figure, fb: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """How the scale or unit slipped ("a factor of a thousand"), or None when neither did."""
    if not (_facts.is_number(fa) and _facts.is_number(fb)):
        return None
    if "bp" in (fa.unit, fb.unit) and fa.unit != fb.unit and fa.value == fb.value:
        return _units_named(fa, fb)  # "25 basis points" against "25%"
    fa, fb = in_points(fa), in_points(fb)  # "25 basis points" against "0.25 percent"
    per = _per_slip(fa, fb)
    if per:
        return per
    # A bare "$" against another dollar may be that dollar: no unit slip, but a scale one.
    either_dollar = fa.unit != fb.unit and _money.either_dollar(fa, fb, text_a, text_b)
    if fa.unit == fb.unit or either_dollar:
        factor = _facts.scale_factor(fa, fb)
        if factor and factor >= WRITTEN_OUT and not (fa.scale and fb.scale):
            return None  # "1" against "one trillion": nobody writes a billion in digits
        return f"a factor of {_FACTORS[factor]}" if factor else None
    if fa.value == fb.value and _unit_slip(fa, fb):
        return _units_named(fa, fb)
    return None


def _units_named(fa: Figure, fb: Figure) -> str:
    return " against ".join(
        sorted(_UNIT_NAMES.get(u, u.replace("_", " ")) for u in (fa.unit, fb.unit))
    )


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    across = _relabelled_across(context)
    # A version that relabels several amounts made one slip: the amounts alignment paired
    # are told with the others, in that version's one finding, not on their own.
    told = {
        pair
        for items in across.values()
        for swap, _ in items
        for odd in swap.odd_stated
        for usual in swap.usual_stated
        for pair in ((odd.ref, usual.ref), (usual.ref, odd.ref))
    }
    yield from _facts.pairwise(
        context,
        RULE,
        slip,
        lambda f: (f.value, f.unit, dict(f.extra).get("per")),
        lambda reasons, _: f"same amount in another scale or unit ({', '.join(reasons)})",
        skip=lambda _, a, b: (a, b) in told,
    )
    for (doc, odd, usual), items in sorted(across.items()):
        head = f"same amount in another currency ({_name(odd)} against {_name(usual)})"
        yield _finding(context, doc, head, items)
    yield from _relabelled(context)


#: How far from 1 the rate between two currencies must be before the same figure in
#: each is two amounts, not one (a pound was 1.16 euros in 2023, a dollar 0.93 euros or
#: 1,342 won): fx-mismatch's margin.
APART = 1.05


Relabelled = dict[tuple[int, str, str], list[tuple[_money.Swap, str]]]


def _relabelled_across(context: Context) -> Relabelled:
    """Per version and pair of currencies, the amounts it states in another currency
    than the other versions state them in ("34亿美元" for "3.4 billion Australian
    dollars"), with what each was worth on the day.

    Found by value (figcheck.rules._money), whether or not alignment paired them; an
    amount whose currencies the ECB does not quote, or whose rate is near 1, stays quiet.
    A version is told here when one of its amounts is found by value alone; the amounts
    alignment paired (even a round "5 billion" that only alignment says is one amount)
    then join it. A version whose every relabelled amount alignment paired is left to
    the aligned facts' own findings.
    """
    fact_of = {ref: n for n, fact in enumerate(context.facts) for ref in fact}
    across: Relabelled = {}
    by_value: set[tuple[int, str, str]] = set()
    for swap in _money.swaps(context):
        worth = _worth(context, swap)
        alone = _money.same_amount(context, swap) and not _judged_aligned(
            context, fact_of, swap.odd_stated, swap.usual_stated
        )
        for doc in sorted({s.ref.doc for s in swap.odd_stated} if worth else ()):
            across.setdefault((doc, swap.odd, swap.usual), []).append((swap, worth))
            if alone:
                by_value.add((doc, swap.odd, swap.usual))
    return {key: items for key, items in across.items() if key in by_value}


def _relabelled(context: Context) -> Iterator[Finding]:
    """One finding per version that states one amount in two currencies itself ("3.2
    billion pounds" in the body, "3.2 billion euros" in the headline), per amount slipped
    in scale that alignment left apart, and per range whose ends name two currencies."""
    fact_of = {ref: n for n, fact in enumerate(context.facts) for ref in fact}
    inside: Relabelled = {}
    for swap in _money.within(context):
        worth = _worth(context, swap)
        if worth is not None:
            inside.setdefault((swap.odd_stated[0].ref.doc, swap.odd, swap.usual), []).append(
                (swap, worth)
            )
    for (doc, odd, usual), items in sorted(inside.items()):
        head = f"same amount in two currencies within one version ({_name(odd)} and {_name(usual)})"
        yield _finding(context, doc, head, items)
    slips: dict[tuple, list[_money.Stated]] = {}
    for slip in _money.scale_slips(context):
        if not _judged_aligned(context, fact_of, slip.odd_stated, slip.usual_stated):
            slips.setdefault((slip.factor, slip.odd_stated), []).extend(slip.usual_stated)
    for (factor, odd), usual in slips.items():  # one finding per odd amount
        yield _scale_finding(context, factor, odd, usual)
    for low, high in _money.mixed_ranges(context):
        a, b = context.figure(low), context.figure(high)
        words = context.words(low.doc, a.start, b.end).text
        message = f'a range whose ends name two currencies ({a.unit} and {b.unit}): "{words}"'
        yield Finding(ID, SEVERITY, message, (context.evidence(low), context.evidence(high)))


def _judged_aligned(context: Context, fact_of, odd, usual) -> bool:
    """Whether an odd statement and a usual one share an aligned fact in which ``slip``
    already faults them (reported with the fact); a factor of ten, say, it does not judge."""
    return any(
        fact_of.get(o.ref) is not None
        and fact_of.get(o.ref) == fact_of.get(u.ref)
        and slip(o.figure, u.figure, context.document(o.ref.doc).text,
                 context.document(u.ref.doc).text)
        for o in odd
        for u in usual
    )  # fmt: skip


def _scale_finding(context: Context, factor: int, odd_stated, usual_stated) -> Finding:
    """A scale slip found by value: the odd statements first, the usual ones after."""
    odd = [s.ref for s in odd_stated]
    usual = sorted({s.ref for s in usual_stated}, key=lambda r: (r.doc, r.fig))
    message = (
        f"same amount in another scale (a factor of {_FACTORS[factor]}):"
        f" {_quoted(context, odd)}; {_quoted(context, usual)}"
    )
    return Finding(ID, SEVERITY, message, tuple(context.evidence(r) for r in [*odd, *usual]))


def _finding(context: Context, doc: int, head: str, items) -> Finding:
    """The finding at ``doc``'s odd statements, the usual ones and their conversions after."""
    refs = [s.ref for swap, _ in items for s in swap.odd_stated if s.ref.doc == doc]
    others = [s.ref for swap, _ in items for s in swap.usual_stated]
    shown = [
        f"{_quoted(context, [s.ref for s in swap.odd_stated if s.ref.doc == doc])}; "
        f"{_quoted(context, [s.ref for s in swap.usual_stated])}{_given_as(context, swap)}; "
        f"{worth}"
        for swap, worth in items
    ]
    converted = [c for r in others for c in _money.conversions_of(context, r)]
    evidence = [*refs, *sorted({*others, *converted} - set(refs), key=lambda r: (r.doc, r.fig))]
    message = f"{head}: " + " / ".join(shown)
    return Finding(ID, SEVERITY, message, tuple(context.evidence(r) for r in evidence))


def _worth(context: Context, swap: _money.Swap) -> str | None:
    """What the amount in the usual currency was worth in the odd one on the day ("3.4
    billion AUD was 2.32 billion USD on 2023-07-18"), or None unless every reading is
    known and far apart."""
    day = _money.day_of(context, [s.ref for s in (*swap.odd_stated, *swap.usual_stated)])
    if day is None:
        return None
    try:
        table = context.rates.table()
    except InputError:
        return None
    quotes = []
    for base in _money.readings(swap.usual):
        for quote in _money.readings(swap.odd):
            if base == quote or not (table.covers(base) and table.covers(quote)):
                continue
            quotes.append(table.rate(base, quote, day))
    if not quotes or any(q is None or 1 / APART < q.rate < APART for q in quotes):
        return None
    first = quotes[0]
    return (
        f"{_money.spoken(swap.value)} {first.base} was"
        f" {_money.spoken(float(swap.value) * first.rate)}"
        f" {first.quote} on {first.date_used}"
    )


def _name(currency: str) -> str:
    return "a bare dollar sign" if currency == _money.ANY_DOLLAR else currency


def _quoted(context: Context, refs) -> str:
    return _facts.versions(context, _facts.grouped(context, refs, lambda f: f.text.lower()))


def _given_as(context: Context, swap: _money.Swap) -> str:
    """' (a.txt gives it as "$2.3 billion")' for the first stated conversion, if any."""
    for s in swap.usual_stated:
        for c in _money.conversions_of(context, s.ref):
            return f' ({_facts.name(context, s.ref)} gives it as "{_facts.phrase(context, c)}")'
    return ""
