"""The language lexicons (rules/data/language.toml), compiled once and matched once per document.

Every literal entry (record claims, weasel phrases, peacock terms, a newsroom's
extra terms) and every "GROUP VERB" weasel ("analysts suggest") sits in one
prefix-sharing trie pattern over the document's folded (lower-case, same
offsets) text. The pattern is tried only where an entry's trigger word occurs
(its first word, or its second after "a", "the", "it" ...), found through the
document's shared word set. A superlative (a word ending in -est outside the
exception list, most/least after a determiner, best/worst ...) must be followed
within six words by a record qualifier ("yet", "since", "ever"). The patterns are
cached per newsroom vocabulary (``accept`` / ``reject`` in
``[tool.auditor.language]``), so a run compiles them once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any

from auditor.language import records as _records
from auditor.language.datafiles import load_toml
from auditor.language.trie import (
    announce_triggers,
    first_words,
    folded,
    normalise,
    previous_word_start,
    token_text,
    trie_regex,
    word_hits,
)
from auditor.model import Document

_DETERMINERS = frozenset(["the", "its", "their", "his", "her", "our", "your", "my"])
RULE_GROUPS = {"LNG001": "rec", "LNG002": "nob", "LNG003": "peacock"}
_PRIORITY = ("rec", "nob", "peacock")


@cache
def lexicon() -> dict[str, Any]:
    """The shipped lexicon file, parsed once."""
    return load_toml("language.toml")


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


@dataclass(frozen=True, slots=True)
class LexMatch:
    """One lexicon hit: ``kind`` is rec | sup | nob | weasel | peacock."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Compiled:
    """The patterns and lookup tables for one vocabulary."""

    words: WordPatterns  # literal entries and "GROUP VERB" weasels, one trie per leading word
    adjective: re.Pattern[str]  # the word after most/least
    qualifier: re.Pattern[str]  # up to six words, then "yet", "since", "ever" ...
    kinds: dict[str, str]  # normalised literal entry -> kind
    not_superlative: frozenset[str]
    quantifiers: frozenset[str]
    triggers: frozenset[str]  # first words of every literal entry and weasel group
    second: frozenset[str]  # second words of entries opening with a stop word ("a new era")
    superlatives: frozenset[str]  # most, least, best, worst ...


