"""A statement about a whole class against one member of it told otherwise (for CON002).

"No library in the borough would close" is contradicted by "the savings plan includes shutting the
Westbrook branch library"; "all of the new stops would open with the line" by "the Hollin Bridge
stop will not open until February"; "no planned surgery had been called off" by "47 routine
operations cancelled this week"; "No curfew has been imposed" by "The curfew ... was extended". Each
pair is read as two statements of (subject, predicate, polarity, modality):

- the **class statement** quantifies a noun: none of it ("no X would V", "none of the Xs V-ed",
  "placed no X on", "would not V a single X") or all of it ("all of the Xs would V", "every X was
  V-ed"), with its predicate (the verb, and its object when it has one), the words that narrow the
  class ("member farms", "the Sandøen birds") and its modality (told, or an assurance about the
  future with "would" or "will");
- the **member statement** names one case of the noun or of a kind of it (WordNet, see
  :mod:`auditor.language.senses`): counted ("47 routine operations"), indefinite ("a crack"), or
  named ("the Westbrook branch library"); a bare or definite mention ("The curfew", "Reporting
  restrictions") is a member only of a class whose predicate only says it exists ("no curfew has
  been imposed", "placed no reporting restrictions"), since any act on it says that it does.

The predicates meet when the member's verb tells the class's act in other words (``senses.act_meets``
and its converses: a farm that "loses" its contract is one whose agreement the dairy "ends"), when
the class's verb only says the thing exists or was touched ("imposed", "affected"), or when both
name one place ("stopped over in the Azores" / "resting in the Azores"). The polarities must be
opposite (a "none" against a told case; an "all" against a negated one) and the modality must fit:
a told "none" is not met by a plan, an assurance about the future is met by both. The caller
(polarity.py) leaves alone pairs dated apart, changes, disputes and another incident.

One pass reads the class statements (few per article); members are looked for only in sentences
that hold the class's noun or a kind of it, within a budget of comparisons per article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from auditor.language.entities import words as _words
from auditor.language.nonecount import NoneFact, harm_classes, none_facts
from auditor.language.nonecount import singular as _singular
from auditor.language.senses import (
    act_meets,
    canonical,
    kind_of,
    lemmas,
    names_a_person,
    names_a_place,
    names_a_time,
    names_an_act,
    root,
    same_act,
    same_kind,
    senses,
)

_MAX_COMPARISONS = 600  # candidate member sentences per article, however long it is


@dataclass(frozen=True, slots=True)
class ClassStatement:
    """A statement about every member of a class: none of them, or all of them."""

    sentence: int
    said: str
    quantifier: str  # none | all
    noun: str  # singular, lower case
    verb: str  # the predicate's verb as written ("close", "called off", "imposed")
    objects: frozenset[str]  # the object's head words, when the verb has one ("contract")
    narrowing: frozenset[str]  # words that narrow the class ("member", "sandøen")
    places: frozenset[str]  # proper place names the class is bounded by ("azores")
    future: bool  # "would"/"will": an assurance about what is to come
    every_time: bool  # "in any season", "at any point", "ever": no date excuses a case
    fresh: bool = False  # "no further strikes", "no new cases": only cases beyond those told are members
    light: bool = False  # "needed hospital treatment": the act is the object's, the verb only has it
    acted: bool = False  # "did not find any X": one act not done, not a statement that no X exists


@dataclass(frozen=True, slots=True)
class MemberConflict:
    """A class statement and the sentence that tells one member of it otherwise."""

    claim: ClassStatement
    sentence: int
    told: str  # the member's clause as written
    member: str  # the member as named ("the Westbrook branch library", "47 routine operations")


_STOP = _words(
    "the a an of to in on at for with by and or but that this these those its their his her from as into about "
    "over after before during since than then there here also has have had was were is are be been being not "
    "never any some such which who whom what when where while yet only just very more most much many other "
    "another own same them they it he she we you our your said says say told according no none nobody one "
    "all every each new existing current planned"
)
# verbs that only say the thing exists, or was touched at all: any act told of a member meets them
_EXISTENTIAL = frozenset(
    root(w) for w in _words("impose place introduce declare issue set find record report detect log exist")
)
_GENERIC = frozenset(root(w) for w in _words("affect impact touch hit change"))
# predicates told from the other side: a farm that loses its contract is one whose contract is ended
_CONVERSE = {root("lose"): frozenset(root(w) for w in _words("end terminate cancel scrap axe withdraw cut drop"))}
# kinds of news copy that WordNet's first senses do not relate (see senses._KINDS for the shared ones)
_NOUN_KINDS = (("surgery", "operation", "procedure"),)
_VERB_KINDS = (("cancel", "call_off", "scrap", "axe"), ("drop", "delete", "remove"))
_NOUN_KIND = {w: n for n, kind in enumerate(_NOUN_KINDS) for w in kind}
_VERB_KIND = {w: n for n, kind in enumerate(_VERB_KINDS) for w in kind}


def _lemma(verb: str) -> str:
    """A verb's WordNet lemma ("cancelled": cancel), or the word itself."""
    found = lemmas(verb, "v")
    return found[0] if found else verb


