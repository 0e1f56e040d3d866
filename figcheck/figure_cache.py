"""The figures read from a text, kept between runs for as long as nothing they depend on changes.

A pre-commit hook checks a draft against its sources on every commit: the draft changes,
its sources seldom do, and reading a 5 KB source's figures costs more than the rest of
its share of the run. A command-line run installs this cache (``install``): the figures
read from a text are kept in a file of the cache folder (figcheck.regex_cache), named by
a digest of everything they depend on (``pipeline._reading``: the text and its plain
reading, the publication date, the language and whether it was stated), of the Python
build, and of figcheck's own code: every file of the package by name, size and time of
change, so an edited, upgraded or other checkout of figcheck never reads figures another
one read.

A draft is read again after every edit: of a file read more than once, the figures of
each paragraph of its last reading are kept too (``KnownParagraphs``), and only the
paragraphs the writer changed are read (figcheck.extractors.extract).

The cache changes nothing but time: an entry holds the very records the reading gave.
Each entry is its own file, written under a temporary name and then renamed, so runs at
the same time read a whole entry or none; the folder keeps about the MOST_ENTRIES entries used
last. A missing, damaged or unwritable entry is read afresh; ``FIGCHECK_NO_CACHE=1``
turns the cache off, with the others. Only the command-line process installs it.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from figcheck.code_stamp import blake2b, package_stamp
from figcheck.regex_cache import cache_folder

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

#: Entries kept in the folder; older ones are removed as new ones are written.
MOST_ENTRIES = 200
#: The layout of an entry; part of every entry's name.
LAYOUT = 1
#: Texts longer than this (characters) are not kept: reading them is not start-up, and
#: their figures would fill the folder.
LONGEST = 1_000_000
#: Bytes of the digest before a kept value (``keep_value``), which tells a damaged one.
CHECK = 16


def pickle_module():
    """pickle's C module alone (the ``pickle`` module around it costs a run 1 ms more)."""
    try:
        import _pickle as pickle
    except ImportError:
        import pickle
    return pickle


