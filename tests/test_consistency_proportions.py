"""CON001 by structure: a proportion in apposition to a part, changes told with one end, ratios.

The sentences are written for these tests, in other words than the development corpus: the shapes
are the point (a whole named by the sentence or an earlier one, a proportion set beside its part).
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def con001(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON001")


FLAG = [
    # the whole opens the sentence, the proportion is set beside the part
    "Of 480 applicants, 96 were offered a place after interview, or 30%.\n",
    "Of 90 ferries inspected in the spring, 60 failed, about a quarter.\n",
    "In a poll of 2,000 tenants carried out for the charity, 1,500 people, or 50%, said rents were too high.\n",
    "Among 640 pupils at the school, 160 walk to lessons, nearly half.\n",
    # "and N of them", and a rate that fits neither the part nor the rest
    "The club has played 30 finals, and 9 of them ended in victory, a win rate of just over half.\n",
    "Of the 250 runners who set off, 240 reached the summit, a drop-out rate of about 20%.\n",
    # the whole in an earlier sentence
    "The charity raised £80 million in 2025.\n\nLegacies brought in £20 million, or nearly half.\n",
    "The port handled 4.0 million tonnes in May.\n\nCoal, at 1.0 million tonnes, was about 60% of the total.\n",
    # a change with both ends in one clause, a verb before it
    "Tuesday's sales of $30 million were up 20% from Monday's $20 million.\n",
    # a change told with one end: the other is the figure its subject refers to
    "The museum counted 9,000 visitors in August.\n\nThe August figure was up from 6,000 in July, a rise of 20%.\n",
    "The board approved a $6 million grant to the clinic.\n\nIt had reduced the grant from $8 million, a cut of more than half.\n",
    # the whole right after the part, a bound on a fraction, both ends before a fraction of change
    "Only 45 of the 300 bids were approved, fewer than one in ten.\n",
    "Ridership grew from 800 to 1,200 over the summer, a rise of a third.\n",
    # a ratio between the two figures it joins
    "The river rose 90 cm overnight, nearly double its usual spring rise of 30 cm.\n",
    "The new depot holds 500 buses, three times the 300 of the old one.\n",
]

LEAVE = [
    "Of 480 applicants, 96 were offered a place after interview, or 20%.\n",
    "Of 90 ferries inspected in the spring, 22 failed, about a quarter.\n",
    "Of 90 ferries inspected, 12 reported a 5% rise in faults.\n",  # a change, not the share
    "Of the 250 runners who set off, 200 reached the summit, a drop-out rate of 20%.\n",  # the rest
    "Of the 250 runners who set off, 200 reached the summit, a completion rate of 80%.\n",
    "The charity raised £80 million in 2025.\n\nLegacies brought in £36 million, or nearly half.\n",
    # a share of something the article never counted
    "The charity raised £80 million in 2025.\n\nLegacies brought in £20 million, or 60% of all legacy income.\n",
    "The charity raised £80 million in 2025.\n\nIn 2024, legacies brought in £20 million, or nearly half.\n",
    # the earlier larger figure is itself a part: the whole is the one before it
    "The firm owed £60 million.\n\nOf that, £30 million, half of the total, was owed to banks.\n\n"
    "Suppliers were owed £12 million, or a fifth.\n",
    "Tuesday's sales of $30 million were up 50% from Monday's $20 million.\n",
    "The museum counted 9,000 visitors in August.\n\nThe August figure was up from 6,000 in July, a rise of 50%.\n",
    # one end only and nothing it refers to
    "Visitors were up from 6,000 in July, a rise of 20%.\n",
    "The river rose 55 cm overnight, nearly double its usual spring rise of 30 cm.\n",
    "The new depot holds 900 buses, three times the 300 of the old one.\n",
    "She earned $90,000, twice as much as the $30,000 she was paid in 2019.\n",  # "as much as": not read
    "Half of the 80 members, or 40 people, voted.\n",
    "Only 25 of the 300 bids were approved, fewer than one in ten.\n",
    "Ridership grew from 800 to 1,200 over the summer, a rise of half.\n",
    "It will cut 300 of its 700 jobs, or nearly half.\n",
]


@pytest.mark.parametrize("text", FLAG)
def test_proportions_flag(text: str) -> None:
    found = con001(text)
    assert len(found) == 1, text
    assert "not" in found[0].message


@pytest.mark.parametrize("text", LEAVE)
def test_proportions_leave_alone(text: str) -> None:
    assert con001(text) == [], text


def test_messages_give_the_arithmetic() -> None:
    (share,) = con001("Of 480 applicants, 96 were offered a place, or 30%.\n")
    assert "96 of 480 is 20%, not 30%" in share.message
    (rest,) = con001("Of the 250 runners who set off, 240 reached the summit, a drop-out rate of about 20%.\n")
    assert "250 - 240 = 10" in rest.message and "4%" in rest.message
    (before,) = con001("The charity raised £80 million in 2025.\n\nLegacies brought in £20 million, or nearly half.\n")
    assert "line 1" in before.message and "£20 million of £80 million is 25%, not nearly half" in before.message
    (one_end,) = con001(
        "The museum counted 9,000 visitors in August.\n\nThe August figure was up from 6,000 in July, a rise of 20%.\n"
    )
    assert "from 6,000 to 9,000 is a 50% rise, not 20%" in one_end.message and one_end.related
    (ratio,) = con001("The new depot holds 500 buses, three times the 300 of the old one.\n")
    assert "1.67 times" in ratio.message and "three times" in ratio.message


def test_list_items_with_their_own_labels_are_different_things() -> None:
    text = (
        "The plan has two parts.\n\n"
        "- North bank works: Demolish the back walls of six old warehouses on River Road to widen the channel.\n"
        "- South bank park: Clear four old warehouses on River Road to make room for a terrace.\n"
    )
    assert codes(audit_text(text, path="article.md", select=["CON"]), "CON001") == []


TOTALS_FLAG = [
    # parts that fit one rounding unit each but not the total's
    "The council's £4.1 million roads budget is made up of £2.3 million for resurfacing, £0.9 million for "
    "lighting and £0.6 million for drains.\n",
    # a month before a colon is no date: "since March: 6 for ..."
    "Insurers logged 15 storm claims since March: 6 for roofs, 5 for flooding and 2 for fallen trees.\n",
    # the figure right before the colon is too small to be the sum: the one before it is the total
    "The crew of 27 sailors came from 4 countries: 12 from Spain, 9 from Portugal and 4 from Morocco.\n",
    # two parts after "Of the N" that leave a little over unaccounted
    "Of the 5,000 tickets, 3,100 went to members and 1,600 to the public.\n",
    # a colon list whose subject repeats the noun of a total two sentences back
    "The depot held 900 tonnes of salt when the snow began.\n\nGritters went out at dawn.\n\n"
    "The salt was mostly rock salt: 500 tonnes of rock salt, 200 tonnes of brine crystals and 100 tonnes of grit.\n",
]
TOTALS_LEAVE = [
    # "three quarters" is a fraction, not three parts of a list
    "Of the 60 councillors, 45 voted in favour, three quarters of the chamber, and 15 against.\n",
    "Of the 60 councillors, 45 voted in favour, three quarters of the chamber, and 20 against.\n",
    "The council's £4.1 million roads budget is made up of £2.6 million for resurfacing, £0.9 million for "
    "lighting and £0.6 million for drains.\n",
    "Insurers logged 13 storm claims since March: 6 for roofs, 5 for flooding and 2 for fallen trees.\n",
    "The crew of 25 sailors came from 4 countries: 12 from Spain, 9 from Portugal and 4 from Morocco.\n",
    # two parts may leave a remainder, or overlap
    "Of the 5,000 tickets, 2,100 went to members and 1,600 to the public.\n",
    "Of the 5,000 fans, 3,100 were women and 2,600 were under 30.\n",
    # a part with "of which" holds the next ones: 6 and 5 break down the 11, not the 16
    "So far the fund has had 16 bids. Of those, 11 were reviewed, 6 of which were accepted, and 5 are pending.\n",
    "The depot held 900 tonnes of salt when the snow began.\n\nGritters went out at dawn.\n\n"
    "The salt was mostly rock salt: 500 tonnes of rock salt, 300 tonnes of brine crystals and 100 tonnes of grit.\n",
]


TOTALS_FLAG += [
    # a head count split by role in the next sentence
    "The hospital employs 2,300 people.\n\nIt has 900 nurses, 400 doctors and 300 porters, with 650 more in "
    "offices and labs.\n",
]
TOTALS_LEAVE += [
    "The hospital employs 2,300 people.\n\nIt has 900 nurses, 400 doctors and 300 porters, with 700 more in "
    "offices and labs.\n",
    # a subset, far from the whole, is no split
    "The hospital employs 2,300 people.\n\nIt has 600 nurses, 400 doctors and 300 porters.\n",
]


@pytest.mark.parametrize("text", TOTALS_FLAG)
def test_totals_flag(text: str) -> None:
    found = codes(audit_text(text, select=["CON"]), "CON003")
    assert len(found) == 1, text
    assert " = " in found[0].message and "not" in found[0].message


@pytest.mark.parametrize("text", TOTALS_LEAVE)
def test_totals_leave_alone(text: str) -> None:
    assert codes(audit_text(text, select=["CON"]), "CON003") == [], text


RESTATE_LEAVE = [
    # a selection ("the first", "out of"), a pointer into the text ("above"), a conjunction ("that 2 rows")
    "There are 57 tables in the archive.\n\nHere we only load the two tables listed above.\n",
    "The file has 400 rows.\n\nWe print the first six rows.\n\nThe tool warns that 2 rows were duplicates.\n",
    "The survey had 100 rows.\n\nThe filter keeps the 10 rows out of 100 that repeat an address.\n",
]


@pytest.mark.parametrize("text", RESTATE_LEAVE)
def test_selections_are_not_restatements(text: str) -> None:
    assert con001(text) == [], text


def test_a_restatement_is_still_one() -> None:
    text = "A convoy of 42 trucks reached the town.\n\nThe 36 trucks were unloaded overnight.\n"
    assert len(con001(text)) == 1


RESTATE_FLAG = [
    # a percentage named by the noun before it ("yields of 7%"), not by the verb after it
    "Net yield was 4.2% in the first half.\n\nThe chief executive said the group's net yields of 7% set it apart.\n",
    # an average is a statistic of one group, not a rate
    "Cows on the new feed gained an average of 12% of their body mass in the study.\n\n"
    "The cows gained an average of 9% of their body mass, the supplier told farmers.\n",
    # "all N" names the whole set again
    "The agency launched two weather balloons from the island.\n\nAll three weather balloons carry radiosondes.\n",
]
RESTATE_LEAVE2 = [
    "Net yield was 4.2% in the first half.\n\nThe chief executive said the group's net yields of 4.2% set it apart.\n",
    "The agency launched two weather balloons from the island.\n\nBoth weather balloons carry radiosondes.\n",
    "The agency launched two weather balloons from the island.\n\nAll 40 of its balloons carry radiosondes.\n",
    # a class named by a capitalised word and a number ("Group 4") is no count of four
    "The three Group 4 metals are hard.\n\nAll three metals form oxides.\n",
    "A Category 3 storm hit two towns.\n\nThe two towns lost power.\n",
    # two parallel lists are a comparison, not a total and its parts
    "The forecast is for 15 named storms, seven hurricanes and three major hurricanes. "
    "An average year has 12 named storms, six hurricanes and three major hurricanes.\n",
]


@pytest.mark.parametrize("text", RESTATE_FLAG)
def test_restatements_flag(text: str) -> None:
    assert len(con001(text)) == 1, text


@pytest.mark.parametrize("text", RESTATE_LEAVE2)
def test_restatements_leave_alone(text: str) -> None:
    found = codes(audit_text(text, select=["CON"]), "CON001") + codes(audit_text(text, select=["CON"]), "CON003")
    assert found == [], text


def test_a_dateline_is_not_the_lead_figures_date() -> None:
    text = (
        "OSLO, March 3, 2025 (Wire) - Norway sent 40 rescuers to the avalanche site.\n\n"
        "Norway sent 90 rescuers to the avalanche site, the army said.\n"
    )
    assert len(con001(text)) == 1
