"""HTML articles: metadata with beautifulsoup4, body text with exact positions.

The title and the page's own address are read from the page's lxml tree (the one the
date reader, :mod:`auditor.reading.pagedate`, and the page-kind check share);
beautifulsoup4, which tolerates any markup, reads them when lxml cannot. Neither
tree says where a text node sat in the file, so the body text comes from
a streaming pass of the standard library's tolerant ``html.parser`` (the same
parser bs4 uses here), which reports the line and column of every piece of text
and every entity: that is what keeps positions exact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from typing import Any

from auditor.model import Comment, Span
from auditor.reading.citations import LinkRef
from auditor.reading.loaders.boilerplate import BlockRole, block_roles
from auditor.reading.pagedate import page_date
from auditor.reading.textmap import LineIndex, SourceMap, TextBuilder
from auditor.reading.urls import registrable_domain, web_link

_SKIP = {
    "script",
    "style",
    "nav",
    "noscript",
    "template",
    "svg",
    "head",
    "iframe",
    "object",
    "button",
    "select",
    "form",
    "audio",
    "video",
}  # <audio>/<video> hold only what a browser without the player shows (a file link): not the article
_SKIP_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"}
_SKIP_CLASS = re.compile(
    r"(?:^|[\s_-])(nav|navbar|menu|breadcrumbs?|cookie|share|social|related|footer|header|sidebar|subscribe|newsletter|advert|promo)(?:$|[\s_-])",
    re.I,
)
_STRUCTURAL = {"header", "footer", "aside"}
# Inline styles that keep an element's text from the reader for good: text moved off-screen (a logo
# or banner whose text is indented away: an image link) and a 0-1px box that clips its content (a
# hidden link farm). Not display:none: a gallery's captions and a "read more" wait there for a click.
_HIDDEN_STYLE = re.compile(r"text-indent\s*:\s*-\d{3,}", re.I)
# A hidden schema.org block (``<div style="display:none" itemscope ...>``) restates the page's
# headline, description, keywords and body for machines: metadata, never a second article.
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
_TINY_BOX = re.compile(r"(?<![\w-])(?:width|height)\s*:\s*[01](?:px)?\s*(?=;|$)", re.I)


_NAME_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_THREAD_WORDS = frozenset(["comments", "commentlist", "disqus"])
_THREAD_STATE = frozenset(["open", "closed", "has", "no", "enabled", "disabled", "count", "link", "number", "off"])


def comment_thread(id_: str, classes: str) -> bool:
    """An element that holds readers' comments, by its id or a class: ``id="comments"``,
    ``commentsContainer``, ``comment-list``, ``disqus_thread``. Its words are neither the
    article nor part of the page's paragraphs (the yardstick that says a body was lost). Names
    that state a post's comment status ("comments-open", "has-comments", "comment-count") or a
    single comment's parts are not threads."""
    low = f"{id_} {classes}".lower()
    if "comment" not in low and "disqus" not in low:
        return False  # nearly every element: no name to split
    for name in (id_, *classes.split()):
        parts = [w.lower() for w in _NAME_PART.findall(name)]
        if not parts or any(w in _THREAD_STATE for w in parts):
            continue
        if parts[0] in _THREAD_WORDS or (
            parts[0] == "comment"
            and len(parts) > 1
            and parts[1] in ("list", "area", "section", "thread", "container", "wrapper")
        ):
            return True
    return False


def hidden_style(style: str) -> bool:
    """An inline style that keeps the element's text from the reader (see :data:`_HIDDEN_STYLE`)."""
    if not style:
        return False
    if _HIDDEN_STYLE.search(style):
        return True
    return "overflow" in style.lower() and len(_TINY_BOX.findall(style)) >= 2


_EMPHASIS = {"em", "i"}
_BLOCK = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
    "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr", "address",
    "caption", "summary", "details", "body",
}  # fmt: skip
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_SPACE = re.compile(r"\s+")
_REFRESH = re.compile(r"<meta[^>]+http-equiv\s*=\s*[\"']?refresh", re.I)


_NEVER_TEXT = {"script", "style", "noscript", "template", "svg"}
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)", re.I)
_WORD = re.compile(r"\w+")
# Tags whose class or id says nothing about whether their content is navigation: the page's
# outermost wrappers ("has-sidebar" on <html>, "header-spacing" on <body>) hold the article too.
_NO_CLASS_SKIP = {"html", "body", "main", "article"}


