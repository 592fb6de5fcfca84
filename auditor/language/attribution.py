"""Who a claim is attributed to: named, described or unnamed sources, and quotes.

Several rules need to know whether a sentence tells readers where a statement
comes from: an unsupported superlative (LNG001) is fine when "Smith said" it, a
figure (CIT004) is sourced when "the agency cited data from South Korea's
National Intelligence Service", and "analysts suggest" (LNG002) names nobody.

The patterns are compiled at import. A reporting word ("said", "according",
"data", "announced" ...) is found first, through the document's shared folded
text and word set (:mod:`auditor.language.trie`); the pattern is tried only there, and the
subject of a reporting verb is read backwards from the words before it.
:func:`document_attributions` caches the result on the document and assigns it
to sentences by offset. No pattern runs per word or per sentence.

Kinds of attribution:

* ``named``: a source readers could look up: a person or organisation by name
  ("Smith said", "according to the US Geological Survey", "Yonhap reported"),
  an institution already named ("the ministry said"), or "he/she said".
* ``described``: a source described but not named ("two officials familiar
  with the talks", "Russian state media reported"): a journalistic convention.
* ``unnamed``: a vague group ("analysts suggest", "according to reports").

``scope`` says what the attribution covers: ``statement`` when the source vouches
for what the sentence says ("X said", "according to X", "data from X show"),
``event`` when it only says who did something ("announced by X"). A judgement
such as "the most overt sign yet" in a sentence whose only source is "announced
by Shoigu" is the writer's, not Shoigu's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from auditor.language.dating import MONTHS
from auditor.language.trie import announce_triggers, first_words, fold, folded, occurrences, word_hits
from auditor.model import Document, Span

# --- building blocks ---------------------------------------------------------------

_APOS = "'’"
# A capitalised word of a name: "Korea's", "US", "Al-Jazeera", "O'Brien", "U.S.".
_PW = r"(?:[A-Z](?:[\w&'’\-]|\.(?=\w))*)"
_JOIN = r"(?:[ \t\xa0]+(?:of|for|and|de|del|la|le|von|van|al|bin|the|on|at|du|des)[ \t\xa0]+|[ \t\xa0]+)"
_NAME = rf"{_PW}(?:{_JOIN}{_PW}){{0,7}}"

_INSTITUTIONS = (
    "agency|agency's|ministry|government|department|office|police|army|military|navy|company|firm|"
    "court|spokesman|spokeswoman|spokesperson|president|minister|prime minister|secretary|report|"
    "statement|study|survey|poll|census|bureau|commission|council|committee|newspaper|broadcaster|"
    "channel|outlet|organisation|organization|institute|authority|authorities|regulator|watchdog|"
    "service|embassy|senator|governor|mayor|chief|director|ambassador|general|commander|group|"
    "coalition|party|union|bank|fund|university|network|paper|magazine|website|white house|kremlin|"
    "pentagon|un|eu|nato|who|imf|state|city|county|province|municipality|club|charity|trust|board|"
    "airline|retailer|lender|insurer|operator|hospital|school|exchange|brokerage|carrier|utility|museum|gallery|"
    "library|archive|zoo"
)  # "the state reported one additional death": the state's authorities, named by the article

_SAY = (
    "said|says|told|tells|reported|reports|stated|states|announced|announces|confirmed|confirms|"
    "estimated|estimates|estimate|claimed|claims|claim|wrote|writes|noted|notes|added|warned|warns|expects|"
    "argued|argues|believes|believed|assessed|assesses|assess|concluded|concludes|found|finds|showed|"
    "shows|show|tweeted|posted|testified|acknowledged|acknowledges|insisted|insists|explained|"
    "predicted|predicts|projected|projects|forecast|forecasts|calculated|counted|recorded|cited|cites|quoted|"
    "published|publishes|released|disclosed|discloses|revealed|reveals|reveal|"
    "suggested|suggests|suggest|say|told reporters|told the|indicated|indicates|indicate|surveyed|polled|"
    "touted|boasted|bragged|"
    "documented|documents|denied|denies|"
    "emphasized|emphasised|emphasizes|emphasises|stressed|stresses|expressed|admitted|admits|"
    "accused|alleged|alleges|announced|pledged|promised|vowed|urged|informed|briefed|"
    "pointed out|points out|point out"
)
_AUX = r"(?:[ \t\xa0]+(?:has|have|had|also|previously|earlier|recently|publicly|officially|separately|now|later|repeatedly|first|then|already|again|yesterday|today))"
_DATA_NOUNS = (
    "data|figures|figure|numbers|statistics|estimates|estimate|assessments|assessment|reports|report|"
    "survey|surveys|polls|poll|polling|study|studies|analysis|research|intelligence|information|"
    "findings|records|documents|census|tally|tallies|count|counts|projections|forecast|forecasts|calculations"
)
_SPECIFIERS = r"(?:particularly|especially|notably|mainly|largely|chiefly|primarily|mostly|including)"
_BY_VERBS = (
    "announced|reported|confirmed|published|released|stated|estimated|disclosed|revealed|compiled|"
    "conducted|commissioned|issued|provided|cited|quoted|made|given|put forward|presented|collected|"
    "gathered|obtained|seen|reviewed|verified|expected|projected|forecast|predicted|counted|tallied|"
    "measured|surveyed|polled|assessed"
)
# Verbs that report an act more than a view: the source vouches only for what follows the verb.
_EVENT_VERBS = {
    "acknowledged",
    "acknowledges",
    "confirmed",
    "confirms",
    "announced",
    "announces",
    "expressed",
    "pledged",
    "promised",
    "vowed",
    "urged",
    "denied",
    "denies",
    "accused",
    "admitted",
    "admits",
    "informed",
    "briefed",
    "released",
    "published",
    "publishes",
    "posted",
    "tweeted",
    "cited",
    "cites",
    "quoted",
    "recorded",
    "counted",
}
_STATEMENT_BY = {
    "expected",
    "projected",
    "forecast",
    "predicted",
    "counted",
    "tallied",
    "measured",
    "surveyed",
    "polled",
    "assessed",
    "reported",
    "published",
    "released",
    "estimated",
    "compiled",
    "provided",
    "issued",
    "cited",
    "quoted",
}

# Capitalised words that do not make a name on their own (sentence-initial common words).
_GROUPS = {
    "analysts",
    "experts",
    "critics",
    "opponents",
    "supporters",
    "proponents",
    "detractors",
    "observers",
    "commentators",
    "sources",
    "scientists",
    "researchers",
    "historians",
    "economists",
    "diplomats",
    "insiders",
    "people",
    "pundits",
    "officials",
    "reports",
    "some",
    "many",
    "others",
    "skeptics",
    "sceptics",
    "scholars",
    "academics",
    "specialists",
    "media",
    "rumours",
    "rumors",
    "speculation",
}
_COMMON = {
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "they",
    "we",
    "i",
    "you",
    "a",
    "an",
    "most",
    "several",
    "few",
    "other",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "meanwhile",
    "still",
    "also",
    "then",
    "now",
    "earlier",
    "later",
    "last",
    "as",
    "while",
    "when",
    "if",
    "after",
    "before",
    "since",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "there",
    "here",
    "what",
    "which",
    "who",
    "both",
    "all",
    "each",
    "one",
    "two",
    "three",
    "four",
    "five",
    "such",
    "data",
    "figures",
    "studies",
    "surveys",
    "polls",
    "residents",
    "witnesses",
    "authorities",
    "estimates",
    "recent",
    "previous",
    "new",
    "further",
    "additional",
    "independent",
    "western",
    "local",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "according",
    "said",
    "state",
    "officially",
    "publicly",
    "initially",
    "firstly",
    "secondly",
    "finally",
    "historically",
    "currently",
    "recently",
    "separately",
    "for",
    "with",
    "by",
    "from",
    "to",
    "state-run",
    "state-owned",
    "government",
    "intelligence",
    "military",
}
_COMMON |= set(MONTHS) | _GROUPS  # group nouns ("analysts", "media") are never names
_DESCRIBED_CUES = re.compile(
    r"familiar with|close to|briefed on|knowledge of|anonymity|not authori[sz]ed|asked not to be|"
    r"declined to be named|speaking on|involved in|who (?:spoke|requested|asked|declined)",
    re.I,
)

# --- the patterns ----------------------------------------------------------------------

_PATTERN = re.compile(
    "|".join(
        [
            # "according to X" (X classified afterwards)
            r"(?P<acc>\b[Aa]ccording[ \t\xa0]+to[ \t\xa0]+(?P<acc_src>[^,.;:!?()\[\]\n“”\"]{1,90}))",
            # "the agency cited data from X", "assessments, particularly from X", "figures released by X"
            rf"(?P<data>\b(?i:{_DATA_NOUNS})[ \t\xa0]*,?[ \t\xa0]+(?:{_SPECIFIERS}[ \t\xa0]+)?"
            rf"(?:(?:released|published|compiled|provided|issued|gathered|collected|produced)[ \t\xa0]+)?"
            rf"(?:from|by|of)[ \t\xa0]+(?:the[ \t\xa0]+)?(?P<data_src>{_NAME}))",
            # "announced by X" (event scope unless the verb reports a statement)
            rf"(?P<by>\b(?P<by_verb>{_BY_VERBS})[ \t\xa0]+by[ \t\xa0]+(?:the[ \t\xa0]+)?(?P<by_src>{_NAME}))",
            # "X said", "South Korea estimates", "the ministry said", "he said", "state media reported":
            # the verb is found first and its subject read backwards (see _subject)
            rf"(?P<say>\b(?P<say_verb>{_SAY})\b)",
            # "South Korea has called for transparency, arguing that ...": the subject is checked
            r"(?P<part>,[ \t\xa0]+(?:arguing|saying|warning|claiming|insisting|noting|adding|stressing|"
            r"contending|asserting|suggesting|predicting|estimating)\b)",
            # "South Korea and its allies, who view it as ..."
            r"(?P<view>\b(?:who|which)[ \t\xa0]+(?:view|views|viewed|see|sees|saw|regard|regards|regarded|"
            r"consider|considers|considered|describe|describes|described|call|calls|called)\b)",
            # "two officials familiar with the talks said"
            r"(?P<desc>\b(?:familiar[ \t\xa0]+with|close[ \t\xa0]+to|briefed[ \t\xa0]+on|"
            r"with[ \t\xa0]+(?:direct[ \t\xa0]+)?knowledge[ \t\xa0]+of|"
            rf"who[ \t\xa0]+spoke[ \t\xa0]+on[ \t\xa0]+condition[ \t\xa0]+of[ \t\xa0]+anonymity)[^.;!?\n]{{0,80}}?\b(?:{_SAY})\b)",
        ]
    )
)

# Where an attribution may start, found on the folded (lower-case) text in one scan; the
# full pattern above is then tried only at those positions.
_KEY_WORDS = {"according", "who", "which", "familiar", "close", "briefed", "with"}
for _list in (_DATA_NOUNS, _BY_VERBS, _SAY):
    _KEY_WORDS.update(_list.split("|"))
_PARTICIPLES = frozenset(
    [
        *("arguing", "saying", "warning", "claiming", "insisting", "noting", "adding", "stressing"),
        *("contending", "asserting", "suggesting", "predicting", "estimating"),
    ]
)
# Nouns that name a source only with an owner: "Forbes' list of the wealthiest Americans", "the
# FAO's food price index" ("a list of names" alone is no source).
_OWNED_SOURCES = frozenset(["list", "ranking", "rankings", "index", "tracker", "database", "register"])
_TRIGGERS = first_words(_KEY_WORDS)[0] | _PARTICIPLES | _OWNED_SOURCES
announce_triggers(lambda: _TRIGGERS)
# Frequent triggers that start only the "view" and "desc" alternatives of _PATTERN; their
# beginnings, checked first, spare the whole pattern at most of these words.
_VIEW_DESC_WORDS = frozenset(["who", "which", "with", "familiar", "close"])
_VIEW_DESC_START = re.compile(
    r"(?:who|which)[ \t\xa0]+(?:view|views|viewed|see|sees|saw|regard|regards|regarded|consider|considers|"
    r"considered|describe|describes|described|call|calls|called|spoke)|familiar[ \t\xa0]+with|close[ \t\xa0]+to|"
    r"with[ \t\xa0]+(?:direct[ \t\xa0]+)?knowledge"
)
_DATA_WORDS = frozenset(_DATA_NOUNS.split("|"))
_NEXT_WORD = re.compile(r"[ \t\xa0]+([a-z]+)\b")
# Words that may follow a data noun that is the source itself ("China's census shows", "the
# ministry's data released on Monday", "Gallup's poll of 1,000 adults", "its survey results").
_AFTER_SOURCE = frozenset(
    [
        *_SAY.replace(" ", "|").split("|"),
        *("also", "previously", "earlier", "recently", "now", "later", "first", "then", "already", "again", "not"),
        *("is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "might", "could", "can"),
        *("on", "of", "by", "from", "in", "for", "at", "to", "and", "or", "but", "that", "which", "as", "with"),
        *("results", "figures", "findings", "numbers", "data", "published", "released", "issued"),
    ]
)


def _modifies_next(low: str, end: int) -> bool:
    """Whether the data noun ending at ``end`` modifies the noun after it ("China's polar research
    budget rose 38%"): a budget, not research that says something."""
    if end < len(low) and low[end] in "-‐‑":
        return True  # "Arden's data-centre chips": part of a compound
    nxt = _NEXT_WORD.match(low, end, end + 30)
    return nxt is not None and nxt.group(1) not in _AFTER_SOURCE


_POSS_BEFORE = re.compile(r"['’]s?[ \t\xa0]+(?:[\w\-]+[ \t\xa0]+){0,2}?$")

_QUOTE = re.compile(r"“[^“”]{1,1200}”|\"[^\"\n]{1,1200}\"|«[^«»]{1,1200}»|„[^„“”]{1,1200}[“”]")
_SPEAKER = rf"(?:{_NAME}|[Hh]e|[Ss]he|the[ \t\xa0]+(?:[\w\-]+[ \t\xa0]+){{0,2}}?(?:{_INSTITUTIONS}))"
_QUOTE_VERB = r"(?:said|says|told[ \t\xa0]+[\w ]{1,30}?|added|wrote|writes|continued|explained|insisted|warned|stated|tweeted|posted|declared|argued|noted|asked|replied|recalled)"
_AFTER_QUOTE = re.compile(
    rf"[ \t\xa0]*,?[ \t\xa0]*(?:(?P<a>{_SPEAKER}){_AUX}{{0,2}}[ \t\xa0]+{_QUOTE_VERB}|"
    rf"{_QUOTE_VERB}[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+){{0,3}}?(?P<b>{_SPEAKER}))\b"
)
_BEFORE_QUOTE = re.compile(
    rf"(?P<c>{_SPEAKER}){_AUX}{{0,2}}[ \t\xa0]+{_QUOTE_VERB}(?:[ \t\xa0]+\w+){{0,4}}[ \t\xa0]*[,:.]?[ \t\xa0]*$|"
    rf"[Aa]ccording[ \t\xa0]+to[ \t\xa0]+(?P<d>{_NAME})[ \t\xa0]*,?[ \t\xa0]*$"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution found in the text."""

    kind: str  # named | described | unnamed
    scope: str  # statement | event
    cue: str  # according-to | data-from | possessive | by-agent | speech | inverted | institution | media | described
    span: Span  # the attributing words
    source: str  # the source as written ("the US Geological Survey")
    verb: str = ""  # the reporting verb, when there is one

    def covers(self, offset: int) -> bool:
        """Whether the source vouches for words at ``offset`` of the same sentence.

        "X said", "according to X", "data from X show" cover the whole sentence; a
        verb that reports an act ("X acknowledged", "X confirmed") covers only what
        follows it: "In a significant development, X acknowledged ..." stays the writer's.
        """
        if self.scope != "statement":
            return False
        if self.verb in _EVENT_VERBS:
            return offset >= self.span.end
        return True


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and whom the text attributes it to (``None`` if nobody)."""

    span: Span  # including the quotation marks
    speaker: str | None

    @property
    def attributed(self) -> bool:
        return self.speaker is not None


def _is_name(source: str) -> bool:
    """Whether a capitalised phrase names someone (not just a sentence-initial word)."""
    words = [w.strip(_APOS + ".").lower() for w in source.split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    return any(w and w not in _COMMON for w in words)


_DEMONYM = re.compile(r"(?:an|ese|ish|ern|i|ic|ch)$")


def _modifier_only(source: str, following: str) -> bool:
    """ "Russian state media", "South Korean agencies": capitalised words that only describe."""
    last = source.split()[-1].rstrip(_APOS + "s") if source.split() else ""
    return bool(_DEMONYM.search(last)) and bool(re.match(r"[ \t\xa0]+[a-z]", following))


_RECORDS_OF = re.compile(
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{_INSTITUTIONS}|court|police|hospital|school|land|tax|public)\s+(?:[\w\-]+\s+){{0,2}}?"
    r"(?:records|filings|documents|data|figures|statistics|minutes|accounts)\b"
)


# A definite document the story has in hand: "the same bulletin", "the filing", "these figures".
_DOCUMENT_BACK = re.compile(
    r"(?:the|this|that|these|those|its|their)\s+(?:same\s+|latest\s+|new\s+|official\s+|annual\s+|weekly\s+|monthly\s+)?"
    r"(?:bulletin|filing|filings|release|press\s+release|data|figures|statistics|records|analysis|review|audit|"
    r"register|database|index|assessment|estimates?|findings|document|documents|letter|tally|count|minutes|"
    r"accounts|report|statement|study|survey|poll|census|forecast|projections?)\b"
)


# Institutions that are also modifiers of another noun ("the airline association", "the school board").
_KEEPERS = frozenset(
    [
        "club",
        "charity",
        "trust",
        "board",
        "airline",
        "retailer",
        "lender",
        "insurer",
        "operator",
        "hospital",
        "school",
        "exchange",
        "brokerage",
        "carrier",
        "utility",
    ]
)
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|for|at|on|and|or|to|from|with|by|that|which|who)\b)[a-z][a-z\-]+")


