"""Turn a file (or a string, in tests) into a :class:`~auditor.model.Document`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from auditor.config import DEFAULT_MAX_FILE_SIZE, EXTENSIONS
from auditor.model import DocMeta, Document
from auditor.reading import citations
from auditor.reading.loaders.reading import Decoded, Unreadable, read_source
from auditor.reading.segment import join_soft_breaks, plain_paragraphs, split_sentences
from auditor.reading.textmap import SourceMap

_FENCE = re.compile(r"[ ]{0,3}(```|~~~)")
_ESM = re.compile(r"(?:import|export)\b")


def blank_mdx_esm(text: str, start: int = 0) -> str:
    """MDX's ``import``/``export`` blocks (a paragraph opening with either word, outside code
    fences) are code, not prose: blanked with spaces so that every offset stays where it was."""
    out: list[str] = [text[:start]]
    fenced = False
    esm = False
    previous_blank = True
    for line in text[start:].splitlines(keepends=True):
        if _FENCE.match(line):
            fenced = not fenced
        blank = not line.strip()
        if blank:
            esm = False
        elif not fenced and previous_blank and _ESM.match(line):
            esm = True
        out.append("".join(c if c in "\r\n" else " " for c in line) if esm else line)
        previous_blank = blank
    return "".join(out)


def format_for(path: str | Path) -> str:
    return EXTENSIONS.get(Path(path).suffix.lower(), "text")


def load_path(path: Path, display: str | None = None, max_size: int = DEFAULT_MAX_FILE_SIZE) -> Document:
    """Load a file; unreadable files become a document that says why (never an exception)."""
    display = display or str(path)
    fmt = format_for(path)
    raw = read_source(path, max_size)
    if isinstance(raw, Unreadable):
        doc = Document(path=display, text="", source_map=SourceMap.identity(""), meta=DocMeta(format=fmt))
        doc.meta.size_bytes = raw.size
        doc.not_audited = raw.reason
        doc.meta.encoding = raw.severity  # carried to the AUD002 finding's severity
        return doc
    return load_text(raw.text, display, fmt, decoded=raw)


def load_text(text: str, path: str = "article.txt", fmt: str | None = None, decoded: Decoded | None = None) -> Document:
    """Build a document from already-decoded text (what tests use directly)."""
    fmt = fmt or format_for(path)
    if text.startswith("\ufeff"):
        text = text[1:]
    meta = DocMeta(format=fmt)
    if decoded is not None:
        meta.encoding = decoded.encoding
        meta.encoding_note = decoded.note
        meta.size_bytes = decoded.size
    else:
        meta.size_bytes = len(text.encode("utf-8", "surrogatepass"))
    links: list[citations.LinkRef] = []
    comments = []
    if fmt == "markdown":
        from auditor.reading.loaders.markdown import reduce_markdown, split_front_matter
        from auditor.reading.loaders.templates import blank_templates

        front, body_start, problem, problem_line = split_front_matter(text)
        if path.lower().endswith(".mdx"):
            text = blank_mdx_esm(text, body_start)
        text = blank_templates(text, body_start)  # {% image %}, {{< figure >}}: the generator's, not prose
        meta.front_matter = front
        if problem:
            meta.front_matter_note = (problem, problem_line)
        body, smap, paragraphs, links, comments, meta.code = reduce_markdown(text, body_start)
        _front_matter_meta(meta, front)
    elif fmt == "html":
        from auditor.reading.loaders.html import body_note, extract_body_checked, extract_metadata
        from auditor.reading.loaders.maincontent import leave_out_listing, no_article_note, select_main_content
        from auditor.reading.pagedate import page_tree
        from auditor.reading.pagekind import feed_note, listing_note, page_shape

        body, smap, paragraphs, links, comments, coverage = extract_body_checked(text)
        meta.body_note = body_note(coverage, len(body.split()))
        root = page_tree(text)
        if meta.body_note is None and feed_note(text):  # a syndication feed: no article at all
            meta.body_note = feed_note(text)
            body, paragraphs, links, meta.main_content = leave_out_listing(body, paragraphs)
        elif meta.body_note is None and root is not None:  # read in full, but perhaps a home page or listing
            meta.body_note = listing_note(page_shape(root, text))
        partial = meta.body_note is not None and meta.main_content is None
        try:
            info = extract_metadata(text, root)
        except Exception:  # broken markup: keep the body, lose the metadata
            info = {}
        if meta.body_note is None or partial:  # keep only the article; a page read in part or a listing: by shape
            body, paragraphs, links, meta.main_content = select_main_content(
                text,
                body,
                paragraphs,
                links,
                coverage.max_depth,
                coverage.elements,
                coverage.blocks,
                info.get("url"),
                ask_extractor=not partial,
            )
            if meta.main_content.no_article:  # nothing but links, menus and teasers: not graded as an article
                meta.body_note = no_article_note(meta.main_content)
        meta.title = info.get("title")
        meta.url = info.get("url")
        meta.site_url = info.get("site_url")
        if info.get("published"):
            meta.published = info["published"]
            meta.published_source = "meta"
            meta.published_confidence = "high"
            meta.published_detail = info.get("published_detail")
    else:
        body, smap = text, SourceMap.identity(text)
        paragraphs = plain_paragraphs(text)
    paragraphs = citations.split_entry_lines(body, paragraphs)
    body = join_soft_breaks(body, paragraphs)
    doc = Document(path=path, text=body, source_map=smap, meta=meta, paragraphs=paragraphs, comments=comments)
    doc.sentences = split_sentences(body, paragraphs)
    citations.extract(doc, links)
    if not meta.title:
        meta.title = _first_line_title(doc)
    if not meta.published:
        _file_name_date(meta, path)
    return doc


def _address_date(value: str) -> dt.date | None:
    """A /YYYY/MM/DD/-style date in a site path ("2014/12/12/1.0-Timeline"), read as the URL rules read it."""
    from auditor.language.dating import url_date

    found = url_date("https://site.invalid/" + value.strip().lstrip("/"))
    return found.start if found is not None and found.start == found.end and found.start.year >= 1990 else None


_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?=[-_.])")


def _file_name_date(meta: DocMeta, path: str) -> None:
    """A date the file is named by (``2016-11-30-title.md``: Jekyll's and Hugo's post convention).

    Used only when the front matter or the page gives none: static-site posts often carry
    their date in the name alone, and without it every "in August" would be undated.
    """
    posix = path.replace("\\", "/")
    name = posix.rsplit("/", 1)[-1]
    m = _NAME_DATE.match(name)
    if m is None:
        folders = posix.rsplit("/", 1)[0] + "/" if "/" in posix else ""
        day = _address_date(folders)  # content/2016/11/30/post.md
        if day:
            meta.published = day
            meta.published_source = "file-name"
            meta.published_confidence = "high"
            meta.published_detail = f"the date in the file's folders ({folders[-40:]})"
        return
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return
    if day.year < 1990:
        return
    meta.published = day
    meta.published_source = "file-name"
    meta.published_confidence = "high"
    meta.published_detail = f"the date the file is named by ({name[: m.end()]})"


def _front_matter_meta(meta: DocMeta, front: dict) -> None:
    from auditor.reading.pagedate import parse_date_value

    title = front.get("title")
    if isinstance(title, str) and title.strip():
        meta.title = title.strip()
    for key in ("date", "published", "publish_date", "pubdate", "published_at", "datePublished"):
        value = front.get(key)
        if value is None:
            continue
        import datetime as dt

        date = value.date() if isinstance(value, dt.datetime) else value if isinstance(value, dt.date) else None
        date = date or parse_date_value(str(value))
        if date:
            meta.published = date
            meta.published_source = "front-matter"
            meta.published_confidence = "high"
            meta.published_detail = f"front matter `{key}`"
            return
    for key in ("path", "permalink", "url", "slug", "aliases"):  # Zola, Jekyll, Hugo: a dated address
        value = front.get(key)
        value = value[0] if isinstance(value, list) and value else value
        day = _address_date(value) if isinstance(value, str) else None
        if day:
            meta.published = day
            meta.published_source = "front-matter"
            meta.published_confidence = "high"
            meta.published_detail = f"the date in front matter `{key}` ({value[:60]})"
            return


def _first_line_title(doc: Document) -> str | None:
    """A headline-like first paragraph: short, no final full stop."""
    if not doc.paragraphs:
        return None
    first = doc.text[doc.paragraphs[0].start : doc.paragraphs[0].end].strip()
    if 0 < len(first) <= 160 and not first.endswith((".", "!", "?", ":", ";")) and "\n" not in first:
        return first
    return None
