"""The ``figcheck`` program's entry point: hand the command to a running figcheck server
(figcheck.server), else run it here.

A server has figcheck imported and warmed up already, and forks a copy of itself for
each command, so a short command (a pre-commit hook) pays neither the imports nor the
warm-up. This module is what runs before anything else, so it imports only the light
figcheck.server_link: click and the rest are imported only when the command runs here.

The command runs here as it always did when no server of this very code runs (or
``FIGCHECK_SERVER=0``, or this system cannot pass file descriptors over Unix sockets, or
a standard stream is closed), and whenever anything fails before the server took the
command. ``FIGCHECK_SERVER=auto`` also starts a server in the background for the next
commands. Once the server took the command, it is never run twice: a server that stops
before its run ends is reported in one line, with EXIT_INTERNAL.
"""

from __future__ import annotations

import os
import sys

from figcheck import server_link

#: figcheck.errors.EXIT_INTERNAL, written here so that this module imports nothing more.
EXIT_INTERNAL = 3
#: Seconds the server has to take the command (a stopped server's is run here instead).
HAND_OVER_SECONDS = 10.0
#: Signals a user sends to the command that go on to the run in the server.
FORWARDED = ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT")


def run() -> None:
    """Run the command line in a server if one takes it, else here (figcheck.cli.run)."""
    code = through_server(sys.argv)
    if code is None:
        from figcheck.cli import run as run_here

        run_here()
        return
    os._exit(code)


def through_server(argv: list[str], environ=os.environ) -> int | None:
    """The exit code of the command run by a server, or None when no server took it."""
    try:
        return _through_server(argv, environ)
    except Exception:  # noqa: BLE001 - whatever goes wrong here, the command runs here
        return None


def _through_server(argv: list[str], environ) -> int | None:
    if argv[1:2] == ["serve"] or server_link.turned_off(environ) or not _streams_open():
        return None
    auto = environ.get(server_link.SERVER_ENV, "").strip().lower() == "auto"
    if not auto and not server_link.any_listening(environ):
        return None  # the common case, told without digesting figcheck's files
    path = server_link.socket_path(environ, create=auto)
    if path is None:
        return None
    link = server_link.connect(path, timeout=HAND_OVER_SECONDS)
    if link is None:
        if auto:
            server_link.start(environ)
        return None
    signals = _Forwarding()
    try:
        pid = _hand_over(link, argv)
        if pid is None:
            return signals.ended_here()
        signals.to(pid)
        return _wait(link, signals)
    finally:
        signals.restore()
        link.close()


class _Forwarding:
    """The user's signals, from the moment the command is handed over: each goes on to the
    run once its process is known, and those sent before that as soon as it is (a Ctrl-C
    while the server starts the run stops the run, and never breaks this process)."""

    def __init__(self):
        import _signal

        self.signal = _signal
        self.pid: int | None = None
        self.sent: list[int] = []
        self.before = {}
        for name in FORWARDED:
            if hasattr(_signal, name):
                number = getattr(_signal, name)
                self.before[number] = _signal.signal(number, self._forward)

    def _forward(self, signum, frame) -> None:
        self.sent.append(signum)
        if self.pid is not None:
            self._kill(signum)

    def _kill(self, signum: int) -> None:
        try:
            os.kill(self.pid, signum)
        except OSError:
            pass

    def to(self, pid: int) -> None:
        """Forward to ``pid`` from now on, and what came before it was known."""
        self.pid = pid
        for signum in list(self.sent):
            self._kill(signum)

    def ended_here(self) -> int | None:
        """The server did not take the command: None, to run it here, unless the user
        stopped it meanwhile (then it ends as an interrupted run does)."""
        return self.end_as_signalled() if self.sent else None

    def end_as_signalled(self) -> int:
        """End as the last signal ends a process (130 for a Ctrl-C, as a run gives), the
        handlers this process had put back first."""
        self.restore()
        last = self.sent[-1]
        if last != self.signal.SIGINT:
            self.signal.signal(last, self.signal.SIG_DFL)
            os.kill(os.getpid(), last)
        return 130

    def restore(self) -> None:
        for number, handler in self.before.items():
            try:
                self.signal.signal(number, handler)
            except (TypeError, ValueError, OSError):
                pass
        self.before = {}


def _streams_open() -> bool:
    """Whether standard input, output and error are all open (a closed one is the run's
    own business: the in-process run reports it as it always did)."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            return False
    return all(stream is not None for stream in (sys.stdin, sys.stdout, sys.stderr))


def request(argv: list[str]) -> dict:
    """What the run needs besides the standard streams: the command line, the folder, the
    environment, the file mode mask and how the streams are encoded here."""
    mask = os.umask(0o022)
    os.umask(mask)
    return {
        "protocol": server_link.PROTOCOL,
        "kind": "run",
        "argv": list(argv),
        "cwd": os.fsencode(os.getcwd()),
        "env": dict(os.environb),
        "umask": mask,
        "streams": [
            (stream.encoding, stream.errors) for stream in (sys.stdin, sys.stdout, sys.stderr)
        ],
    }


def _hand_over(link, argv: list[str]) -> int | None:
    """Send the request; the process id of the run once the server took it, else None."""
    try:
        server_link.send(link, request(argv), fds=(0, 1, 2))
        answer, _ = server_link.receive(link)
    except Exception:  # noqa: BLE001 - not taken: the command runs here
        return None
    if isinstance(answer, tuple) and len(answer) == 2 and answer[0] == "pid":
        return int(answer[1])
    return None  # ("refused", why): the server could not set up the run


def _wait(link, signals: _Forwarding) -> int:
    """Wait for the run's exit code; the user's signals go on to the run meanwhile."""
    try:
        link.settimeout(None)  # a command takes as long as it takes
        answer, _ = server_link.receive(link)
    except Exception:  # noqa: BLE001 - taken, but no exit code came back: said below
        answer = None
    if isinstance(answer, tuple) and len(answer) == 2 and answer[0] == "exit":
        if type(answer[1]) is int:
            return answer[1]
    if signals.sent:
        return signals.end_as_signalled()  # the run ended as the signal ends a process
    sys.stderr.write(
        "figcheck: internal error: the figcheck server stopped before the command ended"
        " (its output may be incomplete; FIGCHECK_SERVER=0 runs without it)\n"
    )
    sys.stderr.flush()
    return EXIT_INTERNAL