_PREPOSITIONS = _words("in at on of from among near inside outside aboard")
_PARTICLES = _words("off out up down back over away")
_NEGATION = re.compile(r"(?i)\b(?:not|never|no\s+longer|yet\s+to|failed\s+to|n['’]t)\s+(?:\w+\s+){0,2}$")
_NEARLY = re.compile(r"(?i)\b(?:nearly|almost|narrowly)\s+$")
_HYPOTHETICAL = re.compile(
    r"(?i)\b(?:could|might|may|can|cannot|if|unless|whether|should|would\s+like|hopes?\s+to|wants?\s+to|proposed|"
    r"considering|threatened|feared|risk|potential|possible|able)\b"
)
_FUTURE = re.compile(r"(?i)\b(?:will|would|shall|is\s+to|are\s+to|due\s+to|going\s+to|plan\w*)\b")
_FRESH = _words("further new fresh more")  # "no further strikes": a member must be told as another one
_LIGHT_VERBS = _words("need require receive get undergo suffer sustain")
_DISTINCT = _words("another other separate second third previous earlier different further former such")
_NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands several"
)
_EVERY_TIME = re.compile(r"(?i)\b(?:ever|at\s+any\s+(?:point|time|stage)|in\s+any\s+(?:season|year)|anywhere)\b")
_MONTHS_DAYS = _words(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday christmas easter"
)
_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'’-]*|\d[\d,.]*(?:-[A-Za-z]+)*|[,;:()\"“”]")
_WORD = re.compile(r"[a-z\u00e0-\u024f][\w\u00e0-\u024f'’-]*")
_NUMBER = re.compile(r"\d[\d,.]*$")  # "47", "2,300"; "48-hour" is an adjective, not a count
_CLAUSE_BREAK = re.compile(r";|:\s|\s+but\s+|,\s+(?:but|while|although|whereas)\s+")
_ALL_RE = re.compile(r"\b(?:[Aa]ll\s+(?:of\s+)?(?:the|its|their|our)\s+(?:[\d,]+\s+)?|[Ee]very\s+)")
_DETERMINERS = _words(
    "the a an this that these those its their our his her and or but of to in on at for with by who which is are"
)
_AUX = _words("would will were was had have has been be")


def _read_all(text: str, at: int) -> tuple[list[str], str, str, int] | None:
    """(noun phrase words, auxiliaries, verb, end) after "all of the" or "every": "all of the new stops
    would open", "every eligible applicant had been paid"."""
    words: list[str] = []
    aux: list[str] = []
    end = 0
    for m in re.finditer(r"[A-Za-z][\w-]*", text[at : at + 90]):
        w = m.group(0)
        if text[at + end : at + m.start()].strip():
            return None  # punctuation inside: no clause of this shape
        end = m.end()
        if w in _AUX and words:
            aux.append(w)
            continue
        if aux and not {"would", "will", "were", "was", "had", "have", "has"} & set(aux):
            return None  # "all the data is consumed": how things work, not one occasion
        if aux or (words and w.endswith("ed") and w.islower()):
            if not w.islower() or w in _STOP or not senses(w, "v"):
                return None
            if not aux and not w.endswith("ed"):
                return None
            return words, " ".join(aux), w, at + m.end()
        if not w.islower() or w in _DETERMINERS or len(words) >= 3:
            return None
        words.append(w)
    return None


