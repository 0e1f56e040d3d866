"""date-mismatch: (version A phrase, version B phrase) -> reason reported, or None."""

import datetime as dt

import pytest
from helpers import run_rule

TEMPLATE = "Ma Yuanxiao did his PhD at the University of Hong Kong {}, the website said."

CASES = [
    ("until 2019", "from 2016 to 2019", "the start appears in one version only"),
    ("from 2016 to 2019", "from 2016 to 2019", None),
    ("from 2016 to 2019", "from 2017 to 2019", "different dates"),
    ("in 2019", "in 2019", None),
    ("in 2019", "in 2018", "different dates"),
    # Relative dates are time-reference-drift's business.
    ("last year", "this year", None),
]


@pytest.mark.parametrize("a, b, reason", CASES)
def test_date_mismatch(a, b, reason):
    findings = run_rule("date-mismatch", a, b, template=TEMPLATE)
    if reason is None:
        assert findings == []
    else:
        (finding,) = findings
        assert finding.severity == "warning"
        assert finding.message.startswith(reason)
        assert [e.text for e in finding.evidence] == [a, b]


SPENT = "The city said the money for the new schools would be spent {}, officials added."
RECRUITED = "The agency recruited engineers trained abroad {}, the report said."
APPROVED = "The first designs for the bridge were approved {}, the ministry said."
TOLL = "The new bridge toll will take effect {}, the ministry said."
CUTS = "The carmaker will cut 2,300 jobs {} and close two plants, it said."
HIGHEST = "Annual inflation reached 85.5%, its highest level {}, the office said."

# (template, phrase in version A, phrase in version B, reason or None): each version is
# dated 5 October 2022 by its own dateline.
RESOLVED = [
    # A month without its year is resolved against its own version's date.
    (APPROVED, "in March", "in March 2020", "different dates"),
    (APPROVED, "in March", "in March 2022", None),
    # Prepositions of time: a point in time against a deadline in the same year.
    (SPENT, "in 2019", "by 2019", "a point in time in one version, a deadline in another"),
    (SPENT, "by 2019", "by 2019", None),
    # ... a target in a year after the versions' is reached by then and in it alike
    (SPENT, "in 2026", "by 2026", None),
    # ... but a deadline at the end of that time names its end, as the point does
    (SPENT, "in 2019", "by the end of 2019", None),
    (SPENT, "at the end of 2019", "by the end of 2019", None),
    (SPENT, "until 2019", "in 2019", None),  # ran until 2019: ended in 2019
    (SPENT, "since 2019", "in 2019", None),
    # ... and the year a period runs from, told as another year
    (HIGHEST, "since records began in 1951", "since 1915", "different years"),
    (HIGHEST, "since records began in 1951", "since 1951", None),
    # A start counted back from a duration states no start to disagree with.
    (RECRUITED, "for a decade up to 2018", "up until 2018", None),
    (RECRUITED, "from 2016 to 2018", "until 2018", "the start appears in one version only"),
    # Intervals: a month inside its season agrees, one outside it does not.
    (APPROVED, "in July 2020", "in the summer of 2020", None),
    (APPROVED, "in July 2020", "in the summer of 2021", "different dates"),
    (APPROVED, "in July 2020", "in 2020", None),
    (APPROVED, "on 6 August 2020", "in the summer of 2020", None),
    # Two months resolved against their own versions' dates.
    (APPROVED, "in March", "in April", "different dates"),
    # A month its sentence puts ahead is the next one: this November, not last.
    (TOLL, "in November", "in November 2022", None),
    (TOLL, "in November", "in November 2021", "different dates"),
    # A day against a coarser date of another year dates another event.
    (APPROVED, "on 6 August 2019", "in the summer of 2020", None),
    (APPROVED, "on 6 August 2019", "in July 2020", None),
    (APPROVED, "on 6 August 2019", "on 6 August 2020", "different dates"),
    # The same period told at its other end; "mid" and no part agree with either.
    (APPROVED, "in early 2020", "in late 2020", "the same period, at its other end"),
    (
        APPROVED,
        "at the beginning of March 2020",
        "at the end of March 2020",
        "the same period, at its other end",
    ),
    (APPROVED, "in early 2020", "in mid-2020", None),
    (APPROVED, "in late 2020", "in 2020", None),
    # A span counted from the version's date by its length is compared by that length.
    (CUTS, "over the next two years", "over the next three years", "spans of different lengths"),
    (CUTS, "over the next two years", "over the next 24 months", None),
    (CUTS, "over the next 18 months", "over the next two years", "spans of different lengths"),
    (CUTS, "over the next decade", "over the next 10 years", None),
    (CUTS, "over the next 12 months", "over the next year", None),
    (HIGHEST, "in the past 24 years", "in the past 25 years", "spans of different lengths"),
    # A year counted from the version's own date is the calendar year it tells ("last year"
    # in 2022 is 2021), unless it is counted from the story's own time.
    (SPENT, "last year", "in 2020", "different dates"),
    (SPENT, "last year", "in 2021", None),
    (SPENT, "in the previous year", "in 2020", None),
    # ... and so is a month, a quarter or a half counted so, against one as precise
    (APPROVED, "in May last year", "in May 2020", "different dates"),
    (APPROVED, "in May last year", "in May 2021", None),
    (APPROVED, "last month", "in August 2022", "different dates"),
    (SPENT, "in the second half of next year", "in the first half of 2023", "different dates"),
    (SPENT, "in the second half of next year", "in the second half of 2023", None),
    # ... but not against a date of another precision: too unlike to be one misreported
    (APPROVED, "last year", "on 18 January 2020", None),
]


