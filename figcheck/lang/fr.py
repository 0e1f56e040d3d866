"""French.

French counts in twenties from 60 to 99 ("soixante-dix" = 70, "quatre-vingt-dix" = 90):
those compounds are entries of their own, so a number never adds two tens. Belgian and
Swiss "septante", "huitante"/"octante" and "nonante" are read too. "billion" is 10¹²
and "milliard" 10⁹ (the long scale). Decimals take a comma and thousands a (thin)
space, as CLDR gives for "fr"; many newspapers group with a dot ("1.348 blessés").
"""

from __future__ import annotations

from figcheck.lang import INDIAN_SCALES, PESOS, Lexicon, _cldr, separators, with_plain
from figcheck.lang.detect import FUNCTION_WORDS

_UNITS = "zéro un deux trois quatre cinq six sept huit neuf".split()
_TEENS = "dix onze douze treize quatorze quinze seize".split()
_TENS = "vingt trente quarante cinquante soixante".split()


def _twenties() -> dict[str, int]:
    """70-79 and 80-99: sixty or four-twenty and a number up to nineteen."""
    out = {"soixante dix": 70, "soixante et onze": 71, "quatre vingt": 80, "quatre vingts": 80}
    for base, value in (("soixante", 60), ("quatre vingt", 80)):
        for n, teen in enumerate(_TEENS[1:], start=11):
            out.setdefault(f"{base} {teen}", value + n)
        out[f"{base} dix"] = value + 10
    return out


NUMBERS = with_plain(
    {
        **{word: n for n, word in enumerate(_UNITS)},
        **{word: 10 + n for n, word in enumerate(_TEENS)},
        **{word: 20 + 10 * n for n, word in enumerate(_TENS)},
        **{f"{ten} et un": 21 + 10 * n for n, ten in enumerate(_TENS)},
        **{f"{ten} et une": 21 + 10 * n for n, ten in enumerate(_TENS)},
        **_twenties(),
        "une": 1, "cent": 100, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    }
)  # fmt: skip

SCALES = {
    "cent": 2, "cents": 2, "mille": 3, "mil": 3, "million": 6, "millions": 6,
    "milliard": 9, "milliards": 9, "billion": 12, "billions": 12, "billiard": 15,
    "billiards": 15, "trillion": 18, "trillions": 18,
    **INDIAN_SCALES,
}  # fmt: skip

#: "3 Md€", "2,5 Mds d'euros", "40 M€": abbreviations of French financial copy.
TIGHT_SCALES = {
    "k": 3, "M": 6, "Md": 9, "Mds": 9, "Mrd": 9, "Mrds": 9, "mds": 9, "md": 9,
    # Quebec's giga-dollars: "1,5 G$" (only before the sign, see sign_scales)
    "G": 9,
}  # fmt: skip

DENOMINATORS = with_plain(
    {
        "demi": 2, "demie": 2, "demis": 2, "tiers": 3, "quart": 4, "quarts": 4,
        "cinquième": 5, "cinquièmes": 5, "neuvième": 9, "neuvièmes": 9,
        # "vingt et unième": the "et" stands inside the denominator
        **{f"{ten} et unième{s}": 21 + 10 * n for n, ten in enumerate(_TENS) for s in ("", "s")},
    }
)  # fmt: skip

