"""Portuguese dates: text -> (figure text, kind, value, precision), published 2023-08-24."""

import pytest
from date_rows import d, found

ROWS = [
    # a month without its year that a verb in the future puts ahead (published in August)
    ("A lei entrará em vigor em abril, segundo o Governo.",
     [d("em abril", "2024-04-01", "2024-04-30", "month")]),
    ("O Governo vai reduzir o déficit até o fim de março, disse o ministro das Finanças.",
     [d("até o fim de março", None, "2024-03-31", "month", "period")]),
    ("As vendas caíram em abril.", [d("em abril", "2023-04-01", "2023-04-30", "month")]),
    # "deve"/"devem" + infinitive: what is to happen, as news copy says it
    ("As negociações devem ser retomadas em 7 de abril.",
     [d("7 de abril", "2024-04-07")]),
    ("A votação deve acontecer em março.", [d("em março", "2024-03-01", "2024-03-31", "month")]),
    # a weekday with its day in brackets, as Brazilian copy writes it: one date when they
    # agree, the weekday alone when they do not
    ("O IBGE informou nesta quinta-feira (24) que a inflação caiu.",
     [d("nesta quinta-feira (24)", "2023-08-24")]),
    ("O IBGE informou nesta quarta-feira (24) que a inflação caiu.",
     [d("nesta quarta-feira", "2023-08-23")]),
    # a dateline's abbreviated month, an ordinary word too, before the agency's bracket
    ("SÃO PAULO, 17 ago (Eurowire) - O incêndio já queimou as matas da serra e não foi contido.",
     [d("17 ago", "2023-08-17")]),
    ("LISBOA, 3 out (Lusa) - O Governo aprovou o plano, que não foi votado pelos deputados.",
     [d("3 out", "2022-10-03")]),
    # "agosto" holds "ago", and counts from no date before it
    ("Em 10 de setembro de 2024 o IBGE disse que o IPCA recuou 0,02% em agosto.",
     [d("10 de setembro de 2024", "2024-09-10"), d("em agosto", "2023-08-01", "2023-08-31",
                                                     "month")]),
    # before and after a date: open periods that end or start the day beside it
    ("Antes de março de 2026 não haverá cortes dos juros.",
     [d("Antes de março de 2026", None, "2026-02-28", "month", "period")]),
    ("Após 2020 os preços subiram mais, segundo o banco.",
     [d("Após 2020", "2021-01-01", None, "year", "period")]),
    (
        "O acordo foi assinado em 24 de agosto de 2023 em Brasília.",
        [d("24 de agosto de 2023", "2023-08-24")],
    ),
    (
        "A inflação subiu em agosto de 2023.",
        [d("agosto de 2023", "2023-08-01", "2023-08-31", "month")],
    ),
    (
        "Ele chega na sexta-feira, 25 de agosto de 2023, ao Rio.",
        [d("sexta-feira, 25 de agosto de 2023", "2023-08-25")],
    ),
    (
        "O ano passado foi difícil para a empresa.",
        [d("O ano passado", "2022-01-01", "2022-12-31", "year")],
    ),
    (
        "O mês passado foi bom para as vendas.",
        [d("O mês passado", "2023-07-01", "2023-07-31", "month")],
    ),
    (
        "Desde 1997 a empresa cresce.",
        [d("Desde 1997", "1997-01-01", None, "year", "period")],
    ),
    (
        "De 2016 a 2019 a dívida da empresa subiu.",
        [d("De 2016 a 2019", "2016-01-01", "2019-12-31", "year", "period")],
    ),
    (
        "Entre 2016 e 2019 o PIB cresceu.",
        [d("Entre 2016 e 2019", "2016-01-01", "2019-12-31", "year", "period")],
    ),
    ("Há dois anos a taxa era menor.", [d("Há dois anos", "2021-01-01", "2021-12-31", "year")]),
    ("Ontem o mercado caiu, e hoje subiu.", [d("Ontem", "2023-08-23"), d("hoje", "2023-08-24")]),
    # a recurring weekday is read as the last such day, as English reads "on Fridays"
    ("A feira abre nas sextas-feiras.", [d("sextas-feiras", "2023-08-18")]),
    # "set" and "out" abbreviate setembro and outubro only beside "de", a year or a dash
    ("Na final, o time venceu 3 set a 1 e saiu.", []),
    ("O prazo acaba em 3 de out de 2023.", [d("3 de out de 2023", "2023-10-03")]),
    (
        "As vendas caíram em fev, segundo o relatório.",
        [d("em fev", "2023-02-01", "2023-02-28", "month")],
    ),
    # "dez" is ten and "mar" the sea: no month without the word for month
    ("Ele viu o mar em dez dias.", []),
    ("O relatório sai no mês de out.", [d("no mês de out.", "2022-10-01", "2022-10-31", "month")]),
    (
        "Na década de 1990 a dívida cresceu.",
        [d("década de 1990", "1990-01-01", "1999-12-31", "decade")],
    ),
    (
        "A inflação subiu 3 % no acumulado do ano.",
        [d("no acumulado do ano", "2023-01-01", "2023-08-24", "day", "period")],
    ),
    ("O resto do mês será seco.", [d("resto do mês", "2023-08-24", "2023-08-31", "day", "period")]),
    (
        "O lucro da empresa caiu no primeiro trimestre de 2023, segundo o balanço.",
        [d("primeiro trimestre de 2023", "2023-01-01", "2023-03-31", "quarter")],
    ),
    (
        "Segundo o IBGE, as vendas caíram de janeiro a março de 2023 e não subiram.",
        [d("de janeiro a março de 2023", "2023-01-01", "2023-03-31", "month", "period")],
    ),
    # two months joined by a dash or slash: one period, its end the latest such month
    (
        "O desemprego caiu em julho-setembro, segundo o IBGE.",
        [d("julho-setembro", "2022-07-01", "2022-09-30", "month", "period")],
    ),
    (
        "As vendas caíram em novembro/fevereiro.",
        [d("novembro/fevereiro", "2022-11-01", "2023-02-28", "month", "period")],
    ),
    (
        "O PIB subiu em março-abril de 2020.",
        [d("março-abril de 2020", "2020-03-01", "2020-04-30", "month", "period")],
    ),
    # abbreviated months with their dot, joined by a dash: a period as "janeiro-março" is
    (
        "Em fev.-abr. 2021 os aluguéis subiram.",
        [d("fev.-abr. 2021", "2021-02-01", "2021-04-30", "month", "period")],
    ),
    # a quarter named by its number and letter before a year, as English "Q2 2021"
    (
        "No 2T de 2021 o lucro da empresa não foi bom.",
        [d("2T de 2021", "2021-04-01", "2021-06-30", "quarter")],
    ),
    # before the end of a year is by its last day, as "by the end of" is
    ("A fábrica abrirá antes do fim de 2027, segundo a empresa.",
     [d("antes do fim de 2027", None, "2027-12-31", "year", "period")]),
    ("A fábrica abrirá antes do final de 2027, segundo a empresa.",
     [d("antes do final de 2027", None, "2027-12-31", "year", "period")]),
    ("A fábrica abrirá antes de 2027, segundo a empresa.",
     [d("antes de 2027", None, "2026-12-31", "year", "period")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_portuguese(text, expected):
    assert found(text) == expected
