"""Statements that deny what another sentence of the same article asserts (for CON002).

Several shapes, read as (subject, predicate, object, polarity) and compared only when the
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
- **an event denied against the event told**: "The club has never been relegated" and "The
  club was relegated in 1998": a past or perfect negation of a verb, the same verb in the past
  tense in another sentence, about the same thing and by the same subject (habits such as
  "does not follow" and parts of a group such as "1% of respondents" are left alone).
- **a class against one member told otherwise** (:mod:`auditor.language.instances`): "no library
  would close" and "includes shutting the Westbrook branch library";
- **an act ruled out against the act announced**: "the company said it would not appeal" and "the
  same statement said Harlow would seek permission to appeal", one party resolved across its names;
- **every member against the exceptions**: "Every volunteer was paid" and "Some 60
  volunteers are still waiting for payment"; "All 2,400 patients completed the trial" and
  "130 dropped out".

One party's statements are also compared through the statement model of
:mod:`auditor.language.statements` (subject, predicate lemma, content and modality: asserted, open,
refused, denied): "Helix has not said how much it will cost" against "Helix said the pill would
cost about $1,000 a month".

"None" statements come in several shapes: "No arrests were made", "made no arrests", "did not
make any arrests", and the assurance "promised that no jobs would be lost".

A dispute the article reports is not a contradiction: when the two sentences are
attributed to different parties ("A denied, B confirmed"), or the later one marks the
contrast ("however", "but", "disputed"), nothing is reported. Modal and conditional
sentences ("may", "could", "once it arrives"), past perfects ("had not received") and
explicit changes ("later", "since", "by Wednesday") are left alone too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.language.arithmetic import figures
from auditor.language.attribution import document_attributions
from auditor.language.claims import document_claims, stem, verb_stem
from auditor.language.entities import display_name
from auditor.language.entities import words as _words
from auditor.language.instances import member_conflicts
from auditor.language.nonecount import HYPOTHETICAL as _HYPOTHETICAL
from auditor.language.nonecount import another_incident, count_matches, is_further, none_spans, told_as_further
from auditor.language.promises import breaches as promise_breaches
from auditor.language.senses import names_a_message, names_a_person, same_kind, senses
from auditor.language.statements import (
    StatementConflict,
    breaches,
    content_verb,
    lemma,
    party_at,
    same_speaker,
    speakers_differ,
    statement_conflicts,
)
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
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+(?:week|month|year)|"
    r"winter|spring|summer|autumn|(?:this|next)\s+(?:week|month|year))\b"
)
_SEASON_MONTHS = {
    "winter": {"december", "january", "february"}, "spring": {"march", "april"},
    "summer": {"june", "july", "august"}, "autumn": {"september", "october", "november"},
}  # fmt: skip
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday"}
_IN_A_YEAR = {m for ms in _SEASON_MONTHS.values() for m in ms} | {"may"} | set(_SEASON_MONTHS) | _DAYS
for _near in ("week", "month", "year"):  # "this year" holds "August" and "Thursday"; "this week" holds "Thursday"
    _SEASON_MONTHS[f"this {_near}"] = _SEASON_MONTHS[f"next {_near}"] = _IN_A_YEAR if _near == "year" else _DAYS
_CHANGE = re.compile(
    r"\b(?:initially|originally|at\s+first|previously|earlier|later|eventually|subsequently|now|no\s+longer|"
    r"since(?!\s+(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|last\b|the\s+(?:start|beginning)))|"
    r"until|so\s+far|by\s+then|afterwards|then|finally|reversed|changed)\b",
    re.I,
)
_CONTRAST = re.compile(
    r"\b(?:however|but|although|though|despite|contrary|disputed?|disputing|contradict\w*|insist\w*|countered|"
    r"rejected\s+(?:the|that)\s+(?:claim|account)|denied)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:no|not|never|none|nobody|without|n['’]t)\b", re.I)
_MAX_PAIRS = 400  # comparisons per article for each shape; articles rarely come near


class _PairBudget:
    """At most ``_MAX_PAIRS`` sentence comparisons per shape and article, however long the article."""

    def __init__(self) -> None:
        self.left = _MAX_PAIRS

    def others(self, sentences: list[Sentence], i: int) -> Iterator[tuple[int, Sentence]]:
        """Every sentence but the ``i``-th, while comparisons are left."""
        for j, other in enumerate(sentences):
            if j == i:
                continue
            if self.left <= 0:
                return
            self.left -= 1
            yield j, other


@dataclass(slots=True)
class Conflict:
    """A denial (or silence, or "none") and the sentence that asserts what it denies."""

    kind: str  # none | refusal | arrival | event | universal | open | refused | denied
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
        role = [w for w in role if w.isalpha() and w.islower()]  # not "for Vance, a spokesman said"
        source = a.source.rsplit(", ", 1)[-1]  # "Vance, a spokesman": the spokesman speaks, Vance ends the clause
        words.update(w for w in re.findall(r"[a-z]+", " ".join([*role, source]).lower()) if w not in _STOP)
    return None if words <= _ROLES else frozenset(words)


def _speaker_words(text: str) -> frozenset[str]:
    """The words of a sentence's trailing or "according to" source, roles included ("officials")."""
    m = _TRAILING_SAID.search(text) or _ACCORDING.search(text)
    return frozenset(w for w in re.findall(r"[a-z]+", m.group("src").lower()) if w not in _STOP) if m else frozenset()


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
    wide_a = ta.union(*(_SEASON_MONTHS.get(t, ()) for t in ta))  # "this winter" holds "January 6"
    wide_b = tb.union(*(_SEASON_MONTHS.get(t, ()) for t in tb))
    return bool(ta and tb and not (ta <= wide_b or tb <= wide_a))


_OPENING_DATE = re.compile(
    r"^(?:On|In|By|Since|From)\s+(?:[A-Z][a-z]+\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d|"
    r"[A-Z][a-z]+\s+(?:19|20)\d\d|(?:19|20)\d\d)\b"
)  # "On May 24, 2014, ...", "In March 2019 ...": a paragraph that opens on the date of what it tells


def _incident_date(sentences: list[Sentence], k: int) -> str | None:
    """The date sentence ``k`` tells of when it or its paragraph opens on one ("On May 24, 2014, a car was shot
    up ... No injuries were reported": the none is of May 24, 2014), as written; None when neither does."""
    s = sentences[k]
    for n in range(k, max(-1, k - 8), -1):
        if sentences[n].paragraph != s.paragraph:
            break
        m = _OPENING_DATE.match(sentences[n].text)
        if m:
            return " ".join(m.group(0).split()[1:]).replace(",", "")
        if n < k and _times(sentences[n].text):
            break  # a nearer sentence dated otherwise ("On Tuesday ...") sets another moment
    return None


def _incidents_apart(sentences: list[Sentence], i: int, j: int) -> bool:
    """Whether sentences ``i`` and ``j`` tell two incidents on two dates, each opening its sentence or its
    paragraph: a list of attacks, each "On <date>, ...", holds a "none" of one and a member of another."""
    a, b = _incident_date(sentences, i), _incident_date(sentences, j)
    return a is not None and b is not None and a != b


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + " …"


def _sentences(doc: Document) -> list[Sentence]:
    """The body sentences, as the claims hold them (``Document.body_sentences`` builds a new list per call)."""
    return document_claims(doc).sentences


# ---------------------------------------------------------------- "none" against a count

