"""Read an archive in partitions: a folder tree, JSON Lines or Parquet.

A partition is a description (a file and a range in it), not its articles, so the
machine that maps it reads it: the archive is never held whole in one place.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from figcheck.errors import InputError

#: Article files read from a folder tree.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: Articles per partition: enough to keep a worker busy, few enough to bound its memory.
PARTITION_ARTICLES = 500
#: Bytes of JSON Lines per partition (about PARTITION_ARTICLES articles of news).
PARTITION_BYTES = 4_000_000


@dataclass(frozen=True)
class Article:
    """One article of the archive, as the scan reads it."""

    id: str
    text: str
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None


@dataclass(frozen=True)
class Partition:
    """Where one slice of the archive lies: files of a tree, bytes of JSON Lines, row groups."""

    kind: str
    source: str
    start: int = 0
    stop: int = 0
    #: For a folder tree: the files of this slice, and the folder their ids are relative to.
    files: tuple[str, ...] = ()


def partitions(paths: Sequence[str], size: int = PARTITION_ARTICLES) -> list[Partition]:
    """Every partition of every archive path, in a fixed order."""
    out: list[Partition] = []
    for path in paths:
        source = Path(path)
        if source.is_dir():
            out.extend(_tree_partitions(source, size))
        elif not source.exists():
            raise InputError(f"{path}: no such file or directory")
        elif source.suffix.lower() == ".parquet":
            out.extend(_parquet_partitions(source))
        elif source.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            out.extend(_jsonl_partitions(source, PARTITION_BYTES * size // PARTITION_ARTICLES))
        else:
            raise InputError(f"{path}: expected a folder, a .jsonl or a .parquet file")
    return out


def _tree_partitions(root: Path, size: int) -> Iterator[Partition]:
    files = sorted(
        str(p) for p in root.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )
    for at in range(0, len(files), size):
        yield Partition("tree", str(root), files=tuple(files[at : at + size]))


def _jsonl_partitions(path: Path, size: int) -> Iterator[Partition]:
    total = path.stat().st_size
    for start in range(0, total, max(size, 1)):
        yield Partition("jsonl", str(path), start, min(start + size, total))


def _parquet_partitions(path: Path) -> Iterator[Partition]:
    parquet = _parquet_file(path)
    for group in range(parquet.metadata.num_row_groups):
        yield Partition("parquet", str(path), group, group + 1)


def _parquet_file(path: Path):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            "reading Parquet needs the scan extra: pip install 'figcheck[scan]'"
        ) from None
    try:
        return pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from None


def read(partition: Partition) -> list[Article]:
    """The articles of one partition, in archive order."""
    if partition.kind == "tree":
        return [_file_article(partition.source, f) for f in partition.files]
    if partition.kind == "jsonl":
        return list(_jsonl_articles(partition))
    return list(_parquet_articles(partition))


def _file_article(root: str, file: str) -> Article:
    from figcheck.document import read_source

    return Article(Path(file).relative_to(root).as_posix(), read_source(file))


def _jsonl_articles(partition: Partition) -> Iterator[Article]:
    """Lines that start inside [start, stop): each line belongs to exactly one partition."""
    with open(partition.source, "rb") as stream:
        if partition.start:
            stream.seek(partition.start - 1)
            stream.readline()  # the line running into this partition belongs to the last one
        while stream.tell() < partition.stop:
            offset = stream.tell()
            line = stream.readline()
            if not line:
                break
            if line.strip():
                yield _record_article(_json_line(partition.source, offset, line), partition.source)


def _json_line(source: str, offset: int, line: bytes) -> dict:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise InputError(f"{source}: byte {offset}: not a JSON object") from None
    if not isinstance(record, dict):
        raise InputError(f"{source}: byte {offset}: not a JSON object")
    return record


def _parquet_articles(partition: Partition) -> Iterator[Article]:
    table = _parquet_file(Path(partition.source)).read_row_groups(
        list(range(partition.start, partition.stop))
    )
    for record in table.to_pylist():
        yield _record_article(record, partition.source)


def _record_article(record: dict, source: str) -> Article:
    ident, text = record.get("id"), record.get("text")
    if ident is None or not isinstance(text, str):
        raise InputError(f"{source}: every record needs an 'id' and a 'text' string")
    return Article(
        str(ident),
        text,
        _optional_str(record.get("url")),
        _published(record.get("published")),
        _optional_str(record.get("language")),
    )


def _optional_str(value) -> str | None:
    return None if value is None or value == "" else str(value)


def _published(value) -> dt.date | None:
    """An ISO date or date-time (its day); anything else leaves the article to date itself."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
