"""Spans whose numbers are not figures: names, labels, links, phone numbers, times of
day, scores and tallies, spam.

"Thousand Talents Plan" and "Fortune 500" hold numbers that no fact-checker would
compare, and a spammer's "call 555-0199" is not part of the story.
"""

from __future__ import annotations

import bisect
import functools
import re

from figcheck.lang.en import (
    CLOCK_DAYS,
    CLOCK_HALVES,
    CLOCK_ZONES,
    MONTHS,
    PRICE_WORDS,
    TALLY_AFTER,
    TALLY_BEFORE,
    TALLY_NOUNS,
    TALLY_VERBS,
    WEEKDAYS,
)
from figcheck.text import alternation

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

_NUMBER_WORD = r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Hundred|Thousand|Million)"
#: "1,000": read from its first digit only, so "1,1,1,…" is not rescanned at every digit.
_DIGIT_RUN = r"(?<!\d,)\d+(?:,\d+)*"
_NAME_END = (
    r"(?:Plan|Plans|Programme|Program|Project|Initiative|Scheme|Act|Award|Awards|Prize|"
    r"Index|Club|Cup|Group|Summit|Forum|Committee|Council|Talents?|Movement|Fund|Campaign)"
)

_CALENDAR = alternation(name.capitalize() for name in (*MONTHS, *WEEKDAYS))
#: A capitalized name and 24, a channel's hours: "Vesti 24".
_CHANNEL = rf"(?!(?:{_CALENDAR})\b)[A-Z]\w+\s+24"

#: Patterns that name things; the whole match is masked.
NAME_PATTERNS = [
    # aircraft models with their variant, before the maker's name alone below: "Boeing
    # 787-9", "Airbus A350-1000", "737 MAX 9" (a plain "100-150" is a range, not a model)
    r"\b(?:(?:Boeing|Airbus)\s+A?\d{3}(?:-\d{1,4})?|A\d{3}-\d{1,4}|\d{3})\s+MAX(?:\s+\d{1,2})?\b"
    r"|\b(?:(?:Boeing|Airbus)\s+A?\d{3}|A\d{3})-\d{1,4}\b",
    # other makers' models: "ATR 72-600", "Embraer 190", "Dash 8" (CJK_MODELS below)
    r"\b(?:ATR|CRJ|ERJ|Embraer|Bombardier|Cessna|Sukhoi|Tupolev|Ilyushin|Antonov|Dash)"
    r"[\s-]?\d{1,4}(?:-\d{1,4})?(?![\d,.]\d)",
    # "Thousand Talents Plan", "1,000 Talents Plan", "Hundred Flowers Campaign"
    # (a few capitalized words at most: "One Aa One Aa …" must not be rescanned from each "One")
    rf"\b(?:{_NUMBER_WORD}|{_DIGIT_RUN})(?:[ -][A-Z][\w'’]+){{0,6}}[ -]{_NAME_END}\b",
    # "the 1,000-person plan", "a 1,000-talent programme"
    rf"\b{_DIGIT_RUN}-(?:person|talent|man|member|people)\s+(?:plan|programme|program|scheme)\b",
    r"\b(?:Fortune|Global|Forbes|S&P|FTSE|Nasdaq|Russell|Nikkei|DAX|CAC|Top)\s+\d+\b",
    # European stock indexes as copy in their languages names them: "el Ibex 35", "der MDax"
    r"\b(?:Ibex|IBEX|Stoxx|STOXX|Dax|MDax|MDAX|SDax|SDAX|TecDax|TecDAX|PSI|BEL|AEX)\s+\d+\b",
    r"\b(?:COVID|Covid|covid|SARS-CoV|MERS|H\dN)\s*-?\s*\d+\b",
    r"\b[GB]\d{1,2}\b",
    r"\b(?:Section|Article|Chapter|Title|Rule|Form|Route|Highway|Flight|Room|Resolution|"
    r"Amendment|Paragraph|Clause|Regulation|Directive|Version|Windows|iPhone|Boeing|Airbus|"
    r"Junction|Exit|Gate|Platform|Terminal|Pier|Berth|Line|Channel|Phase|Block|No\.|Formula)"
    r"\s+[A-Z]?\d+[A-Za-z]?\b",
    # a round-the-clock news channel named by its hours, where copy calls it a channel or
    # it reports: "the broadcaster Vesti 24", "Nova 24 TV", "Vesti 24 reported" (not
    # "Britain 24, France 18" in a medal table)
    # (never a month's or a day's name: "on TV March 24", "March 24 TV crews" are dates)
    rf"\b(?:[Cc]hannel|[Bb]roadcaster|TV|[Tt]elevision|[Ss]tation|[Nn]etwork)\s+{_CHANNEL}\b"
    rf"|\b{_CHANNEL}(?=\s+(?:TV|[Tt]elevision|[Cc]hannel|news\s+channel|reported|quoted|aired)\b)",
    r"\b[A-Z]{1,4}-\d+[A-Z]?\b",
    # a wire story's version tag: "UPDATE 2-Drugmaker's shares jump", "(UPDATE 1, PIX)"
    r"\b(?:UPDATE|REFILE-UPDATE|CORRECTED-UPDATE)[^\S\n]+\d{1,2}\b(?=[^\S\n]*[-,)])",
    # the size of a number, not a number: "a six-figure salary", "a 10-digit code"
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})"
    r"-(?:figure|digit)\b",
]

