"""A small statement model for CON002: who says what, with which modality, about which thing.

Each clause that reports what a party said is read as (subject, predicate lemma, content,
modality), where the modality is one of

- **asserted**: "Helix said on Thursday that the pill would cost about $1,000 a month";
  "Vaultline lent $600 million of customer deposits, the exchange admitted";
- **open**: the party has left the thing unsaid: "Helix has not said how much it will cost",
  "The company gave no guidance for 2026 completions", "NASA has not commented on the findings";
- **refused**: "The organisers refused to say how much the festival lost last year";
- **denied**: the party says the content is false: "The exchange denied that it had lent out
  customer funds".

Predicates are classes of lemmas, not phrases: say, confirm, acknowledge, admit, announce,
disclose, publish, release, give, forecast, expect, find ... all report a content. Subjects are
resolved to one referent across sentences: a country and its capital, demonym and bodies
("Moscow", "the Russian Defence Ministry"); a surname to its full name; a person to the party the
article ties them to ("Kremlin spokesman Dmitry Peskov", "Labour's Helen Pryce", "its director
Paul Ng"); "it" and "they" to the subject before; "the company", "the studio", "the exchange" to
the named organisation the article describes so ("Harbourlight Studios", "Vaultline, a
cryptocurrency exchange") or, failing that, to the organisation the article is mostly about.

Two statements conflict when one party's content is open, refused or denied in one sentence and
asserted in another: the open topic's words (lemmas: "completions" meets "complete", "struck"
meets "strike"; "guidance" meets "expects") must be most of what the assertion is about, and a
denied content's verb must be the asserted one. Time, condition and attribution separate them:
a sentence that tells the change itself ("initially declined ..., but on Wednesday"), different
dates, modal or conditional reports, past perfects of an earlier moment, and two different parties
(a dispute) are never a contradiction.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from auditor.language.claims import document_claims, verb_stem
from auditor.language.dating import resolved_mentions
from auditor.language.entities import gazetteer
from auditor.language.entities import words as _words
from auditor.language.senses import act_meets, lemmas, names_an_act, opposite, same_act
from auditor.language.trie import trie_regex
from auditor.model import Document, Sentence

# ---------------------------------------------------------------- lemmas

_IRREGULAR = {
    "lent": "lend", "struck": "strike", "hit": "hit", "sent": "send", "spent": "spend", "paid": "pay",
    "said": "say", "says": "say", "told": "tell", "gave": "give", "given": "give", "made": "make", "sold": "sell",
    "held": "hold", "lost": "lose", "losses": "lose", "loss": "lose", "found": "find", "won": "win", "shut": "shut",
    "cut": "cut", "met": "meet", "built": "build", "took": "take", "taken": "take", "left": "leave", "forecast": "forecast",
    "guidance": "forecast", "outlook": "forecast", "expects": "forecast", "expect": "forecast", "expected": "forecast",
    "predicted": "forecast", "predicts": "forecast", "prediction": "forecast", "projection": "forecast",
    "findings": "finding", "results": "finding", "result": "finding", "study": "finding", "paper": "finding",
    "data": "data", "figures": "data", "figure": "data", "numbers": "data", "statistics": "data",
}  # fmt: skip
_NOMINAL = re.compile(r"(?:ments?|ions?|ures?|als?)$")


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """A lemma good enough to meet across parts of speech: "completions", "completed" and "complete"."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    base = _IRREGULAR.get(w)
    if base is not None:
        return base if base in ("forecast", "finding", "data") else verb_stem(base)
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    if len(w) >= 7 and _NOMINAL.search(w):
        w = _NOMINAL.sub("", w) + "e"  # "closure" -> "close", "completion" -> "complete"
    return verb_stem(w)


_STOP = _words(
    "the a an of to in on at for with by and or but that this these those its their his her from as into about "
    "over after before during than then there here also has have had was were is are be been being not never any "
    "some such which who whom what when where while yet only just very more most much many other another own same "
    "them they it he she we you our your i me us him said says say told according year years month week day today "
    "recently statement will would could can may might should last first next whether how why if all no none so "
    "whose each every per up out advance detail details comment comments further publicly officially formally "
    "exactly precisely plans plan specific new"
)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*")


def _terms(text: str) -> set[str]:
    """The content lemmas of a stretch of text ("fourth-quarter revenue": fourth, quarter, revenue)."""
    out = set()
    for tok in _TOKEN.findall(text):
        for part in tok.split("-"):
            low = part.lower()
            if not low:
                continue
            if low[0].isdigit():
                if re.fullmatch(r"(?:19|20)\d\d", low):
                    out.add(low)  # a year narrows what is meant ("guidance for 2026 completions")
            elif len(low) > 2 and low not in _STOP:
                out.add(lemma(low))
    return out


# ---------------------------------------------------------------- referents

ORG_NOUNS = _words(
    "company firm group club studio studios exchange school council trust party ministry department agency "
    "government organisers organizers team board authority operator airline bank university hospital league "
    "festival housebuilder chipmaker retailer insurer carrier lender brewery developer business charity union "
    "campaign office service regulator"
)
_ROLES = (
    r"(?:spokes(?:man|woman|person)|director|chief\s+executive|chief|executive|ceo|founder|chair(?:man|woman)?|"
    r"president|head|manager|leader|candidate|secretary|minister|official|owner|boss|coach|captain)"
)
_ROLES = r"(?i:" + _ROLES + r")"
_ORGLIKE = _words(
    "authority ministry council agency department commission party bank group office service board trust union "
    "committee court police association federation league institute university school hospital company"
)
_NAME = r"[A-Z][\w'’-]*(?:\.[\w'’-]+)*(?:\s+[A-Z][\w'’-]*(?:\.[\w'’-]+)*)*"
_PERSON = r"[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+)+"
_AFFIL = [
    re.compile(r"(?P<org>" + _NAME + r")['’]s\s+(?:(?:[a-z]+\s+){0,2}(?P<role>" + _ROLES + r")\s+)?(?P<name>" + _PERSON + r")"),
    re.compile(r"(?P<org>" + _NAME + r")\s+" + _ROLES + r"\s+(?P<name>" + _PERSON + r")"),
    re.compile(r"\b(?P<org>[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?" + _ROLES + r"\s+(?P<name>" + _PERSON + r")"),
    re.compile(r"(?P<name>" + _PERSON + r"),\s+(?:the\s+)?(?P<org>" + _NAME + r")['’]s\s+(?:[a-z]+\s+){0,2}" + _ROLES),
    re.compile(r"(?P<name>" + _PERSON + r"),\s+(?:the\s+)?(?:[a-z]+\s+){0,2}" + _ROLES + r"\s+(?:of|at)\s+(?:the\s+)?(?P<org>" + _NAME + r")"),
]  # fmt: skip
_CAPRUN = re.compile(
    r"(?<![\w'’])[A-Z][\w'’&-]*(?:\.[\w'’-]+)*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&-]*(?:\.[\w'’-]+)*)*"
)
_LEAD = _words("The A An This That These Those It Its In On At By For And But After When While As If")
_PRONOUN = _words("it they he she its their his her")
_DESCRIBED = re.compile(
    r"(?P<name>" + _NAME + r"),\s+(?:(?:a|an)\s+(?P<desc>(?:[\w-]+\s+){0,4}?[a-z]+)(?=[\s,.;]|$)"
    r"|the\s+(?P<desc2>(?:[\w-]+\s+){0,4}?[a-z]+),)"
)
_BEFORE_NAME = re.compile(r"\b(?P<desc>" + "|".join(sorted(ORG_NOUNS)) + r")\s+(?P<name>" + _NAME + r")")


@dataclass(slots=True)
class _Referents:
    """Who each name and description in one article stands for."""

    canon: dict[str, str] = field(default_factory=dict)  # a name as written -> its key
    described: dict[str, set[str]] = field(default_factory=dict)  # key -> nouns describing it
    first_seen: dict[str, int] = field(default_factory=dict)  # key -> offset of its first mention
    protagonist: str | None = None
    countries: list = field(default_factory=list)  # entity mentions (countries, people tied to them)

    def name_key(self, name: str) -> str:
        return self.canon.get(name, "name:" + name)


_ROLE_WORDS = _words(
    "Spokesman Spokeswoman Spokesperson Director Chief Executive Founder Chairman Chairwoman Chair President Head "
    "Manager Leader Candidate Secretary Minister Official Owner Boss Coach Captain Finance Deputy Managing Senior "
    "General Council Mr Mrs Ms Dr Sir Dame Lord Lady"
)
_CALENDAR = _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December One Two Three Four Five Six Seven Eight Nine Ten"
)


