"""auditor.reading.urls reads the Public Suffix List snapshot itself: same answers as tldextract, faster start."""

from __future__ import annotations

import csv
import subprocess
import sys

from conftest import SEEDS, SHARED

from auditor.reading import urls

HOSTS = [
    "www.bbc.co.uk",
    "bbc.co.uk",
    "co.uk",
    "uk",
    "www.city.kawasaki.jp",
    "foo.bar.kawasaki.jp",
    "www.ck",
    "a.b.ck",
    "b.ck",
    "example.sch.uk",
    "a.b.example.sch.uk",
    "foo.blogspot.com",
    "blogspot.com",
    "user.github.io",
    "s3.amazonaws.com",
    "xn--e1afmkfd.xn--p1ai",
    "пример.рф",
    "www.пример.рф",
    "xn--bad--.com",
    "xn--",
    "xn--.com",
    "例え.テスト",
    "公司.cn",
    "news。example。jp",
    "example．com",
    "localhost",
    "1.2.3.4",
    "a..b.com",
    ".com",
    "com",
    "example.com.",
    "EXAMPLE.COM",
    "a.b.c.d.e.co.uk",
    "parliament.uk",
    "www.gov.uk",
    "ex ample.com",
    "under_score.example.org",
    "[zz.com]",
    "host.invalidtld",
    "a" * 300 + ".com",
    "www.nytimes.com",
    "edition.cnn.com",
    "apnews.com",
    "www.lemonde.fr",
    "www.spiegel.de",
    "news.yahoo.co.jp",
    "www.abc.net.au",
    "www.reuters.com",
]


def _tldextract_answer(host: str) -> str:
    """What auditor.reading.urls answered when it called tldextract (its previous behaviour)."""
    ext = urls._extractor()(host)
    return f"{ext.domain}.{ext.suffix}" if ext.domain and ext.suffix else host


def _all_hosts() -> list[str]:
    hosts = list(HOSTS)
    for seed in sorted(SEEDS.glob("*.txt")):
        for word in seed.read_text(encoding="utf-8").split():
            if "://" in word and (h := urls.host_of(word)):
                hosts.append(h)
    babe = SHARED / "eval" / "babe" / "final_labels_SG2.csv"
    if babe.is_file():
        with babe.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh, delimiter=";"):
                if h := urls.host_of(row.get("news_link") or ""):
                    hosts.append(h)
    return sorted(set(hosts))


def test_same_registrable_domain_as_tldextract() -> None:
    trie = urls._suffix_trie()
    assert trie is not None, "tldextract's snapshot was not found"
    for host in _all_hosts():
        assert (urls._registrable(host, trie) or host) == _tldextract_answer(host), host


def test_registrable_domain_examples() -> None:
    assert urls.registrable_domain("https://www.bbc.co.uk/news") == "bbc.co.uk"
    assert urls.registrable_domain("https://www.city.kawasaki.jp/x") == "city.kawasaki.jp"
    assert urls.registrable_domain("https://foo.blogspot.com/") == "blogspot.com"  # private rules are off
    assert urls.registrable_domain("http://127.0.0.1:8080/") == "127.0.0.1"
    assert urls.registrable_domain("") is None


def test_offline_path_does_not_import_tldextract_or_requests() -> None:
    code = (
        "import sys\n"
        "from auditor.reading.urls import registrable_domain\n"
        "assert registrable_domain('https://www.bbc.co.uk/news') == 'bbc.co.uk'\n"
        "print(sorted(m for m in ('tldextract', 'requests', 'httpx') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
