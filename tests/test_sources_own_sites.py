"""SRC001 and SRC003 on a site that is the named party's own (judged on real pages)."""

from __future__ import annotations

from conftest import audit_text, codes

from auditor.language.publishers import is_official_domain, site_named_in


def _src(text: str, code: str, path: str = "article.md") -> list:
    return codes(audit_text(text, path, select=[code]), code)


def test_site_named_by_words_initials_or_its_address() -> None:
    assert site_named_in("https://corporate.target.com/a", "Brian Cornell, Target CEO, on the website")
    assert site_named_in("https://michaelmann.net/x", "disputed by Michael Mann, a climate scientist")
    assert site_named_in("https://www.ch-cote-basque.fr/a", "Le Centre Hospitalier de la Côte Basque lance")
    assert site_named_in("https://www.hhs.gov/a", "Health and Human Services Secretary Alex Azar said")
    assert site_named_in("https://restofworld.org/2021/x", "They are often headhunted by the private sector.") is None
    assert site_named_in("https://www.rt.com/news/1", "according to RT, the strike hit") is None  # too short to tell


def test_official_suffixes() -> None:
    for url in ("https://hhs.gov/a", "https://www.gov.il/en/x", "https://www.unisa.edu.au/r", "https://ox.ac.uk/",
                "https://coloradocrimestats.state.co.us/tops/", "https://www1.nyc.gov/a.pdf"):  # fmt: skip
        assert is_official_domain(url), url
    for url in ("https://example.com/", "https://gov-watch.net/x", "https://www.government-news.co/x"):
        assert not is_official_domain(url), url


def test_src003_leaves_alone_the_named_partys_own_site_and_official_sites() -> None:
    target = (
        "Target's chief executive wrote on [the company's website](https://corporate.target.com/article/2020/05/x).\n"
    )
    assert not _src(target, "SRC003")
    mann = "The reading is disputed by Michael Mann, [a climate scientist](https://michaelmann.net/content/x).\n"
    assert not _src(mann, "SRC003")
    gov = "Defence exports doubled in a decade, [figures show](https://www.gov.il/en/departments/news/x).\n"
    assert not _src(gov, "SRC003")
    study = "[New research](https://www.unisa.edu.au/media-centre/releases/2020/x) found students skip meals.\n"
    assert not _src(study, "SRC003")


def test_src003_still_notes_an_unrated_outlet_named_as_the_reporter() -> None:
    outlet = "According to TechNewsWorld, [the agency used wiretaps](https://www.technewsworld.com/story/37731.html).\n"
    assert _src(outlet, "SRC003")
    reported = "The agency used wiretaps, [TechNewsWorld reported](https://www.technewsworld.com/story/37731.html).\n"
    assert _src(reported, "SRC003")
    unnamed = "Nurses have issued a similar threat, [the paper said](https://www.newsday-unrated.co.zw/2020/03/x).\n"
    assert _src(unnamed, "SRC003")


def test_src001_leaves_alone_a_document_the_rated_site_released() -> None:
    text = (
        "In 2017 Wikileaks announced the release of a tranche of CIA files. One tool called Marble hid the "
        "agency's identity on [hacked computers](https://wikileaks.org/ciav7p1/cms/page_14588467.html).\n"
    )
    assert not _src(text, "SRC001")


def test_src001_still_flags_a_claim_resting_on_the_rated_site() -> None:
    text = "Security guards spied on the embassy, [Wikileaks said](https://wikileaks.org/ciav7p1/cms/page_1.html).\n"
    assert _src(text, "SRC001")
    grayzone = "Court documents obtained by The Grayzone [show the plan](https://thegrayzone.com/2020/05/14/x/).\n"
    assert _src(grayzone, "SRC001")


def test_src001_leaves_alone_the_pages_own_site_and_platform_posts() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://sputniknews.com/world/202003171044893040-x/"></head>'
        "<body><article><p>Egypt recorded 30 new cases of the virus on Tuesday, the health ministry said.</p>"
        "<p>https://sputniknews.com/world/202003171044893040-x/</p></article></body></html>"
    )
    assert not _src(page, "SRC001", "p.html")
    survey = (
        "Rust was voted most loved in the [Stack Overflow survey](https://insights.stackoverflow.com/survey/2019).\n"
    )
    assert not _src(survey, "SRC001")
    other = page.replace('https://sputniknews.com/world/202003171044893040-x/"', 'https://news.example.com/x"')
    assert _src(other, "SRC001", "p.html")  # the same link on another site's page is a citation
