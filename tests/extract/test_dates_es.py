"""Spanish dates: text -> (figure text, kind, value, precision), published 2023-08-24."""

import pytest
from date_rows import d, found

ROWS = [
    # a month without its year that a verb in the future puts ahead (published in August)
    ("La ley entrará en vigor en abril, según el Gobierno.",
     [d("en abril", "2024-04-01", "2024-04-30", "month")]),
    ("La planta va a abrir sus puertas en mayo, según la empresa.",
     [d("en mayo", "2024-05-01", "2024-05-31", "month")]),
    # "debe"/"deben" + infinitive: what is to happen, as news copy says it
    ("Las negociaciones deben reanudarse el 7 de abril.", [d("7 de abril", "2024-04-07")]),
    ("La obra debería terminar en marzo, según el alcalde.",
     [d("en marzo", "2024-03-01", "2024-03-31", "month")]),
    ("Las ventas cayeron en abril, y la empresa publicará sus cuentas pronto.",
     [d("en abril", "2023-04-01", "2023-04-30", "month")]),
    ("Reducirá la plantilla, dijo el consejero delegado, que llegó en abril.",
     [d("en abril", "2023-04-01", "2023-04-30", "month")]),
    # a day's number with decimals after its dot is a number, no day
    ("La inflación subió al 4.66% desde el 4.58% de septiembre, según el instituto.",
     [d("de septiembre", "2022-09-01", "2022-09-30", "month")]),
    # before and after a date: open periods that end or start the day beside it
    ("Antes de marzo de 2026 el banco no bajará los tipos, según su presidente.",
     [d("Antes de marzo de 2026", None, "2026-02-28", "month", "period")]),
    ("Después de 2020 los precios subieron más, según el banco.",
     [d("Después de 2020", "2021-01-01", None, "year", "period")]),
    # counted from the date the sentence names, not from publication
    (
        "La economía creció un 2,5% en 2021, frente al 5,8% del año anterior.",
        [d("2021", "2021-01-01", "2021-12-31", "year"),
         d("del año anterior", "2020-01-01", "2020-12-31", "year")],
    ),
    (
        "El gobierno lo anunció el 24 de agosto de 2023 en Madrid.",
        [d("24 de agosto de 2023", "2023-08-24")],
    ),
    ("La cifra se publicó el 3 de marzo.", [d("3 de marzo", "2023-03-03")]),
    (
        "Las exportaciones cayeron en agosto de 2023.",
        [d("agosto de 2023", "2023-08-01", "2023-08-31", "month")],
    ),
    (
        "El dato de mar de 2020 fue revisado.",
        [d("mar de 2020", "2020-03-01", "2020-03-31", "month")],
    ),
    (
        "Lo dijo el lunes 21 de agosto de 2023 en rueda de prensa.",
        [d("lunes 21 de agosto de 2023", "2023-08-21")],
    ),
    (
        "Desde 1997 el índice no ha dejado de subir.",
        [d("Desde 1997", "1997-01-01", None, "year", "period")],
    ),
    (
        "Hasta 2019 la deuda creció cada año.",
        [d("Hasta 2019", None, "2019-12-31", "year", "period")],
    ),
    (
        "De 2016 a 2019 la inflación fue alta.",
        [d("De 2016 a 2019", "2016-01-01", "2019-12-31", "year", "period")],
    ),
    (
        "Entre 2016 y 2019 la producción creció.",
        [d("Entre 2016 y 2019", "2016-01-01", "2019-12-31", "year", "period")],
    ),
    (
        "El museo cierra del 4 al 22 de enero de 2017.",
        [d("del 4 al 22 de enero de 2017", "2017-01-04", "2017-01-22", "day", "period")],
    ),
    (
        "El año pasado la empresa perdió dinero.",
        [d("El año pasado", "2022-01-01", "2022-12-31", "year")],
    ),
    (
        "El mes pasado la empresa perdió dinero.",
        [d("El mes pasado", "2023-07-01", "2023-07-31", "month")],
    ),
    (
        "La reunión es el próximo viernes y la votación fue el martes.",
        [d("próximo viernes", "2023-08-25"), d("martes", "2023-08-22")],
    ),
    (
        "Hace dos años el precio era menor.",
        [d("Hace dos años", "2021-01-01", "2021-12-31", "year")],
    ),
    ("La cumbre será pasado mañana, según el ministro.", [d("pasado mañana", "2023-08-26")]),
    (
        "Este verano las ventas subieron.",
        [d("Este verano", "2023-06-01", "2023-08-31", "season")],
    ),
    (
        "Los últimos 3 años fueron difíciles para el sector.",
        [d("últimos 3 años", "2020-08-25", "2023-08-24", "day", "period")],
    ),
    # the day first, as Spanish writes it
    ("Los datos del 2.3.2017 fueron corregidos.", [d("2.3.2017", "2017-03-02")]),
    # "la mañana" is the morning; "mar" alone is the sea, not March
    ("Por la mañana el precio subió y el mar estaba en calma.", []),
    # an English sentence with a Spanish name keeps its English reading
    ("The El Paso plant opened on 3/4/2023.", [d("3/4/2023", "2023-03-04")]),
    # an abbreviated month alone after a word that makes it one; "mar" (the sea) only
    # after the word for month
    (
        "Las ventas cayeron en el mes de feb, según el informe.",
        [d("el mes de feb", "2023-02-01", "2023-02-28", "month")],
    ),
    ("La cifra se revisará en dic.", [d("en dic.", "2022-12-01", "2022-12-31", "month")]),
    ("Vimos el mar en calma.", []),
    # a dateline's abbreviated month, an ordinary word too, before the agency's bracket
    ("VALDEMORA, 17 ago (Eurowire) - El incendio ha calcinado 8.400 hectáreas.",
     [d("17 ago", "2023-08-17")]),
    ("MADRID, 3 mar (EFE) - El Gobierno aprobó el plan.", [d("3 mar", "2023-03-03")]),
    ("Volvió en el mes de mar.", [d("el mes de mar.", "2023-03-01", "2023-03-31", "month")]),
    ("El plazo vence el 15 de setiembre de 2023.", [d("15 de setiembre de 2023", "2023-09-15")]),
    # a decade needs "años" or "década" before it: "70 años" is an age
    ("En los años 70 el paro subió.", [d("años 70", "1970-01-01", "1979-12-31", "decade")]),
    ("Los años noventa fueron duros.", [d("años noventa", "1990-01-01", "1999-12-31", "decade")]),
    ("Su abuela cumplió 70 años.", []),
    (
        "El crédito creció un 4 % en lo que va de año.",
        [d("lo que va de año", "2023-01-01", "2023-08-24", "day", "period")],
    ),
    (
        "Los precios seguirán altos el resto del año.",
        [d("resto del año", "2023-08-24", "2023-12-31", "day", "period")],
    ),
    ("El resto de los bancos no respondió.", []),
    ("La obra empezó en la semana 31.", [d("semana 31", "2023-07-31", "2023-08-06", "week")]),
    # a bound between "hace" and the span: any time before it, or any time since
    (
        "La planta cerró hace más de 2 semanas.",
        [("hace más de 2 semanas", "period", (None, "2023-08-10"), "day")],
    ),
    (
        "La planta cerró hace menos de tres meses.",
        [d("hace menos de tres meses", "2023-05-01", "2023-08-24", "month", "period")],
    ),
    # a month and year in digits; not before a unit (a rate with four decimals)
    ("El balance de 11.2016 fue revisado.", [d("11.2016", "2016-11-01", "2016-11-30", "month")]),
    ("El euro cotizaba a 1.2016 dólares.", []),
    # a quarter or a half of a year, not the whole year
    (
        "El beneficio cayó en el primer trimestre de 2023.",
        [d("primer trimestre de 2023", "2023-01-01", "2023-03-31", "quarter")],
    ),
    (
        "Las ventas subieron en el segundo semestre del año pasado.",
        [d("segundo semestre del año pasado", "2022-07-01", "2022-12-31", "quarter")],
    ),
    ("Ganó un cuarto mandato.", []),
    ("Lo anunció el 24 de agosto pasado.", [d("24 de agosto pasado", "2022-08-24")]),
    # a span of months, one period; "y" joins two months only after "entre"
    (
        "Según el informe, las ventas cayeron de enero a marzo de 2023.",
        [d("de enero a marzo de 2023", "2023-01-01", "2023-03-31", "month", "period")],
    ),
    (
        "El consumo subió entre noviembre y febrero.",
        [d("entre noviembre y febrero", "2022-11-01", "2023-02-28", "month", "period")],
    ),
    # "1.º": an ordinal day with a dot, not the day "1." of this month
    ("El 1.º de enero de 2024 entra en vigor.", [d("1.º de enero de 2024", "2024-01-01")]),
    # a part of a year is the year, the part noted; after "desde" it opens a period
    (
        "Desde principios de 2022 suben los precios, según el instituto.",
        [d("Desde principios de 2022", "2022-01-01", None, "year", "period")],
    ),
    # two months joined by a dash or slash: one period, its end the latest such month
    (
        "Las ventas subieron en julio-septiembre, según el banco.",
        [d("julio-septiembre", "2022-07-01", "2022-09-30", "month", "period")],
    ),
    (
        "El consumo cayó en noviembre–febrero.",
        [d("noviembre–febrero", "2022-11-01", "2023-02-28", "month", "period")],
    ),
    (
        "El paro bajó en marzo-abril de 2020.",
        [d("marzo-abril de 2020", "2020-03-01", "2020-04-30", "month", "period")],
    ),
    (
        "Las ventas del periodo enero/marzo subieron.",
        [d("enero/marzo", "2023-01-01", "2023-03-31", "month", "period")],
    ),
    ("El concierto de post-rock fue largo.", []),
    # abbreviated months with their dot, joined by a dash: a period as "enero-marzo" is
    (
        "En feb.-abr. 2021 subieron los alquileres.",
        [d("feb.-abr. 2021", "2021-02-01", "2021-04-30", "month", "period")],
    ),
    # a quarter named by its number and letter before a year, as English "Q4 2021"
    ("En el 4T de 2021 la deuda subió.", [d("4T de 2021", "2021-10-01", "2021-12-31", "quarter")]),
    # before the end or the middle of a year is by its last day, as "by the end of" is
    ("La planta abrirá antes de finales de 2027, según la empresa.",
     [d("antes de finales de 2027", None, "2027-12-31", "year", "period")]),
    ("La planta abrirá antes del final de 2027, según la empresa.",
     [d("antes del final de 2027", None, "2027-12-31", "year", "period")]),
    ("La planta abrirá antes de fin de 2027, según la empresa.",
     [d("antes de fin de 2027", None, "2027-12-31", "year", "period")]),
    ("La planta abrirá antes de mediados de 2027, según la empresa.",
     [d("antes de mediados de 2027", None, "2027-12-31", "year", "period")]),
    ("La planta abrirá antes de 2027, según la empresa.",
     [d("antes de 2027", None, "2026-12-31", "year", "period")]),
    # until the start of a year ends on its first day, as "by early 2027" does
    ("La planta abrirá hasta principios de 2027, según la empresa.",
     [d("hasta principios de 2027", None, "2027-01-01", "year", "period")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_spanish(text, expected):
    assert found(text) == expected