def _classify_phrase(phrase: str) -> str:
    """named / described / unnamed for the words after "according to"."""
    if _DESCRIBED_CUES.search(phrase):
        return "described"
    stripped = phrase.strip()
    words = stripped.split()
    if not words:
        return "unnamed"
    caps = [w for w in words if w[:1].isupper()]
    if caps and _is_name(" ".join(caps)):
        if all(_DEMONYM.search(w.strip(_APOS + ".")) for w in caps if w.lower() not in _COMMON):
            return "described"
        return "named"
    low = stripped.lower()
    institution = re.match(rf"(?:the|its|his|her|their)\s+(?:[\w\-]+\s+){{0,2}}?(?P<head>{_INSTITUTIONS})\b", low)
    if institution and not (institution.group("head") in _KEEPERS and _NOUN_AFTER.match(low, institution.end())):
        return "named"  # "the ministry", "the club" (not "the airline association": a body of airlines, unnamed)
    if _DOCUMENT_BACK.match(low):
        return "named"  # "according to the same bulletin", "according to the filing": a document the story names
    if _RECORDS_OF.match(low):
        return "described"  # "council licensing records", "court filings": an institution's documents
    if re.match(r"(?:he|she)\b", low):
        return "named"
    return "unnamed"


_SUBJECT = re.compile(
    rf"(?:^|[.!?]\s+|\n\s*)(?:(?:[Tt]he|[Hh]owever,?|[Mm]eanwhile,?|[Bb]ut)[ \t\xa0]+)?(?P<s>{_NAME})"
)
_NAME_NEAR = re.compile(rf"(?P<s>{_NAME})[^.!?\n]{{0,60}}$")


