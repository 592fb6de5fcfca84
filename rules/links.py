"""What cited links are: fabricated-looking publisher URLs (CIT005), off-topic citations (CIT006)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.context import Context
from auditor.language.publishers import classify, is_asset_url, is_navigation_url, slug_words
from auditor.language.relevance import DocTerms, Relevance, doc_terms, relevance, words
from auditor.model import Citation, Document, Finding, Span
from auditor.reading.urls import safe_split
from auditor.registry import RuleDocs, rule


def _related(c: Citation) -> list[Span]:
    return [s for s in c.cited_by if not s.overlaps(c.span)]


@rule(
    "CIT005",
    "fabricated-url-pattern",
    "citations",
    "warning",
    "a URL on a known publisher's site that fits none of its article URL shapes",
    RuleDocs(
        what="""
        For 29 major publishers (Reuters, AP, AFP, BBC, The Guardian, The New York Times, The
        Washington Post, Al Jazeera, CNN, Bloomberg, FT, WSJ, NPR, Politico, Le Monde, Der Spiegel,
        n-tv, Yonhap, NHK, ABC Australia, CBC, DW, France 24, The Kyiv Independent, The Times of
        India, USA Today, NBC News, Fox News, HuffPost), auditor knows the shapes of their article
        URLs (date parts, ID formats). A URL on such a site whose path reads like an article slug
        but fits none of those shapes is flagged, with the shape expected. Home pages, section
        pages, video, live and author pages are recognised and left alone.
        """,
        why="""
        Invented citations (often from AI writing tools) look plausible but do not follow the
        publisher's real address scheme: a Guardian link without /YYYY/mon/DD/, a Reuters link
        without its date or ID. Such a link leads nowhere, and the claim it supports is unsourced.
        """,
        flag="[1] https://www.theguardian.com/world/ukraine-analysis-why-thousands-are-fleeing-the-east",
        ok="[1] https://www.theguardian.com/world/2022/apr/19/ukraine-analysis-why-thousands-are-fleeing-the-east",
        silence="Replace the link with the address of the real article, copied from the browser.",
    ),
)
def check_fabricated(doc: Document, ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for c in doc.citations:
        if not c.url or c.url in seen:
            continue
        seen.add(c.url)
        try:
            shape = classify(c.url)
        except (ValueError, TypeError):
            continue
        if shape is None or shape.kind != "unknown":
            continue
        pub = shape.publisher
        yield Finding(
            "CIT005",
            c.span,
            f"This link to {pub.name} fits none of {pub.name}'s article address shapes "
            f"(expected {pub.expected}); it may be invented or garbled. "
            "Open it and replace it with the real article's address.",
            related=_related(c),
            evidence={"publisher": pub.name, "expected": pub.expected, "path": shape.path},
        )


# --- CIT006 ------------------------------------------------------------------------------------

_URL_IN_TEXT = re.compile(r"\S+://\S+|www\.\S+")
_MARKER = re.compile(r"^\s*(?:\[\^?[\w-]+\]:?|\d{1,3}[.)])\s*")


def _clean_text(doc: Document) -> str:
    """The body prose with URLs and reference lists blanked out (same length as the text).

    Anchor texts stay: the writer wrote them, so they belong to the claim and the article.
    The spans are merged first, so thousands of citations sharing one long entry cost one blank.
    """
    text = doc.text
    spans = [(z.start, z.end) for z in doc.reference_zones]
    for c in doc.citations:
        if c.entry_span is not None:
            spans.append((c.entry_span.start, c.entry_span.end))
        written = text[c.span.start : c.span.end]
        if "://" in written or written[:4].lower() == "www.":
            spans.append((c.span.start, c.span.end))
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        out.append(" " * (end - start))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _doc_terms(doc: Document) -> tuple[str, DocTerms]:
    def compute(d: Document) -> tuple[str, DocTerms]:
        clean = _clean_text(d)
        return clean, doc_terms(clean)

    return doc.derived("links.clean_terms", compute)


def _slug_text(url: str) -> str | None:
    """The path segment that reads as a headline (most words, at least four)."""
    parts = safe_split(url)
    if parts is None:
        return None
    best = max((s for s in parts.path.split("/") if s), key=slug_words, default="")
    return best if slug_words(best) >= 4 else None


def citation_text(c: Citation, titles: dict[Span, str | None] | None = None) -> tuple[str, str] | None:
    """What the citation says it is about, and where that came from (reference title, address).

    An inline link's anchor text is not used: the writer wrote it to fit the sentence, so it
    always matches; the address says what the linked page is really about. ``titles`` keeps each
    entry's title, read once however many URLs the entry holds.
    """
    if c.in_reference_list and c.entry_text:
        key = c.entry_span
        if titles is not None and key is not None and key in titles:
            title = titles[key]
        else:
            title = _MARKER.sub("", _URL_IN_TEXT.sub(" ", c.entry_text)).strip(" .,;:-–—\"'")
            title = title if len(words(title)) >= 4 else None
            if titles is not None and key is not None:
                titles[key] = title
        if title is not None:
            return title, "reference title"
    slug = _slug_text(c.url or "")
    return (slug, "address") if slug else None


def _supports_something(doc: Document, c: Citation) -> bool:
    """A reference-list entry, or a link in a sentence that says something beyond the link itself."""
    if c.in_reference_list:
        return True
    from auditor_rules.sources import prose_words

    for span in c.cited_by:
        s = doc.sentence_at(span.start)
        if s is not None and prose_words(doc, s) >= 6:
            return True
    return False


@rule(
    "CIT006",
    "irrelevant-citation",
    "citations",
    "warning",
    "a citation whose slug or title is about something the claim and article never mention",
    RuleDocs(
        what="""
        Compares what a citation says it is about (its anchor text, its title in the reference
        list, or the words of its address) with the sentence that cites it and with the whole
        article, by an information-weighted overlap of stemmed words in which names count most.
        Flags the citation when neither the claim nor the article shares its subject and it names
        specific things the article never mentions. Citations in another language, and ones with
        too few words to judge, are left alone.
        """,
        why="""
        A citation about something else (another city, another year's event) lends a claim
        authority it does not have. It often means the link was pasted by mistake or invented.
        """,
        flag="""
        The city council approved the new cycling budget on Tuesday [1]. The budget pays for twelve kilometres of protected bike lanes, new cycle parking at the main station and safer junctions near schools. Council members argued for months about the cost of the lanes and about parking spaces for cars. Cycling groups welcomed the vote, while some shop owners on the high street said they feared losing customers who arrive by car.
        [1] https://www.example-news.com/sport/tennis-star-wins-wimbledon-final-in-straight-sets
        """,
        ok="""
        The city council approved the new cycling budget on Tuesday [1]. The budget pays for twelve kilometres of protected bike lanes, new cycle parking at the main station and safer junctions near schools. Council members argued for months about the cost of the lanes and about parking spaces for cars. Cycling groups welcomed the vote, while some shop owners on the high street said they feared losing customers who arrive by car.
        [1] https://www.example-news.com/local/city-council-approves-cycling-budget
        """,
        silence="Check the link supports the sentence; replace it if it does not.",
    ),
    options={"document_threshold": 0.35, "cited_document_threshold": 0.15, "min_words": 60},
)
def check_irrelevant(doc: Document, ctx: Context) -> Iterator[Finding]:
    opts = ctx.options("CIT006", {"document_threshold": 0.35, "cited_document_threshold": 0.15, "min_words": 60})
    todo: list[tuple[Citation, str, str]] = []
    seen: set[str] = set()
    titles: dict[Span, str | None] = {}
    for c in doc.citations:
        if not c.url or c.url in seen:
            continue
        seen.add(c.url)
        if c.extra.get("url_kind") in ("home", "section", "other"):
            continue
        if is_asset_url(c.url) or is_navigation_url(c.url) or not _supports_something(doc, c):
            continue
        found = citation_text(c, titles)
        if found is not None:
            todo.append((c, *found))
    if not todo:  # most articles: nothing to compare, so the article is never tokenised
        return
    clean, terms = _doc_terms(doc)
    if terms.words < opts["min_words"] or not terms.english:  # another language: its links are not judged
        return
    judged: dict[tuple[object, ...], Relevance] = {}  # citations sharing an entry and its claims: judged once
    for c, text, source in todo:
        key = (c.entry_span, *c.cited_by) if source == "reference title" else None
        rel = judged.get(key) if key is not None else None
        if rel is None:
            claims = [clean[s.start : s.end] for s in c.cited_by]
            rel = relevance(" ".join(claims) if claims else None, text, terms)
            if key is not None:
                judged[key] = rel
        if not rel.judgeable or len(rel.missing) < 2:
            continue
        if rel.claim is None:  # a reference no sentence cites: only the article to compare with
            if rel.document >= opts["document_threshold"]:
                continue
        elif rel.claim > 0 or rel.document >= opts["cited_document_threshold"]:
            # Writers paraphrase what they link to, so a cited link is flagged only when its
            # sentence shares none of its words and the article next to none.
            continue
        shown = ", ".join(f'"{w}"' for w in rel.missing[:4])
        about = " ".join(rel.terms[:10])
        yield Finding(
            "CIT006",
            c.span,
            f'This citation\'s {source} is about "{about}", but the article never mentions {shown}: '
            "it does not look like a source for this article. Check that it supports the claim, or replace it.",
            related=_related(c),
            evidence={
                "citation_text": text,
                "source": source,
                "claim_overlap": rel.claim,
                "document_overlap": rel.document,
                "missing": rel.missing,
            },
        )