CURRENCIES = with_plain(
    {
        "dollar": "USD", "dollars": "USD", "dollars américains": "USD",
        "dollars us": "USD", "dollars canadiens": "CAD", "dollars australiens": "AUD",
        "dollars de hong kong": "HKD", "dollars néo-zélandais": "NZD", "euro": "EUR",
        "euros": "EUR", "livre": "GBP", "livres": "GBP", "livre sterling": "GBP",
        "livres sterling": "GBP", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
        "yen": "JPY", "yens": "JPY", "rouble": "RUB", "roubles": "RUB", "won": "KRW",
        "wons": "KRW", "livre turque": "TRY", "livres turques": "TRY", "roupie": "INR",
        "roupies": "INR", "roupies indiennes": "INR", "franc suisse": "CHF",
        "francs suisses": "CHF", "francs": "CHF", "franc": "CHF", "francs cfa": "XOF",
        "réal": "BRL", "réais": "BRL", "reais": "BRL", "peso": PESOS, "pesos": PESOS,
        "pesos philippins": "PHP", "pesos mexicains": "MXN", "pesos argentins": "ARS",
        "couronnes suédoises": "SEK", "couronnes norvégiennes": "NOK",
        "couronnes danoises": "DKK", "bitcoin": "BTC", "bitcoins": "BTC",
        "centime": "EUR/100", "centimes": "EUR/100", "pence": "GBP/100",
        "penny": "GBP/100", "cents": "USD/100", "florins hollandais": "NLG",
        # the euro's hundredth, as copy writes it: "20 cents d'euro", "20 cent d'euro"
        **{f"{cent} d{link}euro": "EUR/100" for cent in ("cent", "cents", "centime", "centimes")
           for link in ("'", "’", "e l'", "e l’")},
        "mark finlandais": "FIM", "marks finlandais": "FIM", "mark": "DEM", "marks": "DEM",
        "cedi": "GHS", "cedis": "GHS", "pesewa": "GHS/100", "pesewas": "GHS/100",
    }
)  # fmt: skip

QUALIFIERS = with_plain(
    {
        "seulement": "exact", "uniquement": "exact", "exactement": "exact",
        # "seuls 83 % des enfants", "seules 12 personnes": the plural agrees with the count
        "seuls": "exact", "seules": "exact",
        "environ": "approx", "quelque": "approx", "quelques": "approx",
        "approximativement": "approx", "autour de": "approx", "près de": "upper",
        "près d'": "upper", "près d’": "upper",
        "presque": "upper", "quasiment": "upper", "à peine": "upper", "jusqu'à": "upper",
        "jusqu’à": "upper", "moins de": "upper", "au plus": "upper", "pas plus de": "upper",
        # a rise "de plus de 4 %" denied: "n'augmenteront pas de plus de 4 %" is at most 4 %
        "pas de plus de": "upper",
        "plus de": "lower", "plus d'": "lower", "plus d’": "lower", "au moins": "lower",
        "un peu plus de": "lower",
    }
)  # fmt: skip

#: "jusqu'à" is "to" after a verb of change: "le chômage a grimpé jusqu'à 11,8 %" gives the
#: level reached; "jusqu'à 500 personnes" stays "up to".
LEVEL_WORDS = ("jusqu'à", "jusqu’à")


def _first_group(*stems: str) -> tuple[str, ...]:
    """The forms news writes of regular -er verbs: "grimpe", "a grimpé", "grimpait",
    "grimpera", "grimpant" (each stem as "grimp")."""
    endings = "e ent é ée és ées ait aient a èrent era eront erait er ant".split()
    return tuple(stem + ending for stem in stems for ending in endings)


#: Verbs of a level going up or down (figcheck.lang: ``change_verbs``): rose, fell, grew,
#: climbed, dropped to. Not "baisse" and "chute", nouns as often ("une baisse jusqu'à 50 %"
#: of a sale is a cut of up to a half), nor "réduit" and "élevé", adjectives as often ("prix
#: réduits jusqu'à 50 %").
CHANGE_VERBS = tuple(
    with_plain(
        dict.fromkeys(
            (
                *_first_group(
                    "augment", "grimp", "mont", "remont", "recul", "progress", "plong",
                    "dégringol", "envol", "flamb", "gliss", "diminu", "tomb", "décroch",
                    "effondr", "repli", "rechut",
                ),
                *"baissé baissée baissés baissées baissent baissait baissaient baissera "
                "baisseront chuté chutent chutait chutaient chutera bondi bondit bondissent "
                "bondissait bondira fléchi fléchit fléchissent fléchissait ralenti ralentit "
                "ralentissent ralentissait descend descendent descendu descendue descendus "
                "descendait descendra redescendu redescend croît croissent croissait croîtra "
                "accru accroît s'élève s'élevait".split(),
            )
        )
    )
)

