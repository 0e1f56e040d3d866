"""Japanese: kanji numerals read place by place (三万五 is 30,005, not 35,000).

Japanese writes the whole number out (三万五千); a digit after a place word is read
literally, unlike Chinese. 兆 is 10**12 and 億 10**8.
"""

from __future__ import annotations

from figcheck.lang import PESOS, Lexicon, _cldr, _han

NUMBERS = {**_han.DIGITS, "壱": 1, "弐": 2, "参": 3}

SCALES = {**_han.SCALES, "拾": 1}

CURRENCIES = {
    "円": "JPY", "日本円": "JPY", "元": "CNY", "人民元": "CNY", "ドル": "USD",
    "米ドル": "USD", "豪ドル": "AUD", "オーストラリアドル": "AUD", "香港ドル": "HKD",
    "台湾ドル": "TWD", "ニュー台湾ドル": "TWD", "カナダドル": "CAD", "シンガポールドル": "SGD",
    "ユーロ": "EUR", "ポンド": "GBP", "英ポンド": "GBP", "ウォン": "KRW", "ルーブル": "RUB",
    "リラ": "TRY", "ルピー": "INR", "スイスフラン": "CHF", "スイス・フラン": "CHF",
    "ナイラ": "NGN", "バルボア": "PAB", "パナマ・バルボア": "PAB",
    "バーツ": "THB", "レアル": "BRL", "ランド": "ZAR", "ビットコイン": "BTC",
    "ベトナムドン": "VND", "ドン": "VND", "ルピア": "IDR", "リンギット": "MYR",
    "フィリピンペソ": "PHP", "メキシコペソ": "MXN", "ペソ": PESOS, "ニュージーランドドル": "NZD",
    "スウェーデンクローナ": "SEK", "ノルウェークローネ": "NOK",
    "デンマーククローネ": "DKK", "ズロチ": "PLN", "シェケル": "ILS", "ディルハム": "AED",
}  # fmt: skip

#: Numerals spelled in hiragana, each as the Han numeral it reads ("さんびゃく" is 三百,
#: "はっせん" 八千: the sound changes before 百 and 千 are forms of their own). Not し and
#: く, the readings of 4 and 9 in dates and hours: "しちょう" is a mayor, not 4 trillion.
KANA_NUMERALS = {
    "ぜろ": "〇", "れい": "〇", "いち": "一", "いっ": "一", "に": "二", "さん": "三",
    "よん": "四", "ご": "五", "ろく": "六", "ろっ": "六", "なな": "七",
    "しち": "七", "はち": "八", "はっ": "八", "きゅう": "九", "じゅう": "十",
    "じゅっ": "十", "ひゃく": "百", "びゃく": "百", "ぴゃく": "百", "せん": "千", "ぜん": "千",
    "まん": "万", "おく": "億", "ちょう": "兆",
}  # fmt: skip

QUALIFIERS = {
    "約": "approx", "およそ": "approx", "ほぼ": "approx", "推定": "approx",
    "最大": "upper", "最大で": "upper", "最高": "upper", "上限": "upper",
    "最低": "lower", "少なくとも": "lower", "最低でも": "lower",
    "わずか": "exact", "たった": "exact", "僅か": "exact",
}  # fmt: skip

QUALIFIERS_AFTER = {
    "以上": "lower", "超": "lower", "余り": "lower", "あまり": "lower", "余": "lower",
    # "十数人", "二十数社": ten-odd, twenty-odd (数 before the counter)
    "数": "lower",
    "強": "lower", "台": "approx-above",
    "以下": "upper", "未満": "upper", "弱": "upper", "以内": "upper", "足らず": "upper",
    "近く": "approx-below",
    "前後": "approx", "程度": "approx", "ほど": "approx", "くらい": "approx", "ぐらい": "approx",
    # "2.0％増にとどまった": stayed at just 2.0% growth
    **{
        f"{change}{stay}": "exact"
        for change in ("", "増", "減", "増加", "減少", "上昇", "低下")
        for stay in ("にとどま", "に止ま")
    },
}  # fmt: skip

