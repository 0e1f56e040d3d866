"""Numbers in a language other than English, read through that language's lexicon.

The reader knows no word of any language: the lexicon says which words are numbers,
scales, denominators or joiners, and which marks group and which mark decimals. It
reads "7.200 millones" (7,200 million with a dot grouping), "2,7 millones" (a comma
for decimals), "dreihundertsiebenundvierzig" (one German word, split into the words it
holds), "quatre-vingt-dix-neuf", "trois quarts", "uno sobre tres" and "tres millones y
medio". English keeps its own patterns in ``numbers``; both give matches the finders
read alike (groups ``neg``, ``digits``, ``words``, ``scale``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache

from figcheck.extractors.numbers import (
    VULGAR,
    english_matches,
    in_reach,
    number_value,
    power_in_reach,
    scale_value,
    spelled_fraction,
    spelled_scales,
)
from figcheck.extractors.ranges import changed_by
from figcheck.lang import Lexicon, lexicon
from figcheck.lang.en import INDIAN_SCALES, PERCENT_WORDS, SCALES
from figcheck.text import alternation

_LETTER = r"[^\W\d_]"
_LETTER_NEXT = re.compile(rf"[^\S\n]*{_LETTER}")
_WORD_NEXT = re.compile(rf"[^\S\n]+({_LETTER}+)")
#: A minus written apart from the digits at the start of a line or a bracket ("- 1,2 %").
_APART_MINUS = re.compile(r"(?:(?P<paren>\()|(?<![^\n]))[^\S\n]*(?P<sign>[-−])[^\S\n]{1,2}\Z")
#: What may stand between two words (or digits and a word) of one number.
_GAP = re.compile(r"[^\S\n]*(?:-[^\S\n]*)?|[^\S\n]*\n[^\S\n]*")


@dataclass(frozen=True)
class NumberMatch:
    """One number in a text, with the same groups as a match of ``numbers.NUMBER``."""

    value: Decimal
    spans: dict[str, tuple[int, int]]
    text: str = field(repr=False)
    #: The scale written once after the high end of a range, read for this low end too
    #: ("3" in "de 3 à 5 millions"): its group "scale", an empty span at the number's end.
    borrowed: str | None = None

    def span(self, name: str | int = 0) -> tuple[int, int]:
        if name == "scale" and self.borrowed:
            return self.spans[""][1], self.spans[""][1]
        return self.spans.get("" if name == 0 else name, (-1, -1))

    def start(self, name: str | int = 0) -> int:
        return self.span(name)[0]

    def end(self, name: str | int = 0) -> int:
        return self.span(name)[1]

    def group(self, name: str | int = 0) -> str | None:
        if name == "scale" and self.borrowed:
            return self.borrowed
        start, end = self.span(name)
        return None if start < 0 else self.text[start:end]


@dataclass(frozen=True)
class Piece:
    """One word of a number (or one part of a word that holds several) and its roles."""

    start: int
    end: int
    word: str
    roles: dict[str, object]

    def role(self, name: str):
        return self.roles.get(name)


class Grammar:
    """A lexicon's number words as lookups and patterns, built once per language."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.singles: dict[str, dict[str, object]] = {}
        self.multi: dict[tuple[str, ...], dict[str, object]] = {}
        for table, role in (
            (lex.numbers, "num"),
            (lex.scales, "scale"),
            (lex.denominators, "den"),
            (lex.multipliers, "mult"),
            (lex.approx_multipliers, "mult"),
        ):
            for word, value in table.items():
                self._add(word, role, value)
        for word, value in lex.fraction_words.items():
            self._add(word, "frac", Decimal(value))
        for words, role in (
            (lex.number_joiners, "join"),
            (lex.mixed_joiners, "mixed"),
            (lex.decimal_words, "point"),
            (lex.over_words, "over"),
            (lex.denominator_markers, "marker"),
            (lex.negative_words, "neg"),
            (lex.degree_negative_words, "neg_degree"),
            (lex.of_words, "of"),  # "un quart de million": read only between a fraction and a scale
        ):
            for word in words:
                self._add(word, role, True)
        self.glue = {w for w, r in self.singles.items() if r.keys() & {"num", "scale", "frac"}}
        self.glue |= {w for w, r in self.singles.items() if "den" in r}
        self.longest = max(map(len, self.glue), default=0)
        self.suffixes = sorted(lex.denominator_suffixes, key=len, reverse=True)
        self.word_re = self._word_re()
        self.digits_re = re.compile(digits_pattern(lex))
        tight = alternation(set(lex.tight_scales) - set(lex.sign_scales))
        signed = alternation(lex.sign_scales)
        self.tight_re = re.compile(
            rf"[^\S\n]{{0,2}}(?:(?:{tight})(?!{_LETTER})|(?:{signed})(?=[^\S\n]?[$€£]))"
        )
        after = alternation((*lex.percent_words, *lex.tight_scales))
        self.line_end_re = re.compile(rf"[^\S\n]*(?:(?:{after})[^\S\n]*)?(?:\n|\Z)", re.I)
        self.paren_end_re = re.compile(rf"[^\S\n]*(?:(?:{after})[^\S\n]*)?\)", re.I)
        self._range_patterns(lex)
        self._degree_patterns(lex)
        #: Currency names that start with a hundred word ("cent d'euro"): money, not hundreds.
        coins = [w for w in lex.currencies if lex.scales.get(w.split()[0].lower()) == 2]
        self.coin_re = re.compile(alternation(coins, space=r"\s+"), re.I)
        self.mask_re = self._mask_re(lex)
        self._adjective_patterns(lex)

    def _mask_re(self, lex: Lexicon) -> re.Pattern:
        """Where no number is read: the number words inside a percent word ("pour cent"),
        set phrases ("rien de neuf", "le 49.3") and numbers that name ("la ligne 14")."""
        masks = [
            w for w in (*lex.percent_words, *lex.per_mille_words)
            if " " in w and w.split()[-1] in self.singles
        ]  # fmt: skip
        patterns = [rf"\b{_spaced(w)}\b" for w in (*masks, *lex.idioms)]
        labels = alternation(lex.label_words, space=r"[^\S\n]+", empty="")
        if labels:  # "la ligne 14", "le n°10": the label and its number
            patterns.append(rf"(?<!{_LETTER})(?:{labels})[^\S\n]*\d+(?:[.,/-]\d+)*(?!\d)")
        return re.compile("|".join(patterns) or r"(?!)", re.I)

    def _degree_patterns(self, lex: Lexicon) -> None:
        """What ``degree_sign`` reads: a degree unit after the number, a qualifier before."""
        degrees = alternation(
            [w for w, unit in lex.units.items() if unit.startswith("degree")], space=r"[^\S\n]+"
        )
        self.degrees_after_re = re.compile(
            rf"[^\S\n]*(?:°|(?:{degrees or '(?!)'})(?!{_LETTER}))", re.I
        )
        # the low end of a range of temperatures: "de moins 5 à moins 10 degrés"
        minus = alternation((*lex.degree_negative_words, *lex.negative_words)) or "(?!)"
        self.degrees_range_re = re.compile(
            rf"(?:{self.range_gap_re.pattern})(?:(?:{minus})[^\S\n]+)?"
            rf"(?:[-−]?\d[\d.,]*|{_LETTER}+){self.degrees_after_re.pattern}",
            re.I,
        )
        # "au moins 5 degrés", "al menos 3 grados": the minus word inside a qualifier
        bounds = [
            w for w in lex.qualifiers if w.split()[-1] in lex.degree_negative_words and " " in w
        ]
        bound_words = alternation(bounds, space=r"[^\S\n]+") or "(?!)"
        self.minus_bound_re = re.compile(rf"(?<!{_LETTER})(?:{bound_words})\Z", re.I)

    def degree_sign(self, text: str, minus: Piece, number_end: int) -> bool:
        """A minus word that is a temperature's sign: a degree unit after the number, and no
        qualifier it ends before it ("moins 5 degrés"; "au moins 5 degrés" is at least five),
        nor a number right before it ("10 menos 3 grados" subtracts)."""
        if not (
            self.degrees_after_re.match(text, number_end)
            or self.degrees_range_re.match(text, number_end)
        ):
            return False
        if re.search(r"\d[^\S\n]*\Z", text[max(0, minus.start - 4) : minus.start]):
            return False
        return not self.minus_bound_re.search(text, max(0, minus.start - 20), minus.end)

    def _adjective_patterns(self, lex: Lexicon) -> None:
        """What ``adjective`` reads: an article and a noun before, a times word after."""
        articles = alternation(lex.articles) or "(?!)"
        self.article_noun_re = re.compile(
            rf"(?<!{_LETTER})(?:{articles})(?:(?<=['’])|[^\S\n]+)(?P<noun>{_LETTER}+)[^\S\n]+\Z",
            re.I,
        )
        self.not_nouns = {
            *lex.function_words, *lex.of_words, *lex.over_words, *lex.share_joiners,
            *lex.range_words, *lex.numbers, *lex.scales, *lex.negative_words,
        }  # fmt: skip
        self.times_re = re.compile(
            rf"[^\S\n]+(?:{alternation(lex.times_words) or '(?!)'})(?!{_LETTER})", re.I
        )

    def _range_patterns(self, lex: Lexicon) -> None:
        """What stands between the two ends of a range, and before its low end."""
        between, and_word = lex.range_between or ("", "")
        start, to = lex.range_from or ("", "")
        self.range_gap_re = re.compile(
            rf"[^\S\n]*(?:-|–|—|\b(?:{alternation(lex.range_words)})\b"
            rf"|(?P<and>\b{alternation([and_word])}\b)|(?P<to>\b{alternation([to])}\b))"
            rf"[^\S\n]*(?:(?:{alternation(lex.articles)})[^\S\n]+)?",
            re.I,
        )
        self.between_re = re.compile(rf"\b(?:{alternation([between])})\s+\S*\s*$", re.I)
        self.from_re = re.compile(rf"\b(?:{alternation([start])})\s+\S*\s*$", re.I)

    def adjective(self, text: str, piece: Piece) -> bool:
        """``piece`` is a number word that is an adjective too, after an article and a noun
        ("un appartement neuf": new): a number stands before what it counts. Not before a
        times word: "le club neuf fois champion" counts titles."""
        if piece.word not in self.lex.adjective_numbers:
            return False
        before = self.article_noun_re.search(text, max(0, piece.start - 40), piece.start)
        if before is None or before.group("noun").lower() in self.not_nouns:
            return False
        return not self.times_re.match(text, piece.end)

    def joins(self, text: str, low: NumberMatch, high: NumberMatch) -> bool:
        """``low`` and ``high`` are the two ends of one range: a dash or a range word between
        them, or the "and" of "between ... and", the "to" of "from ... to"."""
        gap = self.range_gap_re.fullmatch(text, low.end(), high.start())
        if gap is None:
            return False
        for name, opener in (("and", self.between_re), ("to", self.from_re)):
            if gap.group(name) and not opener.search(text, max(0, low.start() - 20), low.start()):
                return False
        return True

    def power(self, scale: str) -> int | None:
        """The power of ten a scale as written stands for ("millones", "mil millones", "Mio.")."""
        if scale.strip() in self.lex.tight_scales:
            return self.lex.tight_scales[scale.strip()]
        words = tuple(scale.lower().replace("-", " ").split())
        roles = self.singles.get(words[0], {}) if len(words) == 1 else self.multi.get(words, {})
        return roles.get("scale")

    def line_minus(self, text: str, match: re.Match) -> int | None:
        """A minus and a space before digits that stand alone on their line or in brackets,
        with at most a percent sign or a scale after them ("- 0,8 %" in a table of changes,
        "les ventes (- 3,2 %)"): the sign of the figure. Before anything else on the line
        ("- 10 blessés") the dash opens a list item. Where the minus stands, or None."""
        return _minus_apart(text, match, self.line_end_re, self.paren_end_re)

    def _add(self, word: str, role: str, value) -> None:
        words = tuple(word.lower().replace("-", " ").split())
        if len(words) == 1:
            self.singles.setdefault(words[0], {})[role] = value
        else:
            self.multi.setdefault(words, {})[role] = value
            for part in words:
                self.singles.setdefault(part, {})

    def _word_re(self) -> re.Pattern:
        glue = _alternation(self.glue)
        solo = _alternation(w for w, r in self.singles.items() if w not in self.glue or not r)
        suffix = _alternation(self.suffixes) if self.suffixes else "(?!)"
        return re.compile(
            rf"(?<!{_LETTER})(?:(?:{glue})+|{_LETTER}+?(?:{suffix})|{solo})(?!{_LETTER})", re.I
        )

    @lru_cache(maxsize=4096)  # noqa: B019 (one Grammar per language, kept for the run)
    def pieces(self, word: str) -> tuple[dict[str, object], ...]:
        """The roles of each part of ``word``: one part, or several for "dreihundertsieben"."""
        word = word.lower()
        if word in self.singles:
            return (self.singles[word],)
        for suffix in self.suffixes:
            if word.endswith(suffix) and len(word) > len(suffix):
                stem = word[: -len(suffix)]
                for candidate in (stem, stem + "a", stem + "e", stem + "o"):
                    parts = self._segment(candidate)
                    if parts:
                        return (*parts, {"marker": True})
        return self._segment(word) or ()

    def _segment(self, word: str) -> tuple[dict[str, object], ...] | None:
        """``word`` as glued number words, fewest parts first; a denominator only last."""
        size = len(word)
        # best[at] = (parts needed from ``at`` to the end, where the first part ends)
        best: dict[int, tuple[int, int]] = {size: (0, size)}
        for at in range(size - 1, -1, -1):
            options = [
                (best[end][0] + 1, end)
                for end in range(min(size, at + self.longest), at, -1)
                if end in best
                and word[at:end] in self.glue
                and (end == size or "den" not in self.singles[word[at:end]])
            ]
            if options:
                best[at] = min(options)
        if 0 not in best:
            return None
        parts, at = [], 0
        while at < size:
            end = best[at][1]
            parts.append(self.singles[word[at:end]])
            at = end
        return tuple(parts)


