"""A figure that changed in translation, placed by the values its sentence shares with the
sentence of the fact it belongs to (``rescue.in_translated_sentences``).

The Spanish article is no translation of the English ones as a whole (most of its figures
are its own), but one sentence states the same budget and the same cost as an English
sentence: it is that sentence translated, and its count of towns is their count of towns.
"""

import pytest
from align_helpers import aligned_texts, story_versions

import figcheck.align

FIRST = (
    "The state has dropped its plan to host the regional games.\n\n"
    "It had budgeted 3.1 billion dollars to hold the games in five regional towns, but the "
    "cost could reach 8.4 billion dollars, the premier said.\n\n"
    "About 1,200 volunteers had signed up. The games, first held in 1930, bring 71 teams "
    "and 4,500 athletes together in 20 sports over 11 days."
)
REWRITE = (
    "Officials cancelled the regional games on Monday.\n\n"
    "The state had set aside 3.1 billion dollars to stage the event across five regional "
    "towns, yet the bill could climb to 8.4 billion dollars.\n\n"
    "Some 1,200 volunteers had signed up. The event, first held in 1930, gathers 71 teams "
    "and 4,500 athletes in 20 sports over 11 days."
)
SPANISH = (
    "El Gobierno regional renunció a organizar los juegos.\n\n"
    "{sentence}\n\n"
    "La oposición recordó que en 2018 se gastaron 150 millones de dólares en 12 estadios, "
    "que 30 clubes y 45 escuelas participan en el programa y que hay 600 entrenadores."
)
BOTH_VALUES = (
    "Había presupuestado 3.100 millones de dólares para celebrarlos en cuatro ciudades "
    "regionales, pero el coste podría llegar a 8.400 millones de dólares."
)


@pytest.mark.parametrize(
    "sentence, partner",
    [
        # the budget and the cost: the sentence translated, four towns against five
        (BOTH_VALUES, "cuatro"),
        # the budget alone is one shared value: no evidence of one sentence
        ("Había presupuestado 3.100 millones de dólares para celebrarlos en cuatro ciudades "
         "regionales, pero el coste se disparó.", ""),
        # two counts where the English sentence has one: neither is its translation
        (BOTH_VALUES.replace("regionales,", "regionales y tres pueblos,"), ""),
        # a value told in two sentences tells neither apart: the cost alone is shared
        (BOTH_VALUES + " La oposición criticó los 3.100 millones de dólares.", ""),
        # the sentence states five itself: that is the translation of "five"
        (BOTH_VALUES.replace("regionales,", "regionales y cinco sedes,"), "cinco"),
    ],
)  # fmt: skip
def test_a_changed_figure_joins_the_fact_of_the_sentence_it_translates(tmp_path, sentence, partner):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c-es.txt"]
    for path, text in zip(paths, (FIRST, REWRITE, SPANISH.format(sentence=sentence)), strict=True):
        path.write_text(text, encoding="utf-8")
    facts = aligned_texts(story_versions(*paths))
    assert [fact[2] for fact in facts if fact[:2] == ("five", "five")] == [partner]


def test_versions_in_one_language_are_left_to_their_words(tmp_path, monkeypatch):
    """A third English version with the same sentence is paired by its words or not at
    all, never by its values alone: this pass finds nothing between one language's
    versions."""
    third = (
        "Lawmakers asked why.\n\n"
        "It had budgeted 3.1 billion dollars to hold the games in four towns on the coast, "
        "but the cost could reach 8.4 billion dollars.\n\n"
        "In 2018 the state spent 150 million dollars on 12 stadiums; 30 clubs and 45 schools "
        "take part, with 600 coaches."
    )
    paths = [tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"]
    for path, text in zip(paths, (FIRST, REWRITE, third), strict=True):
        path.write_text(text, encoding="utf-8")
    found = []
    original = figcheck.align.in_translated_sentences

    def recorded(*args):
        found.append(original(*args))
        return found[-1]

    monkeypatch.setattr(figcheck.align, "in_translated_sentences", recorded)
    aligned_texts(story_versions(*paths))
    assert found and not any(found)
