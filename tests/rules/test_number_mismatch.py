"""number-mismatch: (version A phrase, version B phrase) -> reported or not."""

from datetime import date

import pytest
from helpers import run_rule

CASES = [
    ("48 turbines", "50 turbines", True),
    ("48 turbines", "48 turbines", False),
    ("about 200 applicants", "more than 200 applicants", False),
    ("about 200 applicants", "around 210 applicants", False),
    ("more than 200 applicants", "150 applicants", True),
    ("up to 15 million yuan", "15 million yuan", False),
    ("1.2 billion euros", "1.23 billion euros", False),
    ("1.2 billion euros", "1.5 billion euros", True),
    ("12% of homes", "12.4% of homes", False),
    ("12% of homes", "14% of homes", True),
    # A slip of scale is unit-scale's finding, not this rule's.
    ("1.2 billion euros", "1.2 million euros", False),
    # Different currencies are for fx rules.
    ("3 million yuan", "4 million yen", False),
    ("thousands", "200 applicants", False),
    # pence count: a writer rounding 4.50 writes "5", not "5.40"
    ("4.50 pounds", "5.40 pounds", True),
    ("4.50 pounds", "5 pounds", False),
    ("4.50 pounds", "4.5 pounds", False),
    # Qualified and rounded figures are the intervals they state.
    ("more than 6 billion won", "6.13 billion won", False),
    ("nearly 2 billion euros", "1.94 billion euros", False),
    ("about 1.9 billion euros", "1.94 billion euros", False),
    ("nearly 2 billion euros", "2.1 billion euros", True),
    ("more than 95% of trains", "96% of trains", False),
    ("more than 95% of trains", "94% of trains", True),
    ("at least 64 stores", "64 stores", False),
    ("at least 64 stores", "60 stores", True),
    ("up to 40 stores", "45 stores", True),
    ("100 million euros", "98 million euros", False),
    # A plain figure may be cut off at its last digit rather than rounded.
    ("62% of homes", "62.51% of homes", False),
    # ... against a percentage written as coarsely too (85.7% cut off, and rounded) ...
    ("85% of homes", "86% of homes", False),
    ("86% of homes", "85% of homes", False),
    ("85% of homes", "87% of homes", True),
    # ... at the last digit written, its zeros counted: "20%" may be 20.4% cut off, not 28%.
    ("20% off all fares", "20.4% off all fares", False),
    ("20% off all fares", "30% off all fares", True),
    ("20% off all fares", "25% off all fares", True),
    ("120% of the target", "130% of the target", True),
    ("20 million euros", "20.6 million euros", False),
    ("20 million euros", "28 million euros", True),
    # ... but a count is not cut off.
    ("a high of 24 years", "a high of 25 years", True),
    # A count without a scale word is exact, round or not.
    ("6,130 workers", "6,310 workers", True),
    ("209 people", "212 people", True),
    # The same number under another qualifier is qualifier-drift's finding.
    ("as high as 2.3 billion euros", "more than 2.3 billion euros", False),
    # Two bounds of one kind are each said in their order of magnitude, however small.
    ("at least 1 death", "at least 14 deaths", True),
    ("more than 2 years of delays", "more than 20 years of delays", True),
    ("up to 3 ships", "up to 30 ships", True),
    ("more than 3 years of delays", "more than 20 years of delays", False),
    # Two bounds of one magnitude both hold, unless one is the other's digits reordered
    ("more than 1,500 deaths", "more than 1,600 deaths", False),
    ("at least 1,602 deaths", "at least 1,062 deaths", True),
    ("up to 4,150 jobs", "up to 4,510 jobs", True),
    ("at least 12 deaths", "at least 21 deaths", False),  # two digits, no dates: see below
    # ... but a small bound against a plain figure or another bound only says "some".
    ("at least 1 death", "14 deaths", False),
    ("less than 2 years of delays", "less than 20 years of delays", False),
]


#: One age worded as a bare number in apposition and as a span of years.
AGE_CASES = [
    ("Ashbury midfielder Reuben Kaye, 21, led the league with 15 assists this season.",
     "Ashbury's 23-year-old midfielder Reuben Kaye led the league with 15 assists this season.",
     True),
    ("Ashbury midfielder Reuben Kaye, 21, led the league with 15 assists this season.",
     "Ashbury's 21-year-old midfielder Reuben Kaye led the league with 15 assists this season.",
     False),
    ("Ashbury midfielder Reuben Kaye, 21, led the league with 15 assists this season.",
     "Ashbury midfielder Reuben Kaye, 23 years old, led the league with 15 assists this season.",
     True),
]  # fmt: skip


