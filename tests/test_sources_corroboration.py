"""SRC002: subdomains inherit their owner's state, corroboration must follow, self-links are navigation."""

from __future__ import annotations

from conftest import audit_text, codes

from auditor.language import ratings


def src002(text: str, path: str = "a.md") -> list:
    return codes(audit_text(text, path, select=["SRC002"]), "SRC002")


def test_a_subdomain_takes_its_parent_domains_state() -> None:
    entry = ratings.lookup("https://english.news.cn/20250918/a1b2c3/c.html")
    assert entry is not None and entry["state"] == "China"
    text = "Chinese officials had not been told of the launch in advance ([Xinhua](https://english.news.cn/20250918/c.html)).\n"
    assert len(src002(text)) == 1


def test_an_independent_confirmation_in_the_next_sentence_clears_state_media() -> None:
    text = (
        "RIA Novosti reported that the fire at the depot had been put out by morning. "
        "Reuters, citing the regional governor, also said the fire was out "
        "([Reuters](https://www.reuters.com/world/europe/fire-bryansk-depot-out-2026-02-20/)).\n"
    )
    assert src002(text) == []


def test_a_confirmation_before_the_claim_or_of_another_fact_does_not_clear_it() -> None:
    before = (
        "South Korea's military confirmed that a rocket was launched "
        "([Yonhap](https://en.yna.co.kr/view/AEN20250917003800315)).\n\n"
        "The rocket carried a payload three times heavier than the one launched in 2023, according to KCNA.\n"
    )
    assert len(src002(before)) == 1
    other = (
        "Iran's Press TV reported that three Russian engineers had been killed at the site. "
        "Reuters also said the governor had visited Moscow "
        "([Reuters](https://www.reuters.com/world/europe/governor-visits-moscow-2026-02-20/)).\n"
    )
    assert len(src002(other)) == 1


def test_a_state_publishers_links_to_its_own_stories_are_navigation() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://arabic.sputniknews.com/world/1/">'
        "</head><body><article><p>The ministry spokesman said two new deaths had been recorded in the capital on Tuesday "
        '<a href="https://arabic.sputniknews.com/world/2/">more</a>.</p></article></body></html>'
    )
    assert src002(page, "a.html") == []


def test_a_named_source_confirming_that_fact_clears_state_media() -> None:
    depth = (
        "Chinese state broadcaster CGTN reported in December that the drill had passed 2,800 metres. "
        "The British Antarctic Survey, which tracks field seasons on the continent, confirmed that depth "
        "to this newspaper.\n"
    )
    assert src002(depth) == []
    booking = (
        "Xinhua also said the ensemble would return to Greenhithe next year. "
        "Paul Ng confirmed the booking to me on Sunday night and said contracts were signed.\n"
    )
    assert src002(booking) == []


def test_a_confirmation_that_is_its_own_clause_or_by_state_media_does_not_clear_it() -> None:
    clause = (
        "KCNA said the missile flew 1,000 kilometres over the sea. "
        "Seoul's defence ministry confirmed the launch happened early on Tuesday.\n"
    )
    assert src002(clause)
    itself = (
        "Xinhua said the ensemble would return to Greenhithe next year. Xinhua confirmed the booking on Sunday night.\n"
    )
    assert src002(itself)


def _src002(text: str, path: str = "article.md") -> list:
    from conftest import audit_text, codes

    return codes(audit_text(text, path, select=["SRC002"]), "SRC002")


def test_src002_leaves_alone_a_claim_an_independent_record_cited_next_bears_out() -> None:
    flights = (
        "Xinhua reported that fog had closed Harbin airport on Tuesday. Flight-tracking data from "
        "[FlightAware](https://www.flightaware.com/live/airport/ZYHB) showed no departures from the airport that morning.\n"
    )
    assert not _src002(flights)
    satellite = (
        "The dam burst at dawn and flooded two villages, Xinhua reported.\n\n"
        "Images from [Maxar](https://www.maxar.com/news/2025/x) taken that afternoon show both villages flooded.\n"
    )
    assert not _src002(satellite)


def test_src002_still_flags_a_claim_the_next_cited_sentence_does_not_touch() -> None:
    text = (
        "Xinhua reported that fog had closed Harbin airport on Tuesday. The city's new metro line opened in "
        "[2019](https://www.railway-technology.com/projects/harbin-metro/).\n"
    )
    assert _src002(text)


def test_src002_leaves_alone_state_media_carrying_a_governments_own_account() -> None:
    assert not _src002("Moscow's official position, relayed by TASS, is that no civilians were hurt.\n")
    assert not _src002("The interior ministry said, in a statement carried by RIA Novosti, that the fire was out.\n")
    assert not _src002(
        "Grain exports fell 12 per cent, the state news agency RIA reported, citing the agriculture ministry.\n"
    )
    assert not _src002(
        "State broadcaster Rossiya 24 said 240 people had been treated, a figure the city's hospital confirmed by phone.\n"
    )


def test_src002_flags_state_media_named_by_description_or_by_channel() -> None:
    assert _src002(
        "The Zvezda television channel, which is run by the defence ministry, said most drones were downed.\n"
    )
    assert _src002("A newspaper owned by the Communist Party reported that the harvest doubled.\n")
    # the quick test before the pattern knows every verb the pattern reads ("operated" was missing)
    assert _src002("A website operated by the Communist Party reported that the harvest doubled.\n")
    assert _src002("All the villages have been evacuated safely, the state television channel Rossiya 24 said.\n")
    assert not _src002("The channel, which is run by a private foundation, said the fighting had stopped.\n")
    assert not _src002("State television channel Rossiya 24 said President Putin praised the firefighters.\n")
