"""Whatever a fact-checker points figcheck at, it answers: a result or one line of error.

Each row runs the command line in a subprocess on inputs made read-only, and
checks the exit code, that stderr is one line without a traceback, and that no
input byte, mtime or file name changed.
"""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import ROOT, run_figcheck

RATES = ROOT / "rates" / "ecb-rates.bin"
#: A story of ordinary news density (the wind-farm original packs twice the figures per KB).
STORY = (ROOT / "fixtures" / "robotics-fund" / "01-original.txt").read_text(encoding="utf-8")
#: Generous: a hang, not a slow machine, should fail a row.
TIMEOUT = 300


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


SENTENCE = "Costs rose to $5 million this year. "
LONG_LINE_REPEATS = 1_000_000 // len(SENTENCE)
BIG_COPIES = 20_000_000 // (len(STORY) + 2)


def long_line() -> bytes:
    """1 MB on one line, without a final newline."""
    return (SENTENCE * LONG_LINE_REPEATS).rstrip().encode()


def big_file() -> bytes:
    """About 20 MB: the fixture story over and over."""
    return ((STORY + "\n\n") * BIG_COPIES).encode()


def figures_in(text: str) -> int:
    from figcheck.extractors import extract

    return len(extract(text))


@dataclass(frozen=True)
class Row:
    """One bad (or odd) input: the arguments, the files, and what the user must see."""

    id: str
    #: Arguments after ``figcheck``; "{dir}" is the (read-only) folder holding the files,
    #: "{out}" an empty writable folder outside it.
    args: tuple[str, ...]
    files: dict[str, bytes | Callable[[], bytes]] = field(default_factory=dict)
    #: "devnull", "closed" (fd 0 not open) or the bytes to send.
    stdin: str | bytes = "devnull"
    #: Words the one-line error must contain ("{dir}" as in ``args``); None for a normal result.
    error: str | None = None
    #: For normal results: text stdout must contain, or a check of the whole stdout.
    stdout: str | Callable[[str], bool] | None = None
    code: int = 0
    #: "unreadable": chmod 000 the files (skipped where that does not block reads, as root).
    unreadable: bool = False
    #: Needs the read-only folder to refuse writes (skipped where it does not, as root).
    write_protected: bool = False
    #: Extra environment variables; "{dir}" as in ``args``.
    env: dict[str, str] = field(default_factory=dict)
    #: Symbolic links to make: name -> target.
    links: dict[str, str] = field(default_factory=dict)


def lines_are(count: Callable[[], int]) -> Callable[[str], bool]:
    return lambda out: len(out.splitlines()) == count()


#: What the linter text says when nothing was compared, and for one error in two versions.
NONE_READ = "No findings in 0 version(s)"
#: A draft naming no source is checked alone: one version read.
ONE_READ = "in 1 version(s)"
ONE_ERROR_IN_TWO = "(1 errors, 0 warnings, 0 info) in 2 version(s)"


EXTRACT_ROWS = [
    Row("missing file", ("extract", "{dir}/missing.txt"), error="missing.txt: no such file"),
    Row("directory", ("extract", "{dir}"), error="is a directory"),
    Row("unreadable", ("extract", "{dir}/a.txt"), {"a.txt": b"$5"}, error="permission denied",
        unreadable=True),
    Row("device", ("extract", "/dev/zero"), error="not a regular file"),
    Row("png image", ("extract", "{dir}/a.png"), {"a.png": png_bytes}, error="binary"),
    Row("empty", ("extract", "{dir}/a.txt"), {"a.txt": b""}, stdout=lambda out: out == ""),
    Row("whitespace only", ("extract", "{dir}/a.txt"), {"a.txt": b" \n\t\r\n  \n"},
        stdout=lambda out: out == ""),
    Row("invalid utf-8", ("extract", "{dir}/a.txt"), {"a.txt": b"caf\xe9 costs $5"},
        error="not valid UTF-8 at byte 3"),
    Row("invalid utf-8 on stdin", ("extract", "-"), stdin=b"\xff\xfe\xfd", error="<stdin>"),
    Row("odd utf-16", ("extract", "{dir}/a.txt"), {"a.txt": b"\xff\xfe$\x005"},
        error="invalid UTF-16"),
    Row("undecodable with --encoding", ("extract", "--encoding", "ascii", "{dir}/a.txt"),
        {"a.txt": "5 €".encode()}, error="cannot decode as ascii"),
    Row("mixed line endings", ("extract", "{dir}/a.txt"), {"a.txt": "a\r\nb\rc\n$5, €7".encode()},
        stdout=lambda out: [line.split()[0] for line in out.splitlines()]
        == ["{dir}/a.txt:4:1", "{dir}/a.txt:4:5"]),
    Row("nul bytes", ("extract", "{dir}/a.txt"), {"a.txt": b"It cost $5\x00 million."},
        error="binary"),
    Row("nul byte after 8 KB", ("extract", "{dir}/a.txt"), {"a.txt": b"x " * 5000 + b"$5\x00"},
        stdout='"$5"'),
    Row("1 MB line", ("extract", "{dir}/a.txt"), {"a.txt": long_line},
        stdout=lines_are(lambda: LONG_LINE_REPEATS * figures_in(SENTENCE))),
    Row("1 MB line on stdin", ("extract", "-"), stdin=long_line(),
        stdout=lines_are(lambda: LONG_LINE_REPEATS * figures_in(SENTENCE))),
    # (about 70 s on 2 cores: read in 1 MB pieces, one process per core)
    Row("20 MB file", ("extract", "{dir}/big.txt"), {"big.txt": big_file},
        stdout=lines_are(lambda: BIG_COPIES * figures_in(STORY + "\n\n"))),
    Row("malformed --date", ("extract", "--date", "24/08/2023", "{dir}/a.txt"), {"a.txt": b"$5"},
        error="not a date in the form YYYY-MM-DD"),
    Row("impossible --date", ("extract", "--date", "2023-02-30", "{dir}/a.txt"), {"a.txt": b"$5"},
        error="not a date"),
    Row("unknown encoding", ("extract", "--encoding", "klingon", "{dir}/a.txt"), {"a.txt": b"$5"},
        error="unknown encoding"),
    Row("stdin /dev/null", ("extract", "-"), stdout=lambda out: out == ""),
    Row("stdin closed", ("extract", "-"), stdin="closed", error="cannot read standard input"),
    Row("no arguments", ("extract",), error="Missing argument"),
    # Numbers beyond 10^30 are kept as text; up to it, every digit is printed.
    Row("29-digit number", ("extract", "--format", "json", "{dir}/a.txt"),
        {"a.txt": b"1" + b"0" * 28 + b"\n"}, stdout='"value": "1' + "0" * 28 + '"'),
    *(Row(f"huge number {text} ({fmt})", ("extract", "--format", fmt, "{dir}/a.txt"),
          {"a.txt": f"It was {text} in all, and $5 more.\n".encode()}, stdout="5")
      for text in ("7e83", "1x10^29", "9E10000000", "1x10^1000000", "5e999999 trillion",
                   "9.99\u00d710^99\u2026", "1" * 5000)
      for fmt in ("text", "json", "csv")),
]  # fmt: skip

