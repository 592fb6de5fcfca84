"""URL helpers shared by every rule family: parsing that never raises, domains.

tldextract runs strictly offline: it uses the Public Suffix List snapshot it
ships and never tries to download a fresh one. Importing tldextract pulls in
requests and urllib3 (about a third of a one-article run's start-up), so the
registrable domain is looked up in that same snapshot file directly, with the
ICANN rules, wildcards and exceptions applied as tldextract applies them
(tests/test_urls_psl.py compares both); tldextract itself is the fallback.
"""

from __future__ import annotations

import functools
import importlib.util
import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, urlsplit, urlunsplit

_PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="
_ROOT_DOTS = ".\u3002\uff0e\uff61"
_MAX_UNKNOWN_LABELS = 65536


@functools.lru_cache(maxsize=1)
def _extractor():  # type: ignore[no-untyped-def]
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False)


def safe_split(url: str) -> SplitResult | None:
    """``urlsplit`` that returns None instead of raising on hostile input."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        return None
    return parts


def host_of(url: str) -> str | None:
    parts = safe_split(url if "://" in url else "http://" + url)
    if parts is None or not parts.hostname:
        return None
    return parts.hostname.rstrip(".").lower()


@functools.lru_cache(maxsize=8192)  # keyed by whole URLs, mostly distinct across an archive: 2 MB at most
def registrable_domain(url: str) -> str | None:
    """``https://www.bbc.co.uk/news`` -> ``bbc.co.uk``; IP hosts are returned as they are."""
    host = host_of(url)
    if not host:
        return None
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    rules = _suffix_trie()
    if rules is not None:
        try:
            return _registrable(host, rules) or host
        except Exception:  # hostile input: never crash the run
            return host
    try:
        ext = _extractor()(host)
    except Exception:  # tldextract on hostile input: never crash the run
        return host
    if ext.domain and ext.suffix:
        return f"{ext.domain}.{ext.suffix}"
    return host


class _Node:
    """One label of the suffix trie (labels in reverse order: "uk" -> "co")."""

    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] | _TopLabels = {}
        self.end = False


class _TopLabels:
    """The trie's first level, each top-level label's subtree built the first time a host asks for it.

    The ICANN section holds ~6,900 rules under ~1,500 top-level labels; building them all cost ~9 ms
    of every run, while an article's hosts need a handful (com, org, uk, ...). The rules of one label
    are its lines, found with ``str.find`` ("uk" alone, or ending in ".uk"): PSL rules are whole lines.
    """

    __slots__ = ("_built", "_section")

    def __init__(self, section: str) -> None:
        self._section = section  # the rule lines, each between newlines
        self._built: dict[str, _Node | None] = {}

    def get(self, label: str) -> _Node | None:
        try:
            return self._built[label]
        except KeyError:
            node = self._build(label)
        if node is not None or len(self._built) < _MAX_UNKNOWN_LABELS:  # hostile hosts cannot grow it without end
            self._built[label] = node
        return node

    def __contains__(self, label: str) -> bool:
        return self.get(label) is not None

    def _build(self, label: str) -> _Node | None:
        if not label or "\n" in label:
            return None
        top = _Node()
        section = self._section
        for needle, back in ((f"\n{label}\n", 0), (f".{label}\n", 1)):
            i = section.find(needle)
            while i != -1:
                start = i + 1 if back == 0 else section.rfind("\n", 0, i) + 1
                _add_rule(top, section[start : i + len(needle) - 1], label)
                i = section.find(needle, i + 1)
        return top if top.children or top.end else None


def _add_rule(top: _Node, line: str, label: str) -> None:
    """Put one rule line of the top-level ``label`` under ``top`` (the rules the PSL format allows only)."""
    token = line.split(None, 1)[0] if line.strip() else ""
    if not token or token.startswith("//"):
        return
    rule = token.lstrip(".*!")
    if not rule or not (rule[0].isalnum() or rule[0] == "_"):
        return
    labels = token.split(".")
    if labels[-1] != label:
        return
    node = top
    for part in reversed(labels[:-1]):
        child = node.children.get(part)
        if child is None:  # (setdefault would build a throwaway node for every label)
            child = node.children[part] = _Node()  # type: ignore[index]
        node = child
    node.end = True


@functools.lru_cache(maxsize=1)
def _snapshot() -> str | None:
    """tldextract's bundled Public Suffix List snapshot, read once; None if absent."""
    try:
        spec = importlib.util.find_spec("tldextract")
        if spec is None or not spec.submodule_search_locations:
            return None
        snapshot = Path(next(iter(spec.submodule_search_locations))) / ".tld_set_snapshot"
        return snapshot.read_text(encoding="utf-8")
    except (OSError, ImportError, ValueError, StopIteration):
        return None


@functools.lru_cache(maxsize=1)
def _suffix_trie() -> _Node | None:
    """The ICANN section of tldextract's Public Suffix List snapshot, as a trie; None if absent."""
    text = _snapshot()
    if text is None:
        return None
    section = "\n" + text.partition(_PRIVATE_SECTION)[0].replace("\r\n", "\n") + "\n"
    if not re.search(r"^[^/\s]", section, re.MULTILINE):  # no rule at all
        return None
    root = _Node()
    root.children = _TopLabels(section)
    return root


