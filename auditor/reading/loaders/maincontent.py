"""Which parts of an HTML page are the article: readability-lxml decides, our text map keeps positions.

The loader's own pass (:mod:`auditor.reading.loaders.html`) reads every visible
block of the page with exact line and column, and drops what is marked as
navigation. Real pages hide much more boilerplate than markup says: teaser and
related-story lists, reader comments, modals, author boxes. A well-kept
main-content extractor finds the article far better than class-name rules
(measured on newspaper4k's English pages: token precision 0.64 -> 0.95 at the
same recall, README "Dependencies"), but it returns text without positions.

So the extractor only *votes*: each block our pass read is kept when its words
run, in order, inside the extractor's text; every other block is blanked in
place (its characters become spaces, line breaks stay), so every offset, line
and column the rules report stays exact and nothing is re-parsed. Links in a
blanked block are not citations.

Never hide a whole body: when the extractor fails, returns little, or keeps too
little of what we read, the page is left as our own pass read it.
"""

from __future__ import annotations

import importlib
import re
import sys
import types
from dataclasses import dataclass
from typing import Any

from auditor.model import Span
from auditor.reading.citations import LinkRef
from auditor.reading.loaders.boilerplate import (
    BlockRole,
    after_article,
    appeal_link,
    boilerplate_blocks,
    listed_sources,
    reference_blocks,
    self_link,
    sign_offs,
)

_WORD = re.compile(r"\w+")
MIN_EXTRACTED_WORDS = 40  # below this the extractor found no article: keep our own reading
MIN_KEPT_SHARE = 0.2  # keeping less than this share of our words is more likely a miss than a page
MAX_DEPTH = 200  # deeper nesting (unclosed inline tags) makes the extractor's scoring quadratic
MAX_ELEMENTS = 30_000  # five times the most any of the 230 real eval pages has (6,092): beyond, a page is a dump
MAX_SOURCE = 6_000_000  # characters (above the default 5 MB file limit): a larger page is read as our own pass reads it
_FUZZY_MIN_WORDS = 8  # a block this long may match by word overlap when its order differs
_FUZZY_SHARE = 0.85


@dataclass(slots=True)
class MainContent:
    """What the filter did, for the document's metadata and `auditor read`."""

    applied: bool
    kept_blocks: int
    dropped_blocks: int
    kept_words: int
    dropped_words: int
    reason: str = ""
    no_article: bool = False  # nearly all the text is boilerplate by shape and the extractor found nothing either


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


class _Deferred(types.ModuleType):
    """Stands in for a module while readability-lxml is imported; the real one is imported on first use."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


# readability-lxml imports these at its top level but never uses them on text we hand it (chardet
# guesses the encoding of bytes; urllib.request serves its own command line): together they were
# 147 M of the ~215 M instructions its import cost (bench/RESULTS.md "Start-up").
_UNUSED_BY_EXTRACTOR = ("chardet", "urllib.request")


def _import_extractor() -> Any:
    """readability-lxml's ``Document``, imported without the modules it does not need here."""
    importlib.import_module("urllib")  # the parent package, so that `import urllib.request` finds its stand-in
    placed = []
    for name in _UNUSED_BY_EXTRACTOR:
        if name not in sys.modules:
            sys.modules[name] = _Deferred(name)
            placed.append(name)
    try:
        from readability import Document as Readable
    finally:
        for name in placed:
            if isinstance(sys.modules.get(name), _Deferred):  # later imports get the real module
                del sys.modules[name]
    return Readable


def extracted_text(source: str) -> str | None:
    """The article text readability-lxml finds, blocks separated by spaces (None when it cannot)."""
    try:
        import lxml.html

        Readable = _import_extractor()
    except ImportError:  # the extractor is a dependency; without it, keep our own reading
        return None
    try:
        summary = Readable(source).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
    except Exception:  # any markup the extractor cannot take: keep our own reading
        return None
    return " ".join(root.itertext())


