"""The progress bar: on a terminal's stderr for long runs only, never in the report."""

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from figcheck.progress import MIN_BYTES, size_of

ROOT = Path(__file__).resolve().parents[1]


class Text:
    def __init__(self, text):
        self.text = text


def run_figcheck(command_name, files, stderr_tty):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "80"}
    command = [sys.executable, "-m", "figcheck", command_name, *map(str, files)]
    if not stderr_tty:
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        return result.stdout, result.stderr
    master, slave = pty.openpty()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=slave) as proc:
        os.close(slave)
        stdout = proc.stdout.read().decode()
        chunks = []
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait()
    os.close(master)
    return stdout, b"".join(chunks).decode(errors="replace")


#: Each note is about 60 bytes; the big file alone is over the bar's threshold.
SMALL = "Costs rose to $5 million, the council said on Thursday.\n"
BIG = SMALL * (MIN_BYTES // len(SMALL) + 1)


@pytest.mark.parametrize("command", ["hook", "check"])
@pytest.mark.parametrize(
    "files, tty, bar",
    [
        ({"big.txt": BIG, "b.txt": SMALL}, True, True),  # one large file: a bar
        ({f"note{n}.txt": SMALL for n in range(40)}, True, False),  # many small: none
        ({"big.txt": BIG, "b.txt": SMALL}, False, False),  # not a terminal: none
    ],
    ids=["large", "many-small", "redirected"],
)
def test_progress_bar_on_a_terminal_for_large_runs_counted_in_bytes(
    tmp_path, command, files, tty, bar
):
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    stdout, stderr = run_figcheck(command, paths, tty)
    assert ("MB)" in stderr) == bar, stderr[-300:]
    assert "MB)" not in stdout


@pytest.mark.parametrize(
    "items, expected",
    [(["a" * 10], 0), ([Text("é" * 10)], 20), ([Text("ab"), Text("cde")], 5)],
)
def test_size_of_counts_utf8_bytes(items, expected):
    assert sum(size_of(item) for item in items) == expected
