"""CIT004 false alarms of the 18F blog that a structure tells apart (bench/judgements/real-sites-18f.jsonl):
what a collection holds, told by its size."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def cit004(text: str) -> list[str]:
    r = audit_text(text, select=["CIT004"])
    return [r.doc.snippet(f.span) for f in codes(r, "CIT004")]


@pytest.mark.parametrize(
    "text",
    [
        "CALC lets users analyze prices across a database of contract awarded prices for 48,000 labor categories.",
        "The Postal Service runs sensors on an infrastructure of over 500,000 employees, 31,000 post offices, "
        "and 214,000 vehicles.",
        "The operator runs a fleet of 2,400 buses.",
        "The museum holds a collection of more than 80,000 prints and drawings.",
        "Its archive of 1.2 million photographs is open to researchers.",
    ],
)
def test_what_a_collection_holds_stays_silent(text: str) -> None:
    assert cit004(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The trust runs a network of clinics that treated 40,000 patients last year.",
        "A network of volunteers counted 14,000 birds on the estuary last year, up 20% on 2023.",
        "The database grew by 48,000 records last year.",
        "The fleet of buses carried 2.4 million more passengers last year, up 12%.",
    ],
)
def test_a_collections_measured_change_is_still_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


# In the project's own post, the people who used its product, counted by what they did with it, are
# its own records (as its users and page views are).
@pytest.mark.parametrize(
    "text",
    [
        "We launched Direct File this year. Over the pilot, more than 3.3 million taxpayers started the "
        "Eligibility Checker.",
        "We launched Direct File this year. 423,450 taxpayers logged into Direct File, and 140,803 taxpayers "
        "submitted accepted returns.",
        "Our team built the new portal. In its first month, 52,000 residents signed up for alerts.",
    ],
)
def test_a_first_party_products_use_stays_silent(text: str) -> None:
    assert cit004(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "More than 3.3 million taxpayers started the Eligibility Checker to see if they could use Direct File.",
        "We launched Direct File this year. Nationally, 3 million taxpayers filed late last year, up 12%.",
    ],
)
def test_product_use_in_a_news_story_or_a_national_count_is_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


# In the project's own post, the state its work replaced ("instead of 1,000 emails a day") is its
# before and after, not a statistic.
@pytest.mark.parametrize(
    "text",
    [
        "We worked with the benefits team this year. Now, instead of 1,000 emails a day, the team gets 50.",
        "We rebuilt the intake form. Applications now take 12 minutes rather than 2,000 seconds.",
        "Our team moved the service to the cloud. Instead of about 4,000 paper forms a month, staff now see 300.",
    ],
)
def test_a_first_party_before_and_after_stays_silent(text: str) -> None:
    assert cit004(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Now, instead of 1,000 emails a day, the team gets 50.",
        "We rebuilt the intake form. Complaints fell by 2,000 last year, instead of rising as forecast.",
    ],
)
def test_instead_of_in_a_news_story_or_after_the_figure_is_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text
