"""Government press releases (read on US prosecutors' releases, natmrubin/prosecutor-press-releases):
the release's furniture makes the issuer its source (SRC004, CIT004), an allegation's passive in
charging copy is held by the charges (LNG002), and an artifact claims what "purportedly" qualifies.
Phrasings written for this test; each kind has look-alikes that must still be flagged."""

from __future__ import annotations

import pytest
from conftest import audit_text, codes

THIN_BODY = (
    "A 41-year-old man from Westfield was sentenced to 12 years in state prison on Tuesday. "
    "The man broke into three homes in the spring of 2023. "
    "He took jewellery, two laptops and a car from the last house. "
    "Officers found the car abandoned near the river two days later. "
    "The jury deliberated for less than a day. "
    "The victims sat in the front row for the verdict. "
    "The judge called the burglaries calculated and cruel. "
    "The defendant had two earlier convictions for theft. "
    "He will be eligible for parole in 2031."
)


def findings(text: str, code: str) -> list[str]:
    r = audit_text(text, "release.txt", select=[code])
    return [r.doc.snippet(f.span) for f in codes(r, code)]


RELEASES = [
    "NEWS RELEASE\nJune 3, 2025\n\n" + THIN_BODY,
    "Media Advisory:\nFor planning purposes\n\n" + THIN_BODY,
    "June 3, 2025\nMedia contact: Dana Ruiz, Public Information Officer\n(555) 201-3344\n\n" + THIN_BODY,
    "CONTACT:\npress@westfieldcountyda.example\n\n" + THIN_BODY,
    THIN_BODY + "\n\n- 30 -\n",
    THIN_BODY + "\n\n# # #\n",
    "Westfield County District Attorney Maria Okafor today announced the sentence of a burglar. " + THIN_BODY,
    "The Attorney General's Office said today that a burglar had been sentenced. " + THIN_BODY,
]


@pytest.mark.parametrize("text", RELEASES)
def test_a_release_is_its_issuers_source(text: str) -> None:
    assert findings(text, "SRC004") == []


NOT_RELEASES = [
    THIN_BODY,
    # the words of a header inside a sentence, a closing mark at the top, a contact with nothing to reach
    "In a press release, the court thanked the jurors. " + THIN_BODY,
    "###\n\n" + THIN_BODY,
    "Contact: the newsroom\n\n" + THIN_BODY,
    # "today" with no public office announcing, and an office announcing on a weekday (news copy)
    "A local bakery today announced it would close. " + THIN_BODY,
    "The district attorney announced on Tuesday that a burglar had been sentenced. " + THIN_BODY,
]


@pytest.mark.parametrize("text", NOT_RELEASES)
def test_news_copy_stays_thin(text: str) -> None:
    assert len(findings(text, "SRC004")) == 1


HEADER = "FOR IMMEDIATE RELEASE\nMarch 4, 2026\n\n"
# the lead names its announcer; the paragraph after it carries no source of its own
LEAD = "District Attorney Ray Almeida today announced the results of the office's review.\n\nIt covers 2025.\n\n"

OWN_FIGURES = [
    "He is charged with driving at 120 miles per hour through a school zone.",
    "The suspect allegedly sold more than 60,000 counterfeit pills, worth about $1.2 million.",
    "While fleeing at nearly 90 miles per hour, the van struck a parked truck.",
    "Prosecutors obtained convictions in 94% of the felony cases tried last year.",
    "This outreach reached 48,000 households in its first six weeks.",
    "Officer Grant Pell, who joined the office in 2009, trained more than 1,200 recruits.",
    "All of the donated coats, worth an estimated $14,000, went to shelters in the county.",
    "The program cut repeat offending by 35% in its first year.",
]


@pytest.mark.parametrize("sentence", OWN_FIGURES)
def test_a_release_states_its_own_figures(sentence: str) -> None:
    assert len(findings(sentence, "CIT004")) == 1  # in news copy: someone counted it
    assert findings(HEADER + LEAD + sentence, "CIT004") == []


WORLD_FIGURES = [
    "Nationally, overdose deaths rose 41% between 2019 and 2022.",
    "Overdose deaths in the county rose 41% between 2019 and 2022.",
    "About 3,100 people statewide are injured in wrong-way crashes every year.",
    "Teenagers account for roughly 22% of all shoplifting arrests in the state.",
    "These types of thefts account for 30% of all retail losses in the region.",
    "There were 412 fatal collisions on county roads in 2024, up 18% from 2023.",
    "While fleeing at nearly 90 miles per hour, drivers often strike parked trucks.",
    "Industry groups estimate that cargo theft costs shippers $15 billion a year.",
]