_EVENT_NOUNS = {
    "arrest": ("arrest", "detain"), "death": ("die", "kill"), "fatality": ("die", "kill"),
    "injury": ("injur", "hurt", "wound"), "casualty": ("kill", "injur", "wound"), "eviction": ("evict",),
    "case": ("confirm", "report", "record"), "complaint": ("receiv", "fil", "made"),
}  # fmt: skip
_LOSS = ("los", "lost", "cut", "axe", "shed", "slash", "eliminat", "scrap")  # verbs of one loss: jobs, posts, roles
_GENERIC_VERBS = frozenset(
    verb_stem(v) for v in ("made", "reported", "recorded", "found", "seen", "filed", "received")
)  # verbs that only say the things exist: "had not received any complaints" meets "records listed 14 complaints"
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
    every = [f for f in figures(doc) if f.kind == "count" and f.value >= 1 and not f.old]
    counts = [f for f in every if not f.hypothetical]
    words_of: dict[int, tuple[set[str], set[str]]] = {}  # each counting sentence's words, read once
    out: list[Conflict] = []
    budget = _MAX_PAIRS
    members: dict[str, set[str]] | None = None
    for i, sent in enumerate(sentences):
        s = sent.text
        if not ("No" in s or "no " in s or "none" in s or "obody" in s or "not " in s or "never " in s or "n't" in s):
            continue
        if s.rstrip().endswith("?"):
            continue
        for said, start, end, np, verb_word in none_spans(sent.text, _LIGHT_NOT_MAKE):
            if members is None:
                members = _members(every, sentences)
            # an assurance that none "would be lost" meets a plan to cut some: both speak of the future
            pool = every if " would " in said else counts
            ever = " ever " in said  # "No customer ever received a refund": no later change excuses a refund
            before = sent.text[max(0, start - 12) : start].lower()
            if re.search(r"\b(?:almost|nearly|virtually|if|whether)\s+$", before):
                continue
            np = [w for w in np if w not in _NP_ADVERBS] or np  # "No customer ever received": the noun is customer
            head = _singular(np[-1])
            mods = [w for w in np[:-1] if w not in _STOP]
            verb = verb_stem(verb_word)
            clause = re.split(r"[,;:]|\bsaid\b|\baccording\b", sent.text[end:], maxsplit=1)[0]
            clause = _CAUSE.split(clause, maxsplit=1)[0]  # "because of the storm" gives a cause, not a scope
            clause = _WHEN.split(clause, maxsplit=1)[0]  # "before her death" gives a time, not a scope
            scope = _content(clause) - {verb}
            if verb.startswith(_LOSS):
                scope -= _content("their jobs")  # "lose their jobs": the verb's own object
            hit = None
            for f in sorted(pool, key=lambda f: abs(f.sentence - i)):
                if f.sentence == i or budget <= 0:
                    continue
                budget -= 1
                other = sentences[f.sentence]
                if is_further(" ".join(np)) and not told_as_further(other.text):
                    continue  # "No further arrests have been made" follows the arrests it counts out
                if not _counts_same(f, head, mods, verb, other, np, words_of, members):
                    continue
                if not scope <= _content(other.text) | {stem(w) for w in f.verbs}:
                    continue  # "No chicks fledged from the southern stacks" is not about the northern cliffs
                if _dated_apart(sent, other) or (_CHANGE.search(other.text) and not ever) or _CHANGE.search(sent.text):
                    continue
                if _dispute(doc, sent, other):
                    continue
                if pool is counts and _HYPOTHETICAL.search(other.text[: f.start - other.span.start + 1]):
                    continue
                hit = (f.sentence, f.text, other)
                break
            # a vague count ("several customers") is weak: the "none" must be a clause, not a note ("no regressions found")
            if hit is None and budget > 0 and not _CHANGE.search(sent.text) and _FINITE_NONE.search(said):
                hit = _vague_count(doc, sentences, i, head, verb, scope, ever) or _told_event(
                    doc, sentences, i, head, verb, scope, future=" would " in said
                )
                budget -= 2 * len(sentences)
                if hit is not None and is_further(" ".join(np)) and not told_as_further(hit[2].text):
                    hit = None  # "no further arrests" after the arrests the article told first
            if hit is not None:
                j, counted, other = hit
                if counted.startswith("one case"):
                    reason = f'"{said}" against {counted}: none and one cannot both hold'
                else:
                    reason = f'"{said}" against a count of {counted} ({_clip(other.text, 60)})'
                out.append(_conflict("none", j, i, sentences, reason))
                break
    return out


_CHANGE_NOT_SINCE_DAY = re.compile(
    r"\bsince\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|\d)", re.I
)  # "in force since Monday night": a time the story is in, not a change
_ACKNOWLEDGED = re.compile(r"\b(?:despite|in\s+spite|contrary|disput\w*|contradict\w*|countered|rejected)\b", re.I)


def _changed(text: str, member: bool = False) -> bool:
    """A change told ("later", "no longer", "since then"); in a member's clause, not its own time ("will
    not open until February") nor an adjective ("his earlier conviction")."""
    for m in _CHANGE.finditer(text):
        if _CHANGE_NOT_SINCE_DAY.match(text, m.start()):
            continue
        if member and (m.group(0).lower() == "until" or _before_a_noun(text, m)):
            continue
        return True
    return False


def _before_a_noun(text: str, m: re.Match[str]) -> bool:
    """ "his earlier conviction", "a later hearing": an adjective of time, not a change told."""
    if m.group(0).lower() not in ("earlier", "later"):
        return False
    nxt = re.match(r"\s+([a-z]+)\b", text[m.end() :])
    if not nxt or not senses(nxt.group(1), "n") or senses(nxt.group(1), "v"):
        return False
    return not names_a_message(nxt.group(1))  # "in a later statement" is a change told


def class_members(doc: Document) -> list[Conflict]:
    """A statement about a whole class against one member told otherwise (:mod:`auditor.language.instances`):
    "no library would close" and "includes shutting the Westbrook branch library"; "all of the new stops
    would open" and "the Hollin Bridge stop will not open", unless the two are dated apart, either tells a
    change, the member sentence marks the contrast ("despite") or another incident, or two parties speak."""
    sentences = _sentences(doc)
    out: list[Conflict] = []
    for c in member_conflicts(sentences):
        i, j = c.claim.sentence, c.sentence
        sent, other = sentences[i], sentences[j]
        if _dated_apart(sent, other) or _changed(sent.text) or _changed(c.told, member=True):
            continue
        if _incidents_apart(sentences, i, j):
            continue  # "On May 24 ... No injuries were reported" and "On November 12 ... a gunshot wound"
        if _ACKNOWLEDGED.search(other.text) or another_incident(other.text):
            continue
        if speakers_differ(doc, sentences, i, j):
            continue  # "the union said no member would ..." and "the company said 40 would ...": a dispute
        said = _clip(c.claim.said, 70)
        if c.member.islower() and " " not in c.member:  # the act told by its verb: "limited"
            reason = f'"{said}" says there was none, but "{c.member}" tells one'
        else:
            quantity = "none of them" if c.claim.quantifier == "none" else "all of them"
            reason = f'"{said}" says {quantity}, but "{_clip(c.member, 50)}" is one, told otherwise'
        out.append(_conflict("member", i, j, sentences, reason))
    return out


_RULED_OUT = re.compile(r"\b(?:would|will)\s+(?:not|never)\s+(?P<verb>[a-z]{4,})\b(?P<rest>[^.;:]*)")
_NOT_AN_ACT = frozenset(
    verb_stem(w)
    for w in _words(
        "be have comment say confirm discuss disclose reveal give make take get go come know want need allow accept "
        "affect change stop happen work let seem tell speak respond answer elaborate specify name identify rule "
        "support oppose stand hesitate tolerate hold keep stay remain return"
    )
)
_ANNOUNCED = re.compile(r"(?:\b(?:would|will|to|has|have|had|shall)\s+(?:now\s+)?$)")
_NOT_SO = re.compile(
    r"\b(?:not|never|no|n['’]t|could|might|may|if|unless|whether|consider\w*|threat\w*|warn\w*|urged?|asked|calls?)\b",
    re.I,
)