_S = r"[ \t\xa0]+"
_COUNTED = (
    r"(?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|a[ \t\xa0]+hundred)"
)
# A field as wide as the world or a continent, after a superlative: a ranking nobody can make without
# measuring ("the flattest course in the world", "the most dysfunctional system in the developed world",
# "the best striker in world football", "the fastest in Europe"). A region or a town is no such field
# ("the largest city in the region").
_FIELD = (
    rf"in{_S}(?:the{_S}(?:(?:developed|western|wider|whole|entire|free|english-speaking|industriali[sz]ed){_S})?world"
    rf"|world{_S}(?!war\b|cup\b|record\b|series\b|heritage\b|bank\b|health\b)[a-z]{{4,}}"
    rf"|europe|asia|africa|australasia|oceania|the{_S}americas|(?:north|south|latin|central){_S}america)\b(?!['’])"
    rf"|outside{_S}(?:the{_S}capital\b|(?P<outside>[a-z]{{3,}})\b)"  # "the finest collection outside London"
)
# "the best thing in the world", "the happiest man in the world": idioms, not rankings anyone measured.
_IDIOM_NOUNS = frozenset(
    [
        "thing",
        "things",
        "man",
        "woman",
        "person",
        "people",
        "feeling",
        "feelings",
        "job",
        "place",
        "way",
        "time",
        "day",
        "dad",
        "mum",
        "mom",
        "father",
        "mother",
        "friend",
        "friends",
        "girl",
        "boy",
        "kid",
        "kids",
        "family",
        "idea",
        "news",
        "gift",
    ]
)
_FIELD_RE = re.compile(_FIELD)
_FIELD_VERBS = frozenset(["is", "are", "was", "were", "be", "been", "lies", "lie", "lay", "remains", "comes", "came"])
_WISH_BEFORE = re.compile(
    r"\b(?:wants?|wanted|aims?|aimed|hopes?|hoped|strives?|goal|ambition|aspires?|vision|mission|seeks?|bid)\b"
    r"[^.;!?]{0,40}\bto[ \t\xa0]+(?:be|become|make|build|create)\b[^.;!?]{0,30}\Z"
)
_APPOSITIVE_BEFORE = re.compile(r"\b[A-Z][\w'’.\-]*,[ \t\xa0]+the[ \t\xa0]+(?:very[ \t\xa0]+)?\Z")
# The relative clause of experience with any participle, its subject opening with a determiner
# and not inside a phrase of the superlative's noun: "the biggest the ground has hosted", "the busiest
# day the airport had handled" (not "the strongest teams in the league have struggled", nor "the
# biggest change the team has made is ...", where the clause defines the noun the sentence goes on about).
_EXPERIENCE = (
    r"(?<!\bin[ \t\xa0])(?<!\bof[ \t\xa0])(?<!\bfrom[ \t\xa0])(?<!\bat[ \t\xa0])(?<!\bon[ \t\xa0])"
    r"(?<!\bfor[ \t\xa0])(?<!\bwith[ \t\xa0])(?<!\bby[ \t\xa0])(?<!\bto[ \t\xa0])(?<!\bacross[ \t\xa0])"
    rf"(?:the|this|its|their|any|anyone|anybody)(?:{_S}[\w'’\-]+){{0,3}}?{_S}(?:has|have|had)"
    rf"(?:{_S}(?:ever|yet|now|recently|previously|already))?{_S}"
    r"(?:[a-z]{3,}(?:ed|en|wn)|seen|known|held|run|hit|met|won|built|made|had|done|drawn|given|taken|brought|"
    r"thrown|set|sold|bought|fought|caught|felt|kept|spent|lost|sent)\b"
    rf"(?=[ \t\xa0]*(?:[.,;:!?)”\"]|$)|{_S}(?:in|since|at|on|for|this|so{_S}far|yet|ever|before|to{_S}date|over|during|"
    rf"across|here|there|anywhere|until|till)\b)"
)
# The grammar of record contexts after a superlative, beside the literal qualifiers of the lexicon:
# "in the club's history", the relative clause of experience ("the worst storm the coast has seen"),
# a span of time counted out ("in forty years", "in more than a decade"). ("In the world" is left
# out: "the best thing in the world" is an idiom far more often than a measured claim.)
_RECORD_CONTEXT = (
    rf"in{_S}(?:[\w'’\-]+{_S}){{0,3}}?(?:history|existence)"
    rf"|of{_S}(?:the|its|their|his|her|our|[\w\-]+['’]s?){_S}(?:[\w'’\-]+{_S}){{0,2}}?(?:history|existence)"
    rf"(?=[ \t\xa0]*(?:[.,;:!?)”\"]|$)|{_S}(?:in|since|for|and|to|as|at|on|with|so{_S}far|until)\b)"
    rf"|(?:can|could){_S}(?:ever{_S})?(?:remember|recall)"  # "the longest queue anyone could remember"
    rf"|(?:on{_S}(?:the{_S})?(?:planet|earth))\b"  # "the finest wine on the planet": the whole world as the field
    rf"|of{_S}(?:its|their|his|her){_S}kind"  # "the largest of its kind in Europe": a ranking of everything like it
    rf"|(?:has|have|had|['’]ve){_S}ever{_S}[a-z]{{3,}}"  # "the deepest cuts the county has ever made"
    rf"|(?:has|have|had|['’]ve){_S}(?:ever{_S}|yet{_S}|so{_S}far{_S})?"
    r"(?:seen|known|experienced|witnessed|recorded|endured|suffered|faced|encountered|observed)"
    rf"|of{_S}any{_S}(?!(?:of|kind|sort|type|one|other|more|use|help)\b)[a-z0-9\-]{{2,}}\b(?!{_S}(?:[a-z\-]+{_S})?(?:we|i|you)\b)"
    # "the fastest of any company our size", "the highest rate of any G7 economy" (not "of any plan we tried")
    rf"|{_FIELD}"  # "the fastest course in Europe", "the most complete striker in world football"
    rf"|in{_S}(?:(?:the|its|their|his|her|our|[\w\-]+['’]s?){_S}){{0,2}}?"
    rf"(?:(?:more{_S}than|over|nearly|almost|about|at{_S}least|past|last){_S})?{_COUNTED}{_S}"
    r"(?:years|decades|centuries|decade|century|generations|generation|year|months|month|weeks)"
    rf"|(?:in|for){_S}{_records.SPAN}"  # "the highest for a decade", "in half a century" (not "for 30 years of saving")
)
# The clause of experience comes right after the superlative's noun (at most two words on, none a verb or
# a relative word): "the most obvious place to begin is where the error has occurred" holds none.
_EXPERIENCE_AFTER = re.compile(
    rf"(?:{_S}(?!(?:is|are|was|were|be|to|where|when|that|which|who|and|or|but)\b)[\w'’\-]+){{0,2}}?"
    rf"(?:{_S}(?:per|a|each){_S}(?:head|capita|kilometre|kilometer|mile|metre|meter|person|pupil|patient|resident|"
    rf"passenger|seat|tonne|ton|unit|[a-z]+s)\b)?{_S}{_EXPERIENCE}"
)  # (a measure may sit between: "per kilometre", "per head")  # "in forty years", "in the competition's 60 years", "in the past 20 years" (not "in the next 10 years")
# A superlative whose field is the whole world needs no qualifier: "the world's largest fair".
_WORLD_BEFORE = re.compile(r"(?<!one of the )(?<!one of )(?:world|planet|earth|globe)['’]s[ \t\xa0]+\Z")
# "has never been higher", "never been so low", "never been more popular": a record without a superlative.
_NEVER_BEEN = re.compile(
    rf"never{_S}(?:before{_S})?(?:been|looked|seemed|appeared|sounded){_S}(?:(?:so|as|this|any){_S}[a-z\-]+|(?:more|less){_S}[a-z\-]+|"
    r"(?!(?:under|over|after|ever|together|never|member|either|other|rather|sober|eager|proper|tender|"
    r"clever|better[ \t\xa0]+off|there|here|where|offer|order|answer|cover|power|water|easier|harder|simpler)\b)"
    r"[a-z]{2,}(?:er|ier)|worse)"  # an irregular comparative too: "Relations have never been worse"
    r"(?=[ \t\xa0]*(?:[.,;:!?)”\"]|$)|[ \t\xa0]+(?:than|in|since|for|before|at|among|per|on|across)\b)"
)
# A superlative whose noun carries its postmodifiers before "since", past the six words the qualifier reads:
# "the biggest one-day drop in the price of copper since March 2020", "the steepest fall in the number of new
# homes built in England since 2009". Only words between (no punctuation, no finite verb or conjunction that
# would open another clause), at most twelve; "since" as a conjunction ("since most classes had closed") is none.
_SINCE_AFTER_PHRASE = re.compile(
    rf"(?:{_S}(?!(?:that|which|who|whom|whose|and|but|or|is|are|was|were|be|been|has|have|had|will|would|can|could|"
    rf"should|may|might|must|as|because|while|when|if|although|though|where|since)\b)[\w'’\-]+){{7,12}}?{_S}since\b"
    rf"(?={_S}(?!(?:many|most|some|he|she|they|it|we|you|i|there|this|these|those|people|then|no|not|all|few)\b))"
)

