"""Ratios in each language that has ratio rows (figcheck.lang: multiplier_words …):
sentence -> the shares and multipliers read in it, as (words, value, unit).

English has its own tables in tests/extract/test_english_forms.py; every sentence here
is invented for the test.
"""

from decimal import Decimal

import pytest

from figcheck.extractors import extract
from figcheck.lang import SUPPORTED, lexicon


def ratios(text: str, language: str) -> list[tuple[str, Decimal, str]]:
    return [(f.text, f.value, f.unit) for f in extract(text, None, language) if f.kind == "ratio"]


def rows(language: str, table):
    return [(language, text, [(w, _exact(v), u) for w, v, u in want]) for text, want in table]


def _exact(value: str) -> Decimal:
    """ "0.2", or "2/3" for a fraction no decimal writes exactly."""
    top, _, bottom = value.partition("/")
    return Decimal(top) / Decimal(bottom or 1)


SPANISH = [
    ("El alquiler cuesta el doble que en 2019.", [("doble", "2", "times")]),
    ("Las ventas se duplicaron en un año.", [("duplicaron", "2", "times")]),
    ("Hubo tres veces más incendios.", [("tres veces", "3", "times")]),
    ("Uno de cada cuatro hogares no tiene agua.", [("Uno de cada cuatro", "0.25", "share")]),
    ("Votó la mitad del censo.", [("mitad", "0.5", "share")]),
    # no comparison, no ratio: a count of times, a room, a half that is no share
    ("Se reúnen dos veces al año.", []),
    ("Reservó una habitación doble.", []),
    ("La mitad sur del país.", []),
    # one of the two halves of a span of time: no share
    ("Pedirá la autorización en la primera mitad del ejercicio.", []),
    ("En la segunda mitad del año bajaron las ventas.", []),
    # the noun may stand between the two numbers
    (
        "Dos españoles de cada tres viajan en agosto.",
        [("Dos españoles de cada tres", "2/3", "share")],
    ),
    # a fraction in words before "de" is a share of what follows, as "two-thirds of" is
    ("Dos tercios de los alcaldes firmaron.", [("Dos tercios", "2/3", "share")]),
    ("Un cuarto de las granjas cerró.", [("Un cuarto", "0.25", "share")]),
    ("La tercera parte del presupuesto va a salud.", [("tercera parte", "1/3", "share")]),
    # a span of time, a room: no share
    ("El tren llegó con tres cuartos de hora de retraso.", []),
    ("Reformó un cuarto de baño.", []),
    ("El tráfico se multiplicó por cuatro.", [("multiplicó por cuatro", "4", "times")]),
    ("Las emisiones se dividieron por dos.", [("dividieron por dos", "0.5", "times")]),
    ("La lista de espera se redujo a la mitad.", [("mitad", "0.5", "share")]),
    ("Los 2/3 de los diputados votaron a favor.", [("2/3", "2/3", "share")]),
    # a pronoun names the whole without an article: a share as "de los" makes one
    ("Dos tercios de ellos votaron en contra.", [("Dos tercios", "2/3", "share")]),
    ("Un cuarto de estas granjas cerró.", [("Un cuarto", "0.25", "share")]),
    ("La mitad de ellas trabaja de noche.", [("mitad", "0.5", "share")]),
]

