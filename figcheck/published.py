"""Which date an article was published on, as ranked evidence rather than a first match.

A page often carries several dates before its body: a photo caption ("In this March 3,
2019 file photo ..."), a dateline, a "Published" line. Taking the first one dated a whole
article by its photo, and every conversion in it was then checked at the wrong year's
rate. Here every date that could be the publication date becomes a candidate with its
source and a confidence, and the sources that state the publication (front matter, a
"Published" line, a wire dateline, a date line at the head) rank above a caption or a
date in the body, wherever those stand.

Pure: a text (and its front matter, when the caller parsed it) in, candidates out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from figcheck.lang import lexicon
from figcheck.text import alternation, initials, led

#: How far each kind of evidence can be trusted to be the publication date.
CONFIDENCE = {
    "front-matter": 0.99,
    "published-line": 0.95,
    "dateline": 0.9,
    "date-line": 0.9,
    "updated-line": 0.8,
    "dateline-year-guessed": 0.6,
    "late-date-line": 0.5,
    "head": 0.25,
    "head-year-guessed": 0.22,
    "body": 0.2,
    "caption": 0.05,
}

#: Below this the best candidate is a guess: better no date (and the caller's --date, or
#: the other versions' date) than a photo's or an event's. A date inside a sentence at the
#: head ("On March 3, 2024 the council voted") is an event's too: "head" stays below it.
MIN_CONFIDENCE = 0.3

#: Characters from the start of the text that count as its head.
HEAD = 600

#: Front-matter keys that name the publication date, most specific first.
FRONT_MATTER_KEYS = ("published", "datePublished", "date_published", "pubdate", "date")


@dataclass(frozen=True)
class Candidate:
    """One date that may be the article's publication date, and why."""

    date: dt.date
    #: Where it was found: a key of ``CONFIDENCE``.
    source: str
    confidence: float
    #: The words it was read from (character offsets into the text, end exclusive).
    start: int = 0
    end: int = 0
    text: str = ""


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    year: int | None
    month: int
    day: int


def published(
    text: str,
    front_matter: Mapping[str, object] | None = None,
    *,
    languages: Iterable[str] = ("en",),
    min_confidence: float = MIN_CONFIDENCE,
) -> Candidate | None:
    """The best candidate, if it is trusted enough to date the article."""
    ranked = candidates(text, front_matter, languages=languages)
    if ranked and ranked[0].confidence >= min_confidence:
        return ranked[0]
    return None


def candidates(
    text: str,
    front_matter: Mapping[str, object] | None = None,
    *,
    languages: Iterable[str] = ("en",),
) -> list[Candidate]:
    """Every date that may be the publication date, best first (then in text order).

    ``front_matter`` is the article's metadata as a mapping; without it a leading
    ``---`` block of ``key: value`` lines is read from the text.
    """
    found: list[Candidate] = list(_from_front_matter(text, front_matter))
    months = _months(tuple(languages))
    for match in _dates(text, months):
        candidate = _classify(text, match)
        if candidate is not None:
            found.append(candidate)
    unique = {(c.date, c.source, c.start): c for c in found}
    return sorted(unique.values(), key=lambda c: (-c.confidence, c.start))


# --- front matter ----------------------------------------------------------------------------

_FRONT_BLOCK = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_LINE = re.compile(r"^[ \t]*([\w-]+)[ \t]*:[ \t]*[\"']?([^\"'\r\n]*)", re.M)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def front_matter(text: str) -> dict[str, str]:
    """The ``key: value`` lines of a text's front matter (``---`` fenced, at its very start)."""
    block = _FRONT_BLOCK.match(text)
    if not block:
        return {}
    out: dict[str, str] = {}
    for line in _FRONT_LINE.finditer(block.group(1)):
        out.setdefault(line.group(1), line.group(2).strip())
    return out