FORM_AFTER_WORDS = 50  # a comment form ends its section only after this many words of paragraphs were read


class _BodyText(HTMLParser):
    def __init__(self, source: str, by_class: bool = True) -> None:
        super().__init__(convert_charrefs=False)
        self.by_class = by_class
        self.page_words = 0  # words in every <p> of the page, kept or not (the plausibility yardstick)
        self.kept_page_words = 0  # of those, the words the body kept
        self._in_p = False
        self._never_depth = 0
        self.source = source
        self.lines = LineIndex(source)
        self.builder = TextBuilder(source)
        self.paragraphs: list[Span] = []
        self.links: list[LinkRef] = []
        self.comments: list[Comment] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self._open_tags: dict[str, int] = {}  # how many of each tag the stack holds: no scan for a tag it lacks
        self._skip_depth = 0
        self._para_start: int | None = None
        self._anchor: tuple[str, int] | None = None
        self._seen_body = False
        self._article_depth = 0
        self._anchor_sup = False  # the open anchor sits in, or holds, a <sup>
        self.fragment_links: list[_FragmentLink] = []  # <a href="#x">: footnote markers, perhaps
        self.list_items: list[_ListItem] = []  # every visible <li>, in order (notes lists among them)
        self._lists: list[list[int]] = []  # open <ol>/<ul>: [list number, items so far, ordered]
        self._list_count = 0
        self.ordered: dict[int, bool] = {}
        self._open_items: list[_ListItem] = []
        self._notes_at: list[int] = []  # stack places of open elements marked as notes sections
        self.max_depth = 0  # the deepest nesting of open elements (unclosed tags pile up)
        self.anchors: list[tuple[int, int, str]] = []  # every <a href> but "#x" (relative too): text extent, href
        self.heading_at: set[int] = set()  # starts of the blocks opened inside <h1>-<h6>
        self.card_at: set[int] = set()  # starts of the blocks that open with a linked picture (a teaser card)
        self._anchor_img = False  # the open anchor holds an <img>
        self.emphasis: list[tuple[int, int]] = []  # text extents set in <em>/<i> (sign-offs, bios, notes)
        self._emphasis_from: int | None = None  # where the outermost open <em>/<i> began
        self._reply_form = False  # the open <form> holds a <textarea>: a comment form
        self._comments_at: list[int] = []  # stack places of elements whose rest is a comment section
        self._card = False  # a linked picture with no text just closed: the block it opens is a card
        self.elements = 0  # start tags seen (the main-content extractor's cost grows with them)

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.lines.offset(line, col)

    def _break(self) -> None:
        if self._para_start is not None and len(self.builder) > self._para_start:
            self.paragraphs.append(Span(self._para_start, len(self.builder)))
        self._para_start = None
        self._card = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: (v or "") for k, v in attrs}
        if (tag == "body" or (tag in _BLOCK and tag != "br")) and not self._never_depth:
            self._close_head()
        if tag == "body":
            self._seen_body = True
        if tag == "p":
            self._in_p = True
        elif tag in _BLOCK:
            self._in_p = False
        skipping = (
            (tag in _SKIP and not (tag == "form" and self._page_form()))
            or attr.get("role", "").lower() in _SKIP_ROLES
            or attr.get("aria-hidden") == "true"
            or "hidden" in attr
            or ("itemscope" in attr and _DISPLAY_NONE.search(attr.get("style", "")) is not None)
            or (tag in _STRUCTURAL and self._article_depth == 0)
            or (
                self.by_class
                and tag not in _NO_CLASS_SKIP
                and (
                    bool(_SKIP_CLASS.search(attr.get("class", "") + " " + attr.get("id", "")))
                    or ("style" in attr and hidden_style(attr["style"]))
                )
            )
        )
        thread = (
            self.by_class
            and tag not in _NO_CLASS_SKIP
            and not self._comments_at
            and comment_thread(attr.get("id", ""), attr.get("class", ""))
        )
        if thread:
            skipping = True
        if tag == "textarea" and self._open_tags.get("form"):
            self._reply_form = True
        if tag in _BLOCK:
            self._break()
        if tag in _VOID:
            self._picture(tag)
            return
        if tag == "article":
            self._article_depth += 1
        if thread:
            self._comments_at.append(len(self._stack))  # readers' comments: not the page's paragraphs
        self._stack.append((tag, skipping))
        self.elements += 1
        if len(self._stack) > self.max_depth:
            self.max_depth = len(self._stack)
        self._open_tags[tag] = self._open_tags.get(tag, 0) + 1
        if skipping:
            self._skip_depth += 1
        if tag in _NEVER_TEXT:
            self._never_depth += 1
        if tag == "a":
            self._close_anchor()
            href = attr.get("href", "").strip()
            if href and not self._skip_depth:
                marked = attr.get("class", "") + " " + attr.get("role", "")
                sup = any(t == "sup" for t, _ in self._stack[-3:]) or (
                    bool(_NOTEREF.search(marked)) and "back" not in marked.lower()
                )
                if (
                    href.startswith("#")
                    and not sup
                    and self._para_start is not None
                    and not self.builder.ends_with(" ")
                ):
                    self.builder.add(" ", self._offset())  # a back-link "↩" is no part of the word before it
                self._anchor = (href, len(self.builder))
                self._anchor_sup = sup
                self._anchor_img = False
        elif tag == "sup" and self._anchor is not None:
            self._anchor_sup = True
        elif tag in _EMPHASIS and self._emphasis_from is None:
            self._emphasis_from = len(self.builder)
        self._lists_start(tag, attr)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()
        self._picture(tag)

    def _picture(self, tag: str) -> None:
        if tag == "img" and self._anchor is not None:
            self._anchor_img = True

    def _close_head(self) -> None:
        """Body content while <head> is still open (never closed): the head has ended."""
        if not self._open_tags.get("head"):
            return  # the usual case, answered without walking a deeply nested stack
        for i, (t, _) in enumerate(self._stack):
            if t == "head":
                self._pop(i)
                return

    def _lists_start(self, tag: str, attr: dict[str, str]) -> None:
        """Number list items as a browser does (``<ol start>``), for notes lists."""
        if _NOTES_BLOCK.search(attr.get("class", "") + " " + attr.get("role", "") + " " + attr.get("id", "")):
            self._notes_at.append(len(self._stack) - 1)
        if tag in ("ol", "ul"):
            self._list_count += 1
            start = attr.get("start", "1")
            first = int(start) - 1 if start.strip().lstrip("-").isdigit() else 0
            self._lists.append([self._list_count, first, tag == "ol"])
            self.ordered[self._list_count] = tag == "ol"
        elif tag == "li" and self._lists and self._visible():
            self._close_items(len(self._lists))
            current = self._lists[-1]
            current[1] += 1
            value = attr.get("value", "")
            if value.strip().isdigit():
                current[1] = int(value)
            item = _ListItem(current[0], str(current[1]), attr.get("id", "").strip(), len(self.builder), -1)
            item.in_notes_block = bool(self._notes_at) and bool(current[2])  # numbered notes: an <ol>
            item.depth = len(self._lists)
            self.list_items.append(item)
            self._open_items.append(item)

    def _close_items(self, depth: int) -> None:
        """End the open list items at list depth ``depth`` or deeper."""
        while self._open_items and self._open_items[-1].depth >= depth:
            self._open_items.pop().end = len(self.builder)

    def _pop(self, i: int) -> None:
        if self._notes_at and self._notes_at[-1] >= i:
            self._notes_at = [j for j in self._notes_at if j < i]
        if self._comments_at and self._comments_at[-1] >= i:
            self._comments_at = [j for j in self._comments_at if j < i]
        for t, skipping in self._stack[i:]:
            self._open_tags[t] -= 1
            if skipping:
                self._skip_depth -= 1
            if t == "article":
                self._article_depth -= 1
            if t in _NEVER_TEXT:
                self._never_depth -= 1
        del self._stack[i:]

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._break()
            self._in_p = False
        # Pop to the matching tag (tolerates unclosed children in broken HTML). A stray end tag
        # is not searched for, and a search pops everything it walks past: linear overall.
        if self._open_tags.get(tag):
            for i in range(len(self._stack) - 1, -1, -1):
                if self._stack[i][0] == tag:
                    if tag == "form":
                        self._after_form(i)
                    self._pop(i)
                    break
        if self._emphasis_from is not None and not (self._open_tags.get("em") or self._open_tags.get("i")):
            if len(self.builder) > self._emphasis_from:
                self.emphasis.append((self._emphasis_from, len(self.builder)))
            self._emphasis_from = None
        if tag == "a":
            self._close_anchor()
        elif tag == "li":
            self._close_items(len(self._lists))
        elif tag in ("ol", "ul") and self._lists:
            self._close_items(len(self._lists))
            self._lists.pop()

    def _page_form(self) -> bool:
        """A <form> opened directly in <body> (or <html>) wraps the page, not a control: ASP.NET
        pages hold their whole layout, article included, in one such form."""
        return not self._stack or self._stack[-1][0] in ("body", "html")

    def _after_form(self, i: int) -> None:
        """A comment form (one with a <textarea>) ends: the rest of the element holding it, and of the
        one holding that (WordPress: section > div#respond > form), is the comment section's (a
        comment-privacy notice, "Post comment" help), never the article, which comes before its
        comments. Not past <article>, <main> or <body>, and not before any paragraph text was read
        (a feedback form above the article)."""
        reply, self._reply_form = self._reply_form, False
        if not reply or self.kept_page_words < FORM_AFTER_WORDS:
            return
        for k in range(i - 1, max(i - 3, -1), -1):
            tag, skipping = self._stack[k]
            if tag in _NO_CLASS_SKIP:
                return
            if not skipping:
                self._stack[k] = (tag, True)
                self._skip_depth += 1
                self._comments_at = sorted(
                    [*self._comments_at, k]
                )  # readers' comments: no part of the page's paragraphs to read

    def _close_anchor(self) -> None:
        if self._anchor is None:
            return
        href, start = self._anchor
        self._anchor = None
        if len(self.builder) == start and self._anchor_img and not _PICTURE_FILE.search(href):
            self._card = not href.startswith("#")  # a picture linking to another page, not to its own file
        if len(self.builder) > start and web_link(href):  # a mistyped "htp://" too: CIT001 names it
            url = "https:" + href if href.startswith("//") else href
            self.links.append(LinkRef(url, Span(start, len(self.builder)), ""))
        elif len(self.builder) > start and href.startswith("#") and len(href) > 1:
            self.fragment_links.append(_FragmentLink(href[1:], Span(start, len(self.builder)), self._anchor_sup))
        if len(self.builder) > start and not href.startswith("#"):
            self.anchors.append((start, len(self.builder), href))

    def _visible(self) -> bool:
        return not self._skip_depth and (self._seen_body or not self._open_tags.get("head"))

    def _open(self, at: int) -> None:
        if self._para_start is None:
            if len(self.builder):
                self.builder.add("\n\n", at)
            self._para_start = len(self.builder)
            if any(self._open_tags.get(h) for h in _HEADINGS):
                self.heading_at.add(self._para_start)
            if self._card:
                self.card_at.add(self._para_start)
                self._card = False

    def handle_data(self, data: str) -> None:
        if PLACEHOLDER in data:
            data = data.replace(PLACEHOLDER, "<")
        if self._in_p and not self._never_depth and data and not self._comments_at:
            n = len(_WORD.findall(data))
            self.page_words += n
            if self._visible():
                self.kept_page_words += n
        if not self._visible() or not data:
            return
        start = self._offset()
        if not data.strip():
            if self._para_start is not None and not self.builder.ends_with(" "):
                self.builder.add(" ", start)
            return
        self._open(start)
        if data[0] != " " and data[-1] != " " and data.isprintable() and "  " not in data:
            # Words with single spaces between (printable: no other white space): nothing to
            # collapse, and one exact copy maps every offset as the piece-by-piece copy below would.
            self.builder.copy(start, start + len(data))
            return
        # Collapse runs of white space (as a browser does) while keeping exact positions.
        pos = 0
        for m in _SPACE.finditer(data):
            if m.start() > pos:
                self.builder.copy(start + pos, start + m.start())
            if not (m.start() == 0 and self.builder.ends_with(" ")) and len(self.builder) > self._para_start:
                self.builder.add(" ", start + m.start())
            pos = m.end()
        if pos < len(data):
            self.builder.copy(start + pos, start + len(data))

    def _entity(self, text: str) -> None:
        if not self._visible():
            return
        start = self._offset()
        self._open(start)
        self.builder.add(unescape(text), start)

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        line, _ = self.getpos()
        self.comments.append(Comment(data.strip(), Span(len(self.builder), len(self.builder)), line))


