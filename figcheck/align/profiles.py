"""What alignment knows about each figure: its family and the words around it.

Two versions of a story rarely agree word for word: rewrites paraphrase, split and merge
sentences, translations rename people. So a figure is described by several contexts of
different widths (its sentence, the sentence with its neighbours, a narrow window) with
the figure itself taken out, and by the noun it counts.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, fields

from figcheck.align import profile_cache
from figcheck.align.roles import (
    READS_AFTER,
    READS_BEFORE,
    age_by_role,
    anchors,
    estimate_of,
    role_of,
    subject_of,
    sure_age,
)
from figcheck.align.score_cache import string_digest
from figcheck.align.values import closeness_key, is_share
from figcheck.align.words import TextWords, content_words, sentence_spans
from figcheck.document import Version
from figcheck.figures import Figure, FigureRef

#: Characters of context kept on each side of a figure for the narrow window.
WINDOW = 60


@dataclass(frozen=True)
class Profile:
    """What alignment knows about one figure: its family and the words around it."""

    ref: FigureRef
    family: str
    #: Offset where the figure's sentence starts: figures of one sentence share it.
    sentence_start: int
    sentence: str
    #: The sentence with its neighbours.
    wide: str
    window: str
    noun: str
    figure: Figure
    #: What the tie-breakers look at, so their results can be shared between alike pairs.
    key: tuple = ()
    #: What the words beside the figure say it stands for ("age", "monthly" ...), or "".
    role: str = ""
    #: The year the figure refers to (``roles.anchors``; an age no year dates is the
    #: publication's), or None.
    when: int | None = None
    #: Whether the figure is stated as an expectation ("was expected to rise 3.6%").
    estimate: bool = False
    #: What a percentage is of ("food", "producer" …: ``roles.subject_of``), or "".
    subject: str = ""


#: Families whose value, stated twice in one version, is one fact told twice: a share or
#: an amount. A count or a span repeats across facts (a player's "31 goals", a team-mate's;
#: "the first time in 12 years", "its first loss in 12 years"), so it is never a restatement.
RESTATED_FAMILIES = ("percent", "money")


def family(fig: Figure, ranged: bool = True) -> str:
    """Figures of one family can report the same fact; a conversion pairs only with one.
    The end of a range pairs only with that end, unless ``ranged`` is False."""
    if fig.kind in ("count", "number"):
        base = "count"
    elif fig.kind in ("date", "period"):
        base = "date"
    elif is_share(fig):
        base = "percent"  # "one in five" is 20%: a share compares with percentages
    elif fig.kind == "quantity":
        base = f"quantity:{dict(fig.extra).get('dimensionality', fig.unit)}"
    else:
        base = fig.kind
    if fig.conversion_of is not None:
        base += "/conversion"
    if ranged and fig.range_part:
        base += f"/{fig.range_part}"
    return base


def profiles_of(version: Version, doc_index: int, cache: dict) -> list[Profile]:
    """The profile of each figure of one version, in figure order: kept from an earlier
    run of a command (``profile_cache``: a hook's unchanged source), or worked out."""
    entry = profile_cache.entry(version, doc_index)
    profiles = _fitted(profile_cache.kept(entry), version, doc_index)
    if profiles is None:
        profiles = _worked_out(version, doc_index, cache)
        profile_cache.keep(entry, [_kept_form(p) for p in profiles])
    return profiles


#: What a kept profile holds: every field but its reference and figure, which are the
#: version's (the entry is named by the version's figures), after its figure's start.
_KEPT = tuple(f.name for f in fields(Profile) if f.name not in ("ref", "figure"))
#: Where a kept profile holds its sentence's start (counted from the words it is read
#: from, when kept figure by figure).
_SENTENCE_START = _KEPT.index("sentence_start")


def _kept_form(profile: Profile) -> tuple:
    return (profile.figure.start, *(getattr(profile, name) for name in _KEPT))


def _fitted(kept: object, version: Version, doc_index: int) -> list[Profile] | None:
    """The profiles of a version from their kept forms, if they fit its figures (one per
    figure, in order), each with the version's own figure object; None for anything else."""
    figures = version.figures
    if type(kept) is not list or len(kept) != len(figures):
        return None
    out = []
    for index, (form, fig) in enumerate(zip(kept, figures, strict=True)):
        if type(form) is not tuple or len(form) != len(_KEPT) + 1 or form[0] != fig.start:
            return None
        values = dict(zip(_KEPT, form[1:], strict=True))
        out.append(Profile(FigureRef(doc_index, index), figure=fig, **values))
    return out


def _worked_out(version: Version, doc_index: int, cache: dict) -> list[Profile]:
    """The profile of each figure of one version, in figure order.

    A context depends only on its text and where the figure sits in it, and versions
    repeat sentences with the same figures in them: ``cache``, shared by every version of
    a run, holds each worked out once. A figure whose words, year and all did not change
    since an earlier run has its profile read back (``profile_cache.figures``).
    """
    reader = _ContextReader(version.document.text, cache)
    kept = profile_cache.figures(reader.text)
    bounds = _clause_bounds(version.figures)
    document = version.document
    years = anchors(reader.text, version.figures, reader.spans, document.language)
    out = []
    for index, fig in enumerate(version.figures):
        ref = FigureRef(doc_index, index)
        if kept is None:
            out.append(_profile(reader, fig, ref, bounds[index], years[index], document, cache))
            continue
        name, origin = reader.name(fig, bounds[index], (years[index], document.published))
        form = kept.get(name)
        if form is not None and len(form) == len(_KEPT) and type(form[_SENTENCE_START]) is int:
            values = dict(zip(_KEPT, form, strict=True))
            values["sentence_start"] += origin  # kept counted from ``origin``
            out.append(Profile(ref, figure=fig, **values))
            continue
        profile = _profile(reader, fig, ref, bounds[index], years[index], document, cache)
        form = [getattr(profile, field) for field in _KEPT]
        form[_SENTENCE_START] -= origin
        kept.put(name, tuple(form))
        out.append(profile)
    return out


def _profile(reader, fig: Figure, ref: FigureRef, bounds, when, document, cache) -> Profile:
    """One figure's profile, worked out from the words around it."""
    nouns = cache.setdefault("nouns", {})
    if fig.noun not in nouns:
        nouns[fig.noun] = content_words(fig.noun or "")
    noun = nouns[fig.noun]
    s_start, sentence, wide, window = reader.contexts(fig)
    stated = role = role_of(reader.text, fig.start, fig.end, *bounds)
    if role in ("", "age"):
        # "aged 16, he scored 24 goals": the goals are counted, not an age
        role = "age" if age_by_role(reader.text, fig, role, counted=noun) else ""
    age = role == "age" and sure_age(reader.text, fig, stated)
    if when is None and role == "age" and document.published is not None:
        when = document.published.year  # "aged 19" with no year: at the time of writing
    estimate = estimate_of(reader.text, fig.start, bounds[0], fig.end)
    subject = subject_of(reader.text, fig, s_start, bounds[1])
    key = (noun, role, when, estimate, closeness_key(fig), subject)
    return Profile(
        ref, _family_of(fig, age), s_start, sentence, wide, window, noun, fig, key, role, when,
        estimate, subject,
    )  # fmt: skip


#: The family of spans of time ("the 21-year-old", "21 años", "a five-year deal"), which
#: an age told as a bare number joins.
_SPANS_OF_TIME = "quantity:[time]"


def _family_of(fig: Figure, age: bool) -> str:
    """A figure's family (``family``), but a bare number that is surely an ``age``
    (``roles.sure_age``: "Kaye, 21, led", "der 21-Jährige") joins the spans of time: the
    one age is "the 21-year-old" or "21 años" in another version."""
    if age and fig.kind in ("count", "number") and fig.conversion_of is None:
        return f"{_SPANS_OF_TIME}/{fig.range_part}" if fig.range_part else _SPANS_OF_TIME
    return family(fig)


def _clause_bounds(figures) -> list[tuple[int, int | None]]:
    """Where each figure's clause may reach: to the figures of its kind on either side.

    Dates stand between a figure and its role ("rose 8% in May from a year earlier"),
    so they do not bound it.
    """
    out = []
    last_end: dict[str, int] = {}
    for fig in figures:
        out.append([last_end.get(fig.kind, 0), None])
        last_end[fig.kind] = fig.end
    next_start: dict[str, int] = {}
    for index in range(len(figures) - 1, -1, -1):
        fig = figures[index]
        out[index][1] = next_start.get(fig.kind)
        next_start[fig.kind] = fig.start
    return [(low, high) for low, high in out]


class _ContextReader:
    """The three contexts of any figure of one text, each distinct one read once per run."""

    def __init__(self, text: str, cache: dict):
        self.text = text
        self.spans = sentence_spans(text)
        self.starts = [s for s, _ in self.spans]
        self.words = TextWords(text, self.spans, cache.setdefault("sentence words", {}))
        self.known = cache.setdefault("contexts", {})

    def contexts(self, fig: Figure) -> tuple[int, str, str, str]:
        """Where the figure's sentence starts, and its sentence, wide and window words."""
        start, end = fig.span
        spans = self.spans
        at = max(0, bisect.bisect_right(self.starts, fig.start) - 1)
        s_start, s_end = spans[at]
        s_end = max(s_end, end)
        sentence = self._around(s_start, start, end, s_end)
        # Rewrites split and merge sentences: the sentence with either neighbour.
        w_start = spans[max(0, at - 1)][0]
        w_end = max(spans[min(len(spans) - 1, at + 1)][1], end)
        wide = self._around(w_start, start, end, w_end)
        window = self._around(max(s_start, start - WINDOW), start, end, min(s_end, end + WINDOW))
        return s_start, sentence, wide, window

    def name(self, fig: Figure, bounds: tuple[int, int | None], given: tuple) -> tuple[bytes, int]:
        """A digest of everything a figure's profile is worked out from, and where the words
        it names start: the words from its sentence's neighbours (and READS_BEFORE and
        READS_AFTER around it) with every sentence among them, the figure, its clause's
        bounds within them, and ``given`` (its year, the publication date). Two figures
        of one name have one profile, whatever text stands around those words."""
        text, spans = self.text, self.spans
        at = max(0, bisect.bisect_right(self.starts, fig.start) - 1)
        origin = max(0, min(spans[max(0, at - 1)][0], fig.start - READS_BEFORE))
        until = max(spans[min(len(spans) - 1, at + 1)][1], fig.end + READS_AFTER)
        until = min(len(text), until)
        sentences = []  # cut at the words' ends: what lies beyond is never read
        for k in range(max(0, bisect.bisect_right(self.starts, origin) - 1), len(spans)):
            s_start, s_end = spans[k]
            if s_start >= until:
                break
            sentences.append((max(s_start, origin) - origin, min(s_end, until) - origin))
        low, high = bounds
        high = len(text) if high is None else high
        figure = [getattr(fig, name) for name in _FIGURE_FIELDS]
        for k in _OFFSETS:
            if figure[k] is not None:
                figure[k] -= origin
        for k in _WHERE_ONLY:
            figure[k] = None
        for k in _POINTERS:
            figure[k] = figure[k] is not None
        read = (
            self.words.exact, max(low, origin) - origin, min(high, until) - origin,
            sentences, figure, given,
        )  # fmt: skip
        # a repr holds no NUL character: the words after it are told apart from it
        return string_digest(f"{read!r}\0{text[origin:until]}"), origin

    def _around(self, start: int, cut_start: int, cut_end: int, end: int) -> str:
        key = (self.text[start:end], cut_start - start, cut_end - start)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = self.words.around(start, cut_start, cut_end, end)
        return found


#: A figure's fields, and where among them those stand that are offsets in its text (a
#: kept profile is named by them counted from where the words it is read from start),
#: where the words are rather than what they say (the line and column), and the figures
#: a conversion or a range's end points at (named by whether there is one: ``family``).
_FIGURE_FIELDS = tuple(f.name for f in fields(Figure))
_OFFSETS = tuple(_FIGURE_FIELDS.index(n) for n in ("start", "end", "phrase_start", "phrase_end"))
_WHERE_ONLY = tuple(_FIGURE_FIELDS.index(n) for n in ("line", "column"))
_POINTERS = tuple(_FIGURE_FIELDS.index(n) for n in ("conversion_of", "range_with"))
