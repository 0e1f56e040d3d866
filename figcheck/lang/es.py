"""Spanish.

"billón" is 10¹² in Spanish, as in every Spanish-speaking country's style guide
(the "billion" of English copy is "mil millones"): a translated "billón" that meant
10⁹ is a drift figcheck should show, not hide. Decimals take a comma and thousands a
dot or a space ("7.200 millones", "2,7 millones"), as CLDR gives for "es"; a dot
before other than three digits ("2.5 millones", Mexican copy) is a decimal point.
"""

from __future__ import annotations

from figcheck.lang import INDIAN_SCALES, PESOS, Lexicon, _cldr, separators, with_plain
from figcheck.lang.detect import FUNCTION_WORDS

_UNITS = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
_TEENS = "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve".split()
_TWENTIES = (
    "veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
    "veintiocho veintinueve"
).split()
_TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_HUNDREDS = (
    "doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos "
    "novecientos"
).split()

NUMBERS = with_plain(
    {
        **{word: n for n, word in enumerate(_UNITS)},
        **{word: 10 + n for n, word in enumerate(_TEENS)},
        **{word: 20 + n for n, word in enumerate(_TWENTIES)},
        **{word: 30 + 10 * n for n, word in enumerate(_TENS)},
        **{word: 200 + 100 * n for n, word in enumerate(_HUNDREDS)},
        # feminine forms agree with the noun: "doscientas personas", "una vaca"
        **{word[:-2] + "as": 200 + 100 * n for n, word in enumerate(_HUNDREDS)},
        "un": 1, "una": 1, "veintiún": 21, "veintiuna": 21, "cien": 100, "ciento": 100,
        # one word, as the RAE also allows from 31 to 99: "treintaicinco", "cuarentaidós"
        **{f"{ten}i{unit}": 30 + 10 * t + u for t, ten in enumerate(_TENS)
           for u, unit in enumerate(_UNITS[1:], start=1)},
        **{f"{ten}i{unit}": 30 + 10 * t + u for t, ten in enumerate(_TENS)
           for u, unit in ((1, "ún"), (2, "dós"), (3, "trés"), (6, "séis"))},
    }
)  # fmt: skip

SCALES = with_plain(
    {
        "mil": 3, "millón": 6, "millones": 6, "mil millones": 9, "millardo": 9,
        "millardos": 9, "billón": 12, "billones": 12, "mil billones": 15, "trillón": 18,
        "trillones": 18,
        **INDIAN_SCALES,
    }
)  # fmt: skip

#: "M" and "MM" (millones) in financial copy; lower-case "m" is metres, never millions.
#: Mexican copy's scale and currency in one: "500 mdd" (millones de dólares), "3 mmdp"
#: (miles de millones de pesos). Each is a tight scale and a currency name.
SCALED_CURRENCIES = {"mdd": ("USD", 6), "mdp": ("MXN", 6), "mmdd": ("USD", 9), "mmdp": ("MXN", 9)}

TIGHT_SCALES = {
    "k": 3, "M": 6, "MM": 6, "mill.": 6, "mlls.": 6,
    **{word: power for word, (_, power) in SCALED_CURRENCIES.items()},
}  # fmt: skip

DENOMINATORS = with_plain(
    {
        "medio": 2, "media": 2, "medios": 2, "medias": 2, "tercio": 3, "tercios": 3,
        **{f"{stem}{end}": n for n, stem in [
            (4, "cuart"), (5, "quint"), (6, "sext"), (7, "séptim"), (8, "octav"), (9, "noven"),
            (10, "décim"), (20, "vigésim"), (100, "centésim"), (1000, "milésim"),
            (10**6, "millonésim"), (10**12, "billonésim"),
        ] for end in ("o", "a", "os", "as")},
    }
)  # fmt: skip

CURRENCIES = with_plain(
    {
        "dólar": "USD", "dólares": "USD", "dólar estadounidense": "USD",
        "dólares estadounidenses": "USD", "dólares americanos": "USD",
        "dólares australianos": "AUD", "dólares canadienses": "CAD",
        "dólares de hong kong": "HKD", "dólares neozelandeses": "NZD",
        "dólares de singapur": "SGD", "dólares taiwaneses": "TWD",
        "euro": "EUR", "euros": "EUR", "libra": "GBP", "libras": "GBP",
        "libra esterlina": "GBP", "libras esterlinas": "GBP", "yuan": "CNY", "yuanes": "CNY",
        "renminbi": "CNY", "yen": "JPY", "yenes": "JPY", "rublo": "RUB", "rublos": "RUB",
        "won": "KRW", "wones": "KRW", "wons": "KRW", "lira": "TRY", "liras": "TRY",
        "liras turcas": "TRY", "peso": PESOS, "pesos": PESOS, "pesos mexicanos": "MXN",
        "pesos filipinos": "PHP", "pesos argentinos": "ARS", "pesos chilenos": "CLP",
        "pesos colombianos": "COP",
        "real": "BRL", "reales": "BRL", "franco suizo": "CHF", "francos suizos": "CHF",
        "francos": "CHF", "rupia": "INR", "rupias": "INR", "rupias indias": "INR",
        "coronas suecas": "SEK", "coronas noruegas": "NOK", "coronas danesas": "DKK",
        "rand": "ZAR", "zlotys": "PLN", "pesetas": "ESP", "marcos finlandeses": "FIM",
        "florines neerlandeses": "NLG", "bitcoin": "BTC", "bitcoins": "BTC",
        "centavo": "USD/100", "centavos": "USD/100", "céntimo": "EUR/100",
        "céntimos": "EUR/100", "penique": "GBP/100", "peniques": "GBP/100",
    }
)  # fmt: skip

