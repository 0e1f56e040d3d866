"""A digest of figcheck's own code, so that what was kept or started by one version of it
is never used by another (the figures kept by figcheck.figure_cache, the server of
figcheck.server). It is kept cheap: names, sizes and times of change, no file read.
"""

from __future__ import annotations

import os


def blake2b(**options):
    """A BLAKE2b digest, from hashlib's own module where it can: loading OpenSSL through
    hashlib costs some 3 ms of a short run."""
    try:
        from _blake2 import blake2b as digest
    except ImportError:
        from hashlib import blake2b as digest
    return digest(**options)


def package_stamp(package: str | os.PathLike) -> bytes:
    """16 bytes naming the package's files by name, size and time of change."""
    stamp = blake2b(digest_size=16)
    for name, size, changed in sorted(package_files(package)):
        stamp.update(f"{name}\0{size}\0{changed}\n".encode("utf-8", "surrogateescape"))
    return stamp.digest()


def package_files(folder: str | os.PathLike):
    """(relative name, size, time of change) of every file under ``folder`` but bytecode."""
    root = os.fspath(folder)
    stack = [root]
    while stack:
        here = stack.pop()
        try:
            entries = list(os.scandir(here))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        stack.append(entry.path)
                    continue
                info = entry.stat()
            except OSError:
                continue
            yield entry.path[len(root) :], info.st_size, info.st_mtime_ns
