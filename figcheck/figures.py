"""The plain records figcheck passes around: figures, evidence and findings.

Every record is frozen and carries character offsets into the decoded text
(Python ``str`` offsets, end exclusive), so any finding can point at its words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal
from typing import Any

#: The kinds of figure the extractor reports. A ratio is a share of a whole (unit "share",
#: value the fraction: "one in five" = 0.2, so 20 %) or a multiplier (unit "times": "three
#: times the" = 3); see ``figcheck.extractors.ratio``.
KINDS = ("money", "percent", "count", "number", "quantity", "date", "period", "ratio")


#: A figure's normalized value: an exact number, an ISO date, or an ISO date interval.
Value = Decimal | str | tuple | None


@dataclass(frozen=True)
class FigureRef:
    """A figure in one version of a run: the version's index and the figure's index in it."""

    doc: int
    fig: int


@dataclass(frozen=True)
class Figure:
    """One figure found in a text, normalized.

    ``start``/``end``/``text`` cover the figure itself ("3 million yuan");
    ``phrase_start``/``phrase_end`` widen that to the qualifier and the counted
    noun ("only eight successful candidates"), which is what evidence shows.
    """

    kind: str
    start: int
    end: int
    text: str
    value: Value
    unit: str | None = None
    line: int = 0
    column: int = 0
    #: Normalized qualifier word ("only", "about", "more than", …) or None.
    qualifier: str | None = None
    #: What a count counts ("successful candidates"), lower-cased.
    noun: str | None = None
    #: Scale word as written ("million", "bn", "lakh"), or None.
    scale: str | None = None
    #: Vague quantities ("thousands", "many"): the order of magnitude they suggest.
    vague: bool = False
    magnitude: int | None = None
    #: Money: the symbol or word was ambiguous ("¥": CNY or JPY); the other readings.
    ambiguous: tuple[str, ...] = ()
    #: Index (in the same extraction) of the figure this one is a stated conversion of.
    conversion_of: int | None = None
    #: Ranges: "low" or "high" and the index of the other end.
    range_part: str | None = None
    range_with: int | None = None
    #: Dates and periods: resolved from words like "last year" against the publication date.
    relative: bool = False
    #: Dates and periods: "day", "month" or "year"; periods may be open ("until 2019").
    precision: str | None = None
    open_start: bool = False
    open_end: bool = False
    phrase_start: int | None = None
    phrase_end: int | None = None
    #: Free-form kind-specific extras (pint dimensionality, original currency word …).
    extra: tuple[tuple[str, Any], ...] = field(default=())

    @property
    def span(self) -> tuple[int, int]:
        """The figure with its qualifier and counted noun."""
        start = self.start if self.phrase_start is None else min(self.start, self.phrase_start)
        end = self.end if self.phrase_end is None else max(self.end, self.phrase_end)
        return start, end

    def with_changes(self, **changes: Any) -> Figure:
        """A copy with some fields changed (dataclasses.replace, minus its per-call overhead)."""
        unknown = changes.keys() - _FIGURE_FIELDS
        if unknown:
            raise TypeError(f"Figure has no field {sorted(unknown)[0]!r}")
        copy = object.__new__(Figure)
        copy.__dict__.update(self.__dict__, **changes)
        return copy

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: decimals as strings keep their exact digits."""
        data = asdict(self)
        data["value"] = value_to_json(self.value)
        data["extra"] = {key: value_to_json(val) for key, val in self.extra}
        data["ambiguous"] = list(self.ambiguous)
        data["phrase_start"], data["phrase_end"] = self.span
        return data


def value_to_json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, tuple):
        return [value_to_json(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def format_decimal(value: Decimal) -> str:
    """Plain notation without exponent or trailing zeros: 3E+6 -> "3000000".

    Formatting is exact whatever the number of digits: rounding to the decimal
    context (``quantize``, ``normalize``) raised on numbers of more than 28 digits.
    """
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


_FIGURE_FIELDS = frozenset(f.name for f in fields(Figure))


@dataclass(frozen=True)
class Evidence:
    """Where a finding's words stand in one document."""

    path: str
    line: int
    column: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One contradiction a rule found, with the words from each version side by side."""

    rule: str
    severity: str
    message: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "evidence": [asdict(e) for e in self.evidence],
        }
