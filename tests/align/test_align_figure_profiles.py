"""Figures' profiles kept one by one between runs (``profile_cache.figures``) change nothing
but time.

A figure whose words, sentences, clause, year and publication date are those of a kept
one has its profile read back, wherever those words stand in the text; any change to
what it is read from works it out afresh; an edited story's profiles, read back where
they can be, are the very profiles worked out with no cache at all.
"""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import replace

import pytest
from align_helpers import FIXTURES, story_versions

from figcheck import figure_cache
from figcheck.align import profile_cache, profiles
from figcheck.document import Document, Version
from figcheck.pipeline import figures_of

SENTENCES = [
    "The council approved the budget on Monday.",
    "The port authority said 240 moorings would cost $4.5 million in 2024, up 12% on the plan.",
    "About 3,000 boats used the harbour last year.",
    "Fishing crews welcomed the news.",
    "The mayor, aged 58, said the work would start soon.",
    "Residents were not consulted.",
]


@pytest.fixture
def new_run(tmp_path, monkeypatch):
    """A figure cache installed in ``tmp_path``; each call saves the run before and starts a
    new one. Gives the figures (their texts) whose profiles were worked out, not read back."""
    monkeypatch.setattr(figure_cache, "_installed", figure_cache.FigureCache(tmp_path))
    profile_cache._figures.forget()
    worked: list[str] = []
    work = profiles._profile

    def counted(reader, fig, *args):
        worked.append(fig.text)
        return work(reader, fig, *args)

    monkeypatch.setattr(profiles, "_profile", counted)

    def start() -> list[str]:
        profile_cache.save_figures()
        profile_cache._figures.forget()
        worked.clear()
        return worked

    return start


def version(text: str, published: dt.date | None = dt.date(2025, 3, 4)) -> Version:
    document = Document("draft.txt", text, published=published)
    return Version(document, tuple(figures_of(document)))


def worked_out(text: str, **options) -> list:
    """The profiles of ``text``'s figures, none read back from a cache."""
    return profiles._worked_out(version(text, **options), 0, {})


def without_cache(monkeypatch, text: str, **options) -> list:
    cache = figure_cache.installed()
    monkeypatch.setattr(figure_cache, "_installed", None)
    try:
        return worked_out(text, **options)
    finally:
        monkeypatch.setattr(figure_cache, "_installed", cache)


def paragraph(*indices: int) -> str:
    return " ".join(SENTENCES[i] for i in indices) + "\n"


@pytest.mark.parametrize(
    ("before", "after", "worked", "kept"),
    [
        # the same text: every profile read back
        (paragraph(0, 1, 2, 3), paragraph(0, 1, 2, 3), [], ["Monday", "240", "3,000"]),
        # a line added beyond every figure's neighbours and reach
        (
            paragraph(1, 2, 3, 5, 3),
            paragraph(1, 2, 3, 5, 3) + "\nA new closing line.\n",
            [],
            ["240", "last year"],
        ),
        # a paragraph added before: the words stand elsewhere, their profiles are read back
        (
            paragraph(5, 3, 5, 1, 2),
            "A new opening line.\n\n" + paragraph(5, 3, 5, 1, 2),
            [],
            ["240", "last year"],
        ),
        # a neighbour sentence changed: it is the figure's wide context
        (
            paragraph(0, 1, 2, 3),
            paragraph(0, 1, 2, 4),
            ["3,000", "last year", "58"],
            ["Monday", "240"],
        ),
        # a word right after the figure changed
        (paragraph(2), paragraph(2).replace("boats", "yachts"), ["3,000", "last year"], []),
    ],
)
def test_a_profile_is_read_back_while_its_words_are_the_same(
    new_run, monkeypatch, before, after, worked, kept
):
    new_run()
    worked_out(before)
    done = new_run()
    warm = worked_out(after)
    assert set(worked) <= set(done)
    assert not set(kept) & set(done)
    if not worked:
        assert done == []
    assert warm == without_cache(monkeypatch, after)


@pytest.mark.parametrize(
    "other",
    [
        {"published": dt.date(2025, 3, 5)},  # "last year" and an age are read against it
        {"published": None},
    ],
)
def test_another_publication_date_works_every_profile_out(new_run, monkeypatch, other):
    text = paragraph(1, 2, 4)
    new_run()
    worked_out(text)
    done = new_run()
    warm = worked_out(text, **other)
    assert len(done) == len(version(text).figures)
    assert warm == without_cache(monkeypatch, text, **other)


