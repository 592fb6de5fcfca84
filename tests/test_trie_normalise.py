"""``normalise`` (how lexicon terms are compared) answers the same on its fast path as on the full one."""

from __future__ import annotations

import tomllib
from importlib import resources

from auditor.language import trie


def _full(term: str) -> str:
    """The definition: lower case, straight apostrophes, hyphens and runs of spaces as one space."""
    return " ".join(w for w in trie._WORD_SPLIT.split(term.translate(trie._NORMALISE).lower().strip()) if w)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_every_lexicon_term_and_the_awkward_ones_normalise_as_defined() -> None:
    lexicon = tomllib.loads((resources.files("auditor_rules") / "data" / "language.toml").read_text("utf-8"))
    awkward = [
        "record high",
        "Record High",
        "world's",
        "world’s",
        "long-awaited",
        "long‐awaited",
        " padded ",
        "two  spaces",
        "tab\there",
        "",
        "x",
        "state-of-the-art",
        "a–b",
        "O'Neill",
        "café",
        "2024 high",
        "'",
    ]
    terms = _strings(lexicon) + awkward
    assert len(terms) > 500
    assert [trie.normalise(t) for t in terms] == [_full(t) for t in terms]