def ruled_out_acts(doc: Document) -> list[Conflict]:
    """One party rules an act out and announces it: "the company said it ... would not appeal" and "the same
    statement said Harlow would seek permission to appeal"; "said he would not resign" and "he will resign
    in May". The act is a verb of its own (not "comment" or "say"), told after "would", "will", "to" or
    "has"; both parties must resolve to one (:func:`statements.party_at`), and neither sentence may be
    dated apart, tell a change, or frame the act as a condition, a call or a question."""
    sentences = _sentences(doc)
    out: list[Conflict] = []
    budget = _MAX_PAIRS
    for i, sent in enumerate(sentences):
        text = sent.text
        if " not " not in text and " never " not in text:
            continue
        for m in _RULED_OUT.finditer(text):
            verb = m.group("verb").lower()
            stem_ = verb_stem(verb)
            if stem_ in _NOT_AN_ACT or not senses(verb, "v") or _HYPOTHETICAL_ACT.search(text[: m.start()]):
                continue
            if _changed(text):
                continue
            party = None
            forms = _verb_forms(stem_)
            for j, other in enumerate(sentences):
                if j == i or budget <= 0:
                    continue
                otext = other.text
                if stem_ not in otext.lower():
                    continue
                budget -= 1
                for f in forms.finditer(otext):
                    if verb_stem(f.group(0).lower()) != stem_ or not _ANNOUNCED.search(
                        otext[max(0, f.start() - 12) : f.start()]
                    ):
                        continue
                    clause = re.split(r"[;:]", otext[: f.start()])[-1]
                    if _NOT_SO.search(clause[-60:]) or _changed(otext) or _ACKNOWLEDGED.search(otext):
                        continue
                    if _dated_apart(sent, other):
                        continue
                    if party is None:
                        party = party_at(doc, sentences, i, m.start()) or ""
                    if not party or party_at(doc, sentences, j, f.start()) != party:
                        continue
                    if speakers_differ(doc, sentences, i, j):
                        continue  # "rivals said Calder would not survive" and "Calder will survive, its boss said"
                    reason = f'"{_clip(m.group(0).strip(), 60)}" rules out what "{_clip(clause.strip() + " " + f.group(0), 60)}" announces'
                    out.append(_conflict("ruled-out", i, j, sentences, reason))
                    break
                else:
                    continue
                break
    return out


_HYPOTHETICAL_ACT = re.compile(r"\b(?:if|unless|whether|asked|urged)\b[^.;:]*$", re.I)


def broken_assurances(doc: Document) -> list[Conflict]:
    """An assurance that an act would not happen against a sentence telling it (:mod:`auditor.language.promises`):
    "promised there will be no job cuts" and "announced 400 redundancies", unless the two are dated apart,
    either tells a change or a contrast ("despite its pledge"), or two parties speak."""
    sentences = _sentences(doc)
    out: list[Conflict] = []
    for b in promise_breaches(sentences):
        sent, other = sentences[b.assurance.sentence], sentences[b.sentence]
        if _dated_apart(sent, other) or _CHANGE.search(sent.text) or _CHANGE.search(other.text):
            continue
        if _CONTRAST.search(other.text) or speakers_differ(doc, sentences, b.assurance.sentence, b.sentence):
            continue  # "despite its pledge"; "the union said ..." and "the government said ...": a dispute
        reason = f'the assurance "{_clip(b.assurance.said, 70)}" against "{b.told}"'
        out.append(_conflict("assurance", b.assurance.sentence, b.sentence, sentences, reason))
    return out


def counted_nones(doc: Document) -> list[Conflict]:
    """A "none" fact against a count of it in other words (:mod:`auditor.language.nonecount`): "No injuries
    were reported" and "Two firefighters were treated in hospital", unless the two are dated apart, either
    tells a change, the count is of another incident, or two parties' accounts differ (a dispute)."""
    sentences = _sentences(doc)
    out: list[Conflict] = []
    done: set[int] = set()
    for match in count_matches(doc.text, sentences, figures(doc)):
        i, j = match.none.sentence, match.sentence
        if i in done:
            continue
        sent, other = sentences[i], sentences[j]
        if _dated_apart(sent, other) or _CHANGE.search(sent.text) or _CHANGE.search(other.text):
            continue
        if another_incident(other.text) or _HYPOTHETICAL.search(other.text) or _dispute(doc, sent, other):
            continue
        speakers = _speaker_words(sent.text), _speaker_words(other.text)
        if all(speakers) and not _same_party(*speakers):
            continue  # "no fatalities, officials said" and "killed two, the hospital said": two accounts
        done.add(i)
        reason = f'"{match.none.said}" against a count of the same thing ("{_clip(match.counted, 60)}")'
        out.append(_conflict("none", j, i, sentences, reason))
    return out


_FINITE_NONE = re.compile(r"\b(?:ever|has|have|had|was|were|is|are|did|would|will)\b", re.I)
_NP_ADVERBS = _words("ever yet still actually really even currently")
_VAGUE_COUNT = re.compile(
    r"\b(?:[Ss]everal|[Ss]ome|[Mm]any|[Aa]\s+few|[Dd]ozens|[Hh]undreds|[Tt]housands|[Aa]\s+number|[Aa]\s+handful)\s+"
    r"(?:of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w'’-]*['’]s\s+)?)?(?:[a-z][\w'’-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\b(?!['’])"
)


def _told_event(
    doc: Document, sentences: list[Sentence], i: int, head: str, verb: str, scope: set[str], future: bool = False
) -> tuple[int, str, Sentence] | None:
    """An event the "none" denies, told of one case: "No deaths have been reported" against "a
    two-year-old had died"; "no rider had been taken to hospital" against "Hughes, who was taken to
    hospital". Event nouns meet their verbs; people meet a named person the same thing happened to; a
    thing meets one case of it or of a kind of it (senses.same_kind), indefinite or named ("a small
    bridge near Lom", "the Old Mill footbridge"). An assurance that none would ("no depot would close")
    meets a case told in the future too ("the Hexley depot will close in May")."""
    sent = sentences[i]
    events = _EVENT_NOUNS.get(head)
    person = head in _HUMAN_HEADS or head.endswith(("er", "or", "ist", "ian", "ent", "ant"))
    stems = events or (verb,)
    for j, other in enumerate(sentences):
        text = other.text
        if j == i or text.rstrip().endswith("?") or not any(st in text for st in stems):
            continue
        for m in re.finditer(r"\b[a-z]+\b", text):
            word = m.group(0)
            if future:  # "will close", "is to close": the future an assurance spoke of, not a past closure
                told = bool(_WILL_BEFORE.search(text[max(0, m.start() - 16) : m.start()]))
            else:
                told = word.endswith(("ed", "en")) or word in _IRREGULAR_PARTICIPLES
            if not told or not any(verb_stem(word).startswith(st) for st in stems):
                continue
            before = text[max(0, m.start() - 30) : m.start()]
            if _NEGATION.search(before) or _framed_hypothetical(re.split(r"[.;:]", text[: m.start()])[-1], scope):
                continue
            if re.search(r"\b(?:nearly|almost|narrowly)\s+$", before, re.I):
                continue  # "nearly failed" did not fail
            case = _person_case(text, m.start(), head) if person else None
            if person and case is None and not _NAMED_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
                continue  # a person: the sentence must describe or name who it happened to
            if not (events or person):
                case = _case_before(text, m.start(), head) or _object_case(text, m.end(), head)
                if case is None:
                    continue  # a thing: "A small dam near Jesenik failed" names one case of it; so does
                    # "the union had called a second, 48-hour walkout" one case of "strikes"
            if not scope <= _content(text) or _dated_apart(sent, other) or _CHANGE.search(text):
                continue
            if _dispute(doc, sent, other):
                continue
            return j, (f'one case, "{case} ... {word}"' if case else f'"{word}"'), other
    return None