def _sentence_subject(text: str, pos: int) -> str:
    """The name that opens the sentence holding ``pos`` ("Strava, which tracks ..., surveyed")."""
    window = text[max(0, pos - 240) : pos]
    starts = list(_SUBJECT.finditer(window))
    if starts and starts[-1].group("s") and _is_name(starts[-1].group("s")):
        return starts[-1].group("s")
    return ""


def _subject_before(text: str, pos: int) -> str:
    """The named subject of the clause ending at ``pos`` ("South Korea ..., arguing")."""
    subject = _sentence_subject(text, pos)
    if subject:
        return subject
    window = text[max(0, pos - 240) : pos]
    near = _NAME_NEAR.search(window)
    return near.group("s") if near and _is_name(near.group("s")) else ""


_AUX_WORDS = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "previously",
        "earlier",
        "recently",
        "publicly",
        "officially",
        "separately",
        "now",
        "later",
        "repeatedly",
        "first",
        "then",
        "already",
        "again",
        "yesterday",
        "today",
        "not",
    ]
)
_WHEN = frozenset(
    re.split(
        r"\s+",
        "monday tuesday wednesday thursday friday saturday sunday week month year weekend night morning "
        "evening afternoon january february march april may june july august september october november december",
    )
)
_CONNECTORS = frozenset(
    ["of", "for", "and", "de", "del", "la", "le", "von", "van", "al", "bin", "the", "on", "at", "du", "des"]
)
_PRONOUNS = frozenset({"he", "she"})
_MEDIA_WORDS = frozenset(
    [
        "media",
        "press",
        "agency",
        "agencies",
        "television",
        "tv",
        "newspaper",
        "newspapers",
        "outlets",
        "broadcaster",
        "broadcasters",
        "tabloid",
        "tabloids",
    ]
)
_INSTITUTION_WORDS = frozenset(w for w in _INSTITUTIONS.split("|") if " " not in w)
# "U.S." ends no clause. (?<!\b[A-Z])[.!?;:]..., the look-behind moved after the mark so that the engine
# skips to the marks in C (tests/test_pattern_speed.py)
_CLAUSE_END = re.compile(r"[.!?;:](?<!\b[A-Z].)[\s”\"’)]+|[\n(“\"]")


