"""Where evidence ends, and how a path is written as a URI, for the editor-facing formats."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import quote

from figcheck.figures import Evidence


def end_position(evidence: Evidence) -> tuple[int, int]:
    """1-based line and column just after the evidence (end exclusive, like its offsets)."""
    text = evidence.text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text:
        return evidence.line, evidence.column + len(text)
    return evidence.line + text.count("\n"), len(text) - text.rindex("\n")


def uri(path: str) -> str:
    """A relative path stays relative (forward slashes, percent-encoded); others get file://."""
    file = Path(path)
    if file.is_absolute():
        return file.as_uri()
    posix = PurePosixPath(*file.parts).as_posix() if file.parts else path
    return quote(posix, safe="/")
