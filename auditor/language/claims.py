"""Claim extraction for the consistency rules: quantities and polar statements.

One pass of a few compiled patterns over the whole text finds every number, every
statement verb and every entity mention; each is then placed in its sentence by binary
search. Claims carry the keys the rules block on (subject, counted thing, predicate
family), so comparing them never means comparing every pair of sentences.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from auditor.language.entities import TITLE_WORDS, TITLES, Mention, find_mentions, gazetteer
from auditor.language.entities import words as _words
from auditor.model import Document, Sentence, Span

# ---------------------------------------------------------------- quantities

_WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "a hundred": 100,
    "a thousand": 1000, "one hundred": 100, "one thousand": 1000,
}  # fmt: skip
_VAGUE = {"dozens": (24, 199), "scores": (40, 199), "hundreds": (200, 1999), "thousands": (2000, 99999),
          "tens of thousands": (20000, 999999), "hundreds of thousands": (200000, 999999),
          "millions": (2e6, 1e9)}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3}  # fmt: skip

_NUM_RE = re.compile(
    r"(?<![\w.,/:$€£#-])"
    r"(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![\d,])|\d{1,15}(?:\.\d+)?)"
    r"(?:\s*(?P<scale>(?i:hundred|thousand|million|billion|trillion)\b|(?:m|mn|bn|k)\b))?"
    r"|(?P<vague>(?i:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions))\b"
    r"|(?P<word>(?i:a\s+dozen|a\s+hundred|a\s+thousand|one\s+hundred|one\s+thousand|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"two|three|four|five|six|seven|eight|nine|ten))"
    r"(?:\s+(?P<wscale>(?i:hundred|thousand|million|billion))\b)?)"
    r"(?![\w%/:-]|[.,]\d)"
)


def _split_bars(text: str) -> list[str]:
    return text.split("|")


_HEDGES = frozenset(
    _split_bars(
        "approximately|about|around|roughly|some|an estimated|estimated|nearly|almost|close to|up to|as many "
        "as|at most|no more than|fewer than|less than|under|below|at least|more than|over|above|no fewer than"
        "|upwards of|in excess of|exceeding|between|an additional|another|a further|additional|extra|only|just"
    )
)


def _hedge_before(before: str) -> str | None:
    """The hedge or increment right before a number ("up to", "an additional"), from a set, not a regex."""
    if not before[-1:].isspace():
        return None
    words = before.lower().split()[-3:]
    for k in (3, 2, 1):
        if len(words) >= k and " ".join(words[-k:]) in _HEDGES:
            return " ".join(words[-k:])
    return None


def _sentence_markers(ctx: _Ctx, i: int) -> tuple[str, ...]:
    """Why figures in sentence ``i`` may describe another moment or group (cached per sentence)."""
    cached = ctx.markers.get(i)
    if cached is None:
        text = ctx.sentences[i].text
        found = []
        if _CASE_EXOTIC.search(text):
            revision, rate, subset = _MARKERS_IGNORECASE
        else:
            revision, rate, subset = _MARKERS_LOWER
            text = text.lower()
        if revision.search(text):
            found.append("revision")
        if rate.search(text):
            found.append("rate")
        if subset.search(text):
            found.append("subset")
        if text.rstrip().endswith("?"):
            found.append("question")
        cached = ctx.markers[i] = tuple(found)
    return cached


# Patterns used per number, compiled once.
_COUNT_WORD_BEFORE = re.compile(r"(?:\b(?:a|one|tens\s+of|hundreds\s+of)\s+)$", re.I)
_EURO_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_PREV_WORD = re.compile(r"([A-Za-z][\w'’-]*)\s+$")
_CURRENCY_BEFORE = re.compile(r"[$€£¥]\s*$")
_RATIO_BEFORE = re.compile(r"\b(?:\d+|one|two|three|four|five)\s+(?:in|out\s+of|of\s+every)\s+$", re.I)
_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to|or|and)\s*(?=\d)", re.I)
_MORE_AFTER = re.compile(r"\s+(?:more|additional|extra|further|new)\b", re.I)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]")
_NP_STOP = _words(
    "to from in on at for with by and or but the a an of who that which were was are is be been have has "
    "had will would could should may might can per each than as into more this these those their his her "
    "its our your my them they it he she we you i what when where while if so not no during after before "
    "since until across over under about against between through among within without like including such"
)
_NOT_PLURAL = _words(
    "is was has this its his us as news series species process status across plus less thus bus gas "
    "analysis crisis basis alias chaos"
)
_IRREGULAR = _words("people men women children police personnel staff militia cattle sheep fish crew")
_UNITS = _words(
    "years months weeks days hours minutes seconds times percent points miles kilometres kilometers km "
    "metres meters feet inches pounds kilograms kg tons tonnes dollars euros cents pence degrees acres "
    "hectares barrels decades centuries rounds votes seats goals runs yards laps bytes gigabytes "
    "megabytes pages words"
)
_EVENTS = {
    "killed": "killed", "kill": "killed", "kills": "killed", "died": "killed", "dead": "killed", "deaths": "killed",
    "death": "killed", "fatalities": "killed", "perished": "killed", "lives": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "arrested": "arrested", "detained": "arrested", "arrests": "arrested", "jailed": "arrested",
    "sent": "deployed", "send": "deployed", "sending": "deployed", "sends": "deployed", "deployed": "deployed",
    "deploy": "deployed", "deploying": "deployed", "deployment": "deployed", "dispatched": "deployed",
    "dispatch": "deployed", "dispatching": "deployed", "heading": "deployed", "stationed": "deployed",
    "displaced": "displaced", "evacuated": "displaced", "fled": "displaced",
    "missing": "missing", "rescued": "rescued", "infected": "infected",
    "employs": "employed", "employed": "employed", "hired": "employed", "employ": "employed",
    "laid": "cut", "layoffs": "cut", "fired": "cut", "cut": "cut", "cuts": "cut",
    "attended": "attended", "gathered": "attended", "protested": "attended",
    "captured": "captured", "lost": "lost", "losses": "lost", "destroyed": "lost",
}  # fmt: skip
_REVISION_RE = re.compile(
    r"\b(?:initially|originally|at\s+first|later|revised|revising|updated|corrected|raised|lowered|rose|risen|"
    r"climbed|jumped|grew|increased|decreased|fell|fallen|dropped|up\s+from|down\s+from|now|so\s+far|to\s+date|"
    r"as\s+of|previously|earlier|already|since|last\s+year|a\s+year\s+ago|once|expect(?:s|ed|ing)?|projected|"
    r"forecast|planned|plans?|target|would|could|might|may|if|whether|unless)\b",
    re.I,
)
_RATE_RE = re.compile(
    r"\b(?:per|a\s+(?:day|week|month|year)|each|every|daily|weekly|monthly|annually|yearly|average|on\s+average)\b",
    re.I,
)
_SUBSET_RE = re.compile(r"\b(?:of\s+(?:them|whom|which|these|those)|among\s+(?:them|those)|including|out\s+of)\b", re.I)
# The marker patterns are all lower case, so on lowered text they match without re.I, which is
# several times faster. That is exact unless the text holds one of the only characters whose
# case mapping crosses into ASCII letters or changes length (İ ı ſ and the Kelvin sign).
_CASE_EXOTIC = re.compile("[\u0130\u0131\u017f\u212a]")
_MARKERS_IGNORECASE = (_REVISION_RE, _RATE_RE, _SUBSET_RE)
_MARKERS_LOWER = tuple(re.compile(rx.pattern) for rx in _MARKERS_IGNORECASE)
TIME_RE = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|January|February|March|April|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+(?:week|month|year))\b"
)
LOCATIVE_RE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


@dataclass(slots=True)
class Quantity:
    """A number with what it counts; ``low``/``high`` bound what the hedge allows."""

    sentence: int
    span: Span
    text: str
    value: float
    low: float
    high: float
    head: str | None
    modifiers: tuple[str, ...]
    subject: str | None
    event: str | None
    hedge: str | None
    vague: bool
    markers: tuple[str, ...]  # additional, revision, rate, subset, hypothetical
    predicate: str = ""  # "join strike" for "1,240 nurses joined the strike": what the counted things did

    @property
    def comparable(self) -> bool:
        """Whether this figure can contradict another: exact enough, one group, one moment."""
        return bool(self.head) and not self.vague and not self.markers

    @property
    def exact(self) -> bool:
        return self.hedge is None and not self.vague and self.low == self.high


# ---------------------------------------------------------------- statements

_PRED_RE = re.compile(
    r"\b(?P<verb>(?P<ack>confirm(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|announc(?:e|es|ed|ing)|"
    r"conced(?:e|es|ed|ing)|disclos(?:e|es|ed|ing))"
    r"|(?P<deny>den(?:y|ies|ied|ying))"
    r"|(?P<deploy>send(?:s|ing)?|sent|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?)"
    r"|(?P<silent>(?:remain(?:s|ed)?|ha(?:s|ve|d)\s+been|kept|keeps|stay(?:s|ed)?|(?:is|are|was|were))\s+"
    r"(?:largely\s+|conspicuously\s+|publicly\s+|officially\s+|notably\s+)?(?:silent|quiet|mum|tight-lipped))"
    r"|(?P<nocomment>(?:declin(?:e|es|ed)|refus(?:e|es|ed))\s+to\s+comment|(?:has|have|did|had)\s+not\s+commented))\b",
    re.I,
)
_AUX = _words(
    "has have had did does do is are was were be been being will would could can may might should must "
    "shall not never yet to also still so far publicly officially openly formally reportedly repeatedly "
    "previously already ever now first finally later once flatly strongly categorically explicitly "
    "directly personally quickly initially declined refused failed declines refuses fails continues "
    "continued begun began started hasn't haven't hadn't didn't doesn't don't isn't aren't wasn't weren't "
    "won't wouldn't couldn't"
)
_MODALS = _words("will would could can may might should must shall won't wouldn't couldn't")
_PASSIVE_AUX = _words("is are was were be been being isn't aren't wasn't weren't")
_NEG_TRIGGERS = _words("declined refused failed declines refuses fails")
_GAP_RE = re.compile(
    r"(?:\s|,|['’]s\b|\([^)]{1,15}\)|\b(?:[A-Z][\w'’.-]*|the|(?i:" + TITLES + r")s?|"
    r"government|authorities|officials|ministry|military|army|leadership|regime|state|media|embassy|office|"
    r"agency|council|administration|foreign|defen[cs]e|interior|top|senior|spokespeople)\b)*"
)
_CAPRUN_RE = re.compile(r"(?P<run>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)\s*,?\s*$")
_BY_RE = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
_CLAUSE_END = re.compile(r"[.,](?!\d)|[;:!?(]|[—–]|\s-\s|\b(?:but|while|although|though|whereas|which|who)\b")
_TOPIC_RE = re.compile(r"\s+(?:on|about|over|regarding|concerning)\s+[^.;:!?,(—–]*", re.I)
_WORD_RE = re.compile(r"[A-Za-z][a-z'’-]+")
_STOP = _words(
    "the a an of to in on at for with by and or but that this these those its their his her from as into "
    "about over after before during since than then there here also has have had was were is are be been "
    "not never any some such which who whom what when where while yet only just very more most much many "
    "other another own same them they it he she we you our your officially publicly openly formally "
    "reportedly july june may april march august september october november december january february "
    "monday tuesday wednesday thursday friday saturday sunday year years month week day today recently "
    "repeatedly statement statements meeting around approximately nearly roughly almost"
)
GENERIC_OBJECT = _words(
    "matter issue report claim situation question subject topic allegation news development move it this "
    "that thing detail plan figure"
)
_PRONOUN_START = _words("It He She They We This That These Those There Here The A An I You")
_PAST_PERFECT = re.compile(r"\bhad\b", re.I)
_STMT_REVISION = re.compile(
    r"\b(?:initially|originally|at\s+first|previously|earlier|later|eventually|subsequently|now|no\s+longer|"
    r"since\s+then|until|reversed|backtracked|u-turn|walked\s+back|retracted|changed\s+(?:its|their|his|her))\b",
    re.I,
)
_CONDITIONAL = re.compile(r"\b(?:if|whether|unless|should\s+it|in\s+case)\b", re.I)


@dataclass(slots=True)
class Statement:
    """A subject affirming or denying something: "Russia has not confirmed the presence of ..."."""

    sentence: int
    span: Span  # the verb phrase
    phrase: str
    subject: str
    subject_span: Span
    family: str  # ack | deploy
    polarity: int  # +1 affirms, -1 denies / is silent
    silence: bool
    object_entities: tuple[str, ...]
    object_terms: tuple[str, ...]
    generic: bool
    times: tuple[str, ...]
    shifted: bool  # explicit change over time or past perfect: not a contradiction
    object_text: str = ""


@dataclass(slots=True)
class Claims:
    """Everything the consistency rules compare, for one document."""

    sentences: list[Sentence]
    mentions: list[Mention]
    quantities: list[Quantity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    number_starts: list[int] = field(default_factory=list)  # where every number of the text starts


def document_claims(doc: Document) -> Claims:
    """The article's claims, computed once; none for a non-English article (the cues are English words)."""
    from auditor.language.languageid import doc_is_english

    return doc.derived("consistency.claims", lambda d: extract(d) if doc_is_english(d) else Claims([], []))


