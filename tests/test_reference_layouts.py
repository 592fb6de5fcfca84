"""Reference-list layouts (issue 12): CIT002 and CIT003 behave alike in .txt, .md and .html.

Every layout is tried with markers that resolve (never CIT003, no CIT002), with an entry
nobody cites (CIT002 on that entry) and with a marker that has no entry (CIT003 on it).
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes, lines_of

BODY = "Officials confirmed the figure {m1}. Others disagreed {m2}.{extra}"

# (heading, entry label format, marker format): the layouts copy arrives in.
LAYOUTS = [
    ("Sources:", "[{n}]", "[{n}]"),
    ("Sources", "[{n}]", "[{n}]"),
    ("References", "{n}.", "[{n}]"),
    ("## References", "{n}.", "[{n}]"),
    ("**Notes**", "{n})", "[{n}]"),
    ("Notes:", "{n})", "[{n}]"),
    ("Footnotes", "[^{n}]:", "[^{n}]"),
    ("Further reading:", "[{n}]", "[{n}]"),
    ("Links", "[{n}]", "[{n}]"),
]


def _article(heading: str, label: str, marker: str, entries: int = 2, extra_marker: str = "", path: str = "") -> str:
    body = BODY.format(m1=marker.format(n=1), m2=marker.format(n=2), extra=extra_marker)
    lines = [label.format(n=n) + f" https://example{n}.org/news/2025/report-{n}" for n in range(1, entries + 1)]
    text = body + "\n\n" + heading + "\n" + "\n".join(lines) + "\n"
    return _as_html(text, br=path == "b.html") if path.endswith(".html") else text


def _as_html(text: str, br: bool) -> str:
    """The same article as a page: one <p> per line, or one <p> per block with <br> between
    lines; every line keeps its number, so findings land on the same lines as in the .txt."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        out += ["<p>" + "<br>\n".join(lines) + "</p>"] if br else [f"<p>{line}</p>" for line in lines]
    return "<html><body><article>\n" + "\n".join(out) + "\n</article></body></html>"


FORMATS = ["a.txt", "a.md", "a.html", "b.html"]


@pytest.mark.parametrize("path", FORMATS)
@pytest.mark.parametrize(("heading", "label", "marker"), LAYOUTS)
def test_markers_that_resolve_are_never_cit003(path: str, heading: str, label: str, marker: str) -> None:
    result = audit_text(_article(heading, label, marker, path=path), path, select=["CIT"])
    assert codes(result, "CIT003") == []
    assert codes(result, "CIT002") == []
    refs = [c for c in result.doc.citations if c.in_reference_list]
    assert len(refs) == 2, "consecutive entries without blank lines are separate entries"
    assert all(c.cited_in_body for c in refs)


@pytest.mark.parametrize("path", FORMATS)
@pytest.mark.parametrize(("heading", "label", "marker"), LAYOUTS)
def test_an_uncited_entry_is_cit002_on_its_own_line(path: str, heading: str, label: str, marker: str) -> None:
    result = audit_text(_article(heading, label, marker, entries=3, path=path), path, select=["CIT"])
    assert lines_of(result, "CIT002") == [6]
    assert codes(result, "CIT003") == []


@pytest.mark.parametrize("path", FORMATS)
@pytest.mark.parametrize(("heading", "label", "marker"), LAYOUTS)
def test_a_marker_without_entry_is_cit003(path: str, heading: str, label: str, marker: str) -> None:
    extra = " A third view " + marker.format(n=7) + "."
    text = _article(heading, label, marker, extra_marker=extra, path=path)
    result = audit_text(text, path, select=["CIT"])
    (dangling,) = codes(result, "CIT003")
    assert marker.format(n=7) in dangling.message and "no such entry" in dangling.message
    assert codes(result, "CIT002") == []


def test_entries_without_url_under_a_heading_are_entries() -> None:
    text = "A claim [1]. Another [2].\n\nFurther reading:\n[1] Smith, J. A report, 2024.\n[2] https://b.example.org/x\n"
    for path in ("a.txt", "a.md"):
        result = audit_text(text, path, select=["CIT"])
        assert codes(result) == []
        assert [c.label for c in result.doc.citations if c.in_reference_list] == ["1", "2"]


def test_prose_that_wraps_is_not_cut_into_entries() -> None:
    text = "The count rose in\n12 districts. The report [1] says so.\n\nSources:\n[1] https://a.example.org/x\n"
    result = audit_text(text, "a.txt", select=["CIT"])
    assert codes(result) == []
    assert len(result.doc.paragraphs) == 3


# --- HTML: <sup><a href="#fn3">3</a></sup> markers and id-anchored notes ---

HTML = (
    "<html><body><article><p>Officials confirmed it.<sup><a href='#fn1' id='r1'>1</a></sup>"
    " Others disagreed.<sup><a href='#fn2'>2</a></sup>{extra}</p>\n"
    "<h2>Notes</h2>\n<ol>\n<li id='fn1'>Ministry report, <a href='https://a.example.com/1'>online</a>."
    " <a href='#r1'>↩</a></li>\n<li id='fn2'>https://b.example.com/2</li>\n{more}</ol></article></body></html>"
)


