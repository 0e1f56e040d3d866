"""French: sentences -> the figures figcheck reads in them."""

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
    # many newspapers group thousands with a dot: 1.348 is one thousand three hundred ...
    ("On compte 1.348 blessés après la tempête.", [("count", "1348", None)]),
    ("Le budget atteint 1 250 000 euros.", [("money", "1250000", "EUR")]),
    ("Le budget atteint 1\u202f250\u202f000 euros.", [("money", "1250000", "EUR")]),
    ("Les prix ont connu une hausse de 7,5 % sur un an.", [("percent", "7.5", "%")]),
    ("Le chômage a reculé de 2,5 points de pourcentage.", [("percent", "2.5", "pp")]),
    ("La banque a relevé ses taux de 50 points de base.", [("percent", "50", "bp")]),
    # "sur" is "out of": a fraction up to one; a bigger first number makes two figures
    ("Il a obtenu quatorze sur vingt.", [("number", "0.7", None)]),
    ("La pièce mesure 4 sur 3.", [("number", "4", None), ("number", "3", None)]),
    # a thousandth is a tenth of a percent, and "mille" in "pour mille" no thousand
    ("La natalité tombe à 10,4 pour mille.", [("percent", "1.04", "%")]),
    (
        "Le taux passe de 12 à 9 ‰ en dix ans.",
        [("percent", "1.2", "%"), ("percent", "0.9", "%")],
    ),
    # a part of a point is a move in percentage points
    ("La banque a abaissé son taux d'un quart de point.", [("percent", "0.25", "pp")]),
    ("Le livret perd un demi-point.", [("percent", "0.5", "pp")]),
    # "un point et demi" where a percentage is near: one and a half points
    (
        "Le taux d'épargne (18 %) a perdu un point et demi.",
        [("percent", "18", "%"), ("percent", "1.5", "pp")],
    ),
    ("L'État a versé 3 millions d'euros.", [("money", "3000000", "EUR")]),
    ("Le groupe a levé 1,5 milliard de dollars.", [("money", "1500000000", "USD")]),
    ("Le contrat vaut 3,2 Mds €.", [("money", "3200000000", "EUR")]),
    ("La dette dépasse deux mille milliards d'euros.", [("money", "2000000000000", "EUR")]),
    ("Quatre-vingt-dix-sept députés ont voté contre.", [("count", "97", None)]),
    ("Il reste soixante et onze candidats.", [("count", "71", None)]),
    # "sept" is seven here, not an abbreviated September after a day "dix"
    ("Dix-sept élus ont voté contre.", [("count", "17", None)]),
    ("Il a payé 49,90 € pour deux billets.", [("money", "49.9", "EUR"), ("count", "2", None)]),
    # a share, as "a third of" is (tests/lang/test_ratios.py), no plain number
    ("Un tiers des électeurs s'est abstenu.", []),
    ("Il brigue un quatrième mandat.", []),
    # "sur 3 ans" is a span of three years (a quantity), not a fraction
    ("Un prêt de 1 000 euros sur 3 ans.", [("money", "1000", "EUR")]),
    # digits before a hundred word are hundreds, as "douze cent" is; "cents" is money
    ("La salle compte 12 cent places.", [("count", "1200", None)]),
    ("On attend 4 cent vingt invités.", [("count", "420", None)]),
    ("Le timbre coûte 85 cents.", [("money", "0.85", "USD")]),
    # a minus apart from its figure counts on a line holding only that figure
    ("Variation du CAC 40 sur la semaine :\n- 1,3 %\n", [("percent", "-1.3", "%")]),
    # before anything else it opens a list item
    ("Bilan :\n- 12 blessés\n", [("count", "12", None)]),
    ("Le menu à 14 euros 90 plaît aux étudiants.", [("money", "14.9", "EUR")]),
    ("Il a misé 5 euros 30 jours de suite.", [("money", "5", "EUR"), ("count", "30", None)]),
    # Indian numbering quoted from Indian sources
    ("Le plan coûte 2,3 lakh crore de roupies.", [("money", "2300000000000", "INR")]),
    ("Quelque quarante lakh d'électeurs ont voté.", [("count", "4000000", None)]),
    # a fall "de 8 à 6 %" gives both levels in percent, as a rise does
    ("Le taux est passé de 8 à 6 %.", [("percent", "8", "%"), ("percent", "6", "%")]),
    # and in brackets after the figure it qualifies
    ("Les ventes reculent (- 3,2 %) sur un an.", [("percent", "-3.2", "%")]),
    # Quebec writes billions of dollars "G$"; "G" alone is no scale ("la 5G")
    ("Le barrage coûtera 4,2 G$.", [("money", "4200000000", "USD")]),
    ("La 5G couvre déjà 3 villes.", [("count", "3", None)]),
    # the low end of a range takes the scale written after the high end
    (
        "Entre deux et trois millions d'électeurs.",
        [("number", "2000000", None), ("count", "3000000", None)],
    ),
    ("Il y a 3 et 5 millions de raisons.", [("number", "3", None), ("count", "5000000", None)]),
    # country letters after the dollar sign name the dollar, in capitals only
    ("Le billet coûte 12,99 $ CA.", [("money", "12.99", "CAD")]),
    ("Le baril a clôturé à 78 $ US.", [("money", "78", "USD")]),
    ("Ottawa versera 3 M$ CAN à la ville.", [("money", "3000000", "CAD")]),
    # the euro's hundredth, with or without its plural: money, not hundreds
    ("Le litre a pris 20 cent d'euro.", [("money", "0.2", "EUR")]),
    ("Le litre a pris 12 cents d’euro.", [("money", "0.12", "EUR")]),
    ("Accra a versé 40 millions de cedis.", [("money", "40000000", "GHS")]),
    ("Le pain a pris 50 pesewas.", [("money", "0.5", "GHS")]),
    # "un pourcentage" is "a percentage", no 1 %; "un pour cent" is 1 %
    ("Un pourcentage élevé de retraités vote.", []),
    ("Il vise un pourcentage de 12 % des voix.", [("percent", "12", "%")]),
    ("Un pour cent des élèves a échoué.", [("percent", "1", "%")]),
    # digits and a hundred word after a thousand are the hundreds, not coins
    ("La commune compte 6 mille 4 cents habitants.", [("count", "6400", None)]),
    ("La commune compte 6 mille 4 cent habitants.", [("count", "6400", None)]),
    # bare points that lead to a level in percent are percentage points; index points not
    (
        "L'inflation a reculé de 0,4 point, à 2,1 %.",
        [("percent", "0.4", "pp"), ("percent", "2.1", "%")],
    ),
    # a number that names (a line, an article, a league) is no figure
    ("La ligne 11 du tramway transporte 80 000 voyageurs.", [("count", "80000", None)]),
    (
        "Le texte, adopté grâce au 49.3, prévoit 3 milliards d'euros.",
        [("money", "3000000000", "EUR")],
    ),
    ("Le club de Ligue 2 a recruté 6 joueurs.", [("count", "6", None)]),
    ("L'alinéa 4 de l'article 12 fixe un plafond.", []),
    # set phrases: double-digit, always open, no tolerance at all
    ("Une inflation à deux chiffres frappe 9 pays.", [("count", "9", None)]),
    ("La pharmacie ouvre 7 jours sur 7 et 24 heures sur 24.", []),
    ("La ville applique la tolérance zéro ; zéro accident en mai.", [("count", "0", None)]),
    # "en ligne" is "online": what follows still counts
    ("Le musée a mis en ligne 300 tableaux.", [("count", "300", None)]),
    # "neuf" is "new" in set phrases and after an article and a noun; nine before a noun
    ("Rien de neuf depuis la dernière réunion.", []),
    # a round of a cup is no quarter (nor a US quart)
    ("Un quart de finale se joue ce soir.", []),
    ("Le musée flambant neuf attend 200 000 visiteurs.", [("count", "200000", None)]),
    ("La ville a ouvert un gymnase neuf et neuf crèches.", [("count", "9", None)]),
    ("Elle loue l'atelier neuf à deux artisans.", [("count", "2", None)]),
    # a time of day is no figure: "20 h 30", "7h45"
    ("Les 1 200 bureaux de vote ferment à 20 h 30.", [("count", "1200", None)]),
    ("Le train part à 7h45 avec 300 passagers.", [("count", "300", None)]),
    # after a month and a comma only a year is a date part
    ("En avril, 1,8 million de foyers ont été privés de courant.", [("count", "1800000", None)]),
    (
        "L'indice a cédé 0,8 %, à 6 912,4 points.",
        [("percent", "0.8", "%"), ("number", "6912.4", None)],
    ),
    (
        "Le Dax a gagné 120 points à 18 300 points.",
        [("count", "120", None), ("count", "18300", None)],
    ),
]