RELATIVE = {
    "一昨年": ("year", -2), "おととし": ("year", -2), "昨年": ("year", -1), "去年": ("year", -1),
    "きょねん": ("year", -1), "さくねん": ("year", -1), "今年": ("year", 0), "ことし": ("year", 0),
    "本年": ("year", 0), "来年": ("year", 1), "らいねん": ("year", 1), "再来年": ("year", 2),
    "さらいねん": ("year", 2),
    "先々月": ("month", -2), "せんせんげつ": ("month", -2), "先月": ("month", -1),
    "せんげつ": ("month", -1), "前月": ("month", -1), "ぜんげつ": ("month", -1),
    "昨月": ("month", -1), "さくげつ": ("month", -1), "今月": ("month", 0),
    "こんげつ": ("month", 0), "来月": ("month", 1), "らいげつ": ("month", 1),
    "再来月": ("month", 2),
    "先々週": ("week", -2), "先週": ("week", -1), "今週": ("week", 0), "来週": ("week", 1),
    "再来週": ("week", 2),
    "一昨日": ("day", -2), "おととい": ("day", -2), "おとつい": ("day", -2),
    "昨日": ("day", -1), "きのう": ("day", -1), "さくじつ": ("day", -1),
    "今日": ("day", 0), "きょう": ("day", 0), "本日": ("day", 0),
    "明日": ("day", 1), "あした": ("day", 1), "あす": ("day", 1),
    "明後日": ("day", 2), "あさって": ("day", 2), "明々後日": ("day", 3), "しあさって": ("day", 3),
}  # fmt: skip

COUNTERS = {
    **dict.fromkeys(("人", "名"), "person"),
    **dict.fromkeys(
        "件 社 台 機 隻 頭 匹 本 枚 個 回 カ国 か国 ヵ国 ヶ国 カ所 か所 ヵ所 ヶ所 箇所 軒 棟 "
        "戸 校 基 両 発 票 便 店 店舗 団体 チーム 試合 種類 点 得点 つ 冊 局 球団 世帯 "
        # pairs: "靴を十足", "百対の手袋"
        "足 対".split(),
        "thing",
    ),
    # (度 is a degree, "1.76度上回る", as often as a time, "2度": a plain number)
    **dict.fromkeys(
        "歳 才 階 キロ キロメートル メートル トン キログラム グラム ヘクタール 平方キロ "
        "平方キロメートル 平方メートル ミリメートル センチメートル センチ ミリリットル "
        "リットル 時間 分間 分 秒 年間 日間 週間 カ月 か月 ヶ月 ヵ月 年 ℃ 度 泊 "
        "マイル フィート インチ エーカー ガロン 海里 ノット".split(),
        "measure",
    ),
    "ダース": "dozen",
    "倍": "times",
}  # fmt: skip

#: Units as pint names them ("キロ" alone is a kilometre or a kilogram: a plain number).
UNITS = {
    "キロメートル": "kilometer", "メートル": "meter", "トン": "metric_ton",
    "キログラム": "kilogram", "グラム": "gram", "ヘクタール": "hectare",
    "平方キロ": "kilometer ** 2", "平方キロメートル": "kilometer ** 2",
    "平方メートル": "meter ** 2", "ミリメートル": "millimeter", "センチメートル": "centimeter",
    "センチ": "centimeter", "ミリリットル": "milliliter", "リットル": "liter",
    "時間": "hour", "分間": "minute", "分": "minute", "秒": "second", "年間": "year",
    "日間": "day", "週間": "week", "カ月": "month", "か月": "month", "ヶ月": "month",
    "ヵ月": "month", "年": "year", "℃": "degree_Celsius",
    # an age, as "34 años", "34 ans" and "34-year-old" are years
    "歳": "year", "才": "year",
    # the imperial units copy converts into ("40キロメートル（25マイル）")
    "マイル": "mile", "フィート": "foot", "インチ": "inch", "エーカー": "acre",
    "ガロン": "gallon", "海里": "nautical_mile", "ノット": "knot",
}  # fmt: skip