# "It was often said in literary London that ...": an impersonal passive, no one says it ("London" is where).
_IMPERSONAL = re.compile(
    r"\b(?:it|this)[ \t\xa0]+(?:is|was|has|had|will|used[ \t\xa0]+to)(?:[ \t\xa0]+(?:been|be|often|widely|commonly|"
    r"sometimes|also|once|long|frequently|generally|rightly|famously|much))*[ \t\xa0]+\Z",
    re.I,
)
_INV_AFTER = re.compile(
    rf"[ \t\xa0]+(?:(?!(?:they|he|she|it|we|i|you|that|there|this|these|those)\b)[a-z\-]+[ \t\xa0]+){{0,3}}?(?P<n>{_NAME}|the[ \t\xa0]+(?:{_INSTITUTIONS})\b)"
)  # "said the ministry", "said in a statement the ministry"; never "said they trusted the council"


def _tokens_before(text: str, pos: int) -> list[str]:
    """The words of the clause just before ``pos`` (at most ~12)."""
    window = text[max(0, pos - 120) : pos]
    cut = 0
    for cut_m in _CLAUSE_END.finditer(window):
        cut = cut_m.end()
    return window[cut:].split()[-12:]


# Words between a data noun and its keeper that leave the keeper the source ("the council's own figures").
_DATA_MODIFIERS = frozenset(
    ["own", "latest", "new", "annual", "monthly", "weekly", "quarterly", "official", "provisional", "preliminary",
     "final", "internal", "published", "most", "recent"]
)  # fmt: skip


