"""Alignment by what is counted: figures whose roles or counted things differ never pair."""

import pytest
from align_helpers import aligned_texts, phrase_versions
from helpers import figures_of

from figcheck.align import roles
from figcheck.align.profiles import profiles_of
from figcheck.align.roles import (
    anchors,
    apart,
    bare_age,
    estimate_of,
    is_age,
    is_elapsed,
    nouns_differ,
    role_of,
    subject_of,
    subjects_differ,
)
from figcheck.align.scoring import FAR_APART, VALUE_WEIGHT, tie_breakers
from figcheck.align.values import far_apart, value_closeness
from figcheck.align.words import sentence_spans


def role_in(sentence: str, figure: str) -> str:
    start = sentence.index(figure)
    return role_of(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    "sentence, figure, role",
    [
        ("The keeper, aged 19, signed on Friday.", "19", "age"),
        ("The 19-year-old keeper signed on Friday.", "19", "age"),
        ("She made her debut at the age of 15 in the cup.", "15", "age"),
        ("El portero, de 19 años de edad, firmó el viernes.", "19", "age"),
        ("Der Torwart ist 19 Jahre alt.", "19", "age"),
        ("A man of 76 was killed when a tree fell on him.", "76", "age"),
        ("Un homme de 67 ans a été tué.", "67", "age"),
        # only right before the number: "a man of the people" names no age
        ("A man of the people, he won 76 seats.", "76", ""),
        ("守门员今年19岁。", "19", "age"),
        ("Prices rose 8.1% on the month in June.", "8.1%", "monthly"),
        ("Monthly inflation slowed to 2.9% in June.", "2.9%", "monthly"),
        ("Prices rose 61.2% from a year earlier in June.", "61.2%", "annual"),
        ("Annual inflation reached 61.2% in June.", "61.2%", "annual"),
        ("La inflación interanual llegó al 61,2%.", "61,2%", "annual"),
        ("The council hired 200 dock workers.", "200", ""),
        # A cue after "and the ..." speaks of the next figure.
        ("Die Preise stiegen um 7,2 % und die jährliche Inflation lag bei 85 %.", "7,2 %", ""),
        ("Prices rose 12% in the month to June.", "12%", ""),
        # A cue past the end of the clause speaks of something else.
        ("Profit rose 12%. Monthly sales were flat.", "12%", ""),
        # A full-width ！ or ？ ends a Chinese or Japanese clause as 。 does.
        ("利润增长12%！环比销售持平。", "12%", ""),
        ("利益は12%増えた？前月比では横ばい。", "12%", ""),
    ],
)
def test_the_role_a_figure_s_own_words_state(sentence, figure, role):
    assert role_in(sentence, figure) == role


def the_figure(sentence: str, written: str, language: str = "en"):
    """The figure the real extractors read at ``written`` in ``sentence``."""
    from figcheck.extractors import extract

    start = sentence.index(written)
    (fig,) = [f for f in extract(sentence, language=language) if f.start <= start < f.end]
    return fig


@pytest.mark.parametrize(
    "sentence, written, age",
    [
        ("The keeper signs at only 19 years of age.", "19", True),
        ("The 19-year-old keeper signs.", "19", True),
        ("The keeper, aged 19, signs.", "19", True),
        ("The keeper signs despite being just 17.", "17", True),
        ("The keeper has 19 years of experience.", "19", False),
        ("The keeper signs for 19 years.", "19", False),
        ("Aged 16, he scored 24 goals.", "24", False),
    ],
)
def test_is_age(sentence, written, age):
    assert is_age(sentence, the_figure(sentence, written)) is age


@pytest.mark.parametrize(
    "sentence, written, language, elapsed",
    [
        ("The siren went off only two minutes after the warning.", "two", "en", True),
        ("Rescuers reached the pier just 3 hours later.", "3", "en", True),
        ("The roof fell within just four minutes of the blast.", "four", "en", True),
        ("La sirena sonó apenas dos minutos después del aviso.", "dos", "es", True),
        ("警報のわずか2分後にサイレンが鳴った。", "2", "ja", True),
        # A span that is no time between two events, or no span at all.
        ("The office grants only 14 days of leave.", "14", "en", False),
        ("The siren went off only two times after the warning.", "two", "en", False),
    ],
)
def test_is_elapsed(sentence, written, language, elapsed):
    assert is_elapsed(sentence, the_figure(sentence, written, language)) is elapsed


def test_a_cue_beyond_the_neighbouring_figure_is_not_read():
    sentence = "Prices rose 61.2% from a year earlier and 2.9% from the previous month."
    first, second = sentence.index("61.2%"), sentence.index("2.9%")
    assert role_of(sentence, first, first + 5, 0, second) == "annual"
    assert role_of(sentence, second, second + 4, first + 5) == "monthly"


