"""A figure slipped in one version (a digit dropped, a decimal mark moved) stays in its fact.

The doubt filter leaves a member out when its words or its version say it is another
fact. Such evidence must come from the words, not from a slip: a third version that
misreads a figure's year, or another figure of the same value that counts another thing,
says nothing against the pair. Every sentence is invented.
"""

from __future__ import annotations

import pytest
from align_helpers import aligned_texts, phrase_versions, story_versions
from helpers import figures_of

from figcheck.align.values import slipped

# A member whose year most members of its value do not share is no witness: it parts
# nobody from the fact, and is the one left out.
BEGAN = "In 2016 a pilot scheme began, and only 12% of its applicants got funding, it said."
ENDED = "The pilot scheme ended in 2019, and only 12% of its applicants got funding, it said."


def test_a_member_with_a_misread_year_parts_no_slip_from_its_fact():
    texts = (BEGAN, BEGAN.replace("got", "received"), ENDED, BEGAN.replace("12%", "1%"))
    facts = aligned_texts(phrase_versions(*texts))
    assert any(fact[0] == "12%" and fact[3] == "1%" for fact in facts), facts


def test_two_members_of_one_value_that_part_leave_the_other_value_out():
    # Two versions of one value disagree on the year: neither can be told misread, so
    # the figure of another value stays out, as before.
    texts = (BEGAN, ENDED, BEGAN.replace("12%", "1%"))
    for fact in aligned_texts(phrase_versions(*texts)):
        assert not (fact[1] == "12%" and fact[2] == "1%"), fact


# A period over several years dates no figure to one of them: "from 2016 to 2019" and
# "until 2019" are one time, so they part no figure.
RAN = "A pilot scheme ran {} and only 12% of applicants got funding, it said."


def test_a_period_over_several_years_parts_no_figures():
    texts = (
        RAN.format("from 2016 to 2019"),
        RAN.format("from 2016 to 2019").replace("got", "received"),
        RAN.format("until 2019").replace("12%", "1%"),
    )
    assert ("12%", "12%", "1%") in aligned_texts(phrase_versions(*texts))


@pytest.mark.parametrize(
    "other, fact, paired",
    [
        # The second version gives 500 again, but of documents: no partner for
        # researchers, so the slip stays in the fact.
        ("The review covered 500 documents.", ("5,000", "5,000", "500"), True),
        # ... while 500 researchers may well be the fact's partner: left out, unchecked.
        ("The review covered 500 researchers.", ("5,000", "5,000", "500"), False),
    ],
)
def test_a_value_stated_of_another_thing_is_no_evidence_against_a_member(other, fact, paired):
    hired = "The firm hired {} researchers abroad, it said."
    texts = (
        hired.format("5,000"),
        f"{other} {hired.format('5,000')}",
        hired.format("500"),
    )
    assert (fact in aligned_texts(phrase_versions(*texts))) is paired


# A spun rewrite words the sentence so unlike the others that only a figure of the same
# value would pair with it; with a digit lost, the slip round places it.
CAMPUS = "Officials said the new campus would cover {} and house laboratories, the district said."
SPUN = "Authorities said the new grounds would cover {}."


@pytest.mark.parametrize(
    "texts, fact",
    [
        # Two versions agree on 120; the spun one lost a digit.
        ((CAMPUS.format("120 hectares"), CAMPUS.format("120 hectares"), SPUN.format("12 hectares")),
         ("120", "120", "12")),
        ((CAMPUS.format("30 hectares"), CAMPUS.format("30 hectares"), SPUN.format("3 hectares")),
         ("30", "30", "3")),
    ],
)  # fmt: skip
def test_a_slip_joins_the_fact_its_version_is_missing_from(texts, fact):
    assert fact in aligned_texts(phrase_versions(*texts))


@pytest.mark.parametrize(
    "texts, slip",
    [
        # One version alone tells 120: no agreed value to measure the slip against.
        ((CAMPUS.format("120 hectares"), SPUN.format("12 hectares")), "12"),
        # Another version states 12 itself: the 12 may be its fact, left unpaired.
        ((CAMPUS.format("120 hectares"), CAMPUS.format("120 hectares"), SPUN.format("12 hectares"),
          "A further 12 hectares were set aside for a school."), "12"),
        # 125 is no slip of 120: a spun sentence's weak words alone pair nothing.
        ((CAMPUS.format("120 hectares"), CAMPUS.format("120 hectares"),
          SPUN.format("125 hectares")), "125"),
        # Words too far apart: no slip is placed on its shape alone.
        ((CAMPUS.format("120 hectares"), CAMPUS.format("120 hectares"),
          "Rain fell on 12 hectares of vineyards in the valley on Monday."), "12"),
    ],
)  # fmt: skip
def test_a_slip_needs_an_agreed_fact_words_and_no_other_home(texts, slip):
    for fact in aligned_texts(phrase_versions(*texts)):
        assert not ("120" in fact and slip in fact), fact


