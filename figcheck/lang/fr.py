"""French."""

from __future__ import annotations

from figcheck.lang import Lexicon, _cldr

LEXICON = Lexicon(
    code="fr",
    name="French",
    months=_cldr.months("fr"),
    weekdays=_cldr.weekdays("fr"),
)
