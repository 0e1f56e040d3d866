"""Adversarial strings (benchmarks/adversarial.py) read in linear time.

Each pattern is read at 5 KB and at 20 KB: linear work grows about x4, the
quadratic regexes this guards against grew x16 (and took minutes at 100 KB).
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

_path = Path(__file__).resolve().parents[1] / "benchmarks" / "adversarial.py"
_spec = importlib.util.spec_from_file_location("adversarial", _path)
adversarial = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(adversarial)

SMALL, LARGE = 5_000, 20_000
#: Growth above this (x16 would be quadratic) fails; below 0.2 s timing noise rules.
MAX_GROWTH, NOISE = 9.0, 0.2


def seconds(name: str, size: int) -> float:
    """CPU seconds, the best of three: a busy machine must not fake a quadratic growth."""
    text = adversarial.build(adversarial.PATTERNS[name], size)
    times = []
    for _ in range(3):
        start = time.process_time()
        adversarial.measure(text)
        times.append(time.process_time() - start)
    return min(times)


@pytest.mark.parametrize("name", sorted(adversarial.PATTERNS))
def test_adversarial_pattern_grows_linearly(name):
    small = seconds(name, SMALL)
    large = seconds(name, LARGE)
    assert large < NOISE or large / small < MAX_GROWTH, f"{small:.3f} s -> {large:.3f} s"


def test_alike_sentences_compare_values_in_linear_count(monkeypatch):
    """Two long versions of alike sentences: how many value comparisons alignment makes
    grows like the text (it grew with its square: 33 s for 2,000 sentences)."""
    from figcheck.align import align, matching, values
    from figcheck.document import Document, Version
    from figcheck.extractors import extract

    calls = [0]
    original = values.same_value

    def counted(a, b):
        calls[0] += 1
        return original(a, b)

    monkeypatch.setattr(values, "same_value", counted)
    monkeypatch.setattr(matching, "same_value", counted)

    def comparisons(sentences: int) -> int:
        texts = adversarial.alike_sentences(sentences)
        versions = [
            Version(Document(f"v{n}.txt", t), tuple(extract(t))) for n, t in enumerate(texts)
        ]
        calls[0] = 0
        align(versions)
        return calls[0]

    small, large = comparisons(100), comparisons(400)
    assert large < 6 * small, f"{small} -> {large} comparisons"


def test_copies_of_one_text_are_read_once(tmp_path, monkeypatch):
    """``check`` on N copies of one file reads its figures once (each copy was read in
    full: 16 copies of a long report, 16 times the extraction), and reports their findings
    once, at the copy kept, naming the others as identical to it."""
    from figcheck import pipeline

    text = adversarial.news_file(8)
    paths = []
    for n in range(4):
        path = tmp_path / f"copy-{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "other.txt").write_text(text + "\nIt cost $5 million.\n", encoding="utf-8")
    calls = []
    original = pipeline.figures_of
    monkeypatch.setattr(
        pipeline, "figures_of", lambda doc, *known: calls.append(doc.path) or original(doc, *known)
    )
    monkeypatch.setenv("FIGCHECK_JOBS", "1")
    report = pipeline.check([*paths, str(tmp_path / "other.txt")])
    assert sorted(calls) == [paths[0], str(tmp_path / "other.txt")]
    figures = {v.path: v.figures for v in report.versions}
    assert all(figures[p] == figures[paths[0]] and figures[p] for p in paths)
    per_copy = {
        p: sorted(
            (f.rule, tuple((e.start, e.end) for e in f.evidence))
            for f in report.findings
            if {e.path for e in f.evidence} == {p}
        )
        for p in paths
    }
    assert per_copy[paths[0]]
    assert not any(per_copy[p] for p in paths[1:])
    assert report.identical == tuple((p, paths[0]) for p in paths[1:])


TURBINES = "The {} turbines will stand 12 km off the coast. "


@pytest.mark.parametrize(
    "values, findings",
    [
        ((48, 50), 1),  # one fact told twice, differently
        ((48, 50, 52), 3),
        ((48, 50, 52, 54), 6),  # each figure at odds with three others: still slips
        ((48, 50, 52, 54, 56), 0),  # a series told in alike sentences, not one fact
    ],
)
def test_a_series_in_alike_sentences_is_no_contradiction(values, findings):
    from figcheck.document import Document
    from figcheck.pipeline import check_documents

    text = "".join(TURBINES.format(v) for v in values)
    report = check_documents([Document("a.txt", text)])
    assert len([f for f in report.findings if f.rule == "internal-mismatch"]) == findings


def test_alike_sentences_give_the_findings_an_editor_reads():
    """Two versions of 200 alike sentences (a table written as prose): the counts the
    second version changed, not one internal-mismatch per pair of rows (35,476 before)."""
    from figcheck.document import Document
    from figcheck.pipeline import check_documents

    first, second = adversarial.alike_sentences(200)
    report = check_documents([Document("a.txt", first), Document("b.txt", second)])
    changed = sum(a != b for a, b in zip(first.split(". "), second.split(". "), strict=True))
    assert {f.rule for f in report.findings} == {"number-mismatch"}
    # (a count changed to its neighbour's value may pair with that neighbour: no finding)
    assert changed // 2 < len(report.findings) <= changed
