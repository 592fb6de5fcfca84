"""The shipped domain-ratings table and the newsroom's overrides.

The table (``data/domain_ratings.tsv``, rebuilt by ``tools/build_ratings.py``) is
read lazily, once per process, into a dict of raw lines; a lookup is a dict hit
and only the lines actually looked up are parsed.
"""

from __future__ import annotations

import functools
import re
from typing import Any
from urllib.parse import unquote, urlsplit

from auditor.language.datafiles import read_text
from auditor.reading.urls import host_of, registrable_domain

RATINGS = ("reliable", "mixed", "unreliable", "deprecated")
LIST_NAMES = {
    "wikipedia": "Wikipedia's perennial sources list",
    "burdisso2024": "Burdisso et al. 2024",
    "lin2023": "Lin et al. 2023",
    "lasser": "Lasser et al.",
    "config": "the newsroom's configuration",
}


@functools.lru_cache(maxsize=1)
def _text() -> tuple[str, int]:
    """The table file and the offset of its first data line (after the # header)."""
    text = read_text("domain_ratings.tsv")
    start = 0
    while text.startswith(("#", "\n"), start):
        newline = text.find("\n", start)
        start = len(text) if newline == -1 else newline + 1
    return text, start


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """domain -> the rest of its line (parsed on demand)."""
    text, _ = _text()
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        domain, _, rest = line.partition("\t")
        table[domain] = rest
    return table


