"""Citation extraction and rules CIT001-CIT003: what they must flag and leave alone."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes, lines_of

from auditor.reading.citations import find_urls
from auditor.reading.loaders import load_text


def test_run_together_reference_entries_are_split() -> None:
    text = (
        "Body sentence.\n[1] https://a.example.com/x-1[2] https://b.example.org/y/ [3] https://c.example.net/z.html\n"
    )
    doc = load_text(text)
    refs = [c for c in doc.citations if c.in_reference_list]
    assert [(c.label, c.url) for c in refs] == [
        ("1", "https://a.example.com/x-1"),
        ("2", "https://b.example.org/y/"),
        ("3", "https://c.example.net/z.html"),
    ]
    assert all(not c.cited_in_body for c in refs)


def test_url_broken_by_a_space_is_joined_when_the_next_token_continues_it() -> None:
    text = "[1] https://www.example.de/politik/Ein-Bericht-zu- article12345.html\n"
    (found,) = find_urls(text)
    assert found.url == "https://www.example.de/politik/Ein-Bericht-zu-article12345.html"
    assert len(found.breaks) == 1


def test_a_slug_broken_after_a_hyphen_at_the_end_of_an_entry_is_joined() -> None:
    text = "[4] https://nos.nl/artikel/2558123-havenstaking- rotterdam-sjorders-vroegpensioen\n[5] https://x.nl/a\n"
    first = find_urls(text)[0]
    assert first.url == "https://nos.nl/artikel/2558123-havenstaking-rotterdam-sjorders-vroegpensioen"
    assert len(first.breaks) == 1


@pytest.mark.parametrize(
    "text",
    [
        "See https://example.com/ for details.",
        "Read https://example.com/report- well-known-ish words follow here.",
        "Read https://example.com/report- long-term\n",  # one joined pair closing a line: prose
        "Read https://example.com/report- and more later.",
        "It was at https://example.com/a 2024 figures show.",
    ],
)
def test_url_is_not_joined_with_ordinary_words(text: str) -> None:
    (found,) = find_urls(text)
    assert not found.breaks
    assert " " not in found.url


def test_trailing_punctuation_and_parentheses() -> None:
    (a,) = find_urls("Source: https://en.wikipedia.org/wiki/Kursk_(city).")
    assert a.url == "https://en.wikipedia.org/wiki/Kursk_(city)"
    (b,) = find_urls("(see https://example.org/page), then")
    assert b.url == "https://example.org/page"


def test_markers_cite_reference_entries() -> None:
    text = "Officials confirmed it [1]. Others disagreed [2, 3].\nSources:\n[1] https://a.example.com/1\n[2] https://b.example.com/2\n[3] https://c.example.com/3\n"
    doc = load_text(text)
    refs = {c.label: c for c in doc.citations if c.in_reference_list}
    assert set(refs) == {"1", "2", "3"}
    assert all(c.cited_in_body for c in refs.values())
    assert doc.position(refs["2"].cited_by[0].start) == (1, 29)


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("htp://example.com/news/a", "misspelt"),
        ("https:/example.com/news/a", "slash"),
        ("https//example.com/news/a", "colon"),
        ("https://https://example.com/a", "repeats"),
        ("https://example/news/a", "domain ending"),
        ("https://www.example.fr/répertoire/a", "non-ASCII"),
        ("https://example.com/a%zzb", "%"),
        ("https://example.com/caf%e/menu?a=1", "%"),
        ("https://www.example.fr/a?q=répertoire", "non-ASCII"),
    ],
)
def test_cit001_flags_broken_urls(url: str, fragment: str) -> None:
    result = audit_text(f"The report is online at {url} today.\n", select=["CIT001"])
    messages = [f.message for f in codes(result, "CIT001")]
    assert any(fragment in m for m in messages), messages


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/news/2024/05/01/story-title",
        "http://example.co.uk/a?b=c&d=e#frag",
        "https://example.org/path%20with%20escapes",
        "https://xn--caf-dma.example/",
        "https://en.wikipedia.org/wiki/Kursk_(city)",
        "https://127.0.0.1:8080/local",
        "www.example.com/news",
        "https://events.example.com/e/1c9Jm/keynote?iframe=no&w=100%&sidebar=yes",  # a value the site wrote
        "https://champions.example.org/mentors/#información-requerida",  # browsers encode a fragment
    ],
)
def test_cit001_leaves_valid_urls_alone(url: str) -> None:
    result = audit_text(f"The report is online at {url} today.\n", select=["CIT001"])
    assert codes(result, "CIT001") == []


def test_cit001_a_dash_after_a_bare_url_is_the_sentences() -> None:
    text = "Go give it a vote!https://t.co/jdEcVMJyip— Locke Data, 20 April 2018\n"
    result = audit_text(text, select=["CIT001"])
    assert codes(result, "CIT001") == []
    assert [c.url for c in result.doc.citations] == ["https://t.co/jdEcVMJyip"]


def test_cit001_space_in_reference_entry_points_at_the_space() -> None:
    text = "Body.\n[1] https://www.example.de/politik/Bericht-zu- article12345.html\n"
    result = audit_text(text, select=["CIT001"])
    (f,) = codes(result, "CIT001")
    assert result.doc.position(f.span.start) == (2, 47)
    assert "space" in f.message


def test_cit002_flags_uncited_numbered_entries() -> None:
    text = "Workers were sent to the region.\n[1] https://example.org/news/a\n[2] https://example.org/news/b\n"
    result = audit_text(text, select=["CIT002"])
    assert lines_of(result, "CIT002") == [2, 3]


def test_cit002_leaves_cited_entries_and_unnumbered_lists_alone() -> None:
    cited = "Workers were sent [1]. More were promised [2].\n[1] https://example.org/a\n[2] https://example.org/b\n"
    assert codes(audit_text(cited, select=["CIT002"]), "CIT002") == []
    bibliography = "Workers were sent.\n\nSources:\nhttps://example.org/a\nhttps://example.org/b\n"
    assert codes(audit_text(bibliography, select=["CIT002"]), "CIT002") == []


def test_cit003_flags_marker_without_entry() -> None:
    text = "Officials confirmed it [1]. The figure was higher [4].\n[1] https://example.org/a\n"
    result = audit_text(text, select=["CIT003"])
    (f,) = codes(result, "CIT003")
    assert "[4]" in f.message and result.doc.position(f.span.start) == (1, 51)


def test_cit003_leaves_matched_markers_years_and_editorial_brackets_alone() -> None:
    text = "Officials confirmed it [1] [sic] in [2024] terms [...] and [citation needed].\n[1] https://example.org/a\n"
    result = audit_text(text, select=["CIT003"])
    assert codes(result, "CIT003") == []


def test_markdown_footnotes_are_citations() -> None:
    text = "A claim.[^a] Another.[^b]\n\n[^a]: https://example.org/a\n"
    result = audit_text(text, "x.md", select=["CIT002", "CIT003"])
    (dangling,) = codes(result, "CIT003")
    assert "[^b]" in dangling.message
    assert codes(result, "CIT002") == []


def test_seed_002_expectations() -> None:
    from conftest import audit_seed

    result = audit_seed("002", select=["CIT"])
    cit001 = [f.message for f in codes(result, "CIT001")]
    assert any("space" in m and "article22489714" in m for m in cit001)
    assert any("é" in m for m in cit001)
    assert lines_of(result, "CIT002") == [8] * 6


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1",
        "https://example.com:99999/a",
        "https://" + "a" * 5000 + ".com/x",
        "https://exa\u200bmple.com/zero-width",
        "https://xn--/broken-punycode",
        "https://a..b.com/x",
        "https://user:pass@host.example.com:8080/p?q=%%%",
        "javascript:alert(1)//http://x",
        "https://例え.テスト/パス",
    ],
)
def test_hostile_urls_never_crash(url: str) -> None:
    result = audit_text(f"Source: {url} end.\n[1] {url}\n", select=["CIT"])
    assert not [f for f in result.findings if f.code == "AUD001"]


def test_markdown_reference_links_and_sources_section() -> None:
    text = (
        "Officials confirmed the figure, [according to the agency][agency].\n\n"
        "## Sources\n\n"
        "- [Agency statement](https://agency.example.gov/statement)\n"
        "- <https://news.example.com/2025/03/14/story>\n\n"
        '[agency]: https://agency.example.gov/data "Data"\n'
    )
    doc = load_text(text, "a.md")
    by_url = {c.url: c for c in doc.citations}
    assert by_url["https://agency.example.gov/data"].cited_in_body
    assert by_url["https://agency.example.gov/statement"].in_reference_list
    assert by_url["https://news.example.com/2025/03/14/story"].in_reference_list
    assert "Sources" in doc.text and "agency.example.gov/data" not in doc.text


def test_comments_are_kept_for_suppressions() -> None:
    md = load_text("First line.\n<!-- auditor: ignore[LNG001] -->\nThe biggest ever.\n", "a.md")
    assert [(c.text, c.source_line) for c in md.comments] == [("auditor: ignore[LNG001]", 2)]
    html = load_text("<p>One.</p>\n<!-- auditor: disable[CIT004] -->\n<p>Two.</p>", "a.html")
    assert [(c.text, c.source_line) for c in html.comments] == [("auditor: disable[CIT004]", 2)]


def test_cit001_judges_typed_urls_not_html_hrefs_for_non_ascii() -> None:
    html = '<html><body><p>See <a href="https://example.com/مقال-جديد">the story</a>.</p></body></html>'
    assert codes(audit_text(html, "a.html", select=["CIT001"]), "CIT001") == []
    typed = "See https://example.com/répertoire/a for the story.\n"
    assert codes(audit_text(typed, select=["CIT001"]), "CIT001")


def test_cit003_is_silent_on_html_pages_whose_notes_are_an_ordered_list() -> None:
    html = "<html><body><p>Whales dive deep [1].</p><ol><li>Smith, J. Diving whales. 2019.</li></ol></body></html>"
    assert codes(audit_text(html, "a.html", select=["CIT003"]), "CIT003") == []


def test_url_followed_by_many_closing_parentheses_is_trimmed_in_linear_time():
    """A URL then thousands of ")" (issue 18): the URL keeps none of them, and quickly."""
    import time

    from auditor.reading.citations import find_urls

    text = "See http://a.co/x" + ")" * 50_000 + " and (http://b.co/y_(z))."
    start = time.perf_counter()
    urls = [u.url for u in find_urls(text)]
    assert time.perf_counter() - start < 2.0
    assert urls[0].endswith("a.co/x")
    assert urls[-1].endswith("b.co/y_(z)")


PROSE_LIST = (
    "With this come two critical changes:\n\n"
    "1. The publisher of the plugin is shifting from one team to another.\n"
    "2. The repository moves to join the rest of the project at "
    "[https://example.org/code/plugin](https://example.org/code/plugin).\n\n"
    "The move takes effect next month.\n"
)


@pytest.mark.parametrize("path", ["a.md", "a.txt"])
def test_a_numbered_list_of_points_is_not_a_reference_list(path: str) -> None:
    result = audit_text(PROSE_LIST, path=path, select=["CIT002", "CIT003"])
    assert codes(result, "CIT002") == []
    (c,) = [c for c in result.doc.citations if c.url == "https://example.org/code/plugin"][:1]
    assert not c.in_reference_list


def test_a_numbered_list_the_body_cites_stays_a_reference_list() -> None:
    text = (
        "Officials confirmed it [2].\n\n"
        "1. Smith, J. The harbour report, 2024.\n"
        "2. https://example.org/news/2024/harbour\n"
        "3. https://example.org/news/2024/uncited\n"
    )
    result = audit_text(text, select=["CIT002", "CIT003"])
    assert lines_of(result, "CIT002") == [5]
    assert codes(result, "CIT003") == []


def test_cit002_reports_an_entry_once_when_its_text_and_link_hold_the_same_url() -> None:
    text = "Officials confirmed it.\n\n[1] [https://example.org/a](https://example.org/a)\n"
    result = audit_text(text, path="a.md", select=["CIT002"])
    assert lines_of(result, "CIT002") == [3]


@pytest.mark.parametrize(
    "sentence",
    [
        "The field is an 8-bit colour in the range [0, 255].",
        "The first element, x[0], is never read.",
        "The variable a is an array of ints because a[3] has type int.",
        "Reading buf_len[2] past the end panics.",
        "The value of arr2[1] is the second.",
    ],
)
def test_cit003_leaves_subscripts_and_intervals_alone(sentence: str) -> None:
    assert codes(audit_text(sentence + "\n", select=["CIT003"]), "CIT003") == []


@pytest.mark.parametrize("sentence", ["The toll rose to 40.[3]", "The toll rose to 40 [3].", "Officials said so[3]."])
def test_cit003_still_flags_glued_and_spaced_markers(sentence: str) -> None:
    assert len(codes(audit_text(sentence + "\n", select=["CIT003"]), "CIT003")) == 1


@pytest.mark.parametrize("sentence", ["Harsch & HilleRisLambers[^1] asked how.", "It held a PuTTY[^putty] installer."])
def test_footnote_markers_glued_to_any_name_stay_markers(sentence: str) -> None:
    assert len(codes(audit_text(sentence + "\n", path="a.md", select=["CIT003"]), "CIT003")) == 1


def test_a_bracketed_size_glued_to_a_type_is_not_a_marker() -> None:
    assert codes(audit_text("There is no direct link between [3]int and its use.\n", select=["CIT003"]), "CIT003") == []
