"""Numbers as Chinese and Japanese write them: digits, Han numerals and place words mixed.

"1,100万", "3万4000", "1億5000万", "2.35万亿", "一千八百万", "三万五" and "１２３" are
all read to exact Decimals. Places come in groups of four: 万 (10**4) and 亿/億 (10**8)
multiply everything written since the last larger place, and stack ("万亿" is 10**12).
A bare place word ("万") is no number, nor are two digits side by side ("五六个", five or
six); three or more digits, or digits with a zero, are read digit by digit ("二〇〇九").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from figcheck.extractors.numbers import in_reach
from figcheck.lang import Lexicon, lexicon
from figcheck.text import alternation

#: The two zeros: 〇 in figures written digit by digit ("二〇〇九"), 零 inside a number.
_ZEROS = "〇零"
#: 两 is "two" of a count (两千, 两个), never a digit read one by one ("一点两" is no 1.2).
_COUNTING_TWO = "两兩俩倆"
#: The pairs 两 makes with a neighbour: "一两" (one or two), "两三" (two or three).
_COUNTING_TWO_PAIRS = frozenset(
    pair for two in _COUNTING_TWO for pair in (f"一{two}", f"{two}三", f"三{two}")
)


@dataclass(frozen=True)
class Numeral:
    """A number found in folded text: where it stands and what it is worth."""

    start: int
    end: int
    value: Decimal
    #: The largest place words written ("万" in "300万", "万亿" in "2.35万亿"): the scale word.
    scale: str | None = None
    #: Written with Han digits or place words (not digits alone).
    han: bool = False
    #: One Han digit or place word alone ("五", "百"): a figure only before a counter.
    single: bool = False
    #: "十余万", "一千多万": more than the value written.
    more_than: bool = False
    #: "十来个", "千把人": about the value written.
    about: bool = False
    #: Two Han digits side by side: "五六个" (five or six) is no number, "七五折" is 75 %.
    pair: bool = False
    #: A pair parted by a mark ("二、三", "2、3"): never read as one number.
    joined: bool = False


@dataclass(frozen=True)
class Grammar:
    """One language's numeral characters, as patterns and tables."""

    lexicon: Lexicon
    tokens: re.Pattern
    digits: dict[str, int]
    scales: dict[str, int]
    negative: re.Pattern


_alt = alternation


@functools.cache
def grammar(code: str) -> Grammar:
    """The numeral grammar of a language, built from its lexicon once."""
    lex = lexicon(code)
    digits = {w: v for w, v in lex.numbers.items() if len(w) == 1}
    small = "".join(w for w, p in lex.scales.items() if p < 4)
    big = "".join(w for w, p in lex.scales.items() if p >= 4)
    fraction_digits = "".join(w for w in digits if w not in _COUNTING_TWO)
    groups = "".join(re.escape(g) for g in lex.groups if g != "、")
    # a group has three digits and the first one to three ("150222,250" is two numbers); the
    # ideographic comma also parts list items, so it groups no digits after a place word
    # ("4千万50、154" is two numbers); spaces group only where two groups of three follow
    grouped = (
        rf"(?<![0-9])[0-9]{{1,3}}"
        rf"(?:(?:[{groups}][0-9]{{3}})+(?![0-9])|(?: [0-9]{{3}}){{2,}}(?![0-9]))"
        if groups
        else r"(?!)"
    )
    if "、" in lex.groups:
        grouped += rf"|(?<![0-9{small}{big}])[0-9]{{1,3}}(?:、[0-9]{{3}})+(?![0-9])"
    # "21点2" is 21.2 where the lexicon says so: the point word right between digits
    digit_point = rf"(?<=[0-9万萬亿億兆])(?:{_alt(lex.digit_decimal_words)})(?=[0-9])"
    # "０・０８" is 0.08: no date or list item is a lone zero, so a middle dot after one is
    # a decimal point
    digit_point += rf"|(?<![0-9.]0)(?<=0)(?:{_alt(lex.decimal_words)})(?=[0-9])"
    ascii_number = (
        rf"(?:(?:{grouped})(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
        r"(?: ?[kKM](?![A-Za-z]))?"  # "15k", "2.5 M": thousands, millions, as copy abbreviates
    )
    # "100万千瓦", "5万千克": after a large place, a unit named with a small one (kilowatt,
    # kilogram) keeps its place word: a million kilowatts, not 1,001,000 watts
    kilo = _alt(w[1:] for w in lex.units if w[0] in small and len(w) > 1)
    tokens = re.compile(
        rf"(?P<num>{ascii_number})|(?P<dig>[{''.join(digits)}])"
        rf"|(?P<small>(?<![{big}])[{small}]|[{small}](?!{kilo}))"
        rf"|(?P<big>[{big}])(?!瓦|赫|字节|位元|帕|焦)"  # 兆瓦 is a megawatt, not a trillion
        rf"|(?P<point>(?:{_alt(lex.decimal_words)})(?= *[{fraction_digits}])|{digit_point})"
        rf"|(?P<approx>余り|あまり|[余多几幾数數])(?= *[{big}])"  # 十余万, 二十数億
    )
    # "-5" but not the dash of "3-5" or "2016年-2019年"
    not_after = f"0-9A-Za-z.,\\-{''.join(digits)}{small}{big}年月日"
    negative = re.compile(rf"(?:{_alt(lex.negative_words)}) *$|(?<![{not_after}])-$")
    return Grammar(lex, tokens, digits, dict(lex.scales), negative)


