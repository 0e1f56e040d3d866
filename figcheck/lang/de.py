"""German.

German writes a number as one word, units before tens ("dreihundertsiebenundvierzig"
= 347): the lexicon lists 21-99 as words of their own ("siebenundvierzig") and the
reader splits a long word into the words it holds. "Milliarde" is 10⁹ and "Billion"
10¹² (the long scale). Decimals take a comma and thousands a dot or a space, as CLDR
gives for "de"; Swiss copy groups with an apostrophe ("1'250").
"""

from __future__ import annotations

from figcheck.lang import INDIAN_SCALES, PESOS, Lexicon, _cldr, separators
from figcheck.lang.detect import FUNCTION_WORDS

_UNITS = "null eins zwei drei vier fünf sechs sieben acht neun".split()
_TEENS = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
_TENS = "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
#: The units as they stand before "und" and "hundert": "einundzwanzig", "einhundert".
_JOINED_UNITS = ["ein", *_UNITS[2:]]


def ascii_spellings(table: dict[str, int]) -> dict[str, int]:
    """``table`` with each key also as written without umlauts and ß ("fuenf", "dreissig")."""
    swap = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    out = {key.translate(swap): value for key, value in table.items()}
    out.update(table)
    return out


NUMBERS = ascii_spellings(
    {
        **{word: n for n, word in enumerate(_UNITS)},
        **{word: 10 + n for n, word in enumerate(_TEENS)},
        **{word: 20 + 10 * n for n, word in enumerate(_TENS)},
        **{
            f"{unit}und{ten}": 20 + 10 * t + u
            for t, ten in enumerate(_TENS)
            for u, unit in enumerate(_JOINED_UNITS, start=1)
        },
        # the article is the number one too: "eine Million", "einen Euro"
        "hundert": 100, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
        "zwo": 2,
    }
)  # fmt: skip

SCALES = {
    "hundert": 2, "tausend": 3, "million": 6, "millionen": 6, "milliarde": 9,
    "milliarden": 9, "billion": 12, "billionen": 12, "billiarde": 15, "billiarden": 15,
    "trillion": 18, "trillionen": 18,
    **INDIAN_SCALES,
}  # fmt: skip

TIGHT_SCALES = {
    "Tsd.": 3, "Tsd": 3, "Mio.": 6, "Mio": 6, "Mill.": 6, "Mrd.": 9, "Mrd": 9, "Md.": 9,
    "Mia.": 9, "Bio.": 12, "k": 3,
}  # fmt: skip

DENOMINATORS = ascii_spellings(
    {
        "halb": 2, "halbe": 2, "halber": 2, "halbes": 2, "halben": 2, "drittel": 3,
        "viertel": 4, "fünftel": 5, "sechstel": 6, "siebtel": 7, "achtel": 8, "neuntel": 9,
        "zehntel": 10, "hundertstel": 100, "tausendstel": 1000, "millionstel": 10**6,
    }
)  # fmt: skip

CURRENCIES = ascii_spellings(
    {
        "dollar": "USD", "us-dollar": "USD", "kanadische dollar": "CAD",
        "kanadischen dollar": "CAD", "australische dollar": "AUD",
        "australischen dollar": "AUD", "hongkong-dollar": "HKD", "euro": "EUR",
        "pfund": "GBP", "pfund sterling": "GBP", "britische pfund": "GBP",
        "britischen pfund": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
        "rubel": "RUB", "won": "KRW", "lira": "TRY", "türkische lira": "TRY",
        "franken": "CHF", "schweizer franken": "CHF", "rupie": "INR", "rupien": "INR",
        "indische rupien": "INR", "real": "BRL", "peso": PESOS, "pesos": PESOS,
        "philippinische pesos": "PHP", "mexikanische pesos": "MXN",
        "schwedische kronen": "SEK", "norwegische kronen": "NOK", "dänische kronen": "DKK",
        "mark": "DEM", "d-mark": "DEM", "finnische mark": "FIM", "bitcoin": "BTC",
        "cent": "EUR/100", "rappen": "CHF/100", "pence": "GBP/100", "riel": "KHR",
        "kambodschanische riel": "KHR", "kambodschanischen riel": "KHR",
    }
)  # fmt: skip

