"""qualifier-drift: (version A phrase, version B phrase) -> reported or not."""

import pytest
from helpers import run_rule

CASES = [
    # "only" set against a larger figure of its kind: a few out of many, dropped or added.
    ("of 300 letters, only 14 objections", "of 300 letters, 14 objections", True),
    ("of 300 letters, 14 objections", "of 300 letters, just 14 objections", True),
    # Alone, "only" stresses the figure, which says the same without it.
    ("only 14 objections", "14 objections", False),
    ("14 objections", "just 14 objections", False),
    # A span of time is no whole to measure it against.
    ("only 14 objections in 300 days", "14 objections in 300 days", False),
    # A bound added to a plain figure does not change the claim: the intervals overlap.
    ("at least 14 objections", "14 objections", False),
    ("more than 95% of trains", "95% of trains", False),
    # A bound reversed does, even on the same number.
    ("as high as 2.3 billion euros", "more than 2.3 billion euros", True),
    ("up to 2.3 billion euros", "at least 2.3 billion euros", True),
    ("fewer than 80 stores", "over 80 stores", True),
    ("nearly 96% of trains", "more than 96% of trains", True),
    # Two ways of saying the same bound, or an approximation either way.
    ("over 80 stores", "more than 80 stores", False),
    ("nearly 2 billion euros", "about 2 billion euros", False),
    # Different numbers: whether they agree is number-mismatch's question.
    ("nearly 96% of trains", "more than 95% of trains", False),
    # "only" or "just" on an age is emphasis, never a claim about the age.
    ("a striker aged just 19", "a striker aged 19", False),
    ("the only 19-year-old", "the 19-year-old", False),
    ("more than 200 applicants", "over 200 applicants", False),
    ("up to 15 million yuan", "as much as 15 million yuan", False),
    ("about 400,000 homes", "some 400,000 homes", False),
    ("about 400,000 homes", "around 400,000 homes", False),
    ("about 400,000 homes", "400,000 homes", False),
    ("nearly 400,000 homes", "more than 400,000 homes", True),
    ("only 14 objections", "only 14 objections", False),
    # Values differ: that is number-mismatch's finding.
    ("only 14 objections", "50 objections", False),
    # "over 30 years" may mean "during" or "more than": left alone either way.
    ("over 30 years", "30 years", False),
    ("over 30 years", "more than 30 years", False),
    ("more than 30 years", "30 years", False),
    ("more than 30 years", "less than 30 years", True),
    # A qualifier a few words away still counts.
    ("applicants under the age of 40 years", "applicants under 40 years", False),
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_qualifier_drift(a, b, reported):
    findings = run_rule("qualifier-drift", a, b)
    assert bool(findings) is reported
    assert all(f.severity == "warning" for f in findings)


@pytest.mark.parametrize(
    "a, b, why",
    [
        ("as high as 2.3 billion euros", "more than 2.3 billion euros", "the bound is reversed"),
        (
            "of 300 letters, only 14 objections",
            "of 300 letters, 14 objections",
            "the exclusivity is dropped",
        ),
        (
            "of 300 letters, 14 objections",
            "of 300 letters, only 14 objections",
            "the exclusivity is added",
        ),
    ],
)
def test_the_message_says_why(a, b, why):
    (finding,) = run_rule("qualifier-drift", a, b)
    assert why in finding.message


ONLY, PLAIN = "of 300 letters, only 14 objections", "of 300 letters, 14 objections"


@pytest.mark.parametrize(
    "phrases, odd, why",
    [
        # the odd version out lost the "only" the others keep, wherever it stands
        ((ONLY, ONLY, PLAIN), 2, "the exclusivity is dropped"),
        ((PLAIN, ONLY, ONLY), 0, "the exclusivity is dropped"),
        ((ONLY, PLAIN, ONLY), 1, "the exclusivity is dropped"),
        # or added one the others lack
        ((ONLY, PLAIN, PLAIN), 0, "the exclusivity is added"),
        ((PLAIN, PLAIN, ONLY), 2, "the exclusivity is added"),
    ],
)
def test_the_reason_is_told_of_the_odd_version_out(phrases, odd, why):
    """The finding stands at the version that differs from the rest, and its reason says
    what that version did to the others' figure, whatever order the versions come in."""
    (finding,) = run_rule("qualifier-drift", *phrases)
    assert finding.evidence[0].path == f"v{odd + 1}.txt"
    assert why in finding.message


@pytest.mark.parametrize(
    "a, b, reported",
    [
        ("about", "almost", False),
        ("about", "more than", False),
        ("almost", "more than", True),
        ("almost", None, False),
    ],
)
def test_conversions_tolerate_approximate_wording(a, b, reported):
    from helpers import check, document, figures_of

    from figcheck.rules import RULE_MODULES

    docs = []
    for i, word in enumerate((a, b), start=1):
        words = f"{word} $2.1 million" if word else "$2.1 million"
        text = f"Rewards of 15 million yuan, or {words}, were paid."
        figs = figures_of(text)
        figs[1] = figs[1].with_changes(conversion_of=0)
        docs.append(document(f"v{i}.txt", text, figs))
    disabled = frozenset(RULE_MODULES) - {"qualifier-drift"}
    assert bool(check(docs, disabled=disabled).findings) is reported


#: Whole sentences read by the real extractors: "only" that stresses an age or the time
#: between two events (young, soon) against "only" that says that is all there is.
EMPHASIS = [
    ("The keeper signs at only 19 years of age.", "The 19-year-old keeper signs.", False),
    ("The keeper signs at just 19.", "The keeper, aged 19, signs.", False),
    (
        "The siren went off only two minutes after the warning.",
        "The siren went off two minutes after the warning.",
        False,
    ),
    (
        "Rescuers reached the pier just 3 hours later.",
        "Rescuers reached the pier 3 hours later.",
        False,
    ),
    (
        "The roof fell within just four minutes of the blast.",
        "The roof fell within four minutes of the blast.",
        False,
    ),
    (
        "La sirena sonó apenas dos minutos después del aviso.",
        "La sirena sonó dos minutos después del aviso.",
        False,
    ),
    ("警報のわずか2分後にサイレンが鳴った。", "警報の2分後にサイレンが鳴った。", False),
    # Exclusivity still counts against a whole: a count, and a span that is no time
    # between two events; alone, "only" stresses them.
    ("Of 40 bidders, only eight passed the audit.", "Of 40 bidders, eight passed the audit.", True),
    ("Only 3 of the 17 councils objected.", "3 of the 17 councils objected.", True),
    (
        "Of its 30 days of leave, the staff used only 14 days.",
        "Of its 30 days of leave, the staff used 14 days.",
        True,
    ),
    ("Only eight bidders passed the audit.", "Eight bidders passed the audit.", False),
    # The level a change left is no whole: "just" stresses the fall.
    (
        "Just 9.2% of workers never go to a workplace, down from 21.7% in 2021.",
        "9.2% of workers never go to a workplace, down from 21.7% in 2021.",
        False,
    ),
    # ("from" alone may name the whole a few are drawn from)
    ("Only eight returned from 200 applicants.", "Eight returned from 200 applicants.", True),
    ("The office grants only 14 days of leave.", "The office grants 14 days of leave.", False),
    ("Only two climbers reached the summit.", "Two climbers reached the summit.", False),
]


@pytest.mark.parametrize("a, b, reported", EMPHASIS)
def test_only_on_an_age_or_an_elapsed_time_is_emphasis(a, b, reported):
    from helpers import check

    from figcheck.document import Document
    from figcheck.rules import RULE_MODULES

    docs = [Document(f"v{i}.txt", text) for i, text in enumerate((a, b), start=1)]
    disabled = frozenset(RULE_MODULES) - {"qualifier-drift"}
    for order in (docs, docs[::-1]):
        assert bool(check(order, disabled=disabled).findings) is reported
