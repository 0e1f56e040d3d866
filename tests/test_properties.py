"""Properties that hold for any text, checked on generated inputs (hypothesis).

Examples are derandomized so CI sees the same cases on every run.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figcheck.document import Document
from figcheck.extractors import FINDERS, extract
from figcheck.text import line_column, line_starts

ROOT = Path(__file__).resolve().parents[1]
PROPS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
PUBLISHED = dt.date(2023, 8, 24)

#: Pieces of news copy that figures are made of, so generated text is rich in near-figures.
TOKENS = [
    "0", "1", "3", "12", "420", "1,000", "3.5", "1.234,56", "2023", "100,000,000",
    "$", "US$", "€", "£", "¥", "元", "₹", "Rs", "kr", "%", "per cent", "percent",
    " million", " bn", "m", " billion", " thousand", " lakh", "k",
    " yuan", " dollars", " USD", " EUR", "RMB ", " yen", " won",
    " to ", " and ", "-", "–", " between ", " from ", "about ", "only ", "more than ",
    "(", ")", ",", ".", " ", "\u00a0", "\u202f", "\n", "\r\n", "\r", "\t",
    "three", "twenty-five", "a dozen", "hundred", " people", " candidates",
    "last year", "in 2019", "August 24", "Thousand Talents Plan", "http://x.io/5",
    "call 555-0199", "#tag #tag #tag",
]  # fmt: skip
news_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=60).map(
    "".join
)


@PROPS
@given(news_text)
def test_extraction_never_raises_and_offsets_slice_back(text):
    figures = extract(text, PUBLISHED)
    starts = line_starts(text)
    for fig in figures:
        assert 0 <= fig.start < fig.end <= len(text)
        assert text[fig.start : fig.end] == fig.text
        assert (fig.line, fig.column) == line_column(starts, fig.start)
        start, end = fig.span
        assert 0 <= start <= fig.start and fig.end <= end <= len(text)
    assert [f.start for f in figures] == sorted(f.start for f in figures)


@PROPS
@given(st.text())
def test_extraction_never_raises_on_any_unicode(text):
    for fig in extract(text):
        assert text[fig.start : fig.end] == fig.text


def grouped(value: int) -> str:
    return f"{value:,}"


#: How a currency is written around an amount, and the ISO code it must read as.
MONEY_STYLES = [
    ("${n}", "USD"), ("US${n}", "USD"), ("€{n}", "EUR"), ("£{n}", "GBP"),
    ("{n} yuan", "CNY"), ("{n} euros", "EUR"), ("USD {n}", "USD"), ("{n} dollars", "USD"),
    ("HK${n}", "HKD"), ("{n} rupees", "INR"), ("CHF {n}", "CHF"),
]  # fmt: skip
SCALE_STYLES = [(" million", 10**6), (" billion", 10**9), ("m", 10**6), ("bn", 10**9), ("", 1)]


@PROPS
@given(
    whole=st.integers(min_value=1, max_value=999_999_999),
    style=st.sampled_from(MONEY_STYLES),
)
def test_money_round_trip_whole_amounts(whole, style):
    pattern, code = style
    text = f"The fund paid {pattern.format(n=grouped(whole))} to staff."
    (fig,) = extract(text)
    assert (fig.kind, fig.value, fig.unit) == ("money", Decimal(whole), code)


@PROPS
@given(
    tenths=st.integers(min_value=1, max_value=9999),
    style=st.sampled_from(MONEY_STYLES),
    scale=st.sampled_from(SCALE_STYLES),
)
def test_money_round_trip_scaled_amounts(tenths, style, scale):
    pattern, code = style
    word, factor = scale
    number = f"{Decimal(tenths) / 10}{word}"
    text = f"Bonuses of {pattern.format(n=number)} were promised."
    (fig,) = extract(text)
    assert (fig.kind, fig.value, fig.unit) == ("money", Decimal(tenths) / 10 * factor, code)


def _has_kind(kind: str) -> bool:
    return any(name == kind for name, _ in FINDERS)


@pytest.mark.skipif(not _has_kind("percent"), reason="no percent finder on this branch")
@PROPS
@given(
    hundredths=st.integers(min_value=0, max_value=100_000),
    style=st.sampled_from(["{n}%", "{n} per cent", "{n} percent"]),
)
def test_percent_round_trip(hundredths, style):
    value = Decimal(hundredths) / 100
    text = f"Turnout rose by {style.format(n=value)} in the city."
    percents = [f for f in extract(text) if f.kind == "percent"]
    assert [f.value for f in percents] == [value]


@pytest.mark.skipif(not _has_kind("count"), reason="no count finder on this branch")
@PROPS
@given(
    count=st.integers(min_value=2, max_value=9_999_999),
    noun=st.sampled_from(["people", "candidates", "workers", "turbines"]),
)
def test_count_round_trip(count, noun):
    text = f"Officials said {grouped(count)} {noun} took part."
    counts = [f for f in extract(text) if f.kind == "count"]
    assert [f.value for f in counts] == [Decimal(count)]


STORIES = sorted((ROOT / "fixtures").glob("*/*.txt"))


def _across_documents(report) -> list:
    """Findings that set one document against another (fx-mismatch inside one text is fine)."""
    return [f for f in report.findings if len({e.path for e in f.evidence}) > 1]


def _documents(paths) -> list[Document]:
    from figcheck.document import load

    return [load(str(path)) for path in paths]


@PROPS
@given(news_text)
def test_check_of_a_document_against_itself_reports_nothing(text):
    from helpers import check

    docs = [
        Document("a.txt", text, published=PUBLISHED),
        Document("b.txt", text, published=PUBLISHED),
    ]
    assert _across_documents(check(docs)) == []


@pytest.mark.parametrize("story", STORIES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_check_of_a_fixture_against_itself_reports_nothing(story, tmp_path):
    from helpers import check

    copy = tmp_path / story.name
    copy.write_bytes(story.read_bytes())
    assert _across_documents(check(_documents([story, copy]))) == []


def _finding_dicts(report) -> list[dict]:
    return [finding.to_dict() for finding in report.findings]


def _by_story(paths) -> dict[str, list[Path]]:
    """The fixture files by story folder, each story's files in the order given."""
    stories: dict[str, list[Path]] = {}
    for path in paths:
        stories.setdefault(path.parent.name, []).append(path)
    return stories


