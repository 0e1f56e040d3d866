"""Which findings reach --fail-on: one order of severities for the CLI, config and pipeline."""

import pytest

from figcheck.severity import FAIL_ON, SEVERITIES, reaches


@pytest.mark.parametrize(
    "severity, fail_on, expected",
    [
        ("error", "error", True),
        ("warning", "error", False),
        ("error", "warning", True),
        ("warning", "warning", True),
        ("info", "warning", False),
        ("info", "info", True),
        ("error", "never", False),
    ],
)
def test_reaches(severity, fail_on, expected):
    assert reaches(severity, fail_on) is expected


def test_fail_on_is_every_severity_then_never():
    assert FAIL_ON == (*SEVERITIES, "never")