def _framed_hypothetical(text: str, scope: set[str]) -> bool:
    """A modal or conditional word in ``text``, other than the plan both statements are about: "Under the
    plan, the depot will close" tells what "no depot would close under the plan" denies."""
    return any(_content(m.group(0)) - scope or not _content(m.group(0)) for m in _HYPOTHETICAL.finditer(text))


_WILL_BEFORE = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?:be\s+)?$")
_CASE = re.compile(
    r"\b(?P<det>[Aa]n?|[Oo]ne|[Tt]he)\s+(?P<np>(?:[\w'’-]+\s+){0,4}?[a-z][a-z-]{2,})"
    r"(?:\s+(?:near|in|at|on|of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"\s+(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:been\s+|be\s+)?(?:\w+ly\s+)?$"
)  # the verb's subject, right before it: nothing but "near Lom", an auxiliary or an adverb between


def _case_before(text: str, verb_at: int, head: str) -> str | None:
    """One case of ``head`` (or of a kind of it) as the subject right before a verb: indefinite ("A small
    bridge near Lom collapsed") or named ("the Old Mill footbridge was damaged"), never "the bridges"."""
    m = _CASE.search(text[max(0, verb_at - 70) : verb_at])
    if m is None:
        return None
    words = m.group("np").split()
    noun = words[-1]
    if noun in _NP_ENDS or noun in _STOP:
        return None
    definite = m.group("det").lower() == "the"
    if definite and not any(w[:1].isupper() for w in words[:-1]):
        return None  # "the library" may be the article's one library, or all of them; a name picks one case
    if definite and _singular(noun) != noun:
        return None  # "the Northgate libraries": more than one case, with no count to compare
    if noun == head or _singular(noun) == head or (noun.isalpha() and same_kind(noun, head)):
        return " ".join([m.group("det"), *words])
    return None


_NP_ENDS = _words("of about on for to in with over at by after from against into that which who and or but as")
_ONE_OBJECT = re.compile(r"\s+(?:an?|another|one)\s+(?P<np>(?:[\w-]+,?\s+){0,3}[a-z]+)\b")


def _object_case(text: str, end: int, head: str) -> str | None:
    """The one case of ``head`` the verb ending at ``end`` takes as its object, in the same or another
    word of its kind (senses.same_kind): "called a second, 48-hour walkout" for "strikes"."""
    m = _ONE_OBJECT.match(text, end)
    if m is None:
        return None
    words: list[str] = []
    for w in re.findall(r"[a-z]+", m.group("np")):
        if w in _NP_ENDS:
            break  # "a meeting about the strike" is a meeting: the noun phrase ends at its preposition
        words.append(w)
    return m.group(0).strip() if any(same_kind(w, head) for w in words) else None


_DESCRIBED_PERSON = re.compile(
    r"\b[Aa]n?\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]{3,})(?:\s+(?:from|of|in|aged)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?:,\s+[^,]{1,50})?,?\s+(?:who\s+)?"
    r"(?:(?:was|were|had|has)\s+(?:been\s+)?)?$"
)  # "a 14-year-old cyclist, from Leeds, who was taken", "a rider from Hull, who was", "a pensioner had died"


def _person_case(text: str, verb_at: int, head: str) -> str | None:
    """The one person the sentence describes as the one the verb at ``verb_at`` happened to ("a teenage
    cyclist was hurt"), of the kind the "none" denies (anyone for "no one"; a rider for "no cyclist")."""
    m = _DESCRIBED_PERSON.search(text[max(0, verb_at - 90) : verb_at])
    if m is None or _DISTINCT_THING.search(m.group(0)):
        return None  # "another cyclist", "a second rider": not one of those the "none" was about
    noun = m.group("noun")
    if not names_a_person(noun):
        return None
    if head in _HUMAN_HEADS or _singular(noun) == head or same_kind(noun, head):
        return text[max(0, verb_at - 90) + m.start() : max(0, verb_at - 90) + m.start("noun") + len(noun)]
    return None


_NAMED_BEFORE = re.compile(
    r"(?:(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+who\s+)"
    r"(?:who\s+)?(?:was|were|had\s+been)\s+$"
)  # a name before the verb; at a sentence's start only with ", who" ("Hughes, who was taken")


def _vague_count(
    doc: Document, sentences: list[Sentence], i: int, head: str, verb: str, scope: set[str], ever: bool
) -> tuple[int, str, Sentence] | None:
    """ "Several of the firm's customers received refunds" against "No customer received a refund"."""
    sent = sentences[i]
    root = head[:-1] if head.endswith("y") else head  # "company" in "companies"
    for j, other in enumerate(sentences):
        if j == i or root not in other.text or other.text.rstrip().endswith("?"):
            continue
        for m in _VAGUE_COUNT.finditer(other.text):
            if _singular(m.group("head").lower()) != head:
                continue
            clause = re.split(r"[,;:]", other.text[m.end() :], maxsplit=1)[0]
            form = next((w for w in re.findall(r"[a-z]+", clause.lower()) if verb_stem(w) == verb), None)
            if form is None or _NEGATION.search(clause) or _HYPOTHETICAL.search(other.text[: m.end()] + clause):
                continue
            if not scope <= _content(other.text):
                continue
            if _dated_apart(sent, other) or (_CHANGE.search(other.text) and not ever) or _dispute(doc, sent, other):
                continue
            return j, m.group(0), other
    return None


_WHEN = re.compile(r"\b(?:before|since|until|during|by\s+the\s+time)\b", re.I)
_CAUSE = re.compile(r"\b(?:because|due\s+to|after|amid|following|despite|as\s+a\s+result)\b", re.I)


_MEMBERS_VERB = re.compile(
    r"^(?:\s+[a-z][\w-]*){1,3}?\s+(?:are|were|include|included|comprise|comprised|consist\s+of|consisted\s+of)\s"
)
_JOB_LOSS = _words("redundant redundancies redundancy laid sacked dismissed layoffs")


def _members(figs: list, sentences: list[Sentence]) -> dict[str, set[str]]:
    """What the article says a counted group is made of: "The 11 staff are four teachers, five teaching
    assistants and two kitchen staff" makes teachers and teaching assistants members of the staff."""
    out: dict[str, set[str]] = {}
    by_sentence: dict[int, list] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence, []).append(f)
    for i, figs_i in by_sentence.items():
        if len(figs_i) < 3:
            continue
        sent = sentences[i]
        for n, whole in enumerate(figs_i[:-2]):
            if not (whole.definite and whole.head) or not _MEMBERS_VERB.match(sent.text[whole.end - sent.span.start :]):
                continue
            parts = [p.head for p in figs_i[n + 1 :] if p.head and p.head != whole.head and p.value < whole.value]
            if len(parts) >= 2:
                out.setdefault(whole.head, set()).update(parts)
    return out


