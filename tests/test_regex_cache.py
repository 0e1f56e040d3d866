"""The compiled-pattern cache of command-line runs changes nothing but time.

A pattern read back from the cache file must match exactly what ``re`` compiles
itself; a damaged or unwritable cache must leave ``re`` compiling as usual.
"""

from __future__ import annotations

import marshal
import re
import sys

import pytest
from helpers import run_figcheck

from figcheck import regex_cache

PATTERNS = [
    (r"\b(?P<amount>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?P<scale>million|billion)\b", re.I),
    (r"(?<![\w.])(?:US\$|€|£)\s?\d+", 0),
    (r"(?x) (?P<day> [0-3]?\d ) \s+ de \s+ (?P<month> enero | febrero )", 0),
    (r"(\d+)([万億])", 0),
    (r"(?:(?P<a>x)|(?P<b>y))+?z", re.I | re.M),
    (r"ß|straße", re.I),
]
TEXTS = [
    "It cost 1,200.5 Million dollars, then 3 BILLION.",
    "US$ 40 and €12 and x£7",
    "el 24 de enero, 3 de febrero",
    "3万人, 5億円",
    "xyXyz YZ",
    "STRASSE Straße ẞ",
]


def fresh(folder) -> regex_cache.RegexCache:
    """A cache on a file in ``folder``, read as a new run would read it."""
    path = regex_cache.cache_path({"FIGCHECK_CACHE_DIR": str(folder)})
    cache = regex_cache.RegexCache(path)
    cache.worth_saving = 0.0  # every pattern written, however quick to compile
    return cache


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_cached_pattern_is_the_pattern_re_compiles(tmp_path, source, flags):
    first = fresh(tmp_path)
    first.compile(source, flags)
    first.save()
    second = fresh(tmp_path)
    cached = second.compile(source, flags)
    assert second.added == 0, "read from the file, not compiled again"
    expected = re.compile(source, flags)
    assert (cached.pattern, cached.flags, cached.groups, dict(cached.groupindex)) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        dict(expected.groupindex),
    )
    for text in TEXTS:
        assert [m.span() for m in cached.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ]
        assert [m.groupdict() for m in cached.finditer(text)] == [
            m.groupdict() for m in expected.finditer(text)
        ]


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal at all",
        b"\x00" * 64,
    ],
)
def test_a_damaged_file_is_compiled_afresh(tmp_path, damage):
    cache = fresh(tmp_path)
    cache.path.parent.mkdir(parents=True, exist_ok=True)
    cache.path.write_bytes(damage)
    cache = fresh(tmp_path)
    assert cache.compile(r"\d+", 0).findall("a 12 b 345") == ["12", "345"]
    cache.save()
    assert fresh(tmp_path).entries, "the file was rewritten whole"


def test_a_program_the_engine_refuses_is_compiled_afresh(tmp_path):
    cache = fresh(tmp_path)
    cache.compile(r"a(b)c", 0)
    flags, code, groups, groupindex, indexgroup = cache.program(r"a(b)c", 0)
    refused = (flags, [99999] * len(code), groups, groupindex, indexgroup)
    cache.entries[(r"a(b)c", 0)] = regex_cache._blob(refused)
    assert cache.compile(r"a(b)c", 0).findall("xabcx") == ["b"]
    assert cache.program(r"a(b)c", 0)[1] == code, "the entry is compiled again"


@pytest.mark.parametrize("blob", [b"", b"\x00not marshal", b"\xe9" * 8])
def test_a_damaged_entry_is_compiled_afresh(tmp_path, blob):
    cache = fresh(tmp_path)
    cache.entries[(r"a(b)c", 0)] = blob
    assert cache.compile(r"a(b)c", 0).findall("xabcx") == ["b"]
    assert cache.added == 1


