"""Spanish."""

from __future__ import annotations

from figcheck.lang import Lexicon, _cldr

LEXICON = Lexicon(
    code="es",
    name="Spanish",
    months=_cldr.months("es"),
    weekdays=_cldr.weekdays("es"),
)
