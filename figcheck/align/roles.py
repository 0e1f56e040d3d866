"""What a figure stands for, so that figures about different things never pair.

Context words decide which figures report the same fact, but a story repeats its words:
"12 charges" and "30 stores" can sit in alike sentences, an age ("aged 19") beside a
count, an annual rate beside a monthly one. Pairing them turns two facts into a false
contradiction. So each figure gets a role where its words state one (an age, a rate over
a year or over a month, a percentage-point change) and a unit family, and two figures
whose roles or counted nouns clearly differ are never paired: a pair that cannot be told
apart is better left unchecked than guessed.

The cue words are per language (English, Spanish, French, Portuguese, German; Chinese
and Japanese write an age with 岁/歳, a monthly rate with 月/環比). Unknown words give
no role, and a missing role never blocks a pair.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from figcheck.published import opens_story

#: (role, words that state it): a role is stated in the figure's own clause, between the
#: figures before and after it.
_CUES: tuple[tuple[str, str], ...] = (
    (
        "age",
        r"\baged\b|\bage of\b|\byears?[- ]old\b|\bedad de\b|\baños de edad\b|\bâgée? de\b"
        r"|\byears of age\b|\bjahre alt\b|\bjährige|\balter von\b|\bidade de\b"
        r"|\banos de idade\b|(?:^|\d)\s*[岁歳]"
        # "a man of 76", "un homme de 76 ans": right before the number only
        r"|\b(?:man|woman|boy|girl|pensioner|hombre|mujer|homme|femme|homem|mulher)"
        r" (?:of|de)\s*$",
    ),
    (
        "monthly",
        r"\bmonthly\b|\bmonth-(?:on|over)-month\b|\bm/m\b|\bon the month\b"
        r"|\bfrom (?:the previous|a|last) month\b|\ba month earlier\b|\bmensual(?:es)?\b"
        r"|\bmensuel(?:le)?s?\b|\bmonatlich|\bvormonat|\bmensa(?:l|is)\b|環比|环比|前月比",
    ),
    (
        "annual",
        r"\bannual(?:ly)?\b|\byear-(?:on|over)-year\b|\by/y\b|\bon the year\b"
        r"|\bfrom a year (?:earlier|ago|before)\b|\ba year earlier\b|\binteranual\b"
        r"|\banual(?:es)?\b|\bannuel(?:le)?s?\b|\bsur un an\b|\bjährlich|\bvorjahr"
        r"|\banua(?:l|is)\b|同比|前年比",
    ),
)
#: How far a cue may stand from its figure, in characters, before and after it.
REACH_BEFORE = 40
REACH_AFTER = 40
#: A clause ends at these marks: a cue beyond them speaks of another figure.
_CLAUSE_END = re.compile(
    r"[.;:!?\n\u3002\uff01\uff1f\uff1b]|,\s+(?:while|but|and|whereas)\b"
    r"|\s(?:and|und|y|et|e|but|aber|pero|mais)\s+(?:the|die|der|das|el|la|le|les|a|o)\s"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((role, re.compile(words, re.I)) for role, words in _CUES)


@lru_cache(maxsize=1)
def _any_cue() -> re.Pattern:
    """Every role's cue words in one pattern: whether any role is stated at all. The cues
    that start at a word boundary stand behind one ``\\b``, so that they are tried where a
    word starts, not at every character (a quarter of the time of the three patterns)."""
    return _one_boundary("|".join(words for _, words in _CUES))


def _one_boundary(pattern: str) -> re.Pattern:
    """``pattern`` (ignoring case) with its alternatives that start with ``\\b`` behind one:
    it finds a match where the pattern does, trying most alternatives only at word starts."""
    alternatives = _top_alternatives(pattern)
    bounded = [part[2:] for part in alternatives if part.startswith(r"\b")]
    others = [part for part in alternatives if not part.startswith(r"\b")]
    return re.compile("|".join([rf"\b(?:{'|'.join(bounded)})", *others]), re.I)


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern's outermost ``|`` (none inside a group or a set)."""
    parts, depth, start, at = [], 0, 0, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 1
        elif char == "[":
            at = pattern.index("]", at + 2)  # a set's first character may be "]"
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*parts, pattern[start:]]


