"""The layers written in pyproject.toml hold: no import runs against the flow, none loops.

figcheck reads files into documents, documents into figures, figures into facts and facts
into findings, then reports them; each layer imports only from the layers below it
(import-linter counts imports inside functions too). A lazy import for start-up speed is
fine; an import against the layers is not.
"""

import os
import subprocess
import sys

from helpers import ROOT

RUN_CONTRACTS = (
    "import sys; from importlinter.cli import lint_imports; "
    "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))"
)


def lint_imports(root) -> subprocess.CompletedProcess:
    """The contracts of ``root``'s pyproject.toml, checked against ``root``'s package."""
    return subprocess.run(
        [sys.executable, "-c", RUN_CONTRACTS, str(root / "pyproject.toml")],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
    )


def test_layers_are_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_import_against_the_flow_breaks_the_contract(tmp_path):
    """A function-level import of the pipeline from a rule would be reported."""
    import shutil

    shutil.copytree(
        ROOT / "figcheck", tmp_path / "figcheck", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    rule = tmp_path / "figcheck" / "rules" / "vague_quantity.py"
    rule.write_text(
        rule.read_text(encoding="utf-8") + "\n\ndef _late():\n    import figcheck.pipeline\n",
        encoding="utf-8",
    )
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "figcheck.rules.vague_quantity -> figcheck.pipeline" in result.stdout