def dated_check(*texts, source="dateline"):
    from helpers import check

    from figcheck.document import Document

    day = dt.date(2022, 10, 5)
    documents = [
        Document(f"v{i}.txt", text, published=day, published_source=source)
        for i, text in enumerate(texts, start=1)
    ]
    return [f for f in check(documents).findings if f.rule == "date-mismatch"]


@pytest.mark.parametrize("template, a, b, reason", RESOLVED)
def test_dates_compared_after_resolution(template, a, b, reason):
    findings = dated_check(template.format(a), template.format(b))
    if reason is None:
        assert findings == []
    else:
        (finding,) = findings
        assert finding.message.startswith(reason)


def test_a_month_resolved_against_a_borrowed_date_is_not_compared():
    texts = APPROVED.format("in March"), APPROVED.format("in March 2020")
    assert dated_check(*texts, source="fallback") == []
    assert len(dated_check(*texts)) == 1


#: Months without their year in versions whose date is borrowed (a guess): the year each
#: falls in may be wrong, the month each names is not. (A, B, reason or None.)
BORROWED_MONTHS = [
    (CUTS, "by the end of March", "by the end of May", "different months"),
    (CUTS, "by the end of March", "by the end of March", None),
    (TOLL, "in March", "in May", "different months"),
    (TOLL, "in March", "in March", None),
    (TOLL, "last March", "next March", None),  # one month named: the years are the guess's
    (TOLL, "in March", "in March 2020", None),  # a year against a guessed year: no evidence
]


@pytest.mark.parametrize("template, a, b, reason", BORROWED_MONTHS)
def test_months_of_versions_with_a_borrowed_date_are_compared_as_months(template, a, b, reason):
    findings = dated_check(template.format(a), template.format(b), source="fallback")
    if reason is None:
        assert findings == []
    else:
        (finding,) = findings
        assert finding.message.startswith(reason)


def test_a_resolved_month_is_compared_with_months_only():
    texts = APPROVED.format("in March"), APPROVED.format("on 18 January 2020")
    assert dated_check(*texts) == []


