"""The editors' page as markup: escaping, figure marks, evidence marks, determinism.

What the page does in a browser (clicks, scrolling, filters) is in test_html_browser.py.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import document, run_figcheck
from report_helpers import evidence_of, report_of

from figcheck.figures import Finding
from figcheck.report.html import as_html, figure_title, segments
from figcheck.report.messages import short_message


@pytest.mark.parametrize(
    "length, figures, evidence, expected",
    [
        (10, [], [], []),
        (10, [(2, 4, "0")], [], [(2, 4, ("0",), ())]),
        # a figure inside its evidence: three pieces, the middle one both
        (10, [(3, 5, "0")], [(1, 7, "f0")], [
            (1, 3, (), ("f0",)), (3, 5, ("0",), ("f0",)), (5, 7, (), ("f0",)),
        ]),
        # two findings share one evidence, listed in number order
        (10, [], [(0, 2, "f10"), (0, 2, "f2")], [(0, 2, (), ("f2", "f10"))]),
        # overlapping figures (a range's ends and the whole range)
        (9, [(0, 9, "0"), (0, 3, "1"), (6, 9, "2")], [], [
            (0, 3, ("0", "1"), ()), (3, 6, ("0",), ()), (6, 9, ("0", "2"), ()),
        ]),
        # adjacent spans stay apart; empty and out-of-range spans are dropped or clipped
        (6, [(0, 2, "0"), (2, 4, "1"), (3, 3, "2")], [(4, 99, "f0")], [
            (0, 2, ("0",), ()), (2, 4, ("1",), ()), (4, 6, (), ("f0",)),
        ]),
        # the same figure listed twice still ends where it ends
        (5, [(1, 3, "0"), (1, 3, "0")], [], [(1, 3, ("0",), ())]),
    ],
)  # fmt: skip
def test_segments(length, figures, evidence, expected):
    assert segments(length, figures, evidence) == expected


class Page(HTMLParser):
    """Collects the elements, attributes and text a test asks about."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        #: The version (article id) each element after an <article> belongs to.
        self.article: list[str | None] = []
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        current = dict(attrs).get("id") if tag == "article" else None
        self.article.append(current or (self.article[-1] if self.article else None))

    def handle_data(self, data):
        self.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]

    def with_class(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if name in (a.get("class") or "").split()]


HOSTILE = (
    'Officials said <script>window.pwned = 1</script> that 48 turbines "would" rise;'
    " <img src=x onerror=alert(1)> the cost was $5 million & more.\n"
)
CALM = "Officials said that 50 turbines would rise; the cost was $5 million and more.\n"


def _report():
    first = document("drafts/<b>a</b>.txt", HOSTILE, published=dt.date(2024, 3, 14))
    second = document("wire/b.txt", CALM)
    finding = Finding(
        "number-mismatch",
        "error",
        'different figures: "48 turbines" in drafts/<b>a</b>.txt; "50 turbines" in wire/b.txt',
        (evidence_of(first, "48 turbines"), evidence_of(second, "50 turbines")),
    )
    note = Finding("qualifier-drift", "warning", "<i>note</i>", (evidence_of(first, "$5 million"),))
    return report_of([first, second], [finding, note], ["a <script> note"], [])


def test_text_from_files_is_escaped_everywhere():
    page_source = as_html(_report())
    page = Page(page_source)
    assert len(page.find("script")) == 1  # the page's own, none from a file
    assert page.find("img") == [] and page.find("b") == [] and page.find("i") == []
    assert "<script>window.pwned" not in page_source
    text = "".join(page.text)
    assert "<script>window.pwned = 1</script>" in text
    assert "<img src=x onerror=alert(1)>" in text  # shown as the writer's words
    assert "drafts/<b>a</b>.txt" in text


