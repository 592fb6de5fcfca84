"""CON001 and CON003: a figure restated under other nouns, hedges or words, and shares or changes that point
back. Each kind in several voices (this file's own phrasings, none from a corpus), beside look-alikes that
must stay silent.
"""

from __future__ import annotations

import pytest
from conftest import audit_text


def findings(text: str, code: str) -> list:
    return [f for f in audit_text(text, select=["CON"]).findings if f.code == code]


# ------------------------------------------------------------------ the story's amount, named by any noun
# A headline's amount that the lead repeats is the story's amount even when the opening gives other amounts
# after it; a later definite amount written with its digits in another order restates it, whatever its noun.
STORY_AMOUNT_FLAG = [
    "Shipowner ordered to pay £43.2m\n\nThe owner must pay £43.2m in damages, the court ruled. With £6.1m of "
    "interest, the bill comes to £49.3m. The yard had claimed £61m.\n\nThe £34.2m award was welcomed.\n",
    "Council fined $2.75 million over data breach\n\nThe council was fined $2.75 million on Monday. It had "
    "set aside $1 million and expects costs of $0.4 million.\n\nThe $2.57 million penalty is the largest yet.\n",
    "Developer guilty of £14.6m fraud\n\nSavers lost a combined £14.6m with little hope of getting it back. "
    "Only £3.1m has been traced.\n\nThe judge said the £16.4m lost was gone for good.\n",
]
STORY_AMOUNT_OK = [
    # the headline and the lead disagree: no one amount is the story's
    "Shipowner ordered to pay £43.2m\n\nThe owner must pay £52m in damages. The yard had claimed £61m.\n\n"
    "The £34.2m award was welcomed.\n",
    # digits of another amount in another order, not the story's
    "Shipowner ordered to pay £43.2m\n\nThe owner must pay £43.2m in damages. The yard had claimed £61m.\n\n"
    "The £16m award in 2019 was smaller.\n",
]


@pytest.mark.parametrize("text", STORY_AMOUNT_FLAG)
def test_story_amount_restated_with_digits_swapped_is_flagged(text: str) -> None:
    found = findings(text, "CON001")
    assert found and "the story's amount" in found[0].message and "transposed" in found[0].message


