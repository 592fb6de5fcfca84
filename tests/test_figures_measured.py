"""CIT004 on measured figures stated as fact: moves and counts with no source nearby."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def cit004(text: str) -> list[str]:
    r = audit_text(text, select=["CIT004"])
    return [r.doc.snippet(f.span) for f in codes(r, "CIT004")]


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Arden fell 11.4% on Friday after the company cut its outlook.",
        "The FTSE 250 index fell 1.8% to 19,412 points.",
        "The hospital treated 3,200 patients for flu in December, up 40% on the year before.",
        "Waiting lists across the region reached 412,000 in January.",
        "The hall lost £310,000 last year and needs new windows.",
        "Its workforce grew to 620 people last year.",
        "The plant employs 3,400 people and sold 4,300 robots.",  # large counts of things, however carried
        "The storm left 14,000 homes without power.",
        "Landlords sold 18,500 buy-to-let properties last year.",
        "Tenants now spend 41% of their income on rent.",
        "Cycling in the city has grown 31% since 2019.",
        "Wind power supplied 30% of Britain's electricity last year.",
    ],
)
def test_measured_figures_without_a_source_are_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Arden fell 11.4% on Friday, the exchange said.",
        "Revenue rose 8% to $2.3 billion, according to the company.",
        "Holloway took more than £640,000 from the accounts of residents, prosecutors said.",
        "The company said revenue fell to $2.31 billion. Its margin narrowed to 38.2%.",
        "The wage would go up to $8 in Rhode Island.",
        "Recipients received a £3,000 grant for their projects.",
        "Brown won 55.88% of the vote on Sunday.",
        "Brown won 55.88% of the popular votes on Sunday.",
        "The plant employs 620 people.",  # under a thousand: what the reporter saw or was told
        "The band sold 40,000 tickets' worth of merchandise.",
        "Canara Bank (up 1.28 per cent), UCO Bank (up 1.25 per cent) and others rose.",
        "Ellison, 58, has led the council since 2021 and lost 2 votes.",
        '"We lost £310,000 last year," said the treasurer.',
        "The council reported its accounts on Monday.\n\nThe council's budget rose 4% to £12 million.",
        "Average rents rose 8.7% in the year to December.\n\n"
        "The figures, from the Office for National Statistics, show rents reached £1,240 a month.",
    ],
)
def test_sourced_continued_or_non_measured_figures_are_left_alone(text: str) -> None:
    assert cit004(text) == [], text


def test_a_poll_named_by_its_maker_is_sourced() -> None:
    assert cit004("A Marist poll of 1,100 voters published on Wednesday put Nunez on 47%.") == []
    assert len(cit004("A poll of 1,200 likely voters put Nunez on 48% and Whitford on 45%.")) == 1


def test_the_state_reporting_is_a_named_source() -> None:
    text = (
        "The Oregon Health Authority reported 1,517 new infections on Sunday.\n\n"
        "The state reported one additional death on Sunday. That brings the state's death toll to 820."
    )
    assert cit004(text) == []


def test_a_results_account_runs_on_while_its_subject_does() -> None:
    """The lede's source carries on to a later paragraph on the group's results, and a caption
    restating that paragraph's figures is sourced with it."""
    lede = (
        "SPH remains operationally profitable. For the full year, operating profit fell 41 per cent to $110 million.\n\n"
        "SPH on Tuesday reported its first net loss for the group, whose media business remains challenged.\n\n"
        "The company's media business took a hit from fair value losses on its malls.\n\n"
        "The valuation of its retail malls slipped during the pandemic.\n\n"
        "The group, however, remains operationally profitable. For the full year, operating profit fell 41 per cent "
        "to $110 million."
    )
    assert cit004(lede) == []