def select_main_content(
    source: str,
    body: str,
    paragraphs: list[Span],
    links: list[LinkRef],
    depth: int = 0,
    elements: int = 0,
    roles: list[BlockRole] | None = None,
    page_url: str | None = None,
    ask_extractor: bool = True,
) -> tuple[str, list[Span], list[LinkRef], MainContent]:
    """Blank the blocks of ``body`` that are not the article; return the new body, blocks and links.

    ``depth`` is the page's deepest element nesting and ``elements`` its number of
    start tags: past :data:`MAX_DEPTH`, :data:`MAX_ELEMENTS` or :data:`MAX_SOURCE`
    characters, the extractor is not asked (its cost would grow
    faster than the page). ``roles`` (one per paragraph) give each block's shape:
    blocks that are boilerplate by shape (:mod:`auditor.reading.loaders.boilerplate`)
    go whatever the extractor says, and when the extractor finds no article or keeps
    too little, the shape alone decides
    (as it does on a page read in part, ``ask_extractor`` False: AUD005 already says so).
    """
    notes = sorted(link.span.start for link in links if link.kind in ("note", "marker"))
    apparatus = {i for i, p in enumerate(paragraphs) if _holds(notes, p)}
    shaped: set[int] = set()
    if roles is not None and len(roles) == len(paragraphs):
        apparatus |= reference_blocks(body, roles) | listed_sources(body, roles, page_url)
        shaped = boilerplate_blocks(body, roles, apparatus, page_url)
    counts = [len(_tokens(body[p.start : p.end])) for p in paragraphs]
    ours = sum(counts)
    by_shape = sum(n for i, n in enumerate(counts) if i not in shaped)
    all_shaped = set(shaped)
    if shaped and by_shape < MIN_EXTRACTED_WORDS and by_shape < MIN_KEPT_SHARE * ours:
        # Nearly everything looks like links (a page of unclosed <a>, say): only the stronger shapes
        # count, and on a page believed to be an article, not even those (never hide a body).
        shaped = boilerplate_blocks(body, roles or [], apparatus, page_url, lists=False)
        if ask_extractor:
            shaped = set()
        by_shape = sum(n for i, n in enumerate(counts) if i not in shaped)
    links_only = all_shaped != shaped and ask_extractor
    why = "" if ask_extractor else "page read in part"
    if not why and (depth > MAX_DEPTH or elements > MAX_ELEMENTS or len(source) > MAX_SOURCE):
        why = "page too large or deep"
    extracted = None if why else extracted_text(source)
    if not why and extracted is None:
        why = "no extractor result"
    found = _tokens(extracted or "")
    if not why and len(found) < MIN_EXTRACTED_WORDS:
        why = "extractor found no article"
    drop = set(shaped)
    if not why:
        index = _Index(found)
        voted = {
            i
            for i, p in enumerate(paragraphs)
            if counts[i] and i not in apparatus and not index.holds(_tokens(body[p.start : p.end]))
        }
        kept_words = sum(n for i, n in enumerate(counts) if i not in voted and i not in shaped)
        if kept_words < MIN_KEPT_SHARE * by_shape:
            why = "extractor kept too little"
        else:
            drop |= voted
            if roles is not None and len(roles) == len(paragraphs):  # the article's end, now that it is known
                drop |= after_article(body, roles, apparatus, page_url, drop)
    if links_only and why and why != "page too large or deep":
        # Neither the shape nor the extractor finds an article: say so (AUD005) and drop the boilerplate.
        drop, why = all_shaped, "no article found"
    links = [  # the page pointing at itself, and appeals for money: never sources
        link for link in links if not (link.kind == "link" and (self_link(link.url, page_url) or appeal_link(link.url)))
    ]
    if roles is not None and len(roles) == len(paragraphs):  # a bio's or sign-off's links: not the article's
        signed = sorted((paragraphs[i].start, paragraphs[i].end) for i in sign_offs(body, roles, page_url, drop))
        links = [link for link in links if not (link.kind == "link" and _inside(link.span, signed))]
    if not drop:
        return body, paragraphs, links, MainContent(not why, len(paragraphs), 0, ours, 0, why)
    chars = list(body)
    keep: list[Span] = []
    for i, p in enumerate(paragraphs):
        if i not in drop:
            keep.append(p)
            continue
        for k in range(p.start, p.end):
            if chars[k] != "\n":
                chars[k] = " "
    dropped = [(p.start, p.end) for i, p in enumerate(paragraphs) if i in drop]
    kept_links = [link for link in links if not _inside(link.span, dropped)]
    kept_words = sum(n for i, n in enumerate(counts) if i not in drop)
    reason = f"{why}: blocks left out by their shape only" if why else ""
    info = MainContent(True, len(keep), len(drop), kept_words, ours - kept_words, reason, why == "no article found")
    return "".join(chars), keep, kept_links, info


