"""Is this English? Rules built on English word lists must stay silent on other languages."""

from __future__ import annotations

import re

from auditor.model import Document

_WORD = re.compile(r"[a-z]+")
_COMMON = frozenset({"the", "and", "of", "to", "in", "a", "is", "for", "on", "with", "that", "was"})


def looks_english(text: str) -> bool:
    """Enough of the commonest English function words (8 % of words, as in any English prose)."""
    words = _WORD.findall((text or "").lower())
    if len(words) < 8:
        return False
    common = sum(w in _COMMON for w in words)
    return common / len(words) >= 0.08


def prose_is_english(text: str) -> bool:
    """Lenient: too short to tell counts as English; otherwise the function-word test."""
    words = _WORD.findall(text.lower())
    letters = sum(ch.isalpha() for ch in text)
    if letters and sum(len(w) for w in words) < letters / 2:
        return False  # mostly another script (or heavily accented Latin)
    return len(words) < 40 or looks_english(text)


def doc_is_english(doc: Document) -> bool:
    """``prose_is_english`` over the article's prose, computed once per document."""
    return doc.derived("languageid.english", lambda d: prose_is_english(" ".join(s.text for s in d.body_sentences)))