@pytest.mark.parametrize("text, rows", FIGURES)
def test_figures(text, rows):
    assert figures(text, "fr") == expected(rows)


NUMBERS = [
    ("quatre-vingt-dix-neuf", "99"),
    ("quatre vingt onze", "91"),
    ("soixante-dix-sept", "77"),
    ("dix-sept", "17"),
    ("trois cents", "300"),
    ("cent trois", "103"),
    ("deux cent deux mille", "202000"),
    ("nonante", "90"),
    ("deux cent virgule cinquante deux", "200.52"),
    ("un million et demi", "1500000"),
    ("trois quarts", "0.75"),
    ("un vingt-cinquième", "0.04"),
    ("une demi-douzaine", "6"),
    ("1 234 567,89", "1234567.89"),
    ("un quart de million", "250000"),
    ("trois quarts de million", "750000"),
    # a hyphen binds "trente-cinquièmes" into one denominator: 100/35, not 130/5
    ("cent trente-cinquièmes", Decimal(100) / 35),
    ("les trois-quarts", "0.75"),
    # a singular denominator counts one part: a hundred-and-fifth, a hundred-thousandth
    ("un cent cinquième", Decimal(1) / 105),
    ("un cent millième", "0.00001"),
    ("cent cinquièmes", "20"),
    # after "et un" a singular denominator takes the one alone: forty and one eighth
    ("quarante et un huitième", "40.125"),
    ("quarante et un huitièmes", "5.125"),
    # a part of a scale after "et" adds to the number before it
    ("un milliard et demi million", "1000500000"),
    ("deux millions et un quart de million", "2250000"),
]


