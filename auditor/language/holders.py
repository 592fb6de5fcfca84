"""Whether the words of a weasel hold a claim up, or only look like it (for LNG002).

"Some people say", "is said to", "many people have said" name no one, but the same
words often do something else: they stand in a question or a relative clause ("what
people think", "the things people say"), they are the object of another verb ("make
people think twice"), a number or a determiner has made the group specific ("Ten others
said", "the kernel experts"), the writer is among them ("I and others believe"), the
writer goes on to refute them ("Some people think Go strings are UTF-8, but they are
not"), they define a term ("Any type that implements Read is said to implement
io.Reader"), a label makes them the writer's own assessment ("Assessment: all versions
are believed to be unaffected"), a marker cites them ("as others have pointed out,[^7]": :func:`cited_marker`),
or the article reports a survey or a meeting whose respondents or attendees they are
("Most respondents said", "Others agreed" in the notes of a session). Seen on real
blogs (the Go, Node.js, Rust and rOpenSci blogs); each test below reads the structure,
not the blog's words.

:func:`not_a_claim` says why, or None. Every check reads a window of at most a sentence
around the words.
"""

from __future__ import annotations

import re

_S = r"[ \t\xa0]+"
_WORD_BEFORE = re.compile(r"([a-z][\w\-’']*)[ \t\xa0]+\Z")
_TWO_BEFORE = re.compile(r"([a-z][\w\-’']*)[ \t\xa0]+([a-z][\w\-’']*)[ \t\xa0]+\Z")
_PREPOSITIONS = frozenset(["at", "in", "on", "for", "to", "of", "with", "from", "into", "about", "over", "under"])
_QUANTIFIERS = frozenset(["some", "many", "most", "several", "few", "other", "others"])
_WH = frozenset(["what", "how", "whether", "why", "which", "whatever", "when", "whenever", "where", "if"])
_CAUSATIVE = frozenset(
    ["make", "makes", "made", "making", "let", "lets", "letting", "help", "helps", "helped", "helping"]
)
_NUMBERS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
     "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "dozen", "dozens", "thousand", "thousands"]
)  # fmt: skip
_DETERMINERS = frozenset(["the", "a", "an", "of", "this", "these", "those", "any", "every", "each"])
_DEFINITE = frozenset(["the", "these", "those", "its", "their", "his", "her", "our", "my", "your"])
# Words that end a noun phrase before a group, so a determiner further back is not the group's.
_NP_BREAK = frozenset(
    ["and", "or", "but", "so", "that", "which", "who", "because", "while", "as", "than", "if", "when", "is", "are",
     "was", "were", "be", "been", "has", "have", "had", "said", "say", "says", "end", "meantime", "time", "past",
     "moment", "way", "same", "day", "week", "year", "month", "meanwhile", "not", "also", "now", *_PREPOSITIONS]
)  # fmt: skip
_FINITE_AFTER = re.compile(
    rf"{_S}(?:will|would|could|can|may|might|must|should|shall|is|are|was|were|has|have|had|did|does|do)\b"
)
_PARTICLE_AFTER = re.compile(rf"{_S}(?:up|upon)\b|[\-‐‑]upon\b")
# "below what analysts had expected": an expectation is a figure someone put forward, asked or not.
_EXPECTATION = re.compile(r"\b(?:expect|forecast|predict|estimat|anticipat|project)\w*")
_PERFECT = re.compile(r"\b(?:had|have|has)\b|\b\w+ed\b")
_EXPERTS = frozenset(
    ["analysts", "economists", "forecasters", "experts", "markets", "investors", "traders", "strategists", "observers",
     "pundits", "critics", "insiders", "sources", "commentators", "scientists", "researchers", "historians"]
)  # fmt: skip
_NOT_A_SUBJECT = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "be", "been", "being", "it", "there", "the", "questions",
     "concerns", "doubts", "fears", "conventional", "received", "popular", "rumours", "rumors", "say", "says", "said",
     "argue", "argued", "claim", "claimed", "warn", "warned", "insist", "insisted", "suggest", "suggested",
     "contend", "contended", "believe", "fear", "feared", "according", "everyone", "everybody", "anyone", "nobody",
     "no", "reportedly", "purportedly", "supposedly", "reputedly", "arguably", "widely", "generally", "often",
     "considered", "regarded", "seen", "viewed", "by"]
)  # fmt: skip
# What "arguably" hedges when it borrows authority: a ranking ("arguably the best", "arguably one of the most").
_RANKING_AFTER = re.compile(
    rf"[,]?{_S}(?:(?:the|a|an|its|their|his|her|one{_S}of{_S}the|among{_S}the)(?:{_S}[\w'’\-]+)?{_S}"
    rf"(?:most|least|best|worst|greatest|biggest|largest|first|only|finest|[a-z]{{3,}}est)\b"
    rf"|(?:the{_S})?(?:world|country|nation|city|league)['’]s{_S}|(?:most|least|best|worst)\b|[a-z]{{3,}}est\b)"
)
_FIRST_PERSON = re.compile(r"\b(?:we|i|our|us|my|we['’](?:ve|re|ll|d))\b")
_MODAL_AFTER = re.compile(rf",?{_S}(?:could|would|should|might|may|can)\b")
_POSSESSIVE_AFTER = re.compile(rf"{_S}(?:their|his|her|its|our|my|your)\b")
_WRITER_BEFORE = re.compile(rf"\b(?:i|we|me|us){_S}and{_S}\Z")
_WRITER_AFTER = re.compile(rf"{_S}and{_S}(?:i|we|me|myself)\b")
_REFUTED = re.compile(
    rf",?{_S}but{_S}(?:(?:that|this|it|they|these|those|such|which)(?:{_S}[\w’']+){{0,2}}?{_S}"
    rf"(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)(?:{_S}(?:simply|just|quite|actually|really))?{_S}"
    rf"(?:not|misleading|wrong|false|untrue|incorrect|mistaken|inaccurate|an?{_S}(?:myth|misconception|mistake))\b"
    rf"|in{_S}(?:my|our){_S}(?:opinion|view|experience))"
)
_LABEL = re.compile(
    r"[\W_]*(?:assessment|impact|analysis|status|conclusion|verdict|note|update|summary|recommendation)[\W_]*:",
    re.I,
)
_DEFINITION = re.compile(r"[\W_]*(?:any|every|each|a|an)\b[^.;:!?]*?\b(?:that|which|whose|with|of)\b", re.I)
_DEFINING = re.compile(rf"\b(?:understood|said|thought|taken){_S}to{_S}(?:mean|refer|denote|stand{_S}for|signify)\b")
_TO_US = re.compile(r"\b(?:us|our|we)\b")
_MARKER = re.compile(
    r"\[(?:\^[\w\-]{1,20}|\d{1,3})\]|\((?:e\.g\.[ \t\xa0]*)?[A-Z][\w\-]+(?:[ \t\xa0]+et[ \t\xa0]+al\.?|[ \t\xa0]+(?:and|&)[ \t\xa0]+"
    r"[A-Z][\w\-]+)?,?[ \t\xa0]+(?:19|20)\d{2}[a-z]?\)"
)  # "[3]", "[^7]", "(Ram et al 2013)"
# The sample of a survey, an interview round or a meeting the article reports.
_SAMPLE_WORDS = re.compile(
    r"\b(?:respondents?|attendees|participants|interviewees|interviewed|interviews|surveyed|survey[ \t\xa0]+responses|"
    r"we[ \t\xa0]+asked|interviewing|(?:spoke|spoken|talked)[ \t\xa0]+(?:to|with)|"
    r"presenters|commenters|open[ \t\xa0]+answers)\b"
)
_SAMPLE_GROUPS = frozenset(
    [
        "some",
        "many",
        "most",
        "several",
        "others",
        "other",
        "people",
        "respondents",
        "attendees",
        "participants",
        "users",
        "developers",
        "members",
        "majorities",
        "commenters",
        "presenters",
        "contributors",
        "beginners",
        "interviewees",
        "few",
        "comments",
        "answers",
        "responses",
    ]
)  # fmt: skip  (never "critics", "analysts", "experts": the article's sample holds no expert's view)
_SAMPLE_PASSIVES = re.compile(
    r"\b(?:seen|viewed|described|considered|regarded|suggested|noted|felt|consensus|agreed)\b"
)  # "it was generally agreed that" in the notes of a call: by its participants