QUALIFIERS = ascii_spellings(
    {
        "nur": "exact", "lediglich": "exact", "genau": "exact", "rund": "approx",
        "etwa": "approx", "ungefähr": "approx", "circa": "approx", "ca.": "approx",
        "zirka": "approx", "fast": "upper", "beinahe": "upper", "knapp": "upper",
        "bis zu": "upper", "weniger als": "upper", "unter": "upper", "höchstens": "upper",
        "mehr als": "lower", "über": "lower", "mindestens": "lower", "gut": "lower",
    }
)  # fmt: skip

RELATIVE = ascii_spellings(
    {
        "letztes jahr": ("year", -1), "im vergangenen jahr": ("year", -1),
        "vergangenes jahr": ("year", -1), "im vorigen jahr": ("year", -1),
        "dieses jahr": ("year", 0), "nächstes jahr": ("year", 1),
        "letzten monat": ("month", -1), "im vergangenen monat": ("month", -1),
        "letzte woche": ("week", -1), "vergangene woche": ("week", -1),
        "gestern": ("day", -1), "heute": ("day", 0),
    }
)  # fmt: skip

VAGUE = ascii_spellings(
    {"dutzende": 1, "hunderte": 2, "tausende": 3, "zehntausende": 4,
     "hunderttausende": 5, "millionen": 6, "mehrere": 0, "einige": 0, "viele": None,
     # a loose word before a place word: of that order, "mehrere tausend" (not 1,000)
     **{f"{loose} {place}": power for loose in ("mehrere", "einige", "ein paar")
        for place, power in (("dutzend", 1), ("hundert", 2), ("tausend", 3))}}
)  # fmt: skip

#: Units after a number that English unit names do not already read ("Kilometer" does),
#: and the pint expression each names.
MEASURES = ascii_spellings(
    {
        "tonne": "metric_ton", "tonnen": "metric_ton", "quadratkilometer": "kilometer ** 2",
        "quadratmeter": "meter ** 2", "kubikmeter": "meter ** 3", "hektar": "hectare",
        "kilometer pro stunde": "kilometer / hour", "stundenkilometer": "kilometer / hour",
        "meile": "mile", "meilen": "mile", "gramm": "gram", "kilogramm": "kilogram",
        "fuß": "foot",
        "grad celsius": "degree_Celsius", "grad fahrenheit": "degree_Fahrenheit",
        # "40 Grad" alone, as English reads "40 degrees"
        "grad": "degree", "liter": "liter", "zentimeter": "centimeter",
        "millimeter": "millimeter",
        "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt",
        "terawatt": "terawatt", "kilowattstunde": "kilowatt_hour",
        "kilowattstunden": "kilowatt_hour", "megawattstunde": "megawatt_hour",
        "megawattstunden": "megawatt_hour", "gigawattstunde": "gigawatt_hour",
        "gigawattstunden": "gigawatt_hour", "terawattstunde": "terawatt_hour",
        "terawattstunden": "terawatt_hour",
        # spans of time, as English reads "six minutes" and "30 years"
        "sekunde": "second", "sekunden": "second", "minute": "minute", "minuten": "minute",
        "stunde": "hour", "stunden": "hour", "tag": "day", "tage": "day", "tagen": "day",
        "woche": "week", "wochen": "week", "monat": "month", "monate": "month",
        "monaten": "month", "jahr": "year", "jahre": "year", "jahren": "year",
        "jahrzehnt": "decade", "jahrzehnte": "decade", "jahrzehnten": "decade",
        # a span as an adjective joined to its number, as English "a 72-hour strike": "ein
        # 72-stündiger Streik", "die 34-jährige Feuerwehrfrau", and a person by age, "der 34-Jährige"
        **{f"{stem}{ending}": unit
           for stem, unit in (("minütig", "minute"), ("stündig", "hour"), ("tägig", "day"),
                              ("wöchig", "week"), ("monatig", "month"), ("jährig", "year"))
           for ending in ("", "e", "en", "er", "es", "em")},
    }
)  # fmt: skip