@pytest.mark.parametrize(
    "a_role, a_noun, b_role, b_noun, expected",
    [
        ("annual", "", "monthly", "", True),
        ("annual", "", "annual", "", False),
        ("annual", "", "", "", False),  # a role one version leaves unsaid never blocks
        ("age", "", "", "goals", True),  # an age never with a count
        ("age", "", "", "", False),
        ("", "charges", "", "stores", True),
        ("", "local councils", "", "councils", False),
        ("", "workers", "", "工人", False),  # nouns of two languages cannot be compared
        ("", "", "", "stores", False),
    ],
)
def test_roles_and_nouns_that_say_two_figures_differ(a_role, a_noun, b_role, b_noun, expected):
    assert apart(a_role, a_noun, b_role, b_noun) is expected
    assert apart(b_role, b_noun, a_role, a_noun) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("charges", "stores", True),
        ("dock workers", "workers", False),
        ("passengers", "passenger", False),
        ("", "stores", False),
        # One word that only ends like another is no inflection of it.
        ("men", "women", True),
        ("imports", "exports", True),
        ("child", "children", False),
        # Words that name the same things, as rewrites swap them
        ("games", "matches", False),
        ("homes", "houses", False),
        ("small businesses", "small firms", False),
        ("games", "goals", True),
    ],
)
def test_nouns_differ(a, b, expected):
    assert nouns_differ(a, b) is expected


@pytest.mark.parametrize(
    "a, b, not_paired",
    [
        # Another counted thing in alike words.
        ("The chain faces 12 charges after inspectors visited its shops in May.",
         "The chain faces charges after inspectors visited its 30 stores in May.",
         ("12", "30")),
        # An age against a count.
        ("The winger, aged 19, scored in the cup final in May.",
         "The winger scored 7 goals in the cup final in May.",
         ("19", "7")),
        # An annual rate against a monthly one.
        ("Consumer prices rose 61.2% on the year, the agency said on Monday.",
         "Consumer prices rose 2.9% on the month, the agency said on Monday.",
         ("61.2%", "2.9%")),
    ],
)  # fmt: skip
def test_figures_about_different_things_are_not_paired(a, b, not_paired):
    assert not_paired not in aligned_texts(phrase_versions(a, b))


@pytest.mark.parametrize(
    "a, b, paired",
    [
        ("The chain faces 12 charges after inspectors visited its shops in May.",
         "The chain faces 14 charges after inspectors visited its shops in May.",
         ("12", "14")),
        ("The winger (aged 19) scored in the cup final in May.",
         "The winger (aged 18) scored in the cup final in May.",
         ("19", "18")),
        ("Consumer prices rose 61.2% on the year, the agency said on Monday.",
         "Consumer prices rose 62.1% on the year, the agency said on Monday.",
         ("61.2%", "62.1%")),
    ],
)  # fmt: skip
def test_the_same_thing_with_another_value_still_pairs(a, b, paired):
    assert paired in aligned_texts(phrase_versions(a, b))


def test_a_version_that_states_both_values_is_not_paired_across_them():
    # Each version gives both rates; whichever pairing the words suggest, a pair of two
    # different values here cannot be told from the pair of equal ones.
    a = "Consumer prices rose 61.2% in June. Food prices rose 2.9% in June, it said."
    b = "Consumer prices rose 2.9% in June, it said. Food prices, it said, rose 61.2% in June."
    facts = aligned_texts(phrase_versions(a, b))
    assert ("61.2%", "2.9%") not in facts
    assert ("2.9%", "61.2%") not in facts


@pytest.mark.parametrize(
    "a, b, far",
    [
        ("It rose 3.5% in June.", "It rose 83.5% in June.", True),
        ("It hired 100 people.", "It hired 250 people.", True),
        ("It hired 48 people.", "It hired 50 people.", False),
        ("It raised $2.1 million.", "It raised $2.1 billion.", False),  # a scale slip
        ("It hired 0 people.", "It hired 5 people.", True),
        # Slips of the pen: a digit or the decimal mark lost, a tenfold shift.
        ("It hired 48 people.", "It hired 4 people.", False),
        ("It hired 14,500 people.", "It hired 1,450 people.", False),
        ("It raised $1.94 billion.", "It raised $194 billion.", False),
        ("It raised $16.3 million.", "It raised $1.6 million.", False),
        ("It rose 87.4% in June.", "It rose 8.4% in June.", False),
        # ... but another first digit, or a digit added in front, is another number.
        ("It rose 85% in June.", "It rose 3.85% in June.", True),
        ("It rose 6.42% in June.", "It rose 6.24% in June.", False),  # not far anyway
    ],
)
def test_amounts_far_apart(a, b, far):
    (p,), (q,) = (figures_of(a), figures_of(b))
    assert far_apart(p, q) is far
    assert far_apart(q, p) is far


