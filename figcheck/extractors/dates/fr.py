"""French dates: "le 24 août 2023", "24 août", "l'an dernier", "le mois dernier", "depuis 1997".

Month and weekday names come from the French lexicon (CLDR); the small words here are
the rest. "Mars" alone may be the planet: a month without a day or year is read only
after "en", "depuis", "ce" or before "dernier", "prochain".
"""

from __future__ import annotations

from figcheck.extractors.dates import localized as L

WORDS = L.DateWords(
    code="fr",
    marker=(
        "le", "les", "du", "au", "aux", "je", "il", "elle", "nous", "vous", "ce", "cette",
        "sont", "pour", "dans", "sur", "avec", "une", "qui", "depuis", "l'", "d'", "qu'",
        "à", "où", "année", "mois", "semaine", "demain", "prochain",
        "dernier", "dernière", "été", "selon", "jusqu'", "prochaine", "passé", "passée",
        "lendemain",
        "ans", "jours", "semaines",
        "en",
        "un", "se", "ne", "pas", "mais", "ont", "était", "leur", "aussi",
    ),
    day_before=("le", "pour le", "au"),
    of=("de", "du"),
    before=("le", "la", "les", "au", "en", "dans", "pour le"),
    day_suffix=r"(?:er|re|ère|ème|eme|e|è)?",
    relative_days={
        "aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2,
        "lendemain": 1, "le jour suivant": 1,
    },
    steps={
        "ce": 0, "cet": 0, "cette": 0, "prochain": 1, "prochaine": 1, "suivant": 1,
        "suivante": 1, "dernier": -1, "dernière": -1, "passé": -1, "passée": -1,
        "précédent": -1, "précédente": -1,
        "prochains": 1, "prochaines": 1, "derniers": -1, "dernières": -1, "précédents": -1,
        "précédentes": -1, "suivants": 1, "suivantes": 1, "à venir": 1,
    },
    counted=("précédent", "précédente", "précédents", "précédentes", "suivant", "suivante",
             "suivants", "suivantes"),
    units={
        "jour": "day", "semaine": "week", "mois": "month", "an": "year", "année": "year",
        "décennie": "decade", "trimestre": "quarter", "siècle": "century", "week-end": "weekend",
    },
    plural_units={
        "jours": "day", "semaines": "week", "ans": "year", "années": "year",
        "décennies": "decade", "trimestres": "quarter", "siècles": "century",
    },
    seasons={"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"},
    month_before=(
        "en", "depuis", "jusqu'en", "au mois de", "le mois de", "mois de", "début", "fin",
        "au mois d'", "le mois d'", "mois d'", "du mois de", "du mois d'", "dans",
        "mi", "courant", "dès", "pour",
    ),
    word_abbreviations=("sept",),
    week_numbers=("semaine",),
    year_parts={"trimestre": 3, "semestre": 6},
    part_letters={"T": 3, "S": 6},
    edges={"début": "early", "début de": "early", "mi": "mid", "fin": "late", "fin de": "late"},
    part_ordinals={"premier": 1, "deuxième": 2, "second": 2, "troisième": 3,
                   "quatrième": 4},
    context_months=("mars", "mai", "avril"),
    rest_of=("reste de", "reste du", "reste de l'", "reste de ma", "reste de mon"),
    to_date={"depuis le début de l'année": "year", "depuis le début de l’année": "year",
             "depuis le début du mois": "month", "depuis janvier": "year",
             "sur les premiers mois de l'année": "year"},
    decade_before=("années", "décennie", "décennie des années"),
    ago_before=("il y a",),
    ago_after=("auparavant", "plus tôt"),
    later_after=("plus tard", "après"),
    since=("depuis", "à partir de", "dès"),
    until=("jusqu'en", "jusqu'à", "jusqu'au", "d'ici", "d'ici à"),
    earlier_than=("avant",),
    later_than=("après",),
    range_from=("de", "du", "depuis"),
    range_to=("à", "au", "jusqu'à", "jusqu'au"),
    between=("entre",),
    range_and=("et",),
    extra_days={"premier": 1, "second": 2, "seconde": 2},
    extra_counts={"un": 1, "une": 1},
    ahead=("d'ici", "d’ici", "va", "vont", "doit", "doivent", "devrait", "devraient",
           "prévoit", "prévoient", "prévu", "prévue", "prévus", "prévues", "attendu",
           "attendue", "attendus", "attendues"),
    future_endings=("era", "ira", "dra", "rra", "vra", "ura", "ront"),
    clause_opens=("que", "qu'", "qu’", "qui", "quand", "après", "depuis", "parce", "selon",
                  "a déclaré", "a indiqué", "a annoncé", "a affirmé", "a précisé"),
)  # fmt: skip


def forms(vocab: L.Vocabulary) -> tuple:
    return (
        L.month_range(
            vocab,
            6,
            ("de janvier à mars 2023", "entre janvier et mars", "janvier-mars"),
        ),
        L.day_range(vocab, 2, ("du 4 au 22 janvier 2017", "entre le 15 et le 19 novembre")),
        L.numeric_month(vocab, 16, ("en 11.2016", "le bilan de 03/2021")),
        L.numeric(vocab, 12, ("le 02/08 il", "le 2.3.2017 il")),
        L.day_month_year(
            vocab, 42, ("le 24 août 2023", "lundi 12 janvier 2016", "le 1er janv.", "22-avril")
        ),
        L.month_year(vocab, 62, ("en août 2023", "juin 2016")),
        L.year_part(vocab, 102, ("au premier trimestre 2023", "au 3e trimestre")),
        L.part_letter(vocab, 105, ("au T3 2023", "sur le S1 2022")),
        L.weekday(
            vocab, 122, ("le vendredi", "dimanche prochain", "vendredi de la semaine prochaine")
        ),
        L.relative_day(vocab, 132, ("hier", "après-demain", "aujourd'hui")),
        L.ago(vocab, 142, ("il y a deux ans", "il y a 3 semaines", "deux jours plus tard")),
        L.span(vocab, 152, ("les 3 derniers jours", "les deux prochaines semaines")),
        L.relative_unit(vocab, 162, ("l'an dernier", "l'année dernière", "le mois dernier")),
        L.rest_of(vocab, 187, ("le reste de l'année", "le reste de la semaine")),
        L.to_date(vocab, 188, ("depuis le début de l'année", "depuis le début du mois")),
        L.decade(vocab, 192, ("les années 70", "les années soixante-dix", "années 1990")),
        L.season(vocab, 202, ("cet été", "l'hiver 2016")),
        L.week_number(vocab, 212, ("la semaine 31", "en semaine 2")),
        L.month_alone(vocab, 222, ("en septembre", "mars dernier", "au mois de mars")),
        L.bare_day(vocab, 262, ("pour le 27.", "le 20 du mois prochain")),
    )
