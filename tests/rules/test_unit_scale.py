"""unit-scale: (version A phrase, version B phrase) -> reported or not."""

import datetime as dt

import pytest
from helpers import run_rule

CASES = [
    ("1.2 billion euros", "1.2 million euros", True),
    ("1.2 billion euros", "1.2 billion euros", False),
    ("5,000 researchers", "5 researchers", True),
    ("3 million yuan", "3 million yen", True),
    ("3 million yuan", "60 million yen", False),
    ("48 turbines", "50 turbines", False),
    ("2 million euros", "2.5 million euros", False),
    ("5 billion researchers", "5 researchers", False),
    ("1 researchers", "1 billion researchers", False),
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_unit_scale(a, b, reported):
    findings = run_rule("unit-scale", a, b)
    assert bool(findings) is reported
    assert all(f.severity == "error" for f in findings)


def test_conversion_is_not_compared_with_its_source():
    from helpers import check, document, figures_of

    from figcheck.rules import RULE_MODULES

    text = "Bonuses of 3 million yuan ({}) were paid."
    docs = []
    for i, conversion in enumerate(["$420,000", "3 million dollars"], start=1):
        source = text.format(conversion)
        figs = figures_of(source)
        figs[1] = figs[1].with_changes(conversion_of=0)
        docs.append(document(f"v{i}.txt", source, figs))
    disabled = frozenset(RULE_MODULES) - {"unit-scale"}
    findings = check(docs, disabled=disabled).findings
    # Only the two conversions are compared: $420,000 against $3 million is no factor 1000.
    assert findings == ()


#: Units the test reader does not know: read by the real extractors.
UNIT_CASES = [
    ("a 12 km tunnel", "a 12 mile tunnel", "kilometer against mile"),
    ("a 12 km tunnel", "a 12 km tunnel", None),
    ("a 12 km tunnel", "a 7.5 mile tunnel", None),
    ("5 tons of steel", "5 tonnes of steel", None),
    ("30 feet deep", "30 metres deep", "foot against meter"),
    ("up 5 percentage points", "up 5%", "percent against percentage points"),
    ("up 5 percentage points", "up 5 percentage points", None),
    ("up 5%", "up 6%", None),
    # the same amount per another unit of time
    ("2.2 million barrels per day", "2.2 million barrels a year", "per day against per year"),
    ("2.2 million barrels per day", "2.2 million bpd", None),
    ("2.2 million barrels per day", "2.2 million barrels", None),  # what it is per unsaid
]


@pytest.mark.parametrize("a, b, reason", UNIT_CASES)
def test_other_unit(a, b, reason):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    sentence = "Officials in the northern district said on Thursday that {} was planned."
    docs = [Document(f"v{i}.txt", sentence.format(p)) for i, p in enumerate((a, b), start=1)]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"unit-scale"}).findings
    assert [reason in f.message for f in findings] == ([True] if reason else [])


#: A rewrite that keeps a measure's number and drops its unit for the unit of the stated
#: conversion beside it: its sentence is reworded, so the pair scores below the
#: threshold, and only the unit sets the two apart. Read by the real extractors.
REWORDED_UNIT_CASES = [
    (
        "The wildfire has burned more than 80,000 acres (32,400 hectares) of the national"
        " forest since Friday.",
        "The wildfire has now burned over 80,000 hectares, officials said.",
        "acre against hectare",
    ),
    (
        "The wildfire has burned more than 80,000 acres (32,400 hectares) of the national"
        " forest since Friday.",
        "The wildfire has now burned over 32,400 hectares, officials said.",
        None,
    ),
    (
        "The tsunami sent waves as high as 30 feet (9 meters) into the harbour on Sunday.",
        "Waves of up to 30 metres struck the harbour, officials said.",
        "foot against meter",
    ),
    (
        "The tsunami sent waves as high as 30 feet (9 meters) into the harbour on Sunday.",
        "Waves of up to 9 metres struck the harbour, officials said.",
        None,
    ),
]


@pytest.mark.parametrize("a, b, reason", REWORDED_UNIT_CASES)
def test_a_reworded_sentence_that_swapped_the_unit(a, b, reason):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    docs = [Document("wire.txt", a), Document("rewrite.txt", b)]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"unit-scale"}).findings
    assert [reason in f.message for f in findings] == ([True] if reason else [])


