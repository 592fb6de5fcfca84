"""The one HTML publication-date reader: machine dates, visible bylines, UTC days (issue 12)."""

from __future__ import annotations

import datetime as dt

from auditor.online.pagefacts import page_facts
from auditor.reading.loaders import load_text
from auditor.reading.pagedate import page_date, parse_date_value, text_date


def _day(html: str, url: str | None = None) -> dt.date | None:
    found = page_date(html, url)
    return found.date if found else None


def test_a_timestamp_gives_the_day_in_its_own_offset() -> None:
    html = '<meta property="article:published_time" content="2020-12-24T23:30:00-05:00">'
    assert _day(html) == dt.date(2020, 12, 24)
    assert parse_date_value("Wed, 08 Apr 2020 23:25:06 +0530") == dt.date(2020, 4, 8)


def test_a_utc_stamp_takes_the_local_day_the_page_names() -> None:
    utc = '<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">'
    local = '<script type="application/ld+json">{"datePublished": "2020-12-25T01:59:50+02:00"}</script>'
    assert _day(utc + local) == dt.date(2020, 12, 25)
    assert _day(utc) == dt.date(2020, 12, 24)  # no local evidence: the day as written
    # 10:04 UTC cannot be the day before anywhere people live: the URL's earlier day is not taken
    stamp = '<meta property="article:published_time" content="2020-07-09T10:04:04Z">'
    assert _day(stamp, "https://x.example/2020/07/08/story/") == dt.date(2020, 7, 9)
    early = '<meta property="article:published_time" content="2020-07-09T02:04:04Z">'
    assert _day(early, "https://x.example/2020/07/08/story/") == dt.date(2020, 7, 8)


def test_visible_bylines_and_datelines() -> None:
    assert _day("<h1>T</h1><div class='arttidate_pub'>First Published on Apr 8, 2020 04:25 pm</div>") == dt.date(
        2020, 4, 8
    )
    assert _day('<h1>T</h1><ul><li><a href="/t">13 Oct 2020 18:29</a></li></ul><p>Text.</p>') == dt.date(2020, 10, 13)
    blogger = "<h2 class='date-header'><span>Sunday, July 5, 2020</span></h2><h3>Post</h3><p>Body.</p>"
    assert _day(blogger) == dt.date(2020, 7, 5)
    assert _day("<h1>T</h1><p>Posted: July 18, 2020- 4:01 PM</p>") == dt.date(2020, 7, 18)
    assert _day("<h1>T</h1><span class='date'>17/03/2020</span>") == dt.date(2020, 3, 17)
    assert _day("<article><h1>T</h1><p><time datetime='2021-02-03T08:00'>3 Feb</time></p></article>") == dt.date(
        2021, 2, 3
    )


def test_what_is_not_the_article_date() -> None:
    # prose that mentions posting, a pull quote, an update line: none is the byline
    prose = "<h1>T</h1><p>" + "Words here. " * 20 + "</p><p>Photos posted while he was away, on May 3, 2019.</p>"
    assert _day(prose) is None
    quote = "<h1>T</h1><blockquote class='pullquote'>March 3, 2019</blockquote><p>" + "Text. " * 40 + "</p>"
    assert _day(quote) is None
    assert _day("<h1>T</h1><p>Updated March 3, 2019</p>") is None
    assert text_date("03/04/2020") is None  # day and month cannot be told apart
    assert text_date("4 de marzo de 2020") == dt.date(2020, 3, 4)
    assert text_date("2020年7月3日") == dt.date(2020, 7, 3)


def test_loader_and_page_facts_read_the_same_date() -> None:
    html = (
        "<html><head><title>T</title></head><body><h1>T</h1>"
        "<p class='byline'>By A. Writer | 13 Oct 2020 18:29</p><p>" + "Text. " * 30 + "</p></body></html>"
    )
    doc = load_text(html, "a.html", "html")
    assert doc.meta.published == dt.date(2020, 10, 13)
    assert page_facts(html, "https://x.example/a")["published"] == "2020-10-13"
    # JSON-LD with a comment in it (not JSON) still gives its datePublished
    ld = '<script type="application/ld+json">{ // note\n "datePublished": "2020-10-04T15:05:21+08:00"}</script>'
    assert page_facts(ld, "https://x.example/a")["published"] == "2020-10-04"


def test_a_shown_update_time_is_the_last_resort() -> None:
    updated = '<h1>T</h1><div class="timestamp updated" title="2016-06-13T1603Z">Jun 13, 4:03 PM EDT</div>'
    assert _day(updated) == dt.date(2016, 6, 13)
    published = '<meta property="article:published_time" content="2016-06-12T09:00:00-04:00">'
    assert _day(published + updated) == dt.date(2016, 6, 12)  # the publication date wins