def test_a_run_of_quick_patterns_leaves_the_file_as_it_was(tmp_path):
    """Rewriting the whole file costs more than compiling a file name's pattern again."""
    first = fresh(tmp_path)
    first.compile(r"kept\d", 0)
    first.save()
    before = first.path.read_bytes()
    quick = regex_cache.RegexCache(first.path)
    quick.worth_saving = 1.0  # a second: more than any pattern here takes
    quick.compile(r"(?:v1\.txt|v2\.txt)", 0)
    quick.save()
    assert quick.added == 1
    assert first.path.read_bytes() == before
    slow = regex_cache.RegexCache(first.path)
    slow.worth_saving = 0.0
    slow.compile(r"(?:v1\.txt|v2\.txt)", 0)
    slow.save()
    assert (r"(?:v1\.txt|v2\.txt)", 0) in fresh(tmp_path).entries


def test_a_file_of_another_layout_is_not_read(tmp_path):
    """Programs as the first layout stored them (plain tuples) are left unread."""
    cache = fresh(tmp_path)
    cache.path.parent.mkdir(parents=True, exist_ok=True)
    cache.path.write_bytes(marshal.dumps({(r"\d+", 0): (0, [1, 2], 0, {}, (None,))}))
    assert fresh(tmp_path).entries == {}


def test_an_unwritable_folder_only_costs_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    path = regex_cache.cache_path({"FIGCHECK_CACHE_DIR": str(blocker / "below")})
    cache = regex_cache.RegexCache(path)
    assert cache.compile(r"\w+", 0).findall("two words") == ["two", "words"]
    cache.save()  # no exception
    assert not path.exists()


@pytest.mark.parametrize(
    ("environ", "on"),
    [
        ({}, True),
        ({"FIGCHECK_NO_CACHE": "0"}, True),
        ({"FIGCHECK_NO_CACHE": "1"}, False),
        ({"FIGCHECK_NO_CACHE": "yes", "FIGCHECK_CACHE_DIR": "/tmp/x"}, False),
    ],
)
def test_the_cache_can_be_turned_off(environ, on):
    assert (regex_cache.cache_path(environ) is not None) is on


def test_the_file_names_the_python_build(tmp_path):
    path = regex_cache.cache_path({"FIGCHECK_CACHE_DIR": str(tmp_path)})
    assert path.parent == tmp_path
    assert path.name.startswith(f"regex-{sys.implementation.cache_tag}-")


def test_a_command_reads_alike_with_a_cold_and_a_warm_cache(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "On 3 March 2023 the council approved a $4.5 million plan, up 12% from last year, "
        "for 240 homes and a 3 km road.\n",
        encoding="utf-8",
    )
    env = {"FIGCHECK_CACHE_DIR": str(tmp_path / "cache")}
    cold = run_figcheck("extract", "--format", "json", str(article), env=env)
    files = list((tmp_path / "cache").glob("regex-*"))
    warm = run_figcheck("extract", "--format", "json", str(article), env=env)
    off = run_figcheck("extract", "--format", "json", str(article), env={"FIGCHECK_NO_CACHE": "1"})
    assert cold.returncode == warm.returncode == off.returncode == 0, cold.stderr
    assert len(files) == 1
    assert cold.stdout == warm.stdout == off.stdout


def test_threads_compiling_at_once_keep_each_pattern_its_own_program(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    cache = fresh(tmp_path)
    sources = [rf"(?P<n{k}>{k})\d{{{k % 5 + 1}}}x" for k in range(60)]
    cached_first = fresh(tmp_path)
    cached_first.compile(sources[0], 0)  # one hit among the misses
    cache.entries.update(cached_first.entries)
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda source: cache.compile(source, 0), sources * 3))
    cache.save()
    reread = fresh(tmp_path)
    for k, source in enumerate(sources):
        text = f"{k}{'7' * (k % 5 + 1)}x"
        assert reread.compile(source, 0).fullmatch(text), source
    assert reread.added == 0


