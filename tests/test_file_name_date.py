"""A static-site post dated only by its file name (2016-11-30-title.md) is dated, not "undated"."""

from __future__ import annotations

from conftest import audit_text, codes

from auditor.reading.loaders import load_text


def test_a_dated_file_name_dates_the_article() -> None:
    result = audit_text(
        "In August of this year, the policy was signed.\n", "posts/2016-11-30-curate.md", select=["DAT004"]
    )
    assert result.doc.meta.published.isoformat() == "2016-11-30"
    assert result.doc.meta.published_source == "file-name"
    assert not codes(result, "DAT004")


def test_front_matter_wins_over_the_file_name() -> None:
    doc = load_text("---\ndate: 2016-12-02\n---\nText.\n", "posts/2016-11-30-curate.md")
    assert doc.meta.published.isoformat() == "2016-12-02" and doc.meta.published_source == "front-matter"


def test_names_that_are_not_dates_are_left_alone() -> None:
    for name in ("2016-13-40-x.md", "1875-01-02-old.md", "report-2016-11-30.md", "20161130.md"):
        result = audit_text("Last year the council met.\n", name, select=["DAT004"])
        assert result.doc.meta.published_source != "file-name", name
    assert codes(audit_text("Last year the council met.\n", "notes.txt", select=["DAT004"]), "DAT004")


def test_a_dated_address_in_front_matter_dates_the_article() -> None:
    text = '+++\npath = "2014/12/12/1.0-Timeline"\ntitle = "Scheduling the trains"\n+++\n\nLast year we shipped.\n'
    result = audit_text(text, "content/1.0-Timeline.md", select=["DAT004"])
    assert result.doc.meta.published.isoformat() == "2014-12-12"
    assert "`path`" in result.doc.meta.published_detail and not codes(result, "DAT004")


def test_dated_folders_date_the_article() -> None:
    doc = load_text("Last year we shipped.\n", "content/2016/11/30/post.md")
    assert doc.meta.published.isoformat() == "2016-11-30"
    assert load_text("Last year we shipped.\n", "content/2016/post.md").meta.published is None
    assert load_text("---\nslug: budget-vote\n---\nText.\n", "news/budget.md").meta.published is None
