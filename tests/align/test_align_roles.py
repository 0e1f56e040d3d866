"""Alignment by what is counted: figures whose roles or counted things differ never pair."""

import pytest
from align_helpers import aligned_texts, phrase_versions
from helpers import figures_of

from figcheck.align.profiles import profiles_of
from figcheck.align.roles import apart, nouns_differ, role_of
from figcheck.align.scoring import FAR_APART, VALUE_WEIGHT, tie_breakers
from figcheck.align.values import far_apart, value_closeness


def role_in(sentence: str, figure: str) -> str:
    start = sentence.index(figure)
    return role_of(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    "sentence, figure, role",
    [
        ("The keeper, aged 19, signed on Friday.", "19", "age"),
        ("The 19-year-old keeper signed on Friday.", "19", "age"),
        ("She made her debut at the age of 15 in the cup.", "15", "age"),
        ("El portero, de 19 años de edad, firmó el viernes.", "19", "age"),
        ("Der Torwart ist 19 Jahre alt.", "19", "age"),
        ("守门员今年19岁。", "19", "age"),
        ("Prices rose 8.1% on the month in June.", "8.1%", "monthly"),
        ("Monthly inflation slowed to 2.9% in June.", "2.9%", "monthly"),
        ("Prices rose 61.2% from a year earlier in June.", "61.2%", "annual"),
        ("Annual inflation reached 61.2% in June.", "61.2%", "annual"),
        ("La inflación interanual llegó al 61,2%.", "61,2%", "annual"),
        ("The council hired 200 dock workers.", "200", ""),
        ("Prices rose 12% in the month to June.", "12%", ""),
        # A cue past the end of the clause speaks of something else.
        ("Profit rose 12%. Monthly sales were flat.", "12%", ""),
    ],
)
def test_the_role_a_figure_s_own_words_state(sentence, figure, role):
    assert role_in(sentence, figure) == role


def test_a_cue_beyond_the_neighbouring_figure_is_not_read():
    sentence = "Prices rose 61.2% from a year earlier and 2.9% from the previous month."
    first, second = sentence.index("61.2%"), sentence.index("2.9%")
    assert role_of(sentence, first, first + 5, 0, second) == "annual"
    assert role_of(sentence, second, second + 4, first + 5) == "monthly"


@pytest.mark.parametrize(
    "a_role, a_noun, b_role, b_noun, expected",
    [
        ("annual", "", "monthly", "", True),
        ("annual", "", "annual", "", False),
        ("annual", "", "", "", False),  # a role one version leaves unsaid never blocks
        ("age", "", "", "goals", True),  # an age never with a count
        ("age", "", "", "", False),
        ("", "charges", "", "stores", True),
        ("", "local councils", "", "councils", False),
        ("", "workers", "", "工人", False),  # nouns of two languages cannot be compared
        ("", "", "", "stores", False),
    ],
)
def test_roles_and_nouns_that_say_two_figures_differ(a_role, a_noun, b_role, b_noun, expected):
    assert apart(a_role, a_noun, b_role, b_noun) is expected
    assert apart(b_role, b_noun, a_role, a_noun) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("charges", "stores", True),
        ("dock workers", "workers", False),
        ("passengers", "passenger", False),
        ("", "stores", False),
    ],
)
def test_nouns_differ(a, b, expected):
    assert nouns_differ(a, b) is expected


@pytest.mark.parametrize(
    "a, b, not_paired",
    [
        # Another counted thing in alike words.
        ("The chain faces 12 charges after inspectors visited its shops in May.",
         "The chain faces charges after inspectors visited its 30 stores in May.",
         ("12", "30")),
        # An age against a count.
        ("The winger, aged 19, scored in the cup final in May.",
         "The winger scored 7 goals in the cup final in May.",
         ("19", "7")),
        # An annual rate against a monthly one.
        ("Consumer prices rose 61.2% on the year, the agency said on Monday.",
         "Consumer prices rose 2.9% on the month, the agency said on Monday.",
         ("61.2%", "2.9%")),
    ],
)  # fmt: skip
def test_figures_about_different_things_are_not_paired(a, b, not_paired):
    assert not_paired not in aligned_texts(phrase_versions(a, b))


@pytest.mark.parametrize(
    "a, b, paired",
    [
        ("The chain faces 12 charges after inspectors visited its shops in May.",
         "The chain faces 14 charges after inspectors visited its shops in May.",
         ("12", "14")),
        ("The winger (aged 19) scored in the cup final in May.",
         "The winger (aged 18) scored in the cup final in May.",
         ("19", "18")),
        ("Consumer prices rose 61.2% on the year, the agency said on Monday.",
         "Consumer prices rose 62.1% on the year, the agency said on Monday.",
         ("61.2%", "62.1%")),
    ],
)  # fmt: skip
def test_the_same_thing_with_another_value_still_pairs(a, b, paired):
    assert paired in aligned_texts(phrase_versions(a, b))


def test_a_version_that_states_both_values_is_not_paired_across_them():
    # Each version gives both rates; whichever pairing the words suggest, a pair of two
    # different values here cannot be told from the pair of equal ones.
    a = "Consumer prices rose 61.2% in June. Food prices rose 2.9% in June, it said."
    b = "Consumer prices rose 2.9% in June, it said. Food prices, it said, rose 61.2% in June."
    facts = aligned_texts(phrase_versions(a, b))
    assert ("61.2%", "2.9%") not in facts
    assert ("2.9%", "61.2%") not in facts


@pytest.mark.parametrize(
    "a, b, far",
    [
        ("It rose 3.5% in June.", "It rose 83.5% in June.", True),
        ("It hired 100 people.", "It hired 250 people.", True),
        ("It hired 48 people.", "It hired 50 people.", False),
        ("It raised $2.1 million.", "It raised $2.1 billion.", False),  # a scale slip
        ("It hired 0 people.", "It hired 5 people.", True),
    ],
)
def test_amounts_far_apart(a, b, far):
    (p,), (q,) = (figures_of(a), figures_of(b))
    assert far_apart(p, q) is far
    assert far_apart(q, p) is far


def test_amounts_far_apart_cost_a_pair_more_than_its_value():
    a, b = "It rose 3.5% in June.", "It rose 83.5% in June."
    p, q = (profiles_of(v, d, {})[0] for d, v in enumerate(phrase_versions(a, b)))
    closeness = value_closeness(p.figure, q.figure)
    assert tie_breakers(p, q) == pytest.approx(FAR_APART + VALUE_WEIGHT * closeness)
