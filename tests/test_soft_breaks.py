"""Phrases broken across a soft line break are matched, in every format (issue 12).

The loader makes a line break inside a paragraph a space, one character for one, so the
rules read "Many analysts suggest" whatever the wrapping, and every finding still points
at the line and column of the file.
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes

from auditor.reading.loaders import load_text

WRAPPED = (
    "The ministry announced new rules on Monday for the whole\n"
    "region. Officials expect many analysts\n"
    "suggest the plan will fail, and the region\n"
    "will suffer.\n\n"
    "A second paragraph follows here with more text.\n"
)


def _as(path: str, text: str) -> str:
    if path.endswith(".html"):
        return "<html><body>\n<p>" + text.replace("\n\n", "</p>\n<p>") + "</p>\n</body></html>"
    return text


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("path", ["a.txt", "a.md", "a.html"])
def test_a_phrase_broken_across_lines_is_matched_where_it_starts(path: str, newline: str) -> None:
    source = _as(path, WRAPPED).replace("\n", newline)
    result = audit_text(source, path, select=["LNG002"])
    (f,) = codes(result, "LNG002")
    assert "many analysts suggest" in f.message.lower()
    line = 3 if path.endswith(".html") else 2  # the HTML page opens with one more line
    assert result.doc.position(f.span.start) == (line, WRAPPED.split("\n")[1].index("many") + 1)
    assert len(result.doc.text) == len(load_text(source, path).text)


@pytest.mark.parametrize("path", ["a.txt", "a.md", "a.html"])
def test_a_paragraph_break_still_parts_the_words(path: str) -> None:
    text = "The plan was presented by many analysts.\n\nSuggest a better one, the minister said.\n"
    assert codes(audit_text(_as(path, text), path, select=["LNG002"]), "LNG002") == []


def test_offsets_and_lines_are_kept_one_for_one() -> None:
    for path in ("a.txt", "a.md"):
        doc = load_text(WRAPPED, path)
        at = doc.text.index("suggest")
        assert doc.text[at - 1] == " " and doc.position(at) == (3, 1)
        assert "\n" not in doc.text[doc.paragraphs[0].start : doc.paragraphs[0].end]


def test_a_title_above_a_dateline_keeps_its_line_break() -> None:
    text = "Flooding closes the valley road\nMarch 3, 2025\n\nThe road was closed on Monday after heavy rain.\n"
    doc = load_text(text, "a.txt")
    assert "road\nMarch" in doc.text
    one_a_line = "Alpha said no.\nBeta said yes.\nGamma left.\n\nMore text follows here.\n"
    assert "no.\nBeta" in load_text(one_a_line, "a.txt").text