def _clean_name(run: str) -> str:
    words = run.replace("’", "'").split()
    while words and (words[0] in _LEAD or words[0] in _ROLE_WORDS or words[0] in _CALENDAR):
        words = words[1:]
    while words and words[-1] in _CALENDAR:
        words = words[:-1]
    if words:
        words[-1] = words[-1].removesuffix("'s").rstrip(".,")
    return " ".join(words)


# a run of non-space holding an address; anchored at the run's start, where the unanchored pattern's every
# match began anyway, so that no other position is tried
_URL_RUN = re.compile(r"(?<!\S)\S*?(?:https?://|www\.)\S*")


def _referents(doc: Document, sentences: list[Sentence]) -> _Referents:
    ref = _Referents()
    text = doc.text
    body = _URL_RUN.sub(" ", " ".join(s.text for s in sentences))
    lower_words = set(re.findall(r"(?<![\w'’])[a-z][\w'’-]*", body))
    names: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    order: dict[str, int] = {}
    for s in sentences:
        for m in _CAPRUN.finditer(s.text):
            name = _clean_name(m.group(0))
            if not name or len(name) < 3:
                continue
            if " " not in name and name.lower() in lower_words:
                continue  # a capitalised common word ("Councillors voted"): it also occurs in lower case
            names[name] += 1
            order.setdefault(name, s.span.start + m.start())
            if not _PLACE_BEFORE.search(s.text, max(0, m.start() - 12), m.start()):
                actors[name] += 1  # "near Lom", "in Kessala": a place, not a party the article is about
    # a shorter name stands for the longer name it begins or ends ("Harbourlight", "Calder Vale")
    by_edge: dict[str, list[str]] = {}
    for n in sorted((n for n in names if " " in n), key=lambda n: order[n]):
        words = n.split()
        for k in range(1, len(words)):
            by_edge.setdefault(" ".join(words[:k]), []).append(n)
            by_edge.setdefault(" ".join(words[k:]), []).append(n)
    for name in names:
        longer = by_edge.get(name, [])
        ref.canon[name] = "name:" + (longer[0] if 1 <= len(longer) <= 2 else name)
    counts: Counter[str] = Counter()
    for name, c in names.items():
        counts[ref.canon[name]] += c
        ref.first_seen[ref.canon[name]] = min(ref.first_seen.get(ref.canon[name], 10**9), order[name])
    people: dict[str, tuple[str, bool]] = {}
    for n, pat in enumerate(_AFFIL):
        for m in pat.finditer(text):
            person = _clean_name(m.group("name"))
            if not person or " " not in person or person.split()[-1].lower() in _ORGLIKE:
                continue  # "the UK's Financial Conduct Authority" is a body, not a person
            people.setdefault(person, (m.group("org"), n != 0 or bool(m.group("role"))))
    for key in dict.fromkeys(ref.canon.values()):  # each key once: many names share one
        ref.described.setdefault(key, set()).update(lemma(w) for w in key[5:].lower().split())
    for m in _DESCRIBED.finditer(text):
        key = ref.name_key(_clean_name(m.group("name")))
        desc = m.group("desc") or m.group("desc2")
        ref.described.setdefault(key, set()).update(lemma(w) for w in desc.lower().split())
    for m in _BEFORE_NAME.finditer(text):
        if m.group("desc") in ORG_NOUNS:
            key = ref.name_key(_clean_name(m.group("name")))
            ref.described.setdefault(key, set()).add(lemma(m.group("desc")))
    person_keys = set()
    for person in people:
        person_keys.add(ref.name_key(person))
        person_keys.add("name:" + person)
        parts = person.split()
        if len(parts) >= 2:
            person_keys.add("name:" + parts[-1])
    acting: Counter[str] = Counter()
    for name, c in actors.items():
        acting[ref.canon[name]] += c
    orgs = [(k, c) for k, c in acting.most_common() if k not in person_keys]
    if orgs and (len(orgs) == 1 or orgs[0][1] > orgs[1][1]):
        ref.protagonist = orgs[0][0]
    for person, (org, role) in people.items():
        org_key = ref.name_key(_clean_name(org)) if _clean_name(org) else ""
        if org.lower() in ("its", "their") or counts.get(org_key, 0) < 2:
            if ref.protagonist is None or not role:
                continue
            org_key = ref.protagonist  # "its director Paul Ng", "Chief Executive Colin Marsh": the article's party
        for alias in (person, person.split()[-1]):
            ref.canon[alias] = org_key
    ref.countries = document_claims(doc).mentions
    return ref


_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|from|to|into|outside|across|around|of|on|via|towards)\s+$")
_GENERIC_SUBJECT = re.compile(r"^(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)$")


_ORG_ALT = "|".join(sorted(ORG_NOUNS))
_ORG_LEMMAS = frozenset(lemma(w) for w in ORG_NOUNS)
_OFFICIALS = re.compile(
    r"^(?:the\s+|a\s+|an\s+|senior\s+)?(?:(?P<org>"
    + _ORG_ALT
    + r")\s+(?:officials?|spokes(?:man|woman|person)|sources?|"
    r"representatives?)|(?:officials?|spokes(?:man|woman|person)|sources?|representatives?)\s+(?:at|from|for|of|in)\s+"
    r"(?:the\s+)?(?P<org2>" + _ORG_ALT + r"))$"
)
_RESEARCHERS = re.compile(
    r"^(?:the\s+)?(?:(?:study|paper|trial)['’]s\s+)?(?:research\s+)?(?:researchers|scientists|team|authors|investigators)$"
)


def _resolve(ref: _Referents, phrase: str, start: int | None, previous: str | None) -> str | None:
    """The referent key of a subject phrase written at document offset ``start`` (None: anywhere)."""
    phrase = phrase.strip(" ,\"'“”‘’")
    if not phrase:
        return None
    for m in ref.countries if start is not None else ():
        if start <= m.start < start + len(phrase) + 1:
            return "country:" + m.key
    keys = gazetteer().keys
    for run in _CAPRUN.finditer(phrase):  # "France's defence ministry": the mention scan reads "France's" whole
        for word in (_clean_name(run.group(0)), run.group(0).split()[0].replace("’", "'").removesuffix("'s")):
            if keys.get(word):
                return "country:" + str(keys[word])
    low = phrase.lower()
    if low in _PRONOUN:
        return previous
    poss = re.match(r"^(?P<owner>.+?)['’]s\s+\S", phrase)
    if poss:  # "The studio's exit polling": the studio's
        return _resolve(ref, poss.group("owner"), start, previous)
    for run in reversed(list(_CAPRUN.finditer(phrase))):
        name = _clean_name(run.group(0))
        if name and (name in ref.canon or " " in name or run.start() > 0):
            return ref.name_key(name)
    off = _OFFICIALS.match(low)  # "department officials", "officials at the ministry": the body speaks
    if off:
        return _resolve(ref, "the " + (off.group("org") or off.group("org2")), start, previous)
    if _RESEARCHERS.match(low):
        return "the:research"  # "the researchers", "the team", "the study's authors": one group of authors
    g = _GENERIC_SUBJECT.match(low)
    if g and g.group("noun") in ORG_NOUNS:
        noun = lemma(g.group("noun"))
        at = 10**9 if start is None else start  # None: anywhere in the article
        described = [k for k, d in ref.described.items() if noun in d and ref.first_seen.get(k, 10**9) < at]
        if described:
            return max(described, key=lambda k: ref.first_seen.get(k, 0))
        kinds = ref.described.get(ref.protagonist or "", set()) & _ORG_LEMMAS
        if ref.protagonist and not kinds - {noun}:
            return ref.protagonist  # the article's party, unless it is described as another kind ("Union")
        return "the:" + noun  # no named party: "the ministry" is the ministry throughout
    words = [w for w in re.findall(r"[a-z]+", low) if w not in _STOP]
    if g and low.startswith("the ") and words and not words[-1].endswith("s"):
        return "the:" + lemma(words[-1])  # "the minister", "the coroner": one person throughout
    return "np:" + lemma(words[-1]) if words else None


# ---------------------------------------------------------------- clauses