def _spaced(words: str) -> str:
    return r"[\s-]+".join(re.escape(w) for w in words.split())


def _alternation(words) -> str:
    """Number words, longest first; blanks or hyphens between the parts of one."""
    return alternation(words, spell=_spaced, empty="")


def digits_pattern(lex: Lexicon) -> str:
    """Digits as ``lex`` writes them; a named group ``neg`` for a minus stuck to them.

    With a decimal comma, a dot before exactly three digits groups thousands ("7.200")
    and before any other count is a decimal point ("2.5 millones", "5.00"); a comma is
    always decimal ("4,800" = 4.8) unless two or more groups follow it ("1,234,567").
    Digits that go on past a mark in a way no number is written ("12,34,567.89", a
    version "3.1.2", "1,1^--2") are no number at all: half of them would be a wrong value.
    """
    point = re.escape(lex.decimal)
    groups = [g for g in lex.groups if g != lex.decimal]
    spaces = "".join(g for g in groups if g.isspace())
    marks = [re.escape(g) for g in groups if not g.isspace()]
    if spaces:
        marks.append(f"[{spaces}]")
    grouped = "|".join(rf"[1-9]\d{{0,2}}(?:{mark}\d{{3}})+(?:{point}\d+)?" for mark in marks)
    other = "." if lex.decimal == "," else ","
    vulgar = "".join(VULGAR)
    alternatives = [
        r"\d+(?:[.,]\d+)?(?:[eE][-+]?\d+|\^[-+]?\d+)(?!\w)",  # 1,1e10, 2,5^-1, 12.32e+14
        grouped,
        # the other convention: 1,234,567 and 1,111.11 in a language with a decimal comma
        rf"\d{{1,3}}(?:{point}\d{{3}}){{2,}}(?:{re.escape(other)}\d+)?",
        rf"\d{{1,3}}{point}\d{{3}}{re.escape(other)}\d+",
        rf"\d+{point}\d+|{point}\d+(?![.,]?\d)",
        rf"\d+{re.escape(other)}\d+",
        r"(?:\d{1,2}\s+)?\d{1,2}/(?:2|3|4|5|8|16)(?![\d/])",
        rf"\d*[{vulgar}]",
        r"\d+",
    ]
    return (
        r"(?P<neg>(?<![\w.,%)/^-])(?<!\d\s)[-−](?=[\d.,]))?"
        r"(?<![\w.,^])(?<!\^[-+])(?<!\^--)(?P<digits>"
        + "|".join(alternatives)
        + r")(?!\d|[.,]\d|\^)"
    )


