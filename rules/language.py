"""Language that asserts more than the article supports (LNG001-LNG003).

The word lists live in ``rules/data/language.toml``; ``[tool.auditor.language]``
accepts or adds terms (see docs/language.md). ``_lexicon.matches`` finds every
entry once per document, shared by the three rules; the rules below only decide,
per hit, whether the sentence around it already supports the words (a citation,
a named source, an attributed quote).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from auditor.context import Context
from auditor.language import lexicon as _lexicon
from auditor.language.attribution import Attribution, document_attributions
from auditor.language.holders import cited_marker, not_a_claim, sample_article
from auditor.language.trie import announce_triggers, folded, previous_word_start, trie_regex, word_hits
from auditor.model import Document, Finding, Sentence, Severity, Span
from auditor.registry import RuleDocs, rule

_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w&'’\-]*[ \t\xa0]+)$")
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[ \t\xa0]+$")


# A group's expectation is a consensus figure when a named compiler is given ("according to LSEG").
# A small grammar of where a weasel phrase is a claim about who holds a view, and where its words
# only look alike (real copy: "putting some thought into", "has some notes about", "viewed by many
# different users", "often considered at the beginning", "are reported to the states").
_CLAUSE_START = re.compile(
    r"(?:^|[,;:(\u2014\u2013\"“]|\b(?:and|but|or|while|whereas|although|though|because|since|as|that|when|yet|so|"
    r"where|if|now|still|even|indeed|today|already|also))[ \t\xa0]*$",
    re.I,
)
_QUANTIFIER = re.compile(r"(?:some|many|most)\b", re.I)
_AGENT_END = re.compile(r"\bby[ \t\xa0]+(?:many|some)$", re.I)
_AGENT_COMPLEMENT = re.compile(
    r"[ \t\xa0]*(?:[,.;:!?)]|$)|(?:[ \t\xa0]+[\w'’-]+){0,6}?[ \t\xa0]+(?:as|to|that)\b", re.I
)  # "viewed by many." or "by many (who study there) as / to be / that": a view someone holds
_PREPOSITION_AFTER = re.compile(
    r"[ \t\xa0]+(?:into|about|of|on|for|with|from|in|at|over|under|behind|toward|towards)\b", re.I
)
_REPORTED_TO = re.compile(r"\breported[ \t\xa0]+to$", re.I)
_DESTINATION = re.compile(
    r"[ \t\xa0]+(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Aa]ll|[Ee]ach|[Ee]very|[A-Z])\b"
)
_CONSIDERED = re.compile(r"\b(?:considered|regarded)$", re.I)
_TAKEN_INTO_ACCOUNT = re.compile(
    r"[ \t\xa0]+(?:at|in|on|during|before|after|when|while|early|late|first|last|throughout|until)\b", re.I
)


def _looks_alike(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """The phrase's words, but not a claim about who holds a view (see the grammar above)."""
    text = doc.text
    phrase = text[start:end]
    rest = text[end : min(sentence.span.end, end + 60)]
    if (
        _QUANTIFIER.match(phrase)
        and text[sentence.span.start : start].strip()  # not the sentence's first words
        and not _CLAUSE_START.search(text, sentence.span.start, start)
        and _PREPOSITION_AFTER.match(rest)
    ):
        return True  # "has some notes about", "putting some thought into": a noun phrase, not "some say"
    if _AGENT_END.search(phrase) and not _AGENT_COMPLEMENT.match(rest):
        return True  # "viewed by many different users": someone literally views it
    if _REPORTED_TO.search(phrase) and _DESTINATION.match(rest):
        return True  # "are reported to the states": sent to someone, not "reported to have"
    # "often considered at the beginning": taken into account, not judged
    return bool(_CONSIDERED.search(phrase) and _TAKEN_INTO_ACCOUNT.match(rest))


# Who holds the view is described or already known, so the words are no weasel; a field ("industry
# sources", "market sources") describes nobody (real copy:
# "Rebel sources said", "only academic economists believe this", "Restaurant owners in Milan
# protested ... Many worry", "people say unkind things", "analysts and activists working in the region").
_ROLE_GROUPS = frozenset(["sources", "officials", "diplomats"])  # nouns of anonymous sourcing ("insiders" stays vague)
_VAGUE_MODIFIERS = frozenset(
    ["anonymous", "unnamed", "unidentified", "informed", "reliable", "credible", "trusted", "multiple",
     "knowledgeable", "senior", "top", "other", "various", "numerous", "certain", "several", "some", "many",
     "most", "few", "all", "and", "or", "but", "that", "which", "who", "as", "of", "by", "to", "in", "on",
     "with", "from", "for", "at", "said", "say", "says", "a", "an", "unofficial", "private",
     "industry", "market", "trade", "business", "financial", "banking", "city", "crypto", "tech", "media"]
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-]*)[ \t\xa0]+$")
_ONLY_BEFORE = re.compile(r"\b(?:only|not[ \t\xa0]+even|no)[ \t\xa0]+(?:[\w\-]+[ \t\xa0]+)?$", re.I)
_BARE_QUANTIFIER = re.compile(r"(?:many|some|most|others)\b", re.I)
# Plural nouns of people by their endings ("owners", "residents", "activists", "villagers").
_PEOPLE_PLURAL = re.compile(
    r"\b(?:[a-z\-]{2,}(?:ers|ors|ents|ists|ians|ants|ees|ites)|people|families|children|women|men|parents|fans|"
    r"staff|crowds|villagers|farmers|locals|citizens|youths|teenagers|pupils|students)\b"
)
_QUANTIFIED_PEOPLE = re.compile(
    r"\b(?:some|many|several|most|few|numerous|certain|various|other)(?:[ \t\xa0]+[\w\-]+){0,2}?[ \t\xa0]+"
    + _PEOPLE_PLURAL.pattern.removeprefix(r"\b")
)
_NOT_PEOPLE = frozenset(["numbers", "others", "matters", "orders", "waters", "letters", "centers", "percents"])
_COMPARED = re.compile(r"(?:than|as)[ \t\xa0]", re.I)  # "than the council admits": a comparison's standard
# A quantifier with a locale of its own names its own field ("Some in the City", "Many within the party",
# "Few outside Westminster"), not some of the people the sentence before named.
_OWN_LOCALE = frozenset(["in", "within", "inside", "outside", "among", "across", "around", "at", "on", "throughout"])
_SAY_VERB = re.compile(r"\b(?:say|says|said)$", re.I)
_OBJECT_AFTER = re.compile(
    r"[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+){0,2}?(?:things|something|anything|nothing|stuff|words|hello|goodbye|sorry|"
    r"thanks|prayers|grace|yes|no)\b"
)
_POSTMODIFIER = re.compile(
    r"(?:[ \t\xa0]+(?:and|or)[ \t\xa0]+[a-z\-]+)?,?[ \t\xa0]+(?:who|working|based|living|stationed|familiar|close|"
    r"involved|monitoring|tracking|reporting|inside|on[ \t\xa0]+the[ \t\xa0]+ground)\b"
)


def _described_group(doc: Document, sentence: Sentence, start: int, end: int) -> str | None:
    """Why an unnamed group is in fact described or known (see the grammar above), or None."""
    text = doc.text
    phrase = text[start:end].lower()
    head = phrase.split()[0] if phrase.split() else ""
    lo = max(sentence.span.start, start - 60)
    before = _WORD_BEFORE.search(text, lo, start)
    if head in _ROLE_GROUPS and before and before.group(1).lower() not in _VAGUE_MODIFIERS:
        return "described"  # "Rebel sources said", "security officials said": who they are, if not by name
    if _ONLY_BEFORE.search(text, lo, start):
        return "restricted"  # "only academic economists believe this": the writer's claim about the group
    second = phrase.split()[1] if len(phrase.split()) > 1 else ""
    bare = not (_PEOPLE_PLURAL.fullmatch(second) or second in _lexicon.lexicon()["weasel"]["groups"])
    if (
        bare
        and _BARE_QUANTIFIER.match(phrase)
        and second not in _OWN_LOCALE  # "Some in the City have suggested": a field of its own, no anaphor
        and not text[sentence.span.start : start].strip(" \t\xa0\"“‘'(—–-,").strip("ButAnd ")
    ):
        previous = doc.sentences[sentence.index - 1] if sentence.index > 0 else None
        if previous is not None and sentence.paragraph - previous.paragraph <= 1:
            low = previous.text.lower()
            opening = " ".join(low.split()[:6])  # the people just named are the sentence's subject
            people = [w for w in _PEOPLE_PLURAL.findall(opening) if w not in _NOT_PEOPLE]
            if people and not _QUANTIFIED_PEOPLE.search(low):  # "some lawmakers ... Some noted": still vague
                return "anaphoric"  # "Restaurant owners protested ... Many worry": some of those just named
    if _SAY_VERB.search(phrase) and _OBJECT_AFTER.match(text, end, min(sentence.span.end, end + 40)):
        return "behaviour"  # "people say unkind things": what people do, not a view they hold
    if _POSTMODIFIER.match(text, end, min(sentence.span.end, end + 60)):
        return "described"  # "analysts and activists working in the region"
    return None


_OPENERS = frozenset(
    ["but", "and", "yet", "so", "now", "still", "meanwhile", "however", "also", "even", "other", "these", "those",
     "such", "many", "some", "most", "few", "several", "all", "both", "more", "fewer", "new", "recent", "earlier",
     "previous", "past", "current", "further", "scientific", "medical", "academic", "independent", "western"]
)  # fmt: skip


def _names(doc: Document, words: str) -> bool:
    """Whether capitalised words opening a sentence before a group name it ("Harvard research",
    "NASA scientists say"), not just open the sentence ("Industry observers", "Recent studies"):
    an acronym, or a word the article writes capitalised inside a sentence and never in lower case."""
    first = words.split()[0].strip("'’") if words.split() else ""
    if not first or first.lower() in _OPENERS:
        return False
    if len(first) > 1 and first.isupper():
        return True
    word = re.escape(first)
    if re.search(rf"\b{word.lower()}\b", doc.text):
        return False  # "industry" elsewhere: a common word
    # written capitalised inside a sentence, and not only inside a longer name after another capitalised word
    # ("the Norwegian Maritime Authority" names no "Maritime experts"; "at Harvard University" heads its name)
    return re.search(rf"(?:(?<![\w'’\-])[a-z\d][\w'’\-]*|[,;:])[ \t\xa0]+{word}\b", doc.text) is not None


_CONSENSUS = re.compile(r"\b(?:expect|forecast|predict|estimat|anticipat|project|poll)\w*", re.I)


def _vocab(ctx: Context) -> _lexicon.Vocabulary:
    key = "language-vocabulary"
    if key not in ctx.shared:
        ctx.shared[key] = _lexicon.vocabulary(ctx.config.section("language"))
    return ctx.shared[key]


def _holds_marker(doc: Document, span: Span) -> bool:
    """Whether a citation marker lies wholly inside ``span`` (binary search over the markers)."""
    markers = doc.derived("markers-by-start", lambda d: sorted((m.span.start, m.span.end) for m in d.markers))
    i = bisect_left(markers, (span.start, -1))
    while i < len(markers) and markers[i][0] < span.end:
        if markers[i][1] <= span.end:
            return True
        i += 1
    return False


# A remark quoted in single quotes and introduced by a colon, as headlines and standfirsts quote:
# "'Best boy band ever': David Beckham jokes ...". An apostrophe ("he's") opens no such quote.
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?P<words>[^'‘’\n]{2,80}?)['’](?=[ \t\xa0]*[:,])")


def _single_quoted(doc: Document, sentence: Sentence, span: Span) -> bool:
    """Whether ``span`` lies inside such a quoted remark of its sentence."""
    text = doc.text
    if "'" not in sentence.text and "‘" not in sentence.text:
        return False
    for m in _SINGLE_QUOTED.finditer(text, sentence.span.start, sentence.span.end):
        if m.start("words") <= span.start and span.end <= m.end("words"):
            return True
    return False


