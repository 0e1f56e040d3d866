"""Read Markdown and HTML drafts as plain text without moving a single character.

Markup is blanked out with spaces of the same length (newlines kept), so an
offset, line and column in the plain text is the same in the original file and
an editor's cursor lands on the figure. Front matter is blanked too, but read
for ``date:`` and ``sources:``.
"""

from __future__ import annotations

import bisect
import re

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?=\r?\n|\Z)", re.S)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# No "<" inside an opening tag or a processing instruction: an unclosed "<script" or "<?"
# then stops at the next "<" instead of rescanning the rest of the file (quadratic).
_RAW_ELEMENT = re.compile(r"<(script|style)\b[^<>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I)
#: A tag with its attributes; a quoted value may hold ">" ('alt="growth > 5%"'), never read
#: as text. (Quoted values stop at "<", which HTML escapes there: each scan ends at the next tag.)
_TAG = re.compile(
    r"</?[A-Za-z](?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*>|</?[A-Za-z][^<>]*>"
    r"|<![A-Za-z][^<>]*>|<\?[^<]*?\?>",
    re.S,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ENTITY_BEFORE = re.compile(_ENTITY.pattern + r"\Z")

#: A line that may open a code fence (its marker run) or close one (nothing after the run).
_FENCE_LINE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})([^\n]*)$", re.M)
_LINK_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", re.M)
# Link text holds no unpaired "[" and a target no unpaired "(" (one level of nesting is
# allowed): a line of a thousand "[" or "](" then costs one short scan per bracket, not
# one scan to the end of the line per bracket.
_TEXT = r"(?:[^\[\]\n]|\[[^\[\]\n]*\])*"
_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"
_IMAGE = re.compile(rf"!\[{_TEXT}\]{_TARGET}")
_LINK = re.compile(rf"(\[){_TEXT}(\]{_TARGET}|\]\[{_TEXT}\])")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_HEADING = re.compile(r"^[ ]{0,3}(#{1,6})(?=[ \t]|$)|[ \t]+#+[ \t]*$", re.M)
_SETEXT = re.compile(r"^[ ]{0,3}(=+|-{2,})[ \t]*$", re.M)
_LINE_MARKERS = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:(?:[-+*]|\d{1,9}[.)])(?=[ \t]))?", re.M)
# The emphasized words never hold the marker itself ("(?!\\1)"): an opener without a closer
# then scans to the next marker, not to the end of the line (a line of "*a " was quadratic).
# Nested emphasis is peeled from the inside out, one layer per pass.
_EMPHASIS = re.compile(
    r"(\*\*|__|~~|\*|(?<![A-Za-z0-9])_)(?=\S)((?:(?!\1)[^\n])+?)(?<=\S)\1(?![A-Za-z0-9])"
)
# A code span opens at the start of a backtick run, never inside one (quadratic on "````").
_CODE_SPAN = re.compile(r"(?<!`)(`+)([^`\n]+?)\1")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$", re.M)
_PIPE = re.compile(r"\|")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def entity_start(text: str, offset: int) -> int:
    """Where the entity ends that a decoded character at ``offset`` stands for, else ``offset``.

    A decoded entity ("&euro;" -> "€") stands at the entity's last character, so
    a figure starting there is widened to start at the "&" in the original.
    """
    if offset < len(text) and text[offset] == ";":
        match = _ENTITY_BEFORE.search(text, max(0, offset - 40), offset + 1)
        if match:
            return match.start()
    return offset


