"""Dates and periods in Chinese and Japanese, resolved to ISO (first, last) day pairs.

"2023年8月24日", "8月24日(木)", "2023年8月", "令和5年" (2023), "民國112年" (2023),
"2016年至2019年", "2016年から2019年まで", "去年5月", "上周三", "三年前", "近三年",
"90年代", "第一季度". The conventions are the English finder's: a month or day without
a year is the latest one not after publication, a weekday the latest on or before it,
and words that count from publication keep ``value=None`` when it is unknown.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from figcheck.extractors.cjk.numerals import lasting_before, numerals
from figcheck.extractors.dates.days import (
    OFF_CALENDAR,
    add_months,
    counted_year,
    day_after,
    day_before,
    month_span,
    shift,
)
from figcheck.figures import Figure
from figcheck.lang import Lexicon, lexicon
from figcheck.text import alternation as _alt

_NUM = r"[0-9]{1,4}|[〇零一二三四五六七八九十两兩廿卅]{1,6}"
#: How many years, months or days: never a four-digit year ("2016年以来" is since 2016).
_COUNT = r"[0-9]{1,3}(?![0-9])|[一二三四五六七八九十两兩几幾数數]{1,4}"
#: A year in digits, in Han digits one by one ("二〇一八") or place by place ("二千十八",
#: "一千九百九十九"); a round "二千年" is far more often two thousand years.
_YEAR = (
    r"[0-9]{4}|[〇零一二三四五六七八九]{4}"
    r"|(?:一千九百|二千)[〇零一二三四五六七八九十百]{0,3}[一二三四五六七八九十]"
)
_YEAR2 = r"0[0-9]|[〇零][〇零一二三四五六七八九]"
#: What after a day word makes it another word: "日本" (Japan), "日元" (yen), "7号线" (line
#: 7), "3日間" (3 days).
_NOT_A_DAY = "[本元圆圓間间均线線楼樓机機房院码碼馆館]"
_DIGIT_BEFORE = re.compile(r"[0-9〇零一二三四五六七八九十第]$")
_HAN_BEFORE = re.compile(r"[\u3400-\u9fff]$")
_SPANS = {"年": "year", "个月": "month", "個月": "month", "か月": "month", "カ月": "month",
          "ヶ月": "month", "ヵ月": "month", "周": "week", "週間": "week", "週": "week",
          "星期": "week", "天": "day", "日": "day"}  # fmt: skip
_PAST = ("过去", "過去", "近", "最近", "这", "這", "ここ", "この", "前の")
_FUTURE = ("今後", "未来", "未來", "向こう", "次の")
#: "前1周", "下1年": one-character words, read only where no word ends right before them
#: ("创下14年来" is "set a 14-year record", "今年前3个月" the year's first three months).
_SHORT = ("前", "上", "下")


@dataclass(frozen=True)
class _Hit:
    """A date as read: its calendar parts (for ranges to lend each other), then its interval."""

    start: int
    end: int
    first: dt.date | None = None
    last: dt.date | None = None
    precision: str = "day"
    kind: str = "date"
    relative: bool = False
    open_start: bool = False
    open_end: bool = False
    #: Year, month and day as written (None where not), for "1月10日到12日".
    parts: tuple[int | None, int | None, int | None] | None = None
    #: A period closed by a word of deadline ("到2030年", "2030年までに": by 2030).
    deadline: bool = False


@dataclass(frozen=True)
class _Patterns:
    lex: Lexicon
    calendar: re.Pattern
    weekday: re.Pattern
    relative: re.Pattern
    shifted: re.Pattern
    span: re.Pattern
    decade: re.Pattern
    quarter: re.Pattern
    fiscal_end: re.Pattern
    lunar: re.Pattern
    named: re.Pattern
    to_date: re.Pattern
    bare_year: re.Pattern
    bracket_day: re.Pattern
    idioms: re.Pattern
    join: re.Pattern
    open_before: re.Pattern
    open_after: re.Pattern


def _relative_words(lex: Lexicon, unit: str) -> str:
    return _alt(w for w, (u, _) in lex.relative.items() if u == unit)


def _calendar_pattern(lex: Lexicon) -> re.Pattern:
    """Year (Gregorian, era or relative), month and day, each optional, and a weekday after."""
    names = _alt(w for w in lex.weekdays if len(w) > 1)
    signs = _alt(w for w in lex.weekdays if len(w) == 1)
    year_part = (
        rf"(?:(?P<era>{_alt(lex.eras)}) *(?P<ey>元|{_NUM}) *年"
        # (not the "00年" of "100年": a year starts its number)
        rf"|(?<![0-9〇零一二三四五六七八九十百千])(?P<y>{_YEAR}|{_YEAR2}(?= *年)) *年"
        rf"|(?P<ry>{_relative_words(lex, 'year')})(?:の|的)?)"
    )
    month_part = rf"(?:(?P<m>{_NUM}) *月(?:份)?|(?P<rm>{_relative_words(lex, 'month')})(?:の|的)?)"
    # the language's day words: 日, and 号 in Chinese ("7号"); in Japanese "7号" is a number
    # that names ("台風7号"), no day
    days = _alt(w for w, unit in lex.calendar_words.items() if unit == "day")
    day_part = rf"(?P<d>{_NUM}) *(?:{days})(?!{_NOT_A_DAY})"
    weekday_after = (
        rf"(?: *[(（] *(?:(?P<ws>{signs}|[一二三四五六日天])|(?P<wb>{names})) *[)）]"
        rf"| *[,，、]? *(?P<wn>{names}))?"
    )
    # Every part is optional: a date starts at a digit, an era or a relative word, and
    # checking that first spares the engine an empty match at every other character.
    digits = "0-9〇零一二三四五六七八九十两兩廿卅"
    start = rf"(?=[{digits}]|{_alt(lex.eras)}|{_alt(lex.relative)})"
    return re.compile(
        rf"{start}(?:{year_part} *)?(?:{month_part} *)?(?:{day_part})?{weekday_after}"
    )


@functools.cache
def patterns(code: str) -> _Patterns:
    lex = lexicon(code)
    rel_week = _relative_words(lex, "week")
    names = _alt(w for w in lex.weekdays if len(w) > 1)
    units = _alt(_SPANS)
    return _Patterns(
        lex,
        calendar=_calendar_pattern(lex),
        weekday=re.compile(
            rf"(?P<rw>{rel_week})(?:の|的)? *"
            r"(?P<wd>[一二三四五六日天])(?![天个個次年月日名人家位曜])"
            rf"|(?:(?P<rw2>{rel_week})(?:の|的)? *)?(?P<wn>{names})"
        ),
        relative=re.compile(_alt(lex.relative)),
        shifted=re.compile(
            rf"(?<![0-9])(?P<n>{_COUNT}) *(?P<u>{units}) *(?P<dir>{_alt(lex.shift_words)})"
        ),
        span=re.compile(
            rf"(?:(?P<w>{_alt(_PAST + _FUTURE)}|(?<![\u3400-\u9fff])[{''.join(_SHORT)}])(?:の)? *"
            rf"(?P<n>{_COUNT}) *(?P<u>{units})(?:間|间|来|來|以来)?"
            rf"|(?<![0-9])(?P<n2>{_COUNT}) *(?P<u2>{units})(?:来|來|以来))"
        ),
        decade=re.compile(
            r"(?:(?P<c>[0-9]{2}|十九|二十|上|本|前|今) *世[纪紀](?:的|の)? *)?"
            rf"(?P<d>{_YEAR}|[0-9]{{2}}|[一二三四五六七八九]十) *年代"
        ),
        quarter=_quarter_pattern(lex),
        fiscal_end=_fiscal_end_pattern(lex),
        lunar=_lunar(lex),
        to_date=re.compile(
            _alt(w for w, meaning in lex.period_words.items() if meaning == "year-to-date")
        ),
        named=re.compile(_alt(lex.named_periods)),
        bare_year=re.compile(r"(?<![0-9.,])(?:19[0-9]{2}|20[0-9]{2}|2100)(?![0-9.,%])"),
        # "昨（15）日": Taiwanese copy names the day and its date at once
        idioms=re.compile(_alt(lex.idioms)),
        bracket_day=re.compile(r"[昨今前明](?:天|晚|夜)? *[(（] *(?P<d>[0-9]{1,2}) *[)）] *日"),
        join=re.compile(rf" *(?:{_alt(lex.range_words)}) *"),
        open_before=re.compile(rf"(?P<w>{_period_words(lex, 'from', 'until', 'to', 'reach')}) *$"),
        open_after=re.compile(
            rf" *(?P<w>{_period_words(lex, 'since', 'after', 'before', 'until')})"
        ),
    )


def _fiscal_end_pattern(lex: Lexicon) -> re.Pattern:
    """ "2024年3月期", "24年3月期": the fiscal year ending that month (a short year is this
    century's, as company reports write it)."""
    if not lex.fiscal_year_end:
        return re.compile("(?!)")
    return re.compile(
        rf"(?:(?:(?<![0-9])(?P<y>[0-9]{{4}}|[0-9]{{2}})"
        rf"|(?P<era>{_alt(lex.eras)}) *(?P<ey>元|{_NUM})) *年 *)?"
        rf"(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]) *(?:{_alt(lex.fiscal_year_end)})"
        r"(?!間|间)"
    )


def _quarter_pattern(lex: Lexicon) -> re.Pattern:
    """ "2023年第三季度", "今年上半年", "2023年度上期", "今年前10个月".

    Blanks follow the year inside its optional group and never lead a match: a figure's
    text starts at a word, and a run of blanks is not tried from each of its blanks."""
    return re.compile(
        rf"(?:(?:(?P<y>{_YEAR}) *年(?P<fy>度)?(?:の|的)?"
        rf"|(?P<era>{_alt(lex.eras)}) *(?P<ey>元|{_NUM}) *年(?P<efy>度)?(?:の|的)?"
        rf"|(?P<ry>{_relative_words(lex, 'year')})(?P<rfy>度)?(?:の|的)?) *)?"
        r"(?:(?:第 *)?(?P<q>[1-4一二三四]) *(?:季度|四半期)"
        # "前三季度", "前3季" (Taiwanese copy): the first three quarters
        r"|前 *(?P<first>[1-4一二两兩三四]) *(?:(?:个|個) *)?(?:季度|季(?![节節]))"
        # "前10个月", "前7月": the year's first months, January to October or July ("前12个月"
        # is the last twelve: a whole year's are 全年)
        r"|前 *(?P<months>1[01]|[1-9]|十一?|[一二两兩三四五六七八九]) *(?:(?:个|個) *)?月"
        r"(?:份)?(?![日号號])"
        rf"|第 *(?P<q2>[1-4一二三四]) *季(?![节節])|(?P<h>{_alt(lex.half_years)}))"
    )


def _period_words(lex: Lexicon, *meanings: str) -> str:
    return _alt(w for w, m in lex.period_words.items() if m in meanings)


def _lunar(lex: Lexicon) -> re.Pattern:
    """Lunar-calendar dates ("农历十月初一", "正月三十", "大年初一"): read, not converted.

    The lunar word, the reign year and the month and day are named apart, for _lunar_date
    to ask which of them makes the date lunar; no blank leads a match."""
    words = {
        meaning: _alt(w for w, m in lex.calendar_words.items() if m == meaning)
        for meaning in ("lunar", "lunar-month", "lunar-new-year", "lunar-day")
    }
    day = (
        rf"(?:{words['lunar-day']})[一二三四五六七八九十]"
        r"|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?"
    )
    # a year, Gregorian or of a reign ("雍正四年"), may stand before
    year = r"(?:[0-9]{4}|(?P<reign>[\u4e00-\u9fff]{2}[元一二三四五六七八九十]{1,3})) *年"
    return re.compile(
        rf"(?:(?P<word>{words['lunar']})(?:の)? *)?(?:{year} *)?"
        rf"(?P<body>(?:{words['lunar-month']}|[一二三四五六七八九十冬腊臘]{{1,2}}月) *(?:{day})"
        rf"|(?:{words['lunar-new-year']})(?:{day}))"
    )


# ---------------------------------------------------------------- calendar helpers


def _unit_span(unit: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar year, month, week (Monday to Sunday) or day that holds ``day``."""
    if unit == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if unit == "month":
        return month_span(day.year, day.month)
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    return day, day


#: Tens written as one sign in a date ("廿日" is the 20th, "卅日" the 30th), which the
#: lexicons' numerals do not read.
_TENS_SIGNS = {"廿": 20, "卅": 30}


def _int(code: str, written: str | None) -> int | None:
    """A whole number as written: "24", "二十四", "二〇二三", "元" (an era's first year)."""
    if not written:
        return None
    written = written.replace(" ", "")
    if written.isascii():
        return int(written) if written.isdigit() else None
    if written == "元":
        return 1
    if written[0] in _TENS_SIGNS:  # "廿三": 23, a day's tens in one sign
        ones = _int(code, written[1:]) if len(written) > 1 else 0
        return None if ones is None or ones > 9 else _TENS_SIGNS[written[0]] + ones
    found = numerals(code, written, 0, len(written))
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(written)):
        return None
    value = found[0].value
    return int(value) if value == value.to_integral_value() else None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    return year is None or 1 <= year <= 9999


# ---------------------------------------------------------------- readers


def _year_of(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> tuple[int | None, bool]:
    """(year, relative) of the year part of a calendar match; (None, False) when there is none."""
    if m["era"]:
        n = _int(code, m["ey"])
        return (None if n is None else p.lex.eras[m["era"]] + n - 1), False
    if m["y"]:
        year = _int(code, m["y"])
        if year == 0:
            return None, False  # "〇〇〇〇年", "0000年": a year left blank
        if year is not None and year < 100:
            year += 2000  # "07年", "零八年": this century
        return year, False
    if m["ry"]:
        offset = p.lex.relative[m["ry"]][1]
        return (None if ref is None else ref.year + offset), True
    return None, False


def _calendar(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    has_year = bool(m["era"] or m["y"] or m["ry"])
    if not (has_year or m["m"] or m["rm"] or m["d"]) or (has_year and m["d"] and not m["m"]):
        return None
    if (
        m["d"]
        and not (has_year or m["m"] or m["rm"])
        and _DIGIT_BEFORE.search(m.string, max(0, m.start() - 1), m.start())
    ):
        return None  # "第24日", "1月 24日" read elsewhere
    if m["d"] and not (has_year or m["m"] or m["rm"]) and lasting_before(code, m.string, m.start()):
        return None  # "持续12日": twelve days
    if m["d"] and not (has_year or m["m"] or m["rm"]) and _span_after(p, m):
        return None  # "3日ぶり": the first time in three days
    year, relative = _year_of(p, code, m, ref)
    month, day = _int(code, m["m"]), _int(code, m["d"])
    if m["rm"]:
        relative = True
        if ref is not None:
            shifted = add_months(ref.replace(day=1), p.lex.relative[m["rm"]][1])
            year, month = shifted.year, shifted.month
    if relative and year is not None:
        counted_year(year)  # counted off the calendar: read undated instead (``_read``)
    if not _valid(year, month, day):
        return None
    parts = (year if m["era"] or m["y"] else None, month if m["m"] else None, day)
    end = m.start() + len(m.group().rstrip(" の的"))
    if day and any(m.string.startswith(w, end) for w in p.lex.per_words):
        return None  # "1日あたり": per day
    hit = _Hit(m.start(), end, parts=parts, relative=relative or not has_year)
    if has_year and year is None or (m["rm"] and ref is None):
        return replace(hit, precision=_precision(month, day))
    fiscal = p.lex.fiscal_year
    if fiscal and year is not None and not (month or day) and m.string.startswith(fiscal[0], end):
        return _fiscal(hit, year, end + len(fiscal[0]), fiscal[1])
    return _resolve(hit, year, month, day, ref)


def _span_after(p: _Patterns, m: re.Match) -> bool:
    """A word after a day alone that makes it a count of days ("3日ぶり", "5日連続")."""
    end = m.start() + len(m.group().rstrip(" の的"))
    return any(m.string.startswith(w, end) for w in p.lex.span_after)


def _fiscal(hit: _Hit, year: int, end: int, first_month: int) -> _Hit:
    """ "2024年度": the twelve months from ``first_month`` of ``year``."""
    last = add_months(dt.date(year, first_month, 1), 11)
    return replace(
        hit, end=end, first=dt.date(year, first_month, 1),
        last=month_span(last.year, last.month)[1], precision="year",
    )  # fmt: skip


def _precision(month, day) -> str:
    if day is not None:
        return "day"
    return "month" if month is not None else "year"


def _resolve(hit: _Hit, year, month, day, ref: dt.date | None) -> _Hit | None:
    """The interval of a year, month or day; a missing year (or month) is the latest not after
    publication."""
    precision = _precision(month, day)
    if year is None:
        if ref is None:
            return replace(hit, precision=precision, relative=True)
        if month is None and day is None:
            return replace(hit, precision=precision, relative=True)  # nothing to count from
        if month is None:  # "24日": this month's 24th, or last month's
            month = ref.month if day <= ref.day else add_months(ref.replace(day=1), -1).month
            year = ref.year if month <= ref.month else ref.year - 1
        else:
            year = ref.year if (month, day or 1) <= (ref.month, ref.day) else ref.year - 1
    counted_year(year)  # off the calendar (year 0, 10000): read undated instead (``_read``)
    if day is not None and month is None:
        return replace(hit, precision=precision)  # "今年10~12日": the days of no month said
    try:
        if day is not None:
            first = last = dt.date(year, month, day)
        elif month is not None:
            first, last = month_span(year, month)
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return replace(hit, first=first, last=last, precision=precision)


def _weekday(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "星期四", "木曜日", "上周三", "来週の月曜日": the latest such day, or that week's."""
    if m["wd"]:  # 上周三: weekdays count from Monday, 一; Sunday is 日 or 天
        number = 7 if m["wd"] in "日天" else p.lex.numbers[m["wd"]]
    else:
        number = p.lex.weekdays[m["wn"]]
    week = m["rw"] or m["rw2"]
    hit = _Hit(m.start(), m.end(), relative=True)
    if ref is None:
        return hit
    if week:
        monday = (
            ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=p.lex.relative[week][1])
        )
        day = monday + dt.timedelta(days=number - 1)
    else:
        day = ref - dt.timedelta(days=(ref.isoweekday() - number) % 7)
    return replace(hit, first=day, last=day)


def _relative(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "去年", "上月", "先週", "昨日": a unit counted from publication."""
    unit, offset = p.lex.relative[m.group()]
    hit = _Hit(m.start(), m.end(), precision=unit, relative=True)
    if ref is None:
        return hit
    first, last = _unit_span(unit, shift(ref, offset, unit))
    return replace(hit, first=first, last=last)


def _shifted(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "三年前" (the year three years back), "2か月前", "2日後"."""
    n, unit = _int(code, m["n"]), _SPANS[m["u"]]
    if n is None:
        return None
    hit = _Hit(m.start(), m.end(), precision=unit, relative=True)
    if ref is None:
        return hit
    first, last = _unit_span(unit, shift(ref, n * p.lex.shift_words[m["dir"]], unit))
    return replace(hit, first=first, last=last)


def _span(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "近三年", "过去十年", "ここ3年", "10年来": the span of time up to publication."""
    n, unit = _int(code, m["n"] or m["n2"]), _SPANS[m["u"] or m["u2"]]
    if not n or (m["w"] == "前" and unit == "month" and n <= 11):
        return None  # "前10个月" is the year's first ten months (_quarter), not the last ten
    hit = _Hit(m.start(), m.end(), kind="period", relative=True)
    if ref is None:
        return hit
    if m["w"] in _FUTURE or m["w"] == "下":
        return replace(hit, first=ref + dt.timedelta(days=1), last=shift(ref, n, unit))
    return replace(hit, first=shift(ref, -n, unit) + dt.timedelta(days=1), last=ref)


def _decade(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "90年代" (the 1990s), "1970年代", "上世纪90年代", "20世纪80年代"."""
    written = m["d"]
    year = _int(code, written)
    if year is not None and year >= 1000:  # "1970年代", "二〇一〇年代", "二千十年代"
        start = year
    else:
        tens = int(written) if written.isdigit() else _int(code, written)
        century = _century(code, m["c"], ref)
        if tens is None or tens % 10:
            return None
        if century is None:  # "上世纪90年代" without a publication date
            return _Hit(m.start(), m.end(), precision="decade", relative=True)
        start = century + tens
    if start % 10:
        return None
    return _Hit(m.start(), m.end(), dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade")


def _century(code: str, written: str | None, ref: dt.date | None) -> int | None:
    """The first year of the century a decade is counted in ("上世纪": the last one)."""
    if written is None:
        return 1900  # "90年代", as "the '90s": the twentieth century
    if written in ("上", "前"):
        return None if ref is None else (ref.year // 100 - 1) * 100
    if written in ("本", "今"):
        return None if ref is None else ref.year // 100 * 100
    number = _int(code, written)
    return None if number is None else (number - 1) * 100


def _quarter(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "第一季度", "2023年第三季度", "今年第1四半期", "上半年", "今年前三季度", "前10个月"."""
    year, relative = _int(code, m["y"]), not (m["y"] or m["era"])
    if m["era"]:  # "民國112年上半年", "令和5年度上期"
        n = _int(code, m["ey"])
        year = None if n is None else p.lex.eras[m["era"]] + n - 1
    dated = bool(m["y"] or m["ry"] or m["era"])
    if not dated and _HAN_BEFORE.search(m.string, max(0, m.start() - 1), m.start()):
        if m["months"] or len(m["h"] or "") == 2:
            return None  # "离职前3个月" (before leaving), "計上期間": a word's end, no period
    if m["ry"]:
        year = None if ref is None else ref.year + p.lex.relative[m["ry"]][1]
    elif year is None and ref is not None and not m["era"]:
        year = ref.year
    fiscal = (m["fy"] or m["rfy"] or m["efy"]) and p.lex.fiscal_year
    if m["h"]:
        half, precision = p.lex.half_years[m["h"]], "half"
        months = (1, 6) if half == 1 else (7, 12)
        if p.lex.fiscal_year and not dated:
            # "上期" alone: a company's half, of its fiscal year or the calendar's
            return _Hit(m.start(), m.end(), precision=precision, relative=True)
    elif m["months"]:
        n = _int(code, m["months"])
        if not n or n > 11:
            return None
        months, precision = (1, n), "month"
        if not dated and ref is not None and n > ref.month:
            year = ref.year - 1  # "前10个月" in August: last year's, as "1至10月" reads
    else:
        q = _int(code, m["q"] or m["q2"] or m["first"])
        # "前三季度": the first three quarters, January to September
        months, precision = (1 if m["first"] else 3 * q - 2, 3 * q), "quarter"
    # the first months of a year are a period, as "1至10月" is
    kind = "period" if m["months"] else "date"
    hit = _Hit(m.start(), m.end(), precision=precision, kind=kind, relative=relative)
    if year is None:
        return hit
    first, last = dt.date(year, months[0], 1), dt.date(year, months[1], 1)
    if fiscal:  # "2024年度第3四半期": October to December 2024
        shift = p.lex.fiscal_year[1] - 1
        first, last = add_months(first, shift), add_months(last, shift)
    return replace(hit, first=first, last=month_span(last.year, last.month)[1])


def _fiscal_end(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "2024年3月期": the twelve months to March 2024; "3月期" alone names no year. The end
    of a range of months ("4～6月期") is a quarter's, read by the calendar reader."""
    range_end = rf"[0-9〇一二三四五六七八九十] *(?:{_alt(p.lex.range_words)}) *$"
    before = m.string[max(0, m.start() - 8) : m.start()]
    if not (m["y"] or m["era"]) and re.search(range_end, before):
        return None
    month = _int(code, m["m"])
    hit = _Hit(m.start(), m.end(), precision="year", relative=not (m["y"] or m["era"]))
    if m["era"]:  # "令和6年3月期"
        n = _int(code, m["ey"])
        year = None if n is None else p.lex.eras[m["era"]] + n - 1
    else:
        year = m["y"] and int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    if not year or month is None:
        return hit
    last = month_span(year, month)[1]
    first = add_months(dt.date(year, month, 1), -11)
    return replace(hit, first=first, last=last)


#: What makes a month and day lunar without a lunar word: a lunar month ("正月", "冬月",
#: "腊月"), a lunar day ("初一", "廿三"), the lunar New Year ("大年初一"), or a day in tens
#: with no 日 after it ("八月十五", the Mid-Autumn festival's date: a Gregorian "十月十日"
#: is longer and wins). Read as a date with no value, it keeps "十五" from standing as a
#: stray count of 15.
_LUNAR_ONLY = re.compile("[初廿十正冬腊臘]|大年")


def _lunar_date(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "农历八月十五", "正月初一", "雍正四年十月十五": a lunar word, a reign year or a lunar
    form of month or day (_LUNAR_ONLY) makes the date lunar; "三月五" alone is not."""
    if not (m["word"] or m["reign"] or _LUNAR_ONLY.search(m["body"])):
        return None
    return _Hit(m.start(), m.end(), precision="day")


def _to_date(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "年初以来", "年初来": from New Year to publication."""
    hit = _Hit(m.start(), m.end(), kind="period", relative=True)
    return hit if ref is None else replace(hit, first=dt.date(ref.year, 1, 1), last=ref)


def _named(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "十四五": a period known by its name, 2021 to 2025."""
    first, last = p.lex.named_periods[m.group()]
    return _Hit(
        m.start(), m.end(), dt.date(first, 1, 1), dt.date(last, 12, 31), "year", "period"
    )


def _bracket_day(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "昨（15）日", "今（16）日": the day of the month in brackets, as "15日" alone."""
    day = int(m["d"])
    if not _valid(None, None, day):
        return None
    hit = _Hit(m.start(), m.end(), parts=(None, None, day), relative=True)
    return _resolve(hit, None, None, day, ref)


def _bare_year(p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """ "2018" alone, as the English finder reads a bare year, unless a unit follows it."""
    from figcheck.extractors.cjk.amounts import unit_after

    if unit_after(code, m.string, m.end()) or m.string[m.end() : m.end() + 1] in "年月日号號-/":
        return None
    year = int(m.group())
    return _Hit(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


_READERS = (
    ("calendar", _calendar),
    ("weekday", _weekday),
    ("relative", _relative),
    ("shifted", _shifted),
    ("span", _span),
    ("decade", _decade),
    ("quarter", _quarter),
    ("fiscal_end", _fiscal_end),
    ("lunar", _lunar_date),
    ("to_date", _to_date),
    ("named", _named),
    ("bare_year", _bare_year),
    ("bracket_day", _bracket_day),
)


def _read(reader, p: _Patterns, code: str, m: re.Match, ref: dt.date | None) -> _Hit | None:
    """The reader's hit; where counting from ``ref`` leaves the calendar ("去年" published
    in year 1, "明天" on 31 December 9999), the hit it gives without a publication date:
    unresolved, as an English form's (``dates.form.Form.read``)."""
    try:
        return reader(p, code, m, ref)
    except OFF_CALENDAR:
        if ref is None:
            raise
        return reader(p, code, m, None)


def _hits(p: _Patterns, code: str, folded: str, start: int, end: int, ref) -> list[_Hit]:
    """Every date the readers find, the longest kept where they overlap."""
    found = []
    for name, reader in _READERS:
        for m in getattr(p, name).finditer(folded, start, end):
            if m.end() > m.start():
                hit = _read(reader, p, code, m, ref)
                if hit is not None:
                    found.append(hit)
    kept: list[_Hit] = []
    taken = bytearray(end - start)  # 1 where a kept hit stands: one lookup per hit
    for hit in sorted(found, key=lambda h: (h.start - h.end, h.start)):
        if taken.find(1, hit.start - start, hit.end - start) == -1:
            kept.append(hit)
            taken[hit.start - start : hit.end - start] = b"\x01" * (hit.end - hit.start)
    return sorted(kept, key=lambda h: h.start)


# ---------------------------------------------------------------- ranges and open periods

_PRECISIONS = ("day", "week", "month", "quarter", "half", "year", "decade", "century")
#: What may close a range after its second end: "まで", "の間", "之间", "期间".
_CLOSE = re.compile(r" *(?:までの間|までの|まで|の間|之间|之間|期间|期間)")


def _coarser(a: str, b: str) -> str:
    return max(a, b, key=lambda p: _PRECISIONS.index(p) if p in _PRECISIONS else 0)


def _lend(low: _Hit, high: _Hit, code: str, ref) -> _Hit:
    """ "1月10日到12日": the second end borrows the year and month it leaves out."""
    if low.parts is None or high.parts is None:
        return high
    (ly, lm, _), (hy, hm, hd) = low.parts, high.parts
    if hy is not None or ly is None and lm is None:
        return high
    year = ly if ly is not None else low.first.year if low.first else None
    month = hm if hm is not None else lm
    if month is None:
        return high  # "2023年上个月至下个月": a year and a relative month lend no month
    if year is None:
        return replace(high, first=None, last=None) if ref is None else high
    if low.first is not None and (month, hd or 1) < (low.first.month, low.first.day):
        year += 1  # "12月20日至1月5日": into the next year
    return _resolve(replace(high, relative=low.relative), year, month, hd, ref) or high


def _bare_low(p: _Patterns, code: str, folded: str, high: _Hit, floor: int, ref) -> _Hit | None:
    """ "2016至2019年", "1~3月", "10～12日": a low end written without its calendar word."""
    if high.parts is None:
        return None
    join = re.search(
        rf"(?P<n>{_NUM}) *(?:{_alt(p.lex.range_words)}) *$", folded[floor : high.start]
    )
    if not join:
        return None
    n = _int(code, join["n"])
    year, month, day = high.parts
    if day is not None:
        parts = (year, month, n)
    elif month is not None:
        parts = (year, n, None)
    elif year is not None and join["n"].isdigit() and len(join["n"]) == 4:
        parts = (n, None, None)
    else:
        return None
    if n is None or not _valid(*parts):
        return None
    low = _Hit(floor + join.start(), floor + join.start("n") + len(join["n"]), parts=parts)
    y, m, d = parts
    if y is None and high.first is not None:
        y = high.first.year
        if m is not None and high.parts[1] is not None and m > high.parts[1]:
            y -= 1  # "11-2月": the end is the latest February, the start the November before
        if m is None and d is not None:
            m = high.first.month  # "10~12日": the days of the end's month
    return _resolve(replace(low, relative=high.relative), y, m, d, ref)


def _year_before(folded: str, out: list[_Hit], low: _Hit) -> _Hit | None:
    """The year written alone right before a range whose ends name no year."""
    if not out or out[-1].parts is None or low.parts is None or low.parts[0] is not None:
        return None
    year = out[-1]
    if year.parts[1:] != (None, None) or _year(year) is None:
        return None
    return year if folded[year.end : low.start].strip(" の的") == "" else None


def _year(hit: _Hit) -> int | None:
    """The year a year-only hit names, written ("2024年") or resolved ("去年")."""
    if hit.parts and hit.parts[0] is not None:
        return hit.parts[0]
    return hit.first.year if hit.first is not None and hit.precision == "year" else None


def _in_year(hit: _Hit, year: _Hit, ref) -> _Hit:
    """``hit`` in the year of ``year``, starting where that year is written if it is earlier."""
    _, month, day = hit.parts or (None, None, None)
    placed = replace(hit, start=min(hit.start, year.start), relative=year.relative)
    return _resolve(placed, _year(year), month, day, ref) or hit


def _merge(p: _Patterns, code: str, folded: str, hits: list[_Hit], start: int, ref) -> list[_Hit]:
    """Two dates joined by 至, 到, から, ~ make one period."""
    out: list[_Hit] = []
    for hit in hits:
        floor = out[-1].end if out else start
        low = out[-1] if out and p.join.fullmatch(folded, out[-1].end, hit.start) else None
        if low is None:
            low = _bare_low(p, code, folded, hit, floor, ref)
        elif low.kind == "period":
            low = None
        else:
            out.pop()
        if low is None:
            out.append(hit)
            continue
        high = _lend(low, hit, code, ref)
        year = _year_before(folded, out, low)
        if year is not None:  # "2024年4～12月": the year both ends leave out
            out.pop()
            low, high = _in_year(low, year, ref), _in_year(high, year, ref)
            if low.first and high.first and high.first < low.first and high.parts:
                # "2023年11-2月": the written year is the start's, the end in the next
                high = _resolve(high, high.first.year + 1, *high.parts[1:], ref) or high
        close = _CLOSE.match(folded, high.end)
        first, last = low.first, high.last
        known = first is not None and last is not None and first <= last
        out.append(
            _Hit(
                low.start, close.end() if close else high.end, first if known else None,
                last if known else None, _coarser(low.precision, high.precision), "period",
                relative=low.relative or high.relative,
            )
        )  # fmt: skip
    return out


def _opened(p: _Patterns, folded: str, hit: _Hit) -> _Hit:
    """ "自2016年以来" (since), "截至2023年" (until), "2019年以前" (before), "から", "まで"."""
    before = p.open_before.search(folded, max(0, hit.start - 4), hit.start)
    after = p.open_after.match(folded, hit.end) if hit.kind == "date" else None
    how = p.lex.period_words[after["w"]] if after else None
    if after is None and hit.kind == "date" and folded.startswith(p.lex.end_of_words, hit.end):
        # "2026年末までに", "2026年底前": by (or before) the end of 2026, where 2026 ends
        after = p.open_after.match(folded, hit.end + 1)
        how = "until" if after and p.lex.period_words[after["w"]] in ("until", "before") else None
        after = after if how else None
    start = before.start() if before else hit.start
    end = after.end() if after else hit.end
    if (
        how in ("since", "from")
        or how is None
        and before
        and p.lex.period_words[before["w"]] == "from"
        and after
    ):
        return replace(hit, start=start, end=end, last=None, kind="period", open_end=True)
    if how == "after":
        first = day_after(hit.last)  # (none after 31 December 9999)
        return replace(
            hit, start=start, end=end, first=first, last=None, kind="period", open_end=True
        )
    if how == "before":
        last = day_before(hit.first)
        return replace(
            hit, start=start, end=end, first=None, last=last, kind="period", open_start=True
        )
    if how == "until" or before and p.lex.period_words[before["w"]] in ("until", "to"):
        word = after["w"] if how == "until" else before["w"]
        deadline = word in p.lex.deadline_words
        return replace(
            hit, start=start, end=end, first=None, kind="period", open_start=True,
            deadline=deadline,
        )  # fmt: skip
    if before and hit.kind == "period":
        return replace(hit, start=start)  # "从2016年到2019年": the "from" is the period's
    return hit


def _a_comparison_base(p: _Patterns, folded: str, hit: _Hit) -> bool:
    """ "比上月", "较去年同期", "前月比": a relative word that names what a change is measured
    against, counted from the period reported rather than from publication."""
    written = folded[hit.start : hit.end]
    fiscal = p.lex.fiscal_year[0] if p.lex.fiscal_year else None
    if fiscal and written.endswith(fiscal):  # "昨年度比": last fiscal year's
        written = written[: -len(fiscal)]
    if written not in p.lex.relative:
        return False
    before = folded[max(0, hit.start - 3) : hit.start].rstrip(" ")
    after = folded[hit.end : hit.end + 4].lstrip(" ")
    return before.endswith(p.lex.base_before) or after.startswith(p.lex.base_after)


def _in_a_name(hit: _Hit, idioms: list[tuple[int, int]]) -> bool:
    """ "四日市", "十日町": a place named with a day is no date."""
    return any(s <= hit.start < e for s, e in idioms)


def _line_hits(p: _Patterns, code: str, folded: str, start: int, end: int, ref) -> list[_Hit]:
    """The line's dates and periods, ranges merged, before their open ends are read."""
    idioms = [m.span() for m in p.idioms.finditer(folded, start, end)]
    found = [
        h
        for h in _hits(p, code, folded, start, end, ref)
        if not (_in_a_name(h, idioms) and folded[h.start : h.end] not in p.lex.named_periods)
        and not _a_comparison_base(p, folded, h)
    ]
    return _merge(p, code, folded, found, start, ref)


#: How far before a month or a day its word of the future may stand ("计划在6月上市").
_AHEAD_REACH = 6


def _ahead(p: _Patterns, folded: str, hit: _Hit, ref: dt.date | None) -> _Hit:
    """A month or a day named without its year, read as the latest not after publication,
    is the next one where a word right before it puts it ahead ("最终结果将于5月21日公布")."""
    if (
        ref is None or not p.lex.ahead_before or hit.kind != "date" or hit.first is None
        or hit.last is None or hit.last >= ref or hit.parts is None
        or hit.parts[0] is not None or hit.parts[1] is None
    ):
        return hit
    before = folded[max(0, hit.start - _AHEAD_REACH) : hit.start]
    before = before[max(before.rfind(mark) for mark in "。！？；\n") + 1 :]
    if not any(word in before for word in p.lex.ahead_before):
        return hit
    year = hit.first.year + 1
    month, day = hit.parts[1], hit.parts[2]
    try:
        first, last = (dt.date(year, month, day),) * 2 if day else month_span(year, month)
    except (ValueError, OFF_CALENDAR):
        return hit
    return replace(hit, first=first, last=last)


def find(code: str, text: str, folded: str, start: int, end: int, published) -> list[Figure]:
    """The dates and periods of one line."""
    ref = published.date() if isinstance(published, dt.datetime) else published
    p = patterns(code)
    try:
        hits = _line_hits(p, code, folded, start, end, ref)
    except OFF_CALENDAR:  # a range's end counted off the calendar: the line read undated
        if ref is None:
            raise
        hits = _line_hits(p, code, folded, start, end, None)
    figures = []
    for hit in (_ahead(p, folded, _opened(p, folded, h), ref) for h in hits):
        first = hit.first.isoformat() if hit.first else None
        last = hit.last.isoformat() if hit.last else None
        value = None if first is None and last is None else (first, last)
        figures.append(
            Figure(
                hit.kind, hit.start, hit.end, text[hit.start : hit.end], value,
                relative=hit.relative, precision=hit.precision, open_start=hit.open_start,
                open_end=hit.open_end, extra=(("deadline", True),) if hit.deadline else (),
            )
        )  # fmt: skip
    return figures
