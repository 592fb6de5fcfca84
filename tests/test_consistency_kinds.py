"""CON001 and CON003 by the kind of defect, each in many voices, each beside a look-alike to leave alone.

The phrasings are this file's own (wire, local, business, science, sport, blog); none is taken from a
corpus. A kind is caught by structure, so every sibling of a phrasing must behave alike.
"""

from __future__ import annotations

import pytest
from conftest import audit_text


def findings(text: str, code: str) -> list:
    return [f for f in audit_text(text, select=["CON"]).findings if f.code == code]


# ------------------------------------------------------------------ one set, or a part of it

# A later definite count smaller than an earlier one of the same noun, narrowed to a part of the
# whole by a demonstrative, a place, a time, a kind or a clause of its own: a subset, not a restatement.
SUBSET_OK = [
    "The survey covers over 90 countries.\n\nIn these 2 countries, internet use fell.\n",
    "Go is used in more than 150 countries.\n\nThese five countries have the most users.\n",
    "The firm employs 5,000 engineers worldwide.\n\nThe 200 engineers in its Cork office will move.\n",
    "The festival drew 80,000 visitors over the weekend.\n\nThe 12,000 visitors on Friday night saw the fireworks.\n",
    "The app has 2 million users.\n\nThe 300 users we interviewed liked dark mode.\n",
    "The index tracks 500 companies.\n\nThe 10 companies with the biggest falls were banks.\n",
    "The charity works in more than 40 countries.\n\nIn three of those countries it runs hospitals.\n",
    "About 300 schools joined the scheme.\n\nThe 40 schools that dropped out cited cost.\n",
    "More than 90 countries signed the pledge.\n\nThe two countries that refused were Iran and Syria.\n",
    "The network runs 2,400 trains a day.\n\nThe 90 trains from Leeds were cancelled.\n",
    "Our package has 120 functions.\n\nThe 12 functions in the utils module are internal.\n",
    "The league has 92 clubs.\n\nThe 20 clubs in the top flight share the TV money.\n",
    # a larger set narrowed by words of its own holds the earlier group
    "Some 3,000 nurses went on strike on Monday.\n\nThe 30,000 nurses in the region were balloted.\n",
    "About 120 drivers joined the protest.\n\nThe 2,000 drivers at the depot were not consulted.\n",
    # a later moment's set
    "Thirty-two miners were trapped underground.\n\nFamilies of the 23 miners still missing waited at the gate.\n",
    "Thirty-two miners were trapped.\n\nThe 23 miners still trapped were reached on Friday.\n",
    "Some 400 staff joined the firm in 2020.\n\nThe 310 staff now at the depot were asked to stay.\n",
    "The firm hired 90 cleaners.\n\nThe 40 cleaners yet to be paid went on strike.\n",
    # a larger count that is its owner's whole holds the earlier group
    "Around 40 pupils fell ill after the trip.\n\nThe school's 650 pupils were sent home.\n",
    "Some 30 nurses signed the letter.\n\nThe hospital's 900 nurses were not consulted.\n",
]
# The same set again, with another value: a restatement that must still be compared
SUBSET_RESTATED_FLAG = [
    "The survey covers 90 countries.\n\nData for the 85 countries in the survey was collected by phone.\n",
    "The charity works in 40 countries, its director said.\n\nIts work in all 45 countries is funded by donors.\n",
    "About 300 schools joined the scheme in September.\n\nAll 420 schools in the scheme get a grant.\n",
    "The club has some 450 members.\n\nA letter was sent to all 600 members on Friday.\n",
    "Around 40 pupils fell ill after the trip.\n\nParents of the 65 pupils who fell ill were contacted.\n",
    "The airline cancelled about 90 flights on Monday.\n\nPassengers on the 140 cancelled flights were rebooked.\n",
    "A convoy of 42 trucks reached the town.\n\nDrivers of the 36 trucks waited at a checkpoint.\n",
    "The club has 450 members.\n\nThe club's 600 members will vote on Friday.\n",
    "The plane carried 180 passengers.\n\nAll 190 passengers survived, the airline said.\n",
    "Thirty-two miners were trapped underground.\n\nFamilies of the 23 trapped miners waited at the gate.\n",
    "Twelve boys were rescued from the cave.\n\nThe 13 boys are recovering in hospital.\n",
    "The council has 51 seats.\n\nLabour holds 30 of the council's 57 seats.\n",
    # "now" before the verb dates the sentence, not the set
    "About 280 pairs nest on the reserve.\n\nThe reserve's 340 pairs now feed far out at sea.\n",
    # a time phrase that ends the clause says when, not which
    "Some 1,240 nurses joined the strike.\n\nThe union wrote to the 1,900 nurses on Tuesday.\n",
]


