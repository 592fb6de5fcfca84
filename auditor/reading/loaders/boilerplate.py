"""Which blocks of an HTML page are boilerplate by their shape: link lists, teasers, promos.

The main-content extractor (:mod:`auditor.reading.loaders.maincontent`) finds the
article on most pages, but it keeps what sits inside the article's container (a
"next posts" list, a "Most read" promo, a carousel of other stories) and on some
pages it finds nothing or the wrong block. What those blocks share is their shape,
whatever the site or language:

- a **link list**: three or more blocks in a row that are each mostly link text
  (menus, network rings, language editions, headline lists, sponsor logos), or one
  block of three or more links side by side outside the article's prose (a menu row);
- **teasers**: two or more headlines that link to other pages, each with the short
  summary printed under it; two or more **cards** (a thumbnail linking to another
  story, then its summary); two or more blocks that are one link each to other
  stories of the page's own site ("[Most read] ..." between paragraphs);
- a **feed's other stories**: past the page's own story (its headline links to the
  page itself), the next linked headline with a whole story under it and all after;
- a **promo** after the article: a short block past the article's last paragraph
  of prose whose links all go to a site's front or a profile, or to the page's own
  site (an app download, "follow us on Telegram", a "Retrieved from" address), or a
  block that only repeats the page's own address or gives an address on its site
  under a label (a trackback or permalink box); the article's last paragraph is
  looked for again once the extractor has voted (a comment policy it left out no
  longer passes for the article's end);
- a **promo above the headline**: a short mostly-link block before the article's
  first heading and paragraph whose links go to a site's front (a "Listen live" player);
- a **widget** past the article: a heading with one short link to a list under it
  and nothing else ("[PR]", "See all"), its items loaded by script.

Not boilerplate, but not sources either: links set apart in italics after the
article's last plain paragraph (an author's bio and books, "Got a tip?"), whose
text stays, and links to donation, subscription or membership pages
(:data:`APPEAL_SEGMENTS`, the one word list here, matched on the address).

Lists under a reference heading ("Sources", "References", "Further reading"), link
lists under a lead-in line past the article's first paragraph ("Key documents:",
"Read the filings:") whose every link goes to a document on another site, and
blocks holding footnote markers or notes are the article's apparatus and are
never called boilerplate.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from auditor.model import Span
from auditor.reading.citations import is_reference_heading
from auditor.reading.urls import registrable_domain

LINKED_SHARE = 0.5  # a block with at least this share of its characters in links is "mostly links"
ROW_SHARE = 0.85  # a block of several links with this share of its characters in them is a menu row
MIN_RUN = 3  # this many mostly-link blocks in a row are a list of links, not prose
RUN_BLOCK_WORDS = 60  # ...each no longer than this (a long linked block is a quotation or a reference)
TEASER_WORDS = 80  # a summary under a linked headline is at most this long
TEASER_MIN_WORDS = 8  # ...and at least this long (a byline under the article's own linked title is not one)
PROSE_WORDS = 25  # a block of prose: this many words, most of them outside links
FEED_STORY_WORDS = 80  # a headline with this many words of prose under it (before the next) heads a whole story
PROMO_WORDS = 60  # a trailing promo is at most this long
SET_APART_PLAIN = 0.1  # a block with at most this share of plain text (not italic, not linked) is set apart
SIGN_OFF_WORDS = 120  # a set-apart block after the article (a bio, an appeal) is at most this long
WIDGET_LINK_WORDS = 3  # a "see all" link under a widget's heading is this short
OWN_BOX_WORDS = 20  # a label and the page's own site's address (a trackback box) is at most this long
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class BlockRole:
    """The shape of one block our own pass read: what the boilerplate tests need to know."""

    span: Span
    heading: bool  # opened inside <h1>-<h6>
    chars: int  # characters other than white space
    link_chars: int  # of those, the characters inside links (relative links too)
    hrefs: tuple[str, ...] = ()  # the addresses its links go to
    card: bool = False  # opens with a picture that links to another page (a teaser card's thumbnail)
    plain_chars: int = -1  # characters neither in a link nor set in <em>/<i> (-1: not measured)
    words: int = -1  # its words (-1: not counted yet), counted once for every shape test

    @property
    def linked(self) -> bool:
        """Mostly link text: a menu entry, a headline link, a logo's caption."""
        return self.chars > 0 and self.link_chars >= LINKED_SHARE * self.chars

    @property
    def set_apart(self) -> bool:
        """In italics but for a few links: a sign-off, an author's bio, an appeal, an editor's note."""
        return not self.linked and 0 <= self.plain_chars <= SET_APART_PLAIN * self.chars