def test_an_unnamed_group_carries_no_account_on() -> None:
    text = (
        "The company said revenue in the quarter fell to $2.31 billion.\n\n"
        "Its new factory opens in May.\n\n"
        "Analysts say the slowdown in revenue could last into next year.\n\n"
        "The slowdown cut demand from carmakers by 22% while orders from data centres rose 6%."
    )
    assert len(cit004(text)) == 1
    assert cit004(text.replace("Analysts say", "The company says")) == []


def test_a_survey_bringing_its_own_unnamed_source_is_not_vouched_for_by_the_paragraph() -> None:
    text = (
        'Chief executive Lena Fischer told reporters the company remained "second to none". '
        "A survey of 400 fund managers showed 61% expect chip stocks to fall."
    )
    assert len(cit004(text)) == 1
    named = text.replace("A survey of 400 fund managers", "A Bank of America survey of 400 fund managers")
    assert cit004(named) == []


def test_an_expected_cost_is_an_estimate() -> None:
    assert len(cit004("The storm was the wettest in years, and the clean-up is expected to cost £85 million.")) == 1
    assert cit004("The clean-up is expected to cost £85 million, the council said.") == []


def test_a_market_move_is_not_vouched_for_by_the_companys_statement() -> None:
    text = (
        "Including debt, the deal values the business at £210 million, Hartley's said.\n\n"
        "Hartley's shares jumped 27% to 412p in early trading on Wednesday."
    )
    assert len(cit004(text)) == 1
    assert cit004(text.replace("Hartley's shares jumped", "Hartley's profit jumped")) == []


def test_a_data_noun_modifying_another_noun_names_no_source() -> None:
    assert len(cit004("China's polar research budget rose 38% in 2024 to 1.6 billion yuan.")) == 1
    assert cit004("China's research shows the budget rose 38% in 2024 to 1.6 billion yuan.") == []


def test_an_account_leaps_a_paragraph_only_on_a_shared_subject() -> None:
    """A sourced account may skip a paragraph that carries nothing on only when the next shares
    two words with the one before the gap (one word is enough just after the source)."""
    text = (
        "The drilling team reached bedrock on Monday, the institute said.\n\n"
        "The project grew out of a radar study of the sheet, followed by test drilling.\n\n"
        "Funding for the programme is a matter of politics.\n\n"
        "China's polar budget rose 38% in 2024 to 1.6 billion yuan, part of its drilling effort."
    )
    assert len(cit004(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Rovers signed the striker on Wednesday for a fee of £62 million.",
        "The scheme has cost the council more than $3.2 billion.",
        "Vela raised $140 million in a round led by Northgate Capital.",
    ],
)
def test_large_sums_paid_cost_or_raised_are_measured(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Rovers signed the striker for a fee of £62 million, the club said.",
        "Tickets cost $40 and sold out in an hour.",
        "The judge found Mar-a-Lago was worth $18 million, a number based on Florida tax appraisal records.",
        "Vela raised $140 million in a round, according to PitchBook.",
    ],
)
def test_sourced_or_small_sums_are_left_alone(text: str) -> None:
    assert cit004(text) == [], text


def test_a_figure_is_sourced_elsewhere_only_with_its_unit() -> None:
    text = (
        "The rocket's first stage fell about 300 km off the coast, the JCS said.\n\n"
        "North Korea spent an estimated $300 million on satellite launches last year."
    )
    assert len(cit004(text)) == 1
    assert cit004(text + "\n\nIt spent $300 million on launches, the ministry said.") == []


