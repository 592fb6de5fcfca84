"""Markdown articles: YAML or TOML front matter, CommonMark blocks via markdown-it-py, markup stripped with exact positions.

Inline markup (emphasis, links, images, code spans, inline HTML, entities) is
removed piece by piece through a :class:`TextBuilder`, so every character an
editor reads maps back to its line and column in the ``.md`` file. Link URLs
become citations anchored at their visible text; HTML comments are kept aside
for inline suppressions.
"""

from __future__ import annotations

import functools
import html
import re
from typing import Any

from auditor.model import Comment, Span
from auditor.reading.citations import LinkRef
from auditor.reading.textmap import LineIndex, TextBuilder
from auditor.reading.urls import web_link

_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})(?:[ \t]+|$)")
_QUOTE = re.compile(r"[ \t]{0,3}>[ \t]?")
_BULLET = re.compile(r"[ \t]*[-*+][ \t]+")
_DEFINITION = re.compile(r"^\s{0,3}\[([^\]^][^\]]*)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*[\"')])?\s*$")
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_WRAPPED_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*\s[^<>\n]*\n(?:[^<>\n]|\n(?![ \t]*\n)){0,2000}?>")
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
# A link whose text holds a line break: [text\ntext](url) or [text\ntext][ref] or [text\ntext][].
_WRAPPED_LINK = re.compile(
    r"(?<![!\\])\[(?P<text>[^\[\]\n]{0,300}\n[^\[\]]{0,600}?)\]"
    r"(?:\((?P<url><[^>\n]*>|[^)\s]+)(?:\s+\"[^\"\n]*\")?\)|\[(?P<ref>[^\]\n]{0,100})\])"
)

# The lookahead lists every character a branch can start with, so the engine skips plain
# text without trying each branch at every position (about 7x faster on real articles).
_INLINE = re.compile(
    r"""
    (?=[hf!\[<`&\\*~_])
    (?:
    (?P<url>(?:https?|ftp)://[^\s<>\[\]"]+)
  | (?P<image>!\[(?:[^\]\\]|\\.)*\]\([^)]*\))
  | (?P<linkedimage>\[!\[(?:[^\]\\]|\\.)*\]\([^)]*\)\](?:\([^)]*\)|\[[^\]]*\]))
  | (?P<link>\[(?P<ltext>(?:[^\]\\]|\\.)+)\]\((?P<lurl><[^>]*>|[^)\s]+(?:\([^)\s]*\)[^)\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\))
  | (?P<reflink>\[(?P<rtext>(?:[^\]\\^]|\\.)(?:[^\]\\]|\\.)*)\]\[(?P<rref>[^\]]*)\])
  | (?P<autolink><(?P<aurl>(?:https?|ftp)://[^>\s]+)>)
  | (?P<code>(?P<ticks>`+)(?P<ctext>.+?)(?P=ticks))
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
  | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
  | (?P<escape>\\[!-/:-@\[-`{-~])
  | (?P<emph>\*{1,3}|~~|(?<![A-Za-z0-9])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![A-Za-z0-9]))
    )
    """,
    re.VERBOSE,
)


def split_front_matter(source: str) -> tuple[dict[str, Any], int, str | None, int]:
    """Front matter (YAML ``---`` or TOML ``+++``), where the body starts, and what went wrong.

    YAML is read with PyYAML's safe loader, TOML with the standard library's tomllib. Front
    matter that cannot be read is reported (with the line of the error) and ignored; the
    body is audited either way. Returns (mapping, body start, problem or None, problem line).
    """
    fence = source[:3]
    if fence not in ("---", "+++") or (len(source) > 3 and source[3] not in "\r\n"):
        return {}, 0, None, 0
    closing = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$" if fence == "---" else r"^\+\+\+[ \t]*\r?$", re.M)
    m = closing.search(source, 4)
    if not m:
        return {}, 0, "the front matter opened on line 1 is never closed, so it was read as text", 1
    body_start = m.end() + 1 if m.end() < len(source) else m.end()
    block = source[source.index("\n") + 1 : m.start()] if "\n" in source[: m.start()] else ""
    kind = "YAML" if fence == "---" else "TOML"
    try:
        meta = _load_yaml(block) if fence == "---" else _load_toml(block)
    except _Unreadable as exc:  # broken front matter: report it, audit the body anyway
        line = 1 + exc.line if exc.line else 1
        return {}, body_start, f"the {kind} front matter could not be read ({exc}); it was ignored", line
    if meta is None:
        return {}, body_start, None, 0
    if isinstance(meta, str | int | float):  # prose between two thematic breaks, not front matter
        return {}, 0, None, 0
    if not isinstance(meta, dict):
        return {}, body_start, f"the {kind} front matter is not a set of `key: value` fields; it was ignored", 1
    return meta, body_start, None, 0


