"""change-arithmetic: a change and its two ends in one clause -> the finding, if any."""

import pytest
from helpers import messages_in

from figcheck.document import Document
from figcheck.rules import change_arithmetic


def findings(text: str) -> list[str]:
    return messages_in(change_arithmetic, text)


#: a sentence -> the start of the finding's message, or None for none
CASES = [
    # sizes their ends give, within the ends' rounding
    ("Net profit rose 8.4% to 1.29 billion euros from 1.19 billion euros a year earlier.", None),
    ("Sales fell 3% to $4.85 billion in the second quarter from $5 billion a year earlier.", None),
    ("Revenue rose 30% to $13 million in the three months to June from $10 million.", None),
    ("Shares jumped 12% to $56.10 from $50.09.", None),
    ("Imports slid 2.3% to $213.8 billion from $218.8 billion.", None),
    ("Costs rose 150% to $5 million from $2 million.", None),
    ("Sales fell by 20% from 500 units to 400 units.", None),
    ("Revenue was 3.2 billion pounds, up 4% from 3.08 billion pounds.", None),
    ("The figure climbed from 1.2 billion to 1.5 billion yuan, up 25%.", None),
    # "1.2 billion" may be 1.15 billion: up to 34.8% stays within its rounding
    ("The figure climbed from 1.2 billion to 1.5 billion yuan, up 33%.", None),
    ("Attendance rose by 15% from 20,000 to 23,000 fans.", None),
    ("Quarterly profit jumped 18% to €412 million, up from €349 million a year ago.", None),
    ("It lifted its dividend to 48 cents a share from 41 cents, a 17% increase.", None),
    ("It posted a 23% rise in first-half profit to A$1.18 billion from A$958 million.", None),
    ("Operating profit plunged 95% to 600 billion won ($455 million) for the three months"
     " ended March, from 14.12 trillion won a year earlier.", None),
    # multiplier verbs, loosely used, and bounded by their qualifier
    ("Exports doubled to 2.1 million tonnes from 1.05 million tonnes.", None),
    ("Profit tripled to $9 million from $3 million.", None),
    ("The population nearly tripled, from 1.1 million to 3.2 million.", None),
    ("Costs halved to $5 million from $10 million.", None),
    ("Sales more than doubled to 45 from 20.", None),
    ("Exports doubled, a 100% increase.", None),
    ("Exports tripled (up 200%).", None),
    ("Costs halved, a 50% drop.", None),
    # a percentage's change in points, or in % either way
    ("The jobless rate fell 0.2 percentage point to 3.7% in October from 3.9% in September.",
     None),
    ("Unemployment rose 3 percentage points to 45% from 42%.", None),
    ("Unemployment rose 3% to 45% from 42%.", None),
    ("The central bank raised rates by 25 basis points to 5.5% from 5.25%.", None),
    # a level told as N% above or below another, both stated
    ("The budget of $2.47 billion is 7% higher than last year's $2.31 billion.", None),
    ("The budget of $2.47 billion is about 8% higher than last year's $2.31 billion.", None),
    ("Sales of 1,150 units were 15% more than the 1,000 sold a year earlier.", None),
    ("The price of $85 is 15% below the $100 it fetched in May.", None),
    ("Costs of $92 million were 11% lower than the $103 million spent in 2022.", None),
    ("Revenue of $2.47 billion was 9% higher than analysts expected.", None),
    ("Revenue was $2.47 billion, and costs were 9% higher than $2.31 billion.", None),
    ("Exports of $5 billion were 9% higher than in 2022, when they reached $4 billion.", None),
    # a comparison earlier in the sentence ("more than 12 hours") is no base of the size
    ("Patients waiting more than 12 hours fell 10% from 2,311 to 2,080.", None),
    ("Visits lasting more than an hour fell 29% from 52,480 to 37,210.", None),
    ("Visits lasting longer than an hour fell 29% from 52,480 to 37,210.", None),
    # no size, ends of two measures, or more said between them: nothing to check
    ("Inflation eased to 4.5% from 5% in June.", None),
    ("Shares rose 5% in constant currency to $15 from $10.", None),
    # a size against another base ("from the previous quarter"), then the year-ago level
    ("Profit rose 10% from the previous quarter to $5 billion, from $3 billion a year earlier.",
     None),
    ("Revenue rose 30% to $15 million from 10 million euros.", None),
    ("Exports tripled, to 300 tonnes.", None),
    # sizes their ends do not give
    ("Revenue rose 30% to $15 million from $10 million last year.",
     'from "$10 million" to "$15 million" is a rise of 50%, not "30%"'),
    ("Revenue rose 30% to $15 million in 2023 from $10 million in 2022.",
     'from "$10 million" to "$15 million" is a rise of 50%, not "30%"'),
    ("Revenue rose 30% to $15 million, the highest since 2019, from $10 million.",
     'from "$10 million" to "$15 million" is a rise of 50%, not "30%"'),
    ("Revenue was $15 million, up 30% from $10 million a year earlier.",
     'from "$10 million" to "$15 million" is a rise of 50%, not "30%"'),
    ("Quarterly profit jumped 28% to €412 million, up from €349 million a year ago.",
     'from "€349 million" to "€412 million" is a rise of 18.1%, not "28%"'),
    ("It lifted its dividend to 48 cents a share from 41 cents, a 27% increase.",
     'from "41 cents" to "48 cents" is a rise of 17.1%, not "27%"'),
    ("It posted a 32% rise in first-half profit to A$1.18 billion from A$958 million.",
     'from "A$958 million" to "A$1.18 billion" is a rise of 23.2%, not "32%"'),
    ("Sales fell by 20% from 500 units to 300 units.",
     'from "500 units" to "300 units" is a fall of 40%, not "20%"'),
    ("Profit dropped 20 per cent to £30m from £50m.",
     'from "£50m" to "£30m" is a fall of 40%, not "20 per cent"'),
    ("Operating profit plunged 75% to 600 billion won ($455 million) for the three months"
     " ended March, from 14.12 trillion won a year earlier.",
     'from "14.12 trillion won" to "600 billion won" is a fall of 95.8%, not "75%"'),
    ("The figure climbed from 1.2 billion to 1.5 billion yuan, up 45%.",
     'from "1.2 billion" to "1.5 billion yuan" is a rise of 25%, not "45%"'),
    ("Attendance rose by 25% from 20,000 to 23,000 fans.",
     'from "20,000" to "23,000 fans" is a rise of 15%, not "25%"'),
    ("Visits lasting more than an hour fell 20% from 52,480 to 37,210.",
     'from "52,480" to "37,210" is a fall of 29.1%, not "20%"'),
    ("The budget of $2.47 billion is 9% higher than last year's $2.31 billion.",
     'from "$2.31 billion" to "$2.47 billion" is a rise of 6.93%, not "9%"'),
    ("The budget of $2.47 billion is about 20% higher than last year's $2.31 billion.",
     'from "$2.31 billion" to "$2.47 billion" is a rise of 6.93%, not "about 20%"'),
    ("Sales of 1,150 units were 25% more than the 1,000 sold a year earlier.",
     'from "1,000" to "1,150 units" is a rise of 15%, not "25%"'),
    ("The price of $85 is 25% below the $100 it fetched in May.",
     'from "$100" to "$85" is a fall of 15%, not "25%"'),
    ("Revenue rose to $2.47 billion in 2023, 9% more than the $2.31 billion of 2022.",
     'from "$2.31 billion" to "$2.47 billion" is a rise of 6.93%, not "9%"'),
    ("Costs of $92 million were 20% lower than the $103 million spent in 2022.",
     'from "$103 million" to "$92 million" is a fall of 10.7%, not "20%"'),
    # told as a fall, its ends rise
    ("Prices fell 20% to $15 from $10.", 'from "$10" to "$15" is a rise of 50%, not "20%"'),
    # multipliers
    ("Profit tripled to $9 million from $4 million.",
     'from "$4 million" to "$9 million" is 2.25 times, not "tripled"'),
    ("Sales more than doubled to 35 from 20.",
     'from "20" to "35" is 1.75 times, not "more than doubled"'),
    ("Exports tripled, a 300% increase.", '"tripled" is a rise of 200%, not "300%"'),
    ("Exports tripled to 50,000 tonnes, a 300% increase.",
     '"tripled" is a rise of 200%, not "300%"'),
    ("Exports tripled (up 300%).", '"tripled" is a rise of 200%, not "300%"'),
    # a level, "up from" the one it left, and the size after both
    ("Cruise calls brought 1.72 million passengers, up from 1.51 million, an increase of"
     " about 14%.", None),
    ("Cruise calls brought 1.72 million passengers, up from 1.51 million, an increase of"
     " about 41%.", 'from "1.51 million" to "1.72 million passengers" is a rise of 13.9%'),
    # a change told without its size, whose ends go the other way
    ("Statutory pre-tax profit slipped to £164m from £171m.", None),
    ("Statutory pre-tax profit rose to £164m from £171m.",
     'from "£171m" to "£164m" is a fall, not a rise ("rose")'),
    ("Unemployment fell from 4.1% to 4.3% in March.",
     'from "4.1%" to "4.3%" is a rise, not a fall ("fell")'),
    ("Unemployment fell to 4.1% from 4.3% in March.", None),
    # ends whose rounding allows either way, and ends of two measures, are not judged
    ("Output rose to 1.2 million tonnes from 1.24 million tonnes.", None),
    ("Output rose to 1.2 million tonnes from 1.3 million barrels.", None),
    ("Sales rose to 40 stores from 45 staff.", None),
    # points
    ("Unemployment rose 5 percentage points to 45% from 42%.",
     'from "42%" to "45%" is a change of 3 points, not "5 percentage points"'),
    ("Unemployment rose 12% to 45% from 42%.",
     'from "42%" to "45%" is a rise of 7.14% (3 points), not "12%"'),
    ("The central bank raised rates by 50 basis points to 5.5% from 5.25%.",
     'from "5.25%" to "5.5%" is a change of 0.25 points, not "50 basis points"'),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES)
