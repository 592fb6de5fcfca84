"""Is this English? Rules built on English word lists must stay silent on other languages."""

from __future__ import annotations

from auditor.language.trie import non_ascii
from auditor.model import Document

_COMMON = frozenset({"the", "and", "of", "to", "in", "a", "is", "for", "on", "with", "that", "was"})
_COMMON_BYTES = frozenset(w.encode() for w in _COMMON)
# Every byte that is not [a-z] becomes a space: see _words.
_NOT_A_TO_Z = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def _words(low: str) -> list[bytes]:
    """The runs of [a-z] in ``low`` (``re.findall(r"[a-z]+", low)``, as bytes), in three C-level passes:
    every character outside ASCII becomes "?" and every byte outside [a-z] a space (half the cost of
    the regex over an article)."""
    return low.encode("ascii", "replace").translate(_NOT_A_TO_Z).split()


def looks_english(text: str) -> bool:
    """Enough of the commonest English function words (8 % of words, as in any English prose)."""
    return _common_enough(_words((text or "").lower()))


def _common_enough(words: list[bytes]) -> bool:
    if len(words) < 8:
        return False
    common = sum(map(_COMMON_BYTES.__contains__, words))
    return common / len(words) >= 0.08


_LETTER_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


def _letters(text: str) -> int:
    """How many characters of ``text`` are letters (``str.isalpha``): the ASCII ones counted on
    bytes in C, the others one by one. A per-character loop over every article was the costliest
    line of the language check, and most articles hold a few curly quotes, so are not ASCII."""
    ascii_part = text.encode("ascii", "ignore")
    letters = len(ascii_part) - len(ascii_part.translate(None, _LETTER_BYTES))
    return letters + sum(map(str.isalpha, non_ascii(text)))


def prose_is_english(text: str) -> bool:
    """Lenient: too short to tell counts as English; otherwise the function-word test."""
    words = _words(text.lower())
    # In ASCII text every letter is in a word (a-z once lowered): only other text can fail this.
    if not text.isascii() and (letters := _letters(text)) and sum(map(len, words)) < letters / 2:
        return False  # mostly another script (or heavily accented Latin)
    return len(words) < 40 or _common_enough(words)


def doc_is_english(doc: Document) -> bool:
    """``prose_is_english`` over the article's prose, computed once per document."""
    return doc.derived("languageid.english", lambda d: prose_is_english(" ".join(s.text for s in d.body_sentences)))
