"""Boilerplate by shape: what a page prints around (and inside) its article is not audited.

Each layout has a must-drop case and a must-keep case, built from small hand-written pages.
"""

from __future__ import annotations

from conftest import audit_text, codes

from auditor.reading.loaders import load_text
from auditor.reading.pagekind import feed_note

PAGE_URL = "https://www.example-news.com/2025/03/04/bridge-vote-delayed"
STORY = [
    f"Paragraph {i} of the council story: the budget vote on the new bridge was delayed again on Tuesday, "
    f"and the mayor told reporters the city would publish the engineering report next month."
    for i in range(6)
]


def _page(before: str = "", inside: str = "", after: str = "", head: str = "", title: str = "") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!doctype html>
<html><head><title>Bridge vote delayed</title>
<link rel="canonical" href="{PAGE_URL}">{head}</head>
<body>
{before}
<article>
{title or "<h1>Bridge vote delayed</h1>"}
{paras}
{inside}
</article>
{after}
</body></html>
"""


def _urls(doc) -> list[str]:
    return [c.url for c in doc.citations if c.url]


# --- link lists ---------------------------------------------------------------------------------

MOST_READ = "".join(
    f'<div><a href="/2025/03/0{i}/story-{i}">The greatest derby of all time number {i}, experts say</a></div>'
    for i in range(1, 5)
)


def test_a_run_of_headline_links_is_dropped() -> None:
    result = audit_text(_page(after=MOST_READ), "page.html", select=["LNG001", "LNG002"])
    assert "greatest derby" not in result.doc.text and "Paragraph 5 of the council story" in result.doc.text
    assert not codes(result, "LNG001") and not codes(result, "LNG002")


def test_a_reference_list_under_its_heading_is_kept() -> None:
    refs = "<h2>Sources</h2><ul>" + "".join(
        f'<li><a href="https://www.gov-{i}.example.org/reports/bridge-{i}">Bridge report {i}</a></li>' for i in range(3)
    )
    doc = load_text(_page(inside=refs + "</ul>"), "page.html", "html")
    assert sum("gov-" in u for u in _urls(doc)) == 3


# --- menu rows ------------------------------------------------------------------------------------

RING = (
    '<div><a href="https://auto.example-ring.com/">AutoRing</a> <a href="https://hunt.example-ring2.com/">Hunters</a> '
    '<a href="https://women.example-ring3.com/">Women</a></div>'
)


def test_a_row_of_network_links_above_the_article_is_not_cited() -> None:
    doc = load_text(_page(before=RING), "page.html", "html")
    assert not [u for u in _urls(doc) if "example-ring" in u]


def test_a_row_of_source_links_inside_the_article_is_kept() -> None:
    row = (
        '<p><a href="https://www.who.int/a/b">WHO</a>, <a href="https://www.cdc.gov/a/b">CDC</a>, '
        '<a href="https://www.ecdc.europa.eu/a/b">ECDC</a></p>'
    )
    page = _page().replace(f"<p>{STORY[2]}</p>", f"<p>{STORY[2]}</p>{row}")
    doc = load_text(page, "page.html", "html")
    assert len([u for u in _urls(doc) if "/a/b" in u]) == 3


# --- teasers ------------------------------------------------------------------------------------

TEASERS = "".join(
    f'<h3><a href="https://www.example-news.com/2025/03/0{i}/other-{i}">Other story {i}</a></h3>'
    f"<p>Some believe this is the most legendary summary of another story, number {i}, in the region.</p>"
    for i in range(1, 3)
)


def test_linked_headlines_with_summaries_are_teasers() -> None:
    result = audit_text(_page(after=TEASERS), "page.html", select=["LNG002", "LNG003"])
    assert "legendary summary" not in result.doc.text
    assert not codes(result, "LNG002") and not codes(result, "LNG003")


def test_the_articles_own_linked_title_and_lede_are_kept() -> None:
    title = f'<h1><a href="{PAGE_URL}">Bridge vote delayed</a></h1>'
    doc = load_text(_page(title=title), "page.html", "html")
    assert "Paragraph 0 of the council story" in doc.text  # a permalink title is not a teaser over the lede


def test_one_linked_headline_is_not_a_list_of_teasers() -> None:
    one = TEASERS.split("</p>")[0] + "</p>"
    doc = load_text(_page(inside=one), "page.html", "html")
    assert "legendary summary" in doc.text


CARDS = "".join(
    f'<li><p><a href="https://www.example-news.com/2025/02/1{i}/card-{i}"><img src="/t{i}.jpg"></a>'
    f"Another great moment from the archive, card {i}: widely regarded as the best show of the year.</p></li>"
    for i in range(2)
)


def test_teaser_cards_are_dropped() -> None:
    doc = load_text(_page(after=f"<ul>{CARDS}</ul>"), "page.html", "html")
    assert "card 0" not in doc.text and "card 1" not in doc.text
    assert "Paragraph 3 of the council story" in doc.text


def test_a_photo_linking_to_its_own_file_is_not_a_card() -> None:
    photos = "".join(
        f'<p><a href="/photos/bridge-{i}.jpg"><img src="/photos/bridge-{i}.jpg"></a>The bridge site, view {i}, '
        "on Tuesday morning before the vote.</p>"
        for i in range(2)
    )
    doc = load_text(_page(inside=photos), "page.html", "html")
    assert "view 0" in doc.text and "view 1" in doc.text


# --- promos -------------------------------------------------------------------------------------

FOLLOW = (
    '<p>Get our newsletter. Follow us on <a href="https://twitter.com/examplenews">Twitter</a>, '
    '<a href="https://www.facebook.com/examplenews">Facebook</a> and <a href="https://t.me/examplenews">Telegram</a>.</p>'
)


def test_follow_us_after_the_article_is_not_cited() -> None:
    doc = load_text(_page(inside=FOLLOW), "page.html", "html")
    assert "Follow us" not in doc.text and not [u for u in _urls(doc) if "examplenews" in u]


def test_a_closing_paragraph_with_a_video_link_is_kept() -> None:
    last = (
        "<p>The council published a video of the whole session, and residents can watch "
        'the <a href="https://youtu.be/abc123">recording</a> before the next meeting in April.</p>'
    )
    doc = load_text(_page(inside=last), "page.html", "html")
    assert "recording" in doc.text and "https://youtu.be/abc123" in _urls(doc)


def test_a_read_more_link_to_another_site_after_the_article_is_kept() -> None:
    more = '<p><a href="https://www.other-paper.example/2025/03/04/bridge-engineers-warn">Read the engineers\' letter</a></p>'
    doc = load_text(_page(inside=more), "page.html", "html")
    assert any("other-paper" in u for u in _urls(doc))


PROMOS = [
    f'<p><a href="https://www.example-news.com/2025/03/0{i}/promo-{i}">[Most read] Many say story {i} is the best</a></p>'
    for i in range(1, 3)
]


def test_own_site_promos_between_paragraphs_are_dropped() -> None:
    page = _page().replace(f"<p>{STORY[1]}</p>", f"<p>{STORY[1]}</p>{PROMOS[0]}")
    page = page.replace(f"<p>{STORY[3]}</p>", f"<p>{STORY[3]}</p>{PROMOS[1]}")
    result = audit_text(page, "page.html", select=["LNG001", "LNG002"])
    assert "Most read" not in result.doc.text and "Paragraph 4 of the council story" in result.doc.text
    assert not codes(result, "LNG002")


def test_one_link_paragraphs_to_other_sites_are_kept() -> None:
    cited = [
        f'<p><a href="https://www.gov-{i}.example.org/2025/report-{i}">The state auditor\'s report {i}</a></p>'
        for i in range(2)
    ]
    page = _page().replace(f"<p>{STORY[1]}</p>", f"<p>{STORY[1]}</p>{cited[0]}")
    page = page.replace(f"<p>{STORY[3]}</p>", f"<p>{STORY[3]}</p>{cited[1]}")
    doc = load_text(page, "page.html", "html")
    assert sum("gov-" in u for u in _urls(doc)) == 2


def test_the_pages_own_address_in_a_copy_link_box_is_not_a_citation() -> None:
    doc = load_text(_page(after=f"<div class='copy'>{PAGE_URL}</div>"), "page.html", "html")
    assert PAGE_URL not in _urls(doc)


def test_a_link_to_the_page_itself_is_not_a_citation() -> None:
    inside = f'<p>This story was first published on our site. <a href="{PAGE_URL}/">Read it here</a>.</p>'
    doc = load_text(_page(inside=inside), "page.html", "html")
    assert "Read it here" in doc.text and not [u for u in _urls(doc) if "bridge-vote-delayed" in u]


def test_links_to_the_sites_front_and_sections_are_not_citations_but_its_stories_are() -> None:
    inside = (
        '<p>More in <a href="https://www.example-news.com/">Example News</a> and '
        '<a href="https://www.example-news.com/politics/">Politics</a>; our earlier '
        '<a href="https://www.example-news.com/2025/01/02/bridge-costs">report on the costs</a>.</p>'
    )
    page = _page().replace(f"<p>{STORY[2]}</p>", f"<p>{STORY[2]}</p>{inside}")
    urls = _urls(load_text(page, "page.html", "html"))
    assert urls == ["https://www.example-news.com/2025/01/02/bridge-costs"]


# --- feeds of whole stories ----------------------------------------------------------------------


def _feed(other_words: int) -> str:
    other = " ".join(["Experts say the harbour plan is widely believed to be doomed."] * (other_words // 11 + 1))
    mine = "\n".join(f"<p>{p}</p>" for p in STORY)
    return f"""<html><head><link rel="canonical" href="{PAGE_URL}"></head><body>