class _Unreadable(ValueError):
    """Front matter that does not parse: the parser's words and the line (within the block)."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


# Characters on which libyaml and PyYAML's own scanner may disagree: a tab (libyaml takes one inside a
# plain scalar, PyYAML refuses it), the rarer line breaks and a byte-order mark.
_C_UNSURE = ("\t", "\x85", "\u2028", "\u2029", "\ufeff")


def _load_yaml(block: str) -> Any:
    """``yaml.safe_load(block)``, parsed by libyaml where PyYAML has it and both read the block alike.

    PyYAML's pure-Python scanner takes about 0.5 ms per front matter of the real blogs, libyaml under 0.1
    (bench/yaml_front_matter.py); the same constructor builds the values either way. A block
    with a character the two may read differently, or one libyaml cannot read, goes to the pure
    loader, so what is reported for broken front matter (the problem, its line) is its words.
    """
    import yaml

    fast = getattr(yaml, "CSafeLoader", None)
    if (
        fast is not None
        and not any(ch in block for ch in _C_UNSURE)
        and not yaml.reader.Reader.NON_PRINTABLE.search(block)
    ):
        try:
            return yaml.load(block, Loader=fast)  # CSafeLoader: the safe constructor, as safe_load uses
        except Exception:  # any problem: the pure loader below reads the block and says what it is
            pass
    try:
        return yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise _Unreadable(str(problem), mark.line + 1 if mark is not None else 0) from None
    except (ValueError, TypeError, RecursionError) as exc:  # e.g. a timestamp out of range
        raise _Unreadable(str(exc) or type(exc).__name__, 0) from None


def _load_toml(block: str) -> Any:
    import tomllib

    try:
        return tomllib.loads(block)
    except tomllib.TOMLDecodeError as exc:
        text = str(exc)
        at = re.search(r"\(at line (\d+)", text)
        raise _Unreadable(re.sub(r"\s*\(at line.*\)$", "", text), int(at.group(1)) if at else 0) from None
    except (ValueError, RecursionError) as exc:
        raise _Unreadable(str(exc) or type(exc).__name__, 0) from None


@functools.lru_cache(maxsize=1)
def _parser() -> Any:
    """CommonMark with GFM tables, raw HTML recognised (so HTML blocks are known as such)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


def _prose_blocks(body: str) -> tuple[list[tuple[str, list[int]]], set[int]]:
    """The blocks that hold prose, as (kind, 0-based lines of ``body``), in order, and the
    lines of fenced and indented code (where an ``<!-- auditor: ... -->`` is an example, not
    a suppression).

    markdown-it reads the block structure as CommonMark does: fenced and indented code,
    HTML blocks, thematic breaks and link reference definitions hold no prose and are left
    out; paragraphs, headings and table rows (its delimiter row aside) are kept. A footnote
    definition (``[^1]: ...``) is read by CommonMark as a link definition: it is kept, one
    block per definition, since it is a reference entry.
    """
    env: dict[str, Any] = {}
    tokens = _parser().parse(body, env)
    blocks: list[tuple[str, list[int]]] = []
    code: set[int] = set()
    for tok in tokens:
        if tok.map is None:
            continue
        lo, hi = tok.map
        if tok.type in ("fence", "code_block"):
            code.update(range(lo, hi))
        elif tok.type == "paragraph_open":
            blocks.append(("paragraph", list(range(lo, hi))))
        elif tok.type == "heading_open":  # a setext heading's underline is not text
            blocks.append(("heading", list(range(lo, hi - 1 if tok.markup in ("=", "-") else hi))))
        elif tok.type == "tr_open":
            blocks.append(("row", [lo]))
    for label, ref in env.get("references", {}).items():
        if label.startswith("^") and ref.get("map"):
            lo, hi = ref["map"]
            blocks.append(("paragraph", list(range(lo, hi))))
    blocks.sort(key=lambda b: b[1][0] if b[1] else 0)
    return blocks, code


def _in_code_span(line: str, column: int) -> bool:
    """Whether ``column`` of ``line`` falls inside a backtick code span."""
    return any(m.start() < column < m.end() for m in _CODE_SPAN.finditer(line))