CALENDAR = {
    "年": "year", "月": "month", "日": "day", "年代": "decade", "世紀": "century",
    "四半期": "quarter", "週": "week", "旧暦": "lunar", "正月": "lunar-month",
}  # fmt: skip

PERIODS = {
    "以来": "since", "以降": "since", "から": "from", "より": "from",
    "まで": "until", "までに": "until", "以前": "before", "以後": "after",
    "年初来": "year-to-date", "年初から": "year-to-date", "今年に入ってから": "year-to-date",
    "今年に入り": "year-to-date",
}  # fmt: skip

IDIOMS = tuple(
    "一石二鳥 十中八九 一期一会 三日坊主 七転八倒 八方美人 一長一短 百発百中 千差万別 一朝一夕 "
    "万が一 十人十色 四苦八苦 二人三脚 千載一遇 一喜一憂 一生懸命 一緒 一番 一度 唯一 統一 "
    "一部 一方 一般 一時 一体 一応 一層 一斉 一切 万全 万一 十分 百貨店 八百屋 四国 九州 "
    "五輪 三菱 一気 一日中 一から十まで "
    # customs and sayings named with numbers
    "七五三 百万長者 億万長者 八百万の神 "
    # a number of digits: "2桁増益" is double-digit growth, no figure
    "一桁 二桁 三桁 1桁 2桁 3桁 ひと桁 ふた桁 "
    # places named with numbers
    "六本木 四日市 八戸 十日町 五日市 九十九里 八王子 三鷹 千歳 八幡 五反田 二子玉川 一宮 三宮 "
    "八重山 千代田 九段 三田 四谷 八丈島 十和田 百済".split()
)

#: Streaks (figcheck.extractors.count): "5カ月連続", "3会合連続"; each unit with its
#: counter a key.
STREAK_UNITS = {
    "カ月": "month", "か月": "month", "ヶ月": "month", "ケ月": "month", "ヵ月": "month",
    "箇月": "month", "四半期": "quarter", "年": "year", "日": "day", "週": "week",
    "回": "time", "会合": "meeting", "期": "term", "試合": "game",
}  # fmt: skip


