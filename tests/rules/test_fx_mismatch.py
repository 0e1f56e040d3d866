"""fx-mismatch: stated conversions against the ECB rate of the document's day (shipped rates/)."""

import datetime as dt
import glob
from dataclasses import replace

import pytest
from helpers import read
from seedpaths import SEEDS

from figcheck.document import Document, load
from figcheck.figures import Finding
from figcheck.rules import RULE_MODULES, fx_mismatch
from figcheck.rules.api import Context, Unchecked

D = dt.date
AUG24 = D(2023, 8, 24)  # 7.28 yuan, 145.7 yen per dollar; 20.0 yen per yuan

# text, publication date, the run's fallback date, rule options,
# expected: "pass", "unchecked: <words>", or the words each finding's message holds.
CASES = [
    # Right within rounding.
    ("3 million yuan to 5 million yuan, or $420,000 to $700,000", AUG24, None, {}, "pass"),
    ("15 million yuan, or about $2.1 million", AUG24, None, {}, "pass"),
    ("3 million to 5 million yuan (60 million to 100 million yen)", AUG24, None, {}, "pass"),
    ("60 million to 100 million yen (3 million to 5 million yuan)", AUG24, None, {}, "pass"),
    ("15,000,000 yuan, or $2,060,000", AUG24, None, {}, "pass"),
    ("up to 15 million yuan, almost $2.1 million", AUG24, None, {}, "pass"),
    ("more than 15 million yuan, or over $2 million", AUG24, None, {}, "pass"),
    # Rounding edges: 11.7% off is too much for "$2.3 million", not for "about $2.3 million".
    ("15 million yuan, or $2.3 million", AUG24, None, {}, ["11.7% too high"]),
    ("15 million yuan, or about $2.3 million", AUG24, None, {}, "pass"),
    ("15 million yuan, or $1.85 million", AUG24, None, {}, ["10.2% too low"]),
    # The margin is an option: 6.8% off passes at 5% only thanks to rounding.
    ("15 million yuan, or $2.2 million", AUG24, None, {}, "pass"),
    ("15 million yuan, or $2.2 million", AUG24, None, {"tolerance": 0}, ["0% margin"]),
    # "¥" may be yuan or yen: any reading that fits passes.
    ("a grant of ¥15 million, or $2.1 million", AUG24, None, {}, "pass"),
    ("a grant of ¥300 million, or $2.1 million", AUG24, None, {}, "pass"),
    ("a grant of ¥15 million, or $130,000", AUG24, None, {}, ["JPY per USD", "26.3% too high"]),
    # "pesos" of no named country may be any of five: a reading that fits passes; none
    # fitting, the Mexican reading is told.
    ("damage of 2.3 billion pesos ($40 million)", AUG24, None, {}, "pass"),
    ("damage of 2.3 billion pesos ($137 million)", AUG24, None, {}, "pass"),
    ("damage of 2.3 billion pesos ($4 million)", AUG24, None, {}, ["MXN per USD"]),
    ("In Manila, damage of 2.3 billion pesos ($4 million)", AUG24, None, {}, ["PHP per USD"]),
    # "crowns" of no named country may be any of five: a reading that fits passes.
    ("a grant of 4.5 billion crowns ($415 million)", AUG24, None, {}, "pass"),
    ("a grant of 4.5 million crowns ($415 million)", AUG24, None, {}, ["factor of 1,000:"]),
    # Thousand and million slips.
    ("3 million yuan ($420 million)", AUG24, None, {}, ["factor of 1,000:", "$420 million"]),
    ("15 million yuan, or $2.1 billion", AUG24, None, {}, ["factor of 1,000:"]),
    ("15 billion yuan, or $2.1 million", AUG24, None, {}, ["factor of 1/1,000"]),
    ("150 million yen, or 7.5 billion yuan", AUG24, None, {}, ["factor of 1,000:"]),
    ("150 yen, or 7.5 million yuan", AUG24, None, {}, ["factor of 1,000,000"]),
    # A rate of one of the five years before, within rounding: the latest such is named.
    ("15 million yuan, or $2.4 million", AUG24, None, {}, ["16.5% too high", "the 2021 rate"]),
    ("15 million yuan, or $2.25 million", AUG24, None, {}, ["9.2% too high", "the 2022 rate"]),
    # Two digits swapped: the slip of the pen, before any far year the amount may fit.
    ("15 million yuan, or $1.2 million", AUG24, None, {}, ["$2.1 million would fit it"]),
    ("150 million yuan, or $26.0 million", AUG24, None, {}, ["$20.6 million would fit it"]),
    ("1 million euros, or 1.6 million dollars", AUG24, None, {}, ["47.6% too high"]),
    # Ranges pair low with low and high with high: only the wrong end is flagged.
    ("3 million to 5 million yuan, or $420,000 to $1.2 million", AUG24, None, {}, ["$1.2 million"]),
    # The Swiss franc left its floor on 2015-01-15: yesterday's rate only with a lookback.
    ("1 million euros, or 1.2 million Swiss francs", D(2015, 1, 16), None, {}, "pass"),
    (
        "1 million euros, or 1.2 million Swiss francs",
        D(2015, 1, 16),
        None,
        {"lookback-days": 0},
        ["CHF per EUR"],
    ),
    # Weekend: the Friday rate.
    ("15 million yuan, or about $2.1 million", D(2023, 8, 26), None, {}, "pass"),
    # No date of its own: the run's date, said so; or unchecked.
    ("15 million yuan, or about $2.1 million", None, AUG24, {}, "pass"),
    ("15 million yuan, or $2.4 million", None, AUG24, {}, ["states no date", "2023-08-24"]),
    ("15 million yuan, or $2.4 million", None, None, {}, "unchecked: t.txt: no date"),
    # Outside the rates: unchecked, not a finding.
    ("15 million dong ($630)", AUG24, None, {}, "unchecked: no ECB rate for VND"),
    ("15 million yuan, or $2.4 million", D(2001, 5, 2), None, {}, "unchecked: no CNY/USD rate"),
    ("15 million yuan, or $2.4 million", D(2100, 1, 1), None, {}, "unchecked: no CNY/USD rate"),
    # The date of the event the sentence names: a rate that fits it is a note, not an error.
    (
        "The 2014 grant of 15 million yuan, or $2.4 million, was paid.",
        AUG24,
        None,
        {},
        "unchecked: fits the rate of 2014-",
    ),
    (
        "The grant of 15 million yuan, or $2.4 million, was paid in 2006.",
        AUG24,
        None,
        {},
        ["16.5% too high", "is dated 2023-08-24"],
    ),
    # No stated conversion, nothing to check.
    ("15 million yuan and $2.4 billion", AUG24, None, {}, "pass"),
]