@pytest.mark.parametrize("sentence", WORLD_FIGURES)
def test_a_release_still_owes_the_worlds_statistics_a_source(sentence: str) -> None:
    assert len(findings(HEADER + LEAD + sentence, "CIT004")) == 1


CHARGES = "A Harlow man was indicted on Monday on charges of grand larceny and forgery. "


@pytest.mark.parametrize(
    "sentence",
    [
        "It is alleged that he forged the signatures of two tenants on the lease.",
        "Between 2019 and 2022, it is alleged, he kept the rent for himself.",
        "He is alleged to have opened four accounts in his mother's name.",
    ],
)
def test_an_allegation_in_charging_copy_is_held_by_the_charges(sentence: str) -> None:
    assert findings(CHARGES + sentence, "LNG002") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It is alleged that the minister kept a second office abroad.",
        "The singer is alleged to have skipped the rehearsal.",
    ],
)
def test_an_allegation_with_no_proceedings_is_held_by_nobody(sentence: str) -> None:
    assert len(findings("The row has dominated the week. " + sentence, "LNG002")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The contract was purportedly witnessed by two neighbours.",
        "Investigators recovered a photograph purportedly showing the stolen painting in a garage.",
        "The forged letter reached the bank in May, supposedly authorising the transfer.",
    ],
)
def test_an_artifact_claims_what_it_purports(sentence: str) -> None:
    assert findings(sentence, "LNG002") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The businessman is purportedly the richest man in the province.",
        "Ministers were supposedly unaware of the deal.",
    ],
)
def test_purportedly_of_people_still_pins_the_claim_on_nobody(sentence: str) -> None:
    assert len(findings(sentence, "LNG002")) == 1


BELIEFS = [
    "The victim is believed to have worked at a diner near the highway.",
    "It is believed that the suspect crossed the border in March.",
]


@pytest.mark.parametrize("sentence", BELIEFS)
def test_a_belief_in_the_passive_is_the_issuers_in_its_release(sentence: str) -> None:
    assert len(findings("The case has been open since 1994. " + sentence, "LNG002")) == 1  # news copy: nobody's
    assert findings(HEADER + LEAD + sentence, "LNG002") == []


IMAGE = "https://news.example-county-da.org/wp-content/uploads/2024/10/courthouse-steps.jpg"
PAGE = "https://www.example-advocacy-blog.net/2024/10/courthouse-report"


def test_an_images_address_is_no_source() -> None:
    text = "The jury returned its verdict on Friday after two days.\n\n"
    assert findings(text + IMAGE + "\n", "SRC003") == []
    assert len(findings(text + PAGE + "\n", "SRC003")) == 1
    dated = "The verdict came on 3 March 2026 after two days.\n\n"
    assert findings(dated + IMAGE + "\n", "DAT001") == []
    assert len(findings(dated + PAGE + "\n", "DAT001")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The settlement is the largest wage-theft recovery in the county's history.",
        "This case marks the first trial in the county's history to rely on drone footage.",
        "The conviction is the first of its kind in the state's history.",
    ],
)
def test_a_release_states_its_own_records(sentence: str) -> None:
    assert len(findings(sentence, "LNG001")) == 1  # in news copy: who measured it?
    assert findings(HEADER + LEAD + sentence, "LNG001") == []


def test_a_release_still_owes_the_worlds_records_a_source() -> None:
    sentence = "Overdose deaths reached the highest level in the state's history last year."
    assert len(findings(HEADER + LEAD + sentence, "LNG001")) == 1


def test_the_same_record_words_twice_in_one_sentence_are_one_finding() -> None:
    text = "Drivers under 25 crash more often than any other age group and are fined more than any other age group."
    assert len(findings(text, "LNG001")) == 1


def test_a_releases_bare_link_is_a_pointer() -> None:
    link = "www.example-county-hotline.org"
    body = "The county opened a hotline for victims of the scheme on Monday.\n\n"
    assert len(findings(body + link + "\n", "SRC003")) == 1  # news copy: who runs it?
    assert findings(HEADER + body + link + "\n", "SRC003") == []
    assert findings(body + "To learn more, visit " + link + ".\n", "SRC003") == []
    claim = "The hotline took 4,000 calls in its first week, according to " + link + ".\n"
    assert len(findings(HEADER + body + claim, "SRC003")) == 1  # a source for a claim, even in a release
