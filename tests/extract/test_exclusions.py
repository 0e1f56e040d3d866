"""Numbers that are names, labels, links or spam are not figures."""

import re

import pytest

from figcheck import extract
from figcheck.extractors import exclusions

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
    # times of day as wire copy writes them: hour and minutes run together before a zone
    "the quake struck at 1914 GMT",
    "shares were flat by 0930 GMT",
    "the polls close at 2200 local time",
    # scores and vote tallies count two sides, not a range
    "The decision was 11-1, with one governor dissenting",
    "The Senate voted 52-48 to confirm him",
    "the court's 6-3 ruling",
    "Northfield beat Eastmoor 3-1 at home",
    # aircraft models beyond Boeing's and Airbus's
    "The ATR 72 aircraft went down near the airport",
    "an ATR 72-600 turboprop",
    "the Embraer 190 jet",
    # a wire story's version tag
    "UPDATE 2-Sorano heart drug cuts hospital stays",
    "Keywords: SAMSUNG ELEC RESULTS/ (UPDATE 1, PIX)",
    # the exchange rate a wire story closes on is the day's rate, not a figure of the story
    "($1 = 144.57 yen)",
    "($1 = 1,317.2300 won) (Reporting by a reporter)",
    "(£1 = $1.2530)",
    "(US$1 = 7.8 Hong Kong dollars)",
    "(1 US dollar = 0.9187 euros; £1 = $1.25)",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("这架ATR 72飞机在降落前坠毁", "zh"),
        ("一架波音737客机", "zh"),
        ("空客A320飞机", "zh"),
        ("ボーイング787型機が着陸した", "ja"),
    ],
)
def test_aircraft_models_glued_to_chinese_and_japanese_words_are_not_figures(text, language):
    assert extract(text, None, language) == []


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
        ("Northfield won 2-0 before a crowd of 41,000.", "41,000"),
    ],
)
def test_story_around_an_exclusion_is_kept(text, kept):
    assert [f.text for f in extract(text)] == [kept]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("(1 dólar = 18,50 pesos)", "es"),
        ("(1 euro = 1,0900 dollars)", "fr"),
        ("（1美元=7.18元人民币）", "zh"),
        ("（1ドル＝144.57円）", "ja"),
    ],
)
def test_rate_notes_in_other_languages_are_not_figures(text, language):
    assert extract(text, None, language) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("peak sales of 150 billion yen ($1.04 billion). ($1 = 144.57 yen)",
         ["150 billion yen", "$1.04 billion"]),
        # a bracket that opens on one of something else is no rate note
        ("(1 in 5 = 20%)", ["1 in 5", "20%"]),
        ("prices rose (1.5% = 12 yen)", ["1.5%", "12 yen"]),
    ],
)
def test_the_story_beside_a_rate_note_is_kept(text, kept):
    assert [f.text for f in extract(text)] == kept


def _first_items(items):
    """The parsed items a match of ``items`` (re's parse tree) may start with, and whether
    it may match nothing; zero-width tests are passed over."""
    from re import _constants as c

    firsts = []
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.SUBPATTERN:
            inner, empty = _first_items(list(av[3]))
        elif op is c.BRANCH:
            parts = [_first_items(list(alt)) for alt in av[1]]
            inner, empty = [i for p, _ in parts for i in p], any(e for _, e in parts)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            inner, empty = _first_items(list(av[2]))
            empty = empty or av[0] == 0
        else:
            inner, empty = [(op, av)], False
        firsts += inner
        if not empty:
            return firsts, False
    return firsts, True


def _characters(op, av) -> list[str]:
    """Every character a first item matches (digits: ASCII and one other script's)."""
    from re import _constants as c

    if op is c.LITERAL:
        return [chr(av)]
    assert op is c.IN, op  # a name starting with any character at all would need no lead
    out = []
    for kind, value in av:
        if kind is c.LITERAL:
            out.append(chr(value))
        elif kind is c.RANGE:
            out += [chr(n) for n in range(value[0], value[1] + 1)]
        else:
            assert (kind, value) == (c.CATEGORY, c.CATEGORY_DIGIT), (kind, value)
            out += ["0", "7", "\u0663"]
    return out


@pytest.mark.parametrize("pattern", exclusions.NAME_PATTERNS)
def test_every_name_starts_with_a_character_of_the_lead(pattern):
    from re import _parser

    firsts, empty = _first_items(list(_parser.parse(pattern)))
    assert not empty
    lead = re.compile(f"[{exclusions.NAME_LEAD}]")
    for op, av in firsts:
        for char in _characters(op, av):
            assert lead.fullmatch(char), (pattern, char)


def test_the_lead_check_bites():
    from re import _parser

    firsts, _ = _first_items(list(_parser.parse(r"\b(?:[Tt]wo|x\d)-figure")))
    chars = {ch for op, av in firsts for ch in _characters(op, av)}
    assert chars == {"T", "t", "x"}
    assert not re.fullmatch(f"[{exclusions.NAME_LEAD}]", "x")