_NP_BREAK = r"(?:for|in|on|at|to|of|from|with|by|since|because|and|or|but|so|that|which|who|as|when|after|before)"
_NOT_A_SINGLE = re.compile(
    r"\b(?P<aux>would|will|did|has|have|had)\s+(?:(?P<never>never)|not)\s+(?P<verb>[a-z]{3,})\s+"
    r"(?P<det>a\s+single|any\s+of\s+(?:the|its|our|their)|any|an?)\s+"
    r"(?P<np>[a-z][\w-]*(?:\s+(?!" + _NP_BREAK + r"\b)[a-z][\w-]*){0,2})"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+" + _NP_BREAK + r"\b)"
)  # "would not drop a single test", "has not closed any of its branches", "has never set a housing target"
_IRREGULAR_TOLD = _words("shut cut hit put set lost left sent held paid sold went came fell lent spent kept built")


def _places(text: str) -> set[str]:
    """Proper place names after a locative ("in the Azores", "at Kap Herschel"), months and days aside."""
    out = set()
    for m in re.finditer(
        r"\b(?:in|at|on|near|inside|off|over)\s+(?:the\s+)?((?:[A-Z][\w\u00c0-\u024f'’-]+\s*)+)", text
    ):
        for w in m.group(1).split():
            if w.lower() not in _MONTHS_DAYS:
                out.add(w.lower())
    return out


def _territory(word: str) -> bool:
    """A preposition, or a place the whole story is set in ("no library in the borough"): no narrowing."""
    if word in _PREPOSITIONS or word in _STOP:
        return True
    return names_a_place(word)


_SCOPE = re.compile(r"\b(?:in|at|among|inside|within)\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w'’-]*\s*){1,3})")


def _scope_words(where: str, rest: str) -> list[str]:
    """The nouns of the phrases that bound a class: its own ("patients in the maternity unit") and a
    locative after the verb ("No cases have been recorded in the district's care homes")."""
    out = [w for w in where.split() if w.islower()]
    for m in _SCOPE.finditer(rest):
        phrase: list[str] = []
        for w in m.group(1).split():
            if w in _PREPOSITIONS or w in _DETERMINERS:
                break
            phrase.append(w)
        if phrase and (_territory(phrase[-1]) or rest[: m.start()].rstrip().endswith(("anywhere", "everywhere"))):
            continue  # "in the lake region", "anywhere in the valley": the story's own territory, modifiers and all
        for w in phrase:
            if w.endswith(("'s", "’s")) or names_a_time(_singular(w)) or names_an_act(_singular(w)):
                continue  # "in any season" is a time, "in the outbreak" the story's own event: no narrowing
            out.append(w)
    return out


def _narrowing(words: list[str]) -> frozenset[str]:
    """The modifiers that pick part of a class: names ("Sandøen") and nouns ("member", "school"), not
    descriptions ("planned", "tracked", "new")."""
    out = set()
    for w in words:
        low = w.lower()
        if low in _STOP or low.endswith("ed") or len(low) < 3:
            continue
        if low.endswith("ing") and not senses(low, "n"):
            continue  # "existing", "remaining"; "housing" and "reporting" name things
        if w[:1].isupper() or senses(low, "n"):
            out.add(low)
    return frozenset(out)


