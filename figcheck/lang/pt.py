"""Portuguese."""

from __future__ import annotations

from figcheck.lang import Lexicon, _cldr

LEXICON = Lexicon(
    code="pt",
    name="Portuguese",
    months=_cldr.months("pt"),
    weekdays=_cldr.weekdays("pt"),
)
