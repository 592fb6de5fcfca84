"""Core data types shared by loaders, rules, scoring and reporters.

Offsets are character offsets into ``Document.text`` (the text an editor reads,
with markup removed). ``Document.position`` maps an offset back to the 1-based
line and column of the original file, whatever the format.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise
from typing import Any

from auditor.reading.textmap import SourceMap


class Severity(StrEnum):
    """How much a finding matters; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of offsets into ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} precedes start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Sentence:
    """One sentence; ``index`` is its position in the document."""

    span: Span
    text: str
    paragraph: int
    index: int


@dataclass(slots=True)
class Marker:
    """A citation marker in the body, such as ``[3]`` or ``[^note]``."""

    label: str
    span: Span
    sentence: int | None = None


@dataclass(slots=True)
class Citation:
    """Something the article cites: a URL, a link, or a reference-list entry.

    ``span`` points at the URL as written (for a reference entry without a URL,
    at the entry). ``raw`` is the URL exactly as written, ``url`` the URL as the
    writer meant it (a stray space removed). ``cited_by`` lists the spans of body
    sentences that cite it (by containing the link, or a matching marker).
    """

    url: str | None
    span: Span
    raw: str | None = None
    kind: str = "url"  # url | link | anchor | reference
    marker: str | None = None  # "[3]" for reference entries
    label: str | None = None  # "3" for reference entries
    in_reference_list: bool = False
    entry_span: Span | None = None
    entry_text: str | None = None
    anchor_text: str | None = None
    cited_by: list[Span] = field(default_factory=list)
    sentence: int | None = None
    breaks: list[Span] = field(default_factory=list)  # stray spaces inside the URL
    domain: str | None = None
    date: dt.date | None = None
    date_source: str | None = None
    rating: str | None = None
    rating_detail: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def cited_in_body(self) -> bool:
        return bool(self.cited_by)


@dataclass(slots=True)
class DocMeta:
    """What the loader learnt about the article beyond its text."""

    title: str | None = None
    published: dt.date | None = None
    published_source: str | None = None  # front-matter | meta | file-name | cli | config | text | None
    published_confidence: str | None = None  # high | medium | low
    published_detail: str | None = None
    format: str = "text"  # text | markdown | html
    encoding: str = "utf-8"
    encoding_note: str | None = None
    size_bytes: int = 0
    front_matter: dict[str, Any] = field(default_factory=dict)
    html_links: list[str] = field(default_factory=list)
    url: str | None = None  # the page's own address (HTML canonical link or og:url), when it says
    site_url: str | None = None  # og:url when it is on another site than the canonical (a syndicated copy's own site)
    body_note: str | None = None  # why the text read may not be the page's article (AUD005)
    front_matter_note: tuple[str, int] | None = None  # unreadable front matter: why, and its line (AUD006)
    main_content: Any = None  # what the main-content filter kept of an HTML page (loaders/maincontent.py)
    code: int = 0  # code blocks and code spans a Markdown body shows (dropped from its text)


@dataclass(slots=True)
class Comment:
    """A comment in the source (HTML or Markdown), kept for inline suppressions."""

    text: str
    span: Span  # where it sits in Document.text (zero-width at the cut)
    source_line: int


