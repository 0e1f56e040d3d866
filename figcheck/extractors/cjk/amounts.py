"""Money, percentages, counts and numbers in Chinese and Japanese: a numeral and what follows it.

What stands after a numeral decides its kind: a currency (300万元人民币, 42万美元, 1,280円),
a percent sign or word (40%, 百分之四十, 四成, 3ポイント), a counter (179人, 5家企业) or
nothing that makes it something else. A Han digit inside a word ("五台山") is no figure,
nor are idioms (百战百胜, 千万不要), ordinals (第三) and labels (1番, 7号线).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from figcheck.extractors.cjk import powers
from figcheck.extractors.cjk.numerals import Numeral, kana_numerals, lasting_before, numerals
from figcheck.extractors.tables import CURRENCY_SYMBOLS
from figcheck.figures import Figure
from figcheck.lang import Lexicon, _han, lexicon
from figcheck.text import alternation as _alt

#: The rules read qualifiers as English words; each meaning is written as its plainest one.
QUALIFIER_WORDS = {
    "exact": "only",
    "approx": "about",
    "lower": "more than",
    "upper": "up to",
    "approx-below": "nearly",
    "approx-above": "just over",
}

#: "¥" is the yen sign in Japan and the yuan sign in China: the language of the line decides.
_YEN_SIGN = {"ja": "JPY", "zh": "CNY"}

#: The words after a counter that may hold the counted noun, and the particle "of" that
#: ends a modifier before it.
_HAN_PHRASE = re.compile(r"[\u3400-\u9fff\u30a0-\u30ff]{1,10}")
_OF = "的"
#: A numeral's first character.
_DIGIT_AFTER = re.compile(r" *[0-9〇零一二三四五六七八九十百千]")
#: A Han character right after a counter makes one word with it ("一本化", "一枚岩").
_HAN_AFTER = re.compile(r"[\u3400-\u9fff]")
#: A time of day: an hour (up to 24) or a minute or second (up to 60).
#: A time of day after a number ("9时7分", "8点"); not a span of time ("2時間", "20分钟",
#: "3分後": three minutes later), which is a measure.
_TIME_AFTER = (
    r" *(?:(?P<h>(?:时|時)(?!间|間)|(?:{hour_points})(?! *[0-9一二三四五六七八九]))"
    r"|分(?!之|の|钟|鐘|間|间|後|后|前)|秒(?!钟|鐘|間|间))"
)
#: A time of day in digits where 点 is the hour ("下午3点20", "8点05").
_CLOCK = re.compile(r"(?<![0-9.])(?:[01]?[0-9]|2[0-4]) *[点點] *[0-5]?[0-9](?![0-9.%])")
_MODEL = re.compile(r"[0-9]-[0-9]|[0-9]-$")
#: Notations figcheck does not read: powers (2^5, 2e5, 10の13乗, ×10), slashes (12/3), dotted
#: addresses (192.168.1.2). A part of one read alone would be a wrong figure.
#: Digits joined by a middle dot ("3・11") are a date or a list, not one number.
_NOTATION_AFTER = re.compile(r" *(?:[/^×xX]|[eE][-+]?[0-9]|の[^ 。、,]{1,14}?乗|乗|[.・][0-9])")
_NOTATION_BEFORE = re.compile(r"(?:[/^×]|[0-9][.・]|[eE][-+]?|の) *-?$")
_MIXED = re.compile(r" *(?:又|と|また) *")
#: "ポイント" after a stock index is an index point, after a rate a percentage point.
_INDEX_BEFORE = re.compile(r"日経|TOPIX|指数|ダウ|平均株価|株価|恒生|上证|深证|点位")
#: A digit right before a number: "7 2 折" is no "2折".
_DIGIT_BEFORE = re.compile(r"[0-9〇零一二三四五六七八九] *$")
#: A currency sign before the number ("¥300", "US$ 48.2万").
_SIGN = re.compile(r"(?:[¥￥$€£₩\\]|US\$|HK\$|NT\$|A\$|C\$|S\$) *$", re.I)


#: What after 成 or 折 makes them part of a word, no tenth: "成为" (become), "折合" (convert),
#: "三折叠" (a tri-fold), "折腾" (toil), "半成品" (a semi-finished product).
_NOT_A_TENTH = "[为為立功本员員长長绩績交型熟果品就引合扣算旧價价射返叠疊腾騰]"


def _spaced(words) -> str:
    """Words that may be written with spaces between their characters ("百 分 之")."""
    return _alt(words, spell=lambda w: " *".join(map(re.escape, w)))


def _parts(words: tuple[str, ...]) -> str:
    """ "8分7厘" after 3割: the hundredth and thousandth digits (groups ``bu``, ``rin``)."""
    if len(words) < 2:
        return "(?!)"
    digit = "[0-9一二三四五六七八九]"
    return rf"(?P<bu>{digit}){re.escape(words[0])}(?:(?P<rin>{digit}){re.escape(words[1])})?"


@dataclass(frozen=True)
class _Words:
    """One language's words as patterns anchored where a numeral ends or starts."""

    lex: Lexicon
    currency_after: re.Pattern
    currency_before: re.Pattern
    counter: re.Pattern
    percent: re.Pattern
    point: re.Pattern
    basis: re.Pattern
    tenth: re.Pattern
    fraction: re.Pattern
    percent_before: re.Pattern
    subunit: re.Pattern
    before: re.Pattern
    after: re.Pattern
    idioms: re.Pattern
    range_gap: re.Pattern
    or_gap: re.Pattern
    shares: re.Pattern
    doubling: re.Pattern
    multipliers: re.Pattern
    discount: re.Pattern
    tenth_verb: re.Pattern
    filler: re.Pattern
    number_alone: re.Pattern
    filler_place: re.Pattern
    time_after: re.Pattern
    alone: re.Pattern
    percent_alone: re.Pattern
    half_dozen: re.Pattern
    one_in: re.Pattern
    bare: re.Pattern
    ordinal: re.Pattern