def _head_words(phrase: str) -> list[str]:
    return [w.strip("’'.,") for w in phrase.lower().split()]


# A survey, poll or interviews just before the sentence: "we created a survey of contributors. People felt ..."
_SAMPLED_BEFORE = re.compile(
    r"\b(?:surveys?|surveyed|polls?|polled|interviewed|interviews|questionnaire|asked)\b(?:[ \t\xa0]+[\w,’'\-]+){0,4}?"
    r"[ \t\xa0]+(?:[a-z]+(?:ers|ors|ents|ists|ians|ees)|people|users|contributors|members|adults|voters|residents|staff|"
    r"customers|owners)\b"
)  # of people (not "an airborne survey of the claim")


def sample_article(low: str) -> bool:
    """Whether the article reports a survey, interviews or a meeting (its sample named twice or more)."""
    found = _SAMPLE_WORDS.search(low)
    return found is not None and _SAMPLE_WORDS.search(low, found.end()) is not None


def not_a_claim(text: str, low: str, sentence: tuple[int, int], start: int, end: int, kind: str) -> str | None:
    """Why the weasel words at ``start:end`` hold no claim up (see the module's doc), or None.

    ``kind`` is "group" for a group and its verb ("analysts say", "many people feel") and "nobody"
    for a claim pinned on nobody ("is said to", "it was reported").
    """
    s_start, s_end = sentence
    lo = max(s_start, start - 60)
    before = low[lo:start]
    word = _WORD_BEFORE.search(before)
    prev = word.group(1) if word else ""
    words = _head_words(low[start:end])
    head = words[0] if words else ""
    rest = low[end:s_end]
    if kind == "group" and head in _NOT_A_SUBJECT:
        kind = "nobody"  # "is disputed by some historians", "has been criticised as": a passive, no group first
    if kind == "group":
        if prev in _PREPOSITIONS and head in _QUANTIFIERS:
            return "noun phrase"  # "at some point to": a phrase after a preposition is no subject
        two = _TWO_BEFORE.search(before)
        asked = prev in _WH or (
            two is not None
            and two.group(1) in _WH
            and (prev.endswith("ly") or two.group(1) in ("how", "when", "whenever", "if", "unless"))
        )  # "When user research indicates ...": a condition, one modifier on the group
        if asked and not (
            _EXPECTATION.search(low, start, end) and (_EXPERTS & set(words) or _PERFECT.search(low, start, end))
        ):
            return "question"  # "what people think", "how recognizable some people think you are" (not "below
            # what analysts had expected": a consensus figure, asked or not)  # "what people think", "how strongly people agreed": asked, not asserted
        if prev in _CAUSATIVE:
            return "object"  # "make people think twice", "help scientists expect"
        if prev in _NUMBERS or prev.isdigit():
            return "counted"  # "Ten others said", "four people show interest": a number makes them specific
        if _WRITER_BEFORE.search(before) or _WRITER_AFTER.match(rest):
            return "the writer"  # "I and others believe": the writer's own view
        if _definite_phrase(before):
            return "definite"  # "the various vendoring tool authors", "A lot of the kernel experts"
        if _contact_relative(before, rest):
            return "relative"  # "the things people say", "the level of quality people expect" (not "the
            # reforms critics say will hurt the poor", whose claim is still pinned on critics)
        if words and words[-1] == "maintain" and _POSSESSIVE_AFTER.match(rest):
            return "object"  # "a few people now maintain their package": kept up, not asserted
        if _PARTICLE_AFTER.match(rest):
            return "phrasal verb"  # "have shown up", "some agreed upon practices"
        if _REFUTED.search(rest):
            return "refuted"  # "Some people think ..., but they are not": set up to be knocked down
        if _sample_group(words) and (
            sample_article(low)
            or _SAMPLED_BEFORE.search(low, max(0, s_start - 300), s_start)
            or (head in _QUANTIFIERS and _ASKED.search(low, s_start, start))
        ):
            return "sample"  # "Most respondents said", "Others agreed" in a survey's or a session's write-up
    else:
        if words == ["arguably"] and _own_hedge(low, (s_start, s_end), end):
            return "hedge"  # "we now have a rule which is arguably less elegant", "arguably could be called":
            # the writer's own reasoning (not "arguably the best", nor "arguably illegal activity")
        if _LABEL.match(text, s_start, start):
            return "assessment"  # "Assessment: all versions are believed to be unaffected": the writer's own
        if " said to" in low[start:end] and _DEFINITION.match(text, s_start, start):
            return "definition"  # "Any type that implements Read is said to implement io.Reader"
        if _DEFINING.search(low, start, min(s_end, end + 20)):
            return "definition"  # "The term is understood to mean any public road"
        if " reported" in low[start:end] and _TO_US.search(low, end, min(s_end, end + 40)):
            return "reported to the writer"  # "it was reported to us that", "it was reported that our logic"
        if (
            words
            and words[0] in _QUANTIFIERS
            and _sample_group(words)
            and (sample_article(low) or _ASKED.search(low, s_start, start))
        ):
            return "sample"  # "When people are asked about 18F, many say ...": answers to a question put to them
        if _SAMPLE_PASSIVES.search(low, start, end) and sample_article(low):
            return "sample"  # "was seen as crucial" in the notes of a session: by its attendees
    return None


