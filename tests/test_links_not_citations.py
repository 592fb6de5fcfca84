"""Links that cite nothing, and broken links in every format (issue 12).

Relative links, ``#anchors``, ``mailto:`` and ``tel:`` are never CIT001; a mistyped web
address is one CIT001 in .txt, .md and .html alike, naming the address meant, and the
host read from a broken scheme ("https" of ``https//…``) is never rated (SRC003).
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes

from auditor.reading.urls import repair_scheme, web_link

NOT_CITATIONS = ["../x.md", "/archive", "page.html", "#top", "mailto:desk@example.org", "tel:+441234567", "docs/a.md#b"]


def _formats(url: str) -> list[tuple[str, str]]:
    return [
        ("a.md", f"The desk has [a page]({url}) on it.\n"),
        ("b.md", f"The desk has [a page][p] on it.\n\n[p]: {url}\n"),
        ("a.html", f"<p>The desk has <a href='{url}'>a page</a> on it.</p>"),
    ]


@pytest.mark.parametrize("url", NOT_CITATIONS)
def test_relative_links_anchors_mailto_and_tel_are_not_citations(url: str) -> None:
    for path, text in _formats(url):
        result = audit_text(text, path, select=["CIT", "SRC"])
        assert codes(result) == [], (path, [f.message for f in result.findings])
        assert result.doc.citations == []


@pytest.mark.parametrize("url", ["whatsapp://send?text=x", "fb-messenger://share", "javascript:/void(0)"])
def test_app_links_in_html_are_not_citations(url: str) -> None:
    result = audit_text(f"<p>Share <a href='{url}'>this</a>.</p>", "a.html", select=["CIT", "SRC"])
    assert codes(result) == []


@pytest.mark.parametrize(
    ("url", "fragment", "meant"),
    [
        ("htp://example.com/news/a", "misspelt", "http://example.com/news/a"),
        ("https//example.com/news/a", "colon", "https://example.com/news/a"),
        ("http:/example.com/news/a", "slash", "http://example.com/news/a"),
        ("https:///example.com/news/a", "slash", "https://example.com/news/a"),
        ("https://https://example.com/news/a", "repeats", "https://example.com/news/a"),
    ],
)
def test_a_broken_url_is_one_cit001_naming_the_fix_in_every_format(url: str, fragment: str, meant: str) -> None:
    for path, text in [("a.txt", f"The report is online at {url} today.\n"), *_formats(url)]:
        result = audit_text(text, path, select=["CIT001", "SRC003"])
        (f,) = codes(result, "CIT001")
        assert fragment in f.message and f.fix == f"write {meant}", (path, f.message, f.fix)
        hosts = [g.evidence.get("domain") for g in codes(result, "SRC003")]
        assert hosts == ["example.com"], (path, hosts)  # the host meant, never "https" or "http"
        assert [c.domain for c in result.doc.citations] == ["example.com"]


def test_broken_href_points_at_its_anchor_text() -> None:
    html = "<p>First line.</p>\n<p>See <a href='http:/example.com/a'>the report</a>.</p>"
    result = audit_text(html, "a.html", select=["CIT001"])
    (f,) = codes(result, "CIT001")
    assert result.doc.position(f.span.start) == (2, 38)


@pytest.mark.parametrize(
    "url", ["https://example.com/a", "http://example.com/", "ftp://example.org/f", "//cdn.example.com/x"]
)
def test_good_web_addresses_stay_citations(url: str) -> None:
    assert web_link(url)
    assert repair_scheme(url) is None
    for path, text in _formats(url):
        result = audit_text(text, path, select=["CIT001"])
        assert codes(result) == [] and len(result.doc.citations) == 1, path


def test_an_html_link_that_opens_a_paragraph_is_in_its_sentence() -> None:
    html = "<h2>Update</h2>\n<p><a href='https://example.org/2019/report'>A 2019 report</a> found rents rose.</p>"
    result = audit_text(html, "a.html", select=[])
    (c,) = result.doc.citations
    assert result.doc.text[c.span.start : c.span.end] == "A 2019 report"
    assert result.doc.position(c.span.start) == (2, 46)
    assert c.sentence is not None and result.doc.sentences[c.sentence].text.startswith("A 2019 report")


def test_an_old_source_linked_at_the_start_of_a_paragraph_gets_dat001_in_html() -> None:
    html = (
        "<html><head><meta property='article:published_time' content='2025-06-01'></head><body><article>"
        "<h1>Rents</h1><p>Intro paragraph about rents in the city this year.</p><h2>Background</h2>"
        "<p><a href='https://example.org/news/2019/05/03/rents-report'>A report</a> says rents rose"
        " sharply in 2025 across the city.</p></article></body></html>"
    )
    (f,) = codes(audit_text(html, "a.html", select=["DAT001"]), "DAT001")
    assert "2019" in f.message


def test_a_space_in_a_links_path_is_cit001_a_space_in_its_query_is_not() -> None:
    path = "<p>The latest <a href='https://www.example.gov.uk/transport/tram extension/consultation'>consultation</a> is open.</p>"
    (f,) = codes(audit_text(path, "a.html", select=["CIT001"]), "CIT001")
    assert "space" in f.message and 'after "tram"' in f.message and f.severity.name == "WARNING"
    md = "The latest [consultation](<https://www.example.gov.uk/transport/tram extension/consultation>) is open.\n"
    assert codes(audit_text(md, "a.md", select=["CIT001"]), "CIT001")
    query = "<p>See <a href='https://search.example.com/find?q=two words'>the search</a> for more.</p>"
    assert codes(audit_text(query, "a.html", select=["CIT001"]), "CIT001") == []
    encoded = "<p>See <a href='https://www.example.gov.uk/docs/Tram%20Extension.pdf'>the case</a> online.</p>"
    assert codes(audit_text(encoded, "a.html", select=["CIT001"]), "CIT001") == []
