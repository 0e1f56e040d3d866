"""share-arithmetic: a part, its whole and its percentage in one clause -> the finding, if any."""

import pytest
from helpers import messages_in

from figcheck.rules import share_arithmetic


def findings(text: str) -> list[str]:
    return messages_in(share_arithmetic, text)


#: a sentence -> the finding's message, or None for none
CASES = [
    # percentages the counts give, within rounding and a point
    ("Six of the nine members, or 67%, voted for the cut.", None),
    ("Six of the nine members, or 66%, voted for the cut.", None),
    ("Only 3 of the 17 councils (18%) met the target.", None),
    ("Of the 240 passengers, 180 (75%) were Thai.", None),
    ("1,200 of the 4,000 workers, or 30%, were laid off.", None),
    ("About 1,200 of the 4,000 workers, or 31%, were laid off.", None),
    # a percentage of another whole
    ("Five of the 10 largest banks, or 60% of the sector's assets, failed the test.", None),
    # other shapes are not read
    ("Six of the nine members voted for the cut, or 67%.", None),
    ("Six of the nine members voted, and 67% of voters agreed.", None),
    # a share told in words, as rounded as its fraction
    ("Six of the nine members, or two in three, voted for the cut.", None),
    ("2,310 of its 18,400 homes, or about one in eight, were flooded.", None),
    ("2,310 of its 18,400 homes, or about one in five, were flooded.",
     '"2,310" of "18,400 homes" is 12.6%, not "about one in five"'),
    ("Of the 240 passengers, 160 (two in three) survived.", None),
    ("Of the 240 passengers, 120 (two in three) survived.",
     '"120" of "240 passengers" is 50%, not "two in three"'),
    # percentages the counts do not give
    ("Five of the nine members, or 67%, voted for the cut.",
     '"Five" of "nine members" is 55.6%, not "67%"'),
    ("Only 5 of the 17 councils (18%) met the target.",
     '"Only 5" of "17 councils" is 29.4%, not "18%"'),
    ("Of the 240 passengers, 160 (75%) were Thai.",
     '"160" of "240 passengers" is 66.7%, not "75%"'),
    ("1,200 of the 4,000 workers, or 40%, were laid off.",
     '"1,200" of "4,000 workers" is 30%, not "40%"'),
    # a few words say which of the whole ("on board", "on the drug"); a clause before "Of the"
    ("Of the 240 passengers on board, 180 (75%) were rescued.", None),
    ("441 of the 832 patients on the drug (53%) responded.", None),
    ("Of the 240 passengers, 160 (75%) were rescued.",
     '"160" of "240 passengers" is 66.7%, not "75%"'),
    ("Of the 240 passengers on board, 160 (75%) were rescued.",
     '"160" of "240 passengers" is 66.7%, not "75%"'),
    ("441 of the 832 patients on the drug (57%) responded.",
     '"441" of "832 patients" is 53%, not "57%"'),
    ("Five of the nine members voted for the cut, or 67%.",
     '"Five" of "nine members" is 55.6%, not "67%"'),
    ("Response: Of the 832 patients, 441 (57%) responded.",
     '"441" of "832 patients" is 53%, not "57%"'),
    ("By Friday, of the 240 passengers, 160 (75%) had been rescued.",
     '"160" of "240 passengers" is 66.7%, not "75%"'),
    # a part told with its percentage of a whole named after it
    ("The firm will cut 1,200 jobs, or 30% of its 4,000 workers, by March.", None),
    ("The firm will cut about 1,200 jobs, roughly 31% of its 4,000 staff.", None),
    ("The firm will cut 1,200 jobs (30% of the 4,000 on its payroll).", None),
    ("The firm will cut 1,200 jobs, or 30% of its workforce, by March.", None),  # no whole
    ("The firm will cut 1,200 jobs, or 30% of the total, and 4,000 more later.", None),
    ("The firm will cut 1,200 jobs, or 20% of its 4,000 workers, by March.",
     '"1,200" of "4,000 workers" is 30%, not "20%"'),
    ("The firm will cut around 1,200 jobs, about 40% of its 4,000 staff.",
     '"around 1,200" of "4,000 staff" is 30%, not "about 40%"'),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES)
def test_share_arithmetic(text, expected):
    assert findings(text) == ([] if expected is None else [expected])


#: (language, a sentence) -> the finding's message, or None
IN_LANGUAGES = [
    ("es", "Seis de los nueve miembros, o el 67%, votaron a favor.", None),
    ("es", "Cinco de los nueve miembros, o el 67%, votaron a favor.",
     '"Cinco" of "nueve miembros" is 55.6%, not "67%"'),
    ("es", "De los 240 pasajeros, 160 (75%) eran tailandeses.",
     '"160" of "240 pasajeros" is 66.7%, not "75%"'),
    ("fr", "Six des neuf membres, soit 67 %, ont voté pour.", None),
    ("fr", "Cinq des neuf membres, soit 67 %, ont voté pour.",
     '"Cinq" of "neuf membres" is 55.6%, not "67 %"'),
    ("pt", "Cinco dos nove membros, ou 67%, votaram a favor.",
     '"Cinco" of "nove membros" is 55.6%, not "67%"'),
    ("de", "Sechs der neun Mitglieder, also 67 Prozent, stimmten dafür.", None),
    ("de", "Fünf der neun Mitglieder, also 67 Prozent, stimmten dafür.",
     '"Fünf" of "neun Mitglieder" is 55.6%, not "67 Prozent"'),
    ("es", "441 de los 832 pacientes tratados (57%) respondieron.",
     '"441" of "832 pacientes" is 53%, not "57%"'),
    ("de", "Von den 240 Passagieren an Bord wurden 180 (75 Prozent) gerettet.", None),
    ("fr", "Le groupe va supprimer 1 200 emplois, soit 30 % de ses 4 000 salariés.", None),
    ("fr", "Le groupe va supprimer 1 200 emplois, soit 20 % de ses 4 000 salariés.",
     '"1 200" of "4 000 salariés" is 30%, not "20 %"'),
    ("es", "La empresa recortará 1.200 empleos, el 30% de sus 4.000 trabajadores.", None),
    ("es", "La empresa recortará 1.200 empleos, el 20% de sus 4.000 trabajadores.",
     '"1.200" of "4.000 trabajadores" is 30%, not "20%"'),
]  # fmt: skip


@pytest.mark.parametrize("language, text, expected", IN_LANGUAGES)
def test_share_arithmetic_in_other_languages(language, text, expected):
    found = messages_in(share_arithmetic, text, language)
    assert found == ([] if expected is None else [expected])


def test_a_share_in_markdown_is_read_as_a_reader_sees_it():
    """Emphasis before "Of the" ("**Rescue:** Of the 240 passengers") is no word of the clause."""
    from helpers import check

    from figcheck.document import from_text

    draft = from_text("draft.md", "- **Rescue:** Of the 240 passengers, 160 (75%) were rescued.\n")
    found = [f.message for f in check([draft]).findings if f.rule == "share-arithmetic"]
    assert found == ['"160" of "240 passengers" is 66.7%, not "75%"']
