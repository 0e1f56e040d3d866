"""The one orchestrator: load -> date -> read figures -> align -> rules -> one Report.

Every command that reads figures runs through here, so each step has one home:
every path is loaded once per run; publication dates are resolved by one pure
function; figures are read once per (document, date), on every core when the run
is large (this is the only caller of the parallel map); findings from every
comparison are merged, sorted and filtered by inline suppressions once. The
planners (figcheck.stories for ``check``, figcheck.hook for ``hook``) only say
which versions are compared with which.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from figcheck import figure_cache, parallel
from figcheck.document import YEAR_GUESSED, Document, Version, load
from figcheck.errors import InputError
from figcheck.figures import Figure, Finding
from figcheck.published import CONFIDENCE as EVIDENCE
from figcheck.text import line_column, line_starts

if TYPE_CHECKING:
    from figcheck.config import Config
    from figcheck.extractors import KnownParagraphs
    from figcheck.rules.api import Rates, Unchecked
    from figcheck.run import Comparison, Plan, Report, Settings

    #: ``progress(items, label)``: a context manager giving ``items`` back, maybe with a bar.
    Progress = Callable[[Sequence[Any], str], AbstractContextManager[Iterable[Any]]]

# The run's records (figcheck.run), the planners, the rule API, the configuration and
# suppressions are imported where they are used: `figcheck extract` starts without them
# (building each record type costs about a millisecond).

#: How sure a publication date is, by where it came from.
CERTAINTY = {
    # Read from the text (figcheck.published's kinds of evidence): a "Published" line or
    # a dateline is found; a year guessed near a dateline, or a date at the head, is guessed.
    **{kind: "found" if sure >= 0.8 else "guessed" for kind, sure in EVIDENCE.items()},
    "option": "given",  # --date
    "config": "given",  # date in the configuration
    "front-matter": "stated",
    "archive": "stated",  # the date a scanned archive gives an article (figcheck.scan)
    "text": "found",  # a dateline or "Published:" line: read, so less sure
    "fallback": "borrowed",  # the date most of the other versions state
    "fallback-year-guessed": "borrowed",  # ... where theirs is a year guessed near a dateline
    None: "unknown",
}


# A named tuple, not a dataclass: `extract` builds it on every run, and a dataclass
# costs a millisecond of start-up to define.
class Dating(NamedTuple):
    """A document's publication date, where it came from and how sure it is (CERTAINTY)."""

    published: dt.date | None
    source: str | None
    certainty: str


def settings_for(
    config: Config, date: dt.date | None = None, rates_dir: str | None = None
) -> Settings:
    """The settings of a run: ``date`` and ``rates_dir`` from the command line, if given."""
    from figcheck.rates import resolve_dir
    from figcheck.run import Settings

    given, source = (date, "option") if date is not None else (config.date, "config")
    directory = resolve_dir(rates_dir, config.rates_dir)
    return Settings(given, source, config.rules, config.disable, directory)


def rates_of(settings: Settings) -> Rates:
    """The run's exchange rates, in ``rates_dir`` or where figcheck.rates.resolve_dir says."""
    from figcheck.rates import resolve_dir
    from figcheck.rules.api import Rates

    return Rates(settings.rates_dir or resolve_dir())


class Library:
    """The documents of one run, each path loaded once: planners and pipeline share it."""

    def __init__(
        self,
        encoding: str | None = None,
        language: str | None = None,
        stdin_name: str | None = None,
    ):
        self.encoding = encoding
        #: --language: every document is read in it, whatever its front matter or words say.
        self.language = language
        #: ``--stdin-filename``: what standard input (``-``) is called, and read as (by suffix).
        self.stdin_name = stdin_name
        self._loaded: dict[str, Document] = {}

    def __call__(self, path: str) -> Document:
        if path not in self._loaded:
            if path == "-" and self.stdin_name:
                from figcheck.document import from_text, read_source

                document = from_text(self.stdin_name, read_source(path, self.encoding))
            else:
                document = load(path, self.encoding)
            if self.language:
                document = replace(document, language=self.language, language_source="option")
            self._loaded[path] = document
        return self._loaded[path]


# --- the commands ----------------------------------------------------------------------


def configuration(path: str | None = None) -> Config:
    """The configuration of ``check`` and ``hook``: every rule's options checked."""
    from figcheck.config import load_config
    from figcheck.rules import rule_options

    return load_config(path, known_rules=rule_options())


