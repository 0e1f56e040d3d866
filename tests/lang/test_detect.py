"""Language detection: sentences -> the language code figcheck reads them in."""

import pytest

from figcheck.lang.detect import detect, document_language, normalize, paragraphs

SENTENCES = [
    ("The ministry said the plan would cost $5 million over three years.", "en"),
    ("El Gobierno anunció que la inversión será de 7.200 millones de rublos.", "es"),
    ("Le gouvernement a annoncé que les travaux coûteront 3 millions d'euros.", "fr"),
    ("O governo disse que a obra custou R$ 41,5 bilhões aos cofres públicos.", "pt"),
    ("Die Regierung teilte mit, dass die Kosten um 2,5 Prozent gestiegen sind.", "de"),
    ("Il governo ha detto che la spesa è di 5 milioni di euro per il ponte.", "it"),
    ("De regering heeft gezegd dat het plan niet doorgaat en dat de kosten stijgen.", "nl"),
    ("政府宣布将投资300万元人民币用于新项目。", "zh"),
    ("政府は新しい計画に3億円を投資すると発表した。", "ja"),
    ("정부는 새로운 계획을 발표했다.", "ko"),
    ("Правительство объявило о новом плане.", "ru"),
    ("Уряд оголосив про нові інвестиції.", "uk"),
    # a few Chinese characters in an English story do not make it Chinese
    ("The Thousand Talents Plan (千人计划) recruited scientists from abroad in 2019.", "en"),
    # digits of another script are no letters of its language
    ("The ministry said the plan would cost ١٢٣٤٥ dinars over three years.", "en"),
    ("It paid ٠٠٠٠٠.", None),
    # no words, or too few to tell
    ("2023-08-24", None),
    ("3,5 %", None),
]


@pytest.mark.parametrize("text, code", SENTENCES)
def test_detect(text, code):
    assert detect(text) == code


def test_paragraphs_of_a_mixed_document():
    text = (
        "The ministry said on Monday that the plan would cost $5 million.\n\n"
        "2023-08-24\n\n"
        "El ministerio dijo el lunes que el plan costará 5 millones de dólares.\n\n"
        "Le ministère a indiqué lundi que le plan coûtera 5 millions de dollars."
    )
    runs = paragraphs(text)
    assert [code for _, _, code in runs] == ["en", "es", "fr"]
    assert runs[0][0] == 0 and runs[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(runs, runs[1:], strict=False))
    assert text[runs[1][0] :].startswith("El ministerio")


@pytest.mark.parametrize(
    "front_matter, option, code",
    [
        (None, None, "es"),  # detected
        ("fr", None, "fr"),  # front matter wins over detection
        ("fr", "de", "de"),  # the option wins over both
        ("pt-BR", None, "pt"),
        (None, "German", "de"),
        ("xx-YY", None, "xx"),  # unknown: passed on, for "language xx not supported"
    ],
)
def test_document_language(front_matter, option, code):
    text = "El Gobierno anunció que la inversión será de 7.200 millones de rublos."
    assert document_language(text, front_matter, option) == code


def test_text_that_names_no_language_is_read_as_english():
    assert document_language("2023-08-24 12:00") == "en"


@pytest.mark.parametrize(
    "tag, code", [("es-ES", "es"), ("zh_Hant", "zh"), ("Français", "fr"), (" EN ", "en")]
)
def test_normalize(tag, code):
    assert normalize(tag) == code