def role_of(text: str, start: int, end: int, low: int = 0, high: int | None = None) -> str:
    """The role stated in the words around text[start:end], or "" when none is.

    ``low`` and ``high`` bound the clause (the ends of the neighbouring figures): the
    figure's own clause after it is read first, then before it.
    """
    high = len(text) if high is None else high
    after = text[end : min(high, end + REACH_AFTER)]
    before = text[max(low, start - REACH_BEFORE) : start]
    stop = _CLAUSE_END.search(after)
    # The figure's own words lead its clause: "19 years" + " of age", "19-year" + "-old".
    after = text[start:end] + (after[: stop.start()] if stop else after)
    before = _CLAUSE_END.split(before)[-1]
    for words in (after, before):
        if _any_cue().search(words) is None:
            continue  # most figures state no role: one search, not one per role
        for role, cue in _patterns():
            if cue.search(words):
                return role
    return ""


#: Words right before a bare number that make it an age ("despite being just 17", "the
#: youngest player at just 16"): read only for a whole number that counts no noun.
_AGE_BEFORE = re.compile(
    r"\b(?:being|at|turned|turning|was|is)\s+(?:just\s+|only\s+|still\s+)?$", re.I
)
#: The words of ``_AGE_BEFORE`` that never put a level: "being 17", "turned 17", "at just
#: 17" (a toll "stood at 17", "was 17").
_SURE_AGE_BEFORE = re.compile(
    r"\b(?:being|turned|turning)\s+(?:just\s+|only\s+|still\s+)?$"
    r"|\b(?:at|was|is)\s+(?:just|only|still)\s+$",
    re.I,
)
#: A bare number set off by commas right after a name or a capitalised noun, the clause
#: going on in lower case: the age news copy gives in apposition ("Luca Ferrante, 33, made
#: his debut", "The Norwegian, 24, cost 48 million"). A list ("France, 12, Spain") goes on
#: in capitals, and "in 2024, 33 people" has no comma after the number.
_APPOSED_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*,\s$")
_APPOSED_AFTER = re.compile(r",\s+[a-z]")
#: The oldest age a bare number is read as.
OLDEST = 120
#: How far before a bare number the words that make it an age may start, in characters.
REACH_AGE = 24


def bare_age(text: str, fig) -> bool:
    """Whether a bare whole number with no counted noun reads as an age by the words
    right before it ("being just 17") or set off by commas after a name ("Kaye, 21,
    led"); "at 16 sites" counts a noun, so it never is."""
    return _bare_age_by(text, fig, _AGE_BEFORE)


def sure_age(text: str, fig, stated: str) -> bool:
    """Whether a figure read as an age surely is one: its own words say so (``stated``,
    the role ``role_of`` read: "aged 21", "the 21-year-old"), it stands in apposition
    ("Kaye, 21, led") or after "being", "turned" or "at just". A plain "at", "was" or
    "is" may put a level ("the toll stood at 17", "the toll was 17"): an age by those
    words alone may still be a count."""
    return stated == "age" or _bare_age_by(text, fig, _SURE_AGE_BEFORE)


def _bare_age_by(text: str, fig, before_words: re.Pattern) -> bool:
    """``bare_age``, with ``before_words`` the words before the number that make it one."""
    if fig.noun or fig.kind not in ("count", "number") or fig.scale:
        return False
    value = fig.value
    if value is None or value != value.to_integral_value() or not 0 < value <= OLDEST:
        return False
    start = fig.start
    before = text[max(0, start - REACH_AGE) : start]
    if before_words.search(before):
        return True
    return bool(_APPOSED_BEFORE.search(before) and _APPOSED_AFTER.match(text, fig.end))


def is_age(
    text: str, fig, low: int = 0, high: int | None = None, counted: str | None = None
) -> bool:
    """Whether a figure is someone's age: the one home of that question.

    An age cue in the figure's clause ("aged 19", "19 years of age", "the 19-year-old")
    makes it one unless it counts a noun (``counted``, by default the figure's own: "aged
    16, he scored 24 goals"); a bare whole number after "being", "at", "turned" ("at just
    16") is one too (``bare_age``). ``low`` and ``high`` bound the clause (``role_of``).
    """
    return age_by_role(text, fig, role_of(text, fig.start, fig.end, low, high), counted)


