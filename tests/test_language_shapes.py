"""LNG001 and LNG002 by the shape of the clause: kinds read from the fresh3 misses, each written in other
voices (wire, local, business, sport, blog), with look-alikes that must stay silent.

LNG001: a ranking against every member of a field ("of any company our size"), a comparison with all a
clause of experience counts ("than any this country has brought up"), the clause of experience after a
measure ("per kilometre the country has built"), "of ... history", uniqueness words ("incomparable",
"beyond compare"), a movement negated against all time ("have never fallen this quickly"), a first as a
negated experience ("no British shipowner has been ordered to pay before"), and a speaker in a later
coordinated clause, who vouches for that clause only. LNG002: the place where a view is held ("It is
widely understood at the town hall that", "is widely seen in Seoul as"), a view held in a group ("There
is a growing view among clinicians that"), "Many in the party", a judging group's object ("Opponents of
the scheme"), agreement as a predicate ("Reviewers have been near-unanimous that"), the chatty "It's
commonly said", and a citation that closes a later clause. Also an appositive name of the speaker ("Her
publisher, Larkspur Books, said").
"""

from __future__ import annotations

import pytest
from conftest import audit_text, codes


def flagged(text: str, code: str) -> list[str]:
    result = audit_text(text, select=[code])
    return [result.doc.snippet(f.span) for f in codes(result, code)]


RECORDS_FLAGGED = [
    # a ranking against every member of a field
    "Our pipeline is now the fastest of any company our size.",
    "Britain has the highest inflation rate of any G7 economy.",
    "The club conceded the fewest goals of any side in the division.",
    # a comparison with everything a clause of experience counts
    "We are raising a generation more anxious than any this country has brought up.",
    "The squad is stronger than any the club has assembled.",
    "The deficit is wider than any the state has run.",
    # the clause of experience after a measure
    "It is the most expensive tram line per kilometre the country has built.",
    "It is the costliest scheme per head the council has approved.",
    # "of ... history"
    "It is the worst drought of Iran's modern history.",
    "It was the biggest upset of the competition's history.",
    # uniqueness words
    "Her prose was incomparable in its plainness.",
    "The view from the summit is beyond compare.",
    "His touch on the ball was matchless.",
    # a movement negated against all time
    "Rates on fixed bonds have never fallen this quickly.",
    "House prices have never risen so fast.",
    "The river has never risen this high in March.",
    # a first as a negated experience
    "It is a sum no British shipowner has been ordered to pay before.",
    "No visiting team has won at the ground before.",
    # a speaker in a later clause vouches for that clause only
    "It is a rise without equal among the districts, and Ms Quist said she would ask the auditors to review it.",
    "The storm was the worst in decades, but Jane Smith said the damage was light.",
]

RECORDS_LEFT_ALONE = [
    "It was the cheapest of any plan we tried.",
    "It has built one of the most advanced testing clusters of any major open source project.",
    "This laptop is faster than any I have owned.",
    "The two series are incomparable because the methods changed.",
    "The figures are incomparable with last year's.",
    "We have never moved this fast.",
    "I have never felt so welcome.",
    "He was the greatest student of history at the school.",
    "No charges had been filed before the hearing.",
    "It was the worst storm in decades, the Met Office said.",
    "It was the worst storm in decades, and the worst in a century, the Met Office said.",
    "The Met Office said it was the worst storm in decades, and it warned of more rain.",
    "Her publisher, Larkspur Books, said it was the best-selling debut in the firm's history.",
    "The flight was the longest yet recorded, Japan's defence minister, Hiroshi Kaneda, told reporters.",
    "The biggest change the team has made is the new build system.",
    # an experience of the writer's or the reader's own life (18F staff profiles and interviews)
    "It was the best job I've ever had.",
    "They are some of the most amazing folks I've ever worked with.",
    "What's the biggest design challenge you've faced to date?",
    "It is the single largest PR I've ever made to the compiler.",
    # a future or a hypothesis, no record
    "Even if you're the only person who will ever work on this project, you have to live there.",
    "It was the most niche project that no one else would ever use.",
    # "'s" of a pronoun, "up to date", one of many in the world
    "It's only been around for a month or so, but it's already popular.",
    "It's best to provide the most up to date information.",
    "It is one of the largest governments in the world.",
    "We work with some of the biggest technology companies in the world.",
    # record words that claim no record: negated, a term of data, an idiom, a person's own first
    "It wouldn't be entirely without precedent for every type to be marked.",
    "The result is hardly unprecedented.",
    "It can be used for any type of record-level temporal data.",
    "Research continues during these unprecedented times.",
    "This was my first blog post ever!",
    "She gave her first-ever talk at the meetup.",
]