def _container_prefix(content: str, bullets: bool) -> int:
    """Where a line's text starts after block-quote markers and, on a block's first line, a
    bullet. An ordered-list number stays: "1. https://..." is a numbered reference entry."""
    offset = 0
    for _ in range(8):  # nested containers: "> - > text"
        q = _QUOTE.match(content, offset)
        if q:
            offset = q.end()
            continue
        b = _BULLET.match(content, offset) if bullets else None
        if b:
            offset = b.end()
            continue
        break
    return offset


class _MarkdownReducer:
    def __init__(self, source: str, body_start: int) -> None:
        self.source = source
        self.body_start = body_start
        self.builder = TextBuilder(source)
        self.lines = LineIndex(source)
        self.paragraphs: list[Span] = []
        self.links: list[LinkRef] = []
        self.comments: list[Comment] = []
        self.code = 0  # code blocks and code spans in the body: how technical the piece is
        self.definitions: dict[str, str] = {}
        self._para_start: int | None = None
        # Links whose text wraps onto the next line ("[slides from our demo\nday][6]"): the pass
        # reads line by line, so their "[" and their "](url)" / "][ref]" are found per block first.
        self._openers: set[int] = set()  # source offsets of such a link's "["
        self._closers: dict[int, tuple[int, str | None]] = {}  # offset of its "]" -> (end, URL)

    def _open(self) -> None:
        if self._para_start is None:
            if len(self.builder):
                self.builder.add("\n\n", self._src)
            self._para_start = len(self.builder)

    def _close(self) -> None:
        if self._para_start is not None and len(self.builder) > self._para_start:
            self.paragraphs.append(Span(self._para_start, len(self.builder)))
        self._para_start = None

    def run(self) -> None:
        src = self.source
        first_line = self.lines.position(self.body_start)[0]  # 1-based line of the body's start
        blocks, code_lines = _prose_blocks(src[self.body_start :])
        self.code += sum(1 for line in code_lines if line - 1 not in code_lines)  # one per block
        # Comments first (they may span lines): blank them out of what we scan. One shown in
        # code (a fence, an indented block, a code span) is an example, not a comment.
        scan = list(src)
        for m in _COMMENT.finditer(src, self.body_start):
            line, column = self.lines.position(m.start())
            if line - first_line in code_lines:
                continue
            line_start, line_end = self.lines.line_span(line)
            if "`" in src[line_start:line_end] and _in_code_span(src[line_start:line_end], column - 1):
                continue
            self.comments.append(Comment(m.group(1).strip(), Span(0, 0), line))
            for i in range(m.start(), m.end()):
                if scan[i] not in "\r\n":
                    scan[i] = "\0"
        # An inline HTML tag whose attributes run over a line break (`<img src=... alt="Chart showing
        # 93% of\nrespondents" />`) is markup, as a one-line tag is: blank it out too (not in code).
        for m in _WRAPPED_TAG.finditer(src, self.body_start):
            if "\0" in "".join(scan[m.start() : m.end()]):
                continue
            line, column = self.lines.position(m.start())
            if line - first_line in code_lines:
                continue
            line_start, line_end = self.lines.line_span(line)
            if "`" in src[line_start:line_end] and _in_code_span(src[line_start:line_end], column - 1):
                continue
            for i in range(m.start(), m.end()):
                if scan[i] not in "\r\n":
                    scan[i] = "\0"
        scan_text = "".join(scan)
        for m in re.finditer(r"^.*$", scan_text[self.body_start :], re.M):
            d = _DEFINITION.match(m.group(0))
            if d:  # the URL as written (markdown-it's own is percent-encoded)
                self.definitions[d.group(1).strip().lower()] = d.group(2)
        comment_iter = iter(self.comments)
        pending = next(comment_iter, None)
        for kind, lines in blocks:
            self._close()
            if len(lines) > 1:
                self._wrapped_links(scan_text, first_line + lines[0], first_line + lines[-1])
            for n, line_no in enumerate(lines):
                line_start, line_end = self.lines.line_span(first_line + line_no)
                self._src = line_start
                while pending is not None and first_line + line_no >= pending.source_line:
                    pending.span = Span(len(self.builder), len(self.builder))
                    pending = next(comment_iter, None)
                content = scan_text[line_start:line_end].rstrip("\r").replace("\0", " ")
                offset = _container_prefix(content, bullets=n == 0)
                if kind == "heading":
                    h = _HEADING.match(content, offset)
                    if h:  # ATX: drop the #s, and closing #s
                        offset = h.end()
                        content = content[: offset + len(re.sub(r"(?:^|\s+)#+\s*$", "", content[offset:]))]
                elif kind == "row":
                    content = content.rstrip()
                    offset += 1 if content[offset : offset + 1] == "|" else 0
                    content = content[:-1] if content.endswith("|") and not content.endswith("\\|") else content
                stripped_end = len(content.rstrip())
                lead = len(content[offset:]) - len(content[offset:].lstrip())
                if offset + lead >= stripped_end:
                    continue
                self._open()
                if len(self.builder) > self._para_start:
                    self.builder.add("\n", line_start)
                self._inline(line_start + offset + lead, line_start + stripped_end)
        self._close()
        while pending is not None:
            pending.span = Span(len(self.builder), len(self.builder))
            pending = next(comment_iter, None)

    def _wrapped_links(self, scan_text: str, first: int, last: int) -> None:
        """Record the links of one block whose text runs over a line break."""
        start, end = self.lines.line_span(first)[0], self.lines.line_span(last)[1]
        for m in _WRAPPED_LINK.finditer(scan_text, start, end):
            if "\0" in m.group(0):
                continue
            if m.group("url") is not None:
                url: str | None = m.group("url").strip("<>")
            else:
                ref = (m.group("ref") or m.group("text")).strip().lower()
                url = self.definitions.get(" ".join(ref.split()))
            if url is not None and not (web_link(url) or url[:4].lower() == "www."):
                url = None  # a relative link or an anchor: its syntax goes, no citation
            if url is not None and url.startswith("//"):
                url = "https:" + url
            self._openers.add(m.start())
            self._closers[m.end("text")] = (m.end(), url)

    def _inline(self, start: int, end: int) -> None:
        """Reduce one line's inline markup, splitting it where a wrapped link opens or closes."""
        cuts = [i for i in self._openers if start <= i < end] + [i for i in self._closers if start <= i < end]
        if not cuts:
            self._inline_plain(start, end)
            return
        pos = start
        line_text_start = len(self.builder)
        for cut in sorted(cuts):
            if cut < pos:
                continue
            self._inline_plain(pos, cut)
            if cut in self._openers:
                pos = cut + 1  # the "[" of a link whose "]" is on a later line
                continue
            stop, url = self._closers[cut]
            stop = min(stop, end)
            if url is not None:
                self.links.append(LinkRef(url, Span(line_text_start, len(self.builder)), ""))
            pos = stop
        self._inline_plain(pos, end)

    def _inline_plain(self, start: int, end: int) -> None:
        src = self.source
        b = self.builder
        pos = start
        for m in _INLINE.finditer(src, start, end):
            if "\0" in m.group(0):
                continue
            b.copy(pos, m.start())
            pos = m.end()
            kind = m.lastgroup
            if kind == "url":
                b.copy(m.start(), m.end())
            elif kind == "link":
                t0 = m.start("ltext")
                t_start = len(b)
                self._inline(t0, m.end("ltext"))
                url = m.group("lurl").strip("<>")
                if web_link(url) or url[:4].lower() == "www.":  # not ../x.md, /archive, #top, mailto:
                    url = "https:" + url if url.startswith("//") else url
                    self.links.append(LinkRef(url, Span(t_start, len(b)), ""))
            elif kind == "reflink":
                t_start = len(b)
                self._inline(m.start("rtext"), m.end("rtext"))
                ref = (m.group("rref") or m.group("rtext")).strip().lower()
                url = self.definitions.get(ref)
                if url and (web_link(url) or url[:4].lower() == "www."):
                    url = "https:" + url if url.startswith("//") else url
                    self.links.append(LinkRef(url, Span(t_start, len(b)), ""))
            elif kind == "autolink":
                b.copy(m.start("aurl"), m.end("aurl"))
            elif kind == "entity":
                b.add(html.unescape(m.group(0)), m.start())
            elif kind == "escape":
                b.copy(m.start() + 1, m.end())
            elif kind == "tag" and m.group(0).lower().startswith("<br"):
                b.add(" ", m.start())
            elif kind == "code":
                self.code += 1
            # image, a linked image (a logo or badge: as an HTML <a><img></a>, no prose and no citation),
            # code (a code span is not prose), tag, emph: dropped
        b.copy(pos, end)


def reduce_markdown(source: str, body_start: int) -> tuple[str, Any, list[Span], list[LinkRef], list[Comment], int]:
    """The body's prose as text with its source map, paragraphs, links and comments, and how many
    code blocks and code spans it shows (code is dropped from the text)."""
    r = _MarkdownReducer(source, body_start)
    r.run()
    text, smap = r.builder.build()
    for link in r.links:
        link.anchor_text = text[link.span.start : link.span.end]
    return text, smap, r.paragraphs, r.links, r.comments, r.code
