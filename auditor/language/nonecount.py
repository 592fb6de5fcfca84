"""A "none" statement and a count of the same thing, read as facts (for CON002).

"No injuries were reported", "Nobody was hurt", "There were no arrests at the match", "None of
the patients developed serious side effects", "No homes had to be evacuated": each denies that
any instance of a fact exists. The fact is read as what the sentence is about (its noun, or
people for "nobody"), what happened to it (its verb, or the event its noun names: an injury, an
arrest), and what it happened with (its object: "serious side effects"). A count in another
sentence tells instances of the same fact when its noun is the same kind of thing (a person for
"nobody") and its clause tells the same event: the same verb or root, one sense in WordNet, or
one act of harm in other words ("hurt", "injured", "treated in hospital", "minor injuries").

The scene must be the same: a count that names a scene of its own (a place or a thing the "none"
statement does not name) is about something else; "No homes on Ferry Road" is not met by "12
homes on Mill Street". Times, disputes and changes are the caller's (polarity.py) to judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from auditor.language.claims import verb_stem
from auditor.language.entities import words as _words
from auditor.language.senses import act_meets, names_a_person, names_a_time, names_an_act, root, same_kind

# Acts of one harm, told in many words: "hurt", "injured", "wounded", "treated in hospital",
# "taken to hospital", "minor injuries". A death is a harm too, but "no deaths" is not met by "hurt".
_HARM = frozenset(root(w) for w in _words("injure injury hurt wound treat hospital hospitalise hospitalize"))
_DEATH = frozenset(root(w) for w in _words("die death dead kill fatality fatal"))
_CASUALTY = frozenset(root(w) for w in _words("casualty"))
_ARREST = frozenset(root(w) for w in _words("arrest detain detention custody"))
_CLASSES = (_HARM, _DEATH, _ARREST)
_PEOPLE = _words("people person one nobody body anyone")

_STOP = _words(
    "the a an of to in on at for with by and or but that this these those its their his her from as into about "
    "over after before during since than then there here also has have had was were is are be been being not "
    "never any some such which who whom what when where while yet only just very more most much many other "
    "another own same them they it he she we you our your said says say told according no none nobody one "
    "reported recorded confirmed made found seen were was ever so far"
)
_SCENE_STOP = _words("hospital hospitals custody treatment precaution injuries injury care minor serious")

_PREP = r"(?:in|at|on|of|from|among|near|inside|outside|aboard|on\s+board)"
_WORD = r"(?!" + _PREP + r"\b)[a-z][\w-]*"
_NP = (
    r"(?P<np>(?:" + _WORD + r"\s+){0,3}?" + _WORD + r")"
    r"(?P<pp>\s+" + _PREP + r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
)  # "patients in the trial": the noun, and where it is
_BE = r"(?:(?:has|have|had|was|were|is|are|will|would)\s+(?:(?:yet|ever|so\s+far)\s+)?(?:been\s+|be\s+|had\s+to\s+be\s+|to\s+be\s+)?|had\s+to\s+be\s+|needed\s+to\s+be\s+)"
_PRED = r"(?P<verb>[a-z]{3,})(?P<rest>[^.;:!?]*)"
_NP_END = (
    r"(?![\w-])(?=\s*(?:[,.;:!?]|$|\s(?:in|at|on|of|from|among|for|to|with|by|after|during|since|and|or|but|so|as|"
    r"when|while|because|yet|reported|recorded|so\s+far)\b))"
)  # a noun phrase runs to its head: "no backing store for", not "no backing"
_NONE_SHAPES = (
    # "No injuries were reported", "No homes had to be evacuated", "no one was hurt", "nobody died"
    re.compile(r"(?<![\w-])(?:[Nn]o|[Zz]ero)\s+" + _NP + r"\s+(?:" + _BE + r")?" + _PRED),
    re.compile(
        r"(?<![\w-])(?P<np>[Nn]obody|[Nn]o(?:\s|-)one|[Nn]ot\s+(?:a\s+single|one)\s+person)\s+(?:" + _BE + r")?" + _PRED
    ),
    # "None of the patients developed", "none of its 420 pupils had been taken"
    re.compile(
        r"(?<![\w-])[Nn]one\s+of\s+(?:the|its|their|our|his|her)\s+(?:[\d,]+\s+)?"
        + _NP
        + r"\s+(?:"
        + _BE
        + r")?"
        + _PRED
    ),
    # "There were no arrests at the match", "there have been no reported injuries"
    re.compile(
        r"(?<![\w-])[Tt]here\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+(?:so\s+far\s+)?no\s+"
        r"(?:(?:reported|further|other|known)\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
        + _NP_END
        + r"(?P<rest>[^.;:!?]*)"
    ),
    # "made no arrests", "reported no injuries", "suffered no casualties", "recorded no deaths"
    re.compile(
        r"\b(?P<verb>[a-z]{3,}ed|made|held|had|saw)\s+no\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
        + _NP_END
        + r"(?P<rest>[^.;:!?]*)"
    ),
)
_TOLD = re.compile(
    r"(?:ed|en|wn|ne)$|^(?:hurt|cut|hit|shut|left|lost|paid|sent|held|fell|died|dies|die|fled|quit|won|sold|got)$"
)
_NOT_A_PREDICATE = _words("longer more less than doubt other such matter way reason sign evidence longer one")
_CLAUSE_END = re.compile(
    r"[;:]|\s+but\s+|,\s*(?:but|while|although|whereas|who|which|according)\b|,\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|told|added)\b"
)
_LOCATIVE = re.compile(
    r"\b(?:in|at|on|near|along|outside|inside|from|among)\s+(?:(?:and|or)\s+(?:around|near)\s+)?(?:the\s+)?(?P<place>(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
)
_COUNT_TAIL = 140
_TREND = re.compile(
    r"\bfrom\s+[\d,.]+\s+to\b|\b(?:fell|rose|dropped|climbed|increased|decreased|doubled|halved|down|up)\s+"
    r"(?:by\s+)?(?:from\s+)?[\d,.]+\s*(?:%|per\s*cent|percent)?|\ba\s+(?:year|month|week|day)\b|\bper\s+(?:year|month)\b",
    re.I,
)  # "arrests fell from 20 to 15", "400 arrests a year": a statistic over a period, not instances of one event


@dataclass(frozen=True, slots=True)
class NoneFact:
    """One "none" statement read as a fact: what there was none of, what happened, with what, where."""

    sentence: int
    said: str  # as written, for messages
    head: str  # the noun's root ("injur", "pupil"), or "people"
    noun: str  # the noun, singular ("injury", "pupil")
    event: bool  # the noun names an event ("injuries", "arrests"): it is the fact itself
    verbs: frozenset[str]  # roots of the verb and the event noun
    objects: frozenset[str]  # content roots after the verb ("serious side effects": serious, side, effect)
    scene: frozenset[str]  # content roots of the whole clause (where, when, in what)
    places: frozenset[str]  # content roots of its own scene ("in the warehouse fire", "on Ferry Road")
    verb: str = ""  # the verb as written ("close", "imposed"), for readers that match it by sense
    where: str = ""  # the noun's own prepositional phrase ("in the maternity unit")
    np: str = ""  # the noun phrase as written ("member farm", "Sandøen birds")
    rest: str = ""  # the clause after the verb ("its supply contract as a result of the move")
    object_words: frozenset[str] = frozenset()  # the direct object's head, singular ("contract")


@dataclass(frozen=True, slots=True)
class CountMatch:
    """A "none" fact and a count that tells instances of it."""

    none: NoneFact
    sentence: int
    counted: str  # the count as written, "Two firefighters were treated in hospital"


_WORD_RE = re.compile(r"[a-z][a-z'’-]+")
_ANY_NONE = re.compile(r"(?i)\b(?:no|none|nobody|zero|not\s+a\s+single)\b")
_HEDGED = re.compile(r"\b(?:almost|nearly|virtually|if|whether|not|with|of|for)\s+$")


def _roots(text: str) -> set[str]:
    return {root(w) for w in _WORD_RE.findall(text.lower()) if w not in _STOP and len(w) > 2}


def _class_of(roots: set[str] | frozenset[str]) -> set[int]:
    return {n for n, cls in enumerate(_CLASSES) if roots & cls}


def harm_classes(roots: set[str] | frozenset[str]) -> set[int]:
    """Which acts of harm (hurt, death, arrest) the roots tell, each told in many words."""
    return _class_of(roots)


def none_facts(sentences: list, modal: bool = False) -> Iterator[NoneFact]:
    """Every "none" statement of the body sentences, read as a fact; with ``modal``, an assurance too
    ("no library would close": the verb after "would" or "will" is its predicate)."""
    plain, assured = none_readings(sentences)
    yield from assured if modal else plain


def none_readings(sentences: list) -> tuple[list[NoneFact], list[NoneFact]]:
    """The "none" facts of the body sentences read both ways, told only and with assurances, in one
    scan of the shapes (the costly part): what ``none_facts`` gives for ``modal`` False and True. The
    last article's readings are kept, so that its two readers (counts and class members) share them."""
    if _LAST and _LAST[0] is sentences:
        return _LAST[1]
    plain: list[NoneFact] = []
    assured: list[NoneFact] = []
    for i, sent in enumerate(sentences):
        text = sent.text
        low = text.lower()
        if not (" no " in low or low.startswith("no ") or "none" in low or "nobody" in low or "zero" in low) and not (
            "no-one" in low or "not a single" in low
        ):
            continue  # substring tests first: most sentences hold no "none"
        if text.rstrip().endswith("?") or not _ANY_NONE.search(text):
            continue
        seen: set[int] = set()
        seen_modal: set[int] = set()
        for shape in _NONE_SHAPES:
            for m in _overlapping(shape, text):
                start = m.start()
                fact = None
                if start not in seen:
                    fact = _read(i, text, m)
                    if fact is not None:
                        seen.add(start)
                        plain.append(fact)
                if start not in seen_modal:
                    if fact is None or _modal_differs(m):
                        fact = _read(i, text, m, True)
                    if fact is not None:
                        seen_modal.add(start)
                        assured.append(fact)
    _LAST[:] = [sentences, (plain, assured)]
    return plain, assured