def dated(text: str, published=None, fallback=None, path="t.txt") -> Document:
    """A document stating ``published``, else dated ``fallback`` as the pipeline would lend it."""
    if published is not None:
        return Document(path, text, published=published, published_source="text")
    if fallback is not None:
        return Document(path, text, published=fallback, published_source="fallback")
    return Document(path, text)


def run(documents, options=None) -> tuple[list[Finding], list[str]]:
    """The rule's findings and unchecked notes on documents read as the pipeline reads them."""
    context = Context([read(doc) for doc in documents])
    items = list(fx_mismatch.check(context, options or {}))
    notes = [str(item) for item in items if isinstance(item, Unchecked)]
    return [item for item in items if isinstance(item, Finding)], notes


@pytest.mark.parametrize("text, published, fallback, options, expected", CASES)
def test_fx_mismatch(text, published, fallback, options, expected):
    findings, unchecked = run([dated(text, published, fallback)], options)
    if expected == "pass":
        assert findings == [] and unchecked == []
    elif isinstance(expected, str):
        assert findings == []
        assert len(unchecked) == 1 and expected[len("unchecked: ") :] in unchecked[0]
    else:
        assert len(findings) == 1, [f.message for f in findings]
        (finding,) = findings
        assert (finding.rule, finding.severity) == ("fx-mismatch", "error")
        for words in expected:
            assert words in finding.message
        assert len(finding.evidence) == 2  # the two amounts


