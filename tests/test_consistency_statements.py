"""CON002 by the statement model: one party's content left open, refused or denied in one sentence and
asserted in another (auditor/language/statements.py). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes

from auditor.language.statements import lemma


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


FLAG = [
    # left open against a figure the same party gives
    "Northwind Rail has not said how much the new trains will cost.\n\n"
    "Northwind Rail said on Monday that the trains would cost £240 million.\n",
    # refused, and the party's spokeswoman says it
    "The Health Ministry refused to say how many inspectors it had hired.\n\n"
    "Health Ministry spokeswoman Ana Ruiz said 140 inspectors had been hired since March.\n",
    # denied, and admitted in a trailing attribution ("the company" is the article's one firm)
    "Brightwater denied that it had dumped waste in the river.\n\n"
    "Brightwater dumped 300 tonnes of waste in the river last spring, the company admitted in court.\n",
    # no forecast given, and a forecast given: "forecast" and "expects" are one predicate
    "Kestrel Foods gave no forecast for sales next year.\n\n"
    "The company expects sales to rise 4% next year, its finance director said.\n",
    # a country's bodies speak for it; "any strike" is met by one strike on the same thing
    "The French government has not acknowledged any strike on the convoy.\n\n"
    "France's defence ministry said its jets had struck the convoy near Gao.\n",
    # a candidate speaks for the party; the act itself is the content
    "The Liberal Party has not conceded the result.\n\nThe Liberal Party's Tom Ashby conceded defeat at the count.\n",
    # a pronoun stands for the party named just before it
    "Russia confirmed the prisoner exchange.\nIt has not confirmed the prisoner exchange.\n",
    # a description resolves to the named firm it describes
    "Orrin, a shipping insurer, did not publish its claims figures for the storm.\n\n"
    "The insurer said storm claims figures reached $80 million by the end of the month.\n",
]

FLAG += [
    # a denial in other words: "said it had not", "rejected claims that"
    "Marlowe Chemicals said it had not dumped solvent in the canal.\n\n"
    "Marlowe Chemicals admitted in court that it had dumped solvent in the canal in 2022.\n",
    "The ministry rejected claims that it had sold the land.\n\nThe ministry sold the land to a developer, the ministry admitted.\n",
    # an assertion in "according to"
    "Northwind Rail has not said how much the new trains will cost.\n\n"
    "According to Northwind Rail, the new trains will cost £240 million.\n",
    # "is still waiting for" is "has not received"
    "The council is still waiting for the flood report from the agency.\n\n"
    "Councillors voted on Monday to accept the flood report from the agency.\n",
]
FLAG += [
    # "the name of" asks for the thing itself; a definite role is one person; "no X had been V" is a denial
    "Police have not released the name of the victim.\n\nPolice said the victim was Tom Hale, 34.\n",
    "The minister denied that the report had been delayed.\n\n"
    "The minister admitted that the report had been delayed by a month.\n",
    "The company insisted that no customer data had been stolen.\n\n"
    "The company said the data of 3,000 customers had been stolen.\n",
    # "put the death toll at" gives the figure
    "The ministry has not confirmed the death toll.\n\nThe ministry put the death toll at 27.\n",
    # assurances: a base-form count, "stay open" against a closing, the object of a pronoun's promise
    "The school promised that no teacher would lose their job.\n\nThree teachers will lose their jobs, the school said.\n",
    "The mayor guaranteed that the bridge would stay open.\n\nThe bridge will close for six months from June.\n",
    "The government said it would not raise taxes.\n\nThe government will raise taxes on fuel next year.\n",
]
OK = [
    # a possibility asserts nothing; a place named once is not the article's party
    "The ministry said no bridge had collapsed.\n\nA bridge near Lom could collapse, the ministry said.\n",
    # a name narrows the denied content
    "Marlowe Chemicals said it had not cut jobs in Ohio.\n\nMarlowe Chemicals said it cut 300 jobs in Texas.\n",
    # "said it had not" beside another party's account
    "Marlowe Chemicals said it had not dumped solvent in the canal.\n\nCampaigners said it had dumped solvent there.\n",
    # the sentence tells the change itself
    "Northwind Rail had at first refused to say how much the trains would cost.\n\n"
    "On Monday Northwind Rail said the trains would cost £240 million.\n",
    # two parties: a dispute, not a contradiction
    "The Health Ministry refused to say how many inspectors it had hired.\n\n"
    "The nurses' union said 40 inspectors had been hired.\n",
    # "how much" is answered only by a figure
    "Northwind Rail has not said how much the trains will cost.\n\n"
    "Northwind Rail said the trains would cost less than the old fleet to run.\n",
    # a "whether" left open is not answered by a statement that shares two of its words
    "The Air Force would not say whether the inspected parts caused the crash of the jet.\n\n"
    "Every jet must pass an inspection of its parts before flying again, Air Force officials said.\n",
    # a denial is met only by the denied verb
    "Brightwater denied that it had dumped waste in the river.\n\nBrightwater said it had stored waste beside the river.\n",
    # different days
    "Ostara did not comment on the merger on Monday.\n\nOstara said on Friday that the merger would close in June.\n",
    # a condition
    "Northwind Rail has not said how much the trains will cost.\n\n"
    "If the order goes ahead, Northwind Rail said, the trains could cost £240 million.\n",
    # an earlier moment: a past perfect beside a present perfect
    "Ostara has not announced a new chief executive.\n\n"
    "Ostara had announced in 2019 that a new chief executive would start the next year.\n",
    # "further" comes after a statement
    "Northwind Rail said the trains would cost £240 million and declined to comment further on the cost.\n\n"
    "Northwind Rail said the cost of the trains was £240 million.\n",
]


# an assurance that something would not happen, against a sentence that tells it happening
FLAG += [
    "The mayor promised that the Castle Street pool would not close.\n\n"
    "The Castle Street pool will close in April to save £300,000.\n",
    "Harlow Bus pledged not to cut the night services.\n\nThe night services were cut in June, the company said.\n",
    "The council has ruled out closing the library.\n\nThe budget includes the closure of the library in April.\n",
    # a decision against something, and the same thing decided
    "Councillors voted against closing the Elmfield pool.\n\n"
    "The plan approved on Monday includes the closure of the Elmfield pool in May.\n",
    # none received, against a count of the same things: "before" and "since" give times, not a scope
    "The trust said it had not received any complaints about the ward before the inquiry.\n\n"
    "Hospital records listed 9 complaints about the ward since 2021.\n",
]
OK += [
    # a possibility is no breach
    "The mayor promised that the pool would not close.\n\nThe pool could close if the repairs cost more than £1m.\n",
    # dated apart
    "The minister said the fares would not rise this year.\n\nThe fares rose by 5% in 2019.\n",
    # told as not happening
    "The club said the stadium would not be sold.\n\nThe club did not sell the stadium, its chairman said.\n",
    "The mayor promised that the pool would not close.\n\nThe council voted against closing the pool.\n",
    # two parties: a dispute
    "The union said the strike would not end.\n\nThe government said the strike would end on Friday.\n",
    # a name narrows the thing: "a pool in the county" is not the Elmfield pool
    "Councillors voted against closing the Elmfield pool.\n\n"
    "The closure of a pool in the county was described by one blog as likely.\n",
    # a note is not a count's denial, and "open-ended" is not an opening (real blog copy, in other words)
    "No goals listed.\n\nThe project is working towards 41 goals this year.\n",
    "About a third of them never received any funding for their work.\n\n"
    "The programme provides open-ended funding to maintainers.\n",
    # complaints about another thing
    "The trust said it had not received any complaints about the ward.\n\n"
    "Hospital records listed 9 complaints about the car park.\n",
]


@pytest.mark.parametrize("text", FLAG)
def test_flags_one_party_leaving_open_or_denying_what_it_asserts(text: str) -> None:
    found = con002(text)
    assert len(found) == 1, text
    assert found[0].related, "the finding points at the other statement"


@pytest.mark.parametrize("text", OK)
def test_leaves_changes_disputes_and_non_answers_alone(text: str) -> None:
    assert con002(text) == [], text


def test_message_names_both_statements_and_the_party() -> None:
    (f,) = con002(FLAG[0])
    assert "has not said how much the new trains will cost" in f.message
    assert "£240 million" in f.message
    assert "Northwind Rail leaves open" in f.message


def test_message_says_who_speaks_for_whom() -> None:
    (f,) = con002(FLAG[1])
    assert "speaks for Health Ministry" in f.message


@pytest.mark.parametrize(
    ("a", "b"),
    [("completions", "complete"), ("struck", "strike"), ("guidance", "expects"), ("lent", "lending")],
)
def test_lemmas_meet_across_parts_of_speech(a: str, b: str) -> None:
    assert lemma(a) == lemma(b)