_NOTEREF = re.compile(r"footnote|noteref|\bref\b|reference|cite", re.I)
_NOTES_BLOCK = re.compile(r"footnotes|endnotes|doc-endnotes|references|reflist|\bnotes\b", re.I)
_NOTE_NUMBER = re.compile(r"\[?(\d{1,3})\]?")


@dataclass(slots=True)
class _FragmentLink:
    """An in-page link (``<a href="#fn3">``); a footnote marker when its text is a number."""

    target: str
    span: Span
    sup: bool  # in or around a <sup>, or marked as a note reference


@dataclass(slots=True)
class _ListItem:
    """One ``<li>``: its list, its number there, its id and where its text runs."""

    list_no: int
    number: str
    id: str
    start: int
    end: int
    in_notes_block: bool = False
    depth: int = 0


def _notes(parser: _BodyText, text: str) -> list[LinkRef]:
    """Footnote markers and the notes they point to, as ``LinkRef`` of kind marker and note.

    A notes list is a list one of whose items is the target of a numbered in-page link, or
    a list inside an element marked as footnotes or references. Its items are the notes,
    numbered as the browser numbers them; a marker takes the number of the note it targets,
    or its own number when the target is missing (then it points to nothing: CIT003).
    """
    for item in parser._open_items:
        item.end = len(text)
    numbered = [f for f in parser.fragment_links if _NOTE_NUMBER.fullmatch(text[f.span.start : f.span.end].strip())]
    number_of = {f.target: _NOTE_NUMBER.fullmatch(text[f.span.start : f.span.end].strip()).group(1) for f in numbered}
    sup_targets = {f.target for f in numbered if f.sup}
    note_lists = {
        i.list_no
        for i in parser.list_items
        if i.in_notes_block or (i.id and (i.id in sup_targets or number_of.get(i.id) == i.number))
    }
    note_lists |= _headed_lists(parser, text)
    if not note_lists:
        note_lists |= _numbered_list_for_markers(parser, text)
    out: list[LinkRef] = []
    by_id: dict[str, str] = {}
    for item in parser.list_items:
        if item.list_no not in note_lists or item.end <= item.start:
            continue
        chunk = text[item.start : item.end]
        lead = len(chunk) - len(chunk.lstrip())
        span = Span(item.start + lead, item.start + lead + len(chunk.strip()))
        if len(span) == 0:
            continue
        if item.id:
            by_id[item.id] = item.number
        out.append(LinkRef("", span, text[span.start : span.end], "note", item.number))
    for f in numbered:
        label = by_id.get(f.target)
        if label is None and not f.sup:
            continue  # "#top", "#section-2": an in-page link with a number, not a note marker
        shown = _NOTE_NUMBER.fullmatch(text[f.span.start : f.span.end].strip())
        out.append(LinkRef("#" + f.target, f.span, text[f.span.start : f.span.end], "marker", label or shown.group(1)))
    return out