#: A bare "$" may be any dollar: against another dollar it proves no slip; against a
#: currency that is no dollar it does. Read by the real extractors.
DOLLAR_CASES = [
    ("a budget of A$7 billion", "a budget of $7 billion", None),
    ("a budget of 7 billion Australian dollars", "a budget of 7 billion dollars", None),
    ("six to 7 billion Australian dollars", "six to seven billion dollars", None),
    ("a budget of C$7 billion", "a budget of $7 billion", None),
    ("7 billion Australian dollars", "7 billion U.S. dollars", "AUD against USD"),
    ("a budget of A$7 billion", "a budget of US$7 billion", "AUD against USD"),
    ("a budget of 17.36 trillion won", "a budget of $17.36 trillion", "KRW against USD"),
    ("a budget of €7 billion", "a budget of $7 billion", "EUR against USD"),
    ("a budget of 7 billion euros", "a budget of 7 billion dollars", "EUR against USD"),
    # ... but its scale slips against the other dollar's amount as against its own.
    ("a budget of A$6 billion", "a budget of $6 million", "a factor of a thousand"),
    ("a budget of 800 million Australian dollars", "a budget of 800 billion dollars",
     "a factor of a thousand"),
]  # fmt: skip


@pytest.mark.parametrize("a, b, reason", DOLLAR_CASES)
def test_bare_dollar(a, b, reason):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    sentence = "Officials in the northern district said on Thursday that {} was planned."
    docs = [Document(f"v{i}.txt", sentence.format(p)) for i, p in enumerate((a, b), start=1)]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"unit-scale"}).findings
    assert [reason in f.message for f in findings] == ([True] if reason else [])


D = dt.date(2023, 7, 18)  # a pound bought 1.16 euros, an Australian dollar 0.68 US dollars

#: Versions worded apart (so alignment leaves them unpaired) -> the relabelled amount
#: found by value, or None. Each version: (text, publication date).
RELABELLED = [
    (
        [
            "The budget was 3.4 billion Australian dollars ($2.3 billion), the state said.",
            "Officials had set aside A$3.4 billion for the event.",
            "The organisers counted on 3.4 billion U.S. dollars in all.",
        ],
        [
            "USD against AUD",
            '"3.4 billion U.S. dollars" in v3.txt',
            'gives it as "$2.3 billion"',
            "3.4 billion AUD was 2.32 billion USD on 2023-07-18",
        ],
    ),
    (
        [
            "Profit had been 17.36 trillion won a year earlier.",
            "A year ago the firm earned 17.36 trillion won.",
            "That compares with about $17.36 trillion in the prior period.",
        ],
        ["a bare dollar sign against KRW", '"about $17.36 trillion" in v3.txt'],
    ),
    (
        [
            "The club paid £35m for him in 2019.",
            "He had joined for £35m three years ago.",
            "A German side spent 35 million euros on the teenager in the summer of 2019.",
        ],
        ["EUR against GBP", "35 million GBP was 40.8 million EUR on 2023-07-18"],
    ),
    # A bare "$" may be the Australian dollar the others name.
    (
        [
            "The budget was A$3.4 billion, the state said.",
            "Officials had set aside 3.4 billion Australian dollars.",
            "The organisers counted on $3.4 billion in all.",
        ],
        None,
    ),
    # In August 2022 a dollar bought a euro: the same figure in each is no proof of a slip.
    (
        [
            "The club paid $35m for him.",
            "He had joined for $35m.",
            "His first move cost 35 million euros.",
        ],
        None,
        dt.date(2022, 8, 24),
    ),
    # A year later it bought 0.92 euros, more than the 5% margin apart.
    (
        [
            "The club paid $35m for him.",
            "He had joined for $35m.",
            "His first move cost 35 million euros.",
        ],
        ["EUR against a bare dollar sign"],
    ),
    # Stated conversions count too.
    (
        [
            "A 45 billion yen project (about $290 million) was approved.",
            "The plant costs 45 billion yen, or $290 million.",
            "The 45 billion yen (€290 million) project was approved.",
        ],
        ["EUR against USD"],
    ),
    # A round figure recurs too often to say two versions mean one amount by it.
    (
        [
            "Profit had been 7 trillion won.",
            "A year ago the firm earned 7 trillion won.",
            "That compares with $7 trillion in the prior period.",
        ],
        None,
    ),
    # One version against one: no majority says which is the odd one.
    (["The club paid £35m for him in 2019.", "His first move cost 35 million euros."], None),
    # A version that gives both currencies converts; it is no relabelling.
    (
        [
            "The club paid £35m for him.",
            "He had joined for £35m.",
            "His first move cost £35m, or 35 million euros at the time.",
        ],
        None,
    ),
]


@pytest.mark.parametrize("texts, words, day", [(*row, D)[:3] for row in RELABELLED])
def test_relabelled_amount(texts, words, day):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    docs = [Document(f"v{i}.txt", t, published=day) for i, t in enumerate(texts, start=1)]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"unit-scale"}).findings
    if words is None:
        assert findings == ()
    else:
        (finding,) = findings
        assert all(w in finding.message for w in words), finding.message
        assert "v3.txt" in {e.path for e in finding.evidence}
        if finding.message.startswith("same amount in another currency"):
            assert finding.evidence[0].path == "v3.txt"  # found by value: the odd one first


