"""A pattern from the cache behaves exactly like re.compile's, and a bad cache is ignored."""

from __future__ import annotations

import re

import pytest

from figcheck.extractors import regex_cache

CASES = [
    (r"(?P<y>\d{4})-(?P<m>\d\d)", 0, "on 2023-08 and 1999-12-31"),
    (r"\b(?:may|march)\b", re.I, "In MAY, not mayday; March too"),
    (r"(?<![\d.])\d+(?:\.\d+)?\s?(?:k|m|bn)\b", re.I, "3.5bn, 12 k and 7m, 1.2.3"),
    (r"^[^\n]*#\w+[^\n]*$", re.M, "one\n#two three\nfour"),
    (r"ſept|straße", re.I, "SEPT, Sept and STRASSE, straße"),
]


def _signature(pattern: re.Pattern, text: str):
    found = [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]
    return pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex), found


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh, empty cache file that this test may write."""
    monkeypatch.setattr(regex_cache, "_PATH", str(tmp_path / "regex.marshal"))
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_added", False)
    monkeypatch.setattr(regex_cache.sys, "dont_write_bytecode", False)
    return tmp_path / "regex.marshal"


@pytest.mark.parametrize("pattern, flags, text", CASES)
def test_cached_pattern_matches_like_re(cache, monkeypatch, pattern, flags, text):
    expected = _signature(re.compile(pattern, flags), text)
    assert _signature(regex_cache.compile(pattern, flags), text) == expected  # compiled
    regex_cache._save()
    assert cache.exists()
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_added", False)
    assert _signature(regex_cache.compile(pattern, flags), text) == expected  # from the file
    assert not regex_cache._added


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\xe3\x00\x00"])
def test_unreadable_cache_falls_back_to_compiling(cache, content):
    cache.write_bytes(content)
    pattern = regex_cache.compile(r"\d+", re.I)
    assert pattern.findall("a 12 b 3") == ["12", "3"]
