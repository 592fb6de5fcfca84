"""Sentence splitting (blingfire) within the paragraphs a loader found."""

from __future__ import annotations

import re

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


def split_sentences(text: str, paragraphs: list[Span]) -> list[Sentence]:
    """Sentences of every paragraph, with exact spans into ``text``."""
    from blingfire import text_to_sentences_and_offsets

    sentences: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        chunk = text[para.start : para.end]
        if not _NON_SPACE.search(chunk):
            continue
        try:
            _, offsets = text_to_sentences_and_offsets(chunk)
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
