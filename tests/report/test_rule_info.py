"""What `figcheck rules` and the SARIF driver say about each rule."""

from types import SimpleNamespace

import pytest

from figcheck.report.rules import as_text, rule_info


@pytest.mark.parametrize(
    "doc, summary",
    [
        ("Counts differ.\n\nMore text.", "Counts differ."),
        ("\n    number-mismatch: numbers differ.\n\n    Passes::\n", "numbers differ."),
        ("", "number-mismatch"),
        (None, "number-mismatch"),
    ],
)
def test_summary_is_first_docstring_line(doc, summary):
    (info,) = rule_info({"number-mismatch": SimpleNamespace(SEVERITY="error", __doc__=doc)})
    assert (info.id, info.severity, info.summary) == ("number-mismatch", "error", summary)


def test_text_aligns_columns():
    rules = {
        "a": SimpleNamespace(SEVERITY="error", __doc__="First."),
        "long-id": SimpleNamespace(SEVERITY="info", __doc__="Second."),
    }
    assert as_text(rule_info(rules)) == "a        error    First.\nlong-id  info     Second.\n"