@pytest.mark.parametrize("text", SUBSET_OK)
def test_a_part_of_a_whole_named_by_the_same_noun_is_left_alone(text: str) -> None:
    assert findings(text, "CON001") == [], text


@pytest.mark.parametrize("text", SUBSET_RESTATED_FLAG)
def test_the_whole_restated_with_another_value_is_still_flagged(text: str) -> None:
    assert len(findings(text, "CON001")) == 1, text


# ------------------------------------------------------------------ a change and its two ends in one clause

# The percentage sits before or after its ends, with the word of change on either side of it, and the old
# end is whichever a comparison introduces: "from", "than", "on last year's", "compared with ... a year ago".
CHANGE_FLAG = [
    "Ticket sales dropped 15% to 1,700, down from 2,500 a year before.\n",
    "Downloads surged 80 percent year on year to 9,000 from 6,000.\n",
    "Revenue hit $4.5 billion, a 20 percent rise on the $3.5 billion of 2024.\n",
    "Council tax will rise by 8 per cent, taking a Band D bill from £1,800 to £2,000.\n",
    "Its operating profit of $120 million was 50% higher than last year's $90 million.\n",
    "Grants totalled £600,000, up 50 per cent on the previous year's £500,000.\n",
    "Its market value rose 20% to $14bn, from the $10bn it was worth in 2022.\n",
    "Passenger numbers rose 12 per cent to 1.4 million from 1.1 million a year earlier, the airport said.\n",
    "The deficit narrowed by 30% to $700 million, compared with $800 million in the same quarter last year.\n",
    "At 4,500, membership is 10% up on last year's 3,600.\n",
    "The firm's payroll is now 260 people, 30 percent more than the 230 it employed in May.\n",
    "Sales of electric cars, at 18,000, were 40 per cent higher than the 15,000 sold in 2023.\n",
    "The budget is £9m this year — a 25% cut on last year's £10m.\n",
    "The club now has 1,720 members, 40% more than the 1,005 it had in 2020.\n",
]
# The same shapes where the arithmetic holds, or where the figures are not this change's two ends
CHANGE_OK = [
    "Ticket sales dropped 32% to 1,700, down from 2,500 a year before.\n",
    "Downloads surged 50 percent year on year to 9,000 from 6,000.\n",
    "Grants totalled £600,000, up 20 per cent on the previous year's £500,000.\n",
    "The budget is £9m this year — a 10% cut on last year's £10m.\n",
    "Its market value rose 40% to $14bn, more than the $10bn it was worth in 2022.\n",
    # a round figure for the change: 71.1% told as "70%"
    "The club now has 1,720 members, 70% more than the 1,005 it had in 2020.\n",
    # another thing, a forecast or another measure is no old end
    "Revenue rose 8% to $500m on $30m of acquisitions.\n",
    "Sales rose 10% to £5m, against a forecast of £4m.\n",
    "Profit rose 12% to $80m, compared with analysts' forecasts of $70m.\n",
    "Costs rose 10% from last year and now stand at £2m, compared with income of £1.5m.\n",
    "The fare rises 5% to £30 on Monday, compared with £25 on the coach.\n",
    # two changes or two clauses: whose ends are whose is not told
    "Turnover grew 15% to £23m, while profit fell from £4m to £3m.\n",
    "Exports rose 4% year on year to $30bn, with imports up 2% from $25bn.\n",
    "Crime fell 10% last year; burglaries rose from 300 to 400.\n",
    "The shares rose 6% to 410p, valuing the group at £2.1bn, up from £1.9bn on Monday.\n",
    # another period, another direction, no old end
    "Wages rose 3% in the year, to an average of £34,000, compared with £28,000 a decade ago.\n",
    "Prices are 20% higher than in 2019, when a loaf cost £1.10 compared with £1.40 today.\n",
    "The index fell 2% to 7,400 points, its lowest since it hit 7,100 in March.\n",
    "Over 60% of users upgraded from version 2 to version 3.\n",
]