_TEXT_MARKER = re.compile(r"\[(\d{1,3})\]")


def _numbered_list_for_markers(parser: _BodyText, text: str) -> set[int]:
    """The last ``<ol>`` below the first "[n]" of a page with no other notes list, when it has
    as many items as the highest marker: a numbered notes list without ids or heading."""
    first = _TEXT_MARKER.search(text)
    if first is None:
        return set()
    highest = max(int(m.group(1)) for m in _TEXT_MARKER.finditer(text, first.start()))
    counts: dict[int, int] = {}
    for item in parser.list_items:
        if item.start > first.start() and parser.ordered.get(item.list_no):
            counts[item.list_no] = counts.get(item.list_no, 0) + 1
    if not counts:
        return set()
    last = max(counts)
    return {last} if counts[last] >= highest else set()


def _headed_lists(parser: _BodyText, text: str) -> set[int]:
    """Numbered lists right below a "Notes" or "References" heading."""
    from auditor.reading.citations import is_reference_heading

    firsts: dict[int, _ListItem] = {}
    for item in parser.list_items:
        if item.in_notes_block or item.list_no in firsts:
            continue
        firsts[item.list_no] = item
    starts = [p.start for p in parser.paragraphs]
    found: set[int] = set()
    for list_no, item in firsts.items():
        if not parser.ordered.get(list_no):
            continue
        i = bisect_right(starts, item.start) - 1
        while i >= 0 and parser.paragraphs[i].end > item.start:
            i -= 1  # the item's own text
        if i >= 0 and is_reference_heading(text[parser.paragraphs[i].start : parser.paragraphs[i].end]):
            found.add(list_no)
    return found


