"""What a fetched HTML page says about itself: title, lead, date, language, warnings.

One streaming pass of the standard library's tolerant ``html.parser`` over the
(size-capped) body collects what we need; no tree is built, so a 2 MB page costs
one parse. The publication date is taken, in order of trust, from JSON-LD
``datePublished``, publication-date meta tags, a ``<time>`` marked as the
publication date, and a date in the URL (``/2024/03/14/``). docs/online.md
gives the figures of this order against htmldate on 200 labelled news pages.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from html.parser import HTMLParser
from typing import Any

from auditor.reading.loaders.html import PLACEHOLDER, defuse_markup
from auditor.reading.loaders.html import parse_date_value as _iso_date

LEAD_CHARS = 400
_SPACE = re.compile(r"\s+")
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button"}

# meta keys (lower-case name/property/itemprop) that carry the publication date, most trusted first
_DATE_KEYS = (
    "article:published_time",
    "bt:pubdate",
    "og:article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "date_published",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "dc.date",
    "dcterms.date",
    "date",
)
_DATE_RANK = {k: i for i, k in enumerate(_DATE_KEYS)}
_URL_DATE = (
    re.compile(r"/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:/|[_-]|\.|$)"),
    re.compile(r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|[_-]|\.|$)"),
)
_NOT_FOUND_TITLE = re.compile(
    r"\b(?:page (?:was )?not found|page (?:does not|doesn't|cannot be found|can't be found|could not be found)|"
    r"(?:page|article|content) (?:is )?no longer (?:available|exists)|seite nicht gefunden|page introuvable|"
    r"página no encontrada|pagina non trovata|error 404|404 error|404 not found)\b",
    re.I,
)
_SHORT_NOT_FOUND = re.compile(r"\b(?:404|not found)\b", re.I)  # only in a short title
_BOT_WALL_TITLE = re.compile(
    r"^(?:just a moment|attention required|access denied|are you a robot|security check|"
    r"please verify you are a human|verifying you are human|pardon our interruption|captcha|"
    r"ddos-guard|one more step|before you continue|we value your privacy|cookie consent|"
    r"privacy (?:settings|preferences)|consent)\b",
    re.I,
)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.times: list[tuple[str, bool]] = []  # (datetime, marked as publication date)
        self.lang: str | None = None
        self.lead: list[str] = []
        self._lead_len = 0
        self._in: str | None = None  # title | h1 | jsonld | p
        self._skip = 0
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang") and not self.lang:
            self.lang = a["lang"].strip()
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or "").lower()
            content = a.get("content") or a.get("datetime") or ""
            if key and content and key not in self.meta:
                self.meta[key] = content.strip()
        elif tag == "time" and a.get("datetime"):
            marked = (
                "pubdate" in a
                or a.get("itemprop", "").lower() == "datepublished"
                or "publish" in (a.get("class", "") + a.get("id", "")).lower()
            )
            if marked or not self._skip:
                self.times.append((a["datetime"], marked))
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self._in, self._buf = "jsonld", []
            return
        if tag in _SKIP:
            self._skip += 1
        elif tag == "title" and not self.title_parts and self._in is None:
            self._in, self._buf = "title", []
        elif tag == "h1" and not self.h1_parts and self._in is None:
            self._in, self._buf = "h1", []
        elif tag == "p" and self._in is None and not self._skip and self._lead_len < LEAD_CHARS:
            self._in, self._buf = "p", []

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip and not (tag == "script" and self._in == "jsonld"):
            self._skip -= 1
        if self._in == "jsonld" and tag == "script":
            self.jsonld.append("".join(self._buf))
        elif self._in == "title" and tag == "title":
            self.title_parts = ["".join(self._buf)]
        elif self._in == "h1" and tag == "h1":
            self.h1_parts = ["".join(self._buf)]
        elif self._in == "p" and tag == "p":
            text = _SPACE.sub(" ", "".join(self._buf)).strip()
            if len(text) >= 40:  # skip bylines, captions, cookie one-liners
                self.lead.append(text)
                self._lead_len += len(text)
        else:
            return
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None and (self._in in ("jsonld", "title") or not self._skip):
            self._buf.append(data.replace(PLACEHOLDER, "<") if PLACEHOLDER in data else data)


def _clean(text: str | None, limit: int = 300) -> str | None:
    if not text:
        return None
    text = _SPACE.sub(" ", text).strip()
    return text[:limit] or None


def _jsonld_facts(raw_scripts: list[str]) -> dict[str, Any]:
    """datePublished, headline, inLanguage and isAccessibleForFree from JSON-LD blocks."""
    out: dict[str, Any] = {}
    for raw in raw_scripts:
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < 500:
            seen += 1
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
                continue
            if not isinstance(item, dict):
                continue
            if "datePublished" in item and "published" not in out:
                date = parse_date_value(item.get("datePublished"))
                if date:
                    out["published"] = date
            if isinstance(item.get("headline"), str) and "headline" not in out:
                out["headline"] = item["headline"]
            if isinstance(item.get("inLanguage"), str) and "language" not in out:
                out["language"] = item["inLanguage"]
            free = item.get("isAccessibleForFree")
            if free in (False, "False", "false") and "paywalled" not in out:
                out["paywalled"] = True
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return out


_SLASHED = re.compile(r"\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b")


def parse_date_value(value: object) -> dt.date | None:
    """ISO dates, ``2020/10/04 15:05``, ``20200413T16:38Z`` and RFC 2822 dates (``Sun, 11 Oct 2020``)."""
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        return None
    found = _iso_date(value)
    if found:
        return found
    m = _SLASHED.search(value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return when.date() if when else None


def url_date(url: str) -> dt.date | None:
    """A date written in the URL path (``/2024/03/14/``, ``-20240314``)."""
    for pattern in _URL_DATE:
        m = pattern.search(url)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def publication_date(
    meta: dict[str, str], jsonld: dict[str, Any], times: list[tuple[str, bool]], url: str
) -> tuple[dt.date | None, str | None]:
    """The page's own publication date and where it came from."""
    og = parse_date_value(meta.get("article:published_time"))
    if og:
        return og, "meta article:published_time"
    if jsonld.get("published"):
        return jsonld["published"], "json-ld datePublished"
    best: tuple[int, dt.date, str] | None = None
    for key, value in meta.items():
        rank = _DATE_RANK.get(key)
        if rank is None:
            continue
        date = parse_date_value(value)
        if date and (best is None or rank < best[0]):
            best = (rank, date, key)
    if best:
        return best[1], f"meta {best[2]}"
    for value, marked in times:
        date = parse_date_value(value)
        if date and marked:
            return date, "time element marked as publication date"
    date = url_date(url)
    if date:
        return date, "url"
    for value, _ in times[:1]:
        date = parse_date_value(value)
        if date:
            return date, "time element"
    return None, None