def parse_digits(digits: str, lex: Lexicon) -> Decimal | None:
    """The value of digits as ``lex`` writes them ("1.234.567,5" -> 1234567.5 in "es").

    Where both marks stand, the last one is the decimal mark ("1,111.11" too); a mark
    met twice groups; the other mark once groups only before exactly three digits.
    """
    from figcheck.extractors.numbers import parse_digits as parse_plain

    if "^" in digits:
        base, power = digits.split("^")
        value = parse_digits(base, lex)
        return None if value is None else power_in_reach(value, power.replace("−", "-"))
    if "/" in digits or digits[-1] in VULGAR:
        return parse_plain(digits)
    for group in lex.groups:
        if group.isspace() or group in "'’":
            digits = digits.replace(group, "")
    point = lex.decimal
    other = "." if point == "," else ","
    if point in digits and other in digits:
        point = point if digits.rindex(point) > digits.rindex(other) else other
    elif digits.count(point) > 1:
        point = other
    elif other in digits and digits.count(other) == 1:
        head, tail = digits.split(other)
        if not (len(tail) == 3 and 1 <= len(head) <= 3 and head[0] != "0"):
            point = other
    group = "." if point == "," else ","
    return parse_plain(digits.replace(group, "").replace(point, "."))


@cache
def grammar(code: str) -> Grammar:
    return Grammar(lexicon(code))


# ---------------------------------------------------------------- reading a text


def find_numbers(text: str, code: str) -> list[NumberMatch]:
    """Every number in ``text`` read as language ``code`` writes them, in text order."""
    gram = grammar(code)
    found: list[NumberMatch] = []
    for run in _runs(text, _pieces(text, gram)):
        at = 0
        while at < len(run):
            reader = _Reader(run, text, gram)
            reading = reader.read(at) if _word_starts(run, at) else None
            if (
                reading is None
                or not _ends_clean(run, text, reading.end)
                or reader.ordinal(reading.start, reading.end)
                or reading.end - reading.start == 1 and gram.adjective(text, run[reading.start])
            ):
                at += 1
                continue
            found.append(reading.match(run, text))
            at = reading.end
    found = _commas_grouping(found, text, gram.lex)
    # (a number beyond what a figure can mean is no figure, as in English: numbers.in_reach)
    return [m for m in _shared_scales(found, text, gram) if in_reach(m.value) is not None]


