"""A figcheck server: figcheck imported and warmed up once, a fork of it for each command.

A short command spends most of its time starting: the interpreter, click, figcheck's
modules and their first use. A server (``figcheck serve``) pays that once, then listens
on its socket (figcheck.server_link). For each command a client (figcheck.launcher)
sends its command line, folder, environment and standard streams; the server forks,
and the child becomes that command: it enters the folder, takes the environment and
the streams, resets the signals, installs the caches the environment names, runs
``figcheck.cli.main`` as the client would have, and sends back the exit code. A child
sees nothing of another's run: each is a fresh copy of the warmed-up server.

The server stops after IDLE_MINUTES without a request, when asked (``serve --stop``) or
on SIGTERM, and removes its socket. It is started as
``python -c "from figcheck.server import main; main([...])"`` by server_link.start.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import time

from figcheck import server_link

#: Seconds a client has to send its request once connected.
REQUEST_SECONDS = 5.0
#: Seconds of quiet after a run ends before the server reads what the run added to the
#: caches of compiled code (``_read_code_caches``).
READ_AFTER_RUN_SECONDS = 0.05

#: Invented sentences, one per language, that the warm-up reads (two versions each).
WARM_UP = {
    "en": ("On 4 May 2021 the mill shipped 1,250 tonnes, up 8% from $3.2 million a year"
           " earlier, two weeks after the vote.",
           "On 4 May 2021 the mill shipped 1,520 tonnes, up 6% from $3.2 billion a year"
           " earlier, two weeks after the vote."),
    "es": ("El 4 de mayo de 2021 la fábrica envió 1.250 toneladas, un 8 % más, por"
           " 3,2 millones de euros.",
           "El 4 de mayo de 2021 la fábrica envió 1.520 toneladas, un 6 % más, por"
           " 3,2 millones de euros."),
    "fr": ("Le 4 mai 2021, l'usine a expédié 1 250 tonnes, en hausse de 8 %, pour"
           " 3,2 millions d'euros.",
           "Le 4 mai 2021, l'usine a expédié 1 520 tonnes, en hausse de 6 %, pour"
           " 3,2 millions d'euros."),
    "pt": ("Em 4 de maio de 2021 a fábrica enviou 1.250 toneladas, alta de 8%, por"
           " 3,2 milhões de euros.",
           "Em 4 de maio de 2021 a fábrica enviou 1.520 toneladas, alta de 6%, por"
           " 3,2 milhões de euros."),
    "de": ("Am 4. Mai 2021 lieferte das Werk 1.250 Tonnen, ein Plus von 8 %, für"
           " 3,2 Millionen Euro.",
           "Am 4. Mai 2021 lieferte das Werk 1.520 Tonnen, ein Plus von 6 %, für"
           " 3,2 Millionen Euro."),
    "zh": ("2021年5月4日，该厂运出1250吨，增长8%，价值320万欧元。",
           "2021年5月4日，该厂运出1520吨，增长6%，价值320万欧元。"),
    "ja": ("2021年5月4日、工場は1250トンを出荷し、8%増の320万ユーロだった。",
           "2021年5月4日、工場は1520トンを出荷し、6%増の320万ユーロだった。"),
}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run a server until it is idle, stopped or signalled; 0, or 2 when it cannot listen."""
    argv = sys.argv[1:] if argv is None else argv
    idle_minutes = server_link.IDLE_MINUTES
    if argv[:1] == ["--idle-minutes"] and len(argv) == 2:
        try:
            idle_minutes = float(argv[1])
        except ValueError:
            return 2
    path = server_link.socket_path(os.environ)
    if path is None or server_link.turned_off({}):
        return 2
    lock = _lock(path)
    if lock is None:
        return 0  # another server of this code runs (or is starting)
    _held.append(lock)
    preload()
    import threading

    if threading.active_count() > 1:
        _remove(path + ".lock")
        return 2  # forking a process with threads could leave a child stuck on a lock
    import gc

    gc.freeze()  # what the preload made is never collected: the runs' collections skip it
    listener = _listen(path)
    try:
        serve(listener, idle_minutes * 60, path)
    finally:
        listener.close()
        _remove(path)
        _remove(path + ".lock")
        os.close(lock)
    return 0


