"""Ratings table, ratings enricher, SRC001-SRC003, CIT006 (text written for the tests)."""

from __future__ import annotations

from conftest import audit_seed, audit_text, codes, lines_of

from auditor.config import Config
from auditor.language import ratings as _ratings
from auditor.language.relevance import relevance


def test_table_lookup_and_provenance() -> None:
    rt = _ratings.lookup("https://www.rt.com/news/1-a/")
    assert rt is not None and rt["rating"] == "deprecated" and rt["state"] == "Russia"
    assert {item["list"] for item in rt["lists"]} >= {"wikipedia", "lin2023"}
    assert _ratings.lookup("https://news.bbc.co.uk/x")["key"] == "bbc.co.uk"
    assert _ratings.lookup("https://www.unknown-site-for-tests.example/") is None
    assert _ratings.lookup("") is None and _ratings.lookup("http://[::1") is None


def test_subdomain_with_own_rating_wins() -> None:
    own = _ratings.lookup("https://notiziepericolose.blogspot.it/post")
    assert own is not None and own["key"] == "notiziepericolose.blogspot.it"


def test_enricher_fills_ratings_on_seed_002() -> None:
    result = audit_seed("002", select=["SRC"])
    by_domain = {c.domain: c for c in result.doc.citations}
    assert by_domain["reuters.com"].rating == "reliable"
    assert by_domain["aljazeera.com"].rating_detail["disputed"] is True
    assert by_domain["theguardian.com"].rating == "reliable"
    for c in result.doc.citations:
        assert "lists" in c.rating_detail and "state_affiliated" in c.rating_detail


ARTICLE = "Officials confirmed the new figures on Monday [1].\n\n[1] {url}\n"


def test_src001_flags_deprecated_as_error_and_unreliable_as_warning() -> None:
    r = audit_text(ARTICLE.format(url="https://www.dailymail.co.uk/news/article-123/slug.html"), select=["SRC001"])
    found = codes(r, "SRC001")
    assert len(found) == 1 and found[0].severity.value == "error" and "deprecated" in found[0].message
    r = audit_text(ARTICLE.format(url="https://www.naturalnews.com/2024-01-01-some-story.html"), select=["SRC001"])
    found = codes(r, "SRC001")
    assert len(found) == 1 and found[0].severity.value == "warning"


def test_src001_leaves_reliable_and_mixed_alone() -> None:
    for url in ("https://apnews.com/article/x-0123456789abcdef0123456789abcdef", "https://www.foxnews.com/us/a-b-c-d"):
        assert codes(audit_text(ARTICLE.format(url=url), select=["SRC001"]), "SRC001") == []


def test_newsroom_overrides() -> None:
    cfg = Config(sections={"sources": {"trusted": ["www.infowars.com"], "untrusted": ["apnews.com"]}})
    r = audit_text(ARTICLE.format(url="https://www.infowars.com/posts/x"), select=["SRC001"], config=cfg)
    assert codes(r, "SRC001") == []
    assert r.doc.citations[0].rating == "reliable"
    cfg = Config(sections={"sources": {"untrusted": ["apnews.com"]}})
    r = audit_text(
        ARTICLE.format(url="https://apnews.com/article/0123456789abcdef0123456789abcdef"), select=["SRC001"], config=cfg
    )
    assert "untrusted" in codes(r, "SRC001")[0].message


def test_src003_unrated_once_per_domain() -> None:
    text = "A said so [1]. B said so [2].\n\n[1] https://tiny-unrated-blog.net/a\n[2] https://tiny-unrated-blog.net/b\n"
    found = codes(audit_text(text, select=["SRC003"]), "SRC003")
    assert len(found) == 1 and "tiny-unrated-blog.net" in found[0].message
    assert codes(audit_text(ARTICLE.format(url="https://www.reuters.com/"), select=["SRC003"]), "SRC003") == []


def _src002(text: str) -> list:
    return codes(audit_text(text, select=["SRC002"]), "SRC002")


def test_src002_flags_named_state_media() -> None:
    assert len(_src002("The strike destroyed 40 tanks, according to Russian state media.")) == 1
    assert len(_src002("State media reported that the dam had been completed ahead of schedule.")) == 1
    assert len(_src002("The harvest doubled this year, Xinhua reported.")) == 1
    assert len(_src002("KCNA said the missile flew 1,000 km before landing in the sea.")) == 1


