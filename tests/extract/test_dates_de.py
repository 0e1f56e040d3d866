"""German dates: text -> (figure text, kind, value, precision), published 2023-08-24."""

import pytest
from date_rows import d, found

ROWS = [
    # a month without its year that "wird" or "soll" puts ahead (published in August)
    ("Die Regierung wird das Defizit bis Ende März senken.",
     [d("bis Ende März", None, "2024-03-31", "month", "period")]),
    ("Das Gesetz soll im April in Kraft treten.",
     [d("im April", "2024-04-01", "2024-04-30", "month")]),
    ("Der Umsatz fiel im April deutlich.", [d("im April", "2023-04-01", "2023-04-30", "month")]),
    ("Er wird bleiben, sagte der Chef, der im April kam.",
     [d("im April", "2023-04-01", "2023-04-30", "month")]),
    # before and after a date: open periods that end or start the day beside it
    ("Vor März 2026 sinken die Zinsen nicht.",
     [d("Vor März 2026", None, "2026-02-28", "month", "period")]),
    ("Nach 2020 stiegen die Preise stark.", [d("Nach 2020", "2021-01-01", None, "year", "period")]),
    # counted from the date the sentence names, not from publication
    (
        "Die Inflation lag 2021 bei 3,1 Prozent, nach 0,5 Prozent im Vorjahr.",
        [d("2021", "2021-01-01", "2021-12-31", "year"),
         d("im Vorjahr", "2020-01-01", "2020-12-31", "year")],
    ),
    ("Am 24. August 2023 stimmte der Rat zu.", [d("24. August 2023", "2023-08-24")]),
    (
        "Der Bericht vom August 2023 zeigt das.",
        [d("August 2023", "2023-08-01", "2023-08-31", "month")],
    ),
    (
        "Am Dienstag, den 22. August 2023 wurde gewählt.",
        [d("Dienstag, den 22. August 2023", "2023-08-22")],
    ),
    ("Die Daten vom 2.3.2017 wurden korrigiert.", [d("2.3.2017", "2017-03-02")]),
    ("Seit 1998 ist er im Amt.", [d("Seit 1998", "1998-01-01", None, "year", "period")]),
    (
        "Von 2016 bis 2019 stieg die Zahl.",
        [d("Von 2016 bis 2019", "2016-01-01", "2019-12-31", "year", "period")],
    ),
    (
        "Zwischen 2016 und 2019 stieg der Preis.",
        [d("Zwischen 2016 und 2019", "2016-01-01", "2019-12-31", "year", "period")],
    ),
    ("Letztes Jahr sank der Umsatz.", [d("Letztes Jahr", "2022-01-01", "2022-12-31", "year")]),
    ("Im Vorjahr sank der Umsatz.", [d("Im Vorjahr", "2022-01-01", "2022-12-31", "year")]),
    (
        "Vor zwei Jahren war die Rate niedriger.",
        [d("Vor zwei Jahren", "2021-01-01", "2021-12-31", "year")],
    ),
    (
        "Im März stieg die Zahl der Arbeitslosen.",
        [d("Im März", "2023-03-01", "2023-03-31", "month")],
    ),
    # "heute Morgen" is this morning, not tomorrow
    ("Heute Morgen stieg der Kurs.", [d("Heute", "2023-08-24")]),
    # "hier" is here in German, yesterday only in French
    ("Der Text ist hier zu lesen, und wir sind hier.", []),
    (
        "In den 80er Jahren wuchs die Stadt.",
        [d("80er Jahren", "1980-01-01", "1989-12-31", "decade")],
    ),
    ("Er ist 80 Jahre alt.", []),
    (
        "Der Kurs fiel seit Jahresbeginn um 9 Prozent.",
        [d("seit Jahresbeginn", "2023-01-01", "2023-08-24", "day", "period")],
    ),
    (
        "Für den Rest des Jahres bleibt der Zins hoch.",
        [d("Rest des Jahres", "2023-08-24", "2023-12-31", "day", "period")],
    ),
    ("Die Lieferung kam in der KW 31.", [d("KW 31", "2023-07-31", "2023-08-06", "week")]),
    ("Die Zahlen (Stand: 03/2021) sind alt.", [d("03/2021", "2021-03-01", "2021-03-31", "month")]),
    (
        "Im ersten Quartal 2023 sank der Gewinn.",
        [d("ersten Quartal 2023", "2023-01-01", "2023-03-31", "quarter")],
    ),
    (
        "Im zweiten Halbjahr zog der Absatz an.",
        [d("zweiten Halbjahr", "2023-07-01", "2023-12-31", "quarter")],
    ),
    (
        "Von Januar bis März sank der Absatz.",
        [d("Von Januar bis März", "2023-01-01", "2023-03-31", "month", "period")],
    ),
    (
        "Seit Anfang 2022 stiegen die Preise.",
        [d("Seit Anfang 2022", "2022-01-01", None, "year", "period")],
    ),
    ("Ende 2022 sank der Absatz.", [d("Ende 2022", "2022-01-01", "2022-12-31", "year")]),
    # two months joined by a dash or slash: one period, its end the latest such month
    (
        "Der Absatz stieg im Juli–September.",
        [d("Juli–September", "2022-07-01", "2022-09-30", "month", "period")],
    ),
    (
        "Die Preise fielen im November-Februar.",
        [d("November-Februar", "2022-11-01", "2023-02-28", "month", "period")],
    ),
    (
        "Die Preise fielen im März-April 2020.",
        [d("März-April 2020", "2020-03-01", "2020-04-30", "month", "period")],
    ),
    ("Die März-Zahlen sind alt.", []),
    # abbreviated months with their dot, joined by a dash: a period as "Juli–September" is
    (
        "Im Zeitraum Feb.–Apr. 2021 stiegen die Mieten.",
        [d("Feb.–Apr. 2021", "2021-02-01", "2021-04-30", "month", "period")],
    ),
    # before the end of a year is by its last day, as "by the end of" is
    ("Das Werk soll vor Ende 2027 öffnen, teilte der Konzern mit.",
     [d("vor Ende 2027", None, "2027-12-31", "year", "period")]),
    ("Das Werk soll vor 2027 öffnen, teilte der Konzern mit.",
     [d("vor 2027", None, "2026-12-31", "year", "period")]),
    # until the start of a year ends on its first day, as "by early 2027" does
    ("Das Werk soll bis Anfang 2027 öffnen, teilte der Konzern mit.",
     [d("bis Anfang 2027", None, "2027-01-01", "year", "period")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_german(text, expected):
    assert found(text) == expected
