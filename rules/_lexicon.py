"""The language lexicons (rules/data/language.toml) compiled into one pattern.

All LNG entries become named groups of a single case-insensitive alternation,
so a document is scanned once however long the word lists grow. The compiled
pattern is cached per newsroom vocabulary (``accept`` / ``reject`` in
``[tool.auditor.language]``), so a run compiles it once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from auditor.model import Document

RULE_GROUPS = {"LNG001": "rec", "LNG002": "nob", "LNG003": "peacock"}
_SEP = r"(?:[ \t]*[\-‐‑–][ \t]*|\s+)"
_WORD_SPLIT = re.compile(r"[\s\-‐‑–]+")
_NORMALISE = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-"})


@cache
def lexicon() -> dict[str, Any]:
    """The shipped lexicon file, parsed once."""
    data = (files("auditor_rules") / "data" / "language.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


def normalise(term: str) -> str:
    """Lower case, straight apostrophes, hyphens as spaces: how terms are compared."""
    return " ".join(_WORD_SPLIT.split(term.translate(_NORMALISE).lower().strip()))


def term_regex(term: str) -> str:
    """A lexicon entry as a regex: words joined by space or any hyphen, both apostrophes."""
    words = [w for w in _WORD_SPLIT.split(term.strip()) if w]
    return _SEP.join(re.escape(w).replace("'", "['’]").replace("’", "['’]") for w in words)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """A newsroom's changes to the shipped lists."""

    accept: tuple[str, ...] = ()
    reject: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (rule code, extra terms)

    def extra(self, code: str) -> list[str]:
        return [t for c, terms in self.reject if c == code for t in terms]

    def accepted(self, matched: str) -> bool:
        """Whether the newsroom accepts the matched words (whole-word containment)."""
        text = f" {normalise(matched)} "
        return any(f" {a} " in text for a in self.accept)


def vocabulary(section: dict[str, Any]) -> Vocabulary:
    """Read ``accept`` and ``reject`` from ``[tool.auditor.language]``, tolerating bad types."""
    accept = section.get("accept", [])
    accept_terms = (
        tuple(sorted({normalise(str(a)) for a in accept if str(a).strip()})) if isinstance(accept, list) else ()
    )
    reject = section.get("reject", [])
    pairs: list[tuple[str, tuple[str, ...]]] = []
    if isinstance(reject, list):
        pairs.append(("LNG003", tuple(sorted(str(t) for t in reject if str(t).strip()))))
    elif isinstance(reject, dict):
        for code, terms in sorted(reject.items()):
            if str(code).upper() in RULE_GROUPS and isinstance(terms, list):
                pairs.append((str(code).upper(), tuple(sorted(str(t) for t in terms if str(t).strip()))))
    return Vocabulary(accept_terms, tuple(pairs))


@lru_cache(maxsize=16)
def compiled(vocab: Vocabulary) -> re.Pattern[str]:
    """The one pattern holding every LNG entry, for one vocabulary."""
    lx = lexicon()
    sup = lx["superlative"]
    exceptions = sorted(set(lx["exceptions"]["est"]) | set(lx["exceptions"]["routine"]))
    weasel = lx["weasel"]
    record = trie_regex(sup["record"] + vocab.extra("LNG001"))
    qualifiers = trie_regex(sup["qualifiers"])
    irregular = trie_regex(sup["irregular"])
    routine = trie_regex(lx["exceptions"]["routine"])
    est = rf"(?!(?:{trie_regex(exceptions)})\b)[a-z]+est"
    most = rf"(?:most|least)[ \t]+(?!(?:{routine}|of|in|and|or|to|the|a|an)\b)[a-z][a-z\-]*"
    superlative = (
        rf"(?P<sup>(?:{most}|{est}|{irregular}))(?P<tail>(?:[ \t]+[\w'’\-]+){{0,6}}?)"
        rf"[ \t]+(?P<qual>{qualifiers})"
    )
    groups = (
        rf"(?P<weasel>(?:(?:{trie_regex(weasel['quantifiers'])})[ \t]+)?(?P<group>{trie_regex(weasel['groups'])})"
        rf"(?:[ \t]+(?:have|has|had|also|often|long|widely|now|increasingly|generally))?[ \t]+"
        rf"(?:{trie_regex(weasel['verbs'])}))"
    )
    nobody = rf"(?P<nob>{trie_regex(weasel['nobody'] + vocab.extra('LNG002'))})"
    peacock = rf"(?P<peacock>{trie_regex(lx['peacock']['terms'] + vocab.extra('LNG003'))})"
    rec = rf"(?P<rec>{record})"
    return re.compile(rf"\b(?:{rec}|{superlative}|{nobody}|{groups}|{peacock})\b", re.I)


def matches(doc: Document, vocab: Vocabulary) -> list[re.Match[str]]:
    """Every lexicon match in the document, from one scan, shared by the LNG rules."""
    key = f"language-matches:{hash(vocab)}"
    return doc.derived(key, lambda d: list(compiled(vocab).finditer(d.text)))


def trie_regex(terms: list[str]) -> str:
    """Terms as a prefix-sharing regex: Python's re tries alternatives one by one,
    so sharing prefixes makes a failed match cost one character test, not one per term."""
    trie: dict[str, dict] = {}
    for term in {normalise(t) for t in terms if t.strip()}:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie) if trie else r"(?!x)x"


def _atom(ch: str) -> str:
    if ch == " ":
        return _SEP
    if ch == "'":
        return "['’]"
    return re.escape(ch)


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [_atom(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