#: The lock's descriptor, which a child closes: a run outliving its server holds no lock.
_held: list[int] = []


def _lock(path: str) -> int | None:
    """An exclusive lock held for the server's life: one server per socket."""
    import fcntl

    try:
        fd = os.open(path + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _listen(path: str):
    import socket

    _remove(path)  # left by a server that was killed: the lock says none runs
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_mask = os.umask(0o177)
    try:
        listener.bind(path)
    finally:
        os.umask(old_mask)
    listener.listen(64)
    return listener


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


#: The caches of compiled code a server keeps installed for its runs.
CODE_CACHES = ("regex_cache", "method_cache")


def preload() -> None:
    """Import what the commands use and run each once on invented texts, with the caches of
    the server's own environment (so that it starts quickly).

    Then the caches of compiled code are saved and installed afresh with every entry read
    (reading a cache's index costs a command some 20 ms): a run whose environment names
    the same files uses them as they are, and saves only what it adds, as a command run on
    its own would; a run whose environment names others installs those (``_own_caches``).
    The figures of texts are never kept by the server: each run installs its own."""
    import importlib

    from figcheck import cli, figure_cache

    cli._install_caches()
    figure_cache.uninstall()  # the warm-up's figures are not kept
    import figcheck.pipeline  # noqa: F401 - the imports are the point
    import figcheck.report.figures  # noqa: F401

    try:
        _warm_up(cli)
        _read_rates()
    except BaseException:  # noqa: BLE001 - a warm-up that fails leaves the runs to do it
        pass
    for name in CODE_CACHES:
        importlib.import_module(f"figcheck.{name}").uninstall()  # saved: kept for every run
    _read_code_caches(_code_caches)


#: The caches of compiled code as the server last read them (``_read_code_caches``).
_code_caches: dict = {}


def _read_code_caches(seen: dict) -> None:
    """Install the caches of compiled code afresh with every entry read, where their files
    changed since ``seen`` (name -> the file's size, time of change and inode, updated);
    every pattern of the regex cache is made ready (``RegexCache.prepare``), those of the
    cache installed before kept as they are.

    Called once the warm-up is saved, and again whenever the server is idle after a run:
    what a run compiled first (the date forms of an English article, say, which the warm-up
    never reads) is then ready for every later run, instead of compiled by each of them."""
    import importlib

    for name in CODE_CACHES:
        module = importlib.import_module(f"figcheck.{name}")
        path = module.cache_path(os.environ)
        try:
            info = os.stat(path) if path is not None else None
        except OSError:
            info = None
        stamp = info and (info.st_size, info.st_mtime_ns, info.st_ino)
        if name in seen and seen[name] == stamp:
            continue
        seen[name] = stamp
        before = module.installed()
        module.uninstall()
        installed = module.install(os.environ)
        if installed is None:
            continue
        if hasattr(installed, "prepare"):
            installed.prepare(getattr(before, "ready", None))
        else:
            installed.entries.loaded()  # every entry read now, the file closed


def _own_caches(environ) -> None:
    """Uninstall the server's caches of compiled code where the run's environment names
    other files (or none): the run installs its own, as it would on its own."""
    import importlib

    for name in CODE_CACHES:
        cache = importlib.import_module(f"figcheck.{name}")
        installed = cache.installed()
        if installed is not None and cache.cache_path(environ) != installed.path:
            cache.uninstall()


def _warm_up(cli) -> None:
    """Run extract, check and hook once on invented texts, their output thrown away."""
    import io
    import tempfile

    saved = sys.stdout, sys.stderr, dict(os.environ), os.getcwd()
    with tempfile.TemporaryDirectory(prefix="figcheck-warm-up-") as folder:
        names = []
        for language, versions in sorted(WARM_UP.items()):
            for n, text in enumerate(versions):
                name = os.path.join(folder, f"{language}{n}.txt")
                with open(name, "w", encoding="utf-8") as file:
                    file.write(f"Published: 2021-05-06\n\n{text}\n")
                names.append(name)
        with open(os.path.join(folder, "draft.md"), "w", encoding="utf-8") as file:
            file.write(f"---\nsources: [en0.txt]\n---\n{WARM_UP['en'][1]}\n")
        commands = [
            ["extract", *names],
            ["extract", "--format", "json", names[0]],
            *(["check", "--fail-on", "never", a, b] for a, b in zip(names[::2], names[1::2])),
            ["check", "--fail-on", "never", "--format", "json", names[0], names[1]],
            ["hook", "--fail-on", "never", os.path.join(folder, "draft.md")],
        ]
        os.environ["FIGCHECK_NO_CACHE"] = "1"  # no figures of the warm-up kept
        os.environ["FIGCHECK_JOBS"] = "1"
        try:
            os.chdir(folder)
            for command in commands:
                sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
                try:
                    cli.main(command)
                except SystemExit:
                    pass
        finally:
            sys.stdout, sys.stderr = saved[0], saved[1]
            os.environ.clear()
            os.environ.update(saved[2])
            os.chdir(saved[3])


def _read_rates() -> None:
    """Read and check the shipped exchange rates, every currency's, once for every run (a
    run that reads the same bytes takes this table: ``RateTable.load``)."""
    from figcheck.rates import RateTable

    RateTable.load().unpack_all()


class Stop(Exception):
    """Raised in the server to stop it (SIGTERM, or a ``stop`` request)."""


def serve(listener, idle_seconds: float, path: str) -> None:
    """Accept requests until idle for ``idle_seconds``, stopped or signalled."""

    def stop(signum, frame):
        raise Stop

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    os.chdir("/")
    status = {
        "pid": os.getpid(), "started": time.time(), "served": 0, "ended": 0,
        "idle_minutes": idle_seconds / 60, "socket": path,
        "key": server_link.server_key(), "code": server_link.package_folder(),
    }  # fmt: skip

    def reap(signum, frame):
        """Collect the runs that ended (counted, with their CPU time: benchmarks/startup.py)."""
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if not pid:
                return
            status["ended"] += 1

    signal.signal(signal.SIGCHLD, reap)
    try:
        _accept(listener, max(idle_seconds, 0.01), status)
    except Stop:
        return


def _accept(listener, idle_seconds: float, status: dict) -> None:
    """Answer connections until none came for ``idle_seconds`` or one asks to stop; after
    each run, once quiet, read what it added to the caches of compiled code."""
    import socket

    read_after = 0  # runs ended when the caches of compiled code were last read
    until = time.monotonic() + idle_seconds
    while True:
        left = until - time.monotonic()
        if left <= 0:
            return
        ended = status["ended"]
        listener.settimeout(min(left, READ_AFTER_RUN_SECONDS) if ended != read_after else left)
        try:
            link, _ = listener.accept()
        except socket.timeout:
            if ended != read_after:
                read_after = ended
                _read_code_caches(_code_caches)
            continue
        until = time.monotonic() + idle_seconds
        with link:
            if not handle(listener, link, status):
                return


def handle(listener, link, status: dict) -> bool:
    """Answer one connection: a run (forked), a status or a stop; False to stop."""
    if server_link.peer_uid(link) != os.getuid():
        return True
    link.settimeout(REQUEST_SECONDS)
    try:
        message, fds = server_link.receive(link, most_fds=3)
    except (OSError, ValueError):
        return True
    try:
        if not isinstance(message, dict) or message.get("protocol") != server_link.PROTOCOL:
            return True
        kind = message.get("kind")
        if kind == "run" and len(fds) == 3:
            status["served"] += 1
            _fork_run(listener, link, message, fds)
        elif kind in ("status", "stop"):
            import resource

            runs = resource.getrusage(resource.RUSAGE_CHILDREN)
            _answer(link, {**status, "runs_cpu": runs.ru_utime + runs.ru_stime})
            return kind != "stop"
        return True
    finally:
        for fd in fds:
            os.close(fd)


def _answer(link, message) -> None:
    try:
        server_link.send(link, message)
    except OSError:
        pass


def _fork_run(listener, link, message: dict, fds: tuple[int, ...]) -> None:
    """Fork a child that runs the request; the server goes on at once."""
    try:
        pid = os.fork()
    except OSError:
        _answer(link, ("refused", "cannot fork"))
        return
    if pid:
        return
    code = 70
    try:
        listener.close()
        for fd in _held:
            os.close(fd)
        code = _child(link, message, fds)
    finally:
        os._exit(code)


def _child(link, message: dict, fds: tuple[int, ...]) -> int:
    """Become the client's command and run it: its exit code."""
    for name in ("SIGTERM", "SIGHUP", "SIGCHLD", "SIGQUIT"):
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    link.settimeout(None)
    try:
        argv = [str(arg) for arg in message["argv"]]
        os.chdir(message["cwd"])
        os.umask(int(message["umask"]))
        os.environb.clear()
        os.environb.update(message["env"])
        if hasattr(time, "tzset"):
            time.tzset()  # today's date is the client's (TZ)
        _own_caches(os.environ)
        for fd, target in zip(fds, (0, 1, 2)):
            os.dup2(fd, target)
        _standard_streams(message["streams"])
    except (OSError, KeyError, TypeError, ValueError, LookupError) as exc:
        _answer(link, ("refused", str(exc)))
        return 70
    try:
        server_link.send(link, ("pid", os.getpid()))
    except OSError:
        return 70  # the client is gone, or will run the command itself
    code = _run(argv)
    try:
        server_link.send(link, ("exit", code))
    except OSError:
        pass
    _let_go()
    _keep_for_later_runs()
    return code


def _let_go() -> None:
    """Close the client's standard streams: once the client has its exit code, whoever reads
    its output (a pre-commit framework's pipe) sees it end, though this child goes on."""
    try:
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.close(null)
    except OSError:
        pass


def _keep_for_later_runs() -> None:
    """After the answer: the caches' entries held back (``figure_cache.hold_writes``) and
    the exit handlers (the compiled patterns' and methods' saves), none of which the
    client waits for."""
    from figcheck import figure_cache

    try:
        figure_cache.write_held()
        atexit._run_exitfuncs()
    except BaseException:  # noqa: BLE001 - the answer is out; nothing is left to tell
        pass


def _standard_streams(streams) -> None:
    """sys.stdin, stdout and stderr on descriptors 0, 1 and 2, encoded as the client's are,
    buffered as Python buffers them (line by line on a terminal, stderr always)."""
    import io

    made = []
    for fd, (encoding, errors), mode in zip((0, 1, 2), streams, "rww"):
        raw = io.FileIO(fd, mode, closefd=False)
        raw.name = f"<{('stdin', 'stdout', 'stderr')[fd]}>"
        buffered = io.BufferedReader(raw) if mode == "r" else io.BufferedWriter(raw)
        text = io.TextIOWrapper(
            buffered, encoding, errors, newline="\n",
            line_buffering=mode == "w" and (fd == 2 or raw.isatty()), write_through=fd == 2,
        )  # fmt: skip
        text.mode = mode
        made.append(text)
    sys.stdin, sys.stdout, sys.stderr = made
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = made


def _run(argv: list[str]) -> int:
    """figcheck.cli.run's work in this child: main and the output flushed; the exit code as
    the interpreter would give it. The caches are kept after the answer
    (``_keep_for_later_runs``)."""
    from figcheck import cli, figure_cache

    sys.argv = argv
    code: object = 0
    figure_cache.hold_writes()
    try:
        cli.main(argv[1:])
    except SystemExit as stop:
        code = stop.code
    except BaseException as exc:  # noqa: BLE001 - as the interpreter reports an escape
        import traceback

        traceback.print_exception(exc)
        code = 1
    if code is None:
        code = 0
    elif type(code) is not int:
        print(code, file=sys.stderr)  # sys.exit("message"), as the interpreter reports it
        code = 1
    try:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except (OSError, ValueError):
        return 120  # the interpreter's code when it cannot flush at exit
    return code & 0xFF