def test_src002_flags_linked_state_media_alone() -> None:
    text = "The factory produced 5 million shells last year [1].\n\n[1] https://tass.com/defense/1234567\n"
    assert len(codes(audit_text(text, select=["SRC002"]), "SRC002")) == 1


def test_src002_leaves_alone() -> None:
    assert _src002("State media quoted Kim as saying the soldiers were heroes.") == []
    assert _src002("State media reported Kim praising the soldiers for their work.") == []
    assert (
        _src002("The strike destroyed 40 tanks, state media said, a claim that could not be independently verified.")
        == []
    )
    assert _src002("The strike destroyed 40 tanks, according to Reuters and Russian state media.") == []
    assert _src002("Russia's state media has grown since 2010.") == []
    text = "The factory produced 5 million shells [1] [2].\n\n[1] https://tass.com/defense/1\n[2] https://www.reuters.com/world/a-b-c-d-2024-01-02/\n"
    assert codes(audit_text(text, select=["SRC002"]), "SRC002") == []


def test_src002_seeds() -> None:
    assert lines_of(audit_seed("001", select=["SRC002"]), "SRC002") == [11]
    for seed in ("000", "002", "003"):
        assert codes(audit_seed(seed, select=["SRC002"]), "SRC002") == []


def test_relevance_measure() -> None:
    doc = "The city council approved the cycling budget. Council members debated bike lanes for hours."
    near = relevance("The council approved the budget.", "city-council-approves-cycling-budget", doc)
    far = relevance("The council approved the budget.", "tennis-star-wins-wimbledon-final-in-straight-sets", doc)
    assert near.score > 0.6 and far.score < 0.1 and far.judgeable
    assert not relevance(None, "Russland-und-Nordkorea-helfen-bei-dem-Wiederaufbau", doc).judgeable
    assert not relevance(None, "council-vote", doc).judgeable


BODY = (
    "The city council approved the new cycling budget on Tuesday after a long debate about bike lanes, "
    "parking and the cost of repainting roads across the district. Council members said the plan would "
    "add forty kilometres of protected lanes by 2027, and the mayor promised quarterly reports on "
    "spending. Residents who spoke at the meeting were split on parking losses [1].\n\n"
)


def test_cit006_flags_unrelated_slug() -> None:
    text = BODY + "[1] https://www.example-news.com/sport/tennis-star-wins-wimbledon-final-in-straight-sets\n"
    found = codes(audit_text(text, select=["CIT006"]), "CIT006")
    assert (len(found) == 1 and "Wimbledon" in found[0].message) or "wimbledon" in found[0].message


def test_cit006_leaves_related_foreign_and_short_alone() -> None:
    for url in (
        "https://www.example-news.com/local/city-council-approves-cycling-budget-after-debate",
        "https://www.example-news.de/lokales/stadtrat-beschliesst-das-neue-radwege-budget-fuer-die-stadt",
        "https://www.example-news.com/a/12345",
        "https://www.example-news.com/local/",
        "www.nceas.ucsb.edu",  # a host written without a scheme has no path to judge
        "www.tennis-star-wins-wimbledon.example.com/",
    ):
        assert codes(audit_text(BODY + f"[1] {url}\n", select=["CIT006"]), "CIT006") == [], url


def test_cit006_judges_the_address_not_the_anchor() -> None:
    ok = BODY.replace("[1]", "([report](https://www.example-news.com/local/council-approves-cycling-budget-plan))")
    assert codes(audit_text(ok, path="a.md", select=["CIT006"]), "CIT006") == []
    bad = BODY.replace(
        "[1]", "([report](https://www.example-news.com/sport/tennis-star-wins-wimbledon-final-in-straight-sets))"
    )
    assert len(codes(audit_text(bad, path="a.md", select=["CIT006"]), "CIT006")) == 1


def test_cit006_silent_on_paraphrase_and_foreign_articles() -> None:
    para = (
        BODY.replace("[1]", "[1]")
        + "[1] https://www.example-news.com/local/residents-fear-losing-parking-spaces-to-bike-lanes\n"
    )
    assert codes(audit_text(para, select=["CIT006"]), "CIT006") == []
    german = (
        "Der Stadtrat hat am Dienstag nach einer langen Debatte das neue Budget für Radwege beschlossen. "
        "Die Mitglieder sagten, dass der Plan bis 2027 vierzig Kilometer geschützte Wege schaffen soll, "
        "und der Bürgermeister versprach regelmäßige Berichte über die Ausgaben und die Kosten für die Stadt [1].\n\n"
        "[1] https://www.example-news.com/sport/tennis-star-wins-wimbledon-final-in-straight-sets\n"
    )
    assert codes(audit_text(german, select=["CIT006"]), "CIT006") == []
    translit = (
        BODY + "[1] https://www.example-news.ua/novini/slidchi-zavershili-dosudove-rozsliduvannya-vidnosno-cholovika\n"
    )
    assert codes(audit_text(translit, select=["CIT006"]), "CIT006") == []


