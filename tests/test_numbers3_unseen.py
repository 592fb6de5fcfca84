"""CON001 and CON003 on phrasings written for this file, not taken from any corpus (stop 30, numbers3).

Each block is one kind of defect a reader sees by arithmetic, in several voices, beside look-alikes
that must stay silent (the parts add up, another time, another place, a subset, rounding, a bound).
"""

from __future__ import annotations

import pytest
from conftest import audit_text


def findings(text: str, code: str) -> list:
    return [f for f in audit_text(text, select=["CON"]).findings if f.code == code]


# ------------------------------------------------------------------ a count inside a list item's words
# "£120,000 for the two open races, £50,000 for ..." : the count describes the item; the list goes on.

ITEM_COUNT_FLAG = [
    "The £900,000 grant was split as £500,000 for the three new wards, £250,000 for equipment and "
    "£100,000 for training.\n",
    "Of the £2.4m budget, £1.5m goes on the two libraries, £600,000 on the five youth clubs and £200,000 on parks.\n",
    "The 480 tonnes collected were made up of 300 tonnes from the four depots, 110 tonnes from schools and "
    "50 tonnes from markets.\n",
    "The £75,000 raised came from three sources: £40,000 from the six sponsors, £20,000 from ticket sales "
    "and £10,000 from a raffle.\n",
]
ITEM_COUNT_OK = [
    "The £900,000 grant was split as £500,000 for the three new wards, £300,000 for equipment and "
    "£100,000 for training.\n",
    "Of the £2.4m budget, £1.6m goes on the two libraries, £600,000 on the five youth clubs and £200,000 on parks.\n",
    "The 480 tonnes collected were made up of 300 tonnes from the four depots, 130 tonnes from schools and "
    "50 tonnes from markets.\n",
    # another kind's count with a separator before it is an item of its own: no total of money here
    "The appeal raised £40,000, trained 12 volunteers and spent £30,000 on a minibus.\n",
]


@pytest.mark.parametrize("text", ITEM_COUNT_FLAG)
def test_a_count_inside_an_item_does_not_split_the_list(text: str) -> None:
    assert len(findings(text, "CON003")) == 1, text


@pytest.mark.parametrize("text", ITEM_COUNT_OK)
def test_a_count_inside_an_item_lists_that_add_up_stay_silent(text: str) -> None:
    assert findings(text, "CON003") == [], text


# ------------------------------------------------------------------ a list of the total's noun and of another thing
# "650 people at its existing site, and the two sites will employ 1,100 people combined": the sites are
# counted, not summed.

OTHER_THING_OK = [
    "The firm employs 650 people at its old site, and the two sites will employ 1,100 people combined.\n",
    "The charity has 80 volunteers in Leeds, and the three branches have 200 volunteers in all.\n",
    "Rovers have 4,000 members at their ground, and the two clubs have 9,000 members combined.\n",
    "The airline flies 30 planes from Leeds, and its four bases hold 95 planes altogether.\n",
    "The council runs 12 schools in the town, and the three districts have 40 schools in total.\n",
]


@pytest.mark.parametrize("text", OTHER_THING_OK)
def test_a_list_counting_another_thing_is_no_partition(text: str) -> None:
    assert findings(text, "CON003") == [], text


# A total whose noun is a coordination counts both kinds: its parts of either kind partition it.
COORDINATED_FLAG = [
    "Overnight, Russia launched 171 drones and missiles: 160 drones, 6 cruise missiles and 3 ballistic missiles.\n",
    "The fleet has 48 buses and trams: 30 buses and 16 trams.\n",
    "Police seized 75 rifles or pistols: 40 rifles and 30 pistols.\n",
]
COORDINATED_OK = [
    "Overnight, Russia launched 169 drones and missiles: 160 drones, 6 cruise missiles and 3 ballistic missiles.\n",
    "The fleet has 46 buses and trams: 30 buses and 16 trams.\n",
]


@pytest.mark.parametrize("text", COORDINATED_FLAG)
def test_a_coordinated_total_split_by_kind_is_flagged(text: str) -> None:
    assert len(findings(text, "CON003")) == 1, text


