"""Read a file's bytes safely and decode them, or say why it cannot be audited."""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}
_CONTROL_BYTES = bytes(sorted(_CONTROL))


@dataclass(slots=True)
class Decoded:
    """Text decoded from a file, with a note when the encoding was guessed."""

    text: str
    encoding: str
    note: str | None
    size: int


@dataclass(slots=True)
class Unreadable:
    """A file that will not be audited, and why (shown to the editor)."""

    reason: str
    severity: str  # "error" or "warning"
    size: int


def human_size(size: int) -> str:
    for unit, factor in (("GB", 1000**3), ("MB", 1000**2), ("KB", 1000)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"


def read_source(path: Path, max_size: int) -> Decoded | Unreadable:
    """Read ``path`` without ever loading more than ``max_size`` bytes."""
    try:
        info = path.stat()
    except OSError as exc:
        return Unreadable(f"the file could not be read ({exc.strerror or exc})", "error", 0)
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end: never opened
        return Unreadable(f"not a regular file ({_kind(info.st_mode)}); only regular files are read", "error", 0)
    size = info.st_size
    if size > max_size:
        return Unreadable(
            f"the file is {human_size(size)}, over the {human_size(max_size)} limit (raise max-file-size to audit it)",
            "error",
            size,
        )
    try:
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as fh:
            data = fh.read(max_size + 1)
    except OSError as exc:
        return Unreadable(f"the file could not be read ({exc.strerror or exc})", "error", size)
    if len(data) > max_size:  # grew while we looked
        return Unreadable(f"the file is over the {human_size(max_size)} limit", "error", len(data))
    return decode_bytes(data)


def decode_bytes(data: bytes) -> Decoded | Unreadable:
    """UTF-8 (with or without BOM) directly; anything else through a detector."""
    size = len(data)
    if not data.strip():
        return Unreadable("the file is empty", "warning", size)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[3:].decode("utf-8"), "utf-8-sig", None, size)
        except UnicodeDecodeError:
            pass
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                break
            return Decoded(text.lstrip("\ufeff"), name, "the file is UTF-16; decoded from its byte-order mark", size)
    if _looks_binary(data):
        return Unreadable("the file is binary, not text", "error", size)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", None, size)
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    from charset_normalizer import from_bytes  # only for files that need it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return Unreadable("the file is not valid UTF-8 and its encoding could not be detected", "error", size)
    text = str(best)
    note = (
        f"the file is not valid UTF-8 (first bad byte at offset {bad_at}); "
        f"decoded as {best.encoding} by detection, so check unusual characters"
    )
    return Decoded(text, best.encoding, note, size)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return controls > max(8, len(head) // 20)


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "a special file"
