"""German: sentences -> the figures figcheck reads in them."""

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
    ("Der Umsatz stieg um 2,5 Prozentpunkte.", [("percent", "2.5", "pp")]),
    ("Die Arbeitslosenquote sank auf 5,3 Prozent.", [("percent", "5.3", "%")]),
    ("Die Notenbank erhöhte die Zinsen um 25 Basispunkte.", [("percent", "25", "bp")]),
    ("Die Kosten liegen bei 3,2 Mrd. Euro.", [("money", "3200000000", "EUR")]),
    ("Das Paket kostet zweieinhalb Millionen Euro.", [("money", "2500000", "EUR")]),
    ("Fast 700 Millionen Dollar flossen ab.", [("money", "700000000", "USD")]),
    ("Das kostet 1'250 Franken.", [("money", "1250", "CHF")]),
    ("Das Unternehmen beschäftigt 12.000 Mitarbeiter.", [("count", "12000", None)]),
    ("Dreihundertsiebenundvierzig Abgeordnete stimmten dafür.", [("count", "347", None)]),
    ("Eine halbe Million Besucher kamen.", [("count", "500000", None)]),
    # a dot after a day or a rank is not a decimal point, and the date is no count
    ("Am 3. Oktober kamen 12 Besucher.", [("count", "12", None)]),
    ("Der 2. Platz ging an 14 Teams.", [("count", "14", None)]),
    # a number that ends a sentence before "Die ...", "Laut ...": a figure, not a rank
    ("Die Zahl der Toten stieg auf 147. Die Behörden bestätigten das.", [("number", "147", None)]),
    ("Zum 100. Mal fand das Rennen statt.", []),
    ("Die Reise kostet 80 000 kambodschanische Riel.", [("money", "80000", "KHR")]),
    ("Der Eintritt von 9 Euro 50 gilt für alle.", [("money", "9.5", "EUR")]),
    ("Mit 9 Euro 50 Mitarbeitern begann es.", [("money", "9", "EUR"), ("count", "50", None)]),
    # "von ... auf": both levels of a change take the unit; "um ... auf" is a rise by points
    ("Die Quote sank von 6,1 auf 5,4 Prozent.", [("percent", "6.1", "%"), ("percent", "5.4", "%")]),
    ("Der Tarif stieg von 8 auf 11 Euro.", [("money", "8", "EUR"), ("money", "11", "EUR")]),
    ("Die Quote stieg um 0,4 auf 5,4 Prozent.", [("number", "0.4", None), ("percent", "5.4", "%")]),
    ("Die Aktie (- 4,5 %) schloss schwach.", [("percent", "-4.5", "%")]),
    ("Es kamen 2 bis 3 Mio. Besucher.", [("count", "2000000", None), ("count", "3000000", None)]),
    (
        "Der Umbau kostet 3 bis 5 Mio. Euro.",
        [("money", "3000000", "EUR"), ("money", "5000000", "EUR")],
    ),
    ("Verdi fordert eine 8,5-prozentige Lohnerhöhung.", [("percent", "8.5", "%")]),
    # a stock index named by its number: no figure
    ("Der Dax 40 schloss 0,7 Prozent höher.", [("percent", "0.7", "%")]),
]


@pytest.mark.parametrize("text, rows", FIGURES)
def test_figures(text, rows):
    assert figures(text, "de") == expected(rows)


NUMBERS = [
    ("einhunderteinunddreißig", "131"),
    ("eintausendeinhundertfünfzig", "1150"),
    ("zwei Millionen dreihunderttausend", "2300000"),
    ("zweihundertsechsundfuenfzig", "256"),
    ("dreiviertel", "0.75"),
    ("anderthalb Millionen", "1500000"),
    ("zwei Komma drei", "2.3"),
    ("drei halbe", "1.5"),
    ("ein halbes Dutzend", "6"),
    ("2.000,352", "2000.352"),
    ("1 414 021 100", "1414021100"),
    # a half joined by "und", with or without its "ein"
    ("zweiundeinhalb Millionen", "2500000"),
    ("einundhalb", "1.5"),
    ("eine Milliarde und eine halbe Million", "1000500000"),
]


@pytest.mark.parametrize("text, value", NUMBERS)
def test_numbers(text, value):
    assert numbers(text, "de") == [(text, Decimal(value))]


QUALIFIERS = [
    ("Rund 1.500 Menschen demonstrierten.", "rund"),
    # "über" after one thing names its amount; before a count, and after a plural, a bound
    ("Der Konzern erhielt einen Auftrag über 300 Millionen Euro.", None),
    ("Der Kaufvertrag über 2,5 Millionen Euro wurde unterzeichnet.", None),
    ("Die Polizei nahm über 20 Personen fest.", "über"),
    ("Spenden über 5000 Euro müssen gemeldet werden.", "über"),
    ("Mehr als 20 Prozent der Befragten stimmten zu.", "mehr als"),
    ("Bis zu 40 Prozent Rabatt.", "bis zu"),
    ("Nur 8 Bewerber bestanden.", "nur"),
    # "auf" after a verb of change is the level reached, no bound; "um bis zu" a change of
    # up to
    ("Die Arbeitslosenquote stieg auf 11,8 Prozent.", None),
    ("Die Quote sank bis auf 4,1 Prozent.", None),
    ("Die Mieten stiegen um bis zu 20 Prozent.", "bis zu"),
    # "only" before the "um" of a change
    ("Der Umsatz stieg nur um 2 Prozent.", "nur"),
    ("Der Umsatz stieg um 2 Prozent.", None),
]