def _name_before(text: str, pos: int) -> str:
    """The capitalised name ending just before ``pos`` ("South Korea's National Intelligence Service")."""
    tokens = _tokens_before(text, pos)
    return "" if tokens and tokens[-1].endswith(",") else _name_from(tokens)


def _subject(text: str, pos: int) -> tuple[str, str, str] | None:
    """(kind, cue, source) for the subject of the reporting verb at ``pos``, if it has one."""
    tokens = _tokens_before(text, pos)
    while tokens and tokens[-1].lower() in _AUX_WORDS:
        tokens.pop()
    rel = next((j for j in range(len(tokens) - 1, 0, -1) if tokens[j].lower() == "who"), None)
    if rel is not None:
        # "Researchers at Nanchang University who have counted the birds said", "the actors who have
        # said": the subject of the verb after a relative clause, or of the clause's own verb, is its
        # antecedent (not "Nanchang University who")
        tokens = tokens[:rel]
    if len(tokens) >= 2 and tokens[-1].lower() in _WHEN and tokens[-2].lower() in ("on", "last", "this", "in"):
        del tokens[-2:]  # "the government on Monday said"
    if tokens and tokens[-1].endswith(","):
        # "Warren, a US senator, estimates": the sentence's opening name, if it has one
        name = _sentence_subject(text, pos)
        if not name:
            name = _appositive_name(tokens)  # "Her publisher, Larkspur Books, said": the name set off by commas
        return ("named", "speech", name) if name else None
    if not tokens:
        return None
    last = tokens[-1].lower().strip(_APOS)
    if last in _PRONOUNS:
        return "named", "pronoun", tokens[-1]
    if last in _MEDIA_WORDS and not tokens[-1][:1].isupper():  # "the Environment Agency" is a name
        return "described", "media", " ".join(tokens[-3:])
    k = len(tokens) - 2
    while k > 0 and tokens[k].lower() in _DATA_MODIFIERS:
        k -= 1  # "the council's own figures", "the ministry's latest data": the keeper before the modifiers
    j = k
    while j > 0 and len(tokens) - 2 - j < 2 and tokens[j].islower() and not tokens[j].endswith(("'s", "’s")):
        j -= 1  # "the council's own traffic counts": the keeper before a noun or two naming what is counted
    if j != k and tokens[j].lower().endswith(("'s", "’s")):
        k = j
    keeper = tokens[k].lower().removesuffix("'s").removesuffix("’s") if k >= 0 else ""
    if (last in _DATA_WORDS or last in _OWN_PAPERS) and keeper in ("its", "their", "his", "her"):
        return (
            "named",
            "document",
            " ".join(tokens[k:]),
        )  # "its accounts show": the papers of whoever the story is about
    if last in _DATA_WORDS and keeper not in _DATA_WORDS and _AGENT_NOUN.search(keeper):
        return (
            "described",
            "document",
            " ".join(tokens[max(0, k - 1) :]),
        )  # "Harbour master data showed", "police figures show"
    if last in _DATA_WORDS and len(tokens) >= 2:
        name = _name_from(tokens[:-1])
        opening = len(name.split()) == len(tokens) - 1 == 1  # one capitalised word opening the clause
        if (
            name
            and _is_name(name)
            and not all(w.lower() in _DATA_WORDS for w in name.split())
            and (not opening or _proper(text, name))
        ):
            return "named", "document", f"{name} {tokens[-1]}"  # "Eurostat figures show", not "Census data show"
    if last == "police" and (len(tokens) == 1 or tokens[-2].lower() not in ("the", "a", "an")):
        return "named", "institution", tokens[-1]  # "police said": the force the story is about
    if last in _ROLE_WORDS:
        for j in range(len(tokens) - 2, max(-1, len(tokens) - 5), -1):
            if tokens[j].lower() in ("its", "their") or tokens[j].endswith(("'s", "’s")):
                return "named", "institution", " ".join(tokens[j:])  # "the chain's chief executive said"
    if last in _INSTITUTION_WORDS:
        before = tokens[-4:-1]
        if any(t.lower() in ("the", "its", "his", "her", "their") for t in before) or _is_name(
            " ".join(t for t in before if t[:1].isupper())
        ):
            return "named", "institution", " ".join(tokens[-3:])  # "the ministry", "a Gallup poll"
    spokes = _spokesperson(tokens)
    if spokes:
        return "described", "institution", spokes  # "a spokeswoman for the organisers said"
    name = _name_from(tokens)
    if not name:
        return None
    rest = tokens[: len(tokens) - len(name.split())]
    if rest and _POLLED_SHARE.search(" ".join(rest[-6:]).lower()):
        return None  # "seven in ten Americans say", "62% of Britons think": a poll's finding, not its source
    if rest and rest[-1].lower() in ("the", "a", "an"):
        rest = rest[:-1]
    if rest and rest[-1].lower() in _INSTRUMENT_WORDS:
        return None  # "Astronomers using the James Webb Space Telescope confirmed": a tool, not the speaker
    if not _is_name(name) or name.split()[-1].lower().rstrip(_APOS + "s") in _GROUPS:
        return "unnamed", "speech", name
    return "named", "speech", name