#: One version alone -> the words of a finding about one amount in two currencies, or None.
WITHIN = [
    (
        "Britain lends 200 million pounds ($251 million) to the operator. The $200 million "
        "loan runs for ten years.",
        [
            "two currencies within one version (a bare dollar sign and GBP)",
            '"$200 million" in v1.txt',
        ],
    ),
    (
        "UK backs 3.2 billion euro tunnel\n\nThe government approved a 3.2 billion pound tunnel.",
        ["(GBP and EUR)"],
    ),
    # A conversion, however wrong, is fx-mismatch's to judge.
    ("The club paid £35m, or 35 million euros, for him.", None),
    # ... and one that equals another fact's amount in another currency is that conversion
    (
        "Revenue climbed to €4.82 billion (about $5.2 billion) in 2024. The firm expects"
        " revenue of €5.0 billion to €5.2 billion this year.",
        None,
    ),
    # A bare "$" may be the Australian dollar the article names.
    ("The A$3.4 billion budget was cut. The $3.4 billion had been set aside in 2022.", None),
    # Round amounts recur: a 5 million pound grant and a 5 million euro loan are two things.
    ("A 5 million pound grant and a 5 million euro loan were agreed.", None),
    # A range whose ends name two currencies.
    (
        "Bonuses of 3 million yen to 5 million yuan were offered.",
        ['(JPY and CNY): "3 million yen'],
    ),
    ("Bonuses of 3 million yuan to 5 million yuan were offered.", None),
    ("Bonuses of 3 million yen and 5 million yuan were offered.", None),
    ("Costs of A$5 million to $7 million were expected.", None),
]


@pytest.mark.parametrize("text, words", WITHIN)
def test_one_amount_in_two_currencies(text, words):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    docs = [Document("v1.txt", text, published=D)]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"unit-scale"}).findings
    if words is None:
        assert findings == ()
    else:
        (finding,) = findings
        assert all(w in finding.message for w in words), finding.message


#: Versions worded apart -> a scale slip found by value (the odd version is v3), or None.
SCALE_BY_VALUE = [
    (
        [
            "The northern rail programme will cost 1.94 billion euros.",
            "Officials put the total at 1.94 billion euros.",
            "A plan worth 1.94 million euros was approved.",
        ],
        ['a factor of a thousand): "1.94 million euros" in v3.txt'],
    ),
    # A headline that slipped while its body did not.
    (
        [
            "The government approved a 3.2 billion pound tunnel.",
            "Ministers backed the 3.2 billion pound crossing.",
            "UK backs 3.2 million pound tunnel\n\nThe 3.2 billion pound tunnel was approved.",
        ],
        ['"3.2 million pound" in v3.txt'],
    ),
    # Loose wording rounds: "about 1.9 million" is a thousandth of "1.94 billion".
    (
        [
            "The northern rail programme will cost 1.94 billion euros.",
            "Officials put the total at 1.94 billion euros.",
            "A plan worth about 1.9 million euros was approved.",
        ],
        ['"about 1.9 million euros" in v3.txt'],
    ),
    # A decimal point slipped: a tenth of the amount.
    (
        [
            "The second company was fined 1.46 billion roubles ($16.3 million).",
            "Its penalty came to $16.3 million, a court said.",
            "A court ordered it to pay about $1.6 million.",
        ],
        ['a factor of ten): "about $1.6 million" in v3.txt'],
    ),
    # Counts with a scale word too, whatever they count.
    (
        [
            "The ferry carried 1.2 million passengers last year.",
            "Some 1.2 million people used the line.",
            "Its boats took 1.2 billion travellers across.",
        ],
        ['a factor of a thousand): "1.2 billion travellers" in v3.txt'],
    ),
    # A count without a scale word is not looked up by value.
    (
        [
            "The plant employs 1,250 workers.",
            "Some 1,250 people work there.",
            "The group has 1.25 million staff worldwide.",
        ],
        None,
    ),
    # Aligned versions too: the aligned comparison does not judge a factor of ten.
    (
        [
            "The court ordered the company to pay a fine of $16.3 million on Friday.",
            "The court ordered the company to pay a fine of $16.3 million on Friday.",
            "The court ordered the company to pay a fine of $1.6 million on Friday.",
        ],
        ['a factor of ten): "$1.6 million" in v3.txt'],
    ),
    # One version against one needs three significant digits.
    (
        ["The northern rail programme will cost 3.4 billion euros.",
         "A plan worth 3.4 million euros was approved."],
        None,
    ),
    # The usual versions state both amounts: two facts.
    (
        [
            "The plan costs 3.4 billion euros; its study cost 3.4 million euros.",
            "A 3.4 billion euro plan follows a study of 3.4 million euros.",
            "A study worth 3.4 million euros was approved.",
        ],
        None,
    ),
]  # fmt: skip


