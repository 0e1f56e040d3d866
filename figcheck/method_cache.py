"""The methods ``dataclasses`` writes for each record, compiled once per machine.

figcheck's records are frozen dataclasses, and the standard library makes each one's
``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__`` and ``__delattr__``
by writing their source and compiling it, on every run: 20 to 35 records cost a short
command some 20 to 30 ms, more than reading a 10 KB article's dates. A command-line run
installs this cache (``install``): the code Python compiles for each such source text
is kept in a file of the cache folder (figcheck.regex_cache), and the next run hands the
same code straight to ``exec``.

The cache changes nothing but time. It replaces ``exec`` inside the ``dataclasses``
module only, by a function that compiles the source as ``exec`` would (file name
``<string>``, none of the caller's ``__future__`` flags, since ``dataclasses`` has none)
or takes the code compiled before from the same source text, under a file name that
names the exact Python build; the code then runs as before, in the globals and
namespace ``dataclasses`` gives. A missing or damaged file compiles as usual; only the
command-line process installs it (a program importing figcheck keeps its own
``dataclasses``); ``FIGCHECK_NO_CACHE=1`` turns it off with the regex cache.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import os
from pathlib import Path

from figcheck.regex_cache import Shelf, cache_file, kept_entries, write_entries

#: Changes when the file's layout does: part of its name.
LAYOUT = 2


class MethodCache:
    """Source text -> its compiled code (a ``marshal`` blob), read and added to."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: Shelf = Shelf(path)
        self.used: dict[str, bytes] = {}
        self.added = 0

    def code(self, source: str):
        """The code of ``source`` compiled as ``exec(source)`` compiles it."""
        blob = self.entries.get(source)
        if blob is not None:
            try:
                code = marshal.loads(blob)
            except (EOFError, ValueError, TypeError):
                code = None
            if type(code) is _CODE and code.co_filename == "<string>":
                self.used[source] = blob
                return code
        code = compile(source, "<string>", "exec", dont_inherit=True)
        self.entries[source] = self.used[source] = marshal.dumps(code)
        self.added += 1
        return code

    def exec(self, source, globals=None, locals=None, /, **options):  # noqa: A002 - exec's names
        """``exec`` as ``dataclasses`` calls it, with a source text's code from the cache."""
        if not isinstance(source, str) or globals is None:
            # not what dataclasses hands over: exec as it is (in dataclasses' globals)
            return builtins.exec(source, _dataclass_globals(globals), locals, **options)
        return builtins.exec(self.code(source), globals, locals, **options)

    def save(self) -> None:
        """Write the entries if this run compiled any: this run's first, at most MOST_ENTRIES."""
        if not self.added:
            return
        write_entries(self.path, kept_entries(self.used, self.entries.loaded()))


_CODE = type(compile("", "<string>", "exec"))


def _dataclass_globals(given):
    import dataclasses

    return vars(dataclasses) if given is None else given


def cache_path(environ=os.environ) -> Path | None:
    """The cache file for this Python build, or None when the cache is off."""
    return cache_file("methods", str(LAYOUT), environ)


_installed: MethodCache | None = None


def install(environ=os.environ) -> MethodCache | None:
    """Give ``dataclasses`` the cache's ``exec`` for the rest of this process (once)."""
    global _installed
    if _installed is not None:
        return _installed
    path = cache_path(environ)
    if path is None:
        return None
    import dataclasses

    if "exec" in vars(dataclasses):
        return None  # someone else's replacement: leave it
    _installed = MethodCache(path)
    dataclasses.exec = _installed.exec  # found before the builtin by dataclasses' code
    atexit.register(_installed.save)
    return _installed


def uninstall() -> None:
    """Save the entries and give ``dataclasses`` the builtin ``exec`` back (a figcheck
    server, whose runs each install the cache their own environment names)."""
    global _installed
    cache, _installed = _installed, None
    if cache is None:
        return
    atexit.unregister(cache.save)
    cache.save()
    import dataclasses

    if vars(dataclasses).get("exec") == cache.exec:
        del dataclasses.exec
    cache.entries.close()


def installed() -> MethodCache | None:
    """The cache this process installed, or None."""
    return _installed
