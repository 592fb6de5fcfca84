"""LNG001, LNG002 and CIT006 by kind: the kinds read from the fresh4 misses (stop 30), each written
in other voices and subjects than the corpus sentence, with look-alikes that must stay silent.

LNG001: a noun with a relative clause of experience negated against a span ("a level the stock has not
traded at since its flotation", "a scene the city has not witnessed since ..."); a superlative whose
noun carries prepositional postmodifiers before "since" ("the biggest one-day drop in the price of
copper since ..."); "never been" with an irregular comparative ("has never been worse").
LNG002: a judging group characterising something ("Critics have hailed the exhibition as ..."); a bare
plural of people reporting a trend in the present ("Estate agents report a scramble"); a quantifier
with its own locale is no anaphor of the people just named ("Some in the City have suggested");
a capitalised modifier the article writes only inside a longer name names no one ("Maritime experts"
beside "the Norwegian Maritime Authority"); a named subject inside the view's comparison ("than the
council admits") is the view's standard, not its source.
CIT006: in a reference list whose entries are links, the anchor is the work's title.
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def flagged(text: str, code: str, path: str = "article.txt") -> list[str]:
    result = audit_text(text, path=path, select=[code])
    return [result.doc.snippet(f.span) for f in codes(result, code)]


RECORDS_FLAGGED = [
    # a relative clause of experience, negated against a span
    "Sterling fell to a rate it has not touched since 1985.",
    "Labour won a share of the vote it had not enjoyed since the 1990s.",
    "The final drew a crowd the ground has not hosted in decades.",
    "It was a margin the seat had not known since the war.",
    "The shares closed at a price they have not traded at since 2009.",
    "Rain fell on the town with a force its people had not witnessed in living memory.",
    "Such crowds have not been seen since the war.",
    # a superlative whose noun carries postmodifiers before "since"
    "It was the sharpest rise in the cost of borrowing for small firms since 2008.",
    "The figures show the steepest fall in the number of new homes built in England since 2009.",
    "It was the largest increase in the price of a pint of milk since records began.",
    # "never been" with an irregular comparative
    "Relations between the two parties have never been worse.",
    "The odds of a deal have never looked worse.",
]

RECORDS_LEFT_ALONE = [
    "The factory has not operated since 2019.",
    "It is a problem the council has not addressed since 2019.",
    "The stock has not traded since its suspension in 2011.",
    "He has not worked since the accident.",
    "It is a question the minister has not answered since the election.",
    "He is the oldest member of the board of trustees, and since 2010 has chaired its meetings.",
    "It was the best way to learn the basics of the language since most classes had closed.",
    "The largest employer in the town is the hospital.",
    "Things could never be worse than they were in 1947.",
    # a time just past is no record's field: a missing person
    "The boy has not been seen since Friday.",
    "He has not been seen since the weekend.",
    "It is a pace I have not felt since my twenties.",
]


@pytest.mark.parametrize("text", RECORDS_FLAGGED)
def test_record_kinds_flagged(text: str) -> None:
    assert flagged(text, "LNG001"), text


@pytest.mark.parametrize("text", RECORDS_LEFT_ALONE)
def test_record_look_alikes_left_alone(text: str) -> None:
    assert flagged(text, "LNG001") == [], text


WEASELS_FLAGGED = [
    # a judging group characterising something
    "Reviewers have hailed the album as a return to form.",
    "Opponents have branded the levy a stealth tax.",
    "Commentators have dubbed the summit a failure.",
    "Campaigners have labelled the scheme a betrayal of renters.",
    "Fans hailed the signing as a coup for the club.",
    # a bare plural of people reporting a trend in the present
    "Letting agents report a surge in demand for flats near the station.",
    "Family doctors report a rise in cases of flu among the elderly.",
    "Shopkeepers report that trade on the high street has halved.",
    # a quantifier with a locale of its own is no anaphor of the people just named
    "Union leaders said talks would resume on Monday. Some in the party have suggested the leader should go.",
    "Club officials said the manager would stay. Many in the dressing room believe he has lost the players.",
    # a capitalised modifier written elsewhere only inside a longer name
    "Medical experts have long warned that the ward is understaffed. The British Medical Association said it was concerned.",
    "Financial analysts have long argued that the bank is undercapitalised. The Financial Conduct Authority declined to comment.",
    # a named subject inside the view's comparison is its standard, not its source
    "Critics of the plan say the new service will cost far more than the council admits.",
    "Opponents claim the works will take longer than the ministry says.",
]

WEASELS_LEFT_ALONE = [
    "Volunteers have labelled the jars by date.",
    "Critics at The Guardian have hailed the exhibition as a triumph.",
    "Employers report their payroll to HMRC every month.",
    "Correspondents report from the capital every evening.",
    "Estate agents reported a scramble before the deadline, Savills said.",
    "Restaurant owners protested outside the town hall on Monday. Many worry they will have to close.",
    "Harvard researchers have long argued that the drug is safe. A study at Harvard University found it was.",
    "NASA scientists have long suspected that the moon holds ice.",
]


@pytest.mark.parametrize("text", WEASELS_FLAGGED)
def test_weasel_kinds_flagged(text: str) -> None:
    assert flagged(text, "LNG002"), text


@pytest.mark.parametrize("text", WEASELS_LEFT_ALONE)
def test_weasel_look_alikes_left_alone(text: str) -> None:
    assert flagged(text, "LNG002") == [], text


_PAGE = """<html><head><title>{title}</title></head><body><article>
<h1>{title}</h1>
<p>{body}</p>
<h2>Sources</h2>
<ol class="sources">
{items}
</ol>
</article></body></html>
"""

_BODY = (
    "The council closed the Oakley bathing site on the river for eleven days this summer after sewage spills [1]. "
    "Swimmers and rowers were told to stay out of the water while samples were tested at the weir [2]. "
    "The water company said storm overflows had discharged for 3,900 hours in the year, more than twice the "
    "figure for the year before, and that it would spend more on storage tanks at its treatment works near "
    "the town. Campaigners want the river cleaned before next summer's season and have asked the regulator "
    "to inspect the works, the storage tanks and the monitors that record each discharge at the outfalls."
)


def _page(items: list[str]) -> str:
    lis = "\n".join(f"<li>[{i}] {item}</li>" for i, item in enumerate(items, 1))
    return _PAGE.format(title="Sewage spills close the river to swimmers", body=_BODY, items=lis)


def test_reference_anchor_is_the_works_title() -> None:
    """An opaque address ("/news/articles/c8j3ve2k0lmo") says nothing; the entry's anchor is the title."""
    page = _page(
        [
            'Environment Agency, <a href="https://www.gov.uk/government/news/sewage-spills-close-oakley-bathing-site">'
            "Sewage spills close Oakley bathing site</a>",
            'BBC News, <a href="https://www.bbc.co.uk/news/articles/c8j3ve2k0lmo">Airport runway decision delayed '
            "again by ministers</a>",
        ]
    )
    found = flagged(page, "CIT006", path="page.html")
    assert any("Airport runway" in f for f in found), found


