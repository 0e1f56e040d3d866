"""House rules a reader can count on: no function in figcheck/ over 50 lines or complexity 20.

A function that long or that branched does several things; naming them is the fix. The
complexity is McCabe's, as ``ruff check`` (C901, max-complexity 20 in pyproject.toml)
reports it; this test holds the line for anyone who does not run ruff.
"""

from __future__ import annotations

import ast
from pathlib import Path

import mccabe  # the test extra installs it
import pytest
from helpers import ROOT

PACKAGE = ROOT / "figcheck"
MAX_LINES = 50
MAX_COMPLEXITY = 20


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def long_functions(source: str, limit: int = MAX_LINES) -> list[tuple[str, int]]:
    """(name, lines) of every function, nested ones and methods too, longer than ``limit``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines = node.end_lineno - node.lineno + 1
            if lines > limit:
                found.append((node.name, lines))
    return found


def complex_functions(source: str, limit: int = MAX_COMPLEXITY) -> list[tuple[str, int]]:
    """(name, McCabe complexity) of every function above ``limit``."""
    visitor = mccabe.PathGraphingAstVisitor()
    visitor.preorder(ast.parse(source), visitor)
    graphs = visitor.graphs.values()
    return [(graph.entity, graph.complexity()) for graph in graphs if graph.complexity() > limit]


def branchy(branches: int) -> str:
    """A function of ``branches`` ifs: complexity ``branches + 1``."""
    return "def f(x):\n" + "".join(f"    if x == {i}:\n        x += 1\n" for i in range(branches))


@pytest.mark.parametrize(
    "source, longest, most_complex",
    [
        ("def f():\n" + "    x = 1\n" * 49, [], []),
        ("def f():\n" + "    x = 1\n" * 50, [("f", 51)], []),
        ("class C:\n    def m(self):\n" + "        x = 1\n" * 50, [("m", 51)], []),
        (branchy(19), [], []),
        (branchy(20), [], [("f", 21)]),
    ],
    ids=["50 lines", "51 lines", "a long method", "complexity 20", "complexity 21"],
)
def test_the_measures(source, longest, most_complex):
    assert long_functions(source) == longest
    assert complex_functions(source) == most_complex


@pytest.mark.parametrize("path", modules(), ids=rel)
def test_no_function_over_50_lines(path):
    assert long_functions(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", modules(), ids=rel)
def test_no_function_over_complexity_20(path):
    assert complex_functions(path.read_text(encoding="utf-8")) == []