class FigureCache:
    """Entries in one folder, each a pickled tuple of figures named by its reading's digest."""

    def __init__(self, folder: Path, package: Path | None = None):
        self.folder = folder
        self.package = package or Path(__file__).resolve().parent
        self._stamp: bytes | None = None

    def code_stamp(self) -> bytes:
        """A digest of the package's files (names, sizes, times of change), once a run."""
        if self._stamp is None:
            self._stamp = package_stamp(self.package)
        return self._stamp

    def path(self, reading: tuple) -> Path:
        """The entry file of a reading (``pipeline._reading``: text, plain, date, language,
        whether stated)."""
        text, plain, *rest = reading
        digest = blake2b(digest_size=20)
        digest.update(f"{LAYOUT}\0{sys.version}\0".encode())
        digest.update(self.code_stamp())
        digest.update(repr((plain is None, len(text), *rest)).encode())
        for part in (text, plain or ""):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        return self.folder / f"{digest.hexdigest()}.pickle"

    def get(self, reading: tuple) -> tuple | None:
        """The figures kept for a reading, or None."""
        if not _kept(reading):
            return None
        path = self.path(reading)
        try:
            with open(path, "rb") as file:
                data = file.read()
        except OSError:
            return None
        figures = _figures(data)
        if figures is not None:
            try:
                os.utime(path)  # used: kept before entries not used since
            except OSError:
                pass
        return figures

    def put(self, reading: tuple, figures: tuple) -> None:
        """Keep the figures of a reading; never fails."""
        if not _kept(reading):
            return
        if _held is not None:
            _held.append(functools.partial(self.put, reading, figures))
            return
        path = self.path(reading)
        try:
            data = pickle_module().dumps(tuple(figures), protocol=5)
        except Exception:  # noqa: BLE001 - a value pickle cannot write: not kept
            return
        self.write(path, data)

    def named(self, name: str) -> Path:
        """The file of the one entry called ``name`` that this code keeps (the similarity
        rows of figcheck.align.score_cache): another code stamp names another file."""
        digest = blake2b(digest_size=20)
        digest.update(f"{LAYOUT}\0{sys.version}\0{name}\0".encode())
        digest.update(self.code_stamp())
        return self.folder / f"{name}-{digest.hexdigest()}.pickle"

    def read(self, path: Path) -> bytes | None:
        """The bytes of an entry, or None when it cannot be read."""
        try:
            with open(path, "rb") as file:
                data = file.read()
            os.utime(path)  # used: kept before entries not used since
        except OSError:
            return None
        return data

    def kept_value(self, path: Path) -> object:
        """What ``keep_value`` kept in ``path``; None when it is missing or damaged (its
        digest does not match its bytes, or pickle cannot read them)."""
        data = self.read(path)
        if not data or len(data) <= CHECK or _check(data[CHECK:]) != data[:CHECK]:
            return None
        try:
            return pickle_module().loads(data[CHECK:])
        except Exception:  # noqa: BLE001 - a damaged entry is worked out afresh
            return None

    def keep_value(self, path: Path, value: object) -> bool:
        """Keep ``value`` pickled behind a digest of its bytes; False when pickle cannot
        write it (nothing kept). Never fails. Held back (``hold_writes``), it is True."""
        if _held is not None:
            _held.append(functools.partial(self.keep_value, path, value))
            return True
        try:
            data = pickle_module().dumps(value, protocol=5)
        except Exception:  # noqa: BLE001 - a value pickle cannot write: not kept
            return False
        self.write(path, checked(data))
        return True

    def write(self, path: Path, data: bytes) -> None:
        """Write an entry whole (under a temporary name, then renamed); never fails."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.stem}.{os.getpid()}.tmp")
            temporary.write_bytes(data)
            os.replace(temporary, path)
        except OSError:
            return  # a read-only home or a full disk: the next run works it out again
        self._trim()

    def _trim(self) -> None:
        """Remove the entries used longest ago beyond MOST_ENTRIES (and stray temporaries),
        once the folder holds an eighth more: a run then seldom dates every entry."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        if len(names) <= MOST_ENTRIES + MOST_ENTRIES // 8:
            return
        dated = []
        for name in names:
            try:
                dated.append((os.stat(self.folder / name).st_mtime_ns, name))
            except OSError:
                continue  # removed meanwhile by another run
        for _, name in sorted(dated)[: len(dated) - MOST_ENTRIES]:
            try:
                os.remove(self.folder / name)
            except OSError:
                pass


def checked(data: bytes) -> bytes:
    """``data`` behind the digest ``FigureCache.kept_value`` checks it by."""
    return _check(data) + data


def _check(data: bytes) -> bytes:
    digest = blake2b(digest_size=CHECK)
    digest.update(data)
    return digest.digest()


def _kept(reading: tuple) -> bool:
    """Whether a reading's figures are kept: its text and plain text are not too long."""
    text, plain = reading[0], reading[1]
    return len(text) <= LONGEST and (plain is None or len(plain) <= LONGEST)


def _figures(data: bytes) -> tuple | None:
    """The figures of an entry's bytes, or None if they are not a tuple of figures."""
    from figcheck.figures import Figure

    try:
        figures = pickle_module().loads(data)
    except Exception:  # noqa: BLE001 - a damaged entry is read afresh
        return None
    if type(figures) is not tuple or any(type(fig) is not Figure for fig in figures):
        return None
    return figures


#: What is kept while writes are held back (``hold_writes``), each a call that writes one
#: entry; None: entries are written as they are kept.
_held: list[Callable[[], object]] | None = None


def hold_writes() -> None:
    """Hold back the writing of every entry kept from now on until ``write_held``: a
    server's run answers its client first and then keeps what only later runs read (the
    pickling and writing are some 5 % of a hook's run). A value must not change once kept."""
    global _held
    _held = []


def write_held() -> None:
    """Write the entries held back, in the order they were kept, and write at once from
    now on; never fails."""
    global _held
    held, _held = _held or [], None
    for write in held:
        write()


