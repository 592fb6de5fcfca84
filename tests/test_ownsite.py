"""The audited site's own domains (auditor/ownsite.py) and sites on hosting suffixes, for SRC003."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import audit_text, codes

from auditor.config import Config, load_config
from auditor.ownsite import domains_in, own_sites
from auditor.reading.urls import is_hosting_suffix

ARTICLE = (
    "# Release notes\n\nThe team shipped the new version on Monday, [the announcement](https://blog.example-site.org/2024/r)"
    " says. It fixes a crash [reported upstream](https://unrated-forum-example.net/t/1).\n"
)


@pytest.mark.parametrize(
    ("name", "text", "domain"),
    [
        ("config.toml", 'base_url = "https://blog.rust-lang.org"\ntitle = "Rust Blog"\n', "rust-lang.org"),  # Zola
        ("config.toml", 'baseurl = "https://ropensci.org/"\n[params]\nx = 1\n', "ropensci.org"),  # Hugo
        ("hugo.toml", "baseURL = 'https://www.example-news.co.uk/'\n", "example-news.co.uk"),
        ("_config.yml", 'title: My blog\nurl: "https://jane.example.com" # the site\n', "example.com"),  # Jekyll
        ("mkdocs.yml", "site_name: Docs\nsite_url: https://docs.example.io/\n", "example.io"),
        ("CNAME", "www.example-paper.com\n", "example-paper.com"),  # GitHub Pages
    ],
)
def test_each_site_generator_names_its_domain(tmp_path: Path, name: str, text: str, domain: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert domains_in(tmp_path) == [domain]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("config.toml", '[params]\nbaseURL = "https://elsewhere.example.com"\n'),  # not top level
        ("_config.yml", "defaults:\n  url: https://elsewhere.example.com\n"),  # indented: not top level
        ("config.toml", 'base_url = "javascript:alert(1)"\n'),
        ("config.toml", 'base_url = "https://192.168.1.4/"\n'),  # an address, not a site's name
        ("CNAME", "\x00\x01\x02 not a host\n"),
        ("config.toml", 'title = "no address here"\n'),
    ],
)
def test_what_names_no_site_is_ignored(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert domains_in(tmp_path) == []


def test_a_huge_or_odd_file_is_read_in_part_and_never_crashes(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_bytes(b"\xff\xfe" * 400_000 + b'\nbase_url = "https://late.example.com"\n')
    (tmp_path / "CNAME").mkdir()  # a folder where a file is expected
    assert domains_in(tmp_path) == []  # the key after the first 256 KB is not read


def test_folders_searched_up_to_the_git_top_or_one_above(tmp_path: Path) -> None:
    site = tmp_path / "site"
    content = site / "content" / "blog"
    content.mkdir(parents=True)
    (site / "config.toml").write_text('base_url = "https://blog.example-site.org"\n', encoding="utf-8")
    (tmp_path / "CNAME").write_text("outside.example.net\n", encoding="utf-8")
    # in a git work tree: every folder up to its top, not above it
    assert own_sites(content, site) == ("example-site.org",)
    # outside git: the audited folder and the one above it only
    assert own_sites(content, None) == ()
    assert own_sites(site / "content", None) == ("example-site.org",)
    # configured sites come first, as URLs or bare domains
    assert own_sites(site / "content", None, ["https://www.other-example.com/news", "third.example.org"]) == (
        "other-example.com",
        "example.org",
        "example-site.org",
    )


def test_load_config_finds_the_site_and_the_configured_sites(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "config.toml").write_text('base_url = "https://blog.example-site.org"\n', encoding="utf-8")
    (tmp_path / "auditor.toml").write_text('[sources]\nown-sites = ["go.dev"]\n', encoding="utf-8")
    posts = tmp_path / "content" / "posts"
    posts.mkdir(parents=True)
    assert load_config(None, posts).own_sites == ("go.dev", "example-site.org")


def test_src003_leaves_the_sites_own_pages_alone_and_notes_the_rest() -> None:
    plain = codes(audit_text(ARTICLE, "post.md", select=["SRC003"]), "SRC003")
    assert {f.evidence["domain"] for f in plain} == {"example-site.org", "unrated-forum-example.net"}
    own = Config(own_sites=("example-site.org",))
    found = codes(audit_text(ARTICLE, "post.md", select=["SRC003"], config=own), "SRC003")
    assert [f.evidence["domain"] for f in found] == ["unrated-forum-example.net"]


def test_naming_a_bad_site_as_ones_own_never_hides_its_rating() -> None:
    text = "# Story\n\nThe vaccine was banned, [a report](https://www.infowars.com/posts/x) says.\n"
    config = Config(own_sites=("infowars.com",))
    assert codes(audit_text(text, "post.md", select=["SRC001"], config=config), "SRC001")


def test_hosting_suffixes_are_platforms() -> None:
    for domain in ("github.io", "netlify.app", "blogspot.com", "herokuapp.com", "readthedocs.io"):
        assert is_hosting_suffix(domain), domain
    for domain in ("github.com", "rust-lang.org", "io", "com", "", "github.io\nx", "co.uk"):
        assert not is_hosting_suffix(domain), domain
    text = (
        "# Notes\n\nThe crate's [guide](https://someone.github.io/guide/) explains it; so does "
        "[this page](https://unrated-forum-example.net/t/2).\n"
    )
    found = codes(audit_text(text, "post.md", select=["SRC003"]), "SRC003")
    assert [f.evidence["domain"] for f in found] == ["unrated-forum-example.net"]


def test_a_run_over_a_site_checkout(tmp_path: Path) -> None:
    """The command line over a Zola-like checkout: the site's own links raise no SRC003."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "config.toml").write_text('base_url = "https://blog.example-site.org"\n', encoding="utf-8")
    posts = tmp_path / "content"
    posts.mkdir()
    (posts / "post.md").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    cmd = [sys.executable, "-m", "auditor", "check", "content", "--select", "SRC003", "--format", f"json={out}"]
    subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    findings = json.loads(out.read_text(encoding="utf-8"))["documents"][0]["findings"]
    assert [f["message"].split()[0] for f in findings] == ["unrated-forum-example.net"]
