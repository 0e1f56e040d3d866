"""Write a command's output to ``-o FILE``: all of it or nothing, so that a failed run never
leaves half a file (a report of ``check`` or ``extract``, the findings of ``scan``).

The output goes to a temporary file beside the target, which then replaces it in one
rename; an error before that (bad input, a full disk) leaves the old file as it was.
Only a regular file is replaced so: a symbolic link is written through (the file it
names is replaced, the link stays), and a device or a pipe (``-o /dev/null``,
``-o /dev/stdout``, a named pipe), or any file under /dev or /proc, is written to as it
is, never replaced by a file.
"""

from __future__ import annotations

import os
import stat
import tempfile

from figcheck.errors import InputError


def write_atomically(path: str, data: str | bytes) -> None:
    """``data`` (text as UTF-8) in the file at ``path``, whole; InputError where it cannot be."""
    try:
        mode = os.stat(path).st_mode  # (what a link names, as a descriptor's link does)
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if _system_file(path) or mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        _write_through(path, data)
        return
    target = os.path.realpath(path)
    directory = os.path.dirname(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".figcheck-", dir=directory)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(_encoded(data))
        os.chmod(temporary, mode & 0o777 if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as exc:
        _remove(temporary)
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        _remove(temporary)
        raise


#: Folders of the system's own files: "/dev/stdout" or "/proc/self/fd/1" may name a file a
#: shell opened for this command, which a rename would leave behind.
SYSTEM_FOLDERS = ("/dev/", "/proc/")


def _system_file(path: str) -> bool:
    return os.path.abspath(path).startswith(SYSTEM_FOLDERS)


def _write_through(path: str, data: str | bytes) -> None:
    """Write to a device or a pipe as it is: it holds no old output to keep."""
    try:
        with open(path, "wb") as file:
            file.write(_encoded(data))
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _encoded(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