# "X called it / described the week as / dubbed it ...": X's characterisation, when X names someone
# (a capitalised name or "the ministry"), not an unnamed group ("Critics called it ...").
_CHARACTERISED = re.compile(
    r"(?P<subject>\b(?:[Tt]he[ \t\xa0]+[a-z][\w\-]*|[A-Z][\w&'’.\-]*(?:[ \t\xa0]+[A-Z][\w&'’.\-]*)*))"
    r"(?:[ \t\xa0]+(?:has|have|had|also|later|then))?[ \t\xa0]+"
    r"(?:called|calls|described|describes|dubbed|dubs|termed|terms|hailed|hails|labelled|labeled)[ \t\xa0]+"
    r"(?:it|this|that|them|him|her|the[ \t\xa0]+[\w\-]+)(?:[ \t\xa0]+as)?[ \t\xa0]+"
)


def _characterised(doc: Document, sentence: Sentence, span: Span) -> bool:
    """Whether a named subject characterises, just before ``span``, what the words describe."""
    m = _CHARACTERISED.search(doc.text, sentence.span.start, span.start)
    if m is None or m.end() < span.start - 12:  # "the biggest" may sit a word or two after
        return False
    subject = m.group("subject").split()[-1].lower()
    return subject not in _lexicon.lexicon()["weasel"]["groups"] and subject not in _QUANTIFIER_WORDS


# A speaker whose clause is coordinated after the words: "It is a rise without equal, and Ms Quist said she
# would ask ...": her statement is the second clause; the first stays the writer's.
_LATER_CLAUSE = re.compile(
    r"(?:,[ \t\xa0]*(?:and|but|while|whereas|although|though|yet|so)|;)[ \t\xa0]+(?:[^\s,;:]+[ \t\xa0]+){1,6}?\Z"
)


def _later_clause(text: str, words: Span, verb: Span) -> bool:
    """Whether the reporting verb at ``verb`` heads a clause coordinated after ``words`` (see above)."""
    return verb.start > words.end and _LATER_CLAUSE.search(text, words.end, verb.start) is not None


def _supported(doc: Document, sentence: Sentence, span: Span) -> str | None:
    """Why the words at ``span`` need no flag: a citation, a named source or a quote."""
    if doc.citations_in(sentence.span) or _holds_marker(doc, sentence.span):
        return "citation"
    if _single_quoted(doc, sentence, span):
        return "quote"  # "'Best boy band ever': Beckham jokes ...": his words, quoted
    if _characterised(doc, sentence, span):
        return "named source"  # "The ministry called it the biggest week since ...": the ministry's words
    attributions = document_attributions(doc)
    quote = attributions.quote_at(span.start)
    if quote is not None and (quote.attributed or _spoken(doc, quote.span)):
        return "quote"
    if any(
        a.kind == "named" and a.covers(span.start) and not _later_clause(doc.text, span, a.span)
        for a in attributions.in_sentence(sentence.index)
    ):
        return "named source"
    if any(a.kind == "described" and a.covers(span.start) for a in attributions.in_sentence(sentence.index)):
        return "described source"  # "..., state media reported": attributed, if not by name
    return None


_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w,]|\.\d)([ \t\xa0]*(?:%|per[ \t\xa0]*cent\b|percent\b))?"
)
_MONTH_NEAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t\xa0]*(?:\d{1,2},?[ \t\xa0]*)?$", re.I
)


def _has_measure(text: str) -> bool:
    """Whether a sentence gives a measured figure (a share, or a count of ten or more), not a date or year."""
    for m in _NUMBER.finditer(text):
        if m.group(2):
            return True
        raw = m.group(1)
        value = int(raw.replace(",", ""))
        if value < 10 or ("," not in raw and len(raw) == 4 and 1800 <= value <= 2100):
            continue  # small counts and years
        if _MONTH_NEAR.search(text, max(0, m.start() - 16), m.start()):
            continue  # "December 9", "Oct. 21, 2020"
        return True
    return False


_CONTENT_WORD = re.compile(r"[a-z][a-z\-]{4,}")
_COMMON_WORDS = frozenset(
    ["about", "after", "again", "their", "there", "these", "those", "which", "while", "would", "could", "should",
     "other", "where", "being", "since", "under", "before", "still", "first", "three", "according", "said",
     "added", "through", "between", "during", "against", "because", "record", "records", "highest", "lowest",
     "biggest", "largest", "never", "their", "years", "million", "billion", "percent"]
)  # fmt: skip


def _content(text: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(text.lower()) if w not in _COMMON_WORDS}


# Where a measured thing is ("300 homes in Cumbria", "fans at the stadium", "in the Borders"): a place named or
# made definite after a preposition of place. A word there is where, not what, the sentence measures.
_PLACE_PHRASE = re.compile(
    r"\b(?:in|at|on|across|throughout|around|near|inside|outside)[ \t\xa0]+"
    r"(?:the[ \t\xa0]+[\w'’\-]+|[A-Z][\w'’\-]*(?:[ \t\xa0]+[A-Z][\w'’\-]*)*)"
)


def _measured_words(text: str, named: list[Attribution]) -> set[str]:
    """What a measuring sentence measures, and whose body measures it: its content words outside the phrases
    that place what it counts ("The Environment Agency said 300 homes in Cumbria were flooded" measures homes,
    not Cumbria's rainfall), and the words of its named sources ("The Oregon Health Authority": a place's own
    body measures the place's record). A record sharing only a place's noun with it is not what it measured."""
    words = _content(_PLACE_PHRASE.sub(" ", text))
    for a in named:
        words |= _content(a.source)
    return words


def _measured_beside(doc: Document, sentence: Sentence, vocab: _lexicon.Vocabulary) -> bool:
    """A record whose measurement a named source gives just after it, on the same subject: later in
    its paragraph or first in the next (news pages give each sentence its own <p>): "... reached a
    record high in Oregon." then "The Oregon Health Authority reported 1,517 new infections". Dates
    and years are no measurement, and a source on another subject measures nothing of this record
    ("the worst flooding the coast has seen" then "Wind gusts reached 112 mph, the Met Office said"), nor one
    that measures another quantity sharing only a noun with it (see :func:`_measured_words`)."""
    attributions = document_attributions(doc)
    sentences = doc.sentences
    records = [h for h in _lexicon.matches(doc, vocab) if h.kind in ("rec", "sup")]
    own: set[str] | None = None
    i = sentence.index + 1
    while i < len(sentences) and i - sentence.index <= 8:
        other = sentences[i]
        gap = other.paragraph - sentence.paragraph
        if gap > 1:
            break
        if (
            (attributions.named(i) or doc.citations_in(other.span))
            and _has_measure(other.text)
            and not any(other.span.start <= h.start < other.span.end for h in records)
        ):  # a source giving a record of its own ("the largest since January") measures a narrower one
            own = _content(sentence.text) if own is None else own
            if own & _measured_words(other.text, attributions.named(i)):
                return True
        if gap == 1:
            break  # only the first sentence of the next paragraph
        i += 1
    return False


_CHART = re.compile(
    r"\b(?:in|on)[ \t\xa0]+(?:this|the|that)[ \t\xa0]+(?:plot|chart|graph|figure|table|histogram)\b"
    r"|\b(?:plot|chart|graph|figure|table)[ \t\xa0]+(?:below|above)?[ \t\xa0]*(?:shows|show|showing)\b",
    re.I,
)


def _charted_after(doc: Document, sentence: Sentence) -> bool:
    """A record the next sentence shows in a chart: "... an all-time peak in pull requests opened in a week."
    then "In this plot we can observe that peak": the chart is the measurement."""
    if sentence.index + 1 >= len(doc.sentences):
        return False
    after = doc.sentences[sentence.index + 1]
    return after.paragraph - sentence.paragraph <= 1 and _CHART.search(after.text) is not None


def _cited_marker(doc: Document, sentence: Sentence, clause: Span | None = None) -> bool:
    """A footnote or author-year marker on the sentence, or on ``clause`` of it (see
    :func:`auditor.language.holders.cited_marker`)."""
    span = clause or sentence.span
    if "[" not in doc.text[span.start : span.end + 8] and "(" not in doc.text[span.start : span.end]:
        return False
    entries = doc.derived("reference-markers", lambda d: frozenset(c.marker for c in d.citations if c.marker))
    return cited_marker(doc.text, (span.start, span.end), entries)


# The next coordinated clause: "The launch is widely seen in Seoul as a message, and its allies are discussing
# sanctions [8]": the marker closes the second clause and cites what it says, not the view in the first.
_NEXT_COORDINATE = re.compile(r",[ \t\xa0]*(?:and|but|while|whereas|yet)[ \t\xa0]+|;[ \t\xa0]")


def _cited_clause(doc: Document, sentence: Sentence, clause: Span) -> bool:
    """A citation of the clause: any of the sentence's when the clause is the sentence, else a link inside it
    (a marker inside it is :func:`_holds_marker`'s)."""
    found = doc.citations_in(sentence.span)
    if clause == sentence.span or not found:
        return bool(found)
    return any(c.kind != "reference" and c.span.start < clause.end and clause.start < c.span.end for c in found)


def _clause_of(doc: Document, sentence: Sentence, end: int) -> Span:
    """The sentence up to the clause coordinated after the words ending at ``end``."""
    m = _NEXT_COORDINATE.search(doc.text, end, sentence.span.end)
    return Span(sentence.span.start, m.start()) if m else sentence.span


_SHARE = re.compile(r"\d(?:[\d.,]*)[ \t\xa0]*(?:%|per[ \t\xa0]*cent\b|percent\b)")


def _surveyed_after(doc: Document, sentence: Sentence) -> bool:
    """A record in the write-up of a survey the article reports, measured by a share of its respondents in
    the next sentence: "More people are using Rust than ever before! Over 90% of survey respondents ..."."""
    if sentence.index + 1 >= len(doc.sentences) or not sample_article(folded(doc)):
        return False
    after = doc.sentences[sentence.index + 1]
    return after.paragraph - sentence.paragraph <= 1 and _SHARE.search(after.text) is not None


def _spoken(doc: Document, span: Span) -> bool:
    """A quotation of four words or more is someone's speech even when its speaker is
    named in a neighbouring sentence; a shorter one may be a scare quote."""
    return len(doc.text[span.start : span.end].split()) >= 4


