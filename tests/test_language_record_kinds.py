"""LNG001: records by kind, each kind in many voices, each with look-alikes that must stay silent.

The phrasings are our own (wire, local, business, science, sport, blog), written from the kinds
the product's issue names before any corpus miss was read: a relative clause of experience, a
span counted with "for"/"in", compounds with "-ever", "all-time", record morphology, uniqueness by
negation, a degree negated against a span, comparisons made absolute, and "a first" as a noun. A
named source's measurement in the sentence before vouches for no record after it.
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def flagged(text: str) -> list[str]:
    result = audit_text(text, select=["LNG001"])
    return [result.doc.snippet(f.span) for f in codes(result, "LNG001")]


KINDS: dict[str, tuple[list[str], list[str]]] = {
    "experience": (
        [
            "The crowd was the biggest the ground has hosted.",
            "It was the busiest day the airport had handled.",
            "Sunday's was the heaviest defeat the club has suffered at home.",
            "This is the highest price the auction house has achieved for a single lot.",
            "The settlement is the largest the regulator has imposed on a bank.",
            "It was the strangest case the force had investigated in years.",
            "It is the deepest the probe has drilled on Mars.",
            "The 2-1 loss was the worst result the side has recorded this season.",
        ],
        [
            "The biggest change the team has made is to the scheduler.",
            "The strongest teams in the league have struggled.",
            "The best players from the academy have joined.",
            "It is the best tool we have built so far.",
            "The largest room the hotel has is on the top floor.",
            "The most recent release the project has shipped fixed the bug.",
            "The best way the council has found to save money is to sell the hall.",
            "The oldest members of the choir have retired.",
        ],
    ),
    "span": (
        [
            "Unemployment is at its highest for a decade.",
            "Prices rose at the fastest pace for 30 years.",
            "It was the wettest April for more than a century.",
            "The pound fell to its weakest level for a generation.",
            "It was the warmest night in half a century.",
            "It was the biggest drop in a quarter of a century.",
            "Mortgage approvals hit their lowest for nearly two years.",
            "The league's smallest crowd for several decades turned up.",
        ],
        [
            "The best option for a decade of growth is to invest now.",
            "The best plan for 30 years of saving is a pension.",
            "The fastest route for two years was the coast road, the council said.",
            "It is the biggest investment planned in the next 10 years.",
            "She was the youngest of five children.",
            "The longest serving member retired.",
            "He gave the best years of his life to the club.",
            "The highest paid staff earn 10 times the lowest paid.",
        ],
    ),
    "compound": (
        [
            "The band played to its biggest-ever crowd.",
            "Exports hit their highest-ever level.",
            "It was the club's best-ever season.",
            "The charity had its worst-ever winter for donations.",
            "It is Britain's most-visited attraction on record.",
            "It was the most-watched broadcast of all time.",
            "The firm suffered its largest-ever quarterly loss.",
            "They suffered their heaviest-ever defeat.",
        ],
        [
            "The ever-growing list of tools is on the wiki.",
            "Our ever-expanding user base keeps us busy.",
            "The most-used flags are documented below.",
            "The last-ever episode aired on Friday.",
            "Forever young, the band played on.",
            "The first-class lounge was closed.",
            "The most-read story of the week was about rent.",
            "A best-selling author visited the school.",
        ],
    ),
    "all_time": (
        [
            "The striker is the club's all-time top scorer.",
            "Shares closed at all-time highs.",
            "Bitcoin slid from its all-time peak.",
            "She is the all-time leading points scorer in the league.",
            "The index hit an all time high on Tuesday.",
            "It is the county's all-time record attendance.",
            "Gold traded near its all-time record.",
            "He is the tournament's all-time best finisher.",
        ],
        [
            "My all-time favourite album is Blue.",
            "It is one of her all-time favourites.",
            "The bar is open at all times.",
            "Coordinated Universal Time is used in all time zones.",
            "These are my all-time classics.",
            "He made the all-time greats list.",
            "It took all the time we had.",
            "Not all time is lost.",
            "Its all-time contributions list is sorted by commit.",
            "The table keeps all-time downloads per crate.",
        ],
    ),
    "record_morphology": (
        [
            "It was a record-smashing night for the theatre.",
            "She ran a record-equalling time.",
            "A record-shattering heatwave baked the south.",
            "The record-extending win came in Leeds.",
            "It was a record-breaking year.",
            "The record-setting flight landed at dawn.",
            "The record-tying score stood until May.",
            "A record-busting week for sales followed.",
        ],
        [
            "Record-keeping at the clinic was poor.",
            "The record-keeper left in June.",
            "His criminal record was clean.",
            "The record shows he voted against it.",
            "She broke the record of her rival.",
            "The band will record a new album.",
            "Recording starts on Monday.",
            "The record label signed two acts.",
        ],
    ),
    "uniqueness": (
        [
            "The view from the summit is unsurpassed.",
            "The club's youth system is without rival in the region.",
            "Its coverage has no equal anywhere.",
            "The chef's skill is in a class of its own.",
            "The stadium is like no other in Europe.",
            "As a finisher he has no peer.",
            "The museum's collection is without equal.",
            "Her record in finals is unexcelled.",
        ],
        [
            "Her left foot is unbeaten in the derby this season.",
            "They were no match for the visitors.",
            "There is no equal pay policy at the firm.",
            "She has no rivals' numbers on her phone.",
            "The council said there was no parallel scheme.",
            "The class met on its own for the first time.",
            "He walked without a coat.",
            "No other way was found.",
        ],
    ),
    "negated_degree": (
        [
            "Inflation has not been this high since 1981.",
            "Mortgage rates hit levels not seen since 2008.",
            "Turnout hasn't been so low in decades.",
            "The river had not risen so fast in living memory.",
            "Not since 1966 has England won a World Cup.",
            "The party has never looked so divided.",
            "Shares are trading at a level last seen in 1990.",
            "Rents haven't climbed this quickly in 20 years.",
        ],
        [
            "The shop has not been open since 2019.",
            "He had not seen his brother since 1990.",
            "I have never been to Paris.",
            "When you add a version of a dependency that you have never seen before, it is fetched.",
            "The bridge has not been so busy, said the driver, and waved.",
            "She has not been this way before, she said.",
            "The team has not played since the final.",
            "Not since the start has the plan worked, the minister said.",
            "The letter was last seen on Tuesday.",
        ],
    ),
    "compared_with_all": (
        [
            "The club has won more titles than any other club.",
            "She has scored more goals than anyone else in the league's history.",
            "No other city has hosted the games three times.",
            "Nobody has scored more goals for the club.",
            "No club has won more European Cups.",
            "More people voted than at any previous election.",
            "The firm sold more cars than any rival firm ever.",
            "The region exports more wine than any other.",
        ],
        [
            "No other team has won it.",
            "There is no other way.",
            "It costs more than any other option we looked at, so we dropped it.",
            "He is taller than any other boy in the class.",
            "The city spends more on roads than any other council in England.",
            "You know your code better than anyone else.",
            "No one has been charged.",
            "No charges have ever been filed.",
            "Make sure that no row has more than n missing values.",
            "It stands in front of a long tail of issues rather than any single issue.",
            "The most obvious place to begin is where the error has occurred.",
        ],
    ),
    "first_as_noun": (
        [
            "The win was a first for the club.",
            "It marks a first for British cycling.",
            "The surgery was a world first.",
            "The deal is an industry first.",
            "The school is the first of its kind in the country.",
            "Reaching the final would be a first in the competition.",
            "The licence is a national first, the first of its kind anywhere.",
            "The transplant was a genuine first among hospitals in the region.",
        ],
        [
            "He finished first for the second year.",
            "First for the team is the match against Leeds.",
            "This is a first draft of the plan.",
            "Take a first look at the new release.",
            "It was a first for us, and we loved it.",
            "The first-round tie is on Saturday.",
            "As a first step, the council will survey the road.",
            "She came a close first in the ballot.",
            'Making a first "demo product" is the next step.',
        ],
    ),
    "record_noun_only_most_than_ever": (
        [
            "She set a new world record in Rome.",
            "The team set a new club record for away wins.",
            "Turnout was a record.",
            "She broke the world record in Rome.",
            "They are the only club ever to win the treble.",
            "It is the only bridge in history to have collapsed twice.",
            "More people are cycling than ever before.",
            "Prices are higher than ever before.",
            "Fewer pupils took German than ever.",
            "They scored the most in a decade.",
            "He scored the most since 2010.",
        ],
        [
            "It is more important than ever.",
            "Trust matters more than ever before.",
            "She kept a personal record of every match.",
            "It's not only cheaper but ever more popular.",
            "It was the only way to win.",
            "Make the most of it since you can.",
            "We like it the most in summer.",
            "The world record holder signed autographs.",
            "It is the best advice you'll ever get.",
            "They are the only people you will ever share a meal with.",
            "The firm has a strong track record of delivery.",
            "The previous club record, a 38 million signing, lasted a year.",
            "Responses rose to a new record of 5991 responses.",
            "It was the only meaningful change since last year.",
        ],
    ),
}


@pytest.mark.parametrize("text", [t for kind in KINDS.values() for t in kind[0]], ids=lambda t: t[:40])
def test_record_kinds_are_flagged(text: str) -> None:
    assert flagged(text), text


@pytest.mark.parametrize("text", [t for kind in KINDS.values() for t in kind[1]], ids=lambda t: t[:40])
def test_record_look_alikes_are_left_alone(text: str) -> None:
    assert flagged(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Rainfall was 40% above average, the Met Office said. It was the wettest February since records began in 1836.",
        "The agency counted 1,517 new infections on Monday, the health authority said. The figure was the highest on record.",
        "Sales rose 12% to 4.1 million units, the company said. It was its best quarter since 2015.",
        "Wind gusts reached 112 mph at the Needles, according to the Met Office. Gusts there were the strongest in decades.",
        "Analysts polled by LSEG had expected a loss of 1.2 billion. It was the worst quarter the firm has had in its 61 years.",
        "Police said the road was closed. It was the worst crash the town has seen.",
        "Rainfall was 40% above average, the Met Office said.\n\nIt was the wettest February since records began.",
        "Rainfall was heavy across the south. It was the wettest February since records began.",
        "The mayor said 40 people attended. The storm was the worst in living memory.",
    ],
)
def test_a_record_after_a_sourced_sentence_is_still_the_writers(text: str) -> None:
    """A source's figure in the sentence before is not the record: the record needs its own source."""
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Rainfall was 40% above average. It was the wettest February since records began, the Met Office said.",
        "Sales rose 12% to 4.1 million units. It was its best quarter since 2015, the company said.",
        "The figure was the highest on record, according to the health authority.",
    ],
)
def test_a_record_attributed_in_its_own_sentence_is_sourced(text: str) -> None:
    assert flagged(text) == [], text


