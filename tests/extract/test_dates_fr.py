"""French dates: text -> (figure text, kind, value, precision), published 2023-08-24."""

import pytest
from date_rows import d, found

ROWS = [
    # a month without its year that "d'ici" or a verb in the future puts ahead (published
    # in August)
    ("Le groupe réduira ses effectifs d'ici fin mars, a indiqué son patron.",
     [d("d'ici fin mars", None, "2024-03-31", "month", "period")]),
    ("Le texte entrera en vigueur en avril, a précisé le ministre.",
     [d("en avril", "2024-04-01", "2024-04-30", "month")]),
    ("Les résultats définitifs sont attendus le 21 mai.", [d("21 mai", "2024-05-21")]),
    ("Les ventes ont chuté en avril.", [d("en avril", "2023-04-01", "2023-04-30", "month")]),
    ("Il sera présent, selon le ministre arrivé en avril.",
     [d("en avril", "2023-04-01", "2023-04-30", "month")]),
    # before and after a date: open periods that end or start the day beside it
    ("Avant mars 2026, la banque ne baissera pas ses taux.",
     [d("Avant mars 2026", None, "2026-02-28", "month", "period")]),
    ("Après 2020, les prix ont beaucoup augmenté.",
     [d("Après 2020", "2021-01-01", None, "year", "period")]),
    # a day counted from today is no open period
    ("Vous êtes libre deux jours après aujourd'hui ?",
     [d("deux jours après", "2023-08-26"), d("aujourd'hui", "2023-08-24")]),
    # counted from the date the sentence names, not from publication
    (
        "La croissance a atteint 0,9 % en 2021, après 2,5 % l'année précédente.",
        [d("2021", "2021-01-01", "2021-12-31", "year"),
         d("l'année précédente", "2020-01-01", "2020-12-31", "year")],
    ),
    ("Le 24 août 2023, le conseil a voté.", [d("24 août 2023", "2023-08-24")]),
    ("Il est arrivé le 24 août.", [d("24 août", "2023-08-24")]),
    (
        "Il a été élu le dimanche 20 août 2023 à Lyon.",
        [d("dimanche 20 août 2023", "2023-08-20")],
    ),
    ("Le rapport de mars 2021 est clair.", [d("mars 2021", "2021-03-01", "2021-03-31", "month")]),
    (
        "L'an dernier, les ventes ont baissé.",
        [d("L'an dernier", "2022-01-01", "2022-12-31", "year")],
    ),
    (
        "L'année dernière, les ventes ont baissé.",
        [d("L'année dernière", "2022-01-01", "2022-12-31", "year")],
    ),
    (
        "Le mois dernier, le chômage a reculé.",
        [d("Le mois dernier", "2023-07-01", "2023-07-31", "month")],
    ),
    (
        "Depuis 1997, le taux est stable.",
        [d("Depuis 1997", "1997-01-01", None, "year", "period")],
    ),
    (
        "Jusqu'en 2019, il a dirigé la banque.",
        [d("Jusqu'en 2019", None, "2019-12-31", "year", "period")],
    ),
    (
        "Du 4 au 22 janvier 2017, le musée est fermé.",
        [d("Du 4 au 22 janvier 2017", "2017-01-04", "2017-01-22", "day", "period")],
    ),
    (
        "Entre le 15 et le 19 novembre, il était à Paris.",
        [d("Entre le 15 et le 19 novembre", "2022-11-15", "2022-11-19", "day", "period")],
    ),
    ("Il reviendra vendredi prochain.", [d("vendredi prochain", "2023-08-25")]),
    ("Il rentre jeudi le 17, dit-il.", [d("jeudi le 17", "2023-08-17")]),
    (
        "Il y a trois ans, la dette était plus faible.",
        [d("Il y a trois ans", "2020-01-01", "2020-12-31", "year")],
    ),
    ("Il partira cet été avec sa famille.", [d("cet été", "2023-06-01", "2023-08-31", "season")]),
    (
        "Il est venu hier et reviendra après-demain.",
        [d("hier", "2023-08-23"), d("après-demain", "2023-08-26")],
    ),
    # "Mars" alone is the planet; a month needs a word beside it
    ("Le robot a atterri sur Mars sans encombre.", []),
    # an English sentence with a French name keeps its English reading
    ("Le Monde reported on 3/4/2023 that prices rose.", [d("3/4/2023", "2023-03-04")]),
    (
        "Les ventes ont chuté au mois d'avril, selon le rapport.",
        [d("au mois d'avril", "2023-04-01", "2023-04-30", "month")],
    ),
    (
        "Le rapport paraîtra en fév. selon le ministère.",
        [d("en fév.", "2023-02-01", "2023-02-28", "month")],
    ),
    # a full month keeps the sentence's dot out of its span (a return ahead: next March)
    ("Il reviendra en mars.", [d("en mars", "2024-03-01", "2024-03-31", "month")]),
    (
        "Dans les années soixante-dix le chômage montait.",
        [d("années soixante-dix", "1970-01-01", "1979-12-31", "decade")],
    ),
    ("Il a 70 ans.", []),
    (
        "L'action a reculé de 12 % depuis le début de l'année.",
        [d("depuis le début de l'année", "2023-01-01", "2023-08-24", "day", "period")],
    ),
    (
        "Le trafic restera perturbé le reste de la semaine.",
        [d("reste de la semaine", "2023-08-24", "2023-08-27", "day", "period")],
    ),
    # a French month name alone is a month, unless it is a planet or a name
    ("Janvier a été le mois le plus doux.", [d("Janvier", "2023-01-01", "2023-01-31", "month")]),
    ("Mars est visible ce soir.", []),
    ("Le député Jules Janvier a parlé.", []),
    (
        "Le chantier ira de la semaine 31 à la semaine 35.",
        [d("de la semaine 31 à la semaine 35", "2023-07-31", "2023-09-03", "week", "period")],
    ),
    ("Le sommet aura lieu mi-mars.", [d("mi-mars", "2024-03-01", "2024-03-31", "month")]),
    ("Le mois à venir sera chargé.", [d("Le mois à venir", "2023-09-01", "2023-09-30", "month")]),
    (
        "Le bénéfice a chuté au 3e trimestre 2022.",
        [d("3e trimestre 2022", "2022-07-01", "2022-09-30", "quarter")],
    ),
    # "dernier" after a day: the last such day before publication
    ("Il l'a annoncé le 24 août dernier.", [d("24 août dernier", "2022-08-24")]),
    ("Le vote aura lieu le 3 mai prochain.", [d("3 mai prochain", "2024-05-03")]),
    (
        "Les ventes ont baissé entre janvier et mars, selon l'Insee.",
        [d("entre janvier et mars", "2023-01-01", "2023-03-31", "month", "period")],
    ),
    # "d'ici 2030" is the English "by 2030": open at its start
    (
        "La France veut réduire ses émissions de 55 % d'ici 2030.",
        [("d'ici 2030", "period", (None, "2030-12-31"), "year")],
    ),
    # two months joined by a dash or slash: one period, its end the latest such month
    (
        "Le chômage a reculé en juillet-septembre, selon l'Insee.",
        [d("juillet-septembre", "2022-07-01", "2022-09-30", "month", "period")],
    ),
    (
        "Le trafic a chuté en novembre-février.",
        [d("novembre-février", "2022-11-01", "2023-02-28", "month", "period")],
    ),
    (
        "Les prix ont monté en mars-avril 2020, selon l'Insee.",
        [d("mars-avril 2020", "2020-03-01", "2020-04-30", "month", "period")],
    ),
    ("Le député Jean-Mars a parlé.", []),
    # abbreviated months with their dot, joined by a dash: a period as "janvier-mars" is
    (
        "De févr.-avr. 2021 les loyers ont grimpé.",
        [d("févr.-avr. 2021", "2021-02-01", "2021-04-30", "month", "period")],
    ),
    (
        "Sur oct.-déc. le trafic a baissé.",
        [d("oct.-déc.", "2022-10-01", "2022-12-31", "month", "period")],
    ),
    # "sept" is seven where no dot or year makes it September
    (
        "Le bilan de sept.-nov. 2020 est lourd.",
        [d("sept.-nov. 2020", "2020-09-01", "2020-11-30", "month", "period")],
    ),
    # a quarter or a half named by its letter before a year, as English "Q2 2021"
    ("Au T2 2021, les marges ont fondu.", [d("T2 2021", "2021-04-01", "2021-06-30", "quarter")]),
    ("Sur le S2 2019 le trafic a chuté.", [d("S2 2019", "2019-07-01", "2019-12-31", "quarter")]),
    # without a year "un T4" is a four-room flat
    ("Ils ont acheté un T4 en 2021.", [d("2021", "2021-01-01", "2021-12-31", "year")]),
    # before the end of a year is by its last day, as "by the end of" is
    ("L'usine ouvrira avant la fin de 2027, selon le groupe.",
     [d("avant la fin de 2027", None, "2027-12-31", "year", "period")]),
    ("L'usine ouvrira avant fin 2027, selon le groupe.",
     [d("avant fin 2027", None, "2027-12-31", "year", "period")]),
    ("L'usine ouvrira avant la fin 2027, selon le groupe.",
     [d("avant la fin 2027", None, "2027-12-31", "year", "period")]),
    ("L'usine ouvrira d'ici la fin de 2027, selon le groupe.",
     [d("d'ici la fin de 2027", None, "2027-12-31", "year", "period")]),
    ("L'usine ouvrira avant 2027, selon le groupe.",
     [d("avant 2027", None, "2026-12-31", "year", "period")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_french(text, expected):
    assert found(text) == expected