def test_amounts_far_apart_cost_a_pair_more_than_its_value():
    a, b = "It rose 3.5% in June.", "It rose 83.5% in June."
    p, q = (profiles_of(v, d, {})[0] for d, v in enumerate(phrase_versions(a, b)))
    closeness = value_closeness(p.figure, q.figure)
    assert tie_breakers(p, q) == pytest.approx(FAR_APART + VALUE_WEIGHT * closeness)


# --- the year a figure refers to -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, figure, year",
    [
        ("In 1994 a jet crashed into a hill, killing 212 people.", "212", 1994),
        # The year of the figure's own clause wins over an earlier one of the sentence.
        ("A crash in 1986 killed 251 people, and a crash in 1994 killed 212 people.", "212", 1994),
        ("A crash in 1986 killed 251 people, and a crash in 1994 killed 212 people.", "251", 1986),
        ("Inflation will fall to 27.4% in 2023 and 9.6% in 2024.", "27.4%", 2023),
        ("Inflation will fall to 27.4% in 2023 and 9.6% in 2024.", "9.6%", 2024),
        # A year in another sentence, or a relative date (a comparison), dates nothing.
        ("The port opened in 2019. It hired 200 dock workers.", "200", None),
        ("Prices rose 8% from a year ago.", "8%", None),
        # A later year the figure is compared with is no time of the figure.
        ("Profit fell 87.4% from the level in 2021.", "87.4%", None),
        # Years beyond a clause break date nothing, however many follow; one before it does.
        ("Sales rose 5%; in 2023 they fell, in 2024 too and in 2025.", "5%", None),
        ("Sales rose 5% in 2021; in 2023 they fell, in 2024 too.", "5%", 2021),
        ("In 2020 sales rose 5% and then in 2023 and 2024 fell.", "5%", 2020),
        # A period over several years dates no figure; one that ends in a year does.
        ("A pilot scheme ran from 2016 to 2019 and drew 300 applicants.", "300", None),
        ("A pilot scheme ran until 2019 and drew 300 applicants.", "300", 2019),
    ],
)
def test_the_year_a_figure_refers_to(sentence, figure, year):
    figures = figures_of(sentence)
    years = anchors(sentence, figures, sentence_spans(sentence))
    assert dict(zip((f.text for f in figures), years, strict=True))[figure] == year


@pytest.mark.parametrize(
    "sentence, figure, year",
    [
        # A dateline is the day the story was filed: it dates no figure of the lead.
        ("BERLIN, Oct 2, 2024 - Nearly half of firms expect to cut jobs.", "half", None),
        ("BERLIN, Oct 2, 2024 (Reuters) - Sales rose 5% in 2023.", "5%", 2023),
        ("The firms said on Oct 2, 2024 that nearly half would cut jobs.", "half", 2024),
    ],
)
def test_a_dateline_dates_no_figure(sentence, figure, year):
    from figcheck import extract

    figures = extract(sentence)
    years = anchors(sentence, figures, sentence_spans(sentence))
    assert dict(zip((f.text for f in figures), years, strict=True))[figure] == year