@pytest.mark.parametrize("text", COORDINATED_OK)
def test_a_coordinated_total_whose_kinds_add_up_stays_silent(text: str) -> None:
    assert findings(text, "CON003") == [], text


def test_a_combined_total_of_people_told_part_by_part_still_flags() -> None:
    text = "The two firms employ 1,100 people combined, with 650 at Cambridge and 400 at Wilton.\n"
    assert len(findings(text, "CON003")) == 1


# ------------------------------------------------------------------ a whole named again, with its time or its unit
# "Of the cases so far, ..." breaks down "The number of confirmed cases rose to 38"; "Of those hours, ..."
# the 3,900 hours of the sentence before, its parts bare numbers of the unit it names.

NAMED_AGAIN_FLAG = [
    "The number of confirmed infections rose to 52 on Monday.\n\nOf the infections so far, 30 are in Leeds, "
    "15 in York and 4 in Hull.\n",
    "The tally of arrests stood at 64 by Sunday.\n\nOf the arrests to date, 40 were in the city centre, 15 at "
    "the stadium and 6 at the station.\n",
    "The pumps ran for 1,200 hours last year.\n\nOf those hours, 700 were in winter, 300 in spring and 150 in "
    "autumn.\n",
    "The route runs for 140 miles.\n\nOf those miles, 80 are in Wales, 40 in England and 10 in Scotland.\n",
    "Of the 40 patients, 22 are aged between 20 and 40, 10 are aged 41 to 60, and 5 are over 60.\n",
]
NAMED_AGAIN_OK = [
    "The number of confirmed infections rose to 52 on Monday.\n\nOf the infections so far, 30 are in Leeds, "
    "18 in York and 4 in Hull.\n",
    "The pumps ran for 1,200 hours last year.\n\nOf those hours, 700 were in winter, 350 in spring and 150 in "
    "autumn.\n",
    # another whole: the phrase names another noun, or "including" makes the list partial
    "The number of confirmed infections rose to 52 on Monday.\n\nOf the deaths so far, 30 were in Leeds, 15 in "
    "York and 4 in Hull.\n",
    "The tally of arrests stood at 64 by Sunday.\n\nOf the arrests to date, including 40 in the city centre, 15 "
    "were at the stadium and 6 at the station.\n",
    "The number of cases rose by 12 to 52.\n\nOf the cases so far, 30 are in Leeds, 18 in York and 4 in Hull.\n",
    "Of the 40 patients, 22 are aged between 20 and 40, 13 are aged 41 to 60, and 5 are over 60.\n",
]


@pytest.mark.parametrize("text", NAMED_AGAIN_FLAG)
def test_a_whole_named_again_is_split_by_its_parts(text: str) -> None:
    assert len(findings(text, "CON003")) == 1, text


@pytest.mark.parametrize("text", NAMED_AGAIN_OK)
def test_a_whole_named_again_look_alikes_stay_silent(text: str) -> None:
    assert findings(text, "CON003") == [], text


# ------------------------------------------------------------------ a hedged total and its exact parts
# "Some 41,000 homes lost power: 23,000 ..., 12,500 ... and 4,000 ...": "some" rounds 39,500 to 40,000, not
# 41,000. Exact parts may miss a rounded total by a unit of its last digit (or 2.5%), no more.

HEDGED_TOTAL_FLAG = [
    "Some 52,000 homes lost power: 30,000 in Kent, 14,000 in Sussex and 5,000 in Surrey.\n",
    "About 900 pupils sat the exam: 410 at Northfield, 230 at Eastgate and 140 at Westway.\n",
    "The fund raised about £6.5m: £3.1m from councils, £1.9m from donors and £0.9m from a lottery grant.\n",
    "Around 3,200 runners started the race: 2,100 men, 800 women and 150 juniors.\n",
]
HEDGED_TOTAL_OK = [
    "About 50,000 homes lost power: 30,000 in Kent, 14,000 in Sussex and 5,500 in Surrey.\n",
    "Nearly 50,000 homes lost power: 30,000 in Kent, 14,000 in Sussex and 5,000 in Surrey.\n",
    "About 900 pupils sat the exam: 410 at Northfield, 330 at Eastgate and 140 at Westway.\n",
    "Some 300 people were evacuated: 180 from the estate, 70 from the school and 40 from the care home.\n",
    # hedged parts keep their own width
    "About 3,200 runners started: about 2,100 men, about 800 women and about 150 juniors.\n",
]


