"""Whose currency a sign or a name several countries write is, told by the places the
text names: "Sh2 million" near Nairobi is Kenya's shilling, "2.3 billion pesos" in a
story from Manila the Philippines'. Its own module, as the English and the Chinese and
Japanese money finders both ask it.
"""

from __future__ import annotations

from figcheck.lang.en import SIGN_PLACES


def resolve_by_place(text: str, start: int, end: int, codes: str) -> tuple[str, tuple[str, ...]]:
    """A sign or name several countries write ("Sh": "KES|TZS|UGX", "pesos"): the one whose
    places the words nearby name most (SIGN_PLACES), else the whole text (its dateline:
    "MANILA, March 14 -"), else the first, flagged with the others."""
    options = tuple(codes.split("|"))
    for window in (text[max(0, start - 250) : end + 250], text):
        lowered = window.lower()
        counts = {code: sum(map(lowered.count, SIGN_PLACES.get(code, ()))) for code in options}
        best = max(counts.values())
        leaders = [code for code in options if counts[code] == best]
        if best and len(leaders) == 1:
            return leaders[0], ()
    return options[0], options