@functools.cache
def words(code: str) -> _Words:
    lex = lexicon(code)
    rmb = "(?: *(?:人民币|人民幣))?"
    return _Words(
        lex,
        # (not 欧洲, 欧盟: "1.2亿欧" is euros, "3亿欧洲人" Europeans)
        currency_after=re.compile(rf" *(?P<w>{_alt(lex.currencies)})(?![洲盟]){rmb}"),
        currency_before=re.compile(rf"(?P<w>{_alt(lex.currencies)}) *$"),
        counter=re.compile(rf" *(?P<w>{_alt(lex.counters)})"),
        percent=re.compile(rf" *(?:{_spaced(lex.percent_words)})"),
        point=re.compile(rf" *(?:{_spaced(lex.point_words)})"),
        basis=re.compile(rf" *(?:{_spaced(lex.basis_point_words)})"),
        # "三成半" 35 %, "七成六" 76 %; not "成为" (become), "折合" (convert), "三折叠" (a
        # tri-fold), "折腾" (toil), "3割8分" (a rate)
        tenth=re.compile(
            rf" *(?P<w>{_alt(lex.tenth_words)})"
            r"(?:(?P<half>半)| *(?P<digit>[一二三四五六七八九](?![一-龥]))"
            rf"|{_parts(lex.tenth_parts)})?"
            rf"(?!{_NOT_A_TENTH}|[0-9一二三四五六七八九]分)"
        ),
        fraction=re.compile(rf" *(?:{_spaced(lex.denominator_first)}) *"),
        # (not the 万分之 inside 百万分之: the longer word is the lexicon's)
        percent_before=re.compile(
            rf"(?<![万萬亿億千百十仟佰])(?P<w>{_spaced(lex.percent_before)}) *$"
        ),
        subunit=re.compile(
            r" *(?:又|と|和)? *(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3}) *"
            rf"(?P<w>{_alt(lex.subunits)})"
        ),
        before=re.compile(
            rf"(?P<w>{_alt(lex.qualifiers)})"
            + (rf"(?:{_alt(lex.qualifier_links)})?" if lex.qualifier_links else "")
            + " *$"
        ),
        after=re.compile(rf" *(?P<w>{_alt(lex.qualifiers_after)})"),
        idioms=re.compile(_alt(lex.idioms)),
        shares=re.compile(_alt(lex.share_words)),
        multipliers=re.compile(_alt(lex.multiplier_words)),
        doubling=re.compile(
            rf"{re.escape(lex.doubling[0])} *了? *(?P<n>[0-9一二两兩三四五六七八九十]{{1,2}}) *"
            rf"{re.escape(lex.doubling[1])}"
            if lex.doubling
            else "(?!)"
        ),
        or_gap=re.compile(rf" *(?:{_alt(lex.or_words)}) *"),
        range_gap=re.compile(rf" *(?:[(（][^()（）]{{1,30}}[)）])? *(?:{_alt(lex.range_words)}) *"),
        **_word_forms(lex),
    )


def _word_forms(lex: Lexicon) -> dict[str, re.Pattern]:
    """The patterns of price cuts, ranks, shares between counts and bare places."""
    return dict(
        discount=re.compile(rf" *(?:{_alt(lex.discount_words)})"),
        tenth_verb=re.compile(rf" *(?:{_alt(lex.tenth_words)})(?=(?:{_alt(lex.tenth_verbs)}))"),
        filler=re.compile(rf" *(?:{_alt(lex.filler_counters)})"),
        number_alone=re.compile(_alt(lex.number_words_alone)),
        filler_place=re.compile(rf" *(?:{_alt(lex.filler_counters)}) *(?P<p>[{_places(lex)}]+)"),
        time_after=re.compile(_TIME_AFTER.format(hour_points=_alt(lex.hour_points))),
        alone=re.compile(_alt(lex.percent_alone)),
        # not "一半成了" (half became), "大半成年人" (most adults): 半 of a word before it
        percent_alone=re.compile(
            rf"(?<![一大多过過逾])(?:{_alt(lex.percent_words_alone)})(?!{_NOT_A_TENTH}|[了年])"
        ),
        ordinal=re.compile(rf" *(?:{'|'.join(lex.ordinal_marks) or '(?!)'})"),
        # "每5个人中有1个": the counted noun may stand between the counter and the joiner
        one_in=re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{_alt(lex.share_joiners)}) *"),
        bare=re.compile(
            rf"(?:{_alt([*lex.qualifiers, *lex.vague_before])}) *(?P<q>[{_places(lex)}]+)"
            rf"|(?<![0-9{''.join(lex.numbers)}{''.join(lex.scales)}])(?P<p>[{_places(lex)}]+)(?=[余多])"
        ),
        half_dozen=re.compile(
            rf"半 *(?:{_alt(w for w, m in lex.counters.items() if m == 'dozen')})"
        ),
    )


def find(code: str, text: str, folded: str, start: int, end: int) -> list[Figure]:
    """The money, percent, count and number figures of one line."""
    w = words(code)
    nums = _line_numerals(w, code, folded, start, end)
    figures = powers.e_notation(text, folded, start, end) + _wordy(w, text, folded, start, end)
    per, skip = _percent_before(w, folded, start, nums)
    claimed = start
    for i, num in enumerate(nums):
        if i in skip:
            continue
        raised = powers.power(code, text, folded, nums, i)
        if raised is not None:
            figures.append(raised[0])
            skip |= set(range(i + 1, i + raised[1]))
            continue
        slash = _slash_fraction(text, folded, num, nums[i + 1 : i + 3])
        if slash is not None:
            fig, used = slash
            skip |= set(range(i + 1, i + 1 + used))
            while figures and figures[-1].start >= fig.start:
                figures.pop()  # the whole number of "1 4/3"
            figures.append(_qualified(w, text, folded, fig, num))
            continue
        if _notation(folded, num):
            continue
        if num.pair and not w.fraction.match(folded, num.end):  # "三五分の百": 100/35
            found, used = _pair(w, code, text, folded, num, nums[i + 1 : i + 2], claimed)
            figures += found
            skip |= set(range(i + 1, i + 1 + used))
            continue
        following = nums[i + 1] if i + 1 < len(nums) else None
        if i in per:
            num, fig = _per_word(w, text, folded, num, per[i])
        elif fig := _of_two(w, code, text, folded, num, following):
            skip.add(i + 1)
            fig = _mixed(text, folded, nums[i - 1] if i else None, fig, figures)
        else:
            widened = with_inner_qualifier(w, folded, _with_filler_place(w, folded, num))
            skip |= _covered(nums, i, num.end, widened.end)
            num = widened
            fig = _vague(w, text, folded, num, _figure(w, code, text, folded, num, claimed))
        if fig is not None:
            fig = _qualified(w, text, folded, fig, num)
            figures.append(fig)
            claimed = max(claimed, fig.end)
    figures = _with_dozens(w, text, folded, sorted(figures, key=lambda f: f.start))
    return _ranges(w, folded, figures)


def _covered(nums: list[Numeral], i: int, start: int, end: int) -> set[int]:
    """The numerals after the i-th from ``start`` to ``end``: the places a widened numeral
    took in ("百数十"), no numerals of their own. The numerals are in text order, so only
    those before ``end`` are looked at (all of a long line's, each time, was quadratic)."""
    covered = set()
    j = i + 1
    while j < len(nums) and nums[j].start < end:
        if start <= nums[j].start:
            covered.add(j)
        j += 1
    return covered


def _line_numerals(w: _Words, code: str, folded: str, start: int, end: int) -> list[Numeral]:
    """The numerals of one line in text order, but those inside an idiom or a time of day."""
    idioms = [m.span() for m in w.idioms.finditer(folded, start, end)]
    if not w.lex.digit_decimal_words:  # "3点20" is twenty past three, not 3.2
        idioms += [m.span() for m in _CLOCK.finditer(folded, start, end)]
    nums = [n for n in numerals(code, folded, start, end) if not _in_idiom(n, idioms)]
    nums += kana_numerals(code, folded, start, end) + _bare_places(w, folded, start, end)
    return _joined_pairs(w, folded, sorted(nums, key=lambda n: n.start))


def _joined_pairs(w: _Words, folded: str, nums: list[Numeral]) -> list[Numeral]:
    """ "2、3人", "二、三十人": two neighbouring digits parted by a mark read as the pair "两三人"
    and "二三十人" are (two or three, twenty or thirty), the places of the second after it."""
    out: list[Numeral] = []
    at = 0
    while at < len(nums):
        joined = _joined(w, folded, nums[at], nums[at + 1]) if at + 1 < len(nums) else None
        out += joined or [nums[at]]
        at += 2 if joined else 1
    return out