@dataclass
class _Token:
    kind: str
    text: str
    start: int
    end: int


def _runs(grammar: Grammar, folded: str, start: int, end: int) -> list[list[_Token]]:
    """Tokens of numerals, grouped where only spaces stand between them."""
    runs: list[list[_Token]] = []
    last_end = -1
    for match in grammar.tokens.finditer(folded, start, end):
        kind = match.lastgroup or ""
        if kind == "num" and _glued(folded, match.start(), match.end()):
            last_end = -1
            continue
        token = _Token(kind, match.group(), match.start(), match.end())
        if runs and folded[last_end : token.start].strip(" ") == "" and token.start - last_end < 4:
            runs[-1].append(token)
        else:
            runs.append([token])
        last_end = token.end
    return runs


def _glued(folded: str, start: int, end: int) -> bool:
    """ "7C2216", "A380", "5G": digits stuck to Latin letters name things."""
    before = folded[start - 1 : start]
    after = folded[end : end + 1]
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


class _Reading:
    """A numeral being read token by token; ``take`` refuses a token that cannot continue it."""

    def __init__(self, grammar: Grammar, tail: bool):
        self.grammar, self.tail = grammar, tail
        #: (power of a large place, its coefficient, the place words as written), largest first
        self.parts: list[tuple[int, Decimal, str]] = []
        self.section = Decimal(0)
        self.pending: Decimal | None = None
        self.pending_han = False
        self.last = ""
        self.small_power = 99
        self.tail_power: int | None = None
        self.zero = False
        self.more_than = False
        self.han = False

    def take(self, token: _Token, tokens: list[_Token], at: int) -> int:
        """Read ``token`` (and the fraction digits after a point); how many tokens it used."""
        step = getattr(self, "_" + token.kind)
        used = step(token, tokens, at)
        if used:
            self.han = self.han or token.kind != "num"
        return used

    def _num(self, token, tokens, at) -> int:
        if self.pending is not None or self.last not in ("", "big", "zero", "small"):
            return 0
        digits = "".join(ch for ch in token.text if ch.isdigit() or ch == ".")
        factor = {"k": 1000, "K": 1000, "M": 10**6}.get(token.text[-1], 1)
        self.pending, self.pending_han, self.last = Decimal(digits) * factor, False, "num"
        return 1

    def _dig(self, token, tokens, at) -> int:
        value = self.grammar.digits[token.text]
        if token.text in _ZEROS and self.last in ("small", "big"):
            self.zero, self.last = True, "zero"
            return 1
        if self.pending is not None or self.last not in ("", "small", "big", "zero"):
            return 0
        self.tail_power = None
        if self.last in ("small", "big") and not self.zero:
            self.tail_power = self._last_power
        self.pending, self.pending_han, self.last = Decimal(value), True, "dig"
        return 1

    def _small(self, token, tokens, at) -> int:
        power = self.grammar.scales[token.text]
        if power >= self.small_power or self.last == "approx":
            return 0
        # "十二" and "零十" (in "一百零十万") count one ten
        self.section += (self.pending if self.pending else 1) * 10**power
        self.pending, self.small_power, self._last_power = None, power, power
        self.zero, self.last = False, "small"
        return 1

    def _big(self, token, tokens, at) -> int:
        power = self.grammar.scales[token.text]
        if self.last == "big":  # 万亿, 万万: the places multiply
            top, coefficient, word = self.parts[-1]
            self.parts[-1] = (top + power, coefficient, word + token.text)
            self._last_power = top + power
            return 1
        # Everything since the last larger place counts this place: 一千二百万 is 1,200 x 10**4,
        # 四千五百万八千亿 (4,500万 + 8,000) x 10**8. A digit before a place is no tail.
        lower = sum((c * Decimal(10) ** p for p, c, _ in self.parts if p < power), Decimal(0))
        coefficient = self.section + (self.pending or 0) + lower
        if coefficient == 0:
            return 0  # a bare 万 is no number
        higher = [part for part in self.parts if part[0] > power]
        self.parts = [*higher, (power, coefficient, token.text)]
        self.section, self.pending, self.small_power = Decimal(0), None, 99
        self.zero, self.last, self._last_power = False, "big", power
        return 1

    def _approx(self, token, tokens, at) -> int:
        if self.last not in ("dig", "small", "num", "zero"):
            return 0
        self.more_than, self.last = True, "approx"
        return 1

    def _point(self, token, tokens, at) -> int:
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        if after is not None and after.kind == "num":
            return self._digit_point(token, after)
        if self.last not in ("dig", "small", "big"):
            return 0
        digits = ""
        for k in range(at + 1, len(tokens)):
            follower = tokens[k]
            if follower.kind != "dig" or follower.text in _COUNTING_TWO:
                break
            digits += str(self.grammar.digits[follower.text])
        after = tokens[at + 1 + len(digits)] if at + 1 + len(digits) < len(tokens) else None
        if not digits or (after is not None and after.kind == "small"):
            return 0  # "三点四十分" is a time of day: decimals are read digit by digit
        whole = self.section + (self.pending_value() or 0)
        self.section, self.pending, self.pending_han = (
            Decimal(0),
            whole + Decimal("0." + digits),
            False,
        )
        self.small_power, self.last = -1, "frac"
        return 1 + len(digits)

    def _digit_point(self, token, after) -> int:
        """ "21点2", "2千万点5544": a point word between digits, where the language reads one."""
        lone_zero = self.last == "num" and self.pending == 0 and "." not in str(self.pending)
        if (
            not (token.text in self.grammar.lexicon.digit_decimal_words or lone_zero)
            or self.last not in ("num", "big")
            or not after.text.isdigit()
            or after.start != token.end
            or (self.last == "num" and not str(self.pending).isdigit())
        ):
            return 0
        fraction = Decimal("0." + after.text)
        self.pending = (self.pending or 0) + fraction if self.last == "num" else fraction
        self.pending_han, self.small_power, self.last = False, -1, "frac"
        return 2

    def pending_value(self) -> Decimal | None:
        """The last digit, as a place lower than the word before it where the language says so."""
        if self.pending is None:
            return None
        if self.tail and self.pending_han and self.tail_power and self.tail_power > 1:
            return self.pending * 10 ** (self.tail_power - 1)
        return self.pending

    def value(self) -> Decimal | None:
        if self.last in ("", "approx", "zero"):
            return None
        total = sum((c * Decimal(10) ** p for p, c, _ in self.parts), Decimal(0))
        return total + self.section + (self.pending_value() or 0)

    _last_power = 0