def _appositive_name(tokens: list[str]) -> str:
    """The name an appositive gives the subject just before its verb: "Her publisher, Larkspur Books,"
    or "Japan's defence minister, Hiroshi Kaneda," (a role, then the name between commas), or ""."""
    j = len(tokens) - 2
    while j >= 0 and not tokens[j].endswith(","):
        j -= 1
    if j < 0:
        return ""
    inner = [t.rstrip(",") for t in tokens[j + 1 :]]
    name = _name_from(inner)
    if not name or len(name.split()) != len(inner) or not _is_name(name):
        return ""
    head = tokens[j].rstrip(",").lower().strip(_APOS)
    return name if head not in _GROUPS and head.isalpha() else ""


# A role at a body, named by its owner: "the chain's chief executive", "the bank's chief economist",
# "its finance director" (one person the story can name), not "a chief executive".
_ROLE_WORDS = frozenset(
    ["executive", "economist", "officer", "chairman", "chairwoman", "chair", "founder", "strategist", "manager",
     "editor", "treasurer", "boss", "owner", "director", "president", "spokesman", "spokeswoman"]
)  # fmt: skip
_INSTRUMENT_WORDS = frozenset(["using", "via", "through", "aboard", "operating"])
_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives"])
_SPOKES_FOR = frozenset(["for", "at", "of", "from"])


def _spokesperson(tokens: list[str]) -> str:
    """ "a spokeswoman", "a spokesman for the organisers", "a representative of the firm": someone
    speaking for a body, described by their role (the words from the role on), or ""."""
    for j in range(len(tokens) - 1, max(-1, len(tokens) - 7), -1):
        word = tokens[j].lower().strip(_APOS + ",")
        if word in _SPOKES:
            after = tokens[j + 1 :]
            if not after or (after[0].lower() in _SPOKES_FOR and not any(t.endswith(",") for t in after)):
                return " ".join(tokens[max(0, j - 1) :])
            return ""
    return ""