RELATIVE = with_plain(
    {
        "l'an dernier": ("year", -1), "l'année dernière": ("year", -1),
        "cette année": ("year", 0), "l'an prochain": ("year", 1),
        "l'année prochaine": ("year", 1), "le mois dernier": ("month", -1),
        "la semaine dernière": ("week", -1), "hier": ("day", -1),
        "aujourd'hui": ("day", 0),
    }
)  # fmt: skip

VAGUE = with_plain(
    {"dizaines": 1, "centaines": 2, "milliers": 3, "dizaines de milliers": 4,
     "centaines de milliers": 5, "millions": 6, "plusieurs": 0, "nombreux": None,
     "nombreuses": None,
     # a loose word before a collective: of that order, "plusieurs centaines" (one figure)
     **{f"{loose} {place}": power for loose in ("plusieurs", "quelques")
        for place, power in (("dizaines", 1), ("centaines", 2), ("milliers", 3),
                             ("millions", 6))}}
)  # fmt: skip

#: Units after a number, singular and plural, and the pint expression each names ("mille"
#: is a thousand, never a mile).
MEASURES = with_plain(
    {
        **{f"{word}{s}": unit for word, unit in (
            ("kilomètre", "kilometer"), ("mètre", "meter"), ("centimètre", "centimeter"),
            ("millimètre", "millimeter"), ("kilogramme", "kilogram"), ("kilo", "kilogram"),
            ("gramme", "gram"), ("tonne", "metric_ton"), ("litre", "liter"),
            ("hectare", "hectare"), ("baril", "oil_barrel"), ("mégawatt", "megawatt"),
            ("gigawatt", "gigawatt"), ("pied", "foot"), ("pouce", "inch"),
            ("kilowatt", "kilowatt"), ("térawatt", "terawatt"),
        ) for s in ("", "s")},
        # energy: "21,4 térawattheures", "3 kilowatts-heure"
        **{f"{prefix}watt{s}{joint}heure{t}": f"{unit}watt_hour"
           for prefix, unit in (("kilo", "kilo"), ("méga", "mega"), ("giga", "giga"),
                                ("téra", "tera"))
           for s, joint, t in (("", "", ""), ("", "", "s"), ("", "-", ""), ("", "-", "s"),
                               ("s", "-", ""), ("s", "-", "s"))},
        "kilomètres carrés": "kilometer ** 2", "kilomètre carré": "kilometer ** 2",
        "mètres carrés": "meter ** 2", "mètre carré": "meter ** 2",
        "mètres cubes": "meter ** 3", "kilomètres par heure": "kilometer / hour",
        "kilomètres heure": "kilometer / hour", "degrés celsius": "degree_Celsius",
        "degrés fahrenheit": "degree_Fahrenheit",
        # "40 degrés" alone, as English reads "40 degrees"
        "degré": "degree", "degrés": "degree",
        # spans of time, as English reads "six minutes" and "30 years"
        "seconde": "second", "secondes": "second", "minute": "minute", "minutes": "minute",
        "heure": "hour", "heures": "hour", "jour": "day", "jours": "day", "semaine": "week",
        "semaines": "week", "mois": "month", "an": "year", "ans": "year", "année": "year",
        "années": "year", "décennie": "decade", "décennies": "decade",
    }
)  # fmt: skip

DECIMAL, GROUPS = separators(_cldr.separators("fr"))

#: Verb forms that multiply wherever they stand (figcheck.extractors.ratio).
MULTIPLIER_VERBS = {
    "doublé": "2", "doublée": "2", "triplé": "3", "triplée": "3", "quadruplé": "4",
}  # fmt: skip


#: "une dizaine de blessés" is about ten, "une vingtaine" about twenty, "un millier" about
#: a thousand: round collective nouns read as "about" (their plurals alone, "des centaines",
#: are vague counts: VAGUE). A dozen is twelve, as English reads "a dozen" (multipliers).
APPROX_MULTIPLIERS = {
    "dizaine": 10, "dizaines": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    # (not "quarantaine", a quarantine far more often than forty)
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "centaines": 100,
    "millier": 1000, "milliers": 1000,
}  # fmt: skip

