"""Han numerals shared by Chinese and Japanese: the digits and the place words.

Both languages write numbers with the same characters (一 … 九, 十, 百, 千, 万, 億),
counted in groups of four places rather than three; each lexicon adds its own
variants (两, 壹, 亿 in Chinese; 壱, 弐 in Japanese) to these.
"""

from __future__ import annotations

#: Digits, including the two zeros (〇 in figures, 零 inside a number: 一百零五).
DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip

#: Place words and their power of ten. 兆 is 10**12 as Japan and Taiwan write it (and as
#: mainland finance copy reads it before 亿 took over); 万 and 億 open groups of four places.
SCALES = {"十": 1, "百": 2, "千": 3, "万": 4, "萬": 4, "億": 8, "兆": 12}

#: Calendar eras and the Gregorian year of their first year (元年): Japan's reigns, and the
#: Republic of China's calendar that Taiwan dates by (民國112年 is 2023). Chinese copy about
#: Japan quotes Japanese eras, so both languages read them all.
ERAS = {
    "令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912, "明治": 1868,
    "民国": 1912, "民國": 1912,
}  # fmt: skip
