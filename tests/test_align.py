"""Alignment: which figures of different versions report the same fact."""

from pathlib import Path

import pytest
from helpers import document
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.align import align, sentence_spans

WIND = Path(__file__).resolve().parents[1] / "fixtures" / "wind-farm"
SPAM = (
    "Best immigration consultants in Delhi: 100% success, call 98 765 43210 today. "
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, 25 sed do eiusmod tempor."
)


def wind_docs(*names_and_texts):
    return [document(name, text) for name, text in names_and_texts]


def read(name):
    return (WIND / name).read_text(encoding="utf-8")


def versions_of(docs):
    return list(docs)  # helpers.document and estuary() give versions with their figures


def aligned_texts(docs, reference=None):
    """Each fact as the tuple of figure texts per document ("" where a version lacks it)."""
    versions = versions_of(docs)
    out = set()
    for fact in align(versions, reference).facts:
        by_doc = {ref.doc: versions[ref.doc].figures[ref.fig].text for ref in fact}
        out.add(tuple(by_doc.get(d, "") for d in range(len(docs))))
    return out


# (figure in 01-original, figure in 02-rewrite): different values must still align.
WIND_PAIRS = [
    ("1.2 billion euro", "1.2 billion euro"),
    ("48", "50"),
    ("400,000", "400,000"),
    ("from 2021 to 2023", "until 2023"),
    ("14", "14"),
    ("the previous year's", "the year's"),
    ("200", "200"),
    ("2019", "2019"),
    ("12%", "12%"),
    ("last year", "this year"),
    ("2027", "2027"),
]


@pytest.mark.parametrize("original, rewrite", WIND_PAIRS)
def test_rewrite_figures_align_with_the_original(original, rewrite):
    docs = wind_docs(("01", read("01-original.txt")), ("02", read("02-rewrite.txt")))
    assert (original, rewrite) in aligned_texts(docs)


@pytest.mark.parametrize(
    "original, translation",
    [("48", "48"), ("200", "thousands"), ("from 2021 to 2023", "from 2021 to 2023"),
     ("the previous year's", "last year"), ("400,000", "400,000")],
)  # fmt: skip
def test_translation_figures_align_with_the_original(original, translation):
    docs = wind_docs(("01", read("01-original.txt")), ("03", read("03-translation.txt")))
    assert (original, translation) in aligned_texts(docs)


def test_scale_slip_aligns_through_a_sibling_version():
    docs = wind_docs(
        ("01", read("01-original.txt")),
        ("02", read("02-rewrite.txt")),
        ("03", read("03-translation.txt")),
    )
    facts = aligned_texts(docs)
    assert ("1.2 billion euro", "1.2 billion euro", "1.2 million euros") in facts


def perturbations(text):
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:3], paragraphs[3:]
    return {
        "reordered": "\n\n".join(head + body[::-1]),
        "spam": "\n\n".join(head + [SPAM] + body + [SPAM]),
        "dropped": "\n\n".join(head + body[:-1]),
    }


@pytest.mark.parametrize("how", ["reordered", "spam", "dropped"])
def test_survives_reordering_spam_and_dropped_sentences(how):
    original = read("01-original.txt")
    changed = perturbations(read("02-rewrite.txt"))[how]
    facts = aligned_texts(wind_docs(("01", original), ("02", changed)))
    expected = set(WIND_PAIRS)
    if how == "dropped":
        expected -= {("12%", "12%"), ("last year", "this year")}
    assert expected <= facts
    # Spam figures pair with nothing.
    assert not any(b in ("100%", "25") for _, b in facts)


def test_one_figure_per_document_and_fact_per_figure():
    docs = wind_docs(
        ("01", read("01-original.txt")),
        ("02", read("02-rewrite.txt")),
        ("03", read("03-translation.txt")),
    )
    facts = align(versions_of(docs)).facts
    seen = set()
    for fact in facts:
        assert len({ref.doc for ref in fact}) == len(fact) >= 2
        assert not seen & set(fact)
        seen |= set(fact)


def test_reference_is_in_every_fact():
    docs = wind_docs(
        ("01", read("01-original.txt")),
        ("02", read("02-rewrite.txt")),
        ("03", read("03-translation.txt")),
    )
    facts = align(versions_of(docs), reference=1).facts
    assert facts
    assert all(any(ref.doc == 1 for ref in fact) for fact in facts)