def test_reference_anchor_on_the_subject_is_left_alone() -> None:
    page = _page(
        [
            'Environment Agency, <a href="https://www.gov.uk/government/news/sewage-spills-close-oakley-bathing-site">'
            "Sewage spills close Oakley bathing site</a>",
            'BBC News, <a href="https://www.bbc.co.uk/news/articles/c8j3ve2k0lmo">Swimmers and rowers told to stay '
            "out of the water after sewage spills</a>",
        ]
    )
    assert flagged(page, "CIT006", path="page.html") == []


_MD = """---
title: Glass sponges found in a deep trench off Chile
date: 2026-03-02
---

Scientists working off Chile have found a reef of glass sponges more than four kilometres below the surface
of the Pacific, in a trench where no reef had been recorded before. The team counted thousands of sponges
along the video transects and said the reef was far older than they had expected. Earlier reporting on deep
trench life has been collected by the science magazine [1]. The expedition was funded by Chile's national
research agency and the team will return next year with a robot that can take samples from the trench floor.

[1] {entry}
"""


def test_reference_title_sharing_only_a_place_is_flagged() -> None:
    """Only the place is shared; the work's subject (its other words) is absent from the article and the claim."""
    text = _MD.format(
        entry="Hakai Magazine (2024). The coral gardens of seamounts off Chile. https://hakaimagazine.com/news/x/"
    )
    assert flagged(text, "CIT006", path="story.md"), text


def test_reference_title_on_the_claim_is_left_alone() -> None:
    text = _MD.format(
        entry="Hakai Magazine (2024). Life in the deepest trench off Chile. https://hakaimagazine.com/news/x/"
    )
    assert flagged(text, "CIT006", path="story.md") == []