def cited_marker(text: str, sentence: tuple[int, int], entries: frozenset[str]) -> bool:
    """A footnote or author-year marker in the sentence or just after it: "as others have pointed
    out,[^7]", "... (Ram et al 2013)", "... design. [3]" (a numbered marker only with its entry in
    ``entries``, the markers of the article's reference list: "[7]" with no entry cites nothing)."""
    s_start, s_end = sentence
    for m in _MARKER.finditer(text, s_start, min(len(text), s_end + 8)):
        if m.start() >= s_end and any(ch in text[s_end : m.start()] for ch in "\n\r"):
            break  # the next line's reference entry, "[1] https://...", cites nothing of this sentence
        if not m.group().startswith("[") or m.group().startswith("[^") or m.group() in entries:
            return True
    return False


def _own_hedge(low: str, sentence: tuple[int, int], end: int) -> bool:
    """ "arguably" as the writer's own reasoning: no ranking after it, and a first person in the sentence
    or a modal after it."""
    if _RANKING_AFTER.match(low, end):
        return False
    return bool(_FIRST_PERSON.search(low, *sentence) or _MODAL_AFTER.match(low, end))


def _sample_group(words: list[str]) -> bool:
    """Whether the group is one a survey or a session samples ("most respondents", "others", "developers
    often"), not experts and not another plural after a quantifier ("some benchmarks claim")."""
    if set(words[:3]) & _EXPERTS:
        return False
    if not set(words[:3]) & _SAMPLE_GROUPS and not (words and _SAMPLED_PLURAL.fullmatch(words[0])):
        return False  # ("Permittees feel" in a write-up of interviews: a plural of people by its ending)
    # "some benchmarks claim": the quantifier counts benchmarks, not the sample
    return not (
        words[0] in _QUANTIFIERS and len(words) > 2 and words[1] not in _SAMPLE_GROUPS and words[1].endswith("s")
    )


