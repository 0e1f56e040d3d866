"""Load a version of a story: decode it, strip its markup, find the date it states."""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from figcheck.errors import InputError
from figcheck.figures import Figure
from figcheck.lang.en import MONTHS

#: File suffixes read as markup (figcheck.markup strips it), and every suffix read as a story.
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
STORY_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)


@dataclass(frozen=True)
class Document:
    """One version of a story as figcheck read it: a plain record, never changed once built.

    A later step that knows more (the pipeline dating an undated version) makes a new one.
    """

    path: str
    text: str
    #: Markdown/HTML: the text with markup blanked out (same offsets); figures come from it.
    plain: str | None = None
    #: The language the text is written in (ISO 639-1 code), None until one is detected.
    language: str | None = None
    published: dt.date | None = None
    #: Where the date came from: "front-matter", "text", "option", "config", "fallback",
    #: or None when undated.
    published_source: str | None = None

    @property
    def readable(self) -> str:
        """What the extractors read: the plain text of markup, else the text itself."""
        return self.text if self.plain is None else self.plain


@dataclass(frozen=True)
class Version:
    """A document with the figures read from it: what alignment and rules work on."""

    document: Document
    figures: tuple[Figure, ...]

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def text(self) -> str:
        return self.document.text


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """UTF-8 (BOM or not) and UTF-16 with BOM; anything else needs --encoding."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: cannot decode as {encoding} at byte {exc.start}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start}; name the encoding with --encoding"
        ) from None


def read_source(path: str, encoding: str | None = None) -> str:
    """Read a file or ``-`` (stdin) into text, with one-line errors for bad input."""
    if path == "-":
        try:
            data = sys.stdin.buffer.read()
        except (OSError, ValueError, AttributeError):
            raise InputError("cannot read standard input") from None
        return decode(data, "<stdin>", encoding)
    return decode(read_bytes(path), path, encoding)


def read_bytes(path: str) -> bytes:
    """A file's bytes, with one-line errors for a missing, unreadable or odd path."""
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path}: is a directory")
    if file.exists() and not (file.is_file() or file.is_fifo()):
        # /dev/zero or a socket would be read forever; a pipe ("<(curl …)") ends.
        raise InputError(f"{path}: not a regular file")
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def plain_text(text: str, path: str) -> str | None:
    """The text with markup blanked out, or None when the file is not Markdown or HTML."""
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from figcheck.markup import strip_markdown  # here: a .txt run does without it

        return strip_markdown(text)
    if suffix in HTML_SUFFIXES:
        from figcheck.markup import strip_html

        return strip_html(text)
    return None


def load(path: str, encoding: str | None = None) -> Document:
    """A Document for a path (``-``: standard input), with the date it states, if any.

    Markdown and HTML files (by suffix) are read without their markup, at the same offsets.
    Dates the text does not state (--date, the other versions') are the pipeline's to add.
    """
    return from_text(path, read_source(path, encoding))


def from_text(path: str, text: str) -> Document:
    """A Document for a text already read (a file, or an article of an archive) named ``path``."""
    plain = plain_text(text, path)
    if plain is None:
        found = find_published(text)
    else:
        from figcheck.markup import front_matter_end

        found = find_published(text[: front_matter_end(text)]) or find_published(plain)
    if found:
        return Document(path, text, plain, published=found[0], published_source=found[1])
    return Document(path, text, plain)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_DATE = re.compile(r"^date:\s*[\"']?(\d{4})-(\d{2})-(\d{2})", re.M)
# Blank space within a line only ([^\S\n]): "\s*" after "^" would rescan every following
# blank line from each line start, and a page of empty lines would take minutes.
_ISO_LINE = re.compile(
    r"^[^\S\n]*(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?[^\S\n]*$", re.M
)
_US_LINE = re.compile(r"^[^\S\n]*(\d{1,2})/(\d{1,2})/(\d{4})[^\S\n]*$", re.M)
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_WRITTEN_LINE = re.compile(
    rf"^[^\S\n]*(?:\w+day,?[^\S\n]+)?({_MONTH_NAME})\.?[^\S\n]+(\d{{1,2}})(?:st|nd|rd|th)?,?"
    rf"[^\S\n]+(\d{{4}})[^\S\n]*$",
    re.M | re.I,
)
_AGENCY = r"(?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|dpa|ANI|PTI|IANS)"