def _finding_facts(report) -> list[tuple]:
    """What was found, whatever document leads the message: rule, severity, evidence spans."""
    return sorted(
        (f.rule, f.severity, tuple(sorted((e.path, e.start, e.end) for e in f.evidence)))
        for f in report.findings
    )


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.permutations(STORIES))
def test_same_findings_whatever_the_file_order(order):
    from helpers import check

    for name, paths in _by_story(order).items():
        expected = check(_documents(sorted(paths)))
        assert _finding_facts(check(_documents(paths))) == _finding_facts(expected), name


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.permutations(STORIES))
def test_report_does_not_depend_on_file_order(order):
    """The files of a story may be named in any order: the JSON report is byte-identical."""
    from figcheck.pipeline import check as check_paths
    from figcheck.report.check import FORMATTERS

    for name, paths in _by_story(order).items():
        expected = FORMATTERS["json"](check_paths([str(p) for p in sorted(paths)]), False)
        given_order = FORMATTERS["json"](check_paths([str(p) for p in paths]), False)
        assert given_order == expected, name


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(news_text, min_size=2, max_size=4))
def test_json_report_validates_against_the_schema(texts):
    jsonschema = pytest.importorskip("jsonschema")
    report_check = pytest.importorskip("figcheck.report.check")
    from helpers import check

    docs = [Document(f"v{i}.txt", text, published=PUBLISHED) for i, text in enumerate(texts)]
    report = json.loads(report_check.as_json(check(docs)))
    jsonschema.validate(report, report_check.schema())


def _cli(args: list[str], hash_seed: str) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hash_seed}
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args], capture_output=True, env=env, check=False
    ).stdout


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_extract_output_is_byte_identical_across_runs(fmt):
    """Different hash seeds change set and dict-of-set order: output must not follow them."""
    args = ["extract", "--format", fmt, *map(str, STORIES)]
    outputs = {_cli(args, seed) for seed in ("0", "1", "2")}
    assert len(outputs) == 1
    assert outputs.pop()