def extract(
    paths: Sequence[str],
    date: dt.date | None = None,
    encoding: str | None = None,
    language: str | None = None,
) -> list[Version]:
    """``figcheck extract``: each file with its figures; ``date`` wins over a stated one."""
    read = Library(encoding, language)
    documents = [read(path) for path in paths]
    datings = publication_dates(documents, given=date, override=True)
    return read_figures([dated(doc, when) for doc, when in zip(documents, datings, strict=True)])


def check(
    paths: Sequence[str],
    reference: str | None = None,
    date: dt.date | None = None,
    encoding: str | None = None,
    config: Config | None = None,
    rates_dir: str | None = None,
    progress: Progress | None = None,
    language: str | None = None,
    stdin_name: str | None = None,
) -> Report:
    """``figcheck check``: every story (or each against ``reference``), one report.

    ``stdin_name`` names standard input (``-``) in the report, and its suffix says how
    to read it (Markdown, HTML), as ``--stdin-filename`` asks.
    """
    from figcheck import stories
    from figcheck.config import Config

    settings = settings_for(config or Config(), date, rates_dir)
    read = Library(encoding, language, stdin_name)
    return run(stories.plan(paths, reference), settings, read, progress)


def check_drafts(
    paths: Iterable[str],
    config: Config,
    encoding: str | None = None,
    rates_dir: str | None = None,
    progress: Progress | None = None,
    language: str | None = None,
) -> Report:
    """``figcheck hook``: each draft against each source it names, one report."""
    from figcheck import hook

    read = Library(encoding, language)
    with (progress or _quietly)(list(paths), "Checking drafts") as drafts:
        plan = hook.plan(drafts, config, read)
    report = run(plan, settings_for(config, None, rates_dir), read, progress)
    return replace(report, coverage=hook.coverage(plan))


def check_documents(
    documents: Sequence[Document], reference: int | None = None, settings: Settings | None = None
) -> Report:
    """Documents already loaded, compared as one story (undated ones borrow the others' date)."""
    from figcheck.run import Settings

    settings = settings or Settings()
    datings = publication_dates(documents, documents, settings.date, settings.date_source)
    versions = read_figures([dated(d, w) for d, w in zip(documents, datings, strict=True)])
    return check_versions(versions, reference, settings)


def check_versions(
    versions: Sequence[Version], reference: int | None = None, settings: Settings | None = None
) -> Report:
    """Versions whose figures are read already (a test's, a benchmark's), compared as one story."""
    from figcheck.run import Settings

    settings = settings or Settings()
    lines = [line_starts(v.document.text) for v in versions]
    findings, notes = compare(versions, reference, settings, rates_of(settings), lines)
    return assemble(versions, [(findings, None)], notes)


def figures_in(
    text: str,
    published: dt.date | None = None,
    language: str = "en",
    known: KnownParagraphs | None = None,
) -> list[Figure]:
    """The figures of one text, a long one read in pieces on every core (figcheck.extract)."""
    from figcheck.extractors import extract as extract_text

    return extract_text(text, published, language, map_pieces=parallel.run_all, known=known)


# --- the steps ---------------------------------------------------------------------------


def run(
    plan: Plan,
    settings: Settings | None = None,
    read: Callable[[str], Document] | None = None,
    progress: Progress | None = None,
) -> Report:
    """Every comparison of a plan, merged into one report."""
    from figcheck.run import Settings

    settings = settings or Settings()
    read = read or Library()
    rounds = [_documents_of(c, settings, read) for c in plan.comparisons]
    for comparison, documents in zip(plan.comparisons, rounds, strict=True):
        # One document alone is a story too (its in-document rules run), not one and a reference.
        if len(documents) < 2 and comparison.reference is not None:
            raise InputError(
                f"{comparison.paths[0]}: need at least two versions to compare (or --reference)"
            )
    everything = [doc for documents in rounds for doc in documents]
    read_all = dict(zip(everything, read_figures(everything, progress), strict=True))
    rates = rates_of(settings)
    lines = {doc.path: line_starts(doc.text) for doc in everything}
    found, notes, identical = [], [], {}
    notes.extend(_skipped(path, why) for path, why in plan.skipped)
    for comparison, every in zip(plan.comparisons, rounds, strict=True):
        documents, copies = one_per_text(every, comparison)
        identical.update(copies)
        versions = [read_all[doc] for doc in documents]
        text_lines = [lines[doc.path] for doc in documents]
        findings, unchecked = compare(versions, comparison.reference, settings, rates, text_lines)
        found.append((findings, comparison.lead))
        notes.extend(unchecked)
    notes.extend(_copy(path, original) for path, original in identical.items())
    _keep_scores()
    report = assemble([read_all[doc] for doc in everything], found, notes)
    from figcheck.freshness import stale_rates

    copies = tuple(sorted(identical.items()))
    return replace(report, notices=stale_rates(report.versions, rates), identical=copies)


