"""Portuguese (Brazilian and European): sentences -> the figures figcheck reads in them."""

from decimal import Decimal

import pytest
from lang_tables import (
    approximate,
    approximate_rows,
    expected,
    figures,
    numbers,
    per_units,
    qualifiers,
    quantities,
)

FIGURES = [
    ("A obra custou R$ 41,5 bilhões aos cofres públicos.", [("money", "41500000000", "BRL")]),
    ("Foram registrados 1.348 feridos.", [("count", "1348", None)]),
    ("A taxa de desemprego caiu 2,5 pontos percentuais.", [("percent", "2.5", "pp")]),
    ("A inflação ficou em 4,8 por cento.", [("percent", "4.8", "%")]),
    ("O Banco Central cortou os juros em 50 pontos-base.", [("percent", "50", "bp")]),
    ("O fundo investiu 20 milhões de dólares.", [("money", "20000000", "USD")]),
    ("Mil e duzentos alunos fizeram a prova.", [("count", "1200", None)]),
    # each country's own spelling: bilhão (Brazil) is 10^9, bilião (Portugal) 10^12
    ("O banco emprestou um bilhão de reais.", [("money", "1000000000", "BRL")]),
    ("A dívida chegou a um bilião de euros.", [("money", "1000000000000", "EUR")]),
    ("O défice foi de mil milhões de euros.", [("money", "1000000000", "EUR")]),
    ("Três milhões e meio de pessoas votaram.", [("count", "3500000", None)]),
    ("O ingresso custa 35 euros.", [("money", "35", "EUR")]),
    ("Ele recebeu R$ 2 mi de bônus.", [("money", "2000000", "BRL")]),
    ("Por meio de um acordo, a empresa pagou 12 mil reais.", [("money", "12000", "BRL")]),
    # a minus apart from its figure: the sign, where the figure stands alone on its line
    ("Ibovespa no dia:\n - 0,75 por cento\n", [("percent", "-0.75", "%")]),
    ("Destaques:\n- 40 lojas fechadas\n", [("count", "40", None)]),
    ("O bilhete de 4 euros 80 vale o dia inteiro.", [("money", "4.8", "EUR")]),
    ("A taxa caiu de 9 para 7,5%.", [("percent", "9", "%"), ("percent", "7.5", "%")]),
    ("Foram 12 para 4 reais cada.", [("number", "12", None), ("money", "4", "BRL")]),
    ("O prêmio chegou a R$ 4 milhões 250 mil.", [("money", "4250000", "BRL")]),
    # rounds of a cup: two quarter-finals, no half
    ("Perdeu duas quartas de final seguidas.", [("count", "2", None)]),
    # half a point in words, and a part of a point: a rate's move in points
    ("O BC cortou a Selic em meio ponto percentual.", [("percent", "0.5", "pp")]),
    ("O banco subiu os juros em um quarto de ponto.", [("percent", "0.25", "pp")]),
    (
        "A inadimplência (5 %) subiu um ponto e meio.",
        [("percent", "5", "%"), ("percent", "1.5", "pp")],
    ),
    # both ends carry the sign, only the high end the scale: the low end takes it too
    (
        "A obra vai custar entre R$ 6 e R$ 8 bilhões.",
        [("money", "6000000000", "BRL"), ("money", "8000000000", "BRL")],
    ),
]


@pytest.mark.parametrize("text, rows", FIGURES)
def test_figures(text, rows):
    assert figures(text, "pt") == expected(rows)


NUMBERS = [
    ("trezentos e quarenta e sete", "347"),
    ("duas mil trezentas e quarenta e sete", "2347"),
    ("cento e dezesseis", "116"),
    ("dezassete", "17"),
    ("quarenta e sete vírgula vinte e oito", "47.28"),
    ("tres quintos", "0.6"),
    ("dois onze avos", Decimal(2) / 11),
    ("meia dúzia", "6"),
    ("1.234.567,51", "1234567.51"),
]


@pytest.mark.parametrize("text, value", NUMBERS)
def test_numbers(text, value):
    assert numbers(text, "pt") == [(text, Decimal(value))]


def test_and_between_two_units_keeps_two_numbers():
    assert numbers("dois e três", "pt") == [("dois", 2), ("três", 3)]