def _search(key: str) -> str | None:
    """The rest of ``key``'s line by binary search over the text (the build tool sorts the domains)."""
    text, lo = _text()
    hi = len(text)
    while lo < hi:  # lo is always a line start
        mid = text.rfind("\n", lo, (lo + hi) // 2) + 1 or lo
        end = text.find("\n", mid)
        end = len(text) if end == -1 else end
        domain, _, rest = text[mid:end].partition("\t")
        if domain == key:
            return rest
        if domain < key:
            lo = end + 1
        else:
            hi = mid
    return None


_SEARCHES = [0]  # lookups so far: the first few search the text, later ones a dict
_SEARCH_LIMIT = 64  # a one-article run looks up a handful; a batch builds the dict (~10 ms) once


def _rest(key: str) -> str | None:
    """The rest of ``key``'s line in the shipped table."""
    if _SEARCHES[0] < _SEARCH_LIMIT:
        _SEARCHES[0] += 1
        return _search(key)
    return _table().get(key)


@functools.lru_cache(maxsize=8192)
def _parse(rest: str) -> dict[str, Any]:
    rating, score, state, disputed, sources = [*rest.split("\t"), "", "", "", "", ""][:5]
    lists = []
    for item in filter(None, sources.split("|")):
        name, value, when, scope = [*item.split("="), "", "", ""][:4]
        norm, _, raw = unquote(value).partition(":")
        entry = {"list": name, "rating": norm, "label": raw, "when": unquote(when)}
        if scope:
            entry["scope"] = unquote(scope)  # the verdict is about the pages under this path only
        lists.append(entry)
    return {
        "rating": rating or None,
        "score": float(score) if score else None,
        "state": state or None,
        "disputed": disputed == "1",
        "lists": lists,
    }


def _candidates(host: str, registrable: str | None) -> list[str]:
    """``a.b.example.co.uk`` -> the host, then each parent down to the registrable domain."""
    host = host.removeprefix("www.")
    out = [host]
    if registrable and host != registrable and host.endswith("." + registrable):
        labels = host.split(".")
        stop = len(registrable.split("."))
        out.extend(".".join(labels[i:]) for i in range(1, len(labels) - stop + 1))
    elif registrable and registrable != host:
        out.append(registrable)
    return out


@functools.lru_cache(maxsize=8192)
def _find(url: str) -> tuple[str, str] | None:
    """The table key that rates a URL's site and the rest of its line; cached per URL."""
    host = host_of(url)
    if not host:
        return None
    for key in _candidates(host, registrable_domain(url)):
        rest = _rest(key)
        if rest is not None:
            return key, rest
    return None


def lookup(url: str) -> dict[str, Any] | None:
    """What the shipped table says about a URL's site, with the key used; None if unrated."""
    found = _find(url)
    if found is None:
        return None
    key, rest = found
    entry = dict(_parse(rest))
    entry["key"] = key
    if any("scope" in item for item in entry["lists"]):
        entry.update(_in_scope(entry["lists"], url))
    if entry["state"] is None:
        entry["state"] = _parent_state(url, key)
    return entry


_SIDE = {"reliable": 1, "mixed": 0, "unreliable": -1, "deprecated": -1}


def _in_scope(lists: list[dict[str, Any]], url: str) -> dict[str, Any]:
    """Rating, dispute and verdicts for ``url`` when some verdicts are about one part of the site.

    A verdict with a ``scope`` (a path) rates only the URLs under it: ScienceDirect's Topics pages,
    not its journal articles. The verdicts that apply keep the table's order (its precedence), so
    the first decides and the dispute is among them.
    """
    path = urlsplit(url).path or "/"
    applying = [item for item in lists if path.startswith(item.get("scope") or "/")]
    sides = {_SIDE.get(item["rating"]) for item in applying}
    return {
        "rating": applying[0]["rating"] if applying else None,
        "disputed": 1 in sides and -1 in sides,
        "lists": applying,
    }


@functools.lru_cache(maxsize=8192)
def _parent_state(url: str, key: str) -> str | None:
    """A state owner the parent domain records: english.news.cn is Xinhua's, as news.cn is.

    The lists rate subdomains on their own, but who owns an outlet goes with its domain.
    """
    host = host_of(url) or ""
    parents = _candidates(host, registrable_domain(url))
    for parent in parents[parents.index(key) + 1 :] if key in parents else []:
        rest = _rest(parent)
        if rest is not None and (state := _parse(rest)["state"]):
            return state
    return None


def _domain_set(values: Any) -> frozenset[str]:
    if not isinstance(values, list):
        return frozenset()
    out = set()
    for v in values:
        if isinstance(v, str) and v.strip():
            host = host_of(v.strip()) or ""
            out.add(host.removeprefix("www."))
    return frozenset(out - {""})


def overrides(section: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """``trusted`` and ``untrusted`` domain lists from ``[tool.auditor.sources]``."""
    return _domain_set(section.get("trusted")), _domain_set(section.get("untrusted"))


def override_for(url: str, trusted: frozenset[str], untrusted: frozenset[str]) -> str | None:
    """``reliable`` / ``unreliable`` when the newsroom listed the host or a parent domain."""
    if not trusted and not untrusted:
        return None
    host = (host_of(url) or "").removeprefix("www.")
    labels = host.split(".")
    for i in range(len(labels) - 1):
        key = ".".join(labels[i:])
        if key in untrusted:
            return "unreliable"
        if key in trusted:
            return "reliable"
    return None


_WIKI_WORDS = {"gr": "generally reliable", "nc": "no consensus", "gu": "generally unreliable", "d": "deprecated"}
_WIKI_WORDS["b"] = "blacklisted"
_RAW_SOURCE = {"mbfc": "Media Bias/Fact Check", "media_bias_fact_check": "Media Bias/Fact Check"}


def _say(item: dict[str, Any]) -> str | None:
    """One list's verdict in words an editor reads: ``NewsGuard 15/100 (Burdisso et al. 2024)``."""
    name, label, when = item["list"], item["label"], item["when"]
    if name == "wikipedia":
        codes = re.findall(r"\b(gr|nc|gu|d|b)\b \(", label)
        words = " / ".join(dict.fromkeys(_WIKI_WORDS[c] for c in codes)) or item["rating"]
        return f"Wikipedia's perennial sources list: {words}" + (f" ({when})" if when else "")
    if name == "burdisso2024":
        if m := re.search(r"NewsGuard (\d+(?:\.\d+)?)", label):
            return f"NewsGuard: {float(m.group(1)):g}/100 (via Burdisso et al. 2024)"
        if "(wikipedia)" in label:
            return None  # the same Wikipedia verdict again
        source = "Media Bias/Fact Check" if "mbfc" in label else "manual label"
        return f"{source}: {item['rating']} (via Burdisso et al. 2024)"
    if name == "lin2023":
        m = re.search(r"pc1 ([\d.]+)", label)
        return f"Lin et al. 2023: quality {float(m.group(1)):.2f} of 1" if m else None
    if name == "lasser":
        m = re.match(r"(.*?) \((.*)\)$", label)
        what, source = (m.group(1), m.group(2)) if m else (label, "")
        source = _RAW_SOURCE.get(source, source.replace("_", " ").title() if source else "")
        return f'{source or "Lasser et al."}: "{what}" (via Lasser et al.)'
    if name == "config":
        return f"your newsroom's {label} list"
    return f"{LIST_NAMES.get(name, name)}: {item['rating']}"


def describe_lists(lists: list[dict[str, Any]]) -> str:
    """The lists' verdicts in one line, most authoritative first."""
    return _describe(tuple((item["list"], item["rating"], item["label"], item["when"]) for item in lists))


@functools.lru_cache(maxsize=4096)
def _describe(items: tuple[tuple[str, str, str, str], ...]) -> str:
    """describe_lists on hashable items: the same few sites are described again and again."""
    said = (_say({"list": n, "rating": r, "label": lab, "when": w}) for n, r, lab, w in items)
    parts = [p for p in said if p]
    return "; ".join(parts) if parts else "not rated"