# "the best job I've ever had", "the most amazing folks I've ever worked with", "the biggest challenge you've
# faced to date": an experience of the writer's (or the reader's) own life, no record anyone measured.
_PERSONAL_EXPERIENCE = re.compile(
    r"\b(?:i|you)(?:['’](?:ve|d|re|m|ll)\b|[ \t\xa0]+(?:have|had|am|are|were|will|would|could|can|might|may)\b)"
)  # (not "we": "the largest language change we've ever made" is an organisation's record of its own history)
# "the only person who will ever work on it", "a project no one else would ever use": a future or a hypothesis.
_FUTURE_EVER = re.compile(r"\b(?:will|would|could|might|may|shall|['’]ll)(?:[ \t\xa0]+[a-z]+ly)?[ \t\xa0]+ever\Z")
# "It's only been around for a month": "'s" of a pronoun is "is" or "has", no possessive before "only".
_CONTRACTED_BEFORE = re.compile(r"\b(?:it|that|there|he|she|what|who|here|where|this|one)['’]s[ \t\xa0]+\Z")
_GENERIC_YOU_EVER = re.compile(r"\byou(?:['’]ll|['’]d|[ \t\xa0]+(?:will|would|can|could|might|may))?[ \t\xa0]+ever\Z")
# "newest services no fees ever": "ever" closing a negated noun phrase is no record qualifier.
_NEGATED_EVER = re.compile(r"\b(?:no|without)[ \t\xa0]+[a-z\-]+[ \t\xa0]+ever\Z")

# "Never before had so many people voted": a record by inversion, at the head of a clause.
_NEVER_BEFORE = re.compile(rf"never{_S}(?:before{_S})?(?:had|has|have|did|was|were|is|are)\b")
# "The village has never seen a storm like it", "had never known flooding on this scale": a record
# by experience, no superlative needed.
_NEVER_SEEN = re.compile(
    rf"never{_S}(?:before{_S})?(?:seen|known|witnessed|experienced|recorded|faced){_S}(?:[\w'’\-]+{_S}){{0,5}}?"
    rf"(?:like{_S}(?:it|this|that|them|these)|on{_S}(?:this|that|such{_S}a){_S}scale|of{_S}(?:this|that){_S}(?:size|scale|magnitude|kind))\b"
)
# "Nothing like it has been seen in the valley": the same record, from its object.
_NOTHING_LIKE = re.compile(
    rf"nothing{_S}(?:like{_S}(?:it|this|that)|on{_S}(?:this|that){_S}scale){_S}(?:[\w'’\-]+{_S}){{0,3}}?"
    rf"(?:has|have|had){_S}(?:ever{_S})?been{_S}(?:seen|known|witnessed|experienced|recorded)\b"
)
# "first" is a record only with the history it is first in: "the first time in the club's history",
# "the first ever", "the first ... on record" (never "the first visit since 2019").
_FIRST_CONTEXT = re.compile(
    r"\b(?:history|ever|all[ \t\xa0]+time|on[ \t\xa0]+record|memory|records[ \t\xa0]+began|kind)\b"
)  # "the first of its kind in the country"
# "record" as an adjective on a figure or a measure ("a record 4.2 million units", "record profits").
_RECORD_ADJECTIVE = re.compile(
    rf"record(?:[\-‐‑](?!keeping\b|keeper\b)[a-z]{{2,}}ing\b|{_S}(?:[$€£¥]?\d[\d,.]*(?:{_S}(?:million|billion|thousand|bn|m)\b)?|(?:profits?|sales|losses|crowds?|temperatures?|turnout|heat|rainfall|prices|"
    r"demand|highs|lows|revenues?|earnings|attendances?|exports|imports|numbers)\b))"
)  # "record-smashing", "record-equalling" (not "record-keeping"): a record by morphology
# "more top grades than in any year the school has kept figures": a record by comparison with every year.
_THAN_ANY = re.compile(
    rf"than{_S}(?:(?:in|at|during|on){_S})?any{_S}(?:other{_S})?(?:year|time|season|month|week|day|point|period)\b"
    rf"|than{_S}(?:it|they|he|she|we|you|i){_S}(?:has|have|had){_S}ever{_S}been\b"
)  # "than in any year", "higher than it has ever been" (not the idiom "more important than ever")
# "than anyone else": absolute only with a record's field after it ("better than anyone else" is an idiom).
_BOUNDED = re.compile(rf"{_S}(?:in|at|on|among|within|across|of|from)\b")
_THAN_ANYONE = re.compile(rf"than{_S}any(?:one|body){_S}else\b")
# "No other city has ever hosted ...": uniqueness by negation.
_NO_OTHER = re.compile(
    rf"no{_S}other{_S}(?:[a-z\-]+{_S}){{0,3}}?(?:has|have|had|is|was|were|could|can){_S}ever\b"
    rf"|no{_S}(?!one\b|body\b)[a-z\-]+{_S}(?:has|have|had){_S}ever{_S}(?:[a-z\-]+{_S}){{1,4}}?"
    r"(?:more|fewer|longer|faster|higher|so|as[ \t\xa0]+many|as[ \t\xa0]+much|such)\b"
)  # "no other city has ever", "No city has ever hosted more games" (not "No charges have ever been filed")