#: A number with one or two digits after a dot, or after a comma: a decimal mark either
#: way, as no group of thousands holds fewer than three digits.
_DOT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
#: One comma before three digits: "5,567" is 5.567 with a decimal comma, 5567 without.
_ONE_COMMA_GROUP = re.compile(r"[1-9]\d{0,2},\d{3}")


def _commas_grouping(found: list[NumberMatch], text: str, lex: Lexicon) -> list[NumberMatch]:
    """The numbers of a text in a language of the decimal comma that writes its decimals
    with a dot all the same ("4.66%", "0.8%": Mexico's Spanish, an agency's house style):
    there a comma before three digits groups thousands ("5,567 millones de dólares" is
    5,567 million, not 5.567 million)."""
    if lex.decimal != "," or not _DOT_DECIMAL.search(text) or _COMMA_DECIMAL.search(text):
        return found
    return [
        replace(m, value=m.value * 1000)
        if _ONE_COMMA_GROUP.fullmatch(m.group("digits") or "")
        else m
        for m in found
    ]


def _shared_scales(found: list[NumberMatch], text: str, gram: Grammar) -> list[NumberMatch]:
    """The low end of a range takes the scale written once after the high end: "de 3 à 5
    millions" is three to five million, where the 3 alone would be a figure a million times
    too small. Not when the low end is already the bigger ("de 500 a 2 millones")."""
    out = list(found)
    for i, (low, high) in enumerate(zip(found, found[1:], strict=False)):
        if low.group("scale") or not high.group("scale") or not gram.joins(text, low, high):
            continue
        power = gram.power(high.group("scale"))
        if power and 0 < low.value < high.value / Decimal(10) ** power:
            out[i] = replace(
                low, value=low.value * Decimal(10) ** power, borrowed=high.group("scale")
            )
    return out


#: Between the ends of an English range: a dash, "to", or the "and" of "between ... and".
_EN_RANGE_GAP = re.compile(
    r"[^\S\n]*(?:[-–—]|-to-)[^\S\n]*|[^\S\n]+(?:to|(?P<and>and))[^\S\n]+", re.I
)
_EN_BETWEEN = re.compile(r"\bbetween[^\S\n]+[^\d\s]{0,3}$", re.I)  # "between US$3 and 5 million"
#: Loose scale words a low end may borrow; "m" after a bare number is as often metres.
_EN_SHARED_SCALE = re.compile(rf"[^\S\n]*(?:{spelled_scales(2)}|{'|'.join(INDIAN_SCALES)})\b", re.I)


_BLANK = r"[^\S\n]?"
#: What may follow an English figure whose minus stands apart: a percent or scale word.
_EN_AFTER = (
    rf"[^\S\n]*(?:(?:%|(?:{alternation(PERCENT_WORDS, space=_BLANK)}|pct|pp|points?|"
    rf"{alternation(SCALES)})\b)\.?[^\S\n]*)?"
)
_EN_LINE_END = re.compile(_EN_AFTER + r"(?:\n|\Z)", re.I)
_EN_PAREN_END = re.compile(_EN_AFTER + r"\)", re.I)


def _minus_apart(
    text: str, match: re.Match, line_end: re.Pattern, paren_end: re.Pattern
) -> int | None:
    """Where the minus set apart before ``match`` stands, if the figure is alone on its
    line (``line_end`` reads what may follow it) or in brackets (``paren_end``); or None."""
    sign = _APART_MINUS.search(text, max(0, match.start() - 12), match.start())
    if sign is None:
        return None
    after = paren_end if sign.group("paren") else line_end
    return sign.start("sign") if after.match(text, match.end()) else None


def _english_signs(found: list, text: str) -> list:
    """English numbers with a minus set apart before them where it is their sign: alone on
    their line or in brackets ("- 0.8%" in a table of changes), as ``Grammar.line_minus``
    reads every other language; before anything else ("- 10 injured") it opens a list item."""
    out = list(found)
    for i, match in enumerate(found):
        if match.group("neg") or not match.group("digits"):
            continue
        sign = _minus_apart(text, match, _EN_LINE_END, _EN_PAREN_END)
        value = None if sign is None else number_value(match)
        if value is None:
            continue
        spans = {n: match.span(n) for n in ("digits", "scale") if match.start(n) >= 0}
        out[i] = NumberMatch(-value, {"": (sign, match.end()), **spans}, text)
    return out


def _english_shared_scales(found: list, text: str) -> list:
    """The low end of an English range takes the scale word written after the high end:
    "3 to 5 million people", "between 3 and 5 billion", "3-5 million" are three million
    to five million. Only a number, a range word and a number with its scale word right
    after: "aged 3 to 5, million-dollar homes" borrows nothing; "500 to 2 million" neither."""
    out = list(found)
    for i, (low, high) in enumerate(zip(found, found[1:], strict=False)):
        scale = high.group("scale")
        if low.group("scale") or low.group("neg") or not scale:
            continue
        if not _EN_SHARED_SCALE.fullmatch(scale):
            continue
        gap = _EN_RANGE_GAP.fullmatch(text, low.end(), high.start())
        if gap is None or gap.group("and") and not _EN_BETWEEN.search(text, 0, low.start()):
            continue
        if changed_by(text, low.start()) or spelled_fraction(low):
            continue  # "fell (by) a third to 2 billion": a change and the level it reached
        value, high_value = number_value(low), number_value(high)
        power = scale_value(scale)
        if value is None or high_value is None or not 0 < value < high_value / power:
            continue
        spans = {"" if n == 0 else n: low.span(n) for n in (0, "digits", "words")}
        spans = {name: span for name, span in spans.items() if span[0] >= 0}
        out[i] = NumberMatch(value * power, spans, text, borrowed=scale)
    return out


def _word_starts(run: list[Piece], at: int) -> bool:
    """Piece ``at`` starts a word (or ends the run): a number never splits a word."""
    if at == 0 or at >= len(run):
        return True
    return (run[at].start, run[at].end) != (run[at - 1].start, run[at - 1].end)


def _ends_clean(run: list[Piece], text: str, end: int) -> bool:
    """A reading ends at piece ``end`` without cutting a word, nor an ordinal joined to it
    by a hyphen: "cent trente-cinquième" is the 135th, not the number 130."""
    if not _word_starts(run, end):
        return False
    if end == 0 or end >= len(run) or "den" not in run[end].roles:
        return True
    return text[run[end - 1].end : run[end].start] != "-"


