"""Date forms of other languages, built from each language's date words.

A language module (``es``, ``fr``, ``pt``, ``de``) holds one ``DateWords`` table: the
small words its dates are made of ("de", "desde", "l'an dernier") that its lexicon
does not hold. Month and weekday names come from the lexicon (CLDR), day words from
num2words; ``Vocabulary`` joins them, loaded only when a sentence in that language
asks for it. The factories here turn a vocabulary into ``Form`` records, so the same
form ("a day, a month, a year") reads "24 de agosto de 2023", "24 août 2023" and
"24. August 2023", and resolves them as the English forms do: a day or month without
a year is the last one not after publication.

Words are matched without regard to case or accents ("proximo" is "próximo"), since
copy typed on another keyboard drops them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from figcheck.extractors.dates import combine, days
from figcheck.extractors.dates import tables as T
from figcheck.extractors.dates.form import DIGIT, Form, Hit, day_hit, hit
from figcheck.extractors.dates.relative import week_number_hit
from figcheck.text import NEVER, alternation


@dataclass(frozen=True)
class DateWords:
    """The date words of one language that its lexicon does not hold."""

    code: str
    #: Function words that show a sentence is in this language: its forms run only there.
    marker: tuple[str, ...]
    #: Between day, month and year ("24 de agosto de 2023").
    of: tuple[str, ...] = ()
    #: Articles and prepositions that may stand before a date and belong to no other form.
    before: tuple[str, ...] = ()
    #: Before a day of the month alone ("el 15", "le 27", "am 15.").
    day_before: tuple[str, ...] = ()
    #: Ordinal endings after a day's digits ("1er", "1ro", "1º"), as a regular expression.
    day_suffix: str = ""
    #: Words for a day counted from publication ("ayer": -1, "pasado mañana": 2).
    relative_days: Mapping[str, int] = field(default_factory=dict)
    #: Words before or after a unit or weekday that count from publication ("pasado": -1).
    steps: Mapping[str, int] = field(default_factory=dict)
    #: Calendar units ("año": "year"), and their plurals ("años"), which follow a count.
    units: Mapping[str, str] = field(default_factory=dict)
    plural_units: Mapping[str, str] = field(default_factory=dict)
    #: One word that is a unit and its step ("Vorjahr": the year before).
    fixed_units: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    #: Those of ``steps`` that count from the date their sentence names, not from
    #: publication ("l'année précédente": the year before the one just named); the
    #: ``fixed_units`` count so too ("im Vorjahr").
    counted: tuple[str, ...] = ()
    #: Season names and the English season they are ("verano": "summer").
    seasons: Mapping[str, str] = field(default_factory=dict)
    #: Before a lone month that makes it a date ("en", "desde", "el mes de").
    month_before: tuple[str, ...] = ()
    #: Words before a decade ("los años 70", "la década de 1990", "les années soixante"), and
    #: after its digits ("70er Jahre"): without them "70" is a number, not the 1970s.
    decade_before: tuple[str, ...] = ()
    decade_after: tuple[str, ...] = ()
    #: Before a week, month or year that runs from publication to its end ("el resto del año").
    rest_of: tuple[str, ...] = ()
    #: Phrases for the period from the start of the year or month to publication, and which
    #: ("en lo que va de año": "year", "seit Jahresbeginn": "year").
    to_date: Mapping[str, str] = field(default_factory=dict)
    #: Parts of a year and their months ("trimestre": 3, "semestre": 6), and the ordinals
    #: that number them ("primer": 1, "troisième": 3, "ersten": 1).
    year_parts: Mapping[str, int] = field(default_factory=dict)
    part_ordinals: Mapping[str, int] = field(default_factory=dict)
    #: Capital letters that name a part of a year beside its number in financial copy, and
    #: its months ("T3 2023", "el 1T de 2024": "T" 3; "S1 2023": "S" 6), read before a year.
    part_letters: Mapping[str, int] = field(default_factory=dict)
    #: Words before a date that name a part of it, and which ("Anfang": "early", "a finales
    #: de": "late"): the same interval, the part noted, as English "early 2019".
    edges: Mapping[str, str] = field(default_factory=dict)
    #: Words for a numbered week of the year ("semana 31", "KW 31").
    week_numbers: tuple[str, ...] = ()
    #: None: every month needs a word beside it. Otherwise the months that do (a planet, a
    #: name: "Mars", "Mai"); the others may stand alone ("Janvier a été doux").
    context_months: tuple[str, ...] | None = None
    #: Abbreviated months that are ordinary words too ("mar": the sea; "sept": seven): alone,
    #: a month only with their dot or after the word for month ("el mes de mar").
    word_abbreviations: tuple[str, ...] = ()
    #: Before a duration, counting back ("hace dos años") or forward; after it, back or forward.
    ago_before: tuple[str, ...] = ()
    ago_after: tuple[str, ...] = ()
    later_after: tuple[str, ...] = ()
    #: Open periods: "desde 1997" keeps the start, "hasta 2019" the end; "antes de 2020"
    #: ends the day before the date, "después de 2020" starts the day after it.
    since: tuple[str, ...] = ()
    until: tuple[str, ...] = ()
    earlier_than: tuple[str, ...] = ()
    later_than: tuple[str, ...] = ()
    #: Ranges: a word before the first end, and the words between the two ends.
    range_from: tuple[str, ...] = ()
    range_to: tuple[str, ...] = ()
    #: "entre ... y ...": "y" joins two dates only after "entre".
    between: tuple[str, ...] = ()
    range_and: tuple[str, ...] = ()
    #: Day and count words num2words does not give ("primer", "undécimo", "une").
    extra_days: Mapping[str, int] = field(default_factory=dict)
    extra_counts: Mapping[str, int] = field(default_factory=dict)
    #: Endings that inflect ordinal day words ("zweite" -> "zweiten").
    ordinal_endings: tuple[str, ...] = ("",)
    #: Weekday names are capitalised in running text (German): no name test on them.
    capitalised_weekdays: bool = False
    #: Words before "mañana"/"morgen" that make it the morning, not tomorrow ("por la").
    not_tomorrow_before: tuple[str, ...] = ()
    #: Words before a month named without its year that put it ahead of publication, as
    #: English "will" does ("wird", "d'ici"), and the endings of the future tense's verbs,
    #: lower-case ("reducirá": "rá"); see figcheck.extractors.dates.combine.ahead.
    ahead: tuple[str, ...] = ()
    future_endings: tuple[str, ...] = ()
    #: Words that open a clause of its own between such a word and the month, or tell who
    #: said it ("que", "dijo"): the month takes that clause's tense.
    clause_opens: tuple[str, ...] = ()


# ---------------------------------------------------------------- words without accents


def without_accents(text: str) -> str:
    text = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


@functools.lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Lower-cased, without accents, apostrophes or the spaces and hyphens inside words.

    (Remembered: building a language's forms folds every letter of its words, 14,000
    calls, and reading folds the same month and day words again and again.)"""
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-'’.]+", "", text)


