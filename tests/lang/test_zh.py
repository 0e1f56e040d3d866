"""Chinese, simplified and traditional: sentences and the figures read in them."""

from decimal import Decimal

import pytest
from figure_table import F, assert_reads

from figcheck.extractors import cjk, extract
from figcheck.extractors.unit_facts import UNIT_FACTS
from figcheck.lang import QUALIFIER_MEANINGS, lexicon

Y = ("2016-01-01", "2019-12-31")


def _paid(share: str) -> tuple:
    """The extra of a price cut: the share of the price paid ("八折": 80)."""
    return (("share_paid", Decimal(share)),)

CASES = [
    # money: 万/亿 with digits, ranges, conversions, currencies before and after
    ("基金提供300万至500万元人民币的奖金。", [
        F("money", "300万", "3000000", unit="CNY", range_part="low", range_with=1),
        F("money", "500万元人民币", "5000000", unit="CNY", range_part="high", range_with=0)]),
    ("奖金为300万元人民币（约合42万美元）。", [
        F("money", "300万元人民币", "3000000", unit="CNY"),
        F("money", "42万美元", "420000", unit="USD", conversion_of=0, qualifier="about")]),
    # ... after a short noun the amount is of
    ("贸易顺差为300亿美元的顺差（约合2100亿元人民币）。", [
        F("money", "300亿美元", "30000000000", unit="USD"),
        F("money", "2100亿元人民币", "210000000000", unit="CNY", conversion_of=0,
          qualifier="about")]),
    # a qualifier with a verb between it and its number
    ("至少有12人死亡。", [F("count", "12", "12", qualifier="more than")]),
    ("总投资3至5万元。", [
        F("money", "3", "30000", unit="CNY", range_part="low"),
        F("money", "5万元", "50000", unit="CNY", range_part="high")]),
    ("营收达2.35万亿元", [F("money", "2.35万亿元", "2350000000000", unit="CNY", scale="万亿")]),
    ("亏损6000亿韩元(约合人民币31亿元)", [
        F("money", "6000亿韩元", "600000000000", unit="KRW"),
        F("money", "人民币31亿元", "3100000000", unit="CNY", conversion_of=0)]),
    ("增至60億(320億港元)至70億澳元(373億港元)", [
        F("money", "60億", "6000000000", unit="AUD", range_part="low", range_with=2),
        F("money", "320億港元", "32000000000", unit="HKD", conversion_of=0),
        F("money", "70億澳元", "7000000000", unit="AUD", range_part="high", range_with=0),
        F("money", "373億港元", "37300000000", unit="HKD", conversion_of=2)]),
    ("当日1美元兑换7.2元", [
        F("money", "1美元", "1", unit="USD"),
        F("money", "7.2元", "7.2", unit="CNY", conversion_of=0)]),
    ("票价¥300", [F("money", "¥300", "300", unit="CNY")]),
    # 比索 of the country the text names (Manila: the Philippines'), else Mexico's
    ("马尼拉官员说，损失达23亿比索。", [F("money", "23亿比索", "2300000000", unit="PHP")]),
    ("损失达23亿比索。", [
        F("money", "23亿比索", "2300000000", unit="MXN",
          ambiguous=("MXN", "PHP", "ARS", "CLP", "COP"))]),
    ("预计花费80亿或90亿美元", [
        F("money", "80亿", "8000000000", unit="USD", range_part=None),
        F("money", "90亿美元", "9000000000", unit="USD")]),
    ("全程3至5公里", [
        F("quantity", "3", "3", unit="kilometer", range_part="low"),
        F("quantity", "5公里", "5", unit="kilometer", range_part="high")]),
    ("门票二十块钱", [F("money", "二十块钱", "20", unit="CNY")]),
    # the imperial units a conversion gives
    ("距海岸40公里（25英里）", [
        F("quantity", "40公里", "40", unit="kilometer"),
        F("quantity", "25英里", "25", unit="mile")]),
    ("面积5000平方英尺", [F("quantity", "5000平方英尺", "5000", unit="foot ** 2")]),
    # an age is years, as "34 años" and "a 34-year-old" are
    ("受伤的消防员34岁", [F("quantity", "34岁", "34", unit="year")]),
    # degrees whose scale is named before the number
    ("气温高达华氏104度（摄氏40度）", [
        F("quantity", "华氏104度", "104", unit="degree_Fahrenheit"),
        F("quantity", "摄氏40度", "40", unit="degree_Celsius")]),
    ("夜间气温降至摄氏零下5度", [F("quantity", "摄氏零下5度", "-5", unit="degree_Celsius")]),
    # the all-purpose counter may stand before a currency; 元 alone starts other words
    ("钱包里还剩50个比特币", [F("money", "50个比特币", "50", unit="BTC")]),
    ("小费给了三个美元", [F("money", "三个美元", "3", unit="USD")]),
    ("周期表上有5个元素", [F("count", "5", "5")]),
    # the all-purpose counter before a place word is said aloud: "30个亿" is 3 billion
    ("全年营收30个亿", [F("number", "30个亿", "3000000000", scale="亿")]),
    ("项目投资两个亿元", [F("money", "两个亿元", "200000000", unit="CNY")]),
    # "半百" is fifty (past fifty years of age), and no majority ("过半")
    ("这位教练年过半百", [F("number", "半百", "50", qualifier="more than")]),
    ("年近半百的工程师", [F("number", "半百", "50", qualifier="nearly")]),
    ("一半百姓支持", [F("ratio", "一半", "0.5", unit="share")]),
    ("他的身价为8000万欧", [F("money", "8000万欧", "80000000", unit="EUR")]),
    ("约4亿欧洲人", [F("number", "4亿", "400000000", qualifier="about")]),
    ("报价为30日元8钱", [F("money", "30日元8钱", "30.08", unit="JPY")]),
    ("每股1.95港元", [F("money", "1.95港元", "1.95", unit="HKD")]),
    ("成本增至26億澳元", [F("money", "26億澳元", "2600000000", unit="AUD")]),
    ("罚款两千万卢布", [F("money", "两千万卢布", "20000000", unit="RUB")]),
    ("价格是五元三角", [F("money", "五元三角", "5.3", unit="CNY")]),
    ("营收１２３亿美元", [F("money", "１２３亿美元", "12300000000", unit="USD")]),
    # a bare 元 is the local yuan where the article names it, and no other, nor the renminbi
    ("營收新臺幣500億元，每股盈餘3.2元", [
        F("money", "新臺幣500億元", "50000000000", unit="TWD"),
        F("money", "3.2元", "3.2", unit="TWD", extra=(
            ("currency_from", "article"), ("currency_evidence", "新臺幣")))]),
    ("新台币500亿元（约合人民币110亿元），每股3.2元", [
        F("money", "新台币500亿元", "50000000000", unit="TWD"),
        F("money", "人民币110亿元", "11000000000", unit="CNY", conversion_of=0),
        F("money", "3.2元", "3.2", unit="CNY")]),
    ("營收新臺幣500億元，港幣20億元，每股3.2元", [
        F("money", "新臺幣500億元", "50000000000", unit="TWD"),
        F("money", "港幣20億元", "2000000000", unit="HKD"),
        F("money", "3.2元", "3.2", unit="CNY")]),
    # numbers: place words, Han numerals, full width, idioms and bare place words
    ("人口达到1,100万", [F("number", "1,100万", "11000000", scale="万")]),
    ("计划招收3万4000", [F("number", "3万4000", "34000")]),
    ("一千八百万", [F("number", "一千八百万", "18000000")]),
    ("三万五", [F("number", "三万五", "35000")]),
    ("二百五", [F("number", "二百五", "250")]),
    ("一百零五", [F("number", "一百零五", "105")]),
    ("十二", [F("number", "十二", "12")]),
    ("负三十二", [F("number", "负三十二", "-32")]),
    ("十五点七", [F("number", "十五点七", "15.7")]),
    ("三分之一", [F("ratio", "三分之一", Decimal(1) / 3, unit="share")]),
    ("10的6次方等于一百万", [
        F("number", "10的6次方", "1000000"), F("number", "一百万", "1000000")]),
    ("误差为1.5e-4", [F("number", "1.5e-4", "0.00015")]),
    ("下午3点20开会", []),
    ("百战百胜", []),
    ("一石二鸟", []),
    ("千万不要迟到", []),
    ("万", []),
    ("萬萬", []),
    ("机型为空客A320和波音737-800", []),
    # two neighbouring digits before a counter: five or six people, a range (as 七八十人)
    ("五六个人", [
        F("count", "五", "5", range_part="low"), F("count", "六", "6", range_part="high")]),
    ("有二、三人受伤", [
        F("count", "二", "2", range_part="low"), F("count", "三", "3", range_part="high")]),
    ("有2、3人受伤", [
        F("count", "2", "2", range_part="low"), F("count", "3", "3", range_part="high")]),
    ("来了三、四十人", [
        F("count", "三", "30", range_part="low"), F("count", "四十", "40", range_part="high")]),
    ("约有两三公里", [
        F("quantity", "两", "2", unit="kilometer", range_part="low"),
        F("quantity", "三公里", "3", unit="kilometer", range_part="high")]),
    ("二、三成的企业", [
        F("percent", "二", "20", unit="%", range_part="low"),
        F("percent", "三成", "30", unit="%", range_part="high")]),
    # digits that are no neighbours ("三五个": a few) and months ("1、2月份": January and
    # February) make no guess
    ("三五个人", []),
    # a full-width comma between ASCII digits ends a clause in Chinese: two prices
    ("旧款售价$20，300美元", [
        F("money", "$20", "20", unit="USD"), F("money", "300美元", "300", unit="USD")]),
    # a level of Japan's seismic intensity scale is no count ("强" no "more than")
    ("日本发生7.1级地震，最大震度6强", [F("number", "7.1", "7.1")]),
    ("1、2月份", [F("date", "2月份", ("2023-02-01", "2023-02-28"))]),
    # a Han digit standing as a word of its own is a number; one labelling a list item is not
    ("答案不是一，而是二", [F("number", "一", "1"), F("number", "二", "2")]),
    ("一、加强监管；二、扩大开放。", []),
    ("原因有二：一，成本高；二，需求弱。", []),
    ("住在四川的人", []),
    ("两家公司合二为一。", [F("count", "两", "2")]),
    ("现场来了七八十人", [
        F("count", "七", "70", range_part="low"), F("count", "八十", "80", range_part="high")]),
    ("损失三四百万元", [
        F("money", "三", "3000000", unit="CNY", range_part="low"),
        F("money", "四百万元", "4000000", unit="CNY", range_part="high")]),
    ("二五十人", []),
    # 两 makes a pair with its neighbour too: two or three thousand, one or two hundred
    ("展馆每天接待两三千人", [
        F("count", "两", "2000", range_part="low"), F("count", "三千", "3000", range_part="high")]),
    ("村里只剩一两百户", [
        F("count", "一", "100", range_part="low"), F("count", "两百", "200", range_part="high")]),
    ("休息了三两天", []),
    ("他住在四川", []),
    ("海军陆战队登陆部队已上岸", []),
    ("十四五规划的目标", [F("period", "十四五", ("2021-01-01", "2025-12-31"))]),
    ("十一黄金周期间客流回暖", []),
    ("纪念九一八事变", []),
    ("他梦想成为百万富翁", []),
    ("走进千家万户", []),
    ("党的二十大以来", []),
    ("双十一的销量", []),
    ("二十國集團峰會", []),
    ("几百人聚集在广场", [F("count", "几百", None, vague=True, magnitude=2)]),
    ("数千名抗议者", [F("count", "数千", None, vague=True, magnitude=3, noun="抗议者")]),
    ("损失数十亿美元", []),
    ("他弯腰拾起一块石头", []),
    ("合同金额伍拾万元整", [F("money", "伍拾万元", "500000", unit="CNY")]),
    ("下午三点四十分开会", []),
    ("会议持续了45分钟", [F("quantity", "45分钟", "45", unit="minute")]),
    ("全长约120公里", [F("quantity", "120公里", "120", unit="kilometer", qualifier="about")]),
    ("年产8.5万吨", [F("quantity", "8.5万吨", "85000", unit="metric_ton")]),
    ("占地3平方公里", [F("quantity", "3平方公里", "3", unit="kilometer ** 2")]),
    ("成本是预算的三倍", [F("ratio", "三倍", "3", unit="times")]),
    ("出口额翻了一番", [F("ratio", "翻了一番", "2", unit="times")]),
    ("订单量翻倍", [F("ratio", "翻倍", "2", unit="times")]),
    ("补贴减半", [F("ratio", "减半", "0.5", unit="times")]),
    # "到2030年": by 2030, a deadline, as "by 2030" reads
    ("到2030年翻两番", [
        F("period", "到2030年", (None, "2030-12-31"), open_start=True),
        F("ratio", "翻两番", "4", unit="times")]),
    ("约1/4的家庭", [F("ratio", "1/4", "0.25", unit="share", qualifier="about")]),
    ("千亿级市场", []),
    ("增速保持两位数", []),
    ("展览为期10日", [F("quantity", "10日", "10", unit="day")]),
    ("活動持續5日", [F("quantity", "5日", "5", unit="day")]),
    ("他於第二次世界大戰後回國", []),
    ("二次世界大战结束", []),
    ("公司创业100年", []),
    ("公元前221年", []),
    ("战争持续了100年", [F("quantity", "100", "100", unit="year")]),
    ("他在公司工作了12年", [F("quantity", "12", "12", unit="year", phrase="12年")]),
    ("利润增长了一倍", [F("ratio", "增长了一倍", "2", unit="times")]),
    # counts: a counter and the noun after it
    ("事故造成147人死亡", [F("count", "147", "147", noun="人", phrase="147人")]),
    ("机上有175名乘客和6名机组人员", [
        F("count", "175", "175", noun="乘客"), F("count", "6", "6", noun="机组人员")]),
    ("两千名工人", [F("count", "两千", "2000", noun="工人")]),
    ("将建造800个新的保障住房单元", [
        F("count", "800", "800", noun="保障住房", phrase="800个新的保障住房")]),
    ("超过200家企业", [F("count", "200", "200", noun="企业", qualifier="more than")]),
    ("300多人", [F("count", "300多", "300", qualifier="more than")]),
    ("约十二名乘客", [F("count", "十二", "12", qualifier="about")]),
    ("一名男子", [F("count", "一", "1", noun="男子")]),
    ("一个问题", []),
    ("排在第一位", []),
    ("第3名", []),
    # percent and percentage points
    ("增长百分之四十", [F("percent", "百分之四十", "40", unit="%")]),
    ("失业率为４０％", [F("percent", "４０％", "40", unit="%")]),
    ("下降了3个百分点", [F("percent", "3个百分点", "3", unit="pp")]),
    # "only" before the verb of change qualifies the change
    ("零售额仅增长2.5%", [F("percent", "2.5%", "2.5", unit="%", qualifier="only",
                             phrase="仅增长2.5%")]),
    ("零售额增长2.5%", [F("percent", "2.5%", "2.5", unit="%")]),
    ("四成受访者", [F("percent", "四成", "40", unit="%")]),
    ("一半以上的居民", [F("ratio", "一半", "0.5", unit="share", qualifier="more than")]),
    # a price cut records the share taken off, as "20% off" does; the share paid beside it
    ("全场八折", [F("percent", "八折", "20", unit="%", extra=_paid("80"))]),
    ("冬装一律打对折", [F("percent", "对折", "50", unit="%", extra=_paid("50"))]),
    ("旧款鞋子一律七五折", [F("percent", "七五折", "25", unit="%", extra=_paid("75"))]),
    ("新款三折叠屏手机", []),
    ("一折腾就是半天", []),
    ("会员再享9.5折", [F("percent", "9.5折", "5", unit="%", extra=_paid("95.0"))]),
    ("每五人中就有一人", [F("ratio", "五人中就有一人", "0.2", unit="share")]),
    ("每10名员工中有3名", [F("ratio", "10名员工中有3名", "0.3", unit="share")]),
    ("12个城市中有5个", [F("count", "12", "12"), F("count", "5", "5")]),
    ("气温降至零下5摄氏度", [F("quantity", "零下5摄氏度", "-5", unit="degree_Celsius")]),
    ("最高气温38℃", [F("quantity", "38℃", "38", unit="degree_Celsius")]),
    # a place word with no digit counts one of its place after a qualifier or before 余
    ("近万人参加", [F("count", "万", "10000", qualifier="nearly")]),
    ("万余名志愿者", [F("count", "万余", "10000", qualifier="more than")]),
    ("投资逾亿元", [F("money", "亿元", "100000000", unit="CNY", qualifier="more than")]),
    ("上万人", [F("count", "上万", None, vague=True, magnitude=4)]),
    ("入住万豪酒店", []),
    ("会议持续了两个半小时", [F("quantity", "两个半小时", "2.5", unit="hour")]),
    # an hour of the clock is no figure, in either script
    ("晚上9点开会", []),
    ("晚上9點開會", []),
    ("工期一年半", [F("quantity", "一年半", "1.5", unit="year")]),
    ("售价200印度卢比", [F("money", "200印度卢比", "200", unit="INR")]),
    ("占比百分之十几", [F("percent", "百分之十几", "10", unit="%", qualifier="more than")]),
    ("新品七到八折", [
        F("percent", "七", "30", unit="%", range_part="low", extra=_paid("70")),
        F("percent", "八折", "20", unit="%", range_part="high", extra=_paid("80"))]),
    ("三至五成受访者", [
        F("percent", "三", "30", unit="%", range_part="low"),
        F("percent", "五成", "50", unit="%", range_part="high")]),
    ("成本增加2至3倍", [
        F("ratio", "2", "2", unit="times", range_part="low"),
        F("ratio", "3倍", "3", unit="times", range_part="high")]),
    ("他一到家就睡了", []),
    ("买了半打鸡蛋", [F("number", "半打", "6")]),
    ("門票半價", [F("percent", "半價", "50", unit="%")]),
    ("千分之五", [F("percent", "千分之五", "0.5", unit="%")]),
    ("误差为百万分之三", [F("percent", "百万分之三", "0.0003", unit="%")]),
    ("三百万分之一的概率", [F("ratio", "三百万分之一", Decimal(1) / 3000000, unit="share")]),
    ("一成不变", []),
    # dates and periods, resolved against 2023-08-26
    ("2016年至2019年间", [F("period", "2016年至2019年", Y, precision="year")]),
    ("从2016年到2019年", [F("period", "从2016年到2019年", Y)]),
    # 到 before a date is "by" it; a verb of reaching holds no deadline, nor 到 after a date
    ("预计到2030年煤炭占比降至40%", [
        F("period", "到2030年", (None, "2030-12-31"), open_start=True,
          extra=(("deadline", True),)),
        F("percent", "40%", "40", unit="%")]),
    ("产量回到2019年的水平", [F("date", "2019年", ("2019-01-01", "2019-12-31"))]),
    ("工期推迟到2026年", [F("date", "2026年", ("2026-01-01", "2026-12-31"))]),
    # 截至 ends a span, no deadline
    ("截至2023年，累计投资12亿元", [
        F("period", "截至2023年", (None, "2023-12-31"), open_start=True, extra=()),
        F("money", "12亿元", "1200000000", unit="CNY")]),
    ("代表团7月4日到达", [F("date", "7月4日", ("2023-07-04", "2023-07-04"))]),
    ("從2016年到2019年", [F("period", "從2016年到2019年", Y)]),
    ("2016至2019年", [F("period", "2016至2019年", Y)]),
    ("2023年8月24日", [F("date", "2023年8月24日", ("2023-08-24", "2023-08-24"), precision="day")]),
    ("8月24日（星期四）", [
        F("date", "8月24日（星期四）", ("2023-08-24", "2023-08-24"), relative=True)]),
    ("2023年8月", [F("date", "2023年8月", ("2023-08-01", "2023-08-31"), precision="month")]),
    ("二〇〇九年十月十二日", [F("date", "二〇〇九年十月十二日", ("2009-10-12", "2009-10-12"))]),
    ("二千零六年五月一日", [F("date", "二千零六年五月一日", ("2006-05-01", "2006-05-01"))]),
    ("两千年来", []),
    ("民國112年", [F("date", "民國112年", ("2023-01-01", "2023-12-31"))]),
    ("公司昨（15）日公布財報", [
        F("date", "昨（15）日", ("2023-08-15", "2023-08-15"), relative=True)]),
    ("去年5月", [F("date", "去年5月", ("2022-05-01", "2022-05-31"), relative=True)]),
    ("去年", [F("date", "去年", ("2022-01-01", "2022-12-31"), precision="year")]),
    ("上月", [F("date", "上月", ("2023-07-01", "2023-07-31"), precision="month")]),
    ("上周三", [F("date", "上周三", ("2023-08-16", "2023-08-16"))]),
    ("自2019年以来", [F("period", "自2019年以来", ("2019-01-01", None), open_end=True)]),
    ("截至2022年", [F("period", "截至2022年", (None, "2022-12-31"), open_start=True)]),
    ("近三年", [F("period", "近三年", ("2020-08-27", "2023-08-26"))]),
    ("创下14年来的最低纪录", [F("period", "14年来", ("2009-08-27", "2023-08-26"))]),
    ("地铁7号线", []),
    ("三年前", [F("date", "三年前", ("2020-01-01", "2020-12-31"))]),
    ("今年一季度", [F("date", "今年一季度", ("2023-01-01", "2023-03-31"), precision="quarter")]),
    ("今年前三季度", [F("date", "今年前三季度", ("2023-01-01", "2023-09-30"))]),
    ("2022年前两个季度", [F("date", "2022年前两个季度", ("2022-01-01", "2022-06-30"))]),
    ("连续三个季度", [F("count", "连续三个季度", "3")]),
    ("上世纪90年代", [F("date", "上世纪90年代", ("1990-01-01", "1999-12-31"))]),
    ("2022年1至9月的出口", [F("period", "2022年1至9月", ("2022-01-01", "2022-09-30"))]),
    ("1月10日到12日", [F("period", "1月10日到12日", ("2023-01-10", "2023-01-12"))]),
    # a month range without a year: its end the latest such month, its start before it
    ("1-3月的销量", [F("period", "1-3月", ("2023-01-01", "2023-03-31"), relative=True)]),
    ("11-2月的销量", [F("period", "11-2月", ("2022-11-01", "2023-02-28"), relative=True)]),
    ("2023年11-2月的销量", [F("period", "2023年11-2月", ("2023-11-01", "2024-02-29"))]),
    ("展会12號開幕", [F("date", "12號", ("2023-08-12", "2023-08-12"), relative=True)]),
    ("10～12日举行", [F("period", "10～12日", ("2023-08-10", "2023-08-12"), relative=True)]),
    # a year before days alone, or before relative months, lends them nothing it lacks
    ("今年10~12日举行", [
        F("period", "今年10~12日", ("2023-08-10", "2023-08-12"), relative=True)]),
    ("2023年上个月至下个月的销量", [F(
        "period", "2023年上个月至下个月", ("2023-07-01", "2023-09-30"), relative=True,
        precision="month")]),
    # the year's first months: January to the month counted, last year's when that month
    # has not begun by publication; not the months before an event, nor the last twelve
    ("今年前五个月，钢材产量持平", [
        F("period", "今年前五个月", ("2023-01-01", "2023-05-31"), precision="month")]),
    ("2021年前11个月的客流", [F("period", "2021年前11个月", ("2021-01-01", "2021-11-30"))]),
    ("前7个月，快递业务量增长", [
        F("period", "前7个月", ("2023-01-01", "2023-07-31"), relative=True)]),
    ("前9个月，港口吞吐量回落", [F("period", "前9个月", ("2022-01-01", "2022-09-30"))]),
    ("签约前3个月完成验收", [F("quantity", "3个月", "3", unit="month")]),
    ("前12个月的滚动平均", [F("period", "前12个月", ("2022-08-27", "2023-08-26"))]),
    # since New Year, to publication, as "year to date"
    ("今年以来，金价累计上涨9%", [
        F("period", "今年以来", ("2023-01-01", "2023-08-26"), relative=True),
        F("percent", "9%", "9", unit="%")]),
    # a five-year plan named by its number is the period it covers
    ("“十四五”期间新建铁路1.9万公里", [
        F("period", "十四五", ("2021-01-01", "2025-12-31")),
        F("quantity", "1.9万公里", "19000", unit="kilometer")]),
    ("十三五期间", [F("period", "十三五", ("2016-01-01", "2020-12-31"))]),
    # Taiwanese copy: "前3季", "前7月", and halves of a Republic year
    ("前3季每股盈餘創新高", [F("date", "前3季", ("2023-01-01", "2023-09-30"))]),
    ("今年前7月外銷訂單", [F("period", "今年前7月", ("2023-01-01", "2023-07-31"))]),
    ("民國111年下半年", [
        F("date", "民國111年下半年", ("2022-07-01", "2022-12-31"), relative=False)]),
    ("第二季度，公司扭亏为盈", [F("date", "第二季度", ("2023-04-01", "2023-06-30"))]),
    ("下半年，订单有望回升", [F("date", "下半年", ("2023-07-01", "2023-12-31"))]),
    # half a tenth, with its qualifier; not 半 of another word before 成
    ("净利率提高了半成", [F("percent", "半成", "5", unit="%")]),
    ("近半成的网点关闭", [F("percent", "半成", "5", unit="%", qualifier="nearly")]),
    ("半成品库存下降", []),
    ("一半成了仓库", [F("ratio", "一半", "0.5", unit="share")]),
    ("逾六成商户", [F("percent", "六成", "60", unit="%", qualifier="more than")]),
    ("六七成的商铺已复工", [
        F("percent", "六", "60", unit="%", range_part="low"),
        F("percent", "七成", "70", unit="%", range_part="high")]),
    ("五六成", [
        F("percent", "五", "50", unit="%", range_part="low"),
        F("percent", "六成", "60", unit="%", range_part="high")]),
    # vague and approximate counts; "top three" is a count as in English, alone no figure
    ("数十名志愿者", [F("count", "数十", None, vague=True, magnitude=1)]),
    ("上百辆货车", [F("count", "上百", None, vague=True, magnitude=2)]),
    ("千余名游客", [F("count", "千余", "1000", qualifier="more than")]),
    ("近两百人", [F("count", "两百", "200", qualifier="nearly")]),
    ("两三百名学生", [
        F("count", "两", "200", range_part="low"), F("count", "三百", "300", range_part="high")]),
    ("积分榜前三名都来自南方", [F("count", "三", "3")]),
    ("这所学校跻身全省前三", []),
    # changes in points and percent, and a stated conversion after 约合
    ("合格率同比提高1.8个百分点", [F("percent", "1.8个百分点", "1.8", unit="pp")]),
    ("客单价环比下降2.4%", [F("percent", "2.4%", "2.4", unit="%")]),
    # a relative word a change is measured against is no date of its own
    ("6月份，零售额比上月增长1.1%", [
        F("date", "6月份", ("2023-06-01", "2023-06-30")), F("percent", "1.1%", "1.1", unit="%")]),
    ("营收较去年同期下降8%", [F("percent", "8%", "8", unit="%")]),
    ("与去年相比，客流回升三成", [F("percent", "三成", "30", unit="%")]),
    ("去年营收增长了6%", [
        F("date", "去年", ("2022-01-01", "2022-12-31")), F("percent", "6%", "6", unit="%")]),
    # units named with a place word after a large place: a million kilowatts, not watts
    ("新增装机容量120万千瓦", [F("quantity", "120万千瓦", "1200000", unit="kilowatt")]),
    ("年发电量约30亿千瓦时", [
        F("quantity", "30亿千瓦时", "3000000000", unit="kilowatt_hour", qualifier="about")]),
    ("运送物资8万千克", [F("quantity", "8万千克", "80000", unit="kilogram")]),
    ("全程两千米", [F("quantity", "两千米", "2000", unit="meter")]),
    # grown by one times is doubled
    ("出口额增加一倍", [F("ratio", "增加一倍", "2", unit="times")]),
    ("產能擴大1倍", [F("ratio", "擴大1倍", "2", unit="times")]),
    # basis points, as the English finder records them
    ("央行将贷款利率下调20个基点", [F("percent", "20个基点", "20", unit="bp")]),
    ("存款利率調降15個基點", [F("percent", "15個基點", "15", unit="bp")]),
    # about a round number: 来 or 把 between its place word and the counter
    ("十来名工人受伤", [F("count", "十来", "10", qualifier="about")]),
    ("二十来岁的骑手", [F("quantity", "二十来岁", "20", unit="year", qualifier="about")]),
    ("花了千把块钱", [F("money", "千把块钱", "1000", unit="CNY", qualifier="about")]),
    ("一百来了又走", [F("number", "一百", "100")]),
    ("一百几十名村民", [F("count", "一百几十", "100", qualifier="more than")]),
    ("月薪四千几百元", [F("money", "四千几百元", "4000", unit="CNY", qualifier="more than")]),
    # a generation born in a decade is no number
    ("90后的创业者", []),
    ("不少00后选择考研", []),
    ("两天后开庭", [F("date", "两天后", ("2023-08-28", "2023-08-28"))]),
    # a day or a month without its year that a word of the future puts ahead: the coming one
    ("下一次政策会议将于9月25日举行", [F("date", "9月25日", ("2023-09-25", "2023-09-25"))]),
    ("公司计划在10月上市", [F("date", "10月", ("2023-10-01", "2023-10-31"))]),
    ("销量在9月下降", [F("date", "9月", ("2022-09-01", "2022-09-30"))]),
    ("项目总投资45亿元人民币，约合6.2亿美元。", [
        F("money", "45亿元人民币", "4500000000", unit="CNY"),
        F("money", "6.2亿美元", "620000000", unit="USD", conversion_of=0, qualifier="about")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("document", ["en", "zh"])
def test_chinese_figures(text, expected, document):
    """The same figures in a Chinese story and in a Chinese quote inside an English one."""
    assert_reads(text, expected, "zh" if document == "zh" else None, document)


#: Quarters and lunar dates after runs of blanks: blanks inside a date are its own, the
#: run before a yearless one is not (a figure's text never starts with blanks).
BLANK_RUN_CASES = [
    ("公司   第三季度营收增长。", [
        F("date", "第三季度", ("2023-07-01", "2023-09-30"), precision="quarter")]),
    ("2023年   第一季度", [
        F("date", "2023年   第一季度", ("2023-01-01", "2023-03-31"), precision="quarter")]),
    ("今年 的     上半年", [
        F("date", "今年", ("2023-01-01", "2023-12-31"), precision="year"),
        F("date", "上半年", ("2023-01-01", "2023-06-30"), precision="half")]),
    ("前  3 个  季度", [F("date", "前  3 个  季度", ("2023-01-01", "2023-09-30"))]),
    ("去年的  前两个季度", [F("date", "去年的  前两个季度", ("2022-01-01", "2022-06-30"))]),
    ("2023年x  第二季度", [
        F("date", "2023年", ("2023-01-01", "2023-12-31")),
        F("date", "第二季度", ("2023-04-01", "2023-06-30"))]),
    ("农历  十月初一", [F("date", "农历  十月初一", None, precision="day")]),
    ("农历   2023年   正月十五", [F("date", "农历   2023年   正月十五", None)]),
    ("他说   腊月廿三是小年。", [F("date", "腊月廿三", None)]),
    ("大年初一   ", [F("date", "大年初一", None)]),
    ("   大年初一", [F("date", "大年初一", None)]),
    ("雍正四年  十月十五", [F("date", "雍正四年  十月十五", None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", BLANK_RUN_CASES, ids=[c[0] for c in BLANK_RUN_CASES])
def test_chinese_quarters_and_lunar_dates_after_blanks(text, expected):
    assert_reads(text, expected, "zh", "zh")


_AUTUMN = ("2022-10-10", "2022-10-10")
#: Issue 13: with or without blanks before it, a date reads the same, its text without
#: them; a month and day are lunar with a lunar word or a lunar form of month or day
#: ("十月十日" is Gregorian, the latest not after publication, 2023-08-26: in 2022).
BLANK_OR_NOT_CASES = [
    ("展会在 十月十日 开幕", [F("date", "十月十日", _AUTUMN, precision="day")]),
    ("展会在十月十日开幕", [F("date", "十月十日", _AUTUMN, precision="day")]),
    ("展会在   十月十日开幕", [F("date", "十月十日", _AUTUMN)]),
    ("会议于 三月五日 召开", [F("date", "三月五日", ("2023-03-05", "2023-03-05"))]),
    ("会议于三月五日召开", [F("date", "三月五日", ("2023-03-05", "2023-03-05"))]),
    ("会议于三月廿五日召开", [F("date", "三月廿五日", ("2023-03-25", "2023-03-25"))]),
    ("公司 第三季度营收", [F("date", "第三季度", ("2023-07-01", "2023-09-30"))]),
    ("公司第三季度营收", [F("date", "第三季度", ("2023-07-01", "2023-09-30"))]),
    ("定于 农历八月十五 赏月", [F("date", "农历八月十五", None, precision="day")]),
    ("定于农历八月十五赏月", [F("date", "农历八月十五", None, precision="day")]),
    # without its lunar word, a day in tens and no 日 is still the lunar date, not a count
    ("定于 八月十五 赏月", [F("date", "八月十五", None, precision="day")]),
    ("定于八月十五赏月", [F("date", "八月十五", None, precision="day")]),
    # a day without tens and no 日 is not lunar: the month is read, no stray count
    # (定于, "scheduled for", puts it ahead: next March)
    ("定于 三月五 开会", [F("date", "三月", ("2024-03-01", "2024-03-31"))]),
    ("他们 正月初一 团聚", [F("date", "正月初一", None, precision="day")]),
    ("他们正月初一团聚", [F("date", "正月初一", None, precision="day")]),
    ("他们 十月初一 祭祖", [F("date", "十月初一", None, precision="day")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, expected", BLANK_OR_NOT_CASES, ids=[c[0] for c in BLANK_OR_NOT_CASES]
)
def test_chinese_dates_with_or_without_blanks_before(text, expected):
    assert_reads(text, expected, "zh", "zh")


def test_chinese_tables_mean_what_the_seam_says():
    lex = lexicon("zh")
    assert set(lex.qualifiers_after.values()) <= set(QUALIFIER_MEANINGS)
    assert set(lex.counters.values()) <= {"person", "thing", "measure", "dozen", "times"}
    assert set(lex.units) <= {w for w, m in lex.counters.items() if m == "measure"}
    assert set(lex.units.values()) <= set(UNIT_FACTS)  # pint's facts, without pint
    assert lex.scales["万"] == lex.scales["萬"] == 4 and lex.scales["亿"] == 8
    assert lex.currencies["人民幣"] == lex.currencies["人民币"] == "CNY"


@pytest.mark.parametrize(
    "text", ["Bonuses of 3 million yuan ($420,000) were paid in 2019.", "", "5 % of 200"]
)
def test_text_without_chinese_or_japanese_is_left_to_the_other_finders(text):
    assert list(cjk.find(text)) == []


def test_a_line_without_han_in_a_chinese_story_reads_as_english():
    """Chinese writes digits as English does: an English line of a Chinese story keeps its
    English scale words ("40k", "2.5 M")."""
    from figcheck.extractors import extract

    text = "营收为300万元。\nThe firm sold 40k phones and 2.5 M tablets."
    read = [(f.kind, f.text, f.value) for f in extract(text, None, "zh")]
    assert read == [
        ("money", "300万元", Decimal("3000000")),
        ("count", "40k", Decimal("40000")),
        ("count", "2.5 M", Decimal("2500000")),
    ]


EN_STORY = (
    "The city approved a 28-kilometre metro line costing 45 billion yuan "
    "(about $6.2 billion) on 4 March 2025."
)


@pytest.mark.parametrize(
    "zh, drift",
    [
        ("该市2025年3月4日批准了一条长28公里的地铁线，总投资450亿元（约合62亿美元）。", None),
        ("该市2025年3月4日批准了一条长38公里的地铁线，总投资450亿元（约合62亿美元）。", "38公里"),
    ],
)
def test_a_chinese_version_is_checked_against_an_english_one(zh, drift):
    """Lengths compare as quantities across languages, the conversion as a conversion: only
    the drifted length is a finding."""
    from helpers import check

    from figcheck.document import Document

    report = check([Document("en.txt", EN_STORY), Document("zh.txt", zh)])
    found = [(f.rule, e.text) for f in report.findings for e in f.evidence if e.path == "zh.txt"]
    assert found == ([] if drift is None else [("number-mismatch", drift)])


TARGET_STORY = (
    "The province said renewables will make up 25% of its power mix by 2030, up from 12% in "
    "2023. Coal will fall to 40% by 2030, from 61% now."
)


@pytest.mark.parametrize(
    "zh, drift",
    [
        ("该省表示，到2030年，可再生能源将占其电力结构的25%，高于2023年的12%。"
         "预计到2030年煤炭占比将从目前的61%降至40%。", None),
        ("该省表示，到2030年，可再生能源将占其电力结构的25%，高于2023年的12%。"
         "预计到2030年煤炭占比将从目前的61%降至45%。", "45%"),
    ],
)  # fmt: skip
def test_a_target_by_a_year_is_a_deadline_in_chinese_as_in_english(zh, drift):
    """ "到2030年" is "by 2030": no point in time against a deadline, only the drifted share."""
    from helpers import check

    from figcheck.document import Document

    report = check([Document("en.txt", TARGET_STORY), Document("zh.txt", zh)])
    found = [(f.rule, e.text) for f in report.findings for e in f.evidence if e.path == "zh.txt"]
    assert found == ([] if drift is None else [("number-mismatch", drift)])


def test_a_point_in_time_against_a_chinese_deadline_is_a_slip():
    """ "in 2030" against "到2030年" (by 2030) moves a point in time to a deadline."""
    from helpers import check

    from figcheck.document import Document

    english = "Coal will fall to 40% of the power mix in 2030, from 61% now, the province said."
    chinese = "该省表示，预计到2030年煤炭占电力结构的比重将从目前的61%降至40%。"
    report = check([Document("en.txt", english), Document("zh.txt", chinese)])
    assert [f.rule for f in report.findings] == ["time-reference-drift"]
    assert "a point in time in one version, a deadline in another" in report.findings[0].message


@pytest.mark.parametrize(
    "text, language, english",
    [
        ("冬季新品全场八折", "zh", "Winter lines are 20% off."),
        ("店内の商品は全品2割引です", "ja", "Winter lines are 20% off."),
        ("过季商品一律打对折", "zh", "Old stock is 50% off."),
        ("旧款七五折出售", "zh", "Old models sell at 25% off."),
    ],
)
def test_a_price_cut_reads_as_the_share_off_in_every_language(text, language, english):
    """ "八折" (pay eight tenths) and "2割引" are the cut "20% off" states: one value."""
    cut = [f for f in cjk.find(text, None, language) if f.kind == "percent"]
    stated = [f for f in extract(english, None, "en") if f.kind == "percent"]
    assert [(f.value, f.unit) for f in cut] == [(f.value, f.unit) for f in stated]
    assert dict(cut[0].extra)["share_paid"] == 100 - stated[0].value


def test_a_price_cut_shows_the_share_off_and_the_share_paid():
    from figcheck.report.figures import normalized

    (cut,) = cjk.find("会员一律七折", None, "zh")
    assert normalized(cut) == "30 % off (pays 70 %)"


POWER_STORY = (
    "The wind farm, with a capacity of 1.2 million kilowatts, cost 8 billion yuan and "
    "opened on 3 June 2024."
)


@pytest.mark.parametrize(
    "zh, drift",
    [
        ("该风电场装机容量120万千瓦，投资80亿元，于2024年6月3日投产。", None),
        ("该风电场装机容量150万千瓦，投资80亿元，于2024年6月3日投产。", "150万千瓦"),
    ],
)
def test_kilowatts_after_a_large_place_compare_with_an_english_version(zh, drift):
    """ "120万千瓦" is 1.2 million kilowatts, as the English version says: only the drifted
    capacity is a finding."""
    from helpers import check

    from figcheck.document import Document

    report = check([Document("en.txt", POWER_STORY), Document("zh.txt", zh)])
    found = [(f.rule, e.text) for f in report.findings for e in f.evidence if e.path == "zh.txt"]
    assert found == ([] if drift is None else [("number-mismatch", drift)])
