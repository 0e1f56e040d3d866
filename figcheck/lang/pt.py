"""Portuguese, Brazilian and European.

The two differ on big numbers, and each spells its own: Brazil writes "bilhão" for
10⁹ and "trilhão" for 10¹²; Portugal writes "mil milhões" for 10⁹, "bilião" for 10¹²
and "trilião" for 10¹⁸. Reading each spelling as its own country does is right for
both, since neither writes the other's form. Decimals take a comma and thousands a
dot or a space ("R$ 41,5 bilhões", "1.348 feridos"), as CLDR gives for "pt".
"""

from __future__ import annotations

from figcheck.lang import INDIAN_SCALES, PESOS, Lexicon, _cldr, separators, with_plain
from figcheck.lang.detect import FUNCTION_WORDS

_UNITS = "zero um dois três quatro cinco seis sete oito nove".split()
_TEENS = "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove".split()
_TENS = "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()
_HUNDREDS = (
    "duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos"
).split()

NUMBERS = with_plain(
    {
        **{word: n for n, word in enumerate(_UNITS)},
        **{word: 10 + n for n, word in enumerate(_TEENS)},
        **{word: 20 + 10 * n for n, word in enumerate(_TENS)},
        **{word: 200 + 100 * n for n, word in enumerate(_HUNDREDS)},
        **{word[:-2] + "as": 200 + 100 * n for n, word in enumerate(_HUNDREDS)},
        # European spellings and the feminine forms that agree with the noun
        "uma": 1, "duas": 2, "quatorze": 14, "dezasseis": 16, "dezassete": 17,
        "dezanove": 19, "cinqüenta": 50, "cem": 100, "cento": 100,
    }
)  # fmt: skip

SCALES = with_plain(
    {
        "mil": 3, "milhão": 6, "milhões": 6, "mil milhões": 9, "bilhão": 9, "bilhões": 9,
        "trilhão": 12, "trilhões": 12, "bilião": 12, "biliões": 12, "trilião": 18,
        "triliões": 18,
        **INDIAN_SCALES,
    }
)  # fmt: skip

#: "R$ 2 mi", "US$ 3 bi", "R$ 1 tri": Brazilian financial copy.
TIGHT_SCALES = {"k": 3, "mi": 6, "mi.": 6, "bi": 9, "bi.": 9, "tri": 12, "M": 6}

DENOMINATORS = with_plain(
    {
        "meio": 2, "meia": 2, "meios": 2, "meias": 2, "terço": 3, "terços": 3,
        **{f"{stem}{end}": n for n, stem in [
            (4, "quart"), (5, "quint"), (6, "sext"), (7, "sétim"), (8, "oitav"), (9, "non"),
            (10, "décim"), (100, "centésim"), (1000, "milésim"), (10**6, "milionésim"),
            (10**9, "bilionésim"), (10**12, "trilionésim"),
        ] for end in ("o", "a", "os", "as")},
    }
)  # fmt: skip

CURRENCIES = with_plain(
    {
        "dólar": "USD", "dólares": "USD", "dólares americanos": "USD",
        "dólares norte-americanos": "USD", "dólares australianos": "AUD",
        "dólares canadenses": "CAD", "dólares de hong kong": "HKD", "euro": "EUR",
        "euros": "EUR", "libra": "GBP", "libras": "GBP", "libra esterlina": "GBP",
        "libras esterlinas": "GBP", "iene": "JPY", "ienes": "JPY", "yen": "JPY",
        "yuan": "CNY", "yuans": "CNY", "iuane": "CNY", "iuanes": "CNY", "renminbi": "CNY",
        "rublo": "RUB", "rublos": "RUB", "won": "KRW", "wons": "KRW", "lira": "TRY",
        "liras": "TRY", "real": "BRL", "reais": "BRL", "peso": PESOS, "pesos": PESOS,
        "pesos filipinos": "PHP", "pesos mexicanos": "MXN", "pesos argentinos": "ARS",
        "rupia": "INR", "rupias": "INR", "franco suíço": "CHF", "francos suíços": "CHF",
        "francos": "CHF", "escudos": "PTE", "bitcoin": "BTC", "bitcoins": "BTC",
        "marcos finlandeses": "FIM", "florins holandeses": "NLG", "pesetas": "ESP",
        "centavo": "BRL/100", "centavos": "BRL/100", "cêntimo": "EUR/100",
        "cêntimos": "EUR/100", "pêni": "GBP/100", "pence": "GBP/100",
    }
)  # fmt: skip

