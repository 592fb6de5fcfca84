"""Word lists as fast regular expressions: prefix-sharing tries over lower-cased text.

Python's ``re`` tries the alternatives of ``a|b|c`` one after another at every
position, so a pattern of 300 phrases costs 300 tests per character. Written as
a trie (``re(?:cord(?: high)?|...)``) a position that starts no entry costs one
test. Case-insensitive matching (``re.I``) is itself slow, so callers scan
:func:`fold` of the text instead: lower case with the same length and offsets.
"""

from __future__ import annotations

import re

from auditor.model import Document

SEP = r"(?:[ \t\xa0]*[\-‐‑–][ \t\xa0]*|\s+)"
"""Between the words of an entry: spaces, or a hyphen of any kind."""

_WORD_SPLIT = re.compile(r"[\s\-‐‑–]+")
_NORMALISE = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-"})
_ASCII_LOWER = {i: i + 32 for i in range(65, 91)}


def fold(text: str) -> str:
    """Lower case without moving any offset (``str.lower`` may lengthen a few letters)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def normalise(term: str) -> str:
    """Lower case, straight apostrophes, hyphens as spaces: how terms are compared."""
    return " ".join(w for w in _WORD_SPLIT.split(term.translate(_NORMALISE).lower().strip()) if w)


def trie_regex(terms: list[str] | set[str]) -> str:
    """Lower-case entries as one prefix-sharing regex (never matches when empty).

    A space in an entry matches spaces or any hyphen; an apostrophe matches ' or ’.
    At each point the longer entry is tried first, so "record high" wins over "record".
    """
    trie: dict[str, dict] = {}
    for term in {normalise(t) for t in terms if t and t.strip()}:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie) if trie else r"(?!x)x"


def _atom(ch: str) -> str:
    if ch == " ":
        return SEP
    if ch == "'":
        return "['’]"
    return re.escape(ch)


def _emit(node: dict) -> str:
    branches = [_atom(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_TOKEN = re.compile(r"[a-z0-9]+")


def folded(doc: Document) -> str:
    """The document's text folded once (see :func:`fold`), shared by every rule."""
    return doc.derived("folded-text", lambda d: fold(d.text))


def present_words(doc: Document) -> frozenset[str]:
    """The distinct words of the folded text (one C-level pass), shared by every rule."""
    return doc.derived("folded-words", lambda d: frozenset(_TOKEN.findall(folded(d))))


def occurrences(low: str, words: frozenset[str], present: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """Whole-word occurrences in ``low`` of ``words``: sorted (offset, word).

    Only words the text holds (``present``) are looked for, each with ``str.find``:
    rules try their patterns at these offsets instead of at every character.
    """
    if present is None:
        present = frozenset(_TOKEN.findall(low))
    out: list[tuple[int, str]] = []
    size = len(low)
    for word in words & present:
        i = low.find(word)
        while i != -1:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (j >= size or not low[j].isalnum()):
                out.append((i, word))
            i = low.find(word, j)
    out.sort()
    return out


def previous_word_start(low: str, pos: int) -> int:
    """Where the word before ``pos`` starts (``pos`` itself when there is none)."""
    i = pos
    while i > 0 and low[i - 1] in " \t\xa0-‐‑–":
        i -= 1
    j = i
    while j > 0 and low[j - 1].isalnum():
        j -= 1
    return j if j < i else pos


# Entries starting with one of these are found through their second word.
STOP_WORDS = frozenset(
    ["a", "an", "the", "it", "is", "are", "was", "were", "on", "of", "for", "to", "in", "there", "at", "by"]
)


def first_words(terms: list[str] | set[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Trigger words for entries: (first words, second words of entries opening with a stop word)."""
    first, second = set(), set()
    for term in terms:
        words = _TOKEN.findall(normalise(term))
        if len(words) > 1 and words[0] in STOP_WORDS:
            second.add(words[1])
        elif words:
            first.add(words[0])
    return frozenset(first), frozenset(second)