#: Words that open a sentence far more often than they follow a rank: "auf 147. Die
#: Behörden" ends a sentence on 147, where "der 2. Weltkrieg" is a rank.
SENTENCE_OPENERS = sorted(
    {*FUNCTION_WORDS["de"], "am", "in", "zum", "zur", "vom", "er", "sie", "wir", "ich", "man",
     "laut", "seit", "damit", "dabei", "dann", "dies", "diese", "dieser", "doch", "so", "zudem",
     "außerdem", "allerdings", "insgesamt", "demnach", "bereits", "nun"}
)  # fmt: skip
_OPENER = "|".join(w[:1].upper() + w[1:] for w in SENTENCE_OPENERS)

DECIMAL, GROUPS = separators(_cldr.separators("de"), "'", "’")

#: "jeder fünfte", "jede dritte Firma", "jedes zehnte Kind": one in five, three, ten.
EVERY_NTH = ascii_spellings(
    {
        f"{stem}{ending}": whole
        for stem, whole in (
            ("zweite", 2), ("dritte", 3), ("vierte", 4), ("fünfte", 5), ("sechste", 6),
            ("siebte", 7), ("achte", 8), ("neunte", 9), ("zehnte", 10), ("zwanzigste", 20),
            ("hundertste", 100), ("tausendste", 1000),
        )
        for ending in ("", "r", "s", "n", "m")
    }
)  # fmt: skip

#: Verb forms that multiply wherever they stand (figcheck.extractors.ratio).
MULTIPLIER_VERBS = {
    "verdoppelt": "2", "verdoppelte": "2", "verdoppelten": "2", "verdreifacht": "3",
    "verdreifachte": "3", "vervierfacht": "4", "halbiert": "0.5", "halbierte": "0.5",
}  # fmt: skip


#: Streaks (figcheck.extractors.count): "zum fünften Mal in Folge", "im dritten Monat
#: hintereinander" (every inflected form of an ordinal a key).
STREAK_ORDINALS = {
    f"{stem}{ending}": n
    for stem, n in (
        ("erst", 1), ("zweit", 2), ("dritt", 3), ("viert", 4), ("fünft", 5), ("sechst", 6),
        ("siebt", 7), ("acht", 8), ("neunt", 9), ("zehnt", 10), ("elft", 11), ("zwölft", 12),
    )
    for ending in ("e", "en", "er", "es")
}  # fmt: skip
STREAK_UNITS = {
    "tag": "day", "woche": "week", "monat": "month", "quartal": "quarter", "jahr": "year",
    "sitzung": "session", "handelstag": "session", "mal": "time", "spiel": "game",
    "saison": "season", "anstieg": "rise", "rückgang": "fall", "zinserhöhung": "hike",
    "zinssenkung": "cut", "sieg": "win", "niederlage": "defeat", "titel": "title",
}  # fmt: skip
STREAK_WORDS = ("in folge", "hintereinander", "nacheinander")


