"""Sentence splitting (blingfire, else a pure-Python splitter) within the paragraphs a loader found."""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import os
import re
import sys
import threading
from collections.abc import Callable
from typing import Any

from auditor.model import Sentence, Span
from auditor.reading.sentences_py import split_offsets

_BLANK_SPLIT = re.compile(r"\n[ \t\r\f\v]*\n")
_NON_SPACE = re.compile(r"\S")


def plain_paragraphs(text: str) -> list[Span]:
    """Paragraphs of a plain-text article.

    Hard-wrapped text (short lines, blank lines between blocks) keeps a block as
    one paragraph; text written a paragraph per line (as most exported copy is)
    makes every non-empty line a paragraph, so a title never runs into the lead.
    """
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        return []
    has_blank_blocks = _BLANK_SPLIT.search(text) is not None
    avg = sum(len(ln) for ln in lines) / len(lines)
    wrapped = has_blank_blocks and avg < 100 and len(lines) > text.count("\n\n") + 1
    spans: list[Span] = []
    if wrapped:
        start = 0
        for m in _BLANK_SPLIT.finditer(text):
            _add_trimmed(text, start, m.start(), spans)
            start = m.end()
        _add_trimmed(text, start, len(text), spans)
    else:
        start = 0
        for line in text.split("\n"):
            _add_trimmed(text, start, start + len(line), spans)
            start += len(line) + 1
    return spans


def _add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    out.append(Span(start + lead, start + lead + len(stripped)))


_SOFT_BREAK = re.compile(r"\r?\n[ \t]*(?=\S)")
_LINE_END = re.compile(r"[^\n]{40}\r?$")


def join_soft_breaks(text: str, paragraphs: list[Span]) -> str:
    """``text`` with the line breaks inside a paragraph made spaces, one character for one.

    A hard-wrapped paragraph ("Many analysts" at the end of one line, "suggest" at the start
    of the next) then reads as the prose it is, so phrases match across the break, in every
    format, and every offset still maps to the same place in the file. A break stays when
    the next line opens with a capital after a short line or a full stop: a title above a
    dateline, a list of names, one sentence per line.
    """
    if "\n" not in text:
        return text
    out: list[str] = []
    pos = 0
    for para in paragraphs:
        if text.find("\n", para.start, para.end) == -1:
            continue
        for m in _SOFT_BREAK.finditer(text, para.start, para.end):
            nxt = text[m.end()]
            if not (nxt.islower() or nxt.isdigit()):
                before = text[max(para.start, m.start() - 41) : m.start()]
                if before[-1:] in ".!?:" or not _LINE_END.search(before):
                    continue
            brk = m.group(0)
            indent = brk.lstrip("\r\n")
            out.append(text[pos : m.start()])
            out.append(" " * (len(brk) - len(indent)) + indent)  # "\r\n" -> two spaces: same length
            pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_LIBRARY = {"win32": "blingfiretokdll.dll", "darwin": "libblingfiretokdll.dylib"}


SPLITTER_ENV = "AUDITOR_SPLITTER"  # "python": use the pure-Python splitter even where blingfire loads
_PROBE = ("One sentence. Another one.", [(0, 13), (14, 26)])


@functools.lru_cache(maxsize=1)
def _sentence_splitter() -> Callable[[str], list[tuple[int, int]]]:
    """The sentence splitter: blingfire when its library loads and works, else a pure-Python one.

    blingfire's Python wrapper imports numpy at start-up (~0.1 s, and numpy is
    not among its declared dependencies) and maps byte offsets back to string
    offsets with a Python loop over every byte of the text, which profiling
    showed to be most of the audit's time. Calling the same native function
    directly, with the offsets mapped per sentence, gives identical sentences
    (tests/test_segment_fast.py compares them) several times faster. If the
    library cannot be loaded this way, the wrapper is tried; if that fails too
    (no binary for this platform, numpy missing) or the library gives wrong
    answers on a probe, :mod:`auditor.reading.sentences_py` splits instead
    (the same sentences on the seeds, 98-99 % of paragraphs on real pages).
    """
    if os.environ.get(SPLITTER_ENV, "").strip().lower() == "python":
        return split_offsets
    for load in (_native_splitter, _wrapper_splitter):
        try:
            split = load()
            if split(_PROBE[0]) == _PROBE[1]:
                return split
        except Exception:  # a missing, foreign or broken library: try the next way
            continue
    return split_offsets


