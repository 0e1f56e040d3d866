"""date-sanity: one document's text -> the dates it cannot have right, or nothing."""

import json

import pytest
from helpers import run_figcheck

CASES = [
    # A weekday that does not fall on its date.
    ("The board met on Thursday, September 28, 2022.", "was a Wednesday, not a Thursday"),
    ("The board met on Wednesday, September 28, 2022.", None),
    # A day the month does not have.
    ("The fee was paid on February 30, 2023.", "February 2023 has 28 days"),
    ("The fee was paid on 31 April 2023.", "April 2023 has 30 days"),
    ("The fee was paid on February 29, 2024.", None),
    ("The fee was paid on February 29, 2023.", "February 2023 has 28 days"),
    # A range that ends before it starts.
    ("The works run from 2027 to 2024.", "ends before it starts"),
    ("The works run from 2024 to 2027.", None),
    ("Sales were counted from March 2021 to January 2020.", "ends before it starts"),
    # Two dates that are no range.
    ("The plan of 2027 replaced the one of 2024.", None),
    # A date after the article's (2024-05-02) told as done.
    ("The plant opened in June 2025.", "is after the article's date (2024-05-02)"),
    ("The works were completed in 2026, the council said.", 'told in the past tense ("completed")'),
    ("The company said its shares rose 3% in July 2024.", 'told in the past tense ("rose")'),
    ("The plant will open in June 2025.", None),
    ("The plant is expected to open in June 2025.", None),
    ("The plant opened in June 2023.", None),
    # a year a plan aims at, named by the noun after it, happened in no past
    ("Shares soared after it lifted its fiscal 2029 revenue target.", None),
    ("The bank lowered its 2025 growth forecast.", None),
    ("The plant opened in 2025 under the plan.", 'told in the past tense ("opened")'),
    ("The opening was postponed to June 2025.", None),
    ("Work began last year, and the plant opens in June 2025.", None),
    ("The bonds, which were sold in March, mature in 2030.", None),
    ("The contract he signed runs until 2029.", None),
    # a capitalised word ending in "-ed" is a name's, no verb's
    ("Approval in the United States and Europe comes in the second half of 2025.", None),
    ("Approval in the United States was granted in the second half of 2025.",
     'told in the past tense ("granted")'),
]


@pytest.mark.parametrize("text, reason", CASES)
def test_date_sanity_on_a_document_alone(text, reason, tmp_path):
    (tmp_path / "draft.txt").write_text(text + "\n", encoding="utf-8")
    result = run_figcheck(
        "check", "--format", "json", "--date", "2024-05-02", "draft.txt", cwd=tmp_path
    )
    findings = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "date-sanity"]
    if reason is None:
        assert findings == []
    else:
        (finding,) = findings
        assert reason in finding["message"]
        assert finding["severity"] == "warning"
