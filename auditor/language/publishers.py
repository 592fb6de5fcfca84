"""Publisher URL shapes: which URLs of a known publisher are articles, and their dates.

The shapes live in ``data/publishers.toml`` (a newsroom can read and extend them
without code). They are read once into one dict keyed by registrable domain, and
each publisher's patterns are compiled the first time a URL on its domain is seen,
so classifying a URL is a dict hit plus a few anchored regex matches on its path.

``url_date(url)`` is the public entry point the date rules use.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from auditor.language.datafiles import load_toml
from auditor.reading.urls import host_of, registrable_domain, safe_split

_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTHS = {m: i for i, m in enumerate(_ABBR, start=1)}
_WORD = re.compile(r"[^\W\d_]{2,}|\d+[^\W\d_]+", re.UNICODE)
_HOME = re.compile(r"^/?(?:(?:index|default|home)\.\w+|[a-z]{2}(?:-[a-z]{2})?/?)?$", re.I)
_AMP = re.compile(r"(?:\.amp|/amp)/?$|^/amp(?=/)", re.I)  # AMP copies of an article
_PARAMS = re.compile(r"[,;=]")
_EXT = re.compile(r"\.(?:html?|cms|php|aspx?|jsp|shtml)$", re.I)

# Dates in URLs of publishers the table does not cover (WordPress and most CMSs).
_GENERIC_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$)"),
    re.compile(
        r"/(?P<y>(?:19|20)\d{2})/(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(?P<d>[0-3]?\d)/", re.I
    ),
    re.compile(r"[/_-](?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[/_.-]|$)"),
)


@dataclass(frozen=True, slots=True)
class Publisher:
    name: str
    domains: tuple[str, ...]
    hosts: re.Pattern[str]
    expected: str
    article: tuple[re.Pattern[str], ...]
    other: tuple[re.Pattern[str], ...]
    english_hosts: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class UrlShape:
    """What a URL of a known publisher is: article, home, section, other, or unknown (fits no shape)."""

    publisher: Publisher
    kind: str
    date: dt.date | None = None
    path: str = ""


@functools.lru_cache(maxsize=1)
def _entries() -> tuple[list[dict], dict[str, tuple[int, ...]]]:
    """The data file's entries and, per registrable domain, the indices of those on it (nothing compiled)."""
    entries = load_toml("publishers.toml").get("publisher", [])
    table: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        for domain in entry["domains"]:
            table.setdefault(domain, []).append(i)
    return entries, {k: tuple(v) for k, v in table.items()}


@functools.cache
def _publisher(i: int) -> Publisher:
    """Entry ``i`` compiled, on first use: a one-article run needs only its links' publishers."""
    entry = _entries()[0][i]
    return Publisher(
        name=entry["name"],
        domains=tuple(entry["domains"]),
        hosts=re.compile(entry.get("hosts", r"^(?:www\.)?$"), re.I),
        expected=entry.get("expected", ""),
        article=tuple(re.compile(p, re.I) for p in entry.get("article", [])),
        other=tuple(re.compile(p, re.I) for p in entry.get("other", [])),
        english_hosts=re.compile(entry["english_hosts"], re.I) if entry.get("english_hosts") else None,
    )


def _publishers_on(domain: str) -> tuple[Publisher, ...]:
    return _compiled_on(domain) if domain in _entries()[1] else ()


@functools.cache  # keyed by the table's domains only
def _compiled_on(domain: str) -> tuple[Publisher, ...]:
    return tuple(_publisher(i) for i in _entries()[1][domain])


@functools.lru_cache(maxsize=1)
def publishers() -> dict[str, tuple[Publisher, ...]]:
    """Registrable domain -> publishers on it, every entry compiled."""
    return {domain: _publishers_on(domain) for domain in _entries()[1]}


def _host_prefix(url: str) -> tuple[str, str | None]:
    """(registrable domain, the host's part before it) of ``url``; None when the host is not under it."""
    domain = registrable_domain(url) or ""
    host = host_of(url) or ""
    return domain, (host[: len(host) - len(domain)] if domain and host.endswith(domain) else None)