_DISCLOSE = (
    r"said|say|says|commented|comment|confirmed|confirm|disclosed|disclose|revealed|reveal|published|publish|"
    r"released|release|announced|announce|acknowledged|acknowledge|given|give|provided|provide|specified|specify|"
    r"detailed|detail|explained|explain|conceded|concede|admitted|admit|issued|issue|forecast|put\s+a\s+figure\s+on|"
    r"discuss|discussed|name|named|identify|identified"
)
_OPEN_RE = re.compile(
    r"\b(?P<neg>(?:has|have|had|did|does|do)(?:\s+not|n['’]t)(?:\s+yet)?|(?:has|have)\s+yet\s+to|"
    r"(?:declined|refused|declines|refuses)\s+to|would\s+not|will\s+not|could\s+not|was\s+unable\s+to)\s+"
    r"(?:(?:officially|publicly|formally|yet|ever|previously)\s+)?(?P<verb>" + _DISCLOSE + r")\b(?P<rest>[^.;:!?]*)"
    r"|\b(?P<verb2>gave|gives|has\s+given|have\s+given|provided|offered|issued|published|released)\s+no\s+"
    r"(?P<rest2>[^.;:!?]*)"
    r"|\b(?P<neg3>did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not)\s+(?:yet\s+)?(?P<verb3>respond(?:ed)?|repl(?:y|ied))\s+to\s+"
    r"(?:[\w-]+\s+){0,3}?(?:questions|requests?|queries|inquiries|enquiries|emails?|calls?)\s+(?:for\s+comment\s+)?"
    r"(?:about|on|over|regarding|concerning)\b(?P<rest3>[^.;:!?]*)",
    re.I,
)  # "did not respond to questions about the recall": silence on the recall
_ASSERT = (
    r"said|says|confirmed|confirms|acknowledged|acknowledges|admitted|admits|announced|announces|disclosed|"
    r"discloses|revealed|reveals|published|publishes|released|releases|conceded|concedes|forecast|forecasts|"
    r"predicted|predicts|expects|found|finds|showed|shows|stated|estimated|estimates|"
    r"put(?=\s+(?:the|its|their)\s+[\w\s-]{1,40}?\s+at\s+(?:about\s+|around\s+)?[$€£]?\d)|"
    r"told\s+(?:[A-Za-z]+\s+){0,2}?(?:that\s+)?"
)
_ASSERT_WORDS = _words(
    "said says confirmed confirms acknowledged acknowledges admitted admits announced announces disclosed discloses "
    "revealed reveals published publishes released releases conceded concedes forecast forecasts predicted predicts "
    "expects found finds showed shows stated estimated estimates"
)
_ASSERT_FAST = (
    trie_regex(_ASSERT_WORDS) + r"|put(?=\s+(?:the|its|their)\s+[\w\s-]{1,40}?\s+at\s+(?:about\s+|around\s+)?[$€£]?\d)|"
    r"told\s+(?:[A-Za-z]+\s+){0,2}?(?:that\s+)?"
)  # _ASSERT with its words as a trie: a position that starts none of them costs one test
_ASSERT_RE = re.compile(r"\b(?P<verb>" + _ASSERT_FAST + r")\b(?=(?P<rest>[^;!?]*))", re.I)
_NOUN_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|own|no|any|this|that)|['’]s)\s+$", re.I)
_TRAILING_RE = re.compile(
    r"^(?P<content>.{12,}?),\s*(?P<subj>[^,]{2,60}?)\s+(?P<verb>said|says|admitted|admits|confirmed|confirms|"
    r"acknowledged|added|conceded|told\s+\w+)(?:\s+(?:on|in|at|to|late|earlier|last)\b[^,]*)?\s*[.!]?\s*$"
)
_DENY_RE = re.compile(
    r"\b(?P<verb>denied|denies|deny|denying|(?:rejected|rejects|dismissed|dismisses)(?=\s+(?:the\s+)?"
    r"(?:claims?|reports?|suggestions?|allegations?)\s+that))\s+(?:(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?)\s+)?"
    r"(?:that\s+(?P<p>[^.;:!?]*)|(?:ever\s+)?(?:having\s+)?(?P<ving>[a-z]+ing)\b(?P<rest>[^.;:!?]*))",
    re.I,
)
_SAID_NOT_RE = re.compile(
    r"\b(?P<verb>said|says|insisted|insists|maintained|maintains|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?P<p>[^.;:!?]*?\b(?:had|has|have|was|were|did|is|are)\s+(?:not|never)\b[^.;:!?]*"
    r"|(?:no|none\s+of\s+(?:the|its|their))\s+(?:[a-z][\w-]*\s+){0,3}?(?:had|has|have|was|were)\s+(?:been\s+)?[a-z]+[^.;:!?]*)",
    re.I,
)  # "the exchange said it had not lent out customer funds": a denial in other words
_ACCORDING_RE = re.compile(
    r"^[Aa]ccording\s+to\s+(?P<subj>[^,]{2,60}),\s*(?P<content>.{12,})$|^(?P<content2>.{12,}?),\s*according\s+to\s+"
    r"(?P<subj2>[^,]{2,60}?)\s*[.!]?\s*$"
)
_SAY_LEMMAS = frozenset(lemma(w) for w in ("say", "tell", "comment", "confirm", "know", "think", "believe"))
_MAYBE = re.compile(r"\b(?:[Cc]ould|[Mm]ight|may)\b")  # "May" with a capital is the month
_NOT_BEFORE = re.compile(r"\b(?:not|never|nor|neither|no|n['’]t|to|would|could|may|might)\s+(?:\w+\s+)?$", re.I)
_HYPO = re.compile(r"\b(?:if|unless|whether|may|might|could|should|once|would\s+be\s+asked)\b", re.I)
_CUT = re.compile(r",\s*(?:but|while|although|though|whereas|which|who|saying|when|as)\b|\s+(?:but|and)\s+|;|—|–| - ")
_CHANGE = re.compile(
    r"\b(?:initially|originally|at\s+first|at\s+the\s+time|previously|earlier|later|eventually|subsequently|"
    r"no\s+longer|until|reversed|changed|now\s+(?:says|said|admits|confirms)|but\s+(?:on|after|in|by|then|now|"
    r"since|this|last|later))\b",
    re.I,
)
_DISPUTE = re.compile(
    r"\b(?:disputed?|disputing|contradict\w*|countered|rejected\s+(?:the|that)\s+(?:claim|account))\b", re.I
)
_BOUNDARY = re.compile(
    r"[,;:()]|\b(?:and|but|while|after|when|because|although|as|that|which|who|said|says|told|added|"
    r"if|since|before|where)\b"
)
_APPOSITION = re.compile(r",\s*(?:which|who|a|an|the|its|one\s+of)\b[^,]*,\s*$")
# a reduced clause whose subject is the speaker: "when contacted by telephone on Tuesday", "when asked",
# "while speaking to reporters" tell the circumstances of the silence, not what it is silent about
_CIRCUMSTANCE = re.compile(
    r"\s+(?:when|while|after|once|as|if)\s+(?:first\s+|later\s+|again\s+|repeatedly\s+)?"
    r"(?:[a-z]{3,}ed|[a-z]{3,}ing|shown|given|told|seen)\b"
)
_LEADING = re.compile(r"^(?:\s*(?:on|about|over|regarding|whether|how|what|why|when|if|to|any|the|a|an)\b)+", re.I)
_TIMES = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tonight)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Clause:
    """One party's statement in one sentence: who, which predicate, what about, and how it is held."""

    sentence: int  # index into the body sentences
    subject: str
    who: str  # the subject as written
    lemma: str  # the predicate's lemma
    modality: str  # asserted | open | refused | denied
    text: str  # the clause as written (for messages)
    terms: frozenset[str]  # the content's lemmas
    head: str  # the first content lemma of an open topic, or a denied content's verb
    universal: bool  # "any strike", "any Ukrainian energy facility": every instance is meant
    perfect: bool  # "has not", "had" in reported speech: holds up to the time of report
    past_perfect: bool
    figure: bool = False  # an open "how much/how many" asks for a figure; an assertion gives one
    identity: bool = False  # "declined to name the man", "would not give the identity of": only a name answers
    negated: bool = False  # an assertion whose content is negative ("said the dam had not been damaged")
    names: frozenset[str] = frozenset()  # a denied content's names, which the assertion must repeat
    shape: str = ""  # "object": a denied thing ("denied the charges"); "plan": an act no plan is held for;
    # "decided": an act a party agreed or decided to do
    act: str = ""  # the word naming the act of a "plan" or "decided" clause ("acquisitions", "buy"), or a
    # denial's or an admission's verb as written ("denied", "admitted")
    where: str = ""  # the clause alone, for its dates (a sentence's other clauses may date something else)


