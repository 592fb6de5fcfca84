"""Dates: the article's own date, citation dates, and DAT001-DAT004.

The date machinery (text, URL and reference-entry dates, datelines) lives in
:mod:`auditor.language.dating`; this module registers the two enrichers that fill the
document model and the rules that judge it. Every rule here prefers silence to
a guess: a date the text only implies never produces an error.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.context import Context
from auditor.language import dating, timeline
from auditor.language.dating import DateMention, describe, human
from auditor.language.publishers import is_asset_url
from auditor.model import Citation, Document, Finding, Sentence, Severity, Span
from auditor.registry import RuleDocs, enricher, rule

try:  # publisher URL shapes from the sources family, when present
    from auditor.language.publishers import url_date as _publisher_url_date
except ImportError:  # pragma: no cover - depends on the sources rules being installed
    _publisher_url_date = None

# ------------------------------------------------------------------ enrichers


@enricher("article-date", order=5)
def enrich_article_date(doc: Document, ctx: Context) -> None:
    """Fill doc.meta.published (and where it came from) in the documented precedence."""
    found = dating.article_date(doc, ctx.as_of, ctx.config.as_of)
    meta = doc.meta
    meta.published = found.date
    meta.published_source = found.source
    meta.published_confidence = found.confidence
    meta.published_detail = found.detail


@enricher("citation-dates", order=30)
def enrich_citation_dates(doc: Document, ctx: Context) -> None:
    """Date each citation from its publisher's URL shape, its URL, or its reference entry."""
    sharing: dict[Span, int] = {}  # entry -> how many citations share it
    for c in doc.citations:
        if c.entry_span is not None:
            sharing[c.entry_span] = sharing.get(c.entry_span, 0) + 1
    shared_dates: dict[Span, dict[str, list[dating.DateMention]]] = {}
    for c in doc.citations:
        if c.date is not None:
            continue
        if c.url:
            if dating.repository_file(c.url):
                continue  # ".../blob/main/events/2019-01-15-conf.md": a file's subject, not a date
            d = _publisher_date(c.url)
            if d is not None:
                c.date, c.date_source = d, "publisher-url"
                continue
            found = dating.url_date(c.url)
            if found is not None:
                c.date, c.date_source = found.start, "url"
                if found.end != found.start:
                    c.extra["date_end"] = found.end
                continue
            found = dating.url_year(c.url)
            if found is not None and not (c.entry_text and dating.entry_date(c.entry_text, [])):
                # "/reports/2019/export-figures", "export_figures_2019.pdf": a year, for the source's age
                c.date, c.date_source = found.start, "url-year"
                c.extra["date_end"] = found.end
                continue
        if c.entry_text and c.entry_span is not None:
            skip = [Span(c.span.start - c.entry_span.start, c.span.end - c.entry_span.start)] if c.url else []
            skip = [s for s in skip if 0 <= s.start <= s.end <= len(c.entry_text)]
            index = None
            if sharing.get(c.entry_span, 0) > 1:
                if c.entry_span not in shared_dates:
                    shared_dates[c.entry_span] = dating.entry_date_index(dating.extract_dates(c.entry_text))
                index = shared_dates[c.entry_span]
            m = dating.entry_date(c.entry_text, skip, index=index)
            if m is not None and m.start and m.end:
                c.date, c.date_source = m.start, "reference-text"
                if m.end != m.start:
                    c.extra["date_end"] = m.end


def _publisher_date(url: str) -> dt.date | None:
    if _publisher_url_date is None:
        return None
    try:
        value = _publisher_url_date(url)
    except Exception:  # another family's helper must not stop dating
        return None
    return value if isinstance(value, dt.date) else None


# ------------------------------------------------------------------ analysis


@dataclass(slots=True)
class _Dates:
    anchor: dt.date | None  # the date relative forms are read against
    known: bool  # the article date is stated (not inferred)
    soft: bool  # relative forms were read against an inferred date
    mentions: list[DateMention]
    body: list[Sentence]  # the body sentences (reference lists left out)


def _dates(doc: Document, ctx: Context) -> _Dates:
    def compute(d: Document) -> _Dates:
        meta = d.meta
        known = meta.published is not None and meta.published_confidence in ("high", "medium")
        inferred = meta.published is not None and not known
        anchor = meta.published
        mentions = dating.resolved_mentions(d, anchor, soft=inferred)
        return _Dates(anchor, known, inferred, mentions, d.body_sentences)

    return doc.derived("dates.analysis", compute)


# A sentence about plans dates what will happen, not what a source reported.
_FUTURE = re.compile(
    r"\b(?:will|shall|would|plans?(?!\s*[,.;:()])|planned|planning\s+to|expects?|expected|"
    r"forecast|projected|scheduled|"
    r"aims?\s+to|intends?|due\s+(?:in|by|to\s+(?:open|start|begin|end|be|take))|upcoming|"
    r"by\s+(?:the\s+end\s+of\s+)?\d{4}|until\s+\d{4})\b",
    re.I,
)
# Year-less framing that makes a source background ("Reuters previously reported"). Framing with a
# year ("in a 2019 report", "as early as 2021", "in 2022, Reuters reported") needs no list: that year
# is the earliest date in the sentence, and a source of that time is not stale for it.
_BACKGROUND = re.compile(
    r"\b(?:previously|earlier\s+reported|had\s+(?:reported|said|written|found)|first\s+reported|"
    r"historically|for\s+years|long-standing|has\s+long|then-|"
    r"in\s+the\s+past(?!\s+(?:(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?)\b))",
    re.I,
)
_REPORT_VERB = re.compile(r"\s+(?:reported|published|announced)\b", re.I)


def _framed_as_background(text: str, sentence: Span, mentions: list[DateMention]) -> bool:
    """Year-less framing ("previously reported") makes a source background, unless a date of its own
    follows it: "a figure first reported last month", "first reported by the local paper last week"
    date the report, and an older source cannot be that report."""
    for bm in _BACKGROUND.finditer(text, sentence.start, sentence.end):
        dated = any(
            m.start is not None and 0 <= m.span.start - bm.end() <= 40 and ";" not in text[bm.end() : m.span.start]
            for m in mentions
        )
        verb = bm.group(0).lower().endswith("reported") or _REPORT_VERB.match(text, bm.end())
        if not dated or not verb:
            return True
    return False


# "At the time, officials warned": background. "Last summer's losses, reported at the time [5]": a
# report of the time the sentence dates, so a source older than that date is stale.
_AT_THE_TIME = re.compile(r"\bat\s+the\s+time\b", re.I)
_REPORTED_AT_THE_TIME = re.compile(
    r"\b(?:reported|published|written|covered|documented|recorded|described|announced)\s+(?:[a-z]+\s+)?at\s+the\s+time\b",
    re.I,
)
# A list's lead-in that makes its links the writer's own background reading: "the pillars we've
# talked about on this blog:", "See also:", "Update from 1.82".
_BACKGROUND_LIST = re.compile(
    r"\b(?:(?:we|I)(?:['’]ve|\s+have|\s+had)?\s+(?:talked|written|blogged|posted|covered)\s+(?:about|on)|"
    r"on\s+(?:this|our|my)\s+blog|earlier\s+posts?|previous\s+posts?|see\s+also|further\s+reading|"
    r"update\s+from)\b",
    re.I,
)


def _background_list(doc: Document, c: Citation) -> bool:
    """A link alone on its line under a lead-in that calls the list background ("... on this blog:")."""
    sentences = doc.sentences
    for span in c.cited_by:
        s = doc.sentence_at(span.start)
        if s is None:
            continue
        if _BACKGROUND_LIST.search(s.text):
            return True  # "*Update from [1.82](...)*"
        k = s.index - 1
        while k >= 0 and k >= s.index - 15:
            lead = sentences[k]
            if lead.text.rstrip().endswith(":"):
                return bool(_BACKGROUND_LIST.search(lead.text))
            if len(lead.text.split()) > 14:
                break  # prose, not another item of the list
            k -= 1
    return False