@dataclass(slots=True)
class BodyCoverage:
    """How much of the page's paragraph text the body kept: the check that no body is hidden."""

    page_words: int  # words in all <p> elements of the page (scripts and styles aside)
    kept_words: int  # of those, the words in the text the rules see
    refresh: bool  # the page is a <meta http-equiv="refresh"> redirect stub
    max_depth: int = 0  # the deepest nesting of open elements
    elements: int = 0  # start tags on the page
    blocks: list[BlockRole] = field(default_factory=list)  # one per paragraph read, in order: its shape


PLACEHOLDER = "\ue000"  # stands for a "<" html.parser must not read as markup; handle_data turns it back


def defuse_markup(source: str) -> str:
    """``source`` with the "<" that make this Python's ``html.parser`` quadratic made plain text.

    CPython before 3.13.4/3.12.11 (gh-135462, CVE-2025-6069) rescans to the end of
    the input for every "<" that no ">" follows, and for every "<![" that no
    "]]>" follows: 24 KB of "<a " took 28 s. Those "<" can only be text (no tag
    ends after them), so they become :data:`PLACEHOLDER`, one character for one,
    keeping every offset; the parsers turn it back into "<" in the text. A page
    that ends with its closing tag, as real pages do, is unchanged.
    """
    last_gt = source.rfind(">")
    if source.find("<", last_gt + 1) != -1:
        source = source[: last_gt + 1] + source[last_gt + 1 :].replace("<", PLACEHOLDER)
    last_section = source.rfind("]]>")
    if source.find("<![", last_section + 1) != -1:
        source = source[: last_section + 1] + source[last_section + 1 :].replace("<![", PLACEHOLDER + "![")
    return source