#: Set phrases whose numbers are no figures: "neuf" is "new" in "rien de neuf"; "le 49.3" is
#: the article of the Constitution; "la Ligue 1", "le Top 14" are leagues; "à deux
#: chiffres" is double-digit, "7 jours sur 7" always, "la tolérance zéro" none at all.
IDIOMS = (
    "rien de neuf", "quoi de neuf", "flambant neuf", "tout neuf", "à l'état neuf",
    "à l’état neuf", "remis à neuf", "remise à neuf", "remettre à neuf", "refait à neuf",
    "refaite à neuf", "dans le neuf", "du neuf", "49.3", "49-3", "Ligue 1", "Ligue 2",
    "Top 14", "à un chiffre", "à deux chiffres", "à trois chiffres", "7 jours sur 7",
    "sept jours sur sept", "24 heures sur 24", "24 h sur 24", "24h sur 24", "24h/24",
    "24 h/24", "7j/7", "7 j/7", "tolérance zéro", "zéro pointé", "partir de zéro",
    "repartir de zéro", "remise à zéro", "remis à zéro", "remettre à zéro",
    # rounds of a cup: "en quart de finale" is no quarter
    "quart de finale", "quarts de finale", "huitième de finale", "huitièmes de finale",
    "seizième de finale", "seizièmes de finale",
)  # fmt: skip

#: "la ligne 14 du métro", "l'article 16", "le n° 10": a number that names, no figure.
LABEL_WORDS = (
    *(f"{a}{w}" for a in ("l'", "l’") for w in ("article", "alinéa", "épisode", "autoroute")),
    "les articles", "la ligne", "le numéro", "n°", "nº", "le chapitre", "la saison", "le tome",
    "la page", "la salle", "le quai", "le terminal", "le vol", "la route nationale",
    "la nationale", "la phase",
)  # fmt: skip


#: Streaks (figcheck.extractors.count): "pour le troisième mois consécutif", "la cinquième
#: hausse d'affilée".
STREAK_ORDINALS = {
    "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
    "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8,
    "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
}  # fmt: skip
STREAK_UNITS = {
    "jour": "day", "journée": "day", "semaine": "week", "mois": "month",
    "trimestre": "quarter", "année": "year", "an": "year", "séance": "session",
    "fois": "time", "match": "game", "saison": "season", "réunion": "meeting",
    "hausse": "rise", "baisse": "fall", "victoire": "win", "défaite": "defeat",
    "titre": "title",
}  # fmt: skip
STREAK_WORDS = ("consécutif", "consécutive", "d'affilée", "d’affilée", "de suite")


