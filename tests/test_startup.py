"""A short command loads none of the heavy libraries it does not need.

A pre-commit hook or an editor runs figcheck on one small file; numpy, pint, babel,
rapidfuzz, dask and datasketch each cost it tens to hundreds of milliseconds to import.
Each row runs a whole command in a subprocess and lists which of them it imported.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from helpers import ROOT

from figcheck.lang import SUPPORTED

HEAVY = ("numpy", "pint", "babel", "rapidfuzz", "dask", "datasketch", "pandas", "pyarrow")

#: Runs the command as ``python -m figcheck`` does, then prints the heavy modules loaded.
PROBE = (
    "import atexit, runpy, sys\n"
    "atexit.register(lambda: print('LOADED', sorted(m for m in {heavy!r} if m in sys.modules)))\n"
    "sys.argv = ['figcheck', *{args!r}]\n"
    "runpy.run_module('figcheck', run_name='__main__')\n"
)

ARTICLE = (
    "Published: 2024-03-14\n\n"
    "The council approved a $4.5 million plan on Tuesday, up 12% from last year, for 240 "
    "homes, a 3 km road and 1,200 tonnes of steel. Costs rose by a third since 2021.\n"
)

#: One sentence with figures per language, read with ``--language``.
SENTENCES = {
    "en": "The plan cost 4.5 million euros and 240 homes on 3 March 2023.",
    "es": "El plan costó 4,5 millones de euros y 240 viviendas el 3 de marzo de 2023.",
    "fr": "Le plan a coûté 4,5 millions d'euros et 240 logements le 3 mars 2023.",
    "pt": "O plano custou 4,5 milhões de euros e 240 casas em 3 de março de 2023.",
    "de": "Der Plan kostete 4,5 Millionen Euro und 240 Wohnungen am 3. März 2023.",
    "zh": "该计划耗资450万欧元，2023年3月3日建成240套住房。",
    "ja": "計画は2023年3月3日に450万ユーロで、住宅240戸を建てた。",
}


def loaded(args: list[str], cwd, modules: tuple[str, ...] = HEAVY) -> list[str]:
    """Which of ``modules`` (the heavy libraries) a whole run of ``figcheck ARGS`` imported."""
    code = PROBE.format(heavy=modules, args=args)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), "FIGCHECK_JOBS": "1"},
        capture_output=True,
        text=True,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("LOADED ")]
    assert lines, result.stderr
    return eval(lines[-1].removeprefix("LOADED "))  # a list of names printed by PROBE


def test_every_language_has_a_sentence():
    assert set(SENTENCES) == set(SUPPORTED)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_extract_loads_no_heavy_library(tmp_path, language):
    (tmp_path / "a.txt").write_text(SENTENCES[language] + "\n", encoding="utf-8")
    assert loaded(["extract", "--language", language, "a.txt"], tmp_path) == []


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_extract_of_an_article_loads_no_heavy_library(tmp_path, fmt):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert loaded(["extract", "--format", fmt, "a.txt"], tmp_path) == []


@pytest.mark.parametrize(
    "command", [["hook", "--fail-on", "never"], ["check", "--fail-on", "never"]]
)
def test_a_draft_and_its_source_load_no_numpy(tmp_path, command):
    """A pre-commit hook checks a draft against a source: small families are scored
    without numpy (figcheck.align.plain); rapidfuzz, which scores them, is light."""
    (tmp_path / "source.txt").write_text(ARTICLE, encoding="utf-8")
    draft = ARTICLE.replace("$4.5 million", "$4.8 million").replace("12%", "15%")
    (tmp_path / "draft.md").write_text(f"---\nsources: [source.txt]\n---\n{draft}", "utf-8")
    files = ["draft.md"] if command[0] == "hook" else ["source.txt", "draft.md"]
    assert set(loaded([*command, *files], tmp_path)) <= {"rapidfuzz"}


def benchmark_inputs(folder) -> dict[str, list[str]]:
    """benchmarks/startup.py's inputs, written into ``folder``: its title -> arguments."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("startup", ROOT / "benchmarks" / "startup.py")
    startup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(startup)
    return startup.write_inputs(folder)


def test_the_benchmarks_draft_and_source_load_no_numpy(tmp_path):
    """benchmarks/startup.py's hook input (a 10 KB draft of the fixture stories against a
    5 KB source): its largest families still fit the numpy-free scoring."""
    commands = benchmark_inputs(tmp_path)
    assert set(loaded(commands["hook 10 KB + source"], tmp_path)) <= {"rapidfuzz"}