_FIGURE = re.compile(
    r"[$€£]\s?\d|\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion|bn|m\b)|\b\d[\d,]*\b(?<!\b(?:19|20)\d\d)"
)
_NEGATIVE = re.compile(r"\b(?:not|never|no|none|nothing|n['’]t)\b", re.I)
_ASKS_AMOUNT = re.compile(
    r"^(?:(?:the|its|their|any)\s+)?(?:(?P<n>amount|number|size|value|total|sum|scale)|name|names|identity|details|"
    r"nature|terms|extent|level)\s+of\s+(?:the\s+)?",
    re.I,
)
_ASKS_FIGURE = re.compile(r"^\s*(?:on\s+)?how\s+(?:much|many|far|long|big|large)\b", re.I)


def _subject_before(text: str, end: int) -> tuple[str, int]:
    """The noun phrase right before a predicate, and where it starts in ``text``."""
    before = _APPOSITION.sub("", text[:end].rstrip())
    before = re.sub(r"\s+(?:has|have|had|did|does|do|is|are|was|were|also|then|again|still|itself)\s*$", "", before)
    before = re.sub(r"\s+(?:on|in)\s+(?:[A-Z]\w+|\w+day)(?:\s+\w+)?\s*$", "", before)
    pieces = list(_BOUNDARY.finditer(before))
    start = pieces[-1].end() if pieces else 0
    return before[start:].strip(), start + (len(before[start:]) - len(before[start:].lstrip()))


def content_verb(content: str) -> str:
    """The main verb lemma of a content clause: "it had lent out customer funds" gives lend."""
    m = re.search(
        r"\b(?:has|have|had|was|were|is|are|would|will|did)\s+(?:not\s+)?(?:been\s+|be\s+)?(?P<v>[a-z]{3,})\b", content
    )
    if m and m.group("v") not in _STOP:
        return lemma(m.group("v"))
    m = re.search(r"\b(?P<v>[a-z]{3,}ed|lent|struck|hit|sent|paid|sold|lost|made|cut|shut|built|held)\b", content)
    return lemma(m.group("v")) if m else ""


_Raw = tuple[int, int, str, int, dict[str, Any]]  # sentence, offset in it, subject as written, its offset, fields


_OPEN_STEMS = (
    "said", "say", "comment", "confirm", "disclos", "reveal", "publish", "releas", "announc", "acknowledg", "give",
    "gave", "provid", "specif", "detail", "explain", "conced", "admit", "issu", "forecast", "put", "discuss", "name",
    "identif", "offered", "respond", "repl",
)  # fmt: skip


def _may_open(low: str) -> bool:
    """Whether a lowered sentence holds a verb some branch of ``_OPEN_RE`` needs (substring tests, before it)."""
    return any(stem in low for stem in _OPEN_STEMS)


def _negatives(sentences: list[Sentence]) -> list[_Raw]:
    """Every open, refused or denied clause, its subject not yet resolved."""
    out: list[_Raw] = []
    for i, sent in enumerate(sentences):
        text = sent.text
        low = text.lower()
        if text.rstrip().endswith("?"):
            continue
        if (
            "not " in low or "n't" in low or "n’t" in low or "yet to" in low or "declin" in low or "refus" in low
            or " no " in low or "unable" in low
        ) and _may_open(low):  # fmt: skip
            for m in _OPEN_RE.finditer(text):
                rest = next(g for g in m.group("rest", "rest2", "rest3") if g is not None)
                verb = (m.group("verb") or m.group("verb2") or m.group("verb3")).lower().split()[-1]
                neg = (m.group("neg") or m.group("neg3") or "").lower()
                if re.match(r"\s*(?:further|more|beyond|directly|immediately|on\s+the\s+record)\b", rest, re.I):
                    continue  # "declined to comment further": after saying something
                if _HYPO.search(text[: m.start()]) or _CHANGE.search(text) or _BEFORE_FRAME.search(text[: m.start()]):
                    continue  # "Before the race he would not say": silence dated before what the article tells
                past_perfect = neg.startswith("had")
                if past_perfect and not re.search(
                    r"\b(?:said|says|told\s+\w+|insisted|added)\s+(?:that\s+)?\S+\s*$", text[: m.start()]
                ):
                    continue  # "had not said by then": an earlier moment, unless it reports "has not"
                topic = _CIRCUMSTANCE.split(_CUT.split(rest, maxsplit=1)[0], maxsplit=1)[0]
                topic_text = _LEADING.sub("", topic).strip()
                asks = _ASKS_AMOUNT.match(topic_text)
                terms = _terms(topic_text[asks.end() :] if asks else topic_text)  # "the name of the victim": victim
                if not terms:
                    continue
                head_word = next((lemma(w) for w in _TOKEN.findall(topic_text) if w.lower() not in _STOP), "")
                subj, at = _subject_before(text, m.start())
                modality = (
                    "refused" if neg.startswith(("declin", "refus", "would", "will")) or m.group("verb3") else "open"
                )
                fields = {
                    "lemma": lemma(verb), "modality": modality, "text": m.group(0).strip(), "terms": frozenset(terms),
                    "head": head_word, "universal": bool(re.match(r"\s*any\b", rest, re.I)),
                    "perfect": neg.startswith(("has", "have")) or past_perfect, "past_perfect": False,
                    "figure": bool(_ASKS_FIGURE.match(rest) or (asks and asks.group("n"))),
                    "names": frozenset(lemma(n) for n in _names(" " + topic_text)),
                    "identity": verb in ("name", "named", "identify", "identified")
                    or bool(asks and re.match(r"(?i)(?:\w+\s+)?(?:names?|identity)\b", asks.group(0))),
                }  # fmt: skip
                out.append((i, m.start(), subj, sent.span.start + at, fields))
        if "deni" in low or "deny" in low or "rejec" in low or "dismiss" in low:  # what _DENY_RE needs
            for m in _DENY_RE.finditer(text):
                if _NOT_BEFORE.search(text[max(0, m.start() - 25) : m.start()]) or _CHANGE.search(text):
                    continue
                if _HYPO.search(text[: m.start()]):
                    continue
                content = m.group("p") if m.group("p") is not None else (m.group("ving") + (m.group("rest") or ""))
                content = _CUT.split(content, maxsplit=1)[0]
                verb = content_verb(content) if m.group("p") is not None else lemma(m.group("ving"))
                if not verb:
                    continue
                subj, at = _subject_before(text, m.start())
                fields = {
                    "lemma": "deny", "modality": "denied", "text": m.group(0).strip(),
                    "terms": frozenset(_terms(content) - {verb}), "head": verb,
                    "universal": bool(re.search(r"\bany\b", content, re.I)), "perfect": False, "past_perfect": False,
                    "names": _names(content),
                }  # fmt: skip
                out.append((i, m.start(), subj, sent.span.start + at, fields))
        if (" not " in text or "never" in text or " no " in text or "none" in text) and (
            "said" in low or "says" in low or "insist" in low or "maintain" in low or "stated" in low
        ):  # the verbs _SAID_NOT_RE needs
            for m in _SAID_NOT_RE.finditer(text):
                content = _CUT.split(m.group("p"), maxsplit=1)[0]
                if _NOT_BEFORE.search(text[max(0, m.start() - 25) : m.start()]) or _CHANGE.search(text):
                    continue
                if _HYPO.search(text[: m.start()]) or re.search(r"\b(?:would|will|could|can)\b", content, re.I):
                    continue  # a forecast or an ability, not a denial of what happened
                verb = content_verb(content)
                if not verb or verb in _SAY_LEMMAS:
                    continue
                subj, at = _subject_before(text, m.start())
                fields = {
                    "lemma": "deny", "modality": "denied", "text": _clip(m.group(0).strip()),
                    "terms": frozenset(_terms(content) - {verb}), "head": verb,
                    "universal": bool(re.search(r"\bany\b", content, re.I)), "perfect": False, "past_perfect": False,
                    "names": _names(content),
                }  # fmt: skip
                out.append((i, m.start(), subj, sent.span.start + at, fields))
        if "deni" in low or "deny" in low:
            out.extend(_object_denials(i, sent))
        if ("plan" in low or "inten" in low or "decid" in low or "decision" in low) and (
            " no " in low or "not " in low
        ):
            out.extend(_no_plans(i, sent))
    return out


