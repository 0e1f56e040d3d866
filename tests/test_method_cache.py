"""The compiled-method cache of command-line runs changes nothing but time.

A record defined while the cache is installed, from a cold file or a warm one, must
behave exactly as one ``dataclasses`` makes alone; a damaged file compiles as usual.
"""

from __future__ import annotations

import dataclasses
import marshal
from typing import ClassVar

import pytest

from figcheck import method_cache


def fresh(folder) -> method_cache.MethodCache:
    """A cache on a file in ``folder``, read as a new run would read it."""
    return method_cache.MethodCache(method_cache.cache_path({"FIGCHECK_CACHE_DIR": str(folder)}))


def installed(monkeypatch, cache: method_cache.MethodCache) -> None:
    """``cache`` in ``dataclasses`` for the test only."""
    monkeypatch.setattr(dataclasses, "exec", cache.exec, raising=False)


def define(frozen: bool):
    """A record with defaults, a factory, a class variable and a keyword-only field."""

    @dataclasses.dataclass(frozen=frozen, order=True)
    class Money:
        """An amount."""

        LIMIT: ClassVar[int] = 3
        value: float
        unit: str = "USD"
        extra: tuple = dataclasses.field(default_factory=tuple)
        note: str = dataclasses.field(default="", kw_only=True)

    return Money


def behaviour(cls) -> list:
    """What a record class does, as plain values to compare."""
    a, b = cls(1.5), cls(2, "EUR", ("x",), note="n")
    out = [repr(a), repr(b), a == cls(1.5), a == b, a < b, dataclasses.astuple(b)]
    out.append(hash(a) if cls.__hash__ is not None else None)
    try:
        a.value = 3
        out.append(("set", a.value))
    except dataclasses.FrozenInstanceError:
        out.append("frozen")
    out.append(str(cls.__init__.__annotations__))
    return out


@pytest.mark.parametrize("frozen", [True, False])
def test_a_record_behaves_alike_with_a_cold_and_a_warm_cache(tmp_path, monkeypatch, frozen):
    alone = behaviour(define(frozen))
    cold = fresh(tmp_path)
    installed(monkeypatch, cold)
    assert behaviour(define(frozen)) == alone
    assert cold.added > 0
    cold.save()
    warm = fresh(tmp_path)
    installed(monkeypatch, warm)
    assert behaviour(define(frozen)) == alone
    assert warm.added == 0, "every method came from the file"


@pytest.mark.parametrize(
    "blob", [b"", b"not marshal", marshal.dumps(12), marshal.dumps(compile("1", "other", "eval"))]
)
def test_a_damaged_entry_is_compiled_afresh(tmp_path, monkeypatch, blob):
    cold = fresh(tmp_path)
    installed(monkeypatch, cold)
    define(True)
    for source in cold.entries:
        cold.entries[source] = blob
    cold.added = 0
    assert behaviour(define(True)) == behaviour(define(True))
    assert cold.added == len(cold.entries)


def test_a_damaged_file_is_compiled_afresh(tmp_path, monkeypatch):
    path = method_cache.cache_path({"FIGCHECK_CACHE_DIR": str(tmp_path)})
    path.write_bytes(b"\x00 not a cache")
    cache = fresh(tmp_path)
    assert cache.entries == {}
    installed(monkeypatch, cache)
    assert repr(define(True)(4)).endswith("Money(value=4, unit='USD', extra=(), note='')")
    assert cache.added > 0


@pytest.mark.parametrize(
    ("environ", "on"),
    [({}, True), ({"FIGCHECK_NO_CACHE": "1"}, False), ({"FIGCHECK_NO_CACHE": "0"}, True)],
)
def test_the_cache_is_turned_off_with_the_regex_cache(environ, on):
    assert (method_cache.cache_path(environ) is not None) is on


def test_the_file_names_the_python_build_apart_from_the_regex_cache(tmp_path):
    from figcheck import regex_cache

    environ = {"FIGCHECK_CACHE_DIR": str(tmp_path)}
    path = method_cache.cache_path(environ)
    assert path.parent == tmp_path
    assert path.name.startswith("methods-")
    assert path != regex_cache.cache_path(environ)
