"""Markdown read as CommonMark/GFM blocks (issue 12): code and HTML blocks are not prose.

Each construct holds words that a rule flags in prose ("analysts suggest", a broken URL,
a marker with no entry); inside the construct nothing fires, while the same words in the
paragraph after it are flagged at their exact line and column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import audit_text, codes

from auditor.reading.loaders import load_text

TRIGGER = "Many analysts suggest it fails, see htp://example.com/a and [7]."
RULES = ["LNG002", "CIT001", "CIT003"]

NOT_PROSE = {
    "code span": f"Type `{TRIGGER}` to run it.",
    "fenced code": f"```text\n{TRIGGER}\n```",
    "tilde fence in a list": f"- step:\n\n  ~~~\n  {TRIGGER}\n  ~~~",
    "indented code": f"Intro line.\n\n    {TRIGGER}\n    second line of code",
    "HTML block": f"<div class='note'>\n{TRIGGER}\n</div>",
    "HTML comment": f"<!--\n{TRIGGER}\n-->",
}


@pytest.mark.parametrize("name", list(NOT_PROSE))
def test_no_rule_fires_inside_code_or_html_blocks(name: str) -> None:
    text = "# Title\n\n" + NOT_PROSE[name] + "\n\nThe end of the article.\n"
    result = audit_text(text, "a.md", select=RULES)
    assert codes(result) == [], [f.message for f in result.findings]
    assert "analysts" not in result.doc.text


@pytest.mark.parametrize("name", list(NOT_PROSE))
def test_prose_after_the_block_is_still_flagged_at_its_position(name: str) -> None:
    text = "# Title\n\n" + NOT_PROSE[name] + "\n\n" + TRIGGER + "\n"
    line = text.count("\n", 0, text.rindex(TRIGGER)) + 1
    result = audit_text(text, "a.md", select=RULES)
    found = {(f.code, result.doc.position(f.span.start)) for f in result.findings}
    assert ("LNG002", (line, 1)) in found
    assert ("CIT001", (line, TRIGGER.index("htp") + 1)) in found
    assert ("CIT003", (line, TRIGGER.index("[7]") + 1)) in found


def test_prose_in_lists_quotes_tables_and_headings_is_read() -> None:
    text = (
        "Setext title\n============\n\n"
        "> Quoted analysts suggest one thing.\n"
        "> > Nested critics argue another.\n\n"
        "- A bullet where experts believe more.\n"
        "  A continued line.\n\n"
        "| Who | What |\n|-----|------|\n| Observers | say the vote is close |\n"
    )
    doc = load_text(text, "a.md")
    assert "====" not in doc.text and "|---" not in doc.text and "-----" not in doc.text
    for needle in ("Setext title", "Quoted analysts", "Nested critics", "A bullet", "A continued", "Observers"):
        at = doc.text.index(needle)
        line = text[: text.index(needle)].count("\n") + 1
        col = text.index(needle) - (text.rfind("\n", 0, text.index(needle)) + 1) + 1
        assert doc.position(at) == (line, col), needle
    assert ">" not in doc.text


def test_link_reference_definitions_are_not_prose_but_footnotes_are_entries() -> None:
    text = "A claim [^1] and [a link][r].\n\n[r]: https://example.org/r\n[^1]: https://example.org/f\n"
    doc = load_text(text, "a.md")
    assert "[r]:" not in doc.text and "[^1]: https://example.org/f" in doc.text
    assert {(c.url, c.in_reference_list) for c in doc.citations} == {
        ("https://example.org/r", False),
        ("https://example.org/f", True),
    }


def test_a_lazy_continuation_line_is_prose_not_code() -> None:
    text = "A paragraph that goes on\n        and on: many analysts suggest so.\n"
    result = audit_text(text, "a.md", select=["LNG002"])
    assert len(codes(result, "LNG002")) == 1


def test_a_suppression_shown_in_code_is_an_example_not_a_comment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from auditor.cli import main

    text = (
        "Write `<!-- auditor: ignore[LNG002] -->` above a line to silence it.\n\n"
        "```html\n<!-- auditor: ignore[CIT001] -->\n```\n\n"
        "<!-- auditor: ignore[LNG002] -->\nMany analysts suggest it is fine.\n\n"
        "Many critics argue it is not.\n"
    )
    assert [c.source_line for c in load_text(text, "a.md").comments] == [7]
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    main(["check", str(tmp_path / "a.md"), "--select", "LNG002,AUD004", "--fail-on", "never"])
    out = capsys.readouterr().out
    assert "a.md:10:1: LNG002" in out and "a.md:8:" not in out and "AUD004" not in out


def test_a_linked_image_is_no_prose_and_no_citation() -> None:
    """A logo or badge linking somewhere (``[![alt](img)](url)``) reads as an HTML ``<a><img></a>``:
    neither the image's address (a 2015 upload path read as a 2015 source) nor its target is cited."""
    text = (
        "The library was released on Monday.\n\n"
        "[![logo](https://www.example.org/uploads/2015/01/logo.png)](https://www.example.org)\n\n"
        "See [![build](https://ci.example.org/badge.svg)][ci] and [the notes](https://example.org/notes).\n\n"
        "[ci]: https://ci.example.org/project\n"
    )
    doc = load_text(text, "post.md")
    assert [c.url for c in doc.citations] == ["https://example.org/notes"]
    assert "logo" not in doc.text and "](" not in doc.text