@pytest.mark.parametrize("texts, words", SCALE_BY_VALUE)
def test_scale_slip_by_value(texts, words):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    docs = [Document(f"v{i}.txt", t, published=D) for i, t in enumerate(texts, start=1)]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"unit-scale"}).findings
    if words is None:
        assert findings == ()
    else:
        (finding,) = findings
        assert all(w in finding.message for w in words), finding.message
        assert finding.evidence[0].path == "v3.txt"


def test_a_version_that_relabels_several_amounts_is_told_once():
    # The budget is found by value; the round estimate only alignment pairs (its
    # sentences match) joins it: one slip, one finding, at the odd version.
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    texts = [
        "The budget was 3.4 billion Australian dollars, the state said. The Games could"
        " cost as much as 5 billion Australian dollars, the premier said on Tuesday.",
        "Officials had set aside A$3.4 billion for the event. The Games could cost as much"
        " as A$5 billion, the premier said on Tuesday.",
        "The organisers counted on 3.4 billion U.S. dollars in all. The Games could cost"
        " as much as 5 billion U.S. dollars, the premier said on Tuesday.",
    ]
    docs = [Document(f"v{i}.txt", t, published=D) for i, t in enumerate(texts, start=1)]
    (finding,) = check(docs, disabled=frozenset(RULE_MODULES) - {"unit-scale"}).findings
    assert finding.message.startswith("same amount in another currency (USD against AUD)")
    odd = [e.text for e in finding.evidence if e.path == "v3.txt"]
    assert odd == ["3.4 billion U.S. dollars", "as much as 5 billion U.S. dollars"]
    assert finding.evidence[0].path == "v3.txt"


# Basis points are hundredths of a point: "25 basis points" is "a quarter of a percentage
# point", and "0.25 percent" is another unit for the same number.
POINTS = [
    ("by 25 basis points", "by a quarter of a percentage point", None),
    ("by 25 basis points", "by 0.25 percentage point", None),
    ("by 25 basis points", "by 0.25 percent", "unit-scale"),
    ("by 25 basis points", "by half a percentage point", "number-mismatch"),
    ("by 225 basis points", "by 2.25 percent", "unit-scale"),
    # the same number told in basis points and in percent
    ("by 25 basis points to 3.75%", "by 25% to 3.75%", "unit-scale"),
]


@pytest.mark.parametrize("a, b, rule", POINTS)
def test_basis_points_compare_as_points(a, b, rule):
    from helpers import check

    from figcheck.document import Document

    template = "The central bank of Norland raised its main rate {} on Thursday, its fifth rise."
    docs = [
        Document(name, template.format(phrase), published=dt.date(2025, 3, 14))
        for name, phrase in (("a.txt", a), ("b.txt", b))
    ]
    assert [f.rule for f in check(docs).findings] == ([rule] if rule else [])


def test_a_decimal_mark_moved_is_told_once_by_unit_scale():
    """ "€45m" where three versions say 4.5 million euros: the amount a power of ten apart
    is unit-scale's finding, not number-mismatch's too."""
    from helpers import check

    from figcheck.document import Document

    template = "Nordhafen signed the striker from a Lisbon academy in 2021 for {}, the club said."
    amounts = ("4.5 million euros", "4.5 million euros", "4.5 million euros", "45 million euros")
    docs = [
        Document(f"v{i}.txt", template.format(a), published=dt.date(2025, 6, 14))
        for i, a in enumerate(amounts, start=1)
    ]
    assert [f.rule for f in check(docs).findings] == ["unit-scale"]


#: Two versions of one day tell a quay's expansion; a third tells a strike's cost.
QUAY_AND_STRIKE = [
    "The operator agreed a 250 million euro expansion of its eastern quay in March.",
    "In March the operator approved a EUR250m expansion of the eastern quay.",
    "The two-day strike cost the operator about 24 million euros, it said on Friday.",
]


@pytest.mark.parametrize(
    "days_later, reported",
    [
        (0, True),  # the same day: a decimal mark moved
        (4, False),  # a follow-up days later: a new amount, not the old at another scale
    ],
)
def test_an_amount_a_follow_up_tells_days_later_is_no_scale_slip(days_later, reported):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    days = (D, D, D + dt.timedelta(days=days_later))
    docs = [
        Document(f"v{i}.txt", t, published=day)
        for i, (t, day) in enumerate(zip(QUAY_AND_STRIKE, days, strict=True), start=1)
    ]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"unit-scale"}).findings
    assert bool(findings) is reported
