"""CIT006: -ance/-ant stems meet, and English slugs without stop words are judged."""

from __future__ import annotations

from conftest import audit_text, codes

from auditor.language.relevance import relevance, stem

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