def _joined(w: _Words, folded: str, first: Numeral, second: Numeral) -> list[Numeral] | None:
    """The pair (and the places after it) of two numerals parted by an either mark, where the
    first is one digit and the second starts with the next digit and ends in places alone; a
    list ("1、2、3号") is no guess."""
    marks = w.lex.either_marks
    if folded[first.end : second.start] not in marks or first.end - first.start != 1:
        return None
    before, after = folded[first.start - 1 : first.start], folded[second.end : second.end + 1]
    if before in marks or after in marks:
        return None
    lead, rest = folded[second.start], folded[second.start + 1 : second.end]
    digit = int(lead) if lead.isdigit() else w.lex.numbers.get(lead)
    if digit is None or digit != first.value + 1 or not all(ch in w.lex.scales for ch in rest):
        return None
    pair = Numeral(
        first.start, second.start + 1, first.value * 10 + digit, han=first.han, pair=True,
        joined=True,
    )  # fmt: skip
    if not rest:
        return [pair]
    return [pair, Numeral(second.start + 1, second.end, second.value / digit, second.scale, True)]


def _with_dozens(w: _Words, text: str, folded: str, figures: list[Figure]) -> list[Figure]:
    """ "300と2ダース", "三百と二ダース": a number and a count of dozens make one number
    (324), as "1と2分の1" makes one with a fraction."""
    dozens = _alt(word for word, meaning in w.lex.counters.items() if meaning == "dozen")
    in_dozens = re.compile(rf"(?:{dozens})$")
    out: list[Figure] = []
    for fig in figures:
        whole = out[-1] if out else None
        if (
            whole is not None
            and fig.kind == whole.kind == "number"
            and whole.unit is None
            and in_dozens.search(fig.text)
            and _MIXED.fullmatch(folded, whole.end, fig.start)
        ):
            out[-1] = replace(
                whole, end=fig.end, text=text[whole.start : fig.end], value=whole.value + fig.value,
                phrase_end=None,
            )  # fmt: skip
            continue
        out.append(fig)
    return out


def _with_filler_place(w: _Words, folded: str, num: Numeral) -> Numeral:
    """ "20个亿", "两个亿": the all-purpose counter before a place word, as copy says an amount
    aloud, is the place of the number (2 billion, not twenty things)."""
    place = w.filler_place.match(folded, num.end)
    if place is None or num.scale:
        return num
    power = sum(w.lex.scales[ch] for ch in place["p"])
    value = num.value * Decimal(10) ** power
    return replace(num, end=place.end(), value=value, scale=place["p"], single=False)


def _places(lex: Lexicon) -> str:
    """The place words of ten thousand and above (万, 亿, 億, 兆)."""
    return "".join(w for w, power in lex.scales.items() if power >= 4)


def _bare_places(w: _Words, folded: str, start: int, end: int) -> list[Numeral]:
    """ "近万人", "逾亿元", "万余人", "上万人": a place word with no digit, after a qualifier, a
    word of vagueness or before "more than", counts one of its place (or some, vaguely); a
    bare 万 elsewhere is no number."""
    found = []
    for match in w.bare.finditer(folded, start, end):
        group = "q" if match["q"] else "p"
        a, b = match.span(group)
        value = Decimal(10) ** sum(w.lex.scales[ch] for ch in match[group])
        found.append(Numeral(a, b, value, match[group], han=True, single=True))
    return found


def _wordy(w: _Words, text: str, folded: str, start: int, end: int) -> list[Figure]:
    """Figures written with words around a numeral or none: shares and doublings."""
    found = _numbers_alone(w, text, folded, start, end) + _doublings(w, text, folded, start, end)
    for match in w.alone.finditer(folded, start, end):  # "半額": half price, 50 % off
        a, b = match.span()
        value = Decimal(w.lex.percent_alone[match.group()])
        found.append(price_cut(Figure("percent", a, b, text[a:b], value, "%"), value))
    for match in w.percent_alone.finditer(folded, start, end):  # "半成": 5 %
        a, b = match.span()
        value = Decimal(w.lex.percent_words_alone[match.group()])
        num = Numeral(a, b, value)
        found.append(_qualified(w, text, folded, _make("percent", text, a, b, num, unit="%"), num))
    for match in w.half_dozen.finditer(folded, start, end):  # "半ダース", "半打": six
        a, b = match.span()
        found.append(Figure("number", a, b, text[a:b], Decimal(6)))
    return found


def _numbers_alone(w: _Words, text: str, folded: str, start: int, end: int) -> list[Figure]:
    """ "半百" (fifty) and the shares without a number. Where they overlap, a share that says
    "half" ("一半百姓": half the people) is the reading; one that says "past half" is the
    number's qualifier ("年过半百": past fifty)."""
    shares = _shares(w, text, folded, start, end)
    found = []
    for match in w.number_alone.finditer(folded, start, end):
        a, b = match.span()
        fig = Figure("number", a, b, text[a:b], Decimal(w.lex.number_words_alone[match.group()]))
        over = next((s for s in shares if s.start < a < s.end), None)
        if over is not None and over.qualifier is None:
            continue
        if over is not None:
            shares.remove(over)
            fig = replace(fig, qualifier=over.qualifier, phrase_start=over.start)
        elif before := w.before.search(folded, max(start, a - 6), a):  # "年近半百": nearly
            meaning = w.lex.qualifiers[before.group("w")]
            fig = replace(fig, qualifier=QUALIFIER_WORDS[meaning], phrase_start=before.start())
        found.append(fig)
    return found + shares


def _doublings(w: _Words, text: str, folded: str, start: int, end: int) -> list[Figure]:
    """ "翻了一番" doubles, "翻两番" quadruples: a multiplier of two to the count of doublings;
    "倍増", "翻倍" double and "半減", "减半" halve without a number."""
    found = []
    for match in w.multipliers.finditer(folded, start, end):  # "倍増", "半減", "翻倍"
        a, b = match.span()
        value = Decimal(w.lex.multiplier_words[match.group()])
        found.append(Figure("ratio", a, b, text[a:b], value, "times"))
    for match in w.doubling.finditer(folded, start, end):
        count = _whole(w, match["n"])
        if count is not None and 0 < count <= 10:
            a, b = match.span()
            found.append(Figure("ratio", a, b, text[a:b], Decimal(2**count), "times"))
    return found


def _shares(w: _Words, text: str, folded: str, start: int, end: int) -> list[Figure]:
    """ "半数", "過半数", "一半以上": a share without a number, as the English finder reads
    "half the" (a ratio of unit "share", comparable with a percentage)."""
    found = []
    for match in w.shares.finditer(folded, start, end):
        value, meaning = w.lex.share_words[match.group()]
        a, b = match.span()
        fig = Figure("ratio", a, b, text[a:b], Decimal(value), "share")
        after = w.after.match(folded, b)
        if after and after.group("w") not in _INNER:
            meaning, fig = (
                w.lex.qualifiers_after[after.group("w")],
                replace(fig, phrase_end=after.end()),
            )
        found.append(replace(fig, qualifier=QUALIFIER_WORDS[meaning]) if meaning else fig)
    return found