@functools.cache
def loose(word: str) -> str:
    """A pattern for ``word`` with or without its accents, spaces or hyphens (remembered:
    the forms of a language spell its words in many patterns)."""
    out = []
    for char in word.casefold():
        if char == "ß":
            out.append("(?:ß|ss)")
        elif char in " -":
            out.append(r"[\s-]?" if char == "-" else r"[\s-]+")
        elif char in "'’":
            out.append("['’]")
        else:
            bare = fold(char)
            out.append(f"[{char}{bare}]" if bare and bare != char else re.escape(char))
    return "".join(out)


def any_of(words) -> str:
    """An alternation of ``words`` (longest first), accents optional."""
    found = alternation(words, spell=loose, empty="")
    return f"(?:{found})" if found else NEVER


# ---------------------------------------------------------------- one language's vocabulary


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """A language's date words, folded for lookup, and the pattern pieces made of them."""

    words: DateWords
    months: Mapping[str, int]
    full_months: frozenset[str]
    weekdays: Mapping[str, int]  # Monday 0, as datetime counts
    full_weekdays: frozenset[str]
    day_words: Mapping[str, int]
    counts: Mapping[str, int]
    #: The names and words as written (with accents, spaces, hyphens), for patterns.
    spellings: Mapping[str, tuple[str, ...]]

    @functools.cached_property
    def steps(self) -> dict[str, int]:
        return {fold(w): s for w, s in self.words.steps.items()}

    @functools.cached_property
    def units(self) -> dict[str, str]:
        return {
            fold(w): u for w, u in (*self.words.units.items(), *self.words.plural_units.items())
        }

    @functools.cached_property
    def pieces(self) -> Pieces:
        return _pieces(self)

    def month(self, word: str) -> int:
        return self.months[fold(word)]

    def weekday(self, word: str) -> int:
        """Monday 0 for "lunes", "lundi", "Montag", and plurals ("sábados", "sextas-feiras")."""
        return self.weekdays[fold(word)]

    def is_full_month(self, word: str) -> bool:
        return fold(word) in self.full_months

    def step_in(self, phrase: str | None) -> int:
        """The step of the modifier in ``phrase`` ("de la semana pasada": -1; none: 0)."""
        found = self.modifier.search(phrase or "")
        return self.steps[fold(found.group(0))] if found else 0

    @functools.cached_property
    def modifier(self) -> re.Pattern:
        return re.compile(rf"\b{self.pieces.step}\b", re.I)

    def day(self, text: str) -> int | None:
        """A day as written: "24", "1er", "1ro", "primero", "vingt-deux", "zweiten"."""
        digits = re.match(r"\d+", text)
        if digits:
            return int(digits.group(0))
        return self.day_words.get(fold(text))

    def count(self, text: str) -> int | None:
        return int(text) if text.isdigit() else self.counts.get(fold(text))


_VOCABULARIES: dict[str, Vocabulary] = {}


def vocabulary(words: DateWords) -> Vocabulary:
    """Months and weekdays from the lexicon, day and count words as num2words spells them
    (``lang._spelled``), once."""
    if words.code not in _VOCABULARIES:
        _VOCABULARIES[words.code] = _vocabulary(words)
    return _VOCABULARIES[words.code]


def _vocabulary(words: DateWords) -> Vocabulary:
    from figcheck.lang import lexicon
    from figcheck.lang._spelled import NUMBERS, spelled

    lex = lexicon(words.code)
    numbers = spelled(words.code)
    day_words = dict(_spelled(numbers, words))
    counts = dict(zip(numbers["cardinals"], NUMBERS, strict=True))
    counts.update(words.extra_counts)
    return Vocabulary(
        words=words,
        months={fold(name): number for name, number in lex.months.items()},
        full_months=frozenset(map(fold, _full_names(lex.months))),
        weekdays={fold(name): number - 1 for name, number in _with_plurals(lex.weekdays).items()},
        full_weekdays=frozenset(map(fold, _with_plurals(_full_names(lex.weekdays)))),
        day_words={fold(w): n for w, n in day_words.items()},
        counts={fold(w): n for w, n in counts.items()},
        spellings={
            "months": tuple(lex.months),
            "weekdays": tuple(_with_plurals(lex.weekdays)),
            "days": tuple(day_words),
            "counts": tuple(counts),
        },
    )


def _with_plurals(names: Mapping[str, int]) -> dict[str, int]:
    """Weekday names and their plurals, each part taking an "s": "los viernes", "les lundis",
    "as sextas-feiras" (a recurring day, read as the day, as English reads "Fridays")."""
    out = dict(names)
    for name, number in names.items():
        if len(name) > 3:
            plural = "-".join(p if p.endswith("s") else p + "s" for p in name.split("-"))
            out.setdefault(plural, number)
    return out


def _spelled(numbers: dict[str, tuple[str, ...]], words: DateWords):
    """Day words 1-31 as num2words writes them, cardinal and ordinal, and the extras."""
    from figcheck.lang._spelled import NUMBERS

    spelled = zip(NUMBERS, numbers["cardinals"], numbers["ordinals"], strict=True)
    for n, cardinal, ordinal in spelled:
        yield cardinal, n
        for ending in words.ordinal_endings:
            yield ordinal + ending, n
    yield from words.extra_days.items()


def _full_names(names: Mapping[str, int]) -> dict[str, int]:
    """The full name of each month or weekday: the longest CLDR gives ("septiembre")."""
    best: dict[int, str] = {}
    for name, number in names.items():
        if len(name) > len(best.get(number, "")):
            best[number] = name
    return {name: number for number, name in best.items()}


# ---------------------------------------------------------------- pattern pieces


@dataclass(frozen=True)
class Pieces:
    """Pattern pieces of one vocabulary (accents optional)."""

    month: str  # any month name or abbreviation
    full_month: str
    weekday: str  # any weekday name or abbreviation
    full_weekday: str
    day: str  # digits with an ordinal ending, or a day word
    of: str
    step: str
    unit: str  # singular and plural units
    count: str
    before: str


def _pieces(vocab: Vocabulary) -> Pieces:
    words, spelled = vocab.words, vocab.spellings
    return Pieces(
        month=any_of(spelled["months"]),
        full_month=any_of(n for n in spelled["months"] if fold(n) in vocab.full_months),
        weekday=any_of(spelled["weekdays"]),
        full_weekday=any_of(n for n in spelled["weekdays"] if fold(n) in vocab.full_weekdays),
        day=rf"(?:[0-3]?\d{words.day_suffix}(?![\d%])|{any_of(spelled['days'])})",
        of=any_of(words.of),
        step=any_of(words.steps),
        unit=any_of([*words.units, *words.plural_units]),
        count=rf"(?:\d{{1,3}}|{any_of(spelled['counts'])})",
        before=any_of(words.before),
    )