def test_named_figures_and_institutions_records_are_sources() -> None:
    text = (
        "To illustrate the point, Eurostat figures show that French overnight stays in Italy hit 14 million last year."
    )
    assert cit004(text) == []
    assert len(cit004("Official figures show that French overnight stays in Italy hit 14 million last year.")) == 1
    assert cit004("Its share of a person's own days: he spent 24 percent of his days at golf courses.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Harbour master data showed 57 ships waiting outside the port on Tuesday morning.",
        "The jury heard that Mercer took £2.3 million from 1,150 customers.",
        "Arden forecast fourth-quarter revenue of $4.9 billion to $5.1 billion, above estimates.",
        "Wild bees have declined, according to a study of 1,346 survey sites published on Tuesday in the journal Ecology Letters.",
    ],
)
def test_keepers_of_data_courts_companies_and_journals_are_sources(text: str) -> None:
    assert cit004(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # levels, moves and shares in other words than the rules were tuned on
        "Inflation hit 9.1% in June.",
        "The average house price in the city is now £312,000.",
        "The FTSE 100 closed down 2.3% at 7,412 points.",
        "Nearly 60% of voters back the plan.",
        "Around 3.2 million people live in poverty in the region.",
        "The company's profits doubled to $1.2bn.",
        "House prices are 7% higher than a year ago.",
        "Just 14% of respondents said they trusted the council.",
        "The pound weakened 1.2% against the dollar.",
        "Annual rents now average 14,500 euros in the capital.",
        "The gold price touched a high of $2,450 an ounce.",
        "Eurozone growth slowed to 0.1% in the third quarter.",
        "The Nikkei shed 800 points in early trading.",
        "The clean-up bill is put at £40 million.",
        "Shares of Carrow Group ended 4.5% lower.",
        "Exports to China slumped by a fifth to $14 billion.",
        "The jobless rate was 5.2% in the second quarter.",
        "Some 38 per cent say they will vote Labour at the next election.",
        "Nearly 60% of Americans approve of the deal.",
        "The repair bill could top £30 million.",
        "Output has fallen by 4 gigawatts since the strikes began.",
        "Bitcoin tumbled below $60,000 on Tuesday.",
        "The charity received £340,000 in donations last year.",
        "The firm owes £2.1 billion to its lenders.",
        # shares in words
        "Seven out of ten teachers report working more than 50 hours a week.",
        "Two thirds of small firms expect to raise prices this year.",
        "One in four children in the town lives in poverty.",
        "A quarter of the county's nurses left the profession last year.",
        # a source that gave no figure vouches for none after it
        "Mayor Paul Diaz said the council met on Monday.\n\nThe council's budget rose 4% to £12 million.",
    ],
)
def test_measured_figures_in_other_words_are_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        # suppositions and worked examples are no claims
        "If 30% of users click the button, the server needs twice the capacity.",
        "Suppose a town of 10,000 people loses 5% of its jobs.",
        "Imagine that 25% of the class is absent.",
        "In this example, revenue rises 10% to $110.",
        "Say your salary rises 5% to £31,500: your tax rises too.",
        # continuations of a sourced account, by pronoun or by time
        "The club reported revenue of £48 million.\n\nIts wage bill rose 12% to £30 million.",
        "The ONS said inflation hit 9.1% in June.\n\nFood prices rose 19% over the same period.",
        # sources in other words
        "Figures from the Land Registry show the average house price is £312,000.",
        "The county's records show 45% of its roads need resurfacing.",
        "Sands chairman Sheldon Adelson had a fortune valued at around $30 billion, placing him in the top 10 of "
        "Forbes' list of the wealthiest Americans.",
        # capacities, lengths, rules and a player's share of goals
        "The stadium holds 60,000 fans.",
        "The ferry carries up to 1,200 passengers.",
        "She ran the 10,000 metres in under 30 minutes.",
        "The tax rate on the top band is 45%.",
        "He scored half of the team's goals this season.",
        "Workers faced a month and a half of transport stoppages.",
        "The repair bill could top £30 million, the council estimates.",
        "The club expects 40% of season-ticket holders to renew.",
        "The charity received £340,000 in donations last year, its accounts show.",
        "He received £500 for the painting.",
        "Nearly 60% of Americans approve of the deal, a Gallup poll shows.",
        "President Trump spent 24 percent of his days in 2019 at his golf resorts.",
    ],
)
def test_suppositions_continuations_and_facts_of_record_are_left_alone(text: str) -> None:
    assert cit004(text) == [], text


