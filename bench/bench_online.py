"""Benchmark ``check_pages``: N distinct URLs on a local server that answers each after 50 ms.

The server listens on loopback addresses 127.0.0.1 to 127.0.0.H (H hosts, so the
per-host politeness limits do not hide the global concurrency); the ideal wall
time is N x delay / concurrency. A second run over the same URLs must be served
entirely from the cache: the server counts the requests it gets.

Run: ``python bench/bench_online.py [--n 2000] [--delay 0.05] [--hosts 64] [--concurrency 16]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from online_server import Reply, Server  # noqa: E402

from auditor.online import check_pages  # noqa: E402

PAGE = (
    "<!doctype html><html lang='en'><head><title>Story {n}: council votes on harbour budget</title>"
    "<meta property='article:published_time' content='2025-03-14T09:00:00Z'></head>"
    "<body><h1>Story {n}</h1><p>The council voted on Tuesday to fund repairs to the harbour wall, "
    "officials said after the meeting.</p></body></html>"
)


def _serve(hosts: tuple[str, ...], delay: float, port: Any, count: Any, ready: Any, stop: Any) -> None:
    """The server, in its own process so that it does not share the client's GIL."""

    def answer(path: str) -> Reply:
        with count.get_lock():
            count.value += 1
        if "auditor-missing-page-check" in path:
            return Reply(404, "<title>Not found</title>", delay=delay)
        return Reply(body=PAGE.format(n=path.rsplit("/", 2)[-2]), delay=delay)

    with Server(hosts=hosts) as srv:
        srv.fallback = answer
        port.value = srv.port
        ready.set()
        stop.wait(600)


def bench(
    n: int = 2000, delay: float = 0.05, hosts: int = 64, concurrency: int = 16, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Run the benchmark and return its figures."""
    addresses = tuple(f"127.0.0.{i}" for i in range(1, hosts + 1))
    ctx = mp.get_context("spawn")
    port, count, ready, stop = ctx.Value("i", 0), ctx.Value("i", 0), ctx.Event(), ctx.Event()
    server = ctx.Process(target=_serve, args=(addresses, delay, port, count, ready, stop), daemon=True)
    server.start()
    try:
        if not ready.wait(30):
            raise RuntimeError("the benchmark server did not start")
        with tempfile.TemporaryDirectory() as cache:
            urls = [f"http://{addresses[i % hosts]}:{port.value}/news/{i}/story" for i in range(n)]
            settings = {"allow_private": True, "cache_dir": cache, "archive": False, "concurrency": concurrency}
            settings.update(extra or {})
            load = os.getloadavg()[0]
            started, cpu = time.perf_counter(), time.process_time()
            first = check_pages(urls, settings, dt.date.today(), sys.stderr.isatty())
            first_time = time.perf_counter() - started
            first_cpu = time.process_time() - cpu
            first_requests = count.value
            started = time.perf_counter()
            second = check_pages(urls, settings, dt.date.today(), False)
            second_time = time.perf_counter() - started
            second_requests = count.value - first_requests
    finally:
        stop.set()
        server.join(10)
    ideal = n * delay / concurrency
    return {
        "urls": n,
        "hosts": hosts,
        "delay_ms": delay * 1000,
        "concurrency": concurrency,
        "ideal_s": round(ideal, 2),
        "first_run_s": round(first_time, 2),
        "ratio_to_ideal": round(first_time / ideal, 2) if ideal else None,
        "client_cpu_ms_per_url": round(1000 * first_cpu / n, 2),
        "load_average_at_start": round(load, 2),
        "first_run_requests": first_requests,
        "pages_ok": sum(f["verdict"] == "ok" for f in first.values()),
        "second_run_s": round(second_time, 3),
        "second_run_requests": second_requests,
        "second_from_cache": sum(bool(f["from_cache"]) for f in second.values()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--delay", type=float, default=0.05)
    ap.add_argument("--hosts", type=int, default=64)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--min-host-gap", type=float, default=None, help="override the default politeness gap")
    ap.add_argument("--per-host", type=int, default=None, help="override the default per-host limit")
    args = ap.parse_args()
    extra = {k: v for k, v in (("min_host_gap", args.min_host_gap), ("per_host", args.per_host)) if v is not None}
    figures = bench(args.n, args.delay, args.hosts, args.concurrency, extra)
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
