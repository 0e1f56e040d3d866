"""English as real copy writes it: text -> figures as (kind, value, unit).

One table per form (issue 13): hard-wrapped scale words, markup between a number
and its unit, Indian numbering, currency spellings, ratios, spun number words.
Every sentence here is invented for the test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from figcheck import extract


def figures(text: str) -> list[tuple[str, Decimal | None, str | None]]:
    return [(f.kind, f.value, f.unit) for f in extract(text) if f.kind not in ("date", "period")]


def rows(table):
    return [
        (text, [(k, None if v is None else Decimal(v), u) for k, v, u in want])
        for text, want in table
    ]


LINE_BREAKS = [
    ("The council paid $38\nmillion for the bridge.", [("money", "38000000", "USD")]),
    ("a loss of 4.5\r\nbillion euros last year", [("money", "4500000000", "EUR")]),
    ("About 12\n  million people voted.", [("count", "12000000", None)]),
    # a blank line ends the paragraph: the scale word there starts a new one
    ("The fee was $38\n\nMillion Dollar Quartet opens tonight.", [("money", "38", "USD")]),
]


INDIAN = [
    ("The budget sets aside Rs 2.3 lakh crore for roads.", [("money", "2300000000000", "INR")]),
    ("a Rs 1.5 lakh crores outlay", [("money", "1500000000000", "INR")]),
    ("₹50 thousand crore in loans", [("money", "500000000000", "INR")]),
    ("a fine of Rs 5,00,000 was paid", [("money", "500000", "INR")]),
    ("₹1,00,00,000 in prize money", [("money", "10000000", "INR")]),
    ("the 12,50,000 voters of the district", [("count", "1250000", None)]),
    ("Rs 500 cr for schools", [("money", "5000000000", "INR")]),
    ("Rs 5 lacs each", [("money", "500000", "INR")]),
    ("two lakh crore rupees", [("money", "2000000000000", "INR")]),
    ("3 lakh people attended", [("count", "300000", None)]),
    ("a 40 crore project", [("number", "400000000", None)]),
]


@pytest.mark.parametrize("text, expected", rows(LINE_BREAKS + INDIAN))
def test_scale_words(text, expected):
    assert figures(text) == expected


MARKUP = [
    (".md", "Bonuses of **3 million** yuan were paid.", [("money", "3000000", "CNY")]),
    (".md", "Bonuses of **3** million yuan.", [("money", "3000000", "CNY")]),
    (".md", "Bonuses of 3 million  yuan.", [("money", "3000000", "CNY")]),
    (".md", "Inflation hit _12.5_ per cent.", [("percent", "12.5", "%")]),
    (".md", "a rise of 5&percnt; in May", [("percent", "5", "%")]),
    (".md", "a [12 km](https://x.invalid/12) road", [("quantity", "12", "kilometer")]),
    (".html", "Bonuses of <b>3 million</b> yuan.", [("money", "3000000", "CNY")]),
    (".html", "<p>up <em>7</em>&nbsp;%</p>", [("percent", "7", "%")]),
    (".html", "<span>&#36;</span>4.5 billion", [("money", "4500000000", "USD")]),
    (".html", '<img alt="growth > 5%" src="c.png">Sales fell.', []),
    (".html", "<a title='about 40 people' href=\"/x\">Read</a> on", []),
    (".html", '<td data-value="1200">1,200</td> tonnes', [("quantity", "1200", "metric_ton")]),
]


@pytest.mark.parametrize("suffix, text, expected", MARKUP)
def test_markup_between_number_and_unit(suffix, text, expected, tmp_path):
    from figcheck.document import load

    path = tmp_path / f"story{suffix}"
    path.write_text(text, encoding="utf-8")
    doc = load(str(path))
    found = [(f.kind, f.value, f.unit) for f in doc.figures if f.kind not in ("date", "period")]
    assert found == [(k, Decimal(v), u) for k, v, u in expected]
