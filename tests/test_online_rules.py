"""NET001-NET005 and the page-date enricher, fed page facts as the runner hands them over."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

from conftest import ROOT, audit_text, codes

from auditor.config import Config
from auditor.language.online_topic import tokens, unrelated
from auditor.online.run import _blank
from auditor.online.verdict import classify
from auditor.reading.urls import normalise_url

URL = "https://example.org/news/harbour-story"


def page(url: str = URL, **facts: Any) -> dict[str, Any]:
    """Page facts as check_pages returns them, with a verdict."""
    base = _blank(normalise_url(url))
    base.update(status=200, content_type="text/html")
    base.update(facts)
    base.update(classify(base, None))
    return base


def run(text: str, facts: dict[str, Any] | None, select: list[str] | None = None, online: bool = True, **kw: Any):
    cfg = Config(online=online, **kw)
    pages = {normalise_url(URL): facts} if facts is not None else {}
    return audit_text(text, select=select or ["NET"], config=cfg, pages=pages)


ARTICLE = """Harbour reopens

The harbour at Portwell reopened in March 2025 after months of storm repairs [1].

[1] https://example.org/news/harbour-story
"""

GOOD_PAGE = {
    "title": "Portwell harbour reopens after storm wall repairs",
    "lead": "The harbour at Portwell reopened on Thursday after three months of repairs to the storm wall.",
    "published": "2025-03-14",
    "published_source": "meta article:published_time",
    "language": "en",
}


def test_healthy_page_is_left_alone() -> None:
    assert codes(run(ARTICLE, page(**GOOD_PAGE))) == []


def test_rules_are_silent_offline_and_without_facts() -> None:
    assert codes(run(ARTICLE, page(status=404, error_kind="http", error="the server answers 404"), online=False)) == []
    assert codes(run(ARTICLE, None)) == []


def test_dead_link_with_archive() -> None:
    facts = page(
        status=404,
        error_kind="http",
        error="the server answers 404 (not found)",
        archive_url="https://web.archive.org/web/20250301000000/https://example.org/news/harbour-story",
        archive_timestamp="20250301000000",
    )
    found = codes(run(ARTICLE, facts), "NET001")
    assert len(found) == 1
    assert "404" in found[0].message and "1 March 2025" in found[0].message
    assert found[0].fix.startswith("cite the archived copy https://web.archive.org/")
    result = run(ARTICLE, facts)
    assert result.doc.position(found[0].span.start)[0] == 5  # at the URL in the reference list
    assert found[0].related and result.doc.position(found[0].related[0].start)[0] == 3


def test_dns_failure_is_dead() -> None:
    facts = page(status=None, error_kind="dns", error='the host name "example.org" does not resolve')
    assert [f.code for f in codes(run(ARTICLE, facts))] == ["NET001"]


def test_soft_404() -> None:
    facts = page(
        redirects=[{"url": URL, "status": 301}],
        final_url="https://example.org/",
        title="Example News",
        language="en",
    )
    found = codes(run(ARTICLE, facts))
    assert [f.code for f in found] == ["NET002"]
    assert "home page" in found[0].message


def test_unverifiable_is_info_only() -> None:
    for kind, error in (
        ("blocked", "the server refused to show the page (403 forbidden)"),
        ("timeout", "no complete answer within 30 seconds"),
        ("not_html", "the page is application/pdf, not HTML; auditor cannot read it"),
        ("refused", "not fetched: 10.0.0.1 is a private-network address"),
    ):
        found = codes(run(ARTICLE, page(error_kind=kind, error=error)))
        assert [f.code for f in found] == ["NET003"], kind
        assert found[0].severity is None  # the rule's default: info
    refused = codes(run(ARTICLE, page(error_kind="refused", error="not fetched: x")))[0]
    assert "--allow-private" in refused.message


def test_page_date_stale() -> None:
    facts = page(**{**GOOD_PAGE, "published": "2022-04-19"})
    found = codes(run(ARTICLE, facts), "NET004")
    assert len(found) == 1
    assert "19 April 2022" in found[0].message and "2025" in found[0].message


def test_page_date_within_a_year_or_named_in_the_sentence_is_fine() -> None:
    assert codes(run(ARTICLE, page(**{**GOOD_PAGE, "published": "2024-06-01"})), "NET004") == []
    background = ARTICLE.replace("reopened in March 2025", "was described in a 2022 survey before reopening in 2025")
    assert codes(run(background, page(**{**GOOD_PAGE, "published": "2022-04-19"})), "NET004") == []


def test_projections_are_not_events() -> None:
    text = ARTICLE.replace("reopened in March 2025 after months of storm repairs", "will double its traffic by 2030")
    assert codes(run(text, page(**{**GOOD_PAGE, "published": "2022-04-19"})), "NET004") == []


def test_page_date_future() -> None:
    text = "---\ntitle: Harbour\ndate: 2025-03-10\n---\n" + ARTICLE
    found = codes(
        audit_text(
            text,
            path="a.md",
            select=["NET004"],
            config=Config(online=True),
            pages={normalise_url(URL): page(**GOOD_PAGE)},
        ),
        "NET004",
    )
    assert len(found) == 1 and "after the article itself" in found[0].message
    same_day = text.replace("2025-03-10", "2025-03-14")
    assert (
        codes(
            audit_text(
                same_day,
                path="a.md",
                select=["NET004"],
                config=Config(online=True),
                pages={normalise_url(URL): page(**GOOD_PAGE)},
            )
        )
        == []
    )


def test_page_date_threshold_is_configurable() -> None:
    facts = page(**{**GOOD_PAGE, "published": "2023-09-01"})
    assert len(codes(run(ARTICLE, facts), "NET004")) == 1
    relaxed = run(ARTICLE, facts, sections={"rules": {"NET004": {"max-age-days": 900}}})
    assert codes(relaxed, "NET004") == []


def test_no_page_date_for_soft_404() -> None:
    facts = page(**{**GOOD_PAGE, "published": "2019-01-01", "says_not_found": True, "html_title": "Page not found"})
    assert [f.code for f in codes(run(ARTICLE, facts))] == ["NET002"]


def test_topic_mismatch() -> None:
    facts = page(
        title="Ten easy pasta recipes for busy weeknights",
        lead="Whether you want a creamy carbonara or a quick tomato sauce, these dinners take twenty minutes.",
        language="en",
    )
    found = codes(run(ARTICLE, facts), "NET005")
    assert len(found) == 1 and "pasta recipes" in found[0].message


def test_topic_mismatch_ignores_the_words_of_the_url_itself() -> None:
    text = ARTICLE.replace("news/harbour-story", "food/pasta-recipes")
    url = "https://example.org/food/pasta-recipes"
    facts = page(
        url,
        title="Ten easy pasta recipes for busy weeknights",
        lead="Whether you want a creamy carbonara or a quick tomato sauce, these dinners take twenty minutes.",
        language="en",
    )
    result = audit_text(text, select=["NET005"], config=Config(online=True), pages={normalise_url(url): facts})
    assert len(codes(result, "NET005")) == 1


def test_topic_of_another_site_is_not_judged() -> None:
    facts = page(
        final_url="https://consent.example.net/collect",
        redirects=[{"url": URL, "status": 302}],
        title="Ten easy pasta recipes for busy weeknights",
        lead="Whether you want a creamy carbonara or a quick tomato sauce, these dinners take twenty minutes.",
        language="en",
    )
    assert codes(run(ARTICLE, facts), "NET005") == []


def test_topic_related_or_unknown_is_left_alone() -> None:
    assert codes(run(ARTICLE, page(**GOOD_PAGE)), "NET005") == []
    sparse = page(title="Portwell", language="en")
    assert codes(run(ARTICLE, sparse), "NET005") == []
    german = page(title="Zehn einfache Nudelrezepte", lead="Ob Carbonara oder Tomatensoße: alles in zwanzig Minuten.")
    german["language"] = "de"
    assert codes(run(ARTICLE, german), "NET005") == []


def test_topic_measure() -> None:
    assert "harbo" in tokens("The harbour reopened") and "6000" in tokens("6,000 workers")
    assert not unrelated("Portwell harbour reopens after storm repairs", "The harbour at Portwell reopened in March")


def test_enricher_dates_undated_citations_from_the_page() -> None:
    result = run(ARTICLE, page(**GOOD_PAGE), select=["NET"])
    c = next(c for c in result.doc.citations if c.url == URL)
    assert c.date == dt.date(2025, 3, 14) and c.date_source == "page"
    assert c.extra["page_title"].startswith("Portwell harbour")
    offline = run(ARTICLE, page(**GOOD_PAGE), online=False)
    c = next(c for c in offline.doc.citations if c.url == URL)
    assert c.date_source != "page"


def test_one_finding_per_url() -> None:
    text = ARTICLE.replace("repairs [1].", "repairs [1]. Ferries resumed [1].")
    facts = page(status=410, error_kind="http", error="the server answers 410 (gone)")
    assert len(codes(run(text, facts), "NET001")) == 1


def test_offline_audit_imports_no_online_stack() -> None:
    code = (
        "import sys, datetime as dt\n"
        f"sys.path.insert(0, {str(ROOT / 'tests')!r})\n"
        "from conftest import audit_text\n"
        "audit_text('Prices rose [1].\\n\\n[1] https://example.org/a/2024/01/02/x', select=None)\n"
        "from auditor.registry import all_rules\n"
        "assert any(r.code == 'NET001' for r in all_rules())\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'httpcore', 'anyio')"
        " or m.startswith('auditor.online'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
