"""Japanese."""

from __future__ import annotations

from figcheck.lang import Lexicon, _cldr

LEXICON = Lexicon(
    code="ja",
    name="Japanese",
    months=_cldr.months("ja"),
    weekdays=_cldr.weekdays("ja"),
)