# --- hostile fuzzing (issue 17): figures at the edges, derived pairs, any file order -------

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@st.composite
def hostile_numbers(draw) -> str:
    """A number as a careless or hostile writer types it: long, grouped, exponents, powers."""
    digits = draw(st.text("0123456789", min_size=1, max_size=40))
    shape = draw(st.sampled_from(["plain", "grouped", "exponent", "power", "decimal", "scaled"]))
    if shape == "grouped":
        separator = draw(st.sampled_from([",", ".", " ", "\u202f", "'"]))
        digits = separator.join(digits[i : i + 3] for i in range(0, len(digits), 3))
    elif shape == "exponent":
        digits += draw(st.sampled_from(["e", "E"])) + str(draw(st.integers(-(10**7), 10**7)))
    elif shape == "power":
        digits += draw(st.sampled_from(["x10^", "×10^", " x 10^", "*10**"]))
        digits += str(draw(st.integers(0, 10**7)))
    elif shape == "decimal":
        digits += "." + draw(st.text("0123456789", min_size=1, max_size=30))
    elif shape == "scaled":
        digits += draw(st.sampled_from([" trillion", " billion", " million", "bn", " lakh crore"]))
    script = draw(st.sampled_from([None, FULL_WIDTH, ARABIC_INDIC]))
    return digits.translate(script) if script else digits


#: Currencies and signs around an amount, and relative dates that resolve against the date.
CURRENCY_FORMS = ["${n}", "€{n}", "{n} yuan", "¥{n}", "USD {n}", "{n} euros", "-${n}", "$-{n}"]
RELATIVE = [
    "last year", "next week", "in October", "last winter", "last Friday", "next century",
    "last decade", "this month", "two years ago", "the past three years", "since 1998",
]  # fmt: skip
EDGE_DATES = st.one_of(
    st.dates(dt.date(1, 1, 1), dt.date(1, 3, 1)),
    st.dates(dt.date(9999, 10, 1), dt.date(9999, 12, 31)),
    st.dates(dt.date(1999, 1, 1), dt.date(2026, 1, 1)),
)