@pytest.mark.parametrize("text, value", NUMBERS)
def test_numbers(text, value):
    assert numbers(text, "fr") == [(text.removeprefix("les "), Decimal(value))]


ORDINALS = [
    # a rank: "cent trente-cinquième" is the 135th, neither 130 nor a fraction
    ("Il a fini cent trente-cinquième du classement.", []),
    ("Le vingt-et-unième siècle commence.", []),
    ("Elle a fini douzième sur deux cents coureurs.", ["deux cents"]),
    # a singular ordinal whose words make one number with those before it is a rank too
    ("Le musée a accueilli son deux cent cinquième visiteur.", []),
    ("On fête le trois millième abonné.", []),
    # a plural, or words that make no number together, make a fraction
    ("Il en garde trois millièmes.", ["trois millièmes"]),
    # a whole and a part: an improper fraction after "et" is a number of its own
    ("Cent et trente cinquièmes.", ["Cent", "trente cinquièmes"]),
]


@pytest.mark.parametrize("text, read", ORDINALS)
def test_ordinals_are_no_numbers(text, read):
    assert [found for found, _ in numbers(text, "fr")] == read


QUALIFIERS = [
    ("Près de 40 000 manifestants ont défilé.", "près de"),
    ("Plus d'un million de personnes ont signé.", "plus d'"),
    ("Environ 12 000 emplois sont menacés.", "environ"),
    ("Au moins 5 morts.", "au moins"),
    # "seuls", "seules" before a count: "only"
    ("Seuls 83 % des enfants ont reçu une première dose.", "seuls"),
    ("Seules 12 personnes ont survécu.", "seules"),
    ("Jusqu'à 30 % de remise.", "jusqu'à"),
    # a rise denied is an upper bound, not the "plus de" inside it
    ("Les loyers n'augmenteront pas de plus de 3 % en juillet.", "pas de plus de"),
    # "une dizaine" is about ten, as the rules read "about"
    ("Une dizaine de maisons ont brûlé.", "about"),
    ("Plus d'une dizaine de villages sont isolés.", "plus d'"),
    # "jusqu'à" after a verb of change is "to": the level reached, no bound; alone, or
    # after "et" or a full stop, it stays "up to"
    ("Le chômage a grimpé jusqu'à 11,8 % en mars.", None),
    ("Le taux du livret est redescendu jusqu’à 1,5 %.", None),
    ("Le taux a encore reculé en mai, jusqu'à 2,4 %.", None),
    ("Jusqu'à 500 personnes sont attendues au stade.", "jusqu'à"),
    ("Les ventes progressent et jusqu'à 300 postes seront créés.", "jusqu'à"),
    ("Le prix a grimpé. Jusqu'à 40 euros le plein.", "jusqu'à"),
    # "réduits" is an adjective of a sale as often: up to a half off
    ("Les prix réduits jusqu'à 50 % attirent les clients.", "jusqu'à"),
    # "ne ... que" around the verb is "only"; after "pas" or a clause of its own, "que" is
    # a conjunction
    ("Les ventes n'ont progressé que de 2,0 % en juin.", "seulement"),
    ("Le groupe ne compte que 300 salariés.", "seulement"),
    ("La ville n’a reçu que 12 millions d'euros.", "seulement"),
    ("Il ne reste plus que 5 magasins.", "seulement"),
    ("Il a dit que 5 personnes sont mortes.", None),
    ("Il ne faut pas oublier que 5 personnes sont mortes.", None),
    ("Il ne reste qu'une trentaine de salariés.", "about"),  # the count's own "about"
]