def age_by_role(text: str, fig, role: str, counted: str | None = None) -> bool:
    """``is_age`` for a caller that has read the figure's role (``role_of``) already."""
    if role == "age":
        return not (fig.noun if counted is None else counted)
    return not role and bare_age(text, fig)


#: Words right after a span of time that make it the time between two events ("two
#: minutes after the call", "dos minutos después", "2分後"), or right before it ("within
#: just two minutes", "tras apenas dos minutos", "nach nur zwei Minuten").
_ELAPSED_AFTER = re.compile(
    r"^\W{0,3}(?:after|later|afterwards|before|earlier|into|ago|on\b|después|antes|tras"
    r"|más tarde|plus tard|après|avant|depuis|depois|mais tarde|später|danach|zuvor|vorher"
    r"|nach\b|vor\b|後|后|前|以内|以後|之后|之後)",
    re.I,
)
_ELAPSED_BEFORE = re.compile(
    r"\b(?:within|after|in|tras|después de|en|dentro de|après|en moins de|em|depois de"
    r"|nach|innerhalb|binnen)\s+(?:\w+\s+)?$",
    re.I,
)
#: Units of a span of time, for figures that carry no dimensionality.
_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years"
    " decade decades".split()
)


def is_span(fig) -> bool:
    """Whether a figure is a span of time ("two minutes", "19 years"), not a date."""
    if fig.kind == "period":
        return True
    dimension = dict(fig.extra).get("dimensionality") if fig.extra else None
    return dimension == "[time]" or (fig.unit or "").lower() in _TIME_UNITS


def is_elapsed(text: str, fig) -> bool:
    """Whether a span of time is the time from one event to another ("only two minutes
    after the call", "within just three days"): "only" on it says soon, not "that is all"."""
    if not is_span(fig):
        return False
    after = text[fig.end : fig.end + 16]
    before = text[max(0, fig.start - 30) : fig.start]
    return bool(_ELAPSED_AFTER.search(after) or _ELAPSED_BEFORE.search(before))


#: Words before a figure that make it someone's expectation of an outcome, not the outcome
#: ("was expected to rise by 3.6%", "a survey predicted 85%", "analyst estimates of 1.4
#: trillion"). A subject's own plan ("expects to employ 1,200") is no expectation here:
#: versions word plans alike as "plans to", "will", "expects to".
_ESTIMATE = re.compile(
    r"\b(?:was|were|had been)\s+(?:\w+\s+)?expected\b|\bexpectations?\b|\bforecasts?\b"
    r"|\bpredict(?:s|ed)\b|\bsurvey(?:ed|s)?\b|\bpoll(?:ed|s)?\b|\bconsensus\b|\bestimates\b"
    # a subject's forecast of a thing ("expects inflation to fall to", "projects sales of",
    # "prevé que", "erwartet, dass", "预计"), not its own plan ("expects to hire 1,200",
    # "prevé gastar", "prévoit d'investir": a verb follows)
    r"|(?<!than\s)(?<!as\s)\bexpect(?:s|ed|ing)?\s+(?!to\b)[a-z]"
    r"|\bproject(?:s|ed)\s+(?!to\b)[a-z]"
    r"|\b(?:prevén?|proyectan?|prevê|preveem|projetam?)\b(?!\s+\w+(?:ar|er|ir)\b)"
    r"|\bprévoi(?:t|ent)\b(?!\s+d['’]|\s+de\s+\w+(?:er|ir|re)\b)|\bs['’]attend(?:ent)?\s+à\b"
    r"|(?<!\bals\s)(?<!\bwie\s)\berwarte[tn]\b(?!\s+worden)"
    r"|\brechne[tn]\s+mit\b|\bprognostizier|预计|预估|料将|見込|見通し"
    # the same nouns in Portuguese, Spanish, French and German ("estimativa média de")
    r"|\bestimativas?\b|\bprevis(?:ão|ões)\b|\bproje(?:ção|ções)\b|\bconsenso\b"
    r"|\bestimación\b|\bprevisión\b|\bestimations?\b|\bschätzung\b|\bkonsens"
    r"|\boutlook\b|\bguidance\b|\bausblick"
    r"|\b(?:average|analysts?['’]?|market|street|mean|median)\s+estimate\b"
    r"|\bse esperaba\b|\bpronóstico|\bencuesta|\bestimaciones\b|\bprevisiones\b"
    r"|\berwartet worden\b|\bprognose|\bumfrage|\bschätzungen\b|\bprévisions?\b|\bsondage"
    r"|预期|预测|予想|予測",
    re.I,
)
#: How far before its figure an expectation's cue may stand, in characters.
REACH_ESTIMATE = 90
#: Who expected the figure, told right after it ("the $1.53 analysts had expected", "the
#: 3% economists forecast", "the $1.53 forecast by analysts"): a few words that are not
#: "as" or "than" ("as expected", "more than expected" say the outcome met or beat the
#: expectation), then the verb; or the verb and its "by".
_EXPECTED_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:(?!(?:as|than|was|were|is|are)\b)[A-Za-z'’]+\s+){1,3}"
    r"(?:had\s+|have\s+|has\s+)?(?:expected|forecast|forecasted|predicted|estimated|projected)\b"
    r"|\s+(?:expected|forecast|forecasted|predicted|estimated|projected)\s+by\b"
    # "the 1.31 trillion yen average estimate", "mit 1,31 Billionen Yen gerechnet"
    r"|\s+(?:(?:average|consensus|mean|median|analysts?['’]?)\s+)?(?:estimate|forecast)s?\b"
    r"|\s+(?:\w+\s+){0,2}gerechnet\b"
    # "6,3 % attendus par les analystes", "los 5.100 millones esperados por el mercado"
    r"|\s+(?:attendu|prévu|escompté|esperad[oa]|previst[oa]|estimad[oa]|projetad[oa])e?s?\b",
    re.I,
)