def _counts_same(
    f,
    head: str,
    mods: list[str],
    verb: str,
    other: Sentence,
    np: list[str],
    cache: dict | None = None,
    members: dict[str, set[str]] | None = None,
) -> bool:
    """Whether figure ``f`` counts what the "none" statement says there were none of: the same noun, one
    kind of it (senses.same_kind) or a member the article declared (``_members``)."""
    words = cache.get(other.index) if cache is not None else None
    if words is None:
        other_words = set(re.findall(r"[a-z][\w-]*", other.text.lower()))
        stems = {verb_stem(w) for w in other_words if w.endswith(("ed", "ing", "en"))}
        words = (other_words, stems)
        if cache is not None:
            cache[other.index] = words
    other_words, stems = words
    verbs = set(f.verbs) | stems | ({verb_stem(verb)} if verb in other_words else set())
    if verb not in verbs and any(verb_stem(w) == verb for w in other_words):
        verbs.add(verb)  # a base form: "no teacher would lose" and "three teachers will lose"
    same_verb = verb in verbs or verb in _GENERIC_VERBS
    member = bool(f.head and members and f.head in members.get(head, ()))
    if f.head == head or member or (f.head and same_kind(f.head, head)):
        if not same_verb and verb.startswith(_LOSS):  # "no jobs would be lost" and "45 jobs would be cut"
            same_verb = any(v.startswith(_LOSS) for v in verbs) or bool(_JOB_LOSS & other_words)
        return same_verb and (member or all(m in other_words for m in mods))
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
    r"|\bdid\s+not\s+(?:respond|reply)\s+to\s+(?:a\s+|repeated\s+)?requests?\s+for\s+comment\b(?P<rest2>[^.;:]*)"
    r"|\b(?:denied|denies|deny|dismissed|rejected)\s+(?:claims\s+|reports\s+|suggestions\s+)?that\b(?P<rest3>[^.;:]*)",
    re.I,
)
_BEFORE_FRAME = re.compile(r"\b[Bb]efore\s+(?:the|its|his|her|their)\s+[a-z]+")
_TOLD_CHANGE = re.compile(r"\b(?:initially|originally|at\s+first|previously|had\s+earlier)\b", re.I)
_DENIED_BEFORE = re.compile(r"\b(?:denied|denies|deny|dismissed|rejected)\b[^.;]*$", re.I)
_NOT_DENIED = re.compile(r"\b(?:nor|neither|not|never|n['’]t|would|could|may|might|to)\s+(?:\w+\s+)?$", re.I)
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


def _may_refuse(low: str) -> bool:
    """Whether a lowered sentence holds a word each branch of ``_REFUSAL_RE`` needs."""
    return (
        "declin" in low or "refus" in low or "not" in low or "unable" in low or "deni" in low or "deny" in low
        or "dismissed" in low or "rejected" in low
    )  # fmt: skip


def refusal_conflicts(doc: Document) -> list[Conflict]:
    """ "X declined to discuss T" against "X said ... T ..." in another sentence, on the same dates."""
    sentences = _sentences(doc)
    out: list[Conflict] = []
    budget = _PairBudget()
    for i, sent in enumerate(sentences):
        s = sent.text
        if not ("comment" in s or "declin" in s or "refus" in s or "would not" in s or "did not" in s or "den" in s):
            continue
        if not _may_refuse(s.lower()):
            continue  # none of the words the expression needs: it is not run ("den" is in "president")
        m = _REFUSAL_RE.search(sent.text)
        if m is None:
            continue
        rest = next((g for g in m.group("rest", "rest2", "rest3") if g is not None), "")
        if _NOT_THE_FACT.match(rest) or "further" in rest.lower()[:40]:
            continue
        if _TOLD_CHANGE.search(sent.text) or _BEFORE_FRAME.search(sent.text[: m.start()]):
            continue  # "had at first refused to say", "Before the race he would not say": the sentence itself
            # dates the refusal before what another sentence tells
        denial = m.group("rest3") is not None
        denied_verb = content_verb(rest) if denial else ""
        if denial and _NOT_DENIED.search(sent.text[max(0, m.start() - 30) : m.start()]):
            continue  # "would neither confirm nor deny that": a refusal, and "did not deny" is no denial
        topic_text = re.sub(r"^(?:\s*(?:on|about|whether|how|what|why|if|to)\b)+", "", rest)  # "on whether"
        topic = _content(_TOPIC_CUT.split(topic_text, maxsplit=1)[0]) - {"comment", "request"}
        who = _subject_words(sent.text[: m.start()])
        if not who:  # "Ruth Chebet won the race, and declined to comment": the sentence's named subject
            who = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", sent.text[: m.start()])} - _STOP
        if not topic or not who:
            continue
        for j, other in budget.others(sentences, i):
            speech = _SPEECH.search(other.text)
            if speech is None or _REFUSAL_RE.search(other.text) or _PAST_SPEECH.search(other.text):
                continue
            party = (_party(doc, other) or set()) | _subject_words(other.text[: speech.start()])
            if not _same_party(who, party):
                continue
            if len(topic & _content(other.text)) * 3 < len(topic) * 2:
                continue  # most of the topic's words must be in the statement
            if _dated_apart(sent, other) or (_times(sent.text) and not _times(other.text)):
                continue
            if _CHANGE.search(other.text) or _CONTRAST.search(other.text):
                continue
            if denial and _NEGATION.search(other.text[speech.end() :]):
                continue  # a denial meets only a statement that asserts what was denied
            if denied_verb and denied_verb not in {lemma(w) for w in re.findall(r"[a-z]+", other.text.lower())}:
                continue  # "denied that it had dumped waste" is not met by "said it had stored waste"
            reason = f'"{_clip(m.group(0).strip(), 70)}" against a statement of the same party on the same subject'
            out.append(_conflict("refusal", j, i, sentences, reason))
            break
    return out


# ---------------------------------------------------------------- not arrived against a decision about it

_NOT_ARRIVED_RE = re.compile(
    r"(?:\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<shead>[a-z][\w-]*)\s+|\b(?:it|they|we)\s+|\b)"
    r"(?:(?P<aux>has|have|did|had)\s+not\s+(?:yet\s+)?|(?:has|have)\s+yet\s+to\s+|never\s+|"
    r"(?:denied|denies|deny)\s+(?:ever\s+)?(?:having\s+)?)"
    r"(?P<verb>reach(?:ed)?|arrived?|receive[ds]?|receiving|got|been\s+(?:received|delivered|submitted|filed|issued|published)|"
    r"issued?|published?|signed?|released?|filed?|submitted|submit)\b(?P<rest>[^.;]*)"
)
_HANDLING = (
    r"reject\w*|approv\w*|accept\w*|review\w*|consider\w*|process\w*|distribut\w*|unload\w*|vot\w+\s+(?:on|to)|"
    r"inspect\w*|sign\w*|debat\w*|examin\w*|discuss\w*|open\w*|hand\w*\s+out|deliver\w*|display\w*|exhibit\w*|"
    r"install\w*|unveil\w*|restor\w*|auction\w*|sold|sell\w*|stor(?:ed|ing)|turn\w*\s+down|"
    r"refus\w*|grant\w*|uphold\w*|upheld|dismiss\w*|overturn\w*|quash\w*|forward\w*|answer\w*|assess\w*|"
    r"investigat\w*|rul(?:ed|es|ing)\s+on|heard|hear(?:s|ing)"
)  # what a body does with a request, complaint, appeal or application it has: it must have received it
_RECEIVED_NO = re.compile(r"\b(?P<aux>has|have|had)\s+received\s+no\b")
_AWAITING = re.compile(r"\b(?:is|are)\s+still\s+(?:waiting\s+for|awaiting)\b")  # "is still waiting for the report"
_HANDLING_RE = re.compile(r"\b(?:" + _HANDLING + r")\b(?!-)", re.I)  # "open-ended" is no opening
_OBJECT = re.compile(
    r"\s*(?:an?|the|any|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z][a-z-]+)"
    r"(?=\s*(?:$|,|\b(?:from|of|for|by|to|in|on|with|about|against|over|regarding|concerning)\b))(?P<tail>.*)"
)


def _made_re(stem_: str) -> re.Pattern[str]:
    """The same verb, affirmed: "issued", "has issued", "published" for "not issued"."""
    return re.compile(r"\b" + re.escape(stem_) + r"(?:e|es|ed|ing|s|d)?\b", re.I)


