"""check_pages against a real HTTP server on loopback: every case issue 7 lists."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import json
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from online_server import Reply, Server, fast_settings

from auditor.online import check_pages
from auditor.reading.urls import normalise_url

AS_OF = dt.date(2026, 11, 23)
ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """<!doctype html><html lang="en-GB"><head>
<title>Harbour reopens after storm repairs | Example Post</title>
<meta property="article:published_time" content="2025-03-14T09:00:00Z">
</head><body><h1>Harbour reopens after storm repairs</h1>
<p>The harbour at Portwell reopened on Thursday after three months of repairs to the storm wall.</p>
</body></html>"""
HOME = "<html><head><title>Example Post: news</title></head><body><p>Front page of the site.</p></body></html>"
NOT_FOUND_200 = "<html><head><title>Page not found | Example Post</title></head><body><p>Sorry.</p></body></html>"
TEMPLATE = (
    "<html><head><title>Example Post</title></head>"
    "<body><p>Welcome to Example Post, the daily paper of the Portwell valley since 1894.</p></body></html>"
)
SHELL = "<html><head><title>Example App</title></head><body><div id='root'></div><script>app()</script></body></html>"


def fast(tmp_path: Path, **more: object) -> dict[str, object]:
    return fast_settings(tmp_path, **more)


def one(server: Server, path: str, settings: dict[str, object]) -> dict[str, object]:
    url = server.url(path)
    return check_pages([url], settings, AS_OF, False)[normalise_url(url)]


def test_article_page_facts(tmp_path: Path) -> None:
    with Server({"/news/2025/harbour": Reply(body=ARTICLE)}) as srv:
        facts = one(srv, "/news/2025/harbour", fast(tmp_path))
        assert srv.headers_seen[0]["user-agent"].startswith("auditor/")
    assert facts["verdict"] == "ok" and facts["status"] == 200
    assert facts["title"] == "Harbour reopens after storm repairs | Example Post"
    assert facts["published"] == "2025-03-14"
    assert facts["published_source"] == "meta article:published_time"
    assert facts["language"] == "en-GB"
    assert "storm wall" in facts["lead"]
    assert facts["from_cache"] is False and facts["error_kind"] is None
    json.dumps(facts)  # plain values only


@pytest.mark.parametrize("status", [404, 410])
def test_dead_status(tmp_path: Path, status: int) -> None:
    with Server({"/gone": Reply(status, "<title>gone</title>")}) as srv:
        facts = one(srv, "/gone", fast(tmp_path))
    assert facts["verdict"] == "dead" and facts["status"] == status
    assert str(status) in facts["error"]


def test_refused_connection_is_dead(tmp_path: Path) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    url = f"http://127.0.0.1:{port}/a"
    facts = check_pages([url], fast(tmp_path), AS_OF, False)[normalise_url(url)]
    assert facts["verdict"] == "dead" and facts["error_kind"] == "connect"


def test_nothing_reachable_means_offline_not_dead(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ports = []
    for host in ("127.0.0.1", "127.0.0.2"):
        for _ in range(3):
            sock = socket.socket()
            sock.bind((host, 0))
            ports.append((host, sock.getsockname()[1]))
            sock.close()
    urls = [f"http://{h}:{p}/story" for h, p in ports]
    got = check_pages(urls, fast(tmp_path), AS_OF, False)
    for url in urls:
        facts = got[normalise_url(url)]
        assert facts["error_kind"] == "offline" and facts["verdict"] == "unverifiable"
        assert facts["error"] == "not checked: no site at all could be reached in this run"
    err = capsys.readouterr().err  # one question about the network for the run, not one per link
    assert err.count("is this computer offline?") == 1 and "6 links on 6 hosts" in err
    again = check_pages(urls, fast(tmp_path), AS_OF, False)
    assert not any(f["from_cache"] for f in again.values())  # never cached


def test_redirect_chain(tmp_path: Path) -> None:
    routes = {
        "/a": Reply(301, headers={"Location": "/b"}),
        "/b": Reply(302, headers={"Location": "/c/story"}),
        "/c/story": Reply(307, headers={"Location": "/d/news/story-final"}),
        "/d/news/story-final": Reply(body=ARTICLE),
    }
    with Server(routes) as srv:
        facts = one(srv, "/a", fast(tmp_path))
        assert facts["final_url"] == srv.url("/d/news/story-final")
    assert [h["status"] for h in facts["redirects"]] == [301, 302, 307]
    assert facts["verdict"] == "ok"


def test_redirect_loop_and_too_many(tmp_path: Path) -> None:
    routes = {"/x": Reply(302, headers={"Location": "/y"}), "/y": Reply(302, headers={"Location": "/x"})}
    routes.update({f"/r{i}": Reply(302, headers={"Location": f"/r{i + 1}"}) for i in range(20)})
    with Server(routes) as srv:
        loop = one(srv, "/x", fast(tmp_path))
        many = one(srv, "/r0", fast(tmp_path, max_redirects=3))
    assert loop["verdict"] == "unverifiable" and "loop" in loop["error"]
    assert many["error_kind"] == "redirects" and "more than 3" in many["error"]


def test_redirect_to_home_is_soft_404(tmp_path: Path) -> None:
    routes = {"/news/2024/05/lost-story": Reply(301, headers={"Location": "/"}), "/": Reply(body=HOME)}
    with Server(routes) as srv:
        facts = one(srv, "/news/2024/05/lost-story", fast(tmp_path))
    assert facts["verdict"] == "soft_404" and facts["soft_404"] is True
    assert "home page" in facts["soft_404_reason"]


def test_not_found_page_served_with_200(tmp_path: Path) -> None:
    with Server({"/politics/vote-story": Reply(body=NOT_FOUND_200)}) as srv:
        facts = one(srv, "/politics/vote-story", fast(tmp_path))
    assert facts["verdict"] == "soft_404" and "title says" in facts["soft_404_reason"]


def test_soft_404_found_by_probing_a_made_up_address(tmp_path: Path) -> None:
    with Server({"/world/missing-story": Reply(body=TEMPLATE), "/world/real-story": Reply(body=ARTICLE)}) as srv:
        srv.default = Reply(body=TEMPLATE)  # the site answers 200 with its template for anything
        settings = fast(tmp_path)
        urls = [srv.url("/world/missing-story"), srv.url("/world/real-story")]
        got = check_pages(urls, settings, AS_OF, False)
        probes = [p for p in srv.requests if "auditor-missing-page-check" in p]
    assert len(probes) == 1  # one probe per site, not per page
    assert got[normalise_url(urls[0])]["verdict"] == "soft_404"
    assert got[normalise_url(urls[1])]["verdict"] == "ok"


def test_javascript_shell_sites_are_unverifiable_not_soft_404(tmp_path: Path) -> None:
    with Server({"/world/story": Reply(body=SHELL)}) as srv:
        srv.default = Reply(body=SHELL)
        facts = one(srv, "/world/story", fast(tmp_path))
    assert facts["verdict"] == "unverifiable" and "JavaScript" in facts["reason"]


def test_redirect_to_a_section_page_is_soft_404(tmp_path: Path) -> None:
    routes = {"/world/2023/old-story": Reply(301, headers={"Location": "/world/"}), "/world/": Reply(body=TEMPLATE)}
    with Server(routes) as srv:
        facts = one(srv, "/world/2023/old-story", fast(tmp_path))
    assert facts["verdict"] == "soft_404" and "section page" in facts["soft_404_reason"]


def test_real_404s_mean_no_soft_404(tmp_path: Path) -> None:
    with Server({"/world/story": Reply(body=TEMPLATE)}) as srv:  # the default answer is a real 404
        facts = one(srv, "/world/story", fast(tmp_path))
    assert facts["verdict"] == "ok"


def test_429_with_retry_after_is_honoured(tmp_path: Path) -> None:
    def limited(n: int) -> Reply:
        return Reply(429, "slow down", headers={"Retry-After": "1"}) if n == 1 else Reply(body=ARTICLE)

    with Server({"/busy": limited}) as srv:
        started = time.monotonic()
        facts = one(srv, "/busy", fast(tmp_path))
        took = time.monotonic() - started
        assert srv.count("/busy") == 2
    assert facts["verdict"] == "ok" and facts["attempts"] == 2
    assert took >= 0.95


def test_retry_after_beyond_the_cap_gives_up(tmp_path: Path) -> None:
    with Server({"/busy": Reply(429, "later", headers={"Retry-After": "3600"})}) as srv:
        facts = one(srv, "/busy", fast(tmp_path))
        assert srv.count("/busy") == 1
    assert facts["verdict"] == "unverifiable" and facts["error_kind"] == "blocked"


def test_503_then_200(tmp_path: Path) -> None:
    with Server({"/flaky": lambda n: Reply(503, "busy") if n == 1 else Reply(body=ARTICLE)}) as srv:
        facts = one(srv, "/flaky", fast(tmp_path))
    assert facts["verdict"] == "ok" and facts["attempts"] == 2


def test_slow_response_times_out(tmp_path: Path) -> None:
    with Server({"/slow": Reply(body=ARTICLE, delay=3)}) as srv:
        started = time.monotonic()
        facts = one(srv, "/slow", fast(tmp_path, timeout=0.3, retries=1))
        took = time.monotonic() - started
        assert srv.count("/slow") == 2  # retried once
    assert facts["verdict"] == "unverifiable" and facts["error_kind"] == "timeout"
    assert took < 2.5


def test_endless_body_is_cut(tmp_path: Path) -> None:
    with Server({"/endless": Reply(endless=True)}) as srv:
        started = time.monotonic()
        facts = one(srv, "/endless", fast(tmp_path, max_bytes=200_000))
        assert time.monotonic() - started < 5
    assert facts["truncated"] is True
    assert facts["verdict"] == "unverifiable" and facts["error_kind"] == "too_large"


def test_gzip_bomb_is_bounded(tmp_path: Path) -> None:
    bomb = gzip.compress(b"<html><body>" + b"\0" * 50_000_000, 9)  # 50 MB from about 50 KB
    with Server({"/bomb": Reply(body=bomb, headers={"Content-Encoding": "gzip"})}) as srv:
        facts = one(srv, "/bomb", fast(tmp_path, max_bytes=100_000))
    assert facts["truncated"] is True and facts["error_kind"] == "too_large"


def test_gzip_page_is_read(tmp_path: Path) -> None:
    with Server({"/z": Reply(body=gzip.compress(ARTICLE.encode()), headers={"Content-Encoding": "gzip"})}) as srv:
        facts = one(srv, "/z", fast(tmp_path))
    assert facts["title"].startswith("Harbour reopens") and facts["verdict"] == "ok"


def test_pdf_is_not_read(tmp_path: Path) -> None:
    with Server({"/report.pdf": Reply(body=b"%PDF-1.7 ...", content_type="application/pdf")}) as srv:
        facts = one(srv, "/report.pdf", fast(tmp_path))
    assert facts["content_type"] == "application/pdf"
    assert facts["verdict"] == "unverifiable" and facts["error_kind"] == "not_html"


def test_bot_wall(tmp_path: Path) -> None:
    wall = "<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>"
    with Server({"/a/b": Reply(body=wall), "/c": Reply(403, "forbidden")}) as srv:
        wall_facts = one(srv, "/a/b", fast(tmp_path))
        forbidden = one(srv, "/c", fast(tmp_path))
    assert wall_facts["verdict"] == "unverifiable" and "bot check or consent page" in wall_facts["error"]
    assert forbidden["verdict"] == "unverifiable" and "403" in forbidden["error"]


def test_redirect_to_private_address_is_refused_without_connecting(tmp_path: Path) -> None:
    with Server(hosts=("127.0.0.2",)) as target, Server() as start:
        start.routes = {
            "/to-private": Reply(302, headers={"Location": target.url("/secret", "127.0.0.2")}),
            "/to-metadata": Reply(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}),
            "/to-localhost": Reply(302, headers={"Location": f"http://localhost:{target.port}/secret"}),
        }
        settings = fast(tmp_path, allow_private=False, allow_networks=["127.0.0.1/32"])
        urls = [start.url(p) for p in ("/to-private", "/to-metadata", "/to-localhost")]
        got = check_pages(urls, settings, AS_OF, False)
        assert target.connections == 0 and target.count() == 0
        assert start.count() == 3
    for url in urls:
        facts = got[normalise_url(url)]
        assert facts["error_kind"] == "refused" and facts["verdict"] == "unverifiable"
        assert facts["error"].startswith("not fetched: redirected to")
    assert "127.0.0.2 is a loopback address" in got[normalise_url(urls[0])]["error"]
    assert "link-local" in got[normalise_url(urls[1])]["error"]


def _loopback_v6() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


def test_default_settings_never_connect_to_private_addresses(tmp_path: Path) -> None:
    hosts = ("127.0.0.1", "::1") if _loopback_v6() else ("127.0.0.1",)
    with Server({"/": Reply(body=HOME)}, hosts=hosts) as srv:
        port = srv.port
        urls = [
            f"http://127.0.0.1:{port}/",
            f"http://localhost:{port}/",
            f"http://[::1]:{port}/",
            f"http://2130706433:{port}/",
            f"http://0x7f000001:{port}/",
            f"http://0x7f.1:{port}/",
            f"http://017700000001:{port}/",
            f"http://[::ffff:127.0.0.1]:{port}/",
            f"http://[::ffff:7f00:1]:{port}/",
            f"http://0.0.0.0:{port}/",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/admin",
            "http://100.64.0.1/",
            "http://[fe80::1]/",
            "http://224.0.0.1/",
            "file:///etc/passwd",
            "ftp://127.0.0.1/",
        ]
        settings = {"cache_dir": str(tmp_path / "c"), "archive": False, "timeout": 1}
        got = check_pages(urls, settings, AS_OF, False)
        time.sleep(0.1)
        assert srv.connections == 0
    for url in urls:
        facts = got[normalise_url(url)]
        if url.startswith(("file:", "ftp:")):
            assert facts["error_kind"] == "invalid" and facts["verdict"] == "skipped"
        else:
            assert facts["error_kind"] == "refused", url
            assert facts["verdict"] == "unverifiable"


def test_names_are_checked_after_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A public-looking name that resolves to a private address is refused before connecting."""
    import asyncio

    real = asyncio.BaseEventLoop.getaddrinfo
    seen: list[str] = []

    async def fake(self, host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(host)
        if host == "intranet.example.com":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port))]
        return await real(self, host, port, *args, **kwargs)

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", fake)
    url = "http://intranet.example.com/wiki"
    facts = check_pages([url], {"cache_dir": str(tmp_path), "archive": False}, AS_OF, False)[normalise_url(url)]
    assert seen == ["intranet.example.com"]
    assert facts["error_kind"] == "refused" and "10.1.2.3 is a private-network address" in facts["error"]


