"""Numbers that are names, labels, links or spam are not figures."""

import pytest

from figcheck import extract

NOT_FIGURES = [
    "the Thousand Talents Plan (TTP)",
    "China's 1,000 Talents Plan is being carried on",
    "the successor to the 1,000-person plan",
    "experience at Fortune 500 companies",
    "COVID-19 restrictions",
    "the G20 summit",
    "tariffs under Section 301",
    "see https://example.com/2023/08/24/story-500",
    "(Source:www.business-today.in)",
    "call +1 555 123 4567 now",
    "write to desk123@example.com",
    "best immigration consultants in delhi, 24 hours",
    "ipsum dolor sit amet, 30 days free",
    "#Focus #Chinas #Thousand #Talents #Plan 2023",
    "the SCP-173 file",
    "The Hundred Flowers Fund, named after a park",
    "links the A1077 to Junction 5 of the M62 motorway",
    "at the end of Metro Line 14, which opened",
    "a seat in Formula 2",
    "as the broadcaster Vesti 24 put it",
    "footage aired on Nova 24 TV",
    "as Vesti 24 reported on its website",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Fortune 500 firms hired 200 engineers", "200"),
        ("The story. best immigration consultants in delhi. Then 48 were hired.", "48"),
        ("the Thousand Talents Plan recruited 7,000 scientists", "7,000"),
        ("Formula 1 teams hired 40 engineers", "40"),
        # a channel's name only where copy calls it one; a medal table's count stays
        ("the broadcaster Vesti 24 showed 16 tanks", "16"),
        ("Britain 24, ahead of the hosts", "24"),
        ("In Ohio, 24 reported pain", "24"),
        # a date before the cue is no channel
        ("March 24 TV debates", "March 24"),
    ],
)
def test_story_around_an_exclusion_is_kept(text, kept):
    assert [f.text for f in extract(text)] == [kept]
