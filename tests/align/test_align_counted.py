"""Facts that name what they count: told apart from a same value of another thing, and
paired even when only a few of many versions tell them."""

from __future__ import annotations

from align_helpers import aligned_texts, story_versions

DEATHS = "A ferry sank off the coast on Sunday, and 174 people died, officials said.\n"

#: Long versions, each telling facts of its own: after the first pivot round their
#: figures are left unpaired, and they would be the next pivots.
OWN_FACTS = [
    "The harbour has 21 berths and 307 moorings, and 43 pilots work there. It handled"
    " 13 million tonnes of cargo and 711 cruise calls, with 56 cranes.",
    "Winds reached 96 km/h and waves rose 7 metres; 4 warnings had been issued in 36"
    " hours, and 18 flights were cancelled at 3 airports.",
    "The operator, founded in 1987, runs 31 vessels on 12 routes, carries 2.4 million"
    " passengers a year and employs 830 crew in 5 ports.",
    "The island's 63 schools closed and 27 clinics opened their doors; 450 volunteers"
    " and 19 boats joined 8 helicopters in the search.",
]
BREAKDOWNS = [
    "Among the dead were 92 women, 71 men, and 11 others whose genders were not known.",
    "Of the dead, 91 were women, 71 were men, and the genders of 12 others were not known.",
    "The dead included 92 women, 71 men and 11 others.",
]


def _write(tmp_path, texts):
    paths = []
    for i, text in enumerate(texts, start=1):
        path = tmp_path / f"v{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_a_fact_a_few_versions_tell_is_paired_after_the_usual_pivots(tmp_path):
    texts = [DEATHS + own for own in OWN_FACTS] + [DEATHS + b for b in BREAKDOWNS]
    facts = aligned_texts(story_versions(*_write(tmp_path, texts)))
    told = {tuple(t for t in fact if t) for fact in facts}
    assert {("92", "91", "92"), ("11", "12", "11")} <= told
    # The long versions' own facts stay unpaired: no late round pairs unnamed figures.
    assert told == {("174",) * 7, ("Sunday",) * 7, ("92", "91", "92"), ("71",) * 3, ("11", "12", "11")}


def test_the_same_value_of_another_thing_does_not_unpair_a_fact(tmp_path):
    """"57 men" in one version and "57 were women" in another are two things: the women
    of the two versions still pair, and so do the men."""
    texts = [
        DEATHS + "Among the victims were 61 women, 57 men, and 9 others.",
        DEATHS + "Of the dead, 57 were women, 55 were men, and the genders of 12 others"
        " were not known.",
    ]
    facts = aligned_texts(story_versions(*_write(tmp_path, texts)))
    assert {("61", "57"), ("57", "55"), ("9", "12")} <= facts