_MADE_HINT = re.compile(r"\b(?:issu|publish|sign|releas|fil|submit)")
_ARRIVAL_RE = re.compile(r"\b(?:reach(?:ed|es)?|arrived?|arrives|received?|receives)\b", re.I)


_BACKSHIFT = re.compile(
    r"\b(?:said|says|told\s+\w+|insisted|added|stated|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|they|we|he|she|(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s*$"
)


def arrival_conflicts(doc: Document) -> list[Conflict]:
    """ "The convoy has not reached Kessala" against "the convoy reached Kessala" or a decision about it."""
    sentences = _sentences(doc)
    out: list[Conflict] = []
    budget = _PairBudget()
    for i, sent in enumerate(sentences):
        s = _AWAITING.sub("has not received", sent.text) if "wait" in sent.text else sent.text
        s = _RECEIVED_NO.sub(r"\g<aux> not received a", s) if "received no" in s else s  # "had received no complaint"
        if not (" not " in s or " yet to " in s or "never" in s or "den" in s) or not (
            "reach" in s
            or "arriv" in s
            or "receiv" in s
            or "got" in s
            or (
                ("issu" in s or "publish" in s or "sign" in s or "releas" in s or "fil" in s or "submit" in s)
                and _MADE_HINT.search(s)
            )
        ):
            continue
        m = _NOT_ARRIVED_RE.search(s)  # "is still waiting for the report" read as "has not received the report"
        if m is None or _HYPOTHETICAL.search(s[: m.start()]) or _CHANGE.search(s):
            continue
        if m.group("aux") == "had" and not _BACKSHIFT.search(s[: m.start("aux")]):
            continue  # "had not received" is an earlier moment, unless it reports "has not received"
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
            narrowing = _content(obj.group("tail")) - _content(thing)  # "from the two defendants", "about the lecturer"
        else:
            if not m.group("shead"):
                continue
            thing, qualifiers = m.group("shead"), set(re.findall(r"\b[A-Z][\w'’-]+", rest))
            narrowing = set()
        thing_re = re.compile(r"\b" + re.escape(thing) + r"(?:s|es|['’]s)?\b", re.I)
        for j, other in budget.others(sentences, i):
            text = other.text
            if not thing_re.search(text) or not all(q in text for q in qualifiers):
                continue
            if narrowing and not narrowing & _content(text):
                continue  # "an appeal from the two defendants" is not "an appeal from a third man"
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
        for c in [
            *_model_conflicts(d),  # first: its messages name the party and both statements
            *none_conflicts(d),
            *counted_nones(d),
            *class_members(d),
            *ruled_out_acts(d),
            *broken_assurances(d),
            *refusal_conflicts(d),
            *arrival_conflicts(d),
            *event_conflicts(d),
            *universal_conflicts(d),
        ]:
            if (c.later, c.earlier) not in seen and not _another_time(c, _sentences(d)):
                seen.add((c.later, c.earlier))
                out.append(c)
        out.sort(key=lambda c: (c.later, c.earlier))
        return out

    return doc.derived("consistency.polarity", build)


_PAST_DATE = re.compile(
    r"(?<!since )(?<!until )\b(?:(?:19|20)\d\d|last\s+(?:year|month|week|season|summer|winter|spring|autumn))\b", re.I
)  # "since 2021" reaches the story's moment


def _another_time(c: Conflict, sentences: list[Sentence]) -> bool:
    """Whether a "none" statement or an assurance and what it is held against are two moments: the telling
    is dated ("in 2019", "last year") or names another incident ("a separate demonstration") while the
    "none" is not dated at all, so it speaks of the story's own moment ("No one died in the blaze" /
    "Two residents died in a blaze in 2019"); "ever" reaches every moment."""
    if c.kind not in ("none", "assurance"):
        return False
    pair = sentences[c.earlier].text, sentences[c.later].text
    for told, other in (pair, pair[::-1]):
        if " ever " in other or " ever " in told:
            return False
        dated = (_PAST_DATE.search(told) and not _PAST_DATE.search(other)) or another_incident(told)
        if dated and re.search(r"(?i)\b(?:no|none|nobody|not|never)\b", other):
            return True
    return False


def _model_conflicts(doc: Document) -> list[Conflict]:
    """The statement model's conflicts: one party's open, refused or denied content against its assertion,
    and an assurance that something would not happen against a sentence that tells it happening."""
    sentences = _sentences(doc)
    out = [
        _conflict(c.negative.modality, c.negative.sentence, c.positive.sentence, sentences, _model_reason(c))
        for c in statement_conflicts(doc)
    ]
    for b in breaches(doc, sentences):
        if b.assured_by and b.told_by and not same_speaker(doc, b, sentences):
            continue  # "the union said the strike would not end" and "the government said it would": a dispute
        reason = f'the assurance "{_clip(b.said, 70)}" against "{b.told}" told of the same {b.thing}'
        out.append(_conflict("assurance", b.assurance, b.breach, sentences, reason))
    return out


def _model_reason(c: StatementConflict) -> str:
    """Both statements, who made them and why one party cannot hold both."""
    neg, pos = c.negative, c.positive
    party = display_name(neg.subject.removeprefix("country:"))
    names = [
        w
        for w in dict.fromkeys((neg.who, pos.who))
        if w.lower().removeprefix("the ") not in (party.lower(), "it", "they")
    ]
    alias = f" ({' and '.join(names)} {'speaks' if len(names) == 1 else 'both speak'} for {party})" if names else ""
    held = {"open": "leaves open", "refused": "refuses to say", "denied": "denies", "no plan": "holds no plan for"}[
        neg.modality
    ]
    does = "decides elsewhere" if neg.modality == "no plan" else "asserts elsewhere"
    detail = f"; {c.detail}" if c.detail else ""
    return f'{party} {held} what it {does}: "{_clip(neg.text, 70)}" against "{_clip(pos.text, 70)}"{alias}{detail}'


# ---------------------------------------------------------------- a negated event against the event

_NEG_EVENT_RE = re.compile(
    r"\b(?:(?P<aux>did|has|have|had|was|were)(?:\s+not|n['’]t)|(?P<aux2>has|have|had|was|were)\s+never"
    r"|(?P<never>never))\s+(?:yet\s+)?(?P<be>(?:been|be)\s+)?(?:(?:actually|officially|formally|even|ever|fully)\s+)?"
    r"(?P<verb>[a-z]{3,})\b"
)
_PARTICIPLE_RE = re.compile(r"[a-z]{3,}(?:ed|en)$")
_EVENT_LIGHT = frozenset(
    verb_stem(w)
    for w in _words(
        "be have do say know think want need like seem appear mean expect believe feel care matter get go "
        "come make take see look let try use give tell ask call become put keep show hear play live happen "
        "exist include allow comment respond reply answer remember understand recall specify elaborate "
        "confirm acknowledge admit announce concede disclose deny mind bother hesitate stop intend plan wish "
        "hope disclose reveal identify name require change affect involve consider intend"
    )
)
_LIGHT_NOT_MAKE = _EVENT_LIGHT - {verb_stem("make")}  # "made no arrests": make is the verb of counting
_IRREGULAR_PARTICIPLES = _words(
    "paid made held sold built sent cut shut lost won left found seen hurt struck caught bought brought "
    "kept met told given taken broken chosen spent stolen thrown begun done gone"
)
_PRONOUNS = _words("it they he she we i this that these those there which who")
_FIRST_SECOND = _words("we i you")
_MODAL_BEFORE = re.compile(r"\b(?:can|could|will|would|shall|should|must|may|might)\s+(?:\w+\s+)?$", re.I)
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+|always\s+|then\s+)?$", re.I)
_NOT_TOLD_BEFORE = re.compile(
    r"\b(?:will|shall|can|cannot|must|going\s+to|to)\s+(?:\w+\s+)?(?:be|been|have\s+been|get)\s+$", re.I
)
_CLAUSE_START = re.compile(r"[,;:(]|\b(?:and|but|while|after|when|because|although|as|that|which|who)\b")
_REPORTED = re.compile(r"\b(?P<who>[^,;:]{2,60}?)\s+(?:said|says|told\s+\w+|insisted|added|stated)\s+(?:that\s+)?$")
_DET = r"(?:(?:a|an|the|its|their|his|her|any|this|that)\s+)?"
_OBJECT_HEAD = re.compile(
    r"\s*"
    + _DET
    + r"(?:[a-z][\w'’-]*\s+){0,2}?(?P<head>[a-z][a-z-]{2,})(?=\s*(?:$|[,.;:]|\b(?:in|at|on|for|from|to|by|with|after|before|until|since|because)\b))"
)
_POSTMODIFIER = re.compile(r"\b(?:of|for|with|in|at|on|from|by|to|about|over|under|near)\b")
_FORM_CACHE: dict[str, re.Pattern[str]] = {}