# "a 30-year high", "a five-year low", "a new high", "a fresh record low", "a historic low": a record by span.
_SPAN_BEFORE_HIGH = re.compile(
    r"(?:\b(?:new|fresh|historic|multi-year|multi-decade|multidecade)|\b(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\-‐‑ \t\xa0]"
    r"(?:year|month|week|decade|day|century)s?)(?:[ \t\xa0\-‐‑]+record)?[ \t\xa0\-‐‑]+\Z"
)
_HIGH_WORDS = frozenset(["high", "low", "highs", "lows", "peak"])
_HIGH_AS_NOUN = re.compile(
    r"[ \t\xa0]*(?:[.,;:!?)”\"]|\Z)|[ \t\xa0]+(?:of|for|in|on|against|at|since|this|last|after|before|and|but|as|amid|"
    r"with|to|versus|vs|earlier|recorded|set|reached|hit)\b"
)
_LEADING_RUN = re.compile(r"[a-z0-9]*")
_COMPOUND_TAIL = re.compile(r"[\-‐‑][a-z]+")
_QUALIFIER_WORD = re.compile(r"since|ever|yet|in|on|for")
_MOST_ALONE = re.compile(r"[ \t\xa0]+(?:in|on|for)\b")  # "the most in a decade"
_ONLY_BEFORE = re.compile(r"(?:\bthe|['’]s)[ \t\xa0]+\Z")  # "the only club ever to win the treble"
_SOME_OF_BEFORE = re.compile(r"\b(?:some|many|several|few)[ \t\xa0]+of[ \t\xa0]+the[ \t\xa0]+(?:very[ \t\xa0]+)?\Z")
_AMONG_BEFORE = re.compile(r"\b(?:among|one[ \t\xa0]+of)[ \t\xa0]+the[ \t\xa0]+(?:very[ \t\xa0]+)?\Z")


def _leading_key(text: str, pos: int = 0, padded: str | None = None) -> str:
    """The [a-z0-9] run that opens ``text`` at ``pos`` (else its first character, ’ as ').

    With ``padded`` (:func:`auditor.language.trie.token_text` of ``text``) the run is one ``find`` away.
    """
    if padded is not None:
        run = padded[pos + 1 : padded.find(" ", pos + 1)]
    else:
        run = _LEADING_RUN.match(text, pos).group()  # type: ignore[union-attr]
    if run or pos >= len(text):
        return run
    return "'" if text[pos] in "'’" else text[pos]


class _LiteralBuckets(dict[str, "re.Pattern[str]"]):
    """Leading run -> the trie of the literal entries opening with it, compiled on first lookup."""

    def __init__(self, literals: set[str]) -> None:
        super().__init__()
        self.terms: dict[str, list[str]] = {}
        for term in literals:
            self.terms.setdefault(_leading_key(normalise(term)), []).append(term)

    def __missing__(self, key: str) -> re.Pattern[str]:
        # the weasel group stays, never matching, so callers read m.group("weasel") as before
        pattern = re.compile(rf"\b(?:(?P<weasel>(?!x)x)|{trie_regex(self.terms[key])})\b")
        self[key] = pattern
        return pattern