QUALIFIERS = with_plain(
    {
        "apenas": "exact", "só": "exact", "somente": "exact", "exatamente": "exact",
        "cerca de": "approx", "aproximadamente": "approx", "por volta de": "approx",
        "em torno de": "approx", "uns": "approx", "umas": "approx", "quase": "upper",
        "perto de": "upper", "até": "upper", "menos de": "upper", "no máximo": "upper",
        "mais de": "lower", "pelo menos": "lower", "ao menos": "lower", "no mínimo": "lower",
        "acima de": "lower",
    }
)  # fmt: skip

#: "até" is "to" after a verb of change, with its definite article or none: "o desemprego
#: subiu até 11,8%" gives the level reached; "até 500 pessoas" stays "up to".
LEVEL_WORDS = ("até", "até o", "até a", "até os", "até as")

#: Verbs of a level going up or down, in the forms news writes them (figcheck.lang:
#: ``change_verbs``): rose, fell, grew, climbed, dropped to.
CHANGE_VERBS = tuple(
    with_plain(
        dict.fromkeys(
            "sobe sobem subiu subiram subia subiam subirá subirão subiria subido subir "
            "subindo baixa baixam baixou baixaram baixava baixará baixado baixar baixando "
            "aumenta aumentam aumentou aumentaram aumentava aumentará aumentarão aumentado "
            "aumentar aumentando cresce crescem cresceu cresceram crescia crescerá "
            "crescerão crescido crescer crescendo cai caem caiu caíram caía cairá cairão "
            "caído cair caindo desce descem desceu desceram descia descerá descido descer "
            "diminui diminuem diminuiu diminuíram diminuirá diminuído diminuir recua recuam "
            "recuou recuaram recuado recuar eleva elevam elevou elevaram elevado dispara "
            "disparam disparou dispararam disparado avança avançam avançou avançaram "
            "avançado despenca despencam despencou "
            "despencaram despencado escalou escalaram saltou saltaram encolheu encolheram "
            "encolhido".split()
        )
    )
)

RELATIVE = with_plain(
    {
        "o ano passado": ("year", -1), "no ano passado": ("year", -1),
        "este ano": ("year", 0), "o próximo ano": ("year", 1), "o mês passado": ("month", -1),
        "no mês passado": ("month", -1), "a semana passada": ("week", -1),
        "ontem": ("day", -1), "hoje": ("day", 0),
    }
)  # fmt: skip

SUFFIXES = ("ésimo", "ésima", "ésimos", "ésimas", "esimo", "esima", "esimos", "esimas")

VAGUE = with_plain(
    {**{f"{loose} {place}": power for loose in ("vários", "várias", "alguns", "algumas")
        for place, power in (("dezenas", 1), ("centenas", 2), ("milhares", 3),
                             ("milhões", 6))},
     "dezenas": 1, "centenas": 2, "milhares": 3, "dezenas de milhares": 4,
     "centenas de milhares": 5, "milhões": 6, "vários": 0, "várias": 0, "muitos": None,
     "muitas": None}
)  # fmt: skip

#: "uma dezena de feridos" is about ten, "uma centena" about a hundred, "um milhar" about a
#: thousand: round collective nouns read as "about", as "une dizaine" in French (their
#: plurals alone, "centenas de", are vague counts: VAGUE). Not "quinzena", a fortnight.
APPROX_MULTIPLIERS = {
    "dezena": 10, "dezenas": 10, "vintena": 20, "centena": 100, "centenas": 100,
    "milhar": 1000, "milhares": 1000,
}  # fmt: skip

