"""The direct call into blingfire's native splitter gives the wrapper's sentences exactly."""

from __future__ import annotations

import random

import pytest
from conftest import SEEDS

from auditor.model import Span
from auditor.reading.segment import _sentence_splitter, split_sentences

SAMPLES = [
    "",
    "One sentence.",
    "Dr. Smith arrived at 9 a.m. on Monday. He left at noon! Did he return? No.",
    "Prices rose 3.5% in the U.S. last year. Analysts said so.",
    "Café owners in Zürich — and in Malmö — said “no”. Then they left.",
    "日本語の文です。二つ目の文です。",
    "Emoji 😀 in a sentence. 👩‍👩‍👧 family. Done.",
    "Combining e\u0301 accents. Right-to-left \u202eText. End.",
    "\u200b",
    "\u200b\x00",
    "a\u200b",
    "Zero\u200bwidth. Next\u2028line.",
    "  leading and trailing spaces.   ",
    "Line one\nline two. Sentence three.",
]


def _wrapper():
    try:
        from blingfire import text_to_sentences_and_offsets
    except ImportError:  # the wrapper needs numpy, which blingfire does not declare
        pytest.skip("blingfire's Python wrapper (numpy) is not installed")
    return text_to_sentences_and_offsets


def _both(fn, text):
    try:
        return fn(text)
    except Exception as exc:
        return type(exc).__name__


def _texts() -> list[str]:
    rng = random.Random(7)
    alphabet = [*"abc XYZ.!?\n\t\"'19", "é", "ß", "你", "😀", "\u0301", "\u200b", "\x00", "\u2028", "ﬁ", "א", "\r", "…"]
    texts = list(SAMPLES)
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 50))) for _ in range(1500)]
    for seed in sorted(SEEDS.glob("*.txt")):
        texts += seed.read_text(encoding="utf-8").splitlines()
    random.Random(3).shuffle(texts)  # long and short texts interleaved: the native buffers are reused
    return texts


def test_native_offsets_match_the_wrapper() -> None:
    wrapper = _wrapper()
    fast = _sentence_splitter()
    for text in _texts():
        if not text.strip():
            continue  # split_sentences never asks about blank paragraphs
        assert _both(fast, text) == _both(lambda t: wrapper(t)[1], text), repr(text)


def test_split_sentences_unchanged() -> None:
    wrapper = _wrapper()
    for text in _texts():
        got = split_sentences(text, [Span(0, len(text))])
        for s in got:
            assert text[s.span.start : s.span.end] == s.text
        try:
            expected = wrapper(text)[1] or [(0, len(text))]
        except Exception:
            expected = [(0, len(text))]
        pieces = [text[a:b].strip() for a, b in expected]
        assert [s.text for s in got] == [p for p in pieces if p], repr(text)


def test_lone_surrogate_falls_back_to_one_sentence() -> None:
    text = "Broken \ud800 text. Second."
    assert [s.text for s in split_sentences(text, [Span(0, len(text))])] == [text]