def test_change_arithmetic(text, expected):
    found = findings(text)
    if expected is None:
        assert found == []
    else:
        (message,) = found
        assert message.startswith(expected), message


def test_a_lone_draft_is_checked(tmp_path):
    """The rule judges one document: a writer's draft checked alone gets the finding."""
    from helpers import run_figcheck

    draft = tmp_path / "draft.txt"
    draft.write_text("Revenue rose 30% to $15 million from $10 million last year.\n", "utf-8")
    result = run_figcheck("check", "--fail-on", "error", str(draft), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "change-arithmetic" in result.stdout and "a rise of 50%" in result.stdout


def story(*texts: str) -> list:
    """The findings of a check of versions (Documents read by the pipeline)."""
    from helpers import check

    documents = [Document(f"v{n}.txt", text) for n, text in enumerate(texts, start=1)]
    return list(check(documents).findings)


LEAD = "LONDON, June 3, 2024 - Electric car exports through the port {} last year to 240,000"
TAIL = " vehicles, the port authority said on Monday."

#: how each version tells the change -> the change-arithmetic finding's message, or None
ACROSS = [
    (("tripled", "rose 200%"), None),
    (("doubled", "rose 100%"), None),
    (("halved", "fell 50%"), None),
    (("nearly tripled", "rose 190%"), None),
    (("tripled", "rose 300%"),
     '"rose 300%" where v1.txt has "tripled" to the same level: "tripled" is a rise of 200%'),
    (("rose 200%", "doubled"),
     '"rose 200%" where v2.txt has "doubled" to the same level: "doubled" is a rise of 100%'),
    (("halved", "fell 200%"),
     '"fell 200%" where v1.txt has "halved" to the same level: "halved" is a fall of 50%'),
]  # fmt: skip


@pytest.mark.parametrize("told, expected", ACROSS)
def test_a_change_told_as_a_multiplier_and_as_a_percentage(told, expected):
    findings = story(*(LEAD.format(way) + TAIL for way in told))
    found = [f.message for f in findings if f.rule == "change-arithmetic"]
    assert found == ([] if expected is None else [expected])


def test_a_multiplier_backs_the_percentage_it_makes_in_a_tie():
    """Two versions give 200% and 300% for one change and a third says "tripled": the
    number-mismatch finding stands at the 300%, which the tripling does not back."""
    ways = ("tripled", "rose 200%", "rose 300%")
    findings = story(*(LEAD.format(way) + TAIL for way in ways))
    (mismatch,) = [f for f in findings if f.rule == "number-mismatch"]
    assert str(mismatch.evidence[0].path) == "v3.txt"


#: (language, a sentence) -> the finding's message, or None: the lexicon's words of a
#: change's ends in each language
IN_LANGUAGES = [
    ("es", "Su beneficio aumentó un 18% hasta 412 millones de euros, frente a 349 millones"
           " de euros un año antes.", None),
    ("es", "Su beneficio aumentó un 28% hasta 412 millones de euros, frente a 349 millones"
           " de euros un año antes.",
     'from "349 millones de euros" to "412 millones de euros" is a rise of 18.1%, not "28%"'),
    ("es", "Las ventas cayeron un 20% de 500 a 300 unidades.",
     'from "500" to "300 unidades" is a fall of 40%, not "20%"'),
    ("fr", "Le bénéfice a augmenté de 18 % à 412 millions d'euros, contre 349 millions.", None),
    # "contre" an expectation: no level the change left
    ("fr", "La marge a reculé de 2,1 points à 5,9 %, contre 6,3 % attendus par les analystes.",
     None),
    ("fr", "Le bénéfice a augmenté de 28 % à 412 millions d'euros, contre 349 millions.",
     'from "349 millions" to "412 millions d\'euros" is a rise of 18.1%, not "28 %"'),
    ("pt", "O lucro subiu 28% para R$ 412 milhões, ante R$ 349 milhões um ano antes.",
     'from "R$ 349 milhões" to "R$ 412 milhões" is a rise of 18.1%, not "28%"'),
    ("de", "Der Gewinn stieg um 18 Prozent auf 412 Millionen Euro nach 349 Millionen Euro.",
     None),
    ("de", "Der Gewinn stieg um 28 Prozent auf 412 Millionen Euro nach 349 Millionen Euro.",
     'from "349 Millionen Euro" to "412 Millionen Euro" is a rise of 18.1%, not "28 Prozent"'),
    # a change told by its word alone
    ("es", "El beneficio subió a 164 millones de euros desde 171 millones.",
     'from "171 millones" to "164 millones de euros" is a fall, not a rise ("subió")'),
    ("de", "Der Gewinn stieg auf 164 Millionen Euro nach 171 Millionen Euro.",
     'from "171 Millionen Euro" to "164 Millionen Euro" is a fall, not a rise ("stieg")'),
    ("es", "El beneficio cayó de 171 a 164 millones de euros.", None),
    # "de" may tell the size: "by 7 million to 164 million"
    ("fr", "Le bénéfice a baissé de 7 millions à 164 millions d'euros.", None),
]  # fmt: skip


@pytest.mark.parametrize("language, text, expected", IN_LANGUAGES)
def test_change_arithmetic_in_other_languages(language, text, expected):
    assert messages_in(change_arithmetic, text, language) == (
        [] if expected is None else [expected]
    )