class RunEntry:
    """One named entry of the installed cache (``FigureCache.named``) that a run reads once
    and writes back at its end if it added to it: alignment's scores, figures' profiles.

    ``read`` makes the run's store from what the entry holds (None when it is missing or
    damaged); the store says whether it ``added`` anything, gives the ``entry()`` to write
    and is told when it is ``written(entry)``."""

    def __init__(self, name: str, read: Callable[[object], object]):
        self.name = name
        self.read = read
        self._store: tuple[FigureCache, object] | None = None

    def current(self):
        """The run's store, read once for the installed cache; None without one."""
        cache = installed()
        if cache is None:
            return None
        if self._store is None or self._store[0] is not cache:
            self._store = (cache, self.read(cache.kept_value(cache.named(self.name))))
        return self._store[1]

    def save(self) -> None:
        """Write the store back, if this run added to it; never fails."""
        if self._store is None:
            return
        cache, store = self._store
        if cache is not installed() or not store.added:
            return
        entry = store.entry()
        if cache.keep_value(cache.named(self.name), entry):
            store.written(entry)

    def forget(self) -> None:
        """Read the entry afresh when next asked (a new run)."""
        self._store = None


class KnownParagraphs:
    """The figures of each paragraph of one file as it was last read (figcheck.extractors'
    ``KnownParagraphs``): a writer's edit changes a paragraph or two of a draft, and a
    hook then reads only those, not the whole draft again.

    The entry of a file holds the paragraphs of its last reading only, so it stays as
    small as the file; it is read once and written back (``save``) when the reading
    added a paragraph or left one out. Most files are read once (a source, an article of
    a folder), a draft again and again: a file's first reading only marks it as read
    (an empty entry), and its paragraphs are kept from its second reading on.
    """

    def __init__(self, cache: FigureCache, path: str):
        digest = blake2b(digest_size=12)
        digest.update(os.path.abspath(path).encode("utf-8", "surrogatepass"))
        self.cache = cache
        self.file = cache.named(f"paragraphs-{digest.hexdigest()}")
        kept = cache.kept_value(self.file)
        #: Whether the file was read before (its paragraphs are worth keeping).
        self.read_before = _paragraph_figures(kept)
        self.kept: dict[tuple, tuple] = kept if self.read_before else {}
        self.used: dict[tuple, tuple] = {}
        self.added = False

    def get(self, key: tuple) -> tuple | None:
        figures = self.kept.get(key)
        if figures is not None:
            self.used[key] = figures
        return figures

    def put(self, key: tuple, figures) -> None:
        self.used[key] = tuple(figures)
        self.added = True

    def save(self) -> None:
        """Keep this reading's paragraphs, if they are not what was kept (or mark the file
        as read, on its first reading); never fails."""
        if not self.read_before:
            self.cache.keep_value(self.file, {})
        elif self.added or self.used.keys() != self.kept.keys():
            self.cache.keep_value(self.file, self.used)


def _paragraph_figures(kept: object) -> bool:
    """Whether a kept value is what ``KnownParagraphs`` keeps: paragraph -> figures."""
    from figcheck.figures import Figure

    return type(kept) is dict and all(
        type(key) is tuple and type(figures) is tuple and all(type(f) is Figure for f in figures)
        for key, figures in kept.items()
    )


def known_paragraphs(path: str) -> KnownParagraphs | None:
    """The paragraphs of ``path`` read before, from the installed cache; None without one,
    or for standard input (which names no file that a later run reads again)."""
    if _installed is None or path == "-":
        return None
    return KnownParagraphs(_installed, path)


_installed: FigureCache | None = None


def install(environ=os.environ) -> FigureCache | None:
    """Keep and reuse figures for the rest of this process (unless caches are off)."""
    global _installed
    if _installed is None:
        folder = cache_folder(environ)
        if folder is not None:
            _installed = FigureCache(folder / "figures")
    return _installed


def uninstall() -> None:
    """Keep and reuse no figures for the rest of this process (a scan of an archive)."""
    global _installed
    _installed = None


def installed() -> FigureCache | None:
    """The cache this process installed, or None."""
    return _installed