class WordPatterns:
    """The literal-and-weasel trie, split by the leading word of its entries, compiled on first use.

    Compiling the whole trie costs a one-article run ~25 ms, while a document needs the
    entries of a few dozen leading words. At a position whose text opens with the run R
    (see :func:`_leading_key`) only entries opening with R can match: any other entry
    fails within R and the character after it (no word boundary, no space where it needs one),
    so dropping those branches leaves the first match, and its groups, unchanged. The
    "GROUP VERB" weasels are tried first, as the first branch of the one trie was.
    """

    def __init__(self, groups: list[str], literals: set[str], verbs: list[str]) -> None:
        self._group_keys = frozenset(_leading_key(normalise(term)) for term in groups)
        self._groups = groups
        self._verbs = verbs
        self._literals = _LiteralBuckets(literals)
        self.keys = self._group_keys | frozenset(self._literals.terms)  # the leading runs of every entry

    @cached_property
    def _weasel(self) -> re.Pattern[str]:
        aux = (
            r"(?:[ \t\xa0]+(?:have|has|had|also|often|long|widely|now|increasingly|generally|would|still|privately|"
            r"openly)){0,2}"  # "have long said", "would argue" (not "Some might think ..., but": a view set up to refute)
        )
        return re.compile(rf"\b(?P<weasel>{trie_regex(self._groups)}){aux}[ \t\xa0]+{trie_regex(self._verbs)}\b")

    def match(self, low: str, pos: int, key: str) -> re.Match[str] | None:
        """Like ``pattern.match(low, pos)`` for the whole trie; ``key``: :func:`_leading_key` at ``pos``."""
        if key in self._group_keys and (m := self._weasel.match(low, pos)):
            return m
        if key not in self._literals.terms:
            return None  # no literal entry opens with this word
        return self._literals[key].match(low, pos)


@lru_cache(maxsize=16)
def _kinds(vocab: Vocabulary) -> dict[str, str]:
    """Normalised literal entry -> its kind (rec, nob, peacock)."""
    lx = lexicon()
    sup, weasel = lx["superlative"], lx["weasel"]
    lists = {
        "rec": sup["record"] + vocab.extra("LNG001"),
        "nob": weasel["nobody"] + vocab.extra("LNG002"),
        "peacock": lx["peacock"]["terms"] + vocab.extra("LNG003"),
    }
    kinds: dict[str, str] = {}
    for kind in reversed(_PRIORITY):  # record wins over peacock for the same words
        kinds.update({normalise(t): kind for t in lists[kind]})
    return kinds


def _irregular() -> frozenset[str]:
    words = {normalise(w) for w in lexicon()["superlative"]["irregular"]}
    basics = {"most", "least", "never", "first", "record", "no", "than", "nothing", "only"}
    return frozenset(words | basics | _HIGH_WORDS | _records.TRIGGERS)


def _trigger_words(vocab: Vocabulary) -> frozenset[str]:
    """Every word :func:`_scan` asks :func:`auditor.language.trie.word_hits` for, without compiling anything."""
    triggers, second = first_words(set(_kinds(vocab)) | set(lexicon()["weasel"]["groups"]))
    return triggers | second | _irregular()


announce_triggers(lambda: _trigger_words(Vocabulary()))  # the shipped vocabulary: most runs


@lru_cache(maxsize=16)
def compiled(vocab: Vocabulary) -> Compiled:
    """Everything the LNG rules match, compiled once per vocabulary."""
    lx = lexicon()
    sup, weasel = lx["superlative"], lx["weasel"]
    kinds = _kinds(vocab)
    words = WordPatterns(weasel["groups"], set(kinds), weasel["verbs"])
    irregular = sorted(_irregular())
    routine = trie_regex(lx["exceptions"]["routine"] + ["of", "in", "and", "or", "to", "the", "a", "an"])
    adjective = re.compile(rf"(?:[ \t\xa0]+|[\-‐‑])(?!(?:{routine})\b)[a-z][a-z\-]*")  # "most valuable", "most-watched"
    # "since" as a conjunction ("most abortions since many women ...") is no record qualifier
    since_clause = r"(?<=since)(?=[ \t\xa0]+(?:many|most|some|he|she|they|it|we|you|i|there|this|these|those|people|no|not|all|few)\b)"
    qualifier = re.compile(
        rf"(?:[ \t\xa0]+[\w'’\-]+){{0,6}}?[ \t\xa0]+(?:{_RECORD_CONTEXT}|{trie_regex(sup['qualifiers'])})\b"
        rf"(?!{since_clause})"
    )
    not_superlative = frozenset(normalise(w) for w in lx["exceptions"]["est"] + lx["exceptions"]["routine"])
    quantifiers = frozenset(normalise(w) for w in weasel["quantifiers"])
    triggers, second = first_words(set(kinds) | set(weasel["groups"]))
    return Compiled(
        words, adjective, qualifier, kinds, not_superlative, quantifiers, triggers, second, frozenset(irregular)
    )


def matches(doc: Document, vocab: Vocabulary) -> list[LexMatch]:
    """Every lexicon hit in the document, shared by the rules.

    The patterns run only where one of their trigger words occurs (see
    :func:`auditor.language.trie.occurrences`), never at every character.
    """
    return doc.derived(
        f"language-matches:{hash(vocab)}",
        lambda d: _scan(d, compiled(vocab)),
    )