def _size(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \n\t\xa0")


def block_roles(
    text: str,
    spans: list[Span],
    headings: list[bool],
    anchors: list[tuple[int, int, str]],
    cards: list[bool] | None = None,
    emphasis: list[tuple[int, int]] | None = None,
) -> list[BlockRole]:
    """One :class:`BlockRole` per block (``anchors``: the text extent and address of every link;
    ``emphasis``: the extents set in italics, when measured)."""
    ordered = sorted(anchors)
    starts = [a[0] for a in ordered]
    marked = sorted([(a, b) for a, b, _ in anchors] + list(emphasis or ()))
    marked_starts = [a for a, _ in marked]
    roles: list[BlockRole] = []
    for n, (span, heading) in enumerate(zip(spans, headings, strict=True)):
        i = max(0, bisect_left(starts, span.start) - 1)
        linked = 0
        hrefs: list[str] = []
        while i < len(ordered) and ordered[i][0] < span.end:  # each link is looked at by its block(s) only
            a, b, href = ordered[i]
            lo, hi = max(a, span.start), min(b, span.end)
            if lo < hi:
                linked += _size(text[lo:hi])
                hrefs.append(href)
            i += 1
        card = bool(cards and cards[n])
        chunk = text[span.start : span.end]
        size = _size(chunk)
        plain = size - _marked(text, span, marked, marked_starts) if emphasis is not None else -1
        words = len(_WORD.findall(chunk))
        roles.append(BlockRole(span, heading, size, linked, tuple(hrefs), card, plain, words))
    return roles


def _marked(text: str, span: Span, marked: list[tuple[int, int]], starts: list[int]) -> int:
    """Characters of ``span`` (white space aside) inside any of the sorted extents ``marked``, each once."""
    i = max(0, bisect_left(starts, span.start) - 1)
    covered, upto = 0, span.start
    while i < len(marked) and marked[i][0] < span.end:
        lo, hi = max(marked[i][0], upto), min(marked[i][1], span.end)
        if lo < hi:
            covered += _size(text[lo:hi])
            upto = hi
        i += 1
    return covered


_TEXT_URL = re.compile(r"https?://[^\s<>\"']+")


def _bare(url: str) -> str:
    """An address without its scheme, "www." and final slash, to compare a page's own address."""
    return re.sub(r"^\w+://(?:www\.)?", "", url.strip()).rstrip("/")


def self_link(url: str, page_url: str | None) -> bool:
    """``url`` is the page's own address (its canonical or og:url) or its own site's front or a section
    of it (one path segment): the page pointing at itself, never a source."""
    if not page_url:
        return False
    if _bare(url) == _bare(page_url):
        return True
    site = registrable_domain(page_url)
    return bool(site) and registrable_domain(url) == site and _shallow(url)


# Address segments that name a donation, subscription or membership page, in the languages of the
# eval pages (en, es, pt, fr, de, it, nl): such a page asks the reader for money and supports no
# claim, whatever the link's text says. A segment is a piece of the host or path between "/", ".",
# "?", "&", "=" or "#", whole: "Donate.aspx" and "/support/donate/" count, a story's slug
# ("/2024/05/donations-to-campaign-rise") does not.
APPEAL_SEGMENTS = frozenset(
    {
        "donate", "donation", "donations", "donar", "doar", "faire-un-don", "spenden", "spende", "doneer",
        "subscribe", "subscription", "subscriptions", "suscribete", "suscripcion", "suscripciones",
        "assine", "assinatura", "abonnement", "abonnieren", "abonneren", "abbonamento", "abbonati",
        "membership", "become-a-member", "support-us",
    }
)  # fmt: skip
_SEGMENT = re.compile(r"[/?&=#.]+")
_APPEAL_STEMS = ("don", "doar", "spende", "subscri", "suscri", "assin", "abonn", "abbon", "member", "support")


def appeal_link(url: str) -> bool:
    """A link to a donation, subscription or membership page (:data:`APPEAL_SEGMENTS`): an appeal, not a source."""
    low = url.lower()
    if not any(stem in low for stem in _APPEAL_STEMS):  # most links: no split at all
        return False
    parts = urlsplit(low)
    where = f"{parts.netloc}/{parts.path}?{parts.query}".replace("_", "-")
    return any(piece in APPEAL_SEGMENTS for piece in _SEGMENT.split(where))


@functools.lru_cache(maxsize=4096)
def _shallow(href: str) -> bool:
    """A link to a site's front page or a profile (at most one path segment, no query): not a source."""
    parts = urlsplit(href)
    if not parts.netloc or parts.query:
        return False
    return len([seg for seg in parts.path.split("/") if seg]) <= 1


def _own(href: str, site: str | None) -> bool:
    """A link to the page's own site: relative, or on its registrable domain."""
    if not urlsplit(href).netloc:
        return not href.startswith("#")
    return bool(site) and registrable_domain(href) == site


def _words(text: str, span: Span) -> int:
    return len(_WORD.findall(text[span.start : span.end]))


def _role_words(text: str, role: BlockRole) -> int:
    return role.words if role.words >= 0 else _words(text, role.span)


def _page_of(text: str, roles: list[BlockRole], keep: set[int], page_url: str | None) -> _Page:
    """The page as every shape test reads it (word counts from the roles when they were counted)."""
    url = page_url or ""
    words = [r.words if r.words >= 0 else _words(text, r.span) for r in roles]
    return _Page(text, roles, words, keep, url, _bare(url), registrable_domain(url) if url else None)


@dataclass(slots=True)
class _Page:
    """What every shape test reads: the text, the blocks, their word counts, the page's own address."""

    text: str
    roles: list[BlockRole]
    words: list[int]
    keep: set[int]  # footnote markers and notes: never boilerplate
    url: str  # the page's own address ("" when unknown)
    own: str  # ...bare, for comparing
    site: str | None  # ...its registrable domain

    def under_reference_heading(self, i: int) -> bool:
        prev = self.roles[i - 1].span if i > 0 else None
        return prev is not None and is_reference_heading(self.text[prev.start : prev.end])

    def to_self(self, href: str) -> bool:
        return bool(self.own) and _bare(urljoin(self.url, href)) == self.own

    def prose(self, i: int) -> bool:
        return self.words[i] >= PROSE_WORDS and not self.roles[i].linked


def boilerplate_blocks(
    text: str, roles: list[BlockRole], keep: set[int], page_url: str | None = None, lists: bool = True
) -> set[int]:
    """Indices of the blocks that are boilerplate by shape; ``keep`` holds blocks never to drop
    (footnote markers and notes). ``lists`` False leaves link lists and menu rows alone (the
    weakest evidence: a page of unclosed links reads as one long list)."""
    page = _page_of(text, roles, keep, page_url)
    out: set[int] = set()
    tests = (_link_runs, _menu_rows) if lists else ()
    for test in (*tests, _teaser_pairs, _teaser_cards, _own_site_promos, _after_feed_story, _leading_promos):
        out |= test(page)
    out |= _after_article(page, out)
    out |= _own_address(page)
    return out - keep


def after_article(
    text: str, roles: list[BlockRole], keep: set[int], page_url: str | None, outside: set[int]
) -> set[int]:
    """The blocks past the article's last paragraph that are promos or widget links, once ``outside``
    (blocks already known not to be the article: the extractor's vote, the shapes) is known: a
    comment policy or a teaser the shapes kept no longer passes for the article's end."""
    page = _page_of(text, roles, keep, page_url)
    return _after_article(page, outside) - keep


def _after_article(page: _Page, outside: set[int]) -> set[int]:
    out = _trailing_promos(page, outside)
    return out | _widget_links(page, outside | out)


def sign_offs(text: str, roles: list[BlockRole], page_url: str | None, outside: set[int]) -> set[int]:
    """Blocks set apart in italics after the article's last plain paragraph (``outside`` aside), with
    links: an author's bio and books, "Got a tip?", "This story first appeared in ...". Their links
    are not the article's sources; their text is kept (it is the byline's, and readers see it)."""
    page = _page_of(text, roles, set(), page_url)
    return _sign_offs(page, outside)


def reference_blocks(text: str, roles: list[BlockRole]) -> set[int]:
    """A reference heading ("Sources", "References", "Further reading") and the short entries under it,
    to the next heading or paragraph of prose: the article's apparatus, whatever an extractor says."""
    out: set[int] = set()
    i = 0
    while i < len(roles):
        if not is_reference_heading(text[roles[i].span.start : roles[i].span.end]):
            i += 1
            continue
        out.add(i)
        i += 1
        while i < len(roles) and not roles[i].heading and _role_words(text, roles[i]) <= RUN_BLOCK_WORDS:
            out.add(i)
            i += 1
    return out


def listed_sources(text: str, roles: list[BlockRole], page_url: str | None = None) -> set[int]:
    """Link blocks inside the article that list its sources under a lead-in the reference headings do
    not know ("Key documents:", "Read the filings:"), past its first paragraph, every link to a
    document on another site. They are the article's apparatus, whatever the shapes or the
    extractor say; a menu, a ring of sites' fronts or a list of the site's own stories is not."""
    page = _page_of(text, roles, set(), page_url)
    out: set[int] = set()
    first = next((k for k in range(len(roles)) if page.prose(k)), len(roles))
    for lead in range(first + 1, len(roles) - 1):
        if not _lead_in(page, lead):
            continue
        j = lead + 1
        while j < len(roles) and _source_entry(page, j):
            j += 1
        out.update(range(lead + 1, j))
    return out


def _source_entry(page: _Page, i: int) -> bool:
    """A short block of links, every one to a document on another site (not its front, not this site)."""
    r = page.roles[i]
    return (
        not r.heading
        and r.linked
        and bool(r.hrefs)
        and page.words[i] <= RUN_BLOCK_WORDS
        and all(_document(h) and not _own(h, page.site) for h in r.hrefs)
    )


def _document(href: str) -> bool:
    """An address deeper than a site's front or a profile: a path of two segments or more, or a file."""
    parts = urlsplit(href)
    if not parts.netloc:
        return False
    return not _shallow(href) or _document_file(href)


@functools.lru_cache(maxsize=4096)
def _document_file(href: str) -> bool:
    """The address ends in a file name ("ruling.pdf", "story.html")."""
    return "." in urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1]


