"""Spanish: sentences -> the figures figcheck reads in them."""

from decimal import Decimal

import pytest
from lang_tables import (
    KINDS,
    approximate,
    approximate_rows,
    expected,
    figures,
    numbers,
    per_units,
    qualifiers,
    quantities,
)

from figcheck.extractors import extract

FIGURES = [
    ("El proyecto costará 7.200 millones de rublos.", [("money", "7200000000", "RUB")]),
    ("La empresa pagó 2,7 millones de dólares por la licencia.", [("money", "2700000", "USD")]),
    ("Se registraron 1.348 heridos en la provincia.", [("count", "1348", None)]),
    ("La inflación subió al 7,5 % en julio.", [("percent", "7.5", "%")]),
    ("El paro bajó 2,5 puntos porcentuales.", [("percent", "2.5", "pp")]),
    ("El banco central subió los tipos 150 puntos básicos.", [("percent", "150", "bp")]),
    # bare points that lead to a level in percent are percentage points
    (
        "La inflación bajó 0,4 puntos, al 2,1 %.",
        [("percent", "0.4", "pp"), ("percent", "2.1", "%")],
    ),
    ("La ampliación costará mil millones de euros.", [("money", "1000000000", "EUR")]),
    ("El déficit fue de 1 250 000 euros.", [("money", "1250000", "EUR")]),
    ("Costó cuarenta y siete mil dólares.", [("money", "47000", "USD")]),
    ("Unos tres millones y medio de personas votaron.", [("count", "3500000", None)]),
    ("Llegaron medio millón de turistas.", [("count", "500000", None)]),
    # billón is 10^12 in Spanish: the English billion is "mil millones"
    ("La deuda alcanza un billón de euros.", [("money", "1000000000000", "EUR")]),
    # a share, as "three quarters of" is (tests/lang/test_ratios.py), no plain number
    ("Obtuvo tres cuartos de los votos.", []),
    (
        "Compró 3 docenas de huevos por 5,40 euros.",
        [("count", "36", None), ("money", "5.4", "EUR")],
    ),
    # a dozen after a join that follows a scale takes only the last term; "y" between
    # tens and units joins one number, which the dozen takes whole
    ("El vivero vendió tres mil y dos docenas de rosas.", [("count", "3024", None)]),
    ("Pidieron cuarenta y una docenas de platos.", [("count", "492", None)]),
    # a dot before other than three digits is a decimal point (Mexican copy)
    ("Cerca de 2.5 millones de pesos.", [("money", "2500000", "MXN")]),
    # Argentine and Uruguayan copy writes the US dollar "U$S"
    ("La deuda suma U$S 90 millones.", [("money", "90000000", "USD")]),
    ("El 24 de agosto murieron doce personas.", [("count", "12", None)]),
    # an ordinal before a noun is a rank, "medio" a medium: no fraction in either
    ("Ganó un cuarto mandato.", []),
    ("Un medio de comunicación publicó la cifra.", []),
    # a minus apart from its figure: the sign, where the figure stands alone on its line
    ("Variación del Ibex:\n- 2,4 %\n", [("percent", "-2.4", "%")]),
    ("Resumen:\n- 15 heridos\n", [("count", "15", None)]),
    # cents said after the currency without their name: one price
    ("Con 12 dólares 40 comes bien.", [("money", "12.4", "USD")]),
    ("Pagó 12 dólares 40 años después.", [("money", "12", "USD")]),
    ("El fondo suma 3 crore de rupias.", [("money", "30000000", "INR")]),
    ("La tasa bajó del 8 al 6 %.", [("percent", "8", "%"), ("percent", "6", "%")]),
    # the low end of a range takes the scale written after the high end
    (
        "Votarán de 3 a 4 millones de personas.",
        [("count", "3000000", None), ("count", "4000000", None)],
    ),
    (
        "Llegaron de 800 a 2 millones de turistas.",
        [("count", "800", None), ("count", "2000000", None)],
    ),
    # Mexican copy writes the places below a scale word in digits
    ("La obra costó 48 mil 600 millones de pesos.", [("money", "48600000000", "MXN")]),
    ("Se inscribieron 7 mil 350 aspirantes.", [("count", "7350", None)]),
    # a year after a scale is no part of it
    ("Fueron 3 millones 2024 fue peor.", [("number", "3000000", None)]),
    # Mexican copy's scale and currency in one word
    ("La planta costará 850 mdd.", [("money", "850000000", "USD")]),
    ("El desfalco llegó a 3 mil mdp.", [("money", "3000000000", "MXN")]),
    ("Pemex pagará 2,4 mmdd este año.", [("money", "2400000000", "USD")]),
    # both ends carry the sign, only the high end the scale: the low end takes it too
    (
        "El puerto costará de US$4-US$5 mil millones.",
        [("money", "4000000000", "USD"), ("money", "5000000000", "USD")],
    ),
    (
        "La multa irá de A$2 a A$3 millones.",
        [("money", "2000000", "AUD"), ("money", "3000000", "AUD")],
    ),
    # rounds of a cup: two quarter-finals, no half
    ("Perdió dos cuartos de final seguidos.", [("count", "2", None)]),
    # a stock index named by its number: no figure
    ("El Ibex 35 ganó un 0,9 % el martes.", [("percent", "0.9", "%")]),
    # half a point in words, and a part of a point: a rate's move in points
    ("El banco central bajó el tipo medio punto porcentual.", [("percent", "0.5", "pp")]),
    ("La morosidad (4 %) cayó punto y medio.", [("percent", "4", "%"), ("percent", "1.5", "pp")]),
    (
        "El euríbor (3 %) subió dos puntos y medio.",
        [("percent", "3", "%"), ("percent", "2.5", "pp")],
    ),
    ("La Fed recortó un cuarto de punto.", [("percent", "0.25", "pp")]),
    # "y" joins a range only after "entre": two amounts otherwise
    ("Pagó US$2 y US$3 millones.", [("money", "2", "USD"), ("money", "3000000", "USD")]),
]


