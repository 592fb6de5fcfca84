"""CON002 across paraphrases: the same fact in other words, through the WordNet relation of
auditor.language.senses and the statement model.

Every shape has sentences that must be flagged and sentences that must be left alone (a change
marked in time, another group, another thing, a possibility). All are written for these tests, in
other words than the corpora."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


# ---------------------------------------------------------------- "none" against one case, named or of a kind

CASE_FLAG = [
    # an assurance that none would, against one case told in the future under the same plan
    "The mayor told residents that no school would close under the plan.\n\n"
    "Under the plan, the Riverside primary school will close in July.\n",
    # one case of a kind of the thing (WordNet: a ferry is a kind of vessel), named
    "No vessel was damaged in the storm, the port authority said.\n\n"
    "The Ocean Star ferry was damaged in the storm, the port authority said.\n",
    # one case of a kind of the thing, indefinite
    "The ministry said no bridge had collapsed.\n\nA wooden footbridge near Lom collapsed on Sunday, the ministry said.\n",
]
CASE_OK = [
    # another kind of thing
    "The mayor told residents that no school would close under the plan.\n\n"
    "Under the plan, the Riverside library will close in July.\n",
    # a none about another group: the north, not the south
    "The mayor said no school in the north would close under the plan.\n\n"
    "Under the plan, the Riverside school in the south will close in July.\n",
    # dated apart: this year against 2027
    "The mayor said no school would close this year.\n\nThe Riverside school will close in 2027.\n",
    # a possibility
    "The mayor said no school would close.\n\nThe Riverside school could close if numbers fall.\n",
    # "the school" with no name may be all of them, or the one the article is about: no case told
    "The mayor said no school would close.\n\nThe school will close in July.\n",
    # a change marked in time
    "The mayor said no school would close.\n\nA month later the council said the Riverside school will close in July.\n",
    # an assurance about the future is not broken by a closure long past
    "The mayor said no school would close.\n\nThe Riverside school closed in 1998.\n",
]


@pytest.mark.parametrize("text", CASE_FLAG)
def test_none_against_one_case_flags(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text
    assert "one case" in found[0].message and "cannot both hold" in found[0].message


@pytest.mark.parametrize("text", CASE_OK)
def test_none_against_one_case_leaves_alone(text: str) -> None:
    assert con002(text) == [], text


# ---------------------------------------------------------------- a denial against an admission (WordNet antonyms)

DENIAL_FLAG = [
    "Tom Kerr denied both charges of dangerous driving.\n\n"
    "Kerr admitted the charges at Leeds Crown Court, his solicitor said.\n",
    # a part of what was denied, admitted in a relative clause
    "Maria Lund denies all five counts of theft.\n\nLund, who admitted two of the counts, will be sentenced in May.\n",
]
DENIAL_OK = [
    # "had denied" tells an earlier plea, which a later one may change
    "Tom Kerr had denied both charges.\n\nKerr admitted the charges on Monday.\n",
    # another person
    "Tom Kerr denied both charges.\n\nSam Ode admitted the charges on Monday.\n",
    # another thing
    "Tom Kerr denied the theft charges.\n\nKerr admitted the driving offences on Monday.\n",
    # a change marked in time
    "Tom Kerr denied both charges.\n\nKerr later admitted the charges.\n",
    # no admission
    "Tom Kerr denied both charges.\n\nKerr did not admit the charges.\n",
]


@pytest.mark.parametrize("text", DENIAL_FLAG)
def test_a_denial_against_an_admission_flags(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text
    assert "to admit is the opposite of to deny" in found[0].message


@pytest.mark.parametrize("text", DENIAL_OK)
def test_a_denial_against_an_admission_leaves_alone(text: str) -> None:
    assert con002(text) == [], text


# ---------------------------------------------------------------- no plan against a decision to do it

PLAN_FLAG = [
    "Rovers have no plans to sell the Kirkby stadium, the chairman said.\n\n"
    "Rovers agreed to sell the Kirkby stadium to a housing developer.\n",
    # a kind of the act (WordNet: purchasing is acquiring; an acquisition is the act of acquiring)
    "Halden Foods said it had no plans for acquisitions.\n\nHalden Foods agreed last month to purchase a bakery chain.\n",
    # no decision on a noun of action, the speaker being the party that would decide
    "Ashby Council said no decision had been taken on the sale of the Mill Lane depot.\n\n"
    "Ashby Council voted to sell the Mill Lane depot to a housing trust.\n",
    "Ashby Council has not decided whether to close the Mill Lane depot.\n\nAshby Council agreed to close the Mill Lane depot.\n",
]
PLAN_OK = [
    # dated apart: a plan in January, a decision in March
    "In January Rovers said they had no plans to sell the stadium.\n\nIn March Rovers agreed to sell the stadium.\n",
    # the opposite act
    "Rovers have no plans to sell the stadium.\n\nRovers agreed to buy the stadium next door.\n",
    # another thing
    "Rovers have no plans to sell the stadium.\n\nRovers agreed to sell their training ground.\n",
    # another party, described by a noun the article never gives Rovers
    "Rovers have no plans to sell the stadium.\n\nThe council agreed to sell the stadium car park.\n",
    # a change marked in time
    "Rovers have no plans to sell the stadium.\n\nRovers later agreed to sell the stadium.\n",
    # a possibility
    "Rovers have no plans to sell the stadium.\n\nRovers could agree to sell the stadium if offered enough.\n",
    # "the future of" names no act (WordNet: its first sense is a time, not an act)
    "Ashby Council said no decision had been taken about the future of the Mill Lane depot.\n\n"
    "Ashby Council agreed to sell the Mill Lane depot.\n",
    # dated apart
    "On Monday Ashby Council said it had not decided whether to close the depot.\n\n"
    "On Thursday Ashby Council agreed to close the depot.\n",
]


@pytest.mark.parametrize("text", PLAN_FLAG)
def test_no_plan_against_a_decision_flags(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text
    assert "holds no plan for what it decides elsewhere" in found[0].message


@pytest.mark.parametrize("text", PLAN_OK)
def test_no_plan_against_a_decision_leaves_alone(text: str) -> None:
    assert con002(text) == [], text


def test_the_month_may_is_no_modal() -> None:
    """ "will be sentenced in May" asserts: the month is not the modal "may"."""
    text = "Maria Lund denies all five counts of theft.\n\nLund, who admitted two of the counts, will be sentenced in May.\n"
    assert len(con002(text)) == 1


# ---------------------------------------------------------------- an assurance not to try an act, against the act

TRY_FLAG = [
    "The residents' association said its campaign was over and that the association would not seek to challenge "
    "the ruling.\n\nThe association has applied to the High Court to challenge the ruling.\n",
]
TRY_OK = [
    # another party
    "The residents' association said its campaign was over and that the association would not seek to challenge "
    "the ruling.\n\nA rival group has applied to the High Court to challenge the ruling.\n",
    # a possibility
    "The residents' association said that the association would not seek to challenge the ruling.\n\n"
    "The association could challenge the ruling if new evidence emerges.\n",
    # a change marked in time
    "The residents' association said that the association would not seek to challenge the ruling.\n\n"
    "Two months later the association applied to challenge the ruling.\n",
]


@pytest.mark.parametrize("text", TRY_FLAG)
def test_an_assurance_not_to_try_against_the_act_flags(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text
    assert 'the assurance "the association would not seek to challenge' in found[0].message


@pytest.mark.parametrize("text", TRY_OK)
def test_an_assurance_not_to_try_against_the_act_leaves_alone(text: str) -> None:
    assert con002(text) == [], text


def test_silence_dated_before_an_event_is_left_alone() -> None:
    """ "Before the final she would not say" is silence before what the article then tells."""
    ok = (
        "Petra Lind won the final in a course record, the organisers said.\n\n"
        "Before the final Petra Lind would not say whether she would attack the course record.\n"
    )
    assert con002(ok) == []
    flag = ok.replace("Before the final Petra Lind", "Petra Lind")
    assert len(con002(flag)) == 1  # the same pair undated: a refusal against the same party's statement


# ---------------------------------------------------------------- "none" of people against one person described

PERSON_FLAG = [
    "No one was hurt in the blaze, the fire service said.\n\n"
    "A teenage firefighter was hurt in the blaze and taken to hospital, the fire service said.\n",
    # a person of a kind of the one denied (WordNet: a rider for a cyclist), described with a relative clause
    "No cyclist was injured on the descent, the organisers said.\n\n"
    "A rider from Hull, who was injured on the descent, is in a stable condition, the organisers said.\n",
]
PERSON_OK = [
    # another scope: a crash on the M62 is not the blaze
    "No one was hurt in the blaze, the fire service said.\n\nA teenage firefighter was hurt in a crash on the M62.\n",
    # another person than those the "none" was about
    "No one was hurt in the blaze, the fire service said.\n\nAnother firefighter was hurt in the blaze next door.\n",
    # a thing, not a person
    "No one was hurt in the blaze.\n\nA wooden shed was damaged in the blaze.\n",
    # a possibility, and a change marked in time
    "No one was hurt in the blaze.\n\nA firefighter could have been hurt in the blaze.\n",
    "No one was hurt in the blaze.\n\nA firefighter was later hurt in the blaze.\n",
]


@pytest.mark.parametrize("text", PERSON_FLAG)
def test_none_of_people_against_one_person_flags(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text
    assert "one case" in found[0].message


@pytest.mark.parametrize("text", PERSON_OK)
def test_none_of_people_against_one_person_leaves_alone(text: str) -> None:
    assert con002(text) == [], text
