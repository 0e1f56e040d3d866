"""Alignment as a whole: which figures of different versions report the same fact."""

import pytest
from align_helpers import aligned_texts, fixture_text, phrase_versions

from figcheck.align import align

SPAM = (
    "Best immigration consultants in Delhi: 100% success, call 98 765 43210 today. "
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, 25 sed do eiusmod tempor."
)


def wind(*names: str):
    return phrase_versions(*(fixture_text("wind-farm", f"{name}.txt") for name in names))


# (figure in 01-original, figure in 02-rewrite): different values must still align.
WIND_PAIRS = [
    ("1.2 billion euro", "1.2 billion euro"),
    ("48", "50"),
    ("400,000", "400,000"),
    ("from 2021 to 2023", "until 2023"),
    ("14", "14"),
    ("the previous year's", "the year's"),
    ("200", "200"),
    ("2019", "2019"),
    ("12%", "12%"),
    ("last year", "this year"),
    ("2027", "2027"),
]


@pytest.mark.parametrize("original, rewrite", WIND_PAIRS)
def test_rewrite_figures_align_with_the_original(original, rewrite):
    assert (original, rewrite) in aligned_texts(wind("01-original", "02-rewrite"))


@pytest.mark.parametrize(
    "original, translation",
    [("48", "48"), ("200", "thousands"), ("from 2021 to 2023", "from 2021 to 2023"),
     ("the previous year's", "last year"), ("400,000", "400,000")],
)  # fmt: skip
def test_translation_figures_align_with_the_original(original, translation):
    assert (original, translation) in aligned_texts(wind("01-original", "03-translation"))


def perturbations(text):
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:3], paragraphs[3:]
    return {
        "reordered": "\n\n".join(head + body[::-1]),
        "spam": "\n\n".join(head + [SPAM] + body + [SPAM]),
        "dropped": "\n\n".join(head + body[:-1]),
    }


@pytest.mark.parametrize("how", ["reordered", "spam", "dropped"])
def test_survives_reordering_spam_and_dropped_sentences(how):
    original = fixture_text("wind-farm", "01-original.txt")
    changed = perturbations(fixture_text("wind-farm", "02-rewrite.txt"))[how]
    facts = aligned_texts(phrase_versions(original, changed))
    expected = set(WIND_PAIRS)
    if how == "dropped":
        expected -= {("12%", "12%"), ("last year", "this year")}
    assert expected <= facts
    # Spam figures pair with nothing.
    assert not any(b in ("100%", "25") for _, b in facts)


@pytest.mark.parametrize("reference", [None, 0, 1, 2])
def test_one_figure_per_version_and_one_fact_per_figure(reference):
    facts = align(wind("01-original", "02-rewrite", "03-translation"), reference).facts
    assert facts
    seen = set()
    for fact in facts:
        assert len({ref.doc for ref in fact}) == len(fact) >= 2
        assert not seen & set(fact)
        seen |= set(fact)
    # Facts are listed by their first figure, and each fact's figures by version.
    firsts = [(fact[0].doc, fact[0].fig) for fact in facts]
    assert firsts == sorted(firsts)
    assert all(list(fact) == sorted(fact, key=lambda r: (r.doc, r.fig)) for fact in facts)


@pytest.mark.parametrize("reference", [0, 1, 2])
def test_reference_is_in_every_fact(reference):
    facts = align(wind("01-original", "02-rewrite", "03-translation"), reference).facts
    assert facts
    assert all(any(ref.doc == reference for ref in fact) for fact in facts)


def test_a_fact_missing_from_the_first_pivot_is_found_in_a_later_round():
    """The pivot is the version with the most figures; a fact it lacks is still aligned."""
    pivot = "The council approved 40 new homes and 12 shops and 3 parks in the district."
    without = "The council approved 41 new homes in the district."
    others = "The museum reopened after 18 months of repairs on Monday."
    versions = phrase_versions(pivot, without + " " + others, without + " " + others)
    facts = aligned_texts(versions)
    assert ("40", "41", "41") in facts
    assert ("", "18", "18") in facts


@pytest.mark.parametrize("count", [0, 1])
def test_fewer_than_two_versions_have_no_facts(count):
    versions = phrase_versions(*["The council approved 40 new homes."] * count)
    alignment = align(versions)
    assert alignment.facts == ()
    assert [len(alignment.profiles(d)) for d in range(count)] == [1] * count


@pytest.mark.parametrize(
    "a, b",
    [
        ("The 48 turbines will stand 12 km off the coast.", "Its 50 turbines will be 12 km out."),
        ("The project was first proposed in 2019.", "The wind project was first proposed in 2019."),
    ],
)
def test_unrelated_sentences_do_not_align(a, b):
    unrelated = "Danish regulators met on Thursday in Copenhagen. " + SPAM
    assert aligned_texts(phrase_versions(a, unrelated)) == set()
    assert aligned_texts(phrase_versions(a, b))


# A version that restates its own figure with other rounding ("about 74%", then "73.8%")
# stays in the fact: its second figure comes near the other version's "73%" only through
# rounding, so it is no other fact that "73%" was taken from.
RESTATED = [
    (
        "Net profit plunged about 74% in the first quarter, the firm said. "
        "That is down 73.8% from a year earlier.",
        "Net profit plunged 73% in the first quarter, the firm said.",
        "Net profit plunged 74% in the first quarter, the firm said.",
        ("74%", "73%", "74%"),
    ),
    (
        "Ticket sales dropped roughly 88% last season, the club said. "
        "They were down 87.6% from the record year.",
        "Ticket sales dropped 87% last season, the club said.",
        "Ticket sales dropped 88% last season, the club said.",
        ("88%", "87%", "88%"),
    ),
]


@pytest.mark.parametrize("first, second, third, fact", RESTATED)
def test_a_version_restating_its_figure_stays_in_the_fact(first, second, third, fact):
    assert aligned_texts(phrase_versions(first, second, third)) == {fact}


def test_profiles_are_those_of_each_version_in_figure_order():
    versions = wind("01-original", "02-rewrite")
    alignment = align(versions)
    for d, version in enumerate(versions):
        profiles = alignment.profiles(d)
        assert [p.figure for p in profiles] == list(version.figures)
        assert [(p.ref.doc, p.ref.fig) for p in profiles] == [(d, i) for i in range(len(profiles))]