@pytest.mark.parametrize("a, b, reported", AGE_CASES)
def test_one_age_in_years_and_as_a_bare_number_is_compared(a, b, reported):
    """Read by the real extractors: the test reader knows no "23-year-old"."""
    from helpers import document

    from figcheck.pipeline import check_versions, figures_in
    from figcheck.rules import RULE_MODULES
    from figcheck.run import Settings

    versions = [document(f"v{i}.txt", t, figures_in(t, None, "en")) for i, t in enumerate((a, b))]
    settings = Settings(disabled=frozenset(RULE_MODULES) - {"number-mismatch"})
    assert bool(check_versions(versions, None, settings).findings) is reported


@pytest.mark.parametrize("a, b, reported", CASES)
def test_number_mismatch(a, b, reported):
    findings = run_rule("number-mismatch", a, b)
    assert bool(findings) is reported
    for finding in findings:
        assert finding.severity == "error"
        assert [e.path for e in finding.evidence] == ["v1.txt", "v2.txt"]


#: Two bounds with two digits swapped: a slip between versions of one day, two estimates
#: (a toll that grew overnight) between versions of two days or of unknown days.
SWAPPED_DAYS = [
    ("at least 48 people", "at least 84 people", date(2031, 3, 3), date(2031, 3, 3), True),
    ("at least 48 people", "at least 84 people", date(2031, 3, 3), date(2031, 3, 4), False),
    ("at least 48 people", "at least 84 people", date(2031, 3, 3), None, False),
    ("up to 35 ships", "up to 53 ships", date(2031, 3, 3), date(2031, 3, 3), True),
    ("at least 48 people", "at least 49 people", date(2031, 3, 3), date(2031, 3, 3), False),
    # three digits swapped are a slip on any day
    ("at least 1,602 people", "at least 1,062 people", date(2031, 3, 3), date(2031, 3, 5), True),
]


@pytest.mark.parametrize("a, b, day_a, day_b, reported", SWAPPED_DAYS)
def test_two_swapped_digits_of_a_bound_are_a_slip_only_on_one_day(a, b, day_a, day_b, reported):
    from helpers import TEMPLATE, check, document

    from figcheck.rules import RULE_MODULES

    versions = [
        document("v1.txt", TEMPLATE.format(a), published=day_a),
        document("v2.txt", TEMPLATE.format(b), published=day_b),
    ]
    findings = check(versions, disabled=frozenset(RULE_MODULES) - {"number-mismatch"}).findings
    assert bool(findings) is reported
    if reported:
        assert "same digits in another order" in findings[0].message


@pytest.mark.parametrize(
    "a, b, why",
    [
        ("nearly 2 billion euros", "2.1 billion euros", "under 2 billion"),
        ("more than 95% of trains", "94% of trains", "above 95"),
        ("48 turbines", "50 turbines", '"48 turbines" covers 48 and "50 turbines" 50'),
    ],
)
def test_the_message_says_what_each_figure_covers(a, b, why):
    (finding,) = run_rule("number-mismatch", a, b)
    assert why in finding.message
    assert "do not overlap" in finding.message


def test_reported_once_for_three_versions():
    findings = run_rule("number-mismatch", "48 turbines", "50 turbines", "48 turbines")
    assert len(findings) == 1
    assert len(findings[0].evidence) == 3
    assert '"48 turbines" in v1.txt, v3.txt; "50 turbines" in v2.txt' in findings[0].message


def test_reference_compares_with_reference_only():
    findings = run_rule("number-mismatch", "48 turbines", "48 turbines", "50 turbines", reference=0)
    (finding,) = findings
    # Located at the compared file, with the reference as related evidence.
    assert [e.path for e in finding.evidence] == ["v3.txt", "v1.txt"]