RECORDS_STILL_FLAGGED = [
    "It is the largest single language change we've ever made.",  # an organisation's record of its own history
    "It was the biggest crowd the ground has ever seen.",
    "She is the only player ever to win it twice.",
    "It is the largest cheese plant in Europe.",
    "The rise was not only unprecedented but also sudden.",
    "Shares hit record levels on Monday.",
    "The club won its first-ever title.",
    "It was their first ever title.",
]

WEASELS_FLAGGED = [
    "It is widely understood at the town hall that a further £3m of savings will be needed.",
    "It was often said in literary London that she had been denied the bigger prizes.",
    "It is generally accepted among economists that the tax is regressive.",
    "The launch is widely seen in Seoul as a message to Washington.",
    "The move is widely viewed in Brussels as a snub.",
    "There is a growing view among clinicians that the older wards cannot be isolated.",
    "There is a widespread concern in the village that the school will close.",
    "Many in Epsom's business community had long regarded Munt as too good to be true.",
    "Many in the party have long argued that the leader must go.",
    "Opponents of the scheme have long maintained that a bus lane would have done the job.",
    "Critics of the plan say it will cost too much.",
    "Reviewers have been near-unanimous that the late canvases are her finest.",
    "Critics are convinced that the plan will fail.",
    "It's commonly said that long-lived runners are cheaper.",
    "It was often said in literary London that she was denied prizes because she wrote about foreigners.",
    # a judgement of someone's chances, and a locale spread over places that names no body
    "Pundits on both sides of the Pennines had written Harbour off after a wretched April.",
    "Pundits had written Harbour off after a wretched April.",
    "Critics across Europe have long argued that the rule is unfair.",
    "Fans on both sides of the border have long said the derby is the best in the country.",
]

WEASELS_LEFT_ALONE = [
    "It was said in the report that the bridge was unsafe.",
    "There is a view of the sea that takes your breath away.",
    "There was consensus that the next meeting should be in June.",
    "Many in Britain shared the view.",
    "Investigators are convinced that the fire was deliberate.",
    "Members of the board have long argued that the fee is too low.",
    "Users of the library have often complained that it is slow.",
    "Supporters of Mr Smith have long argued that he was framed.",
    "It's said that the first step is the hardest.",
    "The launch is widely seen in Seoul as a message to Washington [8].\n\n[8] https://apnews.com/article/x",
    # a comparison, not a view pinned on nobody
    "Nobody knows the end-users of the software better than the agency, and [design](https://x.gov/a) helps.",
    # a condition, not a claim
    "When user research indicates a need, build a prototype.",
    # answers to a question the writer put
    "When people are asked about their favorite part of the office, many say the people.",
    "Lenders had written the loans off by March.",
    "Critics in Brussels have long argued that the rule is unfair.",
    "Analysts at the Bank of England have long argued that rates must rise.",
    "Fans on both sides of the border wrote letters to the club.",
]


@pytest.mark.parametrize("text", RECORDS_FLAGGED, ids=lambda t: t[:40])
def test_record_shapes_are_flagged(text: str) -> None:
    assert flagged(text, "LNG001"), text


@pytest.mark.parametrize("text", RECORDS_LEFT_ALONE, ids=lambda t: t[:40])
def test_record_look_alikes_are_left_alone(text: str) -> None:
    assert flagged(text, "LNG001") == [], text


@pytest.mark.parametrize("text", RECORDS_STILL_FLAGGED, ids=lambda t: t[:40])
def test_records_beside_the_look_alikes_are_still_flagged(text: str) -> None:
    assert flagged(text, "LNG001"), text


def test_interviewees_in_a_write_up_of_interviews_hold_no_claim_up() -> None:
    notes = "We spent a week interviewing permit holders. We spoke to 14 of them. "
    assert flagged(notes + "Permittees certainly feel the process is slow.", "LNG002") == []
    assert flagged("Permittees certainly feel the process is slow.", "LNG002")


@pytest.mark.parametrize("text", WEASELS_FLAGGED, ids=lambda t: t[:40])
def test_weasel_shapes_are_flagged(text: str) -> None:
    assert flagged(text, "LNG002"), text


@pytest.mark.parametrize("text", WEASELS_LEFT_ALONE, ids=lambda t: t[:40])
def test_weasel_look_alikes_are_left_alone(text: str) -> None:
    assert flagged(text, "LNG002") == [], text


def test_a_marker_closing_a_later_clause_cites_that_clause_only() -> None:
    refs = "\n\n[8] Associated Press, 20 January 2026. https://apnews.com/article/sanctions"
    later = "The launch is widely seen in Seoul as a message, and its allies are discussing new sanctions [8]."
    assert flagged(later + refs, "LNG002")
    assert flagged("The launch is widely seen in Seoul as a message [8]." + refs, "LNG002") == []