QUALIFIERS = with_plain(
    {
        "solo": "exact", "sólo": "exact", "solamente": "exact", "apenas": "exact",
        "exactamente": "exact", "unos": "approx", "unas": "approx", "cerca de": "approx",
        "alrededor de": "approx", "aproximadamente": "approx", "en torno a": "approx",
        "casi": "upper", "hasta": "upper", "menos de": "upper", "menos del": "upper",
        "no más de": "upper", "como máximo": "upper", "más de": "lower", "más del": "lower",
        "al menos": "lower", "por lo menos": "lower", "como mínimo": "lower",
        "por encima de": "lower", "poco más de": "lower",
    }
)  # fmt: skip

#: "hasta" is "to" after a verb of change, with its definite article or none: "el paro subió
#: hasta el 11,8 %" gives the level reached; "subió hasta un 20 %" rose by up to a fifth.
LEVEL_WORDS = ("hasta", "hasta el", "hasta la", "hasta los", "hasta las")

#: Verbs of a level going up or down, in the forms news writes them (figcheck.lang:
#: ``change_verbs``): rose, fell, grew, climbed, dropped to.
CHANGE_VERBS = tuple(
    with_plain(
        dict.fromkeys(
            "sube suben subió subieron subía subían subirá subirán subiría subido subir "
            "subiendo baja bajan bajó bajaron bajaba bajará bajarán bajado bajar bajando "
            "aumenta aumentan aumentó aumentaron aumentaba aumentará aumentarán aumentado "
            "aumentar aumentando crece crecen creció crecieron crecía crecerá crecerán "
            "crecido crecer creciendo cae caen cayó cayeron caía caerá caerán caído caer "
            "cayendo desciende descienden descendió descendieron descendía descenderá "
            "descendido descender disminuye disminuyen disminuyó disminuyeron disminuirá "
            "disminuido disminuir escaló escalaron escalado eleva elevan elevó elevaron "
            "elevado dispara disparan disparó dispararon disparado repunta repuntan repuntó "
            "repuntaron repuntado retrocede retroceden retrocedió retrocedieron retrocedido "
            "avanza avanzan avanzó avanzaron avanzado incrementa incrementan incrementó "
            "incrementaron incrementado "
            "desplomó desplomaron desplomado trepa trepan trepó treparon trepado saltó "
            "saltaron".split()
        )
    )
)

RELATIVE = with_plain(
    {
        "el año pasado": ("year", -1), "este año": ("year", 0), "el próximo año": ("year", 1),
        "el mes pasado": ("month", -1), "este mes": ("month", 0),
        "la semana pasada": ("week", -1), "esta semana": ("week", 0), "ayer": ("day", -1),
        "hoy": ("day", 0), "anteayer": ("day", -2),
    }
)  # fmt: skip

#: "veintiunavos" (21sts), "milésimos": endings that make a number word a denominator.
SUFFIXES = tuple(
    with_plain(
        dict.fromkeys(f"{stem}{end}" for stem in ("av", "ésim") for end in ("o", "a", "os", "as"))
    )
)

VAGUE = with_plain(
    {**{f"{loose} {place}": power for loose in ("varios", "varias", "unos", "unas")
        for place, power in (("decenas", 1), ("cientos", 2), ("centenares", 2),
                             ("miles", 3), ("millones", 6))},
     "decenas": 1, "cientos": 2, "centenares": 2, "miles": 3, "decenas de miles": 4,
     "cientos de miles": 5, "millares": 3, "millones": 6, "miles de millones": 9, "varios": 0,
     "varias": 0, "muchos": None, "muchas": None}
)  # fmt: skip

