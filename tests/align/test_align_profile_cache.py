"""Each version's profiles kept between runs (``align.profile_cache``) change nothing but time.

Profiles read back must be the very profiles worked out, holding the version's own
figures; anything they depend on (text, figures, publication date, the version's place)
names another entry; a damaged entry, or one that does not fit, is worked out afresh.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from align_helpers import FIXTURES, phrase_versions, story_versions

from figcheck import figure_cache
from figcheck.align import profile_cache, profiles
from figcheck.align.profiles import profiles_of

TEXT = (
    "The port authority said 240 moorings would cost $4.5 million in 2024, up 12% on the "
    "plan. About 3,000 boats used the harbour last year.\n"
)


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A figure cache installed in ``tmp_path``, and a count of profiles worked out."""
    monkeypatch.setattr(figure_cache, "_installed", figure_cache.FigureCache(tmp_path))
    worked = []
    work = profiles._worked_out

    def counted(version, doc_index, cache):
        worked.append(doc_index)
        return work(version, doc_index, cache)

    monkeypatch.setattr(profiles, "_worked_out", counted)
    return worked


def test_kept_profiles_are_the_profiles_worked_out(installed):
    versions = story_versions(*sorted((FIXTURES / "wind-farm").glob("*.txt")))
    first = [profiles_of(v, d, {}) for d, v in enumerate(versions)]
    again = [profiles_of(v, d, {}) for d, v in enumerate(versions)]
    assert installed == list(range(len(versions)))  # the second time, all were kept
    assert again == first
    for version, kept in zip(versions, again, strict=True):
        assert all(p.figure is fig for p, fig in zip(kept, version.figures, strict=True))


def changed(version, **changes):
    return replace(version, document=replace(version.document, **changes))


@pytest.mark.parametrize(
    "other",
    [
        lambda v, d: (changed(v, text=v.document.text + " "), d),
        lambda v, d: (changed(v, published=dt.date(2025, 1, 2)), d),
        lambda v, d: (replace(v, figures=v.figures[:-1]), d),
        lambda v, d: (v, d + 1),
    ],
)
def test_what_profiles_depend_on_names_another_entry(installed, other):
    (version,) = phrase_versions(TEXT)
    assert profile_cache.entry(version, 0) != profile_cache.entry(*other(version, 0))
    assert profile_cache.entry(version, 0) == profile_cache.entry(version, 0)


def entry_file(version, doc_index):
    return profile_cache.entry(version, doc_index)[1]


def rewritten(data: bytes, change) -> bytes:
    kept = figure_cache.pickle_module().loads(data[figure_cache.CHECK :])
    body = figure_cache.pickle_module().dumps(change(kept), protocol=5)
    return figure_cache.checked(body)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),
        lambda data: data[: len(data) // 2],
        lambda data: rewritten(data, tuple),
        lambda data: rewritten(data, lambda kept: kept[:-1]),
        lambda data: rewritten(data, lambda kept: kept[::-1]),
        lambda data: rewritten(data, lambda kept: [form[:-1] for form in kept]),
        lambda data: rewritten(data, lambda kept: [list(form) for form in kept]),
        lambda data: rewritten(data, lambda kept: [*kept[:-1], "not a profile"]),
    ],
)
def test_a_damaged_entry_is_worked_out_afresh(installed, damage):
    (version,) = phrase_versions(TEXT)
    expected = profiles_of(version, 0, {})
    path = entry_file(version, 0)
    path.write_bytes(damage(path.read_bytes()))
    assert profiles_of(version, 0, {}) == expected
    assert installed == [0, 0]


def test_no_installed_cache_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(figure_cache, "_installed", None)
    (version,) = phrase_versions(TEXT)
    assert profile_cache.entry(version, 0) is None
    assert profiles_of(version, 0, {}) == profiles._worked_out(version, 0, {})
    assert not list(tmp_path.iterdir())