def _from_none(fact: NoneFact, text: str) -> ClassStatement | None:
    if not fact.verb:
        return None
    words = fact.np.split()
    fresh = any(w.lower() in _FRESH for w in words)
    if any(w.lower() in _DISTINCT and w.lower() not in _FRESH for w in words):
        return None  # "no other shipyard": beyond the cases the article tells, unnamed
    said = fact.said
    at = max(text.find(fact.np), 0)
    head = text[at : text.find(fact.verb, at)] if fact.verb in text[at:] else said
    if re.search(r"\b(?:is|are|can|cannot|must|should)\b", head):
        return None  # "No event handler is added": a rule of how things work, not a fact of one occasion
    future = bool(re.search(r"\b(?:would|will)\b", said))
    verb = fact.verb
    after = fact.rest.split()[:1]
    if after and after[0].lower() in _PARTICLES:
        verb = f"{verb} {after[0].lower()}"  # "called off", "stopped over"
    return ClassStatement(
        fact.sentence,
        said,
        "none",
        fact.noun,
        verb,
        frozenset(o for o in fact.object_words if senses(o, "n")),
        _narrowing(words[:-1] + [w for w in _scope_words(fact.where, fact.rest) if not _territory(w)]),
        frozenset(_places(f"{fact.where} {fact.rest}")),
        future,
        bool(_EVERY_TIME.search(text)),
        fresh,
        _lemma(fact.verb) in _LIGHT_VERBS and bool(fact.object_words),
    )


def class_statements(sentences: list) -> list[ClassStatement]:
    """Every "none" and "all" statement of the body sentences (the "none" ones as nonecount reads them)."""
    out = []
    for fact in none_facts(sentences, modal=True):
        st = _from_none(fact, sentences[fact.sentence].text)
        if st is not None:
            out.append(st)
    for i, sent in enumerate(sentences):
        text = sent.text
        if text.rstrip().endswith("?"):
            continue
        if " not " in text or " never " in text:
            for m in _NOT_A_SINGLE.finditer(text):
                words = m.group("np").split()
                if any(w in _DISTINCT for w in words) or _HYPOTHETICAL.search(text[: m.start()]):
                    continue
                if m.group("det") in ("a", "an") and not m.group("never"):
                    continue  # "did not sign a contract" is one act not done; "has never set a target" none
                if not senses(m.group("verb"), "v") or not senses(words[-1], "n"):
                    continue
                rest = re.split(r"[,;.]", text[m.end() :], maxsplit=1)[0]
                out.append(
                    ClassStatement(
                        i, " ".join(text[m.start() : m.end() + len(rest)].split()), "none",
                        _singular(words[-1].lower()), m.group("verb"), frozenset(), _narrowing(words[:-1]),
                        frozenset(_places(rest)), m.group("aux").lower() in ("would", "will"),
                        bool(_EVERY_TIME.search(text)), acted=not m.group("never"),
                    )
                )  # fmt: skip
        if not ("all " in text or "All " in text or "very " in text):
            continue
        for m in _ALL_RE.finditer(text):
            read = _read_all(text, m.end())
            if read is None or re.search(r"(?i)\b(?:almost|nearly|not)\s+$", text[: m.start()]):
                continue
            words, aux, verb, end = read
            if any(w in _DISTINCT for w in words):
                continue
            rest = text[end : end + 80]
            said = " ".join(text[m.start() : end + len(re.split(r"[,;.]", rest, maxsplit=1)[0])].split())
            out.append(
                ClassStatement(
                    i, said, "all", _singular(words[-1].lower()), verb, frozenset(), _narrowing(words[:-1]),
                    frozenset(_places(rest)), bool(re.search(r"\b(?:would|will)\b", aux)), False,
                )
            )  # fmt: skip
    return out


@lru_cache(maxsize=16384)
def _is_member(word: str, noun: str) -> bool:
    low = _singular(word.lower())
    if low == noun or (low in _NOUN_KIND and _NOUN_KIND[low] == _NOUN_KIND.get(noun)):
        return True
    if not low.isalpha() or len(low) < 3:
        return False
    if noun in ("person", "people"):
        return names_a_person(low)  # "no one", "nobody": anyone the sentence names or describes
    # a member is a kind of the class one step down ("walkout" of strike), or of one kind in the shared table
    # (one kind of the shared table is all ``same_kind`` could add here: the cheap test alone answers)
    return canonical(low) == canonical(noun) != low or kind_of(low, noun, depth=1)