#: "una decena de heridos" is about ten, "un centenar" about a hundred, "un millar" about a
#: thousand: round collective nouns read as "about", as "une dizaine" in French (their
#: plurals alone, "centenares de", are vague counts: VAGUE). Not "quincena", a fortnight.
APPROX_MULTIPLIERS = {
    "decena": 10, "decenas": 10, "veintena": 20, "treintena": 30, "centena": 100,
    "centenas": 100, "centenar": 100, "centenares": 100, "millar": 1000, "millares": 1000,
}  # fmt: skip

#: Units after a number, singular and plural, and the pint expression each names.
MEASURES = with_plain(
    {
        **{f"{word}{s}": unit for word, unit in (
            ("kilómetro", "kilometer"), ("metro", "meter"), ("centímetro", "centimeter"),
            ("milímetro", "millimeter"), ("kilogramo", "kilogram"), ("kilo", "kilogram"),
            ("gramo", "gram"), ("tonelada", "metric_ton"), ("litro", "liter"), ("milla", "mile"),
            ("hectárea", "hectare"), ("megavatio", "megawatt"), ("gigavatio", "gigawatt"),
            ("kilovatio", "kilowatt"), ("pie", "foot"), ("pulgada", "inch"),
            ("teravatio", "terawatt"),
        ) for s in ("", "s")},
        # energy: "21,4 teravatios hora", "3 kilovatios-hora"
        **{f"{prefix}vatio{s}{joint}hora": f"{unit}watt_hour"
           for prefix, unit in (("kilo", "kilo"), ("mega", "mega"), ("giga", "giga"),
                                ("tera", "tera"))
           for s in ("", "s") for joint in (" ", "-")},
        "kilómetros cuadrados": "kilometer ** 2", "kilómetro cuadrado": "kilometer ** 2",
        "metros cuadrados": "meter ** 2", "metro cuadrado": "meter ** 2",
        "metros cúbicos": "meter ** 3", "kilómetros por hora": "kilometer / hour",
        "barril": "oil_barrel", "barriles": "oil_barrel", "grados celsius": "degree_Celsius",
        "grados centígrados": "degree_Celsius", "grados fahrenheit": "degree_Fahrenheit",
        # "40 grados" alone, as English reads "40 degrees"
        "grado": "degree", "grados": "degree",
        # spans of time, as English reads "six minutes" and "30 years"
        "segundo": "second", "segundos": "second", "minuto": "minute", "minutos": "minute",
        "hora": "hour", "horas": "hour", "día": "day", "días": "day", "semana": "week",
        "semanas": "week", "mes": "month", "meses": "month", "año": "year", "años": "year",
        "década": "decade", "décadas": "decade",
    }
)  # fmt: skip

DECIMAL, GROUPS = separators(_cldr.separators("es"))

#: Verb forms that multiply wherever they stand (figcheck.extractors.ratio).
MULTIPLIER_VERBS = {
    "duplicó": "2", "duplicaron": "2", "duplicado": "2", "duplicada": "2",
    "triplicó": "3", "triplicaron": "3", "triplicado": "3", "triplicada": "3",
    "cuadruplicó": "4", "cuadruplicado": "4",
}  # fmt: skip


#: Set phrases whose numbers are no figures: rounds of a cup ("cuartos de final").
IDIOMS = (
    "cuarto de final", "cuartos de final", "octavo de final", "octavos de final",
    "dieciseisavos de final",
)  # fmt: skip


#: Streaks (figcheck.extractors.count): "por tercer mes consecutivo", "la quinta subida
#: seguida".
STREAK_ORDINALS = {
    "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
    "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
    "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8,
    "noveno": 9, "novena": 9, "décimo": 10, "décima": 10, "undécimo": 11, "undécima": 11,
    "duodécimo": 12, "duodécima": 12,
}  # fmt: skip
STREAK_UNITS = {
    "día": "day", "jornada": "day", "semana": "week", "mes": "month", "trimestre": "quarter",
    "año": "year", "sesión": "session", "vez": "time", "partido": "game", "temporada": "season",
    "reunión": "meeting", "subida": "rise", "alza": "rise", "aumento": "increase",
    "bajada": "cut", "recorte": "cut", "caída": "fall", "victoria": "win", "derrota": "defeat",
    "título": "title",
    # plurals that change more than their ending ("14 sesiones consecutivas")
    "sesiones": "session", "reuniones": "meeting", "veces": "time",
}  # fmt: skip
STREAK_WORDS = ("consecutivo", "consecutiva", "seguido", "seguida", "al hilo")