def test_cit006_seed_002_slovyansk_only() -> None:
    result = audit_seed("002", select=["CIT006"])
    flagged = [result.doc.snippet(f.span) for f in codes(result, "CIT006")]
    assert len(flagged) == 1 and "slovyansk" in flagged[0]


def test_no_findings_from_these_rules_on_other_seeds() -> None:
    for seed in ("000", "003"):  # SRC004 (thin sourcing) does flag them: see tests/test_sourcing.py
        assert codes(audit_seed(seed, select=["SRC001", "SRC002", "SRC003", "CIT005", "CIT006"])) == []


def test_src002_word_boundaries_and_more_phrasings() -> None:
    assert _src002("The SKCNA index and interstate media rules changed, officials said.") == []
    assert len(_src002("The dam is finished, Russian state TV reported on Sunday, showing the turbines.")) == 1
    assert len(_src002("Output rose 9 percent, the state-run news agency said.")) == 1
    assert _src002('"We will never surrender to the aggressors and their puppets," Rodong Sinmun said.') == []


def test_hostile_input_never_crashes() -> None:
    for text in (
        "",
        "http://[::1",
        "İ" * 500 + " state media said x",
        "see https://www.theguardian.com////",
        "\x00\ufeff",
    ):
        result = audit_text(text, select=["SRC", "CIT005", "CIT006"])
        assert codes(result, "AUD001") == []