LEXICON = Lexicon(
    code="fr",
    name="French",
    share_of=("de", "des", "sur", "sur les", "de ses", "de leurs"),
    share_or=("soit", "ou", "ou encore"),
    level_to=("à",),
    level_from=("contre", "de"),
    level_from_or_size=("de",),
    streak_ordinals=STREAK_ORDINALS,
    streak_units=STREAK_UNITS,
    streak_words=STREAK_WORDS,
    base_before=("que", "qu'", "depuis", "par rapport à", "comparé à", "sur"),
    story_relative=(
        "précédent", "suivant", "même", "auparavant", "plus tôt", "plus tard", "avant", "après",
    ),
    decimal=DECIMAL,
    groups=GROUPS,
    numbers=NUMBERS,
    scales=SCALES,
    tight_scales=TIGHT_SCALES,
    sign_scales=("G",),
    denominators=DENOMINATORS,
    denominator_suffixes=("ième", "ièmes", "ieme", "iemes"),
    mixed_joiners=("et",),
    decimal_words=("virgule",),
    over_words=("sur",),
    multipliers={"douzaine": 12, "douzaines": 12},
    approx_multipliers=APPROX_MULTIPLIERS,
    articles=("le", "la", "les", "l'", "un", "une"),
    of_words=("de", "des", "du", "d"),
    # not "moins": "au moins 5" is at least five
    negative_words=("négatif", "négative"),
    degree_negative_words=("moins",),
    below_zero_words=(
        "sous zéro", "au-dessous de zéro", "en dessous de zéro", "en-dessous de zéro",
    ),  # fmt: skip
    ordinal_marks=(r"(?:er|re|e|ème|eme|è)\b",),
    hour_marks=("h",),
    currencies=CURRENCIES,
    # Canadian copy: "80 $ US", "12,99 $ CA", "3 M$ CAN"
    sign_countries={"US": "USD", "CA": "CAD", "CAN": "CAD", "AU": "AUD"},
    wordy_currencies=frozenset({"livre", "livres", "franc", "peso", "won", "cents", "mark"}),
    currency_links=("de", "d'", "d’"),
    # abbreviations copy writes besides CLDR's ("janv", "févr"): "jan", "fév", "sep", "déc"
    months={**_cldr.months("fr"), "jan": 1, "fév": 2, "sep": 9, "déc": 12},
    weekdays=_cldr.weekdays("fr"),
    qualifiers=QUALIFIERS,
    restrictive=(
        ("ne", "n'", "n’"),
        ("que", "qu'", "qu’"),
        "seulement",
        ("pas", "jamais", "rien", "point", "guère", "personne", "aucun", "aucune", "nul"),
    ),
    level_words=LEVEL_WORDS,
    change_verbs=CHANGE_VERBS,
    relative=RELATIVE,
    percent_words=(
        "pour cent",
        "pourcent",
        "pourcents",
        "pour-cent",
        "pourcentage",
        "pourcentages",
        "%",
    ),
    percent_nouns=("pourcentage", "pourcentages"),
    per_mille_words=("pour mille", "pour-mille", "‰"),
    # "un quart de point", "un demi-point": a part of a point is a rate's move
    point_words=(
        "points de pourcentage", "point de pourcentage", "pts de pourcentage", "de point",
        "-point",
    ),  # fmt: skip
    basis_point_words=("points de base", "point de base", "pb"),
    loose_point_words=("points", "point", "pts", "pt"),
    range_between=("entre", "et"),
    and_words=("et",),
    rise_words=tuple("hausse augmenté augmente progressé progresse grimpé grimpe bondi croissance".split()),
    fall_words=tuple("baisse baissé recul reculé recule chuté chute diminué diminue perdu repli".split()),
    range_words=("à",),
    vague=VAGUE,
    units=MEASURES,
    unit_false_friends=frozenset({"ton", "tons"}),
    per_before=("par", "le", "la", "l'", "l’"),
    per_adjectives=dict.fromkeys(("quotidiens", "quotidiennes", "journaliers"), "day")
    | dict.fromkeys(("annuels", "annuelles"), "year")
    | dict.fromkeys(("mensuels", "mensuelles"), "month"),
    time_words=frozenset(
        with_plain(
            dict.fromkeys(
                "an ans année années mois semaine semaines jour jours heure heures minute "
                "minutes seconde secondes décennie décennies siècle siècles".split()
            )
        )
    ),
    function_words=FUNCTION_WORDS["fr"],
    # ratios: "le double de", "trois fois plus", "a doublé", "un sur cinq", "la moitié des"
    multiplier_words={"double": "2", "triple": "3", "quadruple": "4"},
    multiplier_verbs=MULTIPLIER_VERBS,
    compare_words=("de", "du", "des", "que", "plus", "moins", "supérieur", "supérieure"),
    less_words=("moins",),
    multiplied_by=tuple(f"multipli{e} par" for e in ("é", "ée", "és", "ées", "er", "e", "ent")),
    divided_by=tuple(f"divis{e} par" for e in ("é", "ée", "és", "ées", "er", "e", "ent")),
    times_words=("fois",),
    share_joiners=("sur",),
    share_noun_between=True,
    half_shares={"moitié": "0.5", "le tiers": "1/3", "le quart": "1/4"},
    half_ordinals=("première", "premiere", "seconde", "deuxième", "deuxieme", "dernière",
                   "derniere"),
    half_by=("de",),
    share_wholes=tuple(
        f"d{a}entre {who}" for a in ("'", "’") for who in ("eux", "elles", "nous", "vous")
    ),
    idioms=IDIOMS,
    adjective_numbers=("neuf",),
    label_words=LABEL_WORDS,
)