def _starts(text: str, start: int) -> str:
    """The word before ``start``, folded ("" at the start of the text)."""
    match = re.search(r"([^\W\d_]+)['’]?\W*$", text[max(0, start - 30) : start])
    return fold(match.group(1)) if match else ""


def _next(text: str, end: int) -> str:
    match = re.match(r"\W*?([^\W\d_]+)", text[end : end + 30])
    return match.group(1) if match else ""


def _words_for(vocab: Vocabulary, unit: str) -> list[str]:
    """The singular spellings of one unit ("week": "semana")."""
    return [w for w, u in vocab.words.units.items() if u == unit]


# ---------------------------------------------------------------- absolute forms


#: What follows the date of a dateline: the agency's name in brackets ("17 ago (EFE) -").
_DATELINE_AGENCY = re.compile(r"[^\S\n]*\([^\W\d][^()\n]{0,40}\)[^\S\n]*[-\u2013\u2014]")


def _abbreviation_ok(vocab: Vocabulary, m, sep: str, text: str) -> bool:
    """ "24 out" (pt "out" = outubro) is English more often than not: an abbreviated
    month needs a "de", a "-", "/" or "." beside it, a year, a dot or an ordinal day; one
    that is an ordinary word too a "de", a year or its dot ("dix-sept" is 17, not 10 September),
    or the agency's bracket of a dateline after it ("MADRID, 17 ago (Reuters) -")."""
    if vocab.is_full_month(m["mon"]):
        return True
    if fold(m["mon"]) in {fold(w) for w in vocab.words.word_abbreviations}:
        joins = {fold(w) for w in vocab.words.of}
        return bool(
            m["y"] or m["mdot"] or sep.strip() == "/" or fold(sep) in joins
            or _DATELINE_AGENCY.match(text, m.end())
        )
    return bool(sep.strip() or m["y"] or m["mdot"] or m["dot"] or not m["day"].isdigit())