def publisher_for(url: str) -> Publisher | None:
    """The covered publisher whose article hosts include this URL's host, if any."""
    domain, prefix = _host_prefix(url)
    pubs = _publishers_on(domain)
    if not pubs or prefix is None:
        return None
    return next((p for p in pubs if p.hosts.match(prefix)), None)


def english_edition(url: str) -> bool:
    """The URL is on a covered publisher's host that publishes in English only (``english_hosts``)."""
    pub = publisher_for(url)
    if pub is None or pub.english_hosts is None:
        return False
    prefix = _host_prefix(url)[1]
    return prefix is not None and bool(pub.english_hosts.match(prefix))


def _date_from(m: re.Match[str]) -> dt.date | None:
    groups = m.groupdict()
    if not groups.get("y"):
        return None
    try:
        year = int(groups["y"])
        if groups.get("mon"):
            month = MONTHS.get(groups["mon"].lower(), 0)
        elif groups.get("m"):
            month = int(groups["m"])
        else:
            return None
        day = int(groups["d"]) if groups.get("d") else 1
        return dt.date(year, month, day) if 1990 <= year <= 2100 else None
    except (ValueError, TypeError):
        return None


def slug_words(segment: str) -> int:
    """How many words a path segment spells (``north-korea-sends-troops`` -> 4)."""
    return len(_WORD.findall(_EXT.sub("", segment).replace("-", " ").replace("_", " ")))


@functools.lru_cache(maxsize=4096)  # a pure function of the URL, asked by several rules
def classify(url: str) -> UrlShape | None:
    """The shape of ``url`` if it is on a covered publisher's site, else None."""
    pub = publisher_for(url)
    if pub is None:
        return None
    parts = safe_split(url)
    path = (parts.path if parts else "") or "/"
    path = _AMP.sub("", re.sub(r"/{2,}", "/", path)) or "/"
    if _HOME.match(path):
        return UrlShape(pub, "home", None, path)
    if any(p.match(path) for p in pub.other):
        return UrlShape(pub, "other", None, path)
    for pattern in pub.article:
        m = pattern.match(path)
        if m:
            return UrlShape(pub, "article", _date_from(m), path)
    segments = [s for s in path.split("/") if s and not _PARAMS.search(s)]  # "pid-40,sortby-value": parameters
    if not segments or max(slug_words(seg) for seg in segments) < 4:
        return UrlShape(pub, "section", None, path)
    return UrlShape(pub, "unknown", None, path)


_ASSET = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|woff2?|mp4|mp3|m3u8)$", re.I)
_NAVIGATION = re.compile(
    r"/(?:privacy|privacy-policy|terms|terms-of-use|terms-of-service|cookies?|cookie-policy|about|about-us|"
    r"contact|contact-us|login|signin|sign-in|register|subscribe|subscription|newsletters?|feedback|"
    r"impressum|datenschutz|mentions-legales|rss|feeds?)(?:[/.]|$)",
    re.I,
)


def is_asset_url(url: str) -> bool:
    """An image, script or media file: page furniture, not a source."""
    parts = safe_split(url)
    return bool(parts and _ASSET.search(parts.path))


def is_navigation_url(url: str) -> bool:
    """A site's privacy, about, login or feed page: not a source for a claim."""
    parts = safe_split(url)
    return bool(parts and _NAVIGATION.search(parts.path))


@functools.lru_cache(maxsize=4096)
def url_date(url: str) -> dt.date | None:
    """The date a URL carries: from the publisher's article shape, else from a common dated path.

    ``https://www.theguardian.com/world/2022/apr/19/slug`` -> 2022-04-19. None when the
    URL carries no date, and for home and section pages.
    """
    try:
        shape = classify(url)
    except (ValueError, TypeError):
        return None
    # An article shape without date parts (Reuters' /article/2012/03/05/…-idUS…) may still carry
    # a dated path; so may a URL that fits no shape. Home and section pages carry no date.
    if shape is not None and (shape.date or shape.kind in ("home", "section")):
        return shape.date
    parts = safe_split(url)
    path = parts.path if parts else ""
    for pattern in _GENERIC_DATES:
        m = pattern.search(path)
        if m:
            found = _date_from(m)
            if found:
                return found
    return None