_NAMES = {
    "reuters.com": "Reuters", "apnews.com": "AP", "aljazeera.com": "Al Jazeera", "bbc.com": "BBC",
    "bbc.co.uk": "BBC", "theguardian.com": "Guardian", "nytimes.com": "New York Times",
    "washingtonpost.com": "Washington Post", "ft.com": "Financial Times", "bloomberg.com": "Bloomberg",
    "cnn.com": "CNN", "afp.com": "AFP", "france24.com": "France 24", "dw.com": "DW", "ntv.de": "n-tv",
    "spiegel.de": "Spiegel", "lemonde.fr": "Le Monde", "yna.co.kr": "Yonhap", "tass.com": "TASS",
    "tass.ru": "TASS", "rt.com": "RT", "kyivindependent.com": "Kyiv Independent", "wsj.com": "Wall Street Journal",
    "economist.com": "Economist", "politico.com": "Politico", "politico.eu": "Politico", "npr.org": "NPR",
    "nknews.org": "NK News", "koreaherald.com": "Korea Herald", "koreatimes.co.kr": "Korea Times",
}  # fmt: skip


def _name(c: Citation) -> str:
    detail = c.rating_detail if isinstance(c.rating_detail, dict) else {}
    name = detail.get("name") or detail.get("publisher") or _NAMES.get(c.domain or "")
    if isinstance(name, str) and name:
        return f"This {name} article"
    return f"The source at {c.domain}" if c.domain else "This source"


def _source_when(c: Citation) -> str:
    end = c.extra.get("date_end")
    when = describe(c.date, end) if isinstance(end, dt.date) and c.date else human(c.date) if c.date else "?"
    where = {
        "url": "its URL",
        "publisher-url": "its URL",
        "url-year": "the year its URL names",
        "reference-text": "the reference entry",
        "page": "the page itself",
    }.get(c.date_source or "", "")
    return f"{when} (from {where})" if where else when


def _standalone(doc: Document, c: Citation) -> bool:
    """A citation on a line of its own: a source-list entry in copy, a menu or "related" link on a web page."""
    if not c.cited_by:
        return False
    own = len(doc.text[c.span.start : c.span.end].split())
    return all(len(doc.text[s.start : s.end].split()) - own < 3 for s in c.cited_by)


