"""Whatever a fact-checker points figcheck at, it answers: a result or one line of error.

Each row runs the command line in a subprocess on inputs made read-only, and
checks the exit code, that stderr is one line without a traceback, and that no
input byte, mtime or file name changed.
"""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RATES = ROOT / "rates" / "ecb-rates.bin"
STORY = (ROOT / "fixtures" / "wind-farm" / "01-original.txt").read_text(encoding="utf-8")
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
    #: Arguments after ``figcheck``; "{dir}" is the folder holding the files.
    args: tuple[str, ...]
    files: dict[str, bytes | Callable[[], bytes]] = field(default_factory=dict)
    #: "devnull", "closed" (fd 0 not open) or the bytes to send.
    stdin: str | bytes = "devnull"
    #: Words the one-line error must contain; None when a normal result is expected.
    error: str | None = None
    #: For normal results: text stdout must contain, or a check of the whole stdout.
    stdout: str | Callable[[str], bool] | None = None
    code: int = 0
    #: "unreadable": chmod 000 the files (skipped where that does not block reads, as root).
    unreadable: bool = False
    #: Runs only with FIGCHECK_SLOW=1.
    slow: bool = False


def lines_are(count: Callable[[], int]) -> Callable[[str], bool]:
    return lambda out: len(out.splitlines()) == count()


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
    # Opt-in (FIGCHECK_SLOW=1): on main of 14:00 extraction reads ~16 s/MB of news text.
    Row("20 MB file", ("extract", "{dir}/big.txt"), {"big.txt": big_file},
        stdout=lines_are(lambda: BIG_COPIES * figures_in(STORY + "\n\n")), slow=True),
    Row("malformed --date", ("extract", "--date", "24/08/2023", "{dir}/a.txt"), {"a.txt": b"$5"},
        error="not a date in the form YYYY-MM-DD"),
    Row("impossible --date", ("extract", "--date", "2023-02-30", "{dir}/a.txt"), {"a.txt": b"$5"},
        error="not a date"),
    Row("unknown encoding", ("extract", "--encoding", "klingon", "{dir}/a.txt"), {"a.txt": b"$5"},
        error="unknown encoding"),
    Row("stdin /dev/null", ("extract", "-"), stdout=lambda out: out == ""),
    Row("stdin closed", ("extract", "-"), stdin="closed", error="cannot read standard input"),
    Row("no arguments", ("extract",), error="Missing argument"),
]  # fmt: skip

TWO = {"a.txt": b"It cost $5 million in 2022.\n", "b.txt": b"It cost $5 million in 2022.\n"}
CHECK_ROWS = [
    Row(
        "check: missing file",
        ("check", "{dir}/a.txt", "{dir}/missing.txt"),
        TWO,
        error="missing.txt: no such file",
    ),
    Row("check: one version", ("check", "{dir}/a.txt"), TWO, error="need at least two versions"),
    Row(
        "check: folder without stories",
        ("check", "{dir}/sub"),
        {"sub/a.png": png_bytes},
        error="files in this directory",
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
        "check: empty versions",
        ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {"a.txt": b"", "b.txt": b" \n\n"},
        stdout="0 error(s)",
    ),
    Row(
        "check: mixed line endings",
        ("check", "{dir}/a.txt", "{dir}/b.txt"),
        {**TWO, "b.txt": b"It cost\r\n$5 million\rin 2022.\n"},
        stdout="0 error(s)",
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

ROWS = EXTRACT_ROWS + CHECK_ROWS + CONVERT_ROWS + RATES_ROWS


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every file's hash, mtime and mode, and the folder's own mtime."""
    state = {}
    for path in sorted([folder, *folder.rglob("*")]):
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        state[str(path.relative_to(folder))] = (digest, info.st_mtime_ns, info.st_mode)
    return state


def run(args: list[str], stdin: str | bytes, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kwargs: dict = {"input": stdin} if isinstance(stdin, bytes) else {"stdin": subprocess.DEVNULL}
    if stdin == "closed":
        kwargs["preexec_fn"] = lambda: os.close(0)
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args],
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=TIMEOUT,
        **kwargs,
    )


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_bad_input(row: Row, tmp_path: Path):
    if row.slow and not os.environ.get("FIGCHECK_SLOW"):
        pytest.skip("slow row: set FIGCHECK_SLOW=1 to run it")
    folder = tmp_path / "inputs"
    folder.mkdir()
    for name, data in row.files.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data() if callable(data) else data)
    modes = 0o000 if row.unreadable else 0o444
    for path in sorted(folder.rglob("*"), reverse=True):
        path.chmod(0o555 if path.is_dir() else modes)
    folder.chmod(0o555)
    try:
        if row.unreadable and _still_readable(folder):
            pytest.skip("chmod 000 does not block reads here (running as root)")
        before = snapshot(folder)
        args = [arg.replace("{dir}", str(folder)) for arg in row.args]
        result = run(args, row.stdin, cwd=folder)
        after = snapshot(folder)
    finally:
        folder.chmod(0o755)
        for path in folder.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)

    stderr = result.stderr.decode("utf-8", "replace")
    stdout = result.stdout.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert after == before, "figcheck changed its inputs"
    if row.error is not None:
        assert result.returncode == 2, stderr
        assert len(stderr.splitlines()) == 1, stderr
        assert stderr.startswith("figcheck: ")
        assert row.error in stderr
    else:
        assert result.returncode == row.code, stderr
        assert stderr == ""
        if isinstance(row.stdout, str):
            assert row.stdout.replace("{dir}", str(folder)) in stdout
        elif row.stdout is not None:
            assert row.stdout(stdout.replace(str(folder), "{dir}")), stdout[:500]


def _still_readable(folder: Path) -> bool:
    try:
        for path in folder.rglob("*"):
            path.read_bytes()
    except PermissionError:
        return False
    return True
