"""The one reader of an HTML page's own publication date (the loader and online page facts share it).

A page says when it was published in many places, of unequal trust: publication-date
meta tags, JSON-LD ``datePublished``, ``itemprop="datePublished"`` elements, a
``<time>`` marked as the publication date, the date in the page's own URL, and what a
reader sees: a byline or dateline ("First Published on Apr 8, 2020", "13 Oct 2020
18:29" under the headline, a Blogger date header). :func:`page_date` collects them all
in one lxml pass and takes the most trusted.

A timestamp gives the day in its own offset ("2020-12-24T23:30:00-05:00" is the 24th),
never converted to UTC. A timestamp written in UTC ("…Z", "+00:00") may fall on the
next or previous local day; when another piece of evidence on the page (a timestamp in
a local offset, the visible date, the URL) names that neighbouring day, and the UTC
hour makes it possible, that local day is taken.

Figures against htmldate on its own labelled pages: bench/eval_dates.py, README
"Dependencies".
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from dataclasses import dataclass, field
from typing import Any

MAX_SOURCE = 8_000_000  # characters; a larger page is not searched for a date
_VISIBLE_CHARS = 160  # a byline or dateline is short: longer text is prose that mentions a date
_WEEKDAY_ROOM = 12  # characters allowed between "Published" and its date ("on Wednesday, ")
_AFTER_TITLE_BLOCKS = 12  # text blocks after the headline searched for a dateline


@dataclass(frozen=True, slots=True)
class PageDate:
    """The page's publication date, a short name of its source and a sentence saying where it was read."""

    date: dt.date
    source: str  # "meta <key>", "json-ld datePublished", "itemprop datePublished", "time element…", "url", "byline"
    detail: str


@dataclass(frozen=True, slots=True)
class _Stamp:
    date: dt.date
    utc: bool  # written in UTC: the publisher's local day may be the one before or after
    hour: int | None


# meta keys (lower-case property, name or itemprop) that carry the publication date, most trusted first
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "bt:pubdate",
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

_ISO = re.compile(
    r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{1,2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_COMPACT = re.compile(r"\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:T(\d{2}):?(\d{2})\S*?(Z|[+-]\d{2}:?\d{2})?)?\s*")
_SLASHED = re.compile(r"\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b")
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-])")
_CJK = re.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")

# Month names of the languages the page corpus shows most, by prefix (at least three letters).
_MONTH_NAMES = {
    1: "january janvier januar enero gennaio janeiro januari ianuarie styczeń stycznia ocak",
    2: "february février fevrier februar febrero febbraio fevereiro februari februarie lutego luty şubat",
    3: "march mars märz maerz marzo março maart martie marca marzec mart",
    4: "april avril abril aprile aprilie kwietnia kwiecień nisan",
    5: "may mai mayo maggio maio mei maj maja mayıs",
    6: "june juin juni junio giugno junho iunie czerwca czerwiec haziran",
    7: "july juillet juli julio luglio julho iulie lipca lipiec temmuz",
    8: "august août aout agosto augustus sierpnia sierpień ağustos",
    9: "september septembre settembre setembro septiembre septembrie września wrzesień eylül",
    10: "october octobre oktober octubre ottobre outubro octombrie października październik ekim",
    11: "november novembre noviembre novembro noiembrie listopada listopad kasım",
    12: "december décembre decembre dezember diciembre dicembre dezembro decembrie grudnia grudzień aralık",
}
_MONTHS: dict[str, int] = {}
for _n, _names in _MONTH_NAMES.items():
    for _name in _names.split():
        _MONTHS[_name] = _n
        _MONTHS.setdefault(_name[:3], _n)
_MONTHS.update({"sept": 9, "juil": 7})
_MONTH_WORD = r"([^\W\d_]{3,12})\.?"
_TEXT_MDY = re.compile(rf"\b{_MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b")
_TEXT_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{_MONTH_WORD},?\s+(?:de\s+)?((?:19|20)\d{{2}})\b"
)

