"""One story in English and in another language: consistent figures give no finding, a
drifted one gives its rule's finding (end to end, as a fact-checker runs ``check``)."""

import json

import pytest
from helpers import run_figcheck

ENGLISH = (
    "Sales at the group fell 5% in the first quarter of 2023, the company said on Thursday. "
    "The plant near the port, 290 km from the capital, produced 12 tonnes of steel from "
    "January to March."
)

VERSIONS = [
    (
        "es",
        "Las ventas del grupo cayeron un 5 % en el primer trimestre de 2023, según informó la "
        "empresa el jueves. La planta cerca del puerto, a 290 kilómetros de la capital, produjo "
        "12 toneladas de acero de enero a marzo.",
        [],
    ),
    (
        "es",
        "Las ventas del grupo cayeron un 5 % en el segundo trimestre de 2023, según informó la "
        "empresa el jueves. La planta cerca del puerto, a 290 kilómetros de la capital, produjo "
        "12 toneladas de acero de enero a marzo.",
        ["date-mismatch"],
    ),
    (
        "fr",
        "Les ventes du groupe ont reculé de 5 % au premier trimestre 2023, a indiqué la société "
        "jeudi. L'usine près du port, à 290 kilomètres de la capitale, a produit 12 tonnes "
        "d'acier de janvier à mars.",
        [],
    ),
    (
        "de",
        "Der Umsatz der Gruppe sank im ersten Quartal 2023 um 5 Prozent, teilte das Unternehmen "
        "am Donnerstag mit. Das Werk am Hafen, 290 Kilometer von der Hauptstadt entfernt, "
        "produzierte von Januar bis März 12 Tonnen Stahl.",
        [],
    ),
]


def _write(path, language, body):
    path.write_text(f"---\npublished: 2023-08-24\nlang: {language}\n---\n{body}\n", "utf-8")
    return str(path)


@pytest.mark.parametrize("language, body, rules", VERSIONS)
def test_a_version_in_another_language(tmp_path, language, body, rules):
    english = _write(tmp_path / "en.md", "en", ENGLISH)
    other = _write(tmp_path / f"{language}.md", language, body)
    result = run_figcheck("check", "--format", "json", english, other)
    report = json.loads(result.stdout)
    assert [finding["rule"] for finding in report["findings"]] == rules


VISITORS = (
    "About 350,000 people visited the harbour museum in its first month, and 12,000 of them "
    "came by ferry."
)

#: One count written in groups of four places: 35万 and 三十五万 are 350,000, and 3万5000
#: or 3.5万 is ten times fewer, a drift.
VISITOR_VERSIONS = [
    ("ja", "港湾博物館の開館1カ月の来館者は約35万人で、うち1万2000人がフェリーで訪れた。", []),
    ("zh", "港口博物馆开馆首月接待游客约三十五万人，其中一万二千人乘渡轮前来。", []),
    (
        "ja",
        "港湾博物館の開館1カ月の来館者は約3万5000人で、うち1万2000人がフェリーで訪れた。",
        ["number-mismatch"],
    ),
    ("zh", "港口博物馆开馆首月接待游客约3.5万人，其中一万二千人乘渡轮前来。", ["number-mismatch"]),
]


@pytest.mark.parametrize("language, body, rules", VISITOR_VERSIONS)
def test_a_count_in_groups_of_four_places(tmp_path, language, body, rules):
    english = _write(tmp_path / "en.md", "en", VISITORS)
    other = _write(tmp_path / f"{language}.md", language, body)
    report = json.loads(run_figcheck("check", "--format", "json", english, other).stdout)
    assert [finding["rule"] for finding in report["findings"]] == rules


SALE = (
    "The store cut all prices by 20% for the sale, and one in three shoppers paid by card. "
    "The queue lasted 2.5 hours."
)

#: A price cut in tenths, one in three written as a share between two counts, a span and a
#: half: each compares with the English words.
SALE_VERSIONS = [
    (
        "ja",
        "セールでは全品2割引となり、買い物客の3人に1人がカードで支払った。行列は2時間半続いた。",
        [],
    ),
    (
        "ja",
        "セールでは全品2割引となり、買い物客の4人に1人がカードで支払った。行列は2時間半続いた。",
        ["number-mismatch"],
    ),
    ("zh", "促销期间商品一律降价20%，每三名顾客中就有一名用卡支付。排队持续了两个半小时。", []),
    (
        "zh",
        "促销期间商品一律降价20%，每四名顾客中就有一名用卡支付。排队持续了两个半小时。",
        ["number-mismatch"],
    ),
]