@pytest.mark.parametrize("text, rows", FIGURES)
def test_figures(text, rows):
    assert figures(text, "es") == expected(rows)


NUMBERS = [
    ("trescientos cuarenta y siete", "347"),
    ("dos mil millones", "2000000000"),
    ("tres billones cuatrocientos mil millones", "3400000000000"),
    ("ciento tres", "103"),
    ("veintiún", "21"),
    ("cuarenta y siete coma veintiocho", "47.28"),
    ("doscientos coma cero tres", "200.03"),
    ("siete con cincuenta", "7.5"),
    ("veinte con tres quintos", "20.6"),
    ("ciento treinta y tres veintiunavos", Decimal(133) / 21),
    ("uno sobre tres", Decimal(1) / 3),
    ("media docena", "6"),
    ("1.234.567,5", "1234567.5"),
    ("4,800", "4.8"),
    ("1,234,567", "1234567"),
    # the one-word spellings the RAE allows from 31 to 99
    ("cuarentaidós", "42"),
    ("noventainueve mil", "99000"),
    ("cien treintaicincoavos", Decimal(100) / 35),
    # one word is one denominator: a hundred one-thousand-and-fifths
    ("cien milcincoavos", Decimal(100) / 1005),
    # a fraction before "de" and a scale multiplies it
    ("un cuarto de millón", "250000"),
    ("dos tercios de millón", Decimal(2000000) / 3),
    ("un ciento quinto", Decimal(1) / 105),
    ("ciento quintos", "20"),
    ("mil millones y medio millón", "1000500000"),
]


@pytest.mark.parametrize("text, value", NUMBERS)
def test_numbers(text, value):
    assert numbers(text, "es") == [(text, Decimal(value))]


@pytest.mark.parametrize(
    "text, values",
    [
        # a text that writes its decimals with a dot (Mexico's Spanish) groups with commas
        ("Sumaron 5,567 millones de dólares, 2.1% más.", ["5567000000", "2.1"]),
        ("La tasa bajó a 10.25% y la deuda a 4,800 millones.", ["10.25", "4800000000"]),
        # one that writes them with a comma reads its commas so everywhere
        ("Sumaron 5,567 millones de dólares, 2,1% más.", ["5567000", "2.1"]),
        # a dot before three digits tells nothing either way
        ("Sumaron 5,567 millones y 1.500 empleos.", ["5567000", "1500"]),
    ],
)
def test_the_text_tells_its_decimal_mark(text, values):
    from figcheck.extractors.numerals import number_matches

    assert [m.value for m in number_matches(text, "es")] == [Decimal(v) for v in values]