QUALIFIERS = [
    ("O fundo investiu cerca de 20 milhões de dólares.", "cerca de"),
    ("Mais de 300 mil pessoas foram às ruas.", "mais de"),
    ("Pelo menos 12 mortos.", "pelo menos"),
    ("Apenas 8 candidatos passaram.", "apenas"),
    # "até" after a verb of change is "to": the level reached, no bound; alone or after
    # "e" it stays "up to"
    ("O desemprego subiu até 11,8% em março.", None),
    ("A inflação caiu até 3,2% no trimestre.", None),
    ("Até 500 pessoas são esperadas.", "até"),
    ("A produção cresceu e até 200 vagas serão abertas.", "até"),
    # "only" before the verb of change
    ("As vendas só cresceram 2% em junho.", "só"),
    ("A economia apenas cresceu 1,2% no ano passado.", "apenas"),
    ("A inflação subiu 2% em maio.", None),
]


@pytest.mark.parametrize("text, word", QUALIFIERS)
def test_qualifiers(text, word):
    assert qualifiers(text, "pt") == [word]


QUANTITIES = [
    # energy and power ("21,4 terawatts-hora", "3 quilowatts")
    ("A produção atingiu 21,4 terawatts-hora.", [("21.4", "terawatt_hour")]),
    ("A usina tem 3 quilowatts.", [("3", "kilowatt")]),
    # feet, as a conversion from copy in feet writes them
    ("Uma onda de 5 pés (1,5 metro) atingiu a costa.", [("5", "foot"), ("1.5", "meter")]),
    # Fahrenheit after the degree word, as a conversion writes it
    ("Fez 40 graus Celsius (104 graus Fahrenheit).",
     [("40", "degree_Celsius"), ("104", "degree_Fahrenheit")]),
    # "menos" is a temperature's sign; "pelo menos", "ao menos" bound it
    ("Os termômetros marcaram menos 6 graus.", [("-6", "degree")]),
    ("A previsão é de pelo menos 35 graus.", [("35", "degree")]),
    ("Fez ao menos 31 graus.", [("31", "degree")]),
    ("A serra registrou 3 graus negativos.", [("-3", "degree")]),
    # the ends of a range of temperatures keep their sign, running up or down
    ("Haverá entre menos 2 e 5 graus.", [("-2", "degree"), ("5", "degree")]),
    ("Haverá entre menos 3 e menos 9 graus.", [("-3", "degree"), ("-9", "degree")]),
    ("O avião caiu a 290 quilômetros da capital.", [("290", "kilometer")]),
    ("Foram colhidas 12 toneladas de café.", [("12", "metric_ton")]),
    ("A greve durou 15 dias.", [("15", "day")]),
    ("A safra deve chegar a 3,1 milhões de toneladas.", [("3100000", "metric_ton")]),
]


@pytest.mark.parametrize("text, rows", QUANTITIES)
def test_quantities(text, rows):
    assert quantities(text, "pt") == [(Decimal(value), unit) for value, unit in rows]


#: Round collective nouns are about their number, as "about twenty" is; their plurals alone
#: are vague counts (no value); a dozen is twelve; "uma quinzena" is a fortnight.
COLLECTIVES = [
    ("Uma dezena de casas ficou sem telhado.", [("10", "about")]),
    ("Uma vintena de barcos aguarda na baía.", [("20", "about")]),
    ("Uma centena de bombeiros combate o fogo.", [("100", "about")]),
    ("Um milhar de corredores vai largar.", [("1000", "about")]),
    ("Três dezenas de escolas fecharam.", [("30", "about")]),
    ("Milhares de estudantes marcharam no centro.", [(None, None)]),
    ("Algumas centenas de moradores protestaram.", [(None, None)]),
    ("Uma dúzia de ovos custa 3 euros.", [("12", None)]),
    ("O salário é pago a cada quinzena.", []),
]


@pytest.mark.parametrize("text, rows", COLLECTIVES)
def test_collective_nouns(text, rows):
    assert approximate(text, "pt") == approximate_rows(rows)


#: A price per unit, as English reads "$80 a barrel": the unit is the amount's "per".
PER_UNIT = [
    ("O aluguel custa 2.300 reais por mês.", [("2.300 reais por mês", "2300", "month")]),
    ("O petróleo é vendido a 85 dólares o barril.", [("85 dólares o barril", "85", "oil_barrel")]),
]


@pytest.mark.parametrize("text, rows", PER_UNIT)
def test_price_per_unit(text, rows):
    assert per_units(text, "pt") == [(w, Decimal(v), u) for w, v, u in rows]