#: (sentence, its language, the figure, the year it refers to in an article of 4 May 2028)
RELATIVE_YEARS = [
    # A relative year counted from publication dates the figures beside it, before or after.
    ("Last year the board spent 80 million euros on repairs.", "en", "80 million euros", 2027),
    ("The board spent 80 million euros on repairs last year.", "en", "80 million euros", 2027),
    ("This year the club expects 45,000 members.", "en", "45,000", 2028),
    ("Two years ago the board spent 80 million euros.", "en", "80 million euros", 2026),
    ("El año pasado la junta gastó 80 millones de euros en obras.", "es",
     "80 millones de euros", 2027),
    ("L'an dernier, le conseil a dépensé 80 millions d'euros.", "fr", "80 millions d'euros", 2027),
    ("No ano passado, o conselho gastou 80 milhões de euros.", "pt", "80 milhões de euros", 2027),
    ("Im vergangenen Jahr gab der Vorstand 80 Millionen Euro aus.", "de", "80 Millionen Euro", 2027),
    ("去年董事会花费8000万欧元。", "zh", "8000万欧元", 2027),
    ("昨年、理事会は8000万ユーロを費やした。", "ja", "8000万ユーロ", 2027),
    # The same year written out is the same year.
    ("In 2027 the board spent 80 million euros on repairs.", "en", "80 million euros", 2027),
    # The base of a comparison tells the time of no figure.
    ("Membership rose 8% from last year.", "en", "8%", None),
    ("Membership was 8% higher than last year.", "en", "8%", None),
    ("Membership rose 8% from a year earlier.", "en", "8%", None),
    ("Las visitas subieron un 8% más que el año pasado.", "es", "8%", None),
    ("Die Besuche lagen 8 Prozent höher als im vergangenen Jahr.", "de", "8 Prozent", None),
    # It reaches a figure after it in its own clause, never past a comparison or an "and".
    ("Last year's survey drew 140 replies, compared with 900 in the first round.", "en",
     "140", 2027),
    ("Last year's survey drew 140 replies, compared with 900 in the first round.", "en",
     "900", None),
    ("The survey of last year drew 140 replies, and 900 came in the first round.", "en",
     "900", None),
    ("Last year, the board spent 80 million euros on repairs.", "en", "80 million euros", 2027),
    # A year counted from the story's own time is not the year before publication.
    ("In the previous year the board spent 80 million euros.", "en", "80 million euros", None),
    ("Two years later the board spent 80 million euros.", "en", "80 million euros", None),
    ("El año anterior la junta gastó 80 millones de euros en obras.", "es",
     "80 millones de euros", None),
    ("L'année précédente, le conseil a dépensé 80 millions d'euros.", "fr",
     "80 millions d'euros", None),
    ("Im Vorjahr gab der Vorstand 80 Millionen Euro aus.", "de", "80 Millionen Euro", None),
    # "since 1960, when": what follows happened in that year
    ("It was the worst quake since 1960, when about 12,000 people died.", "en", "12,000", 1960),
    ("C'est le pire séisme depuis 1960, lorsque 12 000 personnes sont mortes.", "fr",
     "12 000", 1960),
    # The "and" of a language with spaces ends the clause: a year after it is the next one's.
    ("La inflación bajará al 3,2% a finales de año y al 2% en 2030.", "es", "3,2%", None),
    ("La inflación bajará al 3,2% en 2029 y al 2% en 2030.", "es", "3,2%", 2029),
    ("Die Teuerung sinkt auf 3,2 Prozent und 2030 auf 2 Prozent.", "de", "3,2 Prozent", None),
    ("L'inflation tombera à 3,2 % et à 2 % en 2030.", "fr", "3,2 %", None),
]  # fmt: skip


@pytest.mark.parametrize("sentence, language, figure, year", RELATIVE_YEARS)
def test_the_year_a_relative_date_gives_a_figure(sentence, language, figure, year):
    import datetime as dt

    from figcheck.pipeline import figures_in

    figures = figures_in(sentence, dt.date(2028, 5, 4), language)
    years = anchors(sentence, figures, sentence_spans(sentence), language)
    assert dict(zip((f.text for f in figures), years, strict=True))[figure] == year


@pytest.mark.parametrize("sentence, language, figure, year", RELATIVE_YEARS[:10])
def test_without_a_publication_date_a_relative_year_dates_nothing(
    sentence, language, figure, year
):
    from figcheck.pipeline import figures_in

    figures = figures_in(sentence, None, language)
    years = anchors(sentence, figures, sentence_spans(sentence), language)
    assert dict(zip((f.text for f in figures), years, strict=True))[figure] is None


def dated_versions(*texts: str, year: int = 2023) -> list:
    """``phrase_versions`` published on 1 June of ``year``."""
    import datetime as dt
    from dataclasses import replace

    from figcheck.document import Version

    return [
        Version(replace(v.document, published=dt.date(year, 6, 1)), v.figures)
        for v in phrase_versions(*texts)
    ]


@pytest.mark.parametrize(
    "a, b, pair, paired",
    [
        # The same past event, one count misreported.
        ("A crash in 1994 killed 212 people on the island, the airline said.",
         "A crash in 1994 killed 209 people on the island, the airline said.",
         ("212", "209"), True),
        # Two events of alike words, years apart.
        ("A crash in 1994 killed 212 people on the island, the airline said.",
         "A crash in 1986 killed 209 people on the island, the airline said.",
         ("212", "209"), False),
        # An age at the move, in both versions: one misreported.
        ("He joined the club in 2020 aged 16 and played in the cup final.",
         "He joined the club in 2020 at the age of 17 and played in the cup final.",
         ("16", "17"), True),
        # An age now against an age at a debut years before.
        ("The midfielder, aged 19, played in the cup final for the club.",
         "The midfielder played in the cup final for the club after a debut in 2019 at just 16.",
         ("19", "16"), False),
    ],
)  # fmt: skip
def test_figures_dated_to_other_years_are_other_facts(a, b, pair, paired):
    assert (pair in aligned_texts(dated_versions(a, b))) is paired


def read_versions(*texts: str, published=None, language: str = "en") -> list:
    """One version per text, its figures read as ``figcheck check`` reads them, published
    on ``published``."""
    from figcheck.document import Document, Version
    from figcheck.pipeline import figures_in

    return [
        Version(Document(f"v{i}.txt", text, None, language, published),
                tuple(figures_in(text, published, language)))
        for i, text in enumerate(texts, start=1)
    ]  # fmt: skip


_LAST_YEAR = "Last year the board spent 80 million euros on repairs to the east wing, it said."