def _from_front_matter(text: str, front_matter: Mapping[str, object] | None) -> Iterator[Candidate]:
    offsets: dict[str, tuple[int, int]] = {}
    if front_matter is None:
        block = _FRONT_BLOCK.match(text)
        if not block:
            return
        front_matter = {}
        for line in _FRONT_LINE.finditer(block.group(1)):
            front_matter.setdefault(line.group(1), line.group(2).strip())
            offsets.setdefault(
                line.group(1), (block.start(1) + line.start(), block.start(1) + line.end())
            )
    for key in FRONT_MATTER_KEYS:
        day = _as_date(front_matter.get(key))
        if day:
            start, end = offsets.get(key, (0, 0))
            yield Candidate(
                day, "front-matter", CONFIDENCE["front-matter"], start, end, text[start:end]
            )
            return


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _ISO_DAY.match(str(value or "").strip())
    return _safe_date(*map(int, match.groups())) if match else None


# --- dates in the text -----------------------------------------------------------------------


@lru_cache(maxsize=8)
def _months(languages: tuple[str, ...]) -> tuple[dict[str, int], re.Pattern]:
    """Month names of the languages and one pattern for every date form they write."""
    names: dict[str, int] = {}
    for code in languages:
        for name, number in lexicon(code).months.items():
            names.setdefault(name.lower(), number)
    month = alternation(names, empty="", lead=True)
    ordinal = r"(?:st|nd|rd|th|º|\.)?"
    forms = [
        r"\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?!\d)",
        r"\b(?P<um>\d{1,2})/(?P<ud>\d{1,2})/(?P<uy>\d{4})\b",
        r"(?P<cy>\d{4})\s*年\s*(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})\s*日",
        # a Chinese dispatch's yearless dateline: "新华社北京1月8日电"
        r"(?<![\d年])(?P<xm>\d{1,2})\s*月\s*(?P<xd>\d{1,2})\s*日(?=[ \t]*电)",
        # "Aug. 24, 2023", "August 24th"
        rf"\b(?P<m1>{month})\.?[ \t]+(?P<d1>\d{{1,2}}){ordinal}\b(?:,?[ \t]+(?P<y1>\d{{4}})\b)?",
        # "24 August 2023", "03rd November, 2022", "24 de agosto de 2023"
        rf"\b(?P<d2>\d{{1,2}}){ordinal}[ \t]+(?:de[ \t]+)?(?P<m2>{month})\b\.?"
        rf"(?:,?[ \t]+(?:de[ \t]+)?(?P<y2>\d{{4}})\b)?",
    ]
    # (every form starts with a digit or a month name: tested first, see text.led)
    either = "|".join(forms)
    return names, re.compile(led(rf"\d{initials(names)}", either) if names else either, re.I)


def _dates(text: str, months: tuple[dict[str, int], re.Pattern]) -> Iterator[_Found]:
    names, pattern = months
    for match in pattern.finditer(text):
        g = match.groupdict()
        if g["iy"]:
            parts = (int(g["iy"]), int(g["im"]), int(g["id"]))
        elif g["uy"]:
            parts = (int(g["uy"]), int(g["um"]), int(g["ud"]))
        elif g["cy"]:
            parts = (int(g["cy"]), int(g["cm"]), int(g["cd"]))
        elif g["xm"]:
            parts = (None, int(g["xm"]), int(g["xd"]))
        elif g["m1"]:
            parts = (_int(g["y1"]), names[g["m1"].lower()], int(g["d1"]))
        else:
            parts = (_int(g["y2"]), names[g["m2"].lower()], int(g["d2"]))
        year, month, day = parts
        if _safe_date(year or 2000, month, day):
            yield _Found(match.start(), match.end(), year, month, day)


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --- what kind of evidence a date is ---------------------------------------------------------

