"""Fetch one page safely and politely with httpx (async).

* Every connection goes through :class:`SafeBackend`, which resolves the host,
  refuses private and special addresses (see :mod:`auditor.online.safety`) and
  connects to the address it checked. Redirects are followed here, hop by hop,
  so each hop is checked too and the chain is recorded.
* :class:`HostGate` keeps at most ``per_host`` requests in flight per host with
  at least ``min_host_gap`` seconds between their starts, and holds the whole
  host back when it answers 429 with ``Retry-After``.
* Bodies are streamed raw and decompressed here with a hard output limit, so
  neither a huge page nor a gzip bomb can use more than ``max_bytes`` of memory.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import httpcore
import httpx

from auditor.online.safety import (
    NotWeb,
    Refused,
    address_problem,
    check_url,
    invalid_url,
    parse_host_address,
    parse_networks,
)
from auditor.online.settings import Settings
from auditor.reading.urls import safe_split

REDIRECTS = {301, 302, 303, 307, 308}
RETRY_STATUS = {429, 500, 502, 503, 504}
HTML_TYPES = {"text/html", "application/xhtml+xml", ""}


class DnsFailure(Exception):
    """The host name does not resolve; ``permanent`` when the name does not exist at all."""

    def __init__(self, message: str, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


_NO_SUCH_NAME = {getattr(socket, n) for n in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, n)}


class SafeBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that resolves, checks, then connects to the checked address."""

    def __init__(self, settings: Settings, stats: dict[str, int], private_hosts: set[str]) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._allow_private = settings.allow_private
        self._allow = parse_networks(settings.allow_networks)
        self._stats = stats
        self._private_hosts = private_hosts  # hosts let through only because allow_private is on

    async def _resolve(self, host: str, port: int, timeout: float | None) -> list[str]:
        literal = parse_host_address(host)
        if literal is not None:
            return [str(literal)]
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout)
        except socket.gaierror as exc:
            if exc.errno in _NO_SUCH_NAME:
                raise DnsFailure(f'the host name "{host}" does not exist', True) from exc
            raise DnsFailure(f'the host name "{host}" could not be looked up ({exc.strerror})', False) from exc
        except UnicodeError as exc:
            raise DnsFailure(f'the host name "{host}" is not a valid name', True) from exc
        except (TimeoutError, OSError) as exc:
            raise DnsFailure(f'the host name "{host}" could not be looked up in time', False) from exc
        addrs: list[str] = []
        for info in infos:
            ip = str(info[4][0]).split("%", 1)[0]
            if ip not in addrs:
                addrs.append(ip)
        return addrs

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        addrs = await self._resolve(host, port, timeout)
        for ip in addrs:  # one private address is enough to refuse the name
            addr = parse_host_address(ip)
            strict = address_problem(addr)  # type: ignore[arg-type]
            why = strict and address_problem(addr, self._allow)  # type: ignore[arg-type]
            if why and not self._allow_private:
                raise Refused(f'"{host}" resolves to {why}')
            if strict:  # let through by allow_private or allow_networks: its facts are not for other runs
                self._private_hosts.add(host.lower())
        error: Exception | None = None
        for ip in addrs:
            self._stats["connections"] = self._stats.get("connections", 0) + 1
            try:
                return await self._inner.connect_tcp(ip, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address for {host}")

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise Refused("Unix sockets are never used")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def make_client(settings: Settings, stats: dict[str, int], private_hosts: set[str]) -> httpx.AsyncClient:
    """An httpx client whose every connection goes through :class:`SafeBackend`."""
    # Requests in flight are capped by Fetcher's semaphores, so the pool needs no more
    # connections than that; a bigger idle pool costs more than it saves (httpcore scans
    # its connections quadratically on every request: 1.6 ms of CPU per URL at 16, 3.3 at 64).
    pool = settings.concurrency
    limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool, keepalive_expiry=10.0)
    verify: ssl.SSLContext | bool = True
    if settings.ca_file:
        verify = ssl.create_default_context(cafile=settings.ca_file)
    transport = httpx.AsyncHTTPTransport(verify=verify, limits=limits, trust_env=False, retries=0)
    # httpx does not expose the network backend; the pool it built is replaced by an
    # identical one using ours (the SSRF tests fail loudly if this ever stops working).
    old = transport._pool
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=old._ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        http1=True,
        http2=False,
        retries=0,
        network_backend=SafeBackend(settings, stats, private_hosts),
    )
    timeout = httpx.Timeout(
        settings.timeout,
        connect=settings.connect_timeout,
        read=settings.read_timeout,
        write=settings.read_timeout,
        pool=None,
    )
    return httpx.AsyncClient(
        transport=transport,
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "en;q=0.9, *;q=0.5",
        },
    )