def _verb_forms(stem_: str) -> re.Pattern[str]:
    """Any inflection of a verb stem, irregular past forms included ("paid" for "pay")."""
    pat = _FORM_CACHE.get(stem_)
    if pat is None:
        irregular = sorted(w for w in _IRREGULAR_PARTICIPLES if verb_stem(w) == stem_)
        alternation = "|".join([re.escape(stem_) + r"[a-z]{0,4}", *map(re.escape, irregular)])
        pat = _FORM_CACHE[stem_] = re.compile(r"\b(?:" + alternation + r")\b", re.I)
    return pat


def _clause_subject(text: str) -> tuple[str | None, set[str]]:
    """The head of the noun phrase that ends ``text`` (the words before a verb), and all its content words."""
    tail = _CLAUSE_START.split(text)[-1]
    words = [w for w in re.findall(r"[a-z][\w'’-]*", tail.lower()) if w not in _STOP or w in _PRONOUNS]
    if not words:
        return None, set()
    core = _POSTMODIFIER.split(tail.lower(), maxsplit=1)[0]  # "details for his deal with Arcade": details
    heads = [w for w in re.findall(r"[a-z][\w'’-]*", core) if w not in _STOP or w in _PRONOUNS]
    return (heads or words)[-1], {_singular(w) for w in words if w not in _PRONOUNS}


_SOME_CASES = re.compile(
    r"\b(?:in\s+(?:some|many|most|several|a\s+few|a\s+number\s+of|certain|other|one|two|three|a\s+handful\s+of)\s+"
    r"(?:of\s+(?:the|these|those)\s+)?(?:cases|instances|places|areas)|sometimes|at\s+times|occasionally)\b",
    re.I,
)  # a scope over part of the cases: what it denies may hold in the others


def _negated_events(sent: Sentence) -> Iterator[tuple[str, str, set[str], str, bool]]:
    """(verb stem, the thing it is about, the subject's words, the matched text, passive) per negated event."""
    text = sent.text
    if text.rstrip().endswith("?"):
        return
    for m in _NEG_EVENT_RE.finditer(text):
        verb = m.group("verb")
        aux = (m.group("aux") or m.group("aux2") or "").lower()
        # the tests on the verb alone first, the expressions over the sentence after (the order changes nothing)
        participle = bool(_PARTICIPLE_RE.match(verb)) or verb in _IRREGULAR_PARTICIPLES
        if verb.endswith("ly") or (m.group("never") and not participle):
            continue  # an adverb; "never work" is a habit, not an event
        if aux == "did":
            if participle and verb.endswith("ed"):
                continue  # "did not exceeded" is a typo; "did not need" is the base form we want
        elif not participle:
            continue  # "was not available", "has not enough": not a verb phrase
        stem_ = verb_stem(verb)
        if stem_ in _EVENT_LIGHT or len(stem_) < 3:
            continue
        before = text[: m.start()]
        if _HYPOTHETICAL.search(before) or re.search(r"\bnot\s+only\b", m.group(0)):
            continue
        if _SOME_CASES.search(before):
            continue  # "In some cases, they did not provide the service": a part, which other cases may contradict
        if m.group("never") and _MODAL_BEFORE.search(before[-40:]):
            continue  # "can never be assigned", "will never be finished": what can or will be, not an event denied
        if aux == "had" and not _BACKSHIFT.search(before):
            continue  # "had never worked" is an earlier moment unless it reports "has never"
        passive = bool(m.group("be")) or aux in ("was", "were", "is", "are")
        head, subject = _clause_subject(before)
        if _QUANTIFIED.search(_CLAUSE_START.split(before)[-1]):
            continue  # "only 1% of respondents did not find": a part of a group, which other parts may contradict
        if head in _PRONOUNS:
            said = _REPORTED.search(before[: before.rfind(head)] if head else before)
            if said is None:
                continue  # a pronoun subject is never guessed, except the speaker's "it" in reported speech
            head, subject = _clause_subject(said.group("who"))
            if head is None or head in _PRONOUNS:
                continue
        if passive or head is None:
            thing = head
        else:
            obj = _OBJECT_HEAD.match(text, m.end())
            thing = _singular(obj.group("head")) if obj else head  # "has not arrived": the subject is the thing
        if not thing or thing in _STOP or thing in _PRONOUNS:
            continue
        yield stem_, _singular(thing), subject, m.group(0), passive