LEXICON = Lexicon(
    code="ja",
    name="Japanese",
    streak_units=STREAK_UNITS,
    streak_words=("連続",),
    story_relative=("前年", "翌年", "同年", "当年"),
    # "6、544": the ideographic comma groups thousands in some copy, and so does the
    # full-width comma between digits ("1，500人")
    groups=(",", "、", "，"),
    numbers=NUMBERS,
    scales=SCALES,
    currencies=CURRENCIES,
    months=_cldr.months("ja"),
    # CLDR's one-character forms (月 for Monday) are read only in brackets after a date.
    weekdays={
        **_cldr.weekdays("ja"),
        **{f"{d}曜": n for d, n in zip("月火水木金土日", range(1, 8), strict=True)},
    },
    qualifiers=QUALIFIERS,
    relative=RELATIVE,
    percent_words=("%", "％", "パーセント"),
    # "0.25%ポイント": percentage points written with the sign
    point_words=("ポイント", "パーセントポイント", "%ポイント", "％ポイント"),
    basis_point_words=("ベーシスポイント", "ベーシス・ポイント"),
    function_words=frozenset("の は が を に で と も から まで です ます した".split()),
    qualifiers_after=QUALIFIERS_AFTER,
    # ▲ and △ mark a negative figure in Japanese statistics and accounts ("前年比▲3.2%");
    # 氷点下 is below zero ("氷点下5℃")
    negative_words=("マイナス", "負", "▲", "△", "氷点下"),
    # ranks and turns: "3位" (third place), "2回目" (the second time), "5番目", "3代目"
    ordinal_marks=("位", "番目", "回目", "度目", "代目"),
    decade_marks=("代",),
    decimal_words=("点", "・"),
    denominator_first=("分の",),
    # "百分の二" is 2/100: two percent, as Chinese 百分之二 is ("三百分の一" is a fraction)
    percent_before={"百分の": 1, "千分の": 10},
    tenth_words=("割",),
    tenth_parts=("分", "厘"),
    counters=COUNTERS,
    units=UNITS,
    # "几百", "数千", "上万": some hundreds, thousands, tens of thousands (no value)
    vague_before=("数",),
    or_words=("か", "または", "あるいは", "もしくは"),
    and_words=("と", "や", "及び", "および"),
    rise_words=tuple("増加 上昇 伸び 増".split()),
    fall_words=tuple("減少 低下 下落 減".split()),
    range_words=("から", "~", "〜", "-", "–", "—"),
    subunits={"銭": ("JPY", 1), "セント": ("USD", 1), "角": ("CNY", 10), "分": ("CNY", 1)},
    conversion_words=("約", "およそ", "相当", "換算"),
    possessive="の",
    calendar_words=CALENDAR,
    # 上期 and 下期 are a fiscal year's halves as companies report them ("2023年度上期": April
    # to September 2023); Chinese copy quoted in Japanese writes 上半年
    half_years={"上半期": 1, "下半期": 2, "上期": 1, "下期": 2, "上半年": 1, "下半年": 2},
    eras=_han.ERAS,
    period_words=PERIODS,
    # "2026年までに": by 2026 (まで alone is "until")
    deadline_words=("までに",),
    end_of_words=("末",),
    shift_words={"前": -1, "以前": -1, "後": 1, "先": 1, "後に": 1},
    idioms=IDIOMS,
    share_words={
        "半数": ("0.5", None),
        "半分": ("0.5", None),
        "過半数": ("0.5", "lower"),
        "過半": ("0.5", "lower"),
    },  # fmt: skip
    multiplier_words={"倍増": "2", "半減": "0.5"},
    fiscal_year=("度", 4),
    fiscal_year_end=("月期",),
    per_words=("あたり", "当たり"),
    span_after=("ぶり", "振り", "連続"),
    # "1泊2日": nights and days of a stay, a span of two days (no 2nd of the month)
    lasting_words=("泊",),
    base_after=("比", "同期", "と比べ", "と比較", "に比べ"),
    digit_decimal_words=("点",),
    power_words=(("の", "乗"),),
    # ratios: "倍増" (doubled), "半減" (halved), "半分" (a half); "2倍" waits for the
    # numerals of the CJK finder
    multiplier_verbs={"倍増": "2", "半減": "0.5"},
    half_shares={"半分": "0.5"},
    kana_numerals=KANA_NUMERALS,
    # "3人に1人" (one in three) is a share; "10人のうち3人" three of ten, two counts
    share_joiners=("に",),
    # half price: a price cut by half, as "50 % off" is
    percent_alone={"半額": "50"},
    # "2割引", "2割引き": the share taken off the price (the share paid is the rest)
    discount_words=("割引き", "割引"),
    versus_words=("対",),
    tenth_verbs=("引き上げ", "引上げ", "引き下げ", "引下げ"),
    # "5%増えた。売上は…": no space after a sentence; "．" ends one in some copy, and between
    # digits is a decimal point ("１２．５")
    sentence_ends=("。", "！", "？", "．"),
    # "二、三人", "2、3人": two or three people (not 2 and 3)
    either_marks=("、",),
    # "震度6強": a level of the seismic intensity scale (強, 弱: its upper and lower halves)
    scale_names=("震度",),
    degree_scales={"摂氏": "degree_Celsius", "華氏": "degree_Fahrenheit"},
)