def _headline(sentence: Sentence) -> bool:
    """Title Case lines (headlines, "Read more:" links) are not prose claims."""
    words = [w for w in sentence.text.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= 0.7 * len(words)


def _title_line(doc: Document, sentence: Sentence) -> bool:
    """A short line of its own without closing punctuation: a headline or a link to another story."""
    text = sentence.text.rstrip().removesuffix("...").removesuffix("…")  # a teaser ends in an ellipsis
    if not text or text[-1] in '.!?:;”"’)' or len(text.split()) > 30:
        return False
    para = doc.paragraphs[sentence.paragraph] if 0 <= sentence.paragraph < len(doc.paragraphs) else None
    return para is not None and len(doc.text[para.start : para.end].split()) <= len(text.split()) + 2


def _hits(doc: Document, ctx: Context, kind: str) -> Iterator[tuple[_lexicon.LexMatch, Sentence]]:
    """Lexicon hits of one kind in body sentences, minus what the newsroom accepts."""
    vocab = _vocab(ctx)
    headlines: dict[int, bool] = {}  # once per sentence, not once per hit (a long sentence has many)
    for m in _lexicon.matches(doc, vocab):
        if m.kind != kind:
            continue
        sentence = doc.sentence_at(m.start)
        if sentence is None or doc.in_reference_zone(m.start):
            continue
        if sentence.index not in headlines:
            headlines[sentence.index] = _headline(sentence)
        if headlines[sentence.index]:
            continue
        if vocab.accept and vocab.accepted(doc.text[m.start : m.end]):
            continue
        yield m, sentence


def _words(doc: Document, start: int, end: int) -> str:
    return " ".join(doc.text[start:end].split())


@rule(
    "LNG001",
    "unsupported-superlative",
    "language",
    Severity.WARNING,
    "a superlative or record claim with no citation or named source in its sentence",
    RuleDocs(
        what="""
        Flags record and uniqueness claims ("unprecedented", "record high", "first-ever",
        "second to none", "has never been higher") and superlatives (any -est word outside an
        exception list, most/least after a determiner, best/worst ...) made into records by
        what surrounds them: "the biggest since 1990", "the most overt sign yet", "the worst
        ever", "in the club's history", "on record", "in living memory", "in forty years", a
        relative clause of experience ("the worst storm the coast has seen"), or the world as
        the field ("the world's largest fair"), "anywhere", "for the time of year", "first"
        with its history ("the first time in the club's history", "first ever"; never "the first
        visit since 2019"), "record" on a figure or measure ("a record 4.2 million units",
        "record profits"), "Never before had ...", "no other city has ever", "than in any year",
        "of the war", "the county has ever made", "higher than it has ever been" (not "more
        important than ever", an idiom), "in the club's 130-year existence", "the longest anyone
        could remember", "on the planet", "the largest of its kind" (not "among the best of its
        kind"), "in 18 months", compounds ("the highest-grossing tour of all time"), a span before
        a high or low ("a 30-year low", "a fresh 16-year high", "a new low"), a record by experience
        ("has never seen a storm like it", "Nothing like it has been seen"), a field as wide as the
        world or a continent ("the fastest course in Europe", "the most dysfunctional system in the
        developed world", "the best striker in world football"; not idioms such as "the best
        feeling in the world", a name's standing description such as "Antwerp, the second-largest
        port in Europe", where something is, "the best coverage is in North America", or a goal,
        "we want it to be the greenest capital in Europe"), "Never has the party
        been so divided" and "No city has ever hosted more games" (not "No one has ever been
        charged"), "all-time" before a ranking ("the club's all-time top scorer"; not "my all-time
        favourite"), a degree negated against a span ("has not been this high since 1981", "levels not
        seen since 2008", "Not since 1966 has England won"), uniqueness by negation ("has no equal",
        "without rival", "like no other", "in a class of its own"), a comparison made absolute ("more
        titles than any other club", "Nobody has scored more goals"; not "taller than any other boy in
        the class"), "a first for the club", "a world first", "the first of its kind", a span with
        "for" ("the highest for a decade"), "-ever" compounds ("its biggest-ever crowd"), record
        morphology ("record-smashing"; not "record-keeping") and the clause of experience with any
        participle ("the biggest the ground has hosted"), "unlike anything the town has seen", "the
        finest player of his generation", "as never before", "surpassed the previous record", a ranking
        against every member of a field ("the fastest of any company our size"; not "one of the most
        advanced of any project", nor "of any plan we tried"), a comparison with all that a clause of
        experience counts ("more anxious than any this country has brought up"; not "than any I have
        owned"), the clause of experience after a measure ("the most expensive line per kilometre the
        country has built"), "of Iran's modern history", "incomparable" (not "incomparable with", that
        cannot be compared), "beyond compare", a movement negated against all time ("have never fallen
        this quickly"; not "we have never moved this fast"), a first as a negated experience ("a sum no
        shipowner has been ordered to pay before"), a relative clause of experience negated against a span
        ("a level the stock has not traded at since its flotation", "a scene the city has not witnessed
        since the race began"; not "a problem the council has not addressed since 2019", nor "has not been
        seen since Friday", a time just past), a superlative whose noun carries long postmodifiers before
        "since" ("the biggest one-day drop in the price of copper since 2020"), "has never been worse". A word of
        uniqueness ("unprecedented", "second to none") in a sentence of the writer's team ("we", "our") in a
        piece written in the first person is the team's word for its own work and is left alone. An experience of the writer's or the reader's own life
        ("the best job I've ever had", "the biggest challenge you've faced to date"; "the largest change
        we've ever made" is an organisation's record and stays flagged), a future or a hypothesis ("the
        only person who will ever work on it"), "one of"/"some of the biggest ... in the world", "it's
        only" and "up to date" are no records, nor are record words negated ("wouldn't be entirely without
        precedent", "hardly unprecedented"; not "not only unprecedented"), "record-level data", "these
        unprecedented times" and a person's own first ("my first blog post ever", "her first-ever
        talk"; "the club's first-ever title", "their first ever title" are flagged). Left alone
        when the sentence carries a citation
        or link, attributes its statement to a named or described source ("according to the US
        Geological Survey", "Smith said", "state media reported", "Her publisher, Larkspur Books, said";
        a speaker in a clause coordinated after the words vouches for that clause only: "It is a rise
        without equal, and Ms Quist said she would ask ..." is flagged), the words are inside a
        quote attributed to someone (or a remark in single quotes before a colon, as headlines
        quote: "'Best boy band ever': Beckham jokes ..."), a named subject characterises it ("The
        ministry called it the biggest week since ..."), or a named source measures the record just after it on
        the same subject (later in its paragraph or first in the next: "... a record high in
        Oregon." then "The Oregon Health Authority reported 1,517 new infections"; dates and
        years are no measurement, nor a narrower record of its own, "the largest since January", nor
        another quantity sharing only a place, "300 homes in Cumbria were flooded"), or
        a chart the next sentence shows measures it (a source's measurement in the sentence before
        vouches for no record after it: "Rainfall was 40% above average, the Met Office said. It was
        the wettest February since records began." is flagged, as the record is the writer's); headlines and link lines are not prose claims. In a press release
        (a release header or contact block above the body, a closing "###" or "-30-", a public
        office announcing "today" in its opening), a record in a sentence about the issuer's case or
        office ("This case marks the first jury trial in Dallas County history to use ...", "the
        largest consumer fraud settlement in the county's history") is the office's own record and
        is left alone; the world's records it quotes are not ("Overdose deaths reached the highest
        level in the state's history"). The same words twice in one sentence are one finding. Plain
        superlatives ("the largest city in the region") and words that only look like
        superlatives (interest, protest, forest, honest ...) are left alone.
        """,
        why="""
        A record is a factual claim that someone measured. Without a source, readers cannot
        check it, and such claims are often the writer's emphasis rather than a fact.
        """,
        flag="The flood was the worst the valley has seen since 1953.",
        ok="The flood was the worst the valley has seen since 1953, the Environment Agency said.",
        silence="""
        Name the source, cite it, or say what was measured. A newsroom can accept a term in
        `[tool.auditor.language] accept = ["record"]`.
        """,
    ),
)
def check_superlatives(doc: Document, ctx: Context) -> Iterator[Finding]:
    from auditor.language.genre import issuers_record

    reported: list[Span] = []  # one claim, one finding: "first ever" and "first ever event of its kind" overlap
    said: set[tuple[int, str]] = set()  # the same words twice in one sentence: one finding
    for group in ("rec", "sup"):
        for m, sentence in _hits(doc, ctx, group):
            span = Span(m.start, m.end)
            if _title_line(doc, sentence) or _supported(doc, sentence, span):
                continue
            if (
                _measured_beside(doc, sentence, _vocab(ctx))
                or _charted_after(doc, sentence)
                or _surveyed_after(doc, sentence)
            ):
                continue
            if any(span.overlaps(r) for r in reported):
                continue
            words = _words(doc, m.start, m.end)
            if (sentence.index, words.lower()) in said:
                continue  # "... than any other age group and ... than any other age group": one sentence, one finding
            if issuers_record(doc, sentence):
                continue  # "the first genetic genealogy jury trial in Dallas County history": the office's own record
            if group == "rec" and _own_work(doc, sentence, span):
                continue  # "Given the unprecedented scale of the program, we knew ...": the team's word for its own work
            reported.append(span)
            said.add((sentence.index, words.lower()))
            what = "record claim" if group == "rec" else "superlative"
            yield Finding(
                "LNG001",
                span,
                f'"{words}" is a {what} with no source in its sentence. Say who measured it or '
                "cite the source, or describe the fact without the superlative.",
                evidence={"term": words, "kind": what},
            )


# Words of uniqueness that rank nothing measured ("unprecedented", "second to none", "unparalleled"): in a piece
# written as "we", in a sentence of the writer's team (we, our, us outside quotation marks), they are the team's
# word for its own work or life (18F: "Given the unprecedented scale of the program, we knew ...", "Our potlucks
# are second to none"). A superlative made a record ("the largest change we've ever made") or "first-ever" is
# measurable and stays flagged, as the Go blog's judgements want.
_UNIQUENESS = frozenset(
    ["unprecedented", "unmatched", "unsurpassed", "unexcelled", "unbettered", "unparalleled", "unrivalled",
     "unrivaled", "unequalled", "unequaled", "second to none", "without equal", "without precedent", "peerless",
     "incomparable", "beyond compare", "without compare", "matchless", "unsurpassable"]
)  # fmt: skip
_TEAM_WORD = re.compile(r"\b(?:we|our|us)\b", re.I)


def _own_work(doc: Document, sentence: Sentence, span: Span) -> bool:
    """A word of uniqueness (see above) in a sentence of the writer's team, in a piece written in the first person."""
    from auditor.language.sourcing import writes_in_person, writing_register

    if " ".join(doc.text[span.start : span.end].lower().split()) not in _UNIQUENESS:
        return False
    attributions = document_attributions(doc)
    if not any(
        attributions.quote_at(m.start()) is None
        for m in _TEAM_WORD.finditer(doc.text, sentence.span.start, sentence.span.end)
    ):
        return False
    return writes_in_person(doc) and writing_register(doc).personal_piece


_QUANTIFIER_WORDS = frozenset(["some", "many", "most", "several", "numerous", "certain", "various"])
announce_triggers(lambda: _QUANTIFIER_WORDS)


@cache
def _quantified_pattern() -> re.Pattern[str]:
    """A vague quantifier, at most one modifier, a plural noun of people and a verb of opinion:
    "some investors fear", "many residents believe" (the group found by its ending, not a list)."""
    verbs = _lexicon.lexicon()["weasel"]["verbs"]
    aux = r"(?:[ \t\xa0]+(?:have|has|had|also|often|long|widely|now|increasingly|generally)){0,2}"
    people = _PEOPLE_PLURAL.pattern.removeprefix(chr(92) + "b")
    return re.compile(
        rf"(?:{'|'.join(sorted(_QUANTIFIER_WORDS))})[ \t\xa0]+"
        rf"(?:(?:[a-z][a-z\-]*[ \t\xa0]+)?(?P<noun>{people})|(?:in|within|inside)[ \t\xa0]+the[ \t\xa0]+[a-z\-]+)"
        rf"{aux}[ \t\xa0]+{trie_regex(verbs)}\b"
    )  # "some investors fear", "many in the party believe": a vague share of a vague group


_ADVERBS = frozenset({"also", "often", "long", "widely", "now", "increasingly", "generally"})
_MASS_GROUPS = frozenset({"research"})  # a singular subject: "research suggests", never "research suggest"
_PAST_FORMS = frozenset({"said", "thought", "had"})


def _verb_disagrees(phrase: str) -> bool:
    """True when a "GROUP VERB" hit is not a clause because subject and verb do not agree.

    "Some notes:" (a plural "some" before "notes") and "a research question" (a singular
    "research" before "question") are noun phrases; "some note", "research suggests" and
    "others have long noted" are clauses. Past forms agree with either number.
    """
    words = phrase.lower().split()
    firsts = _verb_first_words()
    i = next((k for k in range(1, len(words)) if words[k] in _ADVERBS or words[k] in firsts), None)
    if i is None:
        return False
    head = words[i - 1]
    verb = next((w for w in words[i:] if w not in _ADVERBS), "")
    if not verb or verb in _PAST_FORMS or verb.endswith("ed"):
        return False
    singular_verb = verb == "has" or (verb.endswith("s") and not verb.endswith("ss"))
    return singular_verb != (head in _MASS_GROUPS)


@cache
def _verb_first_words() -> frozenset[str]:
    """The first word of every reporting verb of the weasel grammar ("point" of "point out")."""
    return frozenset(v.split()[0] for v in _lexicon.lexicon()["weasel"]["verbs"]) | {"have", "has", "had"}


def _quantified_groups(doc: Document, ctx: Context) -> Iterator[tuple[_lexicon.LexMatch, Sentence]]:
    """Weasels the group list does not hold, found by structure ("Some investors fear ..."), in body
    sentences, where no lexicon weasel already sits."""
    low = folded(doc)
    taken = [(m.start, m.end) for m in _lexicon.matches(doc, _vocab(ctx)) if m.kind in ("weasel", "nob")]
    pattern = _quantified_pattern()
    for pos, _word in word_hits(doc, _QUANTIFIER_WORDS):
        m = pattern.match(low, pos)
        if m is None or (m.group("noun") or "") in _NOT_PEOPLE or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        sentence = doc.sentence_at(pos)
        if sentence is None or doc.in_reference_zone(pos) or _headline(sentence):
            continue
        if _vocab(ctx).accept and _vocab(ctx).accepted(doc.text[m.start() : m.end()]):
            continue
        yield _lexicon.LexMatch("weasel", m.start(), m.end()), sentence


# The weasel grammar beyond "GROUP VERB": who holds a view, in any order and voice.
# (a) a bare plural of people by its ending and a verb of opinion in the present, at the head of the
#     sentence: "Regulars say", "Parents worry", "Local traders complain", "Doctors say". The present
#     tense makes it a standing view of a kind of people; "Prosecutors said" (past) reports an event,
#     and roles that speak for an institution ("Prosecutors say", "Police say") are sources.
_OPINION_PRESENT = (
    r"(?:say|believe|fear|worry|argue|claim|insist|complain|warn|think|suspect|feel|reckon|agree|contend|"
    r"maintain|doubt|predict|question|remain[ \t\xa0]+(?:sceptical|skeptical|unconvinced|doubtful|wary|"
    r"convinced|divided|concerned|worried)"
    # a trend reported by a kind of people, in a that-clause or a noun of change ("Estate agents report a scramble",
    # "Doctors report more cases"), not a duty, a beat or a habit ("Employers report their payroll to HMRC",
    # "Correspondents report from the capital", "Users report bugs on the tracker"), nor what happened to the
    # group itself ("Some users report that they've hit this bug": testimony the writer received)
    r"|report(?=[ \t\xa0]+(?:that\b(?![ \t\xa0]+(?:they|we|i)\b)|(?:more|fewer|less|higher|lower|growing|rising|falling|record)\b|(?:an?|some)"
    r"(?:[ \t\xa0]+[\w'’\-]+){0,2}?[ \t\xa0]+(?:rise|fall|surge|scramble|increase|decrease|drop|shortage|spike|jump|"
    r"slump|slowdown|boom|glut|rush|shift|decline|flood|wave|lack|dearth|growth|upturn|downturn|recovery|"
    r"improvement|deterioration|backlog|squeeze|exodus|influx)s?\b)))"
)
_OPINION_WORDS = frozenset(
    [
        *("say", "believe", "fear", "worry", "argue", "claim", "insist", "complain", "warn", "think", "suspect"),
        *("feel", "reckon", "agree", "contend", "maintain", "doubt", "predict", "question", "remain", "report"),
    ]
)
_OPINION_AT = re.compile(_OPINION_PRESENT + r"\b(?![ \t\xa0]+of\b)")  # "patients complain of pain": a symptom
_PEOPLE_VERBS = frozenset(
    ["say", "believe", "fear", "worry", "think", "feel", "complain", "insist", "reckon", "suspect"]
)
_BARE_GROUP_BEFORE = re.compile(
    r"(?:(?:but|and|yet|still|now|meanwhile|however|today),?[ \t\xa0]+)?"
    r"(?:(?P<mod>[a-z][a-z\-]+)[ \t\xa0]+)?(?P<noun>"
    + _PEOPLE_PLURAL.pattern.removeprefix(r"\b")
    + r"|[a-z]{3,}[^s\W]s)"
    r"(?:[ \t\xa0]+(?:also|often|now|increasingly|still|long|generally|widely|privately|openly))?[ \t\xa0]+$"
)
_SPEAK_FOR_INSTITUTIONS = frozenset(
    [
        "prosecutors",
        "investigators",
        "detectives",
        "officers",
        "authorities",
        "firefighters",
        "paramedics",
        "rescuers",
        "organisers",
        "organizers",
        "lawyers",
        "attorneys",
        "judges",
        "inspectors",
        "coroners",
        "regulators",
        "ministers",
        "spokespeople",
        "executives",
        "directors",
        "managers",
        "administrators",
        "negotiators",
        "mediators",
        "officials",
        "organizers",
        "researchers",
        "scientists",
        "authors",
        "counsellors",
        "councillors",
        "senators",
        "members",
        "leaders",
        "owners",
        "operators",
        "others",
    ]
)  # fmt: skip  (researchers and scientists are the lexicon's; owners and leaders speak for a business)
# Plurals that are not people: what they "say" is their text ("Rules say players must ...").
_NOT_HOLDERS = frozenset(
    ["rules", "laws", "regulations", "guidelines", "instructions", "terms", "signs", "figures", "records",
     "documents", "results", "minutes", "notes", "labels", "forecasts", "models", "maps", "papers", "letters",
     "statistics", "numbers", "polls", "surveys", "reports", "studies", "tests", "scans", "charts", "accounts",
     "things", "times", "days", "years", "words", "lyrics", "headlines", "books", "texts", "emails", "messages",
     "posts", "comments", "reviews", "rumours", "rumors", "others", "ones", "this", "thus", "plus", "yes",
     "sometimes", "besides", "minds", "exists", "insists", "persists", "resists", "consists", "assists"]
)  # fmt: skip
_NOT_A_MODIFIER = frozenset(
    [
        "the",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "such",
        "both",
        "make",
        "makes",
        "let",
        "lets",
        "help",
        "helps",
        "have",
        "has",
        "see",
        "get",
        "gets",
        "ask",
        "tell",
        "keep",
        "leave",
        "watch",
        "hear",
        "want",
        "invite",
        "encourage",
        "allow",
        "remind",
        "show",
        "when",
        "if",
        "this",
        "that",
        "we",
        "i",
        "you",
        "they",
    ]
)  # fmt: skip  ("Make people feel comfortable": an imperative, not a group; "We sometimes say": the writer)
# (b) a passive whose agent is a vague group: "is disputed by some historians", "was questioned by critics".
_PASSIVE_PARTICIPLES = frozenset(
    ["disputed", "questioned", "criticised", "criticized", "challenged", "doubted", "contested", "rejected",
     "dismissed", "condemned", "opposed", "ridiculed", "derided", "praised", "hailed", "welcomed",
     # a view or an expectation held by the vague agent: "had been expected by economists", "was seen by critics as"
     "expected", "predicted", "anticipated", "forecast", "believed", "thought", "seen", "viewed", "regarded",
     "considered", "feared", "tipped", "touted"]
)  # fmt: skip
_VAGUE_AGENT = re.compile(
    r"(?:(?:is|are|was|were|been|being)[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?)(?P<verb>[a-z]+)[ \t\xa0]+by[ \t\xa0]+"
    r"(?P<agent>(?:some|many|several|most|numerous|various|other|a[ \t\xa0]+number[ \t\xa0]+of|a[ \t\xa0]+few)"
    r"(?:[ \t\xa0]+[a-z\-]+)?|critics|experts|observers|analysts|historians|commentators|economists|scholars|"
    r"academics|sceptics|skeptics|opponents|detractors|campaigners|activists|pundits|insiders|strategists|"
    r"forecasters|watchers|traders|investors)\b"
    r"(?![ \t\xa0]+(?:at|from|of|with|in)[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z])"
)
# (c) a judgement in the passive with no one who made it: "has been criticised as a waste",
#     "Questions have been raised about the contract".
_JUDGED = re.compile(
    r"(?:(?:has|have|had)[ \t\xa0]+been|(?:is|are)[ \t\xa0]+(?:widely|often|frequently|increasingly|commonly))"
    r"[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?(?:criticised|criticized|described|hailed|branded|dubbed|labelled|labeled|"
    r"derided|lauded|condemned|slammed|billed|touted|attacked|accused|blamed)[ \t\xa0]+(?:as|of|for)\b"
    r"|(?:questions|concerns|doubts|fears|suspicions|criticism)[ \t\xa0]+(?:have|has|had)[ \t\xa0]+(?:also[ \t\xa0]+)?"
    r"been[ \t\xa0]+(?:raised|voiced|expressed|cast|levelled|leveled)\b"
)
_JUDGED_WORDS = frozenset(["been", "widely", "often", "frequently", "increasingly", "commonly"])
# (d) a view held by no one: "There is a growing belief that", "Conventional wisdom holds", "Rumours suggest".
_HELD_BY_NOBODY = re.compile(
    r"there[ \t\xa0]+(?:is|are|was|were|has[ \t\xa0]+been|have[ \t\xa0]+been)[ \t\xa0]+(?:an?[ \t\xa0]+)?"
    r"(?:(?:growing|widespread|increasing|general|strong|mounting|real|deep|lingering)[ \t\xa0]+)?"
    r"(?:belief|feeling|perception|sense|speculation|suspicion|suspicions|fear|fears|talk|expectation|"
    r"expectations|view|assumption|conviction|concern|worry)"
    r"(?:[ \t\xa0]+(?:among|in|within|across|inside|at)[ \t\xa0]+(?:[\w'’\-]+[ \t\xa0]+){0,3}?[\w'’\-]+)?[ \t\xa0]+that\b"
    r"|(?:conventional|received|popular)[ \t\xa0]+wisdom[ \t\xa0]+(?:holds|has[ \t\xa0]+it|says|suggests|is)\b"
    r"|rumou?rs[ \t\xa0]+(?:suggest|say|have[ \t\xa0]+it|persist|abound|swirl)\b"
    r"|the[ \t\xa0]+(?:thinking|feeling|perception|word|talk)[ \t\xa0]+(?:is|was)[ \t\xa0]+that\b"
    r"|it[ \t\xa0]+(?:could|can|may|might|would|will)[ \t\xa0]+(?:well[ \t\xa0]+)?be[ \t\xa0]+(?:argued|said|claimed|"
    r"suggested|contended)\b"
    # a view everyone is said to share: "It is no secret that", "It is common knowledge that", "Few would dispute"
    r"|it[ \t\xa0]+(?:is|was|has[ \t\xa0]+long[ \t\xa0]+been)[ \t\xa0]+(?:no[ \t\xa0]+secret|common[ \t\xa0]+knowledge|"
    r"an[ \t\xa0]+open[ \t\xa0]+secret|widely[ \t\xa0]+acknowledged|generally[ \t\xa0]+agreed|commonly[ \t\xa0]+"
    r"accepted|universally[ \t\xa0]+accepted)[ \t\xa0]+that\b"
    r"|(?:few|nobody)[ \t\xa0]+(?:would|could|can|will)[ \t\xa0]+(?:seriously[ \t\xa0]+)?(?:dispute|deny|argue|disagree|"
    r"doubt|question|challenge)\b(?![ \t\xa0]+(?:over|about|for|against|in|on)\b)"  # (not "few would argue over it")
    r"|(?:the|general|broad|emerging)[ \t\xa0]+consensus[ \t\xa0]+(?:is|was|seems[ \t\xa0]+to[ \t\xa0]+be|appears[ \t\xa0]+"
    r"to[ \t\xa0]+be)[ \t\xa0]+that\b"
)  # "it could be argued": the passive with a modal
_NOBODY_WORDS = frozenset(["there", "rumours", "rumors", "it", "few", "nobody"])
_NOBODY_NOUNS = frozenset(["wisdom", "thinking", "feeling", "perception", "word", "talk", "consensus"])  # after a word
# (e) "people familiar with the matter", unnumbered: no one in particular (two officials familiar with
#     the talks are described).
_PEOPLE_FAMILIAR = re.compile(
    r"(?:according[ \t\xa0]+to[ \t\xa0]+)?(?:some[ \t\xa0]+|several[ \t\xa0]+|many[ \t\xa0]+)?(?:people|sources|those|insiders)"
    r"[ \t\xa0]+(?:familiar[ \t\xa0]+with|close[ \t\xa0]+to|briefed[ \t\xa0]+on|with[ \t\xa0]+knowledge[ \t\xa0]+of|"
    r"who[ \t\xa0]+know[ \t\xa0]+(?:him|her|them|the)|in[ \t\xa0]+the[ \t\xa0]+know)\b"
)  # unnumbered and at the head of a clause: "Sources close to the minister said", "Those close to him say"
# (f) the verb before the group, as wire copy inverts it: "..., say critics", "..., argue some economists".
_INVERTED_VERBS = frozenset(
    ["say", "says", "said", "argue", "argued", "claim", "claimed", "warn", "warned", "insist", "insisted",
     "suggest", "suggested", "contend", "contended", "believe", "fear", "feared"]
)  # fmt: skip
_INVERTED = re.compile(
    r"(?P<verb>say|says|said|argue|argued|claim|claimed|warn|warned|insist|insisted|suggest|suggested|contend|"
    r"contended|believe|fear|feared)[ \t\xa0]+(?P<group>(?:(?:some|many|several|most|other|a[ \t\xa0]+few)[ \t\xa0]+)?"
    r"(?:[a-z\-]+[ \t\xa0]+)?(?:critics|analysts|experts|observers|commentators|economists|historians|scholars|"
    r"academics|insiders|sceptics|skeptics|opponents|detractors|supporters|pundits|strategists|watchers|"
    r"campaigners|activists|residents|locals|people|others|many|some|[a-z\-]{2,}(?:ers|ors|ists|ians|ants|ents))"
    r"|some|many|others)"
    r"(?=[ \t\xa0]*(?:[.,;:!?)]|$|who\b|and\b))"
)
_STRUCTURE_WORDS = (
    _INVERTED_VERBS | _OPINION_WORDS | _PASSIVE_PARTICIPLES | _JUDGED_WORDS | _NOBODY_WORDS | _NOBODY_NOUNS | {"people"}
)
_STRUCTURE_WORDS |= {"questions", "concerns", "doubts", "fears", "sources", "those", "insiders", "according"}
announce_triggers(lambda: _STRUCTURE_WORDS)


# "According to insiders", "according to several economists", "according to unconfirmed reports": a vague
# group or vague reports as the source (a named one, "according to analysts at Barclays", is left alone).
_ACCORDING_VAGUE = re.compile(
    r"according[ \t\xa0]+to[ \t\xa0]+(?:(?:some|many|several|most|various|numerous|unnamed|anonymous|unconfirmed|"
    r"unverified|local|media|press|news|industry|market|other|certain|independent|leading|top|senior)[ \t\xa0]+){0,2}"
    r"(?:insiders|critics|analysts|experts|observers|sources|reports|estimates|accounts|rumou?rs|economists|"
    r"commentators|pundits|specialists|scholars|historians|strategists|people|others|some|many)\b"
    r"(?![ \t\xa0]+(?:familiar|close|briefed|with|who|at|from|of|in|for|polled|surveyed|questioned|interviewed|"
    r"quoted|cited|consulted|contacted)\b)"
)
_NAMED_AFTER = re.compile(r"[ \t\xa0]*,?[ \t\xa0]+(?:at|from|of|with|in)[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z]")


def _introduced(doc: Document, sentence: Sentence, noun: str) -> bool:
    """Whether the two sentences before name the same people ("Parents of pupils at Elm Street ...")."""
    for k in (1, 2):
        if sentence.index - k < 0:
            break
        if re.search(rf"\b{re.escape(noun)}\b", doc.sentences[sentence.index - k].text.lower()):
            return True
    return False


def _structural_weasels(doc: Document) -> Iterator[tuple[_lexicon.LexMatch, Sentence]]:
    """Weasels by the grammar above, (a) to (e), in body sentences that are not headlines."""
    low = folded(doc)
    seen: set[int] = set()
    for pos, word in word_hits(doc, _STRUCTURE_WORDS):
        hit = _structure_at(doc, low, pos, word)
        if hit is None or hit[0] in seen:
            continue
        sentence = doc.sentence_at(hit[0])
        if sentence is None or doc.in_reference_zone(hit[0]) or _headline(sentence) or hit[1] > sentence.span.end:
            continue
        if hit[2] == "bare" and not _bare_group_ok(doc, sentence, hit[0], pos):
            continue
        seen.add(hit[0])
        yield _lexicon.LexMatch("structure", hit[0], hit[1]), sentence


def _structure_at(doc: Document, low: str, pos: int, word: str) -> tuple[int, int, str] | None:
    """The weasel of the grammar above whose trigger word is at ``pos``, as (start, end), or None."""
    if word in _INVERTED_VERBS and pos >= 2 and low[max(0, pos - 3) : pos].rstrip(" \t\xa0")[-1:] in ",—–":
        m = _INVERTED.match(low, pos)
        if m is not None:
            return m.start(), m.end(), "inverted"  # "..., say critics"
    if word in _OPINION_WORDS:
        verb = _OPINION_AT.match(low, pos)
        if verb is None:
            return None
        plural = pos >= 2 and (low[pos - 2] == "s" or low[pos - 2 : pos] == "e " or low[pos - 3 : pos] == "en ")
        if not plural and not _ADVERB_BEFORE.search(low, max(0, pos - 16), pos):
            return None  # no plural ("-s", "people", "men") or adverb just before: no bare group
        sentence = doc.sentence_at(pos)
        if sentence is None:
            return None
        head = _BARE_GROUP_BEFORE.search(low, max(sentence.span.start, pos - 60), pos)
        if head is None or low[sentence.span.start : head.start()].strip(" \t\xa0\"“‘'("):
            return None  # the group must open the sentence
        return (head.start("mod") if head.group("mod") else head.start("noun")), verb.end(), "bare"
    if word in _PASSIVE_PARTICIPLES:
        lo = previous_word_start(low, previous_word_start(low, pos))
        m = _VAGUE_AGENT.match(low, lo) or _VAGUE_AGENT.match(low, previous_word_start(low, pos))
        if m is None or m.start("verb") != pos:
            return None
        original = doc.text[m.start("agent") : m.end("agent") + 24]
        if re.match(r"[a-z ]+[ \t\xa0]+(?:at|from|of|with|in)[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z]", original):
            return None  # "by analysts at Barclays": a named group
        return m.start(), m.end(), "passive"
    if word in _JUDGED_WORDS or word in ("questions", "concerns", "doubts", "fears"):
        for start in (pos, previous_word_start(low, pos)):
            if (m := _JUDGED.match(low, start)) is not None:
                end_of_line = low.find("\n", m.end())
                rest = low[m.end() : end_of_line if end_of_line != -1 else len(low)]
                clause = re.split(r"[.!?;]", rest, maxsplit=1)[0]
                return None if " by " in clause else (m.start(), m.end(), "judged")
        if word in _JUDGED_WORDS:
            return None
    if word in _NOBODY_WORDS or word in _NOBODY_NOUNS:
        start = pos if word in _NOBODY_WORDS else previous_word_start(low, pos)
        m = _HELD_BY_NOBODY.match(low, start)
        return (m.start(), m.end(), "nobody") if m else None
    if word == "according":
        m = _ACCORDING_VAGUE.match(low, pos)
        if m is None or _NAMED_AFTER.match(doc.text, m.end()):
            return None  # "according to analysts at Barclays": named
        return m.start(), m.end(), "according"
    if word in ("people", "sources", "those", "insiders"):
        m = _PEOPLE_FAMILIAR.match(low, pos)
        if m is None:
            return None
        before = low[max(0, pos - 30) : pos]
        acc = re.search(r"according[ \t\xa0]+to[ \t\xa0]+(?:(?:some|several|many)[ \t\xa0]+)?$", before)
        if acc:
            return pos - (len(before) - acc.start()), m.end(), "familiar"
        if re.search(
            r"(?:^|[.!?\n:;\"“(]|,)[ \t\xa0\"“‘'(]*(?:(?:some|several|many)[ \t\xa0]+)?$", low[max(0, pos - 12) : pos]
        ):
            return pos, m.end(), "familiar"  # "People familiar with the plans said": no number, no role
    return None


# (g) who holds a view, by the shape of the clause rather than a listed phrase: an optional vague
#     quantifier ("some", "many", "plenty of"), up to two modifiers, a plural of people or of groups,
#     an optional vague locale ("across the political spectrum", "in the industry", "in Whitehall"
#     after a quantifier), then a standing view: a perfect or an adverb before a verb of opinion in
#     any tense ("have long argued", "broadly agree", "privately blame"), a verb of opinion right
#     after a locale ("Critics in the industry contend"), "were quick to question", or "see ... as".
#     Bare groups in the simple past with nothing between ("Residents said") report an event.
_Q = r"(?:some|many|most|several|numerous|various|plenty[ \t\xa0]+of|a[ \t\xa0]+number[ \t\xa0]+of|a[ \t\xa0]+few|few|other)"
_GROUP_NOUN = (
    r"(?:[a-z\-]{2,}(?:ers|ors|ents|ists|ians|ants|ees|ites|ics)|people|families|children|women|men|parents|fans|staff|"
    r"locals|citizens|pundits|observers|colleagues|insiders|groups|campaigners|experts|economists|analysts|critics|"
    r"sceptics|skeptics|officials|diplomats|residents|voters|commentators|academics|scholars|historians|nurses|"
    r"neighbours|neighbors|regulars|landlords|friends|relatives|veterans|colleagues)"
)
# A characterisation: "hailed the exhibition as long overdue", "branded the levy a stealth tax", "dubbed the
# summit a failure": a verb of judging with its object and what it is judged as (not "labelled the jars by date").
_CHARACTERISING_VERBS = frozenset(
    ["hail", "hails", "hailed", "brand", "brands", "branded", "dub", "dubs", "dubbed", "label", "labels", "labelled",
     "labeled", "laud", "lauds", "lauded", "slam", "slams", "slammed", "deride", "derides", "derided", "tout",
     "touts", "touted"]
)  # fmt: skip
_CHARACTERISING = (
    r"(?:hail(?:s|ed)?|laud(?:s|ed)?|slam(?:s|med)?|derid(?:e|es|ed)|tout(?:s|ed)?|(?:brand(?:s|ed)?|dub(?:s|bed)?|"
    r"label(?:s|led|ed)?)(?=(?:[ \t\xa0]+[\w'’\-]+){1,5}?[ \t\xa0]+an?\b))"
    r"(?=(?:[ \t\xa0]+[\w'’\-]+){1,5}?[ \t\xa0]+(?:as|an?)\b)"
)
_OPINION_ANY = (
    r"(?:say|says|said|believe[sd]?|fear(?:s|ed)?|worr(?:y|ies|ied)|argue[sd]?|claim(?:s|ed)?|insist(?:s|ed)?|"
    r"complain(?:s|ed)?|warn(?:s|ed)?|think|thinks|thought|suspect(?:s|ed)?|feel|feels|felt|reckon(?:s|ed)?|"
    r"agree[sd]?|contend(?:s|ed)?|maintain(?:s|ed)?|doubt(?:s|ed)?|predict(?:s|ed)?|question(?:s|ed)?|"
    r"blame[sd]?|admit(?:s|ted)?|accuse[sd]?|allege[sd]?|regard(?:s|ed)?|consider(?:s|ed)?|expect(?:s|ed)?|"
    r"acknowledge[sd]?|concede[sd]?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|dismiss(?:es|ed)?|describe[sd]?|"
    r"(?:written|wrote|write|writes)[ \t\xa0]+[\w'’\-]+(?:[ \t\xa0]+[\w'’\-]+)?[ \t\xa0]+off|" + _CHARACTERISING + r")"
)  # "had written Harbour off": a judgement of someone's chances (not "written the loans off", read below)
_LOCALE = (
    r"(?:across|in|within|inside|among|around|throughout)[ \t\xa0]+(?:the[ \t\xa0]+)?"
    r"(?:[a-z\-]+[ \t\xa0]+){0,3}?[a-z\-]+"
    r"|on[ \t\xa0]+(?:both|all|either)[ \t\xa0]+sides?[ \t\xa0]+of[ \t\xa0]+(?:the[ \t\xa0]+)?[a-z\-]+"
)
_WRITTEN_OFF = re.compile(
    r"\b(?:written|wrote|write|writes)[ \t\xa0]+([\w'’\-]+(?:[ \t\xa0]+[\w'’\-]+)?)[ \t\xa0]+off\Z"
)
# A locale spread over places names no body: "Pundits on both sides of the Pennines", "Critics across Europe"
# (but "Critics in Brussels" may be the Commission).
_SPREAD_LOCALE = re.compile(r"[ \t\xa0]*(?:on[ \t\xa0]+(?:both|all|either)[ \t\xa0]+sides?|across|throughout|around)\b")
_STANDING = (
    r"(?:(?:have|has|had)(?:[ \t\xa0]+[a-z]+ly|[ \t\xa0]+long|[ \t\xa0]+also|[ \t\xa0]+often|[ \t\xa0]+always)*"
    r"|(?:long|also|often|now|increasingly|still|generally|widely|privately|openly|broadly|largely|quietly|"
    r"publicly|repeatedly|already|always|[a-z]{3,}ly)(?:[ \t\xa0]+(?:[a-z]{3,}ly|also|long))*)"
)
# A judging group's object names what they judge, not who they are: "Opponents of the scheme", "Critics of
# the plan" (not "Users of the library", "Members of the board": a described group).
_JUDGING_GROUPS = frozenset(
    ["critics", "opponents", "supporters", "detractors", "sceptics", "skeptics", "proponents", "advocates",
     "defenders", "fans", "admirers", "observers", "watchers", "students"]
)  # fmt: skip
_VAGUE_HOLDER = re.compile(
    rf"(?:(?:but|and|yet|still|now|meanwhile|however),?[ \t\xa0]+)?"
    rf"(?:(?P<q>{_Q}[ \t\xa0]+)?(?P<mods>(?:[a-z][a-z\-]+[ \t\xa0]+){{0,2}}?)(?P<noun>{_GROUP_NOUN})"
    rf"|(?P<alone>many|some|most|few|several|others)(?=[ \t\xa0]+(?:in|within|inside|among|across|at)[ \t\xa0]))"
    rf"(?P<loc>[ \t\xa0]+(?:{_LOCALE}|(?:in|within|inside|among|across|at)[ \t\xa0]+[\w\-]+['’]s?(?:[ \t\xa0]+[a-z\-]+){{1,2}}))?"
    rf"(?P<of>[ \t\xa0]+of[ \t\xa0]+(?:the|this|that|his|her|their|its|[a-z\-]+['’]s)(?:[ \t\xa0]+[a-z\-]+){{1,2}})?"
    rf"[ \t\xa0]+(?:(?P<std>{_STANDING})[ \t\xa0]+(?P<v1>{_OPINION_ANY})"
    rf"|(?P<agree>(?:are|were|have[ \t\xa0]+been|had[ \t\xa0]+been|remain|remained)[ \t\xa0]+(?:near[\-‐‑ ]|almost[ \t\xa0]+|"
    rf"largely[ \t\xa0]+|broadly[ \t\xa0]+|all[ \t\xa0]+but[ \t\xa0]+)?(?:unanimous|agreed|united|convinced|adamant|"
    rf"certain|confident)[ \t\xa0]+(?:that|in[ \t\xa0]+(?:their|praising|condemning|calling)))"
    rf"|(?:were|are|have[ \t\xa0]+been)[ \t\xa0]+(?:quick|slow|eager|keen|swift)[ \t\xa0]+to[ \t\xa0]+"
    rf"(?:{_OPINION_ANY}|condemn|praise|dismiss|defend|point[ \t\xa0]+out|note|suggest|attack|deride|hail|welcome)"
    rf"|(?P<see>see|sees|saw|view|views|viewed)[ \t\xa0]+(?:[\w'’\-]+[ \t\xa0]+){{1,5}}?as"
    rf"|(?P<v2>{_OPINION_ANY}))\b(?![ \t\xa0]+of\b)"
)  # "patients complain of pain": a symptom
# Views held by everyone or by no one named: "Everyone knows", "It is widely reported that", "are
# understood to have", "Some benchmarks claim", "is seen in planning circles as".
_EVERYONE = re.compile(
    r"(?:everyone|everybody|anyone|nobody|no[ \t\xa0]+one)[ \t\xa0]+(?:knows|agrees|accepts|believes|thinks|says|"
    r"assumes|understands)\b(?![ \t\xa0]+(?:him|her|them|it|me|us|his|their|its|how|where|who)\b)"
)  # "Everyone knows you should not ...": a view; "Everyone knows him", "knows how to": acquaintance, skill
_IT_IS_SAID = re.compile(
    r"\bit(?:['’]s|[ \t\xa0]+(?:is|was|has|had))(?:[ \t\xa0]+long)?(?:[ \t\xa0]+been)?[ \t\xa0]+"
    r"(?:(?:widely|generally|commonly|often|increasingly|now|also|once|long|still|privately|already)[ \t\xa0]+)?"
    r"(?:reported|said|believed|thought|understood|claimed|accepted|known|rumou?red|alleged|suggested|feared|"
    r"assumed|argued)"
    # where the view is held, not who holds it: "It is widely understood at the town hall that", "It was
    # often said in literary London that" (not "in the report", "in court", "in a statement": a source)
    r"(?:[ \t\xa0]+(?:at|in|among|within|across|around|throughout|inside)[ \t\xa0]+(?!(?:an?|the|his|her|its|their)[ \t\xa0]+"
    r"(?:report|reports|statement|statements|filing|filings|letter|paper|study|book|article|interview|court|documents?|"
    r"minutes|judgment|ruling|press|media|papers|survey|review)\b)(?:[\w'’\-]+[ \t\xa0]+){0,3}?[\w'’\-]+(?=[ \t\xa0]+that\b))?"
    r"[ \t\xa0]+(?:that\b|(?=(?:the|a|an|he|she|they|this|these|those|his|her|their|its|there)[ \t\xa0]))"
    r"|\b(?:is|are|was|were|['’]s|['’]re)[ \t\xa0]+(?:widely[ \t\xa0]+|generally[ \t\xa0]+|also[ \t\xa0]+)?"
    r"(?:understood|said|believed|thought|rumou?red|reputed)[ \t\xa0]+to[ \t\xa0]+"
    r"(?!(?:mean|refer|denote|stand|signify)\b)[a-z]{2,}\b"
    r"|\b(?:is|are|was|were)[ \t\xa0]+(?:widely[ \t\xa0]+)?(?:seen|viewed|regarded)[ \t\xa0]+(?:in|among|within|across)"
    r"[ \t\xa0]+(?:the[ \t\xa0]+)?(?:[a-z\-]+[ \t\xa0]+){0,2}?(?:circles|quarters|community|industry|sector|world)"
    r"[ \t\xa0]+as\b"
    r"|\b(?:is|are|was|were)[ \t\xa0]+(?:widely|generally|commonly|often)[ \t\xa0]+(?:seen|viewed|regarded)[ \t\xa0]+"
    r"(?:in|among|within|across|around|throughout)[ \t\xa0]+(?:[\w'’\-]+[ \t\xa0]+){0,2}?[\w'’\-]+[ \t\xa0]+as\b"
    # "is widely seen in Seoul as": a view of a place, held by no one named
)
_VAGUE_RECORDS = re.compile(
    rf"{_Q}[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+)?(?:benchmarks|studies|tests|reports|surveys|analyses|polls|estimates|"
    r"accounts|experiments)[ \t\xa0]+(?:claim|suggest|show|indicate|find|say|put)\b"
)
# The writer's own team or someone addressed ("we would have to", "what you're trying to do"); the
# generic "you" of advice ("you should not use your database as a queue") is the view itself.
_PERSONAL = re.compile(r"\b(?:we|our|us|i|my)\b|\byou(?:['’]re|[ \t\xa0]+are|[ \t\xa0]+were)\b")
_SAID_WORDS = ("reported", "said", "believed", "thought", "understood", "claimed", "accepted", "known", "rumo", "feared",
               "assumed", "argued",
               "alleged", "suggested", "reputed", "seen", "viewed", "regarded")  # fmt: skip
# A past event after the chatty "it's thought": its first verb, within eight words, in the past tense.
_EVENT_AFTER = re.compile(
    r"[ \t\xa0]*(?:that)?(?:[ \t\xa0]*(?!(?:is|are|will|would|can|could|may|might|should|must|does|do)\b)[\w'’\-]+){0,7}?"
    r"[ \t\xa0]+(?:was|were|had|[a-z]{3,}ed|met|began|fled|took|made|came|went|left|died|broke|fell|rose|sold|won|lost)\b"
)
_KNOWS_BETTER = re.compile(r"\b(?:better|more|less)[ \t\xa0]+than\b|\bas[ \t\xa0]+well[ \t\xa0]+as\b")
# "It's commonly said that ...": an adverb of how widely the view is held makes the chatty form a claim.
_COMMONLY = re.compile(r"[ \t\xa0]+(?:widely|commonly|generally|often|long|universally)[ \t\xa0]+")
_NEXT_CLAUSE = re.compile(r",[ \t\xa0]+(?:and|but|so|yet)\b|;")
_NAMED_PLACE = re.compile(r"(?:at|from|with|of)[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z]")


def _vague_holders(doc: Document) -> Iterator[tuple[_lexicon.LexMatch, Sentence]]:
    """Weasels by (g): a vague group holding a view, by the clause's shape, or a view held by nobody."""
    low = folded(doc)
    for sentence in doc.body_sentences:
        start, end = sentence.span.start, sentence.span.end
        lead = len(low[start:end]) - len(low[start:end].lstrip(" \t\xa0\"“‘'("))
        at = start + lead
        if _headline(sentence) or doc.in_reference_zone(at):
            continue
        m = _VAGUE_HOLDER.match(low, at, end)
        if m is not None and _holder_ok(doc, sentence, m):
            yield _lexicon.LexMatch("structure", m.start(), m.end()), sentence
            continue
        m = _EVERYONE.match(low, at, end)
        if m is not None and doc.text[m.end() + 1 : m.end() + 2].isupper():
            m = None  # "Everyone knows Jim": a person known, no view
        if m is not None and _KNOWS_BETTER.search(low, m.end(), min(end, m.end() + 80)):
            m = None  # "Nobody knows the end-users better than the agency": a comparison, no view pinned on nobody
        m = m or _VAGUE_RECORDS.match(low, at, end)
        if m is None and any(w in low[at:end] for w in _SAID_WORDS):
            m = _IT_IS_SAID.search(low, at, end)
            if (
                m is not None
                and low[m.start() : m.start() + 4] in ("it's", "it’s")
                and not _EVENT_AFTER.match(low, m.end())
                and not _COMMONLY.match(low, m.start() + 4)
            ):
                m = None  # "so it's thought that the impact will not be great", "it's said that the first step is":
                # the chatty form hedges a forecast or a saying; only a past event ("It's thought the fire started")
        if m is None:
            continue
        clause = _NEXT_CLAUSE.search(low, m.end(), end)
        if _PERSONAL.search(low, m.start(), clause.start() if clause else end):
            continue  # "it was thought that we would have to", "Everyone knows what you're trying to do": the
            # writer's own team or a conversation, not a view pinned on nobody
        yield _lexicon.LexMatch("structure", m.start(), m.end()), sentence


_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "dozen",
        "dozens",
    ]
)


