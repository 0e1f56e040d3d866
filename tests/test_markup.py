"""Markdown and HTML drafts: markup blanked out, every offset still that of the original file."""

import html
import importlib.util
import time
from pathlib import Path

import pytest
from helpers import read
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.document import load, plain_text
from figcheck.markup import front_matter, strip_html, strip_markdown
from figcheck.text import line_column, line_starts

MARKDOWN = [
    ("# Wind farm wins approval", "  Wind farm wins approval"),
    ("The **1.2 billion euro** project", "The   1.2 billion euro   project"),
    ("Its _50_ turbines", "Its  50  turbines"),
    ("a **_nested_** mark", "a    nested    mark"),
    ("snake_case_name stays", "snake_case_name stays"),
    ("2 * 3 * 4 stays", "2 * 3 * 4 stays"),
    ("see [the report](https://x.org/a?b=1) now", "see  the report                       now"),
    ("see [the report][ref] now", "see  the report       now"),
    ("[ref]: https://x.org/2024/5", "                           "),
    ("![chart of 48](img/48.png) after", "                           after"),
    ("mail <https://x.org/5> here", "mail                   here"),
    ("- 48 turbines", "  48 turbines"),
    ("1. first point", "   first point"),
    ("> quoted 12%", "  quoted 12%"),
    ("| a | 5 |", "  a   5  "),
    ("|---|:-:|", "         "),
    ("price `$5` code", "price  $5  code"),
    ("```\ncost $5\n```\nafter", "   \n       \n   \nafter"),
    ("<!-- figcheck: ignore -->text", "                         text"),
    ("a <b>bold</b> word", "a    bold     word"),
    ("R&amp;D", "R    &D"),
    ("\\*not emphasis\\*", " *not emphasis *"),
    ("a \\| b", "a  | b"),
    ("---\ndate: 2024-03-14\n---\nBody", "   \n                \n   \nBody"),
    ("Heading\n=======", "Heading\n       "),
]


@pytest.mark.parametrize("original, plain", MARKDOWN)
def test_markdown_blanked(original, plain):
    assert strip_markdown(original) == plain


HTML = [
    ("<p>48 turbines</p>", "   48 turbines    "),
    ("<script>var x = 5;</script>ok", "                           ok"),
    ("<style>p{width:5px}</style>ok", "                           ok"),
    ("&euro;5 million", "     €5 million"),
    ("5&nbsp;million", "5      million"),
    ("&#36;5", "    $5"),
    ("&bogus; stays", "&bogus; stays"),
    ("<!DOCTYPE html>\n<title>T</title>", "               \n       T        "),
    ('<a href="https://x.org/5">link</a>', "                          link    "),
]


@pytest.mark.parametrize("original, plain", HTML)
def test_html_blanked(original, plain):
    assert strip_html(original) == plain


@pytest.mark.parametrize("strip", [strip_markdown, strip_html])
@pytest.mark.parametrize("original", [o for o, _ in MARKDOWN + HTML])
def test_length_and_line_breaks_kept(strip, original):
    plain = strip(original)
    assert len(plain) == len(original)
    assert [i for i, c in enumerate(plain) if c in "\r\n"] == [
        i for i, c in enumerate(original) if c in "\r\n"
    ]


@pytest.mark.parametrize(
    "path, expected",
    [("a.md", True), ("a.MARKDOWN", True), ("a.html", True), ("a.htm", True), ("a.txt", False)],
)
def test_markup_by_suffix(path, expected):
    assert (plain_text("x", path) is not None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("---\nsources: [a.txt, 'b c.txt']\n---\n", {"sources": ["a.txt", "b c.txt"]}),
        ('---\nsources:\n  - a.txt\n  - "b.txt"\ntitle: x\n---\n', {"sources": ["a.txt", "b.txt"]}),
        ("---\nsources:\n  -\n  - a.txt\n---\n", {"sources": ["a.txt"]}),
        (
            "---\nsources: a.txt\ndate: '2024-03-14'\n---\n",
            {"sources": ["a.txt"], "date": "2024-03-14"},
        ),
        ("---\n---\n", {}),
        ("no front matter\nsources: [a.txt]\n", {}),
    ],
)
def test_front_matter(text, expected):
    assert front_matter(text) == expected


DRAFTS = [
    (
        "draft.md",
        "---\ndate: 2024-03-14\nsources: [wire.txt]\n---\n# Approval\n\n"
        "The **1.2 billion euro** ([$1.3 billion](https://x.org/$9)) project.\n",
    ),
    (
        "draft.html",
        "<html><head><style>b{margin:5px}</style></head>\n<body><p>A <b>&euro;1.2 billion</b>"
        " project &amp; <i>$1.3 billion</i> more.</p><!-- $7 --></body></html>\n",
    ),
]


@pytest.mark.parametrize("name, text", DRAFTS)
def test_figure_offsets_point_into_the_original(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = load(str(path))
    assert doc.text == text
    figures = read(doc).figures
    starts = line_starts(text)
    # Evidence is the original's characters; decoded, they read as the figure.
    assert [f.text for f in figures] == [
        "€1.2 billion" if "html" in name else "1.2 billion euro",
        "$1.3 billion",
    ]
    assert all(html.unescape(text[f.start : f.end]) == f.text for f in figures)
    for fig in figures:
        line, column = line_column(starts, fig.start)
        assert (fig.line, fig.column) == (line, column)
        assert text.splitlines()[line - 1][column - 1 :].startswith(text[fig.start : fig.end])
    assert "9" not in "".join(f.text for f in figures)  # link targets are not figures
    assert "7" not in "".join(f.text for f in figures)  # nor comments


def test_front_matter_date_of_a_markdown_draft(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("---\ndate: 2024-03-14\n---\nText.\n", encoding="utf-8")
    doc = load(str(path))
    assert (str(doc.published), doc.published_source) == ("2024-03-14", "front-matter")


def test_dateline_inside_markup(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("# Title\n\n*2024-03-14*\n\nText.\n", encoding="utf-8")
    assert str(load(str(path)).published) == "2024-03-14"


MARKUP_ALPHABET = "ab 12.,$%\n\r#*_~`[]()!<>/&;-:|\\=\"'"


@pytest.mark.parametrize("strip", [strip_markdown, strip_html])
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=MARKUP_ALPHABET, max_size=80))
def test_only_blanks_or_decodes_in_place(strip, text):
    plain = strip(text)
    assert len(plain) == len(text)
    for original, kept in zip(text, plain, strict=True):
        assert kept == original or (kept == " " and original not in "\r\n") or original == ";"


# --- hostile drafts are read in linear time (benchmarks/adversarial.py, DRAFTS) -------------

_bench = Path(__file__).resolve().parents[1] / "benchmarks" / "adversarial.py"
_spec = importlib.util.spec_from_file_location("adversarial", _bench)
adversarial = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(adversarial)


def _cpu_seconds(name: str, size: int) -> float:
    """The best of three CPU times: a busy machine must not fake a quadratic growth."""
    times = []
    for _ in range(3):
        start = time.process_time()
        adversarial.time_draft(name, size)
        times.append(time.process_time() - start)
    return min(times)


@pytest.mark.parametrize("name", sorted(adversarial.DRAFTS))
def test_hostile_drafts_grow_linearly(name):
    """x4 the size may cost at most x9 the time (a quadratic shape costs x16): at 20 KB a
    line of '[' took 4.6 s, and 61 s at 80 KB."""
    small, large = _cpu_seconds(name, 5_000), _cpu_seconds(name, 20_000)
    assert large < 0.2 or large / small < 9, f"{small:.3f} s -> {large:.3f} s"
