"""Online runs an untrusted tree cannot weaken or stall: trust rule, budgets, IPv6 literals, a cache that checks itself."""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import time
from pathlib import Path

import pytest
from online_server import Reply, Server, fast_settings

from auditor.config import load_config
from auditor.online import check_pages
from auditor.reading.citations import find_urls
from auditor.reading.urls import normalise_url

AS_OF = dt.date(2026, 11, 23)
PAGE = "<html><head><title>Harbour reopens</title></head><body><p>The harbour reopened on Thursday.</p></body></html>"


def fast(tmp_path: Path, **more: object) -> dict[str, object]:
    return fast_settings(tmp_path, **{"soft_404_probe": False, **more})


# --- which configuration may weaken the guard -------------------------------------------------


def _project(tmp_path: Path, body: str) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    return tmp_path / "news"


def test_a_found_config_cannot_allow_private_addresses(tmp_path: Path, capsys) -> None:
    news = _project(
        tmp_path,
        "[tool.auditor]\nfollow-symlinks = true\n[tool.auditor.online]\nallow_private = true\n"
        'allow-networks = ["0.0.0.0/0"]\ntimeout = 5\n',
    )
    config = load_config(None, news)
    online = config.section("online")
    assert "allow_private" not in online and "allow-networks" not in online and online["timeout"] == 5
    assert config.follow_symlinks is False
    err = capsys.readouterr().err
    assert err.count("auditor: warning:") == 3 and "pyproject.toml" in err and "--config" in err


def test_a_config_given_with_config_is_trusted(tmp_path: Path, capsys) -> None:
    news = _project(tmp_path, "[tool.auditor.online]\nallow_private = true\n")
    config = load_config(tmp_path / "pyproject.toml", news)
    assert config.section("online")["allow_private"] is True
    assert "warning" not in capsys.readouterr().err


def test_a_found_config_that_keeps_the_guard_says_nothing(tmp_path: Path, capsys) -> None:
    news = _project(tmp_path, "[tool.auditor.online]\nallow_private = false\ntimeout = 5\n")
    load_config(None, news)
    assert capsys.readouterr().err == ""


def test_the_command_line_may_allow_private(tmp_path: Path) -> None:
    from auditor.arguments import build_parser as parser
    from auditor.cli import build_run_config

    news = _project(tmp_path, "[tool.auditor]\n")
    args = parser().parse_args(["check", str(news), "--online", "--allow-private"])
    assert build_run_config(args).section("online")["allow_private"] is True


def test_pages_let_through_by_allow_networks_are_not_served_to_other_runs(tmp_path: Path) -> None:
    with Server({"/p": Reply(body=PAGE)}) as srv:
        url = srv.url("/p")
        first = check_pages([url], fast(tmp_path, allow_private=False, allow_networks=["127.0.0.1/32"]), AS_OF, False)
        assert first[normalise_url(url)]["verdict"] == "ok"
        guarded = check_pages([url], {"cache_dir": str(tmp_path / "cache"), "archive": False}, AS_OF, False)
        assert guarded[normalise_url(url)]["error_kind"] == "refused" and srv.count("/p") == 1


# --- budgets ------------------------------------------------------------------------------------


def test_a_url_budget_bounds_retries_of_a_slow_server(tmp_path: Path) -> None:
    with Server({"/slow": Reply(body=PAGE, delay=5)}) as srv:
        started = time.monotonic()
        got = check_pages([srv.url("/slow")], fast(tmp_path, timeout=0.4, retries=5, url_budget=0.6), AS_OF, False)
        took = time.monotonic() - started
    facts = next(iter(got.values()))
    assert facts["error_kind"] == "timeout" and "retries included" in facts["error"]
    assert took < 3.5 and srv.count("/slow") <= 2