FRENCH = [
    ("Le loyer coûte le double de 2019.", [("double", "2", "times")]),
    ("Les ventes ont doublé en un an.", [("doublé", "2", "times")]),
    ("Il y a trois fois plus d'incendies.", [("trois fois", "3", "times")]),
    # "N fois moins" divides: a third of the price, half as many
    ("Le billet est trois fois moins cher.", [("trois fois", "1/3", "times")]),
    ("Il y a eu 2 fois moins de naufrages.", [("2 fois", "0.5", "times")]),
    ("La moitié des électeurs a voté.", [("moitié", "0.5", "share")]),
    ("Au cours de la première moitié de l'année, les ventes ont baissé.", []),
    ("Ils se réunissent deux fois par an.", []),
    ("Une chambre double coûte cher.", []),
    # the noun stands between the two numbers in French
    ("Un Français sur cinq vit seul.", [("Un Français sur cinq", "0.2", "share")]),
    (
        "Trois salariés sur quatre télétravaillent.",
        [("Trois salariés sur quatre", "0.75", "share")],
    ),
    # a sum over years is no share
    ("Un prêt de 5 000 euros sur 4 ans.", []),
    # a fraction in words, or "le tiers", before "de" is a share, as "a third of" is
    ("Le tiers des lycées manque de profs.", [("Le tiers", "1/3", "share")]),
    ("Un quart de la forêt a brûlé.", [("Un quart", "0.25", "share")]),
    ("Les deux tiers des ponts sont à rénover.", [("deux tiers", "2/3", "share")]),
    ("Trois cinquièmes du budget vont à l'école.", [("Trois cinquièmes", "0.6", "share")]),
    # a span of time is no share
    ("Le bus est arrivé un quart d'heure plus tard.", []),
    # a fraction in digits before "de" is a share, as "1/20 of" is, no 3 April
    ("Les 3/4 des lignes sont à l'heure.", [("3/4", "0.75", "share")]),
    # "multiplié par", "divisé par" a number: a factor, as "tripled" and "halved" are
    ("Le trafic a été multiplié par quatre.", [("multiplié par quatre", "4", "times")]),
    ("Les émissions ont été divisées par deux.", [("divisées par deux", "0.5", "times")]),
    ("Le prix est multiplié par 1,5.", [("multiplié par 1,5", "1.5", "times")]),
    # "de moitié" is "by half": a share with nothing after it, as in English
    ("Les délais ont été réduits de moitié.", [("moitié", "0.5", "share")]),
    # "d'entre eux" names the whole: a share as "des électeurs" makes one
    ("Un tiers d'entre eux a voté contre.", [("Un tiers", "1/3", "share")]),
    ("Les deux tiers d’entre elles travaillent la nuit.", [("deux tiers", "2/3", "share")]),
    ("La moitié d'entre nous a voté.", [("moitié", "0.5", "share")]),
]

PORTUGUESE = [
    ("Na primeira metade do ano as vendas caíram.", []),
    ("O aluguel custa o dobro de 2019.", [("dobro", "2", "times")]),
    ("As vendas dobraram num ano.", [("dobraram", "2", "times")]),
    ("Houve três vezes mais incêndios.", [("três vezes", "3", "times")]),
    ("Um em cada quatro lares não tem água.", [("Um em cada quatro", "0.25", "share")]),
    ("Votou a metade dos eleitores.", [("metade", "0.5", "share")]),
    ("Reúnem-se duas vezes por ano.", []),
    (
        "Um brasileiro em cada cinco mora sozinho.",
        [("Um brasileiro em cada cinco", "0.2", "share")],
    ),
    ("Um terço dos hospitais tem fila.", [("Um terço", "1/3", "share")]),
    ("Dois terços das escolas abriram.", [("Dois terços", "2/3", "share")]),
    ("A quarta parte da safra se perdeu.", [("quarta parte", "0.25", "share")]),
    ("Ele reservou um quarto de hotel.", []),
    ("O tráfego foi multiplicado por cinco.", [("multiplicado por cinco", "5", "times")]),
    ("A fila de espera caiu pela metade.", [("metade", "0.5", "share")]),
    # "deles" names the whole: a share as "dos hospitais" makes one
    ("Um terço deles votou contra.", [("Um terço", "1/3", "share")]),
    ("Dois terços delas trabalham à noite.", [("Dois terços", "2/3", "share")]),
    ("A metade deles mora no interior.", [("metade", "0.5", "share")]),
]