#: A rate note: in brackets, one unit of a currency (a sign, a code or a word or two beside
#: the 1), an equals sign and what it buys.
RATE_NOTE = (
    r"[(\uff08][^\S\n]*(?:[^\W\d]{1,3}[^\S\n]?)?[$\u20ac\u00a3\u00a5\u20a9]?[^\S\n]?1(?![\d.,])"
    r"[^\S\n]?(?:[^\W\d]+[^\S\n]?){0,2}[=\uff1d][^)\uff09\n]{1,60}[)\uff09]"
)

#: Patterns for links and contacts, each with a piece of text (lower case) it cannot match
#: without: a pattern runs only on texts holding its piece, so most texts skip most of them.
LINK_PATTERNS = [
    (r"\bhttps?://\S+", "://"),
    (r"\bwww\.\S+", "www."),
    (r"\(?\bSource:\s*\S+\)?", "source:"),
    # The exchange rate a story converted at, in the note wire copy closes on ("($1 =
    # 144.57 yen)", "(1 euro = 1,09 dólares)", "（1美元=7.18元人民币）"): the rate of its day,
    # not a figure of the story (its "144.57 yen" is no amount of the yen the story counts).
    (RATE_NOTE, "="),
    (RATE_NOTE, "\uff1d"),
    # Starts only where the run of address characters starts: "a.a.a.…" stays linear.
    (r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+\b", "@"),
    # Phone numbers: three or more digit groups joined by dashes, dots or spaces
    # (starting with a "+", "(" or digit: the engine passes quickly over other characters).
    (r"(?=[+(\d])(?:\+\d{1,3}[\s.-]?)?\(?\b\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b", ""),
    # Network addresses: four dotted groups of one to three digits ("192.168.1.20"); a date
    # has three, and a large number grouped by dots ("1.250.000.000") is kept as one.
    (r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)", "."),
]

#: Times of day: "at 2 pm", "9:15 a.m.", "10.30 GMT", "1914 GMT", "at 10.30 on Monday". An
#: hour of the half day (1-12) before "am"/"pm"; an hour and its two digits of minutes,
#: with or without a mark between them as wire copy writes them, before a time zone; after
#: "at" and before a day word, an hour of the whole day and its minutes.
_HOUR, _HALF_HOUR, _MINUTES = r"(?:[01]?\d|2[0-3])", r"(?:1[0-2]|0?\d)", r"[.:][0-5]\d"
_CLOCK_RE = re.compile(
    rf"(?<![\w.,])(?:{_HALF_HOUR}(?:{_MINUTES})?[^\S\n]*(?:{alternation(CLOCK_HALVES)})"
    rf"|(?:{_HOUR}{_MINUTES}|(?:[01]\d|2[0-3])[0-5]\d)[^\S\n]*(?:{alternation(CLOCK_ZONES)})"
    rf"|(?<=\bat[^\S\n])(?P<at>{_HOUR}{_MINUTES})(?=[^\S\n]+(?:{alternation(CLOCK_DAYS)})\b))"
    r"(?!\w)",
    re.I,
)
_PRICE_BEFORE = re.compile(rf"\b(?:{alternation(PRICE_WORDS)})\b[^.;!?\n]*$", re.I)


def _clock_spans(text: str) -> list[tuple[int, int]]:
    """Times of day; "at 1.08 on Friday" only where no market word comes shortly before."""
    return [
        m.span()
        for m in _CLOCK_RE.finditer(text)
        if not (m.group("at") and _PRICE_BEFORE.search(text, max(0, m.start() - 40), m.start()))
    ]


#: A score or a vote's tally: two numbers joined by a dash that count two sides, not a
#: range ("beat Leverkusen 3-1 on Saturday", "The decision was 11-1,", "a 6-3 ruling",
#: "voted 52-48 to confirm"): a tally's word stands before it and a clause ends or a
#: phrase opens right after it. A range of bare numbers has its noun ("was 3-5 years").
_SPACES = r"\s+"
_TALLY = re.compile(r"(?<![\w.,/\u2013-])\d{1,3}[-\u2013]\d{1,3}(?![\w/%\u2013-]|[.,]\d)")
_TALLY_BEFORE = re.compile(
    rf"\b(?:(?:{alternation(TALLY_VERBS)})\s+(?:[\w.'\u2019-]+\s+){{0,3}}"
    rf"|(?:{alternation(TALLY_BEFORE)})\s+)$",
    re.I,
)
#: ... after it, a tally's own word ("a 6-3 ruling"), which needs no word before
_TALLY_NOUN = re.compile(rf"[^\S\n]+(?:{alternation(TALLY_NOUNS, space=_SPACES)})\b", re.I)
#: ... or the end of a clause, or a word that opens the next phrase ("3-1 on Saturday")
_TALLY_AFTER = re.compile(
    rf"[^\S\n]*(?:[,;:)]|\.(?!\d)|$)|[^\S\n]+(?:{alternation(TALLY_AFTER)})\b", re.I | re.M
)


def _tally_spans(text: str) -> list[tuple[int, int]]:
    """Scores and vote tallies (``_TALLY``), which hold no figure a story's versions
    compare as two numbers."""
    return [
        m.span()
        for m in _TALLY.finditer(text)
        if _TALLY_NOUN.match(text, m.end())
        or (
            _TALLY_BEFORE.search(text, max(0, m.start() - 50), m.start())
            and _TALLY_AFTER.match(text, m.end())
        )
    ]


#: Phrases that mark a sentence or line as spam, advertising or filler.
SPAM_MARKERS = [
    "lorem ipsum",
    "ipsum dolor",
    "dolor sit amet",
    "consectetur adipiscing",
    "immigration consultant",
    "click here",
    "buy now",
    "call us",
    "call now",
    "whatsapp",
    "subscribe to our",
    "sign up for our",
    "get a call back",
    "leave a comment",
    "your email address will not be published",
    "required fields are marked",
    "limited time offer",
    "discount code",
    "promo code",
    "casino",
    "viagra",
]

#: What a name starts with: a digit, a capital, or the lower-case letters that start
#: "covid", "iPhone", "six-figure" and "broadcaster" words (a test reads each pattern's
#: first characters).
NAME_LEAD = r"\dA-Zbcefinst"
#: Names start at a word, with a character of NAME_LEAD: checking that first lets the
#: engine pass over the middle of words and most lower-case words at one test.
_NAME_RE = re.compile(
    rf"(?=[{NAME_LEAD}])(?=\b\w)(?:" + "|".join(f"(?:{p})" for p in NAME_PATTERNS) + ")"
)
_LINK_RES = [(re.compile(pattern, re.I), piece) for pattern, piece in LINK_PATTERNS]

#: Aircraft models as Chinese and Japanese copy writes them, glued to the words around:
#: "波音737", "空客A320", "ボーイング787", "这架ATR 72飞机" (no word boundary before a
#: Latin name that follows a Han character, so NAME_PATTERNS miss them).
CJK_MODELS = re.compile(
    r"(?:波音|空客|空中客车|空中客車|ボーイング|エアバス)\s?A?\d{3}(?:-\d{1,4})?"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff])(?:ATR|CRJ|ERJ)[\s-]?\d{1,4}(?:-\d{1,4})?"
)
_CJK_MODEL_PIECES = ("波音", "空客", "空中客", "ボーイング", "エアバス", "ATR", "CRJ", "ERJ")
_HASHTAG_LINE = re.compile(r"^[^\n]*(?:#\w+[^\S\n]+){2,}#\w+[^\n]*$", re.M)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


