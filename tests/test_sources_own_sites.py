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


def test_site_named_with_a_short_suffix_the_site_adds() -> None:
    assert site_named_in("https://www.auroragov.org/x", "the Aurora Police Department has released data")
    assert site_named_in("https://travelloapp.com/", "Travello lets you meet other travellers")
    office = "according to the United Nations Office for the Coordination of Humanitarian Affairs"
    assert site_named_in("https://www.ochaopt.org/content/x", office)
    assert site_named_in("https://www.colorado-demographics.com/x", "Colorado's crime records") is None  # long tail
    assert site_named_in("https://www.ochaopt.org/content/x", "according to the agency", tail=0) is None


def test_src003_leaves_alone_an_institution_cited_for_its_own_count() -> None:
    ocha = (
        "At least 121 people have been killed, [according to the United Nations Office for the Coordination of "
        "Humanitarian Affairs](https://www.ochaopt.org/content/flash-update-24).\n"
    )
    assert not _src(ocha, "SRC003")
    police = "The Aurora Police Department has [released data](https://www.auroragov.org/cms/One.aspx?x=1) for 2020.\n"
    assert not _src(police, "SRC003")
    ministry = "Exports rose 4 %, according to the Ministry of Mines [figures](https://www.minesmin.org/stats/2024).\n"
    assert not _src(ministry, "SRC003")


def test_src003_still_notes_an_outlet_reporting_with_a_suffix_or_an_institution_nearby() -> None:
    outlet = "According to TechNewsWorld, [the police used wiretaps](https://www.technewsworld.com/story/37731.html).\n"
    assert _src(outlet, "SRC003")
    times = "According to the Valley Times, [the council met](https://www.valleytimesnow.com/2024/05/x).\n"
    assert _src(times, "SRC003")


def test_src003_leaves_alone_a_party_pointed_back_at_from_the_next_sentence() -> None:
    amtrak = (
        "Amtrak reported no major delays systemwide. Using the weather as a marketing tool, the nation's rail "
        "system was [adding seats](http://www.amtrak.com/ccurl/199/45/seats.pdf) on some routes.\n"
    )
    assert not _src(amtrak, "SRC003")
    app = "Travello is a free social network for travellers.\n\nYou can [do a lot with this app](https://travelloapp.com/).\n"
    assert not _src(app, "SRC003")
    maker = (
        "Fairphone released its fifth handset in 2023. The Dutch company says [the battery lasts "
        "ten years](https://www.fairphone.com/en/2023/08/30/x/).\n"
    )
    assert not _src(maker, "SRC003")


def test_src003_still_notes_a_pointed_back_outlet_and_an_unnamed_party() -> None:
    paper = (
        "The Zimbabwe Independent covered the strike. The paper said [nurses would walk out]"
        "(https://www.theindependent.co.zw/2020/03/x).\n"
    )
    assert _src(paper, "SRC003")
    unnamed = "Rail travel grew. The nation's rail system was [adding seats](https://www.rail-fan-blog.net/seats).\n"
    assert _src(unnamed, "SRC003")


def test_src003_leaves_alone_a_field_whose_value_is_the_link() -> None:
    for text in (
        "TEL：03-6717-6939 FAX：03-6717-6901 URL：[https://www.housecom.co.jp/](https://www.housecom.co.jp/)\n",
        "Talent agency: [Saram Entertainment](http://www.esaram.co.kr/main/)\n",
        "Website: [northbay-rowing.org](https://northbay-rowing.org/)\n",
    ):
        assert not _src(text, "SRC003"), text


def test_src003_still_notes_a_source_label_and_a_link_inside_a_value() -> None:
    assert _src("Source: [regional figures](https://www.tiny-stats-blog.net/2024/x)\n", "SRC003")
    sale = "Market: 2019 Chiba sale, 2 years old (No. 52, [catalogue](http://equine-hammerprice.com/detail/63/))\n"
    assert _src(sale, "SRC003")


def test_src003_leaves_alone_pointers_for_readers_and_page_forms() -> None:
    more = "Más información sobre inscripciones puede hallarse en www.congresoalsurdelmundo.cl.\n"
    assert not _src(more, "SRC003")
    details = "Further details of the open day are at [the club's page](https://www.northbay-rowing.org/open-day).\n"
    assert not _src(details, "SRC003")
    form = "If you can't see the form on this page, [click here](https://modules.wearehearken.com/x/embed/5087).\n"
    assert not _src(form, "SRC003")


def test_src003_still_notes_a_claim_beside_the_word_information() -> None:
    claim = "The leak exposed [information on 2 million patients](https://www.tiny-security-blog.net/2024/leak).\n"
    assert _src(claim, "SRC003")


def test_src003_leaves_alone_the_publishers_own_site_under_another_suffix_and_wires_and_resolvers() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://www.nikkei.com/article/DGXMZO3189/"></head>'
        "<body><article><p>Shares rose sharply on Tuesday after the central bank held its rate, and the yen "
        'fell. <a href="http://ps.nikkei.co.jp/trend/?n_cid=PSDB0021">The list is here</a>.</p></article></body></html>'
    )
    assert not _src(page, "SRC003", "p.html")
    other = page.replace("ps.nikkei.co.jp", "ps.nikkeiwatch.co.jp")
    assert _src(other, "SRC003", "p.html")
    for url in (
        "https://www.businesswire.com/news/home/20200915005426/en/Amazon-Announces-Luxury-Stores",
        "https://apps.crossref.org/pendingpub/pendingpub.html?doi=10.1093%2Foxfclm%2Fkgad008",
        "https://doi.org/10.1093/oxfclm/kgad008",
        "https://www.vakinha.com.br/vaquinha/ajude-o-foca",
    ):
        assert not _src(f"The company announced a new division [in a release]({url}).\n", "SRC003"), url


def test_src003_leaves_alone_a_syndicated_copys_own_site_named_by_og_url() -> None:
    head = (
        '<html><head><link rel="canonical" href="https://www.elperiodico.com/es/deportes/20200705/x-8026570">'
        '<meta property="og:url" content="https://www.farodevigo.es/deportes/2020/07/05/x/2309999.html"></head>'
    )
    body = (
        "<body><article><p>Ten years ago he was in South Africa for the most decisive week in the history of "
        'Spanish football, <a href="https://www.farodevigo.es/deportes/2020/07/04/quiz/2309543.html">and now '
        "he plays in Japan</a>.</p></article></body></html>"
    )
    assert not _src(head + body, "SRC003", "p.html")
    same = head.replace("www.farodevigo.es/deportes/2020/07/05", "www.elperiodico.com/es/deportes/20200705")
    assert _src(same + body, "SRC003", "p.html")  # og:url on the canonical's site: farodevigo.es is another's


def test_a_short_suffix_needs_whole_words_or_four_initials() -> None:
    assert site_named_in("https://openssf.org/x", "signed by many open source software maintainers") is None
    assert site_named_in("https://www.rust-lang.org/x", "the wider Rust language community") is None