def _member_np(tokens: list[str], k: int, fresh: bool = False) -> tuple[str, str, int] | None:
    """The member's noun phrase ending at token ``k``, how it is specific (count, named, bare) and the
    token its modifiers start at."""
    n = k - 1
    while n >= 0 and n >= k - 5:
        t = tokens[n]
        low = t.lower()
        if t == "," and n >= 2 and tokens[n - 1].islower() and tokens[n - 2].lower() in ("a", "an", "the"):
            n -= 1  # "a second, 48-hour walkout": adjectives in a list
            continue
        if low in ("the", "a", "an", "its", "their", "his", "her", "our") or not (t[:1].isalnum()):
            break
        if low in _STOP and low not in _NUMBER_WORDS:
            break
        n -= 1
        if _NUMBER.match(t) or low in _NUMBER_WORDS:
            break  # "lists 47 routine operations": the count opens the noun phrase
    words = [w for w in tokens[n + 1 : k] if w != ","]
    det = tokens[n].lower() if n >= 0 else ""
    distinct = any(w.lower() in _DISTINCT or w.lower() in _FRESH for w in [det, *words])
    if distinct != fresh:
        return None  # "another crack" is not one of "no cracks"; "no further strikes" needs "a second walkout"
    np = " ".join(([tokens[n]] if det in ("the", "a", "an") and n >= 0 else []) + words + [tokens[k]])
    if any(_NUMBER.match(w) or w.lower() in _NUMBER_WORDS for w in words) or det in ("a", "an"):
        return np, "count", n + 1
    if any(w[:1].isupper() for w in words) and not (n < 0 and len(words) == 1 and words[0] == tokens[0]):
        return np, "named", n + 1
    if det not in ("the", "") or any(w.lower() in _SOME for w in words):
        return None  # "These domains", "some notable differences": another set than the class's
    return np, "bare", n + 1


_SOME = _words("some these those many several few most")


def _verbs(tokens: list[str], lo: int, hi: int) -> Iterator[tuple[int, str]]:
    """Tokens of ``lo:hi`` that may be a verb: a participle, a gerund, or a base after a modal or "to"."""
    for n in range(lo, hi):
        t = tokens[n]
        if not t[:1].isalpha() or not t.islower() or t in _STOP or len(t) < 3:
            continue
        prev = tokens[n - 1].lower() if n else ""
        form = t.endswith(("ed", "en", "ing")) or t in _IRREGULAR_TOLD
        if form or prev in ("will", "would", "to", "not", "never", "shall", "must"):
            yield n, t


_OPENERS = _words("whether that if who which when to because after before while , ( said says told")


def _governs(tokens: list[str], n: int, start: int) -> bool:
    """Whether the verb at ``n`` takes the noun phrase starting at ``start`` as its object: next to it
    ("shutting the Westbrook branch library") or across a short object ("end supply agreements with")."""
    between = [t.lower() for t in tokens[n + 1 : start]]
    if len(between) > 4 or any(t in _OPENERS for t in between):
        return False
    return not between or between == ["the"] or between[-1] in ("the", "with", "of", "for", "a", "an")


def _predicate_meets(st: ClassStatement, verb: str, clause_words: set[str]) -> bool:
    words = st.verb.split()
    head = words[0]
    candidates = [f"{_lemma(head)}_{words[1]}", head] if len(words) > 1 else [head]
    if any(act_meets(c, verb) or act_meets(verb, c) for c in candidates):
        return True
    kind = _VERB_KIND.get(candidates[0], _VERB_KIND.get(_lemma(head)))
    if kind is not None and _VERB_KIND.get(_lemma(verb)) == kind:
        return True
    return root(verb) in _CONVERSE.get(root(head), ())


