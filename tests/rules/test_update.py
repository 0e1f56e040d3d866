"""update: (earlier phrase and date, later phrase and date) -> reported at info, or not."""

import datetime as dt

import pytest
from helpers import check, document

from figcheck.rules import RULE_MODULES

FEB6, FEB7 = dt.date(2024, 2, 6), dt.date(2024, 2, 7)
SENTENCE = "Rescue teams said on Tuesday that {} after the ferry capsized near the island."

CASES = [
    # A later version with a larger toll is an update.
    ("12 people were killed", FEB6, "17 people were killed", FEB7, True),
    ("40 people were injured", FEB6, "52 people were injured", FEB7, True),
    ("3 people were missing", FEB6, "5 people were missing", FEB7, True),
    # The same day: a contradiction, not an update.
    ("12 people were killed", FEB6, "17 people were killed", FEB6, False),
    # A smaller count later is no update.
    ("17 people were killed", FEB6, "12 people were killed", FEB7, False),
    # "at least 12" already allows 17: nothing to say.
    ("at least 12 people were killed", FEB6, "17 people were killed", FEB7, False),
    # Not a toll.
    ("12 ferries were sold", FEB6, "17 ferries were sold", FEB7, False),
    # A toll the later version says did not move: no update, a contradiction.
    ("2 people were killed", FEB6, "the toll was unchanged at 3 people killed", FEB7, False),
    ("14 people were killed", FEB6, "the toll remained at 17 people killed", FEB7, False),
]


def versions(early, day_early, late, day_late):
    return [
        document("v1.txt", SENTENCE.format(early), published=day_early),
        document("v2.txt", SENTENCE.format(late), published=day_late),
    ]


@pytest.mark.parametrize("early, day_early, late, day_late, reported", CASES)
def test_a_later_larger_toll_is_an_update(early, day_early, late, day_late, reported):
    report = check(versions(early, day_early, late, day_late))
    updates = [f for f in report.findings if f.rule == "update"]
    assert bool(updates) is reported
    for finding in updates:
        assert finding.severity == "info"
        assert "a later version raises the count" in finding.message
        assert finding.evidence[0].path == "v2.txt"  # the later version


@pytest.mark.parametrize("early, day_early, late, day_late, reported", CASES)
def test_an_update_is_never_a_number_mismatch(early, day_early, late, day_late, reported):
    report = check(versions(early, day_early, late, day_late))
    mismatches = [f for f in report.findings if f.rule == "number-mismatch"]
    if reported:
        assert mismatches == []


def test_undated_versions_are_not_updates():
    found = check(
        [
            document(f"v{i}.txt", SENTENCE.format(p))
            for i, p in ((1, "12 people were killed"), (2, "17 people were killed"))
        ],
        disabled=frozenset(RULE_MODULES) - {"update"},
    )
    assert found.findings == ()


def test_a_toll_told_unchanged_but_larger_is_a_number_mismatch():
    report = check(versions("2 people were killed", FEB6,
                            "the toll was unchanged at 3 people killed", FEB7))  # fmt: skip
    assert [f.rule for f in report.findings if f.rule in ("update", "number-mismatch")] == [
        "number-mismatch"
    ]