# The versions' own datelines, whatever their languages: (dateline of version A, of
# version B, reason or None). Each opens an invented story on a harbour's dredging.
DREDGING = {
    "en": "{}: The port of Calmora will dredge its main channel to 16 metres, the harbour "
    "board said on Thursday, after two cargo ships ran aground there last winter.",
    "es": "{}: El puerto de Calmora dragará su canal principal hasta los 16 metros, dijo el "
    "jueves la junta portuaria, después de que dos cargueros encallaran allí el invierno pasado.",
    "de": "{}: Der Hafen von Calmora wird seine Hauptrinne auf 16 Meter ausbaggern, teilte die "
    "Hafenbehörde am Donnerstag mit, nachdem im vergangenen Winter zwei Frachter aufliefen.",
}
DATELINES = [
    # The same day of another year: a slip of the year, in any pair of languages.
    (("en", "CALMORA, April 10, 2031"), ("es", "CALMORA, 10 de abril de 2032"), "different dates"),
    (("en", "CALMORA, April 10, 2031"), ("de", "CALMORA, 10. April 2030"), "different dates"),
    (("en", "CALMORA, April 10, 2031"), ("en", "CALMORA, April 10, 2032"), "different dates"),
    (("es", "CALMORA, 10 de abril de 2031"), ("es", "CALMORA, 10 de abril de 2031"), None),
    # Versions published a day or a month apart are no slip: a later translation, an update.
    (("en", "CALMORA, April 10, 2031"), ("es", "CALMORA, 11 de abril de 2031"), None),
    (("en", "CALMORA, April 10, 2031"), ("de", "CALMORA, 10. Mai 2031"), None),
    (("en", "CALMORA, March 4, 2031"), ("en", "CALMORA, March 6, 2031"), None),
    (("es", "CALMORA, 4 de marzo de 2031"), ("es", "CALMORA, 6 de marzo de 2031"), None),
]


# Two versions alike but for the day each was published, told by its dateline or its
# "Published" line: the day of publication is no fact of the story (the year slip aside).
COUNCIL = "The council approved a budget of 48 million euros, officials said."
OWN_DATES = [
    ("HALDENMOOR, March 4, 2031 - " + COUNCIL, "HALDENMOOR, March 6, 2031 - " + COUNCIL),
    ("Published: March 4, 2031\n\n" + COUNCIL, "Published: March 6, 2031\n\n" + COUNCIL),
    (
        "Haldenmoor, March 4, 2031 (Wire) - " + COUNCIL,
        "Haldenmoor, March 6, 2031 (Wire) - " + COUNCIL,
    ),
    ("Published: March 4, 2031\n\n" + COUNCIL, "HALDENMOOR, March 6, 2031 - " + COUNCIL),
]


@pytest.mark.parametrize("a, b", OWN_DATES)
def test_versions_published_days_apart_are_not_reported_for_their_dates(a, b):
    from helpers import check

    from figcheck.document import from_text

    documents = [from_text(f"v{i}.txt", text) for i, text in enumerate((a, b), start=1)]
    assert [f.message for f in check(documents).findings if f.rule == "date-mismatch"] == []


@pytest.mark.parametrize("a, b, reason", DATELINES)
def test_datelines_compared_across_languages(a, b, reason):
    from helpers import check

    from figcheck.document import from_text

    documents = [
        from_text(f"v{i}.txt", DREDGING[language].format(line))
        for i, (language, line) in enumerate((a, b), start=1)
    ]
    findings = [f for f in check(documents).findings if f.rule == "date-mismatch"]
    if reason is None:
        assert findings == []
    else:
        (finding,) = findings
        assert finding.message.startswith(reason)
        assert sorted(e.text for e in finding.evidence) == sorted(
            line.removeprefix("CALMORA, ") for _, line in (a, b)
        )


@pytest.mark.parametrize(
    "text, stated",
    [
        ("CALMORA, April 10, 2031: The board met on May 2, 2019.", "April 10, 2031"),
        # The same day in the body, far from the head, dates an event, not the version.
        ("The board met." + " It gave no cost." * 40 + " CALMORA, April 10, 2031.", None),
        # A version dated by nothing of its own has no dateline to compare.
        ("The board met on Thursday, it said.", None),
    ],
)
def test_the_dateline_is_the_date_at_the_head_that_dates_the_version(text, stated):
    from helpers import read

    from figcheck.document import from_text
    from figcheck.rules.date_mismatch import dateline

    version = read(from_text("v.txt", text))
    ref = dateline(0, version.document, version.figures)
    assert (None if ref is None else version.figures[ref.fig].text) == stated


