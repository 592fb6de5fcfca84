"""Only the article of an HTML page is audited: teasers, comments and menus are blanked in place."""

from __future__ import annotations

from conftest import audit_text, codes, lines_of

from auditor.reading.loaders import load_text
from auditor.reading.loaders.maincontent import MAX_DEPTH, select_main_content

ARTICLE = " ".join(
    f"Paragraph {i} of the council story: the budget vote on the new bridge was delayed again on Tuesday, "
    f"and the mayor told reporters the city would publish the engineering report next month."
    for i in range(6)
)


def _page(extra_body: str = "", comments: str = "") -> str:
    paras = "\n".join(f"<p>{s.strip()}.</p>" for s in ARTICLE.split(".") if s.strip())
    return f"""<!doctype html>
<html><head><title>Bridge vote delayed</title></head>
<body>
<div class="wrap">
<article>
<h1>Bridge vote delayed</h1>
{paras}
<p>Analysts suggest the delay will raise costs.</p>
</article>
<div class="more-stories">
<h3>More from the region</h3>
<ul>
<li><a href="https://www.example-news.com/2019/01/02/teaser-one">Experts say the best pizza in town is the worst kept secret</a></li>
<li><a href="https://www.example-news.com/2019/01/03/teaser-two">Some believe the greatest derby of all time was in 1998</a></li>
</ul>
</div>
{extra_body}
<div class="comment-list">{comments}</div>
</div>
</body></html>
"""


COMMENTS = "".join(
    f"<div class='c'><p>Reader {i} wrote: experts say this is the worst council ever, it is widely believed.</p></div>"
    for i in range(3)
)


def test_teasers_and_comments_are_not_audited() -> None:
    result = audit_text(_page(comments=COMMENTS), "page.html", select=["LNG001", "LNG002"])
    text = result.doc.text
    assert "Analysts suggest" in text and "Paragraph 5 of the council story" in text
    assert "best pizza" not in text and "Reader 1 wrote" not in text
    assert len(codes(result, "LNG002")) == 1  # "Analysts suggest" in the article; none from comments
    assert not codes(result, "LNG001")  # "greatest ... of all time" sits in a teaser


def test_positions_stay_exact_after_blanking() -> None:
    page = _page(comments=COMMENTS)
    result = audit_text(page, "page.html", select=["LNG002"])
    line = next(i for i, ln in enumerate(page.splitlines(), 1) if "Analysts suggest" in ln)
    assert lines_of(result, "LNG002") == [line]


def test_links_in_blanked_blocks_are_not_citations() -> None:
    doc = load_text(_page(comments=COMMENTS), "page.html", "html")
    assert not [c for c in doc.citations if c.url and "teaser" in c.url]
    assert doc.meta.main_content.applied and doc.meta.main_content.dropped_blocks >= 3


def test_a_page_the_extractor_cannot_read_is_kept_whole() -> None:
    body = "Short note. Experts say it works."
    text, _, _, info = select_main_content("<html></html>", body, [], [])
    assert text == body and not info.applied


def test_a_deeply_nested_page_is_not_given_to_the_extractor() -> None:
    body = "Experts say it works."
    text, _, _, info = select_main_content("<b>" * 10, body, [], [], depth=MAX_DEPTH + 1)
    assert text == body and not info.applied and "deep" in info.reason


def test_footnotes_survive_the_filter() -> None:
    notes = '<ol class="footnotes"><li id="fn1">Council minutes, 3 March 2025.</li></ol>'
    page = _page(extra_body="").replace(
        "<p>Analysts suggest the delay will raise costs.</p>",
        '<p>The vote was delayed<sup><a href="#fn1">1</a></sup>.</p>',
    )
    page = page.replace("</article>", notes + "</article>")
    result = audit_text(page, "page.html", select=["CIT002", "CIT003"])
    assert not codes(result, "CIT003") and not codes(result, "CIT002")


def test_a_plain_article_page_loses_nothing() -> None:
    doc = load_text(_page(), "page.html", "html")
    for i in range(6):
        assert f"Paragraph {i} of the council story" in doc.text


def test_auditor_read_shows_what_the_filter_left_out(tmp_path, capsys) -> None:
    import json

    from auditor.cli import main

    page = tmp_path / "page.html"
    page.write_text(_page(comments=COMMENTS), encoding="utf-8")
    assert main(["read", str(page)]) == 0
    out = capsys.readouterr().out
    assert "main content:" in out and "left out" in out
    assert "\n\n\n" not in out  # blanked blocks shown as one empty line, not dozens
    assert main(["read", str(page), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["main_content"]["applied"] and data["main_content"]["left_out_blocks"] >= 3
    assert "Reader 1 wrote" not in data["text"] and len(data["text"]) > len(out) / 4


def test_a_page_of_too_many_elements_is_not_given_to_the_extractor() -> None:
    from auditor.reading.loaders.maincontent import MAX_ELEMENTS

    body = "Experts say it works."
    _, _, _, info = select_main_content("<p>x</p>", body, [], [], elements=MAX_ELEMENTS + 1)
    assert not info.applied and "large" in info.reason