def fences(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of fenced code blocks; a fence never closed is no code block.

    A fence closes on the next line holding only a run of its marker at least as long
    as its own; without one, on the next holding the longest shorter run (of three or
    more), as the regex this replaces did. Closers are looked up by bisection among the
    candidate lines, so a file of a thousand unclosed fences is read in linear time.
    """
    lines = list(_FENCE_LINE.finditer(text))
    #: marker character -> run length -> indexes (into ``lines``) of the lines that may close.
    closers: dict[str, dict[int, list[int]]] = {"`": {}, "~": {}}
    for index, match in enumerate(lines):
        if re.fullmatch(r"[`~]*[ \t]*\r?", match.group(2)):
            run = match.group(1)
            closers[run[0]].setdefault(len(run), []).append(index)
    spans = []
    after = -1  # lines up to this index lie inside a fence already found
    for index, match in enumerate(lines):
        if index <= after or match.end() == len(text):
            continue  # inside a fence, or an opener with no line after it
        closer = _closer(closers[match.group(1)[0]], index, len(match.group(1)))
        if closer is not None:
            after = closer
            spans.append((match.start(), lines[closer].end()))
    return spans


def _closer(runs: dict[int, list[int]], index: int, length: int) -> int | None:
    """The first closing line after ``index`` with a run of ``length`` or more, else the
    first with the longest shorter run."""
    longer: list[int] = []
    shorter: tuple[int, int] | None = None  # (run length, line)
    for run, positions in runs.items():
        found = bisect.bisect_right(positions, index)
        if found == len(positions):
            continue
        if run >= length:
            longer.append(positions[found])
        elif shorter is None or run > shorter[0]:
            shorter = (run, positions[found])
    if longer:
        return min(longer)
    return shorter[1] if shorter else None


def blank(text: str) -> str:
    """Spaces for every character but line breaks, so lines and columns stay put."""
    return re.sub(r"[^\r\n]", " ", text)


class _Canvas:
    """A mutable copy of the text in which spans can be blanked or replaced in place."""

    def __init__(self, text: str) -> None:
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        for i in range(start, end):
            if self.chars[i] not in "\r\n":
                self.chars[i] = " "

    def replace(self, start: int, end: int, char: str) -> None:
        """One character standing at the end of the span, spaces before it."""
        self.blank(start, end)
        self.chars[end - 1] = char

    def text(self) -> str:
        return "".join(self.chars)


def front_matter_end(text: str) -> int:
    """Where the ``---`` front matter block ends, or 0 when there is none."""
    match = _FRONT_MATTER.match(text)
    return match.end() if match else 0


def front_matter(text: str) -> dict[str, object]:
    """``date`` and ``sources`` from a draft's front matter (a tiny YAML subset).

    Sources may be a flow list (``sources: [a.txt, "b c.txt"]``), a block list
    (``sources:`` then ``- a.txt`` lines) or one path.
    """
    match = _FRONT_MATTER.match(text)
    if not match or not match.group(1):
        return {}
    lines = match.group(1).splitlines()
    found: dict[str, object] = {}
    for index, line in enumerate(lines):
        key, sep, value = line.partition(":")
        if not sep or line[:1].isspace():
            continue
        key, value = key.strip(), value.strip()
        if key == "date" and value:
            found["date"] = _unquote(value)
        elif key == "sources":
            found["sources"] = _yaml_list(value, lines[index + 1 :])
    return found


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _yaml_list(value: str, following: list[str]) -> list[str]:
    if value.startswith("["):
        inner = value.strip("[]")
        return [_unquote(item) for item in inner.split(",") if item.strip()]
    if value:
        return [_unquote(value)]
    items = []
    for line in following:
        stripped = line.strip()
        if stripped == "-":
            continue  # an empty item, not the end of the list
        if not stripped.startswith("- "):
            if stripped and not stripped.startswith("#"):
                break
            continue
        items.append(_unquote(stripped[2:]))
    return items


def _strip_html_into(canvas: _Canvas, text: str) -> None:
    for pattern in (_COMMENT, _RAW_ELEMENT, _TAG):
        for match in pattern.finditer(text):
            canvas.blank(match.start(), match.end())
    for match in _ENTITY.finditer(text):
        if canvas.chars[match.start()] != "&":
            continue  # inside a tag or comment already blanked
        import html  # here: its entity table costs ~4 ms at start-up, and few drafts need it

        decoded = html.unescape(match.group(0))
        if len(decoded) == 1 and decoded != match.group(0):
            # Non-breaking and other odd spaces become plain spaces.
            canvas.replace(match.start(), match.end(), " " if decoded.isspace() else decoded)


def strip_html(text: str) -> str:
    """HTML with tags, comments, script/style contents blanked and entities decoded."""
    canvas = _Canvas(text)
    canvas.blank(0, front_matter_end(text))
    _strip_html_into(canvas, text)
    return canvas.text()


def strip_markdown(text: str) -> str:
    """Markdown as a reader sees it: no markers, link targets, code blocks or front matter."""
    canvas = _Canvas(text)
    canvas.blank(0, front_matter_end(text))
    for start, end in fences(text):
        canvas.blank(start, end)
    for pattern in (_LINK_DEFINITION, _IMAGE, _AUTOLINK):
        for match in pattern.finditer(text):
            canvas.blank(match.start(), match.end())
    _strip_html_into(canvas, text)
    # Later patterns read the partly blanked text, so a marker inside a blanked
    # code block or link target is not mistaken for emphasis.
    current = canvas.text()
    for match in _LINK.finditer(current):
        canvas.blank(*match.span(1))
        canvas.blank(*match.span(2))
    current = canvas.text()
    for match in _CODE_SPAN.finditer(current):
        canvas.blank(*match.span(1))
        canvas.blank(match.end(2), match.end())
    for pattern in (_HEADING, _SETEXT, _TABLE_RULE, _LINE_MARKERS):
        for match in pattern.finditer(current):
            canvas.blank(match.start(), match.end())
    # An escaped character ("\\*") is text, never a marker: hide it from the patterns below.
    escaped = [match.end() for match in _ESCAPE.finditer(canvas.text())]

    def view() -> str:
        chars = list(canvas.text())
        for index in escaped:
            chars[index] = "\x00"
        return "".join(chars)

    current = view()
    # Emphasis may nest ("**_48_**"): peel one layer per pass.
    for _ in range(3):
        matches = list(_EMPHASIS.finditer(current))
        for match in matches:
            canvas.blank(*match.span(1))
            canvas.blank(match.end(2), match.end())
        if not matches:
            break
        current = view()
    for match in _PIPE.finditer(current):
        canvas.blank(match.start(), match.end())
    for index in escaped:
        canvas.blank(index - 1, index)
    return canvas.text()
