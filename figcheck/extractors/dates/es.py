"""Spanish dates: "el 24 de agosto de 2023", "agosto de 2023", "el año pasado", "desde 1997".

Month and weekday names come from the Spanish lexicon (CLDR); the small words here
are the rest. "mar" is both March and martes: an abbreviated month is read only
beside a day or a year ("1-mar", "mar de 2020"), and a weekday only written out.
"""

from __future__ import annotations

from figcheck.extractors.dates import localized as L

WORDS = L.DateWords(
    code="es",
    marker=(
        "el", "del", "y", "que", "por", "una", "desde", "hasta",
        "entre", "hace", "año", "mes", "semana", "hoy", "ayer", "mañana", "este", "esta",
        "pasado", "próximo", "fue", "según", "más", "anteayer", "próxima", "siguiente", "último",
        "última", "pasada", "día",
        "años", "meses", "semanas", "días",
        "en",
        "se", "un", "lo", "su", "sus", "al", "como", "pero", "muy", "ha", "han", "está",
    ),
    of=("de", "del"),
    day_before=("el",),
    before=("el", "la", "los", "las", "en", "del", "al"),
    day_suffix=r"(?:ro|ra|do|da|er|to|ta|vo|va|mo|ma|no|na|\.?º|\.?ª|\.?°)?",
    relative_days={
        "hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "antier": -2,
        "pasado mañana": 2, "el día antes de ayer": -2, "el día después de mañana": 2,
        "el día siguiente": 1, "el próximo día": 1,
    },
    steps={
        "este": 0, "esta": 0, "actual": 0, "próximo": 1, "próxima": 1, "siguiente": 1,
        "que viene": 1, "entrante": 1, "pasado": -1, "pasada": -1, "último": -1,
        "última": -1, "anterior": -1,
        "próximos": 1, "próximas": 1, "pasados": -1, "pasadas": -1, "últimos": -1, "últimas": -1,
        "anteriores": -1, "siguientes": 1,
    },
    counted=("anterior", "anteriores", "siguiente", "siguientes"),
    units={
        "día": "day", "semana": "week", "mes": "month", "año": "year", "década": "decade",
        "trimestre": "quarter", "siglo": "century", "fin de semana": "weekend",
    },
    plural_units={
        "días": "day", "semanas": "week", "meses": "month", "años": "year",
        "décadas": "decade", "trimestres": "quarter", "siglos": "century",
    },
    seasons={"primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter"},
    month_before=(
        "en", "desde", "hasta", "de", "el mes de", "mes de", "durante", "para",
        "a principios de", "a finales de", "a mediados de", "a fines de",
    ),
    word_abbreviations=("mar", "ago"),
    week_numbers=("semana",),
    year_parts={"trimestre": 3, "semestre": 6},
    part_letters={"T": 3, "S": 6},
    edges={"principios de": "early", "comienzos de": "early", "inicios de": "early",
           "mediados de": "mid", "finales de": "late", "fines de": "late", "final de": "late",
           "fin de": "late"},
    part_ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3,
                   "cuarto": 4},
    rest_of=("resto de", "resto del", "lo que queda de", "lo que queda del", "lo que resta de",
             "lo que resta del"),
    to_date={"lo que va de año": "year", "lo que va del año": "year", "lo que va de mes": "month",
             "lo que va del mes": "month", "el acumulado del año": "year",
             "el acumulado anual": "year"},
    decade_before=("años", "década de", "década de los", "decenio de", "decenio de los"),
    ago_before=("hace",),
    later_after=("después", "más tarde"),
    since=("desde", "a partir de"),
    until=("hasta",),
    earlier_than=("antes de", "antes del"),
    later_than=("después de", "después del", "tras"),
    range_from=("de", "del", "desde"),
    range_to=("a", "al", "hasta"),
    between=("entre",),
    range_and=("y",),
    extra_days={"primer": 1, "tercer": 3, "undécimo": 11, "duodécimo": 12},
    extra_counts={"un": 1, "una": 1},
    not_tomorrow_before=("la", "esta", "una", "cada", "media", "toda"),
    ahead=("va a", "van a", "prevé", "prevén", "previsto", "prevista", "está previsto",
           "se espera", "espera", "planea", "pretende", "debe", "deben", "debería",
           "deberían"),
    future_endings=("rá", "rán"),
    clause_opens=("que", "cuando", "tras", "después", "desde", "porque", "dijo", "según",
                  "afirmó", "informó", "señaló", "anunció", "aseguró"),
)  # fmt: skip


def forms(vocab: L.Vocabulary) -> tuple:
    return (
        L.month_range(
            vocab,
            5,
            ("de enero a marzo de 2023", "entre enero y marzo", "enero-marzo"),
        ),
        L.day_range(vocab, 1, ("del 4 al 22 de enero de 2017", "entre el 15 y el 19 de mayo")),
        L.numeric_month(vocab, 15, ("en 11.2016", "el informe de 03/2021")),
        L.numeric(vocab, 11, ("el 02/08 llegó", "el 2.3.2017 cerró")),
        L.day_month_year(
            vocab,
            41,
            ("el 24 de agosto de 2023", "el lunes 12 de enero", "1-ene", "primero de mayo"),
        ),
        L.month_year(vocab, 61, ("en agosto de 2023", "junio 2016", "agosto de 99")),
        L.year_part(
            vocab, 101, ("el primer trimestre de 2023", "el segundo semestre del año pasado")
        ),
        L.part_letter(vocab, 106, ("en el 3T de 2023", "el S1 2022")),
        L.weekday(
            vocab, 121, ("el viernes", "el próximo domingo", "el domingo de la semana pasada")
        ),
        L.relative_day(vocab, 131, ("llegó ayer", "vuelve pasado mañana", "hoy")),
        L.ago(vocab, 141, ("hace dos años", "hace 3 semanas", "dos días después")),
        L.span(vocab, 151, ("los últimos 3 años", "las próximas dos semanas")),
        L.relative_unit(vocab, 161, ("el año pasado", "el mes pasado", "este año")),
        L.rest_of(vocab, 185, ("el resto del año", "lo que queda de semana")),
        L.to_date(vocab, 186, ("en lo que va de año", "en lo que va del mes")),
        L.decade(vocab, 191, ("los años 70", "la década de 1990", "los años noventa")),
        L.season(vocab, 201, ("este verano", "el invierno de 2016")),
        L.week_number(vocab, 211, ("la semana 31", "desde la semana 2")),
        L.month_alone(vocab, 221, ("en septiembre", "el próximo junio", "junio del año pasado")),
        L.bare_day(vocab, 261, ("volvió el 15.", "el 20 del próximo mes")),
    )