def test_cache_second_run_makes_no_request(tmp_path: Path) -> None:
    routes = {
        "/one/story": Reply(body=ARTICLE),
        "/two": Reply(404, "no"),
        "/three/x": Reply(301, headers={"Location": "/"}),
    }
    routes["/"] = Reply(body=HOME)
    with Server(routes) as srv:
        urls = [srv.url(p) for p in ("/one/story", "/two", "/three/x")]
        first = check_pages(urls, fast(tmp_path), AS_OF, False)
        before = srv.count()
        connections = srv.connections
        second = check_pages(urls, fast(tmp_path), AS_OF, False)
        assert srv.count() == before and srv.connections == connections
    for url in urls:
        key = normalise_url(url)
        assert second[key]["from_cache"] is True
        assert second[key]["verdict"] == first[key]["verdict"]
    assert not any(f["from_cache"] for f in first.values())


def test_cache_expiry_and_private_entries(tmp_path: Path) -> None:
    with Server({"/p": Reply(body=ARTICLE)}) as srv:
        url = srv.url("/p")
        check_pages([url], fast(tmp_path, max_cache_age=0), AS_OF, False)
        check_pages([url], fast(tmp_path, max_cache_age=0), AS_OF, False)
        assert srv.count("/p") == 2  # nothing kept with a zero age
        check_pages([url], fast(tmp_path), AS_OF, False)
        # a page fetched only because private addresses were allowed is not served to a default run
        facts = check_pages([url], {"cache_dir": str(tmp_path / "cache")}, AS_OF, False)[normalise_url(url)]
        assert facts["error_kind"] == "refused" and srv.count("/p") == 3


