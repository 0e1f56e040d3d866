"""time-reference-drift: (version A phrase, version B phrase) -> reported or not."""

import pytest
from helpers import run_rule

from figcheck.rules.time_reference_drift import ID

TEMPLATE = "Nordvind Energy said it had received {} consultation, down from the first round."

CASES = [
    ("only 14 objections from the previous year's", "14 objections in the year's", True),
    ("14 objections from the previous year's", "14 objections from last year's", False),
    ("14 objections this year in the", "14 objections in the year's", False),
    ("14 objections last year in the", "14 objections next year in the", True),
    # Time words dropped altogether are no drift worth a warning.
    ("14 objections from the previous year's", "14 objections in the", False),
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_time_reference_drift(a, b, reported):
    findings = run_rule("time-reference-drift", a, b, template=TEMPLATE)
    assert bool(findings) is reported
    for finding in findings:
        assert finding.severity == "warning"
        # Evidence is the figure with its time words, a phrase.
        assert all("14 objections" in e.text and "year" in e.text for e in finding.evidence)


def test_time_words_in_another_clause_are_not_attached():
    template = "Prices rose {}, the operator said on Thursday in Copenhagen."
    a = "12% in the north, unlike last year"
    b = "12% in the north, unlike this year"
    assert run_rule("time-reference-drift", a, b, template=template) == []


def test_message_says_when_a_date_was_borrowed():
    import datetime as dt

    from helpers import check, document

    day = dt.date(2024, 3, 14)
    docs = [
        document("v1.txt", TEMPLATE.format("14 objections last year in the"),
                 published=day, published_source="text"),
        document("v2.txt", TEMPLATE.format("14 objections this year in the"),
                 published=day, published_source="fallback"),
    ]  # fmt: skip
    (finding,) = [f for f in check(docs).findings if f.rule == "time-reference-drift"]
    assert finding.message.endswith(
        "(no date in v2.txt: read as of 2024-03-14, the other versions' date)"
    )


# A figure told for another time: the date beside it, as the interval it covers. The dates
# are left out of the facts (as when alignment cannot pair them: another language, or a
# year its version states twice), so that only the figure's own time is compared.
DATED = "2023-11-05"
ATTACHED = [
    ("The group said annual inflation was 162.47% in September.",
     "The group said annual inflation was 162.47% in October.", "162", True),
    ("Prices rose 12% in July 2020, the office said.",
     "Prices rose 12% in the summer of 2020, the office said.", "12", False),
    ("Inflation went from 171% in September to 172% in October.",
     "Inflation went to 172% in October.", "172", False),
    ("The rate rose 4.5 points to 38% in 2023.", "The rate rose 4.5 points to 38% by 2023.",
     "38", True),
    ("The rate rose to 38% in 2023.", "The rate rose to 36% in 2021.", "3", False),
    ("It will fall to 27.4% at the end of 2023 and 8.8% by the end of 2024.",
     "It will fall to 8.8% in 2024.", "8.8", False),
    ("The rate rose to 38% in 2023.", "The rate rose to 38%.", "38", False),
    ("The group said the annual rate was 162.47% in September.",
     "Die Gruppe teilte mit, dass die Preise im Oktober um 6,24 % stiegen und die "
     "Jahresrate 162,47 % betrug.", "162", True),
    # a Japanese or Chinese stop ends the figure's clause: the next sentence's year is not its
    ("The ministry spent 4.2 billion yen in 2022.",
     "同省は42億円を支出した。2019年の予算を上回った。", "4", False),
    ("The ministry spent 4.2 billion yuan in 2022.",
     "该部支出42亿元，2019年为38亿元。", "4", False),
    ("The ministry spent 4.2 billion yen in 2022.",
     "同省は2021年に42億円を支出した。", "4", True),
    ("The ministry spent 4.2 billion yuan in 2022.", "2021年，该部支出42亿元。", "4", True),
    # a time after "and" is the next item's ("6.4%和去年10月9.1%的峰值": October is 9.1%'s)
    ("Inflation was 6.4% in January and 9.1% in October 2022.",
     "通胀低于1月份的6.4%和去年10月9.1%的峰值。", "6.4", False),
    ("Inflation was 6.4% in January.",
     "Inflation slowed from 6.4% and last October's peak of 9.1%.", "6.4", False),
    ("Inflation was 6.4% in January.", "Inflation was 6.4% in October 2022.", "6.4", True),
    # a time after the next figure, or after "and", is the next figure's
    ("Staff see inflation of 2.5% this year and 2.2% in 2024.",
     "Staff see inflation averaging 2.5% in 2023 and 2.2% next year.", "2.5", False),
    ("Staff see inflation of 2.5% this year and 2.2% in 2024.",
     "Die Volkswirte erwarten für dieses Jahr eine Teuerung von 2,5 Prozent und für 2024 von "
     "2,2 Prozent.", "2",
     False),
    # a time between a change and its base is the change's ("to 5% next year from 6.1%")
    ("The deficit will fall to 5% of output next year from 6.1% this year.",
     "The deficit will fall to 5% of output next year from 6.1%.", "6.1", False),
    ("Inflation will ease to 1.8% in 2024 from 2.1% this year.",
     "Inflation will ease to 1.8% in 2024, down from 2.1%.", "2.1", False),
    # a time after a comparison's word is the base's, not the figure's ("up 48.3% from
    # February": March's sales, against February's)
    ("Sales were up 48.3% from February.", "3月新能源乘用车零售112万辆，环比增长48.3%。", "48",
     False),
    ("Sales rose 48.3% in March.", "Sales rose 48.3% compared with February.", "48", False),
    ("Sales were 12% higher than in February.", "Sales were 12% higher in March.", "12", False),
    ("Exports were up 5% from a year earlier.", "Exports were up 5% in 2023.", "5", False),
    ("Las ventas subieron un 48,3% frente a febrero.", "Sales rose 48.3% in March.", "48", False),
    ("Der Absatz stieg um 48,3 Prozent gegenüber Februar.", "Sales rose 48.3% in March.", "48",
     False),
    ("Compared with February, sales rose 48.3%.", "Sales rose 48.3% in March.", "48", False),
    ("Sales were up 48.3% in February.", "Sales were up 48.3% in March.", "48", True),
    # a year counted from the version's own date is that calendar year (published in 2023:
    # "last year" is 2022), unless it is counted from the story's time or is a base
    ("Revenue fell 8.3% last year.", "Revenue fell 8.3% in 2021.", "8", True),
    ("Revenue fell 8.3% last year.", "Revenue fell 8.3% in 2022.", "8", False),
    ("A retalhista informou que a sua receita caiu 8,3% no ano passado, segundo o relatório.",
     "Revenue fell 8.3% in 2021.", "8", True),
    ("A retalhista informou que a sua receita caiu 8,3% no ano passado, segundo o relatório.",
     "A retalhista informou que a sua receita caiu 8,3% em 2022, segundo o relatório.", "8",
     False),
    ("Revenue fell 8.3% in the previous year.", "Revenue fell 8.3% in 2021.", "8", False),
    ("Revenue was up 8.3% from last year.", "Revenue was up 8.3% in 2021.", "8", False),
    # ... nor against a business year ("24年3月期": April 2023 to March 2024), which a
    # summary may call "this year"
    ("The group expects sales of 2.5 trillion yen this year.",
     "同社は売上高2兆5000億円を24年3月期に見込む。", "2", False),
    ("The group expects sales of 2.5 trillion yen this year.",
     "The group expects sales of 2.5 trillion yen in 2024.", "2", True),
    # ... and a time after an "and" is the next clause's, not the figure's
    ("The bank expects inflation of 3.2% this year.",
     "Die Bank erwartet, dass die Teuerung auf 3,2 Prozent sinkt und im Jahr 2021 ihr Ziel "
     "erreicht.", "3", False),
    # a target in a year ahead is reached by then and in it alike
    ("The deficit is to fall below 3% in 2029.", "The deficit is to fall below 3% by 2029.",
     "3", False),
    # a dateline is the day the story was filed, the time of no figure of its lead
    ("The quake killed 126 people on November 4, 2023.",
     "新华社北京2023年11月5日电 地震已造成126人遇难。", "126", False),
    ("The quake killed 126 people on November 4, 2023.",
     "KATHMANDU, Nov 5, 2023 - The quake has killed 126 people.", "126", False),
]  # fmt: skip


@pytest.mark.parametrize("a, b, number, reported", ATTACHED)
def test_a_figure_told_for_another_time(a, b, number, reported):
    import datetime as dt

    from helpers import read

    from figcheck.document import Document
    from figcheck.figures import FigureRef
    from figcheck.lang.detect import detect
    from figcheck.rules import time_reference_drift
    from figcheck.rules.api import Context

    day = dt.date.fromisoformat(DATED)
    versions = [
        read(Document(name, text, published=day, published_source="front-matter",
                      language=detect(text)))
        for name, text in (("a.txt", a), ("b.txt", b))
    ]  # fmt: skip
    fact = tuple(
        FigureRef(d, next(i for i, f in enumerate(v.figures) if f.text.startswith(number)))
        for d, v in enumerate(versions)
    )
    findings = list(time_reference_drift.check(Context(versions, (fact,)), {}))
    assert bool(findings) is reported
    for finding in findings:
        assert "told for another time" in finding.message
        assert all(number.replace(".", "") in e.text.replace(",", "").replace(".", "")
                   for e in finding.evidence)  # fmt: skip


def test_a_figure_told_for_another_time_stands_at_the_odd_version_out():
    import datetime as dt

    from helpers import read

    from figcheck.document import Document
    from figcheck.figures import FigureRef
    from figcheck.rules import time_reference_drift
    from figcheck.rules.api import Context

    day = dt.date.fromisoformat(DATED)
    texts = [f"The group said annual inflation was 162.47% in {month}."
             for month in ("September", "October", "September")]  # fmt: skip
    versions = [
        read(Document(f"v{i}.txt", text, published=day, published_source="front-matter"))
        for i, text in enumerate(texts, start=1)
    ]
    fact = tuple(FigureRef(d, 0) for d in range(3))
    (finding,) = time_reference_drift.check(Context(versions, (fact,)), {})
    assert [e.path for e in finding.evidence] == ["v2.txt", "v1.txt", "v3.txt"]
    (finding,) = time_reference_drift.check(Context(versions, (fact,), reference=0), {})
    assert [e.path for e in finding.evidence] == ["v2.txt", "v1.txt"]


def test_a_figure_told_alike_in_several_versions_is_judged_whatever_their_order():
    """Versions that tell the figure and its date alike are compared once, through one of
    them: which one follows their texts, not their order, and a date aligned with the
    other reading's in any of them leaves the pair to date-mismatch."""
    import datetime as dt

    from helpers import read

    from figcheck.document import Document
    from figcheck.figures import FigureRef
    from figcheck.rules import time_reference_drift
    from figcheck.rules.api import Context

    day = dt.date.fromisoformat(DATED)
    texts = {
        "a.txt": "Prices rose 12% in 2023. Output fell in 2021.",
        "b.txt": "Prices rose 12% in 2003. Output fell in 2021.",
        "c.txt": "Prices rose 12% in 2023. Output fell in 2021 again.",
    }

    def findings(order: list[str]) -> list:
        versions = [
            read(Document(name, texts[name], published=day, published_source="front-matter"))
            for name in order
        ]
        at = {name: d for d, name in enumerate(order)}
        figure = {name: [f.text for f in versions[at[name]].figures] for name in order}

        def ref(name: str, text: str) -> FigureRef:
            return FigureRef(at[name], figure[name].index(text))

        facts = (
            (ref("a.txt", "12%"), ref("b.txt", "12%"), ref("c.txt", "12%")),
            (ref("a.txt", "2023"), ref("b.txt", "2003")),  # the dates date-mismatch compares
            (ref("c.txt", "2023"), ref("a.txt", "2021")),
        )
        facts = tuple(tuple(sorted(fact, key=lambda r: r.doc)) for fact in facts)
        found = time_reference_drift.check(Context(versions, facts), {})
        return sorted((f.message, tuple(sorted(e.path for e in f.evidence))) for f in found)

    assert findings(["a.txt", "b.txt", "c.txt"]) == findings(["c.txt", "b.txt", "a.txt"]) == []


# Time words that differ but name the same days, as of each version's date, agree.
SAME_DAYS = [
    ("The economy grew 0.3% in the fourth quarter, the office said.",
     "The economy grew 0.3% in the final quarter of last year, the office said.", False),
    ("The economy grew 0.3% last year, the office said.",
     "The economy grew 0.3% this year, the office said.", True),
    ("The economy grew 0.3% in the fourth quarter, the office said.",
     "The economy grew 0.3% last quarter, the office said.", False),
    ("Exports rose 4% last year, the office said.",
     "Exports rose 4% in the previous year, the office said.", False),
]  # fmt: skip


@pytest.mark.parametrize("a, b, reported", SAME_DAYS)
def test_time_words_naming_the_same_days_agree(a, b, reported):
    import datetime as dt

    from helpers import check

    from figcheck.document import Document

    day = dt.date(2025, 3, 14)
    docs = [Document(name, text, published=day, published_source="front-matter")
            for name, text in (("a.txt", a), ("b.txt", b))]  # fmt: skip
    found = [f.rule for f in check(docs).findings]
    assert "time-reference-drift" not in found or reported
    # (a quarter that moved is told by the dates, aligned with each other: date-mismatch's)
    assert bool(found) is reported


# A time after an "and" that follows a figure starts the next item of a list, whose figure
# comes after it ("3,5 Prozent und für 2025 von 2,2 Prozent"): it is that figure's time,
# not a base's, and an earlier time ("dieses Jahr") is the first figure's.
LISTED = [
    (
        "The bank's staff see inflation of 3.5% this year and 2.2% in 2025.",
        "Die Volkswirte erwarten für dieses Jahr eine Teuerung von 3,5 Prozent und für 2025 "
        "von 2,2 Prozent.",
    ),
]


@pytest.mark.parametrize("a, b", LISTED)
def test_a_time_after_and_is_the_next_items(a, b):
    import datetime as dt

    from helpers import check

    from figcheck.document import Document
    from figcheck.lang.detect import detect

    day = dt.date(2024, 9, 12)
    documents = [
        Document(f"v{i}.txt", text, published=day, published_source="dateline",
                 language=detect(text))
        for i, text in enumerate((a, b), start=1)
    ]  # fmt: skip
    assert [f.message for f in check(documents).findings if f.rule == ID] == []
