"""Spans whose numbers are not figures: names, labels, links, phone numbers, spam.

"Thousand Talents Plan" and "Fortune 500" hold numbers that no fact-checker would
compare, and a spammer's "call 555-0199" is not part of the story.
"""

from __future__ import annotations

import re

from figcheck.extractors import regex_cache

_NUMBER_WORD = r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Hundred|Thousand|Million)"
_NAME_END = (
    r"(?:Plan|Plans|Programme|Program|Project|Initiative|Scheme|Act|Award|Awards|Prize|"
    r"Index|Club|Cup|Group|Summit|Forum|Committee|Council|Talents?|Movement|Fund|Campaign)"
)

#: Patterns that name things; the whole match is masked.
NAME_PATTERNS = [
    # "Thousand Talents Plan", "1,000 Talents Plan", "Hundred Flowers Campaign"
    rf"\b(?:{_NUMBER_WORD}|\d[\d,]*)(?:[ -][A-Z][\w'’]+)*[ -]{_NAME_END}\b",
    # "the 1,000-person plan", "a 1,000-talent programme"
    r"\b\d[\d,]*-(?:person|talent|man|member|people)\s+(?:plan|programme|program|scheme)\b",
    r"\b(?:Fortune|Global|Forbes|S&P|FTSE|Nasdaq|Russell|Nikkei|DAX|CAC|Top)\s+\d+\b",
    r"\b(?:COVID|Covid|covid|SARS-CoV|MERS|H\dN)\s*-?\s*\d+\b",
    r"\b[GB]\d{1,2}\b",
    r"\b(?:Section|Article|Chapter|Title|Rule|Form|Route|Highway|Flight|Room|Resolution|"
    r"Amendment|Paragraph|Clause|Regulation|Directive|Version|Windows|iPhone|Boeing|Airbus|"
    r"Junction|Exit|Gate|Platform|Terminal|Pier|Berth|Line|Channel|Phase|Block|No\.)"
    r"\s+[A-Z]?\d+[A-Za-z]?\b",
    r"\b[A-Z]{1,4}-\d+[A-Z]?\b",
]

LINK_PATTERNS = [
    r"\bhttps?://\S+",
    r"\bwww\.\S+",
    r"\(?\bSource:\s*\S+\)?",
    r"\b[\w.+-]+@[\w-]+\.[\w.]+\b",
    # Phone numbers: three or more digit groups joined by dashes, dots or spaces.
    r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b",
]

#: Phrases that mark a sentence or line as spam, advertising or filler.
SPAM_MARKERS = [
    "lorem ipsum",
    "ipsum dolor",
    "dolor sit amet",
    "consectetur adipiscing",
    "immigration consultant",
    "click here",
    "buy now",
    "call us",
    "call now",
    "whatsapp",
    "subscribe to our",
    "sign up for our",
    "get a call back",
    "leave a comment",
    "your email address will not be published",
    "required fields are marked",
    "limited time offer",
    "discount code",
    "promo code",
    "casino",
    "viagra",
]

_NAME_RE = regex_cache.compile("|".join(f"(?:{p})" for p in NAME_PATTERNS))
_LINK_RE = regex_cache.compile("|".join(f"(?:{p})" for p in LINK_PATTERNS), re.I)
_HASHTAG_LINE = regex_cache.compile(r"^[^\n]*(?:#\w+[^\S\n]+){2,}#\w+[^\n]*$", re.M)
_SENTENCE = regex_cache.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) spans in which no figure may be reported."""
    spans = [m.span() for m in _NAME_RE.finditer(text)]
    spans += [m.span() for m in _LINK_RE.finditer(text)]
    spans += [m.span() for m in _HASHTAG_LINE.finditer(text)]
    spans += spam_spans(text)
    return sorted(spans)


def spam_spans(text: str) -> list[tuple[int, int]]:
    """Sentences that carry a spam marker; the story around them is kept."""
    lowered = text.lower()
    if not any(marker in lowered for marker in SPAM_MARKERS):
        return []
    spans = []
    for match in _SENTENCE.finditer(lowered):
        if match.start() == match.end():
            continue
        if any(marker in match.group(0) for marker in SPAM_MARKERS):
            spans.append(match.span())
    return spans


def is_masked(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when the figure start..end overlaps a masked span."""
    return any(s < end and start < e for s, e in spans)
