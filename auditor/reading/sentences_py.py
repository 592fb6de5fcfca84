"""A pure-Python sentence splitter, used when blingfire's native library cannot load.

blingfire ships compiled libraries for x86-64 only (and its Python wrapper needs numpy, which
it does not declare), so on another machine auditor would otherwise not split sentences at
all. This splitter follows the same conventions as blingfire's English model, as far as
rules can: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes and
brackets) followed by white space and a capital letter or an opening quote or bracket; not
after a title (``Mr.``, ``Gen.``), an initial (``J. K. Rowling``) or, unless a common
sentence opener follows, a dotted abbreviation (``U.S. Army``); never before a digit or a
lower-case word. How often its boundaries equal blingfire's is measured by
``bench/sentence_fallback.py`` (bench/RESULTS.md).
"""

from __future__ import annotations

import re

# Words after which a full stop does not end the sentence when a name follows.
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "brig",
        "cpl",
        "pvt",
        "st",
        "mt",
        "ft",
        "rev",
        "hon",
        "pres",
        "supt",
        "det",
        "insp",
        "messrs",
        "mme",
        "mlle",
        "sr",
        "sra",
        "srta",
    ]
)
# A capitalised word that very often opens a sentence: after a dotted abbreviation ("U.S.")
# a full stop before one of these ends the sentence; before other capitalised words it does not.
OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "to",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "although",
        "though",
        "however",
        "meanwhile",
        "now",
        "then",
        "still",
        "also",
        "many",
        "most",
        "some",
        "no",
        "not",
        "one",
        "two",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)

_END = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s)|[\u3002\uff01\uff1f]+[\u300d\u300f\uff09\u201d\u2019]*"
)
_WIDE = frozenset("\u3002\uff01\uff1f")  # 。！？ end a sentence whatever follows, space or not
_NEXT = re.compile(r"\s+([\"'\u201c\u2018\u00ab(\[]?)(\w+)?")
_WORD_BEFORE = re.compile(r"([\w.]*)$")


def _ends_sentence(chunk: str, m: re.Match[str]) -> int | None:
    """Where the next sentence starts if the terminator ``m`` ends one, else None."""
    if m.group()[0] in _WIDE:
        rest = len(chunk) - len(chunk[m.end() :].lstrip())
        return rest if rest < len(chunk) else None
    nxt = _NEXT.match(chunk, m.end())
    if nxt is None or nxt.end() == m.end():
        return None
    opener, word = nxt.group(1), nxt.group(2) or ""
    first = word[:1]
    capital = first.isupper() or (first.isalpha() and not first.islower())  # Arabic, Hebrew, CJK: no case
    if not opener and not capital:
        return None  # a digit, a lower-case word, a dash or a symbol: the sentence goes on
    if opener and not word:
        return None
    if chunk[m.start()] != "." or m.group().startswith(".."):
        return nxt.start(1)  # !, ?, … and ellipses end the sentence
    before = _WORD_BEFORE.search(chunk, 0, m.start()).group(1)
    bare = before.rstrip(".").rsplit(".", 1)[-1]
    if not bare:
        return nxt.start(1)
    if bare.lower() in TITLES and not opener:
        return None
    if "." in before.strip("."):
        return nxt.start(1) if word.lower() in OPENERS else None  # "U.S. The" ends, "U.S. Army" does not
    if len(bare) == 1 and bare.isupper() and not opener:
        return None  # an initial
    return nxt.start(1)


def split_offsets(chunk: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets of ``chunk``, in the shape of blingfire's."""
    out: list[tuple[int, int]] = []
    start = len(chunk) - len(chunk.lstrip())
    for m in _END.finditer(chunk):
        if m.start() < start:
            continue
        nxt = _ends_sentence(chunk, m)
        if nxt is not None:
            out.append((start, m.end()))
            start = nxt
    end = len(chunk.rstrip())
    if start < end:
        out.append((start, end))
    return out