LEXICON = Lexicon(
    code="es",
    name="Spanish",
    share_of=("de", "de los", "de las", "de sus"),
    share_or=("o", "o el", "el", "es decir", "es decir, el"),
    level_to=("a", "hasta"),
    level_from=("desde", "frente a", "de"),
    streak_ordinals=STREAK_ORDINALS,
    streak_units=STREAK_UNITS,
    streak_words=STREAK_WORDS,
    base_before=("que", "desde", "frente a", "respecto a", "respecto de", "comparado con", "con"),
    story_relative=("anterior", "siguiente", "mismo", "antes", "después", "más tarde"),
    decimal=DECIMAL,
    groups=GROUPS,
    numbers=NUMBERS,
    scales=SCALES,
    tight_scales=TIGHT_SCALES,
    number_joiners=("y",),
    denominators=DENOMINATORS,
    denominator_suffixes=SUFFIXES,
    denominator_markers=("avos",),
    mixed_joiners=("y", "con"),
    decimal_words=("coma", "punto", "con"),
    over_words=("sobre",),
    multipliers={"docena": 12, "docenas": 12, "dz": 12},
    approx_multipliers=APPROX_MULTIPLIERS,
    half_words=("medio", "media", "medios", "medias"),
    articles=("el", "la", "los", "las", "un", "una", "unos", "unas"),
    of_words=("de", "del"),
    # "menos 5 grados"; not "al menos 5", "menos de 5"
    degree_negative_words=("menos",),
    below_zero_words=("bajo cero", "negativos", "por debajo de cero"),
    ordinal_marks=(r"\.?[ºª]",),
    clock_after=("horas", "hrs", "h"),
    clock_before=("las",),
    currencies={**CURRENCIES, **{word: code for word, (code, _) in SCALED_CURRENCIES.items()}},
    wordy_currencies=frozenset({"real", "libra", "libras", "franco", "peso", "won", "rand"}),
    currency_links=("de",),
    # "setiembre" is a Spanish spelling CLDR leaves out; "sep" the other abbreviation
    months={**_cldr.months("es"), "setiembre": 9, "sep": 9},
    weekdays=_cldr.weekdays("es"),
    qualifiers=QUALIFIERS,
    level_words=LEVEL_WORDS,
    change_verbs=CHANGE_VERBS,
    relative=RELATIVE,
    percent_words=("por ciento", "por cien", "%"),
    # "un cuarto de punto": a part of a point is a rate's move, as in French
    point_words=(
        "puntos porcentuales", "punto porcentual", "p.p.", "pp", "de punto porcentual",
        "de punto",
    ),  # fmt: skip
    basis_point_words=("puntos básicos", "punto básico", "puntos base", "pb", "pbs"),
    loose_point_words=("puntos", "punto"),
    range_between=("entre", "y"),
    and_words=("y", "e"),
    rise_words=tuple("subió sube suben subieron aumentó aumenta aumentaron aumento creció crece crecieron alza subida repuntó avanzó ganó subía subían aumentaba aumentaban crecía crecían avanzaba avanzaban apreció".split()),
    fall_words=tuple("bajó baja bajaron cayó cae cayeron caída descendió descenso disminuyó disminución retrocedió retroceso perdió bajaba bajaban caía caían retrocedía retrocedían perdía perdían depreció".split()),
    range_words=("a", "al", "hasta"),
    vague=VAGUE,
    units=MEASURES,
    per_before=("por", "al", "a la", "el", "la"),
    per_adjectives=dict.fromkeys(("diario", "diarios", "diaria", "diarias"), "day")
    | dict.fromkeys(("anual", "anuales"), "year")
    | dict.fromkeys(("mensual", "mensuales"), "month"),
    time_words=frozenset(
        with_plain(
            dict.fromkeys(
                "año años mes meses semana semanas día días hora horas minuto minutos "
                "segundo segundos década décadas siglo siglos".split()
            )
        )
    ),
    function_words=FUNCTION_WORDS["es"],
    # ratios: "el doble de", "tres veces más", "se duplicó", "uno de cada cinco", "la mitad de"
    multiplier_words={"doble": "2", "triple": "3", "cuádruple": "4"},
    multiplier_verbs=MULTIPLIER_VERBS,
    compare_words=("de", "del", "que", "más", "menos", "mayor", "superior"),
    times_words=("veces",),
    multiplied_by=tuple(
        f"multiplic{e} por" for e in ("ado", "ada", "ados", "adas", "ó", "aron", "a", "an", "ar")
    ),
    divided_by=tuple(
        f"dividi{e} por" for e in ("do", "da", "dos", "das", "ó", "eron", "r")
    ) + ("divide por", "dividen por"),
    share_joiners=("de cada",),
    share_noun_between=True,
    half_shares={"mitad": "0.5", "tercera parte": "1/3", "cuarta parte": "1/4"},
    half_ordinals=("primera", "segunda", "1ª", "2ª"),
    half_by=("a la",),
    share_wholes=(
        "de ellos", "de ellas", "de nosotros", "de nosotras", "de ustedes", "de vosotros",
        "de estos", "de estas", "de esos", "de esas",
    ),  # fmt: skip
    idioms=IDIOMS,
)
