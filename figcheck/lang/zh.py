"""Chinese, simplified and traditional: one lexicon holds both scripts' characters.

Where the scripts differ (万/萬, 亿/億, 个/個, 人民币/人民幣) both forms are listed; a
reader need not know which script a story uses to read its figures.
"""

from __future__ import annotations

from figcheck.lang import PESOS, Lexicon, _cldr, _han

_TRADITIONAL = str.maketrans(
    dict(
        pair.split("=")
        for pair in (
            "币=幣 欧=歐 镑=鎊 韩=韓 卢=盧 铢=銖 兰=蘭 亚=亞 纽=紐 约=約 过=過 达=達 仅=僅 将=將 "
            "余=餘 后=後 来=來 纪=紀 个=個 这=這 礼=禮 周=週 从=從 于=於 当=當 国=國 与=與 还=還 "
            "圆=圓 岁=歲 时=時 钟=鐘 条=條 头=頭 辆=輛 间=間 项=項 场=場 届=屆 张=張 户=戶 栋=棟 "
            "颗=顆 双=雙 对=對 处=處 种=種 类=類 轮=輪 吨=噸 亩=畝 层=層 乱=亂 战=戰 胜=勝 鸟=鳥 "
            "举=舉 两=兩 马=馬 军=軍 变=變 计=計 载=載 难=難 钧=鈞 发=發 万=萬 无=無 众=眾 干=乾 "
            "净=淨 连=連 闻=聞 见=見 断=斷 语=語 红=紅 别=別 记=記 开=開 队=隊 额=額 员=員 湾=灣 "
            "独=獨 为=為 带=帶 会=會 统=統 峡=峽 沟=溝 样=樣 页=頁 门=門 "
            "义=義 锤=錘 乌=烏 阳=陽 边=邊 叶=葉 产=產 总=總 实=實 观=觀 应=應 该=該 价=價 "
            "团=團 续=續 历=歷 长=長 点=點 号=號 扩=擴 涨=漲"
        ).split()
    )
)


def _both(table: dict) -> dict:
    """``table`` plus each word written in traditional characters, with the same meaning."""
    out = dict(table)
    for word, meaning in table.items():
        out.setdefault(word.translate(_TRADITIONAL), meaning)
    return out


def _forms(words: str) -> tuple[str, ...]:
    """The words of a space-separated list, each also in traditional characters."""
    return tuple(
        dict.fromkeys(w for word in words.split() for w in (word, word.translate(_TRADITIONAL)))
    )