_STRIP = "\"'“”‘’()[]{}<>,.;:!?*…"
_NUMBER_TRIGGERS = _words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens "
    "scores hundred hundreds thousand thousands millions tens"
)
_PRED_TRIGGERS = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("confirm", ("", "s", "ed", "ing")),
        ("acknowledg", ("e", "es", "ed", "ing")),
        ("admit", ("", "s", "ted", "ting")),
        ("announc", ("e", "es", "ed", "ing")),
        ("conced", ("e", "es", "ed", "ing")),
        ("disclos", ("e", "es", "ed", "ing")),
        ("den", ("y", "ies", "ied", "ying")),
        ("send", ("", "s", "ing")),
        ("sent", ("",)),
        ("deploy", ("", "s", "ed", "ing")),
        ("dispatch", ("", "es", "ed", "ing")),
    )
    for end in ends
)
_SILENCE_TRIGGERS = _words("silent quiet mum tight-lipped comment commented")
_NEGATION_WORDS = frozenset(
    f"{aux}{apostrophe}t"
    for aux in ("didn", "doesn", "don", "hasn", "haven", "hadn", "isn", "aren", "wasn", "weren", "won", "wouldn",
                "couldn", "can", "shouldn")
    for apostrophe in ("'", "’")
) | {"not", "never"}  # fmt: skip