def test_story_filed_under_an_about_section_is_judged() -> None:
    """ "/about-us/news-opinion/2026/<headline>" is a story on the site, not its about page."""
    from auditor_rules.citations import _navigation

    assert not _navigation(
        "https://www.nspcc.org.uk/about-us/news-opinion/2026/premier-league-football-safeguarding-partnership/"
    )
    assert _navigation("https://www.nspcc.org.uk/about-us/")
    assert _navigation("https://example.org/about/our-board")


def test_testimony_of_the_group_itself_is_left_alone() -> None:
    """Read on the Rust blog: users reporting what happened to them is testimony the writer received."""
    text = "Some users also report that they've unintentionally hit this bug in recursive code."
    assert flagged(text, "LNG002") == []


# Government releases by the page's shape (read on the Riverside County DA's pages, whose site chrome gives no
# release header): a credit line with the docket or the office's unit, the office announcing in the present
# tense, "announced ... today" further along its clause, and the office speaking as itself. Other wording than
# the pages'; news copy with the same words must stay thin.
_THIN = (
    "A 41-year-old man from Westfield was sentenced to 12 years in state prison. "
    "The man broke into three homes in the spring of 2023. "
    "He took jewellery, two laptops and a car from the last house. "
    "Officers found the car abandoned near the river two days later. "
    "The jury deliberated for less than a day. "
    "The victims sat in the front row for the verdict. "
    "The judge called the burglaries calculated and cruel. "
    "The defendant had two earlier convictions for theft. "
    "He will be eligible for parole in 2031."
)
_CHROME = "Skip to main content\nWestfield man sentenced for three burglaries\n\nMay 2, 2025\n\n"

RELEASES_BY_SHAPE = [
    _CHROME + _THIN + "\n\nThe case, WSF2401187, was prosecuted by Deputy DA Lena Ortiz.\n\nLatest News\n",
    _CHROME + _THIN + "\n\nIt was prosecuted by Deputy District Attorney Lena Ortiz of the DA's Burglary Unit.\n",
    _CHROME + "The Westfield County District Attorney's Office announces the launch of a victims' hotline. " + _THIN,
    _CHROME + "DA Maria Okafor announced three new counts against the former officer today. " + _THIN,
    _CHROME
    + "This spring the Westfield County District Attorney's Office launched a video series. "
    + "It aims to help our community understand the courts. "
    + _THIN,
]

NEWS_BY_SHAPE = [
    _CHROME + _THIN + "\n\nThe case was prosecuted by Deputy District Attorney Lena Ortiz.\n",
    _CHROME + "The district attorney announced on Tuesday that a burglar had been sentenced. " + _THIN,
    _CHROME
    + "This spring the Westfield County District Attorney's Office launched a video series. "
    + '"It aims to help our community understand the courts," Okafor said. '
    + _THIN,
]


@pytest.mark.parametrize("text", RELEASES_BY_SHAPE)
def test_release_by_the_pages_shape(text: str) -> None:
    assert flagged(text, "SRC004", path="release.txt") == []


@pytest.mark.parametrize("text", NEWS_BY_SHAPE)
def test_news_by_the_same_shape_stays_thin(text: str) -> None:
    assert len(flagged(text, "SRC004", path="release.txt")) == 1


# Leftovers of stop 29. LNG002: a vague group inside what a named source reports ("The prosecution team also
# alleged that ... and that some consumers complained that ...": the complaint holds the consumers' complaints);
# a passive of report in a condition ("If ICE is reported to be in the area, call ..."): a condition states
# nothing. LNG001: a uniqueness word about the writer's organisation's own work, in a piece written in the first
# person ("Given the unprecedented scale of the program, we knew ...", "Our potlucks are second to none").
REPORTED_BY_NAMED = [
    "The prosecution team also alleged that the sign-up page hid the renewal terms and that some consumers "
    "complained that it was difficult to cancel.",
    "The inspectors' report said that many residents fear the home will close.",
    "Judge Alvarez found that some experts had overstated the risk.",
]
STILL_WEASELS = [
    # a coordinated clause of its own after the named source's
    "The company said sales rose, but some analysts believe the figures are flattering.",
    "The ministry defended the plan; many economists say it will fail.",
]