_NP_STOP = r"(?:against|of|in|at|on|for|from|to|by|with|and|but|when|after|before|during|this|last|next|until)\b"
_NP_AFTER = (
    r"(?P<np>(?:(?!" + _NP_STOP + r")[a-z][\w-]*\s+){0,2}(?!" + _NP_STOP + r")[a-z][a-z-]{2,})"
    r"(?=\s*(?:$|[,.;:]|\b" + _NP_STOP + r"))"
)  # a noun phrase up to its head, before a preposition or a clause break: "both charges", "the Kirkby stadium"
_DENY_OBJECT_RE = re.compile(
    r"\b(?P<verb>denied|denies|deny)\s+(?P<q>(?:all|any|every|each|both|the|its|his|her|their)\s+(?:of\s+the\s+)?)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?" + _NP_AFTER,
    re.I,
)
_NOT_AN_OBJECT = _words("that having ever being any all claims reports suggestions allegations")


def _object_denials(i: int, sent: Sentence) -> list[_Raw]:
    """ "Kerr denied both charges", "denies the allegations": a denied thing, which the same party's
    admission of it contradicts ("Kerr admitted the charges"; WordNet gives admit as deny's antonym)."""
    out: list[_Raw] = []
    text = sent.text
    for m in _DENY_OBJECT_RE.finditer(text):
        words = m.group("np").lower().split()
        head = words[-1]
        if words[0] in _NOT_AN_OBJECT or head in _STOP or head.endswith("ing") or not lemmas(head, "n"):
            continue  # "denied that ...", "denied having ...": the other shapes' (a content, not a thing)
        before = text[max(0, m.start() - 25) : m.start()]
        if _NOT_BEFORE.search(before) or re.search(r"\bhad\s+(?:\w+\s+)?$", before) or _CHANGE.search(text):
            continue  # "did not deny"; "had denied" tells an earlier plea, which a later one may change
        if _HYPO.search(text[: m.start()]):
            continue
        subj, at = _subject_before(text, m.start())
        fields = {
            "lemma": "deny", "modality": "denied", "text": m.group(0).strip(), "terms": frozenset(_terms(" ".join(words))),
            "head": lemma(head), "universal": bool(m.group("q")), "perfect": False, "past_perfect": False,
            "names": _names(m.group("np")), "shape": "object", "act": m.group("verb").lower(),
            "where": _clause_of(text, m.start(), m.end()),
        }  # fmt: skip
        out.append((i, m.start(), subj, sent.span.start + at, fields))
    return out


_NO_PLAN_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+no\s+(?:current\s+|immediate\s+|such\s+)?(?:plans?|intention)|"
    r"(?:is|are|was|were)\s+not\s+(?:planning|intending)|"
    r"no\s+decision\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:taken|made|reached)\s+(?:on|about)(?=\s+(?:whether|\w+ing\b|the\s+\w+\s+of\b))|"
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?decided)\s+"
    r"(?:(?:whether\s+)?to\s+(?P<v>[a-z]{3,})|of\s+(?P<ving>[a-z]{3,}ing)|(?P<ving2>[a-z]{3,}ing)|"
    r"for\s+(?:an?\s+|any\s+|further\s+)?(?P<n>[a-z]{3,})|the\s+(?P<n2>[a-z]{3,})\s+of)\b"
    r"(?P<rest>[^.;:!?]*)",
    re.I,
)  # "has no plans to sell", "had no plans for acquisitions", "no decision has been taken on the sale of",
# "has not decided whether to close": an act no plan or decision is held for
_DECIDED_RE = re.compile(
    r"\b(?P<dec>agreed|decided|voted|resolved|signed\s+(?:a|an)\s+(?:deal|agreement|contract)|"
    r"(?:struck|reached)\s+(?:a|an)\s+(?:deal|agreement))"
    r"(?:\s+(?:in|on|at|last|this|earlier)\s+[\w-]+){0,2}\s+to\s+(?P<v>[a-z]{3,})\b(?P<rest>[^.;:!?]*)",
    re.I,
)


def _object_terms(rest: str) -> frozenset[str]:
    """The content lemmas of the noun phrase an act takes ("the Kirkby stadium to a developer": stadium,
    Kirkby), up to the first clause break; a time ("this year") is not an object."""
    m = re.match(r"\s*" + _NP_AFTER, re.split(r"[,;:]", rest, maxsplit=1)[0] + ".", re.I)
    return frozenset(_terms(m.group("np"))) if m else frozenset()


_BEFORE_FRAME = re.compile(r"\b[Bb]efore\s+(?:the|its|his|her|their)\s+[a-z]+")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:on\s+\w+\s+)?(?:that\s+)?$")


def _no_plans(i: int, sent: Sentence) -> list[_Raw]:
    """ "The club has no plans to sell the stadium", "had no plans for acquisitions": an act the party
    holds no plan for, which its decision to do it contradicts ("agreed to sell the stadium")."""
    out: list[_Raw] = []
    text = sent.text
    for m in _NO_PLAN_RE.finditer(text):
        if _HYPO.search(text[: m.start()]) or _CHANGE.search(text):
            continue
        act = (m.group("v") or m.group("ving") or m.group("ving2") or m.group("n") or m.group("n2")).lower()
        if act in _STOP or lemma(act) in _ASSURED_LIGHT_LEMMAS:
            continue  # "no plans to comment", "no intention of making": no act to meet
        if m.group("n2") and not names_an_act(act):
            continue  # "no decision on the future of": only a noun of action ("the sale of") names an act
        subj, at = _subject_before(text, m.start())
        said = _SAID_BEFORE.search(text[: m.start()]) if not subj else None
        if said is not None:  # "Ashby Council said no decision had been taken": the speaker would decide
            subj, at = _subject_before(text, said.start())
        verbal = m.group("v") or m.group("ving") or m.group("ving2")
        terms = _object_terms(m.group("rest")) if verbal or m.group("n2") else frozenset()
        fields = {
            "lemma": "plan", "modality": "no plan", "text": _clip(re.split(r"[,;]", m.group(0))[0].strip()), "terms": terms,
            "head": lemma(act), "universal": False, "perfect": False, "past_perfect": False,
            "names": _names(m.group("rest")), "shape": "plan", "act": act,
            "where": _clause_of(text, m.start(), m.end("rest") - len(m.group("rest"))),
        }  # fmt: skip
        out.append((i, m.start(), subj, sent.span.start + at, fields))
    return out


def _decisions(sentences: list[Sentence]) -> list[_Raw]:
    """ "Rovers agreed in May to sell the stadium": an act a party decided to do."""
    out: list[_Raw] = []
    for i, sent in enumerate(sentences):
        text = sent.text
        if not ("agreed" in text or "decided" in text or "voted" in text or "resolved" in text or " deal" in text):
            continue
        for m in _DECIDED_RE.finditer(text):
            before = text[max(0, m.start() - 25) : m.start()]
            if _NOT_BEFORE.search(before) or _HYPO.search(text[: m.start()]) or _CHANGE.search(text):
                continue
            subj, at = _subject_before(text, m.start())
            subj = _relative_subject(text, m.start()) or subj
            if not subj:
                continue
            fields = {
                "lemma": "decide", "modality": "asserted", "text": _clip(re.split(r"[,;]", m.group(0))[0].strip()),
                "terms": frozenset(_terms(m.group("rest"))) | {lemma(m.group("v"))}, "head": lemma(m.group("v")),
                "universal": False, "perfect": False, "past_perfect": bool(re.search(r"\bhad\s+$", before)),
                "shape": "decided", "act": m.group("v").lower(), "where": _clause_of(text, m.start(), m.end("v")),
            }  # fmt: skip
            out.append((i, m.start(), subj, sent.span.start + text.find(subj) if subj in text else at, fields))
    return out


_RELATIVE_SUBJECT = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*),\s+who\s+$")


