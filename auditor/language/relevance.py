"""How much a citation's words (slug, anchor text, reference title) are about a claim.

``relevance(claim_text, citation_text, doc_text)`` returns a :class:`Relevance`
with two scores in [0, 1]: the information-weighted share of the citation's
content stems that the claim sentence holds, and the share the whole article
holds. Weights play the part of IDF: stop words weigh nothing, generic news
vocabulary ("analysis", "report", "city") little, other stems 1, and names
(words the article or citation capitalises mid-sentence) 1.5, because a citation
that names people and places the article never mentions is the strongest sign
it is about something else. Stems come from the Snowball English stemmer, so
"fleeing"/"flee" and "Korea's"/"Korea" match.

It also says when it cannot judge: a citation in another language, or one with
too few content words, gives ``judgeable=False``. Online checks reuse it on the
titles of fetched pages.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from dataclasses import dataclass, field
from typing import ClassVar

_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
# A capitalised word not at the start of the text or of a sentence. The capital comes first so
# that the regex engine can skip ahead to capitals; the checks look back from just after it.
_CAPITAL = re.compile(r"[A-Z](?<!\w[A-Z])(?<![.!?\n]\s[A-Z])(?<!^[A-Z])[\w'’-]+")


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP = _wordset(  # English function words and URL furniture: weight 0
    "a about above after again against all also am amid amp an and any are article articles as at be "
    "because been before being below between both but by can com could did do does doing down during "
    "each eight few five for four from further get gets got had has have having he her here hers him "
    "his how htm html http https i if in index into is it its itself just me more most my new news "
    "nine no nor not now of off on once one only or other our ours out over own per php s said same "
    "say says seven she should six so some story such t ten than that the their them then there these "
    "they this those three through to too two under until up very via vs was we were what when where "
    "which while who whom why will with would www yet you your "
)

GENERIC = _wordset(  # news vocabulary that says little about a subject: weight 0.25
    "after amid analysis back big billion breaking call calls cities city comment could countries "
    "country day days deal early east eastern explained explainer first gallery global government "
    "group groups help high hundred hundreds international interview key last late latest leader "
    "leaders live local look looks low made major make makes man may men might million millions month "
    "months move moves must national north northern official officials opinion over part people "
    "percent photo photos plan plans region regional report reported reports say see sees set sets "
    "show shows south southern state states take takes talk talks thousand thousands time today top "
    "update updates video watch way ways week weeks west western woman women world year years "
)

FOREIGN_STOP = _wordset(  # function words of German, French, Spanish, Italian, Portuguese, Dutch
    "aber as au auch auf aus aux avec avez bei bij ces che com comme como con da dans das dei del "
    "della delle dem den der des die do dont dos du een ein eine einem einen el elle em en entre est "
    "et für gegen gli hat het il ils ist jamais la las le les lo los mais met mit más na nach nel "
    "nella nicht niet no noch non nous não o oder op os par para pas per pero por pour que qui sans "
    "según sich sind sobre sono sont sur sus também uit um uma un una und une uno van von voor vous "
    "werden wie wird zijn zum zur être über "
)


@functools.lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def _norm(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


@functools.lru_cache(
    maxsize=16384
)  # 3 MB at most: the common words of an archive stay, a 50,000-article run stays flat
def stem(word: str) -> str:
    """The Snowball stem, with the -ance/-ence nouns joined to their -ant/-ent adjectives.

    Snowball leaves "distant" whole (its ending is not in the region it strips) but cuts
    "distance" to "distanc"; "distant" and "distance", "evident" and "evidence" are one subject.
    """
    s = _stemmer().stemWord(_norm(word))
    if s.endswith(("anc", "enc")) and len(s) >= 6:
        return s[:-1] + "t"
    return s


def words(text: str) -> list[str]:
    """Word tokens, with slugs' hyphens and underscores treated as spaces."""
    return _TOKEN.findall(text.replace("-", " ").replace("_", " "))


def _split_words(text: str) -> list[str]:
    """``_TOKEN.findall(text)``, faster on prose: most whitespace-separated chunks are one token.

    A chunk of only letters and digits (``str.isalnum`` is exactly ``[^\\W_]``) is a whole token;
    only chunks with punctuation go through the regex. No token spans whitespace.
    """
    out: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():
            out.append(chunk)
        else:
            out += _TOKEN.findall(chunk)
    return out