<div class="feed">
<h2><a href="/2025/03/04/bridge-vote-delayed">Bridge vote delayed</a></h2>
{mine}
<h2><a href="/2025/03/04/harbour-plan">Harbour plan</a></h2>
<p>{other}</p>
</div></body></html>"""


def test_a_feed_is_cut_after_the_pages_own_story() -> None:
    result = audit_text(_feed(120), "page.html", select=["LNG002"])
    assert "Paragraph 5 of the council story" in result.doc.text and "harbour plan" not in result.doc.text
    assert not codes(result, "LNG002")


def test_a_linked_subheading_with_a_short_note_does_not_cut_the_article() -> None:
    doc = load_text(_feed(20), "page.html", "html")
    assert "harbour plan" in doc.text


# --- pages that are not articles -------------------------------------------------------------------


def test_a_listing_pages_teasers_are_not_audited() -> None:
    heads = "".join(
        f'<h2><a href="https://www.example-news.com/2025/03/{i:02d}/s">Headline {i}</a></h2>'
        f"<p>{'A summary of a stunning and iconic story that the editors chose for the front page today. ' * 3}</p>"
        for i in range(1, 8)
    )
    result = audit_text(f"<html><body>{heads}</body></html>", "front.html", select=["LNG003", "AUD005"])
    assert codes(result, "AUD005") and not codes(result, "LNG003")
    assert "stunning" not in result.doc.text and not _urls(result.doc)


def test_an_rss_file_is_not_an_article() -> None:
    rss = (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Mock exams</title>'
        "<link>https://www.example-exams.com/tests</link><item><title>Test 1</title>"
        "<description>The best test ever.</description></item></channel></rss>"
    )
    result = audit_text(rss, "feed.html", select=["SRC003", "AUD005"])
    assert codes(result, "AUD005") and not codes(result, "SRC003")
    assert feed_note('<?xml version="1.0"?>\n<html><body><p>rss</p></body></html>') is None


def test_auditor_read_says_why_nothing_was_kept(tmp_path, capsys) -> None:
    from auditor.cli import main

    page = tmp_path / "feed.html"
    page.write_text('<?xml version="1.0"?><rss><channel><title>Exams</title></channel></rss>', encoding="utf-8")
    assert main(["read", str(page)]) == 0
    out = capsys.readouterr().out
    assert "RSS feed" in out and "left out" in out and "the file is a feed" in out


MENUS = "".join(
    "<ul>" + "".join(f'<li><a href="/s{k}/{i}">Section {k} story {i}</a></li>' for i in range(8)) + "</ul>"
    for k in range(12)
)


def test_a_page_of_nothing_but_menus_and_link_lists_is_not_graded_as_an_article() -> None:
    result = audit_text(f"<html><body><div>{MENUS}</div><p>Watch the video.</p></body></html>", "v.html")
    found = codes(result, "AUD005")
    assert found and "no article was found" in found[0].message


def test_a_short_article_among_heavy_menus_is_still_read() -> None:
    story = " ".join(STORY[:2])
    result = audit_text(f"<html><body><div>{MENUS}</div><p>{story}</p></body></html>", "a.html")
    assert not codes(result, "AUD005") and "Paragraph 1 of the council story" in result.doc.text