def page_facts(html: str, url: str) -> dict[str, Any]:
    """Facts about one HTML page, as plain picklable values."""
    parser = _PageParser()
    try:
        parser.feed(defuse_markup(html))  # no quadratic parse on a hostile page (gh-135462)
        parser.close()
    except Exception:  # html.parser is tolerant; never let a hostile page stop the run
        pass
    meta = parser.meta
    jsonld = _jsonld_facts(parser.jsonld)
    title_tag = _clean("".join(parser.title_parts))
    title = (
        _clean(meta.get("og:title")) or title_tag or _clean(jsonld.get("headline")) or _clean("".join(parser.h1_parts))
    )
    published, source = publication_date(meta, jsonld, parser.times, url)
    language = parser.lang or jsonld.get("language") or meta.get("content-language") or meta.get("og:locale")
    lead = _clean(" ".join(parser.lead), LEAD_CHARS)
    description = _clean(meta.get("og:description") or meta.get("description"))
    shown_title = title_tag or title or ""
    return {
        "title": title,
        "html_title": title_tag,
        "description": description,
        "lead": lead,
        "published": published.isoformat() if published else None,
        "published_source": source,
        "language": _clean(language, 20),
        "paywalled": bool(jsonld.get("paywalled")),
        "says_not_found": _says_not_found(shown_title),
        "bot_wall": bool(_BOT_WALL_TITLE.search(shown_title)) if shown_title else False,
    }


def _says_not_found(title: str) -> bool:
    """A title that announces an error page ("Page not found", "404 | Example News")."""
    if not title:
        return False
    if _NOT_FOUND_TITLE.search(title):
        return True
    return len(title.split()) <= 6 and bool(_SHORT_NOT_FOUND.search(title))