def _top(href: str) -> bool:
    """An address at most one path segment deep, query or not: a section, a list, a site's front."""
    return len([seg for seg in urlsplit(href).path.split("/") if seg]) <= 1


def _lead_in(page: _Page, i: int) -> bool:
    """A short line that introduces a list: it ends with a colon ("Key documents:", "Read the filings:"),
    and is no link itself (a linked "Related topics:" heads a widget of tag links)."""
    chunk = page.text[page.roles[i].span.start : page.roles[i].span.end].rstrip()
    return page.words[i] <= TEASER_MIN_WORDS and not page.roles[i].hrefs and chunk.endswith((":", "："))


def _link_runs(page: _Page) -> set[int]:
    """Runs of short mostly-link blocks (menus, headline lists, network rings), unless they are
    a reference list under its heading."""
    out: set[int] = set()
    roles, words = page.roles, page.words
    i = 0
    while i < len(roles):
        j = i
        while j < len(roles) and roles[j].linked and words[j] <= RUN_BLOCK_WORDS and j not in page.keep:
            j += 1
        if j - i >= MIN_RUN and not page.under_reference_heading(i):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _menu_rows(page: _Page) -> set[int]:
    """One block of nothing but three or more links side by side ("MK | TV | Auto"), before the
    article's first paragraph of prose or after its last (inside the article, such a row may be sources)."""
    prose = [i for i in range(len(page.roles)) if page.prose(i)]
    first, last = (prose[0], prose[-1]) if prose else (len(page.roles), -1)
    return {
        i
        for i, r in enumerate(page.roles)
        if (i < first or i > last)
        and len(r.hrefs) >= MIN_RUN
        and r.link_chars >= ROW_SHARE * r.chars
        and not page.under_reference_heading(i)
    }