def _act_in(st: ClassStatement, clause_words: set[str]) -> bool:
    """Whether a member's clause tells the act a light verb's object names: one class of harm
    (treatment, hospital, injured) or the object's own act."""
    wanted = harm_classes({root(o) for o in st.objects})
    if wanted and wanted & harm_classes({root(w) for w in clause_words if w.isalpha()}):
        return True
    return any(w.isalpha() and len(w) > 3 and same_act(w, o) for w in clause_words for o in st.objects)


def _nominal_meets(st: ClassStatement, between: list[str]) -> bool:
    """A noun of the act between the verb and the member: "confirmed the death of a boy" tells that a
    boy died; "announced the closure of the Westbrook library" that it closes."""
    head = st.verb.split()[0]
    return any(w.isalpha() and w.islower() and len(w) > 3 and same_act(w, head) for w in between)


def _objects_meet(st: ClassStatement, clause_words: set[str]) -> bool:
    return not st.objects or any(
        any(w == o or (w.isalpha() and len(w) > 3 and same_kind(_singular(w), o)) for w in clause_words)
        for o in st.objects
    )


def member_conflicts(sentences: list) -> list[MemberConflict]:
    """Every class statement against the nearest member told otherwise in another sentence."""
    statements = class_statements(sentences)
    if not statements:
        return []
    out: list[MemberConflict] = []
    budget = _MAX_COMPARISONS
    tokens_of: dict[int, tuple[list[str], list[tuple[int, str]]]] = {}  # each sentence read once
    words_of: dict[int, frozenset[str]] = {}
    for st in statements:
        existential = not st.acted and (
            root(st.verb.split()[0]) in _EXISTENTIAL or root(st.verb.split()[0]) in _GENERIC
        )
        acts = existential and bool(st.narrowing) and names_an_act(st.noun)
        order = sorted(range(len(sentences)), key=lambda j: abs(j - st.sentence))
        for j in order:
            if j == st.sentence or budget <= 0:
                continue
            budget -= 1
            text = sentences[j].text
            if text.rstrip().endswith("?"):
                continue
            words = words_of.get(j)
            if words is None:
                words = words_of[j] = frozenset(_WORD.findall(text.lower())) - _STOP
            if not acts and (
                (st.narrowing and not all(w in text.lower() for w in st.narrowing))
                or (st.quantifier == "all" and not _may_negate(text))
                or not any(_is_member(w, st.noun) for w in words)
            ):
                continue  # what ``_member_in`` needs first: the class's narrowing words, a negation against
                # "all", a word of the class; tested here before any word is looked up in WordNet
            read = tokens_of.get(j)
            if read is None:
                tokens = _TOKEN.findall(text)
                nouns = [(k, t.lower()) for k, t in enumerate(tokens) if t[:1].isalpha() and t.lower() not in _STOP]
                read = tokens_of[j] = (tokens, nouns)
            hit = _member_in(st, read[0], read[1], text, existential)
            if hit is None and acts:
                hit = _act_told(st, read[0], text)
            if hit is not None:
                out.append(MemberConflict(st, j, hit[1], hit[0]))
                break
    return out


def _may_negate(text: str) -> bool:
    """Whether a sentence holds a word ``_NEGATION`` needs (substring tests, before the regular expression)."""
    low = text.lower()
    return (
        "not" in low
        or "never" in low
        or "longer" in low
        or "yet" in low
        or "failed" in low
        or ("n't" in low or "n’t" in low)
    )


