"""Whether an HTML page is an article at all, or a home page, section front or listing.

A listing can pass every rule (it cites nothing, dates nothing) and score as a clean
article, which is the most misleading thing a report can say. Its structure gives it
away, whatever its markup calls it:

- most of its text sits in links, few paragraphs are long prose, and many links read
  as headlines (a home page such as a portal's front);
- or its long paragraphs are teasers: each comes straight after a heading that links
  to another page (a section front that prints a summary under each headline).

A page that declares itself an article (``og:type`` article, or a JSON-LD ``…Article``
or ``BlogPosting``) is never called a listing: structure alone does not overrule what
the page says it is (a Japanese article page can be 77% links around a short body).
The verdict becomes the loader's AUD005 note. Thresholds were set on the 230 real pages
of ``../shared/eval`` (tests/test_pagekind.py holds the shapes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "title", "nav", "header", "footer", "aside"}
_SKIP |= {"form", "button", "select"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_ARTICLE_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|LiveBlogPosting|Report)"')

LONG_CHARS = 150  # a paragraph of prose, in non-space characters (CJK text has no word breaks)
HEADLINE_CHARS = 20  # a link whose text is this long reads as a headline, not a menu entry
MIN_HEADLINES = 30  # a home page shows at least this many headline links
LINK_SHARE = 0.6  # share of the page's text inside links
PROSE_SHARE = 0.1  # share of the page's text in long paragraphs, below which it has no body
OWN_SITE_SHARE = 0.5  # of the headline links, the share that goes to one site
MIN_TEASERS = 5  # long paragraphs that each follow a linked headline
TEASER_SHARE = 0.5  # ...as a share of the page's long paragraphs


@dataclass(frozen=True, slots=True)
class PageShape:
    """What the page's structure shows (non-space characters, so every script counts alike)."""

    text_chars: int
    link_chars: int
    headline_links: int
    long_paragraphs: int
    long_chars: int
    teasers: int  # long paragraphs right after a heading that links elsewhere
    declared_article: bool
    own_site_share: float = 1.0  # share of the headline links that go to the page's most linked site

    @property
    def link_share(self) -> float:
        return self.link_chars / self.text_chars if self.text_chars else 0.0

    @property
    def prose_share(self) -> float:
        return self.long_chars / self.text_chars if self.text_chars else 0.0


def _size(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def page_shape(root: Any, source: str) -> PageShape | None:
    """Measure the page's ``<body>`` (None when it has none)."""
    body = root.find("body")
    if body is None:
        return None
    counts = {"text": 0, "link": 0, "headlines": 0, "long": 0, "long_chars": 0, "teasers": 0}
    hosts: dict[str, int] = {}
    stack: list[tuple[Any, bool]] = [(body, False)]
    seen = 0
    while stack and seen < 200_000:  # bounded by the page's element count
        seen += 1
        el, in_link = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        linked = in_link or el.tag == "a"
        n = _size(el.text)
        counts["text"] += n
        if linked:
            counts["link"] += n
        for child in el:
            t = _size(child.tail)
            counts["text"] += t
            if linked:
                counts["link"] += t
        if el.tag == "a" and _size(" ".join(el.itertext())) >= HEADLINE_CHARS:
            counts["headlines"] += 1
            host = _host(str(el.get("href") or ""))
            hosts[host] = hosts.get(host, 0) + 1
        elif el.tag == "p":
            _paragraph(el, counts)
        stack.extend((child, linked) for child in reversed(el))
    return PageShape(
        counts["text"],
        counts["link"],
        counts["headlines"],
        counts["long"],
        counts["long_chars"],
        counts["teasers"],
        _declared_article(root, source),
        max(hosts.values()) / counts["headlines"] if hosts else 1.0,
    )


def _host(href: str) -> str:
    """The site a link goes to ("" for the page's own: a relative link), "www." aside."""
    m = re.match(r"\s*(?:https?:)?//([^/?#:]+)", href, re.I)
    return m.group(1).lower().removeprefix("www.") if m else ""


def _paragraph(el: Any, counts: dict[str, int]) -> None:
    chars = _size(" ".join(el.itertext()))
    if chars < LONG_CHARS:
        return
    linked = sum(_size(" ".join(a.itertext())) for a in el.iter("a"))
    if linked * 3 >= chars:
        return
    counts["long"] += 1
    counts["long_chars"] += chars
    prev = el.getprevious()
    if prev is not None and isinstance(prev.tag, str) and prev.tag in _HEADINGS and prev.find(".//a") is not None:
        counts["teasers"] += 1


def _declared_article(root: Any, source: str) -> bool:
    for meta in root.iter("meta"):
        if str(meta.get("property") or "").lower() == "og:type":
            if str(meta.get("content") or "").strip().lower() == "article":
                return True
            break
    return bool(_ARTICLE_TYPE.search(source))


def listing_note(shape: PageShape | None) -> str | None:
    """Why the page looks like a home page or listing rather than an article (None when it does not)."""
    if shape is None or not shape.text_chars:
        return None
    teasers = shape.teasers >= MIN_TEASERS and shape.teasers >= TEASER_SHARE * shape.long_paragraphs
    link_dense = (
        shape.link_share >= LINK_SHARE
        and shape.prose_share < PROSE_SHARE
        and shape.headline_links >= MIN_HEADLINES
        and shape.own_site_share >= OWN_SITE_SHARE  # a front links to its own stories; link spam goes everywhere
    )
    if shape.declared_article or not (teasers or link_dense):
        return None
    if teasers:
        why = f"{shape.teasers} of its {shape.long_paragraphs} long paragraphs are summaries under linked headlines"
    else:
        why = (
            f"{shape.link_share:.0%} of its text is in links, {shape.headline_links} links read as headlines and "
            f"only {shape.prose_share:.0%} is in paragraphs of prose"
        )
    return (
        f"the page looks like a home page or listing, not an article ({why}); it is not graded as an article. "
        "Audit the articles it links to"
    )


_FEED = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(rss|feed|rdf:RDF)\b", re.S | re.I)


def feed_note(source: str) -> str | None:
    """Why the file is a syndication feed (RSS, Atom, RDF), not an article (None when it is not one).

    A feed saved as .html is a list of other pages' headlines and summaries, whatever its
    items say; its root element gives it away.
    """
    m = _FEED.match(source[:4000])
    if m is None:
        return None
    kind = {"rss": "an RSS", "feed": "an Atom", "rdf:rdf": "an RDF"}[m.group(1).lower()]
    return (
        f"the file is {kind} feed (a list of other pages' headlines and summaries), not an article; "
        "it is not graded as an article. Audit the articles it links to"
    )