@lru_cache(maxsize=1)
def _token_table() -> dict[str, int]:
    """Every token that can start a claim, as written (lower case and capitalised), with what it starts."""
    table: dict[str, int] = {}
    for words, bit in (
        (_EVENTS, 4),
        (_NUMBER_TRIGGERS, 8),
        (_PRED_TRIGGERS | _SILENCE_TRIGGERS, 16),
        (_NEGATION_WORDS, 32),
    ):
        for w in words:
            for form in (w, w.capitalize()):
                table[form] = table.get(form, 0) | bit
    for w in TITLE_WORDS:
        for form in (w, w.capitalize()):
            table[form] = table.get(form, 0) | 64
    for first in gazetteer().by_first:  # a capitalised word that may start a country, capital or body
        for form in (first, first + "'s", first + "’s", first + "s'"):
            table[form] = table.get(form, 0) | 1
    return table


_AUX_BEFORE = re.compile(r"(?:did|does|do|has|have)\s*$", re.I)


@dataclass(slots=True)
class _Scan:
    caps: list[tuple[int, int, str]] = field(default_factory=list)
    titles: list[int] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    predicates: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, silence-like
    negations: list[int] = field(default_factory=list)
    events: list[tuple[int, str]] = field(default_factory=list)


def _scan(text: str) -> _Scan:
    """One pass over whitespace-separated tokens finds every place a claim can start.

    Splitting on whitespace and looking each word up in one dict is several times faster
    than running a dozen lexicon patterns over the text; offsets are only computed for hits.
    """
    out = _Scan()
    cursor = 0
    lookup = _token_table().get
    for raw in text.split():
        if raw.isalpha():  # most tokens: a plain word starts a claim only if the table has it
            word = raw
            kind = lookup(word, 0)
            if not kind:
                continue
        else:
            word = raw.strip(_STRIP)
            if not word:
                continue
            kind = lookup(word, 0)
            if not kind and "-" in word and lookup(word.split("-", 1)[0], 0) & 8:
                kind = 8  # "Ninety-six dropped out", "twenty-one": a number word written with a hyphen
            if not kind:
                first = word[0]
                if not (first.isdigit() or (first in "$€£" and len(word) > 1)):
                    continue
                kind = 2
        off = _find_token(text, raw, cursor)
        cursor = off + len(raw)
        start = off + raw.find(word)
        end = start + len(word)
        if kind & 1:
            out.caps.append((start, end, word))
        if kind & 10:
            out.numbers.append(start)
        if kind & 4:
            out.events.append((start, _EVENTS[word.lower()]))
        if kind & 16:
            out.predicates.append((start, end, word.lower() in _SILENCE_TRIGGERS))
        if kind & 32:
            out.negations.append(start)
        if kind & 64:
            out.titles.append(start)
    return out