# --- whose site a link is ------------------------------------------------------------------------

_OFFICIAL_TLDS = frozenset({"gov", "mil", "edu", "int"})
_OFFICIAL_SECOND = frozenset({"gov", "gouv", "gob", "govt", "go", "gv", "mil", "edu", "ac"})
_GLUE = frozenset({"of", "and", "the", "for", "de", "la", "le", "du", "des", "del", "di", "der", "und", "y", "et"})
_NAME_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def is_official_domain(url: str) -> bool:
    """A site under a suffix only governments, armed forces, universities or treaty bodies may register.

    ``hhs.gov``, ``www.gov.il``, ``unisa.edu.au``, ``ox.ac.uk``, ``coloradocrimestats.state.co.us``:
    the suffix itself says who publishes the site.
    """
    host = (host_of(url) or "").lower().rstrip(".")
    labels = host.split(".")
    if len(labels) < 2:
        return False
    if labels[-1] in _OFFICIAL_TLDS:
        return True
    if len(labels[-1]) == 2 and labels[-2] in _OFFICIAL_SECOND and len(labels) >= 3:
        return True
    return labels[-1] == "us" and len(labels) >= 4 and labels[-3] == "state"


def _fold(word: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


def site_named_in(url: str, text: str, max_words: int = 200, tail: int = 3) -> tuple[int, int] | None:
    """Where ``text`` names the owner of the site ``url`` is on, by the site's own name, or None.

    The name is the registrable domain's first label, hyphens dropped ("corporate.target.com" ->
    "target", "michaelmann.net", "ch-cote-basque.fr"). It is named when consecutive words of the
    text spell it, each word whole or by its initial, with "of", "and", "de" ... skippable inside:
    "Target", "Michael Mann", "shadowcrew.com", "Centre Hospitalier de la Côte Basque", "Health and
    Human Services" (hhs). A name spelled by initials alone needs three of them. The label may end
    in up to ``tail`` letters the words leave out once five letters are spelled by whole words
    alone or four by initials alone, a suffix a site adds to its owner's name: "Aurora" for
    auroragov.org, "Travello" for travelloapp.com, "Office for the Coordination of Humanitarian
    Affairs" for ochaopt.org (a mix, "open source s..." for openssf, must spell it all). Returns the character span of
    the words that spell it. Linear in the text's first ``max_words`` words times the name's length.
    """
    domain = registrable_domain(url) or ""
    label = _fold(domain.split(".", 1)[0]).replace("-", "")
    if len(label) < 3 or not label.isalnum():
        return None
    found = list(_NAME_WORD.finditer(text))[:max_words]
    words = [_fold(m.group()) for m in found]
    n, size = len(words), len(label)
    for start in range(n):
        # position in the label -> (a whole word was used, initials used)
        states: dict[int, tuple[bool, int]] = {0: (False, 0)}
        j = start
        while states and j < n:
            w = words[j]
            nxt: dict[int, tuple[bool, int]] = {}
            for i, (whole, initials) in states.items():
                if label.startswith(w, i):
                    nxt[i + len(w)] = (True, initials)
                if w and label[i] == w[0]:
                    old = nxt.get(i + 1)
                    if old is None or not old[0]:
                        nxt[i + 1] = (whole, initials + 1)
                if i and w in _GLUE:
                    nxt.setdefault(i, (whole, initials))
            for i, (whole, initials) in nxt.items():
                short = size - i <= tail and ((initials == 0 and i >= 5) or (not whole and initials >= 4))
                if (i == size or short) and (whole or initials >= 3):
                    return found[start].start(), found[j].end()
            states = {i: v for i, v in nxt.items() if i < size}
            j += 1
    return None