def leave_out_listing(body: str, paragraphs: list[Span]) -> tuple[str, list[Span], list[LinkRef], MainContent]:
    """A syndication feed saved as a page (AUD005 says so): none of its text is an article's.

    Its items are other pages' headlines and summaries, so every block is blanked in place
    and no link is a citation; the AUD005 finding tells the reader why nothing was audited.
    """
    words = sum(len(_tokens(body[p.start : p.end])) for p in paragraphs)
    blank = "".join(c if c == "\n" else " " for c in body)
    return blank, [], [], MainContent(True, 0, len(paragraphs), 0, words, "the file is a feed")


def no_article_note(info: MainContent) -> str:
    """The AUD005 message for a page whose text is nearly all links, menus and teasers."""
    return (
        f"{info.dropped_words} of the page's {info.dropped_words + info.kept_words} words are menus, link lists "
        "and teasers, and no article was found in the rest (the text may be loaded by a script, or the page "
        "is a video, gallery or interstitial page); it is not graded as an article"
    )


class _Index:
    """The extracted words, indexed so that finding a block among them costs its own length, not the page's."""

    _CAP = 64  # positions kept per key: a phrase repeated more often than this is matched by overlap

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.starts: dict[tuple[str, ...], list[int]] = {}
        self.pool: dict[str, int] = {}
        for i, w in enumerate(words):
            self.pool[w] = self.pool.get(w, 0) + 1
            for n in (1, 3):
                if i + n <= len(words):
                    at = self.starts.setdefault(tuple(words[i : i + n]), [])
                    if len(at) < self._CAP:
                        at.append(i)

    def holds(self, block: list[str]) -> bool:
        """The block's words run, in order, in the extracted text (or nearly all occur, for long blocks)."""
        key = tuple(block[:3]) if len(block) >= 3 else tuple(block[:1])
        n = len(block)
        for i in self.starts.get(key, ()):
            if self.words[i : i + n] == block:
                return True
        if n < _FUZZY_MIN_WORDS:
            return False
        need: dict[str, int] = {}
        for w in block:
            need[w] = need.get(w, 0) + 1
        present = sum(min(k, self.pool.get(w, 0)) for w, k in need.items())
        return present >= _FUZZY_SHARE * n


def _holds(starts: list[int], p: Span) -> bool:
    """The block holds a footnote marker or note: the article's apparatus, whatever the extractor says."""
    from bisect import bisect_left

    i = bisect_left(starts, p.start)
    return i < len(starts) and starts[i] < p.end


def _inside(span: Span, dropped: list[tuple[int, int]]) -> bool:
    """Whether a link sits in a blanked block (``dropped`` is sorted: blocks come in text order)."""
    from bisect import bisect_right

    i = bisect_right(dropped, (span.end, -1)) - 1  # the last blanked block starting before the link ends
    return i >= 0 and dropped[i][1] > span.start  # ...overlaps it (a link's span may open on line breaks)
