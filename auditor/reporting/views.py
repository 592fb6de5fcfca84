"""Plain, picklable views of an audited article: what every reporter renders.

Built once per article (in the worker process) from the document, its findings
and its score; JSON, Markdown, text, SARIF and the rest are pure functions of it.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from auditor.model import Citation, Document, Finding, Severity, Span
from auditor.reading.excerpts import clip
from auditor.registry import get_rule
from auditor.scoring import Score

_WS = re.compile(r"\s+")
EXCERPT_WIDTH = 160


@dataclass(slots=True)
class FindingView:
    code: str
    name: str
    category: str
    severity: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    excerpt: str
    related: list[dict[str, Any]] = field(default_factory=list)
    fix: str | None = None
    why: str = ""
    status: str = "open"  # open | suppressed | accepted | baseline
    note: str | None = None  # the reason an editor gave when accepting
    fingerprint: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)
    in_references: bool = False  # the finding sits in a reference list (its excerpt is the entry)
    url: str | None = None  # the cited URL the finding is about (scorecard, and "url" in the JSON)
    anchor: str | None = None  # that link's anchor text, when it has one
    marker: str | None = None  # its reference marker ("[3]"), when it has one

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message": self.message,
            "excerpt": self.excerpt,
            "related": self.related,
        }
        if self.fix:
            data["fix"] = self.fix
        if self.url:  # additive: the whole URL a citation finding is about
            data["url"] = self.url
        if self.status != "open":
            data["status"] = self.status
        if self.note:
            data["note"] = self.note
        return data


@dataclass(slots=True)
class CitationView:
    url: str | None
    domain: str | None
    line: int
    column: int
    marker: str | None
    date: str | None
    date_source: str | None
    rating: str | None
    rating_detail: dict[str, Any]
    cited_in_body: bool
    cited_lines: list[int]
    kind: str
    anchor: str | None
    cited_at: list[tuple[int, int]] = field(default_factory=list)  # each citing marker, or the link itself
    role: str | None = None  # not a source: "home page", "section page", ... (see :func:`link_role`)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "url": self.url,
            "domain": self.domain,
            "line": self.line,
            "marker": self.marker,
            "date": self.date,
            "rating": self.rating,
            "cited_in_body": self.cited_in_body,
        }
        if self.date_source:
            data["date_source"] = self.date_source
        if self.rating_detail:
            data["rating_detail"] = self.rating_detail
        return data


@dataclass(slots=True)
class DocView:
    """Everything the reports say about one article."""

    path: str
    report_path: str
    title: str
    format: str
    published: str | None
    published_source: str | None
    published_confidence: str | None
    published_detail: str | None
    words: int
    encoding_note: str | None
    not_audited: str | None
    score: Score
    citations: list[CitationView]
    findings: list[FindingView]  # open findings, in file order
    set_aside: list[FindingView]  # suppressed / accepted / baselined, shown but not counted
    internal_error: bool = False
    sourcing: dict[str, int] = field(default_factory=dict)  # see :func:`sourcing_counts` (not in the JSON)

    @property
    def suppressed_count(self) -> int:
        return sum(1 for f in self.set_aside if f.status == "suppressed")

    @property
    def set_aside_counts(self) -> dict[str, int]:
        """How many findings were set aside, by status (suppressed, accepted, baseline)."""
        counts: dict[str, int] = {}
        for f in self.set_aside:
            counts[f.status] = counts.get(f.status, 0) + 1
        return dict(sorted(counts.items()))

    def row(self) -> IndexRow:
        s = self.score
        light = ScoreSummary(s.score, s.grade, s.passed, s.counts)
        return IndexRow(
            self.path,
            self.report_path,
            self.title,
            light,
            self.set_aside_counts,
            self.internal_error,
            reason=verdict_reason(self),
            not_audited=self.not_audited,
            kind=page_kind(self),
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "title": self.title,
            "published": self.published,
            "published_source": self.published_source,
            "score": self.score.score,
            "grade": self.score.grade,
            "passed": self.score.passed,
            "categories": {c.name: c.score for c in self.score.categories},
            "citations": [c.to_json() for c in self.citations],
            "findings": [f.to_json() for f in self.findings],
        }
        if self.not_audited:
            data["not_audited"] = self.not_audited
        if self.set_aside:
            data["set_aside"] = [f.to_json() for f in self.set_aside]
        return data


@dataclass(slots=True)
class ScoreSummary:
    """The part of a :class:`Score` the index and summaries use (a few hundred bytes per article)."""

    score: int
    grade: str
    passed: bool
    counts: dict[str, int]


@dataclass(slots=True)
class IndexRow:
    """What the index and the summary need of an article once its details are written out."""

    path: str
    report_path: str
    title: str
    score: ScoreSummary
    set_aside_counts: dict[str, int] = field(default_factory=dict)
    internal_error: bool = False
    reason: str = ""  # why it fails, in words (empty when it passes)
    not_audited: str | None = None
    kind: str = ""  # "" for an article read as one; "not audited" or "not read" (see :func:`page_kind`)


def index_rank(row: IndexRow | DocView) -> int:
    """Where a row goes in the index, worst first: files not audited, then pages not read, then by score."""
    kind = row.kind if isinstance(row, IndexRow) else page_kind(row)
    return {"not audited": -2, "not read": -1}.get(kind, row.score.score)


def page_kind(view: DocView) -> str:
    """Whether the report is about an article at all: "not audited" (AUD002: binary, empty, too large),
    "not read" (AUD005: the page's article was not found, or the page is a home page, listing or
    redirect), or "" for an article that was read."""
    codes = {f.code for f in view.findings}
    if view.not_audited or "AUD002" in codes:
        return "not audited"
    return "not read" if "AUD005" in codes else ""


def verdict_reason(view: DocView) -> str:
    """Why an article fails, in words an editor can act on: the bar it missed and its worst rules."""
    if view.not_audited:
        return f"not audited: {view.not_audited}"
    unread = next((f for f in view.findings if f.code == "AUD005"), None)
    if unread is not None:  # what was read is not the article: its other findings mean little
        note = unread.message.removeprefix("Body not read in full: ").split(";")[0].rstrip(".")
        return f"page not read as an article (AUD005): {note}"
    s = view.score
    if s.passed:
        return ""
    worst: dict[str, int] = {}
    for f in view.findings:
        if f.severity == "error":
            worst[f"{f.code} {f.name}"] = worst.get(f"{f.code} {f.name}", 0) + 1
    if not worst:  # failed on the score alone: name the rules that cost most
        for f in view.findings:
            if f.severity == "warning":
                worst[f"{f.code} {f.name}"] = worst.get(f"{f.code} {f.name}", 0) + 1
    top = sorted(worst.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    rules = ", ".join(f"{n} × {name}" if n > 1 else name for name, n in top)
    return "; ".join(s.reasons) + (f" — {rules}" if rules else "")


SET_ASIDE_WORDS = {"suppressed": "suppressed", "accepted": "accepted", "baseline": "in the baseline"}


def set_aside_phrase(counts: dict[str, int]) -> str:
    """ "3 findings suppressed, 1 accepted" (empty when nothing was set aside)."""
    parts = []
    for status in ("suppressed", "accepted", "baseline"):
        n = counts.get(status, 0)
        if n:
            noun = "finding" if n == 1 else "findings"
            parts.append(f"{n} {noun} {SET_ASIDE_WORDS[status]}" if not parts else f"{n} {SET_ASIDE_WORDS[status]}")
    return ", ".join(parts)


def excerpt(doc: Document, span: Span, width: int = EXCERPT_WIDTH) -> str:
    """The text around a span, one line, whitespace collapsed, trimmed with ellipses."""
    if not doc.text:
        return ""
    start = max(0, min(span.start, len(doc.text)))
    end = max(start, min(span.end, len(doc.text)))
    if doc.in_reference_zone(start):  # a reference entry: show the entry, not the whole list
        zone = doc.reference_zone_at(start)
        assert zone is not None
        lo, hi = max(zone.start, start - 10), min(zone.end, max(end, start + 40))
        cut = clip(doc.text[lo:hi], start - lo, end - lo, width)
        before = "…" if lo > zone.start and not cut.startswith("…") else ""
        after = "…" if hi < zone.end and not cut.endswith("…") else ""
        return before + cut + after
    # Show the whole sentence when it fits, else a window around the span.
    sent = doc.sentence_at(start)
    lo, hi = (sent.span.start, sent.span.end) if sent and sent.span.end >= end else (start, end)
    return clip(doc.text[lo:hi], start - lo, end - lo, width)


def _citation_starts(doc: Document) -> tuple[list[int], list[Citation]]:
    ordered = sorted(doc.citations, key=lambda c: (c.span.start, c.span.end))
    return [c.span.start for c in ordered], ordered


def citation_for(doc: Document, span: Span) -> Citation | None:
    """The citation a finding at ``span`` is about: the one written at it, or the first inside it.

    Findings about a URL point at the URL; CIT002 points at its reference entry,
    which starts a few characters before the URL. Binary search, so a page with
    thousands of links costs a logarithm per finding.
    """
    if not doc.citations:
        return None
    starts, ordered = doc.derived("citation-starts", _citation_starts)
    i = bisect.bisect_right(starts, span.start) - 1
    if i >= 0 and ordered[i].span.start <= span.start < max(ordered[i].span.end, ordered[i].span.start + 1):
        return ordered[i]
    j = i + 1
    if j < len(ordered) and span.start <= ordered[j].span.start < max(span.end, span.start + 1):
        return ordered[j]
    return None


def finding_view(doc: Document, f: Finding, severity: Severity) -> FindingView:
    r = get_rule(f.code)
    cited = citation_for(doc, f.span) if f.span.end > f.span.start else None
    line, col = doc.position(f.span.start)
    end_line, end_col = doc.end_position(f.span)
    related = []
    for s in f.related:
        rl, _ = doc.position(s.start)
        related.append({"line": rl, "excerpt": excerpt(doc, s)})
    return FindingView(
        code=f.code,
        name=r.name if r else f.code.lower(),
        category=r.category if r else "input",
        severity=severity.value,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        message=f.message,
        excerpt=excerpt(doc, f.span) if f.span.end > f.span.start or doc.text else "",
        related=related,
        fix=f.fix,
        why=first_sentence(r.docs.why) if r else "",
        evidence={k: v for k, v in f.evidence.items() if isinstance(v, (str, int, float, bool)) or v is None},
        in_references=bool(doc.text) and doc.in_reference_zone(min(f.span.start, max(0, len(doc.text) - 1))),
        url=(cited.url if cited else None) or _text(f.evidence.get("url")),
        anchor=cited.anchor_text if cited else None,
        marker=cited.marker if cited else None,
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def sourcing_counts(doc: Document, citations: list[CitationView]) -> dict[str, int]:
    """How the article's statements are sourced, and how its citations are rated.

    Sentences count as :func:`auditor.language.sourcing.sentence_sourcing` reads them;
    citations that are sources (not site navigation or link lists, see :func:`link_role`) count by
    rating (deprecated counts as unreliable).
    """
    from auditor.language.sourcing import sentence_sourcing

    counts = dict.fromkeys(SOURCING_KEYS, 0)
    counts.update(sentence_sourcing(doc))
    for c in citations:
        if c.role:  # site navigation and link lists are not the article's sources
            continue
        rating = {"deprecated": "unreliable"}.get(c.rating or "", c.rating or "unrated")
        key = "rated_" + (rating if rating in ("reliable", "mixed", "unreliable") else "unrated")
        counts[key] += 1
    return counts


SOURCING_KEYS = (
    "named",
    "described",
    "unnamed",
    "cited",
    "nothing",
    "rated_reliable",
    "rated_mixed",
    "rated_unreliable",
    "rated_unrated",
)


@functools.lru_cache(maxsize=256)
def first_sentence(text: str) -> str:
    """The first sentence of a docs paragraph, without its final full stop."""
    flat = _WS.sub(" ", text).strip()
    m = re.search(r"(?<=[A-Za-z0-9)\]\"”])[.;](?:\s|$)", flat)
    return (flat[: m.start()] if m else flat).rstrip(".")


def citation_view(doc: Document, c: Citation) -> CitationView:
    line, col = doc.position(c.span.start)
    # Where the text relies on it, at the same place a finding would point: each citing marker of a
    # reference entry (not the start of its sentence), or the link itself.
    if c.in_reference_list:
        by_label = doc.derived("reporting.markers-by-label", _markers_by_label)
        markers = sorted({doc.position(start) for start in by_label.get(c.label or "", ())})
    else:
        markers = [(line, col)]
    return CitationView(
        url=c.url,
        domain=c.domain,
        line=line,
        column=col,
        marker=c.marker,
        date=c.date.isoformat() if c.date else None,
        date_source=c.date_source,
        rating=c.rating,
        rating_detail=_plain(c.rating_detail),
        cited_in_body=c.cited_in_body,
        cited_lines=sorted({doc.position(s.start)[0] for s in c.cited_by}),
        kind=c.kind,
        anchor=c.anchor_text,
        cited_at=markers,
        role=link_role(doc, c),
    )


def _markers_by_label(doc: Document) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for m in doc.markers:
        out.setdefault(m.label, []).append(m.span.start)
    return out


_PAGE_KINDS = (
    (
        "author page",
        re.compile(
            r"^/(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:authors?|by|people|profiles?|staff|contributors?|"
            r"writers?|journalists?|reporters?|columnists?)(?:/|$)",
            re.I,
        ),
    ),
    (
        "section page",
        re.compile(
            r"^/(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:tags?|topics?|category|categories|sections?|"
            r"hub|mostviewed|most-popular|latest|archives?)(?:/|$)",
            re.I,
        ),
    ),
    ("search page", re.compile(r"^/(?:[a-z]{2}(?:-[a-z]{2})?/)?search(?:/|$)", re.I)),
)
_SEARCH_QUERY = re.compile(r"(?:^|&)(?:q|query|s|search)=", re.I)


def link_role(doc: Document, c: Citation) -> str | None:
    """What a link is when it is not a source: a site's home, section, author or search page, or an
    entry of a link list (a headline or menu item standing alone). None for a source.

    Only links are judged: a numbered reference or a URL written in the text was put there as a source.
    """
    from urllib.parse import urlsplit

    from auditor.language.publishers import classify, is_navigation_url

    if c.kind not in ("link", "anchor") or not c.url:
        return None
    try:
        parts = urlsplit(c.url)
    except ValueError:
        return None
    path = parts.path or "/"
    if path == "/" or re.fullmatch(r"/(?:index\.[a-z]+|[a-z]{2}(?:-[a-z]{2})?/?)", path, re.I):
        return "home page"
    if is_navigation_url(c.url):
        return "site page"
    for label, pattern in _PAGE_KINDS:
        if pattern.search(path):
            return label
    if _SEARCH_QUERY.search(parts.query):
        return "search page"
    try:
        shape = classify(c.url)
    except (ValueError, TypeError):
        shape = None
    if shape is not None and shape.kind in ("home", "section"):
        return f"{shape.kind} page"
    sent = doc.sentence_at(c.span.start)
    if sent is None:
        return "link list"  # outside the prose: a teaser, menu or footer link
    linked = doc.derived("reporting.anchor-chars", _anchor_chars).get(sent.index, 0)
    if linked * 10 >= 9 * len(sent.text.strip()):
        return "link list"  # the sentence is nothing but links: related-article teasers, a menu, tags
    return None


def _anchor_chars(doc: Document) -> dict[int, int]:
    """Per sentence, how many characters its links' anchor texts hold."""
    out: dict[int, int] = {}
    for c in doc.citations:
        if c.kind in ("link", "anchor") and c.anchor_text:
            sent = doc.sentence_at(c.span.start)
            if sent is not None:
                out[sent.index] = out.get(sent.index, 0) + len(c.anchor_text.strip())
    return out


def _plain(value: Any) -> Any:
    """JSON-safe, deterministic copy of rating details."""
    if isinstance(value, (str, int, float)) or value is None:  # the common case first (bool is an int)
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=_key_text)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, set):
        return sorted(_plain(v) for v in value)
    return str(value)


def _key_text(item: tuple[Any, Any]) -> str:
    return str(item[0])
