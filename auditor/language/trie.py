"""Word lists as fast regular expressions: prefix-sharing tries over lower-cased text.

Python's ``re`` tries the alternatives of ``a|b|c`` one after another at every
position, so a pattern of 300 phrases costs 300 tests per character. Written as
a trie (``re(?:cord(?: high)?|...)``) a position that starts no entry costs one
test. Case-insensitive matching (``re.I``) is itself slow, so callers scan
:func:`fold` of the text instead: lower case with the same length and offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from auditor import patterncache
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


_NORMAL = re.compile(r"[a-z0-9']+(?: [a-z0-9']+)*")
"""A term :func:`normalise` leaves as it is (most lexicon entries): one C-level test instead of five passes."""


def normalise(term: str) -> str:
    """Lower case, straight apostrophes, hyphens as spaces: how terms are compared."""
    if _NORMAL.fullmatch(term):
        return term
    return " ".join(w for w in _WORD_SPLIT.split(term.translate(_NORMALISE).lower().strip()) if w)


def trie_regex(terms: list[str] | set[str]) -> str:
    """Lower-case entries as one prefix-sharing regex (never matches when empty).

    A space in an entry matches spaces or any hyphen; an apostrophe matches ' or ’.
    At each point the longer entry is tried first, so "record high" wins over "record".
    Built once and kept in the pattern cache (auditor.patterncache): the same entries make the
    same text, and building the lexicon's tries was ~4 ms of every run.
    """
    return patterncache.remember("trie:" + repr(sorted(terms)), lambda: _trie_regex(terms))


def _trie_regex(terms: list[str] | set[str]) -> str:
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


# Every byte that is not [a-z0-9] becomes a space (see :func:`token_text`).
_TOKEN_BYTES = bytes(b if 97 <= b <= 122 or 48 <= b <= 57 else 32 for b in range(256))


def tokens_only(low: str) -> str:
    """``low`` with every character outside [a-z0-9] made a space, offsets unchanged.

    Three C-level passes (``encode`` writes one "?" per non-ASCII character): much
    cheaper than a regex pass, and ``str.split`` of the result gives the words of
    :data:`_TOKEN`.
    """
    return low.encode("ascii", "replace").translate(_TOKEN_BYTES).decode("ascii")


def token_text(doc: Document) -> str:
    """:func:`tokens_only` of the folded text, padded with one space each side (offsets + 1)."""
    return doc.derived("folded-tokens", lambda d: f" {tokens_only(folded(d))} ")


def present_words(doc: Document) -> frozenset[str]:
    """The distinct words of the folded text, shared by every rule."""
    return doc.derived("folded-words", lambda d: frozenset(token_text(d).split()))


def occurrences(
    low: str, words: frozenset[str], present: frozenset[str] | None = None, padded: str | None = None
) -> list[tuple[int, str]]:
    """Whole-word occurrences in ``low`` of ``words``: sorted (offset, word).

    Only words the text holds (``present``) are looked for, each with ``str.find``:
    rules try their patterns at these offsets instead of at every character.
    ``padded`` (:func:`token_text`) lets ``find`` look for " word " and so skip the
    occurrences inside longer words ("the" in "other").
    """
    if padded is None:
        padded = f" {tokens_only(low)} "
    if present is None:
        present = frozenset(padded.split())
    out: list[tuple[int, str]] = []
    size = len(low)
    for word in words & present:
        needle = f" {word} "
        n = len(word)
        i = padded.find(needle)
        while i != -1:  # i is the offset of the word in low (the padding shifts it by one)
            j = i + n
            # a non-ASCII letter or digit next to the word makes it part of a longer word
            if (i == 0 or not low[i - 1].isalnum()) and (j >= size or not low[j].isalnum()):
                out.append((i, word))
            i = padded.find(needle, j)
    out.sort()
    return out


# Every trigger word any rule asked for, found for all of them in one pass per document.
_TRIGGERS: set[str] = set()
_VERSION = [0, re.compile(r"(?!x)x")]  # [version, pattern over the token text]
_ANNOUNCED: list[Callable[[], frozenset[str]]] = []


def announce_triggers(words: Callable[[], frozenset[str]]) -> None:
    """Register, at import, the words a caller will pass to :func:`word_hits` (read at its first call).

    Without it each new caller grows the shared pattern, which is then compiled again and
    run again over the document: a one-article run compiled it four times. Extra words
    change no caller's hits (each keeps only its own words).
    """
    _ANNOUNCED.append(words)


def _trigger_pattern(words: frozenset[str]) -> tuple[int, re.Pattern[str]]:
    """The one-pass pattern for every word registered so far (``words`` added if new)."""
    size = len(_TRIGGERS)
    while _ANNOUNCED:
        _TRIGGERS.update(_ANNOUNCED.pop()())
    if not words <= _TRIGGERS or len(_TRIGGERS) > size or _VERSION[0] == 0:
        _TRIGGERS.update(words)
        _VERSION[0] += 1
        # " word" followed by a space, over the token text: a trie, so a space costs one test
        _VERSION[1] = re.compile(r" (" + trie_regex(_TRIGGERS) + r")(?= )")
    return _VERSION[0], _VERSION[1]


def word_hits(doc: Document, words: frozenset[str]) -> list[tuple[int, str]]:
    """:func:`occurrences` of ``words`` in the document's folded text.

    The words of every caller are found together in one regex pass over the token text
    (:func:`token_text`), computed once per document; each caller keeps its own.
    """
    version, pattern = _trigger_pattern(words)
    hits = doc.derived(f"word-hits:{version}", lambda d: _all_hits(folded(d), token_text(d), pattern))
    return [hit for hit in hits if hit[1] in words]


_ASCII_BYTES = bytes(range(128))


def non_ascii(text: str) -> str:
    """The characters of ``text`` outside ASCII, in order: ``"".join(re.findall("[^\\x00-\\x7f]", text))``.

    Three C-level passes over bytes (encode, delete the ASCII bytes, decode what is left), a
    third of the regex's cost on a 5 KB article. ``surrogatepass`` carries a lone surrogate
    through unchanged, as the regex does.
    """
    if text.isascii():
        return ""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _all_hits(low: str, padded: str, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
    # m.start() is the word's offset in low: the padding shifts it by one
    hits = [(m.start(), m[1]) for m in pattern.finditer(padded)]
    if not any(ch.isalnum() for ch in set(non_ascii(low))):
        return hits  # no letter or digit outside ASCII: the spaces of padded are the word boundaries
    size = len(low)
    return [
        (i, word)
        for i, word in hits
        if (i == 0 or not low[i - 1].isalnum()) and (i + len(word) >= size or not low[i + len(word)].isalnum())
    ]


def previous_word_start(low: str, pos: int, padded: str | None = None) -> int:
    """Where the word before ``pos`` starts (``pos`` itself when there is none).

    With ``padded`` (:func:`token_text`), the usual case (one space, then an ASCII word)
    is read with one ``rfind`` instead of a loop over characters.
    """
    # padded[k] is low[k - 1]: padded[pos - 1] is not a space when low[pos - 2] is in [a-z0-9]
    if padded is not None and pos >= 2 and low[pos - 1] == " " and padded[pos - 1] != " ":
        j = padded.rfind(" ", 0, pos - 1)  # the space before that word, in padded: the word starts at j in low
        if j == 0 or not low[j - 1].isalnum():
            return j
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
