"""The link between a figcheck command and a figcheck server (figcheck.server): where the
server listens, whom a client trusts, what a message looks like.

A server listens on a Unix socket in a folder only its user may enter
(``$FIGCHECK_RUNTIME_DIR``, else ``$XDG_RUNTIME_DIR/figcheck``, else
``/tmp/figcheck-UID``): a folder or socket owned by another user, or a folder others may
enter, is never used. The socket's name carries a key of the code it runs (figcheck's
files, the Python build, the interpreter's flags), so a client only ever talks to a server
running the very code it would run itself; a server of older code is left to stop when
idle. Both ends check the other's user (SO_PEERCRED).

This module is imported by every command before it knows whether a server runs, so it
imports nothing but what the interpreter has loaded already and the socket's C module.
A message is a 4-byte length and a ``marshal`` blob; the request of a run carries the
client's standard streams as file descriptors (SCM_RIGHTS).
"""

from __future__ import annotations

import marshal
import os
import sys

#: ``0`` runs every command in its own process; ``auto`` starts a server when none runs;
#: unset (or anything else) uses a server when one runs.
SERVER_ENV = "FIGCHECK_SERVER"
#: The folder of the servers' sockets (default: $XDG_RUNTIME_DIR/figcheck, /tmp/figcheck-UID).
RUNTIME_ENV = "FIGCHECK_RUNTIME_DIR"
#: The messages' layout; part of the key, so a client never talks to a server of another.
PROTOCOL = 1
#: Minutes a server waits for a request before it stops.
IDLE_MINUTES = 60.0
#: Longest socket path the system takes (sun_path holds 108 bytes with its NUL).
LONGEST_PATH = 107
#: A message longer than this is refused (an environment is some kilobytes).
LONGEST_MESSAGE = 1 << 22


def turned_off(environ=os.environ) -> bool:
    """Whether this run should not use a server (``FIGCHECK_SERVER=0``) or cannot."""
    if environ.get(SERVER_ENV, "").strip().lower() in ("0", "off", "no", "false"):
        return True
    return _unix_socket_module() is None


def _unix_socket_module():
    """``_socket`` where it can pass file descriptors over Unix sockets and tell the peer's
    user; None elsewhere."""
    try:
        import _socket
    except ImportError:
        return None
    needed = ("AF_UNIX", "SCM_RIGHTS", "SO_PEERCRED")
    if not all(hasattr(_socket, name) for name in needed):
        return None
    if not hasattr(_socket.socket, "sendmsg") or not hasattr(os, "getuid"):
        return None
    return _socket


def package_folder() -> str:
    return os.path.dirname(os.path.abspath(__file__))


def server_key() -> str:
    """The key of the code a server runs: figcheck's files and where they are, the Python
    build and its flags, and the messages' layout."""
    from figcheck.code_stamp import blake2b, package_stamp

    folder = package_folder()
    digest = blake2b(digest_size=10)
    for part in (PROTOCOL, sys.version, sys.executable, tuple(sys.flags), folder):
        digest.update(f"{part}\0".encode("utf-8", "surrogateescape"))
    digest.update(package_stamp(folder))
    return digest.hexdigest()


def runtime_folder(environ=os.environ, create: bool = True) -> str | None:
    """The private folder of this user's servers, made if missing; None if it cannot be
    trusted (another owner, or others may enter it)."""
    folder = environ.get(RUNTIME_ENV)
    if not folder:
        base = environ.get("XDG_RUNTIME_DIR")
        if base and os.path.isabs(base):
            folder = os.path.join(base, "figcheck")
        else:
            folder = os.path.join("/tmp", f"figcheck-{os.getuid()}")
    if create:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except OSError:
            return None
    return folder if trusted_folder(folder) else None


def any_listening(environ=os.environ) -> bool:
    """Whether any server of this user may listen (a socket in the trusted folder): when
    none does, a command runs on its own without working out which server it would use."""
    folder = runtime_folder(environ, create=False)
    try:
        return folder is not None and any(n.endswith(".sock") for n in os.listdir(folder))
    except OSError:
        return False


def trusted_folder(folder: str) -> bool:
    """Whether ``folder`` is a real folder of this user that no one else may enter."""
    import stat

    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077
    )


def socket_path(environ=os.environ, create: bool = True) -> str | None:
    """Where the server of this code listens (or would), or None when no trusted folder or
    the path is too long for a socket."""
    folder = runtime_folder(environ, create)
    if folder is None:
        return None
    path = os.path.join(folder, f"server-{sys.implementation.cache_tag}-{server_key()}.sock")
    return path if len(os.fsencode(path)) <= LONGEST_PATH else None