@pytest.mark.parametrize(
    "phrases, order",
    [
        # The odd version out leads, the others follow in document order.
        (("48 turbines", "50 turbines", "48 turbines"), ["v2.txt", "v1.txt", "v3.txt"]),
        (("50 turbines", "48 turbines", "48 turbines"), ["v1.txt", "v2.txt", "v3.txt"]),
        (("48 turbines", "48 turbines", "50 turbines"), ["v3.txt", "v1.txt", "v2.txt"]),
        # A tie: nobody is the odd one out, document order stands.
        (("48 turbines", "50 turbines"), ["v1.txt", "v2.txt"]),
        (
            ("48 turbines", "50 turbines", "50 turbines", "48 turbines"),
            ["v1.txt", "v2.txt", "v3.txt", "v4.txt"],
        ),
    ],
)
def test_the_finding_stands_at_the_odd_version_out(phrases, order):
    (finding,) = run_rule("number-mismatch", *phrases)
    assert [e.path for e in finding.evidence] == order


QUAKE = "The quake struck at a depth of {}, the survey said, and killed 126 people."


@pytest.mark.parametrize(
    "depths, odd",
    [
        # "10 miles" against the conversion "(6 miles)": a tie of one version each, but the
        # other versions tell the 10 km it converts
        (("10 km (6 miles)", "10 km", "10 miles"), "c.txt"),
        (("10 miles", "10 km (6 miles)", "10 km"), "a.txt"),
    ],
)
def test_a_conversion_is_backed_by_the_versions_that_tell_what_it_converts(depths, odd):
    from helpers import check

    from figcheck.document import Document

    docs = [Document(f"{n}.txt", QUAKE.format(depth)) for n, depth in zip("abc", depths)]
    (finding,) = [f for f in check(docs).findings if f.rule == "number-mismatch"]
    assert finding.evidence[0].path == odd


def test_conversions_are_left_to_fx_mismatch():
    from helpers import check, document, figures_of

    from figcheck.rules import RULE_MODULES

    docs = []
    for i, conversion in enumerate(["$554 million", "$740 million"], start=1):
        text = f"The tunnel costs 450 million pounds ({conversion}), officials said."
        figs = figures_of(text)
        figs[1] = figs[1].with_changes(conversion_of=0)
        docs.append(document(f"v{i}.txt", text, figs))
    disabled = frozenset(RULE_MODULES) - {"number-mismatch"}
    assert check(docs, disabled=disabled).findings == ()


def test_the_odd_version_out_is_the_one_every_other_contradicts():
    # Every version words the fall differently, but only one contradicts the others.
    phrases = ("42% of trains", "about 42% of trains", "41.8% of trains", "4.2% of trains")
    (finding,) = run_rule("number-mismatch", *phrases)
    assert [e.path for e in finding.evidence] == ["v4.txt", "v1.txt", "v2.txt", "v3.txt"]


@pytest.mark.parametrize(
    "restating, shown",
    [
        # A version that states the fact again shows both places.
        ("Profit fell 42% in the quarter, the firm said on Friday. It was the worst fall"
         " on record, a drop of 41.8%, and shares slid.", ["42%", "41.8%"]),
        # Another figure of its own is no restatement.
        ("Profit fell 42% in the quarter, the firm said on Friday. It was the worst fall"
         " on record, and shares slid 4.7%.", ["42%"]),
    ],
)  # fmt: skip
def test_the_evidence_shows_where_agreeing_versions_state_the_fact_again(restating, shown):
    from helpers import check, documents

    from figcheck.rules import RULE_MODULES

    versions = documents(
        restating,
        "Profit fell 42% in the quarter, the firm said on Friday.",
        "Profit fell 4.2% in the quarter, the firm said on Friday.",
    )
    disabled = frozenset(RULE_MODULES) - {"number-mismatch"}
    (finding,) = check(versions, disabled=disabled).findings
    texts = [(e.path, e.text) for e in finding.evidence]
    assert texts[0] == ("v3.txt", "4.2%")
    assert [text for path, text in texts if path == "v1.txt"] == shown


def test_a_count_of_the_same_value_elsewhere_is_no_restatement():
    # Small counts recur across facts (a team-mate's goals), shares and amounts do not.
    from helpers import check, documents

    from figcheck.rules import RULE_MODULES

    versions = documents(
        "He scored 31 goals in the cup, the club said on Friday. His team-mate Rivas has"
        " 31 goals in the league.",
        "He scored 31 goals in the cup, the club said on Friday.",
        "He scored 21 goals in the cup, the club said on Friday.",
    )
    disabled = frozenset(RULE_MODULES) - {"number-mismatch"}
    (finding,) = check(versions, disabled=disabled).findings
    assert [e.text for e in finding.evidence if e.path == "v1.txt"] == ["31 goals"]


