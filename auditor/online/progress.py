"""The per-host summary of an online run, on stderr only (the bar is :mod:`auditor.progress`)."""

from __future__ import annotations

import sys
from typing import Any, TextIO


def host_summary(gates: dict[str, Any], cached: int, stream: TextIO | None = None, top: int = 15) -> None:
    """Pages checked and failed (as the progress bar counts them), requests, retries and mean time per host."""
    stream = stream or sys.stderr
    rows = sorted(gates.items(), key=lambda kv: (-kv[1].requests, kv[0]))
    total = sum(g.requests for g in gates.values())
    stream.write(f"online: {total} requests to {len(gates)} hosts, {cached} pages from cache\n")
    for host, g in rows[:top]:
        mean = 1000 * g.seconds / max(1, g.requests)
        stream.write(
            f"  {host or '(none)'}: {g.pages} pages, {g.pages_failed} failed; {g.requests} requests, "
            f"{g.retries} retried, {mean:.0f} ms mean\n"
        )
    if len(rows) > top:
        stream.write(f"  … and {len(rows) - top} more hosts\n")
    stream.flush()