def _relative_subject(text: str, at: int) -> str:
    """The name a relative clause is about: "Hargreaves, who admitted ..." gives Hargreaves."""
    m = _RELATIVE_SUBJECT.search(text[max(0, at - 60) : at])
    return m.group("name") if m else ""


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause holding ``start:end``: from the punctuation before it to the punctuation after it."""
    lo = max(text.rfind(",", 0, start), text.rfind(";", 0, start), -1) + 1
    hits = [n for n in (text.find(",", end), text.find(";", end)) if n != -1]
    return text[lo : min(hits) if hits else len(text)]


def _names(text: str) -> frozenset[str]:
    """The capitalised words of a content that narrow what it is about ("Ohio" in "cut jobs in Ohio")."""
    return frozenset(w for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]{2,}", text.strip()) if w not in _CALENDAR)


def _assertions(sentences: list[Sentence], wanted: set[str]) -> list[_Raw]:
    """Every clause that asserts a content sharing a word with ``wanted``, its subject not yet resolved."""
    out: list[_Raw] = []
    for i, sent in enumerate(sentences):
        text = sent.text
        if text.rstrip().endswith("?"):
            continue
        trailing = _TRAILING_RE.match(text) if "," in text else None
        if trailing and not _NOT_BEFORE.search(text[max(0, trailing.start("verb") - 25) : trailing.start("verb")]):
            content = trailing.group("content")
            terms = frozenset(_terms(content))
            if terms & wanted and not re.search(r"\b(?:not|never|no|n['’]t|denied|could|might|may)\b", content, re.I):
                fields = {
                    "lemma": lemma(trailing.group("verb").split()[0]), "modality": "asserted",
                    "text": _clip(content + ", " + trailing.group("subj") + " " + trailing.group("verb")),
                    "terms": terms, "head": content_verb(content), "universal": False, "perfect": False,
                    "past_perfect": bool(re.search(r"\bhad\b", content)), "figure": bool(_FIGURE.search(content)),
                    "negated": bool(_NEGATIVE.search(content)),
                }  # fmt: skip
                at = trailing.start("subj")
                out.append((i, at, trailing.group("subj"), sent.span.start + at, fields))
        according = _ACCORDING_RE.match(text) if "ccording" in text else None
        if according:
            subj = according.group("subj") or according.group("subj2")
            content = according.group("content") or according.group("content2")
            terms = frozenset(_terms(content))
            if terms & wanted:
                at = according.start("subj") if according.group("subj") else according.start("subj2")
                fields = {
                    "lemma": "say", "modality": "asserted", "text": _clip(text), "terms": terms,
                    "head": content_verb(content), "universal": False, "perfect": False, "past_perfect": False,
                    "figure": bool(_FIGURE.search(content)), "negated": bool(_NEGATIVE.search(content)),
                }  # fmt: skip
                out.append((i, at, subj, sent.span.start + at, fields))
        for m in _ASSERT_RE.finditer(text):
            if trailing and m.start() >= trailing.start("subj"):
                continue
            content = _CUT.split(m.group("rest"), maxsplit=1)[0]
            verb_lemma = lemma(m.group("verb").split()[0])
            terms = frozenset(_terms(content))
            if not (terms & wanted or verb_lemma in wanted) or _MAYBE.search(content):
                continue  # about nothing any denial or silence is about, or only a possibility: never compared
            window = text[max(0, m.start() - 30) : m.start()]
            if _NOT_BEFORE.search(window) or re.search(r"\b(?:to|yet)\s+$", window) or _NOUN_BEFORE.search(window):
                continue  # "did not give a forecast", "Wall Street's forecasts": a noun, not an assertion
            if _HYPO.search(text[: m.start()]) or _CHANGE.search(text) or _DISPUTE.search(text):
                continue
            subj, at = _subject_before(text, m.start())
            if not subj or subj.lower() in ("which", "who", "that"):
                subj = _relative_subject(text, m.start())  # "Kerr, who admitted both charges, ...": Kerr
                if not subj:
                    continue
                at = text.rfind(subj, 0, m.start())
            aux = re.search(r"\b(had|has|have)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20) : m.start()])
            fields = {
                "lemma": verb_lemma, "modality": "asserted", "text": _clip(m.group(0) + m.group("rest")), "terms": terms,
                "head": content_verb(content), "universal": False, "perfect": False,
                "past_perfect": bool(aux and aux.group(1).lower() == "had"), "figure": bool(_FIGURE.search(content)),
                "negated": bool(_NEGATIVE.search(content)), "act": m.group("verb").split()[0].lower(),
                "where": _clause_of(text, m.start(), m.start() + len(m.group(0)) + len(content)),
            }  # fmt: skip
            out.append((i, m.start(), subj, sent.span.start + at, fields))
    return out


def _clauses(doc: Document, sentences: list[Sentence]) -> list[Clause]:
    """The article's clauses, subjects resolved; assertions only where a denial or silence could meet them."""
    negatives = _negatives(sentences)
    if not negatives:
        return []
    wanted: set[str] = set()
    for _, _, _, _, f in negatives:
        wanted |= f["terms"] | {f["head"], f["lemma"]}
    assertions = _assertions(sentences, wanted - {"", "say"})
    if any(f.get("shape") == "plan" for *_, f in negatives):
        assertions += _decisions(sentences)
    if not assertions:
        return []
    ref = _referents_of(doc, sentences)  # shared with the breach and speaker readers: read once
    out: list[Clause] = []
    for i, pos, subj, at, fields in sorted([*negatives, *assertions], key=lambda r: (r[0], r[1])):
        previous = _antecedent(ref, sentences, i, pos) if subj.lower().strip() in _PRONOUN else None
        key = _resolve(ref, subj, at, previous)
        if key is not None and fields.get("shape") in ("plan", "decided") and not _named_party(ref, subj, key, fields):
            continue  # "the council agreed to ...": a plan or a decision is compared only for a party the
            # article names or describes so, never for the article's main party by default
        if key is not None:
            out.append(Clause(sentence=i, subject=key, who=subj, **fields))
    return out


def _named_party(ref: _Referents, subj: str, key: str, fields: dict[str, Any]) -> bool:
    """Whether a subject names its party, is a pronoun for one, or is a description the article gives that
    party ("the group" for "Halden, a food group"), rather than an organisation noun read as the main party.
    A party that holds no plan may also be "the group" of an article about one group, when nothing describes
    that group with another organisation noun; a decision's party must be named or described."""
    low = subj.lower().strip()
    if low in _PRONOUN or any(w[:1].isupper() for w in _clean_name(subj).split()):
        return True
    g = _GENERIC_SUBJECT.match(low)
    if not g:
        return False
    noun, described = lemma(g.group("noun")), ref.described.get(key, set())
    if noun in described:
        return True
    others = described & {lemma(w) for w in ORG_NOUNS}
    return fields.get("shape") == "plan" and key == ref.protagonist and not others


def _antecedent(ref: _Referents, sentences: list[Sentence], i: int, pos: int) -> str | None:
    """What "it" or "they" stands for: the last party named before it, in its sentence or the one before."""
    for text in (sentences[i].text[:pos], sentences[i - 1].text if i > 0 else ""):
        for run in reversed(list(_CAPRUN.finditer(text))):
            key = _resolve(ref, run.group(0), None, None)
            if key is not None and not key.startswith("np:") and (key in ref.first_seen or key.startswith("country:")):
                return key
    return None


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + " …"


# ---------------------------------------------------------------- conflicts


@dataclass(frozen=True, slots=True)
class StatementConflict:
    """Two clauses of one party that cannot both hold; ``negative`` leaves open or denies what ``positive`` says."""

    negative: Clause
    positive: Clause
    reason: str
    detail: str = ""  # why the two words meet, when they are not the same word ("buy" is a kind of acquire)


def _times(text: str) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in _TIMES.finditer(text))


def _dated_apart(a: str, b: str) -> bool:
    ta, tb = _times(a), _times(b)
    return bool(ta and tb and not (ta <= tb or tb <= ta))


_FULL_NAME = re.compile(r"(?<=\s)[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]{2,}")  # "Daniel Hooper", not "Wisconsin"


_CALENDAR_TERMS = frozenset(lemma(w) for w in _CALENDAR) | frozenset(
    lemma(w) for w in _words("morning afternoon evening night week month year weekend")
)


def _told_before_denial(doc: Document, sentences: list[Sentence], neg: Clause, pos: Clause) -> str:
    """The date the assertion gives what it tells, when that date falls before the day the denial was made:
    "said on Tuesday it had not received any notice" and "confirmed it had received a notice on 2 April"
    are dated apart, yet the denial was untrue when made ("had not yet" against "had already"); a telling
    dated after the denial is a change, and stays apart. The speech date is the one in the denial's clause
    before its negation; the event's, the first one in the assertion's content. '' when there is none."""
    anchor = doc.meta.published
    if anchor is None:
        return ""
    a, b = sentences[neg.sentence], sentences[pos.sentence]
    neg_at = a.text.find(neg.text[:40])
    pos_at = b.text.find(pos.text[:40])
    if neg_at < 0 or pos_at < 0:
        return ""
    stop = neg_at + (_NEGATIVE.search(neg.text).start() if _NEGATIVE.search(neg.text) else len(neg.text))
    verb_end = pos_at + len(pos.text.split()[0]) if pos.text.split() else pos_at
    said = told = None
    for m in resolved_mentions(doc, anchor, True):
        if m.start is None or m.end is None:
            continue
        if a.span.start + neg_at <= m.span.start < a.span.start + stop and said is None:
            said = m
        elif told is None and b.span.start + verb_end <= m.span.start < b.span.start + pos_at + len(pos.text):
            told = m
    if said is None or told is None or not told.end < said.start or (said.start - told.end).days > 366:
        return ""  # after the denial: a change; years before it ("a notice in 2019"): another occasion
    return f'"{told.text}"'