#: Groups of three digits after the first, all joined by the same mark, make a large
#: number ("31.540.268.119 rubles", "1 250 000"), not a phone number.
_GROUPED = re.compile(r"\d{1,3}([.\s-])\d{3}(?:\1\d{3})+")


@functools.lru_cache(maxsize=4)
def masked_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted (start, end) spans in which no figure may be reported. A text's are found
    once: the report's count of unread tokens (``unread``) asks again for the texts the
    finders just read."""
    spans = [m.span() for m in _NAME_RE.finditer(text)]
    lowered = text.lower()
    for pattern, piece in _LINK_RES:
        if piece in lowered:
            spans += [m.span() for m in pattern.finditer(text) if not _GROUPED.fullmatch(m.group())]
    if any(piece in text for piece in _CJK_MODEL_PIECES):
        spans += [m.span() for m in CJK_MODELS.finditer(text)]
    spans += [m.span() for m in _HASHTAG_LINE.finditer(text)]
    spans += _clock_spans(text)
    spans += _tally_spans(text)
    spans += spam_spans(lowered)
    return tuple(merged(sorted(spans)))


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans joined, so that is_masked can bisect disjoint spans."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def spam_spans(lowered: str) -> list[tuple[int, int]]:
    """Sentences of the lower-cased text that carry a spam marker; the story around them is kept."""
    if not any(marker in lowered for marker in SPAM_MARKERS):
        return []
    spans = []
    for match in _SENTENCE.finditer(lowered):
        if match.start() == match.end():
            continue
        if any(marker in match.group(0) for marker in SPAM_MARKERS):
            spans.append(match.span())
    return spans


def is_masked(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when the figure start..end overlaps one of the sorted, disjoint masked spans."""
    i = bisect.bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start