def test_a_host_that_keeps_failing_is_given_up(tmp_path: Path) -> None:
    with Server() as srv:
        srv.fallback = lambda path: Reply(body=PAGE, delay=5)
        urls = [srv.url(f"/a{i}") for i in range(30)]
        started = time.monotonic()
        got = check_pages(urls, fast(tmp_path, timeout=0.3, retries=0, per_host=1, host_failures=3), AS_OF, False)
        took = time.monotonic() - started
        asked = srv.count()
    assert asked <= 4 and took < 5
    skipped = [f for f in got.values() if "failed 3 times in a row" in (f.get("error") or "")]
    assert len(skipped) >= 26 and all(f["error_kind"] == "timeout" for f in skipped)


def test_the_run_budget_stops_new_requests(tmp_path: Path) -> None:
    with Server() as srv:
        srv.fallback = lambda path: Reply(body=PAGE, delay=0.2)
        urls = [srv.url(f"/b{i}") for i in range(20)]
        started = time.monotonic()
        got = check_pages(urls, fast(tmp_path, per_host=1, concurrency=1, run_budget=0.5), AS_OF, False)
        took = time.monotonic() - started
    spent = [f for f in got.values() if "online budget of 0.5 seconds was spent" in (f.get("error") or "")]
    assert spent and took < 4
    assert (
        len(spent)
        + sum(f["verdict"] == "ok" for f in got.values())
        + sum(f.get("error_kind") == "timeout" for f in got.values() if f not in spent)
        == 20
    )


def test_budgets_are_documented_settings() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "online.md").read_text(encoding="utf-8")
    for key in ("url_budget", "run_budget", "host_failures"):
        assert f"`{key}`" in doc


# --- IPv6 literal URLs ------------------------------------------------------------------------


def test_ipv6_literal_urls_are_extracted() -> None:
    text = "See http://[2001:db8::1]:8080/status and https://[::1]/x. Markers [1] and [12] stay markers."
    assert [u.url for u in find_urls(text)] == ["http://[2001:db8::1]:8080/status", "https://[::1]/x"]


def test_an_ipv6_literal_is_not_cit001(tmp_path: Path, capsys) -> None:
    import json

    from auditor.cli import main

    art = tmp_path / "a.txt"
    art.write_text("Title\n\nThe status page said so [1].\n\n[1] https://[2001:db8::2]/report\n", encoding="utf-8")
    main(["check", str(art), "--as-of", "2025-01-01", "--format", "json", "--select", "CIT"])
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert [c["url"] for c in doc["citations"]] == ["https://[2001:db8::2]/report"]
    assert [f["code"] for f in doc["findings"]] == []


def _loopback_v6() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _loopback_v6(), reason="no IPv6 loopback here")
def test_an_ipv6_literal_is_fetched_when_allowed_and_refused_by_default(tmp_path: Path) -> None:
    with Server({"/p": Reply(body=PAGE)}, hosts=("::1",)) as srv:
        url = f"http://[::1]:{srv.port}/p"
        assert check_pages([url], fast(tmp_path), AS_OF, False)[normalise_url(url)]["verdict"] == "ok"
        refused = check_pages([url], fast(tmp_path, allow_private=False, cache=False), AS_OF, False)
        assert refused[normalise_url(url)]["error_kind"] == "refused"


# --- the cache checks itself -------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["truncated", "random"])
def test_a_corrupt_cache_is_moved_aside_and_rebuilt(tmp_path: Path, capsys, damage: str) -> None:
    with Server({"/p": Reply(body=PAGE)}) as srv:
        url = srv.url("/p")
        check_pages([url], fast(tmp_path), AS_OF, False)
        db = tmp_path / "cache" / "online-cache.sqlite3"
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 3] if damage == "truncated" else os.urandom(8192))
        for extra in ("-wal", "-shm"):
            Path(str(db) + extra).unlink(missing_ok=True)
        check_pages([url], fast(tmp_path), AS_OF, False)
        assert "moved to online-cache.sqlite3.corrupt-" in capsys.readouterr().err
        third = check_pages([url], fast(tmp_path), AS_OF, False)[normalise_url(url)]
        assert third["from_cache"] is True and srv.count("/p") == 2  # the new cache works
    assert any(p.name.startswith("online-cache.sqlite3.corrupt-") for p in (tmp_path / "cache").iterdir())