def test_a_record_a_survey_measures_in_the_next_sentence_is_sourced() -> None:
    survey = "We surveyed 9,000 developers in May, and 8,700 respondents finished. "
    assert flagged(survey + "More people use the language than ever before! Over 90% of respondents use it.") == []
    assert flagged(survey + "More people use the language than ever before! Many of them use it daily.")
    assert flagged("More people use the language than ever before! Over 90% of them use it daily.")


def test_a_chart_shown_next_measures_the_record() -> None:
    assert flagged("We saw an all-time peak in pull requests. In this plot we can observe that peak.") == []
    assert flagged("We saw an all-time peak in pull requests. We thank everyone who helped.")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The flooding was unlike anything the town has seen.", 1),
        ("The crowd was beyond anything the ground had known.", 1),
        ("It was bigger than anything seen before in the valley.", 1),
        ("He was the finest player of his generation.", 1),
        ("The city is booming as never before.", 1),
        ("Her time surpassed the previous record set in 1990.", 1),
        ("The team broke the long-standing club record for away wins.", 1),
        ("The food was unlike anything else on the menu.", 0),
        ("He broke the record of his rival.", 0),
        ("She is the youngest of her generation to vote, she said, and laughed.", 0),
        ("He cannot do anything he has not seen done.", 0),
        ("He checked the previous record in the ledger.", 0),
    ],
)
def test_records_by_experience_generation_and_beaten_records(text: str, n: int) -> None:
    assert len(flagged(text)) == n, text


@pytest.mark.parametrize(
    "text",
    [
        # "a record of" something is its history (judged on the 18F blog)
        "The history of open source software is a record of steadily turning costly tools into free ones.",
        "The council's minutes are a record of every decision taken since 1990.",
        # a comparison with what did not happen
        "These combined efforts were far more successful than any single effort would have been.",
        "The merger saved more money than any previous plan could have saved.",
    ],
)
def test_a_history_and_a_counterfactual_are_no_records(text: str) -> None:
    assert not codes(audit_text(text, select=["LNG001"]), "LNG001")


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was a record.",
        "The club's tally is a record for away wins.",
        "United have scored more goals than any other club this season.",
    ],
)
def test_records_beside_those_look_alikes_are_still_flagged(text: str) -> None:
    assert codes(audit_text(text, select=["LNG001"]), "LNG001")