def _vague(w: _Words, text: str, folded: str, num: Numeral, fig: Figure | None):
    """ "几百人", "数千名", "数十亿美元": "some hundreds" is a vague count (no value, its order of
    magnitude, as English "hundreds of" reads), and no amount of money or share at all."""
    before = folded[num.start - 1 : num.start]
    if not (fig and before and before in w.lex.vague_before and folded[num.start] in w.lex.scales):
        return fig
    if fig.kind != "count":
        return None
    start = num.start - 1
    return replace(
        fig, start=start, text=text[start : fig.end], value=None, vague=True,
        magnitude=len(str(int(num.value))) - 1, phrase_start=start,
    )  # fmt: skip


def _pair(w: _Words, code, text, folded, num: Numeral, after: list[Numeral], claimed: int):
    """Two Han digits side by side, as (figures, numerals after them used): "七五折" is 75 %;
    "五六十人", "三四百万" (fifty or sixty, three or four million) a range of the two digits
    times the place words right after them; any other pair is no figure."""
    places = after[0] if after else None
    if places is None or places.start != num.end or not _only_places(w, folded, places):
        fig = None if num.joined else _percent(w, code, text, folded, num)
        if fig is not None and fig.text.endswith("折"):
            return [fig], 0
        either = _tenths_either(w, code, text, folded, num)
        return either or _counted_either(w, code, text, folded, num, claimed), 0
    first, second = divmod(int(num.value), 10)
    if second != first + 1:
        return [], 1
    upper = Numeral(num.end - 1, places.end, second * places.value, places.scale, han=True)
    high = _figure(w, code, text, folded, upper, claimed)
    if high is None:
        return [], 1
    return _either_ends(text, num, high, first * places.value), 1


def _counted_either(w: _Words, code, text, folded, num: Numeral, claimed: int) -> list[Figure]:
    """ "两三人", "2、3社", "两三公里": two or three of what the counter counts, the range of
    the two."""
    first, second = divmod(int(num.value), 10)
    if second != first + 1 or not w.counter.match(folded, num.end):
        return []
    upper = Numeral(num.end - 1, num.end, Decimal(second), han=num.han, single=num.han)
    high = _figure(w, code, text, folded, upper, claimed)
    if high is None:
        return []
    return _either_ends(text, num, high, Decimal(first))


def _either_ends(text: str, num: Numeral, high: Figure, low_value: Decimal) -> list[Figure]:
    """The two ends of a pair read as a range: the first digit, then the second's figure."""
    low = replace(
        high, start=num.start, end=num.start + 1, text=text[num.start], phrase_start=None,
        phrase_end=None,
    )  # fmt: skip
    low = _with_unit_of(high, low, low_value, high.scale, "low")
    return [low, replace(high, range_part="high")]


def _tenths_either(w: _Words, code, text, folded, num: Numeral) -> list[Figure]:
    """ "七八成": seven or eight tenths, the range 70 to 80 % ("七八折" is a price, read
    whole as "七五折" is)."""
    first, second = divmod(int(num.value), 10)
    tenth = w.tenth.match(folded, num.end)
    if second != first + 1 or not tenth or tenth["w"] in w.lex.paid_tenth_words:
        return []
    if tenth.end() != tenth.end("w"):
        return []  # "七八成半": no reading of its own
    upper = Numeral(num.end - 1, num.end, Decimal(second * 10), han=True)
    high = _make("percent", text, upper.start, tenth.end(), upper, unit="%")
    return _either_ends(text, num, high, Decimal(first * 10))


def _only_places(w: _Words, folded: str, num: Numeral) -> bool:
    written = folded[num.start : num.end].replace(" ", "")
    return all(ch in w.lex.scales for ch in written)


def _notation(folded: str, num: Numeral) -> bool:
    if num.han and not folded[num.start : num.end].isascii():
        return (
            bool(_NOTATION_AFTER.match(folded, num.end)) and "乗" in folded[num.end : num.end + 16]
        )
    before = _NOTATION_BEFORE.search(folded, max(0, num.start - 3), num.start)
    return bool(_NOTATION_AFTER.match(folded, num.end) or before and "の" not in before.group())


def unit_after(code: str, folded: str, at: int) -> bool:
    """True when a currency, counter, percent word or place word follows ``at``: what makes
    a number after it an amount rather than a year."""
    w = words(code)
    readers = (w.currency_after, w.counter, w.percent, w.point, w.tenth)
    rest = folded[at : at + 2].lstrip(" ")
    return any(r.match(folded, at) for r in readers) or rest[:1] in w.lex.scales


def _in_idiom(num: Numeral, idioms: list[tuple[int, int]]) -> bool:
    """ "千万不要", "一波三折": a numeral an idiom starts at or before is part of the idiom."""
    return any(s <= num.start < e for s, e in idioms)


def _make(kind: str, text: str, start: int, end: int, num: Numeral, **fields) -> Figure:
    return Figure(kind, start, end, text[start:end], num.value, scale=num.scale, **fields)


#: The numerals everyday copy writes; the others (壹, 陆, 拾, 参 ...) are the forms cheques
#: and contracts write in full ("壹佰元"), and alone are characters of other words.
_EVERYDAY = frozenset([*_han.DIGITS, *_han.SCALES, "两", "兩", "俩", "倆", "亿"])


def _on_a_cheque(w: _Words, folded: str, at: int) -> bool:
    """A currency or a dozen after a numeral: "壹元", "壹打" are a cheque's or an invoice's."""
    counter = w.counter.match(folded, at)
    return bool(w.currency_after.match(folded, at)) or bool(
        counter and w.lex.counters[counter["w"]] == "dozen"
    )


def _figure(w: _Words, code: str, text: str, folded: str, num: Numeral, claimed: int):
    """The figure a numeral makes with the words right after (or before) it, if any."""
    at = num.end
    time = w.time_after.match(folded, at)
    if time and num.value <= (24 if time["h"] else 60):
        return None  # "9时7分", "8点": a time of day
    if folded[num.start - 1 : num.start] == "第" or folded[at : at + 1] in ("番", "号", "號"):
        return None  # "第一位", "1番滑走路", "7号线": ordinals and labels
    if w.ordinal.match(folded, at):
        return None  # "3位", "2回目": a rank or a turn
    if folded[max(0, num.start - 8) : num.start].rstrip(" ").endswith(w.lex.scale_names):
        return None  # "震度6強": a level of a scale, no count (and 強 no "more than")
    if _a_decade_of_life(w, folded, num):
        return None  # "30代の男性", "90后": an age or a generation, as "in his 30s"
    if folded[at : at + 1] in w.lex.order_words and _only_places(w, folded, num):
        return None  # "千亿级": of the hundred-billion class, an order of magnitude
    if num.single and folded[num.start] not in _EVERYDAY and not _on_a_cheque(w, folded, at):
        return None  # "登陆", "拾起", "参加": a cheque's numeral alone is a word's character
    fig = _percent(w, code, text, folded, num) or _money_before(w, text, folded, num, claimed)
    fig = fig or _money_after(w, code, text, folded, num)
    if fig is not None:
        return fig
    counter = w.counter.match(folded, at)
    if counter and counter["w"] in w.lex.versus_words and _DIGIT_AFTER.match(folded, counter.end()):
        counter = None  # "3対1": a score, three to one
    if counter:
        return _counted(w, code, text, folded, num, counter)
    if num.single and not _standalone(folded, num) and not _in_a_range(w, folded, num):
        return None  # "五台山", "四川": a digit inside a word
    if not num.han and _MODEL.search(folded, max(0, num.start - 2), num.end + 2):
        return None  # "737-800": a model number
    if folded[at : at + 1] in _DAY and (
        lasting_before(code, folded, num.start)
        or any(folded.startswith(word, at + 1) for word in w.lex.span_after)
    ):
        return _quantity(text, num, at + 1, folded[at], "day")  # "持续12日", "3日ぶり": days
    if _calendar_after(w, folded, at):
        return None  # the date finder reads "2016年", "8月", "24日"
    return _make("number", text, num.start, num.end, num)


