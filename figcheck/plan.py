"""What a run compares: the plain records the planners (stories, hook) hand the pipeline.

A planner decides which versions are checked together and against what; the
pipeline does the rest (loading each file once, dating, reading figures, merging
the findings), the same way for every command.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    """Versions checked together: one story, or one draft against one source."""

    #: The versions' paths, the reference first when there is one.
    paths: tuple[str, ...]
    #: Index in ``paths`` of the version every other is compared with; None: every pair.
    reference: int | None = None
    #: Paths whose stated dates lend an undated version theirs (the most common wins).
    peers: tuple[str, ...] = ()
    #: The path whose words lead each finding (a draft), or None for document order.
    lead: str | None = None


@dataclass(frozen=True)
class Plan:
    """Every comparison of a run, in the order their versions are reported."""

    comparisons: tuple[Comparison, ...]
    #: Files read but compared with nothing (a hook's notes that name no sources).
    skipped: tuple[str, ...] = ()