def lowered_words(text: str) -> list[str]:
    """``[w.lower() for w in words(text)]``, without lowering word by word."""
    low = text.lower()
    if len(low) == len(text) and "Σ" not in text:
        # Every character then lowers to one character of the same class (checked over all of
        # Unicode) and only capital sigma lowers by context, so the lowered text has the same tokens.
        return _split_words(low.replace("-", " ").replace("_", " "))
    toks = words(text)
    # A space is neither cased nor case-ignorable, so lowering the joined tokens lowers each alike.
    return " ".join(toks).lower().split(" ") if toks else []


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w.lower() not in STOP and not w.isdigit() and len(w) > 1}


def name_stems(text: str) -> set[str]:
    """Stems of words capitalised where a sentence does not start: names of people, places, bodies."""
    return {stem(w) for w in set(_CAPITAL.findall(text)) if w.lower() not in STOP}


def is_foreign(tokens: list[str]) -> bool:
    """True when the words look like another language than English (or a non-Latin script)."""
    if not tokens:
        return False
    lowered = [t.lower() for t in tokens]
    others = [t for t in tokens if not t.isascii()]  # ASCII words are neither non-Latin nor accented
    non_latin = sum(1 for t in others if any(ord(ch) > 0x24F for ch in t))
    if non_latin * 2 >= len(tokens):
        return True
    foreign = sum(1 for t in lowered if t in FOREIGN_STOP)
    english = sum(1 for t in lowered if t in STOP)
    accented = sum(1 for t in others if any(0xC0 <= ord(ch) <= 0x24F for ch in t))
    return (foreign >= 1 and foreign > english) or accented * 4 >= len(tokens) > 0


@dataclass(slots=True)
class Relevance:
    """How much of the citation's content the claim and the article share."""

    claim: float | None  # None when there is no claim sentence
    document: float
    judgeable: bool
    terms: list[str] = field(default_factory=list)  # the citation's content words
    missing: list[str] = field(default_factory=list)  # its specific words the article never uses

    @property
    def score(self) -> float:
        return max(self.claim or 0.0, self.document)


class LazyStems:
    """The stems of a set of words, computed only for what is asked about.

    An article has a thousand distinct words; a citation asks about ten stems.
    Snowball's English stemmer rewrites only endings, so a word and its stem
    share their first two letters (except the three forms below): words are
    bucketed by those letters and a bucket is stemmed the first time a stem
    from it is looked up.
    """

    __slots__ = ("_sorted", "_stemmed")

    _IRREGULAR: ClassVar[dict[str, str]] = {"die": "dy", "lie": "ly", "tie": "ty"}  # dying -> die ...

    def __init__(self, lowered_words: set[str]) -> None:
        self._sorted = sorted(lowered_words)  # a bucket is found by bisection, not built up front
        self._stemmed: dict[str, frozenset[str]] = {}

    @staticmethod
    def _key(w: str) -> str:
        """A lowered word's bucket, ``_norm(w)[:2]``: ``w[:2]`` unless an apostrophe is second ("x's")."""
        return w[:2] if w[1:2] not in ("'", "’") else _norm(w)[:2]

    def _members(self, key: str) -> list[str]:
        """The words of bucket ``key``.

        A word whose second character is an apostrophe falls in a one-letter bucket ("x's") or an
        apostrophe one ("x'y"), so a plain two-letter bucket is exactly the words starting with it.
        """
        words = self._sorted
        if len(key) == 2 and key[1] not in ("'", "’") and key[1] != chr(sys.maxunicode):
            # Words starting with "ab" are those from "ab" up to (not including) "ac".
            after = key[0] + chr(ord(key[1]) + 1)
            return words[bisect.bisect_left(words, key) : bisect.bisect_left(words, after)]
        found = []
        for prefix in {key, key[:1] + "'", key[:1] + "’"}:
            i = bisect.bisect_left(words, prefix)
            while i < len(words) and words[i].startswith(prefix):
                if self._key(words[i]) == key:
                    found.append(words[i])
                i += 1
        return found

    def _bucket(self, key: str) -> frozenset[str]:
        got = self._stemmed.get(key)
        if got is None:
            got = self._stemmed[key] = frozenset(stem(w) for w in self._members(key))
        return got

    def __contains__(self, wanted: object) -> bool:
        if not isinstance(wanted, str) or not wanted:
            return False
        if wanted in self._bucket(wanted[:2]):
            return True
        other = self._IRREGULAR.get(wanted)
        return other is not None and wanted in self._bucket(other)


