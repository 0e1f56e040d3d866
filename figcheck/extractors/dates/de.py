"""German dates: "24. August 2023", "August 2023", "letztes Jahr", "im Vorjahr", "seit 1998".

Month and weekday names come from the German lexicon (CLDR); the small words here are
the rest. German writes a day with a dot ("24.") and numeric dates day first
("2.3.2017" is 2 March); "morgen" is tomorrow, "heute Morgen" this morning.
"""

from __future__ import annotations

from figcheck.extractors.dates import localized as L

WORDS = L.DateWords(
    code="de",
    marker=(
        "der", "das", "dem", "und", "ist", "im", "vom", "zum", "zur", "seit",
        "bis", "von", "ich", "wir", "ein", "eine", "einen", "nicht", "mit", "für", "auf",
        "auch", "nach", "bei", "wird", "wurde", "sind", "zwischen", "heute", "gestern",
        "morgen", "Jahr", "Monat", "Woche", "letztes", "letzten", "nächste", "nächsten",
        "nächstes", "diese", "diesen", "dieses", "zurück", "wieder", "du", "Vorjahr", "Jahren",
        "Monaten", "Wochen", "Tagen", "zwei", "drei",
        "sie", "sich", "noch", "nur", "aber", "wie", "oder", "werden", "wurden", "hat", "haben",
        "dass", "einem", "einer", "eines", "zu",
    ),
    day_before=("am", "den", "dem", "vom", "zum", "ab dem", "bis zum"),
    before=("am", "den", "dem", "im", "vom", "zum", "ab", "der", "die", "das"),
    relative_days={"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
    steps={
        "diese": 0, "dieser": 0, "dieses": 0, "diesen": 0, "diesem": 0,
        "nächste": 1, "nächster": 1, "nächstes": 1, "nächsten": 1,
        "kommende": 1, "kommender": 1, "kommendes": 1, "kommenden": 1,
        "letzte": -1, "letzter": -1, "letztes": -1, "letzten": -1,
        "vergangene": -1, "vergangener": -1, "vergangenes": -1, "vergangenen": -1,
        "vorige": -1, "voriger": -1, "voriges": -1, "vorigen": -1,
        "übernächste": 2, "übernächster": 2, "übernächstes": 2, "übernächsten": 2,
        "vorletzte": -2, "vorletzter": -2, "vorletztes": -2, "vorletzten": -2,
    },
    units={
        "Tag": "day", "Woche": "week", "Monat": "month", "Jahr": "year",
        "Jahrzehnt": "decade", "Quartal": "quarter", "Jahrhundert": "century",
        "Wochenende": "weekend", "Jahres": "year", "Monats": "month",
    },
    plural_units={
        "Tage": "day", "Tagen": "day", "Wochen": "week", "Monate": "month", "Monaten": "month",
        "Jahre": "year", "Jahren": "year", "Jahrzehnte": "decade", "Jahrzehnten": "decade",
        "Quartale": "quarter", "Quartalen": "quarter",
    },
    fixed_units={
        "Vorjahr": ("year", -1), "Vorjahres": ("year", -1), "Vormonat": ("month", -1),
        "Vorwoche": ("week", -1),
    },
    seasons={
        "Frühling": "spring", "Frühjahr": "spring", "Sommer": "summer", "Herbst": "autumn",
        "Winter": "winter",
    },
    month_before=("im", "seit", "bis", "ab", "Anfang", "Ende", "Mitte", "im Monat"),
    decade_after=("er jahre", "er jahren", "er-jahre", "er-jahren", "er jahrzehnt"),
    week_numbers=("Woche", "Kalenderwoche", "KW"),
    year_parts={"Quartal": 3, "Quartals": 3, "Halbjahr": 6, "Halbjahres": 6},
    edges={"Anfang": "early", "Mitte": "mid", "Ende": "late"},
    part_ordinals={f"{stem}{end}": n for n, stem in enumerate(("erste", "zweite", "dritte",
                   "vierte"), start=1) for end in ("", "n", "m", "s", "r")},
    rest_of=("Rest des", "Rest der", "restliche", "restlichen", "verbleibenden"),
    to_date={"seit Jahresbeginn": "year", "seit Jahresanfang": "year",
             "seit Anfang des Jahres": "year", "seit Beginn des Jahres": "year",
             "seit Monatsbeginn": "month", "im bisherigen Jahresverlauf": "year"},
    ago_before=("vor",),
    later_after=("später", "danach"),
    since=("seit", "ab"),
    until=("bis",),
    earlier_than=("vor",),
    later_than=("nach",),
    range_from=("von", "vom"),
    range_to=("bis", "bis zum"),
    between=("zwischen",),
    range_and=("und",),
    extra_counts={"ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1},
    ordinal_endings=("", "n", "r", "s", "m"),
    capitalised_weekdays=True,
    not_tomorrow_before=("heute", "gestern", "am", "jeden", "guten", "diesen"),
    ahead=("wird", "werden", "soll", "sollen", "wollen", "planen",
           "geplant", "voraussichtlich"),
    clause_opens=("dass", "nachdem", "seit", "seitdem", "weil", "als", "sagte", "laut",
                  "teilte", "erklärte", "berichtete"),
)  # fmt: skip


def forms(vocab: L.Vocabulary) -> tuple:
    return (
        L.month_range(
            vocab,
            8,
            ("von Januar bis März", "zwischen Januar und März 2023", "Januar–März"),
        ),
        L.day_range(vocab, 4, ("vom 15. bis 19. November", "zwischen dem 4. und 8. Mai 2020")),
        L.numeric_month(vocab, 18, ("Stand: 11.2016", "im 03/2021")),
        L.numeric(vocab, 14, ("am 22.04. kam", "am 2.3.2017 kam", "für den 28.10.")),
        L.day_month_year(
            vocab, 44, ("am 24. August 2023", "Dienstag, den 12. Januar 2016", "28.Oktober")
        ),
        L.month_year(vocab, 64, ("im März 2023", "Januar 2016")),
        L.year_part(vocab, 104, ("im ersten Quartal 2023", "im zweiten Halbjahr")),
        L.weekday(vocab, 124, ("diesen Dienstag", "am Sonntag", "nächste Woche Freitag")),
        L.relative_day(vocab, 134, ("gestern", "übermorgen", "für morgen")),
        L.ago(vocab, 144, ("vor zwei Jahren", "vor 3 Wochen", "zwei Tage später")),
        L.span(vocab, 154, ("die letzten 3 Tage", "die nächsten zwei Wochen")),
        L.relative_unit(vocab, 164, ("letztes Jahr", "im Vorjahr", "nächsten Monat")),
        L.rest_of(vocab, 181, ("den Rest des Jahres", "die restliche Woche")),
        L.to_date(vocab, 182, ("seit Jahresbeginn", "seit Anfang des Jahres")),
        L.decade(vocab, 194, ("die 70er Jahre", "in den 1990er-Jahren")),
        L.season(vocab, 204, ("diesen Sommer", "im Winter 2016")),
        L.week_number(vocab, 214, ("in der KW 31", "Kalenderwoche 12")),
        L.month_alone(vocab, 224, ("im März", "seit Mai", "diesen Januar")),
        L.bare_day(vocab, 264, ("am 15. wieder", "am 20. nächsten Monats")),
    )
