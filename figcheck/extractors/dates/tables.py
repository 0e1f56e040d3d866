"""Words the date finder reads: months, weekdays, ordinals, seasons, relative words.

Kept apart from the forms that read them, so that a new spelling is a data change.
"""

from __future__ import annotations

from figcheck.lang import en
from figcheck.lang.en import MONTHS

#: Month names and abbreviations -> 1..12 (shared with publication-date detection).
MONTH_NUMBERS: dict[str, int] = dict(MONTHS)
#: Months written in full ("may", "june", "september"): a dot after one ends a sentence,
#: where after "Sept" it ends the abbreviation.
FULL_MONTHS = frozenset(
    max((name for name, n in MONTHS.items() if n == number), key=len) for number in range(1, 13)
)

#: Weekday names and abbreviations -> 0 (Monday) .. 6, as datetime.weekday() counts.
WEEKDAYS: dict[str, int] = {name: number - 1 for name, number in en.WEEKDAYS.items()}
#: Weekday abbreviations that are ordinary words ("sat", "sun", "wed"): context needed.
SHORT_WEEKDAYS = {name for name in WEEKDAYS if len(name) <= 5 and not name.endswith("day")}

#: Ordinal words for days of the month.
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
}  # fmt: skip
CARDINAL_WORDS: dict[str, int] = {
    word: value for word, value in {**en.UNITS, **en.TENS}.items() if value
}
#: Counts in durations: "a decade", "a couple of years", "several weeks".
COUNT_WORDS: dict[str, int | None] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "a couple of": 2,
    "couple of": 2,
    "a few": None,
    "few": None,
    "several": None,
}

#: Time units in days (months and years are counted by calendar, not by these).
UNITS: dict[str, str] = {
    "day": "day", "days": "day", "business day": "day", "business days": "day",
    "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade",
}  # fmt: skip

#: "last year" style words and the step they take from the reference date.
RELATIVE_STEP: dict[str, int] = en.RELATIVE_STEP
AHEAD_WORDS: tuple[str, ...] = en.AHEAD_WORDS
#: Northern-hemisphere meteorological seasons: first and last month (winter spans a new year).
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
QUARTER_WORDS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "last": 4, "final": 4,
}  # fmt: skip

#: Words before a lone month or year that make it a date ("in May", "since 2019").
DATE_CONTEXT = {
    "in", "on", "since", "until", "till", "by", "during", "this", "last", "next", "of",
    "from", "to", "through", "between", "and", "early", "late", "mid", "end", "before",
    "after", "past", "previous", "coming", "upcoming", "around", "throughout", "for",
}  # fmt: skip
#: Words after "may"/"march" that show a verb, not a month ("may be", "march on").
VERB_AFTER = {
    "be", "have", "not", "also", "well", "still", "need", "soon", "even", "never", "only",
    "already", "further", "again", "face", "take", "make", "get", "go", "see", "lose",
    "want", "seem", "become", "do", "help", "offer", "on", "into", "past", "off",
}  # fmt: skip

#: Words before a 4-digit number that show a count, not a year ("more than 2000").
COUNT_BEFORE = {
    "than", "nearly", "almost", "approximately", "roughly", "some", "least", "total",
    "number", "no", "no.", "page", "pages", "top", "about", "over", "under", "just",
    "only", "exactly", "estimated", "additional", "another", "extra", "all",
}  # fmt: skip
#: Words after a 4-digit number that show a count or quantity, not a year.
COUNT_AFTER = {
    "people", "men", "women", "children", "staff", "police", "personnel", "feet", "foot",
    "km", "kg", "mg", "g", "m", "cm", "mm", "mi", "ft", "lb", "lbs", "mw", "gw", "kw", "kwh",
    "mwh", "gwh", "bpd", "yuan", "yen", "euro", "won", "rupees", "times", "percent",
    "per", "plus", "more", "fewer", "others", "other", "million", "billion", "thousand",
    "hundred", "bn", "mn", "k", "strong", "miles", "metres", "meters", "tonnes", "tons",
    "x", "by", "sq", "square", "cubic", "degrees", "pounds", "dollars", "points",
}  # fmt: skip
#: Lower-case words ending in "s" that are no plural nouns ("in 2019 was").
NOT_PLURAL = {
    "was", "has", "is", "its", "this", "thus", "us", "as", "yes", "plus", "always", "perhaps",
    "whereas", "across", "less", "unless", "besides", "afterwards", "towards", "news",
    "his", "hers", "ours", "theirs", "does", "goes", "says", "series", "chaos", "status",
    "gas", "bus", "campus", "census", "crisis", "basis", "analysis", "focus", "bonus",
    "stimulus", "consensus", "virus", "surplus", "process", "progress", "success",
    "access", "address", "business", "congress", "express", "class", "glass", "mass",
    "boss", "loss", "pass", "press", "stress", "cross", "kiss", "thesis", "alias",
    "sees", "makes", "marks", "remains", "represents", "shows", "means", "gives",
}  # fmt: skip
#: Words before "of" that make the 4-digit number after it a count ("a total of 2000").
COUNT_BEFORE_OF = {"total", "number", "out", "one", "some", "group", "crowd", "team", "dozens"}
#: Nouns after a 4-digit number that make it a year even when plural ("2030 games").
YEAR_NOUNS = en.YEAR_NOUNS
#: Nouns after "by" and a 4-digit number that make it a margin, not a year ("won by 1999 votes").
MARGIN_NOUNS = en.MARGIN_NOUNS
#: Nouns after "a"/"an" and a dashed month pair that make the pair an idiom ("a May-December romance").
MONTH_PAIR_IDIOM_NOUNS = en.MONTH_PAIR_IDIOM_NOUNS
#: Words after an opening "In" and a 4-digit number that start the clause, so the number is a
#: year ("In 2019 people moved"), though after other words they show a count ("2019 people").
CLAUSE_OPENERS = {
    "people", "men", "women", "children", "staff", "police", "personnel", "others", "more",
    "fewer",
}  # fmt: skip
#: Slash pairs that look like dates but are idioms.
NOT_DATES = {"24/7", "9/11", "50/50", "20/20"}
