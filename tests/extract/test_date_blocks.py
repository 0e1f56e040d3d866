"""The date finder searches sentence by sentence, skipping patterns a sentence has no words for.

That is a speed-up only: the skip tests (words a block must hold, trigger searches) must
never drop a date that running every pattern over every block would find.
"""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seedpaths import SEEDS

from figcheck.extractors.dates import search
from figcheck.extractors.dates.form import Ranked

ROOT = Path(__file__).resolve().parents[2]
PUB = dt.date(2023, 8, 24)


def block_texts(text):
    return [text[start:end] for start, end in search.blocks(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("One sentence.", ["One sentence."]),
        ("It rose. Then it fell.", ["It rose. ", "Then it fell."]),
        ("First.\n\nSecond para", ["First.\n\n", "Second para"]),
        ("Heading\n\n\n  Body text", ["Heading\n\n\n  ", "Body text"]),
        # abbreviations and numbers do not end a sentence
        ("On Aug. 24 it rose.", ["On Aug. 24 it rose."]),
        ("The U.S. Senate voted.", ["The U.S. Senate voted."]),
        ("It cost 3.5 million. Next", ["It cost 3.5 million. ", "Next"]),
        # a single line break (hard-wrapped text) is not a block end
        ("On August\n24, 2023 it", ["On August\n24, 2023 it"]),
        ("Up 12%. Down 3%! Why? Because", ["Up 12%. ", "Down 3%! ", "Why? ", "Because"]),
    ],
)
def test_blocks(text, expected):
    assert block_texts(text) == expected
    assert "".join(block_texts(text)) == text


def every_pattern_everywhere(text, ref):
    """What search.candidates would keep if it ran every form over every block, skipping nothing."""
    hits = []
    for start, end in search.blocks(text):
        for form in search.FORMS:
            for match in form.regex.finditer(text, start, end):
                hit = form.build(match, text, ref)
                if hit is not None and hit.end > hit.start:
                    hits.append(Ranked(hit, form.rank))
    return search.without_overlaps(hits)


PHRASES = [
    "on 24 August 2023", "the 3rd of March", "Sept. 5, 2019", "mid-2019", "the 1990s",
    "in the nineties", "the '80s", "last Tuesday", "Monday the 4th", "in Q3 2022",
    "the third quarter of 2021", "2023-08-24", "24/08/2023", "8/24",
    "from 2016 to 2019", "between 5 and 7 May", "May 15th through 19th", "two years ago",
    "the past three months", "next week", "this year's", "year-to-date", "the rest of the year",
    "summer 2020", "in nineteen ninety-four", "yesterday", "the day after tomorrow",
    "March of last year", "2021/22", "May 2020", "twenty-first of June", "on the 5th.",
    "last month", "the previous year", "early last year", "Dec 2022", "2019 Sept",
]  # fmt: skip


@pytest.mark.parametrize("phrase", PHRASES)
def test_skipping_drops_no_date_phrase(phrase):
    text = f"Officials said {phrase}, and nothing else."
    expected = every_pattern_everywhere(text, PUB)
    assert expected, "the phrase table should hold dates"
    assert search.candidates(text, PUB) == expected


def story_texts():
    paths = sorted(ROOT.glob("fixtures/*/*.txt")) + sorted(SEEDS.glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def test_skipping_drops_nothing_in_stories():
    texts = story_texts()
    assert len(texts) >= 3
    for text in texts:
        assert search.candidates(text, PUB) == every_pattern_everywhere(text, PUB)


TOKENS = PHRASES + ["the", "on", "in", "of", ".", ",", "and", "to", "Q", "1", "99", "s", "'"]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12))
def test_skipping_drops_nothing_in_any_mix(words):
    text = " ".join(words)
    assert search.candidates(text, PUB) == every_pattern_everywhere(text, PUB)