@pytest.mark.parametrize("text", HEDGED_TOTAL_FLAG)
def test_a_hedged_total_its_exact_parts_round_elsewhere_is_flagged(text: str) -> None:
    assert len(findings(text, "CON003")) == 1, text


@pytest.mark.parametrize("text", HEDGED_TOTAL_OK)
def test_a_hedged_total_its_parts_round_to_stays_silent(text: str) -> None:
    assert findings(text, "CON003") == [], text


# ------------------------------------------------------------------ a share told as a percentage and again as counts
# "drew 6,480 responses, 71% of them opposed" and "Of the 6,480 people who responded, 3,950 said they opposed":
# one whole doing one thing, 61% by its counts.

SHARE_FLAG = [
    "The survey drew 2,400 replies, 58% of them in favour of the plan.\n\n"
    "Of the 2,400 people who replied, 1,150 said they were in favour of the plan.\n",
    "The club said 42% of its members had renewed by March.\n\n"
    "Of the club's 3,600 members, 1,080 had renewed by the deadline.\n",
    "The airline delayed 15% of its scheduled flights in July.\n\n"
    "The airline flew 6,040 of the 8,200 flights it had scheduled, and delayed the other 2,160.\n",
    "Inspectors visited 310 care homes, of which about 40% were rated good.\n\n"
    "Of the 310 care homes visited, 96 were rated good.\n",
    "Some 18.5% of the county's pupils qualified for free school meals.\n\n"
    "Of the county's 52,000 pupils, 12,400 qualified for free school meals.\n",
]
SHARE_OK = [
    # the counts fit (rounding; "about" a round figure)
    "The survey drew 2,400 replies, 58% of them in favour of the plan.\n\n"
    "Of the 2,400 people who replied, 1,390 said they were in favour of the plan.\n",
    "Inspectors visited 310 care homes, of which about 40% were rated good.\n\n"
    "Of the 310 care homes visited, 118 were rated good.\n",
    # another thing done by the same whole
    "The survey drew 2,400 replies, 58% of them in favour of the plan.\n\n"
    "Of the 2,400 people who replied, 1,150 were women.\n",
    # another whole: another place, another count of the whole
    "Nationally, 42% of members in England had renewed by March.\n\n"
    "Of the club's 3,600 members, 1,080 had renewed by March.\n",
    "The survey drew 2,400 replies, 58% of them in favour of the plan.\n\n"
    "Of the 900 people who replied online, 300 said they were in favour of the plan.\n",
    # another time
    "In 2023, 42% of members had renewed by March.\n\nIn 2024, 1,080 of the 3,600 members had renewed by March.\n",
    # a bound that holds
    "More than 40% of the members had renewed.\n\nOf the club's 3,600 members, 1,900 had renewed.\n",
    # a change, not a share
    "Membership rose 42% last year.\n\nOf the club's 3,600 members, 1,080 had renewed.\n",
    # denied against told
    "About 40% of the members did not renew.\n\nOf the club's 3,600 members, 3,000 renewed.\n",
]


@pytest.mark.parametrize("text", SHARE_FLAG)
def test_a_share_whose_counts_do_not_fit_its_percentage_is_flagged(text: str) -> None:
    found = findings(text, "CON001")
    assert len(found) == 1, text
    assert "%" in found[0].message and " of " in found[0].message


