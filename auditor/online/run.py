"""Check every distinct cited URL once: cache, fetch, soft-404 probe, archive, verdict."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import secrets
import ssl
import sys
import time
from typing import Any
from urllib.parse import quote

import httpx

from auditor.online.cache import PageCache
from auditor.online.fetch import AttemptsTimedOut, BudgetSpent, DnsFailure, Fetcher, make_client
from auditor.online.pagefacts import page_facts
from auditor.online.progress import host_summary
from auditor.online.safety import NotWeb, Refused, check_url, invalid_url, parse_networks
from auditor.online.settings import Settings
from auditor.online.verdict import classify
from auditor.progress import Progress
from auditor.reading.urls import normalise_url, safe_split

DEAD_STATUS = {404, 410}
TRANSIENT = {"timeout", "connect", "protocol", "server", "blocked", "dns", "dns_temporary", "offline", "tls"}
UNREACHABLE = {"dns", "dns_temporary", "connect", "timeout"}


def check_pages(urls: list[str], settings: dict[str, Any], as_of: dt.date, progress: bool) -> dict[str, dict[str, Any]]:
    """Page facts for every distinct URL, keyed by ``normalise_url(url)`` (see docs/online.md)."""
    s = Settings.from_dict(settings)
    keys = sorted({normalise_url(u) for u in urls if u and u.strip()})
    if not keys:
        return {}
    return asyncio.run(_check_all(keys, s, as_of, progress))


async def _check_all(keys: list[str], s: Settings, as_of: dt.date, progress: bool) -> dict[str, dict[str, Any]]:
    cache = PageCache(s.cache_dir) if s.cache else None
    allow = parse_networks(s.allow_networks)
    results: dict[str, dict[str, Any]] = {}
    todo: list[str] = []
    for key in keys:
        if why := invalid_url(key):
            results[key] = _failed(key, "invalid", f"not fetched: {why}")
        elif why := check_url(key, s.allow_private, allow):
            results[key] = _failed(key, "refused", f"not fetched: {why}")
    cached = cache.get_many(k for k in keys if k not in results) if cache else {}
    for key in keys:
        if key in results:
            continue
        facts = cached.get(key)
        if facts is not None and (s.allow_private or not facts.get("private")):  # facts a guarded run may see
            facts["from_cache"] = True
            results[key] = facts
        else:
            todo.append(key)
    from_cache = len(results) - sum(1 for f in results.values() if f.get("error_kind") in ("refused", "invalid"))
    stats: dict[str, int] = {}
    private_hosts: set[str] = set()
    bar = Progress(len(todo), "checking cited pages", enabled=progress, count_failures=True)
    bar.show()  # at once: the first answers may take as long as the timeouts
    async with make_client(s, stats, private_hosts) as client:
        fetcher = Fetcher(s, client, stats, private_hosts)

        async def one(key: str) -> None:
            facts = await fetch_facts(fetcher, key)
            results[key] = facts
            if cache:
                cache.put(key, facts, _age(facts, s))
            failed = bool(facts.get("error_kind"))
            fetcher.gate(key).record_page(failed)  # the per-host summary counts what the bar counts
            bar.step(failed=failed)

        ticker = asyncio.create_task(_tick(bar)) if bar.enabled else None
        if not progress and s.log_interval > 0 and todo:  # a CI log: say what runs, then how far it got
            print(
                f"auditor: checking {len(todo)} cited page(s) online ({len(results)} known already; "
                f"budget {s.run_budget:g} s, {s.url_budget:g} s a page)",
                file=sys.stderr,
            )
            ticker = asyncio.create_task(_log_lines(bar, s.log_interval))
        try:
            await asyncio.gather(*(one(k) for k in todo))
        finally:
            if ticker is not None:
                ticker.cancel()
        bar.close()
        _offline_check(results, todo, cache)
        probes = await _probes(fetcher, results, cache, s) if s.soft_404_probe else {}
        for key, facts in results.items():
            facts.update(classify(facts, probes.get(_origin(facts.get("final_url") or key))))
        if s.archive:
            await _archives(fetcher, results, cache, s, as_of)
    if cache:
        cache.close()
    if progress or s.verbose:
        host_summary(fetcher.gates, from_cache, sys.stderr)
    return {k: results[k] for k in keys}


async def _tick(bar: Progress) -> None:
    """Redraw the bar twice a second, so the elapsed time moves while every request waits."""
    while True:
        await asyncio.sleep(0.5)
        bar.tick()


OFFLINE = "not checked: no site at all could be reached in this run"


async def _log_lines(bar: Progress, every: float) -> None:
    """One line every ``every`` seconds while pages are fetched (a log has no bar to redraw)."""
    started = time.monotonic()
    while True:
        await asyncio.sleep(every)
        print(
            f"auditor: checking cited pages: {bar.done} of {bar.total} done, {bar.failed} failed, "
            f"{time.monotonic() - started:.0f} s",
            file=sys.stderr,
        )


def _offline_check(results: dict[str, dict[str, Any]], fetched: list[str], cache: PageCache | None) -> None:
    """When no site answered at all, the network is down: nothing is dead, nothing is cached.

    The run says so once on stderr; each link only says it was not checked (one question about
    the network per run, not one per link).
    """
    tried = [results[k] for k in fetched]
    hosts = {_origin(f["url"]) for f in tried}
    if len(hosts) < 2 or any(f.get("error_kind") not in UNREACHABLE for f in tried):
        return
    first = tried[0]["error"]
    for f in tried:
        f.update(error_kind="offline", error=OFFLINE)
        if cache:
            cache.drop(f["url"])
    sys.stderr.write(
        f"auditor: online: no site could be reached at all ({len(tried)} links on {len(hosts)} hosts; "
        f"the first: {first}); is this computer offline? Those links are reported as not checked.\n"
    )
    sys.stderr.flush()


def _age(facts: dict[str, Any], s: Settings) -> float:
    if facts.get("error_kind") in ("refused", "invalid"):
        return 0.0  # depends on the settings of the run, and costs nothing to redo
    if facts.get("error_kind") in TRANSIENT or (facts.get("status") or 0) >= 500:
        return s.error_cache_age
    return s.max_cache_age


def _failed(url: str, kind: str, message: str, **more: Any) -> dict[str, Any]:
    base = _blank(url)
    base.update(error_kind=kind, error=message, **more)
    return base


def _blank(url: str) -> dict[str, Any]:
    return {
        "url": url,
        "final_url": url,
        "redirects": [],
        "status": None,
        "content_type": None,
        "title": None,
        "html_title": None,
        "description": None,
        "lead": None,
        "published": None,
        "published_source": None,
        "language": None,
        "paywalled": False,
        "says_not_found": False,
        "bot_wall": False,
        "truncated": False,
        "error_kind": None,
        "error": None,
        "private": False,
        "attempts": 0,
        "elapsed_ms": 0,
        "fetched_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "from_cache": False,
        "archive_url": None,
        "archive_timestamp": None,
        "archive_checked": False,
    }


async def fetch_facts(fetcher: Fetcher, url: str) -> dict[str, Any]:
    """Fetch one URL and turn the outcome into page facts (never raises)."""
    facts = _blank(url)
    started = time.monotonic()
    try:
        async with asyncio.timeout(fetcher.s.url_budget):  # every attempt, back-off and hop of this URL
            got = await fetcher.follow(url)
    except BudgetSpent as exc:
        facts.update(error_kind="timeout", error=str(exc))
    except NotWeb as exc:  # no setting would allow it: not "refused" (whose advice is --allow-private)
        facts.update(error_kind="not_web", error=f"not fetched: {exc}")
    except Refused as exc:
        facts.update(error_kind="refused", error=f"not fetched: {exc}")
    except DnsFailure as exc:
        facts.update(error_kind="dns" if exc.permanent else "dns_temporary", error=str(exc))
    except AttemptsTimedOut as exc:
        spent = time.monotonic() - started
        tries = f"{exc.attempts} attempts, each stopped after" if exc.attempts > 1 else "1 attempt, stopped after"
        facts.update(
            error_kind="timeout",
            error=f"no complete answer after {_seconds(spent)} of waiting in all, retries included "
            f"({tries} {exc.limit})",
        )
    except (TimeoutError, httpx.TimeoutException):  # the URL's own budget ran out first
        spent = time.monotonic() - started
        facts.update(
            error_kind="timeout",
            error=f"no complete answer after {_seconds(spent)} of waiting in all, retries included "
            f"(the most one link may take: url_budget = {fetcher.s.url_budget:g} seconds)",
        )
    except httpx.ConnectError as exc:
        if _tls_failure(exc):
            facts.update(error_kind="tls", error=f"the site's security certificate is not valid ({_short(exc)})")
        else:
            facts.update(error_kind="connect", error=f"the server refused the connection ({_short(exc)})")
    except (UnicodeError, httpx.InvalidURL) as exc:  # IDNA and the like: raised before any server is asked
        facts.update(error_kind="invalid", error=f"not fetched: the address cannot be requested ({_short(exc)})")
    except (httpx.HTTPError, OSError, ValueError) as exc:
        facts.update(error_kind="protocol", error=f"the server's answer could not be read ({_short(exc)})")
    except Exception as exc:  # zlib errors and the unexpected: one page must not stop the run
        facts.update(error_kind="protocol", error=f"the server's answer could not be read ({_short(exc)})")
    else:
        facts["redirects"] = got["redirects"]
        facts["final_url"] = got["final_url"]
        facts["attempts"] = got["attempts"]
        if got.get("loop"):
            facts.update(error_kind="redirects", error="the page redirects in a loop")
        elif got.get("too_many"):
            facts.update(error_kind="redirects", error=f"more than {fetcher.s.max_redirects} redirects")
        else:
            await _answer_facts(facts, got["answer"], fetcher.s)
    facts["elapsed_ms"] = int(1000 * (time.monotonic() - started))
    facts["private"] = bool(fetcher.s.allow_private or fetcher.s.allow_networks) and (
        check_url(url, False) is not None
        or any(h in fetcher.private_hosts for h in _hosts(url, facts["redirects"], facts["final_url"]))
    )
    return facts


async def _answer_facts(facts: dict[str, Any], answer: Any, s: Settings) -> None:
    facts["status"] = answer.status
    facts["content_type"] = answer.content_type or None
    facts["truncated"] = answer.truncated
    if answer.text is not None:
        if len(answer.text) < 100_000:  # parsing a small page costs less than a thread hand-off
            facts.update(page_facts(answer.text, facts["final_url"]))
        else:
            facts.update(await asyncio.to_thread(page_facts, answer.text, facts["final_url"]))
    status = answer.status
    mb = s.max_bytes / (1024 * 1024)
    if status in DEAD_STATUS:
        facts.update(error_kind="http", error=f"the server answers {status} ({_reason(status)})")
    elif status in (401, 403, 429, 999) or status == 451:
        facts.update(error_kind="blocked", error=f"the server refused to show the page ({status} {_reason(status)})")
    elif status >= 500:
        facts.update(error_kind="server", error=f"the server failed ({status} {_reason(status)}) after retries")
    elif status >= 400:
        facts.update(error_kind="http", error=f"the server answers {status} ({_reason(status)})")
    elif answer.truncated and not facts.get("title"):
        facts.update(error_kind="too_large", error=f"the page is larger than {mb:g} MB; auditor stopped reading")
    elif facts.get("bot_wall"):
        facts.update(
            error_kind="blocked", error=f'the site shows a bot check or consent page ("{facts.get("html_title")}")'
        )
    elif facts["content_type"] and facts["content_type"] not in ("text/html", "application/xhtml+xml"):
        what = facts["content_type"]
        facts.update(error_kind="not_html", error=f"the page is {what}, not HTML; auditor cannot read it")


def _seconds(spent: float) -> str:
    return f"{spent:.1f} seconds" if spent < 10 else f"{spent:.0f} seconds"


def _tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _hosts(url: str, chain: list[dict[str, Any]], final: str) -> set[str]:
    found = set()
    for u in [url, final, *(h["url"] for h in chain)]:
        parts = safe_split(u)
        if parts is not None and parts.hostname:
            found.add(parts.hostname.lower())
    return found


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return HTTPStatus(status).phrase.lower()
    except ValueError:
        return "non-standard status"


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:160]


def _origin(url: str) -> str:
    parts = safe_split(url)
    if parts is None or not parts.hostname:
        return ""
    return normalise_url(f"{parts.scheme}://{parts.netloc}/").rstrip("/")


async def _probes(
    fetcher: Fetcher, results: dict[str, dict[str, Any]], cache: PageCache | None, s: Settings
) -> dict[str, dict[str, Any]]:
    """For each site with a page that looks fine, what a made-up address on it returns."""
    origins = sorted(
        {_origin(f["final_url"] or k) for k, f in results.items() if f.get("status") == 200 and not f.get("error_kind")}
        - {""}
    )
    keys = {o: f"probe:{o}" for o in origins}
    known = cache.get_many(keys.values()) if cache else {}
    probes: dict[str, dict[str, Any]] = {}

    async def probe(origin: str) -> None:
        if keys[origin] in known:
            probes[origin] = known[keys[origin]]
            return
        url = f"{origin}/{secrets.token_hex(8)}-auditor-missing-page-check"
        facts = await fetch_facts(fetcher, url)
        wanted = ("url", "final_url", "status", "html_title", "title", "description", "lead", "error_kind", "redirects")
        small = {k: facts.get(k) for k in wanted}
        probes[origin] = small
        if cache and facts.get("error_kind") != "refused":
            cache.put(keys[origin], small, _age(facts, s))

    await asyncio.gather(*(probe(o) for o in origins))
    return probes


async def _archives(
    fetcher: Fetcher, results: dict[str, dict[str, Any]], cache: PageCache | None, s: Settings, as_of: dt.date
) -> None:
    """A Wayback Machine snapshot for every dead or soft-404 page not looked up yet."""
    wanted = [
        k
        for k, f in sorted(results.items())
        if f.get("verdict") in ("dead", "soft_404") and not f.get("archive_checked")
    ]

    async def lookup(key: str) -> None:
        facts = results[key]
        endpoint = f"{s.archive_endpoint}?url={quote(key, safe='')}&timestamp={as_of:%Y%m%d}"
        snap = None
        try:
            if check_url(endpoint, s.allow_private, parse_networks(s.allow_networks)) is None:
                answer, _ = await fetcher.get(endpoint, read_body=True, any_type=True)
                if answer.status == 200 and answer.text:
                    snap = json.loads(answer.text).get("archived_snapshots", {}).get("closest")
        except Exception:  # the archive is a suggestion: its failure changes nothing else
            return
        facts["archive_checked"] = True
        if isinstance(snap, dict) and snap.get("available") and str(snap.get("status", "200")).startswith("2"):
            url = str(snap.get("url") or "")
            if url.startswith("http://web.archive.org/"):
                url = "https://" + url[len("http://") :]
            if url.startswith(("https://", "http://")):
                facts["archive_url"] = url
                facts["archive_timestamp"] = str(snap.get("timestamp") or "") or None
        if cache:
            stored = {k: v for k, v in facts.items() if k not in _DERIVED}
            stored["from_cache"] = False
            cache.put(key, stored, _age(facts, s))

    await asyncio.gather(*(lookup(k) for k in wanted))


_DERIVED = ("verdict", "reason", "soft_404", "soft_404_reason")