#: Units after a number, singular and plural, and the pint expression each names.
MEASURES = with_plain(
    {
        **{f"{word}{s}": unit for word, unit in (
            ("quilômetro", "kilometer"), ("quilómetro", "kilometer"), ("metro", "meter"),
            ("centímetro", "centimeter"), ("milímetro", "millimeter"),
            ("quilograma", "kilogram"), ("quilo", "kilogram"), ("grama", "gram"),
            ("tonelada", "metric_ton"), ("litro", "liter"), ("milha", "mile"),
            ("hectare", "hectare"), ("megawatt", "megawatt"), ("pé", "foot"),
            ("polegada", "inch"), ("quilowatt", "kilowatt"), ("gigawatt", "gigawatt"),
            ("terawatt", "terawatt"),
        ) for s in ("", "s")},
        # energy: "21,4 terawatts-hora", "3 quilowatts-hora"
        **{f"{prefix}watt{s}{joint}hora": f"{unit}watt_hour"
           for prefix, unit in (("quilo", "kilo"), ("mega", "mega"), ("giga", "giga"),
                                ("tera", "tera"))
           for s in ("", "s") for joint in (" ", "-")},
        "quilômetros quadrados": "kilometer ** 2", "metros quadrados": "meter ** 2",
        "metros cúbicos": "meter ** 3", "quilômetros por hora": "kilometer / hour",
        "barril": "oil_barrel", "barris": "oil_barrel", "graus celsius": "degree_Celsius",
        "graus fahrenheit": "degree_Fahrenheit",
        # "40 graus" alone, as English reads "40 degrees"
        "grau": "degree", "graus": "degree",
        # spans of time, as English reads "six minutes" and "30 years"
        "segundo": "second", "segundos": "second", "minuto": "minute", "minutos": "minute",
        "hora": "hour", "horas": "hour", "dia": "day", "dias": "day", "semana": "week",
        "semanas": "week", "mês": "month", "meses": "month", "ano": "year", "anos": "year",
        "década": "decade", "décadas": "decade",
    }
)  # fmt: skip

DECIMAL, GROUPS = separators(_cldr.separators("pt"))

#: Verb forms that multiply wherever they stand (figcheck.extractors.ratio).
MULTIPLIER_VERBS = {
    "dobrou": "2", "dobraram": "2", "duplicou": "2", "duplicaram": "2",
    "triplicou": "3", "triplicaram": "3", "quadruplicou": "4",
}  # fmt: skip


#: Set phrases whose numbers are no figures: rounds of a cup ("quartas de final").
IDIOMS = (
    "quarta de final", "quartas de final", "quarto de final", "quartos de final",
    "oitava de final", "oitavas de final", "oitavos de final",
)  # fmt: skip


#: Streaks (figcheck.extractors.count): "pelo terceiro mês consecutivo", "a quinta alta
#: seguida".
STREAK_ORDINALS = {
    "primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3, "terceira": 3,
    "quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "sétimo": 7,
    "sétima": 7, "oitavo": 8, "oitava": 8, "nono": 9, "nona": 9, "décimo": 10, "décima": 10,
}  # fmt: skip
STREAK_UNITS = {
    "dia": "day", "semana": "week", "mês": "month", "trimestre": "quarter", "ano": "year",
    "sessão": "session", "pregão": "session", "vez": "time", "jogo": "game",
    "partida": "game", "temporada": "season", "reunião": "meeting", "alta": "rise",
    "aumento": "increase", "queda": "fall", "corte": "cut", "vitória": "win",
    "derrota": "defeat", "título": "title",
    # plurals that change more than their ending ("14 meses consecutivos")
    "meses": "month", "sessões": "session", "pregões": "session", "reuniões": "meeting",
}  # fmt: skip
STREAK_WORDS = ("consecutivo", "consecutiva", "seguido", "seguida")