# A share of a group before its name: the group is the poll's sample holding a view, not who reports it.
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|\d[\d.,]*)"
)
_POLLED_SHARE = re.compile(
    rf"(?:\d[\d.,]*[ \t\xa0]*%|\bper[ \t\xa0]?cent|\bpercent|\b{_NUMBER_WORD}[ \t\xa0]+(?:in|out[ \t\xa0]+of)[ \t\xa0]+{_NUMBER_WORD}|"
    r"\b(?:thirds?|quarters?|fifths?|tenths?|half|majority|minority|plurality))"
    r"(?:[ \t\xa0]*\([^()]{0,12}\))?(?:[ \t\xa0]+of)?(?:[ \t\xa0]+(?:the|all))?$"
)
_OWN_PAPERS = frozenset(["accounts", "filings", "filing", "statements", "books", "returns", "minutes", "figures"])


# The keeper of the data, by its ending or as an institution: "harbour master", "coroner", "police".
_AGENT_NOUN = re.compile(rf"^(?:[a-z\-]{{2,}}(?:er|or|ist|ian)|police|{_INSTITUTIONS})$")


def _proper(text: str, word: str) -> bool:
    """Whether a capitalised word opening a sentence is a name ("Eurostat figures show"), not a
    common word ("Official figures show"): an acronym, or a word the text never writes in lower
    case and writes capitalised inside a sentence."""
    word = word.strip(_APOS + ".,")
    if len(word) > 1 and word.isupper():
        return True
    if not word or re.search(rf"\b{re.escape(word.lower())}\b", text):
        return False
    return re.search(rf"[\w,;:][ \t\xa0]+{re.escape(word)}\b", text) is not None


def _name_from(tokens: list[str]) -> str:
    name: list[str] = []
    for tok in reversed(tokens):
        if tok[:1].isupper() or (tok in _CONNECTORS and name):
            name.append(tok)
        else:
            break
    while name and name[-1] in _CONNECTORS:
        name.pop()
    return " ".join(reversed(name))


_DOCUMENT_HEADS = frozenset({"report", "survey", "study", "index", "census", "poll", "review", "assessment", "audit"})


def _document_name(text: str, start: int, end: int) -> Attribution | None:
    """A named report or survey ("the Global Risks Report", "a Gallup Poll")."""
    if text[start:end].lower() not in _DOCUMENT_HEADS or not text[start].isupper():
        return None
    name = _name_from(_tokens_before(text, end))
    if len(name.split()) < 2 or not _is_name(" ".join(name.split()[:-1])):
        return None
    return Attribution("named", "statement", "document", Span(end - len(name), end), name)


# Verbs that report only with a clause after them when a person is their subject ("Smith found
# that ..."); "Investors showed strong interest" and "Rescuers found two bodies" report nothing.
_DISPLAY_VERBS = frozenset(["show", "shows", "showed", "found", "finds"])
_THAT_AFTER = re.compile(r"[ \t\xa0]*(?:,|:|that\b|no\b|little\b|\d)")


def find_attributions(
    text: str,
    base: int = 0,
    low: str | None = None,
    present: frozenset[str] | None = None,
    hits: list[tuple[int, str]] | None = None,
) -> list[Attribution]:
    """Every attribution in ``text`` (offsets shifted by ``base``), in order.

    ``low`` and ``present`` are the folded text and its words, and ``hits`` the trigger
    words in it, when the caller has them (:func:`auditor.language.trie.folded`,
    :func:`auditor.language.trie.present_words`, :func:`auditor.language.trie.word_hits`). The patterns are
    tried only where a trigger word occurs.
    """
    low = fold(text) if low is None else low
    out: list[Attribution] = []
    last_end = 0
    if hits is None:
        hits = occurrences(low, _TRIGGERS, present)
    for pos, word in hits:
        if pos < last_end:
            continue
        start = pos
        if word in _PARTICIPLES:
            start = len(text[:pos].rstrip()) - 1
            if start < 0 or text[start] != ",":
                continue
        elif word in _DATA_WORDS or word in _OWNED_SOURCES:
            poss = _POSS_BEFORE.search(text, max(0, pos - 60), pos)
            src = _name_before(text, poss.start()) if poss and not _modifies_next(low, pos + len(word)) else ""
            if src:
                kind = "named" if _is_name(src) else "unnamed"
                out.append(
                    Attribution(kind, "statement", "possessive", Span(base + poss.start(), base + pos + len(word)), src)
                )
                last_end = pos + len(word)
                continue
            if word in _OWNED_SOURCES:
                continue  # no owner: no source
        if word in _VIEW_DESC_WORDS and not _VIEW_DESC_START.match(text, start):
            continue  # not "who view ...", "familiar with", "with knowledge of" (and no document name)
        m = _PATTERN.match(text, start)
        if m is None:
            named_document = _document_name(text, pos, pos + len(word))
            if named_document is not None:
                out.append(named_document)
                last_end = pos + len(word)
            continue
        kind, scope, cue, src, verb = "named", "statement", "", "", ""
        if m.group("acc"):
            cue, src = "according-to", m.group("acc_src").strip()
            kind = _classify_phrase(src)
        elif m.group("data"):
            cue, src = "data-from", m.group("data_src")
            kind = "named" if _is_name(src) else "unnamed"
            if kind == "named" and _modifier_only(src, text[m.end() : m.end() + 12]):
                kind = "described"
        elif m.group("by"):
            cue, src = "by-agent", m.group("by_src")
            kind = "named" if _is_name(src) else "unnamed"
            scope = "statement" if m.group("by_verb") in _STATEMENT_BY else "event"
        elif m.group("say"):
            verb = m.group("say_verb")
            subject = _subject(text, m.start())
            if (
                subject is None
                and verb in ("said", "says", "added", "wrote")
                and not _IMPERSONAL.search(text, max(0, m.start() - 40), m.start())
            ):
                after = _INV_AFTER.match(text, m.end())
                if after and (after.group("n").startswith("the") or _is_name(after.group("n"))):
                    subject = ("named", "inverted", after.group("n"))
            if subject is None:
                continue
            if verb.lower() in _DISPLAY_VERBS and subject[1] == "speech" and not _THAT_AFTER.match(text, m.end()):
                continue  # "Investors showed the keenest interest": displayed, not reported
            kind, cue, src = subject
        elif m.group("part") or m.group("view"):
            cue = "participle" if m.group("part") else "relative"
            src = _subject_before(text, m.start())
            kind = "named" if src and _is_name(src) else "unnamed"
            if not src:
                continue
        elif m.group("desc"):
            cue, kind = "described", "described"
            src = " ".join(text[max(0, m.start() - 40) : m.start()].split()[-3:])
        else:  # pragma: no cover - every alternative has a group
            continue
        last_end = m.end()
        out.append(Attribution(kind, scope, cue, Span(base + m.start(), base + m.end()), src.strip(), verb))
    return out