@pytest.mark.parametrize(
    "b, published, facts",
    [
        # "last year" in a 2028 article is 2027: another year's spending is another fact,
        # and neither the amounts nor the years pair.
        ("In 2025 the board spent 95 million euros on a new laboratory, it said.", 2028, []),
        ("The board spent 95 million euros on a new laboratory in 2025, it said.", 2028, []),
        # The same year, written out: one fact, its amounts compared.
        ("In 2027 the board spent 85 million euros on repairs to the east wing, it said.", 2028,
         [("80 million euros", "85 million euros"), ("Last year", "2027")]),
        # Another year but the same amount: one fact whose year slipped, still paired.
        ("In 2026 the board spent 80 million euros on repairs to the east wing, it said.", 2028,
         [("80 million euros", "80 million euros"), ("Last year", "2026")]),
        # Alike words, years apart: the years part the amounts; undated, "last year" is no
        # year, and nothing parts them.
        ("In 2025 the board spent 95 million euros on repairs to the east wing, it said.", 2028,
         []),
        ("In 2025 the board spent 95 million euros on repairs to the east wing, it said.", None,
         [("80 million euros", "95 million euros"), ("Last year", "2025")]),
    ],
)  # fmt: skip
def test_a_relative_year_dates_its_figures_for_alignment(b, published, facts):
    import datetime as dt

    day = dt.date(published, 5, 4) if published else None
    assert sorted(aligned_texts(read_versions(_LAST_YEAR, b, published=day))) == facts


@pytest.mark.parametrize(
    "years, parted",
    [
        # Most dated members of one value give it this year; one gives a report's year:
        # that year was misread, and parts no slipped 30,000 (a member with no year is no
        # vote either way).
        ((2025, 2028, 2028, None, 2028), False),
        # One against one: neither can be told misread, so the other year parts it.
        ((2025, 2028, None, None, 2028), True),
        # The members of one value agree on their year: another year parts the 30,000.
        ((2025, 2025, None, None, 2028), True),
    ],
)
def test_a_year_most_members_of_its_value_do_not_give_parts_no_member(years, parted):
    from dataclasses import replace

    from figcheck.align import _parted

    texts = [f"The trade lacks {n} welders, the guild said." for n in ("300,000",) * 4]
    versions = phrase_versions(*texts, "The trade lacks 30,000 welders, the guild said.")
    members = [
        replace(profiles_of(v, d, {})[0], when=year)
        for d, (v, year) in enumerate(zip(versions, years, strict=True))
    ]
    assert _parted(members[4], members) is parted


def test_relative_years_in_two_languages_pair_by_the_year_they_resolve_to():
    import datetime as dt

    day = dt.date(2028, 5, 4)
    versions = [
        *read_versions("El año pasado la junta gastó 80 millones de euros.", published=day,
                       language="es"),
        *read_versions("In 2025 the board spent 95 million euros.", published=day),
    ]  # fmt: skip
    assert ("80 millones de euros", "95 million euros") not in aligned_texts(versions)


@pytest.mark.parametrize(
    "sentence, figure, age",
    [
        ("He moved north in the summer despite being just 17.", "17", True),
        ("She became the youngest player at just 16.", "16", True),
        ("The club was at 16 sites last year.", "16", False),  # it counts sites
        ("The jersey number 22 was retired.", "22", False),
    ],
)
def test_a_bare_number_read_as_an_age(sentence, figure, age):
    (fig,) = [f for f in figures_of(sentence) if f.text == figure]
    assert bare_age(sentence, fig) is age


@pytest.mark.parametrize(
    "sentence, figure, age",
    [
        # An age in apposition: set off by commas after a name, the clause going on.
        ("His team mate Luca Ferrante, 33, made a record appearance.", "33", True),
        ("The Norwegian, 24, cost Marden 48 million pounds.", "24", True),
        # A list goes on in capitals; a number with no comma after it is no apposition.
        ("Points: Ashbury, 86, Marden, 74, Pellham, 61.", "86", False),
        ("Ashbury, 12 behind, finished second.", "12", False),
    ],
)
def test_a_number_set_off_by_commas_after_a_name_is_an_age(sentence, figure, age):
    assert bare_age(sentence, the_figure(sentence, figure)) is age


@pytest.mark.parametrize(
    "sentence, figure, sure",
    [
        ("The captain, aged 16, went to sea.", "16", True),
        ("The captain went to sea at just 17.", "17", True),
        ("Luca Ferrante, 33, made a record appearance.", "33", True),
        # "at" and "was" may put a level: an age by those words alone is not sure.
        ("The toll stood at 17 on Wednesday.", "17", False),
        ("The death toll was 17 on Wednesday.", "17", False),
    ],
)
def test_an_age_told_by_words_that_may_put_a_level_is_not_sure(sentence, figure, sure):
    fig = the_figure(sentence, figure)
    stated = role_of(sentence, fig.start, fig.end)
    assert roles.sure_age(sentence, fig, stated) is sure