TWO = {"a.txt": b"It cost $5 million in 2022.\n", "b.txt": b"It cost $5 million in 2022.\n"}
CHECK_ROWS = [
    Row(
        "check: missing file",
        ("check", "{dir}/a.txt", "{dir}/missing.txt"),
        TWO,
        error="missing.txt: no such file",
    ),
    Row(
        "check: folder without stories",
        ("check", "{dir}/sub"),
        {"sub/a.png": png_bytes},
        error="files in or below this directory",
    ),
    Row(
        "check: png image",
        ("check", "{dir}/a.txt", "{dir}/b.png"),
        {**TWO, "b.png": png_bytes},
        error="binary",
    ),
    Row(
        "check: invalid utf-8",
        ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {**TWO, "b.txt": b"\xe9t\xe9 $5"},
        error="b.txt: not valid UTF-8",
    ),
    Row(
        "check: nul bytes",
        ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {**TWO, "b.txt": b"$5\x00"},
        error="binary",
    ),
    Row(
        "check: huge numbers",
        ("check", "--format", "json", "{dir}/a.txt", "{dir}/b.txt"),
        {
            "a.txt": b"It cost $1e400, 7e83 or 1" + b"0" * 40 + b" yuan.\n",
            "b.txt": b"It cost $1x10^1000000 (9E10000000 yuan).\n",
        },
        stdout='"findings"',
    ),
    Row(
        "check: empty versions",
        ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {"a.txt": b"", "b.txt": b" \n\n"},
        stdout="No findings in",
    ),
    Row(
        "check: mixed line endings",
        ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {**TWO, "b.txt": b"It cost\r\n$5 million\rin 2022.\n"},
        stdout="No findings in",
    ),
    Row(
        "check: unknown reference",
        ("check", "--reference", "{dir}/x.txt", "{dir}/a.txt"),
        TWO,
        error="x.txt: no such file",
    ),
    Row(
        "check: malformed --date",
        ("check", "--date", "2023-8-1x", "{dir}/a.txt", "{dir}/b.txt"),
        TWO,
        error="not a date",
    ),
    Row(
        "check: stdin closed",
        ("check", "-", "{dir}/a.txt"),
        TWO,
        stdin="closed",
        error="cannot read standard input",
    ),
    Row(
        "check: unknown format",
        ("check", "--format", "xml", "{dir}/a.txt", "{dir}/b.txt"),
        TWO,
        error="Invalid value",
    ),
]
CONVERT_ROWS = [
    Row(
        "convert: unknown currency", ("convert", "5", "XXX", "USD"), error="unknown currency 'XXX'"
    ),
    Row("convert: not an amount", ("convert", "nan", "USD", "EUR"), error="not an amount"),
    Row("convert: scale word", ("convert", "5 million", "USD", "EUR"), error="not an amount"),
    Row(
        "convert: date before the rates",
        ("convert", "5", "USD", "EUR", "--date", "1990-01-01"),
        error="no USD/EUR rate for 1990-01-01",
    ),
    Row(
        "convert: malformed --date",
        ("convert", "5", "USD", "EUR", "--date", "yesterday"),
        error="not a date",
    ),
    Row(
        "convert: empty rates dir",
        ("convert", "5", "USD", "EUR", "--rates-dir", "{dir}/r"),
        {"r/.keep": b""},
        error="no rates in",
    ),
    Row(
        "convert: corrupt rates",
        ("convert", "5", "USD", "EUR", "--rates-dir", "{dir}/r"),
        {"r/ecb-rates.bin": b"\x00" * 64},
        error="not a figcheck rates file",
    ),
    Row(
        "convert: truncated rates",
        ("convert", "5", "USD", "EUR", "--rates-dir", "{dir}/r"),
        {"r/ecb-rates.bin": lambda: RATES.read_bytes()[:5000]},
        error="truncated rates file",
    ),
    Row("convert: huge amount", ("convert", "9" * 40, "USD", "EUR"), stdout=" EUR at "),
]
RATES_ROWS = [
    Row(
        "rates info: missing rates dir",
        ("rates", "info", "--rates-dir", "{dir}/none"),
        error="no rates in",
    ),
    Row(
        "rates info: corrupt rates",
        ("rates", "info", "--rates-dir", "{dir}/r"),
        {"r/ecb-rates.bin": png_bytes},
        error="not a figcheck rates file",
    ),
    Row(
        "rates update: missing source",
        ("rates", "update", "--from", "{dir}/x.zip", "--rates-dir", "{dir}/r"),
        {"r/ecb-rates.bin": RATES.read_bytes},
        error="no such file",
    ),
    Row(
        "rates update: png source",
        ("rates", "update", "--from", "{dir}/a.png", "--rates-dir", "{dir}/r"),
        {"a.png": png_bytes, "r/ecb-rates.bin": RATES.read_bytes},
        error="not an ECB rates CSV",
    ),
    Row(
        "rates update: empty source",
        ("rates", "update", "--from", "{dir}/a.csv", "--rates-dir", "{dir}/r"),
        {"a.csv": b"", "r/ecb-rates.bin": RATES.read_bytes},
        error="empty file",
    ),
    Row(
        "rates update: broken zip",
        ("rates", "update", "--from", "{dir}/a.zip", "--rates-dir", "{dir}/r"),
        {"a.zip": b"PK\x03\x04junk", "r/ecb-rates.bin": RATES.read_bytes},
        error="broken or truncated zip",
    ),
    Row(
        "rates update: bad rate",
        ("rates", "update", "--from", "{dir}/a.csv", "--rates-dir", "{dir}/r"),
        {"a.csv": b"Date,USD\n2023-01-02,abc\n", "r/ecb-rates.bin": RATES.read_bytes},
        error="bad rate 'abc'",
    ),
]

