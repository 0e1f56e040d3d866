"""Loading documents: decoding and publication dates."""

import codecs
import datetime as dt

import pytest

from figcheck.document import decode, find_published, load
from figcheck.errors import InputError


@pytest.mark.parametrize(
    "data, text",
    [
        (b"3 million yuan", "3 million yuan"),
        (codecs.BOM_UTF8 + b"3 million yuan", "3 million yuan"),
        (codecs.BOM_UTF16_LE + "¥5".encode("utf-16-le"), "¥5"),
        (codecs.BOM_UTF16_BE + "¥5".encode("utf-16-be"), "¥5"),
    ],
)
def test_decode_accepts_utf8_and_utf16_with_bom(data, text):
    assert decode(data, "f.txt") == text


@pytest.mark.parametrize(
    "data, message",
    [
        (b"caf\xe9 costs \xa35", "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ],
)
def test_decode_rejects_other_bytes(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "f.txt")


def test_decode_with_named_encoding():
    assert decode(b"caf\xe9", "f.txt", "latin-1") == "café"


D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Title\n\n08/24/2023\n\nBody", (D(2023, 8, 24), "date-line")),
        ("Body text.\n2023-08-26 21:21:00", (D(2023, 8, 26), "date-line")),
        ("---\ntitle: x\ndate: 2023-08-24\n---\nBody", (D(2023, 8, 24), "front-matter")),
        ("Title\nAugust 24, 2023\nBody", (D(2023, 8, 24), "date-line")),
        # a date inside a sentence tells an event, not the publication
        ("On August 24th, in February 2023, it happened.", None),
        ("On August 24th it happened.", None),
        ("Title\nPublished: August 24, 2023 10:00 GMT\nBody", (D(2023, 8, 24), "published-line")),
        ("Title\nUpdated on 24 Aug 2023\nBody", (D(2023, 8, 24), "updated-line")),
        ("Posted: 2023-08-24T09:00Z\nBody", (D(2023, 8, 24), "published-line")),
        ("HONG KONG, Aug 24 (Wire) - In 2023 it grew.", (D(2023, 8, 24), "dateline-year-guessed")),
        ("BEIJING, August 24, 2023 (Wire) -- Body", (D(2023, 8, 24), "dateline")),
        ("HONG KONG, Aug 24 (Wire) - No year near.", None),
        ("The data were published: in many places", None),
        ("No date at all.", None),
        # A photo caption above the dateline does not date the article.
        ("In this March 3, 2019 file photo, a train.\n\nLISBON, Sept 29 (Wire) - Approved in 2022.",
         (D(2022, 9, 29), "dateline-year-guessed")),
        ("Ferries at the pier, Jan. 4, 2022. (Wire Photo)\n\nFares rose on Tuesday.", None),
        # A date in the body (an event's) is no publication date.
        ("The fund grew fast.\n\nThe runway stays closed until January 1, 2025, it said.", None),
        ("北九州电池工厂获批\n\n2024年6月12日\n\n东京电 工厂获批。", (D(2024, 6, 12), "date-line")),
    ],
)  # fmt: skip
def test_find_published(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize(
    "name, message",
    [("missing.txt", "no such file"), (".", "is a directory")],
)
def test_load_errors(tmp_path, monkeypatch, name, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=message):
        load(name)