# The literal words of _QUOTE_VERB: _BEFORE_QUOTE needs one of them, or "according".
_BEFORE_VERBS = (
    *("said", "says", "told", "added", "wrote", "writes", "continued", "explained", "insisted", "warned"),
    *("stated", "tweeted", "posted", "declared", "argued", "noted", "asked", "replied", "recalled"),
)


def _may_name_speaker(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a quote verb or "according", without which
    _BEFORE_QUOTE cannot match (its search tries every offset of the window)."""
    window = text[start:end]
    return "ccording" in window or any(verb in window for verb in _BEFORE_VERBS)


def find_quotes(text: str, base: int = 0) -> list[Quote]:
    """Direct quotations in ``text`` with their speaker, looked for just before or after."""
    out: list[Quote] = []
    for m in _QUOTE.finditer(text):
        speaker: str | None = None
        limit = min(len(text), m.end() + 160)
        after = _AFTER_QUOTE.match(text, m.end(), limit) if _may_name_speaker(text, m.end(), limit) else None
        if after:
            speaker = after.group("a") or after.group("b")
        elif _may_name_speaker(text, max(0, m.start() - 160), m.start()):
            before = _BEFORE_QUOTE.search(text, max(0, m.start() - 160), m.start())
            if before:
                speaker = before.group("c") or before.group("d")
        if speaker is not None and not (_is_name(speaker) or speaker.lower().startswith(("he", "she", "the"))):
            speaker = None
        out.append(Quote(Span(base + m.start(), base + m.end()), speaker.strip() if speaker else None))
    return out


@dataclass(slots=True)
class DocumentAttributions:
    """Attributions and quotes of a document, indexed by sentence."""

    by_sentence: dict[int, list[Attribution]]
    quotes: list[Quote]
    _quote_starts: list[int]

    def in_sentence(self, index: int) -> list[Attribution]:
        return self.by_sentence.get(index, [])

    def named(self, index: int, scope: str | None = "statement") -> list[Attribution]:
        """Named sources in a sentence (``scope=None``: any scope)."""
        return [a for a in self.in_sentence(index) if a.kind == "named" and (scope is None or a.scope == scope)]

    def vouched(self, index: int, offset: int) -> Attribution | None:
        """A named source of sentence ``index`` that vouches for the words at ``offset``."""
        for a in self.in_sentence(index):
            if a.kind == "named" and a.covers(offset):
                return a
        return None

    def sourced(self, index: int) -> bool:
        """Whether a sentence names or describes where its statement comes from."""
        return any(a.kind in ("named", "described") for a in self.in_sentence(index))

    def quote_at(self, offset: int) -> Quote | None:
        """The quotation holding ``offset``, if any."""
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        if i >= 0 and self.quotes[i].span.start <= offset < self.quotes[i].span.end:
            return self.quotes[i]
        return None


def _compute(doc: Document) -> DocumentAttributions:
    attributions = find_attributions(doc.text, low=folded(doc), hits=word_hits(doc, _TRIGGERS))
    starts = [s.span.start for s in doc.sentences]
    by_sentence: dict[int, list[Attribution]] = {}
    for a in attributions:
        i = bisect.bisect_right(starts, a.span.start) - 1
        if i >= 0 and a.span.start < doc.sentences[i].span.end:
            by_sentence.setdefault(doc.sentences[i].index, []).append(a)
    quotes = find_quotes(doc.text)
    return DocumentAttributions(by_sentence, quotes, [q.span.start for q in quotes])


def document_attributions(doc: Document) -> DocumentAttributions:
    """Attributions of ``doc``, computed once and shared by every rule."""
    return doc.derived("attribution", _compute)
