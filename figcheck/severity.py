"""How severe a finding is, worst first: the one order the CLI, config and pipeline share."""

from __future__ import annotations

#: Finding severities, worst first.
SEVERITIES = ("error", "warning", "info")
#: What ``--fail-on`` and ``fail-on`` accept: a severity, or never to fail.
FAIL_ON = (*SEVERITIES, "never")


def reaches(severity: str, fail_on: str) -> bool:
    """True when a finding of ``severity`` is at least as severe as ``fail_on``."""
    if fail_on == "never":
        return False
    return SEVERITIES.index(severity) <= SEVERITIES.index(fail_on)