def _a_decade_of_life(w: _Words, folded: str, num: Numeral) -> bool:
    """ "30代", "八十代", "00后", "95后": a round number under a hundred, written in two
    characters, right before a decade mark."""
    written = folded[num.start : num.end]
    return (
        any(folded.startswith(mark, num.end) for mark in w.lex.decade_marks)
        and len(written) == 2
        and num.value % 5 == 0
        and 0 <= num.value < 100
    )


#: A Han digit alone is a number only as a word of its own: "答案是五。", "三は奇数".
_ALONE_BEFORE = re.compile(r"(?:^|[\s,.;:!?()\"'“”「」『』、。是为為はと])$")
_ALONE_AFTER = re.compile(r" *(?:$|[\s,.;:!?()\"'“”「」『』、。不而却卻那这這]|は|と|で|です)")


#: A Han digit that opens a line, a sentence or a clause after a colon before a list mark
#: labels an item ("一、目的", "原因有二：一，成本高；二，需求弱"), as "(a)" does; so does one
#: before 不 ("一不怕苦": first, ... ).
_LABEL_BEFORE = re.compile(r"(?:^|[\n。;:])[ \t]*$")
_LABEL_AFTER = re.compile(r" *[、.),]|不")


def _standalone(folded: str, num: Numeral) -> bool:
    """ "答えは四です", "「一」": a Han digit standing as a word of its own, not a list label."""
    before = folded[max(0, num.start - 1) : num.start]
    if not (_ALONE_BEFORE.search(before) and _ALONE_AFTER.match(folded, num.end)):
        return False
    label = _LABEL_BEFORE.search(folded, max(0, num.start - 4), num.start)
    return not (label and _LABEL_AFTER.match(folded, num.end))


#: The calendar word for a day, which counts days after a word of lasting.
_DAY = {"日"}


def _calendar_after(w: _Words, folded: str, at: int) -> bool:
    rest = folded[at : at + 3].lstrip(" ")
    return any(rest.startswith(word) for word in w.lex.calendar_words)


def _percent(w: _Words, code, text, folded, num):
    """ "40%", "40パーセント", "3个百分点", "四成", "八折": a share or a change in points."""
    at = num.end
    basis = w.basis.match(folded, at)
    if basis:  # "25个基点": basis points, as the English finder records them
        return _make("percent", text, num.start, basis.end(), num, unit="bp")
    sign = w.percent.match(folded, at)
    point = w.point.match(folded, at)
    if sign and not (point and point.end() > sign.end()):  # "0.25%ポイント" is in points
        return _make("percent", text, num.start, sign.end(), num, unit="%")
    if point and not _INDEX_BEFORE.search(folded, max(0, num.start - 60), num.start):
        return _make("percent", text, num.start, point.end(), num, unit="pp")
    changed = w.tenth_verb.match(folded, at)
    if changed and 0 < num.value <= 10:  # "2割引き上げる": raised by 20 %
        fig = _make("percent", text, num.start, changed.end(), num, unit="%")
        return replace(fig, value=num.value * 10)
    discount = w.discount.match(folded, at)
    if discount and 0 < num.value <= 10:  # "2割引": 20 % off, as "20% off" reads in English
        fig = _make("percent", text, num.start, discount.end(), num, unit="%")
        return price_cut(fig, num.value * 10)
    tenth = w.tenth.match(folded, at)
    if tenth and not _DIGIT_BEFORE.search(folded, max(0, num.start - 2), num.start):
        # "四成" 40 %, "三成半" 35 %, "七成六" 76 %; a price "八折" paid 80 %, "75折" 75 %
        value = num.value * 10 if num.value <= 10 else num.value
        value += 5 if tenth["half"] else int(w.lex.numbers.get(tenth["digit"] or "", 0))
        parts = tenth.groupdict()
        value += _digit(w, parts.get("bu")) + _digit(w, parts.get("rin")) / 10
        paid = tenth["w"] in w.lex.paid_tenth_words
        if 0 < value <= 100 and (num.value <= 10 or paid and not tenth["digit"]):
            fig = _make("percent", text, num.start, tenth.end(), num, unit="%")
            return price_cut(fig, 100 - value) if paid else replace(fig, value=value)
    return None


def price_cut(fig: Figure, off: Decimal) -> Figure:
    """A price cut as the share taken off the price ("2割引", "八折": 20 % off, as "20% off"
    reads in any language), with the share paid beside it (extra ``share_paid``: 80)."""
    return replace(fig, value=off, extra=(*fig.extra, ("share_paid", 100 - off)))


def _digit(w: _Words, written: str | None) -> Decimal:
    """One digit, written as a digit or a Han numeral (0 when there is none)."""
    if not written:
        return Decimal(0)
    return Decimal(written) if written.isdigit() else Decimal(w.lex.numbers.get(written, 0))


def _money_after(w: _Words, code, text, folded, num):
    """ "300万元人民币", "42万美元", "1,280円", "¥300": the currency after or a sign before."""
    start = num.start
    sign = _SIGN.search(folded, max(0, start - 5), start)
    if sign and sign.group(0).strip() == "\\" and code != "ja":
        sign = None  # the backslash is the yen sign only in Japanese text (its old code page)
    currency = w.currency_after.match(folded, num.end)
    filler = w.filler.match(folded, num.end)
    if not currency and filler and num.value != 1:  # "20个比特币"; "一个美元账户" is "a"
        currency = w.currency_after.match(folded, filler.end())
        if currency and len(currency["w"]) < 2:
            currency = None  # "3个元素": 元 alone starts too many words
    if not currency and not sign:
        return None
    readings: tuple[str, ...] = ()
    if currency:
        unit, readings = _whose(text, num.start, currency.end(), w.lex.currencies[currency["w"]])
        end = currency.end()
    else:
        end = num.end
    if sign:
        start = sign.start()
        symbol = sign.group(0).strip().upper()
        yen = symbol in ("¥", "￥", "\\")
        sign_unit = _YEN_SIGN[code] if yen else CURRENCY_SYMBOLS.get(symbol, "USD")
        unit, readings = (unit, readings) if currency else (sign_unit, ())
    fig = _make("money", text, start, end, num, unit=unit, ambiguous=readings)
    return _with_subunits(w, text, folded, fig)


def _whose(text: str, start: int, end: int, unit: str) -> tuple[str, tuple[str, ...]]:
    """The currency of a name several countries use ("比索", "ペソ"): the one whose places the
    text names (figcheck.extractors.places.resolve_by_place), else the first, with every
    reading; (the currency, ()) for any other name."""
    if "|" not in unit:
        return unit, ()
    from figcheck.extractors.places import resolve_by_place

    return resolve_by_place(text, start, end, unit)


