"""direction-drift: the words beside a change -> its direction; two versions -> reported or not."""

import datetime as dt

import pytest
from helpers import check

from figcheck import extract
from figcheck.document import Document
from figcheck.rules.direction_drift import DOWN, UP, direction

# (text, language, the percentage, the direction its words tell)
DIRECTIONS = [
    ("Imports fell 2.3% to $213.8 billion.", "en", "2.3%", DOWN),
    ("Exports rose by about 8.7% in October.", "en", "8.7%", UP),
    ("a decline of 2.3% in imports", "en", "2.3%", DOWN),
    ("a 2.3% drop in imports", "en", "2.3%", DOWN),
    ("prices were 2.3% lower", "en", "2.3%", DOWN),
    ("up 2.3% on the year, down 1% on the month", "en", "1%", DOWN),
    ("a change of -2.3% on the year", "en", "-2.3%", DOWN),
    # "up to" is a ceiling, no rise
    ("shares lost up to 30% of their value", "en", "30%", DOWN),
    ("a discount of up to 30% on fares", "en", "30%", None),
    # a comparison's base, or a figure with no word of change, tells no direction
    ("inflation eased to 5.8%, down from 6.4% in January", "en", "6.4%", None),
    ("a 2.3% stake in the company", "en", "2.3%", None),
    # a comparison before the word of change is no base of the figure
    ("stays longer than a week fell 2.3%", "en", "2.3%", DOWN),
    ("waits of more than 12 hours rose 2.3%", "en", "2.3%", UP),
    ("Imports fell sharply, and the 2.3% tariff stayed.", "en", "2.3%", None),
    ("进口同比下降2.3%", "zh", "2.3%", DOWN),
    ("出口增长8.7%", "zh", "8.7%", UP),
    ("增速较9月的2.4%明显回升", "zh", "2.4%", None),
    ("輸入は2.3%減の2138億ドル", "ja", "2.3%", DOWN),
    ("輸出は8.7%増だった", "ja", "8.7%", UP),
    ("las importaciones cayeron un 2,3 %", "es", "2,3 %", DOWN),
    ("les importations ont reculé de 2,3 %", "fr", "2,3 %", DOWN),
    ("une hausse de 2,3 % des importations", "fr", "2,3 %", UP),
    ("die Importe sind um 2,3 Prozent gesunken", "de", "2,3 Prozent", DOWN),
    ("die Importe stiegen um 2,3 Prozent", "de", "2,3 Prozent", UP),
    ("as importações caíram 2,3%", "pt", "2,3%", DOWN),
    # a currency's words, and a market report's imperfect
    ("The crown weakened 0.8% against the euro.", "en", "0.8%", DOWN),
    ("The crown strengthened 0.8% against the euro.", "en", "0.8%", UP),
    ("The peso depreciated 0.8% on the week.", "en", "0.8%", DOWN),
    ("The peso appreciated 0.8% on the week.", "en", "0.8%", UP),
    ("Die Krone gab um 0,8 Prozent nach.", "de", "0,8 Prozent", DOWN),
    ("Die Krone legte um 0,8 Prozent zu.", "de", "0,8 Prozent", UP),
    ("Die Krone hat um 0,8 Prozent nachgegeben.", "de", "0,8 Prozent", DOWN),
    ("Der Franken hat sich um 0,8 Prozent abgeschwächt.", "de", "0,8 Prozent", DOWN),
    ("Der Franken hat sich um 0,8 Prozent gefestigt.", "de", "0,8 Prozent", UP),
    ("Las acciones subían un 4,2%.", "es", "4,2%", UP),
    ("Las acciones bajaban un 4,2%.", "es", "4,2%", DOWN),
    ("El peso se depreció un 0,8%.", "es", "0,8%", DOWN),
    ("El peso se apreció un 0,8%.", "es", "0,8%", UP),
]


@pytest.mark.parametrize("text, language, figure, way", DIRECTIONS)
def test_the_direction_the_words_beside_a_change_tell(text, language, figure, way):
    (fig,) = [f for f in extract(text, None, language) if f.text == figure]
    assert direction(fig, text, language) == way


TEMPLATE = "Customs data showed on Thursday that {} in October, the agency said."

# (version A's words, version B's words, reported)
PAIRS = [
    ("imports fell 2.3%", "imports rose 2.3%", True),
    ("imports fell 2.3%", "imports dropped 2.3%", False),
    ("imports fell 2.3%", "imports were 2.3% lower", False),
    ("imports fell 2.3%", "imports were 2.3% higher", True),
    # another number is number-mismatch's; no word of change is no direction
    ("imports fell 2.3%", "imports rose 3.2%", False),
    ("imports fell 2.3%", "imports changed by 2.3%", False),
    # a minus sign is a fall: against a rise of the same size, the other way
    ("imports changed by -2.3%", "imports rose 2.3%", True),
    ("imports changed by -2.3%", "imports fell 2.3%", False),
    ("the crown weakened 2.3%", "the crown strengthened 2.3%", True),
]


@pytest.mark.parametrize("a, b, reported", PAIRS)
def test_a_change_told_the_other_way(a, b, reported):
    day = dt.date(2024, 11, 7)
    docs = [Document(f"v{i}.txt", TEMPLATE.format(t), published=day) for i, t in enumerate((a, b))]
    found = [f for f in check(docs).findings if f.rule == "direction-drift"]
    assert bool(found) is reported
    for finding in found:
        assert finding.severity == "warning"
        assert any(f'"{w} 2.3%"' in finding.message for w in ("rose", "strengthened")) or (
            '"2.3% higher"' in finding.message
        )


def test_the_version_that_turns_the_change_around_stands_first():
    """Two versions say the imports fell; the one that says they rose is where the finding
    is reported, the others after it."""
    day = dt.date(2024, 11, 7)
    words = ("imports fell 2.3%", "imports rose 2.3%", "imports dropped 2.3%")
    docs = [Document(f"v{i}.txt", TEMPLATE.format(t), published=day) for i, t in enumerate(words)]
    (finding,) = [f for f in check(docs).findings if f.rule == "direction-drift"]
    assert [e.path for e in finding.evidence] == ["v1.txt", "v0.txt", "v2.txt"]
    assert finding.message.startswith('the same change told the other way: a rise in "rose 2.3%"')
