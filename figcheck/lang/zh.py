"""Chinese."""

from __future__ import annotations

from figcheck.lang import Lexicon, _cldr

LEXICON = Lexicon(
    code="zh",
    name="Chinese",
    months=_cldr.months("zh"),
    weekdays=_cldr.weekdays("zh"),
)