def _with_subunits(w: _Words, text: str, folded: str, fig: Figure) -> Figure:
    """ "50元6角3分", "2222円13銭", "2ドル3セント": minor units added to the amount."""
    value, end = fig.value, fig.end
    while True:
        minor = w.subunit.match(folded, end)
        if not minor or w.lex.subunits[minor["w"]][0] != fig.unit:
            break
        n = int(minor["n"]) if minor["n"].isdigit() else _whole(w, minor["n"])
        if n is None:
            break
        value += Decimal(n * w.lex.subunits[minor["w"]][1]) / 100
        end = minor.end()
    if end == fig.end:
        end, value = _spoken_cents(w, folded, fig)
    if end == fig.end:
        return fig
    return replace(fig, end=end, text=text[fig.start : end], value=value)


#: "と30" after an amount, ending its clause: the hundredths said without their word.
_SPOKEN_CENTS = re.compile(r" *(?:と|又) *(?P<n>[0-9]{1,2})(?![0-9.,])")
_CLAUSE_END = re.compile(r" *(?:[。、,.;!?]|$)", re.M)


def _spoken_cents(w: _Words, folded: str, fig: Figure) -> tuple[int, Decimal]:
    """(end, value) of "100ユーロと30です": a whole amount in a currency of hundredths and a
    number of one or two digits that ends the clause are one amount (100.30 euros), as
    "100 euros and 30" reads in English; else the amount as it was."""
    from figcheck.extractors.tables import DECIMAL_CURRENCIES

    cents = _SPOKEN_CENTS.match(folded, fig.end)
    if cents is None or fig.unit not in DECIMAL_CURRENCIES or fig.scale:
        return fig.end, fig.value
    if fig.value != fig.value.to_integral_value():
        return fig.end, fig.value
    after = cents.end()
    ends = _CLAUSE_END.match(folded, after) or any(
        folded.startswith(word, after)
        for word in w.lex.function_words  # "です", not a particle ("と30の"), "から", "まで"
        if len(word) > 1 and word not in w.lex.period_words
    )
    if not ends:
        return fig.end, fig.value
    return after, fig.value + Decimal(cents["n"]) / 100


def _whole(w: _Words, written: str) -> int | None:
    found = numerals(w.lex.code, written, 0, len(written))
    return int(found[0].value) if len(found) == 1 and found[0].end == len(written) else None


#: The bare unit words of the renminbi and of the dollars written with the same character.
YUAN = ("元", "圆", "圓")


def _money_before(w: _Words, text, folded, num, claimed: int):
    """ "人民币300万元", "约合人民币31亿元": a currency name before the number (one character,
    元 or 円, is too often the end of an earlier amount: "5万元3月")."""
    before = w.currency_before.search(folded, max(claimed, num.start - 8), num.start)
    if not before or len(before.group("w") or "") < 2:
        return None
    unit, readings = _whose(text, before.start(), num.end, w.lex.currencies[before.group("w")])
    end = num.end
    tail = w.currency_after.match(folded, end)
    yuan = tail and tail.group("w") in YUAN and before.group("w") in w.lex.local_yuan
    if tail and (w.lex.currencies[tail.group("w")] == unit or yuan):
        end = tail.end()  # 人民币 8千元, 新臺幣500億元
    return _make("money", text, before.start(), end, num, unit=unit, ambiguous=readings)


def _counted(w: _Words, code, text, folded, num, counter):
    """A count ("179人", "5家企业") or, after a unit or a span of time, a plain number."""
    word = counter.group("w")
    meaning = w.lex.counters[word]
    half = _and_a_half(w, folded, counter)
    if half is not None:  # "1年半", "两个半小时": a unit and a half
        unit, end = half
        num = replace(num, value=num.value + Decimal("0.5"))
        return _quantity(text, num, end, unit, w.lex.units[unit])
    if meaning == "dozen":
        fig = _make("number", text, num.start, counter.end(), num)
        return replace(fig, value=num.value * 12)
    if meaning == "times":  # "三倍", "1.5倍"; not "一倍" ("增加一倍" doubles)
        return (
            None
            if num.value == 1
            else _make("ratio", text, num.start, counter.end(), num, unit="times")
        )
    if meaning == "measure":
        if word in ("年",) and 1000 <= num.value <= 2100:
            return None  # a year: the date finder's
        if word in ("年",) and num.value >= 100 and not lasting_before(code, folded, num.start):
            return None  # "789年", "公元前221年": a year long ago; "持续了300年" is a span
        if num.single and num.value == 1:
            return None
        scale = _degree_scale(w, folded, num) if word == "度" else None
        if scale is not None:  # "摄氏40度": 40 °C, its scale named before it
            start, expression = scale
            fig = _quantity(text, num, counter.end(), word, expression)
            return replace(fig, start=start, text=text[start : counter.end()])
        if word in w.lex.units:
            # "3年", "2周": a date where the date finder reads one ("08年", "789年"), which
            # the longer span wins; else a span of time
            end = num.end if word in w.lex.calendar_words else counter.end()
            fig = _quantity(text, num, end, word, w.lex.units[word])
            return replace(fig, phrase_end=counter.end())
        return _make("number", text, num.start, num.end, num, phrase_end=counter.end())
    if num.single and num.value == 1 and meaning != "person":
        if w.lex.one_as_article or _HAN_AFTER.match(folded, counter.end()):
            return None  # 一个, 一家: an article; "一本化", "一匹狼": a word, not one thing
    noun, phrase_start, phrase_end = _noun(code, folded, num, counter, meaning)
    return _make(
        "count", text, num.start, num.end, num, noun=noun,
        phrase_start=phrase_start, phrase_end=phrase_end,
    )  # fmt: skip


def _degree_scale(w: _Words, folded: str, num: Numeral) -> tuple[int, str] | None:
    """(start, unit) of a scale named right before the degrees' number ("华氏104度",
    "零下" between them or not: "摄氏零下5度"), or None."""
    for word, unit in w.lex.degree_scales.items():
        for gap in ("", "零下"):
            start = num.start - len(gap) - len(word)
            if start >= 0 and folded[start : num.start] == word + gap:
                return start, unit
    return None


def _and_a_half(w: _Words, folded: str, counter) -> tuple[str, int] | None:
    """(unit, end) of a span and a half: a unit then 半 ("1年半", "2時間半"), or a counter,
    半 and the unit ("两个半小时", "三个半月": 个月 is the month); not "3月半ば" (mid-March)."""
    at = counter.end()
    if folded[at : at + 1] != "半" or folded[at + 1 : at + 2] in ("ば", "期"):
        return None
    word = counter.group("w")
    if word in w.lex.units:
        return word, at + 1
    if not any(unit.startswith(word) for unit in w.lex.units):
        return None  # "3家半年报": a counter that starts no unit is no span
    rest = folded[at + 1 : at + 6]
    for unit in sorted(w.lex.units, key=len, reverse=True):
        tail = unit[len(word) :] if unit.startswith(word) else unit
        if tail and rest.startswith(tail):
            return unit, at + 1 + len(tail)
    return None


def _quantity(text: str, num: Numeral, end: int, word: str, expression: str) -> Figure:
    """ "1.2万吨", "2800メートル", "12日間": a quantity as the English finder makes one, so
    that "12,000 tonnes" in another version compares with it."""
    from figcheck.extractors.unit_facts import UNIT_FACTS  # pint's facts: pint stays out

    name, dimensionality, factor, offset = UNIT_FACTS[expression]
    extra = (
        ("dimensionality", dimensionality),
        ("base_value", num.value * Decimal(factor) + Decimal(offset)),
        ("unit_text", word),
    )
    fig = _make("quantity", text, num.start, end, num, unit=name)
    return replace(fig, extra=extra)


