"""CIT006: -ance/-ant stems meet, and English slugs without stop words are judged."""

from __future__ import annotations

from conftest import audit_text, codes

from auditor.language.relevance import camel_parts, relevance, stem

BODY = (
    "Astronomers using the James Webb Space Telescope have confirmed a faint galaxy seen at a record distance. "
    "The team measured its light with a spectrograph and compared it with models of early star formation. "
    "Telescope time is in high demand, and proposals for observing time rose sharply this year. "
    "The researchers plan further observations of the galaxy and of its neighbours later in the year, "
    "hoping to learn how the first stars lit up the young universe and how quickly galaxies grew."
)


def test_distant_and_distance_are_one_stem() -> None:
    assert stem("distant") == stem("distance") == stem("distances")
    assert stem("evident") == stem("evidence")
    assert stem("dance") != stem("distance")


def test_a_slug_about_the_claim_is_relevant_by_its_stems() -> None:
    rel = relevance("a galaxy seen at a record distance", "most-distant-galaxy-confirmed-by-webb", BODY)
    assert rel.claim and rel.claim > 0


def test_english_slug_without_stop_words_is_judged() -> None:
    url = "https://www.example-news.com/markets/2025/04/crypto-exchange-collapse-leaves-investors-stranded"
    r = audit_text(f"{BODY}\n\nProposals rose this year [1].\n\n[1] {url}\n", select=["CIT006"])
    assert len(codes(r, "CIT006")) == 1
    ok = "https://www.example-news.com/science/2025/04/webb-telescope-confirms-galaxy-distance-record"
    assert (
        codes(audit_text(f"{BODY}\n\nProposals rose this year [1].\n\n[1] {ok}\n", select=["CIT006"]), "CIT006") == []
    )


# --- a news publisher's headline slug, judged without an English function word --------------------

FINAL = (
    "The home side won the cup final 2-1 in front of 41,000 fans, with the winner coming in the second half. "
    "The coach said the team would review the tape before the league season opens in August. "
    "Fans who want to watch the final again can find the full replay on the club's channel [1]. "
    "The captain lifted the trophy after a tense final ten minutes, and the players thanked the travelling fans. "
    "The club will hold an open-top bus parade through the city centre on Sunday afternoon."
)


def test_an_off_subject_headline_slug_of_an_english_edition_is_flagged() -> None:
    mortgage = "https://www.theguardian.com/money/2025/may/15/uk-mortgage-rates-fall-lenders-cut-deals-second-review"
    (f,) = codes(audit_text(f"{FINAL}\n\n[1] {mortgage}\n", select=["CIT006"]), "CIT006")
    assert "mortgage" in f.message


def test_a_slug_sharing_the_articles_names_is_left_alone() -> None:
    body = FINAL.replace("The home side", "Rovers").replace("the club's channel", "the Rovers channel")
    rovers = "https://www.theguardian.com/football/2025/may/15/rovers-parade-route-traffic-closures-announced-council"
    assert codes(audit_text(f"{body}\n\n[1] {rovers}\n", select=["CIT006"]), "CIT006") == []
    rovers = "https://www.example-blog.net/2025/05/15/rovers-parade-route-traffic-closures-announced-council"
    assert codes(audit_text(f"{body}\n\n[1] {rovers}\n", select=["CIT006"]), "CIT006") == []


def test_a_story_filed_by_day_on_any_site_is_a_headline_slug() -> None:
    # "/2025/05/15/slug": a story's address on any publisher's site, its slug its headline
    elsewhere = "https://www.example-blog.net/2025/05/15/uk-mortgage-rates-fall-lenders-cut-deals-second-review"
    (f,) = codes(audit_text(f"{FINAL}\n\n[1] {elsewhere}\n", select=["CIT006"]), "CIT006")
    assert "mortgage" in f.message


def test_english_by_inflections_on_a_host_of_no_other_language() -> None:
    from auditor.language.relevance import english_slug

    assert english_slug("harbour-board-raises-mooring-fees-for-yachts", "https://www.example.com/x")
    assert english_slug("county-closes-libraries-cuts-opening-hours", "https://news.example.org/x")
    assert not english_slug("jogadores-brasileiros-marcam-golos", "https://www.example.com.br/x")
    assert not english_slug("neue-regeln-fuer-banken-treten-in-kraft", "https://www.example.com/x")
    assert not english_slug("harbour-board-mooring-fee", "https://www.example.com/x")  # one inflection at most


