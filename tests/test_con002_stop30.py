"""CON002, stop 30: kinds read from the fresh4 misses and the leftovers of the last stop.

Each kind is written in phrasings no corpus holds, with look-alikes that must stay silent.

- **Silence and its circumstances.** A party declines to comment on (or would not say) a topic and
  elsewhere states it. The reduced clause after the silence ("when contacted by telephone on
  Tuesday", "when asked", "while speaking to reporters") tells the circumstances of the silence, not
  its topic, so it does not dilute what the silence is about.
- **"No further X" after an X.** "No further arrests have been made" denies arrests beyond those the
  article tells; only a telling of more ("two more men", "another strike", "a second walkout")
  contradicts it.
- **A part of the cases.** "In some cases, the staff did not provide the service" denies it of a part
  only: another sentence telling it provided is the other part, no contradiction.
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def con002(text: str) -> list:
    return codes(audit_text(text, select=["CON"]), "CON002")


FLAG = [
    pytest.param(
        "Harlow Freight declined to comment on the cause of the fire when approached by reporters on Friday.\n\n"
        "The depot reopened on Sunday.\n\n"
        "Harlow Freight said the cause of the fire was an electrical fault in a loading bay.\n",
        id="declined-when-approached-vs-said",
    ),
    pytest.param(
        "The club refused to discuss the manager's contract when asked at a press conference on Monday.\n\n"
        "Tickets for the final sold out in an hour.\n\n"
        "The club said the manager's contract had been extended by two years.\n",
        id="refused-when-asked-vs-said",
    ),
    pytest.param(
        "Veltra would not say why the Leeds plant closed when contacted by telephone.\n\n"
        "About 200 people worked there.\n\n"
        "Veltra said the Leeds plant closed because orders had fallen for two years.\n",
        id="would-not-say-when-contacted-vs-said",
    ),
    pytest.param(
        "Marlow Water declined to comment on the source of the leak while speaking to reporters at the site.\n\n"
        "Residents were told to boil their water.\n\n"
        "Marlow Water said the source of the leak was a cracked main under Station Road.\n",
        id="declined-while-speaking-vs-said",
    ),
    pytest.param(
        "No further arrests have been made, police said.\n\n"
        "The road reopened at noon.\n\n"
        "Two more men were arrested on Sunday, police said.\n",
        id="no-further-vs-two-more",
    ),
    pytest.param(
        "The union said no further strikes had been called.\n\n"
        "Talks resume on Monday.\n\n"
        "The union has called another strike for 24 July.\n",
        id="no-further-vs-another",
    ),
]

SILENT = [
    pytest.param(
        "Harlow Freight declined to comment on the cause of the fire when approached by reporters on Friday.\n\n"
        "The depot reopened on Sunday.\n\n"
        "Fire investigators said the cause of the fire was an electrical fault in a loading bay.\n",
        id="silence-vs-another-party",
    ),
    pytest.param(
        "Harlow Freight said the cause of the fire was an electrical fault in a loading bay.\n\n"
        "The depot reopened on Sunday.\n\n"
        "Harlow Freight declined to comment further when contacted on Monday.\n",
        id="declined-further-after-saying",
    ),
    pytest.param(
        "Two men were arrested at the scene on Saturday.\n\n"
        "The road reopened at noon.\n\n"
        "No further arrests have been made, police said.\n",
        id="no-further-after-the-arrests",
    ),
    pytest.param(
        "No further arrests have been made, police said.\n\n"
        "The road reopened at noon.\n\n"
        "Two men were arrested at the scene on Saturday.\n",
        id="no-further-before-the-arrests-told",
    ),
    pytest.param(
        "Pilots staged a 24-hour strike on Monday.\n\n"
        "Flights resumed on Tuesday.\n\n"
        "No more strikes have been called, the union said.\n",
        id="no-more-strikes-after-a-strike",
    ),
    pytest.param(
        "There have been no new cases since Friday, the health agency said.\n\n"
        "Schools remain open.\n\n"
        "Three cases were confirmed at the school last week.\n",
        id="no-new-cases-vs-earlier-cases",
    ),
    pytest.param(
        "Fees were collected from clients for services provided at the centre.\n\n"
        "The centre has closed.\n\n"
        "In some cases, the staff did not provide the promised service.\n",
        id="in-some-cases-did-not",
    ),
    pytest.param(
        "Refunds were paid to customers within a week.\n\n"
        "The firm apologised.\n\n"
        "In a few instances, the firm did not pay refunds at all, the regulator found.\n",
        id="in-a-few-instances-did-not",
    ),
    pytest.param(
        "If the council had closed the library, the school would have suffered.\n\n"
        "Parents were relieved.\n\n"
        "The council has never closed a library, its leader said.\n",
        id="hypothetical-vs-never",
    ),
]


@pytest.mark.parametrize("text", FLAG)
def test_flags(text: str) -> None:
    found = con002(text)
    assert found, "expected a CON002 finding"
    assert all('"' in f.message and f.message.count('"') >= 4 for f in found)  # both statements quoted


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    assert con002(text) == []


INCIDENTS = [
    pytest.param(
        "Among the attacks charged are the following:\n\n"
        "On May 24, 2014, a defendant fired at two men in a car. The car was hit several times. No injuries were reported.\n\n"
        "On June 17, 2014, two defendants shot a rival from a car.\n\n"
        "On November 12, 2014, the victim received a gunshot wound to the face.\n",
        id="none-of-one-dated-incident-vs-another",
    ),
    pytest.param(
        "The charges list three fires.\n\n"
        "In March 2019 a barn burned down near the farm. Nobody was hurt.\n\n"
        "In June 2021 a farmhand was hurt in a second blaze at the same farm.\n",
        id="nobody-hurt-in-one-dated-fire-vs-another",
    ),
]


@pytest.mark.parametrize("text", INCIDENTS)
def test_a_none_dated_by_its_paragraph_is_not_held_against_another_incident(text: str) -> None:
    assert con002(text) == []


def test_an_undated_none_still_meets_a_member_of_its_own_incident() -> None:
    text = (
        "On May 24, 2014, a gunman fired at two men in a car outside a school. No one was hurt, police said.\n\n"
        "Parents collected their children early.\n\n"
        "A teacher who was hurt in the shooting outside the school was treated in hospital, police said.\n"
    )
    assert con002(text)


# "Had not yet" against "had already": a denial made on one day against the same party telling the thing
# happened on an earlier day. The two are dated apart, but the telling's own date falls before the
# denial, so the denial was untrue when made; a telling dated after the denial is a change.
def _dated(body: str, date: str = "2026-03-13") -> str:
    return f"---\ntitle: Notice\ndate: {date}\n---\n\n{body}"


ALREADY = [
    pytest.param(
        "Aerolink said on Monday it had not received any complaint from the regulator.\n\n"
        "Its shares were unchanged on the week.\n\n"
        "Aerolink confirmed in a statement that it had received a formal complaint from the regulator on 3 March.\n",
        id="not-received-monday-vs-received-3-march",
    ),
    pytest.param(
        "Brightwell said on Thursday that it had not been sent any invoice by the contractor.\n\n"
        "The work is due to finish in May.\n\n"
        "Brightwell confirmed that it had been sent an invoice by the contractor on Tuesday.\n",
        id="not-sent-thursday-vs-sent-tuesday",
    ),
    pytest.param(
        "Ashby Council said on 10 March that it had not approved the sale of the depot.\n\n"
        "Residents had campaigned against the sale.\n\n"
        "Ashby Council confirmed on Friday that it had approved the sale of the depot on 2 March.\n",
        id="not-approved-10-march-vs-approved-2-march",
    ),
]

NOT_YET = [
    pytest.param(
        "Aerolink said on Monday it had not received any complaint from the regulator.\n\n"
        "Its shares were unchanged on the week.\n\n"
        "Aerolink confirmed it had received a formal complaint from the regulator on Wednesday.\n",
        id="received-after-the-denial",
    ),
    pytest.param(
        "Aerolink said on Monday it had not received any complaint from the regulator.\n\n"
        "Its shares were unchanged on the week.\n\n"
        "The regulator confirmed it had sent a formal complaint to Aerolink on 3 March.\n",
        id="another-party-tells-it",
    ),
    pytest.param(
        "Ashby Council said on 10 March that it had not approved the sale of the depot.\n\n"
        "Residents had campaigned against the sale.\n\n"
        "Ashby Council confirmed on Friday that it had approved a new library on 2 March.\n",
        id="another-thing-approved",
    ),
    pytest.param(
        "Aerolink said on Monday it had not received any complaint from the regulator.\n\n"
        "Its shares were unchanged on the week.\n\n"
        "Aerolink confirmed that it had received a complaint from the regulator on 3 March 2019.\n",
        id="an-occasion-years-before",
    ),
]


@pytest.mark.parametrize("text", ALREADY)
def test_a_denial_against_the_thing_told_as_done_before_it(text: str) -> None:
    found = codes(audit_text(_dated(text), path="article.md", select=["CON"]), "CON002")
    assert found


@pytest.mark.parametrize("text", NOT_YET)
def test_a_denial_against_a_later_telling_or_another_party_stays_silent(text: str) -> None:
    assert codes(audit_text(_dated(text), path="article.md", select=["CON"]), "CON002") == []


def test_two_nones_of_one_sentence_are_both_read() -> None:
    """A "none" shape's clause runs to the sentence's end; the next "none" is looked for after the verb."""
    from auditor.language.nonecount import none_facts
    from auditor.model import Sentence, Span

    text = (
        "Organisers said no runners had needed hospital treatment at last year's race, and the medical "
        "team said that no runner had been taken to hospital this year."
    )
    facts = list(none_facts([Sentence(Span(0, len(text)), text, 0, 0)]))
    assert [f.verb for f in facts] == ["needed", "taken"]