_LAST: list = []  # [sentences, readings] of the last article read: one entry, held by identity


def _overlapping(shape: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of a "none" shape, the next one looked for from where the clause after the verb starts:
    a shape's clause runs to the sentence's end, and "no runners had needed treatment last year, and the
    team said that no runner had been taken to hospital this year" holds two."""
    at = 0
    while (m := shape.search(text, at)) is not None:
        yield m
        at = max(m.start("rest"), m.start() + 1)


def _modal_differs(m: re.Match[str]) -> bool:
    """Whether reading a match with assurances can differ from reading it as told: only a verb after the
    noun that tells no event ("no library would close"); else ``_read`` gives one fact both ways."""
    verb = (m.groupdict().get("verb") or "").lower()
    return bool(verb) and m.start("verb") > m.start("np") and not _TOLD.search(verb)


def _read(i: int, text: str, m: re.Match[str], modal: bool = False) -> NoneFact | None:
    before = text[max(0, m.start() - 14) : m.start()].lower()
    if _HEDGED.search(before):
        return None  # "almost no", "with no", "for no reason": not a denial of a fact
    words = m.group("np").lower().split()
    noun = words[-1]
    person = noun in ("nobody", "one", "person")
    if not person and (noun in _STOP or noun in _NOT_A_PREDICATE or len(noun) < 3):
        return None
    verb = (m.groupdict().get("verb") or "").lower()
    rest = re.split(r",", _CLAUSE_END.split(m.group("rest") or "", maxsplit=1)[0], maxsplit=1)[0]
    where = m.groupdict().get("pp") or ""
    assured = modal and verb and re.search(r"\b(?:would|will)\s+$", text[m.start("np") : m.start("verb")])
    np_text = m.group("np")
    if modal and verb and m.start("verb") > m.start("np") and not _TOLD.search(verb) and not assured:
        longer = _longer_np(text, m.start("verb"))  # "no member farm would lose": the noun runs on
        if longer is not None:
            more, verb, rest, assured = longer
            if m.groupdict().get("pp"):
                where = f"{where} {more}"  # "No patients in the maternity unit have been affected"
            else:
                np_text = f"{np_text} {more}"
                words = np_text.lower().split()
                noun = words[-1]
                if noun in _STOP or noun in _NOT_A_PREDICATE:
                    return None
    if verb and m.start("verb") > m.start("np") and not _TOLD.search(verb) and not assured:
        rest = verb + " " + rest  # not a verb that tells an event: "No injuries in the crash"
        verb = ""
    head = "people" if person else root(noun)
    event = not person and (bool(_class_of({head})) or names_an_act(singular(noun)))
    if head in _CASUALTY:
        event = True  # a casualty is anyone hurt or killed
    verbs = {root(verb)} if verb else set()
    if event:
        verbs |= {head} | ({root("injure"), root("die")} if head in _CASUALTY else set())
    if not verbs:
        return None
    direct = (
        verb
        and m.start("verb") > m.start("np")
        and not re.match(
            r"\s*(?:" + _PREP + r"|to|for|with|by|after|when|while|as|since|during|because|off|out|up|down|away)\b",
            rest,
        )
    )
    objects = _object_head(rest) if direct else set()  # "developed serious side effects": effects
    object_words = _object_head(rest, plain=True) if direct else set()
    scene = _roots(where + " " + text[: m.start()] + " " + rest) - verbs
    places = {w for p in _LOCATIVE.finditer(where + " " + rest) for w in _place(p.group("place"))}
    said = " ".join(text[m.start() : m.start("rest") + len(rest)].split())
    noun_ = "person" if person else singular(noun)
    return NoneFact(
        i, said, head, noun_, event, frozenset(verbs), frozenset(objects), frozenset(scene), frozenset(places),
        verb, where, np_text, rest, frozenset(object_words),
    )  # fmt: skip


_LONGER_NP = re.compile(
    r"(?P<more>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?P<aux>(?:has|have|had|was|were|is|are|will|would)\s+(?:(?:yet|ever)\s+)?(?:been\s+|be\s+)?)?"
    r"(?P<verb>[a-z]{3,})\b(?P<rest>[^.;:!?]*)"
)
_TOLD_MORE = _words("lent sent spent built kept held paid sold left lost shut cut put set hit")


def _longer_np(text: str, at: int) -> tuple[str, str, str, bool] | None:
    """(more noun words, verb, rest, after "would") when the noun phrase of a "none" runs past the word
    taken for its verb: "no member farm would lose", "no planned surgery had been called off"."""
    for m in _LONGER_NP.finditer(text, at):
        if m.start() != at:
            break
        more = m.group("more").split()
        if any(w in _STOP and w not in ("one",) for w in more):
            return None
        verb = m.group("verb")
        aux = m.group("aux") or ""
        modal_aux = bool(re.match(r"(?:will|would)\b", aux))
        if _TOLD.search(verb) or verb in _TOLD_MORE or modal_aux:
            rest = re.split(r",", _CLAUSE_END.split(m.group("rest"), maxsplit=1)[0], maxsplit=1)[0]
            return " ".join(more), verb, rest, modal_aux
        return None
    return None


def _object_head(rest: str, plain: bool = False) -> set[str]:
    """The root of a direct object's head noun (or the noun itself, singular, when ``plain``): the last
    word before its first preposition or break."""
    kept: list[str] = []
    for w in re.findall(r"[a-z][\w'’-]*|[,;:\"“”]", rest.lower()):
        if w in _PLACE_END or w in ("in", "at", "on", "from", "as", "about") or not w[0].isalpha():
            break
        if w not in _STOP:
            kept.append(w)
    if not kept:
        return set()
    return {singular(kept[-1])} if plain else {root(kept[-1])}


@lru_cache(maxsize=16384)
def singular(word: str) -> str:
    """A plural noun's singular by its regular endings, enough to match two mentions that both pass
    through it; shared with :mod:`auditor.language.instances`."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _count_clause(doc_text: str, start: int, sent_start: int, sent_end: int) -> str:
    """The clause of a count: from the break before it ("The storm killed three people") to the break after."""
    head = doc_text[max(sent_start, start - _COUNT_TAIL // 2) : start]
    head = re.split(r"[,;:]|\b(?:and|but|while|after|when|although)\b", head)[-1]
    tail = doc_text[start : min(sent_end, start + _COUNT_TAIL)]
    return head + _CLAUSE_END.split(tail, maxsplit=1)[0]


def _same_thing(fact: NoneFact, head: str | None) -> bool:
    """Whether a count's noun is one kind of what the "none" statement is about."""
    if head is None:
        return fact.event and bool(_class_of(fact.verbs))  # "two were injured": no noun, only a harm
    if fact.head == "people":
        return head in _PEOPLE or names_a_person(head)
    if root(head) == fact.head or same_kind(head, fact.noun):
        return True
    # people are what is hurt, killed or arrested; any other act ("no progress") is counted by its own noun
    return bool(_class_of(fact.verbs)) and fact.event and (names_a_person(head) or head in _PEOPLE)


def _same_event(fact: NoneFact, clause_roots: set[str]) -> bool:
    """Whether the count's clause tells what the "none" statement denies: one verb, one root, one sense or
    one act of harm; or, for "none developed serious side effects", the same object."""
    if fact.objects and not fact.objects <= clause_roots:
        return False  # "no one mentioned the credential" is not met by "7 reviewers mentioned the time"
    if fact.verbs & clause_roots or _class_of(fact.verbs) & _class_of(clause_roots):
        return True
    if any(act_meets(v, c) for v in fact.verbs for c in clause_roots if len(v) > 3 and len(c) > 3 and c.isalpha()):
        return True
    return bool(fact.objects) and fact.objects <= clause_roots


_ORDINAL = re.compile(
    r"(?i)(?:first|second|third|fourth|final|last|opening|closing|\d+(?:st|nd|rd|th)|each|every|either|both|all)$"
)  # "in the second half", "one from each side": a time or a share, not a scene
_PLACE_END = _words("for with after before during since until because and or but as when while by to of that which who")


def _place(words: str) -> set[str]:
    """The roots of a locative's noun phrase up to its next preposition; none for a time ("in the second
    half", "on Tuesday morning") or for where the hurt are taken ("in hospital")."""
    kept: list[str] = []
    for w in re.findall(r"[A-Za-z][\w'’-]*", words):
        if w.lower() in _PLACE_END:
            break
        kept.append(w)
    if not kept or (kept[-1].islower() and names_a_time(singular(kept[-1].lower()))) or _ORDINAL.match(kept[0]):
        return set()
    return _roots(" ".join(kept)) - _SCENE_STOP


def _own_scene(fact: NoneFact, text: str) -> bool:
    """Whether a counting sentence names a scene the "none" statement does not: a place or thing after
    "in", "at", "on" that shares nothing with it ("12 homes on Mill Street" for "No homes on Ferry Road")."""
    if not fact.places:
        return False  # "No homes had to be evacuated" meets "12 homes on Ferry Road were evacuated"
    for m in _LOCATIVE.finditer(text):
        place = _place(m.group("place"))
        if place and not place & fact.scene:
            return True
    return False


_DISTINCT = re.compile(
    r"\b(?:another|other|separate|second|third|previous|earlier|new|different)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})"
)


# ---------------------------------------------------------------- "none" statements by offsets

HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|if|unless|whether|once|should|expects?|plans?)\b", re.I)
_VERB_FORMS = (
    r"[a-z]+(?:ed|en)|made|hurt|lost|lose|left|found|seen|fled|fell|went|came|got|paid|sold|held|won|built|sent|"
    r"cut|shut|died|arrived|received|laid|lose\s+their\s+jobs"
)
_NONE_SPAN = re.compile(
    r"(?<![\w-])(?:(?P<no>[Nn]o)\s+(?P<np>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"|(?P<none>[Nn]one)\s+of\s+(?:the|its|their)\s+(?:[\d,]+\s+)?(?:[a-z]+['’]s\s+)?(?:[\d,]+\s+)?"
    r"(?P<np2>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"|(?P<nobody>[Nn]o\s+one|[Nn]obody))\s+"
    r"(?:(?:has|have|had|was|were|is|are|will)\s+(?:been\s+|be\s+)?)?(?!been\b)(?P<verb>" + _VERB_FORMS + r")\b"
)
_NOT_ANY = re.compile(
    r"\b(?:(?:did|does|do|has|have|had)\s+not|(?:did|does|do|has|have|had)n['’]t|never)\s+(?P<verb>[a-z]{3,})\s+any\s+"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b"
    r"|\b(?P<verb2>[a-z]{3,}ed|made|found|saw|held|paid|sold|lost)\s+no\s+(?P<np2>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b"
)
_NONE_ASSURED = re.compile(
    r"\b(?:promised|pledged|vowed|guaranteed|assured\s+\w+|insisted|said|told\s+(?:\w+\s+){1,3}?)\s*(?:that\s+)?"
    r"(?:[Nn]o|none\s+of\s+(?:the|its|their|our)(?:\s+[a-z]+['’]s)?(?:\s+[\d,]+)?)\s+"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+would\s+(?:be\s+)?(?P<verb>[a-z]{3,})\b"
)


def none_spans(text: str, light: frozenset[str]) -> Iterator[tuple[str, int, int, list[str], str]]:
    """(text, start, end, noun phrase, verb) of every "none" statement of a sentence, by offsets, for the reader
    that holds one against a count (``polarity.none_conflicts``): "No arrests were made", "made no arrests",
    "did not make any arrests" (not with a ``light`` verb: "did not make any comment"), and the assurance
    "promised no jobs would be lost". Its shapes name the verb a "none" tells; ``none_facts`` reads the same
    statements as facts (noun, event, object, scene) for the readers that meet them by meaning."""
    if ("No" in text or "no " in text or "one" in text) and ("No" in text or "no" in text):  # every branch: [Nn]o
        for m in _NONE_SPAN.finditer(text):
            if not HYPOTHETICAL.search(text[: m.end()]):
                np = (m.group("np") or m.group("np2") or "people").lower().split()
                yield m.group(0), m.start(), m.end(), np, m.group("verb").split()[0].lower()
    if " any " in text or " no " in text:  # the pattern scans every word: only where it can match
        for m in _NOT_ANY.finditer(text):
            verb = (m.group("verb") or m.group("verb2")).lower()
            if verb_stem(verb) in light or HYPOTHETICAL.search(text[: m.start()]):
                continue
            yield m.group(0), m.start(), m.end(), (m.group("np") or m.group("np2")).lower().split(), verb
    if " would " in text:
        for m in _NONE_ASSURED.finditer(text):
            if not HYPOTHETICAL.search(text[: m.start()]):
                yield m.group(0), m.start(), m.end(), m.group("np").lower().split(), m.group("verb").lower()


FURTHER = _words("further more new fresh additional")  # "no further arrests": none beyond those told
_TOLD_AS_FURTHER = re.compile(
    r"\b(?:further|more|new|fresh|additional|another|second|third|later|since|latest|subsequent\w*|"
    r"next|will|upcoming|coming)\b",
    re.I,
)


def is_further(np: str) -> bool:
    """Whether a "none" noun phrase denies only instances beyond those already told ("no further strikes",
    "no more arrests", "no new cases"): the earlier ones are not its members."""
    return any(w in FURTHER for w in np.lower().split())


def told_as_further(text: str) -> bool:
    """Whether a sentence tells its instances as further ones ("two more men were arrested", "a second
    strike", "another case") or as still to come ("a walkout for next week"): only such a telling breaks
    a "no further" statement."""
    return bool(_TOLD_AS_FURTHER.search(text))


def another_incident(text: str) -> bool:
    """Whether a sentence tells of another incident: "in a separate crash", "a second fire", "another
    attack" (a distinct word before a noun of an act or event); "in the second half" is no incident."""
    return any(names_an_act(singular(m.group("noun"))) for m in _DISTINCT.finditer(text.lower()))


def count_matches(doc_text: str, sentences: list, figs: list) -> Iterator[CountMatch]:
    """Every "none" fact against the nearest count in another sentence that tells instances of it."""
    facts = list(none_facts(sentences))
    if not facts:
        return
    counts = [f for f in figs if f.kind == "count" and f.value >= 1 and not f.old and not f.hypothetical]
    budget = 400
    clause_cache: dict[int, tuple[str, set[str]]] = {}
    for fact in facts:
        for f in sorted(counts, key=lambda f: (abs(f.sentence - fact.sentence), f.start)):
            if f.sentence == fact.sentence or budget <= 0:
                continue
            budget -= 1
            if not _same_thing(fact, f.head):
                continue
            if is_further(fact.said) and not told_as_further(sentences[f.sentence].text):
                continue  # "No further arrests" is not met by the "two men arrested" it follows
            if f.start not in clause_cache:
                sent = sentences[f.sentence]
                clause = _count_clause(doc_text, f.start, sent.span.start, sent.span.end)
                clause_cache[f.start] = (clause, _roots(clause))
            clause, roots = clause_cache[f.start]
            if not _same_event(fact, roots) or _own_scene(fact, clause) or _TREND.search(clause):
                continue
            yield CountMatch(fact, f.sentence, " ".join(clause.split()))
            break