def test_two_numbers_side_by_side_stay_two():
    assert numbers("dos tres", "es") == [("dos", 2), ("tres", 3)]


NO_NUMBER = [
    # digits that go on past a mark as no number is written: a wrong value is worse than none
    "La versión 3.1.2 corrige el fallo.",
    "Escribió 12,34,567.89 en la pizarra.",
    "La dirección 10.0.0.1 no responde.",
    "La fórmula 2,5^-2x no se simplifica.",
    # a rank: the two-millionth visitor, neither 2 nor two millionths
    "Llegó el dos millonésimo visitante.",
]


@pytest.mark.parametrize("text", NO_NUMBER)
def test_no_number(text):
    assert numbers(text, "es") == []


QUALIFIERS = [
    ("Hubo más de 200 detenidos.", "más de"),
    ("Las ventas cayeron casi un 12 %.", "casi"),
    ("Asistieron unas 300 personas.", "unas"),
    ("Al menos 15 heridos.", "al menos"),
    ("Solo 8 candidatos aprobaron.", "solo"),
    # "hasta" after a verb of change is "to": the level reached, no bound; "hasta un 20 %"
    # is a rise by up to a fifth, and "hasta" alone or after "y" stays "up to"
    ("El paro subió hasta el 11,8 % en marzo.", None),
    ("La prima de riesgo bajó en abril hasta los 95 puntos.", None),
    ("La deuda se disparo hasta el 120 % del PIB.", None),
    ("El precio subió hasta un 20 % en algunas tiendas.", "hasta"),
    ("Acudieron hasta 500 personas.", "hasta"),
    ("Las ventas crecieron y hasta 300 empleados cobrarán más.", "hasta"),
    # "only" before the verb of change, or its "by"
    ("Las ventas apenas subieron un 2,0% en junio.", "apenas"),
    ("La economía solo creció un 1,2% el año pasado.", "solo"),
    ("La inflación subió un 2% en mayo.", None),
]


@pytest.mark.parametrize("text, word", QUALIFIERS)
def test_qualifiers(text, word):
    assert qualifiers(text, "es") == [word]


RANGES = [
    ("Costará entre 3 y 5 millones de dólares.", [("low", "3000000"), ("high", "5000000")]),
    ("La tasa subirá del 10 al 12 %.", [("low", "10"), ("high", "12")]),
    ("Entre el 10 y el 12 % de los votos.", [("low", "10"), ("high", "12")]),
    # "y" without "entre" joins two figures, not a range's ends
    ("Pagó 3 y luego 5 millones de dólares.", [(None, "3"), (None, "5000000")]),
]


@pytest.mark.parametrize("text, ends", RANGES)
def test_ranges(text, ends):
    found = [(f.range_part, f.value) for f in extract(text, None, "es") if f.kind in KINDS]
    assert found == [(part, Decimal(value)) for part, value in ends]


