"""A one-line progress bar and a per-host summary, on stderr only."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO


class Progress:
    """Pages done, failures and rate, redrawn at most ten times a second."""

    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None) -> None:
        self.total = total
        self.enabled = enabled and total > 0
        self.stream = stream or sys.stderr
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def step(self, failed: bool) -> None:
        self.done += 1
        self.failed += int(failed)
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.1 or self.done == self.total):
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        width = 24
        filled = int(width * self.done / max(1, self.total))
        rate = self.done / max(1e-6, now - self.started)
        line = (
            f"\rchecking cited pages [{'#' * filled}{'.' * (width - filled)}] "
            f"{self.done}/{self.total} · {self.failed} failed · {rate:.1f}/s"
        )
        self.stream.write(line)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def host_summary(gates: dict[str, Any], cached: int, stream: TextIO | None = None, top: int = 15) -> None:
    """Requests, failures, retries and mean time per host, busiest first."""
    stream = stream or sys.stderr
    rows = sorted(gates.items(), key=lambda kv: (-kv[1].requests, kv[0]))
    total = sum(g.requests for g in gates.values())
    stream.write(f"online: {total} requests to {len(gates)} hosts, {cached} pages from cache\n")
    for host, g in rows[:top]:
        mean = 1000 * g.seconds / max(1, g.requests)
        stream.write(
            f"  {host or '(none)'}: {g.requests} requests, {g.failures} failed, "
            f"{g.retries} retried, {mean:.0f} ms mean\n"
        )
    if len(rows) > top:
        stream.write(f"  … and {len(rows) - top} more hosts\n")
    stream.flush()
