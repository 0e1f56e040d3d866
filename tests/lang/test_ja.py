"""Japanese: sentences and the figures read in them."""

from decimal import Decimal

import pytest
from figure_table import F, assert_reads, read

from figcheck.extractors.unit_facts import UNIT_FACTS
from figcheck.lang import QUALIFIER_MEANINGS, lexicon

#: The share of the price paid that a price cut records beside the share taken off.
PAID_80, PAID_70, PAID_60, PAID_50 = ((("share_paid", Decimal(v)),) for v in (80, 70, 60, 50))

CASES = [
    # money
    ("売上高は1億5000万円だった。", [F("money", "1億5000万円", "150000000", unit="JPY")]),
    ("予算は1兆2000億円に上る", [F("money", "1兆2000億円", "1200000000000", unit="JPY")]),
    ("総額は三万五千円", [F("money", "三万五千円", "35000", unit="JPY")]),
    ("マニラの被害は23億ペソに上った。", [F("money", "23億ペソ", "2300000000", unit="PHP")]),
    # the imperial units a conversion gives
    ("沖合40キロメートル（25マイル）", [
        F("quantity", "40キロメートル", "40", unit="kilometer"),
        F("quantity", "25マイル", "25", unit="mile")]),
    ("風速50ノット", [F("quantity", "50ノット", "50", unit="knot")]),
    # an age is years, as "34 años" and "a 34-year-old" are
    ("負傷した消防士は34歳", [F("quantity", "34歳", "34", unit="year")]),
    ("気温は摂氏40度に達した", [F("quantity", "摂氏40度", "40", unit="degree_Celsius")]),
    ("1000億円（約7億ドル）を投じる", [
        F("money", "1000億円", "100000000000", unit="JPY"),
        F("money", "7億ドル", "700000000", unit="USD", conversion_of=0)]),
    # ... after a short noun the amount is of; a bracket of another kind converts nothing
    ("貿易収支は3222億円の黒字（約28億ドル）だった。", [
        F("money", "3222億円", "322200000000", unit="JPY"),
        F("money", "28億ドル", "2800000000", unit="USD", conversion_of=0, qualifier="about")]),
    ("赤字は3222億円の赤字（前年は1200億円）だった。", [
        F("money", "3222億円", "322200000000", unit="JPY"),
        F("money", "1200億円", "120000000000", unit="JPY")]),
    ("価格は¥300です", [F("money", "¥300", "300", unit="JPY")]),
    ("費用は80億か90億ドル", [
        F("money", "80億", "8000000000", unit="USD"),
        F("money", "90億ドル", "9000000000", unit="USD")]),
    ("一時1ドル＝150円台まで下落", [
        F("money", "1ドル", "1", unit="USD"),
        F("money", "150円", "150", unit="JPY", conversion_of=0, qualifier="just over")]),
    ("販売台数は約300万台", [F("count", "300万", "3000000", qualifier="about")]),
    # 上限: a ceiling ("上限1000億円の自社株買い": a buyback of up to 100 billion yen)
    ("上限1000億円の自社株買い", [F("money", "1000億円", "100000000000", unit="JPY",
                                  qualifier="up to")]),
    # "stayed at" after the change: only so much
    ("小売売上高は2.5％増にとどまった", [F("percent", "2.5％", "2.5", unit="%", qualifier="only",
                                        phrase="2.5％増にとどま")]),
    ("小売売上高は2.5％増加した", [F("percent", "2.5％", "2.5", unit="%")]),
    ("5ユーロと3ポンド", [
        F("money", "5ユーロ", "5", unit="EUR"), F("money", "3ポンド", "3", unit="GBP")]),
    ("為替は100万ドン", [F("money", "100万ドン", "1000000", unit="VND")]),
    ("株価は1.95香港ドル", [F("money", "1.95香港ドル", "1.95", unit="HKD")]),
    ("日経平均は2万2222円13銭", [F("money", "2万2222円13銭", "22222.13", unit="JPY")]),
    ("3億人民元の融資", [F("money", "3億人民元", "300000000", unit="CNY")]),
    # numbers: written out place by place
    ("一万三", [F("number", "一万三", "10003")]),
    ("九百九", [F("number", "九百九", "909")]),
    ("二十万二千", [F("number", "二十万二千", "202000")]),
    ("十四億一千四百二万千百", [F("number", "十四億一千四百二万千百", "1414021100")]),
    ("答えは１２３です", [F("number", "１２３", "123")]),
    ("答えは四で、五ではない", [F("number", "四", "4"), F("number", "五", "5")]),
    ("「一」と書く", [F("number", "一", "1")]),
    ("一、目的", []),
    ("マイナス五", [F("number", "マイナス五", "-5")]),
    ("損失はマイナス2.5 Mだった", [F("number", "マイナス2.5 M", "-2500000")]),
    ("３分の２", [F("ratio", "３分の２", Decimal(2) / 3, unit="share")]),
    ("１と２分の１", [F("number", "１と２分の１", "1.5")]),
    ("2と千分の5", [F("number", "2と千分の5", "2.005")]),
    # a point word between digits; powers read whole, never in parts
    ("平均は12点5だった", [F("number", "12点5", "12.5")]),
    ("光の速さは秒速3×10の8乗メートル", [F("number", "3×10の8乗", "300000000")]),
    ("２の１０乗は1024", [F("number", "２の１０乗", "1024"), F("number", "1024", "1024")]),
    ("マイナス四の三乗", [F("number", "マイナス四の三乗", "-64")]),
    ("係数は4.5e-3です", [F("number", "4.5e-3", "0.0045")]),
    ("3・11の震災", []),
    # groups of three: commas, the ideographic comma at a number's start, spaces twice
    ("入場者は6、544人", [F("count", "6、544", "6544")]),
    # the full-width comma groups thousands between ASCII digits too (before three of them)
    ("参加者は1，500人だった", [F("count", "1，500", "1500")]),
    ("売上高は12，345，678円", [F("money", "12，345，678円", "12345678", unit="JPY")]),
    ("百分の1，500", [F("percent", "百分の1，500", "1500", unit="%")]),
    # neighbouring digits parted by 、 are one guess, "two or three people", not two numbers
    ("事故で2、3人がけがをした", [
        F("count", "2", "2", range_part="low"), F("count", "3", "3", range_part="high")]),
    ("二、三人が残った", [
        F("count", "二", "2", range_part="low"), F("count", "三", "3", range_part="high")]),
    ("五六十人が並んだ", [
        F("count", "五", "50", range_part="low", noun="人"),
        F("count", "六十", "60", range_part="high", noun="人")]),
    ("参加者は二、三十人だった", [
        F("count", "二", "20", range_part="low"), F("count", "三十", "30", range_part="high")]),
    ("5、6社が応募した", [
        F("count", "5", "5", range_part="low"), F("count", "6", "6", range_part="high")]),
    ("客足は2、3割減った", [
        F("percent", "2", "20", unit="%", range_part="low"),
        F("percent", "3割", "30", unit="%", range_part="high")]),
    ("被害額は2、3億円", [
        F("money", "2", "200000000", unit="JPY", range_part="low"),
        F("money", "3億円", "300000000", unit="JPY", range_part="high")]),
    # a level of the seismic intensity scale is no count, and its 強 and 弱 no qualifier
    ("震度6強を観測した", []),
    ("最大震度5弱の揺れで3人がけがをした", [F("count", "3", "3", qualifier=None)]),
    ("マグニチュード7.3、震度７", [F("number", "7.3", "7.3")]),
    # までに makes the date a deadline ("by 2026"); まで alone ends a span ("until")
    ("2026年までに完成する", [
        F("period", "2026年までに", (None, "2026-12-31"), extra=(("deadline", True),))]),
    # 末 ("the end of") between the year and its までに: by the end of 2026, the same deadline
    ("2026年末までに完成する", [
        F("period", "2026年末までに", (None, "2026-12-31"), extra=(("deadline", True),))]),
    ("2026年末に完成する", [F("date", "2026年", ("2026-01-01", "2026-12-31"))]),
    ("2026年まで続く", [F("period", "2026年まで", (None, "2026-12-31"), extra=())]),
    # ranks are no guess
    ("1、2位を独占した", []),
    ("定員3千万50、予備154", [F("number", "3千万50", "30000050"), F("number", "154", "154")]),
    ("番号150222,250", [F("number", "150222", "150222"), F("number", "250", "250")]),
    ("総額は１　２３４　５６７．８９", [F("number", "１　２３４　５６７．８９", "1234567.89")]),
    ("数百人が集まった", [F("count", "数百", None, vague=True, magnitude=2)]),
    ("数十億円の損失", []),
    ("四日市市の工場", []),
    ("六本木の店舗", []),
    ("一日中雨が降った", []),
    ("一石二鳥だ", []),
    ("万が一", []),
    ("十分に", []),
    ("1番滑走路", []),
    ("億", []),
    ("機材はボーイング737-800型", []),
    # a time of day is no figure; a span of time is a quantity ("3分後": three minutes later)
    ("会見は午前10時15分に始まった", []),
    # 点 counts points and pieces in Japanese, never the hour of the clock
    ("後半に2点を返した", [F("count", "2", "2")]),
    ("絵画7点を展示する", [F("count", "7", "7")]),
    ("電車は5分後に到着した", [F("quantity", "5分", "5", unit="minute")]),
    ("交渉は2時間続いた", [F("quantity", "2時間", "2", unit="hour")]),
    ("1年半ぶりの再開", [F("quantity", "1年半", "1.5", unit="year")]),
    ("会議は2時間半続いた", [F("quantity", "2時間半", "2.5", unit="hour")]),
    ("3月半ばに", [F("date", "3月", ("2023-03-01", "2023-03-31"))]),
    ("株価は3日ぶりに反発", [F("quantity", "3日", "3", unit="day")]),
    # days in a row: a streak, counted as "five straight days" is
    ("5日連続で上昇した", [F("count", "5日連続", "5")]),
    ("平均気温は平年を1.76度上回った", [F("number", "1.76", "1.76")]),
    ("約1500万世帯が対象", [F("count", "1500万", "15000000", qualifier="about")]),
    ("40分間の停電", [F("quantity", "40分間", "40", unit="minute")]),
    # units, as the English finder names them; a multiplier
    ("滑走路を3000メートルに延ばす", [F("quantity", "3000メートル", "3000", unit="meter")]),
    ("年間1万5000トンを処理", [F("quantity", "1万5000トン", "15000", unit="metric_ton")]),
    ("重さは5キロ", [F("number", "5", "5")]),
    ("卵を半ダース買った", [F("number", "半ダース", "6")]),
    ("鉛筆2ダース", [F("number", "2ダース", "24")]),
    ("売上は前年の2.5倍", [F("ratio", "2.5倍", "2.5", unit="times")]),
    ("純利益が半減した", [F("ratio", "半減", "0.5", unit="times")]),
    ("受注が倍増", [F("ratio", "倍増", "2", unit="times")]),
    ("利益は3倍以上に", [F("ratio", "3倍", "3", unit="times", qualifier="more than")]),
    # counts
    ("乗客163人のうち", [F("count", "163", "163", noun="乗客", phrase="乗客163人")]),
    ("約5000人が参加", [F("count", "5000", "5000", qualifier="about")]),
    ("約800人の作業員", [F("count", "800", "800", noun="作業員", qualifier="about")]),
    ("毎日2万人の観光客が訪れる", [F("count", "2万", "20000", noun="観光客")]),
    ("1万人以上", [F("count", "1万", "10000", qualifier="more than")]),
    ("3割強", [F("percent", "3割", "30", qualifier="more than")]),
    # one in three: a share between two counts, as "one in three" reads in English
    ("高齢者は3人に1人", [F("ratio", "3人に1人", Decimal(1) / 3, unit="share")]),
    ("10社のうち3社が赤字", [F("count", "10", "10"), F("count", "3", "3")]),
    ("3人に1万円を配る", [F("count", "3", "3"), F("money", "1万円", "10000", unit="JPY")]),
    ("1000人余りが避難", [F("count", "1000", "1000", qualifier="more than")]),
    ("死者は十数人", [F("count", "十数", "10", qualifier="more than")]),
    ("二十数社が参加", [F("count", "二十数", "20", qualifier="more than")]),
    # one and a counter counts one; pairs; a score is no count of pairs
    ("庭に猫が一匹いた", [F("count", "一", "1", noun="匹")]),
    ("倉庫から一台のトラックが出た", [F("count", "一", "1", noun="トラック")]),
    ("靴を十足そろえた", [F("count", "十", "10", noun="足")]),
    ("手袋を百対寄付した", [F("count", "百", "100", noun="対")]),
    ("決勝は3対1で終わった", [F("number", "3", "3"), F("number", "1", "1")]),
    ("一本化を急ぐ", []),
    ("彼は一匹狼だ", []),
    # a zero standing as a word; two digits as a denominator; a middle dot after a lone zero
    ("残った札は九百と〇です", [F("number", "九百", "900"), F("number", "〇", "0")]),
    ("比は四五分の九だ", [F("ratio", "四五分の九", "0.2", unit="share")]),
    ("膜の厚さは０・０６ミリメートル", [
        F("quantity", "０・０６ミリメートル", "0.06", unit="millimeter")]),
    ("3・11の前に", []),
    # zeros alone are a name or a figure left blank, no zero
    ("〇〇さんは匿名を希望した", []),
    ("〇〇県の工場", []),
    ("記録は〇〇〇〇年とだけ書かれていた", [F("date", "〇〇〇〇年", None)]),
    # ranks and turns are no figures; ▲ and △ make a figure negative
    ("販売台数は世界3位", []),
    ("2回目の会合で", []),
    ("最低気温は氷点下5℃", [F("quantity", "氷点下5℃", "-5", unit="degree_Celsius")]),
    ("営業利益は前年比▲3.2%", [F("percent", "▲3.2%", "-3.2", unit="%")]),
    ("失業率は△0.1ポイント", [F("percent", "△0.1ポイント", "-0.1", unit="pp")]),
    # ranges: the low end takes the high end's unit, tenths and multipliers too
    ("賛成は3～5割", [
        F("percent", "3", "30", unit="%", range_part="low"),
        F("percent", "5割", "50", unit="%", range_part="high")]),
    ("二～三割の世帯", [
        F("percent", "二", "20", unit="%", range_part="low"),
        F("percent", "三割", "30", unit="%", range_part="high")]),
    ("一から三まで数える", [
        F("number", "一", "1", range_part="low"), F("number", "三", "3", range_part="high")]),
    ("一から十まで説明した", []),
    ("需要は2～3倍に", [
        F("ratio", "2", "2", unit="times", range_part="low"),
        F("ratio", "3倍", "3", unit="times", range_part="high")]),
    # percent and points
    ("40パーセント", [F("percent", "40パーセント", "40", unit="%")]),
    ("２０％の人", [F("percent", "２０％", "20", unit="%")]),
    ("失業率は0.2ポイント上昇", [F("percent", "0.2ポイント", "0.2", unit="pp")]),
    ("日経平均は300ポイント上昇", [F("number", "300", "300")]),
    ("7割の世帯", [F("percent", "7割", "70", unit="%")]),
    ("与党が過半数を失った", [F("ratio", "過半数", "0.5", unit="share", qualifier="more than")]),
    ("社員の半数以上が賛成", [F("ratio", "半数", "0.5", unit="share", qualifier="more than")]),
    ("シュークリームは\\180です", [F("money", "\\180", "180", unit="JPY")]),
    ("打率は3割2分5厘", [F("percent", "3割2分5厘", "32.5", unit="%")]),
    ("三割五分の得票", [F("percent", "三割五分", "35", unit="%")]),
    ("百分の三の確率", [F("percent", "百分の三", "3", unit="%")]),
    ("千分の五", [F("percent", "千分の五", "0.5", unit="%")]),
    ("二百分の一の縮尺", [F("ratio", "二百分の一", "0.005", unit="share")]),
    ("満足度は88/100だった", [F("percent", "88/100", "88", unit="%")]),
    # a price cut in tenths is the share taken off, as "30% off" is; half price is 50 % off
    ("冬物は全品3割引", [F("percent", "3割引", "30", unit="%", extra=PAID_70)]),
    ("二割引きの価格で", [F("percent", "二割引き", "20", unit="%", extra=PAID_80)]),
    ("決算セールで半額に", [F("percent", "半額", "50", unit="%", extra=PAID_50)]),
    # "引き上げ" and "引き下げ" after tenths raise or lower a figure: no price cut
    ("電気料金を2割引き上げる", [F("percent", "2割", "20", unit="%", extra=())]),
    ("運賃を1割引き下げる方針", [F("percent", "1割", "10", unit="%", extra=())]),
    ("夏物は2～4割引です", [
        F("percent", "2", "20", unit="%", range_part="low", extra=PAID_80),
        F("percent", "4割引", "40", unit="%", range_part="high", extra=PAID_60)]),
    # numerals spelled in hiragana, where a whole run of kana spells one
    ("残りは にせんごひゃく ドル です", [F("money", "にせんごひゃく ドル", "2500", unit="USD")]),
    ("番号は よんひゃくじゅうはち、", [F("number", "よんひゃくじゅうはち", "418")]),
    ("合計 ろっぴゃくまん", [F("number", "ろっぴゃくまん", "6000000")]),
    ("ごぜんれい じ", []),
    ("田中さん。", []),
    ("いちごを食べた", []),
    ("東京に 行く", []),
    ("さんご、", []),
    ("あの しちょう は", []),
    # dates and periods, resolved against 2023-08-26
    ("2023年8月24日", [F("date", "2023年8月24日", ("2023-08-24", "2023-08-24"))]),
    ("8月24日(木)に", [F("date", "8月24日(木)", ("2023-08-24", "2023-08-24"), relative=True)]),
    ("令和5年", [F("date", "令和5年", ("2023-01-01", "2023-12-31"), precision="year")]),
    ("平成元年8月15日", [F("date", "平成元年8月15日", ("1989-08-15", "1989-08-15"))]),
    ("2016年から2019年まで", [F("period", "2016年から2019年まで", ("2016-01-01", "2019-12-31"))]),
    ("昨年の売上", [F("date", "昨年", ("2022-01-01", "2022-12-31"), relative=True)]),
    ("先月", [F("date", "先月", ("2023-07-01", "2023-07-31"), precision="month")]),
    ("来週の月曜日", [F("date", "来週の月曜日", ("2023-08-28", "2023-08-28"))]),
    ("2か月前に", [F("date", "2か月前", ("2023-06-01", "2023-06-30"), precision="month")]),
    ("2016年の第3四半期", [F("date", "2016年の第3四半期", ("2016-07-01", "2016-09-30"))]),
    ("1970年代に", [F("date", "1970年代", ("1970-01-01", "1979-12-31"), precision="decade")]),
    # a year in Han numerals place by place, or one by one, and its decade
    ("二千十六年三月九日に", [F("date", "二千十六年三月九日", ("2016-03-09", "2016-03-09"))]),
    ("一千九百八十五年の夏", [F("date", "一千九百八十五年", ("1985-01-01", "1985-12-31"))]),
    ("二〇一〇年代に", [F("date", "二〇一〇年代", ("2010-01-01", "2019-12-31"))]),
    ("二千三十年代に", [F("date", "二千三十年代", ("2030-01-01", "2039-12-31"))]),
    ("二千年の歴史", []),
    ("29日に", [F("date", "29日", ("2023-07-29", "2023-07-29"))]),
    # a day's tens in one sign: 廿 twenty, 卅 thirty (a traceback with a publication date)
    ("廿日に", [F("date", "廿日", ("2023-08-20", "2023-08-20"))]),
    ("卅一日に", [F("date", "卅一日", ("2023-07-31", "2023-07-31"))]),
    ("一月十日から廿日にまで", [F("period", "一月十日から廿日", ("2023-01-10", "2023-01-20"))]),
    ("2022年4～12月期の決算", [F("period", "2022年4～12月", ("2022-04-01", "2022-12-31"))]),
    ("昨年4～6月", [F("period", "昨年4～6月", ("2022-04-01", "2022-06-30"), relative=True)]),
    ("11～2月期の売上高", [F("period", "11～2月", ("2022-11-01", "2023-02-28"), relative=True)]),
    ("2022年11～2月期", [F("period", "2022年11～2月", ("2022-11-01", "2023-02-28"))]),
    ("2015年以降", [F("period", "2015年以降", ("2015-01-01", None), open_end=True)]),
    # halves of a year: of the calendar after 年, of the fiscal year after 年度; alone, a
    # company's half of a year it does not name
    ("2022年上半期の出荷台数", [
        F("date", "2022年上半期", ("2022-01-01", "2022-06-30"), precision="half")]),
    ("2022年度下期の見通し", [F("date", "2022年度下期", ("2022-10-01", "2023-03-31"))]),
    ("今年度上期の受注", [F("date", "今年度上期", ("2023-04-01", "2023-09-30"), relative=True)]),
    ("来年度の採用計画", [F("date", "来年度", ("2024-04-01", "2025-03-31"))]),
    ("令和4年度下期の決算", [F("date", "令和4年度下期", ("2022-10-01", "2023-03-31"))]),
    ("下半期の受注は回復した", [F("date", "下半期", None, precision="half", relative=True)]),
    ("同社の上期決算", [F("date", "上期", None, precision="half")]),
    ("費用の計上期間", []),
    ("7～9月期の経常利益", [F("period", "7～9月", ("2022-07-01", "2022-09-30"))]),
    ("今年に入ってから株価は2割上昇", [
        F("period", "今年に入ってから", ("2023-01-01", "2023-08-26"), relative=True),
        F("percent", "2割", "20", unit="%")]),
    ("年初から1割下落した", [
        F("period", "年初から", ("2023-01-01", "2023-08-26")),
        F("percent", "1割", "10", unit="%")]),
    # a number and a count of dozens make one number; hundredths said without their word
    ("紙コップを500と3ダース仕入れた", [F("number", "500と3ダース", "536")]),
    ("皿を四百と一ダース並べた", [F("number", "四百と一ダース", "412")]),
    ("来場者200人と3ダースの風船", [F("count", "200", "200"), F("number", "3ダース", "36")]),
    ("この傘は12ドルと40です。", [F("money", "12ドルと40", "12.40", unit="USD")]),
    ("入場料は80ユーロと25。", [F("money", "80ユーロと25", "80.25", unit="EUR")]),
    ("運賃は900円と40です", [F("money", "900円", "900", unit="JPY"), F("number", "40", "40")]),
    ("賞金は50ドルと20人分の食事", [
        F("money", "50ドル", "50", unit="USD"), F("count", "20", "20")]),
    # tenths with their bounds; points after a change against the year before
    ("約4割の店舗が値上げした", [F("percent", "4割", "40", unit="%", qualifier="about")]),
    ("回答者の6割超が賛成", [F("percent", "6割", "60", unit="%", qualifier="more than")]),
    ("利用者の3割弱", [F("percent", "3割", "30", unit="%", qualifier="up to")]),
    ("前年同期比1.3ポイント低下", [F("percent", "1.3ポイント", "1.3", unit="pp")]),
    # a relative word a change is measured against is no date of its own
    ("消費者物価は前月比0.2%上昇", [F("percent", "0.2%", "0.2", unit="%")]),
    ("売上高は昨年同期比で1割増えた", [F("percent", "1割", "10", unit="%")]),
    ("昨年と比べて3割少ない", [F("percent", "3割", "30", unit="%")]),
    ("受注は昨年度比4%増", [F("percent", "4%", "4", unit="%")]),
    ("昨年度の決算", [F("date", "昨年度", ("2022-04-01", "2023-03-31"))]),
    ("先月、工場を閉鎖した", [F("date", "先月", ("2023-07-01", "2023-07-31"))]),
    # points written with the percent sign, and basis points
    ("長期金利は0.15%ポイント上昇", [F("percent", "0.15%ポイント", "0.15", unit="pp")]),
    ("利上げ幅は50ベーシスポイント", [F("percent", "50ベーシスポイント", "50", unit="bp")]),
    ("数十人が列を作った", [F("count", "数十", None, vague=True, magnitude=1)]),
    ("二千人余りが集まった", [F("count", "二千", "2000", qualifier="more than")]),
    # a number, "some" and lower places: more than the number ("百数十": 110 to 190)
    ("百数十人が署名した", [F("count", "百数十", "100", qualifier="more than")]),
    ("観客は2万数千人", [F("count", "2万数千", "20000", qualifier="more than")]),
    ("損失は百数十億円", [
        F("money", "百数十億円", "10000000000", unit="JPY", qualifier="more than")]),
    # a fiscal year named by its last month; a quarter's months are no fiscal year
    ("2023年3月期の最終利益", [
        F("date", "2023年3月期", ("2022-04-01", "2023-03-31"), precision="year")]),
    ("26年3月期に黒字化", [F("date", "26年3月期", ("2025-04-01", "2026-03-31"))]),
    ("2022年12月期の売上高", [F("date", "2022年12月期", ("2022-01-01", "2022-12-31"))]),
    ("3月期決算の発表", [F("date", "3月期", None, relative=True)]),
    ("令和7年3月期の見通し", [F("date", "令和7年3月期", ("2024-04-01", "2025-03-31"))]),
    ("2021年10～12月期", [F("period", "2021年10～12月", ("2021-10-01", "2021-12-31"))]),
    # an age in decades and a generation are no quantities
    ("40代の会社員", []),
    ("七十代の夫婦", []),
    ("3代目の店主", []),
    # a count of digits is no figure; nights and days of a stay make a span, no date
    ("2桁の増収を見込む", []),
    ("七五三の写真", []),
    ("一夜にして億万長者に", []),
    # 号 names by number in Japanese ("台風12号"), never a day as Chinese "12号" is
    ("台風12号が北上した", []),
    ("14日に台風3号が上陸", [F("date", "14日", ("2023-08-14", "2023-08-14"))]),
    ("2泊3日の研修", [F("number", "2", "2"), F("quantity", "3日", "3", unit="day")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("document", ["en", "ja"])
def test_japanese_figures(text, expected, document):
    """The same figures in a Japanese story and in a Japanese quote inside an English one."""
    assert_reads(text, expected, "ja", document)


#: Quarters and lunar dates after runs of blanks: blanks inside a date are its own, the
#: run before a yearless one is not (a figure's text never starts with blanks).
BLANK_RUN_CASES = [
    ("2024年度   第3四半期の決算", [
        F("date", "2024年度   第3四半期", ("2024-10-01", "2024-12-31"), precision="quarter")]),
    ("今年の  第2四半期", [F("date", "今年の  第2四半期", ("2023-04-01", "2023-06-30"))]),
    ("売上は   第1四半期に", [F("date", "第1四半期", ("2023-01-01", "2023-03-31"))]),
    ("2016年の   上半年", [
        F("date", "2016年の   上半年", ("2016-01-01", "2016-06-30"), precision="half")]),
    ("旧暦  正月十五", [F("date", "旧暦  正月十五", None, precision="day")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", BLANK_RUN_CASES, ids=[c[0] for c in BLANK_RUN_CASES])
def test_japanese_quarters_and_lunar_dates_after_blanks(text, expected):
    assert_reads(text, expected, "ja", "ja")


def test_japanese_tables_mean_what_the_seam_says():
    lex = lexicon("ja")
    assert set(lex.qualifiers_after.values()) <= set(QUALIFIER_MEANINGS)
    assert set(lex.counters.values()) <= {"person", "thing", "measure", "dozen", "times"}
    assert set(lex.units) <= {w for w, m in lex.counters.items() if m == "measure"}
    assert set(lex.units.values()) <= set(UNIT_FACTS)  # pint's facts, without pint
    assert (lex.scales["億"], lex.scales["兆"], lex.scale_tail) == (8, 12, False)
    assert lex.eras["令和"] + 5 - 1 == 2023


@pytest.mark.parametrize(
    "text, value",
    [("乗客163人のうち、一万三の席", "10003"), ("这个数字是一万三", "13000")],
)
def test_the_script_of_the_text_decides_how_a_trailing_digit_reads(text, value):
    """Kana make a line Japanese (一万三 is 10,003); without them it is Chinese (13,000)."""
    numbers = [f for f in read(text) if f["kind"] == "number"]
    assert [n["value"] for n in numbers] == [Decimal(value)]


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("会見は午前9時5分に始まり、2番ゲートから出発した", []),  # a time, a label
        ("第3四半期", []),
        ("係数は5^xで決まる", ["5"]),  # read by no finder: listed, not dropped
    ],
)
def test_times_and_labels_are_left_on_purpose_other_digits_are_unparsed(text, tokens):
    from figcheck.extractors import extract, unparsed

    assert [token for _, _, token in unparsed(text, extract(text, None, "ja"))] == tokens


@pytest.mark.parametrize("document, value", [("ja", "10003"), ("zh", "13000"), ("en", "13000")])
def test_a_line_without_kana_reads_in_the_language_the_document_is_read_in(document, value):
    """--language ja or a front matter lang: ja makes a kanji-only line Japanese; in an
    English document a line without kana is Chinese."""
    from figcheck.extractors import extract

    assert [f.value for f in extract("座席数一万三", None, document)] == [Decimal(value)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024年度の予算", ("2024-04-01", "2025-03-31")),  # the fiscal year from April
        ("令和6年度の補正予算", ("2024-04-01", "2025-03-31")),
        ("2024年の予算", ("2024-01-01", "2024-12-31")),
        ("2023年度第4四半期の決算", ("2024-01-01", "2024-03-31")),
        ("2023年第4四半期の決算", ("2023-10-01", "2023-12-31")),
    ],
)
def test_a_japanese_fiscal_year_starts_in_april(text, expected):
    assert [f["value"] for f in read(text, "ja") if f["kind"] == "date"] == [expected]


def test_a_day_count_per_day_is_no_date():
    assert [f["kind"] for f in read("1日あたり約350人が訪れた", "ja")] == ["count"]


@pytest.mark.parametrize("document", ["ja", "en"])
@pytest.mark.parametrize("text", ["販売台数は世界3位だった", "2回目の会合で", "5番目の候補"])
def test_a_rank_or_a_turn_is_left_on_purpose(text, document):
    """ "3位" is third place: no figure, and no unparsed token either, in a Japanese story or
    in a Japanese quote inside an English one."""
    from figcheck.extractors import extract, unparsed

    figures = extract(text, None, document)
    assert (figures, unparsed(text, figures, document)) == ([], [])


@pytest.mark.parametrize(
    "text, language",
    [("1、2、3号機が停止した", "ja"), ("3、4、5人ずつ並ぶ", "ja"), ("1、2、3号线停运", "zh")],
)
def test_a_list_of_neighbouring_digits_is_no_guess(text, language):
    """ "2、3人" is two or three people; "1、2、3号機" lists three units, no range of two."""
    assert not [fig for fig in read(text, language, language) if fig["range_part"]]