#: A bare "$" or "dollars" against another dollar, on a day an Australian dollar bought
#: 0.68 US dollars: compared as that dollar, unless it may be that amount in US dollars.
#: Read by the real extractors. (version A, version B, reported)
BARE_DOLLAR_CASES = [
    ("a grant of A$700 million", "a grant of 70 million dollars", True),
    ("a grant of A$700 million", "a grant of 700 million dollars", False),
    ("a grant of 700 million Australian dollars", "a grant of $70 million", True),
    # 476 million US dollars is A$700 million on the day: a conversion, not a slip.
    ("a grant of A$700 million", "a grant of $476 million", False),
    ("a grant of A$700 million", "a grant of about 480 million dollars", False),
    # A dollar the copy names is no bare one: other currencies are fx's.
    ("a grant of A$700 million", "a grant of US$70 million", False),
    ("a grant of 700 million euros", "a grant of 70 million dollars", False),
]


@pytest.mark.parametrize("a, b, reported", BARE_DOLLAR_CASES)
def test_a_bare_dollar_is_compared_as_the_other_dollar(a, b, reported):
    import datetime as dt

    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    sentence = "Officials in the northern district said on Thursday that {} was planned."
    day = dt.date(2023, 7, 18)
    docs = [
        Document(f"v{i}.txt", sentence.format(p), published=day)
        for i, p in enumerate((a, b), start=1)
    ]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"number-mismatch"}).findings
    assert bool(findings) is reported, findings


#: A share of a whole ("one in five", "a third of") against a percentage: compared as the
#: percentage it states, as rounded as a fraction is. Read by the real extractors.
#: (version A, version B, reported)
SHARE_CASES = [
    ("One in five members of the Tolvern choir sang at the gala.",
     "About 35% of members of the Tolvern choir sang at the gala.", True),
    ("One in five members of the Tolvern choir sang at the gala.",
     "Some 19% of members of the Tolvern choir sang at the gala.", False),
    ("A third of the members of the Tolvern choir sang at the gala.",
     "33% of the members of the Tolvern choir sang at the gala.", False),
    ("A third of the members of the Tolvern choir sang at the gala.",
     "45% of the members of the Tolvern choir sang at the gala.", True),
    ("Half of the members of the Tolvern choir sang at the gala.",
     "50% of the members of the Tolvern choir sang at the gala.", False),
    ("Nearly half of the members of the Tolvern choir sang at the gala.",
     "48% of the members of the Tolvern choir sang at the gala.", False),
    ("Nearly half of the members of the Tolvern choir sang at the gala.",
     "55% of the members of the Tolvern choir sang at the gala.", True),
    ("More than half of the members of the Tolvern choir sang at the gala.",
     "40% of the members of the Tolvern choir sang at the gala.", True),
    ("One in four members of the Tolvern choir sang at the gala.",
     "25% of members of the Tolvern choir sang at the gala.", False),
    ("Two-thirds of the members of the Tolvern choir sang at the gala.",
     "67% of the members of the Tolvern choir sang at the gala.", False),
    ("Two-thirds of the members of the Tolvern choir sang at the gala.",
     "66% of the members of the Tolvern choir sang at the gala.", False),
    # A multiplier is no share: "tripled" against "up 150%" is another question.
    ("Ticket sales at the Tolvern hall tripled last season, the manager said.",
     "Ticket sales at the Tolvern hall rose 150% last season, the manager said.", False),
    # Percentage points are a change, never a share.
    ("Attendance rose 4 percentage points to one in five pupils, the school said.",
     "Attendance rose 4 percentage points to 20% of pupils, the school said.", False),
    ("Un membre sur cinq de la chorale de Tolvern a chanté au gala.",
     "Environ 35 % des membres de la chorale de Tolvern ont chanté au gala.", True),
    ("Un tiers des membres de la chorale de Tolvern a chanté au gala.",
     "33 % des membres de la chorale de Tolvern ont chanté au gala.", False),
    ("La moitié des membres de la chorale de Tolvern a chanté au gala.",
     "70 % des membres de la chorale de Tolvern ont chanté au gala.", True),
    ("Dos tercios de los miembros del coro de Tolvern cantaron en la gala.",
     "El 67 % de los miembros del coro de Tolvern cantaron en la gala.", False),
    ("Dos tercios de los miembros del coro de Tolvern cantaron en la gala.",
     "El 40 % de los miembros del coro de Tolvern cantaron en la gala.", True),
    ("Casi la mitad de los miembros del coro de Tolvern cantó en la gala.",
     "El 48 % de los miembros del coro de Tolvern cantó en la gala.", False),
]  # fmt: skip


