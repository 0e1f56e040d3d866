"""The language seam of the date finder: words matched without accents, and which
sentences another language's forms may read."""

import datetime as dt
import re

import pytest

from figcheck.extractors import dates
from figcheck.extractors.dates import localized, search


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Próximo", "proximo"),
        ("sexta-feira", "sextafeira"),
        ("L'année", "lannee"),
        ("jusqu’en", "jusquen"),
        ("Straße", "strasse"),
        ("2.", "2"),
    ],
)
def test_fold(word, folded):
    assert localized.fold(word) == folded


@pytest.mark.parametrize(
    ("word", "text", "matches"),
    [
        ("próximo", "proximo", True),
        ("próximo", "PRÓXIMO", True),
        ("próximo", "prximo", False),
        ("sexta-feira", "sexta feira", True),
        ("sexta-feira", "sextafeira", True),
        ("jusqu'en", "jusqu’en", True),
        ("einunddreißig", "einunddreissig", True),
        ("pasado mañana", "pasado  manana", True),
        ("pasado mañana", "pasadomañana", False),
    ],
)
def test_loose(word, text, matches):
    assert bool(re.fullmatch(localized.loose(word), text, re.I)) is matches


def codes(languages):
    return [language.WORDS.code for language in languages]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 5% in March, the ministry said on Tuesday.", []),
        ("Charles de Gaulle airport and Los Angeles are busy.", []),
        ("El gobierno dijo que la inflación bajó.", ["es", "pt"]),  # "que" is both
        ("Le gouvernement a dit que les prix ont baissé.", ["es", "fr", "pt"]),
        ("Die Regierung sagte, dass die Preise im Mai stiegen.", ["de"]),
        ("Most deaths were in Al Hadra province, Del Rio said.", []),  # names, no Spanish
        ("Al cierre del mes, el banco tenía 5 millones.", ["es"]),
        ("Sales fell.\n  Al cierre: 5 millones.", ["es"]),  # first on its line
        ('The sign read "Al Cierre" in red.', ["es"]),  # after an opening quote
        ("Sales in Al Hadra rose. Del Rio agreed.", ["es"]),  # first in a sentence
        ("Sales in Al-Hadra and at Al's rose.", []),  # no word of its own
    ],
)
def test_languages_in(text, expected):
    """Whether a text holds any function word of a language: its forms may then run."""
    assert codes(search.languages_in(text)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "hier" is a French marker word no more, and German wins the count
        ("Der Text ist hier zu lesen, und wir sind hier.", ["de"]),
        ("El gobierno dijo que la inflación bajó.", ["es"]),
        # Portuguese outnumbers Spanish here ("que" is both)
        ("O governo disse que a inflação não caiu.", ["pt"]),
        ("Nothing foreign in this one.", []),
        # one French or Portuguese word among many English ones is a loan
        ("It is the crème à la mode of the season, the critic said of the show.", []),
        ("Volvere el 15", ["es"]),
    ],
)
def test_a_sentence_is_read_in_its_language(sentence, expected):
    languages = search.LANGUAGES
    assert codes(search._languages_of_block(languages, sentence, 0, len(sentence))) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # too few function words to tell: the document's language reads the sentence
        ("Cerrado 19-20 de noviembre", "es", ["19-20 de noviembre"]),
        ("Fermé 4 au 9 juin", "fr", ["4 au 9 juin"]),
        ("Fechado 19 a 20 de novembro", "pt", ["19 a 20 de novembro"]),
        # an English document does not read Spanish words into a sentence that has none
        ("Cerrado 19-20 de noviembre", "en", []),
    ],
)
def test_the_document_language_reads_a_sentence_that_tells_none(sentence, language, expected):
    pub = dt.date(2023, 8, 24)
    assert [f.text for f in dates.find(sentence, pub, language)] == expected