@pytest.mark.parametrize("text", SHARE_OK)
def test_share_look_alikes_stay_silent(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ a part larger than its whole
# "14 people had been taken to hospital in Gravdal" and "The 16 passengers admitted to hospital in Gravdal":
# passengers are people, so the 16 cannot be more than the 14, whichever group they are.

PART_WHOLE_FLAG = [
    "Firefighters said 30 people were rescued from the flats in Bow.\n\n"
    "The 34 residents rescued from the flats in Bow were given shelter overnight.\n",
    "Police said 12 vehicles were damaged on the bypass near Crewe.\n\n"
    "The 15 cars damaged on the bypass near Crewe were towed away.\n",
    "The storm damaged 40 buildings in the old town of Hull.\n\n"
    "The 52 houses damaged in the old town of Hull will be inspected.\n",
    "The 230 dogs entered at the Leeds show were judged by breed.\n\n"
    "In all, 200 animals were entered at the Leeds show, the organisers said.\n",
]
PART_WHOLE_OK = [
    # a part smaller than the whole: a subgroup
    "Police said 14 people had been taken to hospital in Gravdal.\n\n"
    "The nine passengers admitted to hospital in Gravdal were sent home.\n",
    # another thing: the clauses share one word, not two
    "Firefighters said 30 people were rescued from the flats in Bow.\n\n"
    "The 34 residents of the flats in Hackney were moved.\n",
    # another time
    "On Monday, 30 people were rescued from the flats in Bow.\n\n"
    "On Tuesday, the 34 residents rescued from the flats in Bow were rehoused.\n",
    # nouns of which neither is a kind of the other
    "Police said 12 vehicles were damaged on the bypass near Crewe.\n\n"
    "The 15 drivers stuck on the bypass near Crewe were helped by volunteers.\n",
    # the whole told later, and larger
    "The 15 cars damaged on the bypass near Crewe were towed away.\n\n"
    "Police said the 40 vehicles damaged on the bypass near Crewe would be inspected.\n",
]


@pytest.mark.parametrize("text", PART_WHOLE_FLAG)
def test_a_part_larger_than_its_whole_is_flagged(text: str) -> None:
    found = findings(text, "CON001")
    assert len(found) == 1, text
    assert "cannot be more" in found[0].message


@pytest.mark.parametrize("text", PART_WHOLE_OK)
def test_part_whole_look_alikes_stay_silent(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ a change whose ends are told apart
# "reported a 12% rise in half-year pre-tax profit to £96m" and "Pre-tax profit rose from £88m a year earlier":
# £88m to £96m is 9.1%, not 12%.

SPLIT_CHANGE_FLAG = [
    "Shares in Norvik closed up 8% at £4.10 on Monday.\n\nThe shares had closed at £3.60 on Friday.\n",
    "Ticket sales rose 15% to 46,000 this season.\n\nTicket sales had stood at 38,000 last season, the club said.\n",
    "The council's budget will fall 6% to £212m next year.\n\nThe budget is down from £240m this year.\n",
    "Passenger numbers rose 12% to 1.4 million in 2024, the airport said.\n\n"
    "That took passenger numbers up from 1.1 million in 2023.\n",
]
SPLIT_CHANGE_OK = [
    "Ticket sales rose 15% to 46,000 this season.\n\nTicket sales had stood at 40,000 last season, the club said.\n",
    "Pre-tax profit rose 9% to £96m.\n\nPre-tax profit was up from £88m a year earlier.\n",
    # another thing changed
    "Ticket sales rose 15% to 46,000.\n\nAttendance was up from 30,000 a year earlier.\n",
    # another kind of figure
    "Revenue rose 15% to £46m.\n\nStaff numbers were up from 300 a year earlier.\n",
    # a hedged end
    "Ticket sales rose 15% to about 46,000.\n\nTicket sales had stood at 30,000 last season.\n",
    # a change told with no new end
    "Prices rose 0.3% between February and March.\n\nThe typical home was up from £268,900 a year ago.\n",
]


@pytest.mark.parametrize("text", SPLIT_CHANGE_FLAG)
def test_a_change_whose_old_end_is_told_apart_is_recomputed(text: str) -> None:
    found = findings(text, "CON001")
    assert len(found) == 1, text
    assert "%" in found[0].message


@pytest.mark.parametrize("text", SPLIT_CHANGE_OK)
def test_split_change_look_alikes_stay_silent(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ a country named as a demonym
# "2.4 million users in Britain" and "Solace's 1.9 million British users": "British" says nothing the
# earlier count did not; "French users" after "users in Britain" is another group. Countries are those of
# rules/data/entities.toml (their demonyms and names).

DEMONYM_FLAG = [
    "The app has 3.1 million users in Britain, the company said.\n\nThe app's 2.6 million British users pay nothing.\n",
    "The charity supports 4,200 families in France.\n\nThe 3,800 French families it supports get food parcels.\n",
    "Halden has 1,400 staff in Germany.\n\nHalden's 1,100 German staff voted for a four-day week.\n",
]
DEMONYM_OK = [
    "The app has 3.1 million users in Britain, the company said.\n\nThe 2.6 million French users pay nothing.\n",
    "The charity supports 4,200 families in France.\n\nThe 3,800 Spanish families it supports get food parcels.\n",
    "The app has 3.1 million users in Britain.\n\nThe app's 3.1 million British users pay nothing.\n",
]


@pytest.mark.parametrize("text", DEMONYM_FLAG)
def test_a_demonym_names_the_place_an_earlier_count_named(text: str) -> None:
    assert len(findings(text, "CON001")) == 1, text


@pytest.mark.parametrize("text", DEMONYM_OK)
def test_demonym_look_alikes_stay_silent(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ a percentage told again in words
# "38% of checkout requests were failing" and "roughly one in four checkout requests was failing".

WORD_SHARE_FLAG = [
    "By noon, 62% of polling stations had declared.\n\nBy noon, about a third of polling stations had declared.\n",
    "The audit found 45% of invoices were paid late.\n\nNearly three quarters of invoices were paid late, it said.\n",
    "At the peak, 12% of trains were cancelled.\n\nAt the peak, one in four trains were cancelled.\n",
]
WORD_SHARE_OK = [
    # the words fit the percentage
    "By noon, 62% of polling stations had declared.\n\nBy noon, nearly two thirds of polling stations had reported.\n",
    "At the peak, 26% of trains were cancelled.\n\nAt the peak, one in four trains were cancelled.\n",
    # another act of the same population
    "The audit found 45% of invoices were paid late.\n\nNearly three quarters of invoices were approved by a "
    "manager.\n",
    # another population
    "At the peak, 12% of trains were cancelled.\n\nAt the peak, one in four buses were cancelled.\n",
    # a bound that holds
    "The audit found 45% of invoices were paid late.\n\nMore than a third of invoices were paid late.\n",
]


@pytest.mark.parametrize("text", WORD_SHARE_FLAG)
def test_a_percentage_told_again_in_words_at_another_value_is_flagged(text: str) -> None:
    assert len(findings(text, "CON001")) == 1, text


@pytest.mark.parametrize("text", WORD_SHARE_OK)
def test_word_share_look_alikes_stay_silent(text: str) -> None:
    assert findings(text, "CON001") == [], text


# ------------------------------------------------------------------ takings split by their sources
# "Revenue ... rose 4% to £842m" and "Sales at its UK retail brands reached £512m, foodservice brought in
# £201m and the international arm contributed £139m": £852m.

INCOME_SPLIT_FLAG = [
    "Turnover for the year rose 6% to £410m.\n\nIts retail arm took in £220m, wholesale brought in £130m and "
    "online sales contributed £40m.\n",
    "Ticket revenue for the season was $58 million.\n\nSales at the box office generated $31 million, online "
    "sales brought in $19 million and season tickets contributed $6 million.\n",
]
INCOME_SPLIT_OK = [
    "Turnover for the year rose 6% to £410m.\n\nIts retail arm took in £240m, wholesale brought in £130m and "
    "online sales contributed £40m.\n",
    # costs do not split takings
    "Revenue rose to £410m.\n\nWages cost £220m, rent took £130m and energy bills came to £40m.\n",
    # two parts may be two of many
    "Revenue rose to £410m.\n\nRetail brought in £220m and wholesale sales £130m.\n",
]


@pytest.mark.parametrize("text", INCOME_SPLIT_FLAG)
def test_takings_split_by_their_sources_must_add_up(text: str) -> None:
    assert len(findings(text, "CON003")) == 1, text


@pytest.mark.parametrize("text", INCOME_SPLIT_OK)
def test_income_split_look_alikes_stay_silent(text: str) -> None:
    assert findings(text, "CON003") == [], text
