"""CIT004 kinds read off fresh4's misses and trap, each with phrasings no corpus holds and
look-alikes that stay silent."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def cit004(text: str) -> list[str]:
    r = audit_text(text, select=["CIT004"])
    return [r.doc.snippet(f.span) for f in codes(r, "CIT004")]


# "over the same period" after a period the sentence named itself refers to its own span, not to
# the account before it: the figure needs a source of its own.
@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 12% in the year to June, the retailer said.\n\n"
        "Bus fares rose 18% from 2015 to 2024, while wages grew only 9% over the same period.",
        "Sales rose 12% in the year to June, the retailer said.\n\n"
        "House prices in the county climbed 31% since 2016, while rents rose 12% over the same period.",
        "Sales rose 12% in the year to June, the retailer said.\n\n"
        "Cinema admissions fell by 40% between 2019 and 2023, and streaming subscriptions doubled in the same period.",
    ],
)
def test_a_sentences_own_period_is_no_reference_back(text: str) -> None:
    assert len(cit004(text)) == 1, text


def test_the_same_period_of_the_account_before_still_carries_it_on() -> None:
    text = "Sales rose 12% in the year to June, the retailer said.\n\nOnline orders grew 30% over the same period."
    assert cit004(text) == []


# A side's claim ("Opponents claim ...", "Supporters say ...") names nobody: like "Analysts say" it
# carries no account on, and a figure sharing its words needs a source of its own.
@pytest.mark.parametrize("group", ["Opponents claim", "Supporters say", "Critics argue", "Detractors insist"])
def test_a_sides_claim_carries_no_account_on(group: str) -> None:
    text = (
        "According to the council's cabinet paper, the zone will cost £22.8m to build.\n\n"
        f"{group} it will change the high street for ever.\n\n"
        "Footfall on the high street has fallen 17% since 2019."
    )
    assert len(cit004(text)) == 1, group
    named = text.replace(group, "The Federation of Small Businesses says")
    assert cit004(named) == []


# A participle after the noun it describes tells which things were counted, not who counted them.
@pytest.mark.parametrize(
    "text",
    [
        "Investment fraud losses reported in the UK reached £650m in the first half of last year.",
        "Hate crimes reported in the county rose 18% last year.",
        "Measles cases recorded in England climbed to 2,300 in the year to June.",
        "Domestic burglaries reported in the borough fell by 14% last year.",
    ],
)
def test_a_participle_describing_the_counted_things_is_no_source(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 12% last year, the company reported on Tuesday.",
        "Profits fell 8% last year, brokers reported in a note to clients.",
    ],
)
def test_a_source_reporting_after_the_figure_still_gives_it(text: str) -> None:
    assert cit004(text) == [], text


# A count with a rate before its noun is a rate measured, whatever verb holds it.
@pytest.mark.parametrize(
    "text",
    [
        "Companion apps had 41 million monthly users in Europe last year.",
        "The network carries 1.2 million daily passengers.",
        "Food banks in the city served 14,000 weekly visitors last winter.",
        "Streaming services had 19 million monthly subscribers in Germany last year.",
    ],
)
def test_a_rate_held_is_measured(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "The stadium holds 60,000 fans.",
        "The app has 2,000 users.",
        "The hospital has 1,200 beds and employs 3,400 people.",
        "We launched the app last year. It now has 40,000 monthly users.",
    ],
)
def test_what_a_thing_holds_stays_silent(text: str) -> None:
    assert cit004(text) == [], text


# An owner's counts named over the nouns that say what is counted are its source.
@pytest.mark.parametrize(
    "text",
    [
        "The council's own traffic counts show 61,000 vehicles entering the ring on an average weekday.",
        "The council's traffic figures show vehicle numbers rose 12% last year.",
        "The ministry's hospital admission figures show 1,200 more patients were admitted last year, up 9%.",
    ],
)
def test_an_owners_counts_are_its_source(text: str) -> None:
    assert cit004(text) == [], text


# A place named by its kind ("in the district", "across the region") is a figure's scope, as a named
# place is: sharing it ties the figure to no account before it.
@pytest.mark.parametrize(
    "text",
    [
        "Suspected cases in the district number 112, the agency said.\n\n"
        "Vaccination rates for the second dose in the district stand at 81 per cent.",
        "The council said it would close two libraries in the borough.\n\n"
        "Knife crime in the borough rose 14% last year.",
        "The firm said it would hire 300 people across the region next year.\n\n"
        "Unemployment across the region stands at 6.1%, up from 5.2%.",
    ],
)
def test_a_place_by_its_kind_is_a_scope_not_a_subject(text: str) -> None:
    assert len(cit004(text)) == 1, text


def test_a_subject_shared_beside_the_place_still_carries_the_account_on() -> None:
    text = (
        "The agency said 112 suspected cases had been recorded in the district.\n\n"
        "Confirmed cases in the district have risen to 40, up from 12 last week."
    )
    assert cit004(text) == []