def _scan(doc: Document, c: Compiled) -> list[LexMatch]:
    low, padded = folded(doc), token_text(doc)
    out: list[LexMatch] = []
    last_end = -1
    words, keys = c.words, c.words.keys
    for pos, word in word_hits(doc, c.triggers | c.second):
        m = None
        if word in c.second:  # "a new era": try from the word before
            before = previous_word_start(low, pos, padded)
            if before < pos and before >= last_end:
                # the [a-z0-9] run there, read off the token text (see _leading_key)
                key = padded[before + 1 : padded.find(" ", before + 1)] or _leading_key(low, before)
                if key in keys:  # else no entry opens there: nothing to try
                    m = words.match(low, before, key)
        if m is None and word in c.triggers and pos >= last_end:
            m = words.match(low, pos, word)
        if m is None or _compound(low, m.start(), m.end()):
            continue  # "some fear-mongering": part of a hyphenated word
        last_end = m.end()
        if m.group("weasel") is not None:
            out.append(LexMatch("weasel", _quantified(low, m.start(), c.quantifiers), m.end()))
        else:
            kind = c.kinds.get(normalise(m.group(0)))
            if kind == "rec" and (_paired_sense(low, m.start(), m.end()) or _no_record_sense(low, m.start(), m.end())):
                continue  # "an unmatched surrogate", "not without precedent", "record-level data": no record
            if kind:
                out.append(LexMatch(kind, m.start(), m.end()))
    for pos, word in _superlative_words(doc, low, padded, c.superlatives):
        hit = _superlative(low, pos, word, c, doc.text)
        if hit:
            out.append(hit)
    out.sort(key=lambda h: (h.start, -h.end, h.kind))
    kept: list[LexMatch] = []
    for hit in out:  # overlapping hits of one kind: keep the first, longest
        if any(k.kind == hit.kind and k.end > hit.start for k in kept[-3:]):
            continue
        if hit.kind == "sup" and any(k.kind == "rec" and k.end > hit.start for k in kept[-3:]):
            continue  # "the first time in history": the record entry already holds it
        kept.append(hit)
    return kept


_PAIRED = frozenset(["unmatched"])  # record words that also mean "without its pair"
# "incomparable" also means "that cannot be compared": "the two series are incomparable because ...",
# "figures incomparable with last year's"; the uniqueness claim has no second term.
_COMPARED_AFTER = re.compile(
    r"[ \t\xa0]+(?:with|to|between|because|across|over|since|as|unless|without|due)\b|[ \t\xa0]*\("
)
_UNIQUE_CONTEXT = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|remains?|remained|stands?|stood|seems?|seemed|appears?|looks?)"
    r"[ \t\xa0]+(?:\w+[ \t\xa0]+)?\Z)"
)
_UNIQUE_AFTER = re.compile(
    r"[ \t\xa0]*(?:,|\.|;|\Z|(?:by|in|among|anywhere|across|worldwide|nationally|globally|since)\b|"
    r"\w+(?:ity|ness|ance|ence|ship|ism|ment|tion|sion)\b)"
)


# Record words that claim no record: negated ("wouldn't be entirely without precedent", "hardly unprecedented"),
# a term of data ("record-level data": one row each), the idiom "these unprecedented times", and a person's own
# first ("my first blog post ever", "her first-ever talk": a milestone of their own, not of a field).
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|hardly|scarcely|never)|n['’]t)(?![ \t\xa0]+(?:only|just|merely|simply)\b)(?:[ \t\xa0]+[a-z]+){0,2}[ \t\xa0]+\Z"
)  # (not "not only unprecedented but ...": an intensifier)
_IDIOM_AFTER = re.compile(r"[ \t\xa0]+(?:times|circumstances)\b")
_OWN_FIRST_BEFORE = re.compile(r"\b(?:my|your|his|her)[ \t\xa0]+(?:very[ \t\xa0]+)?\Z")  # ("their" may be a club's)


def _no_record_sense(low: str, start: int, end: int) -> bool:
    """A record word that claims no record (see above)."""
    words = low[start:end]
    if words.startswith("record") and words[6:7] in "-‐‑" and words[6:7] and re.match(r"[ \t\xa0]+[a-z]", low[end:]):
        return "level" in words  # "record-level temporal data"
    if words.startswith(("first", "first-ever")) or words == "first-ever":
        return _OWN_FIRST_BEFORE.search(low, max(0, start - 12), start) is not None
    if words == "unprecedented" and _IDIOM_AFTER.match(low, end):
        return True
    return _NEGATED_BEFORE.search(low, max(0, start - 30), start) is not None


def _paired_sense(low: str, start: int, end: int) -> bool:
    """ "unmatched" in its other sense, without its pair ("an unmatched surrogate", "unmatched
    brackets"): a uniqueness claim says so by its place ("is unmatched", "remains unmatched by
    any rival", "a feat unmatched in the region", closing its clause) or by qualifying a quality
    ("unmatched precision", "unmatched reliability"); before a plain noun it pairs nothing."""
    if low[start:end] == "incomparable":
        return _COMPARED_AFTER.match(low, end) is not None
    if low[start:end] not in _PAIRED:
        return False
    if _UNIQUE_CONTEXT.search(low, max(0, start - 40), start):
        return False
    return not _UNIQUE_AFTER.match(low, end)


def _superlative_words(doc: Document, low: str, padded: str, superlatives: frozenset[str]) -> list[tuple[int, str]]:
    """Where a word ending in -est or an irregular superlative occurs: sorted (offset, word).

    The -est words are found through "est " in the token text, not by reading every word.
    """
    found = dict(word_hits(doc, superlatives))
    size = len(low)
    i = padded.find("est ")
    while i != -1:
        start = padded.rfind(" ", 0, i) + 1  # the word's offset in padded; in low one less
        j = i + 2  # the end of the word in low
        if (start == 1 or not low[start - 2].isalnum()) and (j >= size or not low[j].isalnum()):
            found[start - 1] = padded[start : i + 3]
        i = padded.find("est ", i + 3)
    return sorted(found.items())


