"""English: the words of wire copy and its rewrites."""

from __future__ import annotations

from figcheck.lang import Lexicon

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ],
        start=1,
    )
    for name in names
}

LEXICON = Lexicon(code="en", name="English", months=MONTHS, weekdays=WEEKDAYS)


#: Words that make a count a developing toll (figcheck.rules.update): the dead, the hurt,
#: the missing, the sick, the arrested.
TOLL_WORDS = (
    "dead", "died", "die", "killed", "killing", "kills", "deaths", "death toll", "toll",
    "fatalities", "lives", "bodies", "injured", "injuring", "wounded", "hurt", "injuries",
    "missing", "unaccounted", "cases", "infections", "infected", "hospitalised",
    "hospitalized", "arrests", "arrested", "detained", "victims", "casualties",
)  # fmt: skip

#: Words right before a number that make it an age ("aged 19", "at the age of 19").
AGE_BEFORE = ("aged", "age of", "ages of", "age")
#: Words right after a number that make it an age ("19-year-old", "19 years old").
AGE_AFTER = ("year-old", "years old", "year old", "years of age", "-year-old")