def _find_token(text: str, raw: str, cursor: int) -> int:
    """Offset of the whitespace-delimited token ``raw`` at or after ``cursor``."""
    off = text.find(raw, cursor)
    while off > 0 and not text[off - 1].isspace():
        off = text.find(raw, off + 1)
    return max(off, 0)


def extract(doc: Document) -> Claims:
    """Claims of one document (cached by the rules through ``doc.derived``)."""
    sentences = doc.body_sentences
    text = doc.text
    if not sentences:
        return Claims(sentences, [])
    scan = _scan(text)
    mentions = find_mentions(text, scan.caps, scan.titles)
    claims = Claims(sentences, mentions, number_starts=scan.numbers)
    starts = [s.span.start for s in sentences]
    ends = [s.span.end for s in sentences]
    mention_starts = [m.start for m in mentions]

    def sentence_of(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < ends[i] else None

    events: dict[int, list[tuple[int, str]]] = {}
    for pos, ev in scan.events:
        i = sentence_of(pos)
        if i is not None:
            events.setdefault(i, []).append((pos, ev))
    ctx = _Ctx(text, sentences, mentions, mention_starts, events)
    consumed = 0
    for pos in scan.numbers:
        if pos < consumed:
            continue
        i = sentence_of(pos)
        if i is None:
            continue
        m = _number_at(text, pos)
        if m is None or m.start() < consumed:
            continue
        q = _quantity(ctx, m, i)
        consumed = max(consumed, m.end())
        if q is not None:
            claims.quantities.append(q)
            consumed = max(consumed, q.span.end)
    done: set[int] = set()
    for start, end, silence_like in scan.predicates:
        i = sentence_of(start)
        if i is None:
            continue
        if silence_like:
            m = _PRED_RE.search(text, max(sentences[i].span.start, start - 45), end)
            while m and m.end() < end:
                m = _PRED_RE.search(text, m.end(), end)
        else:
            m = _PRED_RE.match(text, start)
        if m is None or m.start() in done:
            continue
        done.add(m.start())
        st = _statement(ctx, i, m.start(), m.end(), _kind(m))
        if st is not None:
            claims.statements.append(st)
    claims.statements.extend(_negated_verbs(ctx, text, sentence_of, scan.negations))
    claims.statements.sort(key=lambda st: st.span.start)
    return claims


def _number_at(text: str, pos: int) -> re.Match[str] | None:
    """The number starting at ``pos``, or at "a"/"one"/"tens of" just before it."""
    m = _NUM_RE.match(text, pos)
    if m:
        return m
    back = _COUNT_WORD_BEFORE.search(text[max(0, pos - 14) : pos])
    if back:
        return _NUM_RE.match(text, pos - len(back.group(0)))
    return None


@dataclass(slots=True)
class _Ctx:
    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    mention_starts: list[int]
    events: dict[int, list[tuple[int, str]]]
    mid_caps: dict[str, bool] = field(default_factory=dict)
    markers: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


def _parse_value(m: re.Match[str]) -> tuple[float, float, float, bool] | None:
    """(value, low, high, vague) of a number as written."""
    if m.group("vague"):
        lo, hi = _VAGUE[" ".join(m.group("vague").lower().split())]
        return float(lo), float(lo), float(hi), True
    if m.group("word"):
        value = float(_WORD_NUMBERS.get(" ".join(m.group("word").lower().split()), 0))
        if m.group("wscale"):
            value *= _SCALES[m.group("wscale").lower()]
        return value, value, value, False
    digits = m.group("digits")
    if _EURO_THOUSANDS.fullmatch(digits):  # European thousands: 5.000
        digits = digits.replace(".", "")
    try:
        value = float(digits.replace(",", ""))
    except ValueError:
        return None
    if m.group("scale"):
        value *= _SCALES[m.group("scale").lower()]
    elif 1000 <= value <= 2100 and "," not in digits and "." not in digits:
        return None  # a bare four-digit number is a year far more often than a count
    return value, value, value, False


def _quantity(ctx: _Ctx, m: re.Match[str], i: int) -> Quantity | None:
    parsed = _parse_value(m)
    if parsed is None:
        return None
    value, low, high, vague = parsed
    if value < 2 or value > 1e15:
        return None
    sent = ctx.sentences[i]
    text = ctx.text
    end = m.end()
    rng = _RANGE_AFTER.match(text, end) if not vague else None
    m2 = _NUM_RE.match(text, rng.end()) if rng else None
    p2 = _parse_value(m2) if m2 else None
    if m2 is not None and p2 is not None:
        end = m2.end()
    more = _MORE_AFTER.match(text, end)
    head, modifiers, np_end, np_mentions = _noun_phrase(ctx, more.end() if more else end, sent.span.end, vague)
    if head is None or head in _UNITS or head + "s" in _UNITS:
        return None  # not a count of things: a year, a percentage, a duration, a label
    before = text[max(sent.span.start, m.start() - 40) : m.start()]
    hedge_word = _hedge_before(before)
    prev_word = _PREV_WORD.search(before)
    label = prev_word and prev_word.group(1)[0].isupper() and hedge_word is None
    if label and m.start() - len(prev_word.group(0)) > sent.span.start and prev_word.group(1) not in ("In", "About"):
        return None  # "Flight 370", "Article 5": a label, not a count
    if _CURRENCY_BEFORE.search(before) or _RATIO_BEFORE.search(before):
        return None
    hedge = None
    markers: list[str] = list(_sentence_markers(ctx, i))
    if more:
        markers.append("additional")
    if hedge_word in ("an additional", "another", "a further", "additional", "extra"):
        markers.append("additional")
    elif hedge_word is not None and hedge_word not in ("only", "just"):
        hedge = hedge_word
    if m2 is not None and p2 is not None:
        hedge = "range"
        high = max(high, p2[2])
    if hedge:
        low, high = _bounds(hedge, value, low, high)
    subject = np_mentions[0].key if np_mentions else _nearest_subject(ctx, sent, m.start())
    if subject is None:
        subject = _sentence_subject(ctx, sent)
    event = None
    best = None
    for pos, ev in ctx.events.get(i, []):
        d = abs(pos - m.start())
        if best is None or d < best:
            best, event = d, ev
    predicate = "" if event else _predicate(text, np_end, sent.span.end)
    return Quantity(
        predicate=predicate,
        sentence=i,
        span=Span(m.start(), max(np_end, end)),
        text=text[m.start() : end],
        value=value,
        low=low,
        high=high,
        head=head,
        modifiers=modifiers,
        subject=subject,
        event=event,
        hedge=hedge,
        vague=vague,
        markers=tuple(sorted(set(markers))),
    )


_PRED_AFTER = re.compile(
    r"\s*(?:(?:who|that)\s+)?(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+|now\s+|also\s+|all\s+)?)?"
    r"(?P<verb>[a-z]{3,}ed|[a-z]{3,}en|made|held|sold|built|sent|cut|lost|won|left|found|paid|fled|met|took|gave|"
    r"came|went|ran|got|kept)\b(?P<rest>[^,;:.!?]{0,60})"
)
_NOT_OBJECT = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|today|yesterday|week|weekend|month|year|day|night|morning|"
    r"evening|afternoon)(?:['’]s)?\b|\b\d\w*"
)


