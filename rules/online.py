"""Online checks of cited pages: dead links, soft 404s, unverifiable links, page dates, topics (NET001-NET005).

These rules run only with ``--online``. They never fetch anything themselves:
the runner calls :func:`auditor.online.check_pages` once for the whole run and
hands each document the page facts in ``ctx.pages`` (keyed by normalised URL).
This module must not import the online stack: it is loaded on offline runs too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from auditor.context import Context
from auditor.language.languageid import looks_english
from auditor.language.online_topic import unrelated
from auditor.model import Citation, Document, Finding, Severity, Span
from auditor.reading.urls import normalise_url, registrable_domain
from auditor.registry import RuleDocs, enricher, get_rule, rule

try:  # full date extraction, when the dates family is installed
    from auditor.language import dating as _dating
except ImportError:  # pragma: no cover - depends on the branch
    _dating = None

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_YEAR = re.compile(
    rf"\b(?:in|since|during|until|through|by|from|of|early|late|mid|spring|summer|autumn|fall|winter|{_MONTHS})"
    r"[\s-]+(?:\d{1,2},?\s+)?((?:19[5-9]|20\d)\d)\b",
    re.I,
)


def _cited(doc: Document, ctx: Context) -> Iterator[tuple[Citation, dict[str, Any], list[Span]]]:
    """Each distinct cited URL once (first citation), its page facts, and every sentence citing it."""
    if not ctx.pages:
        return
    first: dict[str, Citation] = {}
    related: dict[str, list[Span]] = {}
    for c in doc.citations:
        if not c.url:
            continue
        key = normalise_url(c.url)
        if key not in ctx.pages:
            continue
        first.setdefault(key, c)
        spans = related.setdefault(key, [])
        spans.extend(s for s in c.cited_by if s not in spans)
    for key, c in sorted(first.items(), key=lambda kv: (kv[1].span.start, kv[0])):
        facts = ctx.pages[key]
        if isinstance(facts, dict):
            yield c, facts, sorted(s for s in related[key] if not s.overlaps(c.span))


def _finding(code: str, c: Citation, message: str, related: list[Span], facts: dict[str, Any], **more: Any) -> Finding:
    evidence = {
        "url": c.url,
        "final_url": facts.get("final_url"),
        "status": facts.get("status"),
        "from_cache": facts.get("from_cache"),
    }
    evidence.update(more.pop("evidence", {}))
    return Finding(code, c.span, message, related=related, evidence=evidence, **more)


def _archive_note(facts: dict[str, Any]) -> tuple[str, str | None]:
    url = facts.get("archive_url")
    if not url:
        return "", None
    stamp = str(facts.get("archive_timestamp") or "")
    when = ""
    if len(stamp) >= 8 and stamp[:8].isdigit():
        try:
            when = " from " + _human(dt.date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])))
        except ValueError:
            when = ""
    return f" The Wayback Machine has a copy{when}: {url}", f"cite the archived copy {url} or a live source"


def _human(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


@rule(
    "NET001",
    "dead-link",
    "citations",
    Severity.ERROR,
    "online: the cited page is gone (404/410, unknown host, refused connection)",
    RuleDocs(
        what="""
        With `--online`, flags a cited URL whose server answers 404 (not found) or 410 (gone),
        whose host name does not resolve, or whose server refuses the connection. When the
        Wayback Machine holds a copy, the message gives its address (skip the look-up with
        `--no-archive`).
        """,
        why="""
        Readers who click the link find nothing, and the claim it supported is left without a
        source. Archived copies keep the evidence reachable.
        """,
        flag="Officials confirmed the figure [1].\n[1] https://example.org/news/2019/removed-story (answers 404)",
        ok="Officials confirmed the figure [1].\n[1] https://example.org/news/2019/live-story (answers 200)",
        silence="Replace the link with a live source or the archived copy.",
    ),
    online=True,
)
def check_dead(doc: Document, ctx: Context) -> Iterator[Finding]:
    for c, facts, related in _cited(doc, ctx):
        if facts.get("verdict") != "dead":
            continue
        note, fix = _archive_note(facts)
        yield _finding(
            "NET001",
            c,
            f"This link is dead: {facts.get('reason') or facts.get('error')}.{note}",
            related,
            facts,
            fix=fix or "replace the link with a live source",
            evidence={"error_kind": facts.get("error_kind"), "archive_url": facts.get("archive_url")},
        )


@rule(
    "NET002",
    "soft-404",
    "citations",
    Severity.WARNING,
    "online: the link lands on a home page, a section page or a 'not found' page served as 200",
    RuleDocs(
        what="""
        With `--online`, flags a cited URL that answers as if it worked but does not show the
        cited page: it redirects to the site's home page or to a section page, its title says the
        page is missing, or it returns exactly what the site returns for a made-up address on the
        same site (auditor asks for one random address per site to know what "missing" looks like).
        """,
        why="""
        Ordinary link checkers call these links fine, yet the source the writer saw is gone; the
        claim is left unsupported while the report looks clean.
        """,
        flag="[1] https://example.org/news/2021/05/story (redirects to https://example.org/)",
        ok="[1] https://example.org/news/2021/05/story (redirects to https://www.example.org/news/2021/05/story)",
        silence="Find the page's new address, or cite the archived copy.",
    ),
    online=True,
)
def check_soft_404(doc: Document, ctx: Context) -> Iterator[Finding]:
    for c, facts, related in _cited(doc, ctx):
        if facts.get("verdict") != "soft_404":
            continue
        note, fix = _archive_note(facts)
        yield _finding(
            "NET002",
            c,
            f"This link no longer shows the cited page: {facts.get('soft_404_reason')}.{note}",
            related,
            facts,
            fix=fix or "find the page's new address or another source",
            evidence={"reason": facts.get("soft_404_reason"), "archive_url": facts.get("archive_url")},
        )


@rule(
    "NET003",
    "unverifiable-link",
    "citations",
    Severity.INFO,
    "online: the cited page could not be checked (blocked, timeout, too large, not HTML, refused)",
    RuleDocs(
        what="""
        With `--online`, notes a cited URL that auditor could not check: the server refused
        (401, 403, 429, 999) or showed a bot check or consent page, did not answer in time, failed
        with a 5xx status, had an invalid certificate, sent a page that was too large or not HTML
        (a PDF), redirected in a loop, no site at all could be reached (the computer is offline),
        or the address was refused by the safety rules (a private or local address, which auditor
        never fetches unless `--allow-private` is given).
        """,
        why="""
        It is information, not an error: the link may be fine, but nobody has confirmed it. Check
        it by hand if the claim matters.
        """,
        flag="[1] https://example.org/report.pdf (a PDF: auditor does not read it)",
        ok="[1] https://example.org/news/story (an HTML page that answers 200)",
        silence="Open the link in a browser to confirm it, then ignore NET003 for the file.",
    ),
    online=True,
)
def check_unverifiable(doc: Document, ctx: Context) -> Iterator[Finding]:
    for c, facts, related in _cited(doc, ctx):
        if facts.get("verdict") != "unverifiable":
            continue
        reason = facts.get("reason") or facts.get("error") or "no usable answer"
        extra = ""
        if facts.get("error_kind") == "refused":
            extra = " auditor never fetches private or local addresses unless --allow-private is given."
        yield _finding(
            "NET003",
            c,
            f"auditor could not check this link: {reason}.{extra}",
            related,
            facts,
            evidence={"error_kind": facts.get("error_kind")},
        )


def _event_dates(doc: Document, spans: list[Span], skip: list[Span], until: dt.date) -> list[dt.date]:
    """Earliest-first start dates of the events the citing sentences mention, up to ``until``.

    Later dates are projections ("by 2030"), not events a source must postdate.
    """
    return [d for d in _all_event_dates(doc, spans, skip) if d <= until]


def _all_event_dates(doc: Document, spans: list[Span], skip: list[Span]) -> list[dt.date]:
    found: list[dt.date] = []
    for s in spans:
        if _dating is not None:
            try:
                mentions = _dating.extract_dates(doc.text, s.start, s.end, skip)
                found.extend(m.start for m in mentions if m.start and not m.relative and m.kind != "since")
                continue
            except Exception:  # another family's helper must not stop this rule
                pass
        for m in _YEAR.finditer(doc.text, s.start, s.end):
            if not any(k.start <= m.start(1) < k.end for k in skip):
                found.append(dt.date(int(m.group(1)), 1, 1))
    return sorted(found)


@rule(
    "NET004",
    "page-date-conflict",
    "dates",
    Severity.WARNING,
    "online: the fetched page's own date makes the citation stale or from the future",
    RuleDocs(
        what="""
        With `--online`, compares the publication date the cited page gives itself (metadata,
        JSON-LD, a `<time>` element) with the sentence citing it and the article: flags a page
        dated more than `max-age-days` (default 365) before the earliest event the citing sentence
        dates, or dated after the article itself (with `grace-days`, default 1, for time zones).
        It stays silent when the sentence names the page's year (background, "in a 2019 report")
        and when DAT001/DAT002 already judge the same date.
        """,
        why="""
        A page's own date is better evidence than its URL: an old story cited for this year's
        events, or a source published after the article, usually means the wrong link.
        """,
        flag="The strike ended in March 2025 [1].\n[1] https://example.org/story (the page is dated 2 May 2022)",
        ok="In a 2022 report, the union described the strike [1].\n[1] https://example.org/story (dated 2 May 2022)",
        silence="Cite a page from the time of the events, or say in the sentence when the source was published.",
    ),
    online=True,
    options={"max-age-days": 365, "grace-days": 1},
)
def check_page_date(doc: Document, ctx: Context) -> Iterator[Finding]:
    opts = ctx.options("NET004", {"max_age_days": 365, "grace_days": 1})
    try:
        max_age, grace = int(opts["max_age_days"]), int(opts["grace_days"])
    except (TypeError, ValueError):
        max_age, grace = 365, 1
    dat_judges = {code: _dat_active(ctx, code) for code in ("DAT001", "DAT002")}
    skip = [c.span for c in doc.citations]
    for c, facts, related in _cited(doc, ctx):
        page_date = _iso(facts.get("published"))
        if page_date is None or facts.get("verdict") != "ok":
            continue
        judged = c.date == page_date  # DAT001/DAT002 judge the citation's date
        source = _date_source(facts.get("published_source"))
        evidence = {"page_date": page_date.isoformat(), "page_date_source": facts.get("published_source")}
        article = doc.meta.published
        if article and page_date > article + dt.timedelta(days=grace):
            if judged and dat_judges["DAT002"]:
                continue
            yield _finding(
                "NET004",
                c,
                f"The cited page is dated {_human(page_date)} ({source}), after the article itself "
                f"({_human(article)}): a source cannot be cited before it exists.",
                related,
                facts,
                evidence={**evidence, "article_date": article.isoformat()},
                fix="check that the link is the source the writer used",
            )
            continue
        events = _event_dates(doc, related or c.cited_by, skip, article or ctx.as_of)
        if not events or (judged and dat_judges["DAT001"]):
            continue
        earliest = events[0]
        written = any(str(page_date.year) in doc.text[s.start : s.end] for s in (related or c.cited_by))
        if written or earliest - page_date <= dt.timedelta(days=max_age):
            continue
        yield _finding(
            "NET004",
            c,
            f"The cited page is dated {_human(page_date)} ({source}); the sentence citing it dates the "
            f"events to {_when(earliest)}.",
            related,
            facts,
            evidence={**evidence, "event_date": earliest.isoformat()},
            fix="cite a source from the time of the events, or say when the source was published",
        )


def _date_source(source: Any) -> str:
    text = str(source or "")
    if text.startswith("json-ld"):
        return "from its structured data"
    if text.startswith("meta"):
        return "from its metadata"
    if text.startswith("time"):
        return "from its <time> element"
    if text == "url":
        return "from the date in its address"
    if text == "byline":
        return "from its byline"
    return "by the page itself"


def _when(d: dt.date) -> str:
    if d.month == 1 and d.day == 1:
        return str(d.year)
    return f"{d.strftime('%B')} {d.year}" if d.day == 1 else _human(d)


def _dat_active(ctx: Context, code: str) -> bool:
    return get_rule(code) is not None and ctx.config.enabled(code)


def _iso(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


@rule(
    "NET005",
    "page-topic-mismatch",
    "citations",
    Severity.WARNING,
    "online: the fetched page's title and lead share nothing with the claim citing it",
    RuleDocs(
        what="""
        With `--online`, flags a cited page whose title, description and opening paragraphs share
        no content word or figure with the sentences that cite it, the link text and the
        article's title. It only judges English pages and claims that say enough to compare.
        """,
        why="""
        A link to an unrelated page is often a copy-paste slip or a made-up citation; either way
        the claim is not supported by what the reader will find.
        """,
        flag=(
            "Wheat exports through Odesa doubled last quarter [1].\n"
            "[1] https://example.org/x (page title: 'Ten easy pasta recipes for busy weeknights')"
        ),
        ok=(
            "Wheat exports through Odesa doubled last quarter [1].\n"
            "[1] https://example.org/x (page title: 'Odesa grain shipments double as corridor holds')"
        ),
        silence="Check that the link points to the intended source.",
    ),
    online=True,
)
def check_topic(doc: Document, ctx: Context) -> Iterator[Finding]:
    for c, facts, related in _cited(doc, ctx):
        if facts.get("verdict") != "ok" or not (related or c.cited_by):
            continue
        if registrable_domain(facts.get("final_url") or c.url) != registrable_domain(c.url):
            continue  # another site answered (a consent wall, a syndication partner): no judgement
        language = str(facts.get("language") or "").lower()
        if language and not language.startswith("en"):
            continue
        page = " ".join(str(facts.get(k) or "") for k in ("title", "description", "lead"))
        claim = " ".join(doc.text[s.start : s.end] for s in (related or c.cited_by))
        entry = (c.entry_text or "").replace(c.raw or c.url or "", " ")  # the URL's own words are no evidence
        claim += " " + " ".join(x or "" for x in (c.anchor_text, entry, doc.meta.title))
        if not looks_english(page) or not looks_english(claim) or not unrelated(page, claim):
            continue
        title = facts.get("title") or "(no title)"
        yield _finding(
            "NET005",
            c,
            f'The cited page is about "{title}", which shares no key word with the sentence it supports.',
            related,
            facts,
            fix="check that the link points to the intended source",
            evidence={"page_title": title},
        )


@enricher("page-dates", order=35)
def enrich_from_pages(doc: Document, ctx: Context) -> None:
    """With --online, date undated citations from their page, and keep the page's title for other rules."""
    if not ctx.config.online or not ctx.pages:
        return
    for c in doc.citations:
        if not c.url:
            continue
        facts = ctx.pages.get(normalise_url(c.url))
        if not isinstance(facts, dict) or facts.get("verdict") != "ok":
            continue
        if facts.get("title"):
            c.extra.setdefault("page_title", facts["title"])
        if facts.get("lead"):
            c.extra.setdefault("page_lead", facts["lead"])
        page_date = _iso(facts.get("published"))
        if c.date is None and page_date is not None:
            c.date, c.date_source = page_date, "page"
            c.extra["page_date_source"] = facts.get("published_source")