@dataclass(slots=True)
class Document:
    """An article ready for the rules."""

    path: str
    text: str
    source_map: SourceMap
    meta: DocMeta = field(default_factory=DocMeta)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    reference_zones: list[Span] = field(default_factory=list)
    not_audited: str | None = None  # why the body was not audited, if it was not
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the original file for a text offset."""
        return self.source_map.position(offset)

    def end_position(self, span: Span) -> tuple[int, int]:
        """1-based (line, column) just after the last character of ``span``."""
        if span.end <= span.start:
            return self.position(span.start)
        line, col = self.source_map.position(span.end - 1)
        return line, col + 1

    def snippet(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (binary search), if any."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.span.start:
                hi = mid - 1
            elif offset >= s.span.end:
                lo = mid + 1
            else:
                return s
        return None

    def in_reference_zone(self, offset: int) -> bool:
        zones = self.reference_zones
        if len(zones) <= 8:
            for z in zones:  # noqa: SIM110 (a plain loop: any() and a generator cost more per call)
                if z.start <= offset < z.end:
                    return True
            return False
        return self.reference_zone_at(offset) is not None

    def reference_zone_at(self, offset: int) -> Span | None:
        """The reference zone holding ``offset`` (the first listed, if zones overlap).

        A binary search over the zones' starts, so a list of 50,000 one-line entries costs a
        logarithm per question, not a walk of the list (issue 18).
        """
        zones = self.reference_zones
        index = self._derived.get("zone-index")
        if index is None or index[0] is not zones or index[1] != len(zones):
            ordered = sorted(zones, key=lambda z: (z.start, z.end))
            disjoint = all(a.end <= b.start for a, b in pairwise(ordered))
            index = (zones, len(zones), [z.start for z in ordered], ordered, disjoint)
            self._derived["zone-index"] = index
        _, _, starts, ordered, disjoint = index
        if not disjoint:
            return next((z for z in zones if z.start <= offset < z.end), None)
        i = bisect_right(starts, offset) - 1
        return ordered[i] if i >= 0 and offset < ordered[i].end else None

    def derived(self, key: str, compute: Callable[[Document], Any]) -> Any:
        """Compute an analysis once per document and share it between rules."""
        if key not in self._derived:
            self._derived[key] = compute(self)
        return self._derived[key]

    def citations_in(self, span: Span) -> list[Citation]:
        """Citations that support the text in ``span`` (inline link or marker), in document order.

        The same answer as testing every citation's ``cited_by`` against ``span``, from an index of
        those spans sorted by start (built once per document): a page with thousands of citations
        costs a logarithm plus the hits per question, not a walk of every citation (issue 18).
        """
        citations = self.citations
        if len(citations) <= 8:  # plain loops: a generator and a method call per pair cost more (~40 calls a document)
            start, end = span.start, span.end
            found = []
            for c in citations:
                for s in c.cited_by:
                    if start < s.end and s.start < end:
                        found.append(c)
                        break
            return found
        index = self._derived.get("cited-index")
        if index is None or index[0] is not citations or index[1] != len(citations):
            entries = sorted((s.start, s.end, i) for i, c in enumerate(citations) for s in c.cited_by)
            reach: list[int] = []  # the furthest end among entries[: k + 1]
            furthest = -1
            for _, end, _ in entries:
                furthest = max(furthest, end)
                reach.append(furthest)
            index = (citations, len(citations), [e[0] for e in entries], entries, reach)
            self._derived["cited-index"] = index
        _, _, starts, entries, reach = index
        hits: set[int] = set()
        k = bisect_left(starts, span.end) - 1  # entries starting before the span ends
        while k >= 0 and reach[k] > span.start:  # no entry before k reaches into the span
            start, end, i = entries[k]
            if span.start < end and start < span.end:
                hits.add(i)
            k -= 1
        return [citations[i] for i in sorted(hits)]

    @property
    def body_sentences(self) -> list[Sentence]:
        """Sentences outside reference lists: the prose the rules judge."""
        zones = self.reference_zones
        if not zones:
            return self.sentences
        sentences = self.sentences
        # Built once per document (a dozen analyses ask), kept while the lists are the same ones.
        held = self._derived.get("body-sentences")
        if (
            held is not None
            and held[0] is sentences
            and held[2] is zones
            and held[1:4:2] == (len(sentences), len(zones))
        ):
            return held[4]
        if len(zones) == 1:  # the usual case: one list of references at the end
            start, end = zones[0].start, zones[0].end
            body = [s for s in sentences if not start <= s.span.start < end]
        else:
            body = [s for s in sentences if not self.in_reference_zone(s.span.start)]
        self._derived["body-sentences"] = (sentences, len(sentences), zones, len(zones), body)
        return body

    @property
    def word_count(self) -> int:
        return sum([len(s.text.split()) for s in self.body_sentences])


@dataclass(slots=True)
class Finding:
    """One problem a rule found, anchored at a span of ``Document.text``."""

    code: str
    span: Span
    message: str
    severity: Severity | None = None  # None: the rule's default severity
    related: list[Span] = field(default_factory=list)
    evidence: dict[str, Any] = field(default_factory=dict)
    fix: str | None = None
