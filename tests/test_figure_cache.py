"""The figures kept between command-line runs change nothing but time.

An entry read back must hold the very figures the reading gives; anything a reading
depends on (text, plain text, date, language, whether it was stated, figcheck's code)
must name another entry; a damaged entry is read afresh.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

import pytest
from helpers import run_figcheck

from figcheck import figure_cache
from figcheck.document import from_text
from figcheck.pipeline import _reading, figures_of

ARTICLE = (
    "On 3 March 2023 the harbour board approved a $4.5 million plan, up 12% from last "
    "year, for 240 moorings and a 3 km breakwater; work starts next spring.\n"
)


def reading_of(text: str, language: str = "en", published: dt.date | None = None) -> tuple:
    document = replace(from_text("a.txt", text), language=language, published=published)
    return _reading(document)


def test_an_entry_gives_back_the_figures_read(tmp_path):
    cache = figure_cache.FigureCache(tmp_path)
    document = from_text("a.txt", ARTICLE)
    figures = figures_of(document)
    assert figures  # a text with figures, so the round trip says something
    cache.put(_reading(document), figures)
    again = figure_cache.FigureCache(tmp_path).get(_reading(document))
    assert again == figures
    assert [fig.to_dict() for fig in again] == [fig.to_dict() for fig in figures]


def test_a_text_without_figures_is_kept_as_none_found(tmp_path):
    cache = figure_cache.FigureCache(tmp_path)
    reading = reading_of("Nothing to count here.\n")
    assert cache.get(reading) is None
    cache.put(reading, ())
    assert cache.get(reading) == ()


@pytest.mark.parametrize(
    "other",
    [
        reading_of(ARTICLE + " "),
        reading_of(ARTICLE, language="de"),
        reading_of(ARTICLE, published=dt.date(2024, 5, 1)),
        (ARTICLE, ARTICLE, None, "en", False),  # the same text read as markup's plain text
        (ARTICLE, None, None, "en", True),  # the language stated, not detected
    ],
)
def test_what_a_reading_depends_on_names_another_entry(tmp_path, other):
    cache = figure_cache.FigureCache(tmp_path)
    assert cache.path((ARTICLE, None, None, "en", False)) != cache.path(other)


def test_a_changed_file_of_figcheck_names_other_entries(tmp_path):
    package = tmp_path / "package"
    (package / "lang").mkdir(parents=True)
    (package / "lang" / "en.py").write_text("WORDS = ['one']\n")
    (package / "__pycache__").mkdir()
    before = figure_cache.FigureCache(tmp_path / "cache", package).path(reading_of(ARTICLE))
    (package / "__pycache__" / "en.pyc").write_bytes(b"compiled")  # bytecode is no code change
    assert figure_cache.FigureCache(tmp_path / "cache", package).path(reading_of(ARTICLE)) == before
    (package / "lang" / "en.py").write_text("WORDS = ['one', 'two']\n")
    after = figure_cache.FigureCache(tmp_path / "cache", package).path(reading_of(ARTICLE))
    assert after != before


@pytest.mark.parametrize("data", [b"", b"not a pickle", b"\x80\x05K\x03.", b"\x80\x05)."])
def test_a_damaged_entry_is_read_afresh(tmp_path, data):
    cache = figure_cache.FigureCache(tmp_path)
    reading = reading_of(ARTICLE)
    cache.put(reading, figures_of(from_text("a.txt", ARTICLE)))
    cache.path(reading).write_bytes(data)
    expected = () if data == b"\x80\x05)." else None  # an empty tuple is a valid entry
    assert cache.get(reading) == expected


def test_the_folder_keeps_the_entries_used_last(tmp_path, monkeypatch):
    monkeypatch.setattr(figure_cache, "MOST_ENTRIES", 3)
    cache = figure_cache.FigureCache(tmp_path)
    readings = [reading_of(f"Entry {k} of the run.\n") for k in range(5)]
    for age, reading in enumerate(readings[:3]):
        cache.put(reading, ())
        os.utime(cache.path(reading), ns=(age * 10**9, age * 10**9))
    assert cache.get(readings[0]) == ()  # used now: the newest
    cache.put(readings[3], ())
    cache.put(readings[4], ())
    kept = [cache.get(reading) is not None for reading in readings]
    assert kept == [True, False, False, True, True]


def test_held_writes_wait_for_the_answer_and_then_are_written(tmp_path, monkeypatch):
    """A server's run holds its entries back until it has answered (``hold_writes``); then
    they are written as they would have been, and later ones at once."""
    monkeypatch.setattr(figure_cache, "_held", None)
    cache = figure_cache.FigureCache(tmp_path)
    document = from_text("a.txt", ARTICLE)
    figures = figures_of(document)
    figure_cache.hold_writes()
    cache.put(_reading(document), figures)
    assert cache.keep_value(cache.named("rows"), {"a": [1.5]}) is True
    assert not list(tmp_path.iterdir())  # nothing written yet
    assert cache.get(_reading(document)) is None  # and nothing read back: worked out again
    figure_cache.write_held()
    again = figure_cache.FigureCache(tmp_path)
    assert again.get(_reading(document)) == figures
    assert again.kept_value(again.named("rows")) == {"a": [1.5]}
    cache.keep_value(cache.named("later"), 7)
    assert again.kept_value(again.named("later")) == 7  # no longer held


def test_an_unwritable_folder_leaves_the_run_alone(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = figure_cache.FigureCache(blocker / "below")
    cache.put(reading_of(ARTICLE), ())
    assert cache.get(reading_of(ARTICLE)) is None


@pytest.mark.parametrize(
    ("environ", "on"),
    [({}, True), ({"FIGCHECK_NO_CACHE": "1"}, False), ({"FIGCHECK_NO_CACHE": "0"}, True)],
)
def test_the_cache_is_off_with_the_others(tmp_path, monkeypatch, environ, on):
    monkeypatch.setattr(figure_cache, "_installed", None)
    installed = figure_cache.install({"FIGCHECK_CACHE_DIR": str(tmp_path), **environ})
    assert (installed is not None) == on
    if on:
        assert installed.folder == tmp_path / "figures"


def test_commands_read_alike_cold_warm_and_off(tmp_path):
    (tmp_path / "v1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "v2.txt").write_text(ARTICLE.replace("240", "420"), encoding="utf-8")
    (tmp_path / "none.txt").write_text("No figures in this one.\n", encoding="utf-8")
    (tmp_path / "draft.md").write_text(
        "---\nsources: [v1.txt]\n---\n" + ARTICLE.replace("12%", "21%"), encoding="utf-8"
    )
    env = {"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")}
    commands = [
        ("extract", "--format", "json", "v1.txt", "none.txt"),
        ("check", "--format", "json", "v1.txt", "v2.txt"),
        ("hook", "--format", "json", "draft.md"),
    ]
    for args in commands:
        cold = run_figcheck(*args, cwd=tmp_path, env=env)
        warm = run_figcheck(*args, cwd=tmp_path, env=env)
        off = run_figcheck(*args, cwd=tmp_path, env={"FIGCHECK_NO_CACHE": "1"})
        assert cold.returncode == warm.returncode == off.returncode, cold.stderr
        assert cold.stdout == warm.stdout == off.stdout, args
    kept = [path.name for path in (tmp_path / "cache" / "figures").glob("*.pickle")]
    alignment = ("scores-", "profiles-", "figure-profiles-")
    assert len([name for name in kept if not name.startswith((*alignment, "paragraphs-"))]) == 4
    # each file's paragraphs, as it was read last (KnownParagraphs)
    assert len([name for name in kept if name.startswith("paragraphs-")]) == 4
    # alignment's, kept beside the figures (align.score_cache, profile_cache)
    assert len([name for name in kept if name.startswith("scores-")]) == 1
    assert len([name for name in kept if name.startswith("profiles-")]) == 4


def test_a_long_text_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(figure_cache, "LONGEST", len(ARTICLE) - 1)
    cache = figure_cache.FigureCache(tmp_path)
    cache.put(reading_of(ARTICLE), ())
    assert cache.get(reading_of(ARTICLE)) is None
    assert not list(tmp_path.iterdir())


def test_a_scan_keeps_no_figures(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    for name, text in (("a.txt", ARTICLE), ("b.txt", ARTICLE.replace("240", "420"))):
        (archive / name).write_text(text, encoding="utf-8")
    env = {"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")}
    result = run_figcheck("scan", "-o", str(tmp_path / "out.jsonl"), str(archive), env=env)
    assert result.returncode in (0, 1), result.stderr
    assert not (tmp_path / "cache" / "figures").exists()


def test_an_edited_draft_reads_alike_kept_and_off(tmp_path):
    """The hook's draft changes between runs: its unchanged paragraphs come from the
    cache, and the findings are those of a run that keeps nothing."""
    (tmp_path / "v1.txt").write_text(ARTICLE + "\nThe board has 9 members.\n", encoding="utf-8")
    env = {"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")}
    head = "---\nsources: [v1.txt]\n---\n"
    drafts = [
        ARTICLE + "\nThe board has 9 members.\n",
        ARTICLE + "\nThe board has 11 members.\n",
        "Updated.\n\n" + ARTICLE.replace("12%", "21%") + "\nThe board has 11 members.\n",
        ARTICLE.replace("$4.5", "A$4.5") + "\nThe board has 11 members.\n",
    ]
    for draft in drafts:
        (tmp_path / "draft.md").write_text(head + draft, encoding="utf-8")
        kept = run_figcheck("hook", "--format", "json", "draft.md", cwd=tmp_path, env=env)
        off = run_figcheck(
            "hook", "--format", "json", "draft.md", cwd=tmp_path, env={"FIGCHECK_NO_CACHE": "1"}
        )
        assert kept.returncode == off.returncode, kept.stderr
        assert kept.stdout == off.stdout, draft


def test_kept_paragraphs_hold_the_last_reading_of_a_file(tmp_path):
    cache = figure_cache.FigureCache(tmp_path)
    one, two = ("One 5% rise.\n\n", None, "en"), ("Two 6% rises.\n", None, "en")
    first = figure_cache.KnownParagraphs(cache, "a.txt")
    assert not first.read_before
    first.put(one, ())
    first.save()  # a first reading marks the file as read, and keeps no paragraph
    second = figure_cache.KnownParagraphs(cache, "a.txt")
    assert second.read_before and second.kept == {}
    second.put(one, ())
    second.put(two, ())
    second.save()
    third = figure_cache.KnownParagraphs(cache, "a.txt")
    assert third.get(one) == ()
    assert third.get(("Three.\n", None, "en")) is None
    assert not figure_cache.KnownParagraphs(cache, "b.txt").read_before
    third.save()  # the second paragraph was not read again: it is left out
    assert list(figure_cache.KnownParagraphs(cache, "a.txt").kept) == [one]


@pytest.mark.parametrize("value", [{("p", None, "en"): ("not a figure",)}, ["p"], {"p": ()}])
def test_kept_paragraphs_of_another_shape_are_read_afresh(tmp_path, value):
    cache = figure_cache.FigureCache(tmp_path)
    known = figure_cache.KnownParagraphs(cache, "a.txt")
    cache.keep_value(known.file, value)
    assert figure_cache.KnownParagraphs(cache, "a.txt").kept == {}


def test_standard_input_keeps_no_paragraphs(tmp_path, monkeypatch):
    monkeypatch.setattr(figure_cache, "_installed", figure_cache.FigureCache(tmp_path))
    assert figure_cache.known_paragraphs("-") is None
    assert figure_cache.known_paragraphs("a.txt") is not None
