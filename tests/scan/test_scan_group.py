"""Grouping: versions of one story join, stories told alike with other figures do not."""

import datetime as dt

import pytest

from figcheck.scan.archive import Article
from figcheck.scan.fingerprint import fingerprint
from figcheck.scan.group import band_keys, figure_keys, index_pairs, stories

WIRE = (
    "Velmora Group will invest 4.35 billion euros in a battery plant near Tassburg, "
    "creating 2,870 jobs by 2029. Sales rose 17.4 percent to 912 million euros."
)
REWRITE = (
    "Battery maker Velmora is putting 4.35 billion euros into a Tassburg factory that "
    "should employ 2,870 people by 2029, after sales grew 17.4% to 912 million euros."
)
SPANISH = (
    "Velmora invertirá 4.350 millones de euros en una planta de baterías en Tassburg, "
    "con 2.870 empleos en 2029; las ventas subieron un 17,4 % hasta 912 millones."
)
CHINESE = (
    "Velmora集团将投资43.5亿欧元在Tassburg建设电池厂，到2029年创造2870个就业岗位，销售额增长17.4%。"
)
OTHER = (
    "Korrin Holdings will invest 6.15 billion euros in a chip plant near Ulmby, "
    "creating 1,340 jobs by 2031. Sales rose 8.6 percent to 377 million euros."
)


def _group(articles):
    fps = [fingerprint(a) for a in articles]
    pairs = index_pairs(key for fp in fps for key in [*figure_keys(fp), *band_keys(fp)])
    return stories(fps, pairs)


def test_versions_in_four_languages_are_one_story_and_the_other_story_is_apart():
    articles = [
        Article("a", WIRE), Article("b", REWRITE), Article("c", SPANISH),
        Article("d", CHINESE), Article("e", OTHER),
    ]  # fmt: skip
    assert _group(articles) == [["a", "b", "c", "d"]]


@pytest.mark.parametrize("order", [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 4, 0, 3, 1]])
def test_grouping_does_not_depend_on_input_order(order):
    texts = [WIRE, REWRITE, SPANISH, CHINESE, OTHER]
    articles = [Article(f"id{i}", texts[i]) for i in order]
    assert _group(articles) == [["id0", "id1", "id2", "id3"]]


@pytest.mark.parametrize("days_apart, joined", [(0, True), (30, True), (200, False)])
def test_publication_days_apart_count_against_thin_evidence(days_apart, joined):
    day = dt.date(2024, 3, 1)
    text = "The plan: 2,870 jobs, sales up 17.4%."
    brief = Article("b", text, published=day + dt.timedelta(days_apart))
    found = _group([Article("a", WIRE, published=day), brief])
    assert found == ([["a", "b"]] if joined else [])


def test_articles_sharing_no_figure_stay_apart():
    assert (
        _group([Article("a", "The council met on Monday."), Article("b", "The council met.")]) == []
    )


def _templated(i: int, figures: tuple[int, int, int]) -> Article:
    """One of many articles told from one template: the same capitalized nouns (as German
    writes them) and words, other figures."""
    a, b, c = figures
    text = (
        f"Der Konzern Velmora{i} kündigte am Montag Investitionen von {a} Millionen Euro an. "
        f"Das Projekt soll {b} Arbeitsplätze schaffen, der Umsatz stieg um {c},5 Prozent. "
        "Das Unternehmen nannte das Gelände und das Werk im Quartal einen Erfolg."
    )
    return Article(f"t{i:03d}", text)


@pytest.mark.parametrize("articles", [40, 300])
def test_template_words_shared_by_many_articles_do_not_make_a_story(articles):
    found = _group([_templated(i, (101 + i, 2003 + 7 * i, 11 + i % 80)) for i in range(articles)])
    assert found == []


def test_two_tellings_of_one_template_story_among_many_are_one_story():
    many = [_templated(i, (101 + i, 2003 + 7 * i, 11 + i % 80)) for i in range(60)]
    twin = Article("t999", many[5].text.replace("Montag", "Dienstag"))
    assert _group([*many, twin]) == [["t005", "t999"]]
