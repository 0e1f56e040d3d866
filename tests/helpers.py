"""Hand-built documents for rule and alignment tests, independent of the extractors.

``figures_of`` is a deliberately small reader for test sentences only: a qualifier,
a number with an optional scale word and currency, a counted noun; years, "from X to
Y", "until Y"; a few relative date words and vague words. It lets the rule tables be
written as plain phrases while the real extractors evolve on their own branches.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from figcheck.document import Document, Version
from figcheck.figures import Figure
from figcheck.lang.en import QUALIFIERS
from figcheck.text import line_column, line_starts

#: The checkout under test: subprocesses import figcheck from here, whatever is installed.
ROOT = Path(__file__).resolve().parents[1]


def run_figcheck(
    *args: str,
    stdin: str | bytes | None = None,
    close_stdin: bool = False,
    cwd: str | Path | None = None,
    env: dict[str, str] | None = None,
    text: bool = True,
    timeout: float | None = None,
) -> subprocess.CompletedProcess:
    """``python -m figcheck ARGS`` in a subprocess, as a user runs it; output captured.

    ``stdin`` is sent to the command (nothing: /dev/null); ``close_stdin`` starts
    it with file descriptor 0 closed; ``env`` adds variables; ``text=False`` keeps
    stdout and stderr as bytes.
    """
    kwargs: dict = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
    if close_stdin:
        kwargs["preexec_fn"] = lambda: os.close(0)
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args],
        capture_output=True,
        text=text,
        cwd=cwd,
        env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)},
        timeout=timeout,
        **kwargs,
    )


_QUAL = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
_SCALES = {"thousand": 3, "million": 6, "billion": 9}
_CURRENCIES = {
    "euros": "EUR",
    "euro": "EUR",
    "yuan": "CNY",
    "yen": "JPY",
    "dollars": "USD",
    "pounds": "GBP",
}
_RELATIVE = r"last year|this year|the previous year(?:'s)?|the year's|a year ago|next year"
_VAGUE = {"thousands": 3, "hundreds": 2, "dozens": 1, "many": None, "several": None}

_STOP = r"(?:from|in|of|to|and|the|until|last|this|next|will|were|was|had|have|are|is)\b"
_YEAR = r"(?:19|20)\d\d"
_PATTERN = re.compile(
    rf"(?:\b(?P<q>{_QUAL})\s+)?"
    rf"(?:(?P<period>from (?P<y1>{_YEAR}) to (?P<y2>{_YEAR})|until (?P<y3>{_YEAR}))"
    rf"|(?P<rel>{_RELATIVE})"
    rf"|\bin (?P<year>(?:19|20)\d\d)\b"
    rf"|(?P<vague>\b(?:{'|'.join(_VAGUE)})\b)"
    rf"|(?P<dollar>\$)?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<pct>%)?"
    rf"(?:\s(?P<scale>thousand|million|billion))?"
    rf"(?:\s(?P<cur>euros?|yuan|yen|dollars|pounds))?"
    rf"(?:\s(?P<noun>(?!{_STOP})[a-z]+(?:\s(?!{_STOP})[a-z]+)?))?)",
    re.I,
)


def figures_of(text: str) -> list[Figure]:
    figures = []
    starts = line_starts(text)
    for m in _PATTERN.finditer(text):
        qualifier = m.group("q").lower() if m.group("q") else None
        common = {"qualifier": qualifier, "phrase_start": m.start(), "phrase_end": m.end()}
        if m.group("period"):
            if m.group("y3"):
                value, extra = (None, f"{m.group('y3')}-12-31"), {"open_start": True}
            else:
                value, extra = (f"{m.group('y1')}-01-01", f"{m.group('y2')}-12-31"), {}
            fig = Figure("period", m.start("period"), m.end("period"), m.group("period"), value,
                         precision="year", **extra, **common)  # fmt: skip
        elif m.group("rel"):
            fig = Figure("date", m.start("rel"), m.end("rel"), m.group("rel"), None,
                         relative=True, precision="year", **common)  # fmt: skip
        elif m.group("year"):
            y = m.group("year")
            fig = Figure("date", m.start("year"), m.end("year"), y, (f"{y}-01-01", f"{y}-12-31"),
                         precision="year", **common)  # fmt: skip
        elif m.group("vague"):
            word = m.group("vague").lower()
            fig = Figure("count", m.start("vague"), m.end("vague"), word, None, vague=True,
                         magnitude=_VAGUE[word], **common)  # fmt: skip
        else:
            value = Decimal(m.group("num").replace(",", ""))
            if m.group("scale"):
                value *= Decimal(10) ** _SCALES[m.group("scale").lower()]
            if m.group("dollar") or m.group("cur"):
                kind = "money"
                unit = "USD" if m.group("dollar") else _CURRENCIES[m.group("cur").lower()]
                noun = None
            elif m.group("pct"):
                kind, unit, noun = "percent", "%", None
            else:
                kind, unit = "count", None
                noun = m.group("noun").lower() if m.group("noun") else None
                if noun is None:
                    kind = "number"
            end = max(m.end(g) for g in ("num", "pct", "scale", "cur") if m.group(g))
            start = m.start("dollar") if m.group("dollar") else m.start("num")
            fig = Figure(kind, start, end, text[start:end], value, unit, noun=noun,
                         scale=m.group("scale"), **common)  # fmt: skip
            if kind == "money":
                fig = fig.with_changes(phrase_end=end)
        line, column = line_column(starts, fig.start)
        figures.append(fig.with_changes(line=line, column=column))
    return figures


def document(path: str, text: str, figures: list[Figure] | None = None, **fields) -> Version:
    """A version whose figures are given (or read by ``figures_of``), not extracted."""
    found = figures if figures is not None else figures_of(text)
    return Version(Document(path, text, **fields), tuple(found))


def documents(*texts: str, **fields) -> list[Version]:
    return [document(f"v{i}.txt", text, **fields) for i, text in enumerate(texts, start=1)]


#: Phrases under test are set into one sentence so that alignment pairs them.
TEMPLATE = "Officials in the northern district said on Thursday that {} had been recorded there."


def run_rule(rule_id: str, *phrases: str, template: str = TEMPLATE, reference=None):
    """The findings of one rule over versions that differ only in the given phrases."""
    from figcheck.pipeline import check_versions
    from figcheck.rules import RULE_MODULES
    from figcheck.run import Settings

    versions = documents(*(template.format(p) for p in phrases))
    settings = Settings(disabled=frozenset(RULE_MODULES) - {rule_id})
    return list(check_versions(versions, reference, settings).findings)


def check(items, reference=None, disabled=frozenset()):
    """The pipeline's report on hand-built versions, or on loaded Documents (read here)."""
    from figcheck.pipeline import check_documents, check_versions
    from figcheck.run import Settings

    settings = Settings(disabled=frozenset(disabled))
    if all(isinstance(item, Document) for item in items):
        return check_documents(items, reference, settings)
    return check_versions(items, reference, settings)


def read(document: Document) -> Version:
    """A loaded document with the figures the pipeline reads from it."""
    from figcheck.pipeline import read_figures

    (version,) = read_figures([document])
    return version


def messages_in(rule, text: str, language: str | None = None) -> list[str]:
    """The messages of one rule module's findings on one document read by the pipeline
    (``language`` as stated, else told from the words)."""
    from figcheck.figures import Finding
    from figcheck.rules.api import Context

    fields = {"language": language} if language else {}
    version = read(Document("a.txt", text, **fields))
    return [
        item.message for item in rule.check(Context([version]), {}) if isinstance(item, Finding)
    ]
