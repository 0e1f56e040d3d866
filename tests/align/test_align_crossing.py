"""Versions in different languages: pairs by value, unit and the figures around them."""

import pytest
from align_helpers import aligned_texts, story_versions

from figcheck.align.words import content_words, words

ENGLISH = (
    "The port will hire 180 workers when it opens in 2026, the city said.\n\n"
    "It will invest 800 million yuan in the project from 2024 to 2027.\n\n"
    "Only 3 of the 17 councils objected. Traffic rose 4.5 percentage points to 38% in 2023."
)
CHINESE = (
    "该港口2026年开放后将雇用150名工人。\n\n"
    "该港口将在2025年至2027年间投资8亿元人民币。\n\n"
    "17个议会中有3个反对。2023年吞吐量上升4.5个百分点，达到38%。"
)
JAPANESE = (
    "港は2026年の開業時に180人を雇用する。\n\n"
    "港は2024年から2027年にかけて8億元を投じる。\n\n"
    "17議会のうち反対したのはわずか3議会だった。2023年に4.5ポイント上昇し、36%となった。"
)


@pytest.fixture
def stories(tmp_path):
    paths = []
    for name, text in (("a-en.txt", ENGLISH), ("b-zh.txt", CHINESE), ("c-ja.txt", JAPANESE)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_changed_figures_pair_beside_the_figures_that_did_not(stories):
    english, chinese, japanese = stories
    with_chinese = aligned_texts(story_versions(english, chinese))
    with_japanese = aligned_texts(story_versions(english, japanese))
    assert ("180", "150") in with_chinese
    assert ("from 2024 to 2027", "2025年至2027年") in with_chinese
    assert ("38%", "36%") in with_japanese
    # Landmarks: the values each version states once.
    assert ("17", "17") in with_chinese
    assert ("800 million yuan", "8億元") in with_japanese


def test_a_figure_with_two_candidates_stays_unpaired(tmp_path):
    english = tmp_path / "a.txt"
    chinese = tmp_path / "b.txt"
    english.write_text(
        "The port opened in 2026 with 12 berths, 9 tugs, 180 workers and 160 cranes.",
        encoding="utf-8",
    )
    chinese.write_text(
        "该港口2026年开放，有12个泊位和9艘拖船，雇用150名工人，有170台起重机。", encoding="utf-8"
    )
    facts = aligned_texts(story_versions(english, chinese))
    assert ("12", "12") in facts  # the versions read as one translated
    assert not {pair for pair in facts if pair[0] in ("180", "160")}


def test_articles_that_share_few_figures_are_not_placed_by_them(tmp_path):
    english = tmp_path / "a.txt"
    chinese = tmp_path / "b.txt"
    english.write_text(
        "The port opened in 2026. It has 40 cranes, 12 berths and 9 tugs; 300 ships called.",
        encoding="utf-8",
    )
    chinese.write_text("该港口2026年开放，去年有250艘船停靠。", encoding="utf-8")
    facts = aligned_texts(story_versions(english, chinese))
    assert ("300", "250") not in facts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("电池回收", ["电池", "池回", "回收"]),
        ("港", ["港"]),
        ("the 3个 plant", ["the", "3", "个", "plant"]),
        ("2026年开放", ["2026", "年开", "开放"]),
        ("わずか3議会", ["わず", "ずか", "3", "議会"]),
        ("New York", ["new", "york"]),
    ],
)
def test_words_read_han_and_kana_runs_as_pairs_of_characters(text, expected):
    assert [w for _, _, w in words(text.lower())] == expected


def test_two_wordings_of_a_chinese_clause_share_words():
    a = set(content_words("该工厂将雇用工人").split())
    b = set(content_words("工厂投产后雇用工人").split())
    assert {"工厂", "雇用", "工人"} <= a & b