@pytest.mark.parametrize("a, b, reported", SHARE_CASES)
def test_a_share_is_compared_as_the_percentage_it_states(a, b, reported):
    from helpers import check

    from figcheck.document import Document

    docs = [Document(f"v{i}.txt", text) for i, text in enumerate((a, b), start=1)]
    findings = check(docs).findings
    assert [f.rule for f in findings] == (["number-mismatch"] if reported else []), findings


def test_a_term_told_in_other_words_beside_an_age_is_compared():
    """The contract's years stand alone between aligned neighbours once the player's age,
    which neither sentence words alike, is no rival for them."""
    from helpers import check

    from figcheck.document import Document

    a = (
        "The club paid 88 million euros for the midfielder on Wednesday. "
        "The 21-year-old signed a six-year contract. He scored 14 goals last season."
    )
    b = (
        "The club paid 88 million euros for the midfielder on Wednesday. "
        "Reyes, 21, has agreed a five-year deal. He scored 14 goals last season."
    )
    report = check([Document("a.txt", a), Document("b.txt", b)])
    findings = [f for f in report.findings if f.rule == "number-mismatch"]
    assert [[e.text for e in f.evidence] for f in findings] == [["six-year", "five-year"]]


@pytest.mark.parametrize(
    "a, b, reported",
    [
        # an age is cut off at its year: "19-year-old" never rounds "20-year-old"
        ("The 19-year-old plane carried 68 people.", "The 20-year-old plane carried 68 people.",
         True),
        ("The plane, aged 19 years, carried 68 people.",
         "The plane, aged 20 years, carried 68 people.", True),
        # a span may be cut off: "19 years" and "20 years" may both tell 19.6 years
        ("The plane flew for 19 years before it carried 68 people.",
         "The plane flew for 20 years before it carried 68 people.", False),
    ],
)  # fmt: skip
def test_ages_in_years_are_compared_as_cut_off(a, b, reported):
    from helpers import check

    from figcheck.document import Document

    report = check([Document("a.txt", a), Document("b.txt", b)])
    assert any(f.rule == "number-mismatch" for f in report.findings) is reported


#: A minus sign against a word of change is a direction (direction-drift's); against a
#: number with none, a sign lost. Read by the real extractors.
SIGNS = [
    ("Foreign orders fell 1.5% in March.", "Foreign orders: -1.5% in March.", False),
    ("Foreign orders rose 1.5% in March.", "Foreign orders: -1.5% in March.", False),
    ("Foreign orders changed by 1.5% in March.", "Foreign orders changed by -1.5% in March.",
     True),
]  # fmt: skip


@pytest.mark.parametrize("a, b, reported", SIGNS)
def test_a_sign_against_a_word_of_change(a, b, reported):
    from helpers import check

    from figcheck.document import Document

    report = check([Document("a.txt", a), Document("b.txt", b)])
    assert any(f.rule == "number-mismatch" for f in report.findings) is reported


# One measure in two units is compared converted (pint's factors, as the quantity finder
# stores them), the second figure given a conversion's 5% margin.
IN_TWO_UNITS = [
    ("winds of 70 km/h", "winds of 43 miles per hour", None),
    ("winds of 70 km/h", "winds of 34 miles per hour",
     '"34 miles per hour" is about 54.7 km/h, beyond what "70 km/h" covers'),
    ("a fire front of 22 km", "a fire front of 14 miles", None),
    ("a fire front of 22 km", "a fire front of 12 miles", '"12 miles" is about 19.3 km'),
    ("about 8,600 hectares", "more than 21,000 acres", None),
    ("about 8,600 hectares", "about 12,000 acres", '"about 12,000 acres" is about 4,860'),
    # a scale word is not counted twice: the converted amount is shown whole
    ("imports of 8.58 million tonnes", "imports of 85.8 million tons",
     '"85.8 million tons" is about 77,800,000 tonnes, beyond'),
    ("imports of 8.58m tonnes", "imports of 85.8m tons", '"85.8m tons" is about 77,800,000 tonnes'),
    # the same number in another unit is unit-scale's; temperatures are offset scales
    ("a fire front of 12 km", "a fire front of 12 miles", None),
    ("a high of 43C", "a high of 106F", None),
]  # fmt: skip