@pytest.mark.parametrize(
    "sentence, figure, estimate",
    [
        ("On an annual basis, prices were expected to rise by 62.4% in June.", "62.4%", True),
        ("A survey of economists predicted on Monday that prices would rise 62.4%.", "62.4%", True),
        ("Profit fell short of analyst estimates of 700 billion won.", "700", True),
        ("Prices rose 62.4% in June, slightly less than expected.", "62.4%", False),
        # A subject's own plan is no one's expectation of an outcome.
        ("The group expects to employ 1,200 people at the peak.", "1,200", False),
        # The analysts' estimate, in the singular; an estimate of a toll is no expectation.
        ("Revenue beat the average estimate of $84.5 billion.", "$84.5", True),
        ("Officials gave an estimate of 2,000 dead.", "2,000", False),
        # Who expected it, right after it; "as expected" says the outcome met it.
        ("It earned $1.40 a share, against the $1.53 analysts had expected.", "$1.53", True),
        ("It earned $1.40 a share, against the $1.53 forecast by analysts.", "$1.53", True),
        ("Prices rose 2% as expected.", "2%", False),
        ("Sales rose 2%, more than economists expected.", "2%", False),
        # A subject's forecast of a thing, in any of its words, is an expectation too (its
        # rewrite says "forecast"); its own plan is not ("prevé gastar": a verb follows).
        ("The bank expects inflation to fall to 3.2% by the end of the year.", "3.2%", True),
        ("The bank forecast inflation of 3.2% at the end of the year.", "3.2%", True),
        ("The firm projects sales of $2 billion next year.", "$2", True),
        ("El banco prevé que la inflación baje al 3,2% a finales de año.", "3,2%", True),
        ("La cooperativa prevé gastar 5,7 millones de euros.", "5,7", False),
        ("La banque prévoit une inflation de 3,2 % en fin d'année.", "3,2", True),
        ("La coopérative prévoit d'investir 7,5 millions d'euros.", "7,5", False),
        ("A companhia prevê investir 7,5 milhões de euros.", "7,5", False),
        ("Die Notenbank erwartet, dass die Teuerung auf 3,2 Prozent sinkt.", "3,2", True),
        ("Die Preise stiegen wie erwartet um 3,2 Prozent.", "3,2", False),
        ("Die Preise stiegen stärker als erwartet um 3,2 Prozent.", "3,2", False),
        ("央行预计今年年底通胀将降至3.2%。", "3.2%", True),
        # an estimate named after the figure, or in another language's nouns; a company's
        # outlook is its forecast
        ("It missed the 1.31 trillion yen average estimate of analysts.", "1.31 trillion yen",
         True),
        ("Analysten hatten im Schnitt mit 1,31 Billionen Yen gerechnet.", "1,31", True),
        ("abaixo da estimativa média de 1,31 trilhão de ienes", "1,31", True),
        ("It kept its full-year outlook of 4.5 trillion yen.", "4.5", True),
        ("It missed the 1.31 trillion yen target.", "1.31 trillion yen", False),
    ],
)
def test_a_figure_stated_as_an_expectation(sentence, figure, estimate):
    start = sentence.index(figure)
    assert estimate_of(sentence, start, 0, start + len(figure)) is estimate


@pytest.mark.parametrize(
    "a, b, paired",
    [
        ("Prices rose 62.1% on the year in June, the agency said on Monday.",
         "On the year, prices had been expected to rise 62.4% in June, the agency said.", False),
        ("A survey had prices rising 62.1% on the year in June, the agency said on Monday.",
         "On the year, prices were expected to rise 62.4% in June, the agency said.", True),
    ],
)  # fmt: skip
def test_an_expectation_never_pairs_with_another_outcome(a, b, paired):
    assert (("62.1%", "62.4%") in aligned_texts(phrase_versions(a, b))) is paired


def test_members_chained_through_a_third_figure_never_join_two_things():
    # The expectation pairs with the outcome of the same value, the outcome with a third
    # version's 87.4%: the expectation and the 87.4% are two facts, so they never end up
    # in one fact together.
    texts = (
        "Analysts had forecast a 86.7% drop in operating profit for the quarter, it said.",
        "Operating profit dropped 86.7% in the quarter, the company said on Friday.",
        "Operating profit dropped 87.4% in the quarter, the company said on Friday.",
    )
    for fact in aligned_texts(phrase_versions(*texts)):
        assert not (fact[0] == "86.7%" and fact[2] == "87.4%")