@pytest.mark.parametrize("language, body, rules", SALE_VERSIONS)
def test_shares_price_cuts_and_halves_across_languages(tmp_path, language, body, rules):
    english = _write(tmp_path / "en.md", "en", SALE)
    other = _write(tmp_path / f"{language}.md", language, body)
    report = json.loads(run_figcheck("check", "--format", "json", english, other).stdout)
    assert [finding["rule"] for finding in report["findings"]] == rules


#: Round collective nouns ("une vingtaine"), fractions of a whole ("le tiers des"), a minus
#: said in words or "below zero", and abbreviated month ranges, as news copy writes them.
RESCUE = (
    "About twenty climbers were rescued on the glacier on Monday, where it was minus 12 "
    "degrees overnight. A third of the huts had been damaged, and visits fell 8% in "
    "Jan.-Mar. 2023."
)

RESCUE_VERSIONS = [
    (
        "fr",
        "Une vingtaine d'alpinistes ont été secourus lundi sur le glacier, où il faisait moins "
        "12 degrés dans la nuit. Le tiers des refuges avait été endommagé, et la fréquentation "
        "a reculé de 8 % en janv.-mars 2023.",
        [],
    ),
    (
        "fr",
        "Une trentaine d'alpinistes ont été secourus lundi sur le glacier, où il faisait moins "
        "12 degrés dans la nuit. Le tiers des refuges avait été endommagé, et la fréquentation "
        "a reculé de 8 % en janv.-mars 2023.",
        ["number-mismatch"],
    ),
    (
        "fr",
        "Une vingtaine d'alpinistes ont été secourus lundi sur le glacier, où il faisait moins "
        "12 degrés dans la nuit. Le tiers des refuges avait été endommagé, et la fréquentation "
        "a reculé de 8 % en févr.-mars 2023.",
        ["date-mismatch"],
    ),
    (
        "es",
        "Una veintena de escaladores fueron rescatados el lunes en el glaciar, donde hubo 12 "
        "grados bajo cero por la noche. Un tercio de los refugios había sufrido daños, y las "
        "visitas cayeron un 8 % en ene.-mar. 2023.",
        [],
    ),
    (
        "es",
        "Una veintena de escaladores fueron rescatados el lunes en el glaciar, donde hubo 12 "
        "grados bajo cero por la noche. Un cuarto de los refugios había sufrido daños, y las "
        "visitas cayeron un 8 % en ene.-mar. 2023.",
        ["number-mismatch"],
    ),
    (
        "pt",
        "Uma vintena de alpinistas foi resgatada na segunda-feira no glaciar, onde fez menos 12 "
        "graus durante a noite. Um terço dos abrigos tinha sido danificado, e as visitas caíram "
        "8 % em jan.-mar. 2023.",
        [],
    ),
    (
        "de",
        "Rund zwanzig Bergsteiger wurden am Montag auf dem Gletscher gerettet, wo es nachts "
        "minus 12 Grad hatte. Ein Drittel der Hütten war beschädigt, und die Besuche sanken von "
        "Jan.–März 2023 um 8 Prozent.",
        [],
    ),
    (
        "de",
        "Rund zwanzig Bergsteiger wurden am Montag auf dem Gletscher gerettet, wo es nachts "
        "12 Grad hatte. Ein Drittel der Hütten war beschädigt, und die Besuche sanken von "
        "Jan.–März 2023 um 8 Prozent.",
        ["number-mismatch"],
    ),
]


@pytest.mark.parametrize("language, body, rules", RESCUE_VERSIONS)
def test_collectives_fractions_and_signs_across_languages(tmp_path, language, body, rules):
    english = _write(tmp_path / "en.md", "en", RESCUE)
    other = _write(tmp_path / f"{language}.md", language, body)
    report = json.loads(run_figcheck("check", "--format", "json", english, other).stdout)
    assert [finding["rule"] for finding in report["findings"]] == rules


#: An adjective after a unit says what it is per, as "a day" does in English: (language,
#: text, what the measure is per).
PER_ADJECTIVES = [
    ("es", "El campo produce 2,2 millones de barriles diarios.", "day"),
    ("es", "La planta produce 3 millones de toneladas anuales.", "year"),
    ("pt", "O campo produz 2,2 milhões de barris diários.", "day"),
    ("fr", "L'usine produira 1,2 million de tonnes annuelles.", "year"),
    ("de", "Das Feld fördert 2,2 Millionen Barrel täglich.", "day"),
    ("es", "El campo produce 2,2 millones de barriles.", None),
]


@pytest.mark.parametrize("language, text, per", PER_ADJECTIVES)
def test_an_adjective_says_what_a_measure_is_per(language, text, per):
    from lang_tables import per_units

    ((_, _, found),) = per_units(text, language)
    assert found == per
