"""The figures a fact-checker wants from the real seed articles, and the numbers that are not.

The seeds live beside the checkout (../shared/seeds); a worktree nested deeper finds
them further up. Without them the test is skipped.
"""

from decimal import Decimal

import pytest
from seedpaths import SEEDS

from figcheck import extract

if not SEEDS.is_dir():
    pytest.skip(f"seed articles not found at {SEEDS}", allow_module_level=True)

_CACHE: dict[str, tuple[str, list]] = {}


def figures_of(prefix: str):
    if prefix not in _CACHE:
        (path,) = SEEDS.glob(f"{prefix}_*.txt")
        text = path.read_text(encoding="utf-8")
        _CACHE[prefix] = text, extract(text)
    return _CACHE[prefix]


def phrase(text: str, fig) -> str:
    start, end = fig.span
    return text[start:end]


# (seed, words the figure covers with its qualifier and noun, kind, value, noun, qualifier)
WANTED = [
    ("001", "only eight successful candidates", "count", "8", "successful candidates", "only"),
    ("001", "over 200 applicants", "count", "200", "applicants", "over"),
    ("001", "about 200,000 people", "count", "200000", "people", "about"),
    ("001", "5,000 overseas researchers", "count", "5000", "overseas researchers", None),
    ("001", "48 already recruited", "count", "48", None, None),
    ("001", "49%", "percent", "49", None, None),
    ("001", "200 tech experts", "count", "200", "tech experts", None),
    ("001", "over 500 government documents", "count", "500", "government documents", "over"),
    ("001", "more than a dozen advertisements", "count", "12", "advertisements", "more than"),
    ("001", "One foreign-trained semiconductor expert", "count", "1",
     "foreign-trained semiconductor expert", None),
    ("000", "approximately 200,000 professionals", "count", "200000", "professionals",
     "approximately"),
    ("002", "more than 200 applicants", "count", "200", "applicants", "more than"),
    ("002", "only eight returned", "count", "8", None, "only"),
    ("003", "north of 500 government documents", "count", "500", "government documents",
     "north of"),
    ("003", "eight effective competitors", "count", "8", "effective competitors", None),
    ("004", "48 IT specialists", "count", "48", "it specialists", None),
    ("004", "only eight of the year's successful candidates", "count", "8",
     "successful candidates", "only"),
    ("004", "over 200 applications", "count", "200", "applications", "over"),
]  # fmt: skip


@pytest.mark.parametrize("seed, words, kind, value, noun, qualifier", WANTED)
def test_wanted_figures(seed, words, kind, value, noun, qualifier):
    text, figures = figures_of(seed)
    found = [(f.kind, f.value, f.noun, f.qualifier) for f in figures if phrase(text, f) == words]
    assert (kind, Decimal(value), noun, qualifier) in found


# (seed, words, counted noun or None, magnitude)
VAGUE = [
    ("000", "thousands of applicants", "applicants", 3),
    ("001", "thousands", None, 3),
    ("004", "many", None, None),  # "many have applied"
    ("001", "many Chinese semiconductor experts", "chinese semiconductor experts", None),
    ("003", "numerous Chinese semiconductor experts", "chinese semiconductor experts", None),
]


@pytest.mark.parametrize("seed, words, noun, magnitude", VAGUE)
def test_vague_counts(seed, words, noun, magnitude):
    text, figures = figures_of(seed)
    found = [(f.noun, f.magnitude) for f in figures if f.vague and phrase(text, f) == words]
    assert (noun, magnitude) in found


NOT_FIGURES = [
    ("000", "Thousand Talents Plan"),
    ("001", "Thousand Talents Plan"),
    ("002", "1,000 Talents Plan"),
    ("002", "1,000-person plan"),
    ("001", "Fortune 500"),
    ("004", "Fortune 500"),
    ("001", "one foot in China, one foot out"),
    ("002", "one foot in China and one foot overseas"),
    ("001", "one said"),
    ("001", "one of these people"),
    ("002", "#Focus #Chinas #Thousand #Talents #Plan"),
    ("004", "www.business-today.in"),
]

#: Dates: the date finder reports them, and no other kind may claim their digits.
DATES_NOT_COUNTS = [
    ("001", "2019 to 2023"),
    ("001", "June 2022"),
    ("002", "August 24th"),
]


@pytest.mark.parametrize("seed, words", DATES_NOT_COUNTS)
def test_dates_are_not_counts(seed, words):
    text, figures = figures_of(seed)
    at = text.index(words)
    inside = {f.kind for f in figures if f.start < at + len(words) and at < f.end}
    assert inside <= {"date", "period"}


@pytest.mark.parametrize("seed, words", NOT_FIGURES)
def test_not_figures(seed, words):
    text, figures = figures_of(seed)
    at = text.index(words)
    inside = [f.text for f in figures if f.start < at + len(words) and at < f.end]
    assert inside == []


def test_spam_lines_give_no_figures():
    text, figures = figures_of("003")
    spam_start = text.index("We will contact")
    assert [f.text for f in figures if f.start >= spam_start] == []