def test_the_writers_own_survey_is_the_primary_record_of_its_shares() -> None:
    text = (
        "This year we asked 9,000 developers how they use the language.\n\n"
        "Over the year, 61% of respondents said compile times had improved.\n\n"
        "Almost a third of users now run the nightly release."
    )
    assert cit004(text) == []


def test_a_survey_quoted_from_someone_else_or_shares_without_one_stay_flagged() -> None:
    quoted = '"We surveyed our members last month," the union said.\n\nTenants now spend 41% of their income on rent.'
    assert len(cit004(quoted)) == 1  # the "we" is the union's, inside its quotation
    ours = "We asked readers about their commute.\n\nThe hall lost £310,000 last year and needs new windows."
    assert len(cit004(ours)) == 1  # a sum, not a share of the survey's respondents


def test_asking_someone_for_comment_is_not_a_survey() -> None:
    text = "We asked the council about the shortfall.\n\nTenants now spend 41% of their income on rent."
    assert len(cit004(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Claims from the storm already exceed 85 million pounds.",  # a threshold passed
        "Season-ticket sales have passed 12,000, and the club has hired 40 stewards.",  # a count before a comma
        "The ice shelf has retreated by 2.3 kilometres since 1990.",  # a length moved
        "Rising seas take about 4 millimetres a year from the dunes.",  # a physical rate
        "Uptake rates for the booster among care-home staff in the county stand at 64 per cent.",  # a level
        "Switching to heat pumps cuts household bills by 35 per cent.",  # a change verb, its object, "by"
        "Portugal exported 2.1 billion euros of cork last year.",  # trade in money
        "Delays have cost Dutch hauliers about 300 million euros since 2021.",  # "cost" with its object
    ],
)
def test_more_measured_figures_by_structure_are_flagged(text: str) -> None:
    assert len(cit004(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "The bridge is 1,600 metres long.",  # a length describes, it counts nothing
        "A season ticket costs £5 a month.",  # a price per month is a fact of record
        "Voters chose to raise the hourly minimum wage by $1 to $9.25.",  # a decision, not a measured effect
        "The council plans to cut the arts budget by 40 per cent next year.",  # a plan
        "The county's own figures show 1,870 households in temporary accommodation.",  # its keeper is the source
        "Profit beat the 455 million crowns expected by nine analysts in a poll compiled by the company.",
    ],
)
def test_measured_figures_by_structure_leave_alone(text: str) -> None:
    assert not cit004(text), text


def test_a_sourced_account_does_not_run_on_for_ever() -> None:
    text = (
        "The water agency said the dams had released 3,000 cubic metres a second on Friday.\n\n"
        "Engineers at the agency said the releases followed the protocol with Spain.\n\n"
        "Rain fell for three days across the basin and the river rose through the night.\n\n"
        "The river broke its banks near the dams in four places on Saturday.\n\n"
        "Insured losses across the river basin already exceed 410 million euros.\n"
    )
    assert cit004(text) == ["410 million"]
    results = (
        "Harbour Group on Tuesday reported a net loss of 83.7 million dollars for the year.\n\n"
        "Operating profit fell 41 per cent to 110.2 million dollars.\n\n"
        "Revenue from the port business rose 10.3 per cent to 327.2 million dollars.\n\n"
        "Revenue from shipping grew 8.7 per cent to 93.3 million dollars.\n\n"
        "Total costs were 6.8 per cent higher at 844.4 million dollars.\n"
    )
    assert not cit004(results)  # a run of results paragraphs carries the company's account on


def test_a_survey_team_asking_its_respondents_reports_its_own_survey() -> None:
    text = (
        "The survey ran for two weeks in September.\n\n"
        "When we asked respondents to rate their expertise, there was a clear peak at 7 out of 10.\n\n"
        "Lifetime management was hardest, with 61.4% of respondents calling it tricky or very difficult.\n"
    )
    assert not cit004(text)
    assert cit004(text.replace("When we asked respondents", "When asked"))  # nobody says whose survey
