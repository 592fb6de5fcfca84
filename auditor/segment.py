"""Sentence splitting (blingfire) within the paragraphs a loader found."""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import platform
import re
from pathlib import Path

from auditor.model import Sentence, Span

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


@functools.lru_cache(maxsize=1)
def _blingfire() -> ctypes.CDLL:
    """blingfire's compiled library, loaded directly.

    Importing the ``blingfire`` package would import numpy (undeclared by it, and
    ~0.1 s of start-up) for functions we do not use.
    """
    spec = importlib.util.find_spec("blingfire")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("blingfire is not installed: pip install blingfire")
    folder = Path(next(iter(spec.submodule_search_locations)))
    name = {"Windows": "blingfiretokdll.dll", "Darwin": "libblingfiretokdll.dylib"}.get(
        platform.system(), "libblingfiretokdll.so"
    )
    return ctypes.cdll.LoadLibrary(str(folder / name))


def sentence_offsets(chunk: str) -> list[tuple[int, int]]:
    """blingfire's sentence boundaries as character offsets into ``chunk``.

    blingfire's own Python wrapper maps byte offsets to characters with a
    Python loop over every byte (~3 ms per 5 KB article); this calls the same
    library function and maps only the boundaries, in C-speed slices.
    """
    from ctypes import byref, c_char_p, c_int, c_int32, create_string_buffer

    data = chunk.encode("utf-8")
    size = len(data)
    if size == 0:
        return []
    out = create_string_buffer(size * 2)
    starts = (c_int32 * (size * 2))()
    ends = (c_int32 * (size * 2))()
    n = _blingfire().TextToSentencesWithOffsets(
        c_char_p(data), c_int(size), byref(out), byref(starts), byref(ends), c_int(size * 2)
    )
    if n <= 0 or n > size * 2:
        return [(0, len(chunk))]
    count = out.value.count(b"\n") + 1
    pairs = [(starts[i], ends[i] + 1) for i in range(count)]
    if size == len(chunk):  # ASCII: bytes are characters
        return pairs
    to_char: dict[int, int] = {}
    chars = prev = 0
    for point in sorted({p for pair in pairs for p in pair}):
        chars += len(data[prev:point].decode("utf-8", "ignore"))
        prev = point
        to_char[point] = chars
    return [(to_char[a], to_char[b]) for a, b in pairs]


def split_sentences(text: str, paragraphs: list[Span]) -> list[Sentence]:
    """Sentences of every paragraph, with exact spans into ``text``."""
    sentences: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        chunk = text[para.start : para.end]
        if not _NON_SPACE.search(chunk):
            continue
        try:
            offsets = sentence_offsets(chunk)
        except Exception:  # blingfire refuses some odd input; fall back to one sentence
            offsets = [(0, len(chunk))]
        if not offsets:
            offsets = [(0, len(chunk))]
        for start, end in offsets:
            start = max(0, min(start, len(chunk)))
            end = max(start, min(end, len(chunk)))
            piece = chunk[start:end]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if not piece:
                continue
            s = para.start + start + lead
            sentences.append(Sentence(Span(s, s + len(piece)), piece, p_index, len(sentences)))
    return sentences