def _predicate(text: str, start: int, limit: int) -> str:
    """What the counted things did, and to what: "join strike" for "nurses joined the strike on Monday"."""
    m = _PRED_AFTER.match(text, start, min(limit, start + 90))
    if m is None:
        return ""
    verb = verb_stem(m.group("verb").lower())
    if verb in _LIGHT_STEMS or m.group("verb").lower() in _STOP:
        return ""
    rest = _NOT_OBJECT.sub(" ", m.group("rest").lower())
    words = [w for w in re.findall(r"[a-z][a-z'’-]+", rest) if w not in _STOP and len(w) > 2]
    if not words:
        return ""
    return verb + " " + _singular(re.sub(r"['’]s$", "", words[0]))


def _bounds(hedge: str, value: float, low: float, high: float) -> tuple[float, float]:
    if hedge == "range":
        return low, high
    if hedge in ("up to", "as many as", "at most", "no more than", "fewer than", "less than", "under", "below"):
        return 0.0, value
    if hedge in ("at least", "more than", "over", "above", "no fewer than", "upwards of", "in excess of", "exceeding"):
        return value, float("inf")
    if hedge in ("nearly", "almost"):
        return value * 0.75, value
    if hedge == "between":
        return low, high
    return value * 0.75, value * 1.25


def _noun_phrase(ctx: _Ctx, start: int, limit: int, vague: bool) -> tuple[str | None, tuple[str, ...], int, list]:
    """The counted noun after a number: its head (singular), other modifiers, end, and entity mentions."""
    window = ctx.text[start : min(limit, start + 90)]
    mods: list[str] = []
    pos = start
    allow_of = vague
    for n, tok in enumerate(_TOKEN.finditer(window)):
        word = tok.group(0)
        low = word.lower()
        if n == 0 and low == "of" and allow_of:
            continue
        if n > 5 or (not word[0].isalpha() and word not in ("“", "”", '"')):
            break
        if word in ("“", "”", '"'):
            continue
        if low in _NP_STOP:
            break
        pos = start + tok.end()
        if _is_plural(low):
            entities = ctx.mentions_in(start, pos)
            covered = {w for e in entities for w in ctx.text[e.start : e.end].lower().split()}
            kept = tuple(sorted({_norm(w) for w in mods if w not in covered}))
            return _singular(low), kept, pos, entities
        mods.append(low)
    return None, (), start, []