#: A photo caption or file picture: "In this March 3, 2019 file photo", "FILE - ...",
#: "(Photo: ...)", "(Agency Photo)", "IMAGE: ...".
_CAPTION = re.compile(
    r"\bfile\s+(?:photo|picture|image)\b|\bin\s+this\b[^\n]{0,80}\b(?:photo|picture|image)\b"
    r"|^\W*file\s*[-–—:]|\(\s*(?:photo|picture|image)\b|\b(?:photo|picture|image|credit)s?\s*:"
    r"|\([^()\n]{0,40}\bphoto\b[^()\n]{0,40}\)|\bpictured\b|\bphotograph(?:ed)?\s+by\b",
    re.I | re.M,
)
_PUBLISHED_LABEL = re.compile(
    r"^\W*(?:published|posted|first\s+published|date|dated)\b",
    re.I,
)
_UPDATED_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)\b", re.I)
#: A place in capitals opening the line ("HONG KONG, Aug 24 (Agency) -", "ZÜRICH, ...").
_PLACE = re.compile(r"^[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'/-]{2,}(?=,|[ \t]*\(|[ \t]+[-–—])")
#: A date that opens the first paragraph, perhaps after its weekday ("Thursday June 8, 2023 -").
#: A place in title case opening the line, trusted only when a dash follows the date
#: ("Shenzhen, May 2, 2024 - ...", "São Paulo, ...", "Rio de Janeiro, ...").
_TITLE_PLACE = re.compile(
    r"^[ \t]*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[ -](?:[a-z]{1,3}[ \t])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+){0,2}(?=,)"
)
_OPENING = re.compile(r"[ \t]*(?:[A-Za-z]+day,?[ \t]+)?")
#: The dash after a dateline's date, perhaps after the agency's bracket and a stop
#: ("- ...", "(Wire) - ...", "(Agencia).- ...").
_DASH = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?\.?[ \t]*[-–—:]")
#: What may stand between the place and the date: a comma and a country or state, the
#: region perhaps in brackets before the comma ("SEVILLA (España), 3 mar 2031 -").
_PLACE_TAIL = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,"
    r"[ \t]*(?:[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*)*[ \t]*,[ \t]*)?"
)
#: A Chinese dispatch's dateline: the agency and the place in a few characters before the
#: date, 电 ("dispatch") right after it ("新华社北京2025年1月8日电").
_DISPATCH_FROM = re.compile(r"[ \t]*[\u4e00-\u9fff]{2,16}")
_DISPATCH = re.compile(r"[ \t]*电")
#: The date closes a bracket that opens with the agency ("(Agency News - 03rd November, 2022)").
_AGENCY_AROUND = re.compile(r"\([A-Z][^()\n]{0,60}[-–—,][ \t]*$")
#: Words that tie a date to an event rather than to the article.
_EVENT_WORD = re.compile(
    r"\b(?:until|till|since|by|from|before|after|through|to|between)\s*$", re.I
)


#: How far along its line a date's evidence is read: a caption or a label stands near its
#: date, and reading a whole line for each date of a page-long line would take quadratic time.
LINE_REACH = 300


def _line_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(line, before, after): the line of the date from ``start`` to ``end``, and its words
    before and after the date, LINE_REACH characters at most each way."""
    line_start = text.rfind("\n", max(0, start - LINE_REACH), start) + 1
    line_start = max(line_start, start - LINE_REACH)
    line_end = text.find("\n", end, end + LINE_REACH)
    line_end = min(len(text), end + LINE_REACH) if line_end == -1 else line_end
    return text[line_start:line_end], text[line_start:start], text[end:line_end]


def opens_story(text: str, start: int, end: int) -> bool:
    """Whether the date from ``start`` to ``end`` is the story's dateline ("BERLIN, Oct 2,
    2024 -"): the day it was filed, which dates none of the figures of its first sentence."""
    if start >= HEAD:
        return False
    _, before, after = _line_around(text, start, end)
    return _is_dateline(before, after)


def _classify(text: str, found: _Found) -> Candidate | None:
    line, before, after = _line_around(text, found.start, found.end)
    source = _source(line, before, after, found, in_head=found.start < HEAD)
    if source is None:
        return None
    year = found.year
    if year is None:
        year = _year_near(text, found.start)
        source = f"{source}-year-guessed"
    day = _safe_date(year, found.month, found.day) if year else None
    if day is None:
        return None
    words = text[found.start : found.end]
    return Candidate(day, source, CONFIDENCE[source], found.start, found.end, words)


