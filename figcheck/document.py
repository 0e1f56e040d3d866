"""Load a version of a story: decode it, strip its markup, find the date it states."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from figcheck.errors import InputError
from figcheck.figures import Figure

#: File suffixes read as markup (figcheck.markup strips it), and every suffix read as a story.
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
STORY_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)


#: The end of a date's source where its year was guessed from the years written near a
#: yearless dateline ("dateline-year-guessed"), or borrowed from such a date.
YEAR_GUESSED = "-year-guessed"


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
    #: Where the date came from: "front-matter", "text", "option", "config", "fallback"
    #: (the other versions'; "fallback-year-guessed" where theirs is a guess), "archive"
    #: (a scanned archive's date for the article), a kind of evidence of
    #: ``figcheck.published`` ("dateline", "dateline-year-guessed" ...), or None when undated.
    published_source: str | None = None
    #: Where the language came from: "option" (--language), "front-matter" (``lang:``) or
    #: "detected"; a stated language is read whole, a detected one paragraph by paragraph.
    language_source: str | None = None

    @property
    def date_borrowed(self) -> bool:
        """Whether the date is the other versions' (or the run's), the version stating none."""
        return (self.published_source or "").startswith("fallback")

    @property
    def year_guessed(self) -> bool:
        """Whether the date's year is a guess: read near a dateline that gives none, or
        borrowed from a version whose year was (``figcheck.published``)."""
        return (self.published_source or "").endswith(YEAR_GUESSED)

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
            codec = codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        if not getattr(codec, "_is_text_encoding", True):
            # rot13, base64, hex, zlib: codecs between bytes (or strs), not a way to read text.
            raise InputError(f"{encoding!r} is not a text encoding; name one such as latin-1")
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: cannot decode as {encoding} at byte {exc.start}") from None
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # Before UTF-16: the UTF-32 little-endian BOM begins with the UTF-16 one.
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-32 at byte {exc.start}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8")  # (not "utf-8-sig": its codec is one more import)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start}; name the encoding with --encoding"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


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
    """A file's bytes, with one-line errors for a missing, unreadable or odd path.

    Every OSError becomes an InputError naming the path: one left to escape would be
    reported as an error writing the output (an unreadable folder, an over-long name).
    """
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{path}: is a directory")
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            # /dev/zero or a socket would be read forever; a pipe ("<(curl …)") ends.
            raise InputError(f"{path}: not a regular file")
        with open(path, "rb") as file:
            return file.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except ValueError:  # a NUL byte in the name
        raise InputError(f"{path!r}: not a valid file name") from None


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
    language, language_source = find_language(text, plain)
    published, source = found or (None, None)
    return Document(path, text, plain, language, published, source, language_source)


def find_language(text: str, plain: str | None = None) -> tuple[str, str]:
    """The language a text is written in and where that came from: front matter
    ``lang:`` ("front-matter"), else the words themselves ("detected")."""
    from figcheck.lang.detect import document_language
    from figcheck.published import front_matter

    fields = front_matter(text)
    stated = (fields.get("lang") or fields.get("language") or "").strip()
    if stated:
        return document_language(text, stated), "front-matter"
    return document_language(text if plain is None else plain), "detected"


def find_published(text: str) -> tuple[dt.date, str] | None:
    """The publication date an article states, and the kind of evidence it came from.

    Every date that could date the article is ranked (``figcheck.published``): front
    matter, a "Published" line, a dateline and a date line at the head win over a photo
    caption ("In this March 3, 2019 file photo") and a date in the body, wherever those
    stand; a best candidate below ``MIN_CONFIDENCE`` dates nothing, so the run's date or
    the other versions' date is used instead of a guess. The source is the candidate's
    kind ("front-matter", "published-line", "dateline", ...).
    """
    from figcheck.published import published

    best = published(text, languages=_date_languages(text))
    return (best.date, best.source) if best else None


def _date_languages(text: str) -> tuple[str, ...]:
    """English month names, and the text's own language's when figcheck reads it."""
    from figcheck.lang import SUPPORTED
    from figcheck.lang.detect import detect

    code = detect(text[:2000])
    return ("en", code) if code in SUPPORTED and code != "en" else ("en",)