def _past(verb: str) -> bool:
    """A simple past of a verb of opinion ("said", "argued", "thought"): a report of an event."""
    return verb.endswith("ed") or verb in ("said", "thought", "felt")


# A simple past that asserts what the group holds, not what it reported seeing: "Fans claimed the referee had
# been paid", "Campaigners insisted" (any group); "Locals believed", "Supporters feared" (a crowd's belief).
_ASSERTED_PAST = frozenset(["claimed", "alleged", "insisted", "contended", "maintained", "reckoned", "argued"])
_BELIEVED_PAST = frozenset(["believed", "thought", "feared", "suspected", "felt"])
_CROWDS = frozenset(
    ["fans", "locals", "supporters", "voters", "people", "villagers", "residents", "citizens", "viewers", "readers",
     "users", "commuters", "shoppers", "parents", "campaigners", "protesters", "activists", "critics", "sceptics"]
)  # fmt: skip
_WITNESSES = frozenset(["witnesses", "eyewitnesses", "survivors", "victims", "passengers", "neighbours", "neighbors"])


def _claimed_past(noun: str, verb: str) -> bool:
    """A bare group's simple past that states a view it holds ("Fans claimed"), not an event it reported
    ("Residents said"), nor what witnesses saw ("Witnesses claimed the driver was speeding")."""
    if noun in _WITNESSES:
        return False
    if verb in _CHARACTERISING_VERBS:
        return True  # "Fans hailed the signing as a coup": a judgement, in any tense
    return verb in _ASSERTED_PAST or (verb in _BELIEVED_PAST and noun in _CROWDS)