class LazyNames:
    """The stems of an article's names (see name_stems), worked out lazily like LazyStems.

    LazyStems' bucketing assumes a stem keeps its word's first two letters. The few words that
    may break that, one or two letters before a suffix Snowball strips anywhere ("aing" -> "a",
    "vying" -> "vie") or an apostrophe, are stemmed up front, so the answers are exact.
    """

    __slots__ = ("_eager", "_lazy")

    _ODD: ClassVar[re.Pattern[str]] = re.compile(  # one word per line
        r"^(?:.*['’].*|[^\W_]{1,2}(?:ed|edly|eed|eedly|ing|ingly|ies|ied|es|sses|s)s?)$", re.M
    )

    def __init__(self, text: str) -> None:
        # Names hold no newline, which (like a space) leaves final-sigma lowering word by word alike.
        lowered = set("\n".join(_CAPITAL.findall(text)).lower().split("\n")) - STOP - {""}
        odd = set(self._ODD.findall("\n".join(lowered)))
        self._eager = frozenset(stem(w) for w in odd)
        self._lazy = LazyStems(lowered - odd)

    def __contains__(self, wanted: object) -> bool:
        return wanted in self._eager or wanted in self._lazy


@dataclass(slots=True)
class DocTerms:
    """The article's stems and names, computed once per document."""

    stems: LazyStems | frozenset[str]
    names: LazyNames | frozenset[str]
    words: int
    english: bool = True  # enough English function words to be English prose
    initialisms: frozenset[str] = frozenset()  # words written in capitals ("SBOM"), lower case, plural -s dropped


# \b[A-Z]{3,}s?\b, opening on the class so the engine skips to capitals in C (a leading \b is tried
# at every position of the article); the look-behind is that \b (tests/test_pattern_speed.py).
_INITIALISM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2,}s?\b")


# A word written as two joined ones, each capitalised: "NetlifyCMS", "GitHub", "PowerShell".
# (\b[A-Z][a-z]+..., opening on the capital so that the engine skips to capitals in C; the look-behind
# is that \b: tests/test_pattern_speed.py)
_CAMEL_TOKEN = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z]))+\b")
_CAMEL_PART = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")


def camel_parts(text: str) -> set[str]:
    """The lowered parts of the joined words in ``text`` ("NetlifyCMS" -> netlify, cms): a page
    about "getting-started-with-netlify-cms" is about the NetlifyCMS the article names."""
    return {part.lower() for token in _CAMEL_TOKEN.findall(text) for part in _CAMEL_PART.findall(token)}


def doc_terms(doc_text: str) -> DocTerms:
    """The article's vocabulary; its stems are worked out lazily (see LazyStems)."""
    lowered = lowered_words(doc_text)
    function_words = sum(map(STOP.__contains__, lowered))
    vocabulary = set(lowered)
    vocabulary |= camel_parts(doc_text)
    return DocTerms(
        LazyStems(vocabulary - STOP),
        LazyNames(doc_text),
        len(lowered),
        english=bool(lowered) and function_words / len(lowered) >= 0.15,
        initialisms=frozenset(w.removesuffix("s").lower() for w in _INITIALISM.findall(doc_text)),
    )


_GENERIC_STEMS: frozenset[str] | None = None


def _generic_stems() -> frozenset[str]:
    global _GENERIC_STEMS
    if _GENERIC_STEMS is None:
        _GENERIC_STEMS = frozenset(stem(g) for g in GENERIC)
    return _GENERIC_STEMS


_ENGLISH_ENDING = re.compile(r"[a-z]{3,}(?:ed|ing|ers|ors|ment|ments|ness|ship)\Z")


# Hosts under a top-level domain of no other language: a slug there with English inflections is English.
_NEUTRAL_TLD = frozenset(
    ["com", "org", "net", "uk", "us", "au", "ca", "nz", "ie", "io", "dev", "gov", "edu", "int", "eu", "info", "news"]
)
_PLURAL_OR_TENSE = re.compile(r"[a-z]{2,}(?:s|ed|ing)\Z")


def english_slug(slug: str, url: str) -> bool:
    """A slug English by its inflections: "shanghai-stock-exchange-tightens-ipo-rules-tech-listings",
    "bundesliga-tv-rights-auction-results" (two words whose English stem drops an -s, -ed or -ing),
    ASCII only, on a host of no other language's country domain ("jogadores-marcam-golos" on a .br
    host is Portuguese)."""
    host = (url.partition("://")[2] or url).split("/", 1)[0].split(":", 1)[0].lower()
    if host.rsplit(".", 1)[-1] not in _NEUTRAL_TLD or not slug.isascii():
        return False
    tokens = [t.lower() for t in words(slug) if not t.isdigit()]
    if len(tokens) < 4 or any(t in FOREIGN_STOP for t in tokens):
        return False
    inflected = [t for t in tokens if _PLURAL_OR_TENSE.match(t) and len(stem(t)) < len(t) and t.startswith(stem(t))]
    return len(inflected) >= 2


def _inflected(lowered: set[str]) -> bool:
    """Two words with English endings ("investors stranded"): English, though no stop word says so."""
    return sum(1 for w in lowered if _ENGLISH_ENDING.match(w)) >= 2


