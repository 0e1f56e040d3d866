"""Where evidence ends, and how a path is written as a URI, for the editor-facing formats."""

from __future__ import annotations

import os
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
    # As bytes: a name that is not UTF-8 (surrogate escapes) is percent-encoded as it is on disk.
    return quote(os.fsencode(posix), safe="/")


def relative(path: str, cwd: str | None = None) -> str:
    """``path`` relative to the working directory, as linters print it (``-`` stays ``-``).

    A path on another drive (Windows) cannot be made relative and is kept as given.
    """
    if path in ("-", "<stdin>") or not path:
        return path
    try:
        return os.path.relpath(path, cwd or os.getcwd())
    except ValueError:
        return path


def byte_column(line_text: str, column: int) -> int:
    """A 1-based code-point column as a 1-based UTF-8 byte column (reviewdog counts bytes)."""
    return len(line_text[: column - 1].encode("utf-8", "surrogatepass")) + 1


def place(evidence: Evidence, cwd: str | None = None) -> str:
    """``path:line:column`` of the evidence, the path relative to the working directory."""
    return f"{relative(evidence.path, cwd)}:{evidence.line}:{evidence.column}"
