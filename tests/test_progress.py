"""The progress bar: on a terminal's stderr for long runs only, never in the report."""

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


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


@pytest.mark.parametrize(
    "command, label",
    [("hook", "Checking drafts"), ("check", "Reading figures")],
)
@pytest.mark.parametrize(
    "count, tty, bar",
    [(20, True, True), (19, True, False), (20, False, False)],
)
def test_progress_bar_only_on_a_terminal_for_many_files(tmp_path, command, label, count, tty, bar):
    files = []
    for number in range(count):
        path = tmp_path / f"note{number}.txt"
        path.write_text(f"Costs rose to ${number} million.\n", encoding="utf-8")
        files.append(path)
    stdout, stderr = run_figcheck(command, files, tty)
    assert (label in stderr) == bar
    assert label not in stdout