#: The counted noun after "の" in Japanese ("175人の乗客").
_OF_NOUN = re.compile(r"の([\u4e00-\u9fff\u30a0-\u30ff]{1,6})")
#: A word right before a number: the counted noun in Japanese ("乗客181人").
_WORD_BEFORE = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{1,4}$")


@functools.cache
def _noun_stops(code: str) -> frozenset[str]:
    """Characters that end a counted noun: the language's one-character function words."""
    return frozenset(w for w in lexicon(code).function_words if len(w) == 1)


def _without_qualifier(code: str, word: str) -> str:
    """ "約" in "約1200人" is the count's qualifier, not its noun: the word without it."""
    for qualifier in lexicon(code).qualifiers:
        if word.endswith(qualifier):
            return word[: -len(qualifier)]
    return word


def _noun(code: str, folded: str, num: Numeral, counter, meaning: str):
    """(noun, phrase start, phrase end) of a count: the word after the counter (175名乘客),
    the word before the number in Japanese (乗客181人) or after its の (175人の乗客), or the
    counter itself (179人死亡)."""
    word = counter.group("w")
    if code == "ja" or word in ("人",):
        of = _OF_NOUN.match(folded, counter.end()) if code == "ja" else None
        if of:  # "3万5000人の乗客": the noun it says it counts, before any word in front
            return of.group(1), None, of.end()
        before = _WORD_BEFORE.search(folded, max(0, num.start - 4), num.start)
        noun = _without_qualifier(code, before.group(0)) if before else ""
        noun = noun.rstrip("".join(lexicon(code).numbers))  # "五六十人": 五 is the pair's
        if code == "ja" and noun and noun[-1] not in _noun_stops(code):
            return noun, before.start(), counter.end()
        return word, None, counter.end()
    after = _HAN_PHRASE.match(folded, counter.end())
    if after:
        phrase = after.group(0)
        stops = _noun_stops(code) - {_OF}
        cut = next((i for i, ch in enumerate(phrase) if ch in stops), len(phrase))
        # "1300个新的公共住房单元": the noun is the head after the last 的, not "新"
        head = phrase.rfind(_OF, 0, cut) + 1
        noun = phrase[head:cut][:4]
        if noun:
            return noun, None, counter.end() + head + len(noun)
    return ("人" if meaning == "person" else word), None, counter.end()


def _fraction(w: _Words, code: str, text: str, folded: str, num: Numeral, following):
    """ "三分之一" (1/3), "３分の２", "一百分之二" (2/100)."""
    mark = w.fraction.match(folded, num.end)
    if not mark or following is None or following.start != mark.end() or num.value == 0:
        return None
    start, end = num.start, following.end
    if _notation(folded, following):
        return None
    return Figure("number", start, end, text[start:end], following.value / num.value)


def _per_word(w: _Words, text: str, folded: str, num: Numeral, word: tuple[int, int]):
    """(numeral, percent figure) after "百分之" or "千分之" (``word``: where it starts, and the
    divisor): "百分之十几" is more than ten percent."""
    num = with_inner_qualifier(w, folded, num)
    fig = _make("percent", text, word[0], num.end, num, unit="%")
    return num, replace(fig, value=num.value / word[1])


def _of_two(w: _Words, code: str, text: str, folded: str, num: Numeral, following):
    """What a numeral makes with the next one: a fraction ("三分之一"), a share ("3人に1人")."""
    return _fraction(w, code, text, folded, num, following) or _one_in(
        w, text, folded, num, following
    )


def _one_in(w: _Words, text: str, folded: str, num: Numeral, following: Numeral | None):
    """ "3人に1人", "每五人中就有一人": the second count over the first is a share, as the
    English finder reads "one in three"."""
    first = w.counter.match(folded, num.end)
    if following is None or not first or not 0 < following.value < num.value:
        return None
    second = w.counter.match(folded, following.end)
    if not second or second["w"] != first["w"]:
        return None
    if not w.one_in.fullmatch(folded, first.end(), following.start):
        return None
    openers = w.lex.share_openers
    if openers and not folded[max(0, num.start - 2) : num.start].strip(" ").endswith(openers):
        return None  # "17个议会中有3个": three of seventeen, two counts
    end = second.end()
    return Figure(
        "ratio", num.start, end, text[num.start : end], following.value / num.value, "share"
    )


#: Denominators that make "a/b" a fraction rather than a date ("3/4", "12/3"; not "12/1").
_DENOMINATORS = {2, 3, 4, 5, 8, 10, 16, 100}
_SLASH = re.compile(r" *[/] *")
_WHOLE_GAP = re.compile(r" +")


def _slash_fraction(text: str, folded: str, num: Numeral, after: list[Numeral]):
    """ "３／５", "1 4/3": a fraction with a slash, and a whole number before it; (figure,
    numerals used after ``num``)."""
    if num.han or not after or not _SLASH.fullmatch(folded, num.end, after[0].start):
        return None
    top, bottom = num, after[0]
    if bottom.han or bottom.value not in _DENOMINATORS or _NOTATION_AFTER.match(folded, bottom.end):
        return None
    if bottom.value == 100 and not _SLASH.match(folded, bottom.end):  # "56.2/100": per cent
        end = bottom.end
        return Figure("percent", top.start, end, text[top.start : end], top.value, unit="%"), 1
    value, start, used = top.value / bottom.value, top.start, 1
    whole = folded[max(0, top.start - 6) : top.start]
    lead = re.search(r"(?<![0-9.,])([0-9]{1,3})(?: +| *(?:又|と|また) *)$", whole)
    if lead:  # "1 4/3" is one and four thirds
        value += int(lead.group(1))
        start = top.start - len(lead.group(0))
    return share(Figure("number", start, bottom.end, text[start : bottom.end], value)), used


def share(fraction: Figure) -> Figure:
    """A fraction of at most one is a share of a whole, as the English finder reads "a third
    of" ("三分之一", "3分の1", "1/3": ratio 0.333 of unit share, comparable with 33 %)."""
    if fraction.kind != "number" or not 0 < fraction.value <= 1:
        return fraction
    return replace(fraction, kind="ratio", unit="share")


_AFTER_A_WHOLE = re.compile(r"[0-9一二三四五六七八九十] *(?:又|と|また) *$")


def _percent_before(w: _Words, folded: str, start: int, nums: list[Numeral]):
    """Numerals after "百分之" (and the place word inside it, which is no number of its own):
    {index: (start of the percent word, divisor)}, and the indices to skip."""
    per: dict[int, tuple[int, int]] = {}
    skip: set[int] = set()
    for i, num in enumerate(nums):
        word = w.percent_before.search(folded, max(start, num.start - 12), num.start)
        if word and _AFTER_A_WHOLE.search(folded, max(start, word.start() - 4), word.start()):
            continue  # "3また千分の23": the fraction of a mixed number, 3.023
        if word:
            per[i] = (word.start(), w.lex.percent_before[word["w"].replace(" ", "")])
            j = i - 1
            while j >= 0 and nums[j].start >= word.start():
                skip.add(j)
                j -= 1
    return per, skip