def sentence_offsets(chunk: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets of one paragraph from the splitter in use (benchmarks compare them)."""
    return _sentence_splitter()(chunk)


def splitter_name() -> str:
    """Which splitter this process uses: "blingfire" or "python" (for --show-settings and tests)."""
    return "python" if _sentence_splitter() is split_offsets else "blingfire"


def _native_splitter() -> Callable[[str], list[tuple[int, int]]]:
    spec = importlib.util.find_spec("blingfire")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("blingfire not found")
    folder = next(iter(spec.submodule_search_locations))
    lib = ctypes.CDLL(os.path.join(folder, _LIBRARY.get(sys.platform, "libblingfiretokdll.so")))
    return functools.partial(_native_offsets, lib.TextToSentencesWithOffsets)


def _wrapper_splitter() -> Callable[[str], list[tuple[int, int]]]:
    from blingfire import text_to_sentences_and_offsets

    return lambda chunk: text_to_sentences_and_offsets(chunk)[1]


def _native_offsets(native: Callable[..., int], chunk: str) -> list[tuple[int, int]]:
    """Sentence (start, end) string offsets of ``chunk``, exactly as blingfire's wrapper returns them."""
    data = chunk.encode("utf-8")  # a lone surrogate raises here, as in the wrapper
    size = len(data) * 2
    out, starts, ends = _buffers(size)
    n = native(data, len(data), out, starts, ends, size)
    if n == -1 or n > size:
        return []
    count = out.value.count(b"\n") + 1
    flat = [0] * (2 * count)  # start, end, start, end, ...: interleaved by slice assignment (C speed)
    flat[::2] = starts[:count]
    flat[1::2] = [e + 1 for e in ends[:count]]
    length = len(data)
    ascii_text = length == len(chunk)
    # Non-decreasing (sorted copy equal), the last end within the text, every other offset before its end.
    ok = flat == sorted(flat) and flat[-1] <= length and flat[-2] < length
    ok = ok and (ascii_text or all(k == length or not 0x80 <= data[k] < 0xC0 for k in flat))
    if not ok:  # offsets the wrapper treats specially (empty output, mid-character): do what it does
        return _wrapper_mapping(data, len(chunk), flat)
    if ascii_text:  # byte offsets are string offsets
        return list(zip(flat[::2], flat[1::2], strict=True))
    mapped = [len(data[:k].decode("utf-8")) for k in flat]
    return list(zip(mapped[::2], mapped[1::2], strict=True))


_LOCAL = threading.local()


def _buffers(size: int) -> tuple[Any, Any, Any]:
    """Output buffers for the native call, reused per thread (allocating them was a tenth of the time)."""
    held = getattr(_LOCAL, "buffers", None)
    if held is None or held[0] < size:
        capacity = max(size, 2 * (held[0] if held else 0), 8192)
        out = ctypes.create_string_buffer(capacity)
        held = (capacity, out, (ctypes.c_int32 * capacity)(), (ctypes.c_int32 * capacity)())
        _LOCAL.buffers = held
    capacity, out, starts, ends = held
    # Zero what the call may touch (and one byte past it), so the buffers read as fresh ones would.
    ctypes.memset(out, 0, min(capacity, size + 1))
    ctypes.memset(starts, 0, 4 * size)
    ctypes.memset(ends, 0, 4 * size)
    return out, starts, ends


def _wrapper_mapping(data: bytes, n_chars: int, flat: list[int]) -> list[tuple[int, int]]:
    """The byte-to-character mapping of blingfire's Python wrapper, kept for its corner cases."""
    mapped: list[int] = []
    char = 0
    for index, byte in enumerate(data):
        if byte & 0xC0 != 0x80:
            while len(mapped) < len(flat) and flat[len(mapped)] == index:
                mapped.append(char)
            char += 1
    if len(mapped) < len(flat):
        mapped.append(n_chars)
    if len(mapped) != len(flat):
        raise ValueError("blingfire offsets do not map onto the text")
    return list(zip(mapped[::2], mapped[1::2], strict=True))


def split_sentences(text: str, paragraphs: list[Span]) -> list[Sentence]:
    """Sentences of every paragraph, with exact spans into ``text``."""
    sentences_and_offsets = _sentence_splitter()

    sentences: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        chunk = text[para.start : para.end]
        if not _NON_SPACE.search(chunk):
            continue
        try:
            offsets = sentences_and_offsets(chunk)
        except Exception:  # blingfire refuses some odd input; fall back to one sentence
            offsets = [(0, len(chunk))]
        if not offsets:
            offsets = [(0, len(chunk))]
        size = len(chunk)
        for start, end in offsets:
            if not 0 <= start <= end <= size:  # the splitter's offsets are in order and in range but for odd input
                start = max(0, min(start, size))
                end = max(start, min(end, size))
            raw = chunk[start:end]
            piece = raw.strip()
            if not piece:
                continue
            lead = 0 if len(piece) == len(raw) else len(raw) - len(raw.lstrip())
            s = para.start + start + lead
            sentences.append(Sentence(Span(s, s + len(piece)), piece, p_index, len(sentences)))
    return sentences