def _keep_scores() -> None:
    """Keep the alignment's similarity rows and figures' profiles for the next run
    (figcheck.align.score_cache, profile_cache.save_figures), as the figures are kept:
    only a command-line run installs the figure cache."""
    if figure_cache.installed() is not None:
        from figcheck.align import profile_cache, score_cache

        score_cache.save()
        profile_cache.save_figures()


def one_per_text(
    documents: Sequence[Document], comparison: Comparison
) -> tuple[list[Document], dict[str, str]]:
    """The comparison's documents, copies of one text kept once; each copy -> the one kept.

    A desk's archive holds one wire copy under several names: it is one version, one
    voice (three outlets running one text do not outvote a fourth that differs), and its
    findings are reported once, at the reference if it is a copy, else at the file name
    that sorts first, whatever order the files came in. A hook comparison (a ``lead`` draft
    against its source) keeps both: the draft is what its findings are reported on.
    """
    if comparison.lead is not None:
        return list(documents), {}
    reference = documents[comparison.reference] if comparison.reference is not None else None
    groups: dict[tuple, list[Document]] = {}
    for doc in documents:
        groups.setdefault(_reading(doc), []).append(doc)
    kept: dict[Document, None] = {}
    copies: dict[str, str] = {}
    for group in groups.values():
        first = reference if reference in group else min(group, key=_named_first)
        kept[first] = None
        copies.update((doc.path, first.path) for doc in group if doc.path != first.path)
    return [doc for doc in documents if doc in kept], copies


def _named_first(document: Document) -> tuple[bool, str]:
    """Which copy is kept: a file before standard input ("-"), then the name that sorts first."""
    return (document.path == "-", document.path)


def _copy(path: str, original: str) -> Unchecked:
    from figcheck.rules.api import Unchecked

    return Unchecked(path, f"identical to {original}; its findings are reported there")


def _documents_of(
    comparison: Comparison, settings: Settings, read: Callable[[str], Document]
) -> list[Document]:
    """The comparison's documents, each loaded once and dated as this comparison dates it."""
    documents = [read(path) for path in comparison.paths]
    peers = [read(path) for path in comparison.peers]
    datings = publication_dates(documents, peers, settings.date, settings.date_source)
    return [dated(doc, when) for doc, when in zip(documents, datings, strict=True)]


def _skipped(path: str, why: str) -> Unchecked:
    from figcheck.rules.api import Unchecked

    return Unchecked(path, f"skipped: {why}")


def _undated(document: Document) -> Unchecked:
    from figcheck.rules.api import Unchecked

    return Unchecked(document.path, "no publication date; relative dates are not resolved")


def unread_languages(documents: Iterable[Document]) -> list[Unchecked]:
    """A note for each document in a language figcheck does not read: never silence."""
    from figcheck.extractors.languages import supported

    unread = [doc for doc in documents if not supported(doc.language)]
    if not unread:
        return []  # `extract` of a supported text starts without the rule API
    from figcheck.rules.api import Unchecked

    return [
        Unchecked(doc.path, f"language not supported: {language_name(doc.language)}")
        for doc in unread
    ]


def language_name(code: str | None) -> str:
    """A language code as a reader knows it ("it": "Italian (it)"), from babel's data;
    the code alone where babel knows no such language."""
    if not code:
        return "unknown"
    try:
        from babel import Locale

        return f"{Locale(code).english_name} ({code})"
    except Exception:  # noqa: BLE001 - babel raises several kinds on codes it does not know
        return str(code)


def publication_dates(
    documents: Sequence[Document],
    peers: Sequence[Document] = (),
    given: dt.date | None = None,
    given_source: str = "option",
    override: bool = False,
) -> list[Dating]:
    """Each document's date, where it came from and how sure it is: the one date fallback.

    A document's own date stands, unless ``override`` puts ``given`` first (``extract
    --date``); an undated one takes ``given``, else the date most ``peers`` state (the
    earliest of a tie), else none.
    """
    if given is not None and override:
        return [Dating(given, given_source, CERTAINTY[given_source]) for _ in documents]
    # a year guessed beside a dateline ("SAO PAULO, Nov 10 - ... the lowest since 2020")
    # takes the year of the date given, else of the date the other versions state
    sure = [p for p in peers if not p.year_guessed]
    anchor = given if given is not None else _most_common(sure)
    if given is not None:
        lent = (given, given_source)
    elif anchor is not None:
        lent = (anchor, "fallback")
    else:
        guess = _most_common(peers)
        lent = (guess, f"fallback{YEAR_GUESSED}" if guess is not None else "fallback")
    datings = []
    for doc in documents:
        published, source = (doc.published, doc.published_source) if doc.published else lent
        if published is None:
            source = None
        elif anchor is not None and doc.published and doc.year_guessed:
            published = nearest_year(published, anchor)
        datings.append(Dating(published, source, CERTAINTY[source]))
    return datings