def _parse(source: str, by_class: bool) -> _BodyText:
    parser = _BodyText(source, by_class)
    try:
        parser.feed(defuse_markup(source))
        parser.close()
    except Exception:  # html.parser is tolerant, but never let markup stop the run
        pass
    parser._close_anchor()
    parser._break()
    return parser


def extract_body(source: str) -> tuple[str, SourceMap, list[Span], list[LinkRef], list[Comment]]:
    return extract_body_checked(source)[:5]  # type: ignore[return-value]


def extract_body_checked(
    source: str,
) -> tuple[str, SourceMap, list[Span], list[LinkRef], list[Comment], BodyCoverage]:
    """The body text; when the class and id heuristics drop most of the page's paragraph text
    (a layout class such as "has-sidebar" on a wrapper), read again without them."""
    parser = _parse(source, by_class=True)
    if parser.page_words and parser.kept_page_words * 2 < parser.page_words:
        second = _parse(source, by_class=False)
        if second.kept_page_words > parser.kept_page_words:
            parser = second
    text, smap = parser.builder.build()
    paragraphs = [p for p in parser.paragraphs if text[p.start : p.end].strip()]
    trimmed: list[Span] = []
    for p in paragraphs:
        chunk = text[p.start : p.end]
        lead = len(chunk) - len(chunk.lstrip())
        trimmed.append(Span(p.start + lead, p.start + lead + len(chunk.strip())))
    coverage = BodyCoverage(
        parser.page_words,
        parser.kept_page_words,
        bool(_REFRESH.search(source[:20000])),
        parser.max_depth,
        parser.elements,
        block_roles(
            text,
            trimmed,
            [p.start in parser.heading_at for p in paragraphs],
            parser.anchors,
            [p.start in parser.card_at for p in paragraphs],
            parser.emphasis,
        ),
    )
    for link in parser.links:
        shown = text[link.span.start : link.span.end]
        link.anchor_text = shown.strip()
        if link.anchor_text and len(link.anchor_text) != len(shown):  # a paragraph break opened the link
            lead = len(shown) - len(shown.lstrip())
            link.span = Span(link.span.start + lead, link.span.start + lead + len(link.anchor_text))
    return text, smap, trimmed, parser.links + _notes(parser, text), parser.comments, coverage


MIN_PAGE_WORDS = 100  # below this, a page's paragraphs are too few to judge what was kept
REDIRECT_WORDS = 50  # a refresh page with less text than this is a stub, not an article