@pytest.mark.parametrize("a, b, says", IN_TWO_UNITS)
def test_one_measure_in_two_units(a, b, says):
    from figcheck import extract
    from figcheck.rules.number_mismatch import differ

    (fa,) = [f for f in extract(a) if f.kind == "quantity"]
    (fb,) = [f for f in extract(b) if f.kind == "quantity"]
    reason = differ(fa, fb, a, b)
    assert (reason is None) if says is None else (says in reason), reason


_SOURCE = (
    "The council adopted a budget of $2.47 billion. Transit subsidies rise to $205 million"
    " from $190 million. The budget funds 14,260 full-time staff posts, 385 more than last"
    " year.\n"
)
_DRAFT = (
    "The council passed a $2.47 billion budget.\n\n- Transit: $205 million, up from {prose}\n"
    "- The city will employ 14,260 full-time staff.\n\n"
    "| Item | Before | After |\n|---|---|---|\n| Transit subsidies | {table} | $205 million |\n\n"
    "> Staff: {box}\n"
)

#: A draft that states a fact twice, once as its source does and once mistyped (a table
#: row, a box of key figures): (the draft's figures) -> the mistyped ones reported.
RESTATED = [
    ({"prose": "$190 million", "table": "$109 million", "box": "14,260"}, ["$109 million"]),
    ({"prose": "$190 million", "table": "$190 million", "box": "14,620"}, ["14,620"]),
    ({"prose": "$190 million", "table": "$190 million", "box": "14,260"}, []),
    # a value of another fact, or one the source states, is no slip
    ({"prose": "$190 million", "table": "$205 million", "box": "14,260"}, []),
    # no word in common with the fact: another figure
    ({"prose": "$190 million", "table": "$190 million", "box": "14,260\n\nSeats: 14,620"}, []),
]


@pytest.mark.parametrize("figures, reported", RESTATED)
def test_a_fact_told_again_mistyped_is_reported(figures, reported):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    docs = [Document("source.txt", _SOURCE), Document("draft.md", _DRAFT.format(**figures))]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"number-mismatch"}).findings
    assert [f.evidence[0].text for f in findings] == reported
    for finding in findings:
        assert "stated again with two digits swapped" in finding.message


_PROSE_SOURCE = (
    "Of these, 71.8% were admitted, transferred or discharged within four hours, against a"
    " target of 95%.\n"
)
_PROSE_DRAFT = "- Seen within four hours: 71.8% (target: 95%)\n\n{sentence}\n"

#: A draft's sentence restating a fact mistyped, its words in common with the fact's far
#: from the figure: (the sentence) -> the mistyped figures reported.
RESTATED_IN_PROSE = [
    (
        "The report shows 78.1% of the 48,312 people who came to emergency departments"
        " between July and September were admitted, transferred or discharged within four"
        " hours.",
        ["78.1%"],
    ),
    # the words in common are another sentence's
    (
        "The report shows 78.1% of the 48,312 people who came to emergency departments"
        " between July and September were treated. Most were admitted, transferred or"
        " discharged within four hours.",
        [],
    ),
]


@pytest.mark.parametrize("sentence, reported", RESTATED_IN_PROSE)
def test_a_sentence_restating_a_fact_is_read_whole(sentence, reported):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    draft = _PROSE_DRAFT.format(sentence=sentence)
    docs = [Document("source.txt", _PROSE_SOURCE), Document("draft.md", draft)]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"number-mismatch"}).findings
    assert [f.evidence[0].text for f in findings] == reported


#: A draft's amount against a source's sentence telling it and a nearer value of another
#: time: (the draft's amount) -> the source's amount it is reported against.
SWAPPED_OR_NEAR = [
    ("£213m", "£231 million"),  # two digits swapped: the slip, not the nearer £198 million
    ("£225m", "£231 million"),
    ("£204m", "£198 million"),
]


@pytest.mark.parametrize("draft, against", SWAPPED_OR_NEAR)
def test_two_digits_swapped_are_closer_than_a_near_value(draft, against):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    source = "Adjusted operating profit of £231 million (H1 2024: £198 million), up 16.7%.\n"
    text = f"Adjusted operating profit jumped 16.7% to {draft}.\n"
    docs = [Document("source.txt", source), Document("draft.md", text)]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"number-mismatch"}).findings
    assert [sorted(e.text for e in f.evidence) for f in findings] == [sorted([draft, against])]


