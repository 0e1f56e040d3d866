"""German."""

from __future__ import annotations

from figcheck.lang import Lexicon, _cldr

LEXICON = Lexicon(
    code="de",
    name="German",
    months=_cldr.months("de"),
    weekdays=_cldr.weekdays("de"),
)
