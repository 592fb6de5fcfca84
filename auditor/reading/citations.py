"""Find what an article cites: URLs, links, reference lists and ``[n]`` markers.

Runs once per document in the loader, so every rule sees the same citations.
Handles the shapes copy really arrives in: reference entries run together on
one line (``[1] https://a[2] https://b``), "Sources:" sections, numbered lists,
Markdown footnotes, and a URL broken by a stray space where the next token
clearly continues it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from auditor.model import Citation, Document, Marker, Sentence, Span
from auditor.reading.urls import registrable_domain, repair_scheme

# Where a URL starts: any scheme-like word followed by ":/" or "//", or "www.".
_URL_START = re.compile(
    r"(?<![\w@/.])(?:[a-z][a-z0-9+.\-]{1,11}:/{1,3}(?=[^\s/])|h[tx]{1,2}ps?//(?=\w)|www\.(?=\w))",
    re.IGNORECASE,
)
# What a URL may hold as written in copy: stops at spaces, angle brackets, quotes, square brackets.
_URL_BODY = re.compile(r"[^\s<>\"\[\]{}|\\^`“”‘’«»]*")
_IPV6_HOST = re.compile(r"\[[0-9A-Fa-f]*:[0-9A-Fa-f:.]{1,44}(?:%25[\w.~\-]{1,20})?\]")
_TRAILING = ".,;:!?'’)*—–"  # a dash after a bare URL is the sentence's ("…/jdEcVMJyip— Locke Data")
_CONTINUATION = re.compile(r"[A-Za-z0-9\-._~%/?#=&+:@!$,;*()']+")
_FILE_LIKE = re.compile(r"^[\w\-.]*\.(?:html?|php\d?|aspx?|jsp|shtml|cms|pdf|ece|stm)(?:[?#].*)?$", re.I)
_SEPARATED = re.compile(r"^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+$")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$)")

_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*)\]|\[\^([\w\-]{1,20})\]")
_LABEL_AT_START = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)](?=\s)|\^(\d{1,3})\s|\[\^([\w\-]{1,20})\]:)\s*")
_RUN_SPLIT = re.compile(r"\[(\d{1,3})\]\s*")
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?(sources?|references?|notes|footnotes|further reading|bibliography|links|"
    r"citations|quellen|sources et références)(?:\*\*|__)?\s*:?(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
# A line that opens a reference entry: "[3] ", "3. ", "3) ", "[^note]: ".
_ENTRY_LINE = re.compile(r"[ \t]*(?:\[\d{1,3}\]|\d{1,3}[.)][ \t]|\[\^[\w\-]{1,20}\]:)")
_BULLET = re.compile(r"^\s*(?:[-*•–]\s+)")
_BRACKETED = re.compile(r"\[(\d{1,3})\]")
# A numbered list item: "3. " or "3) " opening its paragraph.
_NUMBERED = re.compile(r"[ \t]*(\d{1,3})[.)][ \t]")


@dataclass(slots=True)
class LinkRef:
    """A hyperlink the loader found in markup: the URL and the span of its visible text.

    An HTML loader also hands over notes this way: ``kind="marker"`` is a footnote marker
    (``<sup><a href="#fn3">3</a></sup>``) and ``kind="note"`` the note it points to (an
    ``id``-anchored ``<li>`` of a notes list), both with the note's number as ``label``.
    """

    url: str
    span: Span
    anchor_text: str
    kind: str = "link"  # link | marker | note
    label: str | None = None


@dataclass(slots=True)
class FoundURL:
    url: str  # as meant (stray spaces removed)
    raw: str  # as written
    span: Span
    breaks: list[Span]


def find_urls(text: str, start: int = 0, end: int | None = None) -> list[FoundURL]:
    """Every URL written in ``text[start:end]``, trimmed of trailing punctuation."""
    end = len(text) if end is None else end
    found: list[FoundURL] = []
    if text.find(":/", start, end) == -1 and text.find("//", start, end) == -1 and not _has_www(text[start:end]):
        return found  # every URL start holds ":/", "//" or "www." (most paragraphs have none)
    pos = start
    while True:
        m = _URL_START.search(text, pos, end)
        if not m:
            break
        glued = _GLUED_SCHEME.match(text, m.start(), m.end())
        if glued:  # "appel aux donshttps://www…": a word glued to a good URL, not a scheme "donshttps"
            m = _SCHEME_AT.match(text, glued.start(1), end) or m
        body_start = m.end()
        if body_start < end and text[body_start] == "[":  # an IPv6 literal host: http://[2001:db8::1]/
            v6 = _IPV6_HOST.match(text, body_start, end)
            body_start = v6.end() if v6 else body_start
        body = _URL_BODY.match(text, body_start, end)
        stop = body.end() if body else body_start
        stop = _trim(text, m.start(), stop)
        breaks: list[Span] = []
        # A URL broken by one stray space: join the next token when it clearly continues the URL.
        while len(breaks) < 2 and stop < end and text[stop] == " ":
            nxt = _CONTINUATION.match(text, stop + 1, end)
            if not nxt:
                break
            token_end = _trim(text, nxt.start(), nxt.end())
            token = text[nxt.start() : token_end]
            last = _LINE_END.match(text, token_end, end) is not None
            if not token or not _continues(text[m.start() : stop], token, last):
                break
            breaks.append(Span(stop, stop + 1))
            stop = token_end
        raw = text[m.start() : stop]
        url = raw
        for b in reversed(breaks):
            rel = b.start - m.start()
            url = url[:rel] + url[rel + 1 :]
        if len(url) > len(m.group(0)):
            found.append(FoundURL(url, raw, Span(m.start(), stop), breaks))
        pos = max(stop, m.end())
    return found


def _has_www(chunk: str) -> bool:
    """``www.`` in any case: lower-casing first is several times faster than an IGNORECASE search
    (no character but "W" lower-cases to "w", none but "." to ".", so the answers are the same)."""
    return "www." in chunk.lower()


def _trim(text: str, start: int, stop: int) -> int:
    """Drop trailing punctuation that belongs to the sentence, keeping balanced parentheses."""
    opens, closes = text.count("(", start, stop), text.count(")", start, stop)  # counted once: linear
    while stop > start and text[stop - 1] in _TRAILING:
        ch = text[stop - 1]
        if ch == ")":
            if opens >= closes:
                break
            closes -= 1
        stop -= 1
    return stop


_WORD_PAIR = re.compile(r"[a-z]{1,8}/[a-z]{1,8}[.,;:!?)]*")  # "and/or", "he/she": prose, not a path


_GLUED_SCHEME = re.compile(r"[^\W\d_]{2,}(https?://)", re.I)
_SCHEME_AT = re.compile(r"https?://(?=[^\s/])", re.I)
_HOST_PATH = re.compile(r"[\w-]+(?:\.[\w-]+)+/")  # "pic.twitter.com/x": a new address, without its scheme


def _continues(url: str, token: str, ends_line: bool = False) -> bool:
    """Whether ``token``, after one space, is the rest of ``url`` (a stray space in the address).

    ``ends_line``: nothing but the line's end follows the token, as on a reference entry whose
    URL was broken after a hyphen ("2558123-havenstaking- rotterdam-sjorders-vroegpensioen").
    """
    if _URL_START.match(token):
        return False
    if _HOST_PATH.match(token) and "/" in url.split("//", 1)[-1]:
        return False  # the URL has its host and path already: the next token is another address
    if url.endswith("/") and _WORD_PAIR.fullmatch(token):
        return False  # ".../ and/or by following": the URL was complete before the space
    if _FILE_LIKE.match(token):
        return True
    if "/" in token and not token.startswith("//") and re.search(r"[A-Za-z0-9]/|/[A-Za-z0-9]", token):
        return True
    if not (url[-1] in "-_/=&?%" and _SEPARATED.match(token)):
        return False
    # A slug's rest: digits in it, or two or more joined words closing the line.
    return any(c.isdigit() for c in token) or (ends_line and url[-1] in "-_" and len(re.findall(r"[-_]", token)) >= 2)


def is_reference_heading(line: str) -> bool:
    """A line that is only a reference-list heading ("Sources:", "## Notes", "**References**")."""
    heading = _HEADING.match(line)
    return heading is not None and heading.end() >= len(line.rstrip())


def split_entry_lines(text: str, paragraphs: list[Span]) -> list[Span]:
    """Paragraphs with a reference list's entries cut apart, and the heading above them.

    Copy often runs a "Sources:" line and its entries together without blank lines
    ("Sources:", "[1] https://a", "[2] https://b" on three lines); read as one paragraph they
    would make one entry. A paragraph is cut before each line that opens an entry when its
    first line is a reference heading, or when it opens with an entry and holds two or more.
    A line that opens no entry stays with the entry above it (a wrapped title); prose that
    merely wraps is left whole.
    """
    out: list[Span] = []
    for para in paragraphs:
        if text.find("\n", para.start, para.end) == -1:
            out.append(para)
            continue
        starts: list[int] = []
        pos = para.start
        for piece in text[para.start : para.end].split("\n"):
            starts.append(pos)
            pos += len(piece) + 1
        first_end = starts[1] - 1
        first = text[para.start : first_end]
        heading = _HEADING.match(first)
        headed = heading is not None and heading.end() >= len(first.rstrip())
        opening = [s for s in starts if _ENTRY_LINE.match(text, s, para.end)]
        if not (headed and opening) and not (len(opening) >= 2 and opening[0] == para.start):
            out.append(para)
            continue
        cuts = sorted({para.start, *opening})
        for i, start in enumerate(cuts):
            end = cuts[i + 1] - 1 if i + 1 < len(cuts) else para.end
            chunk = text[start:end]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                out.append(Span(start + lead, start + lead + len(chunk.strip())))
    return out


def extract(doc: Document, links: list[LinkRef] | None = None) -> None:
    """Fill ``doc.citations``, ``doc.markers`` and ``doc.reference_zones``.

    Needs ``doc.paragraphs`` and ``doc.sentences``.
    """
    text = doc.text
    citations: list[Citation] = []
    zones: list[Span] = []
    in_sources = False
    all_links = links or []
    links = [link for link in all_links if link.kind == "link"]
    notes = sorted((link for link in all_links if link.kind == "note"), key=lambda n: n.span.start)
    note_starts = [n.span.start for n in notes]

    def note_at(offset: int) -> LinkRef | None:
        i = bisect_right(note_starts, offset) - 1
        return notes[i] if i >= 0 and offset < notes[i].span.end else None

    linked = _linked_paragraphs(doc.paragraphs, links)
    urls_in: dict[int, list[FoundURL]] = {}  # paragraph start -> its URLs, found once
    prose_list = _prose_numbered_runs(text, doc.paragraphs, linked, urls_in)
    for para in doc.paragraphs:
        if notes and note_at(para.start) is not None:
            continue  # a note of an HTML notes list: read below
        line = text[para.start : para.end]
        heading = _HEADING.match(line)
        if para.start in prose_list and not in_sources:
            continue  # an item of a numbered list of prose ("1. The publisher is shifting ...")
        if heading and heading.end() >= len(line.rstrip()):
            in_sources = True  # a bare "Sources:" heading opens a reference section
            zones.append(para)
            continue
        if in_sources and para.start in linked and len(line) <= 400:
            zones.append(para)  # a linked entry of a "Sources" list; the link itself is added below
            continue
        urls_in[para.start] = found = find_urls(text, para.start, para.end)
        entries = _reference_entries(text, para, in_sources, heading is not None, found)
        if entries is None:
            in_sources = False
            continue
        zones.append(para)
        citations.extend(entries)
    # Notes of an HTML notes list (an id-anchored <li>): numbered entries, whatever they hold.
    link_order = sorted(links, key=lambda link: link.span.start)
    link_starts = [link.span.start for link in link_order]  # a note finds its links by binary search
    previous: Span | None = None
    for note in notes:
        # One zone for a run of notes with only white space between them: the zone test walks
        # the zones, and a page may have thousands of notes.
        if previous is not None and not text[previous.end : note.span.start].strip():
            previous = zones[-1] = Span(zones[-1].start, note.span.end)
        else:
            zones.append(note.span)
            previous = note.span
        found = find_urls(text, note.span.start, note.span.end)
        inside = link_order[bisect_left(link_starts, note.span.start) : bisect_left(link_starts, note.span.end)]
        if inside:
            found = [f for f in found if not any(f.span.overlaps(link.span) for link in inside)]
            if not found:
                continue  # its links are added below, with its number
        citations.extend(_entries_from(text, note.span, [(0, note.label or "")], found))
    zones.sort()
    doc.reference_zones = zones

    # Link citations from markup (Markdown links, HTML anchors).
    for link in links:
        in_zone = doc.in_reference_zone(link.span.start)
        label = None
        if in_zone:
            note = note_at(link.span.start) if notes else None
            label = note.label if note is not None else _zone_label(text, doc, link.span.start)
        citations.append(
            Citation(
                url=link.url,
                raw=link.url,
                span=link.span,
                kind="link" if doc.meta.format == "markdown" else "anchor",
                anchor_text=link.anchor_text,
                in_reference_list=in_zone,
                label=label,
                marker=f"[{label}]" if label else None,
            )
        )
    # Bare URLs in the body.
    for para in doc.paragraphs:
        if doc.in_reference_zone(para.start):
            continue
        found = urls_in.get(para.start)
        for f in find_urls(text, para.start, para.end) if found is None else found:
            citations.append(Citation(url=f.url, raw=f.raw, span=f.span, kind="url", breaks=f.breaks))

    # Markers in the body, and what they cite: "[3]" in the text, and HTML footnote links.
    markers: list[Marker] = []
    for link in all_links:
        if link.kind == "marker" and link.label and not doc.in_reference_zone(link.span.start):
            sent = doc.sentence_at(link.span.start)
            markers.append(Marker(link.label, link.span, sent.index if sent else None))
    linked_spans = [mk.span for mk in markers]  # in text order, never overlapping
    linked_starts = [sp.start for sp in linked_spans]
    for para in doc.paragraphs if "[" in text else ():  # every marker starts with "["
        if doc.in_reference_zone(para.start):
            continue
        for m in _MARKER.finditer(text, para.start, para.end):
            if m.end() < len(text) and text[m.end()] == "(":  # a link, not a marker
                continue
            if (
                m.end() < len(text)
                and text[m.end()] == ":"
                and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
            ):
                continue  # "[^1]: ..." opening its line is a definition; "get started[^1]:" mid-line is a marker
            if _subscript(text, m):
                continue
            span = Span(m.start(), m.end())
            i = bisect_left(linked_starts, span.end) - 1
            if i >= 0 and linked_spans[i].end > span.start:
                continue  # the text of an HTML footnote link, already read as its marker
            sent = doc.sentence_at(m.start())
            for label in _labels(m):
                markers.append(Marker(label, span, sent.index if sent else None))
    markers.sort(key=lambda mk: (mk.span.start, mk.span.end))
    doc.markers = markers
    by_label: dict[str, list[Marker]] = {}
    for mk in markers:
        by_label.setdefault(mk.label, []).append(mk)

    for c in citations:
        if c.in_reference_list:
            for mk in by_label.get(c.label or "", []):
                if mk.sentence is not None:
                    c.cited_by.append(doc.sentences[mk.sentence].span)
                else:
                    c.cited_by.append(mk.span)
        else:
            sent = doc.sentence_at(c.span.start)
            if sent is not None:
                c.sentence = sent.index
                c.cited_by.append(sent.span)
            else:
                c.cited_by.append(c.span)
        if c.url:
            repair = repair_scheme(c.url)
            if repair is not None:  # the host is that of the address meant, never "https" of "https//…"
                c.extra["intended_url"] = repair.intended
            c.domain = registrable_domain(repair.intended if repair else c.url)
    citations.sort(key=lambda c: (c.span.start, c.span.end))
    doc.citations = citations


def _prose_numbered_runs(
    text: str, paragraphs: list[Span], linked: set[int], urls_in: dict[int, list[FoundURL]]
) -> set[int]:
    """Starts of the paragraphs of numbered lists that are prose, not reference lists.

    Outside a "Sources" section a numbered list is read as references only when it looks like
    one. A run of consecutive numbered paragraphs ("1. ...", "2. ...") in which some item holds
    no link or URL, and whose numbers no ``[n]`` marker in the text points to, is a list of
    points ("With this come two changes: 1. The publisher ... 2. The repository moves to
    https://..."): the URL in one of its items is a link in the body, not an orphan entry.
    """
    out: set[int] = set()
    run: list[Span] = []
    cited: set[str] | None = None  # the numbers "[n]" in the text points to, read once when first needed

    def close() -> None:
        nonlocal cited
        if len(run) < 2:
            return
        bare = False
        for p in run:
            if p.start not in linked:
                found = urls_in.get(p.start)
                if found is None:
                    found = urls_in[p.start] = find_urls(text, p.start, p.end)
                if not found:
                    bare = True
        if not bare:
            return
        labels = {m.group(1) for p in run if (m := _NUMBERED.match(text, p.start, p.end))}
        if cited is None:
            cited = {m.group(1) for m in _BRACKETED.finditer(text)} if "[" in text else set()
        if labels & cited:
            return  # the body cites them by number: a reference list after all
        out.update(p.start for p in run)

    for para in paragraphs:
        if _NUMBERED.match(text, para.start, para.end):
            run.append(para)
            continue
        close()
        run = []
    close()
    return out


def _linked_paragraphs(paragraphs: list[Span], links: list[LinkRef]) -> set[int]:
    """Starts of the paragraphs holding a link (one binary search per link, not a scan)."""
    starts = [p.start for p in paragraphs]
    found: set[int] = set()
    for link in links:
        i = bisect_right(starts, link.span.start) - 1
        if i >= 0 and link.span.start < paragraphs[i].end:
            found.add(starts[i])
    return found


def _subscript(text: str, m: re.Match[str]) -> bool:
    """A bracketed number that is an index or an interval, not a note marker.

    Notes are numbered from 1, so "[0]" and "[0, 255]" are a subscript and a range; "[3]int"
    glued to a lower-case word is a type. A number glued to a one-letter or code-like name ("a[3]", "buf_len[2]", "arr2[1]") indexes it: a
    note marker follows the word or clause it sources, and no claim ends in a one-letter word.
    """
    if m.group(2) is not None:
        return False  # "[^note]" is a footnote marker wherever it stands ("PuTTY[^putty]")
    if any(re.fullmatch(r"0+", part.strip()) for part in re.split(r"[,–\-]", m.group(1))):
        return True
    if m.end() < len(text) and text[m.end()].islower():
        return True  # "[3]int", "[2]string": a type or an index glued to what follows
    start = m.start()
    if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
        return False
    word = re.search(r"[\w.]+$", text[max(0, start - 40) : start])
    name = word.group(0) if word else ""
    return len(name) == 1 or "_" in name or bool(re.search(r"[a-z][A-Z]|[A-Za-z]\d", name))


def _labels(m: re.Match[str]) -> list[str]:
    if m.group(2):
        return ["^" + m.group(2)]
    labels: list[str] = []
    for part in re.split(r"\s*,\s*", m.group(1)):
        bounds = re.split(r"\s*[–\-]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            lo, hi = int(bounds[0]), int(bounds[1])
            if 0 <= hi - lo <= 50:
                labels.extend(str(i) for i in range(lo, hi + 1))
                continue
        labels.extend(b for b in bounds if b)
    return labels


def _zone_label(text: str, doc: Document, offset: int) -> str | None:
    for para in doc.paragraphs:
        if para.start <= offset < para.end:
            m = _LABEL_AT_START.match(text[para.start : para.end])  # "^" anchors at a slice's start only
            if m:
                return _label_of(m)
    return None


def _reference_entries(
    text: str, para: Span, in_sources: bool, headed: bool, urls: list[FoundURL] | None = None
) -> list[Citation] | None:
    """The reference entries in one paragraph, or None if it is prose."""
    line = text[para.start : para.end]
    label_m = _LABEL_AT_START.match(line)
    if urls is None:
        urls = find_urls(text, para.start, para.end)
    if label_m and label_m.group(4):  # Markdown footnote definition "[^1]: ..."
        return _entries_from(text, para, [(len(line) - len(line.lstrip()), "^" + label_m.group(4))], urls)
    # A hard-wrapped list keeps its entries in one paragraph, one per line ("References" heading
    # first, or not): each labelled line starts an entry, so no entry holds the whole list.
    lines = _labelled_lines(line) if "\n" in line and (label_m or headed) else []
    if label_m and label_m.group(2) and not (headed or in_sources) and _prose_item(line, urls, para):
        return None  # "1) My PR got reviewed and landed ... https://...": a numbered list of prose, not references
    if label_m and urls:
        if label_m.group(1) and line.lstrip().startswith("["):
            runs = [(m.start(), m.group(1)) for m in _RUN_SPLIT.finditer(line)]
            if len(runs) > 1:
                return _entries_from(text, para, runs, urls)
        if len(lines) > 1:
            return _entries_from(text, para, lines, urls)
        label = _label_of(label_m)
        return _entries_from(text, para, [(len(line) - len(line.lstrip()), label)], urls)
    if headed and urls:  # "Sources: https://a, https://b"
        if lines and "\n" in line[: lines[0][0]]:  # a heading line, then labelled entries
            return _entries_from(text, para, lines, urls)
        return _entries_from(text, para, [(0, "")], urls)
    if in_sources and (urls or label_m or _BULLET.match(line)):
        if label_m:
            label = _label_of(label_m)
            return _entries_from(text, para, [(len(line) - len(line.lstrip()), label)], urls)
        return _entries_from(text, para, [(0, "")], urls)
    if not label_m and urls and _only_urls(line, urls, para):
        return _entries_from(text, para, [(0, "")], urls) if in_sources else None
    return None


PROSE_ITEM_WORDS = 25  # a numbered entry with more words than this outside its URLs is a list item
_PERSONAL = frozenset(["I", "my", "My", "we", "We", "our", "Our", "you", "You", "your", "Your", "me", "us"])


def _prose_item(line: str, urls: list[FoundURL], para: Span) -> bool:
    """A numbered line that reads as prose: more words outside its URLs than a reference entry holds
    ("1. Reuters, 3 May 2024. Workers sent abroad. https://..." has eight)."""
    rest = line
    for f in sorted(urls, key=lambda f: -f.span.start):
        rest = rest[: max(0, f.span.start - para.start)] + " " + rest[max(0, f.span.end - para.start) :]
    first = rest.split("\n", 1)[0] if "\n" in rest else rest  # the first entry of a hard-wrapped list
    words = re.findall(r"[^\W\d_]+", first)
    if len(words) > PROSE_ITEM_WORDS:
        return True
    personal = sum(w in _PERSONAL for w in words)  # "I looked into", "we shipped": a report, not a source
    return len(words) > 8 and personal > 0


def _label_of(m: re.Match[str]) -> str:
    """The label a ``_LABEL_AT_START`` match opens: "3" for "[3]", "3." and "^3", "^note" for "[^note]:"."""
    return "^" + m.group(4) if m.group(4) else next(g for g in m.groups() if g)


def _labelled_lines(block: str) -> list[tuple[int, str]]:
    """(offset, label) of each line of ``block`` that starts with a reference label."""
    out: list[tuple[int, str]] = []
    pos = 0
    for ln in block.split("\n"):
        m = _LABEL_AT_START.match(ln)
        if m:
            out.append((pos + len(ln) - len(ln.lstrip()), _label_of(m)))
        pos += len(ln) + 1
    return out


def _only_urls(line: str, urls: list, para: Span) -> bool:
    rest = line
    for f in sorted(urls, key=lambda f: -f.span.start):
        rest = rest[: f.span.start - para.start] + rest[f.span.end - para.start :]
    return not re.search(r"[A-Za-z]{3,}", rest)


def _entries_from(text: str, para: Span, starts: list[tuple[int, str]], urls: list[FoundURL]) -> list[Citation]:
    """Cut a paragraph into entries starting at the given (offset-in-line, label) points."""
    out: list[Citation] = []
    bounds = [para.start + s for s, _ in starts] + [para.end]
    urls = sorted(urls, key=lambda f: f.span.start)
    url_starts = [f.span.start for f in urls]  # each entry finds its URLs by binary search, not a scan
    for i, (_, label) in enumerate(starts):
        e_start = bounds[i]
        e_end = bounds[i + 1]
        while e_end > e_start and text[e_end - 1].isspace():
            e_end -= 1
        entry_span = Span(e_start, max(e_start, e_end))
        entry_text = text[entry_span.start : entry_span.end].strip()
        in_entry = urls[bisect_left(url_starts, e_start) : bisect_left(url_starts, e_end)]
        marker = (f"[^{label[1:]}]" if label.startswith("^") else f"[{label}]") if label else None
        if not in_entry:
            if entry_text:
                out.append(
                    Citation(
                        url=None,
                        span=entry_span,
                        kind="reference",
                        marker=marker,
                        label=label or None,
                        in_reference_list=True,
                        entry_span=entry_span,
                        entry_text=entry_text,
                    )
                )
            continue
        for f in in_entry:
            out.append(
                Citation(
                    url=f.url,
                    raw=f.raw,
                    span=f.span,
                    kind="reference",
                    marker=marker,
                    label=label or None,
                    in_reference_list=True,
                    entry_span=entry_span,
                    entry_text=entry_text,
                    breaks=f.breaks,
                )
            )
    return out


def prose_words(doc: Document, s: Sentence) -> int:
    """Words of the sentence outside its links and URLs (CJK counted as two characters a word).

    Memoised per sentence: CIT006 asks once per link, and a sentence may hold thousands.
    """
    memo: dict[int, int] = doc.derived("prose-words", lambda _: {})
    if s.index not in memo:
        memo[s.index] = _prose_words(doc, s)
    return memo[s.index]


def _prose_words(doc: Document, s: Sentence) -> int:
    chars = list(s.text)
    for c in doc.citations_in(s.span):
        for span in (c.span, c.entry_span):
            if span is not None and span.overlaps(s.span):
                a, b = max(span.start, s.span.start) - s.span.start, min(span.end, s.span.end) - s.span.start
                chars[a:b] = " " * (b - a)
    rest = "".join(chars)
    latin = len(re.findall(r"[^\W\d_]{2,}", rest))
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", rest))
    return latin + cjk // 2