def _source(line: str, before: str, after: str, found: _Found, in_head: bool) -> str | None:
    """The kind of evidence a date is, from its line; None for a yearless date in the body."""
    if _CAPTION.search(line):
        return "caption" if found.year else None
    if _PUBLISHED_LABEL.search(line):
        return "published-line" if found.year else None
    if _UPDATED_LABEL.search(line):
        return "updated-line" if found.year else None
    if in_head and _is_dateline(before, after):
        return "dateline"
    if (
        found.year
        and len(line.strip()) <= 60
        and not _EVENT_WORD.search(before)
        and not _in_sentence(before, after)
    ):
        return "date-line" if in_head else "late-date-line"
    if in_head and re.search(r"\bon\s*$", before, re.I):
        return "head"
    return "body" if found.year else None


#: A time of day after a date on its line ("10:05 a.m.", "21:21:00", "16h30"): no words.
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", re.I)
#: A word in lower case of two letters or more: sentences have them, date lines few.
_LOWER_WORD = re.compile(r"(?<![\w.])[a-zà-ÿ][a-zà-ÿ'’-]+\b")
#: Four Chinese or Japanese characters in a row: a clause, where a date line has a label.
_CJK_CLAUSE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{4}")
_SENTENCE_STOP = re.compile(r"[.!?\u3002\uff01\uff1f]\s*$")


def _in_sentence(before: str, after: str) -> bool:
    """Whether the words beside a short line's date make it a sentence, not a date line:
    words in lower case run on after the date ("March 3, 2024 it fell"), or fill the line
    ("The council met on March 3, 2024"), or a Chinese or Japanese clause follows it to a
    full stop. A label, a byline or a time ("Publié le …", "By Ana Lopes | …", "… 10:05
    a.m.") leaves a date line."""
    after = _TIME_OF_DAY.sub(" ", after)
    later = len(_LOWER_WORD.findall(after))
    if later >= 2 or later + len(_LOWER_WORD.findall(before)) >= 3:
        return True
    return bool(_CJK_CLAUSE.search(after) and _SENTENCE_STOP.search(after))


def _is_dateline(before: str, after: str) -> bool:
    """ "PLACE, <date> (Agency) -", "PLACE (Agency - <date>)", "Thursday <date> - ..." or a
    Chinese dispatch's "新华社北京<date>电": the date opens the story."""
    if _AGENCY_AROUND.search(before) or (_OPENING.fullmatch(before) and _DASH.match(after)):
        return True
    if _DISPATCH_FROM.fullmatch(before) and _DISPATCH.match(after):
        return True
    place = _PLACE.match(before) or (_DASH.match(after) and _TITLE_PLACE.match(before))
    return bool(place and _PLACE_TAIL.fullmatch(before[place.end() :]))


def _year_near(text: str, offset: int) -> int | None:
    """A year stated within a few hundred characters of a yearless date in the head.

    Captions are left out: a file photo's year is the one year known not to be the story's.
    """
    window = text[max(0, offset - 300) : offset + 300]
    lines = "\n".join(line for line in window.split("\n") if not _CAPTION.search(line))
    # (not \b: "2025年" holds no word boundary, as Chinese characters are word characters)
    years = [
        int(m.group(1))
        for m in re.finditer(r"(?<![\dA-Za-z])(19[5-9]\d|20\d\d)(?![\dA-Za-z])", lines)
        if not _TARGET_BEFORE.search(lines, max(0, m.start() - 16), m.start())
        and not _TARGET_AFTER.match(lines, m.end())
    ]
    return max(years) if years else None


#: A year a plan aims at, no year the story was told in ("by 2030", "到2030年", "2030年までに").
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:by|until|till|no\s+later\s+than|bis|d'ici|hasta|até)\s+|[到至])$", re.I
)
_TARGET_AFTER = re.compile(r"年?までに")
