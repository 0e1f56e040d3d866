"""Publication-date evidence: invented article heads -> the date that dates the article."""

from __future__ import annotations

import datetime as dt

import pytest

from figcheck.published import CONFIDENCE, MIN_CONFIDENCE, candidates, published

D = dt.date

# (article head, best date or None, its source)
HEADS = [
    # A place in title case opens a dateline when a dash follows the date.
    (
        "Ward sets up fund\n\nShenzhen, May 2, 2024 - On the 2nd, the ward set up a fund that "
        "will back 45 teams of engineers over five years.",
        D(2024, 5, 2),
        "dateline",
    ),
    (
        "Ward sets up fund\n\nOfficials said in Shenzhen, May 2, 2024 that the ward set up a "
        "fund to back 45 teams of engineers over five years.",
        None,
        None,
    ),
    # A photo caption above the text loses to the dateline below it.
    (
        "In this March 3, 2019 file photo, ferries wait at the pier.\n\n"
        "OSLO, Oct 12 (Wire) - The tunnel will cost 2 billion crowns, the agency said in 2023.",
        D(2023, 10, 12),
        "dateline-year-guessed",
    ),
    (
        "FILE - Workers load crates in a port on June 2, 2020.\n"
        "LISBON, May 14, 2024 (Wire) -- Exports rose 4% in April.",
        D(2024, 5, 14),
        "dateline",
    ),
    (
        "Shoppers queue at a bakery in the old town, Feb. 9, 2021. (Wire Photo)\n\n"
        "Annual inflation eased in March, official figures showed on Tuesday.",
        None,
        None,
    ),
    (
        "(Photo: City archive, April 1, 2018)\nPublished: 12 September 2023\n\nThe council voted.",
        D(2023, 9, 12),
        "published-line",
    ),
    ("IMAGE: a crowd outside the court on May 5, 2022\nThe ruling came late.", None, None),
    # Labelled lines: "Published" ranks above "Updated", whatever their order.
    (
        "Updated: Nov. 4, 2022 10:05 a.m.\nPublished: Nov. 3, 2022 6:00 p.m.\nBody.",
        D(2022, 11, 3),
        "published-line",
    ),
    ("Last updated on 5 March 2024\nThe fund grew.", D(2024, 3, 5), "updated-line"),
    ("Posted 2023-08-24T09:00Z\nBody", D(2023, 8, 24), "published-line"),
    # Datelines, with the year stated, guessed from the head, or inside the agency's bracket.
    ("BERLIN, August 24, 2023 (Wire) -- Body", D(2023, 8, 24), "dateline"),
    ("HONG KONG, Aug 24 (Wire) - In 2023 the plan grew.", D(2023, 8, 24), "dateline-year-guessed"),
    ("HONG KONG, Aug 24 (Wire) - No year near.", None, None),
    (
        "In this May 3, 2019 file photo, a ferry.\nOSLO, Oct 12 (Wire) - No year but the photo's.",
        None,
        None,
    ),
    (
        "Rates held steady\n\nVIENNA (Daily Wire / Agency - 07th March, 2024) The bank kept rates.",
        D(2024, 3, 7),
        "dateline",
    ),
    ("Friday March 8, 2024 – The club signed a new coach.", D(2024, 3, 8), "dateline"),
    ("March 8, 2024: the club signed a new coach on loan.", D(2024, 3, 8), "dateline"),
    # a Chinese dispatch's: agency and place, the date, 电
    ("新华社北京2025年1月8日电 据官方媒体报道，地震已造成126人遇难。", D(2025, 1, 8), "dateline"),
    ("新华社北京1月8日电 2025年首场地震已造成126人遇难。", D(2025, 1, 8), "dateline-year-guessed"),
    ("据报道，1月8日电力公司宣布涨价。", None, None),
    # a year a plan aims at is no year the story was told in
    ("新华社北京1月8日电 公司计划到2030年将排放减少40%。", None, None),
    ("HONG KONG, Aug 24 (Wire) - The plan runs until 2030.", None, None),
    ("HONG KONG, Aug 24 (Wire) - In 2023 the plan, due by 2030, grew.", D(2023, 8, 24),
     "dateline-year-guessed"),
    # a place in capitals with accents
    ("ZÜRICH, March 5, 2025 - The group cut jobs.", D(2025, 3, 5), "dateline"),
    ("BOGOTÁ, Nov 7, 2024 (Wire) - Prices rose.", D(2024, 11, 7), "dateline"),
    # A line holding only a date at the head, in any common form.
    ("Title\n\n08/24/2023\n\nBody", D(2023, 8, 24), "date-line"),
    ("Title\nAugust 24, 2023\nBody", D(2023, 8, 24), "date-line"),
    ("Title\nThursday, 24 August 2023\nBody", D(2023, 8, 24), "date-line"),
    ("Title\n2023年8月24日\n正文", D(2023, 8, 24), "date-line"),
    ("By Ana Lopes | March 2, 2024\nThe port reopened.", D(2024, 3, 2), "date-line"),
    # Front matter wins over everything in the text.
    (
        "---\ntitle: x\ndate: 2023-08-24\n---\nLONDON, Aug 25, 2023 (Wire) - Body",
        D(2023, 8, 24),
        "front-matter",
    ),
    # A date inside a sentence at the head tells an event, not the publication, whether its
    # line is long or short, first or second, with the year stated or guessed.
    ("On August 24th, in February 2023, it happened.", None, None),
    ("On August 24th it happened.", None, None),
    ("Library to close\nOn March 3, 2031 the council voted to shut two branches.", None, None),
    ("Library to close\nOn March 3, 2031 it voted.", None, None),
    ("Library to close\nThe council met on March 3, 2031.", None, None),
    ("Library to close\nMarch 3, 2031 was the day it shut.", None, None),
    ("图书馆将关闭\n2031年3月3日，市议会投票关闭两家分馆。", None, None),
    # A date line may carry a label, a byline, a weekday or a time beside its date.
    ("Library to close\nMarch 3, 2031 10:05 a.m.\nThe council voted.", D(2031, 3, 3), "date-line"),
    ("Library to close\nBy Kai Moreno | Tuesday, March 3, 2031\nIt voted.", D(2031, 3, 3), "date-line"),
    ("图书馆将关闭\n2031-03-03 10:05 来源：市报\n市议会投票。", D(2031, 3, 3), "date-line"),
    ("ZAGREB, March 3 (Wire) - The council voted in 2031 to shut two branches.", D(2031, 3, 3),
     "dateline-year-guessed"),
    # Dates in the body are events, not the article: never enough on their own.
    (
        "The striker joined the club last week. " * 20
        + "He made his debut on August 6th, 2019, aged 16.",
        None,
        None,
    ),
    ("The runway will remain closed until January 1, 2025, officials said.", None, None),
    ("No date at all.", None, None),
]