@pytest.mark.parametrize(
    "a, b",
    [
        ("The 48 turbines will stand 12 km off the coast.", "Its 50 turbines will be 12 km out."),
        ("The project was first proposed in 2019.", "The wind project was first proposed in 2019."),
    ],
)
def test_unrelated_sentences_do_not_align(a, b):
    docs = wind_docs(("a", a), ("b", "Danish regulators met on Thursday in Copenhagen. " + SPAM))
    assert aligned_texts(docs) == set()
    assert aligned_texts(wind_docs(("a", a), ("b", b)))


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("One. Two three.", ["One.", "Two three."]),
        (
            "He joined the U.S. team in 2019. It won.",
            ["He joined the U.S. team in 2019.", "It won."],
        ),  # noqa: E501
        ("Title\n\nBody text.", ["Title", "Body text."]),
    ],
)
def test_sentence_spans(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


@pytest.mark.parametrize("story", ["wind-farm", "robotics-fund", "estuary-tunnel"])
def test_bulk_scores_equal_one_document_at_a_time(story):
    """Scoring many versions in one go must give each exactly its own scores."""
    from figcheck.align import _by_family, _Scores

    folder = WIND.parent / story
    docs = [document(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    alignment = align(versions_of(docs))
    pivot = _by_family(alignment.profiles(0))
    others = [_by_family(alignment.profiles(d)) for d in range(1, len(docs))]
    compared = 0
    for fam, ps in pivot.items():
        qss = [families[fam] for families in others if fam in families]
        if len(qss) < 2:
            continue
        bulk = _Scores(ps, qss)
        for k, qs in enumerate(qss):
            assert (bulk.context(k) == _Scores(ps, [qs]).context(0)).all()
            compared += 1
    assert compared


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("it raised 2.1 billion yuan", "it raised 2.1 billion yuan", 1.0),
        ("it raised 2.1 billion yuan", "it raised 2.1 million yuan", 0.6),  # a scale slip
        ("it raised 2.1 billion yuan", "it raised 40 million yuan", 0.6 * 40 / 2100),
        ("due to open in 2031", "due to open in 2033", 0.2),  # two years apart
        ("due to open in 2031", "due to open in 2025", 0.0),  # far apart
    ],
)
def test_value_closeness(a, b, expected):
    from figcheck.align import value_closeness
    from figcheck.extractors import extract

    (fa,) = [f for f in extract(a) if f.kind != "count"]
    (fb,) = [f for f in extract(b) if f.kind != "count"]
    assert value_closeness(fa, fb) == pytest.approx(expected)


_PIECES = ["the ", "an", "of", "xthe", "Them", " ", ". ", ".\n\n", "\n", '"', "Ab", "9", "é", "_"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_PIECES, "\u03a3", "\u0130"]), max_size=30),
    st.lists(st.integers(min_value=0, max_value=200), min_size=4, max_size=4),
)
def test_words_of_a_slice_read_once_per_sentence_equal_words_read_alone(pieces, cuts):
    """The one-pass reading of a document's words gives what reading each slice would."""
    from figcheck.align import _Words, _words

    text = "".join(pieces)
    start, cut_start, cut_end, end = sorted(min(c, len(text)) for c in cuts)
    words = _Words(text, sentence_spans(text), {})
    expected = _words(text[start:cut_start] + " " + text[cut_end:end])
    assert words.around(start, cut_start, cut_end, end) == expected


@pytest.mark.parametrize(
    "options, expected",
    [
        ({1: [(-70.0, 1, 10), (-60.0, 1, 11)], 2: [(-65.0, 2, 10)]}, [(1, 11), (2, 10)]),
        ({1: [(-70.0, 1, 10)], 2: [(-65.0, 2, 10)]}, [(1, 10)]),
        ({1: [(-60.0, 1, 10), (-59.0, 1, 11)], 2: [(-60.0, 2, 11)]}, [(1, 10), (2, 11)]),
        ({1: [(-60.0, 1, 10)], 2: [(-60.0, 2, 10)]}, [(1, 10)]),  # a tie: the first found
    ],
)
def test_best_assignment_has_the_highest_total(options, expected):
    from figcheck.align import _best_assignment

    chosen = _best_assignment(sorted(options), options)
    assert [(c[1], c[2]) for c in chosen] == expected


ESTUARY = Path(__file__).resolve().parents[1] / "fixtures" / "estuary-tunnel"


def estuary(*names):
    from figcheck.document import load
    from figcheck.pipeline import read_figures

    return read_figures([load(str(ESTUARY / name)) for name in names])


def test_reworded_sentence_aligns_between_aligned_neighbours(monkeypatch):
    """A spun sentence shares few words, but stands where the original's does."""
    import figcheck.align as alignment

    pair = ("4.50 pounds", "5.40 pounds")
    assert pair in aligned_texts(estuary("01-original.txt", "04-spun.txt"))
    monkeypatch.setattr(alignment, "GAP_FLOOR", 1000.0)  # order alone no longer enough
    assert pair not in aligned_texts(estuary("01-original.txt", "04-spun.txt"))


def test_order_is_no_evidence_across_a_long_gap(monkeypatch):
    import figcheck.align as alignment

    pair = ("4.50 pounds", "5.40 pounds")
    monkeypatch.setattr(alignment, "GAP_CHARS", 100)  # the neighbours stand ~300 apart
    assert pair not in aligned_texts(estuary("01-original.txt", "04-spun.txt"))