@pytest.mark.parametrize(
    "sentence, written, language, subject",
    [
        ("Producer prices rose 4.1% on the month, 61.3% on the year.", "61.3%", "en", "producer"),
        ("Food prices were up 42% and housing costs climbed 18%.", "42%", "en", "food"),
        ("Food prices were up 42% and housing costs climbed 18%.", "18%", "en", "housing"),
        ("The agency reported a 42% rise in food prices.", "42%", "en", "food"),
        ("Food prices rose 42% and inflation reached 31% in May.", "31%", "en", ""),
        ("Food inflation reached 42% in May.", "42%", "en", "food"),
        ("Producer price inflation reached 61.3% in May.", "61.3%", "en", "producer"),
        ("Annual inflation reached 31% in May.", "31%", "en", ""),
        ("Profit fell 12% in the quarter.", "12%", "en", ""),
        # A subject of another clause names another rate.
        ("Transport rose 17%, household goods 9.6%.", "9.6%", "en", ""),
        ("Food rose 42% and shipping turned into up 17%.", "17%", "en", ""),
        ("Housing and transport rose 3.1% and 1.4%, respectively.", "3.1%", "en", ""),
        ("Housing and transport rose 3.1% and 1.4%, respectively.", "1.4%", "en", ""),
        # Words after the figure name it only through a preposition.
        ("Inflation hit 31.5% as food prices kept rising.", "31.5%", "en", ""),
        ("Prices rose 61.3% for producers and 42% for food.", "42%", "en", "food"),
        # A bracket or a colon does not part a figure from its subject.
        ("It was led by food and drink (42%).", "42%", "en", ""),
        ("It was led by food (42%).", "42%", "en", "food"),
        ("Especially food: prices rose 42% in a year.", "42%", "en", "food"),
        ("Los precios de los alimentos subieron un 42% en mayo.", "42%", "es", "food"),
        ("Die Erzeugerpreise stiegen im Mai um 61,3 %.", "61,3 %", "de", "producer"),
        ("食品价格同比上涨42%。", "42%", "zh", "food"),
    ],
)  # fmt: skip
def test_what_a_percentage_is_of(sentence, written, language, subject):
    fig = the_figure(sentence, written, language)
    assert subject_of(sentence, fig, 0) == subject


def test_only_a_percentage_has_a_subject():
    sentence = "The city spent 42 million euros on food aid."
    assert subject_of(sentence, the_figure(sentence, "42 million euros"), 0) == ""


@pytest.mark.parametrize(
    "a, b, differ",
    [("food", "producer", True), ("food", "food", False), ("food", "", False), ("", "", False)],
)
def test_subjects_differ(a, b, differ):
    assert subjects_differ(a, b) is differ


@pytest.mark.parametrize(
    "a, b, pair, paired",
    [
        # Rates of two subjects in alike sentences are two facts.
        ("Producer prices rose 61.3% on the year in May, the agency said on Monday.",
         "Food prices rose 42% on the year in May, the agency said on Monday.",
         ("61.3%", "42%"), False),
        # One subject with another value still pairs: that is a contradiction to report.
        ("Food prices rose 61.3% on the year in May, the agency said on Monday.",
         "Food prices rose 42% on the year in May, the agency said on Monday.",
         ("61.3%", "42%"), True),
        # A rate whose subject one version leaves unnamed still pairs.
        ("Prices rose 61.3% on the year in May, the agency said on Monday.",
         "Food prices rose 42% on the year in May, the agency said on Monday.",
         ("61.3%", "42%"), True),
    ],
)  # fmt: skip
def test_rates_of_different_subjects_never_pair(a, b, pair, paired):
    assert (pair in aligned_texts(phrase_versions(a, b))) is paired