# A translation shares no words to score, but keeps the order of the story: a slip alone
# of its family between the figures that neighbour the fact joins it ("4 años" for 40
# years: one digit left, too few for the translation's own slip pass to pair it).
SHIP = "The ferry sank 3 km off the coast on Monday. {} It carried 143 passengers."
BARCO = "El ferri se hundió a 3 km de la costa el lunes. {} Llevaba 143 pasajeros."
SAILED = ("The captain had sailed for 40 years.", "He had been at sea for 40 years.")


@pytest.mark.parametrize(
    "texts, slip, paired",
    [
        ((SHIP.format(SAILED[0]), SHIP.format(SAILED[1]),
          BARCO.format("El capitán navegaba desde hacía 4 años.")), "4", True),
        # Two unclaimed figures between the neighbours: which one slipped cannot be told.
        ((SHIP.format(SAILED[0]), SHIP.format(SAILED[1]),
          BARCO.format("El capitán navegaba desde hacía 4 años y mandaba desde hacía 6 años.")),
         "4", False),
        # One version alone tells 40: nothing agreed to measure the slip against.
        ((SHIP.format(SAILED[0]), BARCO.format("El capitán navegaba desde hacía 4 años.")),
         "4", False),
        # 5 is no slip of 40.
        ((SHIP.format(SAILED[0]), SHIP.format(SAILED[1]),
          BARCO.format("El capitán navegaba desde hacía 5 años.")), "5", False),
    ],
)  # fmt: skip
def test_a_slip_in_a_translation_is_placed_by_its_neighbours(texts, slip, paired):
    facts = aligned_texts(phrase_versions(*texts))
    assert any("40" in fact and slip in fact for fact in facts) is paired, facts


@pytest.mark.parametrize(
    "english, spanish, paired",
    [
        # a two-digit number's digits swapped: the place in the story pairs it, as it
        # pairs a digit lost
        (("The captain had sailed for 42 years.", "He had been at sea for 42 years."),
         "El capitán navegaba desde hacía 24 años.", ("42", "42", "24")),
        (("The fuel cost rose 42% in a year.", "Fuel costs were up 42% on the year."),
         "El coste del combustible subió un 24% en un año.", ("42%", "42%", "24%")),
        # digits that are not neighbours swapped are no slip
        (("The captain had sailed for 425 days.", "He had been at sea for 425 days."),
         "El capitán navegaba desde hacía 524 días.", ("425", "425", "")),
    ],
)  # fmt: skip
def test_swapped_digits_in_a_translation_are_placed_by_its_neighbours(english, spanish, paired):
    texts = (SHIP.format(english[0]), SHIP.format(english[1]), BARCO.format(spanish))
    facts = aligned_texts(phrase_versions(*texts))
    assert facts - {("3", "3", "3"), ("143", "143", "143")} == {paired}


# A story tells several events of one year: the year a slip left in another sentence is no
# likelier partner than the slipped member standing in the same words.
REPORT = "A think tank report published in {} warned of a shortage of chip engineers."
RECIPIENT = "The city named its first grant recipient in 2021, officials said."


def test_a_slipped_year_stays_in_its_fact_beside_another_event_of_that_year():
    texts = [f"{REPORT.format(year)} {RECIPIENT}" for year in ("2021", "2021", "2022")]
    facts = aligned_texts(phrase_versions(*texts))
    assert ("2021", "2021", "2022") in facts


def test_years_swapped_within_a_sentence_stay_apart():
    # Two years of one sentence share its words: which one the other version's year
    # pairs with cannot be told, so a crossed pair stays unpaired.
    plant = "The plant opened in {} and was sold in {}, the firm said."
    texts = (plant.format(2019, 2021), plant.format(2019, 2021), plant.format(2021, 2019))
    for fact in aligned_texts(phrase_versions(*texts)):
        assert len(set(fact) - {""}) == 1, fact