def _affirms(other: Sentence, stem_: str, thing: str, subject: set[str], passive: bool) -> re.Match[str] | None:
    """The affirmed form of the event in ``other``, about the same thing and by the same subject."""
    text = other.text
    low = text.lower()
    if thing not in low or (
        stem_ not in low and not any(w in low for w in _IRREGULAR_PARTICIPLES if verb_stem(w) == stem_)
    ):
        return None  # cheap substring tests first: most sentences mention neither
    if text.rstrip().endswith("?") or not re.search(r"\b" + re.escape(thing) + r"(?:s|es)?\b", low):
        return None
    for m in _verb_forms(stem_).finditer(text):
        form = m.group(0).lower()
        if verb_stem(form) != stem_ or not (form.endswith("ed") or form in _IRREGULAR_PARTICIPLES):
            continue  # an event is told in the past: "working", "Check" and "warning" are not
        window = text[max(0, m.start() - 30) : m.start()]
        if _NEGATION.search(window) or re.search(r"\b(?:to|yet|nearly|almost|narrowly)\s+$", window):
            continue
        if _DENIED_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
            continue  # "denied that the dam had been damaged" tells no damage
        if _NOT_TOLD_BEFORE.search(window):
            continue  # "a context which will be canceled", "can be assigned": what will or can be, not what was
        if _PRESENT_PASSIVE.search(window):
            continue  # "The context is canceled after the deadline", "Verify that it is canceled": how it
            # works or what to check, in the present; an event is told in the past ("was canceled")
        if re.match(r"\s+(?:no|nothing|none)\b", text[m.end() :], re.I):
            continue  # "performed no validation" is the denial again
        if _HYPOTHETICAL.search(re.split(r"[.;:]", text[: m.start()])[-1]):
            continue
        near = low[max(0, m.start() - 60) : m.end() + 60]
        if not re.search(r"\b" + re.escape(thing) + r"(?:s|es)?\b", near):
            continue  # the thing must sit by the verb, not anywhere in a long sentence
        head, _ = _clause_subject(text[: m.start()])
        if _QUANTIFIED.search(_CLAUSE_START.split(text[: m.start()])[-1]):
            continue
        if head in _FIRST_SECOND:
            continue  # "We found that 80% of respondents ...": the writer's finding, not the respondents' act
        named = not subject or any(re.search(r"\b" + re.escape(w), low) for w in subject)
        if not named and not (passive and head == thing):  # "the contract was signed": no other agent named
            continue
        return m
    return None


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` holding ``start:end``: from the punctuation before it to the punctuation after."""
    lo = max(text.rfind(",", 0, start), text.rfind(";", 0, start), -1) + 1
    hits = [i for i in (text.find(",", end), text.find(";", end)) if i != -1]
    return text[lo : min(hits) if hits else len(text)]


def _names_after(text: str, said: str) -> list[str]:
    """The capitalised words of the clause after a negated verb: the names that narrow the event."""
    at = text.find(said)
    tail = re.split(r"[,;:]|\b(?:but|while|because|although)\b", text[at + len(said) :] if at >= 0 else "", maxsplit=1)[
        0
    ]
    return re.findall(r"\b[A-Z][\w'’-]{2,}", tail)


def event_conflicts(doc: Document) -> list[Conflict]:
    """ "The club has never been relegated" against "the club was relegated in 1998": one event denied and told."""
    sentences = _sentences(doc)
    out: list[Conflict] = []
    budget = _PairBudget()
    for i, sent in enumerate(sentences):
        s = sent.text
        if not (" not " in s or "never" in s or "n't" in s or "n’t" in s):
            continue
        events = list(_negated_events(sent))
        if not events or _CHANGE.search(s):
            continue
        for stem_, thing, subject, said, passive in events:
            found = None
            forms = (stem_, *(w for w in _IRREGULAR_PARTICIPLES if verb_stem(w) == stem_))
            told = [
                (j, o) for j, o in enumerate(sentences) if j != i and any(f in o.text.lower() for f in forms)
            ]  # a substring test first: only sentences that hold the verb cost a comparison
            for j, other in budget.others([o for _, o in told], -1):
                j = told[j][0]
                hit = _affirms(other, stem_, thing, subject, passive)
                if hit is None or _dated_apart(sent, other):
                    continue
                if _CHANGE.search(_clause_around(other.text, hit.start(), hit.end())):
                    continue  # "declared on January 6, was stood down four days later": the later is another event's
                if _DISTINCT_THING.search(sent.text + " " + other.text) or _dispute(doc, sent, other):
                    continue
                if not all(n in other.text for n in _names_after(s, said)):
                    continue  # "had not cut jobs in Ohio" is not met by "cut 300 jobs in Texas"
                found = (j, hit)
                break
            if found is not None:
                j, hit = found
                reason = f'"{said}" against "{hit.group(0)}" about the same {thing}'
                out.append(_conflict("event", j, i, sentences, reason))
                break
    return out


_QUANTIFIED = re.compile(
    r"\d|%|\b(?:some|many|most|few|only|several|half|part|none|one|two|three|four|five|more|fewer|less)\b", re.I
)
_DISTINCT_THING = re.compile(r"\b(?:another|other|second|first|separate|new|previous|next|each|both|either)\b", re.I)


# ---------------------------------------------------------------- "every X was paid" against "60 X are still waiting"

_UNIVERSAL_RE = re.compile(
    r"(?<![\w-])(?P<q>[Ee]very|[Ee]ach|[Aa]ll(?:\s+of)?(?:\s+(?:the|its|their))?)\s+(?:(?P<n>\d[\d,]*)\s+)?"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:(?:has|have|had|was|were|is|are)\s+(?:now\s+|already\s+)?"
    r"(?:been\s+)?)?(?P<verb>[a-z]{3,}(?:ed|en)|paid|made|held|sold|built|sent|left|found|won|got|met)\b"
    r"|\b(?:promised|pledged|vowed|assured|guaranteed)\s+(?:\w+\s+)?(?:that\s+)?(?P<q2>every|each|all(?:\s+the)?)\s+"
    r"(?P<np2>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+would\s+(?:be\s+)?(?P<verb2>[a-z]{3,})\b"
)
_NOT_UNIVERSAL = re.compile(r"\b(?:not|almost|nearly|virtually|practically|if|whether|once)\s+$", re.I)
_EXCEPTION_RE = re.compile(
    r"\b(?:not|never|n['’]t|yet\s+to|still\s+(?:waiting|await\w*|owed|unpaid|missing|without|outstanding|due)|"
    r"dropped\s+out|drop\s+out|withdr[ae]w\w*|failed\s+to|refused\s+to|missed|unpaid|excluded)\b",
    re.I,
)


def universal_conflicts(doc: Document) -> list[Conflict]:
    """ "Every eligible applicant has been paid" against "Some 60 applicants are still waiting"."""
    sentences = _sentences(doc)
    counts = [f for f in figures(doc) if f.kind == "count" and f.value >= 1 and not f.hypothetical]
    if not counts:
        return []
    out: list[Conflict] = []
    budget = _MAX_PAIRS
    low_texts: dict[int, str] = {}

    def lowered(n: int) -> str:
        text = low_texts.get(n)
        if text is None:
            text = low_texts[n] = sentences[n].text.lower()
        return text

    for i, sent in enumerate(sentences):
        s = sent.text
        if not ("very" in s or "ach " in s or " all " in s or "All " in s):  # substring tests: cheaper than a regex
            continue
        low = s.lower()
        if not ("every" in low or "each" in low or "all" in low):
            continue  # "delivery", "approach": none of the quantifiers the expression needs
        matches = list(_UNIVERSAL_RE.finditer(s))
        if not matches or s.rstrip().endswith("?") or _CHANGE.search(s):
            continue
        for m in matches:
            if _NOT_UNIVERSAL.search(s[: m.start()]) or _HYPOTHETICAL.search(s[: m.start()]):
                continue
            if _NEGATION.search(s[m.start() : m.end()]):
                continue
            np = (m.group("np") or m.group("np2")).lower().split()
            head = _singular(np[-1])
            if head in _STOP or len(head) < 3:
                continue
            total = float(m.group("n").replace(",", "")) if m.group("n") else None
            head_re = None  # compiled only when a count near it needs it
            verb = verb_stem((m.group("verb") or m.group("verb2")).lower())
            hit = None
            root = head[:-1] if head.endswith("y") else head
            near = [f for f in counts if f.sentence != i and root in lowered(f.sentence)]
            for f in sorted(near, key=lambda f: abs(f.sentence - i)):
                if budget <= 0:
                    break
                budget -= 1
                if total is not None and f.value >= total:
                    continue
                other = sentences[f.sentence]
                rel = f.start - other.span.start
                clause = re.split(r"[;]|,\s*(?:but|while|and)\b", other.text[rel:], maxsplit=1)[0]
                named = f.head and _singular(f.head) == head
                if not named:
                    if head_re is None:
                        head_re = re.compile(r"\b" + re.escape(head) + r"(?:s|es)?\b", re.I)
                    named = head_re.search(other.text[:rel] + clause)
                if not named:
                    continue
                exc = _EXCEPTION_RE.search(clause)
                if exc is None or _HYPOTHETICAL.search(other.text[: rel + exc.start()]):
                    continue
                if exc.group(0).lower() in ("not", "never", "n't", "n’t") and verb not in {
                    verb_stem(w) for w in re.findall(r"[a-z]+", clause.lower())
                }:
                    continue  # "60 applicants did not qualify" does not deny that every one was paid
                if _dated_apart(sent, other) or _CHANGE.search(other.text) or _dispute(doc, sent, other):
                    continue
                hit = (f, exc)
                break
            if hit is not None:
                f, exc = hit
                reason = f'"{_clip(m.group(0), 60)}" against {f.text} {head}s that "{exc.group(0)}"'
                out.append(_conflict("universal", f.sentence, i, sentences, reason))
                break
    return out
