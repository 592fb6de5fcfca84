"""CON002 by structure: "none" against a count, a refusal against a statement, not arrived against a decision."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


FLAG = [
    # "none" against a later count of the same thing, same party or the article's voice
    "No arrests have been made, police said on Sunday.\n\n"
    "Two men were arrested at the scene and remain in custody, a police spokeswoman said.\n",
    "No serious adverse events were reported, Dr Osei said.\n\n"
    "Two participants in the high-dose group had serious adverse events requiring hospital care.\n",
    "No chicks fledged from the northern cliffs this year, ranger Callum Reid said.\n\n"
    "Rangers recorded 14 chicks fledging on the northern cliffs in August.\n",
    # a refusal to comment against a statement of the same party on the same subject
    "Lite Shipping declined to comment on the cause of the capsizing.\n\n"
    "In a statement, Lite Shipping said an engine failure had caused the capsizing.\n",
    "Corvo declined to discuss the job cuts on Tuesday.\n\n"
    "Corvo said in a filing on Tuesday that about 300 jobs would be cut.\n",
    # a denial that something arrived against a decision about it, or its arrival
    "The council says it has not received a petition from Elm Street residents.\n\n"
    "Councillors voted on Tuesday to reject the Elm Street petition.\n",
    "A convoy of 42 trucks reached Kessala on Thursday.\n\nThe convoy has not reached Kessala, the ministry said.\n",
    # a surname stands for the full name; a bare denial meets the same verb
    "Manager Ruth Calder did not rule out a January sale of the striker.\n\n"
    "Calder ruled out a January sale of Okafor in an interview.\n",
    "Challenger Marisol Reyes has not conceded, her campaign said.\n\nReyes conceded the race in a speech.\n",
]

FLAG += [
    "The school said none of its 420 pupils had been taken to hospital.\n\n"
    "Twelve pupils were taken to hospital on Wednesday evening, the school said.\n",
    "No one was injured in Cusco, the regional governor said.\n\n"
    "Three people in Cusco were treated for minor injuries, the governor's office said.\n",
    "Ruth Chebet won the race, and declined to comment on her plans for the Olympic trials.\n\n"
    "In a post, Chebet said she would not run the Olympic trials.\n",
    "The health department has not received the school's sickness log.\n\n"
    "Inspectors reviewed the school's sickness log on Thursday, the department said.\n",
]
FLAG += [
    "Authorities have not issued an evacuation order for Lorca, the mayor said.\n\n"
    "The evacuation order for Lorca, issued on Thursday afternoon, covers 3,000 homes.\n",
    "Skyway would not say how many jobs would go under its plan.\n\n"
    "Skyway said in a statement that 300 jobs would go by the end of the year.\n",
    "The trust has not yet received the final inspection report, a spokesman said.\n\n"
    "The trust has accepted the inspection report's 12 recommendations, its chief executive said.\n",
]
FLAG += [
    "None of the airline's pilots has been laid off, the company said.\n\n"
    "Forty pilots were laid off in March, the company said in its annual report.\n",
]
OK = [
    "Authorities have not issued an evacuation order for Lorca.\n\nAn evacuation order may be issued for Lorca.\n",
    "There were no fatalities in Arequipa, officials said.\n\n"
    "The quake killed two people in Arequipa, the regional hospital said.\n",
    "Organisers said no runners had needed hospital treatment.\n\n"
    "St John Ambulance said it took four runners to hospital.\n",
    # a dispute between two parties that the article reports
    "The union said the company had not consulted workers.\n\nHarbor Foods said it had consulted staff in July.\n",
    "The government denied blocking the convoy.\n\nThe UN said the convoy had been held at a checkpoint.\n",
    "No arrests have been made, police said.\n\nTwo men were arrested, the victims' lawyer said.\n",
    # another place, another time, another incident
    "No chicks fledged from the southern stacks.\n\nRangers recorded 14 chicks fledging on the northern cliffs.\n",
    "No arrests were made after the fire in January.\n\nPolice arrested two men in February.\n",
    # an explained change, a past perfect, a modal
    "The convoy had not reached Kessala by Wednesday night.\n\nThe convoy reached Kessala on Thursday.\n",
    "The council has not received the survey.\n\nIt will review the survey once it arrives.\n",
    "The agency has not suspended the licence.\n\nIt could suspend the licence if the ship was overloaded.\n",
    # "further" after a statement is not a refusal of the same fact
    "Harbor Foods said severance would follow the contract.\n\n"
    "Harbor Foods declined to comment further on severance terms.\n",
    # a "none" statement narrowed by what it is linked to
    "No deaths were linked to the vaccine, the investigators said; one participant died in a road accident.\n",
    # a refusal and a statement dated differently
    "Acme declined to comment on the lawsuit on Monday.\n\nAcme said in March that the lawsuit had no merit.\n",
    # a bare denial against a long, different object
    "The minister has not resigned.\n\nThe minister resigned from the board of a charity in 2019 after a dispute.\n",
]


@pytest.mark.parametrize("text", FLAG)
def test_con002_structural_flags(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text
    assert found[0].related and "line 1" in found[0].message


@pytest.mark.parametrize("text", OK)
def test_con002_structural_leaves_alone(text: str) -> None:
    assert con002(text) == [], text


def test_message_quotes_both_statements() -> None:
    (f,) = con002("No arrests have been made, police said.\n\nTwo men were arrested at the scene, police said.\n")
    assert '"No arrests have been made' in f.message and "Two men were arrested" in f.message


# ---------------------------------------------------------------- events denied and told; universals and exceptions

EVENT_FLAG = [
    # "none" as "did not ... any" and "made no", against a count
    "The police did not make any arrests.\n\nTwo men were arrested at the scene, police said.\n",
    "Officers made no arrests at the march.\n\nThree protesters were arrested at the march on Saturday.\n",
    # a cause is not a scope: the count need not repeat it
    "No schools were closed because of the storm, the council said.\n\nFour schools were closed on Tuesday.\n",
    # an assurance that nothing would happen, against a count of it happening
    "The mayor promised that no jobs would be lost at the depot.\n\nForty jobs were lost at the depot in May.\n",
    # reported speech moves "has not" back to "had not"
    "The agency said it had not received the application.\n\nThe agency rejected the application on Thursday.\n",
    # a past event denied, then told (passive and active)
    "The club has never been relegated.\n\nThe club was relegated in 1998 after a poor season.\n",
    "Harlow Council did not sign the contract.\n\nHarlow Council signed the contract with Veolia in March.\n",
    # every member of a group, against a count of members left out
    "Every volunteer was paid in full by June, the charity said.\n\nSome 60 volunteers are still waiting for payment.\n",
    "All 2,400 patients completed the trial.\n\nOf the 2,400 patients, 130 dropped out before the final visit.\n",
]

EVENT_OK = [
    # habits and generic statements are not events
    "The function does not follow symbolic links.\n\nThe tool followed the links it was given.\n",
    # a part of a group against another part
    "Only 1% of respondents did not find the change useful.\n\nMost respondents found the change useful.\n",
    # the denial repeated, not contradicted
    "Cargo did not perform host key checks.\n\nCargo performed no validation of the keys.\n",
    # an earlier moment, and a later change
    "The FEC had never worked with agile teams.\n\nThe FEC worked with 18F on the new site.\n",
    "The club has never been relegated.\n\nThe club was nearly relegated in 1998.\n",
    "Harlow Council did not sign the contract in 2023.\n\nHarlow Council signed the contract in 2024.\n",
    "Harlow Council did not sign the contract.\n\nHarlow Council later signed the contract.\n",
    # another party signed; another contract
    "Harlow Council did not sign the contract.\n\nThe union signed the contract on Monday.\n",
    "Harlow Council did not sign the contract.\n\nHarlow Council signed another contract with Veolia.\n",
    # exceptions that do not deny the universal, or a universal that is not one
    "Every volunteer was paid in full by June.\n\nSome 60 volunteers did not qualify for the bonus.\n",
    "Not every volunteer was paid by June.\n\nSome 60 volunteers are still waiting for payment.\n",
    "All 2,400 patients completed the trial.\n\nOf the 2,400 patients, 1,200 were women.\n",
    "Nearly all applicants were paid.\n\nSome 60 applicants are still waiting for their money.\n",
]


@pytest.mark.parametrize("text", EVENT_FLAG)
def test_con002_events_and_universals_flag(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text
    assert found[0].related and "line 1" in found[0].message


@pytest.mark.parametrize("text", EVENT_OK)
def test_con002_events_and_universals_leave_alone(text: str) -> None:
    assert con002(text) == [], text


def test_the_head_of_a_subject_is_before_its_prepositions() -> None:
    """ "Financial details for his deal with Arcade were not released" is about details, not Arcade."""
    text = (
        "The book was released on Monday by Arcade Publishing.\n\n"
        "Financial details for his deal with Arcade were not released.\n"
    )
    assert con002(text) == []


MORE_FLAG = [
    # a refusal "on whether" against a confirmation by the same body's officer
    "The ministry declined to comment on whether it had signed a new contract with the firm.\n\n"
    "Ministry spokesman Ali Khan confirmed on Monday that the ministry had signed a revised contract with the firm.\n",
    # an assurance that none would be lost, against a plan to cut some (another verb of the same loss)
    "The council said no posts would be lost in the merger.\n\nThe council said 30 posts would be axed in the merger.\n",
    "Acme said no jobs would be lost as a result of the move.\n\nAcme said 45 jobs would be cut by December.\n",
    # "none ever" against a vague count, even one told as later
    "No tenant ever received compensation, the tribunal heard.\n\n"
    "Several of the tenants later received compensation from the landlord.\n",
]
MORE_OK = [
    "The council said no posts would be lost in the merger.\n\nThe council said 30 posts would be created.\n",
    "No tenant received compensation in 2023.\n\nSeveral tenants received compensation in 2024.\n",
    "No tenant has received compensation yet.\n\nSeveral tenants later received compensation.\n",
    "No tenant ever received compensation, the tribunal heard.\n\nSeveral tenants did not receive compensation.\n",
    "No tenant ever received compensation.\n\nSeveral landlords received compensation.\n",
]


@pytest.mark.parametrize("text", MORE_FLAG)
def test_con002_more_shapes_flag(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text


@pytest.mark.parametrize("text", MORE_OK)
def test_con002_more_shapes_leave_alone(text: str) -> None:
    assert con002(text) == [], text


def test_notes_in_a_list_are_not_none_statements_against_vague_counts() -> None:
    text = (
        "* Consider unnormalized types: landed in 1.65, no regressions found\n"
        "* Add the new lint: landing in 1.68, a lint because many regressions found\n"
    )
    assert codes(audit_text(text, path="a.md", select=["CON"]), "CON002") == []


DENIAL_FLAG = [
    # a denial against the same party's assertion of what it denied
    "Officials denied that the dam had been damaged.\n\nOfficials confirmed the dam had been damaged in the storm.\n",
    # not received, against its display (a decision about it)
    "The museum has yet to receive the painting.\n\nThe museum put the painting on display in March.\n",
    # "none of its members would", and every member would, against the exceptions
    "The union insisted none of its members would cross the picket line.\n\n"
    "About 40 members crossed the picket line on Tuesday.\n",
    "The school assured parents that every pupil would get a laptop.\n\nSome 80 pupils are still without a laptop.\n",
]
DENIAL_OK = [
    "A spokeswoman would neither confirm nor deny that a second round is planned.\n\n"
    "The office said no decision on a second round had been taken.\n",
    "Officials denied that the dam had been damaged.\n\nOfficials said the dam had not been damaged.\n",
    "Officials did not deny that the dam had been damaged.\n\nOfficials confirmed the dam had been damaged.\n",
    "Officials denied that the dam had been damaged.\n\nEngineers confirmed the dam had been damaged.\n",
    "The union insisted none of its members would cross the picket line.\n\nAbout 40 drivers crossed it on Tuesday.\n",
    "The school assured parents that every pupil would get a laptop.\n\nSome 80 pupils already have a laptop.\n",
]


@pytest.mark.parametrize("text", DENIAL_FLAG)
def test_con002_denials_and_assurances_flag(text: str) -> None:
    assert len(con002(text)) == 1, text


@pytest.mark.parametrize("text", DENIAL_OK)
def test_con002_denials_and_assurances_leave_alone(text: str) -> None:
    assert con002(text) == [], text


TOLD_FLAG = [
    # a denial of arrival against a refusal of it
    "The ministry denied receiving a request for funding from the club.\n\n"
    "The ministry turned down the club's request for funding in May.\n",
    # "none" of an event against one case told
    "No deaths have been reported.\n\nHealth officials said a two-year-old boy had died of the disease.\n",
    "The race doctor said no rider had been taken to hospital.\n\n"
    "Organisers named the injured rider as Hughes, who was taken to hospital in Leeds.\n",
    # the event told in a clause of its own, whatever happened later
    "The trust has not declared a critical incident this winter.\n\n"
    "The trust's critical incident, declared on January 6, was stood down four days later.\n",
]
TOLD_OK = [
    "No deaths have been reported in Cusco.\n\nHealth officials said a boy had died in Lima.\n",
    "No deaths have been reported.\n\nHealth officials said a boy could have died without treatment.\n",
    "The race doctor said no rider had been taken to hospital.\n\nA spectator was taken to hospital in Leeds.\n",
    "The ministry denied receiving a request for funding.\n\nThe club said it would send a request for funding.\n",
    "The trust has not declared a critical incident this winter.\n\nThe trust declared a critical incident in 2019.\n",
]


@pytest.mark.parametrize("text", TOLD_FLAG)
def test_con002_told_events_flag(text: str) -> None:
    assert len(con002(text)) == 1, text


@pytest.mark.parametrize("text", TOLD_OK)
def test_con002_told_events_leave_alone(text: str) -> None:
    assert con002(text) == [], text


def test_none_of_a_thing_against_one_case_told() -> None:
    flag = "The ministry said no bridge had collapsed.\n\nA small bridge near Lom collapsed on Sunday, the ministry said.\n"
    assert len(con002(flag)) == 1
    for ok in (
        "The ministry said no bridge had collapsed.\n\nA tunnel near Lom collapsed on Sunday, the ministry said.\n",
        "The ministry said no bridge had collapsed.\n\nA bridge near Lom nearly collapsed on Sunday.\n",
        "The ministry said no bridge had collapsed.\n\nA bridge near Lom could collapse, the ministry said.\n",
    ):
        assert con002(ok) == [], ok