def _covers(neg: Clause, pos: Clause) -> bool:
    """Whether the assertion says what the open or refused statement leaves unsaid."""
    if (neg.figure and not pos.figure) or pos.negated:
        return False  # "would not say how many jobs would go": only a figure says it; "said it had not" neither
    if neg.identity and not _FULL_NAME.search(pos.text):
        return False  # "declined to identify the donor" is not answered by "said he had one big donor"
    if neg.lemma == pos.lemma and neg.lemma not in ("say", "comment") and len(neg.terms) <= 1:
        return True  # "has not conceded the result" and "conceded the seat": the act itself
    shared = neg.terms & (pos.terms | {pos.lemma})
    if len(shared) * 3 >= len(neg.terms) * 2 and (len(shared) >= 2 or len(neg.terms) == 1):
        return True
    common = neg.terms - neg.names  # "the closure of Mill Lane library" is "the library would close" in
    # a later sentence that names no other library: the names may go, the common words must stay
    if neg.names and common and common <= shared and len(common) >= 2 and not _other_names(neg, pos):
        return True
    if _anaphor(neg, pos) and not _other_names(neg, pos):
        return True
    return neg.universal and len(shared) >= 2 and neg.head in shared  # "any strike on the Kaya": one strike on it


def _anaphor(neg: Clause, pos: Clause) -> bool:
    """Whether the assertion takes up the open topic's head as a definite noun with nothing after it that
    narrows it otherwise: "the recall of its infant formula", then "acknowledged the recall in a note"."""
    if not neg.head or len(neg.head) < 4:
        return False
    for m in re.finditer(r"\b(?:the|its|their|this)\s+(?P<w>[a-z][\w-]+)\b(?!\s+of\b)", pos.text):
        if lemma(m.group("w")) == neg.head:
            return True
    return False


def _other_names(neg: Clause, pos: Clause) -> bool:
    """Whether an assertion names something the open statement does not ("the Eastfield library")."""
    return bool({lemma(n) for n in _names(" " + pos.text)} - neg.names - {lemma(w) for w in pos.who.split()})


def _denied_told(neg: Clause, pos: Clause) -> bool:
    """Whether the assertion tells the denied content: the same verb, and the same thing or any of it."""
    if pos.negated or not neg.head or (pos.head != neg.head and neg.head not in pos.terms):
        return False
    return neg.universal or bool((neg.terms & pos.terms) - _CALENDAR_TERMS)  # "in March" is no shared thing


def _admits(neg: Clause, pos: Clause) -> bool:
    """Whether the assertion admits the thing denied: its verb is the denial's antonym in WordNet ("admitted"
    for "denied") and the denied thing is its object ("admitted two of the charges", "admitted the charges")."""
    if pos.negated or not pos.act or not opposite(pos.act, neg.act):
        return False
    return neg.head in _terms(" ".join(pos.text.split()[1:6]))


def _decides(neg: Clause, pos: Clause) -> bool:
    """Whether the decision is to do the act no plan was held for: one act or a kind of it ("agreed to buy"
    for "no plans for acquisitions", "voted to sell" for "no plans to sell"), on the same thing if one was named."""
    if not act_meets(neg.act, pos.act):
        return False
    return not neg.terms or bool(neg.terms & pos.terms)


def _base(word: str, pos: str = "v") -> str:
    """A word's WordNet lemma ("admitted": admit), or the word itself."""
    found = lemmas(word, pos)
    return found[0] if found else word


def _act_relation(a: str, b: str) -> str:
    """Why two words name one act, for a message: "buying is a kind of acquisition"."""
    if lemma(a) == lemma(b) or same_act(a, b):
        return ""  # "sale" and "sell", "closure" and "close": one act, nothing to explain
    noun = _base(a, "n") if lemmas(a, "n") and not lemmas(a, "v") else ""
    return f"to {_base(b)} is a kind of {noun or 'to ' + _base(a)} or the same act (WordNet)"


def statement_conflicts(doc: Document) -> list[StatementConflict]:
    """Every open, refused or denied statement against the same party's assertion of it, once per pair."""
    return doc.derived("consistency.statements", _compute)


_MAX_PAIRS = 600


def _compute(doc: Document) -> list[StatementConflict]:
    sentences = document_claims(doc).sentences
    if not sentences:
        return []
    probe = " ".join(s.text for s in sentences[:400]).lower()
    if not any(
        c in probe
        for c in (" not ", "n't", "n’t", "yet to", "declin", "refus", " no ", "denied", "denies", "reject", "dismiss")
    ):
        return []
    clauses = _clauses(doc, sentences)
    positives: dict[str, list[Clause]] = {}
    for c in clauses:
        if c.modality == "asserted" and not c.subject.startswith("np:"):
            positives.setdefault(c.subject, []).append(c)
    out: list[StatementConflict] = []
    seen: set[tuple[int, int]] = set()
    budget = _MAX_PAIRS
    for neg in clauses:
        if neg.modality == "asserted" or neg.subject.startswith("np:"):
            continue
        for pos in positives.get(neg.subject, []):
            if budget <= 0:
                return out
            budget -= 1
            if pos.sentence == neg.sentence or (neg.sentence, pos.sentence) in seen:
                continue
            if pos.past_perfect and not neg.text.lower().startswith(("did", "gave")):
                continue  # "had announced" is an earlier moment, beside "has not announced"
            a, b = sentences[neg.sentence].text, sentences[pos.sentence].text
            detail = ""
            if neg.shape or pos.shape:
                # a denied thing or an act no plan is held for: only the two clauses' own dates count
                if _dated_apart(neg.where, pos.where) or not all(n in b for n in neg.names):
                    continue
                if neg.shape == "object" and not pos.shape and _admits(neg, pos):
                    why = "the same party denies it and admits it"
                    detail = f"to {_base(pos.act)} is the opposite of to {_base(neg.act)} (WordNet)"
                elif neg.shape == "plan" and pos.shape == "decided" and _decides(neg, pos):
                    why = "the same party holds no plan for what it decided"
                    detail = _act_relation(neg.act, pos.act)
                else:
                    continue
            elif _dated_apart(a, b) and not (
                neg.modality == "denied" and (before := _told_before_denial(doc, sentences, neg, pos))
            ):
                continue
            elif neg.modality == "denied":
                if not _denied_told(neg, pos):
                    continue
                if not neg.universal and not all(n in b for n in neg.names):
                    continue  # "said it had not cut jobs in Ohio" is not met by "cut 300 jobs in Texas"
                why = "the same party denies it and says it"
                if _dated_apart(a, b):
                    why = "the same party denies it and says it had already happened"
                    detail = f"the second dates it {before}, before the day of the denial"
            else:
                if not _covers(neg, pos):
                    continue
                why = "the same party leaves it unsaid and says it"
            seen.add((neg.sentence, pos.sentence))
            out.append(StatementConflict(neg, pos, why, detail))
            break
    return out


# ---------------------------------------------------------------- an assurance against its breach

_NP_END = r"(?=\s*(?:$|[,.;:]|\b(?:in|at|on|for|from|to|by|with|after|before|until|this|next|unless|if|while|and|or|because)\b))"
_ASSURANCE_RE = re.compile(
    r"\b(?:promised|pledged|vowed|guaranteed|assured\s+[\w ]{2,30}?|insisted|said|told\s+[\w ]{2,30}?|"
    r"confirmed|stated|and(?=\s+that\b))\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?P<np>(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:(?:would|will)\s+(?:not|never)\s+(?:be\s+)?(?P<verb>[a-z]{3,})\b"
    r"(?:\s+(?P<obj1>(?:the\s+|its\s+|their\s+|any\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)" + _NP_END + r")?"
    r"|(?:would|will)\s+(?:stay|remain|be\s+kept)\s+(?P<open>open))"
    r"|\b(?:promised|pledged|vowed|guaranteed|agreed)\s+(?:not|never)\s+to\s+(?P<verb2>[a-z]{3,})\s+"
    r"(?P<obj2>(?:the\s+|its\s+|their\s+|any\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)"
    + _NP_END
    + r"|\b(?:voted\s+(?:against|down)|ruled\s+out)\s+(?P<ving>[a-z]{3,}ing)\s+(?P<obj3>(?:the\s+|its\s+|their\s+|any\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?"
    r"[a-z][\w-]*)" + _NP_END,
)
_ASSURED_LIGHT = _words(
    "say comment confirm know expect need want seem comment respond happen change affect discuss give make take"
)
_ASSURED_LIGHT_LEMMAS = frozenset(lemma(w) for w in _ASSURED_LIGHT)
_TRYING = frozenset(lemma(w) for w in _words("seek try attempt intend aim want"))  # "would not seek to appeal"