_ASKED = re.compile(r"\b(?:asked|surveyed|polled|interviewed|questioned)\b")
_SAMPLED_PLURAL = re.compile(r"[a-z]{3,}(?:ees|ants|ents|ers)")


def _contact_relative(before: str, rest: str) -> bool:
    """A determiner and a noun just before the group, and no finite verb after its verb: the group
    opens a relative clause whose object is that noun ("the things people say")."""
    two = _TWO_BEFORE.search(before)
    if two is None or two.group(1) not in _DETERMINERS:
        return False
    noun = two.group(2)
    return noun not in _NP_BREAK and not noun.endswith("ly") and not _FINITE_AFTER.match(rest)


def _definite_phrase(before: str) -> bool:
    """A definite determiner opening the noun phrase that ends at the group (up to three modifiers)."""
    words = before.split()
    for k in range(1, 4):
        if len(words) <= k:
            return False
        modifiers = [w.strip("’'") for w in words[-k:]]
        if any(w in _NP_BREAK or not w.isalpha() for w in modifiers):
            return False
        if modifiers[-1].endswith("s") and not modifiers[-1].endswith(("ss", "ous", "ics")):
            return False  # "the reforms critics say will hurt": a plural noun ends its own phrase
        if words[-k - 1] in _DEFINITE:
            return True
    return False