def test_nothing_is_loaded_from_outside():
    source = as_html(_report())
    page = Page(source)
    assert not [a for _, a in page.tags if {"src", "href"} & set(a)]
    assert not re.search(r"url\(|@import|https?://", source)
    (policy,) = page.find("meta", **{"http-equiv": "Content-Security-Policy"})
    assert policy["content"].startswith("default-src 'none'; style-src 'sha256-")


def test_every_figure_is_marked_with_its_kind_and_value():
    report = _report()
    page = Page(as_html(report))
    marks = [a for a in page.with_class("fig") if "data-fig" in a]
    for number, doc in enumerate(report.versions):
        article = page.find("article", id=f"d{number}")
        assert article and article[0]["data-path"] == doc.path
        inside = [
            a["data-fig"]
            for (_, a), where in zip(page.tags, page.article, strict=True)
            if where == f"d{number}" and "data-fig" in a
        ]
        assert {int(i) for m in inside for i in m.split()} == set(range(len(doc.figures)))
    money = [m for m in marks if "k-money" in m["class"].split()]
    assert money and all("money: USD 5000000" in m["title"] for m in money)
    assert "as of: 2024-03-14" in money[0]["title"]


def test_figure_title():
    doc = document("a.txt", "It cost $5 million.")
    (fig,) = doc.figures
    assert figure_title(doc.document, fig) == "money: USD 5000000\nunit: USD"


def test_findings_listed_by_severity_then_rule_with_their_evidence_marked():
    page = Page(as_html(_report()))
    items = [(a["id"], a["data-severity"], a["data-rule"]) for a in page.with_class("finding")]
    assert items == [("f0", "error", "number-mismatch"), ("f1", "warning", "qualifier-drift")]
    evidence = page.with_class("ev")
    assert sorted({f for a in evidence for f in a["data-f"].split()}) == ["f0", "f1"]
    boxes = [(a["name"], a["value"]) for a in page.find("input", type="checkbox")]
    assert boxes == [
        ("severity", "error"), ("severity", "warning"),
        ("rule", "number-mismatch"), ("rule", "qualifier-drift"),
    ]  # fmt: skip


def test_the_list_shows_messages_without_the_paths_it_prints_beside_them():
    text = "".join(Page(as_html(_report())).text)
    assert 'different figures: "48 turbines"; "50 turbines"' in text
    assert "Not checked" in text and "a <script> note" in text


def test_output_is_deterministic():
    assert as_html(_report()) == as_html(_report())


def test_an_empty_report_is_a_page_too():
    page = Page(as_html(report_of([])))
    assert "No findings." in "".join(page.text)


@pytest.mark.parametrize(
    "message, paths, expected",
    [
        ('"48" in a.txt, b.txt; "50" in c.txt', [], '"48"; "50"'),
        ('"last year" in x/a.txt (no date in x/a.txt: read as of 2024-05-02)', [],
         '"last year" (no date: read as of 2024-05-02)'),
        ("compared with x/a.txt alone", [], "compared with a.txt alone"),
        ("a rate of 1.644 USD per GBP", [], "a rate of 1.644 USD per GBP"),
        ('"8" in /tmp/s/v.txt, /tmp/s/w.txt', ["/tmp/s/w.txt"], '"8"'),
        ('"8" in a.txt.bak', [], '"8" in a.txt.bak'),  # another file's name is left alone
    ],
)  # fmt: skip
def test_short_message(message, paths, expected):
    from figcheck.figures import Evidence

    places = ("x/a.txt", "a.txt", "b.txt", "c.txt", "/tmp/s/v.txt")
    finding = Finding("r", "error", message, tuple(Evidence(p, 1, 1, 0, 1, "8") for p in places))
    assert short_message(finding, paths) == expected


def test_check_writes_the_page(tmp_path):
    result = run_figcheck("check", "fixtures/wind-farm", "--format", "html", "--fail-on", "never",
                          cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    assert result.returncode == 0, result.stderr
    page = Page(result.stdout)
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert len(page.find("article")) == 3
    assert len(page.with_class("finding")) >= 5