def _member_in(
    st: ClassStatement, tokens: list[str], nouns: list[tuple[int, str]], text: str, existential: bool
) -> tuple[str, str] | None:
    """(member, clause) of the first member of the class this sentence tells against the class statement."""
    if st.narrowing:
        low_text = text.lower()
        if not all(w in low_text for w in st.narrowing):
            return None  # "None of the Sandøen birds" is not about a bird from Kap Herschel
    for k, t in nouns:
        if not _is_member(t, st.noun):
            continue
        np = _member_np(tokens, k, st.fresh)
        if np is None:
            continue
        member, how, start = np
        if how == "bare" and (not existential or st.acted or _singular(t) != st.noun):
            continue  # only "no X exists" is broken by any act on an X, and only in the same word
        if st.noun in ("person", "people") and not names_a_person(_singular(t.lower())):
            continue
        # the member's clause: from the break before it to the break after
        lo, hi = k, k
        while lo > 0 and tokens[lo - 1] not in (";", ":"):
            lo -= 1
        while hi < len(tokens) - 1 and tokens[hi + 1] not in (";", ":"):
            hi += 1
        window_lo, window_hi = max(lo, k - 8), min(hi + 1, k + 18)
        clause_words = {w.lower() for w in tokens[lo : hi + 1]}
        if not st.light and not _objects_meet(st, clause_words):
            continue
        if st.light and not _act_in(st, clause_words):
            continue  # "needed hospital treatment" meets "were taken to the Copernicus hospital"
        own = _places(" ".join(tokens[lo : hi + 1]))
        same_place = bool(st.places and st.places <= own)
        if st.places and own and not st.places & own:
            continue  # another scene: "in the Azores" is not "off Brazil"
        for n, verb in _verbs(tokens, window_lo, window_hi):
            if n == k or start <= n < k:
                continue
            if n < start and not _governs(tokens, n, start):
                continue  # "declined to say whether the cases ...": the verb before is not the member's
            before = " ".join(tokens[max(lo, n - 4) : n]) + " "
            if _NEARLY.search(before):
                continue  # "nearly collapsed" did not collapse
            negated = bool(_NEGATION.search(before))
            if (st.quantifier == "none") == negated:
                continue
            lead = " ".join(tokens[lo:n])
            if _HYPOTHETICAL.search(lead):
                continue
            future = bool(_FUTURE.search(" ".join(tokens[max(lo, n - 3) : n]))) or (
                verb.endswith("ing") and not st.future
            )
            if future and not st.future:
                continue  # a told "none" is not broken by a plan
            if st.quantifier == "all" and not _predicate_meets(st, verb, clause_words):
                continue
            if st.quantifier == "none" and not (
                st.light
                or _predicate_meets(st, verb, clause_words)
                or existential
                or same_place
                or (n < start and _nominal_meets(st, tokens[n + 1 : start]))
            ):
                continue
            if _date_apart(st, text):
                continue
            told = " ".join(tokens[lo : hi + 1])
            return member, re.sub(r"\s+([,;:)])", r"\1", told)
    return None


def _act_told(st: ClassStatement, tokens: list[str], text: str) -> tuple[str, str] | None:
    """A case of the act a class noun names, told by its verb: "no water rationing had been imposed"
    against "Duchang county has limited households to four hours of piped water a day" (rationing is a
    kind of limiting). Only for a class narrowed by words the sentence repeats ("water")."""
    if not all(w in text.lower() for w in st.narrowing):
        return None
    for n, verb in _verbs(tokens, 0, len(tokens)):
        if not verb.endswith("ed") or not (act_meets(st.noun, verb) or act_meets(verb, st.noun)):
            continue
        lo = max((i + 1 for i in range(n) if tokens[i] in (";", ":")), default=0)
        before = " ".join(tokens[max(lo, n - 4) : n]) + " "
        if _NEGATION.search(before) or _NEARLY.search(before) or _HYPOTHETICAL.search(" ".join(tokens[lo:n])):
            continue
        if _FUTURE.search(" ".join(tokens[max(lo, n - 3) : n])) or _date_apart(st, text):
            continue
        told = re.sub(r"\s+([,;:)])", r"\1", " ".join(tokens[lo:]))
        return verb, told
    return None


_PAST_YEAR = re.compile(r"\b(?:in|since)\s+(?:19|20)\d\d\b|\blast\s+(?:year|month|season)\b")


def _date_apart(st: ClassStatement, text: str) -> bool:
    """A member dated to another year ("in 2019") tells another moment than an undated class statement,
    unless that one reaches every moment ("in any season", "ever")."""
    return not st.every_time and bool(_PAST_YEAR.search(text))