@functools.cache
def _dateline_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The wire dateline and "On August 24th" patterns, compiled on first use.

    They are read only when no line states the date, and compiling them takes about
    1.5 ms, a tenth of what a .txt run spends on start-up beyond Python and click.
    """
    # "HONG KONG, Aug 24 (Reuters) -": a wire dateline, the year often left out.
    wire = re.compile(
        rf"^[ \t]*[A-Z][A-Za-z .'/-]*[A-Z],?[ \t]+({_MONTH_NAME})\.?[ \t]+(\d{{1,2}})"
        rf"(?:,?[ \t]+(\d{{4}}))?[ \t]*\({_AGENCY}\)",
        re.M | re.I,
    )
    dateline = re.compile(
        rf"\b(?:on\s+)?({_MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?",
        re.I,
    )
    return wire, dateline


#: "Published: August 24, 2023", "Updated on 24 Aug 2023 10:00".
_LABELLED = re.compile(
    r"^[ \t]*(?:Published|Posted|Updated|Last updated|Date|Dated)(?:[ \t]+on)?[ \t]*:?[ \t]*"
    rf"(?:\w+day,?[ \t]+)?(?:(\d{{4}})-(\d{{2}})-(\d{{2}})|({_MONTH_NAME})\.?[ \t]+(\d{{1,2}})"
    rf"(?:st|nd|rd|th)?,?[ \t]+(\d{{4}})|(\d{{1,2}})[ \t]+({_MONTH_NAME})\.?,?[ \t]+(\d{{4}}))",
    re.M | re.I,
)


def _labelled_date(match: re.Match) -> dt.date | None:
    g = match.groups()
    if g[0]:
        return _safe_date(int(g[0]), int(g[1]), int(g[2]))
    if g[3]:
        return _safe_date(int(g[5]), MONTHS[g[3].lower()], int(g[4]))
    return _safe_date(int(g[8]), MONTHS[g[7].lower()], int(g[6]))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_published(text: str) -> tuple[dt.date, str] | None:
    """The publication date an article states, and where it was found.

    Front matter wins; then a line holding only a date (``2023-08-26 21:21:00``,
    ``08/24/2023``, ``August 24, 2023``) or a labelled one ("Published: ...");
    then a wire dateline ("HONG KONG, Aug 24 (Reuters) -") or "On August 24th"
    in the first lines, but only when a year stands near it, since a bare day is a guess.
    """
    front = _FRONT_MATTER.match(text)
    if front:
        match = _FRONT_DATE.search(front.group(1))
        if match:
            day = _safe_date(*map(int, match.groups()))
            if day:
                return day, "front-matter"
    day = _first_date_line(text) or _dateline(text[:2000])
    return (day, "text") if day else None


def _first_date_line(text: str) -> dt.date | None:
    """The earliest line that holds only a date, or a labelled one ("Published: ...")."""
    candidates: list[tuple[int, dt.date]] = []
    for match in _ISO_LINE.finditer(text):
        day = _safe_date(*map(int, match.groups()))
        if day:
            candidates.append((match.start(), day))
    for match in _US_LINE.finditer(text):
        month, day_of_month, year = map(int, match.groups())
        day = _safe_date(year, month, day_of_month)
        if day:
            candidates.append((match.start(), day))
    for match in _WRITTEN_LINE.finditer(text):
        day = _safe_date(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
        if day:
            candidates.append((match.start(), day))
    for match in _LABELLED.finditer(text):
        day = _labelled_date(match)
        if day:
            candidates.append((match.start(), day))
    return min(candidates)[1] if candidates else None


def _dateline(head: str) -> dt.date | None:
    """A wire dateline, else "On August 24th", in the first lines, with a year stated near it."""
    wire_pattern, dateline_pattern = _dateline_patterns()
    wire = wire_pattern.search(head)
    if wire:
        year = int(wire.group(3)) if wire.group(3) else _year_near(head, wire.start())
        if year:
            day = _safe_date(year, MONTHS[wire.group(1).lower()], int(wire.group(2)))
            if day:
                return day
    for match in dateline_pattern.finditer(head):
        if not match.group(0).lower().startswith("on ") and not match.group(3):
            continue
        year = int(match.group(3)) if match.group(3) else _year_near(head, match.start())
        if year:
            day = _safe_date(year, MONTHS[match.group(1).lower()], int(match.group(2)))
            if day:
                return day
    return None


def _year_near(text: str, offset: int) -> int | None:
    """A year stated within a few hundred characters of a bare "On August 24th"."""
    window = text[max(0, offset - 300) : offset + 300]
    years = re.findall(r"\b(19[5-9]\d|20\d\d)\b", window)
    return int(max(years)) if years else None