def estimate_of(text: str, start: int, low: int = 0, end: int | None = None) -> bool:
    """Whether the figure at ``start`` is stated as an expectation, by the words before it
    in its sentence, after ``low`` (the end of the figure of its kind before it), or by
    who expected it right after its ``end``."""
    before = text[max(low, start - REACH_ESTIMATE) : start]
    if _estimate().search(_CLAUSE_END.split(before)[-1]):
        return True
    return end is not None and _EXPECTED_AFTER.match(text, end, end + 60) is not None


@lru_cache(maxsize=1)
def _estimate() -> re.Pattern:
    """_ESTIMATE, its word-start cues behind one ``\\b`` (found alike, in a third of the time)."""
    return _one_boundary(_ESTIMATE.pattern)


#: Counted nouns this far apart (rapidfuzz token_set_ratio, 0-100) name different things.
NOUNS_APART = 50
_LATIN = re.compile(r"^[a-z\u00c0-\u024f' -]+$")


def nouns_differ(a: str, b: str) -> bool:
    """Two counted nouns of one script that share no word: "charges" and "stores".

    Nouns in different scripts (a translation) cannot be compared, so they never differ.
    """
    if not (a and b) or not (_LATIN.match(a) and _LATIN.match(b)):
        return False
    if set(a.split()) & set(b.split()) or _synonyms(a, b):
        return False
    if _one_word(a) and _one_word(b) and a[:3].lower() != b[:3].lower():
        return True  # no inflection of one stem: "men" and "women", "imports" and "exports"
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(a, b) < NOUNS_APART


def _synonyms(a: str, b: str) -> bool:
    """Whether a word of each noun names the same things (lang.en.NOUN_SYNONYMS)."""
    from figcheck.lang.en import NOUN_SYNONYMS

    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return any(words_a & group and words_b & group for group in NOUN_SYNONYMS)


def _one_word(noun: str) -> bool:
    return " " not in noun.strip()


def apart(a_role: str, a_noun: str, b_role: str, b_noun: str) -> bool:
    """Whether two figures' stated roles or counted nouns say they are different things.

    Two stated roles must agree; an age never pairs with a figure that counts something
    ("aged 19" with "19 goals"); two nouns of one script that share nothing differ.
    """
    if a_role and b_role:
        return a_role != b_role
    if (a_role == "age" and b_noun) or (b_role == "age" and a_noun):
        return True
    return nouns_differ(a_noun, b_noun)


# --- what a percentage is of ------------------------------------------------------------

