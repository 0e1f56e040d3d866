"""`figcheck serve`: a command run through the server prints the same bytes, on the same
streams, with the same exit code as the command run in its own process; a client uses
only a server of its own code, in a folder and behind a socket of its own user, and runs
the command itself whenever it cannot; servers stop when idle or asked.

Every server here listens in a temporary folder of its own (FIGCHECK_RUNTIME_DIR) and is
stopped, and if need be killed, when its test ends, whatever the test's outcome.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from helpers import ROOT

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(__import__("socket"), "SO_PEERCRED"),
    reason="the server needs fork and SO_PEERCRED",
)

ORIGINAL = (
    "Published: 2024-03-14\n\n"
    "The ferry line carried 1.2 million passengers in 2023, up 15% from 2022, and its "
    "new boat cost $45 million.\n"
)
REWRITE = (
    "Published: 2024-03-15\n\n"
    "The ferry line carried 12 million passengers in 2023, up 15% from 2022, and its "
    "new boat cost $45 million.\n"
)
DRAFT = f"---\nsources: [original.txt]\n---\n{REWRITE.split(chr(10), 2)[2]}"


def environment(runtime: Path, cache: Path, **more: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FIGCHECK_JOBS": "1"}
    env.pop("FIGCHECK_SERVER", None)
    env.update(FIGCHECK_RUNTIME_DIR=str(runtime), FIGCHECK_CACHE_DIR=str(cache), **more)
    return env


def figcheck(*args: str, env: dict, cwd: Path, stdin: bytes | None = None, root: Path = ROOT):
    """``python -m figcheck ARGS`` of ``root``: (exit code, stdout, stderr) as bytes."""
    result = subprocess.run(
        [sys.executable, "-m", "figcheck", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        env={**env, "PYTHONPATH": str(root)},
        timeout=120,
    )
    return result.returncode, result.stdout, result.stderr


class Server:
    """A server in a temporary folder; ``close`` stops it and kills what is left."""

    def __init__(self, root: Path = ROOT, idle_minutes: str = "10"):
        self.root = root
        self.folder = Path(tempfile.mkdtemp(prefix="fcs-", dir="/tmp"))  # a short socket path
        self.runtime = self.folder / "run"
        self.env = environment(self.runtime, CACHES[0])
        self.pids: set[int] = set()
        code, out, err = self.command("serve", "--idle-minutes", idle_minutes)
        assert code == 0, err
        self.pids.add(int(re.search(rb"pid (\d+)", out).group(1)))

    def command(self, *args: str, **options):
        return figcheck(*args, env=self.env, cwd=self.folder, root=self.root, **options)

    def served(self) -> int:
        """How many commands the server of this code has run (-1: none runs)."""
        code, out, _ = self.command("serve", "--status")
        found = [line for line in out.decode().splitlines() if "other code" not in line]
        match = re.search(r"(\d+) commands? run", "".join(found))
        return int(match.group(1)) if match else -1

    def close(self) -> None:
        self.command("serve", "--stop")
        for pid in self.pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)


#: The cache folder the servers and commands share (compiled patterns and methods: a
#: server compiles figcheck's patterns when its folder has none, some seconds).
CACHES: list[Path] = []


@pytest.fixture(scope="module", autouse=True)
def shared_caches():
    CACHES.append(Path(tempfile.mkdtemp(prefix="fcs-caches-", dir="/tmp")))
    yield
    shutil.rmtree(CACHES.pop(), ignore_errors=True)


@pytest.fixture(scope="module")
def server(shared_caches):
    running = Server()
    yield running
    running.close()


@pytest.fixture
def stories(tmp_path) -> Path:
    (tmp_path / "original.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "rewrite.txt").write_text(REWRITE, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 prices rose 5% to \xa34.".encode("latin-1"))
    return tmp_path


#: (arguments, standard input, exit code in its own process).
COMMANDS = [
    (["extract", "original.txt"], None, 0),
    (["extract", "--format", "json", "original.txt", "rewrite.txt"], None, 0),
    (["check", "original.txt", "rewrite.txt"], None, 1),
    (["check", "--format", "sarif", "--fail-on", "never", "original.txt", "rewrite.txt"], None, 0),
    (["hook", "draft.md"], None, 1),
    (["extract", "-"], ORIGINAL.encode(), 0),
    (["check", "original.txt", "-"], REWRITE.encode(), 1),
    (["extract", "missing.txt"], None, 2),
    (["extract", "latin1.txt"], None, 2),
    (["check", "--fail-on", "sometimes", "original.txt"], None, 2),
    (["--debug", "extract", "--date", "2024-13-01", "original.txt"], None, 2),
    ([], None, 0),
    (["--version"], None, 0),
    (["rules"], None, 0),
]


@pytest.mark.parametrize(("args", "stdin", "expected"), COMMANDS)
def test_a_command_through_the_server_is_the_command_in_its_own_process(
    server, stories, args, stdin, expected
):
    own = figcheck(*args, env={**server.env, "FIGCHECK_SERVER": "0"}, cwd=stories, stdin=stdin)
    before = server.served()
    served = figcheck(*args, env=server.env, cwd=stories, stdin=stdin)
    assert server.served() == before + 1  # the server ran it
    assert own[0] == expected, own[2]
    assert served == own


def test_a_closed_output_is_reported_as_in_its_own_process(server, stories):
    """A client whose stdout is closed runs the command itself, which says so."""
    results = []
    for env in ({**server.env, "FIGCHECK_SERVER": "0"}, server.env):
        result = subprocess.run(
            [sys.executable, "-m", "figcheck", "extract", "original.txt"],
            cwd=stories, env=env, capture_output=True, preexec_fn=lambda: os.close(1),
        )  # fmt: skip
        results.append((result.returncode, result.stderr))
    assert results[0][0] == 2
    assert results[1] == results[0]


def test_a_reader_that_goes_away_is_reported_as_in_its_own_process(server, tmp_path):
    """A reader that closes its end before reading: exit 141 and nothing on stderr, either
    way."""
    lines = (f"Stall {n} sold {n * 3 + 7} melons for ${n}.{n % 10}0." for n in range(4000))
    (tmp_path / "long.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    script = (
        f"{sys.executable} -m figcheck extract --format json long.txt | (exec 0<&-; sleep 1);"
        " echo ${PIPESTATUS[0]} >&2"
    )
    results = []
    for env in ({**server.env, "FIGCHECK_SERVER": "0"}, server.env):
        env = {**env, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env,
                                capture_output=True, timeout=120)  # fmt: skip
        results.append(result.stderr)
    assert results[0] == b"141\n"
    assert results[1] == results[0]


def test_the_run_takes_the_clients_time_zone(server, tmp_path):
    """Today's date (how old the rates are) is the client's, not the server's: two zones
    25 hours apart are always on different days."""
    seen = set()
    for zone in ("Pacific/Kiritimati", "Etc/GMT+11"):
        env = {**server.env, "TZ": zone}
        own = figcheck("rates", "info", env={**env, "FIGCHECK_SERVER": "0"}, cwd=tmp_path)
        assert figcheck("rates", "info", env=env, cwd=tmp_path) == own
        seen.add(own)
    assert len(seen) == 2


@pytest.mark.parametrize("caches", ["other", "off"])
def test_a_run_keeps_figures_where_its_own_environment_says(server, stories, caches):
    """The figures of a hook's source go to the run's cache folder (or nowhere), not the
    server's."""
    folder = stories / "caches"
    more = {"FIGCHECK_CACHE_DIR": str(folder)}
    if caches == "off":
        more["FIGCHECK_NO_CACHE"] = "1"
    own = figcheck("hook", "draft.md", env={**server.env, **more, "FIGCHECK_SERVER": "0"},
                   cwd=stories)  # fmt: skip
    kept = sorted(p.name for p in folder.glob("figures/*"))
    shutil.rmtree(folder, ignore_errors=True)
    before = server.served()
    assert figcheck("hook", "draft.md", env={**server.env, **more}, cwd=stories) == own
    assert server.served() == before + 1
    assert settled(lambda: sorted(p.name for p in folder.glob("figures/*")), kept)
    assert bool(kept) == (caches == "other")


