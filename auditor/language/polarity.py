"""Statements that deny what another sentence of the same article asserts (for CON002).

Three shapes, read as (subject, predicate, object, polarity) and compared only when the
thing they are about is the same:

- **none against a count**: "No arrests have been made" and "Two men were arrested";
  "No chicks fledged from the northern cliffs" and "14 chicks fledging on the northern
  cliffs". The counted noun (or the verb it names) must match, and every word that
  narrows the "none" statement (a place, a group) must occur in the counting sentence.
- **a refusal against a statement**: "Corvo declined to discuss the job cuts" and "Corvo
  said in a filing that 300 jobs would be cut": same party, the topic's words in the
  statement, and the same dates.
- **not arrived against a decision about it**: "The council has not received a petition
  from Elm Street" and "Councillors voted to reject the Elm Street petition"; "The convoy
  has not reached Kessala" and "aid workers distributed the convoy's supplies in Kessala".

A dispute the article reports is not a contradiction: when the two sentences are
attributed to different parties ("A denied, B confirmed"), or the later one marks the
contrast ("however", "but", "disputed"), nothing is reported. Modal and conditional
sentences ("may", "could", "once it arrives"), past perfects ("had not received") and
explicit changes ("later", "since", "by Wednesday") are left alone too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.language.arithmetic import figures
from auditor.language.attribution import document_attributions
from auditor.language.claims import document_claims, stem, verb_stem
from auditor.language.entities import words as _words
from auditor.model import Document, Sentence

_STOP = _words(
    "the a an of to in on at for with by and or but that this these those its their his her from as into about "
    "over after before during since than then there here also has have had was were is are be been not never any "
    "some such which who whom what when where while yet only just very more most much many other another own "
    "same them they it he she we you our your said says say told according year years month week day today "
    "recently statement will would this last first next"
)
_TIMES = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+(?:week|month|year))\b"
)
_CHANGE = re.compile(
    r"\b(?:initially|originally|at\s+first|previously|earlier|later|eventually|subsequently|now|no\s+longer|since|"
    r"until|so\s+far|by\s+then|afterwards|then|finally|reversed|changed)\b",
    re.I,
)
_CONTRAST = re.compile(
    r"\b(?:however|but|although|though|despite|contrary|disputed?|disputing|contradict\w*|insist\w*|countered|"
    r"rejected\s+(?:the|that)\s+(?:claim|account)|denied)\b",
    re.I,
)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|if|unless|whether|once|should|expects?|plans?)\b", re.I)
_NEGATION = re.compile(r"\b(?:no|not|never|none|nobody|without|n['’]t)\b", re.I)
_MAX_PAIRS = 400  # comparisons per article for each shape; articles rarely come near


@dataclass(slots=True)
class Conflict:
    """A denial (or silence, or "none") and the sentence that asserts what it denies."""

    kind: str  # none | refusal | arrival
    later: int  # body-sentence indexes
    earlier: int
    later_text: str
    earlier_text: str
    reason: str


def _conflict(kind: str, i: int, j: int, sentences: list[Sentence], reason: str) -> Conflict:
    """A conflict between body sentences ``i`` and ``j``, in text order, both quoted."""
    later, earlier = (i, j) if i > j else (j, i)
    return Conflict(kind, later, earlier, _clip(sentences[later].text), _clip(sentences[earlier].text), reason)


def _content(text: str) -> set[str]:
    words = (re.sub(r"['’]s$", "", w) for w in re.findall(r"[a-z][a-z'’-]+", text.lower()))
    return {stem(_singular(w)) for w in words if w not in _STOP and len(w) > 2}


def _times(text: str) -> frozenset[str]:
    return frozenset(m.group(0) for m in _TIMES.finditer(text.lower()))


_ROLES = _words(
    "spokesman spokeswoman spokesperson official officials source sources representative representatives "
    "chief executive director manager"
)
_TRAILING_SAID = re.compile(
    r",\s*(?P<src>[^,;]{2,60}?)\s+(?:said|says|told\s+\w+|added|confirmed|reported|wrote)\b[^,;]{0,40}[.!]?\s*$"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<src>[^,;.]{2,60})", re.I)


def _party(doc: Document, sent: Sentence) -> frozenset[str] | None:
    """Who vouches for a sentence: the content words of its named source, or None for the article's voice."""
    sources = [a for a in document_attributions(doc).in_sentence(sent.index) if a.scope == "statement"]
    if not sources:
        m = _TRAILING_SAID.search(sent.text) or _ACCORDING.search(sent.text)
        if m is None:
            return None
        found = frozenset(w for w in re.findall(r"[a-z]+", m.group("src").lower()) if w not in _STOP)
        return None if found <= _ROLES else found
    words = set()
    for a in sources:
        at = sent.text.find(a.source)
        role = sent.text[max(0, at - 30) : max(at, 0)].split()[-1:] if at > 0 else []  # "ranger Callum Reid"
        words.update(w for w in re.findall(r"[a-z]+", " ".join([*role, a.source]).lower()) if w not in _STOP)
    return None if words <= _ROLES else frozenset(words)


