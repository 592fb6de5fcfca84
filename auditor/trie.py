"""Word lists as fast regular expressions: prefix-sharing tries over lower-cased text.

Python's ``re`` tries the alternatives of ``a|b|c`` one after another at every
position, so a pattern of 300 phrases costs 300 tests per character. Written as
a trie (``re(?:cord(?: high)?|...)``) a position that starts no entry costs one
test. Case-insensitive matching (``re.I``) is itself slow, so callers scan
:func:`fold` of the text instead: lower case with the same length and offsets.
"""

from __future__ import annotations

import re

SEP = r"(?:[ \t]*[\-‐‑–][ \t]*|\s+)"
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