#: (command, a module of figcheck it starts without): each import made lazy for speed.
LEFT_OUT = [
    # the rule API only for a note on an unsupported language
    (["extract", "a.txt"], "figcheck.rules.api"),
    (["extract", "--format", "json", "a.txt"], "figcheck.rules.api"),
    # difflib only for a suppression comment that names an unknown rule ("did you mean")
    (["check", "--fail-on", "never", "a.txt", "b.txt"], "difflib"),
    (["hook", "--fail-on", "never", "a.txt"], "difflib"),
]


@pytest.mark.parametrize(("args", "module"), LEFT_OUT)
def test_a_command_starts_without_what_it_does_not_use(tmp_path, args, module):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("12%", "15%"), encoding="utf-8")
    assert loaded(args, tmp_path, (module,)) == []


def test_a_suppression_naming_an_unknown_rule_still_gets_its_hint(tmp_path):
    text = ARTICLE + "\n<!-- figcheck: ignore fx-mismach -->\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    assert loaded(["hook", "--fail-on", "never", "a.md"], tmp_path, ("difflib",)) == ["difflib"]


def test_an_unsupported_language_still_loads_the_rule_api_for_its_note(tmp_path):
    (tmp_path / "a.txt").write_text("Il piano è costato 4,5 milioni di euro.\n", "utf-8")
    assert loaded(["extract", "--language", "it", "a.txt"], tmp_path, ("figcheck.rules.api",)) == [
        "figcheck.rules.api"
    ]


@pytest.mark.parametrize(
    ("args", "code", "out", "err"),
    [
        (["extract", "a.txt"], 0, "money", ""),
        (["extract", "--format", "json", "a.txt"], 0, '"version": 1', ""),
        (["check", "--fail-on", "warning", "a.txt", "b.txt"], 1, "b.txt", ""),
        (["extract", "missing.txt"], 2, "", "missing.txt"),
        (["extract", "--date", "someday", "a.txt"], 2, "", "someday"),
    ],
)
def test_the_quick_exit_keeps_the_exit_code_and_all_output(tmp_path, args, code, out, err):
    """``python -m figcheck`` leaves without tearing the interpreter down (figcheck.cli.run):
    the code, everything written and the caches' saves are as an ordinary exit leaves them."""
    from helpers import run_figcheck

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("$4.5 million", "$4.8 billion"), "utf-8")
    cache = tmp_path / "cache"
    result = run_figcheck(*args, cwd=tmp_path, env={"FIGCHECK_CACHE_DIR": str(cache)})
    assert result.returncode == code, result.stderr
    assert out in result.stdout and err in result.stderr
    assert result.stdout == "" or result.stdout.endswith("\n")
    if code != 2:  # (a usage error compiles next to nothing: no cache is written)
        saved = {path.name.split("-")[0] for path in cache.glob("*.marshal")}
        assert saved == {"regex", "methods"}
        assert list(cache.glob("figures/*.pickle"))  # each text's figures (figure_cache)


#: Counts the cyclic collections of a whole run from the moment figcheck's main starts.
COLLECTIONS_PROBE = (
    "import atexit, gc, runpy, sys\n"
    "import figcheck.cli\n"
    "start = figcheck.cli.main\n"
    "count = lambda: sum(s['collections'] for s in gc.get_stats())\n"
    "def main(argv=None):\n"
    "    global before\n"
    "    before = count()\n"
    "    start(argv)\n"
    "figcheck.cli.main = main\n"
    "atexit.register(lambda: print('RUN', count() - before))\n"
    "sys.argv = ['figcheck', *{args!r}]\n"
    "runpy.run_module('figcheck', run_name='__main__')\n"
)


@pytest.mark.parametrize("title", ["extract 10 KB", "check 2 x 5 KB", "hook 10 KB + source"])
def test_a_short_command_spends_no_time_collecting_cycles(tmp_path, title):
    """A run makes many records and few reference cycles: Python's default collects some
    20 to 45 times in the benchmark's commands (4-10 ms) and finds nearly nothing."""
    args = benchmark_inputs(tmp_path)[title]
    result = subprocess.run(
        [sys.executable, "-c", COLLECTIONS_PROBE.format(args=args)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "FIGCHECK_JOBS": "1", "FIGCHECK_SERVER": "0"},
        capture_output=True,
        text=True,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("RUN ")]
    assert lines, result.stderr
    assert lines[-1] == "RUN 0"