def test_a_reference_title_of_only_a_publisher_and_a_date_gives_way_to_the_address() -> None:
    off = "https://www.example-sport.com/cricket/2026/01/28/ashes-england-australia-hobart-test-report"
    text = f"{BODY}\n\nProposals for observing time rose sharply this year [1].\n\n[1] Sport Daily, 28 January 2026. {off}\n"
    (f,) = codes(audit_text(text, select=["CIT006"]), "CIT006")
    assert "address" in f.message
    same = "https://www.example-sport.com/science/2026/01/28/webb-telescope-time-proposals-rise"
    titled = f'[1] Sport Daily, 28 January 2026, "Webb proposals for telescope time rise". {same}'
    text = f"{BODY}\n\nProposals for observing time rose sharply this year [1].\n\n{titled}\n"
    assert codes(audit_text(text, select=["CIT006"]), "CIT006") == []


def test_a_percent_encoded_title_in_another_script_is_not_read_as_hex_words() -> None:
    wiki = "https://uk.wikipedia.org/wiki/%D0%A7%D0%BE%D1%80%D0%BD%D0%B5_%D0%BC%D0%BE%D1%80%D0%B5"
    assert codes(audit_text(f"{FINAL}\n\n[1] {wiki}\n", select=["CIT006"]), "CIT006") == []


def test_a_reference_whose_address_is_another_page_than_its_title() -> None:
    wrong = "https://www.example-dev.com/posts/knitting-patterns-winter-scarves-guide"
    entry = f'[1] Webb mission team, "Spectrograph calibration for faint galaxies", 2025. {wrong}'
    text = f"{BODY}\n\nThe spectrograph was calibrated on faint galaxies [1].\n\n{entry}\n"
    (f,) = codes(audit_text(text, select=["CIT006"]), "CIT006")
    assert "not the page the entry names" in f.message and "knitting" in f.message
    # the address repeats a word of the title: the same page, a slug in other words
    right = "https://www.example-dev.com/posts/spectrograph-setup-notes-for-observers"
    entry = f'[1] Webb mission team, "Spectrograph calibration for faint galaxies", 2025. {right}'
    text = f"{BODY}\n\nThe spectrograph was calibrated on faint galaxies [1].\n\n{entry}\n"
    assert codes(audit_text(text, select=["CIT006"]), "CIT006") == []


def test_a_sites_tag_or_topic_listing_is_no_source_to_judge() -> None:
    for url in (
        "https://www.example-news.com/tag/transport-and-infrastructure-spending-news",
        "https://www.example-news.com/topics/local-government-elections-and-politics",
        "https://www.example-news.com/category/wimbledon-tennis-championship-results/",
    ):
        r = audit_text(f"{FINAL}\n\n[1] {url}\n", select=["CIT006"])
        assert codes(r, "CIT006") == [], url
    story = "https://www.example-news.com/tennis/2025/05/15/tennis-star-wins-wimbledon-title-in-straight-sets"
    assert len(codes(audit_text(f"{FINAL}\n\n[1] {story}\n", select=["CIT006"]), "CIT006")) == 1


# --- a word written as two joined ones ("NetlifyCMS"): its parts are the article's words -------------

TOOL = (
    "Contributors to the handbook found the process too technical, so the team is changing how pages "
    "are edited. To remedy the contribution process, we are adding support for NetlifyCMS "
    "[via the hosting service](https://pages.example.gov/documentation/getting-started-with-netlify-cms/): "
    "an open-source content management system that gives contributors a friendly interface. The team "
    "will test the new editor with a small group first, then open it to everyone who writes pages for "
    "the handbook, and it will keep the old way of editing for those who prefer it over the coming year."
)


def test_a_joined_word_names_the_slug_it_links() -> None:
    assert camel_parts("support for NetlifyCMS and GitHub") == {"netlify", "cms", "git", "hub"}
    assert camel_parts("the USA, iPhone and NASA") == set()  # all capitals or one letter: no parts
    assert codes(audit_text(TOOL, "post.md", select=["CIT006"]), "CIT006") == []


def test_a_joined_word_does_not_clear_an_unrelated_slug() -> None:
    other = TOOL.replace("getting-started-with-netlify-cms", "city-council-approves-new-parking-fines-downtown")
    assert codes(audit_text(other, "post.md", select=["CIT006"]), "CIT006")