def connect(path: str, timeout: float | None = None):
    """A socket connected to the server at ``path``, or None: no server there, or a socket
    file or a peer of another user."""
    import stat

    _socket = _unix_socket_module()
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if _socket is None or not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        return None
    link = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        link.settimeout(timeout)
        link.connect(path)
        if peer_uid(link) != os.getuid():
            raise OSError("the server runs as another user")
    except OSError:
        link.close()
        return None
    return link


def peer_uid(link) -> int | None:
    """The user id of the process at the other end of a Unix socket."""
    _socket = _unix_socket_module()
    try:
        credentials = link.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, 12)
    except (OSError, AttributeError):
        return None
    return int.from_bytes(credentials[4:8], sys.byteorder)


def send(link, message, fds: tuple[int, ...] = ()) -> None:
    """Send one message (and file descriptors with it); raises OSError."""
    _socket = _unix_socket_module()
    blob = marshal.dumps(message)
    data = len(blob).to_bytes(4, "little") + blob
    ancillary = []
    if fds:
        rights = b"".join(fd.to_bytes(4, sys.byteorder, signed=True) for fd in fds)
        ancillary = [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, rights)]
    sent = link.sendmsg([data], ancillary)
    if sent < len(data):
        link.sendall(data[sent:])


def receive(link, most_fds: int = 0):
    """One message and the file descriptors that came with it: (message, fds); (None, ())
    at the end of the stream. Raises OSError or ValueError on a damaged message."""
    _socket = _unix_socket_module()
    room = _socket.CMSG_SPACE(4 * most_fds) if most_fds else 0
    head, ancillary, _, _ = link.recvmsg(4, room)
    fds = _descriptors(ancillary)
    if not head:
        return None, fds
    while len(head) < 4:
        more = link.recv(4 - len(head))
        if not more:
            raise ValueError("a message cut short")
        head += more
    size = int.from_bytes(head, "little")
    if size > LONGEST_MESSAGE:
        raise ValueError("a message too long")
    parts, left = [], size
    while left:
        part = link.recv(min(left, 1 << 16))
        if not part:
            raise ValueError("a message cut short")
        parts.append(part)
        left -= len(part)
    try:
        return marshal.loads(b"".join(parts)), fds
    except (EOFError, TypeError) as exc:
        raise ValueError("a damaged message") from exc


def _descriptors(ancillary) -> tuple[int, ...]:
    _socket = _unix_socket_module()
    fds = []
    for level, kind, data in ancillary:
        if level == _socket.SOL_SOCKET and kind == _socket.SCM_RIGHTS:
            usable = len(data) - len(data) % 4
            fds += [int.from_bytes(data[i : i + 4], sys.byteorder) for i in range(0, usable, 4)]
    return tuple(fds)


def ask(path: str, question: str, timeout: float = 5.0):
    """A server's answer to ``status`` or ``stop`` (a dict), or None when none answers."""
    link = connect(path, timeout)
    if link is None:
        return None
    try:
        send(link, {"protocol": PROTOCOL, "kind": question})
        answer, _ = receive(link)
    except (OSError, ValueError):
        return None
    finally:
        link.close()
    return answer if isinstance(answer, dict) else None


def sockets(folder: str) -> list[str]:
    """Every server socket in the folder, this code's or another's."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(
        os.path.join(folder, name)
        for name in names
        if name.startswith("server-") and name.endswith(".sock")
    )


def start(environ=os.environ, idle_minutes: float = IDLE_MINUTES) -> int | None:
    """Start a server of this code in the background, detached from the terminal (its own
    session, standard streams on /dev/null); its process id, or None if it could not."""
    code = (
        "import sys; del sys.path[0]; from figcheck.server import main; "
        f"sys.exit(main(['--idle-minutes', {str(idle_minutes)!r}]))"
    )
    env = dict(environ)
    # the server imports this very package, from wherever it is started
    parent = os.path.dirname(package_folder())
    env["PYTHONPATH"] = os.pathsep.join(p for p in (parent, env.get("PYTHONPATH")) if p)
    env.pop(SERVER_ENV, None)
    null = os.devnull
    actions = [(os.POSIX_SPAWN_OPEN, fd, null, os.O_RDWR, 0) for fd in (0, 1, 2)]
    try:
        return os.posix_spawn(
            sys.executable, [sys.executable, "-c", code], env, file_actions=actions, setsid=True
        )
    except (OSError, AttributeError, TypeError, NotImplementedError):
        return None
