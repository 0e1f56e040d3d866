"""Check drafts against the sources they name: what the pre-commit hook runs.

A draft names its sources in its front matter (``sources: [wire.txt]``, paths
relative to the draft) or through ``[tool.figcheck.sources]`` globs in the
configuration (paths relative to the config file). Each source is the
reference for the draft: one check runs per (draft, source) pair, so sources
that disagree among themselves are not the writer's problem, and every
finding leads with the draft's words, where the writer's cursor should land.
Files that name no source (the sources themselves, notes) are skipped.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from figcheck.config import Config
from figcheck.document import Document, load
from figcheck.engine import Report, check, sort_key
from figcheck.errors import InputError
from figcheck.figures import Finding
from figcheck.markup import front_matter


@dataclass
class HookRun:
    """The combined report of every draft, and the files that named no sources."""

    report: Report
    skipped: list[str] = field(default_factory=list)


def sources_of(draft: Document, config: Config) -> list[str]:
    """The draft's front-matter sources (relative to the draft), then the config's."""
    named = [str(p).strip() for p in front_matter(draft.text).get("sources", [])]  # type: ignore[union-attr]
    for name in named:
        if "://" in name:
            raise InputError(f"{draft.path}: source {name!r} is a web address; name a saved copy")
    base = Path(draft.path).parent
    found = [os.path.normpath(base / p) for p in named if p]
    # A glob such as "*.txt" matches the sources too: a file mapped to itself is a source.
    itself = os.path.abspath(draft.path)
    found += [
        p for p in config.sources_for(draft.path) if p not in found and os.path.abspath(p) != itself
    ]
    return found


def draft_first(finding: Finding, draft: str) -> Finding:
    """The same finding with the draft's evidence first, so it is reported at the draft."""
    ordered = sorted(finding.evidence, key=lambda e: e.path != draft)
    return replace(finding, evidence=tuple(ordered))


def check_drafts(paths: Sequence[str], config: Config, encoding: str | None = None) -> HookRun:
    cache: dict[str, Document] = {}

    def get(path: str) -> Document:
        if path not in cache:
            cache[path] = load(path, None, encoding)
        return cache[path]

    findings: list[Finding] = []
    unchecked: list[str] = []
    documents: list[Document] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for path in paths:
        if os.path.abspath(path) in seen:
            continue  # "d.md ./d.md" from a shell glob: one draft, reported once
        seen.add(os.path.abspath(path))
        draft = get(path)
        sources = sources_of(draft, config)
        if not sources:
            skipped.append(path)
            continue
        documents.append(draft)
        for source_path in sources:
            if os.path.abspath(source_path) == os.path.abspath(path):
                raise InputError(f"{path}: names itself as a source")
            try:
                source = get(source_path)
            except InputError as exc:
                raise InputError(f"{path}: source {exc}") from None
            if source not in documents:
                documents.append(source)
            fallback = config.date or draft.published or source.published
            for doc in (draft, source):
                # Relative dates resolve against this, so set it before figures are read.
                if doc.published is None and fallback and "figures" not in doc.__dict__:
                    doc.published = fallback
                    doc.published_source = "config" if config.date else "fallback"
            report = check(
                [draft, source],
                reference=1,
                fallback_date=fallback,
                options={rule: dict(options) for rule, options in config.rules.items()},
                disabled=config.disable,
            )
            findings.extend(draft_first(f, draft.path) for f in report.findings)
            unchecked.extend(report.unchecked)
    unique = sorted(set(findings), key=sort_key)
    return HookRun(Report(documents, unique, sorted(set(unchecked))), skipped)