def test_a_folder_in_place_of_the_cache_costs_no_retries(tmp_path: Path, capsys) -> None:
    (tmp_path / "cache" / "online-cache.sqlite3").mkdir(parents=True)
    with Server({"/p": Reply(body=PAGE)}) as srv:
        started = time.monotonic()
        got = check_pages([srv.url("/p")], fast(tmp_path), AS_OF, False)
        assert time.monotonic() - started < 3
    assert next(iter(got.values()))["verdict"] == "ok"
    assert "is not a file" in capsys.readouterr().err


def test_a_read_only_cache_is_read_and_never_written(tmp_path: Path, monkeypatch) -> None:
    import auditor.online.cache as cache_module

    with Server({"/p": Reply(body=PAGE), "/q": Reply(body=PAGE)}) as srv:
        check_pages([srv.url("/p")], fast(tmp_path), AS_OF, False)
        db = tmp_path / "cache" / "online-cache.sqlite3"
        with sqlite3.connect(db) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = db.read_bytes()
        monkeypatch.setattr(cache_module, "_writable", lambda folder, path: False)
        got = check_pages([srv.url("/p"), srv.url("/q")], fast(tmp_path), AS_OF, False)
        assert got[normalise_url(srv.url("/p"))]["from_cache"] is True and srv.count("/p") == 1
        assert got[normalise_url(srv.url("/q"))]["verdict"] == "ok"
    assert db.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_cache_folder_for_real(tmp_path: Path) -> None:
    with Server({"/p": Reply(body=PAGE)}) as srv:
        check_pages([srv.url("/p")], fast(tmp_path), AS_OF, False)
        folder = tmp_path / "cache"
        for p in folder.iterdir():
            p.chmod(0o444)
        folder.chmod(0o555)
        try:
            got = check_pages([srv.url("/p")], fast(tmp_path), AS_OF, False)
        finally:
            folder.chmod(0o755)
        assert next(iter(got.values()))["from_cache"] is True and srv.count("/p") == 1


# --- messages that say what happened --------------------------------------------------------


def test_a_redirect_to_a_file_url_does_not_suggest_allow_private(tmp_path: Path) -> None:
    with Server({"/f": Reply(302, headers={"Location": "file:///etc/passwd"})}) as srv:
        facts = check_pages([srv.url("/f")], fast(tmp_path), AS_OF, False)[normalise_url(srv.url("/f"))]
    assert facts["error_kind"] == "not_web" and facts["verdict"] == "unverifiable"
    assert "file" in facts["error"] and "allow-private" not in facts["error"]


def test_an_idna_error_is_not_blamed_on_a_server(tmp_path: Path) -> None:
    url = "https://" + "a" * 70 + ".example/x"  # a label over 63 characters cannot be encoded
    facts = check_pages([url], fast(tmp_path, allow_private=False), AS_OF, False)[normalise_url(url)]
    assert "server's answer" not in (facts.get("error") or "")


def test_a_ci_log_gets_a_first_line_and_progress_lines(tmp_path: Path, capsys) -> None:
    with Server() as srv:
        srv.fallback = lambda path: Reply(body=PAGE, delay=0.1)  # 0.6 s of pages, a line every 0.1 s
        urls = [srv.url(f"/c{i}") for i in range(6)]
        check_pages(urls, fast(tmp_path, per_host=1, concurrency=1, log_interval=0.1), AS_OF, False)
    err = capsys.readouterr().err
    assert err.startswith("auditor: checking 6 cited page(s) online")
    assert "auditor: checking cited pages: " in err and " of 6 done" in err