def _mixed(text, folded, whole: Numeral | None, fraction: Figure, figures: list[Figure]):
    """ "三又三分之一", "１と２分の１": a whole number and a fraction make one number."""
    if (
        fraction.kind != "number"
        or whole is None
        or not _MIXED.fullmatch(folded, whole.end, fraction.start)
    ):
        return share(fraction)
    if figures and figures[-1].start == whole.start:
        figures.pop()
    value = whole.value + (fraction.value if whole.value >= 0 else -fraction.value)
    return Figure("number", whole.start, fraction.end, text[whole.start : fraction.end], value)


#: Words after a number that say "more than" and may stand before its counter: 300多人.
_INNER = ("多", "余", "餘", "几", "幾", "余り", "あまり", "有余", "数")


def with_inner_qualifier(w: _Words, folded: str, num: Numeral) -> Numeral:
    """ "300多人", "20余家": the numeral widened over its "more than" word; "百数十人",
    "1万数千人", "三千几百元": over "some" and the lower places after it too (a hundred and
    some tens: more than 100), and the larger places after those ("百数十億円")."""
    after = w.after.match(folded, num.end)
    if not (after and after.group("w") in _INNER):
        return _about_a_round_number(w, folded, num)
    num = replace(num, end=after.end(), more_than=True)
    places = _SOME_PLACES.match(folded, num.end)
    if after.group("w") not in w.lex.vague_before or places is None:
        return num
    small = sum(w.lex.scales.get(ch, 0) for ch in places["small"])
    big = sum(w.lex.scales.get(ch, 0) for ch in places["big"])
    if not all(ch in w.lex.scales for ch in places.group()) or 10**small >= num.value:
        return num
    scale = places["big"] or num.scale
    return replace(num, end=places.end(), value=num.value * 10**big, scale=scale)


def _about_a_round_number(w: _Words, folded: str, num: Numeral) -> Numeral:
    """ "十来个", "三十来岁", "千把块钱": a number ending in a place word, a word for "about"
    and a counter or a currency right after it."""
    word = next((a for a in w.lex.approx_after_places if folded.startswith(a, num.end)), None)
    if word is None or folded[num.end - 1 : num.end] not in w.lex.scales:
        return num
    at = num.end + len(word)
    if not (w.counter.match(folded, at) or w.currency_after.match(folded, at)):
        return num
    return replace(num, end=at, about=True, single=False)


#: The places after "some" in "百数十億" (ten, and then a hundred million).
_SOME_PLACES = re.compile(r"(?P<small>[十百千])(?P<big>[万萬亿億兆]*)")


def _qualified(w: _Words, text: str, folded: str, fig: Figure, num: Numeral) -> Figure:
    """The qualifier before ("约", "超过", "約") or after ("以上", "左右", "程度") a figure."""
    meaning = "lower" if num.more_than else "approx" if num.about else None
    phrase_start, phrase_end = fig.phrase_start, fig.phrase_end
    before = w.before.search(folded, max(0, fig.start - 6), fig.start)
    if before and meaning is None:
        meaning = w.lex.qualifiers[before.group("w")]
        phrase_start = before.start()
    end = max(fig.end, phrase_end or fig.end)
    after = w.after.match(folded, end)
    if after and (after.group("w") not in _INNER or end > num.end):  # "100人余り"
        meaning = meaning or w.lex.qualifiers_after[after.group("w")]
        phrase_end = after.end()
    if meaning is None:
        return fig
    return replace(
        fig, qualifier=QUALIFIER_WORDS[meaning], phrase_start=phrase_start, phrase_end=phrase_end
    )


def _ranges(w: _Words, folded: str, figures: list[Figure]) -> list[Figure]:
    """ "300万至500万元", "20~30%", "5から20パーセント": the low end takes the high end's unit;
    "40亿或50亿美元": so does the first of two amounts joined by "or", without a range."""
    out = list(figures)
    for i in range(len(out) - 1):
        # "40億(210億港元)至50億澳元": a bracketed conversion may stand after the low end.
        j = next(
            (
                j
                for j in (i + 1, i + 2)
                if j < len(out) and w.range_gap.fullmatch(folded, out[i].end, out[j].start)
            ),
            None,
        )
        either = j is None and bool(w.or_gap.fullmatch(folded, out[i].end, out[i + 1].start))
        j = i + 1 if either else j
        if j is None or out[i].range_part or out[j].range_part:
            continue
        low, high = out[i], out[j]
        if low.kind != "number" and (either or (low.kind, low.unit) != (high.kind, high.unit)):
            continue
        if high.kind not in ("money", "percent", "count", "number", "quantity") and not (
            high.kind == "ratio" and high.unit == "times"  # "2～3倍"
        ):
            continue
        value, scale = low.value, low.scale
        if low.kind == "number" and value <= 10 and _in_tenths(w, folded, high):
            value *= 10  # "3～5割", "七到八折": tenths at both ends
        factor = _scale_factor(w, high.scale)
        if not scale and factor > 1 and value * factor <= high.value:
            value, scale = value * factor, high.scale  # "3至5万元": 30,000 to 50,000
        paid = dict(high.extra).get("share_paid")
        if paid is not None and value == low.value * 10:  # "2～3割引", "七到八折": price cuts
            if any(t in folded[high.start : high.end] for t in w.lex.paid_tenth_words):
                value, ordered = 100 - value, value < paid  # the shares paid were written
            else:
                ordered = value < high.value
            if not (either or ordered):
                continue
            part = None if either else "low"
            out[i] = price_cut(_with_unit_of(high, low, value, scale, part), value)
            out[j] = high if either else replace(high, range_part="high")
            continue
        if not (either or value < high.value):
            continue
        out[i] = _with_unit_of(high, low, value, scale, None if either else "low")
        out[j] = high if either else replace(high, range_part="high")
    return out


def _with_unit_of(high: Figure, low: Figure, value: Decimal, scale, part) -> Figure:
    """``low`` as an amount in the unit of ``high`` (a quantity's value in base units too)."""
    extra = low.extra
    if high.kind == "quantity":
        facts = dict(high.extra)
        per_unit = Decimal(facts["base_value"]) / high.value if high.value else Decimal(0)
        extra = tuple((k, value * per_unit if k == "base_value" else v) for k, v in high.extra)
    return replace(
        low, kind=high.kind, unit=high.unit, noun=high.noun, value=value, scale=scale,
        range_part=part, extra=extra,
    )  # fmt: skip


def _in_tenths(w: _Words, folded: str, fig: Figure) -> bool:
    """A percentage written in tenths ("5割", "八折"), whose range's low end is tenths too."""
    return fig.kind == "percent" and any(
        t in folded[fig.start : fig.end] for t in w.lex.tenth_words
    )


def _in_a_range(w: _Words, folded: str, num: Numeral) -> bool:
    """ "三至五成", "二～三倍", "一から三まで": a Han digit alone at one end of a range whose
    other end is a numeral too."""

    def numeral(ch: str) -> bool:
        return bool(ch) and (ch.isdigit() or ch in w.lex.numbers or ch in w.lex.scales)

    gap = w.range_gap.match(folded, num.end)
    if gap and numeral(folded[gap.end() : gap.end() + 1]):
        return True
    for at in range(max(0, num.start - 8), num.start):
        if numeral(folded[at - 1 : at]) and w.range_gap.fullmatch(folded, at, num.start):
            return True
    return False


def _scale_factor(w: _Words, scale: str | None) -> Decimal:
    if not scale:
        return Decimal(1)
    return Decimal(10) ** sum(w.lex.scales.get(ch, 0) for ch in scale)