def test_an_amount_of_several_readings_is_told_in_the_one_the_other_versions_name():
    """ "2.3 billion pesos" near no place may be Mexico's or the Philippines' ...: where the
    other versions state the same amount as Philippine pesos, a conversion that fits no
    reading is reported at the Philippine peso's rate."""
    texts = [
        "In Manila, officials put the flood damage at 2.3 billion pesos ($40 million).",
        "Officials put the flood damage at 2.3 billion pesos (about $4 million).",
    ]
    from helpers import check

    docs = [dated(text, AUG24, path=f"v{i}.txt") for i, text in enumerate(texts, start=1)]
    report = check(docs, disabled=frozenset(RULE_MODULES) - {"fx-mismatch"})
    (finding,) = report.findings
    assert "PHP per USD" in finding.message
    assert finding.evidence[0].path == "v2.txt"


@pytest.mark.parametrize(
    "text",
    [
        "1 million euros, or 1.6 million dollars",  # the 2008 rate: fifteen years before
        "£450 million, or $740 million",  # the 1999 rate
        "15 million yuan, or $2.7 million",  # fits no year's within rounding
    ],
)
def test_no_far_year_is_named(text):
    """Over the decades the rates wander so far that almost any wrong conversion fits some
    year's: only a year shortly before, fitting within rounding, says how it came about."""
    (finding,), _ = run([dated(text, AUG24)])
    assert "too high" in finding.message
    assert " rate (" not in finding.message


@pytest.mark.parametrize(
    "source, said",
    [
        ("dateline", "is dated 2023-08-24 (its dateline)"),
        ("front-matter", "(its front matter)"),
        ("option", "(the date given with --date)"),
        ("fallback", "t.txt states no date, so the run's date 2023-08-24 was used"),
    ],
)
def test_a_finding_names_the_day_and_where_the_date_came_from(source, said):
    doc = Document("t.txt", "15 million yuan, or $2.4 million", published=AUG24,
                   published_source=source)  # fmt: skip
    (finding,), _ = run([doc])
    assert "the ECB rate on 2023-08-24 was" in finding.message
    assert said in finding.message


@pytest.mark.parametrize("source", ["dateline-year-guessed", "fallback-year-guessed"])
def test_a_guessed_year_gives_way_to_a_year_whose_rate_fits(source):
    """A year read near a dateline that gives none ("SAO PAULO, Nov 10 - ... the lowest
    since 2020") is more likely wrong than a conversion that fits that day in another year:
    a note, no finding; a conversion that fits no year is reported, the guess named."""
    fits = Document("t.txt", "15 million yuan, or $2.4 million", published=AUG24,
                    published_source=source)  # fmt: skip
    findings, notes = run([fits])
    assert findings == []
    assert len(notes) == 1
    assert (
        "15 million yuan as $2.4 million fits the rate of 2014-08-22, not of 2023-08-24"
        f" ({_dated_by(source)}): the year is a guess; give --date to check it"
    ) in notes[0]
    slipped = replace(fits, text="15 million yuan, or $24 million")
    (finding,), _ = run([slipped])
    assert finding.message.endswith(
        "t.txt is dated 2023-08-24 (its dateline, the year read near it)"
        if source == "dateline-year-guessed"
        else "t.txt states no date, so another version's date 2023-08-24 was used"
        " (its year read near a dateline)"
    )


def _dated_by(source):
    from figcheck.rules.fx_mismatch import _DATED_BY

    return _DATED_BY[source]


def test_message_names_both_amounts_and_the_rates():
    (finding,), _ = run([dated("15 million yuan, or $2.4 million", AUG24)])
    assert finding.message.startswith(
        "15 million yuan is given as $2.4 million, a rate of 6.25 CNY per USD;"
        " the ECB rate on 2023-08-24 was 7.282 CNY per USD"
    )
    assert [e.text for e in finding.evidence] == ["15 million yuan", "$2.4 million"]


