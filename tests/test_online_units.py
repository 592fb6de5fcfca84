"""Pure parts of the online stack: address rules, settings, verdicts, page facts."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

from auditor.online.fetch import retry_after
from auditor.online.pagefacts import page_facts
from auditor.online.safety import address_problem, check_url, parse_host_address
from auditor.online.settings import Settings, default_cache_dir
from auditor.online.verdict import _is_home, classify
from auditor.reading.pagedate import parse_date_value


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "2130706433", "0x7f000001", "0x7f.1", "017700000001", "127.1", "[::1]", "[::ffff:127.0.0.1]",
     "[::ffff:7f00:1]", "0.0.0.0", "0", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
     "224.0.0.1", "255.255.255.255", "[fe80::1]", "[fc00::1]", "[ff02::1]", "[::]", "[64:ff9b::a00:1]",
     "[2002:c0a8:101::1]", "240.0.0.1"],
)  # fmt: skip
def test_private_and_special_addresses_are_refused(host: str) -> None:
    addr = parse_host_address(host)
    assert addr is not None
    assert address_problem(addr) is not None
    assert check_url(f"http://{host}/x") is not None


@pytest.mark.parametrize("host", ["93.184.215.14", "[2606:4700::6810:84e5]", "8.8.8.8"])
def test_public_addresses_pass(host: str) -> None:
    assert check_url(f"https://{host}/") is None


def test_url_rules() -> None:
    assert check_url("https://example.org/news") is None
    assert "scheme" in check_url("file:///etc/passwd")
    assert "white space" in check_url("http://exa mple.org/")
    assert "scheme" in check_url("javascript:alert(1)")
    assert "names this computer" in check_url("http://localhost:8080/")
    assert "names this computer" in check_url("http://api.localhost/")
    assert check_url("http://127.0.0.1/", allow_private=True) is None
    allow = [ipaddress.ip_network("10.1.0.0/16")]
    assert check_url("http://10.1.2.3/", allow=allow) is None
    assert check_url("http://10.2.0.1/", allow=allow) is not None
    assert parse_host_address("example.org") is None and parse_host_address("bücher.de") is None


def test_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "auditor"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    assert default_cache_dir() == Path.home() / ".cache" / "auditor"
    s = Settings.from_dict({"max-cache-age": "60", "cache_dir": "~/x", "concurrency": 0, "unknown": 1, "timeout": 5})
    assert s.max_cache_age == 60 and s.error_cache_age == 60 and s.concurrency == 1
    assert s.cache_dir == Path.home() / "x" and s.connect_timeout == 5
    assert s.user_agent.startswith("auditor/") and "link checker" in s.user_agent
    with pytest.raises(ValueError):
        Settings.from_dict({"timeout": -1})


def test_retry_after() -> None:
    assert retry_after("7") == 7
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert retry_after("soon") is None and retry_after(None) is None


def test_home_paths() -> None:
    assert _is_home("/") and _is_home("/en/") and _is_home("/en-gb/") and _is_home("/index.html")
    assert not _is_home("/world/") and not _is_home("/news/story")


def test_classify_statuses() -> None:
    assert classify({"status": 404, "error_kind": "http"})["verdict"] == "dead"
    assert classify({"status": None, "error_kind": "dns"})["verdict"] == "dead"
    assert classify({"status": 403, "error_kind": "blocked"})["verdict"] == "unverifiable"
    assert classify({"status": None, "error_kind": "invalid"})["verdict"] == "skipped"
    page = "http://a.example/x/y"
    assert classify({"status": 200, "url": page, "final_url": page})["verdict"] == "ok"
    assert classify({"status": 200, "url": "http://a.example/", "final_url": "http://a.example/"})["verdict"] == "ok"


def test_page_dates() -> None:
    jsonld = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2024-02-03T10:00:00+01:00", "isAccessibleForFree": false}]}</script>'
    )
    facts = page_facts(f"<html><head>{jsonld}</head><body></body></html>", "https://x.example/a")
    assert facts["published"] == "2024-02-03" and facts["paywalled"] is True
    facts = page_facts('<time datetime="2023-05-06" pubdate>6 May</time>', "https://x.example/a")
    assert facts["published"] == "2023-05-06"
    assert page_facts("<p>nothing</p>", "https://x.example/2022/07/08/story")["published_source"] == "url"
    assert parse_date_value("2020/10/04 15:05:21").isoformat() == "2020-10-04"
    assert parse_date_value("Sun, 11 Oct 2020 08:34:36 GMT").isoformat() == "2020-10-11"
    assert parse_date_value("soon") is None
    assert page_facts("<p>nothing</p>", "https://x.example/2022/13/40/story")["published"] is None


def test_page_title_signals() -> None:
    assert page_facts("<title>Page not found – Example</title>", "u")["says_not_found"]
    assert page_facts("<title>404</title>", "u")["says_not_found"]
    long_title = "<title>Why the rescue team was not found in time by the coastguard, an inquiry says</title>"
    assert not page_facts(long_title, "u")["says_not_found"]
    assert page_facts("<title>Just a moment...</title>", "u")["bot_wall"]
    assert page_facts("<title>Before you continue to Example</title>", "u")["bot_wall"]


def test_hostile_html_does_not_crash() -> None:
    for html in ("", "<", "<script type='application/ld+json'>{{{{</script>", "\x00" * 100, "<p>" * 5000):
        facts = page_facts(html, "https://x.example/")
        assert isinstance(facts, dict)


def test_normalise_url_keeps_ipv6_brackets() -> None:
    from auditor.reading.urls import normalise_url

    assert normalise_url("http://[::1]:8080/x#y") == "http://[::1]:8080/x"
