"""Compiled patterns kept between runs, as Python keeps compiled bytecode.

Parsing and compiling the extractors' large patterns took longer than extracting the
figures of a 10 KB article. ``re`` has no persistent cache, so this one stores what
its compiler produces (the engine's code for each pattern) in ``__pycache__`` and
hands it back to the engine on the next run: the same Pattern object, without the
parse. Like bytecode it is keyed by the exact Python build, written only when
bytecode is (PYTHONDONTWRITEBYTECODE turns it off), and any failure falls back to
plain ``re.compile``.
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys

try:  # the engine's own compiler: private, so everything below has a fallback
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

_PATH = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "__pycache__",
    f"regex.{sys.implementation.cache_tag}.marshal",
)
#: The full version and the engine's magic: a cache from another build is ignored.
_BUILD = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))

#: Code words are stored as raw bytes: marshal reads a list of ints 50 times slower.
_WORD = next((t for t in "IL" if array.array(t).itemsize == getattr(_sre, "CODESIZE", 4)), "L")

_entries: dict | None = None
_added = False
#: Patterns compiled by this run; when the file outgrows _LIMIT only these are kept.
_used: set = set()
_LIMIT = 1000


def _load() -> dict:
    global _entries
    if _entries is None:
        _entries = {}
        try:
            with open(_PATH, "rb") as handle:
                build, entries = marshal.load(handle)
            if build == _BUILD and isinstance(entries, dict):
                _entries = entries
        except Exception:  # missing, unreadable or from another build: start afresh
            pass
    return _entries


def _save() -> None:
    if not _added or sys.dont_write_bytecode:
        return
    entries = _entries
    if len(entries) > _LIMIT:  # old versions of edited patterns: drop what this run did not use
        entries = {key: entry for key, entry in entries.items() if key in _used}
    temporary = f"{_PATH}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(_PATH), exist_ok=True)
        with open(temporary, "wb") as handle:
            marshal.dump((_BUILD, entries), handle)
        os.replace(temporary, _PATH)
    except (OSError, ValueError):  # a read-only install: run without the cache
        try:
            os.remove(temporary)
        except OSError:
            pass


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re's own name
    """``re.compile(pattern, flags)``, from the cache when this build compiled it before."""
    if _sre is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    key = (pattern, flags)
    _used.add(key)
    entry = _load().get(key)
    if entry is not None:
        try:
            flags_used, words, groups, groupindex, indexgroup = entry
            code = array.array(_WORD, words).tolist()
            return _sre.compile(pattern, flags_used, code, groups, groupindex, indexgroup)
        except Exception:
            pass
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        compiled = _sre.compile(
            pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup),
        )  # fmt: skip
        entry = (compiled.flags, array.array(_WORD, code).tobytes(), compiled.groups,
                 groupindex, tuple(indexgroup))  # fmt: skip
    except Exception:
        return re.compile(pattern, flags)
    global _added
    if not _added:
        atexit.register(_save)
    _added = True
    _entries[key] = entry
    return compiled