#: (subject, words that name it): what a price change or rate is of. Two rates of one
#: story about different subjects ("producer prices rose 61%", "food prices rose 42%")
#: are two facts, however alike their sentences. Only named subjects count: a word that
#: could name several ("prices", "inflation", "the index") names none.
_SUBJECTS: tuple[tuple[str, str], ...] = (
    (
        "producer",
        r"\bproducer[- ]prices?\b|\bPPI\b|\bfactory[- ]gate\b|\bprecios? (?:al|del?) productor"
        r"|\bIPP\b|\bprix à la production\b|\bpreços? (?:ao|do) produtor|\berzeugerpreis"
        r"|生产者价格|生産者物価|企業物価|出厂价格",
    ),
    (
        "consumer",
        r"\bconsumer[- ]prices?\b|\bCPI\b|\bprecios? (?:al|del) consum(?:o|idor)|\bIPC\b"
        r"|\bprix à la consommation\b|\bpreços? ao consumidor|\bIPCA\b|\bverbraucherpreis"
        r"|消费者价格|居民消费价格|消費者物価",
    ),
    (
        "food",
        r"\bfood\b|\bgroceries\b|\balimentos\b|\balimentación\b|\balimentaires?\b"
        r"|\balimentation\b|\blebensmittel|\bnahrungsmittel|食品|食料",
    ),
    ("energy", r"\benergy\b|\benergía\b|\bénergie\b|\benergia\b|\benergie|能源|エネルギー"),
    (
        "housing",
        r"\bhousing\b|\brents?\b|\bvivienda\b|\blogement\b|\bhabitação\b|\bwohn(?:en|kosten)"
        r"|\bmieten?\b|住房|住居",
    ),
    (
        "transport",
        r"\btransport(?:ation)?\b|\btransportes?\b|\btransports\b|\bverkehr\b|交通",
    ),
)
#: A word for the whole of inflation: a subject named before it speaks of another rate
#: ("food prices rose 42% and inflation reached 31%"), unless it names this one ("food
#: inflation", "producer price inflation").
_HEADLINE = re.compile(r"\binflation\b|\binflación\b|\binflação\b|通胀|通货膨胀|インフレ", re.I)
#: How far before a headline word its own subject may stand, in characters.
HEADLINE_REACH = 24
#: A clause after a figure ends at these marks or words: a subject beyond speaks of another.
_AFTER_END = re.compile(
    r"[.;:!?,\n\u3002\uff01\uff1f\uff0c\uff1b]|\b(?:and|while|but|whereas|y|pero|et|mais|e|und|aber)\b|和|而"
)
#: The words from a figure to a subject named after it: a noun or two and a preposition
#: ("a 42% rise in food prices", "un alza del 42% en los alimentos"), nothing else ("31%
#: as food prices climbed" names a cause, not what the 31% is of).
_LINK_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,2}?(?:in|of|for|en|de|del|des|du|bei|für)\s+"
    r"(?:(?:the|la|las|los|el|les|le|die|der|den)\s+)?$",
    re.I,
)
#: A clause that pairs its subjects with its figures in order ("housing and transport
#: rose 2.6% and 2.2%, respectively") names none of them for one figure.
_RESPECTIVELY = re.compile(r"\brespective?ly\b|\brespectivamente\b|\bbeziehungsweise\b", re.I)


