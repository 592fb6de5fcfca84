"""A numbered list of prose items that carry links is not a reference list (no CIT002 on it)."""

from __future__ import annotations

from conftest import audit_text, codes

PROSE = (
    "Progress this month.\n\n"
    "1) My memory-movement PR got reviewed and after a few iterations landed in nightly, so you can now move "
    "memory between host and device safely: https://github.com/rust-lang/rust/pull/1\n\n"
    "2) Now that the host code landed, I looked into compiling kernels for GPUs: "
    "https://github.com/rust-lang/rust/pull/2\n"
)
REFERENCES = (
    "Officials counted 7,000 workers [1].\n\n"
    "1. Reuters, 3 May 2024. Workers sent abroad. https://www.reuters.com/world/workers-2024-05-03/\n"
    "2. https://example.org/report/2\n"
)


def test_numbered_prose_items_are_not_references() -> None:
    result = audit_text(PROSE, "update.md", select=["CIT002", "CIT003"])
    assert not codes(result, "CIT002")
    assert all(not c.in_reference_list for c in result.doc.citations)


def test_short_numbered_entries_stay_a_reference_list() -> None:
    result = audit_text(REFERENCES, "story.txt", select=["CIT002", "CIT003"])
    assert [f.evidence.get("label") for f in codes(result, "CIT002")] == ["2"]
    assert not codes(result, "CIT003")


def test_under_a_sources_heading_long_entries_are_references() -> None:
    text = "A claim [1].\n\nSources\n\n1. " + "A very long report title " * 8 + "https://example.org/long/1\n"
    result = audit_text(text, "story.md", select=["CIT003"])
    assert not codes(result, "CIT003")
    assert any(c.in_reference_list for c in result.doc.citations)


def test_a_word_pair_after_a_complete_url_is_prose() -> None:
    result = audit_text("Status at https://crates-io.statuspage.io/ and/or by following us.\n", select=["CIT001"])
    assert [c.url for c in result.doc.citations] == ["https://crates-io.statuspage.io/"]
    assert not codes(result, "CIT001")
    broken = audit_text("See https://www.ntv.de/politik/Kursk- article22489714.html today.\n", select=["CIT001"])
    assert codes(broken, "CIT001")  # a real stray space still found


def test_a_footnote_marker_before_a_colon_is_a_marker() -> None:
    text = 'We explored "keyword generics" [^name]: the ability to be generic.\n\n[^name]: The longer name.\n'
    result = audit_text(text, "post.md", select=["CIT002", "CIT003"])
    assert [m.label for m in result.doc.markers] == ["^name"]
    assert not codes(result, "CIT002") and not codes(result, "CIT003")
    listed = audit_text("- Launching Pad[^1]: Jonathan Pallant\n\n[^1]: The RFC.\n", "p.md", select=["CIT002"])
    assert not codes(listed, "CIT002")
    definition_only = audit_text("Text.\n\n[^1]: A note nothing cites.\n", "p.md", select=["CIT002"])
    assert codes(definition_only, "CIT002")