_WORKER = """
import datetime as dt, json, sys
sys.path.insert(0, {tests!r})
from auditor.online import check_pages
urls = json.loads(sys.argv[1])
got = check_pages(urls, json.loads(sys.argv[2]), dt.date(2026, 11, 23), False)
print(json.dumps(sorted(f["verdict"] for f in got.values())))
"""


def test_two_processes_share_the_cache(tmp_path: Path) -> None:
    routes = {f"/s/{i}": Reply(body=ARTICLE, delay=0.01) for i in range(60)}
    with Server(routes) as srv:
        urls = [srv.url(p) for p in routes]
        settings = json.dumps(fast(tmp_path))
        code = _WORKER.format(tests=str(ROOT / "tests"))
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", code, json.dumps(part), settings],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for part in (urls[:40], urls[20:])
        ]
        outs = [p.communicate(timeout=60) for p in procs]
        for p, (out, err) in zip(procs, outs, strict=True):
            assert p.returncode == 0, err
            assert set(json.loads(out)) == {"ok"}
        before = srv.count()
        third = check_pages(urls, fast(tmp_path), AS_OF, False)
        assert srv.count() == before  # every page came from the shared cache
    assert all(f["from_cache"] for f in third.values())
    db = sqlite3.connect(tmp_path / "cache" / "online-cache.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_archive_lookup_for_dead_links(tmp_path: Path) -> None:
    snapshot = {
        "archived_snapshots": {
            "closest": {
                "available": True,
                "status": "200",
                "timestamp": "20250101000000",
                "url": "http://web.archive.org/web/20250101000000/http://example.org/gone",
            }
        }
    }
    with Server({"/gone/story": Reply(404, "no"), "/ok": Reply(body=ARTICLE)}) as srv:
        srv.default = lambda n: Reply(body=json.dumps(snapshot), content_type="application/json")
        settings = fast(tmp_path, archive=True, archive_endpoint=srv.url("/wayback/available"))
        urls = [srv.url("/gone/story"), srv.url("/ok")]
        got = check_pages(urls, settings, AS_OF, False)
        lookups = [p for p in srv.requests if p.startswith("/wayback/available")]
        assert len(lookups) == 1 and "timestamp=20261123" in lookups[0]
        again = check_pages(urls, settings, AS_OF, False)  # cached with the page: no new lookup
        assert len([p for p in srv.requests if p.startswith("/wayback/")]) == 1
    dead = got[normalise_url(urls[0])]
    assert dead["verdict"] == "dead"
    assert dead["archive_url"] == "https://web.archive.org/web/20250101000000/http://example.org/gone"
    assert again[normalise_url(urls[0])]["archive_url"] == dead["archive_url"]
    assert got[normalise_url(urls[1])]["archive_url"] is None


def test_no_archive_makes_no_lookup(tmp_path: Path) -> None:
    with Server({"/gone": Reply(404, "no")}) as srv:
        check_pages([srv.url("/gone")], fast(tmp_path, archive_endpoint=srv.url("/wb")), AS_OF, False)
        assert not [p for p in srv.requests if p.startswith("/wb")]


def test_per_host_and_global_limits(tmp_path: Path) -> None:
    hosts = tuple(f"127.0.0.{i}" for i in range(1, 7))
    with Server(hosts=hosts) as srv:
        srv.fallback = lambda path: Reply(body=ARTICLE, delay=0.05)
        urls = [srv.url(f"/p/{i}", hosts[i % len(hosts)]) for i in range(36)]
        check_pages(urls, fast(tmp_path, per_host=2, concurrency=5, soft_404_probe=False), AS_OF, False)
        assert srv.count() == 36
        assert srv.max_host_inflight == 2  # reached, never passed
        assert srv.max_inflight == 5


def test_min_host_gap(tmp_path: Path) -> None:
    routes = {f"/g{i}": Reply(body=ARTICLE) for i in range(4)}
    with Server(routes) as srv:
        started = time.monotonic()
        check_pages([srv.url(p) for p in routes], fast(tmp_path, min_host_gap=0.1, soft_404_probe=False), AS_OF, False)
        assert time.monotonic() - started >= 0.29


_KILLED = """
import datetime as dt, json, sys
from auditor.online import check_pages
check_pages(json.loads(sys.argv[1]), json.loads(sys.argv[2]), dt.date(2026, 11, 23), False)
"""


def _cached_rows(db: Path) -> int:
    """Pages committed to the cache so far, read as a second process would (0 before it exists)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            return conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_a_run_killed_halfway_leaves_a_usable_cache(tmp_path: Path) -> None:
    delay = {"s": 0.1}
    with Server() as srv:
        srv.fallback = lambda path: Reply(body=ARTICLE, delay=delay["s"])
        urls = [srv.url(f"/k/{i}") for i in range(60)]  # 60 pages, 2 at a time, 0.1 s each: 3 s
        proc = subprocess.Popen(
            [sys.executable, "-c", _KILLED, json.dumps(urls), json.dumps(fast(tmp_path, soft_404_probe=False))],
            cwd=ROOT,
        )
        # Killed once its first batch is committed (the cache commits at least every second), not
        # after a number of requests: how many of those were committed depended on the load.
        deadline = time.monotonic() + 30
        while _cached_rows(tmp_path / "cache" / "online-cache.sqlite3") < 10 and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.kill()
        proc.wait(10)
        delay["s"] = 0  # the second run fetches the rest at once
        fetched = srv.count()
        got = check_pages(urls, fast(tmp_path, soft_404_probe=False), AS_OF, False)
        refetched = srv.count() - fetched
    assert all(f["verdict"] == "ok" for f in got.values())
    cached = sum(bool(f["from_cache"]) for f in got.values())
    assert cached >= 10 and refetched == 60 - cached
    db = sqlite3.connect(tmp_path / "cache" / "online-cache.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_progress_and_summary_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Server({"/a": Reply(body=ARTICLE), "/b": Reply(404, "x")}) as srv:
        check_pages([srv.url("/a"), srv.url("/b")], fast(tmp_path), AS_OF, True)
        out, err = capsys.readouterr()
        assert out == ""
        assert "2/2" in err and "1 failed" in err and "127.0.0.1" in err
        check_pages([srv.url("/a"), srv.url("/c")], fast(tmp_path, log_interval=0), AS_OF, False)
        out, err = capsys.readouterr()
        assert out == "" and err == ""  # no terminal and no log lines asked for: silent
        check_pages([srv.url("/d")], fast(tmp_path), AS_OF, False)
        out, err = capsys.readouterr()  # a CI log: one first line, never a bar
        assert out == "" and err.startswith("auditor: checking 1 cited page(s) online") and "\r" not in err


def test_duplicates_are_fetched_once(tmp_path: Path) -> None:
    with Server({"/dup": Reply(body=ARTICLE)}) as srv:
        got = check_pages([srv.url("/dup"), srv.url("/dup#x"), srv.url("/dup")], fast(tmp_path), AS_OF, False)
        assert srv.count("/dup") == 1
    assert list(got) == [normalise_url(srv.url("/dup"))]


def test_unusable_cache_dir_still_checks(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with Server({"/a": Reply(body=ARTICLE)}) as srv:
        facts = one(srv, "/a", fast(tmp_path, cache_dir=str(blocker / "sub")))
    assert facts["verdict"] == "ok"


def test_end_to_end_findings_from_a_live_server(tmp_path: Path) -> None:
    from conftest import audit_text

    from auditor.config import Config

    routes = {
        "/news/2025/harbour": Reply(body=ARTICLE),
        "/news/2024/removed": Reply(404, "<title>Not found</title>"),
        "/news/2023/moved": Reply(301, headers={"Location": "/"}),
        "/": Reply(body=HOME),
        "/files/report.pdf": Reply(body=b"%PDF-1.7", content_type="application/pdf"),
    }
    with Server(routes) as srv:
        text = (
            "Harbour reopens\n\n"
            "The harbour at Portwell reopened in March 2025 after storm repairs [1]. "
            "Repairs began in 2024 [2]. Costs rose in 2023 [3]. The audit is published [4].\n\n"
            f"[1] {srv.url('/news/2025/harbour')}\n"
            f"[2] {srv.url('/news/2024/removed')}\n"
            f"[3] {srv.url('/news/2023/moved')}\n"
            f"[4] {srv.url('/files/report.pdf')}\n"
        )
        urls = [
            srv.url(p) for p in ("/news/2025/harbour", "/news/2024/removed", "/news/2023/moved", "/files/report.pdf")
        ]
        pages = check_pages(urls, fast(tmp_path), AS_OF, False)
    result = audit_text(text, select=["NET"], config=Config(online=True), pages=pages)
    found = {(f.code, result.doc.position(f.span.start)[0]) for f in result.findings}
    assert found == {("NET001", 6), ("NET002", 7), ("NET003", 8)}


def _certificate(tmp_path: Path, san: str) -> Path | None:
    """A self-signed certificate (and key, in the same file) for ``san``, made with openssl."""
    pem = tmp_path / f"cert-{abs(hash(san))}.pem"
    try:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=auditor-test",
             "-addext", f"subjectAltName={san}", "-keyout", str(pem), "-out", str(pem)],
            check=True, capture_output=True, timeout=30,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return pem


def test_https_through_the_safe_backend(tmp_path: Path) -> None:
    import ssl

    good = _certificate(tmp_path, "IP:127.0.0.1")
    wrong = _certificate(tmp_path, "DNS:news.example")
    if good is None or wrong is None:
        pytest.skip("openssl is not available")
    for pem, expect in ((good, "ok"), (wrong, "tls")):
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(pem)
        with Server({"/secure/story": Reply(body=ARTICLE)}, tls=ctx) as srv:
            url = srv.url("/secure/story")
            assert url.startswith("https://")
            facts = check_pages([url], fast(tmp_path, ca_file=str(pem), cache=False), AS_OF, False)[normalise_url(url)]
        if expect == "ok":
            assert facts["verdict"] == "ok" and facts["title"].startswith("Harbour reopens")
        else:
            assert facts["error_kind"] == "tls" and facts["verdict"] == "unverifiable"


class _Timed:
    """A stand-in for stderr that records when each write happened."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.writes: list[tuple[float, str]] = []

    def write(self, text: str) -> int:
        self.writes.append((time.monotonic() - self.started, text))
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_progress_shows_from_the_first_second(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A host that answers only after 2.5 seconds: the bar is on screen at once and its clock moves."""
    stream = _Timed()
    monkeypatch.setattr(sys, "stderr", stream)
    with Server({"/slow": Reply(body=ARTICLE, delay=2.5)}) as srv:
        check_pages([srv.url("/slow")], fast(tmp_path, timeout=5, soft_404_probe=False), AS_OF, True)
    bars = [(t, text) for t, text in stream.writes if "checking cited pages" in text]
    assert bars and bars[0][0] < 1.0 and "0/1" in bars[0][1]
    waiting = [text for t, text in bars if "0/1" in text]
    assert any(text.rstrip().endswith("· 2 s") for text in waiting), waiting  # redrawn while it waited
    assert "1/1" in bars[-1][1]


def test_timeout_message_states_the_real_total_wait(tmp_path: Path) -> None:
    with Server({"/silent": Reply(body=ARTICLE, delay=10)}) as srv:
        settings = fast(tmp_path, timeout=5, read_timeout=0.3, retries=2, backoff=0.05, soft_404_probe=False)
        started = time.monotonic()
        facts = one(srv, "/silent", settings)
        took = time.monotonic() - started
        assert srv.count("/silent") == 3
    assert facts["error_kind"] == "timeout"
    message = str(facts["error"])
    assert "retries included (3 attempts, each stopped after 0.3 seconds without data)" in message, message
    waited = float(message.split("after ", 1)[1].split(" seconds", 1)[0])
    assert 0.9 <= waited <= took + 0.05  # three attempts of 0.3 s and the back-off between them


def test_url_budget_timeout_says_it_was_the_budget(tmp_path: Path) -> None:
    with Server({"/slow": Reply(body=ARTICLE, delay=5)}) as srv:
        facts = one(srv, "/slow", fast(tmp_path, timeout=0.4, retries=5, url_budget=0.6, soft_404_probe=False))
    assert facts["error_kind"] == "timeout"
    assert "retries included (the most one link may take: url_budget = 0.6 seconds)" in str(facts["error"])


def test_host_summary_counts_failures_as_the_bar_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Server({"/a": Reply(body=ARTICLE), "/b": Reply(404, "x"), "/c": Reply(410, "x")}) as srv:
        check_pages([srv.url(p) for p in ("/a", "/b", "/c")], fast(tmp_path, soft_404_probe=False), AS_OF, True)
    err = capsys.readouterr().err
    assert "3/3 · 2 failed" in err and "127.0.0.1: 3 pages, 2 failed;" in err, err


def test_an_online_run_shows_progress_before_the_first_answer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the command line: collecting links, then checking them, on screen within the first second."""
    from auditor.cli import main

    stream = _Timed()
    monkeypatch.setattr(sys, "stderr", stream)
    # The bar is drawn before the first request (Progress.show), so half a second of waiting is
    # enough to tell "before the answer" from after it; 1.5 s only made the test slower.
    with Server({"/slow": Reply(body=ARTICLE, delay=0.5)}) as srv:
        article = tmp_path / "a.md"
        article.write_text(
            f"# Harbour\n\nThe harbour reopened, [the port said]({srv.url('/slow')}).\n", encoding="utf-8"
        )
        (tmp_path / "auditor.toml").write_text(
            f'[online]\ncache_dir = "{tmp_path / "cache"}"\narchive = false\nsoft_404_probe = false\n', encoding="utf-8"
        )
        main(
            [
                "check",
                str(article),
                "--online",
                "--allow-private",
                "--select",
                "NET",
                "--config",
                str(tmp_path / "auditor.toml"),
            ]
        )
    shown = [
        (t, text) for t, text in stream.writes if "collecting cited links" in text or "checking cited pages" in text
    ]
    assert shown and shown[0][0] < 2.0, shown  # (0.7 s on a loaded 2-core machine; margin for a slower CI)
    assert any("checking cited pages" in text and " 0/1 " in text for _, text in shown), shown  # before the answer
