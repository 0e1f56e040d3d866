"""Write a report to ``-o FILE``: all of it or nothing, so a failed run never leaves half a file.

The text goes to a temporary file beside the target, which then replaces it in one
rename; an error before that (bad input, a full disk) leaves the old file as it was.
"""

from __future__ import annotations

import os
import tempfile

from figcheck.errors import FigcheckError


def write_atomically(path: str, text: str) -> None:
    directory = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".figcheck-", dir=directory)
    except OSError as exc:
        raise FigcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        if os.path.exists(path):
            os.chmod(temporary, os.stat(path).st_mode & 0o777)
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as exc:
        _remove(temporary)
        raise FigcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        _remove(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
