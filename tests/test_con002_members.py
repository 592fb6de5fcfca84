"""CON002: a statement about a whole class against one member of it told otherwise
(auditor.language.instances).

The kind: one sentence says none of a class did something, or all of it did ("no library would
close", "none of the tracked birds stopped over in the Azores", "all of the new stops would open");
another tells one member of the class (counted, indefinite or named, in the same or a narrower
word) doing it, or not doing it, with the predicate in other words ("shutting", "cancelled",
"deleted", "will end supply agreements with"). A bare mention is a member only when the class's
predicate says no more than that the thing exists ("No curfew has been imposed" / "The curfew was
extended"). Look-alikes stay silent: another group named by the class's narrowing words, another
scene, a plan against a told "none", a dated change, another party's account.
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


FLAG = [
    pytest.param(
        "The council leader insisted that no library in the borough would close as a result of the cuts.\n\n"
        "Bin collections will stay weekly.\n\n"
        "The savings plan approved on Wednesday includes shutting the Eastfield branch library in September.\n",
        id="none-would-close-vs-shutting-named",
    ),
    pytest.param(
        "The hospital said that no planned surgery had been called off because of the outbreak.\n\n"
        "Visitors are asked to stay away from the wards.\n\n"
        "Its own bulletin lists 31 routine operations cancelled this week because beds were closed.\n",
        id="none-called-off-vs-counted-cancelled",
    ),
    pytest.param(
        "Anna Berg, chief executive of Moorland Dairy, said no member farm would lose its supply contract as a result of the move.\n\n"
        "The plant will open in 2027.\n\n"
        "Moorland Dairy confirmed that it will end supply agreements with nine member farms in Devon.\n",
        id="none-lose-contract-vs-end-agreements",
    ),
    pytest.param(
        "When we began, we said we would not drop a single test to make the move easier.\n\n"
        "The new runners are faster.\n\n"
        "To keep the move simple, we also deleted the 140 slow integration tests that had failed for months.\n",
        id="not-a-single-vs-deleted",
    ),
    pytest.param(
        "The operator said all of the new stations would open with the line.\n\n"
        "Trains will run every ten minutes.\n\n"
        "The Mill Road station will not open until March because its escalators have not been approved.\n",
        id="all-open-vs-named-not-open",
    ),
    pytest.param(
        "The magistrate placed no reporting restrictions on the case.\n\n"
        "The defendant denied all charges.\n\n"
        "Reporting restrictions imposed at the start of the hearing were lifted on Friday.\n",
        id="existence-none-vs-bare-told",
    ),
    pytest.param(
        "None of the tagged seals hauled out on the Farne Islands in any season, the study says.\n\n"
        "The seals were tracked for four years.\n\n"
        "One seal from Orkney spent six days resting on the Farne Islands in 2021.\n",
        id="none-place-vs-one-same-place",
    ),
    pytest.param(
        "No one has died in the outbreak.\n\n"
        "Schools remain open.\n\n"
        "The hospital trust confirmed the death of a two-year-old girl from Leyton.\n",
        id="nobody-died-vs-the-death-of-a-person",
    ),
    pytest.param(
        "Officials said on Monday that no water rationing had been imposed anywhere in the valley.\n\n"
        "The reservoir is at its lowest level since 1976.\n\n"
        "Since Monday, Alder county has limited households to six hours of piped water a day.\n",
        id="no-act-noun-vs-the-act-told-by-its-verb",
    ),
    pytest.param(
        "The union said no further strikes had been called.\n\n"
        "Talks resume next week.\n\n"
        "The union's chairman, Paul Roth, told members that the union had called a second, 24-hour walkout.\n",
        id="no-further-vs-a-second-of-its-kind",
    ),
]

LEAVE = [
    pytest.param(
        "None of the Sandøen birds took the coastal route; several from Kap Herschel did.\n\n"
        "One bird from Kap Herschel took the coastal route twice.\n",
        id="other-group-by-narrowing-name",
    ),
    pytest.param(
        "No patients in the maternity unit have been affected, the trust said.\n\n"
        "Of those who have fallen ill, 78 patients were affected on the elderly care wards.\n",
        id="other-group-by-narrowing-scope",
    ),
    pytest.param(
        "No cases have been recorded in the district's care homes, the agency said.\n\n"
        "The agency declined to say whether the cases were linked to a single school.\n",
        id="member-only-in-an-indirect-question",
    ),
    pytest.param(
        "No library has closed this year, the council said.\n\n"
        "The council is considering closing the Eastfield branch library next year.\n",
        id="told-none-vs-plan",
    ),
    pytest.param(
        "The group said in April that no stores would close.\n\n"
        "In a later statement, three months on, it said the Graz store would close.\n",
        id="change-told",
    ),
    pytest.param(
        "The union said no member farm would lose its contract.\n\n"
        "The dairy said 14 member farms would lose their contracts, disputing the union's figures.\n",
        id="dispute",
    ),
    pytest.param(
        "All of the new stations would open with the line, the operator said.\n\n"
        "The Mill Road station opened on time, though its lifts were not working.\n",
        id="all-vs-member-that-did",
    ),
    pytest.param(
        "No one has died in the outbreak, the agency said.\n\n"
        "A two-year-old girl from Leyton is recovering at home, the hospital trust said.\n",
        id="nobody-died-vs-a-person-who-recovers",
    ),
    pytest.param(
        "Officials said that no water rationing had been imposed anywhere in the valley.\n\n"
        "Alder county has limited hosepipe use in gardens, the officials said.\n",
        id="act-noun-without-its-narrowing-word",
    ),
]


@pytest.mark.parametrize("text", FLAG)
def test_flags_a_member_told_otherwise(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, found
    message = found[0].message
    assert message.count('"') >= 4  # both statements quoted


@pytest.mark.parametrize("text", LEAVE)
def test_leaves_look_alikes_alone(text: str) -> None:
    assert con002(text) == []
