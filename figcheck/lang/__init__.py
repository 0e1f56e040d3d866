"""One lexicon per language: the words figcheck reads, mapped to what they mean.

Extractors and rules read meanings (a power of ten, an ISO currency code, a month
number, "upper bound"), never a language's words: a new language is one module here
that defines ``LEXICON`` and its table test. Modules are imported on first use, so
an English-only run loads no other language.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar

V = TypeVar("V")

#: Language codes figcheck reads (ISO 639-1), each a module of this package.
SUPPORTED = ("en", "zh", "ja", "es", "fr", "pt", "de")

#: Languages written without spaces between words or between sentences: their lexicons'
#: ``sentence_ends`` part sentences wherever Han or kana stand in a text.
UNSPACED = ("zh", "ja")

#: What a qualifier states about the true figure, as rules compare it.
QUALIFIER_MEANINGS = ("exact", "approx", "lower", "upper", "approx-below", "approx-above")


@dataclass(frozen=True, eq=False, repr=False)
class Lexicon:
    """The language-specific knowledge of one language, as plain tables.

    One per language, found by its code and never compared or printed: no ``__eq__`` or
    ``__repr__`` is written for its 120-odd fields (a millisecond of every start-up).

    Word keys are lower-case; a key of several words separated by single spaces
    ("quatre vingt", "mil millones") matches them with any spaces or hyphens between.
    """

    code: str
    name: str
    #: Decimal mark and the marks that group thousands ("1.250.000,5": "," and ".").
    decimal: str = "."
    groups: tuple[str, ...] = (",",)
    #: Number words and their values ("eight": 8, "doscientos": 200, "quatre vingt": 80).
    numbers: Mapping[str, int] = field(default_factory=dict)
    #: Scale words and their power of ten ("million": 6, "lakh": 5, "万": 4). Power 2
    #: multiplies the units before it ("trois cent"); power 3 the number below a thousand.
    scales: Mapping[str, int] = field(default_factory=dict)
    #: Scale abbreviations read only right after digits, letter case as written ("Mrd.": 9).
    tight_scales: Mapping[str, int] = field(default_factory=dict)
    #: Those of them read only before a currency sign ("1,5 G$" in Quebec copy is 1.5
    #: billion dollars; "la 5G" is a network).
    sign_scales: tuple[str, ...] = ()
    #: Words that join number words inside one number ("y" in "treinta y cinco").
    number_joiners: tuple[str, ...] = ()
    #: Fraction denominators ("tercio": 3, "demi": 2, "milésimo": 1000).
    denominators: Mapping[str, int] = field(default_factory=dict)
    #: Endings that make a denominator of a number word ("avos": "veintiunavos" = 21sts).
    denominator_suffixes: tuple[str, ...] = ()
    #: Words after number words that make them a denominator ("avos": "onze avos").
    denominator_markers: tuple[str, ...] = ()
    #: Fractions glued after a whole number, and their value ("einhalb": "0.5").
    fraction_words: Mapping[str, str] = field(default_factory=dict)
    #: Words between a whole number and a fraction ("y" in "cinco y medio", "con").
    mixed_joiners: tuple[str, ...] = ()
    #: Words for a decimal mark read aloud ("coma", "virgule", "Komma", "点" in "十五点七").
    decimal_words: tuple[str, ...] = ()
    #: Words between the two terms of a fraction ("sobre" in "uno sobre tres").
    over_words: tuple[str, ...] = ()
    #: Nouns that multiply the number before them ("docena": 12).
    multipliers: Mapping[str, int] = field(default_factory=dict)
    #: Nouns of a round number that say "about" as they multiply ("une dizaine de blessés"
    #: is about ten).
    approx_multipliers: Mapping[str, int] = field(default_factory=dict)
    #: Words for one half that are ordinary words too ("medio" = medium, "media" =
    #: average): a half only in "y medio", "medio millón", "media docena".
    half_words: tuple[str, ...] = ()
    #: Articles, which may stand between a qualifier and its figure ("casi un 20 %").
    articles: tuple[str, ...] = ()
    #: Words for "of" after a number ("2 millones de personas", "un quart des voix").
    of_words: tuple[str, ...] = ()
    #: Words that make the number after them negative ("minus", "负"); never one that also
    #: starts a qualifier ("menos" in "al menos 15").
    negative_words: tuple[str, ...] = ()
    #: Words for minus that are a sign only before a temperature ("moins 5 degrés", "menos 3
    #: grados"); elsewhere they compare ("au moins 5", "moins de 5", "3 menos 2").
    degree_negative_words: tuple[str, ...] = ()
    #: Words after a temperature that put it below zero ("5 grados bajo cero", "2 graus
    #: negativos", "10 Grad unter null").
    below_zero_words: tuple[str, ...] = ()
    #: Letters between the hour and the minutes of a time of day ("h" in "22 h 15").
    hour_marks: tuple[str, ...] = ()
    #: Words after an hour and its minutes that make them a time of day ("18.30 horas",
    #: "18.30 Uhr"), and words before them that do ("a las 18.30", "um 18.30"): never a
    #: duration of 18.3 hours.
    clock_after: tuple[str, ...] = ()
    clock_before: tuple[str, ...] = ()
    #: What may follow digits to make them a rank, not a figure ("º", "er", "."), as regexes.
    ordinal_marks: tuple[str, ...] = ()
    #: Words after a round two-digit number that make it a decade of life or of birth, no
    #: quantity ("30代": in one's thirties; "80后": born in the 1980s), as "in his 30s".
    decade_marks: tuple[str, ...] = ()
    #: Currency names and signs and the ISO 4217 code each means ("yuan": "CNY").
    #: A code ending in "/100" is that currency's hundredth ("centavos": "USD/100").
    currencies: Mapping[str, str] = field(default_factory=dict)
    #: Currency names that are ordinary words too ("real", "livre"): read only after digits.
    wordy_currencies: frozenset[str] = frozenset()
    #: Country letters after a currency sign and the currency they make ("80 $ US": "USD",
    #: "12 $ CA": "CAD"), letter case as written.
    sign_countries: Mapping[str, str] = field(default_factory=dict)
    #: Words between an amount and its currency ("de" in "3 millones de dólares").
    currency_links: tuple[str, ...] = ()
    #: Month names and abbreviations, lower-cased, and their number (1-12).
    months: Mapping[str, int] = field(default_factory=dict)
    #: Weekday names, lower-cased, and their ISO number (Monday 1 … Sunday 7).
    weekdays: Mapping[str, int] = field(default_factory=dict)
    #: Qualifier words, lower-cased, and one of QUALIFIER_MEANINGS.
    qualifiers: Mapping[str, str] = field(default_factory=dict)
    #: Qualifier words and their finer meaning (figcheck.lang.bounds: "lower-inclusive" for
    #: "at least", "lower-strict" for "more than"), where the language's table gives one.
    bounds: Mapping[str, str] = field(default_factory=dict)
    #: Upper-bound qualifiers that also mean "to" ("hasta", "jusqu'à", "até"): after one of
    #: ``change_verbs`` in the same clause they give the level reached, no bound ("subió
    #: hasta el 11,8 %" is "rose to"; "hasta 500 personas" stays "up to").
    level_words: tuple[str, ...] = ()
    #: Forms of the verbs of change that make ``level_words`` "to" ("subió", "grimpé").
    change_verbs: tuple[str, ...] = ()
    #: Relative time words and their offset in their unit ("last year": ("year", -1)).
    relative: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    #: Words for a percentage, for percentage points and for basis points.
    percent_words: tuple[str, ...] = ()
    #: Percent words that are nouns too ("pourcentage"): after an article that is also the
    #: number one they are "a percentage", no figure ("un pourcentage élevé").
    percent_nouns: tuple[str, ...] = ()
    #: Words for a thousandth ("pour mille", "‰"): "3,5 pour mille" is 0.35 %.
    per_mille_words: tuple[str, ...] = ()
    point_words: tuple[str, ...] = ()
    basis_point_words: tuple[str, ...] = ()
    #: Bare "points": percentage points only where a percentage is in the air.
    loose_point_words: tuple[str, ...] = ()
    #: Words between the two ends of a range ("a" in "del 10 al 12 %", "bis", "至"); not "and":
    #: "77 Prozent ... 01 und 56 Prozent" are two figures.
    range_words: tuple[str, ...] = ()
    #: "or" between two amounts: the first takes the unit of the second and they make no range
    #: ("40亿或50亿美元" is money twice).
    or_words: tuple[str, ...] = ()
    #: "and" between two items of a list: a time told after it is the next item's ("6.4%和去年
    #: 10月9.1%的峰值": last October is the 9.1%'s, not the 6.4%'s).
    and_words: tuple[str, ...] = ()
    #: Words that say a figure went up or down ("rose 2.3%", "下降2.3%", "2.3%減"): the
    #: direction of a change, which versions must tell alike (rule direction-drift).
    rise_words: tuple[str, ...] = ()
    fall_words: tuple[str, ...] = ()
    #: "between" and "and" around the two ends of a range ("entre 3 y 5 millones").
    range_between: tuple[str, str] | None = None
    #: "from" and "to" around a change where the "to" alone joins nothing ("von 3 auf 5
    #: Prozent", but "um 0,5 auf 3 Prozent" is a rise by points): the first takes the unit.
    range_from: tuple[str, str] | None = None
    #: Words before the level a change reached and before the one it left ("rose 30% to
    #: $15 million from $10 million", "fell 20% from 500 to 400"): rule change-arithmetic.
    level_to: tuple[str, ...] = ()
    level_from: tuple[str, ...] = ()
    #: ``level_from`` words that also tell a change's size ("a baissé de 7 millions à 164
    #: millions" is by 7 million): a change told without its size after one of them ("de 171
    #: à 164 millions") is no change from one level to the other the rule can judge.
    level_from_or_size: tuple[str, ...] = ()
    #: Words after a change's size that put the level told before it above or below the
    #: one told after them ("$2.47 billion is 9% higher than $2.31 billion", "$85 is 15%
    #: below $100"): rule change-arithmetic.
    above_words: tuple[str, ...] = ()
    below_words: tuple[str, ...] = ()
    #: Words between a part and its whole, and before the percentage told for the part
    #: ("six of the nine members, or 67%"): rule share-arithmetic.
    share_of: tuple[str, ...] = ()
    share_or: tuple[str, ...] = ()
    #: Vague counts and the order of magnitude they suggest ("miles": 3, "varios": 0).
    vague: Mapping[str, int | None] = field(default_factory=dict)
    #: English unit names that are ordinary words of the language after a number ("un ton
    #: calme" is a tone, "ein Ton" a sound): never read as units.
    unit_false_friends: frozenset[str] = frozenset()
    #: Words after a number that make it a duration or a date, not a count ("años").
    time_words: frozenset[str] = frozenset()
    #: Function words that identify the language in running text (and that alignment skips).
    function_words: frozenset[str] = frozenset()
    #: Qualifiers written after the figure ("200人以上", "300万元左右") and their meaning.
    qualifiers_after: Mapping[str, str] = field(default_factory=dict)
    #: Words that may stand between a qualifier and its number ("至少有12人", "至少达520毫米").
    qualifier_links: tuple[str, ...] = ()
    #: Words that make a fraction of two numbers, denominator first ("三分之一": 1/3).
    denominator_first: tuple[str, ...] = ()
    #: Words for a percentage written before the number, and what to divide the number by to
    #: read it in percent ("百分之四十": 40 %, "千分之五": 0.5 %).
    percent_before: Mapping[str, int] = field(default_factory=dict)
    #: Words for tenths of a whole, read as ten percent each ("四成": 40 %; "八折", a price
    #: cut to eight tenths, 80 %).
    tenth_words: tuple[str, ...] = ()
    #: Words for a hundredth and a thousandth after a tenth ("3割8分7厘": 38.7 %).
    tenth_parts: tuple[str, ...] = ()
    #: True where a digit after a scale word stands for the next place down ("三万五": 35,000).
    scale_tail: bool = False
    #: True where "one" and a counter is the indefinite article far more often than a count
    #: (Chinese 一个, 一家: "a"); Japanese 一匹, 一台 count one.
    one_as_article: bool = False
    #: Counters that also mean "to" in a score or a vote ("百対", a hundred pairs; "3対1",
    #: three to one): before a number they count nothing.
    versus_words: tuple[str, ...] = ()
    #: The all-purpose counter that may stand between a number and its currency ("20个比特币":
    #: twenty bitcoins).
    filler_counters: tuple[str, ...] = ()
    #: Point words that make the number before them an hour of the clock where no digit
    #: follows ("8点" is eight o'clock, "3点5" is 3.5); Japanese 点 counts points ("3点").
    hour_points: tuple[str, ...] = ()
    #: Words that are a number by themselves, and its value ("半百": fifty, as in "年过半百",
    #: past fifty; the "过半" inside is no majority).
    number_words_alone: Mapping[str, str] = field(default_factory=dict)
    #: Counters written between a number and what it counts, and what they count:
    #: "person", "thing", "measure" (a unit or a span of time, not a count), "dozen" (12) or
    #: "times" (a multiplier: "三倍", "3倍").
    counters: Mapping[str, str] = field(default_factory=dict)
    #: Unit words after a number and the pint expression each names ("公里": "kilometer");
    #: a "measure" counter without one (岁, 階) stays a plain number.
    units: Mapping[str, str] = field(default_factory=dict)
    #: A currency's minor units and their worth in hundredths of it ("角": ("CNY", 10)).
    subunits: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    #: Words that introduce a stated conversion ("（约合42万美元）").
    conversion_words: tuple[str, ...] = ()
    #: The particle that joins an amount to a short noun before its conversion's bracket
    #: ("3222億円の黒字（約28億ドル）", "300亿美元的顺差（…）").
    possessive: str = ""
    #: Calendar words and the unit each marks ("年": "year", "号": "day", "季度": "quarter"),
    #: and the words of the lunar calendar ("农历": "lunar", "正月": "lunar-month").
    calendar_words: Mapping[str, str] = field(default_factory=dict)
    #: Calendar eras and the Gregorian year of their first year ("令和": 2019, "民國": 1912).
    eras: Mapping[str, int] = field(default_factory=dict)
    #: Words that open a period at a date ("以来": "since") or close it ("截至": "until"),
    #: with "from" for the word before a range's first end ("从2016年到2019年") and
    #: "year-to-date" for the period from New Year to publication ("年初以来"); "to" closes
    #: it from before the date only ("到2030年"; "7月4日到达" is an arrival), and "reach" is a
    #: verb that holds such a word and makes no period ("回到2019年": back to 2019).
    period_words: Mapping[str, str] = field(default_factory=dict)
    #: Words that make a date a deadline, not the end of a span ("by 2030", "no later than";
    #: in Chinese and Japanese those period words that do: "到2030年", "2030年までに", but not
    #: "截至", "まで": until). figcheck.rules.date_mismatch reads a figure's text that opens
    #: with one as "by when", against another version's "when".
    deadline_words: tuple[str, ...] = ()
    #: Words for "the end of" right after a year or a month, before a word of "until" or
    #: "by" ("2026年末までに", by the end of 2026): the period ends where the date does.
    end_of_words: tuple[str, ...] = ()
    #: Words after a span of time that count it back or forward ("三年前": -1, "两天后": 1).
    shift_words: Mapping[str, int] = field(default_factory=dict)
    #: Words for a share of a whole without a number, its value and qualifier meaning
    #: ("半数": ("0.5", None), "過半数": ("0.5", "lower"), a majority).
    share_words: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)
    #: Names of periods and the first and last years they cover ("十四五": China's 14th
    #: five-year plan, 2021 to 2025).
    named_periods: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    #: Words for one half of a year and which half (1 or 2): "上半年", "下半期", "上期".
    half_years: Mapping[str, int] = field(default_factory=dict)
    #: The word after a year that makes it a fiscal year, and the month that year starts in
    #: ("2024年度" in Japanese: April 2024 to March 2025); None where there is no such word.
    fiscal_year: tuple[str, int] | None = None
    #: Words after a month that make it the last month of a fiscal year ("2024年3月期": the
    #: twelve months to March 2024, as Japanese companies name their years).
    fiscal_year_end: tuple[str, ...] = ()
    #: Words after a unit that make it "per unit" ("1日あたり": a day's worth, no date).
    per_words: tuple[str, ...] = ()
    #: Words between an amount and a unit that make it "per unit", as English "per" and "a"
    #: ("1 200 euros par mois", "90 dólares por barril", "3 Euro pro Stunde").
    per_before: tuple[str, ...] = ()
    #: Adjectives after a unit that say what it is per, and the unit of time ("2,2 millones
    #: de barriles diarios": "day"), as "a day" does in English.
    per_adjectives: Mapping[str, str] = field(default_factory=dict)
    #: Words between the two sides of an exchange rate ("1美元兑7.2元"), read as a stated
    #: conversion as an equals sign is ("1ドル＝158円").
    rate_words: tuple[str, ...] = ()
    #: Words that multiply without a number, and the factor ("倍増": "2", "半減": "0.5").
    multiplier_words: Mapping[str, str] = field(default_factory=dict)
    #: The words around a count of doublings ("翻", "番": "翻两番" is four times).
    doubling: tuple[str, str] | None = None
    #: Words after a place word that make it an order of magnitude, no figure ("千亿级").
    order_words: tuple[str, ...] = ()
    #: Words between a round number and its counter that say "about" ("十来个": about ten;
    #: "千把人": about a thousand); after a digit they are other words ("三把椅子").
    approx_after_places: tuple[str, ...] = ()
    #: Words before a place word that make a vague count of it ("几百人", "数千名": some
    #: hundreds, some thousands; no value, an order of magnitude).
    vague_before: tuple[str, ...] = ()
    #: Currency names after which copy writes amounts with a bare 元 ("新臺幣": "TWD"): an
    #: article naming one of them, and no other such currency nor the renminbi by name,
    #: means it by 元 ("每股純益12.54元" in Taiwanese copy).
    local_yuan: Mapping[str, str] = field(default_factory=dict)
    #: Words before a count of days that make it a span, not a date ("持续12日": twelve days).
    lasting_words: tuple[str, ...] = ()
    #: Set phrases whose number words are no figures ("百战百胜", "千万不要").
    idioms: tuple[str, ...] = ()
    #: Number words that are adjectives too ("neuf": new): right after an article and a noun
    #: they qualify it, as no number does ("un appartement neuf", "l'hôpital neuf").
    adjective_numbers: tuple[str, ...] = ()
    #: Words before a number that name something by it, no figure ("la ligne 14", "l'article
    #: 49", "la saison 3"); with their article where the bare word is common ("en ligne").
    label_words: tuple[str, ...] = ()
    #: Decimal words read between digits too ("21点2" = 21.2 in Japanese); not in Chinese,
    #: where "3点20" is twenty past three.
    digit_decimal_words: tuple[str, ...] = ()
    #: Words around the exponent of a power: (between base and exponent, after the exponent)
    #: ("1.1の23乗", "10的6次方").
    power_words: tuple[tuple[str, str], ...] = ()
    #: Ratios (figcheck.extractors.ratio), factors as exact decimal strings. Words that
    #: multiply when a comparison follows ("twice": "2" in "twice as many", "doble").
    multiplier_words: Mapping[str, str] = field(default_factory=dict)
    #: Adverbs among them: a helper before one alone makes no ratio ("more than twice").
    multiplier_adverbs: tuple[str, ...] = ()
    #: Forms that multiply wherever they stand ("doubled": "2", "halved": "0.5", "verdoppelt").
    multiplier_verbs: Mapping[str, str] = field(default_factory=dict)
    #: Words after a multiplier that make it compare ("as", "the", "higher"; "más", "plus");
    #: a language without any reads its multiplier words and times word alone.
    compare_words: tuple[str, ...] = ()
    #: Words before a number that multiply by it ("multiplié par trois": three times) or
    #: divide by it ("divisé par deux": half), as "tripled" and "halved" do.
    multiplied_by: tuple[str, ...] = ()
    divided_by: tuple[str, ...] = ()
    #: Compare words after "N times" that divide by N ("deux fois moins": half as many).
    less_words: tuple[str, ...] = ()
    #: Words before a bare multiplier that make it one ("will", "nearly" in "will double").
    multiplier_helpers: tuple[str, ...] = ()
    #: The word after a number that makes it a multiplier ("times", "veces", "fois", "Mal").
    times_words: tuple[str, ...] = ()
    #: Words after a number that make it a factor ("fold": "threefold", "ten-fold").
    fold_words: tuple[str, ...] = ()
    #: Words between two numbers that make a share ("in", "out of": "one in five"; "de cada").
    share_joiners: tuple[str, ...] = ()
    #: A noun may stand before the joiner ("un Français sur cinq", "dos españoles de cada
    #: tres"); not in German, where "3 Teams von 5 Kontinenten" are teams from continents.
    share_noun_between: bool = False
    #: Words for a half or another part as a share of what follows ("half": "0.5"; "mitad",
    #: "moitié"; "le tiers": "1/3", "cuarta parte": "1/4", an exact fraction).
    #: Words before a half word that make it a share with nothing after it, as English "by
    #: half" ("réduit de moitié", "se redujo a la mitad", "pela metade", "um die Hälfte").
    half_by: tuple[str, ...] = ()
    #: Words right after a fraction or a half word that name its whole without an article
    #: ("d'entre eux", "de ellos", "deles", "davon"): "un tiers d'entre eux" is a share, as
    #: "un tiers des électeurs" is.
    share_wholes: tuple[str, ...] = ()
    half_shares: Mapping[str, str] = field(default_factory=dict)
    #: Ordinals before a half word that make it one of the two halves of a span of time or
    #: of a match, no share ("la primera mitad del ejercicio", "in der ersten Hälfte"), as
    #: English "the first half".
    half_ordinals: tuple[str, ...] = ()
    #: Numerals spelled in kana and the Han numeral each stands for ("にじゅう" is 二十:
    #: "じゅう": "十", "びゃく": "百"), read only where a whole kana run spells a number.
    kana_numerals: Mapping[str, str] = field(default_factory=dict)
    #: Words that must open a share between two counts where the joiner alone means "of"
    #: ("每" in "每五人中就有一人", one in five; "17个议会中有3个" is three of seventeen).
    share_openers: tuple[str, ...] = ()
    #: Words right before or after a relative date that make it the base of a comparison
    #: ("比上月", "较去年同期", "前月比", "昨年同期", "than last year", "als im vergangenen
    #: Jahr"): a unit before the period the story reports, not one counted from
    #: publication, and no figure of its own, nor the time of the figures beside it.
    base_before: tuple[str, ...] = ()
    base_after: tuple[str, ...] = ()
    #: Words that count a relative date from the time the story tells, not from its
    #: publication ("the previous year", "el año anterior", "im Vorjahr", "two years
    #: later"): resolved against the publication date, such a date tells no year.
    story_relative: tuple[str, ...] = ()
    #: Words after a count of days that make it a span, not a day of the month ("3日ぶり":
    #: the first time in three days; "5日連続": five days running).
    span_after: tuple[str, ...] = ()
    #: Words right before a month or a day named without its year that put it ahead of
    #: publication ("将于5月21日公布": the coming May 21, not last year's).
    ahead_before: tuple[str, ...] = ()
    #: Words that make a price cut by themselves, and the share taken off ("半額", half
    #: price: "50").
    percent_alone: Mapping[str, str] = field(default_factory=dict)
    #: Words that are a percentage by themselves, and its value ("半成": half a tenth, "5").
    percent_words_alone: Mapping[str, str] = field(default_factory=dict)
    #: Words after a count of tenths that make it a price cut ("2割引": 20 % off).
    discount_words: tuple[str, ...] = ()
    #: Verbs after a count of tenths that change a figure by it and take nothing off a price
    #: ("2割引き上げる": raise by 20 %, not "2割引き", 20 % off).
    tenth_verbs: tuple[str, ...] = ()
    #: Tenth words that give the share of the price paid ("八折": the buyer pays eight
    #: tenths, 20 % off); a price cut records the share taken off, as "20% off" does.
    paid_tenth_words: tuple[str, ...] = ()
    #: Words for "every" and the ordinals after them that make a share ("jeder fünfte": one
    #: in five; the ordinal's whole, each inflected form a key).
    every_words: tuple[str, ...] = ()
    every_nth: Mapping[str, int] = field(default_factory=dict)
    #: Streaks, counted as how many in a row (figcheck.extractors.count): the ordinals
    #: (each inflected form a key), the nouns a streak counts with the English noun each
    #: is, and the words after them that make a streak ("tercer mes consecutivo", "le
    #: troisième mois d'affilée", "zum fünften Mal in Folge").
    streak_ordinals: Mapping[str, int] = field(default_factory=dict)
    streak_units: Mapping[str, str] = field(default_factory=dict)
    streak_words: tuple[str, ...] = ()
    #: Whether those words stand before the number ("连续第五个月"), as they do in Chinese.
    streak_words_first: bool = False
    #: Marks that end a sentence with no space after them ("增长5%。销量…"), where the language
    #: puts none between sentences. One that is the decimal mark written wide ("．") ends
    #: none between digits ("１２．５").
    sentence_ends: tuple[str, ...] = ()
    #: Marks between two neighbouring digits that make them one guess, as two digits side
    #: by side do ("2、3人", "二、三十人": two or three people, twenty or thirty).
    either_marks: tuple[str, ...] = ()
    #: Words before a number that make it a level of a named scale, no count: "震度6強" is
    #: seismic intensity six upper, whose 強 or 弱 halves the level and says no "more than".
    scale_names: tuple[str, ...] = ()
    #: Qualifiers that after certain nouns name what the thing is for, no bound, and those
    #: nouns' endings ("über" after "Vertrag": "ein Vertrag über sechs Jahre" is a six-year
    #: contract, "eine Rechnung über 500 Euro" a bill for 500 euros; compounds end alike).
    amount_after: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: A restriction told around the verb, as "only" is: the negation that opens it, the word
    #: right before the figure that closes it, the qualifier it means ("n'ont progressé
    #: que de 2 %", "il ne reste qu'une centaine": "seulement"), and the words that make
    #: it a plain negation instead ("ne faut pas oublier que").
    restrictive: tuple[tuple[str, ...], tuple[str, ...], str, tuple[str, ...]] | None = None
    #: Words before a number that name the scale of the degrees after it ("摄氏40度",
    #: "華氏104度"), and the unit they make (pint's name).
    degree_scales: Mapping[str, str] = field(default_factory=dict)


#: Pesos are Mexico's, the Philippines', Argentina's, Chile's, Colombia's ...: the one whose
#: places the words nearby name (figcheck.lang.en.SIGN_PLACES), else the first, the others
#: kept as other readings (a money figure's ``ambiguous``).
PESOS = "MXN|PHP|ARS|CLP|COP"

#: Indian numbering, which copy in any language quotes from Indian sources ("treize lakh",
#: "un crore de roupies", "2,3 lakh crore" = 2.3 × 10¹²), as powers of ten.
INDIAN_SCALES = {
    "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7, "lakh crore": 12, "lakh crores": 12,
}  # fmt: skip

#: Marks newspapers group thousands with besides their locale's own: a dot, a space, a
#: no-break space or a narrow one ("1.348", "1 250 000", "1\u202f250\u202f000").
PRINTED_GROUPS = (".", " ", "\u00a0", "\u202f")


def separators(cldr: tuple[str, tuple[str, ...]], *more: str) -> tuple[str, tuple[str, ...]]:
    """A locale's decimal mark and group marks (from CLDR) with the ones print adds."""
    decimal, groups = cldr
    marks = (*groups, *PRINTED_GROUPS, *more)
    return decimal, tuple(dict.fromkeys(m for m in marks if m != decimal))


def plain(word: str) -> str:
    """``word`` without its accents ("dólares" -> "dolares"): copy often drops them."""
    if word.isascii():
        return word  # nothing to take off (most words: a lexicon's load spells ~900)
    import unicodedata  # only languages with accents need it: English starts without

    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def with_plain(table: Mapping[str, V]) -> dict[str, V]:
    """``table`` with each key also spelled without accents (the accented key wins)."""
    out = {plain(key): value for key, value in table.items()}
    out.update(table)
    return out


_LOADED: dict[str, Lexicon] = {}


def lexicon(code: str) -> Lexicon:
    """The lexicon of a supported language, imported on first use."""
    if code not in _LOADED:
        if code not in SUPPORTED:
            raise KeyError(f"language {code!r} not supported")
        module = importlib.import_module(f"figcheck.lang.{code}")
        _LOADED[code] = module.LEXICON
    return _LOADED[code]