@pytest.mark.parametrize("text, word", QUALIFIERS)
def test_qualifiers(text, word):
    assert qualifiers(text, "fr") == [word]


QUANTITIES = [
    # energy and power ("21,4 térawattheures", "3 kilowatts-heure")
    ("La production a atteint 21,4 térawattheures.", [("21.4", "terawatt_hour")]),
    ("Le foyer consomme 3 kilowatts-heure.", [("3", "kilowatt_hour")]),
    ("La centrale fournit 2 térawatts.", [("2", "terawatt")]),
    # feet, as a conversion from copy in feet writes them
    ("Une vague de 5 pieds (1,5 mètre) a frappé la côte.", [("5", "foot"), ("1.5", "meter")]),
    # Fahrenheit after the degree word, as a conversion writes it
    ("Il a fait 40 degrés Celsius (104 degrés Fahrenheit).",
     [("40", "degree_Celsius"), ("104", "degree_Fahrenheit")]),
    ("L'avion s'est écrasé à 40 kilomètres de Lyon.", [("40", "kilometer")]),
    ("Le feu a détruit 3 000 hectares.", [("3000", "hectare")]),
    ("Les prix montent depuis trois ans.", [("3", "year")]),
    # "mille" is a thousand, never a mile
    ("Il y a mille raisons d'y croire.", []),
    # degrees alone, as English reads "40 degrees"
    ("Il a fait 41 degrés à Carpentras.", [("41", "degree")]),
    # "moins" is a temperature's sign; "au moins", "moins de" bound it
    ("Le thermomètre est tombé à moins 14 degrés.", [("-14", "degree")]),
    ("On a relevé moins 7 °C sur le plateau.", [("-7", "degree_Celsius")]),
    ("Il fera au moins 33 degrés.", [("33", "degree")]),
    ("Il faisait moins de 2 degrés.", [("2", "degree")]),
    ("Le lac a gelé par 9 degrés sous zéro.", [("-9", "degree")]),
    # the low end of a range of temperatures keeps its sign
    ("Il fera entre moins 3 et 6 degrés.", [("-3", "degree"), ("6", "degree")]),
    # and where the range runs down, both ends stay temperatures, as a fall's two levels do
    ("Le froid ira de moins 2 à moins 8 degrés.", [("-2", "degree"), ("-8", "degree")]),
    ("Il fera entre moins 4 et moins 11 degrés.", [("-4", "degree"), ("-11", "degree")]),
    (
        "La récolte est passée de 12 à 8 tonnes.",
        [("12", "metric_ton"), ("8", "metric_ton")],
    ),
    # "ton" is a tone in French, no English ton
    ("Il répond sur un ton sec, deux tons plus bas.", []),
    # "de" joins a scale to its unit, as it joins one to its currency
    ("Les incendies ont ravagé 1,2 million d'hectares.", [("1200000", "hectare")]),
    ("La mine produit deux millions de tonnes par an.", [("2000000", "metric_ton")]),
    # both ends of a range take the unit, and the low end the scale
    (
        "La mine produit de 3 à 4 millions de tonnes.",
        [("3000000", "metric_ton"), ("4000000", "metric_ton")],
    ),
]


