"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

figcheck's finders are large regular expressions, and the standard library compiles a
pattern in pure Python: about 100 ms of a 10 KB ``extract`` and more of a ``hook`` run,
more than the reading itself. A command-line run installs this cache (``install``):
the program ``re`` compiled for a pattern is kept in a file of the user's cache
directory, and the next run hands it straight to the regular-expression engine.

The cache changes nothing but time. An entry is what ``re``'s own compiler produced
for the same pattern text and flags, under a file name that names the exact Python
build and engine version; the engine checks every program it is handed. A missing,
damaged or unwritable file, or a Python whose ``re`` is laid out otherwise, leaves
``re`` compiling as it always does. Only the command-line process installs it: a
program that imports figcheck as a library keeps its own ``re`` untouched.

The file is read on every run, so it is kept cheap to read: an index of its entries
comes first, and each program is its own ``marshal`` blob, read and decoded only when its
pattern is compiled (a run uses a sixth of the file; decoding all of it cost some 20 ms,
reading all of it 5 ms); a run that compiled only a few quick patterns (file names, a
sentence's words) does not rewrite it.

``FIGCHECK_CACHE_DIR`` names the folder (default ``$XDG_CACHE_HOME/figcheck`` or
``~/.cache/figcheck``); ``FIGCHECK_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import threading
import time
import zlib
from array import array
from pathlib import Path

#: A file holding more entries than this is rewritten with only the last run's.
MOST_ENTRIES = 800

#: A run rewrites the file only when the patterns it added took this long to compile
#: (seconds, all together): a few quick ones are cheaper to compile again next time.
WORTH_SAVING = 0.002

#: The layout of the file's entries; part of its name, so another layout is never read.
LAYOUT = 4
#: What a cache file starts with, before the length of its index.
MAGIC = b"figcheck-cache\x01"

#: (pattern, flags) -> the arguments of ``_sre.compile`` after the pattern itself, as
#: one ``marshal`` blob.
Entries = dict[tuple[str, int], bytes]


class _Recorder:
    """Stands for the engine module while ``re`` compiles a pattern: keeps the program."""

    def __init__(self, engine):
        # The compiler reads the engine's helpers thousands of times a pattern: copied
        # here, they are found without a detour through __getattr__.
        names = (name for name in dir(engine) if not name.startswith("__") and name != "compile")
        self.__dict__.update({name: getattr(engine, name) for name in names})
        self._engine = engine
        self.program: tuple | None = None

    def compile(self, pattern, *program):
        self.program = program
        return self._engine.compile(pattern, *program)

    def __getattr__(self, name: str):
        return getattr(self._engine, name)


class Shelf(dict):
    """A cache file's entries, key -> blob, each blob read from the file when ``get`` first
    asks for it (until then its value is None). The file stays open for the run."""

    def __init__(self, path: Path | None = None):
        super().__init__()
        self._where: dict = {}
        self._file = None
        self._base = 0
        self._lock = threading.Lock()
        if path is not None:
            self._open(path)

    def _open(self, path: Path) -> None:
        try:
            file = open(path, "rb", buffering=0)  # noqa: SIM115 - kept open for the run's reads
        except OSError:
            return
        try:
            head = file.read(len(MAGIC) + 4)
            if len(head) != len(MAGIC) + 4 or not head.startswith(MAGIC):
                raise ValueError("another layout")
            size = int.from_bytes(head[len(MAGIC) :], "little")
            where = marshal.loads(file.read(size))
            if not isinstance(where, dict):
                raise ValueError("no index")
        except (OSError, EOFError, ValueError, TypeError):
            file.close()
            return
        self._file, self._base, self._where = file, len(head) + size, where
        dict.update(self, dict.fromkeys(where))

    def get(self, key, default=None):
        blob = dict.get(self, key)
        if blob is None and key in self._where:
            blob = self._read(key)
        return default if blob is None else blob

    def __getitem__(self, key):
        blob = self.get(key)
        if blob is None:
            raise KeyError(key)
        return blob

    def _read(self, key) -> bytes | None:
        """The blob of an entry not read yet; None (and the entry dropped) if it is damaged."""
        with self._lock:
            where = self._where.pop(key, None)
            if where is None:
                return dict.get(self, key)  # read meanwhile by another thread
            try:
                offset, length = where
                blob = _read_at(self._file, self._base + offset, length)
            except (OSError, ValueError, TypeError, AttributeError):
                blob, length = b"", -1
            if len(blob) != length:
                dict.pop(self, key, None)
                return None
            dict.__setitem__(self, key, blob)
            return blob

    def loaded(self) -> dict:
        """Every entry with its blob (those not read yet are read now), in the file's order
        then the run's; the file is closed (it is about to be replaced)."""
        for key in [key for key, blob in dict.items(self) if blob is None]:
            self.get(key)
        self.close()
        return {key: blob for key, blob in dict.items(self) if blob is not None}

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file, self._where = None, {}


def _read_at(file, offset: int, length: int) -> bytes:
    """``length`` bytes of an unbuffered file from ``offset``: one system call where the
    system has ``pread``."""
    if hasattr(os, "pread"):
        return os.pread(file.fileno(), length, offset)
    file.seek(offset)
    return file.read(length)


class RegexCache:
    """The cache file's entries, and ``re``'s compiler wrapped to read and add to them."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: Shelf = Shelf(path)
        self.used: Entries = {}
        self.added = 0
        #: Seconds spent compiling the added patterns (WORTH_SAVING).
        self.compiling = 0.0
        self.worth_saving = WORTH_SAVING
        #: Patterns made ready in this process (``prepare``): a figcheck server's runs, forked
        #: from it, take them as they are.
        self.ready: dict[tuple[str, int], re.Pattern] = {}
        self._lock = threading.Lock()
        self._compiler = compiler_module()
        self._original = _RE_COMPILE  # re's own, even where a cache is installed already
        self._engine = self._compiler._sre

    def compile(self, pattern, flags=0):
        """``re._compiler.compile``, from the cache where it holds the pattern."""
        if not isinstance(pattern, str) or flags & re.DEBUG:
            with self._lock:  # never while another thread's compile is being recorded
                return self._original(pattern, flags)
        key = (pattern, int(flags))
        ready = self.ready.get(key)
        if ready is not None:
            self.used[key] = self.entries.get(key) or _KEPT_ELSEWHERE
            return ready
        blob = self.entries.get(key)
        if blob is not None:
            try:
                compiled = self._engine.compile(pattern, *_program(blob))
            except (RuntimeError, TypeError, ValueError, OverflowError, EOFError):
                self.entries.pop(key, None)  # damaged: compiled afresh below
            else:
                self.used[key] = blob
                return compiled
        with self._lock:
            recorder = _Recorder(self._engine)
            self._compiler._sre = recorder
            start = time.perf_counter()
            try:
                compiled = self._original(pattern, flags)
            finally:
                self._compiler._sre = self._engine
            self.compiling += time.perf_counter() - start
        if recorder.program is not None:
            self.entries[key] = self.used[key] = _blob(recorder.program)
            self.added += 1
        return compiled

    def prepare(self, ready: dict | None = None) -> None:
        """Make every entry of the file a pattern ready in this process, taking those in
        ``ready`` (an earlier instance's) as they are: a figcheck server does this before it
        forks its runs, so that no run builds a pattern from its program again (some date
        forms cost a run 10 ms each even so) or compiles one an earlier run added."""
        if ready:
            self.ready.update(ready)
        for key, blob in self.entries.loaded().items():
            if key in self.ready:
                continue
            try:
                self.ready[key] = self._engine.compile(key[0], *_program(blob))
            except (RuntimeError, TypeError, ValueError, OverflowError, EOFError):
                self.entries.pop(key, None)  # damaged: a run compiles it afresh

    def program(self, pattern: str, flags: int = 0) -> tuple | None:
        """The stored program of a pattern (what ``_sre.compile`` is handed), or None."""
        blob = self.entries.get((pattern, int(flags)))
        return None if blob is None else _program(blob)

    def _kept(self) -> Entries:
        """MOST_ENTRIES entries: this run's, then the latest added (other commands')."""
        return kept_entries(self.used, self.entries.loaded())

    def save(self) -> None:
        """Write the entries if this run compiled any that were slow enough to keep
        (``worth_saving``), atomically; never fails."""
        if not self.added or self.compiling < self.worth_saving:
            return
        write_entries(self.path, self._kept())


#: What ``used`` holds for a ready pattern whose entry is gone (never written back).
_KEPT_ELSEWHERE = b""


def kept_entries(used: dict, entries: dict) -> dict:
    """At most MOST_ENTRIES of ``entries``: the ``used`` ones, then the latest added."""
    kept = {key: blob for key, blob in used.items() if blob}
    for key, blob in reversed(entries.items()):
        if len(kept) >= MOST_ENTRIES:
            break
        kept.setdefault(key, blob)
    return kept


def write_entries(path: Path, entries: dict) -> None:
    """Write a cache file (its index, then each entry's blob) atomically: readers see the
    old file or the new one. Never fails."""
    where, offset = {}, 0
    for key, blob in entries.items():
        where[key] = (offset, len(blob))
        offset += len(blob)
    try:
        index = marshal.dumps(where)
        data = b"".join([MAGIC, len(index).to_bytes(4, "little"), index, *entries.values()])
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except (OSError, ValueError, OverflowError):
        pass  # a read-only home or a full disk: the next run compiles again


#: The engine's code words are 32-bit: kept as the bytes of an array of them, which
#: turns back into the list ``_sre.compile`` takes three times faster than ``marshal``
#: reads a list of ints (some 2 ms of a 10 KB ``extract``).
_WORD = "I" if array("I").itemsize == 4 else "L"


def _blob(program: tuple) -> bytes:
    """A program (``re``'s arguments to ``_sre.compile``) as one blob of the file; ``re``
    builds some of its opcodes as named subclasses of int, kept as plain ones."""
    flags, code, groups, groupindex, indexgroup = program
    words = array(_WORD, [int(c) for c in code]).tobytes()
    return marshal.dumps((int(flags), words, int(groups), dict(groupindex), tuple(indexgroup)))


def _program(blob: bytes) -> tuple:
    """The program a blob holds; ValueError or TypeError when the blob is damaged."""
    flags, words, *rest = marshal.loads(blob)
    return (flags, array(_WORD, words).tolist(), *rest)


def cache_path(environ=os.environ) -> Path | None:
    """The cache file for this Python build, or None when the cache is off."""
    engine = getattr(compiler_module(), "_sre", None)
    return cache_file("regex", f"{getattr(engine, 'MAGIC', '')}|{LAYOUT}", environ)


def cache_file(kind: str, version: str, environ=os.environ) -> Path | None:
    """The file of one kind of cache for this Python build and ``version`` of what it
    holds, or None when caches are off (``FIGCHECK_NO_CACHE``)."""
    folder = cache_folder(environ)
    if folder is None:
        return None
    digest = zlib.crc32(f"{sys.version}|{marshal.version}|{version}".encode())
    return folder / f"{kind}-{sys.implementation.cache_tag}-{digest:08x}.marshal"


def cache_folder(environ=os.environ) -> Path | None:
    """The folder of figcheck's caches, or None when they are off (``FIGCHECK_NO_CACHE``)."""
    if environ.get("FIGCHECK_NO_CACHE", "") not in ("", "0"):
        return None
    folder = environ.get("FIGCHECK_CACHE_DIR")
    if not folder:
        base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "figcheck")
    return Path(folder)


def compiler_module():
    """The module of ``re`` that turns a pattern into a program (``sre_compile`` before 3.11)."""
    return getattr(re, "_compiler", None) or getattr(re, "sre_compile", None)


#: ``re``'s own compiler, as it was before any cache was installed.
_RE_COMPILE = getattr(compiler_module(), "compile", None)

_installed: RegexCache | None = None


def install(environ=os.environ) -> RegexCache | None:
    """Route ``re``'s compiler through the cache for the rest of this process (once)."""
    global _installed
    if _installed is not None:
        return _installed
    compiler = compiler_module()
    engine = getattr(compiler, "_sre", None)
    path = cache_path(environ)
    if path is None or not callable(getattr(compiler, "compile", None)) or engine is None:
        return None  # another Python's re, or the cache turned off: compile as usual
    _installed = RegexCache(path)
    compiler.compile = _installed.compile
    atexit.register(_installed.save)
    return _installed


def uninstall() -> None:
    """Save the entries and give ``re`` its own compiler back (a figcheck server, whose runs
    each install the cache their own environment names)."""
    global _installed
    cache, _installed = _installed, None
    if cache is None:
        return
    atexit.unregister(cache.save)
    cache.save()
    compiler = compiler_module()
    if compiler.compile == cache.compile:
        compiler.compile = _RE_COMPILE
    cache.entries.close()


def installed() -> RegexCache | None:
    """The cache this process installed, or None."""
    return _installed
