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