@pytest.mark.parametrize("text, rows", QUANTITIES)
def test_quantities(text, rows):
    assert quantities(text, "fr") == [(Decimal(value), unit) for value, unit in rows]


#: Round collective nouns are about their number, as "about twenty" is; their plurals alone
#: are vague counts (no value), as "hundreds of" is in English; a dozen is twelve.
COLLECTIVES = [
    ("Une vingtaine de chalets ont été évacués.", [("20", "about")]),
    ("Une quinzaine de pompiers luttent contre le feu.", [("15", "about")]),
    ("Une trentaine de communes restent sans eau.", [("30", "about")]),
    ("Une centaine de gendarmes quadrillent le secteur.", [("100", "about")]),
    ("Un millier de coureurs prendront le départ.", [("1000", "about")]),
    ("Deux centaines de tracteurs bloquent le périphérique.", [("200", "about")]),
    ("Près d'une cinquantaine d'élus ont signé.", [("50", "près d'")]),
    ("Des centaines de colis sont bloqués au port.", [(None, None)]),
    ("Des milliers de lycéens ont défilé.", [(None, None)]),
    ("Plusieurs centaines de riverains ont protesté.", [(None, None)]),
    ("Une douzaine d'œufs coûte 4 euros.", [("12", None)]),
    # a quarantine, not forty
    ("Les voyageurs sont placés en quarantaine.", []),
]


@pytest.mark.parametrize("text, rows", COLLECTIVES)
def test_collective_nouns(text, rows):
    assert approximate(text, "fr") == approximate_rows(rows)


#: A price per unit, as English reads "$80 a barrel": the unit is the amount's "per".
PER_UNIT = [
    ("Le loyer atteint 950 euros par mois.", [("950 euros par mois", "950", "month")]),
    ("Le gazole se vend 1,80 euro le litre.", [("1,80 euro le litre", "1.8", "liter")]),
    (
        "La raffinerie traite 200 000 barils par jour.",
        [("200 000 barils par jour", "200000", "day")],
    ),
    # a relative date after an article is no "per"
    ("Il a touché 400 euros le mois dernier.", [("400 euros", "400", None)]),
]


@pytest.mark.parametrize("text, rows", PER_UNIT)
def test_price_per_unit(text, rows):
    assert per_units(text, "fr") == [(w, Decimal(v), u) for w, v, u in rows]
