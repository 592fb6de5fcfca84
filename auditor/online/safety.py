"""SSRF safety: which URLs and addresses auditor may connect to.

A cited URL is written by someone else, so fetching it must never reach the
machine auditor runs on or its private network (cloud metadata services at
169.254.169.254, admin panels on 10.x, a database on localhost). The rules:

* only ``http`` and ``https``;
* a host written as an address in any form the C library accepts (``2130706433``,
  ``0x7f.1``, ``017700000001``, ``[::ffff:127.0.0.1]``) is parsed as that address;
* every address a name resolves to must be public (not loopback, private,
  link-local, carrier-grade NAT, multicast, reserved or unspecified), checked
  after DNS resolution by the network backend in :mod:`auditor.online.fetch`,
  which then connects to the very address it checked (no second lookup, so no
  DNS rebinding between check and connect).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable

from auditor.reading.urls import safe_split

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_BLOCKED_V6 = (
    ipaddress.ip_network("64:ff9b::/96"),  # NAT64 (embeds an IPv4 address)
    ipaddress.ip_network("64:ff9b:1::/48"),
    ipaddress.ip_network("2002::/16"),  # 6to4 (embeds an IPv4 address)
    ipaddress.ip_network("fec0::/10"),  # deprecated site-local
)


class Refused(Exception):
    """A URL or address the safety rules forbid; the message says why, for editors."""


class NotWeb(Refused):
    """A redirect to something that is no web address at all (``file:``, ``gopher:``): no setting allows it."""


def parse_host_address(host: str) -> IPAddress | None:
    """The address a host names literally (every IPv4 spelling included), else None."""
    host = host.strip().strip("[]").rstrip(".")
    if not host:
        return None
    if "%" in host:  # IPv6 zone index
        host = host.split("%", 1)[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if ":" in host:
        return None
    try:  # decimal, hex, octal and short dotted forms, as the resolver reads them
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def address_problem(addr: IPAddress, allow: Iterable[Network] = ()) -> str | None:
    """Why connecting to ``addr`` is refused, or None when it is a public address."""
    for net in allow:
        if addr.version == net.version and addr in net:
            return None
    if isinstance(addr, ipaddress.IPv6Address):
        embedded = addr.ipv4_mapped or addr.sixtofour
        if embedded is None and any(addr in n for n in _BLOCKED_V6[:2]):
            embedded = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        if embedded is not None:
            why = address_problem(embedded, allow)
            return why and f"{why} (written as the IPv6 address {addr})"
        if any(addr in n for n in _BLOCKED_V6[2:]):
            return f"{addr} is a reserved IPv6 address"
    if addr.is_unspecified:
        return f"{addr} is the unspecified address"
    if addr.is_loopback:
        return f"{addr} is a loopback address (this computer)"
    if addr.is_link_local:
        return f"{addr} is a link-local address (such as a cloud metadata service)"
    if isinstance(addr, ipaddress.IPv4Address) and addr in _CGNAT:
        return f"{addr} is a carrier-grade NAT address"
    if addr.is_multicast:
        return f"{addr} is a multicast address"
    if addr.is_private:
        return f"{addr} is a private-network address"
    if addr.is_reserved or not addr.is_global:
        return f"{addr} is a reserved address"
    return None


def invalid_url(url: str) -> str | None:
    """Why ``url`` is not a web address auditor could fetch at all, or None."""
    parts = safe_split(url)
    if parts is None:
        return "the URL cannot be parsed"
    if parts.scheme.lower() not in ("http", "https"):
        return f'the scheme "{parts.scheme or "(none)"}" is not http or https'
    if not parts.hostname:
        return "the URL has no host"
    if any(ch.isspace() for ch in url.strip()):
        return "the URL contains white space"
    return None


def check_url(url: str, allow_private: bool = False, allow: Iterable[Network] = ()) -> str | None:
    """Why fetching ``url`` is refused before any lookup, or None.

    Names are checked again after resolution by the network backend; this catches
    bad schemes and addresses written literally, without a DNS query.
    """
    why = invalid_url(url)
    if why:
        return why
    host = safe_split(url).hostname or ""  # type: ignore[union-attr]
    if allow_private:
        return None
    if host.rstrip(".").lower() == "localhost" or host.rstrip(".").lower().endswith(".localhost"):
        return f'"{host}" names this computer'
    addr = parse_host_address(host)
    if addr is not None:
        return address_problem(addr, allow)
    return None


def parse_networks(values: Iterable[str]) -> list[Network]:
    """Networks exempted from the private-address rule (``allow_networks`` setting)."""
    nets: list[Network] = []
    for v in values:
        try:
            nets.append(ipaddress.ip_network(str(v).strip(), strict=False))
        except ValueError:
            continue
    return nets
