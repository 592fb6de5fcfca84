"""What a fetched HTML page says about itself: title, lead, date, language, warnings.

One streaming pass of the standard library's tolerant ``html.parser`` over the
(size-capped) body collects title, lead, language and warnings. The publication
date comes from :func:`auditor.reading.pagedate.page_date`, the one HTML date
reader the loader uses too (its figures against htmldate: bench/eval_dates.py).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

from auditor.reading.loaders.html import PLACEHOLDER, defuse_markup
from auditor.reading.pagedate import page_date

LEAD_CHARS = 400
_SPACE = re.compile(r"\s+")
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button"}

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
    """headline, inLanguage and isAccessibleForFree from JSON-LD blocks (the date is pagedate's)."""
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
            if isinstance(item.get("headline"), str) and "headline" not in out:
                out["headline"] = item["headline"]
            if isinstance(item.get("inLanguage"), str) and "language" not in out:
                out["language"] = item["inLanguage"]
            free = item.get("isAccessibleForFree")
            if free in (False, "False", "false") and "paywalled" not in out:
                out["paywalled"] = True
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return out


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
    found = page_date(html, url)
    language = parser.lang or jsonld.get("language") or meta.get("content-language") or meta.get("og:locale")
    lead = _clean(" ".join(parser.lead), LEAD_CHARS)
    description = _clean(meta.get("og:description") or meta.get("description"))
    shown_title = title_tag or title or ""
    return {
        "title": title,
        "html_title": title_tag,
        "description": description,
        "lead": lead,
        "published": found.date.isoformat() if found else None,
        "published_source": found.source if found else None,
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