@pytest.mark.parametrize(
    "english, german, pair, paired",
    [
        # A figure that slipped in one version: two neighbouring digits swapped, a zero lost.
        ("Independent economists said the monthly rate reached 6.42% in June.",
         "Die Ökonomen der Gruppe meldeten für den Juni einen Anstieg der Preise um 6,24 %, "
         "und das ist viel.",
         ("6.42%", "6,24 %"), True),
        ("The plan will add 13,000 homes to the city, the mayor said.",
         "Der Plan bringt der Stadt und dem Land 1300 neue Wohnungen, sagte der Bürgermeister.",
         ("13,000", "1300"), True),
        # Values that are no slip of one another, or one-digit figures, stay apart.
        ("Independent economists said the monthly rate reached 6.42% in June.",
         "Die Ökonomen der Gruppe meldeten für den Juni einen Anstieg der Preise um 5,09 %, "
         "und das ist viel.",
         ("6.42%", "5,09 %"), False),
        ("The plan will add 4 parks to the city, the mayor said.",
         "Der Plan bringt der Stadt und dem Land 5 neue Parks, sagte der Bürgermeister.",
         ("4", "5"), False),
    ],
)  # fmt: skip
def test_a_slip_of_the_pen_pairs_across_languages(tmp_path, english, german, pair, paired):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(english, encoding="utf-8")
    b.write_text(german, encoding="utf-8")
    assert (pair in aligned_texts(story_versions(a, b))) is paired