# --- more per-command rows ----------------------------------------------------------

EXTRACT_MORE = [
    Row("unknown currency word", ("extract", "{dir}/a.txt"),
        {"a.txt": b"It paid 5 million naira ($6,500)."}, stdout="NGN 5000000"),
    Row("unknown currency code", ("extract", "--format", "csv", "{dir}/a.txt"),
        {"a.txt": b"It paid XYZ 5 million."}, stdout=lambda out: ",XYZ," not in out),
    # extract reads no configuration, so a broken one nearby is not its business.
    Row("broken config nearby", ("extract", "{dir}/a.txt"),
        {"a.txt": b"$5", ".figcheck.toml": b"fail-on = \n"}, stdout='"$5"'),
]  # fmt: skip

STORY_A = b"2024-03-14\n\nThe 1.2 billion euro project will power about 400,000 homes.\n"
STORY_B = b"2024-03-14\n\nThe 1.2 million euro project will power some 400,000 homes.\n"
FX = b"2023-08-24\n\nThe firm paid 450 million pounds ($554 million) for it.\n"
NAIRA = b"2023-08-24\n\nThe firm paid 5 million naira ($6,500) for it.\n"
CHECK_MORE = [
    Row("check: unreadable", ("check", "{dir}/a.txt", "{dir}/b.txt"), TWO,
        error="permission denied", unreadable=True),
    Row("check: directory of two stories", ("check", "{dir}"),
        {"a.txt": STORY_A, "b.md": STORY_B}, stdout="(1 errors,", code=1),
    Row("check: whitespace only", ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {**TWO, "b.txt": b" \t\n\r\n"}, stdout="No findings in"),
    # (internal-mismatch compared every pair of alike figures here: 270 s before 17:15)
    Row("check: 1 MB line", ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {"a.txt": long_line, "b.txt": SENTENCE.encode()}, stdout="version(s)"),
    Row("check: unknown currency", ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {"a.txt": NAIRA, "b.txt": NAIRA}, stdout="no ECB rate for NGN"),
    Row("check: corrupt rates", ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {"a.txt": FX, "b.txt": FX, "r/ecb-rates.bin": b"\x00" * 64},
        env={"FIGCHECK_RATES_DIR": "{dir}/r"}, stdout="fx: {dir}/r/ecb-rates.bin: not a figcheck"),
    Row("check: missing rates", ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {"a.txt": FX, "b.txt": FX}, env={"FIGCHECK_RATES_DIR": "{dir}/none"},
        stdout="fx: no rates in {dir}/none"),
    Row("check: --reference a directory", ("check", "--reference", "{dir}/sub", "{dir}/a.txt"),
        {**TWO, "sub/a.txt": TWO["a.txt"]}, error="sub: is a directory"),
    Row("check: --reference on closed stdin", ("check", "--reference", "-", "{dir}/a.txt"), TWO,
        stdin="closed", error="cannot read standard input"),
    Row("check: unknown --fail-on", ("check", "--fail-on", "fatal", "{dir}/a.txt", "{dir}/b.txt"),
        TWO, error="Invalid value for '--fail-on'"),
    Row("check: unknown encoding", ("check", "--encoding", "klingon", "{dir}/a.txt",
        "{dir}/b.txt"), TWO, error="unknown encoding 'klingon'"),
    Row("check: --config missing", ("check", "--config", "{dir}/x.toml", "{dir}/a.txt",
        "{dir}/b.txt"), TWO, error="x.toml: no such configuration file"),
    Row("check: --config a directory", ("check", "--config", "{dir}", "{dir}/a.txt",
        "{dir}/b.txt"), TWO, error="{dir}: is a directory, not a configuration file"),
]  # fmt: skip

CONVERT_MORE = [
    Row("convert: not a currency code", ("convert", "5", "US", "EUR"),
        error="'US' is not a currency code"),
    Row("convert: lower-case codes", ("convert", "5", "usd", "eur"), stdout="5 USD = "),
    Row("convert: missing rates dir", ("convert", "5", "USD", "EUR", "--rates-dir", "{dir}/none"),
        error="no rates in {dir}/none"),
    Row("convert: $FIGCHECK_RATES_DIR corrupt", ("convert", "5", "USD", "EUR"),
        {"r/ecb-rates.bin": png_bytes}, env={"FIGCHECK_RATES_DIR": "{dir}/r"},
        error="not a figcheck rates file"),
    Row("convert: stdin closed", ("convert", "5", "USD", "EUR"), stdin="closed",
        stdout=" EUR at "),
    Row("convert: no arguments", ("convert",), error="Missing argument"),
]  # fmt: skip

