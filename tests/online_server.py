"""A tiny HTTP/1.1 server on loopback for the online tests and benchmark.

It runs an asyncio loop in a background thread, counts connections and
requests, and answers each path with a :class:`Reply` (or a function of the
request count returning one): delays, endless and compressed bodies included.
It listens only on loopback addresses given by the caller.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line
    endless: bool = False  # stream chunks until the client goes away
    content_type: str = "text/html; charset=utf-8"


Handler = Reply | Callable[[int], Reply]  # a function gets how many times the path was asked (1, 2, ...)

_PHRASES = {200: "OK", 301: "Moved Permanently", 302: "Found", 404: "Not Found", 410: "Gone", 429: "Too Many Requests"}


class Server:
    """Serve ``routes`` on ``hosts`` (loopback addresses), one shared port per host."""

    def __init__(
        self,
        routes: dict[str, Handler] | None = None,
        hosts: tuple[str, ...] = ("127.0.0.1",),
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.tls = tls
        self.routes: dict[str, Handler] = dict(routes or {})
        self.default: Handler = Reply(404, "<html><title>Not here</title></html>")
        self.fallback: Callable[[str], Reply] | None = None  # answers any path not in routes
        self.hosts = hosts
        self.connections = 0
        self.requests: list[str] = []
        self.seen: dict[str, int] = {}
        self.headers_seen: list[dict[str, str]] = []
        self.inflight = 0
        self.max_inflight = 0
        self.host_inflight: dict[str, int] = {}
        self.max_host_inflight = 0
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def url(self, path: str = "/", host: str | None = None) -> str:
        host = host or self.hosts[0]
        shown = f"[{host}]" if ":" in host else host
        return f"{'https' if self.tls else 'http'}://{shown}:{self.port}{path}"

    def __enter__(self) -> Server:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            servers = [
                loop.run_until_complete(asyncio.start_server(self._serve, self.hosts[0], 0, backlog=1024, ssl=self.tls))
            ]
            self.port = servers[0].sockets[0].getsockname()[1]
            for host in self.hosts[1:]:  # the same port on every address, so one URL scheme fits all
                servers.append(
                    loop.run_until_complete(asyncio.start_server(self._serve, host, self.port, ssl=self.tls))
                )
            ready.set()
            loop.run_forever()
            for server in servers:
                server.close()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(5)

    def count(self, path: str | None = None) -> int:
        with self._lock:
            return len(self.requests) if path is None else self.seen.get(path, 0)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with self._lock:
            self.connections += 1
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                parts = line.decode("latin-1").split()
                if len(parts) < 2:
                    break
                headers: dict[str, str] = {}
                while True:
                    h = await reader.readline()
                    if h in (b"\r\n", b"\n", b""):
                        break
                    k, _, v = h.decode("latin-1").partition(":")
                    headers[k.strip().lower()] = v.strip()
                path = parts[1]
                with self._lock:
                    self.requests.append(path)
                    self.seen[path] = self.seen.get(path, 0) + 1
                    n = self.seen[path]
                    self.headers_seen.append(headers)
                handler = self.routes.get(path)
                if handler is None and self.fallback is not None:
                    reply = self.fallback(path)
                else:
                    handler = handler or self.default
                    reply = handler(n) if callable(handler) else handler
                host = writer.get_extra_info("sockname")[0]
                self._enter(host, +1)
                try:
                    keep = await self._answer(writer, reply)
                finally:
                    self._enter(host, -1)
                if not keep:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    def _enter(self, host: str, step: int) -> None:
        with self._lock:
            self.inflight += step
            self.host_inflight[host] = self.host_inflight.get(host, 0) + step
            self.max_inflight = max(self.max_inflight, self.inflight)
            self.max_host_inflight = max(self.max_host_inflight, self.host_inflight[host])

    async def _answer(self, writer: asyncio.StreamWriter, r: Reply) -> bool:
        if r.delay:
            await asyncio.sleep(r.delay)
        body = r.body.encode() if isinstance(r.body, str) else r.body
        head = [f"HTTP/1.1 {r.status} {_PHRASES.get(r.status, 'Status')}", f"Content-Type: {r.content_type}"]
        head += [f"{k}: {v}" for k, v in r.headers.items()]
        if r.endless:
            head.append("Connection: close")
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode())
            chunk = b"<p>" + b"x" * 65536 + b"</p>\n"
            for _ in range(100_000):  # bounded: about 6.5 GB at most, the client stops long before
                writer.write(chunk)
                await writer.drain()
            return False
        head.append(f"Content-Length: {len(body)}")
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await writer.drain()
        return True


def fast_settings(tmp_path: Path, **more: object) -> dict[str, object]:
    """Online settings for loopback tests: private addresses allowed, short waits, the test's own cache."""
    settings: dict[str, object] = {
        "allow_private": True,
        "cache_dir": str(tmp_path / "cache"),
        "timeout": 1.0,
        "backoff": 0.05,
        "min_host_gap": 0,
        "archive": False,
        "max_retry_wait": 3,
    }
    settings.update(more)
    return settings