def numerals(code: str, folded: str, start: int, end: int) -> list[Numeral]:
    """Every numeral between ``start`` and ``end`` of the folded text, in order."""
    gram = grammar(code)
    found: list[Numeral] = []
    for run in _runs(gram, folded, start, end):
        at = 0
        while at < len(run):
            read = _digit_string(gram, run, at) or _read(gram, run, at)
            if read is None:
                at += 1
                continue
            numeral, used = read
            # (past 10^30 a numeral is no figure, as in English: ``numbers.in_reach``)
            if numeral is not None and in_reach(numeral.value) is not None:
                if not _blank(gram, folded, numeral):
                    found.append(_signed(gram, folded, numeral))
            at += used
    return found


def _blank(gram: Grammar, folded: str, numeral: Numeral) -> bool:
    """ "〇〇さん", "〇〇県", "某〇〇公司": zeros alone before a word are a name left blank,
    no zero ("〇〇〇〇は" and "〇〇。" stay a zero)."""
    written = folded[numeral.start : numeral.end]
    after = folded[numeral.end : numeral.end + 1]
    if len(written) < 2 or written.strip(_ZEROS) or not after.isalpha():
        return False
    return not any(folded.startswith(w, numeral.end) for w in gram.lexicon.function_words)


def _digit_string(gram: Grammar, run: list[_Token], at: int):
    """ "二〇〇九", "二二二": Han digits side by side, read one by one ("五六" is a pair)."""
    digits = written = ""
    for k in range(at, len(run)):  # by index: neither a copy nor a walk from its start
        token = run[k]
        if token.kind != "dig":
            break
        if digits and token.start != run[at + len(digits) - 1].end:
            break  # "零 一 二 三": digits apart are numbers apart
        digits += str(gram.digits[token.text])
        written += token.text
    if written[:2] in _COUNTING_TWO_PAIRS:  # "两三千人", "一两个": two or three, one or two
        digits = digits[:2]
    elif any(two in written for two in _COUNTING_TWO):
        # 两 is never a digit read one by one: the digits stop before it
        digits = digits[: min(written.index(t) for t in _COUNTING_TWO if t in written)]
    if len(digits) < 2:
        return None
    first, last = run[at], run[at + len(digits) - 1]
    pair = len(digits) == 2 and not set(first.text + last.text) & set(_ZEROS)
    return Numeral(first.start, last.end, Decimal(digits), han=True, pair=pair), len(digits)


