"""The date machinery: text dates with spans, URL dates, reference entries, datelines, article date."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import audit_text

from auditor.config import Config
from auditor.language import dating

D = dt.date


def one(text: str) -> dating.DateMention:
    found = dating.extract_dates(text)
    assert len(found) == 1, [m.text for m in found]
    m = found[0]
    assert text[m.span.start : m.span.end] == m.text
    return m


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        ("It happened on 14 March 2025 in Kyiv.", "14 March 2025", D(2025, 3, 14), D(2025, 3, 14)),
        ("It happened on 14th of March 2025.", "14th of March 2025", D(2025, 3, 14), D(2025, 3, 14)),
        ("It happened on March 14, 2025, in Kyiv.", "March 14, 2025", D(2025, 3, 14), D(2025, 3, 14)),
        ("It happened on Mar. 14, 2025.", "Mar. 14, 2025", D(2025, 3, 14), D(2025, 3, 14)),
        ("Filed 2025-03-14 at noon.", "2025-03-14", D(2025, 3, 14), D(2025, 3, 14)),
        ("Filed 14.03.2025 at noon.", "14.03.2025", D(2025, 3, 14), D(2025, 3, 14)),
        ("Filed 14/03/2025 at noon.", "14/03/2025", D(2025, 3, 14), D(2025, 3, 14)),
        ("The offensive began in August 2024 near Sudzha.", "August 2024", D(2024, 8, 1), D(2024, 8, 31)),
        ("Fighting eased in summer 2024, officials said.", "summer 2024", D(2024, 6, 1), D(2024, 8, 31)),
        ("Talks resume in spring 2025.", "spring 2025", D(2025, 3, 1), D(2025, 5, 31)),
        ("Snow fell in winter 2024.", "winter 2024", D(2024, 12, 1), D(2025, 2, 28)),
        ("The plant closed in 2019.", "2019", D(2019, 1, 1), D(2019, 12, 31)),
        ("Prices doubled in the 1990s.", "1990s", D(1990, 1, 1), D(1999, 12, 31)),
        ("The 2024-25 season was long.", "2024-25", D(2024, 1, 1), D(2025, 12, 31)),
    ],
)
def test_absolute_forms(text: str, phrase: str, start: dt.date, end: dt.date) -> None:
    m = one(text)
    assert (m.text, m.start, m.end) == (phrase, start, end)


def test_ranges_and_since() -> None:
    text = "They held it from summer 2024 to spring 2025. It ran between March and May 2024. It grew since 2019."
    found = dating.extract_dates(text)
    assert [m.text for m in found] == ["summer 2024 to spring 2025", "March and May 2024", "2019"]
    first, second, third = found
    assert (first.kind, first.start, first.end) == ("range", D(2024, 6, 1), D(2025, 5, 31))
    assert [p.text for p in first.parts] == ["summer 2024", "spring 2025"]
    assert (second.start, second.end) == (D(2024, 3, 1), D(2024, 5, 31))
    assert third.kind == "since"
    assert dating.resolve(third, D(2025, 6, 1)).end == D(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        ("A deal was signed last year.", "last year", D(2024, 1, 1), D(2024, 12, 31)),
        ("A deal is due this year.", "this year", D(2025, 1, 1), D(2025, 12, 31)),
        ("Talks began this week.", "this week", D(2025, 6, 9), D(2025, 6, 15)),
        ("Talks began last month.", "last month", D(2025, 5, 1), D(2025, 5, 31)),
        ("He spoke on Saturday in Pyongyang.", "on Saturday", D(2025, 6, 7), D(2025, 6, 7)),
        ("He spoke yesterday.", "yesterday", D(2025, 6, 10), D(2025, 6, 10)),
        ("They met in July.", "in July", D(2024, 7, 1), D(2024, 7, 31)),
        ("They met in March.", "in March", D(2025, 3, 1), D(2025, 3, 31)),
        ("They met on March 3 in Moscow.", "March 3", D(2025, 3, 3), D(2025, 3, 3)),
        ("It closed three years ago.", "three years ago", D(2022, 1, 1), D(2022, 12, 31)),
        ("It flooded last summer.", "last summer", D(2024, 6, 1), D(2024, 8, 31)),
    ],
)
def test_relative_forms_resolve_against_the_article_date(text: str, phrase: str, start: dt.date, end: dt.date) -> None:
    m = one(text)
    assert m.text == phrase and m.relative and m.start is None
    r = dating.resolve(m, D(2025, 6, 11))  # a Wednesday
    assert (r.start, r.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "They sent 5,000 workers and 1,000 deminers.",
        "UN resolution 2231 applies.",
        "About 2000 troops and 2024 people arrived.",
        "Inflation hit 12.5 percent. The army may march on.",
        "Turnout was 2020%.",
        "",
    ],
)
def test_not_dates(text: str) -> None:
    assert dating.extract_dates(text) == []


def test_urls_are_skipped() -> None:
    text = "See https://example.com/2019/04/02/story for 2024."
    url = dating.Span(4, 40)
    assert [m.text for m in dating.extract_dates(text, skip=[url])] == ["2024"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.com/world/2022/04/19/some-story/", D(2022, 4, 19)),
        ("https://www.aljazeera.com/news/2022/4/18/russia-north-korea", D(2022, 4, 18)),
        ("https://www.theguardian.com/world/2025/mar/14/kursk-story", D(2025, 3, 14)),
        ("https://www.reuters.com/world/europe/north-koreas-help-2022-04-19/", D(2022, 4, 19)),
        ("https://www.example.de/politik/story_20250314", D(2025, 3, 14)),
        ("https://www.example.com/news/20250314/story", D(2025, 3, 14)),
        ("https://www.example.com/story?id=7&date=2025-03-14", D(2025, 3, 14)),
        ("https://www.example.com/story?date=20250314", D(2025, 3, 14)),
        ("https://china.example.cn/a/202311/17/WS6557.html", D(2023, 11, 17)),
        ("http://www.example.cn/fortune/2023-11/17/c_112998.htm", D(2023, 11, 17)),
    ],
)
def test_url_layouts(url: str, expected: dt.date) -> None:
    found = dating.url_date(url)
    assert found is not None and found.start == expected == found.end


def test_url_month_only_and_no_date() -> None:
    found = dating.url_date("https://www.example.com/2018/10/actress-story.html")
    assert found is not None and (found.start, found.end) == (D(2018, 10, 1), D(2018, 10, 31))
    for url in (
        "https://www.bbc.com/news/world-asia-60993877",
        "https://www.ntv.de/politik/Kursk-article22489714.html",
        "https://example.com/2019/13/45/x",
        "https://example.com/",
        "",
    ):
        assert dating.url_date(url) is None


def test_reference_entry_dates() -> None:
    m = dating.entry_date("[3] Reuters, 19 April 2022. North Korea's help.")
    assert m is not None and m.start == D(2022, 4, 19)
    m = dating.entry_date("Smith, J. (2021). A report on ports.")
    assert m is not None and (m.start, m.end) == (D(2021, 1, 1), D(2021, 12, 31))
    assert dating.entry_date("Reuters. Untitled.") is None


@pytest.mark.parametrize(
    ("head", "expected", "year_given"),
    [
        ("KYIV, March 3 (Reuters) - Shelling went on.", D(2025, 3, 3), False),
        ("Headline\nPublished 14 March 2025\nBody text.", D(2025, 3, 14), True),
        ("By Jane Doe | March 14, 2025\nBody text.", D(2025, 3, 14), True),
        ("Headline\n14 March 2025\nBody text.", D(2025, 3, 14), True),
        ("SEOUL, 2 June 2025 (AFP) — Body.", D(2025, 6, 2), True),
        # masthead lines of short labels ending in the date
        ("Headline\nMarkets | Lisbon bureau | 9 May 2025\nBody.", D(2025, 5, 9), True),
        ("Headline\nScience desk - 21 April 2025\nBody.", D(2025, 4, 21), True),
        ("Headline\nThe Coastal Echo, Tuesday 3 June 2025\nBody.", D(2025, 6, 3), True),
        ("Headline\nHill Times | Monday 2 June 2025 | Farming\nBody.", D(2025, 6, 2), True),
        ("Headline\nBy Ana Ruiz and Tom Bell | Valley Wire | Published 30 May 2025\nBody.", D(2025, 5, 30), True),
    ],
)
def test_datelines(head: str, expected: dt.date, year_given: bool) -> None:
    line = dating.find_dateline(head, recent=D(2025, 6, 30))
    assert line is not None and line.date == expected and line.year_given is year_given


@pytest.mark.parametrize(
    "head",
    [
        "Headline\nThe war began on 14 March 2025 with shelling.",
        "LONDON (Reuters) - no date here.",
        "",
        "Flood of 14 March 2025 kills nine\nBody.",
        "Headline\n- 14 March 2025: the council voted.\nBody.",
        "Headline\nThe council met. It voted, 14 March 2025\nBody.",
        "Headline\nNotes | 14 March 2025 | the day the council finally voted on the plan\nBody.",
    ],
)
def test_not_datelines(head: str) -> None:
    assert dating.find_dateline(head, recent=D(2025, 6, 30)) is None


# ------------------------------------------------------------- article date precedence


def _meta(text: str, path: str = "a.txt", as_of: dt.date | None = None):
    cfg = Config()
    cfg.as_of = as_of
    r = audit_text(text, path, select=["DAT"], as_of=as_of or D(2026, 11, 23), config=cfg)
    m = r.doc.meta
    return m.published, m.published_source, m.published_confidence, m.published_detail


def test_front_matter_beats_dateline_and_as_of() -> None:
    text = "---\ndate: 2024-05-02\n---\nKYIV, March 3, 2025 (Reuters) - Text.\n"
    assert _meta(text, "a.md", as_of=D(2026, 1, 1))[:3] == (D(2024, 5, 2), "front-matter", "high")


def test_html_meta_is_kept() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>'
        "<body><p>KYIV, March 3, 2025 (Reuters) - Text.</p></body></html>"
    )
    assert _meta(html, "a.html")[:2] == (D(2024, 5, 2), "meta")


def test_dateline_beats_as_of() -> None:
    published, source, confidence, detail = _meta("KYIV, 3 March 2025 (Reuters) - Text.", as_of=D(2026, 1, 1))
    assert (published, source, confidence) == (D(2025, 3, 3), "text", "high")
    assert "dateline" in detail


def test_as_of_beats_inference() -> None:
    assert _meta("The plant closed on 4 May 2019.", as_of=D(2026, 1, 1))[:3] == (D(2026, 1, 1), "cli", "high")


def test_inferred_from_latest_complete_date() -> None:
    published, source, confidence, detail = _meta("Talks began on 4 May 2019 and ended on 9 June 2021.")
    assert (published, source, confidence) == (D(2021, 6, 9), "text", "low")
    assert "9 June 2021" in detail


def test_inferred_from_span_of_years() -> None:
    published, source, confidence, detail = _meta("Troops held it from summer 2024 to spring 2025.")
    assert (published, source, confidence) == (D(2025, 5, 31), "text", "low")
    assert "2024-2025" in detail


def test_unknown_date() -> None:
    assert _meta("He spoke on Saturday.")[:3] == (None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\u200b\u202e 31 February 2024, 30 Feb 2023, 0 March 2024, 99999999999999999999 and 2024-02-30.",
        "On 1 January 1800 and 31 December 2099 nothing happened; \U0001f600 " * 50,
        "from 2099 to 1801 since Monday last year next week yesterday tomorrow " * 20,
    ],
)
def test_hostile_text_never_crashes(text: str) -> None:
    for anchor in (D(1, 1, 1), D(9999, 12, 31), D(2025, 6, 11)):
        for m in dating.extract_dates(text):
            dating.resolve(m, anchor)
            assert 0 <= m.span.start < m.span.end <= len(text)
        dating.find_dateline(text, recent=anchor)
    impossible = {"31 February 2024", "30 Feb 2023", "0 March 2024", "2024-02-30"}
    assert not {m.text for m in dating.extract_dates(text)} & impossible  # never read as days
    for path in ("a.txt", "a.md", "a.html"):
        result = audit_text(text, path, select=["DAT"])  # the helper fails the test on any rule crash
        assert all(0 <= f.span.start <= f.span.end <= len(result.doc.text) for f in result.findings)


def test_eval_runs_on_a_few_pages() -> None:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("eval_dates", Path(__file__).parents[1] / "bench" / "eval_dates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.EVAL.is_dir():
        pytest.skip("evaluation data is not present")
    rows = module.run(limit=3)
    assert rows and {"rule", "dataset", "precision", "recall", "f1", "reference", "notes"} <= set(rows[0])


def test_html_page_url_date_is_a_fallback() -> None:
    from auditor.reading.loaders.html import extract_metadata

    canonical = '<link rel="canonical" href="https://www.example.com/news/2020/08/24/story.html">'
    meta = extract_metadata(f"<html><head>{canonical}</head><body><p>Text.</p></body></html>")
    assert meta["published"] == D(2020, 8, 24) and "URL" in meta["published_detail"]
    og = '<meta property="og:url" content="https://www.example.com/news/20200413/story">'
    utc = '<meta property="article:published_time" content="2020-04-14T02:10:00Z">'
    meta = extract_metadata(f"<html><head>{og}{utc}</head><body></body></html>")
    assert meta["published"] == D(2020, 4, 13)
    far = '<meta property="article:published_time" content="2020-04-20T02:10:00Z">'
    meta = extract_metadata(f"<html><head>{og}{far}</head><body></body></html>")
    assert meta["published"] == D(2020, 4, 20)


def test_seasons_after_a_preposition_are_the_latest_such_season() -> None:
    anchor = dt.date(2026, 3, 31)
    (m,) = dating.extract_dates("Gas prices have fallen since the winter.")
    assert (dating.resolve(m, anchor).start, dating.resolve(m, anchor).end) == (
        dt.date(2025, 12, 1),
        dt.date(2026, 2, 28),
    )
    (m,) = dating.extract_dates("Prices rose over the summer.")
    assert dating.resolve(m, anchor).start == dt.date(2025, 6, 1)
    (m,) = dating.extract_dates("Prices fell this winter.")
    assert dating.resolve(m, anchor).start == dt.date(2025, 12, 1)  # in March, the winter just gone
    assert dating.extract_dates("The summer months were dry, and in the summer term pupils left.") == []


def test_url_month_and_day_as_one_segment_and_day_first_paths() -> None:
    assert dating.url_date("http://world.people.com.cn/n1/2022/0419/c1002-32403221.html").start == dt.date(2022, 4, 19)
    assert dating.url_date("https://example.com/news/19-04-2022/port-reopens").start == dt.date(2022, 4, 19)
    assert dating.url_date("https://example.com/news/03-04-2022/port-reopens") is None  # March 4 or April 3
    assert dating.url_date("https://example.com/news/top-19-04-2022-port") is None  # not a path segment
    assert dating.url_date("https://github.com/org/site/blob/main/events/2019-01-15-conf.md") is None


def test_dat001_finds_the_citing_sentences_as_a_scan_would() -> None:
    """The binary search that finds a citation's sentences (a changelog of 8,000 links and 1,000
    sentences timed out scanning them all per link) answers what the scan answered."""
    import random

    from auditor_rules.dates import _overlapping

    from auditor.model import Span

    rng = random.Random(7)
    body, pos = [], 0
    for _ in range(200):
        pos += rng.randint(0, 3)
        length = rng.randint(1, 40)
        body.append(Span(pos, pos + length))
        pos += length
    starts = [s.start for s in body]
    for _ in range(500):
        a = rng.randint(0, pos)
        spans = [Span(a, a + rng.randint(0, 60)) for _ in range(rng.randint(0, 3))]
        assert _overlapping(body, starts, spans) == [s for s in body if any(s.overlaps(b) for b in spans)]