def _is_plural(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURAL


def _singular(word: str) -> str:
    word = _norm(word)
    if word in _IRREGULAR:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _norm(word: str) -> str:
    """British and American spellings count as one word."""
    return word.replace("labour", "labor").replace("defence", "defense").replace("’", "'")


_SENT_SUBJ = re.compile(r"(?:The\s+)?(?P<run>[A-Z][\w'’.&-]+(?:\s+[A-Z][\w'’.&-]+){0,3})\s*,?\s+[a-z]")


def _sentence_subject(ctx: _Ctx, sent: Sentence) -> str | None:
    """A name that opens the sentence ("Walmart employs ..."), when no country is named."""
    m = _SENT_SUBJ.match(sent.text)
    if not m:
        return None
    run = re.sub(r"['’]s$", "", m.group("run"))
    first = run.split()[0]
    if (
        first in _PRONOUN_START
        or first.lower() in _STOP
        or first.lower() in _NP_STOP
        or (" " not in run and not _seen_mid_sentence(ctx, run))
    ):
        return None
    return "name:" + run


def _nearest_subject(ctx: _Ctx, sent: Sentence, offset: int) -> str | None:
    inside = ctx.mentions_in(sent.span.start, sent.span.end)
    before = [m for m in inside if m.end <= offset]
    if before:
        return before[-1].key
    return inside[0].key if inside else None


# ---------------------------------------------------------------- statements


def _kind(m: re.Match[str]) -> str:
    for group in ("ack", "deny", "deploy", "silent", "nocomment"):
        if m.group(group):
            return group
    return "ack"


def _statement(ctx: _Ctx, i: int, vstart: int, vend: int, kind: str) -> Statement | None:
    """A statement whose verb sits at ``vstart:vend``; ``kind`` is ack, deny, deploy, silent,
    nocomment, or ``v:LEMMA`` for any other verb (only used where the article negates it)."""
    sent = ctx.sentences[i]
    text = ctx.text
    if sent.text.rstrip().endswith("?"):
        return None
    silence = kind in ("silent", "nocomment")
    chain_start, chain = _aux_chain(text, sent.span.start, vstart)
    words = [w.lower().replace("’", "'") for w in chain]
    neg = any(w in ("not", "never") or w.endswith("n't") for w in words) or any(w in _NEG_TRIGGERS for w in words)
    neg = neg or ("yet" in words and "to" in words)
    if "to" in words and not neg:
        return None  # "plans to send", "decision to confirm": no assertion
    if any(w in _MODALS for w in words) and not (neg and kind == "ack"):
        return None
    if "not" in words and text[vend : vend + 8].lower().startswith((" only", " just", " merely")):
        return None
    if neg and kind.startswith("v:") and any(w in _NEG_TRIGGERS or w in ("yet", "to") for w in words):
        return None  # "refused to attend" is not "did not attend"
    clause_prefix = text[sent.span.start : chain_start]
    if _CONDITIONAL.search(clause_prefix[-60:]):
        return None
    passive = bool(words) and any(w in _PASSIVE_AUX for w in words[-2:]) and not silence
    if kind.startswith("v:") and passive:
        return None
    family = {"deploy": "deploy"}.get(kind, "ack") if not kind.startswith("v:") else kind
    if kind == "deny":
        if neg or passive:
            return None  # "did not deny", "was denied entry": not a denial of a fact
        polarity = -1
        gerund = re.match(r"\s+(?:having\s+)?(send|sent|sending|deploy\w*|dispatch\w*)\b", text[vend : vend + 30])
        if gerund:
            family = "deploy"
    elif silence:
        polarity = -1
    else:
        polarity = -1 if neg else 1
    subject: Mention | None
    if passive:
        by = _BY_RE.match(text, vend)
        if not by:
            return None
        subject = _subject_after(ctx, by.end(), sent.span.end)
        obj_start, obj_end = max(sent.span.start, chain_start - 80), chain_start
    else:
        subject = _subject_before(ctx, sent, chain_start)
        obj_start = vend
        stop = _CLAUSE_END.search(text, obj_start, sent.span.end)
        obj_end = min(stop.start() if stop else sent.span.end, obj_start + 120)
        if silence:
            topic = _TOPIC_RE.match(text, obj_start, obj_end)
            obj_end = topic.end() if topic else obj_start
    if subject is None:
        named = None if passive else _named_subject(ctx, sent, chain_start) or _definite_subject(ctx, sent, chain_start)
        if named is None:
            return None
        subject = named
    entities, terms = _object_terms(ctx, obj_start, obj_end, subject.key)
    generic = not entities and not (set(terms) - GENERIC_OBJECT)
    times = tuple(sorted({t.group(0).lower() for t in TIME_RE.finditer(sent.text)}))
    shifted = bool(_STMT_REVISION.search(sent.text)) or "had" in words
    return Statement(
        sentence=i,
        span=Span(chain_start if chain else vstart, vend),
        phrase=text[chain_start if chain else vstart : vend],
        subject=subject.key,
        subject_span=Span(subject.start, subject.end),
        family=family,
        polarity=polarity,
        silence=silence,
        object_entities=entities,
        object_terms=terms,
        generic=generic,
        times=times,
        shifted=shifted,
        object_text=_clip(text[obj_start:obj_end]) if not passive else "",
    )


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split()).strip(" ,")
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + " …"