NUMBERS = {
    **_han.DIGITS,
    "两": 2, "兩": 2, "俩": 2, "倆": 2,
    # the financial forms written on cheques and contracts
    "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4,
    "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip

SCALES = {**_han.SCALES, "拾": 1, "佰": 2, "仟": 3, "亿": 8}

CURRENCIES = _both(
    {
        "元": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD", "美圆": "USD",
        "日元": "JPY", "日圆": "JPY", "日币": "JPY", "円": "JPY", "欧元": "EUR", "欧": "EUR",
        "英镑": "GBP",
        "澳元": "AUD", "澳币": "AUD", "澳大利亚元": "AUD", "港元": "HKD", "港币": "HKD",
        "新台币": "TWD", "台币": "TWD", "新臺幣": "TWD", "韩元": "KRW", "韩币": "KRW",
        "卢布": "RUB", "里拉": "TRY", "卢比": "INR", "瑞士法郎": "CHF", "瑞郎": "CHF",
        "加元": "CAD", "加币": "CAD", "新加坡元": "SGD", "新元": "SGD", "纽元": "NZD",
        "泰铢": "THB", "奈拉": "NGN", "兰特": "ZAR", "雷亚尔": "BRL", "林吉特": "MYR",
        "比特币": "BTC", "块钱": "CNY", "塊錢": "CNY",
        "印度卢比": "INR", "巴基斯坦卢比": "PKR", "越南盾": "VND", "印尼盾": "IDR",
        "菲律宾比索": "PHP", "墨西哥比索": "MXN", "比索": PESOS, "新西兰元": "NZD", "瑞典克朗": "SEK",
        "挪威克朗": "NOK", "丹麦克朗": "DKK", "兹罗提": "PLN", "谢克尔": "ILS",
        "迪拉姆": "AED", "沙特里亚尔": "SAR", "埃及镑": "EGP", "澳门元": "MOP",
    }
)  # fmt: skip

#: CLDR's 星期一 and 周一, and the 礼拜 (禮拜) and 週 forms copy uses as much.
WEEKDAYS = _both(
    {
        **_cldr.weekdays("zh"),
        **{f"礼拜{d}": n for d, n in zip("一二三四五六日", range(1, 8), strict=True)},
        "礼拜天": 7,
        "星期天": 7, "周天": 7,
    }
)  # fmt: skip

QUALIFIERS = _both(
    {
        "约": "approx", "约合": "approx", "大约": "approx", "大概": "approx", "约为": "approx",
        "估计": "approx",
        "近": "approx-below", "将近": "approx-below", "接近": "approx-below",
        "逾": "lower", "超过": "lower", "超": "lower", "至少": "lower", "最少": "lower",
        "不少于": "lower", "多于": "lower", "高于": "lower",
        "不到": "upper", "不足": "upper", "不超过": "upper", "最多": "upper", "至多": "upper",
        "多达": "upper", "高达": "upper", "最高": "upper", "最高可达": "upper", "低于": "upper",
        "少于": "upper",
        "仅": "exact", "仅仅": "exact", "只": "exact", "只有": "exact", "仅有": "exact",
        # "only" before the verb of change: "仅增长2.0%", grew just 2.0%
        **{
            f"{only}{verb}": "exact"
            for only in ("仅", "仅仅", "只")
            for verb in ("增长", "增加", "上涨", "上升", "下降", "下跌", "减少", "降低", "提高")
        },
    }
)  # fmt: skip

QUALIFIERS_AFTER = _both(
    {
        "以上": "lower", "多": "lower", "余": "lower", "有余": "lower", "几": "lower",
        "以下": "upper", "以内": "upper",
        "左右": "approx", "上下": "approx",
    }
)  # fmt: skip

RELATIVE = _both(
    {
        "前年": ("year", -2), "去年": ("year", -1), "今年": ("year", 0), "明年": ("year", 1),
        "后年": ("year", 2), "上个月": ("month", -1), "上月": ("month", -1),
        "本月": ("month", 0), "这个月": ("month", 0), "当月": ("month", 0),
        "下个月": ("month", 1), "下月": ("month", 1),
        "上周": ("week", -1), "上星期": ("week", -1), "本周": ("week", 0), "这周": ("week", 0),
        "这个星期": ("week", 0), "下周": ("week", 1), "下星期": ("week", 1),
        "大前天": ("day", -3), "前天": ("day", -2), "昨天": ("day", -1), "昨日": ("day", -1),
        "今天": ("day", 0), "今日": ("day", 0), "当天": ("day", 0), "明天": ("day", 1),
        "明日": ("day", 1), "后天": ("day", 2), "大后天": ("day", 3),
    }
)  # fmt: skip

COUNTERS = _both(
    {
        **dict.fromkeys(("人", "名", "位", "员"), "person"),
        **dict.fromkeys(
            "个 家 架 件 只 条 头 匹 辆 艘 座 所 间 台 部 项 起 场 届 批 套 张 篇 份 户 栋 "
            "枚 颗 株 棵 双 对 例 宗 票 股 处 种 类 轮 名额 支 队 国 省 城 国家 "
            "次 球 集 页 字".split(),
            "thing",
        ),
        **dict.fromkeys(
            "岁 吨 公吨 公斤 千克 克 斤 公里 千米 米 公顷 亩 平方公里 平方米 立方米 升 毫升 "
            "千瓦 千瓦时 兆瓦 兆瓦时 "
            "毫米 厘米 天 个月 周 星期 小时 分钟 秒 度 层 年 摄氏度 ℃ "
            "英里 英尺 英寸 华氏度 海里 加仑 平方英尺 英亩".split(),
            "measure",
        ),
        "打": "dozen",
        "倍": "times",
    }
)  # fmt: skip

#: Units as pint names them (a "measure" counter not listed here, 斤 or 亩, stays a number).
UNITS = _both(
    {
        "吨": "metric_ton", "公吨": "metric_ton", "公斤": "kilogram", "千克": "kilogram",
        "克": "gram", "公里": "kilometer", "千米": "kilometer", "米": "meter",
        "毫米": "millimeter", "厘米": "centimeter", "公顷": "hectare",
        "平方公里": "kilometer ** 2", "平方米": "meter ** 2", "立方米": "meter ** 3",
        "升": "liter", "毫升": "milliliter", "天": "day", "个月": "month", "周": "week",
        "星期": "week", "小时": "hour", "分钟": "minute", "秒": "second", "年": "year",
        # an age, as "34 años", "34 ans" and "34-year-old" are years
        "岁": "year",
        "摄氏度": "degree_Celsius", "℃": "degree_Celsius",
        "千瓦": "kilowatt", "千瓦时": "kilowatt_hour", "兆瓦": "megawatt",
        "兆瓦时": "megawatt_hour",
        # the imperial units copy converts into ("40公里（25英里）")
        "英里": "mile", "英尺": "foot", "英寸": "inch", "华氏度": "degree_Fahrenheit",
        "海里": "nautical_mile", "加仑": "gallon", "平方英尺": "foot ** 2", "英亩": "acre",
    }
)  # fmt: skip

#: Minor units and their worth in hundredths: 钱 is the sen only after a yen amount
#: ("10日元5钱"); elsewhere it is money in general ("五块钱").
SUBUNITS = {
    "角": ("CNY", 10), "毛": ("CNY", 10), "分": ("CNY", 1), "美分": ("USD", 1),
    "日本銭": ("JPY", 1), "日本钱": ("JPY", 1), "钱": ("JPY", 1),
}  # fmt: skip

#: Words for a share before its number, and what the number is divided by to read it in
#: percent; parts per million are a percentage too, written small (百万分之五: 0.0005 %).
PERCENT_BEFORE = _both(
    {
        "百分之": 1, "佰分之": 1, "千分之": 10, "仟分之": 10, "万分之": 100,
        "十万分之": 1000, "百万分之": 10**4, "千万分之": 10**5, "亿分之": 10**6,
    }
)  # fmt: skip

#: Currencies whose amounts copy writes with a bare 元 once it has named them: the New
#: Taiwan dollar, and the Hong Kong dollar as Hong Kong copy names it (港幣).
LOCAL_YUAN = {
    "新臺幣": "TWD", "新台幣": "TWD", "新台币": "TWD", "臺幣": "TWD", "台幣": "TWD",
    "台币": "TWD", "港幣": "HKD",
}  # fmt: skip

CALENDAR = _both(
    {
        "年": "year", "月": "month", "日": "day", "号": "day", "年代": "decade",
        "世纪": "century", "季度": "quarter", "周": "week", "星期": "week",
        # the lunar calendar: read as dates, not converted
        "农历": "lunar", "阴历": "lunar", "正月": "lunar-month", "腊月": "lunar-month",
        "大年": "lunar-new-year", "初": "lunar-day",
    }
)  # fmt: skip

PERIODS = _both(
    {
        "以来": "since", "起": "since", "开始": "since", "以后": "after", "之后": "after",
        "自": "from", "从": "from", "自从": "from", "由": "from",
        "截至": "until", "截止": "until", "截止到": "until", "直到": "until",
        # "到2030年": by 2030, a target's deadline (as English "by 2030"), never after a date
        # ("7月4日到达": arrives on 4 July); "从2016年到2019年" is read as a range before
        "到": "to",
        # verbs ending in 到 that reach a date, no deadline: "回到2019年水平", "推迟到2026年"
        "回到": "reach", "达到": "reach", "快到": "reach", "推迟到": "reach", "延迟到": "reach",
        "提前到": "reach", "来到": "reach",
        "以前": "before", "之前": "before",
        "年初以来": "year-to-date", "年初至今": "year-to-date", "今年以来": "year-to-date",
    }
)  # fmt: skip

IDIOMS = _forms(
    "百战百胜 一石二鸟 千万不要 千万别 千万要 千万记 千万小心 千万不能 千万注意 万一 一一 "
    "三三两两 十全十美 一五一十 千千万万 十之八九 七上八下 乱七八糟 一心一意 一模一样 "
    "独一无二 万无一失 一举两得 三心二意 四面八方 五花八门 千方百计 千军万马 万众一心 "
    "一干二净 接二连三 百闻不如一见 九牛一毛 一刀两断 三言两语 一清二楚 半信半疑 "
    "四分五裂 七零八落 千变万化 万紫千红 百发百中 十万火急 一日千里 千载难逢 千钧一发 "
    "一本万利 一成不变 一波三折 百折不挠 不三不四 一分为二 合二为一 合而为一 一是一 二是二 "
    "三番五次 九死一生 一路 "
    "唯一 统一 一起 一直 一样 一定 一般 一旦 一些 一切 万分 十分 "
    "千里 百姓 三峡 四川 五台山 九寨沟 八达岭 七夕 一带一路 两岸 两会 二战 一战 "
    "二次世界大战 一次世界大战 二次大战 一次大战 "
    # plans, congresses, shopping days and groups named by their number
    "十一五 十二五 十三五 十四五 十五五 十六大 十七大 十八大 十九大 二十大 二十一大 "
    "双十一 双十二 双11 双12 七国集团 八国集团 二十国集团 七台河 两位数 三位数 个位数 双位数 "
    # holidays and events named by their date, and sayings of many
    "十一黄金周 十一长假 十一假期 十一国庆 九一八 九一一 618大促 "
    "百万富翁 千万富翁 亿万富翁 千家万户"
)

#: Streaks (figcheck.extractors.count): "连续第五个月", "连续三次加息"; each unit with its
#: counter a key.
STREAK_UNITS = {
    "个月": "month", "個月": "month", "月": "month", "个季度": "quarter", "個季度": "quarter",
    "季度": "quarter", "年": "year", "天": "day", "日": "day", "周": "week", "週": "week",
    "次": "time", "个交易日": "session", "個交易日": "session", "场": "game", "場": "game",
}  # fmt: skip


LEXICON = Lexicon(
    code="zh",
    name="Chinese",
    streak_units=STREAK_UNITS,
    streak_words=("连续", "連續"),
    streak_words_first=True,
    story_relative=("上年", "前一年", "次年", "翌年", "同年", "当年", "當年"),
    numbers=NUMBERS,
    scales=SCALES,
    currencies=CURRENCIES,
    months=_cldr.months("zh"),
    weekdays=WEEKDAYS,
    qualifiers=QUALIFIERS,
    relative=RELATIVE,
    percent_words=("%", "％"),
    point_words=("个百分点", "個百分點", "百分点", "百分點"),
    basis_point_words=_forms("个基点 基点"),
    function_words=frozenset(
        _forms(
            "的 了 是 在 和 也 有 这 为 与 将 对 及 并 被 把 都 已 就 还 于 或 等 向 从 到 至 "
            "中 上 下 后 内"
        )
    ),
    qualifiers_after=QUALIFIERS_AFTER,
    qualifier_links=("有", "达", "达到", "達", "達到", "为", "為", "是", "了"),
    # "零下5摄氏度": five degrees below zero
    negative_words=("负", "負", "零下"),
    decade_marks=_forms("后"),
    decimal_words=("点", "點"),
    denominator_first=("分之",),
    percent_before=PERCENT_BEFORE,
    tenth_words=("成", "折"),
    scale_tail=True,
    one_as_article=True,
    filler_counters=_forms("个"),
    hour_points=("点", "點"),
    number_words_alone={"半百": "50"},
    counters=COUNTERS,
    units=UNITS,
    share_words=_both(
        {
            "一半": ("0.5", None),
            "半数": ("0.5", None),
            "过半": ("0.5", "lower"),
            "过半数": ("0.5", "lower"),
            "逾半": ("0.5", "lower"),
        }
    ),  # fmt: skip
    local_yuan=LOCAL_YUAN,
    lasting_words=_forms("持续 持續 为期 历时 歷時 长达 長達 连续 連續 一连 一連 共计"),
    # "几百", "数千", "上万": some hundreds, thousands, tens of thousands (no value)
    vague_before=_forms("几 数 上"),
    approx_after_places=_forms("来 把"),
    base_before=_forms("比 较 相比 相较"),
    base_after=_forms("同期 相比 相较"),
    or_words=_forms("或 或者 或是"),
    and_words=_forms("和 与 及 以及 同 跟"),
    rise_words=tuple("增长 增加 上涨 上升 提高 回升 增 涨 升".split()),
    fall_words=tuple("下降 下跌 减少 降低 下滑 回落 减 跌 降".split()),
    range_words=("至", "到", "~", "〜", "-", "–", "—"),
    subunits=SUBUNITS,
    conversion_words=_forms("约合 折合 合 相当于 约 即"),
    possessive="的",
    rate_words=_forms("兑 兑换 兌 兌換"),
    doubling=("翻", "番"),
    multiplier_words=_both(
        {
            "翻倍": "2", "翻番": "2", "减半": "0.5",
            # grown "by one times" is doubled ("增长两倍" is left as written: copy reads it
            # both as twice and as three times)
            **{
                f"{verb}{done}{one}倍": "2"
                for verb in ("增长", "增加", "提高", "扩大", "上涨")
                for done in ("", "了")
                for one in ("一", "1")
            },
        }
    ),  # fmt: skip
    order_words=("级", "級"),
    calendar_words=CALENDAR,
    half_years=_both({"上半年": 1, "下半年": 2}),
    # the five-year plans, named by their number (also idioms: no number of their own)
    named_periods={
        f"十{n}五": (2006 + 5 * i, 2010 + 5 * i) for i, n in enumerate("一二三四五")
    },
    eras=_han.ERAS,
    period_words=PERIODS,
    deadline_words=("到",),
    end_of_words=("底", "末"),
    shift_words=_both({"前": -1, "以前": -1, "之前": -1, "后": 1, "以后": 1, "之后": 1}),
    idioms=IDIOMS,
    power_words=tuple((of, power) for of in ("的",) for power in _forms("次方 次幂")),
    # ratios: "翻了一番" (doubled), "减半" (halved), "一半" (a half); "两倍" waits for the
    # Han numerals of the CJK finder
    multiplier_verbs={"翻番": "2", "翻一番": "2", "翻了一番": "2", "减半": "0.5", "減半": "0.5"},
    half_shares={"一半": "0.5"},
    ahead_before=("将", "將", "定于", "定於", "计划", "計劃", "预计", "預計", "拟", "擬", "有望", "即将",
                  "即將"),
    # "打对折", "半价": half the price (五折, 50 %)
    percent_alone=_both({"对折": "50", "半价": "50"}),
    # "半成": half a tenth, as "三成半" is three and a half tenths
    percent_words_alone={"半成": "5"},
    # "八折": pay eight tenths, 20 % off (成 is a plain share: "四成" is 40 %)
    paid_tenth_words=("折",),
    # "每五人中就有一人" (one in every five) is a share; "十人中有三人" three of ten, two counts
    share_joiners=_forms("中 中有 中就有 之中 当中 当中有"),
    share_openers=("每",),
    # "增长5%。销量…": no space after a sentence; "．" is a full stop too, and between
    # digits a decimal point ("１２．５")
    sentence_ends=("。", "！", "？", "．"),
    # "二、三人", "2、3人": two or three people (not 2 and 3)
    either_marks=("、",),
    # "震度6强": a level of Japan's seismic intensity scale, as Chinese copy quotes it
    scale_names=("震度",),
    degree_scales={
        "摄氏": "degree_Celsius", "攝氏": "degree_Celsius",
        "华氏": "degree_Fahrenheit", "華氏": "degree_Fahrenheit",
    },
)