def body_note(coverage: BodyCoverage, words: int) -> str | None:
    """Why the text read may not be the article (None when it plausibly is)."""
    if coverage.refresh and words < REDIRECT_WORDS:
        return (
            f'the page is a redirect stub (<meta http-equiv="refresh">) with {words} words of text, not an '
            "article; audit the page it points to"
        )
    if coverage.page_words >= MIN_PAGE_WORDS and coverage.kept_words * 2 < coverage.page_words:
        return (
            f"only {coverage.kept_words} of the {coverage.page_words} words in the page's paragraphs were read "
            "as the article (the rest looked like navigation, menus or hidden blocks); the findings below may "
            "miss most of the article, or the page is not an article (a home page, section front or listing)"
        )
    return None


def extract_metadata(source: str, root: Any = None) -> dict[str, Any]:
    """Title and publication date (with the evidence used) from the whole page (``root``: its lxml tree, if read).

    With the tree, the title and the page's address are read from it (a tenth of the cost of a
    beautifulsoup4 parse); without one (a page lxml could not read) beautifulsoup4 reads them.
    """
    if root is not None:
        title, page_url = _tree_title_url(root)
        og = next((m.get("content") for m in root.iter("meta") if m.get("property") == "og:url"), None)
        return _with_site(_with_date({"title": title}, source, page_url, root), og)
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():  # XHTML and feeds parse fine here; the warning would only confuse
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(defuse_markup(source).replace(PLACEHOLDER, "&lt;"), "html.parser")
    meta: dict[str, Any] = {}
    title = None
    for key, value in (("property", "og:title"), ("name", "twitter:title")):
        tag = soup.find("meta", attrs={key: value})
        if tag and tag.get("content"):
            title = str(tag["content"]).strip()
            break
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    if not title:
        h1 = soup.find("h1")
        if h1:
            title = h1.get_text(" ", strip=True)
    meta["title"] = _SPACE.sub(" ", title).strip() if title else None

    og = soup.find("meta", attrs={"property": "og:url"})
    return _with_site(_with_date(meta, source, _page_url(soup), root), og.get("content") if og else None)


def _with_site(meta: dict[str, Any], og_url: Any) -> dict[str, Any]:
    """Keep og:url as ``site_url`` when it is on another site than the canonical address.

    A syndicated copy names its origin as canonical and its own site in og:url (a farodevigo.es
    page whose canonical is elperiodico.com): links to either site are the page's own.
    """
    og = str(og_url or "").strip()
    if og.startswith("http") and meta.get("url") and registrable_domain(og) != registrable_domain(meta["url"]):
        meta["site_url"] = og
    return meta


def _with_date(meta: dict[str, Any], source: str, page_url: str | None, root: Any) -> dict[str, Any]:
    if page_url:
        meta["url"] = page_url
    found = page_date(source, page_url, root)
    if found is not None:
        meta["published"] = found.date
        meta["published_detail"] = found.detail
    return meta


def _tree_title_url(root: Any) -> tuple[str | None, str | None]:
    """og:title, twitter:title, <title> or the first <h1>; <link rel=canonical>, else og:url (from the lxml tree)."""
    title = None
    metas = [m for m in root.iter("meta")]
    for key, value in (("property", "og:title"), ("name", "twitter:title")):
        tag = next((m for m in metas if m.get(key) == value), None)
        if tag is not None and tag.get("content"):
            title = str(tag.get("content")).strip()
            break
    if not title:
        el = next(root.iter("title"), None)
        if el is not None and len(el) == 0 and el.text:
            title = el.text.strip()
    if not title:
        h1 = next(root.iter("h1"), None)
        if h1 is not None:
            title = " ".join(t.strip() for t in h1.itertext() if t.strip())
    title = _SPACE.sub(" ", title).strip() if title else None
    url = None
    for link in root.iter("link"):
        if "canonical" in str(link.get("rel") or "").split():
            if str(link.get("href", "")).startswith("http"):
                url = str(link.get("href")).strip()
            break
    if url is None:
        tag = next((m for m in metas if m.get("property") == "og:url"), None)
        if tag is not None and str(tag.get("content", "")).startswith("http"):
            url = str(tag.get("content")).strip()
    return title or None, url


def _page_url(soup: Any) -> str | None:
    """The page's own address: <link rel=canonical>, else og:url."""
    link = soup.find("link", attrs={"rel": lambda v: v and "canonical" in (v if isinstance(v, list) else [v])})
    if link is not None and str(link.get("href", "")).startswith("http"):
        return str(link["href"]).strip()
    tag = soup.find("meta", attrs={"property": "og:url"})
    if tag is not None and str(tag.get("content", "")).startswith("http"):
        return str(tag["content"]).strip()
    return None