def relevance(
    claim_text: str | None,
    citation_text: str,
    doc_text: str | DocTerms,
    min_terms: int = 3,
    english: bool = False,
) -> Relevance:
    """Score how much ``citation_text`` is about ``claim_text`` and the article ``doc_text``.

    ``english``: the citation is known to be English (a publisher's English edition), so words
    without a function word or an English ending are judged instead of left unsure.
    """
    tokens = [t for t in words(citation_text) if not t.isdigit()]
    doc = doc_text if isinstance(doc_text, DocTerms) else doc_terms(doc_text)
    content = [t for t in tokens if t.lower() not in STOP and len(t) > 1 and not _DIGIT.search(t)]
    lowered = {t.lower() for t in tokens}
    if is_foreign(tokens) or not (english or lowered & STOP or lowered & GENERIC or _inflected(lowered)):
        # Another language, or no English word to prove otherwise (a transliterated slug): unsure.
        return Relevance(None, 0.0, False, content)
    generic = _generic_stems()
    stems: dict[str, str] = {}
    for t in content:
        stems.setdefault(stem(t), t if t[:1].isupper() else t.lower())
    names = name_stems(citation_text)
    weights = {s: (0.25 if s in generic else 1.5 if s in doc.names or s in names else 1.0) for s in stems}
    total = sum(weights.values())
    specific = [s for s in stems if s not in generic]
    judgeable = len(stems) >= min_terms and len(specific) >= 2 and total >= 2.5
    doc_share = sum(w for s, w in weights.items() if s in doc.stems) / total if total else 0.0
    claim_share = None
    if claim_text:
        claim = content_stems(claim_text)
        claim_share = sum(w for s, w in weights.items() if s in claim) / total if total else 0.0
    missing = [stems[s] for s in specific if s not in doc.stems]
    if missing or (claim_text and not claim_share):
        short = _short_forms(
            tokens, doc, claim_text
        )  # "SBOM" for "Software bill of materials", "det" for "deterministic"
        if short:
            doc_share = sum(w for s, w in weights.items() if s in doc.stems or s in short["doc"]) / total
            if claim_share is not None:
                claim_share = sum(w for s, w in weights.items() if s in claim or s in short["claim"]) / total
            missing = [stems[s] for s in specific if s not in doc.stems and s not in short["doc"]]
    return Relevance(claim_share, round(doc_share, 3), judgeable, [stems[s] for s in stems], missing)


def _short_forms(tokens: list[str], doc: DocTerms, claim_text: str | None) -> dict[str, set[str]] | None:
    """Stems of the citation's words that the article (and the claim) write short or in full.

    An address spells a name out where the text uses its initials ("Software_bill_of_materials"
    and "an SBOM"), or the address clips a word its citing sentence spells out ("det-sigs" and
    "support for deterministic signatures"): the same words, in another form. Clipped words are
    looked for in the claim only: across a whole article a three-letter prefix meets too much.
    """
    claim_words: set[str] | None = None  # the claim's words, read only for a word short enough to be clipped
    claim_caps = {w.removesuffix("s").lower() for w in _INITIALISM.findall(claim_text or "")}
    found: dict[str, set[str]] = {"doc": set(), "claim": set()}
    alpha = [t for t in tokens if t.isalpha()]
    if doc.initialisms or claim_caps:  # no initialism in the article or the claim: no run's initials can meet one
        firsts = [t[0] for t in alpha]
        stops = [t.lower() in STOP for t in alpha]
        for n in range(2, min(6, len(alpha)) + 1):  # initials of a run of words
            for i in range(len(alpha) - n + 1):
                if stops[i] or stops[i + n - 1]:
                    continue
                initials = "".join(firsts[i : i + n]).lower()
                if len(initials) < 3:
                    continue
                hit_doc, hit_claim = initials in doc.initialisms, initials in claim_caps
                for where, hit in (("doc", hit_doc), ("claim", hit_claim)):
                    if hit:
                        found[where].update(stem(t) for t in alpha[i : i + n] if t.lower() not in STOP)
    for t in alpha:  # a clipped word: "det" for "deterministic", "sigs" for "signatures"
        low = t.lower()
        base = low[:-1] if low.endswith("s") and len(low) == 4 else low
        if not 3 <= len(base) <= 4 or low in STOP:
            continue
        if claim_words is None:
            claim_words = set(lowered_words(claim_text)) if claim_text else set()
        if any(w.startswith(base) and len(w) >= len(base) + 3 for w in claim_words):
            found["claim"].add(stem(t))
    return found if found["doc"] or found["claim"] else None