_AGAIN = re.compile(r"\bagain\b")
_MANNER_BEFORE = re.compile(r"(?:^|[ \t\xa0])(?:to|how|can|could|would|should|will|might|may|must)[ \t\xa0]+\Z")
_PARTICIPLE_AFTER = re.compile(
    r"[ \t\xa0]+(?:[a-z]{3,}ed|known|seen|done|kept|left|made|shown|suited|placed|written|told|spent)"
    r"[ \t\xa0]+(?:for|as|by|to|in|when|if)\b"
)


def _clause_end(low: str, start: int) -> int:
    """Where the clause from ``start`` ends: the next . ; ! ? or line break (at most 160 characters on)."""
    stop = min(len(low), start + 160)
    ends = [i for i in (low.find(ch, start, stop) for ch in ".;!?\n") if i != -1]
    return min(ends) if ends else stop


def _adverb_of_manner(low: str, start: int, end: int) -> bool:
    """ "best"/"worst" modifying a verb: after "to" or a modal ("to best meet"), or before a participle
    with its complement and no determiner before ("is best known for", "are best suited to")."""
    if _MANNER_BEFORE.search(low, max(0, start - 8), start):
        return True
    before = low[max(0, start - 16) : start].split()[-1:]
    if before and (before[0] in _DETERMINERS or before[0].endswith(("'s", "’s"))):
        return False  # "the best known example", "Go's best known feature"
    return bool(_PARTICIPLE_AFTER.match(low, end))


def _clause_head(low: str, start: int) -> bool:
    """Whether ``start`` opens a sentence or clause (after . ! ? ; : , or a line break)."""
    before = low[max(0, start - 3) : start].rstrip(" \t\xa0\"“‘'(")
    return not before or before[-1] in ".!?;:,\n"


def _compound(low: str, start: int, end: int) -> bool:
    return (end < len(low) and low[end] in "-‐‑") or (start > 0 and low[start - 1] in "-‐‑")


def _quantified(low: str, start: int, quantifiers: frozenset[str]) -> int:
    """Extend a weasel back over a vague quantifier: "some analysts", "a growing number of experts"."""
    lo = max(0, start - 40)
    window = low[lo:start]
    words = window.split()
    for n in (4, 3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]) in quantifiers and window.rstrip().endswith(words[-1]):
            return lo + window.rfind(" ".join(words[-n:])) if " ".join(words[-n:]) in window else start
    return start


