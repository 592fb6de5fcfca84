"""Citation structure: malformed URLs, orphan references, dangling markers (CIT001-CIT003)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.context import Context
from auditor.model import Citation, Document, Finding, Severity, Span
from auditor.reading.urls import repair_scheme, safe_split
from auditor.registry import RuleDocs, rule

_SCHEMES = {"http", "https"}
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$", re.I)
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEME_START = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)(:?)(/*)")
_IPV4ISH = re.compile(r"[\d.]+")


def _excerpt_around(raw: str, index: int, width: int = 18) -> str:
    start = max(0, index - width)
    end = min(len(raw), index + width)
    return ("…" if start else "") + raw[start:end] + ("…" if end < len(raw) else "")


def url_problems(c: Citation) -> Iterator[tuple[Severity, str, str | None, Span | None]]:
    """What is broken about a URL as written: (severity, message, fix, span)."""
    raw = c.raw or c.url or ""
    for b in c.breaks:
        rel = b.start - c.span.start
        yield (
            Severity.ERROR,
            f'The URL contains a space: "{_excerpt_around(raw, rel)}". The link breaks at the space.',
            "remove the space",
            b,
        )
    url = c.url or ""
    repair = repair_scheme(url)
    if repair is not None:
        # One finding for a broken scheme, naming the address meant; the rest of the checks read
        # that address, so "https//example.com" is not also "a host named https".
        fix = f"write {repair.intended}"
        scheme = repair.scheme
        if repair.problem == "misspelt":
            message = f'The scheme "{scheme}://" is misspelt; readers\' browsers will not open it.'
        elif repair.problem == "colon":
            message = f'The URL lacks the colon after "{scheme}".'
        elif repair.problem == "slashes":
            message = f'The URL has {repair.slashes} slash(es) after "{scheme}:"; it needs two.'
        else:
            message = f"The URL repeats its scheme ({scheme}://{scheme}://…)."
        yield Severity.ERROR, message, fix, None
        url = repair.intended
    m = None if url.lower().startswith("www.") else _SCHEME_START.match(url)
    if not m:
        if not url.lower().startswith("www."):
            yield Severity.ERROR, f'"{url[:60]}" does not start with a scheme such as https://.', None, None
            return
    elif repair is None:
        scheme, colon, slashes = m.group(1), m.group(2), m.group(3)
        if scheme.lower() not in _SCHEMES and scheme.lower() not in ("ftp", "ftps"):
            yield Severity.WARNING, f'The scheme "{scheme}:" is not a web link (http or https).', None, None
        elif not colon:
            yield Severity.ERROR, f'The URL lacks the colon after "{scheme}".', f"write {scheme}://", None
        elif len(slashes) != 2:
            yield Severity.ERROR, f'The URL has {len(slashes)} slash(es) after "{scheme}:"; it needs two.', None, None
    parts = safe_split(url if "://" in url else "http://" + url.lstrip("/"))
    if parts is None:
        yield Severity.ERROR, "The URL cannot be parsed (bad port or brackets).", None, None
        return
    host = parts.hostname or ""
    if not host:
        yield Severity.ERROR, "The URL has no host name.", None, None
    elif not host.startswith("["):
        labels = host.rstrip(".").split(".")
        ascii_host = host.isascii()
        is_ip = bool(_IPV4ISH.fullmatch(host))
        if ascii_host and not is_ip and host != "localhost":
            if len(labels) < 2:
                yield Severity.ERROR, f'The host "{host}" has no domain ending (such as .com).', None, None
            elif any(not _HOST_LABEL.match(label) for label in labels):
                yield Severity.ERROR, f'The host "{host}" contains characters a domain name cannot hold.', None, None
            elif labels[-1].isdigit():
                yield Severity.ERROR, f'The host "{host}" ends in a number, not a domain ending.', None, None
    after_host = url.split(host, 1)[1] if host and host in url else ""
    # An HTML href is written by the CMS, not typed: browsers encode it, so only typed URLs are judged.
    typed = c.kind != "anchor"
    non_ascii = [] if after_host.isascii() or not typed else sorted({ch for ch in after_host if ord(ch) > 127})
    if non_ascii:
        shown = ", ".join(f'"{ch}"' for ch in non_ascii[:5])
        yield (
            Severity.WARNING,
            f"The URL has unencoded non-ASCII characters in its path ({shown}); "
            "many tools and some browsers mangle them, and the copy may not match the real address.",
            "copy the address from the browser's address bar, which percent-encodes them",
            None,
        )
    if _BAD_PERCENT.search(after_host):
        yield Severity.WARNING, 'The URL has a "%" that does not start a %XX escape.', None, None
    opens, closes = url.count("("), url.count(")")
    if closes > opens or url.endswith(("(", "[", "<")):
        yield Severity.WARNING, "The URL carries stray punctuation from the sentence around it.", None, None


@rule(
    "CIT001",
    "malformed-url",
    "citations",
    Severity.ERROR,
    "a cited URL that is broken as written",
    RuleDocs(
        what="""
        Flags a cited URL that cannot work as written: a space inside it, a misspelt or missing
        scheme (`htp://`, `https:/`), a host that is not a domain, unencoded non-ASCII characters
        in the path, a broken `%` escape, or stray punctuation from the sentence around it.
        """,
        why="""
        Readers click the link and land on an error page; fact-checkers cannot reach the source.
        A URL broken this way was usually retyped or pasted from a PDF, so it may not be the
        address the writer meant.
        """,
        flag="[1] https://www.example-news.de/politik/story- article1234.html",
        ok="[1] https://www.example-news.de/politik/story-article1234.html",
        silence="Fix the URL by copying it from the browser's address bar.",
    ),
)
def check_malformed(doc: Document, ctx: Context) -> Iterator[Finding]:
    for c in doc.citations:
        if not c.url:
            continue
        for severity, message, fix, span in url_problems(c):
            yield Finding(
                "CIT001",
                span or c.span,
                message,
                severity=severity,
                related=_related(c),
                fix=fix,
                evidence={"url": c.raw or c.url},
            )


def _related(c: Citation) -> list[Span]:
    return [s for s in c.cited_by if not s.overlaps(c.span)]


@rule(
    "CIT002",
    "orphan-reference",
    "citations",
    Severity.WARNING,
    "a numbered reference-list entry that no sentence cites",
    RuleDocs(
        what="""
        Flags an entry of a numbered reference list (`[3] https://…`, `3. https://…`, a Markdown
        footnote definition) whose number no marker in the body (`[3]`, `[^3]`) points to.
        Unnumbered "Sources:" lists are left alone: they do not promise a marker.
        """,
        why="""
        A reader cannot tell which claim an uncited reference supports, so it supports none; a list
        of references that nothing cites often means the links were added after the fact.
        """,
        flag="""
        North Korea sent 6,000 workers.
        [1] https://example.org/news/2025/06/17/workers
        """,
        ok="""
        North Korea sent 6,000 workers [1].
        [1] https://example.org/news/2025/06/17/workers
        """,
        silence="Cite the entry where it supports a claim, or delete it.",
    ),
)
def check_orphans(doc: Document, ctx: Context) -> Iterator[Finding]:
    seen: set[tuple[int, int]] = set()
    for c in doc.citations:
        if not c.in_reference_list or not c.label or c.cited_by:
            continue
        span = c.entry_span or c.span
        key = (span.start, span.end)
        if key in seen:
            continue
        seen.add(key)
        marker = c.marker or f"[{c.label}]"
        yield Finding(
            "CIT002",
            span,
            f"Reference {marker} is listed but no sentence cites it.",
            evidence={"label": c.label, "url": c.url},
            fix=f"add {marker} after the claim it supports, or remove the entry",
        )


@rule(
    "CIT003",
    "dangling-citation",
    "citations",
    Severity.ERROR,
    "a citation marker in the body with no matching reference",
    RuleDocs(
        what="""
        Flags a marker in the body (`[7]`, `[2, 5]`, `[3-4]`, `[^note]`) whose number or label
        has no entry in the article's reference list.
        """,
        why="""
        The marker tells readers a source exists; when none does, the claim looks sourced but is
        not. Often the list was cut or renumbered during editing.
        """,
        flag="""
        Officials confirmed the figure [7].
        [1] https://example.org/a
        """,
        ok="""
        Officials confirmed the figure [1].
        [1] https://example.org/a
        """,
        silence="Restore the missing entry or remove the marker.",
    ),
)
def check_dangling(doc: Document, ctx: Context) -> Iterator[Finding]:
    labels = {c.label for c in doc.citations if c.in_reference_list and c.label}
    reported: set[tuple[int, str]] = set()
    for mk in doc.markers:
        if mk.label in labels or (mk.span.start, mk.label) in reported:
            continue
        reported.add((mk.span.start, mk.label))
        shown = f"[^{mk.label[1:]}]" if mk.label.startswith("^") else f"[{mk.label}]"
        where = "the reference list has no such entry" if labels else "the article has no reference list"
        yield Finding(
            "CIT003",
            mk.span,
            f"Citation marker {shown} points to nothing: {where}.",
            evidence={"label": mk.label},
        )
