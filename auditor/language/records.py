"""Records stated without a superlative word, as a small grammar (for LNG001).

:mod:`auditor.language.lexicon` finds superlatives and the contexts that make them
records ("the biggest since 1990"). A record can also be stated by other shapes,
each read here at one trigger word of the folded text:

* "all-time": "the club's all-time top scorer", "all-time highs" (never "my all-time
  favourite", a taste);
* a degree negated against a span: "has not been this high since 1981", "hasn't been
  so low in decades", "levels not seen since 2008", "last seen in 1990", "Not since
  1966 has England won", and a relative clause of experience negated against one ("a
  level the stock has not traded at since 2011", "a scene the city has not witnessed
  since the race began");
* uniqueness by negation: "has no equal", "without rival", "like no other", "in a
  class of its own";
* a comparison with every other: "more titles than any other club", "than at any
  previous election", "Nobody has scored more goals", "No club has won more";
* a first as a noun: "a first for the club", "a world first" (never "a first draft",
  "a first for us", the writer's own).

Each function takes the folded text and the trigger's offset and returns the span of
the claim, or None. Every pattern is anchored at or just before the trigger, so a
document costs one short match per occurrence of a trigger word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_S = r"[ \t\xa0]+"
_END = r"(?=[ \t\xa0]*(?:[.,;:!?)”\"]|$))"
# A span of time counted out, the field a negated degree is measured against.
SPAN = (
    rf"(?:(?:more{_S}than|over|nearly|almost|about|at{_S}least|well{_S}over|the{_S}past|the{_S}last){_S})?"
    rf"(?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    rf"seventy|eighty|ninety|a{_S}hundred|several|many|half{_S}a|a{_S}quarter{_S}of{_S}a|a{_S}couple{_S}of)"
    rf"{_S}(?:years|decades|centuries|decade|century|generations|generation|year|months|month)\b(?!{_S}of\b)"
)
# A time just past is no record's field: "The boy has not been seen since Friday" (a missing person), "since the
# weekend", "since last week"; records are measured against years, a history or an event.
_RECENT = (
    rf"(?!(?:the{_S})?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|weekend|morning|"
    rf"afternoon|evening|night|dawn|midnight|noon|lunchtime|breakfast)\b|(?:last|this|early|late){_S}"
    rf"(?:night|week|weekend|month|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
)
_AGAINST = (
    rf"(?:since{_S}(?!(?:many|most|some|he|she|they|it|we|you|i|there|this|these|those|people|then|no|not|all|few)\b){_RECENT}"
    rf"|in{_S}(?:living|recent){_S}memory|on{_S}record|in{_S}(?:decades|years|a{_S}generation|a{_S}century|history)\b"
    rf"|(?:in|for){_S}{SPAN})"
)

_ALL_TIME = re.compile(r"all[\-‐‑ \t\xa0]time")
# Only a ranking after it makes "all-time" a record: "all-time top scorer", "all-time highs" (not "an
# all-time contributions list", a total over all time).
_ALL_TIME_RANKING = re.compile(
    rf"{_S}(?:high|highs|low|lows|record|records|best|worst|peak|peaks|top|leading|greatest|most|least|"
    rf"[a-z]{{3,}}est)\b"
)
_TASTE = re.compile(rf"{_S}(?:favou?rites?|classics?|greats?|list|lists|playlist|fav|favs)\b")
_PERSONAL_BEFORE = re.compile(r"\b(?:my|our|your|his|her|their)[ \t\xa0]+\Z")


def all_time(low: str, pos: int) -> tuple[int, int] | None:
    """ "all-time" at the trigger "time" (``pos``): a record unless it names a taste."""
    start = pos - 4
    if start < 0 or not _ALL_TIME.match(low, start) or (start > 0 and low[start - 1].isalnum()):
        return None
    if low[max(0, start - 4) : start].endswith("of "):
        return None  # "of all time": the qualifier of a superlative, read there
    end = pos + 4
    if _TASTE.match(low, end) or _PERSONAL_BEFORE.search(low, max(0, start - 8), start):
        return None  # "my all-time favourite album": a taste, no record
    ranking = _ALL_TIME_RANKING.match(low, end)
    return (start, ranking.end()) if ranking else None  # "all time zones", "all-time contributions": no ranking


# "has not been this high since 1981", "hasn't been so low in decades", "not risen so fast in living memory".
_NOT_DEGREE = re.compile(
    rf"(?:not|n['’]t|never)(?:{_S}(?:been|looked|seemed|felt|grown|become|got|gotten|risen|fallen|climbed|dropped|"
    rf"sunk|run|stood|come|reached|traded|[a-z]{{3,}}ed))?{_S}(?:this|so|as|that){_S}[a-z][a-z\-]*"
    rf"(?:{_S}[\w'’\-]+){{0,4}}?{_S}{_AGAINST}"
)
# "levels not seen since 2008", "a level last seen in 1990", "unseen in decades".
_NOT_SEEN = re.compile(
    rf"(?:(?:not|n['’]t|never|last)(?:{_S}(?:been|before))?{_S}|un)(?:seen|witnessed|recorded|matched|reached|bettered)"
    rf"(?:{_S}(?:before|here|there|anywhere|locally))?{_S}(?:since{_S}\d|since{_S}{_RECENT}the{_S}|in{_S}\d{{4}}|{_AGAINST})"
)
# "Not since 1966 has England won": the record by inversion at the head of a clause.
_NOT_SINCE = re.compile(rf"not{_S}since{_S}[^.;!?\n]{{1,40}}?{_S}(?:has|have|had|did|does|was|were|is|are|could|can)\b")


# "Rates have never fallen this quickly", "Prices have never risen so fast": a movement negated against
# all time, closing its clause (not "I have never felt so welcome": the writer's own experience).
_NEVER_MOVED = re.compile(
    rf"never{_S}(?:before{_S})?(?:risen|rose|fallen|fell|climbed|dropped|grown|shrunk|shrunken|sunk|surged|plunged|"
    rf"soared|slumped|tumbled|jumped|spread|increased|decreased|declined|moved|run|traded|changed|expanded|"
    rf"contracted|collapsed){_S}(?:this|so|as){_S}(?:fast|quickly|rapidly|sharply|steeply|far|high|low|much|"
    rf"slowly|suddenly|swiftly|dramatically|steadily|widely|deep|hard|heavily)\b"
    rf"(?=[ \t\xa0]*(?:[.,;:!?)”\"]|$)|{_S}(?:in|since|before|for|as|during|over)\b)"
)
# "a level the stock has not traded at since its flotation", "a scene the city has not witnessed since the race
# began", "a share of the vote it had not enjoyed since the 1990s": a relative clause of experience or attainment,
# negated against a span, whose object is the noun before it (the verb has none of its own: the clause's gap).
# Only verbs of experiencing or reaching a level count ("a problem the council has not addressed since 2019" is a
# failure to act, "The factory has not operated since 2019" a fact), and a stranded preposition ("traded at",
# "stood at") marks the gap of any verb; a passive ("has not been seen since", a missing person) is read elsewhere.
_NOT_EXPERIENCED = re.compile(
    rf"(?:not|n['’]t|never)(?:{_S}(?:yet|once|ever))?{_S}"
    rf"(?:seen|witnessed|known|experienced|enjoyed|hosted|touched|reached|hit|recorded|matched|bettered|endured|"
    rf"suffered|faced|felt|drawn|attracted|achieved|posted|scaled|plumbed|commanded|fetched|"
    rf"[a-z]{{3,}}(?:ed|en|wn){_S}(?:at|to))"
    rf"{_S}(?:since{_S}\d|since{_S}{_RECENT}the{_S}|in{_S}\d{{4}}|{_AGAINST})"
)
_HAVE_BEFORE = re.compile(rf"\b(?:has|have|had)(?:{_S}(?:still|yet))?{_S}\Z|\b(?:has|have|had)\Z")
_FIRST_PERSON_BEFORE = re.compile(rf"\b(?:i|we|you)(?:{_S}(?:have|has|had|['’]ve|['’]d))?(?:{_S}[a-z]+ly)?{_S}\Z")


def negated_degree(low: str, pos: int, word: str, clause_head: bool) -> tuple[int, int] | None:
    """A degree or a sight negated against a span, at "not", "t" (of "n't"), "never", "seen" or "unseen"."""
    if word == "t":
        if pos < 2 or low[pos - 1] not in "'’" or low[pos - 2] != "n":
            return None
        pos -= 2
    if word in ("seen", "unseen"):
        if word == "unseen":
            m = _NOT_SEEN.match(low, pos)
            return (pos, m.end()) if m else None
        before = re.search(
            rf"(?:\b(?:not|never|last)|n['’]t)(?:{_S}(?:been|before))?{_S}\Z", low[max(0, pos - 24) : pos]
        )
        if before is None:
            return None
        start = pos - (len(low[max(0, pos - 24) : pos]) - before.start())
        m = _NOT_SEEN.match(low, start)
        return (start, m.end()) if m else None
    m = _NOT_DEGREE.match(low, pos)
    if m is None and word == "never":
        m = _NEVER_MOVED.match(low, pos)
        if m is not None and _FIRST_PERSON_BEFORE.search(low[max(0, pos - 24) : pos].rstrip(" \t\xa0") + " "):
            m = None  # "we have never moved so fast": the writer's own pace, no record
    if m is None and _HAVE_BEFORE.search(low, max(0, pos - 16), pos):
        m = _NOT_EXPERIENCED.match(low, pos)
        if m is not None and _FIRST_PERSON_BEFORE.search(low[max(0, pos - 24) : pos].rstrip(" \t\xa0") + " "):
            m = None  # "a pace I have not felt since my twenties": the writer's own life, no record
    if m is None and word == "not" and clause_head:
        m = _NOT_SINCE.match(low, pos)
    return (pos, m.end()) if m else None


# Uniqueness by negation: "has no equal", "knows no rival", "with no peer in Europe", "like no other".
_NO_EQUAL = re.compile(
    rf"no{_S}(?:real{_S}|true{_S}|obvious{_S})?(?:equals?|rivals?|peers?|parallels?|precedent)"
    rf"(?=[ \t\xa0]*(?:[.,;:!?)”\"]|$)|{_S}(?:in|among|anywhere|on|across|for|to|since|at|worldwide|nationally|"
    rf"globally|as|when|either)\b)"
)
_LIKE_NO_OTHER = re.compile(rf"like{_S}no{_S}other\b")
_WITHOUT_EQUAL = re.compile(
    rf"without{_S}(?:an?{_S}|any{_S})?(?:real{_S}|true{_S})?(?:equals?|rivals?|peers?|parallels?)"
    rf"(?=[ \t\xa0]*(?:[.,;:!?)”\"]|$)|{_S}(?:in|among|anywhere|on|across|since|at|worldwide)\b)"
)
_CLASS_OF_OWN = re.compile(rf"in{_S}an?{_S}(?:class|league|category){_S}of{_S}(?:its|their|his|her){_S}own\b")


def uniqueness(low: str, pos: int, word: str) -> tuple[int, int] | None:
    """Uniqueness by negation, at "no", "without", "class" or "league"."""
    if word == "no":
        if (m := _NO_EQUAL.match(low, pos)) is not None:
            return pos, m.end()
        like = pos - 5
        if like >= 0 and (m := _LIKE_NO_OTHER.match(low, like)) is not None:
            return like, m.end()
        return None
    if word == "without":
        m = _WITHOUT_EQUAL.match(low, pos)
        return (pos, m.end()) if m else None
    window = low[max(0, pos - 6) : pos]
    at = window.rfind("in ")
    if at == -1:
        return None
    start = max(0, pos - 6) + at
    m = _CLASS_OF_OWN.match(low, start)
    return (start, m.end()) if m else None


# "than any other club", "than at any previous election" (not "than any other option we looked at").
_THAN_ANY_OTHER = re.compile(
    rf"(?<!rather[ \t\xa0])(?<!other[ \t\xa0])than{_S}(?:(?:in|at|during|on|for){_S})?any{_S}(?:other|previous|prior|earlier|former|single|rival)"
    rf"(?:{_END}|{_S}(?!(?:we|i|you|our|my|in|at|on|among|within|across|of|from|and|or|but|to|for|by|with)\b)"
    rf"[a-z][a-z\-]*(?:{_S}(?!(?:we|i|you|our|my|in|at|on|among|within|across|of|from|and|or|but|to|for|by|with|"
    rf"that|which|who|has|have|had|is|are|was|were|the|a|an)\b)[a-z][a-z\-]*)?)"
)
_PERSONAL_AFTER = re.compile(rf"(?:{_S}[a-z\-]+){{0,2}}?{_S}(?:we|i|you|our|my|us)\b")
# "than any single effort would have been": a comparison with what did not happen, no record
_MODAL = re.compile(r"\b(?:would|could|might)\b")
# "Nobody has scored more goals", "No club has won more European Cups", "no other city has hosted it three times".
_NONE_MORE = re.compile(
    rf"(?:no{_S}other{_S}(?:[a-z\-]+{_S}){{0,3}}?|no{_S}one{_S}|nobody{_S}|no{_S}(?!one\b|body\b|longer\b|more\b)[a-z\-]+{_S})"
    rf"(?:has|have|had|can|could)(?:{_S}ever)?(?:{_S}[a-z\-]+){{0,4}}?{_S}"
    rf"(?:more|fewer|longer|faster|higher|so{_S}many|as{_S}many|as{_S}much|twice|(?:three|four|five|six|\d+){_S}times"
    rf"|in{_S}a{_S}row)\b(?!{_S}than{_S}(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]\b|\*))"
)  # (not "no row has more than n missing values": a threshold)


# "More people are cycling than ever before", "Prices are higher than ever": a quantity against every
# time before (not "more important than ever", an idiom of emphasis, nor "matters more than ever").
_THAN_EVER = re.compile(rf"than{_S}ever(?:{_S}before)?\b")
_QUANTITY_BEFORE = re.compile(
    rf"\b(?:(?:more|fewer){_S}(?:people|money|[a-z]{{3,}}s)|higher|lower|bigger|larger|faster|cheaper|longer|"
    rf"greater{_S}(?:numbers?|sums?)|hotter|colder|busier|wetter|drier|deeper|heavier|wider)\b(?:{_S}[\w'’\-]+){{0,6}}?{_S}\Z"
)


# "more anxious than any this country has brought up", "than any the club has signed": a comparison with
# everything a clause of experience counts (its subject not the writer: "than any I have tried").
_THAN_ANY_EXPERIENCED = re.compile(
    rf"than{_S}any(?:{_S}(?:other|previous|single))?(?:{_S}(?!(?:the|this|its|their|we|i|you|of|in|at|on)\b)[a-z\-]+)?"
    rf"{_S}(?:the|this|that|its|their)(?:{_S}[\w'’\-]+){{0,3}}?{_S}(?:has|have|had)(?:{_S}(?:ever|yet))?"
    rf"{_S}(?:[a-z]{{3,}}(?:ed|en|wn)|seen|known|held|run|built|made|had|brought|bought|sold|won|produced|"
    rf"fought|met|set|kept|spent)\b(?:{_S}(?:up|out|in|on))?"
)
# "a sum no British shipowner has been ordered to pay before", "no team has won here before": a first,
# stated as a negated experience closing its clause (not "no charges were filed before the hearing").
_NONE_BEFORE = re.compile(
    rf"no{_S}(?!one\b|body\b|longer\b|more\b|doubt\b|matter\b)(?:[a-z\-]+{_S}){{0,2}}?[a-z\-]{{3,}}{_S}"
    rf"(?:has|have|had)(?:{_S}ever)?(?:{_S}[a-z\-]+){{1,6}}?{_S}before"
    rf"(?=[ \t\xa0]*(?:[.,;:!?)”\"]|$)|{_S}(?:now|or{_S}since|in{_S}(?:its|their|the)\b))"
)


def compared_with_all(low: str, pos: int, word: str) -> tuple[int, int] | None:
    """A comparison made absolute, at "than", "no" or "nobody"."""
    if word == "than" and (ever := _THAN_EVER.match(low, pos)) is not None:
        before = _QUANTITY_BEFORE.search(low, max(0, pos - 80), pos)
        return (before.start(), ever.end()) if before else None
    if word == "than" and (seen := _THAN_ANY_EXPERIENCED.match(low, pos)) is not None:
        return pos, seen.end()
    if word == "than":
        m = _THAN_ANY_OTHER.match(low, pos)
        if m is None or _PERSONAL_AFTER.match(low, m.end()) or _MODAL.search(low, pos, m.end() + 12):
            return None  # "than any other option we looked at": the writer's own comparison; "would have"
        return pos, m.end()
    m = _NONE_MORE.match(low, pos) or (_NONE_BEFORE.match(low, pos) if word == "no" else None)
    return (pos, m.end()) if m else None


_A_BEFORE = re.compile(
    r"\b(?:a|an)(?:[ \t\xa0]+(?:world|national|global|european|british|american|industry|sector|country|league|"
    r"club|career|historic|genuine|notable))?[ \t\xa0]+\Z"
)
_FIRST_AFTER = re.compile(rf"[ \t\xa0]*(?:[.,;:!?)]|$)|{_S}(?:for|in|among|on){_S}(?!(?:us|me|our|my|the{_S}list)\b)")


def first_as_noun(low: str, pos: int) -> tuple[int, int] | None:
    """ "a first for the club", "a world first.": a record of novelty (not "a first draft", "a first for us")."""
    before = _A_BEFORE.search(low, max(0, pos - 24), pos)
    end = pos + 5
    if before is None or (end < len(low) and low[end] in "-‐‑") or not _FIRST_AFTER.match(low, end):
        return None
    return before.start(), end


# "a new world record", "set a club record", "Turnout was a record": the noun "record" as a claim.
_KIND = (
    r"(?:world|national|club|european|british|american|olympic|league|state|county|all[\-‐‑ ]time|championship|"
    r"tournament|stadium)"
)  # (never "a track record of", an idiom of reputation)
_RECORD_KIND_BEFORE = re.compile(
    rf"\b(?:an?{_S}(?:(?:new|fresh){_S})?{_KIND}|(?:new|fresh)(?:{_S}{_KIND})?"
    rf"|(?:broke|breaks|broken|set|sets|equalled|equaled|equals|smashed|shattered|matched|beat|beaten|tied){_S}"
    rf"(?:the|a|an|his|her|their|its){_S}(?:(?:new|fresh){_S})?{_KIND}){_S}\Z"
)  # "a new world record", "a club record", "broke the world record" (not "the previous club record": a reference)
_A_RECORD = re.compile(rf"\b(?:is|was|were|are|be|been|marks?|marked){_S}a{_S}\Z")
_RECORD_NOUN_AFTER = re.compile(
    rf"[ \t\xa0]*(?:[.,;:!?)]|$)|{_S}(?:for|in|at|on|with|by|after|since|this|last)\b"
)  # (not "a new record of 5991 responses": the count is the record, measured by whoever counted; nor
# "is a record of steadily turning ...": "a record of" something is its history, not a record set)


# "surpassed the previous record", "broke the long-standing course record": a record beaten is a new one.
_BEAT_RECORD = re.compile(
    rf"\b(?:broke|broken|breaks|breaking|surpassed|surpasses|surpassing|eclipsed|eclipses|eclipsing|beat|beats|beaten|"
    rf"beating|smashed|smashing|shattered|shattering|topped|bettered){_S}(?:the|a|its|his|her|their){_S}"
    rf"(?:previous|old|existing|long[\-‐‑ ]?standing|standing)(?:{_S}[a-z\-]+)?{_S}\Z"
)


def record_noun(low: str, pos: int) -> tuple[int, int] | None:
    """ "record" as the noun of a claim: "a new world record", "a club record for away wins", "was a record",
    "surpassed the previous record"."""
    end = pos + 6
    beaten = _BEAT_RECORD.search(low, max(0, pos - 60), pos)
    if beaten is not None:
        return beaten.start(), end
    if not _RECORD_NOUN_AFTER.match(low, end):
        return None  # "a world record holder", "the record label": a modifier, read elsewhere
    kind = _RECORD_KIND_BEFORE.search(low, max(0, pos - 40), pos)
    if kind is not None and kind.group().strip():
        return kind.start(), end
    a_record = _A_RECORD.search(low, max(0, pos - 16), pos)
    return (a_record.start(), end) if a_record else None


# "unlike anything the town has seen", "beyond anything seen before": a record by experience.
_ANYTHING_SEEN = re.compile(
    rf"(?:unlike|beyond|than){_S}anything(?:{_S}(?!(?:else|but|like)\b)[\w'’\-]+){{0,3}}?{_S}(?:(?:has|have|had|['’]ve){_S})?"
    rf"(?:ever{_S})?(?:seen|known|witnessed|experienced|recorded)\b"
)


def anything_seen(low: str, pos: int) -> tuple[int, int] | None:
    """ "unlike anything the coast has seen" at "anything" (``pos``)."""
    window = low[max(0, pos - 8) : pos]
    for word in ("unlike ", "beyond ", "than "):
        at = window.rfind(word)
        if at != -1 and at + len(word) == len(window):
            start = pos - len(word)
            m = _ANYTHING_SEEN.match(low, start)
            return (start, m.end()) if m else None
    return None


TRIGGERS = frozenset(["time", "not", "t", "seen", "unseen", "without", "class", "league", "nobody", "anything"])
"""The trigger words this module reads, beside "never", "no", "than" and "first" that the lexicon already has."""


def record_at(low: str, pos: int, word: str, clause_head: Callable[[], bool]) -> tuple[int, int] | None:
    """The record of this grammar whose trigger word is at ``pos``, or None."""
    if word == "time":
        return all_time(low, pos)
    if word == "anything":
        return anything_seen(low, pos)
    if word in ("not", "t", "never", "seen", "unseen"):
        return negated_degree(low, pos, word, word == "not" and clause_head())
    if word in ("without", "class", "league"):
        return uniqueness(low, pos, word)
    if word == "no":
        return uniqueness(low, pos, word) or compared_with_all(low, pos, word)
    if word in ("than", "nobody"):
        return compared_with_all(low, pos, word)
    if word == "first":
        return first_as_noun(low, pos)
    return None
