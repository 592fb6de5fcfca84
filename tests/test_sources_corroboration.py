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