def day_month_year(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "24 de agosto de 2023", "le 24 août 2023", "24. August 2023", "lunes 12 de enero"."""
    p = vocab.pieces

    def build(m, text, ref):
        day = vocab.day(m["day"])
        if day is None or not 1 <= day <= 31 or not _abbreviation_ok(vocab, m, m["sep"], text):
            return None
        year = int(m["y"]) if m["y"] else None
        found = day_hit(m, year, vocab.month(m["mon"]), day, ref)
        if found and m["post"]:
            return _stepped(found, vocab.steps[fold(m["post"])], ref)
        if found and m["mdot"] and not m["y"] and vocab.is_full_month(m["mon"]):
            return replace(found, end=m.end("mon"))  # "15 juin." ends a sentence
        return found

    return Form(
        f"{vocab.words.code}-day-month-year",
        rf"(?:\b(?P<wd>{p.weekday})\.?,?\s+(?:{p.before}\s+)?)?"
        rf"(?<![\w.,/-])(?P<day>{p.day})(?P<dot>\.)?"
        rf"(?P<sep>\s*[-/]\s*|\s*\.\s*|\s+{p.of}\s+|\s*)(?P<mon>{p.month})\b(?P<mdot>\.)?"
        rf"(?:(?:\s*,\s*|\s+{p.of}\s+|\s+|\s*-\s*)(?P<y>\d{{4}})\b(?![\d%]|[.,]\d)"
        rf"|\s+(?P<post>{p.step})\b)?",
        needs=(),
        trigger=(p.month,),
        build=build,
        rank=rank,
        examples=examples,
    )


def _stepped(found: Hit, step: int, ref: dt.date | None) -> Hit:
    """ "le 24 août dernier" is the last 24 August before publication, "el 3 de mayo
    próximo" the next one after it; a day without a year otherwise the last not after."""
    if ref is None or found.first is None or step == 0:
        return found
    date = found.first
    if step < 0 and date >= ref or step > 0 and date <= ref:
        date = days.safe(date.year + step, date.month, date.day)
    return replace(found, first=date, last=date) if date else found


def _full_year(written: str) -> int:
    """ "2023" is 2023; "99" is 1999 and "16" 2016, as "agosto de 99" means."""
    year = int(written)
    if len(written) == 2:
        return 2000 + year if year < 50 else 1900 + year
    return year


def month_year(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "agosto de 2023", "août 2023", "März 2023", "agosto de 99"."""
    p = vocab.pieces

    def build(m, text, ref):
        if len(m["y"]) == 2 and not m["of"]:
            return None  # "mayo 15": a day, not the year 2015
        first, last = days.month_span(_full_year(m["y"]), vocab.month(m["mon"]))
        return hit(m, first, last, "month")

    return Form(
        f"{vocab.words.code}-month-year",
        rf"\b(?P<mon>{p.month})\b\.?(?:\s*,\s*|\s+(?P<of>{p.of})\s+|\s+|\s*[-/]\s*)"
        r"(?P<y>\d{4}|\d{2})\b(?![\d%]|[.,:/-]\d)",
        needs=((DIGIT,),),
        trigger=(p.month,),
        build=build,
        rank=rank,
        examples=examples,
    )


def numeric(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "21.04.2016", "le 02/08", "am 22.04.": the day first, as these languages write it."""
    p = vocab.pieces

    def build(m, text, ref):
        day, month = int(m["d"]), int(m["m"])
        if month > 12 and day <= 12:
            day, month = month, day  # "02/22/2016": written the American way
        if not (m["pre"] or (m["s"] == "." and m["dot"])):
            # "3-1", "1/4": a score or a fraction; and "3/4/2023" in a sentence that only
            # looks foreign is the English reading's business
            return None
        year = _full_year(m["y"]) if m["y"] else None
        found = day_hit(m, year, month, day, ref) if 1 <= month <= 12 else None
        return found and replace(found, start=m.start("d"))

    return Form(
        f"{vocab.words.code}-numeric",
        rf"(?:\b(?P<pre>{p.before})\s+)?(?<![\d/.,-])(?P<d>\d{{1,2}})(?P<s>[./-])(?P<m>\d{{1,2}})"
        r"(?:(?P=s)(?P<y>\d{4}|\d{2})(?!\d))?(?P<dot>\.(?!\d))?(?![\d%]|[./-]\d)",
        needs=((DIGIT,),),
        trigger=(r"\d[./-]\d",),
        build=build,
        rank=rank,
        examples=examples,
    )


def numeric_month(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "11.2016", "03/2021": a month and its year in digits. With a decimal comma a dot
    before four digits groups nothing, so "11.2016" is no number but November 2016;
    unless a unit follows ("1.2016 dólares": an exchange rate in Mexican copy)."""
    from figcheck.lang import lexicon

    lex = lexicon(vocab.words.code)
    units = {fold(w.split()[0]) for w in (*lex.currencies, *lex.percent_words)}

    def build(m, text, ref):
        after = text[m.end() : m.end() + 3].lstrip()
        if after[:1] in "%$€£¥" and after or fold(_next(text, m.end())) in units:
            return None
        year, month = int(m["y"]), int(m["m"])
        first, last = days.month_span(year, month)
        return hit(m, first, last, "month")

    return Form(
        f"{vocab.words.code}-numeric-month",
        r"(?<![\w.,/-])(?P<m>0?[1-9]|1[0-2])[^\S\n]?[./][^\S\n]?(?P<y>(?:19|20)\d\d)"
        r"(?![\w%]|[.,/-]\d)",
        needs=((DIGIT,),),
        trigger=(r"\d[^\S\n]?[./][^\S\n]?(?:19|20)\d\d",),
        build=build,
        rank=rank,
        examples=examples,
    )


# ---------------------------------------------------------------- relative forms


def _month_in(ref: dt.date, month: int, step: int | None) -> int:
    """The year of ``month`` as "next" (1), "last" (-1), "this" (0) or plain (None) read it."""
    if step is None:
        return days.recent_month(month, ref)
    if step > 0:
        return ref.year if month > ref.month else ref.year + 1
    if step < 0:
        return ref.year if month < ref.month else ref.year - 1
    return ref.year


#: Digits after a month that are its day or its year ("Juni 24", "junio 2016"), which other
#: forms read; a month before any other number stands alone ("Ende Juni 412 Flugzeuge").
_DAY_OR_YEAR_AFTER = r"(?:\d{1,2}|\d{4})(?![.,]?\d|[\u00a0\u202f ]\d{3}(?!\d))"


def month_alone(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "en septiembre", "el próximo junio", "mars dernier", "im März", "junio del año pasado"."""
    p = vocab.pieces
    year = any_of(_words_for(vocab, "year"))
    context = any_of([*vocab.words.month_before, *vocab.words.steps])

    def build(m, text, ref):
        if not (m["pre"] or m["post"] or m["rely"] or _alone_ok(vocab, m, text)):
            return None  # "Mars", "Mai" alone: a planet, a name; a month needs a word beside it
        if not _lone_abbreviation_ok(vocab, m, text):
            return None
        month = vocab.month(m["mon"])
        if ref is None:
            return hit(m, None, None, "month", relative=True, month_day=(month, None))
        if m["rely"]:
            first, last = days.month_span(ref.year + vocab.step_in(m["rely"]), month)
            return hit(m, first, last, "month", relative=True)
        words = [w for w in (m["pre"], m["post"]) if w and fold(w) in vocab.steps]
        step = vocab.steps[fold(words[0])] if words else None
        first, last = days.month_span(_month_in(ref, month, step), month)
        found = hit(m, first, last, "month", relative=True, month_day=(month, None))
        if found and m["mdot"] and not m["post"] and vocab.is_full_month(m["mon"]):
            return replace(found, end=m.end("mon"))  # "en mars." ends a sentence
        return found

    return Form(
        f"{vocab.words.code}-month",
        rf"(?:\b(?P<pre>{context})(?:\s+|-|(?<=['’]))(?:{p.before}\s+)?)?\b(?P<mon>{p.month})\b"
        rf"(?P<mdot>\.)?(?!\s*{_DAY_OR_YEAR_AFTER})(?:\s+(?P<post>{p.step})\b|\s+{p.of}\s+(?P<rely>"
        rf"(?:{p.before}\s+)?(?:{p.step}\s+{year}|{year}\s+{p.step})\b))?",
        needs=(),
        trigger=(rf"\b{p.month}\b",),
        build=build,
        rank=rank,
        examples=examples,
    )


def _alone_ok(vocab: Vocabulary, m, text: str) -> bool:
    """A full month name with no word beside it, in a language where most are no other
    word ("Janvier a été doux"); never one of its ``context_months``, nor inside a name."""
    needing = vocab.words.context_months
    if needing is None or not vocab.is_full_month(m["mon"]):
        return False
    if fold(m["mon"]) in {fold(w) for w in needing}:
        return False
    return not _named(vocab, m, text, "mon")


def week_number(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "la semana 31", "la semaine 31", "KW 31": the ISO week of publication's year."""
    words = vocab.words
    return Form(
        f"{words.code}-week-number",
        rf"\b{any_of(words.week_numbers)}\s*(?P<n>[1-9]|[1-4]\d|5[0-3])\b(?![\d%]|[.,]\d)",
        needs=((DIGIT,),),
        trigger=(any_of(words.week_numbers),),
        build=week_number_hit,
        rank=rank,
        examples=examples,
    )


def _lone_abbreviation_ok(vocab: Vocabulary, m, text: str) -> bool:
    """ "en ene", "ce déc.", "el mes de mar": an abbreviated month alone needs a word before
    it, and one that is an ordinary word too ("mar", "sept") the word for month or a dot
    inside the sentence ("en sept. selon"; "... en sept." may end a sentence on seven)."""
    if vocab.is_full_month(m["mon"]):
        return True
    if not m["pre"] and not m["post"]:
        return False
    if fold(m["mon"]) not in {fold(w) for w in vocab.words.word_abbreviations}:
        return True
    months = [fold(w) for w in _words_for(vocab, "month")]
    if any(w in fold(m["pre"] or "") for w in months):
        return True
    return bool(m["mdot"]) and re.match(r"[^\S\n]*[a-z0-9,;]", text[m.end("mdot") :]) is not None


def _named(vocab: Vocabulary, m, text: str, word: str) -> bool:
    """ "Santo Domingo", "Domingo Cavallo": a capitalised weekday between capitals is a name."""
    written = m[word]
    if vocab.words.capitalised_weekdays or not written[:1].isupper():
        return False
    prev = text[max(0, m.start(word) - 30) : m.start(word)]
    prev_word = re.search(r"([^\W\d_]+)\W*$", prev)
    sentence_start = not prev.strip() or prev.rstrip()[-1:] in ".!?:\n"
    before = {fold(w) for w in (*vocab.words.before, *vocab.words.steps)}
    if prev_word and prev_word.group(1)[:1].isupper() and fold(prev_word.group(1)) not in before:
        return not sentence_start
    return _next(text, m.end(word))[:1].isupper()


def _weekday_from(ref: dt.date, target: int, step: int, modified: bool) -> dt.date:
    """ "next" Friday is the first after publication, "last" the last before, "this" the
    one of publication's week; a bare weekday the last on or before publication."""
    if step > 0:
        return ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
    if step < 0:
        return ref - dt.timedelta(days=(ref.weekday() - target - 1) % 7 + 1)
    if modified:
        return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=target)
    return ref - dt.timedelta(days=(ref.weekday() - target) % 7)


def weekday(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "el viernes", "dimanche dernier", "diesen Dienstag", "domingo de la semana pasada"."""
    p = vocab.pieces
    week = any_of(_words_for(vocab, "week"))
    phrase = rf"(?:(?:{p.of}|{p.before})\s+){{0,2}}(?:{p.step}\s+)?{week}(?:\s+{p.step})?"

    def build(m, text, ref):
        if _named(vocab, m, text, "wd"):
            return None
        if ref is None:
            return hit(m, None, None, "day", relative=True)
        target = vocab.weekday(m["wd"])
        week_phrase = m["wk"] or m["wk2"]
        if week_phrase:
            monday = ref - dt.timedelta(days=ref.weekday())
            date = monday + dt.timedelta(days=target + 7 * vocab.step_in(week_phrase))
        else:
            modifier = m["pre"] or m["post"]
            date = _weekday_from(ref, target, vocab.step_in(modifier), bool(modifier))
        return hit(m, date, date, "day", relative=True)

    return Form(
        f"{vocab.words.code}-weekday",
        rf"(?:\b(?P<pre>{p.step})\s+)?(?:\b(?P<wk>{phrase})\s+)?\b(?P<wd>{p.full_weekday})\b"
        rf"(?:\s+(?P<post>{p.step})\b|\s*,?\s+(?P<wk2>{phrase})\b)?",
        needs=(),
        trigger=(p.full_weekday,),
        build=build,
        rank=rank,
        examples=examples,
    )


def relative_day(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "hoy", "ayer", "pasado mañana", "avant-hier", "anteontem", "gestern"."""
    words = vocab.words
    offsets = {fold(w): n for w, n in words.relative_days.items()}
    not_after = {fold(w) for w in words.not_tomorrow_before}

    def build(m, text, ref):
        word = fold(m["w"])
        if offsets[word] == 1 and _starts(text, m.start()) in not_after:
            return None  # "por la mañana", "heute Morgen": the morning
        if ref is None:
            return hit(m, None, None, "day", relative=True)
        date = ref + dt.timedelta(days=offsets[word])
        return hit(m, date, date, "day", relative=True)

    return Form(
        f"{words.code}-relative-day",
        rf"(?<![\w'’-])(?P<w>{any_of(words.relative_days)})(?![\w'’-])",
        needs=(),
        trigger=(any_of(words.relative_days),),
        build=build,
        rank=rank,
        examples=examples,
    )


def counted_from_sentence(words: DateWords):
    """A reader of the phrases of ``words``' language that count a unit from the date
    their sentence names ("l'année précédente", "el mes anterior", "im Vorjahr"): the
    phrase -> (step, unit), or None for any other phrase."""
    steps = {fold(w): words.steps[w] for w in words.counted}
    units = {fold(w): u for w, u in {**words.units, **words.plural_units}.items()}
    fixed = {fold(w): value for w, value in words.fixed_units.items()}

    def read(phrase: str) -> tuple[int, str] | None:
        tokens = [fold(t) for t in re.split(r"[\s'’]+", phrase) if t]
        for token in tokens:
            if token in fixed:
                unit, step = fixed[token]
                return step, unit
        step = next((steps[t] for t in tokens if t in steps), None)
        unit = next((units[t] for t in tokens if t in units), None)
        return None if step is None or unit is None else (step, unit)

    return read


def relative_unit(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "el año pasado", "l'an dernier", "o mês passado", "letztes Jahr", "im Vorjahr"."""
    p = vocab.pieces
    words = vocab.words
    fixed = {fold(w): value for w, value in words.fixed_units.items()}

    def build(m, text, ref):
        if m["fixed"]:
            unit, step = fixed[fold(m["fixed"])]
        else:
            unit = vocab.units[fold(m["u1"] or m["u2"])]
            step = vocab.steps[fold(m["pre"] or m["post"])]
        precision = {"weekend": "day", "day": "day"}.get(unit, unit)
        if ref is None:
            return hit(m, None, None, precision, relative=True)
        if unit == "day":
            date = ref + dt.timedelta(days=step)
            return hit(m, date, date, "day", relative=True)
        first, last, precision = days.unit_span(unit, step, ref)
        return hit(m, first, last, precision, relative=True)

    singular = any_of(words.units)
    return Form(
        f"{words.code}-relative-unit",
        rf"(?:\b(?:{p.before})\s+|\b[lL]['’])?(?:\b(?P<pre>{p.step})\s+(?P<u1>{singular})\b"
        rf"|\b(?P<u2>{singular})\s+(?P<post>{p.step})\b|\b(?P<fixed>{any_of(words.fixed_units)})\b)",
        needs=(),
        trigger=(rf"{singular}|{any_of(words.fixed_units)}",),
        build=build,
        rank=rank,
        examples=examples,
    )


def ago(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "hace dos años", "il y a trois jours", "há 2 semanas", "vor zwei Jahren",
    "deux jours plus tard": a day, month or year counted from publication."""
    from figcheck.lang import lexicon

    p = vocab.pieces
    words = vocab.words
    join = any_of([",", *words.range_and])
    # "hace más de dos años": a qualifier may stand between the word and the duration
    meanings = {fold(w): q for w, q in lexicon(words.code).qualifiers.items()}
    bound = any_of(lexicon(words.code).qualifiers)
    duration = rf"{p.count}\s*{p.unit}(?:\s*(?:{join})\s*{p.count}\s*{p.unit}){{0,3}}"
    later = {fold(w) for w in words.later_after}

    def build(m, text, ref):
        dur = m["dur"] or m["dur2"]
        step = 1 if m["post"] and fold(m["post"]) in later else -1
        parts = [
            (vocab.count(n), vocab.units[fold(u)])
            for n, u in re.findall(rf"({p.count})\s*({p.unit})", dur, re.I)
        ]
        if not parts or any(n is None for n, _ in parts):
            return None
        extra = (("duration", dur.strip()),)
        single = parts[0][1] if len(parts) == 1 and parts[0][1] in ("year", "month") else None
        if ref is None:
            return hit(m, None, None, single or "day", relative=True, extra=extra)
        date = ref
        for n, unit in parts:
            date = days.shift(date, step * n, unit)
        if single == "year":
            first, last = date.replace(month=1, day=1), date.replace(month=12, day=31)
        elif single == "month":
            first, last = days.month_span(date.year, date.month)
        else:
            first = last = date
        found = hit(m, first, last, single or "day", relative=True, extra=extra)
        return _bounded(found, meanings.get(fold(m["bound"] or "")), ref)

    return Form(
        f"{words.code}-ago",
        rf"\b(?:(?P<pre>{any_of(words.ago_before)})\s+(?:(?P<bound>{bound})\s+)?"
        rf"(?P<dur>{duration})\b"
        rf"|(?P<dur2>{duration})\s+(?P<post>{any_of([*words.ago_after, *words.later_after])}))",
        needs=(),
        trigger=(any_of([*words.ago_before, *words.ago_after, *words.later_after]),),
        build=build,
        rank=rank,
        examples=examples,
    )


def _bounded(found: Hit, meaning: str | None, ref: dt.date) -> Hit:
    """ "hace más de dos años" is any time before that year; "hace menos de dos años" any
    time since; "hace unos dos años" that year still."""
    if meaning == "lower":
        return replace(found, first=None, kind="period", open_start=True)
    if meaning == "upper":
        return replace(found, last=ref, kind="period")
    return found


def bare_day(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "el 15.", "pour le 27", "am 15.", "le 20 du mois prochain": a day of this month."""
    p = vocab.pieces
    month = any_of(_words_for(vocab, "month"))
    this_month = rf"(?:{p.of}\s+)?(?:{p.before}\s+)?(?:{p.step}\s+)?{month}(?:\s+{p.step})?"
    day_before = any_of(vocab.words.day_before)

    def build(m, text, ref):
        day = vocab.day(m["day"])
        if day is None or not 1 <= day <= 31:
            return None
        if m["dot"] and text[m.end() : m.end() + 1].isdigit():
            return None  # "desde el 4.58%": a number with its decimals, no day
        ends = re.match(r"\s*(?:[.!?,;)](?!\d)|$)", text[m.end() : m.end() + 3])
        if not (m["rel"] or ends or (m["dot"] and m["day"].isdigit())):
            return None  # "el 15 por ciento": a number; "am 15." is a day
        if ref is None:
            return hit(m, None, None, "day", relative=True)
        if m["rel"]:
            base = days.add_months(ref.replace(day=1), vocab.step_in(m["rel"]))
        else:
            base = ref if day <= ref.day else days.add_months(ref.replace(day=1), -1)
        date = days.safe(base.year, base.month, day)
        return date and hit(m, date, date, "day", relative=True)

    return Form(
        f"{vocab.words.code}-day",
        rf"\b(?:{day_before})\s+(?P<day>{p.day})(?P<dot>\.)?(?:\s+(?P<rel>{this_month})\b)?",
        needs=(),
        trigger=(rf"\b{day_before}\s",),
        build=build,
        rank=rank,
        examples=examples,
    )


def day_range(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "del 4 al 22 de enero", "du 4 au 22 janvier", "vom 15. bis 19. November"."""
    p = vocab.pieces
    words = vocab.words
    month = any_of(_words_for(vocab, "month"))
    start = any_of([*words.range_from, *words.between])
    gap = any_of([*words.range_to, *words.range_and])
    between = {fold(w) for w in words.between}
    joining = {fold(w) for w in words.range_and}

    def build(m, text, ref):
        d1, d2 = vocab.day(m["d1"]), vocab.day(m["d2"])
        if d1 is None or d2 is None or not 1 <= d1 < d2 <= 31:
            return None
        if m["gap"] and fold(m["gap"]) in joining and not (m["pre"] and fold(m["pre"]) in between):
            return None  # "el 4 y el 22 de mayo" are two days
        if m["mon"]:
            month_number, year = vocab.month(m["mon"]), int(m["y"]) if m["y"] else None
        else:
            month_number, year = None, None
        relative = year is None
        if ref is None and relative:
            return hit(m, None, None, "day", kind="period", relative=True)
        if m["rel"]:
            base = days.add_months(ref.replace(day=1), vocab.step_in(m["rel"]))
            year, month_number = base.year, base.month
        elif year is None:
            year = days.recent_month(month_number, ref)
        first, last = days.safe(year, month_number, d1), days.safe(year, month_number, d2)
        if not first or not last:
            return None
        return hit(m, first, last, "day", kind="period", relative=relative)

    return Form(
        f"{words.code}-day-range",
        rf"(?:\b(?P<pre>{start})\s+(?:{p.before}\s+)?)?(?<![\d.,])(?P<d1>{p.day})\.?"
        rf"\s*(?:-|–|\s(?P<gap>{gap})\s+(?:{p.before}\s+)?)\s*(?P<d2>{p.day})\.?"
        rf"(?:\s+{p.of})?\s+(?:(?P<mon>{p.month})\b\.?(?:(?:\s*,\s*|\s+{p.of}\s+|\s+)"
        rf"(?P<y>\d{{4}})\b)?|(?P<rel>(?:{p.before}\s+)?(?:{p.step}\s+)?{month}(?:\s+{p.step})?)\b)",
        needs=(),
        trigger=(rf"{p.month}|{month}",),
        build=build,
        rank=rank,
        examples=examples,
    )


def rest_of(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "el resto del año", "le reste de la semaine", "o resto do mês", "den Rest des Jahres":
    from publication to the end of the week, month or year it falls in."""
    p = vocab.pieces
    words = vocab.words
    units = [w for w, u in words.units.items() if u in ("week", "month", "year")]

    def build(m, text, ref):
        if ref is None:
            return hit(m, None, None, "day", kind="period", relative=True)
        _, last, _ = days.unit_span(vocab.units[fold(m["u"])], 0, ref)
        return hit(m, ref, last, "day", kind="period", relative=True)

    return Form(
        f"{words.code}-rest-of",
        rf"\b{any_of(words.rest_of)}(?:\s+|(?<=['’]))(?:(?:{p.before}|{p.step})\s+)?"
        rf"(?P<u>{any_of(units)})\b",
        needs=(),
        trigger=(any_of(words.rest_of),),
        build=build,
        rank=rank,
        examples=examples,
    )


def to_date(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "en lo que va de año", "depuis le début de l'année", "seit Jahresbeginn": from the
    first of the year (or month) to publication, as the English "year to date"."""
    words = vocab.words
    units = {fold(w): u for w, u in words.to_date.items()}

    def build(m, text, ref):
        if ref is None:
            return hit(m, None, None, "day", kind="period", relative=True)
        unit = units[fold(m["w"])]
        first = ref.replace(month=1, day=1) if unit == "year" else ref.replace(day=1)
        return hit(m, first, ref, "day", kind="period", relative=True)

    return Form(
        f"{words.code}-to-date",
        rf"\b(?P<w>{any_of(words.to_date)})(?![\w'’-])",
        needs=(),
        trigger=(any_of(words.to_date),),
        build=build,
        rank=rank,
        examples=examples,
    )


def year_part(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "el primer trimestre de 2023", "au 3e trimestre", "im ersten Halbjahr 2022": a
    quarter or a half of a year; without a year, the most recent such one begun by
    publication (as in English)."""
    p = vocab.pieces
    words = vocab.words
    parts = {fold(w): n for w, n in words.year_parts.items()}
    ordinals = {fold(w): n for w, n in words.part_ordinals.items()}
    year = any_of(_words_for(vocab, "year"))

    def build(m, text, ref):
        n = int(m["n"]) if m["n"] else ordinals[fold(m["ord"])]
        months = parts[fold(m["part"])]
        if n * months > 12:
            return None
        relative = not m["y"]
        if relative and ref is None:
            return hit(m, None, None, "quarter", relative=True)
        start = (n - 1) * months + 1
        if m["y"]:
            y = int(m["y"])
        elif m["rel"]:
            y = ref.year + vocab.step_in(m["rel"])
        else:
            y = days.recent_month(start, ref)
        first = dt.date(y, start, 1)
        return hit(m, first, days.month_last(y, n * months), "quarter", relative=relative)

    return Form(
        f"{words.code}-year-part",
        rf"(?<![\w.])(?:(?P<n>[1-4])(?:er|re|e|ème|º|ª|°|\.)|(?P<ord>{any_of(words.part_ordinals)}))"
        rf"\s+(?P<part>{any_of(words.year_parts)})\b(?:\s+(?:{p.of}\s+)?(?:(?P<y>\d{{4}})\b"
        rf"|(?P<rel>(?:{p.before}\s+|[lL]['’])?(?:{p.step}\s+{year}|{year}\s+{p.step})\b)))?",
        needs=(),
        trigger=(any_of(words.year_parts),),
        build=build,
        rank=rank,
        examples=examples,
    )


def part_letter(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "T3 2023", "1T de 2024", "S1 2023": a quarter or a half named by a letter and its
    number, as English "Q3 2023"; only before a year ("un T3" is a three-room flat)."""
    p = vocab.pieces
    letters = vocab.words.part_letters
    letter = "|".join(re.escape(w) for w in letters) or NEVER

    def build(m, text, ref):
        n, months = int(m["n"] or m["m"]), letters[m["a"] or m["b"]]
        if n * months > 12:
            return None
        y = int(m["y"])
        first = dt.date(y, (n - 1) * months + 1, 1)
        return hit(m, first, days.month_last(y, n * months), "quarter")

    return Form(
        f"{vocab.words.code}-part-letter",
        rf"(?<![\w.])(?-i:(?P<a>{letter})(?P<n>[1-4])|(?P<m>[1-4])(?P<b>{letter}))"
        rf"\s+(?:{p.of}\s+)?(?P<y>\d{{4}})\b",
        needs=(),
        trigger=(rf"(?-i:\b(?:{letter})[1-4]|\b[1-4](?:{letter}))\b",),
        build=build,
        rank=rank,
        examples=examples,
    )


def _tens_words(code: str) -> dict[str, int]:
    """The words for 20, 30 ... 90 in language ``code`` ("setenta", "soixante-dix")."""
    from figcheck.lang import lexicon

    return {w: n for w, n in lexicon(code).numbers.items() if n in range(20, 100, 10)}


def decade(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "los años 70", "la década de 1990", "les années soixante-dix", "die 80er Jahre": ten
    years; two digits or a word are the 1900s' decade, as the English form reads them."""
    words = vocab.words
    tens = _tens_words(words.code)
    folded = {fold(w): n for w, n in tens.items()}
    digits = r"(?P<d>1[89]\d0|20\d0|[2-9]0)"

    def build(m, text, ref):
        start = int(m["d"] or m["d2"]) if (m["d"] or m["d2"]) else 1900 + folded[fold(m["w"])]
        if start < 100:
            start += 1900
        return hit(m, dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade")

    after = any_of(words.decade_after) if words.decade_after else "(?!)"
    return Form(
        f"{words.code}-decade",
        rf"\b{any_of(words.decade_before)}\s+(?:{digits}|(?P<w>{any_of(tens)}))(?![\w%]|[.,]\d)"
        rf"|(?<![\w.,])(?P<d2>1[89]\d0|20\d0|[2-9]0){after}\b",
        needs=(),
        trigger=(any_of([*words.decade_before, *words.decade_after]),),
        build=build,
        rank=rank,
        examples=examples,
    )


def month_range(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "de enero a marzo de 2023", "entre janvier et mars", "von Januar bis März",
    "enero-marzo", "janv.-mars 2023": the months from the first to the second; without a
    year, the last such span whose end is not after publication (the first month in the
    year before when it comes after the second)."""
    p = vocab.pieces
    words = vocab.words
    start = any_of([*words.range_from, *words.between])
    gap = any_of([*words.range_to, *words.range_and])
    between = {fold(w) for w in words.between}
    joining = {fold(w) for w in words.range_and}

    def written_out(m, name: str, dot: str) -> bool:
        """A full month name, or an abbreviation with its dot ("janv.", "Sept."); a bare
        abbreviation ("mar", "sept": the sea, seven) only before a year."""
        return not m[name] or vocab.is_full_month(m[name]) or bool(m[dot] or m["y"])

    def build(m, text, ref):
        if m["gap"] and fold(m["gap"]) in joining and fold(m["pre"] or "") not in between:
            return None  # "de enero y marzo": two months, not a span
        if not (written_out(m, "m0", "d0") and written_out(m, "a2", "d2")):
            return None
        m1, m2 = vocab.month(m["m1"] or m["m0"]), vocab.month(m["m2"] or m["a2"])
        if m["y"]:
            y2 = int(m["y"])
        elif ref is None:
            return hit(m, None, None, "month", kind="period", relative=True)
        else:
            y2 = days.recent_month(m2, ref)
        y1 = y2 - 1 if m1 > m2 else y2
        first, last = dt.date(y1, m1, 1), days.month_last(y2, m2)
        return hit(m, first, last, "month", kind="period", relative=not m["y"])

    return Form(
        f"{words.code}-month-range",
        rf"(?:\b(?P<pre>{start})\s+(?:{p.before}\s+)?(?P<m1>{p.full_month})\s+(?P<gap>{gap})\s+"
        rf"(?:{p.before}\s+)?|\b(?P<m0>{p.month})(?P<d0>\.)?\s?[-–/]\s?)"
        rf"(?:(?P<m2>{p.full_month})\b|(?P<a2>{p.month})(?:(?P<d2>\.)|\b))"
        rf"(?:\s+(?:{p.of}\s+)?(?P<y>\d{{4}})\b)?",
        needs=(),
        trigger=(p.month,),
        build=build,
        rank=rank,
        examples=examples,
    )


def season(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "este verano", "l'été 2016", "im Sommer", "verano de 2016", "der letzte Winter"."""
    p = vocab.pieces
    words = vocab.words
    seasons = {fold(w): s for w, s in words.seasons.items()}

    def build(m, text, ref):
        if not (m["pre"] or m["the"] or m["y"] or m["post"]):
            return None
        first_month, last_month = T.SEASONS[seasons[fold(m["s"])]]
        year = int(m["y"]) if m["y"] else None
        relative = year is None
        if year is None:
            if ref is None:
                return hit(m, None, None, "season", relative=True)
            year = ref.year + vocab.step_in(m["pre"] or m["post"])
        last_year = year + 1 if last_month < first_month else year
        first = dt.date(year, first_month, 1)
        last = dt.date.max if last_year > 9999 else days.month_last(last_year, last_month)
        return hit(m, first, last, "season", relative=relative)

    return Form(
        f"{words.code}-season",
        rf"(?:\b(?P<pre>{p.step}|{p.before})\s+|\b(?P<the>[lL])['’])?\b(?P<s>{any_of(words.seasons)})\b"
        rf"(?:\s+(?:{p.of}\s+)?(?P<y>\d{{4}})\b|\s+(?P<post>{p.step})\b)?",
        needs=(),
        trigger=(any_of(words.seasons),),
        build=build,
        rank=rank,
        examples=examples,
    )


# ---------------------------------------------------------------- open periods and ranges


def open_period(vocab: Vocabulary):
    """A widener: "desde 1997", "depuis 1997", "seit 1998" open the end, "hasta 2019" the
    start; "vor März 2026" ends on the day before March, "après 2020" starts after 2020;
    "vor Ende 2027" is by its last day, as English "before the end of 2027" is."""
    p = vocab.pieces
    words = vocab.words
    openers = [*words.since, *words.until, *words.earlier_than, *words.later_than]
    opening = re.compile(rf"\b(?P<w>{any_of(openers)})\s+(?:{p.before}\s+)?$", re.I)
    edge = re.compile(rf"\b(?P<e>{any_of(words.edges)})[\s-]*$", re.I) if words.edges else None
    parts = {fold(w): part for w, part in words.edges.items()}
    # which end each word keeps (combine.open_at), "since" first where a word is two
    ends = (("end", words.until), ("before", words.earlier_than), ("after", words.later_than))
    how_of = {fold(w): how for how, group in (*ends, ("start", words.since)) for w in group}
    before_or_after = {fold(w) for w in (*words.earlier_than, *words.later_than)}

    def widen(text, found, before):
        marked = edge.search(before) if edge else None
        if marked:  # "Anfang 2022": the year, its part noted; "seit Anfang 2022" opens
            found = replace(
                found, start=found.start - len(marked.group(0)),
                extra=found.extra + (("part", parts[fold(marked["e"])]),),
            )  # fmt: skip
            before = before[: len(before) - len(marked.group(0))]
        opened = opening.search(before)
        if not opened:
            return found if marked else None
        start = found.start - len(opened.group(0))
        word = fold(opened["w"])
        if word in before_or_after and found.relative and found.precision == "day":
            # "antes de ayer", "après demain": a day counted from another, no open period
            return found if marked else None
        how = combine.at_edge(how_of[word], dict(found.extra).get("part"))
        widened = combine.open_at(found, how, start, found.end)
        if how in ("after", "before") and (widened.first or widened.last) is None:
            return None  # the day after or before it is off the calendar, or unknown
        return widened

    return widen


def date_range(vocab: Vocabulary):
    """A join: "de 2016 a 2019", "entre 2016 y 2019", "von 2016 bis 2019", "du 4 mai au 9 juin"."""
    p = vocab.pieces
    words = vocab.words
    opening = any_of([*words.range_from, *words.between])
    starts = re.compile(rf"\b(?P<w>{opening})\s+(?:{p.before}\s+)?$", re.I)
    gaps = re.compile(
        rf"\s*(?:-|–|(?P<g>{any_of([*words.range_to, *words.range_and])})(?:\s+{p.before})?)\s*",
        re.I,
    )
    between = {fold(w) for w in words.between}
    joining = {fold(w) for w in words.range_and}

    def join(text, a, b):
        pre = starts.search(text[max(0, a.start - 20) : a.start])
        gap = gaps.fullmatch(text, a.end, b.start)
        if not (pre and gap):
            return None
        if gap["g"] and fold(gap["g"]) in joining and fold(pre["w"]) not in between:
            return None
        return combine.period(a, b, a.start - len(pre.group(0)))

    return join


def weekday_and_day(vocab: Vocabulary):
    """A join: "jeudi le 21", "Dienstag, den 12.", "le dimanche 21/01/2018": the weekday
    joins the day after it."""
    p = vocab.pieces
    weekday_only = re.compile(rf"(?:{p.step}\s+)?{p.full_weekday}", re.I)
    gap = re.compile(r"\s*,?\s*(?:\(\s*)?", re.I)

    def join(text, a, b):
        if b.precision != "day" or not weekday_only.fullmatch(text, a.start, a.end):
            return None
        if not gap.fullmatch(text, a.end, b.start):
            return None
        end = b.end + (1 if text[b.end : b.end + 1] == ")" and "(" in text[a.end : b.start] else 0)
        return replace(b, start=a.start, end=end)

    return join


def span(vocab: Vocabulary, rank: int, examples: tuple[str, ...]) -> Form:
    """ "los últimos 3 años", "les trois prochains jours", "die letzten 3 Tage": the days
    from publication back (or forward) so long, like "the past three years"."""
    p = vocab.pieces

    def build(m, text, ref):
        modifier = m["pre"] or m["mid"] or m["post"]
        if not modifier:
            return None  # "tres semanas": a duration
        count, unit = m["n"] or m["n2"], m["u"] or m["u2"]
        n = vocab.count(count)
        step = vocab.steps[fold(modifier)]
        extra = (("duration", f"{count} {unit}"),)
        if ref is None or n is None or step == 0:
            return hit(m, None, None, "day", kind="period", relative=True, extra=extra)
        unit = vocab.units[fold(unit)]
        if step > 0:
            first, last = ref + dt.timedelta(days=1), days.shift(ref, n, unit)
        else:
            first, last = days.shift(ref, -n, unit) + dt.timedelta(days=1), ref
        return hit(m, first, last, "day", kind="period", relative=True, extra=extra)

    return Form(
        f"{vocab.words.code}-span",
        rf"\b(?:(?P<pre>{p.step})\s+(?P<n>{p.count})\s*(?P<u>{p.unit})"
        rf"|(?P<n2>{p.count})\s+(?:(?P<mid>{p.step})\s+)?(?P<u2>{p.unit})(?:\s+(?P<post>{p.step}))?)\b",
        needs=(),
        trigger=(p.unit,),
        build=build,
        rank=rank,
        examples=examples,
    )