class BudgetSpent(Exception):
    """A URL not fetched because the run's or its host's budget is spent (reported as a timeout)."""


class AttemptsTimedOut(TimeoutError):
    """Every attempt at a URL timed out: how many there were and what stopped each one."""

    def __init__(self, attempts: int, limit: str) -> None:
        super().__init__(f"{attempts} attempt(s) timed out ({limit})")
        self.attempts = attempts
        self.limit = limit  # e.g. "15 seconds without data"


def timeout_limit(exc: BaseException, s: Settings) -> str:
    """Which of the settings' limits stopped an attempt, as words."""
    if isinstance(exc, httpx.ConnectTimeout):
        return f"{s.connect_timeout:g} seconds trying to connect"
    if isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout):
        return f"{s.read_timeout:g} seconds without data"
    if isinstance(exc, httpx.PoolTimeout):
        return "waiting for a free connection"
    return f"{s.timeout:g} seconds for the whole answer"


@dataclass(slots=True)
class HostGate:
    """Per-host politeness: a concurrency cap, a gap between starts, a shared back-off."""

    limit: int
    gap: float
    sem: asyncio.Semaphore = field(init=False)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0
    requests: int = 0
    failures: int = 0
    retries: int = 0
    seconds: float = 0.0
    failing: int = 0  # timeouts and dropped connections in a row (reset by any answer)
    given_up: bool = False  # after ``host_failures`` of them: the host's other URLs are not fetched
    pages: int = 0  # cited URLs of this host checked (redirect hops and retries not counted)
    pages_failed: int = 0  # of them, the ones the progress bar counts as failed (any error_kind)

    def __post_init__(self) -> None:
        self.sem = asyncio.Semaphore(self.limit)

    async def wait_turn(self) -> None:
        async with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.gap
        if start > now:
            await asyncio.sleep(start - now)

    def record_page(self, failed: bool) -> None:
        self.pages += 1
        self.pages_failed += int(failed)

    def hold_back(self, seconds: float) -> None:
        self.next_start = max(self.next_start, time.monotonic() + seconds)


@dataclass(slots=True)
class Answer:
    """One HTTP response, body capped and decoded to text when it is HTML."""

    status: int
    url: str
    headers: httpx.Headers
    content_type: str
    text: str | None = None
    truncated: bool = False


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _decoder(encoding: str) -> Any:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, auto-detected
    raise httpx.DecodingError(f"unsupported content encoding {encoding!r}")


async def read_capped(response: httpx.Response, max_bytes: int) -> tuple[bytes, bool]:
    """The body, decompressed with a hard limit: (bytes, truncated)."""
    dec = _decoder(response.headers.get("content-encoding", ""))
    out = bytearray()
    raw_seen = 0
    async for chunk in response.aiter_raw():
        raw_seen += len(chunk)
        if dec is None:
            out += chunk
        else:
            try:
                data = dec.decompress(chunk, max_bytes + 1 - len(out))
            except zlib.error:
                if dec is not None and not out and response.headers.get("content-encoding", "").lower() == "deflate":
                    dec = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send
                    data = dec.decompress(chunk, max_bytes + 1 - len(out))
                else:
                    raise
            out += data
            if dec.unconsumed_tail:  # output limit reached with input left: too large
                return bytes(out[:max_bytes]), True
        if len(out) > max_bytes or raw_seen > max_bytes:
            return bytes(out[:max_bytes]), True
    return bytes(out), False


def _decode_text(body: bytes, response: httpx.Response) -> str:
    charset = response.charset_encoding
    if not charset:
        head = body[:2048].decode("ascii", "ignore").lower()
        idx = head.find("charset=")
        if idx >= 0:
            charset = head[idx + 8 :].lstrip("\"' ").split('"')[0].split("'")[0].split(";")[0].split(">")[0]
            charset = charset.strip().strip("/") or None
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