def settled(now, expected, seconds: float = 30) -> bool:
    """Whether ``now()`` comes to equal ``expected`` within ``seconds``: a run through the
    server answers first and keeps its caches' entries after (``_keep_for_later_runs``)."""
    deadline = time.monotonic() + seconds
    while now() != expected:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_without_a_server_the_command_runs_in_its_own_process(stories):
    folder = Path(tempfile.mkdtemp(prefix="fcs-", dir="/tmp"))
    try:
        env = environment(folder / "run", folder / "cache")
        code, out, _ = figcheck("extract", "original.txt", env=env, cwd=stories)
        assert code == 0 and b"1.2 million" in out
        assert not list((folder / "run").glob("*.sock"))  # none started: not asked to
    finally:
        shutil.rmtree(folder)


def test_a_server_of_other_code_is_not_used(stories):
    """A copy of the package, then a file added to it: its server no longer matches."""
    copy = Path(tempfile.mkdtemp(prefix="fcs-code-", dir="/tmp"))
    shutil.copytree(ROOT / "figcheck", copy / "figcheck", ignore=shutil.ignore_patterns("__py*"))
    running = Server(root=copy)
    try:
        assert running.served() == 0
        code, out, _ = running.command("extract", str(stories / "original.txt"))
        assert (code, running.served()) == (0, 1)
        (copy / "figcheck" / "lang" / "notes.txt").write_text("an edit\n", encoding="utf-8")
        code, again, _ = running.command("extract", str(stories / "original.txt"))
        assert (code, again) == (0, out)  # run in its own process, the same
        assert running.served() == -1  # the server runs, but is other code now
        _, status, _ = running.command("serve", "--status")
        assert b"other code" in status
    finally:
        running.close()
        shutil.rmtree(copy)