def test_a_slip_with_two_candidates_stays_unpaired(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Economists said prices rose 6.42% in June, the agency said.", encoding="utf-8")
    b.write_text(
        "Die Ökonomen der Gruppe meldeten für den Juni einen Anstieg um 6,24 % und 6,4 %, "
        "und das ist viel.",
        encoding="utf-8",
    )
    facts = aligned_texts(story_versions(a, b))
    assert not {pair for pair in facts if pair[0] == "6.42%"}


#: A translation that states one figure twice (a heading, then the body): the English
#: version states it once, and it must still pair, with the body's mention.
HEADED_ENGLISH = (
    "The statistics office said on Monday that consumer prices rose 4.2% in March. "
    "An independent group of economists put the annual rate at 61.37% in February "
    "and at 62.05% in March. It counted 318 price rises."
)
HEADED_GERMAN = (
    "61,37 Prozent laut Ökonomen\n\n"
    "Das Statistikamt teilte am Montag mit, dass die Verbraucherpreise im März um 4,2 % "
    "stiegen. Eine unabhängige Gruppe von Ökonomen bezifferte die jährliche Teuerung im "
    "März auf 61,37 %. Sie zählte 318 Preiserhöhungen."
)


@pytest.mark.parametrize("reverse", [False, True])
def test_a_value_stated_twice_in_one_version_still_pairs(tmp_path, reverse):
    english, german = tmp_path / "a-en.txt", tmp_path / "b-de.txt"
    english.write_text(HEADED_ENGLISH, encoding="utf-8")
    german.write_text(HEADED_GERMAN, encoding="utf-8")
    paths = [german, english] if reverse else [english, german]
    facts = {tuple(sorted(fact)) for fact in aligned_texts(story_versions(*paths))}
    assert tuple(sorted(("61.37%", "61,37 %"))) in facts
    assert not [fact for fact in facts if "61,37 Prozent" in fact]


def test_repeats_that_are_two_facts_pair_by_role_only(tmp_path):
    """Two mentions of one value that their roles part (a monthly and an annual rate) are
    no landmark: the English annual rate pairs with the annual mention, never the other."""
    english, german = tmp_path / "a-en.txt", tmp_path / "b-de.txt"
    english.write_text(HEADED_ENGLISH, encoding="utf-8")
    german.write_text(
        HEADED_GERMAN.replace("61,37 Prozent laut Ökonomen", "")
        + " Das Amt, das die Zahlen für alle Regionen des Landes getrennt ausweist und seit"
        " vielen Jahren veröffentlicht, nannte als monatliche Teuerung 61,37 Prozent.",
        encoding="utf-8",
    )
    facts = {tuple(sorted(fact)) for fact in aligned_texts(story_versions(english, german))}
    assert not [fact for fact in facts if "61,37 Prozent" in fact]


#: A share told in a headline and again in the body, in both languages; one telling of the
#: German slipped. The other telling pairs with the English telling in the same place
#: (heading with heading, body with body), and the slip with the one left.
OUTPUT_ENGLISH = (
    "Factory output jumps {0} in May\n\n"
    "Factory output rose {0} in May from a year earlier, after 9.8% in April, the statistics "
    "office said on Friday. Car production rose 3.1% on the month."
)
OUTPUT_GERMAN = (
    "Industrieproduktion steigt um {0} Prozent\n\n"
    "Die Industrieproduktion stieg im Mai im Vergleich zum Vorjahresmonat um {1} %, nach "
    "9,8 % im April, teilte das Statistikamt am Freitag mit. Die Autoproduktion stieg im "
    "Monatsvergleich um 3,1 %."
)


@pytest.mark.parametrize(
    "share, heading, body, pairs",
    [
        # The heading slipped: it pairs with the English heading, the body with the body.
        ("12.6%", "1,6", "12,6", [("12.6%", "1,6 Prozent"), ("12.6%", "12,6 %")]),
        # The body slipped.
        ("12.6%", "12,6", "1,6", [("12.6%", "12,6 Prozent"), ("12.6%", "1,6 %")]),
        # Two digits told twice may be two facts: no telling is taken for the other, and
        # the slip is left unpaired.
        ("86%", "68", "86", [("86%", "86 %")]),
        # The heading rounds the share: no slip, and no pair to check, so none is made.
        ("12.63%", "12,6", "12,63", [("12.63%", "12,63 %")]),
    ],
)
def test_a_slip_in_one_telling_of_a_restated_share_pairs_with_the_other_telling(
    tmp_path, share, heading, body, pairs
):
    english, german = tmp_path / "a-en.txt", tmp_path / "b-de.txt"
    english.write_text(OUTPUT_ENGLISH.format(share), encoding="utf-8")
    german.write_text(OUTPUT_GERMAN.format(heading, body), encoding="utf-8")
    facts = aligned_texts(story_versions(english, german))
    german_tellings = {fact[1] for fact in facts if fact[0] == share}
    assert sorted(f for _, f in pairs) == sorted(german_tellings), facts


PRICE_CUT_ENGLISH = (
    "The ferry operator will add 14 crossings a day in 2027, its owner said.\n\n"
    "It will cut prices by 20% on 65 of its routes from March.\n\n"
    "Ticket sales rose to 3.2 billion yuan last year."
)
PRICE_CUT_CHINESE = (
    "该渡轮公司表示，2027年将每天增加14个航班。\n\n"
    "从3月起，其65条航线将{cut}。\n\n"
    "去年船票销售额增至32亿元。"
)
PRICE_CUT_JAPANESE = (
    "同フェリー会社は2027年に1日14便を増やすと発表した。\n\n"
    "3月から65航路で運賃を{cut}にする。\n\n"
    "昨年の乗船券売上高は32億元に増えた。"
)


@pytest.mark.parametrize(
    "template, cut, figure, reported",
    [
        (PRICE_CUT_CHINESE, "降价30%", "30%", True),
        (PRICE_CUT_CHINESE, "降价20%", "20%", False),
        (PRICE_CUT_CHINESE, "打八折", "八折", False),  # 20 % off: 80 % of the price is paid
        (PRICE_CUT_CHINESE, "打七折", "七折", True),
        (PRICE_CUT_JAPANESE, "3割引", "3割引", True),
        (PRICE_CUT_JAPANESE, "2割引", "2割引", False),
    ],
    ids=["zh-30", "zh-20", "zh-80-paid", "zh-70-paid", "ja-3-tenths", "ja-2-tenths"],
)
def test_a_price_cut_pairs_across_languages_by_the_share_taken_off(
    tmp_path, template, cut, figure, reported
):
    from figcheck.pipeline import compare

    english, other = tmp_path / "a.txt", tmp_path / "b.txt"
    english.write_text(PRICE_CUT_ENGLISH, encoding="utf-8")
    other.write_text(template.format(cut=cut), encoding="utf-8")
    versions = story_versions(english, other)
    assert ("20%", figure) in aligned_texts(versions)
    findings, _ = compare(versions)
    mismatches = [sorted(e.text for e in f.evidence) for f in findings if f.rule == "number-mismatch"]
    assert mismatches == ([sorted(("20%", figure))] if reported else [])


METRO_ENGLISH = (
    "Harbour city opens metro extension\n\n2024-11-20\n\n"
    "The city's metro line 4 extension opened on Wednesday after four years of work, adding "
    "9 stations and 12.6 km of track at a cost of 2.3 billion yuan.\n\n"
    "Ridership on the line rose 14% in 2023. Fares went up 6% in March. Nearly 5% of trains "
    "ran late in October, the operator said on Monday.\n\n"
    "About 1,200 workers built the extension."
)
METRO_CHINESE = (
    "港城地铁延长线开通\n\n2024-11-20\n\n"
    "该市地铁4号线延长线周三开通，工程历时四年，新增9座车站和12.6公里轨道，造价23亿元。\n\n"
    "2023年该线路客流量增长14%。票价在3月上调了{fares}。"
    "运营方周一表示，10月有4.8%的列车晚点。\n\n"
    "约1200名工人参与了延长线建设。"
)
METRO_JAPANESE = (
    "港湾都市で地下鉄延伸区間が開業\n\n2024-11-20\n\n"
    "同市の地下鉄4号線の延伸区間が水曜日に開業した。工事は4年に及び、9駅と12.6キロの線路が"
    "加わった。事業費は23億元だった。\n\n"
    "2023年に同線の利用者は14%増えた。運賃は3月に{fares}上がった。運営会社は月曜日、10月に"
    "列車の4.8%が遅れたと明らかにした。\n\n"
    "延伸工事には約1200人の作業員が携わった。"
)


@pytest.mark.parametrize("template", [METRO_CHINESE, METRO_JAPANESE], ids=["zh", "ja"])
@pytest.mark.parametrize("fares, drift", [("6%", []), ("8%", [("number-mismatch", "8%")])])
def test_each_sentence_of_a_chinese_or_japanese_paragraph_is_placed_apart(
    tmp_path, template, fares, drift
):
    """A paragraph of sentences parted by "。" alone: each figure is placed by the landmarks
    of its own sentence, so the fare rise that drifted pairs with its English figure (read
    as one sentence, the paragraph held two free percentages, and neither was placed), and
    "Nearly 5%" agrees with "4.8%"."""
    from helpers import check

    from figcheck.document import load

    (tmp_path / "en.txt").write_text(METRO_ENGLISH, encoding="utf-8")
    (tmp_path / "cjk.txt").write_text(template.format(fares=fares), encoding="utf-8")
    report = check([load(str(tmp_path / name)) for name in ("en.txt", "cjk.txt")])
    found = [
        (f.rule, e.text) for f in report.findings for e in f.evidence if e.path.endswith("cjk.txt")
    ]
    assert found == drift



def test_a_value_told_in_an_earlier_round_is_no_slip_of_a_figure_left(tmp_path):
    """A French version tells "14 morts" in its headline and again in its body; the
    headline paired in an earlier round, so the body's "14" left over is that value told
    again, not a digit lost from a follow-up's "140 communes"."""
    from figcheck.align.crossing import cross_pairs, value_key
    from figcheck.align.profiles import profiles_of

    follow_up = tmp_path / "a.txt"
    follow_up.write_text(
        "PARIS, Nov 15 - The government declared a natural disaster in 140 communes on "
        "Friday, unlocking insurance payments.", encoding="utf-8")  # fmt: skip
    french = tmp_path / "b.txt"
    french.write_text(
        "PARIS, 12 nov - La tempête a fait au moins 14 morts mardi et mercredi.",
        encoding="utf-8",
    )
    versions = story_versions(follow_up, french)
    ps, qs = (profiles_of(v, d, {}) for d, v in enumerate(versions))
    (communes,) = [p for p in ps if p.figure.text == "140"]
    (dead,) = [q for q in qs if q.figure.text == "14"]
    assert (communes, dead) in cross_pairs([communes], [dead])  # a digit lost, alone
    told = (frozenset(), frozenset({value_key(dead)}))
    assert cross_pairs([communes], [dead], told) == []
