"""LNG001 records and LNG002 weasels by grammar, on sentences written for these tests in other words
than the development corpus: what each structure must flag and the look-alikes it must leave."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def flagged(text: str, code: str) -> list[str]:
    result = audit_text(text, select=[code])
    return [result.doc.snippet(f.span) for f in codes(result, code)]


@pytest.mark.parametrize(
    "text",
    [
        "The loss was the heaviest in the club's 130-year existence.",
        "The queue was the longest anyone could remember.",
        "Rainfall this month is the heaviest anyone in the valley can recall.",
        "The tour was the highest-grossing of all time.",
        "The album became the best-selling record ever released in Norway.",
        "The village has never seen a storm like it.",
        "Nothing like it has been seen in the valley for generations.",
        "Nothing on this scale has ever been seen in the county.",
        "The vineyard produces the finest wine on the planet.",
        "The new terminal is the largest of its kind in the world.",
        "Shares closed at their highest level in 18 months.",
        "The sales slump is the steepest in more than a year.",
        "For the first time in living memory, the river froze solid.",
        "Never has the party been so divided.",
        "No city has ever hosted more games.",
        "The pound fell to a 30-year low against the dollar.",
        "Bond yields hit a fresh 16-year high on Tuesday.",
        "Unemployment has fallen to a new low.",
        "It was the hottest summer this century.",
    ],
)
def test_records_by_grammar_are_flagged(text: str) -> None:
    assert len(flagged(text, "LNG001")) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "The viewing angles are among the best of its kind, and the screen stays clear at an angle.",
        "No one has ever been charged over the fire.",
        "The museum has never charged for entry.",
        "The fastest-growing part of the business is cloud storage.",
        "The best-known example is the Eiffel Tower.",
        "Prices rose at the fastest pace in 18 months, the ONS said.",
        "The pound fell to a 30-year low against the dollar, according to LSEG data.",
        "The tide was at its high point at noon.",
        "Temperatures will reach a high of 24C.",
        "The package has gained new high level functions.",
        "We are creating a new low traffic channel for announcements.",
        "He became the first person in his family to attend university.",
    ],
)
def test_look_alikes_of_records_are_left_alone(text: str) -> None:
    assert flagged(text, "LNG001") == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a bare plural of people holding a view in the present
        "Commuters say the new timetable is worse.",
        "Parents worry that the school will close.",
        "Local traders complain that footfall has halved.",
        "Regulars say parking has become impossible.",
        # the group as the agent of a passive, or no agent at all
        "The claim is disputed by some historians.",
        "The findings have been questioned by some scientists.",
        "The scheme has been criticised as a waste of money.",
        "Concerns have been raised about the safety of the bridge.",
        # a view held by nobody
        "There is a growing belief that the market has peaked.",
        "Conventional wisdom holds that rates will fall.",
        "Rumours suggest the band will reunite.",
        "It could be argued that the reform went too far.",
        # the verb before the group, modals, and unnumbered people familiar with something
        "The plan is doomed, say critics.",
        "The deal undervalues the company, argue some investors.",
        "Some would say the club has lost its way.",
        "According to people familiar with the matter, the deal is close.",
        "People familiar with the plans said the launch would slip.",
        "Many astronomers remain sceptical.",
        "Polls suggest voters are tiring of the government.",
    ],
)
def test_weasels_by_grammar_are_flagged(text: str) -> None:
    assert len(flagged(text, "LNG002")) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Two people familiar with the deal said it could be announced next week.",
        "Prosecutors say the defendant fled the country.",
        "Police say the driver was not injured.",
        "Residents said the fire started just after midnight.",
        "The proposal was criticised by the Institute for Fiscal Studies as unworkable.",
        "The findings have been questioned by scientists at Imperial College London.",
        "Parents at Elm Street school received letters on Monday. Parents say the closure came without warning.",
        "There are three bridges over the river.",
        "There is a feeling of calm in the square today.",
        "Many of the players have been criticised for their form, the coach admitted.",
        "He has been described as a loner by neighbours who spoke to the BBC.",
        "Organisers say 12,000 people took part.",
        "Teachers say goodbye to pupils at the gate.",
        "Many patients complain of pain in the upper abdomen.",
        "Rules say players must wear shin pads.",
        "The plan is doomed, says Anna Holt, a councillor.",
        "The word is spelled differently in Scotland.",
        "Make people feel comfortable before user interviews.",
        "Polls by YouGov suggest voters are tiring of the government.",
        "Polls close at 10pm.",
        "There was consensus that the best solution is to rent a server.",
        "Some might think tariffs work better, but that is the wrong approach.",
        "Jury duty? No thanks, say many, forcing trials to be delayed",
    ],
)
def test_look_alikes_of_weasels_are_left_alone(text: str) -> None:
    assert flagged(text, "LNG002") == [], text
