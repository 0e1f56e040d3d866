"""Reading an archive in partitions: every article once, whatever the partition size."""

import datetime as dt
import json

import pytest

from figcheck.errors import InputError
from figcheck.scan import archive


def _jsonl(tmp_path, records, name="a.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


RECORDS = [
    {"id": f"n{i}", "text": f"Story {i} costs ${i} million." * (i % 5 + 1)} for i in range(40)
]


@pytest.mark.parametrize("size", [1, 7, 64, 500, 100_000])
def test_jsonl_partitions_hold_every_line_once(tmp_path, size, monkeypatch):
    path = _jsonl(tmp_path, RECORDS)
    monkeypatch.setattr(archive, "PARTITION_BYTES", size)
    parts = archive.partitions([str(path)], size=archive.PARTITION_ARTICLES)
    ids = [a.id for p in parts for a in archive.read(p)]
    assert ids == [r["id"] for r in RECORDS]


@pytest.mark.parametrize(
    "record, expected",
    [
        ({"id": 7, "text": "x"}, archive.Article("7", "x")),
        ({"id": "a", "text": "x", "published": "2023-08-24"},
         archive.Article("a", "x", published=dt.date(2023, 8, 24))),
        ({"id": "a", "text": "x", "published": "2023-08-24T10:00:00Z",
          "url": "u", "language": "de"},
         archive.Article("a", "x", "u", dt.date(2023, 8, 24), "de")),
        ({"id": "a", "text": "x", "published": "last week"}, archive.Article("a", "x")),
    ],
)  # fmt: skip
def test_record_fields(tmp_path, record, expected):
    path = _jsonl(tmp_path, [record])
    assert [a for p in archive.partitions([str(path)]) for a in archive.read(p)] == [expected]


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"id": 1}\n', "needs an 'id' and a 'text'"),
        ('{"text": "x"}\n', "needs an 'id' and a 'text'"),
        ("not json\n", "byte 0: not a JSON object"),
        ("[1, 2]\n", "not a JSON object"),
    ],
)
def test_bad_records_are_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        [a for p in archive.partitions([str(path)]) for a in archive.read(p)]


def test_folder_tree_ids_are_relative_paths(tmp_path):
    (tmp_path / "site" / "2023").mkdir(parents=True)
    (tmp_path / "site" / "2023" / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "b.md").write_text("B text.", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    parts = archive.partitions([str(tmp_path)], size=1)
    assert [a.id for p in parts for a in archive.read(p)] == ["b.md", "site/2023/a.txt"]


def test_parquet_row_groups_are_partitions(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({"id": [r["id"] for r in RECORDS], "text": [r["text"] for r in RECORDS]})
    path = tmp_path / "a.parquet"
    pq.write_table(table, path, row_group_size=9)
    parts = archive.partitions([str(path)])
    assert len(parts) == 5
    assert [a.id for p in parts for a in archive.read(p)] == [r["id"] for r in RECORDS]


@pytest.mark.parametrize("name", ["missing.jsonl", "a.csv"])
def test_unreadable_archives(tmp_path, name):
    if name.endswith(".csv"):
        (tmp_path / name).write_text("id,text\n", encoding="utf-8")
    with pytest.raises(InputError):
        archive.partitions([str(tmp_path / name)])