def _pieces(text: str, gram: Grammar) -> list[Piece]:
    """Digits and number words in text order; a word holding several numbers gives several."""
    masked = [m.span() for m in gram.mask_re.finditer(text)]
    out: list[Piece] = []
    for match in gram.digits_re.finditer(text):
        value = parse_digits(match.group("digits"), gram.lex)
        if value is None or any(a <= match.start() < b for a, b in masked):
            continue
        roles: dict[str, object] = {"digits": value, "digits_span": match.span("digits")}
        start = match.start()
        sign = None if match.group("neg") else gram.line_minus(text, match)
        if match.group("neg"):
            roles["digits"] = -value
        elif sign is not None:
            start, roles["digits"] = sign, -value
        out.append(Piece(start, match.end(), text[start : match.end()], roles))
        tight = gram.tight_re.match(text, match.end())
        if tight:
            scale = gram.lex.tight_scales[tight.group(0).strip()]
            out.append(Piece(tight.start(), tight.end(), tight.group(0), _tight(scale)))
    for match in gram.word_re.finditer(text):
        if any(a <= match.start() < b for a, b in masked):
            continue
        word = match.group(0).lower()
        parts = gram.pieces(word)
        for roles in parts:
            out.append(Piece(match.start(), match.end(), word, roles))
        tight = gram.tight_re.match(text, match.end()) if parts and "scale" in parts[-1] else None
        if tight:  # "3 mil mdp": thousands of millions of pesos
            scale = gram.lex.tight_scales[tight.group(0).strip()]
            out.append(Piece(tight.start(), tight.end(), tight.group(0), _tight(scale)))
    out.sort(key=lambda p: (p.start, p.end))
    return _merged(out, gram)


def _tight(power: int) -> dict[str, object]:
    """A scale abbreviation's roles: a scale that never starts a number ("k" alone is no 1,000)."""
    return {"scale": power, "tight": True}


def _merged(pieces: list[Piece], gram: Grammar) -> list[Piece]:
    """Words that make one entry together ("quatre vingt", "mil millones") as one piece."""
    longest = max((len(k) for k in gram.multi), default=0)
    out: list[Piece] = []
    at = 0
    while at < len(pieces):
        for size in range(min(longest, len(pieces) - at), 1, -1):
            window = pieces[at : at + size]
            key = tuple(p.word for p in window)
            if key in gram.multi and all(
                a.end <= b.start for a, b in zip(window, window[1:], strict=False)
            ):
                out.append(Piece(window[0].start, window[-1].end, " ".join(key), gram.multi[key]))
                at += size
                break
        else:
            out.append(pieces[at])
            at += 1
    return out


def _runs(text: str, pieces: list[Piece]) -> list[list[Piece]]:
    """Pieces split where something other than a space or a hyphen stands between two."""
    runs: list[list[Piece]] = []
    for piece in pieces:
        if not piece.roles:
            runs.append([])  # a word that is only part of an entry ("et"): a break
            continue
        last = runs[-1][-1] if runs and runs[-1] else None
        if last is not None and (
            (last.start, last.end) == (piece.start, piece.end)  # parts of one word
            or last.end <= piece.start
            and _GAP.fullmatch(text, last.end, piece.start)
        ):
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return [run for run in runs if run]


#: Places a number word fills below a thousand: hundreds, tens, units (one bit each).
_HUNDREDS, _TENS, _UNITS = 4, 2, 1
_CARDINAL = ("num", "scale", "join")
#: No fraction is written in more words than this ("ciento treinta y tres veintiunavos" is 6):
#: looking no further keeps a long run of number words linear.
_LONGEST_FRACTION = 24


def _places(value: int) -> int:
    if value >= 100:
        return _HUNDREDS
    if value >= 10:
        return _TENS | (_UNITS if value % 10 or value > 10 and value < 20 else 0)
    return _UNITS


def cardinals(pieces: list, at: int) -> list[tuple[int, Decimal, int | None]]:
    """Each way a whole number can end from ``at``: (end, value, index of a final scale).

    Words add up below a thousand only from higher places to lower ("trescientos
    cuarenta y siete"); "cent"/"hundert" multiply the units before them, a thousand
    the number below it, and bigger scales everything since the last bigger one
    ("tres billones cuatrocientos mil millones"). "dos tres" is two numbers.
    """
    total = block = group = Decimal(0)
    places, last_power, out = 0, 99, []
    k = at
    while k < len(pieces):
        roles = pieces[k].roles
        if roles.get("scale") == 2 and places == _UNITS:
            group, places = group * 100, _HUNDREDS  # "trois cent", "dreihundert"
        elif "num" in roles:
            value = int(roles["num"])
            need = _places(value)
            if value == 0 and k > at or places & need or places and places & -places <= need:
                break
            group, places = group + value, places | need
        elif roles.get("scale") == 2:
            break  # "cents" multiplies units: it does not start a number or follow tens
        elif "scale" in roles:
            power = int(roles["scale"])
            if power >= last_power or power == 3 and block:
                break
            if power == 3:
                block, group, places = (group or 1) * 1000, Decimal(0), 0
            else:
                total += (block + group or 1) * Decimal(10) ** power
                block, group, places, last_power = Decimal(0), Decimal(0), 0, power
        elif "join" in roles and k > at and k + 1 < len(pieces):
            if not pieces[k + 1].roles.keys() & {"num", "scale"}:
                break
            k += 1
            continue
        else:
            break
        k += 1
        big = "scale" in roles and int(roles["scale"]) >= 3
        out.append((k, total + block + group, k - 1 if big else None))
    return out


def whole(pieces: list) -> Decimal | None:
    """The value of ``pieces`` read as one whole number, or None if they are not one."""
    ends = cardinals(pieces, 0)
    return ends[-1][1] if ends and ends[-1][0] == len(pieces) else None


@dataclass(frozen=True)
class Reading:
    """A number read from pieces ``start`` to ``end`` (exclusive) of a run."""

    start: int
    end: int
    value: Decimal
    scale_at: int | None = None

    def match(self, run: list[Piece], text: str) -> NumberMatch:
        first, last = run[self.start], run[self.end - 1]
        spans = {"": (first.start, last.end)}
        body = self.start
        if first.roles.keys() & {"neg", "neg_degree"} and "digits" not in first.roles:
            spans["neg"] = (first.start, first.end)
            body += 1
        head = run[body]
        if "digits" in head.roles:
            spans["digits"] = head.roles["digits_span"]
            if head.start < spans["digits"][0]:
                spans["neg"] = (head.start, spans["digits"][0])
        else:
            spans["words"] = (head.start, last.end)
        if self.scale_at is not None and self.scale_at == self.end - 1:
            spans["scale"] = (run[self.scale_at].start, run[self.scale_at].end)
            if "words" in spans and self.scale_at > body:
                spans["words"] = (head.start, run[self.scale_at - 1].end)
        return NumberMatch(self.value, spans, text)