#: Marks and words that start a clause before a figure (``_own_clause``): a subject
#: before them names another rate ("transport rose 17%, household goods 9.6%"). An
#: opening bracket does not part a figure from its noun ("food (42%)"), nor a colon
#: ("food: up 42%").
_CLAUSE_PARTS = re.compile(
    r"[,;)\uff0c\uff1b\u3001]|\b(?:and|while|but|whereas|y|pero|et|mais|e|und|aber)\b|和|而",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n|[\u3002\uff01\uff1f]")
_WORD = re.compile(r"[^\W\d]")


def _own_clause(before: str) -> str:
    """The words of a figure's own clause before it: from the last comma or "and" with
    words after it ("…, household goods rose", "… and housing costs soared"); a figure
    that follows one at once shares the clause before it ("rose 4.1% on the month and
    61.3% on the year")."""
    pieces = _CLAUSE_PARTS.split(before)
    while len(pieces) > 1 and not _WORD.search(pieces[-1]):
        pieces.pop()
    return pieces[-1]


@lru_cache(maxsize=1)
def _subject_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((subject, re.compile(words, re.I)) for subject, words in _SUBJECTS)


def _named(words: str, last: bool = True) -> tuple[int, int, str]:
    """The last (or first) named subject in ``words``: its start, end and subject
    ((-1, -1, "") if none)."""
    found = [
        (m.start(), m.end(), subject)
        for subject, cue in _subject_patterns()
        for m in cue.finditer(words)
    ]
    if not found:
        return -1, -1, ""
    return max(found, key=lambda f: f[1]) if last else min(found)


def subject_of(text: str, fig, sentence_start: int, high: int | None = None) -> str:
    """What a percentage is of ("food", "producer" …), or "" when its words name nothing.

    A subject linked to the figure right after it names it ("a 42% rise in food
    prices"); else the nearest subject before it in its clause, which also covers a
    second rate of one subject ("producer prices rose 4.1% on the month and 61.3% on
    the year"); a headline word between them ("and inflation reached 31%") ends that.
    """
    if fig.kind != "percent":
        return ""
    high = len(text) if high is None else high
    after = text[fig.end : min(high, fig.end + REACH_AFTER)]
    stop = _AFTER_END.search(after)
    start, _, subject = _named(after[: stop.start()] if stop else after, last=False)
    if subject and _LINK_AFTER.match(after[:start]):
        return subject
    before = _own_clause(text[sentence_start : fig.start])
    rest = _SENTENCE_END.split(text[fig.end : fig.end + 2 * REACH_AFTER])[0]
    if _RESPECTIVELY.search(rest + before):
        return ""
    _, at, subject = _named(before)
    headline = [m.start() for m in _HEADLINE.finditer(before)]
    if headline and headline[-1] >= at:
        # "food inflation" names its own subject; a bare "inflation" names none
        joined = 0 <= at and headline[-1] - at <= HEADLINE_REACH
        return subject if joined and not _PARTS.search(before[at : headline[-1]]) else ""
    return subject


#: The farthest ``role_of``, ``is_age``, ``estimate_of`` and ``subject_of`` read from their
#: figure, in characters, before and after it, besides its sentence (a figure's profile,
#: ``profiles``, is kept by the words within these and its sentence's neighbours).
READS_BEFORE = max(REACH_BEFORE, REACH_AGE, REACH_ESTIMATE)
READS_AFTER = 2 * REACH_AFTER


#: Words between a subject and a headline word that part them ("food rose 42% and
#: inflation"), where "food " or "producer price " would join them.
_PARTS = re.compile(r"\d|[.;:,]|\b(?:and|y|und|et|e)\b")


def subjects_differ(a: str, b: str) -> bool:
    """Two percentages whose words name different subjects are two facts; a subject
    one of them leaves unnamed never parts them."""
    return bool(a and b and a != b)


# --- the time a figure refers to -------------------------------------------------------------

#: A year as written: "1997", "July 2020", "2009年".
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
#: A clause ends at these marks (or words): a year beyond them dates another figure.
_CLAUSE_BREAK = re.compile(
    r"[.;:!?,()\n\u2014\u2013\u3002\uff0c\uff1b\u3001]|\s-\s|\b(?:and|but|while|whereas|when)\b"
)
#: Words between a figure and a later year that make the year a comparison's base.
_BASE = re.compile(r"\b(?:from|since|than|over|compared (?:to|with)|versus|vs)\b[^.;:!?\d]*$", re.I)
#: Kinds of figure a year can date (dates and periods are times themselves).
_DATED_KINDS = ("count", "number", "money", "percent", "quantity", "ratio")


def written_year(text: str) -> int | None:
    """The year a date or period writes out ("July 2020", "since 1997"), or None."""
    found = _YEAR.search(text)
    return int(found.group(1)) if found else None


def told_year(text: str, fig, language: str | None = None) -> int | None:
    """The one year a date or period tells, as it dates the figures beside it, or None.

    A written date tells the year it writes ("July 2020"), a period over several years
    none (``_spans_years``); a relative date the calendar year it resolved to, when it
    counts that year from publication ("last year" in a 2028 article: 2027;
    ``_year_from_publication``). ``language`` is the text's, for its relative words.
    """
    if fig.kind not in ("date", "period"):
        return None
    if fig.relative:
        return _year_from_publication(text, fig, language)
    if _spans_years(fig) or opens_story(text, fig.start, fig.end):
        return None  # (a dateline is the day the story was filed)
    return written_year(text[fig.start : fig.end])


def _year_from_publication(text: str, fig, language: str | None) -> int | None:
    """The calendar year a relative date resolved to ("last year", "el año pasado", "去年"),
    if it tells the time of the figures beside it. A date counted from the story's own time
    ("the previous year", "im Vorjahr": the lexicon's ``story_relative``) would be dated
    from publication wrongly, and the base of a comparison ("8% more than last year",
    "a year earlier": ``base_before``, a comparison's role) tells the time of no figure:
    neither tells a year. Without a publication date a relative date has no value."""
    value = fig.value
    if fig.kind != "date" or fig.precision != "year" or not _one_calendar_year(value):
        return None
    return int(value[0][:4]) if from_publication(text, fig, language) else None


def from_publication(text: str, fig, language: str | None = None) -> bool:
    """Whether a relative date counts its time from publication and tells the time of the
    figures beside it: not counted from the story's own time ("the previous year", the
    lexicon's ``story_relative``), no role's cue, nor a comparison's base ("8% more than
    last year": ``base_before``)."""
    words = text[fig.start : fig.end]
    story, base = _relative_words(language)
    if story.search(words.lower()) or _any_cue().search(words):
        return False
    return not base.search(text[max(0, fig.start - REACH_BEFORE) : fig.start].lower())


def _one_calendar_year(value) -> bool:
    """Whether a date's value is one whole calendar year ("2027-01-01" to "2027-12-31")."""
    if not isinstance(value, tuple) or len(value) != 2 or None in value:
        return False
    first, last = value
    return first[:4] == last[:4] and first[4:] == "-01-01" and last[4:] == "-12-31"


@lru_cache(maxsize=8)
def _clause_break(language: str | None) -> re.Pattern:
    """``_CLAUSE_BREAK``, and the "and" of ``language`` where it writes spaces ("3,2% a
    finales de año y ... en 2026": 2026 is the next clause's)."""
    from figcheck.lang import SUPPORTED, UNSPACED, lexicon

    if language not in SUPPORTED or language in UNSPACED or language == "en":
        return _CLAUSE_BREAK
    words = "|".join(re.escape(w) for w in lexicon(language).and_words)
    return re.compile(f"{_CLAUSE_BREAK.pattern}|\\b(?:{words})\\b") if words else _CLAUSE_BREAK


@lru_cache(maxsize=8)
def _relative_parts(language: str | None) -> re.Pattern:
    """What keeps a relative year from a figure after it: the end of its clause, or a
    comparison word of ``language`` (the figure is the base: "compared with 200")."""
    _, base = _relative_words(language)
    return re.compile(f"{_CLAUSE_END.pattern}|{base.pattern.removesuffix(_BASE_END)}")


#: How a comparison word ends the words before a relative date it is the base of.
_BASE_END = r"\W*$"


@lru_cache(maxsize=8)
def _relative_words(language: str | None) -> tuple[re.Pattern, re.Pattern]:
    """Of ``language`` (English when figcheck does not read it): its words that count a
    relative date from the story's time, and those right before one that make it a
    comparison's base. Words in Latin letters match from a word's start."""
    from figcheck.lang import SUPPORTED, lexicon

    lex = lexicon(language if language in SUPPORTED else "en")

    def pattern(words, whole: str, ending: str) -> re.Pattern:
        forms = [
            rf"\b{re.escape(w)}{whole}" if w[:1].isascii() else re.escape(w) for w in words
        ]
        return re.compile(f"(?:{'|'.join(forms)}){ending}" if forms else "(?!)")

    # "vorherig" stands for "vorherigen" too; a comparison word is a whole word
    return pattern(lex.story_relative, "", ""), pattern(lex.base_before, r"(?!\w)", _BASE_END)


def anchors(
    text: str, figures, spans: list[tuple[int, int]], language: str | None = None
) -> list[int | None]:
    """The year each figure refers to, where its sentence tells one, else None.

    A year in the figure's own clause wins ("8.8% by the end of 2024"); else the nearest
    year before it in its sentence ("in the 1986 crash, killing all 251 people aboard").
    A relative date counts as the year it resolved to, when that is a time and not a
    comparison's base (``told_year``), and reaches a figure after it only within its
    clause and no comparison ("last year's consultation, compared with more than 200 in
    the first round" dates no 200); periods over several years tell none.
    """
    parts = _relative_parts(language)
    years = sorted(
        (
            (f.start, f.end, year, parts if f.relative else None)
            for f in figures
            if (year := told_year(text, f, language)) is not None
        ),
        key=lambda y: y[0],
    )  # fmt: skip
    starts = [start for start, _, _, _ in years]
    breaks = _clause_break(language)
    out: list[int | None] = []
    at = 0
    for fig in figures:
        while at + 1 < len(spans) and spans[at + 1][0] <= fig.start:
            at += 1
        if fig.kind not in _DATED_KINDS or not years:
            out.append(None)
            continue
        # Only the years of its sentence before it, and those up to the first clause break
        # after it, can date a figure: the others are not read (a long report has
        # thousands of years, and each was compared with each figure).
        low = bisect.bisect_left(starts, spans[at][0])
        stop = breaks.search(text, fig.end)
        high = bisect.bisect_left(starts, stop.end()) if stop else len(years)
        out.append(_anchor(text, fig, years[low:high], spans[at][0], breaks))
    return out


def _spans_years(fig) -> bool:
    """Whether a period runs from one year to another ("from 2016 to 2019"): it dates no
    figure to one year, and reading its first would part it from "until 2019"."""
    if fig.kind != "period" or not isinstance(fig.value, tuple) or None in fig.value:
        return False
    return fig.value[0][:4] != fig.value[-1][:4]


def _anchor(
    text: str, fig, years: list[tuple], sentence_start: int, breaks: re.Pattern = _CLAUSE_BREAK
) -> int | None:
    """The year of one figure: the nearest in its clause, else the nearest before it. Each
    year comes with the words that keep it from the figures after them (None: none do)."""
    best: tuple[int, int] | None = None
    before: tuple[int, int] | None = None
    for start, end, year, parts in years:
        if end <= fig.start and start >= sentence_start:
            gap = text[end : fig.start]
            if parts is not None and parts.search(gap.lower()):
                continue
            before = (start, year) if before is None or start > before[0] else before
        elif start >= fig.end:
            gap = text[fig.end : start]
            stop = breaks.search(gap)
            if stop is not None and stop.end() < len(gap):
                break  # every later year lies beyond this break too (the years are in order)
            if stop or _BASE.search(gap):
                continue  # another clause's year, or "down 87.4% from Q1 2021": the base
        else:
            continue
        if (best is None or len(gap) < best[0]) and not breaks.search(gap):
            best = (len(gap), year)
    if best is not None:
        return best[1]
    return before[1] if before is not None else None


#: Roles that make a relative date the base of a change ("rose 8% from a year earlier").
_COMPARISON_ROLES = ("annual", "monthly")


def comparison_bases(profiles) -> set:
    """The references of one version's relative dates that a change is measured from
    ("climbed 49% from a year earlier"): a relative date with a comparison role in a
    sentence whose change has that role too. Such a date tells no time of its own, so no
    other version's year was taken from it ("the plant opened a year earlier" is a time)."""
    changes = {
        (p.sentence_start, p.role)
        for p in profiles
        if p.role in _COMPARISON_ROLES and p.figure.kind not in ("date", "period")
    }
    return {
        p.ref
        for p in profiles
        if p.figure.kind == "date" and p.figure.relative and (p.sentence_start, p.role) in changes
    }


def dated_by(date, profiles, text: str = "", language: str | None = None) -> list:
    """The figures of its sentence that a date dates: those whose year (``anchors``) is the
    one it tells ("net profit for the year to March 2024 rose to 4.9 trillion yen" dates
    the profit; "last year the board spent 80 million euros" in a 2028 article dates the
    spending to 2027). A date that tells no year (``told_year``; a relative one without
    ``text``, the version's text, and ``language``, its language) dates none."""
    fig = date.figure
    if fig.kind not in ("date", "period") or (fig.relative and not text):
        return []
    year = told_year(text, fig, language) if fig.relative else written_year(fig.text)
    if year is None:
        return []
    return [
        p
        for p in profiles
        if p.ref != date.ref and p.sentence_start == date.sentence_start and p.when == year
    ]


def different_times(a_when: int | None, b_when: int | None) -> bool:
    """Two figures dated to different years report different facts ("212 died in 1994",
    "251 died in 1986"); a figure no year dates never differs."""
    return a_when is not None and b_when is not None and a_when != b_when