# A year that dates the source itself, not an event: "a 2019 report", "the ONS's 2021 survey", "Smith (2019)".
_DOC_NOUN = (
    r"(?:report|study|survey|paper|review|analysis|audit|investigation|census|poll|inquiry|article|"
    r"interview|book|assessment|evaluation|briefing|white\s+paper|working\s+paper|memo|dossier|"
    r"filing|statement|press\s+release|letter|ruling|judgment|testimony|forecast|estimate|bulletin|"
    r"fact\s?sheet|dataset|blog\s+post)s?\b"
)
_DESCRIPTOR_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her)|['’]s)\s+(?:[\w-]+\s+)?\Z", re.I)
_DESCRIPTOR_AFTER = re.compile(rf"\s+(?:[A-Z][\w-]*\s+|[\w-]+\s+)?{_DOC_NOUN}", re.I)
_PAREN_YEAR = re.compile(r"\(\s*\Z")
# The source is what the sentence is told by: "according to a report from 2019", "... from 2019 shows".
_ATTRIBUTED_BEFORE = re.compile(
    r"\b(?:according\s+to|citing|cited\s+in|reported\s+in|shown\s+in|set\s+out\s+in|based\s+on|per)\s+\Z", re.I
)
_REPORTS_AFTER = re.compile(
    r",?\s+(?:shows?|showed|finds?|found|says?|said|reports?|reported|estimates?|estimated|concludes?|concluded)\b",
    re.I,
)
# "a report published in 2019", "a Reuters report from March 2019", "the study by the IMF released in 2019"
_DESCRIPTOR_PUBLISHED = re.compile(
    rf"\b(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?{_DOC_NOUN}\s+"
    r"(?:by\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+)?"
    r"(?:(?:published|released|issued|written|dated|produced|compiled)\s+(?:in|on)|from|dating\s+from)\s+\Z",
    re.I,
)


def _descriptor(doc: Document, citing: list[Span], mentions: list[DateMention]) -> DateMention | None:
    """The one year the citing sentences give for the source: "according to a 2019 report [1]"."""
    text = doc.text
    found = []
    for m in mentions:
        if m.granularity not in ("year", "month") or m.kind != "absolute" or m.rel or not _in(citing, m):
            continue
        pm = _DESCRIPTOR_PUBLISHED.search(text, max(0, m.span.start - 90), m.span.start)
        if pm is not None:
            if _ATTRIBUTED_BEFORE.search(text, max(0, pm.start() - 24), pm.start()) or _REPORTS_AFTER.match(
                text, m.span.end
            ):
                found.append(m)  # "according to a report published in 2019", "a study from 2019 found"
            continue
        if m.granularity != "year":
            continue
        before = text[max(0, m.span.start - 40) : m.span.start]
        if _DESCRIPTOR_BEFORE.search(before) and _DESCRIPTOR_AFTER.match(text, m.span.end):
            found.append(m)
        elif _PAREN_YEAR.search(before) and text[m.span.end : m.span.end + 1] == ")":
            found.append(m)  # "Smith et al. (2019)"
    return found[0] if len(found) == 1 else None


def _mentions_in(spans: list[Span], mentions: list[DateMention], starts: list[int]) -> list[DateMention]:
    """The mentions that start inside ``spans`` (``starts``: the mentions' sorted start offsets)."""
    out: list[DateMention] = []
    for sp in sorted(spans, key=lambda x: x.start):
        out.extend(mentions[bisect_left(starts, sp.start) : bisect_left(starts, sp.end)])
    return out


def _in(spans: list[Span], m: DateMention) -> bool:
    return any(s.start <= m.span.start < s.end for s in spans)


def _event_mentions(doc: Document, spans: list[Span] | None, info: _Dates, as_of: dt.date) -> list[DateMention]:
    """Dated events in ``spans`` (None: the whole body): past, and not in a sentence about plans."""
    out = []
    for m in info.mentions:
        if m.start is None or m.end is None or m.start > as_of or (spans is not None and not _in(spans, m)):
            continue
        s = doc.sentence_at(m.span.start)
        if s is not None and _FUTURE.search(s.text):
            continue
        if m.rel and m.rel[0] == "ago" and _AT_LEAST.search(doc.text, max(0, m.span.start - 20), m.span.start):
            continue  # "more than a decade ago": any time before then, no date an old source must postdate
        if m.rel and m.rel[0] == "past":
            continue  # "in the last three years": the time of writing, read by _present_period
        out.append(m)
    return out


_AT_LEAST = re.compile(r"\b(?:more\s+than|over|at\s+least|upwards\s+of|well\s+over)\s+\Z", re.I)


# ------------------------------------------------------------------ DAT001


def _overlapping(body: list[Span], starts: list[int], spans: list[Span]) -> list[Span]:
    """The body sentences (in order, non-overlapping) that overlap any of ``spans``: a binary search
    per span, not a scan of every sentence per citation (a changelog of 8,000 links has 1,000)."""
    hit: set[int] = set()
    for span in spans:
        j = max(0, bisect_right(starts, span.start) - 1)
        while j < len(body) and body[j].start < span.end:
            if body[j].overlaps(span):
                hit.add(j)
            j += 1
    return [body[j] for j in sorted(hit)]


@rule(
    "DAT001",
    "stale-citation",
    "dates",
    Severity.WARNING,
    "a cited source dated well before the events it is cited for",
    RuleDocs(
        what="""
        Flags a citation whose own date (from its URL, its publisher's URL scheme, a year folder in
        its address, a year ending a document's file name or a year parameter ("/reports/2019/...",
        "survey_2019.pdf", "?year=2019"), or its reference entry) is more than `max-age-days` (default 365) before the earliest event the text dates
        in the sentence that cites it (or, when that sentence has no date, its paragraph). A
        reference that no sentence cites is compared with the dates of the whole article; an
        image's or a media file's address on a line of its own (a photo's upload path) is page
        furniture and is not.
        Sentences that frame the source as background ("in a 2019 report", "as early as 2021",
        "in 2022, Reuters reported", "previously reported") are left alone, unless the report has a
        date of its own ("first reported last month"), and so are sentences about plans. A source named with its year after the event it is cited for ("unemployment
        fell in March 2025, according to a 2019 report", "a [2021 filing](...) shows", "according
        to a report published in 2019", "a study from 2019 found", "... Smith (2019)") is dated by
        that year, which then is not counted as an event, also when its
        address carries no date.
        A citing sentence that dates nothing but speaks of the time of writing ("now covers",
        "today", "current guidelines", "to date", "has already", "in the past five years", "has
        lost 2,000 jobs in a decade", "is still the latest data", "the most recent survey"; the clause that holds the link, quotations, plans and
        anniversaries left out) is
        dated by the article's stated date, and its source must be no more than three times
        `max-age-days` older (a state often outlives the report that told it).
        """,
        why="""
        A report cannot describe events that happened after it was written. A 2022 link offered
        for a 2025 event is usually a related story picked by search, or a made-up citation.
        """,
        flag="""
        Ukrainian troops held parts of Kursk from August 2024 to spring 2025 [1].
        [1] https://www.example-news.com/world/2022/04/19/kursk-border-tension
        """,
        ok="""
        Russia annexed Crimea in March 2014 [1].
        [1] https://www.example-news.com/world/2014/03/18/crimea-annexed
        """,
        silence="""
        Cite a source from the time of the events, or say the source is background ("in a 2022
        report, ..."). Set `max-age-days` under `[tool.auditor.rules.DAT001]`.
        """,
    ),
    options={"max-age-days": 365},
)
def check_stale(doc: Document, ctx: Context) -> Iterator[Finding]:
    opts = ctx.options("DAT001", {"max_age_days": 365})
    try:
        max_age = int(opts["max_age_days"])
    except (TypeError, ValueError):
        max_age = 365
    info = _dates(doc, ctx)
    body = [s.span for s in info.body]
    body_starts = [sp.start for sp in body]
    whole: list[DateMention] | None = None
    seen: set[tuple[int, int]] = set()
    starts = [m.span.start for m in info.mentions]
    for c in doc.citations:
        if (c.span.start, c.span.end) in seen or (c.date is None and not c.cited_by):
            continue
        standalone = _standalone(doc, c)
        present: DateMention | None = None
        if standalone and (doc.meta.format == "html" or is_asset_url(c.url or "")):
            continue  # a page's own link, or an image's address on a line of its own: furniture, not a source
        citing = [] if standalone else _overlapping(body, body_starts, c.cited_by)
        local = _mentions_in(citing, info.mentions, starts) if citing else []
        described = _descriptor(doc, citing, local) if local else None
        if described is not None and not any(m.span.end <= described.span.start for m in local if m is not described):
            # "In a 2019 report, Reuters found ... as it still was in 2025": the source's year frames
            # what follows (background, the old way); only a source named after the event it is
            # cited for ("... in March 2025, according to a 2019 report") dates the source against it
            described = None
        if c.date is not None:
            start = c.date
            end = c.extra.get("date_end") if isinstance(c.extra.get("date_end"), dt.date) else c.date
            when = _source_when(c)
        elif described is not None and described.start and described.end:
            start, end = described.start, described.end  # "a 2019 report": the text dates the source
            when = f'{described.text} (from the text: "{_descriptor_phrase(doc, described)}")'
        else:
            continue
        if citing:
            if any(_framed_as_background(doc.text, s, info.mentions) for s in citing):
                continue
            events = _event_mentions(doc, citing, info, ctx.as_of)
            if described is not None:
                # the source's own year is not an event it reports; with nothing else dated, the
                # sentence is about the source's time ("In a 2019 report, the IMF warned ...")
                events = [m for m in events if m.span != described.span]
                if not events:
                    continue
            scope = "the events it is cited for"
            if any(_AT_THE_TIME.search(doc.text, s.start, s.end) for s in citing) and not (
                events and any(_REPORTED_AT_THE_TIME.search(doc.text, s.start, s.end) for s in citing)
            ):
                continue  # "At the time, ...": framed by a date told before
            if not events and info.known and info.anchor is not None:
                now = _present_period(doc, citing, c.span, info.anchor)
                if now is not None:
                    # a statement about the time of writing ("now covers", "current guidelines",
                    # "in the past five years"): its source must be of about the article's date;
                    # three times the limit, as a state often outlives the report that told it
                    if (info.anchor - end).days <= 3 * max_age:
                        continue
                    events, present = [now], now
            if not events:
                paras = [p for p in doc.paragraphs if any(p.overlaps(s) for s in citing)]
                events = _event_mentions(doc, paras, info, ctx.as_of)
        elif c.in_reference_list or standalone:
            if standalone and _background_list(doc, c):
                continue
            if whole is None:
                whole = _event_mentions(doc, None, info, ctx.as_of)
            events = whole
            scope = "the events"
        else:
            continue
        if not events:
            continue
        first = min(events, key=lambda m: (m.start, m.span.start))
        if present is None and (first.start - end).days <= max_age:
            continue
        if citing and _anniversary_of(doc, citing, start, end, events):
            continue  # "the 10th anniversary of [the release](2009 link)": the old source for the old event
        last = max(min(m.end, ctx.as_of) for m in events)
        seen.add((c.span.start, c.span.end))
        if present is not None:
            gap = (present.end - end).days / 365.25
            message = (
                f'{_name(c)} is dated {when}; the sentence citing it speaks of the time of writing ("{present.text}"), '
                f"the article's date {human(present.end)}, {gap:.0f} years later."
            )
        else:
            message = f"{_name(c)} is dated {when}; the text dates {scope} to {describe(first.start, last)}."
        if not citing:
            message += " No sentence cites it, so the dates of the whole article were used."
        message += " A source written before the events cannot support them: cite one from the time."
        severity = None
        if all(m.soft for m in events):  # the decision rests on dates read against an inferred article date
            severity = Severity.INFO
            message += (
                f' (The article\'s own date is only inferred from its text, so "{first.text}" may mean another year.)'
            )
        yield Finding(
            "DAT001",
            c.span,
            message,
            severity=severity,
            related=[s for s in c.cited_by if not s.overlaps(c.span)],
            evidence={
                "url": c.url,
                "citation_date": start.isoformat(),
                "date_source": c.date_source if c.date is not None else "text",
                "events": [first.start.isoformat(), last.isoformat()],
                "earliest_event": first.text,
            },
        )


_ORDINALS = {
    w: n
    for n, w in enumerate(
        re.findall(
            r"\w+",
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
        ),
        start=1,
    )
} | {"twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "hundredth": 100}
_ANNIVERSARY = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + "|".join(_ORDINALS) + r"))[\s-]+(?:anniversary|birthday)\b",
    re.I,
)


def _anniversary_of(doc: Document, citing: list[Span], start: dt.date, end: dt.date, events: list[DateMention]) -> bool:
    """An anniversary names an event N years before the day it is kept: a source from that year,
    cited in the sentence that keeps it, is a source for the old event, not for the celebration."""
    for span in citing:
        for m in _ANNIVERSARY.finditer(doc.text, span.start, span.end):
            years = int(m.group("n")) if m.group("n") else _ORDINALS[m.group("w").lower()]
            for e in events:
                if e.start is not None and start.year - 1 <= e.start.year - years <= end.year + 1:
                    return True
    return False


_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
# The time of writing, said without a date: "now", "currently", "current guidelines", "so far this
# season", "has already", "to date". Not "until now"/"by now"/"from now" (those frame a span).
_PRESENT = re.compile(
    r"(?<!until\s)(?<!by\s)(?<!from\s)\b(?:now(?![\w-])|today(?!['’]s)|currently|current(?=\s+[a-z])(?!\s+(?:of|flows?|flowing|was)\b)|"
    r"at\s+present|presently|to\s+date|so\s+far|nowadays|these\s+days|(?:has|have|is|are)\s+already|"
    # "is still the latest data on screen time": what holds at the time of writing (not "the latest in a
    # series", "the latest of our posts")
    r"(?:is|are)\s+still|(?:latest|most\s+recent|newest)(?=\s+[a-z])(?!\s+(?:in|of|to|on|from|one)\b))\b",
    re.I,
)
# A span that ends at the time of writing: "in the past five years", "over the last decade",
# "has lost 2,000 jobs in a decade" (present perfect).
_RECENT_SPAN = re.compile(
    r"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>\d{1,2}|[a-z]+)\s+)?"
    r"(?P<unit>years?|months?|decades?)\b|"
    r"\b(?:has|have)\s+(?!been\b)[a-z]+(?:\s+[\w,.%-]+){0,10}?\s+in\s+(?:a|one)\s+(?P<unit2>decade)\b",
    re.I,
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


_LOOKS_BACK = re.compile(r"\b(?:anniversary|birthday|jubilee|centenary|years?\s+(?:since|ago|after))\b", re.I)
_CLAUSE_CUT = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+but\s+", re.I)


def _present_period(doc: Document, citing: list[Span], link: Span, anchor: dt.date) -> DateMention | None:
    """The time a citing sentence speaks of when it gives no date but the present.

    A span ending now starts that long before the article's date; a bare present is the article's
    date. Quotations are left out: a speaker's "now" is the time they spoke.
    """
    for sp in citing:
        if sp.start <= link.start < sp.end:
            # the clause that holds the link: "Visitor numbers have already bounced back, according
            # to [figures], and the council hopes the gallery will draw 250,000" is about the present
            cuts = [sp.start, *(m.end() for m in _CLAUSE_CUT.finditer(doc.text, sp.start, sp.end)), sp.end]
            cuts = sorted(set(cuts))
            i = bisect_left(cuts, link.start + 1) - 1
            sp = Span(cuts[max(i, 0)], cuts[min(i + 1, len(cuts) - 1)])
        if _FUTURE.search(doc.text, sp.start, sp.end) or _LOOKS_BACK.search(doc.text, sp.start, sp.end):
            # "now we are happy to announce that it will [start riding the trains]": plans; "today
            # falls on the 10 year anniversary of [Rust 1.0]": the link is the past it looks back to
            continue
        text = _QUOTED.sub(lambda q: " " * len(q.group(0)), doc.text[sp.start : sp.end])
        m = _RECENT_SPAN.search(text)
        if m is not None:
            unit = (m.group("unit") or m.group("unit2") or "").lower().rstrip("s")
            word = (m.group("n") or "one").lower()
            n = int(word) if word.isdigit() else _COUNT_WORDS.get(word)
            if n is not None and n > 0:
                days = {"year": 365, "month": 30, "decade": 3652}[unit] * n
                span = Span(sp.start + m.start(), sp.start + m.end())
                return DateMention(span, " ".join(m.group(0).split()), anchor - dt.timedelta(days=days), anchor, "day")
        m = _PRESENT.search(text)
        if m is not None:
            span = Span(sp.start + m.start(), sp.start + m.end())
            return DateMention(span, " ".join(m.group(0).split()), anchor, anchor, "day")
    return None


def _descriptor_phrase(doc: Document, m: DateMention) -> str:
    """ "a 2019 report": the year with the words that make it the source's."""
    text = doc.text
    published = _DESCRIPTOR_PUBLISHED.search(text, max(0, m.span.start - 90), m.span.start)
    if published is not None:
        return " ".join(text[published.start() : m.span.end].split())
    after = _DESCRIPTOR_AFTER.match(text, m.span.end)
    before = _DESCRIPTOR_BEFORE.search(text[max(0, m.span.start - 40) : m.span.start])
    lo = m.span.start - (len(before.group(0)) if before else 0)
    hi = after.end() if after else m.span.end
    if before is None:
        return f"({m.text})" if text[m.span.start - 1 : m.span.start] == "(" else m.text
    return " ".join(text[lo:hi].split()).strip("'’s ")


# ------------------------------------------------------------------ DAT002


@rule(
    "DAT002",
    "future-citation",
    "dates",
    Severity.ERROR,
    "a cited source dated after the article itself",
    RuleDocs(
        what="""
        Flags a citation dated (from its URL or reference entry) after the article's own
        publication date, when that date is stated (front matter, HTML metadata, a dateline,
        or `--as-of`); without a stated date, after the run's date, which no source can be.
        Left alone: an event's page whose URL carries the day the text gives for the event
        in the article ("the meeting will take place on Monday, 2022-04-18 ... details [on the
        website]" linking .../meetings/2022-04-18.html; "the call, on Thursday, December 15th"
        and further down ".../commcalls/2016-12-15/"), a link in a note marked as a later update
        ("Update: the results are [here].") or set off as a Markdown block quote ("> The results
        of the survey can be found [here]"), a file in a code repository (".../blob/main/events/
        2019-01-15-conf.md": the date names the file's subject, and the page shows the file as
        it is now), and on web pages a link on a line of its own (menus, related stories).
        """,
        why="""
        An article cannot cite what was not yet written. Either the article's date is wrong, the
        link was added later without saying so, or the citation is invented.
        """,
        flag="""
        ---
        date: 2024-05-02
        ---
        Officials confirmed the deal [1].
        [1] https://www.example-news.com/world/2025/03/14/deal-confirmed
        """,
        ok="""
        ---
        date: 2025-05-02
        ---
        Officials confirmed the deal [1].
        [1] https://www.example-news.com/world/2025/03/14/deal-confirmed
        """,
        silence="Fix the article's date, or mark a link added later as an update.",
    ),
)
def check_future(doc: Document, ctx: Context) -> Iterator[Finding]:
    info = _dates(doc, ctx)
    meta = doc.meta
    if info.known and meta.published is not None:
        limit = meta.published
        against = f"the article itself ({human(limit)}, from its {_origin(doc)})"
    else:
        limit = ctx.as_of
        against = (
            f"the run's reference date ({human(limit)}, set with --as-of)"
            if ctx.config.as_of
            else f"today ({human(limit)}); no article can cite it yet"
        )
    seen: set[tuple[int, int]] = set()
    for c in doc.citations:
        if c.date is None or (c.span.start, c.span.end) in seen:
            continue
        if doc.meta.format == "html" and _standalone(doc, c):
            continue  # a menu or "related" link, often newer than the page
        if (c.date - limit).days <= 1:  # a day's grace for time zones
            continue
        if c.date_source == "url-year":
            continue  # "/events/2026/programme": a year in an address may be its subject's, still to come
        if _dated_by_its_event(doc, c) or _marked_as_update(doc, c):
            continue
        seen.add((c.span.start, c.span.end))
        yield Finding(
            "DAT002",
            c.span,
            f"{_name(c)} is dated {_source_when(c)}, after {against}.",
            related=[s for s in c.cited_by if not s.overlaps(c.span)],
            evidence={"url": c.url, "citation_date": c.date.isoformat(), "limit": limit.isoformat()},
        )


def _citing_paragraphs(doc: Document, c: Citation) -> list[Span]:
    """The paragraphs of the sentences that cite ``c``."""
    found: dict[int, Span] = {}
    for span in c.cited_by:
        s = doc.sentence_at(span.start)
        if s is not None and 0 <= s.paragraph < len(doc.paragraphs):
            found[s.paragraph] = doc.paragraphs[s.paragraph]
    return list(found.values())


def _dated_by_its_event(doc: Document, c: Citation) -> bool:
    """The URL's date is a day the article itself names: an event's page, dated by the event.

    "The next meeting will take place on Monday, 2022-04-18 ... details [on the website]" links
    .../meetings/2022-04-18.html; "The first call, on Thursday, December 15th, ..." and, two
    paragraphs on, "[Join the call](.../commcalls/2016-12-15/)". The date in such a URL says when
    the event is, not when the page was written. A month and day without a year match the URL's
    month and day; the day may be named anywhere in the article (an announcement dates its event
    once, in its opening, and links it further down).
    """
    if c.date is None or "url" not in (c.date_source or ""):
        return False
    for m in dating.document_mentions(doc):
        if m.granularity != "day":
            continue
        if m.start == c.date and m.end == c.date:
            return True
        if m.rel and m.rel[0] == "monthday" and (m.rel[1], m.rel[2]) == (c.date.month, c.date.day):
            return True
    return False


# A note that says it was added after publication: "Update:", "Updated (May 3):", "Editor's note:".
_UPDATE_NOTE = re.compile(r"\W*(?:update[sd]?|edit(?:ed)?|editor['’]s\s+note|correction|addendum)\b", re.I)


def _block_quoted(doc: Document, c: Citation) -> bool:
    """The link's source line is a Markdown block quote ("> The results can be found [here](...)").

    A quotation cannot link to what was written after it, so a block quote holding a link dated
    after the article is a note set off from the post: the way blogs mark a later addition.
    """
    if doc.meta.format == "html":  # a page's source lines are markup
        return False
    source = doc.source_map.source
    at = doc.source_map.source_offset(c.span.start)
    if not 0 <= at <= len(source):
        return False
    line_start = source.rfind("\n", 0, at) + 1
    return source[line_start:at].lstrip(" \t").startswith(">")


def _marked_as_update(doc: Document, c: Citation) -> bool:
    """The link sits in a sentence or paragraph marked as a later update (the fix DAT002 asks for)."""
    if _block_quoted(doc, c):
        return True
    for span in c.cited_by:
        s = doc.sentence_at(span.start)
        if s is None:
            continue
        if _UPDATE_NOTE.match(s.text):
            return True
        if 0 <= s.paragraph < len(doc.paragraphs) and _UPDATE_NOTE.match(doc.text, doc.paragraphs[s.paragraph].start):
            return True
    return False


def _origin(doc: Document) -> str:
    origins = {
        "front-matter": "front matter",
        "meta": "page metadata",
        "file-name": "file name",
        "cli": "--as-of date",
        "text": "dateline",
    }
    return origins.get(doc.meta.published_source or "", "stated date")


# ------------------------------------------------------------------ DAT003

_NUM = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
# Only the adjectival form ("the four-year war"): "more than four years" is usually a measured quantity.
_DURATION = re.compile(
    rf"\b(?P<hedge>(?:nearly|almost|about|around|roughly|some|more\s+than|over|at\s+least|close\s+to)\s+)?"
    rf"(?P<n>{_NUM})[-‑](?:year|yr)(?:-long)?\b(?![-‑])",
    re.I,
)
# What every _DURATION match contains; a search for it is far cheaper than the full pattern.
_DURATION_GATE = re.compile(r"[-‑](?:year|yr)", re.I)
_BEGAN = re.compile(
    r"\b(?:began|begun|started|starting|launched|erupted|broke\s+out|beginning|dating\s+from|since)\s+"
    r"(?:(?:in|on|back\s+in)\s+)?$",
    re.I,
)
# What a duration must describe to be measured up to the article's date: something still going on.
# ("A five-year plan that started in 2021" states a planned length, not the time elapsed.)
_ONGOING = re.compile(
    r"(?:war|wars|conflict|invasion|occupation|siege|crisis|blockade|standoff|stand-off|dispute|insurgency|"
    r"offensive|counteroffensive|rebellion|uprising|struggle|fighting|drought|pandemic|lockdown|strike|protests?|"
    r"feud|stalemate|embargo|campaign|civil|battle|hostilities|unrest|detention|imprisonment|captivity|exile)\Z",
    re.I,
)
# A period a "from X to Y" range may measure directly ("the three-year war from 2014 to 2022").
_RANGE_GAP = re.compile(r"\s+(?:[\w-]+\s+){1,2}(?:from|between|spanning)\s+\Z", re.I)
_ENDED = re.compile(r"\b(?:ended|ending|end(?:s|ed)?\s+in|lasted|until|till|concluded|was\s+over|finished)\b", re.I)
_CONNECTIVE = re.compile(r"\b(?P<c>after|before|following|prior\s+to|ahead\s+of|preceding)\s", re.I)
_A_TO_CONNECTIVE = re.compile(
    r",?\s*(?:(?:just|only|shortly|soon|long|well|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|few|some|\d+)\s+){0,3}(?:(?:days?|weeks?|months?|years?|decades?)\s+)?\Z",
    re.I,
)
_CONNECTIVE_TO_B = re.compile(r"(?:[^\s,;:.]+\s+){0,10}\Z")
_AGO_JOIN = re.compile(r",?\s*(?:in|,)?\s*\Z", re.I)


def _count(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else {"a": 1, "an": 1, **_WORDS}.get(w, 0)


_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip


@rule(
    "DAT003",
    "timeline-inconsistency",
    "dates",
    Severity.WARNING,
    "dates in the text that cannot all be true",
    RuleDocs(
        what="""
        Flags dates that contradict each other: a range whose end precedes its start ("from May
        2024 to January 2024"); an "after"/"before" ordering the dates deny ("withdrew in March
        2024, after the August 2024 offensive"); a duration that does not fit its endpoints ("the
        three-year war from 2014 to 2022", "the four-year war that began in 2022" in an article
        dated 2024, "two years ago, in 2015"). Against a stated article date it also reads dates
        as intervals of days: a weekday the calendar denies ("Wednesday, April 29, 2024"), an age
        that fits neither the article's date nor the sentence's other dates ("Smith, 47, who was
        born in 1971"), "N days/weeks/months later, on DATE" against the dated event before it,
        "Days before the vote on November 5, ... on November 12", and a stated length against
        the dates that bound it ("the six-week trial, which began on June 2 and ended on June
        6"); a date without its year takes the year nearest the other date. Durations measured
        to the article's date need that date stated; against a date inferred from the text only
        the clearly too short ones are reported, softened. A weekday may follow its date ("March
        9, a Saturday"), an age may be "turned 30" or "70 years old", "the next day" is one day, and
        a range of year-less days may end before it starts ("from May 20 to May 12"), an
        anniversary must fit its founding year ("founded in 1927 ... its centenary in 2023"), and a
        counted length its dates ("spent 71 days, arriving on November 30 and leaving on January
        31"; "the three-year plan, which began in 2019 and ran until 2024"), and two dates said to
        be a length apart must be ("reopened on March 30, a month after it closed on March 20"; "two
        days after the pause was agreed, on March 21"; "covers three months, from April 1 to
        September 30"). A year-less weekday in a sentence about the future is read forward, and a
        date inferred from the text (a byline) places year-less days for weekdays and "N days
        later" (a weekday then only has to fit one of the three years around it); the run's
        `--as-of` date places none, since "Monday, March 18" in an undated 2019 press release is
        no error because 18 March 2027 was a Thursday. Every statement of one person's age is read as the birth years it allows, so an
        age at a dated event must fit the age now or the birth date ("Zhao, 46, who co-founded the
        firm in 2004 at the age of 19"; "born in 1990, ... in 2017, when he was 24"); a counted year
        must fit its start ("now in its 15th year, began in 2012", year 1 being the first); "N
        years later, in 2019" must fit the year before it; "for two years from July 2022 until
        Russia quit it in July 2023" its ends; and an event the story dated earlier must fit
        what it is said to follow ("Iran launched ... on December 5" ... "The launch came three
        weeks after a test on November 21"; with no earlier mention, the lead's own event: "The
        attack came 10 days after a strike on 19 March", "Only 13 days after finishing fourth in
        Berlin on September 21, Kiprono said ..." when Kiprono is the lead's subject), and so must
        an event said to follow another the story dates elsewhere ("appealed within days of the
        ruling, lodging its papers on 2 March"; "A petition ..., started shortly after the draft
        budget appeared on 24 February" against the petition's launch on 11 February). Ages are
        also "a seven-year-old girl born in 2021", "born in Recife in September 2001", and a
        thing's "built in 2009, is 19 years old"; "a fortnight later" is 14 days; a rounded
        length is its unit give or take half ("a seven-week trial" is 45-53 days); a length runs
        from a bare day ("for 12 days, from 3 to 11 August 2024"), to an end told with words
        between ("ended with the verdicts on 13 June") or "last December", or from the article's
        date to its end ("a four-and-a-half-year contract that runs until June 2031"); "now in
        its 16th week" must fit its start; "from her appointment in September 2018 until her
        suspension in February 2018" must not end before it starts; "its 30th anniversary last
        year" is dated by "last year". Dated phases of one thing must come in order: a
        beginning ("began", "signed", "first elected"), a step ("re-elected", "took office") and
        an end ("ended", "expired", "closed") in one clause, with no second subject or ordering
        word between ("Her term began in March 2021 and ended in January 2020"; "The lease,
        signed in 2018, expired in 2016"); "was 30 when he founded the firm in 2001" is an age
        at a dated event. Years said to be a length apart must be ("relegated in 2018, two
        years after winning the league in 2012"), a length in the present perfect must fit a
        start the sentence dates ("which opened in 1990, has produced steel for 20 years"), and a
        counted length told after its dates must fit them ("held from March 3 to March 5,
        lasted a week"). A weekday must fit the day the next sentence gives its event ("voted on
        Thursday. The vote, held on 11 November, ..."). A weekday may be abbreviated ("Wed., Nov. 11") or stand with a bare day of
        the month ("Wednesday the 11th", "Wednesday's vote on the 11th": reported only when no
        month near the article's date, nor any its paragraph names, has that weekday on that day);
        a life's dates in brackets must fit the age at death ("Margaret Ellis (3 May 1940 - 14
        October 2025) died aged 82"); a birth date and an age may sit in neighbouring sentences
        ("Okafor, 52, grew up in Lagos. He was born in 1961"); "shortly before the closure, on 15
        March" must precede the closure the story dated; and "from 2016 until she stepped down in
        2012" must not end before it starts; "two days after the pause was agreed, on March 21"
        counts from the day the story gave the pause; and a past-perfect length must fit the
        beginning its sentence dates and the end it names ("founded in 2011, had flown for 12
        years before its collapse", the collapse dated 2026); "October 16 (a Wednesday)",
        "between 14 and 9 March", "ten days on, on 20 May", "over the 10 days from 3 to 8 June",
        "celebrated her 50th birthday" and "joined the firm in 2015 and left it in 2012" are read
        the same way, and so are "Smith (52), born 1961", "began on 3 March and lasted a
        fortnight, ended on 28 March" and "closed in March 2024, barely a year after it opened in
        June 2021". A year-less weekday told in the simple past ("The council met on Tuesday, 3
        March") is read back from the article's date, not into next year; "within a fortnight, on
        April 2" must not exceed its length, "later that month, on 2 April" must stay in the month
        and after the date before, "two years later, in 2024" counts from "in March 2019"; two days
        joined by a dash ("runs 12–9 June") are a range; a birth may be "(b. 1980)" and an age
        told now ("Now 38, he ...") is the age on the article's date whatever else its sentence
        dates; "shortly after the riots" finds "Rioting broke out on 20 May" (a plural's singular,
        a gerund's verb). A length may be "month-long" or "decade-long" (one of the unit) and
        end in a dash range of days ("the two-day summit (3–9 June)"), but not at another thing's
        end ("began on 3 March; a second walkout ended on 20 March"); an age at a dated event may
        be "in 2005 at 30", "as a 30-year-old in 2005" or "was just 30 when ...", and is read
        against the age now in the next sentence too ("... in 2005, aged 30. She is now 61"). An
        offset told from the date before is read as the days it allows: "hours later" (that day or
        the next), "days later" (1-20 days), "weeks later", "months later", "two days earlier", "a
        week before", "the next morning", "the following month", "that same day", "the night
        before". Quarters and halves of a year ("Q3 2024", "the third quarter of 2024", "H1 2026",
        "the second half of 2025") are dates of three and six months. Two years
        compared ("grew between 2020 and 2019") and years that name editions ("Rust 2015 ... the
        2018 edition") are not timelines and are left alone. A date may be followed by its
        distance from an event the story dated elsewhere ("broke through on Monday 10 November,
        three days after the collapse", the collapse dated 8 November; "published in February
        2024, a full year before our ban", the ban dated September 2023) or from the time of
        writing ("on 11 April, three weeks from today", "in three weeks' time, on 11 April"); "arriving nine days after Storm Nils hit
        Cornwall on 9 October" counts from the day the story gave the arrival; times of day must
        fit "73 minutes later, at 8.35am" after "at 7.12am" (and "the 73-minute flight, from 7.12am
        to 8.35am"); "since early June, for more than two
        months" must fit the article's date; "twelve years later it won the prize, in 1979" counts
        from the year before; an age in apposition ("Ms Brandt, 51, who was born in 1971, joined in
        2022") is the age now; and an age at a dated event ("She married in 1958, when she was 21")
        must fit the article's one birth date, told paragraphs before, when the sentence opens with
        "He" or "She" and names nobody else. A length whose clause dates its start must fit what
        the sentence says followed it ("returned on 3 March after a week in dry dock that began on
        20 February") and a journey its departure and return ("a 41-day cruise that left Reykjavik on 2
        July and returned on 9 August"); "N days after" a day is exact; "on 2 April, two weeks before
        Thursday's vote" counts forward from 2 April; a year-less end beside a dated beginning is
        read in the story's year ("born on 14 March 1937 ... died on 19 November"); a birth told of
        a name ("Pettifer, who was born in March 1968") must fit that name's age in apposition anywhere
        in the story ("Graham Pettifer, 61, of Tunbridge Wells"), and an age at a dated event may
        follow an opening phrase ("The daughter of a fisherman, she joined in 1969, at the age of 27");
        "began on Saturday, 3 January, and has now lasted eight days" must fit the article's date;
        "at 15:31, shortly after the second alert fired at 15:44" puts two times in the wrong order.
        """,
        why="""
        A timeline that cannot be true tells readers the copy was not checked, and usually hides a
        wrong year that changes what the story says.
        """,
        flag="The offensive ran from August 2024 to March 2024.",
        ok="The offensive ran from August 2024 to March 2025.",
        silence="Correct the date or the duration.",
    ),
)
def check_timeline(doc: Document, ctx: Context) -> Iterator[Finding]:
    info = _dates(doc, ctx)
    body = info.body
    by_sentence: dict[int, list[DateMention]] = {}
    for m in info.mentions:
        s = doc.sentence_at(m.span.start)
        if s is not None:
            by_sentence.setdefault(s.index, []).append(m)
    for m in info.mentions:
        if m.kind == "range" and m.start and m.end and m.end < m.start and not _comparison(doc, m):
            yield from _reversed_range(doc, m)
    for s in body:
        found = by_sentence.get(s.index, [])
        if len(found) >= 2:
            yield from _orderings(doc, found)
        if found:
            yield from _durations(doc, s.span, found, info)
    yield from _interval_checks(doc, info, body, by_sentence)


def _interval_checks(
    doc: Document, info: _Dates, body: list[Sentence], by_sentence: dict[int, list[DateMention]]
) -> Iterator[Finding]:
    """Weekdays, ages, "N days later", lead orderings and stated lengths (auditor.language.timeline)."""
    anchor = info.anchor if info.known else None
    conflicts: list[timeline.Conflict] = []
    in_body = [m for s in body for m in by_sentence.get(s.index, [])]
    # a date inferred from the text (a byline's "Wednesday 6 November 2024") still places a year-less day,
    # loosely (any of three years will do); the run's --as-of date places none: "Monday, March 18" in an
    # undated 2019 press release is no error because 18 March 2027 was a Thursday
    near = None if doc.meta.published_source == "cli" else info.anchor
    guessed = near is not None and not info.known
    conflicts.extend(timeline.weekday_conflicts(doc, in_body, near, guessed=guessed))
    conflicts.extend(timeline.ordinal_day_conflicts(doc, body, by_sentence, near))
    conflicts.extend(timeline.lifespan_conflicts(doc, body, by_sentence))
    conflicts.extend(timeline.next_sentence_weekday_conflicts(doc, body, by_sentence, near))
    conflicts.extend(timeline.neighbour_age_conflicts(doc, body, by_sentence, anchor))
    conflicts.extend(timeline.neighbour_event_age_conflicts(doc, body, by_sentence, anchor))
    conflicts.extend(timeline.past_perfect_length_conflicts(doc, body, by_sentence))
    conflicts.extend(timeline.later_conflicts(doc, body, by_sentence, near))
    conflicts.extend(timeline.anniversary_conflicts(doc, body, anchor))
    conflicts.extend(timeline.anaphor_conflicts(doc, body, by_sentence, near))
    conflicts.extend(timeline.soon_after_conflicts(doc, body, by_sentence, near))
    conflicts.extend(timeline.dated_offset_conflicts(doc, body, by_sentence, anchor))
    conflicts.extend(timeline.subject_birth_age_conflicts(doc, body, by_sentence, anchor))
    conflicts.extend(timeline.clock_conflicts(doc, body))
    conflicts.extend(timeline.clock_order_conflicts(doc, body))
    for s in body:
        found = by_sentence.get(s.index, [])
        if not found:
            continue
        conflicts.extend(timeline.age_conflicts(doc, s, found, anchor))
        conflicts.extend(timeline.age_at_event_conflicts(doc, s, found, anchor))
        conflicts.extend(timeline.lead_ordering_conflicts(doc, s, found, anchor))
        conflicts.extend(timeline.length_conflicts(doc, s, found, anchor))
        conflicts.extend(timeline.monthday_range_conflicts(doc, found))
        conflicts.extend(timeline.bare_day_range_conflicts(doc, found))
        conflicts.extend(timeline.apart_conflicts(doc, s, found, anchor))
        if len(found) >= 2:
            conflicts.extend(timeline.phase_conflicts(doc, s, found, anchor))
        conflicts.extend(timeline.perfect_length_conflicts(doc, s, found, anchor))
        conflicts.extend(timeline.perfect_span_conflicts(doc, s, found, anchor))
        conflicts.extend(timeline.counted_unit_conflicts(doc, s, found, anchor))
        conflicts.extend(timeline.since_length_conflicts(doc, s, found, anchor))
        if len(found) >= 2:
            conflicts.extend(timeline.event_range_conflicts(doc, found, near))
    for c in conflicts:
        yield _finding(doc, c.span, c.related or c.span, c.message, evidence=c.evidence)


def _finding(doc: Document, later: Span, earlier: Span, message: str, **kw) -> Finding:
    return Finding("DAT003", later, message, related=[earlier] if earlier != later else [], **kw)


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?\Z", re.I)
_COMPARING = re.compile(
    r"\b(?:chang\w*|differen\w*|compar\w*|grew|grow\w*|rose|ris\w+|fell|fall\w*|drop\w*|increas\w*|"
    r"decreas\w*|declin\w*|jump\w*|higher|lower|more|less|fewer|gap|shift\w*|improv\w*|worsen\w*)\b",
    re.I,
)


def _comparison(doc: Document, m: DateMention) -> bool:
    """ "Sales grew between 2020 and 2019": two years compared, in either order, not a span of time."""
    text = doc.text
    if not _BETWEEN_BEFORE.search(text, max(0, m.span.start - 14), m.span.start):
        return False
    s = doc.sentence_at(m.span.start)
    return s is not None and bool(_COMPARING.search(s.text))


def _same_label(doc: Document, a: DateMention, b: DateMention) -> bool:
    """ "Rust 2015 ... Rust 2018", "Rust 2015 ... the 2018 edition": years that name editions, not times."""
    return _label(doc, a) and _label(doc, b)


def _label(doc: Document, m: DateMention) -> bool:
    """A bare year after a name ("Rust 2015", "Windows 2000") or before "edition", "version", "release"."""
    text = doc.text
    if m.granularity != "year" or m.kind != "absolute":
        return False
    if _LABEL_AFTER.match(text, m.span.end):
        return True
    w = re.search(r"\b([A-Z][\w.+-]*)\s+\Z", text[max(0, m.span.start - 30) : m.span.start])
    return bool(w and w.group(1).lower() not in _NOT_LABELS and w.group(1).lower() not in dating.MONTHS)


_NOT_LABELS = frozenset(
    re.findall(
        r"\w+",
        "in on of since from until by early late mid before after during the a an and or but spring summer autumn "
        "fall winter christmas easter",
    )
)
_LABEL_AFTER = re.compile(r"\s+(?:edition|version|release|model|standard)s?\b", re.I)


def _reversed_range(doc: Document, m: DateMention) -> Iterator[Finding]:
    if m.parts:
        first, second = m.parts
        a, b = first.text, second.text
        later, earlier = second.span, first.span
    else:
        a, _, b = m.text.partition("-") if "-" in m.text else m.text.partition("–")
        later = earlier = m.span
    yield _finding(
        doc,
        later,
        earlier,
        f'The range "{m.text}" ends ({b.strip()}) before it starts ({a.strip()}); one of the dates is wrong.',
        evidence={"range": m.text},
    )


def _plain(m: DateMention) -> bool:
    return bool(m.start and m.end and not m.soft and m.kind in ("absolute", "relative"))


def _same_year_as(a: DateMention, b: DateMention) -> tuple[dt.date, dt.date]:
    """``b``'s days, moved to the year nearest ``a`` when neither gives a year ("June 9 ... June 23").

    Year-less days are dated before the article by default; two of them in one sentence belong
    together, so "June 9, two weeks before the semi-final on June 23" must not put June 23 a year back.
    """
    assert b.start is not None and b.end is not None and a.start is not None
    if a.granularity != "day" or b.granularity != "day" or _HAS_YEAR.search(a.text) or _HAS_YEAR.search(b.text):
        return b.start, b.end
    options = []
    for shift in (-1, 0, 1):
        try:
            options.append(b.start.replace(year=a.start.year + shift))
        except ValueError:
            continue
    if not options:
        return b.start, b.end
    near = min(options, key=lambda d: abs((d - a.start).days))
    return near, near


def _year_guessed(m: DateMention, other: DateMention) -> bool:
    """``m`` is a month or season named without a year ("from January"), its year guessed from the
    article's date, next to a date of another granularity: a year either side may be the one meant."""
    if not m.rel or m.rel[0] not in ("month", "season", "monthday") or _HAS_YEAR.search(m.text):
        return False
    if m.rel[0] != "monthday" and m.rel[2] not in (0, None, "latest"):
        return False  # "last January", "next summer": the year is said
    return not (m.granularity == "day" and other.granularity == "day" and not _HAS_YEAR.search(other.text))


_HAS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|['’]\d\d\b")


def _orderings(doc: Document, found: list[DateMention]) -> Iterator[Finding]:
    text = doc.text
    for i, a in enumerate(found[:-1]):
        b = found[i + 1]
        if not (_plain(a) and _plain(b)) or _same_label(doc, a, b):
            continue
        gap = text[a.span.end : b.span.start]
        cm = _CONNECTIVE.search(gap)
        if cm is None or not _A_TO_CONNECTIVE.match(gap[: cm.start()]) or ";" in gap or ":" in gap:
            continue
        between = gap[cm.end() :]
        if not _CONNECTIVE_TO_B.match(between):
            continue
        word = cm.group("c").lower()
        after = word in ("after", "following")
        b_start, b_end = _same_year_as(a, b)
        if after and a.end < b_start:
            claim = "after"
        elif not after and a.start > b_end:
            claim = "before"
        else:
            continue
        if _year_guessed(a, b) or _year_guessed(b, a):
            continue  # "will be cut from January after the vote on November 5": next January
        yield _finding(
            doc,
            b.span,
            a.span,
            f'"{a.text}" is said to come {claim} "{b.text}", but {a.text} is '
            f"{'earlier' if claim == 'after' else 'later'}; one of the dates is wrong.",
            evidence={"first": a.text, "second": b.text, "connective": word},
        )


def _durations(doc: Document, sentence: Span, found: list[DateMention], info: _Dates) -> Iterator[Finding]:
    text = doc.text
    if _DURATION_GATE.search(text, sentence.start, sentence.end):
        yield from _stated_durations(doc, sentence, found, info)
    yield from _ago_checks(doc, sentence, found, info)


def _stated_durations(doc: Document, sentence: Span, found: list[DateMention], info: _Dates) -> Iterator[Finding]:
    """ "the three-year war from 2014 to 2022": durations against their endpoints or the article's date."""
    text = doc.text
    for dm in _DURATION.finditer(text, sentence.start, sentence.end):
        n = _count(dm.group("n"))
        if n <= 0:
            continue
        slack = 1.0 if dm.group("hedge") else 0.75
        nxt = [m for m in found if m.span.start >= dm.end() and m.span.start - dm.end() <= 90]
        # "the three-year war from 2014 to 2022": the duration against its own endpoints.
        rng = next((m for m in nxt if m.kind == "range" and m.start and m.end and m.end >= m.start), None)
        if rng is not None and not _RANGE_GAP.match(text[dm.end() : rng.span.start]):
            rng = None
        if rng is not None and not rng.soft and rng.granularity in ("year", "month", "season", "day"):
            first, second = rng.parts or (
                DateMention(rng.span, rng.text, rng.start, dt.date(rng.start.year, 12, 31), "year"),
                DateMention(rng.span, rng.text, dt.date(rng.end.year, 1, 1), rng.end, "year"),
            )
            if not (second.start and second.end):
                continue
            lo, hi = _elapsed(first, second.start, second.end)
            if n > hi + slack or n < lo - slack:
                yield _finding(
                    doc,
                    rng.span,
                    Span(dm.start(), dm.end()),
                    f'"{dm.group(0).strip()}" does not fit "{rng.text}", which is about '
                    f"{_years(lo, hi)}; one of them is wrong.",
                    evidence={"duration": dm.group(0), "range": rng.text},
                )
            continue
        start = next(
            (
                m
                for m in nxt
                if m.kind in ("absolute", "since") and m.start and _BEGAN.search(text, dm.end(), m.span.start)
            ),
            None,
        )
        if start is None or info.anchor is None or start.start is None:
            continue
        nouns = text[dm.end() : start.span.start].split()[:2]
        if not any(_ONGOING.match(w.strip(",;")) for w in nouns) or _ENDED.search(text, sentence.start, sentence.end):
            continue  # a planned length, or a period that has ended: not measured to the article's date
        lo, hi = _elapsed(start, info.anchor, info.anchor)
        too_long = n > hi + slack
        too_short = n < lo - slack
        if not info.known:
            too_long = False  # an inferred date is only a lower bound on the article's date
        if not (too_long or too_short):
            continue
        message = (
            f'"{dm.group(0).strip()}" does not fit a start in {start.text}: by the article\'s date '
            f"({human(info.anchor)}) that is {_years(lo, hi)}."
        )
        severity = None
        if not info.known:
            severity = Severity.INFO
            message += " (The article's date is inferred from its text, so this is only a hint.)"
        yield _finding(
            doc,
            start.span,
            Span(dm.start(), dm.end()),
            message,
            severity=severity,
            evidence={"duration": dm.group(0), "start": start.text, "article_date": info.anchor.isoformat()},
        )


def _elapsed(a: DateMention, b_start: dt.date, b_end: dt.date) -> tuple[float, float]:
    """The shortest and longest time in years from mention ``a`` to the days ``b_start``..``b_end``."""
    a_start, a_end = a.start or b_start, a.end or b_start
    if a.kind == "since":
        a_end = a_start if a.granularity == "day" else a.end or a_start
        a_end = min(a_end, dt.date(a_start.year, 12, 31))
    lo = max(0.0, (b_start - a_end).days / 365.25)
    return lo, max(lo, (b_end - a_start).days / 365.25)


def _years(lo: float, hi: float) -> str:
    a, b = int(lo + 0.5), int(hi + 0.5)
    if a == b:
        return f"about {a} year{'s' if a != 1 else ''}"
    return f"{a} to {b} years"


def _ago_checks(doc: Document, sentence: Span, found: list[DateMention], info: _Dates) -> Iterator[Finding]:
    """ "two years ago, in 2015" against a stated article date."""
    if not info.known:
        return
    for i, m in enumerate(found):
        if not (m.rel and m.rel[0] == "ago" and m.rel[1] in ("year", "decade") and m.start):
            continue
        for other in (found[i - 1] if i else None, found[i + 1] if i + 1 < len(found) else None):
            if other is None or other.rel or other.granularity not in ("year", "month", "day") or not other.start:
                continue
            lo, hi = sorted(
                (m.span.end, other.span.start) if other.span.start > m.span.start else (other.span.end, m.span.start)
            )
            if not _AGO_JOIN.match(doc.text[lo:hi]) or hi - lo > 6:
                continue
            if abs(other.start.year - m.start.year) <= 1:
                continue
            later, earlier = (other, m) if other.span.start > m.span.start else (m, other)
            yield _finding(
                doc,
                later.span,
                earlier.span,
                f'"{m.text}" in an article dated {human(info.anchor)} means about {m.start.year}, '
                f"not {other.text}; one of them is wrong.",
                evidence={"ago": m.text, "date": other.text},
            )


# ------------------------------------------------------------------ DAT004


_MAX_DAT004 = 5  # one note per distinct phrase, at most this many per article


@rule(
    "DAT004",
    "undated-relative-time",
    "dates",
    Severity.INFO,
    "relative dates in an article whose own date is not stated",
    RuleDocs(
        what="""
        Flags "last year", "on Saturday", "in July", "March 3", "three weeks ago", "over the
        summer", "last season", "last night", "this morning", "today", "in recent weeks", "in the
        past few months", "over the weekend", "at the end of the month" and similar when the article states no date of its own (no front matter, metadata, dateline or
        `--as-of`), so nobody can tell which day or year they mean. Each distinct phrase is
        reported once, and at most five per article.
        """,
        why="""
        Copy is republished, syndicated and read years later. "Last year" in an undated article
        is a fact nobody can check.
        """,
        flag="The ceremony took place on Saturday in Pyongyang.",
        ok="""
        PYONGYANG, March 3 (Reuters) - The ceremony took place on Saturday.
        """,
        silence="Add a dateline or front-matter date, or write the absolute date.",
    ),
)
def check_undated_relative(doc: Document, ctx: Context) -> Iterator[Finding]:
    info = _dates(doc, ctx)
    if info.known:
        return
    meta = doc.meta
    if meta.published is None:
        why = "the article has no date of its own (no front matter, metadata or dateline)"
    else:
        guess = (meta.published_detail or "").removeprefix("inferred from the text: ")
        why = f"the article states no date of its own (its text only suggests one: {guess})"
    seen: set[str] = set()
    phrases = [m for m in dating.document_mentions(doc) if m.rel]
    for m in phrases:
        key = " ".join(m.text.lower().split())
        if key in seen:
            continue
        seen.add(key)
        if len(seen) > _MAX_DAT004:
            break
        yield Finding(
            "DAT004",
            m.span,
            f'"{m.text}" depends on when the article was written, but {why}; readers cannot tell '
            "which date it means. Add a dateline or write the date out.",
            evidence={"phrase": m.text},
        )
