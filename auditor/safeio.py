"""Write files so that a crash, a full disk or a concurrent run never leaves a cut or mixed file.

Every file auditor writes goes through :func:`atomic_write`: a unique temporary
name in the same folder (so the final rename stays on one file system), flushed
and synced, then moved over the old file in one step. Readers see the old file
or the new one, never half of one; a failure removes the temporary file and
leaves the old one as it was. The scorecards of a large run are written with
``sync=False`` and made durable together by one :func:`sync_filesystem` before
the run's index says it is complete: one ``fsync`` per scorecard cost more wall
time than auditing the article. Read-modify-write files (accepted findings,
baselines) are also taken under :func:`locked`, so concurrent commands each keep
their change.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def atomic_write(path: Path, encoding: str = "utf-8", sync: bool = True) -> Iterator[IO[str]]:
    """Open a text stream whose content replaces ``path`` atomically when the block ends without error.

    ``sync=False`` skips the ``fsync`` (the rename is as atomic; durability is left to a later
    :func:`sync_filesystem`)."""
    with _atomic(path, binary=False, encoding=encoding, sync=sync) as fh:
        yield fh


def write_text_atomic(path: Path, text: str, sync: bool = True) -> None:
    """Replace ``path`` with ``text`` atomically."""
    with atomic_write(path, sync=sync) as fh:
        fh.write(text)


def sync_filesystem(folder: Path) -> None:
    """Flush to disk everything written on ``folder``'s file system: ``syncfs(2)`` on Linux (one
    journal commit for thousands of files), ``sync(2)`` elsewhere. Raises the OSError of a failed
    write-back, naming the folder."""
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            if libc.syncfs(fd) != 0:
                err = ctypes.get_errno()
                raise OSError(err, os.strerror(err), str(folder))
        finally:
            os.close(fd)
        return
    os.sync()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (caches: never a half-written file)."""
    with _atomic(path, binary=True, encoding=None) as fh:
        fh.write(data)


@contextlib.contextmanager
def _atomic(path: Path, binary: bool, encoding: str | None, sync: bool = True) -> Iterator[IO[Any]]:
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    import tempfile  # here: a run that writes nothing does not import it

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=folder)
    try:
        stream = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline="")
        with stream as fh:
            yield fh
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not exc.filename:  # write() and fsync() name no file: say which
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock for ``path`` (on ``path.lock`` beside it) while the block runs.

    ``fcntl.flock`` is used rather than a package: it ships with Python, the kernel
    releases it when the process dies (no stale lock files to clean up after kill -9),
    and the lock file is never deleted, so two processes cannot lock two different
    inodes. Where flock does not exist (Windows) the block runs unlocked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def check_writable(path: Path) -> None:
    """Raise the OSError a later write of ``path`` would meet, before any work is done.

    The nearest existing folder above ``path`` must be a folder we may write in,
    and ``path`` itself must not be a folder.
    """
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "is a folder, not a file", str(path))
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise NotADirectoryError(20, "is a file, not a folder", str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(13, "cannot write in this folder", str(folder))