#: A headline's rounded figure over the body's in both versions: (body A, body B) -> the
#: bodies' figures reported.
HEADLINED = [
    ("38.1%", "31.8%", True),  # two digits swapped: the headline's "38%" hides nothing
    ("38.1%", "38.1%", False),
    ("38.1%", "38.4%", True),  # (paired by their words, as before)
]


@pytest.mark.parametrize("body_a, body_b, reported", HEADLINED)
def test_a_headline_rounding_the_body_does_not_hide_a_slip_in_it(body_a, body_b, reported):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    text = (
        "Chipmaker profit jumps 38%\n\nTOKYO, May 13, 2025 - Net profit rose {} to 412 billion"
        " yen in the year to March, the company said.\n"
    )
    docs = [Document("a.txt", text.format(body_a)), Document("b.txt", text.format(body_b))]
    findings = check(docs, disabled=frozenset(RULE_MODULES) - {"number-mismatch"}).findings
    assert bool(findings) is reported


_WIRE = (
    "Storm Odile kills at least 14 in France, Spain and Portugal\n\nPARIS - Storm Odile swept "
    "across western Europe, killing at least 14 people, officials said. In France, nine "
    "people died, the interior ministry said."
)
#: A follow-up days later that breaks the toll down, with (or without) the new total.
_FOLLOW_UP = (
    "Death toll from Storm Odile rises\n\nPARIS - {total}France now counts 12 dead and "
    "Spain five; Portugal's toll was unchanged at two."
)


@pytest.mark.parametrize(
    "total, reported",
    [
        ("The number of people killed by Storm Odile rose to 19 on Saturday. ", False),
        ("", True),  # no update told: "12 dead" against "at least 14" stands
    ],
)
def test_a_part_of_a_toll_beside_its_update_is_no_other_figure_for_the_toll(total, reported):
    """A smaller toll in a later version that raises the earlier toll elsewhere is a part
    of it (one country's), whatever it was paired with."""
    from helpers import check, document

    from figcheck.pipeline import figures_in
    from figcheck.rules import RULE_MODULES

    early, late = date(2025, 11, 12), date(2025, 11, 15)
    texts = ((_WIRE, early), (_FOLLOW_UP.format(total=total), late))
    versions = [
        document(f"v{i}.txt", text, figures_in(text, day, "en"), published=day)
        for i, (text, day) in enumerate(texts, start=1)
    ]
    findings = check(versions, disabled=frozenset(RULE_MODULES) - {"number-mismatch"}).findings
    assert any('"12"' in f.message for f in findings) is reported


#: (earlier sentence, later sentence, reported): a count on election night and two days later.
REVISED = [
    # A partial count, then the final one: a revision, not a contradiction.
    ("With 92% of ballots counted, the Social Democrats led with 31.4% of the vote.",
     "Final results gave the Social Democrats 31.1% of the vote.", False),
    ("Preliminary results gave the Social Democrats 31.4% of the vote.",
     "The electoral office gave the Social Democrats 31.1% of the vote.", False),
    # Neither called partial nor final: two days apart, still one fact misreported.
    ("The Social Democrats led with 31.4% of the vote, officials said.",
     "The Social Democrats won 31.1% of the vote, officials said.", True),
    # Two digits swapped are a slip of the pen, never a revision.
    ("With 92% of ballots counted, the Social Democrats led with 31.4% of the vote.",
     "Final results gave the Social Democrats 34.1% of the vote.", True),
]  # fmt: skip


@pytest.mark.parametrize("earlier, later, reported", REVISED)
def test_a_partial_count_and_the_final_one_days_later_are_a_revision(earlier, later, reported):
    from helpers import check, document

    from figcheck.pipeline import figures_in
    from figcheck.rules import RULE_MODULES

    texts = ((earlier, date(2025, 10, 5)), (later, date(2025, 10, 7)))
    versions = [
        document(f"v{i}.txt", text, figures_in(text, day, "en"), published=day)
        for i, (text, day) in enumerate(texts, start=1)
    ]
    findings = check(versions, disabled=frozenset(RULE_MODULES) - {"number-mismatch"}).findings
    assert bool(findings) is reported