def test_a_year_told_elsewhere_works_out_the_figures_it_dates(new_run, monkeypatch):
    """ "In 2019, ... . The port ... 240 moorings": the year is read far from the figure."""
    text = "In 2019, the harbour was rebuilt. " + paragraph(3, 0, 2)
    edited = text.replace("2019", "2018")
    new_run()
    worked_out(text)
    new_run()
    assert worked_out(edited) == without_cache(monkeypatch, edited)


EDITS = {
    "a line at the end": lambda text: text + "\nRevision note, with no figure.\n",
    "a paragraph at the start": lambda text: "An editor's note opens the draft.\n\n" + text,
    "a sentence in the middle": lambda text: (
        text[: len(text) // 2] + " An aside. " + text[len(text) // 2 :]
    ),
    "a number changed": lambda text: text.replace("1", "7", 1),
    "a word changed": lambda text: text.replace(" the ", " a ", 1),
    "the first paragraph gone": lambda text: text.split("\n\n", 1)[-1],
}
STORIES = sorted(p for p in FIXTURES.iterdir() if p.is_dir())


@pytest.mark.parametrize("edit", sorted(EDITS))
@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
def test_an_edited_story_has_the_profiles_worked_out_without_a_cache(
    new_run, monkeypatch, folder, edit
):
    versions = story_versions(*sorted(folder.glob("*.txt")))
    new_run()
    for v in versions:
        profiles._worked_out(v, 0, {})
    new_run()
    for v in versions:
        text = EDITS[edit](v.document.text)
        changed = replace(v.document, text=text)
        edited = Version(changed, tuple(figures_of(changed)))
        warm = profiles._worked_out(edited, 0, {})
        cache = figure_cache.installed()
        monkeypatch.setattr(figure_cache, "_installed", None)
        assert warm == profiles._worked_out(edited, 0, {}), v.document.path
        monkeypatch.setattr(figure_cache, "_installed", cache)


def entry_path():
    cache = figure_cache.installed()
    return cache.named(profile_cache.FIGURES_NAME)


def rewritten(data: bytes, change) -> bytes:
    kept = pickle.loads(data[figure_cache.CHECK :])
    return figure_cache.checked(pickle.dumps(change(kept)))


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-3],
        lambda data: data[:5],
        lambda data: b"",
        lambda data: data[:16] + bytes([data[16] ^ 1]) + data[17:],
        lambda data: figure_cache.checked(pickle.dumps(["not", "a", "dict"])),
        lambda data: rewritten(
            data, lambda kept: {name: list(form) for name, form in kept.items()}
        ),
        lambda data: rewritten(data, lambda kept: {name: form[:-1] for name, form in kept.items()}),
        lambda data: rewritten(data, lambda kept: {name: "a profile" for name in kept}),
        lambda data: rewritten(
            data, lambda kept: {name: ("x",) * len(form) for name, form in kept.items()}
        ),
    ],
)
def test_a_damaged_entry_is_worked_out_afresh(new_run, monkeypatch, damage):
    text = paragraph(1, 2)
    new_run()
    worked_out(text)
    profile_cache.save_figures()
    path = entry_path()
    path.write_bytes(damage(path.read_bytes()))
    profile_cache._figures.forget()
    done = new_run()
    warm = worked_out(text)
    assert len(done) == len(version(text).figures)
    assert warm == without_cache(monkeypatch, text)


def test_the_entry_keeps_the_profiles_used_last(new_run, monkeypatch):
    monkeypatch.setattr(profile_cache, "MOST_FIGURES", 2)
    texts = [f"Sales rose {n}% in May." for n in (11, 12, 13)]
    new_run()
    for text in texts:
        worked_out(text)  # two figures each: the percentage and the month
    new_run()
    worked_out(texts[0])  # fell out: worked out again, and kept first
    done = new_run()
    worked_out(texts[0])
    assert done == []
    worked_out(texts[1])
    assert done == ["12%", "May"]


def test_a_text_too_long_to_keep_keeps_no_profile(new_run, monkeypatch):
    text = paragraph(1, 2)
    monkeypatch.setattr(figure_cache, "LONGEST", len(text) - 1)
    new_run()
    worked_out(text)
    done = new_run()
    worked_out(text)
    assert len(done) == len(version(text).figures)
    assert profile_cache.figures(text) is None


def test_no_installed_cache_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(figure_cache, "_installed", None)
    profile_cache._figures.forget()
    assert profile_cache.figures(paragraph(1, 2)) is None
    worked_out(paragraph(1, 2))
    profile_cache.save_figures()
    assert not list(tmp_path.iterdir())