def _aux_chain(text: str, floor: int, end: int) -> tuple[int, list[str]]:
    """Auxiliaries and adverbs right before the verb ("has not officially"), and where they start."""
    chain: list[str] = []
    pos = end
    for _ in range(6):
        m = re.search(r"([A-Za-z][\w'’]*)\s+$", text[max(floor, pos - 30) : pos])
        if not m:
            break
        word = m.group(1)
        if word.lower().replace("’", "'") not in _AUX:
            break
        chain.insert(0, word)
        pos = max(floor, pos - 30) + m.start(1)
    return pos, chain


def _subject_before(ctx: _Ctx, sent: Sentence, pos: int) -> Mention | None:
    """The entity whose noun phrase ends right before the verb (titles and names may sit between)."""
    candidates = ctx.mentions_in(max(sent.span.start, pos - 90), pos)
    for n in range(len(candidates) - 1, -1, -1):
        mention = candidates[n]
        if not _GAP_RE.fullmatch(ctx.text[mention.end : pos]):
            continue
        start = mention.start
        for earlier in reversed(candidates[:n]):  # "Russian Foreign Minister" + "Sergei Lavrov": one subject
            if earlier.key != mention.key or not _GAP_RE.fullmatch(ctx.text[earlier.end : start]):
                break
            start = earlier.start
        if ctx.text[max(sent.span.start, start - 4) : start] in ("the ", "The "):
            start -= 4
        return Mention(start, mention.end, mention.key, mention.kind)
    return None


def _subject_after(ctx: _Ctx, start: int, limit: int) -> Mention | None:
    for mention in ctx.mentions_in(start, min(limit, start + 90)):
        if _GAP_RE.fullmatch(ctx.text[start : mention.start]):
            return mention
        break
    return None


def _named_subject(ctx: _Ctx, sent: Sentence, pos: int) -> Mention | None:
    """A capitalised name right before the verb ("Acme Corp has denied"), learnt from the article."""
    prefix = ctx.text[sent.span.start : pos]
    m = _CAPRUN_RE.search(prefix)
    if not m:
        return None
    run = m.group("run")
    first = run.split()[0]
    if first in _PRONOUN_START and len(run.split()) == 1:
        return None
    start = sent.span.start + m.start("run")
    if first in _PRONOUN_START:
        run = run.split(None, 1)[1]
        start += len(first) + 1
    if start == sent.span.start and " " not in run and not _seen_mid_sentence(ctx, run):
        return None  # a capitalised first word is not evidence of a name
    return Mention(start, start + len(run), "name:" + run, "name")


_DEFINITE_RE = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:that|and|but|while|when|because|as)\s+)[Tt]he\s+(?P<np>(?:[a-z][a-z-]+\s+){0,2}(?P<head>[a-z][a-z-]{2,}))\s*$"
)
_NOT_HEAD = _words("same other first last next new old former latter following rest")


def _definite_subject(ctx: _Ctx, sent: Sentence, pos: int) -> Mention | None:
    """A definite noun phrase right before the verb ("the hurricane"): one thing within one article."""
    m = _DEFINITE_RE.search(ctx.text, max(sent.span.start, pos - 60), pos)
    if not m or m.group("head") in _NOT_HEAD or m.group("head") in _STOP:
        return None
    start = m.start("np") - 4
    return Mention(start, pos, "the:" + m.group("head"), "definite")


def _seen_mid_sentence(ctx: _Ctx, word: str) -> bool:
    """Whether ``word`` is capitalised somewhere other than at a sentence start: a name, not a habit."""
    cached = ctx.mid_caps.get(word)
    if cached is None:
        cached = False
        text = ctx.text
        pos = text.find(" " + word)
        while pos > 0 and not cached:
            end = pos + 1 + len(word)
            before = text[:pos].rstrip()[-1:]
            cached = (end >= len(text) or not text[end].isalnum()) and (before.islower() or before == ",")
            pos = text.find(" " + word, pos + 1)
        ctx.mid_caps[word] = cached
    return cached


