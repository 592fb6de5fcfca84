"""CON002's catalogue of the kinds issue 13 names, written before reading any corpus miss.

Four kinds of one fact denied or left open in one place and asserted in another: a refusal to
comment against a confirmation, a "none" statement against a count of the same thing, a denial
that something arrived against a decision about it, and an assurance against its breach. Each
kind has phrasings in several voices (wire, local, business, science, sport, blog), with the two
statements in different paragraphs, under different words for the same party and the same
thing, and a look-alike beside each that an editor would not query: another party's account,
another fact about the same thing, another time ("on Monday it denied talks; on Thursday it
confirmed the signing" is a story moving on), a plan or a condition.
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


def _case(name: str, text: str) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="a kind CON002 does not catch yet")] if name in MISSED else []
    return pytest.param(text, id=name, marks=marks)


# phrasings the rule does not catch yet (strict: a catch turns the test red until it leaves this set)
MISSED = frozenset(
    {"sport-transfer-fee", "science-which-hospitals", "politics-officials-cost", "business-no-staff-left"}
    | {"sib-rival-laid-off"}  # a look-alike flagged today: another party's count against a "none"
)  # fmt: skip


# ---------------------------------------------------------------- a refusal against a confirmation

REFUSAL_FLAG = [
    _case(
        "wire-ministry-troops",
        "The defence ministry would not confirm that troops had crossed the border.\n\n"
        "Residents described long queues at the checkpoint.\n\n"
        "In a briefing, the ministry said 2,000 troops had crossed the border overnight.\n",
    ),
    _case(
        "business-recall-no-response",
        "Brightwater Foods did not respond to questions about the recall of its infant formula.\n\n"
        "The company acknowledged the recall in a note to retailers, saying 40,000 tins were affected.\n",
    ),
    _case(
        "local-library-closure",
        "A spokesperson for Hallam Council declined to comment on the closure of Mill Lane library.\n\n"
        "The council confirmed that the library would close at the end of March.\n",
    ),
    _case(
        "sport-transfer-fee",
        "Rovers refused to disclose the fee for Okafor.\n\n"
        "The club said it had paid £4 million for the striker, a club record.\n",
    ),
    _case(
        "science-which-hospitals",
        "The researchers would not say which hospitals took part in the trial.\n\n"
        "The team acknowledged that St Mary's and the Royal Free had taken part in the trial.\n",
    ),
    _case(
        "blog-breach-not-confirmed",
        "Lumen Labs has not confirmed the data breach.\n\n"
        "In an email to customers, Lumen Labs admitted that the breach exposed 12,000 accounts.\n",
    ),
    _case(
        "politics-officials-cost",
        "The transport department declined to say how much the new signalling system had cost.\n\n"
        "Department officials said the system had cost £310 million.\n",
    ),
    _case(
        "courts-police-name",
        "Police declined to name the man arrested on Tuesday.\n\n"
        "Police confirmed the arrested man was Daniel Hooper, 34, of Leeds.\n",
    ),
]

REFUSAL_OK = [
    _case(
        "wire-ministry-dated-apart",
        "On Monday the defence ministry would not confirm that troops had crossed the border.\n\n"
        "On Wednesday the ministry said 2,000 troops had crossed the border.\n",
    ),
    _case(
        "business-other-party-confirms",
        "Brightwater Foods did not respond to questions about the recall of its infant formula.\n\n"
        "The Food Standards Agency confirmed the recall, saying 40,000 tins were affected.\n",
    ),
    _case(
        "local-another-fact",
        "A spokesperson for Hallam Council declined to comment on the closure of Mill Lane library.\n\n"
        "The council confirmed that it had received a petition signed by 900 residents.\n",
    ),
    _case(
        "sport-story-moves-on",
        "On Friday Rovers refused to disclose the fee for Okafor.\n\n"
        "On Monday the club said it had paid £4 million for the striker.\n",
    ),
    _case(
        "science-other-party",
        "The researchers would not say which hospitals took part in the trial.\n\n"
        "A spokesperson for St Mary's said its patients had taken part in the trial.\n",
    ),
    _case(
        "blog-researcher-not-company",
        "Lumen Labs has not confirmed the data breach.\n\n"
        "Security researcher Ana Ortiz said the breach exposed 12,000 accounts.\n",
    ),
    _case(
        "politics-another-fact-of-same-thing",
        "The transport department declined to say how much the new signalling system had cost.\n\n"
        "Department officials said the system had been delayed by two years.\n",
    ),
    _case(
        "courts-family-names",
        "Police declined to name the man arrested on Tuesday.\n\n"
        "His family named him as Daniel Hooper, 34, of Leeds.\n",
    ),
    _case(
        "blog-identity-not-given",
        "The senator declined to identify the donor.\n\n"
        "The senator said he had one big donor in Ohio who had pledged support for the campaign.\n",
    ),
    _case(
        "sport-denied-talks-then-signed",
        "On Monday the club denied that it was in talks with Okafor.\n\n"
        "On Thursday the club confirmed it had signed Okafor on a three-year deal.\n",
    ),
]

# ---------------------------------------------------------------- "none" against a count of the same thing

NONE_FLAG = [
    _case(
        "wire-no-injuries-treated",
        "No injuries were reported in the warehouse fire in Salford.\n\n"
        "Crews fought the blaze for six hours.\n\n"
        "Two firefighters were treated in hospital for smoke inhalation.\n",
    ),
    _case(
        "local-nobody-hurt-minor-injuries",
        "Nobody was hurt when the bus left the road near Keswick, the operator said.\n\n"
        "Three passengers were taken to hospital with minor injuries.\n",
    ),
    _case(
        "police-no-arrests-four-arrested",
        "There were no arrests at the match, police said.\n\n"
        "Four supporters were arrested after the final whistle for throwing flares.\n",
    ),
    _case(
        "business-no-staff-left",
        "No staff have left since the takeover, the chief executive said.\n\n"
        "Fourteen employees have resigned since the takeover, according to internal figures.\n",
    ),
    _case(
        "science-no-side-effects",
        "None of the patients in the trial developed serious side effects.\n\n"
        "Three patients suffered serious side effects and were withdrawn from the trial.\n",
    ),
    _case(
        "disaster-no-casualties-crew",
        "There were no casualties among the crew, the coastguard said.\n\n"
        "One crew member died and two were injured, the coastguard said.\n",
    ),
    _case(
        "school-no-pupils-hospital",
        "No pupils were taken to hospital after the gas leak.\n\n"
        "Three pupils were taken to Leeds General Infirmary as a precaution after the leak.\n",
    ),
    _case(
        "local-no-homes-evacuated",
        "No homes had to be evacuated, the council said.\n\n"
        "Residents of 12 homes on Ferry Road were evacuated overnight, the council said.\n",
    ),
    _case(
        "sport-nobody-sent-off",
        "Nobody was sent off in a bad-tempered derby.\n\n"
        "Two players were sent off in the second half, one from each side.\n",
    ),
]

NONE_OK = [
    _case(
        "wire-injuries-in-another-year",
        "No injuries were reported in Tuesday's fire at the Salford warehouse.\n\n"
        "In a fire at the same warehouse in 2019, two firefighters were treated in hospital.\n",
    ),
    _case(
        "local-passengers-moved",
        "Nobody was hurt when the bus left the road near Keswick, the operator said.\n\n"
        "Three passengers were moved to a replacement bus.\n",
    ),
    _case(
        "police-fans-ejected",
        "There were no arrests at the match, police said.\n\n"
        "Four supporters were ejected from the ground for throwing flares.\n",
    ),
    _case(
        "business-staff-joined",
        "No staff have left since the takeover, the chief executive said.\n\n"
        "Fourteen employees have joined since the takeover.\n",
    ),
    _case(
        "science-mild-effects",
        "None of the patients in the trial developed serious side effects.\n\n"
        "Three patients reported mild headaches.\n",
    ),
    _case(
        "disaster-crew-rescued",
        "There were no casualties among the crew, the coastguard said.\n\n"
        "Two crew members were winched to safety, the coastguard said.\n",
    ),
    _case(
        "school-pupils-sent-home",
        "No pupils were taken to hospital after the gas leak.\n\n"
        "Three hundred pupils were sent home early after the leak.\n",
    ),
    _case(
        "local-homes-another-street",
        "No homes on Ferry Road had to be evacuated, the council said.\n\n"
        "Residents of 12 homes on Mill Street were evacuated overnight.\n",
    ),
    _case(
        "sport-booked-not-sent-off",
        "Nobody was sent off in a bad-tempered derby.\n\nTwo players were booked in the second half.\n",
    ),
]

# ---------------------------------------------------------------- not received against a decision about it

ARRIVAL_FLAG = [
    _case(
        "local-application-rejected",
        "The council says it has not received a planning application for the Brook Street site.\n\n"
        "Councillors rejected the application for the Brook Street site at a meeting on Tuesday.\n",
    ),
    _case(
        "wire-extradition-request",
        "The Home Office said it had not received an extradition request for Vance.\n\n"
        "The Home Office turned down the extradition request for Vance, a spokesman said.\n",
    ),
    _case(
        "business-merger-filing",
        "The regulator has yet to receive the merger filing from Orion.\n\n"
        "The regulator has reviewed the merger filing from Orion and raised no objections.\n",
    ),
    _case(
        "sport-no-complaint",
        "The league said it had received no complaint about the referee.\n\n"
        "The league dismissed the Rovers complaint about the referee on Friday.\n",
    ),
    _case(
        "courts-appeal",
        "The court has not received an appeal from the two defendants.\n\n"
        "Judges refused the appeal from the two defendants in a short hearing.\n",
    ),
    _case(
        "university-formal-complaint",
        "The university has not received any formal complaint about the lecturer.\n\n"
        "The university upheld a formal complaint about the lecturer, records show.\n",
    ),
    _case(
        "licensing-application",
        "The licensing office has not received an application for the festival.\n\n"
        "The licensing committee granted the application for the festival, with a curfew of 11pm.\n",
    ),
    _case(
        "ministry-denies-receiving",
        "The ministry denies receiving an asylum request from the dissident.\n\n"
        "The ministry refused the asylum request from the dissident on security grounds.\n",
    ),
]

ARRIVAL_OK = [
    _case(
        "local-dated-apart",
        "In March the council said it had not received a planning application for the Brook Street site.\n\n"
        "In June councillors rejected the application for the Brook Street site.\n",
    ),
    _case(
        "wire-future-request",
        "The Home Office said it had not received an extradition request for Vance.\n\n"
        "Prosecutors said they would submit the extradition request for Vance next week.\n",
    ),
    _case(
        "business-will-review",
        "The regulator has yet to receive the merger filing from Orion.\n\n"
        "The regulator will review the merger filing once it arrives.\n",
    ),
    _case(
        "sport-club-will-complain",
        "The league said it had received no complaint about the referee.\n\n"
        "Rovers said they would lodge a complaint about the referee.\n",
    ),
    _case(
        "courts-other-defendant",
        "The court has not received an appeal from the two defendants.\n\n"
        "Judges refused an appeal from a third man in 2022.\n",
    ),
    _case(
        "university-other-lecturer",
        "The university has not received any formal complaint about the lecturer.\n\n"
        "Students said they were preparing a formal complaint about the lecturer.\n",
    ),
    _case(
        "licensing-another-festival",
        "The licensing office has not received an application for the festival.\n\n"
        "Organisers said the application for the festival would be sent in May.\n",
    ),
    _case(
        "ministry-lawyer-disputes",
        "The ministry denies receiving an asylum request from the dissident.\n\n"
        "His lawyer said she had sent the asylum request by registered post in June.\n",
    ),
]

# ---------------------------------------------------------------- an assurance against its breach

ASSURANCE_FLAG = [
    _case(
        "business-no-job-cuts",
        "Northfield Bank has promised there will be no job cuts after the merger.\n\n"
        "The bank announced 400 redundancies across its branch network, it said.\n",
    ),
    _case(
        "transport-fares",
        "The operator has promised not to raise fares this year.\n\n"
        "Fares on all routes will rise by 5% in May, the operator said.\n",
    ),
    _case(
        "local-libraries-close",
        "The council has pledged that no libraries will close.\n\n"
        "The Northgate and Eastfield libraries will close in April under the budget, the council confirmed.\n",
    ),
    _case(
        "utility-bills",
        "Severn Water said bills would not go up this year.\n\n"
        "The company confirmed household bills will go up by 8% in April.\n",
    ),
    _case(
        "health-unit-stays-open",
        "The health board assured parents that the maternity unit would remain open.\n\n"
        "The maternity unit will close in June, the health board announced.\n",
    ),
    _case(
        "tech-never-sell-data",
        "Pathly vowed it would never sell user data.\n\nPathly sold user data to three advertisers, filings show.\n",
    ),
    _case(
        "plant-compulsory-redundancies",
        "Management ruled out compulsory redundancies at the plant.\n\n"
        "The plant will lose 120 jobs through compulsory redundancies by March, management said.\n",
    ),
    _case(
        "school-no-teachers-lose-jobs",
        "The trust said no teachers would lose their jobs.\n\n"
        "Six teachers will be made redundant in the summer, the trust said.\n",
    ),
]

ASSURANCE_OK = [
    _case(
        "business-new-jobs",
        "Northfield Bank has promised there will be no job cuts after the merger.\n\n"
        "The bank announced 400 new jobs in its technology division.\n",
    ),
    _case(
        "transport-fares-rose-before",
        "In January the operator promised not to raise fares this year.\n\n"
        "Fares rose by 5% in 2024, the operator said.\n",
    ),
    _case(
        "local-library-moves",
        "The council has pledged that no libraries will close.\n\n"
        "The Northgate library will move to a new building in April, the council confirmed.\n",
    ),
    _case(
        "utility-bills-next-year",
        "Severn Water said bills would not go up this year.\n\nThe company said household bills could go up next year.\n",
    ),
    _case(
        "health-unit-new-centre",
        "The health board assured parents that the maternity unit would remain open.\n\n"
        "The maternity unit will open a new birthing centre in June, the health board announced.\n",
    ),
    _case(
        "tech-sold-office",
        "Pathly vowed it would never sell user data.\n\nPathly sold its London office in 2025, filings show.\n",
    ),
    _case(
        "plant-voluntary",
        "Management ruled out compulsory redundancies at the plant.\n\n"
        "120 workers have taken voluntary redundancy, management said.\n",
    ),
    _case(
        "school-teachers-retire",
        "The trust said no teachers would lose their jobs.\n\nSix teachers will retire in the summer, the trust said.\n",
    ),
]

# ---------------------------------------------------------------- siblings, written after the rule caught the above

SIBLING_FLAG = [
    _case(
        "sib-no-one-injured-hospital",
        "No one was injured in the collision on the M62, the highways agency said.\n\n"
        "Four people were taken to hospital, one with serious injuries, the highways agency said.\n",
    ),
    _case(
        "sib-made-no-arrests",
        "Officers made no arrests during the protest.\n\nSix protesters were arrested for obstruction.\n",
    ),
    _case("sib-no-fatalities-killed", "There were no fatalities.\n\nThe storm killed three people in the valley.\n"),
    _case(
        "sib-no-schools-damaged",
        "No schools were damaged in the earthquake.\n\n"
        "Eleven schools were damaged, according to the education ministry.\n",
    ),
    _case(
        "sib-refused-comment-reports",
        "The club refused to comment on reports that its manager had resigned.\n\n"
        "The club confirmed that its manager had resigned.\n",
    ),
    _case(
        "sib-did-not-reply-cost",
        "Harlow Council did not reply to questions about the cost of the scheme.\n\n"
        "The council said the scheme had cost £2.3 million.\n",
    ),
    _case(
        "sib-request-approved",
        "The ministry said it had not received a formal request for aid.\n\n"
        "The ministry approved the request for aid on Friday.\n",
    ),
    _case(
        "sib-no-staff-laid-off",
        "Bellway pledged that no staff would be laid off.\n\nBellway laid off 60 staff in March.\n",
    ),
    _case(
        "sib-fares-went-up",
        "The airline vowed that fares would not rise.\n\nFares went up by 9% in the spring, the airline said.\n",
    ),
    _case(
        "sib-nobody-died",
        "Nobody died in the blaze, fire officers said.\n\nTwo residents died in the blaze, fire officers said.\n",
    ),
    _case(
        "sib-no-redundancies-cutting-jobs",
        "The firm has said there will be no redundancies at the Leeds site.\n\n"
        "The firm is cutting 85 jobs at the Leeds site.\n",
    ),
    _case(
        "sib-no-complaints-received",
        "No complaints were received about the noise.\n\nThe council received 14 complaints about the noise in June.\n",
    ),
]

SIBLING_OK = [
    _case(
        "sib-stuck-in-traffic",
        "No one was injured in the collision.\n\nFour people were stuck in traffic for three hours.\n",
    ),
    _case(
        "sib-separate-demonstration",
        "Officers made no arrests during the protest.\n\n"
        "Six protesters were arrested at a separate demonstration in 2021.\n",
    ),
    _case(
        "sib-storm-of-1987",
        "There were no fatalities in Tuesday's storm.\n\nThe 1987 storm killed three people in the valley.\n",
    ),
    _case(
        "sib-captain-not-manager",
        "The club refused to comment on reports that its manager had resigned.\n\n"
        "The club confirmed that its captain had signed a new contract.\n",
    ),
    _case(
        "sib-rival-laid-off",
        "Bellway pledged that no staff would be laid off.\n\nRival builder Persimmon laid off 60 staff in March.\n",
    ),
    _case(
        "sib-fares-could-go-up",
        "The airline vowed that fares would not rise.\n\n"
        "Fares could go up next year if fuel prices climb, analysts said.\n",
    ),
    _case(
        "sib-other-site",
        "The firm has said there will be no redundancies at the Leeds site.\n\n"
        "The firm is cutting 85 jobs at its Bristol site.\n",
    ),
    _case(
        "sib-blaze-of-2019",
        "Nobody died in the blaze, fire officers said.\n\nTwo residents died in a blaze in the same street in 2019.\n",
    ),
]

SIBLING_OK += [  # real copy's look-alikes, in other words: an assurance nobody gives, a statistic over a period
    _case(
        "real-no-guarantee",
        "It is impossible to guarantee that no update will break old code.\n\nThe new compiler will break some programs.\n",
    ),
    _case(
        "real-arrest-statistics",
        "No arrests were made after a smaller fire in March.\n\nArson arrests fell from 30 to 22 over the period.\n",
    ),
]

FLAG = REFUSAL_FLAG + NONE_FLAG + ARRIVAL_FLAG + ASSURANCE_FLAG + SIBLING_FLAG
OK = REFUSAL_OK + NONE_OK + ARRIVAL_OK + ASSURANCE_OK + SIBLING_OK


@pytest.mark.parametrize("text", FLAG)
def test_catalogue_flags(text: str) -> None:
    assert con002(text), text


@pytest.mark.parametrize("text", OK)
def test_catalogue_leaves_alone(text: str) -> None:  # a MISSED look-alike is one the rule still flags
    assert not con002(text), [f.message for f in con002(text)]