@pytest.mark.parametrize(
    "text, qualifier, low, high",
    [
        ("$2.1 million", None, 2_050_000, 2_150_000),
        ("about $2.1 million", "about", 2_000_000, 2_200_000),
        ("$420,000", None, 415_000, 425_000),
        ("3 million yuan", None, 2_850_000, 3_150_000),  # rounding stretches 5% at most
        ("about 3 million yuan", "about", 2_700_000, 3_300_000),
        ("almost $2.1 million", "almost", 1_890_000, 2_100_000),
        ("over $2 million", "over", 2_000_000, 2_200_000),
        ("$1,234.56", None, 1234.555, 1234.565),
    ],
)
def test_bounds(text, qualifier, low, high):
    (fig,) = read(Document("t.txt", text)).figures
    assert fig.qualifier == qualifier
    assert fx_mismatch.bounds(fig) == pytest.approx((low, high))


def test_seed_articles_have_no_fx_mismatch():
    """Every conversion in the five versions is right at the 2023-08-24 rate."""
    documents = [load(path) for path in sorted(glob.glob(str(SEEDS / "*.txt")))]
    if not documents:
        pytest.skip("seed articles not present")
    documents = [d if d.published else dated(d.text, None, AUG24, d.path) for d in documents]
    assert run(documents) == ([], [])


@pytest.mark.parametrize("options", [{"tolerance": "lots"}, {"lookback-days": -1}])
def test_bad_options(options):
    from figcheck.errors import InputError

    with pytest.raises(InputError, match="fx-mismatch: option"):
        run([dated("15 million yuan ($2 million)", AUG24)], options)


JUL18 = D(2023, 7, 18)  # an Australian dollar bought 0.605 euros, a US dollar 0.888

#: Versions (the last one converts a bare-dollar amount) -> the words of the finding at the
#: last version, "pass", or "unchecked: <words>".
ELSEWHERE = [
    # The others name the Australian dollar; the conversion used the US-dollar rate.
    (
        ["It could cost 7 billion Australian dollars ($4.8 billion).",
         "Up to A$7 billion would be needed.",
         "The 7 billion dollars – 6.2 billion euros – were too much."],
        ["46.3% too high", "in AUD", '"Up to A$7 billion" in v2.txt', "converted as US dollars?"],
    ),
    # Converted at the Australian rate: right, though the US-dollar rate would miss.
    (
        ["It could cost 7 billion Australian dollars ($4.8 billion).",
         "Up to A$7 billion would be needed.",
         "The 7 billion dollars – 4.2 billion euros – were too much."],
        "unchecked: fits the AUD rate, the dollar the other versions name",
    ),
    # One other version is not enough to say which dollar is meant.
    (
        ["Up to A$7 billion would be needed.",
         "The 7 billion dollars – 6.2 billion euros – were too much."],
        "pass",
    ),
    # As many versions say US dollars: the "$" stays the US dollar.
    (
        ["It could cost 7 billion Australian dollars.", "Up to A$7 billion would be needed.",
         "It could cost US$7 billion.", "Up to 7 billion U.S. dollars would be needed.",
         "The 7 billion dollars – 6.2 billion euros – were too much."],
        "pass",
    ),
    # The article settled its own dollar: judged as it says.
    (
        ["It could cost 7 billion Australian dollars.", "Up to A$7 billion would be needed.",
         "The 7 billion U.S. dollars – 6.2 billion euros – were too much."],
        "pass",
    ),
]  # fmt: skip


@pytest.mark.parametrize("texts, expected", ELSEWHERE)
def test_a_bare_dollar_the_other_versions_name(texts, expected):
    docs = [dated(t, JUL18, path=f"v{i}.txt") for i, t in enumerate(texts, start=1)]
    findings, unchecked = run(docs)
    if expected == "pass":
        assert (findings, unchecked) == ([], [])
    elif isinstance(expected, str):
        assert findings == []
        assert len(unchecked) == 1 and expected[len("unchecked: ") :] in unchecked[0]
    else:
        (finding,) = findings
        assert all(w in finding.message for w in expected), finding.message
        assert finding.evidence[0].path == f"v{len(texts)}.txt"
        assert {e.path for e in finding.evidence} == {f"v{i}.txt" for i in (1, 2, 3)}