@pytest.mark.parametrize("text, day, source", HEADS)
def test_the_best_evidence_dates_the_article(text, day, source):
    best = published(text)
    assert (best.date, best.source) == (day, source) if day else best is None


def test_a_date_line_at_the_foot_still_counts_when_nothing_better_stands_above():
    text = "Body text. " * 80 + "\n2023-08-26 21:21:00"
    best = published(text)
    assert (best.date, best.source) == (D(2023, 8, 26), "late-date-line")


def test_candidates_are_ranked_and_keep_their_words():
    text = (
        "In this March 3, 2019 file photo, ferries wait.\n"
        "OSLO, Oct 12, 2023 (Wire) - The tunnel opened on Oct 10, 2023 after delays since 2019."
    )
    ranked = candidates(text)
    assert [(c.date, c.source) for c in ranked] == [
        (D(2023, 10, 12), "dateline"),
        (D(2023, 10, 10), "head"),
        (D(2019, 3, 3), "caption"),
    ]
    assert all(text[c.start : c.end] == c.text for c in ranked)
    assert [c.confidence for c in ranked] == sorted((c.confidence for c in ranked), reverse=True)


@pytest.mark.parametrize(
    "front_matter, day",
    [
        ({"date": "2023-08-24"}, D(2023, 8, 24)),
        ({"published": dt.datetime(2023, 8, 24, 9, 30), "date": "2020-01-01"}, D(2023, 8, 24)),
        ({"date": D(2021, 5, 6)}, D(2021, 5, 6)),
        ({"date": "last week"}, None),
        ({}, None),
    ],
)
def test_front_matter_given_by_the_caller(front_matter, day):
    best = published("OSLO (Wire) - Body without a date.", front_matter)
    assert (best.date if best else None) == day


def test_other_languages_read_their_month_names_when_asked():
    text = "MADRID, 18 de julio de 2022 (Agencia) - El tribunal multó a la empresa."
    assert published(text) is None
    best = published(text, languages=("en", "es"))
    assert (best.date, best.source) == (D(2022, 7, 18), "dateline")


