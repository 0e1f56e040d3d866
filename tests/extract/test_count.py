"""Count extraction: text -> (value, noun, qualifier), and vague counts -> magnitude."""

import datetime
from decimal import Decimal

import pytest

from figcheck import extract

CASES = [
    # a noun joined by a hyphen counts what it names, in the plural
    ("the 27-member bloc agreed", [("27", "members", None)]),
    ("its five-member board voted", [("5", "members", None)]),
    ("a 12-man jury", [("12", "men", None)]),
    ("a 150-seat parliament", [("150", "seats", None)]),
    ("a six-nation tour", [("6", "nations", None)]),
    ("a 40-country study", [("40", "countries", None)]),
    ("a 6.8-magnitude quake", []),
    ("the 15-strong team", []),
    ("only eight successful candidates returned", [("8", "successful candidates", "only")]),
    ("it had over 200 applicants", [("200", "applicants", "over")]),
    ("more than 200 applicants", [("200", "applicants", "more than")]),
    ("a shortage of about 200,000 people", [("200000", "people", "about")]),
    ("to recruit 5,000 overseas researchers", [("5000", "overseas researchers", None)]),
    ("with 48 already recruited", [("48", None, None)]),
    ("only eight returned to China", [("8", None, "only")]),
    ("two thousand protesters marched", [("2000", "protesters", None)]),
    ("more than a dozen advertisements", [("12", "advertisements", "more than")]),
    ("a dozen eggs", [("12", "eggs", None)]),
    ("three sources said", [("3", "sources", None)]),
    ("two of the people said", [("2", "people", None)]),
    ("only eight of the year's successful candidates", [("8", "successful candidates", "only")]),
    ("nearly 1,500 new homes", [("1500", "new homes", "nearly")]),
    ("fewer than 40 firms", [("40", "firms", "fewer than")]),
    ("up to 30 workers", [("30", "workers", "up to")]),
    ("some 300 soldiers", [("300", "soldiers", "some")]),
    ("roughly 70 teams", [("70", "teams", "roughly")]),
    ("just over 90 schools", [("90", "schools", "just over")]),
    ("almost 600 jobs", [("600", "jobs", "almost")]),
    ("well over 1,000 cars", [("1000", "cars", "well over")]),
    ("as many as 400 students", [("400", "students", "as many as")]),
    (
        "at least one Ph.D and one foreign-trained semiconductor expert",
        [
            ("1", "ph.d", "at least"),
            ("1", "foreign-trained semiconductor expert", None),
        ],
    ),  # fmt: skip
    ("2019 applicants were rejected", [("2019", "applicants", None)]),
    # A plural copula before the people counted: "of the injured, 23 were children".
    ("of the injured, 23 were children", [("23", "children", None)]),
    ("of those hired, 31 are women and 29 are men", [("31", "women", None), ("29", "men", None)]),
    ("17 were injured", []),
    ("12 were reports", []),
    # Not counts: pronoun "one", years, dates, ordinals.
    ("one said", []),
    ("one of the people", []),
    ("safer to have one foot in China", []),
    ("one initiative is the plan", []),
    ("One Kunpeng initiative", []),
    ("a 2021 report said", []),
    ("in 2019 applications rose", []),
    # a year before the event or plan it names: "games", "elections" are no counted things
    ("a province drops 2034 games over cost", []),
    ("the 2028 Olympics open", []),
    ("before the 2027 elections", []),
    ("City pulls out of 2032 Coastal Games", []),
    # ... but a count before things, votes or units, also after "a total of" or "nine out of"
    ("the firm has 2030 employees", [("2030", "employees", None)]),
    ("the plant sold 2030 units", [("2030", "units", None)]),
    ("she won 1999 votes", [("1999", "votes", None)]),
    # a margin after a lower-case "by" is a count; an opening "By" or "In" keeps the year
    ("the mayor won by 1999 votes", [("1999", "votes", None)]),
    ("the visitors lost by 2010 runs", [("2010", "runs", None)]),
    ("By 1999 votes were counted by machine", []),
    ("by 2030 emissions will fall", []),
    ("In 2019 people moved to cities", []),
    ("a total of 2030 games were sold", [("2030", "games", None)]),
    ("Nine out of 1950 voters agreed", [("1950", "voters", None)]),
    ("on August 24th, 12 people", [("12", "people", None)]),
    ("the first candidates", []),
    ("June 2022", []),
    # after a month and a comma only a year is a date part
    ("In March, 450 workers struck", [("450", "workers", None)]),
    # a translation that kept its source's dots between thousands: nobody counts 1.5 jobs
    # to three decimals
    ("The plant will create 1.500 jobs", [("1500", "jobs", None)]),
    ("some 85.000 people marched", [("85000", "people", "some")]),
    ("It sold 1.5 million cars", [("1500000", "cars", None)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_counts(text, expected):
    found = [f for f in extract(text) if f.kind == "count" and not f.vague]
    assert [(f.value, f.noun, f.qualifier) for f in found] == [
        (Decimal(v), n, q) for v, n, q in expected
    ]


VAGUE = [
    ("thousands of applicants", ("applicants", 3)),
    ("though thousands have applied", (None, 3)),
    ("tens of thousands of people", ("people", 4)),
    ("hundreds of thousands of workers", ("workers", 5)),
    ("hundreds of protesters", ("protesters", 2)),
    ("dozens of companies", ("companies", 1)),
    ("scores of officials", ("officials", 1)),
    ("millions of users", ("users", 6)),
    ("many Chinese semiconductor experts overseas", ("chinese semiconductor experts", None)),
    ("despite the fact that many have applied", (None, None)),
    ("several researchers", ("researchers", 0)),
    ("a few Chinese researchers", ("chinese researchers", 0)),
    ("many of China's semiconductor engineers", ("semiconductor engineers", None)),
    ("down from thousands in the first round", (None, 3)),
    ("Hundreds at the rally were hurt", (None, 2)),
    # a loose word before a scale is of that order, never the scale alone ("100 residents")
    ("several hundred residents fled", ("residents", 2)),
    ("a few thousand voters stayed home", ("voters", 3)),
    ("several million people were affected", ("people", 6)),
    ("several hundred thousand refugees", ("refugees", 5)),
]


@pytest.mark.parametrize("text, expected", VAGUE)
def test_vague_counts(text, expected):
    (fig,) = [f for f in extract(text) if f.kind == "count"]
    assert (fig.vague, fig.value, fig.noun, fig.magnitude) == (True, None, *expected)


@pytest.mark.parametrize(
    "text",
    [
        "many talent programmes",  # things too loose to stand for a number
        "for many years",
        "Reuters could not determine how many experts",
        "China Offering Millions to Foreign-Trained Chip Talents",
        "several documents",
        "a few days later",
        "millions of dollars",
        "many in the city",  # loose words need their noun
        "it cost millions in the first year",  # vague money
        "they spent thousands on the car",
    ],
)
def test_loose_words_that_are_not_counts(text):
    assert [f for f in extract(text) if f.kind == "count"] == []


@pytest.mark.parametrize(
    "text",
    [
        "the dam will stand for several hundred years",
        "a few hundred metres from the shore",
        "during the Hundred Days offensive",
    ],
)
def test_a_bare_hundred_is_no_figure(text):
    """ "hundred" with no number or article before it is never 100."""
    assert [f.text for f in extract(text) if not f.vague] == []


def test_phrase_covers_qualifier_and_noun():
    text = "but only eight successful candidates from the previous year"
    (fig,) = [f for f in extract(text) if f.kind == "count"]
    start, end = fig.span
    assert text[start:end] == "only eight successful candidates"
    assert text[fig.start : fig.end] == fig.text == "eight"


#: (a streak, its language) -> (how many in a row, what they count), or None where no
#: streak is told
STREAKS = [
    ("Prices rose for a fifth straight month in May.", "en", ("5", "consecutive months")),
    ("Prices have risen for five straight months.", "en", ("5", "consecutive months")),
    ("It was the 12th consecutive session of gains.", "en", ("12", "consecutive sessions")),
    ("Exports fell for the third consecutive quarter.", "en", ("3", "consecutive quarters")),
    ("Inflation rose for the sixth month in a row.", "en", ("6", "consecutive months")),
    ("They won their second straight title.", "en", ("2", "consecutive titles")),
    ("the central bank's fifth consecutive hike", "en", ("5", "consecutive hikes")),
    # a unit of time as an adjective counts that unit; an ordinal unit of time after
    # "for a" is a streak without a word for it, but not the first, nor one of a term
    ("It was the seventh consecutive monthly decline.", "en", ("7", "consecutive months")),
    ("the third straight quarterly loss", "en", ("3", "consecutive quarters")),
    ("Exports fell for an eighth month in October.", "en", ("8", "consecutive months")),
    ("Sales rose for the 12th year.", "en", ("12", "consecutive years")),
    ("It happened for the first time in 12 years.", "en", None),
    ("Unemployment rose for the third year of his term.", "en", None),
    ("He won for a second term.", "en", None),
    # the number and its noun must agree: no streak
    ("the fifth straight months", "en", None),
    ("five straight month", "en", None),
    # a multiplier is no streak
    ("It cost three times the estimate.", "en", None),
    ("Los precios subieron por tercer mes consecutivo en mayo.", "es", ("3", "consecutive months")),
    ("El banco aprobó la quinta subida seguida.", "es", ("5", "consecutive rises")),
    ("Les prix ont augmenté pour le troisième mois consécutif.", "fr", ("3", "consecutive months")),
    ("la cinquième hausse d'affilée", "fr", ("5", "consecutive rises")),
    ("Os preços subiram pelo terceiro mês consecutivo.", "pt", ("3", "consecutive months")),
    ("Die Preise stiegen zum fünften Mal in Folge.", "de", ("5", "consecutive times")),
    ("Die Preise stiegen im dritten Monat hintereinander.", "de", ("3", "consecutive months")),
    ("Der 5. Monat in Folge", "de", ("5", "consecutive months")),
    # a number and what it counts in the plural, as "five straight months"
    ("La empresa lleva 14 meses consecutivos sin cumplir.", "es", ("14", "consecutive months")),
    ("Bajó durante tres trimestres consecutivos.", "es", ("3", "consecutive quarters")),
    ("La Bolsa cayó 14 sesiones consecutivas.", "es", ("14", "consecutive sessions")),
    ("Les prix ont baissé trois mois consécutifs.", "fr", ("3", "consecutive months")),
    ("O índice caiu 14 meses consecutivos.", "pt", ("14", "consecutive months")),
    ("Die Preise stiegen 14 Monate in Folge.", "de", ("14", "consecutive months")),
    ("durante 14 meses", "es", None),
    ("西班牙消费者价格连续第五个月上涨。", "zh", ("5", "consecutive months")),
    ("央行连续第三次加息。", "zh", ("3", "consecutive times")),
    ("消費者物価は5カ月連続で上昇した。", "ja", ("5", "consecutive months")),
    ("日銀は3会合連続で据え置いた。", "ja", ("3", "consecutive meetings")),
]  # fmt: skip


@pytest.mark.parametrize("text, language, expected", STREAKS)
def test_streaks(text, language, expected):
    found = [
        (str(f.value), f.noun)
        for f in extract(text, language=language)
        if (f.noun or "").startswith("consec")
    ]
    assert found == ([] if expected is None else [expected])


def test_a_streak_told_two_ways_agrees_and_a_longer_one_does_not():
    """ "a fifth straight month" and "five consecutive months" are one figure; "a sixth
    straight month" in a third version is the odd one out."""
    from helpers import check

    from figcheck.document import Document

    lead = "WASHINGTON, May 14, 2024 - US consumer prices rose for {} in April, officials said."
    ways = ("a fifth straight month", "five consecutive months", "a sixth straight month")
    documents = [Document(f"v{n}.txt", lead.format(w)) for n, w in enumerate(ways, start=1)]
    (finding,) = check(documents).findings
    assert finding.rule == "number-mismatch"
    assert str(finding.evidence[0].path) == "v3.txt"


def test_a_word_joining_a_ranges_ends_is_no_noun():
    """ "de 500 a 300 unidades": 500 counts no "a", but the units the high end counts."""
    (low, high) = [f for f in extract("Las ventas cayeron de 500 a 300 unidades.", language="es")]
    assert (low.kind, low.noun, high.noun) == ("count", "unidades", "unidades")


@pytest.mark.parametrize(
    "text, value, noun",
    [
        # without the ordinal's 第 too, as English "three consecutive days" is a count
        ("连续三天的暴雨引发洪水。", 3, "consecutive days"),
        ("核心通胀已连续12个月保持在2%以上。", 12, "consecutive months"),
        ("连续第三天下雨。", 3, "consecutive days"),
    ],
)
def test_chinese_days_in_a_row_are_a_streak(text, value, noun):
    (fig, *_) = extract(text, language="zh")
    assert (fig.kind, fig.value, fig.noun) == ("count", value, noun)


def test_a_streak_that_grew_in_translation():
    """ "a fifth straight month", "quinto mes consecutivo" and "zum sechsten Monat in Folge":
    the German version is the odd one out."""
    from helpers import check

    from figcheck.document import Document

    texts = (
        "MADRID, May 14, 2024 - Spanish consumer prices rose for a fifth straight month in"
        " April, the INE statistics institute said on Tuesday.",
        "MADRID, 14 de mayo de 2024 - Los precios de consumo en España subieron por quinto mes"
        " consecutivo en abril, según informó el martes el INE.",
        "MADRID, 14. Mai 2024 - Die Verbraucherpreise in Spanien stiegen im April zum sechsten"
        " Monat in Folge, wie das Statistikamt INE am Dienstag mitteilte.",
    )
    documents = [Document(f"v{n}.txt", text) for n, text in enumerate(texts, start=1)]
    (finding,) = check(documents).findings
    assert finding.rule == "number-mismatch"
    assert str(finding.evidence[0].path) == "v3.txt"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # after a month, only one or two digits or four are its day or its year: any other
        # number is a figure of its own, and the month stands alone
        ("Die Flotte umfasste Ende Juni 412 Flugzeuge.", "de",
         [("date", "Ende Juni"), ("count", "412")]),
        ("Im Mai 2.300 Menschen.", "de", [("date", "Im Mai"), ("count", "2.300")]),
        ("En junio 1.200 personas.", "es", [("date", "En junio"), ("count", "1.200")]),
        ("En juin 2 300 personnes.", "fr", [("date", "En juin"), ("count", "2 300")]),
        ("In June 412 aircraft flew.", "en", [("date", "June"), ("number", "412")]),
        ("In May 1,200 people died.", "en", [("date", "May"), ("count", "1,200")]),
        # a day or a year stays the month's
        ("Im Juni 2024 kamen sie.", "de", [("date", "Juni 2024")]),
        ("On June 24 they met.", "en", [("date", "June 24")]),
        ("El 12 de junio de 2024.", "es", [("date", "12 de junio de 2024")]),
    ],
)
def test_a_number_after_a_month_that_is_no_day_or_year_is_a_figure(text, language, expected):
    figures = extract(text, datetime.date(2025, 7, 9), language)
    assert [(f.kind, f.text) for f in figures] == expected