def _read(gram: Grammar, run: list[_Token], at: int):
    """The longest numeral starting at token ``at``, and how many tokens it used."""
    reading = _Reading(gram, gram.lexicon.scale_tail)
    best = None
    used = 0
    while at + used < len(run):
        step = reading.take(run[at + used], run, at + used)
        if not step:
            break
        used += step
        value = reading.value()
        if value is not None:
            scale = reading.parts[0][2] if reading.parts else None
            best = (value, used, scale, reading.han, reading.more_than)
    if best is None:
        return None
    value, count, scale, han, more_than = best
    first, last = run[at], run[at + count - 1]
    single = count == 1 and first.kind != "num"
    return Numeral(first.start, last.end, value, scale, han, single, more_than), count


def _signed(gram: Grammar, folded: str, numeral: Numeral) -> Numeral:
    """ "负10000", "マイナス五", "-5": the minus word or sign right before the number."""
    sign = gram.negative.search(folded, max(0, numeral.start - 6), numeral.start)
    if not sign:
        return numeral
    return Numeral(sign.start(), numeral.end, -numeral.value, numeral.scale, numeral.han, False)


@functools.cache
def _lasting(code: str) -> re.Pattern:
    return re.compile(rf"(?:{alternation(lexicon(code).lasting_words)}) *(?:了|達|达)? *$")


def lasting_before(code: str, folded: str, at: int) -> bool:
    """True when a word that makes the number at ``at`` a span of time stands right before
    it ("持续12日" lasts twelve days; "12日" alone is a day of the month)."""
    return bool(_lasting(code).search(folded, max(0, at - 6), at))


#: What may stand around a numeral spelled in kana: a space, a punctuation mark, the line's
#: ends. Kana glued to a Han character are a word's ending ("田中さん", "東京に"), not a number.
_KANA_EDGE = r"\s,.;:!?()\"'「」『』、。"


@functools.cache
def _kana(code: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """(a run of spelled numerals up to an edge, one spelled numeral, the edges a run may
    start after) of a language that spells numerals in kana; None for the others."""
    spelled = lexicon(code).kana_numerals
    if not spelled:
        return None
    words = alternation(spelled)
    return (
        re.compile(rf"(?:{words}){{1,40}}(?=[{_KANA_EDGE}]|$)", re.M),
        re.compile(words),
        re.compile(rf"[{_KANA_EDGE}]+"),
    )


def kana_numerals(code: str, folded: str, start: int, end: int) -> list[Numeral]:
    """Numerals spelled in hiragana ("にじゅうさん", "さんびゃく"): a whole run of kana that
    spells a number, with a space or a punctuation mark on each side. One kana alone ("に",
    "ご") is a particle or a prefix far more often, and is left alone."""
    patterns = _kana(code)
    if patterns is None:
        return []
    run, word, edge = patterns
    spelled = lexicon(code).kana_numerals
    found = []
    for at in [start, *(m.end() for m in edge.finditer(folded, start, end))]:
        match = run.match(folded, at, end)
        if match is None or len(match.group()) < 2:
            continue
        parts = word.findall(match.group())
        if "".join(parts) != match.group():
            continue
        han = "".join(spelled[part] for part in parts)
        read = numerals(code, han, 0, len(han))
        if len(read) == 1 and (read[0].start, read[0].end) == (0, len(han)) and not read[0].pair:
            found.append(Numeral(match.start(), match.end(), read[0].value, read[0].scale, True))
    return found