@pytest.mark.parametrize(
    "a, b, slip",
    [
        ("It hired 120 people.", "It hired 12 people.", True),  # a digit lost
        ("It hired 30 people.", "It hired 3 people.", True),
        ("It raised $1.94 billion.", "It raised $194 billion.", True),  # the decimal mark
        ("It hired 120 people.", "It hired 20 people.", False),  # the first digit: another number
        ("It hired 120 people.", "It hired 125 people.", False),
        ("It raised $1.94 billion.", "It raised 1.94 billion euros.", False),  # another unit
        # A period's written bounds, all moved by a year.
        ("It ran until 2019.", "It ran until 2020.", True),
        ("It ran from 2016 to 2019.", "It ran from 2017 to 2020.", True),
        ("It ran from 2016 to 2019.", "It ran from 2016 to 2020.", False),  # one bound only
        ("It ran until 2019.", "It ran until 2021.", False),
        # A bare year slips into the next too often by chance.
        ("It opened in 2018.", "It opened in 2019.", False),
    ],
)
def test_what_reads_as_a_slip_of_the_pen(a, b, slip):
    (p,), (q,) = figures_of(a), figures_of(b)
    assert slipped(p, q) is slip
    assert slipped(q, p) is slip


SHORTAGE = "The industry faces a shortage of about {} this year, the association said."


@pytest.mark.parametrize(
    "nouns, paired",
    [
        # The fact is told with several nouns already: the slip's own noun parts nothing.
        (("200,000 engineers", "200,000 people", "20,000 workers"), True),
        # One noun throughout the fact: another noun is another thing.
        (("200,000 engineers", "200,000 engineers", "20,000 workers"), False),
    ],
)
def test_a_fact_told_with_several_nouns_takes_a_slip_of_another(nouns, paired):
    facts = aligned_texts(phrase_versions(*(SHORTAGE.format(noun) for noun in nouns)))
    assert (("200,000", "200,000", "20,000") in facts) is paired, facts


# A headline restated in the body: a slip in one telling leaves the value in the other,
# already the partner of the other versions' second telling, so it is no evidence that
# the slip was paired with the wrong figure.
HEAD = "Exports jump {} as harbour reopens."
BODY = "The ministry said on {} that exports of grain rose {} in the first quarter."


@pytest.mark.parametrize(
    "third, paired",
    [
        # The headline slipped; the body still says 14.2%, paired with the body of the others.
        (f"{HEAD.format('1.2%')}\n\n{BODY.format('Monday', '14.2%')}", True),
        # The body slipped; the headline still says 14.2%.
        (f"{HEAD.format('14.2%')}\n\n{BODY.format('Monday', '1.2%')}", True),
        # The value is told once in the others: the 14.2% of the third version may be
        # the fact's partner, so the 1.2% is left out, unchecked.
        (f"{HEAD.format('1.2%')}\n\n{BODY.format('Monday', '14.2%')}", False),
    ],
)
def test_a_value_told_twice_is_no_evidence_against_a_slip_in_one_telling(third, paired):
    twice = [
        f"{HEAD.format('14.2%')}\n\n{BODY.format(day, '14.2%')}" for day in ("Monday", "Tuesday")
    ]
    once = [BODY.format(day, "14.2%") for day in ("Monday", "Tuesday")]
    texts = (*(twice if paired else once), third)
    facts = aligned_texts(phrase_versions(*texts))
    assert any(fact[2] == "1.2%" for fact in facts) is paired, facts


# A fact told as a date in some versions and as the period it opens in others ("since
# 2004", "in 2004", "the 2004 slide") agrees on its year: a translation's slipped year
# between the same neighbours joins it.
SLIDE_EN = (
    "A landslide buried 14 houses in the village of Arlo on Sunday, police said. "
    "Rescuers pulled 9 people from the mud. {} The valley has 3,200 residents."
)
SLIDE_ES = (
    "Un deslizamiento sepultó 14 casas en el pueblo de Arlo el domingo, según la policía. "
    "Los rescatistas sacaron a 9 personas del barro. Es el peor deslizamiento en el valle "
    "desde {}, cuando murieron 61 personas. El valle tiene 3.200 habitantes."
)
SINCE = "It was the worst slide in the valley since {}, when 61 people died."
CAME = "The valley's worst slide came in {}, when 61 people died."
DEADLIEST = "It is the deadliest since the {} slide, which killed 61 people."