#: (text, date) of each version -> the words of the finding about the same amount
#: converted at rates apart, or None.
APART = [
    (
        [("A grant of 15 million yuan ($2.06 million) was paid.", AUG24),
         ("The 15 million yuan grant (about $2.4 million) was paid.", AUG24)],
        ["the same 15 million yuan is converted at rates apart",
         '"about $2.4 million" in v2.txt (6.25 CNY per USD: the rate of 2021-08-24; not of'
         " 2023-08-24, its date)",
         '"$2.06 million" in v1.txt (7.282 CNY per USD: the rate of 2023-08-24, its date)'],
    ),
    # Two digits swapped: said so, not a far year's rate the amount happens to fit.
    (
        [("A grant of 15 million yuan ($2.06 million) was paid.", AUG24),
         ("The 15 million yuan grant ($2.60 million) was paid.", AUG24)],
        ["the same 15 million yuan is converted at rates apart",
         '"$2.60 million" in v2.txt (5.769 CNY per USD: $2.06 million would fit the rate of'
         " 2023-08-24, its date: two digits swapped?)"],
    ),
    # Within rounding: one rate.
    (
        [("A grant of 15 million yuan ($2.06 million) was paid.", AUG24),
         ("The 15 million yuan grant (about $2.1 million) was paid.", AUG24)],
        None,
    ),
    # Each at the rate of its own day: both right.
    (
        [("A grant of 15 million yuan ($2.06 million) was paid.", AUG24),
         ("The 15 million yuan grant ($2.4 million) was paid.", D(2014, 8, 25))],
        None,
    ),
]  # fmt: skip


@pytest.mark.parametrize("versions, words", APART)
def test_same_amount_converted_at_rates_apart(versions, words):
    docs = [dated(t, day, path=f"v{i}.txt") for i, (t, day) in enumerate(versions, start=1)]
    findings, _ = run(docs)
    apart = [f for f in findings if "rates apart" in f.message]
    if words is None:
        assert apart == []
    else:
        (finding,) = apart
        assert all(w in finding.message for w in words), finding.message
        assert finding.evidence[0].path == "v2.txt"


def test_copies_of_one_text_are_cited_alike_in_any_order():
    """Two copies of one version say the same: which is cited follows their names, never
    the order the files came in."""
    texts = [
        ("A grant of 15 million yuan (about $2.4 million) was paid.", "a.txt"),
        ("A grant of 15 million yuan (about $2.4 million) was paid.", "b.txt"),
        ("The 15 million yuan grant ($2.06 million) was paid.", "c.txt"),
    ]
    docs = [dated(text, AUG24, path=path) for text, path in texts]
    cited = []
    for order in (docs, docs[::-1], docs[1:] + docs[:1]):
        (finding,) = [f for f in run(order)[0] if "rates apart" in f.message]
        cited.append(sorted(e.path for e in finding.evidence))
    assert cited[0] == cited[1] == cited[2]


def test_conversions_of_one_fact_a_power_of_ten_apart_are_unit_scale_s():
    """ "$2.06 million" and "$20.6 million" for one grant: a decimal mark slipped, which
    unit-scale reports; fx-mismatch reports the wrong conversion against the day's rate,
    not again as two rates apart."""
    from helpers import check

    docs = [dated("A grant of 15 million yuan ($2.06 million) was paid.", AUG24, path="v1.txt"),
            dated("The 15 million yuan grant ($20.6 million) was paid.", AUG24, path="v2.txt")]
    findings = check(docs).findings
    assert sorted(f.rule for f in findings) == ["fx-mismatch", "unit-scale"]
    assert not any("rates apart" in f.message for f in findings)