def _holder_ok(doc: Document, sentence: Sentence, m: re.Match[str]) -> bool:
    """(g): the group is vague (a quantifier, or a bare plural holding a standing view), names nobody and
    was not just introduced; a bare group in the simple past with nothing between reports an event."""
    if m.group("alone"):
        return m.group("loc") is not None and not _introduced(doc, sentence, m.group("alone"))  # "Many in the party"
    noun = m.group("noun")
    if (noun in _SPEAK_FOR_INSTITUTIONS and not m.group("q")) or noun in _NOT_HOLDERS or noun in _NOT_PEOPLE:
        return False
    if m.group("of") and (
        noun not in _JUDGING_GROUPS or any(w[:1].isupper() for w in doc.text[m.start("of") : m.end("of")].split())
    ):
        return False  # "Members of the board", "Critics of Mr Smith": described by whom they belong to or judge
    mods = m.group("mods").split()
    if (
        any(w in _NOT_A_MODIFIER for w in mods)
        or (mods and mods[0] in ("a", "an"))
        or any(w in _NUMBER_WORDS for w in mods)
    ):
        return False  # "five officials in the room": a number makes the group specific, a described source
    original = doc.text[m.start("mods") : m.end("noun")]
    if any(w[:1].isupper() for w in original.split()[1:]):
        return False  # "Labour MPs", "Chatham House analysts": a named group
    loc = m.group("loc")
    if (
        loc
        and not m.group("q")
        and not _SPREAD_LOCALE.match(loc)
        and _NAMED_PLACE.search(doc.text, m.start("loc"), m.end("loc") + 2)
    ):
        return False
    off = _WRITTEN_OFF.search(m.group(0))
    if off and not (
        doc.text[m.start() + off.start(1)].isupper() or off.group(1) in ("him", "her", "them", "us", "me", "it")
    ):
        return False  # "Lenders had written the loans off": an accounting entry; only a person or a side is judged
    if (
        loc
        and not m.group("q")
        and not _SPREAD_LOCALE.match(loc)
        and any(w[:1].isupper() for w in doc.text[m.start("loc") : m.end("loc")].split())
    ):
        return False  # "Critics in Brussels": a place may name a body; only a quantifier keeps it vague
    bare = not m.group("q") and not (m.group("std") or loc or m.group("see") or m.group("agree") or m.group("of"))
    if bare and m.group("v2") and not _claimed_past(noun, m.group("v2")):
        return False  # "Residents said": a bare group in one tense is (a)'s business, or an event
    if not m.group("q") and not m.group("std") and loc and _past(m.group("v2") or ""):
        return False  # "Residents in the area said": an event where it happened, as "Residents said" is
    if m.group("see") and not m.group("q") and m.group("see") in ("saw", "viewed"):
        return False  # "Workers saw their pay fall as prices rose": what they saw, not a view they hold
    return not _introduced(doc, sentence, noun)