# A slipped year in a fact that another version tells with other words: each version is
# dated 5 October 2022, so "last year" is 2021. (the three versions, the evidence expected
# of the one finding, or None for none.)
BIDS = (
    "The county reported in {} that it had over 310 bids for its training grants, mainly "
    "local, but only nine winners {} had moved back."
)
BIDS_RETOLD = (
    "Last year, one county received more than 310 bids for grant schemes such as these, but "
    "only nine came back."
)
AUDIT = (
    "The county's {} audit found each grant can reach 2 million crowns, housing included. "
    "Its spending on the grants climbed 4% {}, the audit said."
)
#: A sentence that gives the first version the most figures: the others are aligned to it.
TOWNS = " The county has 14 towns and 3 ports."
SLIPPED_ELSEWHERE = [
    # A month inside the year another version tells in relative words is that year told
    # more precisely, not another value: the versions that give the month stay in the fact.
    (
        (
            BIDS.format("October 2021", "from the previous year"),
            BIDS_RETOLD,
            BIDS.format("October 2020", "of the year"),
        ),
        {"October 2021", "October 2020"},
    ),
    (
        (
            BIDS.format("October 2021", "from the previous year"),
            BIDS_RETOLD,
            BIDS.format("October 2021", "of the year"),
        ),
        None,
    ),
    # "from a month earlier" is the base of a change, no time of its own: it does not make
    # the slipped month's version a teller of the others' month.
    (
        (
            AUDIT.format("September 2022", "on the month") + TOWNS,
            AUDIT.format("September 2022", "on the month"),
            AUDIT.format("September 2021", "from a month earlier"),
        ),
        {"September 2022", "September 2021"},
    ),
    (
        (
            AUDIT.format("September 2022", "on the month") + TOWNS,
            AUDIT.format("September 2022", "on the month"),
            AUDIT.format("September 2022", "from a month earlier"),
        ),
        None,
    ),
]


@pytest.mark.parametrize("texts, evidence", SLIPPED_ELSEWHERE)
def test_a_slipped_year_beside_the_year_told_in_other_words(texts, evidence):
    findings = dated_check(*texts)
    if evidence is None:
        assert findings == []
    else:
        assert [{e.text for e in f.evidence} for f in findings] == [evidence]