def test_html_footnote_markers_resolve_to_their_notes() -> None:
    result = audit_text(HTML.format(extra="", more=""), "a.html", select=["CIT"])
    assert codes(result) == []
    refs = {c.label: c for c in result.doc.citations if c.in_reference_list}
    assert set(refs) == {"1", "2"} and all(c.cited_in_body for c in refs.values())
    assert refs["1"].url == "https://a.example.com/1"
    assert [(m.label, result.doc.position(m.span.start)) for m in result.doc.markers] == [
        ("1", (1, 76)),
        ("2", (1, 125)),
    ]


def test_html_uncited_note_is_cit002_and_missing_note_is_cit003() -> None:
    orphan = audit_text(HTML.format(extra="", more="<li id='fn3'>Smith, 2024.</li>\n"), "a.html", select=["CIT"])
    assert lines_of(orphan, "CIT002") == [6] and codes(orphan, "CIT003") == []
    dangling = audit_text(HTML.format(extra="<sup><a href='#fn9'>9</a></sup>", more=""), "a.html", select=["CIT"])
    (f,) = codes(dangling, "CIT003")
    assert "[9]" in f.message and codes(dangling, "CIT002") == []


def test_html_pandoc_and_wikipedia_notes() -> None:
    pandoc = (
        "<p>Claim.<a href='#fn1' class='footnote-ref' id='fnref1' role='doc-noteref'><sup>1</sup></a></p>"
        "<section class='footnotes' role='doc-endnotes'><ol><li id='fn1'><p>https://a.example.com/x"
        "<a href='#fnref1' class='footnote-back' role='doc-backlink'>↩︎</a></p></li></ol></section>"
    )
    result = audit_text(pandoc, "a.html", select=["CIT"])
    assert codes(result) == []
    assert [c.url for c in result.doc.citations] == ["https://a.example.com/x"]
    wiki = (
        "<p>Claim.<sup class='reference'><a href='#cite_note-1'>[1]</a></sup> More [2].</p><h2>References</h2>"
        "<ol class='references'><li id='cite_note-1'>A <a href='https://a.example.com/x'>source</a></li>"
        "<li>B. Jones, a book.</li></ol>"
    )
    assert codes(audit_text(wiki, "a.html", select=["CIT"])) == []


def test_html_numbered_in_page_links_that_are_not_notes_are_left_alone() -> None:
    html = "<p>Go to part <a href='#top'>1</a> or <a href='#s2'>2</a>.</p><ol><li id='s2'>Section</li></ol>"
    result = audit_text(html, "a.html", select=["CIT"])
    assert codes(result) == [] and result.doc.markers == []


def test_html_bracket_marker_with_no_list_is_cit003_like_txt() -> None:
    for path, text in (
        ("a.txt", "Whales dive deep [1].\n"),
        ("a.md", "Whales dive deep [1].\n"),
        ("a.html", "<p>Whales dive deep [1].</p>"),
        ("b.html", "<p>Whales dive deep.<sup><a href='#n1'>1</a></sup></p>"),
    ):
        (f,) = codes(audit_text(text, path, select=["CIT"]), "CIT003")
        assert "no reference list" in f.message, path


def test_thousands_of_html_notes_are_read_in_linear_time() -> None:
    import time

    n = 2000
    body = "".join(
        f"<p>Claim {i} was made.<sup><a href='#cite_note-{i}'>[{i % 999 + 1}]</a></sup></p>\n" for i in range(n)
    )
    notes = "".join(
        f"<li id='cite_note-{i}'>Source {i}, <a href='https://ex{i}.org/a'>link</a></li>\n" for i in range(n)
    )
    html = f"<html><body><article>{body}<h2>References</h2><ol class='references'>{notes}</ol></article></body></html>"
    start = time.perf_counter()
    result = audit_text(html, "a.html", select=["CIT002", "CIT003"])
    assert time.perf_counter() - start < 10
    assert len(result.doc.markers) == n and len(result.doc.reference_zones) == 2  # heading, and one run of notes
    assert codes(result) == []


def test_headed_footnotes_whose_text_holds_a_link_resolve() -> None:
    # A "### Footnotes" heading, then definitions apart, the first holding a Markdown link (a
    # Hugo blog's layout): the link is the entry of [^1], so [^1] resolves and nothing is orphaned.
    text = (
        "We built it for three reasons [^1].\n\nIt became quicker with remake [^2].\n\n### Footnotes\n\n"
        "[^1]: It is a database in the sense of an [organized collection](https://en.wikipedia.org/wiki/Database).\n\n"
        "[^2]: The package was first called maker.\n"
    )
    result = audit_text(text, "a.md", select=["CIT"])
    assert codes(result, "CIT003") == [] and codes(result, "CIT002") == []
    assert [c.marker for c in result.doc.citations if c.in_reference_list] == ["[^1]", "[^2]"]


def test_a_headed_footnote_marker_without_definition_is_still_cit003() -> None:
    text = (
        "We built it for three reasons [^1].\n\nIt became quicker [^3].\n\n### Footnotes\n\n"
        "[^1]: It is a database in the sense of an [organized collection](https://en.wikipedia.org/wiki/Database).\n"
    )
    assert len(codes(audit_text(text, "a.md", select=["CIT"]), "CIT003")) == 1