def _as_cardinal(denominator: int) -> dict[str, object]:
    """A denominator as the number word it stands for: 5 "num", 1000 a scale of power 3."""
    power = len(str(denominator)) - 1
    if denominator >= 1000 and denominator == 10**power:
        return {"scale": power}
    return {"num": denominator}


class _Reader:
    """Reads the longest number that starts at one piece of a run."""

    def __init__(self, run: list[Piece], text: str, gram: Grammar):
        self.run, self.text, self.gram = run, text, gram

    def has(self, at: int, role: str) -> bool:
        return at < len(self.run) and role in self.run[at].roles

    def read(self, at: int) -> Reading | None:
        sign = 1
        if self.has(at, "neg_degree") and (self.has(at + 1, "digits") or self.has(at + 1, "num")):
            reading = self.read(at + 1)  # "moins 5 degrés": a sign before a temperature only
            if reading is None or not self.gram.degree_sign(
                self.text, self.run[at], self.run[reading.end - 1].end
            ):
                return None
            return Reading(at, reading.end, -reading.value, reading.scale_at)
        if self.has(at, "neg") and (self.has(at + 1, "digits") or self.has(at + 1, "num")):
            sign, at = -1, at + 1
        if self.has(at, "tight"):
            return None
        if self.has(at, "digits"):
            reading = self._digits(at)
        else:
            reading = self._words(at)
        if reading is None:
            return None
        reading = self._multiplied(reading)
        if sign < 0:
            return Reading(at - 1, reading.end, -reading.value, reading.scale_at)
        return reading

    def _digits(self, at: int) -> Reading:
        value, end, scale_at = Decimal(self.run[at].roles["digits"]), at + 1, None
        hundreds = self._hundreds(end, value)
        if hundreds:
            end, value = hundreds
        if self.has(end, "scale") and int(self.run[end].roles["scale"]) >= 3:
            power = int(self.run[end].roles["scale"])
            value, scale_at, end = value * Decimal(10) ** power, end, end + 1
            half = self._mixed_fraction(end)
            if half:
                end, value = half[0], value + half[1] * Decimal(10) ** power
            else:
                end, value, last = self._groups(end, value, power)
                scale_at = last if last is not None else scale_at if end == scale_at + 1 else None
        over = self._over(end, value)
        if over:
            return Reading(at, over[0], over[1])
        return Reading(at, end, value, scale_at)

    def _groups(self, end: int, value: Decimal, power: int) -> tuple[int, Decimal, int | None]:
        """ "5 mil 200", "25 mil 300 millones", "2 milhões 300 mil": digits after a scale
        word fill the places below it, as number words do (Mexican and Brazilian copy);
        (end, value, index of the last scale read). Units follow only a thousand: "3
        millones 2024" is a sum and a year."""
        last = None
        if power == 3 and self.has(end, "scale") and int(self.run[end].roles["scale"]) > 3:
            power, last = int(self.run[end].roles["scale"]), end  # "3 mil mdp"
            value, end = value * Decimal(10) ** power, end + 1
        while self.has(end, "digits"):
            digits = Decimal(self.run[end].roles["digits"])
            if digits <= 0 or digits % 1 or digits >= 1000:
                break
            after = int(self.run[end + 1].roles["scale"]) if self.has(end + 1, "scale") else 0
            if 3 <= after < power:
                value += digits * Decimal(10) ** after
            elif power == 3 < after and value < 10**6:
                value = (value + digits) * Decimal(10) ** after  # "25 mil 300 millones"
            elif power == 3 and after == 2 and 1 < digits < 10:
                # "4 mille 3 cents" is 4,300: after a thousand the hundreds, never coins
                return end + 2, value + digits * 100, last
            else:
                if power == 3 and after < 3:
                    value, end = value + digits, end + 1
                break
            power, end, last = after, end + 2, end + 1
        return end, value, last

    def _hundreds(self, at: int, value: Decimal) -> tuple[int, Decimal] | None:
        """ "322 cent", "3 cent un": a hundred word after digits multiplies them, as "trois
        cent" does, and units and tens may follow; (end, value). Not a word that names money
        too ("3 cents" is three cents), nor after a decimal ("2,5 cent") or one: "1 cent" is the
        coin."""
        if not self.has(at, "scale") or int(self.run[at].roles["scale"]) != 2:
            return None
        if self.run[at].word in self.gram.lex.currencies or value % 1 or value <= 1:
            return None
        if self.gram.coin_re.match(self.text, self.run[at].start):
            return None  # "20 cent d'euro": the coin
        end, value = at + 1, value * 100
        tail = [(k, v) for k, v, scale in cardinals(self.run, end) if scale is None and v < 100]
        if tail:
            end, value = tail[-1][0], value + tail[-1][1]
        return end, value

    def _words(self, at: int) -> Reading | None:
        found = [Reading(at, end, value, scale) for end, value, scale in cardinals(self.run, at)]
        for maker in (self._fraction, self._half, self._fixed):
            reading = maker(at)
            if reading:
                found.append(self._scaled(reading))
        if found:
            longest = max(found, key=lambda r: r.end)
            for extend in (self._mixed, self._decimal, self._over_reading, self._glued):
                better = extend(longest)
                if better and better.end > longest.end:
                    found.append(better)
        if not found:
            return None
        return max(found, key=lambda r: r.end)

    def _fraction(self, at: int, mixed: bool = False) -> Reading | None:
        """ "tres quintos", "un vingt-cinquième", "cento e trinta e tres vinte e um avos".

        A half that is an ordinary word too ("medio": medium) counts after a joiner
        ("uno con un medio") or at the end of a phrase ("cinco medios."), not before a word.
        """
        k, last = at, min(len(self.run), at + _LONGEST_FRACTION)
        while k < last and self.run[k].roles.keys() & set(_CARDINAL):
            if self.run[k].roles.keys() & {"den", "marker"}:
                break
            k += 1
        if not (self.has(k, "den") or self.has(k, "marker")) or k == at or self.has(k - 1, "join"):
            return None  # "tres millones y medio" is a whole number and a half: see _mixed
        if self.run[k].word in self.gram.lex.half_words and not mixed:
            if _LETTER_NEXT.match(self.text, self.run[k].end):
                return None
        tail = [] if self.has(k, "marker") else [_as_cardinal(int(self.run[k].roles["den"]))]
        splits = list(reversed(cardinals(self.run, at)))
        if self._singular(k):
            splits.sort(key=lambda split: split[1] != 1)  # "un cent cinquième": 1/105, not 100/5
        for split, numerator, _ in splits:
            if split > k or self._inside_ordinal(split, tail):
                continue
            below = [p.roles for p in self.run[split:k]] + tail
            denominator = whole([Piece(0, 0, "", roles) for roles in below]) if below else None
            if denominator:
                if numerator == 1 and self._adjective(k):
                    return None  # "un quatrième mandat": a fourth term, not a quarter
                if numerator != 1 and (split < k and self._rank(k) or self.ordinal(at, k)):
                    return None
                if numerator != 1 and self._singular(k) and self._joined_one(k):
                    # "vingt et un cinquième": twenty and one fifth (21 fifths are plural)
                    return Reading(at, k + 1, numerator - 1 + 1 / denominator)
                return Reading(at, k + 1, numerator / denominator)
        return None

    def ordinal(self, start: int, end: int) -> bool:
        """Pieces ``start`` to ``end`` open an ordinal: a singular denominator follows that
        makes one whole number with them ("deux cent cinquième", the 205th; "dos
        millonésimo", the two-millionth), so neither they nor a fraction are a figure."""
        if end <= start or end >= len(self.run):
            return False
        den, word = end, (self.run[end].start, self.run[end].end)
        while den < len(self.run) and (self.run[den].start, self.run[den].end) == word:
            if self.run[den].roles.keys() & {"den", "marker"}:
                break
            den += 1
        if den >= len(self.run) or not self._singular(den):
            return False
        first = den  # where the ordinal's word starts: "millième" holds "mille"
        while first > start and self.run[first - 1].end == self.run[den].end:
            first -= 1
        if end < first or first == start:
            return False  # only the parts of one word stand before its ending
        end = first
        tail = [] if self.has(den, "marker") else [_as_cardinal(int(self.run[den].roles["den"]))]
        ordinal = [p.roles for p in self.run[end:den]] + tail
        if min(int(r.get("scale", 0)) for r in (self.run[end - 1].roles, ordinal[0])) >= 3:
            return False  # "cent mille billionième": a fraction; no rank runs that high
        below = [p.roles for p in self.run[start:end]] + ordinal
        return whole([Piece(0, 0, "", roles) for roles in below]) is not None

    def _singular(self, at: int) -> bool:
        """The denominator at piece ``at`` is singular where its language has a plural: one
        part ("un cent cinquième" is a hundred-and-fifth, "cent cinquièmes" are 20)."""
        word = self.run[at].word
        if word.endswith("s") or not self.run[at].roles.keys() & {"den", "marker"}:
            return False
        return any(roles.keys() & {"den", "marker"} for roles in self.gram.pieces(word + "s"))

    def _joined_one(self, den: int) -> bool:
        """The denominator at piece ``den`` follows a number ending in "and one" ("vingt et
        un", "trente et une"): that one may be its numerator ("huitième" holds its "huit")."""
        at = den - 1
        while at >= 0 and (self.run[at].start, self.run[at].end) == (
            self.run[den].start, self.run[den].end
        ):
            at -= 1
        if at < 0:
            return False
        words = self.run[at].word.split()
        joiners = self.gram.lex.mixed_joiners
        return len(words) > 2 and words[-2] in joiners and self.gram.lex.numbers.get(words[-1]) == 1

    def _rank(self, at: int) -> bool:
        """A singular compound ordinal ends at piece ``at`` ("cent trente-cinquième", the
        135th): a fraction above one would say "trente-cinquièmes"."""
        word, before = self.run[at], self.run[at - 1]
        return self.text[before.end : word.start] == "-" and not word.word.endswith("s")

    def _inside_ordinal(self, split: int, tail: list) -> bool:
        """A split inside one word where a language writes the denominator as one word with
        its ending ("cien milcincoavos" is 100/1005; German "dreiviertel" holds its
        numerator), or at a hyphen that would cut one ordinal in two: "cent
        trente-cinquième" is a hundred thirty-fifths, its denominator "trente-cinquième"."""
        if split == 0 or split >= len(self.run):
            return False
        before, after = self.run[split - 1], self.run[split]
        if (before.start, before.end) == (after.start, after.end):
            return not tail and bool(self.gram.lex.denominator_markers)
        if not tail or before.end > after.start or self.text[before.end : after.start] != "-":
            return False
        return whole([Piece(0, 0, "", before.roles), Piece(0, 0, "", tail[0])]) is not None

    def _adjective(self, at: int) -> bool:
        """The ordinal at piece ``at`` qualifies the noun after it ("un cuarto mandato")."""
        after = _WORD_NEXT.match(self.text, self.run[at].end)
        if not after:
            return False
        word = after.group(1)
        lex = self.gram.lex
        if not word.islower() or word in lex.of_words or word in lex.function_words:
            return False
        # nor a percent word, nor a pronoun naming a share's whole ("ein Drittel davon")
        return not any(p.split()[0] == word for p in (*lex.percent_words, *lex.share_wholes))

    def _half(self, at: int) -> Reading | None:
        """ "medio millón", "media docena", "demi-million": a half before a scale or a dozen;
        any part before "of" and a scale ("quart de million", "cuarto de millón")."""
        if not self.has(at, "den"):
            return None
        part = int(self.run[at].roles["den"])
        if part == 2 and (self.has(at + 1, "scale") or self.has(at + 1, "mult")):
            return Reading(at, at + 1, Decimal("0.5"))
        if self.has(at + 1, "of") and self.has(at + 2, "scale"):
            return Reading(at, at + 1, 1 / Decimal(part))
        return None

    def _fixed(self, at: int) -> Reading | None:
        """ "anderthalb" (1.5) standing alone."""
        if self.has(at, "frac"):
            return Reading(at, at + 1, Decimal(self.run[at].roles["frac"]))
        return None

    def _scaled(self, reading: Reading) -> Reading:
        """A fraction before a scale multiplies it: "eine halbe Million", "anderthalb
        Millionen", and across "of" in "un quart de million", "dos tercios de millón"."""
        at = reading.end
        if self.has(at, "of") and reading.value % 1 and self.has(at + 1, "scale"):
            at += 1
        if self.has(at, "scale") and int(self.run[at].roles["scale"]) >= 3:
            power = int(self.run[at].roles["scale"])
            value = reading.value * Decimal(10) ** power
            return Reading(reading.start, at + 1, value, at)
        return reading

    def _glued(self, reading: Reading) -> Reading | None:
        """ "zweieinhalb", "dreieinhalb Millionen": a whole number and a glued fraction."""
        if reading.scale_at is None and self.has(reading.end, "frac"):
            value = reading.value + Decimal(self.run[reading.end].roles["frac"])
            return self._scaled(Reading(reading.start, reading.end + 1, value))
        return None

    def _mixed_fraction(self, at: int) -> tuple[int, Decimal] | None:
        """After a joiner at ``at``: "medio", "demi" alone, or a fraction ("tres cuartos")."""
        if not self.has(at, "mixed"):
            return None
        if self.has(at + 1, "den") and int(self.run[at + 1].roles["den"]) == 2:
            if not self.has(at + 2, "scale"):
                return at + 2, Decimal("0.5")
        fraction = self._fraction(at + 1, mixed=True)
        if fraction is None or fraction.value >= 1:
            return None  # a whole and a part: "cent et trente cinquièmes" is no 106
        return fraction.end, fraction.value

    def _and_part_of_scale(self, reading: Reading) -> Reading | None:
        """ "un milliard et demi million", "deux millions et un quart de million": a part of
        a scale no bigger, after a joiner, adds to the number before."""
        at = reading.end
        if reading.scale_at is None or not self.has(at, "mixed"):
            return None
        part = self._half(at + 1) or self._fraction(at + 1, mixed=True)
        part = self._scaled(part) if part and part.value < 1 else None
        if part is None or part.scale_at is None:
            return None
        power = int(self.run[reading.scale_at].roles["scale"])
        if int(self.run[part.scale_at].roles["scale"]) > power:
            return None  # "un million et demi milliard": two figures
        return Reading(reading.start, part.end, reading.value + part.value, part.scale_at)

    def _mixed(self, reading: Reading) -> Reading | None:
        """ "cinco y medio", "tres millones y medio", "cien con tres cuartos"."""
        tail = self._mixed_fraction(reading.end)
        whole_part = self._and_part_of_scale(reading)
        if not tail or whole_part:
            return whole_part
        scale = Decimal(1)
        if reading.scale_at is not None:
            scale = Decimal(10) ** int(self.run[reading.scale_at].roles["scale"])
        mixed = Reading(reading.start, tail[0], reading.value + tail[1] * scale, reading.scale_at)
        return mixed if reading.scale_at is not None else self._scaled(mixed)

    def _decimal(self, reading: Reading) -> Reading | None:
        """ "cuarenta y siete coma veintiocho", "doscientos coma cero tres", "zwei Komma drei"."""
        at = reading.end
        if reading.scale_at is not None or not self.has(at, "point"):
            return None
        digits, k = "", at + 1
        while self.has(k, "num") and int(self.run[k].roles["num"]) < 10:
            digits, k = digits + str(self.run[k].roles["num"]), k + 1
        if len(digits) < 2:
            ends = cardinals(self.run, at + 1)
            if not ends:
                return None
            k, value, _ = ends[-1]
            digits = str(value)
        return Reading(reading.start, k, reading.value + Decimal("0." + digits))

    def _over(self, at: int, value: Decimal) -> tuple[int, Decimal] | None:
        """ "uno sobre tres", "1 sur 20": a fraction written with its two terms.

        Not before a noun: "1 000 euros sur 3 ans" is a sum over three years. Nor above one:
        "sur" is "out of", and "une pièce de 4 sur 3" gives two lengths.
        """
        if not self.has(at, "over"):
            return None
        if self.has(at + 1, "digits"):
            end, below = at + 2, Decimal(self.run[at + 1].roles["digits"])
        else:
            ends = cardinals(self.run, at + 1)
            if not ends:
                return None
            end, below, _ = ends[-1]
        if not below or value > below or self._adjective(end - 1):
            return None
        return end, value / below

    def _over_reading(self, reading: Reading) -> Reading | None:
        over = self._over(reading.end, reading.value)
        return Reading(reading.start, over[0], over[1]) if over else None

    def _multiplied(self, reading: Reading) -> Reading:
        """ "tres docenas", "une demi-douzaine": a dozen multiplies what stands before it."""
        if self.has(reading.end, "mult"):
            factor = Decimal(int(self.run[reading.end].roles["mult"]))
            head, tail = self._after_scale_join(reading)
            return Reading(reading.start, reading.end + 1, head + tail * factor)
        return reading

    def _after_scale_join(self, reading: Reading) -> tuple[Decimal, Decimal]:
        """(head, tail) of a number that a join after a scale splits ("dos mil y cuatro":
        2000 and 4), so that a dozen after it takes only the last term, as English reads
        "two thousand and four dozen"; (0, value) otherwise ("treinta y cuatro docenas")."""
        for k in range(reading.end - 2, reading.start, -1):
            if self.has(k, "join") and self.has(k - 1, "scale"):
                tail = whole(self.run[k + 1 : reading.end])
                if tail is not None:
                    return reading.value - tail, tail
                break
        return Decimal(0), reading.value


_last_scan: tuple[str, str, list] = ("", "en", [])


def number_matches(text: str, language: str = "en") -> list:
    """Every number in ``text``, scanned once and shared by the finders of one extraction.

    English text is read with the English grammar (``numbers``); any other language
    through its lexicon, whose matches carry the same groups and their value.
    """
    global _last_scan
    if _last_scan[0] is not text or _last_scan[1] != language:
        # Chinese and Japanese write digits as English does: their other lines are English's
        english = language in ("en", "zh", "ja")
        if english:
            found = _english_shared_scales(_english_signs(english_matches(text), text), text)
        else:
            found = find_numbers(text, language)
        if not text.isascii():  # Chinese and Japanese lines have a reader of their own
            from figcheck.extractors.cjk import outside_cjk_lines

            found = outside_cjk_lines(text, found, language)
        _last_scan = (text, language, found)
    return _last_scan[2]
