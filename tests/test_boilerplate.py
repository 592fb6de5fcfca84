"""Boilerplate by shape: what a page prints around (and inside) its article is not audited.

Each layout has a must-drop case and a must-keep case, built from small hand-written pages.
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes

from auditor.reading.loaders import load_text
from auditor.reading.loaders.boilerplate import boilerplate_blocks
from auditor.reading.loaders.html import extract_body, extract_body_checked
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


# --- comment forms, hidden text, copy boxes (read2) ------------------------------------------------


def test_the_notice_under_a_comment_form_is_not_audited() -> None:
    comments = (
        '<section id="comments"><h3>Leave a reply</h3><form action="/post-comment"><textarea name="c"></textarea>'
        '<input type="submit" value="Post"></form><p>This site uses Akismet to reduce spam. '
        '<a href="https://akismet.example.com/privacy/">Learn how your comment data is processed</a>.</p></section>'
    )
    doc = load_text(_page(inside=comments), "page.html", "html")
    assert "akismet" not in doc.text.lower() and not [u for u in _urls(doc) if "akismet" in u]
    assert "Akismet" not in extract_body(_page(inside=comments))[0]  # the reader's own pass, extractor aside


def test_a_paragraph_after_a_search_form_is_kept() -> None:
    block = (
        '<form action="/search"><input name="q"></form><p>The engineers said the cables had corroded, '
        'according to <a href="https://www.transport.example.org/reports/bridge-2025">the state report</a>.</p>'
    )
    page = _page().replace(f"<p>{STORY[3]}</p>", f"<section><p>{STORY[3]}</p>{block}<p>{STORY[4]}</p></section>")
    doc = load_text(page, "page.html", "html")
    assert "https://www.transport.example.org/reports/bridge-2025" in _urls(doc)
    assert "the state report" in extract_body(page)[0]


def test_text_hidden_by_its_style_is_not_read() -> None:
    banner = (
        '<div><a href="https://partner.example.org/thisable" style="display:block; width:300px; height:200px; '
        'text-indent:-5000px; background:url(https://img.example.org/b.png)">PartnerSite</a></div>'
        '<div style="width:1px;height:1px;overflow:hidden"><a href="https://spam.example.net/pills">cheap pills</a></div>'
    )
    doc = load_text(_page(inside=banner), "page.html", "html")
    assert "PartnerSite" not in doc.text and "cheap pills" not in doc.text
    read = extract_body(_page(inside=banner))[0]
    assert "PartnerSite" not in read and "cheap pills" not in read
    assert not [u for u in _urls(doc) if "example.org/thisable" in u or "spam.example" in u]


def test_a_styled_paragraph_that_shows_is_read() -> None:
    styled = (
        '<p style="color:#333; width:100%; overflow:hidden">The council cited '
        '<a href="https://www.audit.example.org/2025/bridge">the audit</a> as its reason.</p>'
        '<figure><img src="a.jpg" style="display:none"><cite style="display:none">Gallery caption: the bridge at '
        "dusk.</cite></figure>"
    )
    doc = load_text(_page(inside=styled), "page.html", "html")
    assert "https://www.audit.example.org/2025/bridge" in _urls(doc)
    assert "Gallery caption" in extract_body(_page(inside=styled))[0]  # shown by a click, not hidden for good


def test_an_audio_players_fallback_link_is_not_a_citation() -> None:
    player = (
        '<audio controls><source src="https://cdn.example-radio.org/a.wav">'
        '<a href="https://cdn.example-radio.org/a.wav">https://cdn.example-radio.org/a.wav</a></audio>'
    )
    doc = load_text(_page(inside=player), "page.html", "html")
    assert not [u for u in _urls(doc) if "example-radio" in u]
    assert "example-radio" not in extract_body(_page(inside=player))[0]


def test_a_trackback_box_of_the_pages_own_site_is_not_a_citation() -> None:
    box = f'<div>Trackback URL: {PAGE_URL}/trackback?no=67926 <input type="button" value="Copy"></div>'
    page = _page().replace(f"<p>{STORY[3]}</p>", f"<p>{STORY[3]}</p>{box}")  # not past the last paragraph
    doc = load_text(page, "page.html", "html")
    assert "trackback" not in doc.text and not [u for u in _urls(doc) if "trackback" in u]
    text, _, paras, _, _, coverage = extract_body_checked(page)
    shaped = boilerplate_blocks(text, coverage.blocks, set(), PAGE_URL)
    assert [text[paras[i].start : paras[i].end] for i in shaped] == [f"Trackback URL: {PAGE_URL}/trackback?no=67926"]


def test_an_address_of_another_site_written_in_the_body_is_kept() -> None:
    line = "<p>The full report: https://www.transport.example.org/reports/bridge-2025.pdf</p>"
    doc = load_text(_page(inside=line), "page.html", "html")
    assert "https://www.transport.example.org/reports/bridge-2025.pdf" in _urls(doc)


# --- promos above the headline, appeals, sign-offs, widgets ------------------------------------------


def test_a_listen_live_link_above_the_headline_is_not_a_citation() -> None:
    player = '<div><a href="https://play.example-radio.org/index.html">KXYZ</a></div>'
    doc = load_text(_page(inside="", title=player + "<h1>Bridge vote delayed</h1>"), "page.html", "html")
    assert not [u for u in _urls(doc) if "play.example-radio" in u]


def test_a_donation_appeal_is_not_a_citation_but_a_story_about_donations_is() -> None:
    appeal = (
        "<p><em>If you found the reporting above valuable, please </em>"
        '<a href="https://kxyz.secure-gifts.example.com/kxyz/WebModule/Donate.aspx?P=STORY">consider making a '
        "donation</a><em> to support it.</em></p>"
    )
    story = (
        "<p>Campaign donations to the mayor rose by a third, "
        '<a href="https://www.elections.example.org/2025/03/donations-to-campaigns-rise">the commission said</a>.</p>'
    )
    doc = load_text(_page(inside=story + appeal), "page.html", "html")
    urls = _urls(doc)
    assert not [u for u in urls if "Donate.aspx" in u]
    assert "https://www.elections.example.org/2025/03/donations-to-campaigns-rise" in urls


POLICY = (
    "<div class='comment-rules'><p>Let us respect each other and the site where you and other readers come to "
    "talk and share opinions: comments that insult, threaten or advertise are removed without notice, and "
    "repeat offenders are blocked by the moderators of this page.</p></div>"
)


def test_a_telegram_promo_before_a_comment_policy_is_not_a_citation() -> None:
    promo = '<div><a href="https://t.me/examplenews">Our best stories on Telegram, fast and free</a></div>'
    doc = load_text(_page(inside=promo, after=POLICY), "page.html", "html")
    assert not [u for u in _urls(doc) if "t.me" in u]


def test_the_links_of_an_authors_bio_in_italics_after_the_article_are_not_citations() -> None:
    bio = (
        "<p><em>Jane Doe is a reporter and the author of several books, including the best-selling</em> "
        '<a href="https://www.examplebooks.com/books/2868-the-long-bridge">The Long Bridge</a><em>.</em></p>'
    )
    doc = load_text(_page(inside=bio), "page.html", "html")
    assert not [u for u in _urls(doc) if "examplebooks" in u]
    assert "Jane Doe is a reporter" in doc.text  # the bio is read (readers see it); its links are not sources


def test_an_italic_paragraph_inside_the_article_is_kept() -> None:
    page = _page().replace(
        f"<p>{STORY[3]}</p>",
        '<p><em>The engineers\' report, <a href="https://www.transport.example.org/reports/bridge-2025">published '
        f"in May</a>, said the cables had corroded.</em></p>\n<p>{STORY[3]}</p>",
    )
    doc = load_text(page, "page.html", "html")
    assert "https://www.transport.example.org/reports/bridge-2025" in _urls(doc)


def test_a_widgets_see_all_link_after_the_article_is_not_a_citation() -> None:
    widget = (
        '<h2>[PR]</h2><div><a href="http://ads.example-partner.co.jp/trend/?n_cid=PS21">See all</a></div>'
        "<h2>Ranking</h2>"
    )
    doc = load_text(_page(inside=widget), "page.html", "html")
    assert not [u for u in _urls(doc) if "example-partner" in u]


def test_a_heading_with_one_document_link_after_the_article_is_kept() -> None:
    ruling = '<h3>Read the ruling</h3><p><a href="https://court.example.gov/rulings/2025/bridge.pdf">Full text</a></p>'
    doc = load_text(_page(inside=ruling), "page.html", "html")
    assert "https://court.example.gov/rulings/2025/bridge.pdf" in _urls(doc)


# --- links listed under a lead-in the reference headings do not know ---------------------------------


def _filings(lead: str) -> str:
    items = "".join(
        f'<li><a href="https://court.example.gov/cases/2025/bridge-filing-{i}.pdf">Filing {i}</a></li>'
        for i in range(3)
    )
    return f"{lead}<ul>{items}</ul>"


def test_links_under_a_lead_in_inside_the_body_stay_citations() -> None:
    for lead in ("<p>Key documents:</p>", "<h3>Read the filings:</h3>"):
        middle = _page().replace(f"<p>{STORY[3]}</p>", _filings(lead) + f"\n<p>{STORY[3]}</p>")
        at_end = _page(inside=_filings(lead))
        for page in (middle, at_end):
            doc = load_text(page, "page.html", "html")
            assert sum("bridge-filing-" in u for u in _urls(doc)) == 3, lead


def test_links_to_the_sites_own_stories_under_a_lead_in_are_still_dropped() -> None:
    own = "<p>Related:</p><ul>" + "".join(
        f'<li><a href="/2025/03/0{i}/story-{i}">The greatest derby of all time number {i}</a></li>' for i in range(1, 5)
    )
    doc = load_text(_page(inside=own + "</ul>"), "page.html", "html")
    assert "greatest derby" not in doc.text


def test_a_feedback_form_above_the_article_hides_nothing() -> None:
    form = '<div class="feedback"><form action="/feedback"><textarea name="t"></textarea></form></div>'
    page = _page().replace("<body>", f'<body><div id="page">{form}').replace("</body>", "</div></body>")
    assert "Paragraph 5 of the council story" in extract_body(page)[0]


def test_an_italic_note_with_no_link_after_the_article_is_read() -> None:
    note = "<p><em>This story has been updated with the mayor's statement.</em></p>"
    doc = load_text(_page(inside=note), "page.html", "html")
    assert "updated with the mayor's statement" in doc.text


def test_readers_comments_after_a_comment_form_do_not_count_against_the_body() -> None:
    remarks = "".join(
        f"<p>Reader {i} writes: I have crossed that bridge every morning for twenty years and never once saw "
        f"an engineer on it, so this delay surprises nobody who lives on the east side of town.</p>"
        for i in range(30)
    )
    comments = (
        '<section class="talk"><div id="respond"><form action="/post-comment"><textarea name="c"></textarea>'
        f"</form></div>{remarks}</section>"
    )
    doc = load_text(_page(inside=comments), "page.html", "html")
    assert doc.meta.body_note is None  # the comments are not paragraphs the reader failed to read
    assert "Paragraph 5 of the council story" in doc.text and "Reader 3 writes" not in doc.text


def test_tag_links_under_a_linked_label_are_not_sources() -> None:
    tags = '<p><a href="/tags/">Related topics:</a></p><ul>' + "".join(
        f'<li><a href="https://www.sister-paper.example/tags/{t}.html">{t}</a></li>'
        for t in ("bridges", "council", "budget")
    )
    doc = load_text(_page(inside=tags + "</ul>"), "page.html", "html")
    assert not [u for u in _urls(doc) if "sister-paper" in u]


# --- held-out benchmark shapes (stop 26): page-wide forms, comment threads, product headings ----


def test_an_article_inside_a_page_wide_form_is_read() -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        '<html><body><form id="pageForm" method="post" action="./story.aspx"><div class="page">'
        f'<div class="main"><article>{paras}</article></div></div></form></body></html>'
    )
    doc = load_text(page, "page.html", "html")
    assert "Paragraph 5 of the council story" in doc.text and doc.meta.body_note is None


def test_a_search_form_inside_the_layout_is_still_not_read() -> None:
    search = '<div class="top"><form action="/search"><label>Search the archive of every story</label></form></div>'
    doc = load_text(_page(before=search), "page.html", "html")
    assert "Search the archive" not in doc.text and "Paragraph 5" in doc.text


@pytest.mark.parametrize(
    "attrs",
    ['id="comments"', 'id="commentsContainer"', 'class="comment-list"', 'id="disqus_thread"', 'class="comments-area"'],
)
def test_a_readers_comment_thread_is_not_audited_nor_counted(attrs: str) -> None:
    remarks = "".join(
        f'<div class="comment"><p>Reader {i} writes: experts say this bridge has never been worse and the '
        f"council is widely believed to have hidden the engineering report from everyone.</p></div>"
        for i in range(80)  # a thread five times the article: the extractor's pick alone is distrusted
    )
    result = audit_text(_page(after=f"<div {attrs}>{remarks}</div>"), "page.html", select=["LNG002", "LNG001"])
    assert "Paragraph 5 of the council story" in result.doc.text and "Reader 3 writes" not in result.doc.text
    assert result.doc.meta.body_note is None and not codes(result, "LNG002")


@pytest.mark.parametrize("attrs", ['class="post comments-open"', 'class="has-comments wrap"', 'class="comment-count"'])
def test_names_that_state_a_posts_comment_status_hide_nothing(attrs: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    doc = load_text(f"<html><body><div {attrs}>{paras}</div></body></html>", "page.html", "html")
    assert "Paragraph 5 of the council story" in doc.text


def test_headings_that_link_a_shop_do_not_make_a_feed() -> None:
    items = "".join(
        f'<h3><a href="https://shop.example.com/item/{i}">Charger model {i}</a></h3>'
        f"<p>{' '.join(['This charger kept two laptops running through a long drive and stayed cool.'] * 8)}</p>"
        for i in range(3)
    )
    page = (
        f'<html><head><link rel="canonical" href="{PAGE_URL}"></head><body><article>'
        f'<h1><a href="{PAGE_URL}">Gift guide</a></h1>{"".join(f"<p>{p}</p>" for p in STORY)}{items}'
        "</article></body></html>"
    )
    doc = load_text(page, "page.html", "html")
    assert doc.text.count("stayed cool") == 24  # every product paragraph of the guide is kept


def test_a_hidden_schema_org_copy_of_the_article_is_metadata() -> None:
    copy = (
        '<div style="display:none;" itemscope itemtype="http://schema.org/NewsArticle">'
        '<div itemprop="headline">Bridge vote delayed</div><div itemprop="articleBody">'
        + "".join(f"<p>{p} Experts say it is doomed.</p>" for p in STORY)
        + "</div></div>"
    )
    result = audit_text(_page(after=copy), "page.html", select=["LNG002"])
    assert result.doc.text.count("Paragraph 5 of the council story") == 1 and not codes(result, "LNG002")


def test_a_hidden_gallery_caption_without_microdata_is_still_read() -> None:
    gallery = '<div style="display:none"><p>The mayor walks the closed bridge with two engineers on Monday.</p></div>'
    assert "walks the closed bridge" in extract_body(_page(inside=gallery))[0]  # shown by a click
