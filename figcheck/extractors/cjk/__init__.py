"""Figures in Chinese and Japanese text: money, percentages, counts, numbers, dates, periods.

Only lines that hold Han characters or kana are read, so English copy gives exactly the
figures it gave before; each line is read as Chinese or Japanese by its script. The
figures are the records the English finders make, with offsets into the original text
(full-width digits and signs are folded one character for one).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator

from figcheck.extractors.cjk import script
from figcheck.figures import Figure
from figcheck.lang import lexicon
from figcheck.text import alternation


def find(
    text: str, published: dt.date | None = None, language: str | None = None
) -> Iterator[Figure]:
    """Every figure in the Chinese and Japanese lines of ``text``; in a text read as Chinese
    or Japanese (``language``), every such line is read in that language."""
    if not script.has_cjk(text):
        return
    # Imported here: an English-only run never compiles the Chinese and Japanese patterns.
    from figcheck.extractors.cjk import amounts, dates, streaks

    locals_, folds = {}, {}
    for start, end, code in script.lines(text, language):
        if code not in locals_:  # once per language: the article names its currencies once
            locals_[code], folds[code] = _local_yuan(code, text), script.fold(text, code)
        local, folded = locals_[code], folds[code]
        for fig in amounts.find(code, text, folded, start, end):
            yield _in_local_yuan(fig, local) if local else fig
        yield from dates.find(code, text, folded, start, end, published)
        yield from streaks.find(code, text, start, end)


def _local_yuan(code: str, text: str) -> tuple[str, str] | None:
    """(currency, the word naming it) that a bare 元 means in ``text``: the one local yuan it
    names, when it names no other and not the renminbi (人民币) either."""
    lex = lexicon(code)
    if not lex.local_yuan:
        return None
    # the longest word found names each currency ("新臺幣", not the "臺幣" inside it)
    named = {lex.local_yuan[w]: w for w in sorted(lex.local_yuan, key=len) if w in text}
    renminbi = any(w in text for w, c in lex.currencies.items() if c == "CNY" and len(w) > 1)
    if len(named) != 1 or renminbi:
        return None
    return next(iter(named.items()))


def _in_local_yuan(fig: Figure, local: tuple[str, str]) -> Figure:
    """A bare 元 amount ("12.54元") in the article's local yuan, saying how it was decided."""
    from figcheck.extractors.cjk import amounts

    if fig.kind != "money" or fig.unit != "CNY" or not fig.text.rstrip().endswith(amounts.YUAN):
        return fig
    if any(sign in fig.text for sign in "¥￥"):
        return fig
    code, word = local
    extra = (*fig.extra, ("currency_from", "article"), ("currency_evidence", word))
    return fig.with_changes(unit=code, extra=extra)


def outside_cjk_lines(text: str, matches: list, language: str) -> list:
    """The number matches that stand outside the lines this finder reads: another language's
    reader would read them a second time, and worse ("万" alone, "四百二十三　〇〇〇〇" as
    4023, the "800" of a model "737-800"). In a Chinese or Japanese document that is every
    line with Han or kana; in another, the lines mostly written in them (a quote), so that
    an English line holding one full-width bracket stays the English reader's."""
    if not script.has_cjk(text):
        return matches
    starts, ends = [], []
    for start, end, _ in script.lines(text):
        if language in ("zh", "ja") or script.mostly_cjk(text, start, end):
            starts.append(start)
            ends.append(end)

    def on_a_cjk_line(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < ends[i]

    return [m for m in matches if not on_a_cjk_line(m.start())]


@functools.cache
def _left_alone() -> tuple[re.Pattern, re.Pattern]:
    """(what after digits, what before them) makes them no figure in Chinese or Japanese."""
    ranks = "".join(
        f"|{mark}"
        for code in ("zh", "ja")
        for mark in (*lexicon(code).ordinal_marks, *lexicon(code).decade_marks)
    )
    after = re.compile(
        r" *(?:[時时](?![間间])|[点點](?! *[0-9])|分(?![之の钟鐘間间])|秒|番|[号號]|-[0-9]"
        rf"{ranks})"
    )
    before = re.compile(r"(?:第|[時时点點] *|[0-9]-)$")
    return after, before


def left_on_purpose(text: str, start: int, end: int) -> bool:
    """Digits the Chinese and Japanese finder leaves unread on purpose: a time of day ("9時3分",
    "8点"), a label ("1番滑走路", "7号线"), an ordinal ("第3", "3位"), a model ("737-800"), a
    decade of life ("30代", "80后")."""
    if not script.has_cjk(text[max(0, start - 3) : end + 3]):
        return False
    after, before = _left_alone()
    folded = script.fold(text[max(0, start - 3) : end + 4])
    at, stop = min(start, 3), min(start, 3) + end - start
    return bool(after.match(folded, stop) or before.search(folded, 0, at))


@functools.cache
def _conversion_gap(code: str) -> re.Pattern:
    """What may stand between an amount and its stated conversion: a bracket or a comma, and a
    word such as 约合 / 折合 / 約 ("300万元人民币（约合42万美元）", "1000億円（約7億ドル）"), or an
    equals sign (a rate: "1ドル＝158円")."""
    words = alternation(lexicon(code).conversion_words, empty="")
    rate = alternation(lexicon(code).rate_words, empty="")
    # a short noun the amount is of may stand before the bracket ("3222億円の黒字（約28億ドル）")
    possessive = lexicon(code).possessive
    noun = rf"(?:{possessive}[一-龥ぁ-んァ-ヶー]{{1,4}})?" if possessive else ""
    return re.compile(
        rf" *(?:{noun} *[(（] *(?:{words})?|[,，、] *(?:{words})|={'|' + rate if rate else ''}) *"
    )


def link(figures: list[Figure], text: str) -> list[Figure]:
    """Ranges whose ends a bracket keeps apart, and conversions stated in CJK brackets."""
    if not script.has_cjk(text):
        return figures
    figures = list(figures)
    folded = script.fold(text)
    gaps = {code: _conversion_gap(code) for code in ("zh", "ja")}
    money = [i for i, f in enumerate(figures) if f.kind == "money"]
    for n, i in enumerate(money):
        low = figures[i]
        if low.range_part == "low" and low.range_with is None:
            j = next((j for j in money[n + 1 :] if figures[j].range_part == "high"), None)
            if j is not None and figures[j].unit == low.unit and figures[j].range_with is None:
                figures[i] = low.with_changes(range_with=j)
                figures[j] = figures[j].with_changes(range_with=i)
    units = _units(figures, money)
    for (a_first, a_last), (c_first, c_last) in zip(units, units[1:], strict=False):
        source, stated = figures[a_first], figures[c_first]
        if stated.conversion_of is not None or source.unit == stated.unit:
            continue
        if any(gap.fullmatch(folded, figures[a_last].end, stated.start) for gap in gaps.values()):
            figures[c_first] = stated.with_changes(conversion_of=a_first)
            if a_first != a_last and c_first != c_last:
                figures[c_last] = figures[c_last].with_changes(conversion_of=a_last)
    return figures


def _units(figures: list[Figure], money: list[int]) -> list[tuple[int, int]]:
    """Amounts as (first, last) indices: a range's two ends side by side make one unit."""
    units: list[tuple[int, int]] = []
    for i in money:
        fig = figures[i]
        if fig.range_part == "high" and units and units[-1][0] == fig.range_with:
            units[-1] = (units[-1][0], i)
        else:
            units.append((i, i))
    return units
