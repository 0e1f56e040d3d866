"""Every rule's docstring example, run: what Passes reports nothing, what Fails is reported.

A rule module's docstring shows its judgement to a user with a ``Passes::`` and a
``Fails::`` block (optionally "Passes (dated 2023-08-24)::" for a date the versions
do not state). Each ``a.txt: ...`` line is a file (lines indented under it continue it);
the files of a block are checked together with that rule alone.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re

import pytest

from figcheck.document import load
from figcheck.pipeline import check_documents
from figcheck.rules import RULE_MODULES, load_rules
from figcheck.run import Settings

_HEADER = re.compile(r"^(Passes|Fails)(?: \(dated (\d{4}-\d\d-\d\d)[^)]*\))?::$")
_FILE = re.compile(r"^(\s+)([\w.-]+\.(?:txt|md)): (.*)$")


def examples(docstring: str) -> dict[str, tuple[dt.date | None, dict[str, str]]]:
    """Each block ("Passes", "Fails") -> (the date it gives, {file name: text})."""
    found: dict[str, tuple[dt.date | None, dict[str, str]]] = {}
    block, indent = None, ""
    for line in inspect.cleandoc(docstring).splitlines():
        header = _HEADER.match(line)
        if header:
            date = dt.date.fromisoformat(header.group(2)) if header.group(2) else None
            block = header.group(1)
            found[block] = (date, {})
            continue
        if block is None or not line.strip():
            continue
        if not line[:1].isspace():
            block = None  # prose after the example
            continue
        file = _FILE.match(line)
        texts = found[block][1]
        if file:
            indent, name = file.group(1), file.group(2)
            texts[name] = file.group(3)
        elif texts and len(line) - len(line.lstrip()) > len(indent):
            last = list(texts)[-1]
            texts[last] += " " + line.strip()  # a wrapped line of the same file
    return found


def test_example_parser():
    doc = """rule: what it does.

    Passes (dated 2024-03-14, a Thursday)::

        a.txt: one line
        b.txt: a wrapped
               line

    Fails::

        a.txt: x

    Prose.
    """
    assert examples(doc) == {
        "Passes": (dt.date(2024, 3, 14), {"a.txt": "one line", "b.txt": "a wrapped line"}),
        "Fails": (None, {"a.txt": "x"}),
    }


def findings_of(rule_id: str, date, texts: dict[str, str], folder) -> list:
    documents = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text + "\n", encoding="utf-8")
        documents.append(load(str(path)))
    settings = Settings(date=date, disabled=frozenset(RULE_MODULES) - {rule_id})
    return [f for f in check_documents(documents, settings=settings).findings if f.rule == rule_id]


@pytest.mark.parametrize("rule_id", list(RULE_MODULES))
@pytest.mark.parametrize("block", ["Passes", "Fails"])
def test_docstring_example(rule_id, block, tmp_path):
    found = examples(load_rules()[rule_id].__doc__)
    assert block in found, f"{rule_id}: no {block}:: example in its docstring"
    date, texts = found[block]
    assert texts, f"{rule_id}: the {block}:: block names no file"
    findings = findings_of(rule_id, date, texts, tmp_path)
    if block == "Passes":
        assert findings == [], [f.message for f in findings]
    else:
        assert findings, f"{rule_id}: the Fails:: example is not reported"
