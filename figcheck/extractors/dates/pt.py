"""Portuguese dates: "24 de agosto de 2023", "agosto de 2023", "o ano passado", "desde 1997".

Month and weekday names come from the Portuguese lexicon (CLDR); the small words here
are the rest. "set" and "out" abbreviate setembro and outubro and are English words:
an abbreviated month is read only beside "de", a "-" or "/", a year or an ordinal day.
"""

from __future__ import annotations

from figcheck.extractors.dates import localized as L

WORDS = L.DateWords(
    code="pt",
    marker=(
        "da", "das", "dos", "na", "nas", "em", "ao", "aos", "não", "é", "à", "até", "há",
        "hoje", "ontem", "amanhã", "anteontem", "seguinte", "último", "última", "próxima",
        "passada", "dia", "dias", "depois", "ano", "mês", "semana", "uma", "para", "que",
        "pelo", "pela", "desde", "entre", "este", "esta", "próximo", "passado", "segundo",
        "anos", "meses", "dias", "semanas",
        "em", "na", "nas", "nos",
        "se", "mas", "foi", "são", "seu", "sua", "pelos", "pelas", "mais", "também", "já",
    ),
    of=("de", "do", "da"),
    day_before=("no dia", "o dia", "dia", "no"),
    before=("o", "a", "os", "as", "no", "na", "nos", "nas", "em", "no dia", "o dia", "dia"),
    day_suffix=r"(?:\.?º|\.?ª|\.?°|o|a)?",
    relative_days={
        "hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2, "depois de amanhã": 2,
        "dia antes de ontem": -2, "dia depois de amanhã": 2, "dia seguinte": 1,
        "próximo dia": 1,
    },
    steps={
        "este": 0, "esta": 0, "neste": 0, "nesta": 0, "deste": 0, "desta": 0, "próximo": 1,
        "próxima": 1, "seguinte": 1, "que vem": 1, "passado": -1, "passada": -1,
        "último": -1, "última": -1, "anterior": -1,
        "próximos": 1, "próximas": 1, "passados": -1, "passadas": -1, "últimos": -1, "últimas": -1,
        "anteriores": -1, "seguintes": 1,
    },
    counted=("anterior", "anteriores", "seguinte", "seguintes"),
    units={
        "dia": "day", "semana": "week", "mês": "month", "ano": "year", "década": "decade",
        "trimestre": "quarter", "século": "century", "fim de semana": "weekend",
    },
    plural_units={
        "dias": "day", "semanas": "week", "meses": "month", "anos": "year",
        "décadas": "decade", "trimestres": "quarter", "séculos": "century",
    },
    seasons={"primavera": "spring", "verão": "summer", "outono": "autumn", "inverno": "winter"},
    month_before=(
        "em", "desde", "até", "de", "no mês de", "mês de", "durante", "início de", "fim de",
        "final de", "meados de",
    ),
    word_abbreviations=("mar", "set", "out", "dez", "ago", "mai", "jan"),
    week_numbers=("semana",),
    year_parts={"trimestre": 3, "semestre": 6},
    part_letters={"T": 3, "S": 6},
    edges={"início de": "early", "começo de": "early", "meados de": "mid", "fim de": "late",
           "final de": "late"},
    part_ordinals={"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4},
    rest_of=("resto do", "resto da", "restante do", "restante da"),
    to_date={"no acumulado do ano": "year", "acumulado do ano": "year",
             "acumulado no ano": "year", "desde o início do ano": "year",
             "desde o começo do ano": "year", "desde o início do mês": "month"},
    decade_before=("anos", "década de", "década dos anos", "década dos"),
    ago_before=("há", "faz"),
    ago_after=("atrás",),
    later_after=("depois", "mais tarde"),
    since=("desde", "a partir de"),
    until=("até",),
    earlier_than=("antes de", "antes do", "antes da"),
    later_than=("depois de", "depois do", "depois da", "após"),
    range_from=("de", "do", "desde"),
    range_to=("a", "ao", "até"),
    between=("entre",),
    range_and=("e",),
    extra_counts={"um": 1, "uma": 1, "duas": 2},
    ahead=("vai", "vão", "prevê", "preveem", "previsto", "prevista", "pretende", "planeja",
           "deve", "devem", "deveria", "deveriam"),
    future_endings=("rá", "rão"),
    clause_opens=("que", "quando", "após", "depois", "desde", "porque", "disse", "segundo",
                  "afirmou", "informou", "anunciou"),
)  # fmt: skip


def forms(vocab: L.Vocabulary) -> tuple:
    return (
        L.month_range(
            vocab,
            7,
            ("de janeiro a março de 2023", "entre janeiro e março", "janeiro/março"),
        ),
        L.day_range(vocab, 3, ("de 4 a 22 de janeiro de 2017", "entre 15 e 19 de novembro")),
        L.numeric_month(vocab, 17, ("em 11.2016", "o balanço de 03/2021")),
        L.numeric(vocab, 13, ("no 02/08 ele", "em 2.3.2017 ele")),
        L.day_month_year(
            vocab, 43, ("24 de agosto de 2023", "segunda-feira, 12 de janeiro", "1º de jan")
        ),
        L.month_year(vocab, 63, ("em agosto de 2023", "junho 2016")),
        L.year_part(vocab, 103, ("no primeiro trimestre de 2023", "no segundo semestre")),
        L.part_letter(vocab, 107, ("no 3T de 2023", "no 1S 2022")),
        L.weekday(vocab, 123, ("na sexta-feira", "próximo domingo", "domingo da semana passada")),
        L.relative_day(vocab, 133, ("ontem", "depois de amanhã", "hoje")),
        L.ago(vocab, 143, ("há dois anos", "3 semanas atrás", "dois dias depois")),
        L.span(vocab, 153, ("os últimos 3 anos", "as próximas duas semanas")),
        L.relative_unit(vocab, 163, ("o ano passado", "o mês passado", "este ano")),
        L.rest_of(vocab, 183, ("o resto do ano", "o restante da semana")),
        L.to_date(vocab, 184, ("no acumulado do ano", "desde o início do ano")),
        L.decade(vocab, 193, ("os anos 70", "a década de 1990", "anos noventa")),
        L.season(vocab, 203, ("este verão", "o inverno de 2016")),
        L.week_number(vocab, 213, ("a semana 31", "na semana 2")),
        L.month_alone(vocab, 223, ("em setembro", "no mês de março", "junho do ano passado")),
        L.bare_day(vocab, 263, ("voltou no dia 15.", "no dia 20 do próximo mês")),
    )
