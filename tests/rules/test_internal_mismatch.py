"""internal-mismatch: one version, two statements of a fact -> reported or not."""

import pytest
from helpers import check, document

from figcheck.rules import RULE_MODULES

SENTENCE = "The {} will stand 12 km off the coast of Norvik, the developer said."
FILLER = "Danish regulators approved the project on Thursday after a long consultation."

CASES = [
    ("48 turbines", "50 turbines", True),
    ("48 turbines", "48 turbines", False),
    ("about 48 turbines", "some 50 turbines", False),
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_internal_mismatch(a, b, reported):
    text = " ".join([SENTENCE.format(a), FILLER, SENTENCE.format(b)])
    docs = [document("v1.txt", text), document("v2.txt", FILLER)]
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    findings = check(docs, disabled=disabled).findings
    assert bool(findings) is reported
    for finding in findings:
        assert [e.text for e in finding.evidence] == [a, b]


def test_different_facts_with_the_same_noun_stay_quiet():
    text = (
        "Vestas will supply 48 turbines for Norvik, the developer said. "
        "Siemens delivered 50 turbines to a Baltic project last spring."
    )
    docs = [document("v1.txt", text), document("v2.txt", FILLER)]
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    assert check(docs, disabled=disabled).findings == ()


#: Two sentences of one version, paraphrased: (first, second, reported).
PARAPHRASED = [
    (
        "The department forecasts 35,000 vehicles a day will use the tunnel in its first year.",
        "Critics say the forecast of 38,000 vehicles a day leaves the tunnel short in year one.",
        True,
    ),
    (
        "The department forecasts 35,000 vehicles a day will use the tunnel in its first year.",
        "Critics say the forecast of 60,000 vehicles a day leaves the tunnel short in year one.",
        False,  # too far apart for a paraphrase to be the same fact
    ),
    (
        "A district launched a 2.1 billion yuan fund to attract robotics engineers trained abroad.",
        "Chen said the 2.4 billion yuan fund was also meant to attract robotics suppliers.",
        True,  # money: the noun after the amount says what it is
    ),
    (
        "A district launched a 2.1 billion yuan fund to attract robotics engineers trained abroad.",
        "Chen said a 2.3 billion yuan loss was also meant to attract robotics suppliers.",
        False,
    ),
    (
        "Vestas will supply 48 turbines for Norvik, the developer said.",
        "Siemens delivered 50 turbines to a Baltic project last spring.",
        False,
    ),
]


@pytest.mark.parametrize("first, second, reported", PARAPHRASED)
def test_paraphrased_restatement(first, second, reported):
    docs = [document("v1.txt", f"{first} {FILLER} {second}"), document("v2.txt", FILLER)]
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    assert bool(check(docs, disabled=disabled).findings) is reported


def test_money_noun_after_a_stated_conversion():
    from helpers import read

    from figcheck.align import align
    from figcheck.document import Document
    from figcheck.rules.api import Context
    from figcheck.rules.internal_mismatch import thing

    version = read(
        Document("v1.txt", "A district unveiled a 2.1 billion yuan ($290 million) fund on Monday.")
    )
    alignment = align([version])
    context = Context([version], alignment.facts, profiles=alignment.profiles)
    money = [p for p in alignment.profiles(0) if p.figure.kind == "money"]
    figures = version.figures
    conversions = {f.conversion_of: f for f in figures if f.conversion_of is not None}
    assert [thing(context, p, conversions) for p in money] == ["fund", ""]


def test_each_figure_meets_a_bounded_number_of_later_ones(monkeypatch):
    """A dump of one sentence repeated: comparisons grow linearly, not with the square."""
    from figcheck.rules import _facts, internal_mismatch

    text = "Costs rose to $5 million this year, up from 40 turbines. " * 1000
    docs = [document("v1.txt", text), document("v2.txt", "Costs rose to $5 million.")]
    compared = []
    values_agree = _facts.values_agree

    def counting(a, b):
        compared.append(1)
        return values_agree(a, b)

    monkeypatch.setattr(internal_mismatch._facts, "values_agree", counting)
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    assert check(docs, disabled=disabled).findings == ()
    # two groups of 1,000 alike figures ("$5 million", "40 turbines"), MAX_LATER pairs each
    assert 0 < len(compared) <= 2 * 1000 * internal_mismatch.MAX_LATER


def test_alike_sentences_repeated_give_one_finding_per_pair_of_readings():
    text = " ".join([SENTENCE.format("48 turbines"), SENTENCE.format("50 turbines")] * 60)
    docs = [document("v1.txt", text), document("v2.txt", FILLER)]
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    (finding,) = check(docs, disabled=disabled).findings
    assert [e.text for e in finding.evidence] == ["48 turbines", "50 turbines"]


#: One article, an amount stated and later referred back to: (text, reported).
SWAPS = [
    (
        "The firm took a 200 million pound state loan last year. "
        "Critics say little of the $200 million went on lifejackets.",
        True,
    ),
    (
        "The port won a 75 million euro grant in March. "
        "Only part of the 75 million dollars has been spent.",
        True,
    ),
    # The same currency both times.
    (
        "The firm took a 200 million pound state loan last year. "
        "Critics say little of the 200 million pounds went on lifejackets.",
        False,
    ),
    # The article also names the amount in the later currency: two amounts, not a swap.
    (
        "The firm took a 200 million pound loan and a $200 million bond last year. "
        "Critics say little of the $200 million went on lifejackets.",
        False,
    ),
    # Not referred back to: maybe another amount, so nothing is said.
    (
        "The firm took a 200 million pound state loan last year. "
        "A rival raised $200 million from investors.",
        False,
    ),
    # A stated conversion is fx-mismatch's to judge.
    (
        "The firm took a 200 million pound ($251 million) loan. "
        "Little of the $251 million went on lifejackets.",
        False,
    ),
]


@pytest.mark.parametrize("text, reported", SWAPS)
def test_an_amount_referred_back_to_in_another_currency(text, reported, tmp_path):
    from figcheck.document import load

    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text(FILLER + "\n", encoding="utf-8")
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    findings = check([load(str(path)), load(str(other))], disabled=disabled).findings
    assert bool(findings) is reported
    for finding in findings:
        assert "the same amount is given in another currency" in finding.message


#: One version's two mentions of alike facts that are not one fact: no finding.
OTHER_FACTS = [
    # Two events years apart, told in alike words.
    "A jet crashed near the island in 1986, killing all 251 people on board. "
    "A jet crashed near the airport in 2013, injuring 180 of the 300 people on board.",
    # A part and the total it is counted in: the second sentence gives the first figure too.
    "On Sunday the jet left the capital with 163 passengers. "
    "On Sunday the jet left the capital with 157 passengers and 6 crew, 163 people in all.",
    # This election's result and the last one's, told in alike words.
    "The centre-right alliance won 171 seats in parliament, its leader said. "
    "The centre-right alliance had won 152 seats in parliament in the last election.",
]


@pytest.mark.parametrize("text", OTHER_FACTS)
def test_alike_mentions_of_other_facts_stay_quiet(text):
    docs = [document("v1.txt", text), document("v2.txt", FILLER)]
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    assert check(docs, disabled=disabled).findings == ()


def test_the_same_event_told_twice_with_other_counts_is_reported():
    text = (
        "A jet crashed near the island in 1986, killing all 251 people on board. "
        "A jet crashed near the island in 1986, killing all 278 people on board."
    )
    docs = [document("v1.txt", text), document("v2.txt", FILLER)]
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    assert len(check(docs, disabled=disabled).findings) == 1


@pytest.mark.parametrize(
    "text, reported",
    [
        # two close counts of one counter in alike sentences: sales and production
        ("同社の世界販売台数は3.2％増の1030万台だった。世界生産は5.6％増の920万台だった。", False),
        # the same sentence again with another count: one fact told twice
        ("同社の世界販売台数は3.2％増の1030万台だった。同社の世界販売台数は3.2％増の1090万台だった。",
         True),
    ],
)  # fmt: skip
def test_a_counter_alone_is_no_thing_of_its_own(text, reported):
    from helpers import read

    from figcheck.document import Document

    versions = [read(Document("v1.txt", text, language="ja")), read(Document("v2.txt", "同社。"))]
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    assert bool(check(versions, disabled=disabled).findings) is reported