def _superlative(low: str, start: int, word: str, c: Compiled, text: str = "") -> LexMatch | None:
    """A superlative word followed, within six words, by a record qualifier."""
    if word == "time":
        found = _records.all_time(low, start)  # "all-time highs": the tail of a compound that makes the record
        return LexMatch("rec", *found) if found else None
    if start > 0 and low[start - 1] in "-‐‑":
        return None  # the tail of a compound: "self-interest", "mid-west"
    if word in _records.TRIGGERS:
        found = _records.record_at(low, start, word, lambda: _clause_head(low, start))
        return LexMatch("rec", *found) if found else None
    if word in _HIGH_WORDS:
        span = _SPAN_BEFORE_HIGH.search(low, max(0, start - 32), start)
        if span is None or not _HIGH_AS_NOUN.match(low, start + len(word)):
            return None  # "new high-level functions", "a new low traffic channel": an adjective
        return LexMatch("rec", span.start(), start + len(word))
    if word == "nothing":
        nothing = _NOTHING_LIKE.match(low, start)
        return LexMatch("rec", start, nothing.end()) if nothing else None
    if word == "never":
        never = _NEVER_BEEN.match(low, start) or _NEVER_SEEN.match(low, start)
        if never is None and _clause_head(low, start):
            never = _NEVER_BEFORE.match(low, start)
        if never is not None and _AGAIN.search(low, never.end(), _clause_end(low, never.end())):
            return None  # "never have a debate about spacing ever again": a promise for the future, not a record
        if never is None:
            found = _records.record_at(low, start, word, lambda: False)  # "never been so low in decades"
            return LexMatch("rec", *found) if found else None
        return LexMatch("rec", start, never.end())
    if word == "record":
        adjective = _RECORD_ADJECTIVE.match(low, start)
        if adjective is not None:
            return LexMatch("rec", start, adjective.end())
        noun = _records.record_noun(low, start)  # "a new world record", "Turnout was a record"
        return LexMatch("rec", *noun) if noun else None
    if word == "only" and (
        not _ONLY_BEFORE.search(low, max(0, start - 8), start)
        or _CONTRACTED_BEFORE.search(low, max(0, start - 10), start)
    ):
        return None  # "not only ... but ever more popular": only "the only ..." can be a record
    since = c.qualifier.match(low, start + 4) if word == "only" else None
    if since is not None and "since" in low[since.start() : since.end()]:
        return None  # "the only meaningful change since last year": a comparison with one year, not all time
    if word in ("than", "no"):
        known = (_THAN_ANY if word == "than" else _NO_OTHER).match(low, start)
        if known is not None:
            return LexMatch("rec", start, known.end())
        found = _records.record_at(low, start, word, lambda: False)  # "than any other club", "has no equal"
        if found is not None and word == "than" and _BOUNDED.match(low, found[1]):
            # "taller than any other boy in the class": a plain ranking within its field, as "the tallest boy
            # in the class" is, unless the field is a record's ("than any other club in the league's history")
            field = c.qualifier.match(low, found[1])
            found = (start, field.end()) if field and _BOUNDED.match(low, field.start()) else None
        if found is None and word == "than" and (anyone := _THAN_ANYONE.match(low, start)) is not None:
            field = c.qualifier.match(low, anyone.end())  # "than anyone else in the league's history"
            found = (start, field.end()) if field else None
        return LexMatch("rec", *found) if found else None
    if word == "first" and (noun := _records.first_as_noun(low, start)) is not None:
        return LexMatch("rec", *noun)  # "a first for the club", "a world first"
    end = start + len(word)
    if word in ("most", "least"):
        before = [w.strip("‘'\"“(") for w in low[max(0, start - 16) : start].split()[-2:]]
        if not any(w in _DETERMINERS or w.endswith(("'s", "’s")) for w in before):
            return None  # "most residents have left since ...": a quantifier, not a superlative
        adj = c.adjective.match(low, end)
        if adj is not None and _QUALIFIER_WORD.fullmatch(low, adj.start() + 1, adj.end()):
            adj = None  # "scored the most since 2010": "most" alone, then its record context
        elif (not adj and not _MOST_ALONE.match(low, end)) or low.startswith(" of", end):
            return None  # "make the most of it"
        if adj is not None:
            end = adj.end()
    elif word not in c.superlatives and (len(word) <= 4 or word in c.not_superlative or not word.isalpha()):
        return None
    if word in ("best", "worst") and _adverb_of_manner(low, start, end):
        return None  # "to best meet the needs", "is best known for": how well, not a ranking against a record
    if (tail := _COMPOUND_TAIL.match(low, end)) is not None:
        end = tail.end()  # "the highest-grossing tour of all time", "the best-selling album ever"
        if low[tail.start() + 1 : end] == "ever" and word not in ("last", "first"):
            return LexMatch("sup", start, end)  # "its biggest-ever crowd", "the best-ever season": a record by itself
    world = _WORLD_BEFORE.search(low, max(0, start - 24), start)
    if world is not None:
        return LexMatch("sup", world.start(), end)
    qual = c.qualifier.match(low, end) or _EXPERIENCE_AFTER.match(low, end) or _SINCE_AFTER_PHRASE.match(low, end)
    if not qual or _NEGATED_EVER.search(low, end, qual.end()) or _GENERIC_YOU_EVER.search(low, end, qual.end()):
        return None  # "the best advice you'll ever get": the generic "you" of an idiom, no record
    if _PERSONAL_EXPERIENCE.search(low, end, qual.end()) or _FUTURE_EVER.search(low, end, qual.end()):
        return None  # "the best job I've ever had", "the only person who will ever work on it"
    if low.startswith("to date", qual.end() - 7) and low[max(0, qual.end() - 11) : qual.end() - 7] == " up ":
        return None  # "the most up to date information": the idiom, not a record to date
    if low[qual.end() : qual.end() + 1] in ("-", "‐", "‑"):
        return None  # "our ever-expanding user base": the qualifier word opens a compound, it qualifies nothing
    field = _FIELD_RE.search(low, qual.start(), qual.end())
    if (
        field is not None
        and field.group("outside")
        and not text[field.start("outside") : field.start("outside") + 1].isupper()
    ):
        return None  # "the best seats outside the box": only a place ("outside London") makes the field
    if field is not None and (
        _AMONG_BEFORE.search(low, max(0, start - 20), start)
        or _SOME_OF_BEFORE.search(low, max(0, start - 20), start)
        or _IDIOM_NOUNS.intersection(low[end : field.start()].split())
        or word in ("last", "first")
        or _APPOSITIVE_BEFORE.search(text, max(0, start - 40), start)
        or _FIELD_VERBS.intersection(low[end : field.start()].split())
        or _WISH_BEFORE.search(low, max(0, start - 60), start)
    ):
        # "the best thing in the world": an idiom; "Rotterdam, the largest port in Europe": a name's
        # standing description; "the best coverage is in North America": where, not a ranking;
        # "we want Rust to be the most reliable platform in the world": a goal, not a claim
        return None
    if word == "first" and not _FIRST_CONTEXT.search(low, end, qual.end()):
        return None  # "the first visit since 2019": a fact of the calendar, not a record
    if word == "first" and _OWN_FIRST_BEFORE.search(low, max(0, start - 12), start):
        return None  # "my first blog post ever": a milestone of the writer's own
    if ("kind" in low[qual.start() : qual.end()] or " of any " in low[qual.start() - 1 : qual.end()]) and (
        _AMONG_BEFORE.search(low, max(0, start - 20), start)
    ):
        return None  # "among the best of its kind", "one of the most advanced of any project": one of many
    more = c.qualifier.match(low, qual.end())  # "the worst the valley has seen since 1953": both contexts
    return LexMatch("sup", start, (more or qual).end())