# A date stands for the time of the figures it dates: two dates that date different facts
# are two facts, however alone each stands. Each set of versions tells an invented brewer's
# results; each version is dated 5 October 2022. (the versions, the evidence expected of
# the one finding, or None for none.)
BREWER_EN = (
    "Tallow Brewing said on Monday that its operating profit for the year to March {} rose "
    "12% to 86 billion yen, helped by exports of canned lager."
)
#: The profit, then sales of a year the English never tells, in a sentence of their own.
BREWER_SALES = {
    "en": "Tallow Brewing said on Monday that its operating profit rose 12% to 86 billion yen. "
    "In {} its sales reached 640 billion yen, helped by exports of canned lager.",
    "ja": "タロー醸造は月曜日、営業利益が12%増の860億円になったと発表した。{}年の売上高は"
    "6400億円で、缶ビールの輸出が伸びた。",
    "zh": "塔洛酿酒周一表示，营业利润增长12%，至860亿日元。{}年，该公司销售额达到6400亿日元，"
    "罐装啤酒出口增长。",
}
#: The same profit dated by the version itself.
BREWER_DATED = {
    "en": "Tallow Brewing said on Monday that its operating profit in {} rose 12% to 86 billion "
    "yen, helped by exports of canned lager.",
    "ja": "タロー醸造は月曜日、{}年の営業利益が12%増の860億円になったと発表した。缶ビールの"
    "輸出が伸びた。",
    "zh": "塔洛酿酒周一表示，{}年营业利润增长12%，至860亿日元，罐装啤酒出口增长。",
}
#: What every version tells besides, so that they read as one text translated.
BREWER_PLANS = {
    "en": "\nIt will hire 300 brewers and spend 45 billion yen on a plant in Sapporo.",
    "ja": "\n同社は醸造技術者300人を採用し、札幌の工場に450億円を投じる。",
    "zh": "\n该公司将招聘300名酿酒师，并投资450亿日元在札幌建厂。",
}
PROFIT_TO_MARCH = {"en": BREWER_EN}
DATED_FACTS = [
    # A year dating sales that the other version never tells is no slip of the year that
    # dates its profit, in one language or across two.
    (((PROFIT_TO_MARCH, "en", 2022), (BREWER_SALES, "en", 2021)), None),
    (((PROFIT_TO_MARCH, "en", 2022), (BREWER_SALES, "ja", 2021)), None),
    (((PROFIT_TO_MARCH, "en", 2022), (BREWER_SALES, "zh", 2021)), None),
    (((PROFIT_TO_MARCH, "en", 2022), (BREWER_SALES, "ja", 2021), (BREWER_SALES, "zh", 2021)), None),
    # The year that dates the same profit differs: one fact, two dates.
    (((BREWER_DATED, "en", 2021), (BREWER_DATED, "en", 2020)), {"2021", "2020"}),
    (((BREWER_DATED, "en", 2021), (BREWER_DATED, "ja", 2020)), {"2021", "2020年"}),
    (((BREWER_DATED, "en", 2021), (BREWER_DATED, "zh", 2020)), {"2021", "2020年"}),
    (
        ((BREWER_DATED, "en", 2021), (BREWER_DATED, "ja", 2020), (BREWER_DATED, "zh", 2021)),
        {"2021", "2020年", "2021年"},
    ),
]


@pytest.mark.parametrize("versions, evidence", DATED_FACTS)
def test_dates_of_different_facts_are_not_compared(versions, evidence):
    texts = [story[lang].format(year) + BREWER_PLANS[lang] for story, lang, year in versions]
    findings = dated_check(*texts)
    if evidence is None:
        assert findings == []
    else:
        assert [{e.text for e in f.evidence} for f in findings] == [evidence]


# Months without their year, paired by hand as the alignment might pair them: (version A,
# version B, A's month, B's month, reported). Copy on a monthly figure names the month and
# the one before; a version that tells both months is not contradicted by the other's month.
MONTHS_PAIRED = [
    (
        "The rate was 85.5% in October, up from 83.5% in September.",
        "The rate hit 85.5% in October.",
        "September",
        "October",
        False,
    ),
    ("The plant opens in March.", "The plant opens in April.", "March", "April", True),
    # dates with their year are compared whatever else the version tells
    (
        "The plant opens in March 2022 and sales start in April 2022.",
        "The plant opens in April 2022.",
        "March 2022",
        "April 2022",
        True,
    ),
]


@pytest.mark.parametrize("a, b, month_a, month_b, reported", MONTHS_PAIRED)
def test_a_month_told_by_both_versions(a, b, month_a, month_b, reported):
    from helpers import read

    from figcheck.document import Document
    from figcheck.figures import FigureRef
    from figcheck.rules import date_mismatch
    from figcheck.rules.api import Context

    day = dt.date(2022, 11, 5)
    versions = [
        read(Document(f"v{i}.txt", text, published=day, published_source="dateline"))
        for i, text in enumerate((a, b), start=1)
    ]
    refs = [
        FigureRef(d, next(i for i, f in enumerate(v.figures) if f.text.endswith(month)))
        for d, (v, month) in enumerate(zip(versions, (month_a, month_b), strict=True))
    ]
    findings = list(date_mismatch.check(Context(versions, facts=[tuple(refs)]), {}))
    assert bool(findings) is reported