def test_a_folder_others_may_enter_is_not_used(stories):
    running = Server()
    try:
        running.runtime.chmod(0o755)
        code, out, _ = running.command("extract", str(stories / "original.txt"))
        assert code == 0 and b"1.2 million" in out
        code, _, err = running.command("serve", "--status")
        assert code == 2 and err.startswith(b"figcheck: no private folder")
        running.runtime.chmod(0o700)
        assert running.served() == 0
    finally:
        running.runtime.chmod(0o700)
        running.close()


@pytest.mark.skipif(os.getuid() != 0, reason="giving a file to another user needs root")
def test_a_socket_of_another_user_is_not_used(stories):
    running = Server()
    try:
        (socket_path,) = running.runtime.glob("*.sock")
        os.chown(socket_path, 65534, 65534)
        code, out, _ = running.command("extract", str(stories / "original.txt"))
        assert code == 0 and b"1.2 million" in out
        os.chown(socket_path, 0, 0)
        assert running.served() == 0
    finally:
        running.close()


def test_two_commands_at_once(server, stories):
    before = server.served()
    env = {**server.env, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "figcheck", "hook", "draft.md"]
    runs = [
        subprocess.Popen(command, cwd=stories, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    results = [(run.wait(timeout=120), run.stdout.read(), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()
    own = figcheck("hook", "draft.md", env={**server.env, "FIGCHECK_SERVER": "0"}, cwd=stories)
    assert results == [own, own]
    assert server.served() == before + 2
    # the server reaps its runs and counts their CPU time (benchmarks/startup.py reads it)
    from figcheck import server_link

    (path,) = server.runtime.glob("*.sock")
    status = server_link.ask(str(path), "status")
    for _ in range(500):
        if status["ended"] == status["served"]:
            break
        time.sleep(0.01)
        status = server_link.ask(str(path), "status")
    assert status["ended"] == status["served"] >= 2
    assert status["runs_cpu"] > 0


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def reading(pid: int, seconds: float = 60) -> bool:
    """Whether ``pid`` comes to wait on a pipe read of its standard input (descriptor 0, the
    system call's first argument) within ``seconds``: a pipe another descriptor reads while
    the interpreter starts is not the run waiting for its input."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            waits = "pipe_read" in Path(f"/proc/{pid}/wchan").read_text()
        except OSError:
            return False
        try:
            on_input = Path(f"/proc/{pid}/syscall").read_text().split()[1:2] == ["0x0"]
        except PermissionError:
            on_input = True  # a system that hides the call: the wait alone tells it
        except OSError:
            return False
        if waits and on_input:
            return True
        time.sleep(0.02)
    return False


def waiting_run(env: dict, cwd: Path, server: Server | None) -> tuple[subprocess.Popen, int]:
    """A client whose run (in the server, or in the client) waits for standard input, and
    the pid of the process that runs it."""
    before = set(children(next(iter(server.pids)))) if server else set()
    client = subprocess.Popen(
        [sys.executable, "-m", "figcheck", "extract", "-"],
        cwd=cwd,
        env={**env, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    run = client.pid
    deadline = time.monotonic() + 30
    while server and time.monotonic() < deadline:
        new = set(children(next(iter(server.pids)))) - before
        if new:
            run = new.pop()
            break
        time.sleep(0.02)
    if not reading(run):
        client.kill()
        client.communicate()
        raise AssertionError("the run never waited for its input")
    return client, run


needs_proc = pytest.mark.skipif(
    not (Path("/proc/self/wchan").exists() and Path("/proc/self/syscall").exists()),
    reason="needs /proc/PID/wchan and /proc/PID/syscall",
)


@needs_proc
def test_ctrl_c_in_the_client_stops_the_run_as_in_its_own_process(server, stories):
    results = []
    for env, through in (({**server.env, "FIGCHECK_SERVER": "0"}, None), (server.env, server)):
        client, run = waiting_run(env, stories, through)
        client.send_signal(signal.SIGINT)
        # the run ends on the signal alone: its input is closed only then, or a run that
        # read the end of its input first would end as if never interrupted
        assert gone(run)
        out, err = client.communicate(timeout=30)
        results.append((client.returncode, out, err))
    assert results[0] == (2, b"", b"\nfigcheck: aborted\n")  # click's Abort
    assert results[1] == results[0]


@pytest.mark.parametrize(
    ("sent", "before_pid", "ended"),
    [
        (signal.SIGTERM, True, -signal.SIGTERM),  # while the server starts the run
        (signal.SIGTERM, False, -signal.SIGTERM),
        (signal.SIGINT, True, 130),  # Python's Ctrl-C: the run's own handler, here 130
        (signal.SIGHUP, False, -signal.SIGHUP),
    ],
)
def test_a_signal_sent_while_the_command_is_handed_over_reaches_the_run(sent, before_pid, ended):
    """A signal the client takes before it knows the run's process (the server is still
    starting the run) goes on to the run once it does, and never breaks the client."""
    from figcheck import launcher

    # (the signals' default actions restored: a test run under nohup ignores SIGHUP, and
    # an ignored signal stays ignored in every process it starts)
    run = subprocess.Popen(
        [sys.executable, "-c", "import signal, sys, time\n"
         "signal.signal(signal.SIGTERM, signal.SIG_DFL)\n"
         "signal.signal(signal.SIGHUP, signal.SIG_DFL)\n"
         "signal.signal(signal.SIGINT, lambda *a: sys.exit(130))\n"
         "print('ready', flush=True)\ntime.sleep(60)"],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    assert run.stdout.readline() == b"ready\n"  # its handler set
    before = signal.getsignal(sent)
    signals = launcher._Forwarding()
    try:
        if not before_pid:
            signals.to(run.pid)
        os.kill(os.getpid(), sent)  # handled at once, in this thread
        if before_pid:
            assert run.poll() is None  # nowhere to go yet
            signals.to(run.pid)
        assert run.wait(timeout=30) == ended
        assert signals.sent == [sent]
    finally:
        signals.restore()
        run.kill()
        run.communicate()
    assert signal.getsignal(sent) is before


def test_a_ctrl_c_before_a_refused_hand_over_ends_the_command():
    from figcheck import launcher

    signals = launcher._Forwarding()
    try:
        assert signals.ended_here() is None  # nothing sent: the command runs here
        os.kill(os.getpid(), signal.SIGINT)
        assert signals.ended_here() == 130
    finally:
        signals.restore()


@needs_proc
def test_a_run_that_dies_is_reported_in_one_line_and_not_run_again(server, stories):
    client, run = waiting_run(server.env, stories, server)
    os.kill(run, signal.SIGKILL)
    out, err = client.communicate(input=ORIGINAL.encode(), timeout=30)
    assert client.returncode == 3  # figcheck.errors.EXIT_INTERNAL
    assert out == b""
    assert err.startswith(b"figcheck: internal error: the figcheck server stopped")
    assert err.count(b"\n") == 1


def gone(pid: int, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return True
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":  # ended, not yet reaped by its parent
            return True
        time.sleep(0.05)
    return False


def test_stop_and_status():
    running = Server()
    try:
        (pid,) = running.pids
        assert running.served() == 0
        code, out, _ = running.command("serve")
        assert code == 0 and out.startswith(b"a figcheck server runs already: pid %d" % pid)
        code, out, _ = running.command("serve", "--stop")
        assert (code, out) == (0, b"stopped 1 figcheck server\n")
        assert gone(pid)
        assert not list(running.runtime.glob("*.sock"))
        code, out, _ = running.command("serve", "--status")
        assert (code, out) == (0, b"no figcheck server runs\n")
    finally:
        running.close()


def test_an_idle_server_stops():
    running = Server(idle_minutes="0.02")  # 1.2 s
    try:
        (pid,) = running.pids
        assert gone(pid)
        assert not list(running.runtime.glob("*.sock"))
    finally:
        running.close()


def test_auto_starts_a_server_for_the_next_commands(stories):
    folder = Path(tempfile.mkdtemp(prefix="fcs-", dir="/tmp"))
    env = environment(folder / "run", CACHES[0], FIGCHECK_SERVER="auto")
    try:
        code, out, _ = figcheck("extract", "original.txt", env=env, cwd=stories)
        assert code == 0 and b"1.2 million" in out
        deadline = time.monotonic() + 60
        status = b""
        while time.monotonic() < deadline and b"pid" not in status:
            time.sleep(0.1)
            _, status, _ = figcheck("serve", "--status", env=env, cwd=stories)
        assert b"0 commands run" in status
        code, again, _ = figcheck("extract", "original.txt", env=env, cwd=stories)
        assert (code, again) == (0, out)
        _, status, _ = figcheck("serve", "--status", env=env, cwd=stories)
        assert b"1 command run" in status
    finally:
        _, status, _ = figcheck("serve", "--status", env=env, cwd=stories)
        figcheck("serve", "--stop", env=env, cwd=stories)
        for pid in re.findall(rb"pid (\d+)", status):
            gone(int(pid)) or os.kill(int(pid), signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize(
    "layout, listening",
    [
        ("no folder", False),
        ("an empty folder", False),
        ("a folder with other files", False),
        ("a folder with a socket", True),
    ],
)
def test_a_command_looks_for_a_server_only_where_one_may_listen(tmp_path, layout, listening):
    """Without a socket in the folder a command runs on its own at once, without digesting
    figcheck's files to name its server, and without making the folder."""
    from figcheck import launcher, server_link

    folder = tmp_path / "runtime"
    if layout != "no folder":
        folder.mkdir(mode=0o700)
    if layout == "a folder with other files":
        (folder / "notes.txt").write_text("x", encoding="utf-8")
    if layout == "a folder with a socket":
        (folder / "server-x.sock").write_text("", encoding="utf-8")
    environ = {server_link.RUNTIME_ENV: str(folder)}
    assert server_link.any_listening(environ) is listening
    if not listening:
        original = server_link.server_key
        server_link.server_key = lambda *a, **k: pytest.fail("the server's key was worked out")
        try:
            assert launcher.through_server(["figcheck", "extract", "-"], environ) is None
        finally:
            server_link.server_key = original
        assert folder.exists() is (layout != "no folder")


def test_an_idle_server_makes_ready_what_its_runs_compiled(tmp_path, monkeypatch):
    """A run compiled a pattern the warm-up never used and kept it in the regex cache: the
    server reads the file again and makes the pattern ready, so that its next runs neither
    compile it nor build it; a file that did not change is not read again."""
    import dataclasses

    from figcheck import method_cache, regex_cache, server

    compiler = regex_cache.compiler_module()
    monkeypatch.setattr(compiler, "compile", compiler.compile)  # undone after the test
    monkeypatch.setattr(regex_cache, "_installed", None)
    monkeypatch.setattr(method_cache, "_installed", None)
    monkeypatch.setattr(dataclasses, "exec", exec, raising=False)  # no method cache here
    monkeypatch.setenv("FIGCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FIGCHECK_NO_CACHE", raising=False)
    source, flags = r"(?P<q>[1-4])Q\d{2}", int(re.I)
    seen: dict = {}
    try:
        server._read_code_caches(seen)
        first = regex_cache.installed()
        assert first is not None and not first.ready
        run = regex_cache.RegexCache(first.path)
        run.worth_saving = 0.0
        run.compile(source, flags)
        run.save()  # what a run compiled first, kept
        server._read_code_caches(seen)
        ready = regex_cache.installed()
        assert ready is not first and (source, flags) in ready.ready
        assert ready.compile(source, flags) is ready.ready[(source, flags)]
        assert ready.added == 0
        assert ready.compile(source, flags).findall("2q24 and 5Q24") == ["2"]
        server._read_code_caches(seen)
        assert regex_cache.installed() is ready  # unchanged: not read again
    finally:
        regex_cache.uninstall()