QUANTITIES = [
    # energy and power ("21,4 teravatios hora")
    ("La producción alcanzó 21,4 teravatios hora.", [("21.4", "terawatt_hour")]),
    ("El hogar consume 3 kilovatios-hora.", [("3", "kilowatt_hour")]),
    # feet, as a conversion from copy in feet writes them
    ("Una ola de 5 pies (1,5 metros) golpeó la costa.", [("5", "foot"), ("1.5", "meter")]),
    # Fahrenheit after the degree word, as a conversion writes it
    ("Se alcanzaron 40 grados centígrados (104 grados Fahrenheit).",
     [("40", "degree_Celsius"), ("104", "degree_Fahrenheit")]),
    # "menos" is a temperature's sign; "al menos", "menos de" bound it, "8 menos 3" subtracts
    ("El termómetro marcó menos 9 grados.", [("-9", "degree")]),
    ("Se esperan al menos 38 grados.", [("38", "degree")]),
    ("Hubo menos de 4 grados.", [("4", "degree")]),
    ("La pizarra decía 8 menos 3 grados.", [("3", "degree")]),
    ("El puerto amaneció a 7 grados bajo cero.", [("-7", "degree")]),
    # the low end of a range of temperatures keeps its sign
    ("Se esperan entre menos 4 y 3 grados.", [("-4", "degree"), ("3", "degree")]),
    # and where the range runs down, both ends stay temperatures, as a fall's two levels do
    ("Se esperan entre menos 3 y menos 10 grados.", [("-3", "degree"), ("-10", "degree")]),
    ("El frío irá de menos 1 a menos 6 grados.", [("-1", "degree"), ("-6", "degree")]),
    ("La máxima bajará de 5 a menos 2 grados.", [("5", "degree"), ("-2", "degree")]),
    ("El avión cayó a 290 kilómetros de la capital.", [("290", "kilometer")]),
    (
        "Se quemaron 3.000 hectáreas y 12 toneladas de grano.",
        [("3000", "hectare"), ("12", "metric_ton")],
    ),
    ("La ola alcanzó 3,5 metros.", [("3.5", "meter")]),
    # a span of time is a quantity, as English reads "six minutes"; "hace 3 días" is a date
    ("Seis minutos antes, la torre dio la alerta.", [("6", "minute")]),
    ("Hace 3 días llovió.", []),
    # "un año" is "a year": an article, as English "a year" is no figure
    ("Las ventas subieron un 12 % más que un año antes.", []),
    # "de" joins a scale to its unit, as it joins one to its currency
    ("El país bombea 1,8 millones de barriles al día.", [("1800000", "oil_barrel")]),
    ("El atasco midió de 8 a 11 kilómetros.", [("8", "kilometer"), ("11", "kilometer")]),
]


@pytest.mark.parametrize("text, rows", QUANTITIES)
def test_quantities(text, rows):
    assert quantities(text, "es") == [(Decimal(value), unit) for value, unit in rows]


#: Round collective nouns are about their number, as "about twenty" is; their plurals alone
#: are vague counts (no value); a dozen is twelve; "una quincena" is a fortnight.
COLLECTIVES = [
    ("Una veintena de barcos esperan en la bahía.", [("20", "about")]),
    ("Una decena de vecinos fueron desalojados.", [("10", "about")]),
    ("Un centenar de bomberos combate el fuego.", [("100", "about")]),
    ("Una centena de alumnos se quedó sin clase.", [("100", "about")]),
    ("Un millar de corredores tomará la salida.", [("1000", "about")]),
    ("Dos centenares de tractores cortaron la autovía.", [("200", "about")]),
    ("Miles de estudiantes marcharon por el centro.", [(None, None)]),
    ("Millares de aves murieron por el calor.", [(None, None)]),
    ("Varios miles de aficionados esperaban.", [(None, None)]),
    ("Una docena de huevos cuesta 3 euros.", [("12", None)]),
    ("Cobra su sueldo cada quincena.", []),
]


@pytest.mark.parametrize("text, rows", COLLECTIVES)
def test_collective_nouns(text, rows):
    assert approximate(text, "es") == approximate_rows(rows)


#: A price per unit, as English reads "$80 a barrel": the unit is the amount's "per".
PER_UNIT = [
    ("El alquiler cuesta 950 euros al mes.", [("950 euros al mes", "950", "month")]),
    ("El crudo cotiza a 85 dólares por barril.", [("85 dólares por barril", "85", "oil_barrel")]),
    ("La mina extrae 40 toneladas al día.", [("40 toneladas al día", "40", "day")]),
    # a relative date after an article is no "per"
    ("Cobró 400 euros el año pasado.", [("400 euros", "400", None)]),
]


@pytest.mark.parametrize("text, rows", PER_UNIT)
def test_price_per_unit(text, rows):
    assert per_units(text, "es") == [(w, Decimal(v), u) for w, v, u in rows]