_PUBLISHED_PHRASE = re.compile(
    r"\b(?:first\s+published|published|posted|publié|publicado|pubblicato|veröffentlicht|gepubliceerd)"
    r"(?:\s+(?:on|at|le|el|em|il|am|op))?\s*:?\s*",
    re.I,
)
_UPDATED = re.compile(r"\b(?:updated|modified|mis à jour|actualizado|aggiornato|aktualisiert|bijgewerkt)\b", re.I)
_DATE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:date|dates|datum|fecha|data|time|timestamp|published|publish|pubdate|posted|byline|dateline|"
    r"entry-date|date-header|post-date|article-date|meta|info|tagline)(?:$|[\s_-]|\d)",
    re.I,
)
_UPDATED_CLASS = re.compile(r"(?:^|[\s_-])(?:updated|modified)(?:$|[\s_-])", re.I)
_NOT_DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:updated|modified|comment|caption|quote|related|footer)", re.I)
_QUOTE_CLASS = re.compile(r"(?:^|[\s_-])(?:pull-?quote|quote|caption|credits?)(?:$|[\s_-])", re.I)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{6,60})"')
_DC_DATE = re.compile(r'dc:date="([^"]{8,40})"')


def _day(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _stamp(value: Any) -> _Stamp | None:
    """A machine-written date or timestamp: ISO 8601, ``20200413T16:38Z``, ``2020/10/04``, RFC 2822, text."""
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        return None
    m = _ISO.search(value)
    if m:
        day = _day(m.group(1), m.group(2), m.group(3))
        if day is None:
            return None
        zone = m.group(6)
        utc = zone is not None and (zone == "Z" or zone.lstrip("+-").replace(":", "") == "0000")
        return _Stamp(day, utc, int(m.group(4)) if m.group(4) else None)
    m = _COMPACT.fullmatch(value)
    if m:
        day = _day(m.group(1), m.group(2), m.group(3))
        return _Stamp(day, m.group(6) == "Z", int(m.group(4)) if m.group(4) else None) if day else None
    m = _SLASHED.search(value)
    if m:
        day = _day(m.group(1), m.group(2), m.group(3))
        return _Stamp(day, False, None) if day else None
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        when = None
    if when is not None:
        offset = when.utcoffset()
        return _Stamp(when.date(), offset is not None and not offset, when.hour)
    day = text_date(value)
    return _Stamp(day, False, None) if day else None


def parse_date_value(value: Any) -> dt.date | None:
    """The day a metadata value names ("2025-03-14T09:00:00Z", "Sun, 11 Oct 2020", "Apr 08, 2020"), in its own offset."""
    found = _stamp(value)
    return found.date if found else None


def text_date(text: str) -> dt.date | None:
    """The first full date written for readers in ``text``: "Apr 8, 2020", "13 Oct 2020", "17/03/2020", "2020年7月3日".

    Numeric day-month orders are read only when they cannot be misread (a day above 12,
    or the day written first with dots, as Europe writes it).
    """
    found = _first_date(text)
    return found[1] if found else None


def _first_date(text: str) -> tuple[int, dt.date] | None:
    """Where the first full date in ``text`` starts, and the day it names."""
    best: tuple[int, dt.date] | None = None

    def offer(at: int, day: dt.date | None) -> None:
        nonlocal best
        if day is not None and (best is None or at < best[0]):
            best = (at, day)

    for m in _ISO.finditer(text):
        offer(m.start(), _day(m.group(1), m.group(2), m.group(3)))
        break
    for m in _SLASHED.finditer(text):
        offer(m.start(), _day(m.group(1), m.group(2), m.group(3)))
        break
    for m in _CJK.finditer(text):
        offer(m.start(), _day(m.group(1), m.group(2), m.group(3)))
        break
    for m in _TEXT_MDY.finditer(text):
        month = _month(m.group(1))
        if month:
            offer(m.start(), _day(m.group(3), str(month), m.group(2)))
            break
    for m in _TEXT_DMY.finditer(text):
        month = _month(m.group(2))
        if month:
            offer(m.start(), _day(m.group(3), str(month), m.group(1)))
            break
    for m in _DMY.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        if first > 12 or (m.group(2) == "." and second <= 12):
            offer(m.start(), _day(m.group(4), m.group(3), m.group(1)))
        elif second > 12:
            offer(m.start(), _day(m.group(4), m.group(1), m.group(3)))
        else:
            continue
        break
    return best


def _month(word: str) -> int | None:
    word = word.lower()
    return _MONTHS.get(word) or (_MONTHS.get(word[:3]) if len(word) > 3 and word[:3] in _MONTHS else None)


def _url_day(url: str | None) -> dt.date | None:
    if not url:
        return None
    from auditor.language.dating import url_date

    found = url_date(url)
    return found.start if found is not None and found.start == found.end else None


@dataclass(slots=True)
class _Found:
    """Every date the page offers, by kind, in document order."""

    meta: list[tuple[int, str, _Stamp]]  # (rank, '<meta property="article:published_time">', stamp)
    jsonld: list[_Stamp]
    itemprop: list[_Stamp]
    marked_times: list[_Stamp]
    times: list[_Stamp]
    visible: list[tuple[dt.date, str]]  # (day, what it was read from): a published phrase, then under the headline
    marked: list[tuple[dt.date, str]]  # dates in elements whose class or id says date or byline
    page_url: str | None = None
    phrase: tuple[dt.date, str] | None = None  # "Published on Apr 8, 2020"
    updated: list[tuple[dt.date, str]] = field(default_factory=list)  # a shown update time: the last resort

    def meta_stamps(self) -> list[_Stamp]:
        return [s for _, _, s in self.meta]


def page_tree(source: str) -> Any | None:
    """The page as an lxml tree, shared by the date reader and the page-kind check (None when it cannot be read)."""
    if not source or len(source) > MAX_SOURCE:
        return None
    try:
        return _tree(source)
    except Exception:  # markup lxml cannot take
        return None


def _tree(source: str) -> Any:
    import lxml.html

    data = source.encode("utf-8", "replace")
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    return lxml.html.document_fromstring(data, parser=parser)


def _attrs_text(el: Any) -> str:
    return (str(el.get("class") or "") + " " + str(el.get("id") or "")).strip()


def _own_text(el: Any) -> str:
    return " ".join(" ".join(el.itertext()).split())


def _collect(source: str, root: Any) -> _Found:
    found = _Found([], [], [], [], [], [], [])
    marks_of: dict[Any, str] = {}  # each element's class and id, read once though up to four tests ask
    quote_of: dict[Any, bool] = {}  # whether the element itself is a caption or a quotation (see _quoted)
    seen_title = False
    after_title = 0
    published_phrase: tuple[dt.date, str] | None = None
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "meta":
            attr = next((a for a in ("property", "name", "itemprop") if el.get(a)), None)
            written = str(el.get(attr) or "").strip() if attr else ""
            key = written.lower()
            rank = _DATE_RANK.get(key)
            if rank is not None:
                stamp = _stamp(el.get("content") or el.get("datetime"))
                if stamp:
                    found.meta.append((rank, f'<meta {attr}="{written}">', stamp))
            elif key == "og:url" and not found.page_url and str(el.get("content", "")).startswith("http"):
                found.page_url = str(el.get("content")).strip()
            continue
        if tag == "link":
            rel = str(el.get("rel") or "").lower().split()
            if "canonical" in rel and str(el.get("href", "")).startswith("http"):
                found.page_url = str(el.get("href")).strip()
            continue
        if tag == "script":
            if "ld+json" in str(el.get("type") or "").lower():
                found.jsonld.extend(_jsonld_dates(el.text or ""))
            continue
        if tag in ("style", "noscript", "template", "head", "title"):
            continue
        if str(el.get("itemprop") or "").lower() == "datepublished":
            stamp = _stamp(el.get("content") or el.get("datetime") or el.get("title") or _own_text(el))
            if stamp:
                found.itemprop.append(stamp)
        if tag == "time":
            stamp = _stamp(el.get("datetime"))
            if stamp:
                marked = el.get("pubdate") is not None or "publish" in _attrs_text(el).lower()
                (found.marked_times if marked else found.times).append(stamp)
        if tag == "h1":
            seen_title = True
            after_title = 0
            continue
        if el.text is None and not len(el):
            continue
        text = (el.text or "").strip()
        if _quoted(el, marks_of, quote_of):
            continue  # a pull quote or caption may print a date; it is not the article's
        if seen_title and text and after_title < _AFTER_TITLE_BLOCKS:
            after_title += 1
            block = _own_text(el)
            if len(block) <= _VISIBLE_CHARS and not _UPDATED.search(block) and not _sentence(block):
                day = text_date(block)
                if day is not None:
                    found.visible.append((day, f'the date under the headline ("{block[:60]}")'))
                    after_title = _AFTER_TITLE_BLOCKS
        marks = marks_of.get(el)  # _quoted read it, for an element with a tag
        if marks is None:
            marks = marks_of[el] = _attrs_text(el)
        if marks and _DATE_CLASS.search(marks) and not _NOT_DATE_CLASS.search(marks):
            block = _own_text(el) or str(el.get("title") or "")
            if 0 < len(block) <= _VISIBLE_CHARS and not _UPDATED.search(block):
                day = text_date(block) or text_date(str(el.get("title") or ""))
                if day is not None:
                    found.marked.append((day, f'the byline date ("{block[:60]}")'))
        elif marks and _UPDATED_CLASS.search(marks) and not found.updated:
            stamp = _stamp(el.get("datetime") or el.get("title") or "")
            if stamp is not None:
                found.updated.append((stamp.date, f'the update time the page shows ("{_own_text(el)[:60]}")'))
        if published_phrase is None and text and len(text) <= _VISIBLE_CHARS:
            m = _PUBLISHED_PHRASE.match(text)  # a line that opens with it: "posted while…" in prose is no byline
            dated = _first_date(text[m.end() :]) if m else None
            if dated is not None and dated[0] <= _WEEKDAY_ROOM:
                published_phrase = (dated[1], f'"{text[:60]}"')
    if published_phrase is not None:
        found.phrase = published_phrase
    if not found.jsonld:
        for m in _LD_DATE.finditer(source):
            stamp = _stamp(m.group(1))
            if stamp:
                found.jsonld.append(stamp)
                break
    if not found.meta:
        m = _DC_DATE.search(source)
        stamp = _stamp(m.group(1)) if m else None
        if stamp:
            found.meta.append((_DATE_RANK["dc.date"], "an RDF dc:date", stamp))
    return found


def _sentence(block: str) -> bool:
    """A sentence of prose ("Photos posted while he was away, on May 3, 2019."), not a dateline."""
    return block.rstrip().endswith((".", "!", "?")) and len(block.split()) >= 6


def _quoted(el: Any, marks_of: dict[Any, str], quote_of: dict[Any, bool]) -> bool:
    """The element is, or sits just inside, a figure caption, a block quote or a pull quote.

    Two levels up at most: a page-wide wrapper may carry any class name. ``marks_of`` and
    ``quote_of`` keep each element's class and id and its own verdict: a parent is asked about by
    every child, and the tree's elements stay the same objects while the dicts hold them.
    """
    for _ in range(3):
        if el is None or not isinstance(el.tag, str):
            return False
        own = quote_of.get(el)
        if own is None:
            marks = marks_of.get(el)
            if marks is None:
                marks = marks_of[el] = _attrs_text(el)
            own = quote_of[el] = el.tag in ("figcaption", "blockquote", "q", "caption") or bool(
                _QUOTE_CLASS.search(marks)
            )
        if own:
            return True
        el = el.getparent()
    return False


def _jsonld_dates(raw: str) -> list[_Stamp]:
    try:
        data = json.loads(raw.strip().rstrip(";"))
    except (ValueError, RecursionError):
        m = _LD_DATE.search(raw)  # comments or a trailing comma: the field itself is still plain
        stamp = _stamp(m.group(1)) if m else None
        return [stamp] if stamp else []
    out: list[_Stamp] = []
    stack: list[Any] = [data]
    seen = 0
    while stack and seen < 500:
        seen += 1
        item = stack.pop(0)
        if isinstance(item, dict):
            stamp = _stamp(item.get("datePublished"))
            if stamp:
                out.append(stamp)
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(item)
    return out


def _local(stamp: _Stamp, others: list[dt.date]) -> dt.date | None:
    """The neighbouring local day a UTC timestamp may stand for, when other evidence names it."""
    if not stamp.utc or stamp.hour is None:
        return None
    for day in others:
        shift = (day - stamp.date).days
        # inhabited offsets run from -10 to +14 hours: before 10:00 UTC the local day may be the one
        # before, from 10:00 on the one after, never both
        if (shift == -1 and stamp.hour < 10) or (shift == 1 and stamp.hour >= 10):
            return day
    return None


def page_date(source: str, url: str | None = None, root: Any = None) -> PageDate | None:
    """The page's publication date and where it was read (None when the page shows none).

    ``root`` is the page's tree from :func:`page_tree`, when the caller has it already.
    """
    root = root if root is not None else page_tree(source)
    if root is None:
        return None
    try:
        found = _collect(source, root)
    except Exception:  # markup lxml cannot take: no date rather than a stopped run
        return None
    url_day = _url_day(found.page_url) or _url_day(url)
    local = [s.date for s in found.jsonld + found.meta_stamps() if not s.utc]
    local += [d for d, _ in ([found.phrase] if found.phrase else []) + found.visible[:1]]
    if url_day is not None:
        local.append(url_day)
    choice: tuple[_Stamp, str, str] | None = None
    if found.meta:
        _rank, written, stamp = min(found.meta, key=lambda item: item[0])
        key = written.split('"')[1].lower() if '"' in written else "dc:date"
        choice = (stamp, f"meta {key}", written)
    elif found.jsonld:
        choice = (found.jsonld[0], "json-ld datePublished", "JSON-LD datePublished")
    elif found.itemprop:
        choice = (found.itemprop[0], "itemprop datePublished", 'an element marked itemprop="datePublished"')
    elif found.marked_times:
        choice = (
            found.marked_times[0],
            "time element marked as publication date",
            "<time datetime> marked as the publication date",
        )
    if choice is not None:
        stamp, source_name, detail = choice
        shifted = _local(stamp, local)
        if shifted is not None:
            return PageDate(shifted, source_name, f"{detail}, a UTC timestamp, on the page's local day")
        return PageDate(stamp.date, source_name, detail)
    if url_day is not None:
        return PageDate(url_day, "url", "the date in the page's own URL (canonical link)")
    if found.phrase is not None:
        return PageDate(found.phrase[0], "byline", found.phrase[1])
    if found.times:
        return PageDate(found.times[0].date, "time element", "first <time datetime> on the page")
    if found.visible:
        day, what = found.visible[0]
        return PageDate(day, "byline", what)
    if found.marked:
        day, what = found.marked[0]
        return PageDate(day, "byline", what)
    if found.updated:  # the only date the page shows is when it was last updated: better than none
        day, what = found.updated[0]
        return PageDate(day, "byline", what)
    return None