@pytest.mark.parametrize("text", REPORTED_BY_NAMED)
def test_a_group_inside_a_named_sources_report_is_left_alone(text: str) -> None:
    assert flagged(text, "LNG002") == [], text


@pytest.mark.parametrize("text", STILL_WEASELS)
def test_a_group_in_a_clause_of_its_own_is_flagged(text: str) -> None:
    assert flagged(text, "LNG002"), text


CONDITIONS = [
    "If ICE is reported to be in the area, call the hotline before opening the door.",
    "Unless the bridge is said to be safe, drivers should take the ring road.",
    "If it is believed that a child is in danger, staff must call the police.",
]
NOT_CONDITIONS = [
    "The agency is reported to be reviewing the contract.",
    "It is believed that the child was taken by a relative.",
]


@pytest.mark.parametrize("text", CONDITIONS)
def test_a_passive_of_report_in_a_condition_is_left_alone(text: str) -> None:
    assert flagged(text, "LNG002") == [], text


@pytest.mark.parametrize("text", NOT_CONDITIONS)
def test_a_passive_of_report_stated_is_flagged(text: str) -> None:
    assert flagged(text, "LNG002"), text


_TEAM = (
    "We started the analytics programme three years ago with two engineers. We now collect data from more than "
    "four hundred agency websites. Our team meets every Monday to review what we learned. We publish the code "
    "we write in the open, and we ask agencies to tell us what they need next. "
)
OWN_WORK = [
    _TEAM + "Given the unprecedented scale of the program, we knew that we would need outside help.",
    _TEAM + "Don't be fooled: our potlucks are second to none.",
    _TEAM + "We shipped the new dashboard at an unparalleled pace for a government team.",
]
NOT_OWN_WORK = [
    # the same words in news copy, or about the world in a first-person piece
    "The programme has grown to an unprecedented scale, the ministry said on Monday, and it now covers 400 sites.",
    "The storm caused unprecedented flooding in the valley.",
    _TEAM + "The flooding in the valley this spring was unprecedented.",
]


@pytest.mark.parametrize("text", OWN_WORK)
def test_uniqueness_of_the_writers_own_work_is_left_alone(text: str) -> None:
    assert flagged(text, "LNG001") == [], text


def test_uniqueness_about_the_world_is_flagged() -> None:
    assert flagged(NOT_OWN_WORK[1], "LNG001")
    assert flagged(NOT_OWN_WORK[2], "LNG001")
    assert flagged(NOT_OWN_WORK[0], "LNG001") == []  # attributed: "the ministry said"


def test_a_plural_opening_the_sentence_names_no_reporter() -> None:
    from conftest import load_text

    from auditor_rules.language import _reported_by_named

    for text, named in (
        ("Residents said that many neighbours fear the plant will close.", False),
        ("Some analysts said that many neighbours fear the plant will close.", False),
        ("Judge Alvarez found that many neighbours fear the plant will close.", True),
        ("The inspectors' report said that many neighbours fear the plant will close.", True),
    ):
        doc = load_text(text, "a.txt")
        assert _reported_by_named(doc, doc.sentences[0], text.find("many")) is named, text


# A named source's measurement after a record vouches for it only when it measures the record's quantity (the
# words around its figures, or a body of the record's place), not when it only shares a noun with it.
MEASURED_ELSEWHERE = [
    "Rainfall in Cumbria was the heaviest on record.\n\nThe Environment Agency said 300 homes in Cumbria were flooded.",
    "Turnout in the Borders was the highest in decades.\n\nThe council said 41 polling stations in the Borders opened late.",
    "Ticket prices at the stadium have never been higher.\n\nThe club said 12,000 fans at the stadium had renewed.",
]
MEASURED_HERE = [
    "New cases have reached a record high in Oregon.\n\nThe Oregon Health Authority reported 1,517 new infections.",
    "Rainfall in Cumbria was the heaviest on record.\n\nThe Met Office said 341 mm of rainfall fell in the month.",
    "Turnout was the highest in decades.\n\nThe council said turnout reached 71%.",
]


@pytest.mark.parametrize("text", MEASURED_ELSEWHERE)
def test_a_measurement_of_another_quantity_vouches_for_nothing(text: str) -> None:
    assert flagged(text, "LNG001"), text


@pytest.mark.parametrize("text", MEASURED_HERE)
def test_a_measurement_of_the_records_quantity_vouches_for_it(text: str) -> None:
    assert flagged(text, "LNG001") == [], text