def test_a_cache_records_programs_where_another_is_installed(tmp_path, monkeypatch):
    """A command run in-process installs the cache for the whole process: a cache made
    afterwards still records what ``re`` itself compiles."""
    monkeypatch.setattr(regex_cache, "_installed", None)
    compiler = regex_cache.compiler_module()
    monkeypatch.setattr(compiler, "compile", compiler.compile)  # undone after the test
    installed = regex_cache.install({"FIGCHECK_CACHE_DIR": str(tmp_path / "installed")})
    installed.compile(r"\d+x", 0)
    other = fresh(tmp_path)
    assert other.compile(r"\d+x", 0).findall("12x 3x") == ["12x", "3x"]
    assert other.added == 1 and (r"\d+x", 0) in other.entries


def test_a_full_file_keeps_this_runs_patterns_and_the_latest_others(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MOST_ENTRIES", 5)
    writer = fresh(tmp_path)
    for k in range(8):
        writer.compile(rf"old{k}\d", 0)
    writer.save()  # over the limit: its own 8 patterns are all "used", the newest 5 kept
    run = fresh(tmp_path)
    run.compile(r"mine\d", 0)
    run.save()
    kept = set(fresh(tmp_path).entries)
    assert (r"mine\d", 0) in kept
    assert len(kept) == 5
    assert {(rf"old{k}\d", 0) for k in (4, 5, 6, 7)} == kept - {(r"mine\d", 0)}


def test_a_run_reads_only_the_programs_it_compiles(tmp_path):
    writer = fresh(tmp_path)
    for k in range(20):
        writer.compile(rf"only{k}\d+", 0)
    writer.save()
    reader = fresh(tmp_path)
    assert len(reader.entries) == 20
    assert reader.compile(r"only7\d+", 0).findall("only712 only7x") == ["only712"]
    read = [key for key, blob in dict.items(reader.entries) if blob is not None]
    assert read == [(r"only7\d+", 0)] and reader.added == 0


@pytest.mark.parametrize("cut", [1, 40, -1])
def test_a_cut_file_compiles_afresh_what_it_lost(tmp_path, cut):
    """A file cut short (a full disk, a copy interrupted): its index is unreadable, or it
    points past the end; either way the patterns compile as usual."""
    writer = fresh(tmp_path)
    for k in range(5):
        writer.compile(rf"cut{k}[a-z]+", 0)
    writer.save()
    data = writer.path.read_bytes()
    writer.path.write_bytes(data[:cut] if cut > 0 else data[:cut])
    reader = fresh(tmp_path)
    for k in range(5):
        assert reader.compile(rf"cut{k}[a-z]+", 0).findall(f"x cut{k}ab") == [f"cut{k}ab"]
    assert reader.added >= 1


def test_prepared_patterns_are_taken_as_they_are(tmp_path):
    """A figcheck server makes every entry a ready pattern before it forks its runs: a run
    then takes the very pattern, neither compiling it nor building it from its program."""
    writer = fresh(tmp_path)
    for source, flags in PATTERNS:
        writer.compile(source, flags)
    writer.save()
    earlier = {("(?:kept)", 0): re.compile("(?:kept)")}
    server = fresh(tmp_path)
    server.prepare(earlier)
    assert set(server.ready) == {(s, int(f)) for s, f in PATTERNS} | set(earlier)
    for (source, flags), text in zip(PATTERNS, TEXTS, strict=True):
        ready = server.ready[(source, int(flags))]
        assert server.compile(source, flags) is ready
        assert [m.span() for m in ready.finditer(text)] == [
            m.span() for m in re.compile(source, flags).finditer(text)
        ]
    assert server.compile("(?:kept)", 0) is earlier[("(?:kept)", 0)]
    assert server.added == 0


def test_a_damaged_entry_is_not_made_ready(tmp_path):
    writer = fresh(tmp_path)
    writer.compile(r"\d+x", 0)
    writer.entries[("broken", 0)] = writer.used[("broken", 0)] = marshal.dumps((1, 2))
    writer.added += 1
    writer.save()
    server = fresh(tmp_path)
    server.prepare()
    assert list(server.ready) == [(r"\d+x", 0)]
    assert server.compile("broken", 0).fullmatch("broken") and server.added == 1