GERMAN = [
    ("In der ersten Hälfte des Jahres sanken die Umsätze.", []),
    ("Es gab doppelt so viele Brände.", [("doppelt", "2", "times")]),
    ("Die Miete hat sich verdoppelt.", [("verdoppelt", "2", "times")]),
    ("Die Kosten wurden halbiert.", [("halbiert", "0.5", "times")]),
    ("Die Miete ist drei Mal so hoch.", [("drei Mal", "3", "times")]),
    ("Die Hälfte der Wähler blieb zu Hause.", [("Hälfte", "0.5", "share")]),
    ("Sie treffen sich drei Mal im Jahr.", []),
    # "jeder fünfte": one in five; "zwei von drei": two in three, with no noun between
    ("Jeder fünfte Deutsche lebt allein.", [("Jeder fünfte", "0.2", "share")]),
    ("Fast jede dritte Firma meldet Verluste.", [("jede dritte", "1/3", "share")]),
    ("Zwei von drei Befragten sind zufrieden.", [("Zwei von drei", "2/3", "share")]),
    ("Es kamen 3 Teams von 5 Kontinenten.", []),
    ("Ein Drittel der Brücken ist marode.", [("Ein Drittel", "1/3", "share")]),
    ("Zwei Drittel der Pendler fahren Rad.", [("Zwei Drittel", "2/3", "share")]),
    ("Drei Viertel des Waldes sind krank.", [("Drei Viertel", "0.75", "share")]),
    ("Ein Fünftel aller Züge fiel aus.", [("Ein Fünftel", "0.2", "share")]),
    ("Die Wartezeit sank um die Hälfte.", [("Hälfte", "0.5", "share")]),
    # "von ihnen", "davon" name the whole: a share as "der Brücken" makes one
    ("Ein Drittel von ihnen stimmte dagegen.", [("Ein Drittel", "1/3", "share")]),
    ("Ein Viertel davon ist marode.", [("Ein Viertel", "0.25", "share")]),
]


CHINESE = [
    ("今年公司利润翻了一番。", [("翻了一番", "2", "times")]),
    ("运输成本减半。", [("减半", "0.5", "times")]),
    ("運輸成本減半。", [("減半", "0.5", "times")]),
    ("约一半的员工离开了。", [("一半", "0.5", "share")]),
]

ENGLISH = [
    ("Rents are three times higher than in 2015.", [("three times", "3", "times")]),
    # "N times less" divides: a third of the power, a quarter as many
    ("The new chip uses three times less power.", [("three times", "1/3", "times")]),
    ("There were 4 times fewer wrecks.", [("4 times", "0.25", "times")]),
    ("They meet three times a year.", []),
]

JAPANESE = [
    ("営業利益は半減した。", [("半減", "0.5", "times")]),
    ("受注が倍増した。", [("倍増", "2", "times")]),
    ("社員の半分が辞めた。", [("半分", "0.5", "share")]),
]


@pytest.mark.parametrize(
    "language, text, expected",
    rows("es", SPANISH)
    + rows("fr", FRENCH)
    + rows("pt", PORTUGUESE)
    + rows("de", GERMAN)
    + rows("zh", CHINESE)
    + rows("ja", JAPANESE)
    + rows("en", ENGLISH),
)
def test_ratios(language, text, expected):
    assert ratios(text, language) == expected


@pytest.mark.parametrize("code", SUPPORTED)
def test_ratio_rows_are_factors(code):
    """Every ratio word of every lexicon means a positive exact factor."""
    lex = lexicon(code)
    for value in [*lex.multiplier_words.values(), *lex.multiplier_verbs.values()]:
        assert Decimal(value) > 0
    assert all(0 < _exact(v) < 1 for v in lex.half_shares.values())
    assert all(whole > 1 for whole in lex.every_nth.values())
    assert set(lex.multiplier_adverbs) <= set(lex.multiplier_words)