class Fetcher:
    """Fetch pages with the safety, politeness, retry and size rules of ``settings``."""

    def __init__(
        self, settings: Settings, client: httpx.AsyncClient, stats: dict[str, int], private_hosts: set[str]
    ) -> None:
        self.s = settings
        self.client = client
        self.stats = stats
        self.private_hosts = private_hosts
        self.global_sem = asyncio.Semaphore(settings.concurrency)
        self.gates: dict[str, HostGate] = {}
        self.allow = parse_networks(settings.allow_networks)
        self.deadline = time.monotonic() + settings.run_budget  # the run's whole online budget

    def gate(self, url: str) -> HostGate:
        parts = safe_split(url)
        host = (parts.hostname or "") if parts else ""
        if host not in self.gates:
            self.gates[host] = HostGate(self.s.per_host, self.s.min_host_gap)
        return self.gates[host]

    async def _once(self, url: str, read_body: bool, any_type: bool) -> Answer:
        request = self.client.build_request("GET", url)
        response = await self.client.send(request, stream=True)
        try:
            ctype = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            answer = Answer(response.status_code, str(response.url), response.headers, ctype)
            if read_body and response.status_code not in REDIRECTS and (any_type or ctype in HTML_TYPES):
                body, answer.truncated = await read_capped(response, self.s.max_bytes)
                answer.text = _decode_text(body, response)
            return answer
        finally:
            await response.aclose()

    async def get(self, url: str, read_body: bool = True, any_type: bool = False) -> tuple[Answer, int]:
        """GET one URL (no redirect following) with retries: (answer, attempts).

        Raises Refused, DnsFailure, httpx errors or TimeoutError when every
        attempt failed.
        """
        gate = self.gate(url)
        attempts = 0
        while True:
            attempts += 1
            failure: BaseException | None = None
            answer: Answer | None = None
            async with gate.sem:
                await gate.wait_turn()
                async with self.global_sem:
                    self._check_budgets(gate)
                    started = time.monotonic()
                    gate.requests += 1
                    self.stats["requests"] = self.stats.get("requests", 0) + 1
                    try:
                        async with asyncio.timeout(min(self.s.timeout, max(0.001, self.deadline - started))):
                            answer = await self._once(url, read_body, any_type)
                    except (TimeoutError, httpx.TimeoutException) as exc:
                        failure = exc
                    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                        failure = exc
                    finally:
                        gate.seconds += time.monotonic() - started
            if failure is None:
                gate.failing = 0
            else:
                gate.failing += 1
                if gate.failing >= self.s.host_failures:
                    gate.given_up = True
            wait: float | None = None
            if answer is not None and answer.status in RETRY_STATUS:
                wait = retry_after(answer.headers.get("retry-after"))
                if wait is not None and answer.status == 429:
                    gate.hold_back(min(wait, self.s.max_retry_wait))
            if attempts > self.s.retries or (answer is not None and answer.status not in RETRY_STATUS):
                if failure is not None:
                    gate.failures += 1
                    if isinstance(failure, TimeoutError | httpx.TimeoutException):
                        raise AttemptsTimedOut(attempts, timeout_limit(failure, self.s)) from failure
                    raise failure
                assert answer is not None
                return answer, attempts
            if wait is not None and wait > self.s.max_retry_wait:
                return answer, attempts  # asked to come back too late: report what we have
            if wait is None:
                wait = self.s.backoff * (2 ** (attempts - 1)) * (0.75 + random.random() / 2)
            gate.retries += 1
            await asyncio.sleep(min(wait, self.s.max_retry_wait))

    def _check_budgets(self, gate: HostGate) -> None:
        """Stop before a request the run's budget or the host's record says not to make."""
        if gate.given_up:
            raise BudgetSpent(
                f"not fetched: the host failed {self.s.host_failures} times in a row (timeouts or dropped "
                "connections), so its other links were not tried (host_failures)"
            )
        if time.monotonic() >= self.deadline:
            raise BudgetSpent(
                f"not fetched: the run's online budget of {self.s.run_budget:g} seconds was spent (run_budget)"
            )

    async def follow(self, url: str) -> dict[str, Any]:
        """GET ``url`` following redirects hop by hop, each hop checked: raw page facts."""
        chain: list[dict[str, Any]] = []
        seen = {url}
        current = url
        attempts = 0
        for _ in range(self.s.max_redirects + 1):
            why = check_url(current, self.s.allow_private, self.allow)
            if why:
                kind = NotWeb if invalid_url(current) else Refused
                raise kind(why if not chain else f"redirected to {current}, refused: {why}")
            answer, tries = await self.get(current)
            attempts += tries
            location = answer.headers.get("location")
            if answer.status in REDIRECTS and location:
                chain.append({"url": current, "status": answer.status})
                nxt = urljoin(current, location.strip())
                if nxt in seen:
                    return {"redirects": chain, "final_url": nxt, "attempts": attempts, "loop": True}
                seen.add(nxt)
                current = nxt
                continue
            return {"redirects": chain, "final_url": current, "answer": answer, "attempts": attempts}
        return {"redirects": chain, "final_url": current, "attempts": attempts, "too_many": True}
