"""Profiles: each figure's family and the words around it."""

from decimal import Decimal

import pytest
from align_helpers import phrase_versions

from figcheck.align import family
from figcheck.align.profiles import profiles_of
from figcheck.figures import Figure


def figure(kind, unit=None, **changes):
    return Figure(kind, 0, 1, "1", Decimal(1), unit).with_changes(**changes)


@pytest.mark.parametrize(
    "fig, expected",
    [
        (figure("count"), "count"),
        (figure("number"), "count"),  # a bare number may count anything a count does
        (figure("date"), "date"),
        (figure("period"), "date"),
        (figure("money", "USD"), "money"),
        (figure("percent", "%"), "percent"),
        (figure("percent", "pp"), "percent"),
        # a share of a whole is a percentage told as a fraction: "one in five" is 20%
        (figure("ratio", "share", value=Decimal("0.2")), "percent"),
        (figure("ratio", "times", value=Decimal(3)), "ratio"),  # "tripled": no percentage
        (figure("quantity", "km", extra=(("dimensionality", "[length]"),)), "quantity:[length]"),
        (figure("quantity", "km"), "quantity:km"),
        (figure("money", "USD", conversion_of=0), "money/conversion"),
        (figure("count", range_part="low", range_with=1), "count/low"),
        (figure("money", "EUR", conversion_of=0, range_part="high"), "money/conversion/high"),
    ],
)
def test_family(fig, expected):
    assert family(fig) == expected


TEXT = (
    "The port handled 400,000 containers last year. "
    "It hired 200 new dock workers at a cost of $3 million. "
    "Trade rose 12% in 2019, the authority said on its website in a long statement "
    "published on Monday morning."
)


# figure text -> (sentence, wide, window, noun): the figure's own words are left out,
# stopwords dropped; the wide context adds the sentences on either side, the window
# keeps 60 characters of the sentence on each side.
@pytest.mark.parametrize(
    "text, sentence, wide, window, noun",
    [
        ("400,000", "port handled last year",
         "port handled last year hired 200 new dock workers cost 3 million",
         "port handled last year", "containers"),
        ("200", "hired workers cost 3 million",
         "port handled 400 000 containers last year hired workers cost 3 million trade rose 12 "
         "2019 authority website long statement published monday morning",
         "hired workers cost 3 million", "new dock"),
        ("12%", "trade rose 2019 authority website long statement published monday morning",
         "hired 200 new dock workers cost 3 million trade rose 2019 authority website long "
         "statement published monday morning",
         "trade rose 2019 authority website long statem", ""),
    ],
)  # fmt: skip
def test_contexts_of_a_figure(text, sentence, wide, window, noun):
    (version,) = phrase_versions(TEXT)
    (profile,) = [p for p in profiles_of(version, 0, {}) if p.figure.text == text]
    assert (profile.sentence, profile.wide, profile.window, profile.noun) == (
        sentence,
        wide,
        window,
        noun,
    )


def test_figures_of_one_sentence_share_its_start():
    (version,) = phrase_versions(TEXT)
    starts = {p.figure.text: p.sentence_start for p in profiles_of(version, 3, {})}
    assert starts == {"400,000": 0, "last year": 0, "200": 47, "$3 million": 47, "12%": 102,
                      "2019": 102}  # fmt: skip


def test_profiles_refer_to_their_version_and_figure():
    (version,) = phrase_versions(TEXT)
    profiles = profiles_of(version, 3, {})
    assert [(p.ref.doc, p.ref.fig) for p in profiles] == [(3, i) for i in range(6)]
    assert [p.figure for p in profiles] == list(version.figures)


def test_a_shared_cache_gives_the_same_profiles():
    """Versions repeating sentences share their words through the run's cache."""
    a, b = phrase_versions(TEXT, "Preface here. " + TEXT)
    cache: dict = {}
    shared = [profiles_of(v, d, cache) for d, v in enumerate((a, b))]
    alone = [profiles_of(v, d, {}) for d, v in enumerate((a, b))]
    assert shared == alone
