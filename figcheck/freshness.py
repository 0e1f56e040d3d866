"""Say when the exchange rates end before a version's date, so its conversions go unchecked.

The shipped rates stop on the day they were built; a draft written later has
conversions no rate can check. The fx rule only notes each one it skips, which is
easy to miss (a passing pre-commit hook hides it): this is the warning every
format shows, naming the last rate day and the command that brings the rates up
to date.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from figcheck.errors import InputError

if TYPE_CHECKING:
    from figcheck.document import Version
    from figcheck.rules.api import Rates, Unchecked

#: What brings the rates up to date.
UPDATE_COMMAND = "figcheck rates update"


def stale_rates(versions: Sequence[Version], rates: Rates) -> tuple[Unchecked, ...]:
    """One warning per version that states money and is dated after the last rate day.

    A version without money has no conversion to check, so it gets none; rates that
    cannot be read are the fx rule's to report.
    """
    from figcheck.rules.api import Unchecked

    dated = {}
    for version in versions:
        doc = version.document
        if doc.published and any(fig.kind == "money" for fig in version.figures):
            dated.setdefault(doc.path, doc.published)
    if not dated:
        return ()
    try:
        last = rates.table().latest()
    except InputError:
        return ()
    return tuple(
        Unchecked(
            path,
            f"dated {day.isoformat()}, after the last exchange-rate day {last.isoformat()}:"
            f" its conversions are not checked (run `{UPDATE_COMMAND}`)",
        )
        for path, day in sorted(dated.items())
        if day > last
    )