_ADVERB_BEFORE = re.compile(r"(?:also|often|now|increasingly|still|long|generally|widely|privately|openly)[ \t\xa0]+$")
# ", the coach admitted." closing the sentence: a speaker, if not by name.
_SPEECH_TAG = re.compile(
    r",[ \t\xa0]+(?:(?:the|a|an|his|her|their|its)[ \t\xa0]+[\w'’\- ]{1,40}?[ \t\xa0]+(?:said|says|added|admitted|told|noted|"
    r"warned|argued|insisted|conceded|explained)|(?:said|says|added)[ \t\xa0]+(?:the|a|an|his|her)[ \t\xa0]+[\w'’\- ]{1,40}?)"
    r"[ \t\xa0]*[.!?\"”’]*[ \t\xa0]*$"
)


def _bare_group_ok(doc: Document, sentence: Sentence, start: int, verb: int) -> bool:
    """(a): the bare group opens the sentence, is no institution's voice and was not just introduced."""
    head = _BARE_GROUP_BEFORE.search(folded(doc), max(sentence.span.start, verb - 60), verb)
    if head is None or head.group("noun") in _SPEAK_FOR_INSTITUTIONS or head.group("noun") in _NOT_PEOPLE:
        return False
    noun = head.group("noun")
    said = _OPINION_AT.match(folded(doc), verb)
    if noun in _NOT_HOLDERS or (
        not _PEOPLE_PLURAL.fullmatch(noun) and (said is None or said.group(0) not in _PEOPLE_VERBS)
    ):
        return False  # a plural not known as people ("Regulars") holds a view only by a verb only people use
    if (head.group("mod") or "") in _NOT_A_MODIFIER:
        return False
    return not _introduced(doc, sentence, head.group("noun"))