@pytest.mark.parametrize("text", CHANGE_FLAG)
def test_a_change_whose_two_ends_give_another_change_is_flagged(text: str) -> None:
    found = findings(text, "CON001")
    assert len(found) == 1, text
    assert " is a " in found[0].message and "not" in found[0].message  # the arithmetic is shown


@pytest.mark.parametrize("text", CHANGE_OK)
def test_a_change_that_fits_or_whose_ends_are_not_its_own_is_left_alone(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ a share of another population

SHARE_FLAG = [
    "Some 120 of the 400 members, or 40%, voted to strike.\n",
    "The team won 18 of its 24 games, a 60 per cent record.\n",
    "The council approved 48 of 64 applications — 80 per cent.\n",
]
SHARE_OK = [
    "The team won 18 of its 24 games and 60 per cent of its away matches.\n",
    "Only 9 of the 60 applicants were women, compared with 25% nationally.\n",
    "Of 1,500 students polled, 900 said rents were too high; 45% said they work.\n",
    "The council approved 48 of 64 applications and 80 per cent of the appeals.\n",
]


@pytest.mark.parametrize("text", SHARE_FLAG)
def test_a_share_that_does_not_fit_its_counts_is_flagged(text: str) -> None:
    assert len(findings(text, "CON001")) == 1, text


@pytest.mark.parametrize("text", SHARE_OK)
def test_a_percentage_of_another_population_is_no_share_of_the_counts(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ totals said to be totals

# The total is marked by the sentence's opening ("Overall,", "Between them,", "Taken together,") or by
# "combined" after it, and its parts follow in the same sentence or the next, with or without their noun.
TOTAL_FLAG = [
    "Overall, 1,250 cases were reported in the region. Leeds had 700, Bradford 400 and Wakefield 100.\n",
    "Between them, the three candidates raised $4.1 million. Smith raised $2 million, Jones $1.2 million and "
    "Patel $0.7 million.\n",
    "All told, the storm damaged 1,900 homes: 1,200 in Kent and 600 in Sussex.\n",
    "Altogether, the four banks lent £12bn. Barclays lent £5bn, HSBC £4bn, Lloyds £2bn and NatWest £0.5bn.\n",
    "The two hospitals have 1,900 beds combined, with 1,100 at St Mary's and 700 at the General.\n",
    "Taken together, the schemes cost £80m. The bridge cost £50m and the bypass £25m.\n",
    "Combined, the parties won 412 seats. Labour won 250 seats and the Liberals 150.\n",
    "The two clubs have 2,300 members combined, with 1,400 at Rovers and 800 at City.\n",
    "The trust has 42 staff: 20 nurses, 15 doctors and 9 porters.\n",
    "The hospital employs 42 staff.\n\nThey include 20 nurses, 15 doctors and 9 porters.\n",
]
TOTAL_OK = [
    # the parts add up
    "Overall, 1,250 cases were reported in the region. Leeds had 700, Bradford 400 and Wakefield 150.\n",
    "The two clubs have 2,300 members combined, with 1,500 at Rovers and 800 at City.\n",
    # a partial list: one part, two that fall well short, "including"
    "The two clubs have 2,300 members combined, with 1,400 at Rovers.\n",
    "Combined, the two firms employ 9,000 people, with 5,000 in Britain.\n",
    "Overall, 1,250 cases were reported in the region. Leeds had 700 and Bradford 400.\n",
    "All told, the storm damaged 1,900 homes, including 1,200 in Kent and 600 in Sussex.\n",
    "Between them, the three candidates raised $4.1 million. Smith raised $2 million last month and Jones "
    "$1.2 million.\n",
    # another moment, no total, parts of other nouns
    "Overall, 1,250 cases were reported. In 2023, Leeds had 700, Bradford 400 and Wakefield 100.\n",
    "Overall, the firm is doing well. It sold 700 cars in May, 400 in June and 100 in July.\n",
    "Combined, the parties won 412 seats. Labour won 250 seats and 150 councils.\n",
    # "combined" inside a noun phrase marks no total
    "The buyer will own 60 percent of the combined company, and sellers the remaining 40 percent.\n",
    "The airline carried 18,000 passengers in May. In June it carried 11,000 on domestic routes and 6,000 on "
    "international ones.\n",
]


@pytest.mark.parametrize("text", TOTAL_FLAG)
def test_a_marked_total_whose_parts_miss_it_is_flagged(text: str) -> None:
    found = findings(text, "CON003")
    assert len(found) == 1, text
    assert " + " in found[0].message  # the parts and their sum are shown


@pytest.mark.parametrize("text", TOTAL_OK)
def test_parts_that_add_up_are_partial_or_of_another_moment_are_left_alone(text: str) -> None:
    assert findings(text, "CON003") == [], text


# ------------------------------------------------------------------ a dateline's lead against the body

# The lead sentence after a dateline ("GENEVA, June 12 (Reuters) -", "Manchester, 4 May —") is read like any
# other: the month May is no modal verb, and a sentence adverb ends an amount's noun ("the package now goes").
DATELINE_FLAG = [
    "BRISTOL — A fire at a recycling plant forced 200 residents from their homes overnight.\n\n"
    "The 350 residents were put up in a leisure centre.\n",
    "GENEVA, June 12 (Reuters) - The agency said 1.2 million people had fled the fighting.\n\n"
    "Aid groups are struggling to feed the 1.6 million people who have fled the fighting.\n",
    "WASHINGTON (AP) — The Senate approved a $95 billion aid package on Tuesday.\n\n"
    "The $92 billion package now goes to the House.\n",
    "Manchester, 4 May — Some 3,000 nurses went on strike on Monday.\n\nThe 3,800 striking nurses want a 10% rise.\n",
    "SYDNEY: A bushfire has destroyed 120 homes in the Blue Mountains.\n\n"
    "Owners of the 150 destroyed homes will get emergency grants.\n",
    "Cardiff, 21 May (PA) - About 900 pupils were sent home on Friday.\n\nThe 1,400 pupils sent home were told to stay away.\n",
    "OTTAWA — Some 70 firefighters fought the blaze overnight.\n\nThe 95 firefighters were stood down at dawn.\n",
    "May 9 (Reuters) — Some 640 flights were grounded by the strike.\n\nThe 910 grounded flights were mostly short-haul.\n",
]
DATELINE_OK = [
    "LEEDS, March 3 (Reuters) - Some 450 jobs will go at the Kirkstall factory, the company said on Tuesday.\n\n"
    "The 520 jobs at its Hull site are safe, it said.\n",
    "MUMBAI, Oct 2 (AP) — The airline ordered 50 jets from Airbus on Monday.\n\nIts fleet of 70 jets is among the youngest.\n",
    "WASHINGTON (AP) — The Senate approved a $95 billion aid package on Tuesday.\n\nA $60 billion package failed in December.\n",
    "Manchester, 4 May — Some 3,000 nurses went on strike on Monday.\n\nThe 30,000 nurses in the region were balloted.\n",
    "SYDNEY: A bushfire has destroyed 120 homes in the Blue Mountains.\n\nIn 2019, fires destroyed 150 homes there.\n",
    "Manchester, 4 May — Up to 3,000 nurses may strike next week.\n\nThe 3,800 striking nurses want a 10% rise.\n",
]


@pytest.mark.parametrize("text", DATELINE_FLAG)
def test_a_lead_after_a_dateline_is_compared_with_the_body(text: str) -> None:
    assert len(findings(text, "CON001")) == 1, text


@pytest.mark.parametrize("text", DATELINE_OK)
def test_a_lead_and_another_group_moment_or_modal_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ items with their figures in brackets

# A total split by item with each item's figure in brackets: all of the total when they come within a tenth
# of it; "include", a two-item list or another moment's items are some of it, or of something else.
BRACKETS_FLAG = [
    "The fund's £3.2 million budget covers staff (£1.5 million), rent (£0.9 million) and grants (£0.6 million).\n",
    "The £3.2 million budget is spent on staff (£1.5 million), rent (£0.9 million) and grants (£0.6 million).\n",
    "Its 42 staff are nurses (20), doctors (15) and porters (9).\n",
    "The £12m scheme pays for three things: roads (£5m), schools (£4m) and parks (£2m).\n",
    "The 640 volunteers were split into three groups: placebo (200), low dose (220) and high dose (200).\n",
    "Funding of $9 million comes from the state ($5 million), the city ($2.5 million) and donors ($1 million).\n",
    "Last year's 85 arrests were for theft (40), assault (30) and criminal damage (10).\n",
]
BRACKETS_OK = [
    "The £3.2 million budget covers staff (£1.5 million) and rent (£0.9 million).\n",
    "The budget of £3.2 million covers staff (£1.5 million), rent (£0.9 million) and grants (£0.8 million).\n",
    "The £3.2 million budget covers staff (£1.5 million), rent (£0.9 million) and grants (£0.3 million).\n",
    "Its 42 staff are nurses (20), doctors (15) and porters (7).\n",
    "Its 42 staff include nurses (20), doctors (15) and porters (5).\n",
    "The club's 1,200 members include adults (800), juniors (300) and life members (50), the secretary said.\n",
    "The £12m scheme follows earlier grants for roads (£5m), schools (£4m) and parks (£2m) in 2019.\n",
    "Prices range from coffee (£3) to lunch (£12) and dinner (£30) at the £45m stadium.\n",
    # a conversion in brackets is the same figure, not an item
    "The 10 kilometre (6 mile) route climbs 300 metres (980 feet) and ends at a 40 metre (130 feet) tower.\n",
]


@pytest.mark.parametrize("text", BRACKETS_FLAG)
def test_bracketed_items_that_miss_their_total_are_flagged(text: str) -> None:
    assert len(findings(text, "CON003")) == 1, text


@pytest.mark.parametrize("text", BRACKETS_OK)
def test_bracketed_items_that_fit_are_partial_or_conversions_are_left_alone(text: str) -> None:
    assert findings(text, "CON003") == [], text


# ------------------------------------------------------------------ a multiple in any form of its verb

MULTIPLE_FLAG = [
    "Complaints halved, falling from 220 to 150.\n",
    "Membership has doubled to 900 from 600 in two years.\n",
    "The number of food banks more than doubled, from 120 to 210.\n",
    "Visitor numbers tripled from 4,000 to 9,000 after the bridge opened.\n",
    "Halving waiting lists from 7,000 to 4,500 was the aim.\n",
    "Rents doubled from £600 to £1,500 a month over the decade.\n",
    "The trust has nearly halved its deficit, from £40m to £28m.\n",
    "Subscriptions quadrupled, rising from 2,000 to 5,000.\n",
]
MULTIPLE_OK = [
    "Complaints halved, falling from 220 to 110.\n",
    "Membership has doubled to 1,200 from 600 in two years.\n",
    "The number of food banks more than doubled, from 120 to 260.\n",
    "Visitor numbers tripled from 4,000 to 12,000 after the bridge opened.\n",
    "The trust has nearly halved its deficit, from £40m to £22m.\n",
    "Rents doubled in the decade; they rose from £600 to £1,500 in London.\n",
    "The firm doubled its staff and moved from 20 to 30 offices.\n",
    "Sales doubled last year, and prices went up from £6 to £9.\n",
]


@pytest.mark.parametrize("text", MULTIPLE_FLAG)
def test_a_multiple_its_two_ends_do_not_make_is_flagged(text: str) -> None:
    assert len(findings(text, "CON001")) == 1, text


@pytest.mark.parametrize("text", MULTIPLE_OK)
def test_a_multiple_that_fits_or_belongs_to_another_clause_is_left_alone(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ a plan told as fact

# "will" states a plan ("Fourteen bus routes will be cut"): a later definite count of it restates it. Other
# modals, conditions and future dates keep a figure a possibility; a plan's figure is never itself compared.
PLAN_FLAG = [
    "Some 450 jobs will go at the Kirkstall factory, the company said.\n\nThe 520 jobs will go by June, it said.\n",
    "LEEDS, March 3 (Reuters) - Some 450 jobs will go at the Kirkstall factory, the company said on Tuesday.\n\n"
    "The 520 jobs will go by June, it said.\n",
    "Fourteen routes will be cut, the council said.\n\nThe 11 routes will stop running in January.\n",
    "About 200 homes will be built on the site.\n\nPlanners said the 260 homes were too many for the lane.\n",
    "The airline will cut 90 flights from its winter timetable.\n\nPassengers on the 120 flights will get refunds.\n",
    "Around 60 officers will join the force this year.\n\nThe 80 officers will be trained in Bristol.\n",
]
PLAN_OK = [
    "Some 450 jobs could go at the factory, the union fears.\n\nThe 520 jobs at the site are safe, it said.\n",
    "If the deal fails, 450 jobs will go.\n\nThe 520 jobs will go by June, it said.\n",
    "The firm will have 1,500 staff by 2027.\n\nThe 1,200 staff were told of the plan on Monday.\n",
    "Some 450 jobs would go under the plan.\n\nThe 520 jobs will go by June, it said.\n",
    "About 200 homes will be built on the site.\n\nThe 260 homes on the estate next door sold in a week.\n",
    "Prices rose 3% last year.\n\nPrices will rise 5% this year, the bank said.\n",
]


@pytest.mark.parametrize("text", PLAN_FLAG)
def test_a_plans_count_restated_with_another_value_is_flagged(text: str) -> None:
    assert len(findings(text, "CON001")) == 1, text


@pytest.mark.parametrize("text", PLAN_OK)
def test_a_possibility_a_condition_or_a_future_state_is_left_alone(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ the doers of an act, named by an agent noun

# "Some 25 researchers signed the letter" and "the 41 signatories": the agent noun names who did the act.
AGENT_FLAG = [
    "Some 25 researchers signed the letter.\n\nThe 41 signatories include two Nobel laureates.\n",
    "About 200 people survived the sinking.\n\nThe 340 survivors were taken to Piraeus.\n",
    "Roughly 2,000 people attended the rally.\n\nThe 3,500 attendees heard speeches from six MPs.\n",
    "More than 12,000 people voted in the poll.\n\nThe 9,000 voters backed the plan by two to one.\n",
    "Some 800 people were evacuated from the valley.\n\nThe 1,100 evacuees are staying in schools.\n",
    "Nearly 400 drivers went on strike, striking for the first time since 1989.\n\nThe 520 strikers want a 6% rise.\n",
    "Some 14,000 runners finished the race.\n\nThe 12,100 finishers received a medal.\n",
    "About 150 people protested outside the town hall.\n\nThe 250 protesters dispersed peacefully.\n",
]
AGENT_OK = [
    "Some 340 people survived the sinking.\n\nThe 340 survivors were taken to Piraeus.\n",
    "About 300 people survived the sinking.\n\nThe 40 survivors in hospital are stable.\n",
    "Some 25 researchers signed the letter.\n\nThe 140 signatories of last year's petition were not asked.\n",
    "About 150 people protested outside the town hall.\n\nThe 250 protesters at the depot were peaceful.\n",
    "Roughly 2,000 people attended the rally.\n\nThe 80 organisers met on Sunday.\n",
    # the act's object is no count of its doers
    "The family owned 40 shops in the town.\n\nThe three owners sold up in 2019.\n",
    "Police seized 300 phones from the gang.\n\nThe 12 dealers were jailed.\n",
]


@pytest.mark.parametrize("text", AGENT_FLAG)
def test_the_doers_of_an_act_restated_with_another_value_are_flagged(text: str) -> None:
    assert len(findings(text, "CON001")) == 1, text


@pytest.mark.parametrize("text", AGENT_OK)
def test_other_doers_a_part_of_them_or_the_acts_object_are_left_alone(text: str) -> None:
    assert findings(text, "CON001") == [], text