LEXICON = Lexicon(
    code="pt",
    name="Portuguese",
    share_of=("de", "dos", "das", "de seus", "de suas"),
    share_or=("ou", "ou seja"),
    level_to=("para", "a"),
    level_from=("ante", "contra", "de"),
    streak_ordinals=STREAK_ORDINALS,
    streak_units=STREAK_UNITS,
    streak_words=STREAK_WORDS,
    base_before=("que", "desde", "em relação a", "face a", "ante", "comparado com", "frente a"),
    story_relative=("anterior", "seguinte", "mesmo", "antes", "depois", "mais tarde"),
    decimal=DECIMAL,
    groups=GROUPS,
    numbers=NUMBERS,
    scales=SCALES,
    tight_scales=TIGHT_SCALES,
    number_joiners=("e",),
    denominators=DENOMINATORS,
    denominator_suffixes=SUFFIXES,
    denominator_markers=("avos",),
    mixed_joiners=("e", "com"),
    decimal_words=("vírgula", "virgula"),
    over_words=("sobre",),
    multipliers=with_plain({"dúzia": 12, "dúzias": 12}),
    approx_multipliers=APPROX_MULTIPLIERS,
    half_words=("meio", "meia", "meios", "meias"),
    articles=("o", "a", "os", "as", "um", "uma", "uns", "umas"),
    of_words=("de", "do", "da", "dos", "das"),
    # "menos 5 graus"; not "pelo menos 5", "menos de 5"
    degree_negative_words=("menos",),
    below_zero_words=("negativos", "abaixo de zero", "abaixo de 0"),
    ordinal_marks=(r"\.?[ºª]",),
    clock_after=("horas", "hrs", "h"),
    clock_before=("às", "as"),
    currencies=CURRENCIES,
    wordy_currencies=frozenset({"real", "libra", "libras", "peso", "won"}),
    currency_links=("de",),
    months=_cldr.months("pt"),
    weekdays=_cldr.weekdays("pt"),
    qualifiers=QUALIFIERS,
    level_words=LEVEL_WORDS,
    change_verbs=CHANGE_VERBS,
    relative=RELATIVE,
    percent_words=("por cento", "%"),
    # "um quarto de ponto": a part of a point is a rate's move, as in French
    point_words=(
        "pontos percentuais", "ponto percentual", "p.p.", "pp", "de ponto percentual",
        "de ponto",
    ),  # fmt: skip
    basis_point_words=("pontos-base", "pontos base", "pontos básicos", "ponto-base", "pb"),
    loose_point_words=("pontos", "ponto"),
    range_between=("entre", "e"),
    and_words=("e",),
    rise_words=tuple(
        "subiu subiram sobe aumentou aumentaram aumenta cresceu cresceram cresce alta "
        "avançou avançaram".split()
    ),
    fall_words=tuple(
        "caiu caíram cai recuou recuaram recua diminuiu diminuíram queda baixa perdeu "
        "perderam".split()
    ),
    # "de 5 para 3%": "para" alone is "for" ("12 para 3 pessoas")
    range_from=("de", "para"),
    range_words=("a", "até"),
    vague=VAGUE,
    units=MEASURES,
    per_before=("por", "ao", "à", "o", "a"),
    per_adjectives=dict.fromkeys(("diário", "diários", "diária", "diárias"), "day")
    | dict.fromkeys(("anual", "anuais"), "year")
    | dict.fromkeys(("mensal", "mensais"), "month"),
    time_words=frozenset(
        with_plain(
            dict.fromkeys(
                "ano anos mês meses semana semanas dia dias hora horas minuto minutos "
                "segundo segundos década décadas século séculos".split()
            )
        )
    ),
    function_words=FUNCTION_WORDS["pt"],
    # ratios: "o dobro de", "três vezes mais", "dobrou", "um em cada cinco", "a metade de"
    multiplier_words={"dobro": "2", "triplo": "3", "quádruplo": "4"},
    multiplier_verbs=MULTIPLIER_VERBS,
    compare_words=("de", "do", "da", "dos", "das", "que", "mais", "menos", "maior", "superior"),
    times_words=("vezes",),
    multiplied_by=tuple(
        f"multiplic{e} por" for e in ("ado", "ada", "ados", "adas", "ou", "aram", "a", "am", "ar")
    ),
    divided_by=tuple(
        f"dividi{e} por" for e in ("do", "da", "dos", "das", "u", "ram", "r")
    ) + ("divide por", "dividem por"),
    share_joiners=("em cada", "de cada"),
    share_noun_between=True,
    half_shares={"metade": "0.5", "terça parte": "1/3", "quarta parte": "1/4"},
    half_ordinals=("primeira", "segunda", "1ª", "2ª"),
    half_by=("pela", "à", "para a"),
    share_wholes=with_plain(
        dict.fromkeys(("deles", "delas", "de nós", "destes", "destas", "desses", "dessas"))
    ),
    idioms=IDIOMS,
)
