"""Markdown links whose text wraps onto the next line are links, never citation markers.

Seen on a real static-site blog: ``[slides from our first demo\\nday][6]`` with ``[6]: URL``
below gave CIT003 "marker [6] points to nothing" on six posts.
"""

from __future__ import annotations

from conftest import audit_text, codes

from auditor.reading.loaders import load_text

DEFS = "\n\n[6]: https://speakerdeck.com/team/demo-day\n[7]: https://cap.example.gov/\n"


def test_wrapped_reference_link_is_a_link_not_a_marker() -> None:
    text = "Review the [slides from our first demo\nday][6] and the [product\npage][7]." + DEFS
    result = audit_text(text, "post.md", select=["CIT002", "CIT003"])
    assert not codes(result, "CIT003") and not result.doc.markers
    assert [c.url for c in result.doc.citations] == [
        "https://speakerdeck.com/team/demo-day",
        "https://cap.example.gov/",
    ]
    assert "][6]" not in result.doc.text and "[slides" not in result.doc.text


def test_wrapped_inline_link() -> None:
    doc = load_text("See the [slides from\nour demo day](https://speakerdeck.com/a/b) now.\n", "post.md")
    assert [c.url for c in doc.citations] == ["https://speakerdeck.com/a/b"]
    assert doc.text == "See the slides from our demo day now."


def test_wrapped_relative_link_is_no_citation() -> None:
    doc = load_text("Read [the other\npost](../2015/other.md) first.\n", "post.md")
    assert doc.citations == [] and doc.text == "Read the other post first."


def test_real_markers_across_lines_still_count() -> None:
    text = "A claim [1] and\nmore text [2] and [3].\n\n[1] https://a.example.com/x\n[2] https://b.example.com/y\n"
    result = audit_text(text, "a.md", select=["CIT003"])
    assert [f.evidence.get("label") for f in codes(result, "CIT003")] == ["3"]


def test_positions_of_a_wrapped_link_point_at_its_second_line() -> None:
    text = "Intro line.\n\nReview the [slides from our first demo\nday][6] today." + DEFS
    doc = load_text(text, "post.md")
    c = doc.citations[0]
    assert doc.position(c.span.start)[0] == 4