def _teaser_pairs(page: _Page) -> set[int]:
    """Headlines that link to other pages, each with a short summary under it, two or more of
    them (a list). One linked headline is often the article's own title as a permalink."""
    roles, words = page.roles, page.words
    pairs = [
        i
        for i, r in enumerate(roles[:-1])
        if r.heading
        and r.linked
        and any(not page.to_self(h) for h in r.hrefs)
        and not roles[i + 1].heading
        and not roles[i + 1].linked
        and TEASER_MIN_WORDS <= words[i + 1] <= TEASER_WORDS
    ]
    return {k for i in pairs for k in (i, i + 1)} if len(pairs) >= 2 else set()


def _teaser_cards(page: _Page) -> set[int]:
    """A thumbnail that links to another story, then its summary: two or more such cards."""
    cards = {i for i, r in enumerate(page.roles) if r.card and page.words[i] <= TEASER_WORDS}
    return cards if len(cards) >= 2 else set()


def _own_site_promos(page: _Page) -> set[int]:
    """Blocks that are one link to another story of the page's own site ("[Most read] ..." between
    paragraphs), two or more of them. Not sources either way: a site does not vet itself."""
    if not page.site:
        return set()
    promoted = {
        i
        for i, r in enumerate(page.roles)
        if r.hrefs
        and r.link_chars >= ROW_SHARE * r.chars
        and page.words[i] <= TEASER_WORDS
        and all(_own(h, page.site) and not page.to_self(h) for h in r.hrefs)
    }
    return promoted if len(promoted) >= 2 else set()