def _same_party(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Whether two sources share a word ("police" and "a police spokeswoman"; "council" and "councillors")."""
    return any(x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x))) for x in a for y in b)


def _dispute(doc: Document, a: Sentence, b: Sentence) -> bool:
    """Whether two sentences report a dispute rather than contradict each other."""
    pa, pb = _party(doc, a), _party(doc, b)
    if pa is not None and pb is not None and not _same_party(pa, pb):
        return True
    later = b if b.span.start > a.span.start else a
    return bool(_CONTRAST.search(later.text))


def _dated_apart(a: Sentence, b: Sentence) -> bool:
    """Both sentences are dated, and neither date includes the other ("Thursday" fits "April 17 ... Thursday")."""
    ta, tb = _times(a.text), _times(b.text)
    return bool(ta and tb and not (ta <= tb or tb <= ta))


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + " …"


def _sentences(doc: Document) -> list[Sentence]:
    """The body sentences, as the claims hold them (``Document.body_sentences`` builds a new list per call)."""
    return document_claims(doc).sentences


# ---------------------------------------------------------------- "none" against a count

_VERB_FORMS = (
    r"[a-z]+(?:ed|en)|made|hurt|lost|lose|left|found|seen|fled|fell|went|came|got|paid|sold|held|won|built|sent|"
    r"cut|shut|died|arrived|received|laid|lose\s+their\s+jobs"
)
_NONE_RE = re.compile(
    r"(?<![\w-])(?:(?P<no>[Nn]o)\s+(?P<np>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"|(?P<none>[Nn]one)\s+of\s+(?:the|its|their)\s+(?:[\d,]+\s+)?(?:[a-z]+['’]s\s+)?"
    r"(?P<np2>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"|(?P<nobody>[Nn]o\s+one|[Nn]obody))\s+"
    r"(?:(?:has|have|had|was|were|is|are|will)\s+(?:been\s+|be\s+)?)?(?!been\b)(?P<verb>" + _VERB_FORMS + r")\b"
)
_EVENT_NOUNS = {
    "arrest": ("arrest", "detain"), "death": ("die", "kill"), "fatality": ("die", "kill"),
    "injury": ("injur", "hurt", "wound"), "casualty": ("kill", "injur", "wound"), "eviction": ("evict",),
    "case": ("confirm", "report", "record"), "complaint": ("receiv", "fil", "made"),
}  # fmt: skip
_GENERIC_VERBS = frozenset(verb_stem(v) for v in ("made", "reported", "recorded", "found", "seen", "filed"))
_HUMAN_HEADS = _words("people person one")


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def none_conflicts(doc: Document) -> list[Conflict]:
    """ "No X were Y" against a sentence that counts Xs that were Y."""
    sentences = _sentences(doc)
    counts = [f for f in figures(doc) if f.kind == "count" and f.value >= 1 and not f.hypothetical and not f.old]
    if not counts:
        return []
    out: list[Conflict] = []
    budget = _MAX_PAIRS
    for i, sent in enumerate(sentences):
        s = sent.text
        if not ("No" in s or "no " in s or "none" in s or "obody" in s) or s.rstrip().endswith("?"):
            continue
        for m in _NONE_RE.finditer(sent.text):
            before = sent.text[max(0, m.start() - 12) : m.start()].lower()
            if re.search(r"\b(?:almost|nearly|virtually|if|whether)\s+$", before):
                continue
            if _HYPOTHETICAL.search(sent.text[: m.end()]):
                continue
            np = (m.group("np") or m.group("np2") or "people").lower().split()
            head = _singular(np[-1])
            mods = [w for w in np[:-1] if w not in _STOP]
            verb = verb_stem(m.group("verb").split()[0].lower())
            clause = re.split(r"[,;:]|\bsaid\b|\baccording\b", sent.text[m.end() :], maxsplit=1)[0]
            scope = _content(clause) - {verb}
            for f in sorted(counts, key=lambda f: abs(f.sentence - i)):
                if f.sentence == i or budget <= 0:
                    continue
                budget -= 1
                other = sentences[f.sentence]
                if not _counts_same(f, head, mods, verb, other, np):
                    continue
                if not scope <= _content(other.text) | {stem(w) for w in f.verbs}:
                    continue  # "No chicks fledged from the southern stacks" is not about the northern cliffs
                if _dated_apart(sent, other) or _CHANGE.search(other.text) or _CHANGE.search(sent.text):
                    continue
                if _dispute(doc, sent, other) or _HYPOTHETICAL.search(other.text[: f.start - other.span.start + 1]):
                    continue
                reason = f'"{m.group(0)}" against a count of {f.text} ({_clip(other.text, 60)})'
                out.append(_conflict("none", f.sentence, i, sentences, reason))
                break
            else:
                continue
            break
    return out


def _counts_same(f, head: str, mods: list[str], verb: str, other: Sentence, np: list[str]) -> bool:
    """Whether figure ``f`` counts what the "none" statement says there were none of."""
    other_words = set(re.findall(r"[a-z][\w-]*", other.text.lower()))
    verbs = set(f.verbs) | {verb_stem(w) for w in other_words if w.endswith(("ed", "ing", "en")) or w == verb}
    same_verb = verb in verbs or verb in _GENERIC_VERBS
    if f.head == head or (head == "staff" and f.head == "staff"):
        return same_verb and all(m in other_words for m in mods)
    if head in _HUMAN_HEADS and f.head in ("people", "person", "men", "women", "children", "passenger", "resident"):
        return verb in verbs or (len(verb) >= 4 and any(w.startswith(verb) for w in other_words))  # "injuries"
    events = _EVENT_NOUNS.get(head)
    if events and any(any(v.startswith(e) for v in verbs) for e in events):
        return True
    phrase = " ".join(np)
    return (
        len(np) >= 2 and phrase in other.text.lower() and f.start < other.span.start + other.text.lower().find(phrase)
    )


# ---------------------------------------------------------------- a refusal against a statement

_REFUSAL_RE = re.compile(
    r"\b(?:(?:declin|refus)(?:ed|es|e)\s+to|would\s+not|did\s+not\s+want\s+to|was\s+unable\s+to)\s+"
    r"(?P<act>comment|discuss|say|disclose|elaborate|detail|specify|reveal|give\s+details)\b(?P<rest>[^.;:]*)"
    r"|\bdid\s+not\s+(?:respond|reply)\s+to\s+(?:a\s+|repeated\s+)?requests?\s+for\s+comment\b(?P<rest2>[^.;:]*)",
    re.I,
)
_NOT_THE_FACT = re.compile(r"^\s*(?:further|beyond|in\s+detail|directly|on\s+the\s+record|publicly\s+further)\b", re.I)
_TOPIC_CUT = re.compile(
    r"\b(?:when|saying|but|although|as|after|because|citing|under|during|before|until|amid|despite|"
    r"and\s+(?:said|referred))\b|,"
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|announced|stated|confirmed|disclosed|revealed|wrote|explained|added)\b", re.I
)
_PAST_SPEECH = re.compile(
    r"\b(?:had|has\s+previously|previously|earlier|last\s+(?:week|month|year))\s+(?:\w+\s+)?said\b", re.I
)


def _subject_words(text: str) -> set[str]:
    """The words of the subject right before a verb phrase: "The ferry operator, Lite Shipping,"."""
    run = re.split(r"[.;:!?]|\b(?:and|but|while|after|when)\b", text)[-1]
    return {w for w in re.findall(r"[a-z]+", run.lower()) if w not in _STOP and w not in ("spokesperson", "spokesman")}


def refusal_conflicts(doc: Document) -> list[Conflict]:
    """ "X declined to discuss T" against "X said ... T ..." in another sentence, on the same dates."""
    sentences = _sentences(doc)
    out: list[Conflict] = []
    budget = _MAX_PAIRS
    for i, sent in enumerate(sentences):
        s = sent.text
        if not ("comment" in s or "declin" in s or "refus" in s or "would not" in s or "did not" in s):
            continue
        m = _REFUSAL_RE.search(sent.text)
        if m is None:
            continue
        rest = m.group("rest") if m.group("rest") is not None else m.group("rest2") or ""
        if _NOT_THE_FACT.match(rest) or "further" in rest.lower()[:40]:
            continue
        topic_text = re.sub(r"^\s*(?:on|about|whether|how|what|why|if|to)\b", "", rest)
        topic = _content(_TOPIC_CUT.split(topic_text, maxsplit=1)[0]) - {"comment", "request"}
        who = _subject_words(sent.text[: m.start()])
        if not who:  # "Ruth Chebet won the race, and declined to comment": the sentence's named subject
            who = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", sent.text[: m.start()])} - _STOP
        if not topic or not who:
            continue
        for j, other in enumerate(sentences):
            if j == i or budget <= 0:
                continue
            budget -= 1
            speech = _SPEECH.search(other.text)
            if speech is None or _REFUSAL_RE.search(other.text) or _PAST_SPEECH.search(other.text):
                continue
            party = _party(doc, other) or _subject_words(other.text[: speech.start()])
            if not _same_party(who, party):
                continue
            if len(topic & _content(other.text)) * 3 < len(topic) * 2:
                continue  # most of the topic's words must be in the statement
            if _dated_apart(sent, other) or (_times(sent.text) and not _times(other.text)):
                continue
            if _CHANGE.search(other.text) or _CONTRAST.search(other.text):
                continue
            reason = f'"{_clip(m.group(0).strip(), 70)}" against a statement of the same party on the same subject'
            out.append(_conflict("refusal", j, i, sentences, reason))
            break
    return out


# ---------------------------------------------------------------- not arrived against a decision about it

_NOT_ARRIVED_RE = re.compile(
    r"(?:\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<shead>[a-z][\w-]*)\s+|\b(?:it|they|we)\s+|\b)"
    r"(?:(?P<aux>has|have|did)\s+not\s+(?:yet\s+)?|(?:has|have)\s+yet\s+to\s+|never\s+)"
    r"(?P<verb>reach(?:ed)?|arrived?|receive[d]?|got|been\s+(?:received|delivered|submitted|filed|issued|published)|"
    r"issued?|published?|signed?|released?|filed?|submitted|submit)\b(?P<rest>[^.;]*)"
)
_HANDLING = (
    r"reject\w*|approv\w*|accept\w*|review\w*|consider\w*|process\w*|distribut\w*|unload\w*|vot\w+\s+(?:on|to)|"
    r"inspect\w*|sign\w*|debat\w*|examin\w*|discuss\w*|open\w*|hand\w*\s+out|deliver\w*"
)
_HANDLING_RE = re.compile(r"\b(?:" + _HANDLING + r")\b", re.I)
_OBJECT = re.compile(
    r"\s*(?:an?|the|any|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z][a-z-]+)"
    r"(?=\s*(?:$|,|\bfrom\b|\bof\b|\bfor\b|\bby\b|\bto\b|\bin\b|\bon\b|\bwith\b))(?P<tail>.*)"
)


def _made_re(stem_: str) -> re.Pattern[str]:
    """The same verb, affirmed: "issued", "has issued", "published" for "not issued"."""
    return re.compile(r"\b" + re.escape(stem_) + r"(?:e|es|ed|ing|s|d)?\b", re.I)


_MADE_HINT = re.compile(r"\b(?:issu|publish|sign|releas|fil|submit)")
_ARRIVAL_RE = re.compile(r"\b(?:reach(?:ed|es)?|arrived?|arrives|received?|receives)\b", re.I)


def arrival_conflicts(doc: Document) -> list[Conflict]:
    """ "The convoy has not reached Kessala" against "the convoy reached Kessala" or a decision about it."""
    sentences = _sentences(doc)
    out: list[Conflict] = []
    budget = _MAX_PAIRS
    for i, sent in enumerate(sentences):
        s = sent.text
        if not (" not " in s or " yet to " in s or "never" in s) or not (
            "reach" in s or "arriv" in s or "receiv" in s or "got" in s or _MADE_HINT.search(s)
        ):
            continue
        m = _NOT_ARRIVED_RE.search(sent.text)
        if m is None or _HYPOTHETICAL.search(sent.text[: m.start()]) or _CHANGE.search(sent.text):
            continue
        if re.search(
            r"\bby\s+(?:the\s+)?(?:time|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            m.group("rest"),
            re.I,
        ):
            continue
        verb = m.group("verb").lower()
        receiving = not verb.startswith(("reach", "arriv"))
        made = None if verb.startswith(("reach", "arriv", "receiv", "got", "been")) else verb_stem(verb)
        rest = _TOPIC_CUT.split(m.group("rest"), maxsplit=1)[0]
        if receiving:
            obj = _OBJECT.match(rest)
            if obj is None:
                continue
            thing, qualifiers = obj.group("head"), set(re.findall(r"\b[A-Z][\w'’-]+", obj.group("tail")))
        else:
            if not m.group("shead"):
                continue
            thing, qualifiers = m.group("shead"), set(re.findall(r"\b[A-Z][\w'’-]+", rest))
        thing_re = re.compile(r"\b" + re.escape(thing) + r"(?:s|es|['’]s)?\b", re.I)
        for j, other in enumerate(sentences):
            if j == i or budget <= 0:
                continue
            budget -= 1
            text = other.text
            if not thing_re.search(text) or not all(q in text for q in qualifiers):
                continue
            positive = _made_re(made).search(text) if made else _ARRIVAL_RE.search(text) or _HANDLING_RE.search(text)
            if positive is None:
                continue
            window = text[max(0, positive.start() - 25) : positive.start()]
            if _NEGATION.search(window) or _HYPOTHETICAL.search(text[: positive.end()]) or _CHANGE.search(text):
                continue
            if _dated_apart(sent, other) or _dispute(doc, sent, other):
                continue
            reason = f'"{_clip(m.group(0).strip(), 60)}" against "{positive.group(0)}" about the same {thing}'
            out.append(_conflict("arrival", j, i, sentences, reason))
    return out


def conflicts(doc: Document) -> list[Conflict]:
    """Every conflict of the three shapes, once per pair of sentences, in text order."""

    def build(d: Document) -> list[Conflict]:
        seen: set[tuple[int, int]] = set()
        out = []
        for c in [*none_conflicts(d), *refusal_conflicts(d), *arrival_conflicts(d)]:
            if (c.later, c.earlier) not in seen:
                seen.add((c.later, c.earlier))
                out.append(c)
        out.sort(key=lambda c: (c.later, c.earlier))
        return out

    return doc.derived("consistency.polarity", build)