@dataclass(frozen=True, slots=True)
class Breach:
    """An assurance that something would not happen, and the sentence that says it does."""

    assurance: int  # body-sentence indexes
    breach: int
    said: str
    told: str
    thing: str
    assured_by: str  # who gave the assurance and who tells the breach, as written ("" for the article's voice)
    told_by: str


def _thing_of(np: str) -> str:
    """The head of a noun phrase: its last word that is no stop word."""
    words = [w for w in re.findall(r"[a-z][\w'’-]*", np.lower()) if w not in _STOP]
    return words[-1] if words else ""


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def assurances(sentences: list[Sentence]) -> list[tuple[int, str, str, str, int, frozenset[str]]]:
    """(sentence, thing, verb lemma, text, where it starts, the names narrowing the thing) of every assurance that a thing would not happen to something."""
    out = []
    for i, sent in enumerate(sentences):
        text = sent.text
        if not (
            " not " in text or "never" in text or "ruled out" in text or "voted " in text or " open" in text
        ) or text.rstrip().endswith("?"):
            continue
        if not (
            "would" in text or "will" in text or "promised" in text or "pledged" in text or "vowed" in text
            or "guaranteed" in text or "agreed" in text or "voted" in text or "ruled" in text
        ):  # fmt: skip
            continue  # a word each branch of _ASSURANCE_RE needs (it is case-sensitive)
        for m in _ASSURANCE_RE.finditer(text):
            if _HYPO.search(text[: m.start()]) or _CHANGE.search(text):
                continue
            verb = m.group("verb") or m.group("verb2") or m.group("ving") or "close"  # "would stay open"
            np = m.group("np") or m.group("obj2") or m.group("obj3") or ""
            tried = (m.group("obj1") or "").split()
            if lemma(verb) in _TRYING and len(tried) >= 2 and tried[0] == "to":
                if _thing_of(np) in ("", *_PRONOUN):
                    continue  # "it would not seek to appeal": the act, but no party to hold to it
                verb = tried[1]  # "the group would not seek to appeal": the act is appealing
            if m.group("np") and _thing_of(np) in ("", *_PRONOUN) and m.group("obj1"):
                np = m.group("obj1")  # "said it would not raise taxes": the taxes
            thing = _singular(_thing_of(np))
            names = frozenset(re.findall(r"(?<!^)\b[A-Z][\w'’-]+", np))  # "the Northgate library": Northgate
            v = lemma(verb)
            if not thing or len(thing) < 3 or v in {lemma(w) for w in _ASSURED_LIGHT} or thing in _PRONOUN:
                continue
            out.append((i, thing, v, re.sub(r"^and\s+that\s+", "", m.group(0)), m.start(), names))
    return out


def _speaker(sentences: list[Sentence], i: int, start: int | None = None) -> str:
    """Who speaks in a sentence: the subject before ``start``, or a trailing "..., the company said"."""
    text = sentences[i].text
    if start is not None:
        return _subject_before(text, start)[0]
    trailing = _TRAILING_RE.match(text) if "," in text else None
    return trailing.group("subj") if trailing else ""


_SPEECH_VERB = re.compile(
    r"\b(?:said|says|told|announced|confirmed|stated|insisted|added|admitted|promised|pledged|vowed|assured)\b"
)
_BREACH_NEG = re.compile(r"\b(?:not|never|no|n['’]t|without|against|rejected|refused|blocked)\b[^,;.]*$", re.I)
_BREACH_MODAL = re.compile(r"\b(?:could|might|may|if|unless|whether|should|plans?\s+to|proposed|considering)\b", re.I)


def breaches(doc: Document, sentences: list[Sentence]) -> list[Breach]:
    """Every assurance against a sentence that tells the same thing happening to the same thing."""
    out: list[Breach] = []
    budget = _MAX_PAIRS
    found = assurances(sentences)
    speakers = {i: _speaker(sentences, i, start) for i, _, _, _, start, _ in found}
    for i, thing, verb, said, _, names in found:
        thing_re = re.compile(r"\b" + re.escape(thing[:-1] if thing.endswith("y") else thing) + r"\w{0,3}\b", re.I)
        order = [*range(i + 1, len(sentences)), *range(i - 1, -1, -1)]  # the nearest telling after it first
        for j in order:
            other = sentences[j]
            if budget <= 0:
                break
            text = other.text
            if verb[:4] not in text.lower() or not thing_re.search(text) or not all(n in text for n in names):
                continue  # substring tests first; "the Northgate library" is not "a library in the district"
            budget -= 1
            if text.rstrip().endswith("?") or _CHANGE.search(text) or _dated_apart(sentences[i].text, text):
                continue
            if _DISPUTE.search(text) or re.match(r"\s*(?:However|But)\b", text):
                continue
            for m in re.finditer(r"[A-Za-z][a-z'’-]+", text):
                if lemma(m.group(0)) != verb:
                    continue
                before = text[max(0, m.start() - 40) : m.start()]
                if _BREACH_NEG.search(before) or _BREACH_MODAL.search(text[: m.start()]):
                    continue
                near = text[max(0, m.start() - 60) : m.end() + 60]
                if not thing_re.search(near):
                    continue
                speech = list(_SPEECH_VERB.finditer(text, 0, m.start()))
                told_by = _speaker(sentences, j, speech[-1].start() if speech else None)
                out.append(Breach(i, j, said, m.group(0), thing, speakers[i], told_by))
                break
            else:
                continue
            break
    return out


def speakers_differ(doc: Document, sentences: list[Sentence], i: int, j: int) -> bool:
    """Whether sentences ``i`` and ``j`` are told by two parties that resolve to different referents
    ("Severn Water said ..." and "The company confirmed ..." are one party; "the union" and "the
    government" are two). Unresolved or unattributed sentences differ from nothing."""
    keys = []
    for n in (i, j):
        text = sentences[n].text
        speech = list(_SPEECH_VERB.finditer(text))
        who = _speaker(sentences, n) or (_speaker(sentences, n, speech[0].start()) if speech else "")
        if not who:
            return False
        keys.append(_resolve(_referents_of(doc, sentences), who, None, None))
    return None not in keys and keys[0] != keys[1]


def party_at(doc: Document, sentences: list[Sentence], i: int, at: int) -> str | None:
    """The party a predicate at offset ``at`` of sentence ``i`` belongs to, resolved: the subject right
    before it ("Harlow would seek"), or else, for a pronoun or an elided subject ("the company said it
    accepted the ruling and would not appeal"), whoever the sentence says spoke."""
    text = sentences[i].text
    ref = _referents_of(doc, sentences)
    subj = _subject_before(text, at)[0]
    if subj and len(subj.split()) <= 6 and subj.lower() not in _PRONOUN and not subj.lower().startswith("and "):
        key = _party_key(ref, subj)
        if key is not None:
            return key
    speech = list(_SPEECH_VERB.finditer(text, 0, at))
    who = _speaker(sentences, i, speech[-1].start()) if speech else _speaker(sentences, i)
    return _party_key(ref, who) if who and who.lower() not in _PRONOUN else None


def _party_key(ref: _Referents, phrase: str) -> str | None:
    """A subject's referent, when it names a party: a name, or a description the party answers to (the
    article calls it so, or any firm is one: "the company"); "the union" is not the article's firm."""
    key = _resolve(ref, phrase, None, None)
    if key is None or key.startswith("np:"):
        return None
    g = _GENERIC_SUBJECT.match(phrase.lower())
    if g and not re.search(r"\s[A-Z]", phrase):
        noun = lemma(g.group("noun"))
        if noun not in ref.described.get(key, set()) and noun not in _ANY_FIRM:
            return None
    return key


_ANY_FIRM = frozenset(lemma(w) for w in _words("company firm group business"))


def _referents_of(doc: Document, sentences: list[Sentence]) -> _Referents:
    return doc.derived("consistency.referents", lambda d: _referents(d, sentences))


def same_speaker(doc: Document, b: Breach, sentences: list[Sentence]) -> bool:
    """Whether the assurance and the breach come from one party (resolved: "Harlow Bus", "the company")."""
    ref = _referents_of(doc, sentences)
    a = _resolve(ref, b.assured_by, None, None)
    t = _resolve(ref, b.told_by, None, None)
    return a is not None and a == t