# A specific subject reporting in a that-clause: "The prosecution team also alleged that", "Judge Alvarez found
# that", "The inspectors' report said that" (not "Some analysts said that": a vague subject, read as a weasel).
_NAMED_REPORT = re.compile(
    r"(?:\b[Tt]he|\b[A-Z][\w'’\-]*)(?:[ \t\xa0]+[\w'’\-]+){0,5}?[ \t\xa0]+(?:also[ \t\xa0]+|further[ \t\xa0]+)?"
    r"(?:said|alleged|found|claimed|argued|stated|wrote|concluded|reported|noted|ruled|contended|asserted|"
    r"says|alleges|finds|claims|argues|states|writes|concludes|reports|notes|rules|contends|asserts)"
    r"[ \t\xa0]+that\b"
)
# What ends the complement: a clause coordinated after it (", but some analysts believe", "; many economists say").
_COMPLEMENT_BREAK = re.compile(
    r";|,[ \t\xa0]*(?:and|but|while|whereas|yet|although|though)[ \t\xa0]+(?!that\b)|[ \t\xa0]but[ \t\xa0]"
)
_VAGUE_SUBJECT = re.compile(r"(?:some|many|most|several|few|other|critics|analysts|experts|observers|sources)\b", re.I)


def _reported_by_named(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether the words at ``start`` stand inside the that-clause of a specific subject's report, in the same
    sentence and clause: the named source vouches for the whole complement, the vague group in it included."""
    text = doc.text
    if "that" not in text[sentence.span.start : start]:
        return False
    opening = sentence.span.start + len(sentence.text) - len(sentence.text.lstrip(" \t\xa0\"“‘'("))
    for m in _NAMED_REPORT.finditer(text, sentence.span.start, start):
        words = m.group(0).split()
        if _VAGUE_SUBJECT.match(text, m.start()) or (
            words[0].lower() == "the" and _VAGUE_SUBJECT.match(text, m.start() + 4)
        ):
            continue  # "Some analysts said that", "The critics said that": a vague subject
        if words[0].lower() != "the" and m.start() <= opening and not words[1][:1].isupper():
            continue  # "Residents said that": a capital that only opens the sentence names no one ("Judge Alvarez")
        if _COMPLEMENT_BREAK.search(text, m.end(), start) is None:
            return True
    return False


_CONDITION = re.compile(r"\b(?:if|unless|whether|in[ \t\xa0]+case|provided)\b", re.I)


def _conditioned(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether the words at ``start`` stand in a condition ("If ICE is reported to be in the area, ..."): the
    clause opens on "if", "unless" or "whether", with no comma or other clause before the words."""
    text = doc.text
    lo = max(sentence.span.start, start - 80)
    clause = max(text.rfind(",", lo, start), text.rfind(";", lo, start), lo - 1) + 1
    return _CONDITION.match(text[clause:start].lstrip(' \t\xa0"“(')) is not None


def _court_convention(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """An allegation's passive in a piece naming the charges (the charging document holds it), a
    passive of belief in a press release (its issuer's investigators hold it), or "purportedly" /
    "supposedly" qualifying an artifact (the document claims it): see auditor.language.genre."""
    from auditor.language.genre import ALLEGATION_TERMS, artifact_claims, issuers_belief, names_proceedings

    term = " ".join(doc.text[start:end].lower().split())
    if term in ALLEGATION_TERMS:
        return names_proceedings(doc)
    if issuers_belief(doc, term):
        return True  # "She is believed to have been a hitchhiker" in the investigators' own release
    return term in ("purportedly", "supposedly") and artifact_claims(doc, sentence, start)


@rule(
    "LNG002",
    "weasel-attribution",
    "language",
    Severity.WARNING,
    "a claim pinned on an unnamed group or on nobody",
    RuleDocs(
        what="""
        Flags claims attributed to unnamed groups ("analysts suggest", "experts say", "critics
        argue", "some say", "many believe", and any vague quantifier before a plural noun of
        people and a verb of opinion: "some investors fear", "many residents believe", "many in
        the party believe"), a bare plural of people holding a view in the present at the head of
        the sentence ("Commuters say", "Parents worry", "Regulars say"; never "Residents said", an
        event, nor the voice of an institution, "Prosecutors say", "Police say", nor people just
        introduced), the verb before the group ("..., say critics"), a modal ("Some would say"), a
        vague agent ("is disputed by some historians"), a judgement with no agent ("has been
        criticised as", "Concerns have been raised"), a view held by nobody ("There is a growing
        belief that", "Conventional wisdom holds", "Rumours suggest", "It could be argued"),
        unnumbered "people familiar with the matter", a vague group by the shape of its clause (an
        optional quantifier, a plural of people or groups, a vague locale, then a standing view:
        "Observers across the political spectrum have long regarded", "Economists broadly agree",
        "Critics in the industry contend", "Pundits were quick to question", "Many observers see the
        move as"; not a number of people, "five officials in the room said", a group where
        something happened, in the past, "Residents in the area said", nor what a group saw happen,
        "Workers saw their pay fall as prices rose"), a judging group characterising something ("Critics have
        hailed the exhibition as long overdue", "Opponents have branded the levy a stealth tax"), a bare
        plural of people reporting a trend ("Estate agents report a scramble"; not "Employers report their
        payroll to HMRC", nor "Some users report that they've hit this bug", testimony), "Some in the City
        have suggested" (a locale of its own, not some of the people just named), "Maritime experts" (a
        word the article writes capitalised only inside a longer name, "the Norwegian Maritime Authority",
        names no one); a group inside a specific subject's that-clause ("The prosecution team alleged that ...
        some consumers complained") and a passive in a condition ("If ICE is reported to be in the area") are
        left alone; a view held by everyone or no one named ("Everyone knows", "It is widely reported
        that", "are understood to have", "is seen in planning circles as", "Some benchmarks claim";
        not the writer's own team, "it was thought that we would have to"), to unnamed research ("studies show", "research suggests": left
        alone when named, "Harvard research", or cited in the sentence) or to nobody ("it is widely believed", "it has been
        reported", "is seen as", "reportedly"). A named group ("analysts at Chatham House said",
        "Chatham House analysts said") is fine, and so are sources described the way newsrooms
        describe anonymous sources ("two officials familiar with the talks", "Rebel sources
        said", "analysts and activists working in the region"; a field, "industry sources", describes
        nobody). Also left alone: a group the
        writer restricts ("only academic economists believe this"), a bare "many" or "some"
        referring back to people just named ("Restaurant owners protested. Many worry ..."),
        saying as behaviour ("people say unkind things") and headline lines. "Reportedly" and
        the passive forms are left alone when the same sentence names its source. Also flagged: a
        bare group's past that asserts a view ("Fans claimed"; not "Residents said" nor "Witnesses
        claimed"), a vague agent of an expectation ("had been expected by economists"), "It was once
        believed that", "were believed to number", "According to insiders", unnumbered "Sources close
        to the minister said", a view everyone is said to share ("It is no secret that", "Few would
        dispute that", "The consensus is that"; not "few would argue over it"), the place where a view
        is held ("It is widely understood at the town hall that", "is widely seen in Seoul as"; not "said
        in the report that"), a view held in a group ("There is a growing view among clinicians that"; not
        a meeting's "There was consensus that"), "Many in the party have long argued", a judging group's
        object ("Opponents of the scheme have long maintained"; not "Members of the board", "Supporters of
        Mr Smith"), agreement as a predicate ("Reviewers have been near-unanimous that"), a judgement of
        someone's chances ("Pundits had written Harbour off"; not "written the loans off"), a locale spread
        over places ("Pundits on both sides of the Pennines", "Critics across Europe"; not "Critics in
        Brussels", who may be a body), the chatty
        "It's commonly said that" (an adverb of how widely). A citation marker closing a later coordinated
        clause cites that clause, not the view before it. Also left alone: "Nobody knows X better than
        the agency" (a comparison), a condition ("When user research indicates ..."), answers to a
        question the writer put ("When people are asked ..., many say"), and the interviewees of a
        write-up of interviews by their plural ("Permittees feel"). Also left alone (read on real blogs): a question or free relative ("what
        people think"), the object of another verb ("make people think twice"), a counted group ("Ten
        others said"), the writer among them ("I and others believe"), a definite group ("the kernel
        experts"), a view the writer refutes ("..., but they are not"), a labelled assessment
        ("Assessment: ... believed to be unaffected"), a definition ("is said to implement"), a
        footnote or a link on the group, "arguably" before anything but a ranking, and the respondents
        or attendees of a survey or session the article reports ("Most respondents said"). Also left
        alone (read on prosecutors' press releases): an allegation's passive ("It is alleged that",
        "is alleged to have") in a piece naming charges, an indictment, a complaint, a lawsuit or
        prosecutors (court copy's convention: the charging document holds it), a passive of belief
        ("is believed to have", "it is believed") in a press release (its issuer's investigators
        hold it), and "purportedly" or "supposedly" qualifying an artifact that makes the claim
        itself ("the deed was purportedly signed by him", "a video purportedly placing him on a
        boat": a document, recording or image by WordNet's senses; not "is purportedly the richest
        man").
        """,
        why="""
        Attributing a view to "analysts" or "experts" lends it authority without letting anyone
        check who holds it; it is often the writer's own opinion in borrowed clothes.
        """,
        flag="Experts say the bridge will need replacing within a decade.",
        ok="Engineers at Arup who inspected the bridge say it will need replacing within a decade.",
        silence="Name the analysts or the report, or state the claim as the writer's analysis.",
    ),
)
def check_weasels(doc: Document, ctx: Context) -> Iterator[Finding]:
    attributions = document_attributions(doc)
    emitted: list[tuple[int, int]] = []  # spans flagged, so the grammar below does not flag them twice
    for group in ("weasel", "nob"):
        found = list(_hits(doc, ctx, group))
        if group == "weasel":
            found = sorted([*found, *_quantified_groups(doc, ctx)], key=lambda h: h[0].start)
        for m, sentence in found:
            span = Span(m.start, m.end)
            quote = attributions.quote_at(span.start)
            if quote is not None:
                continue  # someone else's words
            if _looks_alike(doc, sentence, m.start, m.end) or _title_line(doc, sentence):
                continue
            span_of = (sentence.span.start, sentence.span.end)
            if not_a_claim(doc.text, folded(doc), span_of, m.start, m.end, "group" if group == "weasel" else "nobody"):
                continue  # "what people think", "I and others believe", "Assessment: ... believed to be"
            if any(c.span.overlaps(span) for c in doc.citations_in(sentence.span)) or _cited_marker(doc, sentence):
                continue  # "[Others](link) have speculated", "Some have [noted](link)", "... [^7]": cited
            if _described_group(doc, sentence, m.start, m.end):
                continue
            if group == "weasel" and _verb_disagrees(doc.text[m.start : m.end]):
                continue  # "Some notes:", "a research question": a noun phrase, not a clause
            if _reported_by_named(doc, sentence, m.start):
                continue  # "The prosecution team also alleged ... that some consumers complained": the complaint holds it
            if group == "nob" and _conditioned(doc, sentence, m.start):
                continue  # "If ICE is reported to be in the area, call ...": a condition states nothing
            if group == "weasel":
                if doc.text[m.start].isupper() and doc.text[sentence.span.start : m.start].strip():
                    continue  # "the International Institute for Strategic Studies said": part of a name
                lo = max(sentence.span.start, m.start - 60)
                cap = _CAPITAL_BEFORE.search(doc.text, lo, m.start)
                if (
                    cap
                    and not doc.text[m.start].isupper()
                    and (cap.start() > sentence.span.start or _names(doc, cap.group()))
                ):
                    continue  # "Chatham House analysts said", "Harvard research suggests": a named group
                if doc.text[m.start : m.start + 8].lower().startswith(("studies", "research")) and (
                    doc.citations_in(sentence.span) or _holds_marker(doc, sentence.span)
                ):
                    continue  # "Studies show ... [1]": the study is cited
                if _DEFINITE_BEFORE.search(doc.text, lo, m.start):
                    continue  # "the researchers said": a group the article has already introduced
                if _CONSENSUS.search(doc.text, m.start, m.end) and (
                    attributions.named(sentence.index) or doc.citations_in(sentence.span)
                ):
                    continue  # "analysts had expected, according to LSEG data": a consensus someone compiled
            elif attributions.sourced(sentence.index) or doc.citations_in(sentence.span):
                continue  # "reportedly ..., according to Yonhap"
            elif _court_convention(doc, sentence, m.start, m.end):
                continue  # "It is alleged that ..." in a charging piece; "a video purportedly showing"
            words = _words(doc, m.start, m.end)
            who = "an unnamed group" if group == "weasel" else "nobody in particular"
            emitted.append((m.start, m.end))
            yield Finding(
                "LNG002",
                span,
                f'"{words}" attributes the claim to {who}. Name who says so, or cite the source.',
                evidence={"term": words},
            )
    taken = [(m.start, m.end) for m in _lexicon.matches(doc, _vocab(ctx)) if m.kind in ("weasel", "nob")] + emitted
    for m, sentence in (*_structural_weasels(doc), *_vague_holders(doc)):
        if any(a < m.end and m.start < b for a, b in taken) or attributions.quote_at(m.start) is not None:
            continue  # the lexicon holds it, or someone else's words
        clause = _clause_of(doc, sentence, m.end)
        if _title_line(doc, sentence) or _cited_clause(doc, sentence, clause) or _holds_marker(doc, clause):
            continue
        if _court_convention(doc, sentence, m.start, m.end):
            continue  # an allegation in charging copy, the issuer's own belief in its release
        span_of = (sentence.span.start, sentence.span.end)
        if not_a_claim(doc.text, folded(doc), span_of, m.start, m.end, "group") or _cited_marker(doc, sentence, clause):
            continue
        if sentence.text.rstrip()[-1:] not in '.!?"”’)':
            continue  # a line that does not end as prose does: a teaser or a heading ("No thanks, say many")
        if _SAY_VERB.search(doc.text, m.start, m.end) and _OBJECT_AFTER.match(
            doc.text, m.end, min(sentence.span.end, m.end + 40)
        ):
            continue  # "Teachers say goodbye": what people do, not a view they hold
        if _SPEECH_TAG.search(sentence.text):
            continue  # "..., the coach admitted.": the speaker's words
        others = [
            a
            for a in attributions.named(sentence.index)
            if not (m.start <= a.span.start < m.end)
            and not (a.cue == "pronoun" and a.span.start >= m.end)
            and not (a.span.start >= m.end and _COMPARED.match(a.source))
        ]  # "It was often said that she had been denied ... because she wrote about ...": she is the view's subject;
        # "... will cost more than the council admits": the council is the view's standard of comparison
        if others or (_vocab(ctx).accept and _vocab(ctx).accepted(doc.text[m.start : m.end])):
            continue  # "..., the review found": a named source gives the view
        words = _words(doc, m.start, m.end)
        yield Finding(
            "LNG002",
            Span(m.start, m.end),
            f'"{words}" attributes the claim to an unnamed group or to nobody. Name who says so, or cite the source.',
            evidence={"term": words},
        )


@rule(
    "LNG003",
    "peacock-term",
    "language",
    Severity.INFO,
    "words that assert importance or alarm instead of showing it",
    RuleDocs(
        what="""
        Flags words and phrases that tell readers something matters or alarms without showing
        why: "a significant moment", "pivotal role", "historic deal", "critical questions",
        "sends a clear message", "a new era", "dangerous precedent", "game-changer". Words
        inside an attributed quote, or in a sentence that attributes its statement to a named
        source, are that source's and are left alone, and so are headline lines (a short line
        of its own without closing punctuation).
        """,
        why="""
        Such words are the writer's judgement dressed as fact. Editors usually cut them or
        replace them with the fact that makes the event matter.
        """,
        flag="The agreement represents a significant moment for the region.",
        ok="The agreement is the first between the two countries since 1998.",
        silence='Show the fact instead. A newsroom can accept a term: `accept = ["landmark ruling"]`.',
    ),
)
def check_peacocks(doc: Document, ctx: Context) -> Iterator[Finding]:
    for m, sentence in _hits(doc, ctx, "peacock"):
        span = Span(m.start, m.end)
        if _title_line(doc, sentence) or _supported(doc, sentence, span):
            continue
        words = _words(doc, m.start, m.end)
        yield Finding(
            "LNG003",
            span,
            f'"{words}" asserts importance rather than showing it. Say what happened that makes it matter, '
            "or attribute the judgement.",
            evidence={"term": words},
        )
