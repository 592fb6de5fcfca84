"""LNG001 record contexts as a grammar, and the LNG002 consensus and display-verb cases."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def flagged(text: str, code: str = "LNG001") -> list[str]:
    result = audit_text(text, select=[code])
    return [result.doc.snippet(f.span) for f in codes(result, code)]


@pytest.mark.parametrize(
    "text",
    [
        "The fee is the most expensive transfer in the club's history.",
        "It was the most expensive race in the state's history.",
        "Storm Ivo brought the worst flooding the coast has seen in decades.",
        "The hospital had its busiest winter the emergency department has known.",
        "It is the oldest object of its kind the telescope has found, and the brightest it has ever observed.",
        "Turnout was the lowest in forty years.",
        "The drought is the worst in more than a century.",
        "Vela will show its picker at Automatica, the world's largest robotics fair.",
        "Demand has never been higher.",
        "Confidence among builders has never been so low.",
        "Its brightness is unmatched by any earlier galaxy.",
        "The club's training ground is second to none.",
        "The launch was a success without precedent for the agency.",
    ],
)
def test_record_contexts_are_flagged(text: str) -> None:
    assert len(flagged(text)) >= 1, text  # "the oldest object of its kind ..., and the brightest ...": two records


@pytest.mark.parametrize(
    "text",
    [
        "Wind gusts reached 112 mph, the highest ever recorded there, according to the same Met Office bulletin.",
        "The launch was the country's most successful yet, state media reported.",
        "The fee is the most expensive transfer in the club's history, Deloitte said.",
        "Ridgefield, the largest county in the district, has backed every winner.",
        "He runs one of the world's largest information hubs.",
        "Being at home is the best thing in the world.",
        "Putting yourself out there has never been easier.",
        "She has never been there before.",
        "Its founders have been honest since the start, and growth has been modest ever since.",
        "The best way the council has found to save money is to sell the hall.",
        "World's coolest bookstores",
        "US military to begin 2024 with lowest troop numbers in over 80 years",
    ],
)
def test_plain_attributed_or_idiomatic_superlatives_are_left_alone(text: str) -> None:
    assert flagged(text) == [], text


def test_display_verbs_do_not_attribute() -> None:
    assert flagged("Investors showed the keenest interest since 2021.") == ["keenest interest since"]
    assert flagged("The survey showed the keenest interest since 2021.") == []
    assert flagged("Smith found that it was the worst year since 2008.") == []


def test_consensus_from_named_data_is_not_a_weasel() -> None:
    text = "Revenue fell to $2.31 billion, below the $2.45 billion analysts had expected, according to LSEG data."
    assert flagged(text, "LNG002") == []
    assert flagged("Revenue fell to $2.31 billion, below what analysts had expected.", "LNG002") == [
        "analysts had expected"
    ]
    assert flagged("Analysts say the slowdown could last, according to LSEG data.", "LNG002") == ["Analysts say"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sales reached a record 4.2 million units.", "record 4.2 million"),
        ("Retailers enjoyed record profits.", "record profits"),
        ("This is the first time in the history of the club that it has won.", "first time in the history"),
        ("It was their first ever title.", "first ever"),
        ("Never before had so many people voted.", "Never before had"),
        ("The museum has the largest collection of its kind anywhere.", "largest collection of its kind anywhere"),
        ("Temperatures were the highest for the time of year.", "highest for the time of year"),
        ("No other city has ever hosted the games three times.", "No other city has ever"),
        (
            "It was the longest winning streak in the competition's 60 years.",
            "longest winning streak in the competition's 60 years",
        ),
        ("The hospital is the only one of its kind in the country.", "only one of its kind"),
    ],
)
def test_more_record_contexts_are_flagged(text: str, words: str) -> None:
    assert flagged(text) == [words], text


@pytest.mark.parametrize(
    "text",
    [
        "It was the first visit since 2019.",
        "He broke the record of his rival. The record shows he voted against it. His criminal record was clean.",
        "It is the biggest investment planned in the next 10 years.",
        "There is no other way. No other team has won it.",
        "It was the first time in history a government had done so, the ministry said.",
    ],
)
def test_calendar_facts_and_records_as_nouns_are_left_alone(text: str) -> None:
    assert flagged(text) == [], text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "They are the deepest cuts to bus services the county has ever made.",
            "deepest cuts to bus services the county has ever made",
        ),
        ("It was the largest drone attack of the war.", "largest drone attack of the war"),
        ("Ashgrove has never been more profitable per plot.", "never been more profitable"),
        ("More pupils got top grades than in any year the school has kept figures.", "than in any year"),
    ],
)
def test_records_of_experience_war_and_comparison_are_flagged(text: str, words: str) -> None:
    assert flagged(text) == [words], text


def test_a_source_giving_a_narrower_record_does_not_measure_a_wider_one() -> None:
    text = (
        "It was the largest drone attack of the war.\n\n"
        "The attack on March 12 had been the largest since January, according to Ukraine's air force, with 126 drones."
    )
    assert flagged(text) == ["largest drone attack of the war"]
    assert flagged("He is taller than any other boy in the class.") == []


def test_higher_than_it_has_ever_been_is_a_record_but_more_than_ever_is_an_idiom() -> None:
    assert flagged("Demand is higher than it has ever been.") == ["than it has ever been"]
    assert flagged("It is more important than ever to talk to one another.") == []
    assert flagged("I am more grateful than ever before for their care.") == []


# --- a field as wide as the world or a continent ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new bridge is the longest suspension span in Europe.",
        "Its tax regime is the most generous in the developed world.",
        "She is the most gifted young goalkeeper in world hockey.",
        "The lake is the deepest in Africa and the coldest in the world.",
        "Ours is the slowest broadband rollout in the western world.",
        "The museum holds the largest collection of Roman coins outside Rome.",
    ],
)
def test_a_superlative_over_the_world_or_a_continent_is_a_record(text: str) -> None:
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Winning the cup was the best feeling in the world.",
        "He is the happiest man in the world today.",
        "Hamburg, the largest port in Germany after Bremen, reopened.",  # no world field
        "Antwerp, the second-largest port in Europe, reopened on Monday.",  # a name's standing description
        "The best coverage is in North America, where most stations are.",  # where, not a ranking
        "We want the city to be the greenest capital in Europe by 2030.",  # a goal
        "The largest city in the region voted on Sunday.",
        "Their best result in World Cup qualifying came in 2019.",
        "Fans had the best seats outside the stadium's press box.",  # no place: no field
    ],
)
def test_idioms_descriptions_places_and_goals_are_left_alone(text: str) -> None:
    assert flagged(text) == [], text


@pytest.mark.parametrize(
    "sentence",
    [
        "Its brightness is unmatched by any earlier galaxy.",
        "It was a feat unmatched in the region's history.",
        "The firm offers unmatched reliability to its clients.",
        "Its record remains unmatched.",
    ],
)
def test_unmatched_as_uniqueness_is_a_record(sentence: str) -> None:
    assert len(codes(audit_text(sentence + "\n", select=["LNG001"]), "LNG001")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Previously you could construct a string with unmatched surrogate pairs.",
        "Merely an unmatched UTF-8 surrogate resulting in garbage.",
        "The parser rejects unmatched brackets in the query.",
    ],
)
def test_unmatched_without_its_pair_is_no_record(sentence: str) -> None:
    assert codes(audit_text(sentence + "\n", select=["LNG001"]), "LNG001") == []