@st.composite
def hostile_sentences(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        number = draw(hostile_numbers())
        figure = draw(st.sampled_from(CURRENCY_FORMS)).format(n=number)
        conversion = draw(st.sampled_from(["", " (about ${m})", " or {m} yuan"]))
        parts.append(
            f"It paid {figure}{conversion.format(m=draw(hostile_numbers()))}"
            f" {draw(st.sampled_from(RELATIVE))}, {draw(news_text)}."
        )
    return " ".join(parts)


fuzz_text = st.one_of(hostile_sentences(), news_text, st.text(max_size=200))


def _extract_facts(text: str, published: dt.date | None) -> list[tuple]:
    return [
        (f.kind, f.start, f.end, f.text, str(f.value), f.unit) for f in extract(text, published)
    ]


@FUZZ
@given(fuzz_text, st.one_of(st.none(), EDGE_DATES))
def test_fuzz_extract_never_raises_slices_back_and_repeats(text, published):
    first = _extract_facts(text, published)
    for _kind, start, end, words, _value, _unit in first:
        assert text[start:end] == words
    assert _extract_facts(text, published) == first


def _derived(text: str, seed: int) -> str:
    """A second version of ``text``: some digits changed, a scale word swapped, as rewrites do."""
    import random

    rng = random.Random(seed)
    chars = [rng.choice("0123456789") if c.isdigit() and rng.random() < 0.2 else c for c in text]
    swapped = "".join(chars)
    return swapped.replace(" million", " billion") if rng.random() < 0.5 else swapped


@FUZZ
@given(fuzz_text, st.integers(0, 2**16), EDGE_DATES)
def test_fuzz_check_of_derived_pairs_is_stable_in_any_order(text, seed, published):
    from helpers import check

    versions = [
        Document("a.txt", text, published=published, published_source="option"),
        Document("b.txt", _derived(text, seed), published=published, published_source="option"),
        Document("c.txt", _derived(text, seed + 1), published=published, published_source="option"),
    ]
    forward = check(versions)
    assert _finding_facts(check(versions)) == _finding_facts(forward)  # same output twice
    assert _finding_facts(check(versions[::-1])) == _finding_facts(forward)  # any file order
    assert _finding_facts(check(versions[1:] + versions[:1])) == _finding_facts(forward)
    for finding in forward.findings:
        for evidence in finding.evidence:
            source = next(v.text for v in versions if v.path == evidence.path)
            assert source[evidence.start : evidence.end] == evidence.text


#: Pieces of Chinese, Japanese, Spanish, French and German copy: relative dates, ranges,
#: scale words and currencies as those languages write them.
WORLD_TOKENS = [
    "去年", "明年", "上个月", "下个月", "上周", "今年", "前年", "昨日", "明天",
    "先月", "来年", "来週", "令和5年", "2023年", "5月", "4日", "12月", "至", "到",
    "~", "～", "から", "まで", "以来", "以后", "以前", "自", "同比", "增长", "约",
    "元", "美元", "亿", "万", "億", "円", "ドル", "韩元", "百分之", "三千五百", "两",
    "十", "零", "〇", "１２", "５％", "％", "。", "，", "millones de dólares",
    "mil millones", "Milliarden Euro", "milliards d'euros", "por ciento", "Prozent",
    "el año pasado",
    "letztes Jahr", "l'an dernier", "entre", "zwischen", "bis", "hasta", "2,5", "3.000", "1.234,56",
    "1 250", " ", "\n", "\n\n", ".", "0", "12", "2024",
]  # fmt: skip
world_text = st.lists(
    st.one_of(st.sampled_from(WORLD_TOKENS), hostile_numbers(), st.text(max_size=3)), max_size=40
).map("".join)
LANGUAGES = st.sampled_from(["en", "zh", "ja", "es", "fr", "pt", "de"])


@FUZZ
@given(world_text, LANGUAGES, st.one_of(st.none(), EDGE_DATES))
def test_fuzz_extract_in_any_language_never_raises(text, language, published):
    """Read in any language, near the calendar's ends too: figures slice back, twice alike."""
    from figcheck.extractors import extract as read

    figures = read(text, published, language)
    for fig in figures:
        assert text[fig.start : fig.end] == fig.text
    assert [(f.start, f.end, str(f.value)) for f in read(text, published, language)] == [
        (f.start, f.end, str(f.value)) for f in figures
    ]


@FUZZ
@given(world_text, st.integers(0, 2**16), EDGE_DATES)
def test_fuzz_check_in_any_language_is_stable_in_any_order(text, seed, published):
    test_fuzz_check_of_derived_pairs_is_stable_in_any_order.hypothesis.inner_test(
        text, seed, published
    )


# --- the same invariants through the command line (issue 17: "through the CLI") -----------


def _in_process(args: list[str]) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``figcheck ARGS`` run in this process."""
    import contextlib
    import io

    from figcheck import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            cli.main(args)
            code = 0
        except SystemExit as exit_:
            code = exit_.code
    return code, out.getvalue(), err.getvalue()


def _evidence_facts(report: dict) -> list[tuple]:
    return sorted(
        (f["rule"], f["severity"], tuple(sorted((e["path"], e["start"], e["end"])
                                                for e in f["evidence"])))
        for f in report["findings"]
    )  # fmt: skip


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(fuzz_text, st.integers(0, 2**16), EDGE_DATES)
def test_fuzz_cli_extract_and_check(text, seed, published):
    """``extract`` and ``check`` of derived versions on the command line: an answer (never
    exit 3 or a traceback), offsets that slice the file's text, the same output twice, the
    same findings whatever the order of the files."""
    import tempfile

    text = text.replace("\x00", "").lstrip("\ufeff")  # NUL is a binary file; a BOM is no text
    with tempfile.TemporaryDirectory() as folder:
        paths, texts = [], {}
        for name, version in [("a.txt", text), ("b.txt", _derived(text, seed)),
                              ("c.txt", _derived(text, seed + 1))]:  # fmt: skip
            path = Path(folder) / name
            path.write_bytes(version.encode("utf-8", "replace"))
            paths.append(str(path))
            texts[str(path)] = path.read_bytes().decode("utf-8")
        date = ["--date", published.isoformat()]
        code, out, err = _in_process(["extract", "--format", "json", *date, paths[0]])
        # (random text may read as a language figcheck does not read: a notice, no error)
        assert code == 0 and all(line.startswith("unchecked: ") for line in err.splitlines())
        for figure in json.loads(out)["documents"][0]["figures"]:
            assert texts[paths[0]][figure["start"] : figure["end"]] == figure["text"]
        assert _in_process(["extract", "--format", "json", *date, paths[0]])[1] == out
        runs = [
            _in_process(["check", "--format", "json", "--fail-on", "never", *date, *order])
            for order in (paths, paths[::-1], paths[1:] + paths[:1])
        ]
        assert all(code == 0 and err == "" for code, _, err in runs), runs[0][2]
        reports = [json.loads(out) for _, out, _ in runs]
        assert all(_evidence_facts(r) == _evidence_facts(reports[0]) for r in reports)
        for finding in reports[0]["findings"]:
            for evidence in finding["evidence"]:
                source = texts[evidence["path"]]
                assert source[evidence["start"] : evidence["end"]] == evidence["text"]
