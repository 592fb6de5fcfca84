"""URL helpers shared by every rule family: parsing that never raises, domains.

tldextract runs strictly offline: it uses the Public Suffix List snapshot it
ships and never tries to download a fresh one.
"""

from __future__ import annotations

import functools
import ipaddress
from urllib.parse import SplitResult, urlsplit, urlunsplit


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


@functools.lru_cache(maxsize=65536)
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
    try:
        ext = _extractor()(host)
    except Exception:  # tldextract on hostile input: never crash the run
        return host
    if ext.domain and ext.suffix:
        return f"{ext.domain}.{ext.suffix}"
    return host


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