@functools.lru_cache(maxsize=1)
def _private_section() -> str:
    """The Public Suffix List's private section (suffixes companies let anyone register under), or ""."""
    text = _snapshot()
    if not text:
        return ""
    private = text.partition(_PRIVATE_SECTION)[2]
    return "\n" + (private.replace("\r\n", "\n") if "\r" in private else private) + "\n"


@functools.lru_cache(maxsize=4096)
def is_hosting_suffix(domain: str) -> bool:
    """Whether ``domain`` is itself a suffix of the PSL's private section: ``github.io``,
    ``netlify.app``, ``blogspot.com``, ``herokuapp.com``. Anyone can publish a site under it, so the
    site is its subdomain's owner's, not the company's (the ICANN rules this module uses call
    ``someone.github.io`` a page of ``github.io``)."""
    if not domain or "\n" in domain or len(domain) > 253:
        return False
    return f"\n{domain.lower()}\n" in _private_section()


def _decode_label(label: str) -> str:
    lowered = label.lower()
    if lowered.startswith("xn--"):
        import idna  # installed with tldextract; only punycode labels need it

        try:
            return idna.decode(lowered)
        except (UnicodeError, IndexError):
            pass
    return lowered


def _registrable(host: str, root: _Node) -> str | None:
    """``domain.suffix`` of ``host`` under the ICANN rules, or None when there is none."""
    host = host.strip().rstrip(_ROOT_DOTS)
    for dot in "\u3002\uff0e\uff61":
        host = host.replace(dot, ".")
    labels = host.split(".")
    node = root
    suffix_at = index = len(labels)
    for label in reversed(labels):
        decoded = _decode_label(label)
        child = node.children.get(decoded)
        if child is not None:
            index -= 1
            node = child
            if node.end:
                suffix_at = index
            continue
        if "*" in node.children:  # a wildcard rule: this label is part of the suffix, unless excepted
            suffix_at = index if "!" + decoded in node.children else index - 1
        break
    if suffix_at >= len(labels) or suffix_at <= 0 or not labels[suffix_at - 1]:
        return None
    return ".".join(labels[suffix_at - 1 :])


def normalise_url(url: str) -> str:
    """A key for "the same URL": lower-case scheme and host, no fragment, no default port."""
    parts = safe_split(url)
    if parts is None or not parts.scheme:
        return url.strip()
    netloc = (parts.hostname or "").lower()
    if ":" in netloc:  # an IPv6 address keeps its brackets
        netloc = f"[{netloc}]"
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)
    ):
        netloc += f":{parts.port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, parts.query, ""))


_SCHEME_START = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)(:?)(/*)")
_SCHEME_TYPO = re.compile(r"^(?:h?t{1,3}p{1,2}s?|hxxps?|htps?|https?s+|ttps?)$", re.I)
_REPEATED = re.compile(r"^(?:(?:https?:)?/*https?:/*)+", re.I)
_WEB_LINK = re.compile(r"^(?:(?:h?t{1,3}p{1,2}s?|hxxps?|https?s+|ttps?|ftps?):/|h[tx]{1,2}ps?//|//)", re.I)


def web_link(href: str) -> bool:
    """An address meant for the web, however mistyped (``https://``, ``htp://``, ``https//``,
    ``http:/``), as opposed to a relative link (``../x.md``, ``/archive``, ``page.html``), an
    ``#anchor``, ``mailto:``, ``tel:`` or an app link (``whatsapp://``, ``javascript:``), which
    cite nothing."""
    return bool(_WEB_LINK.match(href.strip()))


@dataclass(slots=True, frozen=True)
class SchemeRepair:
    """A URL whose scheme is broken as written, and the address the writer meant."""

    problem: str  # misspelt | colon | slashes | repeated
    scheme: str  # as written
    slashes: int
    intended: str


def repair_scheme(url: str) -> SchemeRepair | None:
    """The intended address of a URL with a broken scheme (``htp://``, ``https//``, ``http:/``,
    ``https:///``, ``https://https://``), or None when the scheme is fine or not a web one.
    The host of a broken URL is read from the repaired one: ``https//example.com`` cites
    example.com, not a host named "https"."""
    if url[:4].lower() == "www.":
        return None
    m = _SCHEME_START.match(url)
    if not m:
        return None
    scheme, colon, slashes = m.group(1), m.group(2), m.group(3)
    low = scheme.lower()
    if low in ("http", "https"):
        fixed = low
        problem = "colon" if not colon else "slashes" if len(slashes) != 2 else ""
    elif _SCHEME_TYPO.match(scheme) and (colon or slashes):
        fixed = "https" if low.endswith("s") else "http"
        problem = "misspelt"
    else:
        return None
    rest = url[m.end() :]
    repeated = _REPEATED.match(rest)
    if repeated and repeated.end() < len(rest):
        rest = rest[repeated.end() :]
        problem = problem or "repeated"
    if not problem:
        return None
    return SchemeRepair(problem, scheme, len(slashes), f"{fixed}://{rest}")