def nearest_year(day: dt.date, anchor: dt.date) -> dt.date:
    """``day``'s month and day in the year that puts it nearest ``anchor`` ("Dec 30" near
    2024-01-02 is 2023-12-30); ``day`` itself where no year puts it within half a year
    (29 February near 1 March 2023)."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(day.replace(year=year))
        except ValueError:  # 29 February, or past the calendar's ends
            continue
    near = [d for d in options if abs((d - anchor).days) <= HALF_A_YEAR]
    return min(near, key=lambda d: (abs((d - anchor).days), d), default=day)


#: Days: the farthest a dateline's day may stand from the date that lends it a year.
HALF_A_YEAR = 183


def _most_common(documents: Sequence[Document]) -> dt.date | None:
    counts = Counter(doc.published for doc in documents if doc.published)
    if not counts:
        return None
    return min(counts, key=lambda day: (-counts[day], day))


def dated(document: Document, dating: Dating) -> Document:
    """The document with its resolved date: a new record, the loaded one left as it was."""
    if (document.published, document.published_source) == (dating.published, dating.source):
        return document
    return replace(document, published=dating.published, published_source=dating.source)


def read_figures(documents: Sequence[Document], progress: Progress | None = None) -> list[Version]:
    """Each document with its figures, each (document, date) read once; in parallel when large.

    ``progress(documents, label)`` may wrap the reading (the slow part) in a progress bar.
    """
    unique = list(dict.fromkeys(documents))
    # Copies of one text (a file under two names, a folder of duplicates) hold the same
    # figures: each distinct reading is read once.
    first: dict[tuple, Document] = {}
    for doc in unique:
        first.setdefault(_reading(doc), doc)
    # A command-line run keeps the figures of each reading between runs (figure_cache).
    cache = figure_cache.installed()
    kept = {} if cache is None else {r: cache.get(r) for r in first}
    unread = [doc for reading, doc in first.items() if kept.get(reading) is None]
    chars = sum(len(doc.text) for doc in unread)
    # A few files read here keep their paragraphs' figures too (an edited draft's next
    # reading reads only what changed); many, read on every core, do not.
    read = figures_of if parallel.worth_spreading(chars) else _figures_knowing
    results = parallel.map_texts(read, unread, chars)
    found: dict[tuple, tuple[Figure, ...]] = {}
    with (progress or _quietly)(unique, "Reading figures") as bar:
        for doc in bar:
            reading = _reading(doc)
            if reading in found:
                continue
            figures = kept.get(reading)
            if figures is None:  # the bar moves as each document's figures come in
                figures = next(results)
                if cache is not None:
                    cache.put(reading, figures)
            found[reading] = figures
    return [Version(doc, found[_reading(doc)]) for doc in documents]


def _reading(document: Document) -> tuple:
    """What a document's figures depend on (figures_of reads nothing else): its path aside."""
    stated = document.language_source in ("option", "front-matter")
    return (document.text, document.plain, document.published, document.language, stated)


def _figures_knowing(document: Document) -> tuple[Figure, ...]:
    """``figures_of``, with the figures of the paragraphs of the document's file that the
    installed cache kept from its last reading (figure_cache.known_paragraphs)."""
    known = figure_cache.known_paragraphs(document.path)
    if known is None:
        return figures_of(document)
    figures = figures_of(document, known if known.read_before else None)
    known.save()
    return figures