LEXICON = Lexicon(
    code="de",
    name="German",
    share_of=("von", "der", "von den", "seiner", "ihrer"),
    share_or=("oder", "also"),
    level_to=("auf",),
    level_from=("von", "nach", "gegenüber"),
    streak_ordinals=STREAK_ORDINALS,
    streak_units=STREAK_UNITS,
    streak_words=STREAK_WORDS,
    base_before=("als", "seit", "gegenüber", "im vergleich zu", "verglichen mit"),
    story_relative=(
        "vorjahr", "folgejahr", "vorherig", "folgend", "selben", "zuvor", "davor", "später",
        "früher", "danach",
    ),
    decimal=DECIMAL,
    groups=GROUPS,
    numbers=NUMBERS,
    scales=SCALES,
    tight_scales=TIGHT_SCALES,
    denominators=DENOMINATORS,
    denominator_suffixes=("tel", "stel"),
    # "zweiundeinhalb", and "einundhalb" as copy writes it too: a half joined by "und"
    fraction_words={"einhalb": "0.5", "anderthalb": "1.5", "undeinhalb": "0.5", "undhalb": "0.5"},
    mixed_joiners=("und",),
    decimal_words=("komma",),
    multipliers={"dutzend": 12},
    articles=("der", "die", "das", "den", "dem", "ein", "eine", "einen"),
    # "ein Viertel aller Befragten": "aller" is "of all"
    of_words=("der", "des", "von", "aller"),
    negative_words=("minus",),
    below_zero_words=("unter null", "unter 0"),
    # "am 3. Oktober", "der 2. Weltkrieg": a dot after digits inside a sentence is a rank;
    # before a capitalised sentence opener ("147. Die Behörden") it ends the sentence.
    clock_after=("Uhr",),
    clock_before=("um", "gegen"),
    ordinal_marks=(rf"\.(?=[^\S\n]*(?-i:[a-zäöüß(]|(?!(?:{_OPENER})\b)[A-ZÄÖÜ]))",),
    currencies=CURRENCIES,
    wordy_currencies=frozenset({"mark", "real", "won", "peso"}),
    months=_cldr.months("de"),
    weekdays=_cldr.weekdays("de"),
    qualifiers=QUALIFIERS,
    # one thing and its amount; a plural is as often a class above a line ("Spenden über
    # 5000 Euro" must be declared): only the singular nouns
    amount_after={
        "über": (
            "vertrag", "vertrags", "rechnung", "scheck", "kredit", "darlehen", "anleihe",
            "auftrag", "angebot", "gebot", "bürgschaft", "zusage", "laufzeit", "zeitraum",
            "vereinbarung", "abkommen", "paket", "deal", "strecke", "distanz",
        ),
    },
    relative=RELATIVE,
    # "eine 3-prozentige Erhöhung": the adjective, joined by a hyphen
    percent_words=(
        "prozent",
        "%",
        "v. h.",
        "vh",
        *(f"-prozentig{e}" for e in ("", "e", "er", "en", "es", "em")),
    ),
    point_words=("prozentpunkte", "prozentpunkten", "prozentpunkt", "pp"),
    basis_point_words=("basispunkte", "basispunkten", "basispunkt", "bp"),
    loose_point_words=("punkte", "punkten", "punkt"),
    range_between=("zwischen", "und"),
    and_words=("und",),
    rise_words=tuple(
        "stieg stiegen steigt gestiegen wuchs wuchsen wächst gewachsen zugelegt legte legten "
        "Anstieg Zuwachs erhöht gefestigt aufgewertet".split()
    ),
    fall_words=(
        *"sank sanken sinkt gesunken fiel fielen fällt gefallen Rückgang verlor verloren "
        "gesenkt abgeschwächt nachgegeben abgewertet".split(),
        # "gab um 0,8 Prozent nach": the verb's "nach" comes after the figure
        "gab um",
        "gaben um",
    ),
    range_from=("von", "auf"),
    range_words=("bis",),
    vague=VAGUE,
    units=MEASURES,
    unit_false_friends=frozenset({"ton", "tons"}),
    per_before=("pro", "je", "im", "die", "das", "den"),
    per_adjectives=dict.fromkeys(("täglich", "pro tag"), "day")
    | dict.fromkeys(("jährlich",), "year")
    | dict.fromkeys(("monatlich",), "month"),
    time_words=frozenset(
        ascii_spellings(
            dict.fromkeys(
                "jahr jahre jahren monat monate monaten woche wochen tag tage tagen stunde "
                "stunden minute minuten sekunde sekunden jahrzehnt jahrzehnte".split(),
                0,
            )
        )
    ),
    function_words=FUNCTION_WORDS["de"],
    # ratios: "doppelt so viele", "drei Mal so hoch", "verdoppelt", "die Hälfte der"
    multiplier_words={"doppelt": "2", "dreifach": "3", "vierfach": "4"},
    multiplier_verbs=MULTIPLIER_VERBS,
    compare_words=("so", "mehr", "höher", "größer"),
    times_words=("mal",),
    half_shares={"hälfte": "0.5"},
    half_ordinals=("erste", "ersten", "erster", "zweite", "zweiten", "zweiter", "letzte",
                   "letzten"),
    half_by=("um die", "auf die"),
    share_wholes=("davon", "von ihnen", "von uns", "von euch", "von diesen"),
    # "zwei von drei Befragten"; "jeder fünfte Deutsche"
    share_joiners=("von",),
    every_words=("jeder", "jede", "jedes", "jeden", "jedem"),
    every_nth=EVERY_NTH,
)
