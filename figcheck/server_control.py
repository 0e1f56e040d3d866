"""What `figcheck serve` does and prints: start a server of this code, say which servers
run, stop them (figcheck.server, figcheck.server_link)."""

from __future__ import annotations

import os
import time

from figcheck import server_link
from figcheck.errors import InputError

#: Seconds ``serve`` waits for a new server to answer (it imports and warms up first).
START_SECONDS = 60.0
#: Seconds ``serve --stop`` waits for a stopped server's socket to go.
STOP_SECONDS = 10.0


def _path(environ) -> str:
    if server_link.turned_off({}):
        raise InputError("this system cannot pass files over Unix sockets: no server")
    path = server_link.socket_path(environ)
    if path is None:
        folder = server_link.runtime_folder(environ, create=False) or "the runtime folder"
        raise InputError(
            f"no private folder for the server's socket ({folder} must be yours, mode 0700, "
            f"its path short; {server_link.RUNTIME_ENV} names another)"
        )
    return path


def start(idle_minutes: float, environ=os.environ) -> str:
    """Start a server of this code unless one runs; a line saying which runs."""
    if idle_minutes <= 0:
        raise InputError(f"--idle-minutes must be more than 0, not {idle_minutes:g}")
    path = _path(environ)
    answer = server_link.ask(path, "status")
    if answer is not None:
        return f"a figcheck server runs already: {describe(answer)}"
    if server_link.start(environ, idle_minutes) is None:
        raise InputError("could not start a figcheck server")
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        answer = server_link.ask(path, "status")
        if answer is not None:
            return f"figcheck server started: {describe(answer)}"
        time.sleep(0.05)
    raise InputError(f"the figcheck server did not answer within {START_SECONDS:g} s")


def status(environ=os.environ) -> str:
    """A line per server running in the folder (this code's, or older code's)."""
    path = _path(environ)
    lines = []
    for other in server_link.sockets(os.path.dirname(path)):
        answer = server_link.ask(other, "status")
        if answer is not None:
            whose = "" if other == path else " (other code: not used by this figcheck)"
            lines.append(f"{describe(answer)}{whose}")
    return "\n".join(lines) if lines else "no figcheck server runs"


def stop(environ=os.environ) -> str:
    """Stop every server in the folder; a line saying how many."""
    path = _path(environ)
    stopped = []
    for other in server_link.sockets(os.path.dirname(path)):
        if server_link.ask(other, "stop") is not None:
            stopped.append(other)
    deadline = time.monotonic() + STOP_SECONDS
    while any(os.path.exists(p) for p in stopped) and time.monotonic() < deadline:
        time.sleep(0.02)
    if not stopped:
        return "no figcheck server runs"
    return f"stopped {len(stopped)} figcheck server{'s' if len(stopped) > 1 else ''}"


def describe(answer: dict) -> str:
    """pid, age, commands run, idle time and socket of a server's status answer."""
    up = max(0, int(time.time() - float(answer.get("started", time.time()))))
    served = answer.get("served")
    return (
        f"pid {answer.get('pid')}, up {up // 60} min {up % 60} s, {served} "
        f"command{'' if served == 1 else 's'} run, stops after {float(answer.get('idle_minutes', 0)):g} idle minutes, "
        f"socket {answer.get('socket')}"
    )