@pytest.mark.parametrize("text", STORY_AMOUNT_OK)
def test_other_amounts_are_not_the_story_amount(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ a count of four digits, transposed
COUNT_FLAG = [
    "City won 3-1 in front of 48,210 at the stadium.\n\nThe crowd of 42,810 sang throughout.\n",
    "The festival drew 12,450 over the weekend.\n\nThe attendance of 12,540 was a record.\n",
    "Voters cast 31,762 ballots in the by-election.\n\nThe turnout of 31,672 was the lowest since 1998.\n",
]
COUNT_OK = [
    "City won 3-1 in front of 48,210 at the stadium.\n\nA crowd of 48,210 sang throughout.\n",
    # two things with their own nouns
    "The firm employs 1,250 staff.\n\nIts 1,520 contractors work in Leeds.\n",
    # fewer digits: coincidences happen
    "The club sold 420 tickets.\n\nThe crowd of 240 sang throughout.\n",
    # four digits without a comma are years or names
    "He became a general in 1691 (1691).\n\nThe 1619 Project will be taught in schools.\n",
    "He then became general (1691).\n\nThe narrative of the 1619 Project was disputed.\n",
]


@pytest.mark.parametrize("text", COUNT_FLAG)
def test_four_digit_count_transposed_is_flagged(text: str) -> None:
    assert findings(text, "CON001")


@pytest.mark.parametrize("text", COUNT_OK)
def test_count_look_alikes_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ people told by what they did
PEOPLE_FLAG = [
    "The outbreak has made 114 patients and staff ill, the trust said.\n\nDoctors traced the 141 people "
    "who have fallen ill to one ward.\n",
    "The fire left 326 residents homeless on Sunday.\n\nThe council is housing the 362 people left homeless.\n",
]
PEOPLE_OK = [
    # nothing in the clause describes the earlier group
    "The outbreak has made 114 patients ill, the trust said.\n\nDoctors thanked the 141 people who have volunteered.\n",
]


@pytest.mark.parametrize("text", PEOPLE_FLAG)
def test_people_described_again_with_digits_swapped_are_flagged(text: str) -> None:
    assert findings(text, "CON001")


@pytest.mark.parametrize("text", PEOPLE_OK)
def test_people_of_another_description_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ a date of the verb, not of the count
DATE_OF_VERB_FLAG = [
    "An explosion late on Tuesday killed at least 19 people.\n\nFunerals for the 16 people killed began on "
    "Wednesday evening.\n",
    "Police arrested 41 protesters on Saturday.\n\nThe 14 protesters arrested were released on Sunday.\n",
]
DATE_OF_VERB_OK = [
    "Police arrested 14 protesters on Saturday.\n\nThe 41 protesters arrested on Sunday were charged.\n",
    "An explosion late on Tuesday killed at least 19 people.\n\nBy Thursday the death toll had risen to 23.\n",
]


@pytest.mark.parametrize("text", DATE_OF_VERB_FLAG)
def test_a_date_after_the_verb_does_not_date_the_count(text: str) -> None:
    assert findings(text, "CON001")


@pytest.mark.parametrize("text", DATE_OF_VERB_OK)
def test_counts_of_two_dates_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ a period's worth is no rate
def test_a_months_rain_is_no_rate() -> None:
    text = (
        "Rainfall at Capel Ysgol reached 112mm in 24 hours.\n\nCapel Ysgol's 121mm was more than a month's "
        "rain in a night.\n"
    )
    assert findings(text, "CON001")


# ------------------------------------------------------------------ shares in words: "three in five"
RATIO_WORDS_FLAG = [
    "Of the 212 investors, 159, or about three in five, have had nothing back.\n",
    "Of the 40 pupils, 30, or two out of three, passed.\n",
    "Of 90 firms surveyed, 45, nine in ten, said costs rose.\n",
]
RATIO_WORDS_OK = [
    "Of the 212 investors, 159, or about three in four, have had nothing back.\n",
    "Of the 45 pupils, 30, or two out of three, passed.\n",
    "Three in five voters said they would back the plan.\n",
]


@pytest.mark.parametrize("text", RATIO_WORDS_FLAG)
def test_ratio_words_that_do_not_fit_are_flagged(text: str) -> None:
    found = findings(text, "CON001")
    assert found and " of " in found[0].message


@pytest.mark.parametrize("text", RATIO_WORDS_OK)
def test_ratio_words_that_fit_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ a change that points back
POINTED_FLAG = [
    "The round trip fell from 81,600 km to 79,700 km.\n\nThe birds left in August.\n\nThat is a 12% reduction "
    "in the distance flown.\n",
    "Membership rose from 400 to 600 last year.\n\nThis represents a rise of about a quarter.\n",
    "Sales fell from $8 million to $6 million.\n\nIt was a drop of 40% for the firm.\n",
    "Detentions fell from 410 a term to 260, a drop of nearly a half.\n",
]
POINTED_OK = [
    "The round trip fell from 81,600 km to 79,700 km.\n\nThat is a 2% reduction in the distance flown.\n",
    "Membership rose from 400 to 600 last year.\n\nThis represents a rise of a half.\n",
    # two changes before: which is meant?
    "Sales fell from $8 million to $6 million and costs from $5 million to $4 million.\n\nThat is a 25% drop.\n",
    # a rise told where the change before is a fall: another change
    "Sales fell from $8 million to $6 million.\n\nThat is a 40% rise in losses.\n",
    # not a change noun: a share
    "Of 41 votes cast, 27 were for the budget.\n\nThat is about two-thirds of the councillors who voted.\n",
]


@pytest.mark.parametrize("text", POINTED_FLAG)
def test_pointed_change_that_does_not_fit_is_flagged(text: str) -> None:
    found = findings(text, "CON001")
    assert found and "%" in found[0].message


@pytest.mark.parametrize("text", POINTED_OK)
def test_pointed_change_look_alikes_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ CON003: a whole described again
DESCRIBED_WHOLE_FLAG = [
    "Rescuers reached the 31 miners trapped underground on Monday.\n\nOf the men underground, 12 are contract "
    "workers and 17 are company employees.\n",
    "An outbreak has made 114 patients and staff ill, the trust said.\n\nOf those who have fallen ill, 78 are "
    "inpatients and 29 are members of staff.\n",
    "Floods forced 640 residents from their homes on Friday.\n\nThe river fell on Sunday. Of the people forced "
    "out, 300 are in hotels, 200 with family and 90 in the sports hall.\n",
]
DESCRIBED_WHOLE_OK = [
    # two parts that leave more than a tenth: two of several groups
    "Rescuers reached the 31 miners trapped underground on Monday.\n\nOf the men underground, 12 are contract "
    "workers and 9 are welders.\n",
    # nothing in the phrase ties it to the earlier count
    "An outbreak has made 114 patients and staff ill, the trust said.\n\nOf those who volunteered, 78 are "
    "nurses and 29 are porters.\n",
    # the parts add up
    "An outbreak has made 114 patients and staff ill, the trust said.\n\nOf those who have fallen ill, 85 are "
    "inpatients and 29 are members of staff.\n",
]


@pytest.mark.parametrize("text", DESCRIBED_WHOLE_FLAG)
def test_parts_of_a_whole_described_again_must_add_up(text: str) -> None:
    found = findings(text, "CON003")
    assert found and "not" in found[0].message and found[0].related


@pytest.mark.parametrize("text", DESCRIBED_WHOLE_OK)
def test_parts_of_another_or_a_partial_whole_are_left_alone(text: str) -> None:
    assert findings(text, "CON003") == []


# ------------------------------------------------------------------ CON003: a total said to be its parts
IDENTITY_FLAG = [
    "The 140 works on show are 62 paintings, 51 drawings and 19 prints, arranged in nine rooms by decade.\n",
    "The £212m was paid for with £120m from the government, £64m from the combined authority and £20m from "
    "developers.\n",
    "The 47 people injured are being treated in two cities, 31 of them in Makhachkala and 12 in Kaspiysk.\n",
    "The 90 delegates were 40 teachers, 30 nurses and 15 doctors.\n",
    "The $8 million was funded by $5 million from the state and $2 million from donors.\n",
]
IDENTITY_OK = [
    "The 140 works on show are 62 paintings, 51 drawings and 27 prints.\n",
    "The £212m was paid for with £120m from the government, £64m from the combined authority and £28m from "
    "developers.\n",
    # "include" lists some of them
    "The 140 works on show include 62 paintings and 51 drawings.\n",
    # an indefinite count is no subject the sentence is about
    "Some 140 works were sold, 62 paintings and 51 drawings among them.\n",
    # the number of places does not match the parts: some of them
    "The 47 people injured are being treated in three cities, 31 of them in Makhachkala and 12 in Kaspiysk.\n",
]


@pytest.mark.parametrize("text", IDENTITY_FLAG)
def test_a_total_said_to_be_its_parts_must_add_up(text: str) -> None:
    found = findings(text, "CON003")
    assert found and " = " in found[0].message


@pytest.mark.parametrize("text", IDENTITY_OK)
def test_totals_that_add_up_or_lists_that_are_partial_are_left_alone(text: str) -> None:
    assert findings(text, "CON003") == []


# ------------------------------------------------------------------ what an amount earns at a rate
YIELD_FLAG = [
    "Someone with £15,000 at 4.2% would earn £720 a year.\n",
    "A deposit of $20,000 paying 5% earns $1,200 a year.\n",
    "Savers with €8,000 on 3% get €320 a year before tax.\n",
]
YIELD_OK = [
    "A saver with £10,000 in an account paying 4.5% earns £450 a year before tax.\n",
    "Someone with £15,000 at 4.2% would earn £630 a year.\n",
    # a month's earnings are another period: not recomputed
    "Someone with £15,000 at 4.2% would earn £52 a month.\n",
    # no rate the amount is held at
    "The fund of £15,000 grew 4.2% and paid £720 a year in fees.\n",
    # a loan's repayment holds some of the loan
    "A £10,000 loan at 5% costs £1,295 a year over ten years.\n",
    "Borrowers with £150,000 at 4.5% pay £10,005 a year.\n",
]


@pytest.mark.parametrize("text", YIELD_FLAG)
def test_earnings_that_are_not_amount_times_rate_are_flagged(text: str) -> None:
    found = findings(text, "CON001")
    assert found and " a year, not " in found[0].message


@pytest.mark.parametrize("text", YIELD_OK)
def test_earnings_that_fit_or_of_another_period_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ a share whose part is named by its noun
NAMED_PART_FLAG = [
    "The grocer said it is shedding 1,200 jobs.\n\nThe job cuts, about 15% of the group's 12,400 staff, fall on "
    "the head office.\n",
    "Police arrested 30 protesters on Saturday.\n\nThe arrested protesters, about a tenth of the 1,200 "
    "marchers, were released.\n",
]
NAMED_PART_OK = [
    "The grocer said it would shed 1,200 jobs.\n\nThe job cuts, about 10% of the group's 12,400 staff, fall on "
    "the head office.\n",
    # the noun names no earlier count
    "The grocer said it would shed 1,200 jobs.\n\nThe stores, about 15% of the group's 2,400 sites, stay open.\n",
]


@pytest.mark.parametrize("text", NAMED_PART_FLAG)
def test_share_of_a_part_named_by_its_noun_is_recomputed(text: str) -> None:
    found = findings(text, "CON001")
    assert found and found[0].related


@pytest.mark.parametrize("text", NAMED_PART_OK)
def test_share_of_a_named_part_that_fits_is_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ a measure of an act, named by its noun
ACT_FLAG = [
    "The missile flew about 1,000 km before falling into the sea.\n\nThe 1,300-km flight worried Tokyo.\n",
    "The team walked 42 km on the first day.\n\nThe 24-km walk ended at a farm.\n",
]
ACT_OK = [
    "The missile flew about 1,000 km before falling into the sea.\n\nThe 1,050-km flight worried Tokyo.\n",
    # another distance, not of the act
    "The missile flew about 1,000 km before falling into the sea.\n\nThe 1,300-km border is long.\n",
]


@pytest.mark.parametrize("text", ACT_FLAG)
def test_measure_of_an_act_restated_by_its_noun_is_compared(text: str) -> None:
    assert findings(text, "CON001")


@pytest.mark.parametrize("text", ACT_OK)
def test_measures_of_other_things_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ a rate pointed at by its period
RATE_POINTED_FLAG = [
    "We run 4,000 builds a day.\n\nOnce the cache was warm, those 1,400 daily builds finished quickly.\n",
    "The line carries 12,000 passengers a week.\n\nThose 21,000 weekly passengers pay full fares.\n",
]
RATE_POINTED_OK = [
    "We run 4,000 builds a day.\n\nOnce the cache was warm, those 1,400 weekly builds finished quickly.\n",
    "We run 4,000 builds a day.\n\nOnce the cache was warm, those 4,000 daily builds finished quickly.\n",
]


@pytest.mark.parametrize("text", RATE_POINTED_FLAG)
def test_demonstrative_rate_of_the_same_period_restates(text: str) -> None:
    assert findings(text, "CON001")


@pytest.mark.parametrize("text", RATE_POINTED_OK)
def test_rates_of_other_periods_or_values_that_agree_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ a vote's share against its tally
VOTE_FLAG = [
    "The motion passed by 27 votes to 14, with three abstentions.\n\nLater the budget carried with a 71% majority.\n",
    "The bill was approved by 212 votes to 188.\n\nIt passed with 60% of the votes cast.\n",
    "Members backed the deal in a 340-160 vote.\n\nThe deal was approved with 75% support.\n",
]
VOTE_OK = [
    "The motion passed by 27 votes to 14, with three abstentions.\n\nThe budget carried with a 66% majority.\n",
    # with the abstentions: 27 of 44
    "The motion passed by 27 votes to 14, with three abstentions.\n\nThe budget carried with a 61% majority.\n",
    # two votes in the article: which one is the share of?
    "The motion passed by 27 votes to 14.\n\nThe amendment fell by 20 votes to 21.\n\nThe budget carried with a "
    "71% majority.\n",
    # a share of something else
    "The motion passed by 27 votes to 14.\n\nTurnout was 71% of the electorate.\n",
    # an election's share, not the motion's
    "The motion passed by 27 votes to 14.\n\nLabour won 71% of the vote in the ward in 2019.\n",
]


@pytest.mark.parametrize("text", VOTE_FLAG)
def test_vote_share_that_its_tally_does_not_give_is_flagged(text: str) -> None:
    found = findings(text, "CON001")
    assert found and "votes cast is" in found[0].message and found[0].related


@pytest.mark.parametrize("text", VOTE_OK)
def test_vote_share_that_fits_or_is_unclear_is_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []


# ------------------------------------------------------------------ an overspend restating "over budget"
OVERRUN_FLAG = [
    "The tram line opened 14 months late and £38m over its original budget.\n\nThe £47m overspend will be met "
    "from reserves.\n",
    "The stadium came in $120 million over budget.\n\nCouncillors asked who would pay the $210 million overrun.\n",
]
OVERRUN_OK = [
    "The tram line opened 14 months late and £38m over its original budget.\n\nThe £38m overspend will be met "
    "from reserves.\n",
    # no amount was said to be over a budget
    "The tram line cost £212m.\n\nThe £47m overspend on the bridge will be met from reserves.\n",
]


@pytest.mark.parametrize("text", OVERRUN_FLAG)
def test_an_overspend_restates_the_amount_over_budget(text: str) -> None:
    assert findings(text, "CON001")


@pytest.mark.parametrize("text", OVERRUN_OK)
def test_an_overspend_that_agrees_or_has_no_antecedent_is_left_alone(text: str) -> None:
    assert findings(text, "CON001") == []