def _slices_of_the_fixture_stories() -> list[str]:
    """Every 40-character stretch (stepping by 7) of every fixture story."""
    from align_helpers import FIXTURES

    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*/*.txt"))]
    return [text[at : at + 40] for text in texts for at in range(0, len(text), 7)]


@pytest.mark.parametrize(
    "words",
    [
        "aged 19", "19 years old", "the 19-year-old", "AGED", "unaged wine", "19 years of age",
        "edad de 30", "âgée de 30", "Jahre alt", "Dreijährige", "30岁", "30 岁的", "年满30歳",
        "monthly", "month-on-month", "bimonthly", "rose 3% m/m", "from the previous month",
        "環比", "同比增长", "前年比", "annually", "year-over-year", "y/y", "vorjahr", "anual",
        "annuel", "sur un an", "", "no cue here at all", "a month", "ages ago",
    ],
)  # fmt: skip
def test_the_one_search_for_a_cue_finds_one_where_a_role_pattern_does(words):
    stated = any(cue.search(words) for _, cue in roles._patterns())
    assert (roles._any_cue().search(words) is not None) is stated


def test_the_one_search_for_a_cue_agrees_on_every_stretch_of_the_fixture_stories():
    slices = _slices_of_the_fixture_stories()
    assert len(slices) > 1000
    for words in slices:
        stated = any(cue.search(words) for _, cue in roles._patterns())
        assert (roles._any_cue().search(words) is not None) is stated, words


@pytest.mark.parametrize(
    "words",
    [
        "was expected", "were widely expected to", "had been expected", "expectations of",
        "analysts' forecasts", "a Reuters poll of", "polled economists", "the consensus",
        "SURVEYED", "estimates", "se esperaba", "según el pronóstico", "erwartet worden",
        "laut Umfrage", "prévisions", "un sondage", "市场预期", "予想", "unexpected", "",
        "the estimated", "polling station", "expectedly", "expects inflation to",
        "expects to hire", "prevé que", "prevé gastar", "prévoit d'investir", "prévoit une",
        "wie erwartet", "als erwartet", "erwartet, dass", "预计", "projects sales",
        "a estimativa", "previsão de lucro", "full-year outlook", "guidance", "Ausblick",
    ],
)  # fmt: skip
def test_the_faster_expectation_pattern_finds_what_the_table_pattern_does(words):
    assert (roles._estimate().search(words) is None) is (roles._ESTIMATE.search(words) is None)


def test_the_faster_expectation_pattern_agrees_on_the_fixture_stories():
    for words in _slices_of_the_fixture_stories():
        assert (roles._estimate().search(words) is None) is (
            roles._ESTIMATE.search(words) is None
        ), words


@pytest.mark.parametrize(
    "sentence, bases",
    [
        # The date a change is measured from tells no time of its own ...
        ("Spending climbed 49% from a year earlier, the audit said.", ["a year earlier"]),
        ("Prices rose 0.4% from a month earlier in June.", ["a month earlier"]),
        # ... but a relative date with no change beside it is a time ("opened a year earlier").
        ("The plant opened a year earlier, in the spring.", []),
        ("Exports rose 3% last year.", []),
    ],
)
def test_the_relative_dates_a_change_is_measured_from(sentence, bases):
    import datetime as dt

    from figcheck.document import Document, Version
    from figcheck.pipeline import figures_in

    day = dt.date(2022, 10, 5)
    version = Version(Document("v.txt", sentence, published=day), tuple(figures_in(sentence, day)))
    profiles = profiles_of(version, 0, {})
    found = roles.comparison_bases(profiles)
    assert [p.figure.text for p in profiles if p.ref in found] == bases


#: (written, its value and precision) x2 -> whether the doubt filter reads them as one
#: telling: a date inside a year the other version tells is; a month inside a quarter is not.
TOLD_ALIKE = [
    (("October 2021", ("2021-10-01", "2021-10-31"), "month"),
     ("last year", ("2021-01-01", "2021-12-31"), "year"), True),
    (("2021", ("2021-01-01", "2021-12-31"), "year"),
     ("May 2021", ("2021-05-01", "2021-05-31"), "month"), True),
    (("May 2020", ("2020-05-01", "2020-05-31"), "month"),
     ("last year", ("2021-01-01", "2021-12-31"), "year"), False),
    (("February", ("2021-02-01", "2021-02-28"), "month"),
     ("the first quarter", ("2021-01-01", "2021-03-31"), "quarter"), False),
    (("the first quarter", ("2021-01-01", "2021-03-31"), "quarter"),
     ("March 2021", ("2021-03-01", "2021-03-31"), "month"), False),
]  # fmt: skip


@pytest.mark.parametrize("a, b, alike", TOLD_ALIKE)
def test_a_date_inside_a_year_is_told_alike(a, b, alike):
    import datetime as dt

    from figcheck.align import _told_alike
    from figcheck.figures import Figure

    def date(written, span, precision):
        start, end = (dt.date.fromisoformat(d) for d in span)
        return Figure("date", 0, len(written), written, (start, end), precision=precision)

    assert _told_alike(date(*a), date(*b)) is alike
    assert _told_alike(date(*b), date(*a)) is alike


@pytest.mark.parametrize(
    "first, second, paired, apart",
    [
        # One age worded as a span of years in one version, a bare number in the other.
        ("The 24-year-old Norwegian scored 31 goals. Luca Ferrante, 33, made his debut.",
         "The Norwegian, 24, scored 31 goals. Ferrante, 33, made his debut.",
         ("24-year", "24"), ("33", "24")),
        # A toll that "stood at 17" is no age, though "at 17" may be one.
        ("The captain, who went to sea at just 17, rescued two. The toll rose to 17 on Tuesday.",
         "The captain went to sea at 17. The toll stood at 17 on Wednesday, two missing.",
         ("17", "17"), ("17", "two")),
        ("Ashbury midfielder Reuben Kaye, 21, led the league with 15 assists.",
         "Ashbury's 21-year-old Reuben Kaye topped the assists table with 15.",
         ("21", "21-year"), ("21", "15")),
    ],
)  # fmt: skip
def test_an_age_pairs_with_the_same_age_worded_otherwise(first, second, paired, apart):
    facts = aligned_texts(read_versions(first, second))
    assert paired in facts
    assert apart not in facts