def _after_feed_story(page: _Page) -> set[int]:
    """On a feed of whole stories (a "speed reads" page), the blocks after the page's own story.

    The page's story opens with a headline linking to the page itself; the next headline
    linking to another page of the same site with a whole story under it (:data:`FEED_STORY_WORDS`) starts
    a story that is not this page's: from there on, nothing is the article.
    """
    roles = page.roles
    heads = [i for i, r in enumerate(roles) if r.heading and r.linked and r.hrefs]
    mine = next((i for i in heads if page.to_self(roles[i].hrefs[0])), None)
    if mine is None:
        return set()
    for i in heads:
        if i <= mine or page.to_self(roles[i].hrefs[0]) or not _own(roles[i].hrefs[0], page.site):
            continue  # a feed's next story is the site's own; a heading linking a shop or a source is not one
        story = 0
        for j in range(i + 1, len(roles)):  # each block is counted for the headlines above it only
            if roles[j].heading:
                break
            story += 0 if roles[j].linked else page.words[j]
        if story >= FEED_STORY_WORDS:
            return set(range(i, len(roles)))
    return set()


def _trailing_promos(page: _Page, found: set[int]) -> set[int]:
    """Short blocks past the article's last paragraph of prose whose every link goes to a site's
    front or a profile ("follow us", an app's short link) or to the page's own site."""
    promos: set[int] = set()
    for i, role in enumerate(page.roles):
        if i in found or page.words[i] > PROMO_WORDS:
            continue
        chunk = page.text[role.span.start : role.span.end]
        bare = _TEXT_URL.findall(chunk) if "://" in chunk else []
        hrefs = list(role.hrefs) + bare
        linked = role.link_chars + sum(len(u) for u in bare) >= LINKED_SHARE * role.chars
        if (linked or len(hrefs) >= MIN_RUN) and all(_shallow(h) or _own(h, page.site) for h in hrefs):
            promos.add(i)  # mostly one link, or a row of them ("follow us on X, Y, Z")
    prose = [i for i in range(len(page.roles)) if page.prose(i) and i not in found and i not in promos]
    return {i for i in promos if i > prose[-1]} if prose else set()


