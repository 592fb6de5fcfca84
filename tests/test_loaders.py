"""Loaders: every offset maps back to the exact line and column of the original file."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.reading.loaders import load_text


def _pos_of(doc, needle: str) -> tuple[int, int]:
    i = doc.text.index(needle)
    return doc.position(i)


def _src_pos(source: str, needle: str) -> tuple[int, int]:
    i = source.index(needle)
    line = source.count("\n", 0, i) + 1
    col = i - (source.rfind("\n", 0, i) + 1) + 1
    return line, col


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_plain_text_positions_multibyte_and_crlf(newline: str) -> None:
    source = newline.join(
        ["Überschrift für Köln", "Der Bürgermeister sagte: „Ja.“ Dann ging er.", "", "Zweiter Absatz 😀 hier."]
    )
    doc = load_text(source, "a.txt")
    for needle in ("Köln", "Bürgermeister", "Dann", "Zweiter", "hier"):
        assert _pos_of(doc, needle) == _src_pos(source, needle), needle


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_markdown_positions_after_markup(newline: str) -> None:
    source = newline.join(
        [
            "---",
            "title: Café talks",
            "date: 2025-03-14",
            "---",
            "# Größte Überschrift",
            "",
            "Some **bold** text with a [linked phrase](https://example.org/a_b) and `code` here.",
            "> Quoted *über* words &amp; more.",
            "- item one",
            "1. https://example.com/ref",
        ]
    )
    doc = load_text(source, "a.md")
    assert doc.meta.title == "Café talks"
    assert doc.meta.published == dt.date(2025, 3, 14)
    assert doc.meta.published_source == "front-matter"
    for needle in ("Größte", "bold", "text with", "linked phrase", "here", "über", "more", "item one"):
        assert _pos_of(doc, needle) == _src_pos(source, needle), needle
    assert "**" not in doc.text and "](" not in doc.text
    assert "code" not in doc.text  # a code span is not prose
    link = next(c for c in doc.citations if c.kind == "link")
    assert link.url == "https://example.org/a_b"
    assert link.anchor_text == "linked phrase"
    amp = doc.text.index("&")
    assert doc.position(amp) == _src_pos(source, "&amp;")


def test_html_positions_entities_and_skipped_parts() -> None:
    source = (
        "<!DOCTYPE html><html><head><title>Le titre</title>\n"
        '<meta property="article:published_time" content="2024-08-06T10:00:00Z">\n'
        "<script>var x = 'Hidden sentence.';</script><style>p{}</style></head>\n"
        "<body><nav><a href='/'>Home</a> Menu text</nav>\n"
        "<article><h1>Caf&eacute; &amp; cr&#232;me</h1>\n"
        '<p>First  paragraph\n   wraps here. It cites <a href="https://example.org/x">a report</a>.</p>\n'
        "<p>Second &laquo;quoted&raquo; paragraph.</article><footer>Copyright</footer></body></html>"
    )
    doc = load_text(source, "a.html")
    assert doc.meta.title == "Le titre"
    assert doc.meta.published == dt.date(2024, 8, 6)
    assert "Hidden" not in doc.text and "Menu text" not in doc.text and "Copyright" not in doc.text
    assert "Café & crème" in doc.text
    assert _pos_of(doc, "First") == _src_pos(source, "First")
    assert _pos_of(doc, "wraps") == _src_pos(source, "wraps")
    assert _pos_of(doc, "quoted") == _src_pos(source, "quoted")
    assert doc.position(doc.text.index("é")) == _src_pos(source, "&eacute;")
    assert doc.position(doc.text.index("è")) == _src_pos(source, "&#232;")
    anchor = next(c for c in doc.citations if c.kind == "anchor")
    assert anchor.url == "https://example.org/x" and anchor.anchor_text == "a report"
    assert len(doc.paragraphs) == 3


def test_broken_html_still_loads() -> None:
    source = "<html><body><p>Unclosed <b>bold <div>nested</p></i> text &bogus; <a href='https://x.org/a'>link"
    doc = load_text(source, "broken.html")
    assert "nested" in doc.text and "link" in doc.text
    assert _pos_of(doc, "nested") == _src_pos(source, "nested")


def test_html_json_ld_and_time_dates() -> None:
    jsonld = '<script type="application/ld+json">{"@graph": [{"datePublished": "2023-05-01T08:00:00+02:00"}]}</script>'
    doc = load_text(f"<html><head>{jsonld}</head><body><p>Text here.</p></body></html>", "a.html")
    assert doc.meta.published == dt.date(2023, 5, 1)
    doc = load_text('<html><body><time datetime="2022-02-24">Feb 24</time><p>Text.</p></body></html>', "b.html")
    assert doc.meta.published == dt.date(2022, 2, 24)


def test_plain_text_paragraph_per_line_keeps_title_apart() -> None:
    doc = load_text("A Headline Without Full Stop\nThe lead sentence follows. Another one.\n", "a.txt")
    assert doc.meta.title == "A Headline Without Full Stop"
    assert [s.text for s in doc.sentences] == [
        "A Headline Without Full Stop",
        "The lead sentence follows.",
        "Another one.",
    ]


def test_hard_wrapped_text_joins_lines_of_a_paragraph() -> None:
    text = "This paragraph is wrapped\nat a short width as plain\ntext often is.\n\nA second paragraph\nalso wraps.\n"
    doc = load_text(text, "a.txt")
    assert len(doc.paragraphs) == 2
    assert doc.sentences[0].text.startswith("This paragraph") and doc.sentences[0].text.endswith("often is.")


def test_bom_is_removed_and_positions_stay_right() -> None:
    doc = load_text("\ufeffHello world. Second sentence.", "a.txt")
    assert doc.text.startswith("Hello")
    assert _pos_of(doc, "Second") == (1, 14)


MDX = """---
title: Release notes
---
import Chart from '../components/Chart';
export const meta = {
  rating: 'the best release ever',
};

Experts say the release is the fastest ever shipped.

```js
import http2 from "node:http2";
```

<Chart data={meta} />
"""


def test_an_mdx_file_is_markdown_and_its_esm_blocks_are_not_prose(tmp_path) -> None:
    from auditor.reading.loaders import format_for, load_path

    path = tmp_path / "post.mdx"
    path.write_text(MDX, encoding="utf-8")
    assert format_for(path) == "markdown"
    doc = load_path(path)
    assert "Experts say the release" in doc.text
    assert "Chart from" not in doc.text and "best release ever" not in doc.text
    line = doc.position(doc.text.index("Experts say"))[0]
    assert MDX.splitlines()[line - 1].startswith("Experts say")  # positions unchanged


def test_import_in_a_plain_markdown_file_stays_prose() -> None:
    from auditor.reading.loaders import load_text

    doc = load_text("import duties rose by 4% in May, officials said.\n", "a.md")
    assert "import duties rose" in doc.text