def figures_of(document: Document, known: KnownParagraphs | None = None) -> tuple[Figure, ...]:
    """A document's figures: markup's are read from its plain text, at the file's offsets.

    The text is read in its language; one whose language was detected, not stated, is read
    paragraph by paragraph, each in its own (figcheck.extractors.languages). ``known``
    paragraphs are not read again (figcheck.extractors.extract).
    """
    from figcheck.extractors.languages import read_in_languages

    text, stated = document.readable, document.language_source in ("option", "front-matter")

    def read(text: str, published: dt.date | None, language: str) -> list[Figure]:
        return figures_in(text, published, language, known)

    figures = read_in_languages(
        text, document.published, document.language, read, per_paragraph=not stated
    )
    if document.plain is None:
        return tuple(figures)
    from figcheck.markup import entity_start

    starts = line_starts(document.text)
    moved = []
    for fig in figures:
        start = entity_start(document.text, fig.start)
        if start != fig.start:
            # A decoded entity ("&euro;" -> "€") starts the figure at its "&" in the file.
            line, column = line_column(starts, start)
            phrase = start if fig.phrase_start in (None, fig.start) else fig.phrase_start
            fig = fig.with_changes(start=start, line=line, column=column, phrase_start=phrase)
        moved.append(fig)
    return tuple(moved)


def compare(
    versions: Sequence[Version],
    reference: int | None = None,
    settings: Settings | None = None,
    rates: Rates | None = None,
    lines: Sequence[Sequence[int]] = (),
) -> tuple[list[Finding], list[Unchecked]]:
    """Align the versions' figures and run every enabled rule: its findings and notes."""
    from figcheck.align import align
    from figcheck.rules import load_rules
    from figcheck.rules.api import Context, Unchecked
    from figcheck.run import Settings

    settings = settings or Settings()
    alignment = align(versions, reference)
    rates = rates or rates_of(settings)
    context = Context(versions, alignment.facts, reference, alignment.profiles, rates, lines)
    findings: list[Finding] = []
    notes: list[Unchecked] = []
    for rule_id, rule in load_rules().items():
        if rule_id in settings.disabled or (len(versions) < 2 and not in_document(rule)):
            continue
        options = {**rule.OPTIONS, **settings.options.get(rule_id, {})}
        for item in rule.check(context, options):
            (notes if isinstance(item, Unchecked) else findings).append(item)
    return findings, notes


def in_document(rule: Any) -> bool:
    """Whether a rule judges one document on its own (``IN_DOCUMENT``), run on a lone draft."""
    return bool(getattr(rule, "IN_DOCUMENT", False))


def assemble(
    versions: Sequence[Version],
    found: Sequence[tuple[Sequence[Finding], str | None]],
    notes: Iterable[Unchecked],
) -> Report:
    """One report from every comparison's (findings, lead path): merged, sorted, suppressed.

    A finding several comparisons make is reported once; with a lead (a draft), its words
    come first in each of its comparison's findings. An undated version is noted as such.
    """
    from figcheck.run import Report
    from figcheck.suppress import split

    merged: dict[Finding, None] = {}
    for findings, lead in found:
        for finding in findings:
            merged[lead_with(finding, lead) if lead else finding] = None
    ordered = sorted(merged, key=sort_key)
    first: dict[Document, Version] = {}
    for version in versions:
        first.setdefault(version.document, version)
    shown = tuple(first.values())
    kept, silenced = split(ordered, {v.document.path: v.document.text for v in shown})
    notes = [*notes, *(_undated(v.document) for v in shown if v.document.published is None)]
    notes.extend(unread_languages(v.document for v in shown))
    unique = {str(note): note for note in [*notes, *suppression_notes(shown)]}
    unchecked = tuple(unique[key] for key in sorted(unique))
    return Report(shown, tuple(kept), unchecked, tuple(silenced))


def suppression_notes(versions: Sequence[Version]) -> list[Any]:
    """A note for each suppression comment naming a rule that does not exist (it silences
    nothing), with the nearest rule id."""
    from figcheck.rules import load_rules
    from figcheck.rules.api import Unchecked
    from figcheck.suppress import unknown_rules

    known = list(load_rules())
    return [
        Unchecked(f"{version.document.path}:{line}", message)
        for version in versions
        for line, message in unknown_rules(version.document.text, known)
    ]


def lead_with(finding: Finding, path: str) -> Finding:
    """The same finding with ``path``'s evidence first, so it is reported there."""
    ordered = sorted(finding.evidence, key=lambda e: e.path != path)
    return replace(finding, evidence=tuple(ordered))


def sort_key(finding: Finding) -> tuple[Any, ...]:
    first = finding.evidence[0] if finding.evidence else None
    where = (first.path, first.start) if first else ("", 0)
    return (*where, finding.rule, finding.message)


def _quietly(items: Sequence[Any], label: str) -> AbstractContextManager[Iterable[Any]]:
    """No progress bar: the items as they are."""
    return nullcontext(items)
