"""Offsets to the lines and columns an editor shows."""

import re

import pytest

from figcheck.text import NEVER, alternation, initials, line_column, line_starts


@pytest.mark.parametrize(
    "text, offset, expected",
    [
        ("abc", 0, (1, 1)),
        ("abc\ndef", 4, (2, 1)),
        ("abc\r\ndef", 6, (2, 2)),
        ("a\rb\nc", 4, (3, 1)),
        ("", 0, (1, 1)),
    ],
)
def test_line_column(text, offset, expected):
    assert line_column(line_starts(text), offset) == expected


@pytest.mark.parametrize(
    "words, options, expected",
    [
        (["sep", "sept", "september"], {}, "september|sept|sep"),
        ({"may", "jun", "jan"}, {}, "jan|jun|may"),  # equal lengths: alphabetical
        (["US$", "$", "US$"], {}, r"US\$|\$"),  # escaped, once each
        (["a few", "few"], {}, r"a\ few|few"),
        (["a few", "few"], {"space": r"\s+"}, r"a\s+few|few"),
        (["per cent"], {"space": r"[\s-]"}, r"per[\s-]cent"),
        (["百分之"], {"spell": lambda w: " *".join(w)}, "百 *分 *之"),
        ([], {}, NEVER),
        (["", ""], {}, NEVER),
        ([], {"empty": ""}, ""),
        (["", "x"], {"empty": ""}, "x"),
        (["sep", "may", "mar"], {"lead": True}, "(?=[ms])(?:mar|may|sep)"),
        (["$", "-x", "Y"], {"lead": True}, r"(?=[Y\$\-])(?:\-x|\$|Y)"),  # escaped in the class
        (["a few"], {"lead": True, "space": r"\s+"}, r"(?=[a])(?:a\s+few)"),
        (["ab"], {"lead": True, "spell": str.upper}, "AB"),  # another spelling: no lead
        ([], {"lead": True}, NEVER),
        (["倍", "翻番"], {"lead": True}, "翻番|倍"),  # no case: re skips ahead by itself
        (["倍", "x"], {"lead": True}, "(?=[x倍])(?:x|倍)"),
    ],
)
def test_alternation(words, options, expected):
    assert alternation(words, **options) == expected


@pytest.mark.parametrize(
    "words, options, text, expected",
    [
        (["sep", "sept"], {}, "sept.", "sept"),
        (["billion", "billion dollars"], {"space": r"\s+"}, "billion  dollars", "billion  dollars"),
        (["a.m."], {}, "a.m.", "a.m."),
        (["a.m."], {}, "axmx", None),
        ([], {}, "", None),
        (["sep", "may"], {"lead": True}, "May", None),  # case as the pattern's flags say
        (["sep", "may"], {"lead": True}, "may", "may"),
        (["$", "-x", "Y"], {"lead": True}, "-x", "-x"),
        (["a few"], {"lead": True, "space": r"\s+"}, "b few", None),
    ],
)
def test_alternation_matches(words, options, text, expected):
    found = re.match(f"(?:{alternation(words, **options)})", text)
    assert (found and found.group()) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        (["may", "march", "june"], "jm"),
        (["$5", "-x", ""], r"\$\-"),  # escaped for a class; no empty word
        ([], ""),
    ],
)
def test_initials(words, expected):
    assert initials(words) == expected