def test_shipped_table_matches_a_rebuild() -> None:
    """tools/build_ratings.py regenerates exactly the shipped table from the raw lists."""
    import importlib.util
    from pathlib import Path

    import pytest

    root = Path(__file__).resolve().parents[1]
    ratings = next(
        (p / "data" / "ratings" for p in (root.parent / "shared", root.parent.parent / "shared") if p.is_dir()), None
    )
    if ratings is None or not ratings.is_dir():
        pytest.skip("../shared/data/ratings is not present")
    spec = importlib.util.spec_from_file_location("build_ratings", root / "tools" / "build_ratings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = [
        line
        for line in (root / "rules" / "data" / "domain_ratings.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert module.build(ratings) == shipped


def test_src002_homonyms_of_state_outlets() -> None:
    assert _src002("According to RT-PCR results, five passengers tested positive.") == []
    assert _src002("According to CCTV footage, the car left the depot at 3 a.m.") == []
    assert _src002("Reports on Sputnik V show it was 91 percent effective in trials.") == []
    assert len(_src002("According to CCTV, the flood displaced 20,000 people.")) == 1


def test_src001_leaves_user_generated_platforms_alone() -> None:
    """A politician's own post or a company's channel is judged by its account, not the platform."""
    text = (
        "The minister announced her resignation on Tuesday [1]. The company posted the recording [2].\n"
        "[1] https://twitter.com/someminister/status/1234567890123456789\n"
        "[2] https://www.youtube.com/watch?v=abcdefghijk\n"
    )
    result = audit_text(text, select=["SRC001"])
    assert codes(result, "SRC001") == []
    assert all(c.rating_detail.get("platform") for c in result.doc.citations)


def test_src001_still_flags_a_platform_the_newsroom_distrusts() -> None:
    from auditor.config import Config

    cfg = Config(sections={"sources": {"untrusted": ["youtube.com"]}})
    text = "The company posted the recording [1].\n[1] https://www.youtube.com/watch?v=abcdefghijk\n"
    assert codes(audit_text(text, select=["SRC001"], config=cfg), "SRC001")


def test_links_to_the_pages_own_site_are_not_sources() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://www.infowars.com/posts/story"></head><body>'
        '<p>Read more <a href="https://www.infowars.com/category/news">news</a>.</p>'
        '<p>A claim backed by <a href="https://www.infowars.com/posts/other">another story</a>.</p>'
        "</body></html>"
    )
    result = audit_text(page, "page.html", select=["SRC"])
    assert codes(result, "SRC001") == []
    text = "A claim [1].\n[1] https://www.infowars.com/posts/other\n"
    assert codes(audit_text(text, select=["SRC001"]), "SRC001")  # the same link typed in copy is judged


def test_ratings_search_agrees_with_the_table() -> None:
    """The first lookups binary-search the table text, which relies on the build tool's sorted, unique domains."""
    from auditor.language import ratings as _ratings

    table = _ratings._table()
    domains = list(table)
    assert domains == sorted(set(domains))
    for key in domains[:50] + domains[-50:] + domains[::97]:
        assert _ratings._search(key) == table[key]
    for key in ["", "0", "zzzzzz.zz", "example.invalid", domains[0][:-1], domains[-1] + "x", "a" + domains[5]]:
        assert _ratings._search(key) == table.get(key)


def test_newsroom_can_declare_its_own_platforms() -> None:
    from auditor.config import Config

    text = "A claim [1].\n[1] https://www.infowars.com/posts/other\n"
    cfg = Config(sections={"sources": {"platforms": ["infowars.com"]}})
    assert codes(audit_text(text, select=["SRC001"], config=cfg), "SRC001") == []


def test_cit006_leaves_the_writers_own_posts_and_site_alone() -> None:
    tennis = "https://www.example-news.com/sport/tennis-star-wins-wimbledon-final-in-straight-sets"
    own = BODY.replace("[1]", f"(as an [earlier post]({tennis}) on this blog explained)")
    assert codes(audit_text(own, path="a.md", select=["CIT006"]), "CIT006") == []
    wrote = BODY.replace("[1]", f"(as [I wrote last year]({tennis}))")
    assert codes(audit_text(wrote, path="a.md", select=["CIT006"]), "CIT006") == []
    titled = BODY + f"[1] Blog post on the first version of this project: {tennis}\n"
    assert codes(audit_text(titled, select=["CIT006"]), "CIT006") == []
    page = (
        '<html><head><link rel="canonical" href="https://www.example-news.com/local/cycling-budget">'
        f"</head><body><article><p>{BODY.replace('[1]', f'(<a href={tennis}>report</a>)')}</p></article></body></html>"
    )
    assert codes(audit_text(page, path="a.html", select=["CIT006"]), "CIT006") == []
    other = BODY.replace("[1]", f"([report]({tennis}))")  # no sign it is the writer's own: still judged
    assert len(codes(audit_text(other, path="a.md", select=["CIT006"]), "CIT006")) == 1


def test_cit006_a_headline_filed_under_a_section_the_article_never_names() -> None:
    body = (
        "Bristol voters elected a new councillor on Thursday after a campaign about rents, bus routes and "
        "the cost of childcare across the city. The Green candidate won the seat with a majority of 900, "
        "and the party said its [campaign on rents](URL) was its main message on the doorstep. Turnout "
        "was 31 percent, lower than at the last election in the ward, and the count ended at 2am.\n"
    )
    off = "https://www.theguardian.com/football/2025/oct/20/bristol-city-sack-manager-championship"
    assert len(codes(audit_text(body.replace("URL", off), path="a.md", select=["CIT006"]), "CIT006")) == 1
    on = "https://www.theguardian.com/politics/2025/oct/20/bristol-greens-rent-campaign-doorstep"
    assert codes(audit_text(body.replace("URL", on), path="a.md", select=["CIT006"]), "CIT006") == []
    # the article names the section's subject: the shared names decide, as before
    sport = body.replace("bus routes", "football grounds")
    assert codes(audit_text(sport.replace("URL", off), path="a.md", select=["CIT006"]), "CIT006") == []


def test_cit006_reads_the_title_of_an_author_year_reference_not_its_authors() -> None:
    body = (
        "Good software habits matter in research. Version control, testing and code review catch errors "
        "before a paper is published, and shared style guides make code easier to read for the next person. "
        "Many labs now teach these practices to new students in their first month, with help from "
        "community groups that run short workshops on them [1]. Students say the sessions save them weeks "
        "of work later, when their analyses have to be rerun for a review.\n\n"
    )
    authors = "Wilson, G., Aruliah, D. A., Brown, C. T., Hong, N. P. C., Davis, M., Guy, R. T., & Waugh, B."
    entry = f"[1] {authors} (2014). Best practices for scientific software. PLoS Biology. https://doi.org/10.1/x\n"
    assert codes(audit_text(body + entry, select=["CIT006"]), "CIT006") == []
    off = entry.replace("Best practices for scientific software", "Migration routes of Arctic terns over Greenland")
    assert len(codes(audit_text(body + off, select=["CIT006"]), "CIT006")) == 1


# --- a rating about part of a site; a site's own survey (read2) ----------------------------------------


def test_a_rating_about_one_part_of_a_site_covers_that_part_only() -> None:
    topic = _ratings.lookup("https://www.sciencedirect.com/topics/computer-science/software-engineering")
    article = _ratings.lookup("https://www.sciencedirect.com/science/article/pii/S0164121224000123")
    assert topic is not None and topic["rating"] == "unreliable" and topic["disputed"]
    assert article is not None and article["rating"] == "reliable" and not article["disputed"]
    assert "wikipedia" not in {item["list"] for item in article["lists"]}
    text = "A study of code review found similar results [1], as a glossary page says [2].\n\n[1] {a}\n[2] {t}\n"
    r = audit_text(
        text.format(
            a="https://www.sciencedirect.com/science/article/pii/S0164121224000123",
            t="https://www.sciencedirect.com/topics/computer-science/software-engineering",
        ),
        select=["SRC001"],
    )
    assert [f.evidence["domain"] for f in codes(r, "SRC001")] == ["sciencedirect.com"]
    assert lines_of(r, "SRC001") == [4]


def test_a_sites_own_survey_is_its_primary_record() -> None:
    survey = (
        "Most developers now use AI assistants, according to Stack Overflow's 2024 Developer Survey [1].\n\n[1] {url}\n"
    )
    r = audit_text(survey.format(url="https://survey.stackoverflow.co/2024/ai"), select=["SRC001", "SRC003"])
    assert not codes(r, "SRC001") and not codes(r, "SRC003")
    # an unreliable site cited for its own poll is the record of that poll, not a source vouching for a fact
    poll = "Most readers oppose the plan, Breitbart's 2025 reader poll found [1].\n\n[1] {url}\n"
    r = audit_text(
        poll.format(url="https://www.breitbart.com/politics/2025/03/01/poll-readers-oppose-plan/"), select=["SRC001"]
    )
    assert not codes(r, "SRC001")


def test_an_unreliable_sites_report_is_still_flagged() -> None:
    for sentence in (
        "The plan failed, according to Breitbart's report on the census data [1].",
        "Breitbart reported new poll numbers showing the plan failed [1].",
        "The plan failed, according to Breitbart [1].",
    ):
        r = audit_text(
            sentence + "\n\n[1] https://www.breitbart.com/politics/2025/03/01/plan-failed/\n", select=["SRC001"]
        )
        assert codes(r, "SRC001"), sentence


def test_src003_leaves_platform_links_alone() -> None:
    for url in (
        "https://t.co/N6oZlU3aa2",
        "https://youtu.be/wmp1fCkdpqg",
        "https://web.archive.org/web/2012/https://x.example.org/a",
    ):
        r = audit_text(ARTICLE.format(url=url), select=["SRC003"])
        assert not codes(r, "SRC003"), url
    r = audit_text(ARTICLE.format(url="https://www.tiny-local-blog-unrated.net/2024/05/council"), select=["SRC003"])
    assert codes(r, "SRC003")


_CODE = "Install it with `install.packages()` and call `lanes()` to list the routes.\n\n"


def _with_link(url: str, technical: bool) -> str:
    text = BODY.replace("[1]", f"([report]({url}))")
    return text.replace("the new cycling budget", "the `cycling_budget` package") + _CODE if technical else text


def test_cit006_in_a_piece_that_shows_code_leaves_tool_links_alone() -> None:
    """A tutorial links to tools and posts named by their own terms ("measure anything, measure
    everything"); the same link in a report is still judged."""
    tool = "https://codeascraft.example.com/2011/02/15/measure-anything-measure-everything/"
    assert codes(audit_text(_with_link(tool, True), path="post.md", select=["CIT006"]), "CIT006") == []
    assert len(codes(audit_text(_with_link(tool, False), path="report.md", select=["CIT006"]), "CIT006")) == 1


def test_cit006_in_a_piece_that_shows_code_still_judges_a_news_publishers_slug() -> None:
    guardian = "https://www.theguardian.com/sport/2024/may/01/tennis-star-wins-wimbledon-final-in-straight-sets"
    assert len(codes(audit_text(_with_link(guardian, True), path="post.md", select=["CIT006"]), "CIT006")) == 1