@pytest.mark.parametrize(
    "years, slip, paired",
    [
        (("2004", "2004", "2004"), "2005", True),
        # The versions disagree on the year already: no agreed time to measure a slip by.
        (("2004", "2003", "2004"), "2005", False),
        # Two years off is no slip of the pen.
        (("2004", "2004", "2004"), "2006", False),
    ],
)
def test_a_slipped_year_joins_a_time_told_as_date_and_period(tmp_path, years, slip, paired):
    texts = [
        SLIDE_EN.format(sentence.format(year))
        for sentence, year in zip((SINCE, CAME, DEADLIEST), years, strict=True)
    ]
    texts.append(SLIDE_ES.format(slip))
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"v{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    facts = aligned_texts(story_versions(*paths))
    assert any(fact[3] == f"desde {slip}" for fact in facts) is paired, facts


# A bare year slips into the next too often by chance to be placed anywhere, but two
# headlines a year apart name one event: a version whose headline, worded apart from the
# others', slipped while its body kept the year still pairs it with the others' headlines.
GAMES_BODY = (
    "The council said on {} it would no longer host the 2034 Harbour Games, citing costs"
    " of $2.1 billion."
)


@pytest.mark.parametrize(
    "year, joint, paired",
    [
        ("2035", "\n\n", True),
        # two years apart: no slip of the pen
        ("2036", "\n\n", False),
        # a first line with no blank line after it is no headline
        ("2035", "\n", False),
    ],
)
def test_a_slipped_headline_year_pairs_with_the_other_headlines(tmp_path, year, joint, paired):
    texts = (
        f"Harbour Games {year} scrapped by port city{joint}{GAMES_BODY.format('Monday')}"
        " It had budgeted $900 million.",
        f"Port city drops 2034 Harbour Games over cost{joint}{GAMES_BODY.format('Tuesday')}",
        f"City pulls out of 2034 Harbour Games{joint}{GAMES_BODY.format('Monday')}",
    )
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"v{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    facts = aligned_texts(story_versions(*paths))
    assert ((year, "2034", "2034") in facts) is paired, facts
    assert ("2034", "2034", "2034") in facts, facts


# One value told of two facts in one version ("hire 300", "more than 300 complaints"):
# where another version tells both apart, the slipped version's other 300 is already the
# partner of that version's other telling, so it is no evidence against the slip, even
# beside a version that tells only one of them.
HIRE = "Under its new plan, the harbour board wants to hire {}."
NOISE = "Residents filed more than {} complaints about noise at the quays, the council said."
NOISE_TOO = "More than {} complaints about noise at the quays reached the council."


@pytest.mark.parametrize(
    "texts, paired",
    [
        ((f"{HIRE.format('300')} {NOISE.format('300')}", NOISE_TOO.format("300"),
          f"{HIRE.format('300')} {NOISE.format('30')}"), True),
        # No other version tells the hiring: the third version's 300 may be the noise
        # fact's partner, so the 30 is left out, unchecked.
        ((NOISE.format("300"), NOISE_TOO.format("300"),
          f"{HIRE.format('300')} {NOISE.format('30')}"), False),
        # A fourth version tells 30 too: no slip of one version but a value versions
        # disagree on, so a third version's two tellings say nothing of its partner.
        ((f"{HIRE.format('300')} {NOISE.format('300')}", NOISE_TOO.format("300"),
          f"{HIRE.format('300')} {NOISE.format('30')}", NOISE.format("30")), False),
    ],
)  # fmt: skip
def test_a_value_told_of_another_fact_elsewhere_is_no_evidence_against_a_slip(texts, paired):
    facts = aligned_texts(phrase_versions(*texts))
    assert any(fact[2] == "30" for fact in facts) is paired, facts



@pytest.mark.parametrize("day, paired", [("15", True), ("19", False)])
def test_a_follow_up_days_later_holds_no_slip_by_words_alone(tmp_path, day, paired):
    """A follow-up tells new figures beside the old (a 6% deal beside a 60% stake, 71% of
    the votes beside the 7% asked): by words alone, below the threshold, a figure of a
    later day is no slip of the pen; of the same day it may be (and is reported)."""
    from align_helpers import ROOT

    from figcheck.pipeline import check

    story = ROOT / "benchmarks" / "redteam" / "b-port-strike-clean"
    for source in sorted(story.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        text = text.replace("September 19", f"September {day}").replace("Sept 19", f"Sept {day}")
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    texts = {e.text for f in check([str(tmp_path)]).findings for e in f.evidence}
    assert ("6%" in texts) is paired
    assert ("71%" in texts) is paired