@pytest.mark.parametrize("text, word", QUALIFIERS)
def test_qualifiers(text, word):
    assert qualifiers(text, "de") == [word]


def test_und_joins_a_range_only_after_zwischen():
    assert figures("zwischen 2 und 3 Milliarden Euro", "de") == expected(
        [("money", "2000000000", "EUR"), ("money", "3000000000", "EUR")]
    )
    assert figures("Es waren 12 und 56,7 Prozent.", "de") == expected(
        [("number", "12", None), ("percent", "56.7", "%")]
    )


QUANTITIES = [
    # energy and power ("21,4 Terawattstunden", "4,6 Gigawatt")
    ("Die Produktion erreichte 21,4 Terawattstunden.", [("21.4", "terawatt_hour")]),
    ("Der Park leistet 4,6 Gigawatt.", [("4.6", "gigawatt")]),
    # feet, as a conversion from copy in feet writes them
    ("Eine 5 Fuß hohe Welle traf die Küste.", [("5", "foot")]),
    # Fahrenheit after the degree word, as a conversion writes it
    ("Es wurden 40 Grad Celsius (104 Grad Fahrenheit) gemessen.",
     [("40", "degree_Celsius"), ("104", "degree_Fahrenheit")]),
    ("In der Nacht waren es minus 11 Grad.", [("-11", "degree")]),
    ("Es wurde um 3 Grad wärmer.", [("3", "degree")]),
    ("Am Pass wurden 8 Grad unter null gemessen.", [("-8", "degree")]),
    # "Ton" is a sound in German, no English ton
    ("Ein Ton genügte.", []),
    ("Das Werk liefert 12 Tonnen Stahl am Tag.", [("12", "metric_ton")]),
    ("Das Feuer zerstörte 300 Hektar Wald.", [("300", "hectare")]),
    ("Die Suche dauerte zwei Stunden.", [("2", "hour")]),
    # a span as an adjective joined to its number, and a person by age
    ("Sie traten in einen 72-stündigen Streik.", [("72", "hour")]),
    ("Nach 2-wöchiger Pause ging es weiter.", [("2", "week")]),
    ("Der 34-Jährige wurde verletzt.", [("34", "year")]),
    ("Ein 34-jähriger Feuerwehrmann wurde verletzt.", [("34", "year")]),
    ("Der Umsatz lag 12 Prozent höher als ein Jahr zuvor.", []),
    (
        "Die Anlage ist zweiundeinhalb Jahre alt und wiegt einundhalb Tonnen.",
        [("2.5", "year"), ("1.5", "metric_ton")],
    ),
    ("Der Stau war 8 bis 11 Kilometer lang.", [("8", "kilometer"), ("11", "kilometer")]),
    # the ends of a range of temperatures keep their sign, running up or down
    ("Es werden zwischen minus 2 und 4 Grad erwartet.", [("-2", "degree"), ("4", "degree")]),
    ("Es wird von minus 3 bis minus 10 Grad kalt.", [("-3", "degree"), ("-10", "degree")]),
]


@pytest.mark.parametrize("text, rows", QUANTITIES)
def test_quantities(text, rows):
    assert quantities(text, "de") == [(Decimal(value), unit) for value, unit in rows]


#: A dozen is twelve, as English reads "a dozen"; "Hunderte", "Tausende" are vague counts.
COLLECTIVES = [
    ("Ein Dutzend Fischkutter liegt im Hafen.", [("12", None)]),
    ("Rund ein Dutzend Häuser wurde geräumt.", [("12", "rund")]),
    ("Hunderte Pendler saßen fest.", [(None, None)]),
    ("Tausende Schüler gingen auf die Straße.", [(None, None)]),
    # a loose word before a place word is one vague count of that order, not 1,000
    ("Mehrere tausend Fans warteten am Tor.", [(None, None)]),
    ("Einige Hundert Anwohner protestierten.", [(None, None)]),
]


@pytest.mark.parametrize("text, rows", COLLECTIVES)
def test_collective_nouns(text, rows):
    assert approximate(text, "de") == approximate_rows(rows)


#: A price per unit, as English reads "$80 a barrel": the unit is the amount's "per".
PER_UNIT = [
    ("Die Miete beträgt 950 Euro im Monat.", [("950 Euro im Monat", "950", "month")]),
    (
        "Der Mindestlohn liegt bei 12,41 Euro pro Stunde.",
        [("12,41 Euro pro Stunde", "12.41", "hour")],
    ),
    # a year after the unit dates the amount
    ("Er zahlte 300 Euro im Jahr 2021.", [("300 Euro", "300", None)]),
]


@pytest.mark.parametrize("text, rows", PER_UNIT)
def test_price_per_unit(text, rows):
    assert per_units(text, "de") == [(w, Decimal(v), u) for w, v, u in rows]
