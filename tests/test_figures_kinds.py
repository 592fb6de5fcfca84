"""CIT004 by the kind of figure: a measured property, a change with a direction, a share, money spent
or lost, a toll of people; and what the writer measured or the text establishes itself."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def cit004(text: str) -> list[str]:
    r = audit_text(text, select=["CIT004"])
    return [r.doc.snippet(f.span) for f in codes(r, "CIT004")]


@pytest.mark.parametrize(
    "text",
    [
        # a change with a direction, however the verb carries it
        "Knife crime in the county went up by a quarter in two years.",
        "House prices in the town have jumped by a fifth since 2020.",
        "Brent crude gave up 3% to $71 a barrel.",
        "The pound was trading 0.4% lower against the dollar.",
        "Sales were 12% higher in March than a year earlier.",
        "The reservoir is now 4 metres lower than in 2019.",
        "Energy bills have gone up by £600 a year.",
        # a measured property of its subject
        "The charity's income is £4.2 million a year.",
        "The bridge carries 80,000 vehicles a day.",
        # money spent or lost
        "Fraud costs the health service £1.2 billion a year.",
        "Taxpayers have paid out £48m in compensation.",
        "The project has run £90 million over budget.",
        "The club made a loss of £14.6 million last season.",
        "The scheme has so far swallowed €2.3 billion.",
        # a toll of people
        "The outbreak has infected 340 people.",
        "Roughly 900 families were evacuated overnight.",
        "Last month 45 workers were laid off at the depot.",
    ],
)
def test_each_kind_of_measured_figure_is_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Tickets cost £12 for adults and £6 for children.",
        "Three people were injured in the crash.",
        "Around 600 workers will lose their jobs under the plan.",  # a plan, the employer's to announce
        "The school has 340 pupils.",
        "Police said 23 people were arrested after the match.",
        "The 40 passengers were rescued by the lifeboat crew, the coastguard said.",
        "The building is 30 metres taller than the church.",
        "The match was cut in half by rain.",
        "He scored by half-time.",
        "The maximum has been increased from 128 to 1024.",  # a setting someone chose
        "Every six months, half of the board's seats come up for election.",  # a schedule
        "In benchmarks the new parser is 30% faster than the old one.",  # a maker's benchmark
    ],
)
def test_prices_small_counts_plans_settings_and_schedules_are_left_alone(text: str) -> None:
    assert cit004(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "We measured a 20% speedup on the compiler benchmarks.",
        "In our tests, the new allocator cut memory use by 30%.",
        "This year we had 5,883 survey respondents from 103 countries.",
        "When we look at our logs, we see that response times sometimes exceed 100 milliseconds.",
        "Garbage collection accounts for 50.9% of our run time.",
        "We've landed more than 40,000 commits since the fork.",
    ],
)
def test_the_writers_own_measurements_are_left_alone(text: str) -> None:
    assert cit004(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "We know that 70% of security bugs come from memory errors.",  # the writer's knowledge of a claim
        "Switching the queue cut outages by 60 per cent for most teams of our size.",  # a claim about others
        '"Our sales rose 40% last year," she said.\n\nExports to Asia jumped 18% in the spring.',  # quoted "our"
    ],
)
def test_claims_about_the_world_in_the_first_person_stay_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


def test_a_survey_teams_report_of_its_own_survey_is_the_primary_record() -> None:
    text = (
        "Thanks to everyone who took part in this year's survey.\n\n"
        "We received more answers than ever. 62% of respondents use the tool every day, "
        "and 18% said they had stopped using it.\n\n"
        "Weekly use has fallen from 48% to 43% of respondents."
    )
    assert cit004(text) == []
    named = text.replace("this year's survey", "the survey conducted by Pollster Ltd")
    assert cit004(named) != []  # another maker's survey: its shares want their source


def test_a_press_releases_about_section_is_the_issuers_own_description() -> None:
    text = (
        "The foundation today opened registration for its spring conference.\n\n"
        "About the Widget Foundation\n\n"
        "Widgets are used by more than 4 million developers in 150 countries every month.\n\n"
        "Media contact\n\n"
        "Widgets power 4 million developers' sites, said no one."
    )
    assert cit004(text.split("Media contact")[0]) == []
    body = "Widgets are used by more than 4 million developers in 150 countries every month."
    assert len(cit004(body)) == 1  # outside an About section it is a claim like any other


def test_an_account_carries_on_only_on_its_subject() -> None:
    sourced = "Confirmed cases in the valley number 140, the health agency said.\n\n"
    assert len(cit004(sourced + "The vaccination rate in the valley is 81 per cent.")) == 1
    # the next paragraph opening on what the account named carries it on
    assert cit004(sourced + "The confirmed cases include 35 children under five.") == []


def test_a_projects_keepers_count_of_its_own_records_is_theirs() -> None:
    post = "We shipped the release on Tuesday. Since March, more than 640 contributors have made 21,000 commits."
    assert cit004(post) == []
    report = (
        "The firm shipped the release on Tuesday. Since March, more than 640 contributors have made 21,000 commits."
    )
    assert len(cit004(report)) == 1  # a third-person report counts someone else's records: say whose
    assert len(cit004("We met the team on Tuesday. Since March, 21,000 families have left the valley.")) == 1


def test_a_port_number_is_a_label() -> None:
    assert cit004("The debugger listens on port 5858 of every interface by default.") == []