def _leading_promos(page: _Page) -> set[int]:
    """Short mostly-link blocks above the article's headline and first paragraph whose every link goes
    to a site's front or a profile: a station's "Listen live" player, a "follow us" bar in the header."""
    firsts = [i for i in range(len(page.roles)) if page.roles[i].heading or page.prose(i)]
    first = firsts[0] if firsts else 0
    return {
        i
        for i, r in enumerate(page.roles[:first])
        if r.linked and r.hrefs and page.words[i] <= PROMO_WORDS and all(_shallow(h) for h in r.hrefs)
    }


def _last_plain_prose(page: _Page, outside: set[int]) -> int | None:
    """The article's last paragraph of prose in plain type (not a set-apart sign-off), ``outside`` aside."""
    for i in range(len(page.roles) - 1, -1, -1):
        if i not in outside and page.prose(i) and not page.roles[i].set_apart:
            return i
    return None


def _sign_offs(page: _Page, outside: set[int]) -> set[int]:
    """Blocks set apart in italics after the article's last plain paragraph: an author's bio, "Got a
    tip?", a "support our journalism" appeal, "This story first appeared in ..."; not the article's prose."""
    last = _last_plain_prose(page, outside)
    if last is None:
        return set()
    return {
        i
        for i in range(last + 1, len(page.roles))
        if page.roles[i].set_apart
        and page.roles[i].hrefs  # a link to vet or not: an italic note with none is harmless either way
        and not page.roles[i].heading
        and page.words[i] <= SIGN_OFF_WORDS
    }


def _widget_links(page: _Page, outside: set[int]) -> set[int]:
    """A widget's heading with one short link under it and nothing else ("[PR]" then "See all"), past the
    article's last paragraph: its items come by script. A list of sources under a heading has entries."""
    last = _last_plain_prose(page, outside)
    if last is None:
        return set()
    roles, out = page.roles, set()
    for i in range(last + 1, len(roles) - 1):
        link = roles[i + 1]
        ends = i + 2 >= len(roles) or roles[i + 2].heading
        lone = roles[i].heading and not link.heading and ends and len(link.hrefs) == 1 and link.linked
        if (
            lone
            and page.words[i + 1] <= WIDGET_LINK_WORDS
            and _top(link.hrefs[0])
            and not _document_file(link.hrefs[0])
        ):
            out |= {i, i + 1}
    return out


def _own_address(page: _Page) -> set[int]:
    """A "copy link" box: a block that is only the page's own address, or a label and an address on the
    page's own site (a trackback or permalink box: "Trackback URL: https://..."), not a citation."""
    if not page.own:
        return set()
    out = set()
    for i, r in enumerate(page.roles):
        chunk = page.text[r.span.start : r.span.end]
        if _bare(chunk) == page.own:
            out.add(i)
        elif page.words[i] <= OWN_BOX_WORDS and page.site and r.chars and "://" in chunk:
            own = [u for u in _TEXT_URL.findall(chunk) if registrable_domain(u) == page.site]
            if own and sum(len(u) for u in own) >= LINKED_SHARE * r.chars:
                out.add(i)
    return out