def _object_terms(ctx: _Ctx, start: int, end: int, subject: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if end <= start:
        return (), ()
    mentions = ctx.mentions_in(start, end)
    entities = tuple(sorted({m.key for m in mentions} - {subject}))
    pieces = []
    pos = start
    for mm in mentions:
        pieces.append(ctx.text[pos : mm.start])
        pos = mm.end
    pieces.append(ctx.text[pos:end])
    terms = set()
    for w in _WORD_RE.findall(" ".join(pieces)):
        low = w.lower()
        if low in _STOP or len(low) < 3:
            continue
        terms.add(stem(low))
    return entities, tuple(sorted(terms))


def stem(word: str) -> str:
    """A crude stem so that "deployment", "deployed" and "deploying" meet."""
    word = word.replace("’", "'").removesuffix("'s")
    for suffix in ("ments", "ment", "ings", "ing", "ions", "ion", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


# ---------------------------------------------------------------- any other negated verb

_NEG_VERB_RE = re.compile(
    r"\b(?:(?:did|does|do|has|have)\s*(?:not|n['’]t|never)|never)\s+"
    r"(?:(?:actually|really|even|ever|officially|publicly|formally|personally)\s+)?(?P<verb>[a-z]{3,})\b"
)
_IRREGULAR_VERBS = {
    "began": "begin", "begun": "begin", "went": "go", "gone": "go", "won": "win", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "made": "make", "left": "leave", "met": "meet", "found": "find",
    "held": "hold", "told": "tell", "said": "say", "knew": "know", "known": "know", "came": "come", "got": "get",
    "gotten": "get", "saw": "see", "seen": "see", "brought": "bring", "bought": "buy", "thought": "think",
    "ran": "run", "lost": "lose", "built": "build", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "chose": "choose", "chosen": "choose", "became": "become", "broke": "break",
    "broken": "break", "fell": "fall", "fallen": "fall", "flew": "fly", "flown": "fly", "grew": "grow",
    "grown": "grow", "led": "lead", "paid": "pay", "sold": "sell", "sat": "sit", "stood": "stand",
    "understood": "understand", "kept": "keep", "felt": "feel", "spent": "spend", "heard": "hear",
    "caught": "catch", "fought": "fight", "taught": "teach", "sought": "seek", "drew": "draw", "drawn": "draw",
    "drove": "drive", "driven": "drive", "rose": "rise", "risen": "rise", "rode": "ride", "ridden": "ride",
    "shot": "shoot", "stole": "steal", "stolen": "steal", "struck": "strike", "swam": "swim", "threw": "throw",
    "thrown": "throw", "wore": "wear", "worn": "wear", "forgot": "forget", "forgotten": "forget", "hid": "hide",
    "hidden": "hide", "bore": "bear", "born": "bear", "arose": "arise", "arisen": "arise", "ate": "eat",
    "eaten": "eat", "sang": "sing", "sung": "sing", "did": "do", "done": "do",
}  # fmt: skip
_LIGHT_VERBS = _words(
    "be have do say know think want need like seem appear mean expect believe feel care matter get go "
    "come make take see look let try use give find tell ask work call become leave put keep show hear "
    "play run move live happen exist include allow only just yet always also even ever again comment "
    "respond return reply answer remember understand realize realise recall specify elaborate confirm "
    "acknowledge admit announce concede disclose deny send deploy dispatch mind bother hesitate stop "
    "intend plan wish hope"
)


@lru_cache(maxsize=32768)
def verb_stem(word: str) -> str:
    """A crude verb stem: "charge", "charged", "charging" and "charges" all give "charg"."""
    word = _IRREGULAR_VERBS.get(word, word)
    for suffix in ("ing", "ied", "ed", "es", "s", "e"):
        if suffix in ("s", "es") and word.endswith(("ss", "sses")):
            if suffix == "es" and word.endswith("sses"):
                word = word[:-2]  # "crosses": cross
            break  # "cross", "press": the s is the stem's
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("i" if suffix == "ied" else "")
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousl":
        word = word[:-1]
    return word.rstrip("e") if len(word) > 3 else word


_LIGHT_STEMS = frozenset(verb_stem(v) for v in _LIGHT_VERBS)


@lru_cache(maxsize=1024)
def _forms_re(stem: str) -> re.Pattern[str]:
    irregular = sorted(w for w, base in _IRREGULAR_VERBS.items() if verb_stem(base) == stem)
    alternation = "|".join([re.escape(stem) + r"[a-z]{0,4}", *map(re.escape, irregular)])
    return re.compile(r"\b(?:" + alternation + r")\b")


def _negated_verbs(ctx: _Ctx, text: str, sentence_of, positions: list[int]) -> list[Statement]:
    """Statements for verbs the article negates somewhere ("did not attend"), and their affirmations."""
    negated: dict[str, set[int]] = {}
    out: list[Statement] = []
    seen: set[int] = set()
    for pos in positions:
        aux = _AUX_BEFORE.search(text, max(0, pos - 8), pos)
        m = _NEG_VERB_RE.match(text, aux.start() if aux else pos)
        if m is None and not aux:
            tok = re.search(r"\S+$", text[max(0, pos - 12) : pos])  # "didn't": the aux is glued on
            m = _NEG_VERB_RE.match(text, pos - len(tok.group(0))) if tok else None
        if m is None or m.start("verb") in seen:
            continue
        seen.add(m.start("verb"))
        verb = m.group("verb")
        base = _IRREGULAR_VERBS.get(verb, verb)
        if base in _LIGHT_VERBS or verb in _AUX or verb in _STOP:
            continue
        stem = verb_stem(verb)
        if verb_stem(base) in _LIGHT_STEMS:
            continue
        i = sentence_of(m.start())
        if i is None:
            continue
        st = _statement(ctx, i, m.start("verb"), m.end("verb"), "v:" + stem)
        if st is not None and st.polarity < 0:
            out.append(st)
            negated.setdefault(stem, set()).add(i)
    for stem in sorted(negated):
        for m in _forms_re(stem).finditer(text):
            if verb_stem(m.group(0)) != stem:
                continue
            i = sentence_of(m.start())
            if i is None or i in negated[stem]:
                continue
            st = _statement(ctx, i, m.start(), m.end(), "v:" + stem)
            if st is not None and st.polarity > 0:
                out.append(st)
    out.sort(key=lambda st: st.span.start)
    return out