CSV = b"Date,USD,JPY,\n2023-01-02,1.0683,140.66,\n2023-01-03,1.0545,138.25,\n"
RATES_MORE = [
    Row("rates info: truncated rates", ("rates", "info", "--rates-dir", "{dir}/r"),
        {"r/ecb-rates.bin": lambda: RATES.read_bytes()[:5000]}, error="truncated rates file"),
    Row("rates info: rates dir is a file", ("rates", "info", "--rates-dir", "{dir}/a.txt"),
        {"a.txt": b"x"}, error="cannot read"),
    Row("rates info: $FIGCHECK_RATES_DIR missing", ("rates", "info"),
        env={"FIGCHECK_RATES_DIR": "{dir}/none"}, error="no rates in {dir}/none"),
    Row("rates info: stdin closed", ("rates", "info"), stdin="closed", stdout="first day:"),
    Row("rates update: directory source", ("rates", "update", "--from", "{dir}/sub",
        "--rates-dir", "{out}"), {"sub/a.csv": CSV}, error="{dir}/sub: is a directory"),
    Row("rates update: unreadable source", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{out}"), {"a.csv": CSV}, error="permission denied", unreadable=True),
    Row("rates update: invalid utf-8", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{out}"), {"a.csv": CSV.replace(b"USD", b"US\xe9")},
        error="not UTF-8 text"),
    Row("rates update: nul bytes", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{out}"), {"a.csv": CSV.replace(b"1.0683", b"1.0\x00")},
        error="bad rate"),
    Row("rates update: whitespace only", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{out}"), {"a.csv": b" \n\t\r\n"}, error="empty file"),
    Row("rates update: 1 MB header", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{out}"), {"a.csv": b"Date" + b",USD" * 250_000}, error="no rates in"),
    Row("rates update: mixed line endings", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{out}/new"), {"a.csv": CSV.replace(b"\n", b"\r\n", 1)},
        stdout="2 days from 2023-01-02 to 2023-01-03"),
    Row("rates update: rates dir is a file", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{dir}/a.csv"), {"a.csv": CSV}, error="a.csv: not a directory"),
    Row("rates update: read-only rates dir", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{dir}/r"), {"a.csv": CSV, "r/ecb-rates.bin": RATES.read_bytes},
        error="cannot write rates here", write_protected=True),
    Row("rates update: unknown currency column", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{out}"), {"a.csv": CSV.replace(b"JPY", b"J1Y")},
        error="bad currency column 'J1Y'"),
    Row("rates update: stdin closed", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{out}"), {"a.csv": CSV}, stdin="closed", stdout="updated {out}: 2 days"),
    Row("rates update: no --from, offline", ("rates", "update", "--rates-dir", "{out}"),
        env={"FIGCHECK_RATES_URL": "http://127.0.0.1:9/"}, error="cannot download"),
]  # fmt: skip

USAGE_ROWS = [
    Row("no command", (), stdout="Commands:"),
    Row("rates: no command", ("rates",), stdout="update "),
    Row("unknown command", ("verify",), error="No such command 'verify'"),
    Row("unknown global option", ("--verbose", "check"), error="No such option '--verbose'"),
]

RULES_ROWS = [
    Row("rules: extra argument", ("rules", "unit-scale"), error="unexpected extra argument"),
    Row("rules: unknown option", ("rules", "--all"), error="No such option"),
    Row("rules: stdin closed", ("rules",), stdin="closed", stdout="unit-scale "),
    # rules reads no configuration: it lists what exists, whatever a project disables.
    Row("rules: broken config nearby", ("rules",), {".figcheck.toml": b"fail-on = \n"},
        stdout="unit-scale "),
]  # fmt: skip


def draft(sources: str, body: bytes = STORY_B) -> bytes:
    """A Markdown draft whose front matter names its sources."""
    return f"---\nsources: [{sources}]\n---\n".encode() + body


HOOK = ("hook", "{dir}/d.md")
WIRE = {"wire.txt": STORY_A}
HOOK_ROWS = [
    Row("hook: no files", ("hook",), stdout=NONE_READ),
    Row("hook: missing draft", HOOK, error="d.md: no such file"),
    Row("hook: directory", ("hook", "{dir}"), error="is a directory"),
    Row("hook: unreadable draft", HOOK, {"d.md": draft("wire.txt"), **WIRE},
        error="permission denied", unreadable=True),
    Row("hook: png draft", ("hook", "{dir}/d.txt"), {"d.txt": png_bytes}, error="binary"),
    Row("hook: empty draft", HOOK, {"d.md": b""}, stdout=ONE_READ),
    Row("hook: whitespace-only draft", HOOK, {"d.md": b"  \n\t\r\n"}, stdout=ONE_READ),
    Row("hook: invalid utf-8 draft", HOOK, {"d.md": draft("wire.txt", b"caf\xe9"), **WIRE},
        error="d.md: not valid UTF-8"),
    Row("hook: nul bytes", HOOK, {"d.md": draft("wire.txt", b"$5\x00"), **WIRE}, error="binary"),
    Row("hook: mixed line endings", HOOK,
        {"d.md": draft("wire.txt", STORY_B.replace(b"\n\n", b"\r\r")).replace(b"\n", b"\r\n", 2),
         **WIRE}, stdout="d.md:6:5: error unit-scale", code=1),
    Row("hook: 1 MB line, no sources", HOOK, {"d.md": long_line}, stdout=ONE_READ),
    Row("hook: draft naming no sources", HOOK, {"d.md": STORY_B, **WIRE},
        stdout=ONE_READ),
    Row("hook: front matter never closed", HOOK,
        {"d.md": b"---\nsources: [wire.txt]\n" + STORY_B, **WIRE}, stdout=ONE_READ),
    Row("hook: source missing", HOOK, {"d.md": draft("missing.txt")},
        error="d.md: source {dir}/missing.txt: no such file"),
    Row("hook: source a directory", HOOK, {"d.md": draft("sub"), "sub/a.txt": STORY_A},
        error="source {dir}/sub: is a directory"),
    Row("hook: source a png", HOOK, {"d.md": draft("a.png"), "a.png": png_bytes},
        error="d.md: source {dir}/a.png: looks like a binary file"),
    Row("hook: source invalid utf-8", HOOK, {"d.md": draft("wire.txt"), "wire.txt": b"\xe9t\xe9"},
        error="source {dir}/wire.txt: not valid UTF-8"),
    Row("hook: source a web address", HOOK, {"d.md": draft("https://example.com/story")},
        error="source 'https://example.com/story' is a web address"),
    Row("hook: empty source name", HOOK, {"d.md": draft('""')}, stdout=ONE_READ),
    Row("hook: empty item in a source list", HOOK,
        {"d.md": b"---\nsources:\n  -\n  - wire.txt\n---\n" + STORY_B, **WIRE},
        stdout="(1 errors,", code=1),
    Row("hook: names itself", HOOK, {"d.md": draft("./d.md")}, error="names itself as a source"),
    Row("hook: config names a missing source", HOOK,
        {"d.md": STORY_B, ".figcheck.toml": b'[sources]\n"*.md" = ["wire.txt"]\n'},
        error="d.md: source wire.txt: no such file"),
    # pre-commit passes the sources too, and a glob such as "*.txt" maps them to themselves.
    Row("hook: config glob matches its source", ("hook", "{dir}/d.txt", "{dir}/wire/a.txt"),
        {"d.txt": STORY_B, "wire/a.txt": STORY_A,
         ".figcheck.toml": b'[sources]\n"*.txt" = ["wire/a.txt"]\n'},
        stdout=ONE_ERROR_IN_TWO, code=1),
    Row("hook: same draft twice", ("hook", "{dir}/d.md", "./d.md"),
        {"d.md": draft("wire.txt"), **WIRE}, stdout=ONE_ERROR_IN_TWO,
        code=1),
    Row("hook: stdin closed", ("hook", "-"), stdin="closed", error="cannot read standard input"),
    Row("hook: stdin /dev/null", ("hook", "-"), stdout=ONE_READ),
    Row("hook: unknown format", ("hook", "--format", "xml", "{dir}/d.md"), {"d.md": b""},
        error="Invalid value for '--format'"),
    Row("hook: unknown --fail-on", ("hook", "--fail-on", "fatal", "{dir}/d.md"), {"d.md": b""},
        error="Invalid value for '--fail-on'"),
    Row("hook: unknown encoding", ("hook", "--encoding", "klingon", "{dir}/d.md"), {"d.md": b""},
        error="unknown encoding 'klingon'"),
    Row("hook: --config missing", ("hook", "--config", "{dir}/x.toml", "{dir}/d.md"),
        {"d.md": b""}, error="x.toml: no such configuration file"),
    Row("hook: --config a directory", ("hook", "--config", "{dir}", "{dir}/d.md"), {"d.md": b""},
        error="is a directory, not a configuration file"),
    Row("hook: corrupt rates", HOOK, {"d.md": draft("wire.txt", FX), "wire.txt": FX,
        "r/ecb-rates.bin": b"\x00" * 64}, env={"FIGCHECK_RATES_DIR": "{dir}/r"},
        stdout="not a figcheck rates file"),
    Row("hook: unknown currency", HOOK, {"d.md": draft("wire.txt", NAIRA), "wire.txt": NAIRA},
        stdout="no ECB rate for NGN"),
]  # fmt: skip

# --- configuration files: (case, file name, content, error or None for a normal result) ----

NESTED = ("a = " + "[" * 5000 + "]" * 5000 + "\n").encode()
CONFIGS = [
    ("invalid TOML", ".figcheck.toml", b"fail-on = \n", "invalid TOML"),
    ("invalid TOML in pyproject", "pyproject.toml", b"[tool.figcheck\n", "invalid TOML"),
    ("invalid utf-8", ".figcheck.toml", b'# caf\xe9\n', "not valid UTF-8 at byte 5"),
    ("png", ".figcheck.toml", png_bytes, "not valid UTF-8 at byte 0"),
    ("nul byte", ".figcheck.toml", b'fail-on = "error"\x00\n', "invalid TOML"),
    ("nested too deeply", ".figcheck.toml", NESTED, "invalid TOML: nested too deeply"),
    ("utf-8 BOM", ".figcheck.toml", b'\xef\xbb\xbffail-on = "error"\n', None),
    ("empty", ".figcheck.toml", b"", None),
    ("fail-on a number", ".figcheck.toml", b"fail-on = 3\n", "fail-on: 3 is not one of"),
    ("disable a string", ".figcheck.toml", b'disable = "fx-mismatch"\n',
     "disable: must be a list of rule ids"),
    ("disable unknown rule", ".figcheck.toml", b'disable = ["fx-mismatc"]\n',
     "disable: unknown rule 'fx-mismatc'"),
    ("unknown key", ".figcheck.toml", b'fail_on = "error"\n', "fail_on: unknown key"),
    ("unknown key in pyproject", "pyproject.toml", b"[tool.figcheck]\nfailon = 1\n",
     "failon: unknown key in [tool.figcheck]"),
    ("tool.figcheck not a table", "pyproject.toml", b"[tool]\nfigcheck = 5\n",
     "pyproject.toml: [tool.figcheck] must be a table"),
    ("tool not a table", "pyproject.toml", b"tool = 5\n", None),
    ("pyproject without figcheck", "pyproject.toml", b"[tool.black]\nline-length = 1\n", None),
    ("tolerance a string", ".figcheck.toml", b'[rules.fx-mismatch]\ntolerance = "5%"\n',
     "rules.fx-mismatch.tolerance: must be a number, not '5%'"),
    ("lookback-days a fraction", ".figcheck.toml", b"[rules.fx-mismatch]\nlookback-days = 1.5\n",
     "rules.fx-mismatch.lookback-days: must be a whole number"),
    ("negative tolerance", ".figcheck.toml", b"[rules.fx-mismatch]\ntolerance = -1\n",
     "rules.fx-mismatch.tolerance: must not be negative"),
    ("tolerance nan", ".figcheck.toml", b"[rules.fx-mismatch]\ntolerance = nan\n",
     "/.figcheck.toml: rules.fx-mismatch.tolerance: must be a finite number, not nan"),
    ("tolerance inf", ".figcheck.toml", b"[rules.fx-mismatch]\ntolerance = inf\n",
     "/.figcheck.toml: rules.fx-mismatch.tolerance: must be a finite number, not inf"),
    ("lookback-days a million", ".figcheck.toml",
     b"[rules.fx-mismatch]\nlookback-days = 1_000_000\n",
     "/.figcheck.toml: rules.fx-mismatch.lookback-days: must be at most"),
    ("lookback-days 10**12", ".figcheck.toml",
     b"[rules.fx-mismatch]\nlookback-days = 1_000_000_000_000\n",
     "/.figcheck.toml: rules.fx-mismatch.lookback-days: must be at most"),
    ("unknown rule table", ".figcheck.toml", b"[rules.no-such-rule]\nx = 1\n",
     "rules.no-such-rule: unknown rule"),
    ("unknown rule option", ".figcheck.toml", b"[rules.fx-mismatch]\ntolerence = 0.1\n",
     "rules.fx-mismatch.tolerence: unknown option"),
    ("malformed date", ".figcheck.toml", b'date = "24/08/2023"\n', "date: '24/08/2023' is not"),
    ("rates-dir a number", ".figcheck.toml", b"rates-dir = 5\n", "rates-dir: must be a path"),
    ("rates-dir missing", ".figcheck.toml", b'rates-dir = "none"\n', "'none' is not a directory"),
    ("sources a list", ".figcheck.toml", b'sources = ["a.txt"]\n', "sources: must be a table"),
    ("a directory", ".figcheck.toml/x", b"", ".figcheck.toml: is a directory"),
    ("pyproject a directory", "pyproject.toml/x", b"", "pyproject.toml: is a directory"),
    ("unreadable", ".figcheck.toml", b"", ".figcheck.toml: cannot read (Permission denied)"),
]  # fmt: skip
#: What convert and rates read of the configuration: where the rates are.
RATES_CONFIGS = {
    "invalid TOML", "invalid TOML in pyproject", "invalid utf-8", "png", "nested too deeply",
    "utf-8 BOM", "tool.figcheck not a table", "tool not a table", "rates-dir a number",
    "a directory", "pyproject a directory", "unreadable",
}  # fmt: skip
#: Per command: the arguments, and the files around the configuration.
CONFIG_COMMANDS = {
    "check": (("check", "{dir}/a.txt", "{dir}/b.txt"), TWO, "No findings in"),
    "hook": (HOOK, {"d.md": draft("a.txt", TWO["a.txt"]), **TWO}, "No findings in"),
    "convert": (("convert", "5", "USD", "EUR"), {}, " EUR at "),
    "rates info": (("rates", "info"), {}, "first day:"),
    # Error cases only: a good configuration would send the rates to the shipped folder.
    "rates update": (("rates", "update", "--from", "{dir}/a.csv"), {"a.csv": b""}, None),
}


def config_rows() -> list[Row]:
    rows = []
    for command, (args, files, normal) in CONFIG_COMMANDS.items():
        for case, name, content, error in CONFIGS:
            if command.startswith(("convert", "rates")) and case not in RATES_CONFIGS:
                continue
            if normal is None and error is None:
                continue
            rows.append(
                Row(
                    f"{command}: config {case}",
                    args,
                    {**files, name: content},
                    error=error,
                    stdout=normal if error is None else None,
                    unreadable=case == "unreadable",
                )
            )
    return rows


CONFIG_ROWS = config_rows()

# --- paths, options and calendar ends that used to raise (issue 17) -----------------

LOOP = {"loop1": "loop2", "loop2": "loop1"}
#: A file name that is not UTF-8: Python hands it over as a surrogate escape.
ODD_NAME = "caf\udce9.txt"
ODD = {ODD_NAME: STORY_A, "b.txt": STORY_B}
UTF32 = "It cost $5 million.\n".encode("utf-32")
FX_DATED = b"The firm paid 450 million pounds ($554 million) for it.\n"


def odd_name_rows() -> list[Row]:
    """Every format of extract and check writes a non-UTF-8 file name back as its bytes."""
    rows = [
        Row(f"odd file name: extract {fmt}", ("extract", "--format", fmt, ODD_NAME), ODD,
            stdout="1200000000")
        for fmt in ("text", "json", "csv")
    ]  # fmt: skip
    for fmt in ("text", "json", "sarif", "github", "html", "junit", "gitlab", "rdjson"):
        rows.append(
            Row(f"odd file name: check {fmt}", ("check", "--format", fmt, ODD_NAME, "b.txt"), ODD,
                stdout=lambda out: "caf" in out, code=1, env={"PYTHONIOENCODING": "utf-8:strict"})
        )  # fmt: skip
    return rows


PATH_ROWS = [
    Row("symlink loop", ("extract", "{dir}/loop1"), links=LOOP,
        error="loop1: cannot read (Too many levels of symbolic links)"),
    Row("check: symlink loop", ("check", "{dir}/loop1", "{dir}/a.txt"), TWO, links=LOOP,
        error="loop1: cannot read"),
    Row("over-long file name", ("extract", "{dir}/" + "a" * 5000), error="File name too long"),
    Row("check: over-long file name", ("check", "{dir}/" + "a" * 5000, "{dir}/a.txt"), TWO,
        error="cannot read (File name too long)"),
    *[Row(f"--encoding {name}", ("extract", "--encoding", name, "{dir}/a.txt"), {"a.txt": b"$5"},
          error=f"'{name}' is not a text encoding") for name in ("rot13", "base64", "hex")],
    Row("check: --encoding rot13", ("check", "--encoding", "rot13", "{dir}/a.txt", "{dir}/b.txt"),
        TWO, error="'rot13' is not a text encoding"),
    Row("utf-32 with BOM", ("extract", "{dir}/a.txt"), {"a.txt": UTF32}, stdout='"$5 million"'),
    Row("utf-32 cut mid-character", ("extract", "{dir}/a.txt"), {"a.txt": UTF32[:-2]},
        error="invalid UTF-32"),
    Row("check: --date 0001-01-01 with a conversion", ("check", "--date", "0001-01-01",
        "{dir}/a.txt", "{dir}/b.txt"), {"a.txt": FX_DATED, "b.txt": FX_DATED},
        stdout="no GBP/USD rate for 0001-01-01"),
    Row("check: --date 9999-12-31 with a conversion", ("check", "--date", "9999-12-31",
        "{dir}/a.txt", "{dir}/b.txt"), {"a.txt": FX_DATED, "b.txt": FX_DATED},
        stdout="no GBP/USD rate for 9999-12-31"),
    *odd_name_rows(),
]  # fmt: skip


def conversion(amount: str) -> bytes:
    return f"2023-08-24\n\nThe firm paid 450 million pounds ({amount}) for it.\n".encode()


RELATIVE_WORDS = (b"Last year, next week, in October, last winter, last Friday, next century"
                  b" and last decade it paid $5.\n")  # fmt: skip
FIGURE_ROWS = [
    *[Row(f"check: a conversion of {amount}", ("check", "{dir}/a.txt", "{dir}/b.txt"),
          {"a.txt": conversion(amount), "b.txt": conversion(amount)}, stdout=expected)
      for amount, expected in [("$0", "is no amount a rate can be checked against"),
                               ("$-6 million", "is no amount a rate can be checked against"),
                               ("$1e400", "No findings in")]],
    *[Row(f"extract: {name}", ("extract", "--format", fmt, "{dir}/a.txt"), {"a.txt": text},
          stdout=lambda out: True)
      for name, text in [("29 digits", b"1" + b"0" * 28 + b"\n"), ("7e83", b"It cost $7e83.\n"),
                         ("9E10000000", b"9E10000000 people\n"),
                         ("1x10^1000000", b"1x10^1000000 dollars\n"),
                         ("5e999999 trillion", b"5e999999 trillion yuan\n")]
      for fmt in ("text", "json", "csv")],
    *[Row(f"extract: relative dates published {day}", ("extract", "--date", day, "{dir}/a.txt"),
          {"a.txt": RELATIVE_WORDS}, stdout='"$5"') for day in ("0001-01-01", "9999-12-31")],
    # The date from each place it may come from: the option, the configuration, the text.
    *[Row(f"check: relative dates published {day}", ("check", "--date", day, "{dir}/a.txt",
          "{dir}/b.txt"), {"a.txt": RELATIVE_WORDS, "b.txt": RELATIVE_WORDS},
          stdout="in 2 version(s)") for day in ("0001-01-01", "9999-12-31")],
    *[Row(f"check: config date {day}", ("check", "{dir}/a.txt", "{dir}/b.txt"),
          {"a.txt": RELATIVE_WORDS, "b.txt": RELATIVE_WORDS,
           ".figcheck.toml": f'date = "{day}"\n'.encode()}, stdout="in 2 version(s)")
      for day in ("0001-01-01", "9999-12-31")],
    *[Row(f"extract: {where} date {day}", ("extract", "{dir}/a.md"),
          {"a.md": head.format(day=day).encode() + RELATIVE_WORDS}, stdout='"$5"')
      for where, head in [("front matter", "---\ndate: {day}\n---\n"),
                          ("published line", "Published: {day}\n\n")]
      for day in ("0001-01-01", "9999-12-31")],
]  # fmt: skip

OUTPUT_ROWS = [
    # An output file figcheck cannot write is named with the reason, not a bare "cannot write".
    Row("extract: -o over-long name", ("extract", "-o", "{out}/" + "a" * 5000, "{dir}/a.txt"),
        TWO, error="cannot write (File name too long)"),
    Row("check: -o in a read-only folder", ("check", "-o", "{dir}/r.txt", "{dir}/a.txt",
        "{dir}/b.txt"), TWO, error="r.txt: cannot write (Permission denied)",
        write_protected=True),
    Row("check: -o a directory", ("check", "-o", "{out}", "{dir}/a.txt", "{dir}/b.txt"), TWO,
        error="cannot write"),
    # A rate of 5,000 digits is refused in one line, the tables untouched.
    Row("rates update: 5,000-digit rate", ("rates", "update", "--from", "{dir}/a.csv",
        "--rates-dir", "{out}"), {"a.csv": b"Date,USD\n2023-01-02," + b"9" * 5000 + b"\n"},
        error="bad rate"),
]  # fmt: skip

# --- a corrupt rates table: every field the store reads is checked (issue 17) -----------

HEAD, ENTRY = struct.Struct("<8sIII"), struct.Struct("<4sIII")


def rates_with(change: Callable[[bytearray, int], None]) -> Callable[[], bytes]:
    """The shipped rates with ``change(data, ndays)`` applied (read when the row runs)."""

    def build() -> bytes:
        data = bytearray(RATES.read_bytes())
        change(data, HEAD.unpack_from(data)[2])
        return bytes(data)

    return build


def first_entry() -> tuple[str, int, int, int]:
    """The first currency of the shipped table: code, first day index, count, byte offset."""
    raw, first, count, offset = ENTRY.unpack_from(RATES.read_bytes(), HEAD.size)
    return raw.decode().strip(), first, count, offset


def _entry_field(index: int, value: int) -> Callable[[bytearray, int], None]:
    def change(data: bytearray, ndays: int) -> None:
        struct.pack_into("<I", data, HEAD.size + 4 + 4 * index, value(ndays))

    return change


def _zero_rate(data: bytearray, ndays: int) -> None:
    _, first, count, offset = first_entry()
    values = struct.unpack_from(f"<{count}i", data, offset)
    struct.pack_into("<i", data, offset + 4 * values.index(next(v for v in values if v)), 1)


def _first_day_ordinal_zero(data: bytearray, ndays: int) -> None:
    ncur = HEAD.unpack_from(data)[3]
    struct.pack_into("<i", data, HEAD.size + ENTRY.size * ncur, 0)


CODE = first_entry()[0]
CORRUPT = {
    "huge currency count": lambda data, ndays: struct.pack_into("<I", data, 16, 2**32 - 1),
    "non-ascii code": lambda data, ndays: data.__setitem__(slice(20, 24), "€".encode()[:3] + b" "),
    "lower-case code": lambda data, ndays: data.__setitem__(slice(20, 24), b"usd "),
    "ordinal 0": _first_day_ordinal_zero,
    "empty currency": _entry_field(1, lambda ndays: 0),
    "entry count past the days": _entry_field(1, lambda ndays: ndays + 5),
    "offset past the end": _entry_field(2, lambda ndays: 2**32 - 8),
    "zero rate": _zero_rate,
}
#: What the one line of error says for each corruption.
CORRUPT_ERRORS = {
    "huge currency count": "truncated rates file",
    "non-ascii code": "corrupt rates file (currency code",
    "lower-case code": "corrupt rates file (currency code b'usd '",
    "ordinal 0": "corrupt rates file (a day outside the calendar)",
    "empty currency": f"corrupt rates file ({CODE}: 0 rates",
    "entry count past the days": f"corrupt rates file ({CODE}:",
    "offset past the end": f"truncated rates file ({CODE})",
    "zero rate": f"corrupt rates file ({CODE}: a zero, negative or no rate)",
}


def corrupt_rates_rows() -> list[Row]:
    rows = []
    for case, change in CORRUPT.items():
        files = {"r/ecb-rates.bin": rates_with(change)}
        error = "{dir}/r/ecb-rates.bin: " + CORRUPT_ERRORS[case]
        target = "EUR" if CODE != "EUR" else "USD"
        rows.append(Row(f"convert: rates with {case}", ("convert", "5", CODE, target,
                        "--rates-dir", "{dir}/r"), files, error=error))  # fmt: skip
        # A table that does not open is a note of check's ("fx: ... unchecked"); a rate found
        # corrupt while reading it stops the run: a verdict on a wrong rate would mislead.
        lazy = {"error": error} if case == "zero rate" else {"stdout": "fx: " + error}
        rows.append(Row(f"check: rates with {case}", ("check", "{dir}/a.txt", "{dir}/b.txt"),
                        {**files, "a.txt": FX, "b.txt": FX}, env={"FIGCHECK_RATES_DIR": "{dir}/r"},
                        **lazy))  # fmt: skip
    return rows


ROWS = (
    EXTRACT_ROWS + EXTRACT_MORE + CHECK_ROWS + CHECK_MORE + CONVERT_ROWS + CONVERT_MORE
    + RATES_ROWS + RATES_MORE + RULES_ROWS + HOOK_ROWS + CONFIG_ROWS + USAGE_ROWS + PATH_ROWS
    + FIGURE_ROWS + OUTPUT_ROWS + corrupt_rates_rows()
)  # fmt: skip


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every file's hash, mtime and mode, and the folder's own mtime."""
    state = {}
    for path in sorted([folder, *folder.rglob("*")]):
        if path.is_symlink():
            state[str(path.relative_to(folder))] = (os.readlink(path), 0, 0)
            continue
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        state[str(path.relative_to(folder))] = (digest, info.st_mtime_ns, info.st_mode)
    return state


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_bad_input(row: Row, tmp_path: Path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (tmp_path / "out").mkdir()
    for name, data in row.files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data() if callable(data) else data)
    for name, target in row.links.items():
        (folder / name).symlink_to(target)
    modes = 0o000 if row.unreadable else 0o444
    for path in sorted(folder.rglob("*"), reverse=True):
        if not path.is_symlink():
            path.chmod(0o555 if path.is_dir() else modes)
    folder.chmod(0o555)

    def fill(text: str) -> str:
        return text.replace("{dir}", str(folder)).replace("{out}", str(tmp_path / "out"))

    try:
        if row.unreadable and _still_readable(folder):
            pytest.skip("chmod 000 does not block reads here (running as root)")
        if row.write_protected and os.access(folder, os.W_OK):
            pytest.skip("a read-only folder is writable here (running as root)")
        before = snapshot(folder)
        result = run_figcheck(
            *map(fill, row.args),
            stdin=row.stdin if isinstance(row.stdin, bytes) else None,
            close_stdin=row.stdin == "closed",
            cwd=folder,
            env={name: fill(value) for name, value in row.env.items()},
            text=False,
            timeout=TIMEOUT,
        )
        after = snapshot(folder)
    finally:
        folder.chmod(0o755)
        for path in folder.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() else 0o644)

    stderr = result.stderr.decode("utf-8", "replace")
    stdout = result.stdout.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert after == before, "figcheck changed its inputs"
    if row.error is not None:
        assert result.returncode == 2, stderr
        assert len(stderr.splitlines()) == 1, stderr
        assert stderr.startswith("figcheck: ")
        assert fill(row.error) in stderr
    else:
        assert result.returncode == row.code, stderr + stdout[-500:]
        assert stderr == ""
        if isinstance(row.stdout, str):
            assert fill(row.stdout) in stdout
        elif row.stdout is not None:
            assert row.stdout(stdout.replace(str(folder), "{dir}")), stdout[:500]


def _still_readable(folder: Path) -> bool:
    try:
        for path in folder.rglob("*"):
            path.read_bytes()
    except PermissionError:
        return False
    return True


# --- exit codes: a crash is never read as "findings" (issue 17) ---------------------------


@pytest.mark.parametrize("debug", [None, "env", "option"])
def test_an_unexpected_error_is_one_line_and_exit_3(debug, monkeypatch, capsys):
    """A bug inside figcheck exits 3 (1 means findings reached --fail-on), in one line; the
    traceback only on request."""
    import figcheck.pipeline
    from figcheck import cli
    from figcheck.errors import DEBUG_ENV, EXIT_INTERNAL

    def broken(*args, **kwargs):
        raise ZeroDivisionError("float division by zero")

    monkeypatch.setattr(figcheck.pipeline, "extract", broken)
    monkeypatch.delenv(DEBUG_ENV, raising=False)
    if debug == "env":
        monkeypatch.setenv(DEBUG_ENV, "1")
    argv = (["--debug"] if debug == "option" else []) + ["extract", "-"]
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == EXIT_INTERNAL
    last = err.splitlines()[-1]
    assert last.startswith("figcheck: internal error in broken: ZeroDivisionError: float")
    assert ("Traceback" in err) == (debug is not None)
    if debug is None:
        assert len(err.splitlines()) == 1


def _story(tmp_path: Path) -> Path:
    """Enough figures that their lines overflow a pipe's buffer (64 KB)."""
    path = tmp_path / "a.txt"
    path.write_bytes((STORY + "\n\n").encode() * 100)
    return path


def test_a_closed_pipe_exits_quietly(monkeypatch, capsys):
    """``figcheck check ... | head -1``: the reader went away. Exit 141, as a shell reports
    SIGPIPE, never 1 (findings) nor 0 (a pass). In-process: this sandbox's pipes never
    refuse a write."""
    import sys

    import click

    from figcheck import cli
    from figcheck.errors import EXIT_PIPE

    def closed(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(click, "echo", closed)
    monkeypatch.setattr(cli, "_silence_stdout", lambda: None)
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # click swaps it for a quiet wrapper
    with pytest.raises(SystemExit) as exit_:
        cli.main(["rules"])
    assert exit_.value.code == EXIT_PIPE
    assert capsys.readouterr().err == ""


def test_a_closed_stdout_is_one_line(tmp_path):
    import subprocess
    import sys

    command = [sys.executable, "-m", "figcheck", "extract", str(_story(tmp_path))]
    result = subprocess.run(
        command,
        capture_output=False,
        stdout=None,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: os.close(1),
        timeout=TIMEOUT,
    )
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "figcheck: standard output is closed; nothing to write to"
    ]