@pytest.mark.parametrize(
    "text, day",
    [
        ("LYON (France), 3 mars 2031 - Le conseil a voté.", D(2031, 3, 3)),
        ("SEVILLA (España), 3 de marzo de 2031 (Agencia) - El pleno votó.", D(2031, 3, 3)),
        ("PORTLAND (Oregon), March 3, 2031 - The council voted.", D(2031, 3, 3)),
        ("PORTLAND (Oregon), March 3 (Wire) - The council voted in 2031.", D(2031, 3, 3)),
        # a bracket that is no region: the date inside a sentence stays an event
        ("PORTLAND (Oregon) voted on March 3, 2031 to shut two branches.", None),
    ],
)
def test_a_dateline_may_name_its_region_in_brackets(text, day):
    best = published(text, languages=("en", "fr", "es"))
    assert (best.date if best else None) == day


@pytest.mark.parametrize(
    "text, languages, day, source",
    [
        # a place in title case, the agency's bracket between the date and the dash
        (
            "Oslo, 19. Juni 2031 (Wire) - Der Fährbetreiber hat im ersten Quartal mehr "
            "umgesetzt, teilte das Unternehmen am Donnerstag mit.",
            ("de", "en"),
            D(2031, 6, 19),
            "dateline",
        ),
        (
            "Lisboa, 12 de novembro de 2030 (Agência) - A transportadora registou receitas "
            "maiores no terceiro trimestre, anunciou a empresa na segunda-feira.",
            ("pt", "en"),
            D(2030, 11, 12),
            "dateline",
        ),
        (
            "Madrid, 15 de julio de 2025 (Agencia).- La cadena vendió más unidades en junio, "
            "informó el martes la empresa.",
            ("es", "en"),
            D(2025, 7, 15),
            "dateline",
        ),
        (
            "São Paulo, 3 de março de 2031 (Agência) - A receita caiu no trimestre, disse a "
            "empresa em nota.",
            ("pt", "en"),
            D(2031, 3, 3),
            "dateline",
        ),
        (
            "Oslo, June 19, 2031 (Wire) - The ferry operator said on Thursday that its sales "
            "rose in the first quarter.",
            ("en",),
            D(2031, 6, 19),
            "dateline",
        ),
        (
            "PARÍS, 3 mar (Agencia) - Las ventas subieron en 2031, según la empresa.",
            ("es", "en"),
            D(2031, 3, 3),
            "dateline-year-guessed",
        ),
        # no date in the dateline: a date in its sentence tells an event
        (
            "Berlin (Wire) - Der Umsatz stieg am 3. März 2031 deutlich, teilte die Firma mit.",
            ("de", "en"),
            None,
            None,
        ),
        # a bracket after the date in a sentence is no agency's
        (
            "Oslo, 19. Juni 2031 (Ortszeit) begann die Sitzung, in der der Rat über die "
            "Fähren beriet.",
            ("de", "en"),
            None,
            None,
        ),
    ],
)
def test_a_dateline_in_title_case_before_the_agency(text, languages, day, source):
    best = published(text, languages=languages)
    assert ((best.date, best.source) if best else (None, None)) == (day, source)


def test_the_threshold_separates_evidence_from_guesses():
    assert CONFIDENCE["body"] < CONFIDENCE["head-year-guessed"] < CONFIDENCE["head"]
    assert CONFIDENCE["head"] < MIN_CONFIDENCE < CONFIDENCE["late-date-line"]
    assert CONFIDENCE["caption"] < CONFIDENCE["body"]
    text = "Prices rose after the vote of June 5, 2021 and the reform since 2020."
    assert published(text) is None
    assert published(text, min_confidence=0.0).date == D(2021, 6, 5)


def test_impossible_dates_are_no_evidence():
    assert candidates("Published: February 30, 2023\nBody") == []


@pytest.mark.parametrize(
    "text, day",
    [
        ("Bibliothèques\nPublié le 3 mars 2031 à 10h05\nLe conseil a voté.", D(2031, 3, 3)),
        ("Bibliothèques\nMis à jour le 3 mars 2031\nLe conseil a voté.", D(2031, 3, 3)),
        ("Bibliothèques\nLe 3 mars 2031, le conseil a voté la fermeture.", None),
        ("Bibliotecas\nEl 3 de marzo de 2031 el pleno votó el cierre.", None),
        ("Bibliotecas\nActualizado el 3 de marzo de 2031 a las 10:05\nEl pleno votó.", D(2031, 3, 3)),
    ],
)
def test_a_date_line_in_other_languages_is_a_label_and_a_date_not_a_sentence(text, day):
    best = published(text, languages=("en", "fr", "es"))
    assert (best.date if best else None) == day
